/* SPDX-License-Identifier: EUPL-1.2 */
/* Issue 12, the server store's part, over real HTTP on 127.0.0.1: audit
 * log flooding and the paged access history (finding 5), the feed paged by
 * bytes (6), database modes (7), writes to a deleted case (11), a restore
 * without epoch renew and a trainer's partner note (13). The in-process
 * server for most, the real binary for the restore and the file modes. */
#include "config.h"

#include <signal.h>
#include <string.h>
#include <sys/stat.h>

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <libsoup/soup.h>
#include <sqlite3.h>

#include "bw-record-json.h"
#include "bw-server-store.h"
#include "bw-test-server-db.h"
#include "bw-server-store-private.h"
#include "bw-sync-server.h"

#define PASSWORD "lange-zin-als-wachtwoord"
#define TODAY "2026-03-01"

typedef struct {
  char *dir;
  char *db_path;
  BwServerStore *store;
  BwSyncServer *server;
  char *url;
  SoupSession *session;
  char *fatima;   /* buurtteam, team Noord */
  char *bram;     /* buurtteam, team Zuid */
  char *piet;     /* partner, VSV */
  char *tom;      /* trainer */
  char *cora;     /* coordinator, team Noord */
} Fixture;

static char *
token_for (Fixture    *f,
           const char *login)
{
  g_autoptr(BwServerUser) user = bw_server_store_find_user (f->store, login, NULL);
  g_autoptr(GError) error = NULL;
  char *token;

  g_assert_nonnull (user);
  token = bw_server_store_new_token (f->store, user->id, g_get_real_time () / G_USEC_PER_SEC + 3600, &error);
  g_assert_no_error (error);
  return token;
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
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("bw-abuse-XXXXXX", NULL);
  f->db_path = bw_test_server_db_new (f->dir, "server.db");
  f->store = bw_server_store_open (f->db_path, &error);
  g_assert_no_error (error);
  f->server = bw_sync_server_new (f->store, 16 * 1024 * 1024);
  /* Generous: these tests send many requests on purpose. */
  bw_sync_server_set_limits (f->server, 100, 1000, 1000);
  bw_sync_server_listen (f->server, "127.0.0.1", 0, NULL, &error);
  g_assert_no_error (error);
  f->url = bw_sync_server_get_url (f->server);
  add_user (f, "fatima", BW_ROLE_BUURTTEAM, "Noord", NULL);
  add_user (f, "bram", BW_ROLE_BUURTTEAM, "Zuid", NULL);
  add_user (f, "piet", BW_ROLE_PARTNER, NULL, "vsv");
  add_user (f, "tom", BW_ROLE_TRAINER, NULL, NULL);
  add_user (f, "cora", BW_ROLE_COORDINATOR, "Noord", NULL);
  f->fatima = token_for (f, "fatima");
  f->bram = token_for (f, "bram");
  f->piet = token_for (f, "piet");
  f->tom = token_for (f, "tom");
  f->cora = token_for (f, "cora");
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
  bw_sync_server_disconnect (f->server);
  g_clear_object (&f->server);
  g_clear_object (&f->store);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  bw_server_store_set_page_bytes (0);
  remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->db_path);
  g_free (f->url);
  g_free (f->fatima);
  g_free (f->bram);
  g_free (f->piet);
  g_free (f->tom);
  g_free (f->cora);
}

/* HTTP */

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

/* The answer's body as text. */
static char *
http_text (SoupSession *session,
           const char  *url,
           const char  *method,
           const char  *path,
           const char  *token,
           const char  *body,
           guint       *status)
{
  g_autofree char *uri = g_strconcat (url, path, NULL);
  g_autoptr(SoupMessage) msg = soup_message_new (method, uri);
  Reply reply = { 0 };
  char *text;

  g_assert_nonnull (msg);
  if (token != NULL)
    {
      g_autofree char *header = g_strconcat ("Bearer ", token, NULL);
      soup_message_headers_replace (soup_message_get_request_headers (msg), "Authorization", header);
    }
  if (body != NULL)
    {
      g_autoptr(GBytes) bytes = g_bytes_new (body, strlen (body));
      soup_message_set_request_body_from_bytes (msg, "application/json", bytes);
    }
  soup_session_send_and_read_async (session, msg, G_PRIORITY_DEFAULT, NULL, got_reply, &reply);
  while (!reply.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_no_error (reply.error);
  *status = soup_message_get_status (msg);
  text = g_strndup (g_bytes_get_data (reply.body, NULL), g_bytes_get_size (reply.body));
  g_bytes_unref (reply.body);
  return text;
}

static JsonNode *
parse (const char *text)
{
  g_autoptr(GError) error = NULL;
  JsonNode *node = json_from_string (text, &error);

  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (node));
  return node;
}

static JsonNode *
http (Fixture    *f,
      const char *method,
      const char *path,
      const char *token,
      const char *body,
      guint      *status)
{
  g_autofree char *text = http_text (f->session, f->url, method, path, token, body, status);

  return parse (text);
}

static JsonObject *
obj (JsonNode *node)
{
  return json_node_get_object (node);
}

static gint64
count_rows (const char *db_path,
            const char *sql,
            const char *arg)
{
  return bw_test_server_db_count (db_path, sql, arg);
}

