/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <gio/gio.h>

#include "bw-buurt-geojson.h"

G_BEGIN_DECLS

#define BW_TYPE_BUURT_MAP (bw_buurt_map_get_type ())
G_DECLARE_FINAL_TYPE (BwBuurtMap, bw_buurt_map, BW, BUURT_MAP, GObject)

/* The map of the buurten in CBS GeoJSON (the file shipped in the resources
 * when @bytes is NULL), read by bw_buurt_geojson_parse(): on any error
 * NULL is returned with @error set (G_IO_ERROR_INVALID_DATA), never a
 * partial map. */
BwBuurtMap       *bw_buurt_map_load         (GBytes      *bytes,
                                             GError     **error);

/* The credit the CBS/Kadaster conditions ask for on every map display. */
const char       *bw_buurt_map_get_attribution (BwBuurtMap *self);

guint             bw_buurt_map_get_n_buurten (BwBuurtMap *self);
const BwMapBuurt *bw_buurt_map_get_buurt    (BwBuurtMap  *self,
                                             guint        index);
const BwMapBuurt *bw_buurt_map_find         (BwBuurtMap  *self,
                                             const char  *code);
/* The buurt whose boundary holds the point, or NULL. */
const BwMapBuurt *bw_buurt_map_find_at      (BwBuurtMap  *self,
                                             double       latitude,
                                             double       longitude);
void              bw_buurt_map_get_bounds   (BwBuurtMap  *self,
                                             double      *min_lat,
                                             double      *max_lat,
                                             double      *min_lon,
                                             double      *max_lon);

/* Whether a point lies inside one of the buurt's rings (even-odd rule). */
gboolean          bw_map_buurt_contains     (const BwMapBuurt *buurt,
                                             double            latitude,
                                             double            longitude);

G_END_DECLS
