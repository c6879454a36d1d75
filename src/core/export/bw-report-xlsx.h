/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <gio/gio.h>

#include "bw-report.h"

G_BEGIN_DECLS

/* A report per month as an Excel workbook (.xlsx, libxlsxwriter): one
 * sheet per figure (inflow and outflow with the caseload, the outflow by
 * outcome, the moves between tracks), the months as real date cells, the
 * counts as numbers and the suppressed ones as the text "< 5", headers in
 * the user's language. Blocking: run it off the main thread. The workbook
 * and libxlsxwriter's temporary files go in a private folder (0700) that
 * is removed before this returns. */
GBytes *bw_report_xlsx (BwReport  *report,
                        GError   **error);

G_END_DECLS
