/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <adwaita.h>

#include "bw-case-closing.h"
#include "bw-case-store.h"

G_BEGIN_DECLS

#define BW_TYPE_CLOSE_CASE_DIALOG (bw_close_case_dialog_get_type ())
G_DECLARE_FINAL_TYPE (BwCloseCaseDialog, bw_close_case_dialog, BW, CLOSE_CASE_DIALOG, AdwWindow)

/* Closing case @record: shows what still hangs off it (its open and
 * overdue actions and active shares, read off the main thread, and the
 * places in @enrolments, a live list of the case's BwEnrolment or NULL),
 * each kind with a one-step choice and a reason, and asks for the outcome;
 * nothing is chosen for the user. "Close Case" stays insensitive, with a
 * hint saying why, until the outcome and the reasons are there. It then
 * emits "confirmed" and closes; the caller writes the case and
 * bw_close_case_dialog_dup_closing(). */
BwCloseCaseDialog *bw_close_case_dialog_new         (GtkWindow   *parent,
                                                     BwCaseStore *store,
                                                     BwCase      *record,
                                                     GListModel  *enrolments);
/* What was chosen; NULL while it is incomplete. */
BwCaseClosing     *bw_close_case_dialog_dup_closing (BwCloseCaseDialog *self);

G_END_DECLS
