/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-app-planning"
#include "config.h"

#include <glib/gi18n.h>

#include "bw-date.h"
#include "bw-dialog-write.h"
#include "bw-offer-dialog.h"
#include "bw-validation.h"

struct _BwOfferDialog
{
  AdwWindow parent_instance;

  BwPlanning *planning;
  BwOffer *offer;           /* a copy: stored only on Save */

  /* template children */
  AdwWindowTitle *window_title;
  AdwEntryRow *title_row;
  AdwComboRow *kind_row;
  AdwEntryRow *target_group_row;
  AdwEntryRow *description_row;
  AdwEntryRow *trainer_row;
  AdwEntryRow *partner_row;
  AdwActionRow *buurt_row;
  GtkDropDown *buurt_dropdown;
  GtkLabel *offer_error;
  GtkLabel *organisation_error;
  GtkSpinButton *capacity_spin;
  AdwActionRow *capacity_row;
  AdwComboRow *status_row;
  AdwEntryRow *first_date_row;
  AdwEntryRow *last_date_row;
  GtkLabel *period_error;
};

G_DEFINE_FINAL_TYPE (BwOfferDialog, bw_offer_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
clear_errors (BwOfferDialog *self)
{
  GtkWidget *rows[] = { GTK_WIDGET (self->title_row), GTK_WIDGET (self->kind_row),
                        GTK_WIDGET (self->buurt_row), GTK_WIDGET (self->capacity_row),
                        GTK_WIDGET (self->status_row), GTK_WIDGET (self->first_date_row),
                        GTK_WIDGET (self->last_date_row) };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    gtk_widget_remove_css_class (rows[i], "error");
  gtk_widget_set_visible (GTK_WIDGET (self->offer_error), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->organisation_error), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->period_error), FALSE);
}

/* The message goes under the group of the field, the field is marked and
 * focused. */
static void
show_error (BwOfferDialog *self,
            GtkWidget     *row,
            GtkLabel      *label,
            const char    *message)
{
  clear_errors (self);
  gtk_widget_add_css_class (row, "error");
  gtk_label_set_text (label, message);
  gtk_widget_set_visible (GTK_WIDGET (label), TRUE);
  gtk_widget_grab_focus (row);
}

static void
show_planning_error (BwOfferDialog *self,
                     const GError  *error)
{
  GtkWidget *row = GTK_WIDGET (self->title_row);
  GtkLabel *label = self->offer_error;

  if (error->domain == BW_PLANNING_ERROR)
    switch (error->code)
      {
      case BW_PLANNING_ERROR_KIND:
        row = GTK_WIDGET (self->kind_row);
        break;
      case BW_PLANNING_ERROR_BUURT:
        row = GTK_WIDGET (self->buurt_row);
        label = self->organisation_error;
        break;
      case BW_PLANNING_ERROR_CAPACITY:
        row = GTK_WIDGET (self->capacity_row);
        label = self->period_error;
        break;
      case BW_PLANNING_ERROR_STATUS:
        row = GTK_WIDGET (self->status_row);
        label = self->period_error;
        break;
      case BW_PLANNING_ERROR_PERIOD:
        row = GTK_WIDGET (self->last_date_row);
        label = self->period_error;
        break;
      default:
        break;
      }
  show_error (self, row, label, error->message);
}

static char *
entry_text (AdwEntryRow *row)
{
  g_autofree char *text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (row)));

  g_strstrip (text);
  return *text ? g_steal_pointer (&text) : NULL;
}

/* An empty date is no date; a wrong one is refused next to its field. */
static gboolean
parse_date (BwOfferDialog *self,
            AdwEntryRow   *row,
            char         **iso)
{
  g_autofree char *text = entry_text (row);
  g_autoptr(GError) error = NULL;

  *iso = NULL;
  if (text == NULL)
    return TRUE;
  *iso = bw_validate_date (text, BW_VALIDATION_ERROR_DATE, &error);
  if (*iso == NULL)
    {
      show_error (self, GTK_WIDGET (row), self->period_error, error->message);
      return FALSE;
    }
  return TRUE;
}

static gboolean
save_offer (BwCaseStore  *store,
            GObject      *planning,
            gint64        unused,
            GObject      *offer,
            GError      **error)
{
  return bw_planning_save_offer (BW_PLANNING (planning), BW_OFFER (offer), error);
}

