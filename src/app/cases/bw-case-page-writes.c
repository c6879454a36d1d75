/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-app-cases"
/* What the case page writes: saving the case, undo, notes, actions,
 * organisations, assessments, closing and reopening, shares. Every write
 * goes to the store's write thread (bw_case_store_write_async()), so the
 * window never waits for the disk or for a sync holding the write lock.
 *
 * A write's job copies what it needs; what was typed stays on screen, or
 * is put back, until the write is known to have succeeded. While writes
 * are on their way the page does not switch to another case. */
#include "config.h"

#include <glib/gi18n.h>

#include "bw-case-page-private.h"
#include "bw-case-store-sharing.h"
#include "bw-close-case-dialog.h"
#include "bw-record-json.h"
#include "bw-validation.h"
#include "bw-zrm-dialog.h"
#include "bw-zrm-history-window.h"

typedef struct _PageWrite PageWrite;

typedef void (*PageWriteDone) (BwCasePage   *self,
                               PageWrite    *w,
                               const GError *error);

/* One write of the page: the job's input on the write thread, and then,
 * back on the main thread, what the page does with the result. */
struct _PageWrite {
  BwCasePage *page;
  BwCaseStoreWriteFunc job;
  PageWriteDone done;

  gint64 case_id;
  gint64 id;                 /* the sub-record written or created */
  gint64 assignee;           /* a new action's worker, or 0 */
  gboolean flag;
  BwCase *edited;            /* a case save: what is written */
  BwCase *typed;             /* and what was on screen then */
  BwCase *before;            /* its undo snapshot */
  const char *message;       /* the toast on success */
  BwCasePageParts parts;     /* what shows what was written */
  /* An "add" row's entries, emptied when queued and filled again when
   * refused, and the label for the refusal. */
  GtkEditable *inputs[3];
  GtkLabel *input_error;
  char *date;
  char *text;
  char *text2;
  char *text3;
  BwCaseClosing *closing;    /* closing the case: what goes with it */
  BwContactType kind;        /* a journal note's contact: how, how long */
  int minutes;
};

static void
page_write_free (PageWrite *w)
{
  g_clear_object (&w->page);
  g_clear_object (&w->edited);
  g_clear_object (&w->typed);
  g_clear_object (&w->before);
  g_free (w->date);
  g_free (w->text);
  g_free (w->text2);
  g_free (w->text3);
  bw_case_closing_free (w->closing);
  g_free (w);
}

static PageWrite *
page_write_new (BwCasePage           *self,
                BwCaseStoreWriteFunc  job,
                PageWriteDone         done)
{
  PageWrite *w = g_new0 (PageWrite, 1);

  w->page = g_object_ref (self);
  w->job = job;
  w->done = done;
  w->case_id = self->record ? bw_case_get_id (self->record) : 0;
  return w;
}

static void
page_write_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  PageWrite *w = user_data;
  BwCasePage *self = w->page;
  g_autoptr(GError) error = NULL;

  self->writes_in_flight--;
  if (!bw_case_store_write_finish (BW_CASE_STORE (source), result, &error))
    self->write_failed = TRUE;
  else
    self->own_changes++;
  /* A page that went away has no one to tell. */
  if (self->store != NULL)
    w->done (self, w, error);
  if (self->writes_in_flight == 0)
    {
      if (self->store != NULL)
        _bw_case_page_writes_settled (self);
      _bw_case_page_notify_saving (self);
    }
  page_write_free (w);
}

static gboolean
page_write_run (BwCaseStore  *store,
                gpointer      data,
                GError      **error)
{
  PageWrite *w = data;

  return w->job (store, w, error);
}

static void
page_write_queue (PageWrite *w)
{
  BwCasePage *self = w->page;

  if (self->writes_in_flight++ == 0)
    _bw_case_page_notify_saving (self);
  bw_case_store_write_async (self->store, page_write_run, w, NULL, NULL, page_write_cb, w);
}

/* Callers that wait for the page's writes (Save and then go elsewhere). */

void
_bw_case_page_wait_for_writes (BwCasePage *self,
                               GTask      *task)
{
  if (self->writes_in_flight == 0)
    {
      g_task_return_boolean (task, TRUE);
      g_object_unref (task);
      return;
    }
  self->waiting = g_list_append (self->waiting, task);
}

