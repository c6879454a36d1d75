/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <gio/gio.h>

#include "bw-assessment.h"
#include "bw-case.h"
#include "bw-case-action.h"
#include "bw-involvement.h"
#include "bw-journal-entry.h"
#include "bw-neighbourhood.h"
#include "bw-place.h"
#include "bw-team-member.h"
#include "bw-track-change.h"

G_BEGIN_DECLS

#define BW_STORE_ERROR (bw_store_error_quark ())

typedef enum {
  BW_STORE_ERROR_FAILED,
  BW_STORE_ERROR_NOT_FOUND,
  /* The record changed since it was read: reload, never overwrite. */
  BW_STORE_ERROR_CONFLICT,
  /* The file was written by a newer Buurtwerk. */
  BW_STORE_ERROR_TOO_NEW,
  /* The database or its folder can be read by other users. */
  BW_STORE_ERROR_NOT_PRIVATE,
} BwStoreError;

GQuark bw_store_error_quark (void);

/* The orders of the case list. */
typedef enum {
  BW_CASE_SORT_NAME,      /* by surname (bw-name-order.h) */
  BW_CASE_SORT_CONTACT,   /* without contact first, then the longest ago */
  BW_CASE_SORT_STATUS,    /* intake, active, closed; then by name */
} BwCaseSort;

/* What the case list shows: every field NULL or -1 means "any". */
typedef struct {
  char *text;          /* full-text search over names, addresses, journal */
  int status;          /* BwCaseStatus or -1 */
  char *buurt_code;
  int track;           /* BwTrack or -1 */
  int has_debts;       /* 0, 1 or -1 */
  gint64 owner;        /* the responsible worker's user id, or 0 */
  BwCaseSort sort;
} BwCaseQuery;

void          bw_case_query_init  (BwCaseQuery       *query);
void          bw_case_query_clear (BwCaseQuery       *query);
void          bw_case_query_copy  (const BwCaseQuery *src,
                                   BwCaseQuery       *dest);

#define BW_TYPE_CASE_STORE (bw_case_store_get_type ())
G_DECLARE_FINAL_TYPE (BwCaseStore, bw_case_store, BW, CASE_STORE, GObject)

/* Opens (creating when needed) the case database at @path, in WAL mode with
 * synchronous=FULL and foreign keys on, and migrates it to the current
 * schema. @author is written as created_by/updated_by on every change,
 * until someone signed in: then the name the server gave (the meta
 * "user_name", stored by the sync engine) is. */
BwCaseStore  *bw_case_store_open               (const char   *path,
                                                const char   *author,
                                                GError      **error);
const char   *bw_case_store_get_path           (BwCaseStore  *self);
/* Whether only this user can read the case data: the database file, its
 * -wal and -shm, and the folder they are in (a shared folder with the
 * sticky bit, such as /tmp, is not counted: the file's own mode protects
 * it there). FALSE with BW_STORE_ERROR_NOT_PRIVATE saying what to do when
 * group or others may read one of them (a copied-in file, a shared home). */
gboolean      bw_case_store_check_private      (BwCaseStore  *self,
                                                GError      **error);
const char   *bw_case_store_get_author         (BwCaseStore  *self);
void          bw_case_store_set_author         (BwCaseStore  *self,
                                                const char   *author);
int           bw_case_store_get_schema_version (BwCaseStore  *self);

/* Several changes as one transaction (nestable). */
gboolean      bw_case_store_begin              (BwCaseStore  *self,
                                                GError      **error);
gboolean      bw_case_store_commit             (BwCaseStore  *self,
                                                GError      **error);
void          bw_case_store_rollback           (BwCaseStore  *self);

/* Writing off the main thread, so that a window never waits for the disk
 * or for the sync's write lock. @func runs on the store's one write thread,
 * jobs in the order they were queued, inside one transaction (committed
 * when it returns TRUE, rolled back when FALSE); there the store's own
 * functions use the write thread's connection. @data must not be touched
 * by anyone else until @destroy. When the job is done, ::case-changed is
 * emitted for what it changed and then @callback runs, both on the thread
 * that called this. */
typedef gboolean (*BwCaseStoreWriteFunc) (BwCaseStore  *self,
                                          gpointer      data,
                                          GError      **error);

void          bw_case_store_write_async        (BwCaseStore          *self,
                                                BwCaseStoreWriteFunc  func,
                                                gpointer              data,
                                                GDestroyNotify        destroy,
                                                GCancellable         *cancellable,
                                                GAsyncReadyCallback   callback,
                                                gpointer              user_data);
gboolean      bw_case_store_write_finish       (BwCaseStore          *self,
                                                GAsyncResult         *result,
                                                GError              **error);

