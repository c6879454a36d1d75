/* SPDX-License-Identifier: EUPL-1.2 */
/* Issue 17's attachments through real widgets on Xvfb and the real
 * buurtwerk-server on 127.0.0.1: in the buurtteam's window a program
 * renamed .pdf is refused with a message, the signed consent form is
 * attached to the share with VSV ("Attach…" on its row, through the file
 * chooser) and opened from a private copy; in the VSV window (its own
 * store and engine) the partner opens it, fetched from the server, which
 * writes an "open" row to the audit log. The viewer is replaced by a
 * launcher that notes the file it was given. */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "bw-attachment-list.h"
#include "bw-attachment-open.h"
#include "bw-case-page.h"
#include "bw-case-store-attachments.h"
#include "bw-case-store-sharing.h"
#include "bw-date.h"
#include "bw-gui-test-utils.h"
#include "bw-partner-page.h"
#include "bw-window.h"
#include "sync-test-utils.h"

#define NAME "Ilse Bijlagemaker"
#define FORM "%PDF-1.4\n% toestemming getekend\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"

/* What the viewer was given. */
static char *launched;

static gboolean
fake_launcher (GtkWidget   *widget,
               const char  *uri,
               GError     **error)
{
  g_free (launched);
  launched = g_filename_from_uri (uri, NULL, error);
  return launched != NULL;
}

static void
setup (Fixture       *f,
       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("bw-attachments-gui-XXXXXX", &error);
  g_assert_no_error (error);
  f->server_db = g_build_filename (f->dir, "server.db", NULL);
  add_user (f, "anna", "hoensbroek");
  add_user_with_role (f, "vera", "partner", NULL, "vsv");
  start_server (f);
  f->store_a = open_store (f, "a.db", "Anna");
  f->store_b = open_store (f, "vsv.db", "Vera");
  f->sync_a = bw_sync_engine_new (f->store_a, &error);
  g_assert_no_error (error);
  f->sync_b = bw_sync_engine_new (f->store_b, &error);
  g_assert_no_error (error);
  login (f, f->sync_a, "anna");
  login (f, f->sync_b, "vera");
  bw_attachment_open_set_launcher (fake_launcher);
}

static void
teardown (Fixture       *f,
          gconstpointer  data)
{
  bw_attachment_open_set_launcher (NULL);
  bw_attachment_copies_clear ();
  g_clear_pointer (&launched, g_free);
  fixture_teardown (f, data);
}

static BwWindow *
new_window (BwCaseStore  *store,
            BwSyncEngine *engine)
{
  BwWindow *window = bw_window_new (NULL, store);

  bw_window_set_sync_engine (window, engine);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  gtk_window_present (GTK_WINDOW (window));
  bw_test_wait_for_list (window);
  bw_test_wait_frames (GTK_WIDGET (window), 2);
  return window;
}

/* The row named @name (a share's or an attachment's uuid) in the list. */
static GtkWidget *
find_row (GtkWidget  *list,
          const char *name)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  bw_test_collect (list, ADW_TYPE_ACTION_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (gtk_widget_get_name (g_ptr_array_index (rows, i)), name) == 0)
      return g_ptr_array_index (rows, i);
  return NULL;
}

/* The button of @row whose action is @action. */
static GtkWidget *
row_button (GtkWidget  *row,
            const char *action)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  bw_test_collect (row, GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_actionable_get_action_name (g_ptr_array_index (buttons, i)), action) == 0)
      return g_ptr_array_index (buttons, i);
  return NULL;
}

static gboolean
toast_shows (GtkWidget  *window,
             const char *text)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  bw_test_collect (window, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      GtkWidget *label = g_ptr_array_index (labels, i);

      if (gtk_widget_get_mapped (label) && strstr (gtk_label_get_text (GTK_LABEL (label)), text) != NULL)
        return TRUE;
    }
  return FALSE;
}

static gboolean
toast_visible (GtkWidget *widget)
{
  if (g_strcmp0 (gtk_widget_get_css_name (widget), "toast") == 0 && gtk_widget_get_mapped (widget))
    return TRUE;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    if (toast_visible (c))
      return TRUE;
  return FALSE;
}

