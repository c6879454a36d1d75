/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <json-glib/json-glib.h>

#include "bw-record-json.h"
#include "bw-share.h"

G_BEGIN_DECLS

/* What a partner may receive of a record, given the parts of the case that
 * were shared with its organisation (@parts indexed by BwSharePart). The
 * one place that decides it, per field, from one table:
 *
 * - a case: a new object with only the fields of the shared parts;
 * - a journal entry: all its fields, only when "journal" is shared and the
 *   entry is marked shareable;
 * - a track change, assessment or action: all its fields when "track",
 *   "assessments" or "actions" is shared; a debt when "debts" is; a
 *   household member when "household" is, without its link to a case of
 *   its own;
 * - anything else (involvements, shares, partner notes): NULL, never as
 *   case content (partner notes travel separately, filtered by
 *   organisation).
 *
 * Returns NULL when nothing of the record may be sent. */
JsonObject  *bw_share_filter_record        (BwRecordType    type,
                                            JsonObject     *fields,
                                            const gboolean  parts[BW_SHARE_PART_N]);

/* Whether a partner may see an attachment (its description and its
 * bytes) with @fields, given the parts of its case shared with the
 * partner's organisation and the uuids of those active shares
 * (@share_uuids, NULL-terminated): when the attachment is on one of those
 * shares (a signed consent form), or names a part that is shared. The one
 * place that decides it: the snapshot and the content endpoint both ask
 * here. */
gboolean     bw_share_filter_attachment_covered (JsonObject         *fields,
                                                 const gboolean      parts[BW_SHARE_PART_N],
                                                 const char * const *share_uuids);

/* The part a case field belongs to, or -1 for a field that is never sent.
 * Exposed for the tests (every case field belongs to exactly one part). */
int          bw_share_filter_case_field_part (const char   *field);

G_END_DECLS
