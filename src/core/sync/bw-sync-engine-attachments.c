/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-sync"
#include "config.h"

/* The bytes of attachments, after the push and the pull of a sync
 * (docs/sync-protocol.md, "Attachments"): what this desktop added goes up
 * in pieces, resumed where the server says it got to; what it lacks comes
 * down, resumed from what arrived before. Never inside a feed page. A
 * failure of one file does not fail the sync: the file stays waiting and
 * goes (or comes) at the next sync. */

#include <string.h>

#include <glib/gi18n-lib.h>


#include "bw-file-type.h"
#include "bw-json-wire.h"
#include "bw-sync-engine-private.h"

/* One PUT's piece: well under the server's body limit and its body
 * timeout on a slow line. */
#define PIECE_SIZE (1024 * 1024)

typedef struct {
  char *uuid;
  gint64 size;
  char *sha256;
} Transfer;

static void
transfer_free (Transfer *t)
{
  g_free (t->uuid);
  g_free (t->sha256);
  g_free (t);
}

typedef struct {
  GQueue uploads;
  GQueue downloads;
} TransferList;

static void
transfer_list_free (TransferList *list)
{
  g_queue_clear_full (&list->uploads, (GDestroyNotify) transfer_free);
  g_queue_clear_full (&list->downloads, (GDestroyNotify) transfer_free);
  g_free (list);
}

/* What waits: bytes added here whose record the server has (it left the
 * outbox), and records whose bytes are not here (or not all). */
static gboolean
list_transfers (BwSyncEngine  *self,
                gpointer       in,
                gpointer      *out,
                GError       **error)
{
  TransferList *list = g_new0 (TransferList, 1);
  g_autoptr(BwDbStatement) up = bw_db_prepare (self->db,
    "SELECT a.uuid, a.size, a.sha256 FROM attachment_blobs b JOIN attachments a ON a.uuid = b.uuid"
    " WHERE b.state = 'upload' AND a.deleted = 0"
    " AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.uuid = a.uuid)"
    " AND NOT EXISTS (SELECT 1 FROM outbox_sending s WHERE s.uuid = a.uuid)"
    " AND NOT EXISTS (SELECT 1 FROM sync_problems p WHERE p.uuid = a.uuid) ORDER BY a.id", error);
  g_autoptr(BwDbStatement) down = NULL;

  if (up == NULL)
    {
      transfer_list_free (list);
      return FALSE;
    }
  while (sqlite3_step (up) == SQLITE_ROW)
    {
      Transfer *t = g_new0 (Transfer, 1);

      t->uuid = g_strdup (bw_sqlite_column_text (up, 0));
      t->size = sqlite3_column_int64 (up, 1);
      t->sha256 = g_strdup (bw_sqlite_column_text (up, 2));
      g_queue_push_tail (&list->uploads, t);
    }
  down = bw_db_prepare (self->db, "SELECT a.uuid, a.size, a.sha256 FROM attachments a"
                                  " LEFT JOIN attachment_blobs b ON b.uuid = a.uuid"
                                  " WHERE a.deleted = 0 AND (b.uuid IS NULL OR b.state = 'partial')"
                                  " ORDER BY a.id", error);
  if (down == NULL)
    {
      transfer_list_free (list);
      return FALSE;
    }
  while (sqlite3_step (down) == SQLITE_ROW)
    {
      Transfer *t = g_new0 (Transfer, 1);

      t->uuid = g_strdup (bw_sqlite_column_text (down, 0));
      t->size = sqlite3_column_int64 (down, 1);
      t->sha256 = g_strdup (bw_sqlite_column_text (down, 2));
      g_queue_push_tail (&list->downloads, t);
    }
  *out = list;
  return TRUE;
}

/* The state of one sync's transfers. */
typedef struct {
  GTask *task;              /* the sync */
  TransferList *list;
  Transfer *current;
  GBytes *data;             /* an upload's bytes, or what arrived of a download */
  gint64 offset;
  SoupMessage *msg;
} Run;

static void
run_free (Run *run)
{
  g_clear_object (&run->task);
  g_clear_pointer (&run->list, transfer_list_free);
  g_clear_pointer (&run->current, transfer_free);
  g_clear_pointer (&run->data, g_bytes_unref);
  g_clear_object (&run->msg);
  g_free (run);
}

