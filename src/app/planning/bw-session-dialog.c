/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-app-planning"
#include "config.h"

#include <glib/gi18n.h>

#include "bw-date.h"
#include "bw-session-dialog.h"
#include "bw-validation.h"

struct _BwSessionDialog
{
  AdwWindow parent_instance;

  BwPlanning *planning;
  BwOffer *offer;
  BwSession *session;       /* a copy: stored only on Save */
  GListModel *places;
  guint n_conflicts;
  GtkWidget *confirmation;  /* weak */
  GtkWidget *discard_question;  /* weak */
  gboolean edited;          /* the user changed a field since it opened */

  /* template children */
  AdwWindowTitle *window_title;
  AdwEntryRow *date_row;
  AdwEntryRow *start_row;
  AdwEntryRow *end_row;
  AdwComboRow *place_row;
  AdwEntryRow *trainer_row;
  GtkLabel *when_error;
  AdwExpanderRow *repeat_row;
  GtkSpinButton *interval_spin;
  GtkSpinButton *count_spin;
  AdwEntryRow *until_row;
  AdwPreferencesGroup *conflicts_group;
  GtkListBox *conflicts_list;
};

G_DEFINE_FINAL_TYPE (BwSessionDialog, bw_session_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* "9:30", "9.30", "0930" -> "09:30"; NULL for anything else. */
static char *
parse_time (const char *text)
{
  unsigned h = 0, m = 0;
  char sep = 0;
  g_autofree char *t = g_strstrip (g_strdup (text ? text : ""));

  if (strlen (t) == 4 && g_ascii_isdigit (t[0]) && g_ascii_isdigit (t[3]) &&
      sscanf (t, "%2u%2u", &h, &m) == 2)
    ;
  else if (sscanf (t, "%u%c%u", &h, &sep, &m) != 3 || (sep != ':' && sep != '.'))
    return NULL;
  if (h > 23 || m > 59)
    return NULL;
  return g_strdup_printf ("%02u:%02u", h, m);
}

static void
show_when_error (BwSessionDialog *self,
                 GtkWidget       *row,
                 const char      *message)
{
  gtk_widget_add_css_class (row, "error");
  gtk_label_set_text (self->when_error, message);
  gtk_widget_set_visible (GTK_WIDGET (self->when_error), TRUE);
}

static void
clear_when_error (BwSessionDialog *self)
{
  gtk_widget_remove_css_class (GTK_WIDGET (self->date_row), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->start_row), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->end_row), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->until_row), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->when_error), FALSE);
}

/* The session as typed, or NULL with the reason shown (when @show). */
static BwSession *
session_from_fields (BwSessionDialog *self,
                     gboolean         show)
{
  g_autoptr(BwSession) s = bw_session_copy (self->session);
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;
  g_autofree char *start = parse_time (gtk_editable_get_text (GTK_EDITABLE (self->start_row)));
  g_autofree char *end = parse_time (gtk_editable_get_text (GTK_EDITABLE (self->end_row)));
  g_autofree char *trainer = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->trainer_row))));
  guint place = adw_combo_row_get_selected (self->place_row);

  clear_when_error (self);
  date = bw_validate_date (gtk_editable_get_text (GTK_EDITABLE (self->date_row)), BW_VALIDATION_ERROR_DATE, &error);
  if (date == NULL)
    {
      if (show)
        show_when_error (self, GTK_WIDGET (self->date_row), error->message);
      return NULL;
    }
  if (start == NULL)
    {
      if (show)
        show_when_error (self, GTK_WIDGET (self->start_row), _("Type the start time as hh:mm, e.g. 9:30"));
      return NULL;
    }
  if (end == NULL)
    {
      if (show)
        show_when_error (self, GTK_WIDGET (self->end_row), _("Type the end time as hh:mm, e.g. 12:00"));
      return NULL;
    }
  bw_session_set_date (s, date);
  bw_session_set_start_time (s, start);
  bw_session_set_end_time (s, end);
  bw_session_set_trainer (s, *trainer ? trainer : NULL);
  bw_session_set_place_uuid (s, NULL);
  bw_session_set_place_name (s, NULL);
  if (place != GTK_INVALID_LIST_POSITION)
    {
      g_autoptr(BwPlace) p = g_list_model_get_item (self->places, place);

      if (p != NULL)
        {
          bw_session_set_place_uuid (s, bw_place_get_uuid (p));
          bw_session_set_place_name (s, bw_place_get_name (p));
        }
    }
  return g_steal_pointer (&s);
}

