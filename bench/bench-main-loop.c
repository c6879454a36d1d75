/* SPDX-License-Identifier: EUPL-1.2 */
/* What the window's main loop suffers while a user saves cases and a feed
 * comes in. A plain GMainLoop stands for the window's main loop (no GTK,
 * so it runs without a display); on it run, as in the app:
 *
 *   - a probe: a frame-clock-like tick every 16 ms (at G_PRIORITY_DEFAULT,
 *     the priority of input events) that records how late it ran. A tick
 *     more than 16 ms late is a stall: at least one frame, or a key press,
 *     waited that long;
 *   - saves as the case page makes them: every 50 ms a changed copy of one
 *     of 20 cases goes to the store's write thread
 *     (bw_case_store_write_async() running bw_case_store_update_case()),
 *     every fifth with a journal note in the same job; when it is done the
 *     page shows the saved copy, and after a note reads its journal list
 *     on the store's read thread (bw_case_store_read_async());
 *   - a BwCaseList over all cases, as the window's case list, reading the
 *     first screenful of rows again whenever its items change;
 *   - the sync engine pulling a feed of --feed new cases (pushed by a
 *     teammate) from the real buurtwerk-server binary on 127.0.0.1. Its
 *     worker thread applies the feed; its signals land on this loop.
 *
 * The desktop first holds --cases cases, in sync with the server (set-up,
 * not measured). With --feed 0 there is no sync at all: saves only, for
 * --duration seconds, to show what the saves cost by themselves (their
 * fdatasync, synchronous=FULL). The databases go to --dir (default
 * $TMPDIR): on tmpfs an fdatasync costs nothing and the figures would
 * flatter.
 *
 * Prints figures and exits 0; it asserts nothing about time.
 *
 *   ninja -C _build bench/bench-main-loop
 *   _build/bench/bench-main-loop [--cases 10000] [--feed 10000] [--duration 10]
 *                                [--server PATH] [--dir DIR]
 */
#include "config.h"

#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/vfs.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "bw-case-list.h"
#include "bw-case-store.h"
#include "bw-record-json.h"
#include "bw-server-store.h"
#include "bw-sync-engine.h"

#define TICK_US     16000
#define SAVE_MS     50
#define WORK_CASES  20
#define SCREENFUL   25
#define TEAM        "noord"
#define PASSWORD    "benchmark-password"

static int opt_cases = 10000;
static int opt_feed = 10000;
static int opt_duration = 10;
static char *opt_server;
static char *opt_dir;

static const GOptionEntry entries[] = {
  { "cases", 0, 0, G_OPTION_ARG_INT, &opt_cases, "Cases the desktop holds before the feed (default 10000)", "N" },
  { "feed", 0, 0, G_OPTION_ARG_INT, &opt_feed, "New records in the feed (default 10000; 0: saves only)", "N" },
  { "duration", 0, 0, G_OPTION_ARG_INT, &opt_duration, "Seconds of saves with --feed 0 (default 10)", "S" },
  { "server", 0, 0, G_OPTION_ARG_FILENAME, &opt_server, "The buurtwerk-server binary", "PATH" },
  { "dir", 0, 0, G_OPTION_ARG_FILENAME, &opt_dir, "Where the databases go (default $TMPDIR)", "DIR" },
  { NULL }
};

static double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* @values sorted. */
static double
percentile (GArray *values,
            double  p)
{
  guint i;

  if (values->len == 0)
    return 0;
  i = (guint) (p / 100.0 * (values->len - 1) + 0.5);
  return g_array_index (values, double, MIN (i, values->len - 1));
}

/* A stretch of time on the main thread, monotonic µs. */
typedef struct {
  gint64 from, to;
} Span;

/* Where the main thread was busy: saves and the case list, measured as
 * they run; what remains of a stall is the sync engine's own work on
 * the main thread (the feed page's JSON, announcing changes, waiting for
 * its lock). */
static GArray *save_spans;
static GArray *list_spans;

static void
span_add (GArray *spans,
          gint64  from)
{
  Span span = { from, g_get_monotonic_time () };

  g_array_append_val (spans, span);
}

