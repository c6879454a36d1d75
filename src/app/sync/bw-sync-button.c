/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-app-sync"
#include "config.h"

#include <glib/gi18n.h>

#include "bw-sync-button.h"

struct _BwSyncButton
{
  GtkWidget parent_instance;

  BwSyncEngine *engine;
  char *error_text;
  /* The pending changes, counted on a worker (one count at a time, one
   * more when asked meanwhile). */
  guint pending;
  GCancellable *counting;
  gboolean count_again;

  GtkWidget *conflicts_button;
  GtkLabel *conflicts_label;
  GtkWidget *sync_button;
  GtkStack *icon_stack;
  GtkImage *state_image;
  GtkSpinner *spinner;
};

G_DEFINE_FINAL_TYPE (BwSyncButton, bw_sync_button, GTK_TYPE_WIDGET)

static char *
describe_last_sync (BwSyncEngine *engine)
{
  g_autofree char *stamp = bw_sync_engine_dup_last_sync (engine);
  g_autoptr(GDateTime) utc = stamp ? g_date_time_new_from_iso8601 (stamp, NULL) : NULL;
  g_autoptr(GDateTime) local = utc ? g_date_time_to_local (utc) : NULL;
  g_autofree char *when = NULL;

  if (local == NULL)
    return g_strdup (_("Not synchronised yet"));
  /* TRANSLATORS: strftime(3) format of the last sync time, e.g. "25 Nov, 14:05" */
  when = g_date_time_format (local, _("%-d %b, %H:%M"));
  return g_strdup_printf (_("Last synchronised %s"), when);
}

static void count_pending (BwSyncButton *self);

