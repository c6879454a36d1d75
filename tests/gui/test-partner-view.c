/* SPDX-License-Identifier: EUPL-1.2 */
/* The "Done when" through real widgets on Xvfb and the real
 * buurtwerk-server on 127.0.0.1: a buurtteam window shares a case with VSV
 * in the Share dialog; a VSV window (its own store and engine) shows only
 * the shared parts, reports the opening and adds a note the team sees; the
 * share is withdrawn and the case leaves the VSV window; the coordinator
 * reads the whole access history, also page by page with "Load Older
 * Entries". */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "bw-access-history-window.h"
#include "bw-audit-entry.h"
#include "bw-case-page.h"
#include "bw-case-store-sharing.h"
#include "bw-gui-test-utils.h"
#include "bw-journal-entry.h"
#include "bw-partner-page.h"
#include "bw-share-dialog.h"
#include "bw-window.h"
#include "sync-test-utils.h"

#define NAME "Ilse Quintelier"
#define PRIVATE_NOTE "Vertrouwelijk gesprek over schulden"
#define SHAREABLE_NOTE "Gesprek over school, deelbaar"
#define PARTNER_NOTE "VSV: leerplichtgesprek gepland op school"

typedef struct {
  Fixture f;              /* store_a/sync_a: anna (buurtteam); store_b/sync_b: vera (VSV) */
  BwCaseStore *store_c;   /* cor, coordinator of anna's team */
  BwSyncEngine *sync_c;
} PartnerFixture;

static void
partner_setup (PartnerFixture *p,
               gconstpointer   data)
{
  Fixture *f = &p->f;
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("bw-partner-view-XXXXXX", &error);
  g_assert_no_error (error);
  f->server_db = g_build_filename (f->dir, "server.db", NULL);
  add_user (f, "anna", "hoensbroek");
  add_user_with_role (f, "vera", "partner", NULL, "vsv");
  add_user_with_role (f, "cor", "coordinator", "hoensbroek", NULL);
  start_server (f);

  f->store_a = open_store (f, "a.db", "Anna");
  f->store_b = open_store (f, "vsv.db", "Vera");
  p->store_c = open_store (f, "cor.db", "Cor");
  f->sync_a = bw_sync_engine_new (f->store_a, &error);
  g_assert_no_error (error);
  f->sync_b = bw_sync_engine_new (f->store_b, &error);
  g_assert_no_error (error);
  p->sync_c = bw_sync_engine_new (p->store_c, &error);
  g_assert_no_error (error);
  login (f, f->sync_a, "anna");
  login (f, f->sync_b, "vera");
  login (f, p->sync_c, "cor");
}

static void
partner_teardown (PartnerFixture *p,
                  gconstpointer   data)
{
  g_clear_object (&p->sync_c);
  g_clear_object (&p->store_c);
  fixture_teardown (&p->f, data);
}

static guint
count_children (GtkWidget *widget)
{
  guint n = 0;

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    n++;
  return n;
}

/* Is @text in a label or row anywhere under @widget (visible or not)? */
static gboolean
shows_text (GtkWidget  *widget,
            const char *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_is_visible (widget) &&
      strstr (gtk_label_get_text (GTK_LABEL (widget)), text))
    return TRUE;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    if (shows_text (c, text))
      return TRUE;
  return FALSE;
}

/* Scrolls an AdwPreferencesPage to its end (no API for it in 1.2). */
static void
scroll_to_end (GtkWidget *prefs)
{
  for (GtkWidget *child = gtk_widget_get_first_child (prefs); child; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_SCROLLED_WINDOW (child))
      {
        GtkAdjustment *adj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (child));
        gtk_adjustment_set_value (adj, gtk_adjustment_get_upper (adj));
      }
  bw_test_wait_frames (prefs, 2);
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

