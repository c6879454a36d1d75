#include "config.h"

#include <glib/gi18n.h>
#include <errno.h>

#include <glib/gstdio.h>

#include "bw-application.h"
#include "bw-case-store.h"
#include "bw-demo-data.h"
#include "bw-preferences-window.h"
#include "bw-window.h"

/* About 300 cases: what one neighbourhood team holds. */
#define DEMO_CASES 300
#define DEMO_SEED 917

struct _BwApplication
{
  AdwApplication parent_instance;

  BwCaseStore *store;
  char *database_path;
  gboolean no_demo_data;
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
  const char *author = g_get_real_name ();

  path = self->database_path ? g_strdup (self->database_path) : default_database_path (error);
  if (path == NULL)
    return NULL;

  if (author == NULL || g_str_equal (author, "Unknown"))
    author = g_get_user_name ();
  store = bw_case_store_open (path, author, error);
  if (store == NULL)
    return NULL;

  /* Demo data goes only into a database that never held anything: once
   * there was data, it is never touched again. */
  demo = bw_case_store_get_meta (store, "demo_data");
  if (!self->no_demo_data && demo == NULL && bw_case_store_count_cases (store) == 0)
    {
      if (!bw_demo_data_fill (store, DEMO_CASES, DEMO_SEED, error) ||
          !bw_case_store_set_meta (store, "demo_data", "added", error))
        return NULL;
      bw_case_store_set_author (store, author);
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

static void
bw_application_activate (GApplication *app)
{
  BwApplication *self = BW_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    {
      if (self->store == NULL)
        {
          g_autoptr(GError) error = NULL;

          self->store = open_store (self, &error);
          if (self->store == NULL)
            {
              show_fatal_error (self, error);
              return;
            }
        }
      window = GTK_WINDOW (bw_window_new (ADW_APPLICATION (app), self->store));
    }
  gtk_window_present (window);
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
  static const GActionEntry entries[] = {
    { "about", about_action, NULL, NULL, NULL, { 0 } },
    { "preferences", preferences_action, NULL, NULL, NULL, { 0 } },
    { "quit", quit_action, NULL, NULL, NULL, { 0 } },
  };

  G_APPLICATION_CLASS (bw_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), entries, G_N_ELEMENTS (entries), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit",
                                         (const char *[]) { "<Control>q", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.preferences",
                                         (const char *[]) { "<Control>comma", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.new-case",
                                         (const char *[]) { "<Control>n", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.search",
                                         (const char *[]) { "<Control>f", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "window.close",
                                         (const char *[]) { "<Control>w", NULL });
}

static void
bw_application_finalize (GObject *object)
{
  BwApplication *self = BW_APPLICATION (object);

  g_clear_object (&self->store);
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
