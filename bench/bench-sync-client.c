/* SPDX-License-Identifier: EUPL-1.2 */
/* Client and server in one run: the sync engine of two desktops against
 * an in-process buurtwerk-server on 127.0.0.1. Desktop A pushes N demo
 * cases (with their journals, actions, scores); desktop B, empty, does its
 * initial sync; then A changes 100 cases and B syncs incrementally.
 * Prints figures; asserts nothing about speed.
 *
 * With --cases-only the server is filled straight from its store with N
 * bare cases of about 1.2 KB on the wire (kept in $TMPDIR for the next
 * run), and only desktop B syncs: the initial sync of issue 14's table,
 * which measures the client's apply.
 *
 *   meson compile -C _build bench-sync-client && _build/bench/bench-sync-client [--cases-only] [N]
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "bw-case-store-private.h"
#include "bw-demo-data.h"
#include "bw-record-json.h"
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


/* A case of about 1.2 KB on the wire, as a push change. */
static JsonObject *
case_change (guint n)
{
  static const char *streets[] = { "Akerstraat", "Schaesbergerweg", "Kasteelherenlaan", "Corisbergweg",
                                   "Heesbergstraat", "Hoensbroekerweg" };
  static const char *names[] = { "Jansen", "Bakker", "Smeets", "Peters", "Janssen", "Hendriks", "Vos" };
  g_autoptr(BwCase) record = bw_case_new ();
  g_autofree char *uuid = g_uuid_string_random ();
  g_autofree char *ccid = g_uuid_string_random ();
  g_autofree char *name = g_strdup_printf ("Bewoner %u %s", n, names[n % G_N_ELEMENTS (names)]);
  g_autofree char *address = g_strdup_printf ("%s %u, Heerlen", streets[n % G_N_ELEMENTS (streets)], n % 180 + 1);
  g_autofree char *note = g_strnfill (700, 'x');
  JsonObject *change = json_object_new ();

  memcpy (note, "Gezin met drie kinderen; vraag over schulden en werk. ", 54);
  bw_case_set_uuid (record, uuid);
  bw_case_set_name (record, name);
  bw_case_set_buurt_code (record, "BU09171000");
  bw_case_set_address (record, address);
  bw_case_set_phone (record, "045 000 0000");
  bw_case_set_email (record, "bewoner@example.org");
  bw_case_set_household_note (record, note);
  bw_case_set_status (record, BW_CASE_STATUS_ACTIVE);
  json_object_set_string_member (change, "client_change_id", ccid);
  json_object_set_string_member (change, "type", "case");
  json_object_set_string_member (change, "uuid", uuid);
  json_object_set_string_member (change, "case_uuid", uuid);
  json_object_set_int_member (change, "base_revision", 0);
  json_object_set_object_member (change, "fields", bw_record_json_case_fields (record));
  return change;
}

/* The server's store with @n bare cases of the user "bench": made once
 * and kept in $TMPDIR, copied for each run. */
static void
fill_server (const char *path,
             guint       n)
{
  g_autofree char *name = g_strdup_printf ("buurtwerk-bench-sync-client-%u.db", n);
  g_autofree char *cached = g_build_filename (g_get_tmp_dir (), name, NULL);
  g_autoptr(GError) error = NULL;

  if (!g_file_test (cached, G_FILE_TEST_EXISTS))
    {
      g_autofree char *making = g_strconcat (cached, ".part", NULL);
      g_autoptr(BwServerStore) store = bw_server_store_open (making, &error);
      g_autoptr(BwServerUser) user = NULL;

      g_assert_no_error (error);
      bw_server_store_add_user (store, "bench", "Bench", BW_ROLE_BUURTTEAM, "noord", NULL,
                                "benchmark-password", &error);
      g_assert_no_error (error);
      user = bw_server_store_find_user (store, "bench", NULL);
      for (guint done = 0; done < n;)
        {
          g_autoptr(JsonObject) body = json_object_new ();
          g_autoptr(JsonNode) node = NULL;
          g_autoptr(JsonObject) answer = NULL;
          JsonArray *changes = json_array_new ();

          for (guint i = 0; i < BW_SERVER_MAX_PUSH && done < n; i++, done++)
            json_array_add_object_element (changes, case_change (done));
          json_object_set_array_member (body, "changes", changes);
          node = json_node_init_object (json_node_alloc (), json_object_ref (body));
          answer = bw_server_store_push (store, user, node, &error);
          g_assert_no_error (error);
        }
      g_clear_object (&store);
      g_assert_true (g_rename (making, cached) == 0);
    }
  {
    g_autoptr(GFile) from = g_file_new_for_path (cached);
    g_autoptr(GFile) to = g_file_new_for_path (path);

    g_file_copy (from, to, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, &error);
    g_assert_no_error (error);
  }
}

int
main (int   argc,
      char *argv[])
{
  gboolean cases_only = argc > 1 && g_str_equal (argv[1], "--cases-only");
  guint n = argc > 1 + cases_only ? (guint) g_ascii_strtoull (argv[1 + cases_only], NULL, 10) : 10000;
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
  g_autofree char *token_b = NULL;
  g_autofree char *url = NULL;
  BwCaseQuery q;
  gint64 records, start;
  double ms;

  if (cases_only)
    fill_server (server_db, n);
  server_store = bw_server_store_open (server_db, &error);
  g_assert_no_error (error);
  if (!cases_only)
    bw_server_store_add_user (server_store, "bench", "Bench", BW_ROLE_BUURTTEAM, "noord", NULL,
                              "benchmark-password", &error);
  g_assert_no_error (error);
  user = bw_server_store_find_user (server_store, "bench", NULL);
  /* A session each, as two desktops have: the server's request rate is
   * per token. */
  token = bw_server_store_new_token (server_store, user->id, g_get_real_time () / G_USEC_PER_SEC + 3600, &error);
  token_b = bw_server_store_new_token (server_store, user->id, g_get_real_time () / G_USEC_PER_SEC + 3600, &error);
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
  bw_sync_engine_set_server (sync_b, url, token_b);

  g_print ("Sync, client and server in one run, %u cases, over %s\n", n, url);
  if (cases_only)
    {
      ms = timed_sync (sync_b);
      g_print ("  %-44s %10.1f ms  %8.0f cases/s (%u cases)\n", "B: initial sync (pull everything)", ms,
               bw_case_store_count_cases (b) / (ms / 1000), (guint) bw_case_store_count_cases (b));
      ms = timed_sync (sync_b);
      g_print ("  %-44s %10.1f ms\n", "B: sync with nothing new", ms);
      goto out;
    }
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

out:
  g_clear_object (&sync_a);
  g_clear_object (&sync_b);
  g_clear_object (&a);
  g_clear_object (&b);
  bw_sync_server_disconnect (server);
  /* The databases, to look into (BW_BENCH_KEEP=1). */
  if (g_getenv ("BW_BENCH_KEEP") != NULL)
    {
      g_print ("  kept %s\n", dir);
      return 0;
    }
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
