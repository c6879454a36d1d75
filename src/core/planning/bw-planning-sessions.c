/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-planning"
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "bw-date.h"
#include "bw-planning-private.h"
#include "bw-record-json.h"
#include "bw-record-sql.h"
#include "bw-sqlite.h"

#define MAX_RECURRENCE 200

/* Sessions */

BwSession *
bw_planning_session_from_row (sqlite3_stmt *stmt)
{
  BwSession *session = bw_session_new ();

  bw_session_set_id (session, sqlite3_column_int64 (stmt, 0));
  bw_session_set_uuid (session, bw_sqlite_column_text (stmt, 1));
  bw_session_set_revision (session, sqlite3_column_int64 (stmt, 2));
  bw_session_set_offer_uuid (session, bw_sqlite_column_text (stmt, 3));
  /* BW_PLANNING_SESSION_COLUMNS has the fields in table order. */
  bw_record_sql_read_fields (BW_RECORD (session), stmt, 4);
  bw_session_set_offer_title (session, bw_sqlite_column_text (stmt, 10));
  bw_session_set_buurt_code (session, bw_sqlite_column_text (stmt, 11));
  bw_session_set_has_conflict (session, sqlite3_column_int (stmt, 12));
  return session;
}

BwSession *
bw_planning_get_session (BwPlanning  *self,
                         const char  *uuid,
                         GError     **error)
{
  sqlite3_stmt *stmt;
  BwSession *session = NULL;

  g_return_val_if_fail (BW_IS_PLANNING (self), NULL);

  stmt = bw_db_prepare (bw_planning_db (self), "SELECT " BW_PLANNING_SESSION_COLUMNS " FROM sessions s JOIN offers o ON o.uuid = s.offer_uuid"
                                               " WHERE s.uuid = ?1 AND s.deleted = 0", error);
  if (stmt == NULL)
    return NULL;
  bw_sqlite_bind_text (stmt, 1, uuid);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    session = bw_planning_session_from_row (stmt);
  sqlite3_reset (stmt);
  if (session == NULL)
    bw_planning_refuse (error, BW_PLANNING_ERROR_NOT_FOUND, _("The session no longer exists"));
  return session;
}

/* What a session will be stored as: checked, trimmed, the trainer taken
 * from the offer when none is given, the place's name copied; and its
 * offer's period, for the conflicts. */
typedef struct {
  BwSession *session;
  char *first_date;
  char *last_date;
} SessionDraft;

static void
session_draft_clear (SessionDraft *d)
{
  g_clear_object (&d->session);
  g_free (d->first_date);
  g_free (d->last_date);
}