/* Reading off the main thread, for views: @func runs on the store's read
 * thread, jobs in the order they were queued, where the store's own
 * functions read through a read-only connection (WAL: it never waits for
 * a writer). Its result (which @func owns until it returns it) comes back
 * through read_finish(); @data must not be touched by anyone else until
 * @destroy. */
typedef gpointer (*BwCaseStoreReadFunc) (BwCaseStore  *self,
                                         gpointer      data,
                                         GError      **error);

void          bw_case_store_read_async         (BwCaseStore          *self,
                                                BwCaseStoreReadFunc   func,
                                                gpointer              data,
                                                GDestroyNotify        destroy,
                                                GCancellable         *cancellable,
                                                GAsyncReadyCallback   callback,
                                                gpointer              user_data);
gpointer      bw_case_store_read_finish        (BwCaseStore          *self,
                                                GAsyncResult         *result,
                                                GError              **error);

/* For writers with their own connection (sync): tell the views that case
 * @case_id (0: many) changed on disk. */
void          bw_case_store_emit_changed       (BwCaseStore  *self,
                                                gint64        case_id);

/* Small key/value settings kept with the data (database identity, whether
 * demo data was added). */
char         *bw_case_store_get_meta           (BwCaseStore  *self,
                                                const char   *key);
gboolean      bw_case_store_set_meta           (BwCaseStore  *self,
                                                const char   *key,
                                                const char   *value,
                                                GError      **error);

/* Neighbourhoods */
GListModel   *bw_case_store_get_neighbourhoods (BwCaseStore  *self);
BwNeighbourhood *bw_case_store_find_neighbourhood (BwCaseStore *self,
                                                   const char  *code);

/* Cases */
gint64        bw_case_store_count_cases        (BwCaseStore  *self);
BwCase       *bw_case_store_get_case           (BwCaseStore  *self,
                                                gint64        id,
                                                GError      **error);
/* The local id of the case with @uuid, or 0. */
gint64        bw_case_store_find_case_id       (BwCaseStore  *self,
                                                const char   *uuid);
/* Validates, assigns id, UUID, revision 1 and timestamps, and writes. */
gboolean      bw_case_store_insert_case        (BwCaseStore  *self,
                                                BwCase       *record,
                                                GError      **error);
/* Validates and writes @record if its revision is still the stored one;
 * on success @record carries the new revision. A changed track is added
 * to the track history in the same transaction. */
gboolean      bw_case_store_update_case        (BwCaseStore  *self,
                                                BwCase       *record,
                                                const char   *track_note,
                                                GError      **error);

GArray       *bw_case_store_query_ids          (BwCaseStore        *self,
                                                const BwCaseQuery  *query,
                                                GError            **error);

/* The part of @case_id's journal notes that matches the search @text
 * (bw_snippet_find()); NULL when no note matches (only the name or the
 * address did). */
char         *bw_case_store_note_snippet       (BwCaseStore  *self,
                                                gint64        case_id,
                                                const char   *text,
                                                GError      **error);

/* The team (bw-case-store-team.c): its workers and coordinator
 * (BwTeamMember, by name), the other teams (role NULL), the signed-in
 * user's id (0 before the first sign-in) and the team's follow-up
 * settings: a re-assessment of the life domains every N months (3), and
 * contact at least every N weeks (6). */
GListModel   *bw_case_store_list_team_members  (BwCaseStore  *self);
GListModel   *bw_case_store_list_other_teams   (BwCaseStore  *self);
char         *bw_case_store_get_member_name    (BwCaseStore  *self,
                                                gint64        id);
gint64        bw_case_store_get_user_id        (BwCaseStore  *self);
guint         bw_case_store_get_reassess_months (BwCaseStore *self);
guint         bw_case_store_get_contact_weeks  (BwCaseStore  *self);
/* Another team's name, from the team list; NULL when unknown. */
char         *bw_case_store_get_team_name      (BwCaseStore  *self,
                                                gint64        team_id);

/* Handing a case over (bw-case-store-transfer.c): each writes only the
 * case's assigned fields, which then travel with the next sync; the server
 * decides (docs/sync-protocol.md, "Ownership and transfer"). An offer goes
 * to a colleague (@to_user) or to another team (@to_team), never both,
 * with a note; refused with a BW_VALIDATION_ERROR that says why. */
gboolean      bw_case_store_offer_transfer     (BwCaseStore  *self,
                                                gint64        case_id,
                                                gint64        to_user,
                                                gint64        to_team,
                                                const char   *note,
                                                GError      **error);
gboolean      bw_case_store_withdraw_transfer  (BwCaseStore  *self,
                                                gint64        case_id,
                                                GError      **error);
/* The coordinator's: makes worker @owner responsible for the case. */
gboolean      bw_case_store_set_owner          (BwCaseStore  *self,
                                                gint64        case_id,
                                                gint64        owner,
                                                GError      **error);
