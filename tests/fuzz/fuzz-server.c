/* SPDX-License-Identifier: EUPL-1.2 */
/* Fuzzes the server's request parsing through its real HTTP handlers
 * (src/server/bw-sync-server.c and bw-server-store.c): a BwSyncServer on
 * 127.0.0.1 with a store in a temporary directory, and one request per
 * input, sent by a SoupSession on the same main loop. The first byte picks
 * the request, the rest is its body or query:
 *
 *   'L'  POST /api/v1/login    body
 *   'P'  POST /api/v1/push     body (signed in)
 *   'C'  GET  /api/v1/changes?  query string (signed in)
 *   'R'  GET  /api/v1/records/  path (signed in)
 *   'O'  POST /api/v1/audit/opened  body (signed in)
 *   'X'  POST /api/v1/audit/exported  body (signed in)
 *   'H'  GET  /api/v1/cases/PATH/access-history (signed in)
 *   'T'  POST /api/v1/transfers/answer  body (signed in)
 *   'Q'  GET  /api/v1/reports?  query string (signed in)
 *   'A'  GET  /api/v1/access-history?  query string (signed in as the coordinator)
 *   'U'  PUT  /api/v1/attachments/UUID/content: the first line is the
 *        Content-Range, the rest the body (signed in)
 *   'D'  GET  /api/v1/attachments/UUID/content with the rest as Range
 *        (signed in)
 *
 * The store holds one purged case, so the feed has a purge tombstone and
 * a push under that case is refused as purged.
 *
 * Whatever arrives, the server answers with a 2xx or 4xx and keeps
 * running: a 5xx on bad input is a finding as much as a crash is. */

#include <string.h>

#include <libsoup/soup.h>
#include <glib/gstdio.h>

#include "fuzz-common.h"
#include "bw-server-store.h"
#include "bw-test-server-db.h"
#include "bw-sync-server.h"

static char *tmp_dir;
static BwServerStore *store;
static BwSyncServer *server;
static SoupSession *session;
static char *base_url;
static char *token;
static char *coordinator_token;

