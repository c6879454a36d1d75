/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <adwaita.h>

#include "bw-case-store.h"
#include "bw-sync-engine.h"

G_BEGIN_DECLS

#define BW_TYPE_REPORTS_PAGE (bw_reports_page_get_type ())
G_DECLARE_FINAL_TYPE (BwReportsPage, bw_reports_page, BW, REPORTS_PAGE, GtkWidget)

/* The figures per month the municipality steers on, for a period and one
 * buurt, Heerlen-Noord or all of Heerlen: the server's report
 * (docs/sync-protocol.md, "Reports per month") as a chart and a table
 * with the same numbers, exported as CSV. The last report is kept and
 * shown with its date when the server cannot be reached. */
void bw_reports_page_set_store       (BwReportsPage *self,
                                      BwCaseStore   *store);
void bw_reports_page_set_sync_engine (BwReportsPage *self,
                                      BwSyncEngine  *engine);
void bw_reports_page_set_stack       (BwReportsPage *self,
                                      AdwViewStack  *stack);
/* The report shown, or NULL. */
BwReport *bw_reports_page_get_report (BwReportsPage *self);

G_END_DECLS
