/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-store"
#include "config.h"

#include "bw-audit-entry.h"
#include "bw-date.h"
#include "bw-sqlite.h"

#include <glib/gi18n-lib.h>

#include "bw-case-store-private.h"
#include "bw-case-store-sharing.h"
#include "bw-record-sql.h"
#include "bw-validation.h"

/* Role */

char *
bw_case_store_dup_role (BwCaseStore *self)
{
  return bw_case_store_get_meta (self, "role");
}

char *
bw_case_store_dup_organisation (BwCaseStore *self)
{
  return bw_case_store_get_meta (self, "organisation");
}

gboolean
bw_case_store_is_partner (BwCaseStore *self)
{
  g_autofree char *role = bw_case_store_dup_role (self);

  return g_strcmp0 (role, "partner") == 0;
}

/* Team side */

gboolean
bw_case_store_add_share (BwCaseStore  *self,
                         gint64        case_id,
                         BwShare      *share,
                         GError      **error)
{
  g_autofree char *today = bw_date_today ();
  g_autofree char *case_uuid = NULL;

  g_return_val_if_fail (BW_IS_CASE_STORE (self), FALSE);
  g_return_val_if_fail (BW_IS_SHARE (share), FALSE);

  if (!bw_share_validate_new (share, today, error))
    return FALSE;
  if (!bw_case_store_begin (self, error))
    return FALSE;
  case_uuid = bw_case_store_dup_live_case_uuid (self, case_id, error);
  if (case_uuid == NULL || bw_case_store_insert_child (self, BW_RECORD (share), case_uuid, error) == 0)
    {
      bw_case_store_rollback (self);
      return FALSE;
    }
  bw_share_set_case_uuid (share, case_uuid);
  bw_case_store_note_change (self, case_id);
  return bw_case_store_commit (self, error);
}

GListModel *
bw_case_store_list_shares (BwCaseStore *self,
                           gint64       case_id)
{
  GListStore *list = g_list_store_new (BW_TYPE_SHARE);
  g_autoptr(BwDbStatement) stmt = NULL;
  g_autofree char *sql = NULL;

  g_return_val_if_fail (BW_IS_CASE_STORE (self), G_LIST_MODEL (list));

  sql = g_strdup_printf ("SELECT " BW_RECORD_SQL_BOOKKEEPING ", c.uuid, %s FROM shares r"
                         " JOIN cases c ON c.id = r.case_id WHERE r.case_id = ?1 AND r.deleted = 0"
                         " ORDER BY r.created_at DESC, r.id DESC",
                         bw_record_sql_columns (BW_RECORD_TYPE_SHARE));
  stmt = bw_db_prepare (bw_case_store_get_connection (self), sql, NULL);
  if (stmt == NULL)
    return G_LIST_MODEL (list);
  sqlite3_bind_int64 (stmt, 1, case_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autoptr(BwShare) share = bw_share_new ();

      bw_record_sql_read_bookkeeping (BW_RECORD (share), stmt);
      bw_share_set_case_uuid (share, bw_sqlite_column_text (stmt, BW_RECORD_SQL_N_BOOKKEEPING));
      bw_record_sql_read_fields (BW_RECORD (share), stmt, BW_RECORD_SQL_N_BOOKKEEPING + 1);
      g_list_store_append (list, share);
    }
  return G_LIST_MODEL (list);
}

static gboolean
refuse_withdrawn (sqlite3_stmt  *row,
                  GError       **error)
{
  if (sqlite3_column_int (row, 1) == 0)
    return TRUE;
  g_set_error_literal (error, BW_STORE_ERROR, BW_STORE_ERROR_CONFLICT,
                       _("This share has been withdrawn already"));
  return FALSE;
}

static void
bind_withdrawal (sqlite3_stmt  *stmt,
                 gconstpointer  data)
{
  const char *reason = data;
  g_autofree char *today = bw_date_today ();

  bw_sqlite_bind_text (stmt, 4, today);
  bw_sqlite_bind_text (stmt, 5, reason != NULL && *reason != '\0' ? reason : NULL);
}

gboolean
bw_case_store_withdraw_share (BwCaseStore  *self,
                              gint64        share_id,
                              const char   *reason,
                              GError      **error)
{
  const BwChildChange change = {
    .table = "shares", .extra = "withdrawn_at IS NOT NULL", .check = refuse_withdrawn,
    .assign = "withdrawn_at = ?4, withdrawn_reason = ?5", .bind = bind_withdrawal,
    .not_found = _("This share does not exist (any more)"),
  };

  return bw_case_store_change_child (self, &change, share_id, reason, error);
}

