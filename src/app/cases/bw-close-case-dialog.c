/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-app-cases"
#include "config.h"

#include <glib/gi18n.h>

#include "bw-case-store-sharing.h"
#include "bw-close-case-dialog.h"
#include "bw-date.h"
#include "bw-enrolment.h"
#include "bw-validation.h"

/* One kind of thing that hangs off the case. */
typedef enum {
  KIND_ACTIONS,
  KIND_SHARES,
  KIND_COURSES,
  N_KINDS
} Kind;

struct _BwCloseCaseDialog
{
  AdwWindow parent_instance;

  BwCaseStore *store;
  BwCase *record;
  GCancellable *cancellable;
  gboolean loaded;            /* actions and shares have been read */
  /* What is shown, per kind: BwCaseAction, BwShare, BwEnrolment. */
  GPtrArray *items[N_KINDS];

  /* template children */
  AdwWindowTitle *window_title;
  GtkWidget *close_button;
  AdwComboRow *outcome_row;
  AdwEntryRow *outcome_note_row;
  GtkLabel *hint_label;
  AdwPreferencesGroup *groups[N_KINDS];
  GtkWidget *choice_groups[N_KINDS];
  GtkSwitch *switches[N_KINDS];
  AdwEntryRow *reason_rows[N_KINDS];
};

G_DEFINE_FINAL_TYPE (BwCloseCaseDialog, bw_close_case_dialog, ADW_TYPE_WINDOW)

enum {
  CONFIRMED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The outcome chosen: the combo row's first line is "Choose…", so that
 * nothing is chosen for the user. */
static BwOutcome
chosen_outcome (BwCloseCaseDialog *self)
{
  guint pos = adw_combo_row_get_selected (self->outcome_row);

  if (pos == GTK_INVALID_LIST_POSITION || pos == 0)
    return BW_OUTCOME_NONE;
  return (BwOutcome) pos; /* the rows are BW_OUTCOME_NONE + 1 … in order */
}

static char *
clean_text (AdwEntryRow *row)
{
  g_autofree char *text = bw_text_normalise (gtk_editable_get_text (GTK_EDITABLE (row)));

  return g_strstrip (g_steal_pointer (&text));
}

static gboolean
chosen (BwCloseCaseDialog *self,
        Kind               kind)
{
  return self->items[kind]->len > 0 && gtk_switch_get_active (self->switches[kind]);
}

/* Why "Close Case" cannot be pressed yet, or NULL; @refused (may be
 * NULL) tells a text that is too long from something not given yet. */
static char *
missing (BwCloseCaseDialog *self,
         gboolean          *refused)
{
  static const char * const reason_asked[N_KINDS] = {
    N_("Give a reason for marking the open actions as done."),
    N_("Give a reason for withdrawing the shares."),
    N_("Give a reason for dropping out of the courses."),
  };
  g_autoptr(GError) error = NULL;
  g_autofree char *note = clean_text (self->outcome_note_row);

  if (refused != NULL)
    *refused = FALSE;
  if (!self->loaded)
    return g_strdup (_("Looking up what still belongs to this case…"));
  if (chosen_outcome (self) == BW_OUTCOME_NONE)
    return g_strdup (_("Choose an outcome to close the case."));
  if (!bw_validate_text_length ("case", "outcome_note", note, BW_VALIDATION_ERROR_TEXT, &error))
    {
      if (refused != NULL)
        *refused = TRUE;
      return g_strdup (error->message);
    }
  for (int k = 0; k < N_KINDS; k++)
    {
      g_autofree char *reason = NULL;

      if (!chosen (self, k))
        continue;
      reason = clean_text (self->reason_rows[k]);
      if (*reason == '\0')
        return g_strdup (_(reason_asked[k]));
      if (!bw_validate_text_length ("share", "withdrawn_reason", reason, BW_VALIDATION_ERROR_TEXT, &error))
        {
          if (refused != NULL)
            *refused = TRUE;
          return g_strdup (error->message);
        }
    }
  return NULL;
}

static void
update_state (BwCloseCaseDialog *self)
{
  gboolean refused;
  g_autofree char *why = missing (self, &refused);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "close-case.confirm", why == NULL);
  gtk_label_set_text (self->hint_label, why ? why : "");
  if (refused)
    gtk_widget_add_css_class (GTK_WIDGET (self->hint_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->hint_label), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->hint_label), why != NULL);
  for (int k = 0; k < N_KINDS; k++)
    gtk_widget_set_sensitive (GTK_WIDGET (self->reason_rows[k]), gtk_switch_get_active (self->switches[k]));
}

