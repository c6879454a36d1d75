/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <gtk/gtk.h>

#include "bw-case-list.h"

G_BEGIN_DECLS

#define BW_TYPE_CASE_SELECTION (bw_case_selection_get_type ())
G_DECLARE_FINAL_TYPE (BwCaseSelection, bw_case_selection, BW, CASE_SELECTION, GObject)

/* The case list's selection: one case, or none, held by its id. When the
 * list changes it finds the case again by id, reading no row:
 * GtkSingleSelection looks for its item by asking for every row after the
 * change until the same object comes back, which on 100,000 cases read
 * them all on the main thread after every refresh. */
BwCaseSelection *bw_case_selection_new             (BwCaseList      *cases);
/* 0 selects none. */
void             bw_case_selection_select_id       (BwCaseSelection *self,
                                                    gint64           id);
gint64           bw_case_selection_get_selected_id (BwCaseSelection *self);

G_END_DECLS
