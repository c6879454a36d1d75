/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-sync"
#include "config.h"

/* Sending the outbox: changes frozen with a client change id, sent in
 * batches that halve after a 413, and the server's answers stored. */

#include <glib/gi18n-lib.h>

#include "bw-sync-engine-private.h"

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
      BwSyncSnapshot local = { 0 };
      BwSyncSnapshot base = { 0 };
      gint64 base_revision = 0;
      g_autoptr(GHashTable) excluded = NULL;
      g_autoptr(JsonObject) fields = json_object_new ();
      g_autoptr(JsonObject) change = NULL;
      gboolean has_base;
      gboolean send_deleted = FALSE;
      JsonObjectIter iter;
      const char *name;
      JsonNode *value;

      if (!bw_record_type_from_key (type_key, &type) || !bw_sync_read_local (self->db, type, uuid, &local))
        {
          drop_from_outbox (self->db, uuid, upto, error);
          bw_sync_snapshot_clear (&local);
          continue;
        }
      has_base = bw_sync_read_base (self->db, uuid, &base, &base_revision);
      excluded = bw_sync_conflicted_fields (self->db, uuid);

      json_object_iter_init (&iter, local.fields);
      while (json_object_iter_next (&iter, &name, &value))
        if (!g_hash_table_contains (excluded, name) &&
            (!has_base || !bw_sync_same_value (value, json_object_get_member (base.fields, name))))
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
          payload = bw_sync_object_to_string (change);

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
              bw_sync_snapshot_clear (&local);
              bw_sync_snapshot_clear (&base);
              return FALSE;
            }
        }
      bw_sync_snapshot_clear (&local);
      bw_sync_snapshot_clear (&base);
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
      JsonObject *change = bw_sync_parse_object ((const char *) sqlite3_column_text (sending, 0));
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

/* The server makes the one who creates a case its owner
 * (docs/sync-protocol.md, "Ownership and transfer"); a case made here
 * before anyone signed in was sent without one. Its answer is "applied"
 * at revision 1, which the feed will not send again: take the same rule
 * here, quietly, in the base and the case. */
static gboolean
take_creator_as_owner (BwDb        *db,
                       const char  *uuid,
                       JsonObject  *fields,
                       GError     **error)
{
  g_autofree char *user_id = bw_db_get_meta (db, "user_id");
  g_autoptr(BwDbStatement) stmt = NULL;
  gint64 id;
  gboolean ok;

  if (json_object_get_int_member_with_default (fields, "owner", 0) != 0 || user_id == NULL ||
      !g_ascii_string_to_signed (user_id, 10, 1, G_MAXINT32, &id, NULL))
    return TRUE;
  json_object_set_int_member (fields, "owner", id);
  stmt = bw_db_prepare (db, "UPDATE cases SET owner = ?2 WHERE uuid = ?1 AND owner = 0", error);
  if (stmt == NULL || !bw_sync_state_set (db, "applying", "1", error))
    return FALSE;
  bw_sqlite_bind_text (stmt, 1, uuid);
  sqlite3_bind_int64 (stmt, 2, id);
  ok = bw_db_step_done (db, stmt, error);
  bw_sync_state_set (db, "applying", NULL, NULL);
  return ok;
}