/* How much of @stall (µs) falls in @spans. */
static gint64
overlap (GArray     *spans,
         const Span *stall)
{
  gint64 sum = 0;

  for (guint i = 0; i < spans->len; i++)
    {
      const Span *s = &g_array_index (spans, Span, i);
      gint64 from = MAX (s->from, stall->from), to = MIN (s->to, stall->to);

      if (to > from)
        sum += to - from;
    }
  return sum;
}

/* The probe */

typedef struct {
  GSource source;
  gint64 expected;      /* monotonic µs the next tick is due */
  GArray *lateness;     /* double, ms */
  GArray *stalls;       /* Span: from when a late tick was due to when it ran */
  guint missed_frames;
} Probe;

static gboolean
probe_dispatch (GSource     *source,
                GSourceFunc  callback,
                gpointer     user_data)
{
  Probe *probe = (Probe *) source;
  gint64 now = g_get_monotonic_time ();
  double late = (now - probe->expected) / 1000.0;
  gint64 periods = 1 + (now - probe->expected) / TICK_US;

  g_array_append_val (probe->lateness, late);
  if (now - probe->expected > TICK_US)
    {
      Span stall = { probe->expected, now };
      g_array_append_val (probe->stalls, stall);
    }
  /* Like a frame clock: the next tick on the grid, frames passed by are
   * missed, not made up. */
  probe->missed_frames += periods - 1;
  probe->expected += periods * TICK_US;
  g_source_set_ready_time (source, probe->expected);
  return G_SOURCE_CONTINUE;
}

static GSourceFuncs probe_funcs = { NULL, NULL, probe_dispatch, NULL, NULL, NULL };

static Probe *
probe_start (void)
{
  Probe *probe = (Probe *) g_source_new (&probe_funcs, sizeof (Probe));

  probe->lateness = g_array_new (FALSE, FALSE, sizeof (double));
  probe->stalls = g_array_new (FALSE, FALSE, sizeof (Span));
  probe->expected = g_get_monotonic_time () + TICK_US;
  g_source_set_priority (&probe->source, G_PRIORITY_DEFAULT);
  g_source_set_ready_time (&probe->source, probe->expected);
  g_source_set_name (&probe->source, "bench probe");
  g_source_attach (&probe->source, NULL);
  return probe;
}

/* The user */

typedef struct {
  BwCaseStore *store;
  BwCase *open[WORK_CASES];     /* what each page shows */
  gboolean saving[WORK_CASES];  /* a page saves one thing at a time */
  gint64 ids[WORK_CASES];
  guint n;
  GArray *save_ms;              /* double: queued to done */
  GArray *note_ms;              /* double: queued to done */
  guint failed;
  guint rows_read;
} User;

/* One save as the case page makes it: the changed case, and every fifth
 * time a journal note, in one job on the store's write thread. */
typedef struct {
  User *user;
  guint k;
  BwCase *edited;
  char *note;
  gint64 queued;
} Save;

static gboolean
save_job (BwCaseStore  *store,
          gpointer      data,
          GError      **error)
{
  Save *save = data;

  if (!bw_case_store_update_case (store, save->edited, NULL, error))
    return FALSE;
  return save->note == NULL ||
         bw_case_store_add_journal (store, bw_case_get_id (save->edited), NULL, save->note, error) != 0;
}

/* The page reads the journal list again off the main thread, and shows it
 * when it is there. */
static gpointer
read_journal (BwCaseStore  *store,
              gpointer      data,
              GError      **error)
{
  return bw_case_store_list_journal (store, GPOINTER_TO_SIZE (data));
}

static void
journal_read (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  gint64 entered = g_get_monotonic_time ();
  g_autoptr(GListModel) journal = bw_case_store_read_finish (BW_CASE_STORE (source), result, NULL);

  span_add (save_spans, entered);
}

typedef struct {
  User *user;
  guint k;
} Reread;

static gpointer
read_case (BwCaseStore  *store,
           gpointer      data,
           GError      **error)
{
  return bw_case_store_get_case (store, GPOINTER_TO_SIZE (data), error);
}

static void
case_read (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  Reread *reread = user_data;
  BwCase *record = bw_case_store_read_finish (BW_CASE_STORE (source), result, NULL);

  if (record != NULL)
    {
      g_clear_object (&reread->user->open[reread->k]);
      reread->user->open[reread->k] = record;
    }
  reread->user->saving[reread->k] = FALSE;
  g_free (reread);
}

