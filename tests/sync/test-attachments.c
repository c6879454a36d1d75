/* SPDX-License-Identifier: EUPL-1.2 */
/* Attachments (issue 17), against the real buurtwerk-server on 127.0.0.1
 * with real SQLite files: the type check from the bytes (a program renamed
 * .pdf, an empty, oversized or cut-off file is refused and nothing
 * changes), a file travelling from one desktop to a colleague's, the
 * content endpoints' limits, resuming and sha256 check, a partner who
 * sees a file only where a share covers it, an audit row for every read
 * of content, and the bytes purged with their record and their case. */
#define _GNU_SOURCE
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <libsoup/soup.h>

#include "bw-case-store-attachments.h"
#include "bw-case-store-corrections.h"
#include "bw-case-store-retention.h"
#include "bw-case-store-sharing.h"
#include "bw-date.h"
#include "bw-file-type.h"
#include "bw-retention.h"
#include "bw-share.h"
#include "sync-test-utils.h"

/* A real, minimal PDF: header, one page object, trailer, %%EOF. */
static GBytes *
tiny_pdf (const char *marker)
{
  g_autofree char *text = g_strdup_printf ("%%PDF-1.4\n%% %s\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                                           "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
                                           "trailer << /Root 1 0 R >>\n%%%%EOF\n", marker);

  return g_bytes_new (text, strlen (text));
}

/* A 1x1 PNG. */
static GBytes *
tiny_png (void)
{
  static const char base64[] = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";
  gsize size = 0;
  guchar *data = g_base64_decode (base64, &size);

  return g_bytes_new_take (data, size);
}

/* The markers of a JPEG: start, a JFIF header, end. */
static GBytes *
tiny_jpeg (void)
{
  static const guint8 data[] = {
    0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 'J', 'F', 'I', 'F', 0x00, 0x01, 0x01, 0x00, 0x00, 0x01,
    0x00, 0x01, 0x00, 0x00, 0xff, 0xd9,
  };

  return g_bytes_new_static (data, sizeof data);
}

static void
test_type_check (void)
{
  g_autoptr(GBytes) pdf = tiny_pdf ("x");
  g_autoptr(GBytes) png = tiny_png ();
  g_autoptr(GBytes) jpeg = tiny_jpeg ();
  static const char elf[] = "\177ELF\2\1\1\0\0\0\0\0\0\0\0\0%PDF-1.4 %%EOF";
  static const char mz[] = "MZ\x90\0\3\0\0\0%%EOF";
  g_autoptr(GError) error = NULL;
  g_autofree guint8 *big = NULL;
  gsize size;

  g_assert_cmpstr (bw_file_type_check (g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf), NULL), ==,
                   "application/pdf");
  g_assert_cmpstr (bw_file_type_check (g_bytes_get_data (png, NULL), g_bytes_get_size (png), NULL), ==,
                   "image/png");
  g_assert_cmpstr (bw_file_type_check (g_bytes_get_data (jpeg, NULL), g_bytes_get_size (jpeg), NULL), ==,
                   "image/jpeg");

  g_assert_null (bw_file_type_check ((const guint8 *) elf, sizeof elf, &error));
  g_assert_error (error, BW_FILE_TYPE_ERROR, BW_FILE_TYPE_ERROR_EXECUTABLE);
  g_clear_error (&error);
  g_assert_null (bw_file_type_check ((const guint8 *) mz, sizeof mz, &error));
  g_assert_error (error, BW_FILE_TYPE_ERROR, BW_FILE_TYPE_ERROR_EXECUTABLE);
  g_clear_error (&error);
  g_assert_null (bw_file_type_check ((const guint8 *) "", 0, &error));
  g_assert_error (error, BW_FILE_TYPE_ERROR, BW_FILE_TYPE_ERROR_EMPTY);
  g_clear_error (&error);
  /* Cut off: a PDF without its end, a PNG without IEND. */
  size = g_bytes_get_size (pdf);
  g_assert_null (bw_file_type_check (g_bytes_get_data (pdf, NULL), size - 8, &error));
  g_assert_error (error, BW_FILE_TYPE_ERROR, BW_FILE_TYPE_ERROR_DAMAGED);
  g_clear_error (&error);
  g_assert_null (bw_file_type_check (g_bytes_get_data (png, NULL), g_bytes_get_size (png) - 12, &error));
  g_assert_error (error, BW_FILE_TYPE_ERROR, BW_FILE_TYPE_ERROR_DAMAGED);
  g_clear_error (&error);
  g_assert_null (bw_file_type_check ((const guint8 *) "GIF89a\1\0\1\0", 10, &error));
  g_assert_error (error, BW_FILE_TYPE_ERROR, BW_FILE_TYPE_ERROR_UNKNOWN);
  g_clear_error (&error);
  /* One byte over 10 MB, even a well-formed PDF. */
  big = g_malloc0 (BW_FILE_TYPE_MAX_SIZE + 1);
  memcpy (big, g_bytes_get_data (pdf, NULL), size);
  memcpy (big + BW_FILE_TYPE_MAX_SIZE + 1 - 6, "%%EOF\n", 6);
  g_assert_null (bw_file_type_check (big, BW_FILE_TYPE_MAX_SIZE + 1, &error));
  g_assert_error (error, BW_FILE_TYPE_ERROR, BW_FILE_TYPE_ERROR_TOO_LARGE);
  g_clear_error (&error);
  g_assert_cmpstr (bw_file_type_check (big, BW_FILE_TYPE_MAX_SIZE, NULL), ==, "application/pdf");

  /* Names: no path, no control characters, no leading dot. */
  {
    g_autofree char *a = bw_file_type_display_name ("../../etc/passwd");
    g_autofree char *b = bw_file_type_display_name ("C:\\Users\\x\\Toestemming\x01.pdf");
    g_autofree char *c = bw_file_type_display_name ("...");

    g_assert_cmpstr (a, ==, "passwd");
    g_assert_cmpstr (b, ==, "Toestemming.pdf");
    g_assert_cmpstr (c, ==, "bijlage");
  }
}

