/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <glib.h>
#include <sqlite3.h>

#include "bw-db.h"

G_BEGIN_DECLS

/* Retention of closed cases (docs/security.md, "Retention"): shared by the
 * server (src/server/) and the desktop store and sync engine. No GTK. */

#define BW_RETENTION_DEFAULT_MONTHS 24

/* The first closing date that is kept: a closed case whose closed_on is
 * before it is purged. @today is YYYY-MM-DD; @months ≥ 1. The day is
 * clamped to the month's end (2026-08-31 minus 6 months is 2026-02-28). */
char     *bw_retention_cutoff        (const char  *today,
                                      guint        months);

/* The schema of the non-identifying aggregates, the same on the server and
 * the desktop: per buurt, month of closing (YYYY-MM), measure and value a
 * count. Measures: "closed" ("all"), "outcome" (outcome key), "track"
 * (track key), "debts" ("yes"/"no"), "opened" (the month it was opened,
 * YYYY-MM, or "unknown"; cases purged before it was kept have none). */
#define BW_RETENTION_AGGREGATES_SCHEMA                                       \
  "CREATE TABLE aggregates (\n"                                             \
  "  buurt_code TEXT NOT NULL,\n"                                           \
  "  month TEXT NOT NULL,\n"                                                \
  "  measure TEXT NOT NULL,\n"                                              \
  "  value TEXT NOT NULL,\n"                                                \
  "  count INTEGER NOT NULL CHECK (count >= 0),\n"                          \
  "  PRIMARY KEY (buurt_code, month, measure, value)\n"                     \
  ");\n"

/* One count more in the aggregates: ?1 buurt, ?2 month, ?3 measure, ?4
 * value. */
#define BW_RETENTION_FOLD_SQL                                                \
  "INSERT INTO aggregates (buurt_code, month, measure, value, count) VALUES (?1, ?2, ?3, ?4, 1)" \
  " ON CONFLICT (buurt_code, month, measure, value) DO UPDATE SET count = aggregates.count + 1"

/* Calls @func with the four texts of each row a closed case adds to the
 * aggregates (none when it has no buurt or closing date). */
typedef gboolean (*BwRetentionFoldFunc) (const char * const  texts[4],
                                         gpointer            user_data,
                                         GError            **error);
gboolean  bw_retention_fold_each     (const char           *buurt_code,
                                      const char           *opened_on,
                                      const char           *closed_on,
                                      const char           *track,
                                      const char           *outcome,
                                      gboolean              has_debts,
                                      BwRetentionFoldFunc   func,
                                      gpointer              user_data,
                                      GError              **error);

/* Folds one closed case into the aggregates table of @db (inside the
 * caller's transaction). Only counts: nothing that names the case. */
gboolean  bw_retention_fold          (BwDb        *db,
                                      const char  *buurt_code,
                                      const char  *opened_on,
                                      const char  *closed_on,
                                      const char  *track,
                                      const char  *outcome,
                                      gboolean     has_debts,
                                      GError     **error);

/* Desktop: deletes a case and everything under it or about it from the
 * local database @db, inside the caller's transaction: its records, the
 * full-text rows, the outbox and frozen pushes, sync base, conflicts,
 * problems, parked records, a partner's snapshot of it and its notes and
 * queued opened reports. When @fold and the case is closed with a closing
 * date, it is folded into the aggregates first. Sets *@existed to whether
 * a team case row was there. The connection must have secure_delete on
 * (the engine's has; bw_case_store_purge_closed() turns it on). */
gboolean  bw_retention_delete_case   (BwDb        *db,
                                      const char  *case_uuid,
                                      gboolean     fold,
                                      gboolean    *existed,
                                      GError     **error);

/* Desktop: whether a change of the case or a record under it waits in
 * the outbox (or is being sent); TRUE also when it cannot be read. */
gboolean  bw_retention_case_has_pending (BwDb       *db,
                                         const char *case_uuid);

/* Desktop: rewrites the full-text index without the entries of deleted
 * rows (FTS5 keeps them in older segments until a merge). */
gboolean  bw_retention_optimize_fts  (BwDb        *db,
                                      GError     **error);

/* After the commit of a purge: writes the WAL into the file and truncates
 * it, so the overwritten pages are the only copy. FALSE when a reader kept
 * it from completing (tried again after the next purge or sync). */
gboolean  bw_retention_checkpoint    (BwDb        *db);

G_END_DECLS
