/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-server"
/* Users, their roles and their tokens. */
#include "config.h"

#include <string.h>

#include "bw-date.h"
#include "bw-password.h"
#include "bw-server-store-private.h"

static const char * const role_keys[BW_ROLE_N] = {
  "buurtteam", "trainer", "partner", "coordinator",
};

const char *
bw_role_to_key (BwRole role)
{
  g_return_val_if_fail ((int) role >= 0 && role < BW_ROLE_N, NULL);
  return role_keys[role];
}

gboolean
bw_role_from_key (const char *key,
                  BwRole     *role)
{
  for (int i = 0; i < BW_ROLE_N; i++)
    if (g_strcmp0 (key, role_keys[i]) == 0)
      {
        *role = i;
        return TRUE;
      }
  return FALSE;
}

void
bw_server_user_free (BwServerUser *user)
{
  if (user == NULL)
    return;
  g_free (user->login);
  g_free (user->name);
  g_free (user->team);
  g_free (user->organisation);
  g_free (user->client);
  g_free (user->peer);
  g_free (user);
}

JsonObject *
bw_server_user_to_json (const BwServerUser *user)
{
  JsonObject *object = json_object_new ();

  json_object_set_int_member (object, "id", user->id);
  json_object_set_string_member (object, "login", user->login);
  json_object_set_string_member (object, "name", user->name);
  json_object_set_string_member (object, "role", bw_role_to_key (user->role));
  if (user->team)
    json_object_set_string_member (object, "team", user->team);
  else
    json_object_set_null_member (object, "team");
  if (user->organisation)
    json_object_set_string_member (object, "organisation", user->organisation);
  else
    json_object_set_null_member (object, "organisation");
  return object;
}

static gint64
ensure_team (BwServerStore  *self,
             const char     *team,
             GError        **error)
{
  BwStorageStmt *stmt = bw_storage_prepare (self->conn, "INSERT INTO teams (name) VALUES (?1) ON CONFLICT (name) DO NOTHING", error);

  if (stmt == NULL)
    return 0;
  bw_storage_bind_text (stmt, 1, team);
  if (!bw_storage_step_done (self->conn, stmt, error))
    return 0;
  return bw_server_store_lookup_int64 (self, "SELECT id FROM teams WHERE name = ?1", team, error);
}

gint64
bw_server_store_add_user (BwServerStore  *self,
                          const char     *login,
                          const char     *name,
                          BwRole          role,
                          const char     *team,
                          const char     *organisation,
                          const char     *password,
                          GError        **error)
{
  g_autofree char *hash = NULL;
  g_autofree char *now = bw_date_format_utc (NULL);
  g_autoptr(BwServerUser) existing = NULL;
  BwStorageStmt *stmt;
  gint64 team_id = 0;
  gint64 id;

  g_return_val_if_fail (BW_IS_SERVER_STORE (self), 0);

  if (login == NULL || *login == '\0' || name == NULL || *name == '\0')
    {
      g_set_error_literal (error, BW_SERVER_ERROR, BW_SERVER_ERROR_INVALID,
                           "A user needs a login and a name");
      return 0;
    }
  if (password == NULL || strlen (password) < 8)
    {
      g_set_error_literal (error, BW_SERVER_ERROR, BW_SERVER_ERROR_INVALID,
                           "A password has at least 8 characters");
      return 0;
    }
  if (role == BW_ROLE_BUURTTEAM && (team == NULL || *team == '\0'))
    {
      g_set_error_literal (error, BW_SERVER_ERROR, BW_SERVER_ERROR_INVALID,
                           "A buurtteam user needs a team (--team)");
      return 0;
    }
  if (role == BW_ROLE_PARTNER && g_strcmp0 (organisation, "jeugdzorg") != 0 &&
      g_strcmp0 (organisation, "vsv") != 0)
    {
      g_set_error_literal (error, BW_SERVER_ERROR, BW_SERVER_ERROR_INVALID,
                           "A partner needs an organisation: jeugdzorg or vsv (--organisation)");
      return 0;
    }
  if (organisation != NULL && role != BW_ROLE_PARTNER)
    {
      g_set_error_literal (error, BW_SERVER_ERROR, BW_SERVER_ERROR_INVALID,
                           "Only a partner has an organisation");
      return 0;
    }
  existing = bw_server_store_find_user (self, login, NULL);
  if (existing != NULL)
    {
      g_set_error_literal (error, BW_SERVER_ERROR, BW_SERVER_ERROR_EXISTS,
                           "That login exists already");
      return 0;
    }

  hash = bw_password_hash (password);

  if (!bw_storage_begin (self->conn, error))
    return 0;
  if (team != NULL && *team != '\0' && (team_id = ensure_team (self, team, error)) == 0)
    goto fail;
  stmt = bw_storage_prepare (self->conn,
                        "INSERT INTO users (login, name, role, team_id, organisation, password_hash, created_at)"
                        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) RETURNING id", error);
  if (stmt == NULL)
    goto fail;
  bw_storage_bind_text (stmt, 1, login);
  bw_storage_bind_text (stmt, 2, name);
  bw_storage_bind_text (stmt, 3, bw_role_to_key (role));
  if (team_id != 0)
    bw_storage_bind_int64 (stmt, 4, team_id);
  bw_storage_bind_text (stmt, 5, organisation);
  bw_storage_bind_text (stmt, 6, hash);
  bw_storage_bind_text (stmt, 7, now);
  if (bw_storage_step (stmt) != BW_STORAGE_ROW)
    {
      bw_storage_set_error (self->conn, 0, error);
      bw_storage_reset (stmt);
      goto fail;
    }
  id = bw_storage_column_int64 (stmt, 0);
  bw_storage_reset (stmt);
  if (!bw_storage_commit (self->conn, error))
    goto fail;
  return id;

fail:
  bw_storage_rollback (self->conn);
  return 0;
}

