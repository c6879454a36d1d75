/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <json-glib/json-glib.h>

#include "bw-record-json.h"

G_BEGIN_DECLS

#define BW_PLANNING_ERROR (bw_planning_error_quark ())

/* The code names the field that is wrong, so the interface can show the
 * message next to it. Every message is translated. */
typedef enum {
  BW_PLANNING_ERROR_TITLE,
  BW_PLANNING_ERROR_KIND,
  BW_PLANNING_ERROR_STATUS,
  BW_PLANNING_ERROR_BUURT,
  BW_PLANNING_ERROR_CAPACITY,
  BW_PLANNING_ERROR_PERIOD,       /* first/last date of an offer */
  BW_PLANNING_ERROR_OFFER,        /* unknown offer, or a cancelled one */
  BW_PLANNING_ERROR_DATE,
  BW_PLANNING_ERROR_START_TIME,
  BW_PLANNING_ERROR_END_TIME,
  BW_PLANNING_ERROR_RECURRENCE,
  BW_PLANNING_ERROR_NAME,
  BW_PLANNING_ERROR_CASE,
  BW_PLANNING_ERROR_OUTCOME,
  BW_PLANNING_ERROR_NOT_FOUND,
  /* The record changed since it was read: reload, never overwrite. */
  BW_PLANNING_ERROR_CHANGED,
  /* The session has conflicts (returned in @conflicts) and was saved
   * without confirm: nothing was written. Ask, then save with confirm. */
  BW_PLANNING_ERROR_NEEDS_CONFIRMATION,
} BwPlanningError;

GQuark bw_planning_error_quark (void);

/* Sets @error to @code with @message; returns FALSE. */
gboolean     bw_planning_refuse               (GError      **error,
                                               int           code,
                                               const char   *message);

/* Local time (Europe/Amsterdam) */

/* @date "YYYY-MM-DD" and @time "HH:MM" as an instant (a GDateTime in
 * Europe/Amsterdam). NULL with BW_PLANNING_ERROR_DATE for a date that
 * does not exist, BW_PLANNING_ERROR_START_TIME for a time that is not
 * HH:MM or that does not exist on that day (the spring-forward gap,
 * 02:00–03:00 on the last Sunday of March). */
GDateTime   *bw_planning_local_time           (const char   *date,
                                               const char   *time,
                                               GError      **error);

/* An offer's own fields: a title, a known buurt, the capacity and the
 * period in order. */
gboolean     bw_planning_rules_check_offer    (const char   *title,
                                               const char   *buurt_code,
                                               gboolean      buurt_known,
                                               gint64        capacity,
                                               const char   *first_date,
                                               const char   *last_date,
                                               GError      **error);
/* A session's date and times exist and it ends after it starts. */
gboolean     bw_planning_rules_check_times    (const char   *date,
                                               const char   *start_time,
                                               const char   *end_time,
                                               GError      **error);
/* The rules of one planning record's fields as a whole (the offer's
 * title, buurt (in @buurt_codes, a set of CBS codes), capacity and period;
 * a session's date and local times, DST gap included), for the server,
 * which checks what a desktop pushes with the desktop's own rules. The
 * rules between records (capacity against the number placed, conflicts)
 * are the desktops'. TRUE for the other record types. */
gboolean     bw_planning_validate_record_fields (BwRecordType  type,
                                                 JsonObject   *fields,
                                                 GHashTable   *buurt_codes,
                                                 GError      **error);

G_END_DECLS
