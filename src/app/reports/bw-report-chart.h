/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <gtk/gtk.h>

#include "bw-report.h"

G_BEGIN_DECLS

#define BW_TYPE_REPORT_CHART (bw_report_chart_get_type ())
G_DECLARE_FINAL_TYPE (BwReportChart, bw_report_chart, BW, REPORT_CHART, GtkWidget)

/* The inflow and outflow of a report as bars per month and the caseload
 * as a line, drawn in the theme's colours (light and dark). Counts the
 * server hid are not drawn; the report's table beside it has the same
 * numbers for screen readers and for reading off. */
GtkWidget *bw_report_chart_new        (void);
void       bw_report_chart_set_report (BwReportChart *self,
                                       BwReport      *report);

G_END_DECLS
