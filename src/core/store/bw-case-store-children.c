/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-store"
#include "config.h"

/* The records under a case: journal, actions, assessments, track history
 * and the organisations involved. */

#include <glib/gi18n-lib.h>

#include "bw-case-store-private.h"
#include "bw-date.h"
#include "bw-record-sql.h"
#include "bw-sqlite.h"
#include "bw-validation.h"

/* Sub-records of a case */

char *
bw_case_store_dup_live_case_uuid (BwCaseStore  *self,
                gint64        case_id,
                GError      **error)
{
  g_autoptr(BwDbStatement) stmt = bw_db_prepare (bw_case_store_conn (self), "SELECT uuid FROM cases WHERE id = ? AND deleted = 0",
                                                 error);
  char *uuid = NULL;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, case_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    uuid = g_strdup (bw_sqlite_column_text (stmt, 0));
  if (uuid == NULL)
    g_set_error (error, BW_STORE_ERROR, BW_STORE_ERROR_NOT_FOUND,
                 _("This case does not exist (any more)"));
  return uuid;
}

gint64
bw_case_store_insert_child (BwCaseStore  *self,
                            BwRecord     *record,
                            const char   *case_uuid,
                            GError      **error)
{
  g_autofree char *uuid = g_uuid_string_random ();
  g_autofree char *now = bw_date_now_utc ();
  g_autoptr(BwDbStatement) stmt = NULL;
  gint64 id;

  stmt = bw_db_prepare (bw_case_store_conn (self), bw_record_sql_insert (bw_record_get_record_type (record)), error);
  if (stmt == NULL)
    return 0;
  bw_sqlite_bind_text (stmt, 1, uuid);
  bw_sqlite_bind_text (stmt, 2, now);
  bw_sqlite_bind_text (stmt, 3, bw_case_store_get_author (self));
  bw_sqlite_bind_text (stmt, 4, case_uuid);
  bw_record_sql_bind_fields (record, stmt);
  if (!bw_db_step_done (bw_case_store_conn (self), stmt, error))
    return 0;
  id = sqlite3_last_insert_rowid (bw_db_get_handle (bw_case_store_conn (self)));
  bw_record_set_id (record, id);
  bw_record_set_uuid (record, uuid);
  bw_record_set_revision (record, 1);
  bw_record_set_created_at (record, now);
  bw_record_set_created_by (record, bw_case_store_get_author (self));
  bw_record_set_updated_at (record, now);
  bw_record_set_updated_by (record, bw_case_store_get_author (self));
  return id;
}

/* Adds @record under the live case @case_id in one transaction. */
static gint64
add_child (BwCaseStore  *self,
           gint64        case_id,
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
  if (!bw_case_store_commit (self, error))
    return 0;
  return id;
}

/* The live records of @type under case @case_id in @order: a row is the
 * bookkeeping and the fields in table order (child_from_row() reads it).
 * Interned, so the text is built once per list. */
static const char *
child_rows_sql (BwRecordType  type,
                const char   *order)
{
  g_autofree char *sql = g_strdup_printf ("SELECT " BW_RECORD_SQL_BOOKKEEPING ", %s FROM %s r"
                                          " WHERE r.case_id = ? AND r.deleted = 0 ORDER BY %s",
                                          bw_record_sql_columns (type), bw_record_spec (type)->table,
                                          order);

  return g_intern_string (sql);
}

static GListModel *
list_children (BwCaseStore  *self,
               BwRecordType  type,
               GType         gtype,
               gint64        case_id,
               const char   *order)
{
  GListStore *list = g_list_store_new (gtype);
  sqlite3_stmt *stmt = bw_db_prepare (bw_case_store_conn (self), child_rows_sql (type, order), NULL);

  if (stmt == NULL)
    return G_LIST_MODEL (list);
  sqlite3_bind_int64 (stmt, 1, case_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autoptr(BwRecord) record = g_object_new (gtype, NULL);

      bw_record_sql_read_bookkeeping (record, stmt);
      bw_record_sql_read_fields (record, stmt, BW_RECORD_SQL_N_BOOKKEEPING);
      g_list_store_append (list, record);
    }
  sqlite3_reset (stmt);
  return G_LIST_MODEL (list);
}