/* Pushes */

static char *
change_text (const char *type,
             const char *uuid,
             const char *case_uuid,
             gint64      base_revision,
             const char *extra,
             const char *fields)
{
  g_autofree char *ccid = g_uuid_string_random ();

  return g_strdup_printf ("{\"client_change_id\":\"%s\",\"type\":\"%s\",\"uuid\":\"%s\",\"case_uuid\":\"%s\","
                          "\"base_revision\":%" G_GINT64_FORMAT "%s,\"fields\":%s}",
                          ccid, type, uuid, case_uuid, base_revision, extra ? extra : "", fields);
}

static char *
push_of (GPtrArray *changes)
{
  GString *body = g_string_new ("{\"changes\":[");

  for (guint i = 0; i < changes->len; i++)
    {
      if (i > 0)
        g_string_append_c (body, ',');
      g_string_append (body, g_ptr_array_index (changes, i));
    }
  g_string_append (body, "]}");
  return g_string_free (body, FALSE);
}

static JsonNode *
push1 (Fixture    *f,
       const char *token,
       char       *change)
{
  g_autoptr(GPtrArray) changes = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *body = NULL;
  guint status;
  JsonNode *answer;

  g_ptr_array_add (changes, change);
  body = push_of (changes);
  answer = http (f, "POST", "/api/v1/push", token, body, &status);
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
status_at (JsonNode *answer,
           guint     i)
{
  return json_object_get_string_member (result_at (answer, i), "status");
}

static const char *
code_at (JsonNode *answer,
         guint     i)
{
  JsonObject *result = result_at (answer, i);

  if (!json_object_has_member (result, "error"))
    return NULL;
  return json_object_get_string_member (json_object_get_object_member (result, "error"), "code");
}

/* The refusal without the ids the client sent itself. */
static char *
error_text (JsonNode *answer)
{
  g_autoptr(JsonNode) error = json_node_copy (json_object_get_member (result_at (answer, 0), "error"));

  return json_to_string (error, FALSE);
}

#define CASE_FIELDS "{\"name\":\"Sanne Bakker\",\"buurt_code\":\"BU09171000\",\"household_size\":2," \
                    "\"date_of_birth\":null,\"address\":null,\"phone\":null,\"email\":null," \
                    "\"household_note\":null,\"opened_on\":null,\"outcome_note\":null,\"closed_on\":null," \
                    "\"status\":\"active\",\"track\":\"work\",\"has_debts\":false,\"debt_amount\":0," \
                    "\"debt_route\":\"none\",\"language_need\":\"none\",\"outcome\":\"none\"}"

static char *
create_case (Fixture *f)
{
  char *uuid = g_uuid_string_random ();
  g_autoptr(JsonNode) answer = push1 (f, f->fatima, change_text ("case", uuid, uuid, 0, NULL, CASE_FIELDS));

  if (!g_str_equal (status_at (answer, 0), "applied"))
    g_error ("case not applied: %s", json_to_string (answer, FALSE));
  return uuid;
}

static void
share_with_vsv (Fixture    *f,
                const char *case_uuid)
{
  g_autofree char *uuid = g_uuid_string_random ();
  g_autoptr(JsonNode) answer =
    push1 (f, f->fatima,
           change_text ("share", uuid, case_uuid, 0, NULL,
                        "{\"organisation\":\"vsv\",\"parts\":[\"person\"],\"consent_date\":\"" TODAY "\","
                        "\"consent_given_to\":\"Fatima (buurtteam)\",\"consent_form\":\"written\","
                        "\"end_date\":\"2026-06-01\",\"team_contact\":\"Fatima, 045 555 0101\","
                        "\"withdrawn_at\":null,\"withdrawn_reason\":null}"));

  if (!g_str_equal (status_at (answer, 0), "applied"))
    g_error ("share not applied: %s", json_to_string (answer, FALSE));
}

static char *
note_change (const char *case_uuid,
             const char *text)
{
  g_autofree char *uuid = g_uuid_string_random ();
  g_autofree char *fields = g_strdup_printf ("{\"organisation\":\"vsv\",\"text\":\"%s\"}", text);

  return change_text ("partner_note", uuid, case_uuid, 0, NULL, fields);
}

static char *
journal_change (const char *case_uuid,
                const char *text)
{
  g_autofree char *uuid = g_uuid_string_random ();
  g_autofree char *fields = g_strdup_printf ("{\"date\":\"" TODAY "\",\"author\":\"Fatima\",\"text\":\"%s\","
                                             "\"shareable\":false}", text);

  return change_text ("journal", uuid, case_uuid, 0, NULL, fields);
}

#define AUDIT_ROWS "SELECT count(*) FROM audit_log"

/* Finding 5: one "denied" row per refused push, not one per change. */
static void
test_push_refusals_one_row (Fixture       *f,
                            gconstpointer  data)
{
  g_autofree char *case_uuid = create_case (f);
  g_autoptr(GPtrArray) changes = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *body = NULL;
  g_autoptr(JsonNode) answer = NULL;
  gint64 before;
  guint status;

  /* 500 notes of another team on Fatima's case: every one not_found. */
  for (guint i = 0; i < BW_SERVER_MAX_PUSH; i++)
    g_ptr_array_add (changes, journal_change (case_uuid, "junk"));
  body = push_of (changes);
  before = count_rows (f->db_path, AUDIT_ROWS, NULL);
  answer = http (f, "POST", "/api/v1/push", f->bram, body, &status);
  g_assert_cmpuint (status, ==, 200);
  for (guint i = 0; i < BW_SERVER_MAX_PUSH; i++)
    g_assert_cmpstr (code_at (answer, i), ==, "not_found");
  g_assert_cmpint (count_rows (f->db_path, AUDIT_ROWS, NULL), ==, before + 1);
  g_assert_cmpint (count_rows (f->db_path, "SELECT count(*) FROM audit_log WHERE action = 'denied'"
                                           " AND detail = 'push code=not_found refused=500' AND case_uuid = ?1",
                               case_uuid), ==, 1);

  /* 500 updates of records that do not exist, each of another random case:
   * one row again, not 500. */
  g_ptr_array_set_size (changes, 0);
  for (guint i = 0; i < BW_SERVER_MAX_PUSH; i++)
    {
      g_autofree char *uuid = g_uuid_string_random ();
      g_autofree char *other = g_uuid_string_random ();
      g_ptr_array_add (changes, change_text ("journal", uuid, other, 3, NULL,
                                             "{\"text\":\"junk\"}"));
    }
  g_clear_pointer (&body, g_free);
  body = push_of (changes);
  before = count_rows (f->db_path, AUDIT_ROWS, NULL);
  g_clear_pointer (&answer, json_node_unref);
  answer = http (f, "POST", "/api/v1/push", f->bram, body, &status);
  g_assert_cmpuint (status, ==, 200);
  g_assert_cmpstr (code_at (answer, 0), ==, "not_found");
  g_assert_cmpint (count_rows (f->db_path, AUDIT_ROWS, NULL), ==, before + 1);

  /* A coordinator's push is forbidden, 500 times: one row. */
  g_clear_pointer (&answer, json_node_unref);
  before = count_rows (f->db_path, AUDIT_ROWS, NULL);
  answer = http (f, "POST", "/api/v1/push", f->cora, body, &status);
  g_assert_cmpuint (status, ==, 200);
  g_assert_cmpstr (code_at (answer, 499), ==, "forbidden");
  g_assert_cmpint (count_rows (f->db_path, AUDIT_ROWS, NULL), ==, before + 1);
}

/* Finding 5: opened reports repeated within a minute are one row. */
static void
test_opened_repeats (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *shared = create_case (f);
  g_autofree char *unshared = create_case (f);
  g_autofree char *body_shared = g_strdup_printf ("{\"case_uuid\":\"%s\",\"opened_at\":\"2026-03-01T10:00:00Z\"}",
                                                  shared);
  g_autofree char *body_unshared = g_strdup_printf ("{\"case_uuid\":\"%s\"}", unshared);
  gint64 before;

  share_with_vsv (f, shared);
  before = count_rows (f->db_path, AUDIT_ROWS, NULL);
  for (guint i = 0; i < 50; i++)
    {
      g_autoptr(JsonNode) a = NULL, b = NULL;
      guint status;

      a = http (f, "POST", "/api/v1/audit/opened", f->piet, body_shared, &status);
      g_assert_cmpuint (status, ==, 200);
      b = http (f, "POST", "/api/v1/audit/opened", f->piet, body_unshared, &status);
      g_assert_cmpuint (status, ==, 404);
    }
  g_assert_cmpint (count_rows (f->db_path, "SELECT count(*) FROM audit_log WHERE action = 'open' AND case_uuid = ?1",
                               shared), ==, 1);
  g_assert_cmpint (count_rows (f->db_path, "SELECT count(*) FROM audit_log WHERE action = 'denied' AND case_uuid = ?1",
                               unshared), ==, 1);
  g_assert_cmpint (count_rows (f->db_path, AUDIT_ROWS, NULL), ==, before + 2);
}

/* Finding 5: the access history comes in pages, newest first. */
static void
test_access_history_pages (Fixture       *f,
                           gconstpointer  data)
{
  g_autofree char *case_uuid = create_case (f);
  g_autoptr(GPtrArray) changes = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *body = NULL;
  g_autofree char *base = g_strdup_printf ("/api/v1/cases/%s/access-history", case_uuid);
  g_autoptr(JsonNode) first = NULL;
  gint64 total, next = 0;
  guint status, pages = 0;

  /* 260 "create" rows, with the case's own: 261. */
  for (guint i = 0; i < 260; i++)
    g_ptr_array_add (changes, journal_change (case_uuid, "contact"));
  body = push_of (changes);
  {
    g_autoptr(JsonNode) answer = http (f, "POST", "/api/v1/push", f->fatima, body, &status);
    g_assert_cmpuint (status, ==, 200);
    g_assert_cmpstr (status_at (answer, 259), ==, "applied");
  }
  total = count_rows (f->db_path, "SELECT count(*) FROM audit_log WHERE case_uuid = ?1", case_uuid);
  g_assert_cmpint (total, ==, 261);

  /* Without a limit: the default page. */
  first = http (f, "GET", base, f->cora, NULL, &status);
  g_assert_cmpuint (status, ==, 200);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (obj (first), "entries")), ==,
                    BW_SERVER_HISTORY_DEFAULT_PAGE);
  g_assert_true (json_object_get_boolean_member (obj (first), "more"));

  /* Pages of 100 until the oldest: every row once, ids descending. */
  do
    {
      g_autofree char *path = next ? g_strdup_printf ("%s?limit=100&before=%" G_GINT64_FORMAT, base, next)
                                   : g_strdup_printf ("%s?limit=100", base);
      g_autoptr(JsonNode) page = http (f, "GET", path, f->cora, NULL, &status);
      JsonArray *entries;

      g_assert_cmpuint (status, ==, 200);
      entries = json_object_get_array_member (obj (page), "entries");
      g_assert_cmpuint (json_array_get_length (entries), <=, 100);
      for (guint i = 0; i < json_array_get_length (entries); i++)
        {
          gint64 id = json_object_get_int_member (json_array_get_object_element (entries, i), "id");

          g_assert_false (g_hash_table_contains (seen, &id));
          g_array_append_val (ids, id);
          g_hash_table_add (seen, &g_array_index (ids, gint64, ids->len - 1));
          if (ids->len > 1)
            g_assert_cmpint (id, <, g_array_index (ids, gint64, ids->len - 2));
        }
      if (json_object_get_boolean_member (obj (page), "more"))
        {
          next = json_object_get_int_member (obj (page), "next_before");
          g_assert_cmpint (next, ==, g_array_index (ids, gint64, ids->len - 1));
        }
      else
        {
          g_assert_true (json_object_get_null_member (obj (page), "next_before"));
          next = 0;
        }
      pages++;
    }
  while (next != 0);
  g_assert_cmpuint (pages, ==, 3);
  g_assert_cmpint (ids->len, ==, total);
  /* The first of the paged walk is the newest of the default page. */
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==,
                   json_object_get_int_member (json_array_get_object_element (
                     json_object_get_array_member (obj (first), "entries"), 0), "id"));

  /* Bounds. */
  {
    static const char *bad[] = { "?limit=0", "?limit=1001", "?before=-1", "?limit=x", "?page=2" };

    for (gsize i = 0; i < G_N_ELEMENTS (bad); i++)
      {
        g_autofree char *path = g_strconcat (base, bad[i], NULL);
        g_autoptr(JsonNode) refused = http (f, "GET", path, f->cora, NULL, &status);
        g_assert_cmpuint (status, ==, 400);
      }
  }
}

