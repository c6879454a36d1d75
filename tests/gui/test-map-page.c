/* SPDX-License-Identifier: EUPL-1.2 */
/* The map page with real widgets on a real (Xvfb) display: it opens with
 * coloured buurten and a legend (screenshots in $BW_TEST_ARTIFACTS), a
 * known centroid lands inside its polygon through the real viewport, "Show
 * cases" filters the case list, figures follow the store, places are added
 * through the dialog, and a tile URL is used through a loopback server. */
#include "config.h"

#include <locale.h>
#include <math.h>

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <libsoup/soup.h>

#include "bw-buurt-map.h"
#include "bw-case-list.h"
#include "bw-demo-data.h"
#include "bw-map-page.h"
#include "bw-place-dialog.h"
#include "bw-gui-test-utils.h"
#include "bw-window.h"

#define BUURT_MARIA_GEWANDEN "BU09171000"

typedef struct {
  char *dir;
  BwCaseStore *store;
  BwWindow *window;
  BwMapPage *page;
} Fixture;




static void
show_map (Fixture *f)
{
  AdwViewStack *stack = ADW_VIEW_STACK (bw_test_child (f->window, BW_TYPE_WINDOW, "main_stack"));

  adw_view_stack_set_visible_child_name (stack, "map");
  BW_TEST_WAIT (gtk_widget_get_mapped (GTK_WIDGET (f->page)));
  /* Counted once it is shown, off the main thread. */
  BW_TEST_WAIT (bw_map_page_get_figures (f->page) != NULL);
  bw_test_wait_frames (GTK_WIDGET (f->page), 2);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  g_settings_set_string (settings, "tile-url", "");
  f->dir = g_dir_make_tmp ("bw-map-gui-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "cases.db", NULL);
  f->store = bw_case_store_open (path, "Sanne Vermeulen", &error);
  g_assert_no_error (error);
  /* "counted": no demo data, the test counts its own cases. */
  if (g_strcmp0 (data, "counted") != 0)
    g_assert_true (bw_demo_data_fill (f->store, 300, 7, &error));

  /* "guide": the size of the user's guide's pictures. */
  if (g_strcmp0 (data, "guide") == 0)
    f->window = bw_test_window_new (f->store, 1280, 800);
  else
    f->window = bw_test_window_new (f->store, 1200, 760);
  f->page = BW_MAP_PAGE (bw_test_child (f->window, BW_TYPE_WINDOW, "map_page"));
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  GList *toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l; l = l->next)
    if (BW_IS_PLACE_DIALOG (l->data))
      gtk_window_destroy (l->data);
  g_list_free (toplevels);
  bw_test_destroy_window (GTK_WINDOW (f->window));
  g_clear_object (&f->store);
  bw_test_remove_dir (f->dir);
  g_free (f->dir);
}



/* The colour of one pixel of a rendered texture. */
static void
pixel_at (GdkTexture *texture,
          int         x,
          int         y,
          guint8      rgb[3])
{
  int w = gdk_texture_get_width (texture);
  int h = gdk_texture_get_height (texture);
  g_autofree guint8 *data = g_malloc (w * h * 4);

  g_assert_cmpint (x, >=, 0);
  g_assert_cmpint (y, >=, 0);
  g_assert_cmpint (x, <, w);
  g_assert_cmpint (y, <, h);
  gdk_texture_download (texture, data, w * 4);
  /* GDK_MEMORY_DEFAULT: B, G, R, A in memory on little-endian */
  rgb[0] = data[(y * w + x) * 4 + 2];
  rgb[1] = data[(y * w + x) * 4 + 1];
  rgb[2] = data[(y * w + x) * 4 + 0];
}

static BwBuurtMap *
page_buurt_map (Fixture *f)
{
  return bw_polygon_layer_get_map (bw_map_page_get_polygon_layer (f->page));
}

/* Tests */

static void
test_opens_coloured_with_legend (Fixture       *f,
                                 gconstpointer  data)
{
  ShumateMap *map = bw_map_page_get_map (f->page);
  ShumateViewport *viewport = shumate_map_get_viewport (map);
  GtkWidget *legend = bw_map_page_get_legend (f->page);
  BwBuurtFigures *figures = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  guint n_blue = 0, n_plain = 0;
  BwBuurtMap *buurten = page_buurt_map (f);

  /* Nothing is counted for a page that is not shown. */
  g_assert_null (bw_map_page_get_figures (f->page));
  show_map (f);
  figures = bw_map_page_get_figures (f->page);
  g_assert_null (bw_map_page_get_tile_layer (f->page)); /* offline: no tiles */
  g_assert_true (gtk_widget_get_mapped (legend));
  g_assert_cmpint (gtk_widget_get_width (legend), >, 50);
  g_assert_nonnull (figures);
  g_assert_cmpint (bw_buurt_figures_get_total (figures, BW_FIGURE_OPEN_CASES), >, 0);

  bw_test_save_screenshot (GTK_WIDGET (f->window), "map-page.png");
  texture = bw_test_render (GTK_WIDGET (map));

  /* Each buurt's centroid is drawn in a colour of the blue scale (blue at
   * least as strong as red), and the bigger counts are darker. */
  for (guint i = 0; i < bw_buurt_map_get_n_buurten (buurten); i++)
    {
      const BwMapBuurt *b = bw_buurt_map_get_buurt (buurten, i);
      double x, y;
      guint8 rgb[3];

      shumate_viewport_location_to_widget_coords (viewport, GTK_WIDGET (map), b->centroid_lat,
                                                  b->centroid_lon, &x, &y);
      if (x < 0 || y < 0 || x >= gtk_widget_get_width (GTK_WIDGET (map)) ||
          y >= gtk_widget_get_height (GTK_WIDGET (map)))
        continue;
      pixel_at (texture, (int) x, (int) y, rgb);
      if (rgb[2] > rgb[0] + 20)
        n_blue++;
      else if (abs (rgb[0] - rgb[1]) < 8 && abs (rgb[1] - rgb[2]) < 8)
        n_plain++;
    }
  g_test_message ("%u buurten clearly blue, %u grey-ish", n_blue, n_plain);
  g_assert_cmpuint (n_blue, >=, 20);

  /* The table holds the same figures; the map can be put back. */
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (bw_test_child (f->page, BW_TYPE_MAP_PAGE, "table_button")), TRUE);
  BW_TEST_WAIT (gtk_widget_get_mapped (bw_test_child (f->page, BW_TYPE_MAP_PAGE, "column_view")));
  bw_test_wait_frames (GTK_WIDGET (f->window), 2);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (
    gtk_column_view_get_model (GTK_COLUMN_VIEW (bw_test_child (f->page, BW_TYPE_MAP_PAGE, "column_view"))))), ==, 57 + 2);
  bw_test_save_screenshot (GTK_WIDGET (f->window), "map-table.png");
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (bw_test_child (f->page, BW_TYPE_MAP_PAGE, "table_button")), FALSE);
  BW_TEST_WAIT (gtk_widget_get_mapped (GTK_WIDGET (map)));

  /* Another figure: the CBS rate, with its own legend. */
  bw_map_page_set_figure (f->page, BW_FIGURE_BIJSTAND);
  bw_test_wait_frames (GTK_WIDGET (f->window), 2);
  bw_test_save_screenshot (GTK_WIDGET (f->window), "map-bijstand.png");

  /* Zoomed in, with names. */
  shumate_viewport_set_zoom_level (viewport, 14);
  shumate_location_set_location (SHUMATE_LOCATION (viewport), 50.915, 5.935);
  bw_map_page_set_figure (f->page, BW_FIGURE_OPEN_CASES);
  bw_test_wait_frames (GTK_WIDGET (f->window), 2);
  bw_test_save_screenshot (GTK_WIDGET (f->window), "map-zoomed.png");
}