static void
save_done (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  Save *save = user_data;
  User *u = save->user;
  g_autoptr(GError) error = NULL;
  gint64 entered = g_get_monotonic_time ();
  double ms = ms_since (save->queued);

  if (!bw_case_store_write_finish (BW_CASE_STORE (source), result, &error))
    {
      /* A newer version came in meanwhile: the page reads it again (off
       * the main thread) before it saves again. */
      Reread *reread = g_new0 (Reread, 1);

      u->failed++;
      reread->user = u;
      reread->k = save->k;
      bw_case_store_read_async (u->store, read_case, GSIZE_TO_POINTER (u->ids[save->k]), NULL, NULL,
                                case_read, reread);
    }
  else
    {
      u->saving[save->k] = FALSE;
      /* The page shows what it saved; after a note, the journal list. */
      g_array_append_val (save->note ? u->note_ms : u->save_ms, ms);
      g_set_object (&u->open[save->k], save->edited);
      if (save->note != NULL)
        bw_case_store_read_async (u->store, read_journal, GSIZE_TO_POINTER (u->ids[save->k]), NULL, NULL,
                                  journal_read, u);
    }
  g_object_unref (save->edited);
  g_free (save->note);
  g_free (save);
  span_add (save_spans, entered);
}

static gboolean
save_tick (gpointer user_data)
{
  User *u = user_data;
  guint k = u->n % WORK_CASES;
  g_autofree char *note = g_strdup_printf ("Huishouden besproken, versie %u", u->n);
  gint64 entered = g_get_monotonic_time ();
  Save *save;

  if (u->saving[k])
    return G_SOURCE_CONTINUE;
  save = g_new0 (Save, 1);
  save->user = u;
  save->k = k;
  save->edited = bw_case_copy (u->open[k]);
  bw_case_set_household_note (save->edited, note);
  if (u->n % 5 == 0)
    save->note = g_strdup_printf ("Gesprek gevoerd (%u)", u->n);
  save->queued = g_get_monotonic_time ();
  u->saving[k] = TRUE;
  bw_case_store_write_async (u->store, save_job, save, NULL, NULL, save_done, save);
  u->n++;
  span_add (save_spans, entered);
  return G_SOURCE_CONTINUE;
}

/* The case list shows a screenful of rows again after every change. */
static void
list_changed (GListModel *list,
              guint       position,
              guint       removed,
              guint       added,
              gpointer    user_data)
{
  User *u = user_data;
  guint n = MIN (g_list_model_get_n_items (list), SCREENFUL);
  gint64 entered = g_get_monotonic_time ();

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) row = g_list_model_get_item (list, i);
      u->rows_read++;
    }
  span_add (list_spans, entered);
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
  /* _build/bench/bench-main-loop -> _build/src/server/buurtwerk-server */
  dir = g_path_get_dirname (argv0);
  return g_build_filename (dir, "..", "src", "server", "buurtwerk-server", NULL);
}