/* Finding 6: the feed pages by bytes too; every record comes exactly once. */
static gsize
walk_feed (Fixture    *f,
           GHashTable *uuids,
           guint      *n_pages,
           gsize       budget)
{
  gint64 since = 0;
  gsize largest = 0;
  gboolean more;

  *n_pages = 0;
  do
    {
      g_autofree char *path = g_strdup_printf ("/api/v1/changes?since=%" G_GINT64_FORMAT, since);
      guint status;
      g_autofree char *text = http_text (f->session, f->url, "GET", path, f->fatima, NULL, &status);
      g_autoptr(JsonNode) page = parse (text);
      JsonArray *records = json_object_get_array_member (obj (page), "changes");

      g_assert_cmpuint (status, ==, 200);
      g_assert_cmpuint (json_array_get_length (records), >=, 1);
      for (guint i = 0; i < json_array_get_length (records); i++)
        {
          const char *uuid = json_object_get_string_member (json_array_get_object_element (records, i), "uuid");

          g_assert_false (g_hash_table_contains (uuids, uuid));
          g_hash_table_add (uuids, g_strdup (uuid));
        }
      /* Over the budget by at most the last record. */
      if (json_array_get_length (records) > 1)
        {
          g_autoptr(JsonNode) last = json_node_copy (json_array_get_element (records, json_array_get_length (records) - 1));
          g_autofree char *last_text = json_to_string (last, FALSE);

          g_assert_cmpuint (strlen (text), <=, budget + strlen (last_text) + 100);
        }
      largest = MAX (largest, strlen (text));
      more = json_object_get_boolean_member (obj (page), "more");
      since = json_object_get_int_member (obj (page), "next_since");
      (*n_pages)++;
    }
  while (more);
  return largest;
}

