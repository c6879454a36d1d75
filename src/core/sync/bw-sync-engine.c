/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-sync"
#include "config.h"

/* BwSyncEngine: the object, its set-up and state, the worker that runs
 * its database steps, and the order of a sync's steps. The steps
 * themselves are in bw-sync-engine-{pull,push,snapshot}.c. */

#include <string.h>

#include <glib/gi18n-lib.h>

#include "bw-case-store-private.h"
#include "bw-date.h"
#include "bw-figures.h"
#include "bw-sync-engine-private.h"

G_DEFINE_QUARK (bw-sync-error-quark, bw_sync_error)

G_DEFINE_FINAL_TYPE (BwSyncEngine, bw_sync_engine, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STATE,
  PROP_PROGRESS,
  PROP_CONFIGURED,
  N_PROPS
};

enum {
  CONFLICTS_CHANGED,
  SHARED_CASES_REMOVED,
  USER_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Work on the engine's connection, on a worker thread */

typedef struct {
  BwSyncDbFunc func;
  gpointer in;
  GDestroyNotify in_free;
} DbJob;

static void
db_job_free (DbJob *job)
{
  if (job->in_free)
    job->in_free (job->in);
  g_free (job);
}

/* Runs @func in one transaction on the engine's connection, which it
 * holds meanwhile. */
gboolean
bw_sync_engine_run_in_transaction (BwSyncEngine  *self,
                                   BwSyncDbFunc         func,
                                   gpointer       in,
                                   gpointer      *out,
                                   GError       **error)
{
  gboolean ok;

  g_mutex_lock (&self->lock);
  ok = bw_db_begin (self->db, error);
  if (ok)
    {
      ok = func (self, in, out, error) &&
           bw_case_store_index_pending (self->db, error) &&
           bw_db_commit (self->db, error);
      if (!ok)
        bw_db_rollback (self->db);
    }
  g_mutex_unlock (&self->lock);
  return ok;
}

static void
db_job_thread (GTask        *task,
               gpointer      source,
               gpointer      task_data,
               GCancellable *cancellable)
{
  BwSyncEngine *self = source;
  DbJob *job = task_data;
  GError *error = NULL;
  gpointer out = NULL;

  if (bw_sync_engine_run_in_transaction (self, job->func, job->in, &out, &error))
    g_task_return_pointer (task, out, NULL);
  else
    g_task_return_error (task, error);
}

/* Runs @func in one transaction on a worker thread. */
void
bw_sync_engine_run_db (BwSyncEngine        *self,
                       BwSyncDbFunc               func,
                       gpointer             in,
                       GDestroyNotify       in_free,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (self, NULL, callback, user_data);
  DbJob *job = g_new0 (DbJob, 1);

  job->func = func;
  job->in = in;
  job->in_free = in_free;
  g_task_set_task_data (task, job, (GDestroyNotify) db_job_free);
  g_task_run_in_thread (task, db_job_thread);
}

/* The local ids of @task_data (case uuids), on a worker thread: the
 * engine's connection may be busy with a batch for a while. A uuid that is
 * not a case's (a planning record's) adds 0. */
static void
case_ids_thread (GTask        *task,
                 gpointer      source,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  BwSyncEngine *self = source;
  GPtrArray *case_uuids = task_data;
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_mutex_lock (&self->lock);
  for (guint i = 0; i < case_uuids->len; i++)
    {
      g_autoptr(BwDbStatement) stmt = bw_db_prepare (self->db, "SELECT id FROM cases WHERE uuid = ?1", NULL);
      gint64 id = 0;

      bw_sqlite_bind_text (stmt, 1, g_ptr_array_index (case_uuids, i));
      if (sqlite3_step (stmt) == SQLITE_ROW)
        id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  g_mutex_unlock (&self->lock);
  g_task_return_pointer (task, ids, (GDestroyNotify) g_array_unref);
}

static void
case_ids_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  BwSyncEngine *self = BW_SYNC_ENGINE (source);
  g_autoptr(GArray) ids = g_task_propagate_pointer (G_TASK (result), NULL);
  gboolean many = ids == NULL || ids->len > 16;

  for (guint i = 0; !many && i < ids->len; i++)
    many = g_array_index (ids, gint64, i) == 0;
  /* Planning records are not cases: "many changed" makes the planning
   * views (BwPlanning's "changed") read again. */
  if (many)
    bw_case_store_emit_changed (self->store, 0);
  else
    for (guint i = 0; i < ids->len; i++)
      bw_case_store_emit_changed (self->store, g_array_index (ids, gint64, i));
}

/* Tells the views which cases changed, by their local ids, once those are
 * looked up. */
void
bw_sync_engine_announce_changes (BwSyncEngine *self,
                                 GPtrArray    *case_uuids)
{
  g_autoptr(GTask) task = NULL;

  if (case_uuids == NULL || case_uuids->len == 0)
    return;
  task = g_task_new (self, NULL, case_ids_cb, NULL);
  g_task_set_task_data (task, g_ptr_array_ref (case_uuids), (GDestroyNotify) g_ptr_array_unref);
  g_task_run_in_thread (task, case_ids_thread);
}

GPtrArray *
bw_sync_hash_keys_to_array (GHashTable *set)
{
  GPtrArray *array = g_ptr_array_new_with_free_func (g_free);
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, set);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (array, g_strdup (key));
  return array;
}

