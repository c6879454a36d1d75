/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-app-cases"
#include "config.h"

#include <glib/gi18n.h>

#include "bw-case-store-sharing.h"
#include "bw-date.h"
#include "bw-dialog-write.h"
#include "bw-share-dialog.h"
#include "bw-validation.h"

static const char * const organisations[] = { "vsv", "jeugdzorg" };
static const char * const consent_forms[] = { "written", "verbal", "digital" };

struct _BwShareDialog
{
  AdwWindow parent_instance;

  BwCaseStore *store;
  gint64 case_id;
  GtkCheckButton *parts[BW_SHARE_PART_N];

  /* template children */
  AdwComboRow *organisation_row;
  AdwPreferencesGroup *parts_group;
  AdwEntryRow *consent_date_row;
  AdwEntryRow *given_to_row;
  AdwComboRow *form_row;
  AdwEntryRow *end_date_row;
  AdwEntryRow *contact_row;
  GtkWidget *error_group;
  GtkLabel *error_label;
};

G_DEFINE_FINAL_TYPE (BwShareDialog, bw_share_dialog, ADW_TYPE_WINDOW)

enum {
  SHARED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GtkWidget *
row_for_error (BwShareDialog *self,
               const GError  *error)
{
  if (error->domain == BW_VALIDATION_ERROR)
    switch (error->code)
      {
      case BW_VALIDATION_ERROR_SHARE_ORGANISATION: return GTK_WIDGET (self->organisation_row);
      case BW_VALIDATION_ERROR_SHARE_PARTS: return GTK_WIDGET (self->parts[0]);
      case BW_VALIDATION_ERROR_CONSENT_DATE: return GTK_WIDGET (self->consent_date_row);
      case BW_VALIDATION_ERROR_CONSENT_GIVEN_TO: return GTK_WIDGET (self->given_to_row);
      case BW_VALIDATION_ERROR_CONSENT_FORM: return GTK_WIDGET (self->form_row);
      case BW_VALIDATION_ERROR_END_DATE: return GTK_WIDGET (self->end_date_row);
      case BW_VALIDATION_ERROR_TEAM_CONTACT: return GTK_WIDGET (self->contact_row);
      default: break;
      }
  return NULL;
}

static void
show_error (BwShareDialog *self,
            GtkWidget     *row,
            const GError  *error)
{
  GtkWidget *rows[] = {
    GTK_WIDGET (self->organisation_row), GTK_WIDGET (self->consent_date_row),
    GTK_WIDGET (self->given_to_row), GTK_WIDGET (self->form_row), GTK_WIDGET (self->end_date_row),
    GTK_WIDGET (self->contact_row),
  };

  for (gsize i = 0; i < G_N_ELEMENTS (rows); i++)
    gtk_widget_remove_css_class (rows[i], "error");
  if (row != NULL)
    {
      gtk_widget_add_css_class (row, "error");
      gtk_widget_grab_focus (row);
    }
  gtk_label_set_text (self->error_label, error->message);
  gtk_widget_set_visible (self->error_group, TRUE);
}

static char *
entry_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

/* A date as typed, or NULL and @error for one that is no date; empty is
 * left to the share's own validation. */
static gboolean
parse_date_row (AdwEntryRow  *row,
                char        **iso,
                GError      **error)
{
  g_autofree char *text = entry_text (row);

  *iso = NULL;
  if (*text == '\0')
    return TRUE;
  *iso = bw_validate_date (text, BW_VALIDATION_ERROR_DATE, error);
  return *iso != NULL;
}

static gboolean
add_share (BwCaseStore  *store,
           GObject      *unused,
           gint64        case_id,
           GObject      *share,
           GError      **error)
{
  return bw_case_store_add_share (store, case_id, BW_SHARE (share), error);
}

static void
share_written (GtkWidget    *widget,
               GObject      *share,
               const GError *error)
{
  BwShareDialog *self = BW_SHARE_DIALOG (widget);

  if (error != NULL)
    {
      show_error (self, row_for_error (self, error), error);
      return;
    }
  g_signal_emit (self, signals[SHARED], 0, share);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  BwShareDialog *self = BW_SHARE_DIALOG (widget);
  g_autoptr(BwShare) share = bw_share_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *consent_date = NULL;
  g_autofree char *end_date = NULL;
  g_autofree char *given_to = entry_text (self->given_to_row);
  g_autofree char *contact = entry_text (self->contact_row);
  guint organisation = adw_combo_row_get_selected (self->organisation_row);
  guint form = adw_combo_row_get_selected (self->form_row);

  if (!parse_date_row (self->consent_date_row, &consent_date, &error))
    {
      show_error (self, GTK_WIDGET (self->consent_date_row), error);
      return;
    }
  if (!parse_date_row (self->end_date_row, &end_date, &error))
    {
      show_error (self, GTK_WIDGET (self->end_date_row), error);
      return;
    }
  if (organisation < G_N_ELEMENTS (organisations))
    bw_share_set_organisation (share, organisations[organisation]);
  if (form < G_N_ELEMENTS (consent_forms))
    bw_share_set_consent_form (share, consent_forms[form]);
  for (int i = 0; i < BW_SHARE_PART_N; i++)
    bw_share_set_part (share, i, gtk_check_button_get_active (self->parts[i]));
  bw_share_set_consent_date (share, consent_date);
  bw_share_set_consent_given_to (share, given_to);
  bw_share_set_end_date (share, end_date);
  bw_share_set_team_contact (share, contact);

  bw_dialog_write (widget, "share.save", self->store, add_share, NULL, self->case_id, G_OBJECT (share),
                   share_written);
}

static void
bw_share_dialog_dispose (GObject *object)
{
  BwShareDialog *self = BW_SHARE_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), BW_TYPE_SHARE_DIALOG);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (bw_share_dialog_parent_class)->dispose (object);
}

