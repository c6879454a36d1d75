/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-sync"
#include "config.h"

/* Writing the server's records into the local tables: the sync_state
 * bookkeeping, the record as it is here and as the server last had it,
 * the three-way merge, records waiting for their case, and one record in
 * a savepoint of its own. */

#include <glib/gi18n-lib.h>

#include "bw-record-sql.h"
#include "bw-json-wire.h"
#include "bw-date.h"
#include "bw-planning-private.h"
#include "bw-sync-engine-private.h"

char *
bw_sync_state_get (BwDb       *db,
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

gboolean
bw_sync_state_set (BwDb        *db,
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
gboolean
bw_sync_note_seq (BwDb        *db,
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

JsonObject *
bw_sync_parse_object (const char *text)
{
  g_autoptr(JsonNode) node = text ? json_from_string (text, NULL) : NULL;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return NULL;
  return json_object_ref (json_node_get_object (node));
}

char *
bw_sync_object_to_string (JsonObject *object)
{
  g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), object);

  return json_to_string (node, FALSE);
}

void
bw_sync_snapshot_clear (BwSyncSnapshot *s)
{
  g_clear_pointer (&s->fields, json_object_unref);
  g_clear_pointer (&s->case_uuid, g_free);
}

/* Reads deleted, fields and case_uuid, the first columns of @sql (a
 * record table's select or sync_base's), for @uuid. Answers the statement
 * on its row, for the columns after them, or NULL when there is none. */
static BwDbStatement *
snapshot_read (BwDb           *db,
               const char     *sql,
               const char     *uuid,
               BwSyncSnapshot *out)
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
  out->fields = bw_sync_parse_object ((const char *) sqlite3_column_text (stmt, 1));
  out->case_uuid = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
  return stmt;
}

/* The record as it is here now. */
gboolean
bw_sync_read_local (BwDb           *db,
                    BwRecordType    type,
                    const char     *uuid,
                    BwSyncSnapshot *out)
{
  g_autoptr(BwDbStatement) stmt = snapshot_read (db, bw_record_sql_select (type), uuid, out);

  return stmt != NULL && out->fields != NULL;
}

/* The record as the server had it at the last sync. */
gboolean
bw_sync_read_base (BwDb           *db,
                   const char     *uuid,
                   BwSyncSnapshot *out,
                   gint64         *server_revision)
{
  g_autoptr(BwDbStatement) stmt =
    snapshot_read (db, "SELECT deleted, fields, case_uuid, server_revision FROM sync_base WHERE uuid = ?1",
                   uuid, out);

  if (stmt == NULL)
    return FALSE;
  *server_revision = sqlite3_column_int64 (stmt, 3);
  return out->fields != NULL;
}

