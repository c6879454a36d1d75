/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-server"
/* The bytes of attachments (docs/sync-protocol.md, "Attachments"):
 * resumable uploads checked at their end, and reads that are audited. */
#include "config.h"

#include "bw-file-type.h"
#include "bw-record-json.h"
#include "bw-server-store-private.h"

/* The live attachment @uuid, or FALSE (NOT_FOUND unless @error says
 * otherwise). */
static gboolean
load_attachment (BwServerStore  *self,
                 const char     *uuid,
                 BwServerRow    *row,
                 GError        **error)
{
  g_autoptr(GError) local_error = NULL;

  if (!bw_record_json_is_uuid (uuid) || !bw_server_store_load_row (self, uuid, row, &local_error) ||
      row->type != BW_RECORD_TYPE_ATTACHMENT || row->deleted)
    {
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error_literal (error, BW_SERVER_ERROR, BW_SERVER_ERROR_NOT_FOUND, "No such record");
      return FALSE;
    }
  return TRUE;
}

/* What arrived of @uuid so far: -1 for nothing. */
static gint64
received_of (BwServerStore  *self,
             const char     *uuid,
             gboolean       *complete,
             GError        **error)
{
  BwStorageStmt *stmt = bw_storage_prepare (self->conn, "SELECT length (data), complete FROM attachment_content"
                                                  " WHERE uuid = ?1", error);
  gint64 received = -1;

  *complete = FALSE;
  if (stmt == NULL)
    return -2;
  bw_storage_bind_text (stmt, 1, uuid);
  if (bw_storage_step (stmt) == BW_STORAGE_ROW)
    {
      received = bw_storage_column_int64 (stmt, 0);
      *complete = bw_storage_column_int (stmt, 1) != 0;
    }
  bw_storage_reset (stmt);
  return received;
}

static JsonObject *
progress_answer (gint64   received,
                 gboolean complete)
{
  JsonObject *answer = json_object_new ();

  json_object_set_int_member (answer, "received", received);
  json_object_set_boolean_member (answer, "complete", complete);
  return answer;
}

/* The whole upload against its record; drops it when it does not match
 * and says why in @reason. */
static gboolean
check_complete (BwServerStore  *self,
                const char     *uuid,
                JsonObject     *fields,
                const char    **reason,
                GError        **error)
{
  BwStorageStmt *stmt = bw_storage_prepare (self->conn, "SELECT data FROM attachment_content WHERE uuid = ?1", error);
  g_autofree char *sha256 = NULL;
  const char *media_type = NULL;

  if (stmt == NULL)
    return FALSE;
  bw_storage_bind_text (stmt, 1, uuid);
  if (bw_storage_step (stmt) == BW_STORAGE_ROW)
    {
      const guint8 *data = bw_storage_column_blob (stmt, 0);
      gsize size = bw_storage_column_bytes (stmt, 0);

      sha256 = g_compute_checksum_for_data (G_CHECKSUM_SHA256, data, size);
      media_type = bw_file_type_check (data, size, NULL);
    }
  bw_storage_reset (stmt);
  if (g_strcmp0 (sha256, json_object_get_string_member_with_default (fields, "sha256", "")) != 0)
    *reason = "The content does not match its sha256: send it again from the start";
  else if (g_strcmp0 (media_type, json_object_get_string_member_with_default (fields, "media_type", "")) != 0)
    *reason = "The content is not the PDF, JPEG or PNG its record says";
  if (*reason != NULL)
    {
      stmt = bw_storage_prepare (self->conn, "DELETE FROM attachment_content WHERE uuid = ?1", error);
      if (stmt == NULL)
        return FALSE;
      bw_storage_bind_text (stmt, 1, uuid);
      return bw_storage_step_done (self->conn, stmt, error);
    }
  stmt = bw_storage_prepare (self->conn, "UPDATE attachment_content SET complete = 1 WHERE uuid = ?1", error);
  if (stmt == NULL)
    return FALSE;
  bw_storage_bind_text (stmt, 1, uuid);
  return bw_storage_step_done (self->conn, stmt, error);
}

