/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once


#include "bw-storage.h"
#include "bw-record-json.h"
#include "bw-server-store.h"
#include "bw-share.h"

G_BEGIN_DECLS

/* What the files of the server store share (bw-server-store-*.c); not
 * for the HTTP layer, which uses bw-server-store.h. */

struct _BwServerStore
{
  GObject parent_instance;

  BwStorage *conn;
  char *epoch;
  GHashTable *buurt_codes;  /* the CBS buurten a case may be in */

  /* The access refusals of the push under way: one audit row per request,
   * naming the first refused change, however many were refused. */
  guint push_refused;
  char *refused_type;
  char *refused_uuid;
  char *refused_case;
  char *refused_code;
};

/* bw-server-store.c */

JsonObject   *bw_server_json_object_from_text (const char     *text);
/* The next number of the feed's sequence, or 0 with @error set. */
gint64        bw_server_store_next_seq     (BwServerStore  *self,
                                            GError        **error);
gint64        bw_server_store_lookup_int64 (BwServerStore  *self,
                                            const char     *sql,
                                            const char     *key,
                                            GError        **error);

/* bw-server-store-records.c: a row of the records table. */

typedef struct {
  BwRecordType type;
  char *uuid;
  char *case_uuid;
  gint64 team_id;
  JsonObject *fields;
  JsonObject *field_revs;
  gint64 revision;
  gboolean deleted;
  gint64 seq;
  char *created_at;
  char *created_by;
  char *updated_at;
  char *updated_by;
} BwServerRow;

#define BW_SERVER_ROW_COLUMNS \
  "type, uuid, case_uuid, team_id, fields, field_revs, revision, deleted, seq, " \
  "created_at, created_by, updated_at, updated_by"

void          bw_server_row_clear          (BwServerRow    *row);
/* Fills @row from a statement that selected BW_SERVER_ROW_COLUMNS. */
void          bw_server_row_read           (BwStorageStmt  *stmt,
                                            BwServerRow    *row);
gboolean      bw_server_store_load_row     (BwServerStore  *self,
                                            const char     *uuid,
                                            BwServerRow    *row,
                                            GError        **error);
JsonObject   *bw_server_row_to_json        (const BwServerRow *row);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (BwServerRow, bw_server_row_clear)

/* bw-server-store-push.c: one change of a push, as parsed. */

typedef struct {
  const char *client_change_id;
  BwRecordType type;
  const char *uuid;
  const char *case_uuid;
  gint64 base_revision;
  gboolean has_deleted;
  gboolean deleted;
  JsonObject *fields;
} BwServerChange;

JsonObject   *bw_server_change_result      (const BwServerChange *change,
                                            const char           *status);
/* A refusal for @reason (a key of the table in bw-server-store-push.c),
 * with its class as "code". */
JsonObject   *bw_server_change_rejected    (const BwServerChange *change,
                                            const char           *reason,
                                            const char           *message);
const char   *bw_server_refusal_code       (const char           *reason);

/* bw-server-store-access.c */

gboolean      bw_server_user_sees          (const BwServerUser *user,
                                            const BwServerRow  *row);
gboolean      bw_server_user_may_change    (const BwServerUser *user,
                                            const BwServerRow  *row);
gboolean      bw_server_store_may_read_attachment (BwServerStore       *self,
                                                   const BwServerUser  *user,
                                                   const BwServerRow   *row,
                                                   GError             **error);
JsonObject   *bw_server_store_denied       (BwServerStore        *self,
                                            const BwServerUser   *user,
                                            const BwServerChange *change,
                                            const char           *reason,
                                            const char           *message,
                                            GError              **error);
void          bw_server_store_push_refused_clear (BwServerStore *self);
gboolean      bw_server_store_push_audit_refused (BwServerStore       *self,
                                                  const BwServerUser  *user,
                                                  GError             **error);
gboolean      bw_server_store_check_partner_change (BwServerStore        *self,
                                                    const BwServerUser   *user,
                                                    const BwServerChange *change,
                                                    JsonObject           *fields,
                                                    const BwServerRow    *row,
                                                    JsonObject          **refusal,
                                                    GError              **error);
gboolean      bw_server_store_check_planning_create (BwServerStore        *self,
                                                     const BwServerUser   *user,
                                                     const BwServerChange *change,
                                                     JsonObject           *fields,
                                                     gint64               *team_id,
                                                     JsonObject          **result,
                                                     GError              **error);
JsonObject   *bw_server_check_team_change  (const BwServerChange *change,
                                            JsonObject           *fields,
                                            const BwServerRow    *row);

/* bw-server-store-push.c */

gboolean      bw_server_store_write_row    (BwServerStore      *self,
                                            const BwServerRow  *row,
                                            GError            **error);

/* bw-server-store-transfer.c: the owner and transfer of a case. Each
 * check answers the change's rejection, or NULL when it may go on. */

JsonObject   *bw_server_store_check_case_create (BwServerStore        *self,
                                                 const BwServerUser   *user,
                                                 const BwServerChange *change,
                                                 JsonObject           *fields);
/* @applied are the fields the push changes: the check adds those the
 * server changes with them (a reassignment ends a pending transfer). */
JsonObject   *bw_server_store_check_case_update (BwServerStore        *self,
                                                 const BwServerUser   *user,
                                                 const BwServerChange *change,
                                                 const BwServerRow    *row,
                                                 JsonObject           *merged,
                                                 GPtrArray            *applied,
                                                 GError              **error);
