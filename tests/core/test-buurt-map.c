/* SPDX-License-Identifier: EUPL-1.2 */
/* The map's core, without a display: the GeoJSON parser with the shipped
 * file and with broken ones, the figures per buurt against a count of the
 * cases one by one, the "< 5" rule, and places in the store. */
#include "config.h"

#include <locale.h>

#include <math.h>

#include <glib/gstdio.h>

#include "bw-buurt-figures.h"
#include "bw-buurt-map.h"
#include "bw-case-store-private.h"
#include "bw-demo-data.h"
#include "bw-neighbourhood.h"
#include "bw-validation.h"

#define BUURT_MARIA_GEWANDEN "BU09171000"
#define BUURT_VRIEHEIDE "BU09172004"

typedef struct {
  char *dir;
  BwCaseStore *store;
} Fixture;

static void
remove_dir (const char *dir)
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

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp ("bw-map-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "cases.db", NULL);
  f->store = bw_case_store_open (path, "Tester", &error);
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->store);
  remove_dir (f->dir);
  g_free (f->dir);
}

/* The parser */

static void
test_parse_shipped (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BwBuurtMap) map = bw_buurt_map_load (NULL, &error);
  const BwMapBuurt *b;
  double min_lat, max_lat, min_lon, max_lon;
  guint n_noord = 0;

  g_assert_no_error (error);
  g_assert_nonnull (map);
  g_assert_cmpuint (bw_buurt_map_get_n_buurten (map), ==, 57);
  g_assert_cmpstr (bw_buurt_map_get_attribution (map), ==,
                   "Kadaster / Centraal Bureau voor de Statistiek, 2025");

  for (guint i = 0; i < 57; i++)
    {
      b = bw_buurt_map_get_buurt (map, i);
      g_assert_true (g_str_has_prefix (b->code, "BU0917"));
      g_assert_nonnull (b->name);
      g_assert_cmpuint (b->n_rings, >=, 1);
      g_assert_cmpuint (b->rings[0].n_points, >=, 4);
      g_assert_cmpfloat (b->area_km2, >, 0.01);
      g_assert_cmpfloat (b->area_km2, <, 15);
      /* The centroid lies inside the buurt. */
      g_assert_true (bw_map_buurt_contains (b, b->centroid_lat, b->centroid_lon));
      g_assert_true (bw_buurt_map_find_at (map, b->centroid_lat, b->centroid_lon) == b);
      g_assert_true (bw_buurt_map_find (map, b->code) == b);
      if (i > 0)
        g_assert_cmpstr (bw_buurt_map_get_buurt (map, i - 1)->code, <, b->code);
      n_noord += b->in_noord;
    }
  g_assert_cmpuint (n_noord, ==, 33); /* 22 core + 11 likely */

  b = bw_buurt_map_find (map, BUURT_MARIA_GEWANDEN);
  g_assert_nonnull (b);
  g_assert_cmpstr (b->name, ==, "Maria Gewanden");
  g_assert_cmpstr (b->wijk_code, ==, "WK091710");
  g_assert_cmpstr (b->heerlen_noord, ==, "core");
  g_assert_true (b->in_noord);
  g_assert_cmpint (b->population, ==, 3460);
  g_assert_cmpfloat_with_epsilon (b->bijstand_per_100, 5.8, 1e-9);
  /* The area computed from the ring agrees with CBS's (1.173 km²). */
  g_assert_cmpfloat (fabs (b->area_km2 - 1.173) / 1.173, <, 0.03);

  /* A buurt without a CBS rate keeps it unknown, not 0. */
  b = bw_buurt_map_find (map, "BU09172300");
  g_assert_nonnull (b);
  g_assert_cmpfloat (b->bijstand_per_100, <, 0);

  g_assert_null (bw_buurt_map_find (map, "BU09999999"));
  g_assert_null (bw_buurt_map_find_at (map, 52.37, 4.89)); /* Amsterdam */

  bw_buurt_map_get_bounds (map, &min_lat, &max_lat, &min_lon, &max_lon);
  g_assert_cmpfloat (min_lat, >, 50.8);
  g_assert_cmpfloat (max_lat, <, 50.95);
  g_assert_cmpfloat (min_lon, >, 5.88);
  g_assert_cmpfloat (max_lon, <, 6.05);
}

