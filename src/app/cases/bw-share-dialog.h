/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <adwaita.h>

#include "bw-case-store.h"
#include "bw-share.h"

G_BEGIN_DECLS

#define BW_TYPE_SHARE_DIALOG (bw_share_dialog_get_type ())
G_DECLARE_FINAL_TYPE (BwShareDialog, bw_share_dialog, BW, SHARE_DIALOG, AdwWindow)

/* Shares case @case_id with a partner organisation on the resident's
 * consent: the organisation, the parts, the consent (date, to whom, form),
 * the end date and the team's contact person. A refused share shows the
 * reason next to the form and keeps everything typed; "shared" is emitted
 * with the stored share. */
BwShareDialog *bw_share_dialog_new (GtkWindow   *parent,
                                    BwCaseStore *store,
                                    gint64       case_id);

G_END_DECLS
