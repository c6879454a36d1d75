/* SPDX-License-Identifier: EUPL-1.2 */
/* The throw-away PostgreSQL cluster of tests/common: one per process,
 * databases that do not see each other, a server that is not root (CI
 * is), and a server that ends with its test process, even a killed one. */
#include "config.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <utime.h>
#include <pwd.h>

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <libpq-fe.h>

#include "bw-test-dir.h"
#include "bw-test-postgresql.h"

#define END_TIMEOUT_US (30 * G_USEC_PER_SEC)

/* The cluster, or a skip when this machine has no PostgreSQL server. */
static const char *
start_or_skip (void)
{
  g_autoptr(GError) error = NULL;
  const char *conninfo = bw_test_postgresql_start (&error);

  if (g_error_matches (error, BW_TEST_POSTGRESQL_ERROR, BW_TEST_POSTGRESQL_ERROR_NOT_FOUND))
    {
      g_test_skip (error->message);
      return NULL;
    }
  g_assert_no_error (error);
  g_assert_nonnull (conninfo);
  return conninfo;
}

static PGconn *
connect_ok (const char *conninfo)
{
  PGconn *conn = PQconnectdb (conninfo);

  if (PQstatus (conn) != CONNECTION_OK)
    g_error ("could not connect: %s", PQerrorMessage (conn));
  return conn;
}

/* The one value of a one-row query. */
static char *
query_value (PGconn     *conn,
             const char *sql)
{
  PGresult *result = PQexec (conn, sql);
  char *value;

  if (PQresultStatus (result) != PGRES_TUPLES_OK)
    g_error ("%s: %s", sql, PQerrorMessage (conn));
  g_assert_cmpint (PQntuples (result), ==, 1);
  value = g_strdup (PQgetvalue (result, 0, 0));
  PQclear (result);
  return value;
}

static void
exec_ok (PGconn     *conn,
         const char *sql)
{
  PGresult *result = PQexec (conn, sql);

  if (PQresultStatus (result) != PGRES_COMMAND_OK)
    g_error ("%s: %s", sql, PQerrorMessage (conn));
  PQclear (result);
}

/* The socket folder, from a conninfo or a URI alike. */
static char *
host_of (const char *conninfo)
{
  PQconninfoOption *options = PQconninfoParse (conninfo, NULL);
  char *host = NULL;

  g_assert_nonnull (options);
  for (PQconninfoOption *o = options; o->keyword != NULL; o++)
    if (g_str_equal (o->keyword, "host") && o->val != NULL)
      host = g_strdup (o->val);
  PQconninfoFree (options);
  g_assert_nonnull (host);
  return host;
}

/* Alive, and not a zombie nobody reaped (in a container, PID 1 may
 * never reap the postmaster its test process left behind). */
static gboolean
process_alive (pid_t pid)
{
  g_autofree char *path = g_strdup_printf ("/proc/%d/stat", (int) pid);
  g_autofree char *stat = NULL;
  const char *state;

  if (!g_file_get_contents (path, &stat, NULL, NULL))
    return FALSE;
  state = strrchr (stat, ')');
  return state != NULL && state[1] == ' ' && state[2] != 'Z' && state[2] != 'X';
}

static void
test_wanted (void)
{
  g_autofree char *saved = g_strdup (g_getenv ("BW_TEST_BACKEND"));

  g_unsetenv ("BW_TEST_BACKEND");
  g_assert_false (bw_test_postgresql_wanted ());
  g_setenv ("BW_TEST_BACKEND", "sqlite", TRUE);
  g_assert_false (bw_test_postgresql_wanted ());
  g_setenv ("BW_TEST_BACKEND", "postgresql", TRUE);
  g_assert_true (bw_test_postgresql_wanted ());
  if (saved != NULL)
    g_setenv ("BW_TEST_BACKEND", saved, TRUE);
  else
    g_unsetenv ("BW_TEST_BACKEND");
}