/* Starts the server binary on @db; returns its URL. */
static char *
server_start (const char *db,
              const char *log_path,
              GPid       *pid)
{
  const char *argv[] = { opt_server, "serve", "--db", db, "--listen", "127.0.0.1:0", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(GIOChannel) channel = NULL;
  g_autofree char *line = NULL;
  int out_fd, log_fd;

  log_fd = g_open (log_path, O_WRONLY | O_CREAT | O_APPEND, 0600);
  g_assert_cmpint (log_fd, >=, 0);
  if (!g_spawn_async_with_pipes_and_fds (NULL, argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD,
                                         stop_with_parent, NULL, -1, -1, log_fd, NULL, NULL, 0,
                                         pid, NULL, &out_fd, NULL, &error))
    g_error ("Cannot start %s: %s", opt_server, error->message);
  close (log_fd);
  channel = g_io_channel_unix_new (out_fd);
  g_io_channel_set_close_on_unref (channel, TRUE);
  if (g_io_channel_read_line (channel, &line, NULL, NULL, &error) != G_IO_STATUS_NORMAL ||
      !g_str_has_prefix (line, "listening on "))
    g_error ("The server did not start; see %s", log_path);
  g_strstrip (line);
  return g_strdup (line + strlen ("listening on "));
}

static void
server_stop (GPid pid)
{
  kill (pid, SIGTERM);
  waitpid (pid, NULL, 0);
  g_spawn_close_pid (pid);
}

/* Pushes @n new cases as @login, straight into the store (set-up). */
static void
server_fill (const char *db,
             const char *login,
             guint       n)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BwServerStore) store = bw_server_store_open (db, &error);
  g_autoptr(BwServerUser) user = NULL;

  g_assert_no_error (error);
  user = bw_server_store_find_user (store, login, NULL);
  for (guint done = 0; done < n;)
    {
      g_autoptr(JsonObject) body = json_object_new ();
      g_autoptr(JsonNode) node = NULL;
      g_autoptr(JsonObject) answer = NULL;
      JsonArray *changes = json_array_new ();

      for (guint i = 0; i < BW_SERVER_MAX_PUSH && done < n; i++, done++)
        {
          g_autoptr(BwCase) record = bw_case_new ();
          g_autofree char *uuid = g_uuid_string_random ();
          g_autofree char *ccid = g_uuid_string_random ();
          g_autofree char *name = g_strdup_printf ("Bewoner %s %u", login, done);
          JsonObject *change = json_object_new ();

          bw_case_set_uuid (record, uuid);
          bw_case_set_name (record, name);
          bw_case_set_buurt_code (record, "BU09171000");
          bw_case_set_address (record, "Akerstraat 1");
          bw_case_set_phone (record, "045 000 0000");
          bw_case_set_household_note (record, "Eenoudergezin, twee kinderen op de basisschool.");
          bw_case_set_status (record, BW_CASE_STATUS_ACTIVE);
          json_object_set_string_member (change, "client_change_id", ccid);
          json_object_set_string_member (change, "type", "case");
          json_object_set_string_member (change, "uuid", uuid);
          json_object_set_string_member (change, "case_uuid", uuid);
          json_object_set_int_member (change, "base_revision", 0);
          json_object_set_object_member (change, "fields", bw_record_json_case_fields (record));
          json_array_add_object_element (changes, change);
        }
      json_object_set_array_member (body, "changes", changes);
      node = json_node_init_object (json_node_alloc (), json_object_ref (body));
      answer = bw_server_store_push (store, user, node, &error);
      g_assert_no_error (error);
    }
}

/* The sync */

typedef struct {
  gboolean done;
  GError *error;
  gint64 finished;
} SyncResult;

static void
sync_done (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  SyncResult *r = user_data;

  bw_sync_engine_sync_finish (BW_SYNC_ENGINE (source), result, &r->error);
  r->finished = g_get_monotonic_time ();
  r->done = TRUE;
}

static gboolean
quit_loop (gpointer user_data)
{
  g_main_loop_quit (user_data);
  return G_SOURCE_REMOVE;
}

static void
sync_done_quit (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  GMainLoop *loop = user_data;
  SyncResult *r = g_object_get_data (source, "bench-result");

  sync_done (source, result, r);
  /* A little longer, for the case list's last query. */
  g_timeout_add (500, quit_loop, loop);
}

