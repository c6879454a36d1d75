/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-tests"
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <libpq-fe.h>

#include "bw-test-dir.h"
#include "bw-test-postgresql.h"

#define SERVER_ROOT "/usr/lib/postgresql"
#define DB_USER "buurtwerk"
/* Generous: initdb and the first start take a second or two, but a busy
 * CI machine runs several test processes at once. */
#define START_TIMEOUT_US (60 * G_USEC_PER_SEC)
#define STOP_TIMEOUT_US (30 * G_USEC_PER_SEC)
#define POLL_US (20 * 1000)

G_DEFINE_QUARK (bw-test-postgresql-error-quark, bw_test_postgresql_error)

/* What the forked child does before exec; everything it uses is
 * resolved beforehand (only async-signal-safe calls after fork). */
typedef struct {
  gboolean drop_root;
  uid_t uid;
  gid_t gid;
  pid_t parent;
  const char *log_path;   /* the server's stdout and stderr; NULL: as spawned */
} ChildSetup;

G_LOCK_DEFINE_STATIC (cluster);
static char *cluster_dir;
static char *cluster_conninfo;
static GError *cluster_error;   /* a failed start is not tried again */
static GPid cluster_pid;
static pid_t cluster_owner;
static gint database_counter;
static gboolean cluster_durable;

static void
child_fail (const char *message)
{
  /* write() and _exit(), nothing else is safe here. */
  if (write (STDERR_FILENO, message, strlen (message)) < 0)
    _exit (126);
  _exit (126);
}

static void
child_setup (gpointer data)
{
  const ChildSetup *setup = data;

  if (setup->log_path != NULL)
    {
      int fd = open (setup->log_path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);

      if (fd < 0 || dup2 (fd, STDOUT_FILENO) < 0 || dup2 (fd, STDERR_FILENO) < 0)
        child_fail ("could not open the server log\n");
    }
  /* PostgreSQL refuses to run as root (and CI runs as root). */
  if (setup->drop_root
      && (setgroups (0, NULL) != 0 || setgid (setup->gid) != 0 || setuid (setup->uid) != 0))
    child_fail ("could not become the postgres user\n");
  /* After setuid: a change of credentials clears the parent-death signal.
   * SIGQUIT is the postmaster's immediate shutdown, backends included. */
  if (prctl (PR_SET_PDEATHSIG, SIGQUIT) != 0)
    child_fail ("could not set the parent-death signal\n");
  /* The parent may have died before prctl() took effect. */
  if (getppid () != setup->parent)
    child_fail ("the test process is gone\n");
}

/* The environment without PG* variables: a PGPORT or PGDATA of the
 * caller's must not steer this server elsewhere. */
static char **
server_environ (void)
{
  char **env = g_get_environ ();
  g_auto(GStrv) names = g_listenv ();

  for (guint i = 0; names[i] != NULL; i++)
    if (g_str_has_prefix (names[i], "PG"))
      env = g_environ_unsetenv (env, names[i]);
  return env;
}

/* "15" or "9.6" as a number to compare; -1 when it is no version. */
static double
version_of (const char *name)
{
  char *end = NULL;
  double version;

  if (!g_ascii_isdigit (name[0]))
    return -1;
  version = g_ascii_strtod (name, &end);
  return *end == '\0' ? version : -1;
}

/* Debian puts the server under /usr/lib/postgresql/MAJOR/bin (pg_config
 * --bindir names the client folder, /usr/bin); the newest major wins. */
static char *
find_bindir (GError **error)
{
  g_autoptr(GDir) dir = g_dir_open (SERVER_ROOT, 0, NULL);
  g_autofree char *best = NULL;
  double best_version = -1;
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *initdb = g_build_filename (SERVER_ROOT, name, "bin", "initdb", NULL);
      g_autofree char *postgres = g_build_filename (SERVER_ROOT, name, "bin", "postgres", NULL);
      double version = version_of (name);

      if (version > best_version
          && g_file_test (initdb, G_FILE_TEST_IS_EXECUTABLE)
          && g_file_test (postgres, G_FILE_TEST_IS_EXECUTABLE))
        {
          g_free (best);
          best = g_strdup (name);
          best_version = version;
        }
    }
  if (best == NULL)
    {
      g_set_error (error, BW_TEST_POSTGRESQL_ERROR, BW_TEST_POSTGRESQL_ERROR_NOT_FOUND,
                   "no PostgreSQL server (initdb, postgres) under %s; "
                   "build-aux/install-deps --test installs it", SERVER_ROOT);
      return NULL;
    }
  return g_build_filename (SERVER_ROOT, best, "bin", NULL);
}

