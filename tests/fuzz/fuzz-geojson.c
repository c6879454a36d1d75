/* SPDX-License-Identifier: EUPL-1.2 */
/* Fuzzes the one reader of CBS GeoJSON (src/core/records/bw-buurt-geojson.c)
 * through its two users: the neighbourhood list (records/bw-neighbourhood.c,
 * which the server links) and the map with its boundaries
 * (geo/bw-buurt-map.c). A broken file gives an error, never a half result,
 * and both users give the same verdict. */

#include "fuzz-common.h"
#include "bw-buurt-map.h"
#include "bw-neighbourhood.h"

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  bw_fuzz_setup_glib ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(BwBuurtMap) map = NULL;

  list = bw_neighbourhood_load_geojson (bytes, &error);
  g_assert ((list == NULL) != (error == NULL));
  g_clear_error (&error);

  map = bw_buurt_map_load (bytes, &error);
  g_assert ((map == NULL) != (error == NULL));
  g_assert ((map == NULL) == (list == NULL));
  if (map != NULL)
    {
      double min_lat, max_lat, min_lon, max_lon;

      bw_buurt_map_get_bounds (map, &min_lat, &max_lat, &min_lon, &max_lon);
      /* Hit tests walk every ring: inside Heerlen, at the corners of the
       * bounds, and far away. */
      bw_buurt_map_find_at (map, 50.9, 5.98);
      bw_buurt_map_find_at (map, min_lat, min_lon);
      bw_buurt_map_find_at (map, max_lat, max_lon);
      bw_buurt_map_find_at (map, (min_lat + max_lat) / 2, (min_lon + max_lon) / 2);
      bw_buurt_map_find_at (map, -90.0, 180.0);
      for (guint i = 0; i < bw_buurt_map_get_n_buurten (map); i++)
        {
          const BwMapBuurt *buurt = bw_buurt_map_get_buurt (map, i);

          g_assert_true (bw_buurt_map_find (map, buurt->code) != NULL);
          bw_map_buurt_contains (buurt, buurt->centroid_lat, buurt->centroid_lon);
        }
    }

  return 0;
}