static gboolean
repeating (BwSessionDialog *self)
{
  return adw_expander_row_get_enable_expansion (self->repeat_row);
}

/* The "until" date of the repetition: NULL when empty; FALSE when wrong. */
static gboolean
parse_until (BwSessionDialog *self,
             char           **until,
             gboolean         show)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->until_row))));
  g_autoptr(GError) error = NULL;

  *until = NULL;
  if (*text == '\0')
    return TRUE;
  *until = bw_validate_date (text, BW_VALIDATION_ERROR_DATE, &error);
  if (*until == NULL && show)
    show_when_error (self, GTK_WIDGET (self->until_row), error->message);
  return *until != NULL;
}

/* The dates of the sessions to make: one, or the repetition. */
static GPtrArray *
session_dates (BwSessionDialog *self,
               BwSession       *first,
               const char      *until)
{
  GPtrArray *dates = g_ptr_array_new_with_free_func (g_free);
  guint interval = MAX (1, gtk_spin_button_get_value_as_int (self->interval_spin));
  guint count = gtk_spin_button_get_value_as_int (self->count_spin);
  GDate d;

  if (!repeating (self))
    {
      g_ptr_array_add (dates, g_strdup (bw_session_get_date (first)));
      return dates;
    }
  g_date_clear (&d, 1);
  g_date_set_parse (&d, bw_session_get_date (first));
  if (!g_date_valid (&d))
    return dates;
  for (guint i = 0; i < 520; i++)
    {
      char buf[16];

      g_snprintf (buf, sizeof buf, "%04d-%02d-%02d", g_date_get_year (&d), g_date_get_month (&d),
                  g_date_get_day (&d));
      if (count > 0 && i >= count)
        break;
      if (count == 0 && (until == NULL || strcmp (buf, until) > 0))
        break;
      g_ptr_array_add (dates, g_strdup (buf));
      g_date_add_days (&d, 7 * interval);
    }
  return dates;
}

/* All conflicts of what is typed (of every session of a repetition). */
static GPtrArray *
check_conflicts (BwSessionDialog *self,
                 BwSession       *first,
                 GError         **error)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *until = NULL;
  g_autoptr(GPtrArray) dates = NULL;

  parse_until (self, &until, FALSE);
  dates = session_dates (self, first, until);
  for (guint i = 0; i < dates->len; i++)
    {
      g_autoptr(BwSession) s = bw_session_copy (first);
      g_autoptr(GPtrArray) found = NULL;

      bw_session_set_date (s, g_ptr_array_index (dates, i));
      found = bw_planning_check_session (self->planning, s, error);
      if (found == NULL)
        return NULL;
      for (guint j = 0; j < found->len; j++)
        g_ptr_array_add (all, g_object_ref (g_ptr_array_index (found, j)));
    }
  return g_steal_pointer (&all);
}

static void
show_conflicts (BwSessionDialog *self,
                GPtrArray       *conflicts)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->conflicts_list))) != NULL)
    gtk_list_box_remove (self->conflicts_list, child);
  self->n_conflicts = conflicts ? conflicts->len : 0;
  for (guint i = 0; conflicts && i < conflicts->len; i++)
    {
      g_autofree char *text = bw_planning_conflict_describe (g_ptr_array_index (conflicts, i));
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      gtk_widget_add_css_class (icon, "warning");
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      gtk_list_box_append (self->conflicts_list, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->conflicts_group), self->n_conflicts > 0);
}

static void
fields_changed_cb (BwSessionDialog *self)
{
  g_autoptr(BwSession) s = session_from_fields (self, FALSE);
  g_autoptr(GPtrArray) conflicts = NULL;

  if (s != NULL)
    conflicts = check_conflicts (self, s, NULL);
  show_conflicts (self, conflicts);
}

static void
edited_cb (BwSessionDialog *self)
{
  self->edited = TRUE;
}

static gboolean
destroy_idle (gpointer user_data)
{
  gtk_window_destroy (GTK_WINDOW (user_data));
  return G_SOURCE_REMOVE;
}

static void
discard_response_cb (AdwMessageDialog *question,
                     const char       *response,
                     BwSessionDialog  *self)
{
  /* After the question has closed: it is transient for this window. */
  if (g_str_equal (response, "discard"))
    g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, destroy_idle, g_object_ref (self), g_object_unref);
}