JsonObject *
bw_server_store_put_attachment (BwServerStore      *self,
                                const BwServerUser *user,
                                const char         *uuid,
                                gint64              start,
                                gint64              total,
                                GBytes             *body,
                                GError            **error)
{
  g_auto(BwServerRow) row = { 0 };
  gboolean complete;
  gint64 received, size;
  gsize length = body ? g_bytes_get_size (body) : 0;
  BwStorageStmt *stmt;

  g_return_val_if_fail (BW_IS_SERVER_STORE (self), NULL);

  if (!bw_storage_begin (self->conn, error))
    return NULL;
  if (!load_attachment (self, uuid, &row, error))
    goto fail;
  if (!bw_server_user_may_change (user, &row))
    {
      g_set_error_literal (error, BW_SERVER_ERROR, BW_SERVER_ERROR_NOT_FOUND, "No such record");
      goto fail;
    }
  size = json_object_get_int_member_with_default (row.fields, "size", -1);
  if (total != size)
    {
      g_set_error_literal (error, BW_SERVER_ERROR, BW_SERVER_ERROR_INVALID,
                           "The total of Content-Range is not the attachment's size");
      goto fail;
    }
  if ((received = received_of (self, uuid, &complete, error)) == -2)
    goto fail;
  /* Asked how far it got, or sent again after the answer was lost. */
  if (body == NULL || complete)
    {
      bw_storage_rollback (self->conn);
      return progress_answer (MAX (received, 0), complete);
    }
  if (start != MAX (received, 0) || start + (gint64) length > total || length == 0)
    {
      g_set_error (error, BW_SERVER_ERROR, BW_SERVER_ERROR_INVALID,
                   "The upload goes on from byte %" G_GINT64_FORMAT, MAX (received, 0));
      goto fail;
    }
  /* The piece goes behind what arrived, joined here: SQL's || would make
   * text of the bytes. */
  {
    g_autoptr(GByteArray) whole = g_byte_array_sized_new (start + length);

    if (received > 0)
      {
        stmt = bw_storage_prepare (self->conn, "SELECT data FROM attachment_content WHERE uuid = ?1", error);
        if (stmt == NULL)
          goto fail;
        bw_storage_bind_text (stmt, 1, uuid);
        if (bw_storage_step (stmt) == BW_STORAGE_ROW)
          g_byte_array_append (whole, bw_storage_column_blob (stmt, 0), bw_storage_column_bytes (stmt, 0));
        bw_storage_reset (stmt);
      }
    g_byte_array_append (whole, g_bytes_get_data (body, NULL), length);
    stmt = bw_storage_prepare (self->conn, "INSERT INTO attachment_content (uuid, data, complete) VALUES (?1, ?2, 0)"
                                      " ON CONFLICT (uuid) DO UPDATE SET data = excluded.data, complete = 0", error);
    if (stmt == NULL)
      goto fail;
    bw_storage_bind_text (stmt, 1, uuid);
    bw_storage_bind_blob (stmt, 2, whole->data, whole->len);
    if (!bw_storage_step_done (self->conn, stmt, error))
      goto fail;
  }
  received = start + length;
  if (received == total)
    {
      const char *reason = NULL;

      if (!check_complete (self, uuid, row.fields, &reason, error))
        goto fail;
      if (reason != NULL)
        {
          /* What arrived is dropped for good: the next try starts at 0. */
          if (!bw_storage_commit (self->conn, error))
            goto fail;
          g_set_error_literal (error, BW_SERVER_ERROR, BW_SERVER_ERROR_INVALID, reason);
          return NULL;
        }
    }
  if (!bw_storage_commit (self->conn, error))
    goto fail;
  return progress_answer (received, received == total);

fail:
  bw_storage_rollback (self->conn);
  return NULL;
}

GBytes *
bw_server_store_get_attachment (BwServerStore      *self,
                                const BwServerUser *user,
                                const char         *uuid,
                                gint64              from,
                                gint64             *total,
                                char              **media_type,
                                GError            **error)
{
  g_auto(BwServerRow) row = { 0 };
  g_autoptr(GError) local_error = NULL;
  g_autofree char *detail = NULL;
  GBytes *bytes = NULL;
  BwStorageStmt *stmt;

  g_return_val_if_fail (BW_IS_SERVER_STORE (self), NULL);

  if (!bw_storage_begin (self->conn, error))
    return NULL;
  if (!load_attachment (self, uuid, &row, &local_error) ||
      !bw_server_store_may_read_attachment (self, user, &row, &local_error))
    {
      if (local_error != NULL && !g_error_matches (local_error, BW_SERVER_ERROR, BW_SERVER_ERROR_NOT_FOUND))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          goto fail;
        }
      /* An attempt at what is not theirs is an access attempt. */
      if (!bw_server_store_audit (self, user, "denied", "attachment", uuid,
                                  row.case_uuid, "content", error) ||
          !bw_storage_commit (self->conn, error))
        goto fail;
      g_set_error_literal (error, BW_SERVER_ERROR, BW_SERVER_ERROR_NOT_FOUND, "No such record");
      return NULL;
    }
  stmt = bw_storage_prepare (self->conn, "SELECT substr (data, ?2 + 1), length (data) FROM attachment_content"
                                    " WHERE uuid = ?1 AND complete = 1", error);
  if (stmt == NULL)
    goto fail;
  bw_storage_bind_text (stmt, 1, uuid);
  bw_storage_bind_int64 (stmt, 2, MAX (from, 0));
  if (bw_storage_step (stmt) == BW_STORAGE_ROW)
    {
      *total = bw_storage_column_int64 (stmt, 1);
      if (from <= *total)
        bytes = g_bytes_new (bw_storage_column_blob (stmt, 0), bw_storage_column_bytes (stmt, 0));
    }
  bw_storage_reset (stmt);
  if (bytes == NULL)
    {
      g_set_error_literal (error, BW_SERVER_ERROR, BW_SERVER_ERROR_NOT_FOUND,
                           "The content has not arrived on the server yet");
      goto fail;
    }
  detail = g_strdup_printf ("content from=%" G_GINT64_FORMAT, MAX (from, 0));
  if (!bw_server_store_audit (self, user, user->role == BW_ROLE_PARTNER ? "open" : "deliver", "attachment",
                              uuid, row.case_uuid, detail, error) ||
      !bw_storage_commit (self->conn, error))
    {
      g_clear_pointer (&bytes, g_bytes_unref);
      goto fail;
    }
  *media_type = g_strdup (json_object_get_string_member_with_default (row.fields, "media_type",
                                                                       "application/octet-stream"));
  return bytes;

fail:
  bw_storage_rollback (self->conn);
  return NULL;
}
