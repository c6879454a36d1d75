/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-sync"
#include "config.h"

/* What is kept for a person: conflicts, changes the server refused, and
 * records set aside because this desktop cannot read them; their lists and
 * the decisions about them. */

#include <string.h>

#include <glib/gi18n-lib.h>

#include "bw-field.h"
#include "bw-json-wire.h"
#include "bw-sync-engine-private.h"

static char *
node_to_string (JsonNode *node)
{
  return node ? json_to_string (node, FALSE) : g_strdup ("null");
}

gboolean
bw_sync_record_conflict (BwDb          *db,
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

/* A reason key as the protocol makes them: a few lower-case letters and
 * underscores. Anything else from a server is not kept. */
static gboolean
is_code (const char *code)
{
  gsize length = code ? strlen (code) : 0;

  if (length == 0 || length > 40)
    return FALSE;
  for (gsize i = 0; i < length; i++)
    if (!g_ascii_islower (code[i]) && code[i] != '_')
      return FALSE;
  return TRUE;
}

gboolean
bw_sync_record_problem (BwDb          *db,
                        BwRecordType   type,
                        const char    *uuid,
                        const char    *case_uuid,
                        const char    *code,
                        const char    *field,
                        const char    *message,
                        GError       **error)
{
  g_autoptr(BwDbStatement) stmt =
    bw_db_prepare (db, "INSERT INTO sync_problems (type, uuid, case_uuid, code, field, message)"
                   " VALUES (?1, ?2, ?3, ?4, ?5, ?6)", error);
  const BwField *known = field ? bw_record_spec_field (type, field) : NULL;

  if (stmt == NULL)
    return FALSE;
  bw_sqlite_bind_text (stmt, 1, bw_record_type_to_key (type));
  bw_sqlite_bind_text (stmt, 2, uuid);
  bw_sqlite_bind_text (stmt, 3, case_uuid);
  bw_sqlite_bind_text (stmt, 4, is_code (code) ? code : NULL);
  bw_sqlite_bind_text (stmt, 5, known ? known->key : NULL);
  bw_sqlite_bind_text (stmt, 6, message);
  return bw_db_step_done (db, stmt, error);
}

GHashTable *
bw_sync_conflicted_fields (BwDb       *db,
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

/* Set-aside records (issue 12): a record of the feed this desktop cannot
 * read is kept apart, with what little of it can be told safely (type,
 * uuid, case, seq) and why, and shown to the user; the feed goes on past
 * it. A later version of the same record that reads well replaces it.
 * Nothing of its fields is kept or logged: they may be personal data. */
const char *
bw_sync_entry_uuid (JsonObject *entry,
                    const char *member)
{
  const char *text = bw_sync_member_string (entry, member, NULL);

  return text != NULL && bw_record_json_is_uuid (text) ? text : NULL;
}

gboolean
bw_sync_set_aside (BwDb        *db,
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
  const char *type_key = entry ? bw_sync_member_string (entry, "type", NULL) : NULL;
  JsonNode *seq = entry ? json_object_get_member (entry, "seq") : NULL;
  BwRecordType type;

  if (stmt == NULL)
    return FALSE;
  if (type_key != NULL && !g_str_equal (type_key, "purge") && !bw_record_type_from_key (type_key, &type))
    type_key = NULL;
  bw_sqlite_bind_text (stmt, 1, type_key);
  bw_sqlite_bind_text (stmt, 2, entry ? bw_sync_entry_uuid (entry, "uuid") : NULL);
  bw_sqlite_bind_text (stmt, 3, entry ? bw_sync_entry_uuid (entry, "case_uuid") : NULL);
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

gboolean
bw_sync_clear_set_aside (BwDb        *db,
                         const char  *uuid,
                         GError     **error)
{
  g_autoptr(BwDbStatement) stmt = bw_db_prepare (db, "DELETE FROM sync_set_aside WHERE uuid = ?1", error);

  if (stmt == NULL)
    return FALSE;
  bw_sqlite_bind_text (stmt, 1, uuid);
  return bw_db_step_done (db, stmt, error);
}

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

/* Each refused change with what names its record here (it was made here,
 * so it is still here unless it was removed since). */
#define PROBLEM_SQL                                                                        \
  "SELECT p.id, p.type, p.uuid, p.case_uuid, p.code, p.message, p.field,"                  \
  " CASE p.type"                                                                          \
  "  WHEN 'offer' THEN (SELECT title FROM offers WHERE uuid = p.uuid)"                    \
  "  WHEN 'session' THEN (SELECT title FROM offers WHERE uuid = p.case_uuid)"             \
  "  WHEN 'enrolment' THEN (SELECT name FROM enrolments WHERE uuid = p.uuid)"             \
  "  WHEN 'attendance' THEN (SELECT e.name FROM attendance a"                             \
  "    JOIN enrolments e ON e.uuid = a.enrolment_uuid WHERE a.uuid = p.uuid)"              \
  "  ELSE coalesce ((SELECT name FROM cases WHERE uuid = p.case_uuid),"                   \
  "    (SELECT json_extract (document, '$.case.name') FROM shared_cases"                 \
  "     WHERE case_uuid = p.case_uuid)) END,"                                             \
  " CASE p.type"                                                                          \
  "  WHEN 'enrolment' THEN (SELECT title FROM offers WHERE uuid = p.case_uuid)"           \
  "  WHEN 'attendance' THEN (SELECT title FROM offers WHERE uuid = p.case_uuid)"          \
  "  WHEN 'action' THEN (SELECT what FROM actions WHERE uuid = p.uuid)"                   \
  "  WHEN 'involvement' THEN (SELECT organisation FROM involvements WHERE uuid = p.uuid)" \
  "  WHEN 'household_member' THEN (SELECT name FROM household_members WHERE uuid = p.uuid)" \
  "  END,"                                                                                \
  " CASE p.type"                                                                          \
  "  WHEN 'session' THEN (SELECT date FROM sessions WHERE uuid = p.uuid)"                 \
  "  WHEN 'attendance' THEN (SELECT s.date FROM attendance a"                             \
  "    JOIN sessions s ON s.uuid = a.session_uuid WHERE a.uuid = p.uuid)"                  \
  "  WHEN 'journal' THEN (SELECT date FROM journal WHERE uuid = p.uuid)"                  \
  "  WHEN 'assessment' THEN (SELECT date FROM assessments WHERE uuid = p.uuid)"           \
  "  WHEN 'track_change' THEN (SELECT date FROM track_history WHERE uuid = p.uuid)"       \
  "  END"                                                                                 \
  " FROM sync_problems p ORDER BY p.id"

GListModel *
bw_sync_engine_list_problems (BwSyncEngine *self)
{
  GListStore *list = g_list_store_new (BW_TYPE_SYNC_CONFLICT);

  g_return_val_if_fail (BW_IS_SYNC_ENGINE (self), NULL);

  g_mutex_lock (&self->lock);
  {
    g_autoptr(BwDbStatement) stmt = bw_db_prepare (self->db, PROBLEM_SQL, NULL);

    while (stmt && sqlite3_step (stmt) == SQLITE_ROW)
      {
        g_autoptr(BwSyncConflict) p =
          bw_sync_conflict_new (sqlite3_column_int64 (stmt, 0), bw_sqlite_column_text (stmt, 1),
                                bw_sqlite_column_text (stmt, 2), bw_sqlite_column_text (stmt, 3),
                                bw_sqlite_column_text (stmt, 6), NULL, NULL, bw_sqlite_column_text (stmt, 5));

        bw_sync_conflict_set_refusal (p, bw_sqlite_column_text (stmt, 4), bw_sqlite_column_text (stmt, 7),
                                      bw_sqlite_column_text (stmt, 8), bw_sqlite_column_text (stmt, 9));
        g_list_store_append (list, p);
      }
  }
  g_mutex_unlock (&self->lock);
  return G_LIST_MODEL (list);
}

GListModel *
bw_sync_engine_list_set_aside (BwSyncEngine *self)
{
  g_return_val_if_fail (BW_IS_SYNC_ENGINE (self), NULL);

  return list_rows (self, "SELECT id, type, uuid, case_uuid, NULL, NULL, NULL, reason"
                          " FROM sync_set_aside ORDER BY id");
}

typedef struct {
  gint64 conflict_id;
  BwConflictChoice choice;
  const char *json_value;
} Resolution;

/* Answers the uuid of the case the conflict's record belongs to. */
static gboolean
resolve_locked (BwSyncEngine  *self,
                gpointer       in,
                gpointer      *out,
                GError       **error)
{
  const Resolution *resolution = in;
  gint64 conflict_id = resolution->conflict_id;
  BwConflictChoice choice = resolution->choice;
  const char *json_value = resolution->json_value;
  g_autoptr(BwDbStatement) stmt = NULL;
  g_autofree char *type_key = NULL;
  g_autofree char *uuid = NULL;
  g_autofree char *field = NULL;
  g_autofree char *server_value = NULL;
  g_autofree char *local_deleted = NULL;
  g_autoptr(JsonNode) chosen = NULL;
  g_autoptr(BwDbStatement) drop = NULL;
  BwRecordType type;
  BwSyncSnapshot local = { 0 };
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
  if (!bw_record_type_from_key (type_key, &type) || !bw_sync_read_local (self->db, type, uuid, &local))
    {
      bw_sync_snapshot_clear (&local);
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
      ok = bw_sync_write_local (self->db, type, uuid, local.case_uuid, local.fields,
                                mine && JSON_NODE_HOLDS_VALUE (mine) && json_node_get_boolean (mine),
                                NULL, FALSE, error);
      goto out;
    }
  if (choice == BW_CONFLICT_KEEP_MINE)
    {
      /* Pushed at the next sync, based on the server revision we have. */
      ok = bw_sync_mark_dirty (self->db, type, uuid, error);
      goto out;
    }

  chosen = json_from_string (choice == BW_CONFLICT_TAKE_THEIRS ? server_value : json_value, error);
  if (chosen == NULL)
    goto out;

  if (g_str_equal (field, "deleted"))
    ok = bw_sync_write_local (self->db, type, uuid, local.case_uuid, local.fields,
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
      ok = bw_sync_write_local (self->db, type, uuid, local.case_uuid, local.fields, local.deleted,
                                NULL, choice == BW_CONFLICT_TAKE_THEIRS, error);
    }

out:
  if (ok)
    *out = g_strdup (local.case_uuid);
  bw_sync_snapshot_clear (&local);
  return ok;
}

gboolean
bw_sync_engine_resolve (BwSyncEngine      *self,
                        gint64             conflict_id,
                        BwConflictChoice   choice,
                        const char        *json_value,
                        GError           **error)
{
  Resolution resolution = { conflict_id, choice, json_value };
  g_autofree char *case_uuid = NULL;
  gboolean ok;

  g_return_val_if_fail (BW_IS_SYNC_ENGINE (self), FALSE);

  ok = bw_sync_engine_run_in_transaction (self, resolve_locked, &resolution, (gpointer *) &case_uuid, error);
  if (ok)
    {
      g_autoptr(GPtrArray) changed = g_ptr_array_new_with_free_func (g_free);
      g_ptr_array_add (changed, g_steal_pointer (&case_uuid));
      bw_sync_engine_announce_changes (self, changed);
      bw_sync_engine_emit_conflicts_changed (self);
    }
  return ok;
}

gboolean
bw_sync_engine_dismiss_all_problems (BwSyncEngine  *self,
                                     GError       **error)
{
  gboolean ok;

  g_return_val_if_fail (BW_IS_SYNC_ENGINE (self), FALSE);

  g_mutex_lock (&self->lock);
  ok = bw_db_exec (self->db, "DELETE FROM sync_problems", error);
  g_mutex_unlock (&self->lock);
  if (ok)
    bw_sync_engine_emit_conflicts_changed (self);
  return ok;
}

gboolean
bw_sync_engine_dismiss_problem (BwSyncEngine  *self,
                                gint64         problem_id,
                                GError       **error)
{
  gboolean ok;

  g_mutex_lock (&self->lock);
  /* Scoped, so that the statement is reset inside the lock. */
  {
    g_autoptr(BwDbStatement) stmt = bw_db_prepare (self->db, "DELETE FROM sync_problems WHERE id = ?1", error);

    ok = stmt != NULL;
    if (ok)
      {
        sqlite3_bind_int64 (stmt, 1, problem_id);
        ok = bw_db_step_done (self->db, stmt, error);
      }
  }
  g_mutex_unlock (&self->lock);
  if (ok)
    bw_sync_engine_emit_conflicts_changed (self);
  return ok;
}
