/* SPDX-License-Identifier: EUPL-1.2 */
/* The report endpoint's work (GET /api/v1/reports) on a server database of
 * N cases (default 100,000) opened over 24 months in the buurten of
 * Heerlen, a third of them closed, with a track change for one in five.
 * It times a 24-month report for all of Heerlen and for Heerlen-Noord,
 * side by side with the figures endpoint (GET /api/v1/figures: one pass
 * over the same cases) as the reference, alternately, and prints the
 * medians and their ratio. Figures only.
 *
 *   ninja -C _build bench/bench-reports && _build/bench/bench-reports [N]
 *
 * The filled database is kept as $TMPDIR/buurtwerk-bench-reports-N.db.
 */
#include "config.h"

#include <glib/gstdio.h>

#include "bw-neighbourhood.h"
#include "bw-record-json.h"
#include "bw-server-store.h"

#define ROUNDS 7

static double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

static JsonObject *
change_of (const char *type,
           const char *uuid,
           const char *case_uuid,
           JsonObject *fields)
{
  g_autofree char *ccid = g_uuid_string_random ();
  JsonObject *change = json_object_new ();

  json_object_set_string_member (change, "client_change_id", ccid);
  json_object_set_string_member (change, "type", type);
  json_object_set_string_member (change, "uuid", uuid);
  json_object_set_string_member (change, "case_uuid", case_uuid);
  json_object_set_int_member (change, "base_revision", 0);
  json_object_set_object_member (change, "fields", fields);
  return change;
}

static void
push (BwServerStore *store,
      BwServerUser  *user,
      JsonArray     *changes)
{
  g_autoptr(JsonObject) body = json_object_new ();
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(JsonObject) answer = NULL;
  g_autoptr(GError) error = NULL;

  json_object_set_array_member (body, "changes", changes);
  node = json_node_init_object (json_node_alloc (), json_object_ref (body));
  answer = bw_server_store_push (store, user, node, &error);
  g_assert_no_error (error);
}

static void
fill (BwServerStore *store,
      guint          n)
{
  g_autoptr(GListModel) buurten = bw_neighbourhood_load_geojson (NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(BwServerUser) user = NULL;
  GRand *rand = g_rand_new_with_seed (7);
  JsonArray *changes = json_array_new ();
  gint64 start = g_get_monotonic_time ();

  bw_server_store_add_user (store, "fill", "fill", BW_ROLE_BUURTTEAM, "team", NULL, "bench-wachtwoord", &error);
  g_assert_no_error (error);
  user = bw_server_store_find_user (store, "fill", NULL);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BwCase) record = bw_case_new ();
      g_autoptr(BwNeighbourhood) buurt = g_list_model_get_item (buurten, i % g_list_model_get_n_items (buurten));
      g_autofree char *uuid = g_uuid_string_random ();
      int month = g_rand_int_range (rand, 0, 24);
      g_autofree char *opened = g_strdup_printf ("%04d-%02d-%02d", 2025 + month / 12, month % 12 + 1,
                                                 g_rand_int_range (rand, 1, 29));

      bw_case_set_uuid (record, uuid);
      bw_case_set_name (record, "Bewoner");
      bw_case_set_buurt_code (record, bw_neighbourhood_get_code (buurt));
      bw_case_set_opened_on (record, opened);
      bw_case_set_has_debts (record, i % 3 == 0);
      if (i % 3 == 1 && month < 23)
        {
          int closed = g_rand_int_range (rand, month + 1, 24);
          g_autofree char *closed_on = g_strdup_printf ("%04d-%02d-28", 2025 + closed / 12, closed % 12 + 1);

          bw_case_set_status (record, BW_CASE_STATUS_CLOSED);
          bw_case_set_closed_on (record, closed_on);
          bw_case_set_outcome (record, 1 + i % (BW_OUTCOME_N - 1));
        }
      else
        bw_case_set_status (record, BW_CASE_STATUS_ACTIVE);
      json_array_add_object_element (changes, change_of ("case", uuid, uuid, bw_record_json_case_fields (record)));
      if (i % 5 == 0)
        {
          g_autofree char *tc = g_uuid_string_random ();
          JsonObject *fields = json_object_new ();

          json_object_set_string_member (fields, "date", opened);
          json_object_set_string_member (fields, "track", "work");
          json_object_set_null_member (fields, "author");
          json_object_set_null_member (fields, "note");
          json_array_add_object_element (changes, change_of ("track_change", tc, uuid, fields));
        }
      if (json_array_get_length (changes) >= BW_SERVER_MAX_PUSH - 1)
        {
          push (store, user, changes);
          changes = json_array_new ();
          if (i % 10000 == 0)
            g_print ("\r  filling: %u of %u cases", i, n);
        }
    }
  push (store, user, changes);
  g_print ("\r  filled %u cases in %.1f s%20s\n", n, ms_since (start) / 1000, "");
  g_rand_free (rand);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

int
main (int   argc,
      char *argv[])
{
  guint n = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 100000;
  g_autofree char *name = g_strdup_printf ("buurtwerk-bench-reports-%u.db", n);
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), name, NULL);
  gboolean fresh = !g_file_test (path, G_FILE_TEST_EXISTS);
  g_autoptr(BwServerStore) store = NULL;
  g_autoptr(BwServerUser) coordinator = NULL;
  g_autoptr(GError) error = NULL;
  double report_all[ROUNDS], report_noord[ROUNDS], figures[ROUNDS];

  g_print ("Buurtwerk report endpoint, %u cases, 24 months\n", n);
  store = bw_server_store_open (path, &error);
  g_assert_no_error (error);
  if (fresh)
    {
      fill (store, n);
      bw_server_store_add_user (store, "coco", "coco", BW_ROLE_COORDINATOR, "team", NULL, "bench-wachtwoord",
                                &error);
      g_assert_no_error (error);
    }
  coordinator = bw_server_store_find_user (store, "coco", NULL);

  for (guint r = 0; r < ROUNDS; r++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(JsonObject) f = bw_server_store_get_figures (store, coordinator, &error);
      g_autoptr(JsonObject) all = NULL;
      g_autoptr(JsonObject) noord = NULL;

      g_assert_no_error (error);
      figures[r] = ms_since (start);
      start = g_get_monotonic_time ();
      all = bw_server_store_get_report (store, coordinator, "2025-01", "2026-12", "all", &error);
      g_assert_no_error (error);
      report_all[r] = ms_since (start);
      start = g_get_monotonic_time ();
      noord = bw_server_store_get_report (store, coordinator, "2025-01", "2026-12", "noord", &error);
      g_assert_no_error (error);
      report_noord[r] = ms_since (start);
    }
  qsort (figures, ROUNDS, sizeof (double), compare_doubles);
  qsort (report_all, ROUNDS, sizeof (double), compare_doubles);
  qsort (report_noord, ROUNDS, sizeof (double), compare_doubles);
  g_print ("  %-40s %8.1f ms (median of %d)\n", "reference: figures per buurt", figures[ROUNDS / 2], ROUNDS);
  g_print ("  %-40s %8.1f ms  ratio %.2f\n", "report, 24 months, all of Heerlen", report_all[ROUNDS / 2],
           report_all[ROUNDS / 2] / figures[ROUNDS / 2]);
  g_print ("  %-40s %8.1f ms  ratio %.2f\n", "report, 24 months, Heerlen-Noord", report_noord[ROUNDS / 2],
           report_noord[ROUNDS / 2] / figures[ROUNDS / 2]);
  return 0;
}
