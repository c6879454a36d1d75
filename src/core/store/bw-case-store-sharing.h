/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <gio/gio.h>

#include "bw-case-store.h"
#include "bw-partner-note.h"
#include "bw-share.h"
#include "bw-shared-case.h"

G_BEGIN_DECLS

/* Sharing with partners, on the case store (docs/architecture.md,
 * "Sharing"). Every write is one transaction and emits case-changed. */

/* The signed-in user's role ("buurtteam", "trainer", "partner",
 * "coordinator") and a partner's organisation ("jeugdzorg", "vsv"), as the
 * server told the sync engine at login (meta keys "role" and
 * "organisation"); NULL before the first login or sync. */
char         *bw_case_store_dup_role          (BwCaseStore  *self);
char         *bw_case_store_dup_organisation  (BwCaseStore  *self);
gboolean      bw_case_store_is_partner        (BwCaseStore  *self);

/* Team side. A new share is validated (bw_share_validate_new() against
 * today in Europe/Amsterdam) and written with a new uuid; on success
 * @share carries its id, uuid, case uuid and revision 1. */
gboolean      bw_case_store_add_share         (BwCaseStore  *self,
                                               gint64        case_id,
                                               BwShare      *share,
                                               GError      **error);
/* BwShare items of the case, current and past, newest first. */
GListModel   *bw_case_store_list_shares       (BwCaseStore  *self,
                                               gint64        case_id);
/* Ends a share today (consent withdrawn or ended); @reason may be NULL.
 * A share withdrawn already is refused (BW_STORE_ERROR_CONFLICT). */
gboolean      bw_case_store_withdraw_share    (BwCaseStore  *self,
                                               gint64        share_id,
                                               const char   *reason,
                                               GError      **error);
/* Marks a journal entry as shareable (sent to partners whose share holds
 * the journal) or not. */
gboolean      bw_case_store_set_journal_shareable (BwCaseStore *self,
                                                   gint64       entry_id,
                                                   gboolean     shareable,
                                                   GError     **error);
/* BwPartnerNote items on the case, oldest first (both sides). */
GListModel   *bw_case_store_list_partner_notes (BwCaseStore *self,
                                                const char  *case_uuid);

/* Partner side: the snapshot of what is shared with this organisation,
 * replaced at every sync (cases no longer shared are purged). */
GListModel   *bw_case_store_list_shared_cases (BwCaseStore  *self);
BwSharedCase *bw_case_store_get_shared_case   (BwCaseStore  *self,
                                               const char   *case_uuid);
/* A note of the partner's organisation on a shared case; pushed at the
 * next sync. Refused when the case is not (any more) shared here. */
gboolean      bw_case_store_add_partner_note  (BwCaseStore  *self,
                                               const char   *case_uuid,
                                               const char   *text,
                                               GError      **error);
/* The app reports every opening of a shared case: queued here and sent to
 * the server's audit log at the next sync. */
gboolean      bw_case_store_report_case_opened (BwCaseStore *self,
                                                const char  *case_uuid,
                                                GError     **error);
/* Every export to a file (@what, a bw_audit_export_is_key(); @case_uuid
 * the case it is about, or NULL) is queued the same way for the server's
 * audit log. Joins the caller's transaction, or is one of its own. */
gboolean      bw_case_store_report_export      (BwCaseStore *self,
                                                const char  *what,
                                                const char  *case_uuid,
                                                GError     **error);

G_END_DECLS