static gint64
add_case (Fixture *f)
{
  g_autoptr(BwCase) c = new_case (f->store_a, "Petronella Bijlagemaker");

  return bw_case_get_id (c);
}

/* A disguised, empty or oversized file changes nothing; a good one is
 * stored with its checksum; a file on disk is sized before it is read. */
static void
test_store_refuses (Fixture       *f,
                    gconstpointer  data)
{
  gint64 case_id = add_case (f);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) exe = g_bytes_new_static ("\177ELF\2\1\1\0\0\0\0\0%%EOF", 16);
  g_autoptr(GBytes) pdf = tiny_pdf ("ok");
  g_autofree char *path = g_build_filename (f->dir, "groot.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GListModel) list = NULL;
  g_autoptr(BwAttachment) attachment = NULL;
  g_autoptr(GBytes) read = NULL;
  g_autofree char *sha256 = NULL;
  gint64 outbox = count_rows (f->store_a, "SELECT count(*) FROM outbox");

  g_assert_cmpint (bw_case_store_add_attachment (f->store_a, case_id, "toestemming.pdf", exe, NULL, NULL, &error),
                   ==, 0);
  g_assert_error (error, BW_FILE_TYPE_ERROR, BW_FILE_TYPE_ERROR_EXECUTABLE);
  g_clear_error (&error);
  {
    g_autoptr(GBytes) empty = g_bytes_new_static ("", 0);

    g_assert_cmpint (bw_case_store_add_attachment (f->store_a, case_id, "leeg.pdf", empty, NULL, NULL, &error),
                     ==, 0);
    g_assert_error (error, BW_FILE_TYPE_ERROR, BW_FILE_TYPE_ERROR_EMPTY);
    g_clear_error (&error);
  }
  /* A sparse file of 11 MB: refused by its size. */
  {
    g_autoptr(GFileOutputStream) out = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_PRIVATE, NULL, &error);

    g_assert_no_error (error);
    g_assert_true (g_seekable_truncate (G_SEEKABLE (out), 11 * 1024 * 1024, NULL, &error));
    g_assert_true (g_output_stream_close (G_OUTPUT_STREAM (out), NULL, &error));
  }
  g_assert_cmpint (bw_case_store_add_attachment_file (f->store_a, case_id, file, NULL, NULL, &error), ==, 0);
  g_assert_error (error, BW_FILE_TYPE_ERROR, BW_FILE_TYPE_ERROR_TOO_LARGE);
  g_clear_error (&error);
  g_assert_cmpint (count_rows (f->store_a, "SELECT count(*) FROM attachments"), ==, 0);
  g_assert_cmpint (count_rows (f->store_a, "SELECT count(*) FROM attachment_blobs"), ==, 0);
  g_assert_cmpint (count_rows (f->store_a, "SELECT count(*) FROM outbox"), ==, outbox);

  g_assert_cmpint (bw_case_store_add_attachment (f->store_a, case_id, "/tmp/Toestemming.pdf", pdf, NULL,
                                                 "Getekend", &error), >, 0);
  g_assert_no_error (error);
  list = bw_case_store_list_attachments (f->store_a, case_id);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  attachment = g_list_model_get_item (list, 0);
  sha256 = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, pdf);
  g_assert_cmpstr (bw_attachment_get_file_name (attachment), ==, "Toestemming.pdf");
  g_assert_cmpstr (bw_attachment_get_media_type (attachment), ==, "application/pdf");
  g_assert_cmpint (bw_attachment_get_size (attachment), ==, g_bytes_get_size (pdf));
  g_assert_cmpstr (bw_attachment_get_sha256 (attachment), ==, sha256);
  read = bw_case_store_read_attachment (f->store_a, bw_attachment_get_uuid (attachment), &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (read, pdf));

  /* The private copy: mode 0600 in a directory of mode 0700. */
  {
    g_autofree char *copy = bw_attachment_write_private_copy (read, "Toestemming.pdf", "application/pdf", &error);
    g_autofree char *dir = NULL;
    GStatBuf st;

    g_assert_no_error (error);
    g_assert_cmpint (g_stat (copy, &st), ==, 0);
    g_assert_cmpint (st.st_mode & 0777, ==, 0600);
    dir = g_path_get_dirname (copy);
    g_assert_cmpint (g_stat (dir, &st), ==, 0);
    g_assert_cmpint (st.st_mode & 0777, ==, 0700);
    g_assert_true (g_str_has_suffix (copy, "/Toestemming.pdf"));
    bw_attachment_copies_clear ();
    g_assert_false (g_file_test (copy, G_FILE_TEST_EXISTS));
  }

  /* Removed: the record is a tombstone for the sync, the bytes are gone. */
  g_assert_true (bw_case_store_remove_attachment (f->store_a, bw_attachment_get_id (attachment), &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (f->store_a, "SELECT count(*) FROM attachment_blobs"), ==, 0);
  g_assert_cmpint (count_rows (f->store_a, "SELECT count(*) FROM attachments WHERE deleted = 1"), ==, 1);
}

