/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-server"
/* Reading records: a stored row, one record and the feed. */
#include "config.h"

#include <string.h>

#include "bw-record-json.h"
#include "bw-server-store-private.h"

void
bw_server_row_clear (BwServerRow *row)
{
  g_clear_pointer (&row->uuid, g_free);
  g_clear_pointer (&row->case_uuid, g_free);
  g_clear_pointer (&row->fields, json_object_unref);
  g_clear_pointer (&row->field_revs, json_object_unref);
  g_clear_pointer (&row->created_at, g_free);
  g_clear_pointer (&row->created_by, g_free);
  g_clear_pointer (&row->updated_at, g_free);
  g_clear_pointer (&row->updated_by, g_free);
}

void
bw_server_row_read (BwStorageStmt *stmt,
                    BwServerRow  *row)
{
  if (!bw_record_type_from_key (bw_storage_column_text (stmt, 0), &row->type))
    row->type = BW_RECORD_TYPE_CASE;
  row->uuid = g_strdup (bw_storage_column_text (stmt, 1));
  row->case_uuid = g_strdup (bw_storage_column_text (stmt, 2));
  row->team_id = bw_storage_column_int64 (stmt, 3);
  row->fields = bw_server_json_object_from_text (bw_storage_column_text (stmt, 4));
  row->field_revs = bw_server_json_object_from_text (bw_storage_column_text (stmt, 5));
  row->revision = bw_storage_column_int64 (stmt, 6);
  row->deleted = bw_storage_column_int (stmt, 7) != 0;
  row->seq = bw_storage_column_int64 (stmt, 8);
  row->created_at = g_strdup (bw_storage_column_text (stmt, 9));
  row->created_by = g_strdup (bw_storage_column_text (stmt, 10));
  row->updated_at = g_strdup (bw_storage_column_text (stmt, 11));
  row->updated_by = g_strdup (bw_storage_column_text (stmt, 12));
}

/* TRUE and @row filled when the record exists. */
gboolean
bw_server_store_load_row (BwServerStore  *self,
                          const char     *uuid,
                          BwServerRow    *row,
                          GError        **error)
{
  BwStorageStmt *stmt = bw_storage_prepare (self->conn, "SELECT " BW_SERVER_ROW_COLUMNS " FROM records WHERE uuid = ?1",
                                      error);
  gboolean found = FALSE;

  if (stmt == NULL)
    return FALSE;
  bw_storage_bind_text (stmt, 1, uuid);
  if (bw_storage_step (stmt) == BW_STORAGE_ROW)
    {
      bw_server_row_read (stmt, row);
      found = TRUE;
    }
  bw_storage_reset (stmt);
  return found;
}

JsonObject *
bw_server_row_to_json (const BwServerRow *row)
{
  BwRecordEnvelope envelope = {
    .type = row->type,
    .uuid = row->uuid,
    .case_uuid = row->case_uuid,
    .revision = row->revision,
    .deleted = row->deleted,
    .seq = row->seq,
    .created_at = row->created_at,
    .created_by = row->created_by,
    .updated_at = row->updated_at,
    .updated_by = row->updated_by,
    .fields = row->fields,
  };

  return bw_record_envelope_to_json (&envelope);
}

JsonObject *
bw_server_store_get_record (BwServerStore       *self,
                            const BwServerUser  *user,
                            const char          *uuid,
                            GError             **error)
{
  g_auto(BwServerRow) row = { 0 };
  g_autoptr(GError) local_error = NULL;
  JsonObject *answer;

  if (!bw_record_json_is_uuid (uuid) || !bw_server_store_load_row (self, uuid, &row, &local_error) ||
      !bw_server_user_sees (user, &row))
    {
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        {
          /* Unknown, guessed or not the user's: the same answer, and the
           * attempt is in the audit log. */
          bw_server_store_audit_denied_now (self, user, uuid, row.case_uuid, "get_record");
          g_set_error_literal (error, BW_SERVER_ERROR, BW_SERVER_ERROR_NOT_FOUND, "No such record");
        }
      return NULL;
    }
  answer = json_object_new ();
  json_object_set_string_member (answer, "epoch", self->epoch);
  json_object_set_object_member (answer, "record", bw_server_row_to_json (&row));
  return answer;
}

