/* SPDX-License-Identifier: EUPL-1.2 */
/* What the map costs: parsing the buurten, the figures per buurt over N
 * cases, and drawing the map with its 57 polygons and M markers while the
 * view is moved and zoomed programmatically. Prints figures; asserts
 * nothing about speed.
 *
 *   meson compile -C _build bench-map
 *   xvfb-run -a -s "-screen 0 1280x800x24" _build/bench/bench-map [N-cases] [M-markers]
 *
 * N defaults to 2,000 (filling 100,000 demo cases takes about 100 s);
 * without a display only the parts without GTK run.
 */
#include "config.h"

#include <math.h>

#include <adwaita.h>
#include <glib/gstdio.h>

#include "bw-buurt-figures.h"
#include "bw-buurt-map.h"
#include "bw-demo-data.h"
#include "bw-map-page.h"

static double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

static void
iterate (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return x < y ? -1 : x > y;
}

static void
print_times (const char *label,
             GArray     *times)
{
  double sum = 0;

  g_array_sort (times, compare_double);
  for (guint i = 0; i < times->len; i++)
    sum += g_array_index (times, double, i);
  g_print ("  %-46s mean %7.2f ms  median %7.2f ms  p95 %7.2f ms  max %7.2f ms  (%u frames)\n",
           label, sum / times->len, g_array_index (times, double, times->len / 2),
           g_array_index (times, double, (guint) (times->len * 0.95)),
           g_array_index (times, double, times->len - 1), times->len);
}

static gboolean zooming;

/* A circle over Heerlen at zoom 13 (panning), or zooming from 11.5 to 14
 * and back while circling (zooming). */
static void
move (ShumateViewport *viewport,
      double           t)
{
  shumate_viewport_set_zoom_level (viewport, zooming ? 11.5 + 2.5 * (0.5 - 0.5 * cos (2 * G_PI * t)) : 13);
  shumate_location_set_location (SHUMATE_LOCATION (viewport),
                                 50.877 + 0.03 * sin (2 * G_PI * t), 5.962 + 0.04 * cos (2 * G_PI * t));
}

static double
layer_frame (GtkWidget *layer)
{
  gint64 start = g_get_monotonic_time ();
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  int w = gtk_widget_get_width (layer);
  int h = gtk_widget_get_height (layer);

  GTK_WIDGET_GET_CLASS (layer)->snapshot (layer, snapshot);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  if (node != NULL)
    texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (layer)),
                                           node, &GRAPHENE_RECT_INIT (0, 0, w, h));
  return ms_since (start);
}

static void
on_screen (GtkWidget       *window,
           ShumateViewport *viewport,
           GArray          *times)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);
  gint64 last = 0;

  for (guint i = 0; i < 120; i++)
    {
      gint64 deadline = g_get_monotonic_time () + G_USEC_PER_SEC / 2;
      gint64 before = gdk_frame_clock_get_frame_counter (clock);

      move (viewport, i / 120.0);
      /* Also a frame when the layers are hidden, for the baseline. */
      gtk_widget_queue_draw (window);
      while (gdk_frame_clock_get_frame_counter (clock) == before && g_get_monotonic_time () < deadline)
        g_main_context_iteration (NULL, TRUE);
      if (last != 0)
        {
          double v = (g_get_monotonic_time () - last) / 1000.0;
          g_array_append_val (times, v);
        }
      last = g_get_monotonic_time ();
    }
}

