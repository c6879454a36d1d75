/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-server"
/* Retention (docs/security.md): purging closed cases after their term. */
#include "config.h"

#include "bw-date.h"
#include "bw-retention.h"
#include "bw-server-store-private.h"

typedef struct {
  char *uuid;
  gint64 team_id;
  JsonObject *fields;
} PurgeCandidate;

static void
purge_candidate_free (PurgeCandidate *candidate)
{
  g_free (candidate->uuid);
  g_clear_pointer (&candidate->fields, json_object_unref);
  g_free (candidate);
}

/* The enrolments of the case ?1 and their attendance (server records). */
#define PURGE_ENROLMENT_RECORDS                                                          \
  "(type = 'enrolment' AND json_extract (fields, '$.case_ref') = ?1)"                    \
  " OR (type = 'attendance' AND json_extract (fields, '$.enrolment_uuid') IN"           \
  " (SELECT uuid FROM records WHERE type = 'enrolment' AND json_extract (fields, '$.case_ref') = ?1))"

static gboolean
fold_row (const char * const  texts[4],
          gpointer            user_data,
          GError            **error)
{
  BwServerStore *self = user_data;
  BwStorageStmt *stmt = bw_storage_prepare (self->conn, BW_RETENTION_FOLD_SQL, error);

  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < 4; i++)
    bw_storage_bind_text (stmt, i + 1, texts[i]);
  return bw_storage_step_done (self->conn, stmt, error);
}

static gboolean
purge_one (BwServerStore  *self,
           PurgeCandidate *candidate,
           const char     *detail,
           const char     *now,
           GError        **error)
{
  static const char *statements[] = {
    "INSERT INTO purged_uuids (uuid) SELECT uuid FROM records WHERE case_uuid = ?1 ON CONFLICT DO NOTHING",
    "DELETE FROM conflicts WHERE record_uuid IN (SELECT uuid FROM records WHERE case_uuid = ?1)",
    "DELETE FROM records WHERE case_uuid = ?1",
    /* The resident's enrolments hang under their offers but carry a
     * snapshot of the person (case_ref): they go too, with their
     * attendance. */
    "INSERT INTO purged_uuids (uuid) SELECT uuid FROM records WHERE " PURGE_ENROLMENT_RECORDS
    " ON CONFLICT DO NOTHING",
    "DELETE FROM conflicts WHERE record_uuid IN (SELECT uuid FROM records WHERE " PURGE_ENROLMENT_RECORDS ")",
    "DELETE FROM records WHERE " PURGE_ENROLMENT_RECORDS,
  };
  JsonObject *fields = candidate->fields;
  BwStorageStmt *stmt;
  gint64 seq;

  if (!bw_retention_fold_each (json_object_get_string_member_with_default (fields, "buurt_code", NULL),
                               json_object_get_string_member_with_default (fields, "opened_on", NULL),
                               json_object_get_string_member_with_default (fields, "closed_on", NULL),
                               json_object_get_string_member_with_default (fields, "track", NULL),
                               json_object_get_string_member_with_default (fields, "outcome", NULL),
                               json_object_get_boolean_member_with_default (fields, "has_debts", FALSE),
                               fold_row, self, error))
    return FALSE;
  for (gsize i = 0; i < G_N_ELEMENTS (statements); i++)
    {
      if ((stmt = bw_storage_prepare (self->conn, statements[i], error)) == NULL)
        return FALSE;
      bw_storage_bind_text (stmt, 1, candidate->uuid);
      if (!bw_storage_step_done (self->conn, stmt, error))
        return FALSE;
    }
  if ((seq = bw_server_store_next_seq (self, error)) == 0)
    return FALSE;
  stmt = bw_storage_prepare (self->conn, "INSERT INTO purges (case_uuid, team_id, seq, purged_at) VALUES (?1, ?2, ?3, ?4)"
                                    " ON CONFLICT (case_uuid) DO UPDATE SET seq = excluded.seq,"
                                    " purged_at = excluded.purged_at", error);
  if (stmt == NULL)
    return FALSE;
  bw_storage_bind_text (stmt, 1, candidate->uuid);
  if (candidate->team_id != 0)
    bw_storage_bind_int64 (stmt, 2, candidate->team_id);
  bw_storage_bind_int64 (stmt, 3, seq);
  bw_storage_bind_text (stmt, 4, now);
  if (!bw_storage_step_done (self->conn, stmt, error))
    return FALSE;
  return bw_server_store_audit (self, NULL, "purge", "case", candidate->uuid, candidate->uuid,
                                detail, error);
}

