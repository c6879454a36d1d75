/* SPDX-License-Identifier: EUPL-1.2 */
/* The sync server over real HTTP on 127.0.0.1: a SoupServer in this process
 * (or the real binary), a SoupSession client, and the server's database
 * compared before and after every refused request. */
#include "config.h"

#include <signal.h>
#include <string.h>

#include <glib/gstdio.h>
#include <libsoup/soup.h>
#include <sqlite3.h>

#include "bw-password.h"
#include "bw-record-json.h"
#include "bw-server-store.h"
#include "bw-test-dir.h"
#include "bw-test-server-db.h"
#include "bw-sync-server.h"

#define PASSWORD "lange-zin-als-wachtwoord"

typedef struct {
  char *dir;
  char *db_path;
  BwServerStore *store;
  BwSyncServer *server;
  char *url;
  SoupSession *session;
  /* tokens, made directly so that only the login tests pay for PBKDF2 */
  char *fatima;   /* buurtteam, team Noord */
  char *jan;      /* buurtteam, team Noord */
  char *bram;     /* buurtteam, team Zuid */
  char *piet;     /* partner, VSV */
} Fixture;

static char *
token_for (Fixture    *f,
           const char *login,
           gint64      expires_at)
{
  g_autoptr(BwServerUser) user = bw_server_store_find_user (f->store, login, NULL);
  g_autoptr(GError) error = NULL;
  char *token;

  g_assert_nonnull (user);
  token = bw_server_store_new_token (f->store, user->id, expires_at, &error);
  g_assert_no_error (error);
  return token;
}

static gint64
in_one_hour (void)
{
  return g_get_real_time () / G_USEC_PER_SEC + 3600;
}

static void
start_server (Fixture *f,
              gsize    max_body)
{
  g_autoptr(GError) error = NULL;

  f->store = bw_server_store_open (f->db_path, &error);
  g_assert_no_error (error);
  f->server = bw_sync_server_new (f->store, max_body);
  bw_sync_server_listen (f->server, "127.0.0.1", 0, NULL, &error);
  g_assert_no_error (error);
  g_free (f->url);
  f->url = bw_sync_server_get_url (f->server);
  g_assert_true (g_str_has_prefix (f->url, "http://127.0.0.1:"));
}

static void
stop_server (Fixture *f)
{
  bw_sync_server_disconnect (f->server);
  g_clear_object (&f->server);
  g_clear_object (&f->store);
  /* Let the closed connections go. */
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
add_user (Fixture    *f,
          const char *login,
          BwRole      role,
          const char *team,
          const char *organisation)
{
  g_autoptr(GError) error = NULL;

  bw_server_store_add_user (f->store, login, login, role, team, organisation, PASSWORD, &error);
  g_assert_no_error (error);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  gsize max_body = GPOINTER_TO_SIZE (data);

  f->dir = g_dir_make_tmp ("bw-server-XXXXXX", NULL);
  f->db_path = bw_test_server_db_new (f->dir, "server.db");
  start_server (f, max_body);
  add_user (f, "fatima", BW_ROLE_BUURTTEAM, "Noord", NULL);
  add_user (f, "jan", BW_ROLE_BUURTTEAM, "Noord", NULL);
  add_user (f, "bram", BW_ROLE_BUURTTEAM, "Zuid", NULL);
  add_user (f, "piet", BW_ROLE_PARTNER, NULL, "vsv");
  f->fatima = token_for (f, "fatima", in_one_hour ());
  f->jan = token_for (f, "jan", in_one_hour ());
  f->bram = token_for (f, "bram", in_one_hour ());
  f->piet = token_for (f, "piet", in_one_hour ());
  f->session = soup_session_new ();
}

static void
remove_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir && (name = g_dir_read_name (dir)))
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      g_remove (child);
    }
  g_rmdir (path);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->session);
  stop_server (f);
  remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->db_path);
  g_free (f->url);
  g_free (f->fatima);
  g_free (f->jan);
  g_free (f->bram);
  g_free (f->piet);
}

/* HTTP */

/* The Retry-After and Connection headers of the last answer. */
static char *last_retry_after;
static char *last_connection;

typedef struct {
  GBytes *body;
  GError *error;
  gboolean done;
} Reply;

static void
got_reply (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  Reply *reply = user_data;

  reply->body = soup_session_send_and_read_finish (SOUP_SESSION (source), result, &reply->error);
  reply->done = TRUE;
}

/* Sends a request and runs the main loop (where the server also runs)
 * until the answer is in. Returns the parsed JSON body. */
static JsonNode *
http_raw (SoupSession *session,
          const char  *url,
          const char  *method,
          const char  *path,
          const char  *token,
          const char  *body,
          gsize        body_length,
          guint       *status)
{
  g_autofree char *uri = g_strconcat (url, path, NULL);
  g_autoptr(SoupMessage) msg = soup_message_new (method, uri);
  g_autoptr(JsonParser) parser = json_parser_new ();
  Reply reply = { 0 };

  g_assert_nonnull (msg);
  if (token != NULL)
    {
      g_autofree char *header = g_strconcat ("Bearer ", token, NULL);
      soup_message_headers_replace (soup_message_get_request_headers (msg), "Authorization", header);
    }
  if (body != NULL)
    {
      g_autoptr(GBytes) bytes = g_bytes_new (body, body_length);
      soup_message_set_request_body_from_bytes (msg, "application/json", bytes);
    }
  soup_session_send_and_read_async (session, msg, G_PRIORITY_DEFAULT, NULL, got_reply, &reply);
  while (!reply.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_no_error (reply.error);
  *status = soup_message_get_status (msg);
  g_free (last_retry_after);
  last_retry_after = g_strdup (soup_message_headers_get_one (soup_message_get_response_headers (msg),
                                                             "Retry-After"));
  g_free (last_connection);
  last_connection = g_strdup (soup_message_headers_get_one (soup_message_get_response_headers (msg),
                                                            "Connection"));

  json_parser_load_from_data (parser, g_bytes_get_data (reply.body, NULL),
                              g_bytes_get_size (reply.body), NULL);
  g_bytes_unref (reply.body);
  /* Every answer, refusals too, is a JSON object. */
  g_assert_nonnull (json_parser_get_root (parser));
  g_assert_true (JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)));
  return json_node_copy (json_parser_get_root (parser));
}

static JsonNode *
http (Fixture    *f,
      const char *method,
      const char *path,
      const char *token,
      const char *body,
      guint      *status)
{
  return http_raw (f->session, f->url, method, path, token, body, body ? strlen (body) : 0, status);
}

static JsonObject *
obj (JsonNode *node)
{
  return json_node_get_object (node);
}

static void
assert_error (JsonNode   *node,
              const char *code)
{
  JsonObject *error = json_object_get_object_member (obj (node), "error");

  g_assert_nonnull (error);
  g_assert_cmpstr (json_object_get_string_member (error, "code"), ==, code);
  g_assert_nonnull (json_object_get_string_member (error, "message"));
}

static char *
to_text (JsonNode *node)
{
  return json_to_string (node, FALSE);
}

/* Everything the server keeps, as text, to show that a refusal changed
 * nothing. */
static char *
dump_db (Fixture *f)
{
  static const char *queries[] = {
    "SELECT type, uuid, case_uuid, team_id, fields, field_revs, revision, deleted, seq,"
    " created_at, updated_at FROM records ORDER BY uuid",
    "SELECT user_id, client_change_id, answer FROM applied_changes ORDER BY 1, 2",
    "SELECT record_uuid, field, server_value, client_value FROM conflicts ORDER BY id",
    "SELECT last FROM sequence",
    "SELECT id, login, disabled FROM users ORDER BY id",
    "SELECT token_hash, revoked FROM tokens ORDER BY 1",
    "SELECT key, value FROM meta ORDER BY key",
    NULL,
  };

  return bw_test_server_db_dump (f->db_path, queries);
}

static gint64
count_rows (Fixture    *f,
            const char *sql)
{
  return bw_test_server_db_count (f->db_path, sql, NULL);
}

/* Building pushes */

static BwCase *
new_case (const char *name)
{
  BwCase *record = bw_case_new ();
  g_autofree char *uuid = g_uuid_string_random ();

  bw_case_set_uuid (record, uuid);
  bw_case_set_name (record, name);
  bw_case_set_buurt_code (record, "BU09171000");
  bw_case_set_phone (record, "045 000 0000");
  bw_case_set_address (record, "Akerstraat 1");
  bw_case_set_household_size (record, 2);
  return record;
}

/* A change object for a push. */
static JsonObject *
change_new (const char *client_change_id,
            const char *type,
            const char *uuid,
            const char *case_uuid,
            gint64      base_revision,
            JsonObject *fields)
{
  JsonObject *change = json_object_new ();
  g_autofree char *ccid = client_change_id ? NULL : g_uuid_string_random ();

  json_object_set_string_member (change, "client_change_id", client_change_id ? client_change_id : ccid);
  json_object_set_string_member (change, "type", type);
  json_object_set_string_member (change, "uuid", uuid);
  json_object_set_string_member (change, "case_uuid", case_uuid);
  json_object_set_int_member (change, "base_revision", base_revision);
  json_object_set_object_member (change, "fields", fields);
  return change;
}

static JsonObject *
case_change (BwCase *record)
{
  return change_new (NULL, "case", bw_case_get_uuid (record), bw_case_get_uuid (record), 0,
                     bw_record_json_case_fields (record));
}

static char *
push_body (JsonObject *first,
           ...)
{
  g_autoptr(JsonObject) body = json_object_new ();
  g_autoptr(JsonNode) node = NULL;
  JsonArray *changes = json_array_new ();
  va_list args;

  va_start (args, first);
  for (JsonObject *c = first; c; c = va_arg (args, JsonObject *))
    json_array_add_object_element (changes, c);
  va_end (args);
  json_object_set_array_member (body, "changes", changes);
  node = json_node_init_object (json_node_alloc (), body);
  return json_to_string (node, FALSE);
}

/* Pushes and returns the results array's node (the whole answer). */
static JsonNode *
push (Fixture    *f,
      const char *token,
      const char *body)
{
  guint status;
  JsonNode *answer = http (f, "POST", "/api/v1/push", token, body, &status);

  g_assert_cmpuint (status, ==, 200);
  return answer;
}

static JsonObject *
result_at (JsonNode *answer,
           guint     i)
{
  return json_array_get_object_element (json_object_get_array_member (obj (answer), "results"), i);
}

static const char *
status_of (JsonNode *answer,
           guint     i)
{
  return json_object_get_string_member (result_at (answer, i), "status");
}

/* Pushes one new case as @token and returns its uuid. */
static char *
create_case (Fixture    *f,
             const char *token,
             const char *name)
{
  g_autoptr(BwCase) record = new_case (name);
  g_autofree char *body = push_body (case_change (record), NULL);
  g_autoptr(JsonNode) answer = push (f, token, body);

  g_assert_cmpstr (status_of (answer, 0), ==, "applied");
  return g_strdup (bw_case_get_uuid (record));
}

static JsonObject *
fields_of (const char *json)
{
  g_autoptr(JsonParser) parser = json_parser_new ();

  g_assert_true (json_parser_load_from_data (parser, json, -1, NULL));
  return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
}

/* The server's current record, as @token sees it. */
static JsonNode *
get_record (Fixture    *f,
            const char *token,
            const char *uuid,
            guint      *status)
{
  g_autofree char *path = g_strconcat ("/api/v1/records/", uuid, NULL);

  return http (f, "GET", path, token, NULL, status);
}

static JsonObject *
record_fields (JsonNode *answer)
{
  return json_object_get_object_member (json_object_get_object_member (obj (answer), "record"), "fields");
}

/* Tests */

static void
test_login (Fixture       *f,
            gconstpointer  data)
{
  guint status;
  g_autoptr(JsonNode) good = http (f, "POST", "/api/v1/login", NULL,
                                   "{\"login\": \"fatima\", \"password\": \"" PASSWORD "\"}", &status);
  const char *token;

  g_assert_cmpuint (status, ==, 200);
  token = json_object_get_string_member (obj (good), "token");
  g_assert_cmpuint (strlen (token), >=, 40);
  g_assert_cmpstr (json_object_get_string_member (obj (good), "epoch"), ==,
                   bw_server_store_get_epoch (f->store));
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (obj (good), "user"), "role"),
                   ==, "buurtteam");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (obj (good), "user"), "team"),
                   ==, "Noord");
  {
    g_autoptr(JsonNode) feed = http (f, "GET", "/api/v1/changes", token, NULL, &status);
    g_assert_cmpuint (status, ==, 200);
  }

  /* Wrong password, unknown login, disabled account: one answer. */
  {
    g_autoptr(JsonNode) wrong = http (f, "POST", "/api/v1/login", NULL,
                                      "{\"login\": \"fatima\", \"password\": \"fout\"}", &status);
    g_autoptr(JsonNode) unknown = NULL;
    g_autoptr(JsonNode) disabled = NULL;
    g_autoptr(JsonNode) old_token = NULL;
    g_autoptr(GError) error = NULL;
    g_autofree char *wrong_text = NULL;
    g_autofree char *unknown_text = NULL;
    g_autofree char *disabled_text = NULL;

    g_assert_cmpuint (status, ==, 401);
    assert_error (wrong, "unauthorized");
    unknown = http (f, "POST", "/api/v1/login", NULL,
                    "{\"login\": \"niemand\", \"password\": \"" PASSWORD "\"}", &status);
    g_assert_cmpuint (status, ==, 401);
    bw_server_store_disable_user (f->store, "jan", &error);
    g_assert_no_error (error);
    disabled = http (f, "POST", "/api/v1/login", NULL,
                     "{\"login\": \"jan\", \"password\": \"" PASSWORD "\"}", &status);
    g_assert_cmpuint (status, ==, 401);
    wrong_text = to_text (wrong);
    unknown_text = to_text (unknown);
    disabled_text = to_text (disabled);
    g_assert_cmpstr (wrong_text, ==, unknown_text);
    g_assert_cmpstr (wrong_text, ==, disabled_text);
    /* A disabled user's existing token stops working too. */
    old_token = http (f, "GET", "/api/v1/changes", f->jan, NULL, &status);
    g_assert_cmpuint (status, ==, 401);
  }

  /* A login body with an extra member or a wrong type is a bad request. */
  {
    g_autoptr(JsonNode) extra = http (f, "POST", "/api/v1/login", NULL,
                                      "{\"login\": \"fatima\", \"password\": \"" PASSWORD "\", \"admin\": true}",
                                      &status);
    g_autoptr(JsonNode) wrong_type = NULL;

    g_assert_cmpuint (status, ==, 400);
    assert_error (extra, "invalid");
    wrong_type = http (f, "POST", "/api/v1/login", NULL, "{\"login\": \"fatima\", \"password\": 12345678}",
                       &status);
    g_assert_cmpuint (status, ==, 400);
  }
}

