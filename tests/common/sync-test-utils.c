/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-tests"
/* Helpers shared by the sync tests: a real buurtwerk-server on 127.0.0.1
 * with three users in two teams, and two desktops' stores. */
#define _GNU_SOURCE
#include "config.h"

#include <fcntl.h>
#include <string.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <libsoup/soup.h>

#include "bw-test-dir.h"
#include "sync-test-utils.h"

const char *server_exe;

typedef struct {
  gboolean done;
  GError *error;
} SyncWait;

static void
run_admin (const char * const *argv,
           const char         *stdin_text)
{
  g_autoptr(GSubprocess) proc = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  proc = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                  G_SUBPROCESS_FLAGS_STDERR_PIPE, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (proc, stdin_text, NULL, &out, &err, &error);
  g_assert_no_error (error);
  if (!g_subprocess_get_successful (proc))
    g_error ("%s failed: %s", argv[1], err);
}

void
add_trainer (Fixture    *f,
             const char *login)
{
  const char *argv[] = { server_exe, "user", "add", "--db", f->server_db, "--login", login,
                         "--name", login, "--role", "trainer", NULL };
  run_admin (argv, "geheim-wachtwoord\n");
}

void
add_user (Fixture    *f,
          const char *login,
          const char *team)
{
  const char *argv[] = { server_exe, "user", "add", "--db", f->server_db, "--login", login,
                         "--name", login, "--role", "buurtteam", "--team", team, NULL };
  run_admin (argv, "geheim-wachtwoord\n");
}

/* Any role: a partner needs @organisation (jeugdzorg, vsv); a coordinator
 * may have a @team. */
void
add_user_with_role (Fixture    *f,
                    const char *login,
                    const char *role,
                    const char *team,
                    const char *organisation)
{
  add_named_user (f, login, login, role, team, organisation);
}

void
add_named_user (Fixture    *f,
                const char *login,
                const char *name,
                const char *role,
                const char *team,
                const char *organisation)
{
  GPtrArray *argv = g_ptr_array_new ();
  const char *base[] = { server_exe, "user", "add", "--db", f->server_db, "--login", login,
                         "--name", name, "--role", role };

  for (gsize i = 0; i < G_N_ELEMENTS (base); i++)
    g_ptr_array_add (argv, (gpointer) base[i]);
  if (team != NULL)
    {
      g_ptr_array_add (argv, (gpointer) "--team");
      g_ptr_array_add (argv, (gpointer) team);
    }
  if (organisation != NULL)
    {
      g_ptr_array_add (argv, (gpointer) "--organisation");
      g_ptr_array_add (argv, (gpointer) organisation);
    }
  g_ptr_array_add (argv, NULL);
  run_admin ((const char * const *) argv->pdata, "geheim-wachtwoord\n");
  g_ptr_array_free (argv, TRUE);
}

/* A bearer token for @login, made with the admin command. */
char *
new_token (Fixture    *f,
           const char *login)
{
  const char *argv[] = { server_exe, "token", "new", "--db", f->server_db, "--login", login, NULL };
  g_autoptr(GSubprocess) proc = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;

  proc = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (proc, NULL, NULL, &out, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_successful (proc));
  return g_strstrip (g_steal_pointer (&out));
}

/* A test that fails half-way leaves no server running. */
static void
stop_with_parent (gpointer user_data)
{
  prctl (PR_SET_PDEATHSIG, SIGTERM);
}

void
start_server_full (Fixture            *f,
                   const char * const *extra_args,
                   const char         *stderr_path)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GIOChannel) channel = NULL;
  g_autofree char *line = NULL;
  int out_fd, err_fd = -1;

  g_ptr_array_add (argv, (char *) server_exe);
  g_ptr_array_add (argv, "serve");
  g_ptr_array_add (argv, "--db");
  g_ptr_array_add (argv, f->server_db);
  g_ptr_array_add (argv, "--listen");
  g_ptr_array_add (argv, "127.0.0.1:0");
  for (guint i = 0; extra_args && extra_args[i]; i++)
    g_ptr_array_add (argv, (char *) extra_args[i]);
  g_ptr_array_add (argv, NULL);

  if (stderr_path != NULL)
    {
      err_fd = g_open (stderr_path, O_WRONLY | O_CREAT | O_APPEND, 0600);
      g_assert_cmpint (err_fd, >=, 0);
    }
  g_assert_true (g_spawn_async_with_pipes_and_fds (NULL, (const char * const *) argv->pdata, NULL,
                                                   G_SPAWN_DO_NOT_REAP_CHILD, stop_with_parent, NULL,
                                                   -1, -1, err_fd, NULL, NULL, 0,
                                                   &f->server_pid, NULL, &out_fd, NULL, &error));
  g_assert_no_error (error);
  if (err_fd >= 0)
    close (err_fd);
  channel = g_io_channel_unix_new (out_fd);
  g_io_channel_set_close_on_unref (channel, TRUE);
  g_assert_cmpint (g_io_channel_read_line (channel, &line, NULL, NULL, &error), ==, G_IO_STATUS_NORMAL);
  g_strstrip (line);
  g_assert_true (g_str_has_prefix (line, "listening on "));
  g_free (f->url);
  f->url = g_strdup (line + strlen ("listening on "));
}