static void
test_feed_bytes (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *case_uuid = create_case (f);
  g_autoptr(GPtrArray) changes = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) expected = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *big = g_strnfill (16000, 'x');
  g_autofree char *body = NULL;
  guint status, pages;

  /* Eight large notes. */
  for (guint i = 0; i < 8; i++)
    g_ptr_array_add (changes, journal_change (case_uuid, big));
  body = push_of (changes);
  {
    g_autoptr(JsonNode) answer = http (f, "POST", "/api/v1/push", f->fatima, body, &status);

    g_assert_cmpuint (status, ==, 200);
    for (guint i = 0; i < 8; i++)
      {
        g_assert_cmpstr (status_at (answer, i), ==, "applied");
        g_hash_table_add (expected, g_strdup (json_object_get_string_member (result_at (answer, i), "uuid")));
      }
    g_hash_table_add (expected, g_strdup (case_uuid));
  }

  /* The default budget (4 MiB): one page. */
  {
    g_autoptr(GHashTable) got = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

    walk_feed (f, got, &pages, BW_SERVER_PAGE_BYTES);
    g_assert_cmpuint (pages, ==, 1);
    g_assert_cmpuint (g_hash_table_size (got), ==, 9);
  }

  /* A budget of 40,000 bytes: three records of 16 KB pass it, so pages of
   * at most three; together every record exactly once. */
  bw_server_store_set_page_bytes (40000);
  {
    g_autoptr(GHashTable) got = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
    GHashTableIter iter;
    gpointer uuid;

    walk_feed (f, got, &pages, 40000);
    g_assert_cmpuint (pages, ==, 3);
    g_assert_cmpuint (g_hash_table_size (got), ==, g_hash_table_size (expected));
    g_hash_table_iter_init (&iter, expected);
    while (g_hash_table_iter_next (&iter, &uuid, NULL))
      g_assert_true (g_hash_table_contains (got, uuid));
  }

  /* A budget below one record: still one record per page, and progress. */
  bw_server_store_set_page_bytes (100);
  {
    g_autoptr(GHashTable) got = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

    walk_feed (f, got, &pages, 100 + 17000);
    g_assert_cmpuint (pages, ==, 9);
    g_assert_cmpuint (g_hash_table_size (got), ==, 9);
  }
}

