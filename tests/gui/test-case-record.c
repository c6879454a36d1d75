/* SPDX-License-Identifier: EUPL-1.2 */
/* The printable case record, with real widgets on Xvfb and the real
 * buurtwerk-server on 127.0.0.1: Cora, the coordinator, answers a
 * resident's request for access from the case's menu, "Dossier
 * afdrukken…", and saves it as a PDF through the file dialog; the PDF's
 * text (pdftotext) holds everything the desktop has on the resident, the
 * organisation it was shared with and the server's access history. Anna
 * prints a handover with the parts she chose: nothing else is in it. */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "bw-case-page.h"
#include "bw-case-print-dialog.h"
#include "bw-case-store-household.h"
#include "bw-case-store-sharing.h"
#include "bw-date.h"
#include "bw-gui-test-utils.h"
#include "bw-share.h"
#include "bw-window.h"
#include "sync-test-utils.h"

#define ANNA "Anna de Vries"
#define CORA "Cora Smeets"
#define RESIDENT "Sjaak van der Heijden"
#define SHAREABLE "Huisbezoek: Sjaak wil graag aan het werk in de zorg."
#define PRIVATE "Zorgen over de schulden bij de woningcorporatie, nog niet besproken."

static void
setup (Fixture       *f,
       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("bw-gui-record-XXXXXX", &error);
  g_assert_no_error (error);
  f->server_db = g_build_filename (f->dir, "server.db", NULL);
  add_named_user (f, "anna", ANNA, "buurtteam", "hoensbroek", NULL);
  add_named_user (f, "cora", CORA, "coordinator", "hoensbroek", NULL);
  start_server (f);
  f->store_a = open_store (f, "anna.db", "anna");
  f->sync_a = bw_sync_engine_new (f->store_a, &error);
  g_assert_no_error (error);
  login (f, f->sync_a, "anna");
  sync_ok (f->sync_a);
}

/* Anna's case: two notes (one shareable), debts, and a share with VSV;
 * synced. */
static BwCase *
add_resident (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *today = bw_date_today ();
  g_autofree char *end = bw_date_add_months (today, 6);
  BwCase *c = new_case (f->store_a, RESIDENT);
  g_autoptr(BwShare) share = bw_share_new ();
  gint64 note;

  bw_case_set_has_debts (c, TRUE);
  bw_case_set_debt_amount (c, 425000);
  g_assert_true (bw_case_store_update_case (f->store_a, c, NULL, &error));
  g_assert_no_error (error);
  note = bw_case_store_add_journal (f->store_a, bw_case_get_id (c), today, SHAREABLE, &error);
  g_assert_cmpint (note, >, 0);
  g_assert_true (bw_case_store_set_journal_shareable (f->store_a, note, TRUE, &error));
  g_assert_cmpint (bw_case_store_add_journal (f->store_a, bw_case_get_id (c), today, PRIVATE, &error), >, 0);
  g_assert_no_error (error);
  /* The household, a debt and a measurement: the record prints every
   * kind of record the case has, from the field tables. */
  g_assert_cmpint (bw_case_store_add_household_member (f->store_a, bw_case_get_id (c), "Zwanetta Brouwers",
                                                       "12-03-2011", BW_RELATION_CHILD, NULL, NULL, &error), >, 0);
  g_assert_cmpint (bw_case_store_add_debt (f->store_a, bw_case_get_id (c), BW_CREDITOR_CJIB, NULL, 31075,
                                           BW_DEBT_STATUS_OPEN, 2500, today, NULL, &error), >, 0);
  {
    int scores[BW_DOMAIN_N] = { 0 };

    scores[BW_DOMAIN_FINANCES] = 2;
    g_assert_cmpint (bw_case_store_add_assessment (f->store_a, bw_case_get_id (c), today, scores, &error), >, 0);
  }
  g_assert_no_error (error);
  bw_share_set_organisation (share, "vsv");
  bw_share_set_part (share, BW_SHARE_PART_PERSON, TRUE);
  bw_share_set_part (share, BW_SHARE_PART_JOURNAL, TRUE);
  bw_share_set_consent_date (share, today);
  bw_share_set_consent_given_to (share, ANNA);
  bw_share_set_consent_form (share, "written");
  bw_share_set_end_date (share, end);
  bw_share_set_team_contact (share, "Anna, 045 555 0101");
  g_assert_true (bw_case_store_add_share (f->store_a, bw_case_get_id (c), share, &error));
  g_assert_no_error (error);
  sync_ok (f->sync_a);
  return c;
}