static void next_transfer (Run *run);

/* A request to the attachment's content path, signed like the engine's. */
static SoupMessage *
content_message (BwSyncEngine *self,
                 const char   *method,
                 const char   *uuid)
{
  g_autofree char *base = g_strdup (self->base_url);
  g_autofree char *url = NULL;
  gsize len = strlen (base);
  SoupMessage *msg;

  while (len > 0 && base[len - 1] == '/')
    base[--len] = '\0';
  url = g_strconcat (base, "/api/v1/attachments/", uuid, "/content", NULL);
  msg = soup_message_new (method, url);
  if (msg == NULL)
    return NULL;
  if (self->token != NULL)
    {
      g_autofree char *auth = g_strconcat ("Bearer ", self->token, NULL);

      soup_message_headers_replace (soup_message_get_request_headers (msg), "Authorization", auth);
    }
  if (self->client_id != NULL)
    soup_message_headers_replace (soup_message_get_request_headers (msg), "X-Buurtwerk-Client", self->client_id);
  return msg;
}

/* The server's "received" of an upload's answer, or -1. */
static gint64
answer_received (GBytes *body)
{
  gsize size = 0;
  const char *data = body ? g_bytes_get_data (body, &size) : NULL;
  g_autoptr(JsonNode) node = data ? bw_json_wire_parse_object (data, size, BW_JSON_WIRE_STRICT, NULL) : NULL;
  JsonNode *member;

  if (node == NULL)
    return -1;
  member = json_object_get_member (json_node_get_object (node), "received");
  if (member == NULL || !JSON_NODE_HOLDS_VALUE (member) || json_node_get_value_type (member) != G_TYPE_INT64)
    return -1;
  return json_node_get_int (member);
}

/* Uploads */

static gboolean
load_blob (BwSyncEngine  *self,
           gpointer       in,
           gpointer      *out,
           GError       **error)
{
  g_autoptr(BwDbStatement) stmt = bw_db_prepare (self->db, "SELECT data FROM attachment_blobs WHERE uuid = ?1",
                                                 error);

  if (stmt == NULL)
    return FALSE;
  bw_sqlite_bind_text (stmt, 1, in);
  *out = sqlite3_step (stmt) == SQLITE_ROW ?
    g_bytes_new (sqlite3_column_blob (stmt, 0), sqlite3_column_bytes (stmt, 0)) : NULL;
  return TRUE;
}

/* @in: "UUID" of an upload that the server has whole, or of a download
 * whose bytes were checked (with its data in the Run). */
static gboolean
mark_uploaded (BwSyncEngine  *self,
               gpointer       in,
               gpointer      *out,
               GError       **error)
{
  g_autoptr(BwDbStatement) stmt = bw_db_prepare (self->db, "UPDATE attachment_blobs SET state = 'done'"
                                                           " WHERE uuid = ?1 AND state = 'upload'", error);

  if (stmt == NULL)
    return FALSE;
  bw_sqlite_bind_text (stmt, 1, in);
  return bw_db_step_done (self->db, stmt, error);
}

static void
step_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  Run *run = user_data;
  g_autoptr(GError) error = NULL;

  g_task_propagate_pointer (G_TASK (result), &error);
  if (error != NULL)
    g_debug ("An attachment was not kept: %s", error->message);
  next_transfer (run);
}

static void send_piece (Run *run);

static void
piece_sent_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  Run *run = user_data;
  BwSyncEngine *self = g_task_get_source_object (run->task);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) body = soup_session_send_and_read_finish (SOUP_SESSION (source), result, &error);
  gint64 received = -1;

  if (body != NULL && soup_message_get_status (run->msg) == SOUP_STATUS_OK)
    received = answer_received (body);
  g_clear_object (&run->msg);
  if (received < 0 || received > run->current->size)
    {
      /* It waits for the next sync, which asks again how far it got. */
      g_debug ("An attachment's upload stopped: %s", error ? error->message : "refused");
      next_transfer (run);
      return;
    }
  run->offset = received;
  if (received == run->current->size)
    {
      bw_sync_engine_run_db (self, mark_uploaded, g_strdup (run->current->uuid), g_free, step_done_cb, run);
      return;
    }
  send_piece (run);
}

