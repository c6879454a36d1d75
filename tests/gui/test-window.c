/* SPDX-License-Identifier: EUPL-1.2 */
/* The main window with real widgets on a real (Xvfb) display: a case is
 * created through the case page, found by searching, and a refused edit
 * writes nothing. A screenshot is saved as a test artifact. */
#include "config.h"

#include <locale.h>

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "bw-case-list.h"
#include "bw-case-page.h"
#include "bw-sync-button.h"
#include "bw-sync-engine.h"
#include "bw-case-store-sharing.h"
#include "bw-date.h"
#include "bw-share-dialog.h"
#include "bw-case-row.h"
#include "bw-name-order.h"
#include "bw-demo-data.h"
#include "bw-preferences-window.h"
#include "bw-gui-test-utils.h"
#include "bw-record-json.h"
#include "bw-validation.h"
#include "bw-window.h"

typedef struct {
  char *dir;
  BwCaseStore *store;
  BwWindow *window;
} Fixture;



/* The case list has answered a search for @text (NULL: no search). */
static gboolean
searched (GListModel *cases,
          const char *text)
{
  return g_strcmp0 (bw_case_list_get_query (BW_CASE_LIST (cases))->text, text) == 0 &&
         !bw_case_list_get_loading (BW_CASE_LIST (cases));
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp ("bw-gui-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "cases.db", NULL);
  f->store = bw_case_store_open (path, "Sanne Vermeulen", &error);
  g_assert_no_error (error);
  g_assert_true (bw_demo_data_fill (f->store, 60, 7, &error));

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
}


/* The note snippet the first row of the case list shows, or NULL. */
static GtkLabel *
shown_snippet (BwWindow *window)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  GtkWidget *label;

  bw_test_collect (bw_test_child (window, BW_TYPE_WINDOW, "case_list_view"), BW_TYPE_CASE_ROW, rows);
  if (rows->len == 0)
    return NULL;
  label = bw_test_child (g_ptr_array_index (rows, 0), BW_TYPE_CASE_ROW, "snippet_label");
  return gtk_widget_get_visible (label) ? GTK_LABEL (label) : NULL;
}

static void
test_create_and_find (Fixture       *f,
                      gconstpointer  data)
{
  GListModel *cases = bw_window_get_case_list (f->window);
  GtkWidget *page = bw_test_child (f->window, BW_TYPE_WINDOW, "case_page");
  GtkWidget *search = bw_test_child (f->window, BW_TYPE_WINDOW, "search_entry");
  guint before = g_list_model_get_n_items (cases);
  g_autoptr(BwCase) found = NULL;
  GtkLabel *snippet;

  g_assert_cmpuint (before, ==, 60);

  /* Ctrl+N's action opens an empty case with the name field focused. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new-case", NULL));
  BW_TEST_WAIT (gtk_widget_get_mapped (page));
  g_assert_cmpint (bw_case_page_get_case_id (BW_CASE_PAGE (page)), ==, 0);

  gtk_editable_set_text (GTK_EDITABLE (bw_test_child (page, BW_TYPE_CASE_PAGE, "name_row")), "Noor Zwetsloot");
  gtk_editable_set_text (GTK_EDITABLE (bw_test_child (page, BW_TYPE_CASE_PAGE, "dob_row")), "14-7-1991");
  gtk_editable_set_text (GTK_EDITABLE (bw_test_child (page, BW_TYPE_CASE_PAGE, "address_row")), "Klinkertstraat 9, Hoensbroek");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (bw_test_child (page, BW_TYPE_CASE_PAGE, "buurt_dropdown")), 3);
  g_assert_true (bw_case_page_get_dirty (BW_CASE_PAGE (page)));

  g_assert_true (gtk_widget_activate_action (page, "case.save", NULL));
  BW_TEST_WAIT (!bw_case_page_get_saving (BW_CASE_PAGE (page)));
  bw_test_wait_for_list (f->window);
  g_assert_cmpint (bw_case_page_get_case_id (BW_CASE_PAGE (page)), >, 0);
  g_assert_false (bw_case_page_get_dirty (BW_CASE_PAGE (page)));
  g_assert_cmpuint (g_list_model_get_n_items (cases), ==, before + 1);

  /* Search finds it, by part of the surname. */
  gtk_editable_set_text (GTK_EDITABLE (search), "zwets");
  /* The search entry waits a little before it searches. */
  BW_TEST_WAIT (searched (cases, "zwets"));
  bw_test_wait_for_list (f->window);
  g_assert_cmpuint (g_list_model_get_n_items (cases), ==, 1);
  found = g_list_model_get_item (cases, 0);
  g_assert_cmpstr (bw_case_get_name (found), ==, "Noor Zwetsloot");
  g_assert_cmpstr (bw_case_get_date_of_birth (found), ==, "1991-07-14");

  /* A journal note through the page is found by its words. */
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (bw_test_child (page, BW_TYPE_CASE_PAGE, "note_view"))),
                            "Kennismaking in het buurthuis; interesse in taalcursus", -1);
  g_assert_true (gtk_widget_activate_action (page, "case.add-note", NULL));
  BW_TEST_WAIT (!bw_case_page_get_saving (BW_CASE_PAGE (page)));
  gtk_editable_set_text (GTK_EDITABLE (search), "taalcursus");
  BW_TEST_WAIT (searched (cases, "taalcursus"));
  bw_test_wait_for_list (f->window);
  g_assert_cmpuint (g_list_model_get_n_items (cases), ==, 1);
  /* The row shows where the note matched, the word in bold. */
  BW_TEST_WAIT ((snippet = shown_snippet (f->window)) != NULL);
  g_assert_nonnull (strstr (gtk_label_get_label (snippet), "interesse in <b>taalcursus</b>"));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (snippet)));
  bw_test_save_screenshot (GTK_WIDGET (f->window), "search-snippet.png");
  /* Found by the name alone, it shows no snippet. */
  gtk_editable_set_text (GTK_EDITABLE (search), "zwetsloot");
  BW_TEST_WAIT (searched (cases, "zwetsloot"));
  bw_test_wait_for_list (f->window);
  BW_TEST_WAIT (shown_snippet (f->window) == NULL);

  gtk_editable_set_text (GTK_EDITABLE (search), "");
  BW_TEST_WAIT (searched (cases, NULL));
  bw_test_wait_for_list (f->window);
  bw_test_save_screenshot (GTK_WIDGET (f->window), "case-page.png");
}

static GtkWidget *
find_named (GtkWidget  *widget,
            const char *name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (g_strcmp0 (gtk_widget_get_name (child), name) == 0)
        return child;
      if ((found = find_named (child, name)) != NULL)
        return found;
    }
  return NULL;
}

/* A field added to the case's table alone (contact_language) is typed in
 * its row, saved, read back from the database, and goes on the wire. */
/* Selects the choice of @row labelled @label, clicking the row open and the
 * choice in its popover as a user does; returns the choice's label widget
 * as the popover showed it. */
/* Scrolls the case page so that @widget is in its upper third. */
static void
scroll_into_view (GtkWidget *widget)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adj;
  graphene_point_t at;

  g_assert_nonnull (scrolled);
  adj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  g_assert_true (gtk_widget_compute_point (widget, gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled)),
                                           &GRAPHENE_POINT_INIT (0, 0), &at));
  gtk_adjustment_set_value (adj, at.y - gtk_adjustment_get_page_size (adj) / 3);
  bw_test_wait_frames (widget, 2);
}

