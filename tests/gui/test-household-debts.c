/* SPDX-License-Identifier: EUPL-1.2 */
/* The household as persons and the debts per creditor on the case page
 * (issue 17), in the real window: a member added by clicking, linked to
 * the case of their own and shown from both cases, found by search; three
 * debts added and their total and creditors shown. Screenshots are saved
 * as test artifacts. */
#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "bw-case-debts.h"
#include "bw-case-household.h"
#include "bw-case-page.h"
#include "bw-case-list.h"
#include "bw-date.h"
#include "bw-demo-data.h"
#include "bw-validation.h"
#include "bw-case-store-household.h"
#include "bw-case-store-private.h"
#include "bw-gui-test-utils.h"
#include "bw-window.h"

#define BUURT "BU09172100"

typedef struct {
  char *dir;
  BwCaseStore *store;
  BwWindow *window;
  gint64 mother_id;          /* Wilhelmina Claessens */
  gint64 son_id;             /* Roy Claessens, a case of his own */
  char *son_uuid;
} Fixture;

static gint64
add_case (BwCaseStore *store,
          const char  *name,
          const char  *dob)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BwCase) c = bw_case_new ();

  bw_case_set_name (c, name);
  bw_case_set_date_of_birth (c, dob);
  bw_case_set_buurt_code (c, BUURT);
  bw_case_set_status (c, BW_CASE_STATUS_ACTIVE);
  g_assert_true (bw_case_store_insert_case (store, c, &error));
  g_assert_no_error (error);
  return bw_case_get_id (c);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(BwCase) son = NULL;

  f->dir = g_dir_make_tmp ("bw-gui-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "cases.db", NULL);
  f->store = bw_case_store_open (path, "Sanne Vermeulen", &error);
  g_assert_no_error (error);
  f->mother_id = add_case (f->store, "Wilhelmina Claessens", "1971-02-11");
  f->son_id = add_case (f->store, "Roy Claessens", "2004-09-03");
  add_case (f->store, "Noor Zwetsloot", "1991-07-14");
  son = bw_case_store_get_case (f->store, f->son_id, &error);
  g_assert_no_error (error);
  f->son_uuid = g_strdup (bw_case_get_uuid (son));

  f->window = bw_test_window_new (f->store, 1200, 760);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  bw_test_destroy_window (GTK_WINDOW (f->window));
  g_clear_object (&f->store);
  bw_test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->son_uuid);
}

static gint64
query_int (Fixture    *f,
           const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (bw_case_store_get_db (f->store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

/* The case list has answered a search for @text. */
static gboolean
searched (GListModel *cases,
          const char *text)
{
  return g_strcmp0 (bw_case_list_get_query (BW_CASE_LIST (cases))->text, text) == 0 &&
         !bw_case_list_get_loading (BW_CASE_LIST (cases));
}

/* Searches the case list for @text as a user types it. */
static void
search (Fixture    *f,
        const char *text)
{
  GListModel *cases = bw_window_get_case_list (f->window);

  gtk_editable_set_text (GTK_EDITABLE (bw_test_child (f->window, BW_TYPE_WINDOW, "search_entry")), text);
  BW_TEST_WAIT (searched (cases, text));
  bw_test_wait_for_list (f->window);
}

/* Opens the only case the list shows, as a user does. */
static void
open_listed_case (Fixture   *f,
                  GtkWidget *page,
                  gint64     id)
{
  GListModel *cases = bw_window_get_case_list (f->window);
  GtkListView *view = GTK_LIST_VIEW (bw_test_child (f->window, BW_TYPE_WINDOW, "case_list_view"));

  g_assert_cmpuint (g_list_model_get_n_items (cases), ==, 1);
  g_signal_emit_by_name (view, "activate", 0);
  BW_TEST_WAIT (bw_case_page_get_case_id (BW_CASE_PAGE (page)) == id && gtk_widget_get_mapped (page) &&
                !bw_case_page_get_loading (BW_CASE_PAGE (page)));
}

/* Scrolls the case page so that @widget is in its upper part. */
static void
scroll_into_view (GtkWidget *widget)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adj;
  graphene_point_t at;

  g_assert_nonnull (scrolled);
  /* Where it is after what just changed above it. */
  bw_test_wait_frames (widget, 2);
  adj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  g_assert_true (gtk_widget_compute_point (widget, gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled)),
                                           &GRAPHENE_POINT_INIT (0, 0), &at));
  /* The viewport's coordinates are those of what it shows now. */
  gtk_adjustment_set_value (adj, gtk_adjustment_get_value (adj) + at.y - gtk_adjustment_get_page_size (adj) / 4);
  bw_test_wait_frames (widget, 2);
}

