/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <gio/gio.h>

#include "bw-case-store.h"
#include "bw-debt.h"
#include "bw-household-member.h"

G_BEGIN_DECLS

/* The household as persons and the debts per creditor (issue 17). */

/* The members of case @case_id, by name; a member's own case, when it
 * is on this desktop, is bw_household_member_get_linked_case_id(). */
GListModel   *bw_case_store_list_household      (BwCaseStore  *self,
                                                 gint64        case_id);
/* The members of other cases that name @case_uuid as their own case:
 * each with the case it belongs to (bw_household_member_get_case_id()
 * and _get_case_name()), so the resident is "also in the household of". */
GListModel   *bw_case_store_list_household_of   (BwCaseStore  *self,
                                                 const char   *case_uuid);
/* A member needs a name; @date_of_birth is as typed (or NULL), @phone and
 * @linked_case_uuid may be NULL. The linked case must be another case
 * on this desktop. The id, or 0 with @error. */
gint64        bw_case_store_add_household_member (BwCaseStore *self,
                                                 gint64        case_id,
                                                 const char   *name,
                                                 const char   *date_of_birth,
                                                 BwRelation    relation,
                                                 const char   *phone,
                                                 const char   *linked_case_uuid,
                                                 GError      **error);
gboolean      bw_case_store_remove_household_member (BwCaseStore *self,
                                                 gint64        member_id,
                                                 GError      **error);

/* The debts of case @case_id: open ones first, then by creditor. */
GListModel   *bw_case_store_list_debts          (BwCaseStore  *self,
                                                 gint64        case_id);
/* A debt: @creditor_name is needed for BW_CREDITOR_OTHER (and may name
 * any); amounts in cents; @start_date as typed or NULL. The id, or 0 with
 * @error. */
gint64        bw_case_store_add_debt            (BwCaseStore  *self,
                                                 gint64        case_id,
                                                 BwCreditor    creditor,
                                                 const char   *creditor_name,
                                                 gint64        amount,
                                                 BwDebtStatus  status,
                                                 gint64        monthly_amount,
                                                 const char   *start_date,
                                                 const char   *note,
                                                 GError      **error);
gboolean      bw_case_store_set_debt_status     (BwCaseStore  *self,
                                                 gint64        debt_id,
                                                 BwDebtStatus  status,
                                                 GError      **error);
gboolean      bw_case_store_remove_debt         (BwCaseStore  *self,
                                                 gint64        debt_id,
                                                 GError      **error);

G_END_DECLS
