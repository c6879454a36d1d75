/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include "bw-case-store.h"
#include "bw-planning.h"

G_BEGIN_DECLS

/* What closing a case does besides closing it, as chosen in the close
 * dialog (bw-close-case-dialog.c): the open actions marked done, the
 * active shares withdrawn, the course places dropped out, each with the
 * reason given. Empty arrays: nothing of that kind. */
typedef struct {
  BwOutcome outcome;
  char *outcome_note;
  GArray *action_ids;           /* gint64 */
  char *actions_reason;
  GArray *share_ids;            /* gint64 */
  GPtrArray *share_organisations; /* labels, as the journal names them */
  char *shares_reason;
  GPtrArray *enrolment_uuids;
  GPtrArray *course_titles;
  char *courses_reason;
} BwCaseClosing;

BwCaseClosing *bw_case_closing_new  (void);
void           bw_case_closing_free (BwCaseClosing *closing);

/* On the store's write thread, in the write job that closes case
 * @case_id: the actions, shares and courses as chosen, and one journal
 * note on the case that says what was done and why (the shares also keep
 * their reason). The case itself is written by the caller. */
gboolean       bw_case_closing_apply (BwCaseClosing *closing,
                                      BwCaseStore   *store,
                                      BwPlanning    *planning,
                                      gint64         case_id,
                                      GError       **error);

/* Reopening, in the write job that reopens case @case_id: the reason in
 * the case's journal. */
gboolean       bw_case_closing_note_reopened (BwCaseStore  *store,
                                              gint64        case_id,
                                              const char   *reason,
                                              GError      **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BwCaseClosing, bw_case_closing_free)

G_END_DECLS
