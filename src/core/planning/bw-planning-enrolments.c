/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-planning"
#include "config.h"

#include <glib/gi18n-lib.h>

#include "bw-date.h"
#include "bw-planning-private.h"
#include "bw-record-json.h"
#include "bw-record-sql.h"
#include "bw-sqlite.h"

/* Enrolments */

BwEnrolment *
bw_planning_enrolment_from_row (sqlite3_stmt *stmt)
{
  BwEnrolment *e = bw_enrolment_new ();

  bw_enrolment_set_id (e, sqlite3_column_int64 (stmt, 0));
  bw_enrolment_set_uuid (e, bw_sqlite_column_text (stmt, 1));
  bw_enrolment_set_revision (e, sqlite3_column_int64 (stmt, 2));
  bw_enrolment_set_offer_uuid (e, bw_sqlite_column_text (stmt, 3));
  /* BW_PLANNING_ENROLMENT_COLUMNS has the fields in table order. */
  bw_record_sql_read_fields (BW_RECORD (e), stmt, 4);
  bw_enrolment_set_offer_title (e, bw_sqlite_column_text (stmt, 14));
  bw_enrolment_set_waiting_position (e, sqlite3_column_int (stmt, 15));
  return e;
}

BwEnrolment *
bw_planning_get_enrolment (BwPlanning  *self,
                           const char  *uuid,
                           GError     **error)
{
  sqlite3_stmt *stmt;
  BwEnrolment *e = NULL;

  g_return_val_if_fail (BW_IS_PLANNING (self), NULL);

  stmt = bw_db_prepare (bw_planning_db (self), "SELECT " BW_PLANNING_ENROLMENT_COLUMNS " FROM enrolments e"
                                               " LEFT JOIN offers o ON o.uuid = e.offer_uuid WHERE e.uuid = ?1 AND e.deleted = 0",
                        error);
  if (stmt == NULL)
    return NULL;
  bw_sqlite_bind_text (stmt, 1, uuid);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    e = bw_planning_enrolment_from_row (stmt);
  sqlite3_reset (stmt);
  if (e == NULL)
    bw_planning_refuse (error, BW_PLANNING_ERROR_NOT_FOUND, _("The enrolment no longer exists"));
  return e;
}

char *
bw_planning_journal_uuid (const char *enrolment_uuid,
                          const char *status_key)
{
  g_autofree char *name = g_strconcat ("buurtwerk:enrolment-journal:", enrolment_uuid, ":",
                                       status_key, NULL);

  return bw_record_name_uuid (name);
}

static char *
status_note_text (const char *status,
                  const char *previous,
                  const char *title,
                  const char *outcome)
{
  switch (bw_enrolment_status_from_key (status))
    {
    case BW_ENROLMENT_STATUS_REFERRED:
      return g_strdup_printf (_("Referred to the training “%s”"), title);
    case BW_ENROLMENT_STATUS_PLACED:
      if (g_strcmp0 (previous, "waiting") == 0)
        return g_strdup_printf (_("Moved up from the waiting list: placed in the training “%s”"), title);
      return g_strdup_printf (_("Placed in the training “%s”"), title);
    case BW_ENROLMENT_STATUS_WAITING:
      return g_strdup_printf (_("On the waiting list of the training “%s”"), title);
    case BW_ENROLMENT_STATUS_STARTED:
      return g_strdup_printf (_("Started the training “%s”"), title);
    case BW_ENROLMENT_STATUS_COMPLETED:
      if (outcome != NULL)
        /* TRANSLATORS: a course title, then what came of it */
        return g_strdup_printf (_("Completed the training “%s”: %s"), title, outcome);
      return g_strdup_printf (_("Completed the training “%s”"), title);
    case BW_ENROLMENT_STATUS_DROPPED_OUT:
    case BW_ENROLMENT_STATUS_N:
    default:
      if (outcome != NULL)
        /* TRANSLATORS: a course title, then why the resident stopped */
        return g_strdup_printf (_("Dropped out of the training “%s”: %s"), title, outcome);
      return g_strdup_printf (_("Dropped out of the training “%s”"), title);
    }
}