gboolean
bw_server_store_purge (BwServerStore  *self,
                       guint           months,
                       const char     *today,
                       guint          *n_purged,
                       GError        **error)
{
  g_autofree char *cutoff = NULL;
  g_autofree char *detail = NULL;
  g_autofree char *now = bw_date_format_utc (NULL);
  g_autoptr(GPtrArray) candidates = g_ptr_array_new_with_free_func ((GDestroyNotify) purge_candidate_free);
  BwStorageStmt *stmt;
  int rc;

  g_return_val_if_fail (BW_IS_SERVER_STORE (self), FALSE);
  if (months < 1 || today == NULL || !bw_date_is_iso_date (today))
    {
      g_set_error_literal (error, BW_SERVER_ERROR, BW_SERVER_ERROR_INVALID,
                           "The retention needs at least 1 month and a date YYYY-MM-DD");
      return FALSE;
    }
  cutoff = bw_retention_cutoff (today, months);
  detail = g_strdup_printf ("retention=%um", months);
  *n_purged = 0;

  /* On SQLite the freed pages are overwritten, so the text is in no free
   * page. PostgreSQL leaves dead rows until VACUUM (docs/deployment.md). */
  if ((bw_storage_get_backend (self->conn) == BW_STORAGE_SQLITE &&
       !bw_storage_exec (self->conn, "PRAGMA secure_delete = ON", error)) ||
      !bw_storage_exec (self->conn, "CREATE TEMP TABLE IF NOT EXISTS purged_uuids (uuid TEXT PRIMARY KEY)", error) ||
      !bw_storage_begin (self->conn, error))
    return FALSE;
  if (!bw_storage_exec (self->conn, "DELETE FROM purged_uuids", error))
    goto fail;

  stmt = bw_storage_prepare (self->conn, "SELECT uuid, team_id, fields FROM records WHERE type = 'case'"
                                    " AND json_extract (fields, '$.status') = 'closed'"
                                    " AND json_extract (fields, '$.closed_on') < ?1", error);
  if (stmt == NULL)
    goto fail;
  bw_storage_bind_text (stmt, 1, cutoff);
  while ((rc = bw_storage_step (stmt)) == BW_STORAGE_ROW)
    {
      PurgeCandidate *candidate = g_new0 (PurgeCandidate, 1);

      candidate->uuid = g_strdup (bw_storage_column_text (stmt, 0));
      candidate->team_id = bw_storage_column_int64 (stmt, 1);
      candidate->fields = bw_server_json_object_from_text (bw_storage_column_text (stmt, 2));
      g_ptr_array_add (candidates, candidate);
    }
  bw_storage_reset (stmt);
  if (rc != BW_STORAGE_DONE)
    {
      bw_storage_set_error (self->conn, 0, error);
      goto fail;
    }

  for (guint i = 0; i < candidates->len; i++)
    if (!purge_one (self, g_ptr_array_index (candidates, i), detail, now, error))
      goto fail;
  /* Stored push answers name the records and may hold their content (a
   * conflict's answer holds the server's record). */
  if (candidates->len > 0 &&
      !bw_storage_exec (self->conn, "DELETE FROM applied_changes WHERE json_extract (answer, '$.uuid')"
                   " IN (SELECT uuid FROM purged_uuids)", error))
    goto fail;
  if (!bw_storage_exec (self->conn, "DELETE FROM purged_uuids", error) ||
      !bw_storage_commit (self->conn, error))
    goto fail;
  *n_purged = candidates->len;

  /* The WAL still holds the pages as they were: write them into the file
   * and truncate it. */
  if (candidates->len > 0)
    bw_server_store_checkpoint (self, NULL);
  return TRUE;

fail:
  bw_storage_rollback (self->conn);
  return FALSE;
}
