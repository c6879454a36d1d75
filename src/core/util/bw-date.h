/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The one date module: every date and time the desktop and the server
 * read, write or show goes through it. No GTK, no database: the server
 * links it. Dates are ISO 8601 ("1984-03-21") and local to
 * Europe/Amsterdam, timestamps ISO 8601 UTC. */

#define BW_DATE_ERROR (bw_date_error_quark ())

typedef enum {
  BW_DATE_ERROR_INVALID,   /* not a date, or a date that does not exist */
} BwDateError;

GQuark      bw_date_error_quark    (void);

/* Europe/Amsterdam, loaded once (GLib 2.74 reads tzdata from disk on
 * every g_time_zone_new_identifier()). Without tzdata, the machine's own
 * zone with a warning. Owned by the module: do not unref. */
GTimeZone  *bw_date_zone           (void);

/* Now in Europe/Amsterdam. */
GDateTime  *bw_date_now_local      (void);

/* The date of @when in Europe/Amsterdam, ISO form: 2026-10-24T22:30:00Z
 * is "2026-10-25" (summer time, UTC+2). */
char       *bw_date_of             (GDateTime   *when);

/* Today's date in Europe/Amsterdam, ISO form. */
char       *bw_date_today          (void);

/* An existing date in ISO form, "YYYY-MM-DD" exactly (year 0001–9999). */
gboolean    bw_date_is_iso_date    (const char  *text);

/* A local time of day, "HH:MM" (00:00 to 23:59). */
gboolean    bw_date_is_iso_time    (const char  *text);

/* Local time in Europe/Amsterdam on ISO @date at "HH:MM" @time, or NULL
 * when either is malformed or the time does not exist that day (the
 * spring-forward gap, 02:00–02:59 on the last Sunday of March). In the
 * autumn overlap the first (summer-time) 02:30 is taken. */
GDateTime  *bw_date_local_time     (const char  *date,
                                    const char  *time);

/* Parses a date as a person types it: "21-3-1984", "21/03/1984",
 * "21.3.1984" or "1984-03-21". Returns the ISO form ("1984-03-21"), or
 * NULL with @error set (BW_DATE_ERROR_INVALID, with a message for the
 * person) for text that is no date or a date that does not exist
 * (31-2-1984, 29-2-2023). */
char       *bw_date_parse          (const char  *text,
                                    GError     **error);

/* "1984-03-21" -> "21-03-1984", the form shown in entries; "" for
 * anything that is not an existing ISO date. */
char       *bw_date_to_entry_text  (const char  *iso_date);

/* "1984-03-21" -> "21 mrt 1984" in the user's locale (translatable
 * format); "" for anything that is not an existing ISO date. */
char       *bw_date_to_display     (const char  *iso_date);

/* @iso_date plus @months (negative: minus), the day clamped to the end of
 * the month (2026-08-31 minus 6 months is 2026-02-28); NULL for a date
 * that is not an existing ISO date or a result outside years 1–9999. */
/* An ISO 8601 UTC timestamp as a local day and time to show ("5 dec
 * 2026, 14:05"); "" when it cannot be read. */
char       *bw_date_timestamp_to_display (const char *utc);
char       *bw_date_add_months     (const char  *iso_date,
                                    int          months);

/* Now as the ISO 8601 UTC text the desktop's records carry
 * (bookkeeping columns, sync stamps), with microseconds when not zero:
 * "2026-11-25T10:00:00.123456Z". */
char       *bw_date_now_utc        (void);

/* @when (now when NULL) as the ISO 8601 UTC text the server writes, to
 * the second: "2026-11-25T10:00:00Z". */
char       *bw_date_format_utc     (GDateTime   *when);

G_END_DECLS