gboolean
bw_planning_note_status_change (BwDb        *db,
                                const char  *enrolment_uuid,
                                const char  *previous_status,
                                const char  *author,
                                gint64      *case_id,
                                GError     **error)
{
  g_autoptr(BwDbStatement) stmt = NULL;
  g_autofree char *status = NULL;
  g_autofree char *case_uuid = NULL;
  g_autofree char *date = NULL;
  g_autofree char *title = NULL;
  g_autofree char *outcome = NULL;
  g_autofree char *uuid = NULL;
  g_autofree char *text = NULL;
  g_autofree char *now = bw_date_now_utc ();
  gboolean deleted = TRUE;

  *case_id = 0;
  stmt = bw_db_prepare (db, "SELECT e.status, e.case_uuid, e.status_date, o.title, e.outcome, e.deleted"
                           " FROM enrolments e LEFT JOIN offers o ON o.uuid = e.offer_uuid"
                           " WHERE e.uuid = ?1", error);
  if (stmt == NULL)
    return FALSE;
  bw_sqlite_bind_text (stmt, 1, enrolment_uuid);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      status = g_strdup (bw_sqlite_column_text (stmt, 0));
      case_uuid = g_strdup (bw_sqlite_column_text (stmt, 1));
      date = g_strdup (bw_sqlite_column_text (stmt, 2));
      title = g_strdup (bw_sqlite_column_text (stmt, 3));
      outcome = g_strdup (bw_sqlite_column_text (stmt, 4));
      deleted = sqlite3_column_int (stmt, 5) != 0;
    }
  g_clear_pointer (&stmt, bw_db_statement_release);
  if (deleted || case_uuid == NULL || status == NULL || g_strcmp0 (status, previous_status) == 0)
    return TRUE;

  uuid = bw_planning_journal_uuid (enrolment_uuid, status);
  text = status_note_text (status, previous_status, title ? title : "", outcome);
  if (date == NULL)
    date = bw_date_today ();
  stmt = bw_db_prepare (db, "INSERT INTO journal (uuid, case_id, created_at, created_by, updated_at,"
                           " updated_by, date, author, text)"
                           " SELECT ?1, c.id, ?2, ?3, ?2, ?3, ?4, ?3, ?5 FROM cases c"
                           " WHERE c.uuid = ?6 AND c.deleted = 0"
                           " ON CONFLICT (uuid) DO NOTHING", error);
  if (stmt == NULL)
    return FALSE;
  bw_sqlite_bind_text (stmt, 1, uuid);
  bw_sqlite_bind_text (stmt, 2, now);
  bw_sqlite_bind_text (stmt, 3, author);
  bw_sqlite_bind_text (stmt, 4, date);
  bw_sqlite_bind_text (stmt, 5, text);
  bw_sqlite_bind_text (stmt, 6, case_uuid);
  if (!bw_db_step_done (db, stmt, error))
    return FALSE;
  if (sqlite3_changes (bw_db_get_handle (db)) == 1)
    {
      stmt = bw_db_prepare (db, "SELECT id FROM cases WHERE uuid = ?1", error);
      if (stmt == NULL)
        return FALSE;
      bw_sqlite_bind_text (stmt, 1, case_uuid);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        *case_id = sqlite3_column_int64 (stmt, 0);
    }
  return TRUE;
}

/* Sets the status of one enrolment and notes it in the case's journal. */
static gboolean
change_status (BwPlanning  *self,
               const char  *uuid,
               const char  *previous,
               const char  *status,
               const char  *outcome,
               gboolean     set_outcome,
               GArray      *noted_cases,
               GError     **error)
{
  g_autofree char *now = bw_date_now_utc ();
  g_autofree char *today = bw_date_today ();
  const char *author = bw_case_store_get_author (self->store);
  sqlite3_stmt *stmt;
  gint64 case_id = 0;

  stmt = bw_db_prepare (bw_planning_db (self), "UPDATE enrolments SET revision = revision + 1, updated_at = ?2, updated_by = ?3,"
                                               " status = ?4, status_date = ?5, outcome = CASE WHEN ?7 THEN ?6 ELSE outcome END"
                                               " WHERE uuid = ?1 AND deleted = 0", error);
  if (stmt == NULL)
    return FALSE;
  bw_sqlite_bind_text (stmt, 1, uuid);
  bw_sqlite_bind_text (stmt, 2, now);
  bw_sqlite_bind_text (stmt, 3, author);
  bw_sqlite_bind_text (stmt, 4, status);
  bw_sqlite_bind_text (stmt, 5, today);
  bw_sqlite_bind_text (stmt, 6, outcome);
  sqlite3_bind_int (stmt, 7, set_outcome);
  if (!bw_db_step_done (bw_planning_db (self), stmt, error))
    return FALSE;
  if (!bw_planning_note_status_change (bw_planning_db (self), uuid, previous, author, &case_id, error))
    return FALSE;
  if (case_id != 0)
    g_array_append_val (noted_cases, case_id);
  return TRUE;
}

