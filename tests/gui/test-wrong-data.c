/* SPDX-License-Identifier: EUPL-1.2 */
/* Wrong data through the real widgets: a contact note from the future is
 * refused next to the field with nothing saved and nothing typed lost; a
 * new case that looks like an existing one warns before it is created;
 * a note is corrected with its earlier text kept; a case made by mistake
 * is deleted. */
#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "bw-case-list.h"
#include "bw-case-page.h"
#include "bw-date.h"
#include "bw-demo-data.h"
#include "bw-gui-test-utils.h"
#include "bw-window.h"

typedef struct {
  char *dir;
  BwCaseStore *store;
  BwWindow *window;
} Fixture;

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
  g_assert_true (bw_demo_data_fill (f->store, 30, 7, &error));

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

/* The button under @root whose action is @action, or whose label is
 * @label; fails the test when there is none. */
static GtkWidget *
find_button (GtkWidget  *root,
             const char *action,
             const char *label)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  bw_test_collect (root, GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *button = buttons->pdata[i];

      if (action != NULL &&
          g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), action) == 0)
        return button;
      if (label != NULL && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (button)), label) == 0)
        return button;
    }
  g_error ("no button %s", action ? action : label);
  return NULL;
}

static char *
buffer_text (GtkTextBuffer *buffer)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static guint
count_journal (Fixture *f,
               gint64   case_id)
{
  g_autoptr(GListModel) journal = bw_case_store_list_journal (f->store, case_id);

  return g_list_model_get_n_items (journal);
}

/* Opens the case at @position as a user does: activating its row in the
 * case list. */
static void
open_case (Fixture *f,
           guint    position)
{
  GtkWidget *page = bw_test_child (f->window, BW_TYPE_WINDOW, "case_page");
  GtkWidget *view = bw_test_child (f->window, BW_TYPE_WINDOW, "case_list_view");
  g_autoptr(BwCase) c = g_list_model_get_item (bw_window_get_case_list (f->window), position);

  g_signal_emit_by_name (view, "activate", position);
  BW_TEST_WAIT (bw_case_page_get_case_id (BW_CASE_PAGE (page)) == bw_case_get_id (c) &&
                !bw_case_page_get_loading (BW_CASE_PAGE (page)) && gtk_widget_get_mapped (page));
}

/* The position of the @nth case in the list that is not closed (a closed
 * case is read-only). */
static guint
open_position (Fixture *f,
               guint    nth)
{
  GListModel *cases = bw_window_get_case_list (f->window);

  for (guint i = 0; i < g_list_model_get_n_items (cases); i++)
    {
      g_autoptr(BwCase) c = g_list_model_get_item (cases, i);

      if (bw_case_get_status (c) != BW_CASE_STATUS_CLOSED && nth-- == 0)
        return i;
    }
  g_assert_not_reached ();
}

/* Today plus @days, in ISO form. */
static char *
day_from_today (int days)
{
  g_autoptr(GDateTime) now = bw_date_now_local ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, days);

  return bw_date_of (then);
}