/* One cluster per process, reachable, and its server never root. */
static void
test_start (void)
{
  gint64 started = g_get_monotonic_time ();
  const char *conninfo = start_or_skip ();
  g_autofree char *host = NULL;
  g_autofree char *backend = NULL;
  g_autofree char *proc = NULL;
  struct stat st;
  PGconn *conn;

  if (conninfo == NULL)
    return;
  /* For the record, not asserted: initdb and the first ping. */
  g_test_message ("cluster started in %.2f s",
                  (g_get_monotonic_time () - started) / (double) G_USEC_PER_SEC);
  g_assert_true (bw_test_postgresql_start (NULL) == conninfo);
  g_assert_cmpint (PQping (conninfo), ==, PQPING_OK);

  /* Only a socket in the cluster's own folder: no TCP port. */
  host = host_of (conninfo);
  g_assert_true (g_path_is_absolute (host));
  conn = connect_ok (conninfo);
  backend = query_value (conn, "SELECT current_setting('listen_addresses')");
  g_assert_cmpstr (backend, ==, "");
  g_clear_pointer (&backend, g_free);

  backend = query_value (conn, "SELECT pg_backend_pid()");
  proc = g_strdup_printf ("/proc/%s", backend);
  g_assert_cmpint (stat (proc, &st), ==, 0);
  if (geteuid () == 0)
    {
      struct passwd *pw = getpwnam ("postgres");

      g_assert_nonnull (pw);
      g_assert_cmpuint (st.st_uid, ==, pw->pw_uid);
    }
  else
    g_assert_cmpuint (st.st_uid, ==, geteuid ());
  PQfinish (conn);
}