#define RING "[[5.90,50.90],[5.91,50.90],[5.91,50.91],[5.90,50.90]]"
#define FEATURE(props, geometry) \
  "{\"type\":\"Feature\",\"properties\":" props ",\"geometry\":" geometry "}"
#define POLYGON(ring) "{\"type\":\"Polygon\",\"coordinates\":[" ring "]}"
#define COLLECTION(features) "{\"type\":\"FeatureCollection\",\"features\":[" features "]}"
#define GOOD_PROPS "{\"code\":\"BU09171000\",\"name\":\"Maria Gewanden\"}"

static void
test_parse_minimal_and_multipolygon (void)
{
  g_autoptr(GError) error = NULL;
  static const char json[] =
    COLLECTION (FEATURE (GOOD_PROPS, POLYGON (RING)) ","
                FEATURE ("{\"code\":\"BU09172004\",\"name\":\"Vrieheide\"}",
                         "{\"type\":\"MultiPolygon\",\"coordinates\":[[" RING "],"
                         "[[[5.92,50.92],[5.92,50.93],[5.93,50.93],[5.92,50.92]]]]}"));
  g_autoptr(GBytes) bytes = g_bytes_new_static (json, strlen (json));
  g_autoptr(BwBuurtMap) map = NULL;
  const BwMapBuurt *b;

  map = bw_buurt_map_load (bytes, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (bw_buurt_map_get_n_buurten (map), ==, 2);
  b = bw_buurt_map_find (map, BUURT_VRIEHEIDE);
  g_assert_cmpuint (b->n_rings, ==, 2);
  /* Opposite orientations still add up. */
  g_assert_cmpfloat (b->area_km2, >, 1.9 * bw_buurt_map_find (map, BUURT_MARIA_GEWANDEN)->area_km2);
  g_assert_true (bw_map_buurt_contains (b, 50.928, 5.922));
  g_assert_false (bw_map_buurt_contains (b, 50.915, 5.915));
  g_assert_cmpint (b->population, ==, -1);
  /* No metadata: the credit is still the one CBS asks for. */
  g_assert_cmpstr (bw_buurt_map_get_attribution (map), ==,
                   "Kadaster / Centraal Bureau voor de Statistiek, 2025");
}

static void
test_parse_refuses_broken (void)
{
  const struct {
    const char *json;
    const char *why;
  } cases[] = {
    { "", "empty" },
    { "{\"type\":\"FeatureCollection\",\"features\":[", "truncated" },
    { "[1, 2, 3]", "not an object" },
    { "{\"type\":\"FeatureCollection\"}", "no features" },
    { COLLECTION (""), "no buurten" },
    { COLLECTION ("42"), "a feature that is no object" },
    { COLLECTION (FEATURE ("{\"name\":\"Zonder code\"}", POLYGON (RING))), "no code" },
    { COLLECTION (FEATURE ("{\"code\":\"WK091710\",\"name\":\"Wijk\"}", POLYGON (RING))), "bad code" },
    { COLLECTION (FEATURE ("{\"code\":\"BU09171000\"}", POLYGON (RING))), "no name" },
    { COLLECTION (FEATURE (GOOD_PROPS, POLYGON (RING)) "," FEATURE (GOOD_PROPS, POLYGON (RING))), "duplicate" },
    { COLLECTION ("{\"type\":\"Feature\",\"properties\":" GOOD_PROPS "}"), "no geometry" },
    { COLLECTION (FEATURE (GOOD_PROPS, "{\"type\":\"Point\",\"coordinates\":[5.9,50.9]}")), "a point" },
    { COLLECTION (FEATURE (GOOD_PROPS, POLYGON ("[[5.90,50.90],[5.91,50.90],[5.90,50.90]]"))), "too few points" },
    { COLLECTION (FEATURE (GOOD_PROPS, POLYGON ("[[5.90,50.90],[5.91,50.90],[5.91,50.91],[5.92,50.92]]"))), "not closed" },
    { COLLECTION (FEATURE (GOOD_PROPS, POLYGON ("[[5.90,50.90],[\"x\",50.90],[5.91,50.91],[5.90,50.90]]"))), "text" },
    { COLLECTION (FEATURE (GOOD_PROPS, POLYGON ("[[5.90,50.90],[191,50.90],[5.91,50.91],[5.90,50.90]]"))), "out of range" },
    { COLLECTION (FEATURE (GOOD_PROPS, "{\"type\":\"Polygon\",\"coordinates\":[]}")), "no rings" },
    /* One good buurt does not let a broken one through. */
    { COLLECTION (FEATURE (GOOD_PROPS, POLYGON (RING)) ","
                  FEATURE ("{\"name\":\"Zonder code\"}", POLYGON (RING))), "half good" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (cases[i].json, strlen (cases[i].json));
      g_autoptr(GError) error = NULL;
      g_autoptr(BwBuurtMap) map = bw_buurt_map_load (bytes, &error);
      g_autoptr(GError) list_error = NULL;
      g_autoptr(GListModel) list = bw_neighbourhood_load_geojson (bytes, &list_error);

      g_test_message ("%s: %s", cases[i].why, error ? error->message : "(no error)");
      g_assert_null (map);
      g_assert_nonnull (error);
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
      g_assert_cmpstr (error->message, !=, "");
      /* One parser: the server's list of buurt codes refuses the same
       * file with the same words. */
      g_assert_null (list);
      g_assert_error (list_error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
      g_assert_cmpstr (list_error->message, ==, error->message);
    }
}

/* The neighbourhood list and the map read the shipped file alike. */
static void
test_parse_list_matches_map (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BwBuurtMap) map = bw_buurt_map_load (NULL, &error);
  g_autoptr(GListModel) list = NULL;

  g_assert_no_error (error);
  list = bw_neighbourhood_load_geojson (NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, bw_buurt_map_get_n_buurten (map));
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(BwNeighbourhood) n = g_list_model_get_item (list, i);
      const BwMapBuurt *b = bw_buurt_map_get_buurt (map, i);

      g_assert_cmpstr (bw_neighbourhood_get_code (n), ==, b->code);
      g_assert_cmpstr (bw_neighbourhood_get_name (n), ==, b->name);
      g_assert_cmpstr (bw_neighbourhood_get_wijk_code (n), ==, b->wijk_code);
      g_assert_cmpstr (bw_neighbourhood_get_heerlen_noord (n), ==, b->heerlen_noord);
      g_assert_cmpint (bw_neighbourhood_is_heerlen_noord (n), ==, b->in_noord);
    }
}

/* Figures */

static void
test_format_count (void)
{
  for (gint64 n = 0; n < 5; n++)
    {
      g_autofree char *text = bw_figures_format_count (n);
      g_assert_cmpstr (text, ==, "< 5");
    }
  {
    g_autofree char *text = bw_figures_format_count (5);
    g_assert_cmpstr (text, ==, "5");
  }
  {
    g_autofree char *text = bw_figures_format_count (1234);
    g_assert_cmpstr (text, ==, "1234");
  }
  {
    /* A count the server suppressed. */
    g_autofree char *text = bw_figures_format_count (BW_FIGURES_SUPPRESSED);
    g_assert_cmpstr (text, ==, "< 5");
  }
  /* In the locale's format. */
  if (setlocale (LC_NUMERIC, "nl_NL.UTF-8") != NULL)
    {
      g_autofree char *text = bw_figures_format_count (2585);

      setlocale (LC_NUMERIC, "C");
      g_assert_cmpstr (text, ==, "2.585");
    }
  else
    g_test_message ("no nl_NL.UTF-8 locale: grouping not checked");
  g_assert_true (bw_figure_is_count (BW_FIGURE_OPEN_CASES));
  g_assert_true (bw_figure_is_count (BW_FIGURE_TRAINING_DEMAND));
  g_assert_false (bw_figure_is_count (BW_FIGURE_BIJSTAND));
  for (int f = 0; f < BW_FIGURE_N; f++)
    g_assert_nonnull (bw_figure_label (f));
}

static void
test_figures_match_cases (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BwBuurtFigures) figures = NULL;
  g_autoptr(BwBuurtFigures) after = NULL;
  g_autoptr(GHashTable) expected = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GArray) ids = NULL;
  g_autoptr(BwCase) c = NULL;
  GListModel *buurten;
  BwCaseQuery q;
  gint64 totals[BW_FIGURE_BIJSTAND] = { 0 };

  g_assert_true (bw_demo_data_fill (f->store, 250, 11, &error));
  g_assert_no_error (error);
  figures = bw_buurt_figures_compute (f->store, &error);
  g_assert_no_error (error);

  /* Count again, case by case. */
  bw_case_query_init (&q);
  ids = bw_case_store_query_ids (f->store, &q, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 250);
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(BwCase) one = bw_case_store_get_case (f->store, g_array_index (ids, gint64, i), &error);
      gint64 *counts = g_hash_table_lookup (expected, bw_case_get_buurt_code (one));
      gboolean open = bw_case_get_status (one) != BW_CASE_STATUS_CLOSED;
      BwTrack track = bw_case_get_track (one);
      gboolean development = track == BW_TRACK_DEVELOPMENT || track == BW_TRACK_BESCHUT_WERK ||
                             track == BW_TRACK_BASISBAAN;
      BwLanguageNeed need = bw_case_get_language_need (one);

      g_assert_no_error (error);
      if (counts == NULL)
        {
          counts = g_new0 (gint64, BW_FIGURE_BIJSTAND);
          g_hash_table_insert (expected, g_strdup (bw_case_get_buurt_code (one)), counts);
        }
      counts[BW_FIGURE_OPEN_CASES] += open;
      counts[BW_FIGURE_DEBTS] += open && bw_case_get_has_debts (one);
      counts[BW_FIGURE_TRACK_WORK] += open && track == BW_TRACK_WORK;
      counts[BW_FIGURE_TRACK_DEVELOPMENT] += open && development;
      counts[BW_FIGURE_TRACK_CARE] += open && track == BW_TRACK_CARE;
      counts[BW_FIGURE_TRAINING_DEMAND] +=
        bw_case_get_status (one) == BW_CASE_STATUS_ACTIVE &&
        (need == BW_LANGUAGE_NEED_SUSPECTED || need == BW_LANGUAGE_NEED_COURSE_NEEDED || development);
    }
  bw_case_query_clear (&q);

  buurten = bw_case_store_get_neighbourhoods (f->store);
  for (guint i = 0; i < g_list_model_get_n_items (buurten); i++)
    {
      g_autoptr(BwNeighbourhood) nb = g_list_model_get_item (buurten, i);
      const char *code = bw_neighbourhood_get_code (nb);
      gint64 *counts = g_hash_table_lookup (expected, code);

      for (int fig = 0; fig < BW_FIGURE_BIJSTAND; fig++)
        {
          g_assert_cmpint (bw_buurt_figures_get (figures, code, fig), ==, counts ? counts[fig] : 0);
          totals[fig] += counts ? counts[fig] : 0;
        }
    }
  for (int fig = 0; fig < BW_FIGURE_BIJSTAND; fig++)
    g_assert_cmpint (bw_buurt_figures_get_total (figures, fig), ==, totals[fig]);
  g_assert_cmpint (bw_buurt_figures_get_total (figures, BW_FIGURE_OPEN_CASES), >, 0);
  g_assert_cmpint (bw_buurt_figures_get_max (figures, BW_FIGURE_OPEN_CASES), >, 0);
  g_assert_cmpint (bw_buurt_figures_get_total (figures, BW_FIGURE_TRAINING_DEMAND), >, 0);

  /* Closing a case takes it out of the open count of its buurt. */
  c = bw_case_store_get_case (f->store, g_array_index (ids, gint64, 0), &error);
  g_assert_no_error (error);
  if (bw_case_get_status (c) == BW_CASE_STATUS_CLOSED)
    bw_case_set_status (c, BW_CASE_STATUS_ACTIVE);
  else
    {
      bw_case_set_status (c, BW_CASE_STATUS_CLOSED);
      bw_case_set_outcome (c, BW_OUTCOME_WORK);
    }
  g_assert_true (bw_case_store_update_case (f->store, c, NULL, &error));
  g_assert_no_error (error);
  after = bw_buurt_figures_compute (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpint (llabs (bw_buurt_figures_get (after, bw_case_get_buurt_code (c), BW_FIGURE_OPEN_CASES) -
                          bw_buurt_figures_get (figures, bw_case_get_buurt_code (c), BW_FIGURE_OPEN_CASES)),
                   ==, 1);
}

