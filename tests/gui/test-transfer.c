/* SPDX-License-Identifier: EUPL-1.2 */
/* Handing a case over between two workers' desktops, with real widgets on
 * Xvfb and the real buurtwerk-server on 127.0.0.1: Anna offers her case
 * to Bram with "Overdragen…"; on his desktop the case's banner offers it,
 * and accepting makes it his on both desktops after a sync. Declined with
 * a reason, it stays Anna's and her desktop shows why. Screenshots in
 * Dutch go to $BW_TEST_ARTIFACTS. */
#include "config.h"

#include <adwaita.h>

#include "bw-case-action.h"
#include "bw-case-ownership.h"
#include "bw-case-page.h"
#include "bw-gui-test-utils.h"
#include "bw-owner-filter.h"
#include "bw-reassign-dialog.h"
#include "bw-team-page.h"
#include "bw-transfer-dialog.h"
#include "bw-window.h"
#include "sync-test-utils.h"

#define ANNA "Anna de Vries"
#define BRAM "Bram Janssen"
#define CORA "Cora Smeets"
#define RESIDENT "Sjaak van der Heijden"
#define NOTE "Bram kent de familie al van het taalcafé."
#define REASON "Ik zit tot januari vol."

static void
setup (Fixture       *f,
       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("bw-gui-transfer-XXXXXX", &error);
  g_assert_no_error (error);
  f->server_db = g_build_filename (f->dir, "server.db", NULL);
  add_named_user (f, "anna", ANNA, "buurtteam", "hoensbroek", NULL);
  add_named_user (f, "bram", BRAM, "buurtteam", "hoensbroek", NULL);
  add_named_user (f, "cora", CORA, "coordinator", "hoensbroek", NULL);
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

static BwWindow *
open_window (BwCaseStore  *store,
             BwSyncEngine *engine)
{
  BwWindow *window = bw_window_new (NULL, store);

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  bw_window_set_sync_engine (window, engine);
  gtk_window_present (GTK_WINDOW (window));
  bw_test_wait_for_list (window);
  return window;
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

static GtkWidget *
ownership_child (BwCasePage *page,
                 const char *name)
{
  return bw_test_child (bw_test_child (page, BW_TYPE_CASE_PAGE, "ownership"), BW_TYPE_CASE_OWNERSHIP, name);
}

/* Clicks @button as a user does, once it is on screen. */
static void
click (GtkWidget *button)
{
  BW_TEST_WAIT (gtk_widget_get_mapped (button) && gtk_widget_is_sensitive (button));
  gtk_widget_activate (button);
}

static gboolean
banner_says (BwCasePage *page,
             const char *text)
{
  GtkWidget *banner = ownership_child (page, "banner");
  GtkLabel *label = GTK_LABEL (ownership_child (page, "banner_label"));

  return gtk_widget_get_visible (banner) && strstr (gtk_label_get_text (label), text) != NULL;
}

static gboolean
owner_shown (BwCasePage *page,
             const char *name)
{
  AdwActionRow *row = ADW_ACTION_ROW (ownership_child (page, "owner_row"));

  return g_strcmp0 (adw_action_row_get_subtitle (row), name) == 0;
}

static gint64
stored_int (BwCaseStore *store,
            gint64       case_id,
            const char  *field)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BwCase) c = bw_case_store_get_case (store, case_id, &error);

  g_assert_no_error (error);
  return bw_record_get_int (BW_RECORD (c), field);
}

static char *
stored_text (BwCaseStore *store,
             gint64       case_id,
             const char  *field)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BwCase) c = bw_case_store_get_case (store, case_id, &error);

  g_assert_no_error (error);
  return g_strdup (bw_record_get_text (BW_RECORD (c), field));
}

/* Waits until a sync the page started is over, then syncs once more. */
static void
sync_when_idle (BwSyncEngine *engine)
{
  GError *error;

  while ((error = try_sync (engine)) != NULL && g_error_matches (error, BW_SYNC_ERROR, BW_SYNC_ERROR_BUSY))
    {
      g_clear_error (&error);
      bw_test_iterate (20);
    }
  g_assert_no_error (error);
}

/* Anna creates the case and offers it to Bram through the dialog; both
 * desktops synced. The case's id on each desktop. */
