/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <gtk/gtk.h>

#include "bw-week-item.h"

G_BEGIN_DECLS

#define BW_TYPE_WEEK_VIEW (bw_week_view_get_type ())
G_DECLARE_FINAL_TYPE (BwWeekView, bw_week_view, BW, WEEK_VIEW, GtkWidget)

/* A week like GNOME Calendar's week view: a toolbar (Today, previous and
 * next week, the week's title), a header row with the seven days (Monday
 * first, today highlighted), and below it a vertically scrolling grid of
 * 24 hours in which the events of the week are placed by their start and
 * end (see BwWeekGrid for the layout). The events come from a GListModel
 * of BwWeekItem objects; the view follows the model's items-changed and
 * every item's notify. Times are shown in Europe/Amsterdam.
 *
 * Actions: week.previous (Alt+Left), week.next (Alt+Right), week.today
 * (Alt+Home). Signal: event-activated (BwWeekItem *item), when an event is
 * clicked or activated with Enter or Space.
 *
 * Properties: "model" (GListModel of BwWeekItem), "week-start" (GDateTime,
 * midnight of the Monday shown), "now" (GDateTime or NULL for the real
 * clock; tests and screenshots pin it). */
GtkWidget  *bw_week_view_new              (void);

GListModel *bw_week_view_get_model        (BwWeekView *self);
void        bw_week_view_set_model        (BwWeekView *self,
                                           GListModel *model);

/* Midnight (Europe/Amsterdam) at the start of the Monday shown. */
GDateTime  *bw_week_view_get_week_start   (BwWeekView *self);
/* Shows the week that holds @date (any time on any day of it). */
void        bw_week_view_set_week_start   (BwWeekView *self,
                                           GDateTime  *date);

GDateTime  *bw_week_view_get_now          (BwWeekView *self);
void        bw_week_view_set_now          (BwWeekView *self,
                                           GDateTime  *now);

/* The focusable widget standing for @item in the week shown, or NULL
 * when the item is not in this week. */
GtkWidget  *bw_week_view_get_event_widget (BwWeekView *self,
                                           BwWeekItem *item);

G_END_DECLS
