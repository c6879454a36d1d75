/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define BW_SERVER_ERROR (bw_server_error_quark ())

/* Each code maps to one HTTP status (docs/sync-protocol.md). */
typedef enum {
  BW_SERVER_ERROR_FAILED,          /* 500 */
  BW_SERVER_ERROR_INVALID,         /* 400: the request's structure */
  BW_SERVER_ERROR_UNAUTHORIZED,    /* 401 */
  BW_SERVER_ERROR_NOT_FOUND,       /* 404: absent or not the user's */
  BW_SERVER_ERROR_TOO_LARGE,       /* 413 */
  BW_SERVER_ERROR_SEQUENCE_AHEAD,  /* 409: the client knows a later sequence */
  BW_SERVER_ERROR_EXISTS,          /* admin: the login is taken */
  BW_SERVER_ERROR_TOO_NEW,         /* the database is from a newer server */
  BW_SERVER_ERROR_WENT_BACK,       /* start: the database is behind what was served */
  BW_SERVER_ERROR_NOT_PRIVATE,     /* open: a database file others may read, not fixable */
} BwServerError;

GQuark bw_server_error_quark (void);

typedef enum {
  BW_ROLE_BUURTTEAM,
  BW_ROLE_TRAINER,
  BW_ROLE_PARTNER,
  BW_ROLE_COORDINATOR,
  BW_ROLE_N
} BwRole;

const char *bw_role_to_key   (BwRole      role);
gboolean    bw_role_from_key (const char *key,
                              BwRole     *role);

/* Largest batch of one push and page of the feed: each request does a
 * bounded amount of work on the main loop. */
#define BW_SERVER_MAX_PUSH 500
#define BW_SERVER_MAX_PAGE 1000
#define BW_SERVER_DEFAULT_PAGE 500
#define BW_SERVER_TOKEN_HOURS 12
/* A feed page also stops once its text passes this many bytes (always at
 * least one record per page, so a client makes progress). */
#define BW_SERVER_PAGE_BYTES (4 * 1024 * 1024)
/* The access history comes in pages, newest first. */
#define BW_SERVER_HISTORY_DEFAULT_PAGE 200
#define BW_SERVER_HISTORY_MAX_PAGE 1000
/* An "open" or "denied" audit row for the same case, user and action as
 * one written less than this many seconds before is not written again. */
#define BW_SERVER_AUDIT_REPEAT_SECONDS 60

typedef struct {
  gint64 id;
  char *login;
  char *name;
  BwRole role;
  gint64 team_id;      /* 0 when none */
  char *team;
  char *organisation;
  gboolean disabled;
  /* The request's origin, for the audit log: the desktop's database id
   * (X-Buurtwerk-Client, a UUID or NULL) and the peer address. Set by the
   * HTTP layer, never read from the database. */
  char *client;
  char *peer;
} BwServerUser;

void          bw_server_user_free    (BwServerUser *user);
JsonObject   *bw_server_user_to_json (const BwServerUser *user);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BwServerUser, bw_server_user_free)

#define BW_TYPE_SERVER_STORE (bw_server_store_get_type ())
G_DECLARE_FINAL_TYPE (BwServerStore, bw_server_store, BW, SERVER_STORE, GObject)

/* Opens (creating when needed, mode 0600) the server database: WAL,
 * synchronous=FULL, migrated to the current schema. A new database gets a
 * new random epoch. An existing database, -wal or -shm file that others
 * may read (a backup restored with cp, a file made beforehand) is set to
 * 0600 first, and logged without its path; BW_SERVER_ERROR_NOT_PRIVATE
 * when that fails. */
BwServerStore *bw_server_store_open        (const char     *path,
                                            GError        **error);
const char    *bw_server_store_get_epoch   (BwServerStore  *self);
/* A new epoch, for a database restored from a backup: every client then
 * pulls everything again instead of trusting its sequence. */
gboolean       bw_server_store_renew_epoch (BwServerStore  *self,
                                            GError        **error);
