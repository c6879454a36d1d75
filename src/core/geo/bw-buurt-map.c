/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-geo"
#include "config.h"

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
  self->by_code = g_hash_table_new (g_str_hash, g_str_equal);
}

BwBuurtMap *
bw_buurt_map_load (GBytes  *bytes,
                   GError **error)
{
  g_autoptr(BwBuurtMap) self = NULL;
  g_autofree char *attribution = NULL;
  GArray *buurten;

  buurten = bw_buurt_geojson_parse (bytes, &attribution, error);
  if (buurten == NULL)
    return NULL;

  self = g_object_new (BW_TYPE_BUURT_MAP, NULL);
  self->buurten = buurten;
  self->attribution = attribution ? g_steal_pointer (&attribution) : g_strdup (DEFAULT_ATTRIBUTION);
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
