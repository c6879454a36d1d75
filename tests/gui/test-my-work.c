/* SPDX-License-Identifier: EUPL-1.2 */
/* "My work" (issue 16) with real widgets on Xvfb and the real
 * buurtwerk-server on 127.0.0.1: a team member's window opens on it, shows
 * the overdue action of a case the server made theirs, and the action is
 * done with a click on its row's check; a row opens its case; nothing to
 * do is said as such. The reminder: the application, run as a user starts
 * it, sends one notification with only a count to the session bus's
 * org.gtk.Notifications (played here by the test), and its default action,
 * activated the way the shell does, shows My work. Screenshots in Dutch go
 * to $BW_TEST_ARTIFACTS. */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "bw-application.h"
#include "bw-case-page.h"
#include "bw-case-store-work.h"
#include "bw-date.h"
#include "bw-gui-test-utils.h"
#include "bw-window.h"
#include "bw-work-page.h"
#include "sync-test-utils.h"

#define ANNA "Anna de Vries"
#define RESIDENT "Jan Smeets"
#define OVERDUE_WHAT "Bel de WSP over de werkplek"

static void
setup (Fixture       *f,
       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("bw-gui-my-work-XXXXXX", &error);
  g_assert_no_error (error);
  f->server_db = g_build_filename (f->dir, "server.db", NULL);
  add_named_user (f, "anna", ANNA, "buurtteam", "hoensbroek", NULL);
  start_server (f);
  f->store_b = open_store (f, "anna.db", "root");
  f->sync_b = bw_sync_engine_new (f->store_b, &error);
  g_assert_no_error (error);
}

static char *
days_from_today (int days)
{
  g_autofree char *today = bw_date_today ();
  g_autoptr(GDate) d = g_date_new ();

  g_date_set_parse (d, today);
  if (days >= 0)
    g_date_add_days (d, days);
  else
    g_date_subtract_days (d, -days);
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (d), g_date_get_month (d), g_date_get_day (d));
}