GListModel *
bw_case_store_list_records (BwCaseStore  *self,
                            BwRecordType  type,
                            gint64        case_id)
{
  const BwRecordSpec *spec = bw_record_spec (type);

  g_return_val_if_fail (BW_IS_CASE_STORE (self), NULL);
  g_return_val_if_fail (spec->parent == BW_PARENT_CASE_ID && spec->get_type != NULL, NULL);

  return list_children (self, type, spec->get_type (), case_id, "r.id");
}

GListModel *
bw_case_store_list_journal (BwCaseStore *self,
                            gint64       case_id)
{
  return list_children (self, BW_RECORD_TYPE_JOURNAL, BW_TYPE_JOURNAL_ENTRY, case_id,
                        "r.date DESC, r.id DESC");
}

gint64
bw_case_store_add_journal (BwCaseStore  *self,
                           gint64        case_id,
                           const char   *date,
                           const char   *text,
                           GError      **error)
{
  return bw_case_store_add_contact (self, case_id, date, text, BW_CONTACT_TYPE_NONE, 0, NULL, error);
}

gint64
bw_case_store_add_contact (BwCaseStore    *self,
                           gint64          case_id,
                           const char     *date,
                           const char     *text,
                           BwContactType   type,
                           int             minutes,
                           const char     *with,
                           GError        **error)
{
  g_autofree char *iso = NULL;
  g_autofree char *clean = NULL;
  g_autofree char *with_clean = NULL;
  g_autoptr(BwJournalEntry) entry = NULL;

  g_return_val_if_fail (BW_IS_CASE_STORE (self), 0);

  if (!bw_validate_required_text (text, BW_VALIDATION_ERROR_TEXT,
                                  _("Write what was discussed before adding the note"), error))
    return 0;
  if ((int) type < 0 || type >= BW_CONTACT_TYPE_N)
    type = BW_CONTACT_TYPE_NONE;
  if (minutes < 0 || minutes > 24 * 60)
    {
      g_set_error_literal (error, BW_VALIDATION_ERROR, BW_VALIDATION_ERROR_DURATION,
                           _("A contact lasts between 0 and 1440 minutes (a day)"));
      return 0;
    }
  /* With whom is a name or two: no spaces around it. */
  with_clean = with ? g_strstrip (bw_text_normalise (with)) : NULL;
  if (!bw_validate_text_length ("journal", "contact_with", with_clean, BW_VALIDATION_ERROR_CONTACT_WITH, error))
    return 0;
  clean = bw_text_normalise (text);
  if (!bw_validate_text_length ("journal", "text", clean, BW_VALIDATION_ERROR_TEXT, error))
    return 0;
  text = clean;
  iso = date ? bw_validate_date (date, BW_VALIDATION_ERROR_DATE, error) : bw_date_today ();
  if (iso == NULL)
    return 0;
  {
    g_autofree char *today = bw_date_today ();

    if (!bw_validate_contact_date (iso, today, error))
      return 0;
  }

  entry = g_object_new (BW_TYPE_JOURNAL_ENTRY, NULL);
  bw_record_set_text (BW_RECORD (entry), "date", iso);
  bw_record_set_text (BW_RECORD (entry), "author", bw_case_store_get_author (self));
  bw_record_set_text (BW_RECORD (entry), "text", text);
  bw_record_set_enum (BW_RECORD (entry), "contact_type", type);
  bw_record_set_int (BW_RECORD (entry), "duration_minutes", minutes);
  bw_record_set_text (BW_RECORD (entry), "contact_with", with_clean && *with_clean ? with_clean : NULL);
  return add_child (self, case_id, BW_RECORD (entry), error);
}

GListModel *
bw_case_store_list_actions (BwCaseStore *self,
                            gint64       case_id)
{
  return list_children (self, BW_RECORD_TYPE_ACTION, BW_TYPE_CASE_ACTION, case_id,
                        "r.done, r.due_date IS NULL, r.due_date, r.id");
}

gint64
bw_case_store_add_action (BwCaseStore  *self,
                          gint64        case_id,
                          const char   *what,
                          const char   *owner,
                          const char   *due_date,
                          GError      **error)
{
  return bw_case_store_add_assigned_action (self, case_id, what, 0, owner, due_date, error);
}