BwCaseClosing *
bw_close_case_dialog_dup_closing (BwCloseCaseDialog *self)
{
  g_autoptr(BwCaseClosing) closing = NULL;
  g_autofree char *why = NULL;
  g_autofree char *note = NULL;

  g_return_val_if_fail (BW_IS_CLOSE_CASE_DIALOG (self), NULL);

  why = missing (self, NULL);
  if (why != NULL)
    return NULL;
  closing = bw_case_closing_new ();
  closing->outcome = chosen_outcome (self);
  note = clean_text (self->outcome_note_row);
  closing->outcome_note = *note ? g_steal_pointer (&note) : NULL;
  if (chosen (self, KIND_ACTIONS))
    {
      closing->actions_reason = clean_text (self->reason_rows[KIND_ACTIONS]);
      for (guint i = 0; i < self->items[KIND_ACTIONS]->len; i++)
        {
          gint64 id = bw_case_action_get_id (self->items[KIND_ACTIONS]->pdata[i]);

          g_array_append_val (closing->action_ids, id);
        }
    }
  if (chosen (self, KIND_SHARES))
    {
      closing->shares_reason = clean_text (self->reason_rows[KIND_SHARES]);
      for (guint i = 0; i < self->items[KIND_SHARES]->len; i++)
        {
          BwShare *share = self->items[KIND_SHARES]->pdata[i];
          gint64 id = bw_share_get_id (share);

          g_array_append_val (closing->share_ids, id);
          g_ptr_array_add (closing->share_organisations,
                           g_strdup (bw_organisation_to_label (bw_share_get_organisation (share))));
        }
    }
  if (chosen (self, KIND_COURSES))
    {
      closing->courses_reason = clean_text (self->reason_rows[KIND_COURSES]);
      for (guint i = 0; i < self->items[KIND_COURSES]->len; i++)
        {
          BwEnrolment *e = self->items[KIND_COURSES]->pdata[i];

          g_ptr_array_add (closing->enrolment_uuids, g_strdup (bw_enrolment_get_uuid (e)));
          g_ptr_array_add (closing->course_titles, g_strdup (bw_enrolment_get_offer_title (e)));
        }
    }
  return g_steal_pointer (&closing);
}

static void
confirm_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  BwCloseCaseDialog *self = BW_CLOSE_CASE_DIALOG (widget);
  g_autofree char *why = missing (self, NULL);

  if (why != NULL)
    return;
  g_signal_emit (self, signals[CONFIRMED], 0);
  gtk_window_destroy (GTK_WINDOW (self));
}

/* The rows */

static GtkWidget *
item_row (const char *title,
          const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle ? subtitle : "");
  /* Whole titles: a course or an action is never cut off. */
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  return row;
}

static GtkWidget *
action_row (BwCaseAction *action,
            const char   *today)
{
  const char *due = bw_case_action_get_due_date (action);
  g_autofree char *due_text = bw_date_to_display (due);
  g_autoptr(GString) subtitle = g_string_new (NULL);
  GtkWidget *row;

  if (bw_case_action_get_owner (action) != NULL)
    g_string_append (subtitle, bw_case_action_get_owner (action));
  if (due != NULL)
    {
      if (subtitle->len > 0)
        g_string_append (subtitle, " · ");
      /* TRANSLATORS: an action's deadline */
      g_string_append_printf (subtitle, _("before %s"), due_text);
      if (g_strcmp0 (due, today) < 0)
        /* TRANSLATORS: an action past its deadline */
        g_string_append_printf (subtitle, " · %s", _("overdue"));
    }
  row = item_row (bw_case_action_get_what (action), subtitle->str);
  if (due != NULL && g_strcmp0 (due, today) < 0)
    gtk_widget_add_css_class (row, "overdue");
  return row;
}

static GtkWidget *
share_row (BwShare *share)
{
  g_autofree char *until = bw_date_to_display (bw_share_get_end_date (share));
  g_autoptr(GString) parts = g_string_new (NULL);

  for (int i = 0; i < BW_SHARE_PART_N; i++)
    if (bw_share_has_part (share, i))
      g_string_append_printf (parts, "%s%s", parts->len ? ", " : "", bw_share_part_to_label (i));
  g_string_append_printf (parts, " · %s %s", _("until"), until);
  return item_row (bw_organisation_to_label (bw_share_get_organisation (share)), parts->str);
}

static GtkWidget *
course_row (BwEnrolment *e)
{
  g_autofree char *status = NULL;

  if (bw_enrolment_get_status (e) == BW_ENROLMENT_STATUS_WAITING && bw_enrolment_get_waiting_position (e) > 0)
    status = g_strdup_printf (_("Waiting list, number %d"), bw_enrolment_get_waiting_position (e));
  else
    status = g_strdup (bw_enrolment_status_label (bw_enrolment_get_status (e)));
  return item_row (bw_enrolment_get_offer_title (e), status);
}

