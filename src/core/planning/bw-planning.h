/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <gio/gio.h>

#include "bw-attendance.h"
#include "bw-case-store.h"
#include "bw-enrolment.h"
#include "bw-offer.h"
#include "bw-planning-conflict.h"
#include "bw-planning-rules.h"
#include "bw-record-json.h"
#include "bw-session.h"

G_BEGIN_DECLS


#define BW_TYPE_PLANNING (bw_planning_get_type ())
G_DECLARE_FINAL_TYPE (BwPlanning, bw_planning, BW, PLANNING, GObject)

/* The planning rules on top of a case store's database. Every write is one
 * transaction, validated first; nothing is written when it is refused.
 * "changed" is emitted after every committed planning write, and when the
 * store reports many changes at once (a sync). */
BwPlanning  *bw_planning_new                  (BwCaseStore  *store);
BwCaseStore *bw_planning_get_store            (BwPlanning   *self);

/* Offers */

/* Checks an offer's own fields (title, kind, status, buurt, capacity,
 * period); the rules that need the database run in save. */
gboolean     bw_planning_validate_offer       (BwPlanning   *self,
                                               BwOffer      *offer,
                                               GError      **error);
/* A new offer (uuid NULL) is inserted; otherwise the offer is updated if
 * its revision is still the stored one. Lowering the capacity below the
 * number placed is refused; raising it moves the first on the waiting
 * list up, in the same transaction. On success @offer carries its uuid,
 * id and revision. */
gboolean     bw_planning_save_offer           (BwPlanning   *self,
                                               BwOffer      *offer,
                                               GError      **error);
BwOffer     *bw_planning_get_offer            (BwPlanning   *self,
                                               const char   *uuid,
                                               GError      **error);
/* A live list (refreshed on "changed") of BwOffer, by title. @status -1,
 * @buurt_code and @trainer NULL mean any. */
GListModel  *bw_planning_list_offers          (BwPlanning   *self,
                                               int           status,
                                               const char   *buurt_code,
                                               const char   *trainer);

/* Sessions */

/* The conflicts @session would have if it were saved as it is (a GPtrArray
 * of BwPlanningConflict, maybe empty), without writing; NULL with @error
 * when the session itself is invalid. */
GPtrArray   *bw_planning_check_session        (BwPlanning   *self,
                                               BwSession    *session,
                                               GError      **error);
/* Saves (inserts when its uuid is NULL) a session. Refused: an unknown or
 * cancelled offer, a date or time that does not exist, end not after
 * start. When it has conflicts and @confirm is FALSE nothing is written:
 * FALSE with BW_PLANNING_ERROR_NEEDS_CONFIRMATION. With @confirm the
 * session is stored and stays marked (has_conflict on read). @conflicts,
 * when not NULL, receives the conflicts found (also on success). */
gboolean     bw_planning_save_session         (BwPlanning   *self,
                                               BwSession    *session,
                                               gboolean      confirm,
                                               GPtrArray   **conflicts,
                                               GError      **error);
/* Creates @count sessions (or up to @until, a date, when @count is 0),
 * every @interval_weeks weeks from @first's date, with @first's local
 * times, place and trainer, all in one transaction: all or nothing. Local
 * times are kept across DST. The conflicts of all of them are checked
 * first, as in save_session. @created, when not NULL, receives the new
 * BwSession objects. */
gboolean     bw_planning_add_recurring_sessions (BwPlanning *self,
                                                 BwSession  *first,
                                                 guint       interval_weeks,
                                                 guint       count,
                                                 const char *until,
                                                 gboolean    confirm,
                                                 GPtrArray **conflicts,
                                                 GPtrArray **created,
                                                 GError    **error);
gboolean     bw_planning_delete_session       (BwPlanning   *self,
                                               const char   *uuid,
                                               GError      **error);
BwSession   *bw_planning_get_session          (BwPlanning   *self,
                                               const char   *uuid,
                                               GError      **error);
/* The conflicts of a stored session as they are now (recomputed, so they
 * follow the other session when it moves or is deleted). */
GPtrArray   *bw_planning_session_conflicts    (BwPlanning   *self,
                                               const char   *uuid,
                                               GError      **error);
/* A live list of BwSession with @from <= date < @to (NULL: open), by date
 * and start time, for the week view; @trainer, @place_uuid, @buurt_code
 * (the offer's buurt) and @offer_uuid filter when not NULL. Sessions of
 * cancelled offers are left out. */
GListModel  *bw_planning_list_sessions        (BwPlanning   *self,
                                               const char   *from,
                                               const char   *to,
                                               const char   *trainer,
                                               const char   *place_uuid,
                                               const char   *buurt_code,
                                               const char   *offer_uuid);