static gboolean
inside_on_screen (ShumateViewport  *viewport,
                  GtkWidget        *widget,
                  const BwMapBuurt *b,
                  double            px,
                  double            py)
{
  gboolean inside = FALSE;

  for (guint r = 0; r < b->n_rings; r++)
    {
      guint n = b->rings[r].n_points;
      g_autofree double *xy = g_new (double, 2 * n);

      for (guint i = 0; i < n; i++)
        shumate_viewport_location_to_widget_coords (viewport, widget, b->rings[r].points[2 * i + 1],
                                                    b->rings[r].points[2 * i], &xy[2 * i], &xy[2 * i + 1]);
      for (guint i = 0, j = n - 1; i < n; j = i++)
        if ((xy[2 * i + 1] > py) != (xy[2 * j + 1] > py) &&
            px < (xy[2 * j] - xy[2 * i]) * (py - xy[2 * i + 1]) / (xy[2 * j + 1] - xy[2 * i + 1]) + xy[2 * i])
          inside = !inside;
    }
  return inside;
}

static void
test_projection (Fixture       *f,
                 gconstpointer  data)
{
  ShumateMap *map = bw_map_page_get_map (f->page);
  ShumateViewport *viewport = shumate_map_get_viewport (map);
  BwPolygonLayer *layer = bw_map_page_get_polygon_layer (f->page);
  BwBuurtMap *buurten = page_buurt_map (f);

  show_map (f);
  for (double zoom = 11; zoom <= 15; zoom += 2)
    {
      shumate_viewport_set_zoom_level (viewport, zoom);
      for (guint i = 0; i < bw_buurt_map_get_n_buurten (buurten); i++)
        {
          const BwMapBuurt *b = bw_buurt_map_get_buurt (buurten, i);
          double x, y, lat, lon;

          /* Centre the map on the buurt so that it is on screen. */
          shumate_location_set_location (SHUMATE_LOCATION (viewport), b->centroid_lat, b->centroid_lon);
          shumate_viewport_location_to_widget_coords (viewport, GTK_WIDGET (layer),
                                                      b->centroid_lat, b->centroid_lon, &x, &y);
          g_assert_cmpfloat (fabs (x - gtk_widget_get_width (GTK_WIDGET (layer)) / 2.0), <, 1);
          g_assert_cmpfloat (fabs (y - gtk_widget_get_height (GTK_WIDGET (layer)) / 2.0), <, 1);
          g_assert_true (inside_on_screen (viewport, GTK_WIDGET (layer), b, x, y));
          g_assert_true (bw_polygon_layer_buurt_at (layer, x, y) == b);
          shumate_viewport_widget_coords_to_location (viewport, GTK_WIDGET (layer), x, y, &lat, &lon);
          g_assert_cmpfloat (fabs (lat - b->centroid_lat), <, 1e-6);
          g_assert_cmpfloat (fabs (lon - b->centroid_lon), <, 1e-6);
        }
    }

  /* Maria Gewanden (Hoensbroek) lies north of the centre of Heerlen
   * (Heerlen-Centrum, BU09170100 area): smaller y on screen. */
  {
    const BwMapBuurt *noord = bw_buurt_map_find (buurten, BUURT_MARIA_GEWANDEN);
    double x1, y1, x2, y2;

    shumate_viewport_set_zoom_level (viewport, 12);
    shumate_location_set_location (SHUMATE_LOCATION (viewport), 50.88, 5.96);
    shumate_viewport_location_to_widget_coords (viewport, GTK_WIDGET (layer), noord->centroid_lat,
                                                noord->centroid_lon, &x1, &y1);
    shumate_viewport_location_to_widget_coords (viewport, GTK_WIDGET (layer), 50.8875, 5.9790, &x2, &y2);
    g_assert_cmpfloat (y1, <, y2);
    g_assert_cmpfloat (x1, <, x2);
  }
}

static GtkWidget *
find_button_with_action (GtkWidget  *widget,
                         const char *action)
{
  if (GTK_IS_BUTTON (widget) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0)
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_button_with_action (c, action);
      if (found)
        return found;
    }
  return NULL;
}