static void
test_future_note (Fixture       *f,
                  gconstpointer  data)
{
  GListModel *cases = bw_window_get_case_list (f->window);
  GtkWidget *page = bw_test_child (f->window, BW_TYPE_WINDOW, "case_page");
  GtkTextBuffer *note = gtk_text_view_get_buffer (GTK_TEXT_VIEW (bw_test_child (page, BW_TYPE_CASE_PAGE, "note_view")));
  GtkWidget *date_entry = bw_test_child (page, BW_TYPE_CASE_PAGE, "note_date_entry");
  GtkWidget *note_error = bw_test_child (page, BW_TYPE_CASE_PAGE, "note_error");
  guint position = open_position (f, 0);
  g_autoptr(BwCase) a = g_list_model_get_item (cases, position);
  g_autoptr(BwCase) before = NULL;
  g_autoptr(BwCase) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *next_week = day_from_today (7);
  g_autofree char *typed_date = bw_date_to_entry_text (next_week);
  g_autofree char *shown = NULL;
  guint notes;

  open_case (f, position);
  before = bw_case_store_get_case (f->store, bw_case_get_id (a), &error);
  notes = count_journal (f, bw_case_get_id (a));

  gtk_text_buffer_set_text (note, "Afspraak bij de schuldhulp volgende week", -1);
  gtk_editable_set_text (GTK_EDITABLE (date_entry), typed_date);
  g_signal_emit_by_name (find_button (page, "case.add-note", NULL), "clicked");
  BW_TEST_WAIT (gtk_widget_get_visible (note_error));

  /* A message next to the field, in Dutch. */
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (note_error)), ==,
                   _("A contact note cannot be dated in the future"));
  if (g_str_has_prefix (g_getenv ("LANGUAGE") ?: "", "nl"))
    g_assert_null (strstr (gtk_label_get_text (GTK_LABEL (note_error)), "future"));
  /* What was typed is still there. */
  shown = buffer_text (note);
  g_assert_cmpstr (shown, ==, "Afspraak bij de schuldhulp volgende week");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (date_entry)), ==, typed_date);
  /* Nothing was saved, and the last contact did not move. */
  g_assert_cmpuint (count_journal (f, bw_case_get_id (a)), ==, notes);
  after = bw_case_store_get_case (f->store, bw_case_get_id (a), &error);
  g_assert_cmpstr (bw_case_get_last_contact (after), ==, bw_case_get_last_contact (before));
  /* Where the user is looking: the new note. */
  gtk_widget_grab_focus (date_entry);
  bw_test_wait_frames (page, 3);
  bw_test_save_screenshot (GTK_WIDGET (f->window), "future-note.png");

  /* Today's date is accepted: the message goes, the note is saved. */
  gtk_editable_set_text (GTK_EDITABLE (date_entry), "");
  g_signal_emit_by_name (find_button (page, "case.add-note", NULL), "clicked");
  BW_TEST_WAIT (count_journal (f, bw_case_get_id (a)) == notes + 1);
  BW_TEST_WAIT (!gtk_widget_get_visible (note_error));
}

/* The message dialog that is open now, or NULL. */
static AdwMessageDialog *
find_message_dialog (void)
{
  GList *toplevels = gtk_window_list_toplevels ();
  AdwMessageDialog *found = NULL;

  for (GList *l = toplevels; l; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      found = l->data;
  g_list_free (toplevels);
  return found;
}

/* What a user does for a new case: "+", the fields, Save. */
static void
type_new_case (Fixture    *f,
               const char *name,
               const char *dob,
               const char *address)
{
  GtkWidget *page = bw_test_child (f->window, BW_TYPE_WINDOW, "case_page");

  g_signal_emit_by_name (find_button (GTK_WIDGET (f->window), "win.new-case", NULL), "clicked");
  BW_TEST_WAIT (gtk_widget_get_mapped (page) && bw_case_page_get_case_id (BW_CASE_PAGE (page)) == 0);
  gtk_editable_set_text (GTK_EDITABLE (bw_test_child (page, BW_TYPE_CASE_PAGE, "name_row")), name);
  gtk_editable_set_text (GTK_EDITABLE (bw_test_child (page, BW_TYPE_CASE_PAGE, "dob_row")), dob);
  gtk_editable_set_text (GTK_EDITABLE (bw_test_child (page, BW_TYPE_CASE_PAGE, "address_row")), address);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (bw_test_child (page, BW_TYPE_CASE_PAGE, "buurt_dropdown")), 3);
  g_signal_emit_by_name (bw_test_child (page, BW_TYPE_CASE_PAGE, "save_button"), "clicked");
}

