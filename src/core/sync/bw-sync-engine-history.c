/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-sync"
#include "config.h"

#include <glib/gi18n-lib.h>

#include "bw-audit-entry.h"
#include "bw-sync-engine-private.h"

/* Coordinators: a case's access history, in pages from the newest (the
 * server gives at most 1000 rows a page, default 200). */

typedef struct {
  char *case_uuid;        /* NULL: the team's history, with @filter */
  char *filter;           /* "action=…&role=…&since=…&", or "" */
  gint64 limit;
  gboolean all_pages;     /* follow "more" until the oldest row */
  GListStore *entries;    /* what came so far */
  gint64 next_before;     /* 0: no older rows */
} HistoryData;

static void
history_data_free (HistoryData *data)
{
  g_free (data->case_uuid);
  g_free (data->filter);
  g_clear_object (&data->entries);
  g_free (data);
}

static void history_request (GTask *task);

static void
history_received_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  BwSyncEngine *self = BW_SYNC_ENGINE (source);
  g_autoptr(GTask) task = user_data;
  HistoryData *data = g_task_get_task_data (task);
  GError *error = NULL;
  g_autoptr(JsonObject) answer = bw_sync_engine_http_json_finish (self, result, &error);
  g_autoptr(GListModel) page = NULL;
  JsonNode *next;
  gint64 next_before = 0;

  if (answer == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  page = bw_audit_entries_from_json (answer, &error);
  if (page == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  /* An older server sends no "more": everything came at once. */
  next = json_object_get_member (answer, "next_before");
  if (json_object_get_boolean_member_with_default (answer, "more", FALSE) && next != NULL &&
      JSON_NODE_HOLDS_VALUE (next) && json_node_get_value_type (next) == G_TYPE_INT64)
    next_before = json_node_get_int (next);
  /* A page that does not go back is a broken server: stop, never loop. */
  if (next_before != 0 && (next_before < 0 || (data->next_before != 0 && next_before >= data->next_before) ||
                           g_list_model_get_n_items (page) == 0))
    next_before = 0;
  for (guint i = 0; i < g_list_model_get_n_items (page); i++)
    {
      g_autoptr(GObject) entry = g_list_model_get_item (page, i);
      g_list_store_append (data->entries, entry);
    }
  data->next_before = next_before;
  if (data->all_pages && next_before != 0)
    {
      history_request (g_steal_pointer (&task));
      return;
    }
  g_task_return_pointer (task, g_object_ref (data->entries), g_object_unref);
}

static void
history_request (GTask *task)
{
  HistoryData *data = g_task_get_task_data (task);
  g_autofree char *path = NULL;

  g_autofree char *start = data->case_uuid ? g_strdup_printf ("cases/%s/access-history?", data->case_uuid)
                                            : g_strdup_printf ("access-history?%s", data->filter);

  if (data->next_before != 0)
    path = g_strdup_printf ("%slimit=%" G_GINT64_FORMAT "&before=%" G_GINT64_FORMAT,
                            start, data->limit, data->next_before);
  else
    path = g_strdup_printf ("%slimit=%" G_GINT64_FORMAT, start, data->limit);
  bw_sync_engine_request (task, "GET", path, NULL, history_received_cb);
}

static void
history_start (BwSyncEngine        *self,
               const char          *case_uuid,
               const char          *filter,
               gint64               before,
               gint64               limit,
               gboolean             all_pages,
               GCancellable        *cancellable,
               GAsyncReadyCallback  callback,
               gpointer             user_data,
               gpointer             source_tag)
{
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);
  HistoryData *data;

  g_task_set_source_tag (task, source_tag);
  if (!bw_sync_engine_is_configured (self))
    {
      g_task_return_new_error (task, BW_SYNC_ERROR, BW_SYNC_ERROR_NOT_CONFIGURED,
                               _("Set the server address and log in under Preferences to sync"));
      return;
    }
  if (filter == NULL && !bw_record_json_is_uuid (case_uuid))
    {
      g_task_return_new_error (task, BW_SYNC_ERROR, BW_SYNC_ERROR_NOT_FOUND,
                               _("The server does not have this, or it is not (any more) yours to see"));
      return;
    }
  data = g_new0 (HistoryData, 1);
  data->case_uuid = filter == NULL ? g_strdup (case_uuid) : NULL;
  data->filter = g_strdup (filter);
  data->limit = CLAMP (limit, 1, 1000);
  data->all_pages = all_pages;
  data->entries = g_list_store_new (BW_TYPE_AUDIT_ENTRY);
  data->next_before = MAX (before, 0);
  g_task_set_task_data (task, data, (GDestroyNotify) history_data_free);
  history_request (g_steal_pointer (&task));
}

void
bw_sync_engine_access_history_async (BwSyncEngine        *self,
                                     const char          *case_uuid,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  g_return_if_fail (BW_IS_SYNC_ENGINE (self));
  history_start (self, case_uuid, NULL, 0, 1000, TRUE, cancellable, callback, user_data,
                 bw_sync_engine_access_history_async);
}

GListModel *
bw_sync_engine_access_history_finish (BwSyncEngine  *self,
                                      GAsyncResult  *result,
                                      GError       **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}

void
bw_sync_engine_access_history_page_async (BwSyncEngine        *self,
                                          const char          *case_uuid,
                                          gint64               before,
                                          guint                limit,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data)
{
  g_return_if_fail (BW_IS_SYNC_ENGINE (self));
  history_start (self, case_uuid, NULL, before, limit, FALSE, cancellable, callback, user_data,
                 bw_sync_engine_access_history_page_async);
}

GListModel *
bw_sync_engine_access_history_page_finish (BwSyncEngine  *self,
                                           GAsyncResult  *result,
                                           gint64        *next_before,
                                           GError       **error)
{
  HistoryData *data = g_task_get_task_data (G_TASK (result));

  if (next_before != NULL)
    *next_before = data != NULL && !g_task_had_error (G_TASK (result)) ? data->next_before : 0;
  return g_task_propagate_pointer (G_TASK (result), error);
}

/* The team's history: the filters as query parameters, each escaped. */
static char *
team_filter (const char *action,
             const char *role,
             const char *since)
{
  GString *filter = g_string_new (NULL);
  const char *names[] = { "action", "role", "since" };
  const char *values[] = { action, role, since };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (values[i] != NULL && *values[i] != '\0')
      {
        g_autofree char *escaped = g_uri_escape_string (values[i], NULL, FALSE);

        g_string_append_printf (filter, "%s=%s&", names[i], escaped);
      }
  return g_string_free (filter, FALSE);
}

void
bw_sync_engine_team_history_page_async (BwSyncEngine        *self,
                                        const char          *action,
                                        const char          *role,
                                        const char          *since,
                                        gint64               before,
                                        guint                limit,
                                        GCancellable        *cancellable,
                                        GAsyncReadyCallback  callback,
                                        gpointer             user_data)
{
  g_autofree char *filter = team_filter (action, role, since);

  g_return_if_fail (BW_IS_SYNC_ENGINE (self));
  history_start (self, NULL, filter, before, limit, FALSE, cancellable, callback, user_data,
                 bw_sync_engine_access_history_page_async);
}

void
bw_sync_engine_team_history_async (BwSyncEngine        *self,
                                   const char          *action,
                                   const char          *role,
                                   const char          *since,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_autofree char *filter = team_filter (action, role, since);

  g_return_if_fail (BW_IS_SYNC_ENGINE (self));
  history_start (self, NULL, filter, 0, 1000, TRUE, cancellable, callback, user_data,
                 bw_sync_engine_access_history_async);
}