gboolean
bw_planning_promote_waiting (BwPlanning  *self,
                             const char  *offer_uuid,
                             GArray      *noted_cases,
                             GError     **error)
{
  sqlite3_stmt *stmt;
  gint64 capacity = 0;
  g_autofree char *status = NULL;
  g_autoptr(GPtrArray) next = g_ptr_array_new_with_free_func (g_free);
  gint64 free_places;
  int rc;

  stmt = bw_db_prepare (bw_planning_db (self), "SELECT capacity, status FROM offers WHERE uuid = ?1 AND deleted = 0", error);
  if (stmt == NULL)
    return FALSE;
  bw_sqlite_bind_text (stmt, 1, offer_uuid);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      capacity = sqlite3_column_int64 (stmt, 0);
      status = g_strdup (bw_sqlite_column_text (stmt, 1));
    }
  sqlite3_reset (stmt);
  if (status == NULL || g_str_equal (status, "cancelled") || g_str_equal (status, "completed"))
    return TRUE;

  free_places = capacity - bw_planning_count_occupying (self, offer_uuid);
  if (free_places <= 0)
    return TRUE;
  stmt = bw_db_prepare (bw_planning_db (self), "SELECT uuid FROM enrolments WHERE offer_uuid = ?1 AND deleted = 0"
                                               " AND status = 'waiting' ORDER BY referred_at, id LIMIT ?2", error);
  if (stmt == NULL)
    return FALSE;
  bw_sqlite_bind_text (stmt, 1, offer_uuid);
  sqlite3_bind_int64 (stmt, 2, free_places);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (next, g_strdup (bw_sqlite_column_text (stmt, 0)));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return bw_db_set_error_from_handle (bw_planning_handle (self), 0, error);

  for (guint i = 0; i < next->len; i++)
    if (!change_status (self, g_ptr_array_index (next, i), "waiting", "placed", NULL, FALSE,
                        noted_cases, error))
      return FALSE;
  return TRUE;
}

/* Reads the offer's status and the enrolment's current status and offer. */
static gboolean
load_enrolment_state (BwPlanning  *self,
                      const char  *uuid,
                      char       **offer_uuid,
                      char       **status,
                      GError     **error)
{
  sqlite3_stmt *stmt = bw_db_prepare (bw_planning_db (self), "SELECT offer_uuid, status FROM enrolments"
                                                             " WHERE uuid = ?1 AND deleted = 0", error);
  gboolean found = FALSE;

  if (stmt == NULL)
    return FALSE;
  bw_sqlite_bind_text (stmt, 1, uuid);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      *offer_uuid = g_strdup (bw_sqlite_column_text (stmt, 0));
      *status = g_strdup (bw_sqlite_column_text (stmt, 1));
      found = TRUE;
    }
  sqlite3_reset (stmt);
  if (!found)
    return bw_planning_refuse (error, BW_PLANNING_ERROR_NOT_FOUND, _("The enrolment no longer exists"));
  return TRUE;
}

static gboolean
check_offer_open (BwPlanning  *self,
                  const char  *offer_uuid,
                  GError     **error)
{
  sqlite3_stmt *stmt = bw_db_prepare (bw_planning_db (self), "SELECT status FROM offers WHERE uuid = ?1 AND deleted = 0", error);
  g_autofree char *status = NULL;

  if (stmt == NULL)
    return FALSE;
  bw_sqlite_bind_text (stmt, 1, offer_uuid);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    status = g_strdup (bw_sqlite_column_text (stmt, 0));
  sqlite3_reset (stmt);
  if (status == NULL)
    return bw_planning_refuse (error, BW_PLANNING_ERROR_OFFER, _("The offer no longer exists"));
  if (g_str_equal (status, "cancelled") || g_str_equal (status, "completed"))
    return bw_planning_refuse (error, BW_PLANNING_ERROR_OFFER,
                   _("The offer is cancelled or completed: no one can be referred to it"));
  return TRUE;
}

