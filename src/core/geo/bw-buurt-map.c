/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-geo"
#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "bw-buurt-map.h"

#define DEFAULT_ATTRIBUTION "Kadaster / Centraal Bureau voor de Statistiek, 2025"

struct _BwBuurtMap
{
  GObject parent_instance;

  GArray *buurten;          /* BwMapBuurt, sorted by code */
  GHashTable *by_code;      /* code -> index + 1 */
  char *attribution;
  double min_lat, max_lat, min_lon, max_lon;
};

G_DEFINE_FINAL_TYPE (BwBuurtMap, bw_buurt_map, G_TYPE_OBJECT)


/* A string member, or @fallback when it is absent, null or anything but
 * a string. json_object_get_string_member_with_default() warns on an
 * object or array and returns NULL for a number, which the callers then
 * compared as a string; the file is outside input (found by fuzz-geojson). */
static const char *
string_member (JsonObject *object,
               const char *member,
               const char *fallback)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return fallback;
  return json_node_get_string (node);
}

static void
map_buurt_clear (gpointer data)
{
  BwMapBuurt *b = data;

  g_free (b->code);
  g_free (b->name);
  g_free (b->wijk_code);
  g_free (b->wijk_name);
  g_free (b->heerlen_noord);
  for (guint i = 0; i < b->n_rings; i++)
    g_free (b->rings[i].points);
  g_free (b->rings);
}

static void
bw_buurt_map_finalize (GObject *object)
{
  BwBuurtMap *self = (BwBuurtMap *) object;

  g_clear_pointer (&self->buurten, g_array_unref);
  g_clear_pointer (&self->by_code, g_hash_table_unref);
  g_free (self->attribution);

  G_OBJECT_CLASS (bw_buurt_map_parent_class)->finalize (object);
}

static void
bw_buurt_map_class_init (BwBuurtMapClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bw_buurt_map_finalize;
}

static void
bw_buurt_map_init (BwBuurtMap *self)
{
  self->buurten = g_array_new (FALSE, TRUE, sizeof (BwMapBuurt));
  g_array_set_clear_func (self->buurten, map_buurt_clear);
  self->by_code = g_hash_table_new (g_str_hash, g_str_equal);
}

/* Parsing */

static gboolean
is_buurt_code (const char *code)
{
  /* BU + 4-digit municipality + 4-digit wijk/buurt number. */
  if (code == NULL || strlen (code) != 10 || !g_str_has_prefix (code, "BU"))
    return FALSE;
  for (int i = 2; i < 10; i++)
    if (!g_ascii_isdigit (code[i]))
      return FALSE;
  return TRUE;
}

static gboolean
get_number (JsonNode *node,
            double   *out)
{
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return FALSE;
  switch (json_node_get_value_type (node))
    {
    case G_TYPE_INT64:
      *out = json_node_get_int (node);
      return isfinite (*out);
    case G_TYPE_DOUBLE:
      *out = json_node_get_double (node);
      return isfinite (*out);
    default:
      return FALSE;
    }
}

static double
optional_number (JsonObject *props,
                 const char *member,
                 double      fallback)
{
  double v;

  if (json_object_has_member (props, member) &&
      get_number (json_object_get_member (props, member), &v))
    return v;
  return fallback;
}

/* Reads one linear ring into @ring. */
static gboolean
parse_ring (JsonNode   *node,
            BwMapRing  *ring,
            const char *code,
            GError    **error)
{
  JsonArray *array;
  guint n;

  if (!JSON_NODE_HOLDS_ARRAY (node) ||
      (n = json_array_get_length (array = json_node_get_array (node))) < 4)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("The boundary of neighbourhood %s in the file has too few points"), code);
      return FALSE;
    }

  ring->n_points = n;
  ring->points = g_new (double, 2 * n);
  for (guint i = 0; i < n; i++)
    {
      JsonNode *pos = json_array_get_element (array, i);
      JsonArray *xy;
      double lon, lat;

      if (!JSON_NODE_HOLDS_ARRAY (pos) ||
          json_array_get_length (xy = json_node_get_array (pos)) < 2 ||
          !get_number (json_array_get_element (xy, 0), &lon) ||
          !get_number (json_array_get_element (xy, 1), &lat) ||
          lon < -180 || lon > 180 || lat < -90 || lat > 90)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       _("The boundary of neighbourhood %s in the file has a point that is not a longitude and latitude"),
                       code);
          return FALSE;
        }
      ring->points[2 * i] = lon;
      ring->points[2 * i + 1] = lat;
    }
  if (ring->points[0] != ring->points[2 * n - 2] || ring->points[1] != ring->points[2 * n - 1])
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("The boundary of neighbourhood %s in the file is not closed"), code);
      return FALSE;
    }
  return TRUE;
}