static void
offer_saved (GtkWidget    *widget,
             GObject      *offer,
             const GError *error)
{
  BwOfferDialog *self = BW_OFFER_DIALOG (widget);

  if (error != NULL)
    {
      show_planning_error (self, error);
      return;
    }
  clear_errors (self);
  g_signal_emit (self, signals[SAVED], 0, offer);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  BwOfferDialog *self = BW_OFFER_DIALOG (widget);
  g_autoptr(BwOffer) edited = bw_offer_copy (self->offer);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = entry_text (self->title_row);
  g_autofree char *target_group = entry_text (self->target_group_row);
  g_autofree char *description = entry_text (self->description_row);
  g_autofree char *trainer = entry_text (self->trainer_row);
  g_autofree char *partner = entry_text (self->partner_row);
  g_autofree char *first_date = NULL;
  g_autofree char *last_date = NULL;
  guint buurt = gtk_drop_down_get_selected (self->buurt_dropdown);
  guint kind = adw_combo_row_get_selected (self->kind_row);
  guint status = adw_combo_row_get_selected (self->status_row);

  gtk_spin_button_update (self->capacity_spin);
  if (!parse_date (self, self->first_date_row, &first_date) ||
      !parse_date (self, self->last_date_row, &last_date))
    return;
  {
    /* Too long for its field: refused next to it, nothing cut (issue 12). */
    const struct { AdwEntryRow *row; const char *field; const char *text; } texts[] = {
      { self->title_row, "title", title },
      { self->target_group_row, "target_group", target_group },
      { self->description_row, "description", description },
      { self->trainer_row, "trainer", trainer },
      { self->partner_row, "partner", partner },
    };

    for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
      if (!bw_validate_text_length ("offer", texts[i].field, texts[i].text, BW_VALIDATION_ERROR_TEXT, &error))
        {
          show_error (self, GTK_WIDGET (texts[i].row), self->offer_error, error->message);
          return;
        }
  }

  bw_offer_set_title (edited, title);
  bw_offer_set_target_group (edited, target_group);
  bw_offer_set_description (edited, description);
  bw_offer_set_trainer (edited, trainer);
  bw_offer_set_partner (edited, partner);
  if (kind < BW_OFFER_KIND_N)
    bw_offer_set_kind (edited, kind);
  if (status < BW_OFFER_STATUS_N)
    bw_offer_set_status (edited, status);
  bw_offer_set_buurt_code (edited, NULL);
  if (buurt != GTK_INVALID_LIST_POSITION)
    {
      GListModel *buurten = bw_case_store_get_neighbourhoods (bw_planning_get_store (self->planning));
      g_autoptr(BwNeighbourhood) nb = g_list_model_get_item (buurten, buurt);

      bw_offer_set_buurt_code (edited, nb ? bw_neighbourhood_get_code (nb) : NULL);
    }
  bw_offer_set_capacity (edited, gtk_spin_button_get_value_as_int (self->capacity_spin));
  bw_offer_set_first_date (edited, first_date);
  bw_offer_set_last_date (edited, last_date);

  bw_dialog_write (widget, "offer.save", bw_planning_get_store (self->planning), save_offer,
                   G_OBJECT (self->planning), 0, G_OBJECT (edited), offer_saved);
}

static void
bw_offer_dialog_dispose (GObject *object)
{
  BwOfferDialog *self = BW_OFFER_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), BW_TYPE_OFFER_DIALOG);
  g_clear_object (&self->planning);
  g_clear_object (&self->offer);

  G_OBJECT_CLASS (bw_offer_dialog_parent_class)->dispose (object);
}

static void
bw_offer_dialog_class_init (BwOfferDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bw_offer_dialog_dispose;

  /**
   * BwOfferDialog::saved:
   * @offer: the offer as stored
   */
  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, BW_TYPE_OFFER);

  gtk_widget_class_set_template_from_resource (widget_class, "/nl/heerlen/Buurtwerk/ui/bw-offer-dialog.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, BwOfferDialog, name)
  BIND (window_title);
  BIND (title_row);
  BIND (kind_row);
  BIND (target_group_row);
  BIND (description_row);
  BIND (trainer_row);
  BIND (partner_row);
  BIND (buurt_row);
  BIND (buurt_dropdown);
  BIND (offer_error);
  BIND (organisation_error);
  BIND (capacity_spin);
  BIND (capacity_row);
  BIND (status_row);
  BIND (first_date_row);
  BIND (last_date_row);
  BIND (period_error);
#undef BIND

  gtk_widget_class_install_action (widget_class, "offer.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "offer.save", NULL);
}

static void
bw_offer_dialog_init (BwOfferDialog *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  for (int i = 0; i < BW_OFFER_KIND_N; i++)
    gtk_string_list_append (kinds, bw_offer_kind_label (i));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
  for (int i = 0; i < BW_OFFER_STATUS_N; i++)
    gtk_string_list_append (statuses, bw_offer_status_label (i));
  adw_combo_row_set_model (self->status_row, G_LIST_MODEL (statuses));
}

static void
set_text (AdwEntryRow *row,
          const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text ? text : "");
}