static void
test_show_cases (Fixture       *f,
                 gconstpointer  data)
{
  GListModel *cases = bw_window_get_case_list (f->window);
  AdwViewStack *stack = ADW_VIEW_STACK (bw_test_child (f->window, BW_TYPE_WINDOW, "main_stack"));
  GtkWidget *popover = bw_map_page_get_popover (f->page);
  GtkWidget *show_cases;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  BwCaseQuery q;
  guint n;

  show_map (f);
  g_assert_cmpuint (g_list_model_get_n_items (cases), ==, 300);

  /* Click on the buurt's centroid, as a user does. */
  g_assert_true (bw_map_page_open_buurt (f->page, BUURT_MARIA_GEWANDEN));
  BW_TEST_WAIT (gtk_widget_get_mapped (popover));
  bw_test_wait_frames (popover, 2);
  bw_test_save_screenshot (GTK_WIDGET (f->window), "map-popover.png");
  bw_test_save_screenshot (popover, "map-popover-content.png");

  show_cases = find_button_with_action (popover, "win.show-buurt");
  g_assert_nonnull (show_cases);
  g_assert_true (gtk_widget_activate (show_cases));
  BW_TEST_WAIT (g_strcmp0 (bw_case_list_get_query (BW_CASE_LIST (cases))->buurt_code, BUURT_MARIA_GEWANDEN) == 0);
  bw_test_wait_for_list (f->window);

  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "cases");
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (bw_test_child (f->window, BW_TYPE_WINDOW, "filter_button"))));
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (bw_test_child (f->window, BW_TYPE_WINDOW, "buurt_filter"))), >, 0);
  g_assert_false (gtk_widget_get_visible (popover));

  bw_case_query_init (&q);
  q.buurt_code = g_strdup (BUURT_MARIA_GEWANDEN);
  ids = bw_case_store_query_ids (f->store, &q, &error);
  g_assert_no_error (error);
  bw_case_query_clear (&q);

  n = g_list_model_get_n_items (cases);
  g_assert_cmpuint (n, ==, ids->len);
  g_assert_cmpuint (n, >, 0);
  g_assert_cmpuint (n, <, 300);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BwCase) c = g_list_model_get_item (cases, i);
      g_assert_cmpstr (bw_case_get_buurt_code (c), ==, BUURT_MARIA_GEWANDEN);
    }
  bw_test_save_screenshot (GTK_WIDGET (f->window), "map-show-cases.png");

  /* The action alone does the same for another buurt. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-buurt", "s", "BU09172004"));
  BW_TEST_WAIT (g_strcmp0 (bw_case_list_get_query (BW_CASE_LIST (cases))->buurt_code, "BU09172004") == 0);
  bw_test_wait_for_list (f->window);
  for (guint i = 0; i < g_list_model_get_n_items (cases); i++)
    {
      g_autoptr(BwCase) c = g_list_model_get_item (cases, i);
      g_assert_cmpstr (bw_case_get_buurt_code (c), ==, "BU09172004");
    }
}

static void
test_figures_follow_store (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BwCase) c = bw_case_new ();
  gint64 before;

  show_map (f);
  before = bw_buurt_figures_get (bw_map_page_get_figures (f->page), BUURT_MARIA_GEWANDEN, BW_FIGURE_OPEN_CASES);
  bw_case_set_name (c, "Noor Zwetsloot");
  bw_case_set_buurt_code (c, BUURT_MARIA_GEWANDEN);
  bw_case_set_status (c, BW_CASE_STATUS_ACTIVE);
  g_assert_true (bw_case_store_insert_case (f->store, c, &error));
  g_assert_no_error (error);
  /* The figures are counted again on idle, after the frames a loaded
   * machine may take long to draw: wait for it, within reason. */
  BW_TEST_WAIT (bw_buurt_figures_get (bw_map_page_get_figures (f->page), BUURT_MARIA_GEWANDEN,
                                      BW_FIGURE_OPEN_CASES) == before + 1);
  g_assert_cmpint (bw_buurt_figures_get (bw_map_page_get_figures (f->page), BUURT_MARIA_GEWANDEN,
                                         BW_FIGURE_OPEN_CASES), ==, before + 1);
}

static BwPlaceDialog *
find_dialog (void)
{
  GList *toplevels = gtk_window_list_toplevels ();
  BwPlaceDialog *dialog = NULL;

  for (GList *l = toplevels; l; l = l->next)
    if (BW_IS_PLACE_DIALOG (l->data))
      dialog = l->data;
  g_list_free (toplevels);
  return dialog;
}

static guint
count_markers (BwMapPage *page)
{
  GList *markers = shumate_marker_layer_get_markers (bw_map_page_get_marker_layer (page));
  guint n = g_list_length (markers);

  g_list_free (markers);
  return n;
}

static void
test_add_place (Fixture       *f,
                gconstpointer  data)
{
  BwPlaceDialog *dialog;
  g_autoptr(GListModel) places = NULL;
  g_autoptr(BwPlace) place = NULL;
  const BwMapBuurt *b = bw_buurt_map_find (page_buurt_map (f), BUURT_MARIA_GEWANDEN);

  show_map (f);
  g_assert_cmpuint (count_markers (f->page), ==, 0);
  g_assert_true (bw_map_page_open_buurt (f->page, BUURT_MARIA_GEWANDEN));
  BW_TEST_WAIT (gtk_widget_get_mapped (bw_map_page_get_popover (f->page)));
  g_assert_true (gtk_widget_activate_action (bw_map_page_get_popover (f->page), "map.add-place", NULL));
  BW_TEST_WAIT ((dialog = find_dialog ()) != NULL && gtk_widget_get_mapped (GTK_WIDGET (dialog)));

  /* Without a name it is refused and stays open. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "place.save", NULL));
  BW_TEST_WAIT (gtk_widget_has_css_class (bw_test_child (dialog, BW_TYPE_PLACE_DIALOG, "name_row"), "error"));
  g_assert_true (find_dialog () == dialog);
  places = bw_case_store_list_places (f->store);
  g_assert_cmpuint (g_list_model_get_n_items (places), ==, 0);
  g_clear_object (&places);
  bw_test_save_screenshot (GTK_WIDGET (dialog), "place-dialog-refused.png");

  gtk_editable_set_text (GTK_EDITABLE (bw_test_child (dialog, BW_TYPE_PLACE_DIALOG, "name_row")), "Buurthuis De Bron");
  gtk_editable_set_text (GTK_EDITABLE (bw_test_child (dialog, BW_TYPE_PLACE_DIALOG, "address_row")), "Akerstraat 12");
  adw_combo_row_set_selected (ADW_COMBO_ROW (bw_test_child (dialog, BW_TYPE_PLACE_DIALOG, "kind_row")),
                              BW_PLACE_KIND_SCHOOL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "place.save", NULL));
  BW_TEST_WAIT (find_dialog () == NULL);

  places = bw_case_store_list_places (f->store);
  g_assert_cmpuint (g_list_model_get_n_items (places), ==, 1);
  place = g_list_model_get_item (places, 0);
  g_assert_cmpstr (bw_place_get_name (place), ==, "Buurthuis De Bron");
  g_assert_cmpstr (bw_place_get_buurt_code (place), ==, BUURT_MARIA_GEWANDEN);
  g_assert_cmpint (bw_place_get_kind (place), ==, BW_PLACE_KIND_SCHOOL);
  g_assert_cmpfloat (fabs (bw_place_get_latitude (place) - b->centroid_lat), <, 1e-9);
  g_assert_cmpuint (count_markers (f->page), ==, 1);
  bw_test_save_screenshot (GTK_WIDGET (f->window), "map-place.png");
}

static gboolean
key_pressed (GtkWidget *widget,
             guint      keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !handled; i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, (GdkModifierType) 0, &handled);
    }
  return handled;
}

static void
test_keyboard (Fixture       *f,
               gconstpointer  data)
{
  ShumateMap *map = bw_map_page_get_map (f->page);
  ShumateViewport *viewport = shumate_map_get_viewport (map);
  double zoom, lon, lat;
  const char *description = NULL;

  show_map (f);
  zoom = shumate_viewport_get_zoom_level (viewport);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "map.zoom-in", NULL));
  g_assert_cmpfloat (shumate_viewport_get_zoom_level (viewport), >, zoom);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "map.zoom-out", NULL));
  g_assert_cmpfloat (fabs (shumate_viewport_get_zoom_level (viewport) - zoom), <, 0.51);

  lon = shumate_location_get_longitude (SHUMATE_LOCATION (viewport));
  lat = shumate_location_get_latitude (SHUMATE_LOCATION (viewport));
  g_assert_true (key_pressed (GTK_WIDGET (map), GDK_KEY_Right));
  g_assert_cmpfloat (shumate_location_get_longitude (SHUMATE_LOCATION (viewport)), >, lon);
  g_assert_true (key_pressed (GTK_WIDGET (map), GDK_KEY_Up));
  g_assert_cmpfloat (shumate_location_get_latitude (SHUMATE_LOCATION (viewport)), >, lat);
  g_assert_false (key_pressed (GTK_WIDGET (map), GDK_KEY_a));

  /* The map is focusable and described for screen readers. */
  g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (map)));
  (void) description;
}

