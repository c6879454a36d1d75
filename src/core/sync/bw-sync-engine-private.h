/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

/* What the files of BwSyncEngine share (bw-sync-engine*.c); nothing
 * outside src/core/sync includes this. */

#include <json-glib/json-glib.h>
#include <libsoup/soup.h>
#include <sqlite3.h>

#include "bw-db.h"
#include "bw-record-json.h"
#include "bw-sqlite.h"
#include "bw-sync-engine.h"

G_BEGIN_DECLS

/* The protocol's own limit of changes per push. */
#define PUSH_LIMIT 500

/* The longest name of a user the desktop signs with (bytes). */
#define BW_SYNC_USER_NAME_MAX 200

/* Busy servers wait this long when they do not say (seconds). */
#define DEFAULT_RETRY_AFTER 30

struct _BwSyncEngine
{
  GObject parent_instance;

  BwCaseStore *store;
  char *path;

  /* The engine's own connection, used by one worker (or the main thread,
   * briefly) at a time. */
  GMutex lock;
  BwDb *db;

  SoupSession *session;
  char *base_url;
  char *token;
  /* This database's id, sent as X-Buurtwerk-Client for the audit log. */
  char *client_id;

  BwSyncState state;
  double progress;
  gboolean running;
  /* Set by a worker when the server turned out to have gone back; read on
   * the main thread after that worker's task completed. */
  gboolean restart_from_zero;
  /* The server's Retry-After of its last 429/503, in seconds. */
  guint retry_after;
  /* Set by a worker that applied a purge tombstone; read and cleared on
   * the main thread after that worker's task completed. */
  gboolean purged_cases;
};

/* The task data of one sync (bw_sync_engine_sync_async()). */
typedef struct _BwPullPage BwPullPage;

typedef struct {
  gboolean reset_done;
  gboolean probed;
  guint batches;
  guint push_limit;     /* changes per push; halved after a 413 */
  gboolean failed;      /* the sync has failed: what arrives after is dropped */

  /* The feed is read one page ahead: the next page is fetched and parsed
   * while the one before is applied (bw-sync-engine-pull.c). */
  gboolean fetching;
  gboolean applying;
  BwPullPage *ready;    /* fetched, waiting for the page being applied */
  char *epoch;          /* the server's, as this pull knows it */
  gint64 since;         /* what the latest request of the feed asked from */
  const char *restart_why; /* start over once nothing is in flight */
} BwSyncRun;

void        bw_sync_run_free                  (BwSyncRun            *run);
void        bw_pull_page_free                 (BwPullPage           *page);

/* A record's deletion, fields and case, as it is here or as the server
 * last had it. */
typedef struct {
  JsonObject *fields;
  gboolean deleted;
  char *case_uuid;
} BwSyncSnapshot;

/* A database step on the engine's connection, inside a transaction. */
typedef gboolean (*BwSyncDbFunc) (BwSyncEngine *self,
                                  gpointer      in,
                                  gpointer     *out,
                                  GError      **error);

/* bw-sync-engine.c: the worker, the views, the state, a sync's steps */

gboolean    bw_sync_engine_run_in_transaction (BwSyncEngine         *self,
                                               BwSyncDbFunc          func,
                                               gpointer              in,
                                               gpointer             *out,
                                               GError              **error);
void        bw_sync_engine_run_db             (BwSyncEngine         *self,
                                               BwSyncDbFunc          func,
                                               gpointer              in,
                                               GDestroyNotify        in_free,
                                               GAsyncReadyCallback   callback,
                                               gpointer              user_data);
void        bw_sync_engine_announce_changes   (BwSyncEngine         *self,
                                               GPtrArray            *case_uuids);
GPtrArray  *bw_sync_hash_keys_to_array        (GHashTable           *set);
void        bw_sync_engine_emit_conflicts_changed    (BwSyncEngine  *self);
void        bw_sync_engine_emit_user_changed         (BwSyncEngine  *self);
void        bw_sync_engine_emit_shared_cases_removed (BwSyncEngine  *self,
                                                      char         **case_uuids);
