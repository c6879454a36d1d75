/* SPDX-License-Identifier: EUPL-1.2 */
/* Buurtwerk against other tools, side by side in one sitting (issue 14).
 * Each row of the issue's table is measured for ours and for its
 * reference, alternately, --rounds times each, and printed as medians
 * (min–max) with the ratio of the medians:
 *
 *   initial sync, the engine alone   ours: an empty BwCaseStore and
 *                                    BwSyncEngine pull N cases from the
 *                                    real buurtwerk-server on 127.0.0.1;
 *                                    PouchDB 9 replicating N documents from
 *                                    express-pouchdb (bench/peer/)
 *   initial sync in the real window  the app (BUURTWERK_PROBE=sync) on an
 *                                    empty database: the sync's took-ms;
 *                                    PouchDB as above
 *   incremental sync                 100 cases changed on the server by a
 *                                    teammate, pulled by the engine into a
 *                                    desktop holding N; PouchDB likewise
 *   the window during it             the app (BUURTWERK_PROBE=sync) on a
 *                                    desktop holding N: longest stall
 *   search, 7 terms                  the case list's query on a store of N
 *                                    demo cases; bare FTS5 MATCH on the
 *                                    same file, own connection
 *   start-up to rows, peak RSS       the app (BUURTWERK_PROBE=rows) on a
 *                                    desktop holding N; a bare GTK 4 window
 *                                    (bench-bare-window)
 *
 * The window rows need a display (run it under xvfb-run, as the meson
 * benchmark does) and are skipped without one; the PouchDB rows need node
 * and build-aux/install-bench-peer, and are skipped without them. Figures
 * only: nothing here asserts a time.
 *
 *   build-aux/install-bench-peer                    (once)
 *   ninja -C _build
 *   xvfb-run -a -s '-screen 0 1280x800x24' dbus-run-session -- \
 *     _build/bench/bench-vs-peer [N] [--rounds 3] [--dir DIR] [--peer-dir DIR]
 *   meson test -C _build --benchmark -v bench-vs-peer [--test-args N]
 *
 * N defaults to 100,000. What takes long to make is made once per N and
 * kept in $TMPDIR/buurtwerk-bench-vs-peer/ (--fresh makes it again): the
 * server's database, the search store and PouchDB's server database. The
 * desktops' databases go to --dir (default $TMPDIR), which should be a
 * real disk: on tmpfs an fdatasync costs nothing.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/vfs.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gio/gunixinputstream.h>
#include <gio/gunixoutputstream.h>
#include <glib/gstdio.h>
#include <libsoup/soup.h>
#include <sqlite3.h>

#include "bw-case-store.h"
#include "bw-demo-data.h"
#include "bw-record-json.h"
#include "bw-server-store.h"
#include "bw-sync-engine.h"

#define TEAM      "noord"
#define PASSWORD  "benchmark-password"
#define CHANGED   100
/* Part of the cached server database's name: a change to make_case()
 * fills anew. */
#define CASES_VERSION 1
#define TMPFS_MAGIC 0x01021994

static int opt_rounds = 3;
static char *opt_dir;
static char *opt_peer_dir;
static char *opt_peer_script;
static char *opt_server;
static char *opt_app;
static char *opt_bare;
static char *opt_schemas;
static gboolean opt_fresh;
static gboolean opt_no_window;

static const GOptionEntry entries[] = {
  { "rounds", 0, 0, G_OPTION_ARG_INT, &opt_rounds, "Runs of ours and of the reference per row (default 3)", "R" },
  { "dir", 0, 0, G_OPTION_ARG_FILENAME, &opt_dir, "Where the desktops' databases go (default $TMPDIR)", "DIR" },
  { "peer-dir", 0, 0, G_OPTION_ARG_FILENAME, &opt_peer_dir, "Where build-aux/install-bench-peer installed PouchDB", "DIR" },
  { "peer-script", 0, 0, G_OPTION_ARG_FILENAME, &opt_peer_script, "bench/peer/pouchdb-peer.js", "FILE" },
  { "server", 0, 0, G_OPTION_ARG_FILENAME, &opt_server, "The buurtwerk-server binary", "PATH" },
  { "app", 0, 0, G_OPTION_ARG_FILENAME, &opt_app, "The buurtwerk binary", "PATH" },
  { "bare-window", 0, 0, G_OPTION_ARG_FILENAME, &opt_bare, "The bench-bare-window binary", "PATH" },
  { "schemas", 0, 0, G_OPTION_ARG_FILENAME, &opt_schemas, "The compiled GSettings schemas", "DIR" },
  { "fresh", 0, 0, G_OPTION_ARG_NONE, &opt_fresh, "Make the cached databases again", NULL },
  { "no-window", 0, 0, G_OPTION_ARG_NONE, &opt_no_window, "Skip the rows that run the app's window", NULL },
  { NULL }
};

static guint n_cases = 100000;
static guint change_round;    /* each push of changes says something new */
static char *work_dir;        /* this run's databases, removed at the end */
static char *cache_dir;       /* $TMPDIR/buurtwerk-bench-vs-peer */

static double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

/* Samples and the table */

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static GArray *
samples_new (void)
{
  return g_array_new (FALSE, FALSE, sizeof (double));
}

static void
samples_add (GArray *samples,
             double  value)
{
  g_array_append_val (samples, value);
}

/* The median (the mean of the middle two for an even count). */
static double
samples_median (GArray *samples)
{
  g_autoptr(GArray) sorted = NULL;
  guint n = samples->len;

  if (n == 0)
    return 0;
  sorted = g_array_copy (samples);
  g_array_sort (sorted, compare_double);
  if (n % 2 == 1)
    return g_array_index (sorted, double, n / 2);
  return (g_array_index (sorted, double, n / 2 - 1) + g_array_index (sorted, double, n / 2)) / 2;
}

static void
samples_range (GArray *samples,
               double *min,
               double *max)
{
  *min = G_MAXDOUBLE;
  *max = -G_MAXDOUBLE;
  for (guint i = 0; i < samples->len; i++)
    {
      *min = MIN (*min, g_array_index (samples, double, i));
      *max = MAX (*max, g_array_index (samples, double, i));
    }
}

/* "1.23 s (1.10–1.40)" for @samples in ms, with @unit "s", "ms" or "MiB"
 * (samples in KiB for MiB). */
static char *
format_samples (GArray     *samples,
                const char *unit)
{
  double scale = g_str_equal (unit, "s") ? 1000 : g_str_equal (unit, "MiB") ? 1024 : 1;
  int digits = g_str_equal (unit, "s") ? 2 : g_str_equal (unit, "MiB") ? 0 : 1;
  double min, max;

  if (samples == NULL || samples->len == 0)
    return g_strdup ("-");
  samples_range (samples, &min, &max);
  if (samples->len == 1)
    return g_strdup_printf ("%.*f %s", digits, samples_median (samples) / scale, unit);
  return g_strdup_printf ("%.*f %s (%.*f–%.*f)", digits, samples_median (samples) / scale, unit,
                          digits, min / scale, digits, max / scale);
}

static char *
format_ratio (GArray *ours,
              GArray *reference)
{
  if (ours == NULL || reference == NULL || ours->len == 0 || reference->len == 0 ||
      samples_median (reference) <= 0)
    return g_strdup ("-");
  return g_strdup_printf ("%.2f", samples_median (ours) / samples_median (reference));
}