static void
pick_in_combo_row (AdwComboRow *row,
                   const char  *label,
                   const char  *screenshot)
{
  GListModel *model = adw_combo_row_get_model (row);
  g_autoptr(GPtrArray) lists = g_ptr_array_new ();
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  GtkWidget *shown = NULL;
  guint pos = GTK_INVALID_LIST_POSITION;

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkStringObject) s = g_list_model_get_item (model, i);

      if (g_str_equal (gtk_string_object_get_string (s), label))
        pos = i;
    }
  g_assert_cmpuint (pos, !=, GTK_INVALID_LIST_POSITION);

  /* Scrolled into view, as the user sees it before clicking (a popover
   * of a row below the window's edge has no monitor to go on). */
  scroll_into_view (GTK_WIDGET (row));
  gtk_widget_grab_focus (GTK_WIDGET (row));
  bw_test_wait_frames (GTK_WIDGET (row), 2);
  gtk_widget_activate (GTK_WIDGET (row));
  bw_test_collect (GTK_WIDGET (row), GTK_TYPE_LIST_VIEW, lists);
  /* The choices: the list in the popover, not the row's current value. */
  for (guint i = lists->len; i-- > 0;)
    if (gtk_widget_get_ancestor (lists->pdata[i], GTK_TYPE_POPOVER) == NULL)
      g_ptr_array_remove_index (lists, i);
  g_assert_cmpuint (lists->len, ==, 1);
  BW_TEST_WAIT (gtk_widget_get_mapped (lists->pdata[0]));
  bw_test_wait_frames (lists->pdata[0], 2);
  bw_test_collect (lists->pdata[0], GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (g_strcmp0 (gtk_label_get_text (labels->pdata[i]), label) == 0)
      shown = labels->pdata[i];
  g_assert_nonnull (shown);
  /* The whole label: nothing ellipsized, and as wide as it needs. */
  g_assert_cmpint (gtk_label_get_ellipsize (GTK_LABEL (shown)), ==, PANGO_ELLIPSIZE_NONE);
  g_assert_false (pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (shown))));
  if (screenshot)
    bw_test_save_screenshot (gtk_widget_get_ancestor (lists->pdata[0], GTK_TYPE_POPOVER), screenshot);
  gtk_selection_model_select_item (gtk_list_view_get_model (lists->pdata[0]), pos, TRUE);
  g_signal_emit_by_name (lists->pdata[0], "activate", pos);
  BW_TEST_WAIT (!gtk_widget_get_mapped (lists->pdata[0]));
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, pos);
}

/* Long Dutch choices are read whole, in the rows and in their popovers
 * ("Ontwikkeling (Werkvo…", "Team schuldhulpverle…"), and the buurt is
 * picked by typing part of its name. */
static void
test_whole_labels (Fixture       *f,
                   gconstpointer  data)
{
  GtkWidget *page = bw_test_child (f->window, BW_TYPE_WINDOW, "case_page");
  AdwComboRow *track = ADW_COMBO_ROW (bw_test_child (page, BW_TYPE_CASE_PAGE, "track_row"));
  AdwComboRow *route = ADW_COMBO_ROW (bw_test_child (page, BW_TYPE_CASE_PAGE, "debt_route_row"));
  GtkDropDown *buurt = GTK_DROP_DOWN (bw_test_child (page, BW_TYPE_CASE_PAGE, "buurt_dropdown"));

  gtk_window_set_default_size (GTK_WINDOW (f->window), 860, 760);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new-case", NULL));
  BW_TEST_WAIT (gtk_widget_get_mapped (page));

  bw_test_pick_by_typing (buurt, "pass");
  g_assert_cmpstr (bw_neighbourhood_get_code (gtk_drop_down_get_selected_item (buurt)), ==, "BU09172100");
  g_assert_true (bw_case_page_get_dirty (BW_CASE_PAGE (page)));

  pick_in_combo_row (track, _("Development (WerkvoorHeerlen)"), "combo-track-popover.png");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (track)), ==, _("Development (WerkvoorHeerlen)"));
  gtk_widget_activate (bw_test_child (page, BW_TYPE_CASE_PAGE, "debts_switch"));
  BW_TEST_WAIT (gtk_widget_is_sensitive (GTK_WIDGET (route)));
  pick_in_combo_row (route, _("Team schuldhulpverlening"), "combo-debt-route-popover.png");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (route)), ==, _("Team schuldhulpverlening"));
  bw_test_save_screenshot (GTK_WIDGET (f->window), "case-page-whole-labels-860.png");
}

static void
test_contact_language (Fixture       *f,
                       gconstpointer  data)
{
  GtkWidget *page = bw_test_child (f->window, BW_TYPE_WINDOW, "case_page");
  GtkWidget *row;
  g_autoptr(BwCase) stored = NULL;
  g_autoptr(JsonObject) fields = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *property = NULL;
  gint64 id;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new-case", NULL));
  BW_TEST_WAIT (gtk_widget_get_mapped (page));
  row = find_named (page, "field:contact_language");
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_get_mapped (row));
  gtk_editable_set_text (GTK_EDITABLE (bw_test_child (page, BW_TYPE_CASE_PAGE, "name_row")), "Samira Bouzid");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (bw_test_child (page, BW_TYPE_CASE_PAGE, "buurt_dropdown")), 2);
  gtk_editable_set_text (GTK_EDITABLE (row), "Arabisch");
  g_assert_true (bw_case_page_get_dirty (BW_CASE_PAGE (page)));

  g_assert_true (gtk_widget_activate_action (page, "case.save", NULL));
  BW_TEST_WAIT (!bw_case_page_get_saving (BW_CASE_PAGE (page)));
  /* Written on the store's write thread: the page shows it when done. */
  BW_TEST_WAIT (bw_case_page_get_case_id (BW_CASE_PAGE (page)) > 0);
  bw_test_wait_for_list (f->window);
  id = bw_case_page_get_case_id (BW_CASE_PAGE (page));
  g_assert_false (bw_case_page_get_dirty (BW_CASE_PAGE (page)));

  stored = bw_case_store_get_case (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (bw_record_get_text (BW_RECORD (stored), "contact_language"), ==, "Arabisch");
  g_object_get (stored, "contact-language", &property, NULL);
  g_assert_cmpstr (property, ==, "Arabisch");
  fields = bw_record_json_case_fields (stored);
  g_assert_cmpstr (json_object_get_string_member (fields, "contact_language"), ==, "Arabisch");
  g_assert_true (bw_record_json_check_fields (BW_RECORD_TYPE_CASE, fields, TRUE, &error));
  g_assert_no_error (error);

  /* Too long for its field: refused next to the row, nothing cut. */
  {
    g_autofree char *long_text = g_strnfill (bw_record_json_field_max_chars (BW_RECORD_TYPE_CASE,
                                                                              "contact_language") + 1, 'a');

    gtk_editable_set_text (GTK_EDITABLE (row), long_text);
    g_assert_true (gtk_widget_activate_action (page, "case.save", NULL));
    BW_TEST_WAIT (!bw_case_page_get_saving (BW_CASE_PAGE (page)));
    bw_test_wait_idle ();
    g_assert_true (gtk_widget_has_css_class (row, "error"));
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, long_text);
    g_clear_object (&stored);
    stored = bw_case_store_get_case (f->store, id, &error);
    g_assert_cmpstr (bw_record_get_text (BW_RECORD (stored), "contact_language"), ==, "Arabisch");
  }
}

/* An over-long journal note typed into the real text view and saved with
 * the real button is refused next to the field; nothing is saved and
 * nothing typed is cut (issue 12, finding 6). */
/* An action typed on the page: refused (a date that does not exist), all
 * of it comes back with the reason next to it; corrected, it is added and
 * the entries are empty again. */
static void
test_add_action (Fixture       *f,
                 gconstpointer  data)
{
  GListModel *cases = bw_window_get_case_list (f->window);
  GtkWidget *page = bw_test_child (f->window, BW_TYPE_WINDOW, "case_page");
  GtkEditable *what = GTK_EDITABLE (bw_test_child (page, BW_TYPE_CASE_PAGE, "action_what_entry"));
  GtkEditable *owner = GTK_EDITABLE (bw_test_child (page, BW_TYPE_CASE_PAGE, "action_owner_entry"));
  GtkEditable *due = GTK_EDITABLE (bw_test_child (page, BW_TYPE_CASE_PAGE, "action_due_entry"));
  GtkWidget *error_label = bw_test_child (page, BW_TYPE_CASE_PAGE, "action_error");
  GtkListBox *list = GTK_LIST_BOX (bw_test_child (page, BW_TYPE_CASE_PAGE, "actions_list"));
  g_autoptr(BwCase) a = g_list_model_get_item (cases, 0);
  g_autoptr(GListModel) before = bw_case_store_list_actions (f->store, bw_case_get_id (a));
  g_autoptr(GListModel) after = NULL;
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  GtkWidget *add = NULL;
  guint n = g_list_model_get_n_items (before);

  g_assert_true (bw_case_page_load (BW_CASE_PAGE (page), bw_case_get_id (a), &error));
  BW_TEST_WAIT (!bw_case_page_get_loading (BW_CASE_PAGE (page)));
  bw_test_collect (page, GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (buttons->pdata[i])), "case.add-action") == 0)
      add = buttons->pdata[i];
  g_assert_nonnull (add);

  gtk_editable_set_text (what, "Aanvraag bijzondere bijstand indienen");
  gtk_editable_set_text (owner, "Sanne");
  gtk_editable_set_text (due, "31-02-2027");
  g_signal_emit_by_name (add, "clicked");
  BW_TEST_WAIT (!bw_case_page_get_saving (BW_CASE_PAGE (page)));
  g_assert_true (gtk_widget_get_visible (error_label));
  g_assert_cmpstr (gtk_editable_get_text (what), ==, "Aanvraag bijzondere bijstand indienen");
  g_assert_cmpstr (gtk_editable_get_text (owner), ==, "Sanne");
  g_assert_cmpstr (gtk_editable_get_text (due), ==, "31-02-2027");
  after = bw_case_store_list_actions (f->store, bw_case_get_id (a));
  g_assert_cmpuint (g_list_model_get_n_items (after), ==, n);
  g_clear_object (&after);

  gtk_editable_set_text (due, "28-02-2027");
  g_signal_emit_by_name (add, "clicked");
  BW_TEST_WAIT (!bw_case_page_get_saving (BW_CASE_PAGE (page)));
  g_assert_false (gtk_widget_get_visible (error_label));
  g_assert_cmpstr (gtk_editable_get_text (what), ==, "");
  g_assert_cmpstr (gtk_editable_get_text (due), ==, "");
  after = bw_case_store_list_actions (f->store, bw_case_get_id (a));
  g_assert_cmpuint (g_list_model_get_n_items (after), ==, n + 1);
  /* The list shows it once read again. */
  BW_TEST_WAIT (gtk_list_box_get_row_at_index (list, n) != NULL);
}

