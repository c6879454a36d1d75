/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-app-map"
#include "config.h"

#include <math.h>

#include <adwaita.h>

#include "bw-polygon-layer.h"

/* Buurt names are drawn from this zoom level on; below it they would
 * cover the map. */
#define LABEL_MIN_ZOOM 13.0

typedef struct {
  gboolean filled;
  GdkRGBA rgba;
} Fill;

struct _BwPolygonLayer
{
  ShumateLayer parent_instance;

  BwBuurtMap *map;
  Fill *fills;              /* one per buurt, by index */
  char *highlighted;
  gboolean draw_background;

  /* The buurten drawn once per zoom level: panning only moves this
   * texture, so a frame does not rasterise the polygons again. */
  GdkTexture *cache;
  double cache_zoom;
  double cache_x0;          /* map pixel of the texture's top-left corner */
  double cache_y0;
  gboolean cache_dark;
  int cache_scale;
  double cache_nw_lat, cache_nw_lon, cache_se_lat, cache_se_lon;
  guint settle_id;          /* redraws sharp once zooming stops */
};

/* How points are projected: through the viewport onto the widget, or onto
 * the map's pixel plane at one zoom level (for the cached texture). */
typedef struct {
  ShumateViewport *viewport;
  GtkWidget *widget;
  ShumateMapSource *source;
  double zoom;
  double x0;
  double y0;
  gboolean plane;
} Projection;

#define CACHE_MAX_SIZE 4096

static void
project (const Projection *p,
         double            latitude,
         double            longitude,
         double           *x,
         double           *y)
{
  if (p->plane)
    {
      *x = shumate_map_source_get_x (p->source, p->zoom, longitude) - p->x0;
      *y = shumate_map_source_get_y (p->source, p->zoom, latitude) - p->y0;
    }
  else
    shumate_viewport_location_to_widget_coords (p->viewport, p->widget, latitude, longitude, x, y);
}

G_DEFINE_FINAL_TYPE (BwPolygonLayer, bw_polygon_layer, SHUMATE_TYPE_LAYER)

static void
trace_buurt (cairo_t          *cr,
             const Projection *p,
             const BwMapBuurt *b)
{
  for (guint r = 0; r < b->n_rings; r++)
    {
      const BwMapRing *ring = &b->rings[r];

      for (guint i = 0; i < ring->n_points; i++)
        {
          double x, y;

          project (p, ring->points[2 * i + 1], ring->points[2 * i], &x, &y);
          if (i == 0)
            cairo_move_to (cr, x, y);
          else
            cairo_line_to (cr, x, y);
        }
      cairo_close_path (cr);
    }
}

static gboolean
overlaps (GArray                *taken,
          const graphene_rect_t *rect)
{
  for (guint i = 0; i < taken->len; i++)
    if (graphene_rect_intersection (&g_array_index (taken, graphene_rect_t, i), rect, NULL))
      return TRUE;
  return FALSE;
}

static void
draw_labels (BwPolygonLayer   *self,
             cairo_t          *cr,
             const Projection *p,
             int               width,
             int               height,
             gboolean          dark)
{
  GtkWidget *widget = GTK_WIDGET (self);
  g_autoptr(GArray) taken = g_array_new (FALSE, FALSE, sizeof (graphene_rect_t));
  guint n = bw_buurt_map_get_n_buurten (self->map);

  for (guint i = 0; i < n; i++)
    {
      const BwMapBuurt *b = bw_buurt_map_get_buurt (self->map, i);
      g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, b->name);
      graphene_rect_t rect;
      int lw, lh;
      double x, y;

      project (p, b->centroid_lat, b->centroid_lon, &x, &y);
      pango_layout_get_pixel_size (layout, &lw, &lh);
      graphene_rect_init (&rect, x - lw / 2.0 - 2, y - lh / 2.0 - 1, lw + 4, lh + 2);
      if (rect.origin.x + rect.size.width < 0 || rect.origin.y + rect.size.height < 0 ||
          rect.origin.x > width || rect.origin.y > height || overlaps (taken, &rect))
        continue;
      g_array_append_val (taken, rect);

      /* A halo keeps the name readable on every fill colour. */
      cairo_move_to (cr, x - lw / 2.0, y - lh / 2.0);
      pango_cairo_layout_path (cr, layout);
      if (dark)
        cairo_set_source_rgba (cr, 0, 0, 0, 0.8);
      else
        cairo_set_source_rgba (cr, 1, 1, 1, 0.9);
      cairo_set_line_width (cr, 3);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      cairo_stroke (cr);
      cairo_move_to (cr, x - lw / 2.0, y - lh / 2.0);
      if (dark)
        cairo_set_source_rgb (cr, 1, 1, 1);
      else
        cairo_set_source_rgb (cr, 0.14, 0.12, 0.19);
      pango_cairo_show_layout (cr, layout);
    }
}