typedef struct {
  char *what, *ours, *reference, *ratio, *goal;
} Row;

static GPtrArray *table;
static GPtrArray *notes;      /* char *: skipped rows and other remarks */

static void
row_free (Row *row)
{
  g_free (row->what);
  g_free (row->ours);
  g_free (row->reference);
  g_free (row->ratio);
  g_free (row->goal);
  g_free (row);
}

/* Takes the strings. */
static void
table_add (const char *what,
           char       *ours,
           char       *reference,
           char       *ratio,
           const char *goal)
{
  Row *row = g_new0 (Row, 1);

  row->what = g_strdup (what);
  row->ours = ours;
  row->reference = reference;
  row->ratio = ratio;
  row->goal = g_strdup (goal);
  g_ptr_array_add (table, row);
}

static void
note (const char *format,
      ...) G_GNUC_PRINTF (1, 2);

static void
note (const char *format,
      ...)
{
  va_list args;
  char *text;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);
  g_print ("  %s\n", text);
  g_ptr_array_add (notes, text);
}

static void
table_print (void)
{
  g_print ("\n| what | ours | reference | ratio | goal |\n|---|---|---|---|---|\n");
  for (guint i = 0; i < table->len; i++)
    {
      Row *row = g_ptr_array_index (table, i);
      g_print ("| %s | %s | %s | %s | %s |\n", row->what, row->ours, row->reference, row->ratio, row->goal);
    }
  if (notes->len > 0)
    g_print ("\n");
  for (guint i = 0; i < notes->len; i++)
    g_print ("- %s\n", (char *) g_ptr_array_index (notes, i));
}

/* Files */

static void
remove_db (const char *path)
{
  const char *suffixes[] = { "", "-wal", "-shm", ".served" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *p = g_strconcat (path, suffixes[i], NULL);
      g_remove (p);
    }
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
        g_remove (child);
    }
  g_rmdir (path);
}

/* A closed SQLite database holds everything in its main file (the last
 * connection's close checkpoints the WAL), so copying that file is enough. */
static void
copy_file (const char *from,
           const char *to)
{
  g_autoptr(GFile) src = g_file_new_for_path (from);
  g_autoptr(GFile) dst = g_file_new_for_path (to);
  g_autoptr(GError) error = NULL;

  remove_db (to);
  g_file_copy (src, dst, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_chmod (to, 0600);
}

static char *
work_path (const char *name)
{
  return g_build_filename (work_dir, name, NULL);
}

static char *
cache_path (const char *what)
{
  g_autofree char *name = g_strdup_printf ("%s-v%d-%u.db", what, CASES_VERSION, n_cases);

  return g_build_filename (cache_dir, name, NULL);
}

/* The server's cases */

static const char * const first_names[] = {
  "Anouk", "Sanne", "Maud", "Jan", "Sjaak", "Huub", "Ayşe", "Mehmet", "Fatima",
  "Youssef", "Agnieszka", "Piotr", "Rania", "Omar", "Shanice", "Ruben",
};
static const char * const family_names[] = {
  "Jansen", "Janssen", "Hendriks", "Dassen", "Lemmens", "Vliegen", "Smeets",
  "Crombach", "Yılmaz", "Kaya", "El Amrani", "Bouzid", "Kowalski", "Nowak",
  "Haddad", "Martina",
};
static const char * const streets[] = {
  "Akerstraat", "Kouvenderstraat", "Heerlerheidestraat", "Schelsberg",
  "Passartweg", "Meezenbroekerweg", "Schandelerboord", "Grasbroekerweg",
};
static const char * const buurten[] = {
  "BU09171000", "BU09172004", "BU09173000", "BU09173300",
};
static const char * const household_notes[] = {
  "Eenoudergezin, twee kinderen op de basisschool; moeder werkt parttime in de zorg.",
  "Alleenstaand, sinds de sluiting van het bedrijf zonder werk; wil graag aan de slag in de logistiek.",
  "Gezin met drie kinderen, oudste zoon dreigt uit te vallen op het vmbo; contact met VSV-bureau.",
  "Schulden bij energieleverancier en zorgverzekeraar; aanmelding schuldhulpverlening loopt.",
};

/* Case i's uuid: fixed, so that the changes of the incremental rows can
 * name cases without asking the server. */
static char *
case_uuid (guint i)
{
  return g_strdup_printf ("b0000000-0000-4000-8000-%012x", i);
}

/* A case like bench/peer/pouchdb-peer.js's documents: the same fields
 * and texts, deterministic per @i. */
static BwCase *
make_case (guint i)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (i + 1);
  BwCase *c = bw_case_new ();
  const char *first = first_names[g_rand_int_range (rand, 0, G_N_ELEMENTS (first_names))];
  const char *family = family_names[g_rand_int_range (rand, 0, G_N_ELEMENTS (family_names))];
  const char *household = household_notes[g_rand_int_range (rand, 0, G_N_ELEMENTS (household_notes))];
  g_autofree char *uuid = case_uuid (i);
  g_autofree char *name = g_strdup_printf ("%s %s", first, family);
  g_autofree char *born = g_strdup_printf ("%d-0%d-1%d", g_rand_int_range (rand, 1950, 2005),
                                           g_rand_int_range (rand, 1, 10), g_rand_int_range (rand, 0, 9));
  g_autofree char *address = g_strdup_printf ("%s %d, 641%d AB Heerlen",
                                              streets[g_rand_int_range (rand, 0, G_N_ELEMENTS (streets))],
                                              g_rand_int_range (rand, 1, 201), g_rand_int_range (rand, 0, 9));
  g_autofree char *phone = g_strdup_printf ("045 %03d %04d", g_rand_int_range (rand, 100, 1000),
                                            g_rand_int_range (rand, 0, 10000));
  g_autofree char *email = g_strdup_printf ("%c%s.%u@example.nl", g_ascii_tolower (first[0]), first + 1, i);
  g_autofree char *note = g_strdup_printf ("%s %s Afspraken: wekelijks contact, volgende stap besproken met de bewoner. "
                                           "Huisbezoek gepland; taalniveau wordt nog getoetst door WerkvoorHeerlen. "
                                           "Huishouden: partner, twee kinderen, geen inwonende ouders. Budget besproken.",
                                           household, household);

  bw_case_set_uuid (c, uuid);
  bw_case_set_name (c, name);
  bw_case_set_date_of_birth (c, born);
  bw_case_set_address (c, address);
  bw_case_set_phone (c, phone);
  bw_case_set_email (c, email);
  bw_case_set_household_note (c, note);
  bw_case_set_buurt_code (c, buurten[g_rand_int_range (rand, 0, G_N_ELEMENTS (buurten))]);
  bw_case_set_household_size (c, g_rand_int_range (rand, 1, 6));
  bw_case_set_status (c, g_rand_double (rand) < 0.3 ? BW_CASE_STATUS_INTAKE : BW_CASE_STATUS_ACTIVE);
  bw_case_set_track (c, g_rand_int_range (rand, BW_TRACK_NONE, BW_TRACK_DEVELOPMENT + 1));
  bw_case_set_opened_on (c, "2026-03-02");
  bw_case_set_has_debts (c, g_rand_double (rand) < 0.4);
  bw_case_set_debt_amount (c, g_rand_int_range (rand, 0, 2000000));
  bw_case_set_debt_route (c, g_rand_int_range (rand, BW_DEBT_ROUTE_NONE, BW_DEBT_ROUTE_KBL_AMICABLE + 1));
  bw_case_set_language_need (c, g_rand_int_range (rand, BW_LANGUAGE_NEED_NONE, BW_LANGUAGE_NEED_COURSE_NEEDED + 1));
  return c;
}