static void
remove_tmp_dir (void)
{
  g_autoptr(GDir) dir = g_dir_open (tmp_dir, 0, NULL);
  const char *name;

  g_clear_object (&session);
  if (server != NULL)
    bw_sync_server_disconnect (server);
  g_clear_object (&server);
  g_clear_object (&store);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (tmp_dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (tmp_dir);
  g_clear_pointer (&tmp_dir, g_free);
  g_clear_pointer (&base_url, g_free);
  g_clear_pointer (&token, g_free);
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  gint64 user_id;

  bw_fuzz_setup_glib ();
  tmp_dir = g_dir_make_tmp ("bw-fuzz-server-XXXXXX", &error);
  g_assert_no_error (error);
  atexit (remove_tmp_dir);

  path = bw_test_server_db_new (tmp_dir, "server.db");
  store = bw_server_store_open (path, &error);
  g_assert_no_error (error);
  /* One user that the inputs may try to sign in as, and a token for the
   * requests that need one. */
  user_id = bw_server_store_add_user (store, "anna", "Anna", BW_ROLE_BUURTTEAM,
                                      "hoensbroek", NULL, "geheim-wachtwoord", &error);
  g_assert_no_error (error);
  token = bw_server_store_new_token (store, user_id, G_MAXINT32, &error);
  g_assert_no_error (error);
  user_id = bw_server_store_add_user (store, "cora", "Cora", BW_ROLE_COORDINATOR,
                                      "hoensbroek", NULL, "geheim-wachtwoord", &error);
  g_assert_no_error (error);
  coordinator_token = bw_server_store_new_token (store, user_id, G_MAXINT32, &error);
  g_assert_no_error (error);

  /* A case closed long ago and purged: the feed holds its tombstone and
   * a push under its uuid is refused as purged (corpus push-purged). */
  {
    g_autoptr(BwServerUser) anna = bw_server_store_find_user (store, "anna", NULL);
    g_autoptr(JsonNode) request = json_from_string (
      "{\"changes\":[{\"client_change_id\":\"9b0c6a52-1f3e-4d8a-9c1b-2e4f5a6b7c8d\",\"type\":\"case\","
      "\"uuid\":\"5d1f0c2e-7a4b-4c3d-8e9f-0a1b2c3d4e5f\",\"case_uuid\":\"5d1f0c2e-7a4b-4c3d-8e9f-0a1b2c3d4e5f\","
      "\"base_revision\":0,\"fields\":{\"name\":\"Oud Gesloten\",\"date_of_birth\":null,\"address\":null,"
      "\"buurt_code\":\"BU09174103\",\"phone\":null,\"email\":null,\"household_size\":1,"
      "\"household_note\":null,\"status\":\"closed\",\"track\":\"work\",\"opened_on\":\"2019-01-02\","
      "\"has_debts\":false,\"debt_amount\":0,\"debt_route\":\"none\",\"language_need\":\"none\","
      "\"outcome\":\"work\",\"outcome_note\":null,\"closed_on\":\"2020-01-02\"}}]}", &error);
    g_autoptr(JsonObject) answer = NULL;
    guint n = 0;

    g_assert_no_error (error);
    answer = bw_server_store_push (store, anna, request, &error);
    g_assert_no_error (error);
    g_assert_true (bw_server_store_purge (store, 24, "2026-11-25", &n, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (n, ==, 1);
  }

  /* A small body limit, so that the fuzzer can reach it. */
  server = bw_sync_server_new (store, 16 * 1024);
  bw_sync_server_listen (server, "127.0.0.1", 0, NULL, &error);
  g_assert_no_error (error);
  base_url = bw_sync_server_get_url (server);
  session = soup_session_new ();
  soup_session_set_timeout (session, 30);
  return 0;
}

static void
sent (GObject      *source,
      GAsyncResult *result,
      gpointer      user_data)
{
  GBytes **answer = user_data;
  g_autoptr(GError) error = NULL;

  *answer = soup_session_send_and_read_finish (SOUP_SESSION (source), result, &error);
  /* The server must answer, not drop the connection. */
  g_assert_no_error (error);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(SoupMessage) msg = NULL;
  g_autoptr(GBytes) answer = NULL;
  g_autofree char *rest = NULL;
  g_autofree char *url = NULL;
  gboolean signed_in = TRUE;
  gboolean as_coordinator = FALSE;
  guint status;

  if (size < 1)
    return 0;
  rest = bw_fuzz_strndup (data + 1, size - 1);

  switch (data[0])
    {
    case 'L':
    case 'P':
    case 'O':
    case 'X':
    case 'T':
      {
        g_autoptr(GBytes) body = g_bytes_new (data + 1, size - 1);

        signed_in = data[0] != 'L';
        url = g_strconcat (base_url, data[0] == 'P' ? "/api/v1/push" : data[0] == 'O' ? "/api/v1/audit/opened"
                                     : data[0] == 'X' ? "/api/v1/audit/exported"
                                     : data[0] == 'T' ? "/api/v1/transfers/answer" : "/api/v1/login", NULL);
        msg = soup_message_new (SOUP_METHOD_POST, url);
        soup_message_set_request_body_from_bytes (msg, "application/json", body);
      }
      break;
    case 'C':
    case 'Q':
    case 'A':
      {
        /* Escaped so that the URL stays one URL, with & and = left as
         * they are: the server decodes the pairs it is given. */
        g_autofree char *query = g_uri_escape_string (rest, "&=", FALSE);

        url = g_strconcat (base_url, data[0] == 'C' ? "/api/v1/changes?" : data[0] == 'Q' ? "/api/v1/reports?"
                                     : "/api/v1/access-history?", query, NULL);
        as_coordinator = data[0] == 'A';
        msg = soup_message_new (SOUP_METHOD_GET, url);
      }
      break;
    case 'R':
      {
        g_autofree char *tail = g_uri_escape_string (rest, NULL, FALSE);

        url = g_strconcat (base_url, "/api/v1/records/", tail, NULL);
        msg = soup_message_new (SOUP_METHOD_GET, url);
      }
      break;
    case 'H':
      {
        g_autofree char *tail = g_uri_escape_string (rest, NULL, FALSE);

        url = g_strconcat (base_url, "/api/v1/cases/", tail, "/access-history", NULL);
        msg = soup_message_new (SOUP_METHOD_GET, url);
      }
      break;
    case 'U':
    case 'D':
      {
        /* The attachment of corpus/push-attachment; header values kept to
         * printable ASCII, as a client library sends them. */
        const char *newline = data[0] == 'U' ? memchr (rest, '\n', strlen (rest)) : NULL;
        g_autofree char *value = g_strndup (rest, newline ? (gsize) (newline - rest) : strlen (rest));

        for (char *p = value; *p; p++)
          if (!g_ascii_isprint (*p))
            *p = '?';
        url = g_strconcat (base_url, "/api/v1/attachments/6a7b8c9d-0e1f-4a2b-9c3d-4e5f6a7b8c9d/content", NULL);
        msg = soup_message_new (data[0] == 'U' ? SOUP_METHOD_PUT : SOUP_METHOD_GET, url);
        if (data[0] == 'U')
          {
            gsize skip = newline ? (gsize) (newline - rest) + 2 : size;
            g_autoptr(GBytes) body = g_bytes_new (data + MIN (skip, size), size - MIN (skip, size));

            soup_message_headers_replace (soup_message_get_request_headers (msg), "Content-Range", value);
            soup_message_set_request_body_from_bytes (msg, "application/octet-stream", body);
          }
        else
          soup_message_headers_replace (soup_message_get_request_headers (msg), "Range", value);
      }
      break;
    default:
      return 0;
    }
  if (msg == NULL)
    return 0;
  if (signed_in)
    {
      g_autofree char *header = g_strconcat ("Bearer ", as_coordinator ? coordinator_token : token, NULL);

      soup_message_headers_replace (soup_message_get_request_headers (msg), "Authorization", header);
    }

  soup_session_send_and_read_async (session, msg, G_PRIORITY_DEFAULT, NULL, sent, &answer);
  while (answer == NULL)
    g_main_context_iteration (NULL, TRUE);

  status = soup_message_get_status (msg);
  if (status >= 500 || status < 200)
    {
      g_printerr ("fuzz-server: status %u for %s: %.*s\n", status, url,
                  (int) g_bytes_get_size (answer), (const char *) g_bytes_get_data (answer, NULL));
      g_error ("the server answered %u to a request it should refuse or take", status);
    }
  return 0;
}