/* A libpq conninfo value, quoted when it has to be. */
static char *
conninfo_value (const char *value)
{
  GString *quoted;

  if (*value != '\0' && strpbrk (value, " \t\n'\\") == NULL)
    return g_strdup (value);
  quoted = g_string_new ("'");
  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p == '\'' || *p == '\\')
        g_string_append_c (quoted, '\\');
      g_string_append_c (quoted, *p);
    }
  g_string_append_c (quoted, '\'');
  return g_string_free (quoted, FALSE);
}

static char *
read_log (const char *log_path)
{
  g_autofree char *log = NULL;

  if (!g_file_get_contents (log_path, &log, NULL, NULL) || *g_strstrip (log) == '\0')
    return g_strdup ("(no output)");
  return g_steal_pointer (&log);
}

/* Waits, bounded, for @pid to end; TRUE when it did. */
static gboolean
wait_for_exit (GPid   pid,
               gint64 timeout_us)
{
  gint64 deadline = g_get_monotonic_time () + timeout_us;

  for (;;)
    {
      pid_t done = waitpid (pid, NULL, WNOHANG);

      if (done == pid || (done < 0 && errno != EINTR))
        return TRUE;
      if (g_get_monotonic_time () > deadline)
        return FALSE;
      g_usleep (POLL_US / 2);
    }
}

static void
kill_and_reap (GPid pid)
{
  kill (pid, SIGQUIT);
  if (!wait_for_exit (pid, STOP_TIMEOUT_US))
    {
      kill (pid, SIGKILL);
      waitpid (pid, NULL, 0);
    }
}

static void
stop_cluster (void)
{
  /* A forked child of the test process (without exec) inherits this
   * handler; the cluster is its parent's. */
  if (cluster_pid <= 0 || getpid () != cluster_owner)
    return;
  /* SIGINT: fast shutdown, it ends the sessions still open. */
  kill (cluster_pid, SIGINT);
  if (!wait_for_exit (cluster_pid, STOP_TIMEOUT_US))
    kill_and_reap (cluster_pid);
  cluster_pid = 0;
  /* The test's databases hold demo residents: nothing stays behind. */
  bw_test_remove_dir (cluster_dir);
}

/* libpq's message without its closing newline. */
static char *
pq_message (PGconn *conn)
{
  return g_strchomp (g_strdup (PQerrorMessage (conn)));
}

static gboolean
run_initdb (const char  *bindir,
            const char  *dir,
            char       **envp,
            ChildSetup  *setup,
            GError     **error)
{
  g_autofree char *initdb = g_build_filename (bindir, "initdb", NULL);
  g_autofree char *data = g_build_filename (dir, "data", NULL);
  /* --no-sync: a throw-away cluster needs no fsync at the end. */
  const char *argv[] = { initdb, "-D", data, "--no-locale", "-E", "UTF8", "-A", "trust",
                         "-U", DB_USER, "--no-sync", NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) local_error = NULL;
  int status;

  if (!g_spawn_sync (dir, (char **) argv, envp, G_SPAWN_STDIN_FROM_DEV_NULL,
                     child_setup, setup, &out, &err, &status, &local_error))
    {
      g_set_error (error, BW_TEST_POSTGRESQL_ERROR, BW_TEST_POSTGRESQL_ERROR_FAILED,
                   "initdb failed: %s", local_error->message);
      return FALSE;
    }
  if (!g_spawn_check_wait_status (status, &local_error))
    {
      g_set_error (error, BW_TEST_POSTGRESQL_ERROR, BW_TEST_POSTGRESQL_ERROR_FAILED,
                   "initdb failed: %s", *g_strstrip (err) != '\0' ? err : local_error->message);
      return FALSE;
    }
  return TRUE;
}