static void
offer_to_bram (Fixture  *f,
               BwWindow *window_a,
               gint64   *id_a,
               gint64   *id_b)
{
  g_autoptr(BwCase) c = new_case (f->store_a, RESIDENT);
  BwCasePage *page;
  BwTransferDialog *dialog;
  GtkTextBuffer *note;
  GtkWidget *hand_over;

  /* New, it is hers already on her desktop, before any sync. */
  g_assert_cmpint (bw_record_get_int (BW_RECORD (c), "owner"), ==, bw_case_store_get_user_id (f->store_a));
  sync_ok (f->sync_a);
  sync_ok (f->sync_b);
  *id_a = bw_case_get_id (c);
  *id_b = bw_case_store_find_case_id (f->store_b, bw_case_get_uuid (c));
  g_assert_cmpint (*id_b, >, 0);

  page = open_case (window_a, *id_a);
  BW_TEST_WAIT (owner_shown (page, ANNA));
  hand_over = ownership_child (page, "hand_over_button");
  BW_TEST_WAIT (gtk_widget_get_visible (hand_over) && gtk_widget_is_sensitive (hand_over));
  click (hand_over);
  BW_TEST_WAIT ((dialog = bw_test_find_toplevel (BW_TYPE_TRANSFER_DIALOG)) != NULL &&
                gtk_widget_get_mapped (GTK_WIDGET (dialog)));
  bw_test_pick_by_typing (GTK_DROP_DOWN (bw_test_child (dialog, BW_TYPE_TRANSFER_DIALOG, "colleague_dropdown")),
                          "Bram");

  /* Without a note it is refused, and nothing changes. */
  click (bw_test_child (dialog, BW_TYPE_TRANSFER_DIALOG, "offer_button"));
  BW_TEST_WAIT (gtk_widget_get_visible (bw_test_child (dialog, BW_TYPE_TRANSFER_DIALOG, "error_label")));
  g_assert_cmpint (stored_int (f->store_a, *id_a, "transfer_to_user"), ==, 0);

  note = gtk_text_view_get_buffer (GTK_TEXT_VIEW (bw_test_child (dialog, BW_TYPE_TRANSFER_DIALOG, "note_view")));
  gtk_text_buffer_set_text (note, NOTE, -1);
  bw_test_wait_frames (GTK_WIDGET (dialog), 2);
  bw_test_save_screenshot (GTK_WIDGET (dialog), "transfer-dialog.png");
  click (bw_test_child (dialog, BW_TYPE_TRANSFER_DIALOG, "offer_button"));
  BW_TEST_WAIT (bw_test_find_toplevel (BW_TYPE_TRANSFER_DIALOG) == NULL ||
                !gtk_widget_get_visible (GTK_WIDGET (bw_test_find_toplevel (BW_TYPE_TRANSFER_DIALOG))));
  BW_TEST_WAIT (banner_says (page, BRAM));
  g_assert_true (gtk_widget_get_visible (ownership_child (page, "withdraw_button")));
  g_assert_false (gtk_widget_is_sensitive (hand_over));
  /* Still hers until he accepts. */
  g_assert_true (owner_shown (page, ANNA));
  bw_test_wait_frames (GTK_WIDGET (window_a), 2);
  bw_test_save_screenshot (GTK_WIDGET (window_a), "transfer-offered.png");

  sync_ok (f->sync_a);
  sync_ok (f->sync_b);
  g_assert_cmpint (stored_int (f->store_b, *id_b, "transfer_to_user"), ==, bw_case_store_get_user_id (f->store_b));
}

