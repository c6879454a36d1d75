/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-store"
#include "config.h"

#include "bw-date.h"
#include "bw-sqlite.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "bw-case-store-private.h"
#include "bw-record-sql.h"
#include "bw-retention.h"
#include "bw-validation.h"

G_DEFINE_QUARK (bw-store-error-quark, bw_store_error)


/* One connection and its transaction state. */
typedef struct {
  BwCaseStore *owner;
  BwDb *conn;
  guint transaction_depth;
  GHashTable *pending_changes; /* case ids changed in the open transaction */
  /* The write thread's only: what its running job committed, announced on
   * the main thread when the job is done. */
  GHashTable *committed;
} StoreSession;

struct _BwCaseStore
{
  GObject parent_instance;

  char *path;
  char *author;
  GPtrArray *old_authors;
  int schema_version;

  /* The connection of the thread that opened the store, and that of the
   * write thread (write_async()); each thread sees only its own through
   * session(). */
  StoreSession main;
  StoreSession writer;
  GThreadPool *write_pool;
  /* Reads for the views (read_async()), on the reader connection. */
  StoreSession reading;
  GThreadPool *read_pool;

  GListModel *neighbourhoods;

  /* The read thread's connection (read only). */
  BwDb *reader;
};

G_DEFINE_FINAL_TYPE (BwCaseStore, bw_case_store, G_TYPE_OBJECT)

