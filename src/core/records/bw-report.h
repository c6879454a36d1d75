/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define BW_TYPE_REPORT (bw_report_get_type ())
G_DECLARE_FINAL_TYPE (BwReport, bw_report, BW, REPORT, GObject)

/* The figures per month of GET /api/v1/reports (docs/sync-protocol.md,
 * "Reports per month"), as read from the server's answer: a series is a
 * count per month, BW_REPORT_HIDDEN where the server suppressed it. Named
 * series: "inflow", "outflow", "caseload", "with_debts", and
 * "outcome:KEY" and "track:KEY" for the outcomes and the moves into the
 * tracks. */

#define BW_REPORT_HIDDEN (-1)

/* NULL with G_IO_ERROR_INVALID_DATA when @json is not exactly such an
 * answer (every series as long as the months, counts 0 or more or null). */
BwReport   *bw_report_parse          (const char  *json,
                                      GError     **error);
guint        bw_report_get_n_months   (BwReport    *self);
/* "2025-01" */
const char  *bw_report_get_month      (BwReport    *self,
                                       guint        i);
const char  *bw_report_get_area       (BwReport    *self);
const char  *bw_report_get_computed_at (BwReport   *self);
/* The series @name (NULL when the answer has none): n_months counts. */
const gint64 *bw_report_get_series    (BwReport    *self,
                                       const char  *name);

/* Over the whole period: the cases with two or more life-domain
 * measurements (BW_REPORT_HIDDEN under 5) and the mean change per domain
 * (BwDomain order; NAN when hidden); FALSE when the answer has none. */
gboolean     bw_report_get_score_changes (BwReport    *self,
                                          gint64      *cases,
                                          double       changes[]);
/* The courses of the area that ran in the period. */
guint        bw_report_get_n_courses  (BwReport    *self);
/* Course @i: its title, places, residents placed and the share of
 * sessions attended (BW_REPORT_HIDDEN when hidden). */
const char  *bw_report_get_course     (BwReport    *self,
                                       guint        i,
                                       gint64      *capacity,
                                       gint64      *placed,
                                       gint64      *attendance_percent);
/* Residents placed in the period after a team's referral, and the median
 * number of days from referral to placement (BW_REPORT_HIDDEN when
 * hidden); FALSE when the answer has none. */
gboolean     bw_report_get_placement  (BwReport    *self,
                                       gint64      *placed,
                                       gint64      *median_days);

G_END_DECLS
