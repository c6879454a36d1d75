/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The one reader of CBS buurt GeoJSON (data/heerlen_buurten.geojson): the
 * server's and the store's list of neighbourhoods (bw-neighbourhood.h) and
 * the map's boundaries (bw-buurt-map.h) both come from it, so that a file
 * is accepted or refused by all of them alike. No GTK, no database: the
 * server links it. The file is outside input (tests/fuzz/fuzz-geojson.c):
 * numbers must be finite, coordinates within range, rings closed. */

/* One outer ring of a buurt's boundary: @n_points lon/lat pairs (WGS84),
 * closed (the last point equals the first). */
typedef struct {
  guint   n_points;
  double *points;          /* lon0, lat0, lon1, lat1, ... */
} BwMapRing;

/* A CBS buurt with its boundary and its CBS 2020 figures, as the file has
 * it. Read-only; owned by the array (or the BwBuurtMap) it came from. */
typedef struct {
  char      *code;            /* BU0917WWBB */
  char      *name;
  char      *wijk_code;
  char      *wijk_name;
  char      *heerlen_noord;   /* "core", "likely", "uncertain" or "no" */
  gboolean   in_noord;        /* core or likely */
  guint      n_rings;
  BwMapRing *rings;           /* outer rings only; holes are not kept */
  double     centroid_lat;
  double     centroid_lon;
  double     area_km2;        /* computed from the rings */
  double     min_lat, max_lat, min_lon, max_lon;
  int        population;      /* CBS 2020; -1 when unknown */
  double     bijstand_per_100; /* CBS 2020; negative when unknown */
} BwMapBuurt;

/* Parses CBS GeoJSON (the file shipped in the resources when @bytes is
 * NULL) and validates it as a whole: on any error NULL is returned with
 * @error set (G_IO_ERROR_INVALID_DATA), never part of the file. Returns
 * the buurten sorted by code, as a GArray of BwMapBuurt that clears them
 * when freed; *@attribution (when not NULL) is the credit in the file's
 * "metadata", or NULL. */
GArray *bw_buurt_geojson_parse (GBytes  *bytes,
                                char   **attribution,
                                GError **error);

G_END_DECLS