static void
test_accepted (Fixture       *f,
               gconstpointer  data)
{
  BwWindow *window_a = open_window (f->store_a, f->sync_a);
  BwWindow *window_b = NULL;
  BwCasePage *page;
  gint64 id_a, id_b;
  gint64 bram = bw_case_store_get_user_id (f->store_b);

  offer_to_bram (f, window_a, &id_a, &id_b);

  window_b = open_window (f->store_b, f->sync_b);
  page = open_case (window_b, id_b);
  BW_TEST_WAIT (banner_says (page, NOTE) && gtk_widget_get_visible (ownership_child (page, "accept_button")));
  g_assert_true (owner_shown (page, ANNA));
  bw_test_wait_frames (GTK_WIDGET (window_b), 2);
  bw_test_save_screenshot (GTK_WIDGET (window_b), "transfer-incoming.png");
  click (ownership_child (page, "accept_button"));

  /* Accepted and synced by the page itself: his, on his desktop. */
  BW_TEST_WAIT (stored_int (f->store_b, id_b, "owner") == bram);
  BW_TEST_WAIT (owner_shown (page, BRAM) && !gtk_widget_get_visible (ownership_child (page, "banner")));
  sync_when_idle (f->sync_b);
  g_assert_cmpint (stored_int (f->store_b, id_b, "transfer_to_user"), ==, 0);

  /* And on hers after a sync. */
  sync_ok (f->sync_a);
  g_assert_cmpint (stored_int (f->store_a, id_a, "owner"), ==, bram);
  g_assert_cmpint (stored_int (f->store_a, id_a, "transfer_to_user"), ==, 0);
  page = BW_CASE_PAGE (bw_test_child (window_a, BW_TYPE_WINDOW, "case_page"));
  BW_TEST_WAIT (owner_shown (page, BRAM) && !gtk_widget_get_visible (ownership_child (page, "banner")));

  /* Her list: not among her cases any more, among Bram's. */
  {
    GListModel *cases = bw_window_get_case_list (window_a);
    GtkWidget *filter = bw_test_child (window_a, BW_TYPE_WINDOW, "owner_filter");
    GtkDropDown *dropdown = GTK_DROP_DOWN (bw_test_child (filter, BW_TYPE_OWNER_FILTER, "dropdown"));

    click (bw_test_child (window_a, BW_TYPE_WINDOW, "filter_button"));
    BW_TEST_WAIT (gtk_widget_get_mapped (filter));
    bw_test_pick_by_typing (dropdown, "Mijn");
    bw_test_wait_for_list (window_a);
    BW_TEST_WAIT (g_list_model_get_n_items (cases) == 0);
    bw_test_pick_by_typing (dropdown, "Bram");
    bw_test_wait_for_list (window_a);
    BW_TEST_WAIT (g_list_model_get_n_items (cases) == 1);
    bw_test_wait_frames (GTK_WIDGET (window_a), 2);
    bw_test_save_screenshot (GTK_WIDGET (window_a), "cases-per-worker.png");
  }

  bw_test_destroy_window (GTK_WINDOW (window_b));
  bw_test_destroy_window (GTK_WINDOW (window_a));
}

/* The decline button of the dialog on screen, clicked as a user does. */
static void
click_destructive_response (AdwMessageDialog *dialog)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  bw_test_collect (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (gtk_widget_has_css_class (g_ptr_array_index (buttons, i), "destructive") ||
        gtk_widget_has_css_class (g_ptr_array_index (buttons, i), "destructive-action"))
      {
        click (g_ptr_array_index (buttons, i));
        return;
      }
  g_assert_not_reached ();
}

static void
test_declined (Fixture       *f,
               gconstpointer  data)
{
  BwWindow *window_a = open_window (f->store_a, f->sync_a);
  BwWindow *window_b = NULL;
  BwCasePage *page;
  AdwMessageDialog *dialog;
  gint64 id_a, id_b;
  gint64 anna = bw_case_store_get_user_id (f->store_a);
  g_autofree char *answer = NULL;

  offer_to_bram (f, window_a, &id_a, &id_b);

  window_b = open_window (f->store_b, f->sync_b);
  page = open_case (window_b, id_b);
  BW_TEST_WAIT (gtk_widget_get_visible (ownership_child (page, "decline_button")));
  click (ownership_child (page, "decline_button"));
  BW_TEST_WAIT ((dialog = bw_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)) != NULL &&
                gtk_widget_get_mapped (GTK_WIDGET (dialog)));
  /* No reason, no answer. */
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "decline"));
  gtk_editable_set_text (GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog)), REASON);
  bw_test_wait_frames (GTK_WIDGET (dialog), 2);
  bw_test_save_screenshot (GTK_WIDGET (dialog), "transfer-decline.png");
  click_destructive_response (dialog);

  /* Declined and synced by the page: still Anna's, no offer left. */
  BW_TEST_WAIT (stored_int (f->store_b, id_b, "transfer_to_user") == 0);
  sync_when_idle (f->sync_b);
  g_assert_cmpint (stored_int (f->store_b, id_b, "owner"), ==, anna);
  BW_TEST_WAIT (owner_shown (page, ANNA) && !gtk_widget_get_visible (ownership_child (page, "accept_button")));

  sync_ok (f->sync_a);
  g_assert_cmpint (stored_int (f->store_a, id_a, "owner"), ==, anna);
  g_assert_cmpint (stored_int (f->store_a, id_a, "transfer_to_user"), ==, 0);
  answer = stored_text (f->store_a, id_a, "transfer_answer");
  g_assert_cmpstr (answer, ==, REASON);
  page = BW_CASE_PAGE (bw_test_child (window_a, BW_TYPE_WINDOW, "case_page"));
  BW_TEST_WAIT (banner_says (page, REASON) && gtk_widget_get_visible (ownership_child (page, "dismiss_button")));
  g_assert_true (owner_shown (page, ANNA));
  bw_test_wait_frames (GTK_WIDGET (window_a), 2);
  bw_test_save_screenshot (GTK_WIDGET (window_a), "transfer-declined.png");

  /* Closed, it stays closed. */
  click (ownership_child (page, "dismiss_button"));
  BW_TEST_WAIT (!gtk_widget_get_visible (ownership_child (page, "banner")));
  {
    g_autoptr(BwCase) c = bw_case_store_get_case (f->store_a, id_a, NULL);

    BW_TEST_WAIT (bw_case_store_transfer_answer_dismissed (f->store_a, bw_case_get_uuid (c), REASON));
  }

  bw_test_destroy_window (GTK_WINDOW (window_b));
  bw_test_destroy_window (GTK_WINDOW (window_a));
}