/* Fills, borders, the Heerlen-Noord outline and (zoomed in) the names. */
static void
draw_buurten (BwPolygonLayer   *self,
              cairo_t          *cr,
              const Projection *p,
              int               width,
              int               height,
              gboolean          dark)
{
  guint n = bw_buurt_map_get_n_buurten (self->map);

  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  for (guint i = 0; i < n; i++)
    {
      const BwMapBuurt *b = bw_buurt_map_get_buurt (self->map, i);

      cairo_new_path (cr);
      trace_buurt (cr, p, b);
      if (self->fills[i].filled)
        gdk_cairo_set_source_rgba (cr, &self->fills[i].rgba);
      else if (dark)
        cairo_set_source_rgba (cr, 0.5, 0.5, 0.5, 0.35);
      else
        cairo_set_source_rgba (cr, 0.6, 0.6, 0.6, 0.25);
      cairo_fill_preserve (cr);
      if (dark)
        cairo_set_source_rgba (cr, 0, 0, 0, 0.6);
      else
        cairo_set_source_rgba (cr, 1, 1, 1, 0.9);
      cairo_set_line_width (cr, 1);
      cairo_stroke (cr);
    }

  /* Heerlen-Noord: a strong outline around each of its buurten. */
  cairo_new_path (cr);
  for (guint i = 0; i < n; i++)
    {
      const BwMapBuurt *b = bw_buurt_map_get_buurt (self->map, i);

      if (b->in_noord)
        trace_buurt (cr, p, b);
    }
  if (dark)
    cairo_set_source_rgb (cr, 1.0, 0.75, 0.27);
  else
    cairo_set_source_rgb (cr, 0.75, 0.38, 0.0);
  cairo_set_line_width (cr, 2.5);
  cairo_stroke (cr);

  if (p->zoom >= LABEL_MIN_ZOOM)
    draw_labels (self, cr, p, width, height, dark);
}

static void
invalidate_cache (BwPolygonLayer *self)
{
  g_clear_object (&self->cache);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static gboolean
settle_cb (gpointer data)
{
  BwPolygonLayer *self = data;
  ShumateViewport *viewport = shumate_layer_get_viewport (SHUMATE_LAYER (self));

  self->settle_id = 0;
  if (self->cache != NULL && self->cache_zoom != shumate_viewport_get_zoom_level (viewport))
    invalidate_cache (self);
  return G_SOURCE_REMOVE;
}

/* Draws the buurten onto the map's pixel plane at the current zoom level,
 * around Heerlen; FALSE when that would be too large (far zoomed in). */
static gboolean
update_cache (BwPolygonLayer  *self,
              ShumateViewport *viewport,
              gboolean         dark)
{
  ShumateMapSource *source = shumate_viewport_get_reference_map_source (viewport);
  double zoom = shumate_viewport_get_zoom_level (viewport);
  int scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));
  double min_lat, max_lat, min_lon, max_lon;
  Projection p = { viewport, GTK_WIDGET (self), source, zoom, 0, 0, TRUE };
  g_autoptr(GBytes) bytes = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  int width, height;

  /* While zooming, the texture of a nearby level is scaled; it is drawn
   * sharp again once the zoom level has settled. */
  if (self->cache != NULL && self->cache_dark == dark && self->cache_scale == scale &&
      fabs (self->cache_zoom - zoom) <= 1)
    {
      if (self->cache_zoom != zoom && self->settle_id == 0)
        self->settle_id = g_timeout_add (150, settle_cb, self);
      return TRUE;
    }
  g_clear_object (&self->cache);

  /* Room for the names that stick out of the outer buurten. */
  bw_buurt_map_get_bounds (self->map, &min_lat, &max_lat, &min_lon, &max_lon);
  p.x0 = floor (shumate_map_source_get_x (source, zoom, min_lon)) - 100;
  p.y0 = floor (shumate_map_source_get_y (source, zoom, max_lat)) - 20;
  width = (int) ceil (shumate_map_source_get_x (source, zoom, max_lon) - p.x0) + 100;
  height = (int) ceil (shumate_map_source_get_y (source, zoom, min_lat) - p.y0) + 20;
  if (width * scale > CACHE_MAX_SIZE || height * scale > CACHE_MAX_SIZE)
    return FALSE;

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width * scale, height * scale);
  cairo_surface_set_device_scale (surface, scale, scale);
  cr = cairo_create (surface);
  draw_buurten (self, cr, &p, width, height, dark);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  /* Cairo's ARGB32 is GDK_MEMORY_DEFAULT (premultiplied, native order). */
  bytes = g_bytes_new (cairo_image_surface_get_data (surface),
                       (gsize) cairo_image_surface_get_stride (surface) * height * scale);
  self->cache = gdk_memory_texture_new (width * scale, height * scale, GDK_MEMORY_DEFAULT, bytes,
                                        cairo_image_surface_get_stride (surface));
  cairo_surface_destroy (surface);
  self->cache_zoom = zoom;
  self->cache_x0 = p.x0;
  self->cache_y0 = p.y0;
  self->cache_dark = dark;
  self->cache_scale = scale;
  self->cache_nw_lat = shumate_map_source_get_latitude (source, zoom, p.y0);
  self->cache_nw_lon = shumate_map_source_get_longitude (source, zoom, p.x0);
  self->cache_se_lat = shumate_map_source_get_latitude (source, zoom, p.y0 + height);
  self->cache_se_lon = shumate_map_source_get_longitude (source, zoom, p.x0 + width);
  return TRUE;
}