/* Keeps the outer ring of every polygon of a Polygon or MultiPolygon. */
static gboolean
parse_geometry (JsonObject  *feature,
                BwMapBuurt  *b,
                GError     **error)
{
  JsonObject *geometry;
  JsonArray *coordinates;
  const char *type;
  g_autoptr(GArray) rings = g_array_new (FALSE, TRUE, sizeof (BwMapRing));
  gboolean multi;

  if (!json_object_has_member (feature, "geometry") ||
      !JSON_NODE_HOLDS_OBJECT (json_object_get_member (feature, "geometry")))
    goto bad;
  geometry = json_object_get_object_member (feature, "geometry");
  type = string_member (geometry, "type", "");
  multi = g_str_equal (type, "MultiPolygon");
  if ((!multi && !g_str_equal (type, "Polygon")) ||
      !json_object_has_member (geometry, "coordinates") ||
      !JSON_NODE_HOLDS_ARRAY (json_object_get_member (geometry, "coordinates")))
    goto bad;

  coordinates = json_object_get_array_member (geometry, "coordinates");
  for (guint p = 0; p < (multi ? json_array_get_length (coordinates) : 1); p++)
    {
      JsonNode *polygon = multi ? json_array_get_element (coordinates, p)
                                : json_object_get_member (geometry, "coordinates");
      BwMapRing ring = { 0, NULL };

      if (!JSON_NODE_HOLDS_ARRAY (polygon) || json_array_get_length (json_node_get_array (polygon)) == 0)
        goto bad;
      if (!parse_ring (json_array_get_element (json_node_get_array (polygon), 0), &ring, b->code, error))
        {
          g_free (ring.points);
          for (guint i = 0; i < rings->len; i++)
            g_free (g_array_index (rings, BwMapRing, i).points);
          return FALSE;
        }
      g_array_append_val (rings, ring);
    }
  if (rings->len == 0)
    goto bad;

  b->n_rings = rings->len;
  b->rings = (BwMapRing *) (gpointer) g_array_free (g_steal_pointer (&rings), FALSE);
  return TRUE;

bad:
  for (guint i = 0; rings && i < rings->len; i++)
    g_free (g_array_index (rings, BwMapRing, i).points);
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
               _("Neighbourhood %s in the file has no polygon boundary"), b->code);
  return FALSE;
}

/* Area and centroid on a local equirectangular projection: at the size of
 * a neighbourhood the error is far below the generalisation of the data. */
static void
compute_shape (BwMapBuurt *b)
{
  double lat0 = 0, sum_a = 0, sum_x = 0, sum_y = 0;
  guint n = 0;

  b->min_lat = b->min_lon = G_MAXDOUBLE;
  b->max_lat = b->max_lon = -G_MAXDOUBLE;
  for (guint r = 0; r < b->n_rings; r++)
    for (guint i = 0; i < b->rings[r].n_points; i++)
      {
        double lon = b->rings[r].points[2 * i], lat = b->rings[r].points[2 * i + 1];

        lat0 += lat;
        n++;
        b->min_lat = MIN (b->min_lat, lat);
        b->max_lat = MAX (b->max_lat, lat);
        b->min_lon = MIN (b->min_lon, lon);
        b->max_lon = MAX (b->max_lon, lon);
      }
  lat0 /= n;

  for (guint r = 0; r < b->n_rings; r++)
    {
      const double *pt = b->rings[r].points;
      const double kx = 111.320 * cos (lat0 * G_PI / 180), ky = 110.574;

      double a = 0, sx = 0, sy = 0, sign;

      for (guint i = 0; i + 1 < b->rings[r].n_points; i++)
        {
          double x0 = pt[2 * i] * kx, y0 = pt[2 * i + 1] * ky;
          double x1 = pt[2 * i + 2] * kx, y1 = pt[2 * i + 3] * ky;
          double cross = x0 * y1 - x1 * y0;

          a += cross;
          sx += (x0 + x1) * cross;
          sy += (y0 + y1) * cross;
        }
      /* Rings of a MultiPolygon add up whatever their orientation. */
      sign = a < 0 ? -1 : 1;
      sum_a += sign * a;
      sum_x += sign * sx;
      sum_y += sign * sy;
    }
  b->area_km2 = fabs (sum_a) / 2;
  if (sum_a != 0)
    {
      b->centroid_lon = sum_x / (3 * sum_a) / (111.320 * cos (lat0 * G_PI / 180));
      b->centroid_lat = sum_y / (3 * sum_a) / 110.574;
    }
}

