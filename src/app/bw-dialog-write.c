/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-app"
#include "config.h"

#include "bw-dialog-write.h"

typedef struct {
  GtkWidget *dialog;
  char *action_name;
  BwDialogWriteFunc func;
  BwDialogWriteDone done;
  GObject *context;
  gint64 parent_id;
  /* Touched by the job on the write thread, then here once it is done. */
  GObject *record;
} DialogWrite;

static void
dialog_write_free (DialogWrite *w)
{
  g_clear_object (&w->dialog);
  g_clear_object (&w->record);
  g_clear_object (&w->context);
  g_free (w->action_name);
  g_free (w);
}

static gboolean
dialog_write_job (BwCaseStore  *store,
                  gpointer      data,
                  GError      **error)
{
  DialogWrite *w = data;

  return w->func (store, w->context, w->parent_id, w->record, error);
}

static void
dialog_write_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  DialogWrite *w = user_data;
  g_autoptr(GError) error = NULL;

  bw_case_store_write_finish (BW_CASE_STORE (source), result, &error);
  /* A dialog closed meanwhile has nothing left to show it in. */
  if (gtk_widget_get_root (w->dialog) != NULL && gtk_widget_get_visible (w->dialog))
    {
      gtk_widget_action_set_enabled (w->dialog, w->action_name, TRUE);
      w->done (w->dialog, w->record, error);
    }
  dialog_write_free (w);
}

void
bw_dialog_write (GtkWidget         *dialog,
                 const char        *action_name,
                 BwCaseStore       *store,
                 BwDialogWriteFunc  func,
                 GObject           *context,
                 gint64             parent_id,
                 GObject           *record,
                 BwDialogWriteDone  done)
{
  DialogWrite *w = g_new0 (DialogWrite, 1);

  g_return_if_fail (GTK_IS_WIDGET (dialog));
  g_return_if_fail (BW_IS_CASE_STORE (store));

  w->dialog = g_object_ref (dialog);
  w->action_name = g_strdup (action_name);
  w->func = func;
  w->done = done;
  w->context = context != NULL ? g_object_ref (context) : NULL;
  w->parent_id = parent_id;
  w->record = g_object_ref (record);
  gtk_widget_action_set_enabled (dialog, action_name, FALSE);
  bw_case_store_write_async (store, dialog_write_job, w, NULL, NULL, dialog_write_cb, w);
}
