/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <adwaita.h>

#include "bw-case.h"
#include "bw-case-store.h"

G_BEGIN_DECLS

#define BW_TYPE_CASE_HOUSEHOLD (bw_case_household_get_type ())
G_DECLARE_FINAL_TYPE (BwCaseHousehold, bw_case_household, BW, CASE_HOUSEHOLD, AdwPreferencesGroup)

/* The household of a case as persons (issue 17): its members, each with
 * their own case when they have one (a button opens it), the cases whose
 * household names this resident ("Also in the household of …", a row
 * opens it), and a form to add a member. Read and written off the main
 * thread; emits ::show-toast (an AdwToast) for what went wrong. */
void bw_case_household_set_store (BwCaseHousehold *self,
                                  BwCaseStore     *store);
/* The case as stored, or NULL (a new case: nothing to show). */
void bw_case_household_show_case (BwCaseHousehold *self,
                                  BwCase          *record);

G_END_DECLS