void
start_server (Fixture *f)
{
  start_server_full (f, NULL, NULL);
}

void
stop_server (Fixture *f)
{
  int status;

  if (f->server_pid == 0)
    return;
  kill (f->server_pid, SIGTERM);
  waitpid (f->server_pid, &status, 0);
  g_spawn_close_pid (f->server_pid);
  f->server_pid = 0;
}

void
login_done (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *token = bw_sync_engine_login_finish (BW_SYNC_ENGINE (source), result, &error);

  g_assert_no_error (error);
  g_assert_nonnull (token);
  *(gboolean *) user_data = TRUE;
}

void
login_at (const char   *url,
          BwSyncEngine *engine,
          const char   *user)
{
  gboolean done = FALSE;

  bw_sync_engine_login_async (engine, url, user, "geheim-wachtwoord", NULL, login_done, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

void
login (Fixture      *f,
       BwSyncEngine *engine,
       const char   *user)
{
  login_at (f->url, engine, user);
}

static void
sync_done (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  SyncWait *wait = user_data;

  bw_sync_engine_sync_finish (BW_SYNC_ENGINE (source), result, &wait->error);
  wait->done = TRUE;
}

GError *
try_sync (BwSyncEngine *engine)
{
  SyncWait wait = { 0 };

  bw_sync_engine_sync_async (engine, NULL, sync_done, &wait);
  while (!wait.done)
    g_main_context_iteration (NULL, TRUE);
  return wait.error;
}

void
sync_ok (BwSyncEngine *engine)
{
  g_autoptr(GError) error = try_sync (engine);

  g_assert_no_error (error);
  g_assert_cmpuint (bw_sync_engine_count_pending (engine), ==, 0);
}

BwCaseStore *
open_store (Fixture    *f,
            const char *name,
            const char *author)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  BwCaseStore *store = bw_case_store_open (path, author, &error);

  g_assert_no_error (error);
  return store;
}

void
fixture_setup_full (Fixture    *f,
                    const char *server_stderr_path)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("bw-sync-XXXXXX", &error);
  g_assert_no_error (error);
  f->server_db = bw_test_server_db_new (f->dir, "server.db");
  add_user (f, "anna", "hoensbroek");
  add_user (f, "bram", "hoensbroek");
  add_user (f, "carla", "heerlerheide");
  if (server_stderr_path != NULL)
    {
      g_autofree char *path = g_build_filename (f->dir, server_stderr_path, NULL);
      start_server_full (f, NULL, path);
    }
  else
    start_server (f);

  f->store_a = open_store (f, "a.db", "Anna");
  f->store_b = open_store (f, "b.db", "Bram");
  f->sync_a = bw_sync_engine_new (f->store_a, &error);
  g_assert_no_error (error);
  f->sync_b = bw_sync_engine_new (f->store_b, &error);
  g_assert_no_error (error);
  login (f, f->sync_a, "anna");
  login (f, f->sync_b, "bram");
}

void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  fixture_setup_full (f, NULL);
}

void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->sync_a);
  g_clear_object (&f->sync_b);
  g_clear_object (&f->store_a);
  g_clear_object (&f->store_b);
  stop_server (f);
  bw_test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->server_db);
  g_free (f->url);
}