gboolean
bw_sync_write_base (BwDb          *db,
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
  g_autofree char *text = bw_sync_object_to_string (fields);

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
gboolean
bw_sync_write_local (BwDb          *db,
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
  g_autofree char *text = bw_sync_object_to_string (fields);
  gboolean ok;

  if (stmt == NULL)
    return FALSE;
  if (quiet && !bw_sync_state_set (db, "applying", "1", error))
    return FALSE;
  bw_sqlite_bind_text (stmt, 1, uuid);
  bw_sqlite_bind_text (stmt, 2, case_uuid);
  bw_sqlite_bind_text (stmt, 3, text);
  sqlite3_bind_int (stmt, 4, deleted);
  bw_sqlite_bind_text (stmt, 5, now_text);
  bw_sqlite_bind_text (stmt, 6, author);
  ok = bw_db_step_done (db, stmt, error);
  if (quiet)
    bw_sync_state_set (db, "applying", NULL, NULL);
  return ok;
}

gboolean
bw_sync_mark_dirty (BwDb          *db,
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

  return bw_sync_record_conflict (db, remote->type, remote->uuid, remote->case_uuid, "deleted",
                                  server, local, error);
}

static gboolean
json_node_equal_objects (JsonObject *a,
                         JsonObject *b)
{
  g_autoptr(JsonNode) na = json_node_init_object (json_node_alloc (), a);
  g_autoptr(JsonNode) nb = json_node_init_object (json_node_alloc (), b);

  return json_node_equal (na, nb);
}

gboolean
bw_sync_same_value (JsonNode *a,
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
gboolean
bw_sync_merge_remote (BwDb               *db,
                      BwRecordEnvelope   *remote,
                      GHashTable         *changed_cases,
                      GError            **error)
{
  BwSyncSnapshot local = { 0 };
  BwSyncSnapshot base = { 0 };
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
  has_base = bw_sync_read_base (db, remote->uuid, &base, &base_revision);
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
          g_autoptr(JsonObject) change = bw_sync_parse_object ((const char *) sqlite3_column_text (sent, 0));

          if (change && json_object_get_int_member_with_default (change, "base_revision", -1) == 0 &&
              bw_sync_member_object (change, "fields", NULL) != NULL)
            {
              base.fields = json_object_ref (bw_sync_member_object (change, "fields", NULL));
              base.case_uuid = g_strdup (remote->case_uuid);
              has_base = TRUE;
            }
        }
    }
  has_local = bw_sync_read_local (db, remote->type, remote->uuid, &local);

  if (!has_local)
    {
      if (!remote->deleted &&
          !bw_sync_write_local (db, remote->type, remote->uuid, remote->case_uuid, remote->fields, FALSE,
                                remote->updated_by, TRUE, error))
        goto out;
      if (!remote->deleted)
        g_hash_table_add (changed_cases, g_strdup (remote->case_uuid));
      ok = bw_sync_write_base (db, remote->type, remote->uuid, remote->case_uuid, remote->revision,
                               remote->deleted, remote->fields, error);
      goto out;
    }

  json_object_iter_init (&iter, remote->fields);
  while (json_object_iter_next (&iter, &name, &remote_value))
    {
      JsonNode *mine = json_object_get_member (local.fields, name);
      JsonNode *was = has_base ? json_object_get_member (base.fields, name) : NULL;

      if (mine == NULL || bw_sync_same_value (mine, remote_value) ||
          (has_base && bw_sync_same_value (mine, was)))
        json_object_set_member (merged, name, json_node_copy (remote_value));
      else if (has_base && bw_sync_same_value (remote_value, was))
        {
          json_object_set_member (merged, name, json_node_copy (mine));
          local_differs = TRUE;
        }
      else
        {
          json_object_set_member (merged, name, json_node_copy (mine));
          local_differs = TRUE;
          if (!bw_sync_record_conflict (db, remote->type, remote->uuid, remote->case_uuid, name,
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
    g_autoptr(GHashTable) pending = bw_sync_conflicted_fields (db, remote->uuid);

    if (g_hash_table_contains (pending, "deleted") && deleted != local.deleted)
      {
        deleted = local.deleted;
        local_differs = TRUE;
      }
  }

  if (!bw_sync_write_local (db, remote->type, remote->uuid, remote->case_uuid, merged, deleted,
                            remote->updated_by, TRUE, error) ||
      !bw_sync_write_base (db, remote->type, remote->uuid, remote->case_uuid, remote->revision,
                           remote->deleted, remote->fields, error))
    goto out;
  if (local_differs && !bw_sync_mark_dirty (db, remote->type, remote->uuid, error))
    goto out;
  g_hash_table_add (changed_cases, g_strdup (remote->case_uuid));
  ok = TRUE;

out:
  bw_sync_snapshot_clear (&local);
  bw_sync_snapshot_clear (&base);
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
 * twice on one desktop).
 *
 * Such a note is this desktop's own reading of a change made elsewhere,
 * and is never sent: every desktop that holds the case writes one (a
 * coordinator, who only reads, too), and their author and language
 * differ, so sent copies would be refused or meet as false conflicts.
 * Its base is the note itself, so when the desktop where the change was
 * made sends its note (the member who referred notes the referral), that
 * copy takes its place through the feed without a conflict. */
static gboolean
keep_note_provisional (BwDb        *db,
                       const char  *enrolment_uuid,
                       GError     **error)
{
  g_autoptr(BwDbStatement) stmt = bw_db_prepare (db, "SELECT status, case_uuid FROM enrolments WHERE uuid = ?1", error);
  g_autofree char *note_uuid = NULL;
  g_autofree char *case_uuid = NULL;
  BwSyncSnapshot note = { 0 };
  gboolean ok;

  if (stmt == NULL)
    return FALSE;
  bw_sqlite_bind_text (stmt, 1, enrolment_uuid);
  if (sqlite3_step (stmt) != SQLITE_ROW || sqlite3_column_text (stmt, 0) == NULL)
    return TRUE;
  note_uuid = bw_planning_journal_uuid (enrolment_uuid, (const char *) sqlite3_column_text (stmt, 0));
  case_uuid = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
  if (!bw_sync_read_local (db, BW_RECORD_TYPE_JOURNAL, note_uuid, &note))
    return TRUE;
  /* The outbox trigger marked it as written here: it is never sent. */
  g_clear_pointer (&stmt, bw_db_statement_release);
  stmt = bw_db_prepare (db, "DELETE FROM outbox WHERE uuid = ?1", error);
  if (stmt == NULL)
    {
      bw_sync_snapshot_clear (&note);
      return FALSE;
    }
  bw_sqlite_bind_text (stmt, 1, note_uuid);
  ok = bw_db_step_done (db, stmt, error) &&
       bw_sync_write_base (db, BW_RECORD_TYPE_JOURNAL, note_uuid, case_uuid, 0, FALSE, note.fields, error);
  bw_sync_snapshot_clear (&note);
  return ok;
}

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
  if (!bw_sync_merge_remote (db, env, changed_cases, error))
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
      if (!keep_note_provisional (db, env->uuid, error))
        return FALSE;
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
      g_autofree char *text = bw_sync_object_to_string (raw);

      if (stmt == NULL)
        return FALSE;
      bw_sqlite_bind_text (stmt, 1, env->uuid);
      bw_sqlite_bind_text (stmt, 2, env->case_uuid);
      bw_sqlite_bind_text (stmt, 3, text);
      return bw_db_step_done (db, stmt, error);
    }
  return merge_and_note (db, env, changed_cases, error);
}

gboolean
bw_sync_apply_parked (BwDb        *db,
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
      g_autoptr(JsonObject) raw = bw_sync_parse_object (g_ptr_array_index (ready, i));
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
 * the tables refuse), not the database's. From the error alone: the
 * connection's last error code may belong to a later statement. */
gboolean
bw_sync_is_record_fault (const GError *error)
{
  return error != NULL &&
         (error->domain == BW_RECORD_JSON_ERROR ||
          g_error_matches (error, BW_DB_ERROR, BW_DB_ERROR_CONSTRAINT) ||
          g_error_matches (error, BW_DB_ERROR, BW_DB_ERROR_VALUE));
}

/* The envelope of a record from the server, with its own texts checked;
 * cleared again when it cannot be read. */
gboolean
bw_sync_read_envelope (JsonNode          *node,
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

/* Applies one readable record of the server. A record of the feed may
 * wait for its case, and takes the place of one set aside before. On
 * failure the caller undoes what it left (a savepoint). */
gboolean
bw_sync_apply_record (BwDb              *db,
                      BwRecordEnvelope  *env,
                      JsonNode          *node,
                      gboolean           from_feed,
                      GHashTable        *changed,
                      GError           **error)
{
  if (from_feed)
    return apply_or_park (db, env, json_node_get_object (node), changed, error) &&
           bw_sync_clear_set_aside (db, env->uuid, error);
  return bw_sync_merge_remote (db, env, changed, error);
}

/* Applies one readable record of the server in a savepoint of its own: one
 * the tables refuse is undone alone and set aside. */
gboolean
bw_sync_apply_alone (BwDb              *db,
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
  ok = bw_sync_apply_record (db, env, node, from_feed, changed, &apply_error);
  if (!ok && bw_sync_is_record_fault (apply_error))
    ok = bw_db_exec (db, "ROLLBACK TO record", error) &&
         bw_sync_set_aside (db, node, apply_error->message, error);
  else if (!ok)
    g_propagate_error (error, g_steal_pointer (&apply_error));
  return ok && bw_db_release (db, "record", error);
}