static JsonObject *
new_case_change (guint i)
{
  g_autoptr(BwCase) record = make_case (i);
  g_autofree char *ccid = g_uuid_string_random ();
  JsonObject *change = json_object_new ();

  json_object_set_string_member (change, "client_change_id", ccid);
  json_object_set_string_member (change, "type", "case");
  json_object_set_string_member (change, "uuid", bw_case_get_uuid (record));
  json_object_set_string_member (change, "case_uuid", bw_case_get_uuid (record));
  json_object_set_int_member (change, "base_revision", 0);
  json_object_set_object_member (change, "fields", bw_record_json_case_fields (record));
  return change;
}

/* N cases of one team, pushed in batches of the largest push straight
 * into the store (set-up, not the measurement), as bench-load fills. */
static void
fill_server (BwServerStore *store,
             BwServerUser  *user)
{
  gint64 start = g_get_monotonic_time ();

  for (guint done = 0; done < n_cases;)
    {
      g_autoptr(JsonObject) body = json_object_new ();
      g_autoptr(JsonNode) node = NULL;
      g_autoptr(JsonObject) answer = NULL;
      g_autoptr(GError) error = NULL;
      JsonArray *changes = json_array_new ();

      for (guint i = 0; i < BW_SERVER_MAX_PUSH && done < n_cases; i++, done++)
        json_array_add_object_element (changes, new_case_change (done));
      json_object_set_array_member (body, "changes", changes);
      node = json_node_init_object (json_node_alloc (), json_object_ref (body));
      answer = bw_server_store_push (store, user, node, &error);
      g_assert_no_error (error);
      /* Progress on a terminal; a log gets the last line only. */
      if (isatty (STDOUT_FILENO) && (done % 10000 == 0 || done == n_cases))
        g_print ("\r  filling the server: %u of %u cases", done, n_cases);
    }
  g_print ("%s  filled the server with %u cases in %.1f s%20s\n", isatty (STDOUT_FILENO) ? "\r" : "",
           n_cases, ms_since (start) / 1000, "");
}

/* The cached server database: users "bench" (the desktop) and "teammate"
 * (who changes cases) in one team, and N cases of that team. */
static char *
prepare_server_master (void)
{
  char *path = cache_path ("server");
  g_autoptr(BwServerStore) store = NULL;
  g_autoptr(BwServerUser) bench = NULL;
  g_autoptr(GError) error = NULL;

  if (!opt_fresh && g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_print ("  using the cached %s\n", path);
      return path;
    }
  remove_db (path);
  store = bw_server_store_open (path, &error);
  g_assert_no_error (error);
  bw_server_store_add_user (store, "bench", "Bench Buurtteam", BW_ROLE_BUURTTEAM, TEAM, NULL, PASSWORD, &error);
  g_assert_no_error (error);
  bw_server_store_add_user (store, "teammate", "Bench Teammate", BW_ROLE_BUURTTEAM, TEAM, NULL, PASSWORD, &error);
  g_assert_no_error (error);
  bench = bw_server_store_find_user (store, "bench", NULL);
  fill_server (store, bench);
  return path;
}

/* How big a case is on the wire: the first feed page, per record. */
static double
wire_bytes_per_case (BwServerStore *store,
                     BwServerUser  *user)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *page = NULL;
  guint n = 0;
  gboolean more;

  page = bw_server_store_get_changes (store, user, 0, 1000, &n, &more, &error);
  g_assert_no_error (error);
  return n > 0 ? (double) strlen (page) / n : 0;
}

typedef struct {
  char *db;
  char *log;
  char *url;
  char *token;           /* the desktop's */
  char *teammate_token;
  GHashTable *revisions; /* uuid -> gint64 revision, of the cases changed */
  GPid pid;
} Server;

static void
stop_with_parent (gpointer user_data)
{
  prctl (PR_SET_PDEATHSIG, SIGTERM);
}

/* This run's copy of the master, with tokens, and the revisions of the
 * cases the incremental rows change. */
static void
server_prepare (Server     *server,
                const char *master)
{
  g_autoptr(BwServerStore) store = NULL;
  g_autoptr(BwServerUser) bench = NULL;
  g_autoptr(BwServerUser) teammate = NULL;
  g_autoptr(GError) error = NULL;
  gint64 expires = g_get_real_time () / G_USEC_PER_SEC + 12 * 3600;

  server->db = work_path ("server.db");
  server->log = work_path ("server.log");
  copy_file (master, server->db);
  store = bw_server_store_open (server->db, &error);
  g_assert_no_error (error);
  bench = bw_server_store_find_user (store, "bench", NULL);
  teammate = bw_server_store_find_user (store, "teammate", NULL);
  server->token = bw_server_store_new_token (store, bench->id, expires, &error);
  g_assert_no_error (error);
  server->teammate_token = bw_server_store_new_token (store, teammate->id, expires, &error);
  g_assert_no_error (error);
  g_print ("  a case on the wire: %.0f bytes (the feed's first page, per record)\n",
           wire_bytes_per_case (store, bench));

  server->revisions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint k = 0; k < CHANGED; k++)
    {
      g_autofree char *uuid = case_uuid (k * (n_cases / CHANGED));
      g_autoptr(JsonObject) answer = bw_server_store_get_record (store, bench, uuid, &error);
      JsonObject *record;

      g_assert_no_error (error);
      record = json_object_get_object_member (answer, "record");
      g_hash_table_insert (server->revisions, g_steal_pointer (&uuid),
                           GSIZE_TO_POINTER (json_object_get_int_member (record, "revision")));
    }
}

/* The real binary, as in production, its log in a file; default limits
 * (--rate 20 --burst 100 per token: at 1,000 records a page the engine's
 * initial sync of 100,000 is about 100 requests, inside the burst; the
 * 429s are counted at the end to show it). */
