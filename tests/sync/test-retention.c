/* SPDX-License-Identifier: EUPL-1.2 */
/* Retention of closed cases, against the real buurtwerk-server on
 * 127.0.0.1 with real SQLite files: a case closed longer ago than the
 * retention period is purged by the server's admin command, and both
 * desktops' next sync removes it from their queries and from the bytes of
 * their database files and WALs; only its counts remain, in aggregates;
 * one "purge" audit row without personal data; recent and open cases stay;
 * an offline edit of the purged case is refused and never brings it back. */
#define _GNU_SOURCE
#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "bw-date.h"
#include "bw-retention.h"
#include "bw-case-store-retention.h"
#include "bw-demo-data.h"
#include "bw-sync-conflict.h"
#include "bw-validation.h"
#include "sync-test-utils.h"

#define OLD_NAME "Zwanetta Oudbewaard"
#define OLD_TOKEN "oudbewaard"  /* as the full-text index keeps it */
#define OLD_JOURNAL "Kwartelkoningsteeg schuldhulpgesprek vertrouwelijk"
#define OFFLINE_TEXT "Boterbloemhof nagekomen aantekening"

static BwCase *
closed_case (BwCaseStore *store,
             const char  *name,
             const char  *closed_on,
             gboolean     debts)
{
  g_autoptr(GError) error = NULL;
  BwCase *c = new_case (store, name);

  bw_case_set_track (c, BW_TRACK_WORK);
  bw_case_set_has_debts (c, debts);
  bw_case_set_status (c, BW_CASE_STATUS_CLOSED);
  bw_case_set_outcome (c, BW_OUTCOME_WORK);
  bw_case_set_closed_on (c, closed_on);
  g_assert_true (bw_case_store_update_case (store, c, NULL, &error));
  g_assert_no_error (error);
  return c;
}

static void
run_purge (Fixture    *f,
           const char *today)
{
  const char *argv[] = { server_exe, "purge", "--db", f->server_db, "--retention-months", "24",
                         "--today", today, NULL };
  g_autoptr(GSubprocess) proc = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;

  proc = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDERR_PIPE, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (proc, NULL, NULL, NULL, &err, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_successful (proc));
  g_assert_nonnull (strstr (err, "purge cases="));
  g_assert_null (strstr (err, "Zwanetta"));
}

static gboolean
server_file_contains (Fixture    *f,
                      const char *needle)
{
  g_autofree char *wal = g_strconcat (f->server_db, "-wal", NULL);

  /* PostgreSQL keeps a deleted row's bytes until autovacuum reuses them
   * (docs/deployment.md); what any query can still reach is checked. */
  if (bw_test_server_db_is_postgresql ())
    return server_count (f, "SELECT (SELECT count(*) FROM records WHERE strpos (fields, ?1) > 0)"
                            " + (SELECT count(*) FROM applied_changes WHERE strpos (answer, ?1) > 0)"
                            " + (SELECT count(*) FROM conflicts WHERE strpos (coalesce (server_value, '')"
                            " || coalesce (client_value, ''), ?1) > 0)"
                            " + (SELECT count(*) FROM audit_log WHERE strpos (coalesce (detail, ''), ?1) > 0)",
                         needle) > 0;
  return file_contains (f->server_db, needle) || file_contains (wal, needle);
}

