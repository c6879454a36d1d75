/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-store"
#include "config.h"

/* The household's members and the debts per creditor of a case. */

#include <string.h>

#include <glib/gi18n-lib.h>

#include "bw-case-store-household.h"
#include "bw-case-store-private.h"
#include "bw-date.h"
#include "bw-record-sql.h"
#include "bw-sqlite.h"
#include "bw-validation.h"

/* Adds @record under the live case @case_id in one transaction; the case
 * @also_case_id (0: none) hears of it too. */
static gint64
add_record (BwCaseStore  *self,
            gint64        case_id,
            gint64        also_case_id,
            BwRecord     *record,
            GError      **error)
{
  g_autofree char *case_uuid = NULL;
  gint64 id;

  if (!bw_case_store_begin (self, error))
    return 0;
  case_uuid = bw_case_store_dup_live_case_uuid (self, case_id, error);
  id = case_uuid != NULL ? bw_case_store_insert_child (self, record, case_uuid, error) : 0;
  if (id == 0)
    {
      bw_case_store_rollback (self);
      return 0;
    }
  bw_case_store_note_change (self, case_id);
  if (also_case_id != 0)
    bw_case_store_note_change (self, also_case_id);
  if (!bw_case_store_commit (self, error))
    return 0;
  return id;
}

/* The live records of @type under case ?1, with one more column after
 * the fields (@extra), in @order. */
static char *
rows_sql (BwRecordType  type,
          const char   *extra,
          const char   *where,
          const char   *order)
{
  return g_strdup_printf ("SELECT " BW_RECORD_SQL_BOOKKEEPING ", %s, %s FROM %s r"
                          " WHERE %s AND r.deleted = 0 ORDER BY %s",
                          bw_record_sql_columns (type), extra, bw_record_spec (type)->table,
                          where, order);
}

/* Household members */

/* The member's own case here (live), and the case the member is in. */
#define MEMBER_EXTRA                                                             \
  "(SELECT l.id FROM cases l WHERE l.uuid = r.linked_case_uuid AND l.deleted = 0),"   \
  " c.id, c.name"

static GListModel *
list_members (BwCaseStore *self,
              const char  *where,
              gint64       case_id,
              const char  *case_uuid)
{
  GListStore *list = g_list_store_new (BW_TYPE_HOUSEHOLD_MEMBER);
  guint n = BW_RECORD_SQL_N_BOOKKEEPING + bw_record_spec_n_fields (BW_RECORD_TYPE_HOUSEHOLD_MEMBER);
  g_autofree char *sql = g_strdup_printf ("SELECT " BW_RECORD_SQL_BOOKKEEPING ", %s, " MEMBER_EXTRA
                                          " FROM household_members r JOIN cases c ON c.id = r.case_id"
                                          " WHERE %s AND r.deleted = 0 AND c.deleted = 0"
                                          " ORDER BY r.name COLLATE NOCASE, r.id",
                                          bw_record_sql_columns (BW_RECORD_TYPE_HOUSEHOLD_MEMBER), where);
  g_autoptr(BwDbStatement) stmt = bw_db_prepare (bw_case_store_conn (self), sql, NULL);

  if (stmt == NULL)
    return G_LIST_MODEL (list);
  if (case_uuid != NULL)
    bw_sqlite_bind_text (stmt, 1, case_uuid);
  else
    sqlite3_bind_int64 (stmt, 1, case_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autoptr(BwHouseholdMember) member = g_object_new (BW_TYPE_HOUSEHOLD_MEMBER, NULL);

      bw_record_sql_read_bookkeeping (BW_RECORD (member), stmt);
      bw_record_sql_read_fields (BW_RECORD (member), stmt, BW_RECORD_SQL_N_BOOKKEEPING);
      bw_household_member_set_linked_case_id (member, sqlite3_column_int64 (stmt, n));
      bw_household_member_set_case (member, sqlite3_column_int64 (stmt, n + 1),
                                    bw_sqlite_column_text (stmt, n + 2));
      g_list_store_append (list, member);
    }
  return G_LIST_MODEL (list);
}

GListModel *
bw_case_store_list_household (BwCaseStore *self,
                              gint64       case_id)
{
  g_return_val_if_fail (BW_IS_CASE_STORE (self), NULL);
  return list_members (self, "r.case_id = ?1", case_id, NULL);
}

GListModel *
bw_case_store_list_household_of (BwCaseStore *self,
                                 const char  *case_uuid)
{
  g_return_val_if_fail (BW_IS_CASE_STORE (self), NULL);
  g_return_val_if_fail (case_uuid != NULL, NULL);
  return list_members (self, "r.linked_case_uuid = ?1", 0, case_uuid);
}

