/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <shumate/shumate.h>

#include "bw-buurt-map.h"

G_BEGIN_DECLS

#define BW_TYPE_POLYGON_LAYER (bw_polygon_layer_get_type ())
G_DECLARE_FINAL_TYPE (BwPolygonLayer, bw_polygon_layer, BW, POLYGON_LAYER, ShumateLayer)

/* Draws the buurt boundaries of @map, projected through @viewport: filled
 * with the colour set per buurt (a choropleth), Heerlen-Noord outlined, the
 * hovered or chosen buurt highlighted, and names from zoom level 13. With
 * draw-background set (no tiles) it paints a plain background first. */
BwPolygonLayer *bw_polygon_layer_new             (ShumateViewport *viewport,
                                                  BwBuurtMap      *map);
BwBuurtMap     *bw_polygon_layer_get_map         (BwPolygonLayer  *self);
/* @rgba NULL: not filled (no data). */
void            bw_polygon_layer_set_fill        (BwPolygonLayer  *self,
                                                  const char      *code,
                                                  const GdkRGBA   *rgba);
void            bw_polygon_layer_set_highlighted (BwPolygonLayer  *self,
                                                  const char      *code);
void            bw_polygon_layer_set_draw_background (BwPolygonLayer *self,
                                                      gboolean        draw_background);
/* The buurt under a point of the layer, or NULL. */
const BwMapBuurt *bw_polygon_layer_buurt_at      (BwPolygonLayer  *self,
                                                  double           x,
                                                  double           y);

G_END_DECLS
