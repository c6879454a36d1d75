/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-app"
#include "config.h"

#include <glib/gi18n.h>
#include <errno.h>

#include <glib/gstdio.h>

#include "bw-application.h"
#include "bw-case-store-attachments.h"
#include "bw-case-store.h"
#include "bw-case-store-retention.h"
#include "bw-case-store-work.h"
#include "bw-date.h"
#include "bw-demo-data.h"
#include "bw-conflicts-window.h"
#include "bw-preferences-window.h"
#include "bw-probe.h"
#include "bw-sync-engine.h"
#include "bw-token-store.h"
#include "bw-window.h"

/* After a failed sync because the server could not be reached: the first
 * retry comes soon, later ones wait longer, never longer than the interval. */
#define FIRST_RETRY_SECONDS 30

struct _BwApplication
{
  AdwApplication parent_instance;

  BwCaseStore *store;
  GError *open_error;       /* why the store did not open */
  BwCaseList *first_cases;  /* for the first window, loading since start-up */
  BwSyncEngine *sync;
  GSettings *settings;
  char *database_path;
  gboolean no_demo_data;

  guint sync_timeout;
  guint retry_seconds;
  gboolean privacy_checked;
  BwProbe *probe;   /* only for the benches */
  guint reminder_timeout;
  gboolean reminding;
};

G_DEFINE_FINAL_TYPE (BwApplication, bw_application, ADW_TYPE_APPLICATION)

static char *
default_database_path (GError **error)
{
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), APP_ID, NULL);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Cannot create the folder %s: %s"), dir, g_strerror (saved_errno));
      return NULL;
    }
  return g_build_filename (dir, "buurtwerk.db", NULL);
}

static BwCaseStore *
open_store (BwApplication  *self,
            GError        **error)
{
  g_autoptr(BwCaseStore) store = NULL;
  g_autofree char *path = NULL;
  g_autofree char *demo = NULL;
  g_autofree char *login = g_settings_get_string (self->settings, "account-login");
  const char *author = g_get_real_name ();

  path = self->database_path ? g_strdup (self->database_path) : default_database_path (error);
  if (path == NULL)
    return NULL;

  /* Until the first sign-in stores the name the server knows (the store
   * then uses that): the computer account's full name, else the login
   * entered in Preferences, else the account's login name. */
  if (author == NULL || g_str_equal (author, "Unknown") || g_str_equal (author, g_get_user_name ()))
    author = *login ? login : g_get_user_name ();
  store = bw_case_store_open (path, author, error);
  if (store == NULL)
    return NULL;

  /* Demo data goes only into a database that never held anything: once
   * there was data, it is never touched again. Only the team's own cases:
   * the demo planning is the trainer's, made on the trainer's desktop and
   * arriving through the demo server (build-aux/run-app, buurtwerk-demo);
   * a buurtteam member's desktop that made offers would have them refused
   * at its first sync. */
  demo = bw_case_store_get_meta (store, "demo_data");
  if (!self->no_demo_data && demo == NULL && bw_case_store_count_cases (store) == 0)
    {
      g_autofree char *signer = g_strdup (bw_case_store_get_author (store));

      if (!bw_demo_data_fill (store, BW_DEMO_CASES, BW_DEMO_SEED, error) ||
          !bw_case_store_set_meta (store, "demo_data", "added", error))
        return NULL;
      bw_case_store_set_author (store, signer);
    }

  return g_steal_pointer (&store);
}