/* Escape, Cancel or the window's close button: what was typed is not
 * thrown away without asking. */
static gboolean
bw_session_dialog_close_request (GtkWindow *window)
{
  BwSessionDialog *self = BW_SESSION_DIALOG (window);
  GtkWidget *question;

  if (!self->edited)
    return GTK_WINDOW_CLASS (bw_session_dialog_parent_class)->close_request (window);
  if (self->discard_question != NULL)
    return TRUE;
  question = adw_message_dialog_new (window, _("Discard This Session?"),
                                     _("What you typed is not saved."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (question),
                                    "keep", _("_Keep Editing"),
                                    "discard", _("_Discard"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (question), "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (question), "keep");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (question), "keep");
  g_signal_connect_object (question, "response", G_CALLBACK (discard_response_cb), self, 0);
  g_set_weak_pointer (&self->discard_question, question);
  gtk_window_present (GTK_WINDOW (question));
  return TRUE;
}

GtkWidget *
bw_session_dialog_get_discard_question (BwSessionDialog *self)
{
  g_return_val_if_fail (BW_IS_SESSION_DIALOG (self), NULL);
  return self->discard_question;
}

static void
refused (BwSessionDialog *self,
         const GError    *error)
{
  GtkWidget *row = GTK_WIDGET (self->date_row);

  if (g_error_matches (error, BW_PLANNING_ERROR, BW_PLANNING_ERROR_START_TIME))
    row = GTK_WIDGET (self->start_row);
  else if (g_error_matches (error, BW_PLANNING_ERROR, BW_PLANNING_ERROR_END_TIME))
    row = GTK_WIDGET (self->end_row);
  else if (g_error_matches (error, BW_PLANNING_ERROR, BW_PLANNING_ERROR_RECURRENCE))
    row = GTK_WIDGET (self->until_row);
  show_when_error (self, row, error->message);
}

/* Saving: on the store's write thread. What a session (or a repetition)
 * conflicts with comes back with the refusal; Save Anyway saves again,
 * confirmed. */

typedef struct {
  BwSessionDialog *dialog;
  BwPlanning *planning;
  BwSession *session;
  gboolean repeating;
  int interval;
  int count;
  char *until;
  gboolean confirm;
  GPtrArray *conflicts;
} SessionWrite;

static void
session_write_free (SessionWrite *w)
{
  g_clear_object (&w->dialog);
  g_clear_object (&w->planning);
  g_clear_object (&w->session);
  g_free (w->until);
  g_clear_pointer (&w->conflicts, g_ptr_array_unref);
  g_free (w);
}

static gboolean
save_job (BwCaseStore  *store,
          gpointer      data,
          GError      **error)
{
  SessionWrite *w = data;

  if (!w->repeating)
    return bw_planning_save_session (w->planning, w->session, w->confirm, &w->conflicts, error);
  return bw_planning_add_recurring_sessions (w->planning, w->session, w->interval, w->count, w->until,
                                             w->confirm, &w->conflicts, NULL, error);
}

static void ask_confirmation (BwSessionDialog *self, GPtrArray *conflicts);

static void
saved_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  SessionWrite *w = user_data;
  BwSessionDialog *self = w->dialog;
  g_autoptr(GError) error = NULL;
  gboolean ok = bw_case_store_write_finish (BW_CASE_STORE (source), result, &error);

  /* Closed meanwhile: nothing left to show it in. */
  if (self->planning == NULL)
    {
      session_write_free (w);
      return;
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "session.save", TRUE);
  if (ok)
    {
      g_signal_emit (self, signals[SAVED], 0);
      gtk_window_destroy (GTK_WINDOW (self));
    }
  else if (g_error_matches (error, BW_PLANNING_ERROR, BW_PLANNING_ERROR_NEEDS_CONFIRMATION) && !w->confirm)
    ask_confirmation (self, w->conflicts);
  else
    refused (self, error);
  session_write_free (w);
}

/* Checks what is typed (a refusal is shown next to its field) and queues
 * the save; FALSE when it was refused at once. */
static gboolean
save (BwSessionDialog *self,
      gboolean         confirm)
{
  g_autoptr(BwSession) s = session_from_fields (self, TRUE);
  SessionWrite *w;
  g_autofree char *until = NULL;

  if (s == NULL)
    return FALSE;
  if (repeating (self) && !parse_until (self, &until, TRUE))
    return FALSE;
  w = g_new0 (SessionWrite, 1);
  w->dialog = g_object_ref (self);
  w->planning = g_object_ref (self->planning);
  w->session = g_steal_pointer (&s);
  w->repeating = repeating (self);
  w->interval = MAX (1, gtk_spin_button_get_value_as_int (self->interval_spin));
  w->count = gtk_spin_button_get_value_as_int (self->count_spin);
  w->until = g_steal_pointer (&until);
  w->confirm = confirm;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "session.save", FALSE);
  bw_case_store_write_async (bw_planning_get_store (self->planning), save_job, w, NULL, NULL, saved_cb, w);
  return TRUE;
}

static gboolean
save_confirmed_cb (gpointer data)
{
  BwSessionDialog *self = data;

  if (gtk_widget_get_root (GTK_WIDGET (self)) != NULL && self->planning != NULL)
    save (self, TRUE);
  return G_SOURCE_REMOVE;
}

static void
confirm_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     BwSessionDialog  *self)
{
  if (!g_str_equal (response, "save"))
    return;
  /* Once the question is gone: this window is its parent. */
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, save_confirmed_cb, g_object_ref (self), g_object_unref);
}