static int
compare_by_code (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (((const BwMapBuurt *) a)->code, ((const BwMapBuurt *) b)->code);
}

BwBuurtMap *
bw_buurt_map_load (GBytes  *bytes,
                   GError **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(BwBuurtMap) self = NULL;
  g_autoptr(GBytes) owned = NULL;
  g_autoptr(GError) parse_error = NULL;
  JsonObject *root;
  JsonArray *features;
  const char *data;
  gsize size;

  if (bytes == NULL)
    {
      owned = g_resources_lookup_data ("/nl/heerlen/Buurtwerk/core/heerlen_buurten.geojson",
                                       G_RESOURCE_LOOKUP_FLAGS_NONE, error);
      if (owned == NULL)
        return NULL;
      bytes = owned;
    }

  data = g_bytes_get_data (bytes, &size);
  if (!json_parser_load_from_data (parser, data ? data : "", size, &parse_error))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("The neighbourhood file is broken: %s"), parse_error->message);
      return NULL;
    }

  if (json_parser_get_root (parser) == NULL ||
      !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)) ||
      !(root = json_node_get_object (json_parser_get_root (parser))) ||
      !json_object_has_member (root, "features") ||
      !JSON_NODE_HOLDS_ARRAY (json_object_get_member (root, "features")))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("The neighbourhood file is not a GeoJSON feature collection"));
      return NULL;
    }

  self = g_object_new (BW_TYPE_BUURT_MAP, NULL);
  self->attribution = g_strdup (DEFAULT_ATTRIBUTION);
  if (json_object_has_member (root, "metadata") &&
      JSON_NODE_HOLDS_OBJECT (json_object_get_member (root, "metadata")))
    {
      const char *credit =
        string_member (json_object_get_object_member (root, "metadata"),
                                                    "attribution", NULL);
      if (credit != NULL && *credit != '\0')
        {
          g_free (self->attribution);
          self->attribution = g_strdup (credit);
        }
    }

  features = json_object_get_array_member (root, "features");
  for (guint i = 0; i < json_array_get_length (features); i++)
    {
      JsonNode *node = json_array_get_element (features, i);
      JsonObject *feature, *props;
      BwMapBuurt b = { 0 };
      const char *code, *name;

      if (!JSON_NODE_HOLDS_OBJECT (node) ||
          !json_object_has_member (feature = json_node_get_object (node), "properties") ||
          !JSON_NODE_HOLDS_OBJECT (json_object_get_member (feature, "properties")))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       _("Neighbourhood %u in the file has no properties"), i + 1);
          return NULL;
        }
      props = json_object_get_object_member (feature, "properties");
      code = string_member (props, "code", NULL);
      name = string_member (props, "name", NULL);

      if (!is_buurt_code (code))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       _("Neighbourhood %u in the file has no valid CBS code"), i + 1);
          return NULL;
        }
      if (name == NULL || *name == '\0')
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       _("Neighbourhood %s in the file has no name"), code);
          return NULL;
        }
      if (g_hash_table_contains (self->by_code, code))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       _("Neighbourhood %s appears twice in the file"), code);
          return NULL;
        }

      b.code = g_strdup (code);
      if (!parse_geometry (feature, &b, error))
        {
          map_buurt_clear (&b);
          return NULL;
        }
      b.name = g_strdup (name);
      b.wijk_code = g_strdup (string_member (props, "wijk_code", NULL));
      b.wijk_name = g_strdup (string_member (props, "wijk_name", NULL));
      b.heerlen_noord = g_strdup (string_member (props, "heerlen_noord", "no"));
      b.in_noord = g_str_equal (b.heerlen_noord, "core") || g_str_equal (b.heerlen_noord, "likely");
      compute_shape (&b);
      /* The file's centroid is checked to lie inside the boundary; prefer
       * it to the computed one, which can fall outside a concave shape. */
      b.centroid_lat = optional_number (props, "centroid_lat", b.centroid_lat);
      b.centroid_lon = optional_number (props, "centroid_lon", b.centroid_lon);
      b.population = (int) optional_number (props, "population_2020", -1);
      b.bijstand_per_100 = optional_number (props, "bijstand_per_100_inhabitants_kwb2020", -1);

      g_array_append_val (self->buurten, b);
      g_hash_table_add (self->by_code, g_array_index (self->buurten, BwMapBuurt, self->buurten->len - 1).code);
    }

  if (self->buurten->len == 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("The neighbourhood file holds no neighbourhoods"));
      return NULL;
    }

  g_array_sort (self->buurten, compare_by_code);
  g_hash_table_remove_all (self->by_code);
  self->min_lat = self->min_lon = G_MAXDOUBLE;
  self->max_lat = self->max_lon = -G_MAXDOUBLE;
  for (guint i = 0; i < self->buurten->len; i++)
    {
      BwMapBuurt *b = &g_array_index (self->buurten, BwMapBuurt, i);

      g_hash_table_insert (self->by_code, b->code, GUINT_TO_POINTER (i + 1));
      self->min_lat = MIN (self->min_lat, b->min_lat);
      self->max_lat = MAX (self->max_lat, b->max_lat);
      self->min_lon = MIN (self->min_lon, b->min_lon);
      self->max_lon = MAX (self->max_lon, b->max_lon);
    }

  return g_steal_pointer (&self);
}

