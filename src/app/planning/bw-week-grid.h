/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <gtk/gtk.h>

#include "bw-week-tile.h"

G_BEGIN_DECLS

/* Pixels per hour, and the width of the hour labels left of Monday. */
#define BW_WEEK_GRID_HOUR_HEIGHT 48
#define BW_WEEK_GRID_GUTTER      56

#define BW_TYPE_WEEK_GRID (bw_week_grid_get_type ())
G_DECLARE_FINAL_TYPE (BwWeekGrid, bw_week_grid, BW, WEEK_GRID, GtkWidget)

/* The scrollable part of BwWeekView: 24 hour rows and 7 day columns, the
 * hour labels in a gutter on the left, today's column tinted with a line
 * at the current time, and the BwWeekTile children placed by their day and
 * minutes. Events that overlap in one day share the column side by side
 * (packed like GNOME Calendar: each in the first free sub-column, widened
 * to the right over sub-columns that are free for its whole time); events
 * that only touch (one ends when the next starts) do not overlap.
 *
 * Tab follows the order the tiles were added in (the view adds them by
 * day and time); Up/Down move within a day, Left/Right to the nearest
 * event in the previous/next day that has one. */
GtkWidget *bw_week_grid_new        (void);
/* Takes the floating tile as a child; add them in focus order. */
void       bw_week_grid_add_tile   (BwWeekGrid *self,
                                    BwWeekTile *tile);
void       bw_week_grid_remove_all (BwWeekGrid *self);
/* @day: today's column (0..6), or -1 when today is not in this week;
 * @minute: minutes since midnight, for the current-time line. */
void       bw_week_grid_set_now    (BwWeekGrid *self,
                                    int         day,
                                    int         minute);

G_END_DECLS
