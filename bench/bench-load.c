/* SPDX-License-Identifier: EUPL-1.2 */
/* The load tool: the real buurtwerk-server binary on 127.0.0.1 with a
 * database of --cases cases (default 100,000) in ten teams, and --clients
 * simulated desktops (default 50), each on its own thread with its own
 * SoupSession, for --duration seconds (default 30):
 *
 *   - log in once (password -> token; PBKDF2 on the server),
 *   - then, with a small think time between requests: pull the change feed
 *     from its last sequence (mostly nothing new, sometimes a page of its
 *     teammates' changes), or push 1-5 changed cases of its own team.
 *
 * It prints requests/s, the p50/p90/p99/max latency per kind of request and
 * overall (for the whole run, and again from the last login on), and the
 * errors by status (429 and 503, "try again later", counted
 * apart from real errors). Figures only; it asserts nothing about speed.
 *
 *   ninja -C _build bench/bench-load
 *   _build/bench/bench-load [--clients 50] [--duration 30] [--cases 100000]
 *                           [--think 250] [--server PATH] [-- SERVER OPTIONS]
 *
 * Everything after "--" is passed to "buurtwerk-server serve" (for example
 * "-- --rate 5 --burst 10"). Filling the database takes a while, so the
 * filled database is kept as $TMPDIR/buurtwerk-bench-load-CASES.db (users
 * are added to it as needed) and copied for every run; delete it, or pass
 * --fresh, to fill again.
 */
#include "config.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <fcntl.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <libsoup/soup.h>
#include <sqlite3.h>

#include "bw-record-json.h"
#include "bw-server-store.h"

#define N_TEAMS 10
#define PASSWORD "belasting-wachtwoord"
#define MAX_OWN_CASES 200

static int opt_clients = 50;
static int opt_duration = 30;
static int opt_cases = 100000;
static int opt_think = 250;
static gboolean opt_fresh;
static gboolean opt_keep_log;
static char *opt_server;

static const GOptionEntry entries[] = {
  { "clients", 0, 0, G_OPTION_ARG_INT, &opt_clients, "Simulated desktops (default 50)", "N" },
  { "duration", 0, 0, G_OPTION_ARG_INT, &opt_duration, "Seconds of load (default 30)", "S" },
  { "cases", 0, 0, G_OPTION_ARG_INT, &opt_cases, "Cases in the server database (default 100000)", "N" },
  { "think", 0, 0, G_OPTION_ARG_INT, &opt_think, "Mean think time between requests (default 250)", "MS" },
  { "fresh", 0, 0, G_OPTION_ARG_NONE, &opt_fresh, "Fill the database again, ignoring the cached one", NULL },
  { "keep-log", 0, 0, G_OPTION_ARG_NONE, &opt_keep_log, "Keep the server's log", NULL },
  { "server", 0, 0, G_OPTION_ARG_FILENAME, &opt_server, "The buurtwerk-server binary", "PATH" },
  { NULL }
};

typedef enum {
  KIND_LOGIN,
  KIND_PULL_EMPTY,
  KIND_PULL_RECORDS,
  KIND_PUSH,
  N_KINDS
} Kind;

static const char * const kind_names[N_KINDS] = {
  "login", "pull (nothing new)", "pull (new records)", "push (1-5 changes)",
};

typedef struct {
  char *uuid;
  gint64 revision;
} OwnCase;

typedef struct {
  guint index;
  char *login;
  char *url;
  gint64 since;
  GArray *cases;          /* OwnCase */
  gint64 deadline;        /* monotonic */
  GArray *latency[N_KINDS];   /* double, ms */
  GArray *started[N_KINDS];   /* gint64, monotonic µs: when each was sent */
  GHashTable *errors;     /* status (0: no connection) -> count */
  guint records_pulled;
  guint changes_pushed;
  guint conflicts;
  GThread *thread;
} Client;

static double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

/* Filling */