static void
share_in_dialog (BwWindow *window)
{
  GtkWidget *page = bw_test_child (window, BW_TYPE_WINDOW, "case_page");
  BwShareDialog *dialog;
  g_autoptr(GPtrArray) checks = g_ptr_array_new ();

  g_assert_true (gtk_widget_activate_action (page, "case.share", NULL));
  BW_TEST_WAIT ((dialog = bw_test_find_toplevel (BW_TYPE_SHARE_DIALOG)) != NULL &&
                gtk_widget_get_mapped (GTK_WIDGET (dialog)));
  gtk_editable_set_text (GTK_EDITABLE (bw_test_child (dialog, BW_TYPE_SHARE_DIALOG, "given_to_row")),
                         "Anna (buurtteam)");
  gtk_editable_set_text (GTK_EDITABLE (bw_test_child (dialog, BW_TYPE_SHARE_DIALOG, "end_date_row")),
                         "31-12-2099");
  gtk_editable_set_text (GTK_EDITABLE (bw_test_child (dialog, BW_TYPE_SHARE_DIALOG, "contact_row")),
                         "Anna de Vries, 045 555 0101");
  bw_test_collect (bw_test_child (dialog, BW_TYPE_SHARE_DIALOG, "parts_group"), GTK_TYPE_CHECK_BUTTON, checks);
  g_assert_cmpuint (checks->len, ==, BW_SHARE_PART_N);
  gtk_check_button_set_active (g_ptr_array_index (checks, BW_SHARE_PART_PERSON), TRUE);
  gtk_check_button_set_active (g_ptr_array_index (checks, BW_SHARE_PART_TRACK), TRUE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "share.save", NULL));
  BW_TEST_WAIT (bw_test_find_toplevel (BW_TYPE_SHARE_DIALOG) == NULL);
}

static gboolean
has_action (GListModel *entries,
            const char *action,
            const char *role)
{
  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(BwAuditEntry) entry = g_list_model_get_item (entries, i);

      if (g_str_equal (bw_audit_entry_get_action (entry), action) &&
          g_strcmp0 (bw_audit_entry_get_role (entry), role) == 0)
        return TRUE;
    }
  return FALSE;
}

static void
exported_cb (BwAccessHistoryWindow *window,
             gboolean               ok,
             int                   *result)
{
  *result = ok ? 1 : 0;
}

static void
open_first_case (BwWindow *window)
{
  GtkListView *view = GTK_LIST_VIEW (bw_test_child (window, BW_TYPE_WINDOW, "case_list_view"));
  GtkWidget *page = bw_test_child (window, BW_TYPE_WINDOW, "case_page");
  g_autoptr(BwCase) first = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (bw_window_get_case_list (window)), >=, 1);
  first = g_list_model_get_item (bw_window_get_case_list (window), 0);
  g_signal_emit_by_name (view, "activate", 0);
  BW_TEST_WAIT (bw_case_page_get_case_id (BW_CASE_PAGE (page)) == bw_case_get_id (first) &&
                !bw_case_page_get_loading (BW_CASE_PAGE (page)) &&
                !bw_case_page_get_loading (BW_CASE_PAGE (page)));
}