static void
server_start (Server *server)
{
  const char *argv[] = { opt_server, "serve", "--db", server->db, "--listen", "127.0.0.1:0", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(GIOChannel) channel = NULL;
  g_autofree char *line = NULL;
  int out_fd, log_fd;

  log_fd = g_open (server->log, O_WRONLY | O_CREAT | O_APPEND, 0600);
  g_assert_cmpint (log_fd, >=, 0);
  if (!g_spawn_async_with_pipes_and_fds (NULL, argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD,
                                         stop_with_parent, NULL, -1, -1, log_fd, NULL, NULL, 0,
                                         &server->pid, NULL, &out_fd, NULL, &error))
    g_error ("Cannot start %s: %s", opt_server, error->message);
  close (log_fd);
  channel = g_io_channel_unix_new (out_fd);
  g_io_channel_set_close_on_unref (channel, TRUE);
  if (g_io_channel_read_line (channel, &line, NULL, NULL, &error) != G_IO_STATUS_NORMAL ||
      !g_str_has_prefix (line, "listening on "))
    g_error ("The server did not start; see %s", server->log);
  g_strstrip (line);
  server->url = g_strdup (line + strlen ("listening on "));
}

static void
server_stop (Server *server)
{
  if (server->pid == 0)
    return;
  kill (server->pid, SIGTERM);
  waitpid (server->pid, NULL, 0);
  g_spawn_close_pid (server->pid);
  server->pid = 0;
}

/* How often the server said 429 (rate limit), from its log. */
static guint
server_count_429 (Server *server)
{
  g_autofree char *log = NULL;
  guint n = 0;

  if (!g_file_get_contents (server->log, &log, NULL, NULL))
    return 0;
  for (const char *p = log; (p = strstr (p, "status=429")) != NULL; p++)
    n++;
  return n;
}

/* The teammate changes CHANGED cases spread over all N, over HTTP as
 * another desktop would (not timed). */
static void
server_change_cases (Server *server,
                     guint   round)
{
  g_autoptr(SoupSession) session = soup_session_new ();
  g_autofree char *url = g_strconcat (server->url, "/api/v1/push", NULL);
  g_autofree char *bearer = g_strconcat ("Bearer ", server->teammate_token, NULL);
  g_autoptr(SoupMessage) msg = soup_message_new ("POST", url);
  g_autoptr(JsonObject) body = json_object_new ();
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GBytes) request = NULL;
  g_autoptr(GBytes) answer = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  JsonArray *changes = json_array_new ();
  JsonArray *results;

  for (guint k = 0; k < CHANGED; k++)
    {
      g_autofree char *uuid = case_uuid (k * (n_cases / CHANGED));
      g_autofree char *ccid = g_uuid_string_random ();
      g_autofree char *note = g_strdup_printf ("Gewijzigd door een collega, ronde %u: nieuwe afspraken gemaakt.", round);
      JsonObject *change = json_object_new ();
      JsonObject *fields = json_object_new ();

      json_object_set_string_member (fields, "household_note", note);
      json_object_set_string_member (change, "client_change_id", ccid);
      json_object_set_string_member (change, "type", "case");
      json_object_set_string_member (change, "uuid", uuid);
      json_object_set_string_member (change, "case_uuid", uuid);
      json_object_set_int_member (change, "base_revision",
                                  GPOINTER_TO_SIZE (g_hash_table_lookup (server->revisions, uuid)));
      json_object_set_object_member (change, "fields", fields);
      json_array_add_object_element (changes, change);
    }
  json_object_set_array_member (body, "changes", changes);
  node = json_node_init_object (json_node_alloc (), json_object_ref (body));
  text = json_to_string (node, FALSE);
  request = g_bytes_new (text, strlen (text));
  soup_message_set_request_body_from_bytes (msg, "application/json", request);
  soup_message_headers_replace (soup_message_get_request_headers (msg), "Authorization", bearer);
  answer = soup_session_send_and_read (session, msg, NULL, &error);
  g_assert_no_error (error);
  if (soup_message_get_status (msg) != SOUP_STATUS_OK)
    g_error ("Changing cases on the server: HTTP %u", soup_message_get_status (msg));
  json_parser_load_from_data (parser, g_bytes_get_data (answer, NULL), g_bytes_get_size (answer), &error);
  g_assert_no_error (error);
  results = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "results");
  for (guint k = 0; k < json_array_get_length (results); k++)
    {
      JsonObject *result = json_array_get_object_element (results, k);

      if (!g_str_equal (json_object_get_string_member (result, "status"), "applied"))
        g_error ("Changing cases on the server: %s", json_object_get_string_member (result, "status"));
      g_hash_table_insert (server->revisions, g_strdup (json_object_get_string_member (result, "uuid")),
                           GSIZE_TO_POINTER (json_object_get_int_member (result, "revision")));
    }
}

/* Our desktop's sync engine */

typedef struct {
  gboolean done;
  GError *error;
} SyncResult;

static void
sync_done (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  SyncResult *r = user_data;

  bw_sync_engine_sync_finish (BW_SYNC_ENGINE (source), result, &r->error);
  r->done = TRUE;
}

/* One sync of @engine, in ms; the main context runs as the window's would. */
static double
engine_sync (BwSyncEngine *engine)
{
  SyncResult r = { 0 };
  gint64 start = g_get_monotonic_time ();
  double ms;

  bw_sync_engine_sync_async (engine, NULL, sync_done, &r);
  while (!r.done)
    g_main_context_iteration (NULL, TRUE);
  ms = ms_since (start);
  if (r.error != NULL)
    g_error ("The sync failed: %s", r.error->message);
  return ms;
}

typedef struct {
  BwCaseStore *store;
  BwSyncEngine *engine;
} Desktop;

/* Opening the store (its schema, for a new file) is not part of the sync. */
static void
desktop_open (Desktop    *desktop,
              const char *path,
              Server     *server)
{
  g_autoptr(GError) error = NULL;

  desktop->store = bw_case_store_open (path, "Bench Buurtteam", &error);
  g_assert_no_error (error);
  desktop->engine = bw_sync_engine_new (desktop->store, &error);
  g_assert_no_error (error);
  bw_sync_engine_set_server (desktop->engine, server->url, server->token);
}

static void
desktop_close (Desktop *desktop)
{
  g_clear_object (&desktop->engine);
  g_clear_object (&desktop->store);
}

/* The reference: PouchDB, driven through bench/peer/pouchdb-peer.js */

typedef struct {
  GPid pid;
  GOutputStream *in;
  GDataInputStream *out;
  char *skipped;         /* why, when it cannot run */
} Peer;

static char *
peer_missing (void)
{
  g_autofree char *node = g_find_program_in_path ("node");
  const char *packages[] = { "pouchdb-node", "express-pouchdb", "express" };

  if (node == NULL)
    return g_strdup ("node is not installed");
  if (!g_file_test (opt_peer_script, G_FILE_TEST_EXISTS))
    return g_strdup_printf ("%s is missing", opt_peer_script);
  for (guint i = 0; i < G_N_ELEMENTS (packages); i++)
    {
      g_autofree char *dir = g_build_filename (opt_peer_dir, "node_modules", packages[i], NULL);

      if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
        return g_strdup_printf ("%s is not installed in %s", packages[i], opt_peer_dir);
    }
  return NULL;
}

/* Reads the driver's next "peer ..." line. */
static char *
peer_read_line (Peer *peer)
{
  g_autoptr(GError) error = NULL;
  char *line = g_data_input_stream_read_line_utf8 (peer->out, NULL, NULL, &error);

  if (line == NULL)
    g_error ("The PouchDB driver ended: %s", error ? error->message : "end of output");
  if (g_str_has_prefix (line, "peer error"))
    g_error ("The PouchDB driver: %s", line);
  return line;
}

/* The value of "key=value" in a line of words. */
static double
line_value (const char *line,
            const char *key)
{
  g_auto(GStrv) words = g_strsplit (line, " ", -1);
  g_autofree char *prefix = g_strconcat (key, "=", NULL);

  for (guint i = 0; words[i] != NULL; i++)
    if (g_str_has_prefix (words[i], prefix))
      return g_ascii_strtod (words[i] + strlen (prefix), NULL);
  return -1;
}

