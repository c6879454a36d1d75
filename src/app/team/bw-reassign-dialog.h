/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <adwaita.h>

#include "bw-case-store.h"

G_BEGIN_DECLS

#define BW_TYPE_REASSIGN_DIALOG (bw_reassign_dialog_get_type ())
G_DECLARE_FINAL_TYPE (BwReassignDialog, bw_reassign_dialog, BW, REASSIGN_DIALOG, AdwWindow)

/* The coordinator's: makes another worker responsible for some of
 * @worker_name's open @cases (BwCase) at once, one of @workers
 * (BwTeamMember, the worker itself left out). Each case's owner is all
 * that is written (bw_case_store_set_owner()); it closes when done. */
BwReassignDialog *bw_reassign_dialog_new (GtkWindow   *parent,
                                          BwCaseStore *store,
                                          const char  *worker_name,
                                          GListModel  *cases,
                                          GListModel  *workers);

G_END_DECLS
