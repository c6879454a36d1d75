/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-sync"
#include "config.h"

#include "bw-date.h"
#include "bw-sqlite.h"

#include "bw-db.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <libsoup/soup.h>
#include <sqlite3.h>

#include "bw-audit-entry.h"
#include "bw-json-wire.h"
#include "bw-record-sql.h"
#include "bw-record-json.h"
#include "bw-retention.h"
#include "bw-share.h"
#include "bw-sync-engine.h"
#include "bw-planning-private.h"

G_DEFINE_QUARK (bw-sync-error-quark, bw_sync_error)

/* The protocol's own limits. */
#define PULL_LIMIT 500
#define PUSH_LIMIT 500

struct _BwSyncEngine
{
  GObject parent_instance;

  BwCaseStore *store;
  char *path;

  /* The engine's own connection, used by one worker (or the main thread,
   * briefly) at a time. */
  GMutex lock;
  BwDb *db;

  SoupSession *session;
  char *base_url;
  char *token;
  /* This database's id, sent as X-Buurtwerk-Client for the audit log. */
  char *client_id;

  BwSyncState state;
  double progress;
  gboolean running;
  /* Set by a worker when the server turned out to have gone back; read on
   * the main thread after that worker's task completed. */
  gboolean restart_from_zero;
  /* The server's Retry-After of its last 429/503, in seconds. */
  guint retry_after;
  /* Set by a worker that applied a purge tombstone; read and cleared on
   * the main thread after that worker's task completed. */
  gboolean purged_cases;
};

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
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];


static char *
state_get (BwDb       *db,
           const char *key)
{
  g_autoptr(BwDbStatement) stmt = bw_db_prepare (db, "SELECT value FROM sync_state WHERE key = ?", NULL);
  char *value = NULL;

  if (stmt == NULL)
    return NULL;
  bw_sqlite_bind_text (stmt, 1, key);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  return value;
}

static gboolean
state_set (BwDb        *db,
           const char  *key,
           const char  *value,
           GError     **error)
{
  g_autoptr(BwDbStatement) stmt = NULL;

  if (value == NULL)
    stmt = bw_db_prepare (db, "DELETE FROM sync_state WHERE key = ?1", error);
  else
    stmt = bw_db_prepare (db, "INSERT OR REPLACE INTO sync_state (key, value) VALUES (?1, ?2)", error);
  if (stmt == NULL)
    return FALSE;
  bw_sqlite_bind_text (stmt, 1, key);
  if (value)
    bw_sqlite_bind_text (stmt, 2, value);
  return bw_db_step_done (db, stmt, error);
}

/* The highest server sequence this desktop has seen, from the feed or from
 * its own pushes: a server answering below it went back in time. */
static gboolean
note_seq (BwDb        *db,
          gint64       seq,
          GError     **error)
{
  g_autoptr(BwDbStatement) stmt =
    bw_db_prepare (db, "INSERT INTO sync_state (key, value) VALUES ('max_seq', ?1)"
                   " ON CONFLICT (key) DO UPDATE SET value = max (CAST (value AS INTEGER), excluded.value)",
               error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, seq);
  return bw_db_step_done (db, stmt, error);
}

static JsonObject *
parse_object (const char *text)
{
  g_autoptr(JsonNode) node = text ? json_from_string (text, NULL) : NULL;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return NULL;
  return json_object_ref (json_node_get_object (node));
}

static char *
object_to_string (JsonObject *object)
{
  g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), object);

  return json_to_string (node, FALSE);
}

static char *
node_to_string (JsonNode *node)
{
  return node ? json_to_string (node, FALSE) : g_strdup ("null");
}

/* json_object_get_string_member_with_default() for the server's answers:
 * an object or array there reads as NULL, as a number does, instead of a
 * json-glib critical (found by fuzz-sync-client). */
static const char *
member_string (JsonObject *object,
               const char *name,
               const char *fallback)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return fallback;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

/* json-glib 1.6 has no _with_default() getters for objects and arrays. */
static JsonObject *
member_object (JsonObject *object,
               const char *name,
               JsonObject *fallback)
{
  JsonNode *node = json_object_get_member (object, name);

  return node && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : fallback;
}

static JsonArray *
member_array (JsonObject *object,
              const char *name,
              JsonArray  *fallback)
{
  JsonNode *node = json_object_get_member (object, name);

  return node && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : fallback;
}

typedef struct {
  JsonObject *fields;
  gboolean deleted;
  char *case_uuid;
} Snapshot;

static void
snapshot_clear (Snapshot *s)
{
  g_clear_pointer (&s->fields, json_object_unref);
  g_clear_pointer (&s->case_uuid, g_free);
}

/* Reads deleted, fields and case_uuid, the first columns of @sql (a
 * record table's select or sync_base's), for @uuid. Answers the statement
 * on its row, for the columns after them, or NULL when there is none. */
static BwDbStatement *
snapshot_read (BwDb       *db,
               const char *sql,
               const char *uuid,
               Snapshot   *out)
{
  BwDbStatement *stmt = bw_db_prepare (db, sql, NULL);

  if (stmt == NULL)
    return NULL;
  bw_sqlite_bind_text (stmt, 1, uuid);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      bw_db_statement_release (stmt);
      return NULL;
    }
  out->deleted = sqlite3_column_int (stmt, 0);
  out->fields = parse_object ((const char *) sqlite3_column_text (stmt, 1));
  out->case_uuid = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
  return stmt;
}

/* The record as it is here now. */
static gboolean
read_local (BwDb         *db,
            BwRecordType  type,
            const char   *uuid,
            Snapshot     *out)
{
  g_autoptr(BwDbStatement) stmt = snapshot_read (db, bw_record_sql_select (type), uuid, out);

  return stmt != NULL && out->fields != NULL;
}

/* The record as the server had it at the last sync. */
static gboolean
read_base (BwDb       *db,
           const char *uuid,
           Snapshot   *out,
           gint64     *server_revision)
{
  g_autoptr(BwDbStatement) stmt =
    snapshot_read (db, "SELECT deleted, fields, case_uuid, server_revision FROM sync_base WHERE uuid = ?1",
                   uuid, out);

  if (stmt == NULL)
    return FALSE;
  *server_revision = sqlite3_column_int64 (stmt, 3);
  return out->fields != NULL;
}

static gboolean
write_base (BwDb          *db,
            BwRecordType   type,
            const char    *uuid,
            const char    *case_uuid,
            gint64         server_revision,
            gboolean       deleted,
            JsonObject    *fields,
            GError       **error)
{
  g_autoptr(BwDbStatement) stmt =
    bw_db_prepare (db, "INSERT OR REPLACE INTO sync_base (uuid, type, case_uuid, server_revision,"
                    " deleted, fields) VALUES (?1, ?2, ?3, ?4, ?5, ?6)", error);
  g_autofree char *text = object_to_string (fields);

  if (stmt == NULL)
    return FALSE;
  bw_sqlite_bind_text (stmt, 1, uuid);
  bw_sqlite_bind_text (stmt, 2, bw_record_type_to_key (type));
  bw_sqlite_bind_text (stmt, 3, case_uuid);
  sqlite3_bind_int64 (stmt, 4, server_revision);
  sqlite3_bind_int (stmt, 5, deleted);
  bw_sqlite_bind_text (stmt, 6, text);
  return bw_db_step_done (db, stmt, error);
}

/* Writes fields into the local tables. With @quiet the outbox triggers
 * stay silent: what came from the server is not sent back. */
static gboolean
write_local (BwDb          *db,
             BwRecordType   type,
             const char    *uuid,
             const char    *case_uuid,
             JsonObject    *fields,
             gboolean       deleted,
             const char    *author,
             gboolean       quiet,
             GError       **error)
{
  g_autoptr(BwDbStatement) stmt = bw_db_prepare (db, bw_record_sql_upsert (type), error);
  g_autofree char *now_text = bw_date_now_utc ();
  g_autofree char *text = object_to_string (fields);
  gboolean ok;

  if (stmt == NULL)
    return FALSE;
  if (quiet && !state_set (db, "applying", "1", error))
    return FALSE;
  bw_sqlite_bind_text (stmt, 1, uuid);
  bw_sqlite_bind_text (stmt, 2, case_uuid);
  bw_sqlite_bind_text (stmt, 3, text);
  sqlite3_bind_int (stmt, 4, deleted);
  bw_sqlite_bind_text (stmt, 5, now_text);
  bw_sqlite_bind_text (stmt, 6, author);
  ok = bw_db_step_done (db, stmt, error);
  if (quiet)
    state_set (db, "applying", NULL, NULL);
  return ok;
}

static gboolean
mark_dirty (BwDb          *db,
            BwRecordType   type,
            const char    *uuid,
            GError       **error)
{
  g_autoptr(BwDbStatement) stmt = bw_db_prepare (db, "INSERT INTO outbox (type, uuid) VALUES (?1, ?2)", error);

  if (stmt == NULL)
    return FALSE;
  bw_sqlite_bind_text (stmt, 1, bw_record_type_to_key (type));
  bw_sqlite_bind_text (stmt, 2, uuid);
  return bw_db_step_done (db, stmt, error);
}

static gboolean
record_conflict (BwDb          *db,
                 BwRecordType   type,
                 const char    *uuid,
                 const char    *case_uuid,
                 const char    *field,
                 JsonNode      *server_value,
                 JsonNode      *local_value,
                 GError       **error)
{
  g_autoptr(BwDbStatement) stmt =
    bw_db_prepare (db, "INSERT OR REPLACE INTO sync_conflicts (type, uuid, case_uuid, field,"
                    " server_value, local_value) VALUES (?1, ?2, ?3, ?4, ?5, ?6)", error);
  g_autofree char *server_text = node_to_string (server_value);
  g_autofree char *local_text = node_to_string (local_value);

  if (stmt == NULL)
    return FALSE;
  bw_sqlite_bind_text (stmt, 1, bw_record_type_to_key (type));
  bw_sqlite_bind_text (stmt, 2, uuid);
  bw_sqlite_bind_text (stmt, 3, case_uuid);
  bw_sqlite_bind_text (stmt, 4, field);
  bw_sqlite_bind_text (stmt, 5, server_text);
  bw_sqlite_bind_text (stmt, 6, local_text);
  return bw_db_step_done (db, stmt, error);
}

/* A conflict on the deletion itself: deleted on one side, not on the
 * other. */
static gboolean
record_deletion_conflict (BwDb              *db,
                          BwRecordEnvelope  *remote,
                          gboolean           server_deleted,
                          GError           **error)
{
  g_autoptr(JsonNode) server = json_node_init_boolean (json_node_alloc (), server_deleted);
  g_autoptr(JsonNode) local = json_node_init_boolean (json_node_alloc (), !server_deleted);

  return record_conflict (db, remote->type, remote->uuid, remote->case_uuid, "deleted",
                          server, local, error);
}

static gboolean
record_problem (BwDb          *db,
                BwRecordType   type,
                const char    *uuid,
                const char    *case_uuid,
                const char    *message,
                GError       **error)
{
  g_autoptr(BwDbStatement) stmt =
    bw_db_prepare (db, "INSERT INTO sync_problems (type, uuid, case_uuid, message) VALUES (?1, ?2, ?3, ?4)",
                error);

  if (stmt == NULL)
    return FALSE;
  bw_sqlite_bind_text (stmt, 1, bw_record_type_to_key (type));
  bw_sqlite_bind_text (stmt, 2, uuid);
  bw_sqlite_bind_text (stmt, 3, case_uuid);
  bw_sqlite_bind_text (stmt, 4, message);
  return bw_db_step_done (db, stmt, error);
}