static BwWindow *
open_window (BwCaseStore  *store,
             BwSyncEngine *engine)
{
  BwWindow *window = bw_window_new (ADW_APPLICATION (g_application_get_default ()), store);

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  bw_window_set_sync_engine (window, engine);
  gtk_window_present (GTK_WINDOW (window));
  bw_test_wait_for_list (window);
  return window;
}

static BwCasePage *
open_case (BwWindow *window)
{
  BwCasePage *page = BW_CASE_PAGE (bw_test_child (window, BW_TYPE_WINDOW, "case_page"));
  GtkListView *view = GTK_LIST_VIEW (bw_test_child (window, BW_TYPE_WINDOW, "case_list_view"));

  BW_TEST_WAIT (g_list_model_get_n_items (bw_window_get_case_list (window)) == 1);
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (bw_test_child (window, BW_TYPE_WINDOW, "main_stack")),
                                         "cases");
  g_signal_emit_by_name (view, "activate", 0);
  BW_TEST_WAIT (bw_case_page_get_case_id (page) > 0 && gtk_widget_get_mapped (GTK_WIDGET (page)) &&
                !bw_case_page_get_loading (page));
  return page;
}

static void
click (GtkWidget *button)
{
  BW_TEST_WAIT (gtk_widget_get_mapped (button) && gtk_widget_is_sensitive (button));
  gtk_widget_activate (button);
}

static gboolean
chooser_has_file (GtkWidget *chooser,
                  GFile     *file)
{
  g_autoptr(GFile) chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  return chosen != NULL && g_file_equal (chosen, file);
}

/* From the case's menu to a saved PDF at @path, as a user does it: the
 * dialog, the purpose (@access), "Opslaan als PDF…", the file dialog. */
static void
save_pdf (BwCasePage *page,
          gboolean    access,
          const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) folder = g_file_get_parent (file);
  g_autofree char *name = g_file_get_basename (file);
  BwCasePrintDialog *dialog = NULL;
  GtkWidget *chooser = NULL;

  bw_test_click_menu_item (GTK_WIDGET (page), "Dossier _afdrukken…");
  BW_TEST_WAIT ((dialog = bw_test_find_toplevel (BW_TYPE_CASE_PRINT_DIALOG)) != NULL &&
                gtk_widget_get_mapped (GTK_WIDGET (dialog)));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "Dossier afdrukken");
  g_assert_true (gtk_widget_get_visible (bw_test_child (dialog, BW_TYPE_CASE_PRINT_DIALOG, "access_row")) == access);
  if (access)
    click (bw_test_child (dialog, BW_TYPE_CASE_PRINT_DIALOG, "access_check"));
  bw_test_wait_frames (GTK_WIDGET (dialog), 2);
  bw_test_save_screenshot (GTK_WIDGET (dialog), access ? "case-record-access.png" : "case-record-handover.png");
  click (bw_test_child (dialog, BW_TYPE_CASE_PRINT_DIALOG, "pdf_button"));
  BW_TEST_WAIT ((chooser = bw_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG)) != NULL);
  bw_test_wait_frames (chooser, 1);
  g_assert_true (gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, &error));
  g_assert_no_error (error);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  BW_TEST_WAIT (chooser_has_file (chooser, file));
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  /* Saved: the toast names the file, with "Openen". */
  BW_TEST_WAIT (bw_test_find_toast_button (GTK_WIDGET (dialog), name) != NULL);
  bw_test_destroy_window (GTK_WINDOW (dialog));
}