void
_bw_case_page_finish_waiting (BwCasePage *self,
                              gboolean    ok)
{
  GList *waiting = g_steal_pointer (&self->waiting);

  for (GList *l = waiting; l; l = l->next)
    {
      GTask *task = l->data;

      if (ok)
        g_task_return_boolean (task, TRUE);
      else
        g_task_return_new_error (task, BW_STORE_ERROR, BW_STORE_ERROR_FAILED,
                                 _("A change could not be saved"));
      g_object_unref (task);
    }
  g_list_free (waiting);
}

/* Case fields */

void
_bw_case_page_handle_save_error (BwCasePage   *self,
                                 const GError *error)
{
  if (error->domain == BW_VALIDATION_ERROR)
    _bw_case_page_show_field_error (self, error);
  else
    _bw_case_page_toast_text (self, error->message);
}

static BwCase *rebase_edits (BwCase *was, BwCase *edited, BwCase *stored, GError **error);

/* On the write thread, in the save's transaction: a case that changed
 * elsewhere since it was read (a sync) gets the fields changed here put
 * on top of the newer version, unless the same field changed there too. */
static gboolean
save_case_job (BwCaseStore  *store,
               gpointer      data,
               GError      **error)
{
  PageWrite *w = data;
  g_autoptr(BwCase) stored = NULL;

  if (w->flag)
    return bw_case_store_insert_case (store, w->edited, error);

  stored = bw_case_store_get_case (store, bw_case_get_id (w->edited), NULL);
  if (stored != NULL && bw_case_get_revision (stored) != bw_case_get_revision (w->edited))
    {
      BwCase *rebased = rebase_edits (w->before, w->edited, stored, error);

      if (rebased == NULL)
        return FALSE;
      g_set_object (&w->edited, rebased);
      g_object_unref (rebased);
      /* Undo goes back to the version this save was put on. */
      g_set_object (&w->before, stored);
    }
  return bw_case_store_update_case (store, w->edited, NULL, error);
}

static void
save_case_done (BwCasePage   *self,
                PageWrite    *w,
                const GError *error)
{
  gboolean as_saved;

  self->save_in_flight = FALSE;
  if (error != NULL)
    {
      /* What was typed is still on screen; the reason goes next to it. */
      _bw_case_page_handle_save_error (self, error);
      self->save_again = FALSE;
      return;
    }
  if (self->record != NULL && bw_case_get_id (self->record) != bw_case_get_id (w->edited) && !w->flag)
    return;

  /* Typed on after Save was pressed: those edits stay, on top of what was
   * saved. */
  {
    g_autoptr(BwCase) on_screen = _bw_case_page_collect_fields (self, NULL);

    as_saved = on_screen != NULL && bw_case_equal_content (on_screen, w->typed);
  }
  g_set_object (&self->record, w->edited);
  if (w->flag)
    {
      self->is_new = FALSE;
      _bw_case_page_toast_text (self, _("Case created"));
    }
  else
    {
      AdwToast *t = adw_toast_new (w->message);

      /* The toast lives in the window's overlay, above this page, where
       * case.undo cannot be found: the window forwards its win.undo-change
       * to this page. */
      adw_toast_set_button_label (t, _("_Undo"));
      adw_toast_set_action_name (t, "win.undo-change");
      _bw_case_page_set_undo (self, w->before);
      _bw_case_page_toast (self, t);
    }
  if (as_saved)
    _bw_case_page_show_fields (self);
  _bw_case_page_refresh (self, BW_CASE_PAGE_PART_TRACKS);
  _bw_case_page_update_action_states (self);
  _bw_case_page_emit_saved (self, bw_case_get_id (w->edited));

  if (self->save_again)
    {
      self->save_again = FALSE;
      if (self->dirty)
        bw_case_page_save (self);
    }
}

/* Writes @edited (a changed copy of the record, or a new case) and, for a
 * change, keeps the version before it for undo. */
