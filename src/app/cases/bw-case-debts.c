/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-app-cases"
#include "config.h"

#include <glib/gi18n.h>

#include "bw-case-debts.h"
#include "bw-case-store-household.h"
#include "bw-date.h"
#include "bw-validation.h"

struct _BwCaseDebts
{
  AdwPreferencesGroup parent_instance;

  BwCaseStore *store;
  GCancellable *cancellable;
  gint64 case_id;
  gboolean closed;           /* read-only until reopened */
  gboolean reading;          /* a read on its way; read_again: once more after it */
  gboolean read_again;
  gboolean filling;          /* status choices set from the records */

  AdwActionRow *total_row;
  GtkListBox *debts_list;
  AdwExpanderRow *add_row;
  AdwComboRow *creditor_row;
  AdwEntryRow *creditor_name_row;
  AdwEntryRow *amount_row;
  AdwComboRow *status_row;
  AdwEntryRow *monthly_row;
  AdwEntryRow *start_row;
  AdwEntryRow *note_row;
  GtkLabel *error_label;
  GtkWidget *add_button;
};

G_DEFINE_FINAL_TYPE (BwCaseDebts, bw_case_debts, ADW_TYPE_PREFERENCES_GROUP)

enum {
  SHOW_TOAST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
toast (BwCaseDebts *self,
       const char  *text)
{
  g_signal_emit (self, signals[SHOW_TOAST], 0, adw_toast_new (text));
}

static GListModel *
enum_labels (int           n,
             const char *(*label) (int))
{
  GtkStringList *list = gtk_string_list_new (NULL);

  for (int i = 0; i < n; i++)
    gtk_string_list_append (list, label (i));
  return G_LIST_MODEL (list);
}

/* Writing */

typedef struct {
  BwCaseDebts *self;
  gint64 case_id;
  gint64 debt_id;
  BwCreditor creditor;
  char *creditor_name;
  gint64 amount;
  BwDebtStatus status;
  gint64 monthly_amount;
  char *start_date;
  char *note;
} Write;

static void
write_free (Write *w)
{
  g_clear_object (&w->self);
  g_free (w->creditor_name);
  g_free (w->start_date);
  g_free (w->note);
  g_free (w);
}

static gboolean
status_job (BwCaseStore  *store,
            gpointer      data,
            GError      **error)
{
  Write *w = data;

  return bw_case_store_set_debt_status (store, w->debt_id, w->status, error);
}

static gboolean
remove_job (BwCaseStore  *store,
            gpointer      data,
            GError      **error)
{
  Write *w = data;

  return bw_case_store_remove_debt (store, w->debt_id, error);
}

static void
change_done (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  Write *w = user_data;
  g_autoptr(GError) error = NULL;

  /* The list is read again on ::case-changed either way. */
  if (!bw_case_store_write_finish (BW_CASE_STORE (source), result, &error))
    toast (w->self, error->message);
  write_free (w);
}

static void
queue_change (BwCaseDebts          *self,
              BwCaseStoreWriteFunc  job,
              BwDebt               *debt,
              BwDebtStatus          status)
{
  Write *w = g_new0 (Write, 1);

  w->self = g_object_ref (self);
  w->debt_id = bw_record_get_id (BW_RECORD (debt));
  w->status = status;
  bw_case_store_write_async (self->store, job, w, NULL, NULL, change_done, w);
}

static void
row_status_changed (GtkDropDown *dropdown,
                    GParamSpec  *pspec,
                    BwCaseDebts *self)
{
  BwDebt *debt = g_object_get_data (G_OBJECT (dropdown), "bw-debt");
  guint status = gtk_drop_down_get_selected (dropdown);

  if (self->filling || status >= BW_DEBT_STATUS_N || status == (guint) bw_debt_get_status (debt))
    return;
  queue_change (self, status_job, debt, status);
}

static void
remove_clicked (GtkButton   *button,
                BwCaseDebts *self)
{
  gtk_widget_set_sensitive (GTK_WIDGET (button), FALSE);
  queue_change (self, remove_job, g_object_get_data (G_OBJECT (button), "bw-debt"), 0);
}

/* Reading, off the main thread */

typedef struct {
  gint64 case_id;
  GListModel *debts;
} Reading;

static void
reading_free (Reading *r)
{
  g_clear_object (&r->debts);
  g_free (r);
}

static gpointer
read_debts (BwCaseStore  *store,
            gpointer      data,
            GError      **error)
{
  Reading *r = data;

  r->debts = bw_case_store_list_debts (store, r->case_id);
  return r;
}

static GtkWidget *
debt_row (BwCaseDebts *self,
          BwDebt      *debt)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *status = gtk_drop_down_new (enum_labels (BW_DEBT_STATUS_N,
                                                      (const char *(*) (int)) bw_debt_status_label), NULL);
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  const char *creditor = bw_debt_get_creditor_label (debt);
  g_autofree char *amount = bw_format_amount (bw_debt_get_amount (debt));
  g_autofree char *remove_label = g_strdup_printf (_("Remove the debt to %s"), creditor);
  g_autofree char *status_label = g_strdup_printf (_("Status of the debt to %s"), creditor);
  g_autoptr(GString) subtitle = g_string_new (amount);