/* The local id of the live case @uuid, or 0. */
static gint64
live_case_id (BwCaseStore *self,
              const char  *uuid)
{
  g_autoptr(BwDbStatement) stmt = bw_db_prepare (bw_case_store_conn (self),
                                                 "SELECT id FROM cases WHERE uuid = ? AND deleted = 0", NULL);

  if (stmt == NULL)
    return 0;
  bw_sqlite_bind_text (stmt, 1, uuid);
  return sqlite3_step (stmt) == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
}

static char *
optional_text (const char *text)
{
  g_autofree char *clean = text ? bw_text_normalise (text) : NULL;

  if (clean == NULL || *g_strstrip (clean) == '\0')
    return NULL;
  return g_steal_pointer (&clean);
}

gint64
bw_case_store_add_household_member (BwCaseStore *self,
                                    gint64       case_id,
                                    const char  *name,
                                    const char  *date_of_birth,
                                    BwRelation   relation,
                                    const char  *phone,
                                    const char  *linked_case_uuid,
                                    GError     **error)
{
  g_autoptr(BwHouseholdMember) member = NULL;
  g_autofree char *clean_name = optional_text (name);
  g_autofree char *clean_phone = optional_text (phone);
  g_autofree char *dob = NULL;
  g_autofree char *dob_text = optional_text (date_of_birth);
  gint64 linked_id = 0;

  g_return_val_if_fail (BW_IS_CASE_STORE (self), 0);

  if (!bw_validate_required_text (clean_name, BW_VALIDATION_ERROR_NAME,
                                  _("Enter the name of the household member"), error) ||
      !bw_validate_text_length ("household_member", "name", clean_name, BW_VALIDATION_ERROR_NAME, error) ||
      !bw_validate_text_length ("household_member", "phone", clean_phone, BW_VALIDATION_ERROR_PHONE, error))
    return 0;
  if (relation < 0 || relation >= BW_RELATION_N)
    relation = BW_RELATION_OTHER;
  if (dob_text != NULL)
    {
      g_autofree char *today = bw_date_today ();

      dob = bw_validate_date (dob_text, BW_VALIDATION_ERROR_DATE_OF_BIRTH, error);
      if (dob == NULL)
        return 0;
      if (strcmp (dob, today) > 0 || strcmp (dob, "1900-01-01") < 0)
        {
          g_set_error_literal (error, BW_VALIDATION_ERROR, BW_VALIDATION_ERROR_DATE_OF_BIRTH,
                               _("The date of birth must lie between 1900 and today"));
          return 0;
        }
    }
  if (linked_case_uuid != NULL && *linked_case_uuid != '\0')
    {
      linked_id = live_case_id (self, linked_case_uuid);
      if (linked_id == 0 || linked_id == case_id)
        {
          g_set_error_literal (error, BW_STORE_ERROR, BW_STORE_ERROR_NOT_FOUND,
                               _("The case to link is not another case of this team"));
          return 0;
        }
    }
  else
    linked_case_uuid = NULL;

  member = g_object_new (BW_TYPE_HOUSEHOLD_MEMBER, NULL);
  bw_record_set_text (BW_RECORD (member), "name", clean_name);
  bw_record_set_text (BW_RECORD (member), "date_of_birth", dob);
  bw_record_set_enum (BW_RECORD (member), "relation", relation);
  bw_record_set_text (BW_RECORD (member), "phone", clean_phone);
  bw_record_set_text (BW_RECORD (member), "linked_case_uuid", linked_case_uuid);
  return add_record (self, case_id, linked_id, BW_RECORD (member), error);
}

gboolean
bw_case_store_remove_household_member (BwCaseStore *self,
                                       gint64       member_id,
                                       GError     **error)
{
  /* A soft delete, so that sync can tell the other desktops. */
  const BwChildChange change = {
    .table = "household_members", .assign = "deleted = 1",
    .not_found = _("This person is no longer in the household"),
  };

  return bw_case_store_change_child (self, &change, member_id, NULL, error);
}

/* Debts */

GListModel *
bw_case_store_list_debts (BwCaseStore *self,
                          gint64       case_id)
{
  GListStore *list = g_list_store_new (BW_TYPE_DEBT);
  g_autofree char *sql = rows_sql (BW_RECORD_TYPE_DEBT, "0", "r.case_id = ?1",
                                   "r.status IN ('paid_off', 'written_off'), r.creditor,"
                                   " r.creditor_name COLLATE NOCASE, r.id");
  g_autoptr(BwDbStatement) stmt = NULL;

  g_return_val_if_fail (BW_IS_CASE_STORE (self), NULL);

  stmt = bw_db_prepare (bw_case_store_conn (self), sql, NULL);
  if (stmt == NULL)
    return G_LIST_MODEL (list);
  sqlite3_bind_int64 (stmt, 1, case_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autoptr(BwDebt) debt = g_object_new (BW_TYPE_DEBT, NULL);

      bw_record_sql_read_bookkeeping (BW_RECORD (debt), stmt);
      bw_record_sql_read_fields (BW_RECORD (debt), stmt, BW_RECORD_SQL_N_BOOKKEEPING);
      g_list_store_append (list, debt);
    }
  return G_LIST_MODEL (list);
}