static BwWindow *
open_window (BwCaseStore  *store,
             BwSyncEngine *engine)
{
  BwWindow *window = bw_window_new (NULL, store);

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  if (engine != NULL)
    bw_window_set_sync_engine (window, engine);
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

static const char *
visible_page (BwWindow *window)
{
  return adw_view_stack_get_visible_child_name (ADW_VIEW_STACK (bw_test_child (window, BW_TYPE_WINDOW,
                                                                               "main_stack")));
}

static BwWorkPage *
work_page (BwWindow *window)
{
  return BW_WORK_PAGE (bw_test_child (window, BW_TYPE_WINDOW, "work_page"));
}

static const char *
count_text (BwWorkPage *page,
            const char *label)
{
  return gtk_label_get_text (GTK_LABEL (bw_test_child (page, BW_TYPE_WORK_PAGE, label)));
}

/* The mapped check button of the row whose title or text is @text. */
static GtkWidget *
row_check (BwWorkPage *page,
           const char *text)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  bw_test_collect (bw_test_child (page, BW_TYPE_WORK_PAGE, "item_list"), GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (g_strcmp0 (gtk_label_get_text (g_ptr_array_index (labels, i)), text) == 0 &&
        gtk_widget_get_mapped (g_ptr_array_index (labels, i)))
      {
        /* label -> texts box -> row box, whose first child is the check */
        GtkWidget *row = gtk_widget_get_parent (gtk_widget_get_parent (g_ptr_array_index (labels, i)));
        GtkWidget *check = gtk_widget_get_first_child (row);

        if (GTK_IS_CHECK_BUTTON (check) && gtk_widget_get_mapped (check))
          return check;
      }
  return NULL;
}

/* A team member's overdue action: on My work, the first page they see,
 * and done from there with the row's own check; the count drops, the
 * store has the day it was done, and the sync takes it to the server. */
static void
test_complete_overdue (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BwCase) resident = NULL;
  g_autoptr(BwCase) other = NULL;
  g_autoptr(BwCase) third = NULL;
  g_autofree char *overdue_day = days_from_today (-3);
  g_autofree char *long_overdue_day = days_from_today (-9);
  g_autofree char *today = bw_date_today ();
  g_autoptr(GListModel) actions = NULL;
  g_autoptr(BwCaseAction) action = NULL;
  BwWindow *window;
  BwWorkPage *page;
  GtkWidget *check = NULL;
  gint64 action_id;

  login (f, f->sync_b, "anna");
  resident = new_case (f->store_b, RESIDENT);
  other = new_case (f->store_b, "Petra Hermans");
  third = new_case (f->store_b, "Mohamed El Amrani");
  action_id = bw_case_store_add_action (f->store_b, bw_case_get_id (resident), OVERDUE_WHAT, NULL, overdue_day,
                                        &error);
  g_assert_no_error (error);
  g_assert_cmpint (bw_case_store_add_action (f->store_b, bw_case_get_id (third),
                                             "Schuldhulpmaatje aanvragen bij HeerlenStandBY", "Maatje",
                                             long_overdue_day, &error), >, 0);
  g_assert_cmpint (bw_case_store_add_action (f->store_b, bw_case_get_id (other), "Formulier bijzondere bijstand",
                                             NULL, today, &error), >, 0);
  /* Contact this week with one of them. */
  g_assert_cmpint (bw_case_store_add_journal (f->store_b, bw_case_get_id (third), today,
                                              "Huisbezoek, de brieven samen geordend", &error), >, 0);
  /* The server makes the cases their creator's. */
  sync_ok (f->sync_b);
  g_assert_cmpint (bw_case_store_get_user_id (f->store_b), >, 0);

  window = open_window (f->store_b, f->sync_b);
  page = work_page (window);
  BW_TEST_WAIT (g_strcmp0 (visible_page (window), "work") == 0);
  BW_TEST_WAIT (!bw_work_page_get_loading (page) && bw_work_page_get_count (page, BW_WORK_OVERDUE) == 2);
  g_assert_cmpstr (count_text (page, "overdue_count"), ==, "2");
  g_assert_cmpstr (count_text (page, "week_count"), ==, "1");
  /* New cases: no life domains scored yet, and two without contact. */
  g_assert_cmpstr (count_text (page, "contact_count"), ==, "2");
  g_assert_cmpstr (count_text (page, "reassess_count"), ==, "3");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (bw_test_child (page, BW_TYPE_WORK_PAGE,
                                                                               "page_stack"))), ==, "work");

  BW_TEST_WAIT ((check = row_check (page, OVERDUE_WHAT)) != NULL);
  bw_test_wait_frames (GTK_WIDGET (window), 2);
  bw_test_save_screenshot (GTK_WIDGET (window), "my-work.png");

  g_assert_true (gtk_widget_activate (check));
  BW_TEST_WAIT (bw_work_page_get_count (page, BW_WORK_OVERDUE) == 1);
  BW_TEST_WAIT (g_strcmp0 (count_text (page, "overdue_count"), "1") == 0);
  g_assert_null (row_check (page, OVERDUE_WHAT));
  g_assert_cmpstr (count_text (page, "week_count"), ==, "1");
  actions = bw_case_store_list_actions (f->store_b, bw_case_get_id (resident));
  action = g_list_model_get_item (actions, 0);
  g_assert_cmpint (bw_case_action_get_id (action), ==, action_id);
  g_assert_true (bw_case_action_get_done (action));
  g_assert_cmpstr (bw_record_get_text (BW_RECORD (action), "done_on"), ==, today);
  sync_ok (f->sync_b);

  /* A row opens its case, at its actions. */
  bw_work_page_select_section (page, BW_WORK_THIS_WEEK);
  BW_TEST_WAIT (g_list_model_get_n_items (bw_work_page_get_items (page)) == 1);
  gtk_widget_activate_action (bw_test_child (page, BW_TYPE_WORK_PAGE, "item_list"), "list.activate-item", "u", 0);
  BW_TEST_WAIT (g_strcmp0 (visible_page (window), "cases") == 0);
  {
    BwCasePage *case_page = BW_CASE_PAGE (bw_test_child (window, BW_TYPE_WINDOW, "case_page"));

    GtkWidget *actions = bw_test_child (case_page, BW_TYPE_CASE_PAGE, "actions_group");
    GtkWidget *focus = NULL;

    BW_TEST_WAIT (bw_case_page_get_case_id (case_page) == bw_case_get_id (other) &&
                  !bw_case_page_get_loading (case_page));
    /* At its actions: the focus is there, and so is the view. */
    BW_TEST_WAIT ((focus = gtk_root_get_focus (GTK_ROOT (window))) != NULL &&
                  gtk_widget_is_ancestor (focus, actions));
    bw_test_wait_frames (GTK_WIDGET (window), 2);
    bw_test_save_screenshot (GTK_WIDGET (window), "my-work-opened-case.png");
  }
  bw_test_destroy_window (GTK_WINDOW (window));
}

