/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <gio/gio.h>

#include "bw-case-store.h"

G_BEGIN_DECLS

/* Correcting what was written wrongly. */

/* Replaces the text of journal entry @entry_id by @text (checked as a new
 * note is), keeping the text as first written in "original_text" (the
 * first correction sets it; later ones keep it) and today's date in
 * "corrected_on". The same text changes nothing. The change syncs as an
 * update of the entry, which the server's audit log records. */
gboolean bw_case_store_correct_journal (BwCaseStore  *self,
                                        gint64        entry_id,
                                        const char   *text,
                                        GError      **error);

/* Deletes case @case_id, created by mistake: only the one who created it
 * (its created_by is this store's author) may, with a @reason, and only
 * while it is shared with no partner (no share that is not withdrawn) and
 * referred to no course (no enrolment). The case is marked deleted with
 * the reason in one transaction and syncs as a tombstone, which the
 * server's audit log records as a deletion. Otherwise FALSE with @error
 * (BW_VALIDATION_ERROR_TEXT for a missing reason, BW_STORE_ERROR_FAILED
 * with the reason for the others) and nothing changes. */
gboolean bw_case_store_delete_case     (BwCaseStore  *self,
                                        gint64        case_id,
                                        const char   *reason,
                                        GError      **error);

G_END_DECLS