static GHashTable *
conflicted_fields (BwDb       *db,
                   const char *uuid)
{
  GHashTable *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(BwDbStatement) stmt = bw_db_prepare (db, "SELECT field FROM sync_conflicts WHERE uuid = ?1", NULL);

  if (stmt == NULL)
    return set;
  bw_sqlite_bind_text (stmt, 1, uuid);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_hash_table_add (set, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  return set;
}

static gboolean
json_node_equal_objects (JsonObject *a,
                         JsonObject *b)
{
  g_autoptr(JsonNode) na = json_node_init_object (json_node_alloc (), a);
  g_autoptr(JsonNode) nb = json_node_init_object (json_node_alloc (), b);

  return json_node_equal (na, nb);
}

static gboolean
same_value (JsonNode *a,
            JsonNode *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  return json_node_equal (a, b);
}

/* Takes a record as the server has it now. Three-way merge per field with
 * the last known server state (base): a field changed only there is taken,
 * a field changed only here is kept (and pushed), a field changed on both
 * sides to different values keeps the local value and becomes a conflict
 * for a person. Whatever happens, the new base is the server's record. */
static gboolean
merge_remote (BwDb               *db,
              BwRecordEnvelope   *remote,
              GHashTable         *changed_cases,
              GError            **error)
{
  Snapshot local = { 0 };
  Snapshot base = { 0 };
  gint64 base_revision = 0;
  gboolean has_local, has_base;
  g_autoptr(JsonObject) merged = json_object_new ();
  gboolean local_differs = FALSE;
  gboolean deleted = remote->deleted;
  JsonObjectIter iter;
  const char *name;
  JsonNode *remote_value;
  gboolean ok = FALSE;

  /* An older copy of this record may wait in sync_pending: this one is
   * newer, so the old one must never be applied after it. */
  {
    g_autoptr(BwDbStatement) unpark = bw_db_prepare (db, "DELETE FROM sync_pending WHERE uuid = ?1", error);

    if (unpark == NULL)
      return FALSE;
    bw_sqlite_bind_text (unpark, 1, remote->uuid);
    if (!bw_db_step_done (db, unpark, error))
      return FALSE;
  }

  /* Our own pushes come back through the feed, and so do versions older
   * than one we already merged: nothing new in them. */
  {
    g_autoptr(BwDbStatement) known = bw_db_prepare (db, "SELECT server_revision FROM sync_base WHERE uuid = ?1", error);

    if (known == NULL)
      return FALSE;
    bw_sqlite_bind_text (known, 1, remote->uuid);
    if (sqlite3_step (known) == SQLITE_ROW && sqlite3_column_int64 (known, 0) >= remote->revision)
      return TRUE;
  }
  has_base = read_base (db, remote->uuid, &base, &base_revision);
  if (!has_base)
    {
      /* Created here and sent, but the answer was lost: what was sent is
       * what the server has from us, so it serves as the base (otherwise
       * every later local edit would look like a conflict with ourselves). */
      g_autoptr(BwDbStatement) sent = bw_db_prepare (db, "SELECT payload FROM outbox_sending WHERE uuid = ?1", error);

      if (sent == NULL)
        goto out;
      bw_sqlite_bind_text (sent, 1, remote->uuid);
      if (sqlite3_step (sent) == SQLITE_ROW)
        {
          g_autoptr(JsonObject) change = parse_object ((const char *) sqlite3_column_text (sent, 0));

          if (change && json_object_get_int_member_with_default (change, "base_revision", -1) == 0 &&
              member_object (change, "fields", NULL) != NULL)
            {
              base.fields = json_object_ref (member_object (change, "fields", NULL));
              base.case_uuid = g_strdup (remote->case_uuid);
              has_base = TRUE;
            }
        }
    }
  has_local = read_local (db, remote->type, remote->uuid, &local);

  if (!has_local)
    {
      if (!remote->deleted &&
          !write_local (db, remote->type, remote->uuid, remote->case_uuid, remote->fields, FALSE,
                        remote->updated_by, TRUE, error))
        goto out;
      if (!remote->deleted)
        g_hash_table_add (changed_cases, g_strdup (remote->case_uuid));
      ok = write_base (db, remote->type, remote->uuid, remote->case_uuid, remote->revision,
                       remote->deleted, remote->fields, error);
      goto out;
    }

  json_object_iter_init (&iter, remote->fields);
  while (json_object_iter_next (&iter, &name, &remote_value))
    {
      JsonNode *mine = json_object_get_member (local.fields, name);
      JsonNode *was = has_base ? json_object_get_member (base.fields, name) : NULL;

      if (mine == NULL || same_value (mine, remote_value) ||
          (has_base && same_value (mine, was)))
        json_object_set_member (merged, name, json_node_copy (remote_value));
      else if (has_base && same_value (remote_value, was))
        {
          json_object_set_member (merged, name, json_node_copy (mine));
          local_differs = TRUE;
        }
      else
        {
          json_object_set_member (merged, name, json_node_copy (mine));
          local_differs = TRUE;
          if (!record_conflict (db, remote->type, remote->uuid, remote->case_uuid, name,
                                remote_value, mine, error))
            goto out;
        }
    }

  /* Deleted here and not yet sent: the deletion stays, and an edit made
   * on the server in the meantime is a conflict for a person. */
  if (local.deleted && !remote->deleted && (!has_base || !base.deleted))
    {
      deleted = TRUE;
      local_differs = TRUE;
      if (has_base && !json_node_equal_objects (base.fields, remote->fields))
        {
          if (!record_deletion_conflict (db, remote, FALSE, error))
            goto out;
        }
    }

  /* A deletion never wins over edits made here without a person's word. */
  if (remote->deleted && !local.deleted && local_differs)
    {
      deleted = FALSE;
      if (!record_deletion_conflict (db, remote, TRUE, error))
        goto out;
    }

  /* While a person has not decided about a deletion, this desktop keeps
   * its own state of the record. */
  {
    g_autoptr(GHashTable) pending = conflicted_fields (db, remote->uuid);

    if (g_hash_table_contains (pending, "deleted") && deleted != local.deleted)
      {
        deleted = local.deleted;
        local_differs = TRUE;
      }
  }

  if (!write_local (db, remote->type, remote->uuid, remote->case_uuid, merged, deleted,
                    remote->updated_by, TRUE, error) ||
      !write_base (db, remote->type, remote->uuid, remote->case_uuid, remote->revision,
                   remote->deleted, remote->fields, error))
    goto out;
  if (local_differs && !mark_dirty (db, remote->type, remote->uuid, error))
    goto out;
  g_hash_table_add (changed_cases, g_strdup (remote->case_uuid));
  ok = TRUE;

out:
  snapshot_clear (&local);
  snapshot_clear (&base);
  return ok;
}

/* The record a sub-record hangs under: its case, or for the planning its
 * offer. */
static gboolean
parent_exists (BwDb         *db,
               BwRecordType  type,
               const char   *parent_uuid)
{
  g_autoptr(BwDbStatement) stmt = bw_db_prepare (db, bw_record_type_is_planning (type) ?
                                            "SELECT 1 FROM offers WHERE uuid = ?1" :
                                            "SELECT 1 FROM cases WHERE uuid = ?1", NULL);

  if (stmt == NULL)
    return FALSE;
  bw_sqlite_bind_text (stmt, 1, parent_uuid);
  return sqlite3_step (stmt) == SQLITE_ROW;
}

/* An enrolment whose status changed through sync is noted in its case's
 * journal when the case is here (bw_planning_note_status_change(): the
 * note's uuid comes from the enrolment and status, so it is never written
 * twice, whichever desktop writes it first). */
static gboolean
merge_and_note (BwDb              *db,
                BwRecordEnvelope  *env,
                GHashTable        *changed_cases,
                GError           **error)
{
  g_autofree char *previous = NULL;
  g_autofree char *case_uuid = NULL;
  gint64 case_id = 0;

  if (env->type == BW_RECORD_TYPE_ENROLMENT)
    {
      g_autoptr(BwDbStatement) stmt = bw_db_prepare (db, "SELECT status FROM enrolments WHERE uuid = ?1", error);

      if (stmt == NULL)
        return FALSE;
      bw_sqlite_bind_text (stmt, 1, env->uuid);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        previous = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
    }
  if (!merge_remote (db, env, changed_cases, error))
    return FALSE;
  if (env->type != BW_RECORD_TYPE_ENROLMENT)
    return TRUE;
  if (!bw_planning_note_status_change (db, env->uuid, previous, env->updated_by, &case_id, error))
    return FALSE;
  if (case_id != 0)
    {
      g_autoptr(BwDbStatement) stmt = bw_db_prepare (db, "SELECT uuid FROM cases WHERE id = ?1", error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, case_id);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        g_hash_table_add (changed_cases, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
    }
  return TRUE;
}

/* Records under a case can arrive before their case (the feed orders by
 * the latest change); they wait in sync_pending until it is there. */
static gboolean
apply_or_park (BwDb              *db,
               BwRecordEnvelope  *env,
               JsonObject        *raw,
               GHashTable        *changed_cases,
               GError           **error)
{
  /* Partner notes hang by the case's uuid: on a partner's desktop the case
   * is in shared_cases, not in cases, so they never wait. */
  if (env->type != BW_RECORD_TYPE_PARTNER_NOTE && !bw_record_type_is_root (env->type) &&
      !parent_exists (db, env->type, env->case_uuid))
    {
      g_autoptr(BwDbStatement) stmt =
        bw_db_prepare (db, "INSERT OR REPLACE INTO sync_pending (uuid, case_uuid, envelope) VALUES (?1, ?2, ?3)",
                    error);
      g_autofree char *text = object_to_string (raw);

      if (stmt == NULL)
        return FALSE;
      bw_sqlite_bind_text (stmt, 1, env->uuid);
      bw_sqlite_bind_text (stmt, 2, env->case_uuid);
      bw_sqlite_bind_text (stmt, 3, text);
      return bw_db_step_done (db, stmt, error);
    }
  return merge_and_note (db, env, changed_cases, error);
}

static gboolean
apply_parked (BwDb        *db,
              GHashTable  *changed_cases,
              GError     **error)
{
  g_autoptr(GPtrArray) ready = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(BwDbStatement) stmt =
    bw_db_prepare (db, "SELECT p.envelope FROM sync_pending p WHERE p.case_uuid IN (SELECT uuid FROM cases)"
                    " OR p.case_uuid IN (SELECT uuid FROM offers)", error);

  if (stmt == NULL)
    return FALSE;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (ready, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));

  for (guint i = 0; i < ready->len; i++)
    {
      g_autoptr(JsonObject) raw = parse_object (g_ptr_array_index (ready, i));
      BwRecordEnvelope env = { 0 };
      g_autoptr(BwDbStatement) del = NULL;
      gboolean ok;

      if (raw == NULL || !bw_record_envelope_parse (raw, &env, NULL))
        {
          /* Cannot happen: only envelopes that parsed are parked. */
          bw_record_envelope_clear (&env);
          continue;
        }
      ok = merge_and_note (db, &env, changed_cases, error);
      del = bw_db_prepare (db, "DELETE FROM sync_pending WHERE uuid = ?1", NULL);
      bw_sqlite_bind_text (del, 1, env.uuid);
      sqlite3_step (del);
      bw_record_envelope_clear (&env);
      if (!ok)
        return FALSE;
    }
  return TRUE;
}

/* Work on the engine's connection, on a worker thread */

typedef gboolean (*DbFunc) (BwSyncEngine *self,
                            gpointer      in,
                            gpointer     *out,
                            GError      **error);

typedef struct {
  DbFunc func;
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
  gboolean ok;

  g_mutex_lock (&self->lock);
  ok = bw_db_begin (self->db, &error);
  if (ok)
    {
      ok = job->func (self, job->in, &out, &error);
      if (ok)
        ok = bw_db_commit (self->db, &error);
      if (!ok)
        bw_db_rollback (self->db);
    }
  g_mutex_unlock (&self->lock);

  if (ok)
    g_task_return_pointer (task, out, NULL);
  else
    g_task_return_error (task, error);
}

/* Runs @func in one transaction on a worker thread. */
static void
run_db (BwSyncEngine        *self,
        DbFunc               func,
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

/* Tells the views which cases changed, by their local ids. */
static void
announce_changes (BwSyncEngine *self,
                  GPtrArray    *case_uuids)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (case_uuids == NULL || case_uuids->len == 0)
    return;

  g_mutex_lock (&self->lock);
  for (guint i = 0; i < case_uuids->len; i++)
    {
      g_autoptr(BwDbStatement) stmt = bw_db_prepare (self->db, "SELECT id FROM cases WHERE uuid = ?1", NULL);
      bw_sqlite_bind_text (stmt, 1, g_ptr_array_index (case_uuids, i));
      if (sqlite3_step (stmt) == SQLITE_ROW)
        {
          gint64 id = sqlite3_column_int64 (stmt, 0);
          g_array_append_val (ids, id);
        }
    }
  g_mutex_unlock (&self->lock);

  /* Planning records are not cases: "many changed" makes the planning
   * views (BwPlanning's "changed") read again. */
  if (ids->len > 16 || ids->len < case_uuids->len)
    bw_case_store_emit_changed (self->store, 0);
  else
    for (guint i = 0; i < ids->len; i++)
      bw_case_store_emit_changed (self->store, g_array_index (ids, gint64, i));
}

static GPtrArray *
hash_keys_to_array (GHashTable *set)
{
  GPtrArray *array = g_ptr_array_new_with_free_func (g_free);
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, set);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (array, g_strdup (key));
  return array;
}