BwOfferDialog *
bw_offer_dialog_new (GtkWindow  *parent,
                     BwPlanning *planning,
                     BwOffer    *offer,
                     const char *default_buurt)
{
  BwOfferDialog *self;
  g_autoptr(GtkExpression) expr = NULL;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  GListModel *buurten;
  const char *title;
  guint n;

  g_return_val_if_fail (BW_IS_PLANNING (planning), NULL);
  g_return_val_if_fail (offer == NULL || BW_IS_OFFER (offer), NULL);

  self = g_object_new (BW_TYPE_OFFER_DIALOG, "transient-for", parent, NULL);
  self->planning = g_object_ref (planning);
  self->offer = offer ? bw_offer_copy (offer) : bw_offer_new ();
  if (offer == NULL)
    {
      bw_offer_set_capacity (self->offer, 12);
      bw_offer_set_status (self->offer, BW_OFFER_STATUS_OPEN);
      bw_offer_set_buurt_code (self->offer, default_buurt);
    }

  title = bw_offer_get_uuid (self->offer) ? _("Edit Offer") : _("New Offer");
  adw_window_title_set_title (self->window_title, title);
  gtk_window_set_title (GTK_WINDOW (self), title);

  buurten = bw_case_store_get_neighbourhoods (bw_planning_get_store (planning));
  expr = gtk_property_expression_new (BW_TYPE_NEIGHBOURHOOD, NULL, "name");
  gtk_drop_down_set_expression (self->buurt_dropdown, expr);
  gtk_drop_down_set_model (self->buurt_dropdown, buurten);
  gtk_drop_down_set_selected (self->buurt_dropdown, GTK_INVALID_LIST_POSITION);
  n = g_list_model_get_n_items (buurten);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BwNeighbourhood) nb = g_list_model_get_item (buurten, i);

      if (g_strcmp0 (bw_neighbourhood_get_code (nb), bw_offer_get_buurt_code (self->offer)) == 0)
        gtk_drop_down_set_selected (self->buurt_dropdown, i);
    }

  set_text (self->title_row, bw_offer_get_title (self->offer));
  set_text (self->target_group_row, bw_offer_get_target_group (self->offer));
  set_text (self->description_row, bw_offer_get_description (self->offer));
  set_text (self->trainer_row, bw_offer_get_trainer (self->offer));
  set_text (self->partner_row, bw_offer_get_partner (self->offer));
  adw_combo_row_set_selected (self->kind_row, bw_offer_get_kind (self->offer));
  adw_combo_row_set_selected (self->status_row, bw_offer_get_status (self->offer));
  gtk_spin_button_set_value (self->capacity_spin, bw_offer_get_capacity (self->offer));
  first = bw_offer_get_first_date (self->offer) ? bw_date_to_entry_text (bw_offer_get_first_date (self->offer)) : NULL;
  last = bw_offer_get_last_date (self->offer) ? bw_date_to_entry_text (bw_offer_get_last_date (self->offer)) : NULL;
  set_text (self->first_date_row, first);
  set_text (self->last_date_row, last);
  /* A refusal shown stays until the user changes something. */
  for (GtkWidget **w = (GtkWidget *[]) { GTK_WIDGET (self->title_row), GTK_WIDGET (self->first_date_row),
                                         GTK_WIDGET (self->last_date_row), NULL }; *w; w++)
    g_signal_connect_swapped (*w, "changed", G_CALLBACK (clear_errors), self);
  for (GtkWidget **w = (GtkWidget *[]) { GTK_WIDGET (self->kind_row), GTK_WIDGET (self->buurt_dropdown),
                                         GTK_WIDGET (self->status_row), NULL }; *w; w++)
    g_signal_connect_swapped (*w, "notify::selected", G_CALLBACK (clear_errors), self);
  g_signal_connect_swapped (self->capacity_spin, "value-changed", G_CALLBACK (clear_errors), self);
  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
  return self;
}