/* Nothing to do: a status page that says so, and no count on the page
 * switcher. */
static void
test_empty (Fixture       *f,
            gconstpointer  data)
{
  BwWindow *window;
  BwWorkPage *page;
  AdwStatusPage *empty;

  login (f, f->sync_b, "anna");
  sync_ok (f->sync_b);
  window = open_window (f->store_b, f->sync_b);
  page = work_page (window);
  BW_TEST_WAIT (g_strcmp0 (visible_page (window), "work") == 0);
  BW_TEST_WAIT (!bw_work_page_get_loading (page));
  BW_TEST_WAIT (g_strcmp0 (gtk_stack_get_visible_child_name (GTK_STACK (bw_test_child (page, BW_TYPE_WORK_PAGE,
                                                                                       "page_stack"))),
                           "empty") == 0);
  empty = ADW_STATUS_PAGE (bw_test_child (page, BW_TYPE_WORK_PAGE, "empty_page"));
  g_assert_cmpstr (adw_status_page_get_title (empty), ==, _("Nothing to Do"));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (empty)));
  g_assert_cmpuint (bw_work_page_get_total (page), ==, 0);
  bw_test_wait_frames (GTK_WIDGET (window), 2);
  bw_test_save_screenshot (GTK_WIDGET (window), "my-work-empty.png");
  bw_test_destroy_window (GTK_WINDOW (window));
}

/* A colleague offers me a case: it waits on My work, and I decline it
 * there with a reason, asked for in a dialog, through the real buttons;
 * after the syncs the case stays with the colleague, who reads why. */
static void
setup_two (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("bw-gui-my-work-XXXXXX", &error);
  g_assert_no_error (error);
  f->server_db = g_build_filename (f->dir, "server.db", NULL);
  add_named_user (f, "fatima", "Fatima Yilmaz", "buurtteam", "hoensbroek", NULL);
  add_named_user (f, "anna", ANNA, "buurtteam", "hoensbroek", NULL);
  start_server (f);
  f->store_a = open_store (f, "fatima.db", "root");
  f->store_b = open_store (f, "anna.db", "root");
  f->sync_a = bw_sync_engine_new (f->store_a, &error);
  g_assert_no_error (error);
  f->sync_b = bw_sync_engine_new (f->store_b, &error);
  g_assert_no_error (error);
}