void        bw_sync_engine_set_state          (BwSyncEngine         *self,
                                               BwSyncState           state,
                                               double                progress);
void        bw_sync_engine_request            (GTask                *task,
                                               const char           *method,
                                               const char           *path_and_query,
                                               JsonObject           *body,
                                               GAsyncReadyCallback   callback);
void        bw_sync_run_fail                  (GTask                *task,
                                               GError               *error);
void        bw_sync_run_fail_protocol         (GTask                *task,
                                               const char           *message);
void        bw_sync_run_done                  (GTask                *task);
void        bw_sync_run_end                   (GTask                *task);
/* A queue of reports for the server's audit log (the partner's opened
 * cases, every role's exports): its oldest row (@select: the id, then a
 * column per member, NULL ones left out) is posted to @path, one request
 * each, and dropped (@drop, ?1 the id) once answered or refused with 404;
 * when the queue is empty, @then goes on with the sync. */
typedef struct {
  const char *select;
  const char * const *members;
  const char *drop;
  const char *path;
  void (*then) (GTask *task);
} BwSyncQueue;
void        bw_sync_run_send_queue            (GTask                *task,
                                               const BwSyncQueue    *queue);
/* bw-sync-engine-attachments.c: the bytes of attachments, then
 * bw_sync_run_end(). */
void        bw_sync_run_attachments           (GTask                *task);
gboolean    bw_sync_run_step_finish           (GTask                *task,
                                               GAsyncResult         *result,
                                               gpointer             *out);
JsonObject *bw_sync_run_answer                (GTask                *task,
                                               GAsyncResult         *result);

/* The steps of a sync, each taking the sync's task */
void        bw_sync_run_pull                  (GTask                *task);
void        bw_sync_run_push                  (GTask                *task);
void        bw_sync_run_partner               (GTask                *task);

/* bw-sync-engine-pull.c */

gboolean    bw_sync_reset_for_new_epoch       (BwSyncEngine         *self,
                                               gpointer              in,
                                               gpointer             *out,
                                               GError              **error);

/* bw-sync-engine-snapshot.c */

void        bw_sync_engine_checkpoint_after_purge (BwSyncEngine     *self);

/* bw-sync-engine-http.c */

void        bw_sync_engine_http_json_async    (BwSyncEngine         *self,
                                               const char           *method,
                                               const char           *base_url,
                                               const char           *path_and_query,
                                               JsonObject           *body,
                                               gboolean              with_token,
                                               GCancellable         *cancellable,
                                               GAsyncReadyCallback   callback,
                                               gpointer              user_data);
JsonObject *bw_sync_engine_http_json_finish   (BwSyncEngine         *self,
                                               GAsyncResult         *result,
                                               GError              **error);
gboolean    bw_sync_engine_store_user         (BwSyncEngine         *self,
                                               JsonObject           *user);
const char *bw_sync_member_string             (JsonObject           *object,
                                               const char           *name,
                                               const char           *fallback);
JsonObject *bw_sync_member_object             (JsonObject           *object,
                                               const char           *name,
                                               JsonObject           *fallback);
JsonArray  *bw_sync_member_array              (JsonObject           *object,
                                               const char           *name,
                                               JsonArray            *fallback);

/* bw-sync-engine-team.c */

gboolean    bw_sync_store_team                (BwDb                 *db,
                                               JsonObject           *answer,
                                               GError              **error);
gboolean    bw_sync_apply_moved               (BwDb                 *db,
                                               JsonObject           *entry,
                                               GError              **error);
gboolean    bw_sync_apply_transfer_offer      (BwDb                 *db,
                                               JsonObject           *entry,
                                               GError              **error);

/* bw-sync-engine-apply.c */

char       *bw_sync_state_get                 (BwDb                 *db,
                                               const char           *key);
gboolean    bw_sync_state_set                 (BwDb                 *db,
                                               const char           *key,
                                               const char           *value,
                                               GError              **error);
