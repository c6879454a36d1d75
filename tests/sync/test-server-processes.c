/* SPDX-License-Identifier: EUPL-1.2 */
/* Several buurtwerk-server processes on one database (docs/deployment.md,
 * "Several processes"):
 * - /processes/feed-never-skips: 4 processes, 8 writers pushing new cases
 *   at the same time, each through its own process, and a reader that
 *   pulls the change feed from all four in turn the whole time, mostly at
 *   its head (where a skip would happen). At the end the reader has every
 *   case exactly once: a sequence number taken by one transaction never
 *   commits after a higher one another reader already moved past
 *   (docs/sync-protocol.md, "A feed that never skips"). The test fails
 *   when the page's last sequence number is read outside the page's read
 *   transaction: that was tried.
 * - /processes/login-throttle: failed logins counted by one process count
 *   at another: the buckets are in the database. */
#include "config.h"

#include <libsoup/soup.h>
#include <json-glib/json-glib.h>

#include "bw-test-dir.h"
#include "sync-test-utils.h"

#define N_PROCESSES 4
#define N_WRITERS 8
#define PUSHES_PER_WRITER 12
#define CASES_PER_PUSH 5
#define READER_PAGE 100

#define CASE_FIELDS "{\"name\":\"Bewoner\",\"buurt_code\":\"BU09171000\",\"household_size\":1," \
                    "\"status\":\"active\",\"track\":\"work\",\"has_debts\":false,\"debt_amount\":0," \
                    "\"debt_route\":\"none\",\"language_need\":\"none\",\"outcome\":\"none\"}"

typedef struct {
  Fixture processes[N_PROCESSES];
  SoupSession *session;
  GHashTable *pushed;     /* uuid -> the push that applied it */
  GHashTable *seen;       /* uuid -> times the reader saw it */
  guint writers_done;
  guint failures;
} Run;

typedef struct {
  Run *run;
  guint index;
  char *token;
  guint pushes;
  GPtrArray *batch;       /* the uuids of the push on its way */
} Writer;

static void writer_next (Writer *writer);

static void
pushed_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  Writer *writer = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) body = soup_session_send_and_read_finish (SOUP_SESSION (source), result, &error);
  g_autoptr(JsonNode) root = NULL;
  JsonArray *results;

  g_assert_no_error (error);
  root = json_from_string (g_bytes_get_data (body, NULL), &error);
  g_assert_no_error (error);
  results = json_object_get_array_member (json_node_get_object (root), "results");
  g_assert_nonnull (results);
  g_assert_cmpuint (json_array_get_length (results), ==, writer->batch->len);
  for (guint i = 0; i < json_array_get_length (results); i++)
    {
      JsonObject *result = json_array_get_object_element (results, i);

      g_assert_cmpstr (json_object_get_string_member (result, "status"), ==, "applied");
      g_hash_table_add (writer->run->pushed, g_strdup (writer->batch->pdata[i]));
    }
  writer_next (writer);
}

static void
writer_next (Writer *writer)
{
  Fixture *process = &writer->run->processes[writer->index % N_PROCESSES];
  g_autofree char *uri = g_strconcat (process->url, "/api/v1/push", NULL);
  g_autofree char *header = g_strconcat ("Bearer ", writer->token, NULL);
  g_autoptr(GString) body = g_string_new ("{\"changes\":[");
  g_autoptr(GBytes) bytes = NULL;
  SoupMessage *msg;

  if (writer->pushes == PUSHES_PER_WRITER)
    {
      writer->run->writers_done++;
      return;
    }
  writer->pushes++;
  g_ptr_array_set_size (writer->batch, 0);
  for (guint i = 0; i < CASES_PER_PUSH; i++)
    {
      char *uuid = g_uuid_string_random ();
      g_autofree char *change_id = g_uuid_string_random ();

      g_ptr_array_add (writer->batch, uuid);
      g_string_append_printf (body, "%s{\"client_change_id\":\"%s\",\"type\":\"case\",\"uuid\":\"%s\","
                                    "\"case_uuid\":\"%s\",\"base_revision\":0,\"fields\":" CASE_FIELDS "}",
                              i > 0 ? "," : "", change_id, uuid, uuid);
    }
  g_string_append (body, "]}");
  msg = soup_message_new ("POST", uri);
  soup_message_headers_replace (soup_message_get_request_headers (msg), "Authorization", header);
  bytes = g_bytes_new (body->str, body->len);
  soup_message_set_request_body_from_bytes (msg, "application/json", bytes);
  soup_session_send_and_read_async (writer->run->session, msg, G_PRIORITY_DEFAULT, NULL, pushed_cb, writer);
  g_object_unref (msg);
}

/* One page of the feed from @process, synchronously: FALSE when it said
 * there is no more. */