/* Anna adds a consent form; it reaches the server whole, and Bram's
 * desktop, with the same bytes; each read of content is audited. Removing
 * it removes the bytes everywhere. */
static void
test_blob_travels (Fixture       *f,
                   gconstpointer  data)
{
  gint64 case_id = add_case (f);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) png = tiny_png ();
  g_autoptr(GListModel) list = NULL;
  g_autoptr(BwAttachment) attachment = NULL;
  g_autoptr(GBytes) read = NULL;
  const char *uuid;
  gint64 id;

  id = bw_case_store_add_attachment (f->store_a, case_id, "scan.png", png, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (bw_sync_engine_count_pending (f->sync_a), >=, 1);
  sync_ok (f->sync_a);
  /* Nothing waits once the bytes are up. */
  g_assert_cmpuint (bw_sync_engine_count_pending (f->sync_a), ==, 0);
  list = bw_case_store_list_attachments (f->store_a, case_id);
  attachment = g_list_model_get_item (list, 0);
  uuid = bw_attachment_get_uuid (attachment);
  g_assert_cmpint (server_count (f, "SELECT count(*) FROM attachment_content WHERE uuid = ?1 AND complete = 1",
                                 uuid), ==, 1);
  g_assert_cmpint (server_count (f, "SELECT length (data) FROM attachment_content WHERE uuid = ?1", uuid), ==,
                   g_bytes_get_size (png));
  g_assert_cmpint (count_rows (f->store_a, "SELECT count(*) FROM attachment_blobs WHERE state = 'done'"), ==, 1);
  /* The feed never carries the bytes. */
  g_assert_cmpint (server_count (f, "SELECT count(*) FROM records WHERE type = 'attachment'"
                                    " AND fields LIKE '%iVBOR%'", NULL), ==, 0);

  sync_ok (f->sync_b);
  read = bw_case_store_read_attachment (f->store_b, uuid, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (read, png));
  g_assert_cmpint (server_count (f, "SELECT count(*) FROM audit_log WHERE action = 'deliver'"
                                    " AND record_type = 'attachment' AND record_uuid = ?1", uuid), ==, 1);
  /* A second sync fetches nothing again. */
  sync_ok (f->sync_b);
  g_assert_cmpint (server_count (f, "SELECT count(*) FROM audit_log WHERE action = 'deliver'"
                                    " AND record_type = 'attachment' AND record_uuid = ?1", uuid), ==, 1);

  /* A download broken after 10 bytes goes on from there at the next sync. */
  g_assert_true (bw_db_exec (bw_case_store_get_connection (f->store_b),
                             "UPDATE attachment_blobs SET data = substr (data, 1, 10), state = 'partial'", NULL));
  g_clear_pointer (&read, g_bytes_unref);
  read = bw_case_store_read_attachment (f->store_b, uuid, &error);
  g_assert_error (error, BW_STORE_ERROR, BW_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  sync_ok (f->sync_b);
  read = bw_case_store_read_attachment (f->store_b, uuid, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (read, png));
  g_assert_cmpint (server_count (f, "SELECT count(*) FROM audit_log WHERE action = 'deliver'"
                                    " AND record_uuid = ?1 AND detail = 'content from=10'", uuid), ==, 1);

  g_assert_true (bw_case_store_remove_attachment (f->store_a, id, &error));
  g_assert_no_error (error);
  sync_ok (f->sync_a);
  g_assert_cmpint (server_count (f, "SELECT count(*) FROM attachment_content WHERE uuid = ?1", uuid), ==, 0);
  sync_ok (f->sync_b);
  g_assert_cmpint (count_rows (f->store_b, "SELECT count(*) FROM attachment_blobs"), ==, 0);
}

/* A request to an attachment's content, with a binary body. */
static GBytes *
content_request (Fixture     *f,
                 const char  *method,
                 const char  *uuid,
                 const char  *token,
                 const char  *header,
                 const char  *value,
                 GBytes      *body,
                 guint       *status)
{
  g_autoptr(SoupSession) session = soup_session_new ();
  g_autofree char *url = g_strdup_printf ("%s/api/v1/attachments/%s/content", f->url, uuid);
  g_autoptr(SoupMessage) msg = soup_message_new (method, url);
  g_autofree char *auth = g_strconcat ("Bearer ", token, NULL);
  g_autoptr(GError) error = NULL;
  GBytes *answer;

  soup_message_headers_replace (soup_message_get_request_headers (msg), "Authorization", auth);
  if (header != NULL)
    soup_message_headers_replace (soup_message_get_request_headers (msg), header, value);
  if (body != NULL)
    soup_message_set_request_body_from_bytes (msg, "application/octet-stream", body);
  answer = soup_session_send_and_read (session, msg, NULL, &error);
  g_assert_no_error (error);
  *status = soup_message_get_status (msg);
  return answer;
}

static char *
range_of (gint64 start,
          gint64 end,
          gint64 total)
{
  return g_strdup_printf ("bytes %" G_GINT64_FORMAT "-%" G_GINT64_FORMAT "/%" G_GINT64_FORMAT, start, end, total);
}

/* The record of an attachment on the server without its bytes: the
 * desktop pushed it, the bytes wait (its blob is set aside here). */
static char *
attachment_without_bytes (Fixture  *f,
                          GBytes   *bytes,
                          gint64    case_id,
                          const char *share_uuid)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(BwAttachment) attachment = NULL;
  gint64 id = bw_case_store_add_attachment (f->store_a, case_id, "toestemming.pdf", bytes, share_uuid, NULL, &error);
  g_autofree char *uuid = NULL;
  g_autofree char *sql = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  list = bw_case_store_list_attachments (f->store_a, case_id);
  attachment = g_list_model_get_item (list, 0);
  uuid = g_strdup (bw_attachment_get_uuid (attachment));
  sql = g_strdup_printf ("UPDATE attachment_blobs SET state = 'done' WHERE uuid = '%s'", uuid);
  g_assert_true (bw_db_exec (bw_case_store_get_connection (f->store_a), sql, NULL));
  sync_ok (f->sync_a);
  return g_steal_pointer (&uuid);
}

