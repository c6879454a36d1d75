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

typedef struct {
  gint64 id;
  char *login;
  char *name;
  BwRole role;
  gint64 team_id;      /* 0 when none */
  char *team;
  char *organisation;
  gboolean disabled;
} BwServerUser;

void          bw_server_user_free    (BwServerUser *user);
JsonObject   *bw_server_user_to_json (const BwServerUser *user);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BwServerUser, bw_server_user_free)

#define BW_TYPE_SERVER_STORE (bw_server_store_get_type ())
G_DECLARE_FINAL_TYPE (BwServerStore, bw_server_store, BW, SERVER_STORE, GObject)

/* Opens (creating when needed, mode 0600) the server database: WAL,
 * synchronous=FULL, migrated to the current schema. A new database gets a
 * new random epoch. */
BwServerStore *bw_server_store_open        (const char     *path,
                                            GError        **error);
const char    *bw_server_store_get_epoch   (BwServerStore  *self);
/* A new epoch, for a database restored from a backup: every client then
 * pulls everything again instead of trusting its sequence. */
gboolean       bw_server_store_renew_epoch (BwServerStore  *self,
                                            GError        **error);
gint64         bw_server_store_get_last_seq (BwServerStore *self);

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

/* The database file, for more connections to it (the request pool). */
const char    *bw_server_store_get_path    (BwServerStore       *self);

G_END_DECLS