static gboolean
read_page (Run        *run,
           Fixture    *process,
           const char *token,
           gint64     *since)
{
  g_autofree char *path = g_strdup_printf ("/api/v1/changes?since=%" G_GINT64_FORMAT "&limit=%d", *since,
                                           READER_PAGE);
  g_autofree char *text = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) error = NULL;
  JsonObject *answer;
  JsonArray *changes;
  guint status;

  text = http_raw (process, "GET", path, token, NULL, &status);
  g_assert_cmpuint (status, ==, 200);
  root = json_from_string (text, &error);
  g_assert_no_error (error);
  answer = json_node_get_object (root);
  changes = json_object_get_array_member (answer, "changes");
  for (guint i = 0; i < json_array_get_length (changes); i++)
    {
      const char *uuid = json_object_get_string_member (json_array_get_object_element (changes, i), "uuid");
      guint times = GPOINTER_TO_UINT (g_hash_table_lookup (run->seen, uuid));

      g_hash_table_insert (run->seen, g_strdup (uuid), GUINT_TO_POINTER (times + 1));
    }
  *since = json_object_get_int_member (answer, "next_since");
  return json_object_get_boolean_member (answer, "more");
}

static void
start_processes (Run *run)
{
  g_autoptr(GError) error = NULL;
  Fixture *first = &run->processes[0];

  first->dir = g_dir_make_tmp ("bw-processes-XXXXXX", &error);
  g_assert_no_error (error);
  first->server_db = bw_test_server_db_new (first->dir, "server.db");
  add_named_user (first, "anna", "Anna de Vries", "buurtteam", "hoensbroek", NULL);
  add_named_user (first, "lezer", "Lea Meertens", "buurtteam", "hoensbroek", NULL);
  for (guint i = 0; i < N_PROCESSES; i++)
    {
      if (i > 0)
        {
          run->processes[i].dir = g_strdup (first->dir);
          run->processes[i].server_db = g_strdup (first->server_db);
        }
      start_server (&run->processes[i]);
    }
}

static void
stop_processes (Run *run)
{
  for (guint i = N_PROCESSES; i-- > 0;)
    {
      stop_server (&run->processes[i]);
      if (i == 0)
        bw_test_remove_dir (run->processes[i].dir);
      g_free (run->processes[i].dir);
      g_free (run->processes[i].server_db);
      g_free (run->processes[i].url);
    }
}

static void
test_feed_never_skips (void)
{
  Run run = { 0 };
  Writer writers[N_WRITERS] = { { 0 } };
  g_autofree char *reader_token = NULL;
  GHashTableIter iter;
  gpointer key, value;
  gint64 since = 0;
  guint page = 0, pages_during = 0;

  start_processes (&run);
  run.session = soup_session_new_with_options ("max-conns", 64, "max-conns-per-host", 64, NULL);
  run.pushed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  run.seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  reader_token = new_token (&run.processes[0], "lezer");

  for (guint i = 0; i < N_WRITERS; i++)
    {
      writers[i] = (Writer) { &run, i, new_token (&run.processes[0], "anna"), 0,
                              g_ptr_array_new_with_free_func (g_free) };
    }
  for (guint i = 0; i < N_WRITERS; i++)
    writer_next (&writers[i]);

  /* The reader pulls all the time the writers write, from each process
   * in turn; the writers' answers are handled in between. */
  while (run.writers_done < N_WRITERS)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      read_page (&run, &run.processes[page++ % N_PROCESSES], reader_token, &since);
      pages_during++;
    }
  /* Then to the end. */
  while (read_page (&run, &run.processes[page++ % N_PROCESSES], reader_token, &since))
    ;
  g_test_message ("%u pages read while %u pushes were written", pages_during, N_WRITERS * PUSHES_PER_WRITER);
  g_assert_cmpuint (pages_during, >, 1);

  g_assert_cmpuint (g_hash_table_size (run.pushed), ==, N_WRITERS * PUSHES_PER_WRITER * CASES_PER_PUSH);
  g_hash_table_iter_init (&iter, run.pushed);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (GPOINTER_TO_UINT (g_hash_table_lookup (run.seen, key)) != 1)
      g_error ("case %s was seen %u times", (char *) key, GPOINTER_TO_UINT (g_hash_table_lookup (run.seen, key)));
  g_hash_table_iter_init (&iter, run.seen);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_assert_true (g_hash_table_contains (run.pushed, key));

  for (guint i = 0; i < N_WRITERS; i++)
    {
      g_free (writers[i].token);
      g_ptr_array_unref (writers[i].batch);
    }
  g_hash_table_unref (run.pushed);
  g_hash_table_unref (run.seen);
  g_object_unref (run.session);
  stop_processes (&run);
}

static guint
login_status (Fixture    *process,
              const char *password)
{
  g_autofree char *body = g_strdup_printf ("{\"login\":\"anna\",\"password\":\"%s\"}", password);
  g_autofree char *text = NULL;
  guint status;

  text = http_raw (process, "POST", "/api/v1/login", NULL, body, &status);
  return status;
}

static void
test_login_throttle (void)
{
  Run run = { 0 };

  start_processes (&run);
  /* Five failures for one login, spread over the processes... */
  for (guint i = 0; i < 5; i++)
    g_assert_cmpuint (login_status (&run.processes[i % N_PROCESSES], "fout-wachtwoord"), ==, 401);
  /* ...and every process refuses the sixth, the right password too. */
  for (guint i = 0; i < N_PROCESSES; i++)
    g_assert_cmpuint (login_status (&run.processes[i], "geheim-wachtwoord"), ==, 429);
  stop_processes (&run);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  server_exe = g_getenv ("BUURTWERK_SERVER");
  g_test_add_func ("/processes/feed-never-skips", test_feed_never_skips);
  g_test_add_func ("/processes/login-throttle", test_login_throttle);
  return g_test_run ();
}