/* One sync: pull until the feed is empty, then push until the outbox is */

void
bw_sync_engine_emit_conflicts_changed (BwSyncEngine *self)
{
  g_signal_emit (self, signals[CONFLICTS_CHANGED], 0);
}

void
bw_sync_engine_emit_user_changed (BwSyncEngine *self)
{
  g_signal_emit (self, signals[USER_CHANGED], 0);
}

void
bw_sync_engine_emit_shared_cases_removed (BwSyncEngine  *self,
                                          char         **case_uuids)
{
  g_signal_emit (self, signals[SHARED_CASES_REMOVED], 0, case_uuids);
}

void
bw_sync_engine_set_state (BwSyncEngine *self,
                          BwSyncState   state,
                          double        progress)
{
  if (self->state != state)
    {
      self->state = state;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
    }
  if (self->progress != progress)
    {
      self->progress = progress;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROGRESS]);
    }
}

void
bw_sync_run_fail (GTask  *task,
                  GError *error)
{
  BwSyncEngine *self = g_task_get_source_object (task);
  BwSyncRun *run = g_task_get_task_data (task);

  if (run != NULL)
    run->failed = TRUE;
  self->running = FALSE;
  bw_sync_engine_set_state (self, g_error_matches (error, BW_SYNC_ERROR, BW_SYNC_ERROR_OFFLINE)
                   ? BW_SYNC_STATE_OFFLINE : BW_SYNC_STATE_ERROR, 0);
  g_signal_emit (self, signals[CONFLICTS_CHANGED], 0);
  g_task_return_error (task, error);
}

void
bw_sync_run_free (BwSyncRun *run)
{
  g_clear_pointer (&run->ready, bw_pull_page_free);
  g_free (run->epoch);
  g_free (run);
}

/* What a sync writes at its end, with its fsync on a worker thread. */
typedef struct {
  char *last_sync;
  char *figures;            /* the server's answer, or NULL: keep the last */
  JsonObject *team;         /* GET /team's answer, or NULL: keep the last */
} SyncEnd;

static void
sync_end_free (SyncEnd *end)
{
  g_free (end->last_sync);
  g_free (end->figures);
  g_clear_pointer (&end->team, json_object_unref);
  g_free (end);
}