/* Asks how far the upload got (offset -1), or sends the next piece. */
static void
send_piece (Run *run)
{
  BwSyncEngine *self = g_task_get_source_object (run->task);
  g_autofree char *range = NULL;

  run->msg = content_message (self, "PUT", run->current->uuid);
  if (run->msg == NULL)
    {
      next_transfer (run);
      return;
    }
  if (run->offset < 0)
    {
      g_autoptr(GBytes) empty = g_bytes_new_static ("", 0);

      range = g_strdup_printf ("bytes */%" G_GINT64_FORMAT, run->current->size);
      soup_message_set_request_body_from_bytes (run->msg, "application/octet-stream", empty);
    }
  else
    {
      gint64 end = MIN (run->offset + PIECE_SIZE, run->current->size) - 1;
      g_autoptr(GBytes) piece = g_bytes_new_from_bytes (run->data, run->offset, end - run->offset + 1);

      range = g_strdup_printf ("bytes %" G_GINT64_FORMAT "-%" G_GINT64_FORMAT "/%" G_GINT64_FORMAT,
                               run->offset, end, run->current->size);
      soup_message_set_request_body_from_bytes (run->msg, "application/octet-stream", piece);
    }
  soup_message_headers_replace (soup_message_get_request_headers (run->msg), "Content-Range", range);
  soup_session_send_and_read_async (self->session, run->msg, G_PRIORITY_DEFAULT,
                                    g_task_get_cancellable (run->task), piece_sent_cb, run);
}

static void
blob_loaded_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  Run *run = user_data;
  g_autoptr(GError) error = NULL;
  GBytes *data = g_task_propagate_pointer (G_TASK (result), &error);

  if (data == NULL || (gint64) g_bytes_get_size (data) != run->current->size)
    {
      g_clear_pointer (&data, g_bytes_unref);
      next_transfer (run);
      return;
    }
  run->data = data;
  run->offset = -1;
  send_piece (run);
}

/* Downloads */

/* Keeps what arrived of a download (the Run's data, from offset 0): a
 * whole one checked against its sha256 is "done", a part "partial" (the
 * next sync asks for the rest), one that does not match is dropped. */
static gboolean
keep_download (BwSyncEngine  *self,
               gpointer       in,
               gpointer      *out,
               GError       **error)
{
  Run *run = in;
  gsize size = 0;
  const guint8 *data = g_bytes_get_data (run->data, &size);
  g_autofree char *sha256 = NULL;
  const char *state = "partial";
  g_autoptr(BwDbStatement) stmt = NULL;

  if ((gint64) size == run->current->size)
    {
      sha256 = g_compute_checksum_for_data (G_CHECKSUM_SHA256, data, size);
      if (g_strcmp0 (sha256, run->current->sha256) != 0)
        {
          stmt = bw_db_prepare (self->db, "DELETE FROM attachment_blobs WHERE uuid = ?1", error);
          if (stmt == NULL)
            return FALSE;
          bw_sqlite_bind_text (stmt, 1, run->current->uuid);
          return bw_db_step_done (self->db, stmt, error);
        }
      state = "done";
    }
  /* Only for a record still here: a purge may have come in between. */
  stmt = bw_db_prepare (self->db, "INSERT OR REPLACE INTO attachment_blobs (uuid, data, state)"
                                  " SELECT ?1, ?2, ?3 WHERE EXISTS (SELECT 1 FROM attachments"
                                  " WHERE uuid = ?1 AND deleted = 0)", error);
  if (stmt == NULL)
    return FALSE;
  bw_sqlite_bind_text (stmt, 1, run->current->uuid);
  sqlite3_bind_blob64 (stmt, 2, data, size, SQLITE_STATIC);
  bw_sqlite_bind_text (stmt, 3, state);
  return bw_db_step_done (self->db, stmt, error);
}

static void
kept_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  Run *run = user_data;
  g_autoptr(GError) error = NULL;

  g_task_propagate_pointer (G_TASK (result), &error);
  if (error != NULL)
    g_debug ("An attachment was not kept: %s", error->message);
  g_clear_pointer (&run->data, g_bytes_unref);
  next_transfer (run);
}