static void
bw_polygon_layer_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  BwPolygonLayer *self = BW_POLYGON_LAYER (widget);
  ShumateViewport *viewport = shumate_layer_get_viewport (SHUMATE_LAYER (self));
  ShumateMapSource *source = shumate_viewport_get_reference_map_source (viewport);
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  double zoom = shumate_viewport_get_zoom_level (viewport);
  Projection direct = { viewport, widget, source, zoom, 0, 0, FALSE };
  cairo_t *cr;

  if (width <= 0 || height <= 0 || self->map == NULL || source == NULL)
    return;

  if (self->draw_background)
    {
      GdkRGBA bg = dark ? (GdkRGBA) { 0.19, 0.19, 0.19, 1 } : (GdkRGBA) { 0.965, 0.961, 0.957, 1 };
      gtk_snapshot_append_color (snapshot, &bg, &GRAPHENE_RECT_INIT (0, 0, width, height));
    }

  if (shumate_viewport_get_rotation (viewport) == 0 && update_cache (self, viewport, dark))
    {
      double x0, y0, x1, y1;

      /* Where the texture's corners are on screen, through the viewport. */
      shumate_viewport_location_to_widget_coords (viewport, widget, self->cache_nw_lat, self->cache_nw_lon,
                                                  &x0, &y0);
      shumate_viewport_location_to_widget_coords (viewport, widget, self->cache_se_lat, self->cache_se_lon,
                                                  &x1, &y1);
      if (self->cache_zoom == zoom)
        {
          /* Whole pixels, so that the texture is not resampled. */
          x1 = round (x0) + gdk_texture_get_width (self->cache) / (double) self->cache_scale;
          y1 = round (y0) + gdk_texture_get_height (self->cache) / (double) self->cache_scale;
          x0 = round (x0);
          y0 = round (y0);
        }
      gtk_snapshot_append_texture (snapshot, self->cache, &GRAPHENE_RECT_INIT (x0, y0, x1 - x0, y1 - y0));
    }
  else
    {
      cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
      draw_buurten (self, cr, &direct, width, height, dark);
      cairo_destroy (cr);
    }

  /* The hovered or chosen buurt, drawn over the rest on its own. */
  if (self->highlighted != NULL)
    {
      const BwMapBuurt *b = bw_buurt_map_find (self->map, self->highlighted);
      double x0, y0, x1, y1;
      graphene_rect_t area, visible = GRAPHENE_RECT_INIT (0, 0, width, height);

      if (b == NULL)
        return;
      shumate_viewport_location_to_widget_coords (viewport, widget, b->max_lat, b->min_lon, &x0, &y0);
      shumate_viewport_location_to_widget_coords (viewport, widget, b->min_lat, b->max_lon, &x1, &y1);
      graphene_rect_init (&area, MIN (x0, x1) - 4, MIN (y0, y1) - 4, fabs (x1 - x0) + 8, fabs (y1 - y0) + 8);
      if (shumate_viewport_get_rotation (viewport) != 0)
        area = visible;
      if (!graphene_rect_intersection (&area, &visible, &area))
        return;
      graphene_rect_round_extents (&area, &area);
      cr = gtk_snapshot_append_cairo (snapshot, &area);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      trace_buurt (cr, &direct, b);
      if (dark)
        cairo_set_source_rgb (cr, 1, 1, 1);
      else
        cairo_set_source_rgb (cr, 0.14, 0.12, 0.19);
      cairo_set_line_width (cr, 4);
      cairo_stroke (cr);
      cairo_destroy (cr);
    }
}

