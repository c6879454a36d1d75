/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <sqlite3.h>

#include "bw-case-store-private.h"
#include "bw-db.h"
#include "bw-planning.h"

G_BEGIN_DECLS

/* BwPlanning's parts share this header: offers (bw-planning-offers.c),
 * sessions and their conflicts (bw-planning-sessions.c), enrolments and
 * attendance (bw-planning-enrolments.c), demand per buurt
 * (bw-planning-demand.c), exports (bw-planning-export.c); the object, its
 * transactions and live lists are in bw-planning.c. */

struct _BwPlanning
{
  GObject parent_instance;

  BwCaseStore *store;
};

/* The store's connection, asked for on every use and never kept: the
 * store may hand each thread a connection of its own. */
static inline BwDb *
bw_planning_db (BwPlanning *self)
{
  return bw_case_store_get_connection (self->store);
}

static inline sqlite3 *
bw_planning_handle (BwPlanning *self)
{
  return bw_db_get_handle (bw_planning_db (self));
}

/* Enrolment statuses that hold one of the offer's places. */
#define BW_PLANNING_OCCUPYING "('placed', 'started', 'completed')"

/* Every write is one transaction of the store. commit() tells the views
 * (and the case page, for each case id in @noted_cases, which may be
 * NULL) only what is on disk; rollback() always returns FALSE. */
gboolean   bw_planning_begin    (BwPlanning  *self,
                                 GError     **error);
gboolean   bw_planning_commit   (BwPlanning  *self,
                                 GArray      *noted_cases,
                                 GError     **error);
gboolean   bw_planning_rollback (BwPlanning  *self);
/* Marks the live record @uuid of @type deleted (removals are soft);
 * @deleted says whether there was one. */
gboolean   bw_planning_delete_record (BwPlanning    *self,
                                      BwRecordType   type,
                                      const char    *uuid,
                                      gboolean      *deleted,
                                      GError       **error);

/* The row readers of the lists and the single reads: each list's SELECT
 * starts with its type's columns. */
#define BW_PLANNING_OFFER_COLUMNS                                              \
  "o.id, o.uuid, o.revision, o.title, o.kind, o.target_group, o.description, " \
  "o.trainer, o.partner, o.buurt_code, o.capacity, o.status, o.first_date, "   \
  "o.last_date, "                                                              \
  "(SELECT count (*) FROM enrolments e WHERE e.offer_uuid = o.uuid"            \
  "  AND e.deleted = 0 AND e.status IN " BW_PLANNING_OCCUPYING "), "          \
  "(SELECT count (*) FROM enrolments e WHERE e.offer_uuid = o.uuid"            \
  "  AND e.deleted = 0 AND e.status = 'waiting')"

/* A session is marked when another live session of the same trainer or at
 * the same place overlaps it (half-open intervals: 9:00-10:00 and
 * 10:00-11:00 do not), or when it is outside its offer's period. Computed
 * on every read, so the mark follows the other session. */
#define BW_PLANNING_SESSION_COLUMNS                                            \
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

#define BW_PLANNING_ENROLMENT_COLUMNS                                          \
  "e.id, e.uuid, e.revision, e.offer_uuid, e.case_uuid, e.name, e.phone, "     \
  "e.email, e.buurt_code, e.language_need, e.status, e.referred_at, "          \
  "e.status_date, e.outcome, o.title, "                                        \
  "CASE WHEN e.status = 'waiting' THEN (SELECT count (*) FROM enrolments w"    \
  "  WHERE w.offer_uuid = e.offer_uuid AND w.deleted = 0"                      \
  "  AND w.status = 'waiting' AND (w.referred_at < e.referred_at"              \
  "  OR (w.referred_at = e.referred_at AND w.id <= e.id))) ELSE 0 END"

BwOffer     *bw_planning_offer_from_row     (sqlite3_stmt *stmt);
BwSession   *bw_planning_session_from_row   (sqlite3_stmt *stmt);
BwEnrolment *bw_planning_enrolment_from_row (sqlite3_stmt *stmt);

/* How many of @offer_uuid's places are taken. */
gint64   bw_planning_count_occupying (BwPlanning  *self,
                                      const char  *offer_uuid);
/* Fills free places of @offer_uuid from the waiting list, first referred
 * first, noting each in its case's journal. */
gboolean bw_planning_promote_waiting (BwPlanning  *self,
                                      const char  *offer_uuid,
                                      GArray      *noted_cases,
                                      GError     **error);

/* Notes the current status of enrolment @enrolment_uuid in the journal of
 * its case, when that case is in the database @db (a buurtteam desktop; a
 * trainer's desktop has no cases and writes nothing). The journal entry's
 * uuid is derived from the enrolment and the status, so the note is
 * written at most once per enrolment and status, whichever desktop (or
 * sync) writes it first. @previous_status (a key or NULL) only chooses the
 * wording ("moved up from the waiting list"). @case_id receives the local
 * id of the case when a note was written, else 0. Used by BwPlanning and
 * by the sync engine when it applies an enrolment from the server. */
gboolean bw_planning_note_status_change (BwDb        *db,
                                         const char  *enrolment_uuid,
                                         const char  *previous_status,
                                         const char  *author,
                                         gint64      *case_id,
                                         GError     **error);

/* The uuid of the journal note of @enrolment_uuid reaching @status_key. */
char    *bw_planning_journal_uuid       (const char  *enrolment_uuid,
                                         const char  *status_key);

G_END_DECLS