/* Finding 11: a deleted case refuses a partner's note and opened report,
 * exactly like a case that does not exist. */
static void
test_deleted_case (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *case_uuid = create_case (f);
  g_autofree char *guess = g_uuid_string_random ();
  g_autofree char *opened = g_strdup_printf ("{\"case_uuid\":\"%s\"}", case_uuid);
  g_autofree char *opened_guess = g_strdup_printf ("{\"case_uuid\":\"%s\"}", guess);
  g_autoptr(JsonNode) before_delete = NULL;
  g_autoptr(JsonNode) deleted = NULL;
  g_autoptr(JsonNode) note = NULL;
  g_autoptr(JsonNode) note_guess = NULL;
  g_autofree char *e1 = NULL, *e2 = NULL, *o1 = NULL, *o2 = NULL;
  guint status;

  share_with_vsv (f, case_uuid);
  before_delete = push1 (f, f->piet, note_change (case_uuid, "Gesprek op school"));
  g_assert_cmpstr (status_at (before_delete, 0), ==, "applied");
  g_free (http_text (f->session, f->url, "POST", "/api/v1/audit/opened", f->piet, opened, &status));
  g_assert_cmpuint (status, ==, 200);

  /* A shared case is not deleted through the protocol (delete_shared);
   * one that is deleted all the same (before that rule, or by an
   * administrator in the database) must still hide behind "not found". */
  deleted = push1 (f, f->fatima, change_text ("case", case_uuid, case_uuid, 1, ",\"deleted\":true", "{}"));
  g_assert_cmpstr (status_at (deleted, 0), ==, "rejected");
  {
    g_autofree char *sql = g_strdup_printf ("UPDATE records SET deleted = 1 WHERE uuid = '%s'", case_uuid);

    g_assert_no_error (bw_test_server_db_try_exec (f->db_path, sql));
  }

  note = push1 (f, f->piet, note_change (case_uuid, "Nog een notitie"));
  note_guess = push1 (f, f->piet, note_change (guess, "Nog een notitie"));
  g_assert_cmpstr (code_at (note, 0), ==, "not_found");
  e1 = error_text (note);
  e2 = error_text (note_guess);
  g_assert_cmpstr (e1, ==, e2);
  g_assert_cmpint (count_rows (f->db_path, "SELECT count(*) FROM records WHERE type = 'partner_note'", NULL), ==, 1);

  o1 = http_text (f->session, f->url, "POST", "/api/v1/audit/opened", f->piet, opened, &status);
  g_assert_cmpuint (status, ==, 404);
  o2 = http_text (f->session, f->url, "POST", "/api/v1/audit/opened", f->piet, opened_guess, &status);
  g_assert_cmpuint (status, ==, 404);
  g_assert_cmpstr (o1, ==, o2);
  g_assert_cmpint (count_rows (f->db_path, "SELECT count(*) FROM audit_log WHERE action = 'open'", NULL), ==, 1);
}

/* Every export a desktop reports is an audit row; one about a case only
 * for a case the user sees (else anyone could write into any case's
 * history), and only known exports. The log stays append-only. */