static void
test_unauthorized (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *expired = token_for (f, "fatima", g_get_real_time () / G_USEC_PER_SEC - 1);
  g_autofree char *revoked = token_for (f, "fatima", in_one_hour ());
  g_autoptr(BwCase) record = new_case ("Anna");
  g_autofree char *body = push_body (case_change (record), NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  const char *tokens[] = { NULL, "", "garbage", "Zm9vYmFy", NULL, NULL };

  bw_server_store_revoke_token (f->store, revoked, &error);
  g_assert_no_error (error);
  tokens[4] = expired;
  tokens[5] = revoked;

  before = dump_db (f);
  for (guint i = 0; i < G_N_ELEMENTS (tokens); i++)
    {
      guint status;
      g_autoptr(JsonNode) feed = http (f, "GET", "/api/v1/changes", tokens[i], NULL, &status);
      g_autoptr(JsonNode) pushed = NULL;

      g_assert_cmpuint (status, ==, 401);
      assert_error (feed, "unauthorized");
      pushed = http (f, "POST", "/api/v1/push", tokens[i], body, &status);
      g_assert_cmpuint (status, ==, 401);
      assert_error (pushed, "unauthorized");
    }
  after = dump_db (f);
  g_assert_cmpstr (before, ==, after);
}

/* A raw HTTP request on its own thread (the server runs in this thread's
 * main loop): the first line of the answer, read within a few seconds. */
typedef struct {
  guint16 port;
  const char *request;
  char *status_line;
  gboolean done;
} RawRequest;

static gpointer
raw_request_thread (gpointer data)
{
  RawRequest *raw = data;
  g_autoptr(GSocketClient) client = g_socket_client_new ();
  g_autoptr(GSocketConnection) connection = NULL;
  g_autoptr(GDataInputStream) in = NULL;

  g_socket_client_set_timeout (client, 5);
  connection = g_socket_client_connect_to_host (client, "127.0.0.1", raw->port, NULL, NULL);
  if (connection != NULL &&
      g_output_stream_write_all (g_io_stream_get_output_stream (G_IO_STREAM (connection)),
                                 raw->request, strlen (raw->request), NULL, NULL, NULL))
    {
      in = g_data_input_stream_new (g_io_stream_get_input_stream (G_IO_STREAM (connection)));
      raw->status_line = g_data_input_stream_read_line_utf8 (in, NULL, NULL, NULL);
    }
  g_atomic_int_set (&raw->done, TRUE);
  return NULL;
}

static char *
raw_request (Fixture    *f,
             const char *request)
{
  RawRequest raw = { bw_sync_server_get_port (f->server), request, NULL, FALSE };
  GThread *thread = g_thread_new ("raw-request", raw_request_thread, &raw);

  while (!g_atomic_int_get (&raw.done))
    g_main_context_iteration (NULL, FALSE);
  g_thread_join (thread);
  return raw.status_line;
}

static void
test_too_large (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *before = dump_db (f);
  g_autofree char *after = NULL;
  g_autoptr(BwCase) record = new_case ("Anna");
  g_autoptr(JsonObject) change = case_change (record);
  g_autoptr(JsonNode) change_node = json_node_init_object (json_node_alloc (), change);
  g_autofree char *change_text = json_to_string (change_node, FALSE);
  GString *big = g_string_new ("{\"changes\": [");
  g_autofree char *big_text = NULL;
  g_autofree char *small = NULL;
  g_autoptr(JsonNode) answer = NULL;
  guint status;

  /* Valid JSON, valid changes, just too much of it (the fixture's limit is
   * 16 KiB): refused from its Content-Length, nothing applied. */
  for (int i = 0; i < 40; i++)
    g_string_append_printf (big, "%s%s", i ? "," : "", change_text);
  g_string_append (big, "]}");
  big_text = g_string_free (big, FALSE);
  g_assert_cmpuint (strlen (big_text), >, 16 * 1024);
  answer = http (f, "POST", "/api/v1/push", f->fatima, big_text, &status);
  g_assert_cmpuint (status, ==, 413);
  assert_error (answer, "too_large");
  g_clear_pointer (&answer, json_node_unref);

  /* A client that announces a huge body and waits for "100 Continue" is
   * refused from the headers alone, before any of the body is sent; one
   * without a length is refused too (411). */
  {
    g_autofree char *expect = raw_request (f, "POST /api/v1/push HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                                              "Content-Length: 100000000\r\nExpect: 100-continue\r\n\r\n");
    g_autofree char *chunked = raw_request (f, "POST /api/v1/push HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                                               "Transfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n");

    g_assert_nonnull (expect);
    g_assert_true (g_str_has_prefix (expect, "HTTP/1.1 413"));
    g_assert_nonnull (chunked);
    g_assert_true (g_str_has_prefix (chunked, "HTTP/1.1 411"));
  }

  /* A batch over the maximum number of changes is refused as a whole too. */
  {
    GString *many = g_string_new ("{\"changes\": [");
    g_autofree char *many_text = NULL;
    g_autoptr(SoupSession) session = soup_session_new ();
    g_autoptr(BwSyncServer) roomy = bw_sync_server_new (f->store, 64 * 1024 * 1024);
    g_autoptr(GError) error = NULL;
    g_autofree char *url = NULL;

    bw_sync_server_listen (roomy, "127.0.0.1", 0, NULL, &error);
    g_assert_no_error (error);
    url = bw_sync_server_get_url (roomy);
    for (int i = 0; i <= BW_SERVER_MAX_PUSH; i++)
      {
        g_autoptr(BwCase) r = new_case ("Bulk");
        g_autoptr(JsonObject) c = case_change (r);
        g_autoptr(JsonNode) n = json_node_init_object (json_node_alloc (), c);
        g_autofree char *t = json_to_string (n, FALSE);

        g_string_append_printf (many, "%s%s", i ? "," : "", t);
      }
    g_string_append (many, "]}");
    many_text = g_string_free (many, FALSE);
    answer = http_raw (session, url, "POST", "/api/v1/push", f->fatima, many_text, strlen (many_text),
                       &status);
    g_assert_cmpuint (status, ==, 413);
    assert_error (answer, "too_large");
    g_clear_pointer (&answer, json_node_unref);
    bw_sync_server_disconnect (roomy);
  }

  /* Under the limit the same change goes through. */
  small = push_body (json_object_ref (change), NULL);
  answer = push (f, f->fatima, small);
  g_assert_cmpstr (status_of (answer, 0), ==, "applied");

  after = dump_db (f);
  g_assert_cmpstr (before, !=, after);
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM records"), ==, 1);
}

static void
test_bad_requests (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *uuid = create_case (f, f->fatima, "Anna");
  g_autofree char *good = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *ccid = g_uuid_string_random ();
  g_autofree char *new_uuid = g_uuid_string_random ();
  struct { const char *body; const char *code; } bad[] = {
    { "{\"changes\": [", "malformed" },
    { "not json at all", "malformed" },
    { "[1, 2, 3]", "malformed" },
    { "\"changes\"", "malformed" },
    { "{\"changes\": {}}", "invalid" },
    { "{\"changes\": [], \"force\": true}", "invalid" },
    { "{}", "invalid" },
    { "{\"changes\": [42]}", "invalid" },
  };
  /* Each broken change comes after a valid one, to show that the valid
   * one is not applied either. */
  const char *broken_changes[] = {
    "{\"client_change_id\": \"%s\", \"type\": \"case\", \"uuid\": \"%s\", \"case_uuid\": \"%s\","
    " \"base_revision\": \"1\", \"fields\": {}}",
    "{\"client_change_id\": \"%s\", \"type\": \"case\", \"uuid\": \"%s\", \"case_uuid\": \"%s\","
    " \"base_revision\": 1, \"fields\": {}, \"priority\": 1}",
    "{\"client_change_id\": \"%s\", \"type\": \"person\", \"uuid\": \"%s\", \"case_uuid\": \"%s\","
    " \"base_revision\": 1, \"fields\": {}}",
    "{\"client_change_id\": \"%s\", \"type\": \"case\", \"uuid\": \"%s\", \"case_uuid\": \"%s\","
    " \"base_revision\": 1, \"fields\": []}",
    "{\"client_change_id\": \"%s\", \"type\": \"case\", \"uuid\": \"%s\", \"case_uuid\": \"%s\","
    " \"base_revision\": 1, \"deleted\": \"yes\", \"fields\": {}}",
    "{\"client_change_id\": \"not-a-uuid%.0s\", \"type\": \"case\", \"uuid\": \"%s\", \"case_uuid\": \"%s\","
    " \"base_revision\": 1, \"fields\": {}}",
    "{\"client_change_id\": \"%s\", \"type\": \"case\", \"uuid\": \"%s\", \"case_uuid\": \"%s\","
    " \"base_revision\": -1, \"fields\": {}}",
    "{\"client_change_id\": \"%s\", \"type\": \"case\", \"uuid\": \"%s\","
    " \"base_revision\": 1, \"fields\": {}}%.0s",
  };
  guint status;

  {
    g_autoptr(BwCase) record = new_case ("Bert");
    g_autoptr(JsonObject) change = case_change (record);
    g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), change);

    good = json_to_string (node, FALSE);
  }

  before = dump_db (f);
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(JsonNode) answer = http (f, "POST", "/api/v1/push", f->fatima, bad[i].body, &status);

      g_assert_cmpuint (status, ==, 400);
      assert_error (answer, bad[i].code);
    }
  for (guint i = 0; i < G_N_ELEMENTS (broken_changes); i++)
    {
      g_autofree char *broken = g_strdup_printf (broken_changes[i], ccid, uuid, uuid);
      g_autofree char *body = g_strdup_printf ("{\"changes\": [%s, %s]}", good, broken);
      g_autoptr(JsonNode) answer = http (f, "POST", "/api/v1/push", f->fatima, body, &status);

      g_assert_cmpuint (status, ==, 400);
      assert_error (answer, "invalid");
      g_assert_nonnull (strstr (json_object_get_string_member (json_object_get_object_member (obj (answer), "error"),
                                                               "message"), "changes[1]"));
    }
  /* The feed's parameters are checked as strictly. */
  {
    const char *paths[] = { "/api/v1/changes?since=-1", "/api/v1/changes?since=abc",
                            "/api/v1/changes?limit=0", "/api/v1/changes?limit=100000",
                            "/api/v1/changes?sinse=1" };

    for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
      {
        g_autoptr(JsonNode) answer = http (f, "GET", paths[i], f->fatima, NULL, &status);

        g_assert_cmpuint (status, ==, 400);
        assert_error (answer, "invalid");
      }
  }
  /* Unknown paths and methods. */
  {
    g_autoptr(JsonNode) unknown = http (f, "GET", "/api/v1/everything", f->fatima, NULL, &status);
    g_autoptr(JsonNode) method = NULL;

    g_assert_cmpuint (status, ==, 404);
    assert_error (unknown, "not_found");
    method = http (f, "GET", "/api/v1/push", f->fatima, NULL, &status);
    g_assert_cmpuint (status, ==, 405);
  }
  after = dump_db (f);
  g_assert_cmpstr (before, ==, after);
  (void) new_uuid;
}