/* Two databases: fresh, empty, and what one holds the other does not. */
static void
test_databases_are_separate (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *name_first = NULL;
  g_autofree char *name_second = NULL;
  g_autofree char *value = NULL;
  PGconn *a;
  PGconn *b;

  if (start_or_skip () == NULL)
    return;
  first = bw_test_postgresql_new_database (&error);
  g_assert_no_error (error);
  second = bw_test_postgresql_new_database (&error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (first, "postgresql:///"));
  g_assert_cmpstr (first, !=, second);

  a = connect_ok (first);
  b = connect_ok (second);
  name_first = query_value (a, "SELECT current_database()");
  name_second = query_value (b, "SELECT current_database()");
  g_assert_cmpstr (name_first, !=, name_second);
  g_assert_cmpstr (name_first, !=, "postgres");

  value = query_value (b, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'");
  g_assert_cmpstr (value, ==, "0");
  g_clear_pointer (&value, g_free);

  exec_ok (a, "CREATE TABLE bewoners (id integer PRIMARY KEY)");
  exec_ok (a, "INSERT INTO bewoners VALUES (1)");
  value = query_value (a, "SELECT count(*) FROM bewoners");
  g_assert_cmpstr (value, ==, "1");
  g_clear_pointer (&value, g_free);
  value = query_value (b, "SELECT to_regclass('public.bewoners') IS NULL");
  g_assert_cmpstr (value, ==, "t");
  g_clear_pointer (&value, g_free);
  value = query_value (b, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'");
  g_assert_cmpstr (value, ==, "0");

  PQfinish (a);
  PQfinish (b);
}

/* This binary started again as a test process of its own: it starts a
 * cluster, says where, and when its stdin closes ends without any
 * clean-up of its own (or waits there for the test's SIGKILL). */
static int
run_child (const char *how)
{
  g_autoptr(GError) error = NULL;
  const char *conninfo = bw_test_postgresql_start (&error);

  if (conninfo == NULL)
    {
      printf ("error %s\n", error->message);
      return 1;
    }
  printf ("%s\n", conninfo);
  fflush (stdout);
  while (getchar () != EOF)
    ;
  if (g_str_equal (how, "exit"))
    _exit (0);   /* no atexit handlers: only the kernel's signal is left */
  for (;;)
    pause ();    /* until the test's SIGKILL */
}

static void
test_server_ends_with_process (gconstpointer data)
{
  const char *how = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *self = g_file_read_link ("/proc/self/exe", &error);
  g_autoptr(GSubprocess) child = NULL;
  g_autoptr(GDataInputStream) out = NULL;
  g_autofree char *conninfo = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *pid_path = NULL;
  g_autofree char *pid_file = NULL;
  gint64 deadline;
  pid_t postmaster;

  g_autofree char *stale = NULL;
  g_autofree char *fresh = NULL;

  if (start_or_skip () == NULL)
    return;
  g_assert_no_error (error);
  /* What a killed test left: a folder an hour old whose postmaster is
   * gone, which the child's start removes; and one made a moment ago
   * (another test's cluster starting), which it leaves. */
  stale = g_dir_make_tmp ("bw-pg-XXXXXX", &error);
  g_assert_no_error (error);
  fresh = g_dir_make_tmp ("bw-pg-XXXXXX", &error);
  g_assert_no_error (error);
  {
    g_autofree char *data = g_build_filename (stale, "data", NULL);
    g_autofree char *pid = g_build_filename (data, "postmaster.pid", NULL);
    struct utimbuf old = { .actime = time (NULL) - 3600, .modtime = time (NULL) - 3600 };

    g_assert_cmpint (g_mkdir (data, 0700), ==, 0);
    /* No process has pid 2^22 + 1 (Linux's pid_max is at most 2^22). */
    g_assert_true (g_file_set_contents (pid, "4194305\n", -1, NULL));
    g_assert_cmpint (g_utime (stale, &old), ==, 0);
  }
  child = g_subprocess_new (G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE,
                            &error,
                            self, "--start-cluster-and", how, NULL);
  g_assert_no_error (error);
  out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (child));
  conninfo = g_data_input_stream_read_line (out, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (conninfo);
  g_assert_false (g_str_has_prefix (conninfo, "error "));
  g_assert_cmpint (PQping (conninfo), ==, PQPING_OK);
  g_assert_false (g_file_test (stale, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (fresh, G_FILE_TEST_IS_DIR));
  bw_test_remove_dir (fresh);

  /* The postmaster's pid, from the file it removes on a clean stop. */
  dir = host_of (conninfo);
  pid_path = g_build_filename (dir, "data", "postmaster.pid", NULL);
  g_assert_true (g_file_get_contents (pid_path, &pid_file, NULL, NULL));
  postmaster = (pid_t) g_ascii_strtoll (pid_file, NULL, 10);
  g_assert_cmpint (postmaster, >, 1);
  g_assert_true (process_alive (postmaster));

  if (g_str_equal (how, "kill"))
    g_subprocess_force_exit (child);
  else
    g_assert_true (g_output_stream_close (g_subprocess_get_stdin_pipe (child), NULL, NULL));
  g_assert_true (g_subprocess_wait (child, NULL, &error));
  g_assert_no_error (error);
  if (g_str_equal (how, "kill"))
    g_assert_cmpint (g_subprocess_get_term_sig (child), ==, SIGKILL);
  else
    g_assert_cmpint (g_subprocess_get_exit_status (child), ==, 0);

  deadline = g_get_monotonic_time () + END_TIMEOUT_US;
  while ((PQping (conninfo) != PQPING_NO_RESPONSE || process_alive (postmaster))
         && g_get_monotonic_time () < deadline)
    g_usleep (20 * 1000);
  g_assert_cmpint (PQping (conninfo), ==, PQPING_NO_RESPONSE);
  g_assert_false (process_alive (postmaster));

  /* The dead process could not remove its folder; the test does. */
  bw_test_remove_dir (dir);
  g_assert_false (g_file_test (dir, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 3 && g_str_equal (argv[1], "--start-cluster-and"))
    return run_child (argv[2]);

  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/postgresql/wanted", test_wanted);
  g_test_add_func ("/postgresql/start", test_start);
  g_test_add_func ("/postgresql/databases-are-separate", test_databases_are_separate);
  g_test_add_data_func ("/postgresql/ends-with-process/exit", "exit",
                        test_server_ends_with_process);
  g_test_add_data_func ("/postgresql/ends-with-process/kill", "kill",
                        test_server_ends_with_process);
  return g_test_run ();
}