static gboolean
run_server (const char  *bindir,
            const char  *dir,
            const char  *conninfo,
            char       **envp,
            ChildSetup  *setup,
            GError     **error)
{
  g_autofree char *postgres = g_build_filename (bindir, "postgres", NULL);
  g_autofree char *data = g_build_filename (dir, "data", NULL);
  g_autofree char *log_path = g_build_filename (dir, "postgres.log", NULL);
  /* Only a Unix socket in @dir; no durability for throw-away data
   * unless asked (the durable one stops before "-c fsync=off"). */
  const char *argv[] = { postgres, "-D", data, "-k", dir, "-c", "listen_addresses=",
                         "-c", "max_connections=200",
                         cluster_durable ? NULL : "-c", "fsync=off", "-c", "synchronous_commit=off",
                         "-c", "full_page_writes=off", NULL };
  g_autoptr(GError) local_error = NULL;
  gint64 deadline;
  GPid pid;

  setup->log_path = log_path;
  if (!g_spawn_async (dir, (char **) argv, envp,
                      G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDIN_FROM_DEV_NULL,
                      child_setup, setup, &pid, &local_error))
    {
      g_set_error (error, BW_TEST_POSTGRESQL_ERROR, BW_TEST_POSTGRESQL_ERROR_FAILED,
                   "postgres failed to start: %s", local_error->message);
      return FALSE;
    }

  deadline = g_get_monotonic_time () + START_TIMEOUT_US;
  for (;;)
    {
      PGPing ping = PQping (conninfo);
      int status;

      if (ping == PQPING_OK)
        break;
      if (ping == PQPING_NO_ATTEMPT)
        {
          kill_and_reap (pid);
          g_set_error (error, BW_TEST_POSTGRESQL_ERROR, BW_TEST_POSTGRESQL_ERROR_FAILED,
                       "postgres failed to start: bad connection parameters");
          return FALSE;
        }
      if (waitpid (pid, &status, WNOHANG) == pid)
        {
          g_autofree char *log = read_log (log_path);

          g_set_error (error, BW_TEST_POSTGRESQL_ERROR, BW_TEST_POSTGRESQL_ERROR_FAILED,
                       "postgres failed to start: %s", log);
          return FALSE;
        }
      if (g_get_monotonic_time () > deadline)
        {
          g_autofree char *log = NULL;

          kill_and_reap (pid);
          log = read_log (log_path);
          g_set_error (error, BW_TEST_POSTGRESQL_ERROR, BW_TEST_POSTGRESQL_ERROR_FAILED,
                       "postgres did not answer within %d s: %s",
                       (int) (START_TIMEOUT_US / G_USEC_PER_SEC), log);
          return FALSE;
        }
      g_usleep (POLL_US);
    }
  cluster_pid = pid;
  return TRUE;
}

static gboolean
start_cluster (GError **error)
{
  g_autofree char *bindir = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *host = NULL;
  g_autofree char *conninfo = NULL;
  g_auto(GStrv) envp = NULL;
  ChildSetup setup = { .parent = getpid () };

  bindir = find_bindir (error);
  if (bindir == NULL)
    return FALSE;

  if (geteuid () == 0)
    {
      struct passwd *pw = getpwnam ("postgres");

      if (pw == NULL)
        {
          g_set_error (error, BW_TEST_POSTGRESQL_ERROR, BW_TEST_POSTGRESQL_ERROR_FAILED,
                       "running as root, and there is no postgres user to run the server as");
          return FALSE;
        }
      setup.drop_root = TRUE;
      setup.uid = pw->pw_uid;
      setup.gid = pw->pw_gid;
    }

  dir = g_dir_make_tmp ("bw-pg-XXXXXX", error);
  if (dir == NULL)
    return FALSE;
  if (setup.drop_root && chown (dir, setup.uid, setup.gid) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, BW_TEST_POSTGRESQL_ERROR, BW_TEST_POSTGRESQL_ERROR_FAILED,
                   "could not give %s to the postgres user: %s", dir, g_strerror (saved_errno));
      bw_test_remove_dir (dir);
      return FALSE;
    }

  host = conninfo_value (dir);
  conninfo = g_strdup_printf ("host=%s user=" DB_USER " dbname=postgres", host);
  envp = server_environ ();
  if (!run_initdb (bindir, dir, envp, &setup, error)
      || !run_server (bindir, dir, conninfo, envp, &setup, error))
    {
      bw_test_remove_dir (dir);
      return FALSE;
    }

  cluster_dir = g_steal_pointer (&dir);
  cluster_conninfo = g_steal_pointer (&conninfo);
  cluster_owner = getpid ();
  atexit (stop_cluster);
  return TRUE;
}

