/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-app"
#include "config.h"

#include <glib/gi18n.h>

#include "bw-preferences-window.h"
#include "bw-validation.h"

struct _BwPreferencesWindow
{
  AdwPreferencesWindow parent_instance;

  GSettings *settings;

  AdwEntryRow *server_row;
  AdwEntryRow *account_row;
  GtkSpinButton *sync_interval_spin;
  AdwEntryRow *tile_row;
  GtkSpinButton *retention_spin;
};

G_DEFINE_FINAL_TYPE (BwPreferencesWindow, bw_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

typedef gboolean (*ValidateFunc) (const char *text, GError **error);

/* Stores the row's text under @key when @validate accepts it; otherwise
 * marks the row and says why, and the setting keeps its old value. */
static void
apply_entry (BwPreferencesWindow *self,
             AdwEntryRow         *row,
             const char          *key,
             ValidateFunc         validate)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
  g_autoptr(GError) error = NULL;

  if (validate != NULL && !validate (text, &error))
    {
      gtk_widget_add_css_class (GTK_WIDGET (row), "error");
      gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      error->message, -1);
      adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (error->message));
      return;
    }

  gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
  gtk_accessible_reset_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
  g_settings_set_string (self->settings, key, text);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

static void
server_applied_cb (BwPreferencesWindow *self)
{
  apply_entry (self, self->server_row, "server-url", bw_validate_server_url);
}

static gboolean
validate_login (const char  *text,
                GError     **error)
{
  for (const char *p = text; *p; p++)
    if (g_ascii_isspace (*p) || g_ascii_iscntrl (*p))
      {
        g_set_error_literal (error, BW_VALIDATION_ERROR, BW_VALIDATION_ERROR_TEXT,
                             _("A login name has no spaces"));
        return FALSE;
      }
  return TRUE;
}

static void
account_applied_cb (BwPreferencesWindow *self)
{
  apply_entry (self, self->account_row, "account-login", validate_login);
}

static void
tile_applied_cb (BwPreferencesWindow *self)
{
  apply_entry (self, self->tile_row, "tile-url", bw_validate_tile_url);
}

static void
bw_preferences_window_dispose (GObject *object)
{
  BwPreferencesWindow *self = BW_PREFERENCES_WINDOW (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (bw_preferences_window_parent_class)->dispose (object);
}

static void
bw_preferences_window_class_init (BwPreferencesWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = bw_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/nl/heerlen/Buurtwerk/ui/bw-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, BwPreferencesWindow, server_row);
  gtk_widget_class_bind_template_child (widget_class, BwPreferencesWindow, account_row);
  gtk_widget_class_bind_template_child (widget_class, BwPreferencesWindow, sync_interval_spin);
  gtk_widget_class_bind_template_child (widget_class, BwPreferencesWindow, tile_row);
  gtk_widget_class_bind_template_child (widget_class, BwPreferencesWindow, retention_spin);
  gtk_widget_class_bind_template_callback (widget_class, server_applied_cb);
  gtk_widget_class_bind_template_callback (widget_class, account_applied_cb);
  gtk_widget_class_bind_template_callback (widget_class, tile_applied_cb);
}

static void
bw_preferences_window_init (BwPreferencesWindow *self)
{
  g_autofree char *server = NULL;
  g_autofree char *account = NULL;
  g_autofree char *tiles = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  server = g_settings_get_string (self->settings, "server-url");
  account = g_settings_get_string (self->settings, "account-login");
  tiles = g_settings_get_string (self->settings, "tile-url");
  gtk_editable_set_text (GTK_EDITABLE (self->server_row), server);
  gtk_editable_set_text (GTK_EDITABLE (self->account_row), account);
  gtk_editable_set_text (GTK_EDITABLE (self->tile_row), tiles);

  /* The spin buttons' ranges are the schema's, so every value is valid. */
  g_settings_bind (self->settings, "sync-interval",
                   gtk_spin_button_get_adjustment (self->sync_interval_spin), "value",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "retention-months",
                   gtk_spin_button_get_adjustment (self->retention_spin), "value",
                   G_SETTINGS_BIND_DEFAULT);
}

GtkWidget *
bw_preferences_window_new (GtkWindow *parent)
{
  return g_object_new (BW_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       "modal", TRUE,
                       NULL);
}