static void
write_case (BwCasePage *self,
            BwCase     *edited,
            const char *message)
{
  PageWrite *w = page_write_new (self, save_case_job, save_case_done);

  w->flag = self->is_new;
  w->edited = bw_case_copy (edited);
  w->typed = bw_case_copy (edited);
  w->before = self->record != NULL ? bw_case_copy (self->record) : NULL;
  w->message = message;
  self->save_in_flight = TRUE;
  page_write_queue (w);
}

void
_bw_case_page_create_case (BwCasePage *self,
                           BwCase     *edited)
{
  write_case (self, edited, NULL);
}

/* The fields edited on screen (relative to @base, the version they were
 * made on) applied to @stored, a newer version; NULL with @error when a
 * field edited here was also changed there to something else. */
static BwCase *
rebase_edits (BwCase  *base,
              BwCase  *edited,
              BwCase  *stored,
              GError **error)
{
  g_autoptr(JsonObject) mine = bw_record_json_case_fields (edited);
  g_autoptr(JsonObject) was = bw_record_json_case_fields (base);
  g_autoptr(JsonObject) theirs = bw_record_json_case_fields (stored);
  g_autoptr(JsonObject) changes = json_object_new ();
  g_autoptr(BwCase) rebased = bw_case_copy (stored);
  JsonObjectIter iter;
  const char *name;
  JsonNode *value;

  json_object_iter_init (&iter, mine);
  while (json_object_iter_next (&iter, &name, &value))
    {
      JsonNode *before = json_object_get_member (was, name);
      JsonNode *now = json_object_get_member (theirs, name);

      if (json_node_equal (value, before))
        continue;
      if (!json_node_equal (now, before) && !json_node_equal (now, value))
        {
          g_set_error_literal (error, BW_STORE_ERROR, BW_STORE_ERROR_CONFLICT,
                               _("A field you changed was also changed elsewhere while you edited it. Note your change, discard it (menu) to see the other version, and enter it again."));
          return NULL;
        }
      json_object_set_member (changes, name, json_node_copy (value));
    }
  if (!bw_record_json_apply_case_fields (rebased, changes, error))
    return NULL;
  return g_steal_pointer (&rebased);
}

/* Adds what was typed in the note, action and organisation fields but not
 * added yet. */
static void
commit_pending_inputs (BwCasePage *self)
{
  if (self->is_new || self->record == NULL)
    return;
  if (gtk_text_buffer_get_char_count (gtk_text_view_get_buffer (self->note_view)) > 0)
    gtk_widget_activate_action (GTK_WIDGET (self), "case.add-note", NULL);
  if (*gtk_editable_get_text (GTK_EDITABLE (self->action_what_entry)) != '\0')
    gtk_widget_activate_action (GTK_WIDGET (self), "case.add-action", NULL);
  if (*gtk_editable_get_text (GTK_EDITABLE (self->org_name_entry)) != '\0')
    gtk_widget_activate_action (GTK_WIDGET (self), "case.add-organisation", NULL);
}

gboolean
bw_case_page_save (BwCasePage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BwCase) edited = NULL;

  g_return_val_if_fail (BW_IS_CASE_PAGE (self), FALSE);

  /* Nothing can be typed into a case that is still being read. */
  if (self->loading || (self->record == NULL && !self->is_new))
    return TRUE;
  /* One save at a time: the next one is based on what this one wrote. */
  if (self->save_in_flight)
    {
      self->save_again = TRUE;
      return TRUE;
    }

  _bw_case_page_clear_field_errors (self);
  edited = _bw_case_page_collect_fields (self, &error);
  if (edited == NULL)
    {
      _bw_case_page_handle_save_error (self, error);
      return FALSE;
    }

  if (self->is_new)
    {
      /* Created once no likely duplicate is found, or the user says so. */
      _bw_case_page_check_duplicates (self, edited);
      return TRUE;
    }

  if (!bw_case_equal_content (edited, self->record))
    write_case (self, edited, _("Changes saved"));
  else
    _bw_case_page_set_dirty (self, FALSE);
  commit_pending_inputs (self);
  return TRUE;
}

