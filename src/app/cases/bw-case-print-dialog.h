/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <adwaita.h>

#include "bw-case-store.h"
#include "bw-sync-engine.h"

G_BEGIN_DECLS

#define BW_TYPE_CASE_PRINT_DIALOG (bw_case_print_dialog_get_type ())
G_DECLARE_FINAL_TYPE (BwCasePrintDialog, bw_case_print_dialog, BW, CASE_PRINT_DIALOG, AdwWindow)

/* Prints a case's record, or saves it as a PDF: for a handover (the
 * parts chosen) or, for a coordinator, a resident's right of access
 * (everything, with the server's access history: needs @engine).
 * Signal "saved" (a GFile) when a PDF was written. */
BwCasePrintDialog *bw_case_print_dialog_new (GtkWindow    *parent,
                                             BwCaseStore  *store,
                                             BwSyncEngine *engine,
                                             gint64        case_id);

G_END_DECLS