/* Every record type goes up and comes back down exactly. */
static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(BwCase) record = new_case ("Anna de Vries");
  const char *case_uuid = bw_case_get_uuid (record);
  g_autofree char *u1 = g_uuid_string_random ();
  g_autofree char *u2 = g_uuid_string_random ();
  g_autofree char *u3 = g_uuid_string_random ();
  g_autofree char *u4 = g_uuid_string_random ();
  g_autofree char *u5 = g_uuid_string_random ();
  int scores[BW_DOMAIN_N] = { 1, 2, 3, 4, 5, 4, 3, 2 };
  g_autoptr(BwJournalEntry) journal = bw_journal_entry_new (0, u1, 1, "2026-03-01", "Fatima", "Gebeld");
  g_autoptr(BwCaseAction) action = bw_case_action_new (0, u2, 1, "KBL bellen", "Fatima", "2026-04-01", FALSE);
  g_autoptr(BwAssessment) assessment = bw_assessment_new (0, u3, 1, "2026-03-02", "Fatima", scores);
  g_autoptr(BwTrackChange) track = bw_track_change_new (0, u4, 1, "2026-03-03", BW_TRACK_WORK, "Fatima", "WSP");
  g_autoptr(BwInvolvement) involvement = bw_involvement_new (0, u5, 1, "Jeugdzorg", "Piet", NULL);
  JsonObject *sub[5];
  g_autofree char *body = NULL;
  g_autoptr(JsonNode) answer = NULL;
  g_autoptr(JsonNode) feed = NULL;
  JsonArray *changes;
  gint64 last_seq = 0;
  guint status;

  bw_case_set_date_of_birth (record, "1984-03-21");
  bw_case_set_has_debts (record, TRUE);
  bw_case_set_debt_amount (record, 250000);
  bw_case_set_debt_route (record, BW_DEBT_ROUTE_MAATJE);
  bw_case_set_status (record, BW_CASE_STATUS_ACTIVE);

  sub[0] = bw_record_json_from_journal_entry (journal, case_uuid);
  sub[1] = bw_record_json_from_case_action (action, case_uuid);
  sub[2] = bw_record_json_from_assessment (assessment, case_uuid);
  sub[3] = bw_record_json_from_track_change (track, case_uuid);
  sub[4] = bw_record_json_from_involvement (involvement, case_uuid);
  {
    JsonObject *changes_out[5];

    for (int i = 0; i < 5; i++)
      {
        changes_out[i] = change_new (NULL, json_object_get_string_member (sub[i], "type"),
                                     json_object_get_string_member (sub[i], "uuid"), case_uuid, 0,
                                     json_object_ref (json_object_get_object_member (sub[i], "fields")));
      }
    body = push_body (case_change (record), changes_out[0], changes_out[1], changes_out[2],
                      changes_out[3], changes_out[4], NULL);
  }
  answer = push (f, f->fatima, body);
  for (guint i = 0; i < 6; i++)
    {
      g_assert_cmpstr (status_of (answer, i), ==, "applied");
      g_assert_cmpint (json_object_get_int_member (result_at (answer, i), "revision"), ==, 1);
      /* The server's sequence orders everything. */
      g_assert_cmpint (json_object_get_int_member (result_at (answer, i), "seq"), >, last_seq);
      last_seq = json_object_get_int_member (result_at (answer, i), "seq");
    }

  feed = http (f, "GET", "/api/v1/changes?since=0", f->jan, NULL, &status);
  g_assert_cmpuint (status, ==, 200);
  changes = json_object_get_array_member (obj (feed), "changes");
  g_assert_cmpuint (json_array_get_length (changes), ==, 6);
  g_assert_false (json_object_get_boolean_member (obj (feed), "more"));
  g_assert_cmpint (json_object_get_int_member (obj (feed), "next_since"), ==, last_seq);
  g_assert_cmpstr (json_object_get_string_member (obj (feed), "epoch"), ==, bw_server_store_get_epoch (f->store));

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(BwCase) back = bw_record_json_to_case (json_array_get_object_element (changes, 0), &error);

    g_assert_no_error (error);
    /* The server makes the creator (fatima, the first user) the owner. */
    g_assert_cmpint (bw_record_get_int (BW_RECORD (back), "owner"), ==, 1);
    bw_record_set_int (BW_RECORD (record), "owner", 1);
    g_assert_true (bw_case_equal_content (record, back));
    g_assert_cmpint (bw_case_get_revision (back), ==, 1);
    g_assert_cmpstr (bw_case_get_created_by (back), ==, "fatima");
  }
  for (guint i = 1; i < 6; i++)
    {
      JsonObject *down = json_array_get_object_element (changes, i);
      BwRecordEnvelope envelope = { 0 };
      g_autoptr(GError) error = NULL;
      g_autoptr(JsonNode) a = json_node_init_object (json_node_alloc (),
                                                     json_object_get_object_member (sub[i - 1], "fields"));
      g_autoptr(JsonNode) b = NULL;

      g_assert_true (bw_record_envelope_parse (down, &envelope, &error));
      g_assert_no_error (error);
      g_assert_cmpstr (envelope.uuid, ==, json_object_get_string_member (sub[i - 1], "uuid"));
      g_assert_cmpstr (envelope.case_uuid, ==, case_uuid);
      b = json_node_init_object (json_node_alloc (), envelope.fields);
      g_assert_true (json_node_equal (a, b));
      bw_record_envelope_clear (&envelope);
    }
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(BwAssessment) back = bw_record_json_to_assessment (json_array_get_object_element (changes, 3),
                                                                 NULL, &error);
    g_assert_no_error (error);
    for (int d = 0; d < BW_DOMAIN_N; d++)
      g_assert_cmpint (bw_assessment_get_score (back, d), ==, scores[d]);
  }

  /* Paging: two at a time, each record once, in sequence order. */
  {
    gint64 since = 0;
    guint seen = 0, pages = 0;
    gboolean more = TRUE;

    while (more)
      {
        g_autofree char *path = g_strdup_printf ("/api/v1/changes?since=%" G_GINT64_FORMAT "&limit=2", since);
        g_autoptr(JsonNode) page = http (f, "GET", path, f->fatima, NULL, &status);
        JsonArray *items = json_object_get_array_member (obj (page), "changes");

        g_assert_cmpuint (status, ==, 200);
        for (guint i = 0; i < json_array_get_length (items); i++)
          g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (items, i), "seq"), >, since);
        seen += json_array_get_length (items);
        since = json_object_get_int_member (obj (page), "next_since");
        more = json_object_get_boolean_member (obj (page), "more");
        pages++;
      }
    g_assert_cmpuint (seen, ==, 6);
    g_assert_cmpuint (pages, ==, 3);
  }
  /* Nothing new: an empty page. */
  {
    g_autofree char *path = g_strdup_printf ("/api/v1/changes?since=%" G_GINT64_FORMAT, last_seq);
    g_autoptr(JsonNode) page = http (f, "GET", path, f->fatima, NULL, &status);

    g_assert_cmpuint (json_array_get_length (json_object_get_array_member (obj (page), "changes")), ==, 0);
  }
  for (int i = 0; i < 5; i++)
    json_object_unref (sub[i]);
}

/* Fault 1: the reply to a push is lost and the client sends it again. */
static void
test_retry (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(BwCase) record = new_case ("Anna");
  g_autofree char *body = push_body (case_change (record), NULL);
  g_autoptr(JsonNode) first = push (f, f->fatima, body);
  g_autofree char *after_first = dump_db (f);
  g_autoptr(JsonNode) second = push (f, f->fatima, body);
  g_autofree char *after_second = dump_db (f);
  JsonObject *a = result_at (first, 0), *b = result_at (second, 0);

  g_assert_cmpstr (status_of (first, 0), ==, "applied");
  g_assert_cmpstr (status_of (second, 0), ==, "duplicate");
  g_assert_cmpstr (json_object_get_string_member (b, "original_status"), ==, "applied");
  g_assert_cmpint (json_object_get_int_member (a, "revision"), ==, json_object_get_int_member (b, "revision"));
  g_assert_cmpint (json_object_get_int_member (a, "seq"), ==, json_object_get_int_member (b, "seq"));
  g_assert_cmpstr (json_object_get_string_member (a, "client_change_id"), ==,
                   json_object_get_string_member (b, "client_change_id"));
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM records"), ==, 1);
  g_assert_cmpstr (after_first, ==, after_second);

  /* An update retried is applied once too: the revision moves once. */
  {
    g_autofree char *ccid = g_uuid_string_random ();
    g_autofree char *update = push_body (change_new (ccid, "case", bw_case_get_uuid (record),
                                                     bw_case_get_uuid (record), 1,
                                                     fields_of ("{\"phone\": \"045 111 1111\"}")), NULL);
    g_autoptr(JsonNode) u1 = push (f, f->fatima, update);
    g_autoptr(JsonNode) u2 = push (f, f->fatima, update);

    g_assert_cmpstr (status_of (u1, 0), ==, "applied");
    g_assert_cmpstr (status_of (u2, 0), ==, "duplicate");
    g_assert_cmpint (json_object_get_int_member (result_at (u2, 0), "revision"), ==, 2);
    g_assert_cmpint (count_rows (f, "SELECT revision FROM records"), ==, 2);
  }
}

/* Faults 3 and 6: two desktops edit different fields from the same base. */
static void
test_merge (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *uuid = create_case (f, f->fatima, "Anna");
  g_autofree char *phone = push_body (change_new (NULL, "case", uuid, uuid, 1,
                                                  fields_of ("{\"phone\": \"045 222 2222\"}")), NULL);
  g_autofree char *address = push_body (change_new (NULL, "case", uuid, uuid, 1,
                                                    fields_of ("{\"address\": \"Pancratiusplein 1\","
                                                               " \"household_size\": 3}")), NULL);
  g_autoptr(JsonNode) a = push (f, f->fatima, phone);
  g_autoptr(JsonNode) b = push (f, f->jan, address);
  g_autoptr(JsonNode) now = NULL;
  guint status;

  g_assert_cmpstr (status_of (a, 0), ==, "applied");
  g_assert_cmpstr (status_of (b, 0), ==, "applied");
  g_assert_cmpint (json_object_get_int_member (result_at (b, 0), "revision"), ==, 3);

  now = get_record (f, f->fatima, uuid, &status);
  g_assert_cmpuint (status, ==, 200);
  g_assert_cmpstr (json_object_get_string_member (record_fields (now), "phone"), ==, "045 222 2222");
  g_assert_cmpstr (json_object_get_string_member (record_fields (now), "address"), ==, "Pancratiusplein 1");
  g_assert_cmpint (json_object_get_int_member (record_fields (now), "household_size"), ==, 3);
  /* Untouched fields are as they were. */
  g_assert_cmpstr (json_object_get_string_member (record_fields (now), "name"), ==, "Anna");
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM conflicts"), ==, 0);
}

/* The same field on both sides: a conflict, recorded and reported; the
 * server keeps its value; nothing is lost; a decision pushed later wins. */
static void
test_conflict (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *uuid = create_case (f, f->fatima, "Anna");
  g_autofree char *mine = push_body (change_new (NULL, "case", uuid, uuid, 1,
                                                 fields_of ("{\"phone\": \"045 333 3333\"}")), NULL);
  g_autofree char *theirs = push_body (change_new (NULL, "case", uuid, uuid, 1,
                                                   fields_of ("{\"phone\": \"06 1234 5678\","
                                                              " \"email\": \"anna@voorbeeld.nl\"}")), NULL);
  g_autoptr(JsonNode) a = push (f, f->fatima, mine);
  g_autoptr(JsonNode) b = push (f, f->jan, theirs);
  g_autoptr(JsonNode) now = NULL;
  JsonObject *result = result_at (b, 0);
  JsonArray *conflicts;
  JsonObject *conflict;
  guint status;

  g_assert_cmpstr (status_of (a, 0), ==, "applied");
  g_assert_cmpstr (status_of (b, 0), ==, "conflict");
  conflicts = json_object_get_array_member (result, "conflicts");
  g_assert_cmpuint (json_array_get_length (conflicts), ==, 1);
  conflict = json_array_get_object_element (conflicts, 0);
  g_assert_cmpstr (json_object_get_string_member (conflict, "field"), ==, "phone");
  g_assert_cmpstr (json_object_get_string_member (conflict, "server_value"), ==, "045 333 3333");
  g_assert_cmpstr (json_object_get_string_member (conflict, "client_value"), ==, "06 1234 5678");
  /* The field without conflict went in. */
  g_assert_cmpint (json_object_get_int_member (result, "revision"), ==, 3);
  {
    JsonObject *server_fields = json_object_get_object_member (json_object_get_object_member (result, "record"),
                                                               "fields");

    g_assert_cmpstr (json_object_get_string_member (server_fields, "email"), ==, "anna@voorbeeld.nl");
    g_assert_cmpstr (json_object_get_string_member (server_fields, "phone"), ==, "045 333 3333");
  }
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM conflicts WHERE field = 'phone'"
                                  " AND client_value = '\"06 1234 5678\"'"), ==, 1);

  /* A retry of the conflicting push records nothing more. */
  {
    g_autoptr(JsonNode) again = push (f, f->jan, theirs);

    g_assert_cmpstr (status_of (again, 0), ==, "duplicate");
    g_assert_cmpstr (json_object_get_string_member (result_at (again, 0), "original_status"), ==, "conflict");
    g_assert_cmpint (count_rows (f, "SELECT count(*) FROM conflicts"), ==, 1);
  }

  /* Equal values on both sides are no conflict. */
  {
    g_autofree char *same = push_body (change_new (NULL, "case", uuid, uuid, 1,
                                                   fields_of ("{\"phone\": \"045 333 3333\"}")), NULL);
    g_autoptr(JsonNode) c = push (f, f->jan, same);

    g_assert_cmpstr (status_of (c, 0), ==, "applied");
    g_assert_cmpint (json_object_get_int_member (result_at (c, 0), "revision"), ==, 3);
  }

  /* A person chose "theirs": pushed on the revision from the answer. */
  {
    g_autofree char *decision = push_body (change_new (NULL, "case", uuid, uuid, 3,
                                                       fields_of ("{\"phone\": \"06 1234 5678\"}")), NULL);
    g_autoptr(JsonNode) d = push (f, f->jan, decision);

    g_assert_cmpstr (status_of (d, 0), ==, "applied");
  }
  now = get_record (f, f->fatima, uuid, &status);
  g_assert_cmpstr (json_object_get_string_member (record_fields (now), "phone"), ==, "06 1234 5678");
}

/* Deleting what someone edited since, and editing what someone deleted
 * since, are conflicts, never silent. */
static void
test_delete_vs_edit (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *uuid = create_case (f, f->fatima, "Anna");
  g_autofree char *edit = push_body (change_new (NULL, "case", uuid, uuid, 1,
                                                 fields_of ("{\"phone\": \"045 444 4444\"}")), NULL);
  g_autoptr(JsonObject) stale_delete = change_new (NULL, "case", uuid, uuid, 1, json_object_new ());
  g_autofree char *stale_delete_body = NULL;
  g_autoptr(JsonNode) a = push (f, f->fatima, edit);
  g_autoptr(JsonNode) b = NULL;
  g_autoptr(JsonNode) now = NULL;
  guint status;

  json_object_set_boolean_member (stale_delete, "deleted", TRUE);
  stale_delete_body = push_body (json_object_ref (stale_delete), NULL);
  b = push (f, f->fatima, stale_delete_body);
  g_assert_cmpstr (status_of (b, 0), ==, "conflict");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (
                     json_object_get_array_member (result_at (b, 0), "conflicts"), 0), "field"), ==, "deleted");
  now = get_record (f, f->fatima, uuid, &status);
  g_assert_false (json_object_get_boolean_member (json_object_get_object_member (obj (now), "record"), "deleted"));
  g_clear_pointer (&now, json_node_unref);

  /* Confirmed on the current revision, the delete goes through. */
  {
    g_autoptr(JsonObject) confirmed = change_new (NULL, "case", uuid, uuid, 2, json_object_new ());
    g_autofree char *body = NULL;
    g_autoptr(JsonNode) c = NULL;

    json_object_set_boolean_member (confirmed, "deleted", TRUE);
    body = push_body (json_object_ref (confirmed), NULL);
    /* Only its author deletes a case. */
    c = push (f, f->jan, body);
    g_assert_cmpstr (status_of (c, 0), ==, "rejected");
    g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (result_at (c, 0), "error"),
                                                    "reason"), ==, "delete_not_author");
    g_clear_pointer (&c, json_node_unref);
    c = push (f, f->fatima, body);
    g_assert_cmpstr (status_of (c, 0), ==, "applied");
  }
  /* An offline edit from before the delete: a conflict on "deleted"; the
   * edit is kept in the record, which stays deleted until a person
   * decides. */
  {
    g_autofree char *late = push_body (change_new (NULL, "case", uuid, uuid, 2,
                                                   fields_of ("{\"address\": \"Geleenstraat 9\"}")), NULL);
    g_autoptr(JsonNode) d = push (f, f->fatima, late);

    g_assert_cmpstr (status_of (d, 0), ==, "conflict");
    now = get_record (f, f->fatima, uuid, &status);
    g_assert_true (json_object_get_boolean_member (json_object_get_object_member (obj (now), "record"), "deleted"));
    g_assert_cmpstr (json_object_get_string_member (record_fields (now), "address"), ==, "Geleenstraat 9");
  }
}

/* A team-B user cannot read or change team-A records: the same answer as
 * for a record that does not exist. A partner gets nothing yet. */
