/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <adwaita.h>

#include "bw-case.h"
#include "bw-case-store.h"
#include "bw-sync-engine.h"

G_BEGIN_DECLS

#define BW_TYPE_CASE_OWNERSHIP (bw_case_ownership_get_type ())
G_DECLARE_FINAL_TYPE (BwCaseOwnership, bw_case_ownership, BW, CASE_OWNERSHIP, AdwPreferencesGroup)

/* Who is responsible for a case, and its handing over
 * (docs/sync-protocol.md, "Ownership and transfer"): the worker's name,
 * "Hand Over…" for a team member, and a banner while a transfer is
 * offered (withdraw it; or, offered to me, accept or decline it) or after
 * it was declined (the reason). Names are read off the main thread. It
 * emits ::show-toast (an AdwToast) for what went wrong. */
void bw_case_ownership_set_store  (BwCaseOwnership *self,
                                   BwCaseStore     *store);
void bw_case_ownership_set_engine (BwCaseOwnership *self,
                                   BwSyncEngine    *engine);
/* The case as stored, or NULL (a new case: nothing to show). */
void bw_case_ownership_show_case  (BwCaseOwnership *self,
                                   BwCase          *record);

G_END_DECLS