/* A feed entry: the envelope written by json-glib, then the stored fields
 * text, which the server itself wrote as JSON, spliced in unparsed. */
static void
append_feed_entry (GString      *out,
                   BwStorageStmt *stmt)
{
  g_autoptr(JsonObject) envelope = json_object_new ();
  g_autoptr(JsonNode) node = NULL;
  g_autofree char *text = NULL;
  gsize length;

  json_object_set_int_member (envelope, "seq", bw_storage_column_int64 (stmt, 8));
  json_object_set_string_member (envelope, "type", bw_storage_column_text (stmt, 0));
  if (g_str_equal (bw_storage_column_text (stmt, 0), "transfer_offer"))
    {
      /* An offer to the team: the case's uuid and the offer's few
       * fields, which the server wrote as JSON. */
      json_object_set_string_member (envelope, "case_uuid", bw_storage_column_text (stmt, 2));
      node = json_node_init_object (json_node_alloc (), envelope);
      text = json_to_string (node, FALSE);
      length = strlen (text);
      g_string_append_len (out, text, length - 1);
      g_string_append (out, ",\"fields\":");
      g_string_append (out, bw_storage_column_text (stmt, 4));
      g_string_append_c (out, '}');
      return;
    }
  if (g_str_equal (bw_storage_column_text (stmt, 0), "purge") ||
      g_str_equal (bw_storage_column_text (stmt, 0), "moved"))
    {
      /* A tombstone: the case uuid and nothing else. */
      json_object_set_string_member (envelope, "case_uuid", bw_storage_column_text (stmt, 2));
      node = json_node_init_object (json_node_alloc (), envelope);
      text = json_to_string (node, FALSE);
      g_string_append (out, text);
      return;
    }
  json_object_set_string_member (envelope, "uuid", bw_storage_column_text (stmt, 1));
  json_object_set_string_member (envelope, "case_uuid", bw_storage_column_text (stmt, 2));
  json_object_set_int_member (envelope, "revision", bw_storage_column_int64 (stmt, 6));
  json_object_set_boolean_member (envelope, "deleted", bw_storage_column_int (stmt, 7) != 0);
  json_object_set_string_member (envelope, "created_at", bw_storage_column_text (stmt, 9));
  json_object_set_string_member (envelope, "created_by", bw_storage_column_text (stmt, 10));
  json_object_set_string_member (envelope, "updated_at", bw_storage_column_text (stmt, 11));
  json_object_set_string_member (envelope, "updated_by", bw_storage_column_text (stmt, 12));
  node = json_node_init_object (json_node_alloc (), envelope);
  text = json_to_string (node, FALSE);
  length = strlen (text);
  g_assert (length > 2 && text[length - 1] == '}');
  g_string_append_len (out, text, length - 1);
  g_string_append (out, ",\"fields\":");
  g_string_append (out, bw_storage_column_text (stmt, 4));
  g_string_append_c (out, '}');
}

static gsize page_bytes_override;

void
bw_server_store_set_page_bytes (gsize bytes)
{
  g_atomic_pointer_set (&page_bytes_override, bytes);
}