static void
show_fatal_error (BwApplication *self,
                  const GError  *error)
{
  GtkWidget *dialog;

  g_printerr ("buurtwerk: %s\n", error->message);
  dialog = adw_message_dialog_new (NULL, _("Buurtwerk Cannot Start"), error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

BwCaseStore *
bw_application_get_store (BwApplication *self)
{
  g_return_val_if_fail (BW_IS_APPLICATION (self), NULL);
  return self->store;
}

BwSyncEngine *
bw_application_get_sync_engine (BwApplication *self)
{
  g_return_val_if_fail (BW_IS_APPLICATION (self), NULL);
  return self->sync;
}

static void
notify_user (BwApplication *self,
             AdwToast      *toast)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  g_object_ref_sink (toast);
  if (BW_IS_WINDOW (window))
    bw_window_add_toast (BW_WINDOW (window), toast);
  g_object_unref (toast);
}

/* Retention: closed cases past the retention period leave this desktop
 * too (also when it never syncs), on a worker thread; the store tells the
 * lists and the map. The server purges at its own norm and its purges
 * arrive with the next sync. */

static void
purge_finished_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  guint n = 0;

  if (!bw_case_store_purge_closed_finish (BW_CASE_STORE (source), result, &n, &error))
    g_warning ("Retention: closed cases could not be purged: %s", error->message);
  else if (n > 0)
    g_message ("Retention: %u closed cases past the retention period were removed", n);
}

static void
purge_closed_cases (BwApplication *self)
{
  if (self->store == NULL)
    return;
  bw_case_store_purge_closed_async (self->store, g_settings_get_uint (self->settings, "retention-months"),
                                    NULL, purge_finished_cb, NULL);
}

/* Synchronisation */

static void schedule_sync (BwApplication *self, guint seconds);

static void
sync_finished_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(BwApplication) self = user_data;
  g_autoptr(GError) error = NULL;
  guint interval = g_settings_get_uint (self->settings, "sync-interval") * 60;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  bw_sync_engine_sync_finish (BW_SYNC_ENGINE (source), result, &error);
  if (BW_IS_WINDOW (window))
    bw_window_set_sync_error (BW_WINDOW (window), error);

  if (error == NULL)
    {
      self->retry_seconds = 0;
      purge_closed_cases (self);
      schedule_sync (self, interval);
      return;
    }
  if (g_error_matches (error, BW_SYNC_ERROR, BW_SYNC_ERROR_BUSY))
    return;
  if (g_error_matches (error, BW_SYNC_ERROR, BW_SYNC_ERROR_RETRY_LATER))
    {
      /* The server is busy: nothing was lost, everything stays in the
       * outbox; the sync button says when the next try is. */
      schedule_sync (self, bw_sync_engine_get_retry_after (BW_SYNC_ENGINE (source)));
      return;
    }
  if (g_error_matches (error, BW_SYNC_ERROR, BW_SYNC_ERROR_OFFLINE))
    {
      /* Offline is normal in a community centre: retry quietly. */
      self->retry_seconds = self->retry_seconds ? MIN (self->retry_seconds * 2, interval) : FIRST_RETRY_SECONDS;
      schedule_sync (self, self->retry_seconds);
      return;
    }
  if (g_error_matches (error, BW_SYNC_ERROR, BW_SYNC_ERROR_UNAUTHORIZED))
    {
      AdwToast *toast = adw_toast_new (error->message);

      adw_toast_set_button_label (toast, _("_Log In…"));
      adw_toast_set_action_name (toast, "app.login");
      notify_user (self, toast);
      return;
    }
  notify_user (self, adw_toast_new (error->message));
  schedule_sync (self, interval);
}

static void
start_sync (BwApplication *self)
{
  if (self->sync == NULL || !bw_sync_engine_is_configured (self->sync))
    return;
  bw_sync_engine_sync_async (self->sync, NULL, sync_finished_cb, g_object_ref (self));
}

static gboolean
sync_timeout_cb (gpointer user_data)
{
  BwApplication *self = user_data;

  self->sync_timeout = 0;
  start_sync (self);
  return G_SOURCE_REMOVE;
}

static void
schedule_sync (BwApplication *self,
               guint          seconds)
{
  g_clear_handle_id (&self->sync_timeout, g_source_remove);
  g_clear_handle_id (&self->reminder_timeout, g_source_remove);
  self->sync_timeout = g_timeout_add_seconds (MAX (seconds, 1), sync_timeout_cb, self);
}