gint64         bw_server_store_get_last_seq (BwServerStore *self);

/* What was served: the epoch and last sequence, kept in a small file
 * beside the database (PATH.served, mode 0600, replaced atomically), which
 * is not part of a backup. check_served() fails with
 * BW_SERVER_ERROR_WENT_BACK when the database holds the epoch in the file
 * but an earlier last sequence, or another epoch than the file names
 * without `epoch renew` (a restored or replaced database); a missing
 * file is fine. save_served() writes the file (renew_epoch() does too). */
char          *bw_server_store_get_served_path (BwServerStore *self);
gboolean       bw_server_store_check_served (BwServerStore  *self,
                                             GError        **error);
gboolean       bw_server_store_save_served (BwServerStore  *self,
                                            GError        **error);
/* Test-only: the byte budget of a feed page (0: BW_SERVER_PAGE_BYTES),
 * for every store of the process. */
void           bw_server_store_set_page_bytes (gsize bytes);

/* Users and tokens (the admin command line and login). */
gint64         bw_server_store_add_user    (BwServerStore  *self,
                                            const char     *login,
                                            const char     *name,
                                            BwRole          role,
                                            const char     *team,
                                            const char     *organisation,
                                            const char     *password,
                                            GError        **error);
gboolean       bw_server_store_disable_user (BwServerStore *self,
                                             const char    *login,
                                             GError       **error);
/* The user and their stored password hash, or NULL when unknown. */
BwServerUser  *bw_server_store_find_user   (BwServerStore  *self,
                                            const char     *login,
                                            char          **password_hash);
/* A new token for @user_id valid until @expires_at (Unix seconds). */
char          *bw_server_store_new_token   (BwServerStore  *self,
                                            gint64          user_id,
                                            gint64          expires_at,
                                            GError        **error);
gboolean       bw_server_store_revoke_token (BwServerStore *self,
                                             const char    *token,
                                             GError       **error);
gboolean       bw_server_store_revoke_user_tokens (BwServerStore *self,
                                                   const char    *login,
                                                   GError       **error);
/* The user of a valid token: known, not expired, not revoked, user not
 * disabled. Otherwise BW_SERVER_ERROR_UNAUTHORIZED. */
BwServerUser  *bw_server_store_authenticate (BwServerStore *self,
                                             const char    *token,
                                             GError       **error);

/* The protocol (docs/sync-protocol.md). Each answers the JSON body; the
 * feed as text, because it splices each record's stored fields in as they
 * are instead of parsing and writing them again. */
char          *bw_server_store_get_changes (BwServerStore       *self,
                                            const BwServerUser  *user,
                                            gint64               since,
                                            gint64               limit,
                                            guint               *n_records,
                                            gboolean            *more,
                                            GError             **error);
JsonObject    *bw_server_store_push        (BwServerStore       *self,
                                            const BwServerUser  *user,
                                            JsonNode            *request,
                                            GError             **error);
JsonObject    *bw_server_store_get_record  (BwServerStore       *self,
                                            const BwServerUser  *user,
                                            const char          *uuid,
                                            GError             **error);

/* Ownership and transfer (docs/sync-protocol.md): the user's team, its
 * active workers and coordinators (id, name, role) and every team's name,
 * for GET /api/v1/team; and the answer to a transfer offered to the user,
 * POST /api/v1/transfers/answer {"case_uuid", "accept", "note"}, which
 * answers the case as it is now, or BW_SERVER_ERROR_NOT_FOUND when
 * nothing is offered to the user. */
JsonObject    *bw_server_store_get_team    (BwServerStore       *self,
                                            const BwServerUser  *user,
                                            GError             **error);
JsonObject    *bw_server_store_answer_transfer (BwServerStore      *self,
                                                const BwServerUser *user,
                                                JsonNode           *request,
                                                GError            **error);
/* GET /api/v1/reports?from=YYYY-MM&to=YYYY-MM&area=all|noord|CODE
 * (docs/sync-protocol.md, "Reports per month"): the figures per month over
 * every team and the purged cases' aggregates, suppressed; for team
 * members, coordinators and trainers. */