static void
test_duplicate_warning (Fixture       *f,
                        gconstpointer  data)
{
  GListModel *cases = bw_window_get_case_list (f->window);
  GtkWidget *page = bw_test_child (f->window, BW_TYPE_WINDOW, "case_page");
  g_autoptr(BwCase) existing = g_list_model_get_item (cases, 2);
  g_autofree char *dob = bw_date_to_entry_text (bw_case_get_date_of_birth (existing));
  g_autofree char *upper_name = g_utf8_strup (bw_case_get_name (existing), -1);
  guint before = bw_case_store_count_cases (f->store);
  AdwMessageDialog *dialog;

  g_assert_cmpstr (dob, !=, "");
  /* Open the existing one: the warning names it, and its button shows it. */
  type_new_case (f, upper_name, dob, "Ergens anders 1");
  BW_TEST_WAIT ((dialog = find_message_dialog ()) != NULL);
  {
    g_autoptr(GPtrArray) rows = g_ptr_array_new ();
    gboolean named = FALSE;

    bw_test_collect (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW, rows);
    for (guint i = 0; i < rows->len; i++)
      named |= g_strcmp0 (adw_preferences_row_get_title (rows->pdata[i]), bw_case_get_name (existing)) == 0;
    g_assert_true (named);
  }
  bw_test_save_screenshot (GTK_WIDGET (dialog), "duplicate-warning.png");
  g_signal_emit_by_name (find_button (GTK_WIDGET (dialog), NULL, _("_Open")), "clicked");
  BW_TEST_WAIT (find_message_dialog () == NULL);
  BW_TEST_WAIT (bw_case_page_get_case_id (BW_CASE_PAGE (page)) == bw_case_get_id (existing) &&
                !bw_case_page_get_loading (BW_CASE_PAGE (page)));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (bw_test_child (page, BW_TYPE_CASE_PAGE, "name_row"))), ==,
                   bw_case_get_name (existing));
  g_assert_false (bw_case_page_get_dirty (BW_CASE_PAGE (page)));
  g_assert_cmpuint (bw_case_store_count_cases (f->store), ==, before);

  /* Create anyway: it is created. */
  type_new_case (f, upper_name, dob, "Ergens anders 1");
  BW_TEST_WAIT ((dialog = find_message_dialog ()) != NULL);
  g_signal_emit_by_name (find_button (GTK_WIDGET (dialog), NULL, _("C_reate Anyway")), "clicked");
  BW_TEST_WAIT (bw_case_page_get_case_id (BW_CASE_PAGE (page)) > 0 && !bw_case_page_get_saving (BW_CASE_PAGE (page)));
  g_assert_cmpint (bw_case_page_get_case_id (BW_CASE_PAGE (page)), !=, bw_case_get_id (existing));
  g_assert_cmpuint (bw_case_store_count_cases (f->store), ==, before + 1);

  /* Someone not alike: created without a question. */
  type_new_case (f, "Xandra Qualm", "2-2-1962", "Nergensweg 99");
  BW_TEST_WAIT (bw_case_store_count_cases (f->store) == before + 2);
  g_assert_null (find_message_dialog ());
}