/* Pull */

typedef struct {
  JsonArray *changes;
  char *epoch;
  gint64 next_since;
} PullBatch;

static void
pull_batch_free (PullBatch *batch)
{
  g_clear_pointer (&batch->changes, json_array_unref);
  g_free (batch->epoch);
  g_free (batch);
}

/* A purge tombstone of the feed: the server removed the case after its
 * retention period. Every trace goes here too (its counts are kept in the
 * local aggregates); a local change of it that was not sent is dropped and
 * shown among the refused changes. */
static gboolean
apply_purge (BwSyncEngine  *self,
             JsonObject    *entry,
             GError       **error)
{
  const char *case_uuid = member_string (entry, "case_uuid", NULL);
  gboolean pending;

  if (case_uuid == NULL || !bw_record_json_is_uuid (case_uuid))
    {
      g_set_error (error, BW_SYNC_ERROR, BW_SYNC_ERROR_PROTOCOL,
                   _("The server sent a record that cannot be read: %s"), "case_uuid");
      return FALSE;
    }
  pending = bw_retention_case_has_pending (self->db, case_uuid);
  if (!bw_retention_delete_case (self->db, case_uuid, TRUE, NULL, error))
    return FALSE;
  if (pending &&
      !record_problem (self->db, BW_RECORD_TYPE_CASE, case_uuid, case_uuid,
                       _("The case was removed after its retention period"), error))
    return FALSE;
  self->purged_cases = TRUE;
  return TRUE;
}

/* Set-aside records (issue 12): a record of the feed this desktop cannot
 * read is kept apart, with what little of it can be told safely (type,
 * uuid, case, seq) and why, and shown to the user; the feed goes on past
 * it. A later version of the same record that reads well replaces it.
 * Nothing of its fields is kept or logged: they may be personal data. */
static const char *
entry_uuid (JsonObject *entry,
            const char *member)
{
  const char *text = member_string (entry, member, NULL);

  return text != NULL && bw_record_json_is_uuid (text) ? text : NULL;
}

static gboolean
set_aside (BwDb        *db,
           JsonNode    *node,
           const char  *reason,
           GError     **error)
{
  g_autoptr(BwDbStatement) stmt =
    bw_db_prepare (db, "INSERT INTO sync_set_aside (type, uuid, case_uuid, seq, reason, noted_at)"
                   " VALUES (?1, ?2, ?3, ?4, ?5, strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'))"
                   " ON CONFLICT (uuid) DO UPDATE SET type = excluded.type,"
                   " case_uuid = excluded.case_uuid, seq = excluded.seq, reason = excluded.reason,"
                   " noted_at = excluded.noted_at", error);
  JsonObject *entry = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
  const char *type_key = entry ? member_string (entry, "type", NULL) : NULL;
  JsonNode *seq = entry ? json_object_get_member (entry, "seq") : NULL;
  BwRecordType type;

  if (stmt == NULL)
    return FALSE;
  if (type_key != NULL && !g_str_equal (type_key, "purge") && !bw_record_type_from_key (type_key, &type))
    type_key = NULL;
  bw_sqlite_bind_text (stmt, 1, type_key);
  bw_sqlite_bind_text (stmt, 2, entry ? entry_uuid (entry, "uuid") : NULL);
  bw_sqlite_bind_text (stmt, 3, entry ? entry_uuid (entry, "case_uuid") : NULL);
  if (seq != NULL && JSON_NODE_HOLDS_VALUE (seq) && json_node_get_value_type (seq) == G_TYPE_INT64)
    sqlite3_bind_int64 (stmt, 4, json_node_get_int (seq));
  /* The reason names a field; an unknown field's name comes from the
   * server and is kept only when it is clean, short text. */
  if (reason == NULL || strlen (reason) > 300 || !bw_json_wire_text_is_clean (reason, -1))
    reason = "";
  bw_sqlite_bind_text (stmt, 5, reason);
  if (!bw_db_step_done (db, stmt, error))
    return FALSE;
  g_debug ("Sync: a record of the feed could not be read and was set aside");
  return TRUE;
}

static gboolean
clear_set_aside (BwDb        *db,
                 const char  *uuid,
                 GError     **error)
{
  g_autoptr(BwDbStatement) stmt = bw_db_prepare (db, "DELETE FROM sync_set_aside WHERE uuid = ?1", error);

  if (stmt == NULL)
    return FALSE;
  bw_sqlite_bind_text (stmt, 1, uuid);
  return bw_db_step_done (db, stmt, error);
}

/* The envelope's own texts (who changed it, when) go into the tables as
 * they are: they must be clean too. */
static gboolean
envelope_texts_clean (BwRecordEnvelope  *env,
                      GError           **error)
{
  const char *texts[] = { env->created_at, env->created_by, env->updated_at, env->updated_by };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    if (texts[i] != NULL &&
        (!bw_json_wire_text_is_clean (texts[i], -1) || g_utf8_strlen (texts[i], -1) > BW_FIELD_SHORT_TEXT))
      {
        g_set_error_literal (error, BW_RECORD_JSON_ERROR, BW_RECORD_JSON_ERROR_INVALID_VALUE,
                             _("The record’s author or time cannot be read"));
        return FALSE;
      }
  return TRUE;
}

/* Whether a failure to write one record is that record's fault (a value
 * the tables refuse), not the database's. */
static gboolean
is_record_fault (BwDb    *db,
                 GError  *error)
{
  if (error != NULL && error->domain == BW_RECORD_JSON_ERROR)
    return TRUE;
  return (sqlite3_errcode (bw_db_get_handle (db)) & 0xff) == SQLITE_CONSTRAINT ||
         (sqlite3_errcode (bw_db_get_handle (db)) & 0xff) == SQLITE_MISMATCH ||
         (sqlite3_errcode (bw_db_get_handle (db)) & 0xff) == SQLITE_TOOBIG;
}

/* The envelope of a record from the server, with its own texts checked;
 * cleared again when it cannot be read. */
static gboolean
read_envelope (JsonNode          *node,
               BwRecordEnvelope  *env,
               GError           **error)
{
  if (JSON_NODE_HOLDS_OBJECT (node) &&
      bw_record_envelope_parse (json_node_get_object (node), env, error) &&
      envelope_texts_clean (env, error))
    return TRUE;
  bw_record_envelope_clear (env);
  return FALSE;
}

/* Applies one readable record of the server in a savepoint of its own: one
 * the tables refuse is undone alone and set aside. A record of the feed
 * may wait for its case, and takes the place of one set aside before. */
static gboolean
apply_alone (BwDb              *db,
             BwRecordEnvelope  *env,
             JsonNode          *node,
             gboolean           from_feed,
             GHashTable        *changed,
             GError           **error)
{
  g_autoptr(GError) apply_error = NULL;
  gboolean ok;

  if (!bw_db_savepoint (db, "record", error))
    return FALSE;
  if (from_feed)
    ok = apply_or_park (db, env, json_node_get_object (node), changed, &apply_error) &&
         clear_set_aside (db, env->uuid, &apply_error);
  else
    ok = merge_remote (db, env, changed, &apply_error);
  if (!ok && is_record_fault (db, apply_error))
    ok = bw_db_exec (db, "ROLLBACK TO record", error) &&
         set_aside (db, node, apply_error ? apply_error->message : NULL, error);
  else if (!ok)
    g_propagate_error (error, g_steal_pointer (&apply_error));
  return ok && bw_db_release (db, "record", error);
}

static gboolean
apply_pull_batch (BwSyncEngine  *self,
                  gpointer       in,
                  gpointer      *out,
                  GError       **error)
{
  PullBatch *batch = in;
  g_autoptr(GHashTable) changed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *since = g_strdup_printf ("%" G_GINT64_FORMAT, batch->next_since);

  for (guint i = 0; i < json_array_get_length (batch->changes); i++)
    {
      JsonNode *node = json_array_get_element (batch->changes, i);
      BwRecordEnvelope env = { 0 };
      g_autoptr(GError) parse_error = NULL;
      gboolean ok;

      if (JSON_NODE_HOLDS_OBJECT (node) &&
          g_strcmp0 (member_string (json_node_get_object (node), "type", NULL), "purge") == 0)
        {
          if (entry_uuid (json_node_get_object (node), "case_uuid") == NULL)
            {
              if (!set_aside (self->db, node, "case_uuid", error))
                return FALSE;
              continue;
            }
          if (!apply_purge (self, json_node_get_object (node), error))
            return FALSE;
          continue;
        }
      if (!read_envelope (node, &env, &parse_error))
        {
          /* One record this desktop cannot read is set aside and shown;
           * it never stalls the feed (issue 12). */
          if (!set_aside (self->db, node, parse_error ? parse_error->message : NULL, error))
            return FALSE;
          continue;
        }
      ok = apply_alone (self->db, &env, node, TRUE, changed, error);
      bw_record_envelope_clear (&env);
      if (!ok)
        return FALSE;
    }

  if (!apply_parked (self->db, changed, error))
    return FALSE;
  if (self->purged_cases && !bw_retention_optimize_fts (self->db, error))
    return FALSE;

  /* The checkpoint moves in the same transaction as the records, so a
   * crash can neither skip a batch nor start over from zero (fault 2). */
  if (!state_set (self->db, "since", since, error) ||
      !state_set (self->db, "epoch", batch->epoch, error) ||
      !note_seq (self->db, batch->next_since, error))
    return FALSE;

  *out = hash_keys_to_array (changed);
  return TRUE;
}

/* The server was restored or replaced (another epoch): start the feed over
 * and offer everything here again; nothing local is thrown away (fault 7). */
static gboolean
reset_for_new_epoch (BwSyncEngine  *self,
                     gpointer       in,
                     gpointer      *out,
                     GError       **error)
{
  return bw_db_exec (self->db,
                  "DELETE FROM sync_base;"
                  "DELETE FROM outbox_sending;"
                  "DELETE FROM sync_pending;"
                  "DELETE FROM sync_set_aside;"
                  "DELETE FROM sync_state WHERE key IN ('since', 'epoch', 'max_seq');"
                  "INSERT INTO outbox (type, uuid) SELECT 'case', uuid FROM cases;"
                  "INSERT INTO outbox (type, uuid) SELECT 'journal', uuid FROM journal;"
                  "INSERT INTO outbox (type, uuid) SELECT 'action', uuid FROM actions;"
                  "INSERT INTO outbox (type, uuid) SELECT 'assessment', uuid FROM assessments;"
                  "INSERT INTO outbox (type, uuid) SELECT 'track_change', uuid FROM track_history;"
                  "INSERT INTO outbox (type, uuid) SELECT 'involvement', uuid FROM involvements;"
                  "INSERT INTO outbox (type, uuid) SELECT 'share', uuid FROM shares;"
                  /* A team's desktop holds the partners' notes read-only. */
                  "INSERT INTO outbox (type, uuid) SELECT 'partner_note', uuid FROM partner_notes"
                  " WHERE EXISTS (SELECT 1 FROM meta WHERE key = 'role' AND value = 'partner');"
                  "INSERT INTO outbox (type, uuid) SELECT 'offer', uuid FROM offers;"
                  "INSERT INTO outbox (type, uuid) SELECT 'session', uuid FROM sessions;"
                  "INSERT INTO outbox (type, uuid) SELECT 'enrolment', uuid FROM enrolments;"
                  "INSERT INTO outbox (type, uuid) SELECT 'attendance', uuid FROM attendance;",
                  error);
}

/* Push */

/* Outbox marks of a record up to @upto that need no push: it is gone, or
 * nothing of it differs from what the server has. */
static void
drop_from_outbox (BwDb        *db,
                  const char  *uuid,
                  gint64       upto,
                  GError     **error)
{
  g_autoptr(BwDbStatement) drop = bw_db_prepare (db, "DELETE FROM outbox WHERE uuid = ?1 AND id <= ?2", error);

  bw_sqlite_bind_text (drop, 1, uuid);
  sqlite3_bind_int64 (drop, 2, upto);
  sqlite3_step (drop);
}

/* Freezes the outbox into changes with a client change id, so that a retry
 * after a lost answer sends exactly the same change again (fault 1). */
