/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <adwaita.h>

#include "bw-case.h"
#include "bw-case-store.h"

G_BEGIN_DECLS

#define BW_TYPE_CASE_DEBTS (bw_case_debts_get_type ())
G_DECLARE_FINAL_TYPE (BwCaseDebts, bw_case_debts, BW, CASE_DEBTS, AdwPreferencesGroup)

/* The debts of a case per creditor (issue 17): the total of the open
 * ones and to how many creditors, each debt with its status (changed in
 * place) and a form to add one. Read and written off the main thread;
 * emits ::show-toast (an AdwToast) for what went wrong. */
void bw_case_debts_set_store (BwCaseDebts *self,
                              BwCaseStore *store);
/* The case as stored, or NULL (a new case: nothing to show). */
void bw_case_debts_show_case (BwCaseDebts *self,
                              BwCase      *record);

G_END_DECLS