static void
write_sync_end_thread (GTask        *task,
                       gpointer      source,
                       gpointer      task_data,
                       GCancellable *cancellable)
{
  BwSyncEngine *self = source;
  SyncEnd *end = task_data;

  g_mutex_lock (&self->lock);
  bw_sync_state_set (self->db, "last_sync", end->last_sync, NULL);
  if (end->figures != NULL)
    bw_db_set_meta (self->db, BW_FIGURES_META_KEY, end->figures, NULL);
  if (end->team != NULL)
    {
      g_autoptr(GError) error = NULL;

      if (!bw_sync_store_team (self->db, end->team, &error))
        g_warning ("Could not keep the team list: %s", error->message);
    }
  g_mutex_unlock (&self->lock);
  g_task_return_boolean (task, TRUE);
}

static void
sync_end_written_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  BwSyncEngine *self = BW_SYNC_ENGINE (source);
  g_autoptr(GTask) task = user_data;
  SyncEnd *end = g_task_get_task_data (G_TASK (result));

  self->running = FALSE;
  /* The map and the demand count again, from the new figures; the
   * pickers and "My work" read the new team list. */
  if (end->figures != NULL || end->team != NULL)
    bw_case_store_emit_changed (self->store, 0);
  bw_sync_engine_set_state (self, BW_SYNC_STATE_IDLE, 1.0);
  g_signal_emit (self, signals[CONFLICTS_CHANGED], 0);
  g_task_return_boolean (task, TRUE);
}

static void
write_sync_end (GTask      *task,
                char       *figures,
                JsonObject *team)
{
  BwSyncEngine *self = g_task_get_source_object (task);
  g_autoptr(GTask) write = g_task_new (self, NULL, sync_end_written_cb, task);
  SyncEnd *end = g_new0 (SyncEnd, 1);

  end->last_sync = bw_date_now_utc ();
  end->figures = figures;
  end->team = team;
  g_task_set_task_data (write, end, (GDestroyNotify) sync_end_free);
  g_task_run_in_thread (write, write_sync_end_thread);
}

static void
figures_received_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  BwSyncEngine *self = BW_SYNC_ENGINE (source);
  GTask *task = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonObject) answer = bw_sync_engine_http_json_finish (self, result, &error);
  g_autofree char *figures = answer ? bw_sync_object_to_string (answer) : NULL;
  gint64 totals[BW_FIGURES_N];
  g_autoptr(GHashTable) checked = NULL;

  /* The figures are extra: without them (an older server, a dropped
   * connection) the sync still succeeded, and the last ones stay. */
  if (figures != NULL && (checked = bw_figures_parse (figures, totals, NULL, &error)) == NULL)
    g_clear_pointer (&figures, g_free);
  if (figures == NULL)
    g_debug ("No figures from the server: %s", error ? error->message : "");
  write_sync_end (task, g_steal_pointer (&figures), NULL);
}

static void
team_received_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  BwSyncEngine *self = BW_SYNC_ENGINE (source);
  g_autoptr(GError) error = NULL;
  JsonObject *answer = bw_sync_engine_http_json_finish (self, result, &error);

  /* Like the figures, the list is extra: without it the last stays. */
  if (answer == NULL)
    g_debug ("No team list from the server: %s", error->message);
  write_sync_end (user_data, NULL, answer);
}

/* After the push: the bytes of attachments (bw-sync-engine-attachments.c),
 * then bw_sync_run_end(). */
void
bw_sync_run_done (GTask *task)
{
  bw_sync_run_attachments (task);
}

/* What the role needs after its records. */
static void
finish_run (GTask *task)
{
  BwSyncEngine *self = g_task_get_source_object (task);
  g_autofree char *role = bw_case_store_get_meta (self->store, "role");

  /* A trainer holds no cases to count the neighbourhoods' demand from:
   * the server counts it over every team (docs/sync-protocol.md). */
  if (g_strcmp0 (role, "trainer") == 0)
    bw_sync_engine_http_json_async (self, "GET", self->base_url, "figures", NULL, TRUE,
                                    g_task_get_cancellable (task), figures_received_cb, task);
  /* Whom a case can be handed to, and the team's follow-up settings. */
  else if (g_strcmp0 (role, "buurtteam") == 0 || g_strcmp0 (role, "coordinator") == 0)
    bw_sync_engine_http_json_async (self, "GET", self->base_url, "team", NULL, TRUE,
                                    g_task_get_cancellable (task), team_received_cb, task);
  else
    write_sync_end (task, NULL, NULL);
}

