/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <sqlite3.h>

#include "bw-db.h"
#include "bw-planning.h"

G_BEGIN_DECLS

/* Notes the current status of enrolment @enrolment_uuid in the journal of
 * its case, when that case is in the database @db (a buurtteam desktop; a
 * trainer's desktop has no cases and writes nothing). The journal entry's
 * uuid is derived from the enrolment and the status, so the note is
 * written at most once per enrolment and status, whichever desktop (or
 * sync) writes it first. @previous_status (a key or NULL) only chooses the
 * wording ("moved up from the waiting list"). @case_id receives the local
 * id of the case when a note was written, else 0. Used by BwPlanning and
 * by the sync engine when it applies an enrolment from the server. */
gboolean bw_planning_note_status_change (BwDb        *db,
                                         const char  *enrolment_uuid,
                                         const char  *previous_status,
                                         const char  *author,
                                         gint64      *case_id,
                                         GError     **error);

/* The uuid of the journal note of @enrolment_uuid reaching @status_key. */
char    *bw_planning_journal_uuid       (const char  *enrolment_uuid,
                                         const char  *status_key);

G_END_DECLS