static void
content_received_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  Run *run = user_data;
  BwSyncEngine *self = g_task_get_source_object (run->task);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) body = soup_session_send_and_read_finish (SOUP_SESSION (source), result, &error);
  guint status = soup_message_get_status (run->msg);
  gsize size = body ? g_bytes_get_size (body) : 0;

  g_clear_object (&run->msg);
  /* What arrived after a break goes behind what came before; a server
   * that sends all again (200) replaces it. */
  if (body != NULL && status == SOUP_STATUS_OK && (gint64) size == run->current->size)
    {
      g_clear_pointer (&run->data, g_bytes_unref);
      run->data = g_steal_pointer (&body);
    }
  else if (body != NULL && status == SOUP_STATUS_PARTIAL_CONTENT && run->data != NULL &&
           (gint64) (g_bytes_get_size (run->data) + size) == run->current->size)
    {
      g_autoptr(GByteArray) whole = g_byte_array_sized_new (run->current->size);

      g_byte_array_append (whole, g_bytes_get_data (run->data, NULL), g_bytes_get_size (run->data));
      g_byte_array_append (whole, g_bytes_get_data (body, NULL), size);
      g_clear_pointer (&run->data, g_bytes_unref);
      run->data = g_byte_array_free_to_bytes (g_steal_pointer (&whole));
    }
  else
    {
      /* Not there yet, not ours (any more), or cut off: the next sync. */
      g_debug ("An attachment did not arrive (%u): %s", status, error ? error->message : "");
      g_clear_pointer (&run->data, g_bytes_unref);
      next_transfer (run);
      return;
    }
  bw_sync_engine_run_db (self, keep_download, run, NULL, kept_cb, run);
}

static gboolean
load_partial (BwSyncEngine  *self,
              gpointer       in,
              gpointer      *out,
              GError       **error)
{
  g_autoptr(BwDbStatement) stmt = bw_db_prepare (self->db, "SELECT data FROM attachment_blobs"
                                                           " WHERE uuid = ?1 AND state = 'partial'", error);

  if (stmt == NULL)
    return FALSE;
  bw_sqlite_bind_text (stmt, 1, in);
  *out = sqlite3_step (stmt) == SQLITE_ROW ?
    g_bytes_new (sqlite3_column_blob (stmt, 0), sqlite3_column_bytes (stmt, 0)) : NULL;
  return TRUE;
}

static void
partial_loaded_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  Run *run = user_data;
  BwSyncEngine *self = g_task_get_source_object (run->task);
  g_autoptr(GError) error = NULL;

  run->data = g_task_propagate_pointer (G_TASK (result), &error);
  if (run->data != NULL && (gint64) g_bytes_get_size (run->data) >= run->current->size)
    g_clear_pointer (&run->data, g_bytes_unref);
  run->msg = content_message (self, "GET", run->current->uuid);
  if (run->msg == NULL)
    {
      next_transfer (run);
      return;
    }
  if (run->data != NULL && g_bytes_get_size (run->data) > 0)
    {
      g_autofree char *range = g_strdup_printf ("bytes=%" G_GSIZE_FORMAT "-", g_bytes_get_size (run->data));

      soup_message_headers_replace (soup_message_get_request_headers (run->msg), "Range", range);
    }
  soup_session_send_and_read_async (self->session, run->msg, G_PRIORITY_DEFAULT,
                                    g_task_get_cancellable (run->task), content_received_cb, run);
}

static void
next_transfer (Run *run)
{
  BwSyncEngine *self = g_task_get_source_object (run->task);
  GTask *task;

  g_clear_pointer (&run->current, transfer_free);
  g_clear_pointer (&run->data, g_bytes_unref);
  if (!g_cancellable_is_cancelled (g_task_get_cancellable (run->task)))
    {
      if ((run->current = g_queue_pop_head (&run->list->uploads)) != NULL)
        {
          bw_sync_engine_run_db (self, load_blob, g_strdup (run->current->uuid), g_free, blob_loaded_cb, run);
          return;
        }
      if ((run->current = g_queue_pop_head (&run->list->downloads)) != NULL)
        {
          bw_sync_engine_run_db (self, load_partial, g_strdup (run->current->uuid), g_free,
                                 partial_loaded_cb, run);
          return;
        }
    }
  task = g_steal_pointer (&run->task);
  run_free (run);
  bw_sync_run_end (task);
}