/* The coordinator's team overview: per worker of the team (by name) the
 * open cases they are responsible for, their actions past the due date
 * and not done, and their open cases without contact for the team's
 * contact_weeks (the day it was opened counts for a case without any). */
typedef struct {
  gint64 user_id;
  char *name;
  guint open_cases;
  guint overdue_actions;
  guint without_contact;
} BwCaseload;

void          bw_caseload_free                 (BwCaseload   *load);
/* BwCaseload, freed with the array. */
GPtrArray    *bw_case_store_list_caseloads     (BwCaseStore  *self,
                                                GError      **error);

/* The reason a transfer was declined, closed on this desktop until
 * another answer comes. */
gboolean      bw_case_store_dismiss_transfer_answer (BwCaseStore *self,
                                                const char   *case_uuid,
                                                const char   *answer,
                                                GError      **error);
gboolean      bw_case_store_transfer_answer_dismissed (BwCaseStore *self,
                                                const char   *case_uuid,
                                                const char   *answer);

/* The live records of @type (one whose parent is a case: journal,
 * actions, …) under case @case_id, oldest first, as their own GObject
 * type: for code that treats every kind alike (the printed record). */
GListModel   *bw_case_store_list_records       (BwCaseStore  *self,
                                                BwRecordType  type,
                                                gint64        case_id);

/* Journal */
GListModel   *bw_case_store_list_journal       (BwCaseStore  *self,
                                                gint64        case_id);
gint64        bw_case_store_add_journal        (BwCaseStore  *self,
                                                gint64        case_id,
                                                const char   *date,
                                                const char   *text,
                                                GError      **error);
/* A note of the contact log: how the contact took place, how many
 * @minutes it took (0: not said) and @with whom besides the resident
 * (NULL or empty: no one). */
gint64        bw_case_store_add_contact        (BwCaseStore    *self,
                                                gint64          case_id,
                                                const char     *date,
                                                const char     *text,
                                                BwContactType   type,
                                                int             minutes,
                                                const char     *with,
                                                GError        **error);

/* Actions */
GListModel   *bw_case_store_list_actions       (BwCaseStore  *self,
                                                gint64        case_id);
gint64        bw_case_store_add_action         (BwCaseStore  *self,
                                                gint64        case_id,
                                                const char   *what,
                                                const char   *owner,
                                                const char   *due_date,
                                                GError      **error);
/* The same, done by @assignee (a worker's user id), or by @owner, someone
 * outside the system named in words, when @assignee is 0. */
gint64        bw_case_store_add_assigned_action (BwCaseStore *self,
                                                gint64        case_id,
                                                const char   *what,
                                                gint64        assignee,
                                                const char   *owner,
                                                const char   *due_date,
                                                GError      **error);
/* Done: done_on is the day it was first marked done; not done: none. */
gboolean      bw_case_store_set_action_done    (BwCaseStore  *self,
                                                gint64        action_id,
                                                gboolean      done,
                                                GError      **error);

/* ZRM measurements, oldest first */
GListModel   *bw_case_store_list_assessments   (BwCaseStore  *self,
                                                gint64        case_id);
/* Scores alone (0: not scored) on @date (NULL: today). */
gint64        bw_case_store_add_assessment     (BwCaseStore  *self,
                                                gint64        case_id,
                                                const char   *date,
                                                const int     scores[BW_DOMAIN_N],
                                                GError      **error);
/* @measurement's date, scores, notes and goals, checked by
 * bw_validate_measurement(); the author is this store's. */
gint64        bw_case_store_add_measurement    (BwCaseStore   *self,
                                                gint64         case_id,
                                                BwAssessment  *measurement,
                                                GError       **error);

/* Cascade-track history, oldest first */
GListModel   *bw_case_store_list_track_history (BwCaseStore  *self,
                                                gint64        case_id);

/* Involved organisations */
GListModel   *bw_case_store_list_involvements  (BwCaseStore  *self,
                                                gint64        case_id);
gint64        bw_case_store_add_involvement    (BwCaseStore  *self,
                                                gint64        case_id,
                                                const char   *organisation,
                                                const char   *contact,
                                                const char   *role,
                                                GError      **error);
gboolean      bw_case_store_remove_involvement (BwCaseStore  *self,
                                                gint64        involvement_id,
                                                GError      **error);

/* Places where courses are held (community centres, schools, employers).
 * A place needs a name, a known buurt and a location in Heerlen; an update
 * carries the revision it was based on (BW_STORE_ERROR_CONFLICT when the
 * stored one moved). */
GListModel   *bw_case_store_list_places        (BwCaseStore  *self);
gboolean      bw_case_store_insert_place       (BwCaseStore  *self,
                                                BwPlace      *place,
                                                GError      **error);
gboolean      bw_case_store_update_place       (BwCaseStore  *self,
                                                BwPlace      *place,
                                                GError      **error);

G_END_DECLS