/* The PDF's text, as pdftotext reads it, and its number of pages. */
static char *
pdf_text (const char *path,
          guint      *pages)
{
  const char *text_argv[] = { "pdftotext", "-layout", "-enc", "UTF-8", path, "-", NULL };
  const char *info_argv[] = { "pdfinfo", path, NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *info = NULL;
  char *text = NULL;
  const char *line;
  int status;

  g_assert_true (g_spawn_sync (NULL, (char **) text_argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &text, NULL,
                               &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_true (g_spawn_sync (NULL, (char **) info_argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &info, NULL,
                               &status, &error));
  g_assert_no_error (error);
  line = strstr (info, "Pages:");
  g_assert_nonnull (line);
  *pages = (guint) g_ascii_strtoull (line + strlen ("Pages:"), NULL, 10);
  return text;
}

/* Whether @text holds @words with any white space between them: pdftotext
 * breaks lines where the page did. */
static gboolean
has_words (const char *text,
           const char *words)
{
  g_auto(GStrv) want = g_strsplit (words, " ", -1);
  g_auto(GStrv) have = g_regex_split_simple ("\\s+", text, 0, 0);

  for (guint i = 0; have[i] != NULL; i++)
    {
      guint j = 0;

      while (want[j] != NULL && have[i + j] != NULL && g_str_equal (have[i + j], want[j]))
        j++;
      if (want[j] == NULL)
        return TRUE;
    }
  return FALSE;
}

static void
test_access_request (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BwCase) resident = add_resident (f);
  g_autoptr(BwCaseStore) store = open_store (f, "cora.db", "cora");
  g_autoptr(BwSyncEngine) sync = bw_sync_engine_new (store, &error);
  g_autofree char *path = g_build_filename (f->dir, "inzage.pdf", NULL);
  g_autofree char *text = NULL;
  BwWindow *window;
  GStatBuf st;
  guint pages = 0;

  g_assert_no_error (error);
  login (f, sync, "cora");
  sync_ok (sync);
  window = open_window (store, sync);
  save_pdf (open_case (window), TRUE, path);

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  /* Kept beside the screenshots, to look at. */
  if (g_getenv ("BW_TEST_ARTIFACTS") != NULL)
    {
      g_autofree char *copy = g_build_filename (g_getenv ("BW_TEST_ARTIFACTS"), "case-record-access.pdf", NULL);
      g_autoptr(GFile) from = g_file_new_for_path (path);
      g_autoptr(GFile) to = g_file_new_for_path (copy);

      g_file_copy (from, to, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, NULL);
    }
  text = pdf_text (path, &pages);
  g_assert_cmpuint (pages, >=, 1);
  /* The title and what it is for. */
  g_assert_true (has_words (text, "Alles wat is vastgelegd over " RESIDENT));
  g_assert_true (has_words (text, "(inzage, AVG artikel 15)"));
  /* Everything held: both notes, the debts, the share and to whom. */
  g_assert_true (has_words (text, SHAREABLE));
  g_assert_true (has_words (text, PRIVATE));
  g_assert_true (has_words (text, "€ 4.250,00"));
  g_assert_true (has_words (text, "Huisgenoten"));
  g_assert_true (has_words (text, "Zwanetta Brouwers"));
  g_assert_true (has_words (text, "Schulden per schuldeiser"));
  g_assert_true (has_words (text, "CJIB"));
  g_assert_true (has_words (text, "€ 310,75"));
  g_assert_true (has_words (text, "Financiën 2"));
  g_assert_true (has_words (text, "Gedeeld met (ontvangers)"));
  g_assert_true (has_words (text, "Buurt Vrieheide"));
  g_assert_true (has_words (text, "VSV-bureau"));
  /* The server's access history, with its rows: Anna made the case and
   * shared it. */
  g_assert_true (has_words (text, "Wie dit dossier heeft ingezien of gewijzigd"));
  g_assert_true (has_words (text, ANNA));
  g_assert_true (has_words (text, "Aangemaakt"));
  g_assert_true (has_words (text, "Gedeeld"));
  g_assert_true (has_words (text, "pagina 1 van"));

  /* The export is in the server's audit log after the next sync. */
  BW_TEST_WAIT (count_rows (store, "SELECT count(*) FROM export_outbox WHERE what = 'case_record_pdf'") == 1);
  sync_ok (sync);
  g_assert_cmpint (server_count (f, "SELECT count(*) FROM audit_log WHERE action = 'export'"
                                    " AND record_type = 'case_record_pdf' AND case_uuid = ?1",
                                 bw_case_get_uuid (resident)), ==, 1);
  bw_test_destroy_window (GTK_WINDOW (window));
}

/* A long record runs on over pages, line by line: nothing is cut. */
static void
test_long_record (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BwCase) resident = add_resident (f);
  g_autofree char *today = bw_date_today ();
  g_autofree char *path = g_build_filename (f->dir, "overdracht.pdf", NULL);
  g_autoptr(GString) long_note = g_string_new ("Begin van de lange notitie.");
  g_autofree char *text = NULL;
  BwWindow *window;
  BwCasePage *page;
  guint pages = 0;
  gint64 note;

  /* A long report in one paragraph, the hardest to lay out. */
  for (guint i = 0; i < 300; i++)
    g_string_append_printf (long_note, " Zin %u van het verslag van het keukentafelgesprek.", i);
  g_string_append (long_note, " Einde van de lange notitie.");
  note = bw_case_store_add_journal (f->store_a, bw_case_get_id (resident), today, long_note->str, &error);
  g_assert_cmpint (note, >, 0);
  g_assert_true (bw_case_store_set_journal_shareable (f->store_a, note, TRUE, &error));
  g_assert_no_error (error);
  window = open_window (f->store_a, f->sync_a);
  /* A team member: a handover only; the right of access is the
   * coordinator's, and the dialog says so. */
  page = open_case (window);
  save_pdf (page, FALSE, path);

  /* On the page the row shows the start; "Hele notitie…" all of it. */
  {
    g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
    GtkWidget *whole = NULL, *view = NULL;
    AdwMessageDialog *dialog = NULL;
    GtkTextIter start, end;
    g_autofree char *shown = NULL;

    bw_test_collect (GTK_WIDGET (page), GTK_TYPE_BUTTON, buttons);
    for (guint i = 0; i < buttons->len; i++)
      if (g_strcmp0 (gtk_widget_get_name (buttons->pdata[i]), "whole-note") == 0)
        whole = buttons->pdata[i];
    g_assert_nonnull (whole);
    click (whole);
    BW_TEST_WAIT ((dialog = bw_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)) != NULL &&
                  gtk_widget_get_mapped (GTK_WIDGET (dialog)));
    {
      g_autoptr(GPtrArray) views = g_ptr_array_new ();

      bw_test_collect (GTK_WIDGET (dialog), GTK_TYPE_TEXT_VIEW, views);
      g_assert_cmpuint (views->len, ==, 1);
      view = views->pdata[0];
    }
    gtk_text_buffer_get_bounds (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), &start, &end);
    shown = gtk_text_buffer_get_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), &start, &end, FALSE);
    g_assert_cmpstr (shown, ==, long_note->str);
    bw_test_wait_frames (GTK_WIDGET (dialog), 2);
    bw_test_save_screenshot (GTK_WIDGET (dialog), "whole-note.png");
    bw_test_destroy_window (GTK_WINDOW (dialog));
  }

  text = pdf_text (path, &pages);
  g_assert_cmpuint (pages, >=, 3);
  g_assert_true (has_words (text, "Overdracht van " RESIDENT));
  g_assert_true (has_words (text, "Begin van de lange notitie."));
  g_assert_true (has_words (text, "Zin 150 van het verslag"));
  g_assert_true (has_words (text, "Einde van de lange notitie."));
  g_assert_true (has_words (text, SHAREABLE));
  /* Not shareable: not in a handover. */
  g_assert_false (has_words (text, PRIVATE));
  bw_test_destroy_window (GTK_WINDOW (window));
}

