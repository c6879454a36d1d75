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
 *                           [--think 250] [--server PATH]
 *                           [--db sqlite|postgresql] [--processes 1]
 *                           [--login-first] [--compare] [-- SERVER OPTIONS]
 *
 * Everything after "--" is passed to "buurtwerk-server serve" (for example
 * "-- --rate 5 --burst 10"). Filling the database takes a while, so the
 * filled SQLite database is kept as $TMPDIR/buurtwerk-bench-load-CASES.db
 * (users are added to it as needed) and copied for every run; delete it,
 * or pass --fresh, to fill again.
 *
 * --db postgresql runs against a throw-away PostgreSQL cluster of the
 * bench's own (the tests' one, tests/common/bw-test-postgresql.c, here with
 * fsync on unless --pg-no-fsync), filled anew on every invocation and
 * copied for every run with CREATE DATABASE ... TEMPLATE. --processes N
 * starts N `serve` processes on the one database, each on its own port,
 * and deals the clients out over them in turn, as a reverse proxy would.
 *
 * --compare is the side-by-side of docs/performance.md ("PostgreSQL and
 * several processes"): for 50 and then 200 clients, SQLite with one
 * process, then PostgreSQL with 1, 2 and 4, each on a fresh copy of the
 * same filled data, and one table at the end with each row's requests/s
 * against SQLite's at the same client count. It implies --login-first:
 * every client logs in before the --duration seconds of load start, so
 * the burst of PBKDF2 logins (which more processes spread over more
 * threads) is timed apart and does not colour the figures of the feed and
 * pushes. A quick setting: --compare --cases 20000 --duration 15.
 */
#include "config.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <fcntl.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <libsoup/soup.h>

#include "bw-record-json.h"
#include "bw-server-store.h"
#include "bw-storage.h"
#include "bw-sync-server.h"
#include "bw-test-postgresql.h"
#include "bw-test-server-db.h"

#define N_TEAMS 10
#define PASSWORD "belasting-wachtwoord"
#define MAX_OWN_CASES 200
#define MAX_PROCESSES 16
/* --compare's client counts and setups. */
#define COMPARE_MAX_CLIENTS 200
/* How long all clients may take to log in with --login-first. */
#define LOGIN_PHASE_US (300 * G_USEC_PER_SEC)

static int opt_clients = 50;
static int opt_duration = 30;
static int opt_cases = 100000;
static int opt_think = 250;
static int opt_processes = 1;
static char *opt_db;
static gboolean opt_fresh;
static gboolean opt_keep_log;
static gboolean opt_login_first;
static gboolean opt_compare;
static gboolean opt_pg_no_fsync;
static char *opt_server;

static const GOptionEntry entries[] = {
  { "clients", 0, 0, G_OPTION_ARG_INT, &opt_clients, "Simulated desktops (default 50)", "N" },
  { "duration", 0, 0, G_OPTION_ARG_INT, &opt_duration, "Seconds of load (default 30)", "S" },
  { "cases", 0, 0, G_OPTION_ARG_INT, &opt_cases, "Cases in the server database (default 100000)", "N" },
  { "think", 0, 0, G_OPTION_ARG_INT, &opt_think, "Mean think time between requests (default 250)", "MS" },
  { "db", 0, 0, G_OPTION_ARG_STRING, &opt_db, "sqlite or postgresql (default sqlite)", "BACKEND" },
  { "processes", 0, 0, G_OPTION_ARG_INT, &opt_processes,
    "Server processes on the one database, clients dealt out over them (default 1)", "N" },
  { "login-first", 0, 0, G_OPTION_ARG_NONE, &opt_login_first,
    "All clients log in before the seconds of load start", NULL },
  { "compare", 0, 0, G_OPTION_ARG_NONE, &opt_compare,
    "SQLite x1 against PostgreSQL x1, x2, x4 at 50 and 200 clients, one table", NULL },
  { "pg-no-fsync", 0, 0, G_OPTION_ARG_NONE, &opt_pg_no_fsync,
    "Run the PostgreSQL cluster without fsync, as the tests do", NULL },
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

/* With --login-first: the clients wait here, logged in, until the load
 * starts. */
typedef struct {
  GMutex lock;
  GCond cond;
  guint arrived;
  gboolean go;
} Gate;

typedef struct {
  guint index;
  char *login;
  const char *url;
  gint64 since;
  GArray *cases;          /* OwnCase */
  gint64 deadline;        /* monotonic */
  Gate *gate;             /* NULL: the load starts at once */
  GArray *latency[N_KINDS];   /* double, ms */
  GArray *started[N_KINDS];   /* gint64, monotonic µs: when each was sent */
  GHashTable *errors;     /* status (0: no connection) -> count */
  guint records_pulled;
  guint changes_pushed;
  guint conflicts;
  guint login_try_later;  /* 429 and 503 answers to logins */
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

/* The users load-000 ... of the clients, in teams 0-9 in turn. */
static void
add_users (BwServerStore *store,
           guint          clients)
{
  gint64 start = g_get_monotonic_time ();
  guint added = 0;

  for (guint i = 0; i < clients; i++)
    {
      g_autofree char *login = client_login (i);
      g_autofree char *team = g_strdup_printf ("team-%u", i % N_TEAMS);
      g_autoptr(BwServerUser) user = bw_server_store_find_user (store, login, NULL);
      g_autoptr(GError) error = NULL;

      if (user != NULL)
        continue;
      bw_server_store_add_user (store, login, login, BW_ROLE_BUURTTEAM, team, NULL, PASSWORD, &error);
      g_assert_no_error (error);
      added++;
    }
  if (added > 0)
    g_print ("  added %u users in %.1f s\n", added, ms_since (start) / 1000);
}

/* The cached SQLite master database with the cases and at least @clients
 * users. */
static char *
prepare_master_sqlite (guint n_cases,
                       guint clients)
{
  g_autofree char *name = g_strdup_printf ("buurtwerk-bench-load-%u.db", n_cases);
  char *path = g_build_filename (g_get_tmp_dir (), name, NULL);
  g_autoptr(BwServerStore) store = NULL;
  g_autoptr(GError) error = NULL;
  gboolean fresh = opt_fresh || !g_file_test (path, G_FILE_TEST_EXISTS);

  if (fresh)
    {
      const char *suffixes[] = { "", "-wal", "-shm" };

      for (guint s = 0; s < G_N_ELEMENTS (suffixes); s++)
        {
          g_autofree char *p = g_strconcat (path, suffixes[s], NULL);
          g_remove (p);
        }
      g_print ("  SQLite: making %s (kept for the next runs)\n", path);
    }
  else
    g_print ("  SQLite: using the cached %s\n", path);

  store = bw_server_store_open (path, &error);
  g_assert_no_error (error);
  if (fresh)
    fill (store, n_cases);
  add_users (store, clients);
  return path;
}

/* A PostgreSQL master database in the bench's own cluster, filled anew:
 * the cluster ends with the process. */
static char *
prepare_master_postgresql (guint n_cases,
                           guint clients)
{
  g_autoptr(GError) error = NULL;
  char *location;
  g_autofree char *name = NULL;
  g_autofree char *sql = NULL;
  gint64 start = g_get_monotonic_time ();

  bw_test_postgresql_set_durable (!opt_pg_no_fsync);
  location = bw_test_postgresql_new_database (&error);
  if (location == NULL)
    g_error ("No PostgreSQL cluster: %s", error->message);
  g_print ("  PostgreSQL: a throw-away cluster (fsync %s), started in %.1f s\n",
           opt_pg_no_fsync ? "off" : "on", ms_since (start) / 1000);
  name = bw_test_server_db_name (location);
  /* Filling commits 200 times per 100,000 cases; its durability is not
   * what is measured. The copies made from it do not inherit this. */
  sql = g_strdup_printf ("ALTER DATABASE %s SET synchronous_commit = off", name);
  bw_test_server_db_cluster_exec (location, sql);
  {
    g_autoptr(BwServerStore) store = bw_server_store_open (location, &error);

    g_assert_no_error (error);
    fill (store, n_cases);
    add_users (store, clients);
  }
  g_free (sql);
  sql = g_strdup_printf ("ALTER DATABASE %s RESET synchronous_commit", name);
  bw_test_server_db_cluster_exec (location, sql);
  return location;
}

/* A fresh copy of @master for run @run: the file in @dir, or a database
 * made from it as a template (nothing may be connected to @master). */
static char *
copy_database (const char *master,
               const char *dir,
               guint       run)
{
  g_autofree char *name = g_strdup_printf ("server-%u.db", run);

  return bw_test_server_db_copy (master, dir, name);
}

/* The server database, read through the server's storage interface so
 * that the same SQL reads either backend. */
static BwStorage *
open_storage (const char *location)
{
  static const BwDbPolicy policy = { .flags = BW_DB_READ_ONLY | BW_DB_ONE_THREAD, .busy_timeout_ms = 5000 };
  g_autoptr(GError) error = NULL;
  BwStorage *db = bw_storage_open (location, &policy, &error);

  g_assert_no_error (error);
  return db;
}

/* Each client's own cases (a share of its team's), with their revisions, so
 * that its pushes are edits of what it knows. */
static void
assign_cases (const char *location,
              Client     *clients,
              guint       n_clients)
{
  g_autoptr(BwStorage) db = open_storage (location);

  for (guint t = 0; t < N_TEAMS && t < n_clients; t++)
    {
      g_autofree char *team = g_strdup_printf ("team-%u", t);
      g_autoptr(GError) error = NULL;
      g_autoptr(BwStorageStmt) stmt = NULL;
      guint members = (n_clients - t + N_TEAMS - 1) / N_TEAMS;   /* clients t, t+10, ... */
      guint j = 0;
      int rc;

      stmt = bw_storage_prepare (db,
                                 "SELECT uuid, revision FROM records"
                                 " WHERE type = 'case' AND deleted = 0"
                                 " AND team_id = (SELECT id FROM teams WHERE name = ?1)"
                                 " ORDER BY uuid", &error);
      g_assert_no_error (error);
      bw_storage_bind_text (stmt, 1, team);
      while ((rc = bw_storage_step (stmt)) == BW_STORAGE_ROW)
        {
          Client *c = &clients[t + (j % members) * N_TEAMS];
          OwnCase own;

          j++;
          if (c->cases->len >= MAX_OWN_CASES)
            continue;
          own.uuid = g_strdup (bw_storage_column_text (stmt, 0));
          own.revision = bw_storage_column_int64 (stmt, 1);
          g_array_append_val (c->cases, own);
        }
      if (rc != BW_STORAGE_DONE)
        {
          bw_storage_set_error (db, rc, &error);
          g_error ("Cannot read the cases: %s", error->message);
        }
    }
}

/* The feed's last sequence: every desktop is up to date when the load
 * starts. */
static gint64
last_sequence (const char *location)
{
  g_autoptr(BwStorage) db = open_storage (location);
  g_autoptr(GError) error = NULL;
  g_autoptr(BwStorageStmt) stmt = bw_storage_prepare (db, "SELECT last FROM sequence", &error);

  g_assert_no_error (error);
  return bw_storage_step (stmt) == BW_STORAGE_ROW ? bw_storage_column_int64 (stmt, 0) : 0;
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
      if (kind == KIND_LOGIN && (status == 429 || status == 503))
        c->login_try_later++;
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
  if (c->gate != NULL)
    {
      /* Logged in (or given up): wait for the others. */
      g_mutex_lock (&c->gate->lock);
      c->gate->arrived++;
      g_cond_broadcast (&c->gate->cond);
      while (!c->gate->go)
        g_cond_wait (&c->gate->cond, &c->gate->lock);
      g_mutex_unlock (&c->gate->lock);
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

/* Starts `serve` on @location; its address in @url. */
static GPid
start_server (const char  *location,
              const char  *log_path,
              int          n_clients,
              char       **server_extra,
              int          extra,
              char       **url)
{
  g_autoptr(GPtrArray) server_argv = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  GPid pid;
  int out_fd, log_fd;

  g_ptr_array_add (server_argv, g_strdup (opt_server));
  g_ptr_array_add (server_argv, g_strdup ("serve"));
  g_ptr_array_add (server_argv, g_strdup ("--db"));
  g_ptr_array_add (server_argv, g_strdup (location));
  g_ptr_array_add (server_argv, g_strdup ("--listen"));
  g_ptr_array_add (server_argv, g_strdup ("127.0.0.1:0"));
  /* All clients come from 127.0.0.1, as they would through a reverse
   * proxy: the per-address limit (50) would be the whole server's, and
   * 50 clients sit right at it (a second connection of one of them is
   * refused). Room for two each; options after "--" still win. */
  g_ptr_array_add (server_argv, g_strdup ("--max-connections-per-address"));
  g_ptr_array_add (server_argv, g_strdup_printf ("%d", 2 * n_clients + 50));
  g_ptr_array_add (server_argv, g_strdup ("--max-connections"));
  g_ptr_array_add (server_argv, g_strdup_printf ("%d", MAX (2 * n_clients + 50, BW_SYNC_SERVER_DEFAULT_MAX_CONNECTIONS)));
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
    *url = g_strdup (line + strlen ("listening on "));
  }
  return pid;
}

/* A run */

typedef struct {
  guint requests;         /* the feed and pushes, without logins */
  double seconds;
  double per_second;
  double p50;
  double p99;
  guint errors;           /* anything but 200, 429 and 503 */
  guint try_later;        /* 429 and 503, logins apart */
  guint login_try_later;
  double login_seconds;   /* with --login-first: until the last was in */
  /* Cores busy during the seconds of load: the servers, this tool, and
   * the rest of the machine (PostgreSQL, and whatever else runs). */
  double server_cores;
  double bench_cores;
  double postgresql_cores;   /* the bench's own cluster: postmaster and backends */
  double other_cores;
} RunResult;

/* CPU time in seconds: the machine's busy time, this process's, and
 * a process's. */
static double
machine_busy_seconds (void)
{
  g_autofree char *text = NULL;
  guint64 v[10] = { 0 }, busy = 0;

  if (!g_file_get_contents ("/proc/stat", &text, NULL, NULL) ||
      sscanf (text, "cpu %" G_GUINT64_FORMAT " %" G_GUINT64_FORMAT " %" G_GUINT64_FORMAT " %" G_GUINT64_FORMAT
              " %" G_GUINT64_FORMAT " %" G_GUINT64_FORMAT " %" G_GUINT64_FORMAT " %" G_GUINT64_FORMAT,
              &v[0], &v[1], &v[2], &v[3], &v[4], &v[5], &v[6], &v[7]) < 8)
    return 0;
  /* All but idle (3) and iowait (4). */
  for (int i = 0; i < 8; i++)
    if (i != 3 && i != 4)
      busy += v[i];
  return busy / (double) sysconf (_SC_CLK_TCK);
}

static double
self_cpu_seconds (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec +
         (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

static double
process_cpu_seconds (GPid pid)
{
  g_autofree char *path = g_strdup_printf ("/proc/%d/stat", (int) pid);
  g_autofree char *text = NULL;
  const char *after;
  unsigned long utime = 0, stime = 0;

  if (!g_file_get_contents (path, &text, NULL, NULL) || (after = strrchr (text, ')')) == NULL)
    return 0;
  /* After "pid (comm)": state is field 3, utime and stime 14 and 15. */
  if (sscanf (after + 2, "%*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %lu %lu", &utime, &stime) != 2)
    return 0;
  return (utime + stime) / (double) sysconf (_SC_CLK_TCK);
}

/* The processes whose parent is @parent (and it itself) with their CPU
 * seconds, pid -> double* . */
static GHashTable *
family_cpu (GPid parent)
{
  GHashTable *cpu = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  g_autoptr(GDir) proc = g_dir_open ("/proc", 0, NULL);
  const char *name;

  while (proc != NULL && (name = g_dir_read_name (proc)) != NULL)
    {
      g_autofree char *path = NULL;
      g_autofree char *text = NULL;
      const char *after;
      int ppid = 0;
      GPid pid = atoi (name);

      if (pid <= 0)
        continue;
      path = g_strdup_printf ("/proc/%s/stat", name);
      if (!g_file_get_contents (path, &text, NULL, NULL) || (after = strrchr (text, ')')) == NULL ||
          sscanf (after + 2, "%*c %d", &ppid) != 1)
        continue;
      if (ppid == parent || pid == parent)
        g_hash_table_insert (cpu, GINT_TO_POINTER (pid), g_memdup2 (&(double) { process_cpu_seconds (pid) },
                                                                    sizeof (double)));
    }
  return cpu;
}

/* The postmaster of the bench's cluster: the child of this process that
 * is postgres; 0 when there is none. */
static GPid
find_postmaster (void)
{
  g_autoptr(GHashTable) children = family_cpu (getpid ());
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, children);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      g_autofree char *path = g_strdup_printf ("/proc/%d/comm", GPOINTER_TO_INT (key));
      g_autofree char *comm = NULL;

      if (GPOINTER_TO_INT (key) != getpid () &&
          g_file_get_contents (path, &comm, NULL, NULL) && g_str_has_prefix (comm, "postgres"))
        return GPOINTER_TO_INT (key);
    }
  return 0;
}

/* The CPU seconds the cluster's processes used since @before. */
static double
family_cpu_since (GPid        parent,
                  GHashTable *before)
{
  g_autoptr(GHashTable) now = family_cpu (parent);
  GHashTableIter iter;
  gpointer key, value;
  double sum = 0;

  g_hash_table_iter_init (&iter, now);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      double *earlier = g_hash_table_lookup (before, key);

      sum += *(double *) value - (earlier != NULL ? *earlier : 0);
    }
  return sum;
}

static double
servers_cpu_seconds (const GPid *pids,
                     int         processes)
{
  double sum = 0;

  for (int p = 0; p < processes; p++)
    sum += process_cpu_seconds (pids[p]);
  return sum;
}

static double
load_average (void)
{
  g_autofree char *text = NULL;

  if (!g_file_get_contents ("/proc/loadavg", &text, NULL, NULL))
    return -1;
  return g_ascii_strtod (text, NULL);
}

/* @n_clients desktops against @processes servers on @location, which is
 * spent afterwards. With @verbose, the figures per kind of request. */
static void
run_load (const char  *location,
          const char  *dir,
          int          processes,
          int          n_clients,
          gboolean     login_first,
          gboolean     verbose,
          char       **server_extra,
          int          extra,
          RunResult   *result)
{
  g_autoptr(GHashTable) errors = g_hash_table_new (NULL, NULL);
  g_autoptr(GArray) overall = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) load = g_array_new (FALSE, FALSE, sizeof (double));
  char *urls[MAX_PROCESSES] = { NULL };
  char *log_paths[MAX_PROCESSES] = { NULL };
  GPid pids[MAX_PROCESSES];
  Gate gate = { 0 };
  Client *clients;
  gint64 start, logins_start;
  double seconds;
  double machine_cpu, self_cpu, server_cpu;
  GPid postmaster = bw_storage_location_is_postgresql (location) ? find_postmaster () : 0;
  g_autoptr(GHashTable) postgresql_cpu = NULL;
  guint total = 0, too_many = 0, busy = 0, real_errors = 0, pulled = 0, pushed = 0, conflicts = 0;

  g_mutex_init (&gate.lock);
  g_cond_init (&gate.cond);
  for (int p = 0; p < processes; p++)
    {
      g_autofree char *name = g_strdup_printf ("server-%d.log", p + 1);

      log_paths[p] = g_build_filename (dir, name, NULL);
      pids[p] = start_server (location, log_paths[p], n_clients, server_extra, extra, &urls[p]);
      if (verbose)
        g_print ("  server %d at %s, its log in %s\n", p + 1, urls[p], log_paths[p]);
    }

  clients = g_new0 (Client, n_clients);
  for (int i = 0; i < n_clients; i++)
    {
      clients[i].index = i;
      clients[i].login = client_login (i);
      /* In turn over the processes, as a reverse proxy's round robin. */
      clients[i].url = urls[i % processes];
      clients[i].gate = login_first ? &gate : NULL;
      clients[i].cases = g_array_new (FALSE, FALSE, sizeof (OwnCase));
      clients[i].errors = g_hash_table_new (NULL, NULL);
      for (int k = 0; k < N_KINDS; k++)
        {
          clients[i].latency[k] = g_array_new (FALSE, FALSE, sizeof (double));
          clients[i].started[k] = g_array_new (FALSE, FALSE, sizeof (gint64));
        }
    }
  assign_cases (location, clients, n_clients);
  {
    gint64 last = last_sequence (location);

    for (int i = 0; i < n_clients; i++)
      clients[i].since = last;
  }

  machine_cpu = machine_busy_seconds ();
  self_cpu = self_cpu_seconds ();
  server_cpu = servers_cpu_seconds (pids, processes);
  if (postmaster > 0)
    postgresql_cpu = family_cpu (postmaster);
  logins_start = start = g_get_monotonic_time ();
  for (int i = 0; i < n_clients; i++)
    {
      clients[i].deadline = login_first ? start + LOGIN_PHASE_US
                                        : start + (gint64) opt_duration * G_USEC_PER_SEC;
      clients[i].thread = g_thread_new ("client", client_run, &clients[i]);
    }
  if (login_first)
    {
      /* The clients read their deadline only once they pass the gate. */
      g_mutex_lock (&gate.lock);
      while (gate.arrived < (guint) n_clients)
        g_cond_wait (&gate.cond, &gate.lock);
      start = g_get_monotonic_time ();
      if (postmaster > 0)
        {
          g_clear_pointer (&postgresql_cpu, g_hash_table_unref);
          postgresql_cpu = family_cpu (postmaster);
        }
      machine_cpu = machine_busy_seconds ();
      self_cpu = self_cpu_seconds ();
      server_cpu = servers_cpu_seconds (pids, processes);
      for (int i = 0; i < n_clients; i++)
        clients[i].deadline = start + (gint64) opt_duration * G_USEC_PER_SEC;
      gate.go = TRUE;
      g_cond_broadcast (&gate.cond);
      g_mutex_unlock (&gate.lock);
    }
  for (int i = 0; i < n_clients; i++)
    g_thread_join (clients[i].thread);
  seconds = ms_since (start) / 1000;
  result->server_cores = (servers_cpu_seconds (pids, processes) - server_cpu) / seconds;
  result->bench_cores = (self_cpu_seconds () - self_cpu) / seconds;
  result->postgresql_cores = postmaster > 0 ? family_cpu_since (postmaster, postgresql_cpu) / seconds : 0;
  result->other_cores = MAX ((machine_busy_seconds () - machine_cpu) / seconds - result->server_cores
                             - result->bench_cores - result->postgresql_cores, 0);
  result->login_seconds = login_first ? (start - logins_start) / (double) G_USEC_PER_SEC : 0;

  for (int p = 0; p < processes; p++)
    kill (pids[p], SIGTERM);
  for (int p = 0; p < processes; p++)
    {
      waitpid (pids[p], NULL, 0);
      g_spawn_close_pid (pids[p]);
    }

  /* Sum up. */
  if (verbose)
    {
      if (login_first)
        g_print ("\n  all %d logged in after %.1f s; then %.1f s of load:\n", n_clients,
                 result->login_seconds, seconds);
      g_print ("\n  %-22s %7s %8s %8s %8s %8s %8s\n", "request", "count", "per s", "p50 ms", "p90 ms", "p99 ms", "max ms");
    }
  for (int k = 0; k < N_KINDS; k++)
    {
      g_autoptr(GArray) values = g_array_new (FALSE, FALSE, sizeof (double));

      for (int i = 0; i < n_clients; i++)
        g_array_append_vals (values, clients[i].latency[k]->data, clients[i].latency[k]->len);
      g_array_append_vals (overall, values->data, values->len);
      if (k != KIND_LOGIN)
        g_array_append_vals (load, values->data, values->len);
      total += values->len;
      if (verbose)
        {
          if (k == KIND_LOGIN && login_first)
            {
              /* Before the seconds of load: per s of its own phase. */
              print_row (kind_names[k], values, MAX (result->login_seconds, 0.001));
              continue;
            }
          print_row (kind_names[k], values, seconds);
        }
    }
  if (verbose)
    print_row (login_first ? "all but logins" : "all", login_first ? load : overall, seconds);

  /* The same once every client has logged in: all 50 logins come in the
   * first second, and their hashes take the CPU for a while. */
  if (verbose && !login_first)
    {
      gint64 logins_done = start;
      g_autoptr(GArray) steady_all = g_array_new (FALSE, FALSE, sizeof (double));
      double steady_seconds;

      for (int i = 0; i < n_clients; i++)
        for (guint j = 0; j < clients[i].latency[KIND_LOGIN]->len; j++)
          logins_done = MAX (logins_done, g_array_index (clients[i].started[KIND_LOGIN], gint64, j) +
                                          (gint64) (g_array_index (clients[i].latency[KIND_LOGIN], double, j) * 1000));
      steady_seconds = seconds - (logins_done - start) / (double) G_USEC_PER_SEC;
      g_print ("\n  after the last login (%.1f s in), %.1f s:\n", (logins_done - start) / (double) G_USEC_PER_SEC,
               steady_seconds);
      for (int k = KIND_PULL_EMPTY; k < N_KINDS; k++)
        {
          g_autoptr(GArray) values = g_array_new (FALSE, FALSE, sizeof (double));

          for (int i = 0; i < n_clients; i++)
            for (guint j = 0; j < clients[i].latency[k]->len; j++)
              if (g_array_index (clients[i].started[k], gint64, j) > logins_done)
                g_array_append_val (values, g_array_index (clients[i].latency[k], double, j));
          g_array_append_vals (steady_all, values->data, values->len);
          print_row (kind_names[k], values, steady_seconds);
        }
      print_row ("all", steady_all, steady_seconds);
    }

  for (int i = 0; i < n_clients; i++)
    {
      GHashTableIter iter;
      gpointer key, value;

      pulled += clients[i].records_pulled;
      result->login_try_later += clients[i].login_try_later;
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

  /* The load without logins: what the compare's table holds. */
  g_array_sort (load, compare_double);
  result->requests = load->len;
  result->seconds = seconds;
  result->per_second = load->len / seconds;
  result->p50 = percentile (load, 50);
  result->p99 = percentile (load, 99);
  result->errors = real_errors;
  result->try_later = too_many + busy - result->login_try_later;

  if (verbose)
    {
      GHashTableIter iter;
      gpointer key, value;

      g_print ("\n  %u requests in %.1f s: %.0f requests/s; %u records pulled, %u changes pushed (%u conflicts)\n",
               total, seconds, (login_first ? load->len : total) / seconds, pulled, pushed, conflicts);
      g_print ("  try again later: %u x 429 (rate limit), %u x 503 (connections); %u of them to logins\n",
               too_many, busy, result->login_try_later);
      g_print ("  cores busy during the load: servers %.2f, PostgreSQL %.2f, this tool %.2f,"
               " the rest of the machine %.2f\n",
               result->server_cores, result->postgresql_cores, result->bench_cores, result->other_cores);
      g_print ("  errors: %u", real_errors);
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
      g_print ("\n");
    }

  for (int i = 0; i < n_clients; i++)
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
  for (int p = 0; p < processes; p++)
    {
      if (real_errors == 0 && !opt_keep_log)
        g_remove (log_paths[p]);
      else
        g_print ("  the server's log is kept in %s\n", log_paths[p]);
      g_free (log_paths[p]);
      g_free (urls[p]);
    }
  g_mutex_clear (&gate.lock);
  g_cond_clear (&gate.cond);
}

/* The workers' database connections must fit in the cluster's
 * max_connections (200): one per worker and the main loop's, per process. */
static void
check_connections (int    processes,
                   char **server_extra,
                   int    extra)
{
  int workers = 2;   /* BW_SYNC_SERVER_DEFAULT_WORKERS */
  int needed;

  for (int i = 0; i + 1 < extra; i++)
    if (g_str_equal (server_extra[i], "--workers"))
      workers = atoi (server_extra[i + 1]);
  needed = processes * (workers + 1) + 2;
  if (needed > 190)
    g_error ("%d processes with %d workers need %d PostgreSQL connections; the cluster allows 200",
             processes, workers, needed);
}

static void
print_compare (const char      *const *backends,
               const int       *processes,
               const int       *client_counts,
               const RunResult *results,
               guint            n_setups,
               guint            n_counts)
{
  /* ASCII: g_print() writes in the locale's charset. */
  g_print ("\n| backend | processes | clients | requests/s | vs SQLite x1 | p50 ms | p99 ms"
           " | errors | 429/503 | logins s (429/503) | cores: servers / PG / tool / rest |\n");
  g_print ("|---|---|---|---|---|---|---|---|---|---|---|\n");
  for (guint c = 0; c < n_counts; c++)
    for (guint s = 0; s < n_setups; s++)
      {
        const RunResult *r = &results[c * n_setups + s];
        const RunResult *ref = &results[c * n_setups];

        g_print ("| %s | %d | %d | %.0f | %.2f | %.1f | %.1f | %u | %u | %.1f (%u) | %.2f / %.2f / %.2f / %.2f |\n",
                 backends[s], processes[s], client_counts[c], r->per_second,
                 ref->per_second > 0 ? r->per_second / ref->per_second : 0,
                 r->p50, r->p99, r->errors, r->try_later, r->login_seconds, r->login_try_later,
                 r->server_cores, r->postgresql_cores, r->bench_cores, r->other_cores);
      }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("[-- SERVER OPTIONS]");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  char **server_extra = NULL;
  int extra = 0;
  gboolean postgresql;

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
      opt_cases < N_TEAMS || opt_think < 0 || opt_processes < 1 || opt_processes > MAX_PROCESSES)
    {
      g_printerr ("--clients 1-1000, --duration 1-3600, --cases at least %d, --think >= 0, --processes 1-%d\n",
                  N_TEAMS, MAX_PROCESSES);
      return 2;
    }
  if (opt_db != NULL && !g_str_equal (opt_db, "sqlite") && !g_str_equal (opt_db, "postgresql"))
    {
      g_printerr ("--db is sqlite or postgresql\n");
      return 2;
    }
  postgresql = g_strcmp0 (opt_db, "postgresql") == 0;
  if (opt_server == NULL)
    opt_server = default_server (argv[0]);

  dir = g_dir_make_tmp ("bw-bench-load-XXXXXX", &error);
  g_assert_no_error (error);
  /* A PostgreSQL database's files beside it (the .served record) go in
   * the server's state folder: ours, for the servers we start. */
  g_setenv ("STATE_DIRECTORY", dir, TRUE);

  if (opt_compare)
    {
      static const char * const backends[] = { "SQLite", "PostgreSQL", "PostgreSQL", "PostgreSQL" };
      static const int processes[] = { 1, 1, 2, 4 };
      static const int client_counts[] = { 50, COMPARE_MAX_CLIENTS };
      RunResult results[G_N_ELEMENTS (client_counts) * G_N_ELEMENTS (backends)] = { { 0 } };
      g_autofree char *sqlite_master = NULL;
      g_autofree char *pg_master = NULL;
      guint run = 0;

      check_connections (4, server_extra, extra);
      g_print ("Compare: SQLite x1, PostgreSQL x1, x2, x4 at 50 and %d clients, %d s each after"
               " the logins, %d cases (think time %d ms); load average %.2f\n",
               COMPARE_MAX_CLIENTS, opt_duration, opt_cases, opt_think, load_average ());
      sqlite_master = prepare_master_sqlite (opt_cases, COMPARE_MAX_CLIENTS);
      pg_master = prepare_master_postgresql (opt_cases, COMPARE_MAX_CLIENTS);
      for (guint c = 0; c < G_N_ELEMENTS (client_counts); c++)
        for (guint s = 0; s < G_N_ELEMENTS (backends); s++, run++)
          {
            RunResult *r = &results[run];
            g_autofree char *location = copy_database (s == 0 ? sqlite_master : pg_master, dir, run);

            run_load (location, dir, processes[s], client_counts[c], TRUE, FALSE,
                      server_extra, extra, r);
            bw_test_server_db_drop (location);
            g_print ("  %-10s x%d, %3d clients: %6.0f requests/s, p50 %6.1f ms, p99 %7.1f ms,"
                     " %u errors, %u x 429/503, logins %.1f s; load average %.2f\n",
                     backends[s], processes[s], client_counts[c], r->per_second, r->p50, r->p99,
                     r->errors, r->try_later, r->login_seconds, load_average ());
            g_print ("             cores busy: servers %.2f, PostgreSQL %.2f, this tool %.2f, the rest %.2f\n",
                     r->server_cores, r->postgresql_cores, r->bench_cores, r->other_cores);
          }
      print_compare (backends, processes, client_counts, results,
                     G_N_ELEMENTS (backends), G_N_ELEMENTS (client_counts));
    }
  else
    {
      g_autofree char *master = NULL;
      g_autofree char *location = NULL;
      RunResult result = { 0 };

      if (postgresql)
        check_connections (opt_processes, server_extra, extra);
      g_print ("Load: %d clients for %d s against %d buurtwerk-server process%s on %s with %d cases"
               " (think time %d ms)\n", opt_clients, opt_duration, opt_processes,
               opt_processes == 1 ? "" : "es", postgresql ? "PostgreSQL" : "SQLite", opt_cases, opt_think);
      master = postgresql ? prepare_master_postgresql (opt_cases, opt_clients)
                          : prepare_master_sqlite (opt_cases, opt_clients);
      location = copy_database (master, dir, 0);
      run_load (location, dir, opt_processes, opt_clients, opt_login_first, TRUE,
                server_extra, extra, &result);
      bw_test_server_db_drop (location);
    }
  {
    /* The servers' records of what they served (*.served); kept logs stay. */
    g_autoptr(GDir) folder = g_dir_open (dir, 0, NULL);
    const char *name;

    while (folder != NULL && (name = g_dir_read_name (folder)) != NULL)
      if (g_str_has_suffix (name, ".served"))
        {
          g_autofree char *path = g_build_filename (dir, name, NULL);
          g_remove (path);
        }
  }
  g_rmdir (dir);
  return 0;
}
