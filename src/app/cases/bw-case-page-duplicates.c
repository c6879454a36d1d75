/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-app-cases"
/* Before a new case is created: is this resident already known? The
 * store is asked off the main thread (bw_case_store_find_duplicates());
 * when it finds likely duplicates the page names them and lets the user
 * open the existing case or create the new one anyway. While it asks,
 * the check counts as one of the page's writes, so nothing switches the
 * page away from what was typed. */
#include "config.h"

#include <glib/gi18n.h>

#include "bw-case-page-private.h"
#include "bw-case-store-duplicates.h"
#include "bw-date.h"

typedef struct {
  BwCasePage *page;
  BwCase *edited;
} DuplicateCheck;

static void
duplicate_check_free (DuplicateCheck *check)
{
  g_clear_object (&check->page);
  g_clear_object (&check->edited);
  g_free (check);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DuplicateCheck, duplicate_check_free)

static gpointer
find_duplicates_job (BwCaseStore  *store,
                     gpointer      data,
                     GError      **error)
{
  DuplicateCheck *check = data;

  return bw_case_store_find_duplicates (store, check->edited, error);
}

/* The check is over: the new case is written (@create) or the typing
 * stays on screen as it is. */
static void
finish_check (DuplicateCheck *check,
              gboolean        create)
{
  BwCasePage *self = check->page;

  if (create && self->store != NULL)
    _bw_case_page_create_case (self, check->edited);
  else
    {
      self->save_in_flight = FALSE;
      self->save_again = FALSE;
      /* Whoever waits for the save (Save before leaving) hears it was not. */
      self->write_failed = TRUE;
    }
  self->writes_in_flight--;
  if (self->writes_in_flight == 0)
    {
      if (self->store != NULL)
        _bw_case_page_writes_settled (self);
      _bw_case_page_notify_saving (self);
    }
}

static void
duplicate_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       DuplicateCheck   *check)
{
  finish_check (check, g_str_equal (response, "create"));
}

static void
open_existing_clicked (GtkButton      *button,
                       DuplicateCheck *check)
{
  GtkWidget *dialog = gtk_widget_get_ancestor (GTK_WIDGET (button), ADW_TYPE_MESSAGE_DIALOG);
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "case-id"));
  g_autoptr(BwCasePage) page = g_object_ref (check->page);

  /* Not created; the window shows the existing case instead. */
  g_signal_handlers_disconnect_by_func (dialog, duplicate_response_cb, check);
  finish_check (check, FALSE);
  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_widget_activate_action (GTK_WIDGET (page), "win.open-case", "x", id);
}

/* "16-08-1968 · Vrieheideweg 191": what tells two residents apart. */
static char *
describe (BwCase *c)
{
  g_autofree char *dob = bw_date_to_entry_text (bw_case_get_date_of_birth (c));
  const char *address = bw_case_get_address (c);

  if (*dob != '\0' && address != NULL && *address != '\0')
    return g_strdup_printf ("%s · %s", dob, address);
  return g_strdup (*dob != '\0' ? dob : address ? address : "");
}

static void
ask_about_duplicates (DuplicateCheck *check,
                      GPtrArray      *found)
{
  BwCasePage *self = check->page;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;
  GtkWidget *list = gtk_list_box_new ();

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   ngettext ("This Resident May Already Have a Case",
                                             "This Resident May Already Have Cases",
                                             found->len),
                                   ngettext ("A case with a similar name and the same date of birth, or at the same address, already exists. Open it instead of creating a second one?",
                                             "Cases with a similar name and the same date of birth, or at the same address, already exist. Open one of them instead of creating another?",
                                             found->len));
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  for (guint i = 0; i < found->len; i++)
    {
      BwCase *c = g_ptr_array_index (found, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *open = gtk_button_new_with_mnemonic (_("_Open"));
      g_autofree char *subtitle = describe (c);
      g_autofree char *label = g_strdup_printf (_("Open the case of %s"), bw_case_get_name (c));

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), bw_case_get_name (c));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_widget_set_valign (open, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (open), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      g_object_set_data (G_OBJECT (open), "case-id", GSIZE_TO_POINTER (bw_case_get_id (c)));
      g_signal_connect (open, "clicked", G_CALLBACK (open_existing_clicked), check);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), open);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), open);
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), list);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "create", _("C_reate Anyway"),
                                    NULL);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  /* The check lives as long as the dialog that answers it. */
  g_signal_connect (dialog, "response", G_CALLBACK (duplicate_response_cb), check);
  g_object_set_data_full (G_OBJECT (dialog), "bw-duplicate-check", check,
                          (GDestroyNotify) duplicate_check_free);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
duplicates_read_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(DuplicateCheck) check = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) found = bw_case_store_read_finish (BW_CASE_STORE (source), result, &error);

  /* A failed look-up must not stop the work: the case is created as
   * before, and the reason is logged without personal data. */
  if (found == NULL)
    {
      g_warning ("Looking for duplicates failed: %s", error ? error->message : "no result");
      finish_check (check, TRUE);
      return;
    }
  if (found->len == 0 || check->page->store == NULL)
    {
      finish_check (check, check->page->store != NULL);
      return;
    }
  ask_about_duplicates (g_steal_pointer (&check), found);
}

void
_bw_case_page_check_duplicates (BwCasePage *self,
                                BwCase     *edited)
{
  DuplicateCheck *check = g_new0 (DuplicateCheck, 1);

  check->page = g_object_ref (self);
  check->edited = bw_case_copy (edited);
  self->save_in_flight = TRUE;
  if (self->writes_in_flight++ == 0)
    _bw_case_page_notify_saving (self);
  bw_case_store_read_async (self->store, find_duplicates_job, check, NULL, NULL,
                            duplicates_read_cb, check);
}