static void
peer_start (Peer *peer)
{
  g_autofree char *node = g_find_program_in_path ("node");
  g_autofree char *n = g_strdup_printf ("%u", n_cases);
  g_autofree char *modules = NULL;
  g_autofree char *line = NULL;
  const char *argv[] = { node, opt_peer_script, "--n", n, "--dir", work_dir, "--cache", cache_dir, NULL };
  g_auto(GStrv) env = g_get_environ ();
  g_autoptr(GError) error = NULL;
  int in_fd, out_fd;

  peer->skipped = peer_missing ();
  if (peer->skipped != NULL)
    return;
  modules = g_build_filename (opt_peer_dir, "node_modules", NULL);
  env = g_environ_setenv (env, "NODE_PATH", modules, TRUE);
  if (!g_spawn_async_with_pipes_and_fds (NULL, argv, (const char * const *) env, G_SPAWN_DO_NOT_REAP_CHILD,
                                         stop_with_parent, NULL, -1, -1, -1, NULL, NULL, 0,
                                         &peer->pid, &in_fd, &out_fd, NULL, &error))
    {
      peer->skipped = g_strdup_printf ("node did not start: %s", error->message);
      return;
    }
  peer->in = g_unix_output_stream_new (in_fd, TRUE);
  peer->out = g_data_input_stream_new (g_unix_input_stream_new (out_fd, TRUE));
  g_print ("  starting PouchDB (the first time for this N it fills its server)\n");
  line = peer_read_line (peer);
  g_print ("  %s\n", line);
}

/* Sends @command and returns the ms of its answer line. */
static double
peer_run (Peer       *peer,
          const char *command,
          const char *answer)
{
  g_autofree char *text = g_strconcat (command, "\n", NULL);
  g_autofree char *line = NULL;
  g_autoptr(GError) error = NULL;

  if (!g_output_stream_write_all (peer->in, text, strlen (text), NULL, NULL, &error))
    g_error ("The PouchDB driver: %s", error->message);
  line = peer_read_line (peer);
  if (!g_str_has_prefix (line, answer))
    g_error ("The PouchDB driver answered \"%s\" to %s", line, command);
  g_print ("    reference: %s\n", line);
  return line_value (line, "ms");
}

static void
peer_stop (Peer *peer)
{
  if (peer->pid == 0)
    return;
  g_output_stream_write_all (peer->in, "quit\n", 5, NULL, NULL, NULL);
  g_output_stream_close (peer->in, NULL, NULL);
  waitpid (peer->pid, NULL, 0);
  g_spawn_close_pid (peer->pid);
  g_clear_object (&peer->in);
  g_clear_object (&peer->out);
  peer->pid = 0;
}

/* The app's window and the bare window, as processes */

typedef struct {
  GString *out;
  gboolean out_done;
  gboolean exited;
  gboolean timed_out;
  int status;
  GPid pid;
} WindowProcess;

static void
new_process_group (gpointer user_data)
{
  /* A group of its own, so that a timeout ends the app and anything it
   * started; and it ends with us. */
  setpgid (0, 0);
  prctl (PR_SET_PDEATHSIG, SIGKILL);
}

static gboolean
probe_read (GIOChannel   *channel,
            GIOCondition  condition,
            gpointer      user_data)
{
  WindowProcess *probe = user_data;
  char buf[4096];
  gsize n = 0;
  GIOStatus status = g_io_channel_read_chars (channel, buf, sizeof buf, &n, NULL);

  g_string_append_len (probe->out, buf, n);
  if (status == G_IO_STATUS_EOF || status == G_IO_STATUS_ERROR)
    {
      probe->out_done = TRUE;
      return G_SOURCE_REMOVE;
    }
  return G_SOURCE_CONTINUE;
}

static void
probe_exited (GPid     pid,
              int      status,
              gpointer user_data)
{
  WindowProcess *probe = user_data;

  probe->status = status;
  probe->exited = TRUE;
  g_spawn_close_pid (pid);
}

static gboolean
probe_timeout (gpointer user_data)
{
  WindowProcess *probe = user_data;

  probe->timed_out = TRUE;
  kill (-probe->pid, SIGKILL);
  return G_SOURCE_REMOVE;
}

/* The environment of a window: its own home and settings in memory (never
 * the user's), the build tree's schemas, the cairo renderer. */
static char **
window_environ (void)
{
  g_autofree char *home = work_path ("home");
  char **env = g_get_environ ();
  const struct { const char *name, *dir; } dirs[] = {
    { "XDG_CONFIG_HOME", "config" }, { "XDG_DATA_HOME", "data" },
    { "XDG_CACHE_HOME", "cache" }, { "XDG_STATE_HOME", "state" },
  };

  g_mkdir_with_parents (home, 0700);
  env = g_environ_setenv (env, "HOME", home, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (dirs); i++)
    {
      g_autofree char *dir = g_build_filename (home, dirs[i].dir, NULL);
      env = g_environ_setenv (env, dirs[i].name, dir, TRUE);
    }
  env = g_environ_setenv (env, "GSETTINGS_SCHEMA_DIR", opt_schemas, TRUE);
  env = g_environ_setenv (env, "GSETTINGS_BACKEND", "memory", TRUE);
  env = g_environ_setenv (env, "GSK_RENDERER", "cairo", TRUE);
  env = g_environ_setenv (env, "GTK_A11Y", "none", TRUE);
  env = g_environ_unsetenv (env, "BUURTWERK_SERVER_URL");
  env = g_environ_unsetenv (env, "BUURTWERK_TOKEN");
  env = g_environ_unsetenv (env, "BUURTWERK_PROBE");
  return env;
}

/* The window's log goes with the work directory at the end: its last
 * lines are shown when a window fails. */
static void
print_tail (const char *path,
            guint       n)
{
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  guint len;

  if (!g_file_get_contents (path, &text, NULL, NULL))
    return;
  lines = g_strsplit (text, "\n", -1);
  len = g_strv_length (lines);
  for (guint i = len > n ? len - n : 0; i < len; i++)
    if (*lines[i] != '\0')
      g_print ("      %s\n", lines[i]);
}

/* Runs @argv until it exits (or @timeout_s passes) and returns its stdout;
 * its stderr goes to window.log in the work directory. NULL on failure. */
static char *
run_window (const char * const *argv,
            char              **env,
            guint               timeout_s)
{
  g_autofree char *log = work_path ("window.log");
  g_autoptr(GError) error = NULL;
  g_autoptr(GIOChannel) channel = NULL;
  WindowProcess probe = { 0 };
  guint timeout;
  int out_fd, log_fd;

  log_fd = g_open (log, O_WRONLY | O_CREAT | O_APPEND, 0600);
  if (!g_spawn_async_with_pipes_and_fds (NULL, argv, (const char * const *) env, G_SPAWN_DO_NOT_REAP_CHILD,
                                         new_process_group, NULL, -1, -1, log_fd, NULL, NULL, 0,
                                         &probe.pid, NULL, &out_fd, NULL, &error))
    g_error ("Cannot start %s: %s", argv[0], error->message);
  close (log_fd);
  probe.out = g_string_new (NULL);
  channel = g_io_channel_unix_new (out_fd);
  g_io_channel_set_close_on_unref (channel, TRUE);
  g_io_add_watch (channel, G_IO_IN | G_IO_HUP | G_IO_ERR, probe_read, &probe);
  g_child_watch_add (probe.pid, probe_exited, &probe);
  timeout = g_timeout_add_seconds (timeout_s, probe_timeout, &probe);
  while (!probe.exited || !probe.out_done)
    g_main_context_iteration (NULL, TRUE);
  if (!probe.timed_out)
    g_source_remove (timeout);
  if (probe.timed_out || !g_spawn_check_wait_status (probe.status, NULL))
    {
      g_print ("    %s %s; the end of its stderr:\n", argv[0], probe.timed_out ? "timed out" : "failed");
      print_tail (log, 10);
      g_string_free (probe.out, TRUE);
      return NULL;
    }
  return g_string_free (probe.out, FALSE);
}