void
bw_test_postgresql_set_durable (gboolean durable)
{
  G_LOCK (cluster);
  g_warn_if_fail (cluster_conninfo == NULL);
  cluster_durable = durable;
  G_UNLOCK (cluster);
}

gboolean
bw_test_postgresql_wanted (void)
{
  return g_strcmp0 (g_getenv ("BW_TEST_BACKEND"), "postgresql") == 0;
}

/* The folders of clusters whose test was killed (an assertion, meson's
 * timeout) stay behind, and may hold demo data: one older than ten minutes
 * whose postmaster is gone is removed when the next cluster starts. */
static void
sweep_stale_clusters (void)
{
  g_autoptr(GDir) tmp = g_dir_open (g_get_tmp_dir (), 0, NULL);
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  const char *name;

  while (tmp != NULL && (name = g_dir_read_name (tmp)) != NULL)
    {
      g_autofree char *dir = NULL;
      g_autofree char *pid_file = NULL;
      g_autofree char *pid_text = NULL;
      GStatBuf st;

      if (!g_str_has_prefix (name, "bw-pg-"))
        continue;
      dir = g_build_filename (g_get_tmp_dir (), name, NULL);
      if (g_lstat (dir, &st) != 0 || !S_ISDIR (st.st_mode) || now - st.st_mtime < 600)
        continue;
      pid_file = g_build_filename (dir, "data", "postmaster.pid", NULL);
      if (g_file_get_contents (pid_file, &pid_text, NULL, NULL))
        {
          gint64 pid = g_ascii_strtoll (pid_text, NULL, 10);

          if (pid > 0 && (kill ((pid_t) pid, 0) == 0 || errno != ESRCH))
            continue;
        }
      bw_test_remove_dir (dir);
    }
}

const char *
bw_test_postgresql_start (GError **error)
{
  const char *conninfo = NULL;

  G_LOCK (cluster);
  if (cluster_conninfo == NULL && cluster_error == NULL)
    {
      sweep_stale_clusters ();
      start_cluster (&cluster_error);
    }
  if (cluster_error != NULL)
    g_propagate_error (error, g_error_copy (cluster_error));
  else
    conninfo = cluster_conninfo;
  G_UNLOCK (cluster);
  return conninfo;
}

char *
bw_test_postgresql_new_database (GError **error)
{
  const char *conninfo = bw_test_postgresql_start (error);
  g_autofree char *name = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *host = NULL;
  PGconn *conn;
  g_autofree char *message = NULL;
  PGresult *result;
  gboolean ok;

  if (conninfo == NULL)
    return NULL;

  /* pid + counter: unique within the cluster, and readable in its log. */
  name = g_strdup_printf ("bw_test_%d_%d", (int) getpid (),
                          g_atomic_int_add (&database_counter, 1) + 1);
  conn = PQconnectdb (conninfo);
  if (PQstatus (conn) != CONNECTION_OK)
    {
      g_set_error (error, BW_TEST_POSTGRESQL_ERROR, BW_TEST_POSTGRESQL_ERROR_FAILED,
                   "could not connect to the test cluster: %s", (message = pq_message (conn)));
      PQfinish (conn);
      return NULL;
    }
  /* template0: empty for certain, whatever anyone put in template1. */
  sql = g_strdup_printf ("CREATE DATABASE %s TEMPLATE template0", name);
  result = PQexec (conn, sql);
  ok = PQresultStatus (result) == PGRES_COMMAND_OK;
  if (!ok)
    g_set_error (error, BW_TEST_POSTGRESQL_ERROR, BW_TEST_POSTGRESQL_ERROR_FAILED,
                 "could not create database %s: %s", name, (message = pq_message (conn)));
  PQclear (result);
  PQfinish (conn);
  if (!ok)
    return NULL;

  host = g_uri_escape_string (cluster_dir, "/", FALSE);
  return g_strdup_printf ("postgresql:///%s?host=%s&user=" DB_USER, name, host);
}