static void
test_access (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *uuid = create_case (f, f->fatima, "Anna");
  g_autofree char *absent = g_uuid_string_random ();
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  guint status_a, status_b;

  before = dump_db (f);
  {
    g_autoptr(JsonNode) a = get_record (f, f->bram, uuid, &status_a);
    g_autoptr(JsonNode) b = get_record (f, f->bram, absent, &status_b);
    g_autofree char *ta = to_text (a);
    g_autofree char *tb = to_text (b);

    g_assert_cmpuint (status_a, ==, 404);
    g_assert_cmpuint (status_b, ==, 404);
    g_assert_cmpstr (ta, ==, tb);
  }
  {
    g_autofree char *ccid = g_uuid_string_random ();
    g_autofree char *to_theirs = push_body (change_new (ccid, "case", uuid, uuid, 1,
                                                        fields_of ("{\"phone\": \"045 555 5555\"}")), NULL);
    g_autofree char *to_absent = push_body (change_new (ccid, "case", absent, absent, 1,
                                                        fields_of ("{\"phone\": \"045 555 5555\"}")), NULL);
    g_autoptr(JsonNode) a = push (f, f->bram, to_theirs);
    g_autoptr(JsonNode) b = push (f, f->bram, to_absent);
    g_autoptr(JsonNode) ea = json_node_init_object (json_node_alloc (),
                                                    json_object_get_object_member (result_at (a, 0), "error"));
    g_autoptr(JsonNode) eb = json_node_init_object (json_node_alloc (),
                                                    json_object_get_object_member (result_at (b, 0), "error"));
    g_autofree char *ta = to_text (ea);
    g_autofree char *tb = to_text (eb);

    g_assert_cmpstr (status_of (a, 0), ==, "rejected");
    g_assert_cmpstr (status_of (b, 0), ==, "rejected");
    g_assert_cmpstr (ta, ==, tb);
  }
  /* Nor can a record be hung under another team's case. */
  {
    g_autofree char *journal_uuid = g_uuid_string_random ();
    g_autofree char *body = push_body (change_new (NULL, "journal", journal_uuid, uuid, 0,
                                                   fields_of ("{\"date\": \"2026-03-01\", \"author\": null,"
                                                              " \"text\": \"x\"}")), NULL);
    g_autoptr(JsonNode) a = push (f, f->bram, body);

    g_assert_cmpstr (status_of (a, 0), ==, "rejected");
    g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (result_at (a, 0), "error"),
                                                    "code"), ==, "not_found");
  }
  /* The feed of another team and of a partner holds nothing of it. */
  {
    g_autoptr(JsonNode) feed = http (f, "GET", "/api/v1/changes", f->bram, NULL, &status_a);
    g_autoptr(JsonNode) partner = http (f, "GET", "/api/v1/changes", f->piet, NULL, &status_b);
    g_autoptr(JsonNode) partner_record = get_record (f, f->piet, uuid, &status_b);

    g_assert_cmpuint (json_array_get_length (json_object_get_array_member (obj (feed), "changes")), ==, 0);
    g_assert_cmpuint (json_array_get_length (json_object_get_array_member (obj (partner), "changes")), ==, 0);
    g_assert_cmpuint (status_b, ==, 404);
  }
  /* A partner may not create cases either. */
  {
    g_autoptr(BwCase) record = new_case ("Door partner");
    g_autofree char *body = push_body (case_change (record), NULL);
    g_autoptr(JsonNode) a = push (f, f->piet, body);

    g_assert_cmpstr (status_of (a, 0), ==, "rejected");
    g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (result_at (a, 0), "error"),
                                                    "code"), ==, "forbidden");
  }
  after = dump_db (f);
  g_assert_cmpstr (before, ==, after);

  /* Jan, in Fatima's team, sees it. */
  {
    g_autoptr(JsonNode) a = get_record (f, f->jan, uuid, &status_a);
    g_assert_cmpuint (status_a, ==, 200);
  }
}

/* Planning (issue 6): trainers see and change the planning and never a
 * case; buurtteams see offers and sessions, refer their own cases and
 * see only their own team's enrolments. */
static guint
feed_count (Fixture    *f,
            const char *token,
            const char *type)
{
  guint status, n = 0;
  g_autoptr(JsonNode) feed = http (f, "GET", "/api/v1/changes", token, NULL, &status);
  JsonArray *changes;

  g_assert_cmpuint (status, ==, 200);
  changes = json_object_get_array_member (obj (feed), "changes");
  for (guint i = 0; i < json_array_get_length (changes); i++)
    if (g_str_equal (json_object_get_string_member (json_array_get_object_element (changes, i), "type"), type))
      n++;
  return n;
}

static const char *
error_code (JsonNode *answer)
{
  return json_object_get_string_member (json_object_get_object_member (result_at (answer, 0), "error"), "code");
}

/* The stable reason of the first change's refusal (docs/sync-protocol.md,
 * Errors): what a desktop translates. */
static const char *
error_reason (JsonNode *answer)
{
  return json_object_get_string_member (json_object_get_object_member (result_at (answer, 0), "error"), "reason");
}

static void
test_planning_access (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *tessa = NULL;
  g_autofree char *case_uuid = create_case (f, f->fatima, "Anna");
  g_autofree char *absent = g_uuid_string_random ();
  g_autofree char *offer = g_uuid_string_random ();
  g_autofree char *enrolment = g_uuid_string_random ();
  const char *offer_fields =
    "{\"title\": \"Taalcursus\", \"kind\": \"language\", \"target_group\": null, \"description\": null,"
    " \"trainer\": \"Tessa\", \"partner\": null, \"buurt_code\": \"BU09172100\", \"capacity\": 12,"
    " \"status\": \"open\", \"first_date\": \"2026-09-01\", \"last_date\": \"2026-10-20\"}";
  g_autofree char *enrolment_fields = g_strdup_printf (
    "{\"case_ref\": \"%s\", \"name\": \"Anna\", \"phone\": null, \"email\": null,"
    " \"buurt_code\": \"BU09171000\", \"language_need\": \"course_needed\", \"status\": \"referred\","
    " \"referred_at\": \"2026-11-25T10:00:00Z\", \"status_date\": \"2026-11-25\", \"outcome\": null}",
    case_uuid);
  guint status_a, status_b;

  add_user (f, "tessa", BW_ROLE_TRAINER, NULL, NULL);
  tessa = token_for (f, "tessa", in_one_hour ());

  /* A trainer never gets a case: the same 404 as for nothing at all. */
  {
    g_autoptr(JsonNode) a = get_record (f, tessa, case_uuid, &status_a);
    g_autoptr(JsonNode) b = get_record (f, tessa, absent, &status_b);
    g_autofree char *ta = to_text (a);
    g_autofree char *tb = to_text (b);

    g_assert_cmpuint (status_a, ==, 404);
    g_assert_cmpuint (status_b, ==, 404);
    g_assert_cmpstr (ta, ==, tb);
    g_assert_cmpuint (feed_count (f, tessa, "case"), ==, 0);
  }

  /* The trainer plans; both teams see the offer. */
  {
    g_autofree char *body = push_body (change_new (NULL, "offer", offer, offer, 0, fields_of (offer_fields)), NULL);
    g_autoptr(JsonNode) a = push (f, tessa, body);

    g_assert_cmpstr (status_of (a, 0), ==, "applied");
    g_assert_cmpuint (feed_count (f, f->fatima, "offer"), ==, 1);
    g_assert_cmpuint (feed_count (f, f->bram, "offer"), ==, 1);
    g_assert_cmpuint (feed_count (f, f->piet, "offer"), ==, 0);
  }
  /* The desktop's rules on the server: end before start, the DST gap. */
  {
    g_autofree char *s1 = g_uuid_string_random ();
    g_autofree char *s2 = g_uuid_string_random ();
    g_autofree char *s3 = g_uuid_string_random ();
    g_autofree char *body = push_body (
      change_new (NULL, "session", s1, offer, 0,
                  fields_of ("{\"date\": \"2026-09-01\", \"start_time\": \"12:00\", \"end_time\": \"09:30\","
                             " \"place_uuid\": null, \"place_name\": null, \"trainer\": null}")),
      change_new (NULL, "session", s2, offer, 0,
                  fields_of ("{\"date\": \"2026-03-29\", \"start_time\": \"02:30\", \"end_time\": \"04:00\","
                             " \"place_uuid\": null, \"place_name\": null, \"trainer\": null}")),
      change_new (NULL, "session", s3, offer, 0,
                  fields_of ("{\"date\": \"2026-03-29\", \"start_time\": \"09:30\", \"end_time\": \"12:00\","
                             " \"place_uuid\": null, \"place_name\": \"Buurthuis\", \"trainer\": \"Tessa\"}")),
      NULL);
    g_autoptr(JsonNode) a = push (f, tessa, body);

    g_assert_cmpstr (status_of (a, 0), ==, "rejected");
    g_assert_cmpstr (status_of (a, 1), ==, "rejected");
    g_assert_cmpstr (status_of (a, 2), ==, "applied");
    /* Each names its reason and the field, for the desktop to say. */
    for (guint i = 0; i < 2; i++)
      {
        JsonObject *refusal = json_object_get_object_member (result_at (a, i), "error");

        g_assert_cmpstr (json_object_get_string_member (refusal, "reason"), ==, "invalid_field");
        g_assert_cmpstr (json_object_get_string_member (refusal, "field"), ==, i == 0 ? "end_time" : "start_time");
      }
    g_assert_cmpuint (feed_count (f, f->bram, "session"), ==, 1);
  }
  /* A buurtteam may not plan, nor take a referral of another team's case. */
  {
    g_autofree char *other = g_uuid_string_random ();
    g_autofree char *e2 = g_uuid_string_random ();
    g_autofree char *e3 = g_uuid_string_random ();
    g_autofree char *body = push_body (change_new (NULL, "offer", other, other, 0, fields_of (offer_fields)), NULL);
    g_autofree char *theirs = push_body (change_new (NULL, "enrolment", e2, offer, 0,
                                                     fields_of (enrolment_fields)), NULL);
    g_autofree char *no_case = push_body (
      change_new (NULL, "enrolment", e3, offer, 0,
                  fields_of ("{\"case_ref\": null, \"name\": \"Iemand\", \"phone\": null, \"email\": null,"
                             " \"buurt_code\": null, \"language_need\": \"none\", \"status\": \"referred\","
                             " \"referred_at\": \"2026-11-25T10:00:00Z\", \"status_date\": null,"
                             " \"outcome\": null}")), NULL);
    g_autoptr(JsonNode) a = push (f, f->fatima, body);
    g_autoptr(JsonNode) b = push (f, f->bram, theirs);
    g_autoptr(JsonNode) c = push (f, f->bram, no_case);

    g_assert_cmpstr (error_code (a), ==, "forbidden");
    g_assert_cmpstr (error_code (b), ==, "not_found");
    g_assert_cmpstr (error_code (c), ==, "invalid");
    g_assert_cmpstr (error_reason (a), ==, "plan_role");
    g_assert_cmpstr (error_reason (b), ==, "not_found");
    g_assert_cmpstr (error_reason (c), ==, "referral_without_case");
  }
  /* Fatima refers her resident: her team and the trainer see it; the
   * other team does not. */
  {
    g_autofree char *body = push_body (change_new (NULL, "enrolment", enrolment, offer, 0,
                                                   fields_of (enrolment_fields)), NULL);
    g_autoptr(JsonNode) a = push (f, f->fatima, body);

    g_assert_cmpstr (status_of (a, 0), ==, "applied");
    g_assert_cmpuint (feed_count (f, tessa, "enrolment"), ==, 1);
    g_assert_cmpuint (feed_count (f, f->jan, "enrolment"), ==, 1);
    g_assert_cmpuint (feed_count (f, f->bram, "enrolment"), ==, 0);
    g_autoptr(JsonNode) r = get_record (f, f->bram, enrolment, &status_a);
    g_assert_cmpuint (status_a, ==, 404);
  }
  /* The trainer places; may not move the enrolment to another case, nor
   * write into a case; the buurtteam may not change the offer. */
  {
    g_autofree char *place = push_body (change_new (NULL, "enrolment", enrolment, offer, 1,
                                                    fields_of ("{\"status\": \"placed\"}")), NULL);
    g_autofree char *move = g_strdup_printf ("{\"case_ref\": \"%s\"}", absent);
    g_autofree char *move_body = push_body (change_new (NULL, "enrolment", enrolment, offer, 2,
                                                        fields_of (move)), NULL);
    g_autofree char *journal_uuid = g_uuid_string_random ();
    g_autofree char *journal = push_body (change_new (NULL, "journal", journal_uuid, case_uuid, 0,
                                                      fields_of ("{\"date\": \"2026-03-01\", \"author\": null,"
                                                                 " \"text\": \"x\"}")), NULL);
    g_autoptr(BwCase) record = new_case ("Door trainer");
    g_autofree char *new_case_body = push_body (case_change (record), NULL);
    g_autofree char *capacity = push_body (change_new (NULL, "offer", offer, offer, 1,
                                                       fields_of ("{\"capacity\": 20}")), NULL);
    g_autoptr(JsonNode) a = push (f, tessa, place);
    g_autoptr(JsonNode) b = push (f, tessa, move_body);
    g_autoptr(JsonNode) c = push (f, tessa, journal);
    g_autoptr(JsonNode) d = push (f, tessa, new_case_body);
    g_autoptr(JsonNode) e = push (f, f->fatima, capacity);

    g_assert_cmpstr (status_of (a, 0), ==, "applied");
    g_assert_cmpstr (error_code (b), ==, "invalid");
    g_assert_cmpstr (error_code (c), ==, "not_found");
    g_assert_cmpstr (error_code (d), ==, "forbidden");
    g_assert_cmpstr (error_code (e), ==, "forbidden");
    g_assert_cmpstr (error_reason (b), ==, "case_ref_fixed");
    g_assert_cmpstr (error_reason (c), ==, "not_found");
    g_assert_cmpstr (error_reason (d), ==, "create_case_role");
    g_assert_cmpstr (error_reason (e), ==, "change_role");
  }
  /* Still nothing of a case in the trainer's feed. */
  g_assert_cmpuint (feed_count (f, tessa, "case"), ==, 0);
  g_assert_cmpuint (feed_count (f, tessa, "journal"), ==, 0);
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM records WHERE type = 'case'"), ==, 1);
}