static void
test_export_reports (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *case_uuid = create_case (f);
  g_autofree char *guess = g_uuid_string_random ();
  g_autofree char *of_case = g_strdup_printf ("{\"what\":\"access_history_csv\",\"case_uuid\":\"%s\"}",
                                              case_uuid);
  g_autofree char *of_guess = g_strdup_printf ("{\"what\":\"access_history_csv\",\"case_uuid\":\"%s\"}",
                                               guess);
  g_autofree char *t1 = NULL, *t2 = NULL, *t3 = NULL, *t4 = NULL, *t5 = NULL, *t6 = NULL;
  guint status;

  t1 = http_text (f->session, f->url, "POST", "/api/v1/audit/exported", f->fatima,
                  "{\"what\":\"report_xlsx\",\"exported_at\":\"2026-03-02T09:15:00Z\"}", &status);
  g_assert_cmpuint (status, ==, 200);
  g_assert_cmpint (count_rows (f->db_path, "SELECT count(*) FROM audit_log WHERE action = 'export'"
                                           " AND record_type = 'report_xlsx' AND case_uuid IS NULL"
                                           " AND detail = 'exported_at=2026-03-02T09:15:00Z' AND role = 'buurtteam'",
                               NULL), ==, 1);
  t2 = http_text (f->session, f->url, "POST", "/api/v1/audit/exported", f->fatima, of_case, &status);
  g_assert_cmpuint (status, ==, 200);
  g_assert_cmpint (count_rows (f->db_path, "SELECT count(*) FROM audit_log WHERE action = 'export'"
                                           " AND case_uuid = ?1", case_uuid), ==, 1);

  /* Another team's worker: the same answer as for a case that does not
   * exist, and a denied row instead of an export. */
  t3 = http_text (f->session, f->url, "POST", "/api/v1/audit/exported", f->bram, of_case, &status);
  g_assert_cmpuint (status, ==, 404);
  t4 = http_text (f->session, f->url, "POST", "/api/v1/audit/exported", f->bram, of_guess, &status);
  g_assert_cmpuint (status, ==, 404);
  g_assert_cmpstr (t3, ==, t4);
  g_assert_cmpint (count_rows (f->db_path, "SELECT count(*) FROM audit_log WHERE action = 'export'"
                                           " AND case_uuid = ?1", case_uuid), ==, 1);
  g_assert_cmpint (count_rows (f->db_path, "SELECT count(*) FROM audit_log WHERE action = 'denied'"
                                           " AND case_uuid = ?1 AND detail = 'export'", case_uuid), ==, 1);

  /* Not a known export, or more than the protocol has: refused, no row. */
  t5 = http_text (f->session, f->url, "POST", "/api/v1/audit/exported", f->fatima,
                  "{\"what\":\"database\"}", &status);
  g_assert_cmpuint (status, ==, 400);
  t6 = http_text (f->session, f->url, "POST", "/api/v1/audit/exported", f->fatima,
                  "{\"what\":\"report_csv\",\"rows\":3}", &status);
  g_assert_cmpuint (status, ==, 400);
  g_assert_cmpint (count_rows (f->db_path, "SELECT count(*) FROM audit_log WHERE action = 'export'", NULL), ==, 2);

  /* Rebuilt with its actions in a table, the log still refuses changes. */
  {
    const char *refused[] = {
      "UPDATE audit_log SET detail = NULL",
      "DELETE FROM audit_log",
      "INSERT INTO audit_log (at, action) VALUES ('2026-01-01T00:00:00Z', 'steal')",
    };

    for (gsize i = 0; i < G_N_ELEMENTS (refused); i++)
      {
        g_autoptr(GError) error = bw_test_server_db_try_exec (f->db_path, refused[i]);

        g_assert_nonnull (error);
      }
    /* TRUNCATE fires no row trigger; PostgreSQL has a statement one. */
    if (bw_test_server_db_is_postgresql ())
      {
        g_autoptr(GError) error = bw_test_server_db_try_exec (f->db_path, "TRUNCATE audit_log");

        g_assert_nonnull (error);
        g_assert_nonnull (strstr (error->message, "append-only"));
      }
  }
}

/* Finding 13: a partner note on a case one may not see is not_found. */
static void
test_partner_note_not_found (Fixture       *f,
                             gconstpointer  data)
{
  g_autofree char *case_uuid = create_case (f);
  g_autofree char *guess = g_uuid_string_random ();
  g_autoptr(JsonNode) trainer = push1 (f, f->tom, note_change (case_uuid, "x"));
  g_autoptr(JsonNode) trainer_guess = push1 (f, f->tom, note_change (guess, "x"));
  g_autoptr(JsonNode) other_team = push1 (f, f->bram, note_change (case_uuid, "x"));
  g_autoptr(JsonNode) own_team = push1 (f, f->fatima, note_change (case_uuid, "x"));
  g_autofree char *e1 = error_text (trainer), *e2 = error_text (trainer_guess);

  g_assert_cmpstr (code_at (trainer, 0), ==, "not_found");
  g_assert_cmpstr (e1, ==, e2);
  g_assert_cmpstr (code_at (other_team, 0), ==, "not_found");
  /* The team sees the case: theirs to read, not to write. */
  g_assert_cmpstr (code_at (own_team, 0), ==, "forbidden");
  g_assert_cmpint (count_rows (f->db_path, "SELECT count(*) FROM records WHERE type = 'partner_note'", NULL), ==, 0);
}

/* The real binary: modes (finding 7) and a restore (finding 13). */

static char *
run_binary (const char  *input,
            gboolean     expect_success,
            char       **stderr_text,
            const char  *first,
            ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  char *out = NULL, *err = NULL;
  va_list args;

  g_ptr_array_add (argv, (gpointer) g_getenv ("BW_SERVER_BINARY"));
  va_start (args, first);
  for (const char *arg = first; arg; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);
  process = g_subprocess_newv ((const char * const *) argv->pdata,
                               G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                               G_SUBPROCESS_FLAGS_STDERR_PIPE, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, input, NULL, &out, &err, &error);
  g_assert_no_error (error);
  if (g_subprocess_get_successful (process) != expect_success)
    g_error ("%s: %s", first, err);
  if (stderr_text != NULL)
    *stderr_text = err;
  else
    g_free (err);
  return g_strstrip (out);
}