gint64
bw_case_store_add_assigned_action (BwCaseStore  *self,
                                   gint64        case_id,
                                   const char   *what,
                                   gint64        assignee,
                                   const char   *owner,
                                   const char   *due_date,
                                   GError      **error)
{
  g_autofree char *iso = NULL;
  g_autoptr(BwCaseAction) action = NULL;

  g_return_val_if_fail (BW_IS_CASE_STORE (self), 0);

  if (!bw_validate_required_text (what, BW_VALIDATION_ERROR_TEXT,
                                  _("Describe the action"), error))
    return 0;
  if (due_date != NULL && *due_date != '\0')
    {
      iso = bw_validate_date (due_date, BW_VALIDATION_ERROR_DATE, error);
      if (iso == NULL)
        return 0;
    }

  action = g_object_new (BW_TYPE_CASE_ACTION, NULL);
  bw_record_set_text (BW_RECORD (action), "what", what);
  /* A worker does it, or someone outside the system named in words. */
  if (assignee > 0)
    bw_record_set_int (BW_RECORD (action), "assignee", assignee);
  else
    bw_record_set_text (BW_RECORD (action), "owner", owner && *owner ? owner : NULL);
  bw_record_set_text (BW_RECORD (action), "due_date", iso);
  return add_child (self, case_id, BW_RECORD (action), error);
}

gboolean
bw_case_store_change_child (BwCaseStore          *self,
                            const BwChildChange  *change,
                            gint64                id,
                            gconstpointer         data,
                            GError              **error)
{
  g_autofree char *find_sql = g_strdup_printf ("SELECT case_id%s%s FROM %s WHERE id = ?1 AND deleted = 0",
                                               change->extra ? ", " : "", change->extra ? change->extra : "",
                                               change->table);
  g_autofree char *update_sql = g_strdup_printf ("UPDATE %s SET %s, revision = revision + 1,"
                                                 " updated_at = ?2, updated_by = ?3 WHERE id = ?1%s%s%s",
                                                 change->table, change->assign,
                                                 change->unchanged_if ? " AND NOT (" : "",
                                                 change->unchanged_if ? change->unchanged_if : "",
                                                 change->unchanged_if ? ")" : "");
  g_autofree char *now = bw_date_now_utc ();
  g_autoptr(BwDbStatement) find = NULL;
  g_autoptr(BwDbStatement) update = NULL;
  gint64 case_id = 0;

  g_return_val_if_fail (BW_IS_CASE_STORE (self), FALSE);

  if (!bw_case_store_begin (self, error))
    return FALSE;
  find = bw_db_prepare (bw_case_store_conn (self), find_sql, error);
  if (find == NULL)
    goto fail;
  sqlite3_bind_int64 (find, 1, id);
  if (sqlite3_step (find) == SQLITE_ROW)
    {
      case_id = sqlite3_column_int64 (find, 0);
      if (change->check != NULL && !change->check (find, error))
        goto fail;
    }
  g_clear_pointer (&find, bw_db_statement_release);
  if (case_id == 0)
    {
      g_set_error_literal (error, BW_STORE_ERROR, BW_STORE_ERROR_NOT_FOUND, change->not_found);
      goto fail;
    }

  update = bw_db_prepare (bw_case_store_conn (self), update_sql, error);
  if (update == NULL)
    goto fail;
  sqlite3_bind_int64 (update, 1, id);
  bw_sqlite_bind_text (update, 2, now);
  bw_sqlite_bind_text (update, 3, bw_case_store_get_author (self));
  if (change->bind != NULL)
    change->bind (update, data);
  if (!bw_db_step_done (bw_case_store_conn (self), update, error))
    goto fail;
  bw_case_store_note_change (self, case_id);
  return bw_case_store_commit (self, error);

fail:
  bw_case_store_rollback (self);
  return FALSE;
}

void
bw_case_store_bind_flag (sqlite3_stmt  *stmt,
                         gconstpointer  data)
{
  sqlite3_bind_int (stmt, 4, GPOINTER_TO_INT (data) ? 1 : 0);
}

/* The flag into ?4 and today into ?5, for the day an action was done. */
static void
bind_done (sqlite3_stmt  *stmt,
           gconstpointer  data)
{
  g_autofree char *today = bw_date_today ();

  bw_case_store_bind_flag (stmt, data);
  bw_sqlite_bind_text (stmt, 5, today);
}