static gboolean
count_tick (gpointer user_data)
{
  (*(guint *) user_data)++;
  return G_SOURCE_CONTINUE;
}

/* Saving while the sync holds the database's write lock: the window goes
 * on (frames, typing), the page says it is saving and keeps what was
 * typed, a note added meanwhile waits its turn, and switching to another
 * case waits for them. Once the lock is free, all of it is stored. */
static void
test_save_never_waits_for_the_disk (Fixture       *f,
                                    gconstpointer  data)
{
  GListModel *cases = bw_window_get_case_list (f->window);
  GtkWidget *page = bw_test_child (f->window, BW_TYPE_WINDOW, "case_page");
  GtkWidget *phone = bw_test_child (page, BW_TYPE_CASE_PAGE, "phone_row");
  GtkTextBuffer *note = gtk_text_view_get_buffer (GTK_TEXT_VIEW (bw_test_child (page, BW_TYPE_CASE_PAGE, "note_view")));
  g_autoptr(BwCase) a = g_list_model_get_item (cases, 0);
  g_autoptr(BwCase) b = g_list_model_get_item (cases, 1);
  g_autoptr(BwCase) stored = NULL;
  g_autoptr(GListModel) journal = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *sync = NULL;
  guint ticks = 0, tick_id;
  guint notes;

  g_assert_true (bw_case_page_load (BW_CASE_PAGE (page), bw_case_get_id (a), &error));
  BW_TEST_WAIT (!bw_case_page_get_loading (BW_CASE_PAGE (page)));
  journal = bw_case_store_list_journal (f->store, bw_case_get_id (a));
  notes = g_list_model_get_n_items (journal);
  g_clear_object (&journal);

  /* The sync engine's connection takes the write lock, as while it applies
   * a feed page. */
  g_assert_cmpint (sqlite3_open (bw_case_store_get_path (f->store), &sync), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (sync, "BEGIN IMMEDIATE", NULL, NULL, NULL), ==, SQLITE_OK);

  gtk_editable_set_text (GTK_EDITABLE (phone), "045 111 2233");
  g_signal_emit_by_name (bw_test_child (page, BW_TYPE_CASE_PAGE, "save_button"), "clicked");
  gtk_text_buffer_set_text (note, "Gebeld over de huurachterstand", -1);
  g_assert_true (gtk_widget_activate_action (page, "case.add-note", NULL));
  g_assert_true (bw_case_page_get_saving (BW_CASE_PAGE (page)));

  /* The main loop runs on: a 5 ms tick fires again and again. */
  tick_id = g_timeout_add (5, count_tick, &ticks);
  BW_TEST_WAIT (ticks >= 20);
  g_assert_true (bw_case_page_get_saving (BW_CASE_PAGE (page)));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (phone)), ==, "045 111 2233");

  /* Another case is asked for: it follows the writes. */
  g_assert_true (bw_case_page_load (BW_CASE_PAGE (page), bw_case_get_id (b), &error));
  BW_TEST_WAIT (!bw_case_page_get_loading (BW_CASE_PAGE (page)));
  g_assert_cmpint (bw_case_page_get_case_id (BW_CASE_PAGE (page)), ==, bw_case_get_id (a));

  g_assert_cmpint (sqlite3_exec (sync, "COMMIT", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (sync);
  BW_TEST_WAIT (!bw_case_page_get_saving (BW_CASE_PAGE (page)));
  BW_TEST_WAIT (!bw_case_page_get_loading (BW_CASE_PAGE (page)));
  g_source_remove (tick_id);

  stored = bw_case_store_get_case (f->store, bw_case_get_id (a), &error);
  g_assert_cmpstr (bw_case_get_phone (stored), ==, "045 111 2233");
  journal = bw_case_store_list_journal (f->store, bw_case_get_id (a));
  g_assert_cmpuint (g_list_model_get_n_items (journal), ==, notes + 1);
  g_assert_cmpint (bw_case_page_get_case_id (BW_CASE_PAGE (page)), ==, bw_case_get_id (b));
  g_assert_false (bw_case_page_get_dirty (BW_CASE_PAGE (page)));
}

static void
test_overlong_note_refused (Fixture       *f,
                            gconstpointer  data)
{
  GListModel *cases = bw_window_get_case_list (f->window);
  GtkWidget *page = bw_test_child (f->window, BW_TYPE_WINDOW, "case_page");
  GtkTextBuffer *note = gtk_text_view_get_buffer (GTK_TEXT_VIEW (bw_test_child (page, BW_TYPE_CASE_PAGE, "note_view")));
  GtkWidget *note_error = bw_test_child (page, BW_TYPE_CASE_PAGE, "note_error");
  g_autoptr(BwCase) a = g_list_model_get_item (cases, 0);
  g_autoptr(GListModel) before = NULL;
  g_autoptr(GListModel) after = NULL;
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  guint max = bw_record_json_field_max_chars (BW_RECORD_TYPE_JOURNAL, "text");
  GString *typed = g_string_new (NULL);
  g_autofree char *shown = NULL;
  GtkWidget *add_button = NULL;
  GtkTextIter start, end;

  g_assert_cmpuint (max, >, 0);
  g_assert_true (bw_case_page_load (BW_CASE_PAGE (page), bw_case_get_id (a), &error));
  BW_TEST_WAIT (!bw_case_page_get_loading (BW_CASE_PAGE (page)));
  before = bw_case_store_list_journal (f->store, bw_case_get_id (a));

  while (typed->len <= max)
    g_string_append (typed, "Gesprek over schulden. ");
  gtk_text_buffer_insert_at_cursor (note, typed->str, -1);

  bw_test_collect (page, GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (buttons->pdata[i])), "case.add-note") == 0)
      add_button = buttons->pdata[i];
  g_assert_nonnull (add_button);
  g_signal_emit_by_name (add_button, "clicked");
  BW_TEST_WAIT (gtk_widget_get_visible (note_error));

  /* The message is next to the field and says how long it may be. */
  g_assert_true (gtk_widget_get_visible (note_error));
  {
    g_autofree char *max_text = g_strdup_printf ("%u", max);
    g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (note_error)), max_text));
  }
  /* All that was typed is still there. */
  gtk_text_buffer_get_bounds (note, &start, &end);
  shown = gtk_text_buffer_get_text (note, &start, &end, FALSE);
  g_assert_cmpstr (shown, ==, typed->str);
  /* Nothing was saved. */
  after = bw_case_store_list_journal (f->store, bw_case_get_id (a));
  g_assert_cmpuint (g_list_model_get_n_items (after), ==, g_list_model_get_n_items (before));
  bw_test_save_screenshot (GTK_WIDGET (f->window), "overlong-note.png");
  g_string_free (typed, TRUE);
  gtk_text_buffer_set_text (note, "", 0);
}

/* The button labelled @label of a toast on screen: in the toast overlay's
 * widget tree, outside the pages it lies over. NULL while none is shown. */
