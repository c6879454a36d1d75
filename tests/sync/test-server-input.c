/* SPDX-License-Identifier: EUPL-1.2 */
/* The real buurtwerk-server on 127.0.0.1 against hostile input (issue 12):
 * deep nesting, bad Unicode, lenient JSON, requests a web page can send,
 * bursts of password guesses, huge logins and over-long fields. Every
 * refusal changes nothing, and the server keeps answering. */
#include "config.h"

/* ASan keeps freed memory in quarantine and maps shadow memory: RSS
 * figures then measure the sanitizer, not the server. */
#if defined(__SANITIZE_ADDRESS__)
#define BW_TEST_UNDER_ASAN 1
#else
#define BW_TEST_UNDER_ASAN 0
#endif

#include <signal.h>
#include <string.h>

#include <libsoup/soup.h>

#include "bw-record-json.h"
#include "bw-sync-server.h"
#include "sync-test-utils.h"

#define PASSWORD "geheim-wachtwoord"

typedef struct {
  guint status;
  char *body;
} Answer;

static void
answer_clear (Answer *answer)
{
  g_clear_pointer (&answer->body, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Answer, answer_clear)

/* One request with any content type and extra header, on a fresh
 * session: exactly what a hostile client could send. */
static void
request (Fixture    *f,
         const char *method,
         const char *path,
         const char *token,
         const char *content_type,
         const char *header,
         const char *value,
         const char *body,
         gsize       length,
         Answer     *answer)
{
  g_autoptr(SoupSession) session = soup_session_new ();
  g_autofree char *url = g_strconcat (f->url, path, NULL);
  g_autoptr(SoupMessage) msg = soup_message_new (method, url);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  if (token != NULL)
    {
      g_autofree char *auth = g_strconcat ("Bearer ", token, NULL);
      soup_message_headers_replace (soup_message_get_request_headers (msg), "Authorization", auth);
    }
  if (header != NULL)
    soup_message_headers_replace (soup_message_get_request_headers (msg), header, value);
  if (body != NULL)
    {
      g_autoptr(GBytes) request_body = g_bytes_new (body, length);
      soup_message_set_request_body_from_bytes (msg, content_type, request_body);
    }
  bytes = soup_session_send_and_read (session, msg, NULL, &error);
  /* A server that died answers nothing: that is the failure to see. */
  g_assert_no_error (error);
  answer->status = soup_message_get_status (msg);
  answer->body = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static void
post_json (Fixture    *f,
           const char *path,
           const char *token,
           const char *body,
           gsize       length,
           Answer     *answer)
{
  request (f, "POST", path, token, "application/json", NULL, NULL, body, length, answer);
}

static void
assert_code (const Answer *answer,
             guint         status,
             const char   *code)
{
  g_autofree char *needle = g_strdup_printf ("\"code\":\"%s\"", code);

  g_assert_cmpuint (answer->status, ==, status);
  if (strstr (answer->body, needle) == NULL)
    g_error ("expected code %s in %s", code, answer->body);
}

/* The server process runs and answers a signed-in request. */
static void
assert_alive (Fixture    *f,
              const char *token)
{
  g_auto(Answer) me = { 0 };

  g_assert_cmpint (kill (f->server_pid, 0), ==, 0);
  request (f, "GET", "/api/v1/me", token, NULL, NULL, NULL, NULL, 0, &me);
  g_assert_cmpuint (me.status, ==, 200);
}

static char *
nested (gsize depth)
{
  char *text = g_malloc (depth + 1);

  memset (text, '[', depth);
  text[depth] = '\0';
  return text;
}

static gint64
records_on_server (Fixture *f)
{
  return server_count (f, "SELECT count(*) FROM records", NULL);
}

/* A case change pushed as JSON text, with its journal entry's text
 * spliced in raw (escapes and all). */
static char *
push_with_journal (const char *case_uuid,
                   const char *journal_uuid,
                   const char *raw_text)
{
  g_autoptr(BwCase) record = bw_case_new ();
  g_autoptr(JsonObject) fields = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autofree char *case_fields = NULL;
  g_autofree char *case_change_id = g_uuid_string_random ();
  g_autofree char *journal_change_id = g_uuid_string_random ();

  bw_case_set_uuid (record, case_uuid);
  bw_case_set_name (record, "Invoer Test");
  bw_case_set_buurt_code (record, BUURT);
  fields = bw_record_json_case_fields (record);
  node = json_node_init_object (json_node_alloc (), fields);
  case_fields = json_to_string (node, FALSE);
  return g_strdup_printf ("{\"changes\": ["
                          "{\"client_change_id\": \"%s\", \"type\": \"case\", \"uuid\": \"%s\","
                          " \"case_uuid\": \"%s\", \"base_revision\": 0, \"fields\": %s},"
                          "{\"client_change_id\": \"%s\", \"type\": \"journal\", \"uuid\": \"%s\","
                          " \"case_uuid\": \"%s\", \"base_revision\": 0, \"fields\":"
                          " {\"date\": \"2026-12-01\", \"author\": \"Anna\", \"text\": \"%s\","
                          " \"shareable\": false}}]}",
                          case_change_id, case_uuid, case_uuid, case_fields,
                          journal_change_id, journal_uuid, case_uuid, raw_text);
}

/* Finding 1: deep nesting crashed the server (json-glib recursed until
 * the stack overflowed), without logging in. */
static void
test_deep_nesting (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *token = new_token (f, "anna");
  g_autofree char *deep = nested (80000);
  g_autofree char *small_deep = nested (3000);
  g_autofree char *opened_deep = g_strdup_printf ("{\"case_uuid\": %s", small_deep);
  g_auto(Answer) login = { 0 };
  g_auto(Answer) login_small = { 0 };
  g_auto(Answer) push = { 0 };
  g_auto(Answer) opened = { 0 };
  g_auto(Answer) seventeen = { 0 };

  /* The login body has its own small limit: refused by its length. */
  post_json (f, "/api/v1/login", NULL, deep, strlen (deep), &login);
  assert_code (&login, 413, "too_large");
  post_json (f, "/api/v1/login", NULL, small_deep, strlen (small_deep), &login_small);
  assert_code (&login_small, 400, "malformed");
  post_json (f, "/api/v1/push", token, deep, strlen (deep), &push);
  assert_code (&push, 400, "malformed");
  post_json (f, "/api/v1/audit/opened", token, opened_deep, strlen (opened_deep), &opened);
  assert_code (&opened, 400, "malformed");

  /* Just past the limit is refused too, with a message that says why. */
  post_json (f, "/api/v1/push", token, "{\"changes\": [[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]}", 44,
             &seventeen);
  assert_code (&seventeen, 400, "malformed");
  g_assert_nonnull (strstr (seventeen.body, "nested"));

  assert_alive (f, token);
  g_assert_cmpint (records_on_server (f), ==, 0);
}

/* Finding 2: a lone surrogate was stored as invalid UTF-8 and poisoned
 * the feed; "\u0000" silently cut a string. */
static void
test_bad_text (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *token = new_token (f, "anna");
  const char *bad[] = { "\\ud800x", "journal\\u0000x", "bel\\u0007", "a\\rb", "\\udc00", "\\ud800\\u0041" };

  for (gsize i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *case_uuid = g_uuid_string_random ();
      g_autofree char *journal_uuid = g_uuid_string_random ();
      g_autofree char *body = push_with_journal (case_uuid, journal_uuid, bad[i]);
      g_auto(Answer) answer = { 0 };

      post_json (f, "/api/v1/push", token, body, strlen (body), &answer);
      assert_code (&answer, 400, "malformed");
      g_assert_cmpint (records_on_server (f), ==, 0);
    }

  /* Raw bytes that are not UTF-8, and a raw NUL, never reach a parser. */
  {
    const char latin1[] = "{\"login\": \"J\xe9r\xf4me\", \"password\": \"x\"}";
    const char nul[] = "{\"login\": \"anna\0x\", \"password\": \"x\"}";
    g_auto(Answer) a = { 0 };
    g_auto(Answer) b = { 0 };

    post_json (f, "/api/v1/login", NULL, latin1, sizeof latin1 - 1, &a);
    assert_code (&a, 400, "malformed");
    post_json (f, "/api/v1/login", NULL, nul, sizeof nul - 1, &b);
    assert_code (&b, 400, "malformed");
  }

  /* Tab, newline and a real pair of surrogates are text: accepted, and
   * the feed gives them back as sent. */
  {
    g_autofree char *case_uuid = g_uuid_string_random ();
    g_autofree char *journal_uuid = g_uuid_string_random ();
    g_autofree char *body = push_with_journal (case_uuid, journal_uuid, "regel\\n\\tnaam \\ud83d\\ude00");
    g_auto(Answer) answer = { 0 };
    g_autofree char *feed = NULL;
    guint status;

    post_json (f, "/api/v1/push", token, body, strlen (body), &answer);
    g_assert_cmpuint (answer.status, ==, 200);
    g_assert_null (strstr (answer.body, "rejected"));
    feed = http_raw (f, "GET", "/api/v1/changes", token, NULL, &status);
    g_assert_cmpuint (status, ==, 200);
    g_assert_nonnull (strstr (feed, "regel\\n\\tnaam \xf0\x9f\x98\x80"));
  }
}

/* Finding 12: only RFC 8259 JSON. */
static void
test_lenient_json (Fixture       *f,
                   gconstpointer  data)
{
  const char *bodies[] = {
    "{\"login\": \"anna\", /* comment */ \"password\": \"" PASSWORD "\"}",
    "{'login': 'anna', 'password': '" PASSWORD "'}",
    "\xef\xbb\xbf{\"login\": \"anna\", \"password\": \"" PASSWORD "\"}",
    "{\"login\": \"anna\", \"password\": \"" PASSWORD "\",}",
    "{\"login\": \"anna\", \"password\": \"" PASSWORD "\"} {}",
    "{login: \"anna\", \"password\": \"" PASSWORD "\"}",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (bodies); i++)
    {
      g_auto(Answer) answer = { 0 };

      post_json (f, "/api/v1/login", NULL, bodies[i], strlen (bodies[i]), &answer);
      assert_code (&answer, 400, "malformed");
      g_assert_null (strstr (answer.body, "token"));
    }
}

/* Finding 10: what a web page elsewhere can make a browser send. */
static void
test_web_requests (Fixture       *f,
                   gconstpointer  data)
{
  const char *login = "{\"login\": \"anna\", \"password\": \"" PASSWORD "\"}";
  g_autofree char *token = new_token (f, "anna");
  g_auto(Answer) plain = { 0 };
  g_auto(Answer) form = { 0 };
  g_auto(Answer) none = { 0 };
  g_auto(Answer) origin = { 0 };
  g_auto(Answer) origin_get = { 0 };
  g_auto(Answer) good = { 0 };

  request (f, "POST", "/api/v1/login", NULL, "text/plain", NULL, NULL, login, strlen (login), &plain);
  assert_code (&plain, 415, "unsupported_media_type");
  request (f, "POST", "/api/v1/login", NULL, "application/x-www-form-urlencoded", NULL, NULL,
           login, strlen (login), &form);
  assert_code (&form, 415, "unsupported_media_type");
  request (f, "POST", "/api/v1/login", NULL, "application/json-seq", NULL, NULL, login, strlen (login), &none);
  assert_code (&none, 415, "unsupported_media_type");
  request (f, "POST", "/api/v1/login", NULL, "application/json", "Origin", "https://example.org",
           login, strlen (login), &origin);
  assert_code (&origin, 403, "forbidden_origin");
  request (f, "GET", "/api/v1/changes", token, NULL, "Origin", "null", NULL, 0, &origin_get);
  assert_code (&origin_get, 403, "forbidden_origin");
  g_assert_null (strstr (plain.body, "token"));
  g_assert_null (strstr (form.body, "token"));
  g_assert_null (strstr (origin.body, "token"));

  /* The desktop's own request still works, with a charset too. */
  request (f, "POST", "/api/v1/login", NULL, "application/json; charset=utf-8", NULL, NULL,
           login, strlen (login), &good);
  g_assert_cmpuint (good.status, ==, 200);
}

/* Finding 3: the failed-login limit was checked before the hash and
 * counted after it, so a burst of guesses was all evaluated. */

typedef struct {
  guint statuses[40];
  guint done;
} Burst;

typedef struct {
  Burst *burst;
  guint index;
  SoupMessage *msg;
} Guess;

static void
guess_done (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  Guess *guess = user_data;
  g_autoptr(GBytes) body = soup_session_send_and_read_finish (SOUP_SESSION (source), result, NULL);

  guess->burst->statuses[guess->index] = soup_message_get_status (guess->msg);
  guess->burst->done++;
  g_object_unref (guess->msg);
  g_free (guess);
}

static void
test_login_burst (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(SoupSession) session = g_object_new (SOUP_TYPE_SESSION, "max-conns", 64,
                                                 "max-conns-per-host", 64, "timeout", 60, NULL);
  g_autofree char *url = g_strconcat (f->url, "/api/v1/login", NULL);
  Burst burst = { 0 };
  guint evaluated = 0, refused = 0;

  /* 40 wrong guesses at once. (In which order they reach the server is
   * the scheduler's business, so the right password comes after them.) */
  for (guint i = 0; i < 40; i++)
    {
      Guess *guess = g_new0 (Guess, 1);
      g_autofree char *body = g_strdup ("{\"login\": \"carla\", \"password\": \"fout-wachtwoord\"}");
      g_autoptr(GBytes) bytes = g_bytes_new (body, strlen (body));

      guess->burst = &burst;
      guess->index = i;
      guess->msg = soup_message_new ("POST", url);
      soup_message_set_request_body_from_bytes (guess->msg, "application/json", bytes);
      soup_session_send_and_read_async (session, guess->msg, G_PRIORITY_DEFAULT, NULL, guess_done, guess);
    }
  while (burst.done < 40)
    g_main_context_iteration (NULL, TRUE);

  for (guint i = 0; i < 40; i++)
    {
      g_test_message ("guess %u: %u", i, burst.statuses[i]);
      /* Hashed (401), or refused unhashed: over the failure limit (429),
       * or over a connection cap (503). */
      if (burst.statuses[i] == 401)
        evaluated++;
      else if (burst.statuses[i] == 429 || burst.statuses[i] == 503)
        refused++;
      else
        g_error ("guess %u answered %u", i, burst.statuses[i]);
    }
  /* Five failures a minute per login: no more than five were hashed, and
   * now even the right password does not get in. */
  g_assert_cmpuint (evaluated, <=, BW_SYNC_SERVER_LOGIN_FAILURES);
  g_assert_cmpuint (refused, >=, 40 - BW_SYNC_SERVER_LOGIN_FAILURES);
  {
    g_autofree char *body = g_strdup_printf ("{\"login\": \"carla\", \"password\": \"%s\"}", PASSWORD);
    g_autoptr(GBytes) bytes = g_bytes_new (body, strlen (body));
    g_autoptr(SoupMessage) msg = soup_message_new ("POST", url);
    g_autoptr(GBytes) answer = NULL;

    soup_message_set_request_body_from_bytes (msg, "application/json", bytes);
    answer = soup_session_send_and_read (session, msg, NULL, NULL);
    g_assert_cmpuint (soup_message_get_status (msg), ==, 429);
  }
}

static gint64
server_rss_kib (Fixture *f)
{
  g_autofree char *path = g_strdup_printf ("/proc/%d/status", (int) f->server_pid);
  g_autofree char *text = NULL;
  const char *line;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  line = strstr (text, "VmRSS:");
  g_assert_nonnull (line);
  return g_ascii_strtoll (line + strlen ("VmRSS:"), NULL, 10);
}

/* Finding 8: failed logins were kept whole; 40 with 4 MiB names took the
 * server to 199 MB. Now a login is short or refused, and counted as a
 * digest. */
static void
test_login_memory (Fixture       *f,
                   gconstpointer  data)
{
  gsize big = 4 * 1024 * 1024;
  char *name = g_malloc (big + 1);
  g_autofree char *body = NULL;
  gint64 before, after;

  memset (name, 'x', big);
  name[big] = '\0';
  body = g_strdup_printf ("{\"login\": \"%s\", \"password\": \"x\"}", name);
  g_free (name);

  before = server_rss_kib (f);
  for (int i = 0; i < 40; i++)
    {
      g_auto(Answer) answer = { 0 };

      body[12] = 'a' + i % 26;
      post_json (f, "/api/v1/login", NULL, body, strlen (body), &answer);
      g_assert_cmpuint (answer.status, ==, 413);
    }
  /* A login just over its own limit, inside the body limit. */
  {
    g_autofree char *long_login = g_strnfill (BW_SYNC_SERVER_MAX_LOGIN + 1, 'y');
    g_autofree char *small = g_strdup_printf ("{\"login\": \"%s\", \"password\": \"x\"}", long_login);
    g_auto(Answer) answer = { 0 };

    post_json (f, "/api/v1/login", NULL, small, strlen (small), &answer);
    assert_code (&answer, 400, "invalid");
  }
  after = server_rss_kib (f);
  g_test_message ("server RSS %" G_GINT64_FORMAT " KiB before, %" G_GINT64_FORMAT " KiB after",
                  before, after);
  if (!BW_TEST_UNDER_ASAN)
    g_assert_cmpint (after - before, <, 32 * 1024);
}

/* Finding 6: no limit on text fields. One over-long note is rejected on
 * its own; the rest of the batch goes through. */
static void
test_field_limits (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *token = new_token (f, "anna");
  guint max = bw_record_json_field_max_chars (BW_RECORD_TYPE_JOURNAL, "text");
  g_autofree char *at_limit = g_strnfill (max, 'n');
  g_autofree char *over = g_strnfill (max + 1, 'n');

  g_assert_cmpuint (max, ==, BW_FIELD_NOTE_TEXT);
  g_assert_cmpuint (bw_record_json_field_max_chars (BW_RECORD_TYPE_CASE, "name"), ==,
                    BW_FIELD_SHORT_TEXT);

  {
    g_autofree char *case_uuid = g_uuid_string_random ();
    g_autofree char *journal_uuid = g_uuid_string_random ();
    g_autofree char *body = push_with_journal (case_uuid, journal_uuid, over);
    g_auto(Answer) answer = { 0 };

    post_json (f, "/api/v1/push", token, body, strlen (body), &answer);
    g_assert_cmpuint (answer.status, ==, 200);
    /* The case applied, the note rejected with a reason. */
    g_assert_nonnull (strstr (answer.body, "\"applied\""));
    g_assert_nonnull (strstr (answer.body, "\"rejected\""));
    g_assert_cmpint (server_count (f, "SELECT count(*) FROM records WHERE uuid = ?1", journal_uuid), ==, 0);
    g_assert_cmpint (server_count (f, "SELECT count(*) FROM records WHERE uuid = ?1", case_uuid), ==, 1);
  }
  {
    g_autofree char *case_uuid = g_uuid_string_random ();
    g_autofree char *journal_uuid = g_uuid_string_random ();
    g_autofree char *body = push_with_journal (case_uuid, journal_uuid, at_limit);
    g_auto(Answer) answer = { 0 };

    post_json (f, "/api/v1/push", token, body, strlen (body), &answer);
    g_assert_cmpuint (answer.status, ==, 200);
    g_assert_null (strstr (answer.body, "\"rejected\""));
    g_assert_cmpint (server_count (f, "SELECT count(*) FROM records WHERE uuid = ?1", journal_uuid), ==, 1);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  server_exe = g_getenv ("BUURTWERK_SERVER");
  g_assert_nonnull (server_exe);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_setup, fn, fixture_teardown)
  ADD ("/server-input/deep-nesting", test_deep_nesting);
  ADD ("/server-input/bad-text", test_bad_text);
  ADD ("/server-input/lenient-json", test_lenient_json);
  ADD ("/server-input/web-requests", test_web_requests);
  ADD ("/server-input/login-burst", test_login_burst);
  ADD ("/server-input/login-memory", test_login_memory);
  ADD ("/server-input/field-limits", test_field_limits);
#undef ADD
  return g_test_run ();
}
