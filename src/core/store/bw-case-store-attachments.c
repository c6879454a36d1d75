/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-store"
#include "config.h"

/* Attachments: a file's description as a record under its case, its bytes
 * in attachment_blobs (docs/sync-protocol.md, "Attachments"), and the
 * private temporary copy the desktop's viewer opens. */

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "bw-case-store-attachments.h"
#include "bw-case-store-private.h"
#include "bw-file-type.h"
#include "bw-record-sql.h"
#include "bw-share.h"
#include "bw-sqlite.h"
#include "bw-validation.h"

/* Whether @share_uuid is a share of the case @case_id. */
static gboolean
is_share_of_case (BwCaseStore *self,
                  gint64       case_id,
                  const char  *share_uuid)
{
  g_autoptr(BwDbStatement) stmt = bw_db_prepare (bw_case_store_conn (self),
                                                 "SELECT 1 FROM shares WHERE uuid = ?1 AND case_id = ?2"
                                                 " AND deleted = 0", NULL);
  gboolean found;

  if (stmt == NULL)
    return FALSE;
  bw_sqlite_bind_text (stmt, 1, share_uuid);
  sqlite3_bind_int64 (stmt, 2, case_id);
  found = sqlite3_step (stmt) == SQLITE_ROW;
  return found;
}

gint64
bw_case_store_add_attachment (BwCaseStore  *self,
                              gint64        case_id,
                              const char   *file_name,
                              GBytes       *bytes,
                              const char   *share_uuid,
                              const char   *description,
                              GError      **error)
{
  g_autofree char *name = bw_file_type_display_name (file_name);
  g_autofree char *sha256 = NULL;
  g_autofree char *case_uuid = NULL;
  g_autoptr(BwAttachment) attachment = NULL;
  g_autoptr(BwDbStatement) blob = NULL;
  const char *media_type;
  gsize size = 0;
  const guint8 *data = bytes ? g_bytes_get_data (bytes, &size) : NULL;
  gint64 id;

  g_return_val_if_fail (BW_IS_CASE_STORE (self), 0);

  if ((media_type = bw_file_type_check (data, size, error)) == NULL)
    return 0;
  if (description != NULL && *description == '\0')
    description = NULL;
  if (description != NULL &&
      !bw_validate_text_length ("attachment", "description", description, BW_VALIDATION_ERROR_TEXT, error))
    return 0;
  sha256 = g_compute_checksum_for_data (G_CHECKSUM_SHA256, data, size);

  attachment = g_object_new (BW_TYPE_ATTACHMENT, NULL);
  bw_record_set_text (BW_RECORD (attachment), "file_name", name);
  bw_record_set_text (BW_RECORD (attachment), "media_type", media_type);
  bw_record_set_int (BW_RECORD (attachment), "size", (gint64) size);
  bw_record_set_text (BW_RECORD (attachment), "sha256", sha256);
  bw_record_set_text (BW_RECORD (attachment), "share_uuid", share_uuid);
  bw_record_set_text (BW_RECORD (attachment), "part", "none");
  bw_record_set_text (BW_RECORD (attachment), "description", description);

  if (!bw_case_store_begin (self, error))
    return 0;
  case_uuid = bw_case_store_dup_live_case_uuid (self, case_id, error);
  if (case_uuid == NULL)
    goto fail;
  if (share_uuid != NULL && !is_share_of_case (self, case_id, share_uuid))
    {
      g_set_error_literal (error, BW_STORE_ERROR, BW_STORE_ERROR_NOT_FOUND,
                           _("This share does not exist (any more)"));
      goto fail;
    }
  id = bw_case_store_insert_child (self, BW_RECORD (attachment), case_uuid, error);
  if (id == 0)
    goto fail;
  blob = bw_db_prepare (bw_case_store_conn (self),
                        "INSERT INTO attachment_blobs (uuid, data, state) VALUES (?1, ?2, 'upload')", error);
  if (blob == NULL)
    goto fail;
  bw_sqlite_bind_text (blob, 1, bw_attachment_get_uuid (attachment));
  sqlite3_bind_blob64 (blob, 2, data, size, SQLITE_STATIC);
  if (!bw_db_step_done (bw_case_store_conn (self), blob, error))
    goto fail;
  bw_case_store_note_change (self, case_id);
  if (!bw_case_store_commit (self, error))
    return 0;
  return id;

fail:
  bw_case_store_rollback (self);
  return 0;
}