/* Clicks the header of an expander row open, as a user does. */
static void
expand (AdwExpanderRow *row)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  scroll_into_view (GTK_WIDGET (row));
  bw_test_collect (GTK_WIDGET (row), ADW_TYPE_ACTION_ROW, rows);
  g_assert_cmpuint (rows->len, >, 0);
  /* The first is the header; the others are the form's. */
  gtk_widget_activate (rows->pdata[0]);
  BW_TEST_WAIT (adw_expander_row_get_expanded (row));
  bw_test_wait_frames (GTK_WIDGET (row), 2);
}

/* Picks the choice of @row labelled @label in its popover, as a user
 * clicks it. */
static void
pick (AdwComboRow *row,
      const char  *label)
{
  GListModel *model = adw_combo_row_get_model (row);
  g_autoptr(GPtrArray) lists = g_ptr_array_new ();
  guint pos = GTK_INVALID_LIST_POSITION;

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkStringObject) s = g_list_model_get_item (model, i);

      if (g_str_equal (gtk_string_object_get_string (s), label))
        pos = i;
    }
  g_assert_cmpuint (pos, !=, GTK_INVALID_LIST_POSITION);
  /* In view, as the user sees it before clicking (a popover of a row
   * below the window's edge has no monitor to go on). */
  scroll_into_view (GTK_WIDGET (row));
  gtk_widget_grab_focus (GTK_WIDGET (row));
  bw_test_wait_frames (GTK_WIDGET (row), 2);
  gtk_widget_activate (GTK_WIDGET (row));
  bw_test_collect (GTK_WIDGET (row), GTK_TYPE_LIST_VIEW, lists);
  for (guint i = lists->len; i-- > 0;)
    if (gtk_widget_get_ancestor (lists->pdata[i], GTK_TYPE_POPOVER) == NULL)
      g_ptr_array_remove_index (lists, i);
  g_assert_cmpuint (lists->len, ==, 1);
  BW_TEST_WAIT (gtk_widget_get_mapped (lists->pdata[0]));
  gtk_selection_model_select_item (gtk_list_view_get_model (lists->pdata[0]), pos, TRUE);
  g_signal_emit_by_name (lists->pdata[0], "activate", pos);
  BW_TEST_WAIT (!gtk_widget_get_mapped (lists->pdata[0]));
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, pos);
}

static void
type_into (gpointer    widget,
           GType       type,
           const char *name,
           const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (bw_test_child (widget, type, name)), text);
}

static guint
n_rows (GtkWidget *list)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (list); child; child = gtk_widget_get_next_sibling (child))
    n += GTK_IS_LIST_BOX_ROW (child);
  return n;
}

static GtkWidget *
button_labelled (GtkWidget  *widget,
                 const char *label)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  bw_test_collect (widget, GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_button_get_label (buttons->pdata[i]), label) == 0)
      return buttons->pdata[i];
  return NULL;
}

