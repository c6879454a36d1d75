/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <sqlite3.h>

#include "bw-record.h"

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

/* A local edit, with the fields bound by name (":phone"):
 * insert: ?1 uuid, ?2 now, ?3 author, ?4 the parent's uuid (a type with
 *   a parent only); revision 1.
 * update: ?1 id, ?2 now, ?3 author, ?4 the revision it was read at, ?5
 *   the parent's uuid (a type with a parent only); only a row that is
 *   still at that revision and not deleted changes.
 * delete (soft): ?1 uuid, ?2 now, ?3 author; only a live row changes. */
const char *bw_record_sql_insert (BwRecordType type);
const char *bw_record_sql_update (BwRecordType type);
const char *bw_record_sql_delete (BwRecordType type);
/* The fields' columns in table order, as "r.name, r.phone, …". */
const char *bw_record_sql_columns (BwRecordType type);

/* The bookkeeping columns, as "r.id, r.uuid, r.revision, r.created_at,
 * r.created_by, r.updated_at, r.updated_by, r.deleted", and their reader. */
#define BW_RECORD_SQL_BOOKKEEPING \
  "r.id, r.uuid, r.revision, r.created_at, r.created_by, r.updated_at, r.updated_by, r.deleted"
#define BW_RECORD_SQL_N_BOOKKEEPING 8
void        bw_record_sql_read_bookkeeping (BwRecord     *record,
                                            sqlite3_stmt *stmt);

/* Binds every field of @record to its named parameter. */
void        bw_record_sql_bind_fields (BwRecord     *record,
                                       sqlite3_stmt *stmt);
/* Reads the fields from @stmt's columns @first, @first + 1, … in the
 * order of bw_record_sql_columns(). */
void        bw_record_sql_read_fields (BwRecord     *record,
                                       sqlite3_stmt *stmt,
                                       int           first);

G_END_DECLS
