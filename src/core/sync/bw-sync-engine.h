/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <gio/gio.h>

#include "bw-case-store.h"
#include "bw-report.h"
#include "bw-sync-conflict.h"

G_BEGIN_DECLS

#define BW_SYNC_ERROR (bw_sync_error_quark ())

typedef enum {
  BW_SYNC_ERROR_FAILED,
  BW_SYNC_ERROR_NOT_CONFIGURED,
  /* No connection: work goes on offline and the next sync retries. */
  BW_SYNC_ERROR_OFFLINE,
  /* The session ended or the password is wrong: log in again. */
  BW_SYNC_ERROR_UNAUTHORIZED,
  /* The server answered something that is not the protocol. */
  BW_SYNC_ERROR_PROTOCOL,
  BW_SYNC_ERROR_BUSY,
  /* The server's sequence went back (restored without a new epoch). */
  BW_SYNC_ERROR_SEQUENCE_AHEAD,
  /* Demo data is never sent to a real server. */
  BW_SYNC_ERROR_DEMO_DATA,
  /* The server refused a request as too large (413). */
  BW_SYNC_ERROR_TOO_LARGE,
  /* 404: absent, or not (any more) the user's to see: the same answer. */
  BW_SYNC_ERROR_NOT_FOUND,
  /* The server is busy (429, 503): nothing was done; everything stays in
   * the outbox. Try again after bw_sync_engine_get_retry_after() seconds. */
  BW_SYNC_ERROR_RETRY_LATER,
} BwSyncError;

GQuark bw_sync_error_quark (void);

typedef enum {
  BW_SYNC_STATE_IDLE,
  BW_SYNC_STATE_SYNCING,
  BW_SYNC_STATE_OFFLINE,
  BW_SYNC_STATE_ERROR,
} BwSyncState;

typedef enum {
  BW_CONFLICT_KEEP_MINE,
  BW_CONFLICT_TAKE_THEIRS,
  BW_CONFLICT_USE_VALUE,
} BwConflictChoice;

#define BW_TYPE_SYNC_ENGINE (bw_sync_engine_get_type ())
G_DECLARE_FINAL_TYPE (BwSyncEngine, bw_sync_engine, BW, SYNC_ENGINE, GObject)

/* Syncs a case store with the central server (docs/sync-protocol.md).
 * Local edits reach the outbox through triggers in the same transaction as
 * the edit; the engine pulls the change feed, merges field by field against
 * the last known server state, pushes what changed here, and keeps every
 * real conflict for a person to decide. Network work is asynchronous and
 * database work runs on a worker thread with its own connection. */

BwSyncEngine *bw_sync_engine_new            (BwCaseStore         *store,
                                             GError             **error);
/* @base_url such as "https://buurtwerk.heerlen.nl" (no /api/v1). */
void          bw_sync_engine_set_server     (BwSyncEngine        *self,
                                             const char          *base_url,
                                             const char          *token);
gboolean      bw_sync_engine_is_configured  (BwSyncEngine        *self);
/* The store this engine syncs. */
BwCaseStore  *bw_sync_engine_get_store      (BwSyncEngine        *self);
BwSyncState   bw_sync_engine_get_state      (BwSyncEngine        *self);
/* 0..1 while syncing. */
double        bw_sync_engine_get_progress   (BwSyncEngine        *self);
/* ISO 8601 UTC of the last complete sync, or NULL. */
char         *bw_sync_engine_dup_last_sync  (BwSyncEngine        *self);
/* After BW_SYNC_ERROR_RETRY_LATER: the seconds the server asked to wait
 * (its Retry-After), at least 1. */
guint         bw_sync_engine_get_retry_after (BwSyncEngine       *self);
/* Records with local changes not yet acknowledged by the server. */
guint         bw_sync_engine_count_pending  (BwSyncEngine        *self);
/* The same, counted on a worker thread: the outbox may hold a million
 * rows, and a feed page being applied holds the engine's connection. */