/* Runs the UPDATE @sql with @key bound to ?1; BW_SERVER_ERROR_NOT_FOUND
 * with @not_found when it changed no row. */
static gboolean
update_by_key (BwServerStore  *self,
               const char     *sql,
               const char     *key,
               const char     *not_found,
               GError        **error)
{
  BwStorageStmt *stmt = bw_storage_prepare (self->conn, sql, error);

  if (stmt == NULL)
    return FALSE;
  bw_storage_bind_text (stmt, 1, key);
  if (!bw_storage_step_done (self->conn, stmt, error))
    return FALSE;
  if (bw_storage_changes (self->conn) == 0)
    {
      g_set_error_literal (error, BW_SERVER_ERROR, BW_SERVER_ERROR_NOT_FOUND, not_found);
      return FALSE;
    }
  return TRUE;
}

gboolean
bw_server_store_disable_user (BwServerStore  *self,
                              const char     *login,
                              GError        **error)
{
  g_return_val_if_fail (BW_IS_SERVER_STORE (self), FALSE);

  if (!bw_storage_begin (self->conn, error))
    return FALSE;
  if (!update_by_key (self, "UPDATE users SET disabled = 1 WHERE login = ?1", login, "No such login", error))
    goto fail;
  /* A disabled user's sessions end now, not when they expire. */
  if (!bw_server_store_revoke_user_tokens (self, login, error) || !bw_storage_commit (self->conn, error))
    goto fail;
  return TRUE;

fail:
  bw_storage_rollback (self->conn);
  return FALSE;
}

#define USER_COLUMNS \
  "u.id, u.login, u.name, u.role, u.team_id, t.name, u.organisation, u.disabled, u.password_hash"

static BwServerUser *
read_user (BwStorageStmt *stmt)
{
  BwServerUser *user = g_new0 (BwServerUser, 1);

  user->id = bw_storage_column_int64 (stmt, 0);
  user->login = g_strdup (bw_storage_column_text (stmt, 1));
  user->name = g_strdup (bw_storage_column_text (stmt, 2));
  if (!bw_role_from_key (bw_storage_column_text (stmt, 3), &user->role))
    user->role = BW_ROLE_PARTNER;  /* the role that sees least */
  user->team_id = bw_storage_column_int64 (stmt, 4);
  user->team = g_strdup (bw_storage_column_text (stmt, 5));
  user->organisation = g_strdup (bw_storage_column_text (stmt, 6));
  user->disabled = bw_storage_column_int (stmt, 7) != 0;
  return user;
}

