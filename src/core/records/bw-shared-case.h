/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "bw-debt.h"
#include "bw-household-member.h"
#include "bw-share.h"

G_BEGIN_DECLS

#define BW_TYPE_SHARED_CASE (bw_shared_case_get_type ())
G_DECLARE_FINAL_TYPE (BwSharedCase, bw_shared_case, BW, SHARED_CASE, GObject)

/* A case as a partner's desktop holds it: only what the server sent, which
 * is only the parts shared with the partner's organisation (the server
 * filters per field). Read-only; the partner's own notes are added with
 * bw_case_store_add_partner_note(). Built by the store when it reads. */

/* @document is the stored JSON text: {"case": {fields}, "records":
 * [envelopes]}. NULL when it cannot be read. */
BwSharedCase *bw_shared_case_new (const char *case_uuid,
                                  const char *organisation,
                                  const char *parts_json,
                                  const char *end_date,
                                  const char *team_contact,
                                  const char *document,
                                  GListModel *notes);

const char  *bw_shared_case_get_case_uuid    (BwSharedCase *self);
const char  *bw_shared_case_get_organisation (BwSharedCase *self);
gboolean     bw_shared_case_has_part         (BwSharedCase *self,
                                              BwSharePart   part);
/* The last day the case is shared (ISO), and whom in the team to call. */
const char  *bw_shared_case_get_end_date     (BwSharedCase *self);
const char  *bw_shared_case_get_team_contact (BwSharedCase *self);

/* The case fields that were sent (wire names and values, see
 * docs/sync-protocol.md); a field of a part that was not shared is absent. */
JsonObject  *bw_shared_case_get_fields       (BwSharedCase *self);
gboolean     bw_shared_case_has_field        (BwSharedCase *self,
                                              const char   *field);
/* A text, date or enum-key field, or NULL when absent or empty. */
const char  *bw_shared_case_get_text         (BwSharedCase *self,
                                              const char   *field);
/* The name when "person" is shared, else NULL. */
const char  *bw_shared_case_get_name         (BwSharedCase *self);

/* The records sent with it, as the core objects (empty when the part was
 * not shared): BwJournalEntry (only those marked shareable),
 * BwTrackChange, BwAssessment, BwCaseAction. */
GListModel  *bw_shared_case_list_journal       (BwSharedCase *self);
GListModel  *bw_shared_case_list_track_history (BwSharedCase *self);
GListModel  *bw_shared_case_list_assessments   (BwSharedCase *self);
GListModel  *bw_shared_case_list_actions       (BwSharedCase *self);
/* The household's members (without links to cases) and the debts. */
GListModel  *bw_shared_case_list_household     (BwSharedCase *self);
GListModel  *bw_shared_case_list_debts         (BwSharedCase *self);
/* BwAttachment: the files a share covers (its signed consent form, or a
 * shared part's); their bytes are fetched when opened
 * (bw_sync_engine_fetch_attachment_async()). */
GListModel  *bw_shared_case_list_attachments   (BwSharedCase *self);

/* BwPartnerNote: the notes of the partner's organisation, sent ones and
 * ones still waiting for the next sync, oldest first. */
GListModel  *bw_shared_case_get_notes        (BwSharedCase *self);

G_END_DECLS