void
bw_case_page_save_async (BwCasePage          *self,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (BW_IS_CASE_PAGE (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, bw_case_page_save_async);
  if (!bw_case_page_save (self))
    {
      g_task_return_new_error (task, BW_STORE_ERROR, BW_STORE_ERROR_FAILED,
                               _("The case could not be saved"));
      g_object_unref (task);
      return;
    }
  _bw_case_page_wait_for_writes (self, task);
}

gboolean
bw_case_page_save_finish (BwCasePage    *self,
                          GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

void
_bw_case_page_save_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *param)
{
  bw_case_page_save (BW_CASE_PAGE (widget));
}

void
_bw_case_page_revert_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *param)
{
  BwCasePage *self = BW_CASE_PAGE (widget);

  /* Back to the case as it is stored now, which may be newer: shown at
   * once as it was read, then as it is stored. */
  if (self->record != NULL)
    {
      _bw_case_page_show_fields (self);
      _bw_case_page_refresh (self, BW_CASE_PAGE_PART_RECORD | BW_CASE_PAGE_PART_REPLACE);
    }
  else
    _bw_case_page_show_record (self);
}

void
_bw_case_page_undo_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *param)
{
  BwCasePage *self = BW_CASE_PAGE (widget);
  g_autoptr(BwCase) restored = NULL;

  if (self->undo_snapshot == NULL || self->record == NULL || self->save_in_flight)
    return;

  /* The undo is a new edit on top of the current revision. */
  restored = bw_case_copy (self->undo_snapshot);
  bw_case_set_revision (restored, bw_case_get_revision (self->record));
  _bw_case_page_set_undo (self, NULL);
  _bw_case_page_update_action_states (self);
  write_case (self, restored, _("Change undone"));
}

/* Closing and reopening: not undone from the toast (withdrawn shares stay
 * withdrawn; a closed case is reopened with a reason). */

static gboolean
close_case_job (BwCaseStore  *store,
                gpointer      data,
                GError      **error)
{
  PageWrite *w = data;

  if (w->closing != NULL &&
      !bw_case_closing_apply (w->closing, store, w->page->planning, w->case_id, error))
    return FALSE;
  if (w->closing == NULL && !bw_case_closing_note_reopened (store, w->case_id, w->text, error))
    return FALSE;
  return save_case_job (store, w, error);
}

static void
close_case_done (BwCasePage   *self,
                 PageWrite    *w,
                 const GError *error)
{
  self->save_in_flight = FALSE;
  if (error != NULL)
    {
      _bw_case_page_toast_text (self, error->message);
      return;
    }
  if (self->record != NULL && bw_case_get_id (self->record) != bw_case_get_id (w->edited))
    return;
  g_set_object (&self->record, w->edited);
  _bw_case_page_set_undo (self, NULL);
  _bw_case_page_toast_text (self, w->message);
  _bw_case_page_show_fields (self);
  _bw_case_page_refresh (self, BW_CASE_PAGE_PART_LISTS);
  _bw_case_page_update_action_states (self);
  _bw_case_page_emit_saved (self, bw_case_get_id (w->edited));
}

static void
close_case_confirmed_cb (BwCloseCaseDialog *dialog,
                         BwCasePage        *self)
{
  BwCaseClosing *closing = bw_close_case_dialog_dup_closing (dialog);
  PageWrite *w;

  if (closing == NULL || self->record == NULL || self->save_in_flight)
    {
      bw_case_closing_free (closing);
      return;
    }
  w = page_write_new (self, close_case_job, close_case_done);
  w->closing = closing;
  w->edited = bw_case_copy (self->record);
  bw_case_set_status (w->edited, BW_CASE_STATUS_CLOSED);
  bw_case_set_outcome (w->edited, closing->outcome);
  bw_case_set_outcome_note (w->edited, closing->outcome_note);
  bw_case_set_closed_on (w->edited, NULL);
  w->before = bw_case_copy (self->record);
  w->message = _("Case closed");
  self->save_in_flight = TRUE;
  page_write_queue (w);
}

