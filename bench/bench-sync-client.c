/* SPDX-License-Identifier: EUPL-1.2 */
/* Client and server in one run: the sync engine of two desktops against
 * an in-process buurtwerk-server on 127.0.0.1. Desktop A pushes N demo
 * cases (with their journals, actions, scores); desktop B, empty, does its
 * initial sync; then A changes 100 cases and B syncs incrementally.
 * Prints figures; asserts nothing about speed.
 *
 *   meson compile -C _build bench-sync-client && _build/bench/bench-sync-client [N]
 */
#include "config.h"

#include <glib/gstdio.h>

#include "bw-case-store-private.h"
#include "bw-demo-data.h"
#include "bw-server-store.h"
#include "bw-sync-engine.h"
#include "bw-sync-server.h"

static double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

static void
sync_done (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  bw_sync_engine_sync_finish (BW_SYNC_ENGINE (source), result, &error);
  g_assert_no_error (error);
  *(gboolean *) user_data = TRUE;
}

static double
timed_sync (BwSyncEngine *engine)
{
  gboolean done = FALSE;
  gint64 start = g_get_monotonic_time ();

  bw_sync_engine_sync_async (engine, NULL, sync_done, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  return ms_since (start);
}

static gint64
count (BwCaseStore *store,
       const char  *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 n = 0;

  sqlite3_prepare_v2 (bw_case_store_get_db (store), sql, -1, &stmt, NULL);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return n;
}

int
main (int   argc,
      char *argv[])
{
  guint n = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 10000;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("bw-bench-client-XXXXXX", NULL);
  g_autofree char *server_db = g_build_filename (dir, "server.db", NULL);
  g_autofree char *a_db = g_build_filename (dir, "a.db", NULL);
  g_autofree char *b_db = g_build_filename (dir, "b.db", NULL);
  g_autoptr(BwServerStore) server_store = NULL;
  g_autoptr(BwSyncServer) server = NULL;
  g_autoptr(BwServerUser) user = NULL;
  g_autoptr(BwCaseStore) a = NULL;
  g_autoptr(BwCaseStore) b = NULL;
  g_autoptr(BwSyncEngine) sync_a = NULL;
  g_autoptr(BwSyncEngine) sync_b = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autofree char *token = NULL;
  g_autofree char *url = NULL;
  BwCaseQuery q;
  gint64 records, start;
  double ms;

  server_store = bw_server_store_open (server_db, &error);
  g_assert_no_error (error);
  bw_server_store_add_user (server_store, "bench", "Bench", BW_ROLE_BUURTTEAM, "noord", NULL,
                            "benchmark-password", &error);
  g_assert_no_error (error);
  user = bw_server_store_find_user (server_store, "bench", NULL);
  token = bw_server_store_new_token (server_store, user->id, g_get_real_time () / G_USEC_PER_SEC + 3600, &error);
  server = bw_sync_server_new (server_store, 64 * 1024 * 1024);
  g_assert_true (bw_sync_server_listen (server, "127.0.0.1", 0, NULL, &error));
  url = bw_sync_server_get_url (server);

  a = bw_case_store_open (a_db, "A", &error);
  g_assert_no_error (error);
  b = bw_case_store_open (b_db, "B", &error);
  g_assert_no_error (error);
  sync_a = bw_sync_engine_new (a, &error);
  sync_b = bw_sync_engine_new (b, &error);
  bw_sync_engine_set_server (sync_a, url, token);
  bw_sync_engine_set_server (sync_b, url, token);

  g_print ("Sync, client and server in one run, %u cases, over %s\n", n, url);
  start = g_get_monotonic_time ();
  g_assert_true (bw_demo_data_fill (a, n, 1, &error));
  g_print ("  %-44s %10.1f ms\n", "fill desktop A with demo data", ms_since (start));
  records = count (a, "SELECT count (DISTINCT uuid) FROM outbox");

  ms = timed_sync (sync_a);
  g_print ("  %-44s %10.1f ms  %8.0f records/s (%" G_GINT64_FORMAT " records)\n",
           "A: first push of everything", ms, records / (ms / 1000), records);

  ms = timed_sync (sync_b);
  g_print ("  %-44s %10.1f ms  %8.0f records/s (%" G_GINT64_FORMAT " cases)\n",
           "B: initial sync (pull everything)", ms, records / (ms / 1000),
           bw_case_store_count_cases (b));

  /* 100 changes on A. */
  bw_case_query_init (&q);
  ids = bw_case_store_query_ids (a, &q, &error);
  for (guint i = 0; i < 100 && i < ids->len; i++)
    {
      g_autoptr(BwCase) c = bw_case_store_get_case (a, g_array_index (ids, gint64, i * (ids->len / 100)), &error);
      bw_case_set_household_note (c, "gewijzigd voor de benchmark");
      g_assert_true (bw_case_store_update_case (a, c, NULL, &error));
    }
  ms = timed_sync (sync_a);
  g_print ("  %-44s %10.1f ms\n", "A: incremental push of 100 changes", ms);
  ms = timed_sync (sync_b);
  g_print ("  %-44s %10.1f ms\n", "B: incremental sync of 100 changes", ms);
  ms = timed_sync (sync_b);
  g_print ("  %-44s %10.1f ms\n", "B: sync with nothing new", ms);

  g_clear_object (&sync_a);
  g_clear_object (&sync_b);
  g_clear_object (&a);
  g_clear_object (&b);
  bw_sync_server_disconnect (server);
  {
    g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
    const char *name;
    while (d && (name = g_dir_read_name (d)))
      {
        g_autofree char *p = g_build_filename (dir, name, NULL);
        g_unlink (p);
      }
    g_rmdir (dir);
  }
  return 0;
}