static void
ask_confirmation (BwSessionDialog *self,
                  GPtrArray       *conflicts)
{
  g_autoptr(GString) body = g_string_new (NULL);
  GtkWidget *dialog;

  show_conflicts (self, conflicts);
  for (guint i = 0; conflicts && i < conflicts->len; i++)
    {
      g_autofree char *text = bw_planning_conflict_describe (g_ptr_array_index (conflicts, i));

      g_string_append_printf (body, "%s• %s", i ? "\n" : "", text);
    }
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Save Despite Conflicts?"), body->str);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "save", _("Save _Anyway"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (confirm_response_cb), self, 0);
  g_set_weak_pointer (&self->confirmation, dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  save (BW_SESSION_DIALOG (widget), FALSE);
}

static void
bw_session_dialog_dispose (GObject *object)
{
  BwSessionDialog *self = BW_SESSION_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), BW_TYPE_SESSION_DIALOG);
  g_clear_weak_pointer (&self->confirmation);
  g_clear_weak_pointer (&self->discard_question);
  g_clear_object (&self->planning);
  g_clear_object (&self->offer);
  g_clear_object (&self->session);
  g_clear_object (&self->places);

  G_OBJECT_CLASS (bw_session_dialog_parent_class)->dispose (object);
}

static void
bw_session_dialog_class_init (BwSessionDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bw_session_dialog_dispose;
  GTK_WINDOW_CLASS (klass)->close_request = bw_session_dialog_close_request;

  /**
   * BwSessionDialog::saved:
   *
   * The session (or the repetition) is stored.
   */
  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/nl/heerlen/Buurtwerk/ui/bw-session-dialog.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, BwSessionDialog, name)
  BIND (window_title);
  BIND (date_row);
  BIND (start_row);
  BIND (end_row);
  BIND (place_row);
  BIND (trainer_row);
  BIND (when_error);
  BIND (repeat_row);
  BIND (interval_spin);
  BIND (count_spin);
  BIND (until_row);
  BIND (conflicts_group);
  BIND (conflicts_list);
#undef BIND

  gtk_widget_class_install_action (widget_class, "session.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "session.save", NULL);
}

static GtkWidget *
find_switch (GtkWidget *widget)
{
  if (GTK_IS_SWITCH (widget))
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_switch (c);

      if (found)
        return found;
    }
  return NULL;
}

static void
bw_session_dialog_init (BwSessionDialog *self)
{
  GtkWidget *repeat_switch;

  gtk_widget_init_template (GTK_WIDGET (self));
  /* The expander row's enable switch is its own, unnamed for a screen
   * reader; libadwaita 1.2 has no property for it. */
  repeat_switch = find_switch (GTK_WIDGET (self->repeat_row));
  if (repeat_switch)
    gtk_accessible_update_property (GTK_ACCESSIBLE (repeat_switch), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    _("Repeat weekly"), -1);
}

guint
bw_session_dialog_get_n_conflicts (BwSessionDialog *self)
{
  g_return_val_if_fail (BW_IS_SESSION_DIALOG (self), 0);
  return self->n_conflicts;
}

GtkWidget *
bw_session_dialog_get_confirmation (BwSessionDialog *self)
{
  g_return_val_if_fail (BW_IS_SESSION_DIALOG (self), NULL);
  return self->confirmation;
}

