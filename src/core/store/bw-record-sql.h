/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include "bw-field.h"

G_BEGIN_DECLS

/* The desktop's SQL for a record type, built once from its field table
 * (records/bw-field.c), so no column list is written twice.
 *
 * select: ?1 uuid -> deleted, the fields as a JSON object text, the
 *   parent's uuid (the record's own for a case or an offer).
 * upsert: ?1 uuid, ?2 parent uuid, ?3 fields (JSON text), ?4 deleted,
 *   ?5 now, ?6 author; an update raises the revision. */
const char *bw_record_sql_select (BwRecordType type);
const char *bw_record_sql_upsert (BwRecordType type);

G_END_DECLS