static void
test_figures_empty_store (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BwBuurtFigures) figures = bw_buurt_figures_compute (f->store, &error);

  g_assert_no_error (error);
  g_assert_cmpint (bw_buurt_figures_get (figures, BUURT_VRIEHEIDE, BW_FIGURE_OPEN_CASES), ==, 0);
  g_assert_cmpint (bw_buurt_figures_get_total (figures, BW_FIGURE_DEBTS), ==, 0);
}

/* Places */

static BwPlace *
make_place (const char *name,
            const char *buurt,
            double      lat,
            double      lon)
{
  BwPlace *p = bw_place_new ();

  bw_place_set_name (p, name);
  bw_place_set_address (p, "Akerstraat 12, Hoensbroek");
  bw_place_set_buurt_code (p, buurt);
  bw_place_set_kind (p, BW_PLACE_KIND_COMMUNITY_CENTRE);
  bw_place_set_location (p, lat, lon);
  return p;
}

static int
count_places (BwCaseStore *store)
{
  sqlite3_stmt *stmt = NULL;
  int n = -1;

  g_assert_cmpint (sqlite3_prepare_v2 (bw_case_store_get_db (store), "SELECT count (*) FROM places",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  return n;
}

static void
test_places (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BwPlace) place = make_place ("Buurthuis De Bron", BUURT_MARIA_GEWANDEN, 50.924, 5.914);
  g_autoptr(BwPlace) stale = NULL;
  g_autoptr(BwPlace) read = NULL;
  g_autoptr(GListModel) list = NULL;

  g_assert_true (bw_case_store_insert_place (f->store, place, &error));
  g_assert_no_error (error);
  g_assert_cmpint (bw_place_get_id (place), >, 0);
  g_assert_true (g_uuid_string_is_valid (bw_place_get_uuid (place)));
  g_assert_cmpint (bw_place_get_revision (place), ==, 1);

  /* An edit, then an edit based on the old revision is refused. */
  stale = bw_place_copy (place);
  bw_place_set_kind (place, BW_PLACE_KIND_SCHOOL);
  bw_place_set_name (place, "Brede school De Bron");
  g_assert_true (bw_case_store_update_place (f->store, place, &error));
  g_assert_no_error (error);
  g_assert_cmpint (bw_place_get_revision (place), ==, 2);
  bw_place_set_name (stale, "Oude naam");
  g_assert_false (bw_case_store_update_place (f->store, stale, &error));
  g_assert_error (error, BW_STORE_ERROR, BW_STORE_ERROR_CONFLICT);
  g_clear_error (&error);

  list = bw_case_store_list_places (f->store);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  read = g_list_model_get_item (list, 0);
  g_assert_cmpstr (bw_place_get_name (read), ==, "Brede school De Bron");
  g_assert_cmpstr (bw_place_get_address (read), ==, "Akerstraat 12, Hoensbroek");
  g_assert_cmpstr (bw_place_get_buurt_code (read), ==, BUURT_MARIA_GEWANDEN);
  g_assert_cmpint (bw_place_get_kind (read), ==, BW_PLACE_KIND_SCHOOL);
  g_assert_cmpfloat_with_epsilon (bw_place_get_latitude (read), 50.924, 1e-9);
  g_assert_cmpfloat_with_epsilon (bw_place_get_longitude (read), 5.914, 1e-9);
  g_assert_cmpint (bw_place_get_revision (read), ==, 2);
}

static void
test_places_refused (Fixture       *f,
                     gconstpointer  data)
{
  const struct {
    const char *name;
    const char *buurt;
    double lat, lon;
    int code;
  } bad[] = {
    { "", BUURT_VRIEHEIDE, 50.9, 5.95, BW_VALIDATION_ERROR_NAME },
    { "   ", BUURT_VRIEHEIDE, 50.9, 5.95, BW_VALIDATION_ERROR_NAME },
    { NULL, BUURT_VRIEHEIDE, 50.9, 5.95, BW_VALIDATION_ERROR_NAME },
    { "Buurthuis", "BU09999999", 50.9, 5.95, BW_VALIDATION_ERROR_NEIGHBOURHOOD },
    { "Buurthuis", NULL, 50.9, 5.95, BW_VALIDATION_ERROR_NEIGHBOURHOOD },
    { "Buurthuis", BUURT_VRIEHEIDE, 52.37, 4.89, BW_VALIDATION_ERROR_NEIGHBOURHOOD },
    { "Buurthuis", BUURT_VRIEHEIDE, 0, 0, BW_VALIDATION_ERROR_NEIGHBOURHOOD },
    { "Buurthuis", BUURT_VRIEHEIDE, NAN, 5.95, BW_VALIDATION_ERROR_NEIGHBOURHOOD },
  };
  g_autoptr(BwPlace) good = make_place ("Buurthuis", BUURT_VRIEHEIDE, 50.89, 5.95);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(BwPlace) p = make_place (bad[i].name, bad[i].buurt, bad[i].lat, bad[i].lon);

      g_assert_false (bw_case_store_insert_place (f->store, p, &error));
      g_assert_error (error, BW_VALIDATION_ERROR, bad[i].code);
      g_clear_error (&error);
      g_assert_cmpint (bw_place_get_id (p), ==, 0);
    }
  g_assert_cmpint (count_places (f->store), ==, 0);

  /* An edit that would make a stored place invalid writes nothing. */
  g_assert_true (bw_case_store_insert_place (f->store, good, &error));
  bw_place_set_name (good, "");
  g_assert_false (bw_case_store_update_place (f->store, good, &error));
  g_assert_error (error, BW_VALIDATION_ERROR, BW_VALIDATION_ERROR_NAME);
  g_assert_cmpint (bw_place_get_revision (good), ==, 1);
  {
    g_autoptr(GListModel) list = bw_case_store_list_places (f->store);
    g_autoptr(BwPlace) read = g_list_model_get_item (list, 0);
    g_assert_cmpstr (bw_place_get_name (read), ==, "Buurthuis");
  }
}