static void
user_refreshed_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  /* Offline, the role and name stored at the last sign-in stay; the sync
   * reports what is wrong with the server or the session. */
  if (!bw_sync_engine_refresh_user_finish (BW_SYNC_ENGINE (source), result, &error))
    g_debug ("Who is signed in could not be asked: %s", error->message);
}

/* At start: who the session belongs to now (a role can change on the
 * server). The window shows the stored role until the answer comes. */
static void
refresh_user (BwApplication *self)
{
  bw_sync_engine_refresh_user_async (self->sync, NULL, user_refreshed_cb, NULL);
}

static void
token_found_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(BwApplication) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *token = bw_token_store_lookup_finish (result, &error);
  g_autofree char *server = g_settings_get_string (self->settings, "server-url");

  if (token == NULL)
    {
      if (error)
        g_debug ("No stored session: %s", error->message);
      return;
    }
  bw_sync_engine_set_server (self->sync, server, token);
  refresh_user (self);
  schedule_sync (self, 2);
}

/* The server and the session: from the environment when make run starts a
 * local server, else from the settings and the keyring. */
static void
configure_sync (BwApplication *self)
{
  g_autofree char *server = g_settings_get_string (self->settings, "server-url");
  g_autofree char *login = g_settings_get_string (self->settings, "account-login");
  const char *env_server = g_getenv ("BUURTWERK_SERVER_URL");
  const char *env_token = g_getenv ("BUURTWERK_TOKEN");

  if (env_server && env_token)
    {
      /* Whose token this is, the database cannot know for sure (make
       * run, or run-app --as vsv): the server is asked (GET /me) before
       * the first sync, which waits two seconds. */
      bw_sync_engine_set_server (self->sync, env_server, env_token);
      refresh_user (self);
      schedule_sync (self, 2);
      return;
    }
  bw_sync_engine_set_server (self->sync, NULL, NULL);
  if (*server && *login)
    bw_token_store_lookup_async (server, login, NULL, token_found_cb, g_object_ref (self));
}

static void
sync_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  BwApplication *self = user_data;

  if (self->sync == NULL || !bw_sync_engine_is_configured (self->sync))
    {
      AdwToast *toast = adw_toast_new (_("Set the server address and log in to synchronise"));

      adw_toast_set_button_label (toast, _("_Log In…"));
      adw_toast_set_action_name (toast, "app.login");
      notify_user (self, toast);
      return;
    }
  self->retry_seconds = 0;
  start_sync (self);
}

static void
show_conflicts_action (GSimpleAction *action,
                       GVariant      *param,
                       gpointer       user_data)
{
  BwApplication *self = user_data;

  if (self->sync == NULL)
    return;
  gtk_window_present (GTK_WINDOW (bw_conflicts_window_new (gtk_application_get_active_window (GTK_APPLICATION (self)),
                                                           self->store, self->sync)));
}

typedef struct {
  BwApplication *app;
  char *server;
  char *login;
} LoginData;

static void
login_data_free (LoginData *data)
{
  g_object_unref (data->app);
  g_free (data->server);
  g_free (data->login);
  g_free (data);
}

static void
token_saved_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(BwApplication) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!bw_token_store_save_finish (result, &error))
    notify_user (self, adw_toast_new (_("Logged in. The session could not be kept in the keyring, so you will be asked to log in again next time.")));
  else
    notify_user (self, adw_toast_new (_("Logged in")));
}

static void
logged_in_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  LoginData *data = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *token = bw_sync_engine_login_finish (BW_SYNC_ENGINE (source), result, &error);

  if (token == NULL)
    {
      notify_user (data->app, adw_toast_new (error->message));
      login_data_free (data);
      return;
    }
  bw_token_store_save_async (data->server, data->login, token, NULL, token_saved_cb, g_object_ref (data->app));
  start_sync (data->app);
  login_data_free (data);
}