static void
test_household (Fixture       *f,
                gconstpointer  data)
{
  GtkWidget *page = bw_test_child (f->window, BW_TYPE_WINDOW, "case_page");
  GtkWidget *household = bw_test_child (page, BW_TYPE_CASE_PAGE, "household_members");
  GtkWidget *members = bw_test_child (household, BW_TYPE_CASE_HOUSEHOLD, "members_list");
  GtkWidget *of_list = bw_test_child (household, BW_TYPE_CASE_HOUSEHOLD, "of_list");
  GtkWidget *add = bw_test_child (household, BW_TYPE_CASE_HOUSEHOLD, "add_button");
  GtkWidget *error_label = bw_test_child (household, BW_TYPE_CASE_HOUSEHOLD, "error_label");
  AdwComboRow *link = ADW_COMBO_ROW (bw_test_child (household, BW_TYPE_CASE_HOUSEHOLD, "link_row"));
  GListModel *cases = bw_window_get_case_list (f->window);
  g_autofree char *sql = NULL;
  GtkWidget *open_own;

  search (f, "Wilhelmina");
  open_listed_case (f, page, f->mother_id);
  BW_TEST_WAIT (gtk_widget_get_visible (household));
  expand (ADW_EXPANDER_ROW (bw_test_child (household, BW_TYPE_CASE_HOUSEHOLD, "add_row")));

  /* Without a name: refused with a message, nothing written. */
  g_signal_emit_by_name (add, "clicked");
  BW_TEST_WAIT (gtk_widget_get_visible (error_label));
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM household_members"), ==, 0);

  /* Her son, who has a case of his own: the form offers it by his name. */
  type_into (household, BW_TYPE_CASE_HOUSEHOLD, "name_row", "Roy Claessens");
  type_into (household, BW_TYPE_CASE_HOUSEHOLD, "dob_row", "3-9-2004");
  type_into (household, BW_TYPE_CASE_HOUSEHOLD, "phone_row", "06-12345678");
  pick (ADW_COMBO_ROW (bw_test_child (household, BW_TYPE_CASE_HOUSEHOLD, "relation_row")), _("Child"));
  BW_TEST_WAIT (g_list_model_get_n_items (adw_combo_row_get_model (link)) == 2);
  {
    g_autofree char *dob = bw_date_to_display ("2004-09-03");
    g_autofree char *choice = g_strdup_printf ("Roy Claessens (%s)", dob);

    pick (link, choice);
  }
  bw_test_save_screenshot (GTK_WIDGET (f->window), "household-form.png");
  g_signal_emit_by_name (add, "clicked");
  BW_TEST_WAIT (n_rows (members) == 1);
  g_assert_false (gtk_widget_get_visible (error_label));
  sql = g_strdup_printf ("SELECT count(*) FROM household_members WHERE name = 'Roy Claessens'"
                         " AND relation = 'child' AND date_of_birth = '2004-09-03'"
                         " AND linked_case_uuid = '%s' AND case_id = %" G_GINT64_FORMAT, f->son_uuid, f->mother_id);
  g_assert_cmpint (query_int (f, sql), ==, 1);
  /* Never a BSN: the table has no such column. */
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM pragma_table_info ('household_members')"
                                 " WHERE name LIKE '%bsn%'"), ==, 0);
  /* The form is empty again, for the next member. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (bw_test_child (household, BW_TYPE_CASE_HOUSEHOLD,
                                                                       "name_row"))), ==, "");

  /* A second one, without a case: found by search by her name. */
  type_into (household, BW_TYPE_CASE_HOUSEHOLD, "name_row", "Zoë Claessens");
  pick (ADW_COMBO_ROW (bw_test_child (household, BW_TYPE_CASE_HOUSEHOLD, "relation_row")), _("Brother or sister"));
  g_signal_emit_by_name (add, "clicked");
  BW_TEST_WAIT (n_rows (members) == 2);
  scroll_into_view (household);
  bw_test_save_screenshot (GTK_WIDGET (f->window), "household-members.png");

  /* The son's own case opens from his row, and shows where else he is. */
  open_own = button_labelled (members, _("_Own Case"));
  g_assert_nonnull (open_own);
  g_signal_emit_by_name (open_own, "clicked");
  BW_TEST_WAIT (bw_case_page_get_case_id (BW_CASE_PAGE (page)) == f->son_id &&
                !bw_case_page_get_loading (BW_CASE_PAGE (page)));
  BW_TEST_WAIT (gtk_widget_get_visible (of_list) && n_rows (of_list) == 1);
  g_assert_cmpuint (n_rows (members), ==, 0);
  {
    GtkWidget *row = gtk_widget_get_first_child (of_list);
    g_autofree char *title = g_strdup_printf (_("Also in the household of %s"), "Wilhelmina Claessens");

    g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, title);
    scroll_into_view (household);
    bw_test_save_screenshot (GTK_WIDGET (f->window), "household-also-in.png");
    /* And back to his mother's case by that row. */
    gtk_widget_activate (row);
    BW_TEST_WAIT (bw_case_page_get_case_id (BW_CASE_PAGE (page)) == f->mother_id &&
                  !bw_case_page_get_loading (BW_CASE_PAGE (page)));
    BW_TEST_WAIT (n_rows (members) == 2);
  }

  /* Search finds the case by a member's name (without the diaeresis). */
  search (f, "zoe claess");
  g_assert_cmpuint (g_list_model_get_n_items (cases), ==, 1);
  {
    g_autoptr(BwCase) found = g_list_model_get_item (cases, 0);

    g_assert_cmpint (bw_case_get_id (found), ==, f->mother_id);
  }
  /* Everything went to the outbox, for the server. */
  g_assert_cmpint (query_int (f, "SELECT count(DISTINCT uuid) FROM outbox WHERE type = 'household_member'"), ==, 2);
}

