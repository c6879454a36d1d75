/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-tests"
/* A fresh demo, made as build-aux/run-app makes it (the demo server, its
 * accounts and planning through buurtwerk-demo), ends the first sync of
 * every demo account's desktop with nothing refused, nothing set aside
 * and no conflict (issue 15). */
#include "config.h"

#include <glib/gstdio.h>

#ifdef HAVE_POSTGRESQL
#include "bw-test-postgresql.h"
#endif
#include "sync-test-utils.h"
#include "bw-planning.h"
#include "bw-planning-private.h"

static const char *demo_exe;

static void
run_demo (const char * const *argv)
{
  g_autoptr(GSubprocess) proc = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;

  proc = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDERR_PIPE, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (proc, NULL, NULL, NULL, &err, &error);
  g_assert_no_error (error);
  if (!g_subprocess_get_successful (proc))
    g_error ("%s %s failed: %s", argv[0], argv[1], err);
}

/* What run-app does before it starts the app: the demo accounts, the
 * server, the demo seeded through the trainer's and the team's desktops. */
static void
setup (Fixture       *f,
       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("bw-demo-XXXXXX", &error);
  g_assert_no_error (error);
  f->server_db = g_build_filename (f->dir, "demo-server.db", NULL);
  run_demo ((const char *[]) { demo_exe, "accounts", "--server-exe", server_exe,
                               "--server-db", f->server_db, NULL });
  start_server (f);
  run_demo ((const char *[]) { demo_exe, "seed", "--server-exe", server_exe, "--server-db", f->server_db,
                               "--url", f->url, "--datadir", f->dir, NULL });
}

static void
remove_all (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir && (name = g_dir_read_name (dir)))
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_all (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static void
teardown (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
  const char *name;

  stop_server (f);
  while (dir && (name = g_dir_read_name (dir)))
    if (g_str_has_prefix (name, "as-"))
      {
        g_autofree char *child = g_build_filename (f->dir, name, NULL);

        remove_all (child);
      }
  fixture_teardown (f, data);
}

/* A desktop of @login as run-app starts it: the demo account's own
 * database (seeded), the trainer's (seeded), or for the others a new one
 * without demo data; the role asked from the server at the first sync. */
static BwCaseStore *
desktop (Fixture    *f,
         const char *login)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_strconcat (f->dir, G_DIR_SEPARATOR_S, "as-", login, NULL);
  g_autofree char *path = NULL;
  BwCaseStore *store;

  if (g_str_equal (login, "demo"))
    path = g_build_filename (f->dir, "buurtwerk.db", NULL);
  else
    {
      g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
      path = g_build_filename (dir, "buurtwerk.db", NULL);
    }
  store = bw_case_store_open (path, "Desktop user", &error);
  g_assert_no_error (error);
  g_assert_true (bw_case_store_set_meta (store, "role", NULL, &error));
  g_assert_no_error (error);
  return store;
}

static void
assert_clean (BwSyncEngine *engine,
              const char   *login)
{
  g_autoptr(GListModel) problems = bw_sync_engine_list_problems (engine);
  g_autoptr(GListModel) set_aside = bw_sync_engine_list_set_aside (engine);
  g_autoptr(GListModel) conflicts = bw_sync_engine_list_conflicts (engine);

  g_test_message ("%s: %u refused, %u set aside, %u conflicts", login,
                  g_list_model_get_n_items (problems), g_list_model_get_n_items (set_aside),
                  g_list_model_get_n_items (conflicts));
  for (guint i = 0; i < g_list_model_get_n_items (conflicts); i++)
    {
      g_autoptr(BwSyncConflict) c = g_list_model_get_item (conflicts, i);

      g_test_message ("  conflict: %s %s", bw_sync_conflict_get_record_type (c), bw_sync_conflict_get_field (c));
    }
  for (guint i = 0; i < g_list_model_get_n_items (set_aside); i++)
    {
      g_autoptr(BwSyncConflict) c = g_list_model_get_item (set_aside, i);

      g_test_message ("  set aside: %s: %s", bw_sync_conflict_get_record_type (c), bw_sync_conflict_get_message (c));
    }
  for (guint i = 0; i < g_list_model_get_n_items (problems); i++)
    {
      g_autoptr(BwSyncConflict) c = g_list_model_get_item (problems, i);

      g_test_message ("  refused: %s: %s", bw_sync_conflict_get_record_type (c), bw_sync_conflict_get_message (c));
    }
  g_assert_cmpuint (g_list_model_get_n_items (problems), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (set_aside), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (conflicts), ==, 0);
  g_assert_cmpuint (bw_sync_engine_count_pending (engine), ==, 0);
}