/* The table: sorting, totals, export; per 1,000; the legend's markers */

/* Open cases in buurten of a known count: every buurt of Heerlen-Noord 6,
 * except a first one 2 and a second one 5 (the complement that must be
 * hidden too); outside Heerlen-Noord @outside in one buurt. */
typedef struct {
  const BwMapBuurt *two;
  const BwMapBuurt *five;
  const BwMapBuurt *six;
  const BwMapBuurt *outside;
  guint n_noord;
} Counted;

static void
add_cases (Fixture    *f,
           const char *code,
           guint       n)
{
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BwCase) c = bw_case_new ();
      g_autoptr(GError) error = NULL;
      g_autofree char *name = g_strdup_printf ("Bewoner %s %u", code, i);

      bw_case_set_name (c, name);
      bw_case_set_buurt_code (c, code);
      bw_case_set_status (c, BW_CASE_STATUS_ACTIVE);
      g_assert_true (bw_case_store_insert_case (f->store, c, &error));
      g_assert_no_error (error);
    }
}

static void
fill_counted (Fixture *f,
              Counted *counted)
{
  BwBuurtMap *buurten = page_buurt_map (f);

  memset (counted, 0, sizeof *counted);
  for (guint i = 0; i < bw_buurt_map_get_n_buurten (buurten); i++)
    {
      const BwMapBuurt *b = bw_buurt_map_get_buurt (buurten, i);

      if (!b->in_noord)
        {
          if (counted->outside == NULL && b->population > 0)
            counted->outside = b;
          continue;
        }
      counted->n_noord++;
      if (counted->two == NULL)
        counted->two = b, add_cases (f, b->code, 2);
      else if (counted->five == NULL)
        counted->five = b, add_cases (f, b->code, 5);
      else
        {
          if (counted->six == NULL && b->population > 0)
            counted->six = b;
          add_cases (f, b->code, 6);
        }
    }
  g_assert_nonnull (counted->six);
  g_assert_nonnull (counted->outside);
}

static GtkWidget *
page_child (Fixture    *f,
            const char *name)
{
  return bw_test_child (f->page, BW_TYPE_MAP_PAGE, name);
}

static void
show_table (Fixture *f)
{
  GtkWidget *button = page_child (f, "table_button");

  show_map (f);
  g_signal_emit_by_name (button, "clicked");
  BW_TEST_WAIT (gtk_widget_get_mapped (page_child (f, "column_view")));
  bw_test_wait_frames (GTK_WIDGET (f->window), 2);
}

/* The texts of the labels under @widget, in tree order. */
static GPtrArray *
label_texts (GtkWidget *widget)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  GPtrArray *texts = g_ptr_array_new ();

  bw_test_collect (widget, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (gtk_widget_get_mapped (labels->pdata[i]))
      g_ptr_array_add (texts, (gpointer) gtk_label_get_text (labels->pdata[i]));
  return texts;
}

static guint
count_text (GPtrArray  *texts,
            const char *text)
{
  guint n = 0;

  for (guint i = 0; i < texts->len; i++)
    n += g_strcmp0 (texts->pdata[i], text) == 0;
  return n;
}

static gboolean
has_text (GPtrArray  *texts,
          const char *text)
{
  return count_text (texts, text) > 0;
}

/* The header of the table's column titled @title. */
static GtkWidget *
column_header (Fixture    *f,
               const char *title)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  bw_test_collect (page_child (f, "column_view"), GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      GtkWidget *w = labels->pdata[i];

      if (g_strcmp0 (gtk_label_get_text (GTK_LABEL (w)), title) != 0)
        continue;
      for (; w != NULL; w = gtk_widget_get_parent (w))
        if (g_str_equal (G_OBJECT_TYPE_NAME (w), "GtkColumnViewTitle"))
          return w;
    }
  return NULL;
}

/* Clicks the header of the column titled @title. GTK sorts on a header's
 * click only for a real primary button (which a test cannot send), by
 * the column view's sorter: the same call, for the column whose header
 * the user sees; then the header must show the sort arrow. */