static GtkWidget *
find_toast_button (BwWindow   *window,
                   const char *label)
{
  GtkWidget *overlay = bw_test_child (window, BW_TYPE_WINDOW, "toast_overlay");
  GtkWidget *pages = bw_test_child (window, BW_TYPE_WINDOW, "main_stack");
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  bw_test_collect (overlay, GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (buttons, i);

      if (!gtk_widget_is_ancestor (button, pages) && gtk_widget_get_mapped (button) &&
          g_strcmp0 (gtk_button_get_label (GTK_BUTTON (button)), label) == 0)
        return button;
    }
  return NULL;
}

static void
test_refused_edit_writes_nothing (Fixture       *f,
                                  gconstpointer  data)
{
  GListModel *cases = bw_window_get_case_list (f->window);
  GtkWidget *page = bw_test_child (f->window, BW_TYPE_WINDOW, "case_page");
  GtkWidget *dob = NULL;
  g_autoptr(BwCase) first = g_list_model_get_item (cases, 0);
  g_autoptr(BwCase) after = NULL;
  g_autoptr(GError) error = NULL;
  guint before = g_list_model_get_n_items (cases);

  /* A new case without a name is refused and nothing is added. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new-case", NULL));
  BW_TEST_WAIT (gtk_widget_get_mapped (page));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (bw_test_child (page, BW_TYPE_CASE_PAGE, "buurt_dropdown")), 0);
  g_assert_true (gtk_widget_activate_action (page, "case.save", NULL));
  BW_TEST_WAIT (!bw_case_page_get_saving (BW_CASE_PAGE (page)));
  bw_test_wait_for_list (f->window);
  g_assert_cmpuint (g_list_model_get_n_items (cases), ==, before);
  g_assert_cmpint (bw_case_page_get_case_id (BW_CASE_PAGE (page)), ==, 0);
  g_assert_true (gtk_widget_has_css_class (bw_test_child (page, BW_TYPE_CASE_PAGE, "name_row"), "error"));
  /* What was typed stays on screen. */
  g_assert_true (bw_case_page_get_dirty (BW_CASE_PAGE (page)));
  bw_test_save_screenshot (GTK_WIDGET (f->window), "refused-new-case.png");

  /* Opening an existing case discards the refused new one: the page
   * shows the stored case, clean, and nothing was added. */
  g_assert_true (bw_case_page_load (BW_CASE_PAGE (page), bw_case_get_id (first), &error));
  BW_TEST_WAIT (!bw_case_page_get_loading (BW_CASE_PAGE (page)));
  g_assert_no_error (error);
  g_assert_cmpint (bw_case_page_get_case_id (BW_CASE_PAGE (page)), ==, bw_case_get_id (first));
  g_assert_false (bw_case_page_get_dirty (BW_CASE_PAGE (page)));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (bw_test_child (page, BW_TYPE_CASE_PAGE, "name_row"))),
                   ==, bw_case_get_name (first));
  g_assert_false (gtk_widget_has_css_class (bw_test_child (page, BW_TYPE_CASE_PAGE, "name_row"), "error"));
  g_assert_cmpuint (g_list_model_get_n_items (cases), ==, before);

  /* A date of birth that does not exist is refused and writes nothing. */
  dob = bw_test_child (page, BW_TYPE_CASE_PAGE, "dob_row");
  gtk_editable_set_text (GTK_EDITABLE (dob), "31-2-1980");
  g_assert_true (bw_case_page_get_dirty (BW_CASE_PAGE (page)));
  g_assert_true (gtk_widget_activate_action (page, "case.save", NULL));
  BW_TEST_WAIT (!bw_case_page_get_saving (BW_CASE_PAGE (page)));
  BW_TEST_WAIT (gtk_widget_has_css_class (dob, "error"));
  after = bw_case_store_get_case (f->store, bw_case_get_id (first), &error);
  g_assert_no_error (error);
  g_assert_cmpint (bw_case_get_revision (after), ==, bw_case_get_revision (first));
  g_assert_cmpstr (bw_case_get_date_of_birth (after), ==, bw_case_get_date_of_birth (first));

  /* Discard changes brings back what is stored: the refused date goes,
   * the page is clean again, and still nothing was written. */
  {
    g_autofree char *shown = g_strdup (gtk_editable_get_text (GTK_EDITABLE (dob)));

    g_assert_cmpstr (shown, ==, "31-2-1980");
    g_assert_true (gtk_widget_activate_action (page, "case.revert", NULL));
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (dob)), !=, "31-2-1980");
    g_assert_false (bw_case_page_get_dirty (BW_CASE_PAGE (page)));
    g_clear_object (&after);
    after = bw_case_store_get_case (f->store, bw_case_get_id (first), &error);
    g_assert_no_error (error);
    g_assert_cmpint (bw_case_get_revision (after), ==, bw_case_get_revision (first));
  }

  /* A valid edit is saved, and undo brings the old value back. */
  g_clear_object (&after);
  gtk_editable_set_text (GTK_EDITABLE (dob), "1-2-1980");
  g_assert_true (gtk_widget_activate_action (page, "case.save", NULL));
  BW_TEST_WAIT (!bw_case_page_get_saving (BW_CASE_PAGE (page)));
  after = bw_case_store_get_case (f->store, bw_case_get_id (first), &error);
  g_assert_cmpstr (bw_case_get_date_of_birth (after), ==, "1980-02-01");
  g_clear_object (&after);

  /* Undo is the "Undo" button of the "Changes saved" toast, clicked as a
   * user does: it lies in the window's toast overlay, above the page, and
   * must not be greyed out there. */
  {
    GtkWidget *undo = NULL;
    g_autofree char *shown_before = NULL;

    BW_TEST_WAIT ((undo = find_toast_button (f->window, _("_Undo"))) != NULL);
    g_assert_true (gtk_widget_is_sensitive (undo));
    gtk_widget_activate (undo);
    /* A button clicks a moment after it is activated; the undo is then
     * on its way, and then written. */
    BW_TEST_WAIT (!bw_case_page_get_can_undo (BW_CASE_PAGE (page)));
    BW_TEST_WAIT (!bw_case_page_get_saving (BW_CASE_PAGE (page)));
    after = bw_case_store_get_case (f->store, bw_case_get_id (first), &error);
    g_assert_no_error (error);
    g_assert_cmpstr (bw_case_get_date_of_birth (after), ==, bw_case_get_date_of_birth (first));
    g_assert_cmpint (bw_case_get_revision (after), ==, bw_case_get_revision (first) + 2);
    /* The form shows the value from before the change, with nothing
     * unsaved. */
    shown_before = bw_date_to_entry_text (bw_case_get_date_of_birth (first));
    BW_TEST_WAIT (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (dob)), shown_before) == 0);
    g_assert_false (bw_case_page_get_dirty (BW_CASE_PAGE (page)));
  }
}

static void
scroll_page_to (GtkWidget *page,
                double     fraction)
{
  GtkWidget *prefs = bw_test_child (page, BW_TYPE_CASE_PAGE, "prefs_page");

  for (GtkWidget *c = gtk_widget_get_first_child (prefs); c; c = gtk_widget_get_next_sibling (c))
    if (GTK_IS_SCROLLED_WINDOW (c))
      {
        GtkAdjustment *adj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (c));
        gtk_adjustment_set_value (adj, fraction * (gtk_adjustment_get_upper (adj) -
                                                   gtk_adjustment_get_page_size (adj)));
      }
  bw_test_wait_frames (page, 2);
}

/* Screenshots of the main views with realistic demo data, for the tests'
 * artifacts and for the user's guide (build-aux/make-doc-screenshots). */
/* A case open in the middle of a long list, and then a thousand cases
 * arrive at once (as from a sync): the list shows them all, the open case
 * stays selected where it now is, and the main thread reads no more rows
 * than the view shows; GtkSingleSelection and GtkListView 4.8 would have
 * asked for every row to find theirs again. */
