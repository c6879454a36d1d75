/* SPDX-License-Identifier: EUPL-1.2 */
/* How the planning scales: N sessions over 50 offers, 20 trainers and 40
 * places in one year, then the time of the conflict check of one session,
 * of saving one, and of the week view's query (with its conflict marks).
 * Prints figures; asserts nothing about speed.
 *
 *   meson compile -C _build bench-planning && _build/bench/bench-planning [N]
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "bw-planning.h"

static double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

static BwSession *
random_session (GRand      *rand,
                GPtrArray  *offers,
                char      **places)
{
  BwSession *s = bw_session_new ();
  GDate day;
  char date[16], start[8], end[8];
  int hour = g_rand_int_range (rand, 8, 17);
  int minute = g_rand_boolean (rand) ? 30 : 0;

  g_date_clear (&day, 1);
  g_date_set_dmy (&day, 5, 1, 2026);
  g_date_add_days (&day, g_rand_int_range (rand, 0, 360));
  g_snprintf (date, sizeof date, "%04d-%02d-%02d", g_date_get_year (&day), g_date_get_month (&day),
              g_date_get_day (&day));
  g_snprintf (start, sizeof start, "%02d:%02d", hour, minute);
  g_snprintf (end, sizeof end, "%02d:%02d", hour + g_rand_int_range (rand, 1, 4), minute);
  bw_session_set_offer_uuid (s, bw_offer_get_uuid (g_ptr_array_index (offers, g_rand_int_range (rand, 0, offers->len))));
  bw_session_set_date (s, date);
  bw_session_set_start_time (s, start);
  bw_session_set_end_time (s, end);
  bw_session_set_place_uuid (s, places[g_rand_int_range (rand, 0, 40)]);
  {
    g_autofree char *trainer = g_strdup_printf ("Trainer %02d", g_rand_int_range (rand, 0, 20));
    bw_session_set_trainer (s, trainer);
  }
  return s;
}

int
main (int   argc,
      char *argv[])
{
  guint n = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 10000;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("bw-bench-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "bench.db", NULL);
  g_autoptr(BwCaseStore) store = NULL;
  g_autoptr(BwPlanning) planning = NULL;
  g_autoptr(GPtrArray) offers = g_ptr_array_new_with_free_func (g_object_unref);
  char *places[40];
  GRand *rand = g_rand_new_with_seed (42);
  gint64 start;
  guint marked = 0;

  store = bw_case_store_open (path, "Bench", &error);
  g_assert_no_error (error);
  planning = bw_planning_new (store);
  for (int i = 0; i < 40; i++)
    places[i] = g_uuid_string_random ();

  g_print ("Buurtwerk planning benchmark, %u sessions\n", n);
  start = g_get_monotonic_time ();
  g_assert_true (bw_case_store_begin (store, &error));
  for (int i = 0; i < 50; i++)
    {
      BwOffer *offer = bw_offer_new ();
      g_autofree char *title = g_strdup_printf ("Training %02d", i);

      bw_offer_set_title (offer, title);
      bw_offer_set_buurt_code (offer, "BU09172100");
      bw_offer_set_capacity (offer, 12);
      bw_offer_set_status (offer, BW_OFFER_STATUS_OPEN);
      g_assert_true (bw_planning_save_offer (planning, offer, &error));
      g_ptr_array_add (offers, offer);
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BwSession) s = random_session (rand, offers, places);

      g_assert_true (bw_planning_save_session (planning, s, TRUE, NULL, &error));
      g_assert_no_error (error);
    }
  g_assert_true (bw_case_store_commit (store, &error));
  g_print ("  %-40s %9.1f ms\n", "fill (one transaction)", ms_since (start));

  {
    double total = 0;
    guint found = 0;

    for (int i = 0; i < 100; i++)
      {
        g_autoptr(BwSession) s = random_session (rand, offers, places);
        g_autoptr(GPtrArray) conflicts = NULL;

        start = g_get_monotonic_time ();
        conflicts = bw_planning_check_session (planning, s, &error);
        total += ms_since (start);
        g_assert_no_error (error);
        found += conflicts->len;
      }
    g_print ("  %-40s %9.3f ms (%u conflicts in 100)\n", "conflict check of one session", total / 100, found);
  }
  {
    g_autoptr(BwSession) s = random_session (rand, offers, places);

    start = g_get_monotonic_time ();
    g_assert_true (bw_planning_save_session (planning, s, TRUE, NULL, &error));
    g_print ("  %-40s %9.3f ms\n", "save one session (confirmed)", ms_since (start));
  }
  {
    g_autoptr(GListModel) week = NULL;

    start = g_get_monotonic_time ();
    week = bw_planning_list_sessions (planning, "2026-06-01", "2026-06-08", NULL, NULL, NULL, NULL);
    g_print ("  %-40s %9.1f ms (%u sessions)\n", "week query with conflict marks", ms_since (start),
             g_list_model_get_n_items (week));
    for (guint i = 0; i < g_list_model_get_n_items (week); i++)
      {
        g_autoptr(BwSession) s = g_list_model_get_item (week, i);
        marked += bw_session_get_has_conflict (s);
      }
    g_print ("  %-40s %9u\n", "of which marked", marked);
  }
  {
    g_autoptr(GListModel) trainer = NULL;

    start = g_get_monotonic_time ();
    trainer = bw_planning_list_sessions (planning, "2026-06-01", "2026-06-08", "Trainer 03", NULL, NULL, NULL);
    g_print ("  %-40s %9.1f ms (%u sessions)\n", "week of one trainer", ms_since (start),
             g_list_model_get_n_items (trainer));
  }
  {
    g_autofree char *ics = NULL;

    start = g_get_monotonic_time ();
    ics = bw_planning_export_trainer_ics (planning, "Trainer 03", &error);
    g_print ("  %-40s %9.1f ms (%zu bytes)\n", "iCalendar of one trainer's year", ms_since (start), strlen (ics));
  }

  for (int i = 0; i < 40; i++)
    g_free (places[i]);
  g_rand_free (rand);
  g_clear_object (&planning);
  g_clear_object (&store);
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