static JsonObject *
new_case_change (const char *uuid,
                 guint       n)
{
  g_autoptr(BwCase) record = bw_case_new ();
  g_autofree char *ccid = g_uuid_string_random ();
  g_autofree char *name = g_strdup_printf ("Bewoner %u", n);
  JsonObject *change = json_object_new ();

  bw_case_set_uuid (record, uuid);
  bw_case_set_name (record, name);
  bw_case_set_buurt_code (record, "BU09171000");
  bw_case_set_address (record, "Akerstraat 1");
  bw_case_set_phone (record, "045 000 0000");
  bw_case_set_status (record, BW_CASE_STATUS_ACTIVE);
  json_object_set_string_member (change, "client_change_id", ccid);
  json_object_set_string_member (change, "type", "case");
  json_object_set_string_member (change, "uuid", uuid);
  json_object_set_string_member (change, "case_uuid", uuid);
  json_object_set_int_member (change, "base_revision", 0);
  json_object_set_object_member (change, "fields", bw_record_json_case_fields (record));
  return change;
}

/* Pushes @n cases, in batches of the largest push, straight into the
 * store (no HTTP: this is set-up, not the measurement). */
static void
fill (BwServerStore *store,
      guint          n)
{
  gint64 start = g_get_monotonic_time ();
  BwServerUser *fillers[N_TEAMS];

  for (guint t = 0; t < N_TEAMS; t++)
    {
      g_autofree char *login = g_strdup_printf ("fill-%u", t);
      g_autofree char *team = g_strdup_printf ("team-%u", t);
      g_autoptr(GError) error = NULL;

      bw_server_store_add_user (store, login, login, BW_ROLE_BUURTTEAM, team, NULL, PASSWORD, &error);
      g_assert_no_error (error);
      fillers[t] = bw_server_store_find_user (store, login, NULL);
    }

  for (guint done = 0; done < n;)
    {
      guint team = (done / BW_SERVER_MAX_PUSH) % N_TEAMS;
      g_autoptr(JsonObject) body = json_object_new ();
      g_autoptr(JsonNode) node = NULL;
      g_autoptr(JsonObject) answer = NULL;
      g_autoptr(GError) error = NULL;
      JsonArray *changes = json_array_new ();

      for (guint i = 0; i < BW_SERVER_MAX_PUSH && done < n; i++, done++)
        {
          g_autofree char *uuid = g_uuid_string_random ();
          json_array_add_object_element (changes, new_case_change (uuid, done));
        }
      json_object_set_array_member (body, "changes", changes);
      node = json_node_init_object (json_node_alloc (), json_object_ref (body));
      answer = bw_server_store_push (store, fillers[team], node, &error);
      g_assert_no_error (error);
      if (done % 10000 == 0 || done == n)
        g_print ("\r  filling: %u of %u cases", done, n);
    }
  g_print ("\r  filled %u cases in %.1f s%20s\n", n, ms_since (start) / 1000, "");
  for (guint t = 0; t < N_TEAMS; t++)
    bw_server_user_free (fillers[t]);
}

static char *
client_login (guint i)
{
  return g_strdup_printf ("load-%03u", i);
}