/* The file chooser on screen, or NULL. */
static GtkWidget *
mapped_chooser (void)
{
  GList *toplevels = gtk_window_list_toplevels ();
  GtkWidget *found = NULL;

  for (GList *l = toplevels; l; l = l->next)
    if (GTK_IS_FILE_CHOOSER_DIALOG (l->data) && gtk_widget_get_mapped (l->data))
      found = l->data;
  g_list_free (toplevels);
  return found;
}

static gboolean
chooser_has_file (GtkWidget *chooser,
                  GFile     *file)
{
  g_autoptr(GFile) chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  return chosen != NULL && g_file_equal (chosen, file);
}

/* Chooses @path in the file chooser that @button opens, as a user does. */
static void
choose_file (GtkWidget  *button,
             const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  GtkWidget *chooser = NULL;

  g_signal_emit_by_name (button, "clicked");
  BW_TEST_WAIT ((chooser = mapped_chooser ()) != NULL);
  bw_test_wait_frames (chooser, 1);
  bw_test_wait_idle ();
  g_assert_true (gtk_file_chooser_set_file (GTK_FILE_CHOOSER (chooser), file, &error));
  g_assert_no_error (error);
  BW_TEST_WAIT (chooser_has_file (chooser, file));
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  BW_TEST_WAIT (mapped_chooser () == NULL);
}