static void
click_column_header (Fixture    *f,
                     const char *title)
{
  GtkColumnView *view = GTK_COLUMN_VIEW (page_child (f, "column_view"));
  GListModel *columns = gtk_column_view_get_columns (view);
  GtkWidget *header = column_header (f, title);
  g_autoptr(GPtrArray) widgets = g_ptr_array_new ();
  GtkSortType direction = GTK_SORT_ASCENDING;
  gboolean arrow = FALSE;

  g_assert_nonnull (header);
  g_assert_true (gtk_widget_get_mapped (header));
  /* A second click on the same header (its arrow up) turns the order
   * round. */
  bw_test_collect (header, GTK_TYPE_WIDGET, widgets);
  for (guint i = 0; i < widgets->len; i++)
    if (gtk_widget_has_css_class (widgets->pdata[i], "ascending"))
      direction = GTK_SORT_DESCENDING;
  g_ptr_array_set_size (widgets, 0);
  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      if (!g_str_equal (gtk_column_view_column_get_title (column), title))
        continue;
      g_assert_nonnull (gtk_column_view_column_get_sorter (column));
      gtk_column_view_sort_by_column (view, column, direction);
    }
  bw_test_wait_frames (GTK_WIDGET (f->window), 1);
  bw_test_collect (header, GTK_TYPE_WIDGET, widgets);
  for (guint i = 0; i < widgets->len; i++)
    arrow |= gtk_widget_has_css_class (widgets->pdata[i],
                                       direction == GTK_SORT_ASCENDING ? "ascending" : "descending");
  g_assert_true (arrow);
}

/* The names of the table's rows, in its order. */
static GPtrArray *
row_names (Fixture *f)
{
  GListModel *model = G_LIST_MODEL (gtk_column_view_get_model (GTK_COLUMN_VIEW (page_child (f, "column_view"))));
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(BwNeighbourhood) nb = g_list_model_get_item (model, i);

      g_ptr_array_add (names, g_strdup (bw_neighbourhood_get_name (nb)));
    }
  return names;
}

static int
row_of (GPtrArray  *names,
        const char *name)
{
  for (guint i = 0; i < names->len; i++)
    if (g_str_equal (names->pdata[i], name))
      return i;
  return -1;
}

static void
test_table_sorts (Fixture       *f,
                  gconstpointer  data)
{
  Counted counted;
  g_autoptr(GPtrArray) names = NULL;
  g_autoptr(GPtrArray) shown = NULL;
  g_autofree char *first = NULL;
  guint n;

  fill_counted (f, &counted);
  show_table (f);

  /* By name, as Dutch sorts it; the totals stay under the buurten. */
  click_column_header (f, "Buurt");
  names = row_names (f);
  n = names->len;
  g_assert_cmpuint (n, ==, 57 + 2);
  for (guint i = 1; i + 2 < n; i++)
    g_assert_cmpint (g_utf8_collate (names->pdata[i - 1], names->pdata[i]), <=, 0);
  g_assert_cmpstr (names->pdata[n - 2], ==, "Totaal Heerlen-Noord");
  g_assert_cmpstr (names->pdata[n - 1], ==, "Totaal alle buurten");
  /* What the user sees on top is the first buurt. */
  bw_test_wait_frames (GTK_WIDGET (f->window), 2);
  shown = label_texts (page_child (f, "column_view"));
  g_assert_true (has_text (shown, names->pdata[0]));
  first = g_strdup (names->pdata[0]);
  g_clear_pointer (&shown, g_ptr_array_unref);

  /* A second click: the other way round. */
  click_column_header (f, "Buurt");
  g_clear_pointer (&names, g_ptr_array_unref);
  names = row_names (f);
  g_assert_cmpint (g_utf8_collate (names->pdata[0], names->pdata[1]), >=, 0);
  g_assert_cmpint (row_of (names, first), ==, (int) n - 3);

  /* By open cases, by the number, not the text ("6" after "< 5" and
   * before "12" as text would not be): the smallest first, the buurten
   * of "< 5" (the 2 and its complement, the 5) among the lowest. */
  add_cases (f, counted.outside->code, 12);
  BW_TEST_WAIT (bw_buurt_figures_get (bw_map_page_get_figures (f->page), counted.outside->code,
                                      BW_FIGURE_OPEN_CASES) == 12);
  click_column_header (f, "Open casussen");
  g_clear_pointer (&names, g_ptr_array_unref);
  names = row_names (f);
  g_assert_cmpint (row_of (names, counted.six->name), >, row_of (names, counted.two->name));
  g_assert_cmpint (row_of (names, counted.six->name), >, row_of (names, counted.five->name));
  g_assert_cmpint (row_of (names, counted.outside->name), ==, (int) n - 3);
  click_column_header (f, "Open casussen");
  g_clear_pointer (&names, g_ptr_array_unref);
  names = row_names (f);
  g_assert_cmpint (row_of (names, counted.outside->name), ==, 0);
  g_assert_cmpstr (names->pdata[n - 1], ==, "Totaal alle buurten");
  bw_test_wait_frames (GTK_WIDGET (f->window), 2);
  shown = label_texts (page_child (f, "column_view"));
  g_assert_true (has_text (shown, counted.outside->name));
  g_assert_true (has_text (shown, "12"));
  bw_test_save_screenshot (GTK_WIDGET (f->window), "map-counted-sorted.png");
}

/* The texts of the totals rows, as the user sees them at the bottom. */
static GPtrArray *
totals_texts (Fixture *f)
{
  GtkWidget *view = page_child (f, "column_view");
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view));
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  GPtrArray *texts = g_ptr_array_new ();

  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  bw_test_wait_frames (GTK_WIDGET (f->window), 3);
  bw_test_collect (view, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (gtk_widget_get_mapped (labels->pdata[i]) && gtk_widget_has_css_class (labels->pdata[i], "heading"))
      g_ptr_array_add (texts, (gpointer) gtk_label_get_text (labels->pdata[i]));
  return texts;
}

static gboolean
totals_show (Fixture    *f,
             const char *text)
{
  g_autoptr(GPtrArray) texts = totals_texts (f);

  return has_text (texts, text);
}

/* The totals never undo the suppression: Heerlen-Noord's total is shown
 * only when "all buurten" less it is no small count either. */
