/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <adwaita.h>
#include <shumate/shumate.h>

#include "bw-buurt-figures.h"
#include "bw-case-store.h"
#include "bw-polygon-layer.h"

G_BEGIN_DECLS

#define BW_TYPE_MAP_PAGE (bw_map_page_get_type ())
G_DECLARE_FINAL_TYPE (BwMapPage, bw_map_page, BW, MAP_PAGE, AdwBin)

/* The "Map" page: the buurten of Heerlen coloured by a chosen figure, with
 * a legend, the places as markers, a popover per buurt and the same
 * figures as a table. */
void            bw_map_page_set_store         (BwMapPage    *self,
                                               BwCaseStore  *store);
/* The main view stack, for the page's view switcher. */
void            bw_map_page_set_stack         (BwMapPage    *self,
                                               AdwViewStack *stack);
void            bw_map_page_set_figure        (BwMapPage    *self,
                                               BwFigure      figure);
/* Opens the popover of buurt @code at its centroid, as a click does. */
gboolean        bw_map_page_open_buurt        (BwMapPage    *self,
                                               const char   *code);

/* For tests and the benchmark. */
ShumateMap         *bw_map_page_get_map           (BwMapPage *self);
BwPolygonLayer     *bw_map_page_get_polygon_layer (BwMapPage *self);
ShumateMarkerLayer *bw_map_page_get_marker_layer  (BwMapPage *self);
BwBuurtFigures     *bw_map_page_get_figures       (BwMapPage *self);
GtkWidget          *bw_map_page_get_popover       (BwMapPage *self);
GtkWidget          *bw_map_page_get_legend        (BwMapPage *self);
/* The tile layer, or NULL when no tile URL is set (plain background). */
ShumateMapLayer    *bw_map_page_get_tile_layer    (BwMapPage *self);

/* What the signed-in role may do here: add a place (a trainer), show the
 * cases of a buurt (who has a case list). */
void         bw_map_page_set_permissions (BwMapPage *self,
                                          gboolean   may_add_places,
                                          gboolean   has_cases);

G_END_DECLS
