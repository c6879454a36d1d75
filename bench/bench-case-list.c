/* SPDX-License-Identifier: EUPL-1.2 */
/* How the case list scales: fills a store with N demo cases, then times
 * the queries behind the list and reading the rows one screen needs, and
 * building "My work" (each section's query, and all of them as the page
 * reads them).
 * Prints figures; asserts nothing about speed.
 *
 *   meson compile -C _build bench-case-list && _build/bench/bench-case-list [N [PATH]]
 *
 * With PATH the store is made there and kept, for a look at it afterwards;
 * a store already there is timed as it is.
 */
#include "config.h"

#include <glib/gstdio.h>

#include "bw-case-list.h"
#include "bw-case-store-private.h"
#include "bw-case-store-work.h"
#include "bw-date.h"
#include "bw-demo-data.h"

static double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

/* "My work" of one worker who carries 60 of the cases (a full caseload)
 * with their actions; the other cases are nobody's or a colleague's. */
#define WORKER 9001
#define CASELOAD 60

static void
work_read_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  GPtrArray **sections = user_data;

  *sections = bw_case_store_read_work_finish (BW_CASE_STORE (source), result, NULL);
  g_assert_nonnull (*sections);
}

static void
time_my_work (BwCaseStore *store,
              guint        n)
{
  const char *names[BW_WORK_N_SECTIONS] = {
    "overdue actions", "actions due this week", "no contact for 6 weeks", "life domains due",
    "shares ending in 30 days", "on a waiting list", "transfers for me",
  };
  g_autoptr(GError) error = NULL;
  g_autofree char *today = bw_date_today ();
  g_autofree char *sql = g_strdup_printf (
    "UPDATE cases SET owner = %d WHERE id IN (SELECT id FROM cases WHERE deleted = 0 AND id %% %u = 0 LIMIT %d);"
    "UPDATE actions SET assignee = %d WHERE case_id IN (SELECT id FROM cases WHERE owner = %d);",
    WORKER, MAX (1, n / CASELOAD), CASELOAD, WORKER, WORKER);
  g_autofree char *worker = g_strdup_printf ("%d", WORKER);
  g_autoptr(GPtrArray) sections = NULL;
  double total = 0;
  gint64 start;

  g_assert_cmpint (sqlite3_exec (bw_case_store_get_db (store), sql, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_true (bw_case_store_set_meta (store, "user_id", worker, &error));
  g_print ("My work of one worker with %d cases:\n", CASELOAD);
  for (guint s = 0; s < BW_WORK_N_SECTIONS; s++)
    {
      g_autoptr(GListModel) items = NULL;
      double ms;

      start = g_get_monotonic_time ();
      items = bw_case_store_list_work (store, s, WORKER, today, &error);
      g_assert_no_error (error);
      ms = ms_since (start);
      total += ms;
      g_print ("  %-34s %8u rows %9.2f ms\n", names[s], g_list_model_get_n_items (items), ms);
    }
  g_print ("  %-34s %8s      %9.2f ms\n", "all sections, one after another", "", total);

  /* As the page reads it: on the store's read thread, back on this one. */
  start = g_get_monotonic_time ();
  bw_case_store_read_work_async (store, NULL, work_read_cb, &sections);
  while (sections == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_print ("  %-34s %8s      %9.2f ms\n", "My work ready (read thread)", "", ms_since (start));
}

static guint
time_query (BwCaseStore *store,
            const char  *label,
            BwCaseQuery *q)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  gint64 start = g_get_monotonic_time ();

  ids = bw_case_store_query_ids (store, q, &error);
  g_assert_no_error (error);
  g_print ("  %-34s %8u rows %9.1f ms\n", label, ids->len, ms_since (start));
  return ids->len;
}

int
main (int   argc,
      char *argv[])
{
  guint n = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 100000;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("bw-bench-XXXXXX", NULL);
  g_autofree char *path = argc > 2 ? g_strdup (argv[2]) : g_build_filename (dir, "bench.db", NULL);
  g_autoptr(BwCaseStore) store = NULL;
  g_autoptr(BwCaseList) list = NULL;
  BwCaseQuery q;
  gint64 start;
  guint rows;
  GRand *rand = g_rand_new_with_seed (42);

  store = bw_case_store_open (path, "Bench", &error);
  g_assert_no_error (error);

  g_print ("Buurtwerk case list benchmark, %u cases\n", n);
  start = g_get_monotonic_time ();
  if (bw_case_store_count_cases (store) == 0)
    g_assert_true (bw_demo_data_fill (store, n, 1, &error));
  g_print ("  %-34s %8u rows %9.1f ms\n", "fill demo data (one transaction)", n, ms_since (start));

  bw_case_query_init (&q);
  time_query (store, "all cases, by surname", &q);
  q.sort = BW_CASE_SORT_CONTACT;
  time_query (store, "all cases, longest without contact", &q);
  q.sort = BW_CASE_SORT_STATUS;
  time_query (store, "all cases, by status", &q);
  q.sort = BW_CASE_SORT_NAME;
  q.status = BW_CASE_STATUS_ACTIVE;
  time_query (store, "status = active", &q);
  q.status = -1;
  q.has_debts = 1;
  q.buurt_code = g_strdup ("BU09172004");
  time_query (store, "debts in Vrieheide", &q);
  bw_case_query_clear (&q);
  bw_case_query_init (&q);
  q.text = g_strdup ("jan");
  time_query (store, "search \"jan\" (prefix)", &q);
  g_free (q.text);
  q.text = g_strdup ("schuldhulp");
  rows = time_query (store, "search journal \"schuldhulp\"", &q);
  {
    g_autoptr(GArray) ids = bw_case_store_query_ids (store, &q, NULL);

    /* What a search's first screen adds: the notes' snippets. */
    start = g_get_monotonic_time ();
    for (guint i = 0; i < MIN (ids->len, 20); i++)
      g_free (bw_case_store_note_snippet (store, g_array_index (ids, gint64, i), q.text, NULL));
    g_print ("  %-34s %8u rows %9.3f ms\n", "snippets of 20 search results", MIN (ids->len, 20),
             ms_since (start));
  }
  bw_case_query_clear (&q);

  /* The list as the window uses it: async query, then rows on demand. */
  start = g_get_monotonic_time ();
  list = bw_case_list_new (store);
  while (bw_case_list_get_loading (list))
    g_main_context_iteration (NULL, TRUE);
  rows = g_list_model_get_n_items (G_LIST_MODEL (list));
  g_print ("  %-34s %8u rows %9.1f ms\n", "BwCaseList ready (worker thread)", rows, ms_since (start));

  /* Scrolling: 200 jumps to random places, 20 visible rows each. */
  start = g_get_monotonic_time ();
  for (guint jump = 0; jump < 200; jump++)
    {
      guint top = g_rand_int_range (rand, 0, MAX (1, (gint32) rows - 20));
      for (guint i = top; i < top + 20 && i < rows; i++)
        g_object_unref (g_list_model_get_item (G_LIST_MODEL (list), i));
    }
  g_print ("  %-34s %8u rows %9.3f ms per screen\n", "read 20 visible rows (uncached)", 4000,
           ms_since (start) / 200);

  time_my_work (store, n);

  g_rand_free (rand);
  g_clear_object (&list);
  g_clear_object (&store);
  if (argc > 2)
    return (g_rmdir (dir), 0);
  {
    const char *suffixes[] = { "", "-wal", "-shm", NULL };
    for (guint i = 0; suffixes[i]; i++)
      {
        g_autofree char *p = g_strconcat (path, suffixes[i], NULL);
        g_unlink (p);
      }
    g_rmdir (dir);
  }
  return 0;
}