static void
test_every_account (Fixture       *f,
                    gconstpointer  data)
{
  /* The team's desktop first, as make run starts it; the others after. */
  const char *logins[] = { "demo", "collega", "trainer", "coordinator", "vsv", "jeugdzorg" };
  g_autoptr(BwCaseStore) team = NULL;
  g_autoptr(BwCaseStore) colleague = NULL;
  g_autoptr(BwCaseStore) trainer = NULL;
  g_autoptr(BwCaseStore) coordinator = NULL;
  g_autofree char *referred_uuid = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (logins); i++)
    {
      g_autoptr(BwCaseStore) store = desktop (f, logins[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(BwSyncEngine) engine = bw_sync_engine_new (store, &error);
      g_autofree char *token = new_token (f, logins[i]);

      g_assert_no_error (error);
      bw_sync_engine_set_server (engine, f->url, token);
      error = try_sync (engine);
      g_assert_no_error (error);
      assert_clean (engine, logins[i]);

      if (g_str_equal (logins[i], "demo"))
        {
          /* A member refers one more resident in the app; other desktops
           * note the enrolment in the case's journal when it arrives. */
          g_autoptr(BwPlanning) planning = bw_planning_new (store);
          g_autoptr(BwEnrolment) e = NULL;
          gint64 case_id = count_rows (store, "SELECT min (id) FROM cases WHERE status = 'active' AND uuid NOT IN"
                                              " (SELECT case_uuid FROM enrolments WHERE case_uuid IS NOT NULL)");
          g_autofree char *offer = NULL;
          sqlite3_stmt *stmt = NULL;

          sqlite3_prepare_v2 (bw_case_store_get_db (store), "SELECT uuid FROM offers WHERE title = 'Sollicitatietraining'",
                              -1, &stmt, NULL);
          g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
          offer = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
          sqlite3_finalize (stmt);
          e = bw_planning_refer_case (planning, offer, case_id, &error);
          g_assert_no_error (error);
          referred_uuid = g_strdup (bw_enrolment_get_uuid (e));
          error = try_sync (engine);
          g_assert_no_error (error);
          assert_clean (engine, logins[i]);
          team = g_object_ref (store);
        }
      else if (g_str_equal (logins[i], "collega"))
        colleague = g_object_ref (store);
      else if (g_str_equal (logins[i], "trainer"))
        trainer = g_object_ref (store);
      else if (g_str_equal (logins[i], "coordinator"))
        coordinator = g_object_ref (store);
    }

  /* The demo planning is there, made by whom may make it. */
  g_assert_cmpint (count_rows (team, "SELECT count (*) FROM offers WHERE deleted = 0"), ==, 4);
  g_assert_cmpint (count_rows (trainer, "SELECT count (*) FROM offers WHERE deleted = 0"), ==, 4);
  g_assert_cmpint (count_rows (team, "SELECT count (*) FROM enrolments WHERE status = 'placed'"), ==, 18);
  g_assert_cmpint (count_rows (team, "SELECT count (*) FROM enrolments WHERE status = 'waiting'"), ==, 2);
  g_assert_cmpint (count_rows (team, "SELECT count (*) FROM enrolments WHERE status = 'referred'"), ==, 4);
  g_assert_cmpint (count_rows (trainer, "SELECT count (*) FROM enrolments"), ==, 24);
  g_assert_cmpint (count_rows (trainer, "SELECT count (*) FROM cases"), ==, 0);
  g_assert_cmpint (count_rows (coordinator, "SELECT count (*) FROM enrolments"), ==, 24);
  g_assert_cmpint (server_count (f, "SELECT count (*) FROM records r JOIN users u ON u.name = r.created_by"
                                    " WHERE r.type = 'offer' AND u.login = ?1", "trainer"), ==, 4);
  /* Each referral's note is in the coordinator's journal once, as the
   * member who referred wrote it. */
  g_assert_cmpint (count_rows (coordinator, "SELECT count (*) FROM journal WHERE text LIKE 'Referred to the training%'"),
                   ==, 24);
  {
    g_autofree char *note = bw_planning_journal_uuid (referred_uuid, "referred");
    g_autofree char *sql = g_strdup_printf ("SELECT count (*) FROM journal WHERE uuid = '%s' AND author ="
                                            " 'Demo buurtteam'", note);

    /* Signed with the member's name on the server (GET /me), on the
     * coordinator's desktop too, which noted the referral itself when it
     * arrived. */
    g_assert_cmpint (count_rows (coordinator, sql), ==, 1);
    g_assert_cmpint (count_rows (team, sql), ==, 1);
  }
  /* The colleague's desktop has the team's cases, all the demo
   * member's, and both workers to hand one over to. */
  g_assert_cmpint (count_rows (colleague, "SELECT count (*) FROM cases WHERE deleted = 0"), ==,
                   count_rows (team, "SELECT count (*) FROM cases WHERE deleted = 0"));
  g_assert_cmpint (count_rows (colleague, "SELECT count (*) FROM cases WHERE owner <> "
                                          " (SELECT id FROM team_users WHERE name = 'Demo buurtteam')"), ==, 0);
  g_assert_cmpint (count_rows (colleague, "SELECT count (*) FROM team_users WHERE role = 'buurtteam'"), ==, 2);
  /* Nothing any demo desktop sent was refused. */
  g_assert_cmpint (server_count (f, "SELECT count (*) FROM audit_log WHERE action = ?1", "denied"), ==, 0);
}

#ifdef HAVE_POSTGRESQL
/* What the server holds that a move must keep: every row of the tables
 * that matter to a desktop, and the last sequence number. */
static char *
server_summary (Fixture *f)
{
  return g_strdup_printf ("records=%" G_GINT64_FORMAT " tokens=%" G_GINT64_FORMAT " users=%" G_GINT64_FORMAT
                          " audit=%" G_GINT64_FORMAT " last=%" G_GINT64_FORMAT,
                          server_count (f, "SELECT count (*) FROM records", NULL),
                          server_count (f, "SELECT count (*) FROM tokens", NULL),
                          server_count (f, "SELECT count (*) FROM users", NULL),
                          server_count (f, "SELECT count (*) FROM audit_log", NULL),
                          server_count (f, "SELECT last FROM sequence", NULL));
}

/* The demo, synced by every account, moved from SQLite to PostgreSQL with
 * migrate-db: each desktop syncs on against the moved server without
 * pulling again, with nothing refused, set aside or in conflict, and a
 * change still travels from one desktop to another (issue 19). */
static void
test_moved_to_postgresql (Fixture       *f,
                          gconstpointer  data)
{
  const char *logins[] = { "demo", "collega", "trainer", "coordinator", "vsv", "jeugdzorg" };
  BwCaseStore *stores[G_N_ELEMENTS (logins)];
  BwSyncEngine *engines[G_N_ELEMENTS (logins)];
  char *tokens[G_N_ELEMENTS (logins)];
  gint64 since[G_N_ELEMENTS (logins)];
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *epoch = NULL;
  g_autofree char *target = NULL;
  g_autofree char *log = NULL;
  g_autofree char *journal_uuid = NULL;

  target = bw_test_postgresql_new_database (&error);
  if (g_error_matches (error, BW_TEST_POSTGRESQL_ERROR, BW_TEST_POSTGRESQL_ERROR_NOT_FOUND))
    {
      g_test_skip ("PostgreSQL is not installed");
      return;
    }
  g_assert_no_error (error);
  g_setenv ("STATE_DIRECTORY", f->dir, TRUE);

  for (guint i = 0; i < G_N_ELEMENTS (logins); i++)
    {
      stores[i] = desktop (f, logins[i]);
      engines[i] = bw_sync_engine_new (stores[i], &error);
      g_assert_no_error (error);
      tokens[i] = new_token (f, logins[i]);
      bw_sync_engine_set_server (engines[i], f->url, tokens[i]);
      sync_ok (engines[i]);
    }
  /* Until every desktop has what the others sent at their first sync
   * (the coordinator notes referrals as they arrive, and so on). */
  for (guint round = 0; round < 4; round++)
    {
      gint64 last = server_count (f, "SELECT last FROM sequence", NULL);

      for (guint i = 0; i < G_N_ELEMENTS (logins); i++)
        sync_ok (engines[i]);
      if (server_count (f, "SELECT last FROM sequence", NULL) == last)
        break;
      g_assert_cmpuint (round, <, 3);
    }
  for (guint i = 0; i < G_N_ELEMENTS (logins); i++)
    since[i] = count_rows (stores[i], "SELECT value FROM sync_state WHERE key = 'since'");
  before = server_summary (f);
  {
    g_autoptr(BwStorage) db = open_server_db (f);

    epoch = bw_storage_get_meta (db, "epoch");
  }

  /* The move, as docs/deployment.md says: stop, migrate-db, serve. */
  stop_server (f);
  {
    const char *argv[] = { server_exe, "migrate-db", "--from", f->server_db, "--to", target, NULL };
    g_autoptr(GSubprocess) proc = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDERR_PIPE, &error);

    g_assert_no_error (error);
    g_subprocess_communicate_utf8 (proc, NULL, NULL, NULL, &log, &error);
    g_assert_no_error (error);
    g_test_message ("migrate-db: %s", log);
    g_assert_true (g_subprocess_get_successful (proc));
    /* Counts, no names. */
    g_assert_nonnull (strstr (log, "migrate-db done"));
    g_assert_null (strstr (log, "Demo buurtteam"));
  }
  g_free (f->server_db);
  f->server_db = g_strdup (target);
  /* A server purges closed cases when it starts; the demo's old ones went
   * at the demo's own start, but seeded after it they would go now, which
   * is not the move's doing. */
  start_server_full (f, (const char *[]) { "--retention-months", "1200", NULL }, NULL);
  after = server_summary (f);
  g_assert_cmpstr (after, ==, before);

  /* A second copy into the same database is refused and changes nothing. */
  {
    const char *argv[] = { server_exe, "migrate-db", "--from", f->server_db, "--to", target, NULL };
    g_autoptr(GSubprocess) proc = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDERR_SILENCE, &error);

    g_assert_no_error (error);
    g_assert_true (g_subprocess_wait (proc, NULL, &error));
    g_assert_false (g_subprocess_get_successful (proc));
  }

  for (guint i = 0; i < G_N_ELEMENTS (logins); i++)
    {
      g_autofree char *same_epoch = g_strdup_printf ("SELECT count (*) FROM sync_state WHERE key = 'epoch'"
                                                     " AND value = '%s'", epoch);

      /* The same token, at the moved server's address. */
      bw_sync_engine_set_server (engines[i], f->url, tokens[i]);
      sync_ok (engines[i]);
      assert_clean (engines[i], logins[i]);
      /* Nothing pulled again: the same epoch, the same place in the feed
       * (a partner's desktop reads no feed, only its snapshot). */
      if (g_str_equal (logins[i], "vsv") || g_str_equal (logins[i], "jeugdzorg"))
        continue;
      g_assert_cmpint (count_rows (stores[i], same_epoch), ==, 1);
      g_assert_cmpint (count_rows (stores[i], "SELECT value FROM sync_state WHERE key = 'since'"), ==, since[i]);
    }

  /* A note written on the demo desktop reaches the colleague's. */
  {
    gint64 case_id = count_rows (stores[0], "SELECT min (id) FROM cases WHERE deleted = 0");
    gint64 note_id = bw_case_store_add_journal (stores[0], case_id, "2026-12-01", "Verhuizing server besproken",
                                                &error);
    g_autofree char *sql = g_strdup_printf ("SELECT uuid FROM journal WHERE id = %" G_GINT64_FORMAT, note_id);
    g_autofree char *arrived = NULL;
    sqlite3_stmt *stmt = NULL;

    g_assert_no_error (error);
    sqlite3_prepare_v2 (bw_case_store_get_db (stores[0]), sql, -1, &stmt, NULL);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    journal_uuid = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
    sqlite3_finalize (stmt);
    sync_ok (engines[0]);
    sync_ok (engines[1]);
    arrived = g_strdup_printf ("SELECT count (*) FROM journal WHERE uuid = '%s'", journal_uuid);
    g_assert_cmpint (count_rows (stores[1], arrived), ==, 1);
    assert_clean (engines[0], logins[0]);
    assert_clean (engines[1], logins[1]);
  }
  g_assert_cmpint (server_count (f, "SELECT count (*) FROM audit_log WHERE action = ?1", "denied"), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (logins); i++)
    {
      g_object_unref (engines[i]);
      g_object_unref (stores[i]);
      g_free (tokens[i]);
    }
}

#endif

int
main (int   argc,
      char *argv[])
{
  server_exe = g_getenv ("BUURTWERK_SERVER");
  demo_exe = g_getenv ("BUURTWERK_DEMO");
  g_test_init (&argc, &argv, NULL);
  g_assert_nonnull (server_exe);
  g_assert_nonnull (demo_exe);

  g_test_add ("/demo/first-sync-of-every-account", Fixture, NULL, setup, test_every_account, teardown);
#ifdef HAVE_POSTGRESQL
  g_test_add ("/demo/moved-to-postgresql", Fixture, NULL, setup, test_moved_to_postgresql, teardown);
#endif
  return g_test_run ();
}