  if (bw_debt_get_monthly_amount (debt) > 0)
    {
      g_autofree char *monthly = bw_format_amount (bw_debt_get_monthly_amount (debt));

      g_string_append (subtitle, " · ");
      /* TRANSLATORS: %s is an amount in euros, paid each month */
      g_string_append_printf (subtitle, _("%s a month"), monthly);
    }
  if (bw_debt_get_start_date (debt))
    {
      g_autofree char *since = bw_date_to_display (bw_debt_get_start_date (debt));

      g_string_append (subtitle, " · ");
      /* TRANSLATORS: %s is the date a debt started */
      g_string_append_printf (subtitle, _("since %s"), since);
    }
  if (bw_debt_get_note (debt))
    g_string_append_printf (subtitle, " · %s", bw_debt_get_note (debt));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), creditor);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
  if (!bw_debt_is_open (debt))
    gtk_widget_add_css_class (row, "dim-label");

  gtk_widget_set_valign (status, GTK_ALIGN_CENTER);
  gtk_widget_set_sensitive (status, !self->closed);
  gtk_widget_set_sensitive (remove, !self->closed);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (status), bw_debt_get_status (debt));
  gtk_accessible_update_property (GTK_ACCESSIBLE (status), GTK_ACCESSIBLE_PROPERTY_LABEL, status_label, -1);
  gtk_widget_set_tooltip_text (status, status_label);
  g_object_set_data_full (G_OBJECT (status), "bw-debt", g_object_ref (debt), g_object_unref);
  g_signal_connect (status, "notify::selected", G_CALLBACK (row_status_changed), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), status);

  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, remove_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, remove_label, -1);
  g_object_set_data_full (G_OBJECT (remove), "bw-debt", g_object_ref (debt), g_object_unref);
  g_signal_connect (remove, "clicked", G_CALLBACK (remove_clicked), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
  return row;
}

static void
show_reading (BwCaseDebts *self,
              Reading     *r)
{
  guint n = g_list_model_get_n_items (r->debts);
  GtkWidget *child;
  gint64 total = 0;
  guint n_creditors = 0;

  self->filling = TRUE;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->debts_list))) != NULL)
    gtk_list_box_remove (self->debts_list, child);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BwDebt) debt = g_list_model_get_item (r->debts, i);

      gtk_list_box_append (self->debts_list, debt_row (self, debt));
    }
  self->filling = FALSE;
  gtk_widget_set_visible (GTK_WIDGET (self->debts_list), n > 0);

  bw_debts_total_open (r->debts, &total, &n_creditors);
  if (n_creditors == 0)
    adw_action_row_set_subtitle (self->total_row, n > 0 ? _("None: every debt is paid or written off")
                                                        : _("No debts recorded"));
  else
    {
      g_autofree char *amount = bw_format_amount (total);
      /* TRANSLATORS: %1$s is an amount in euros, %2$u how many creditors */
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%1$s to %2$u creditor",
                                                            "%1$s to %2$u creditors", n_creditors),
                                               amount, n_creditors);

      adw_action_row_set_subtitle (self->total_row, text);
    }
}

static void refresh (BwCaseDebts *self);