static void
test_list_follows_many_new_cases (Fixture       *f,
                                  gconstpointer  data)
{
  GListModel *cases = bw_window_get_case_list (f->window);
  GtkWidget *page = bw_test_child (f->window, BW_TYPE_WINDOW, "case_page");
  GtkListView *view = GTK_LIST_VIEW (bw_test_child (f->window, BW_TYPE_WINDOW, "case_list_view"));
  GtkSelectionModel *selection = gtk_list_view_get_model (view);
  g_autoptr(GError) error = NULL;
  g_autoptr(BwCase) opened = NULL;
  guint pos, read_before;

  g_assert_true (bw_demo_data_fill (f->store, 2000, 11, &error));
  BW_TEST_WAIT (g_list_model_get_n_items (cases) == 2060 && !bw_case_list_get_loading (BW_CASE_LIST (cases)));

  /* Open one in the middle, as a click on its row does. */
  pos = 1030;
  opened = g_list_model_get_item (cases, pos);
  gtk_widget_activate_action (GTK_WIDGET (view), "list.scroll-to-item", "u", pos);
  gtk_selection_model_select_item (selection, pos, TRUE);
  g_signal_emit_by_name (view, "activate", pos);
  BW_TEST_WAIT (bw_case_page_get_case_id (BW_CASE_PAGE (page)) == bw_case_get_id (opened) &&
                !bw_case_page_get_loading (BW_CASE_PAGE (page)));
  bw_test_wait_frames (GTK_WIDGET (f->window), 2);

  read_before = bw_case_list_get_n_read_on_demand (BW_CASE_LIST (cases));
  g_assert_true (bw_demo_data_fill (f->store, 1000, 12, &error));
  BW_TEST_WAIT (g_list_model_get_n_items (cases) == 3060 && !bw_case_list_get_loading (BW_CASE_LIST (cases)));
  bw_test_wait_frames (GTK_WIDGET (f->window), 2);

  pos = bw_case_list_find (BW_CASE_LIST (cases), bw_case_get_id (opened));
  g_assert_cmpuint (pos, !=, G_MAXUINT);
  g_assert_true (gtk_selection_model_is_selected (selection, pos));
  g_assert_false (gtk_selection_model_is_selected (selection, pos == 0 ? 1 : pos - 1));
  g_assert_cmpint (bw_case_page_get_case_id (BW_CASE_PAGE (page)), ==, bw_case_get_id (opened));
  g_test_message ("rows read on the main thread after the change: %u",
                  bw_case_list_get_n_read_on_demand (BW_CASE_LIST (cases)) - read_before);
  /* The view holds up to 200 rows around where it looks, and looks at
   * most twice: at the end, then at the open case. */
  g_assert_cmpuint (bw_case_list_get_n_read_on_demand (BW_CASE_LIST (cases)) - read_before, <, 500);
}

/* The sync button says how many changes wait to be sent, counted off the
 * main thread, and follows a new edit. */
static void
test_sync_button_counts_pending (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BwSyncEngine) engine = bw_sync_engine_new (f->store, &error);
  GtkWidget *button = bw_test_child (f->window, BW_TYPE_WINDOW, "sync_button");
  GtkWidget *sync = bw_test_child (button, BW_TYPE_SYNC_BUTTON, "sync_button");
  g_autoptr(BwCase) c = bw_case_new ();
  guint before;
  g_autofree char *expected = NULL;

  g_assert_no_error (error);
  bw_sync_engine_set_server (engine, "http://127.0.0.1:9", "token");
  bw_window_set_sync_engine (f->window, engine);
  before = bw_sync_engine_count_pending (engine);
  g_assert_cmpuint (before, >, 0);
  expected = g_strdup_printf ("%u wijzigingen wachten op verzending", before);
  BW_TEST_WAIT (gtk_widget_get_tooltip_text (sync) != NULL &&
                strstr (gtk_widget_get_tooltip_text (sync), expected) != NULL);

  bw_case_set_name (c, "Wim Teeuwen");
  bw_case_set_buurt_code (c, "BU09172004");
  g_assert_true (bw_case_store_insert_case (f->store, c, &error));
  g_assert_no_error (error);
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("%u wijzigingen wachten op verzending", before + 1);
  /* The next sync (offline here: nothing listens on port 9) says so. */
  bw_sync_engine_sync_async (engine, NULL, NULL, NULL);
  BW_TEST_WAIT (strstr (gtk_widget_get_tooltip_text (sync), expected) != NULL);
}

static void
test_screenshots (Fixture       *f,
                  gconstpointer  data)
{
  GListModel *cases = bw_window_get_case_list (f->window);
  GtkWidget *page = bw_test_child (f->window, BW_TYPE_WINDOW, "case_page");
  GtkListView *view = GTK_LIST_VIEW (bw_test_child (f->window, BW_TYPE_WINDOW, "case_list_view"));
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkTexture) top = NULL;
  g_autoptr(GdkTexture) scores = NULL;
  g_autoptr(GdkTexture) journal = NULL;
  g_autoptr(GdkTexture) dark = NULL;
  gint64 best = 0;
  guint best_pos = 0, best_notes = 0;

  /* An active case with debts and the richest journal. */
  for (guint i = 0; i < g_list_model_get_n_items (cases); i++)
    {
      g_autoptr(BwCase) c = g_list_model_get_item (cases, i);
      g_autoptr(GListModel) notes = bw_case_store_list_journal (f->store, bw_case_get_id (c));
      guint n = g_list_model_get_n_items (notes);

      if (bw_case_get_status (c) == BW_CASE_STATUS_ACTIVE && bw_case_get_has_debts (c) && n > best_notes)
        best = bw_case_get_id (c), best_pos = i, best_notes = n;
    }
  g_assert_cmpint (best, >, 0);

  gtk_selection_model_select_item (gtk_list_view_get_model (view), best_pos, TRUE);
  gtk_widget_activate_action (GTK_WIDGET (view), "list.scroll-to-item", "u", best_pos);
  g_signal_emit_by_name (view, "activate", best_pos);
  BW_TEST_WAIT (bw_case_page_get_case_id (BW_CASE_PAGE (page)) == best && gtk_widget_get_mapped (page) &&
                !bw_case_page_get_loading (BW_CASE_PAGE (page)));
  {
    /* The amount as Dutch writes it, the thousands grouped. */
    g_autoptr(BwCase) shown = bw_case_store_get_case (f->store, best, NULL);
    g_autofree char *amount = bw_format_amount_number (bw_case_get_debt_amount (shown));
    GtkWidget *row = bw_test_child (page, BW_TYPE_CASE_PAGE, "debt_amount_row");

    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, amount);
  }
  bw_test_wait_frames (GTK_WIDGET (f->window), 2);
  top = bw_test_render (GTK_WIDGET (f->window));
  bw_test_save_screenshot (GTK_WIDGET (f->window), "case-list.png");
  scroll_page_to (page, 0.45);
  scores = bw_test_render (GTK_WIDGET (f->window));
  bw_test_save_screenshot (GTK_WIDGET (f->window), "case-page-scores.png");
  scroll_page_to (page, 0.75);
  journal = bw_test_render (GTK_WIDGET (f->window));
  bw_test_save_screenshot (GTK_WIDGET (f->window), "case-page-journal.png");

  /* What the pictures must show: the whole window, drawn (not one flat
   * colour: a blank or failed render), and each scroll position its own
   * part of the page. */
  for (GdkTexture **shot = (GdkTexture *[]) { top, scores, journal, NULL }; *shot; shot++)
    {
      gsize pixels = (gsize) gdk_texture_get_width (*shot) * gdk_texture_get_height (*shot);

      g_assert_cmpint (gdk_texture_get_width (*shot), ==, gtk_widget_get_width (GTK_WIDGET (f->window)));
      g_assert_cmpint (gdk_texture_get_height (*shot), ==, gtk_widget_get_height (GTK_WIDGET (f->window)));
      g_assert_cmpint (gdk_texture_get_width (*shot), >=, 1000);
      g_assert_cmpint (gdk_texture_get_height (*shot), >=, 600);
      g_assert_cmpuint (bw_test_texture_ink (*shot), >, pixels / 20);
    }
  g_assert_cmpuint (bw_test_texture_diff (top, scores), >, 10000);
  g_assert_cmpuint (bw_test_texture_diff (scores, journal), >, 10000);

  /* The dark style is another picture of the same page, not the light one
   * (a style sheet that forgets dark mode leaves most pixels alike). Not
   * when the whole run is dark already (the user guide's dark pictures,
   * ADW_DEBUG_COLOR_SCHEME). */
  if (!adw_style_manager_get_dark (adw_style_manager_get_default ()))
    {
      adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
      BW_TEST_WAIT (adw_style_manager_get_dark (adw_style_manager_get_default ()));
      bw_test_wait_frames (GTK_WIDGET (f->window), 2);
      dark = bw_test_render (GTK_WIDGET (f->window));
      bw_test_save_screenshot (GTK_WIDGET (f->window), "case-page-journal-dark.png");
      adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
      BW_TEST_WAIT (!adw_style_manager_get_dark (adw_style_manager_get_default ()));
      g_assert_cmpuint (bw_test_texture_ink (dark), >,
                        (gsize) gdk_texture_get_width (dark) * gdk_texture_get_height (dark) / 20);
      g_assert_cmpuint (bw_test_texture_diff (journal, dark), >,
                        (gsize) gdk_texture_get_width (dark) * gdk_texture_get_height (dark) / 2);
    }
  (void) error;
}