static void
test_purge_everywhere (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *today = bw_date_today ();
  g_autofree char *old_date = bw_retention_cutoff (today, 30);
  g_autofree char *recent_date = bw_retention_cutoff (today, 10);
  g_autofree char *old_month = g_strndup (old_date, 7);
  g_autoptr(BwCase) old = closed_case (f->store_a, OLD_NAME, old_date, TRUE);
  g_autoptr(BwCase) recent = closed_case (f->store_a, "Recent Gesloten", recent_date, FALSE);
  g_autoptr(BwCase) open = new_case (f->store_a, "Nog Open");
  g_autofree char *old_uuid = g_strdup (bw_case_get_uuid (old));
  g_autofree char *journal_uuid = NULL;
  g_autoptr(BwCase) on_b = NULL;
  g_autoptr(GListModel) problems = NULL;
  g_autofree char *token = NULL;
  g_autofree char *carla = NULL;
  g_autofree char *body = NULL;
  g_autofree char *answer = NULL;
  g_autofree char *expected = NULL;
  guint status = 0;
  gint64 journal_id;

  journal_id = bw_case_store_add_journal (f->store_a, bw_case_get_id (old), old_date, OLD_JOURNAL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (journal_id, >, 0);
  sync_ok (f->sync_a);
  sync_ok (f->sync_b);
  on_b = get_by_uuid (f->store_b, old_uuid);
  g_assert_nonnull (on_b);
  g_assert_cmpint (server_count (f, "SELECT count(*) FROM records WHERE case_uuid = ?1", old_uuid), >=, 2);
  {
    sqlite3_stmt *stmt = NULL;
    sqlite3_prepare_v2 (bw_case_store_get_db (f->store_a), "SELECT uuid FROM journal WHERE id = ?1", -1, &stmt, NULL);
    sqlite3_bind_int64 (stmt, 1, journal_id);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    journal_uuid = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
    sqlite3_finalize (stmt);
  }

  /* B writes in the case while offline: it has not synced yet when the
   * server purges. */
  bw_case_store_add_journal (f->store_b, bw_case_get_id (on_b), today, OFFLINE_TEXT, &error);
  g_assert_no_error (error);

  run_purge (f, today);

  /* On the server: gone, with only its counts and one audit row. */
  g_assert_cmpint (server_count (f, "SELECT count(*) FROM records WHERE case_uuid = ?1", old_uuid), ==, 0);
  g_assert_cmpint (server_count (f, "SELECT count(*) FROM records WHERE case_uuid = ?1",
                                 bw_case_get_uuid (recent)), >=, 1);
  g_assert_cmpint (server_count (f, "SELECT count(*) FROM records WHERE case_uuid = ?1",
                                 bw_case_get_uuid (open)), >=, 1);
  g_assert_cmpint (server_count (f, "SELECT count FROM aggregates WHERE buurt_code = '" BUURT "'"
                                 " AND month = ?1 AND measure = 'closed' AND value = 'all'", old_month), ==, 1);
  g_assert_cmpint (server_count (f, "SELECT count FROM aggregates WHERE buurt_code = '" BUURT "'"
                                 " AND month = ?1 AND measure = 'outcome' AND value = 'work'", old_month), ==, 1);
  g_assert_cmpint (server_count (f, "SELECT count FROM aggregates WHERE buurt_code = '" BUURT "'"
                                 " AND month = ?1 AND measure = 'debts' AND value = 'yes'", old_month), ==, 1);
  g_assert_cmpint (server_count (f, "SELECT count(*) FROM aggregates WHERE measure = 'closed'", NULL), ==, 1);
  g_assert_cmpint (server_count (f, "SELECT count FROM aggregates WHERE buurt_code = '" BUURT "'"
                                 " AND month = ?1 AND measure = 'opened'", old_month), ==, 1);
  g_assert_cmpint (server_count (f, "SELECT sum (count) FROM aggregates", NULL), ==, 5);
  g_assert_cmpint (server_count (f, "SELECT count(*) FROM audit_log WHERE action = 'purge'", NULL), ==, 1);
  g_assert_cmpint (server_count (f, "SELECT count(*) FROM audit_log WHERE action = 'purge' AND case_uuid = ?1"
                                 " AND detail = 'retention=24m' AND user_id IS NULL", old_uuid), ==, 1);
  g_assert_cmpint (server_count (f, "SELECT count(*) FROM audit_log WHERE detail LIKE '%Zwanetta%'"
                                 " OR detail LIKE '%Kwartel%'", NULL), ==, 0);
  g_assert_false (server_file_contains (f, OLD_NAME));
  g_assert_false (server_file_contains (f, OLD_JOURNAL));

  /* A second run finds nothing more. */
  run_purge (f, today);
  g_assert_cmpint (server_count (f, "SELECT count(*) FROM audit_log WHERE action = 'purge'", NULL), ==, 1);

  /* The server refuses a change of the purged case, or its re-creation,
   * from its team, and answers another team like any unknown record. */
  token = new_token (f, "anna");
  body = g_strdup_printf ("{\"changes\":[{\"client_change_id\":\"%s\",\"type\":\"journal\",\"uuid\":\"%s\","
                          "\"case_uuid\":\"%s\",\"base_revision\":1,\"fields\":{\"text\":\"x\"}}]}",
                          "0f0e0d0c-0b0a-4908-8706-050403020100", journal_uuid, old_uuid);
  answer = http_raw (f, "POST", "/api/v1/push", token, body, &status);
  g_assert_cmpuint (status, ==, 200);
  g_assert_nonnull (strstr (answer, "\"code\":\"purged\""));
  carla = new_token (f, "carla");
  g_free (answer);
  answer = http_raw (f, "POST", "/api/v1/push", carla, body, &status);
  g_assert_cmpuint (status, ==, 200);
  g_assert_null (strstr (answer, "purged"));
  g_assert_nonnull (strstr (answer, "\"code\":\"not_found\""));

  /* Both desktops sync: the case goes there too. */
  sync_ok (f->sync_a);
  sync_ok (f->sync_b);
  for (int i = 0; i < 2; i++)
    {
      BwCaseStore *store = i == 0 ? f->store_a : f->store_b;
      const char *file = i == 0 ? "a.db" : "b.db";
      g_autoptr(BwCase) kept_recent = get_by_uuid (store, bw_case_get_uuid (recent));
      g_autoptr(BwCase) kept_open = get_by_uuid (store, bw_case_get_uuid (open));

      g_assert_cmpint (local_id (store, old_uuid), ==, 0);
      g_assert_nonnull (kept_recent);
      g_assert_nonnull (kept_open);
      g_assert_cmpint (count_rows (store, "SELECT count(*) FROM case_fts WHERE case_fts MATCH 'zwanetta'"), ==, 0);
      g_assert_cmpint (count_rows (store, "SELECT count(*) FROM case_fts WHERE case_fts MATCH 'kwartelkoningsteeg'"), ==, 0);
      g_assert_cmpint (count_rows (store, "SELECT count(*) FROM outbox"), ==, 0);
      g_assert_false (desktop_file_contains (f, file, OLD_NAME));
      g_assert_false (desktop_file_contains (f, file, OLD_TOKEN));
      g_assert_false (desktop_file_contains (f, file, OLD_JOURNAL));
      g_assert_false (desktop_file_contains (f, file, "kwartelkoningsteeg"));
      g_assert_false (desktop_file_contains (f, file, OFFLINE_TEXT));
      g_assert_cmpint (bw_case_store_get_aggregate (store, BUURT, old_month, "closed", "all"), ==, 1);
    }

  /* B's offline edit was dropped, and said so. */
  problems = bw_sync_engine_list_problems (f->sync_b);
  g_assert_cmpuint (g_list_model_get_n_items (problems), ==, 1);
  {
    g_autoptr(BwSyncConflict) problem = g_list_model_get_item (problems, 0);

    expected = g_strdup ("The case was removed after its retention period");
    g_assert_cmpstr (bw_sync_conflict_get_message (problem), ==, expected);
    g_assert_cmpstr (bw_sync_conflict_get_code (problem), ==, "purged");
  }

  /* And it never came back. */
  sync_ok (f->sync_b);
  sync_ok (f->sync_a);
  g_assert_cmpint (server_count (f, "SELECT count(*) FROM records WHERE case_uuid = ?1", old_uuid), ==, 0);
  g_assert_cmpint (local_id (f->store_a, old_uuid), ==, 0);
  g_assert_false (server_file_contains (f, OFFLINE_TEXT));
}

/* The "done when": a closed demo case past the retention period is
 * gone from the server and both desktops after a sync; its counts remain. */
static void
test_demo_case (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *today = bw_date_today ();
  g_autofree char *cutoff = bw_retention_cutoff (today, BW_RETENTION_DEFAULT_MONTHS);
  g_autoptr(GPtrArray) old = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = NULL;
  gint64 cases_before;

  g_assert_true (bw_demo_data_fill (f->store_a, 40, 7, &error));
  g_assert_no_error (error);
  sqlite3_prepare_v2 (bw_case_store_get_db (f->store_a), "SELECT uuid FROM cases WHERE status = 'closed'"
                      " AND closed_on < ?1", -1, &stmt, NULL);
  sqlite3_bind_text (stmt, 1, cutoff, -1, SQLITE_TRANSIENT);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (old, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);
  g_assert_cmpuint (old->len, >=, 1);
  cases_before = count_rows (f->store_a, "SELECT count(*) FROM cases");

  sync_ok (f->sync_a);
  sync_ok (f->sync_b);
  g_assert_cmpint (count_rows (f->store_b, "SELECT count(*) FROM cases"), ==, cases_before);

  run_purge (f, today);
  sync_ok (f->sync_a);
  sync_ok (f->sync_b);

  for (guint i = 0; i < old->len; i++)
    {
      g_assert_cmpint (local_id (f->store_a, g_ptr_array_index (old, i)), ==, 0);
      g_assert_cmpint (local_id (f->store_b, g_ptr_array_index (old, i)), ==, 0);
      g_assert_cmpint (server_count (f, "SELECT count(*) FROM records WHERE case_uuid = ?1",
                                     g_ptr_array_index (old, i)), ==, 0);
    }
  g_assert_cmpint (count_rows (f->store_a, "SELECT count(*) FROM cases"), ==, cases_before - old->len);
  g_assert_cmpint (count_rows (f->store_b, "SELECT count(*) FROM cases"), ==, cases_before - old->len);
  g_assert_cmpint (server_count (f, "SELECT sum (count) FROM aggregates WHERE measure = 'closed'", NULL),
                   ==, old->len);
  g_assert_cmpint (count_rows (f->store_b, "SELECT sum (count) FROM aggregates WHERE measure = 'closed'"),
                   ==, old->len);
  g_assert_cmpint (server_count (f, "SELECT count(*) FROM audit_log WHERE action = 'purge'", NULL), ==, old->len);
}

/* serve purges by itself at start (on its own thread), at the retention
 * given on its command line. */
static void
test_serve_purges_at_start (Fixture       *f,
                            gconstpointer  data)
{
  const char *args[] = { "--retention-months", "12", NULL };
  g_autofree char *today = bw_date_today ();
  g_autofree char *closed_on = bw_retention_cutoff (today, 18);
  g_autoptr(BwCase) old = closed_case (f->store_a, OLD_NAME, closed_on, FALSE);
  g_autofree char *uuid = g_strdup (bw_case_get_uuid (old));
  g_autofree char *log = g_build_filename (f->dir, "serve.log", NULL);
  g_autofree char *log_text = NULL;
  guint waited = 0;

  sync_ok (f->sync_a);
  /* Kept at the default of 24 months (the fixture's server). */
  g_assert_cmpint (server_count (f, "SELECT count(*) FROM records WHERE case_uuid = ?1", uuid), >=, 1);

  stop_server (f);
  start_server_full (f, args, log);
  while (server_count (f, "SELECT count(*) FROM records WHERE case_uuid = ?1", uuid) > 0 && waited++ < 100)
    g_usleep (50 * 1000);
  g_assert_cmpint (server_count (f, "SELECT count(*) FROM records WHERE case_uuid = ?1", uuid), ==, 0);
  g_assert_cmpint (server_count (f, "SELECT count(*) FROM audit_log WHERE action = 'purge'"
                                 " AND detail = 'retention=12m'", NULL), ==, 1);
  /* The log line comes after the commit. */
  for (waited = 0; waited < 100; waited++)
    {
      g_clear_pointer (&log_text, g_free);
      g_assert_true (g_file_get_contents (log, &log_text, NULL, NULL));
      if (strstr (log_text, "purge cases=1 retention_months=12") != NULL)
        break;
      g_usleep (50 * 1000);
    }
  g_assert_nonnull (strstr (log_text, "purge cases=1 retention_months=12"));
  g_assert_null (strstr (log_text, "Zwanetta"));

  login (f, f->sync_a, "anna");
  sync_ok (f->sync_a);
  g_assert_cmpint (local_id (f->store_a, uuid), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  server_exe = g_getenv ("BUURTWERK_SERVER");
  g_test_add ("/retention/purge-everywhere", Fixture, NULL, fixture_setup, test_purge_everywhere,
              fixture_teardown);
  g_test_add ("/retention/demo-case", Fixture, NULL, fixture_setup, test_demo_case, fixture_teardown);
  g_test_add ("/retention/serve-purges-at-start", Fixture, NULL, fixture_setup, test_serve_purges_at_start,
              fixture_teardown);
  return g_test_run ();
}
