/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-planning"
#include "config.h"

#include "bw-date.h"
#include "bw-sqlite.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "bw-case-store-private.h"
#include "bw-csv-writer.h"
#include "bw-ics-writer.h"
#include "bw-json-wire.h"
#include "bw-planning-private.h"
#include "bw-record-sql.h"
#include "bw-record-json.h"
#include "bw-validation.h"


#define MAX_RECURRENCE 200

struct _BwPlanning
{
  GObject parent_instance;

  BwCaseStore *store;
  BwDb *conn;               /* the store's */
  sqlite3 *db;              /* its handle */
};

G_DEFINE_FINAL_TYPE (BwPlanning, bw_planning, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Enrolment statuses that hold one of the offer's places. */
#define OCCUPYING "('placed', 'started', 'completed')"

#define OFFER_COLUMNS                                                          \
  "o.id, o.uuid, o.revision, o.title, o.kind, o.target_group, o.description, " \
  "o.trainer, o.partner, o.buurt_code, o.capacity, o.status, o.first_date, "   \
  "o.last_date, "                                                              \
  "(SELECT count (*) FROM enrolments e WHERE e.offer_uuid = o.uuid"            \
  "  AND e.deleted = 0 AND e.status IN " OCCUPYING "), "                      \
  "(SELECT count (*) FROM enrolments e WHERE e.offer_uuid = o.uuid"            \
  "  AND e.deleted = 0 AND e.status = 'waiting')"

/* A session is marked when another live session of the same trainer or at
 * the same place overlaps it (half-open intervals: 9:00-10:00 and
 * 10:00-11:00 do not), or when it is outside its offer's period. Computed
 * on every read, so the mark follows the other session. */
#define SESSION_COLUMNS                                                        \
  "s.id, s.uuid, s.revision, s.offer_uuid, s.date, s.start_time, s.end_time, " \
  "s.place_uuid, s.place_name, s.trainer, o.title, o.buurt_code, "             \
  "(EXISTS (SELECT 1 FROM sessions x JOIN offers xo ON xo.uuid = x.offer_uuid" \
  "   WHERE x.deleted = 0 AND xo.deleted = 0 AND xo.status <> 'cancelled'"     \
  "   AND x.uuid <> s.uuid AND x.date = s.date"                                \
  "   AND x.start_time < s.end_time AND x.end_time > s.start_time"             \
  "   AND ((s.trainer IS NOT NULL AND lower (x.trainer) = lower (s.trainer))"  \
  "     OR (s.place_uuid IS NOT NULL AND x.place_uuid = s.place_uuid)))"       \
  " OR (o.first_date IS NOT NULL AND s.date < o.first_date)"                   \
  " OR (o.last_date IS NOT NULL AND s.date > o.last_date))"

#define ENROLMENT_COLUMNS                                                      \
  "e.id, e.uuid, e.revision, e.offer_uuid, e.case_uuid, e.name, e.phone, "     \
  "e.email, e.buurt_code, e.language_need, e.status, e.referred_at, "          \
  "e.status_date, e.outcome, o.title, "                                        \
  "CASE WHEN e.status = 'waiting' THEN (SELECT count (*) FROM enrolments w"    \
  "  WHERE w.offer_uuid = e.offer_uuid AND w.deleted = 0"                      \
  "  AND w.status = 'waiting' AND (w.referred_at < e.referred_at"              \
  "  OR (w.referred_at = e.referred_at AND w.id <= e.id))) ELSE 0 END"

/* The object */

static void
store_changed_cb (BwCaseStore *store,
                  gint64       case_id,
                  BwPlanning  *self)
{
  /* 0 means many records changed at once, as after a sync. */
  if (case_id == 0)
    g_signal_emit (self, signals[CHANGED], 0);
}

static void
bw_planning_finalize (GObject *object)
{
  BwPlanning *self = (BwPlanning *) object;

  g_clear_object (&self->store);
  G_OBJECT_CLASS (bw_planning_parent_class)->finalize (object);
}

static void
bw_planning_class_init (BwPlanningClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bw_planning_finalize;

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
bw_planning_init (BwPlanning *self)
{
}

BwPlanning *
bw_planning_new (BwCaseStore *store)
{
  BwPlanning *self;

  g_return_val_if_fail (BW_IS_CASE_STORE (store), NULL);

  self = g_object_new (BW_TYPE_PLANNING, NULL);
  self->store = g_object_ref (store);
  self->conn = bw_case_store_get_connection (store);
  self->db = bw_db_get_handle (self->conn);
  g_signal_connect_object (store, "case-changed", G_CALLBACK (store_changed_cb), self, 0);
  return self;
}

BwCaseStore *
bw_planning_get_store (BwPlanning *self)
{
  g_return_val_if_fail (BW_IS_PLANNING (self), NULL);
  return self->store;
}

static gboolean
begin (BwPlanning  *self,
       GError     **error)
{
  return bw_case_store_begin (self->store, error);
}

/* Commits; tells the views (and the case page, when a note was added to
 * a case's journal) only what is on disk. */
static gboolean
commit (BwPlanning  *self,
        GArray      *noted_cases,
        GError     **error)
{
  if (!bw_case_store_commit (self->store, error))
    return FALSE;
  g_signal_emit (self, signals[CHANGED], 0);
  for (guint i = 0; noted_cases && i < noted_cases->len; i++)
    bw_case_store_emit_changed (self->store, g_array_index (noted_cases, gint64, i));
  return TRUE;
}

static gboolean
rollback_false (BwPlanning *self)
{
  bw_case_store_rollback (self->store);
  return FALSE;
}

/* Offers */

static BwOffer *
offer_from_row (sqlite3_stmt *stmt)
{
  BwOffer *offer = bw_offer_new ();

  bw_offer_set_id (offer, sqlite3_column_int64 (stmt, 0));
  bw_offer_set_uuid (offer, bw_sqlite_column_text (stmt, 1));
  bw_offer_set_revision (offer, sqlite3_column_int64 (stmt, 2));
  /* OFFER_COLUMNS has the fields in table order. */
  bw_record_sql_read_fields (BW_RECORD (offer), stmt, 3);
  bw_offer_set_n_placed (offer, sqlite3_column_int (stmt, 14));
  bw_offer_set_n_waiting (offer, sqlite3_column_int (stmt, 15));
  return offer;
}

BwOffer *
bw_planning_get_offer (BwPlanning  *self,
                       const char  *uuid,
                       GError     **error)
{
  sqlite3_stmt *stmt;
  BwOffer *offer = NULL;

  g_return_val_if_fail (BW_IS_PLANNING (self), NULL);

  stmt = bw_db_prepare (self->conn, "SELECT " OFFER_COLUMNS " FROM offers o WHERE o.uuid = ?1 AND o.deleted = 0",
                              error);
  if (stmt == NULL)
    return NULL;
  bw_sqlite_bind_text (stmt, 1, uuid);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    offer = offer_from_row (stmt);
  sqlite3_reset (stmt);
  if (offer == NULL)
    bw_planning_refuse (error, BW_PLANNING_ERROR_NOT_FOUND, _("The offer no longer exists"));
  return offer;
}

gboolean
bw_planning_validate_offer (BwPlanning  *self,
                            BwOffer     *offer,
                            GError     **error)
{
  const char *code;
  BwNeighbourhood *buurt = NULL;

  g_return_val_if_fail (BW_IS_PLANNING (self), FALSE);
  g_return_val_if_fail (BW_IS_OFFER (offer), FALSE);

  if ((int) bw_offer_get_kind (offer) < 0 || bw_offer_get_kind (offer) >= BW_OFFER_KIND_N)
    return bw_planning_refuse (error, BW_PLANNING_ERROR_KIND, _("Choose the kind of training"));
  if ((int) bw_offer_get_status (offer) < 0 || bw_offer_get_status (offer) >= BW_OFFER_STATUS_N)
    return bw_planning_refuse (error, BW_PLANNING_ERROR_STATUS, _("Choose the status of the offer"));
  {
    /* The field table's limits (issue 12); the offer dialog shows them
     * next to the field before it gets here. */
    const struct { const char *field; const char *text; } texts[] = {
      { "title", bw_offer_get_title (offer) }, { "target_group", bw_offer_get_target_group (offer) },
      { "description", bw_offer_get_description (offer) }, { "trainer", bw_offer_get_trainer (offer) },
      { "partner", bw_offer_get_partner (offer) },
    };

    for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
      {
        g_autoptr(GError) too_long = NULL;

        if (!bw_validate_text_length ("offer", texts[i].field, texts[i].text, 0, &too_long))
          return bw_planning_refuse (error, BW_PLANNING_ERROR_TITLE, too_long->message);
        if (!bw_json_wire_text_is_clean (texts[i].text, -1))
          return bw_planning_refuse (error, BW_PLANNING_ERROR_TITLE, _("This text holds a character that cannot be saved"));
      }
  }
  code = bw_offer_get_buurt_code (offer);
  if (code != NULL)
    buurt = bw_case_store_find_neighbourhood (self->store, code);
  return bw_planning_rules_check_offer (bw_offer_get_title (offer), code, buurt != NULL,
                                bw_offer_get_capacity (offer), bw_offer_get_first_date (offer),
                                bw_offer_get_last_date (offer), error);
}

static gint64
count_occupying (BwPlanning *self,
                 const char *offer_uuid)
{
  sqlite3_stmt *stmt = bw_db_prepare (self->conn, "SELECT count (*) FROM enrolments WHERE offer_uuid = ?1"
                                                  " AND deleted = 0 AND status IN " OCCUPYING, NULL);
  gint64 n = 0;

  if (stmt == NULL)
    return 0;
  bw_sqlite_bind_text (stmt, 1, offer_uuid);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return n;
}

static gboolean promote_waiting (BwPlanning  *self,
                                 const char  *offer_uuid,
                                 GArray      *noted_cases,
                                 GError     **error);

static void
bind_offer_content (sqlite3_stmt *stmt,
                    BwOffer      *offer,
                    int           first)
{
  g_autofree char *title = g_strstrip (g_strdup (bw_offer_get_title (offer)));
  g_autofree char *trainer = g_strstrip (g_strdup (bw_offer_get_trainer (offer) ? bw_offer_get_trainer (offer) : ""));

  bw_sqlite_bind_text (stmt, first, title);
  bw_sqlite_bind_text (stmt, first + 1, bw_offer_kind_to_key (bw_offer_get_kind (offer)));
  bw_sqlite_bind_text (stmt, first + 2, bw_offer_get_target_group (offer));
  bw_sqlite_bind_text (stmt, first + 3, bw_offer_get_description (offer));
  bw_sqlite_bind_text (stmt, first + 4, *trainer ? trainer : NULL);
  bw_sqlite_bind_text (stmt, first + 5, bw_offer_get_partner (offer));
  bw_sqlite_bind_text (stmt, first + 6, bw_offer_get_buurt_code (offer));
  sqlite3_bind_int (stmt, first + 7, bw_offer_get_capacity (offer));
  bw_sqlite_bind_text (stmt, first + 8, bw_offer_status_to_key (bw_offer_get_status (offer)));
  bw_sqlite_bind_text (stmt, first + 9, bw_offer_get_first_date (offer));
  bw_sqlite_bind_text (stmt, first + 10, bw_offer_get_last_date (offer));
}

gboolean
bw_planning_save_offer (BwPlanning  *self,
                        BwOffer     *offer,
                        GError     **error)
{
  g_autofree char *now = bw_date_now_utc ();
  g_autoptr(GArray) noted = g_array_new (FALSE, FALSE, sizeof (gint64));
  const char *author;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (BW_IS_PLANNING (self), FALSE);
  g_return_val_if_fail (BW_IS_OFFER (offer), FALSE);

  if (!bw_planning_validate_offer (self, offer, error))
    return FALSE;
  author = bw_case_store_get_author (self->store);
  if (!begin (self, error))
    return FALSE;

  if (bw_offer_get_uuid (offer) == NULL)
    {
      g_autofree char *uuid = g_uuid_string_random ();

      stmt = bw_db_prepare (self->conn, "INSERT INTO offers (uuid, created_at, created_by, updated_at, updated_by,"
                                        " title, kind, target_group, description, trainer, partner, buurt_code,"
                                        " capacity, status, first_date, last_date)"
                                        " VALUES (?1, ?2, ?3, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
                                  error);
      if (stmt == NULL)
        return rollback_false (self);
      bw_sqlite_bind_text (stmt, 1, uuid);
      bw_sqlite_bind_text (stmt, 2, now);
      bw_sqlite_bind_text (stmt, 3, author);
      bind_offer_content (stmt, offer, 4);
      if (!bw_db_step_done (self->conn, stmt, error))
        return rollback_false (self);
      bw_offer_set_id (offer, sqlite3_last_insert_rowid (self->db));
      bw_offer_set_uuid (offer, uuid);
      bw_offer_set_revision (offer, 1);
    }
  else
    {
      gint64 placed = count_occupying (self, bw_offer_get_uuid (offer));

      if (bw_offer_get_capacity (offer) < placed)
        {
          g_set_error (error, BW_PLANNING_ERROR, BW_PLANNING_ERROR_CAPACITY,
                       g_dngettext (GETTEXT_PACKAGE,
                                    "The number of places cannot be lower than the %d person placed",
                                    "The number of places cannot be lower than the %d people placed",
                                    placed),
                       (int) placed);
          return rollback_false (self);
        }
      stmt = bw_db_prepare (self->conn, "UPDATE offers SET revision = revision + 1, updated_at = ?2, updated_by = ?3,"
                                        " title = ?4, kind = ?5, target_group = ?6, description = ?7, trainer = ?8,"
                                        " partner = ?9, buurt_code = ?10, capacity = ?11, status = ?12,"
                                        " first_date = ?13, last_date = ?14"
                                        " WHERE uuid = ?1 AND revision = ?15 AND deleted = 0", error);
      if (stmt == NULL)
        return rollback_false (self);
      bw_sqlite_bind_text (stmt, 1, bw_offer_get_uuid (offer));
      bw_sqlite_bind_text (stmt, 2, now);
      bw_sqlite_bind_text (stmt, 3, author);
      bind_offer_content (stmt, offer, 4);
      sqlite3_bind_int64 (stmt, 15, bw_offer_get_revision (offer));
      if (!bw_db_step_done (self->conn, stmt, error))
        return rollback_false (self);
      if (sqlite3_changes (self->db) != 1)
        {
          bw_planning_refuse (error, BW_PLANNING_ERROR_CHANGED,
                  _("The offer was changed elsewhere in the meantime; reload it"));
          return rollback_false (self);
        }
      /* More places: the waiting list moves up. */
      if (!promote_waiting (self, bw_offer_get_uuid (offer), noted, error))
        return rollback_false (self);
      bw_offer_set_revision (offer, bw_offer_get_revision (offer) + 1);
    }
  return commit (self, noted, error);
}

/* Sessions */

static BwSession *
session_from_row (sqlite3_stmt *stmt)
{
  BwSession *session = bw_session_new ();

  bw_session_set_id (session, sqlite3_column_int64 (stmt, 0));
  bw_session_set_uuid (session, bw_sqlite_column_text (stmt, 1));
  bw_session_set_revision (session, sqlite3_column_int64 (stmt, 2));
  bw_session_set_offer_uuid (session, bw_sqlite_column_text (stmt, 3));
  /* SESSION_COLUMNS has the fields in table order. */
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

  stmt = bw_db_prepare (self->conn, "SELECT " SESSION_COLUMNS " FROM sessions s JOIN offers o ON o.uuid = s.offer_uuid"
                                    " WHERE s.uuid = ?1 AND s.deleted = 0", error);
  if (stmt == NULL)
    return NULL;
  bw_sqlite_bind_text (stmt, 1, uuid);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    session = session_from_row (stmt);
  sqlite3_reset (stmt);
  if (session == NULL)
    bw_planning_refuse (error, BW_PLANNING_ERROR_NOT_FOUND, _("The session no longer exists"));
  return session;
}

/* What a session will be stored as: checked, trimmed, the trainer taken
 * from the offer when none is given, the place's name copied. */
typedef struct {
  char *uuid;
  char *offer_uuid;
  char *date;
  char *start_time;
  char *end_time;
  char *place_uuid;
  char *place_name;
  char *trainer;
  char *first_date;   /* the offer's period */
  char *last_date;
} SessionDraft;

static void
session_draft_clear (SessionDraft *d)
{
  g_free (d->uuid);
  g_free (d->offer_uuid);
  g_free (d->date);
  g_free (d->start_time);
  g_free (d->end_time);
  g_free (d->place_uuid);
  g_free (d->place_name);
  g_free (d->trainer);
  g_free (d->first_date);
  g_free (d->last_date);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (SessionDraft, session_draft_clear)


static gboolean
make_draft (BwPlanning    *self,
            BwSession     *session,
            SessionDraft  *d,
            GError       **error)
{
  sqlite3_stmt *stmt;
  const char *trainer = bw_session_get_trainer (session);
  const char *offer_uuid = bw_session_get_offer_uuid (session);
  gboolean found = FALSE, cancelled = FALSE;
  g_autofree char *offer_trainer = NULL;

  stmt = bw_db_prepare (self->conn, "SELECT status, trainer, first_date, last_date FROM offers"
                                    " WHERE uuid = ?1 AND deleted = 0", error);
  if (stmt == NULL)
    return FALSE;
  bw_sqlite_bind_text (stmt, 1, offer_uuid);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      found = TRUE;
      cancelled = g_strcmp0 (bw_sqlite_column_text (stmt, 0), "cancelled") == 0;
      offer_trainer = g_strdup (bw_sqlite_column_text (stmt, 1));
      d->first_date = g_strdup (bw_sqlite_column_text (stmt, 2));
      d->last_date = g_strdup (bw_sqlite_column_text (stmt, 3));
    }
  sqlite3_reset (stmt);
  if (!found)
    return bw_planning_refuse (error, BW_PLANNING_ERROR_OFFER, _("Choose the offer the session belongs to"));
  if (cancelled)
    return bw_planning_refuse (error, BW_PLANNING_ERROR_OFFER, _("The offer is cancelled: it cannot get sessions"));

  if (!bw_planning_rules_check_times (bw_session_get_date (session), bw_session_get_start_time (session),
                    bw_session_get_end_time (session), error))
    return FALSE;

  d->uuid = g_strdup (bw_session_get_uuid (session));
  d->offer_uuid = g_strdup (offer_uuid);
  d->date = g_strdup (bw_session_get_date (session));
  d->start_time = g_strdup (bw_session_get_start_time (session));
  d->end_time = g_strdup (bw_session_get_end_time (session));
  d->trainer = g_strstrip (g_strdup (trainer ? trainer : offer_trainer ? offer_trainer : ""));
  if (*d->trainer == '\0')
    g_clear_pointer (&d->trainer, g_free);
  d->place_uuid = g_strdup (bw_session_get_place_uuid (session));
  d->place_name = g_strdup (bw_session_get_place_name (session));
  if (d->place_uuid != NULL)
    {
      if (!bw_record_json_is_uuid (d->place_uuid))
        return bw_planning_refuse (error, BW_PLANNING_ERROR_NOT_FOUND, _("The place no longer exists"));
      stmt = bw_db_prepare (self->conn, "SELECT name FROM places WHERE uuid = ?1 AND deleted = 0", error);
      if (stmt == NULL)
        return FALSE;
      bw_sqlite_bind_text (stmt, 1, d->place_uuid);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        {
          g_free (d->place_name);
          d->place_name = g_strdup (bw_sqlite_column_text (stmt, 0));
        }
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
  sqlite3_stmt *stmt;
  int rc;

  stmt = bw_db_prepare (self->conn,
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
  bw_sqlite_bind_text (stmt, 1, d->date);
  bw_sqlite_bind_text (stmt, 2, d->start_time);
  bw_sqlite_bind_text (stmt, 3, d->end_time);
  bw_sqlite_bind_text (stmt, 4, d->uuid);
  bw_sqlite_bind_text (stmt, 5, d->trainer);
  bw_sqlite_bind_text (stmt, 6, d->place_uuid);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      if (sqlite3_column_int (stmt, 4))
        g_ptr_array_add (out, bw_planning_conflict_new (BW_PLANNING_CONFLICT_TRAINER, d->date,
                                                        bw_sqlite_column_text (stmt, 0), bw_sqlite_column_text (stmt, 1),
                                                        bw_sqlite_column_text (stmt, 2), bw_sqlite_column_text (stmt, 3)));
      if (sqlite3_column_int (stmt, 5))
        g_ptr_array_add (out, bw_planning_conflict_new (BW_PLANNING_CONFLICT_PLACE, d->date,
                                                        bw_sqlite_column_text (stmt, 0), bw_sqlite_column_text (stmt, 1),
                                                        bw_sqlite_column_text (stmt, 2), bw_sqlite_column_text (stmt, 3)));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return bw_db_set_error_from_handle (self->db, 0, error);

  if ((d->first_date != NULL && strcmp (d->date, d->first_date) < 0) ||
      (d->last_date != NULL && strcmp (d->date, d->last_date) > 0))
    g_ptr_array_add (out, bw_planning_conflict_new (BW_PLANNING_CONFLICT_OUTSIDE_PERIOD, d->date,
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
  g_autoptr(BwSession) session = bw_planning_get_session (self, uuid, error);
  g_auto(SessionDraft) d = { 0 };
  g_autoptr(GPtrArray) conflicts = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;

  if (session == NULL)
    return NULL;
  /* As stored: no defaults, and also for a cancelled offer's session. */
  d.uuid = g_strdup (uuid);
  d.date = g_strdup (bw_session_get_date (session));
  d.start_time = g_strdup (bw_session_get_start_time (session));
  d.end_time = g_strdup (bw_session_get_end_time (session));
  d.trainer = g_strdup (bw_session_get_trainer (session));
  d.place_uuid = g_strdup (bw_session_get_place_uuid (session));
  stmt = bw_db_prepare (self->conn, "SELECT first_date, last_date FROM offers WHERE uuid = ?1", error);
  if (stmt == NULL)
    return NULL;
  bw_sqlite_bind_text (stmt, 1, bw_session_get_offer_uuid (session));
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      d.first_date = g_strdup (bw_sqlite_column_text (stmt, 0));
      d.last_date = g_strdup (bw_sqlite_column_text (stmt, 1));
    }
  sqlite3_reset (stmt);
  if (!find_conflicts (self, &d, conflicts, error))
    return NULL;
  return g_steal_pointer (&conflicts);
}

static gboolean
write_session (BwPlanning    *self,
               SessionDraft  *d,
               gint64         revision,
               BwSession     *target,
               GError       **error)
{
  g_autofree char *now = bw_date_now_utc ();
  const char *author = bw_case_store_get_author (self->store);
  sqlite3_stmt *stmt;

  if (d->uuid == NULL)
    {
      d->uuid = g_uuid_string_random ();
      stmt = bw_db_prepare (self->conn, "INSERT INTO sessions (uuid, created_at, created_by, updated_at, updated_by,"
                                        " offer_uuid, date, start_time, end_time, place_uuid, place_name, trainer)"
                                        " VALUES (?1, ?2, ?3, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)", error);
      revision = 0;
    }
  else
    stmt = bw_db_prepare (self->conn, "UPDATE sessions SET revision = revision + 1, updated_at = ?2, updated_by = ?3,"
                                      " offer_uuid = ?4, date = ?5, start_time = ?6, end_time = ?7, place_uuid = ?8,"
                                      " place_name = ?9, trainer = ?10 WHERE uuid = ?1 AND revision = ?11 AND deleted = 0",
                                error);
  if (stmt == NULL)
    return FALSE;
  bw_sqlite_bind_text (stmt, 1, d->uuid);
  bw_sqlite_bind_text (stmt, 2, now);
  bw_sqlite_bind_text (stmt, 3, author);
  bw_sqlite_bind_text (stmt, 4, d->offer_uuid);
  bw_sqlite_bind_text (stmt, 5, d->date);
  bw_sqlite_bind_text (stmt, 6, d->start_time);
  bw_sqlite_bind_text (stmt, 7, d->end_time);
  bw_sqlite_bind_text (stmt, 8, d->place_uuid);
  bw_sqlite_bind_text (stmt, 9, d->place_name);
  bw_sqlite_bind_text (stmt, 10, d->trainer);
  if (revision > 0)
    sqlite3_bind_int64 (stmt, 11, revision);
  if (!bw_db_step_done (self->conn, stmt, error))
    return FALSE;
  if (sqlite3_changes (self->db) != 1)
    return bw_planning_refuse (error, BW_PLANNING_ERROR_CHANGED,
                   _("The session was changed elsewhere in the meantime; reload it"));
  if (target != NULL)
    {
      if (revision == 0)
        bw_session_set_id (target, sqlite3_last_insert_rowid (self->db));
      bw_session_set_uuid (target, d->uuid);
      bw_session_set_revision (target, revision + 1);
      bw_session_set_trainer (target, d->trainer);
      bw_session_set_place_name (target, d->place_name);
    }
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

  if (!begin (self, error))
    return FALSE;
  if (!make_draft (self, session, &d, error) || !find_conflicts (self, &d, found, error))
    return rollback_false (self);
  if (conflicts != NULL)
    *conflicts = g_ptr_array_ref (found);
  if (needs_confirmation (found, confirm, error) ||
      !write_session (self, &d, bw_session_get_revision (session), session, error))
    return rollback_false (self);
  return commit (self, NULL, error);
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
  g_autoptr(GPtrArray) drafts = g_ptr_array_new ();
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

  if (!begin (self, error))
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
  for (guint i = 0; i < drafts->len; i++)
    {
      session_draft_clear (g_ptr_array_index (drafts, i));
      g_free (g_ptr_array_index (drafts, i));
    }
  if (!ok)
    return rollback_false (self);
  if (!commit (self, NULL, error))
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
  g_autofree char *now = bw_date_now_utc ();
  sqlite3_stmt *stmt;

  g_return_val_if_fail (BW_IS_PLANNING (self), FALSE);

  if (!begin (self, error))
    return FALSE;
  stmt = bw_db_prepare (self->conn, "UPDATE sessions SET deleted = 1, revision = revision + 1, updated_at = ?2,"
                                    " updated_by = ?3 WHERE uuid = ?1 AND deleted = 0", error);
  if (stmt == NULL)
    return rollback_false (self);
  bw_sqlite_bind_text (stmt, 1, uuid);
  bw_sqlite_bind_text (stmt, 2, now);
  bw_sqlite_bind_text (stmt, 3, bw_case_store_get_author (self->store));
  if (!bw_db_step_done (self->conn, stmt, error))
    return rollback_false (self);
  if (sqlite3_changes (self->db) != 1)
    {
      bw_planning_refuse (error, BW_PLANNING_ERROR_NOT_FOUND, _("The session no longer exists"));
      return rollback_false (self);
    }
  return commit (self, NULL, error);
}

/* Enrolments */

static BwEnrolment *
enrolment_from_row (sqlite3_stmt *stmt)
{
  BwEnrolment *e = bw_enrolment_new ();

  bw_enrolment_set_id (e, sqlite3_column_int64 (stmt, 0));
  bw_enrolment_set_uuid (e, bw_sqlite_column_text (stmt, 1));
  bw_enrolment_set_revision (e, sqlite3_column_int64 (stmt, 2));
  bw_enrolment_set_offer_uuid (e, bw_sqlite_column_text (stmt, 3));
  /* ENROLMENT_COLUMNS has the fields in table order. */
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

  stmt = bw_db_prepare (self->conn, "SELECT " ENROLMENT_COLUMNS " FROM enrolments e"
                                    " LEFT JOIN offers o ON o.uuid = e.offer_uuid WHERE e.uuid = ?1 AND e.deleted = 0",
                              error);
  if (stmt == NULL)
    return NULL;
  bw_sqlite_bind_text (stmt, 1, uuid);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    e = enrolment_from_row (stmt);
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

  stmt = bw_db_prepare (self->conn, "UPDATE enrolments SET revision = revision + 1, updated_at = ?2, updated_by = ?3,"
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
  if (!bw_db_step_done (self->conn, stmt, error))
    return FALSE;
  if (!bw_planning_note_status_change (self->conn, uuid, previous, author, &case_id, error))
    return FALSE;
  if (case_id != 0)
    g_array_append_val (noted_cases, case_id);
  return TRUE;
}

/* Fills free places from the waiting list, first referred first. */
static gboolean
promote_waiting (BwPlanning  *self,
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

  stmt = bw_db_prepare (self->conn, "SELECT capacity, status FROM offers WHERE uuid = ?1 AND deleted = 0", error);
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

  free_places = capacity - count_occupying (self, offer_uuid);
  if (free_places <= 0)
    return TRUE;
  stmt = bw_db_prepare (self->conn, "SELECT uuid FROM enrolments WHERE offer_uuid = ?1 AND deleted = 0"
                                    " AND status = 'waiting' ORDER BY referred_at, id LIMIT ?2", error);
  if (stmt == NULL)
    return FALSE;
  bw_sqlite_bind_text (stmt, 1, offer_uuid);
  sqlite3_bind_int64 (stmt, 2, free_places);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (next, g_strdup (bw_sqlite_column_text (stmt, 0)));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return bw_db_set_error_from_handle (self->db, 0, error);

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
  sqlite3_stmt *stmt = bw_db_prepare (self->conn, "SELECT offer_uuid, status FROM enrolments"
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
  sqlite3_stmt *stmt = bw_db_prepare (self->conn, "SELECT status FROM offers WHERE uuid = ?1 AND deleted = 0", error);
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
  const char *author = bw_case_store_get_author (self->store);
  sqlite3_stmt *stmt;
  gint64 case_id = 0;

  if (*name == '\0')
    return bw_planning_refuse (error, BW_PLANNING_ERROR_NAME, _("Write the name of the participant"));
  if (!check_offer_open (self, bw_enrolment_get_offer_uuid (e), error))
    return FALSE;
  stmt = bw_db_prepare (self->conn, "INSERT INTO enrolments (uuid, created_at, created_by, updated_at, updated_by,"
                                    " offer_uuid, case_uuid, name, phone, email, buurt_code, language_need, status,"
                                    " referred_at, status_date) VALUES (?1, ?2, ?3, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9,"
                                    " ?10, 'referred', ?2, ?11)", error);
  if (stmt == NULL)
    return FALSE;
  bw_sqlite_bind_text (stmt, 1, uuid);
  bw_sqlite_bind_text (stmt, 2, now);
  bw_sqlite_bind_text (stmt, 3, author);
  bw_sqlite_bind_text (stmt, 4, bw_enrolment_get_offer_uuid (e));
  bw_sqlite_bind_text (stmt, 5, bw_enrolment_get_case_uuid (e));
  bw_sqlite_bind_text (stmt, 6, name);
  bw_sqlite_bind_text (stmt, 7, bw_enrolment_get_phone (e));
  bw_sqlite_bind_text (stmt, 8, bw_enrolment_get_email (e));
  bw_sqlite_bind_text (stmt, 9, bw_enrolment_get_buurt_code (e));
  bw_sqlite_bind_text (stmt, 10, bw_language_need_to_key (bw_enrolment_get_language_need (e)));
  bw_sqlite_bind_text (stmt, 11, today);
  if (!bw_db_step_done (self->conn, stmt, error))
    return FALSE;
  bw_enrolment_set_id (e, sqlite3_last_insert_rowid (self->db));
  bw_enrolment_set_uuid (e, uuid);
  bw_enrolment_set_revision (e, 1);
  bw_enrolment_set_status (e, BW_ENROLMENT_STATUS_REFERRED);
  bw_enrolment_set_referred_at (e, now);
  bw_enrolment_set_status_date (e, today);
  if (!bw_planning_note_status_change (self->conn, uuid, NULL, author, &case_id, error))
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

  if (!begin (self, error))
    return FALSE;
  if (!insert_enrolment (self, enrolment, noted, error))
    return rollback_false (self);
  return commit (self, noted, error);
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
  if (!begin (self, error))
    return NULL;
  stmt = bw_db_prepare (self->conn, "SELECT 1 FROM enrolments WHERE offer_uuid = ?1 AND case_uuid = ?2"
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
  if (!commit (self, noted, error))
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

  if (!begin (self, error))
    return FALSE;
  if (!load_enrolment_state (self, enrolment_uuid, &offer_uuid, &status, error) ||
      !check_offer_open (self, offer_uuid, error))
    return rollback_false (self);
  if (!g_str_equal (status, "referred") && !g_str_equal (status, "waiting"))
    {
      bw_planning_refuse (error, BW_PLANNING_ERROR_STATUS, _("Only a referred or waiting resident can be placed"));
      return rollback_false (self);
    }
  offer = bw_planning_get_offer (self, offer_uuid, error);
  if (offer == NULL)
    return rollback_false (self);
  if (count_occupying (self, offer_uuid) < bw_offer_get_capacity (offer))
    next = "placed";
  else
    next = "waiting";
  if (!g_str_equal (next, status) &&
      !change_status (self, enrolment_uuid, status, next, NULL, FALSE, noted, error))
    return rollback_false (self);
  return commit (self, noted, error);
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
  if (status != BW_ENROLMENT_STATUS_COMPLETED && *trimmed != '\0')
    return bw_planning_refuse (error, BW_PLANNING_ERROR_OUTCOME, _("An outcome is written when the training is completed"));
  key = bw_enrolment_status_to_key (status);

  if (!begin (self, error))
    return FALSE;
  if (!load_enrolment_state (self, enrolment_uuid, &offer_uuid, &previous, error))
    return rollback_false (self);
  if (!g_str_equal (previous, key) &&
      (!change_status (self, enrolment_uuid, previous, key, *trimmed ? trimmed : NULL,
                       status == BW_ENROLMENT_STATUS_COMPLETED, noted, error) ||
       !promote_waiting (self, offer_uuid, noted, error)))
    return rollback_false (self);
  return commit (self, noted, error);
}

gboolean
bw_planning_remove_enrolment (BwPlanning  *self,
                              const char  *enrolment_uuid,
                              GError     **error)
{
  g_autofree char *offer_uuid = NULL;
  g_autofree char *previous = NULL;
  g_autofree char *now = bw_date_now_utc ();
  g_autoptr(GArray) noted = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;

  g_return_val_if_fail (BW_IS_PLANNING (self), FALSE);

  if (!begin (self, error))
    return FALSE;
  if (!load_enrolment_state (self, enrolment_uuid, &offer_uuid, &previous, error))
    return rollback_false (self);
  stmt = bw_db_prepare (self->conn, "UPDATE enrolments SET deleted = 1, revision = revision + 1, updated_at = ?2,"
                                    " updated_by = ?3 WHERE uuid = ?1", error);
  if (stmt == NULL)
    return rollback_false (self);
  bw_sqlite_bind_text (stmt, 1, enrolment_uuid);
  bw_sqlite_bind_text (stmt, 2, now);
  bw_sqlite_bind_text (stmt, 3, bw_case_store_get_author (self->store));
  if (!bw_db_step_done (self->conn, stmt, error) || !promote_waiting (self, offer_uuid, noted, error))
    return rollback_false (self);
  return commit (self, noted, error);
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
  if (!begin (self, error))
    return FALSE;
  stmt = bw_db_prepare (self->conn, "SELECT s.offer_uuid FROM sessions s JOIN enrolments e ON e.offer_uuid = s.offer_uuid"
                                    " WHERE s.uuid = ?1 AND e.uuid = ?2 AND s.deleted = 0 AND e.deleted = 0", error);
  if (stmt == NULL)
    return rollback_false (self);
  bw_sqlite_bind_text (stmt, 1, session_uuid);
  bw_sqlite_bind_text (stmt, 2, enrolment_uuid);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    offer_uuid = g_strdup (bw_sqlite_column_text (stmt, 0));
  sqlite3_reset (stmt);
  if (offer_uuid == NULL)
    {
      bw_planning_refuse (error, BW_PLANNING_ERROR_NOT_FOUND, _("The session or the enrolment no longer exists"));
      return rollback_false (self);
    }
  uuid = bw_attendance_make_uuid (session_uuid, enrolment_uuid);
  stmt = bw_db_prepare (self->conn, "INSERT INTO attendance (uuid, created_at, created_by, updated_at, updated_by,"
                                    " offer_uuid, session_uuid, enrolment_uuid, status)"
                                    " VALUES (?1, ?2, ?3, ?2, ?3, ?4, ?5, ?6, ?7)"
                                    " ON CONFLICT (uuid) DO UPDATE SET revision = revision + 1,"
                                    " updated_at = excluded.updated_at, updated_by = excluded.updated_by,"
                                    " deleted = 0, status = excluded.status"
                                    " WHERE status <> excluded.status OR deleted <> 0", error);
  if (stmt == NULL)
    return rollback_false (self);
  bw_sqlite_bind_text (stmt, 1, uuid);
  bw_sqlite_bind_text (stmt, 2, now);
  bw_sqlite_bind_text (stmt, 3, bw_case_store_get_author (self->store));
  bw_sqlite_bind_text (stmt, 4, offer_uuid);
  bw_sqlite_bind_text (stmt, 5, session_uuid);
  bw_sqlite_bind_text (stmt, 6, enrolment_uuid);
  bw_sqlite_bind_text (stmt, 7, bw_attendance_status_to_key (status));
  if (!bw_db_step_done (self->conn, stmt, error))
    return rollback_false (self);
  return commit (self, NULL, error);
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

  stmt = bw_db_prepare (self->conn, "SELECT status FROM attendance WHERE session_uuid = ?1 AND enrolment_uuid = ?2"
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

/* Live lists: a GListStore that runs its query again on every "changed". */

typedef enum {
  LIST_OFFERS,
  LIST_SESSIONS,
  LIST_ENROLMENTS,
  LIST_CASE_ENROLMENTS,
} ListKind;

typedef struct {
  ListKind kind;
  int status;
  char *args[6];
} ListQuery;

static void
list_query_free (ListQuery *q)
{
  for (guint i = 0; i < G_N_ELEMENTS (q->args); i++)
    g_free (q->args[i]);
  g_free (q);
}

static GPtrArray *
run_list_query (BwPlanning *self,
                ListQuery  *q)
{
  GPtrArray *items = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt = NULL;

  switch (q->kind)
    {
    case LIST_OFFERS:
      stmt = bw_db_prepare (self->conn, "SELECT " OFFER_COLUMNS " FROM offers o WHERE o.deleted = 0"
                                        " AND (?1 IS NULL OR o.status = ?1) AND (?2 IS NULL OR o.buurt_code = ?2)"
                                        " AND (?3 IS NULL OR lower (o.trainer) = lower (?3))"
                                        " ORDER BY o.title COLLATE NOCASE, o.id", NULL);
      if (stmt == NULL)
        break;
      bw_sqlite_bind_text (stmt, 1, q->status >= 0 ? bw_offer_status_to_key (q->status) : NULL);
      bw_sqlite_bind_text (stmt, 2, q->args[0]);
      bw_sqlite_bind_text (stmt, 3, q->args[1]);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        g_ptr_array_add (items, offer_from_row (stmt));
      break;

    case LIST_SESSIONS:
      stmt = bw_db_prepare (self->conn, "SELECT " SESSION_COLUMNS " FROM sessions s JOIN offers o ON o.uuid = s.offer_uuid"
                                        " WHERE s.deleted = 0 AND o.deleted = 0"
                                        " AND (o.status <> 'cancelled' OR ?6 IS NOT NULL)"
                                        " AND (?1 IS NULL OR s.date >= ?1) AND (?2 IS NULL OR s.date < ?2)"
                                        " AND (?3 IS NULL OR lower (s.trainer) = lower (?3))"
                                        " AND (?4 IS NULL OR s.place_uuid = ?4)"
                                        " AND (?5 IS NULL OR o.buurt_code = ?5)"
                                        " AND (?6 IS NULL OR s.offer_uuid = ?6)"
                                        " ORDER BY s.date, s.start_time, s.id", NULL);
      if (stmt == NULL)
        break;
      for (int i = 0; i < 6; i++)
        bw_sqlite_bind_text (stmt, i + 1, q->args[i]);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        g_ptr_array_add (items, session_from_row (stmt));
      break;

    case LIST_ENROLMENTS:
    case LIST_CASE_ENROLMENTS:
      stmt = bw_db_prepare (self->conn, "SELECT " ENROLMENT_COLUMNS " FROM enrolments e"
                                        " LEFT JOIN offers o ON o.uuid = e.offer_uuid WHERE e.deleted = 0"
                                        " AND (?1 IS NULL OR e.offer_uuid = ?1) AND (?2 IS NULL OR e.case_uuid = ?2)"
                                        " ORDER BY CASE WHEN e.status IN " OCCUPYING " THEN 0"
                                        "   WHEN e.status = 'waiting' THEN 1 WHEN e.status = 'referred' THEN 2 ELSE 3 END,"
                                        " e.referred_at, e.id", NULL);
      if (stmt == NULL)
        break;
      bw_sqlite_bind_text (stmt, 1, q->args[0]);
      bw_sqlite_bind_text (stmt, 2, q->args[1]);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        g_ptr_array_add (items, enrolment_from_row (stmt));
      break;

    default:
      g_assert_not_reached ();
    }
  if (stmt != NULL)
    sqlite3_reset (stmt);
  return items;
}

static void
refresh_list_cb (BwPlanning *self,
                 GListStore *list)
{
  ListQuery *q = g_object_get_data (G_OBJECT (list), "bw-planning-query");
  g_autoptr(GPtrArray) items = run_list_query (self, q);

  g_list_store_splice (list, 0, g_list_model_get_n_items (G_LIST_MODEL (list)),
                       items->pdata, items->len);
}

static GListModel *
live_list (BwPlanning *self,
           GType       type,
           ListQuery  *q)
{
  GListStore *list = g_list_store_new (type);

  g_object_set_data_full (G_OBJECT (list), "bw-planning-query", q, (GDestroyNotify) list_query_free);
  refresh_list_cb (self, list);
  g_signal_connect_object (self, "changed", G_CALLBACK (refresh_list_cb), list, 0);
  return G_LIST_MODEL (list);
}

GListModel *
bw_planning_list_offers (BwPlanning *self,
                         int         status,
                         const char *buurt_code,
                         const char *trainer)
{
  ListQuery *q = g_new0 (ListQuery, 1);

  g_return_val_if_fail (BW_IS_PLANNING (self), NULL);
  q->kind = LIST_OFFERS;
  q->status = status >= 0 && status < BW_OFFER_STATUS_N ? status : -1;
  q->args[0] = g_strdup (buurt_code);
  q->args[1] = g_strdup (trainer);
  return live_list (self, BW_TYPE_OFFER, q);
}

GListModel *
bw_planning_list_sessions (BwPlanning *self,
                           const char *from,
                           const char *to,
                           const char *trainer,
                           const char *place_uuid,
                           const char *buurt_code,
                           const char *offer_uuid)
{
  ListQuery *q = g_new0 (ListQuery, 1);

  g_return_val_if_fail (BW_IS_PLANNING (self), NULL);
  q->kind = LIST_SESSIONS;
  q->args[0] = g_strdup (from);
  q->args[1] = g_strdup (to);
  q->args[2] = g_strdup (trainer);
  q->args[3] = g_strdup (place_uuid);
  q->args[4] = g_strdup (buurt_code);
  q->args[5] = g_strdup (offer_uuid);
  return live_list (self, BW_TYPE_SESSION, q);
}

GListModel *
bw_planning_list_enrolments (BwPlanning *self,
                             const char *offer_uuid)
{
  ListQuery *q = g_new0 (ListQuery, 1);

  g_return_val_if_fail (BW_IS_PLANNING (self), NULL);
  g_return_val_if_fail (offer_uuid != NULL, NULL);
  q->kind = LIST_ENROLMENTS;
  q->args[0] = g_strdup (offer_uuid);
  return live_list (self, BW_TYPE_ENROLMENT, q);
}

GListModel *
bw_planning_list_case_enrolments (BwPlanning *self,
                                  const char *case_uuid)
{
  ListQuery *q = g_new0 (ListQuery, 1);

  g_return_val_if_fail (BW_IS_PLANNING (self), NULL);
  g_return_val_if_fail (case_uuid != NULL, NULL);
  q->kind = LIST_CASE_ENROLMENTS;
  q->args[1] = g_strdup (case_uuid);
  return live_list (self, BW_TYPE_ENROLMENT, q);
}

/* Demand and supply */

const char *
bw_training_need_label (BwTrainingNeed need)
{
  static const char * const labels[BW_TRAINING_NEED_N] = {
    N_("Language"), N_("Digital skills"), N_("Work development"),
  };

  g_return_val_if_fail ((int) need >= 0 && need < BW_TRAINING_NEED_N, "");
  return _(labels[need]);
}

BwTrainingNeed
bw_training_need_for_kind (BwOfferKind kind)
{
  switch (kind)
    {
    case BW_OFFER_KIND_LANGUAGE:
      return BW_TRAINING_NEED_LANGUAGE;
    case BW_OFFER_KIND_DIGITAL:
      return BW_TRAINING_NEED_DIGITAL;
    case BW_OFFER_KIND_JOB_APPLICATION:
    case BW_OFFER_KIND_SECTOR:
    case BW_OFFER_KIND_WORK_ORIENTATION:
    case BW_OFFER_KIND_OTHER:
    case BW_OFFER_KIND_N:
    default:
      return BW_TRAINING_NEED_WORK;
    }
}

void
bw_training_demand_free (BwTrainingDemand *demand)
{
  if (demand == NULL)
    return;
  g_free (demand->buurt_code);
  g_free (demand);
}

static BwTrainingDemand *
demand_for (GHashTable *by_code,
            const char *code)
{
  BwTrainingDemand *d = g_hash_table_lookup (by_code, code);

  if (d == NULL)
    {
      d = g_new0 (BwTrainingDemand, 1);
      d->buurt_code = g_strdup (code);
      g_hash_table_insert (by_code, d->buurt_code, d);
    }
  return d;
}

static int
compare_demand (gconstpointer a,
                gconstpointer b)
{
  const BwTrainingDemand *da = *(BwTrainingDemand **) a;
  const BwTrainingDemand *db = *(BwTrainingDemand **) b;

  return strcmp (da->buurt_code, db->buurt_code);
}

/* "Need" (docs/architecture.md): active cases only; language when the
 * case says so (suspected or course needed) or the latest assessment
 * scores language 1-2; work development when the case is on a development
 * track (development, Beschut Werk, Basisbaan) or the latest assessment
 * scores work and education 1-2; digital skills when the latest
 * assessment scores daily activities 1-2 (a stand-in: cases have no field
 * for digital skills yet). */
#define DEMAND_SQL                                                              \
  "SELECT c.buurt_code,"                                                        \
  " sum (c.language_need IN ('suspected', 'course_needed') OR coalesce (a.language, 5) <= 2)," \
  " sum (coalesce (a.daily_activities, 5) <= 2),"                               \
  " sum (c.track IN ('development', 'beschut_werk', 'basisbaan')"               \
  "      OR coalesce (a.work_education, 5) <= 2)"                               \
  " FROM cases c LEFT JOIN assessments a ON a.id = (SELECT x.id FROM assessments x" \
  "   WHERE x.case_id = c.id AND x.deleted = 0 ORDER BY x.date DESC, x.id DESC LIMIT 1)" \
  " WHERE c.deleted = 0 AND c.status = 'active' GROUP BY c.buurt_code"

#define PLACES_SQL                                                              \
  "SELECT buurt_code, kind, sum (capacity) FROM offers WHERE deleted = 0"       \
  " AND status IN ('open', 'full', 'running') GROUP BY buurt_code, kind"

GPtrArray *
bw_planning_demand_by_buurt (BwPlanning  *self,
                             GError     **error)
{
  g_autoptr(GHashTable) by_code = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *result;
  sqlite3_stmt *stmt;
  GHashTableIter iter;
  gpointer value;
  int rc;

  g_return_val_if_fail (BW_IS_PLANNING (self), NULL);

  stmt = bw_db_prepare (self->conn, DEMAND_SQL, error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      BwTrainingDemand *d = demand_for (by_code, bw_sqlite_column_text (stmt, 0));

      for (int i = 0; i < BW_TRAINING_NEED_N; i++)
        d->demand[i] += sqlite3_column_int64 (stmt, i + 1);
    }
  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    {
      stmt = bw_db_prepare (self->conn, PLACES_SQL, error);
      if (stmt == NULL)
        rc = SQLITE_ERROR;
      else
        {
          while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
            {
              BwTrainingDemand *d = demand_for (by_code, bw_sqlite_column_text (stmt, 0));

              d->places[bw_training_need_for_kind (bw_offer_kind_from_key (bw_sqlite_column_text (stmt, 1)))] +=
                sqlite3_column_int64 (stmt, 2);
            }
          sqlite3_reset (stmt);
        }
    }

  result = g_ptr_array_new_with_free_func ((GDestroyNotify) bw_training_demand_free);
  g_hash_table_iter_init (&iter, by_code);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_ptr_array_add (result, value);
  if (rc != SQLITE_DONE)
    {
      g_ptr_array_unref (result);
      if (error == NULL || *error == NULL)
        bw_db_set_error_from_handle (self->db, 0, error);
      return NULL;
    }
  g_ptr_array_sort (result, compare_demand);
  return result;
}

/* Export */

char *
bw_planning_export_offer_ics (BwPlanning  *self,
                              const char  *offer_uuid,
                              GError     **error)
{
  g_autoptr(BwOffer) offer = NULL;
  g_autoptr(GListModel) sessions = NULL;

  g_return_val_if_fail (BW_IS_PLANNING (self), NULL);

  offer = bw_planning_get_offer (self, offer_uuid, error);
  if (offer == NULL)
    return NULL;
  sessions = bw_planning_list_sessions (self, NULL, NULL, NULL, NULL, NULL, offer_uuid);
  return bw_ics_writer_sessions (sessions, NULL);
}

char *
bw_planning_export_trainer_ics (BwPlanning  *self,
                                const char  *trainer,
                                GError     **error)
{
  g_autoptr(GListModel) sessions = NULL;

  g_return_val_if_fail (BW_IS_PLANNING (self), NULL);

  if (trainer == NULL || *trainer == '\0')
    {
      bw_planning_refuse (error, BW_PLANNING_ERROR_NAME, _("Choose a trainer"));
      return NULL;
    }
  sessions = bw_planning_list_sessions (self, NULL, NULL, trainer, NULL, NULL, NULL);
  return bw_ics_writer_sessions (sessions, NULL);
}

char *
bw_planning_export_participants_csv (BwPlanning  *self,
                                     const char  *offer_uuid,
                                     GError     **error)
{
  g_autoptr(BwOffer) offer = NULL;
  g_autoptr(GListModel) list = NULL;
  GString *out;
  const char *header[] = {
    _("Name"), _("Phone"), _("E-mail"), _("Buurt"), _("Language need"), _("Status"),
    _("Waiting list"), _("Outcome"),
  };

  g_return_val_if_fail (BW_IS_PLANNING (self), NULL);

  offer = bw_planning_get_offer (self, offer_uuid, error);
  if (offer == NULL)
    return NULL;
  list = bw_planning_list_enrolments (self, offer_uuid);
  out = bw_csv_writer_new ();
  bw_csv_writer_append_row (out, header, G_N_ELEMENTS (header));
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(BwEnrolment) e = g_list_model_get_item (list, i);
      BwNeighbourhood *nb = bw_case_store_find_neighbourhood (self->store, bw_enrolment_get_buurt_code (e));
      g_autofree char *position = bw_enrolment_get_waiting_position (e) > 0 ?
        g_strdup_printf ("%d", bw_enrolment_get_waiting_position (e)) : NULL;
      const char *row[] = {
        bw_enrolment_get_name (e), bw_enrolment_get_phone (e), bw_enrolment_get_email (e),
        nb ? bw_neighbourhood_get_name (nb) : bw_enrolment_get_buurt_code (e),
        bw_language_need_label (bw_enrolment_get_language_need (e)),
        bw_enrolment_status_label (bw_enrolment_get_status (e)), position, bw_enrolment_get_outcome (e),
      };

      bw_csv_writer_append_row (out, row, G_N_ELEMENTS (row));
    }
  return g_string_free (out, FALSE);
}

