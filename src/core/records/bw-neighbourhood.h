/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define BW_TYPE_NEIGHBOURHOOD (bw_neighbourhood_get_type ())
G_DECLARE_FINAL_TYPE (BwNeighbourhood, bw_neighbourhood, BW, NEIGHBOURHOOD, GObject)

/* A CBS buurt of Heerlen (code BU0917WWBB). Whether it belongs to
 * Heerlen-Noord is data ("core", "likely", "uncertain", "no") that the
 * team can correct, not code. */

BwNeighbourhood *bw_neighbourhood_new (const char *code,
                                       const char *name,
                                       const char *wijk_code,
                                       const char *wijk_name,
                                       const char *heerlen_noord);

const char *bw_neighbourhood_get_code          (BwNeighbourhood *self);
const char *bw_neighbourhood_get_name          (BwNeighbourhood *self);
const char *bw_neighbourhood_get_wijk_code     (BwNeighbourhood *self);
const char *bw_neighbourhood_get_wijk_name     (BwNeighbourhood *self);
const char *bw_neighbourhood_get_heerlen_noord (BwNeighbourhood *self);
gboolean    bw_neighbourhood_is_heerlen_noord  (BwNeighbourhood *self);

/* Reads the buurten from CBS GeoJSON (the file shipped in the resources
 * when @bytes is NULL) through bw_buurt_geojson_parse(), the map's reader
 * too. Returns a GListModel of BwNeighbourhood sorted by code, or NULL
 * with @error set when the file is broken: a half list is never returned. */
GListModel *bw_neighbourhood_load_geojson (GBytes  *bytes,
                                           GError **error);

G_END_DECLS