/* Enrolments */

/* Refers the resident of case @case_id to @offer_uuid: an enrolment with
 * status "referred" and a snapshot of name, phone, e-mail, buurt and
 * language need (nothing else of the case), and a journal entry on the
 * case, in one transaction. */
BwEnrolment *bw_planning_refer_case           (BwPlanning   *self,
                                               const char   *offer_uuid,
                                               gint64        case_id,
                                               GError      **error);
/* An enrolment without a case (someone who signed up at the trainer). */
gboolean     bw_planning_add_enrolment        (BwPlanning   *self,
                                               BwEnrolment  *enrolment,
                                               GError      **error);
/* Places a referred (or waiting) resident: "placed" when the offer has
 * room, else "waiting" (the waiting list is in order of referral). */
gboolean     bw_planning_place                (BwPlanning   *self,
                                               const char   *enrolment_uuid,
                                               GError      **error);
/* Any status change (started, completed with @outcome, dropped out ...).
 * When a place frees up, the first on the waiting list moves up in the
 * same transaction (as many as there are free places, in order). Each
 * change is noted in the case's journal when the case is in this store. */
gboolean     bw_planning_set_enrolment_status (BwPlanning   *self,
                                               const char   *enrolment_uuid,
                                               BwEnrolmentStatus status,
                                               const char   *outcome,
                                               GError      **error);
/* Removes an enrolment (entered by mistake); the waiting list moves up. */
gboolean     bw_planning_remove_enrolment     (BwPlanning   *self,
                                               const char   *enrolment_uuid,
                                               GError      **error);
BwEnrolment *bw_planning_get_enrolment        (BwPlanning   *self,
                                               const char   *uuid,
                                               GError      **error);
/* Live lists of BwEnrolment: of an offer (placed, started, completed
 * first, then the waiting list in order, then the rest), and of a case. */
GListModel  *bw_planning_list_enrolments      (BwPlanning   *self,
                                               const char   *offer_uuid);
GListModel  *bw_planning_list_case_enrolments (BwPlanning   *self,
                                               const char   *case_uuid);

/* Attendance */

gboolean     bw_planning_set_attendance       (BwPlanning   *self,
                                               const char   *session_uuid,
                                               const char   *enrolment_uuid,
                                               BwAttendanceStatus status,
                                               GError      **error);
/* FALSE when nothing was recorded for that session and participant. */
gboolean     bw_planning_get_attendance       (BwPlanning   *self,
                                               const char   *session_uuid,
                                               const char   *enrolment_uuid,
                                               BwAttendanceStatus *status);

/* Demand and supply per buurt (docs/architecture.md defines "need"). */
typedef enum {
  BW_TRAINING_NEED_LANGUAGE,
  BW_TRAINING_NEED_DIGITAL,
  BW_TRAINING_NEED_WORK,
  BW_TRAINING_NEED_N
} BwTrainingNeed;

const char  *bw_training_need_label           (BwTrainingNeed need);
/* Which need an offer of @kind serves. */
BwTrainingNeed bw_training_need_for_kind      (BwOfferKind   kind);

typedef struct {
  char *buurt_code;
  gint64 demand[BW_TRAINING_NEED_N];  /* active cases with that need */
  gint64 places[BW_TRAINING_NEED_N];  /* capacity of open/full/running offers */
} BwTrainingDemand;

void         bw_training_demand_free          (BwTrainingDemand *demand);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BwTrainingDemand, bw_training_demand_free)
/* One entry per buurt that has demand or places, by buurt code. */
GPtrArray   *bw_planning_demand_by_buurt      (BwPlanning   *self,
                                               GError      **error);

G_END_DECLS

G_BEGIN_DECLS

/* Export (docs/architecture.md) */

/* The sessions of one offer, or of one trainer (all offers), as an
 * iCalendar file (bw-ics-writer.h). */
char        *bw_planning_export_offer_ics      (BwPlanning   *self,
                                                const char   *offer_uuid,
                                                GError      **error);
char        *bw_planning_export_trainer_ics    (BwPlanning   *self,
                                                const char   *trainer,
                                                GError      **error);
/* The participant list of an offer as CSV (bw-csv-writer.h): name,
 * phone, e-mail, buurt, language need, status, waiting-list position,
 * outcome; a header row with translated column names. */
char        *bw_planning_export_participants_csv (BwPlanning *self,
                                                  const char *offer_uuid,
                                                  GError    **error);

G_END_DECLS

G_BEGIN_DECLS


G_END_DECLS