const char *
bw_buurt_map_get_attribution (BwBuurtMap *self)
{
  g_return_val_if_fail (BW_IS_BUURT_MAP (self), NULL);
  return self->attribution;
}

guint
bw_buurt_map_get_n_buurten (BwBuurtMap *self)
{
  g_return_val_if_fail (BW_IS_BUURT_MAP (self), 0);
  return self->buurten->len;
}

const BwMapBuurt *
bw_buurt_map_get_buurt (BwBuurtMap *self,
                        guint       index)
{
  g_return_val_if_fail (BW_IS_BUURT_MAP (self), NULL);
  g_return_val_if_fail (index < self->buurten->len, NULL);
  return &g_array_index (self->buurten, BwMapBuurt, index);
}

const BwMapBuurt *
bw_buurt_map_find (BwBuurtMap *self,
                   const char *code)
{
  guint index;

  g_return_val_if_fail (BW_IS_BUURT_MAP (self), NULL);

  if (code == NULL)
    return NULL;
  index = GPOINTER_TO_UINT (g_hash_table_lookup (self->by_code, code));
  return index ? &g_array_index (self->buurten, BwMapBuurt, index - 1) : NULL;
}

gboolean
bw_map_buurt_contains (const BwMapBuurt *b,
                       double            latitude,
                       double            longitude)
{
  gboolean inside = FALSE;

  if (latitude < b->min_lat || latitude > b->max_lat ||
      longitude < b->min_lon || longitude > b->max_lon)
    return FALSE;

  for (guint r = 0; r < b->n_rings; r++)
    {
      const double *pt = b->rings[r].points;
      guint n = b->rings[r].n_points;

      for (guint i = 0, j = n - 1; i < n; j = i++)
        {
          double xi = pt[2 * i], yi = pt[2 * i + 1], xj = pt[2 * j], yj = pt[2 * j + 1];

          if ((yi > latitude) != (yj > latitude) &&
              longitude < (xj - xi) * (latitude - yi) / (yj - yi) + xi)
            inside = !inside;
        }
    }
  return inside;
}

const BwMapBuurt *
bw_buurt_map_find_at (BwBuurtMap *self,
                      double      latitude,
                      double      longitude)
{
  g_return_val_if_fail (BW_IS_BUURT_MAP (self), NULL);

  for (guint i = 0; i < self->buurten->len; i++)
    {
      const BwMapBuurt *b = &g_array_index (self->buurten, BwMapBuurt, i);

      if (bw_map_buurt_contains (b, latitude, longitude))
        return b;
    }
  return NULL;
}

void
bw_buurt_map_get_bounds (BwBuurtMap *self,
                         double     *min_lat,
                         double     *max_lat,
                         double     *min_lon,
                         double     *max_lon)
{
  g_return_if_fail (BW_IS_BUURT_MAP (self));

  if (min_lat)
    *min_lat = self->min_lat;
  if (max_lat)
    *max_lat = self->max_lat;
  if (min_lon)
    *min_lon = self->min_lon;
  if (max_lon)
    *max_lon = self->max_lon;
}