/* A report the server answered, or refused for good (404: the case is no
 * longer the user's), leaves its queue; any other failure fails the sync,
 * and the report is sent again the next time. */
static void
queued_sent_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  BwSyncEngine *self = BW_SYNC_ENGINE (source);
  g_autoptr(GTask) task = user_data;
  const BwSyncQueue *queue = g_object_get_data (G_OBJECT (task), "bw-queue");
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (task), "bw-queue-id"));
  GError *error = NULL;
  g_autoptr(JsonObject) answer = bw_sync_engine_http_json_finish (self, result, &error);

  if (answer == NULL && !g_error_matches (error, BW_SYNC_ERROR, BW_SYNC_ERROR_NOT_FOUND))
    {
      bw_sync_run_fail (task, error);
      return;
    }
  g_clear_error (&error);
  g_mutex_lock (&self->lock);
  {
    g_autoptr(BwDbStatement) stmt = bw_db_prepare (self->db, queue->drop, NULL);

    if (stmt != NULL)
      {
        sqlite3_bind_int64 (stmt, 1, id);
        sqlite3_step (stmt);
      }
  }
  g_mutex_unlock (&self->lock);
  bw_sync_run_send_queue (g_steal_pointer (&task), queue);
}

void
bw_sync_run_send_queue (GTask             *task,
                        const BwSyncQueue *queue)
{
  BwSyncEngine *self = g_task_get_source_object (task);
  g_autoptr(JsonObject) body = NULL;
  gint64 id = 0;

  g_mutex_lock (&self->lock);
  {
    g_autoptr(BwDbStatement) stmt = bw_db_prepare (self->db, queue->select, NULL);

    if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
      {
        id = sqlite3_column_int64 (stmt, 0);
        body = json_object_new ();
        for (int i = 0; queue->members[i] != NULL; i++)
          if (sqlite3_column_type (stmt, i + 1) != SQLITE_NULL)
            json_object_set_string_member (body, queue->members[i],
                                           (const char *) sqlite3_column_text (stmt, i + 1));
      }
  }
  g_mutex_unlock (&self->lock);

  if (body == NULL)
    {
      queue->then (task);
      return;
    }
  g_object_set_data (G_OBJECT (task), "bw-queue", (gpointer) queue);
  g_object_set_data (G_OBJECT (task), "bw-queue-id", GSIZE_TO_POINTER ((gsize) id));
  bw_sync_engine_request (task, "POST", queue->path, body, queued_sent_cb);
}

/* The end of a sync: the queued export reports, oldest first, one request
 * each, then finish_run(). */
void
bw_sync_run_end (GTask *task)
{
  static const char * const members[] = { "what", "case_uuid", "exported_at", NULL };
  static const BwSyncQueue exports = {
    "SELECT id, what, case_uuid, exported_at FROM export_outbox ORDER BY id LIMIT 1",
    members,
    "DELETE FROM export_outbox WHERE id = ?1",
    "audit/exported",
    finish_run,
  };

  bw_sync_run_send_queue (task, &exports);
}

/* The result of a sync's database step; on an error the sync fails and
 * this answers FALSE. */
gboolean
bw_sync_run_step_finish (GTask         *task,
                         GAsyncResult  *result,
                         gpointer      *out)
{
  GError *error = NULL;
  gpointer value = g_task_propagate_pointer (G_TASK (result), &error);

  if (error != NULL)
    {
      bw_sync_run_fail (task, error);
      return FALSE;
    }
  if (out != NULL)
    *out = value;
  return TRUE;
}

/* The server's answer to a sync's request; on an error the sync fails and
 * this answers NULL. */