static void
show_kind (BwCloseCaseDialog *self,
           Kind               kind)
{
  g_autofree char *today = bw_date_today ();

  for (guint i = 0; i < self->items[kind]->len; i++)
    {
      gpointer item = self->items[kind]->pdata[i];
      GtkWidget *row = kind == KIND_ACTIONS ? action_row (item, today)
                     : kind == KIND_SHARES ? share_row (item)
                     : course_row (item);

      adw_preferences_group_add (self->groups[kind], row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->groups[kind]), self->items[kind]->len > 0);
  gtk_widget_set_visible (self->choice_groups[kind], self->items[kind]->len > 0);
}

/* Reading the actions and shares */

typedef struct {
  GPtrArray *actions;
  GPtrArray *shares;
} Hanging;

static void
hanging_free (Hanging *h)
{
  g_ptr_array_unref (h->actions);
  g_ptr_array_unref (h->shares);
  g_free (h);
}

static gpointer
read_hanging (BwCaseStore  *store,
              gpointer      data,
              GError      **error)
{
  gint64 case_id = *(gint64 *) data;
  g_autoptr(GListModel) actions = bw_case_store_list_actions (store, case_id);
  g_autoptr(GListModel) shares = bw_case_store_list_shares (store, case_id);
  g_autofree char *today = bw_date_today ();
  Hanging *h = g_new0 (Hanging, 1);

  h->actions = g_ptr_array_new_with_free_func (g_object_unref);
  h->shares = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(BwCaseAction) a = g_list_model_get_item (actions, i);

      if (!bw_case_action_get_done (a))
        g_ptr_array_add (h->actions, g_steal_pointer (&a));
    }
  for (guint i = 0; i < g_list_model_get_n_items (shares); i++)
    {
      g_autoptr(BwShare) s = g_list_model_get_item (shares, i);

      if (bw_share_is_active (s, today))
        g_ptr_array_add (h->shares, g_steal_pointer (&s));
    }
  return h;
}

static void
hanging_read_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BwCloseCaseDialog) self = user_data;
  Hanging *h = bw_case_store_read_finish (BW_CASE_STORE (source), result, &error);

  if (h == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("The case's actions and shares could not be read: %s", error->message);
      return;
    }
  /* Closed meanwhile. */
  if (self->items[KIND_ACTIONS] == NULL)
    {
      hanging_free (h);
      return;
    }
  g_ptr_array_extend_and_steal (self->items[KIND_ACTIONS], g_steal_pointer (&h->actions));
  g_ptr_array_extend_and_steal (self->items[KIND_SHARES], g_steal_pointer (&h->shares));
  h->actions = g_ptr_array_new ();
  h->shares = g_ptr_array_new ();
  hanging_free (h);
  show_kind (self, KIND_ACTIONS);
  show_kind (self, KIND_SHARES);
  self->loaded = TRUE;
  update_state (self);
}

/* GObject */

static void
bw_close_case_dialog_dispose (GObject *object)
{
  BwCloseCaseDialog *self = BW_CLOSE_CASE_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->store);
  g_clear_object (&self->record);
  for (int k = 0; k < N_KINDS; k++)
    g_clear_pointer (&self->items[k], g_ptr_array_unref);
  G_OBJECT_CLASS (bw_close_case_dialog_parent_class)->dispose (object);
}