static void
ask_close_case (BwCasePage *self)
{
  BwCloseCaseDialog *dialog;

  if (self->record == NULL)
    return;
  dialog = bw_close_case_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), self->store,
                                     self->record, self->enrolments);
  g_signal_connect_object (dialog, "confirmed", G_CALLBACK (close_case_confirmed_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
saved_before_closing_cb (GObject      *source,
                         GAsyncResult *result,
                         gpointer      user_data)
{
  BwCasePage *self = BW_CASE_PAGE (source);

  /* Refused: the reason is shown; the case stays open. */
  if (bw_case_page_save_finish (self, result, NULL) && self->store != NULL)
    ask_close_case (self);
}

void
_bw_case_page_close_case_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *param)
{
  BwCasePage *self = BW_CASE_PAGE (widget);

  /* Closing is based on what was typed, saved first. */
  if (self->dirty || self->writes_in_flight > 0)
    bw_case_page_save_async (self, NULL, saved_before_closing_cb, NULL);
  else
    ask_close_case (self);
}

static void
reopen_reason_changed (GtkEditable      *entry,
                       AdwMessageDialog *dialog)
{
  g_autofree char *reason = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "reopen", *reason != '\0');
}

static void
reopen_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    BwCasePage       *self)
{
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  g_autofree char *reason = bw_text_normalise (gtk_editable_get_text (entry));
  PageWrite *w;

  g_strstrip (reason);
  if (!g_str_equal (response, "reopen") || *reason == '\0' || self->record == NULL || self->save_in_flight)
    return;
  w = page_write_new (self, close_case_job, close_case_done);
  w->text = g_steal_pointer (&reason);
  w->edited = bw_case_copy (self->record);
  bw_case_set_status (w->edited, BW_CASE_STATUS_ACTIVE);
  w->before = bw_case_copy (self->record);
  w->message = _("Case reopened");
  self->save_in_flight = TRUE;
  page_write_queue (w);
}

void
_bw_case_page_reopen_case_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *param)
{
  BwCasePage *self = BW_CASE_PAGE (widget);
  GtkWidget *dialog;
  GtkWidget *entry;

  if (self->record == NULL || self->save_in_flight)
    return;
  entry = gtk_entry_new ();
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_entry_set_max_length (GTK_ENTRY (entry), bw_record_json_field_max_chars (BW_RECORD_TYPE_SHARE,
                                                                                "withdrawn_reason"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Reason for reopening"), -1);
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), _("Reopen Case?"),
                                   _("Why is the case reopened? The reason is kept in the journal."));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "reopen", _("_Reopen"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "reopen", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "reopen", FALSE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "reopen");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (entry, "changed", G_CALLBACK (reopen_reason_changed), dialog, 0);
  g_signal_connect_object (dialog, "response", G_CALLBACK (reopen_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Sub-records: what was typed is cleared when the write is queued and put
 * back if it is refused. */

static void
show_input_error (GtkLabel     *label,
                  const GError *error)
{
  gtk_label_set_text (label, error ? error->message : "");
  gtk_widget_set_visible (GTK_WIDGET (label), error != NULL);
}

/* Puts @text back into @editable unless something new was typed there. */
static void
restore_text (GtkEditable *editable,
              const char  *text)
{
  if (*gtk_editable_get_text (editable) == '\0' && text != NULL)
    gtk_editable_set_text (editable, text);
}

static gboolean
add_note_job (BwCaseStore  *store,
              gpointer      data,
              GError      **error)
{
  PageWrite *w = data;

  w->id = bw_case_store_add_contact (store, w->case_id, w->date, w->text, w->kind, w->minutes, w->text2, error);
  if (w->id == 0)
    return FALSE;
  return !w->flag || bw_case_store_set_journal_shareable (store, w->id, TRUE, error);
}

static void
add_note_done (BwCasePage   *self,
               PageWrite    *w,
               const GError *error)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->note_view);

  show_input_error (self->note_error, error);
  if (error != NULL)
    {
      if (gtk_text_buffer_get_char_count (buffer) == 0)
        gtk_text_buffer_set_text (buffer, w->text, -1);
      restore_text (GTK_EDITABLE (self->note_date_entry), w->date);
      restore_text (GTK_EDITABLE (self->note_with_entry), w->text2);
      if (w->flag)
        gtk_check_button_set_active (self->note_shareable_check, TRUE);
      if (gtk_drop_down_get_selected (self->note_kind_dropdown) == BW_CONTACT_TYPE_NONE)
        gtk_drop_down_set_selected (self->note_kind_dropdown, w->kind);
      if (gtk_spin_button_get_value_as_int (self->note_minutes_spin) == 0)
        gtk_spin_button_set_value (self->note_minutes_spin, w->minutes);
      return;
    }
  _bw_case_page_refresh (self, BW_CASE_PAGE_PART_JOURNAL);
  _bw_case_page_toast_text (self, _("Note added"));
}

void
_bw_case_page_add_note_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *param)
{
  BwCasePage *self = BW_CASE_PAGE (widget);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->note_view);
  const char *date = gtk_editable_get_text (GTK_EDITABLE (self->note_date_entry));
  PageWrite *w;
  GtkTextIter start, end;

  if (self->record == NULL || self->is_new)
    return;
  w = page_write_new (self, add_note_job, add_note_done);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  w->text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  w->date = *date ? g_strdup (date) : NULL;
  w->flag = gtk_check_button_get_active (self->note_shareable_check);
  w->kind = gtk_drop_down_get_selected (self->note_kind_dropdown);
  if ((int) w->kind < 0 || w->kind >= BW_CONTACT_TYPE_N)
    w->kind = BW_CONTACT_TYPE_NONE;
  w->minutes = gtk_spin_button_get_value_as_int (self->note_minutes_spin);
  w->text2 = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->note_with_entry)));
  gtk_text_buffer_set_text (buffer, "", 0);
  gtk_editable_set_text (GTK_EDITABLE (self->note_date_entry), "");
  gtk_check_button_set_active (self->note_shareable_check, FALSE);
  gtk_drop_down_set_selected (self->note_kind_dropdown, BW_CONTACT_TYPE_NONE);
  gtk_spin_button_set_value (self->note_minutes_spin, 0);
  gtk_editable_set_text (GTK_EDITABLE (self->note_with_entry), "");
  page_write_queue (w);
}