gboolean      bw_server_store_note_transfer_offer (BwServerStore      *self,
                                                   const BwServerUser *user,
                                                   const BwServerRow  *row,
                                                   gint64              old_to_team,
                                                   const char         *now,
                                                   GError            **error);
/* Whether @case_uuid was moved away from @team_id by an accepted
 * transfer. */
gboolean      bw_server_store_case_moved_from (BwServerStore  *self,
                                               const char     *case_uuid,
                                               gint64          team_id,
                                               GError        **error);

/* bw-server-store-audit.c */

/* "@name=@stamp" for the audit row's detail when @stamp, which a client
 * sent, is an ISO 8601 time (written again in one form); else NULL. */
char         *bw_server_client_stamp       (const char         *name,
                                            const char         *stamp);
void          bw_server_store_audit_denied_now (BwServerStore      *self,
                                                const BwServerUser *user,
                                                const char         *record_uuid,
                                                const char         *case_uuid,
                                                const char         *detail);

/* bw-server-store-sharing.c */

gboolean      bw_server_store_active_share_parts (BwServerStore  *self,
                                                  const char     *case_uuid,
                                                  const char     *organisation,
                                                  const char     *today,
                                                  gboolean        parts[BW_SHARE_PART_N],
                                                  GError        **error);
BwShare      *bw_server_share_from_fields  (JsonObject     *fields);

/* The feed: each stream read from an index in sequence order, at most a
 * page of it (?3), and the page taken from their merge; ?1 the team, ?2
 * since. A team sees its own records and purges and everyone's offers
 * and sessions (not twice its own); a trainer the planning and every
 * purge. */
#define BW_SERVER_FEED_STREAM(where)                                           \
  "SELECT * FROM (SELECT " BW_SERVER_ROW_COLUMNS " FROM records"               \
  " WHERE " where " AND seq > ?2 ORDER BY seq LIMIT ?3) AS record_page"
#define BW_SERVER_FEED_PURGES(where)                                           \
  "SELECT * FROM (SELECT 'purge', case_uuid, case_uuid, team_id, NULL, NULL, 0, 1," \
  " seq, purged_at, NULL, purged_at, NULL FROM purges"                        \
  " WHERE " where " seq > ?2 ORDER BY seq LIMIT ?3) AS purge_page"
/* A case handed to another team leaves a tombstone, "moved", in the old
 * team's feed; a transfer offered to another team comes to that team as
 * an offer with a few fields, never the case. */
#define BW_SERVER_FEED_MOVES                                                   \
  "SELECT * FROM (SELECT 'moved', case_uuid, case_uuid, team_id, NULL, NULL, 0, 1," \
  " seq, moved_at, NULL, moved_at, NULL FROM moves"                           \
  " WHERE team_id = ?1 AND seq > ?2 ORDER BY seq LIMIT ?3) AS move_page"
#define BW_SERVER_FEED_TRANSFER_OFFERS(fields)                                 \
  "SELECT * FROM (SELECT 'transfer_offer', case_uuid, case_uuid, to_team, "    \
  fields ", NULL, 0, 0, seq, offered_at, NULL, offered_at, NULL"              \
  " FROM transfer_offers WHERE to_team = ?1 AND seq > ?2 ORDER BY seq LIMIT ?3) AS offer_page"
/* An offer's fields as JSON text, in each backend's words. */
#define BW_SERVER_OFFER_FIELDS_SQLITE                                          \
  "json_object ('from_name', from_name, 'from_team', from_team,"              \
  " 'buurt_code', buurt_code, 'note', note, 'open', json (CASE open WHEN 1"   \
  " THEN 'true' ELSE 'false' END), 'offered_at', offered_at)"
#define BW_SERVER_OFFER_FIELDS_POSTGRESQL                                      \
  "json_build_object ('from_name', from_name, 'from_team', from_team,"        \
  " 'buurt_code', buurt_code, 'note', note, 'open', open = 1,"               \
  " 'offered_at', offered_at)::text"
#define BW_SERVER_TEAM_FEED_SQL(offer_fields)                                          \
  BW_SERVER_FEED_STREAM ("team_id = ?1")                                       \
  " UNION ALL " BW_SERVER_FEED_STREAM ("type = 'offer' AND team_id IS DISTINCT FROM ?1")  \
  " UNION ALL " BW_SERVER_FEED_STREAM ("type = 'session' AND team_id IS DISTINCT FROM ?1") \
  " UNION ALL " BW_SERVER_FEED_PURGES ("team_id = ?1 AND")                      \
  " UNION ALL " BW_SERVER_FEED_MOVES                                            \
  " UNION ALL " BW_SERVER_FEED_TRANSFER_OFFERS (offer_fields)                   \
  " ORDER BY 9 LIMIT ?3"
#define BW_SERVER_TRAINER_FEED_SQL                                             \
  BW_SERVER_FEED_STREAM ("type = 'offer'")                                     \
  " UNION ALL " BW_SERVER_FEED_STREAM ("type = 'session'")                      \
  " UNION ALL " BW_SERVER_FEED_STREAM ("type = 'enrolment'")                    \
  " UNION ALL " BW_SERVER_FEED_STREAM ("type = 'attendance'")                   \
  " UNION ALL " BW_SERVER_FEED_PURGES ("")                                      \
  " ORDER BY 9 LIMIT ?3"

G_END_DECLS