JsonObject    *bw_server_store_get_report  (BwServerStore       *self,
                                            const BwServerUser  *user,
                                            const char          *from,
                                            const char          *to,
                                            const char          *area,
                                            GError             **error);
/* Today's date in Europe/Amsterdam, the day shares end by. Test-only: the
 * environment variable BUURTWERK_TEST_TODAY (YYYY-MM-DD) replaces it, so
 * that the tests can let a share expire deterministically. */
char          *bw_server_today             (void);

/* Sharing with partners (docs/sync-protocol.md, "Sharing"). */

/* The snapshot of GET /api/v1/shared: every case actively shared with the
 * partner's organisation, each filtered per field to the shared parts,
 * with the partner notes of that organisation. Writes one "deliver" row
 * per case to the audit log in the same transaction. A user who is not a
 * partner gets BW_SERVER_ERROR_NOT_FOUND ("No such path"). */
JsonObject    *bw_server_store_get_shared  (BwServerStore       *self,
                                            const BwServerUser  *user,
                                            guint               *n_cases,
                                            GError             **error);
/* Attachments (docs/sync-protocol.md, "Attachments"). */

/* PUT /api/v1/attachments/UUID/content with Content-Range "bytes
 * START-END/TOTAL" (@body the bytes START..END) or "bytes * /TOTAL"
 * (@body NULL: only asks how much arrived). Only a user who may change the
 * attachment record may send its bytes; TOTAL is its size. When the last
 * byte arrives the whole is checked against the record's sha256 and its
 * media type (bw_file_type_check()): a mismatch drops what arrived.
 * Answers {"received": N, "complete": bool}. */
JsonObject    *bw_server_store_put_attachment (BwServerStore      *self,
                                               const BwServerUser *user,
                                               const char         *uuid,
                                               gint64              start,
                                               gint64              total,
                                               GBytes             *body,
                                               GError            **error);
/* GET /api/v1/attachments/UUID/content from byte @from: the bytes, the
 * whole size and the media type, for a user who may read it
 * (bw_server_store_may_read_attachment()); writes an audit row ("deliver"
 * to the team's desktop, "open" to a partner's, who fetches it only to
 * open it) in the same transaction. Anyone else, and content not complete
 * yet, get BW_SERVER_ERROR_NOT_FOUND. */
GBytes        *bw_server_store_get_attachment (BwServerStore      *self,
                                               const BwServerUser *user,
                                               const char         *uuid,
                                               gint64              from,
                                               gint64             *total,
                                               char              **media_type,
                                               GError            **error);

/* POST /api/v1/audit/opened: a partner opened a shared case in the app. */
gboolean       bw_server_store_report_opened (BwServerStore      *self,
                                              const BwServerUser *user,
                                              const char         *case_uuid,
                                              const char         *opened_at,
                                              GError            **error);
/* A bucket of failed logins: @burst at most, refilled at @rate a second. */
typedef struct {
  double rate;
  double burst;
} BwServerThrottle;

/* A login attempt reserves one failure from the bucket of the login (its
 * digest) and of the address, in the database, so every server process
 * on it counts the same attempts. *@allowed is FALSE, with the seconds to
 * wait, when either is empty (and nothing is taken); a login that
 * succeeds gives its reservation back. FALSE only on a database error. */
gboolean       bw_server_store_login_attempt   (BwServerStore          *self,
                                                const char             *login_key,
                                                const BwServerThrottle *login,
                                                const char             *peer_key,
                                                const BwServerThrottle *peer,
                                                gboolean               *allowed,
                                                guint                  *retry_after,
                                                GError                **error);
gboolean       bw_server_store_login_succeeded (BwServerStore          *self,
                                                const char             *login_key,
                                                const BwServerThrottle *login,
                                                const char             *peer_key,
                                                const BwServerThrottle *peer,
                                                GError                **error);