static gboolean
prepare_push (BwSyncEngine  *self,
              gpointer       in,
              gpointer      *out,
              GError       **error)
{
  g_autoptr(BwDbStatement) dirty = NULL;
  g_autoptr(BwDbStatement) sending = NULL;
  JsonArray *changes;

  dirty = bw_db_prepare (self->db,
                      "SELECT o.type, o.uuid, max (o.id) FROM outbox o"
                      " WHERE o.uuid NOT IN (SELECT uuid FROM outbox_sending)"
                      " GROUP BY o.uuid ORDER BY o.type <> 'case', min (o.id) LIMIT ?1", error);
  if (dirty == NULL)
    return FALSE;
  sqlite3_bind_int (dirty, 1, PUSH_LIMIT);

  while (sqlite3_step (dirty) == SQLITE_ROW)
    {
      const char *type_key = (const char *) sqlite3_column_text (dirty, 0);
      const char *uuid = (const char *) sqlite3_column_text (dirty, 1);
      gint64 upto = sqlite3_column_int64 (dirty, 2);
      BwRecordType type;
      Snapshot local = { 0 };
      Snapshot base = { 0 };
      gint64 base_revision = 0;
      g_autoptr(GHashTable) excluded = NULL;
      g_autoptr(JsonObject) fields = json_object_new ();
      g_autoptr(JsonObject) change = NULL;
      gboolean has_base;
      gboolean send_deleted = FALSE;
      JsonObjectIter iter;
      const char *name;
      JsonNode *value;

      if (!bw_record_type_from_key (type_key, &type) || !read_local (self->db, type, uuid, &local))
        {
          drop_from_outbox (self->db, uuid, upto, error);
          snapshot_clear (&local);
          continue;
        }
      has_base = read_base (self->db, uuid, &base, &base_revision);
      excluded = conflicted_fields (self->db, uuid);

      json_object_iter_init (&iter, local.fields);
      while (json_object_iter_next (&iter, &name, &value))
        if (!g_hash_table_contains (excluded, name) &&
            (!has_base || !same_value (value, json_object_get_member (base.fields, name))))
          json_object_set_member (fields, name, json_node_copy (value));
      send_deleted = has_base ? (local.deleted != base.deleted && !g_hash_table_contains (excluded, "deleted"))
                              : local.deleted;

      if (json_object_get_size (fields) == 0 && !send_deleted)
        drop_from_outbox (self->db, uuid, upto, error);
      else
        {
          g_autofree char *client_change_id = g_uuid_string_random ();
          g_autoptr(BwDbStatement) freeze = NULL;
          g_autofree char *payload = NULL;

          change = json_object_new ();
          json_object_set_string_member (change, "client_change_id", client_change_id);
          json_object_set_string_member (change, "type", type_key);
          json_object_set_string_member (change, "uuid", uuid);
          json_object_set_string_member (change, "case_uuid", local.case_uuid);
          json_object_set_int_member (change, "base_revision", has_base ? base_revision : 0);
          if (send_deleted)
            json_object_set_boolean_member (change, "deleted", local.deleted);
          json_object_set_object_member (change, "fields", json_object_ref (fields));
          payload = object_to_string (change);

          freeze = bw_db_prepare (self->db,
                               "INSERT INTO outbox_sending (uuid, type, client_change_id, payload, upto)"
                               " VALUES (?1, ?2, ?3, ?4, ?5)", error);
          bw_sqlite_bind_text (freeze, 1, uuid);
          bw_sqlite_bind_text (freeze, 2, type_key);
          bw_sqlite_bind_text (freeze, 3, client_change_id);
          bw_sqlite_bind_text (freeze, 4, payload);
          sqlite3_bind_int64 (freeze, 5, upto);
          if (!bw_db_step_done (self->db, freeze, error))
            {
              snapshot_clear (&local);
              snapshot_clear (&base);
              return FALSE;
            }
        }
      snapshot_clear (&local);
      snapshot_clear (&base);
    }

  /* Everything frozen, also what an earlier, interrupted sync froze. */
  sending = bw_db_prepare (self->db,
                        "SELECT payload FROM outbox_sending ORDER BY type <> 'case', rowid LIMIT ?1", error);
  if (sending == NULL)
    return FALSE;
  sqlite3_bind_int (sending, 1, in ? GPOINTER_TO_UINT (in) : PUSH_LIMIT);
  changes = json_array_new ();
  while (sqlite3_step (sending) == SQLITE_ROW)
    {
      JsonObject *change = parse_object ((const char *) sqlite3_column_text (sending, 0));
      if (change)
        json_array_add_object_element (changes, change);
    }
  *out = changes;
  return TRUE;
}

typedef struct {
  JsonArray *sent;
  JsonArray *results;
} PushAnswer;

static void
push_answer_free (PushAnswer *answer)
{
  g_clear_pointer (&answer->sent, json_array_unref);
  g_clear_pointer (&answer->results, json_array_unref);
  g_free (answer);
}

static gboolean
finish_sent_change (BwDb        *db,
                    const char  *client_change_id,
                    GError     **error)
{
  g_autoptr(BwDbStatement) stmt =
    bw_db_prepare (db, "DELETE FROM outbox WHERE id <= (SELECT upto FROM outbox_sending WHERE client_change_id = ?1)"
                    " AND uuid = (SELECT uuid FROM outbox_sending WHERE client_change_id = ?1)", error);
  g_autoptr(BwDbStatement) drop = NULL;

  if (stmt == NULL)
    return FALSE;
  bw_sqlite_bind_text (stmt, 1, client_change_id);
  if (!bw_db_step_done (db, stmt, error))
    return FALSE;
  drop = bw_db_prepare (db, "DELETE FROM outbox_sending WHERE client_change_id = ?1", error);
  if (drop == NULL)
    return FALSE;
  bw_sqlite_bind_text (drop, 1, client_change_id);
  return bw_db_step_done (db, drop, error);
}

static gboolean
is_stale_base (JsonObject *result)
{
  JsonObject *err = member_object (result, "error", NULL);

  return err != NULL &&
         g_strcmp0 (member_string (err, "code", NULL), "stale_base") == 0;
}

static gboolean
apply_push_answer (BwSyncEngine  *self,
                   gpointer       in,
                   gpointer      *out,
                   GError       **error)
{
  PushAnswer *answer = in;
  g_autoptr(GHashTable) changed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) sent_by_id = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < json_array_get_length (answer->sent); i++)
    {
      JsonObject *change = json_array_get_object_element (answer->sent, i);
      g_hash_table_insert (sent_by_id, (gpointer) json_object_get_string_member (change, "client_change_id"), change);
    }

  for (guint i = 0; i < json_array_get_length (answer->results); i++)
    {
      JsonNode *node = json_array_get_element (answer->results, i);
      JsonObject *result;
      JsonObject *change;
      const char *status;
      const char *id;
      BwRecordType type;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        goto protocol;
      result = json_node_get_object (node);
      id = member_string (result, "client_change_id", NULL);
      status = member_string (result, "status", NULL);
      change = id ? g_hash_table_lookup (sent_by_id, id) : NULL;
      if (change == NULL || status == NULL)
        goto protocol;
      bw_record_type_from_key (json_object_get_string_member (change, "type"), &type);

      if (g_str_equal (status, "duplicate"))
        {
          status = member_string (result, "original_status", "applied");
          if (status == NULL)
            goto protocol;
        }

      if (g_str_equal (status, "applied") || g_str_equal (status, "conflict"))
        {
          JsonObject *record = member_object (result, "record", NULL);

          if (record != NULL)
            {
              /* The server's whole record: merge it like a pulled one. */
              BwRecordEnvelope env = { 0 };
              gboolean ok;

              if (!bw_record_envelope_parse (record, &env, NULL))
                goto protocol;
              ok = merge_remote (self->db, &env, changed, error);
              bw_record_envelope_clear (&env);
              if (!ok)
                return FALSE;
            }
          else
            {
              /* Applied: the server now holds the base plus what was sent. */
              Snapshot base = { 0 };
              gint64 base_revision = 0;
              g_autoptr(JsonObject) fields = NULL;
              JsonObject *sent_fields = json_object_get_object_member (change, "fields");
              JsonObjectIter iter;
              const char *name;
              JsonNode *value;
              gboolean deleted;

              if (read_base (self->db, json_object_get_string_member (change, "uuid"), &base, &base_revision))
                fields = json_object_ref (base.fields);
              else
                fields = json_object_new ();
              json_object_iter_init (&iter, sent_fields);
              while (json_object_iter_next (&iter, &name, &value))
                json_object_set_member (fields, name, json_node_copy (value));
              gint64 new_revision = json_object_get_int_member_with_default (result, "revision", 0);
              gint64 sent_base = json_object_get_int_member_with_default (change, "base_revision", 0);

              deleted = json_object_get_boolean_member_with_default (change, "deleted", base.deleted);
              snapshot_clear (&base);
              /* Only when our change was the one step after our base do we
               * know the whole server record. If others changed it in
               * between, keep the old revision so that the feed brings
               * their version to merge; and never go back (a duplicate
               * answer carries the revision of its time). */
              if (new_revision != sent_base + 1)
                new_revision = base_revision;
              new_revision = MAX (new_revision, base_revision);
              if (!write_base (self->db, type, json_object_get_string_member (change, "uuid"),
                               json_object_get_string_member (change, "case_uuid"),
                               new_revision, deleted, fields, error))
                return FALSE;
            }
        }
      else if (g_str_equal (status, "rejected") && is_stale_base (result))
        {
          /* The server went back: keep the change, start over (fault 7). */
          self->restart_from_zero = TRUE;
          continue;
        }
      else if (g_str_equal (status, "rejected"))
        {
          JsonObject *err = member_object (result, "error", NULL);
          const char *message = err ? member_string (err, "message", NULL) : NULL;

          if (err != NULL && g_strcmp0 (member_string (err, "code", NULL), "purged") == 0)
            message = _("The case was removed after its retention period");

          /* Shown to the user; the rest of the batch went through (fault 8). */
          if (!record_problem (self->db, type, json_object_get_string_member (change, "uuid"),
                               json_object_get_string_member (change, "case_uuid"),
                               message ? message : _("The server refused this change"), error))
            return FALSE;
        }
      else
        goto protocol;

      if (json_object_has_member (result, "seq") &&
          !note_seq (self->db, json_object_get_int_member (result, "seq"), error))
        return FALSE;
      if (!finish_sent_change (self->db, id, error))
        return FALSE;
    }

  if (self->restart_from_zero && !reset_for_new_epoch (self, NULL, NULL, error))
    return FALSE;
  *out = hash_keys_to_array (changed);
  return TRUE;

protocol:
  g_set_error_literal (error, BW_SYNC_ERROR, BW_SYNC_ERROR_PROTOCOL,
                       _("The server’s answer to the changes sent could not be read"));
  return FALSE;
}

/* HTTP */

/* Busy servers wait this long when they do not say (seconds). */
#define DEFAULT_RETRY_AFTER 30
#define MAX_RETRY_AFTER 3600

/* Retry-After is seconds or an HTTP date (RFC 9110 10.2.3). */
static guint
parse_retry_after (SoupMessage *msg)
{
  const char *value = soup_message_headers_get_one (soup_message_get_response_headers (msg), "Retry-After");
  guint64 seconds;

  if (value == NULL)
    return DEFAULT_RETRY_AFTER;
  if (g_ascii_string_to_unsigned (value, 10, 0, G_MAXUINT32, &seconds, NULL))
    return CLAMP (seconds, 1, MAX_RETRY_AFTER);
  {
    g_autoptr(GDateTime) when = soup_date_time_new_from_http_string (value);
    g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

    if (when != NULL)
      return CLAMP (g_date_time_difference (when, now) / G_TIME_SPAN_SECOND, 1, MAX_RETRY_AFTER);
  }
  return DEFAULT_RETRY_AFTER;
}

/* The server's answers go through the wire check first: json-glib
 * recurses once per nesting level, so a hostile or broken server could
 * otherwise overflow the stack with deep nesting (issue 12). Escaped
 * controls and lone surrogates pass the check (BW_JSON_WIRE_ANY_ESCAPE)
 * so that one bad record is set aside rather than the whole page
 * refused; json-glib would silently cut a string at "\u0000", so that
 * escape becomes "\u0001" first, which the field check refuses. */
