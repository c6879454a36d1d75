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
/* Inside a transaction: case @case_id (0: many) changes, announced once
 * the outermost transaction commits. */
void     bw_case_store_note_change    (BwCaseStore *self,
                                       gint64       case_id);

G_END_DECLS