/* The row of the actions list whose title is @what, or NULL. */
static AdwActionRow *
action_row (BwCasePage *page,
            const char *what)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  bw_test_collect (bw_test_child (page, BW_TYPE_CASE_PAGE, "actions_list"), ADW_TYPE_ACTION_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (adw_preferences_row_get_title (g_ptr_array_index (rows, i)), what) == 0)
      return g_ptr_array_index (rows, i);
  return NULL;
}

/* Scrolls the page down to @widget, as a user does before a popup. */
/* Whether @widget is well inside its window, for a popup next to it. */
static gboolean
on_screen (GtkWidget *widget)
{
  GtkWidget *root = GTK_WIDGET (gtk_widget_get_root (widget));
  double x, y;

  return gtk_widget_get_mapped (widget) &&
         gtk_widget_translate_coordinates (widget, root, 0, 0, &x, &y) &&
         y >= 50 && y + 100 <= gtk_widget_get_height (root);
}

/* Scrolls the page down to @widget, as a user does before a popup. */
static gboolean
scrolled_to (GtkWidget *widget)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  GtkWidget *content = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled));
  double x, y;

  if (on_screen (widget))
    return TRUE;
  if (GTK_IS_VIEWPORT (content))
    content = gtk_viewport_get_child (GTK_VIEWPORT (content));
  if (gtk_widget_get_mapped (widget) && gtk_adjustment_get_upper (adj) > 0 &&
      gtk_widget_translate_coordinates (widget, content, 0, 0, &x, &y))
    gtk_adjustment_set_value (adj, MIN (MAX (0, y - 200),
                                        gtk_adjustment_get_upper (adj) - gtk_adjustment_get_page_size (adj)));
  return FALSE;
}

static void
scroll_to (BwCasePage *page,
           GtkWidget  *widget)
{
  /* Until it stays there: a list read again can move it. */
  BW_TEST_WAIT (scrolled_to (widget));
  bw_test_wait_frames (widget, 2);
  BW_TEST_WAIT (scrolled_to (widget));
}

/* An action for a colleague: chosen from the team, shown by name, and
 * when ticked off it has the day it was done. "Wie" in words is only
 * for someone outside the team. */