/* migrate-db: copies every row of @self into @target, a new database
 * (SQLite or PostgreSQL, either way), in one transaction, and writes what
 * @target served as what @self had: the desktops notice nothing. The rows
 * per table are appended to @report ("records=123 ..."), which names no
 * one. Refuses a @target that holds users or records. */
gboolean       bw_server_store_copy_into       (BwServerStore      *self,
                                                BwServerStore      *target,
                                                GString            *report,
                                                GError            **error);

/* Writes the WAL into the database file and empties it: when the server
 * stops, so that the file alone is the whole database. */
gboolean       bw_server_store_checkpoint      (BwServerStore      *self,
                                                GError            **error);

/* POST /api/v1/audit/exported: the user saved an export (@what, a
 * bw_audit_export_is_key()) to a file at @exported_at; @case_uuid, when
 * not NULL, is the case it was about and must be one the user sees. */
gboolean       bw_server_store_report_exported (BwServerStore      *self,
                                                const BwServerUser *user,
                                                const char         *what,
                                                const char         *case_uuid,
                                                const char         *exported_at,
                                                GError            **error);
/* GET /api/v1/cases/UUID/access-history: for a coordinator of the case's
 * team, a page of the case's audit rows, newest first: at most @limit
 * (1 to BW_SERVER_HISTORY_MAX_PAGE) rows with an id below @before (0: from
 * the newest), with "more" and "next_before"; for anyone else exactly the
 * answer for a case that does not exist. */
/* GET /api/v1/access-history?action=A&role=R&since=YYYY-MM-DD&before=ID&limit=N
 * (every filter optional): every audit row about a case of the
 * coordinator's team, newest first, paged like a case's history; for
 * anyone but a coordinator the 404 of an unknown path. */
JsonObject    *bw_server_store_team_access_history (BwServerStore      *self,
                                                    const BwServerUser *user,
                                                    const char         *action,
                                                    const char         *role,
                                                    const char         *since,
                                                    gint64              before,
                                                    gint64              limit,
                                                    GError            **error);
JsonObject    *bw_server_store_access_history (BwServerStore      *self,
                                               const BwServerUser *user,
                                               const char         *case_uuid,
                                               gint64              before,
                                               gint64              limit,
                                               GError            **error);

/* GET /api/v1/figures: for a trainer or a coordinator, the figures per
 * buurt of every team's cases (bw-figures.h), with "totals", computed
 * now; counts under 5 are null, and more where one could be found back
 * by subtraction (docs/sync-protocol.md, "Figures"). Holds no identifier.
 * Anyone else gets BW_SERVER_ERROR_NOT_FOUND ("No such path"). */
JsonObject    *bw_server_store_get_figures (BwServerStore       *self,
                                            const BwServerUser  *user,
                                            GError             **error);

/* The only writer of the append-only audit_log table (triggers refuse any
 * UPDATE or DELETE). Runs inside the caller's transaction, so a row is
 * written together with what it records. @detail is short and never
 * personal data. */
gboolean       bw_server_store_audit       (BwServerStore       *self,
                                            const BwServerUser  *user,
                                            const char          *action,
                                            const char          *record_type,
                                            const char          *record_uuid,
                                            const char          *case_uuid,
                                            const char          *detail,
                                            GError             **error);

/* Retention (docs/security.md): purges every case closed (status closed)
 * with a closed_on more than @months months before @today (YYYY-MM-DD),
 * in one transaction: its counts folded into aggregates, the case and all
 * records under it, their conflicts and stored push answers deleted, a
 * tombstone with a new sequence number for the feed, and one "purge"
 * audit row per case ("retention=Nm"). secure_delete is turned on for
 * this connection; the WAL is checkpointed after. */
gboolean       bw_server_store_purge       (BwServerStore       *self,
                                            guint                months,
                                            const char          *today,
                                            guint               *n_purged,
                                            GError             **error);

/* The database as opened, for more connections to it (the request pool,
 * the purge): a PostgreSQL URI may hold a password, so never log it. */
const char    *bw_server_store_get_path    (BwServerStore       *self);

G_END_DECLS