static void
login_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   BwApplication    *self)
{
  GtkEditable *password = g_object_get_data (G_OBJECT (dialog), "password");
  LoginData *data;

  if (!g_str_equal (response, "login"))
    return;
  data = g_new0 (LoginData, 1);
  data->app = g_object_ref (self);
  data->server = g_settings_get_string (self->settings, "server-url");
  data->login = g_settings_get_string (self->settings, "account-login");
  bw_sync_engine_login_async (self->sync, data->server, data->login, gtk_editable_get_text (password),
                              NULL, logged_in_cb, data);
  /* The password is not kept anywhere. */
  gtk_editable_set_text (password, "");
}

static void
login_action (GSimpleAction *action,
              GVariant      *param,
              gpointer       user_data)
{
  BwApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  g_autofree char *server = g_settings_get_string (self->settings, "server-url");
  g_autofree char *login = g_settings_get_string (self->settings, "account-login");
  g_autofree char *body = NULL;
  GtkWidget *dialog;
  GtkWidget *password;

  if (*server == '\0' || *login == '\0')
    {
      notify_user (self, adw_toast_new (_("First enter the server address and your login name in Preferences")));
      gtk_window_present (GTK_WINDOW (bw_preferences_window_new (parent)));
      return;
    }

  /* TRANSLATORS: "Log in as <login> on <server address>." */
  body = g_strdup_printf (_("Log in as %s on %s."), login, server);
  dialog = adw_message_dialog_new (parent, _("Log In"), body);
  password = gtk_password_entry_new ();
  gtk_password_entry_set_show_peek_icon (GTK_PASSWORD_ENTRY (password), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (password), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Password"), -1);
  g_object_set (password, "activates-default", TRUE, NULL);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), password);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "login", _("_Log In"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "login", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "login");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "password", password);
  g_signal_connect_object (dialog, "response", G_CALLBACK (login_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (password);
}

/* Once per start: the case data must not be readable by other users (a
 * copied-in file, a shared home). */
static void
warn_if_not_private (BwApplication *self,
                     GtkWindow     *window)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *dialog;

  if (self->privacy_checked || self->store == NULL)
    return;
  self->privacy_checked = TRUE;
  if (bw_case_store_check_private (self->store, &error))
    return;

  dialog = adw_message_dialog_new (window, _("Other Users Can Read the Case Data"), error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Reminders: a notification at start and once a day while an action of
 * the user's is overdue. It can show on a locked screen, so it holds a
 * count and nothing else: no name, no action. Clicking it opens My work
 * (app.show-my-work). The day of the last one is kept in the settings. */

static void
reminder_read_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(BwApplication) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sections = bw_case_store_read_work_finish (BW_CASE_STORE (source), result, &error);
  g_autoptr(GNotification) notification = NULL;
  g_autofree char *title = NULL;
  g_autofree char *today = bw_date_today ();
  guint overdue;

  self->reminding = FALSE;
  if (sections == NULL)
    {
      g_debug ("No reminder: %s", error->message);
      return;
    }
  overdue = g_list_model_get_n_items (g_ptr_array_index (sections, BW_WORK_OVERDUE));
  if (overdue == 0)
    return;
  title = g_strdup_printf (ngettext ("%u action overdue", "%u actions overdue", overdue), overdue);
  notification = g_notification_new (title);
  g_notification_set_body (notification, _("Open My Work in Buurtwerk to see them."));
  g_notification_set_default_action (notification, "app.show-my-work");
  g_application_send_notification (G_APPLICATION (self), "my-work", notification);
  g_settings_set_string (self->settings, "reminder-day", today);
}

static gboolean
remind_if_due (gpointer user_data)
{
  BwApplication *self = user_data;
  g_autofree char *today = bw_date_today ();
  g_autofree char *last = g_settings_get_string (self->settings, "reminder-day");

  if (self->store != NULL && !self->reminding && g_strcmp0 (last, today) != 0)
    {
      self->reminding = TRUE;
      bw_case_store_read_work_async (self->store, NULL, reminder_read_cb, g_object_ref (self));
    }
  return G_SOURCE_CONTINUE;
}

static void
show_my_work_action (GSimpleAction *action,
                     GVariant      *param,
                     gpointer       user_data)
{
  GtkApplication *app = user_data;
  GtkWindow *window = gtk_application_get_active_window (app);

  if (window == NULL)
    {
      g_application_activate (G_APPLICATION (app));
      window = gtk_application_get_active_window (app);
    }
  if (window == NULL)
    return;
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-my-work", NULL);
  gtk_window_present (window);
}

/* Retention at start waits until the first case list is in: it reads
 * every closed case, and would compete with the list's query. */
static void
first_list_loaded_cb (BwApplication *self,
                      GParamSpec    *pspec,
                      BwCaseList    *cases)
{
  if (bw_case_list_get_loading (cases))
    return;
  g_signal_handlers_disconnect_by_func (cases, first_list_loaded_cb, self);
  purge_closed_cases (self);
}

static void
bw_application_activate (GApplication *app)
{
  BwApplication *self = BW_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    {
      gboolean first = self->sync == NULL;
      BwCaseList *cases;

      if (first)
        {
          g_autoptr(GError) error = NULL;

          if (self->store == NULL)
            {
              show_fatal_error (self, self->open_error);
              return;
            }
          self->sync = bw_sync_engine_new (self->store, &error);
          if (self->sync == NULL)
            {
              show_fatal_error (self, error);
              return;
            }
          g_signal_connect_object (self->settings, "changed::server-url", G_CALLBACK (configure_sync),
                                   self, G_CONNECT_SWAPPED);
          g_signal_connect_object (self->settings, "changed::account-login", G_CALLBACK (configure_sync),
                                   self, G_CONNECT_SWAPPED);
          configure_sync (self);
        }
      window = GTK_WINDOW (bw_window_new_with_cases (ADW_APPLICATION (app), self->store, self->first_cases));
      g_clear_object (&self->first_cases);
      bw_window_set_sync_engine (BW_WINDOW (window), self->sync);
      cases = BW_CASE_LIST (bw_window_get_case_list (BW_WINDOW (window)));
      if (first && bw_case_list_get_loading (cases))
        g_signal_connect_object (cases, "notify::loading", G_CALLBACK (first_list_loaded_cb), self,
                                 G_CONNECT_SWAPPED);
      else if (first)
        purge_closed_cases (self);
      /* Checked every hour: the day may turn while the app is open. */
      if (first && self->reminder_timeout == 0)
        {
          remind_if_due (self);
          self->reminder_timeout = g_timeout_add_seconds (60 * 60, remind_if_due, self);
        }
      if (self->probe == NULL)
        self->probe = bw_probe_new_from_environment (app, GTK_WIDGET (window), G_LIST_MODEL (cases), self->sync);
    }
  gtk_window_present (window);
  warn_if_not_private (self, window);
}

static int
bw_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  BwApplication *self = BW_APPLICATION (app);
  const char *path = NULL;

  if (g_variant_dict_lookup (options, "database", "^&ay", &path))
    self->database_path = g_canonicalize_filename (path, NULL);
  if (g_variant_dict_contains (options, "no-demo-data"))
    self->no_demo_data = TRUE;
  return -1;
}