gboolean
bw_case_store_set_journal_shareable (BwCaseStore  *self,
                                     gint64        entry_id,
                                     gboolean      shareable,
                                     GError      **error)
{
  const BwChildChange change = {
    .table = "journal", .assign = "shareable = ?4", .bind = bw_case_store_bind_flag,
    .unchanged_if = "shareable = ?4", .not_found = _("This note does not exist (any more)"),
  };

  return bw_case_store_change_child (self, &change, entry_id, GINT_TO_POINTER (shareable), error);
}

GListModel *
bw_case_store_list_partner_notes (BwCaseStore *self,
                                  const char  *case_uuid)
{
  GListStore *list = g_list_store_new (BW_TYPE_PARTNER_NOTE);
  g_autoptr(BwDbStatement) stmt = NULL;
  g_autofree char *sql = NULL;

  g_return_val_if_fail (BW_IS_CASE_STORE (self), G_LIST_MODEL (list));

  sql = g_strdup_printf ("SELECT " BW_RECORD_SQL_BOOKKEEPING ", %s FROM partner_notes r"
                         " WHERE r.case_uuid = ?1 AND r.deleted = 0 ORDER BY r.created_at, r.id",
                         bw_record_sql_columns (BW_RECORD_TYPE_PARTNER_NOTE));
  stmt = bw_db_prepare (bw_case_store_get_connection (self), sql, NULL);
  if (stmt == NULL)
    return G_LIST_MODEL (list);
  bw_sqlite_bind_text (stmt, 1, case_uuid);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autoptr(BwPartnerNote) note = bw_partner_note_new (NULL, case_uuid, NULL, NULL, NULL, NULL);

      bw_record_sql_read_bookkeeping (BW_RECORD (note), stmt);
      bw_record_sql_read_fields (BW_RECORD (note), stmt, BW_RECORD_SQL_N_BOOKKEEPING);
      g_list_store_append (list, note);
    }
  return G_LIST_MODEL (list);
}

/* Partner side */

#define SHARED_CASE_SQL \
  "SELECT case_uuid, organisation, parts, end_date, team_contact, document FROM shared_cases"

static BwSharedCase *
shared_case_from_row (BwCaseStore  *self,
                      sqlite3_stmt *stmt)
{
  g_autoptr(GListModel) notes = bw_case_store_list_partner_notes (self, bw_sqlite_column_text (stmt, 0));

  return bw_shared_case_new (bw_sqlite_column_text (stmt, 0), bw_sqlite_column_text (stmt, 1), bw_sqlite_column_text (stmt, 2),
                             bw_sqlite_column_text (stmt, 3), bw_sqlite_column_text (stmt, 4), bw_sqlite_column_text (stmt, 5),
                             notes);
}

GListModel *
bw_case_store_list_shared_cases (BwCaseStore *self)
{
  GListStore *list = g_list_store_new (BW_TYPE_SHARED_CASE);
  g_autoptr(BwDbStatement) stmt = NULL;

  g_return_val_if_fail (BW_IS_CASE_STORE (self), G_LIST_MODEL (list));

  stmt = bw_db_prepare (bw_case_store_get_connection (self), SHARED_CASE_SQL
                  " ORDER BY json_extract (document, '$.case.name') COLLATE NOCASE, case_uuid", NULL);
  if (stmt == NULL)
    return G_LIST_MODEL (list);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autoptr(BwSharedCase) shared = shared_case_from_row (self, stmt);

      if (shared != NULL)
        g_list_store_append (list, shared);
    }
  return G_LIST_MODEL (list);
}

BwSharedCase *
bw_case_store_get_shared_case (BwCaseStore *self,
                               const char  *case_uuid)
{
  g_autoptr(BwDbStatement) stmt = NULL;

  g_return_val_if_fail (BW_IS_CASE_STORE (self), NULL);

  stmt = bw_db_prepare (bw_case_store_get_connection (self), SHARED_CASE_SQL " WHERE case_uuid = ?1", NULL);
  if (stmt == NULL)
    return NULL;
  bw_sqlite_bind_text (stmt, 1, case_uuid);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return NULL;
  return shared_case_from_row (self, stmt);
}