/* Fault 8: one invalid record does not stop the rest of the batch. */
static void
test_partial_batch (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(BwCase) one = new_case ("Een");
  g_autoptr(BwCase) two = new_case ("Twee");
  g_autoptr(BwCase) three = new_case ("Drie");
  g_autoptr(BwCase) four = new_case ("Vier");
  g_autoptr(JsonObject) bad_fields = bw_record_json_case_fields (two);
  g_autoptr(JsonObject) invalid_fields = bw_record_json_case_fields (four);
  g_autofree char *body = NULL;
  g_autoptr(JsonNode) answer = NULL;
  const char *message;

  json_object_set_string_member (bad_fields, "debt_route", "bank");
  json_object_set_string_member (invalid_fields, "email", "geen adres");
  body = push_body (case_change (one),
                    change_new (NULL, "case", bw_case_get_uuid (two), bw_case_get_uuid (two), 0,
                                json_object_ref (bad_fields)),
                    case_change (three),
                    change_new (NULL, "case", bw_case_get_uuid (four), bw_case_get_uuid (four), 0,
                                json_object_ref (invalid_fields)),
                    NULL);
  answer = push (f, f->fatima, body);
  g_assert_cmpstr (status_of (answer, 0), ==, "applied");
  g_assert_cmpstr (status_of (answer, 1), ==, "rejected");
  message = json_object_get_string_member (json_object_get_object_member (result_at (answer, 1), "error"),
                                           "message");
  g_assert_nonnull (strstr (message, "debt_route"));
  g_assert_cmpstr (status_of (answer, 2), ==, "applied");
  /* The desktop's own validation runs on the server too. */
  g_assert_cmpstr (status_of (answer, 3), ==, "rejected");
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM records"), ==, 2);

  /* A buurt that does not exist is refused, as on the desktop. */
  {
    g_autoptr(BwCase) nowhere = new_case ("Nergens");
    g_autoptr(JsonNode) a = NULL;
    g_autofree char *body_nowhere = NULL;

    bw_case_set_buurt_code (nowhere, "BU99999999");
    body_nowhere = push_body (case_change (nowhere), NULL);
    a = push (f, f->fatima, body_nowhere);
    g_assert_cmpstr (status_of (a, 0), ==, "rejected");
    g_assert_nonnull (strstr (json_object_get_string_member (json_object_get_object_member (result_at (a, 0),
                                                                                            "error"),
                                                             "message"), "buurt_code"));
  }

  /* A partial change may not empty a required field. */
  {
    g_autofree char *uuid = g_strdup (bw_case_get_uuid (one));
    g_autofree char *empty_name = push_body (change_new (NULL, "case", uuid, uuid, 1,
                                                         fields_of ("{\"name\": \"\"}")), NULL);
    g_autoptr(JsonNode) a = push (f, f->fatima, empty_name);

    g_assert_cmpstr (status_of (a, 0), ==, "rejected");
  }
}

/* The server restarted on the same database keeps everything and its
 * epoch; a new database has a new epoch (fault 7). */
static void
test_restart (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *uuid = create_case (f, f->fatima, "Anna");
  g_autofree char *epoch = g_strdup (bw_server_store_get_epoch (f->store));
  g_autoptr(JsonNode) feed = NULL;
  g_autoptr(JsonNode) ahead = NULL;
  guint status;
  gint64 next_since;

  stop_server (f);
  start_server (f, 0);
  g_assert_cmpstr (bw_server_store_get_epoch (f->store), ==, epoch);

  feed = http (f, "GET", "/api/v1/changes", f->fatima, NULL, &status);
  g_assert_cmpuint (status, ==, 200);
  g_assert_cmpstr (json_object_get_string_member (obj (feed), "epoch"), ==, epoch);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (obj (feed), "changes")), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (
                     json_object_get_array_member (obj (feed), "changes"), 0), "uuid"), ==, uuid);
  next_since = json_object_get_int_member (obj (feed), "next_since");

  /* A client that knows a later sequence than the server has (the server
   * went back to a backup) is told so, instead of waiting. */
  {
    g_autofree char *path = g_strdup_printf ("/api/v1/changes?since=%" G_GINT64_FORMAT, next_since + 10);

    ahead = http (f, "GET", path, f->fatima, NULL, &status);
    g_assert_cmpuint (status, ==, 409);
    assert_error (ahead, "sequence_ahead");
  }

  /* A new database is a new identity. */
  {
    g_autofree char *other_path = bw_test_server_db_new (f->dir, "other.db");
    g_autoptr(GError) error = NULL;
    g_autoptr(BwServerStore) other = bw_server_store_open (other_path, &error);

    g_assert_no_error (error);
    g_assert_cmpstr (bw_server_store_get_epoch (other), !=, epoch);
  }
  /* And so is a restored one, once renewed. */
  {
    g_autoptr(GError) error = NULL;

    bw_server_store_renew_epoch (f->store, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (bw_server_store_get_epoch (f->store), !=, epoch);
  }
}

/* Passwords: salted PBKDF2 with at least 200,000 iterations; tokens and
 * passwords never stored as they are. */
static void
test_secrets (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *a = bw_password_hash (PASSWORD);
  g_autofree char *b = bw_password_hash (PASSWORD);
  g_auto(GStrv) parts = g_strsplit (a, "$", -1);
  g_autofree char *dump = NULL;

  g_assert_cmpuint (g_strv_length (parts), ==, 4);
  g_assert_cmpstr (parts[0], ==, "pbkdf2-sha256");
  g_assert_cmpint (g_ascii_strtoll (parts[1], NULL, 10), >=, 200000);
  g_assert_cmpstr (a, !=, b);   /* salted */
  g_assert_true (bw_password_verify (PASSWORD, a));
  g_assert_true (bw_password_verify (PASSWORD, b));
  g_assert_false (bw_password_verify (PASSWORD "x", a));
  g_assert_false (bw_password_verify ("", a));
  g_assert_false (bw_password_verify (PASSWORD, "pbkdf2-sha256$1$AAAA$AAAA"));
  g_assert_false (bw_password_verify (PASSWORD, "plain"));

  /* The database holds neither the tokens nor the passwords. */
  dump = dump_db (f);
  g_assert_null (strstr (dump, f->fatima));
  g_assert_null (strstr (dump, f->piet));
  g_assert_null (strstr (dump, PASSWORD));
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM users WHERE password_hash LIKE 'pbkdf2-sha256$%'"),
                   ==, 4);
}

/* The real binary: admin command, serve on port 0, login, stop. */
static void
test_binary (void)
{
  const char *binary = g_getenv ("BW_SERVER_BINARY");
  g_autofree char *dir = g_dir_make_tmp ("bw-server-bin-XXXXXX", NULL);
  g_autofree char *db = bw_test_server_db_new (dir, "server.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocess) add = NULL;
  g_autoptr(GSubprocess) serve = NULL;
  g_autoptr(GDataInputStream) out = NULL;
  g_autoptr(SoupSession) session = soup_session_new ();
  g_autoptr(JsonNode) answer = NULL;
  g_autoptr(GBytes) err_bytes = NULL;
  g_autofree char *line = NULL;
  g_autofree char *stderr_text = NULL;
  const char *url;
  guint status;

  if (binary == NULL)
    {
      g_test_skip ("BW_SERVER_BINARY is not set");
      return;
    }

  add = g_subprocess_new (G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE, &error,
                          binary, "user", "add", "--db", db, "--login", "fatima", "--name", "Fatima",
                          "--role", "buurtteam", "--team", "Noord", NULL);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (add, PASSWORD "\n", NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_successful (add));

  serve = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE, &error,
                            binary, "serve", "--db", db, "--listen", "127.0.0.1:0",
                            "--max-connections", "50", "--rate", "50", "--burst", "100", "--workers", "3", NULL);
  g_assert_no_error (error);
  out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (serve));
  line = g_data_input_stream_read_line_utf8 (out, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (line);
  g_assert_true (g_str_has_prefix (line, "listening on http://127.0.0.1:"));
  url = line + strlen ("listening on ");

  answer = http_raw (session, url, "POST", "/api/v1/login", NULL,
                     "{\"login\": \"fatima\", \"password\": \"" PASSWORD "\"}",
                     strlen ("{\"login\": \"fatima\", \"password\": \"" PASSWORD "\"}"), &status);
  g_assert_cmpuint (status, ==, 200);
  g_assert_nonnull (json_object_get_string_member (obj (answer), "token"));

  /* Admin commands work on the database while the server runs: a token
   * made by "token new" works until "token revoke" (token on stdin). */
  {
    g_autoptr(GSubprocess) new_token = NULL;
    g_autoptr(GSubprocess) revoke = NULL;
    g_autoptr(JsonNode) feed = NULL;
    g_autoptr(JsonNode) refused = NULL;
    g_autofree char *token_out = NULL;

    new_token = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error, binary, "token", "new",
                                  "--db", db, "--login", "fatima", "--hours", "1", NULL);
    g_assert_no_error (error);
    g_subprocess_communicate_utf8 (new_token, NULL, NULL, &token_out, NULL, &error);
    g_assert_no_error (error);
    g_assert_true (g_subprocess_get_successful (new_token));
    g_strstrip (token_out);
    feed = http_raw (session, url, "GET", "/api/v1/changes", token_out, NULL, 0, &status);
    g_assert_cmpuint (status, ==, 200);

    revoke = g_subprocess_new (G_SUBPROCESS_FLAGS_STDIN_PIPE, &error, binary, "token", "revoke",
                               "--db", db, NULL);
    g_assert_no_error (error);
    {
      g_autofree char *input = g_strconcat (token_out, "\n", NULL);
      g_subprocess_communicate_utf8 (revoke, input, NULL, NULL, NULL, &error);
    }
    g_assert_no_error (error);
    g_assert_true (g_subprocess_get_successful (revoke));
    refused = http_raw (session, url, "GET", "/api/v1/changes", token_out, NULL, 0, &status);
    g_assert_cmpuint (status, ==, 401);
  }

  g_subprocess_send_signal (serve, SIGTERM);
  {
    g_autoptr(GInputStream) err = g_object_ref (g_subprocess_get_stderr_pipe (serve));

    err_bytes = g_input_stream_read_bytes (err, 65536, NULL, &error);
    g_assert_no_error (error);
  }
  g_subprocess_wait (serve, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_successful (serve));

  /* The log is greppable and holds no personal data. */
  stderr_text = g_strndup (g_bytes_get_data (err_bytes, NULL), g_bytes_get_size (err_bytes));
  g_assert_nonnull (strstr (stderr_text, "request method=POST path=/api/v1/login status=200"));
  /* Every line in the one shape, "buurtwerk-server: <UTC time> <event>",
   * through the server's own log writer. */
  {
    g_auto(GStrv) lines = g_strsplit (stderr_text, "\n", -1);
    g_autoptr(GRegex) shape = g_regex_new ("^buurtwerk-server: [0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z "
                                           "[a-z_]+( [a-z_]+=[^ ]+)*", 0, 0, NULL);
    guint n = 0;

    for (guint i = 0; lines[i] != NULL; i++)
      if (lines[i][0] != '\0')
        {
          if (!g_regex_match (shape, lines[i], 0, NULL))
            g_error ("log line out of shape: %s", lines[i]);
          n++;
        }
    g_assert_cmpuint (n, >=, 3); /* started, the login request, stopped */
    g_assert_true (g_regex_match_simple ("^buurtwerk-server: \\S+Z request method=POST path=/api/v1/login status=200",
                                         stderr_text, G_REGEX_MULTILINE, 0));
  }
  g_assert_null (strstr (stderr_text, "fatima"));
  g_assert_null (strstr (stderr_text, "Fatima"));
  g_assert_null (strstr (stderr_text, PASSWORD));

  /* With what the server keeps beside its database (server.db.served). */
  bw_test_remove_dir (dir);
}

/* Over the rate of a token: 429 with Retry-After, in the server's error
 * format, and nothing changed; other tokens go on. */
static void
test_rate_limit (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(BwCase) record = new_case ("Truus");
  g_autofree char *body = push_body (case_change (record), NULL);
  guint status;

  /* One request per 20 s after a burst of 3: nothing refills meanwhile,
   * however slow the machine. */
  bw_sync_server_set_limits (f->server, 100, 0.05, 3);
  for (int i = 0; i < 3; i++)
    {
      g_autoptr(JsonNode) ok = http (f, "GET", "/api/v1/changes", f->fatima, NULL, &status);
      g_assert_cmpuint (status, ==, 200);
    }
  before = dump_db (f);
  {
    g_autoptr(JsonNode) refused = http (f, "POST", "/api/v1/push", f->fatima, body, &status);
    guint64 seconds = 0;

    g_assert_cmpuint (status, ==, 429);
    assert_error (refused, "too_many_requests");
    g_assert_nonnull (last_retry_after);
    g_assert_true (g_ascii_string_to_unsigned (last_retry_after, 10, 1, 60, &seconds, NULL));
    g_assert_cmpuint (seconds, <=, 20);
  }
  {
    g_autoptr(JsonNode) refused = http (f, "GET", "/api/v1/changes", f->fatima, NULL, &status);
    g_assert_cmpuint (status, ==, 429);
  }
  after = dump_db (f);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM records"), ==, 0);

  /* Another token has its own bucket. */
  {
    g_autoptr(JsonNode) answer = push (f, f->jan, body);
    g_assert_cmpstr (status_of (answer, 0), ==, "applied");
  }
}

static JsonNode *
login_as (Fixture    *f,
          const char *login,
          const char *password,
          guint      *status)
{
  g_autofree char *body = g_strdup_printf ("{\"login\": \"%s\", \"password\": \"%s\"}", login, password);

  return http (f, "POST", "/api/v1/login", NULL, body, status);
}

/* Five failed logins a minute per login: then 429 with Retry-After, even
 * with the right password, and the same answer for a login that does not
 * exist; twenty per address. */