void          bw_sync_engine_count_pending_async  (BwSyncEngine        *self,
                                                   GCancellable        *cancellable,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
guint         bw_sync_engine_count_pending_finish (BwSyncEngine        *self,
                                                   GAsyncResult        *result,
                                                   GError             **error);

void          bw_sync_engine_login_async    (BwSyncEngine        *self,
                                             const char          *base_url,
                                             const char          *login,
                                             const char          *password,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
/* Returns the session token (the engine uses it from now on). */
char         *bw_sync_engine_login_finish   (BwSyncEngine        *self,
                                             GAsyncResult        *result,
                                             GError             **error);

/* Asks the server who the session's user is (GET /me) and stores their
 * role, organisation and name, as a login does; emits "user-changed" when
 * they differ from what was stored. */
void          bw_sync_engine_refresh_user_async  (BwSyncEngine        *self,
                                                  GCancellable        *cancellable,
                                                  GAsyncReadyCallback  callback,
                                                  gpointer             user_data);
gboolean      bw_sync_engine_refresh_user_finish (BwSyncEngine        *self,
                                                  GAsyncResult        *result,
                                                  GError             **error);

void          bw_sync_engine_sync_async     (BwSyncEngine        *self,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
gboolean      bw_sync_engine_sync_finish    (BwSyncEngine        *self,
                                             GAsyncResult        *result,
                                             GError             **error);

/* Conflicts and changes the server refused, for a person to look at. */
GListModel   *bw_sync_engine_list_conflicts (BwSyncEngine        *self);
GListModel   *bw_sync_engine_list_problems  (BwSyncEngine        *self);
/* Mine: push the local value; theirs: take the server's; use value: take
 * @json_value (JSON text). The decision is pushed at the next sync. */
gboolean      bw_sync_engine_resolve        (BwSyncEngine        *self,
                                             gint64               conflict_id,
                                             BwConflictChoice     choice,
                                             const char          *json_value,
                                             GError             **error);
gboolean      bw_sync_engine_dismiss_problem (BwSyncEngine       *self,
                                              gint64              problem_id,
                                              GError            **error);
/* Dismisses every refused change at once (the changes stay on this
 * desktop only, as with one). */
gboolean      bw_sync_engine_dismiss_all_problems (BwSyncEngine  *self,
                                                   GError       **error);
/* Records of the server's feed this desktop could not read: set aside
 * (type, uuid, case uuid and the reason as the message of each
 * BwSyncConflict; any of them may be NULL), the feed went on past them. A
 * later version that reads well takes the place of one. */
GListModel   *bw_sync_engine_list_set_aside (BwSyncEngine        *self);

/* Coordinators: the access history of a case of their team, from the
 * server's audit log (GET /api/v1/cases/UUID/access-history). Finishes
 * with a GListModel of BwAuditEntry, newest first (export it with
 * bw_audit_entries_to_csv()); BW_SYNC_ERROR_NOT_FOUND for a case that is
 * not the coordinator's team's, exactly as for one that does not exist. */
/* The access history across the coordinator's team's cases
 * (GET /api/v1/access-history), filtered by @action, @role and the first
 * day @since (each NULL for any); finished with the two finish functions
 * above (a page, or every page). */
void          bw_sync_engine_team_history_page_async (BwSyncEngine        *self,
                                                      const char          *action,
                                                      const char          *role,
                                                      const char          *since,
                                                      gint64               before,
                                                      guint                limit,
                                                      GCancellable        *cancellable,
                                                      GAsyncReadyCallback  callback,
                                                      gpointer             user_data);
void          bw_sync_engine_team_history_async  (BwSyncEngine        *self,
                                                  const char          *action,
                                                  const char          *role,
                                                  const char          *since,
                                                  GCancellable        *cancellable,
                                                  GAsyncReadyCallback  callback,
                                                  gpointer             user_data);
void          bw_sync_engine_access_history_async  (BwSyncEngine        *self,
                                                    const char          *case_uuid,
                                                    GCancellable        *cancellable,
                                                    GAsyncReadyCallback  callback,
                                                    gpointer             user_data);
GListModel   *bw_sync_engine_access_history_finish (BwSyncEngine        *self,
                                                    GAsyncResult        *result,
                                                    GError             **error);
/* One page of it: at most @limit (1 to 1000) entries older than the entry
 * id @before (0: the newest). *@next_before is the @before of the next,
 * older page, or 0 when this page holds the oldest entry. */
void          bw_sync_engine_access_history_page_async  (BwSyncEngine        *self,
                                                         const char          *case_uuid,
                                                         gint64               before,
                                                         guint                limit,
                                                         GCancellable        *cancellable,
                                                         GAsyncReadyCallback  callback,
                                                         gpointer             user_data);
GListModel   *bw_sync_engine_access_history_page_finish (BwSyncEngine        *self,
                                                         GAsyncResult        *result,
                                                         gint64              *next_before,
                                                         GError             **error);

/* Answers a transfer of a case offered to the signed-in user
 * (docs/sync-protocol.md, "Ownership and transfer"): accepted, or
 * declined with @note saying why. The case as it is now comes with the
 * next sync; an offer from another team is forgotten here at once. */
void          bw_sync_engine_answer_transfer_async  (BwSyncEngine        *self,
                                                     const char          *case_uuid,
                                                     gboolean             accept,
                                                     const char          *note,
                                                     GCancellable        *cancellable,
                                                     GAsyncReadyCallback  callback,
                                                     gpointer             user_data);
gboolean      bw_sync_engine_answer_transfer_finish (BwSyncEngine        *self,
                                                     GAsyncResult        *result,
                                                     GError             **error);

/* The figures per month of GET /api/v1/reports for the months @from to
 * @to ("YYYY-MM") and @area ("all", "noord" or a buurt code); the answer
 * is kept, and read_kept_report() gives the last one (NULL when none),
 * for when the server cannot be reached. */
/* A partner's desktop keeps no attachment's bytes: it fetches them from
 * the server when the partner opens one (GET .../content, which the
 * server audits as an opening), checked against @sha256.
 * BW_SYNC_ERROR_NOT_FOUND when it is not (any more) the partner's to see. */
void          bw_sync_engine_fetch_attachment_async  (BwSyncEngine        *self,
                                                      const char          *uuid,
                                                      const char          *sha256,
                                                      GCancellable        *cancellable,
                                                      GAsyncReadyCallback  callback,
                                                      gpointer             user_data);
GBytes       *bw_sync_engine_fetch_attachment_finish (BwSyncEngine        *self,
                                                      GAsyncResult        *result,
                                                      GError             **error);

void          bw_sync_engine_fetch_report_async  (BwSyncEngine        *self,
                                                  const char          *from,
                                                  const char          *to,
                                                  const char          *area,
                                                  GCancellable        *cancellable,
                                                  GAsyncReadyCallback  callback,
                                                  gpointer             user_data);
BwReport     *bw_sync_engine_fetch_report_finish (BwSyncEngine        *self,
                                                  GAsyncResult        *result,
                                                  GError             **error);
BwReport     *bw_sync_engine_read_kept_report    (BwSyncEngine        *self);

G_END_DECLS