static void
bench_drawing (BwCaseStore *store,
               guint        n_markers)
{
  GtkWidget *window = adw_window_new ();
  BwMapPage *page = g_object_new (BW_TYPE_MAP_PAGE, NULL);
  ShumateMap *map = bw_map_page_get_map (page);
  ShumateViewport *viewport = shumate_map_get_viewport (map);
  ShumateMarkerLayer *markers = bw_map_page_get_marker_layer (page);
  GtkWidget *layer = GTK_WIDGET (bw_map_page_get_polygon_layer (page));
  GRand *rand = g_rand_new_with_seed (7);
  gint64 start;
  double min_lat, max_lat, min_lon, max_lon;

  bw_map_page_set_store (page, store);
  adw_window_set_content (ADW_WINDOW (window), GTK_WIDGET (page));
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 760);
  gtk_window_present (GTK_WINDOW (window));
  iterate (500);

  bw_buurt_map_get_bounds (bw_polygon_layer_get_map (BW_POLYGON_LAYER (layer)),
                           &min_lat, &max_lat, &min_lon, &max_lon);
  start = g_get_monotonic_time ();
  for (guint i = 0; i < n_markers; i++)
    {
      ShumateMarker *marker = shumate_marker_new ();

      shumate_marker_set_child (marker, gtk_image_new_from_icon_name ("mark-location-symbolic"));
      shumate_location_set_location (SHUMATE_LOCATION (marker),
                                     g_rand_double_range (rand, min_lat, max_lat),
                                     g_rand_double_range (rand, min_lon, max_lon));
      shumate_marker_layer_add_marker (markers, marker);
    }
  iterate (300);
  g_print ("  %-44s %9.1f ms\n", "adding the markers", ms_since (start));
  g_print ("  map widget: %d × %d px, %u markers, 57 polygons\n",
           gtk_widget_get_width (GTK_WIDGET (map)), gtk_widget_get_height (GTK_WIDGET (map)), n_markers);

  for (int z = 0; z < 2; z++)
    {
      g_autoptr(GArray) layer_times = g_array_new (FALSE, FALSE, sizeof (double));
      g_autoptr(GArray) shown = g_array_new (FALSE, FALSE, sizeof (double));
      g_autoptr(GArray) hidden = g_array_new (FALSE, FALSE, sizeof (double));
      const char *what = z ? "zooming" : "panning";
      g_autofree char *label = NULL;

      zooming = z;
      g_print ("  %s:\n", what);

      /* The polygon layer's own work per frame, without GTK's render-node
       * cache: its snapshot, then rasterised by the window's renderer. */
      for (guint i = 0; i < 120; i++)
        {
          double v;

          move (viewport, i / 120.0);
          v = layer_frame (layer);
          g_array_append_val (layer_times, v);
        }
      print_times ("  polygon layer snapshot + render", layer_times);

      /* Through GTK's own frame clock, as the user sees it: the time between
       * painted frames of the whole window. With the layers hidden nothing
       * on screen changes, so that line is the frame clock's own pace; with
       * them shown the map area is repainted every frame, which under Xvfb
       * (software rendering) dominates the figure. */
      on_screen (window, viewport, shown);
      print_times ("  frame interval, polygons and markers shown", shown);
      gtk_widget_set_visible (layer, FALSE);
      gtk_widget_set_visible (GTK_WIDGET (markers), FALSE);
      on_screen (window, viewport, hidden);
      print_times ("  frame interval, map layers hidden", hidden);
      gtk_widget_set_visible (layer, TRUE);
      gtk_widget_set_visible (GTK_WIDGET (markers), TRUE);
      iterate (300);
    }

  g_rand_free (rand);
  gtk_window_destroy (GTK_WINDOW (window));
  iterate (100);
}

int
main (int   argc,
      char *argv[])
{
  guint n_cases = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 2000;
  guint n_markers = argc > 2 ? (guint) g_ascii_strtoull (argv[2], NULL, 10) : 5000;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("bw-bench-map-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "bench.db", NULL);
  g_autofree char *cache = g_build_filename (dir, "cache", NULL);
  g_autoptr(BwCaseStore) store = NULL;
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  gint64 start;

  /* No tiles are fetched (tile-url is empty), but keep shumate's cache
   * out of the home directory all the same. */
  g_setenv ("XDG_CACHE_HOME", cache, TRUE);

  g_print ("Map benchmark: %u cases, %u markers\n", n_cases, n_markers);

  for (int i = 0; i < 50; i++)
    {
      g_autoptr(BwBuurtMap) map = NULL;
      double v;

      start = g_get_monotonic_time ();
      map = bw_buurt_map_load (NULL, &error);
      g_assert_no_error (error);
      v = ms_since (start);
      g_array_append_val (times, v);
    }
  print_times ("parse the 57 buurten (GeoJSON)", times);

  store = bw_case_store_open (path, "Bench", &error);
  g_assert_no_error (error);
  start = g_get_monotonic_time ();
  g_assert_true (bw_demo_data_fill (store, n_cases, 42, &error));
  g_assert_no_error (error);
  g_print ("  %-44s %9.1f ms\n", "demo data", ms_since (start));

  g_array_set_size (times, 0);
  for (int i = 0; i < 20; i++)
    {
      g_autoptr(BwBuurtFigures) figures = NULL;
      double v;

      start = g_get_monotonic_time ();
      figures = bw_buurt_figures_compute (store, &error);
      g_assert_no_error (error);
      v = ms_since (start);
      g_array_append_val (times, v);
    }
  print_times ("figures per buurt (one aggregate query)", times);

  if (gtk_init_check ())
    {
      adw_init ();
      bench_drawing (store, n_markers);
    }
  else
    g_print ("  (no display: drawing not measured; run under xvfb-run)\n");

  g_clear_object (&store);
  return 0;
}