static void
redraw (BwPolygonLayer *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
bw_polygon_layer_constructed (GObject *object)
{
  BwPolygonLayer *self = BW_POLYGON_LAYER (object);
  ShumateViewport *viewport;

  G_OBJECT_CLASS (bw_polygon_layer_parent_class)->constructed (object);

  /* libshumate 1.0 has no "changed" signal on the viewport. */
  viewport = shumate_layer_get_viewport (SHUMATE_LAYER (self));
  for (const char * const *p = (const char * const[]) { "notify::latitude", "notify::longitude",
                                                        "notify::zoom-level", "notify::rotation",
                                                        NULL }; *p; p++)
    g_signal_connect_object (viewport, *p, G_CALLBACK (redraw), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (viewport, "notify::reference-map-source", G_CALLBACK (invalidate_cache), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark", G_CALLBACK (redraw), self,
                           G_CONNECT_SWAPPED);
}

static void
bw_polygon_layer_finalize (GObject *object)
{
  BwPolygonLayer *self = BW_POLYGON_LAYER (object);

  g_clear_object (&self->map);
  g_free (self->fills);
  g_free (self->highlighted);
  g_clear_object (&self->cache);
  g_clear_handle_id (&self->settle_id, g_source_remove);

  G_OBJECT_CLASS (bw_polygon_layer_parent_class)->finalize (object);
}

static void
bw_polygon_layer_class_init (BwPolygonLayerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = bw_polygon_layer_constructed;
  object_class->finalize = bw_polygon_layer_finalize;
  widget_class->snapshot = bw_polygon_layer_snapshot;
}

static void
bw_polygon_layer_init (BwPolygonLayer *self)
{
  /* Clicks and motion are handled by the map page, which asks
   * bw_polygon_layer_buurt_at (). */
  gtk_widget_set_can_target (GTK_WIDGET (self), FALSE);
}

BwPolygonLayer *
bw_polygon_layer_new (ShumateViewport *viewport,
                      BwBuurtMap      *map)
{
  BwPolygonLayer *self;

  g_return_val_if_fail (SHUMATE_IS_VIEWPORT (viewport), NULL);
  g_return_val_if_fail (BW_IS_BUURT_MAP (map), NULL);

  self = g_object_new (BW_TYPE_POLYGON_LAYER, "viewport", viewport, NULL);
  self->map = g_object_ref (map);
  self->fills = g_new0 (Fill, bw_buurt_map_get_n_buurten (map));
  return self;
}

BwBuurtMap *
bw_polygon_layer_get_map (BwPolygonLayer *self)
{
  g_return_val_if_fail (BW_IS_POLYGON_LAYER (self), NULL);
  return self->map;
}

void
bw_polygon_layer_set_fill (BwPolygonLayer *self,
                           const char     *code,
                           const GdkRGBA  *rgba)
{
  const BwMapBuurt *b;
  guint i;

  g_return_if_fail (BW_IS_POLYGON_LAYER (self));

  b = bw_buurt_map_find (self->map, code);
  if (b == NULL)
    return;
  i = b - bw_buurt_map_get_buurt (self->map, 0);
  if (self->fills[i].filled == (rgba != NULL) && (rgba == NULL || gdk_rgba_equal (&self->fills[i].rgba, rgba)))
    return;
  self->fills[i].filled = rgba != NULL;
  if (rgba != NULL)
    self->fills[i].rgba = *rgba;
  invalidate_cache (self);
}

void
bw_polygon_layer_set_highlighted (BwPolygonLayer *self,
                                  const char     *code)
{
  g_return_if_fail (BW_IS_POLYGON_LAYER (self));

  if (g_strcmp0 (self->highlighted, code) == 0)
    return;
  g_free (self->highlighted);
  self->highlighted = g_strdup (code);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
bw_polygon_layer_set_draw_background (BwPolygonLayer *self,
                                      gboolean        draw_background)
{
  g_return_if_fail (BW_IS_POLYGON_LAYER (self));

  self->draw_background = !!draw_background;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

const BwMapBuurt *
bw_polygon_layer_buurt_at (BwPolygonLayer *self,
                           double          x,
                           double          y)
{
  ShumateViewport *viewport;
  double lat, lon;

  g_return_val_if_fail (BW_IS_POLYGON_LAYER (self), NULL);

  viewport = shumate_layer_get_viewport (SHUMATE_LAYER (self));
  if (shumate_viewport_get_reference_map_source (viewport) == NULL)
    return NULL;
  shumate_viewport_widget_coords_to_location (viewport, GTK_WIDGET (self), x, y, &lat, &lon);
  return bw_buurt_map_find_at (self->map, lat, lon);
}