static void
remove_tree (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *p = g_build_filename (dir, name, NULL);
      g_unlink (p);
    }
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *tmpl = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *server_db = NULL;
  g_autofree char *desktop_db = NULL;
  g_autofree char *log_path = NULL;
  g_autofree char *url = NULL;
  g_autofree char *token = NULL;
  g_autoptr(BwCaseStore) store = NULL;
  g_autoptr(BwSyncEngine) engine = NULL;
  g_autoptr(BwCaseList) list = NULL;
  g_autoptr(GMainLoop) loop = NULL;
  g_autoptr(GArray) ids = NULL;
  BwCaseQuery query;
  SyncResult setup = { 0 }, result = { 0 };
  User user = { 0 };
  Probe *probe;
  GPid pid = 0;
  guint saves;
  gint64 start;
  double total_ms, sync_ms = 0;
  struct statfs fs;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  if (opt_cases < WORK_CASES || opt_feed < 0 || opt_duration < 1)
    {
      g_printerr ("--cases at least %d, --feed 0 or more, --duration at least 1\n", WORK_CASES);
      return 2;
    }
  if (opt_server == NULL)
    opt_server = default_server (argv[0]);

  tmpl = g_build_filename (opt_dir ? opt_dir : g_get_tmp_dir (), "bw-bench-main-loop-XXXXXX", NULL);
  dir = g_mkdtemp (g_strdup (tmpl));
  g_assert_nonnull (dir);
  server_db = g_build_filename (dir, "server.db", NULL);
  desktop_db = g_build_filename (dir, "desktop.db", NULL);
  log_path = g_build_filename (dir, "server.log", NULL);

  g_print ("Main loop: saves every %d ms while the sync engine pulls %d new records;\n"
           "  the desktop holds %d cases; a %d ms tick measures the stalls\n",
           SAVE_MS, opt_feed, opt_cases, TICK_US / 1000);
  if (statfs (dir, &fs) == 0 && fs.f_type == 0x01021994)
    g_print ("  NOTE: %s is on tmpfs: fdatasync costs nothing there (use --dir)\n", dir);

  /* Set-up: the server with the desktop's cases; the desktop in sync. */
  start = g_get_monotonic_time ();
  {
    g_autoptr(BwServerStore) server_store = bw_server_store_open (server_db, &error);
    g_autoptr(BwServerUser) me = NULL;

    g_assert_no_error (error);
    bw_server_store_add_user (server_store, "bench", "Bench", BW_ROLE_BUURTTEAM, TEAM, NULL, PASSWORD, &error);
    g_assert_no_error (error);
    bw_server_store_add_user (server_store, "teammate", "Teammate", BW_ROLE_BUURTTEAM, TEAM, NULL, PASSWORD, &error);
    g_assert_no_error (error);
    me = bw_server_store_find_user (server_store, "bench", NULL);
    token = bw_server_store_new_token (server_store, me->id, g_get_real_time () / G_USEC_PER_SEC + 3 * 3600, &error);
    g_assert_no_error (error);
  }
  server_fill (server_db, "bench", opt_cases);

  store = bw_case_store_open (desktop_db, "Bench", &error);
  g_assert_no_error (error);
  engine = bw_sync_engine_new (store, &error);
  g_assert_no_error (error);
  url = server_start (server_db, log_path, &pid);
  bw_sync_engine_set_server (engine, url, token);
  bw_sync_engine_sync_async (engine, NULL, sync_done, &setup);
  while (!setup.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_no_error (setup.error);
  server_stop (pid);
  g_clear_pointer (&url, g_free);
  g_print ("  set-up: %" G_GINT64_FORMAT " cases in the desktop, in sync (%.1f s)\n",
           bw_case_store_count_cases (store), ms_since (start) / 1000);

  /* The feed: a teammate's new cases, waiting on the server. */
  if (opt_feed > 0)
    {
      server_fill (server_db, "teammate", opt_feed);
      url = server_start (server_db, log_path, &pid);
      bw_sync_engine_set_server (engine, url, token);
    }

  /* The cases the user works on, spread over the store. */
  bw_case_query_init (&query);
  ids = bw_case_store_query_ids (store, &query, &error);
  g_assert_no_error (error);
  user.store = store;
  /* The pages are open already (set-up): each shows its case. */
  for (guint k = 0; k < WORK_CASES; k++)
    {
      user.ids[k] = g_array_index (ids, gint64, k * (ids->len / WORK_CASES));
      user.open[k] = bw_case_store_get_case (store, user.ids[k], NULL);
    }
  user.save_ms = g_array_new (FALSE, FALSE, sizeof (double));
  user.note_ms = g_array_new (FALSE, FALSE, sizeof (double));

  /* The window: its case list, loaded before the measurement starts. */
  loop = g_main_loop_new (NULL, FALSE);
  list = bw_case_list_new (store);
  bw_case_list_set_query (list, &query);
  while (bw_case_list_get_loading (list))
    g_main_context_iteration (NULL, TRUE);
  g_signal_connect (list, "items-changed", G_CALLBACK (list_changed), &user);

  /* The measurement. */
  save_spans = g_array_new (FALSE, FALSE, sizeof (Span));
  list_spans = g_array_new (FALSE, FALSE, sizeof (Span));
  probe = probe_start ();
  saves = g_timeout_add (SAVE_MS, save_tick, &user);
  start = g_get_monotonic_time ();
  if (opt_feed > 0)
    {
      g_object_set_data (G_OBJECT (engine), "bench-result", &result);
      bw_sync_engine_sync_async (engine, NULL, sync_done_quit, loop);
    }
  else
    g_timeout_add_seconds (opt_duration, quit_loop, loop);
  g_main_loop_run (loop);
  total_ms = ms_since (start);
  if (opt_feed > 0)
    sync_ms = (result.finished - start) / 1000.0;
  g_source_destroy (&probe->source);
  g_source_remove (saves);

  /* Figures. */
  {
    GArray *late = probe->lateness;
    guint stalls = 0;
    double stalled_ms = 0;

    for (guint i = 0; i < late->len; i++)
      if (g_array_index (late, double, i) > TICK_US / 1000.0)
        {
          stalls++;
          stalled_ms += g_array_index (late, double, i);
        }
    g_array_sort (late, compare_double);
    g_array_sort (user.save_ms, compare_double);
    g_array_sort (user.note_ms, compare_double);

    g_print ("\n");
    if (opt_feed > 0)
      {
        g_print ("  %-34s %9.0f ms", "sync (pull the feed)", sync_ms);
        if (result.error != NULL)
          g_print ("  FAILED: %s", result.error->message);
        g_print ("\n  %-34s %9" G_GINT64_FORMAT "\n", "cases in the desktop after", bw_case_store_count_cases (store));
      }
    g_print ("  %-34s %9.0f ms\n", "total time", total_ms);
    g_print ("  %-34s %9u (%u frames missed, %.0f ms late in all)\n", "ticks", late->len,
             probe->missed_frames, stalled_ms);
    g_print ("  %-34s %9u\n", "stalls over 16 ms", stalls);
    g_print ("  %-34s %9.1f ms\n", "longest stall", late->len ? g_array_index (late, double, late->len - 1) : 0.0);
    g_print ("  %-34s %9.2f ms\n", "tick lateness p50", percentile (late, 50));
    g_print ("  %-34s %9.2f ms\n", "tick lateness p99", percentile (late, 99));
    g_print ("  %-34s %9u (median %.1f ms, p99 %.1f, max %.1f)\n", "saves, queued to done", user.save_ms->len,
             percentile (user.save_ms, 50), percentile (user.save_ms, 99),
             user.save_ms->len ? g_array_index (user.save_ms, double, user.save_ms->len - 1) : 0.0);
    g_print ("  %-34s %9u (median %.1f ms, max %.1f)\n", "saves with a note, queued to done", user.note_ms->len,
             percentile (user.note_ms, 50),
             user.note_ms->len ? g_array_index (user.note_ms, double, user.note_ms->len - 1) : 0.0);
    {
      gint64 in_saves = 0, in_list = 0, in_all = 0;

      for (guint i = 0; i < probe->stalls->len; i++)
        {
          const Span *stall = &g_array_index (probe->stalls, Span, i);

          in_all += stall->to - stall->from;
          in_saves += overlap (save_spans, stall);
          in_list += overlap (list_spans, stall);
        }
      g_print ("  %-34s %9.0f ms: saves %.0f, case list %.0f, the rest (sync engine, waiting for a CPU) %.0f\n",
               "stalled time, by who held the loop", in_all / 1000.0, in_saves / 1000.0,
               in_list / 1000.0, (in_all - in_saves - in_list) / 1000.0);
    }
    g_print ("  %-34s %9u\n", "saves that failed", user.failed);
    g_print ("  %-34s %9u\n", "case list rows read again", user.rows_read);
  }

  if (pid != 0 && opt_feed > 0)
    server_stop (pid);
  g_array_unref (probe->lateness);
  g_array_unref (probe->stalls);
  g_array_unref (save_spans);
  g_array_unref (list_spans);
  g_source_unref (&probe->source);
  for (guint k = 0; k < WORK_CASES; k++)
    g_clear_object (&user.open[k]);
  g_array_unref (user.save_ms);
  g_array_unref (user.note_ms);
  g_clear_error (&result.error);
  g_clear_object (&list);
  g_clear_object (&engine);
  g_clear_object (&store);
  remove_tree (dir);
  return 0;
}