static void
about_action (GSimpleAction *action,
              GVariant      *param,
              gpointer       user_data)
{
  GtkApplication *app = user_data;
  const char *developers[] = { "Buurtwerk contributors", NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (app),
                        "application-name", _("Buurtwerk"),
                        "application-icon", APP_ID,
                        "developer-name", _("Municipality of Heerlen"),
                        "version", PACKAGE_VERSION,
                        "comments", _("Case records for the neighbourhood approach in Heerlen-Noord."),
                        "license-type", GTK_LICENSE_CUSTOM,
                        "license", "EUPL-1.2",
                        "developers", developers,
                        "translator-credits", _("translator-credits"),
                        NULL);
  adw_about_window_add_legal_section (ADW_ABOUT_WINDOW (about),
                                      _("Neighbourhood boundaries and figures"),
                                      "Kadaster / Centraal Bureau voor de Statistiek, 2025",
                                      GTK_LICENSE_CUSTOM,
                                      _("CBS open data, licensed CC BY 4.0."));
  gtk_window_present (GTK_WINDOW (about));
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *param,
                    gpointer       user_data)
{
  GtkApplication *app = user_data;

  gtk_window_present (GTK_WINDOW (bw_preferences_window_new (gtk_application_get_active_window (app))));
}

static void
quit_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  GtkApplication *app = user_data;
  GtkWindow *window;

  /* Close windows one by one so each can ask about unsaved changes. */
  window = gtk_application_get_active_window (app);
  if (window)
    gtk_window_close (window);
  else
    g_application_quit (G_APPLICATION (app));
}