BwServerUser *
bw_server_store_find_user (BwServerStore  *self,
                           const char     *login,
                           char          **password_hash)
{
  BwStorageStmt *stmt = bw_storage_prepare (self->conn, "SELECT " USER_COLUMNS " FROM users u"
                                                  " LEFT JOIN teams t ON t.id = u.team_id WHERE u.login = ?1", NULL);
  BwServerUser *user = NULL;

  if (stmt == NULL)
    return NULL;
  bw_storage_bind_text (stmt, 1, login);
  if (bw_storage_step (stmt) == BW_STORAGE_ROW)
    {
      user = read_user (stmt);
      if (password_hash != NULL)
        *password_hash = g_strdup (bw_storage_column_text (stmt, 8));
    }
  bw_storage_reset (stmt);
  return user;
}

char *
bw_server_store_new_token (BwServerStore  *self,
                           gint64          user_id,
                           gint64          expires_at,
                           GError        **error)
{
  g_autofree char *token = bw_token_new ();
  g_autofree char *hash = bw_token_hash (token);
  g_autofree char *now = bw_date_format_utc (NULL);
  BwStorageStmt *stmt;

  stmt = bw_storage_prepare (self->conn, "INSERT INTO tokens (token_hash, user_id, created_at, expires_at)"
                                    " VALUES (?1, ?2, ?3, ?4)", error);
  if (stmt == NULL)
    return NULL;
  bw_storage_bind_text (stmt, 1, hash);
  bw_storage_bind_int64 (stmt, 2, user_id);
  bw_storage_bind_text (stmt, 3, now);
  bw_storage_bind_int64 (stmt, 4, expires_at);
  if (!bw_storage_step_done (self->conn, stmt, error))
    return NULL;
  return g_steal_pointer (&token);
}

gboolean
bw_server_store_revoke_token (BwServerStore  *self,
                              const char     *token,
                              GError        **error)
{
  g_autofree char *hash = bw_token_hash (token);

  return update_by_key (self, "UPDATE tokens SET revoked = 1 WHERE token_hash = ?1", hash, "No such token", error);
}

gboolean
bw_server_store_revoke_user_tokens (BwServerStore  *self,
                                    const char     *login,
                                    GError        **error)
{
  BwStorageStmt *stmt = bw_storage_prepare (self->conn, "UPDATE tokens SET revoked = 1"
                                                  " WHERE user_id = (SELECT id FROM users WHERE login = ?1)", error);

  if (stmt == NULL)
    return FALSE;
  bw_storage_bind_text (stmt, 1, login);
  return bw_storage_step_done (self->conn, stmt, error);
}

BwServerUser *
bw_server_store_authenticate (BwServerStore  *self,
                              const char     *token,
                              GError        **error)
{
  g_autofree char *hash = NULL;
  BwStorageStmt *stmt;
  BwServerUser *user = NULL;
  int rc;

  if (token == NULL || *token == '\0' || strlen (token) > 128)
    goto unauthorized;

  /* Looked up by its hash, so neither the database nor the lookup's timing
   * gives the token away. */
  hash = bw_token_hash (token);
  stmt = bw_storage_prepare (self->conn, "SELECT " USER_COLUMNS " FROM tokens k JOIN users u ON u.id = k.user_id"
                                    " LEFT JOIN teams t ON t.id = u.team_id"
                                    " WHERE k.token_hash = ?1 AND k.revoked = 0 AND k.expires_at > ?2"
                                    " AND u.disabled = 0", error);
  if (stmt == NULL)
    return NULL;
  bw_storage_bind_text (stmt, 1, hash);
  bw_storage_bind_int64 (stmt, 2, g_get_real_time () / G_USEC_PER_SEC);
  rc = bw_storage_step (stmt);
  if (rc == BW_STORAGE_ROW)
    user = read_user (stmt);
  else if (rc != BW_STORAGE_DONE)
    /* The database failed, which says nothing about the token. */
    bw_storage_set_error (self->conn, rc, error);
  bw_storage_reset (stmt);
  if (user != NULL || rc != BW_STORAGE_DONE)
    return user;

unauthorized:
  g_set_error_literal (error, BW_SERVER_ERROR, BW_SERVER_ERROR_UNAUTHORIZED,
                       "Sign in again: the token is missing, expired or revoked");
  return NULL;
}
