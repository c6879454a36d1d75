/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-app-cases"
#include "config.h"

#include <glib/gi18n.h>

#include "bw-transfer-dialog.h"

struct _BwTransferDialog
{
  AdwWindow parent_instance;

  BwCaseStore *store;
  gint64 case_id;
  gboolean writing;

  AdwActionRow *colleague_row;
  AdwActionRow *team_row;
  GtkCheckButton *colleague_check;
  GtkCheckButton *team_check;
  GtkDropDown *colleague_dropdown;
  GtkDropDown *team_dropdown;
  GtkTextView *note_view;
  GtkLabel *error_label;
  GtkWidget *offer_button;
};

G_DEFINE_FINAL_TYPE (BwTransferDialog, bw_transfer_dialog, ADW_TYPE_WINDOW)

typedef struct {
  gint64 case_id;
  gint64 to_user;
  gint64 to_team;
  char *note;
} Offer;

static void
offer_free (Offer *o)
{
  g_free (o->note);
  g_free (o);
}

/* On the store's write thread. */
static gboolean
offer_job (BwCaseStore  *store,
           gpointer      data,
           GError      **error)
{
  Offer *o = data;

  return bw_case_store_offer_transfer (store, o->case_id, o->to_user, o->to_team, o->note, error);
}

static void
show_error (BwTransferDialog *self,
            const char       *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

static void
offer_done (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(BwTransferDialog) self = user_data;
  g_autoptr(GError) error = NULL;

  self->writing = FALSE;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "transfer.offer", TRUE);
  if (!bw_case_store_write_finish (BW_CASE_STORE (source), result, &error))
    {
      show_error (self, error->message);
      return;
    }
  gtk_window_close (GTK_WINDOW (self));
}

static gint64
selected_id (GtkDropDown *dropdown)
{
  BwTeamMember *member = gtk_drop_down_get_selected_item (dropdown);

  return member != NULL ? bw_team_member_get_id (member) : 0;
}

static void
offer_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  BwTransferDialog *self = BW_TRANSFER_DIALOG (widget);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->note_view);
  GtkTextIter start, end;
  Offer *o;

  if (self->writing)
    return;
  o = g_new0 (Offer, 1);
  o->case_id = self->case_id;
  if (gtk_check_button_get_active (self->team_check))
    o->to_team = selected_id (self->team_dropdown);
  else
    o->to_user = selected_id (self->colleague_dropdown);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  o->note = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  self->writing = TRUE;
  gtk_widget_action_set_enabled (widget, "transfer.offer", FALSE);
  bw_case_store_write_async (self->store, offer_job, o, (GDestroyNotify) offer_free, NULL,
                             offer_done, g_object_ref (self));
}

static void
choice_toggled (BwTransferDialog *self)
{
  gboolean to_team = gtk_check_button_get_active (self->team_check);

  gtk_widget_set_sensitive (GTK_WIDGET (self->colleague_dropdown), !to_team);
  gtk_widget_set_sensitive (GTK_WIDGET (self->team_dropdown), to_team);
}

static void
hide_error (BwTransferDialog *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
}

static void
bw_transfer_dialog_dispose (GObject *object)
{
  BwTransferDialog *self = BW_TRANSFER_DIALOG (object);

  g_clear_object (&self->store);
  gtk_widget_dispose_template (GTK_WIDGET (self), BW_TYPE_TRANSFER_DIALOG);
  G_OBJECT_CLASS (bw_transfer_dialog_parent_class)->dispose (object);
}

static void
bw_transfer_dialog_class_init (BwTransferDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bw_transfer_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/nl/heerlen/Buurtwerk/ui/bw-transfer-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, BwTransferDialog, colleague_row);
  gtk_widget_class_bind_template_child (widget_class, BwTransferDialog, team_row);
  gtk_widget_class_bind_template_child (widget_class, BwTransferDialog, colleague_check);
  gtk_widget_class_bind_template_child (widget_class, BwTransferDialog, team_check);
  gtk_widget_class_bind_template_child (widget_class, BwTransferDialog, colleague_dropdown);
  gtk_widget_class_bind_template_child (widget_class, BwTransferDialog, team_dropdown);
  gtk_widget_class_bind_template_child (widget_class, BwTransferDialog, note_view);
  gtk_widget_class_bind_template_child (widget_class, BwTransferDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, BwTransferDialog, offer_button);
  gtk_widget_class_install_action (widget_class, "transfer.offer", NULL, offer_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
bw_transfer_dialog_init (BwTransferDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_swapped (self->team_check, "notify::active", G_CALLBACK (choice_toggled), self);
  /* A message about the note goes once the note is written. */
  g_signal_connect_swapped (gtk_text_view_get_buffer (self->note_view), "changed",
                            G_CALLBACK (hide_error), self);
}

static void
set_choices (GtkDropDown *dropdown,
             GListModel  *model)
{
  gtk_drop_down_set_expression (dropdown, gtk_property_expression_new (BW_TYPE_TEAM_MEMBER, NULL, "name"));
  gtk_drop_down_set_model (dropdown, model);
}

BwTransferDialog *
bw_transfer_dialog_new (GtkWindow   *parent,
                        BwCaseStore *store,
                        gint64       case_id,
                        GListModel  *colleagues,
                        GListModel  *teams)
{
  BwTransferDialog *self = g_object_new (BW_TYPE_TRANSFER_DIALOG, "transient-for", parent, NULL);

  self->store = g_object_ref (store);
  self->case_id = case_id;
  set_choices (self->colleague_dropdown, colleagues);
  set_choices (self->team_dropdown, teams);
  /* No one to choose on a side: that side is not offered. */
  gtk_widget_set_visible (GTK_WIDGET (self->colleague_row), g_list_model_get_n_items (colleagues) > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->team_row), g_list_model_get_n_items (teams) > 0);
  if (g_list_model_get_n_items (colleagues) == 0)
    gtk_check_button_set_active (self->team_check, TRUE);
  choice_toggled (self);
  return self;
}