static gint64
case_int (BwCaseStore *store,
          const char  *uuid,
          const char  *column)
{
  g_autofree char *sql = g_strdup_printf ("SELECT %s FROM cases WHERE uuid = '%s'", column, uuid);
  sqlite3_stmt *stmt = NULL;
  gint64 v = -1;

  g_assert_cmpint (sqlite3_prepare_v2 (bw_case_store_get_db (store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    v = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return v;
}

static char *
case_text (BwCaseStore *store,
           const char  *uuid,
           const char  *column)
{
  g_autofree char *sql = g_strdup_printf ("SELECT %s FROM cases WHERE uuid = '%s'", column, uuid);
  sqlite3_stmt *stmt = NULL;
  char *v = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (bw_case_store_get_db (store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    v = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return v;
}

/* The mapped button labelled @label under @widget. */
static GtkWidget *
find_button (GtkWidget  *widget,
             const char *label)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  bw_test_collect (widget, GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_button_get_label (g_ptr_array_index (buttons, i)), label) == 0 &&
        gtk_widget_get_mapped (g_ptr_array_index (buttons, i)))
      return g_ptr_array_index (buttons, i);
  return NULL;
}

static void
test_decline_transfer (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(BwCase) resident = NULL;
  g_autofree char *offer = NULL;
  g_autofree char *answer = NULL;
  BwWindow *window;
  BwWorkPage *page;
  GtkWidget *decline = NULL;
  GtkWidget *confirm = NULL;
  AdwMessageDialog *dialog = NULL;
  gint64 fatima, anna;

  login (f, f->sync_a, "fatima");
  resident = new_case (f->store_a, "Ria Vaessen");
  sync_ok (f->sync_a);
  fatima = bw_case_store_get_user_id (f->store_a);
  login (f, f->sync_b, "anna");
  sync_ok (f->sync_b);
  anna = bw_case_store_get_user_id (f->store_b);
  g_assert_cmpint (case_int (f->store_b, bw_case_get_uuid (resident), "owner"), ==, fatima);

  /* Fatima's desktop offers the case to Anna (the case page's hand-over
   * writes these fields). */
  offer = g_strdup_printf ("UPDATE cases SET transfer_to_user = %" G_GINT64_FORMAT ","
                           " transfer_note = 'Jij kent de familie' WHERE uuid = '%s'",
                           anna, bw_case_get_uuid (resident));
  g_assert_cmpint (sqlite3_exec (bw_case_store_get_db (f->store_a), offer, NULL, NULL, NULL), ==, SQLITE_OK);
  sync_ok (f->sync_a);

  window = open_window (f->store_b, f->sync_b);
  page = work_page (window);
  BW_TEST_WAIT (g_strcmp0 (visible_page (window), "work") == 0);
  sync_ok (f->sync_b);
  BW_TEST_WAIT (bw_work_page_get_count (page, BW_WORK_TRANSFERS) == 1);
  g_assert_cmpstr (count_text (page, "transfers_count"), ==, "1");
  bw_work_page_select_section (page, BW_WORK_TRANSFERS);
  BW_TEST_WAIT ((decline = find_button (bw_test_child (page, BW_TYPE_WORK_PAGE, "item_list"),
                                        _("_Decline…"))) != NULL);
  g_assert_nonnull (find_button (bw_test_child (page, BW_TYPE_WORK_PAGE, "item_list"), _("_Accept")));
  bw_test_wait_frames (GTK_WIDGET (window), 2);
  bw_test_save_screenshot (GTK_WIDGET (window), "my-work-transfer.png");
  g_assert_true (gtk_widget_activate (decline));

  BW_TEST_WAIT ((dialog = bw_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)) != NULL &&
                gtk_widget_get_mapped (GTK_WIDGET (dialog)));
  /* No reason, no decline. */
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "decline"));
  gtk_editable_set_text (GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog)), "Geen ruimte tot januari");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "decline"));
  bw_test_wait_frames (GTK_WIDGET (dialog), 2);
  bw_test_save_screenshot (GTK_WIDGET (dialog), "my-work-decline.png");
  BW_TEST_WAIT ((confirm = find_button (GTK_WIDGET (dialog), _("_Decline"))) != NULL);
  g_assert_true (gtk_widget_activate (confirm));

  /* Off the list at once; the app's sync brings the case as it is now. */
  BW_TEST_WAIT (bw_work_page_get_count (page, BW_WORK_TRANSFERS) == 0);
  sync_ok (f->sync_b);
  g_assert_cmpint (case_int (f->store_b, bw_case_get_uuid (resident), "transfer_to_user"), ==, 0);
  g_assert_cmpint (case_int (f->store_b, bw_case_get_uuid (resident), "owner"), ==, fatima);
  BW_TEST_WAIT (bw_work_page_get_count (page, BW_WORK_TRANSFERS) == 0 && !bw_work_page_get_loading (page));
  sync_ok (f->sync_a);
  answer = case_text (f->store_a, bw_case_get_uuid (resident), "transfer_answer");
  g_assert_cmpstr (answer, ==, "Geen ruimte tot januari");
  g_assert_cmpint (case_int (f->store_a, bw_case_get_uuid (resident), "owner"), ==, fatima);
  bw_test_destroy_window (GTK_WINDOW (window));
}