static void
defuse_nul_escapes (char  *data,
                    gsize  length)
{
  gboolean in_string = FALSE;

  for (gsize i = 0; i < length; i++)
    {
      if (!in_string)
        {
          in_string = data[i] == '"';
          continue;
        }
      if (data[i] == '"')
        in_string = FALSE;
      else if (data[i] == '\\' && i + 1 < length)
        {
          if (data[i + 1] == 'u' && i + 5 < length && memcmp (data + i + 2, "0000", 4) == 0)
            data[i + 5] = '1';
          i++;
        }
    }
}

static JsonNode *
parse_answer (GBytes  *body,
              GError **error)
{
  gsize size = 0;
  const char *data = body ? g_bytes_get_data (body, &size) : NULL;
  g_autofree char *copy = NULL;

  if (data == NULL || size == 0)
    {
      g_set_error_literal (error, BW_JSON_WIRE_ERROR, BW_JSON_WIRE_ERROR_SYNTAX, "empty");
      return NULL;
    }
  /* A NUL byte ends the search early, but the wire check refuses it. */
  if (g_strstr_len (data, size, "\\u0000") == NULL)
    return bw_json_wire_parse_object (data, size, BW_JSON_WIRE_ANY_ESCAPE, error);
  copy = g_memdup2 (data, size);
  defuse_nul_escapes (copy, size);
  return bw_json_wire_parse_object (copy, size, BW_JSON_WIRE_ANY_ESCAPE, error);
}

static GError *
http_error (SoupMessage *msg,
            GBytes      *body,
            GError      *transport_error,
            guint       *retry_after)
{
  guint status;
  g_autoptr(JsonNode) node = NULL;
  const char *message = NULL;

  if (transport_error != NULL)
    {
      if (g_error_matches (transport_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return g_error_copy (transport_error);
      return g_error_new (BW_SYNC_ERROR, BW_SYNC_ERROR_OFFLINE,
                          _("The server cannot be reached (%s); your work is kept here and sent later"),
                          transport_error->message);
    }

  status = soup_message_get_status (msg);
  if (body != NULL && g_bytes_get_size (body) > 0)
    {
      node = parse_answer (body, NULL);
      if (node != NULL)
        {
          JsonObject *err = member_object (json_node_get_object (node), "error", NULL);
          if (err)
            message = member_string (err, "message", NULL);
          /* Shown to the user: clean text of a sensible length only. */
          if (message != NULL && (strlen (message) > 500 || !bw_json_wire_text_is_clean (message, -1)))
            message = NULL;
        }
    }

  if (status == 429 || status == SOUP_STATUS_SERVICE_UNAVAILABLE)
    {
      /* Nothing was done: the changes stay in the outbox and go, with the
       * same client change ids, when the app tries again. */
      *retry_after = parse_retry_after (msg);
      return g_error_new (BW_SYNC_ERROR, BW_SYNC_ERROR_RETRY_LATER,
                          g_dngettext (GETTEXT_PACKAGE,
                                       "The server is busy; trying again in %u second",
                                       "The server is busy; trying again in %u seconds", *retry_after),
                          *retry_after);
    }
  if (status == SOUP_STATUS_REQUEST_ENTITY_TOO_LARGE)
    return g_error_new_literal (BW_SYNC_ERROR, BW_SYNC_ERROR_TOO_LARGE,
                                _("The server refused the changes as too large"));
  if (status == SOUP_STATUS_CONFLICT)
    return g_error_new_literal (BW_SYNC_ERROR, BW_SYNC_ERROR_SEQUENCE_AHEAD,
                                _("The server went back to an earlier state; synchronising again from the start"));
  if (status == SOUP_STATUS_NOT_FOUND)
    return g_error_new_literal (BW_SYNC_ERROR, BW_SYNC_ERROR_NOT_FOUND,
                                _("The server does not have this, or it is not (any more) yours to see"));
  if (status == SOUP_STATUS_UNAUTHORIZED)
    return g_error_new_literal (BW_SYNC_ERROR, BW_SYNC_ERROR_UNAUTHORIZED,
                                _("Log in again: the server did not accept the login or the session ended"));
  return g_error_new (BW_SYNC_ERROR, BW_SYNC_ERROR_PROTOCOL,
                      _("The server answered with an error (%u): %s"), status,
                      message ? message : soup_message_get_reason_phrase (msg));
}

typedef struct {
  SoupMessage *msg;
} HttpCall;

static void
http_call_free (HttpCall *call)
{
  g_clear_object (&call->msg);
  g_free (call);
}

static void
http_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  BwSyncEngine *self = g_task_get_source_object (task);
  HttpCall *call = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) body = soup_session_send_and_read_finish (SOUP_SESSION (source), result, &error);
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GError) parse_error = NULL;

  if (body == NULL || soup_message_get_status (call->msg) != SOUP_STATUS_OK)
    {
      g_task_return_error (task, http_error (call->msg, body, error, &self->retry_after));
      return;
    }
  node = parse_answer (body, &parse_error);
  if (node == NULL)
    {
      if (g_error_matches (parse_error, BW_JSON_WIRE_ERROR, BW_JSON_WIRE_ERROR_DEPTH))
        g_task_return_new_error (task, BW_SYNC_ERROR, BW_SYNC_ERROR_PROTOCOL,
                                 _("The server’s answer is not valid JSON: it is nested too deeply"));
      else
        g_task_return_new_error (task, BW_SYNC_ERROR, BW_SYNC_ERROR_PROTOCOL,
                                 _("The server’s answer is not valid JSON"));
      return;
    }
  g_task_return_pointer (task, json_object_ref (json_node_get_object (node)),
                         (GDestroyNotify) json_object_unref);
}

static void
http_json_async (BwSyncEngine        *self,
                 const char          *method,
                 const char          *base_url,
                 const char          *path_and_query,
                 JsonObject          *body,
                 gboolean             with_token,
                 GCancellable        *cancellable,
                 GAsyncReadyCallback  callback,
                 gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);
  g_autofree char *base = g_strdup (base_url);
  g_autofree char *url = NULL;
  HttpCall *call = g_new0 (HttpCall, 1);
  gsize len = strlen (base);

  while (len > 0 && base[len - 1] == '/')
    base[--len] = '\0';
  url = g_strconcat (base, "/api/v1/", path_and_query, NULL);
  call->msg = soup_message_new (method, url);
  g_task_set_task_data (task, call, (GDestroyNotify) http_call_free);
  if (call->msg == NULL)
    {
      g_task_return_new_error (task, BW_SYNC_ERROR, BW_SYNC_ERROR_NOT_CONFIGURED,
                               _("The server address is not valid"));
      return;
    }
  if (with_token && self->token)
    {
      g_autofree char *auth = g_strconcat ("Bearer ", self->token, NULL);
      soup_message_headers_replace (soup_message_get_request_headers (call->msg), "Authorization", auth);
    }
  if (self->client_id != NULL)
    soup_message_headers_replace (soup_message_get_request_headers (call->msg), "X-Buurtwerk-Client",
                                  self->client_id);
  if (body != NULL)
    {
      char *text = object_to_string (body);
      g_autoptr(GBytes) bytes = g_bytes_new_take (text, strlen (text));
      soup_message_set_request_body_from_bytes (call->msg, "application/json", bytes);
    }
  soup_session_send_and_read_async (self->session, call->msg, G_PRIORITY_DEFAULT, cancellable,
                                    http_done_cb, g_steal_pointer (&task));
}

static JsonObject *
http_json_finish (BwSyncEngine  *self,
                  GAsyncResult  *result,
                  GError       **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}

/* Login */

/* The role and organisation of the signed-in user, which decide what a
 * sync does: a partner pulls the snapshot of what is shared with it, the
 * others the team feed. */
static gboolean
store_user (BwSyncEngine *self,
            JsonObject   *user)
{
  const char *role = user ? member_string (user, "role", NULL) : NULL;
  const char *organisation = user ? member_string (user, "organisation", NULL) : NULL;

  if (role == NULL || strlen (role) > 32)
    return FALSE;
  if (organisation != NULL && !bw_organisation_is_key (organisation))
    organisation = NULL;
  bw_case_store_set_meta (self->store, "role", role, NULL);
  bw_case_store_set_meta (self->store, "organisation", organisation, NULL);
  return TRUE;
}

static void
login_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  BwSyncEngine *self = BW_SYNC_ENGINE (source);
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonObject) answer = http_json_finish (self, result, &error);
  const char *token;

  if (answer == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  token = member_string (answer, "token", NULL);
  if (token == NULL)
    {
      g_task_return_new_error (task, BW_SYNC_ERROR, BW_SYNC_ERROR_PROTOCOL,
                               _("The server’s answer to the login has no session"));
      return;
    }
  bw_sync_engine_set_server (self, g_task_get_task_data (task), token);
  store_user (self, member_object (answer, "user", NULL));
  g_task_return_pointer (task, g_strdup (token), g_free);
}

void
bw_sync_engine_login_async (BwSyncEngine        *self,
                            const char          *base_url,
                            const char          *login,
                            const char          *password,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);
  g_autoptr(JsonObject) body = json_object_new ();

  g_task_set_task_data (task, g_strdup (base_url), g_free);
  json_object_set_string_member (body, "login", login);
  json_object_set_string_member (body, "password", password);
  http_json_async (self, "POST", base_url, "login", body, FALSE, cancellable,
                   login_done_cb, g_steal_pointer (&task));
}

char *
bw_sync_engine_login_finish (BwSyncEngine  *self,
                             GAsyncResult  *result,
                             GError       **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}

/* One sync: pull until the feed is empty, then push until the outbox is */

typedef struct {
  gboolean reset_done;
  gboolean probed;
  guint batches;
  guint push_limit;     /* changes per push; halved after a 413 */
} SyncRun;

static void pull_next (GTask *task);
static void push_next (GTask *task);

static void
set_state (BwSyncEngine *self,
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

static void
sync_fail (GTask  *task,
           GError *error)
{
  BwSyncEngine *self = g_task_get_source_object (task);

  self->running = FALSE;
  set_state (self, g_error_matches (error, BW_SYNC_ERROR, BW_SYNC_ERROR_OFFLINE)
                   ? BW_SYNC_STATE_OFFLINE : BW_SYNC_STATE_ERROR, 0);
  g_signal_emit (self, signals[CONFLICTS_CHANGED], 0);
  g_task_return_error (task, error);
}

static void
sync_done (GTask *task)
{
  BwSyncEngine *self = g_task_get_source_object (task);
  g_autofree char *stamp = bw_date_now_utc ();

  g_mutex_lock (&self->lock);
  state_set (self->db, "last_sync", stamp, NULL);
  g_mutex_unlock (&self->lock);

  self->running = FALSE;
  set_state (self, BW_SYNC_STATE_IDLE, 1.0);
  g_signal_emit (self, signals[CONFLICTS_CHANGED], 0);
  g_task_return_boolean (task, TRUE);
}

/* The result of a sync's database step; on an error the sync fails and
 * this answers FALSE. */
static gboolean
sync_step_finish (GTask         *task,
                  GAsyncResult  *result,
                  gpointer      *out)
{
  GError *error = NULL;
  gpointer value = g_task_propagate_pointer (G_TASK (result), &error);

  if (error != NULL)
    {
      sync_fail (task, error);
      return FALSE;
    }
  if (out != NULL)
    *out = value;
  return TRUE;
}

/* The server's answer to a sync's request; on an error the sync fails and
 * this answers NULL. */
static JsonObject *
sync_answer (GTask        *task,
             GAsyncResult *result)
{
  GError *error = NULL;
  JsonObject *answer = http_json_finish (g_task_get_source_object (task), result, &error);

  if (answer == NULL)
    sync_fail (task, error);
  return answer;
}

static void
sync_fail_protocol (GTask      *task,
                    const char *message)
{
  sync_fail (task, g_error_new_literal (BW_SYNC_ERROR, BW_SYNC_ERROR_PROTOCOL, message));
}

/* A request of @task's to the configured server, with the session; the
 * callback gets @task. */
static void
server_request (GTask               *task,
                const char          *method,
                const char          *path_and_query,
                JsonObject          *body,
                GAsyncReadyCallback  callback)
{
  BwSyncEngine *self = g_task_get_source_object (task);

  http_json_async (self, method, self->base_url, path_and_query, body, TRUE,
                   g_task_get_cancellable (task), callback, task);
}

/* One change the server will never take, whatever its size: kept here,
 * shown to the user, and out of the way of the rest (fault 8). */
static gboolean
drop_sending_as_problem (BwSyncEngine  *self,
                         gpointer       in,
                         gpointer      *out,
                         GError       **error)
{
  const char *client_change_id = in;
  g_autoptr(BwDbStatement) stmt = bw_db_prepare (self->db, "SELECT type, uuid, payload FROM outbox_sending"
                                                " WHERE client_change_id = ?1", error);
  g_autoptr(JsonObject) payload = NULL;
  BwRecordType type;

  if (stmt == NULL)
    return FALSE;
  bw_sqlite_bind_text (stmt, 1, client_change_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return TRUE;
  payload = parse_object ((const char *) sqlite3_column_text (stmt, 2));
  if (!bw_record_type_from_key ((const char *) sqlite3_column_text (stmt, 0), &type) ||
      !record_problem (self->db, type, (const char *) sqlite3_column_text (stmt, 1),
                       payload ? json_object_get_string_member_with_default (payload, "case_uuid", NULL) : NULL,
                       _("This change is too large for the server; it is kept here only. Shorten the text and save again."),
                       error))
    return FALSE;
  return finish_sent_change (self->db, client_change_id, error);
}

static void
dropped_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;

  if (sync_step_finish (task, result, NULL))
    push_next (g_steal_pointer (&task));
}

static void
push_applied_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  BwSyncEngine *self = BW_SYNC_ENGINE (source);
  g_autoptr(GTask) task = user_data;
  g_autoptr(GPtrArray) changed = NULL;

  if (!sync_step_finish (task, result, (gpointer *) &changed))
    return;
  announce_changes (self, changed);
  if (self->restart_from_zero)
    {
      SyncRun *run = g_task_get_task_data (task);

      self->restart_from_zero = FALSE;
      if (!run->reset_done)
        {
          g_message ("Sync: the server went back to an earlier state; syncing again from the start");
          run->reset_done = TRUE;
          pull_next (g_steal_pointer (&task));
          return;
        }
    }
  push_next (g_steal_pointer (&task));
}