/* The cached master database with the cases and at least @clients users. */
static char *
prepare_master (guint n_cases,
                guint clients)
{
  g_autofree char *name = g_strdup_printf ("buurtwerk-bench-load-%u.db", n_cases);
  char *path = g_build_filename (g_get_tmp_dir (), name, NULL);
  g_autoptr(BwServerStore) store = NULL;
  g_autoptr(GError) error = NULL;
  gboolean fresh = opt_fresh || !g_file_test (path, G_FILE_TEST_EXISTS);
  gint64 start;
  guint added = 0;

  if (fresh)
    {
      const char *suffixes[] = { "", "-wal", "-shm" };

      for (guint s = 0; s < G_N_ELEMENTS (suffixes); s++)
        {
          g_autofree char *p = g_strconcat (path, suffixes[s], NULL);
          g_remove (p);
        }
      g_print ("  making %s (kept for the next runs)\n", path);
    }
  else
    g_print ("  using the cached %s\n", path);

  store = bw_server_store_open (path, &error);
  g_assert_no_error (error);
  if (fresh)
    fill (store, n_cases);

  start = g_get_monotonic_time ();
  for (guint i = 0; i < clients; i++)
    {
      g_autofree char *login = client_login (i);
      g_autofree char *team = g_strdup_printf ("team-%u", i % N_TEAMS);
      g_autoptr(BwServerUser) user = bw_server_store_find_user (store, login, NULL);

      if (user != NULL)
        continue;
      bw_server_store_add_user (store, login, login, BW_ROLE_BUURTTEAM, team, NULL, PASSWORD, &error);
      g_assert_no_error (error);
      added++;
    }
  if (added > 0)
    g_print ("  added %u users in %.1f s\n", added, ms_since (start) / 1000);
  return path;
}

static void
copy_file (const char *from,
           const char *to)
{
  g_autoptr(GFile) src = g_file_new_for_path (from);
  g_autoptr(GFile) dst = g_file_new_for_path (to);
  g_autoptr(GError) error = NULL;

  g_file_copy (src, dst, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_chmod (to, 0600);
}

/* Each client's own cases (a share of its team's), with their revisions, so
 * that its pushes are edits of what it knows. */
static void
assign_cases (const char *db_path,
              Client     *clients,
              guint       n_clients)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (db_path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  for (guint t = 0; t < N_TEAMS && t < n_clients; t++)
    {
      g_autofree char *team = g_strdup_printf ("team-%u", t);
      sqlite3_stmt *stmt = NULL;
      guint members = (n_clients - t + N_TEAMS - 1) / N_TEAMS;   /* clients t, t+10, ... */
      guint j = 0;

      g_assert_cmpint (sqlite3_prepare_v2 (db,
                                           "SELECT uuid, revision FROM records"
                                           " WHERE type = 'case' AND deleted = 0"
                                           " AND team_id = (SELECT id FROM teams WHERE name = ?)"
                                           " ORDER BY uuid", -1, &stmt, NULL), ==, SQLITE_OK);
      sqlite3_bind_text (stmt, 1, team, -1, SQLITE_TRANSIENT);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          Client *c = &clients[t + (j % members) * N_TEAMS];
          OwnCase own;

          j++;
          if (c->cases->len >= MAX_OWN_CASES)
            continue;
          own.uuid = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
          own.revision = sqlite3_column_int64 (stmt, 1);
          g_array_append_val (c->cases, own);
        }
      sqlite3_finalize (stmt);
    }
  sqlite3_close (db);
}

/* The clients */

/* One request; the answer's JSON object in @answer when it is 200.
 * Returns the status (0 when there was no answer at all). */
