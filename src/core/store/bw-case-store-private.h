/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <sqlite3.h>

#include "bw-db.h"

#include "bw-case-store.h"

G_BEGIN_DECLS

/* For tests: the schema steps, so that a test can build a database as an
 * older version left it and check the migration. Step i brings the schema
 * from user_version i to i + 1. */
extern const char * const bw_case_store_migrations[];
extern const guint bw_case_store_n_migrations;

/* The connection of the calling thread (the main thread's, or the write
 * thread's inside a write job). get_db() is its SQLite handle. */
sqlite3 *bw_case_store_get_db         (BwCaseStore *self);
BwDb    *bw_case_store_get_connection (BwCaseStore *self);
/* The SQL bw_case_store_query_ids() runs for @query (for the test of its
 * plan): ?1 status, ?2 buurt, ?3 track, ?4 debts, ?5 the search. */
const char *bw_case_query_sql (const BwCaseQuery *query);

/* In a transaction of the sync engine's: indexes for search the cases
 * that what it applied changed (the triggers noted them in fts_pending
 * rather than index record by record). */
gboolean bw_case_store_index_pending  (BwDb        *db,
                                       GError     **error);

/* The calling thread's connection, short. */
static inline BwDb *
bw_case_store_conn (BwCaseStore *self)
{
  return bw_case_store_get_connection (self);
}

/* Inside a transaction: case @case_id (0: many) changes, announced once
 * the outermost transaction commits. */
void     bw_case_store_note_change    (BwCaseStore *self,
                                       gint64       case_id);
/* The same for the planning: "planning-changed" once committed. */
void     bw_case_store_note_planning_change (BwCaseStore *self);

/* The uuid of the live case @case_id; NULL with NOT_FOUND when it is
 * gone. */
char    *bw_case_store_dup_live_case_uuid (BwCaseStore  *self,
                                           gint64        case_id,
                                           GError      **error);
/* Inserts @record, a new sub-record of the case @case_uuid, with its field
 * table's SQL, in the open transaction, and fills in its bookkeeping. Its
 * id, or 0 with @error. */
gint64   bw_case_store_insert_child   (BwCaseStore          *self,
                                       BwRecord             *record,
                                       const char           *case_uuid,
                                       GError              **error);

/* A change of one field of a sub-record (an action done, a share
 * withdrawn), described once per kind and made by
 * bw_case_store_change_child(). */
typedef struct {
  const char *table;
  /* SQL of one more column to read with the row's case_id, or NULL. */
  const char *extra;
  /* May refuse the change after reading the row (case_id, then extra). */
  gboolean (*check) (sqlite3_stmt *row, GError **error);
  /* The assignment, e.g. "done = ?4"; @bind binds its values from ?4 on. */
  const char *assign;
  void (*bind) (sqlite3_stmt *stmt, gconstpointer data);
  /* A condition under which the row is left as it is, or NULL. */
  const char *unchanged_if;
  /* The message when the row is missing (translated by the caller). */
  const char *not_found;
} BwChildChange;

/* Makes @change to the live sub-record @id in one transaction, with the
 * bookkeeping (revision, updated_at, updated_by); the case's views hear
 * of it once committed. */
gboolean bw_case_store_change_child   (BwCaseStore          *self,
                                       const BwChildChange  *change,
                                       gint64                id,
                                       gconstpointer         data,
                                       GError              **error);
/* A BwChildChange's bind for one flag (GINT_TO_POINTER) into ?4. */
void     bw_case_store_bind_flag      (sqlite3_stmt         *stmt,
                                       gconstpointer         data);

G_END_DECLS