JsonObject *
bw_sync_run_answer (GTask        *task,
                    GAsyncResult *result)
{
  GError *error = NULL;
  JsonObject *answer = bw_sync_engine_http_json_finish (g_task_get_source_object (task), result, &error);

  if (answer == NULL)
    bw_sync_run_fail (task, error);
  return answer;
}

void
bw_sync_run_fail_protocol (GTask      *task,
                           const char *message)
{
  bw_sync_run_fail (task, g_error_new_literal (BW_SYNC_ERROR, BW_SYNC_ERROR_PROTOCOL, message));
}

/* A request of @task's to the configured server, with the session; the
 * callback gets @task. */
void
bw_sync_engine_request (GTask               *task,
                        const char          *method,
                        const char          *path_and_query,
                        JsonObject          *body,
                        GAsyncReadyCallback  callback)
{
  BwSyncEngine *self = g_task_get_source_object (task);

  bw_sync_engine_http_json_async (self, method, self->base_url, path_and_query, body, TRUE,
                                  g_task_get_cancellable (task), callback, task);
}

/* Which sync: asks the server who we are when the database does not know
 * yet (a token from the environment, or a database from before sharing). */
static void start_by_role (GTask *task);

static void
me_received_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  BwSyncEngine *self = BW_SYNC_ENGINE (source);
  g_autoptr(GTask) task = user_data;
  g_autoptr(JsonObject) answer = bw_sync_run_answer (task, result);

  if (answer == NULL)
    return;
  if (!bw_sync_engine_store_user (self, bw_sync_member_object (answer, "user", NULL)))
    {
      bw_sync_run_fail_protocol (task, _("The server’s answer is not valid JSON"));
      return;
    }
  start_by_role (g_steal_pointer (&task));
}

static void
start_by_role (GTask *task)
{
  BwSyncEngine *self = g_task_get_source_object (task);
  g_autofree char *role = bw_case_store_get_meta (self->store, "role");

  if (role == NULL)
    bw_sync_engine_request (task, "GET", "me", NULL, me_received_cb);
  else if (g_str_equal (role, "partner"))
    bw_sync_run_partner (task);
  else
    bw_sync_run_pull (task);
}

/* The demo cases of a first start may go to a server on this computer (the
 * demo server of make run), never to a real one. */
static gboolean
holds_demo_data_for_real_server (BwSyncEngine *self)
{
  g_autofree char *demo = bw_case_store_get_meta (self->store, "demo_data");
  g_autoptr(GUri) uri = NULL;
  const char *host;

  if (demo == NULL)
    return FALSE;
  uri = g_uri_parse (self->base_url, G_URI_FLAGS_NONE, NULL);
  host = uri ? g_uri_get_host (uri) : NULL;
  return !(host && (g_str_equal (host, "localhost") || g_str_equal (host, "::1") ||
                    g_str_has_prefix (host, "127.")));
}

void
bw_sync_engine_sync_async (BwSyncEngine        *self,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);

  g_task_set_source_tag (task, bw_sync_engine_sync_async);
  if (!bw_sync_engine_is_configured (self))
    {
      g_task_return_new_error (task, BW_SYNC_ERROR, BW_SYNC_ERROR_NOT_CONFIGURED,
                               _("Set the server address and log in under Preferences to sync"));
      return;
    }
  if (self->running)
    {
      g_task_return_new_error (task, BW_SYNC_ERROR, BW_SYNC_ERROR_BUSY,
                               _("A sync is already running"));
      return;
    }
  if (holds_demo_data_for_real_server (self))
    {
      g_task_return_new_error (task, BW_SYNC_ERROR, BW_SYNC_ERROR_DEMO_DATA,
                               _("This database holds fictitious demo cases, which are never sent to a real server. Start Buurtwerk with a new, empty database to work with the central server."));
      return;
    }
  self->running = TRUE;
  {
    BwSyncRun *run = g_new0 (BwSyncRun, 1);
    run->push_limit = PUSH_LIMIT;
    g_task_set_task_data (task, run, (GDestroyNotify) bw_sync_run_free);
  }
  bw_sync_engine_set_state (self, BW_SYNC_STATE_SYNCING, 0.02);
  start_by_role (g_steal_pointer (&task));
}