typedef struct {
  GSubprocess *process;
  GDataInputStream *out;
  char *url;
} Served;

static Served *
serve_start (const char *db)
{
  Served *served = g_new0 (Served, 1);
  g_autoptr(GError) error = NULL;
  g_autofree char *line = NULL;

  served->process = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE, &error,
                                      g_getenv ("BW_SERVER_BINARY"), "serve", "--db", db,
                                      "--listen", "127.0.0.1:0", "--workers", "1", NULL);
  g_assert_no_error (error);
  served->out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (served->process));
  line = g_data_input_stream_read_line_utf8 (served->out, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (line);
  g_assert_true (g_str_has_prefix (line, "listening on http://127.0.0.1:"));
  served->url = g_strdup (line + strlen ("listening on "));
  return served;
}

static char *
serve_stop (Served *served)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) err = NULL;
  char *text;

  g_subprocess_send_signal (served->process, SIGTERM);
  err = g_input_stream_read_bytes (g_subprocess_get_stderr_pipe (served->process), 1 << 20, NULL, &error);
  g_assert_no_error (error);
  g_subprocess_wait (served->process, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_successful (served->process));
  text = g_strndup (g_bytes_get_data (err, NULL), g_bytes_get_size (err));
  g_object_unref (served->out);
  g_object_unref (served->process);
  g_free (served->url);
  g_free (served);
  return text;
}

static void
push_case_to (SoupSession *session,
              const char  *url,
              const char  *token)
{
  g_autofree char *uuid = g_uuid_string_random ();
  g_autofree char *change = change_text ("case", uuid, uuid, 0, NULL, CASE_FIELDS);
  g_autofree char *body = g_strdup_printf ("{\"changes\":[%s]}", change);
  g_autofree char *answer = NULL;
  guint status;

  answer = http_text (session, url, "POST", "/api/v1/push", token, body, &status);
  g_assert_cmpuint (status, ==, 200);
  g_assert_nonnull (strstr (answer, "\"applied\""));
}

static guint
mode_of (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st.st_mode & 0777;
}

static void
assert_private (const char *db,
                gboolean    wal_expected)
{
  static const char * const suffixes[] = { "", "-wal", "-shm", ".served" };

  for (gsize i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *path = g_strconcat (db, suffixes[i], NULL);

      if (!g_file_test (path, G_FILE_TEST_EXISTS))
        {
          g_assert_false (wal_expected && i > 0);
          continue;
        }
      g_assert_cmpuint (mode_of (path), ==, 0600);
    }
}

static void
write_file (const char *path,
            const char *data,
            gsize       length)
{
  g_autoptr(GError) error = NULL;

  /* As cp makes it: the usual umask, 0644. */
  g_file_set_contents_full (path, data, length, G_FILE_SET_CONTENTS_NONE, 0644, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_chmod (path, 0644), ==, 0);
}