static void
debts_read_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  BwCaseDebts *self = user_data;
  g_autoptr(GError) error = NULL;
  Reading *r = bw_case_store_read_finish (BW_CASE_STORE (source), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self->reading = FALSE;
  if (self->read_again)
    {
      /* What changed meanwhile is read once, not once per change. */
      self->read_again = FALSE;
      refresh (self);
      return;
    }
  if (r == NULL)
    {
      toast (self, error->message);
      return;
    }
  if (r->case_id == self->case_id)
    show_reading (self, r);
}

static void
refresh (BwCaseDebts *self)
{
  Reading *r;

  if (self->store == NULL || self->case_id == 0)
    return;
  if (self->reading)
    {
      self->read_again = TRUE;
      return;
    }
  self->reading = TRUE;
  r = g_new0 (Reading, 1);
  r->case_id = self->case_id;
  bw_case_store_read_async (self->store, read_debts, r, (GDestroyNotify) reading_free,
                            self->cancellable, debts_read_cb, self);
}

static void
case_changed_cb (BwCaseDebts *self,
                 gint64       case_id,
                 BwCaseStore *store)
{
  if (self->case_id != 0 && (case_id == 0 || case_id == self->case_id))
    refresh (self);
}

/* Adding a debt */

static void
creditor_changed (BwCaseDebts *self)
{
  /* Another creditor needs its name; the others may have one. */
  gboolean other = adw_combo_row_get_selected (self->creditor_row) == BW_CREDITOR_OTHER;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->creditor_name_row),
                                 other ? _("Name of the creditor") : _("Name of the creditor (optional)"));
}

static char *
entry_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

static gboolean
add_job (BwCaseStore  *store,
         gpointer      data,
         GError      **error)
{
  Write *w = data;

  w->debt_id = bw_case_store_add_debt (store, w->case_id, w->creditor, w->creditor_name, w->amount,
                                       w->status, w->monthly_amount, w->start_date, w->note, error);
  return w->debt_id != 0;
}

static void
show_error (BwCaseDebts *self,
            const char  *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

static void
clear_form (BwCaseDebts *self)
{
  for (GtkEditable **e = (GtkEditable *[]) { GTK_EDITABLE (self->creditor_name_row),
                                             GTK_EDITABLE (self->amount_row), GTK_EDITABLE (self->monthly_row),
                                             GTK_EDITABLE (self->start_row), GTK_EDITABLE (self->note_row),
                                             NULL }; *e; e++)
    gtk_editable_set_text (*e, "");
  adw_combo_row_set_selected (self->creditor_row, 0);
  adw_combo_row_set_selected (self->status_row, BW_DEBT_STATUS_OPEN);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
}

static void
add_done (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  Write *w = user_data;
  BwCaseDebts *self = w->self;
  g_autoptr(GError) error = NULL;

  if (!bw_case_store_write_finish (BW_CASE_STORE (source), result, &error))
    show_error (self, error->message);
  else if (w->case_id == self->case_id)
    {
      clear_form (self);
      gtk_widget_grab_focus (GTK_WIDGET (self->creditor_row));
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "debts.add", TRUE);
  write_free (w);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  BwCaseDebts *self = BW_CASE_DEBTS (widget);
  g_autofree char *amount = entry_text (self->amount_row);
  g_autofree char *monthly = entry_text (self->monthly_row);
  g_autoptr(GError) error = NULL;
  gint64 cents = 0, monthly_cents = 0;
  Write *w;

  if (self->store == NULL || self->case_id == 0)
    return;
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  /* The amounts as typed; the store checks the rest. */
  if (*amount == '\0')
    {
      show_error (self, _("Enter the amount of the debt"));
      return;
    }
  if (!bw_parse_amount (amount, &cents, &error) ||
      (*monthly != '\0' && !bw_parse_amount (monthly, &monthly_cents, &error)))
    {
      show_error (self, error->message);
      return;
    }
  w = g_new0 (Write, 1);
  w->self = g_object_ref (self);
  w->case_id = self->case_id;
  w->creditor = adw_combo_row_get_selected (self->creditor_row);
  w->creditor_name = entry_text (self->creditor_name_row);
  w->amount = cents;
  w->status = adw_combo_row_get_selected (self->status_row);
  w->monthly_amount = monthly_cents;
  w->start_date = entry_text (self->start_row);
  w->note = entry_text (self->note_row);
  gtk_widget_action_set_enabled (widget, "debts.add", FALSE);
  bw_case_store_write_async (self->store, add_job, w, NULL, NULL, add_done, w);
}

/* The page */

void
bw_case_debts_set_store (BwCaseDebts *self,
                         BwCaseStore *store)
{
  g_return_if_fail (BW_IS_CASE_DEBTS (self));
  g_return_if_fail (self->store == NULL);

  self->store = g_object_ref (store);
  g_signal_connect_object (store, "case-changed", G_CALLBACK (case_changed_cb), self, G_CONNECT_SWAPPED);
}

void
bw_case_debts_show_case (BwCaseDebts *self,
                         BwCase      *record)
{
  gint64 id = record ? bw_case_get_id (record) : 0;
  GtkWidget *child;

  g_return_if_fail (BW_IS_CASE_DEBTS (self));

  gtk_widget_set_visible (GTK_WIDGET (self), id != 0);
  if (record != NULL && self->closed != (bw_case_get_status (record) == BW_CASE_STATUS_CLOSED))
    {
      self->closed = !self->closed;
      gtk_widget_set_sensitive (GTK_WIDGET (self->add_row), !self->closed);
      if (id == self->case_id)
        refresh (self);
    }
  if (id == self->case_id)
    return;
  self->case_id = id;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->debts_list))) != NULL)
    gtk_list_box_remove (self->debts_list, child);
  gtk_widget_set_visible (GTK_WIDGET (self->debts_list), FALSE);
  adw_action_row_set_subtitle (self->total_row, "");
  clear_form (self);
  adw_expander_row_set_expanded (self->add_row, FALSE);
  refresh (self);
}