static void
test_login_throttle (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *known_text = NULL;
  g_autofree char *unknown_text = NULL;
  guint status;

  /* The default numbers, per hour instead of per minute: nothing refills
   * while the test runs, however slow the machine (or ASan) hashes. */
  bw_sync_server_set_login_limits (f->server, BW_SYNC_SERVER_LOGIN_FAILURES,
                                   BW_SYNC_SERVER_PEER_LOGIN_FAILURES, 3600);
  for (int i = 0; i < 5; i++)
    {
      g_autoptr(JsonNode) wrong = login_as (f, "fatima", "fout-wachtwoord", &status);
      g_autoptr(JsonNode) unknown = login_as (f, "niemand", "fout-wachtwoord", &status);
      g_assert_cmpuint (status, ==, 401);
    }
  {
    g_autoptr(JsonNode) known = login_as (f, "fatima", PASSWORD, &status);

    g_assert_cmpuint (status, ==, 429);
    assert_error (known, "too_many_requests");
    g_assert_nonnull (last_retry_after);
    g_assert_cmpuint (g_ascii_strtoull (last_retry_after, NULL, 10), >=, 1);
    known_text = to_text (known);
  }
  {
    g_autoptr(JsonNode) unknown = login_as (f, "niemand", PASSWORD, &status);

    g_assert_cmpuint (status, ==, 429);
    unknown_text = to_text (unknown);
  }
  g_assert_cmpstr (known_text, ==, unknown_text);
  /* No token was made for the refused right password. */
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM tokens"), ==, 4);

  /* Another login from the same address still may, until the address
   * has failed twenty times. */
  {
    g_autoptr(JsonNode) good = login_as (f, "jan", PASSWORD, &status);
    g_assert_cmpuint (status, ==, 200);
  }
  for (int i = 0; i < 10; i++)
    {
      g_autofree char *login = g_strdup_printf ("gast%d", i);
      g_autoptr(JsonNode) wrong = login_as (f, login, "fout-wachtwoord", &status);
      g_assert_cmpuint (status, ==, 401);
    }
  {
    g_autoptr(JsonNode) refused = login_as (f, "bram", PASSWORD, &status);
    g_assert_cmpuint (status, ==, 429);
  }
}

/* Beyond --max-connections a new connection is answered 503 with
 * Retry-After and closed at once, never left hanging; when a connection
 * closes there is room again. */
static void
test_connection_limit (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(SoupSession) first = soup_session_new_with_options ("max-conns", 1, NULL);
  g_autoptr(SoupSession) second = soup_session_new_with_options ("max-conns", 1, NULL);
  g_autoptr(SoupSession) third = soup_session_new_with_options ("max-conns", 1, "timeout", 10, NULL);
  guint status;

  bw_sync_server_set_limits (f->server, 2, 100, 100);
  {
    g_autoptr(JsonNode) a = http_raw (first, f->url, "GET", "/api/v1/changes", f->fatima, NULL, 0, &status);
    g_assert_cmpuint (status, ==, 200);
  }
  {
    g_autoptr(JsonNode) b = http_raw (second, f->url, "GET", "/api/v1/changes", f->jan, NULL, 0, &status);
    g_assert_cmpuint (status, ==, 200);
  }
  g_assert_cmpuint (bw_sync_server_get_n_connections (f->server), ==, 2);
  {
    g_autoptr(JsonNode) refused = http_raw (third, f->url, "GET", "/api/v1/changes", f->bram, NULL, 0,
                                            &status);
    g_assert_cmpuint (status, ==, 503);
    assert_error (refused, "unavailable");
    g_assert_cmpstr (last_retry_after, ==, "2");
    g_assert_cmpstr (last_connection, ==, "close");
  }
  /* The kept-alive connections still work. */
  {
    g_autoptr(JsonNode) a = http_raw (first, f->url, "GET", "/api/v1/changes", f->fatima, NULL, 0, &status);
    g_assert_cmpuint (status, ==, 200);
  }

  /* One closes: room for the third. */
  g_clear_object (&first);
  for (int i = 0; i < 500 && bw_sync_server_get_n_connections (f->server) > 1; i++)
    {
      g_usleep (10000);
      while (g_main_context_iteration (NULL, FALSE))
        ;
    }
  g_assert_cmpuint (bw_sync_server_get_n_connections (f->server), ==, 1);
  {
    g_autoptr(JsonNode) c = http_raw (third, f->url, "GET", "/api/v1/changes", f->bram, NULL, 0, &status);
    g_assert_cmpuint (status, ==, 200);
  }
}

/* One field change of a case as @token, from @base; answers the result. */
static JsonNode *
push_case_fields (Fixture    *f,
                  const char *token,
                  const char *uuid,
                  gint64      base,
                  const char *fields)
{
  g_autofree char *body = push_body (change_new (NULL, "case", uuid, uuid, base, fields_of (fields)), NULL);

  return push (f, token, body);
}

static gint64
case_revision (Fixture    *f,
               const char *uuid)
{
  guint status;
  g_autoptr(JsonNode) answer = get_record (f, f->fatima, uuid, &status);

  g_assert_cmpuint (status, ==, 200);
  return json_object_get_int_member (json_object_get_object_member (obj (answer), "record"), "revision");
}

static gint64
case_int (Fixture    *f,
          const char *token,
          const char *uuid,
          const char *key)
{
  guint status;
  g_autoptr(JsonNode) answer = get_record (f, token, uuid, &status);

  g_assert_cmpuint (status, ==, 200);
  return json_object_get_int_member (record_fields (answer), key);
}

static JsonNode *
answer_transfer (Fixture    *f,
                 const char *token,
                 const char *uuid,
                 gboolean    accept,
                 const char *note,
                 guint      *status)
{
  g_autofree char *body = g_strdup_printf ("{\"case_uuid\": \"%s\", \"accept\": %s, \"note\": %s%s%s}", uuid,
                                           accept ? "true" : "false", note ? "\"" : "", note ? note : "null",
                                           note ? "\"" : "");

  return http (f, "POST", "/api/v1/transfers/answer", token, body, status);
}

static const char *
reason_of (JsonNode *answer,
           guint     i)
{
  return json_object_get_string_member (json_object_get_object_member (result_at (answer, i), "error"),
                                        "reason");
}

/* The feed entries of @type for @token since @since. */
static guint
feed_entries (Fixture    *f,
            const char *token,
            gint64      since,
            const char *type,
            const char *case_uuid,
            JsonObject **last)
{
  g_autofree char *path = g_strdup_printf ("/api/v1/changes?since=%" G_GINT64_FORMAT, since);
  g_autoptr(JsonNode) feed = NULL;
  JsonArray *changes;
  guint status, n = 0;

  feed = http (f, "GET", path, token, NULL, &status);
  g_assert_cmpuint (status, ==, 200);
  changes = json_object_get_array_member (obj (feed), "changes");
  for (guint i = 0; i < json_array_get_length (changes); i++)
    {
      JsonObject *entry = json_array_get_object_element (changes, i);

      if (g_strcmp0 (json_object_get_string_member (entry, "type"), type) == 0 &&
          g_strcmp0 (json_object_get_string_member (entry, "case_uuid"), case_uuid) == 0)
        {
          n++;
          if (last != NULL)
            {
              g_clear_pointer (last, json_object_unref);
              *last = json_object_ref (entry);
            }
        }
    }
  return n;
}

/* Who may change a case's owner: the server makes the creator the owner,
 * a team member never sets it, a coordinator of the team reassigns to a
 * worker of the team and changes nothing else. */
static void
test_ownership (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *uuid = create_case (f, f->fatima, "Sanne Claessens");
  g_autofree char *coco = NULL;
  g_autoptr(BwCase) someone_elses = new_case ("Piet Peters");
  g_autofree char *body = NULL;
  JsonNode *answer;

  add_user (f, "coco", BW_ROLE_COORDINATOR, "Noord", NULL);
  coco = token_for (f, "coco", in_one_hour ());

  /* fatima (1) made it: hers. jan is 2, bram (Zuid) 3. */
  g_assert_cmpint (case_int (f, f->fatima, uuid, "owner"), ==, 1);
  /* A new case for someone else is refused. */
  bw_record_set_int (BW_RECORD (someone_elses), "owner", 2);
  body = push_body (case_change (someone_elses), NULL);
  answer = push (f, f->fatima, body);
  g_assert_cmpstr (status_of (answer, 0), ==, "rejected");
  g_assert_cmpstr (reason_of (answer, 0), ==, "assigned_by_server");
  json_node_unref (answer);

  /* A member does not take a case or give it away by changing the owner. */
  answer = push_case_fields (f, f->jan, uuid, case_revision (f, uuid), "{\"owner\": 2}");
  g_assert_cmpstr (reason_of (answer, 0), ==, "assigned_by_server");
  json_node_unref (answer);
  answer = push_case_fields (f, f->fatima, uuid, case_revision (f, uuid), "{\"transfer_answer\": \"nee\"}");
  g_assert_cmpstr (reason_of (answer, 0), ==, "assigned_by_server");
  json_node_unref (answer);
  g_assert_cmpint (case_int (f, f->fatima, uuid, "owner"), ==, 1);

  /* The coordinator reassigns, to a worker of the team only. */
  answer = push_case_fields (f, coco, uuid, case_revision (f, uuid), "{\"owner\": 3}");
  g_assert_cmpstr (reason_of (answer, 0), ==, "owner_not_in_team");
  json_node_unref (answer);
  answer = push_case_fields (f, coco, uuid, case_revision (f, uuid), "{\"owner\": 2, \"phone\": \"045 1234567\"}");
  g_assert_cmpstr (reason_of (answer, 0), ==, "read_only");
  json_node_unref (answer);
  answer = push_case_fields (f, coco, uuid, case_revision (f, uuid), "{\"owner\": 2}");
  g_assert_cmpstr (status_of (answer, 0), ==, "applied");
  json_node_unref (answer);
  g_assert_cmpint (case_int (f, f->fatima, uuid, "owner"), ==, 2);
  /* Another team's coordinator sees nothing of it. */
  add_user (f, "zoe", BW_ROLE_COORDINATOR, "Zuid", NULL);
  {
    g_autofree char *zoe = token_for (f, "zoe", in_one_hour ());

    answer = push_case_fields (f, zoe, uuid, case_revision (f, uuid), "{\"owner\": 3}");
    g_assert_cmpstr (reason_of (answer, 0), ==, "read_only");
    json_node_unref (answer);
  }
  g_assert_cmpint (count_rows (f, "SELECT count (*) FROM audit_log WHERE action = 'update'"
                                  " AND record_type = 'case' AND user_id = 5"), ==, 1);
}

/* A transfer to a colleague: offered with a note, declined with a reason
 * (everything stays), offered again and accepted: the case is the
 * colleague's. Only the one it is offered to can answer. */
static void
test_transfer_colleague (Fixture       *f,
                         gconstpointer  data)
{
  g_autofree char *uuid = create_case (f, f->fatima, "Sanne Claessens");
  guint status;
  JsonNode *answer;

  answer = push_case_fields (f, f->fatima, uuid, case_revision (f, uuid), "{\"transfer_to_user\": 2}");
  g_assert_cmpstr (reason_of (answer, 0), ==, "transfer_incomplete");
  json_node_unref (answer);
  answer = push_case_fields (f, f->fatima, uuid, case_revision (f, uuid), "{\"transfer_to_user\": 3,"
                             " \"transfer_note\": \"Bram kent de familie\"}");
  g_assert_cmpstr (reason_of (answer, 0), ==, "owner_not_in_team");
  json_node_unref (answer);
  answer = push_case_fields (f, f->fatima, uuid, case_revision (f, uuid), "{\"transfer_to_user\": 2,"
                             " \"transfer_note\": \"Jan neemt Hoensbroek over\"}");
  g_assert_cmpstr (status_of (answer, 0), ==, "applied");
  json_node_unref (answer);

  /* Not fatima's to answer, nor bram's (another team): a case that does
   * not exist. */
  json_node_unref (answer_transfer (f, f->fatima, uuid, TRUE, NULL, &status));
  g_assert_cmpuint (status, ==, 404);
  json_node_unref (answer_transfer (f, f->bram, uuid, TRUE, NULL, &status));
  g_assert_cmpuint (status, ==, 404);
  /* Declining says why. */
  json_node_unref (answer_transfer (f, f->jan, uuid, FALSE, NULL, &status));
  g_assert_cmpuint (status, ==, 400);
  json_node_unref (answer_transfer (f, f->jan, uuid, FALSE, "Geen ruimte tot januari", &status));
  g_assert_cmpuint (status, ==, 200);
  g_assert_cmpint (case_int (f, f->fatima, uuid, "owner"), ==, 1);
  g_assert_cmpint (case_int (f, f->fatima, uuid, "transfer_to_user"), ==, 0);
  {
    g_autoptr(JsonNode) now = get_record (f, f->fatima, uuid, &status);

    g_assert_cmpstr (json_object_get_string_member (record_fields (now), "transfer_answer"), ==,
                     "Geen ruimte tot januari");
  }
  json_node_unref (answer_transfer (f, f->jan, uuid, TRUE, NULL, &status));
  g_assert_cmpuint (status, ==, 404);

  answer = push_case_fields (f, f->fatima, uuid, case_revision (f, uuid), "{\"transfer_to_user\": 2,"
                             " \"transfer_note\": \"Nu wel?\"}");
  g_assert_cmpstr (status_of (answer, 0), ==, "applied");
  json_node_unref (answer);
  json_node_unref (answer_transfer (f, f->jan, uuid, TRUE, NULL, &status));
  g_assert_cmpuint (status, ==, 200);
  g_assert_cmpint (case_int (f, f->fatima, uuid, "owner"), ==, 2);
  g_assert_cmpint (case_int (f, f->fatima, uuid, "transfer_to_user"), ==, 0);
  g_assert_cmpint (count_rows (f, "SELECT count (*) FROM audit_log WHERE detail LIKE 'transfer %'"), ==, 2);
}

/* A transfer to another team: that team sees only the offer, never the
 * case, until someone there accepts; then the case and everything under
 * it come in its feed, the old team's feed says "moved", and the old
 * team's changes to it are refused as such. */