static void
listed_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  GTask *task = user_data;
  g_autoptr(GError) error = NULL;
  TransferList *list = g_task_propagate_pointer (G_TASK (result), &error);
  Run *run;

  if (list == NULL)
    {
      /* A database of a partner or one that cannot say: nothing waits. */
      if (error != NULL)
        g_debug ("No attachments to transfer: %s", error->message);
      bw_sync_run_end (task);
      return;
    }
  run = g_new0 (Run, 1);
  run->task = task;
  run->list = list;
  next_transfer (run);
}

void
bw_sync_run_attachments (GTask *task)
{
  BwSyncEngine *self = g_task_get_source_object (task);

  bw_sync_engine_run_db (self, list_transfers, NULL, NULL, listed_cb, task);
}

/* A partner's opening */

typedef struct {
  SoupMessage *msg;
  char *sha256;
  GBytes *body;
} Fetch;

static void
fetch_free (Fetch *fetch)
{
  g_clear_object (&fetch->msg);
  g_free (fetch->sha256);
  g_clear_pointer (&fetch->body, g_bytes_unref);
  g_free (fetch);
}

/* Ten megabytes take a while to hash: on a worker thread. */
static void
check_thread (GTask        *task,
              gpointer      source,
              gpointer      task_data,
              GCancellable *cancellable)
{
  Fetch *fetch = task_data;
  g_autofree char *sha256 = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, fetch->body);

  if (g_strcmp0 (sha256, fetch->sha256) != 0)
    g_task_return_new_error (task, BW_SYNC_ERROR, BW_SYNC_ERROR_PROTOCOL,
                             _("The attachment did not arrive whole: try again"));
  else
    g_task_return_pointer (task, g_bytes_ref (fetch->body), (GDestroyNotify) g_bytes_unref);
}

static void
fetched_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Fetch *fetch = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) body = soup_session_send_and_read_finish (SOUP_SESSION (source), result, &error);
  guint status = soup_message_get_status (fetch->msg);

  if (body == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_task_return_error (task, g_steal_pointer (&error));
      else
        g_task_return_new_error (task, BW_SYNC_ERROR, BW_SYNC_ERROR_OFFLINE,
                                 _("The server cannot be reached (%s): the attachment opens when it can"),
                                 error->message);
      return;
    }
  if (status == SOUP_STATUS_NOT_FOUND || status == SOUP_STATUS_FORBIDDEN)
    {
      g_task_return_new_error (task, BW_SYNC_ERROR, BW_SYNC_ERROR_NOT_FOUND,
                               _("This attachment is not shared with you (any more), or has not reached the server yet"));
      return;
    }
  if (status == SOUP_STATUS_UNAUTHORIZED)
    {
      g_task_return_new_error (task, BW_SYNC_ERROR, BW_SYNC_ERROR_UNAUTHORIZED,
                               _("Log in again: the server did not accept the login or the session ended"));
      return;
    }
  if (status != SOUP_STATUS_OK)
    {
      g_task_return_new_error (task, BW_SYNC_ERROR, BW_SYNC_ERROR_PROTOCOL,
                               _("The attachment did not arrive whole: try again"));
      return;
    }
  fetch->body = g_steal_pointer (&body);
  g_task_run_in_thread (task, check_thread);
}

void
bw_sync_engine_fetch_attachment_async (BwSyncEngine        *self,
                                       const char          *uuid,
                                       const char          *sha256,
                                       GCancellable        *cancellable,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);
  Fetch *fetch = g_new0 (Fetch, 1);

  g_task_set_source_tag (task, bw_sync_engine_fetch_attachment_async);
  g_task_set_task_data (task, fetch, (GDestroyNotify) fetch_free);
  fetch->sha256 = g_strdup (sha256);
  if (!bw_sync_engine_is_configured (self) || (fetch->msg = content_message (self, "GET", uuid)) == NULL)
    {
      g_task_return_new_error (task, BW_SYNC_ERROR, BW_SYNC_ERROR_NOT_CONFIGURED,
                               _("Set the server address and log in under Preferences to sync"));
      return;
    }
  soup_session_send_and_read_async (self->session, fetch->msg, G_PRIORITY_DEFAULT, cancellable, fetched_cb,
                                    g_steal_pointer (&task));
}

GBytes *
bw_sync_engine_fetch_attachment_finish (BwSyncEngine  *self,
                                        GAsyncResult  *result,
                                        GError       **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}