char *
bw_server_store_get_changes (BwServerStore       *self,
                             const BwServerUser  *user,
                             gint64               since,
                             gint64               limit,
                             guint               *n_records,
                             gboolean            *more,
                             GError             **error)
{
  g_autoptr(GString) out = NULL;
  g_autoptr(JsonNode) epoch = NULL;
  g_autofree char *epoch_text = NULL;
  BwStorageStmt *stmt;
  gint64 last_seq, next_since = since;
  gsize page_budget = (gsize) g_atomic_pointer_get (&page_bytes_override);
  guint n = 0;
  int rc;

  *more = FALSE;
  if (page_budget == 0)
    page_budget = BW_SERVER_PAGE_BYTES;
  if (limit < 1 || limit > BW_SERVER_MAX_PAGE || since < 0)
    {
      g_set_error (error, BW_SERVER_ERROR, BW_SERVER_ERROR_INVALID,
                   "limit must be 1 to %d and since at least 0", BW_SERVER_MAX_PAGE);
      return NULL;
    }

  /* One read transaction, so the page and the last sequence agree. */
  if (!bw_storage_begin_read (self->conn, error))
    return NULL;
  last_seq = bw_server_store_get_last_seq (self);
  if (since > last_seq)
    {
      /* The server went back (restored from a backup): never let the client
       * wait for numbers that will mean other changes. */
      bw_storage_rollback (self->conn);
      g_set_error_literal (error, BW_SERVER_ERROR, BW_SERVER_ERROR_SEQUENCE_AHEAD,
                           "The client knows a later sequence than the server has: pull everything again");
      return NULL;
    }

  epoch = json_node_init_string (json_node_alloc (), self->epoch);
  epoch_text = json_to_string (epoch, FALSE);
  out = g_string_new ("{\"epoch\":");
  g_string_append (out, epoch_text);
  g_string_append (out, ",\"changes\":[");

  if (((user->role == BW_ROLE_BUURTTEAM || user->role == BW_ROLE_COORDINATOR) && user->team_id != 0) ||
      user->role == BW_ROLE_TRAINER)
    {
      /* The feed's form of bw_server_user_sees(), with the purge tombstones in the
       * same order: a team's own, and for a trainer all of them (a case
       * uuid tells a trainer nothing; it removes the case's enrolments). */
      const char *team_sql = BW_STORAGE_SQL (self->conn, BW_SERVER_TEAM_FEED_SQL (BW_SERVER_OFFER_FIELDS_SQLITE),
                                             BW_SERVER_TEAM_FEED_SQL (BW_SERVER_OFFER_FIELDS_POSTGRESQL));

      stmt = bw_storage_prepare (self->conn, user->role != BW_ROLE_TRAINER ? team_sql : BW_SERVER_TRAINER_FEED_SQL,
                                 error);
      if (stmt == NULL)
        {
          bw_storage_rollback (self->conn);
          return NULL;
        }
      bw_storage_bind_int64 (stmt, 1, user->team_id);
      bw_storage_bind_int64 (stmt, 2, since);
      bw_storage_bind_int64 (stmt, 3, limit + 1);
      while ((rc = bw_storage_step (stmt)) == BW_STORAGE_ROW)
        {
          /* By count and by bytes: the page that passed the budget ends
           * here, after at least one record, and the client asks again. */
          if (n == (guint) limit || (n > 0 && out->len >= page_budget))
            {
              *more = TRUE;
              break;
            }
          if (n > 0)
            g_string_append_c (out, ',');
          append_feed_entry (out, stmt);
          next_since = bw_storage_column_int64 (stmt, 8);
          n++;
        }
      bw_storage_reset (stmt);
      if (rc != BW_STORAGE_ROW && rc != BW_STORAGE_DONE)
        {
          bw_storage_set_error (self->conn, 0, error);
          bw_storage_rollback (self->conn);
          return NULL;
        }
    }
  bw_storage_commit (self->conn, NULL);

  /* Everything up to the last sequence has been seen (the rest was not
   * the user's), so the client can skip ahead. */
  if (!*more)
    next_since = last_seq;

  g_string_append_printf (out, "],\"next_since\":%" G_GINT64_FORMAT ",\"more\":%s}",
                          next_since, *more ? "true" : "false");
  *n_records = n;
  return g_string_free (g_steal_pointer (&out), FALSE);
}