static void
test_assigned_action (Fixture       *f,
                      gconstpointer  data)
{
  BwWindow *window = open_window (f->store_a, f->sync_a);
  g_autoptr(BwCase) c = new_case (f->store_a, RESIDENT);
  g_autoptr(GListModel) actions = NULL;
  g_autoptr(BwCaseAction) action = NULL;
  GtkDropDown *assignee;
  GtkWidget *owner_entry;
  AdwActionRow *row;
  BwCasePage *page;
  GtkWidget *check;

  page = open_case (window, bw_case_get_id (c));
  assignee = GTK_DROP_DOWN (bw_test_child (page, BW_TYPE_CASE_PAGE, "action_assignee_dropdown"));
  owner_entry = bw_test_child (page, BW_TYPE_CASE_PAGE, "action_owner_entry");
  BW_TEST_WAIT (gtk_widget_get_visible (GTK_WIDGET (assignee)));
  scroll_to (page, GTK_WIDGET (assignee));
  /* Her own by default, so no words for someone outside. */
  g_assert_false (gtk_widget_get_visible (owner_entry));
  bw_test_pick_by_typing (assignee, "Iemand");
  BW_TEST_WAIT (gtk_widget_get_visible (owner_entry));
  scroll_to (page, GTK_WIDGET (assignee));
  bw_test_pick_by_typing (assignee, "Bram");
  BW_TEST_WAIT (!gtk_widget_get_visible (owner_entry));
  gtk_editable_set_text (GTK_EDITABLE (bw_test_child (page, BW_TYPE_CASE_PAGE, "action_what_entry")),
                         "Bellen met Woonpunt over de huurachterstand");
  {
    g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

    bw_test_collect (GTK_WIDGET (page), GTK_TYPE_BUTTON, buttons);
    for (guint i = 0; i < buttons->len; i++)
      if (g_strcmp0 (gtk_actionable_get_action_name (buttons->pdata[i]), "case.add-action") == 0)
        click (buttons->pdata[i]);
  }
  BW_TEST_WAIT ((row = action_row (page, "Bellen met Woonpunt over de huurachterstand")) != NULL &&
                g_strcmp0 (adw_action_row_get_subtitle (row), BRAM) == 0);

  {
    g_autoptr(GPtrArray) checks = g_ptr_array_new ();

    bw_test_collect (GTK_WIDGET (row), GTK_TYPE_CHECK_BUTTON, checks);
    g_assert_cmpuint (checks->len, ==, 1);
    check = g_ptr_array_index (checks, 0);
  }
  click (check);
  actions = bw_case_store_list_actions (f->store_a, bw_case_get_id (c));
  BW_TEST_WAIT ((row = action_row (page, "Bellen met Woonpunt over de huurachterstand")) != NULL &&
                strstr (adw_action_row_get_subtitle (row), BRAM " · ") != NULL);
  g_clear_object (&actions);
  actions = bw_case_store_list_actions (f->store_a, bw_case_get_id (c));
  action = g_list_model_get_item (actions, 0);
  g_assert_cmpint (bw_record_get_int (BW_RECORD (action), "assignee"), ==, bw_case_store_get_user_id (f->store_b));
  g_assert_true (bw_case_action_get_done (action));
  g_assert_nonnull (bw_record_get_text (BW_RECORD (action), "done_on"));
  g_assert_null (bw_case_action_get_owner (action));

  /* The server takes it as it is. */
  sync_ok (f->sync_a);
  sync_ok (f->sync_b);
  {
    gint64 id_b = bw_case_store_find_case_id (f->store_b, bw_case_get_uuid (c));
    g_autoptr(GListModel) theirs = bw_case_store_list_actions (f->store_b, id_b);
    g_autoptr(BwCaseAction) their = g_list_model_get_item (theirs, 0);

    g_assert_cmpint (bw_record_get_int (BW_RECORD (their), "assignee"), ==, bw_case_store_get_user_id (f->store_b));
    g_assert_cmpstr (bw_record_get_text (BW_RECORD (their), "done_on"), ==,
                     bw_record_get_text (BW_RECORD (action), "done_on"));
  }
  bw_test_wait_frames (GTK_WIDGET (window), 2);
  bw_test_save_screenshot (GTK_WIDGET (window), "assigned-action.png");
  bw_test_destroy_window (GTK_WINDOW (window));
}

/* The team overview's row of @name, or NULL. */
static AdwActionRow *
worker_row (BwWindow   *window,
            const char *name)
{
  GtkWidget *page = bw_test_child (window, BW_TYPE_WINDOW, "team_page");
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  bw_test_collect (bw_test_child (page, BW_TYPE_TEAM_PAGE, "workers_list"), ADW_TYPE_ACTION_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (adw_preferences_row_get_title (g_ptr_array_index (rows, i)), name) == 0)
      return g_ptr_array_index (rows, i);
  return NULL;
}

static GtkWidget *
only_button (GtkWidget *widget,
             GType      type)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  bw_test_collect (widget, type, found);
  g_assert_cmpuint (found->len, ==, 1);
  return g_ptr_array_index (found, 0);
}

/* The coordinator makes Bram responsible for one of Anna's cases from
 * the team overview; after a sync Anna's desktop has it as his. */