static guint
request (Client      *c,
         SoupSession *session,
         Kind         kind,
         const char  *method,
         const char  *path,
         const char  *token,
         char        *body,
         JsonObject **answer,
         Kind        *counted_as)
{
  g_autofree char *uri = g_strconcat (c->url, path, NULL);
  g_autoptr(SoupMessage) msg = soup_message_new (method, uri);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gint64 start;
  double ms;
  guint status;

  if (token != NULL)
    {
      g_autofree char *header = g_strconcat ("Bearer ", token, NULL);
      soup_message_headers_replace (soup_message_get_request_headers (msg), "Authorization", header);
    }
  if (body != NULL)
    {
      g_autoptr(GBytes) request_body = g_bytes_new_take (body, strlen (body));
      soup_message_set_request_body_from_bytes (msg, "application/json", request_body);
    }

  start = g_get_monotonic_time ();
  bytes = soup_session_send_and_read (session, msg, NULL, &error);
  ms = ms_since (start);
  status = bytes != NULL ? soup_message_get_status (msg) : 0;

  *answer = NULL;
  if (status == SOUP_STATUS_OK)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();

      if (json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL) &&
          JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
        *answer = json_object_ref (json_node_get_object (json_parser_get_root (parser)));
      else
        status = 1;   /* counted as an error: 200 that is not JSON */
    }
  if (status != SOUP_STATUS_OK)
    {
      gpointer key = GUINT_TO_POINTER (status);
      g_hash_table_insert (c->errors, key,
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (c->errors, key)) + 1));
    }

  /* A feed page is counted by what it held. */
  if (kind == KIND_PULL_EMPTY && *answer != NULL &&
      json_object_has_member (*answer, "changes") &&
      json_array_get_length (json_object_get_array_member (*answer, "changes")) > 0)
    kind = KIND_PULL_RECORDS;
  if (counted_as)
    *counted_as = kind;
  g_array_append_val (c->latency[kind], ms);
  g_array_append_val (c->started[kind], start);
  return status;
}

static void
think (Client  *c,
       GRand   *rand)
{
  /* Uniform around the mean: 0.5 to 1.5 times it. */
  double factor = g_rand_double_range (rand, 0.5, 1.5);
  gint64 wait = (gint64) (opt_think * factor * 1000);

  if (g_get_monotonic_time () + wait < c->deadline)
    g_usleep (wait);
  else
    g_usleep (MAX (c->deadline - g_get_monotonic_time (), 0));
}

/* Backs off when the server asks to (429/503), as a desktop does. */
static void
back_off (Client *c,
          guint   status)
{
  if (status == 429 || status == 503 || status == 0)
    g_usleep (G_USEC_PER_SEC);
}

static void
pull (Client      *c,
      SoupSession *session,
      const char  *token)
{
  gboolean more = TRUE;

  while (more && g_get_monotonic_time () < c->deadline)
    {
      g_autofree char *path = g_strdup_printf ("/api/v1/changes?since=%" G_GINT64_FORMAT "&limit=500", c->since);
      g_autoptr(JsonObject) answer = NULL;
      guint status = request (c, session, KIND_PULL_EMPTY, "GET", path, token, NULL, &answer, NULL);
      JsonArray *changes;

      if (answer == NULL)
        {
          back_off (c, status);
          return;
        }
      changes = json_object_get_array_member (answer, "changes");
      c->records_pulled += json_array_get_length (changes);
      /* What a teammate changed in one of this client's cases moves its
       * revision here too, as the desktop's pull does. */
      for (guint i = 0; i < json_array_get_length (changes); i++)
        {
          JsonObject *record = json_array_get_object_element (changes, i);
          const char *uuid = json_object_get_string_member (record, "uuid");

          for (guint k = 0; k < c->cases->len; k++)
            {
              OwnCase *own = &g_array_index (c->cases, OwnCase, k);
              if (g_str_equal (own->uuid, uuid))
                own->revision = json_object_get_int_member (record, "revision");
            }
        }
      c->since = json_object_get_int_member (answer, "next_since");
      more = json_object_get_boolean_member (answer, "more");
    }
}