gboolean
bw_sync_engine_sync_finish (BwSyncEngine  *self,
                            GAsyncResult  *result,
                            GError       **error)
{
  return g_task_propagate_boolean (G_TASK (result), error);
}

/* Set-up */

guint
bw_sync_engine_get_retry_after (BwSyncEngine *self)
{
  g_return_val_if_fail (BW_IS_SYNC_ENGINE (self), DEFAULT_RETRY_AFTER);
  return MAX (self->retry_after, 1);
}

guint
bw_sync_engine_count_pending (BwSyncEngine *self)
{
  guint n = 0;

  g_mutex_lock (&self->lock);
  /* The statement is reset when it goes out of scope: inside the lock,
   * or another thread's use of the connection races with it. */
  {
    g_autoptr(BwDbStatement) stmt = bw_db_prepare (self->db,
      "SELECT count (*) FROM (SELECT uuid FROM outbox UNION SELECT uuid FROM outbox_sending"
      /* An attachment whose bytes are not on the server yet waits too. */
      " UNION SELECT b.uuid FROM attachment_blobs b WHERE b.state = 'upload'"
      " AND NOT EXISTS (SELECT 1 FROM sync_problems p WHERE p.uuid = b.uuid))", NULL);

    if (stmt && sqlite3_step (stmt) == SQLITE_ROW)
      n = sqlite3_column_int (stmt, 0);
  }
  g_mutex_unlock (&self->lock);
  return n;
}

static void
count_pending_thread (GTask        *task,
                      gpointer      source,
                      gpointer      task_data,
                      GCancellable *cancellable)
{
  g_task_return_int (task, bw_sync_engine_count_pending (source));
}

void
bw_sync_engine_count_pending_async (BwSyncEngine        *self,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (BW_IS_SYNC_ENGINE (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, bw_sync_engine_count_pending_async);
  g_task_run_in_thread (task, count_pending_thread);
}

guint
bw_sync_engine_count_pending_finish (BwSyncEngine  *self,
                                     GAsyncResult  *result,
                                     GError       **error)
{
  gssize n;

  g_return_val_if_fail (g_task_is_valid (result, self), 0);
  n = g_task_propagate_int (G_TASK (result), error);
  return n > 0 ? (guint) n : 0;
}

char *
bw_sync_engine_dup_last_sync (BwSyncEngine *self)
{
  char *value;

  g_mutex_lock (&self->lock);
  value = bw_sync_state_get (self->db, "last_sync");
  g_mutex_unlock (&self->lock);
  return value;
}

void
bw_sync_engine_set_server (BwSyncEngine *self,
                           const char   *base_url,
                           const char   *token)
{
  g_return_if_fail (BW_IS_SYNC_ENGINE (self));

  if (g_strcmp0 (self->base_url, base_url) == 0 && g_strcmp0 (self->token, token) == 0)
    return;
  g_free (self->base_url);
  self->base_url = base_url && *base_url ? g_strdup (base_url) : NULL;
  /* A token is a password: wipe it before freeing. */
  if (self->token)
    memset (self->token, 0, strlen (self->token));
  g_free (self->token);
  self->token = token && *token ? g_strdup (token) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONFIGURED]);
}

gboolean
bw_sync_engine_is_configured (BwSyncEngine *self)
{
  g_return_val_if_fail (BW_IS_SYNC_ENGINE (self), FALSE);
  return self->base_url != NULL && self->token != NULL;
}

BwCaseStore *
bw_sync_engine_get_store (BwSyncEngine *self)
{
  g_return_val_if_fail (BW_IS_SYNC_ENGINE (self), NULL);
  return self->store;
}

BwSyncState
bw_sync_engine_get_state (BwSyncEngine *self)
{
  g_return_val_if_fail (BW_IS_SYNC_ENGINE (self), BW_SYNC_STATE_IDLE);
  return self->state;
}