static void
test_binary_restore (void)
{
  g_autofree char *dir = g_dir_make_tmp ("bw-abuse-bin-XXXXXX", NULL);
  g_autofree char *db = g_build_filename (dir, "server.db", NULL);
  g_autofree char *wal = g_strconcat (db, "-wal", NULL);
  g_autofree char *shm = g_strconcat (db, "-shm", NULL);
  g_autofree char *served_path = g_strconcat (db, ".served", NULL);
  g_autoptr(SoupSession) session = soup_session_new ();
  g_autofree char *token = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *log = NULL;
  g_autofree char *served_text = NULL;
  g_autofree char *refusal = NULL;
  g_autofree char *new_epoch = NULL;
  gsize backup_length;
  Served *served;

  if (g_getenv ("BW_SERVER_BINARY") == NULL)
    {
      g_test_skip ("BW_SERVER_BINARY is not set");
      return;
    }
  if (bw_test_server_db_skip_on_postgresql ("the SQLite file's modes and a copy of it"))
    return;

  /* Finding 7: a database and its -wal and -shm made beforehand, 0644. */
  write_file (db, "", 0);
  write_file (wal, "", 0);
  write_file (shm, "", 0);
  g_free (run_binary (PASSWORD "\n", TRUE, &log, "user", "add", "--db", db, "--login", "fatima",
                      "--name", "Fatima", "--role", "buurtteam", "--team", "Noord", NULL));
  assert_private (db, FALSE);
  /* Logged without the path. */
  g_assert_nonnull (strstr (log, "set to 600"));
  g_assert_null (strstr (log, dir));
  g_clear_pointer (&log, g_free);
  token = run_binary (NULL, TRUE, NULL, "token", "new", "--db", db, "--login", "fatima", NULL);

  /* Serve, one change, stop; the backup is taken then. */
  served = serve_start (db);
  push_case_to (session, served->url, token);
  assert_private (db, TRUE);
  g_free (serve_stop (served));
  g_assert_true (g_file_get_contents (db, &backup, &backup_length, NULL));
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS) && mode_of (wal) != 0600);

  /* Two more changes; the served state says sequence 3. */
  served = serve_start (db);
  push_case_to (session, served->url, token);
  push_case_to (session, served->url, token);
  g_free (serve_stop (served));
  g_assert_true (g_file_get_contents (served_path, &served_text, NULL, NULL));
  g_assert_nonnull (strstr (served_text, "last_seq=3\n"));
  g_assert_cmpuint (mode_of (served_path), ==, 0600);

  /* Restored with cp, as 0644, without epoch renew: refused, with the
   * command to run; the files are private already. */
  g_remove (wal);
  g_remove (shm);
  write_file (db, backup, backup_length);
  {
    g_autofree char *out = run_binary (NULL, FALSE, &refusal, "serve", "--db", db, "--listen", "127.0.0.1:0", NULL);

    g_assert_cmpstr (out, ==, "");
  }
  g_assert_nonnull (strstr (refusal, "went back"));
  g_assert_nonnull (strstr (refusal, "epoch renew"));
  g_assert_cmpuint (mode_of (db), ==, 0600);

  /* The operator renews the epoch: served again, under the new epoch. */
  new_epoch = run_binary (NULL, TRUE, NULL, "epoch", "renew", "--db", db, NULL);
  g_assert_true (bw_record_json_is_uuid (new_epoch));
  g_assert_null (strstr (served_text, new_epoch));
  served = serve_start (db);
  {
    guint status;
    g_autofree char *text = http_text (session, served->url, "GET", "/api/v1/changes", token, NULL, &status);
    g_autoptr(JsonNode) feed = parse (text);

    g_assert_cmpuint (status, ==, 200);
    g_assert_cmpstr (json_object_get_string_member (obj (feed), "epoch"), ==, new_epoch);
    g_assert_cmpuint (json_array_get_length (json_object_get_array_member (obj (feed), "changes")), ==, 1);
  }
  assert_private (db, TRUE);
  g_free (serve_stop (served));

  /* A database replaced by another one (another epoch) is refused too. */
  {
    g_autofree char *other = g_build_filename (dir, "other.db", NULL);
    g_autofree char *other_data = NULL;
    gsize other_length;
    g_autofree char *err = NULL;

    g_free (run_binary (PASSWORD "\n", TRUE, NULL, "user", "add", "--db", other, "--login", "jan",
                        "--name", "Jan", "--role", "buurtteam", "--team", "Noord", NULL));
    g_assert_true (g_file_get_contents (other, &other_data, &other_length, NULL));
    g_remove (wal);
    g_remove (shm);
    write_file (db, other_data, other_length);
    g_free (run_binary (NULL, FALSE, &err, "serve", "--db", db, "--listen", "127.0.0.1:0", NULL));
    g_assert_nonnull (strstr (err, "epoch renew"));
    g_remove (other);
  }

  remove_dir (dir);
}

static int
append_plan_row (void  *user_data,
                 int    n,
                 char **values,
                 char **names)
{
  g_string_append_printf (user_data, "%s\n", values[n - 1]);
  return 0;
}

/* A feed page costs what it holds, whatever the store's size: every
 * stream of the feed reads an index in sequence order, and nothing scans
 * a table or sorts all that comes after "since" (docs/sync-protocol.md). */
static void
test_feed_plan (Fixture       *f,
                gconstpointer  data)
{
  const char *feeds[] = { BW_SERVER_TEAM_FEED_SQL (BW_SERVER_OFFER_FIELDS_SQLITE), BW_SERVER_TRAINER_FEED_SQL };
  sqlite3 *db = NULL;

  if (bw_test_server_db_skip_on_postgresql ("SQLite's query plans"))
    return;

  g_assert_cmpint (sqlite3_open_v2 (f->db_path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  for (guint i = 0; i < G_N_ELEMENTS (feeds); i++)
    {
      g_autofree char *sql = g_strconcat ("EXPLAIN QUERY PLAN ", feeds[i], NULL);
      g_autoptr(GString) plan = g_string_new (NULL);

      g_assert_cmpint (sqlite3_exec (db, sql, append_plan_row, plan, NULL), ==, SQLITE_OK);
      g_test_message ("feed plan %u:\n%s", i, plan->str);
      g_assert_null (strstr (plan->str, "SCAN records"));
      g_assert_null (strstr (plan->str, "SCAN purges"));
      g_assert_null (strstr (plan->str, "MULTI-INDEX OR"));
      g_assert_nonnull (strstr (plan->str, "records_by_type_seq"));
    }
  sqlite3_close (db);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("BUURTWERK_TEST_TODAY", TODAY, TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add (name, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/abuse/push-refusals-one-row", test_push_refusals_one_row);
  ADD ("/abuse/opened-repeats", test_opened_repeats);
  ADD ("/abuse/access-history-pages", test_access_history_pages);
  ADD ("/abuse/feed-bytes", test_feed_bytes);
  ADD ("/abuse/feed-plan", test_feed_plan);
  ADD ("/abuse/deleted-case", test_deleted_case);
  ADD ("/abuse/partner-note-not-found", test_partner_note_not_found);
  ADD ("/abuse/export-reports", test_export_reports);
#undef ADD
  g_test_add_func ("/abuse/binary-restore", test_binary_restore);
  return g_test_run ();
}