static void
push (Client      *c,
      SoupSession *session,
      const char  *token,
      GRand       *rand)
{
  guint n = g_rand_int_range (rand, 1, 6);
  g_autoptr(JsonObject) body = json_object_new ();
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(JsonObject) answer = NULL;
  g_autofree guint *picked = g_new0 (guint, n);
  JsonArray *changes = json_array_new ();
  JsonArray *results;
  guint status;

  if (c->cases->len == 0)
    {
      json_array_unref (changes);
      return;
    }
  for (guint i = 0; i < n; i++)
    {
      OwnCase *own;
      JsonObject *change = json_object_new ();
      JsonObject *fields = json_object_new ();
      g_autofree char *ccid = g_uuid_string_random ();
      g_autofree char *phone = g_strdup_printf ("045 %03u %04u", g_rand_int_range (rand, 0, 1000),
                                                g_rand_int_range (rand, 0, 10000));

      picked[i] = g_rand_int_range (rand, 0, c->cases->len);
      own = &g_array_index (c->cases, OwnCase, picked[i]);
      json_object_set_string_member (fields, "phone", phone);
      if (g_rand_boolean (rand))
        json_object_set_string_member (fields, "household_note", "Afspraak verzet naar volgende week.");
      json_object_set_string_member (change, "client_change_id", ccid);
      json_object_set_string_member (change, "type", "case");
      json_object_set_string_member (change, "uuid", own->uuid);
      json_object_set_string_member (change, "case_uuid", own->uuid);
      json_object_set_int_member (change, "base_revision", own->revision);
      json_object_set_object_member (change, "fields", fields);
      json_array_add_object_element (changes, change);
    }
  json_object_set_array_member (body, "changes", changes);
  node = json_node_init_object (json_node_alloc (), json_object_ref (body));

  status = request (c, session, KIND_PUSH, "POST", "/api/v1/push", token,
                    json_to_string (node, FALSE), &answer, NULL);
  if (answer == NULL)
    {
      back_off (c, status);
      return;
    }
  results = json_object_get_array_member (answer, "results");
  for (guint i = 0; i < n && i < json_array_get_length (results); i++)
    {
      JsonObject *result = json_array_get_object_element (results, i);
      const char *st = json_object_get_string_member (result, "status");

      c->changes_pushed++;
      if (g_str_equal (st, "conflict"))
        c->conflicts++;
      if (json_object_has_member (result, "revision"))
        g_array_index (c->cases, OwnCase, picked[i]).revision = json_object_get_int_member (result, "revision");
    }
}

static gpointer
client_run (gpointer user_data)
{
  Client *c = user_data;
  g_autoptr(GMainContext) context = g_main_context_new ();
  g_autoptr(SoupSession) session = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (1000 + c->index);
  g_autofree char *token = NULL;

  g_main_context_push_thread_default (context);
  session = soup_session_new_with_options ("timeout", 60, "max-conns-per-host", 2, NULL);

  /* Desktops do not all start in the same millisecond. */
  g_usleep (g_rand_int_range (rand, 0, 1000) * 1000);

  /* Log in once: password -> token. */
  while (token == NULL && g_get_monotonic_time () < c->deadline)
    {
      g_autofree char *body = g_strdup_printf ("{\"login\": \"%s\", \"password\": \"" PASSWORD "\"}", c->login);
      g_autoptr(JsonObject) answer = NULL;
      guint status = request (c, session, KIND_LOGIN, "POST", "/api/v1/login", NULL,
                              g_steal_pointer (&body), &answer, NULL);

      if (answer != NULL && json_object_has_member (answer, "token"))
        token = g_strdup (json_object_get_string_member (answer, "token"));
      else
        back_off (c, status);
    }

  while (token != NULL && g_get_monotonic_time () < c->deadline)
    {
      think (c, rand);
      if (g_get_monotonic_time () >= c->deadline)
        break;
      /* Three pulls to one push. */
      if (g_rand_int_range (rand, 0, 4) < 3)
        pull (c, session, token);
      else
        push (c, session, token, rand);
    }

  g_clear_object (&session);
  g_main_context_pop_thread_default (context);
  return NULL;
}

/* The figures */

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
percentile (GArray *sorted,
            double  p)
{
  guint i;

  if (sorted->len == 0)
    return 0;
  i = (guint) (p / 100.0 * (sorted->len - 1) + 0.5);
  return g_array_index (sorted, double, MIN (i, sorted->len - 1));
}

static void
print_row (const char *name,
           GArray     *values,
           double      seconds)
{
  g_array_sort (values, compare_double);
  g_print ("  %-22s %7u %8.1f %8.1f %8.1f %8.1f %8.1f\n", name, values->len, values->len / seconds,
           percentile (values, 50), percentile (values, 90), percentile (values, 99),
           values->len ? g_array_index (values, double, values->len - 1) : 0.0);
}