static void
test_table_totals (Fixture       *f,
                   gconstpointer  data)
{
  Counted counted;
  g_autoptr(GPtrArray) totals = NULL;
  g_autofree char *noord = NULL;
  g_autofree char *all = NULL;
  gint64 sum;

  fill_counted (f, &counted);
  sum = 2 + 5 + 6 * (counted.n_noord - 2);
  show_table (f);
  all = g_strdup_printf ("%" G_GINT64_FORMAT, sum);
  /* Every case is in Heerlen-Noord: its total would tell that the others
   * have 0, so it is hidden; the total of all buurten is shown. */
  BW_TEST_WAIT (totals_show (f, all));
  totals = totals_texts (f);
  g_assert_true (has_text (totals, "Totaal Heerlen-Noord"));
  g_assert_true (has_text (totals, "Totaal alle buurten"));
  /* The sum is in one row only: Heerlen-Noord's is "< 5". */
  g_assert_cmpuint (count_text (totals, all), ==, 1);
  g_assert_true (has_text (totals, "< 5"));
  bw_test_save_screenshot (GTK_WIDGET (f->window), "map-counted-totals.png");
  g_clear_pointer (&totals, g_ptr_array_unref);

  /* With 7 outside, both totals can be shown. */
  add_cases (f, counted.outside->code, 7);
  noord = g_strdup_printf ("%" G_GINT64_FORMAT, sum);
  g_free (all);
  all = g_strdup_printf ("%" G_GINT64_FORMAT, sum + 7);
  BW_TEST_WAIT (totals_show (f, all));
  totals = totals_texts (f);
  g_assert_true (has_text (totals, noord));
  bw_test_save_screenshot (GTK_WIDGET (f->window), "map-counted-totals-shown.png");
}

static gboolean
chooser_has_file (GtkWidget *chooser,
                  GFile     *file)
{
  g_autoptr(GFile) chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  return chosen != NULL && g_file_equal (chosen, file);
}

static gboolean
file_written (const char *path)
{
  g_autofree char *text = NULL;
  gsize length = 0;

  return g_file_get_contents (path, &text, &length, NULL) && length > 0 && text[length - 1] == '\n';
}

/* The line of @csv that starts with @start, or NULL. */
static char *
csv_line (const char *csv,
          const char *start)
{
  g_auto(GStrv) lines = g_strsplit (csv, "\r\n", -1);

  for (guint i = 0; lines[i]; i++)
    if (g_str_has_prefix (lines[i], start))
      return g_strdup (lines[i]);
  return NULL;
}

static void
test_table_export (Fixture       *f,
                   gconstpointer  data)
{
  Counted counted;
  g_autofree char *path = g_build_filename (f->dir, "cijfers.csv", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (f->dir);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *line = NULL;
  g_autofree char *start = NULL;
  GtkWidget *chooser = NULL;
  GtkWidget *open = NULL;
  GStatBuf st;

  fill_counted (f, &counted);
  show_table (f);
  g_signal_emit_by_name (page_child (f, "export_button"), "clicked");
  BW_TEST_WAIT ((chooser = bw_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG)) != NULL);
  bw_test_wait_frames (chooser, 1);
  bw_test_wait_idle ();
  g_assert_true (gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, &error));
  g_assert_no_error (error);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), "cijfers.csv");
  BW_TEST_WAIT (chooser_has_file (chooser, file));
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  BW_TEST_WAIT (file_written (path));
  BW_TEST_WAIT ((open = bw_test_find_toast_button (GTK_WIDGET (f->window), "cijfers.csv")) != NULL);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (open)), ==, "_Openen");

  /* For the user alone, split as a Dutch spreadsheet expects. */
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_true (g_file_get_contents (path, &csv, NULL, NULL));
  g_assert_true (g_str_has_prefix (csv, "\xEF\xBB\xBF" "Buurt;Wijk;Heerlen-Noord;Open casussen;"));

  /* The suppression as on screen: the 2 and its complement, the 5, are
   * "< 5"; a 6 is a 6. */
  start = g_strdup_printf ("%s;", counted.two->name);
  line = csv_line (csv, start);
  g_assert_nonnull (line);
  g_assert_true (g_str_has_prefix (line + strlen (start), counted.two->wijk_name));
  g_assert_nonnull (strstr (line, ";Ja;< 5;"));
  g_clear_pointer (&line, g_free);
  g_free (start);
  start = g_strdup_printf ("%s;", counted.five->name);
  line = csv_line (csv, start);
  g_assert_nonnull (strstr (line, ";Ja;< 5;"));
  g_clear_pointer (&line, g_free);
  g_free (start);
  start = g_strdup_printf ("%s;", counted.six->name);
  line = csv_line (csv, start);
  g_assert_nonnull (strstr (line, ";Ja;6;"));
  g_clear_pointer (&line, g_free);
  line = csv_line (csv, "Totaal Heerlen-Noord;;;< 5;");
  g_assert_nonnull (line);
  g_clear_pointer (&line, g_free);
  line = csv_line (csv, "Totaal alle buurten;;;");
  g_assert_nonnull (line);
}

/* The popover's value of the first figure (open cases, @name) for @b. */
static char *
popover_open_cases (Fixture          *f,
                    const BwMapBuurt *b,
                    const char       *name)
{
  g_autoptr(GPtrArray) texts = NULL;
  char *value = NULL;

  g_assert_true (bw_map_page_open_buurt (f->page, b->code));
  BW_TEST_WAIT (gtk_widget_get_mapped (bw_map_page_get_popover (f->page)));
  texts = label_texts (bw_map_page_get_popover (f->page));
  for (guint i = 0; i + 1 < texts->len && value == NULL; i++)
    if (g_str_equal (texts->pdata[i], name))
      value = g_strdup (texts->pdata[i + 1]);
  gtk_popover_popdown (GTK_POPOVER (bw_map_page_get_popover (f->page)));
  BW_TEST_WAIT (!gtk_widget_get_mapped (bw_map_page_get_popover (f->page)));
  return value;
}

