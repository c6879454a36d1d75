/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <gtk/gtk.h>

#include "bw-week-item.h"

G_BEGIN_DECLS

#define BW_TYPE_WEEK_TILE (bw_week_tile_get_type ())
G_DECLARE_FINAL_TYPE (BwWeekTile, bw_week_tile, BW, WEEK_TILE, GtkWidget)

/* One event in BwWeekView's hour grid: a focusable button-like widget
 * showing the title (with a warning icon when the item is a conflict), the
 * time range and the subtitle, as many lines as its height allows. It emits
 * "activate" when clicked or on Enter/Space. Its accessible label names the
 * day, time, title, place and conflict.
 *
 * @day is the column (0 = Monday), @start_min and @end_min the minutes
 * since midnight of that day (as the wall clock shows them), which is
 * where BwWeekGrid places it. @start and @end are the item's times in the
 * view's time zone. */
BwWeekTile *bw_week_tile_new           (BwWeekItem *item,
                                        GDateTime  *start,
                                        GDateTime  *end,
                                        int         day,
                                        int         start_min,
                                        int         end_min);
BwWeekItem *bw_week_tile_get_item      (BwWeekTile *self);
int         bw_week_tile_get_day       (BwWeekTile *self);
int         bw_week_tile_get_start_min (BwWeekTile *self);
int         bw_week_tile_get_end_min   (BwWeekTile *self);
/* For tests: the title label as drawn (on one, two or up to six lines). */
GtkWidget  *bw_week_tile_get_shown_title (BwWeekTile *self);

G_END_DECLS