/* The first widget named @name under @root, or NULL. */
static GtkWidget *
find_named (GtkWidget  *root,
            const char *name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child;
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

/* Whether the case's first note keeps @original as its first text. */
static gboolean
first_note_kept (Fixture    *f,
                 gint64      case_id,
                 const char *original)
{
  g_autoptr(GListModel) journal = bw_case_store_list_journal (f->store, case_id);
  g_autoptr(BwJournalEntry) entry = g_list_model_get_item (journal, 0);

  return g_strcmp0 (bw_record_get_text (BW_RECORD (entry), "original_text"), original) == 0;
}

static void
test_correct_note (Fixture       *f,
                   gconstpointer  data)
{
  GListModel *cases = bw_window_get_case_list (f->window);
  GtkWidget *page = bw_test_child (f->window, BW_TYPE_WINDOW, "case_page");
  GtkWidget *journal_list = bw_test_child (page, BW_TYPE_CASE_PAGE, "journal_list");
  guint position = open_position (f, 1);
  g_autoptr(BwCase) a = g_list_model_get_item (cases, position);
  g_autoptr(GListModel) journal = NULL;
  g_autoptr(BwJournalEntry) first = NULL;
  g_autofree char *original = NULL;
  AdwMessageDialog *dialog;
  GtkTextView *view;
  GtkWidget *earlier;
  guint notes;

  open_case (f, position);
  journal = bw_case_store_list_journal (f->store, bw_case_get_id (a));
  notes = g_list_model_get_n_items (journal);
  g_assert_cmpuint (notes, >, 0);
  first = g_list_model_get_item (journal, 0);
  original = g_strdup (bw_journal_entry_get_text (first));
  g_clear_object (&journal);

  /* The first row's "Correct" button, the text changed, "Correct". */
  BW_TEST_WAIT (find_named (journal_list, "correct-note") != NULL);
  g_signal_emit_by_name (find_named (journal_list, "correct-note"), "clicked");
  BW_TEST_WAIT ((dialog = find_message_dialog ()) != NULL);
  {
    g_autoptr(GPtrArray) views = g_ptr_array_new ();

    bw_test_collect (GTK_WIDGET (dialog), GTK_TYPE_TEXT_VIEW, views);
    g_assert_cmpuint (views->len, ==, 1);
    view = views->pdata[0];
  }
  {
    g_autofree char *typed = buffer_text (gtk_text_view_get_buffer (view));

    g_assert_cmpstr (typed, ==, original);
  }
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), "Verbeterd: gesprek met de dochter, niet met de buurvrouw", -1);
  g_signal_emit_by_name (find_button (GTK_WIDGET (dialog), NULL, _("_Correct")), "clicked");
  BW_TEST_WAIT (find_message_dialog () == NULL);

  /* Stored with the original kept, still one note. */
  BW_TEST_WAIT (first_note_kept (f, bw_case_get_id (a), original));
  journal = bw_case_store_list_journal (f->store, bw_case_get_id (a));
  g_assert_cmpuint (g_list_model_get_n_items (journal), ==, notes);
  g_clear_object (&first);
  first = g_list_model_get_item (journal, 0);
  g_assert_cmpstr (bw_journal_entry_get_text (first), ==, "Verbeterd: gesprek met de dochter, niet met de buurvrouw");

  /* The row says it was corrected, and shows the earlier text. */
  BW_TEST_WAIT ((earlier = find_named (journal_list, "earlier-text")) != NULL && gtk_widget_get_mapped (earlier));
  gtk_widget_grab_focus (earlier);
  bw_test_wait_frames (page, 3);
  bw_test_save_screenshot (journal_list, "corrected-note.png");
  /* Found again: the list may have made its rows anew meanwhile (the
   * page reloads its groups when the case changes). */
  BW_TEST_WAIT ((earlier = find_named (journal_list, "earlier-text")) != NULL && gtk_widget_get_mapped (earlier));
  g_signal_emit_by_name (earlier, "clicked");
  BW_TEST_WAIT ((dialog = find_message_dialog ()) != NULL);
  {
    GtkWidget *view = find_named (GTK_WIDGET (dialog), "note-text");
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
    GtkTextIter start, end;
    g_autofree char *shown = NULL;

    gtk_text_buffer_get_bounds (buffer, &start, &end);
    shown = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    g_assert_cmpstr (shown, ==, original);
  }
  bw_test_save_screenshot (GTK_WIDGET (dialog), "earlier-text.png");
  g_signal_emit_by_name (find_button (GTK_WIDGET (dialog), NULL, _("_Close")), "clicked");
  BW_TEST_WAIT (find_message_dialog () == NULL);
}

