/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <adwaita.h>

#include "bw-case-store.h"

G_BEGIN_DECLS

#define BW_TYPE_TRANSFER_DIALOG (bw_transfer_dialog_get_type ())
G_DECLARE_FINAL_TYPE (BwTransferDialog, bw_transfer_dialog, BW, TRANSFER_DIALOG, AdwWindow)

/* Offers case @case_id to one of @colleagues or to one of @teams
 * (BwTeamMember), with a note it asks for; it closes once the offer is
 * stored (bw_case_store_offer_transfer()) and says why when it is
 * refused. */
BwTransferDialog *bw_transfer_dialog_new (GtkWindow   *parent,
                                          BwCaseStore *store,
                                          gint64       case_id,
                                          GListModel  *colleagues,
                                          GListModel  *teams);

G_END_DECLS