static void
test_coordinator_reassigns (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BwCaseStore) store_c = open_store (f, "cora.db", "cora");
  g_autoptr(BwSyncEngine) sync_c = bw_sync_engine_new (store_c, &error);
  g_autoptr(BwCase) c = new_case (f->store_a, RESIDENT);
  g_autoptr(BwCase) other = new_case (f->store_a, "Mieke 't Hart");
  gint64 bram = bw_case_store_get_user_id (f->store_b);
  gint64 anna = bw_case_store_get_user_id (f->store_a);
  BwWindow *window;
  BwReassignDialog *dialog;
  AdwActionRow *row;
  AdwViewStack *stack;
  gint64 id_c;

  sync_ok (f->sync_a);
  login (f, sync_c, "cora");
  sync_ok (sync_c);
  id_c = bw_case_store_find_case_id (store_c, bw_case_get_uuid (c));
  g_assert_cmpint (id_c, >, 0);

  window = open_window (store_c, sync_c);
  stack = ADW_VIEW_STACK (bw_test_child (window, BW_TYPE_WINDOW, "main_stack"));
  BW_TEST_WAIT (adw_view_stack_page_get_visible (adw_view_stack_get_page (stack, bw_test_child (window, BW_TYPE_WINDOW,
                                                                                                "team_page"))));
  adw_view_stack_set_visible_child_name (stack, "team");
  BW_TEST_WAIT ((row = worker_row (window, ANNA)) != NULL && worker_row (window, BRAM) != NULL &&
                strstr (adw_action_row_get_subtitle (row), "2") != NULL);
  bw_test_wait_frames (GTK_WIDGET (window), 2);
  bw_test_save_screenshot (GTK_WIDGET (window), "team-overview.png");

  click (only_button (GTK_WIDGET (row), GTK_TYPE_BUTTON));
  BW_TEST_WAIT ((dialog = bw_test_find_toplevel (BW_TYPE_REASSIGN_DIALOG)) != NULL &&
                gtk_widget_get_mapped (GTK_WIDGET (dialog)));
  {
    g_autoptr(GPtrArray) rows = g_ptr_array_new ();
    GtkWidget *list = bw_test_child (dialog, BW_TYPE_REASSIGN_DIALOG, "cases_list");

    bw_test_collect (list, ADW_TYPE_ACTION_ROW, rows);
    g_assert_cmpuint (rows->len, ==, 2);
    for (guint i = 0; i < rows->len; i++)
      if (g_strcmp0 (adw_preferences_row_get_title (rows->pdata[i]), RESIDENT) == 0)
        click (only_button (rows->pdata[i], GTK_TYPE_CHECK_BUTTON));
  }
  bw_test_pick_by_typing (GTK_DROP_DOWN (bw_test_child (dialog, BW_TYPE_REASSIGN_DIALOG, "target_dropdown")), "Bram");
  bw_test_wait_frames (GTK_WIDGET (dialog), 2);
  bw_test_save_screenshot (GTK_WIDGET (dialog), "team-reassign.png");
  click (bw_test_child (dialog, BW_TYPE_REASSIGN_DIALOG, "apply_button"));
  BW_TEST_WAIT (stored_int (store_c, id_c, "owner") == bram);
  /* Only the one chosen. */
  g_assert_cmpint (stored_int (store_c, bw_case_store_find_case_id (store_c, bw_case_get_uuid (other)), "owner"), ==,
                   anna);
  BW_TEST_WAIT ((row = worker_row (window, BRAM)) != NULL && strstr (adw_action_row_get_subtitle (row), "1") != NULL);

  /* The coordinator's push is the owner alone, which the server takes. */
  sync_ok (sync_c);
  g_assert_cmpuint (g_list_model_get_n_items (bw_sync_engine_list_problems (sync_c)), ==, 0);
  sync_ok (f->sync_a);
  g_assert_cmpint (stored_int (f->store_a, bw_case_get_id (c), "owner"), ==, bram);
  g_assert_cmpint (stored_int (f->store_a, bw_case_get_id (other), "owner"), ==, anna);

  /* From a worker's row to the list of the worker's cases. */
  g_signal_emit_by_name (worker_row (window, BRAM), "activated");
  BW_TEST_WAIT (g_strcmp0 (adw_view_stack_get_visible_child_name (stack), "cases") == 0);
  bw_test_wait_for_list (window);
  BW_TEST_WAIT (g_list_model_get_n_items (bw_window_get_case_list (window)) == 1);
  bw_test_destroy_window (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  bw_test_init (&argc, &argv);
  server_exe = g_getenv ("BUURTWERK_SERVER");
  g_test_add ("/transfer/accepted", Fixture, NULL, setup, test_accepted, fixture_teardown);
  g_test_add ("/transfer/declined", Fixture, NULL, setup, test_declined, fixture_teardown);
  g_test_add ("/transfer/coordinator-reassigns", Fixture, NULL, setup, test_coordinator_reassigns, fixture_teardown);
  g_test_add ("/transfer/assigned-action", Fixture, NULL, setup, test_assigned_action, fixture_teardown);
  return bw_test_run ();
}