static gboolean
insert_enrolment (BwPlanning   *self,
                  BwEnrolment  *e,
                  GArray       *noted,
                  GError      **error)
{
  g_autofree char *uuid = g_uuid_string_random ();
  g_autofree char *now = bw_date_now_utc ();
  g_autofree char *today = bw_date_today ();
  g_autofree char *name = g_strstrip (g_strdup (bw_enrolment_get_name (e) ? bw_enrolment_get_name (e) : ""));
  g_autoptr(BwEnrolment) stored = NULL;
  const char *author = bw_case_store_get_author (self->store);
  sqlite3_stmt *stmt;
  gint64 case_id = 0;

  if (*name == '\0')
    return bw_planning_refuse (error, BW_PLANNING_ERROR_NAME, _("Write the name of the participant"));
  if (!check_offer_open (self, bw_enrolment_get_offer_uuid (e), error))
    return FALSE;

  /* Every enrolment starts as referred, today, without an outcome. */
  bw_enrolment_set_status (e, BW_ENROLMENT_STATUS_REFERRED);
  bw_enrolment_set_referred_at (e, now);
  bw_enrolment_set_status_date (e, today);
  stored = bw_enrolment_copy (e);
  bw_enrolment_set_name (stored, name);
  bw_enrolment_set_outcome (stored, NULL);

  stmt = bw_db_prepare (bw_planning_db (self), bw_record_sql_insert (BW_RECORD_TYPE_ENROLMENT), error);
  if (stmt == NULL)
    return FALSE;
  bw_sqlite_bind_text (stmt, 1, uuid);
  bw_sqlite_bind_text (stmt, 2, now);
  bw_sqlite_bind_text (stmt, 3, author);
  bw_sqlite_bind_text (stmt, 4, bw_enrolment_get_offer_uuid (e));
  bw_record_sql_bind_fields (BW_RECORD (stored), stmt);
  if (!bw_db_step_done (bw_planning_db (self), stmt, error))
    return FALSE;
  bw_enrolment_set_id (e, sqlite3_last_insert_rowid (bw_planning_handle (self)));
  bw_enrolment_set_uuid (e, uuid);
  bw_enrolment_set_revision (e, 1);
  if (!bw_planning_note_status_change (bw_planning_db (self), uuid, NULL, author, &case_id, error))
    return FALSE;
  if (case_id != 0)
    g_array_append_val (noted, case_id);
  return TRUE;
}

gboolean
bw_planning_add_enrolment (BwPlanning   *self,
                           BwEnrolment  *enrolment,
                           GError      **error)
{
  g_autoptr(GArray) noted = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_return_val_if_fail (BW_IS_PLANNING (self), FALSE);
  g_return_val_if_fail (BW_IS_ENROLMENT (enrolment), FALSE);

  if (!bw_planning_begin (self, error))
    return FALSE;
  if (!insert_enrolment (self, enrolment, noted, error))
    return bw_planning_rollback (self);
  return bw_planning_commit (self, noted, error);
}

BwEnrolment *
bw_planning_refer_case (BwPlanning  *self,
                        const char  *offer_uuid,
                        gint64       case_id,
                        GError     **error)
{
  g_autoptr(BwCase) record = NULL;
  g_autoptr(BwEnrolment) e = NULL;
  g_autoptr(GArray) noted = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;
  gboolean already = FALSE;

  g_return_val_if_fail (BW_IS_PLANNING (self), NULL);

  record = bw_case_store_get_case (self->store, case_id, &local_error);
  if (record == NULL)
    {
      bw_planning_refuse (error, BW_PLANNING_ERROR_CASE, _("The case no longer exists"));
      return NULL;
    }
  if (!bw_planning_begin (self, error))
    return NULL;
  stmt = bw_db_prepare (bw_planning_db (self), "SELECT 1 FROM enrolments WHERE offer_uuid = ?1 AND case_uuid = ?2"
                                               " AND deleted = 0 AND status <> 'dropped_out'", error);
  if (stmt == NULL)
    {
      bw_case_store_rollback (self->store);
      return NULL;
    }
  bw_sqlite_bind_text (stmt, 1, offer_uuid);
  bw_sqlite_bind_text (stmt, 2, bw_case_get_uuid (record));
  already = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_reset (stmt);
  if (already)
    {
      bw_planning_refuse (error, BW_PLANNING_ERROR_CASE, _("This resident is already referred to this offer"));
      bw_case_store_rollback (self->store);
      return NULL;
    }

  /* Only what a trainer needs: never the debts, the journal or the rest. */
  e = bw_enrolment_new ();
  bw_enrolment_set_offer_uuid (e, offer_uuid);
  bw_enrolment_set_case_uuid (e, bw_case_get_uuid (record));
  bw_enrolment_set_name (e, bw_case_get_name (record));
  bw_enrolment_set_phone (e, bw_case_get_phone (record));
  bw_enrolment_set_email (e, bw_case_get_email (record));
  bw_enrolment_set_buurt_code (e, bw_case_get_buurt_code (record));
  bw_enrolment_set_language_need (e, bw_case_get_language_need (record));
  if (!insert_enrolment (self, e, noted, error))
    {
      bw_case_store_rollback (self->store);
      return NULL;
    }
  if (!bw_planning_commit (self, noted, error))
    return NULL;
  return g_steal_pointer (&e);
}