static gboolean
is_stale_base (JsonObject *result)
{
  JsonObject *err = bw_sync_member_object (result, "error", NULL);

  return err != NULL &&
         g_strcmp0 (bw_sync_member_string (err, "code", NULL), "stale_base") == 0;
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
      id = bw_sync_member_string (result, "client_change_id", NULL);
      status = bw_sync_member_string (result, "status", NULL);
      change = id ? g_hash_table_lookup (sent_by_id, id) : NULL;
      if (change == NULL || status == NULL)
        goto protocol;
      bw_record_type_from_key (json_object_get_string_member (change, "type"), &type);

      if (g_str_equal (status, "duplicate"))
        {
          status = bw_sync_member_string (result, "original_status", "applied");
          if (status == NULL)
            goto protocol;
        }

      if (g_str_equal (status, "applied") || g_str_equal (status, "conflict"))
        {
          JsonObject *record = bw_sync_member_object (result, "record", NULL);

          if (record != NULL)
            {
              /* The server's whole record: merge it like a pulled one. */
              BwRecordEnvelope env = { 0 };
              gboolean ok;

              if (!bw_record_envelope_parse (record, &env, NULL))
                goto protocol;
              ok = bw_sync_merge_remote (self->db, &env, changed, error);
              bw_record_envelope_clear (&env);
              if (!ok)
                return FALSE;
            }
          else
            {
              /* Applied: the server now holds the base plus what was sent. */
              BwSyncSnapshot base = { 0 };
              gint64 base_revision = 0;
              g_autoptr(JsonObject) fields = NULL;
              JsonObject *sent_fields = json_object_get_object_member (change, "fields");
              JsonObjectIter iter;
              const char *name;
              JsonNode *value;
              gboolean deleted;

              if (bw_sync_read_base (self->db, json_object_get_string_member (change, "uuid"), &base, &base_revision))
                fields = json_object_ref (base.fields);
              else
                fields = json_object_new ();
              json_object_iter_init (&iter, sent_fields);
              while (json_object_iter_next (&iter, &name, &value))
                json_object_set_member (fields, name, json_node_copy (value));
              gint64 new_revision = json_object_get_int_member_with_default (result, "revision", 0);
              gint64 sent_base = json_object_get_int_member_with_default (change, "base_revision", 0);

              deleted = json_object_get_boolean_member_with_default (change, "deleted", base.deleted);
              bw_sync_snapshot_clear (&base);
              if (type == BW_RECORD_TYPE_CASE && sent_base == 0 &&
                  !take_creator_as_owner (self->db, json_object_get_string_member (change, "uuid"), fields, error))
                return FALSE;
              /* Only when our change was the one step after our base do we
               * know the whole server record. If others changed it in
               * between, keep the old revision so that the feed brings
               * their version to merge; and never go back (a duplicate
               * answer carries the revision of its time). */
              if (new_revision != sent_base + 1)
                new_revision = base_revision;
              new_revision = MAX (new_revision, base_revision);
              if (!bw_sync_write_base (self->db, type, json_object_get_string_member (change, "uuid"),
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
          JsonObject *err = bw_sync_member_object (result, "error", NULL);
          const char *message = err ? bw_sync_member_string (err, "message", NULL) : NULL;
          /* The fine reason where the server gives one, else its class. */
          const char *code = err ? bw_sync_member_string (err, "reason", NULL) : NULL;

          if (code == NULL && err != NULL)
            code = bw_sync_member_string (err, "code", NULL);

          /* Shown to the user; the rest of the batch went through (fault 8). */
          if (!bw_sync_record_problem (self->db, type, json_object_get_string_member (change, "uuid"),
                                       json_object_get_string_member (change, "case_uuid"), code,
                                       err ? bw_sync_member_string (err, "field", NULL) : NULL,
                                       message ? message : _("The server refused this change"), error))
            return FALSE;
        }
      else
        goto protocol;

      if (json_object_has_member (result, "seq") &&
          !bw_sync_note_seq (self->db, json_object_get_int_member (result, "seq"), error))
        return FALSE;
      if (!finish_sent_change (self->db, id, error))
        return FALSE;
    }

  if (self->restart_from_zero && !bw_sync_reset_for_new_epoch (self, NULL, NULL, error))
    return FALSE;
  *out = bw_sync_hash_keys_to_array (changed);
  return TRUE;

protocol:
  g_set_error_literal (error, BW_SYNC_ERROR, BW_SYNC_ERROR_PROTOCOL,
                       _("The server’s answer to the changes sent could not be read"));
  return FALSE;
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
  payload = bw_sync_parse_object ((const char *) sqlite3_column_text (stmt, 2));
  if (!bw_record_type_from_key ((const char *) sqlite3_column_text (stmt, 0), &type) ||
      !bw_sync_record_problem (self->db, type, (const char *) sqlite3_column_text (stmt, 1),
                               payload ? json_object_get_string_member_with_default (payload, "case_uuid", NULL) : NULL,
                               "too_large", NULL, _("This change is too large for the server; it is kept here only. Shorten the text and save again."),
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

  if (bw_sync_run_step_finish (task, result, NULL))
    bw_sync_run_push (g_steal_pointer (&task));
}

static void
push_applied_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  BwSyncEngine *self = BW_SYNC_ENGINE (source);
  g_autoptr(GTask) task = user_data;
  g_autoptr(GPtrArray) changed = NULL;

  if (!bw_sync_run_step_finish (task, result, (gpointer *) &changed))
    return;
  bw_sync_engine_announce_changes (self, changed);
  if (self->restart_from_zero)
    {
      BwSyncRun *run = g_task_get_task_data (task);

      self->restart_from_zero = FALSE;
      if (!run->reset_done)
        {
          g_message ("Sync: the server went back to an earlier state; syncing again from the start");
          run->reset_done = TRUE;
          bw_sync_run_pull (g_steal_pointer (&task));
          return;
        }
    }
  bw_sync_run_push (g_steal_pointer (&task));
}

static void
push_sent_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  BwSyncEngine *self = BW_SYNC_ENGINE (source);
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;
  g_autoptr(JsonObject) answer = bw_sync_engine_http_json_finish (self, result, &error);
  JsonArray *sent = g_object_get_data (G_OBJECT (task), "sent");
  JsonArray *results;
  PushAnswer *in;

  if (answer == NULL)
    {
      BwSyncRun *run = g_task_get_task_data (task);

      /* Too large: send fewer at a time; a single change that is still too
       * large is set aside for the user, so the rest goes through. */
      if (g_error_matches (error, BW_SYNC_ERROR, BW_SYNC_ERROR_TOO_LARGE))
        {
          guint n = json_array_get_length (sent);

          g_clear_error (&error);
          if (n > 1)
            {
              run->push_limit = n / 2;
              bw_sync_run_push (g_steal_pointer (&task));
            }
          else
            {
              JsonObject *change = json_array_get_object_element (sent, 0);

              bw_sync_engine_run_db (self, drop_sending_as_problem,
                                     g_strdup (json_object_get_string_member (change, "client_change_id")), g_free,
                                     dropped_cb, g_steal_pointer (&task));
            }
          return;
        }
      /* The frozen changes stay; the next sync sends them again with the
       * same client change ids. */
      bw_sync_run_fail (task, error);
      return;
    }
  results = bw_sync_member_array (answer, "results", NULL);
  if (results == NULL || json_array_get_length (results) != json_array_get_length (sent))
    {
      bw_sync_run_fail_protocol (task, _("The server’s answer to the changes sent could not be read"));
      return;
    }
  in = g_new0 (PushAnswer, 1);
  in->sent = json_array_ref (sent);
  in->results = json_array_ref (results);
  bw_sync_engine_run_db (self, apply_push_answer, in, (GDestroyNotify) push_answer_free,
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

  if (!bw_sync_run_step_finish (task, result, (gpointer *) &changes))
    return;
  if (json_array_get_length (changes) == 0)
    {
      bw_sync_run_done (g_steal_pointer (&task));
      return;
    }

  g_object_set_data_full (G_OBJECT (task), "sent", json_array_ref (changes),
                          (GDestroyNotify) json_array_unref);
  body = json_object_new ();
  json_object_set_array_member (body, "changes", json_array_ref (changes));
  bw_sync_engine_request (g_steal_pointer (&task), "POST", "push", body, push_sent_cb);
}

void
bw_sync_run_push (GTask *task)
{
  BwSyncEngine *self = g_task_get_source_object (task);

  BwSyncRun *run = g_task_get_task_data (task);

  bw_sync_engine_set_state (self, BW_SYNC_STATE_SYNCING, 0.75);
  bw_sync_engine_run_db (self, prepare_push, GUINT_TO_POINTER (run->push_limit), NULL, push_prepared_cb, task);
}
