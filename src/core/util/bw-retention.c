/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-util"
/* Retention of closed cases: the cut-off date, the aggregates and the
 * desktop's deletion of a case with every trace of it. */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "bw-date.h"
#include "bw-db.h"
#include "bw-retention.h"

char *
bw_retention_cutoff (const char *today,
                     guint       months)
{
  g_return_val_if_fail (bw_date_is_iso_date (today), NULL);
  return bw_date_add_months (today, -(int) CLAMP (months, 1, 120000));
}

/* Runs @sql once with @text bound as ?1 (and @text2 as ?2, ... when set). */
static gboolean
run (BwDb        *db,
     const char  *sql,
     const char  *const *texts,
     guint        n_texts,
     GError     **error)
{
  g_autoptr(BwDbStatement) stmt = bw_db_prepare (db, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < n_texts; i++)
    sqlite3_bind_text (stmt, i + 1, texts[i], -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    return bw_db_set_error (db, rc, error);
  return TRUE;
}

gboolean
bw_retention_fold_each (const char           *buurt_code,
                        const char           *opened_on,
                        const char           *closed_on,
                        const char           *track,
                        const char           *outcome,
                        gboolean              has_debts,
                        BwRetentionFoldFunc   func,
                        gpointer              user_data,
                        GError              **error)
{
  g_autofree char *month = NULL;
  g_autofree char *opened = NULL;

  if (buurt_code == NULL || closed_on == NULL || strlen (closed_on) < 7)
    return TRUE;
  month = g_strndup (closed_on, 7);
  /* The month it was opened, so that the reports count it in the inflow
   * and the caseload of the months it was open. */
  opened = opened_on != NULL && strlen (opened_on) >= 7 ? g_strndup (opened_on, 7) : g_strdup ("unknown");
  {
    const char *rows[][2] = {
      { "closed", "all" },
      { "outcome", outcome ? outcome : "none" },
      { "track", track ? track : "none" },
      { "debts", has_debts ? "yes" : "no" },
      { "opened", opened },
    };

    for (gsize i = 0; i < G_N_ELEMENTS (rows); i++)
      {
        const char *texts[] = { buurt_code, month, rows[i][0], rows[i][1] };

        if (!func (texts, user_data, error))
          return FALSE;
      }
  }
  return TRUE;
}

static gboolean
fold_row (const char * const  texts[4],
          gpointer            user_data,
          GError            **error)
{
  return run (user_data, BW_RETENTION_FOLD_SQL, texts, 4, error);
}

gboolean
bw_retention_fold (BwDb        *db,
                   const char  *buurt_code,
                   const char  *opened_on,
                   const char  *closed_on,
                   const char  *track,
                   const char  *outcome,
                   gboolean     has_debts,
                   GError     **error)
{
  return bw_retention_fold_each (buurt_code, opened_on, closed_on, track, outcome, has_debts,
                                 fold_row, db, error);
}

/* The resident's enrolments (under their offers, with a snapshot of the
 * person) go with the case, and their attendance with them. */
#define CASE_ENROLMENTS "(SELECT uuid FROM enrolments WHERE case_uuid = ?1)"

/* The uuids of the records under the case ?1 (desktop tables). */
#define UNDER_CASE                                                            \
  "(SELECT uuid FROM journal WHERE case_id IN (SELECT id FROM cases WHERE uuid = ?1)" \
  " UNION ALL SELECT uuid FROM actions WHERE case_id IN (SELECT id FROM cases WHERE uuid = ?1)" \
  " UNION ALL SELECT uuid FROM assessments WHERE case_id IN (SELECT id FROM cases WHERE uuid = ?1)" \
  " UNION ALL SELECT uuid FROM track_history WHERE case_id IN (SELECT id FROM cases WHERE uuid = ?1)" \
  " UNION ALL SELECT uuid FROM involvements WHERE case_id IN (SELECT id FROM cases WHERE uuid = ?1)" \
  " UNION ALL SELECT uuid FROM household_members WHERE case_id IN (SELECT id FROM cases WHERE uuid = ?1)" \
  " UNION ALL SELECT uuid FROM debts WHERE case_id IN (SELECT id FROM cases WHERE uuid = ?1)" \
  " UNION ALL SELECT uuid FROM attachments WHERE case_id IN (SELECT id FROM cases WHERE uuid = ?1)" \
  " UNION ALL SELECT uuid FROM shares WHERE case_id IN (SELECT id FROM cases WHERE uuid = ?1)" \
  " UNION ALL SELECT uuid FROM partner_notes WHERE case_uuid = ?1" \
  " UNION ALL SELECT uuid FROM enrolments WHERE case_uuid = ?1" \
  " UNION ALL SELECT uuid FROM attendance WHERE enrolment_uuid IN " CASE_ENROLMENTS \
  " UNION ALL SELECT ?1)"

#define CASE_ID "(SELECT id FROM cases WHERE uuid = ?1)"

gboolean
bw_retention_delete_case (BwDb        *db,
                          const char  *case_uuid,
                          gboolean     fold,
                          gboolean    *existed,
                          GError     **error)
{
  static const char *statements[] = {
    "DELETE FROM outbox WHERE uuid IN " UNDER_CASE,
    "DELETE FROM outbox_sending WHERE uuid IN " UNDER_CASE,
    "DELETE FROM sync_base WHERE case_uuid = ?1 OR uuid IN " UNDER_CASE,
    "DELETE FROM sync_conflicts WHERE case_uuid = ?1 OR uuid IN " UNDER_CASE,
    "DELETE FROM sync_problems WHERE case_uuid = ?1 OR uuid IN " UNDER_CASE,
    "DELETE FROM sync_pending WHERE case_uuid = ?1",
    "DELETE FROM audit_outbox WHERE case_uuid = ?1",
    "DELETE FROM journal WHERE case_id = " CASE_ID,
    "DELETE FROM actions WHERE case_id = " CASE_ID,
    "DELETE FROM assessments WHERE case_id = " CASE_ID,
    "DELETE FROM track_history WHERE case_id = " CASE_ID,
    "DELETE FROM involvements WHERE case_id = " CASE_ID,
    /* A member of another case that names this one keeps the uuid: the
     * link shows nothing once the case is gone. */
    "DELETE FROM household_members WHERE case_id = " CASE_ID,
    "DELETE FROM debts WHERE case_id = " CASE_ID,
    /* Its trigger removes the bytes (attachment_blobs). */
    "DELETE FROM attachments WHERE case_id = " CASE_ID,
    "DELETE FROM shares WHERE case_id = " CASE_ID,
    "DELETE FROM partner_notes WHERE case_uuid = ?1",
    "DELETE FROM shared_cases WHERE case_uuid = ?1",
    "DELETE FROM attendance WHERE enrolment_uuid IN " CASE_ENROLMENTS,
    "DELETE FROM enrolments WHERE case_uuid = ?1",
    /* Last: its trigger removes the full-text row. */
    "DELETE FROM cases WHERE uuid = ?1",
  };
  g_autoptr(BwDbStatement) stmt = bw_db_prepare (db, "SELECT buurt_code, closed_on, track, outcome,"
                                                     " has_debts, status, opened_on FROM cases WHERE uuid = ?1",
                                                 error);
  gboolean found = FALSE;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, case_uuid, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      found = TRUE;
      if (fold && g_strcmp0 ((const char *) sqlite3_column_text (stmt, 5), "closed") == 0 &&
          !bw_retention_fold (db, (const char *) sqlite3_column_text (stmt, 0),
                              (const char *) sqlite3_column_text (stmt, 6),
                              (const char *) sqlite3_column_text (stmt, 1),
                              (const char *) sqlite3_column_text (stmt, 2),
                              (const char *) sqlite3_column_text (stmt, 3),
                              sqlite3_column_int (stmt, 4) != 0, error))
        return FALSE;
    }
  g_clear_pointer (&stmt, bw_db_statement_release);

  for (gsize i = 0; i < G_N_ELEMENTS (statements); i++)
    if (!run (db, statements[i], &case_uuid, 1, error))
      return FALSE;
  if (existed != NULL)
    *existed = found;
  return TRUE;
}

gboolean
bw_retention_case_has_pending (BwDb       *db,
                               const char *case_uuid)
{
  g_autoptr(BwDbStatement) stmt = bw_db_prepare (db, "SELECT 1 FROM outbox WHERE uuid IN " UNDER_CASE
                                                 " UNION ALL SELECT 1 FROM outbox_sending WHERE uuid IN "
                                                 UNDER_CASE " LIMIT 1", NULL);

  if (stmt == NULL)
    return TRUE;
  sqlite3_bind_text (stmt, 1, case_uuid, -1, SQLITE_TRANSIENT);
  return sqlite3_step (stmt) == SQLITE_ROW;
}

gboolean
bw_retention_optimize_fts (BwDb     *db,
                           GError  **error)
{
  return run (db, "INSERT INTO case_fts (case_fts) VALUES ('optimize')", NULL, 0, error);
}

gboolean
bw_retention_checkpoint (BwDb    *db)
{
  g_autoptr(BwDbStatement) stmt = bw_db_prepare (db, "PRAGMA wal_checkpoint(TRUNCATE)", NULL);
  int busy = 1;

  if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    busy = sqlite3_column_int (stmt, 0);
  return busy == 0;
}