/* A partner's or new colleague's desktop before its first sync says so,
 * instead of "no cases". */
static void
test_empty_before_first_sync (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("bw-gui-empty-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "empty.db", NULL);
  g_autoptr(BwCaseStore) store = bw_case_store_open (path, "Tester", &error);
  g_autoptr(BwSyncEngine) engine = bw_sync_engine_new (store, &error);
  BwWindow *window;
  GtkStack *stack;

  g_assert_no_error (error);
  window = bw_window_new (NULL, store);
  gtk_window_present (GTK_WINDOW (window));
  bw_test_wait_for_list (window);
  stack = GTK_STACK (bw_test_child (window, BW_TYPE_WINDOW, "list_stack"));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");

  /* Connected to a server (here one that cannot be reached), never synced. */
  bw_sync_engine_set_server (engine, "http://127.0.0.1:9", "token");
  bw_window_set_sync_engine (window, engine);
  BW_TEST_WAIT (g_strcmp0 (gtk_stack_get_visible_child_name (stack), "not-synced") == 0);
  bw_test_save_screenshot (GTK_WIDGET (window), "not-synced.png");

  bw_test_destroy_window (GTK_WINDOW (window));
  g_clear_object (&engine);
  g_clear_object (&store);
  bw_test_remove_dir (dir);
}

/* Text typed for one resident never lands in another's file, and counts
 * as unsaved; a case changed elsewhere is shown anew (review findings). */
static void
test_typed_note_stays_with_its_case (Fixture       *f,
                                     gconstpointer  data)
{
  GListModel *cases = bw_window_get_case_list (f->window);
  GtkWidget *page = bw_test_child (f->window, BW_TYPE_WINDOW, "case_page");
  GtkTextBuffer *note = gtk_text_view_get_buffer (GTK_TEXT_VIEW (bw_test_child (page, BW_TYPE_CASE_PAGE, "note_view")));
  g_autoptr(BwCase) a = g_list_model_get_item (cases, 0);
  g_autoptr(BwCase) b = g_list_model_get_item (cases, 1);
  g_autoptr(BwCase) elsewhere = NULL;
  g_autoptr(GListModel) journal_b = bw_case_store_list_journal (f->store, bw_case_get_id (b));
  g_autoptr(GListModel) journal_b_after = NULL;
  g_autoptr(GError) error = NULL;
  guint notes_b = g_list_model_get_n_items (journal_b);

  g_assert_true (bw_case_page_load (BW_CASE_PAGE (page), bw_case_get_id (a), &error));
  BW_TEST_WAIT (!bw_case_page_get_loading (BW_CASE_PAGE (page)));
  gtk_text_buffer_set_text (note, "Notitie over de eerste inwoner", -1);
  g_assert_true (bw_case_page_get_dirty (BW_CASE_PAGE (page)));

  g_assert_true (bw_case_page_load (BW_CASE_PAGE (page), bw_case_get_id (b), &error));
  BW_TEST_WAIT (!bw_case_page_get_loading (BW_CASE_PAGE (page)));
  g_assert_cmpint (gtk_text_buffer_get_char_count (note), ==, 0);
  g_assert_true (gtk_widget_activate_action (page, "case.add-note", NULL));
  BW_TEST_WAIT (!bw_case_page_get_saving (BW_CASE_PAGE (page)));
  journal_b_after = bw_case_store_list_journal (f->store, bw_case_get_id (b));
  g_assert_cmpuint (g_list_model_get_n_items (journal_b_after), ==, notes_b);

  /* B changes in the store (as a sync would do): the page follows, and a
   * save afterwards is based on the new version. */
  elsewhere = bw_case_store_get_case (f->store, bw_case_get_id (b), &error);
  bw_case_set_phone (elsewhere, "06-55554444");
  g_assert_true (bw_case_store_update_case (f->store, elsewhere, NULL, &error));
  BW_TEST_WAIT (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (bw_test_child (page, BW_TYPE_CASE_PAGE, "phone_row"))),
                           "06-55554444") == 0);
  gtk_editable_set_text (GTK_EDITABLE (bw_test_child (page, BW_TYPE_CASE_PAGE, "address_row")), "Akerstraat 1, Hoensbroek");
  g_assert_true (bw_case_page_save (BW_CASE_PAGE (page)));
  BW_TEST_WAIT (!bw_case_page_get_saving (BW_CASE_PAGE (page)));

  /* Changed elsewhere while being edited here: other fields are kept, the
   * edit made here goes on top. */
  {
    g_autoptr(BwCase) meanwhile = bw_case_store_get_case (f->store, bw_case_get_id (b), &error);
    g_autoptr(BwCase) result = NULL;

    gtk_editable_set_text (GTK_EDITABLE (bw_test_child (page, BW_TYPE_CASE_PAGE, "email_row")), "b@voorbeeld.nl");
    bw_case_set_household_note (meanwhile, "alleenstaand");
    g_assert_true (bw_case_store_update_case (f->store, meanwhile, NULL, &error));
    bw_test_wait_idle ();
    g_assert_true (bw_case_page_save (BW_CASE_PAGE (page)));
    BW_TEST_WAIT (!bw_case_page_get_saving (BW_CASE_PAGE (page)));
    result = bw_case_store_get_case (f->store, bw_case_get_id (b), &error);
    g_assert_cmpstr (bw_case_get_email (result), ==, "b@voorbeeld.nl");
    g_assert_cmpstr (bw_case_get_household_note (result), ==, "alleenstaand");
    g_assert_cmpstr (bw_case_get_address (result), ==, "Akerstraat 1, Hoensbroek");
  }
}

static void
test_preferences_refuse_bad_urls (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  GtkWidget *prefs = bw_preferences_window_new (NULL);
  GtkWidget *tile_row = bw_test_child (prefs, BW_TYPE_PREFERENCES_WINDOW, "tile_row");
  GtkWidget *server_row = bw_test_child (prefs, BW_TYPE_PREFERENCES_WINDOW, "server_row");
  g_autofree char *tiles = NULL;
  g_autofree char *server = NULL;

  gtk_window_present (GTK_WINDOW (prefs));
  BW_TEST_WAIT (gtk_widget_get_mapped (tile_row));

  /* Refused: the setting keeps its value and the row says why. */
  gtk_editable_set_text (GTK_EDITABLE (tile_row), "https://tiles.example.org/{z}/{x}.png");
  g_signal_emit_by_name (tile_row, "apply");
  tiles = g_settings_get_string (settings, "tile-url");
  g_assert_cmpstr (tiles, ==, "");
  g_assert_true (gtk_widget_has_css_class (tile_row, "error"));

  gtk_editable_set_text (GTK_EDITABLE (server_row), "http://buurtwerk.heerlen.nl");
  g_signal_emit_by_name (server_row, "apply");
  server = g_settings_get_string (settings, "server-url");
  g_assert_cmpstr (server, ==, "");
  g_assert_true (gtk_widget_has_css_class (server_row, "error"));
  bw_test_wait_frames (prefs, 2);
  bw_test_save_screenshot (prefs, "preferences-refused.png");

  /* Accepted. */
  g_clear_pointer (&tiles, g_free);
  gtk_editable_set_text (GTK_EDITABLE (tile_row), " http://127.0.0.1:8123/{z}/{x}/{y}.png ");
  g_signal_emit_by_name (tile_row, "apply");
  tiles = g_settings_get_string (settings, "tile-url");
  g_assert_cmpstr (tiles, ==, "http://127.0.0.1:8123/{z}/{x}/{y}.png");
  g_assert_false (gtk_widget_has_css_class (tile_row, "error"));
  g_settings_reset (settings, "tile-url");

  bw_test_destroy_window (GTK_WINDOW (prefs));
}

static BwShareDialog *
find_share_dialog (void)
{
  GList *toplevels = gtk_window_list_toplevels ();
  BwShareDialog *dialog = NULL;

  for (GList *l = toplevels; l; l = l->next)
    if (BW_IS_SHARE_DIALOG (l->data))
      dialog = l->data;
  g_list_free (toplevels);
  return dialog;
}

static guint
count_shares (BwCaseStore *store,
              gint64       case_id)
{
  g_autoptr(GListModel) shares = bw_case_store_list_shares (store, case_id);

  return g_list_model_get_n_items (shares);
}

