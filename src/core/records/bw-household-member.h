/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <glib-object.h>

#include "bw-enums.h"
#include "bw-record.h"

G_BEGIN_DECLS

#define BW_TYPE_HOUSEHOLD_MEMBER (bw_household_member_get_type ())
G_DECLARE_FINAL_TYPE (BwHouseholdMember, bw_household_member, BW, HOUSEHOLD_MEMBER, BwRecord)

/* A person in a resident's household; a BwRecord of the household
 * member's field table (records/bw-field.c). The store creates these when
 * it reads, and all changes go through BwCaseStore. The bookkeeping is
 * BwRecord's (bw_record_get_id() and so on). */
const char  *bw_household_member_get_name             (BwHouseholdMember *self);
const char  *bw_household_member_get_date_of_birth    (BwHouseholdMember *self);
BwRelation   bw_household_member_get_relation         (BwHouseholdMember *self);
const char  *bw_household_member_get_phone            (BwHouseholdMember *self);
/* The member's own case, or NULL. */
const char  *bw_household_member_get_linked_case_uuid (BwHouseholdMember *self);

/* Set by the store when it reads: where the member's own case is on
 * this desktop (0: not here), and the case the member belongs to, with
 * its resident's name (for "also in the household of"). */
gint64       bw_household_member_get_linked_case_id   (BwHouseholdMember *self);
void         bw_household_member_set_linked_case_id   (BwHouseholdMember *self,
                                                       gint64             id);
gint64       bw_household_member_get_case_id          (BwHouseholdMember *self);
const char  *bw_household_member_get_case_name        (BwHouseholdMember *self);
void         bw_household_member_set_case             (BwHouseholdMember *self,
                                                       gint64             id,
                                                       const char        *name);

G_END_DECLS