/* Whether the case page's menu offers @action. */
static gboolean
menu_has_action (GtkWidget  *page,
                 const char *action)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  GMenuModel *menu = NULL;

  bw_test_collect (page, GTK_TYPE_MENU_BUTTON, buttons);
  for (guint i = 0; i < buttons->len && menu == NULL; i++)
    menu = gtk_menu_button_get_menu_model (buttons->pdata[i]);
  g_assert_nonnull (menu);
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);

      for (int j = 0; section != NULL && j < g_menu_model_get_n_items (section); j++)
        {
          g_autofree char *name = NULL;

          if (g_menu_model_get_item_attribute (section, j, G_MENU_ATTRIBUTE_ACTION, "s", &name) &&
              g_str_equal (name, action))
            return TRUE;
        }
    }
  return FALSE;
}

static void
test_delete_case (Fixture       *f,
                  gconstpointer  data)
{
  GtkWidget *page = bw_test_child (f->window, BW_TYPE_WINDOW, "case_page");
  GListModel *cases = bw_window_get_case_list (f->window);
  guint before = bw_case_store_count_cases (f->store);
  AdwMessageDialog *dialog;
  GtkWidget *reason;
  gint64 id;

  /* A demo case someone else created: not offered. */
  open_case (f, open_position (f, 0));
  g_assert_true (menu_has_action (page, "case.delete-case"));
  g_assert_false (gtk_widget_activate_action (page, "case.delete-case", NULL) &&
                  find_message_dialog () != NULL);

  /* One typed by mistake. */
  type_new_case (f, "Vergissing Tweemaal", "3-3-1963", "Nergensweg 13");
  BW_TEST_WAIT ((id = bw_case_page_get_case_id (BW_CASE_PAGE (page))) > 0 &&
                !bw_case_page_get_saving (BW_CASE_PAGE (page)));
  bw_test_wait_for_list (f->window);
  g_assert_cmpuint (g_list_model_get_n_items (cases), ==, before + 1);

  /* The menu's item, a reason, Delete. */
  g_assert_true (gtk_widget_activate_action (page, "case.delete-case", NULL));
  BW_TEST_WAIT ((dialog = find_message_dialog ()) != NULL);
  {
    g_autoptr(GPtrArray) entries = g_ptr_array_new ();

    bw_test_collect (GTK_WIDGET (dialog), GTK_TYPE_ENTRY, entries);
    g_assert_cmpuint (entries->len, ==, 1);
    reason = entries->pdata[0];
  }
  /* Without a reason Delete cannot be pressed. */
  g_assert_false (gtk_widget_get_sensitive (find_button (GTK_WIDGET (dialog), NULL, _("_Delete"))));
  gtk_editable_set_text (GTK_EDITABLE (reason), "Per ongeluk aangemaakt");
  g_assert_true (gtk_widget_get_sensitive (find_button (GTK_WIDGET (dialog), NULL, _("_Delete"))));
  bw_test_save_screenshot (GTK_WIDGET (dialog), "delete-case.png");
  g_signal_emit_by_name (find_button (GTK_WIDGET (dialog), NULL, _("_Delete")), "clicked");
  BW_TEST_WAIT (bw_case_store_count_cases (f->store) == before);
  BW_TEST_WAIT (bw_case_page_get_case_id (BW_CASE_PAGE (page)) == 0);
  bw_test_wait_for_list (f->window);
  g_assert_cmpuint (g_list_model_get_n_items (cases), ==, before);
  g_assert_null (find_message_dialog ());
}

int
main (int   argc,
      char *argv[])
{
  bw_test_init (&argc, &argv);

  g_test_add ("/wrong-data/future-note", Fixture, NULL, fixture_setup, test_future_note, fixture_teardown);
  g_test_add ("/wrong-data/duplicate-warning", Fixture, NULL, fixture_setup, test_duplicate_warning,
              fixture_teardown);
  g_test_add ("/wrong-data/correct-note", Fixture, NULL, fixture_setup, test_correct_note, fixture_teardown);
  g_test_add ("/wrong-data/delete-case", Fixture, NULL, fixture_setup, test_delete_case, fixture_teardown);
  return bw_test_run ();
}