/* Shows the engine's state, with the pending changes last counted. */
static void
render (BwSyncButton *self)
{
  BwSyncState state;
  g_autofree char *tooltip = NULL;
  g_autofree char *last = NULL;
  guint pending = self->pending, conflicts;

  /* A button that is not on screen (the partner page's, on a team's
   * desktop) asks the engine nothing: counting the pending changes reads
   * the whole outbox. It catches up when it is shown. */
  if (self->engine == NULL || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;

  state = bw_sync_engine_get_state (self->engine);
  last = describe_last_sync (self->engine);

  if (!bw_sync_engine_is_configured (self->engine))
    tooltip = g_strdup (_("Working offline: set a server and log in under Preferences to synchronise"));
  else if (state == BW_SYNC_STATE_SYNCING)
    tooltip = g_strdup (_("Synchronising…"));
  else if (self->error_text)
    tooltip = g_strdup_printf ("%s\n%s", self->error_text, last);
  else if (pending > 0)
    tooltip = g_strdup_printf (ngettext ("%s\n%u change waiting to be sent", "%s\n%u changes waiting to be sent",
                                         pending), last, pending);
  else
    tooltip = g_steal_pointer (&last);

  gtk_widget_set_tooltip_text (self->sync_button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->sync_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Synchronise now"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, tooltip, -1);

  gtk_stack_set_visible_child_name (self->icon_stack, state == BW_SYNC_STATE_SYNCING ? "busy" : "idle");
  gtk_spinner_set_spinning (self->spinner, state == BW_SYNC_STATE_SYNCING);
  gtk_image_set_from_icon_name (self->state_image,
                                state == BW_SYNC_STATE_OFFLINE ? "network-offline-symbolic"
                                : state == BW_SYNC_STATE_ERROR ? "dialog-warning-symbolic"
                                : "emblem-synchronizing-symbolic");

  {
    g_autoptr(GListModel) list = bw_sync_engine_list_conflicts (self->engine);
    g_autoptr(GListModel) problems = bw_sync_engine_list_problems (self->engine);
    g_autoptr(GListModel) set_aside = bw_sync_engine_list_set_aside (self->engine);
    guint n_set_aside = g_list_model_get_n_items (set_aside);
    g_autofree char *count = NULL;
    g_autofree char *label = NULL;

    conflicts = g_list_model_get_n_items (list) + g_list_model_get_n_items (problems);
    count = g_strdup_printf ("%u", conflicts + n_set_aside);
    if (n_set_aside > 0 && conflicts > 0)
      {
        g_autofree char *a = g_strdup_printf (ngettext ("%u sync conflict to decide", "%u sync conflicts to decide",
                                                        conflicts), conflicts);
        g_autofree char *b = g_strdup_printf (ngettext ("%u change from the server set aside",
                                                        "%u changes from the server set aside", n_set_aside),
                                              n_set_aside);
        label = g_strdup_printf ("%s\n%s", a, b);
      }
    else if (n_set_aside > 0)
      label = g_strdup_printf (ngettext ("%u change from the server set aside",
                                         "%u changes from the server set aside", n_set_aside), n_set_aside);
    else
      label = g_strdup_printf (ngettext ("%u sync conflict to decide", "%u sync conflicts to decide",
                                         conflicts), conflicts);
    conflicts += n_set_aside;
    gtk_label_set_text (self->conflicts_label, count);
    gtk_widget_set_tooltip_text (self->conflicts_button, label);
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->conflicts_button),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
    gtk_widget_set_visible (self->conflicts_button, conflicts > 0);
  }
}

static void
pending_counted_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(BwSyncButton) self = user_data;
  g_autoptr(GError) error = NULL;
  guint pending = bw_sync_engine_count_pending_finish (BW_SYNC_ENGINE (source), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  g_clear_object (&self->counting);
  if (pending != self->pending)
    {
      self->pending = pending;
      render (self);
    }
  if (self->count_again)
    count_pending (self);
}

static void
count_pending (BwSyncButton *self)
{
  self->count_again = self->counting != NULL;
  if (self->counting != NULL)
    return;
  self->counting = g_cancellable_new ();
  bw_sync_engine_count_pending_async (self->engine, self->counting, pending_counted_cb, g_object_ref (self));
}

static void
update (BwSyncButton *self)
{
  render (self);
  if (self->engine != NULL && gtk_widget_get_mapped (GTK_WIDGET (self)))
    count_pending (self);
}

void
bw_sync_button_set_error (BwSyncButton *self,
                          const GError *error)
{
  g_return_if_fail (BW_IS_SYNC_BUTTON (self));

  g_clear_pointer (&self->error_text, g_free);
  if (error)
    self->error_text = g_strdup (error->message);
  update (self);
}

void
bw_sync_button_set_engine (BwSyncButton *self,
                           BwSyncEngine *engine)
{
  g_return_if_fail (BW_IS_SYNC_BUTTON (self));

  if (!g_set_object (&self->engine, engine))
    return;
  g_signal_connect_object (engine, "notify::state", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (engine, "notify::configured", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (engine, "conflicts-changed", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  update (self);
}

static void
bw_sync_button_dispose (GObject *object)
{
  BwSyncButton *self = BW_SYNC_BUTTON (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), BW_TYPE_SYNC_BUTTON);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  g_cancellable_cancel (self->counting);
  g_clear_object (&self->counting);
  g_clear_object (&self->engine);
  g_clear_pointer (&self->error_text, g_free);

  G_OBJECT_CLASS (bw_sync_button_parent_class)->dispose (object);
}

static void
bw_sync_button_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (bw_sync_button_parent_class)->map (widget);
  update (BW_SYNC_BUTTON (widget));
}

static void
bw_sync_button_class_init (BwSyncButtonClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = bw_sync_button_dispose;
  widget_class->map = bw_sync_button_map;

  gtk_widget_class_set_template_from_resource (widget_class, "/nl/heerlen/Buurtwerk/ui/bw-sync-button.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, BwSyncButton, conflicts_button);
  gtk_widget_class_bind_template_child (widget_class, BwSyncButton, conflicts_label);
  gtk_widget_class_bind_template_child (widget_class, BwSyncButton, sync_button);
  gtk_widget_class_bind_template_child (widget_class, BwSyncButton, icon_stack);
  gtk_widget_class_bind_template_child (widget_class, BwSyncButton, state_image);
  gtk_widget_class_bind_template_child (widget_class, BwSyncButton, spinner);
}

static void
bw_sync_button_init (BwSyncButton *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->sync_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Synchronise now"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->conflicts_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Sync conflicts"), -1);
}