static void
test_per_thousand (Fixture       *f,
                   gconstpointer  data)
{
  Counted counted;
  GtkWidget *button = page_child (f, "per_thousand_button");
  g_autofree char *count = NULL;
  g_autofree char *rate = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *suppressed = NULL;
  g_autoptr(GPtrArray) legend = NULL;

  fill_counted (f, &counted);
  show_map (f);
  count = popover_open_cases (f, counted.six, "Open casussen");
  g_assert_cmpstr (count, ==, "6");

  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  BW_TEST_WAIT (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button)));
  bw_test_wait_frames (GTK_WIDGET (f->window), 2);

  /* 6 per its inhabitants, in the Dutch format ("1,5"). */
  rate = popover_open_cases (f, counted.six, "Open casussen per 1.000 inwoners");
  expected = g_strdup_printf ("%.1f", 6000.0 / counted.six->population);
  g_assert_nonnull (strchr (expected, ','));
  g_assert_cmpstr (rate, ==, expected);
  /* A suppressed count has no rate that could tell it. */
  suppressed = popover_open_cases (f, counted.two, "Open casussen per 1.000 inwoners");
  g_assert_cmpstr (suppressed, ==, "< 5");

  /* The legend names the unit. */
  legend = label_texts (bw_map_page_get_legend (f->page));
  g_assert_true (has_text (legend, "Open casussen per 1.000 inwoners"));
  bw_test_save_screenshot (GTK_WIDGET (f->window), "map-counted-per-thousand.png");

  /* Not for the CBS rate, which is per 100 already. */
  bw_map_page_set_figure (f->page, BW_FIGURE_BIJSTAND);
  BW_TEST_WAIT (!gtk_widget_is_sensitive (button));

  /* The table shows the rate too. */
  bw_map_page_set_figure (f->page, BW_FIGURE_OPEN_CASES);
  g_signal_emit_by_name (page_child (f, "table_button"), "clicked");
  BW_TEST_WAIT (gtk_widget_get_mapped (page_child (f, "column_view")));
  click_column_header (f, "Open casussen");
  click_column_header (f, "Open casussen");
  bw_test_wait_frames (GTK_WIDGET (f->window), 2);
  g_clear_pointer (&legend, g_ptr_array_unref);
  legend = label_texts (page_child (f, "column_view"));
  g_assert_true (has_text (legend, expected) || has_text (legend, "< 5"));
  bw_test_save_screenshot (GTK_WIDGET (f->window), "map-counted-table-per-thousand.png");
}

static void
test_legend_markers (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GPtrArray) texts = NULL;
  g_autoptr(GPtrArray) images = g_ptr_array_new ();
  GList *layer_markers;

  show_map (f);
  texts = label_texts (bw_map_page_get_legend (f->page));
  g_assert_true (has_text (texts, "Cursuslocaties"));
  for (const char * const *kind = (const char * const[]) { "Buurthuis", "School", "Werkgever", "Andere locatie", NULL };
       *kind; kind++)
    g_assert_true (has_text (texts, *kind));

  /* With the icon the markers on the map have: add a school and compare. */
  {
    const BwMapBuurt *b = bw_buurt_map_find (page_buurt_map (f), BUURT_MARIA_GEWANDEN);
    GtkWidget *dialog;
    GtkWidget *marker_button;
    const char *marker_icon;
    gboolean found = FALSE;

    g_assert_true (bw_map_page_open_buurt (f->page, b->code));
    BW_TEST_WAIT (gtk_widget_get_mapped (bw_map_page_get_popover (f->page)));
    g_assert_true (gtk_widget_activate_action (bw_map_page_get_popover (f->page), "map.add-place", NULL));
    BW_TEST_WAIT ((dialog = GTK_WIDGET (find_dialog ())) != NULL && gtk_widget_get_mapped (dialog));
    gtk_editable_set_text (GTK_EDITABLE (bw_test_child (dialog, BW_TYPE_PLACE_DIALOG, "name_row")), "Basisschool De Stap");
    adw_combo_row_set_selected (ADW_COMBO_ROW (bw_test_child (dialog, BW_TYPE_PLACE_DIALOG, "kind_row")),
                                BW_PLACE_KIND_SCHOOL);
    g_assert_true (gtk_widget_activate_action (dialog, "place.save", NULL));
    BW_TEST_WAIT (find_dialog () == NULL);
    BW_TEST_WAIT (count_markers (f->page) == 1);
    layer_markers = shumate_marker_layer_get_markers (bw_map_page_get_marker_layer (f->page));
    marker_button = shumate_marker_get_child (layer_markers->data);
    g_list_free (layer_markers);
    marker_icon = gtk_button_get_icon_name (GTK_BUTTON (marker_button));

    bw_test_collect (bw_map_page_get_legend (f->page), GTK_TYPE_IMAGE, images);
    for (guint i = 0; i < images->len; i++)
      {
        GtkWidget *image = images->pdata[i];
        GtkWidget *label = gtk_widget_get_next_sibling (image);

        if (GTK_IS_LABEL (label) && g_str_equal (gtk_label_get_text (GTK_LABEL (label)), "School"))
          found = g_strcmp0 (gtk_image_get_icon_name (GTK_IMAGE (image)), marker_icon) == 0;
      }
    g_assert_true (found);
  }
  bw_test_save_screenshot (GTK_WIDGET (f->window), "map-legend-places.png");
}

/* The pictures of the user's guide, with the demo data: the table by
 * open cases, its totals, and the map per 1,000 inhabitants. */
static void
test_guide_screenshots (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GPtrArray) totals = NULL;

  show_table (f);
  click_column_header (f, "Open casussen");
  click_column_header (f, "Open casussen");
  bw_test_wait_frames (GTK_WIDGET (f->window), 2);
  bw_test_save_screenshot (GTK_WIDGET (f->window), "map-table-sorted.png");
  totals = totals_texts (f);
  g_assert_true (has_text (totals, "Totaal alle buurten"));
  bw_test_save_screenshot (GTK_WIDGET (f->window), "map-table-totals.png");

  g_signal_emit_by_name (page_child (f, "table_button"), "clicked");
  BW_TEST_WAIT (gtk_widget_get_mapped (GTK_WIDGET (bw_map_page_get_map (f->page))));
  g_signal_emit_by_name (page_child (f, "per_thousand_button"), "clicked");
  BW_TEST_WAIT (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (page_child (f, "per_thousand_button"))));
  bw_test_wait_frames (GTK_WIDGET (f->window), 2);
  bw_test_save_screenshot (GTK_WIDGET (f->window), "map-per-thousand.png");
  g_assert_true (bw_map_page_open_buurt (f->page, BUURT_MARIA_GEWANDEN));
  BW_TEST_WAIT (gtk_widget_get_mapped (bw_map_page_get_popover (f->page)));
  bw_test_wait_frames (GTK_WIDGET (f->window), 2);
  bw_test_save_screenshot (bw_map_page_get_popover (f->page), "map-popover-per-thousand.png");
  /* Closed before the window goes: a popover still open while its window
   * is destroyed had GTK ask a gone surface for the pointer, now and then
   * on a loaded machine (a Gdk-CRITICAL). */
  gtk_popover_popdown (GTK_POPOVER (bw_map_page_get_popover (f->page)));
  BW_TEST_WAIT (!gtk_widget_get_mapped (bw_map_page_get_popover (f->page)));
}

