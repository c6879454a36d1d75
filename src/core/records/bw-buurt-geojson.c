/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-records"
/* The one reader of CBS buurt GeoJSON: codes, names and boundaries. */
#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "bw-buurt-geojson.h"

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

GArray *
bw_buurt_geojson_parse (GBytes  *bytes,
                        char   **attribution,
                        GError **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GArray) buurten = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GBytes) owned = NULL;
  g_autoptr(GError) parse_error = NULL;
  JsonObject *root;
  JsonArray *features;
  const char *data;
  gsize size;

  if (attribution != NULL)
    *attribution = NULL;
  if (bytes == NULL)
    {
      owned = g_resources_lookup_data ("/nl/heerlen/Buurtwerk/core/heerlen_buurten.geojson",
                                       G_RESOURCE_LOOKUP_FLAGS_NONE, error);
      if (owned == NULL)
        return NULL;
      bytes = owned;
    }

  /* An empty file has no data pointer, and parses to no root at all: both
   * are a broken file, not a programming error (found by fuzz-geojson). */
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

  buurten = g_array_new (FALSE, TRUE, sizeof (BwMapBuurt));
  g_array_set_clear_func (buurten, map_buurt_clear);
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
      if (g_hash_table_contains (seen, code))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       _("Neighbourhood %s appears twice in the file"), code);
          return NULL;
        }
      /* The parser holds the string until it is freed. */
      g_hash_table_add (seen, (gpointer) code);

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

      g_array_append_val (buurten, b);
    }

  if (buurten->len == 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("The neighbourhood file holds no neighbourhoods"));
      return NULL;
    }
  g_array_sort (buurten, compare_by_code);

  if (attribution != NULL && json_object_has_member (root, "metadata") &&
      JSON_NODE_HOLDS_OBJECT (json_object_get_member (root, "metadata")))
    {
      const char *credit = string_member (json_object_get_object_member (root, "metadata"),
                                          "attribution", NULL);

      if (credit != NULL && *credit != '\0')
        *attribution = g_strdup (credit);
    }

  return g_steal_pointer (&buurten);
}