static void
test_transfer_team (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *uuid = create_case (f, f->fatima, "Sanne Claessens");
  g_autoptr(JsonObject) offer = NULL;
  gint64 since = bw_server_store_get_last_seq (f->store);
  gint64 zuid;
  guint status;
  JsonNode *answer;

  zuid = count_rows (f, "SELECT id FROM teams WHERE name = 'Zuid'");
  {
    g_autofree char *fields = g_strdup_printf ("{\"transfer_to_team\": %" G_GINT64_FORMAT ","
                                               " \"transfer_note\": \"Verhuisd naar Zuid\"}", zuid);

    answer = push_case_fields (f, f->fatima, uuid, case_revision (f, uuid), fields);
    g_assert_cmpstr (status_of (answer, 0), ==, "applied");
    json_node_unref (answer);
  }
  /* Zuid's feed: the offer, with its note, and no case. */
  g_assert_cmpuint (feed_entries (f, f->bram, 0, "transfer_offer", uuid, &offer), ==, 1);
  g_assert_cmpuint (feed_entries (f, f->bram, 0, "case", uuid, NULL), ==, 0);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (offer, "fields"), "note"), ==,
                   "Verhuisd naar Zuid");
  g_assert_true (json_object_get_boolean_member (json_object_get_object_member (offer, "fields"), "open"));
  g_assert_false (json_object_has_member (json_object_get_object_member (offer, "fields"), "name"));
  json_node_unref (get_record (f, f->bram, uuid, &status));
  g_assert_cmpuint (status, ==, 404);

  json_node_unref (answer_transfer (f, f->bram, uuid, TRUE, NULL, &status));
  g_assert_cmpuint (status, ==, 200);

  /* Zuid has it now, with bram as its worker; the offer is closed. */
  g_assert_cmpint (case_int (f, f->bram, uuid, "owner"), ==, 3);
  g_assert_cmpuint (feed_entries (f, f->bram, since, "case", uuid, NULL), ==, 1);
  g_assert_cmpuint (feed_entries (f, f->bram, since, "transfer_offer", uuid, &offer), ==, 1);
  g_assert_false (json_object_get_boolean_member (json_object_get_object_member (offer, "fields"), "open"));
  /* Noord's desktops drop it. */
  g_assert_cmpuint (feed_entries (f, f->jan, since, "moved", uuid, NULL), ==, 1);
  g_assert_cmpuint (feed_entries (f, f->jan, since, "case", uuid, NULL), ==, 0);
  json_node_unref (get_record (f, f->jan, uuid, &status));
  g_assert_cmpuint (status, ==, 404);
  answer = push_case_fields (f, f->jan, uuid, 1, "{\"phone\": \"045 1234567\"}");
  g_assert_cmpstr (reason_of (answer, 0), ==, "moved");
  json_node_unref (answer);
}

/* Pushes @n new cases in @buurt, opened on @opened and, with @closed, closed
 * then with @outcome; answers the last one's uuid. */
static char *
push_cases (Fixture    *f,
            guint       n,
            const char *buurt,
            const char *opened,
            const char *closed,
            BwOutcome   outcome)
{
  char *uuid = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BwCase) record = new_case ("Report Resident");
      g_autofree char *body = NULL;
      g_autoptr(JsonNode) answer = NULL;

      bw_case_set_buurt_code (record, buurt);
      bw_case_set_opened_on (record, opened);
      bw_case_set_status (record, closed ? BW_CASE_STATUS_CLOSED : BW_CASE_STATUS_ACTIVE);
      if (closed != NULL)
        {
          bw_case_set_closed_on (record, closed);
          bw_case_set_outcome (record, outcome);
        }
      body = push_body (case_change (record), NULL);
      answer = push (f, f->fatima, body);
      g_assert_cmpstr (status_of (answer, 0), ==, "applied");
      g_free (uuid);
      uuid = g_strdup (bw_case_get_uuid (record));
    }
  return uuid;
}

static JsonObject *
get_report (Fixture    *f,
            const char *token,
            const char *query)
{
  g_autofree char *path = g_strconcat ("/api/v1/reports?", query, NULL);
  guint status;
  JsonNode *answer = http (f, "GET", path, token, NULL, &status);
  JsonObject *object;

  g_assert_cmpuint (status, ==, 200);
  object = json_object_ref (obj (answer));
  json_node_unref (answer);
  return object;
}

/* A series of a report as text: "6,null,5" */
static char *
series_text (JsonObject *report,
             const char *group,
             const char *key)
{
  JsonArray *array = group ? json_object_get_array_member (json_object_get_object_member (report, group), key)
                           : json_object_get_array_member (report, key);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);

      if (i > 0)
        g_string_append_c (text, ',');
      if (JSON_NODE_HOLDS_NULL (node))
        g_string_append (text, "null");
      else
        g_string_append_printf (text, "%" G_GINT64_FORMAT, json_node_get_int (node));
    }
  return g_string_free (text, FALSE);
}

static void
assert_series (JsonObject *report,
               const char *group,
               const char *key,
               const char *expected)
{
  g_autofree char *text = series_text (report, group, key);

  g_assert_cmpstr (text, ==, expected);
}

/* No count under 5 anywhere in @node, and nothing that names a case. */
static void
assert_nothing_small (JsonNode *node)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObjectIter iter;
      const char *name;
      JsonNode *member;

      json_object_iter_init (&iter, json_node_get_object (node));
      while (json_object_iter_next (&iter, &name, &member))
        /* The database's epoch is a uuid, but no case's. */
        if (!g_str_equal (name, "min_shown") && !g_str_equal (name, "epoch"))
          assert_nothing_small (member);
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    for (guint i = 0; i < json_array_get_length (json_node_get_array (node)); i++)
      assert_nothing_small (json_array_get_element (json_node_get_array (node), i));
  else if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_INT64)
    g_assert_cmpint (json_node_get_int (node), >=, 5);
  else if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    g_assert_false (bw_record_json_is_uuid (json_node_get_string (node)));
}

/* The figures per month against a hand-counted fixture: live cases opened
 * and closed in known months, moves between tracks, and purged cases that
 * count through retention's aggregates. Small counts are suppressed, with
 * a second one where the first could be found back from the month's
 * outflow; a trainer's answer holds no identifier and no count under 5. */
static void
test_reports (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *a_case = NULL;
  g_autofree char *tessa = NULL;
  g_autoptr(JsonObject) noord = NULL;
  g_autoptr(JsonObject) all = NULL;
  g_autoptr(JsonObject) purged = NULL;
  g_autoptr(GError) error = NULL;
  guint n_purged = 0, status;

  add_user (f, "tessa", BW_ROLE_TRAINER, NULL, NULL);
  tessa = token_for (f, "tessa", in_one_hour ());
  /* Maria Gewanden (Heerlen-Noord): 6 open since January 2025; 5 opened
   * in February and closed in April with work, 1 likewise with education. */
  a_case = push_cases (f, 6, "BU09171000", "2025-01-10", NULL, BW_OUTCOME_NONE);
  g_free (push_cases (f, 5, "BU09171000", "2025-02-01", "2025-04-15", BW_OUTCOME_WORK));
  g_free (push_cases (f, 1, "BU09171000", "2025-02-01", "2025-04-20", BW_OUTCOME_EDUCATION));
  /* Heerlen-Centrum (not Heerlen-Noord): 7 opened in January 2025. */
  g_free (push_cases (f, 7, "BU09173300", "2025-01-05", NULL, BW_OUTCOME_NONE));
  /* 5 moves into the work track in March, in Noord. */
  for (guint i = 0; i < 5; i++)
    {
      g_autofree char *uuid = g_uuid_string_random ();
      g_autofree char *body = push_body (change_new (NULL, "track_change", uuid, a_case, 0,
                                                     fields_of ("{\"date\": \"2025-03-03\", \"track\": \"work\","
                                                                " \"author\": null, \"note\": null}")), NULL);
      g_autoptr(JsonNode) answer = push (f, f->fatima, body);

      g_assert_cmpstr (status_of (answer, 0), ==, "applied");
    }
  /* 5 opened in December 2022 and closed in March 2023, purged since. */
  g_free (push_cases (f, 5, "BU09171000", "2022-12-05", "2023-03-10", BW_OUTCOME_WORK));
  g_assert_true (bw_server_store_purge (f->store, 24, "2026-12-05", &n_purged, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_purged, ==, 5);

  noord = get_report (f, f->fatima, "from=2025-01&to=2025-06&area=noord");
  g_assert_cmpstr (json_object_get_string_member (noord, "area"), ==, "noord");
  assert_series (noord, NULL, "inflow", "6,6,null,null,null,null");
  assert_series (noord, NULL, "outflow", "null,null,null,6,null,null");
  assert_series (noord, NULL, "caseload", "6,12,12,6,6,6");
  /* 5 with work and 1 with education: the 1 is hidden among the other
   * outcomes' zeros, which are hidden too, so it cannot be told which
   * outcome the rest of the outflow had. */
  assert_series (noord, "outcomes", "work", "null,null,null,5,null,null");
  assert_series (noord, "outcomes", "education", "null,null,null,null,null,null");
  assert_series (noord, "tracks_in", "work", "null,null,5,null,null,null");

  all = get_report (f, f->fatima, "from=2025-01&to=2025-02&area=all");
  assert_series (all, NULL, "inflow", "13,6");
  assert_series (all, NULL, "caseload", "13,19");

  /* The purged cases still count: in their inflow, caseload and outflow. */
  purged = get_report (f, tessa, "from=2022-12&to=2023-03&area=BU09171000");
  assert_series (purged, NULL, "inflow", "5,null,null,null");
  assert_series (purged, NULL, "caseload", "5,5,5,null");
  assert_series (purged, NULL, "outflow", "null,null,null,5");
  assert_series (purged, "outcomes", "work", "null,null,null,5");
  {
    g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), purged);

    assert_nothing_small (node);
  }
  {
    g_autoptr(JsonObject) trainer = get_report (f, tessa, "from=2025-01&to=2025-06&area=noord");
    g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), trainer);

    assert_nothing_small (node);
  }

  /* The life domains: 5 cases of Maria Gewanden measured twice, finances
   * from 2 to 4; one of Heerlen-Centrum measured twice does not count.
   * Pushed as a desktop from before the ZRM wrote them (docs/zrm.md). */
  for (guint i = 0; i < 6; i++)
    {
      g_autofree char *c = push_cases (f, 1, i < 5 ? "BU09171000" : "BU09173300", "2025-01-02", NULL,
                                       BW_OUTCOME_NONE);

      for (guint k = 0; k < 2; k++)
        {
          g_autofree char *uuid = g_uuid_string_random ();
          g_autofree char *fields = g_strdup_printf (
            "{\"date\": \"2025-0%u-10\", \"author\": null, \"finances\": %u, \"work_education\": 3,"
            " \"housing\": 3, \"health\": 3, \"family\": 3, \"social_network\": 3,"
            " \"daily_activities\": 3, \"language\": 3}", 2 + k, 2 + 2 * k);
          g_autofree char *body = push_body (change_new (NULL, "assessment", uuid, c, 0, fields_of (fields)), NULL);
          g_autoptr(JsonNode) answer = push (f, f->fatima, body);

          g_assert_cmpstr (status_of (answer, 0), ==, "applied");
        }
    }
  /* A course in Maria Gewanden with 5 placed. */
  {
    g_autofree char *offer = g_uuid_string_random ();
    g_autofree char *body = push_body (change_new (NULL, "offer", offer, offer, 0, fields_of (
      "{\"title\": \"Taalcafé\", \"kind\": \"language\", \"target_group\": null, \"description\": null,"
      " \"trainer\": \"Tessa\", \"partner\": null, \"buurt_code\": \"BU09171000\", \"capacity\": 12,"
      " \"status\": \"running\", \"first_date\": \"2025-03-01\", \"last_date\": \"2025-05-20\"}")), NULL);
    g_autoptr(JsonNode) answer = push (f, tessa, body);

    g_assert_cmpstr (status_of (answer, 0), ==, "applied");
    for (guint i = 0; i < 5; i++)
      {
        g_autofree char *uuid = g_uuid_string_random ();
        g_autofree char *e = push_body (change_new (NULL, "enrolment", uuid, offer, 0, fields_of (
          "{\"case_ref\": null, \"name\": \"Deelnemer\", \"phone\": null, \"email\": null,"
          " \"buurt_code\": \"BU09171000\", \"language_need\": \"course_needed\", \"status\": \"placed\","
          " \"referred_at\": \"2025-02-20T10:00:00Z\", \"status_date\": \"2025-03-01\", \"outcome\": null}")),
          NULL);
        g_autoptr(JsonNode) placed = push (f, tessa, e);

        g_assert_cmpstr (status_of (placed, 0), ==, "applied");
      }
  }
  {
    g_autoptr(JsonObject) period = get_report (f, f->fatima, "from=2025-01&to=2025-06&area=noord");
    JsonObject *scores = json_object_get_object_member (period, "score_changes");
    JsonObject *domains = json_object_get_object_member (scores, "domains");
    JsonObject *course = json_array_get_object_element (json_object_get_array_member (period, "courses"), 0);
    JsonObject *placement = json_object_get_object_member (period, "referral_to_placement");
    g_autoptr(JsonObject) small = get_report (f, f->fatima, "from=2025-01&to=2025-06&area=BU09173300");

    g_assert_cmpint (json_object_get_int_member (scores, "cases"), ==, 5);
    g_assert_cmpfloat (json_object_get_double_member (domains, "finances"), ==, 2.0);
    g_assert_cmpfloat (json_object_get_double_member (domains, "housing"), ==, 0.0);
    /* Pushed as before the ZRM: "health" counts in both health domains;
     * a domain no measurement scored has no change to show. */
    g_assert_cmpfloat (json_object_get_double_member (domains, "mental_health"), ==, 0.0);
    g_assert_cmpfloat (json_object_get_double_member (domains, "physical_health"), ==, 0.0);
    g_assert_true (json_object_get_null_member (domains, "justice"));
    g_assert_cmpuint (json_array_get_length (json_object_get_array_member (period, "courses")), ==, 1);
    g_assert_cmpstr (json_object_get_string_member (course, "title"), ==, "Taalcafé");
    g_assert_cmpint (json_object_get_int_member (course, "placed"), ==, 5);
    g_assert_true (json_object_get_null_member (course, "attendance_percent"));
    /* Placed without a referral from a team: no wait to count. */
    g_assert_true (json_object_get_null_member (placement, "median_days"));
    /* One case measured twice: hidden. */
    g_assert_true (json_object_get_null_member (json_object_get_object_member (small, "score_changes"), "cases"));
    g_assert_true (json_object_get_null_member (json_object_get_object_member (
      json_object_get_object_member (small, "score_changes"), "domains"), "finances"));
  }

  /* Bad periods and areas, and a partner, get nothing. */
  json_node_unref (http (f, "GET", "/api/v1/reports?from=2025-13&to=2026-01", f->fatima, NULL, &status));
  g_assert_cmpuint (status, ==, 400);
  json_node_unref (http (f, "GET", "/api/v1/reports?from=2020-01&to=2026-01", f->fatima, NULL, &status));
  g_assert_cmpuint (status, ==, 400);
  json_node_unref (http (f, "GET", "/api/v1/reports?from=2025-01&to=2025-02&area=BU0000", f->fatima, NULL, &status));
  g_assert_cmpuint (status, ==, 400);
  json_node_unref (http (f, "GET", "/api/v1/reports?from=2025-01&to=2025-02&x=1", f->fatima, NULL, &status));
  g_assert_cmpuint (status, ==, 400);
  json_node_unref (http (f, "GET", "/api/v1/reports?from=2025-01&to=2025-02", f->piet, NULL, &status));
  g_assert_cmpuint (status, ==, 404);
}

