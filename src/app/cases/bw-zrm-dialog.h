/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <adwaita.h>

#include "bw-case-store.h"

G_BEGIN_DECLS

#define BW_TYPE_ZRM_DIALOG (bw_zrm_dialog_get_type ())
G_DECLARE_FINAL_TYPE (BwZrmDialog, bw_zrm_dialog, BW, ZRM_DIALOG, AdwWindow)

/* Records a ZRM measurement of case @case_id (docs/zrm.md): its date (today
 * unless another past date is typed), per domain a level with what it
 * means, a note and a goal. It starts from the levels and goals of @last
 * (NULL: nothing scored), closes once the measurement is stored and says
 * why when it is refused. */
BwZrmDialog *bw_zrm_dialog_new (GtkWindow    *parent,
                                BwCaseStore  *store,
                                gint64        case_id,
                                BwAssessment *last);

G_END_DECLS
