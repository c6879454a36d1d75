/* SPDX-License-Identifier: EUPL-1.2 */
/* The ZRM and the contact log through the real widgets on Xvfb, against the
 * real buurtwerk-server on 127.0.0.1: Anna records a ZRM measurement with
 * a past date in her window ("Nieuwe meting…"), a date in the future is
 * refused in the dialog and stores nothing, and the measurement shows in
 * the case's domain rows, the history's chart and its table. She adds a
 * home visit to the journal with its duration and with whom. After a sync
 * Bram's desktop has both as she wrote them. Screenshots in Dutch (the
 * history light and dark) go to $BW_TEST_ARTIFACTS. */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "bw-case-page.h"
#include "bw-date.h"
#include "bw-gui-test-utils.h"
#include "bw-window.h"
#include "bw-zrm-chart.h"
#include "bw-zrm-dialog.h"
#include "bw-zrm-history-window.h"
#include "sync-test-utils.h"

#define RESIDENT "Ria Hendriks"
#define NOTE "Post ligt weer open; eerste schuldeiser gebeld."
#define GOAL "Alle schulden in beeld voor het volgende gesprek."
#define VISIT "Huisbezoek: samen de post doorgenomen."

static void
setup (Fixture       *f,
       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("bw-gui-zrm-XXXXXX", &error);
  g_assert_no_error (error);
  f->server_db = g_build_filename (f->dir, "server.db", NULL);
  add_named_user (f, "anna", "Anna de Vries", "buurtteam", "hoensbroek", NULL);
  add_named_user (f, "bram", "Bram Janssen", "buurtteam", "hoensbroek", NULL);
  start_server (f);
  f->store_a = open_store (f, "anna.db", "anna");
  f->store_b = open_store (f, "bram.db", "bram");
  f->sync_a = bw_sync_engine_new (f->store_a, &error);
  g_assert_no_error (error);
  f->sync_b = bw_sync_engine_new (f->store_b, &error);
  g_assert_no_error (error);
  login (f, f->sync_a, "anna");
  login (f, f->sync_b, "bram");
  sync_ok (f->sync_a);
  sync_ok (f->sync_b);
}

static char *
iso_days_from_today (int days)
{
  g_autoptr(GDateTime) now = bw_date_now_local ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, days);

  return g_date_time_format (then, "%Y-%m-%d");
}

/* Opens the one case from the list, as a user does; its page. */
static BwCasePage *
open_case (BwWindow *window,
           gint64    case_id)
{
  BwCasePage *page = BW_CASE_PAGE (bw_test_child (window, BW_TYPE_WINDOW, "case_page"));
  GtkListView *view = GTK_LIST_VIEW (bw_test_child (window, BW_TYPE_WINDOW, "case_list_view"));

  BW_TEST_WAIT (g_list_model_get_n_items (bw_window_get_case_list (window)) == 1);
  /* A team member starts at My work: to the cases, as by the switcher. */
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (bw_test_child (window, BW_TYPE_WINDOW, "main_stack")),
                                         "cases");
  g_signal_emit_by_name (view, "activate", 0);
  BW_TEST_WAIT (bw_case_page_get_case_id (page) == case_id && gtk_widget_get_mapped (GTK_WIDGET (page)) &&
                !bw_case_page_get_loading (page));
  return page;
}

/* Clicks @button as a user does, once it is on screen. */
static void
click (GtkWidget *button)
{
  BW_TEST_WAIT (gtk_widget_get_mapped (button) && gtk_widget_is_sensitive (button));
  gtk_widget_activate (button);
}

static GtkWidget *
find_labelled_button (GtkWidget  *widget,
                      const char *label)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  bw_test_collect (widget, GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_button_get_label (buttons->pdata[i]), label) == 0)
      return buttons->pdata[i];
  g_error ("no button “%s”", label);
}

/* The widget of @type named @name under @widget (a field's rows are named
 * by the field). */
static GtkWidget *
find_named (GtkWidget  *widget,
            GType       type,
            const char *name)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  bw_test_collect (widget, type, found);
  for (guint i = 0; i < found->len; i++)
    if (g_strcmp0 (gtk_widget_get_name (found->pdata[i]), name) == 0)
      return found->pdata[i];
  g_error ("no %s named “%s”", g_type_name (type), name);
}