/* Tiles from a loopback server */

typedef struct {
  GBytes *png;
  guint requests;
} TileServer;

static void
tile_handler (SoupServer        *server,
              SoupServerMessage *msg,
              const char        *path,
              GHashTable        *query,
              gpointer           data)
{
  TileServer *ts = data;

  ts->requests++;
  soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
  soup_server_message_set_response (msg, "image/png", SOUP_MEMORY_COPY,
                                    g_bytes_get_data (ts->png, NULL), g_bytes_get_size (ts->png));
}

static GBytes *
make_tile_png (void)
{
  g_autofree guint8 *pixels = g_malloc (256 * 256 * 4);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GdkTexture) texture = NULL;

  /* A light green tile with a darker grid, so that it shows. */
  for (int y = 0; y < 256; y++)
    for (int x = 0; x < 256; x++)
      {
        guint8 *p = pixels + (y * 256 + x) * 4;
        gboolean line = x % 64 == 0 || y % 64 == 0;

        p[0] = line ? 120 : 210;  /* R */
        p[1] = line ? 160 : 235;  /* G */
        p[2] = line ? 120 : 200;  /* B */
        p[3] = 255;
      }
  bytes = g_bytes_new_take (g_steal_pointer (&pixels), 256 * 256 * 4);
  texture = gdk_memory_texture_new (256, 256, GDK_MEMORY_R8G8B8A8, bytes, 256 * 4);
  return gdk_texture_save_to_png_bytes (texture);
}

static void
test_tile_url (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(SoupServer) server = soup_server_new (NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GSList) uris = NULL;
  g_autofree char *url = NULL;
  TileServer ts = { make_tile_png (), 0 };

  soup_server_add_handler (server, "/", tile_handler, &ts, NULL);
  g_assert_true (soup_server_listen_local (server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error));
  g_assert_no_error (error);
  uris = soup_server_get_uris (server);
  url = g_strdup_printf ("http://127.0.0.1:%d/{z}/{x}/{y}.png", g_uri_get_port (uris->data));
  g_slist_free_full (g_steal_pointer (&uris), (GDestroyNotify) g_uri_unref);

  show_map (f);
  g_assert_null (bw_map_page_get_tile_layer (f->page));
  g_assert_cmpuint (ts.requests, ==, 0);

  g_settings_set_string (settings, "tile-url", url);
  g_assert_nonnull (bw_map_page_get_tile_layer (f->page));
  BW_TEST_WAIT (ts.requests >= 4);
  bw_test_wait_frames (GTK_WIDGET (f->window), 2);
  g_test_message ("the tile server answered %u requests", ts.requests);
  g_assert_cmpuint (ts.requests, >=, 4);
  bw_test_save_screenshot (GTK_WIDGET (f->window), "map-tiles.png");

  /* Back to no tiles: the layer goes, nothing more is asked. */
  g_settings_set_string (settings, "tile-url", "");
  g_assert_null (bw_map_page_get_tile_layer (f->page));
  bw_test_wait_idle ();

  g_bytes_unref (ts.png);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = g_dir_make_tmp ("bw-map-home-XXXXXX", NULL);

  /* Private user dirs (shumate caches its tiles under XDG_CACHE_HOME), but
   * the system's XDG_DATA_DIRS for the MIME database and icons. */
  for (const char * const *var = (const char * const[]) { "XDG_CACHE_HOME", "XDG_CONFIG_HOME",
                                                          "XDG_DATA_HOME", "XDG_STATE_HOME",
                                                          "XDG_RUNTIME_DIR", NULL }; *var; var++)
    {
      g_autofree char *dir = g_build_filename (home, *var, NULL);
      g_mkdir_with_parents (dir, 0700);
      g_setenv (*var, dir, TRUE);
    }

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  if (g_getenv ("BUURTWERK_LOCALEDIR"))
    bindtextdomain (GETTEXT_PACKAGE, g_getenv ("BUURTWERK_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  gtk_init ();
  adw_init ();

  {
    g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

    gtk_icon_theme_add_resource_path (gtk_icon_theme_get_for_display (gdk_display_get_default ()),
                                      "/nl/heerlen/Buurtwerk/icons");
    gtk_css_provider_load_from_resource (css, "/nl/heerlen/Buurtwerk/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }

  g_test_add ("/map-page/opens-coloured-with-legend", Fixture, NULL, fixture_setup,
              test_opens_coloured_with_legend, fixture_teardown);
  g_test_add ("/map-page/projection", Fixture, NULL, fixture_setup, test_projection, fixture_teardown);
  g_test_add ("/map-page/show-cases", Fixture, NULL, fixture_setup, test_show_cases, fixture_teardown);
  g_test_add ("/map-page/figures-follow-store", Fixture, NULL, fixture_setup,
              test_figures_follow_store, fixture_teardown);
  g_test_add ("/map-page/add-place", Fixture, NULL, fixture_setup, test_add_place, fixture_teardown);
  g_test_add ("/map-page/keyboard", Fixture, NULL, fixture_setup, test_keyboard, fixture_teardown);
  g_test_add ("/map-page/tile-url", Fixture, NULL, fixture_setup, test_tile_url, fixture_teardown);
  g_test_add ("/map-page/table-sorts", Fixture, "counted", fixture_setup, test_table_sorts, fixture_teardown);
  g_test_add ("/map-page/table-totals", Fixture, "counted", fixture_setup, test_table_totals, fixture_teardown);
  g_test_add ("/map-page/table-export", Fixture, "counted", fixture_setup, test_table_export, fixture_teardown);
  g_test_add ("/map-page/per-thousand", Fixture, "counted", fixture_setup, test_per_thousand, fixture_teardown);
  g_test_add ("/map-page/guide-screenshots", Fixture, "guide", fixture_setup, test_guide_screenshots,
              fixture_teardown);
  g_test_add ("/map-page/legend-markers", Fixture, NULL, fixture_setup, test_legend_markers, fixture_teardown);

  {
    int status = g_test_run ();

    bw_test_remove_dir (home);
    return status;
  }
}