/* Queues @w with what was typed in @inputs (NULL-terminated, at most
 * three) as its text, text2, text3, and empties them. */
static void
queue_typed (PageWrite    *w,
             GtkLabel     *input_error,
             GtkEditable **inputs)
{
  char **texts[] = { &w->text, &w->text2, &w->text3 };

  w->input_error = input_error;
  for (guint i = 0; i < G_N_ELEMENTS (texts) && inputs[i] != NULL; i++)
    {
      w->inputs[i] = inputs[i];
      *texts[i] = g_strdup (gtk_editable_get_text (inputs[i]));
      gtk_editable_set_text (inputs[i], "");
    }
  page_write_queue (w);
}

static void
typed_done (BwCasePage   *self,
            PageWrite    *w,
            const GError *error)
{
  const char *texts[] = { w->text, w->text2, w->text3 };

  show_input_error (w->input_error, error);
  if (error != NULL)
    {
      for (guint i = 0; i < G_N_ELEMENTS (texts) && w->inputs[i] != NULL; i++)
        restore_text (w->inputs[i], texts[i]);
      return;
    }
  _bw_case_page_refresh (self, w->parts);
}

static gboolean
add_action_job (BwCaseStore  *store,
                gpointer      data,
                GError      **error)
{
  PageWrite *w = data;

  w->id = bw_case_store_add_assigned_action (store, w->case_id, w->text, w->assignee, w->text2, w->text3, error);
  return w->id != 0;
}

void
_bw_case_page_add_action_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *param)
{
  BwCasePage *self = BW_CASE_PAGE (widget);
  PageWrite *w;

  if (self->record == NULL || self->is_new)
    return;
  w = page_write_new (self, add_action_job, typed_done);
  w->parts = BW_CASE_PAGE_PART_ACTIONS;
  w->assignee = _bw_case_page_get_assignee (self);
  queue_typed (w, self->action_error,
               (GtkEditable *[]) { GTK_EDITABLE (self->action_what_entry), GTK_EDITABLE (self->action_owner_entry),
                                   GTK_EDITABLE (self->action_due_entry), NULL });
}

static gboolean
add_organisation_job (BwCaseStore  *store,
                      gpointer      data,
                      GError      **error)
{
  PageWrite *w = data;

  w->id = bw_case_store_add_involvement (store, w->case_id, w->text, w->text2, NULL, error);
  return w->id != 0;
}