static void
bw_close_case_dialog_class_init (BwCloseCaseDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bw_close_case_dialog_dispose;

  signals[CONFIRMED] = g_signal_new ("confirmed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/nl/heerlen/Buurtwerk/ui/bw-close-case-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, BwCloseCaseDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, BwCloseCaseDialog, close_button);
  gtk_widget_class_bind_template_child (widget_class, BwCloseCaseDialog, outcome_row);
  gtk_widget_class_bind_template_child (widget_class, BwCloseCaseDialog, outcome_note_row);
  gtk_widget_class_bind_template_child (widget_class, BwCloseCaseDialog, hint_label);
  gtk_widget_class_bind_template_child_full (widget_class, "actions_group", FALSE,
                                             G_STRUCT_OFFSET (BwCloseCaseDialog, groups[KIND_ACTIONS]));
  gtk_widget_class_bind_template_child_full (widget_class, "shares_group", FALSE,
                                             G_STRUCT_OFFSET (BwCloseCaseDialog, groups[KIND_SHARES]));
  gtk_widget_class_bind_template_child_full (widget_class, "courses_group", FALSE,
                                             G_STRUCT_OFFSET (BwCloseCaseDialog, groups[KIND_COURSES]));
  gtk_widget_class_bind_template_child_full (widget_class, "actions_choice_group", FALSE,
                                             G_STRUCT_OFFSET (BwCloseCaseDialog, choice_groups[KIND_ACTIONS]));
  gtk_widget_class_bind_template_child_full (widget_class, "shares_choice_group", FALSE,
                                             G_STRUCT_OFFSET (BwCloseCaseDialog, choice_groups[KIND_SHARES]));
  gtk_widget_class_bind_template_child_full (widget_class, "courses_choice_group", FALSE,
                                             G_STRUCT_OFFSET (BwCloseCaseDialog, choice_groups[KIND_COURSES]));
  gtk_widget_class_bind_template_child_full (widget_class, "actions_switch", FALSE,
                                             G_STRUCT_OFFSET (BwCloseCaseDialog, switches[KIND_ACTIONS]));
  gtk_widget_class_bind_template_child_full (widget_class, "shares_switch", FALSE,
                                             G_STRUCT_OFFSET (BwCloseCaseDialog, switches[KIND_SHARES]));
  gtk_widget_class_bind_template_child_full (widget_class, "courses_switch", FALSE,
                                             G_STRUCT_OFFSET (BwCloseCaseDialog, switches[KIND_COURSES]));
  gtk_widget_class_bind_template_child_full (widget_class, "actions_reason_row", FALSE,
                                             G_STRUCT_OFFSET (BwCloseCaseDialog, reason_rows[KIND_ACTIONS]));
  gtk_widget_class_bind_template_child_full (widget_class, "shares_reason_row", FALSE,
                                             G_STRUCT_OFFSET (BwCloseCaseDialog, reason_rows[KIND_SHARES]));
  gtk_widget_class_bind_template_child_full (widget_class, "courses_reason_row", FALSE,
                                             G_STRUCT_OFFSET (BwCloseCaseDialog, reason_rows[KIND_COURSES]));

  gtk_widget_class_install_action (widget_class, "close-case.confirm", NULL, confirm_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
bw_close_case_dialog_init (BwCloseCaseDialog *self)
{
  g_autoptr(GtkStringList) outcomes = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  for (int k = 0; k < N_KINDS; k++)
    {
      self->items[k] = g_ptr_array_new_with_free_func (g_object_unref);
      g_signal_connect_swapped (self->switches[k], "notify::active", G_CALLBACK (update_state), self);
      g_signal_connect_swapped (self->reason_rows[k], "changed", G_CALLBACK (update_state), self);
    }

  /* TRANSLATORS: the outcome drop-down before one is chosen */
  gtk_string_list_append (outcomes, _("Choose…"));
  for (int o = BW_OUTCOME_NONE + 1; o < BW_OUTCOME_N; o++)
    gtk_string_list_append (outcomes, bw_outcome_label (o));
  adw_combo_row_set_model (self->outcome_row, G_LIST_MODEL (outcomes));
  adw_combo_row_set_selected (self->outcome_row, 0);
  g_signal_connect_swapped (self->outcome_row, "notify::selected", G_CALLBACK (update_state), self);
  g_signal_connect_swapped (self->outcome_note_row, "changed", G_CALLBACK (update_state), self);
}

BwCloseCaseDialog *
bw_close_case_dialog_new (GtkWindow   *parent,
                          BwCaseStore *store,
                          BwCase      *record,
                          GListModel  *enrolments)
{
  BwCloseCaseDialog *self;
  gint64 *case_id;

  g_return_val_if_fail (BW_IS_CASE_STORE (store), NULL);
  g_return_val_if_fail (BW_IS_CASE (record), NULL);

  self = g_object_new (BW_TYPE_CLOSE_CASE_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->record = bw_case_copy (record);
  adw_window_title_set_subtitle (self->window_title, bw_case_get_name (record));

  /* Places that are still taken or waited for; what ended stays. */
  for (guint i = 0; enrolments != NULL && i < g_list_model_get_n_items (enrolments); i++)
    {
      g_autoptr(BwEnrolment) e = g_list_model_get_item (enrolments, i);

      switch (bw_enrolment_get_status (e))
        {
        case BW_ENROLMENT_STATUS_REFERRED:
        case BW_ENROLMENT_STATUS_PLACED:
        case BW_ENROLMENT_STATUS_WAITING:
        case BW_ENROLMENT_STATUS_STARTED:
          g_ptr_array_add (self->items[KIND_COURSES], g_steal_pointer (&e));
          break;
        case BW_ENROLMENT_STATUS_COMPLETED:
        case BW_ENROLMENT_STATUS_DROPPED_OUT:
        case BW_ENROLMENT_STATUS_N:
        default:
          break;
        }
    }
  show_kind (self, KIND_COURSES);

  case_id = g_new (gint64, 1);
  *case_id = bw_case_get_id (record);
  bw_case_store_read_async (store, read_hanging, case_id, g_free, self->cancellable,
                            hanging_read_cb, g_object_ref (self));
  update_state (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->outcome_row));
  return self;
}