static void
bw_case_debts_dispose (GObject *object)
{
  BwCaseDebts *self = BW_CASE_DEBTS (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->store);
  gtk_widget_dispose_template (GTK_WIDGET (self), BW_TYPE_CASE_DEBTS);
  G_OBJECT_CLASS (bw_case_debts_parent_class)->dispose (object);
}

static void
bw_case_debts_class_init (BwCaseDebtsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bw_case_debts_dispose;

  signals[SHOW_TOAST] = g_signal_new ("show-toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                      NULL, NULL, NULL, G_TYPE_NONE, 1, ADW_TYPE_TOAST);

  gtk_widget_class_set_template_from_resource (widget_class, "/nl/heerlen/Buurtwerk/ui/bw-case-debts.ui");
  gtk_widget_class_bind_template_child (widget_class, BwCaseDebts, total_row);
  gtk_widget_class_bind_template_child (widget_class, BwCaseDebts, debts_list);
  gtk_widget_class_bind_template_child (widget_class, BwCaseDebts, add_row);
  gtk_widget_class_bind_template_child (widget_class, BwCaseDebts, creditor_row);
  gtk_widget_class_bind_template_child (widget_class, BwCaseDebts, creditor_name_row);
  gtk_widget_class_bind_template_child (widget_class, BwCaseDebts, amount_row);
  gtk_widget_class_bind_template_child (widget_class, BwCaseDebts, status_row);
  gtk_widget_class_bind_template_child (widget_class, BwCaseDebts, monthly_row);
  gtk_widget_class_bind_template_child (widget_class, BwCaseDebts, start_row);
  gtk_widget_class_bind_template_child (widget_class, BwCaseDebts, note_row);
  gtk_widget_class_bind_template_child (widget_class, BwCaseDebts, error_label);
  gtk_widget_class_bind_template_child (widget_class, BwCaseDebts, add_button);
  gtk_widget_class_bind_template_callback (widget_class, creditor_changed);
  gtk_widget_class_install_action (widget_class, "debts.add", NULL, add_action);
}

static void
bw_case_debts_init (BwCaseDebts *self)
{
  g_autoptr(GListModel) creditors = enum_labels (BW_CREDITOR_N, (const char *(*) (int)) bw_creditor_label);
  g_autoptr(GListModel) statuses = enum_labels (BW_DEBT_STATUS_N, (const char *(*) (int)) bw_debt_status_label);

  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  adw_combo_row_set_model (self->creditor_row, creditors);
  adw_combo_row_set_model (self->status_row, statuses);
  creditor_changed (self);
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}