/* The coordinator opens Access History… on the case and exports it. */
static void
check_access_history (PartnerFixture *p,
                      const char     *uuid)
{
  Fixture *f = &p->f;
  BwWindow *coordinator = new_window (p->store_c, p->sync_c);
  GtkWidget *case_page = bw_test_child (coordinator, BW_TYPE_WINDOW, "case_page");
  BwAccessHistoryWindow *history;
  GListModel *entries;
  g_autofree char *path = g_build_filename (f->dir, "history.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *csv = NULL;
  int exported = -1;

  sync_ok (p->sync_c);
  bw_test_wait_for_list (coordinator);
  open_first_case (coordinator);
  g_assert_cmpint (local_id (p->store_c, uuid), ==, bw_case_page_get_case_id (BW_CASE_PAGE (case_page)));
  g_assert_true (gtk_widget_activate_action (case_page, "case.access-history", NULL));
  BW_TEST_WAIT ((history = bw_test_find_toplevel (BW_TYPE_ACCESS_HISTORY_WINDOW)) != NULL);
  BW_TEST_WAIT (!bw_access_history_window_get_loading (history));
  entries = bw_access_history_window_get_entries (history);
  g_assert_nonnull (entries);
  g_assert_true (has_action (entries, "share", "buurtteam"));
  g_assert_true (has_action (entries, "deliver", "partner"));
  g_assert_true (has_action (entries, "open", "partner"));
  g_assert_true (has_action (entries, "withdraw", "buurtteam"));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (bw_test_child (history, BW_TYPE_ACCESS_HISTORY_WINDOW, "stack"))),
                   ==, "list");
  bw_test_wait_frames (GTK_WIDGET (history), 2);
  bw_test_save_screenshot (GTK_WIDGET (history), "access-history.png");

  /* Export as CSV…, past the file chooser: the same writing code. */
  g_signal_connect (history, "exported", G_CALLBACK (exported_cb), &exported);
  bw_access_history_window_export_to (history, file);
  BW_TEST_WAIT (exported >= 0);
  g_assert_cmpint (exported, ==, 1);
  g_assert_true (g_file_get_contents (path, &csv, NULL, NULL));
  /* The one CSV writer (bw-csv-writer.h): a byte order mark first, then
   * what the window shows, in Dutch, split on ";" as Dutch spreadsheets
   * expect. */
  g_assert_true (g_str_has_prefix (csv, "\xEF\xBB\xBF" "Wanneer;Wie;Rol;Actie;"));
  for (const char * const *row = (const char * const[]) { ";Buurtteam;Gedeeld;", ";Partner;Verstuurd naar partner;",
                                                          ";Partner;Geopend door partner;",
                                                          ";Buurtteam;Deling ingetrokken;", NULL }; *row; row++)
    g_assert_nonnull (strstr (csv, *row));
  /* Written for the user alone: it names people. */
  {
    GStatBuf st;

    g_assert_cmpint (g_stat (path, &st), ==, 0);
    g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  }

  /* In pages of two: the newest page at once, "Load Older Entries"
   * appends the next, older one, until the oldest is in. */
  {
    GtkWidget *older_bar = bw_test_child (history, BW_TYPE_ACCESS_HISTORY_WINDOW, "older_bar");
    GtkWidget *older_button = bw_test_child (history, BW_TYPE_ACCESS_HISTORY_WINDOW, "older_button");
    guint total = g_list_model_get_n_items (entries);
    g_autofree char *paged_path = g_build_filename (f->dir, "history-paged.csv", NULL);
    g_autoptr(GFile) paged_file = g_file_new_for_path (paged_path);
    g_autofree char *paged_csv = NULL;
    guint clicks = 0;

    /* One page of 100 held it all: no button. */
    g_assert_false (gtk_widget_get_visible (older_bar));
    g_assert_cmpuint (total, >, 4);
    bw_access_history_window_set_page_size (history, 2);
    BW_TEST_WAIT (!bw_access_history_window_get_loading (history));
    entries = bw_access_history_window_get_entries (history);
    g_assert_nonnull (entries);
    g_assert_cmpuint (g_list_model_get_n_items (entries), ==, 2);
    g_assert_true (gtk_widget_get_visible (older_bar));
    g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (older_button)), ==, _("_Load Older Entries"));
    bw_test_wait_frames (GTK_WIDGET (history), 2);
    bw_test_save_screenshot (GTK_WIDGET (history), "access-history-first-page.png");

    /* The export holds all of it, also what is not on screen yet. */
    exported = -1;
    bw_access_history_window_export_to (history, paged_file);
    BW_TEST_WAIT (exported >= 0);
    g_assert_cmpint (exported, ==, 1);
    g_assert_true (g_file_get_contents (paged_path, &paged_csv, NULL, NULL));
    g_assert_cmpstr (paged_csv, ==, csv);
    g_assert_cmpuint (g_list_model_get_n_items (entries), ==, 2);

    /* The real button, clicked until it goes (bounded: one click a page). */
    while (gtk_widget_get_visible (older_bar) && clicks <= total)
      {
        guint before = g_list_model_get_n_items (entries);

        g_assert_true (gtk_widget_is_sensitive (older_button));
        g_signal_emit_by_name (older_button, "clicked");
        clicks++;
        BW_TEST_WAIT (!bw_access_history_window_get_loading (history) &&
                      g_list_model_get_n_items (entries) != before);
        g_assert_cmpuint (g_list_model_get_n_items (entries), ==, MIN (before + 2, total));
      }
    g_assert_false (gtk_widget_get_visible (older_bar));
    g_assert_cmpuint (clicks, ==, (total + 1) / 2 - 1);
    g_assert_cmpuint (g_list_model_get_n_items (entries), ==, total);
    /* Appended in order: newest first throughout. */
    for (guint i = 1; i < total; i++)
      {
        g_autoptr(BwAuditEntry) newer = g_list_model_get_item (entries, i - 1);
        g_autoptr(BwAuditEntry) older = g_list_model_get_item (entries, i);

        g_assert_cmpstr (bw_audit_entry_get_at (newer), >=, bw_audit_entry_get_at (older));
      }
    g_assert_true (has_action (entries, "share", "buurtteam"));
    g_assert_true (has_action (entries, "withdraw", "buurtteam"));
  }

  gtk_window_destroy (GTK_WINDOW (history));
  bw_test_destroy_window (GTK_WINDOW (coordinator));
}

