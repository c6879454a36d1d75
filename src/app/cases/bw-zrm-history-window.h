/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define BW_TYPE_ZRM_HISTORY_WINDOW (bw_zrm_history_window_get_type ())
G_DECLARE_FINAL_TYPE (BwZrmHistoryWindow, bw_zrm_history_window, BW, ZRM_HISTORY_WINDOW, AdwWindow)

/* The ZRM measurements of a case (BwAssessment, oldest first): a chart per
 * domain, and a table of every measurement per domain (the same scores,
 * with the notes and goals, for reading off and for screen readers). */
BwZrmHistoryWindow *bw_zrm_history_window_new              (GtkWindow          *parent,
                                                            const char         *case_name,
                                                            GListModel         *measurements);
/* Shows @measurements instead, as the case page reads them anew. */
void                bw_zrm_history_window_set_measurements (BwZrmHistoryWindow *self,
                                                            GListModel         *measurements);

G_END_DECLS
