/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <glib-object.h>

#include "bw-week-item.h"

G_BEGIN_DECLS

#define BW_TYPE_WEEK_EVENT (bw_week_event_get_type ())
G_DECLARE_FINAL_TYPE (BwWeekEvent, bw_week_event, BW, WEEK_EVENT, GObject)

/* A plain BwWeekItem: its properties are what the week view shows.
 * Properties: "start", "end" (GDateTime), "title", "subtitle",
 * "conflict" (gboolean), "conflict-text", and "source", any object the
 * caller wants to find back (e.g. the planning session it stands for).
 * Setting a property emits notify, and a BwWeekView showing the event
 * redraws it. */
BwWeekEvent *bw_week_event_new               (GDateTime   *start,
                                              GDateTime   *end,
                                              const char  *title,
                                              const char  *subtitle);

void         bw_week_event_set_start         (BwWeekEvent *self,
                                              GDateTime   *start);
void         bw_week_event_set_end           (BwWeekEvent *self,
                                              GDateTime   *end);
void         bw_week_event_set_title         (BwWeekEvent *self,
                                              const char  *title);
void         bw_week_event_set_subtitle      (BwWeekEvent *self,
                                              const char  *subtitle);
/* Marks (or unmarks) the event as a conflict; @text says why, may be NULL. */
void         bw_week_event_set_conflict      (BwWeekEvent *self,
                                              gboolean     conflict,
                                              const char  *text);
GObject     *bw_week_event_get_source        (BwWeekEvent *self);
void         bw_week_event_set_source        (BwWeekEvent *self,
                                              GObject     *source);

G_END_DECLS