static void
bw_share_dialog_class_init (BwShareDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bw_share_dialog_dispose;

  /**
   * BwShareDialog::shared:
   * @share: the share as stored
   */
  signals[SHARED] =
    g_signal_new ("shared", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, BW_TYPE_SHARE);

  gtk_widget_class_set_template_from_resource (widget_class, "/nl/heerlen/Buurtwerk/ui/bw-share-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, BwShareDialog, organisation_row);
  gtk_widget_class_bind_template_child (widget_class, BwShareDialog, parts_group);
  gtk_widget_class_bind_template_child (widget_class, BwShareDialog, consent_date_row);
  gtk_widget_class_bind_template_child (widget_class, BwShareDialog, given_to_row);
  gtk_widget_class_bind_template_child (widget_class, BwShareDialog, form_row);
  gtk_widget_class_bind_template_child (widget_class, BwShareDialog, end_date_row);
  gtk_widget_class_bind_template_child (widget_class, BwShareDialog, contact_row);
  gtk_widget_class_bind_template_child (widget_class, BwShareDialog, error_group);
  gtk_widget_class_bind_template_child (widget_class, BwShareDialog, error_label);

  gtk_widget_class_install_action (widget_class, "share.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "share.save", NULL);
}

static void
bw_share_dialog_init (BwShareDialog *self)
{
  g_autoptr(GtkStringList) orgs = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) forms = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  for (gsize i = 0; i < G_N_ELEMENTS (organisations); i++)
    gtk_string_list_append (orgs, bw_organisation_to_label (organisations[i]));
  adw_combo_row_set_model (self->organisation_row, G_LIST_MODEL (orgs));
  for (gsize i = 0; i < G_N_ELEMENTS (consent_forms); i++)
    gtk_string_list_append (forms, bw_consent_form_to_label (consent_forms[i]));
  adw_combo_row_set_model (self->form_row, G_LIST_MODEL (forms));

  /* One row per part; the check button is the row's activatable widget,
   * so the whole row toggles it and the row's title names it. */
  for (int i = 0; i < BW_SHARE_PART_N; i++)
    {
      AdwActionRow *row = ADW_ACTION_ROW (adw_action_row_new ());
      GtkWidget *check = gtk_check_button_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), bw_share_part_to_label (i));
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      bw_share_part_to_label (i), -1);
      adw_action_row_add_prefix (row, check);
      adw_action_row_set_activatable_widget (row, check);
      adw_preferences_group_add (self->parts_group, GTK_WIDGET (row));
      self->parts[i] = GTK_CHECK_BUTTON (check);
    }
}

BwShareDialog *
bw_share_dialog_new (GtkWindow   *parent,
                     BwCaseStore *store,
                     gint64       case_id)
{
  BwShareDialog *self;
  g_autofree char *today = bw_date_today ();
  g_autofree char *today_text = bw_date_to_entry_text (today);

  g_return_val_if_fail (BW_IS_CASE_STORE (store), NULL);

  self = g_object_new (BW_TYPE_SHARE_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->case_id = case_id;
  gtk_editable_set_text (GTK_EDITABLE (self->consent_date_row), today_text);
  if (bw_case_store_get_author (store) != NULL)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->given_to_row), bw_case_store_get_author (store));
      gtk_editable_set_text (GTK_EDITABLE (self->contact_row), bw_case_store_get_author (store));
    }
  gtk_widget_grab_focus (GTK_WIDGET (self->organisation_row));
  return self;
}