static void
test_consent_form (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BwCase) c = new_case (f->store_a, NAME);
  g_autoptr(BwShare) share = bw_share_new ();
  g_autofree char *today = bw_date_today ();
  g_autofree char *form_path = g_build_filename (f->dir, "Toestemming Ilse.pdf", NULL);
  g_autofree char *exe_path = g_build_filename (f->dir, "toestemming.pdf", NULL);
  g_autofree char *attachment_uuid = NULL;
  BwWindow *team, *vsv;
  GtkWidget *case_page, *list, *row, *partner_page;

  g_assert_true (g_file_set_contents (form_path, FORM, -1, &error));
  /* A Linux program under a document's name. */
  g_assert_true (g_file_set_contents (exe_path, "\177ELF\2\1\1\0\0\0\0\0\0\0\0\0%PDF-1.4\n%%EOF\n", 30, &error));
  bw_share_set_organisation (share, "vsv");
  bw_share_set_part (share, BW_SHARE_PART_PERSON, TRUE);
  bw_share_set_consent_date (share, today);
  bw_share_set_consent_given_to (share, "Anna (buurtteam)");
  bw_share_set_consent_form (share, "written");
  bw_share_set_end_date (share, "2099-12-31");
  bw_share_set_team_contact (share, "Anna de Vries, 045 555 0101");
  g_assert_true (bw_case_store_add_share (f->store_a, bw_case_get_id (c), share, &error));
  g_assert_no_error (error);
  sync_ok (f->sync_a);

  team = new_window (f->store_a, f->sync_a);
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (bw_test_child (team, BW_TYPE_WINDOW, "main_stack")),
                                         "cases");
  case_page = bw_test_child (team, BW_TYPE_WINDOW, "case_page");
  g_signal_emit_by_name (bw_test_child (team, BW_TYPE_WINDOW, "case_list_view"), "activate", 0);
  BW_TEST_WAIT (bw_case_page_get_case_id (BW_CASE_PAGE (case_page)) == bw_case_get_id (c) &&
                !bw_case_page_get_loading (BW_CASE_PAGE (case_page)));
  list = bw_test_child (case_page, BW_TYPE_CASE_PAGE, "attachments");
  /* The share's consent form is missing: its row says so. */
  BW_TEST_WAIT ((row = find_row (list, bw_share_get_uuid (share))) != NULL);

  /* The program is refused with a message; nothing is stored. */
  choose_file (row_button (row, "attachments.add-consent"), exe_path);
  BW_TEST_WAIT (toast_shows (GTK_WIDGET (team), _("This file is a program, not a document, whatever its name says: it cannot be attached")));
  g_assert_cmpint (count_rows (f->store_a, "SELECT count(*) FROM attachments"), ==, 0);
  g_assert_nonnull (find_row (list, bw_share_get_uuid (share)));

  /* The signed form. */
  choose_file (row_button (row, "attachments.add-consent"), form_path);
  BW_TEST_WAIT (count_rows (f->store_a, "SELECT count(*) FROM attachments") == 1);
  {
    g_autoptr(GListModel) attachments = bw_case_store_list_attachments (f->store_a, bw_case_get_id (c));
    g_autoptr(BwAttachment) a = g_list_model_get_item (attachments, 0);

    g_assert_cmpstr (bw_attachment_get_share_uuid (a), ==, bw_share_get_uuid (share));
    g_assert_cmpstr (bw_attachment_get_file_name (a), ==, "Toestemming Ilse.pdf");
    attachment_uuid = g_strdup (bw_attachment_get_uuid (a));
  }
  BW_TEST_WAIT ((row = find_row (list, attachment_uuid)) != NULL &&
                find_row (list, bw_share_get_uuid (share)) == NULL);

  /* Opened from a private copy. */
  g_signal_emit_by_name (row_button (row, "attachments.open"), "clicked");
  BW_TEST_WAIT (launched != NULL);
  {
    g_autofree char *contents = NULL;
    g_autofree char *dir = g_path_get_dirname (launched);
    GStatBuf st;

    g_assert_true (g_file_get_contents (launched, &contents, NULL, NULL));
    g_assert_cmpstr (contents, ==, FORM);
    g_assert_cmpint (g_stat (launched, &st), ==, 0);
    g_assert_cmpint (st.st_mode & 0777, ==, 0600);
    g_assert_cmpint (g_stat (dir, &st), ==, 0);
    g_assert_cmpint (st.st_mode & 0777, ==, 0700);
    g_assert_true (g_str_has_prefix (launched, g_get_user_runtime_dir ()));
  }
  g_clear_pointer (&launched, g_free);
  sync_ok (f->sync_a);
  g_assert_cmpint (server_count (f, "SELECT count(*) FROM attachment_content WHERE uuid = ?1 AND complete = 1",
                                 attachment_uuid), ==, 1);

  /* VSV opens the shared case and the form in it. */
  vsv = new_window (f->store_b, f->sync_b);
  sync_ok (f->sync_b);
  BW_TEST_WAIT (bw_window_is_partner_view (vsv));
  partner_page = bw_test_child (vsv, BW_TYPE_WINDOW, "partner_page");
  BW_TEST_WAIT (g_list_model_get_n_items (bw_partner_page_get_cases (BW_PARTNER_PAGE (partner_page))) == 1);
  g_signal_emit_by_name (bw_test_child (partner_page, BW_TYPE_PARTNER_PAGE, "list_view"), "activate", 0);
  BW_TEST_WAIT (g_strcmp0 (bw_partner_page_get_case_uuid (BW_PARTNER_PAGE (partner_page)), bw_case_get_uuid (c)) == 0);
  g_assert_true (gtk_widget_get_visible (bw_test_child (partner_page, BW_TYPE_PARTNER_PAGE, "attachments_group")));
  row = find_row (bw_test_child (partner_page, BW_TYPE_PARTNER_PAGE, "attachments_list"), attachment_uuid);
  g_assert_nonnull (row);
  /* The partner's desktop keeps no copy of the bytes. */
  g_assert_false (desktop_file_contains (f, "vsv.db", "toestemming getekend"));
  bw_test_wait_frames (GTK_WIDGET (vsv), 2);
  bw_test_save_screenshot (GTK_WIDGET (vsv), "attachments-partner.png");
  g_signal_emit_by_name (row_button (row, "partner.open-attachment"), "clicked");
  BW_TEST_WAIT (launched != NULL);
  {
    g_autofree char *contents = NULL;

    g_assert_true (g_file_get_contents (launched, &contents, NULL, NULL));
    g_assert_cmpstr (contents, ==, FORM);
  }
  g_assert_cmpint (server_count (f, "SELECT count(*) FROM audit_log WHERE action = 'open' AND role = 'partner'"
                                    " AND record_type = 'attachment' AND record_uuid = ?1", attachment_uuid), ==, 1);

  gtk_window_destroy (GTK_WINDOW (vsv));

  /* Another file through "Add Attachment…", put in the part "Person and
   * contact details" with its row's drop-down. */
  {
    g_autofree char *png_path = g_build_filename (f->dir, "brief.png", NULL);
    static const char png_base64[] =
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";
    gsize png_size = 0;
    g_autofree guchar *png = g_base64_decode (png_base64, &png_size);
    g_autoptr(GPtrArray) dropdowns = g_ptr_array_new ();
    g_autofree char *png_uuid = NULL;

    g_assert_true (g_file_set_contents (png_path, (const char *) png, png_size, &error));
    choose_file (bw_test_child (list, BW_TYPE_ATTACHMENT_LIST, "add_button"), png_path);
    BW_TEST_WAIT (count_rows (f->store_a, "SELECT count(*) FROM attachments WHERE media_type = 'image/png'") == 1);
    {
      g_autoptr(GListModel) attachments = bw_case_store_list_attachments (f->store_a, bw_case_get_id (c));
      g_autoptr(BwAttachment) a = g_list_model_get_item (attachments, 0);

      g_assert_cmpstr (bw_attachment_get_media_type (a), ==, "image/png");
      png_uuid = g_strdup (bw_attachment_get_uuid (a));
    }
    BW_TEST_WAIT ((row = find_row (list, png_uuid)) != NULL);
    bw_test_collect (row, GTK_TYPE_DROP_DOWN, dropdowns);
    g_assert_cmpuint (dropdowns->len, ==, 1);
    g_assert_cmpuint (gtk_drop_down_get_selected (g_ptr_array_index (dropdowns, 0)), ==, 0);
    gtk_drop_down_set_selected (g_ptr_array_index (dropdowns, 0), 1 + BW_SHARE_PART_PERSON);
    BW_TEST_WAIT (count_rows (f->store_a, "SELECT count(*) FROM attachments WHERE part = 'person'") == 1);
    /* The consent form's row has none: it goes with its share. */
    g_ptr_array_set_size (dropdowns, 0);
    BW_TEST_WAIT ((row = find_row (list, attachment_uuid)) != NULL);
    bw_test_collect (row, GTK_TYPE_DROP_DOWN, dropdowns);
    g_assert_cmpuint (dropdowns->len, ==, 0);
  }

  /* The team's page once its messages have gone, for the record. */
  row = find_row (list, attachment_uuid);
  gtk_widget_grab_focus (row_button (row, "attachments.open"));
  BW_TEST_WAIT_FOR (!toast_visible (GTK_WIDGET (team)), 20000);
  {
    g_autoptr(GPtrArray) scrolled = g_ptr_array_new ();

    bw_test_collect (case_page, GTK_TYPE_SCROLLED_WINDOW, scrolled);
    for (guint i = 0; i < scrolled->len; i++)
      {
        GtkAdjustment *adj = gtk_scrolled_window_get_vadjustment (g_ptr_array_index (scrolled, i));

        if (gtk_widget_is_ancestor (list, g_ptr_array_index (scrolled, i)))
          gtk_adjustment_set_value (adj, gtk_adjustment_get_upper (adj));
      }
  }
  bw_test_wait_frames (GTK_WIDGET (team), 2);
  bw_test_save_screenshot (GTK_WIDGET (team), "attachments-case-page.png");
  bw_test_destroy_window (GTK_WINDOW (team));
}

int
main (int   argc,
      char *argv[])
{
  bw_test_init (&argc, &argv);
  server_exe = g_getenv ("BUURTWERK_SERVER");
  g_test_add ("/attachments/consent-form", Fixture, NULL, setup, test_consent_form, teardown);
  return bw_test_run ();
}