static void
test_places_migration (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("bw-migrate-map-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "old.db", NULL);
  g_autoptr(BwCaseStore) store = NULL;
  g_autoptr(BwCase) c = NULL;
  g_autoptr(GListModel) places = NULL;
  sqlite3 *db = NULL;

  /* A database as schema version 2 left it, with a case. */
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, bw_case_store_migrations[0], NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, bw_case_store_migrations[1], NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db,
    "PRAGMA user_version = 2;"
    "INSERT INTO neighbourhoods (code, name) VALUES ('BU09172004', 'Vrieheide');"
    "INSERT INTO cases (id, uuid, created_at, updated_at, name, buurt_code)"
    "  VALUES (3, 'c0ffee00-0000-4000-8000-000000000003', '2024-01-01T00:00:00Z',"
    "          '2024-01-01T00:00:00Z', 'Marij Kurvers', 'BU09172004');",
    NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  store = bw_case_store_open (path, "Tester", &error);
  g_assert_no_error (error);
  g_assert_cmpint (bw_case_store_get_schema_version (store), >=, 3);
  c = bw_case_store_get_case (store, 3, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (bw_case_get_name (c), ==, "Marij Kurvers");
  places = bw_case_store_list_places (store);
  g_assert_cmpuint (g_list_model_get_n_items (places), ==, 0);

  g_clear_object (&store);
  remove_dir (dir);
}

/* Small counts are suppressed, and one more in a column where a single
 * suppressed one could be found back by subtracting from the total. */
static void
test_suppress (void)
{
  /* Three buurten, two columns. */
  gint64 counts[] = {
    7, 12,
    2, 30,
    6, 0,
  };
  gint64 lone[] = { 3 };

  bw_figures_suppress (counts, 3, 2);
  g_assert_cmpint (counts[0], ==, 7);
  g_assert_cmpint (counts[2], ==, BW_FIGURES_SUPPRESSED);  /* 2: small */
  g_assert_cmpint (counts[4], ==, BW_FIGURES_SUPPRESSED);  /* 6: the smallest of the others */
  g_assert_cmpint (counts[1], ==, BW_FIGURES_SUPPRESSED);  /* 12: likewise beside the 0 */
  g_assert_cmpint (counts[3], ==, 30);
  g_assert_cmpint (counts[5], ==, BW_FIGURES_SUPPRESSED);

  bw_figures_suppress (lone, 1, 1);
  g_assert_cmpint (lone[0], ==, BW_FIGURES_SUPPRESSED);
}

/* The server's figures are read only in their exact shape. */
static void
test_parse_figures (void)
{
  const char *good =
    "{\"computed_at\":\"2026-12-05T10:00:00Z\",\"buurten\":{\"BU09171000\":"
    "{\"open_cases\":7,\"debts\":null,\"track_work\":null,\"track_development\":null,"
    "\"track_care\":null,\"training_demand\":7,\"need_language\":7,\"need_digital\":null,"
    "\"need_work\":null}},\"totals\":{\"open_cases\":7,\"debts\":null,\"track_work\":null,"
    "\"track_development\":null,\"track_care\":null,\"training_demand\":7,\"need_language\":7,"
    "\"need_digital\":null,\"need_work\":null}}";
  const char *bad[] = {
    "", "[]", "null", "{\"buurten\":[]}", "{\"buurten\":{}}",
    "{\"buurten\":{\"BU09171000\":{\"open_cases\":7}},\"totals\":{}}",
    "{\"buurten\":{\"BU09171000\":{\"open_cases\":\"7\"}},\"totals\":{}}",
    "{\"buurten\":{\"BU09171000\":{\"open_cases\":-3}},\"totals\":{}}",
    "{\"buurten\":{\"BU09171000\":{\"open_cases\":1.5}},\"totals\":{}}",
    "{\"buurten\":{\"BU09171000\":{\"open_cases\":{}}},\"totals\":{}}",
    "{\"buurten\":{\"BU09171000\":[7]},\"totals\":{}}",
    NULL,
  };
  g_autoptr(GHashTable) by_code = NULL;
  g_autofree char *computed_at = NULL;
  g_autoptr(GError) error = NULL;
  gint64 totals[BW_FIGURES_N];
  const gint64 *counts;

  by_code = bw_figures_parse (good, totals, &computed_at, &error);
  g_assert_no_error (error);
  counts = g_hash_table_lookup (by_code, "BU09171000");
  g_assert_nonnull (counts);
  g_assert_cmpint (counts[BW_FIGURES_OPEN_CASES], ==, 7);
  g_assert_cmpint (counts[BW_FIGURES_DEBTS], ==, BW_FIGURES_SUPPRESSED);
  g_assert_cmpint (counts[BW_FIGURES_NEED_LANGUAGE], ==, 7);
  g_assert_cmpint (totals[BW_FIGURES_TRAINING_DEMAND], ==, 7);
  g_assert_cmpstr (computed_at, ==, "2026-12-05T10:00:00Z");

  for (guint i = 0; bad[i]; i++)
    {
      g_autoptr(GError) e = NULL;

      g_assert_null (bw_figures_parse (bad[i], totals, NULL, &e));
      g_assert_error (e, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/map/parse/shipped-file", test_parse_shipped);
  g_test_add_func ("/map/parse/minimal-and-multipolygon", test_parse_minimal_and_multipolygon);
  g_test_add_func ("/map/parse/refuses-broken", test_parse_refuses_broken);
  g_test_add_func ("/map/parse/list-matches-map", test_parse_list_matches_map);
  g_test_add_func ("/map/figures/format-count", test_format_count);
  g_test_add_func ("/map/figures/suppress", test_suppress);
  g_test_add_func ("/map/figures/parse-server-figures", test_parse_figures);
  g_test_add ("/map/figures/match-cases", Fixture, NULL, fixture_setup, test_figures_match_cases, fixture_teardown);
  g_test_add ("/map/figures/empty-store", Fixture, NULL, fixture_setup, test_figures_empty_store, fixture_teardown);
  g_test_add ("/map/places/crud", Fixture, NULL, fixture_setup, test_places, fixture_teardown);
  g_test_add ("/map/places/refused", Fixture, NULL, fixture_setup, test_places_refused, fixture_teardown);
  g_test_add_func ("/map/places/migration", test_places_migration);

  return g_test_run ();
}
