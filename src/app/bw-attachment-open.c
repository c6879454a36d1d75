/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-app"
/* Opening an attachment: the private copy off the main loop, then the
 * desktop's viewer (GTK 4.8 has no GtkFileLauncher). */
#include "config.h"

#include <glib/gi18n.h>

#include "bw-attachment-open.h"
#include "bw-case-store-attachments.h"

static BwAttachmentLauncher launcher;

void
bw_attachment_open_set_launcher (BwAttachmentLauncher func)
{
  launcher = func;
}

typedef struct {
  GBytes *bytes;
  char *file_name;
  char *media_type;
  char *path;
} Open;

static void
open_free (Open *o)
{
  g_bytes_unref (o->bytes);
  g_free (o->file_name);
  g_free (o->media_type);
  g_free (o->path);
  g_free (o);
}

static void
write_thread (GTask        *task,
              gpointer      source,
              gpointer      task_data,
              GCancellable *cancellable)
{
  Open *o = task_data;
  GError *error = NULL;

  o->path = bw_attachment_write_private_copy (o->bytes, o->file_name, o->media_type, &error);
  if (o->path == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
launched_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Open *o = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;

  if (!g_app_info_launch_default_for_uri_finish (result, &error))
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_FAILED,
                               _("No program on this computer opens this file: %s"), error->message);
      return;
    }
  g_task_return_pointer (task, g_strdup (o->path), g_free);
}

static void
written_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  GtkWidget *widget = GTK_WIDGET (source);
  g_autoptr(GTask) task = user_data;
  Open *o = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  uri = g_filename_to_uri (o->path, NULL, NULL);
  if (launcher != NULL)
    {
      if (!launcher (widget, uri, &error))
        g_task_return_error (task, g_steal_pointer (&error));
      else
        g_task_return_pointer (task, g_strdup (o->path), g_free);
      return;
    }
  {
    g_autoptr(GAppLaunchContext) context =
      G_APP_LAUNCH_CONTEXT (gdk_display_get_app_launch_context (gtk_widget_get_display (widget)));
    GCancellable *cancellable = g_task_get_cancellable (task);

    g_app_info_launch_default_for_uri_async (uri, context, cancellable, launched_cb, g_steal_pointer (&task));
  }
}

void
bw_attachment_open_async (GtkWidget           *widget,
                          GBytes              *bytes,
                          const char          *file_name,
                          const char          *media_type,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  GTask *task = g_task_new (widget, NULL, callback, user_data);
  g_autoptr(GTask) write = g_task_new (widget, NULL, written_cb, task);
  Open *o = g_new0 (Open, 1);

  o->bytes = g_bytes_ref (bytes);
  o->file_name = g_strdup (file_name);
  o->media_type = g_strdup (media_type);
  g_task_set_task_data (task, o, (GDestroyNotify) open_free);
  g_task_set_task_data (write, o, NULL);
  g_task_run_in_thread (write, write_thread);
}

char *
bw_attachment_open_finish (GAsyncResult  *result,
                           GError       **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}