static gboolean
first_share_withdrawn (BwCaseStore *store,
                       gint64       case_id)
{
  g_autoptr(GListModel) shares = bw_case_store_list_shares (store, case_id);
  g_autoptr(BwShare) share = g_list_model_get_item (shares, 0);

  return share != NULL && bw_share_get_withdrawn_at (share) != NULL;
}

static void
collect_check_buttons (GtkWidget *widget,
                       GPtrArray *found)
{
  if (GTK_IS_CHECK_BUTTON (widget))
    g_ptr_array_add (found, widget);
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    collect_check_buttons (c, found);
}

static void
collect_buttons (GtkWidget *widget,
                 GPtrArray *found)
{
  if (GTK_IS_BUTTON (widget))
    g_ptr_array_add (found, widget);
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    collect_buttons (c, found);
}

/* Share with Partner…: a refused share keeps what was typed and writes
 * nothing; a complete one is stored. */
static void
test_share_dialog (Fixture       *f,
                   gconstpointer  data)
{
  GtkWidget *page = bw_test_child (f->window, BW_TYPE_WINDOW, "case_page");
  GListModel *cases = bw_window_get_case_list (f->window);
  g_autoptr(BwCase) first = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) shares = NULL;
  BwShareDialog *dialog;
  GtkWidget *given_to, *end_date, *error_label;
  AdwPreferencesGroup *parts;
  guint position = 0;

  /* The first case that is not closed (a closed case is not shared). */
  for (; position < g_list_model_get_n_items (cases); position++)
    {
      g_autoptr(BwCase) c = g_list_model_get_item (cases, position);

      if (bw_case_get_status (c) != BW_CASE_STATUS_CLOSED)
        {
          first = g_steal_pointer (&c);
          break;
        }
    }
  g_assert_nonnull (first);

  /* Opened from the list, as a person does. */
  {
    GtkListView *view = GTK_LIST_VIEW (bw_test_child (f->window, BW_TYPE_WINDOW, "case_list_view"));

    gtk_selection_model_select_item (gtk_list_view_get_model (view), position, TRUE);
    g_signal_emit_by_name (view, "activate", position);
    BW_TEST_WAIT (bw_case_page_get_case_id (BW_CASE_PAGE (page)) == bw_case_get_id (first) &&
                !bw_case_page_get_loading (BW_CASE_PAGE (page)));
    g_assert_cmpint (bw_case_page_get_case_id (BW_CASE_PAGE (page)), ==, bw_case_get_id (first));
  }
  g_assert_true (gtk_widget_activate_action (page, "case.share", NULL));
  BW_TEST_WAIT ((dialog = find_share_dialog ()) != NULL);
  /* Drawn before it is looked at (slow under load). */
  BW_TEST_WAIT (gtk_widget_get_mapped (GTK_WIDGET (dialog)) && gtk_widget_get_width (GTK_WIDGET (dialog)) > 0);

  given_to = bw_test_child (dialog, BW_TYPE_SHARE_DIALOG, "given_to_row");
  end_date = bw_test_child (dialog, BW_TYPE_SHARE_DIALOG, "end_date_row");
  error_label = bw_test_child (dialog, BW_TYPE_SHARE_DIALOG, "error_label");
  gtk_editable_set_text (GTK_EDITABLE (given_to), "Sanne Vermeulen (buurtteam)");
  gtk_editable_set_text (GTK_EDITABLE (end_date), "31-12-2099");

  /* No part chosen: refused, nothing written, the dialog and its text stay. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "share.save", NULL));
  BW_TEST_WAIT (gtk_widget_is_visible (error_label));
  g_assert_true (find_share_dialog () == dialog);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (given_to)), ==, "Sanne Vermeulen (buurtteam)");
  g_assert_cmpuint (count_shares (f->store, bw_case_get_id (first)), ==, 0);
  bw_test_save_screenshot (GTK_WIDGET (dialog), "share-dialog-refused.png");

  /* A date that does not exist is named. */
  gtk_editable_set_text (GTK_EDITABLE (end_date), "31-2-2099");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "share.save", NULL));
  BW_TEST_WAIT (gtk_widget_has_css_class (end_date, "error"));
  g_assert_cmpuint (count_shares (f->store, bw_case_get_id (first)), ==, 0);

  /* Person and track: the check buttons of the first two part rows. */
  parts = ADW_PREFERENCES_GROUP (bw_test_child (dialog, BW_TYPE_SHARE_DIALOG, "parts_group"));
  gtk_editable_set_text (GTK_EDITABLE (end_date), "31-12-2099");
  {
    g_autoptr(GPtrArray) checks = g_ptr_array_new ();

    collect_check_buttons (GTK_WIDGET (parts), checks);
    g_assert_cmpuint (checks->len, ==, BW_SHARE_PART_N);
    gtk_check_button_set_active (g_ptr_array_index (checks, BW_SHARE_PART_PERSON), TRUE);
    gtk_check_button_set_active (g_ptr_array_index (checks, BW_SHARE_PART_TRACK), TRUE);
  }
  bw_test_wait_frames (GTK_WIDGET (dialog), 2);
  bw_test_save_screenshot (GTK_WIDGET (dialog), "share-dialog.png");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "share.save", NULL));
  BW_TEST_WAIT (find_share_dialog () == NULL);

  shares = bw_case_store_list_shares (f->store, bw_case_get_id (first));
  g_assert_cmpuint (g_list_model_get_n_items (shares), ==, 1);
  {
    g_autoptr(BwShare) share = g_list_model_get_item (shares, 0);

    g_assert_cmpstr (bw_share_get_organisation (share), ==, "vsv");
    g_assert_true (bw_share_has_part (share, BW_SHARE_PART_PERSON));
    g_assert_true (bw_share_has_part (share, BW_SHARE_PART_TRACK));
    g_assert_false (bw_share_has_part (share, BW_SHARE_PART_DEBTS));
    g_assert_cmpstr (bw_share_get_end_date (share), ==, "2099-12-31");
    g_assert_cmpstr (bw_share_get_consent_given_to (share), ==, "Sanne Vermeulen (buurtteam)");
  }

  /* The case page lists it; Withdraw… asks, then ends it. */
  {
    GtkWidget *list = bw_test_child (page, BW_TYPE_CASE_PAGE, "shares_list");
    GtkListBoxRow *row = NULL;
    g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
    AdwMessageDialog *confirm = NULL;
    g_autoptr(BwShare) stored = NULL;
    g_autoptr(GListModel) after = NULL;

    BW_TEST_WAIT ((row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0)) != NULL);
    g_assert_null (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 1));
    /* Into view, and drawn, before it is looked at. */
    scroll_page_to (page, 1.0);
    bw_test_save_screenshot (GTK_WIDGET (f->window), "case-page-shares.png");
    collect_buttons (GTK_WIDGET (row), buttons);
    g_assert_cmpuint (buttons->len, ==, 1);
    g_signal_emit_by_name (g_ptr_array_index (buttons, 0), "clicked");
    BW_TEST_WAIT ((confirm = bw_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)) != NULL);
    /* Withdrawing asks why; without a reason it cannot be done. */
    {
      g_autoptr(GPtrArray) answers = g_ptr_array_new ();
      GtkWidget *withdraw = NULL;

      collect_buttons (GTK_WIDGET (confirm), answers);
      for (guint i = 0; i < answers->len; i++)
        if (g_strcmp0 (gtk_button_get_label (answers->pdata[i]), _("_Withdraw")) == 0)
          withdraw = answers->pdata[i];
      g_assert_nonnull (withdraw);
      g_assert_false (gtk_widget_is_sensitive (withdraw));
      gtk_editable_set_text (GTK_EDITABLE (adw_message_dialog_get_extra_child (confirm)), "Bewoner trekt toestemming in");
      BW_TEST_WAIT (gtk_widget_is_sensitive (withdraw));
      g_signal_emit_by_name (withdraw, "clicked");
    }
    BW_TEST_WAIT (first_share_withdrawn (f->store, bw_case_get_id (first)));
    after = bw_case_store_list_shares (f->store, bw_case_get_id (first));
    stored = g_list_model_get_item (after, 0);
    g_assert_nonnull (bw_share_get_withdrawn_at (stored));
    g_assert_cmpstr (bw_share_get_withdrawn_reason (stored), ==, "Bewoner trekt toestemming in");
    /* A withdrawn share stays listed, without the button. */
    BW_TEST_WAIT ((row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0)) != NULL &&
                  (g_ptr_array_set_size (buttons, 0), collect_buttons (GTK_WIDGET (row), buttons), buttons->len == 0));
    scroll_page_to (page, 1.0);
    bw_test_save_screenshot (GTK_WIDGET (f->window), "case-page-share-withdrawn.png");
  }
}