static void
push_sent_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  BwSyncEngine *self = BW_SYNC_ENGINE (source);
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;
  g_autoptr(JsonObject) answer = http_json_finish (self, result, &error);
  JsonArray *sent = g_object_get_data (G_OBJECT (task), "sent");
  JsonArray *results;
  PushAnswer *in;

  if (answer == NULL)
    {
      SyncRun *run = g_task_get_task_data (task);

      /* Too large: send fewer at a time; a single change that is still too
       * large is set aside for the user, so the rest goes through. */
      if (g_error_matches (error, BW_SYNC_ERROR, BW_SYNC_ERROR_TOO_LARGE))
        {
          guint n = json_array_get_length (sent);

          g_clear_error (&error);
          if (n > 1)
            {
              run->push_limit = n / 2;
              push_next (g_steal_pointer (&task));
            }
          else
            {
              JsonObject *change = json_array_get_object_element (sent, 0);

              run_db (self, drop_sending_as_problem,
                      g_strdup (json_object_get_string_member (change, "client_change_id")), g_free,
                      dropped_cb, g_steal_pointer (&task));
            }
          return;
        }
      /* The frozen changes stay; the next sync sends them again with the
       * same client change ids. */
      sync_fail (task, error);
      return;
    }
  results = member_array (answer, "results", NULL);
  if (results == NULL || json_array_get_length (results) != json_array_get_length (sent))
    {
      sync_fail_protocol (task, _("The server’s answer to the changes sent could not be read"));
      return;
    }
  in = g_new0 (PushAnswer, 1);
  in->sent = json_array_ref (sent);
  in->results = json_array_ref (results);
  run_db (self, apply_push_answer, in, (GDestroyNotify) push_answer_free,
          push_applied_cb, g_steal_pointer (&task));
}

static void
push_prepared_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(JsonArray) changes = NULL;
  g_autoptr(JsonObject) body = NULL;

  if (!sync_step_finish (task, result, (gpointer *) &changes))
    return;
  if (json_array_get_length (changes) == 0)
    {
      sync_done (g_steal_pointer (&task));
      return;
    }

  g_object_set_data_full (G_OBJECT (task), "sent", json_array_ref (changes),
                          (GDestroyNotify) json_array_unref);
  body = json_object_new ();
  json_object_set_array_member (body, "changes", json_array_ref (changes));
  server_request (g_steal_pointer (&task), "POST", "push", body, push_sent_cb);
}

static void
push_next (GTask *task)
{
  BwSyncEngine *self = g_task_get_source_object (task);

  SyncRun *run = g_task_get_task_data (task);

  set_state (self, BW_SYNC_STATE_SYNCING, 0.75);
  run_db (self, prepare_push, GUINT_TO_POINTER (run->push_limit), NULL, push_prepared_cb, task);
}

static void checkpoint_after_purge (BwSyncEngine *self);

static void
pull_applied_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  BwSyncEngine *self = BW_SYNC_ENGINE (source);
  g_autoptr(GTask) task = user_data;
  g_autoptr(GPtrArray) changed = NULL;
  gboolean more = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (task), "more"));

  if (!sync_step_finish (task, result, (gpointer *) &changed))
    return;
  announce_changes (self, changed);
  if (self->purged_cases)
    {
      /* Cases went after their retention period: out of the file and the
       * WAL, and every list and the map count again. */
      self->purged_cases = FALSE;
      checkpoint_after_purge (self);
      bw_case_store_emit_changed (self->store, 0);
    }
  if (more)
    pull_next (g_steal_pointer (&task));
  else
    push_next (g_steal_pointer (&task));
}

static void
reset_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;

  if (sync_step_finish (task, result, NULL))
    pull_next (g_steal_pointer (&task));
}

/* The server went back or was replaced: forget what it told us, offer
 * everything local again, and pull from the start; once per sync. */
static void
start_over (BwSyncEngine *self,
            GTask        *task,
            const char   *why)
{
  SyncRun *run = g_task_get_task_data (task);

  g_message ("Sync: %s; syncing again from the start", why);
  run->reset_done = TRUE;
  run_db (self, reset_for_new_epoch, NULL, NULL, reset_done_cb, task);
}

/* A request of the feed failed (@task is taken). 409: a server restored
 * from a backup that kept its epoch; start over, as for a new epoch, once
 * per sync (fault 7). */
static void
pull_failed (GTask      *task,
             GError     *error,
             const char *why)
{
  SyncRun *run = g_task_get_task_data (task);

  if (g_error_matches (error, BW_SYNC_ERROR, BW_SYNC_ERROR_SEQUENCE_AHEAD) && !run->reset_done)
    {
      g_error_free (error);
      start_over (g_task_get_source_object (task), task, why);
      return;
    }
  sync_fail (task, error);
  g_object_unref (task);
}

static void
pull_received_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  BwSyncEngine *self = BW_SYNC_ENGINE (source);
  g_autoptr(GTask) task = user_data;
  SyncRun *run = g_task_get_task_data (task);
  GError *error = NULL;
  g_autoptr(JsonObject) answer = http_json_finish (self, result, &error);
  g_autofree char *known_epoch = NULL;
  g_autofree char *since = NULL;
  const char *epoch;
  JsonArray *changes;
  JsonNode *next_since;
  gboolean more;
  PullBatch *batch;

  if (answer == NULL)
    {
      pull_failed (g_steal_pointer (&task), error, "the server's sequence went back");
      return;
    }
  epoch = member_string (answer, "epoch", NULL);
  changes = member_array (answer, "changes", NULL);
  next_since = json_object_get_member (answer, "next_since");
  /* json_object_get_int_member() warns on an object or array; a broken
   * answer is the server's fault, not a programming error (fuzz-sync-client). */
  if (epoch == NULL || changes == NULL || next_since == NULL ||
      !JSON_NODE_HOLDS_VALUE (next_since) || json_node_get_value_type (next_since) != G_TYPE_INT64)
    {
      sync_fail_protocol (task, _("The server’s change feed could not be read"));
      return;
    }

  g_mutex_lock (&self->lock);
  known_epoch = state_get (self->db, "epoch");
  since = state_get (self->db, "since");
  g_mutex_unlock (&self->lock);
  if (known_epoch != NULL && !g_str_equal (known_epoch, epoch))
    {
      if (run->reset_done)
        {
          sync_fail_protocol (task, _("The server keeps changing its identity"));
          return;
        }
      start_over (self, g_steal_pointer (&task), "the server's database changed (restored or replaced)");
      return;
    }

  /* "more" on a page that does not move the feed forward would have us
   * ask for the same page for ever (found by fuzz-sync-client). */
  more = json_object_get_boolean_member_with_default (answer, "more", FALSE);
  if (more && json_node_get_int (next_since) <= (since ? g_ascii_strtoll (since, NULL, 10) : 0))
    {
      sync_fail_protocol (task, _("The server’s change feed could not be read"));
      return;
    }

  batch = g_new0 (PullBatch, 1);
  batch->changes = json_array_ref (changes);
  batch->epoch = g_strdup (epoch);
  batch->next_since = json_node_get_int (next_since);
  g_object_set_data (G_OBJECT (task), "more", GINT_TO_POINTER (more));
  run->batches++;
  set_state (self, BW_SYNC_STATE_SYNCING, MIN (0.7, 0.05 * run->batches));
  run_db (self, apply_pull_batch, batch, (GDestroyNotify) pull_batch_free,
          pull_applied_cb, g_steal_pointer (&task));
}

static void
probe_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  BwSyncEngine *self = BW_SYNC_ENGINE (source);
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;
  g_autoptr(JsonObject) answer = http_json_finish (self, result, &error);

  if (answer == NULL)
    pull_failed (g_steal_pointer (&task), error,
                 "the server's sequence went back (restored from a backup)");
  else
    pull_next (g_steal_pointer (&task));
}

static void
pull_next (GTask *task)
{
  BwSyncEngine *self = g_task_get_source_object (task);
  SyncRun *run = g_task_get_task_data (task);
  g_autofree char *since = NULL;
  g_autofree char *max_seq = NULL;
  g_autofree char *query = NULL;

  g_mutex_lock (&self->lock);
  since = state_get (self->db, "since");
  max_seq = state_get (self->db, "max_seq");
  g_mutex_unlock (&self->lock);

  /* Once per sync: does the server still know the latest change we saw?
   * Only one that was restored from a backup answers 409 here. */
  if (!run->probed && max_seq != NULL &&
      g_ascii_strtoll (max_seq, NULL, 10) > (since ? g_ascii_strtoll (since, NULL, 10) : 0))
    {
      run->probed = TRUE;
      query = g_strdup_printf ("changes?since=%s&limit=1", max_seq);
      server_request (task, "GET", query, NULL, probe_done_cb);
      return;
    }
  run->probed = TRUE;
  query = g_strdup_printf ("changes?since=%s&limit=%d", since ? since : "0", PULL_LIMIT);
  server_request (task, "GET", query, NULL, pull_received_cb);
}

/* A partner: the snapshot instead of the feed (docs/sync-protocol.md,
 * "Sharing") */

/* Fields of the snapshot that are not the shared case itself. */
static gboolean
snapshot_entry_valid (JsonObject  *entry,
                      const char **case_uuid,
                      GError     **error)
{
  static const char *members[] = {
    "case_uuid", "revision", "organisation", "parts", "end_date", "team_contact", "case", "records",
    "notes", NULL
  };
  const char *organisation, *end_date, *team_contact;
  JsonObject *fields;
  JsonArray *parts, *records, *notes;
  gint64 revision;
  g_autoptr(BwShare) share = bw_share_new ();
  g_autoptr(JsonNode) parts_node = NULL;
  g_autofree char *parts_text = NULL;

  if (!bw_json_check_members (entry, members, error) ||
      !bw_json_get_string (entry, "case_uuid", FALSE, case_uuid, error) ||
      !bw_json_get_int (entry, "revision", 1, G_MAXINT64, &revision, error) ||
      !bw_json_get_string (entry, "organisation", FALSE, &organisation, error) ||
      !bw_json_get_array (entry, "parts", &parts, error) ||
      !bw_json_get_string (entry, "end_date", FALSE, &end_date, error) ||
      !bw_json_get_string (entry, "team_contact", TRUE, &team_contact, error) ||
      !bw_json_get_object (entry, "case", &fields, error) ||
      !bw_json_get_array (entry, "records", &records, error) ||
      !bw_json_get_array (entry, "notes", &notes, error))
    return FALSE;
  parts_node = json_node_init_array (json_node_alloc (), parts);
  parts_text = json_to_string (parts_node, FALSE);
  if (!bw_record_json_is_uuid (*case_uuid) || !bw_organisation_is_key (organisation) ||
      !bw_date_is_iso_date (end_date) || !bw_share_set_parts_json (share, parts_text))
    {
      g_set_error_literal (error, BW_RECORD_JSON_ERROR, BW_RECORD_JSON_ERROR_INVALID_VALUE,
                           "case_uuid, organisation, parts or end_date");
      return FALSE;
    }
  return bw_record_json_check_fields (BW_RECORD_TYPE_CASE, fields, FALSE, error);
}