double
bw_sync_engine_get_progress (BwSyncEngine *self)
{
  g_return_val_if_fail (BW_IS_SYNC_ENGINE (self), 0);
  return self->progress;
}

static void
bw_sync_engine_finalize (GObject *object)
{
  BwSyncEngine *self = (BwSyncEngine *) object;

  bw_sync_engine_set_server (self, NULL, NULL);
  g_clear_object (&self->session);
  g_clear_object (&self->store);
  g_clear_pointer (&self->db, bw_db_close);
  g_mutex_clear (&self->lock);
  g_free (self->path);
  g_free (self->client_id);

  G_OBJECT_CLASS (bw_sync_engine_parent_class)->finalize (object);
}

static void
bw_sync_engine_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  BwSyncEngine *self = BW_SYNC_ENGINE (object);

  switch (prop_id)
    {
    case PROP_STATE:
      g_value_set_int (value, self->state);
      break;
    case PROP_PROGRESS:
      g_value_set_double (value, self->progress);
      break;
    case PROP_CONFIGURED:
      g_value_set_boolean (value, bw_sync_engine_is_configured (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bw_sync_engine_class_init (BwSyncEngineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = bw_sync_engine_finalize;
  object_class->get_property = bw_sync_engine_get_property;

  properties[PROP_STATE] =
    g_param_spec_int ("state", NULL, NULL, BW_SYNC_STATE_IDLE, BW_SYNC_STATE_ERROR, BW_SYNC_STATE_IDLE,
                      G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PROGRESS] =
    g_param_spec_double ("progress", NULL, NULL, 0, 1, 0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CONFIGURED] =
    g_param_spec_boolean ("configured", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The list of conflicts or refused changes may have changed. */
  signals[CONFLICTS_CHANGED] =
    g_signal_new ("conflicts-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /**
   * BwSyncEngine::shared-cases-removed:
   * @case_uuids: (array zero-terminated=1): the cases purged
   *
   * On a partner's desktop, after a sync removed cases that are no longer
   * shared with the organisation (withdrawn or expired), so that the app
   * can say "no longer shared with you" (not "deleted") to someone who
   * had one of them open.
   */
  signals[SHARED_CASES_REMOVED] =
    g_signal_new ("shared-cases-removed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRV);
  /* The signed-in user's role or name changed (a login, GET /me): the
   * store's meta "role" and "user_name" hold them. */
  signals[USER_CHANGED] =
    g_signal_new ("user-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
bw_sync_engine_init (BwSyncEngine *self)
{
  g_mutex_init (&self->lock);
  self->session = soup_session_new_with_options ("timeout", 60, "idle-timeout", 60, NULL);
}

/* The engine's connection: one worker at a time, a longer busy timeout
 * than the main thread's (it waits for a save to finish), and
 * secure_delete: what the engine deletes (a case no longer shared with a
 * partner) is overwritten, not only unlinked. */
static const BwDbPolicy engine_policy = {
  .flags = BW_DB_SECURE_DELETE | BW_DB_ONE_THREAD,
  .busy_timeout_ms = 10000,
  /* A feed page of 1000 records, with their FTS index pages, in one
   * transaction without spilling to the WAL before the commit. */
  .cache_size = -32768,
};

BwSyncEngine *
bw_sync_engine_new (BwCaseStore  *store,
                    GError      **error)
{
  g_autoptr(BwSyncEngine) self = NULL;

  g_return_val_if_fail (BW_IS_CASE_STORE (store), NULL);

  self = g_object_new (BW_TYPE_SYNC_ENGINE, NULL);
  self->store = g_object_ref (store);
  self->path = g_strdup (bw_case_store_get_path (store));

  self->db = bw_db_open (self->path, &engine_policy, error);
  if (self->db == NULL)
    return NULL;
  self->client_id = bw_case_store_get_meta (store, "database_id");

  return g_steal_pointer (&self);
}