static void
add_debt (GtkWidget  *debts,
          const char *creditor,
          const char *name,
          const char *amount,
          const char *status,
          const char *monthly)
{
  GtkWidget *list = bw_test_child (debts, BW_TYPE_CASE_DEBTS, "debts_list");
  guint before = n_rows (list);

  pick (ADW_COMBO_ROW (bw_test_child (debts, BW_TYPE_CASE_DEBTS, "creditor_row")), creditor);
  if (name)
    type_into (debts, BW_TYPE_CASE_DEBTS, "creditor_name_row", name);
  type_into (debts, BW_TYPE_CASE_DEBTS, "amount_row", amount);
  pick (ADW_COMBO_ROW (bw_test_child (debts, BW_TYPE_CASE_DEBTS, "status_row")), status);
  if (monthly)
    type_into (debts, BW_TYPE_CASE_DEBTS, "monthly_row", monthly);
  g_signal_emit_by_name (bw_test_child (debts, BW_TYPE_CASE_DEBTS, "add_button"), "clicked");
  BW_TEST_WAIT (n_rows (list) == before + 1);
}

static void
test_debts (Fixture       *f,
            gconstpointer  data)
{
  GtkWidget *page = bw_test_child (f->window, BW_TYPE_WINDOW, "case_page");
  GtkWidget *debts = bw_test_child (page, BW_TYPE_CASE_PAGE, "debts");
  GtkWidget *error_label = bw_test_child (debts, BW_TYPE_CASE_DEBTS, "error_label");
  AdwActionRow *total = ADW_ACTION_ROW (bw_test_child (debts, BW_TYPE_CASE_DEBTS, "total_row"));
  g_autofree char *expected = NULL;

  search (f, "Wilhelmina");
  open_listed_case (f, page, f->mother_id);
  BW_TEST_WAIT (gtk_widget_get_visible (debts));
  BW_TEST_WAIT (g_strcmp0 (adw_action_row_get_subtitle (total), _("No debts recorded")) == 0);
  expand (ADW_EXPANDER_ROW (bw_test_child (debts, BW_TYPE_CASE_DEBTS, "add_row")));

  /* Not an amount: a clear message, nothing written. */
  type_into (debts, BW_TYPE_CASE_DEBTS, "amount_row", "veel");
  g_signal_emit_by_name (bw_test_child (debts, BW_TYPE_CASE_DEBTS, "add_button"), "clicked");
  BW_TEST_WAIT (gtk_widget_get_visible (error_label));
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM debts"), ==, 0);
  /* Another creditor needs a name. */
  pick (ADW_COMBO_ROW (bw_test_child (debts, BW_TYPE_CASE_DEBTS, "creditor_row")), _("Other creditor"));
  type_into (debts, BW_TYPE_CASE_DEBTS, "amount_row", "100");
  gtk_widget_set_visible (error_label, FALSE);
  g_signal_emit_by_name (bw_test_child (debts, BW_TYPE_CASE_DEBTS, "add_button"), "clicked");
  BW_TEST_WAIT (gtk_widget_get_visible (error_label));
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM debts"), ==, 0);

  add_debt (debts, _("Belastingdienst"), NULL, "1.250,50", _("Open"), NULL);
  add_debt (debts, _("CJIB"), NULL, "380", _("Payment arrangement"), "25");
  add_debt (debts, _("Other creditor"), "Incassobureau De Zwaluw", "2.000", _("In debt help"), NULL);
  g_assert_false (gtk_widget_get_visible (error_label));

  /* € 1.250,50 + € 380 + € 2.000 at three creditors. */
  expected = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%1$s to %2$u creditor", "%1$s to %2$u creditors", 3),
                              "€ 3.630,50", 3);
  BW_TEST_WAIT (g_strcmp0 (adw_action_row_get_subtitle (total), expected) == 0);
  g_assert_cmpint (query_int (f, "SELECT sum(amount) FROM debts WHERE deleted = 0"), ==, 363050);
  g_assert_cmpint (query_int (f, "SELECT monthly_amount FROM debts WHERE creditor = 'cjib'"), ==, 2500);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM debts WHERE creditor = 'other'"
                                 " AND creditor_name = 'Incassobureau De Zwaluw' AND status = 'debt_help'"), ==, 1);
  g_assert_cmpint (query_int (f, "SELECT count(DISTINCT uuid) FROM outbox WHERE type = 'debt'"), ==, 3);
  scroll_into_view (debts);
  bw_test_save_screenshot (GTK_WIDGET (f->window), "debts-per-creditor.png");
}