/* The role the server gave decides the pages: a trainer has no cases
 * (the server never sends them) and opens on the planning; a partner sees
 * only what is shared with its organisation. */
static void
test_pages_follow_role (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  AdwViewStack *stack = ADW_VIEW_STACK (bw_test_child (f->window, BW_TYPE_WINDOW, "main_stack"));
  const char *pages[] = { "cases", "map", "planning", "shared", "work" };
  /* A team member's day starts at My work; a coordinator carries no
   * cases of their own. */
  const struct {
    const char *role;
    const char *visible_child;
    gboolean visible[5];
  } cases[] = {
    { "trainer", "planning", { FALSE, TRUE, TRUE, FALSE, FALSE } },
    { "partner", "shared", { FALSE, FALSE, FALSE, TRUE, FALSE } },
    { "buurtteam", "work", { TRUE, TRUE, TRUE, FALSE, TRUE } },
    { "coordinator", "cases", { TRUE, TRUE, TRUE, FALSE, FALSE } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_assert_true (bw_case_store_set_meta (f->store, "role", cases[i].role, &error));
      g_assert_no_error (error);
      bw_case_store_emit_changed (f->store, 0);
      BW_TEST_WAIT (g_strcmp0 (adw_view_stack_get_visible_child_name (stack), cases[i].visible_child) == 0);
      for (guint p = 0; p < G_N_ELEMENTS (pages); p++)
        g_assert_cmpint (adw_view_stack_page_get_visible (adw_view_stack_get_page (
                           stack, adw_view_stack_get_child_by_name (stack, pages[p]))), ==,
                         cases[i].visible[p]);
    }
}

/* Whether the case list is in @sort's order. */
static gboolean
list_in_order (GListModel *cases,
               BwCaseSort  sort)
{
  for (guint i = 1; i < g_list_model_get_n_items (cases); i++)
    {
      g_autoptr(BwCase) a = g_list_model_get_item (cases, i - 1);
      g_autoptr(BwCase) b = g_list_model_get_item (cases, i);
      int by_name = bw_name_compare (bw_case_get_name (a), -1, bw_case_get_name (b), -1);
      int r = 0;

      if (sort == BW_CASE_SORT_CONTACT)
        r = g_strcmp0 (bw_case_get_last_contact (a), bw_case_get_last_contact (b));
      else if (sort == BW_CASE_SORT_STATUS)
        r = (int) bw_case_get_status (a) - (int) bw_case_get_status (b);
      if (r > 0 || (r == 0 && by_name > 0))
        return FALSE;
    }
  return TRUE;
}

/* The case list sorts by surname, by the longest time without contact or
 * by status, from the filter bar, and keeps the order at the next start. */
static void
test_case_sort (Fixture       *f,
                gconstpointer  data)
{
  GListModel *cases = bw_window_get_case_list (f->window);
  GtkWidget *filter = bw_test_child (f->window, BW_TYPE_WINDOW, "filter_button");
  GtkWidget *order = bw_test_child (f->window, BW_TYPE_WINDOW, "sort_order");
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  bw_test_wait_for_list (f->window);
  g_assert_true (list_in_order (cases, BW_CASE_SORT_NAME));
  g_assert_false (list_in_order (cases, BW_CASE_SORT_CONTACT));

  g_signal_emit_by_name (filter, "clicked");
  BW_TEST_WAIT (gtk_widget_get_mapped (order));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (order), BW_CASE_SORT_CONTACT);
  BW_TEST_WAIT (bw_case_list_get_query (BW_CASE_LIST (cases))->sort == BW_CASE_SORT_CONTACT);
  bw_test_wait_for_list (f->window);
  g_assert_true (list_in_order (cases, BW_CASE_SORT_CONTACT));
  bw_test_save_screenshot (GTK_WIDGET (f->window), "case-sort.png");
  g_assert_cmpstr (g_settings_get_string (settings, "case-sort"), ==, "contact");

  gtk_drop_down_set_selected (GTK_DROP_DOWN (order), BW_CASE_SORT_STATUS);
  BW_TEST_WAIT (bw_case_list_get_query (BW_CASE_LIST (cases))->sort == BW_CASE_SORT_STATUS);
  bw_test_wait_for_list (f->window);
  g_assert_true (list_in_order (cases, BW_CASE_SORT_STATUS));

  /* The next start keeps it. */
  bw_test_destroy_window (GTK_WINDOW (f->window));
  f->window = bw_test_window_new (f->store, 1200, 760);
  cases = bw_window_get_case_list (f->window);
  BW_TEST_WAIT (bw_case_list_get_query (BW_CASE_LIST (cases))->sort == BW_CASE_SORT_STATUS);
  bw_test_wait_for_list (f->window);
  g_assert_true (list_in_order (cases, BW_CASE_SORT_STATUS));
  g_settings_reset (settings, "case-sort");
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = g_dir_make_tmp ("bw-gui-home-XXXXXX", NULL);

  /* Private user dirs, but the system's XDG_DATA_DIRS: GTK needs the MIME
   * database there to load its SVG icons. */
  for (const char * const *var = (const char * const[]) { "XDG_CACHE_HOME", "XDG_CONFIG_HOME",
                                                          "XDG_DATA_HOME", "XDG_STATE_HOME",
                                                          "XDG_RUNTIME_DIR", NULL }; *var; var++)
    {
      g_autofree char *dir = g_build_filename (home, *var, NULL);
      g_mkdir_with_parents (dir, 0700);
      g_setenv (*var, dir, TRUE);
    }

  g_test_init (&argc, &argv, NULL);
  /* The build tree's translations, for screenshots in Dutch. */
  if (g_getenv ("BUURTWERK_LOCALEDIR"))
    bindtextdomain (GETTEXT_PACKAGE, g_getenv ("BUURTWERK_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  gtk_init ();
  adw_init ();

  /* What AdwApplication does for the app: its icons and style sheet. */
  {
    g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

    gtk_icon_theme_add_resource_path (gtk_icon_theme_get_for_display (gdk_display_get_default ()),
                                      "/nl/heerlen/Buurtwerk/icons");
    gtk_css_provider_load_from_resource (css, "/nl/heerlen/Buurtwerk/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }

  g_test_add ("/window/whole-labels", Fixture, NULL, fixture_setup, test_whole_labels, fixture_teardown);
  g_test_add ("/window/contact-language", Fixture, NULL, fixture_setup, test_contact_language, fixture_teardown);
  g_test_add ("/window/add-action", Fixture, NULL, fixture_setup, test_add_action, fixture_teardown);
  g_test_add ("/window/save-never-waits-for-the-disk", Fixture, NULL, fixture_setup,
              test_save_never_waits_for_the_disk, fixture_teardown);
  g_test_add ("/window/case-sort", Fixture, NULL, fixture_setup, test_case_sort, fixture_teardown);
  g_test_add ("/window/create-and-find", Fixture, NULL, fixture_setup, test_create_and_find, fixture_teardown);
  g_test_add ("/window/overlong-note-refused", Fixture, NULL, fixture_setup, test_overlong_note_refused,
              fixture_teardown);
  g_test_add ("/window/refused-edit-writes-nothing", Fixture, NULL, fixture_setup,
              test_refused_edit_writes_nothing, fixture_teardown);

  g_test_add ("/window/screenshots", Fixture, NULL, fixture_setup, test_screenshots, fixture_teardown);
  g_test_add ("/window/sync-button-counts-pending", Fixture, NULL, fixture_setup,
              test_sync_button_counts_pending, fixture_teardown);
  g_test_add ("/window/list-follows-many-new-cases", Fixture, NULL, fixture_setup,
              test_list_follows_many_new_cases, fixture_teardown);
  g_test_add ("/window/typed-note-stays-with-its-case", Fixture, NULL, fixture_setup,
              test_typed_note_stays_with_its_case, fixture_teardown);
  g_test_add_func ("/window/empty-before-first-sync", test_empty_before_first_sync);
  g_test_add ("/window/share-dialog", Fixture, NULL, fixture_setup, test_share_dialog, fixture_teardown);
  g_test_add ("/window/pages-follow-role", Fixture, NULL, fixture_setup, test_pages_follow_role,
              fixture_teardown);
  g_test_add_func ("/preferences/refuse-bad-urls", test_preferences_refuse_bad_urls);

  {
    int status = g_test_run ();

    bw_test_remove_dir (home);
    return status;
  }
}