/* The server */

static void
stop_with_parent (gpointer user_data)
{
  prctl (PR_SET_PDEATHSIG, SIGTERM);
}

static char *
default_server (const char *argv0)
{
  const char *env = g_getenv ("BUURTWERK_SERVER");
  g_autofree char *dir = NULL;

  if (env != NULL)
    return g_strdup (env);
  /* _build/bench/bench-load -> _build/src/server/buurtwerk-server */
  dir = g_path_get_dirname (argv0);
  return g_build_filename (dir, "..", "src", "server", "buurtwerk-server", NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("[-- SERVER OPTIONS]");
  g_autoptr(GError) error = NULL;
  g_autofree char *master = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *db = NULL;
  g_autofree char *log_path = NULL;
  g_autofree char *url = NULL;
  g_autoptr(GPtrArray) server_argv = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) all = g_ptr_array_new ();
  g_autoptr(GHashTable) errors = g_hash_table_new (NULL, NULL);
  Client *clients;
  GPid pid;
  int out_fd, log_fd;
  gint64 start;
  double seconds;
  guint total = 0, too_many = 0, busy = 0, real_errors = 0, pulled = 0, pushed = 0, conflicts = 0;
  GArray *overall = g_array_new (FALSE, FALSE, sizeof (double));
  char **server_extra = NULL;
  int extra = 0;

  /* Everything after "--" is for the server. */
  for (int i = 1; i < argc; i++)
    if (g_str_equal (argv[i], "--"))
      {
        server_extra = argv + i + 1;
        extra = argc - i - 1;
        argc = i;
        break;
      }
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  if (opt_clients < 1 || opt_clients > 1000 || opt_duration < 1 || opt_duration > 3600 ||
      opt_cases < N_TEAMS || opt_think < 0)
    {
      g_printerr ("--clients 1-1000, --duration 1-3600, --cases at least %d, --think >= 0\n", N_TEAMS);
      return 2;
    }
  if (opt_server == NULL)
    opt_server = default_server (argv[0]);

  g_print ("Load: %d clients for %d s against buurtwerk-server with %d cases (think time %d ms)\n",
           opt_clients, opt_duration, opt_cases, opt_think);
  master = prepare_master (opt_cases, opt_clients);

  dir = g_dir_make_tmp ("bw-bench-load-XXXXXX", &error);
  g_assert_no_error (error);
  db = g_build_filename (dir, "server.db", NULL);
  log_path = g_build_filename (dir, "server.log", NULL);
  copy_file (master, db);

  g_ptr_array_add (server_argv, g_strdup (opt_server));
  g_ptr_array_add (server_argv, g_strdup ("serve"));
  g_ptr_array_add (server_argv, g_strdup ("--db"));
  g_ptr_array_add (server_argv, g_strdup (db));
  g_ptr_array_add (server_argv, g_strdup ("--listen"));
  g_ptr_array_add (server_argv, g_strdup ("127.0.0.1:0"));
  for (int i = 0; i < extra; i++)
    g_ptr_array_add (server_argv, g_strdup (server_extra[i]));
  g_ptr_array_add (server_argv, NULL);

  /* The server's log goes to a file, as in production: writing it is part
   * of the cost of a request. */
  log_fd = g_open (log_path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
  g_assert_cmpint (log_fd, >=, 0);
  if (!g_spawn_async_with_pipes_and_fds (NULL, (const char * const *) server_argv->pdata, NULL,
                                         G_SPAWN_DO_NOT_REAP_CHILD, stop_with_parent, NULL,
                                         -1, -1, log_fd, NULL, NULL, 0, &pid, NULL, &out_fd, NULL, &error))
    g_error ("Cannot start %s: %s", opt_server, error->message);
  close (log_fd);
  {
    g_autoptr(GIOChannel) channel = g_io_channel_unix_new (out_fd);
    g_autofree char *line = NULL;

    g_io_channel_set_close_on_unref (channel, TRUE);
    if (g_io_channel_read_line (channel, &line, NULL, NULL, &error) != G_IO_STATUS_NORMAL ||
        !g_str_has_prefix (line, "listening on "))
      g_error ("The server did not start; see %s", log_path);
    g_strstrip (line);
    url = g_strdup (line + strlen ("listening on "));
  }
  g_print ("  server at %s, its log in %s\n", url, log_path);

  clients = g_new0 (Client, opt_clients);
  for (int i = 0; i < opt_clients; i++)
    {
      clients[i].index = i;
      clients[i].login = client_login (i);
      clients[i].url = url;
      clients[i].cases = g_array_new (FALSE, FALSE, sizeof (OwnCase));
      clients[i].errors = g_hash_table_new (NULL, NULL);
      for (int k = 0; k < N_KINDS; k++)
        {
          clients[i].latency[k] = g_array_new (FALSE, FALSE, sizeof (double));
          clients[i].started[k] = g_array_new (FALSE, FALSE, sizeof (gint64));
        }
    }
  assign_cases (db, clients, opt_clients);
  /* Every desktop is up to date when the load starts. */
  {
    sqlite3 *handle = NULL;
    sqlite3_stmt *stmt = NULL;
    gint64 last = 0;

    sqlite3_open_v2 (db, &handle, SQLITE_OPEN_READONLY, NULL);
    if (sqlite3_prepare_v2 (handle, "SELECT last FROM sequence", -1, &stmt, NULL) == SQLITE_OK &&
        sqlite3_step (stmt) == SQLITE_ROW)
      last = sqlite3_column_int64 (stmt, 0);
    sqlite3_finalize (stmt);
    sqlite3_close (handle);
    for (int i = 0; i < opt_clients; i++)
      clients[i].since = last;
  }

  start = g_get_monotonic_time ();
  for (int i = 0; i < opt_clients; i++)
    {
      clients[i].deadline = start + (gint64) opt_duration * G_USEC_PER_SEC;
      clients[i].thread = g_thread_new ("client", client_run, &clients[i]);
    }
  for (int i = 0; i < opt_clients; i++)
    g_thread_join (clients[i].thread);
  seconds = ms_since (start) / 1000;

  kill (pid, SIGTERM);
  waitpid (pid, NULL, 0);
  g_spawn_close_pid (pid);

  /* Sum up. */
  g_print ("\n  %-22s %7s %8s %8s %8s %8s %8s\n", "request", "count", "per s", "p50 ms", "p90 ms", "p99 ms", "max ms");
  for (int k = 0; k < N_KINDS; k++)
    {
      g_autoptr(GArray) values = g_array_new (FALSE, FALSE, sizeof (double));

      for (int i = 0; i < opt_clients; i++)
        g_array_append_vals (values, clients[i].latency[k]->data, clients[i].latency[k]->len);
      g_array_append_vals (overall, values->data, values->len);
      total += values->len;
      print_row (kind_names[k], values, seconds);
    }
  print_row ("all", overall, seconds);

  /* The same once every client has logged in: all 50 logins come in the
   * first second, and their hashes take the CPU for a while. */
  {
    gint64 logins_done = start;
    g_autoptr(GArray) steady_all = g_array_new (FALSE, FALSE, sizeof (double));
    double steady_seconds;

    for (int i = 0; i < opt_clients; i++)
      for (guint j = 0; j < clients[i].latency[KIND_LOGIN]->len; j++)
        logins_done = MAX (logins_done, g_array_index (clients[i].started[KIND_LOGIN], gint64, j) +
                                        (gint64) (g_array_index (clients[i].latency[KIND_LOGIN], double, j) * 1000));
    steady_seconds = seconds - (logins_done - start) / (double) G_USEC_PER_SEC;
    g_print ("\n  after the last login (%.1f s in), %.1f s:\n", (logins_done - start) / (double) G_USEC_PER_SEC,
             steady_seconds);
    for (int k = KIND_PULL_EMPTY; k < N_KINDS; k++)
      {
        g_autoptr(GArray) values = g_array_new (FALSE, FALSE, sizeof (double));

        for (int i = 0; i < opt_clients; i++)
          for (guint j = 0; j < clients[i].latency[k]->len; j++)
            if (g_array_index (clients[i].started[k], gint64, j) > logins_done)
              g_array_append_val (values, g_array_index (clients[i].latency[k], double, j));
        g_array_append_vals (steady_all, values->data, values->len);
        print_row (kind_names[k], values, steady_seconds);
      }
    print_row ("all", steady_all, steady_seconds);
  }

  for (int i = 0; i < opt_clients; i++)
    {
      GHashTableIter iter;
      gpointer key, value;

      pulled += clients[i].records_pulled;
      pushed += clients[i].changes_pushed;
      conflicts += clients[i].conflicts;
      g_hash_table_iter_init (&iter, clients[i].errors);
      while (g_hash_table_iter_next (&iter, &key, &value))
        g_hash_table_insert (errors, key, GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (errors, key)) +
                                                            GPOINTER_TO_UINT (value)));
    }
  {
    GHashTableIter iter;
    gpointer key, value;

    g_hash_table_iter_init (&iter, errors);
    while (g_hash_table_iter_next (&iter, &key, &value))
      {
        guint status = GPOINTER_TO_UINT (key), count = GPOINTER_TO_UINT (value);

        if (status == 429)
          too_many += count;
        else if (status == 503)
          busy += count;
        else
          real_errors += count;
      }
  }

  g_print ("\n  %u requests in %.1f s: %.0f requests/s; %u records pulled, %u changes pushed (%u conflicts)\n",
           total, seconds, total / seconds, pulled, pushed, conflicts);
  g_print ("  try again later: %u x 429 (rate limit), %u x 503 (connections)\n", too_many, busy);
  g_print ("  errors: %u", real_errors);
  {
    GHashTableIter iter;
    gpointer key, value;

    g_hash_table_iter_init (&iter, errors);
    while (g_hash_table_iter_next (&iter, &key, &value))
      {
        guint status = GPOINTER_TO_UINT (key);

        if (status == 0)
          g_print ("  [no answer: %u]", GPOINTER_TO_UINT (value));
        else if (status == 1)
          g_print ("  [200 but not JSON: %u]", GPOINTER_TO_UINT (value));
        else if (status != 429 && status != 503)
          g_print ("  [status %u: %u]", status, GPOINTER_TO_UINT (value));
      }
  }
  g_print ("\n");

  for (int i = 0; i < opt_clients; i++)
    {
      for (guint k = 0; k < clients[i].cases->len; k++)
        g_free (g_array_index (clients[i].cases, OwnCase, k).uuid);
      g_array_unref (clients[i].cases);
      g_hash_table_unref (clients[i].errors);
      for (int k = 0; k < N_KINDS; k++)
        {
          g_array_unref (clients[i].latency[k]);
          g_array_unref (clients[i].started[k]);
        }
      g_free (clients[i].login);
    }
  g_free (clients);
  g_array_unref (overall);
  {
    const char *suffixes[] = { "", "-wal", "-shm" };

    for (guint s = 0; s < G_N_ELEMENTS (suffixes); s++)
      {
        g_autofree char *p = g_strconcat (db, suffixes[s], NULL);
        g_remove (p);
      }
    if (real_errors == 0 && !opt_keep_log)
      g_remove (log_path);
    else
      g_print ("  the server's log is kept in %s\n", log_path);
    g_rmdir (dir);
  }
  return 0;
}
