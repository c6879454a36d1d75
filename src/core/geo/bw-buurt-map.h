/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* One outer ring of a buurt's boundary: @n_points lon/lat pairs (WGS84),
 * closed (the last point equals the first). */
typedef struct {
  guint   n_points;
  double *points;          /* lon0, lat0, lon1, lat1, ... */
} BwMapRing;

/* A CBS buurt with its boundary and its CBS 2020 figures. Read-only; owned
 * by the BwBuurtMap it came from. */
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

#define BW_TYPE_BUURT_MAP (bw_buurt_map_get_type ())
G_DECLARE_FINAL_TYPE (BwBuurtMap, bw_buurt_map, BW, BUURT_MAP, GObject)

/* Parses CBS GeoJSON (the file shipped in the resources when @bytes is
 * NULL). The file is validated as a whole: on any error NULL is returned
 * with @error set (G_IO_ERROR_INVALID_DATA), never a partial map. */
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