gboolean
bw_case_store_set_action_done (BwCaseStore  *self,
                               gint64        action_id,
                               gboolean      done,
                               GError      **error)
{
  /* Done keeps the day it was first done; undone has none. Marking it
   * as it already is changes nothing. */
  const BwChildChange change = {
    .table = "actions",
    .assign = "done = ?4, done_on = CASE WHEN ?4 THEN coalesce (done_on, ?5) END",
    .bind = bind_done, .unchanged_if = "done = ?4",
    .not_found = _("This action does not exist (any more)"),
  };

  return bw_case_store_change_child (self, &change, action_id, GINT_TO_POINTER (done), error);
}

gboolean
bw_case_store_remove_involvement (BwCaseStore  *self,
                                  gint64        involvement_id,
                                  GError      **error)
{
  /* A soft delete, so that sync can tell the other desktops. */
  const BwChildChange change = {
    .table = "involvements", .assign = "deleted = 1",
    .not_found = _("This organisation is no longer involved"),
  };

  return bw_case_store_change_child (self, &change, involvement_id, NULL, error);
}

GListModel *
bw_case_store_list_assessments (BwCaseStore *self,
                                gint64       case_id)
{
  return list_children (self, BW_RECORD_TYPE_ASSESSMENT, BW_TYPE_ASSESSMENT, case_id,
                        "r.date, r.id");
}

gint64
bw_case_store_add_assessment (BwCaseStore  *self,
                              gint64        case_id,
                              const char   *date,
                              const int     scores[BW_DOMAIN_N],
                              GError      **error)
{
  g_autofree char *iso = NULL;
  g_autoptr(BwAssessment) assessment = NULL;

  g_return_val_if_fail (BW_IS_CASE_STORE (self), 0);

  iso = date ? bw_validate_date (date, BW_VALIDATION_ERROR_DATE, error) : bw_date_today ();
  if (iso == NULL)
    return 0;
  assessment = g_object_new (BW_TYPE_ASSESSMENT, NULL);
  bw_record_set_text (BW_RECORD (assessment), "date", iso);
  for (int d = 0; d < BW_DOMAIN_N; d++)
    bw_assessment_set_score (assessment, d, scores[d]);
  return bw_case_store_add_measurement (self, case_id, assessment, error);
}

gint64
bw_case_store_add_measurement (BwCaseStore   *self,
                               gint64         case_id,
                               BwAssessment  *measurement,
                               GError       **error)
{
  g_autofree char *today = bw_date_today ();

  g_return_val_if_fail (BW_IS_CASE_STORE (self), 0);
  g_return_val_if_fail (BW_IS_ASSESSMENT (measurement), 0);

  if (!bw_validate_measurement (measurement, today, error))
    return 0;
  bw_record_set_text (BW_RECORD (measurement), "author", bw_case_store_get_author (self));
  return add_child (self, case_id, BW_RECORD (measurement), error);
}

GListModel *
bw_case_store_list_track_history (BwCaseStore *self,
                                  gint64       case_id)
{
  return list_children (self, BW_RECORD_TYPE_TRACK_CHANGE, BW_TYPE_TRACK_CHANGE, case_id,
                        "r.date, r.id");
}

GListModel *
bw_case_store_list_involvements (BwCaseStore *self,
                                 gint64       case_id)
{
  return list_children (self, BW_RECORD_TYPE_INVOLVEMENT, BW_TYPE_INVOLVEMENT, case_id,
                        "r.organisation COLLATE NOCASE");
}

gint64
bw_case_store_add_involvement (BwCaseStore  *self,
                               gint64        case_id,
                               const char   *organisation,
                               const char   *contact,
                               const char   *role,
                               GError      **error)
{
  g_autoptr(BwInvolvement) involvement = NULL;

  g_return_val_if_fail (BW_IS_CASE_STORE (self), 0);

  if (!bw_validate_required_text (organisation, BW_VALIDATION_ERROR_ORGANISATION,
                                  _("Enter the organisation’s name"), error))
    return 0;

  involvement = g_object_new (BW_TYPE_INVOLVEMENT, NULL);
  bw_record_set_text (BW_RECORD (involvement), "organisation", organisation);
  bw_record_set_text (BW_RECORD (involvement), "contact", contact && *contact ? contact : NULL);
  bw_record_set_text (BW_RECORD (involvement), "role", role && *role ? role : NULL);
  return add_child (self, case_id, BW_RECORD (involvement), error);
}