void
_bw_case_page_add_organisation_action (GtkWidget  *widget,
                                       const char *action_name,
                                       GVariant   *param)
{
  BwCasePage *self = BW_CASE_PAGE (widget);
  PageWrite *w;

  if (self->record == NULL || self->is_new)
    return;
  w = page_write_new (self, add_organisation_job, typed_done);
  w->parts = BW_CASE_PAGE_PART_ORGANISATIONS;
  queue_typed (w, self->org_error,
               (GtkEditable *[]) { GTK_EDITABLE (self->org_name_entry), GTK_EDITABLE (self->org_contact_entry),
                                   NULL });
}

/* A new ZRM measurement: the dialog writes it, and the store's change
 * refreshes the page (and an open history). */
void
_bw_case_page_new_assessment_action (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *param)
{
  BwCasePage *self = BW_CASE_PAGE (widget);
  g_autoptr(BwAssessment) last = NULL;
  guint n = self->assessments ? g_list_model_get_n_items (self->assessments) : 0;
  BwZrmDialog *dialog;

  if (self->record == NULL || self->is_new || self->store == NULL)
    return;
  if (n > 0)
    last = g_list_model_get_item (self->assessments, n - 1);
  dialog = bw_zrm_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), self->store,
                              bw_case_get_id (self->record), last);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
_bw_case_page_zrm_history_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *param)
{
  BwCasePage *self = BW_CASE_PAGE (widget);
  g_autoptr(GListModel) none = NULL;

  if (self->record == NULL || self->is_new)
    return;
  if (self->zrm_history == NULL)
    {
      if (self->assessments == NULL)
        none = G_LIST_MODEL (g_list_store_new (BW_TYPE_ASSESSMENT));
      self->zrm_history = GTK_WIDGET (bw_zrm_history_window_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                                                 bw_case_get_name (self->record),
                                                                 self->assessments ? self->assessments : none));
      g_object_add_weak_pointer (G_OBJECT (self->zrm_history), (gpointer *) &self->zrm_history);
      self->zrm_history_case = bw_case_get_id (self->record);
    }
  gtk_window_present (GTK_WINDOW (self->zrm_history));
}

/* Referring the resident to a course */

static gboolean
refer_job (BwCaseStore  *store,
           gpointer      data,
           GError      **error)
{
  PageWrite *w = data;
  g_autoptr(BwEnrolment) e = bw_planning_refer_case (w->page->planning, w->text, w->case_id, error);

  return e != NULL;
}

static void
refer_done (BwCasePage   *self,
            PageWrite    *w,
            const GError *error)
{
  g_autofree char *text = NULL;

  if (error != NULL)
    {
      _bw_case_page_toast_text (self, error->message);
      return;
    }
  /* TRANSLATORS: a toast; %s is the course */
  text = g_strdup_printf (_("Referred to %s"), w->text2);
  _bw_case_page_toast_text (self, text);
}

void
_bw_case_page_refer_response (AdwMessageDialog *dialog,
                              const char       *response,
                              BwCasePage       *self)
{
  GtkDropDown *dropdown = GTK_DROP_DOWN (adw_message_dialog_get_extra_child (dialog));
  GListModel *offers = g_object_get_data (G_OBJECT (dialog), "offers");
  guint pos = gtk_drop_down_get_selected (dropdown);
  g_autoptr(BwOffer) offer = pos != GTK_INVALID_LIST_POSITION ? g_list_model_get_item (offers, pos) : NULL;
  PageWrite *w;

  if (!g_str_equal (response, "refer") || offer == NULL || self->record == NULL || self->planning == NULL)
    return;
  w = page_write_new (self, refer_job, refer_done);
  w->text = g_strdup (bw_offer_get_uuid (offer));
  w->text2 = g_strdup (bw_offer_get_title (offer));
  page_write_queue (w);
}

/* Changes made in the lists: on failure the list shows what is stored. */

static void
list_change_done (BwCasePage   *self,
                  PageWrite    *w,
                  const GError *error)
{
  if (error != NULL)
    _bw_case_page_toast_text (self, error->message);
  else if (w->message != NULL)
    _bw_case_page_toast_text (self, w->message);
  _bw_case_page_refresh (self, w->parts);
}