/* The endpoints: pieces and resuming, the size, the checksum, the limit. */
static void
test_endpoints (Fixture       *f,
                gconstpointer  data)
{
  gint64 case_id = add_case (f);
  g_autoptr(GBytes) pdf = tiny_pdf ("resume");
  gsize size = g_bytes_get_size (pdf);
  g_autofree char *anna = new_token (f, "anna");
  g_autofree char *carla = new_token (f, "carla");
  g_autofree char *uuid = attachment_without_bytes (f, pdf, case_id, NULL);
  g_autofree char *total = g_strdup_printf ("bytes */%" G_GSIZE_FORMAT, size);
  g_autofree char *wrong_total = g_strdup_printf ("bytes */%" G_GSIZE_FORMAT, size + 1);
  guint status;

  /* Nothing arrived yet; the size must be the record's. */
  {
    g_autoptr(GBytes) empty = g_bytes_new_static ("", 0);
    g_autoptr(GBytes) answer = content_request (f, "PUT", uuid, anna, "Content-Range", total, empty, &status);

    g_assert_cmpuint (status, ==, 200);
    g_assert_nonnull (g_strstr_len (g_bytes_get_data (answer, NULL), g_bytes_get_size (answer), "\"received\":0"));
    g_clear_pointer (&answer, g_bytes_unref);
    answer = content_request (f, "PUT", uuid, anna, "Content-Range", wrong_total, empty, &status);
    g_assert_cmpuint (status, ==, 400);
  }
  /* Another team's member may not send it: as if it did not exist. */
  {
    g_autoptr(GBytes) piece = g_bytes_new_from_bytes (pdf, 0, 10);
    g_autofree char *range = range_of (0, 9, size);
    g_autoptr(GBytes) answer = content_request (f, "PUT", uuid, carla, "Content-Range", range, piece, &status);

    g_assert_cmpuint (status, ==, 404);
  }
  /* The first piece; the connection breaks; the client asks how far it
   * got and sends the rest from there. A piece from elsewhere is refused. */
  {
    g_autoptr(GBytes) piece = g_bytes_new_from_bytes (pdf, 0, 10);
    g_autoptr(GBytes) rest = g_bytes_new_from_bytes (pdf, 10, size - 10);
    g_autoptr(GBytes) empty = g_bytes_new_static ("", 0);
    g_autofree char *first = range_of (0, 9, size);
    g_autofree char *wrong = range_of (12, size - 1, size);
    g_autofree char *second = range_of (10, size - 1, size);
    g_autoptr(GBytes) answer = content_request (f, "PUT", uuid, anna, "Content-Range", first, piece, &status);
    g_autoptr(GBytes) wrong_piece = g_bytes_new_from_bytes (pdf, 12, size - 12);

    g_assert_cmpuint (status, ==, 200);
    g_clear_pointer (&answer, g_bytes_unref);
    answer = content_request (f, "PUT", uuid, anna, "Content-Range", total, empty, &status);
    g_assert_cmpuint (status, ==, 200);
    g_assert_nonnull (g_strstr_len (g_bytes_get_data (answer, NULL), g_bytes_get_size (answer), "\"received\":10"));
    g_clear_pointer (&answer, g_bytes_unref);
    answer = content_request (f, "PUT", uuid, anna, "Content-Range", wrong, wrong_piece, &status);
    g_assert_cmpuint (status, ==, 400);
    g_clear_pointer (&answer, g_bytes_unref);
    answer = content_request (f, "PUT", uuid, anna, "Content-Range", second, rest, &status);
    g_assert_cmpuint (status, ==, 200);
    g_assert_nonnull (g_strstr_len (g_bytes_get_data (answer, NULL), g_bytes_get_size (answer), "\"complete\":true"));
  }
  g_assert_cmpint (server_count (f, "SELECT complete FROM attachment_content WHERE uuid = ?1", uuid), ==, 1);

  /* A download resumed after 20 bytes: 206 with the rest. */
  {
    g_autoptr(GBytes) answer = content_request (f, "GET", uuid, anna, "Range", "bytes=20-", NULL, &status);
    g_autoptr(GBytes) rest = g_bytes_new_from_bytes (pdf, 20, size - 20);

    g_assert_cmpuint (status, ==, 206);
    g_assert_true (g_bytes_equal (answer, rest));
    g_clear_pointer (&answer, g_bytes_unref);
    answer = content_request (f, "GET", uuid, anna, NULL, NULL, NULL, &status);
    g_assert_cmpuint (status, ==, 200);
    g_assert_true (g_bytes_equal (answer, pdf));
    g_clear_pointer (&answer, g_bytes_unref);
    answer = content_request (f, "GET", uuid, carla, NULL, NULL, NULL, &status);
    g_assert_cmpuint (status, ==, 404);
  }
  g_assert_cmpint (server_count (f, "SELECT count(*) FROM audit_log WHERE action = 'deliver'"
                                    " AND record_uuid = ?1", uuid), ==, 2);
  g_assert_cmpint (server_count (f, "SELECT count(*) FROM audit_log WHERE action = 'denied'"
                                    " AND record_type = 'attachment' AND record_uuid = ?1", uuid), ==, 1);

  /* The file of a described attachment never changes: a push that tries
   * is refused, and changes nothing. */
  {
    g_autofree char *case_uuid = NULL;
    g_autofree char *body = NULL;
    g_autofree char *answer = NULL;
    g_autofree char *sql = g_strdup_printf ("SELECT uuid FROM cases WHERE id = %" G_GINT64_FORMAT, case_id);
    sqlite3_stmt *stmt = NULL;

    g_assert_cmpint (sqlite3_prepare_v2 (bw_case_store_get_db (f->store_a), sql, -1, &stmt, NULL), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    case_uuid = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
    sqlite3_finalize (stmt);
    body = g_strdup_printf ("{\"changes\":[{\"client_change_id\":\"9f3e2d1c-0b4a-4c5d-8e6f-7a8b9c0d1e2f\","
                            "\"type\":\"attachment\",\"uuid\":\"%s\",\"case_uuid\":\"%s\",\"base_revision\":1,"
                            "\"fields\":{\"sha256\":\"%064d\"}}]}", uuid, case_uuid, 0);
    answer = http_raw (f, "POST", "/api/v1/push", anna, body, &status);
    g_assert_cmpuint (status, ==, 200);
    g_assert_nonnull (strstr (answer, "attachment_file_fixed"));
    g_assert_cmpint (server_count (f, "SELECT complete FROM attachment_content WHERE uuid = ?1", uuid), ==, 1);
  }

  /* Bytes that do not match the sha256 are dropped: the next try starts
   * from 0. */
  {
    g_autoptr(GBytes) other = tiny_pdf ("rXsume");
    g_autofree char *other_uuid = NULL;
    g_autofree char *whole = range_of (0, size - 1, size);
    g_autoptr(GBytes) answer = NULL;
    g_autoptr(GBytes) claimed = tiny_pdf ("resumX");

    g_assert_cmpuint (g_bytes_get_size (other), ==, size);
    other_uuid = attachment_without_bytes (f, claimed, case_id, NULL);
    answer = content_request (f, "PUT", other_uuid, anna, "Content-Range", whole, other, &status);
    g_assert_cmpuint (status, ==, 400);
    g_assert_nonnull (g_strstr_len (g_bytes_get_data (answer, NULL), g_bytes_get_size (answer), "sha256"));
    g_assert_cmpint (server_count (f, "SELECT count(*) FROM attachment_content WHERE uuid = ?1", other_uuid), ==, 0);
  }

  /* Bytes that are not text (a PNG: NUL, 0x89) come through a resumed
   * upload and download exactly. */
  {
    g_autoptr(GBytes) png = tiny_png ();
    gsize png_size = g_bytes_get_size (png);
    g_autofree char *png_uuid = attachment_without_bytes (f, png, case_id, NULL);
    g_autoptr(GBytes) first = g_bytes_new_from_bytes (png, 0, 9);
    g_autoptr(GBytes) rest = g_bytes_new_from_bytes (png, 9, png_size - 9);
    g_autofree char *first_range = range_of (0, 8, png_size);
    g_autofree char *rest_range = range_of (9, png_size - 1, png_size);
    g_autoptr(GBytes) answer = content_request (f, "PUT", png_uuid, anna, "Content-Range", first_range, first,
                                                &status);

    g_assert_cmpuint (status, ==, 200);
    g_clear_pointer (&answer, g_bytes_unref);
    answer = content_request (f, "PUT", png_uuid, anna, "Content-Range", rest_range, rest, &status);
    g_assert_cmpuint (status, ==, 200);
    g_clear_pointer (&answer, g_bytes_unref);
    answer = content_request (f, "GET", png_uuid, anna, NULL, NULL, NULL, &status);
    g_assert_cmpuint (status, ==, 200);
    g_assert_true (g_bytes_equal (answer, png));
    g_clear_pointer (&answer, g_bytes_unref);
    answer = content_request (f, "GET", png_uuid, anna, "Range", "bytes=5-", NULL, &status);
    g_assert_cmpuint (status, ==, 206);
    g_assert_cmpuint (g_bytes_get_size (answer), ==, png_size - 5);
    g_assert_cmpint (memcmp (g_bytes_get_data (answer, NULL), (const char *) g_bytes_get_data (png, NULL) + 5,
                             png_size - 5), ==, 0);
  }

  /* A body over the server's limit is refused before it is read; a total
   * over 10 MB, and a body of another type, are refused too. */
  {
    gsize big = 5 * 1024 * 1024;
    g_autoptr(GBytes) body = g_bytes_new_take (g_malloc0 (big), big);
    g_autofree char *range = range_of (0, big - 1, BW_FILE_TYPE_MAX_SIZE);
    g_autofree char *over = range_of (0, 9, BW_FILE_TYPE_MAX_SIZE + 1);
    g_autoptr(GBytes) piece = g_bytes_new_from_bytes (pdf, 0, 10);
    g_autoptr(GBytes) answer = content_request (f, "PUT", uuid, anna, "Content-Range", range, body, &status);

    g_assert_cmpuint (status, ==, 413);
    g_clear_pointer (&answer, g_bytes_unref);
    answer = content_request (f, "PUT", uuid, anna, "Content-Range", over, piece, &status);
    g_assert_cmpuint (status, ==, 400);
  }
}

/* A partner reads a file only where one of its organisation's active
 * shares covers it: the consent form on its share, not another file of
 * the case; every read an "open" row, every attempt a "denied" row. */
static void
test_partner_access (Fixture       *f,
                     gconstpointer  data)
{
  gint64 case_id = add_case (f);
  g_autoptr(GBytes) form = tiny_pdf ("consent");
  g_autoptr(GBytes) other = tiny_pdf ("private");
  g_autofree char *today = bw_date_today ();
  g_autoptr(BwShare) share = bw_share_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *vera = NULL;
  g_autofree char *joost = NULL;
  g_autofree char *form_uuid = NULL;
  g_autofree char *other_uuid = NULL;
  gint64 other_id = 0;
  guint status;

  add_user_with_role (f, "vera", "partner", NULL, "vsv");
  add_user_with_role (f, "joost", "partner", NULL, "jeugdzorg");
  vera = new_token (f, "vera");
  joost = new_token (f, "joost");
  bw_share_set_organisation (share, "vsv");
  bw_share_set_part (share, BW_SHARE_PART_PERSON, TRUE);
  bw_share_set_consent_date (share, today);
  bw_share_set_consent_given_to (share, "Anna");
  bw_share_set_consent_form (share, "written");
  bw_share_set_end_date (share, "2999-12-31");
  bw_share_set_team_contact (share, "Anna");
  g_assert_true (bw_case_store_add_share (f->store_a, case_id, share, &error));
  g_assert_no_error (error);
  g_assert_cmpint (bw_case_store_add_attachment (f->store_a, case_id, "toestemming.pdf", form,
                                                 bw_share_get_uuid (share), NULL, &error), >, 0);
  g_assert_cmpint (bw_case_store_add_attachment (f->store_a, case_id, "verslag.pdf", other, NULL, NULL, &error), >, 0);
  g_assert_no_error (error);
  sync_ok (f->sync_a);
  {
    g_autoptr(GListModel) list = bw_case_store_list_attachments (f->store_a, case_id);

    for (guint i = 0; i < g_list_model_get_n_items (list); i++)
      {
        g_autoptr(BwAttachment) a = g_list_model_get_item (list, i);

        if (bw_attachment_get_share_uuid (a) != NULL)
          form_uuid = g_strdup (bw_attachment_get_uuid (a));
        else
          {
            other_uuid = g_strdup (bw_attachment_get_uuid (a));
            other_id = bw_attachment_get_id (a);
          }
      }
  }
  g_assert_nonnull (form_uuid);
  g_assert_nonnull (other_uuid);

  {
    g_autoptr(GBytes) answer = content_request (f, "GET", form_uuid, vera, NULL, NULL, NULL, &status);

    g_assert_cmpuint (status, ==, 200);
    g_assert_true (g_bytes_equal (answer, form));
    g_clear_pointer (&answer, g_bytes_unref);
    answer = content_request (f, "GET", other_uuid, vera, NULL, NULL, NULL, &status);
    g_assert_cmpuint (status, ==, 404);
    g_clear_pointer (&answer, g_bytes_unref);
    /* Another organisation, without a share. */
    answer = content_request (f, "GET", form_uuid, joost, NULL, NULL, NULL, &status);
    g_assert_cmpuint (status, ==, 404);
  }
  g_assert_cmpint (server_count (f, "SELECT count(*) FROM audit_log WHERE action = 'open' AND role = 'partner'"
                                    " AND record_type = 'attachment' AND record_uuid = ?1", form_uuid), ==, 1);
  g_assert_cmpint (server_count (f, "SELECT count(*) FROM audit_log WHERE action = 'denied'"
                                    " AND record_type = 'attachment' AND record_uuid = ?1", other_uuid), ==, 1);
  g_assert_cmpint (server_count (f, "SELECT count(*) FROM audit_log WHERE action = 'denied'"
                                    " AND record_type = 'attachment' AND record_uuid = ?1", form_uuid), ==, 1);
  /* The snapshot names the consent form only. */
  {
    g_autofree char *snapshot = http_raw (f, "GET", "/api/v1/shared", vera, NULL, &status);

    g_assert_cmpuint (status, ==, 200);
    g_assert_nonnull (strstr (snapshot, form_uuid));
    g_assert_null (strstr (snapshot, other_uuid));
    g_assert_null (strstr (snapshot, "verslag.pdf"));
  }
  /* The other file put in a part the share includes: now it is covered;
   * in a part it does not include, it is not. */
  g_assert_false (bw_case_store_set_attachment_part (f->store_a, other_id, "../debts", &error));
  g_clear_error (&error);
  g_assert_true (bw_case_store_set_attachment_part (f->store_a, other_id, "debts", &error));
  g_assert_no_error (error);
  sync_ok (f->sync_a);
  {
    g_autoptr(GBytes) answer = content_request (f, "GET", other_uuid, vera, NULL, NULL, NULL, &status);

    g_assert_cmpuint (status, ==, 404);
  }
  g_assert_true (bw_case_store_set_attachment_part (f->store_a, other_id, "person", &error));
  g_assert_no_error (error);
  sync_ok (f->sync_a);
  {
    g_autoptr(GBytes) answer = content_request (f, "GET", other_uuid, vera, NULL, NULL, NULL, &status);
    g_autofree char *snapshot = http_raw (f, "GET", "/api/v1/shared", vera, NULL, &status);

    g_assert_true (g_bytes_equal (answer, other));
    g_assert_nonnull (strstr (snapshot, other_uuid));
  }

  /* Withdrawn: the partner reads it no more. */
  g_assert_true (bw_case_store_withdraw_share (f->store_a, bw_share_get_id (share), NULL, &error));
  g_assert_no_error (error);
  sync_ok (f->sync_a);
  {
    g_autoptr(GBytes) answer = content_request (f, "GET", form_uuid, vera, NULL, NULL, NULL, &status);

    g_assert_cmpuint (status, ==, 404);
  }
}

/* The bytes go with their case when it is purged: on the server and on
 * the desktops. */
static void
test_purged_with_case (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(BwCase) c = new_case (f->store_a, "Zwanetta Bijlagebewaard");
  g_autoptr(GBytes) jpeg = tiny_jpeg ();
  g_autoptr(GError) error = NULL;
  g_autofree char *today = bw_date_today ();
  g_autofree char *closed_on = bw_retention_cutoff (today, 30);
  const char *argv[] = { server_exe, "purge", "--db", f->server_db, "--retention-months", "24",
                         "--today", today, NULL };
  g_autoptr(GSubprocess) proc = NULL;

  g_assert_cmpint (bw_case_store_add_attachment (f->store_a, bw_case_get_id (c), "foto.jpg", jpeg, NULL, NULL,
                                                 &error), >, 0);
  g_assert_no_error (error);
  bw_case_set_status (c, BW_CASE_STATUS_CLOSED);
  bw_case_set_outcome (c, BW_OUTCOME_WORK);
  bw_case_set_closed_on (c, closed_on);
  g_assert_true (bw_case_store_update_case (f->store_a, c, NULL, &error));
  g_assert_no_error (error);
  sync_ok (f->sync_a);
  sync_ok (f->sync_b);
  g_assert_cmpint (server_count (f, "SELECT count(*) FROM attachment_content", NULL), ==, 1);
  g_assert_cmpint (count_rows (f->store_b, "SELECT count(*) FROM attachment_blobs"), ==, 1);

  proc = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_NONE, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_wait_check (proc, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (server_count (f, "SELECT count(*) FROM attachment_content", NULL), ==, 0);
  sync_ok (f->sync_a);
  sync_ok (f->sync_b);
  g_assert_cmpint (count_rows (f->store_a, "SELECT count(*) FROM attachment_blobs"), ==, 0);
  g_assert_cmpint (count_rows (f->store_b, "SELECT count(*) FROM attachment_blobs"), ==, 0);
  g_assert_cmpint (count_rows (f->store_b, "SELECT count(*) FROM attachments"), ==, 0);
}

/* An upload broken after 20 bytes: the desktop asks how far it got and
 * sends the rest (from 0, the server would refuse it). */
static void
test_upload_resumes (Fixture       *f,
                     gconstpointer  data)
{
  gint64 case_id = add_case (f);
  g_autoptr(GBytes) pdf = tiny_pdf ("onderbroken");
  g_autofree char *uuid = attachment_without_bytes (f, pdf, case_id, NULL);
  g_autofree char *sql = g_strdup_printf ("UPDATE attachment_blobs SET state = 'upload' WHERE uuid = '%s'", uuid);
  g_autoptr(BwStorage) db = open_server_db (f);
  g_autoptr(GError) error = NULL;
  BwStorageStmt *stmt = bw_storage_prepare (db, "INSERT INTO attachment_content (uuid, data) VALUES (?1, ?2)",
                                            &error);

  g_assert_no_error (error);
  bw_storage_bind_text (stmt, 1, uuid);
  bw_storage_bind_blob (stmt, 2, g_bytes_get_data (pdf, NULL), 20);
  g_assert_true (bw_storage_step_done (db, stmt, &error));
  g_assert_no_error (error);

  g_assert_true (bw_db_exec (bw_case_store_get_connection (f->store_a), sql, NULL));
  sync_ok (f->sync_a);
  g_assert_cmpint (server_count (f, "SELECT complete FROM attachment_content WHERE uuid = ?1", uuid), ==, 1);
  g_assert_cmpint (server_count (f, "SELECT length (data) FROM attachment_content WHERE uuid = ?1", uuid), ==,
                   g_bytes_get_size (pdf));
  g_assert_cmpint (count_rows (f->store_a, "SELECT count(*) FROM attachment_blobs WHERE state = 'done'"), ==, 1);
}

/* A case deleted by mistake takes its files with it, everywhere. */
static void
test_deleted_case (Fixture       *f,
                   gconstpointer  data)
{
  gint64 case_id = add_case (f);
  g_autoptr(GBytes) pdf = tiny_pdf ("vergissing");
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (bw_case_store_add_attachment (f->store_a, case_id, "brief.pdf", pdf, NULL, NULL, &error), >, 0);
  g_assert_no_error (error);
  sync_ok (f->sync_a);
  sync_ok (f->sync_b);
  g_assert_cmpint (server_count (f, "SELECT count(*) FROM attachment_content", NULL), ==, 1);
  g_assert_true (bw_case_store_delete_case (f->store_a, case_id, "Dubbel aangemaakt", &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (f->store_a, "SELECT count(*) FROM attachment_blobs"), ==, 0);
  sync_ok (f->sync_a);
  g_assert_cmpint (count_rows (f->store_a, "SELECT count(*) FROM sync_problems"), ==, 0);
  g_assert_cmpint (server_count (f, "SELECT count(*) FROM attachment_content", NULL), ==, 0);
  sync_ok (f->sync_b);
  g_assert_cmpint (count_rows (f->store_b, "SELECT count(*) FROM attachment_blobs"), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  server_exe = g_getenv ("BUURTWERK_SERVER");

  g_test_add_func ("/attachments/type-check", test_type_check);
  g_test_add ("/attachments/store-refuses", Fixture, NULL, fixture_setup, test_store_refuses, fixture_teardown);
  g_test_add ("/attachments/blob-travels", Fixture, NULL, fixture_setup, test_blob_travels, fixture_teardown);
  g_test_add ("/attachments/endpoints", Fixture, NULL, fixture_setup, test_endpoints, fixture_teardown);
  g_test_add ("/attachments/partner-access", Fixture, NULL, fixture_setup, test_partner_access, fixture_teardown);
  g_test_add ("/attachments/purged-with-case", Fixture, NULL, fixture_setup, test_purged_with_case,
              fixture_teardown);
  g_test_add ("/attachments/deleted-case", Fixture, NULL, fixture_setup, test_deleted_case, fixture_teardown);
  g_test_add ("/attachments/upload-resumes", Fixture, NULL, fixture_setup, test_upload_resumes, fixture_teardown);
  return g_test_run ();
}