static gboolean
check_shared_here (BwCaseStore  *self,
                   const char   *case_uuid,
                   GError      **error)
{
  g_autoptr(BwDbStatement) stmt = bw_db_prepare (bw_case_store_get_connection (self), "SELECT 1 FROM shared_cases WHERE case_uuid = ?1", error);

  if (stmt == NULL)
    return FALSE;
  bw_sqlite_bind_text (stmt, 1, case_uuid);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    return TRUE;
  g_set_error_literal (error, BW_STORE_ERROR, BW_STORE_ERROR_NOT_FOUND,
                       _("This case is no longer shared with you"));
  return FALSE;
}

gboolean
bw_case_store_add_partner_note (BwCaseStore  *self,
                                const char   *case_uuid,
                                const char   *text,
                                GError      **error)
{
  g_autofree char *organisation = NULL;
  g_autofree char *clean = NULL;
  g_autoptr(BwPartnerNote) note = NULL;

  g_return_val_if_fail (BW_IS_CASE_STORE (self), FALSE);

  if (!bw_validate_required_text (text, BW_VALIDATION_ERROR_TEXT,
                                  _("Write the note before adding it"), error))
    return FALSE;
  clean = bw_text_normalise (text);
  if (!bw_validate_text_length ("partner_note", "text", clean, BW_VALIDATION_ERROR_TEXT, error))
    return FALSE;
  text = clean;
  organisation = bw_case_store_dup_organisation (self);
  if (!bw_case_store_is_partner (self) || !bw_organisation_is_key (organisation))
    {
      g_set_error_literal (error, BW_STORE_ERROR, BW_STORE_ERROR_FAILED,
                           _("Only a partner organisation adds notes to a shared case"));
      return FALSE;
    }
  if (!bw_case_store_begin (self, error))
    return FALSE;
  if (!check_shared_here (self, case_uuid, error))
    goto fail;
  note = g_object_new (BW_TYPE_PARTNER_NOTE, NULL);
  bw_record_set_text (BW_RECORD (note), "organisation", organisation);
  bw_record_set_text (BW_RECORD (note), "text", text);
  if (bw_case_store_insert_child (self, BW_RECORD (note), case_uuid, error) == 0)
    goto fail;
  bw_case_store_note_change (self, 0);
  if (!bw_case_store_commit (self, error))
    return FALSE;
  return TRUE;

fail:
  bw_case_store_rollback (self);
  return FALSE;
}

gboolean
bw_case_store_report_case_opened (BwCaseStore  *self,
                                  const char   *case_uuid,
                                  GError      **error)
{
  g_autofree char *now = bw_date_now_utc ();
  g_autoptr(BwDbStatement) stmt = NULL;

  g_return_val_if_fail (BW_IS_CASE_STORE (self), FALSE);

  if (!bw_case_store_begin (self, error))
    return FALSE;
  if (!check_shared_here (self, case_uuid, error))
    goto fail;
  stmt = bw_db_prepare (bw_case_store_get_connection (self), "INSERT INTO audit_outbox (case_uuid, opened_at) VALUES (?1, ?2)", error);
  if (stmt == NULL)
    goto fail;
  bw_sqlite_bind_text (stmt, 1, case_uuid);
  bw_sqlite_bind_text (stmt, 2, now);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    {
      bw_db_set_error_from_handle (bw_case_store_get_db (self), 0, error);
      goto fail;
    }
  return bw_case_store_commit (self, error);

fail:
  bw_case_store_rollback (self);
  return FALSE;
}

gboolean
bw_case_store_report_export (BwCaseStore  *self,
                             const char   *what,
                             const char   *case_uuid,
                             GError      **error)
{
  g_autofree char *now = bw_date_now_utc ();
  g_autoptr(BwDbStatement) stmt = NULL;

  g_return_val_if_fail (BW_IS_CASE_STORE (self), FALSE);
  g_return_val_if_fail (bw_audit_export_is_key (what), FALSE);

  stmt = bw_db_prepare (bw_case_store_get_connection (self),
                        "INSERT INTO export_outbox (what, case_uuid, exported_at) VALUES (?1, ?2, ?3)", error);
  if (stmt == NULL)
    return FALSE;
  bw_sqlite_bind_text (stmt, 1, what);
  bw_sqlite_bind_text (stmt, 2, case_uuid);
  bw_sqlite_bind_text (stmt, 3, now);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    return bw_db_set_error_from_handle (bw_case_store_get_db (self), 0, error);
  return TRUE;
}