static gboolean
set_shareable_job (BwCaseStore  *store,
                   gpointer      data,
                   GError      **error)
{
  PageWrite *w = data;

  return bw_case_store_set_journal_shareable (store, w->id, w->flag, error);
}

void
_bw_case_page_journal_shareable_toggled (GtkCheckButton *check,
                                         GParamSpec     *pspec,
                                         BwCasePage     *self)
{
  PageWrite *w = page_write_new (self, set_shareable_job, list_change_done);

  /* The write refills the journal list, which replaces this check button:
   * nothing of it is kept. */
  w->id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (check), "entry-id"));
  w->parts = BW_CASE_PAGE_PART_JOURNAL;
  w->flag = gtk_check_button_get_active (check);
  page_write_queue (w);
}

static gboolean
set_action_done_job (BwCaseStore  *store,
                     gpointer      data,
                     GError      **error)
{
  PageWrite *w = data;

  return bw_case_store_set_action_done (store, w->id, w->flag, error);
}

void
_bw_case_page_action_done_toggled (GtkCheckButton *check,
                                   BwCasePage     *self)
{
  BwCaseAction *action = g_object_get_data (G_OBJECT (check), "action");
  PageWrite *w = page_write_new (self, set_action_done_job, list_change_done);

  w->id = bw_case_action_get_id (action);
  w->parts = BW_CASE_PAGE_PART_ACTIONS;
  w->flag = gtk_check_button_get_active (check);
  page_write_queue (w);
}

static gboolean
remove_organisation_job (BwCaseStore  *store,
                         gpointer      data,
                         GError      **error)
{
  PageWrite *w = data;

  return bw_case_store_remove_involvement (store, w->id, error);
}

void
_bw_case_page_remove_organisation_clicked (GtkButton  *button,
                                           BwCasePage *self)
{
  BwInvolvement *inv = g_object_get_data (G_OBJECT (button), "involvement");
  PageWrite *w = page_write_new (self, remove_organisation_job, list_change_done);

  w->id = bw_involvement_get_id (inv);
  w->parts = BW_CASE_PAGE_PART_ORGANISATIONS;
  page_write_queue (w);
}

static gboolean
withdraw_share_job (BwCaseStore  *store,
                    gpointer      data,
                    GError      **error)
{
  PageWrite *w = data;

  return bw_case_store_withdraw_share (store, w->id, w->text, error);
}

static void
withdraw_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      BwCasePage       *self)
{
  BwShare *share = g_object_get_data (G_OBJECT (dialog), "share");
  GtkEditable *reason = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  PageWrite *w;

  if (!g_str_equal (response, "withdraw"))
    return;
  w = page_write_new (self, withdraw_share_job, list_change_done);
  w->id = bw_share_get_id (share);
  w->text = g_strstrip (g_strdup (gtk_editable_get_text (reason)));
  w->parts = BW_CASE_PAGE_PART_SHARES;
  w->message = _("Share withdrawn; the partner’s copy is removed at its next sync");
  page_write_queue (w);
}

static void
withdraw_reason_changed_cb (GtkEditable      *reason,
                            AdwMessageDialog *dialog)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (reason)));

  adw_message_dialog_set_response_enabled (dialog, "withdraw", *text != '\0');
}

void
_bw_case_page_withdraw_clicked (GtkButton  *button,
                                BwCasePage *self)
{
  BwShare *share = g_object_get_data (G_OBJECT (button), "share");
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                   _("Withdraw this share?"),
                                   _("The partner no longer receives this case, and its copy is removed at its next sync. This cannot be undone; share again with new consent if needed."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "withdraw", _("_Withdraw"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "withdraw",
                                              ADW_RESPONSE_DESTRUCTIVE);
  /* Why, kept with the share and in the audit log; required. */
  {
    GtkWidget *reason = gtk_entry_new ();

    gtk_entry_set_placeholder_text (GTK_ENTRY (reason), _("Reason for withdrawal"));
    gtk_accessible_update_property (GTK_ACCESSIBLE (reason), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    _("Reason for withdrawal"), -1);
    adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), reason);
    adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "withdraw", FALSE);
    g_signal_connect_object (reason, "changed", G_CALLBACK (withdraw_reason_changed_cb), dialog, 0);
  }
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "share", g_object_ref (share), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (withdraw_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}