static guint
n_measurements (BwCaseStore *store,
                gint64       case_id)
{
  g_autoptr(GListModel) list = bw_case_store_list_assessments (store, case_id);

  return g_list_model_get_n_items (list);
}

static gboolean
journal_row_titled (BwCasePage *page,
                    const char *text)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  bw_test_collect (bw_test_child (page, BW_TYPE_CASE_PAGE, "journal_list"), ADW_TYPE_ACTION_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    if (strstr (adw_preferences_row_get_title (rows->pdata[i]), text) != NULL)
      return TRUE;
  return FALSE;
}

static void
test_measurement_and_contact (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BwCase) c = new_case (f->store_a, RESIDENT);
  g_autofree char *first_day = iso_days_from_today (-120);
  g_autofree char *past = iso_days_from_today (-30);
  g_autofree char *future = iso_days_from_today (3);
  g_autofree char *past_typed = bw_date_to_entry_text (past);
  g_autofree char *future_typed = bw_date_to_entry_text (future);
  g_autofree char *past_shown = bw_date_to_display (past);
  g_autofree char *expected_row = NULL;
  g_autofree char *expected_contact = NULL;
  int scores[BW_DOMAIN_N] = { [BW_DOMAIN_FINANCES] = 2, [BW_DOMAIN_HOUSING] = 3, [BW_DOMAIN_SOCIAL_NETWORK] = 2 };
  gint64 id_a = bw_case_get_id (c), id_b;
  BwWindow *window;
  BwCasePage *page;
  BwZrmDialog *dialog;
  BwZrmHistoryWindow *history;
  GtkWidget *error_label;
  GtkColumnView *table;
  GListModel *columns;
  gboolean dated_column = FALSE;

  /* The first measurement, four months ago; an old note without a kind. */
  g_assert_cmpint (bw_case_store_add_assessment (f->store_a, id_a, first_day, scores, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (bw_case_store_add_journal (f->store_a, id_a, first_day, "Intake op kantoor", &error), >, 0);
  g_assert_no_error (error);

  window = bw_test_window_new (f->store_a, 1280, 800);
  page = open_case (window, id_a);

  click (find_labelled_button (GTK_WIDGET (page), _("New _Measurement…")));
  BW_TEST_WAIT ((dialog = bw_test_find_toplevel (BW_TYPE_ZRM_DIALOG)) != NULL &&
                gtk_widget_get_mapped (GTK_WIDGET (dialog)));
  /* It starts from the last measurement. */
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (find_named (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW,
                                                                            "finances"))), ==, 2);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (find_named (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW,
                                                                            "justice"))), ==, BW_SCORE_NONE);

  /* Finances up to 4 with a note and a goal; mental health scored for
   * the first time. The level's meaning shows under it. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (find_named (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, "finances")), 4);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (gtk_widget_get_ancestor (
                     find_named (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, "finances"), ADW_TYPE_EXPANDER_ROW)), ==,
                   bw_domain_level_description (BW_DOMAIN_FINANCES, 4));
  adw_combo_row_set_selected (ADW_COMBO_ROW (find_named (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, "mental_health")), 3);
  gtk_editable_set_text (GTK_EDITABLE (find_named (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "finances_note")), NOTE);
  gtk_editable_set_text (GTK_EDITABLE (find_named (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "finances_goal")), GOAL);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (gtk_widget_get_ancestor (
    find_named (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, "finances"), ADW_TYPE_EXPANDER_ROW)), TRUE);

  /* A date in the future is refused in the dialog, and nothing is stored. */
  error_label = bw_test_child (dialog, BW_TYPE_ZRM_DIALOG, "error_label");
  gtk_editable_set_text (GTK_EDITABLE (bw_test_child (dialog, BW_TYPE_ZRM_DIALOG, "date_row")), future_typed);
  click (bw_test_child (dialog, BW_TYPE_ZRM_DIALOG, "save_button"));
  BW_TEST_WAIT (gtk_widget_get_visible (error_label));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (error_label)), ==,
                   _("A measurement cannot be dated in the future"));
  g_assert_cmpuint (n_measurements (f->store_a, id_a), ==, 1);

  /* A month ago: stored, and the dialog closes. */
  gtk_editable_set_text (GTK_EDITABLE (bw_test_child (dialog, BW_TYPE_ZRM_DIALOG, "date_row")), past_typed);
  g_assert_false (gtk_widget_get_visible (error_label));
  bw_test_wait_frames (GTK_WIDGET (dialog), 2);
  bw_test_save_screenshot (GTK_WIDGET (dialog), "zrm-dialog.png");
  click (bw_test_child (dialog, BW_TYPE_ZRM_DIALOG, "save_button"));
  BW_TEST_WAIT (bw_test_find_toplevel (BW_TYPE_ZRM_DIALOG) == NULL);
  BW_TEST_WAIT (n_measurements (f->store_a, id_a) == 2);
  {
    g_autoptr(GListModel) list = bw_case_store_list_assessments (f->store_a, id_a);
    g_autoptr(BwAssessment) m = g_list_model_get_item (list, 1);

    g_assert_cmpstr (bw_assessment_get_date (m), ==, past);
    g_assert_cmpint (bw_assessment_get_score (m, BW_DOMAIN_FINANCES), ==, 4);
    g_assert_cmpint (bw_assessment_get_score (m, BW_DOMAIN_MENTAL_HEALTH), ==, 3);
    g_assert_cmpint (bw_assessment_get_score (m, BW_DOMAIN_HOUSING), ==, 3);
    g_assert_cmpint (bw_assessment_get_score (m, BW_DOMAIN_JUSTICE), ==, BW_SCORE_NONE);
    g_assert_cmpstr (bw_assessment_get_note (m, BW_DOMAIN_FINANCES), ==, NOTE);
    g_assert_cmpstr (bw_assessment_get_goal (m, BW_DOMAIN_FINANCES), ==, GOAL);
  }

  /* The case's domain row: the new level, its date and the way up. */
  expected_row = g_strdup_printf (_("%d · %s on %s (%s from %d)"), 4, bw_score_label (4), past_shown, _("up"), 2);
  BW_TEST_WAIT (g_strcmp0 (adw_action_row_get_subtitle (ADW_ACTION_ROW (find_named (
                  bw_test_child (page, BW_TYPE_CASE_PAGE, "scores_group"), ADW_TYPE_ACTION_ROW, "finances"))),
                  expected_row) == 0);

  /* The history: a chart per domain with a point per measurement that
   * scored it, and the table with a column for the new date. */
  click (find_labelled_button (GTK_WIDGET (page), _("_History…")));
  BW_TEST_WAIT ((history = bw_test_find_toplevel (BW_TYPE_ZRM_HISTORY_WINDOW)) != NULL &&
                gtk_widget_get_mapped (GTK_WIDGET (history)));
  g_assert_cmpuint (bw_zrm_chart_get_n_points (BW_ZRM_CHART (find_named (GTK_WIDGET (history), BW_TYPE_ZRM_CHART,
                                                                         "finances"))), ==, 2);
  g_assert_cmpuint (bw_zrm_chart_get_n_points (BW_ZRM_CHART (find_named (GTK_WIDGET (history), BW_TYPE_ZRM_CHART,
                                                                         "mental_health"))), ==, 1);
  g_assert_cmpuint (bw_zrm_chart_get_n_points (BW_ZRM_CHART (find_named (GTK_WIDGET (history), BW_TYPE_ZRM_CHART,
                                                                         "justice"))), ==, 0);
  table = GTK_COLUMN_VIEW (bw_test_child (history, BW_TYPE_ZRM_HISTORY_WINDOW, "table"));
  columns = gtk_column_view_get_columns (table);
  /* The domain, then the two measurements. */
  g_assert_cmpuint (g_list_model_get_n_items (columns), ==, 3);
  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      dated_column = dated_column || g_strcmp0 (gtk_column_view_column_get_title (column), past_shown) == 0;
    }
  g_assert_true (dated_column);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (table))), ==, BW_DOMAIN_N);
  bw_test_wait_frames (GTK_WIDGET (history), 2);
  bw_test_save_screenshot (GTK_WIDGET (history), "zrm-history.png");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  bw_test_wait_frames (GTK_WIDGET (history), 3);
  bw_test_save_screenshot (GTK_WIDGET (history), "zrm-history-dark.png");
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (bw_test_child (history, BW_TYPE_ZRM_HISTORY_WINDOW, "stack")),
                                         "table");
  bw_test_wait_frames (GTK_WIDGET (history), 3);
  bw_test_save_screenshot (GTK_WIDGET (history), "zrm-history-table-dark.png");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
  gtk_window_close (GTK_WINDOW (history));
  BW_TEST_WAIT (bw_test_find_toplevel (BW_TYPE_ZRM_HISTORY_WINDOW) == NULL);

  /* The contact log: a home visit of 45 minutes with the daughter. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (bw_test_child (page, BW_TYPE_CASE_PAGE, "note_kind_dropdown")),
                              BW_CONTACT_TYPE_HOME_VISIT);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (bw_test_child (page, BW_TYPE_CASE_PAGE, "note_minutes_spin")), 45);
  gtk_editable_set_text (GTK_EDITABLE (bw_test_child (page, BW_TYPE_CASE_PAGE, "note_with_entry")), "dochter");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (bw_test_child (page, BW_TYPE_CASE_PAGE,
                                                                                      "note_view"))), VISIT, -1);
  click (find_labelled_button (GTK_WIDGET (page), _("Add _Note")));
  {
    g_autofree char *with = g_strdup_printf (_("with %s"), "dochter");
    g_autofree char *minutes = g_strdup_printf (ngettext ("%d min", "%d min", 45), 45);

    expected_contact = g_strdup_printf ("%s, %s, %s", bw_contact_type_label (BW_CONTACT_TYPE_HOME_VISIT),
                                        minutes, with);
  }
  BW_TEST_WAIT (journal_row_titled (page, expected_contact));
  /* The old note shows no kind. */
  g_assert_true (journal_row_titled (page, "Anna de Vries"));
  {
    GtkWidget *group = bw_test_child (page, BW_TYPE_CASE_PAGE, "journal_group");

    bw_test_wait_frames (GTK_WIDGET (window), 2);
    bw_test_save_screenshot (group, "journal-contact-log.png");
    bw_test_save_screenshot (bw_test_child (page, BW_TYPE_CASE_PAGE, "scores_group"), "zrm-case-rows.png");
  }

  /* Both reach the other desktop as written. */
  sync_ok (f->sync_a);
  sync_ok (f->sync_b);
  id_b = bw_case_store_find_case_id (f->store_b, bw_case_get_uuid (c));
  g_assert_cmpint (id_b, >, 0);
  g_assert_cmpuint (n_measurements (f->store_b, id_b), ==, 2);
  {
    g_autoptr(GListModel) list = bw_case_store_list_assessments (f->store_b, id_b);
    g_autoptr(BwAssessment) m = g_list_model_get_item (list, 1);
    g_autoptr(GListModel) journal = bw_case_store_list_journal (f->store_b, id_b);
    guint visits = 0;

    g_assert_cmpstr (bw_assessment_get_date (m), ==, past);
    g_assert_cmpint (bw_assessment_get_score (m, BW_DOMAIN_FINANCES), ==, 4);
    g_assert_cmpstr (bw_assessment_get_goal (m, BW_DOMAIN_FINANCES), ==, GOAL);
    for (guint i = 0; i < g_list_model_get_n_items (journal); i++)
      {
        g_autoptr(BwJournalEntry) entry = g_list_model_get_item (journal, i);

        if (bw_journal_entry_get_contact_type (entry) == BW_CONTACT_TYPE_HOME_VISIT)
          {
            visits++;
            g_assert_cmpint (bw_journal_entry_get_duration_minutes (entry), ==, 45);
            g_assert_cmpstr (bw_journal_entry_get_contact_with (entry), ==, "dochter");
          }
        else
          g_assert_cmpint (bw_journal_entry_get_contact_type (entry), ==, BW_CONTACT_TYPE_NONE);
      }
    g_assert_cmpuint (visits, ==, 1);
  }

  bw_test_destroy_window (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  bw_test_init (&argc, &argv);
  server_exe = g_getenv ("BUURTWERK_SERVER");
  g_test_add ("/zrm/measurement-and-contact-log", Fixture, NULL, setup, test_measurement_and_contact,
              fixture_teardown);
  return bw_test_run ();
}
