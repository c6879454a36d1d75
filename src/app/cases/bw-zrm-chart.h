/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <gtk/gtk.h>

#include "bw-enums.h"

G_BEGIN_DECLS

#define BW_TYPE_ZRM_CHART (bw_zrm_chart_get_type ())
G_DECLARE_FINAL_TYPE (BwZrmChart, bw_zrm_chart, BW, ZRM_CHART, GtkWidget)

/* One ZRM domain's scores over the measurements of a case (BwAssessment,
 * oldest first): a line on the 1 to 5 scale, placed by date, with a dot
 * per measurement that scored the domain, drawn in the theme's colours
 * (light and dark). The history's table has the same scores for screen
 * readers and for reading off; the chart's description sums them up. */
GtkWidget *bw_zrm_chart_new              (BwDomain    domain);
void       bw_zrm_chart_set_measurements (BwZrmChart *self,
                                          GListModel *measurements);
/* How many points the chart draws now (the measurements that scored its
 * domain). */
guint      bw_zrm_chart_get_n_points     (BwZrmChart *self);

G_END_DECLS
