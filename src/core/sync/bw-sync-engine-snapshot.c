/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-sync"
#include "config.h"

/* A partner: the snapshot of what is shared with it instead of the feed
 * (docs/sync-protocol.md, "Sharing"), and its "opened" reports. */

#include <glib/gi18n-lib.h>

#include "bw-date.h"
#include "bw-json-wire.h"
#include "bw-retention.h"
#include "bw-share.h"
#include "bw-sync-engine-private.h"

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
             /* A record under the case that a share part covers (journal,
              * track history, assessments, actions, household, debts), or
              * an attachment (the share filter sent only those it covers). */
             : ((!bw_record_type_is_root (env.type) && bw_record_spec (env.type)->part >= 0) ||
                env.type == BW_RECORD_TYPE_ATTACHMENT));
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
  const char *case_uuid = JSON_NODE_HOLDS_OBJECT (node) ? bw_sync_entry_uuid (json_node_get_object (node), "case_uuid")
                                                        : NULL;

  json_object_set_string_member (stub, "type", "case");
  if (case_uuid != NULL)
    {
      json_object_set_string_member (stub, "uuid", case_uuid);
      json_object_set_string_member (stub, "case_uuid", case_uuid);
    }
  stub_node = json_node_init_object (json_node_alloc (), stub);
  return bw_sync_set_aside (db, stub_node, reason, error);
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
      !bw_sync_read_envelope (node, &env, &invalid))
    return bw_sync_set_aside (self->db, node, invalid ? invalid->message : NULL, error);
  ok = bw_sync_apply_alone (self->db, &env, node, FALSE, changed, error);
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
                                     ? bw_sync_entry_uuid (json_node_get_object (node), "case_uuid") : NULL;

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
          else if (!bw_sync_set_aside (self->db, record, invalid ? invalid->message : NULL, error))
            {
              json_array_unref (kept_records);
              return FALSE;
            }
        }

      json_object_set_int_member (document, "revision", json_object_get_int_member (entry, "revision"));
      json_object_set_object_member (document, "case",
                                     json_object_ref (json_object_get_object_member (entry, "case")));
      json_object_set_array_member (document, "records", kept_records);
      document_text = bw_sync_object_to_string (document);
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

static void send_opened (GTask *task);

void
bw_sync_engine_checkpoint_after_purge (BwSyncEngine *self)
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

  if (!bw_sync_run_step_finish (task, result, (gpointer *) &purged))
    return;
  bw_sync_engine_checkpoint_after_purge (self);
  bw_case_store_emit_changed (self->store, 0);
  if (purged != NULL && purged[0] != NULL)
    {
      g_message ("Sync: %u case(s) no longer shared with this organisation were removed",
                 g_strv_length (purged));
      bw_sync_engine_emit_shared_cases_removed (self, purged);
    }
  send_opened (g_steal_pointer (&task));
}

static void
shared_received_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  BwSyncEngine *self = BW_SYNC_ENGINE (source);
  g_autoptr(GTask) task = user_data;
  g_autoptr(JsonObject) answer = bw_sync_run_answer (task, result);
  JsonArray *cases;

  if (answer == NULL)
    return;
  cases = bw_sync_member_array (answer, "cases", NULL);
  if (cases == NULL || bw_sync_member_string (answer, "epoch", NULL) == NULL)
    {
      bw_sync_run_fail_protocol (task, _("The server’s list of shared cases could not be read"));
      return;
    }
  bw_sync_engine_set_state (self, BW_SYNC_STATE_SYNCING, 0.5);
  bw_sync_engine_run_db (self, apply_snapshot, json_array_ref (cases), (GDestroyNotify) json_array_unref,
                         snapshot_applied_cb, g_steal_pointer (&task));
}

/* The partner's "opened" reports, oldest first, one request each; one the
 * server refuses (the case is no longer shared) is dropped. Then the
 * push. */
static void
send_opened (GTask *task)
{
  static const char * const members[] = { "case_uuid", "opened_at", NULL };
  static const BwSyncQueue opened = {
    "SELECT id, case_uuid, opened_at FROM audit_outbox ORDER BY id LIMIT 1",
    members,
    "DELETE FROM audit_outbox WHERE id = ?1",
    "audit/opened",
    bw_sync_run_push,
  };

  bw_sync_run_send_queue (task, &opened);
}

void
bw_sync_run_partner (GTask *task)
{
  bw_sync_engine_request (task, "GET", "shared", NULL, shared_received_cb);
}
