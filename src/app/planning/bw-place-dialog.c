/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-app-planning"
#include "config.h"

#include <glib/gi18n.h>

#include "bw-dialog-write.h"
#include "bw-place-dialog.h"
#include "bw-validation.h"

struct _BwPlaceDialog
{
  AdwWindow parent_instance;

  BwCaseStore *store;
  BwPlace *place;           /* a copy: the caller's is changed only when saved */

  /* template children */
  AdwWindowTitle *window_title;
  AdwEntryRow *name_row;
  AdwEntryRow *address_row;
  AdwActionRow *buurt_row;
  GtkDropDown *buurt_dropdown;
  AdwComboRow *kind_row;
  GtkLabel *error_label;
};

G_DEFINE_FINAL_TYPE (BwPlaceDialog, bw_place_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_error (BwPlaceDialog *self,
            const GError  *error)
{
  gtk_widget_remove_css_class (GTK_WIDGET (self->name_row), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->buurt_row), "error");
  if (g_error_matches (error, BW_VALIDATION_ERROR, BW_VALIDATION_ERROR_NAME))
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->name_row), "error");
      gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
    }
  else if (g_error_matches (error, BW_VALIDATION_ERROR, BW_VALIDATION_ERROR_NEIGHBOURHOOD))
    gtk_widget_add_css_class (GTK_WIDGET (self->buurt_row), "error");
  gtk_label_set_text (self->error_label, error->message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

static gboolean
write_place (BwCaseStore  *store,
             GObject      *unused,
             gint64        unused_id,
             GObject      *place,
             GError      **error)
{
  if (bw_place_get_id (BW_PLACE (place)) == 0)
    return bw_case_store_insert_place (store, BW_PLACE (place), error);
  return bw_case_store_update_place (store, BW_PLACE (place), error);
}

static void
place_written (GtkWidget    *widget,
               GObject      *place,
               const GError *error)
{
  BwPlaceDialog *self = BW_PLACE_DIALOG (widget);

  if (error != NULL)
    {
      show_error (self, error);
      return;
    }
  g_signal_emit (self, signals[SAVED], 0, place);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  BwPlaceDialog *self = BW_PLACE_DIALOG (widget);
  g_autoptr(BwPlace) edited = bw_place_copy (self->place);
  guint buurt = gtk_drop_down_get_selected (self->buurt_dropdown);
  guint kind = adw_combo_row_get_selected (self->kind_row);
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
  g_autofree char *address = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->address_row))));

  bw_place_set_name (edited, name);
  bw_place_set_address (edited, address);
  if (buurt != GTK_INVALID_LIST_POSITION)
    {
      g_autoptr(BwNeighbourhood) nb =
        g_list_model_get_item (bw_case_store_get_neighbourhoods (self->store), buurt);
      bw_place_set_buurt_code (edited, nb ? bw_neighbourhood_get_code (nb) : NULL);
    }
  if (kind < BW_PLACE_KIND_N)
    bw_place_set_kind (edited, kind);

  bw_dialog_write (widget, "place.save", self->store, write_place, NULL, 0, G_OBJECT (edited), place_written);
}

static void
bw_place_dialog_dispose (GObject *object)
{
  BwPlaceDialog *self = BW_PLACE_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), BW_TYPE_PLACE_DIALOG);
  g_clear_object (&self->store);
  g_clear_object (&self->place);

  G_OBJECT_CLASS (bw_place_dialog_parent_class)->dispose (object);
}

static void
bw_place_dialog_class_init (BwPlaceDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bw_place_dialog_dispose;

  /**
   * BwPlaceDialog::saved:
   * @place: the place as stored
   */
  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, BW_TYPE_PLACE);

  gtk_widget_class_set_template_from_resource (widget_class, "/nl/heerlen/Buurtwerk/ui/bw-place-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, BwPlaceDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, BwPlaceDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, BwPlaceDialog, address_row);
  gtk_widget_class_bind_template_child (widget_class, BwPlaceDialog, buurt_row);
  gtk_widget_class_bind_template_child (widget_class, BwPlaceDialog, buurt_dropdown);
  gtk_widget_class_bind_template_child (widget_class, BwPlaceDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, BwPlaceDialog, error_label);

  gtk_widget_class_install_action (widget_class, "place.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "place.save", NULL);
}

static void
bw_place_dialog_init (BwPlaceDialog *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  for (int i = 0; i < BW_PLACE_KIND_N; i++)
    gtk_string_list_append (kinds, bw_place_kind_label (i));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
}

BwPlaceDialog *
bw_place_dialog_new (GtkWindow   *parent,
                     BwCaseStore *store,
                     BwPlace     *place)
{
  BwPlaceDialog *self;
  g_autoptr(GtkExpression) expr = NULL;
  GListModel *buurten;
  guint n;

  g_return_val_if_fail (BW_IS_CASE_STORE (store), NULL);
  g_return_val_if_fail (BW_IS_PLACE (place), NULL);

  self = g_object_new (BW_TYPE_PLACE_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->place = bw_place_copy (place);

  adw_window_title_set_title (self->window_title,
                              bw_place_get_id (place) ? _("Edit Place") : _("New Place"));
  gtk_window_set_title (GTK_WINDOW (self),
                        bw_place_get_id (place) ? _("Edit Place") : _("New Place"));

  buurten = bw_case_store_get_neighbourhoods (store);
  expr = gtk_property_expression_new (BW_TYPE_NEIGHBOURHOOD, NULL, "name");
  gtk_drop_down_set_expression (self->buurt_dropdown, expr);
  gtk_drop_down_set_model (self->buurt_dropdown, buurten);
  gtk_drop_down_set_selected (self->buurt_dropdown, GTK_INVALID_LIST_POSITION);
  n = g_list_model_get_n_items (buurten);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BwNeighbourhood) nb = g_list_model_get_item (buurten, i);
      if (g_strcmp0 (bw_neighbourhood_get_code (nb), bw_place_get_buurt_code (place)) == 0)
        gtk_drop_down_set_selected (self->buurt_dropdown, i);
    }

  gtk_editable_set_text (GTK_EDITABLE (self->name_row),
                         bw_place_get_name (place) ? bw_place_get_name (place) : "");
  gtk_editable_set_text (GTK_EDITABLE (self->address_row),
                         bw_place_get_address (place) ? bw_place_get_address (place) : "");
  adw_combo_row_set_selected (self->kind_row, bw_place_get_kind (place));
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));

  return self;
}