BwCase *
new_case (BwCaseStore *store,
          const char  *name)
{
  g_autoptr(GError) error = NULL;
  BwCase *c = bw_case_new ();

  bw_case_set_name (c, name);
  bw_case_set_buurt_code (c, BUURT);
  bw_case_set_status (c, BW_CASE_STATUS_ACTIVE);
  g_assert_true (bw_case_store_insert_case (store, c, &error));
  g_assert_no_error (error);
  return c;
}

BwEnrolment *
make_refused_changes (BwCaseStore *store,
                      BwPlanning  *planning,
                      BwCase      *resident,
                      BwOffer     *offer,
                      BwSession   *session)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *bad_email = g_strdup_printf ("UPDATE cases SET email = 'geen e-mailadres' WHERE uuid = '%s'",
                                                bw_case_get_uuid (resident));
  BwEnrolment *referral;

  g_assert_cmpint (sqlite3_exec (bw_case_store_get_db (store), bad_email, NULL, NULL, NULL), ==, SQLITE_OK);
  bw_offer_set_title (offer, "Taalcafé Passart");
  bw_offer_set_buurt_code (offer, BUURT);
  bw_offer_set_capacity (offer, 8);
  bw_offer_set_status (offer, BW_OFFER_STATUS_OPEN);
  g_assert_true (bw_planning_save_offer (planning, offer, &error));
  g_assert_no_error (error);
  bw_session_set_offer_uuid (session, bw_offer_get_uuid (offer));
  bw_session_set_date (session, "2027-01-12");
  bw_session_set_start_time (session, "09:30");
  bw_session_set_end_time (session, "11:30");
  g_assert_true (bw_planning_save_session (planning, session, FALSE, NULL, &error));
  g_assert_no_error (error);
  referral = bw_planning_refer_case (planning, bw_offer_get_uuid (offer), bw_case_get_id (resident), &error);
  g_assert_no_error (error);
  return referral;
}

gint64
local_id (BwCaseStore *store,
          const char  *uuid)
{
  sqlite3_stmt *stmt = NULL;
  gint64 id = 0;

  sqlite3_prepare_v2 (bw_case_store_get_db (store), "SELECT id FROM cases WHERE uuid = ?", -1, &stmt, NULL);
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return id;
}

BwCase *
get_by_uuid (BwCaseStore *store,
             const char  *uuid)
{
  g_autoptr(GError) error = NULL;
  gint64 id = local_id (store, uuid);
  BwCase *c;

  g_assert_cmpint (id, >, 0);
  c = bw_case_store_get_case (store, id, &error);
  g_assert_no_error (error);
  return c;
}

gint64
count_rows (BwCaseStore *store,
            const char  *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 n = -1;

  g_assert_cmpint (sqlite3_prepare_v2 (bw_case_store_get_db (store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return n;
}


/* Raw HTTP, to see exactly the bytes a client receives. */
char *
http_raw (Fixture    *f,
          const char *method,
          const char *path,
          const char *token,
          const char *body,
          guint      *status)
{
  g_autoptr(SoupSession) session = soup_session_new ();
  g_autofree char *url = g_strconcat (f->url, path, NULL);
  g_autoptr(SoupMessage) msg = soup_message_new (method, url);
  g_autoptr(GBytes) answer = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *auth = g_strconcat ("Bearer ", token, NULL);

  soup_message_headers_replace (soup_message_get_request_headers (msg), "Authorization", auth);
  if (body != NULL)
    {
      g_autoptr(GBytes) bytes = g_bytes_new (body, strlen (body));
      soup_message_set_request_body_from_bytes (msg, "application/json", bytes);
    }
  answer = soup_session_send_and_read (session, msg, NULL, &error);
  g_assert_no_error (error);
  *status = soup_message_get_status (msg);
  return g_strndup (g_bytes_get_data (answer, NULL), g_bytes_get_size (answer));
}

BwStorage *
open_server_db (Fixture *f)
{
  return bw_test_server_db_open (f->server_db);
}

gint64
server_count (Fixture    *f,
              const char *sql,
              const char *arg)
{
  return bw_test_server_db_count (f->server_db, sql, arg);
}

gboolean
file_contains (const char *path,
               const char *needle)
{
  g_autofree char *data = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &data, &length, NULL))
    return FALSE;
  return memmem (data, length, needle, strlen (needle)) != NULL;
}

gboolean
desktop_file_contains (Fixture    *f,
                       const char *name,
                       const char *needle)
{
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);

  return file_contains (path, needle) || file_contains (wal, needle);
}
