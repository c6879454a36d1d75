/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-sync"
/* The reports per month (docs/sync-protocol.md, "Reports per month"):
 * asked for when someone looks, and the last answer kept, with its date,
 * for when the server cannot be reached. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "bw-sync-engine-private.h"

#define REPORT_META_KEY "server_report"

typedef struct {
  char *text;
  BwReport *report;
} Fetch;

static void
fetch_free (Fetch *f)
{
  g_free (f->text);
  g_clear_object (&f->report);
  g_free (f);
}

static void
keep_thread (GTask        *task,
             gpointer      source,
             gpointer      task_data,
             GCancellable *cancellable)
{
  BwSyncEngine *self = source;
  Fetch *f = task_data;
  GError *error = NULL;
  gboolean ok;

  g_mutex_lock (&self->lock);
  ok = bw_db_set_meta (self->db, REPORT_META_KEY, f->text, &error);
  g_mutex_unlock (&self->lock);
  if (!ok)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, g_object_ref (f->report), g_object_unref);
}

static void
report_received_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  BwSyncEngine *self = BW_SYNC_ENGINE (source);
  g_autoptr(GTask) task = user_data;
  g_autoptr(JsonObject) answer = NULL;
  Fetch *f = g_task_get_task_data (task);
  GError *error = NULL;

  answer = bw_sync_engine_http_json_finish (self, result, &error);
  if (answer == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  f->text = bw_sync_object_to_string (answer);
  if ((f->report = bw_report_parse (f->text, NULL)) == NULL)
    {
      g_task_return_new_error (task, BW_SYNC_ERROR, BW_SYNC_ERROR_PROTOCOL,
                               _("The server’s answer is not valid JSON"));
      return;
    }
  g_task_run_in_thread (task, keep_thread);
}

void
bw_sync_engine_fetch_report_async (BwSyncEngine        *self,
                                   const char          *from,
                                   const char          *to,
                                   const char          *area,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);
  g_autofree char *area_arg = NULL;
  g_autofree char *path = NULL;

  g_return_if_fail (BW_IS_SYNC_ENGINE (self));

  g_task_set_source_tag (task, bw_sync_engine_fetch_report_async);
  g_task_set_task_data (task, g_new0 (Fetch, 1), (GDestroyNotify) fetch_free);
  if (!bw_sync_engine_is_configured (self))
    {
      g_task_return_new_error (task, BW_SYNC_ERROR, BW_SYNC_ERROR_NOT_CONFIGURED,
                               _("Set the server address and log in under Preferences to sync"));
      return;
    }
  area_arg = g_uri_escape_string (area ? area : "all", NULL, FALSE);
  path = g_strdup_printf ("reports?from=%s&to=%s&area=%s", from, to, area_arg);
  bw_sync_engine_http_json_async (self, "GET", self->base_url, path, NULL, TRUE, cancellable,
                                  report_received_cb, g_steal_pointer (&task));
}

BwReport *
bw_sync_engine_fetch_report_finish (BwSyncEngine  *self,
                                    GAsyncResult  *result,
                                    GError       **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}

BwReport *
bw_sync_engine_read_kept_report (BwSyncEngine *self)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (BW_IS_SYNC_ENGINE (self), NULL);
  text = bw_case_store_get_meta (self->store, REPORT_META_KEY);
  return text ? bw_report_parse (text, NULL) : NULL;
}