gboolean
bw_planning_place (BwPlanning  *self,
                   const char  *enrolment_uuid,
                   GError     **error)
{
  g_autofree char *offer_uuid = NULL;
  g_autofree char *status = NULL;
  g_autoptr(BwOffer) offer = NULL;
  g_autoptr(GArray) noted = g_array_new (FALSE, FALSE, sizeof (gint64));
  const char *next;

  g_return_val_if_fail (BW_IS_PLANNING (self), FALSE);

  if (!bw_planning_begin (self, error))
    return FALSE;
  if (!load_enrolment_state (self, enrolment_uuid, &offer_uuid, &status, error) ||
      !check_offer_open (self, offer_uuid, error))
    return bw_planning_rollback (self);
  if (!g_str_equal (status, "referred") && !g_str_equal (status, "waiting"))
    {
      bw_planning_refuse (error, BW_PLANNING_ERROR_STATUS, _("Only a referred or waiting resident can be placed"));
      return bw_planning_rollback (self);
    }
  offer = bw_planning_get_offer (self, offer_uuid, error);
  if (offer == NULL)
    return bw_planning_rollback (self);
  if (bw_planning_count_occupying (self, offer_uuid) < bw_offer_get_capacity (offer))
    next = "placed";
  else
    next = "waiting";
  if (!g_str_equal (next, status) &&
      !change_status (self, enrolment_uuid, status, next, NULL, FALSE, noted, error))
    return bw_planning_rollback (self);
  return bw_planning_commit (self, noted, error);
}

gboolean
bw_planning_set_enrolment_status (BwPlanning         *self,
                                  const char         *enrolment_uuid,
                                  BwEnrolmentStatus   status,
                                  const char         *outcome,
                                  GError            **error)
{
  g_autofree char *offer_uuid = NULL;
  g_autofree char *previous = NULL;
  g_autofree char *trimmed = g_strstrip (g_strdup (outcome ? outcome : ""));
  g_autoptr(GArray) noted = g_array_new (FALSE, FALSE, sizeof (gint64));
  const char *key;

  g_return_val_if_fail (BW_IS_PLANNING (self), FALSE);

  if ((int) status < 0 || status >= BW_ENROLMENT_STATUS_N)
    return bw_planning_refuse (error, BW_PLANNING_ERROR_STATUS, _("Choose the status of the enrolment"));
  if (status == BW_ENROLMENT_STATUS_PLACED)
    return bw_planning_place (self, enrolment_uuid, error);
  /* What came of it when completed; why, when dropped out. */
  if (status != BW_ENROLMENT_STATUS_COMPLETED && status != BW_ENROLMENT_STATUS_DROPPED_OUT && *trimmed != '\0')
    return bw_planning_refuse (error, BW_PLANNING_ERROR_OUTCOME,
                               _("An outcome is written when the training is completed or dropped out of"));
  key = bw_enrolment_status_to_key (status);

  if (!bw_planning_begin (self, error))
    return FALSE;
  if (!load_enrolment_state (self, enrolment_uuid, &offer_uuid, &previous, error))
    return bw_planning_rollback (self);
  if (!g_str_equal (previous, key) &&
      (!change_status (self, enrolment_uuid, previous, key, *trimmed ? trimmed : NULL,
                       status == BW_ENROLMENT_STATUS_COMPLETED || status == BW_ENROLMENT_STATUS_DROPPED_OUT,
                       noted, error) ||
       !bw_planning_promote_waiting (self, offer_uuid, noted, error)))
    return bw_planning_rollback (self);
  return bw_planning_commit (self, noted, error);
}

gboolean
bw_planning_remove_enrolment (BwPlanning  *self,
                              const char  *enrolment_uuid,
                              GError     **error)
{
  g_autofree char *offer_uuid = NULL;
  g_autofree char *previous = NULL;
  g_autoptr(GArray) noted = g_array_new (FALSE, FALSE, sizeof (gint64));
  gboolean deleted;

  g_return_val_if_fail (BW_IS_PLANNING (self), FALSE);

  if (!bw_planning_begin (self, error))
    return FALSE;
  if (!load_enrolment_state (self, enrolment_uuid, &offer_uuid, &previous, error) ||
      !bw_planning_delete_record (self, BW_RECORD_TYPE_ENROLMENT, enrolment_uuid, &deleted, error) ||
      !bw_planning_promote_waiting (self, offer_uuid, noted, error))
    return bw_planning_rollback (self);
  return bw_planning_commit (self, noted, error);
}