/* The reminder */

static const char notifications_xml[] =
  "<node>"
  "  <interface name='org.gtk.Notifications'>"
  "    <method name='AddNotification'>"
  "      <arg type='s' direction='in'/><arg type='s' direction='in'/><arg type='a{sv}' direction='in'/>"
  "    </method>"
  "    <method name='RemoveNotification'>"
  "      <arg type='s' direction='in'/><arg type='s' direction='in'/>"
  "    </method>"
  "  </interface>"
  "</node>";

typedef struct {
  GPtrArray *added;     /* GVariant a{sv}: the notifications sent */
  gboolean owned;
  char *path;
  gboolean done;
} Shell;

static void
notifications_call (GDBusConnection       *connection,
                    const char            *sender,
                    const char            *object_path,
                    const char            *interface_name,
                    const char            *method_name,
                    GVariant              *parameters,
                    GDBusMethodInvocation *invocation,
                    gpointer               user_data)
{
  Shell *shell = user_data;

  if (g_str_equal (method_name, "AddNotification"))
    g_ptr_array_add (shell->added, g_variant_get_child_value (parameters, 2));
  g_dbus_method_invocation_return_value (invocation, NULL);
}

static void
name_acquired (GDBusConnection *connection,
               const char      *name,
               gpointer         user_data)
{
  ((Shell *) user_data)->owned = TRUE;
}

/* The store of a team member (user 7) with one overdue action. */
static void
fill_reminder_store (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BwCaseStore) store = bw_case_store_open (path, "Anna de Vries", &error);
  g_autoptr(BwCase) resident = NULL;
  g_autofree char *overdue_day = days_from_today (-2);
  g_autofree char *sql = NULL;

  g_assert_no_error (error);
  resident = new_case (store, RESIDENT);
  g_assert_cmpint (bw_case_store_add_action (store, bw_case_get_id (resident), OVERDUE_WHAT, NULL, overdue_day,
                                             &error), >, 0);
  g_assert_no_error (error);
  g_assert_true (bw_case_store_set_meta (store, "user_id", "7", &error));
  g_assert_true (bw_case_store_set_meta (store, "role", "buurtteam", &error));
  sql = g_strdup_printf ("UPDATE cases SET owner = 7 WHERE id = %" G_GINT64_FORMAT, bw_case_get_id (resident));
  g_assert_cmpint (sqlite3_exec (bw_case_store_get_db (store), sql, NULL, NULL, NULL), ==, SQLITE_OK);
}

static gboolean
dict_string (GVariant    *dict,
             const char  *key,
             const char **value)
{
  return g_variant_lookup (dict, key, "&s", value);
}