/* The line of @out that starts with @prefix, or NULL. */
static char *
find_line (const char *out,
           const char *prefix)
{
  g_auto(GStrv) lines = g_strsplit (out ? out : "", "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], prefix))
      return g_strdup (lines[i]);
  return NULL;
}

typedef struct {
  double ms;             /* probe rows: ms since start; probe sync: took-ms */
  double rss_kib;
  double longest_stall_ms;
  double stalls;
  double items;
} WindowRun;

/* The app with BUURTWERK_PROBE=@what on @db; with @server, syncing with it
 * as the desktop's user. */
static gboolean
run_app (const char *what,
         const char *db,
         Server     *server,
         WindowRun  *run)
{
  g_auto(GStrv) env = window_environ ();
  const char *argv[] = { opt_app, "--database", db, "--no-demo-data", NULL };
  g_autofree char *out = NULL;
  g_autofree char *prefix = g_strdup_printf ("probe %s ", what);
  g_autofree char *line = NULL;
  g_autofree char *rss = NULL;

  env = g_environ_setenv (env, "BUURTWERK_PROBE", what, TRUE);
  if (server != NULL)
    {
      env = g_environ_setenv (env, "BUURTWERK_SERVER_URL", server->url, TRUE);
      env = g_environ_setenv (env, "BUURTWERK_TOKEN", server->token, TRUE);
    }
  out = run_window (argv, env, 120 + n_cases / 100);
  line = find_line (out, prefix);
  rss = find_line (out, "probe rss-peak-kib=");
  if (line == NULL || rss == NULL)
    {
      g_print ("    the app printed no \"%s\" line\n", prefix);
      return FALSE;
    }
  g_print ("    ours: %s %s\n", line, rss);
  run->ms = line_value (line, g_str_equal (what, "sync") ? "took-ms" : "ms");
  run->items = line_value (line, g_str_equal (what, "sync") ? "cases" : "items");
  run->longest_stall_ms = line_value (line, "longest-stall-ms");
  run->stalls = line_value (line, "stalls");
  run->rss_kib = line_value (rss, "rss-peak-kib");
  return TRUE;
}

static gboolean
run_bare_window (WindowRun *run)
{
  g_auto(GStrv) env = window_environ ();
  const char *argv[] = { opt_bare, NULL };
  g_autofree char *out = run_window (argv, env, 60);
  g_autofree char *line = find_line (out, "probe rows ");
  g_autofree char *rss = find_line (out, "probe rss-peak-kib=");

  if (line == NULL || rss == NULL)
    return FALSE;
  g_print ("    reference: %s %s\n", line, rss);
  run->ms = line_value (line, "ms");
  run->rss_kib = line_value (rss, "rss-peak-kib");
  return TRUE;
}

/* The rows */

/* Alternating, and the other one first every other round, so that a
 * machine getting busier or quieter does not favour either. */
static gboolean
ours_first (guint round)
{
  return round % 2 == 0;
}

static void
skip_peer_row (const char *what,
               Peer       *peer)
{
  note ("%s: PouchDB skipped: %s (install it with build-aux/install-bench-peer)", what, peer->skipped);
}

/* Row: initial sync, the engine alone. Returns the last round's desktop:
 * it holds N, in sync. Each round's file has its own name: the engine's
 * worker may close its connection a little after the engine is gone. */
static char *
row_initial_engine (Server *server,
                    Peer   *peer)
{
  char *synced = NULL;
  const char *what = "initial sync of N cases, the sync engine alone";
  g_autoptr(GArray) ours = samples_new ();
  g_autoptr(GArray) reference = samples_new ();

  g_print ("\n%s\n", what);
  for (guint r = 0; r < (guint) opt_rounds; r++)
    for (guint turn = 0; turn < 2; turn++)
      {
        if ((turn == 0) == ours_first (r))
          {
            g_autofree char *name = g_strdup_printf ("engine-initial-%u.db", r);
            char *path = work_path (name);
            Desktop desktop = { 0 };
            double ms;
            gint64 count;

            remove_db (path);
            desktop_open (&desktop, path, server);
            ms = engine_sync (desktop.engine);
            count = bw_case_store_count_cases (desktop.store);
            desktop_close (&desktop);
            g_print ("    ours: %.1f ms, %" G_GINT64_FORMAT " cases\n", ms, count);
            if (count != n_cases)
              g_error ("The desktop holds %" G_GINT64_FORMAT " cases, not %u", count, n_cases);
            samples_add (ours, ms);
            if (synced != NULL)
              remove_db (synced);
            g_free (synced);
            synced = path;
          }
        else if (peer->skipped == NULL)
          samples_add (reference, peer_run (peer, "initial", "peer initial-sync"));
      }
  if (peer->skipped != NULL)
    skip_peer_row (what, peer);
  table_add (what, format_samples (ours, "s"), peer->skipped ? g_strdup ("skipped") :
             g_strdup_printf ("PouchDB %s", format_samples (reference, "s")),
             format_ratio (ours, reference), "≤ 0.15");
  return synced;
}

/* The cases in a desktop's database, read on a connection of our own. */
static gint64
count_cases (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 n = -1;

  if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK &&
      sqlite3_prepare_v2 (db, "SELECT count (*) FROM cases WHERE deleted = 0", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return n;
}

/* Row: the same initial sync in the app's window. */
static void
row_initial_window (Server *server,
                    Peer   *peer)
{
  const char *what = "the same initial sync in the real app window";
  g_autoptr(GArray) ours = samples_new ();
  g_autoptr(GArray) reference = samples_new ();
  g_autoptr(GArray) rss = samples_new ();
  g_autoptr(GArray) stall = samples_new ();
  guint short_lists = 0;
  double fewest_items = G_MAXDOUBLE;

  g_print ("\n%s\n", what);
  for (guint r = 0; r < (guint) opt_rounds; r++)
    for (guint turn = 0; turn < 2; turn++)
      {
        if ((turn == 0) == ours_first (r))
          {
            g_autofree char *path = work_path ("window-initial.db");
            WindowRun run = { 0 };

            remove_db (path);
            if (run_app ("sync", path, server, &run))
              {
                gint64 stored = count_cases (path);

                if (stored != n_cases)
                  g_error ("The app's database holds %" G_GINT64_FORMAT " cases, not %u", stored, n_cases);
                if (run.items != n_cases)
                  {
                    short_lists++;
                    fewest_items = MIN (fewest_items, run.items);
                  }
                samples_add (ours, run.ms);
                samples_add (rss, run.rss_kib);
                samples_add (stall, run.longest_stall_ms);
              }
            remove_db (path);
          }
        else if (peer->skipped == NULL)
          samples_add (reference, peer_run (peer, "initial", "peer initial-sync"));
      }
  if (peer->skipped != NULL)
    skip_peer_row (what, peer);
  table_add (what, format_samples (ours, "s"), peer->skipped ? g_strdup ("skipped") :
             g_strdup_printf ("PouchDB %s", format_samples (reference, "s")),
             format_ratio (ours, reference), "≤ 0.15");
  if (short_lists > 0)
    note ("in %u of %u runs the app's case list showed fewer cases (down to %.0f) than the %u in its "
          "database when its initial sync ended: its last query was still running",
          short_lists, ours->len, fewest_items, n_cases);
  if (ours->len > 0)
    {
      g_autofree char *r = format_samples (rss, "MiB");
      g_autofree char *s = format_samples (stall, "ms");
      note ("the window's initial sync: peak RSS %s, longest main-loop stall %s", r, s);
    }
}

/* Row: incremental sync of CHANGED cases into @synced, which holds N. */
static void
row_incremental_engine (Server     *server,
                        Peer       *peer,
                        const char *synced)
{
  const char *what = "incremental sync of 100 changed cases into a desktop holding N";
  g_autoptr(GArray) ours = samples_new ();
  g_autoptr(GArray) reference = samples_new ();
  Desktop desktop = { 0 };

  g_print ("\n%s\n", what);
  desktop_open (&desktop, synced, server);
  /* Anything left over from the initial sync is not part of the figure. */
  engine_sync (desktop.engine);
  for (guint r = 0; r < (guint) opt_rounds; r++)
    for (guint turn = 0; turn < 2; turn++)
      {
        if ((turn == 0) == ours_first (r))
          {
            double ms;

            server_change_cases (server, change_round++);
            ms = engine_sync (desktop.engine);
            g_print ("    ours: %.1f ms\n", ms);
            samples_add (ours, ms);
          }
        else if (peer->skipped == NULL)
          samples_add (reference, peer_run (peer, "incremental", "peer incremental-sync"));
      }
  desktop_close (&desktop);
  if (peer->skipped != NULL)
    skip_peer_row (what, peer);
  table_add (what, format_samples (ours, "ms"), peer->skipped ? g_strdup ("skipped") :
             g_strdup_printf ("PouchDB %s", format_samples (reference, "ms")),
             format_ratio (ours, reference), "≤ 0.5, flat in store size");
}

/* Row: the window during an incremental sync, on @db (holds N, in sync;
 * each round leaves it in sync for the next). */
static void
row_incremental_window (Server     *server,
                        const char *db)
{
  const char *what = "the window during an incremental sync at N";
  g_autoptr(GArray) stall = samples_new ();
  g_autoptr(GArray) stalls = samples_new ();
  g_autoptr(GArray) took = samples_new ();

  g_print ("\n%s\n", what);
  for (guint r = 0; r < (guint) opt_rounds; r++)
    {
      WindowRun run = { 0 };

      server_change_cases (server, change_round++);
      if (!run_app ("sync", db, server, &run))
        continue;
      samples_add (stall, run.longest_stall_ms);
      samples_add (stalls, run.stalls);
      samples_add (took, run.ms);
    }
  if (stall->len > 0)
    {
      double min, max;

      samples_range (stalls, &min, &max);
      table_add (what, g_strdup_printf ("longest stall %s; %.0f–%.0f stalls over 16 ms; sync %s",
                                        format_samples (stall, "ms"), min, max, format_samples (took, "ms")),
                 g_strdup ("-"), g_strdup ("-"), "no stall over 16 ms");
    }
  else
    table_add (what, g_strdup ("failed"), g_strdup ("-"), g_strdup ("-"), "no stall over 16 ms");
}

/* Search */

/* Realistic terms for the demo data (bw-demo-data.c): a surname, a first
 * name, a street, a buurt named in journal notes, a word of the debt
 * notes, and one and two letters as typed at the start of a search. */
static const char * const search_terms[] = {
  "Janssen", "Sjaak", "Akerstraat", "Meezenbroek", "schuld", "m", "he",
};

/* The store of N demo cases (with journals, actions and scores, as
 * bench-case-list), made once per N. */
static char *
prepare_search_store (void)
{
  char *path = cache_path ("search");
  g_autoptr(BwCaseStore) store = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start;

  if (!opt_fresh && g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_print ("  using the cached %s\n", path);
      return path;
    }
  remove_db (path);
  store = bw_case_store_open (path, "Bench Buurtteam", &error);
  g_assert_no_error (error);
  g_print ("  filling %s with %u demo cases (kept for the next runs)\n", path, n_cases);
  start = g_get_monotonic_time ();
  if (!bw_demo_data_fill (store, n_cases, 1, &error))
    g_error ("Demo data: %s", error->message);
  g_print ("  filled in %.1f s\n", ms_since (start) / 1000);
  return path;
}

/* The reference: the full-text index alone, on its own connection, with
 * the same expression as the store builds (every word a prefix). */
static double
bare_match (sqlite3_stmt *stmt,
            const char   *term,
            guint        *rows)
{
  g_autofree char *expr = g_strdup_printf ("\"%s\"*", term);
  gint64 start = g_get_monotonic_time ();
  double ms;

  sqlite3_bind_text (stmt, 1, expr, -1, SQLITE_TRANSIENT);
  *rows = 0;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    (*rows)++;
  sqlite3_reset (stmt);
  ms = ms_since (start);
  return ms;
}

static double
store_search (BwCaseStore *store,
              const char  *term,
              guint       *rows)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  BwCaseQuery q;
  gint64 start;
  double ms;

  bw_case_query_init (&q);
  q.text = g_strdup (term);
  start = g_get_monotonic_time ();
  ids = bw_case_store_query_ids (store, &q, &error);
  ms = ms_since (start);
  g_assert_no_error (error);
  *rows = ids->len;
  bw_case_query_clear (&q);
  return ms;
}

static void
row_search (void)
{
  const char *what = "search at N, 7 terms";
  g_autofree char *path = prepare_search_store ();
  g_autoptr(BwCaseStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ours_medians = samples_new ();
  g_autoptr(GArray) ref_medians = samples_new ();
  g_autoptr(GArray) ratios = samples_new ();
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  double min, max;

  g_print ("\n%s (the store of N demo cases)\n", what);
  store = bw_case_store_open (path, "Bench Buurtteam", &error);
  g_assert_no_error (error);
  if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2 (db, "SELECT rowid FROM case_fts WHERE case_fts MATCH ?1 ORDER BY rank LIMIT 100",
                          -1, &stmt, NULL) != SQLITE_OK)
    g_error ("The bare FTS5 query: %s", sqlite3_errmsg (db));

  for (guint t = 0; t < G_N_ELEMENTS (search_terms); t++)
    {
      g_autoptr(GArray) ours = samples_new ();
      g_autoptr(GArray) reference = samples_new ();
      guint ours_rows = 0, ref_rows = 0;

      /* Once each, not counted: the pages are then in the cache for both,
       * as for a search typed into a window that has been open a while. */
      store_search (store, search_terms[t], &ours_rows);
      bare_match (stmt, search_terms[t], &ref_rows);
      for (guint r = 0; r < (guint) opt_rounds; r++)
        for (guint turn = 0; turn < 2; turn++)
          if ((turn == 0) == ours_first (r))
            samples_add (ours, store_search (store, search_terms[t], &ours_rows));
          else
            samples_add (reference, bare_match (stmt, search_terms[t], &ref_rows));
      g_print ("    \"%s\": ours %.2f ms (%u matches, sorted by name), bare MATCH %.2f ms (best %u by rank), %.1f×\n",
               search_terms[t], samples_median (ours), ours_rows, samples_median (reference), ref_rows,
               samples_median (ours) / MAX (samples_median (reference), 0.001));
      samples_add (ours_medians, samples_median (ours));
      samples_add (ref_medians, samples_median (reference));
      samples_add (ratios, samples_median (ours) / MAX (samples_median (reference), 0.001));
    }
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  samples_range (ratios, &min, &max);
  {
    double omin, omax, rmin, rmax;

    samples_range (ours_medians, &omin, &omax);
    samples_range (ref_medians, &rmin, &rmax);
    table_add (what, g_strdup_printf ("%.2f–%.2f ms", omin, omax),
               g_strdup_printf ("bare FTS5 MATCH: %.2f–%.2f ms", rmin, rmax),
               g_strdup_printf ("median %.1f× (%.1f–%.1f)", samples_median (ratios), min, max), "≤ 1.5×");
  }
}

/* Rows: start-up to the first frame with rows, and the peak RSS, on @db
 * (holds N, in sync; no server, so no sync starts). */
static void
row_startup (const char *db)
{
  const char *what = "start-up to the first frame with rows, N synced cases";
  g_autoptr(GArray) ours = samples_new ();
  g_autoptr(GArray) reference = samples_new ();
  g_autoptr(GArray) ours_rss = samples_new ();
  g_autoptr(GArray) ref_rss = samples_new ();

  g_print ("\n%s\n", what);
  for (guint r = 0; r < (guint) opt_rounds; r++)
    for (guint turn = 0; turn < 2; turn++)
      {
        WindowRun run = { 0 };

        if ((turn == 0) == ours_first (r))
          {
            if (run_app ("rows", db, NULL, &run))
              {
                samples_add (ours, run.ms);
                samples_add (ours_rss, run.rss_kib);
              }
          }
        else if (run_bare_window (&run))
          {
            samples_add (reference, run.ms);
            samples_add (ref_rss, run.rss_kib);
          }
      }
  table_add (what, format_samples (ours, "s"),
             g_strdup_printf ("a bare GTK 4 window: %s", format_samples (reference, "s")),
             format_ratio (ours, reference), "≤ 2×");
  table_add ("peak RSS at N (cairo), at the first frame with rows", format_samples (ours_rss, "MiB"),
             g_strdup_printf ("bare GTK 4 window: %s", format_samples (ref_rss, "MiB")),
             ours_rss->len && ref_rss->len ?
               g_strdup_printf ("app's own share %.0f MiB",
                                (samples_median (ours_rss) - samples_median (ref_rss)) / 1024) :
               g_strdup ("-"),
             "app's own share < 40 MiB");
}

/* Set-up */

static char *
sibling_path (const char *argv0,
              const char *relative)
{
  g_autofree char *dir = g_path_get_dirname (argv0);

  return g_build_filename (dir, relative, NULL);
}

static void
default_paths (const char *argv0)
{
  /* _build/bench/bench-vs-peer -> _build/src/..., _build/data */
  if (opt_server == NULL)
    opt_server = sibling_path (argv0, "../src/server/buurtwerk-server");
  if (opt_app == NULL)
    opt_app = sibling_path (argv0, "../src/app/buurtwerk");
  if (opt_bare == NULL)
    opt_bare = sibling_path (argv0, "bench-bare-window");
  if (opt_schemas == NULL)
    opt_schemas = sibling_path (argv0, "../data");
  if (opt_peer_dir == NULL)
    opt_peer_dir = g_build_filename (BW_BENCH_SOURCE_ROOT, "_build-peer", NULL);
  if (opt_peer_script == NULL)
    opt_peer_script = g_build_filename (BW_BENCH_SOURCE_ROOT, "bench", "peer", "pouchdb-peer.js", NULL);
}

/* Why the window rows cannot run, or NULL. */
static char *
window_missing (void)
{
  if (opt_no_window)
    return g_strdup ("--no-window");
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    return g_strdup ("no display (run it under xvfb-run -a)");
  if (!g_file_test (opt_app, G_FILE_TEST_IS_EXECUTABLE))
    return g_strdup_printf ("%s is not built", opt_app);
  if (!g_file_test (opt_bare, G_FILE_TEST_IS_EXECUTABLE))
    return g_strdup_printf ("%s is not built", opt_bare);
  return NULL;
}

/* The table is UTF-8 (–, ≤, ×) whatever the locale: g_print would turn
 * those into "?" under LANG=C, as under meson's benchmark runner. */
static void
print_utf8 (const char *text)
{
  fputs (text, stdout);
  fflush (stdout);
}

static void
print_machine (void)
{
  g_autofree char *loadavg = NULL;

  if (g_file_get_contents ("/proc/loadavg", &loadavg, NULL, NULL))
    g_print ("  load average: %s", loadavg);
  g_print ("  cores: %u\n", g_get_num_processors ());
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("[N]");
  g_autoptr(GError) error = NULL;
  g_autofree char *tmpl = NULL;
  g_autofree char *master = NULL;
  g_autofree char *synced = NULL;
  g_autofree char *window_db = NULL;
  g_autofree char *no_window = NULL;
  Server server = { 0 };
  Peer peer = { 0 };
  struct statfs fs;

  g_set_print_handler (print_utf8);
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  /* The last N given wins, so that meson's --test-args can replace the
   * benchmark's 100000. */
  if (argc > 1)
    n_cases = (guint) g_ascii_strtoull (argv[argc - 1], NULL, 10);
  if (n_cases < CHANGED || opt_rounds < 1)
    {
      g_printerr ("N at least %d, --rounds at least 1\n", CHANGED);
      return 2;
    }
  default_paths (argv[0]);
  table = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);
  notes = g_ptr_array_new_with_free_func (g_free);

  cache_dir = g_build_filename (g_get_tmp_dir (), "buurtwerk-bench-vs-peer", NULL);
  g_mkdir_with_parents (cache_dir, 0700);
  g_chmod (cache_dir, 0700);
  tmpl = g_build_filename (opt_dir ? opt_dir : g_get_tmp_dir (), "bw-bench-vs-peer-XXXXXX", NULL);
  work_dir = g_mkdtemp (g_strdup (tmpl));
  g_assert_nonnull (work_dir);

  g_print ("Buurtwerk against other tools, %u cases, %d rounds each, side by side\n", n_cases, opt_rounds);
  print_machine ();
  if (statfs (work_dir, &fs) == 0 && fs.f_type == TMPFS_MAGIC)
    note ("%s is on tmpfs: fdatasync costs nothing there and flatters ours (use --dir)", work_dir);

  /* Set-up, not measured. */
  master = prepare_server_master ();
  server_prepare (&server, master);
  server_start (&server);
  g_print ("  buurtwerk-server at %s (default --rate 20 --burst 100)\n", server.url);
  peer_start (&peer);
  window_db = work_path ("window.db");
  no_window = window_missing ();

  synced = row_initial_engine (&server, &peer);
  if (no_window == NULL)
    row_initial_window (&server, &peer);
  else
    note ("the same initial sync in the real app window: skipped: %s", no_window);
  row_incremental_engine (&server, &peer, synced);
  peer_stop (&peer);

  copy_file (synced, window_db);
  if (no_window == NULL)
    row_incremental_window (&server, window_db);
  else
    note ("the window during an incremental sync: skipped: %s", no_window);
  server_stop (&server);
  note ("the server answered 429 (rate limit) %u times", server_count_429 (&server));

  row_search ();
  if (no_window == NULL)
    row_startup (window_db);
  else
    note ("start-up and peak RSS: skipped: %s", no_window);
  note ("server, 50 clients: not run here; bench/bench-load is that row's measurement (docs/performance.md)");

  g_print ("\nBuurtwerk against other tools, %u cases, medians of %d rounds (min–max)\n", n_cases, opt_rounds);
  print_machine ();
  table_print ();

  remove_tree (work_dir);
  return 0;
}