static void
session_draft_free (SessionDraft *d)
{
  session_draft_clear (d);
  g_free (d);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (SessionDraft, session_draft_clear)

/* Reads @offer_uuid's period into @d (any offer, or a live one only);
 * @found says whether there is such an offer, @status (when not NULL)
 * receives its status and @trainer (when not NULL) its trainer. */
static gboolean
read_offer_period (BwPlanning    *self,
                   const char    *offer_uuid,
                   gboolean       live_only,
                   SessionDraft  *d,
                   gboolean      *found,
                   char         **status,
                   char         **trainer,
                   GError       **error)
{
  sqlite3_stmt *stmt;

  stmt = bw_db_prepare (bw_planning_db (self), "SELECT status, trainer, first_date, last_date FROM offers"
                                               " WHERE uuid = ?1 AND (?2 = 0 OR deleted = 0)", error);
  if (stmt == NULL)
    return FALSE;
  bw_sqlite_bind_text (stmt, 1, offer_uuid);
  sqlite3_bind_int (stmt, 2, live_only);
  *found = sqlite3_step (stmt) == SQLITE_ROW;
  if (*found)
    {
      if (status != NULL)
        *status = g_strdup (bw_sqlite_column_text (stmt, 0));
      if (trainer != NULL)
        *trainer = g_strdup (bw_sqlite_column_text (stmt, 1));
      d->first_date = g_strdup (bw_sqlite_column_text (stmt, 2));
      d->last_date = g_strdup (bw_sqlite_column_text (stmt, 3));
    }
  sqlite3_reset (stmt);
  return TRUE;
}

static gboolean
make_draft (BwPlanning    *self,
            BwSession     *session,
            SessionDraft  *d,
            GError       **error)
{
  sqlite3_stmt *stmt;
  const char *trainer = bw_session_get_trainer (session);
  const char *place_uuid = bw_session_get_place_uuid (session);
  g_autofree char *status = NULL;
  g_autofree char *offer_trainer = NULL;
  g_autofree char *stored_trainer = NULL;
  gboolean found;

  if (!read_offer_period (self, bw_session_get_offer_uuid (session), TRUE, d, &found, &status, &offer_trainer,
                          error))
    return FALSE;
  if (!found)
    return bw_planning_refuse (error, BW_PLANNING_ERROR_OFFER, _("Choose the offer the session belongs to"));
  if (g_strcmp0 (status, "cancelled") == 0)
    return bw_planning_refuse (error, BW_PLANNING_ERROR_OFFER, _("The offer is cancelled: it cannot get sessions"));

  if (!bw_planning_rules_check_times (bw_session_get_date (session), bw_session_get_start_time (session),
                                      bw_session_get_end_time (session), error))
    return FALSE;

  d->session = bw_session_copy (session);
  stored_trainer = g_strstrip (g_strdup (trainer ? trainer : offer_trainer ? offer_trainer : ""));
  bw_session_set_trainer (d->session, *stored_trainer ? stored_trainer : NULL);
  if (place_uuid != NULL)
    {
      if (!bw_record_json_is_uuid (place_uuid))
        return bw_planning_refuse (error, BW_PLANNING_ERROR_NOT_FOUND, _("The place no longer exists"));
      stmt = bw_db_prepare (bw_planning_db (self), "SELECT name FROM places WHERE uuid = ?1 AND deleted = 0", error);
      if (stmt == NULL)
        return FALSE;
      bw_sqlite_bind_text (stmt, 1, place_uuid);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        bw_session_set_place_name (d->session, bw_sqlite_column_text (stmt, 0));
      sqlite3_reset (stmt);
    }
  return TRUE;
}

/* Appends the conflicts @d would have to @out. */
static gboolean
find_conflicts (BwPlanning    *self,
                SessionDraft  *d,
                GPtrArray     *out,
                GError       **error)
{
  const char *date = bw_session_get_date (d->session);
  sqlite3_stmt *stmt;
  int rc;

  stmt = bw_db_prepare (bw_planning_db (self),
                        "SELECT s.uuid, o.title, s.start_time, s.end_time,"
                        " (?5 IS NOT NULL AND lower (s.trainer) = lower (?5)),"
                        " (?6 IS NOT NULL AND s.place_uuid = ?6)"
                        " FROM sessions s JOIN offers o ON o.uuid = s.offer_uuid"
                        " WHERE s.deleted = 0 AND o.deleted = 0 AND o.status <> 'cancelled'"
                        " AND s.date = ?1 AND s.start_time < ?3 AND s.end_time > ?2"
                        " AND (?4 IS NULL OR s.uuid <> ?4)"
                        " AND ((?5 IS NOT NULL AND lower (s.trainer) = lower (?5))"
                        "   OR (?6 IS NOT NULL AND s.place_uuid = ?6))"
                        " ORDER BY s.start_time, s.id", error);
  if (stmt == NULL)
    return FALSE;
  bw_sqlite_bind_text (stmt, 1, date);
  bw_sqlite_bind_text (stmt, 2, bw_session_get_start_time (d->session));
  bw_sqlite_bind_text (stmt, 3, bw_session_get_end_time (d->session));
  bw_sqlite_bind_text (stmt, 4, bw_session_get_uuid (d->session));
  bw_sqlite_bind_text (stmt, 5, bw_session_get_trainer (d->session));
  bw_sqlite_bind_text (stmt, 6, bw_session_get_place_uuid (d->session));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      /* A session can clash on both counts: one conflict for each. */
      for (int i = 0; i < 2; i++)
        if (sqlite3_column_int (stmt, 4 + i))
          g_ptr_array_add (out, bw_planning_conflict_new (i == 0 ? BW_PLANNING_CONFLICT_TRAINER
                                                                 : BW_PLANNING_CONFLICT_PLACE,
                                                          date, bw_sqlite_column_text (stmt, 0),
                                                          bw_sqlite_column_text (stmt, 1),
                                                          bw_sqlite_column_text (stmt, 2),
                                                          bw_sqlite_column_text (stmt, 3)));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return bw_db_set_error_from_handle (bw_planning_handle (self), 0, error);

  if ((d->first_date != NULL && strcmp (date, d->first_date) < 0) ||
      (d->last_date != NULL && strcmp (date, d->last_date) > 0))
    g_ptr_array_add (out, bw_planning_conflict_new (BW_PLANNING_CONFLICT_OUTSIDE_PERIOD, date,
                                                    NULL, NULL, NULL, NULL));
  return TRUE;
}

GPtrArray *
bw_planning_check_session (BwPlanning  *self,
                           BwSession   *session,
                           GError     **error)
{
  g_auto(SessionDraft) d = { 0 };
  g_autoptr(GPtrArray) conflicts = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (BW_IS_PLANNING (self), NULL);
  g_return_val_if_fail (BW_IS_SESSION (session), NULL);

  if (!make_draft (self, session, &d, error) || !find_conflicts (self, &d, conflicts, error))
    return NULL;
  return g_steal_pointer (&conflicts);
}

GPtrArray *
bw_planning_session_conflicts (BwPlanning  *self,
                               const char  *uuid,
                               GError     **error)
{
  g_auto(SessionDraft) d = { 0 };
  g_autoptr(GPtrArray) conflicts = g_ptr_array_new_with_free_func (g_object_unref);
  gboolean found;

  /* As stored: no defaults, and also for a cancelled offer's session. */
  d.session = bw_planning_get_session (self, uuid, error);
  if (d.session == NULL)
    return NULL;
  if (!read_offer_period (self, bw_session_get_offer_uuid (d.session), FALSE, &d, &found, NULL, NULL, error) ||
      !find_conflicts (self, &d, conflicts, error))
    return NULL;
  return g_steal_pointer (&conflicts);
}

/* Inserts (no uuid yet) or updates the draft's session, at @revision, and
 * gives @target what was stored. */
static gboolean
write_session (BwPlanning    *self,
               SessionDraft  *d,
               gint64         revision,
               BwSession     *target,
               GError       **error)
{
  g_autofree char *now = bw_date_now_utc ();
  g_autofree char *uuid = NULL;
  BwSession *session = d->session;
  sqlite3_stmt *stmt;

  if (bw_session_get_uuid (session) == NULL)
    {
      uuid = g_uuid_string_random ();
      stmt = bw_db_prepare (bw_planning_db (self), bw_record_sql_insert (BW_RECORD_TYPE_SESSION), error);
      if (stmt == NULL)
        return FALSE;
      bw_sqlite_bind_text (stmt, 1, uuid);
      bw_sqlite_bind_text (stmt, 4, bw_session_get_offer_uuid (session));
      revision = 0;
    }
  else
    {
      stmt = bw_db_prepare (bw_planning_db (self), bw_record_sql_update (BW_RECORD_TYPE_SESSION), error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, bw_session_get_id (session));
      sqlite3_bind_int64 (stmt, 4, revision);
      bw_sqlite_bind_text (stmt, 5, bw_session_get_offer_uuid (session));
    }
  bw_sqlite_bind_text (stmt, 2, now);
  bw_sqlite_bind_text (stmt, 3, bw_case_store_get_author (self->store));
  bw_record_sql_bind_fields (BW_RECORD (session), stmt);
  if (!bw_db_step_done (bw_planning_db (self), stmt, error))
    return FALSE;
  if (sqlite3_changes (bw_planning_handle (self)) != 1)
    return bw_planning_refuse (error, BW_PLANNING_ERROR_CHANGED,
                               _("The session was changed elsewhere in the meantime; reload it"));
  if (uuid != NULL)
    {
      bw_session_set_id (target, sqlite3_last_insert_rowid (bw_planning_handle (self)));
      bw_session_set_uuid (target, uuid);
    }
  bw_session_set_revision (target, revision + 1);
  bw_session_set_trainer (target, bw_session_get_trainer (session));
  bw_session_set_place_name (target, bw_session_get_place_name (session));
  return TRUE;
}

static gboolean
needs_confirmation (GPtrArray  *conflicts,
                    gboolean    confirm,
                    GError    **error)
{
  if (conflicts->len == 0 || confirm)
    return FALSE;
  bw_planning_refuse (error, BW_PLANNING_ERROR_NEEDS_CONFIRMATION,
          _("The session conflicts with other bookings; confirm to save it anyway"));
  return TRUE;
}

gboolean
bw_planning_save_session (BwPlanning   *self,
                          BwSession    *session,
                          gboolean      confirm,
                          GPtrArray   **conflicts,
                          GError      **error)
{
  g_auto(SessionDraft) d = { 0 };
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (BW_IS_PLANNING (self), FALSE);
  g_return_val_if_fail (BW_IS_SESSION (session), FALSE);

  if (!bw_planning_begin (self, error))
    return FALSE;
  if (!make_draft (self, session, &d, error) || !find_conflicts (self, &d, found, error))
    return bw_planning_rollback (self);
  if (conflicts != NULL)
    *conflicts = g_ptr_array_ref (found);
  if (needs_confirmation (found, confirm, error) ||
      !write_session (self, &d, bw_session_get_revision (session), session, error))
    return bw_planning_rollback (self);
  return bw_planning_commit (self, NULL, error);
}

gboolean
bw_planning_add_recurring_sessions (BwPlanning  *self,
                                    BwSession   *first,
                                    guint        interval_weeks,
                                    guint        count,
                                    const char  *until,
                                    gboolean     confirm,
                                    GPtrArray  **conflicts,
                                    GPtrArray  **created,
                                    GError     **error)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) drafts = g_ptr_array_new_with_free_func ((GDestroyNotify) session_draft_free);
  g_autoptr(GPtrArray) made = g_ptr_array_new_with_free_func (g_object_unref);
  const char *date;
  GDate day;
  gboolean ok = FALSE;

  g_return_val_if_fail (BW_IS_PLANNING (self), FALSE);
  g_return_val_if_fail (BW_IS_SESSION (first), FALSE);

  date = bw_session_get_date (first);
  if (!bw_date_is_iso_date (date))
    {
      g_set_error (error, BW_PLANNING_ERROR, BW_PLANNING_ERROR_DATE,
                   _("“%s” is not a date that exists"), date ? date : "");
      return FALSE;
    }
  if (interval_weeks < 1 || interval_weeks > 52)
    return bw_planning_refuse (error, BW_PLANNING_ERROR_RECURRENCE, _("Repeat every 1 to 52 weeks"));
  if (count == 0 && until == NULL)
    return bw_planning_refuse (error, BW_PLANNING_ERROR_RECURRENCE,
                   _("Say how many sessions, or until which date"));
  if (until != NULL && (!bw_date_is_iso_date (until) || strcmp (until, date) < 0))
    return bw_planning_refuse (error, BW_PLANNING_ERROR_RECURRENCE,
                   _("The last date of the series must exist and not be before the first session"));
  if (count > MAX_RECURRENCE)
    return bw_planning_refuse (error, BW_PLANNING_ERROR_RECURRENCE, _("A series has at most 200 sessions"));

  if (!bw_planning_begin (self, error))
    return FALSE;

  g_date_clear (&day, 1);
  g_date_set_dmy (&day, atoi (date + 8), atoi (date + 5), atoi (date));
  for (guint i = 0; count == 0 || i < count; i++)
    {
      char text[16];
      g_autoptr(BwSession) one = bw_session_copy (first);
      SessionDraft *d;

      g_snprintf (text, sizeof text, "%04d-%02d-%02d", g_date_get_year (&day),
                  g_date_get_month (&day), g_date_get_day (&day));
      if (until != NULL && strcmp (text, until) > 0)
        break;
      if (i >= MAX_RECURRENCE)
        {
          bw_planning_refuse (error, BW_PLANNING_ERROR_RECURRENCE, _("A series has at most 200 sessions"));
          goto out;
        }
      bw_session_set_uuid (one, NULL);
      bw_session_set_revision (one, 0);
      bw_session_set_date (one, text);
      d = g_new0 (SessionDraft, 1);
      g_ptr_array_add (drafts, d);
      if (!make_draft (self, one, d, error) || !find_conflicts (self, d, found, error))
        goto out;
      g_ptr_array_add (made, g_steal_pointer (&one));
      g_date_add_days (&day, 7 * interval_weeks);
    }

  if (conflicts != NULL)
    *conflicts = g_ptr_array_ref (found);
  if (needs_confirmation (found, confirm, error))
    goto out;
  for (guint i = 0; i < drafts->len; i++)
    if (!write_session (self, g_ptr_array_index (drafts, i), 0, g_ptr_array_index (made, i), error))
      goto out;
  ok = TRUE;

out:
  if (!ok)
    return bw_planning_rollback (self);
  if (!bw_planning_commit (self, NULL, error))
    return FALSE;
  if (created != NULL)
    *created = g_steal_pointer (&made);
  return TRUE;
}

gboolean
bw_planning_delete_session (BwPlanning  *self,
                            const char  *uuid,
                            GError     **error)
{
  gboolean deleted;

  g_return_val_if_fail (BW_IS_PLANNING (self), FALSE);

  if (!bw_planning_begin (self, error))
    return FALSE;
  if (!bw_planning_delete_record (self, BW_RECORD_TYPE_SESSION, uuid, &deleted, error))
    return bw_planning_rollback (self);
  if (!deleted)
    {
      bw_planning_refuse (error, BW_PLANNING_ERROR_NOT_FOUND, _("The session no longer exists"));
      return bw_planning_rollback (self);
    }
  return bw_planning_commit (self, NULL, error);
}