static void
run_reminder (GApplication *app,
              Shell        *shell)
{
  GtkWindow *window;
  AdwViewStack *stack;
  GVariant *sent;
  const char *title = NULL;
  const char *body = NULL;
  const char *action = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *today = bw_date_today ();
  g_autofree char *day = NULL;

  BW_TEST_WAIT ((window = gtk_application_get_active_window (GTK_APPLICATION (app))) != NULL);
  stack = ADW_VIEW_STACK (bw_test_child (window, BW_TYPE_WINDOW, "main_stack"));
  BW_TEST_WAIT (shell->added->len == 1);

  sent = g_ptr_array_index (shell->added, 0);
  g_assert_true (dict_string (sent, "title", &title));
  expected = g_strdup_printf (ngettext ("%u action overdue", "%u actions overdue", 1), 1);
  g_assert_cmpstr (title, ==, expected);
  /* Nothing personal: it may show on a locked screen. */
  g_assert_true (dict_string (sent, "body", &body));
  for (const char * const *s = (const char * const[]) { title, body, NULL }; *s; s++)
    {
      g_assert_null (strstr (*s, "Smeets"));
      g_assert_null (strstr (*s, "WSP"));
    }
  g_assert_true (dict_string (sent, "default-action", &action));
  g_assert_true (g_str_has_prefix (action, "app."));
  day = g_settings_get_string (settings, "reminder-day");
  g_assert_cmpstr (day, ==, today);

  /* The user went on elsewhere; then clicks the notification. */
  adw_view_stack_set_visible_child_name (stack, "map");
  BW_TEST_WAIT (g_strcmp0 (adw_view_stack_get_visible_child_name (stack), "map") == 0);
  g_action_group_activate_action (G_ACTION_GROUP (app), action + strlen ("app."), NULL);
  BW_TEST_WAIT (g_strcmp0 (adw_view_stack_get_visible_child_name (stack), "work") == 0);
  BW_TEST_WAIT (gtk_widget_get_mapped (bw_test_child (window, BW_TYPE_WINDOW, "work_page")));
  /* Once a day: the hour's check on the same day sends nothing more. */
  bw_test_wait_idle ();
  g_assert_cmpuint (shell->added->len, ==, 1);
  shell->done = TRUE;
  gtk_window_destroy (window);
}

static void
activated_cb (GApplication *app,
              Shell        *shell)
{
  /* Once: the test runs inside the application's own main loop. */
  g_signal_handlers_disconnect_by_func (app, activated_cb, shell);
  g_application_hold (app);
  run_reminder (app, shell);
  g_application_release (app);
}

static void
test_reminder (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDBusConnection) bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, &error);
  g_autoptr(GDBusNodeInfo) node = g_dbus_node_info_new_for_xml (notifications_xml, &error);
  g_autoptr(BwApplication) app = NULL;
  g_autofree char *dir = g_dir_make_tmp ("bw-gui-reminder-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "anna.db", NULL);
  const GDBusInterfaceVTable vtable = { notifications_call, NULL, NULL, { 0 } };
  Shell shell = { g_ptr_array_new_with_free_func ((GDestroyNotify) g_variant_unref), FALSE, NULL, FALSE };
  char *argv[] = { (char *) "buurtwerk", (char *) "--database", path, (char *) "--no-demo-data", NULL };
  guint object_id, owner_id;

  g_assert_no_error (error);
  g_assert_nonnull (bus);
  fill_reminder_store (path);
  object_id = g_dbus_connection_register_object (bus, "/org/gtk/Notifications", node->interfaces[0], &vtable,
                                                 &shell, NULL, &error);
  g_assert_no_error (error);
  owner_id = g_bus_own_name_on_connection (bus, "org.gtk.Notifications", G_BUS_NAME_OWNER_FLAGS_NONE,
                                           name_acquired, NULL, &shell, NULL);
  BW_TEST_WAIT (shell.owned);

  app = bw_application_new ();
  g_signal_connect_after (app, "activate", G_CALLBACK (activated_cb), &shell);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), G_N_ELEMENTS (argv) - 1, argv), ==, 0);
  g_assert_true (shell.done);

  g_bus_unown_name (owner_id);
  g_dbus_connection_unregister_object (bus, object_id);
  g_ptr_array_unref (shell.added);
  bw_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  bw_test_init (&argc, &argv);
  server_exe = g_getenv ("BUURTWERK_SERVER");
  g_test_add ("/my-work/complete-overdue", Fixture, NULL, setup, test_complete_overdue, fixture_teardown);
  g_test_add ("/my-work/empty", Fixture, NULL, setup, test_empty, fixture_teardown);
  g_test_add ("/my-work/decline-transfer", Fixture, NULL, setup_two, test_decline_transfer, fixture_teardown);
  g_test_add_func ("/my-work/reminder", test_reminder);
  return bw_test_run ();
}
