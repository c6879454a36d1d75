/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-app-cases"
/* Correcting on the case page: each journal note has a "Correct" button,
 * a corrected note says so, and the text as first written stays one click
 * away; a case made by mistake is deleted from the menu, with a reason.
 * Both are written on the store's write thread
 * (bw-case-store-corrections.h). */
#include "config.h"

#include <glib/gi18n.h>

#include "bw-case-page-private.h"
#include "bw-case-store-corrections.h"
#include "bw-date.h"

typedef struct {
  BwCasePage *page;
  gint64 entry_id;
  char *text;
} Correction;

static void
correction_free (Correction *c)
{
  g_clear_object (&c->page);
  g_free (c->text);
  g_free (c);
}

static void ask_correction (BwCasePage *self, gint64 entry_id, const char *text, const char *problem);

static gboolean
correct_job (BwCaseStore  *store,
             gpointer      data,
             GError      **error)
{
  Correction *c = data;

  return bw_case_store_correct_journal (store, c->entry_id, c->text, error);
}

static void
corrected_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  Correction *c = user_data;
  BwCasePage *self = c->page;
  g_autoptr(GError) error = NULL;

  if (!bw_case_store_write_finish (BW_CASE_STORE (source), result, &error))
    {
      /* What was typed comes back, with the reason. */
      if (self->store != NULL)
        ask_correction (self, c->entry_id, c->text, error->message);
      return;
    }
  if (self->store == NULL)
    return;
  _bw_case_page_refresh (self, BW_CASE_PAGE_PART_JOURNAL);
  _bw_case_page_toast_text (self, _("Note corrected"));
}

static char *
view_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
correction_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        BwCasePage       *self)
{
  GtkTextView *view = g_object_get_data (G_OBJECT (dialog), "bw-text-view");
  Correction *c;

  if (!g_str_equal (response, "correct") || self->store == NULL)
    return;
  c = g_new0 (Correction, 1);
  c->page = g_object_ref (self);
  c->entry_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "bw-entry-id"));
  c->text = view_text (view);
  bw_case_store_write_async (self->store, correct_job, c, (GDestroyNotify) correction_free, NULL,
                             corrected_cb, c);
}

/* Correct only when there is text, so an empty note is never offered. */
static void
text_changed_cb (GtkTextBuffer    *buffer,
                 AdwMessageDialog *dialog)
{
  adw_message_dialog_set_response_enabled (dialog, "correct", gtk_text_buffer_get_char_count (buffer) > 0);
}

static void
ask_correction (BwCasePage *self,
                gint64      entry_id,
                const char *text,
                const char *problem)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkWidget *view = gtk_text_view_new ();
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, _("Correct Note"),
                                   problem ? problem
                                           : _("The note as it was first written stays in its history."));
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 6);
  gtk_widget_set_size_request (view, 360, 96);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Corrected note"), -1);
  gtk_text_buffer_set_text (buffer, text ? text : "", -1);
  gtk_frame_set_child (GTK_FRAME (frame), view);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), frame);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "correct", _("_Correct"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "correct", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "bw-text-view", view);
  g_object_set_data (G_OBJECT (dialog), "bw-entry-id", GSIZE_TO_POINTER (entry_id));
  g_signal_connect (buffer, "changed", G_CALLBACK (text_changed_cb), dialog);
  text_changed_cb (buffer, ADW_MESSAGE_DIALOG (dialog));
  g_signal_connect_object (dialog, "response", G_CALLBACK (correction_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (view);
}

static void
correct_clicked (GtkButton      *button,
                 BwJournalEntry *entry)
{
  GtkWidget *page = gtk_widget_get_ancestor (GTK_WIDGET (button), BW_TYPE_CASE_PAGE);

  if (page != NULL)
    ask_correction (BW_CASE_PAGE (page), bw_journal_entry_get_id (entry),
                    bw_journal_entry_get_text (entry), NULL);
}

void
_bw_case_page_show_text (GtkWidget  *from,
                         const char *heading,
                         const char *text)
{
  GtkRoot *root = gtk_widget_get_root (from);
  GtkWidget *dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading, NULL);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *view = gtk_text_view_new ();

  /* A text view lays out only what is on screen: a note of 20,000
   * characters opens at once, and can be selected and copied. */
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), text, -1);
  gtk_text_view_set_editable (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_cursor_visible (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_widget_set_name (view, "note-text");
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), view);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 320);
  gtk_scrolled_window_set_min_content_width (GTK_SCROLLED_WINDOW (scrolled), 480);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), scrolled);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The note as first written. */
static void
earlier_clicked (GtkButton *button,
                 gpointer   user_data)
{
  _bw_case_page_show_text (GTK_WIDGET (button), _("As First Written"),
                           g_object_get_data (G_OBJECT (button), "bw-original"));
}