gint64
bw_case_store_add_attachment_file (BwCaseStore  *self,
                                   gint64        case_id,
                                   GFile        *file,
                                   const char   *share_uuid,
                                   const char   *description,
                                   GError      **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_DISPLAY_NAME ","
                            G_FILE_ATTRIBUTE_STANDARD_TYPE, G_FILE_QUERY_INFO_NONE, NULL, &local_error);
  if (info == NULL || g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("The file cannot be read"));
      return 0;
    }
  /* An oversized file is refused before it is read into memory. */
  if (g_file_info_get_size (info) > BW_FILE_TYPE_MAX_SIZE)
    {
      bw_file_type_check ((const guint8 *) "", BW_FILE_TYPE_MAX_SIZE + 1, error);
      return 0;
    }
  bytes = g_file_load_bytes (file, NULL, NULL, &local_error);
  if (bytes == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("The file cannot be read"));
      return 0;
    }
  name = g_strdup (g_file_info_get_display_name (info));
  return bw_case_store_add_attachment (self, case_id, name, bytes, share_uuid, description, error);
}

GListModel *
bw_case_store_list_attachments (BwCaseStore *self,
                                gint64       case_id)
{
  GListStore *list = g_list_store_new (BW_TYPE_ATTACHMENT);
  g_autofree char *sql = g_strdup_printf ("SELECT " BW_RECORD_SQL_BOOKKEEPING ", %s FROM attachments r"
                                          " WHERE r.case_id = ? AND r.deleted = 0"
                                          " ORDER BY r.created_at DESC, r.id DESC",
                                          bw_record_sql_columns (BW_RECORD_TYPE_ATTACHMENT));
  sqlite3_stmt *stmt = bw_db_prepare (bw_case_store_conn (self), g_intern_string (sql), NULL);

  if (stmt == NULL)
    return G_LIST_MODEL (list);
  sqlite3_bind_int64 (stmt, 1, case_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autoptr(BwRecord) record = g_object_new (BW_TYPE_ATTACHMENT, NULL);

      bw_record_sql_read_bookkeeping (record, stmt);
      bw_record_sql_read_fields (record, stmt, BW_RECORD_SQL_N_BOOKKEEPING);
      g_list_store_append (list, record);
    }
  sqlite3_reset (stmt);
  return G_LIST_MODEL (list);
}

gboolean
bw_case_store_remove_attachment (BwCaseStore  *self,
                                 gint64        attachment_id,
                                 GError      **error)
{
  /* A soft delete, so that sync can tell the server and the other
   * desktops; the trigger of attachment_blobs drops the bytes. */
  const BwChildChange change = {
    .table = "attachments", .assign = "deleted = 1",
    .not_found = _("This attachment does not exist (any more)"),
  };

  return bw_case_store_change_child (self, &change, attachment_id, NULL, error);
}

static void
bind_part (sqlite3_stmt  *stmt,
           gconstpointer  data)
{
  bw_sqlite_bind_text (stmt, 4, data);
}

gboolean
bw_case_store_set_attachment_part (BwCaseStore  *self,
                                   gint64        attachment_id,
                                   const char   *part,
                                   GError      **error)
{
  const BwChildChange change = {
    .table = "attachments", .assign = "part = ?4", .bind = bind_part, .unchanged_if = "part = ?4",
    .not_found = _("This attachment does not exist (any more)"),
  };
  BwSharePart known;

  if (g_strcmp0 (part, "none") != 0 && !bw_share_part_from_key (part, &known))
    {
      g_set_error_literal (error, BW_STORE_ERROR, BW_STORE_ERROR_FAILED, _("Choose one of the parts of a case"));
      return FALSE;
    }
  return bw_case_store_change_child (self, &change, attachment_id, part, error);
}