static void
test_handover_parts (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(BwCase) resident = add_resident (f);
  g_autofree char *path = g_build_filename (f->dir, "overdracht.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) folder = g_file_get_parent (file);
  g_autofree char *text = NULL;
  BwWindow *window = open_window (f->store_a, f->sync_a);
  BwCasePage *page = open_case (window);
  BwCasePrintDialog *dialog = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  GtkWidget *chooser = NULL;
  guint pages = 0;

  /* Only the person: no debts, no journal. */
  bw_test_click_menu_item (GTK_WIDGET (page), "Dossier _afdrukken…");
  BW_TEST_WAIT ((dialog = bw_test_find_toplevel (BW_TYPE_CASE_PRINT_DIALOG)) != NULL &&
                gtk_widget_get_mapped (GTK_WIDGET (dialog)));
  g_assert_true (g_str_has_prefix (adw_preferences_group_get_description (
                   ADW_PREFERENCES_GROUP (bw_test_child (dialog, BW_TYPE_CASE_PRINT_DIALOG, "purpose_group"))),
                   "Een inzageverzoek van een bewoner drukt je coördinator af"));
  bw_test_collect (bw_test_child (dialog, BW_TYPE_CASE_PRINT_DIALOG, "parts_group"), ADW_TYPE_ACTION_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (adw_preferences_row_get_title (rows->pdata[i]), bw_share_part_to_label (BW_SHARE_PART_PERSON)))
      {
        g_autoptr(GPtrArray) checks = g_ptr_array_new ();

        bw_test_collect (rows->pdata[i], GTK_TYPE_CHECK_BUTTON, checks);
        g_assert_cmpuint (checks->len, ==, 1);
        g_assert_true (gtk_check_button_get_active (checks->pdata[0]));
        click (checks->pdata[0]);
        g_assert_false (gtk_check_button_get_active (checks->pdata[0]));
      }
  click (bw_test_child (dialog, BW_TYPE_CASE_PRINT_DIALOG, "pdf_button"));
  BW_TEST_WAIT ((chooser = bw_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG)) != NULL);
  bw_test_wait_frames (chooser, 1);
  g_assert_true (gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, &error));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), "overdracht.pdf");
  BW_TEST_WAIT (chooser_has_file (chooser, file));
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  BW_TEST_WAIT (bw_test_find_toast_button (GTK_WIDGET (dialog), "overdracht.pdf") != NULL);

  text = pdf_text (path, &pages);
  g_assert_true (has_words (text, RESIDENT));
  g_assert_false (has_words (text, SHAREABLE));
  g_assert_false (has_words (text, "€ 4.250,00"));
  g_assert_false (has_words (text, "VSV-bureau"));
  bw_test_destroy_window (GTK_WINDOW (dialog));
  bw_test_destroy_window (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  bw_test_init (&argc, &argv);
  server_exe = g_getenv ("BUURTWERK_SERVER");
  g_test_add ("/case-record/access-request", Fixture, NULL, setup, test_access_request, fixture_teardown);
  g_test_add ("/case-record/long-record", Fixture, NULL, setup, test_long_record, fixture_teardown);
  g_test_add ("/case-record/handover-parts", Fixture, NULL, setup, test_handover_parts, fixture_teardown);
  return bw_test_run ();
}