static void
test_done_when (PartnerFixture *p,
                gconstpointer   data)
{
  Fixture *f = &p->f;
  g_autoptr(GError) error = NULL;
  g_autoptr(BwCase) c = new_case (f->store_a, NAME);
  const char *uuid = bw_case_get_uuid (c);
  BwWindow *team, *vsv;
  GtkWidget *partner_page, *case_page;
  GListModel *shared;

  /* Private parts the partner must never see. */
  bw_case_set_has_debts (c, TRUE);
  bw_case_set_debt_amount (c, 1234500);
  g_assert_true (bw_case_store_update_case (f->store_a, c, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (bw_case_store_add_journal (f->store_a, bw_case_get_id (c), NULL, PRIVATE_NOTE, &error), >, 0);
  sync_ok (f->sync_a);

  /* The buurtteam shares person and track with VSV in the dialog. */
  team = new_window (f->store_a, f->sync_a);
  g_assert_false (bw_window_is_partner_view (team));
  /* A team member's window opens on My work; the cases are one page on. */
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (bw_test_child (team, BW_TYPE_WINDOW, "main_stack")),
                                         "cases");
  case_page = bw_test_child (team, BW_TYPE_WINDOW, "case_page");
  {
    GtkListView *view = GTK_LIST_VIEW (bw_test_child (team, BW_TYPE_WINDOW, "case_list_view"));

    g_assert_cmpuint (g_list_model_get_n_items (bw_window_get_case_list (team)), ==, 1);
    g_signal_emit_by_name (view, "activate", 0);
    BW_TEST_WAIT (bw_case_page_get_case_id (BW_CASE_PAGE (case_page)) == bw_case_get_id (c) &&
                  !bw_case_page_get_loading (BW_CASE_PAGE (case_page)) &&
                !bw_case_page_get_loading (BW_CASE_PAGE (case_page)));
  }
  /* A note written as shareable, and an existing entry marked so in its
   * row; neither reaches VSV, whose share does not hold the journal. */
  {
    GtkTextBuffer *buffer =
      gtk_text_view_get_buffer (GTK_TEXT_VIEW (bw_test_child (case_page, BW_TYPE_CASE_PAGE, "note_view")));
    GtkWidget *check = bw_test_child (case_page, BW_TYPE_CASE_PAGE, "note_shareable_check");
    g_autoptr(GListModel) journal = NULL;
    g_autoptr(GPtrArray) checks = g_ptr_array_new ();

    gtk_text_buffer_set_text (buffer, SHAREABLE_NOTE, -1);
    gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
    g_assert_true (gtk_widget_activate_action (case_page, "case.add-note", NULL));
    BW_TEST_WAIT (!gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
    /* The journal list shows the new note once it is written. */
    BW_TEST_WAIT ((g_ptr_array_set_size (checks, 0),
                   bw_test_collect (bw_test_child (case_page, BW_TYPE_CASE_PAGE, "journal_list"),
                                    GTK_TYPE_CHECK_BUTTON, checks),
                   checks->len == 2));
    g_assert_cmpint (count_rows (f->store_a, "SELECT count(*) FROM journal WHERE shareable = 1"), ==, 1);
    /* The list is rebuilt after the change: one toggle, then look again. */
    for (guint i = 0; i < checks->len; i++)
      if (!gtk_check_button_get_active (g_ptr_array_index (checks, i)))
        {
          gtk_check_button_set_active (g_ptr_array_index (checks, i), TRUE);
          break;
        }
    BW_TEST_WAIT (count_rows (f->store_a, "SELECT count(*) FROM journal WHERE shareable = 1") == 2);
    journal = bw_case_store_list_journal (f->store_a, bw_case_get_id (c));
    for (guint i = 0; i < g_list_model_get_n_items (journal); i++)
      {
        g_autoptr(BwJournalEntry) entry = g_list_model_get_item (journal, i);
        g_assert_true (bw_journal_entry_get_shareable (entry));
      }
  }
  share_in_dialog (team);
  sync_ok (f->sync_a);

  /* VSV: only the shared case, only its shared parts. */
  vsv = new_window (f->store_b, f->sync_b);
  sync_ok (f->sync_b);
  BW_TEST_WAIT (bw_window_is_partner_view (vsv));
  partner_page = bw_test_child (vsv, BW_TYPE_WINDOW, "partner_page");
  shared = bw_partner_page_get_cases (BW_PARTNER_PAGE (partner_page));
  BW_TEST_WAIT (g_list_model_get_n_items (shared) == 1);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (bw_test_child (partner_page, BW_TYPE_PARTNER_PAGE, "list_stack"))),
                   ==, "list");
  bw_test_wait_frames (GTK_WIDGET (vsv), 2);
  bw_test_save_screenshot (GTK_WIDGET (vsv), "partner-view-list.png");

  g_signal_emit_by_name (bw_test_child (partner_page, BW_TYPE_PARTNER_PAGE, "list_view"), "activate", 0);
  BW_TEST_WAIT (g_strcmp0 (bw_partner_page_get_case_uuid (BW_PARTNER_PAGE (partner_page)), uuid) == 0 &&
                count_rows (f->store_b, "SELECT count(*) FROM audit_outbox") == 1);
  g_assert_cmpstr (bw_partner_page_get_case_uuid (BW_PARTNER_PAGE (partner_page)), ==, uuid);
  g_assert_cmpint (count_rows (f->store_b, "SELECT count(*) FROM audit_outbox"), ==, 1);
  g_assert_true (gtk_widget_get_visible (bw_test_child (partner_page, BW_TYPE_PARTNER_PAGE, "person_group")));
  g_assert_true (gtk_widget_get_visible (bw_test_child (partner_page, BW_TYPE_PARTNER_PAGE, "track_group")));
  g_assert_false (gtk_widget_get_visible (bw_test_child (partner_page, BW_TYPE_PARTNER_PAGE, "debts_group")));
  g_assert_false (gtk_widget_get_visible (bw_test_child (partner_page, BW_TYPE_PARTNER_PAGE, "journal_group")));
  g_assert_false (gtk_widget_get_visible (bw_test_child (partner_page, BW_TYPE_PARTNER_PAGE, "scores_group")));
  g_assert_false (gtk_widget_get_visible (bw_test_child (partner_page, BW_TYPE_PARTNER_PAGE, "actions_group")));
  g_assert_cmpuint (count_children (bw_test_child (partner_page, BW_TYPE_PARTNER_PAGE, "debts_list")), ==, 0);
  g_assert_cmpuint (count_children (bw_test_child (partner_page, BW_TYPE_PARTNER_PAGE, "journal_list")), ==, 0);
  g_assert_true (shows_text (partner_page, NAME));
  g_assert_true (shows_text (partner_page, "Anna de Vries, 045 555 0101"));
  g_assert_false (shows_text (partner_page, PRIVATE_NOTE));
  g_assert_false (shows_text (partner_page, SHAREABLE_NOTE));
  g_assert_false (shows_text (partner_page, "12345"));

  /* The partner's note: typed text counts as unsaved until it is added. */
  {
    GtkTextBuffer *buffer =
      gtk_text_view_get_buffer (GTK_TEXT_VIEW (bw_test_child (partner_page, BW_TYPE_PARTNER_PAGE, "note_view")));

    gtk_text_buffer_set_text (buffer, PARTNER_NOTE, -1);
    g_assert_true (bw_partner_page_get_dirty (BW_PARTNER_PAGE (partner_page)));
    g_assert_true (gtk_widget_activate_action (partner_page, "partner.add-note", NULL));
    BW_TEST_WAIT (!bw_partner_page_get_dirty (BW_PARTNER_PAGE (partner_page)));
    g_assert_false (bw_partner_page_get_dirty (BW_PARTNER_PAGE (partner_page)));
    g_assert_cmpint (gtk_text_buffer_get_char_count (buffer), ==, 0);
    /* Shown once it is written. */
    BW_TEST_WAIT (shows_text (partner_page, PARTNER_NOTE));
  }
  bw_test_save_screenshot (GTK_WIDGET (vsv), "partner-view-case.png");
  scroll_to_end (bw_test_child (partner_page, BW_TYPE_PARTNER_PAGE, "detail_page"));
  bw_test_save_screenshot (GTK_WIDGET (vsv), "partner-view-notes.png");
  sync_ok (f->sync_b);
  g_assert_cmpint (count_rows (f->store_b, "SELECT count(*) FROM audit_outbox"), ==, 0);

  /* The team sees the note. */
  sync_ok (f->sync_a);
  BW_TEST_WAIT (shows_text (case_page, PARTNER_NOTE));
  {
    g_autoptr(GListModel) notes = bw_case_store_list_partner_notes (f->store_a, uuid);

    g_assert_cmpuint (g_list_model_get_n_items (notes), ==, 1);
  }
  /* ... on the case page, read-only. */
  g_assert_true (gtk_widget_get_visible (bw_test_child (case_page, BW_TYPE_CASE_PAGE, "partner_notes_group")));
  g_assert_true (shows_text (case_page, PARTNER_NOTE));
  scroll_to_end (bw_test_child (case_page, BW_TYPE_CASE_PAGE, "prefs_page"));
  bw_test_save_screenshot (GTK_WIDGET (team), "case-page-partner-notes.png");

  /* Withdrawn: after the partner's sync the case is gone from its window,
   * with a message that says so. */
  {
    g_autoptr(GListModel) shares = bw_case_store_list_shares (f->store_a, bw_case_get_id (c));
    g_autoptr(BwShare) share = g_list_model_get_item (shares, 0);

    g_assert_true (bw_case_store_withdraw_share (f->store_a, bw_share_get_id (share), NULL, &error));
    g_assert_no_error (error);
  }
  sync_ok (f->sync_a);
  sync_ok (f->sync_b);
  BW_TEST_WAIT (g_list_model_get_n_items (shared) == 0 &&
                bw_partner_page_get_case_uuid (BW_PARTNER_PAGE (partner_page)) == NULL);
  g_assert_null (bw_partner_page_get_case_uuid (BW_PARTNER_PAGE (partner_page)));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (bw_test_child (partner_page, BW_TYPE_PARTNER_PAGE, "list_stack"))),
                   ==, "empty");
  g_assert_cmpstr (adw_status_page_get_description (ADW_STATUS_PAGE (bw_test_child (partner_page, BW_TYPE_PARTNER_PAGE, "none_page"))),
                   ==, _("This case is no longer shared with your organisation."));
  g_assert_false (shows_text (GTK_WIDGET (vsv), NAME));
  bw_test_save_screenshot (GTK_WIDGET (vsv), "partner-view-withdrawn.png");

  /* A buurtteam member has no Access History…. */
  gtk_widget_activate_action (case_page, "case.access-history", NULL);
  bw_test_wait_idle ();
  g_assert_null (bw_test_find_toplevel (BW_TYPE_ACCESS_HISTORY_WINDOW));

  gtk_window_destroy (GTK_WINDOW (vsv));
  bw_test_destroy_window (GTK_WINDOW (team));

  check_access_history (p, uuid);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  server_exe = g_getenv ("BUURTWERK_SERVER");
  g_test_init (&argc, &argv, NULL);
  if (g_getenv ("BUURTWERK_LOCALEDIR"))
    bindtextdomain (GETTEXT_PACKAGE, g_getenv ("BUURTWERK_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  gtk_init ();
  adw_init ();
  g_assert_nonnull (server_exe);
  {
    g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

    gtk_icon_theme_add_resource_path (gtk_icon_theme_get_for_display (gdk_display_get_default ()),
                                      "/nl/heerlen/Buurtwerk/icons");
    gtk_css_provider_load_from_resource (css, "/nl/heerlen/Buurtwerk/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }

  g_test_add ("/partner-view/done-when", PartnerFixture, NULL, partner_setup, test_done_when, partner_teardown);
  return g_test_run ();
}
