/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Why a session is marked: booked together with another session of the
 * same trainer or at the same place, or outside its offer's period. */
typedef enum {
  BW_PLANNING_CONFLICT_TRAINER,
  BW_PLANNING_CONFLICT_PLACE,
  BW_PLANNING_CONFLICT_OUTSIDE_PERIOD,
} BwPlanningConflictKind;

#define BW_TYPE_PLANNING_CONFLICT (bw_planning_conflict_get_type ())
G_DECLARE_FINAL_TYPE (BwPlanningConflict, bw_planning_conflict, BW, PLANNING_CONFLICT, GObject)

/* One conflict of a session (@date, the session's date, tells which one
 * of a recurring series). For TRAINER and PLACE the other session is named
 * by uuid, offer title, date and times; for OUTSIDE_PERIOD those are NULL. */
BwPlanningConflict     *bw_planning_conflict_new              (BwPlanningConflictKind kind,
                                                               const char *date,
                                                               const char *other_uuid,
                                                               const char *other_title,
                                                               const char *other_start,
                                                               const char *other_end);
BwPlanningConflictKind  bw_planning_conflict_get_kind         (BwPlanningConflict *self);
const char             *bw_planning_conflict_get_date         (BwPlanningConflict *self);
const char             *bw_planning_conflict_get_other_uuid   (BwPlanningConflict *self);
const char             *bw_planning_conflict_get_other_title  (BwPlanningConflict *self);
const char             *bw_planning_conflict_get_other_start  (BwPlanningConflict *self);
const char             *bw_planning_conflict_get_other_end    (BwPlanningConflict *self);
/* A translated sentence for the confirmation dialog. */
char                   *bw_planning_conflict_describe         (BwPlanningConflict *self);

G_END_DECLS