/* Attendance */

gboolean
bw_planning_set_attendance (BwPlanning          *self,
                            const char          *session_uuid,
                            const char          *enrolment_uuid,
                            BwAttendanceStatus   status,
                            GError             **error)
{
  g_autofree char *uuid = NULL;
  g_autofree char *now = bw_date_now_utc ();
  sqlite3_stmt *stmt;
  g_autofree char *offer_uuid = NULL;

  g_return_val_if_fail (BW_IS_PLANNING (self), FALSE);

  if ((int) status < 0 || status >= BW_ATTENDANCE_N)
    return bw_planning_refuse (error, BW_PLANNING_ERROR_STATUS, _("Choose present, absent or excused"));
  if (!bw_planning_begin (self, error))
    return FALSE;
  stmt = bw_db_prepare (bw_planning_db (self), "SELECT s.offer_uuid FROM sessions s JOIN enrolments e ON e.offer_uuid = s.offer_uuid"
                                               " WHERE s.uuid = ?1 AND e.uuid = ?2 AND s.deleted = 0 AND e.deleted = 0", error);
  if (stmt == NULL)
    return bw_planning_rollback (self);
  bw_sqlite_bind_text (stmt, 1, session_uuid);
  bw_sqlite_bind_text (stmt, 2, enrolment_uuid);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    offer_uuid = g_strdup (bw_sqlite_column_text (stmt, 0));
  sqlite3_reset (stmt);
  if (offer_uuid == NULL)
    {
      bw_planning_refuse (error, BW_PLANNING_ERROR_NOT_FOUND, _("The session or the enrolment no longer exists"));
      return bw_planning_rollback (self);
    }
  uuid = bw_attendance_make_uuid (session_uuid, enrolment_uuid);
  stmt = bw_db_prepare (bw_planning_db (self), "INSERT INTO attendance (uuid, created_at, created_by, updated_at, updated_by,"
                                               " offer_uuid, session_uuid, enrolment_uuid, status)"
                                               " VALUES (?1, ?2, ?3, ?2, ?3, ?4, ?5, ?6, ?7)"
                                               " ON CONFLICT (uuid) DO UPDATE SET revision = revision + 1,"
                                               " updated_at = excluded.updated_at, updated_by = excluded.updated_by,"
                                               " deleted = 0, status = excluded.status"
                                               " WHERE status <> excluded.status OR deleted <> 0", error);
  if (stmt == NULL)
    return bw_planning_rollback (self);
  bw_sqlite_bind_text (stmt, 1, uuid);
  bw_sqlite_bind_text (stmt, 2, now);
  bw_sqlite_bind_text (stmt, 3, bw_case_store_get_author (self->store));
  bw_sqlite_bind_text (stmt, 4, offer_uuid);
  bw_sqlite_bind_text (stmt, 5, session_uuid);
  bw_sqlite_bind_text (stmt, 6, enrolment_uuid);
  bw_sqlite_bind_text (stmt, 7, bw_attendance_status_to_key (status));
  if (!bw_db_step_done (bw_planning_db (self), stmt, error))
    return bw_planning_rollback (self);
  return bw_planning_commit (self, NULL, error);
}

gboolean
bw_planning_get_attendance (BwPlanning          *self,
                            const char          *session_uuid,
                            const char          *enrolment_uuid,
                            BwAttendanceStatus  *status)
{
  sqlite3_stmt *stmt;
  gboolean found = FALSE;

  g_return_val_if_fail (BW_IS_PLANNING (self), FALSE);

  stmt = bw_db_prepare (bw_planning_db (self), "SELECT status FROM attendance WHERE session_uuid = ?1 AND enrolment_uuid = ?2"
                                               " AND deleted = 0", NULL);
  if (stmt == NULL)
    return FALSE;
  bw_sqlite_bind_text (stmt, 1, session_uuid);
  bw_sqlite_bind_text (stmt, 2, enrolment_uuid);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      found = TRUE;
      if (status != NULL)
        *status = bw_attendance_status_from_key (bw_sqlite_column_text (stmt, 0));
    }
  sqlite3_reset (stmt);
  return found;
}

