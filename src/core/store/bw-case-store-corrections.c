/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-store"
#include "config.h"

/* Correcting what was written wrongly: a journal note's text, a case
 * created by mistake. */

#include <glib/gi18n-lib.h>

#include "bw-case-store-corrections.h"
#include "bw-case-store-private.h"
#include "bw-date.h"
#include "bw-sqlite.h"
#include "bw-validation.h"

typedef struct {
  const char *text;
  const char *today;
} Correction;

static void
bind_correction (sqlite3_stmt  *stmt,
                 gconstpointer  data)
{
  const Correction *c = data;

  bw_sqlite_bind_text (stmt, 4, c->text);
  bw_sqlite_bind_text (stmt, 5, c->today);
}

gboolean
bw_case_store_correct_journal (BwCaseStore  *self,
                               gint64        entry_id,
                               const char   *text,
                               GError      **error)
{
  /* The original is taken from the row itself in the same statement, so
   * a correction can never lose it. */
  const BwChildChange change = {
    .table = "journal",
    .assign = "original_text = coalesce (original_text, text), text = ?4, corrected_on = ?5",
    .bind = bind_correction,
    .unchanged_if = "text = ?4",
    .not_found = _("This note does not exist (any more)"),
  };
  g_autofree char *clean = NULL;
  g_autofree char *today = bw_date_today ();
  Correction correction;

  g_return_val_if_fail (BW_IS_CASE_STORE (self), FALSE);

  if (!bw_validate_required_text (text, BW_VALIDATION_ERROR_TEXT,
                                  _("Write the corrected note; to keep it as it was, cancel"), error))
    return FALSE;
  clean = bw_text_normalise (text);
  if (!bw_validate_text_length ("journal", "text", clean, BW_VALIDATION_ERROR_TEXT, error))
    return FALSE;
  correction.text = clean;
  correction.today = today;
  return bw_case_store_change_child (self, &change, entry_id, &correction, error);
}

/* The first column of @sql's first row with ?1 bound to @id, or -1 on a
 * database error (with @error set). */
static gint64
count_where (BwCaseStore  *self,
             const char   *sql,
             gint64        id,
             GError      **error)
{
  g_autoptr(BwDbStatement) stmt = bw_db_prepare (bw_case_store_conn (self), sql, error);
  int rc;

  if (stmt == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return sqlite3_column_int64 (stmt, 0);
  bw_db_set_error_from_handle (bw_db_get_handle (bw_case_store_conn (self)), rc, error);
  return -1;
}

gboolean
bw_case_store_delete_case (BwCaseStore  *self,
                           gint64        case_id,
                           const char   *reason,
                           GError      **error)
{
  g_autofree char *clean = NULL;
  g_autofree char *created_by = NULL;
  g_autofree char *uuid = NULL;
  g_autofree char *now = bw_date_now_utc ();
  g_autoptr(BwDbStatement) stmt = NULL;
  gint64 n;

  g_return_val_if_fail (BW_IS_CASE_STORE (self), FALSE);

  if (!bw_validate_required_text (reason, BW_VALIDATION_ERROR_TEXT,
                                  _("Say why this case is deleted"), error))
    return FALSE;
  clean = bw_text_normalise (reason);
  g_strstrip (clean);
  if (!bw_validate_text_length ("case", "deletion_reason", clean, BW_VALIDATION_ERROR_TEXT, error))
    return FALSE;

  if (!bw_case_store_begin (self, error))
    return FALSE;
  stmt = bw_db_prepare (bw_case_store_conn (self),
                        "SELECT created_by, uuid FROM cases WHERE id = ?1 AND deleted = 0", error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, case_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      created_by = g_strdup (bw_sqlite_column_text (stmt, 0));
      uuid = g_strdup (bw_sqlite_column_text (stmt, 1));
    }
  g_clear_pointer (&stmt, bw_db_statement_release);
  if (uuid == NULL)
    {
      g_set_error_literal (error, BW_STORE_ERROR, BW_STORE_ERROR_NOT_FOUND,
                           _("This case does not exist (any more)"));
      goto fail;
    }
  if (g_strcmp0 (created_by, bw_case_store_get_author (self)) != 0)
    {
      g_set_error_literal (error, BW_STORE_ERROR, BW_STORE_ERROR_FAILED,
                           _("Only the one who created this case can delete it"));
      goto fail;
    }
  n = count_where (self, "SELECT count (*) FROM shares"
                         " WHERE case_id = ?1 AND deleted = 0 AND withdrawn_at IS NULL",
                   case_id, error);
  if (n < 0)
    goto fail;
  if (n > 0)
    {
      g_set_error_literal (error, BW_STORE_ERROR, BW_STORE_ERROR_FAILED,
                           _("This case is shared with a partner: withdraw the share before deleting the case"));
      goto fail;
    }
  n = count_where (self, "SELECT count (*) FROM enrolments"
                         " WHERE case_uuid = (SELECT uuid FROM cases WHERE id = ?1) AND deleted = 0",
                   case_id, error);
  if (n < 0)
    goto fail;
  if (n > 0)
    {
      g_set_error_literal (error, BW_STORE_ERROR, BW_STORE_ERROR_FAILED,
                           _("This resident is referred to a course: a case with course places cannot be deleted"));
      goto fail;
    }

  stmt = bw_db_prepare (bw_case_store_conn (self),
                        "UPDATE cases SET deleted = 1, deletion_reason = ?2, revision = revision + 1,"
                        " updated_at = ?3, updated_by = ?4 WHERE id = ?1", error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, case_id);
  bw_sqlite_bind_text (stmt, 2, clean);
  bw_sqlite_bind_text (stmt, 3, now);
  bw_sqlite_bind_text (stmt, 4, bw_case_store_get_author (self));
  if (!bw_db_step_done (bw_case_store_conn (self), stmt, error))
    goto fail;
  g_clear_pointer (&stmt, bw_db_statement_release);
  /* Files of a case made by mistake do not stay: their bytes go here
   * (the blob trigger) and, with the pushed deletions, on the server. */
  stmt = bw_db_prepare (bw_case_store_conn (self),
                        "UPDATE attachments SET deleted = 1, revision = revision + 1, updated_at = ?2,"
                        " updated_by = ?3 WHERE case_id = ?1 AND deleted = 0", error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, case_id);
  bw_sqlite_bind_text (stmt, 2, now);
  bw_sqlite_bind_text (stmt, 3, bw_case_store_get_author (self));
  if (!bw_db_step_done (bw_case_store_conn (self), stmt, error))
    goto fail;
  g_clear_pointer (&stmt, bw_db_statement_release);
  bw_case_store_note_change (self, case_id);
  return bw_case_store_commit (self, error);

fail:
  g_clear_pointer (&stmt, bw_db_statement_release);
  bw_case_store_rollback (self);
  return FALSE;
}