void
_bw_case_page_add_correction (BwCasePage     *self,
                              AdwActionRow   *row,
                              BwJournalEntry *entry)
{
  const char *corrected_on = bw_record_get_text (BW_RECORD (entry), "corrected_on");
  const char *original = bw_record_get_text (BW_RECORD (entry), "original_text");
  GtkWidget *correct = gtk_button_new_from_icon_name ("document-edit-symbolic");

  gtk_widget_set_valign (correct, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (correct, "flat");
  gtk_widget_set_tooltip_text (correct, _("Correct this note"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (correct), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Correct this note"), -1);
  gtk_widget_set_name (correct, "correct-note");
  g_signal_connect_data (correct, "clicked", G_CALLBACK (correct_clicked), g_object_ref (entry),
                         (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  adw_action_row_add_suffix (row, correct);

  if (corrected_on != NULL && original != NULL)
    {
      g_autofree char *day = bw_date_to_display (corrected_on);
      g_autofree char *label = g_strdup_printf (_("Corrected on %s"), day);
      GtkWidget *earlier = gtk_button_new_with_mnemonic (_("_Earlier Text"));
      g_autofree char *title = g_strdup_printf ("%s · %s", adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)),
                                                label);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      g_object_set_data_full (G_OBJECT (earlier), "bw-original", g_strdup (original), g_free);
      g_signal_connect (earlier, "clicked", G_CALLBACK (earlier_clicked), NULL);
      gtk_widget_set_valign (earlier, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (earlier, "flat");
      gtk_widget_set_name (earlier, "earlier-text");
      adw_action_row_add_suffix (row, earlier);
    }
}

/* Deleting a case made by mistake */

typedef struct {
  BwCasePage *page;
  gint64 case_id;
  char *reason;
} Deletion;

static void
deletion_free (Deletion *d)
{
  g_clear_object (&d->page);
  g_free (d->reason);
  g_free (d);
}

static void ask_deletion (BwCasePage *self, const char *reason, const char *problem);

static gboolean
delete_job (BwCaseStore  *store,
            gpointer      data,
            GError      **error)
{
  Deletion *d = data;

  return bw_case_store_delete_case (store, d->case_id, d->reason, error);
}

static void
deleted_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  Deletion *d = user_data;
  BwCasePage *self = d->page;
  g_autoptr(GError) error = NULL;

  if (!bw_case_store_write_finish (BW_CASE_STORE (source), result, &error))
    {
      if (self->store != NULL)
        ask_deletion (self, d->reason, error->message);
      return;
    }
  if (self->store == NULL)
    return;
  _bw_case_page_toast_text (self, _("Case deleted"));
  /* The window shows no case any more. */
  gtk_widget_activate_action (GTK_WIDGET (self), "win.open-case", "x", (gint64) 0);
}

static void
deletion_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      BwCasePage       *self)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "bw-reason");
  Deletion *d;

  if (!g_str_equal (response, "delete") || self->store == NULL || self->record == NULL)
    return;
  d = g_new0 (Deletion, 1);
  d->page = g_object_ref (self);
  d->case_id = bw_case_get_id (self->record);
  d->reason = g_strdup (gtk_editable_get_text (entry));
  bw_case_store_write_async (self->store, delete_job, d, (GDestroyNotify) deletion_free, NULL,
                             deleted_cb, d);
}

static void
reason_changed_cb (GtkEditable      *entry,
                   AdwMessageDialog *dialog)
{
  g_autofree char *reason = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "delete", *reason != '\0');
}

static void
ask_deletion (BwCasePage *self,
              const char *reason,
              const char *problem)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *entry = gtk_entry_new ();
  GtkWidget *dialog;
  g_autofree char *heading = g_strdup_printf (_("Delete the Case of %s?"), bw_case_get_name (self->record));

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading,
                                   problem ? problem
                                           : _("Only for a case created by mistake. It disappears from every "
                                               "desktop of the team; the server keeps a record of the deletion "
                                               "and its reason."));
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Reason, e.g. created twice"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Reason for deleting"), -1);
  gtk_editable_set_text (GTK_EDITABLE (entry), reason ? reason : "");
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "bw-reason", entry);
  g_signal_connect (entry, "changed", G_CALLBACK (reason_changed_cb), dialog);
  reason_changed_cb (GTK_EDITABLE (entry), ADW_MESSAGE_DIALOG (dialog));
  g_signal_connect_object (dialog, "response", G_CALLBACK (deletion_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

void
_bw_case_page_delete_case_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *param)
{
  BwCasePage *self = BW_CASE_PAGE (widget);

  if (self->record == NULL || self->is_new || self->store == NULL)
    return;
  ask_deletion (self, NULL, NULL);
}
