/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-store"
/* Desktop-local retention of closed cases (docs/security.md). */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <sqlite3.h>

#include "bw-case-store-private.h"
#include "bw-case-store-retention.h"
#include "bw-date.h"
#include "bw-record-json.h"
#include "bw-retention.h"
#include "bw-validation.h"

/* The purge's own connection (it runs in a worker thread): secure_delete,
 * so the freed pages are overwritten and the text of the purged cases stays
 * in no free page. */
static const BwDbPolicy purge_policy = {
  .flags = BW_DB_SECURE_DELETE,
  .busy_timeout_ms = 5000,
};

static gboolean
purge_in (BwDb        *conn,
          const char  *cutoff,
          guint       *n_purged,
          GError     **error)
{
  g_autoptr(GPtrArray) uuids = g_ptr_array_new_with_free_func (g_free);
  gboolean synced = FALSE;
  guint n = 0;

  {
    g_autoptr(BwDbStatement) stmt =
      bw_db_prepare (conn, "SELECT EXISTS (SELECT 1 FROM sync_state WHERE key = 'epoch')", error);

    if (stmt == NULL)
      return FALSE;
    if (sqlite3_step (stmt) == SQLITE_ROW)
      synced = sqlite3_column_int (stmt, 0) != 0;
  }
  {
    g_autoptr(BwDbStatement) stmt =
      bw_db_prepare (conn, "SELECT uuid FROM cases WHERE status = 'closed'"
                           " AND closed_on IS NOT NULL AND closed_on < ?1", error);

    if (stmt == NULL)
      return FALSE;
    sqlite3_bind_text (stmt, 1, cutoff, -1, SQLITE_TRANSIENT);
    while (sqlite3_step (stmt) == SQLITE_ROW)
      g_ptr_array_add (uuids, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  }

  for (guint i = 0; i < uuids->len; i++)
    {
      const char *uuid = g_ptr_array_index (uuids, i);

      /* A change not yet on the server stays until it is: the server
       * decides then (and purges it at its own norm). */
      if (synced && bw_retention_case_has_pending (conn, uuid))
        continue;
      if (!bw_retention_delete_case (conn, uuid, TRUE, NULL, error))
        return FALSE;
      n++;
    }
  if (n > 0 && !bw_retention_optimize_fts (conn, error))
    return FALSE;
  *n_purged = n;
  return TRUE;
}

gboolean
bw_case_store_purge_closed (BwCaseStore  *self,
                            guint         months,
                            const char   *today,
                            guint        *n_purged,
                            GError      **error)
{
  g_autofree char *cutoff = NULL;
  g_autoptr(BwDb) db = NULL;
  guint n = 0;
  gboolean ok;

  g_return_val_if_fail (BW_IS_CASE_STORE (self), FALSE);
  if (today == NULL || !bw_date_is_iso_date (today) || months < 1)
    {
      g_set_error (error, BW_STORE_ERROR, BW_STORE_ERROR_FAILED,
                   _("The retention period needs at least one month and a valid date"));
      return FALSE;
    }

  cutoff = bw_retention_cutoff (today, months);
  db = bw_db_open (bw_case_store_get_path (self), &purge_policy, error);
  ok = db != NULL && bw_db_begin (db, error);
  if (ok)
    {
      ok = purge_in (db, cutoff, &n, error) && bw_db_commit (db, error);
      if (!ok)
        bw_db_rollback (db);
    }
  if (ok && n > 0 && !bw_retention_checkpoint (db))
    g_warning ("Retention: the database could not be checkpointed after purging; tried again next time");
  g_clear_pointer (&db, bw_db_close);
  if (ok && n_purged != NULL)
    *n_purged = n;
  return ok;
}

static void
purge_thread (GTask        *task,
              gpointer      source,
              gpointer      task_data,
              GCancellable *cancellable)
{
  g_autofree char *today = bw_date_today ();
  GError *error = NULL;
  guint n = 0;

  if (bw_case_store_purge_closed (source, GPOINTER_TO_UINT (task_data), today, &n, &error))
    g_task_return_int (task, n);
  else
    g_task_return_error (task, error);
}

void
bw_case_store_purge_closed_async (BwCaseStore         *self,
                                  guint                months,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);

  g_return_if_fail (BW_IS_CASE_STORE (self));
  g_task_set_source_tag (task, bw_case_store_purge_closed_async);
  g_task_set_task_data (task, GUINT_TO_POINTER (MAX (months, 1)), NULL);
  g_task_run_in_thread (task, purge_thread);
}

gboolean
bw_case_store_purge_closed_finish (BwCaseStore   *self,
                                   GAsyncResult  *result,
                                   guint         *n_purged,
                                   GError       **error)
{
  gssize n;

  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  n = g_task_propagate_int (G_TASK (result), error);
  if (n < 0)
    return FALSE;
  if (n > 0)
    bw_case_store_emit_changed (self, 0);
  if (n_purged != NULL)
    *n_purged = n;
  return TRUE;
}

gint64
bw_case_store_get_aggregate (BwCaseStore *self,
                             const char  *buurt_code,
                             const char  *month,
                             const char  *measure,
                             const char  *value)
{
  g_autoptr(BwDbStatement) stmt =
    bw_db_prepare (bw_case_store_get_connection (self),
                   "SELECT count FROM aggregates WHERE buurt_code = ?1 AND month = ?2"
                   " AND measure = ?3 AND value = ?4", NULL);
  gint64 count = 0;

  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, buurt_code, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, month, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, measure, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, value, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    count = sqlite3_column_int64 (stmt, 0);
  return count;
}