static gboolean
snapshot_record_valid (JsonNode    *node,
                       const char  *case_uuid,
                       gboolean     note,
                       GError     **error)
{
  BwRecordEnvelope env = { 0 };
  gboolean ok;

  if (!JSON_NODE_HOLDS_OBJECT (node) || !bw_record_envelope_parse (json_node_get_object (node), &env, error))
    {
      if (error && !*error)
        g_set_error_literal (error, BW_RECORD_JSON_ERROR, BW_RECORD_JSON_ERROR_WRONG_TYPE, "records");
      return FALSE;
    }
  ok = g_str_equal (env.case_uuid, case_uuid) && !env.deleted &&
       (note ? env.type == BW_RECORD_TYPE_PARTNER_NOTE
             : (env.type == BW_RECORD_TYPE_JOURNAL || env.type == BW_RECORD_TYPE_TRACK_CHANGE ||
                env.type == BW_RECORD_TYPE_ASSESSMENT || env.type == BW_RECORD_TYPE_ACTION));
  bw_record_envelope_clear (&env);
  if (!ok)
    g_set_error_literal (error, BW_RECORD_JSON_ERROR, BW_RECORD_JSON_ERROR_INVALID_VALUE, "records");
  return ok;
}

/* Removes every trace of a case no longer shared with this organisation:
 * its snapshot, the partner notes and whatever sync bookkeeping holds
 * them. The connection has secure_delete on, so the freed pages are
 * overwritten; the WAL is truncated by a checkpoint after the commit. */
static gboolean
purge_shared_case (BwDb        *db,
                   const char  *case_uuid,
                   GError     **error)
{
  return bw_retention_delete_case (db, case_uuid, FALSE, NULL, error);
}

/* A shared case of the snapshot that cannot be read as a whole: set aside
 * as the case it is about (when its uuid can be read). */
static gboolean
set_aside_snapshot_entry (BwDb        *db,
                          JsonNode    *node,
                          const char  *reason,
                          GError     **error)
{
  g_autoptr(JsonObject) stub = json_object_new ();
  g_autoptr(JsonNode) stub_node = NULL;
  const char *case_uuid = JSON_NODE_HOLDS_OBJECT (node) ? entry_uuid (json_node_get_object (node), "case_uuid")
                                                        : NULL;

  json_object_set_string_member (stub, "type", "case");
  if (case_uuid != NULL)
    {
      json_object_set_string_member (stub, "uuid", case_uuid);
      json_object_set_string_member (stub, "case_uuid", case_uuid);
    }
  stub_node = json_node_init_object (json_node_alloc (), stub);
  return set_aside (db, stub_node, reason, error);
}

/* One partner note of the snapshot, merged like any record in a savepoint
 * of its own: one the tables refuse is undone alone and set aside. */
static gboolean
merge_snapshot_note (BwSyncEngine  *self,
                     JsonNode      *node,
                     const char    *case_uuid,
                     GHashTable    *changed,
                     GError       **error)
{
  BwRecordEnvelope env = { 0 };
  g_autoptr(GError) invalid = NULL;
  gboolean ok;

  if (!snapshot_record_valid (node, case_uuid, TRUE, &invalid) ||
      !read_envelope (node, &env, &invalid))
    return set_aside (self->db, node, invalid ? invalid->message : NULL, error);
  ok = apply_alone (self->db, &env, node, FALSE, changed, error);
  bw_record_envelope_clear (&env);
  return ok;
}

/* Replaces the partner's set of shared cases by the server's snapshot,
 * purging what is no longer in it. Answers the uuids purged (a GStrv).
 * What cannot be read is set aside and shown, one piece at a time, as the
 * team's feed does (issue 12): a record of a case, or a note, alone; a
 * shared case that cannot be read as a whole keeps the copy this desktop
 * has (it is still shared), or none. The rest of the snapshot arrives. */
static gboolean
apply_snapshot (BwSyncEngine  *self,
                gpointer       in,
                gpointer      *out,
                GError       **error)
{
  JsonArray *cases = in;
  g_autoptr(GHashTable) keep = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) changed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) gone = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) readable = g_ptr_array_new ();
  GPtrArray *purged_uuids;
  g_autofree char *stamp = bw_date_now_utc ();

  /* A partner's desktop reads no feed: whatever was set aside came from
   * an earlier snapshot, and this one says what still cannot be read. */
  if (!bw_db_exec (self->db, "DELETE FROM sync_set_aside", error))
    return FALSE;

  for (guint i = 0; i < json_array_get_length (cases); i++)
    {
      JsonNode *node = json_array_get_element (cases, i);
      g_autoptr(GError) invalid = NULL;
      const char *case_uuid = NULL;

      if (!JSON_NODE_HOLDS_OBJECT (node) ||
          !snapshot_entry_valid (json_node_get_object (node), &case_uuid, &invalid))
        {
          const char *still_shared = JSON_NODE_HOLDS_OBJECT (node)
                                     ? entry_uuid (json_node_get_object (node), "case_uuid") : NULL;

          if (still_shared != NULL)
            g_hash_table_add (keep, g_strdup (still_shared));
          if (!set_aside_snapshot_entry (self->db, node, invalid ? invalid->message : NULL, error))
            return FALSE;
          continue;
        }
      g_hash_table_add (keep, g_strdup (case_uuid));
      g_ptr_array_add (readable, json_node_get_object (node));
    }

  for (guint i = 0; i < readable->len; i++)
    {
      JsonObject *entry = g_ptr_array_index (readable, i);
      const char *case_uuid = json_object_get_string_member (entry, "case_uuid");
      g_autoptr(JsonObject) document = json_object_new ();
      g_autoptr(JsonNode) parts = json_node_copy (json_object_get_member (entry, "parts"));
      g_autofree char *parts_text = json_to_string (parts, FALSE);
      g_autofree char *document_text = NULL;
      g_autoptr(BwDbStatement) stmt = NULL;
      JsonArray *records = json_object_get_array_member (entry, "records");
      JsonArray *kept_records = json_array_new ();
      JsonArray *notes = json_object_get_array_member (entry, "notes");

      for (guint r = 0; r < json_array_get_length (records); r++)
        {
          JsonNode *record = json_array_get_element (records, r);
          g_autoptr(GError) invalid = NULL;

          if (snapshot_record_valid (record, case_uuid, FALSE, &invalid))
            json_array_add_element (kept_records, json_node_copy (record));
          else if (!set_aside (self->db, record, invalid ? invalid->message : NULL, error))
            {
              json_array_unref (kept_records);
              return FALSE;
            }
        }

      json_object_set_int_member (document, "revision", json_object_get_int_member (entry, "revision"));
      json_object_set_object_member (document, "case",
                                     json_object_ref (json_object_get_object_member (entry, "case")));
      json_object_set_array_member (document, "records", kept_records);
      document_text = object_to_string (document);
      stmt = bw_db_prepare (self->db, "INSERT INTO shared_cases (case_uuid, organisation, parts, end_date,"
                                  " team_contact, document, received_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
                                  " ON CONFLICT (case_uuid) DO UPDATE SET organisation = excluded.organisation,"
                                  " parts = excluded.parts, end_date = excluded.end_date,"
                                  " team_contact = excluded.team_contact, document = excluded.document,"
                                  " received_at = excluded.received_at"
                                  " WHERE document IS NOT excluded.document OR parts IS NOT excluded.parts"
                                  " OR end_date IS NOT excluded.end_date"
                                  " OR team_contact IS NOT excluded.team_contact", error);
      if (stmt == NULL)
        return FALSE;
      bw_sqlite_bind_text (stmt, 1, case_uuid);
      bw_sqlite_bind_text (stmt, 2, json_object_get_string_member (entry, "organisation"));
      bw_sqlite_bind_text (stmt, 3, parts_text);
      bw_sqlite_bind_text (stmt, 4, json_object_get_string_member (entry, "end_date"));
      bw_sqlite_bind_text (stmt, 5, json_object_get_string_member_with_default (entry, "team_contact", NULL));
      bw_sqlite_bind_text (stmt, 6, document_text);
      bw_sqlite_bind_text (stmt, 7, stamp);
      if (!bw_db_step_done (self->db, stmt, error))
        return FALSE;

      /* The notes merge like any record, so a note written here and not
       * sent yet is kept. */
      for (guint r = 0; r < json_array_get_length (notes); r++)
        if (!merge_snapshot_note (self, json_array_get_element (notes, r), case_uuid, changed, error))
          return FALSE;
    }

  /* What is no longer shared goes, with every trace of it. */
  {
    g_autoptr(BwDbStatement) stmt = bw_db_prepare (self->db, "SELECT case_uuid FROM shared_cases"
                                                  " UNION SELECT case_uuid FROM partner_notes", error);

    if (stmt == NULL)
      return FALSE;
    while (sqlite3_step (stmt) == SQLITE_ROW)
      {
        const char *case_uuid = (const char *) sqlite3_column_text (stmt, 0);

        if (!g_hash_table_contains (keep, case_uuid))
          g_ptr_array_add (gone, g_strdup (case_uuid));
      }
  }
  for (guint i = 0; i < gone->len; i++)
    if (!purge_shared_case (self->db, g_ptr_array_index (gone, i), error))
      return FALSE;
  purged_uuids = g_ptr_array_new ();
  for (guint i = 0; i < gone->len; i++)
    g_ptr_array_add (purged_uuids, g_strdup (g_ptr_array_index (gone, i)));
  g_ptr_array_add (purged_uuids, NULL);
  *out = g_ptr_array_free (purged_uuids, FALSE);
  return TRUE;
}

static void opened_next (GTask *task);

static void
checkpoint_after_purge (BwSyncEngine *self)
{
  gboolean done;

  /* The deleted text was overwritten in the pages (secure_delete); the
   * checkpoint writes them into the file and truncates the WAL, which
   * still held the old pages. */
  g_mutex_lock (&self->lock);
  done = bw_retention_checkpoint (self->db);
  g_mutex_unlock (&self->lock);
  if (!done)
    g_warning ("Sync: the database could not be checkpointed after removing cases;"
               " it is tried again after the next sync");
}

static void
snapshot_applied_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  BwSyncEngine *self = BW_SYNC_ENGINE (source);
  g_autoptr(GTask) task = user_data;
  g_auto(GStrv) purged = NULL;

  if (!sync_step_finish (task, result, (gpointer *) &purged))
    return;
  checkpoint_after_purge (self);
  bw_case_store_emit_changed (self->store, 0);
  if (purged != NULL && purged[0] != NULL)
    {
      g_message ("Sync: %u case(s) no longer shared with this organisation were removed",
                 g_strv_length (purged));
      g_signal_emit (self, signals[SHARED_CASES_REMOVED], 0, purged);
    }
  opened_next (g_steal_pointer (&task));
}

static void
shared_received_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  BwSyncEngine *self = BW_SYNC_ENGINE (source);
  g_autoptr(GTask) task = user_data;
  g_autoptr(JsonObject) answer = sync_answer (task, result);
  JsonArray *cases;

  if (answer == NULL)
    return;
  cases = member_array (answer, "cases", NULL);
  if (cases == NULL || member_string (answer, "epoch", NULL) == NULL)
    {
      sync_fail_protocol (task, _("The server’s list of shared cases could not be read"));
      return;
    }
  set_state (self, BW_SYNC_STATE_SYNCING, 0.5);
  run_db (self, apply_snapshot, json_array_ref (cases), (GDestroyNotify) json_array_unref,
          snapshot_applied_cb, g_steal_pointer (&task));
}

/* The partner's "opened" reports, oldest first, one request each; one the
 * server refuses (the case is no longer shared) is dropped. */