/* A demo case with a household and several debts, as a team sees it:
 * the page's total is the store's. Screenshots for the user guide. */
static void
test_demo_case (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *page = bw_test_child (f->window, BW_TYPE_WINDOW, "case_page");
  GtkWidget *household = bw_test_child (page, BW_TYPE_CASE_PAGE, "household_members");
  GtkWidget *debts = bw_test_child (page, BW_TYPE_CASE_PAGE, "debts");
  AdwActionRow *total_row = ADW_ACTION_ROW (bw_test_child (debts, BW_TYPE_CASE_DEBTS, "total_row"));
  g_autoptr(BwCase) c = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autofree char *amount = NULL;
  g_autofree char *expected = NULL;
  gint64 id, total = 0;
  guint n_creditors = 0;

  g_assert_true (bw_demo_data_fill (f->store, 40, 7, &error));
  g_assert_no_error (error);
  id = query_int (f, "SELECT c.id FROM cases c WHERE c.deleted = 0 AND c.status <> 'closed'"
                     " AND (SELECT count(*) FROM household_members m WHERE m.case_id = c.id) >= 2"
                     " AND (SELECT count(DISTINCT creditor) FROM debts d WHERE d.case_id = c.id) >= 2"
                     " ORDER BY c.id LIMIT 1");
  c = bw_case_store_get_case (f->store, id, &error);
  g_assert_no_error (error);
  list = bw_case_store_list_debts (f->store, id);
  bw_debts_total_open (list, &total, &n_creditors);
  amount = bw_format_amount (total);
  expected = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%1$s to %2$u creditor", "%1$s to %2$u creditors",
                                           n_creditors), amount, n_creditors);

  search (f, bw_case_get_name (c));
  open_listed_case (f, page, id);
  BW_TEST_WAIT (n_rows (bw_test_child (household, BW_TYPE_CASE_HOUSEHOLD, "members_list")) >= 2);
  BW_TEST_WAIT (g_strcmp0 (adw_action_row_get_subtitle (total_row), expected) == 0);
  scroll_into_view (household);
  bw_test_save_screenshot (GTK_WIDGET (f->window), "household-demo.png");
  scroll_into_view (debts);
  bw_test_save_screenshot (GTK_WIDGET (f->window), "debts-demo.png");
}

int
main (int   argc,
      char *argv[])
{
  bw_test_init (&argc, &argv);

  g_test_add ("/household-debts/household", Fixture, NULL, fixture_setup, test_household, fixture_teardown);
  g_test_add ("/household-debts/debts", Fixture, NULL, fixture_setup, test_debts, fixture_teardown);
  g_test_add ("/household-debts/demo-case", Fixture, NULL, fixture_setup, test_demo_case, fixture_teardown);
  return bw_test_run ();
}