static JsonArray *
team_history (Fixture     *f,
              const char  *token,
              const char  *query,
              JsonNode   **keep)
{
  g_autofree char *path = g_strconcat ("/api/v1/access-history", query, NULL);
  guint status;

  *keep = http (f, "GET", path, token, NULL, &status);
  g_assert_cmpuint (status, ==, 200);
  return json_object_get_array_member (obj (*keep), "entries");
}

/* A coordinator's access history across the team's cases: only their
 * team's, newest first, filtered by action, role and date, in pages; no
 * one else gets it. */
static void
test_team_access_history (Fixture       *f,
                          gconstpointer  data)
{
  g_autofree char *noord_1 = create_case (f, f->fatima, "Sanne Claessens");
  g_autofree char *noord_2 = create_case (f, f->jan, "Piet Peters");
  g_autofree char *zuid = create_case (f, f->bram, "Bram's bewoner");
  g_autofree char *coco = NULL;
  g_autoptr(JsonNode) all = NULL, denied = NULL, created = NULL, page = NULL, none = NULL;
  JsonArray *entries;
  guint status;

  add_user (f, "coco", BW_ROLE_COORDINATOR, "Noord", NULL);
  coco = token_for (f, "coco", in_one_hour ());
  /* Bram, of another team, tries to read a Noord case. */
  json_node_unref (get_record (f, f->bram, noord_1, &status));
  g_assert_cmpuint (status, ==, 404);

  entries = team_history (f, coco, "", &all);
  for (guint i = 0; i < json_array_get_length (entries); i++)
    {
      JsonObject *e = json_array_get_object_element (entries, i);
      const char *case_uuid = json_object_get_string_member (e, "case_uuid");

      g_assert_true (g_strcmp0 (case_uuid, noord_1) == 0 || g_strcmp0 (case_uuid, noord_2) == 0);
      if (i > 0)
        g_assert_cmpint (json_object_get_int_member (e, "id"), <,
                         json_object_get_int_member (json_array_get_object_element (entries, i - 1), "id"));
    }
  g_assert_cmpuint (json_array_get_length (entries), ==, 3);
  (void) zuid;

  entries = team_history (f, coco, "?action=denied", &denied);
  g_assert_cmpuint (json_array_get_length (entries), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (entries, 0), "user_name"), ==,
                   "bram");
  entries = team_history (f, coco, "?action=create&role=buurtteam&since=2020-01-01", &created);
  g_assert_cmpuint (json_array_get_length (entries), ==, 2);
  entries = team_history (f, coco, "?action=create&since=2999-01-01", &none);
  g_assert_cmpuint (json_array_get_length (entries), ==, 0);
  entries = team_history (f, coco, "?limit=2", &page);
  g_assert_cmpuint (json_array_get_length (entries), ==, 2);
  g_assert_true (json_object_get_boolean_member (obj (page), "more"));
  {
    g_autofree char *next = g_strdup_printf ("?limit=2&before=%" G_GINT64_FORMAT,
                                             json_object_get_int_member (obj (page), "next_before"));
    g_autoptr(JsonNode) rest = NULL;

    entries = team_history (f, coco, next, &rest);
    g_assert_cmpuint (json_array_get_length (entries), ==, 1);
    g_assert_false (json_object_get_boolean_member (obj (rest), "more"));
  }

  json_node_unref (http (f, "GET", "/api/v1/access-history", f->fatima, NULL, &status));
  g_assert_cmpuint (status, ==, 404);
  json_node_unref (http (f, "GET", "/api/v1/access-history?action=steal", coco, NULL, &status));
  g_assert_cmpuint (status, ==, 400);
  json_node_unref (http (f, "GET", "/api/v1/access-history?since=gisteren", coco, NULL, &status));
  g_assert_cmpuint (status, ==, 400);
  json_node_unref (http (f, "GET", "/api/v1/access-history?x=1", coco, NULL, &status));
  g_assert_cmpuint (status, ==, 400);
}

/* The ZRM (docs/zrm.md): the server's own migration gives a measurement
 * stored before it its health score in both health domains, with that
 * field's revision, and leaves the rest as it was. */
static void
test_zrm_migration (void)
{
  g_autoptr(GError) error = NULL;

  /* SQLite's step 8 -> 9; PostgreSQL's schema starts at 9. */
  if (bw_test_server_db_skip_on_postgresql ("the ZRM migration is SQLite's alone"))
    return;
  g_autofree char *dir = g_dir_make_tmp ("bw-server-zrm-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "server.db", NULL);
  BwServerStore *store;
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int version;

  g_assert_no_error (error);
  store = bw_server_store_open (path, &error);
  g_assert_no_error (error);
  g_object_unref (store);

  /* The measurement as the server stored it before, and the database one
   * step back. */
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  version = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  {
    g_autofree char *sql = g_strdup_printf (
      "INSERT INTO records (uuid, type, case_uuid, fields, field_revs, revision, seq, created_at, updated_at)"
      " VALUES ('5f0c1a52-0000-4000-8000-000000000001', 'assessment', '5f0c1a52-0000-4000-8000-000000000002',"
      "  '{\"date\": \"2025-07-23\", \"author\": \"Sanne\", \"finances\": 3, \"health\": 2,"
      "    \"family\": 4, \"language\": 4}', '{\"health\": 3, \"finances\": 1}', 3, 1,"
      "  '2025-07-23T10:00:00Z', '2025-07-23T10:00:00Z');"
      "PRAGMA user_version = %d;", version - 1);

    g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  }
  sqlite3_close (db);

  store = bw_server_store_open (path, &error);
  g_assert_no_error (error);
  g_object_unref (store);

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db,
    "SELECT json_extract (fields, '$.physical_health'), json_extract (fields, '$.mental_health'),"
    " json_extract (fields, '$.finances'), json_extract (fields, '$.family'), json_extract (fields, '$.language'),"
    " json_extract (field_revs, '$.physical_health'), json_extract (field_revs, '$.mental_health'), seq"
    " FROM records WHERE type = 'assessment'", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 2);
  g_assert_cmpint (sqlite3_column_int (stmt, 1), ==, 2);
  g_assert_cmpint (sqlite3_column_int (stmt, 2), ==, 3);
  g_assert_cmpint (sqlite3_column_int (stmt, 3), ==, 4);
  g_assert_cmpint (sqlite3_column_int (stmt, 4), ==, 4);
  g_assert_cmpint (sqlite3_column_int (stmt, 5), ==, 3);
  g_assert_cmpint (sqlite3_column_int (stmt, 6), ==, 3);
  /* Not sent again: every desktop maps its own copy the same. */
  g_assert_cmpint (sqlite3_column_int (stmt, 7), ==, 1);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  bw_test_remove_dir (dir);
}

/* PostgreSQL went away under the server (a restart, a failover): the
 * connections are made again at the next piece of work, nothing is lost
 * and nothing half-done is said to be done. */
static void
test_database_reconnects (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(BwCase) first = new_case ("Anna de Vries");
  g_autoptr(BwCase) second = new_case ("Bram Jansen");
  g_autofree char *body = NULL;
  g_autoptr(JsonNode) answer = NULL;
  g_autoptr(GError) error = NULL;

  if (!bw_test_server_db_is_postgresql ())
    {
      g_test_skip ("PostgreSQL's connections only");
      return;
    }
  body = push_body (case_change (first), NULL);
  answer = push (f, f->fatima, body);
  g_assert_cmpstr (status_of (answer, 0), ==, "applied");

  /* Every other connection to the database ends, as on a restart. */
  error = bw_test_server_db_try_exec (f->db_path, "SELECT pg_terminate_backend (pid) FROM pg_stat_activity"
                                                  " WHERE datname = current_database () AND pid <> pg_backend_pid ()");
  g_assert_no_error (error);

  g_clear_pointer (&body, g_free);
  g_clear_pointer (&answer, json_node_unref);
  body = push_body (case_change (second), NULL);
  answer = push (f, f->fatima, body);
  g_assert_cmpstr (status_of (answer, 0), ==, "applied");
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM records WHERE type = 'case'"), ==, 2);
  g_assert_cmpint (count_rows (f, "SELECT last FROM sequence"), ==, 2);
}

/* A password in the database's URI opens it, and goes to no message, no
 * log and no file name; more connections (workers, the purge) get it. */
static void
test_database_uri_password (Fixture       *f,
                            gconstpointer  data)
{
  g_autofree char *with_password = NULL;
  g_autofree char *missing = NULL;
  g_autofree char *served = NULL;
  g_autoptr(BwServerStore) store = NULL;
  g_autoptr(GError) error = NULL;

  if (!bw_test_server_db_is_postgresql ())
    {
      g_test_skip ("PostgreSQL's URIs only");
      return;
    }
  with_password = g_strconcat (f->db_path, "&password=zeer-geheim", NULL);
  store = bw_server_store_open (with_password, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (bw_server_store_get_path (store), ==, with_password);
  served = bw_server_store_get_served_path (store);
  g_assert_null (strstr (served, "geheim"));
  /* The same database, whatever its password: the same .served file. */
  {
    g_autofree char *plain = bw_server_store_get_served_path (f->store);

    g_assert_cmpstr (served, ==, plain);
  }
  /* A database that is not there: the refusal names it without the
   * password, in one line. */
  missing = g_strconcat ("postgresql://buurtwerk:zeer-geheim@/bestaat_niet", strchr (f->db_path, '?'), NULL);
  g_clear_object (&store);
  store = bw_server_store_open (missing, &error);
  g_assert_null (store);
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_null (strstr (error->message, "geheim"));
  g_assert_nonnull (strstr (error->message, "bestaat_niet"));
  g_assert_null (strchr (error->message, '\n'));
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* The columns of @table, sorted. */
static char *
columns_of (BwStorage  *db,
            const char *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT * FROM %s LIMIT 0", table);
  g_autoptr(GError) error = NULL;
  g_autoptr(BwStorageStmt) stmt = bw_storage_prepare (db, sql, &error);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  g_assert_no_error (error);
  g_assert_cmpint (bw_storage_step (stmt), ==, BW_STORAGE_DONE);
  for (int c = 0; c < bw_storage_column_count (stmt); c++)
    g_ptr_array_add (names, (char *) bw_storage_column_name (stmt, c));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (",", (char **) names->pdata);
}

/* The schema is written once per backend (bw-server-store.c): the same
 * tables with the same columns on both, so a step added to one only
 * fails here. */
static void
test_schema_on_both_backends (Fixture       *f,
                              gconstpointer  data)
{
  g_autofree char *sqlite_path = g_build_filename (f->dir, "schema.db", NULL);
  g_autoptr(BwServerStore) sqlite_store = NULL;
  g_autoptr(BwStorage) pg = NULL;
  g_autoptr(BwStorage) lite = NULL;
  g_auto(GStrv) pg_tables = NULL;
  g_auto(GStrv) sqlite_tables = NULL;
  g_autoptr(GError) error = NULL;

  if (!bw_test_server_db_is_postgresql ())
    {
      g_test_skip ("compares PostgreSQL's schema with SQLite's");
      return;
    }
  sqlite_store = bw_server_store_open (sqlite_path, &error);
  g_assert_no_error (error);
  pg = bw_test_server_db_open (f->db_path);
  lite = bw_storage_open (sqlite_path, &(BwDbPolicy) { .busy_timeout_ms = 5000 }, &error);
  g_assert_no_error (error);
  g_assert_cmpint (bw_storage_get_version (pg), ==, bw_storage_get_version (lite));
  pg_tables = bw_storage_list_tables (pg, &error);
  g_assert_no_error (error);
  sqlite_tables = bw_storage_list_tables (lite, &error);
  g_assert_no_error (error);
  /* PostgreSQL keeps its version in a table, SQLite in the header. */
  for (guint i = 0; pg_tables[i] != NULL; i++)
    if (!g_str_equal (pg_tables[i], "schema_version"))
      g_assert_true (g_strv_contains ((const char * const *) sqlite_tables, pg_tables[i]));
  for (guint i = 0; sqlite_tables[i] != NULL; i++)
    {
      g_autofree char *on_pg = NULL;
      g_autofree char *on_sqlite = NULL;

      g_assert_true (g_strv_contains ((const char * const *) pg_tables, sqlite_tables[i]));
      on_pg = columns_of (pg, sqlite_tables[i]);
      on_sqlite = columns_of (lite, sqlite_tables[i]);
      g_test_message ("%s: %s", sqlite_tables[i], on_sqlite);
      g_assert_cmpstr (on_pg, ==, on_sqlite);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, fn, max_body) \
  g_test_add (path, Fixture, GSIZE_TO_POINTER (max_body), fixture_setup, fn, fixture_teardown)
  ADD ("/server/login", test_login, 0);
  ADD ("/server/unauthorized", test_unauthorized, 0);
  ADD ("/server/too-large", test_too_large, 16 * 1024);
  ADD ("/server/bad-requests", test_bad_requests, 0);
  ADD ("/server/round-trip", test_round_trip, 0);
  ADD ("/server/retry", test_retry, 0);
  ADD ("/server/merge", test_merge, 0);
  ADD ("/server/conflict", test_conflict, 0);
  ADD ("/server/delete-vs-edit", test_delete_vs_edit, 0);
  ADD ("/server/access", test_access, 0);
  ADD ("/server/planning-access", test_planning_access, 0);
  ADD ("/server/partial-batch", test_partial_batch, 0);
  ADD ("/server/restart", test_restart, 0);
  ADD ("/server/secrets", test_secrets, 0);
  ADD ("/server/rate-limit", test_rate_limit, 0);
  ADD ("/server/login-throttle", test_login_throttle, 0);
  ADD ("/server/connection-limit", test_connection_limit, 0);
  ADD ("/server/ownership", test_ownership, 0);
  ADD ("/server/transfer-colleague", test_transfer_colleague, 0);
  ADD ("/server/transfer-team", test_transfer_team, 0);
  ADD ("/server/reports", test_reports, 0);
  ADD ("/server/team-access-history", test_team_access_history, 0);
  ADD ("/server/database-reconnects", test_database_reconnects, 0);
  ADD ("/server/database-uri-password", test_database_uri_password, 0);
  ADD ("/server/schema-on-both-backends", test_schema_on_both_backends, 0);
#undef ADD
  g_test_add_func ("/server/binary", test_binary);
  g_test_add_func ("/server/zrm-migration", test_zrm_migration);

  return g_test_run ();
}