static void
bw_application_startup (GApplication *app)
{
  BwApplication *self = BW_APPLICATION (app);
  static const GActionEntry entries[] = {
    { "about", about_action, NULL, NULL, NULL, { 0 } },
    { "preferences", preferences_action, NULL, NULL, NULL, { 0 } },
    { "sync", sync_action, NULL, NULL, NULL, { 0 } },
    { "show-conflicts", show_conflicts_action, NULL, NULL, NULL, { 0 } },
    { "login", login_action, NULL, NULL, NULL, { 0 } },
    { "quit", quit_action, NULL, NULL, NULL, { 0 } },
    { "show-my-work", show_my_work_action, NULL, NULL, NULL, { 0 } },
  };

  /* The store opens, and the first case list's query starts on the
   * store's read thread, before GTK opens the display (GL, fonts, the
   * theme): the two largest parts of a start then run side by side. An
   * error is shown once GTK is up. */
  self->store = open_store (self, &self->open_error);
  if (self->store != NULL)
    self->first_cases = bw_case_list_new (self->store);

  G_APPLICATION_CLASS (bw_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), entries, G_N_ELEMENTS (entries), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit",
                                         (const char *[]) { "<Control>q", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.sync",
                                         (const char *[]) { "<Control>r", "F5", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.preferences",
                                         (const char *[]) { "<Control>comma", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.new-case",
                                         (const char *[]) { "<Control>n", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.search",
                                         (const char *[]) { "<Control>f", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "window.close",
                                         (const char *[]) { "<Control>w", NULL });
}

/* The private copies of opened attachments go with the app. */
static void
bw_application_shutdown (GApplication *app)
{
  bw_attachment_copies_clear ();
  G_APPLICATION_CLASS (bw_application_parent_class)->shutdown (app);
}

static void
bw_application_finalize (GObject *object)
{
  BwApplication *self = BW_APPLICATION (object);

  g_clear_handle_id (&self->sync_timeout, g_source_remove);
  g_clear_object (&self->probe);
  g_clear_object (&self->sync);
  g_clear_object (&self->first_cases);
  g_clear_object (&self->store);
  g_clear_error (&self->open_error);
  g_clear_object (&self->settings);
  g_free (self->database_path);

  G_OBJECT_CLASS (bw_application_parent_class)->finalize (object);
}

static void
bw_application_class_init (BwApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = bw_application_finalize;
  app_class->activate = bw_application_activate;
  app_class->startup = bw_application_startup;
  app_class->shutdown = bw_application_shutdown;
  app_class->handle_local_options = bw_application_handle_local_options;
}

static void
bw_application_init (BwApplication *self)
{
  static const GOptionEntry options[] = {
    { "database", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Use the case database at PATH instead of the default one"), N_("PATH") },
    { "no-demo-data", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("Do not add demo data to a new, empty database"), NULL },
    { NULL }
  };

  g_application_add_main_option_entries (G_APPLICATION (self), options);
  self->settings = g_settings_new (APP_ID);
}

BwApplication *
bw_application_new (void)
{
  /* NON_UNIQUE: every start opens its own database (two desktops are
   * simulated by two instances in tests). */
  return g_object_new (BW_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_NON_UNIQUE,
                       "resource-base-path", "/nl/heerlen/Buurtwerk",
                       NULL);
}