static void
set_text (AdwEntryRow *row,
          const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text ? text : "");
}

BwSessionDialog *
bw_session_dialog_new (GtkWindow  *parent,
                       BwPlanning *planning,
                       BwOffer    *offer,
                       BwSession  *session)
{
  BwSessionDialog *self;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autofree char *date = NULL;
  const char *title;
  guint n;

  g_return_val_if_fail (BW_IS_PLANNING (planning), NULL);
  g_return_val_if_fail (BW_IS_OFFER (offer), NULL);

  self = g_object_new (BW_TYPE_SESSION_DIALOG, "transient-for", parent, NULL);
  self->planning = g_object_ref (planning);
  self->offer = g_object_ref (offer);
  if (session != NULL)
    self->session = bw_session_copy (session);
  else
    {
      self->session = bw_session_new ();
      bw_session_set_offer_uuid (self->session, bw_offer_get_uuid (offer));
      bw_session_set_trainer (self->session, bw_offer_get_trainer (offer));
      bw_session_set_start_time (self->session, "09:30");
      bw_session_set_end_time (self->session, "12:00");
      if (bw_offer_get_first_date (offer))
        bw_session_set_date (self->session, bw_offer_get_first_date (offer));
    }

  title = session ? _("Edit Session") : _("New Session");
  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, bw_offer_get_title (offer));
  gtk_window_set_title (GTK_WINDOW (self), title);
  /* A repetition is made when planning, not when moving one session. */
  gtk_widget_set_visible (GTK_WIDGET (self->repeat_row), session == NULL);

  self->places = bw_case_store_list_places (bw_planning_get_store (planning));
  n = g_list_model_get_n_items (self->places);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BwPlace) p = g_list_model_get_item (self->places, i);

      gtk_string_list_append (names, bw_place_get_name (p));
    }
  adw_combo_row_set_model (self->place_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->place_row, GTK_INVALID_LIST_POSITION);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BwPlace) p = g_list_model_get_item (self->places, i);

      if (g_strcmp0 (bw_place_get_uuid (p), bw_session_get_place_uuid (self->session)) == 0 ||
          (bw_session_get_place_uuid (self->session) == NULL && i == 0))
        adw_combo_row_set_selected (self->place_row, i);
    }

  date = bw_session_get_date (self->session) ? bw_date_to_entry_text (bw_session_get_date (self->session)) : NULL;
  set_text (self->date_row, date);
  set_text (self->start_row, bw_session_get_start_time (self->session));
  set_text (self->end_row, bw_session_get_end_time (self->session));
  set_text (self->trainer_row, bw_session_get_trainer (self->session));

  for (GtkWidget **w = (GtkWidget *[]) { GTK_WIDGET (self->date_row), GTK_WIDGET (self->start_row),
                                         GTK_WIDGET (self->end_row), GTK_WIDGET (self->trainer_row),
                                         GTK_WIDGET (self->until_row), NULL }; *w; w++)
    g_signal_connect_swapped (*w, "changed", G_CALLBACK (fields_changed_cb), self);
  g_signal_connect_swapped (self->place_row, "notify::selected", G_CALLBACK (fields_changed_cb), self);
  g_signal_connect_swapped (self->repeat_row, "notify::enable-expansion", G_CALLBACK (fields_changed_cb), self);
  g_signal_connect_swapped (self->interval_spin, "value-changed", G_CALLBACK (fields_changed_cb), self);
  g_signal_connect_swapped (self->count_spin, "value-changed", G_CALLBACK (fields_changed_cb), self);
  for (GtkWidget **w = (GtkWidget *[]) { GTK_WIDGET (self->date_row), GTK_WIDGET (self->start_row),
                                         GTK_WIDGET (self->end_row), GTK_WIDGET (self->trainer_row),
                                         GTK_WIDGET (self->until_row), NULL }; *w; w++)
    g_signal_connect_swapped (*w, "changed", G_CALLBACK (edited_cb), self);
  g_signal_connect_swapped (self->place_row, "notify::selected", G_CALLBACK (edited_cb), self);
  g_signal_connect_swapped (self->repeat_row, "notify::enable-expansion", G_CALLBACK (edited_cb), self);
  g_signal_connect_swapped (self->interval_spin, "value-changed", G_CALLBACK (edited_cb), self);
  g_signal_connect_swapped (self->count_spin, "value-changed", G_CALLBACK (edited_cb), self);
  fields_changed_cb (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->date_row));
  return self;
}