static void
opened_sent_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  BwSyncEngine *self = BW_SYNC_ENGINE (source);
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;
  g_autoptr(JsonObject) answer = http_json_finish (self, result, &error);
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (task), "opened-id"));

  if (answer == NULL && !g_error_matches (error, BW_SYNC_ERROR, BW_SYNC_ERROR_NOT_FOUND))
    {
      sync_fail (task, error);
      return;
    }
  g_clear_error (&error);
  g_mutex_lock (&self->lock);
  {
    g_autoptr(BwDbStatement) stmt = bw_db_prepare (self->db, "DELETE FROM audit_outbox WHERE id = ?1", NULL);

    if (stmt != NULL)
      {
        sqlite3_bind_int64 (stmt, 1, id);
        sqlite3_step (stmt);
      }
  }
  g_mutex_unlock (&self->lock);
  opened_next (g_steal_pointer (&task));
}

static void
opened_next (GTask *task)
{
  BwSyncEngine *self = g_task_get_source_object (task);
  g_autoptr(JsonObject) body = NULL;
  gint64 id = 0;

  g_mutex_lock (&self->lock);
  {
    g_autoptr(BwDbStatement) stmt = bw_db_prepare (self->db, "SELECT id, case_uuid, opened_at FROM audit_outbox"
                                                  " ORDER BY id LIMIT 1", NULL);

    if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
      {
        id = sqlite3_column_int64 (stmt, 0);
        body = json_object_new ();
        json_object_set_string_member (body, "case_uuid", (const char *) sqlite3_column_text (stmt, 1));
        json_object_set_string_member (body, "opened_at", (const char *) sqlite3_column_text (stmt, 2));
      }
  }
  g_mutex_unlock (&self->lock);

  if (body == NULL)
    {
      push_next (task);
      return;
    }
  g_object_set_data (G_OBJECT (task), "opened-id", GSIZE_TO_POINTER ((gsize) id));
  server_request (task, "POST", "audit/opened", body, opened_sent_cb);
}

/* Which sync: asks the server who we are when the database does not know
 * yet (a token from the environment, or a database from before sharing). */
static void
start_by_role (GTask *task);

static void
me_received_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  BwSyncEngine *self = BW_SYNC_ENGINE (source);
  g_autoptr(GTask) task = user_data;
  g_autoptr(JsonObject) answer = sync_answer (task, result);

  if (answer == NULL)
    return;
  if (!store_user (self, member_object (answer, "user", NULL)))
    {
      sync_fail_protocol (task, _("The server’s answer is not valid JSON"));
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
    server_request (task, "GET", "me", NULL, me_received_cb);
  else if (g_str_equal (role, "partner"))
    server_request (task, "GET", "shared", NULL, shared_received_cb);
  else
    pull_next (task);
}

/* Coordinators: a case's access history, in pages from the newest (the
 * server gives at most 1000 rows a page, default 200). */

typedef struct {
  char *case_uuid;
  gint64 limit;
  gboolean all_pages;     /* follow "more" until the oldest row */
  GListStore *entries;    /* what came so far */
  gint64 next_before;     /* 0: no older rows */
} HistoryData;

static void
history_data_free (HistoryData *data)
{
  g_free (data->case_uuid);
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
  g_autoptr(JsonObject) answer = http_json_finish (self, result, &error);
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

  if (data->next_before != 0)
    path = g_strdup_printf ("cases/%s/access-history?limit=%" G_GINT64_FORMAT "&before=%" G_GINT64_FORMAT,
                            data->case_uuid, data->limit, data->next_before);
  else
    path = g_strdup_printf ("cases/%s/access-history?limit=%" G_GINT64_FORMAT,
                            data->case_uuid, data->limit);
  server_request (task, "GET", path, NULL, history_received_cb);
}

static void
history_start (BwSyncEngine        *self,
               const char          *case_uuid,
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
  if (!bw_record_json_is_uuid (case_uuid))
    {
      g_task_return_new_error (task, BW_SYNC_ERROR, BW_SYNC_ERROR_NOT_FOUND,
                               _("The server does not have this, or it is not (any more) yours to see"));
      return;
    }
  data = g_new0 (HistoryData, 1);
  data->case_uuid = g_strdup (case_uuid);
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
  history_start (self, case_uuid, 0, 1000, TRUE, cancellable, callback, user_data,
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
  history_start (self, case_uuid, before, limit, FALSE, cancellable, callback, user_data,
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
    SyncRun *run = g_new0 (SyncRun, 1);
    run->push_limit = PUSH_LIMIT;
    g_task_set_task_data (task, run, g_free);
  }
  set_state (self, BW_SYNC_STATE_SYNCING, 0.02);
  start_by_role (g_steal_pointer (&task));
}

gboolean
bw_sync_engine_sync_finish (BwSyncEngine  *self,
                            GAsyncResult  *result,
                            GError       **error)
{
  return g_task_propagate_boolean (G_TASK (result), error);
}

/* Conflicts and problems */

/* The rows of @sql (id, type, uuid, case_uuid, field, server_value,
 * local_value, message) as BwSyncConflicts. */
static GListModel *
list_rows (BwSyncEngine *self,
           const char   *sql)
{
  GListStore *list = g_list_store_new (BW_TYPE_SYNC_CONFLICT);

  g_mutex_lock (&self->lock);
  {
    g_autoptr(BwDbStatement) stmt = bw_db_prepare (self->db, sql, NULL);

    while (stmt && sqlite3_step (stmt) == SQLITE_ROW)
      {
        g_autoptr(BwSyncConflict) c =
          bw_sync_conflict_new (sqlite3_column_int64 (stmt, 0), bw_sqlite_column_text (stmt, 1),
                                bw_sqlite_column_text (stmt, 2), bw_sqlite_column_text (stmt, 3),
                                bw_sqlite_column_text (stmt, 4), bw_sqlite_column_text (stmt, 5),
                                bw_sqlite_column_text (stmt, 6), bw_sqlite_column_text (stmt, 7));
        g_list_store_append (list, c);
      }
  }
  g_mutex_unlock (&self->lock);
  return G_LIST_MODEL (list);
}

GListModel *
bw_sync_engine_list_conflicts (BwSyncEngine *self)
{
  return list_rows (self, "SELECT id, type, uuid, case_uuid, field, server_value, local_value, NULL"
                          " FROM sync_conflicts ORDER BY id");
}

GListModel *
bw_sync_engine_list_problems (BwSyncEngine *self)
{
  return list_rows (self, "SELECT id, type, uuid, case_uuid, NULL, NULL, NULL, message"
                          " FROM sync_problems ORDER BY id");
}

GListModel *
bw_sync_engine_list_set_aside (BwSyncEngine *self)
{
  g_return_val_if_fail (BW_IS_SYNC_ENGINE (self), NULL);

  return list_rows (self, "SELECT id, type, uuid, case_uuid, NULL, NULL, NULL, reason"
                          " FROM sync_set_aside ORDER BY id");
}

static gboolean
resolve_locked (BwSyncEngine      *self,
                gint64             conflict_id,
                BwConflictChoice   choice,
                const char        *json_value,
                char             **case_uuid_out,
                GError           **error)
{
  g_autoptr(BwDbStatement) stmt = NULL;
  g_autofree char *type_key = NULL;
  g_autofree char *uuid = NULL;
  g_autofree char *field = NULL;
  g_autofree char *server_value = NULL;
  g_autofree char *local_deleted = NULL;
  g_autoptr(JsonNode) chosen = NULL;
  g_autoptr(BwDbStatement) drop = NULL;
  BwRecordType type;
  Snapshot local = { 0 };
  gboolean ok = FALSE;

  stmt = bw_db_prepare (self->db, "SELECT type, uuid, field, server_value, local_value FROM sync_conflicts WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, conflict_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      g_set_error_literal (error, BW_SYNC_ERROR, BW_SYNC_ERROR_FAILED,
                           _("This conflict was already resolved"));
      return FALSE;
    }
  type_key = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  uuid = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
  field = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
  server_value = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
  local_deleted = g_strdup ((const char *) sqlite3_column_text (stmt, 4));
  if (!bw_record_type_from_key (type_key, &type) || !read_local (self->db, type, uuid, &local))
    {
      snapshot_clear (&local);
      g_set_error_literal (error, BW_SYNC_ERROR, BW_SYNC_ERROR_FAILED,
                           _("The record of this conflict no longer exists"));
      return FALSE;
    }

  drop = bw_db_prepare (self->db, "DELETE FROM sync_conflicts WHERE id = ?1", error);
  sqlite3_bind_int64 (drop, 1, conflict_id);
  if (!bw_db_step_done (self->db, drop, error))
    goto out;

  if (choice == BW_CONFLICT_KEEP_MINE && g_str_equal (field, "deleted"))
    {
      g_autoptr(JsonNode) mine = json_from_string (local_deleted, NULL);

      /* Written as a local change, so that the next push sends it. */
      ok = write_local (self->db, type, uuid, local.case_uuid, local.fields,
                        mine && JSON_NODE_HOLDS_VALUE (mine) && json_node_get_boolean (mine),
                        NULL, FALSE, error);
      goto out;
    }
  if (choice == BW_CONFLICT_KEEP_MINE)
    {
      /* Pushed at the next sync, based on the server revision we have. */
      ok = mark_dirty (self->db, type, uuid, error);
      goto out;
    }

  chosen = json_from_string (choice == BW_CONFLICT_TAKE_THEIRS ? server_value : json_value, error);
  if (chosen == NULL)
    goto out;

  if (g_str_equal (field, "deleted"))
    ok = write_local (self->db, type, uuid, local.case_uuid, local.fields,
                      JSON_NODE_HOLDS_VALUE (chosen) && json_node_get_boolean (chosen),
                      NULL, choice == BW_CONFLICT_TAKE_THEIRS, error);
  else
    {
      g_autoptr(JsonObject) check = json_object_new ();

      json_object_set_member (check, field, json_node_copy (chosen));
      if (!bw_record_json_check_fields (type, check, FALSE, error))
        goto out;
      json_object_set_member (local.fields, field, g_steal_pointer (&chosen));
      /* Theirs is already the server's value: nothing to send back. */
      ok = write_local (self->db, type, uuid, local.case_uuid, local.fields, local.deleted,
                        NULL, choice == BW_CONFLICT_TAKE_THEIRS, error);
    }

out:
  if (ok)
    *case_uuid_out = g_strdup (local.case_uuid);
  snapshot_clear (&local);
  return ok;
}

gboolean
bw_sync_engine_resolve (BwSyncEngine      *self,
                        gint64             conflict_id,
                        BwConflictChoice   choice,
                        const char        *json_value,
                        GError           **error)
{
  g_autofree char *case_uuid = NULL;
  gboolean ok;

  g_return_val_if_fail (BW_IS_SYNC_ENGINE (self), FALSE);

  g_mutex_lock (&self->lock);
  ok = bw_db_begin (self->db, error);
  if (ok)
    {
      ok = resolve_locked (self, conflict_id, choice, json_value, &case_uuid, error);
      if (ok)
        ok = bw_db_commit (self->db, error);
      if (!ok)
        bw_db_rollback (self->db);
    }
  g_mutex_unlock (&self->lock);

  if (ok)
    {
      g_autoptr(GPtrArray) changed = g_ptr_array_new_with_free_func (g_free);
      g_ptr_array_add (changed, g_steal_pointer (&case_uuid));
      announce_changes (self, changed);
      g_signal_emit (self, signals[CONFLICTS_CHANGED], 0);
    }
  return ok;
}

gboolean
bw_sync_engine_dismiss_problem (BwSyncEngine  *self,
                                gint64         problem_id,
                                GError       **error)
{
  g_autoptr(BwDbStatement) stmt = NULL;
  gboolean ok;

  g_mutex_lock (&self->lock);
  stmt = bw_db_prepare (self->db, "DELETE FROM sync_problems WHERE id = ?1", error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, problem_id);
      ok = bw_db_step_done (self->db, stmt, error);
    }
  g_mutex_unlock (&self->lock);
  if (ok)
    g_signal_emit (self, signals[CONFLICTS_CHANGED], 0);
  return ok;
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
  g_autoptr(BwDbStatement) stmt = NULL;
  guint n = 0;

  g_mutex_lock (&self->lock);
  stmt = bw_db_prepare (self->db,
                     "SELECT count (*) FROM (SELECT uuid FROM outbox UNION SELECT uuid FROM outbox_sending)",
                     NULL);
  if (stmt && sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int (stmt, 0);
  g_mutex_unlock (&self->lock);
  return n;
}

char *
bw_sync_engine_dup_last_sync (BwSyncEngine *self)
{
  char *value;

  g_mutex_lock (&self->lock);
  value = state_get (self->db, "last_sync");
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