GBytes *
bw_case_store_read_attachment (BwCaseStore  *self,
                               const char   *uuid,
                               GError      **error)
{
  g_autoptr(BwDbStatement) stmt = bw_db_prepare (bw_case_store_conn (self),
                                                 "SELECT b.data, a.sha256 FROM attachment_blobs b"
                                                 " JOIN attachments a ON a.uuid = b.uuid"
                                                 " WHERE b.uuid = ?1 AND a.deleted = 0 AND b.state <> 'partial'",
                                                 error);
  g_autofree char *sha256 = NULL;
  GBytes *bytes = NULL;

  if (stmt == NULL)
    return NULL;
  bw_sqlite_bind_text (stmt, 1, uuid);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      bytes = g_bytes_new (sqlite3_column_blob (stmt, 0), sqlite3_column_bytes (stmt, 0));
      sha256 = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, bytes);
      if (g_strcmp0 (sha256, bw_sqlite_column_text (stmt, 1)) != 0)
        g_clear_pointer (&bytes, g_bytes_unref);
    }
  if (bytes == NULL)
    g_set_error_literal (error, BW_STORE_ERROR, BW_STORE_ERROR_NOT_FOUND,
                         _("This attachment has not arrived on this computer yet: sync and try again"));
  return bytes;
}

/* The private copies: one directory per process, made on first use. */
static char *copies_dir;
G_LOCK_DEFINE_STATIC (copies);

char *
bw_attachment_write_private_copy (GBytes      *bytes,
                                  const char  *file_name,
                                  const char  *media_type,
                                  GError     **error)
{
  g_autofree char *name = bw_file_type_display_name (file_name);
  g_autofree char *sub = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  const char *extension = bw_file_type_extension (media_type);
  g_autofree char *lower = g_utf8_strdown (name, -1);
  gsize size = 0;
  const char *data = g_bytes_get_data (bytes, &size);

  G_LOCK (copies);
  if (copies_dir == NULL)
    {
      g_autofree char *template = g_build_filename (g_get_user_runtime_dir (), "buurtwerk-XXXXXX", NULL);

      /* g_mkdtemp() makes it with mode 0700. */
      if (g_mkdtemp (template) != NULL)
        copies_dir = g_steal_pointer (&template);
    }
  dir = g_strdup (copies_dir);
  G_UNLOCK (copies);
  if (dir == NULL)
    {
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errno),
                   _("No private place for a copy to open: %s"), g_strerror (errno));
      return NULL;
    }
  /* Each copy in its own directory, so that two files of the same name
   * do not overwrite each other while a viewer shows one. */
  sub = g_build_filename (dir, "XXXXXX", NULL);
  if (g_mkdtemp (sub) == NULL)
    {
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errno),
                   _("No private place for a copy to open: %s"), g_strerror (errno));
      return NULL;
    }
  if (!g_str_has_suffix (lower, extension))
    {
      char *with = g_strconcat (name, extension, NULL);

      g_free (name);
      name = with;
    }
  path = g_build_filename (sub, name, NULL);
  {
    int fd = g_open (path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    gssize written = 0;

    if (fd < 0)
      {
        g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errno),
                     _("No private place for a copy to open: %s"), g_strerror (errno));
        return NULL;
      }
    while ((gsize) written < size)
      {
        gssize n = write (fd, data + written, size - written);

        if (n < 0 && errno == EINTR)
          continue;
        if (n <= 0)
          {
            int saved = errno;

            close (fd);
            g_unlink (path);
            g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                         _("No private place for a copy to open: %s"), g_strerror (saved));
            return NULL;
          }
        written += n;
      }
    close (fd);
  }
  return g_steal_pointer (&path);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

void
bw_attachment_copies_clear (void)
{
  G_LOCK (copies);
  if (copies_dir != NULL)
    remove_tree (copies_dir);
  g_clear_pointer (&copies_dir, g_free);
  G_UNLOCK (copies);
}