enum {
  CASE_CHANGED,
  PLANNING_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The session of the job this thread is running, if any. */
static GPrivate job_session = G_PRIVATE_INIT (NULL);
/* Set for good in the store's job threads: a store finalized there must
 * not wait for its own thread. */
static GPrivate in_job_thread = G_PRIVATE_INIT (NULL);

static inline StoreSession *
session (BwCaseStore *self)
{
  StoreSession *s = g_private_get (&job_session);

  return s != NULL && s->owner == self ? s : &self->main;
}

static inline BwDb *
conn (BwCaseStore *self)
{
  return session (self)->conn;
}

static void
session_init (StoreSession *session,
              BwCaseStore  *owner)
{
  session->owner = owner;
  session->pending_changes = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  session->committed = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
}

static void
session_clear (StoreSession *session)
{
  g_clear_pointer (&session->pending_changes, g_hash_table_unref);
  g_clear_pointer (&session->committed, g_hash_table_unref);
  g_clear_pointer (&session->conn, bw_db_close);
}

static void read_job_run (gpointer data, gpointer user_data);

static void write_job_run (gpointer data, gpointer user_data);

static void
bw_case_store_finalize (GObject *object)
{
  BwCaseStore *self = (BwCaseStore *) object;

  /* Queued jobs hold a reference, so none is left; the last job's thread
   * may be the one finalizing. */
  if (self->write_pool != NULL)
    g_thread_pool_free (self->write_pool, FALSE, g_private_get (&in_job_thread) == NULL);
  if (self->read_pool != NULL)
    g_thread_pool_free (self->read_pool, FALSE, g_private_get (&in_job_thread) == NULL);
  g_clear_object (&self->neighbourhoods);
  g_clear_pointer (&self->reader, bw_db_close);
  session_clear (&self->reading);
  session_clear (&self->writer);
  session_clear (&self->main);
  g_free (self->path);
  g_free (self->author);
  g_ptr_array_unref (self->old_authors);

  G_OBJECT_CLASS (bw_case_store_parent_class)->finalize (object);
}

static void
bw_case_store_class_init (BwCaseStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bw_case_store_finalize;

  /**
   * BwCaseStore::case-changed:
   * @case_id: the case that changed, or 0 when many did
   *
   * Emitted on the main thread after a transaction that touched a case (or
   * its journal, actions, scores, ...) has been committed.
   */
  signals[CASE_CHANGED] =
    g_signal_new ("case-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
  /**
   * BwCaseStore::planning-changed:
   *
   * Emitted on the main thread after a transaction that changed training
   * offers, sessions, enrolments or attendance has been committed.
   */
  signals[PLANNING_CHANGED] =
    g_signal_new ("planning-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
bw_case_store_init (BwCaseStore *self)
{
  self->old_authors = g_ptr_array_new_with_free_func (g_free);
  session_init (&self->main, self);
  session_init (&self->writer, self);
  session_init (&self->reading, self);
}

sqlite3 *
bw_case_store_get_db (BwCaseStore *self)
{
  return bw_db_get_handle (conn (self));
}

BwDb *
bw_case_store_get_connection (BwCaseStore *self)
{
  return conn (self);
}

void
bw_case_store_emit_changed (BwCaseStore *self,
                            gint64       case_id)
{
  g_return_if_fail (BW_IS_CASE_STORE (self));

  /* On the write thread the views hear it when the job is done. */
  if (session (self) == &self->writer)
    g_hash_table_add (self->writer.committed, g_memdup2 (&case_id, sizeof case_id));
  else
    g_signal_emit (self, signals[CASE_CHANGED], 0, case_id);
}

/* What bw_case_store_note_planning_change() adds to the changed ids. */
#define PLANNING_ID ((gint64) -1)

/* Announces @ids (gint64 *) on this thread: the planning, then one signal
 * per case, or one for many cases (0) when more than a batch changed. */
static void
announce (BwCaseStore *self,
          GHashTable  *ids)
{
  g_autoptr(GList) changed = NULL;
  gint64 many = 0, planning = PLANNING_ID;

  if (g_hash_table_remove (ids, &planning))
    g_signal_emit (self, signals[PLANNING_CHANGED], 0);
  if (g_hash_table_size (ids) == 0)
    return;
  if (g_hash_table_size (ids) > 16 || g_hash_table_contains (ids, &many))
    {
      g_hash_table_remove_all (ids);
      g_signal_emit (self, signals[CASE_CHANGED], 0, (gint64) 0);
      return;
    }
  changed = g_hash_table_get_keys (ids);
  for (GList *l = changed; l; l = l->next)
    g_signal_emit (self, signals[CASE_CHANGED], 0, *(gint64 *) l->data);
  g_hash_table_remove_all (ids);
}

/* Transactions */

gboolean
bw_case_store_begin (BwCaseStore  *self,
                     GError      **error)
{
  g_return_val_if_fail (BW_IS_CASE_STORE (self), FALSE);

  if (!(session (self)->transaction_depth == 0 ? bw_db_begin (conn (self), error)
                                     : bw_db_savepoint (conn (self), "nested", error)))
    return FALSE;
  session (self)->transaction_depth++;
  return TRUE;
}

gboolean
bw_case_store_commit (BwCaseStore  *self,
                      GError      **error)
{
  StoreSession *s;
  GHashTableIter iter;
  gpointer key;

  g_return_val_if_fail (BW_IS_CASE_STORE (self), FALSE);
  s = session (self);
  g_return_val_if_fail (s->transaction_depth > 0, FALSE);

  if (s->transaction_depth > 1)
    {
      if (!bw_db_release (s->conn, "nested", error))
        return FALSE;
      s->transaction_depth--;
      return TRUE;
    }

  if (!bw_db_commit (s->conn, error))
    {
      bw_case_store_rollback (self);
      return FALSE;
    }
  s->transaction_depth = 0;

  /* Tell the views only what is on disk, and only on the main thread. */
  if (s == &self->main)
    {
      announce (self, s->pending_changes);
      return TRUE;
    }
  g_hash_table_iter_init (&iter, s->pending_changes);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      g_hash_table_iter_steal (&iter);
      g_hash_table_add (s->committed, key);
    }
  return TRUE;
}

void
bw_case_store_rollback (BwCaseStore *self)
{
  g_return_if_fail (BW_IS_CASE_STORE (self));

  if (session (self)->transaction_depth == 0)
    return;
  if (session (self)->transaction_depth > 1)
    {
      bw_db_rollback_to (conn (self), "nested");
      session (self)->transaction_depth--;
      return;
    }
  bw_db_rollback (conn (self));
  session (self)->transaction_depth = 0;
  g_hash_table_remove_all (session (self)->pending_changes);
}

void
bw_case_store_note_change (BwCaseStore *self,
                           gint64       case_id)
{
  g_hash_table_add (session (self)->pending_changes, g_memdup2 (&case_id, sizeof case_id));
}

void
bw_case_store_note_planning_change (BwCaseStore *self)
{
  bw_case_store_note_change (self, PLANNING_ID);
}

/* Opening and migrating */

static gboolean
migrate (BwCaseStore  *self,
         GError      **error)
{
  g_autofree BwDbMigration *steps = g_new0 (BwDbMigration, bw_case_store_n_migrations);
  g_autoptr(GError) local_error = NULL;

  for (guint i = 0; i < bw_case_store_n_migrations; i++)
    steps[i].sql = bw_case_store_migrations[i];
  if (!bw_db_migrate (conn (self), steps, bw_case_store_n_migrations, NULL, &local_error))
    {
      if (g_error_matches (local_error, BW_DB_ERROR, BW_DB_ERROR_TOO_NEW))
        g_set_error (error, BW_STORE_ERROR, BW_STORE_ERROR_TOO_NEW,
                     _("The case database was made by a newer version of Buurtwerk; update Buurtwerk to open it"));
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  self->schema_version = bw_case_store_n_migrations;
  return TRUE;
}

static gboolean
seed_identity_and_neighbourhoods (BwCaseStore  *self,
                                  GError      **error)
{
  g_autofree char *db_id = bw_case_store_get_meta (self, "database_id");
  g_autoptr(GListModel) from_file = NULL;
  sqlite3_stmt *stmt;
  guint n;

  if (db_id == NULL)
    {
      g_autofree char *uuid = g_uuid_string_random ();
      if (!bw_case_store_set_meta (self, "database_id", uuid, error))
        return FALSE;
    }

  stmt = bw_db_prepare (conn (self), "SELECT count (*) FROM neighbourhoods", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_step (stmt);
  n = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);
  if (n > 0)
    return TRUE;

  /* The CBS list is data the team may correct later, so it lives in the
   * database, seeded once from the shipped file. */
  from_file = bw_neighbourhood_load_geojson (NULL, error);
  if (from_file == NULL)
    return FALSE;

  if (!bw_case_store_begin (self, error))
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (from_file); i++)
    {
      g_autoptr(BwNeighbourhood) nb = g_list_model_get_item (from_file, i);

      stmt = bw_db_prepare (conn (self),
                            "INSERT INTO neighbourhoods (code, name, wijk_code, wijk_name, heerlen_noord) "
                            "VALUES (?, ?, ?, ?, ?)", error);
      if (stmt == NULL)
        goto fail;
      bw_sqlite_bind_text (stmt, 1, bw_neighbourhood_get_code (nb));
      bw_sqlite_bind_text (stmt, 2, bw_neighbourhood_get_name (nb));
      bw_sqlite_bind_text (stmt, 3, bw_neighbourhood_get_wijk_code (nb));
      bw_sqlite_bind_text (stmt, 4, bw_neighbourhood_get_wijk_name (nb));
      bw_sqlite_bind_text (stmt, 5, bw_neighbourhood_get_heerlen_noord (nb));
      if (!bw_db_step_done (conn (self), stmt, error))
        goto fail;
    }
  return bw_case_store_commit (self, error);

fail:
  bw_case_store_rollback (self);
  return FALSE;
}

static gboolean
load_neighbourhoods (BwCaseStore  *self,
                     GError      **error)
{
  g_autoptr(GListStore) list = g_list_store_new (BW_TYPE_NEIGHBOURHOOD);
  sqlite3_stmt *stmt;
  int rc;

  stmt = bw_db_prepare (conn (self),
                        "SELECT code, name, wijk_code, wijk_name, heerlen_noord FROM neighbourhoods "
                        "ORDER BY name COLLATE NOCASE", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(BwNeighbourhood) nb =
        bw_neighbourhood_new (bw_sqlite_column_text (stmt, 0), bw_sqlite_column_text (stmt, 1),
                              bw_sqlite_column_text (stmt, 2), bw_sqlite_column_text (stmt, 3),
                              bw_sqlite_column_text (stmt, 4));
      g_list_store_append (list, nb);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return bw_db_set_error_from_handle (bw_db_get_handle (conn (self)), rc, error);

  g_set_object (&self->neighbourhoods, G_LIST_MODEL (list));
  return TRUE;
}

/* The case store's connection policy: an acknowledged save survives a power
 * cut (docs/sync-protocol.md, "Durability"); only the user may read the
 * file (special-category personal data). */
static const BwDbPolicy store_policy = {
  .flags = BW_DB_CREATE_PRIVATE | BW_DB_WAL,
  .busy_timeout_ms = 5000,
  /* Big enough for the FTS index pages a batch touches. */
  .cache_size = -32768,
};

/* The worker threads' reads (the case list). */
static const BwDbPolicy reader_policy = {
  .flags = BW_DB_READ_ONLY | BW_DB_ONE_THREAD,
  .busy_timeout_ms = 5000,
};

BwCaseStore *
bw_case_store_open (const char  *path,
                    const char  *author,
                    GError     **error)
{
  g_autoptr(BwCaseStore) self = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  self = g_object_new (BW_TYPE_CASE_STORE, NULL);
  self->path = g_strdup (path);
  self->author = g_strdup (author ? author : g_get_user_name ());

  self->main.conn = bw_db_open (path, &store_policy, error);
  if (self->main.conn == NULL)
    return NULL;
  self->write_pool = g_thread_pool_new (write_job_run, self, 1, FALSE, NULL);
  self->read_pool = g_thread_pool_new (read_job_run, self, 1, FALSE, NULL);

  if (!migrate (self, error) ||
      !seed_identity_and_neighbourhoods (self, error) ||
      !load_neighbourhoods (self, error))
    return NULL;

  /* Once someone signed in, their name from the server signs what is
   * written here, also offline after a restart (the sync engine stores
   * it); @author only until then. */
  {
    g_autofree char *user_name = bw_case_store_get_meta (self, "user_name");

    if (user_name != NULL && *user_name != '\0')
      bw_case_store_set_author (self, user_name);
  }

  return g_steal_pointer (&self);
}

/* Writes off the main thread */

/* A job for the write or the read thread. */
typedef struct {
  gpointer func;                /* BwCaseStoreWriteFunc or BwCaseStoreReadFunc */
  gpointer data;
  GDestroyNotify destroy;
  /* A write's caller, called after the views heard of its changes. */
  GAsyncReadyCallback callback;
  gpointer user_data;
  /* Filled in on the write thread. */
  GHashTable *committed;
} Job;

static void
job_free (gpointer data)
{
  Job *job = data;

  if (job->destroy != NULL)
    job->destroy (job->data);
  g_clear_pointer (&job->committed, g_hash_table_unref);
  g_free (job);
}

static void
queue_job (BwCaseStore         *self,
           GThreadPool         *pool,
           gpointer             source_tag,
           gpointer             func,
           gpointer             data,
           GDestroyNotify       destroy,
           GCancellable        *cancellable,
           GAsyncReadyCallback  done,
           GAsyncReadyCallback  callback,
           gpointer             user_data)
{
  Job *job = g_new0 (Job, 1);
  GTask *task;

  job->func = func;
  job->data = data;
  job->destroy = destroy;
  job->callback = callback;
  job->user_data = user_data;
  task = done != NULL ? g_task_new (self, cancellable, done, NULL)
                      : g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, job, job_free);
  g_thread_pool_push (pool, task, NULL);
}

/* On the write thread, one job at a time, in the order they were queued. */
static void
write_job_run (gpointer data,
               gpointer user_data)
{
  GTask *task = data;
  BwCaseStore *self = user_data;
  Job *job = g_task_get_task_data (task);
  BwCaseStoreWriteFunc func = job->func;
  GError *error = NULL;
  gboolean ok;

  g_private_set (&in_job_thread, GINT_TO_POINTER (TRUE));
  g_private_set (&job_session, &self->writer);
  if (self->writer.conn == NULL)
    self->writer.conn = bw_db_open (self->path, &store_policy, &error);
  ok = self->writer.conn != NULL && bw_case_store_begin (self, &error);
  if (ok)
    {
      ok = func (self, job->data, &error);
      if (ok)
        ok = bw_case_store_commit (self, &error);
      else
        bw_case_store_rollback (self);
    }
  /* What was committed is announced even when a later step failed. */
  job->committed = g_steal_pointer (&self->writer.committed);
  self->writer.committed = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_private_set (&job_session, NULL);

  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
  g_object_unref (task);
}

/* Back on the thread that queued the job: first the views hear what
 * changed, then the caller gets the result. */
static void
write_job_done (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  BwCaseStore *self = BW_CASE_STORE (source);
  Job *job = g_task_get_task_data (G_TASK (result));

  announce (self, job->committed);
  if (job->callback != NULL)
    job->callback (source, result, job->user_data);
}

void
bw_case_store_write_async (BwCaseStore          *self,
                           BwCaseStoreWriteFunc  func,
                           gpointer              data,
                           GDestroyNotify        destroy,
                           GCancellable         *cancellable,
                           GAsyncReadyCallback   callback,
                           gpointer              user_data)
{
  g_return_if_fail (BW_IS_CASE_STORE (self));
  g_return_if_fail (func != NULL);

  queue_job (self, self->write_pool, bw_case_store_write_async, func, data, destroy, cancellable,
             write_job_done, callback, user_data);
}

gboolean
bw_case_store_write_finish (BwCaseStore   *self,
                            GAsyncResult  *result,
                            GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/* Reads off the main thread */

/* On the read thread, one job at a time, in order. */
static void
read_job_run (gpointer data,
              gpointer user_data)
{
  GTask *task = data;
  BwCaseStore *self = user_data;
  Job *job = g_task_get_task_data (task);
  BwCaseStoreReadFunc func = job->func;
  GError *error = NULL;
  gpointer result = NULL;

  g_private_set (&in_job_thread, GINT_TO_POINTER (TRUE));
  /* Asked again since (a list refreshing after every feed page): its
   * answer would be thrown away, so it is not read at all. */
  if (g_task_return_error_if_cancelled (task))
    {
      g_object_unref (task);
      return;
    }
  if (self->reader == NULL)
    self->reader = bw_db_open (self->path, &reader_policy, &error);
  if (self->reader != NULL)
    {
      self->reading.conn = self->reader;
      g_private_set (&job_session, &self->reading);
      result = func (self, job->data, &error);
      g_private_set (&job_session, NULL);
      self->reading.conn = NULL;
    }

  if (error != NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, result, NULL);
  g_object_unref (task);
}

void
bw_case_store_read_async (BwCaseStore         *self,
                          BwCaseStoreReadFunc  func,
                          gpointer             data,
                          GDestroyNotify       destroy,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_return_if_fail (BW_IS_CASE_STORE (self));
  g_return_if_fail (func != NULL);

  queue_job (self, self->read_pool, bw_case_store_read_async, func, data, destroy, cancellable,
             NULL, callback, user_data);
}

gpointer
bw_case_store_read_finish (BwCaseStore   *self,
                           GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

const char *
bw_case_store_get_path (BwCaseStore *self)
{
  g_return_val_if_fail (BW_IS_CASE_STORE (self), NULL);
  return self->path;
}

gboolean
bw_case_store_check_private (BwCaseStore  *self,
                             GError      **error)
{
  static const char * const suffixes[] = { "", "-wal", "-shm" };
  g_autofree char *dir = NULL;
  GStatBuf st;

  g_return_val_if_fail (BW_IS_CASE_STORE (self), FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *path = g_strconcat (self->path, suffixes[i], NULL);

      if (g_stat (path, &st) == 0 && (st.st_mode & (S_IRWXG | S_IRWXO)) != 0)
        {
          g_set_error (error, BW_STORE_ERROR, BW_STORE_ERROR_NOT_PRIVATE,
                       _("Other users of this computer can read the case database %s (permissions %03o). "
                         "Make it private with “chmod 600 %s”, and keep Buurtwerk on a disk with full-disk encryption."),
                       path, (guint) (st.st_mode & 0777), path);
          return FALSE;
        }
    }
  dir = g_path_get_dirname (self->path);
  if (g_stat (dir, &st) == 0 && (st.st_mode & S_ISVTX) == 0 &&
      (st.st_mode & (S_IRGRP | S_IXGRP | S_IROTH | S_IXOTH)) != 0)
    {
      g_set_error (error, BW_STORE_ERROR, BW_STORE_ERROR_NOT_PRIVATE,
                   _("Other users of this computer can open the folder %s that holds the case database (permissions %03o). "
                     "Make it private with “chmod 700 %s”, and keep Buurtwerk on a disk with full-disk encryption."),
                   dir, (guint) (st.st_mode & 0777), dir);
      return FALSE;
    }
  return TRUE;
}

const char *
bw_case_store_get_author (BwCaseStore *self)
{
  g_return_val_if_fail (BW_IS_CASE_STORE (self), NULL);
  return self->author;
}

void
bw_case_store_set_author (BwCaseStore *self,
                          const char  *author)
{
  g_return_if_fail (BW_IS_CASE_STORE (self));
  g_return_if_fail (author != NULL);

  /* A write job may be reading the old name on its thread right now: it
   * stays until the store goes (a name or two per session). */
  if (self->author != NULL)
    g_ptr_array_add (self->old_authors, self->author);
  self->author = g_strdup (author);
}

int
bw_case_store_get_schema_version (BwCaseStore *self)
{
  g_return_val_if_fail (BW_IS_CASE_STORE (self), 0);
  return self->schema_version;
}

char *
bw_case_store_get_meta (BwCaseStore *self,
                        const char  *key)
{
  g_return_val_if_fail (BW_IS_CASE_STORE (self), NULL);
  return bw_db_get_meta (conn (self), key);
}

gboolean
bw_case_store_set_meta (BwCaseStore  *self,
                        const char   *key,
                        const char   *value,
                        GError      **error)
{
  g_return_val_if_fail (BW_IS_CASE_STORE (self), FALSE);
  return bw_db_set_meta (conn (self), key, value, error);
}

/* Neighbourhoods */

GListModel *
bw_case_store_get_neighbourhoods (BwCaseStore *self)
{
  g_return_val_if_fail (BW_IS_CASE_STORE (self), NULL);
  return self->neighbourhoods;
}

BwNeighbourhood *
bw_case_store_find_neighbourhood (BwCaseStore *self,
                                  const char  *code)
{
  guint n;

  g_return_val_if_fail (BW_IS_CASE_STORE (self), NULL);

  if (code == NULL)
    return NULL;
  n = g_list_model_get_n_items (self->neighbourhoods);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BwNeighbourhood) nb = g_list_model_get_item (self->neighbourhoods, i);
      if (g_str_equal (bw_neighbourhood_get_code (nb), code))
        return nb;
    }
  return NULL;
}
