/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <gtk/gtk.h>

#include "bw-case-store.h"

G_BEGIN_DECLS

#define BW_TYPE_CASE_ROW (bw_case_row_get_type ())
G_DECLARE_FINAL_TYPE (BwCaseRow, bw_case_row, BW, CASE_ROW, GtkWidget)

/* One line of the case list: name, neighbourhood, status, cascade track,
 * debts and the last contact. */
GtkWidget *bw_case_row_new  (void);
void       bw_case_row_bind (BwCaseRow   *self,
                             BwCase      *record,
                             BwCaseStore *store,
                             const char  *snippet);

G_END_DECLS
