/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-tests"
/* A fresh demo, made as build-aux/run-app makes it (the demo server, its
 * accounts and planning through buurtwerk-demo), ends the first sync of
 * every demo account's desktop with nothing refused, nothing set aside
 * and no conflict (issue 15). */
#include "config.h"

#include <glib/gstdio.h>

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
  return g_test_run ();
}
