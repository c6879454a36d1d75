/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-app-team"
#include "config.h"

#include <glib/gi18n.h>

#include "bw-reassign-dialog.h"

struct _BwReassignDialog
{
  AdwWindow parent_instance;

  BwCaseStore *store;
  GPtrArray *checks;         /* GtkCheckButton per case, its id as data */
  gboolean writing;

  AdwWindowTitle *window_title;
  GtkWidget *apply_button;
  GtkDropDown *target_dropdown;
  GtkListBox *cases_list;
  GtkLabel *error_label;
};

G_DEFINE_FINAL_TYPE (BwReassignDialog, bw_reassign_dialog, ADW_TYPE_WINDOW)

#define CASE_ID "bw-case-id"

typedef struct {
  GArray *case_ids;
  gint64 owner;
} Reassignment;

static void
reassignment_free (Reassignment *r)
{
  g_array_unref (r->case_ids);
  g_free (r);
}

/* On the write thread, in one transaction: all or none. */
static gboolean
reassign_job (BwCaseStore  *store,
              gpointer      data,
              GError      **error)
{
  Reassignment *r = data;

  for (guint i = 0; i < r->case_ids->len; i++)
    if (!bw_case_store_set_owner (store, g_array_index (r->case_ids, gint64, i), r->owner, error))
      return FALSE;
  return TRUE;
}

static void
show_error (BwReassignDialog *self,
            const char       *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

static void
reassign_done (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(BwReassignDialog) self = user_data;
  g_autoptr(GError) error = NULL;

  self->writing = FALSE;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reassign.apply", TRUE);
  if (!bw_case_store_write_finish (BW_CASE_STORE (source), result, &error))
    {
      show_error (self, error->message);
      return;
    }
  /* The workers see their new cases at their next sync; this one sends the
   * change now (the window's app.sync, where it has one). */
  if (gtk_window_get_transient_for (GTK_WINDOW (self)) != NULL)
    gtk_widget_activate_action (GTK_WIDGET (gtk_window_get_transient_for (GTK_WINDOW (self))), "app.sync", NULL);
  gtk_window_close (GTK_WINDOW (self));
}

static void
apply_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  BwReassignDialog *self = BW_REASSIGN_DIALOG (widget);
  BwTeamMember *target = gtk_drop_down_get_selected_item (self->target_dropdown);
  Reassignment *r;

  if (self->writing)
    return;
  r = g_new0 (Reassignment, 1);
  r->case_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  r->owner = target != NULL ? bw_team_member_get_id (target) : 0;
  for (guint i = 0; i < self->checks->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (self->checks, i)))
      {
        gint64 id = *(gint64 *) g_object_get_data (g_ptr_array_index (self->checks, i), CASE_ID);

        g_array_append_val (r->case_ids, id);
      }
  if (r->case_ids->len == 0 || r->owner == 0)
    {
      show_error (self, r->owner == 0 ? _("Choose the worker who takes the case over")
                                      : _("Choose at least one case"));
      reassignment_free (r);
      return;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  self->writing = TRUE;
  gtk_widget_action_set_enabled (widget, "reassign.apply", FALSE);
  bw_case_store_write_async (self->store, reassign_job, r, (GDestroyNotify) reassignment_free, NULL,
                             reassign_done, g_object_ref (self));
}

static void
bw_reassign_dialog_dispose (GObject *object)
{
  BwReassignDialog *self = BW_REASSIGN_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->checks, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), BW_TYPE_REASSIGN_DIALOG);
  G_OBJECT_CLASS (bw_reassign_dialog_parent_class)->dispose (object);
}

static void
bw_reassign_dialog_class_init (BwReassignDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bw_reassign_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/nl/heerlen/Buurtwerk/ui/bw-reassign-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, BwReassignDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, BwReassignDialog, apply_button);
  gtk_widget_class_bind_template_child (widget_class, BwReassignDialog, target_dropdown);
  gtk_widget_class_bind_template_child (widget_class, BwReassignDialog, cases_list);
  gtk_widget_class_bind_template_child (widget_class, BwReassignDialog, error_label);
  gtk_widget_class_install_action (widget_class, "reassign.apply", NULL, apply_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
bw_reassign_dialog_init (BwReassignDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->checks = g_ptr_array_new ();
}

BwReassignDialog *
bw_reassign_dialog_new (GtkWindow   *parent,
                        BwCaseStore *store,
                        const char  *worker_name,
                        GListModel  *cases,
                        GListModel  *workers)
{
  BwReassignDialog *self = g_object_new (BW_TYPE_REASSIGN_DIALOG, "transient-for", parent, NULL);

  self->store = g_object_ref (store);
  adw_window_title_set_subtitle (self->window_title, worker_name);
  gtk_drop_down_set_expression (self->target_dropdown,
                                gtk_property_expression_new (BW_TYPE_TEAM_MEMBER, NULL, "name"));
  gtk_drop_down_set_model (self->target_dropdown, workers);
  for (guint i = 0; i < g_list_model_get_n_items (cases); i++)
    {
      g_autoptr(BwCase) c = g_list_model_get_item (cases, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), bw_case_get_name (c));
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      bw_case_get_name (c), -1);
      g_object_set_data_full (G_OBJECT (check), CASE_ID, g_memdup2 (&(gint64) { bw_case_get_id (c) }, sizeof (gint64)),
                              g_free);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      gtk_list_box_append (self->cases_list, row);
      g_ptr_array_add (self->checks, check);
    }
  return self;
}
