/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <gio/gio.h>

#include "bw-enums.h"
#include "bw-record.h"

G_BEGIN_DECLS

#define BW_TYPE_DEBT (bw_debt_get_type ())
G_DECLARE_FINAL_TYPE (BwDebt, bw_debt, BW, DEBT, BwRecord)

/* One debt of a resident, per creditor; a BwRecord of the debt's field
 * table (records/bw-field.c). Amounts are in cents. The store creates
 * these when it reads, and all changes go through BwCaseStore. */
BwCreditor    bw_debt_get_creditor       (BwDebt *self);
/* The creditor as a person reads it: the name typed for "other" (or
 * when one was typed), else the list's label. */
const char   *bw_debt_get_creditor_label (BwDebt *self);
gint64        bw_debt_get_amount         (BwDebt *self);
BwDebtStatus  bw_debt_get_status         (BwDebt *self);
gint64        bw_debt_get_monthly_amount (BwDebt *self);
const char   *bw_debt_get_start_date     (BwDebt *self);
const char   *bw_debt_get_note           (BwDebt *self);
gboolean      bw_debt_is_open            (BwDebt *self);

/* Of @debts (BwDebt): the sum of the open ones, in cents, and how many
 * creditors they are owed to (the same creditor twice counts once; a
 * named other creditor by its name). */
void          bw_debts_total_open        (GListModel *debts,
                                          gint64     *cents,
                                          guint      *n_creditors);

G_END_DECLS