gboolean    bw_sync_note_seq                  (BwDb                 *db,
                                               gint64                seq,
                                               GError              **error);
JsonObject *bw_sync_parse_object              (const char           *text);
char       *bw_sync_object_to_string          (JsonObject           *object);
void        bw_sync_snapshot_clear            (BwSyncSnapshot       *s);
gboolean    bw_sync_read_local                (BwDb                 *db,
                                               BwRecordType          type,
                                               const char           *uuid,
                                               BwSyncSnapshot       *out);
gboolean    bw_sync_read_base                 (BwDb                 *db,
                                               const char           *uuid,
                                               BwSyncSnapshot       *out,
                                               gint64               *server_revision);
gboolean    bw_sync_write_base                (BwDb                 *db,
                                               BwRecordType          type,
                                               const char           *uuid,
                                               const char           *case_uuid,
                                               gint64                server_revision,
                                               gboolean              deleted,
                                               JsonObject           *fields,
                                               GError              **error);
gboolean    bw_sync_write_local               (BwDb                 *db,
                                               BwRecordType          type,
                                               const char           *uuid,
                                               const char           *case_uuid,
                                               JsonObject           *fields,
                                               gboolean              deleted,
                                               const char           *author,
                                               gboolean              quiet,
                                               GError              **error);
gboolean    bw_sync_mark_dirty                (BwDb                 *db,
                                               BwRecordType          type,
                                               const char           *uuid,
                                               GError              **error);
gboolean    bw_sync_same_value                (JsonNode             *a,
                                               JsonNode             *b);
gboolean    bw_sync_merge_remote              (BwDb                 *db,
                                               BwRecordEnvelope     *remote,
                                               GHashTable           *changed_cases,
                                               GError              **error);
gboolean    bw_sync_apply_parked              (BwDb                 *db,
                                               GHashTable           *changed_cases,
                                               GError              **error);
gboolean    bw_sync_read_envelope             (JsonNode             *node,
                                               BwRecordEnvelope     *env,
                                               GError              **error);
gboolean    bw_sync_is_record_fault           (const GError         *error);
gboolean    bw_sync_apply_record              (BwDb                 *db,
                                               BwRecordEnvelope     *env,
                                               JsonNode             *node,
                                               gboolean              from_feed,
                                               GHashTable           *changed,
                                               GError              **error);
gboolean    bw_sync_apply_alone               (BwDb                 *db,
                                               BwRecordEnvelope     *env,
                                               JsonNode             *node,
                                               gboolean              from_feed,
                                               GHashTable           *changed,
                                               GError              **error);

/* bw-sync-engine-conflicts.c */

gboolean    bw_sync_record_conflict           (BwDb                 *db,
                                               BwRecordType          type,
                                               const char           *uuid,
                                               const char           *case_uuid,
                                               const char           *field,
                                               JsonNode             *server_value,
                                               JsonNode             *local_value,
                                               GError              **error);
/* @code: the server's reason key (or the desktop's own); NULL or one
 * that is not a short clean key is kept as NULL (shown as unknown).
 * @field: the field the server named, kept only when it is one of
 * @type's field table. */
gboolean    bw_sync_record_problem            (BwDb                 *db,
                                               BwRecordType          type,
                                               const char           *uuid,
                                               const char           *case_uuid,
                                               const char           *code,
                                               const char           *field,
                                               const char           *message,
                                               GError              **error);
GHashTable *bw_sync_conflicted_fields         (BwDb                 *db,
                                               const char           *uuid);
const char *bw_sync_entry_uuid                (JsonObject           *entry,
                                               const char           *member);
gboolean    bw_sync_set_aside                 (BwDb                 *db,
                                               JsonNode             *node,
                                               const char           *reason,
                                               GError              **error);
gboolean    bw_sync_clear_set_aside           (BwDb                 *db,
                                               const char           *uuid,
                                               GError              **error);

G_END_DECLS