gint64
bw_case_store_add_debt (BwCaseStore  *self,
                        gint64        case_id,
                        BwCreditor    creditor,
                        const char   *creditor_name,
                        gint64        amount,
                        BwDebtStatus  status,
                        gint64        monthly_amount,
                        const char   *start_date,
                        const char   *note,
                        GError      **error)
{
  g_autoptr(BwDebt) debt = NULL;
  g_autofree char *clean_name = optional_text (creditor_name);
  g_autofree char *clean_note = optional_text (note);
  g_autofree char *start_text = optional_text (start_date);
  g_autofree char *start = NULL;

  g_return_val_if_fail (BW_IS_CASE_STORE (self), 0);

  if (creditor < 0 || creditor >= BW_CREDITOR_N)
    creditor = BW_CREDITOR_UNKNOWN;
  if (status < 0 || status >= BW_DEBT_STATUS_N)
    status = BW_DEBT_STATUS_OPEN;
  if (creditor == BW_CREDITOR_OTHER &&
      !bw_validate_required_text (clean_name, BW_VALIDATION_ERROR_ORGANISATION,
                                  _("Enter the name of the creditor"), error))
    return 0;
  if (!bw_validate_text_length ("debt", "creditor_name", clean_name, BW_VALIDATION_ERROR_ORGANISATION, error) ||
      !bw_validate_text_length ("debt", "note", clean_note, BW_VALIDATION_ERROR_TEXT, error))
    return 0;
  if (amount <= 0 || amount > BW_DEBT_MAX_CENTS)
    {
      g_set_error_literal (error, BW_VALIDATION_ERROR, BW_VALIDATION_ERROR_DEBT_AMOUNT,
                           _("Enter the amount of the debt, more than € 0 and at most € 10.000.000"));
      return 0;
    }
  if (monthly_amount < 0 || monthly_amount > amount)
    {
      g_set_error_literal (error, BW_VALIDATION_ERROR, BW_VALIDATION_ERROR_DEBT_AMOUNT,
                           _("The monthly arrangement cannot be more than the debt"));
      return 0;
    }
  if (start_text != NULL)
    {
      start = bw_validate_date (start_text, BW_VALIDATION_ERROR_DATE, error);
      if (start == NULL)
        return 0;
    }

  debt = g_object_new (BW_TYPE_DEBT, NULL);
  bw_record_set_enum (BW_RECORD (debt), "creditor", creditor);
  bw_record_set_text (BW_RECORD (debt), "creditor_name", clean_name);
  bw_record_set_int (BW_RECORD (debt), "amount", amount);
  bw_record_set_enum (BW_RECORD (debt), "status", status);
  bw_record_set_int (BW_RECORD (debt), "monthly_amount", monthly_amount);
  bw_record_set_text (BW_RECORD (debt), "start_date", start);
  bw_record_set_text (BW_RECORD (debt), "note", clean_note);
  return add_record (self, case_id, 0, BW_RECORD (debt), error);
}

/* The status key into ?4. */
static void
bind_status (sqlite3_stmt  *stmt,
             gconstpointer  data)
{
  bw_sqlite_bind_text (stmt, 4, data);
}

gboolean
bw_case_store_set_debt_status (BwCaseStore  *self,
                               gint64        debt_id,
                               BwDebtStatus  status,
                               GError      **error)
{
  const BwChildChange change = {
    .table = "debts", .assign = "status = ?4", .bind = bind_status,
    .unchanged_if = "status = ?4",
    .not_found = _("This debt does not exist (any more)"),
  };

  g_return_val_if_fail (status >= 0 && status < BW_DEBT_STATUS_N, FALSE);
  return bw_case_store_change_child (self, &change, debt_id, bw_debt_status_to_key (status), error);
}

gboolean
bw_case_store_remove_debt (BwCaseStore  *self,
                           gint64        debt_id,
                           GError      **error)
{
  const BwChildChange change = {
    .table = "debts", .assign = "deleted = 1",
    .not_found = _("This debt does not exist (any more)"),
  };

  return bw_case_store_change_child (self, &change, debt_id, NULL, error);
}
