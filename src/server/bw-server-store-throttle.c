/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-server"
/* Failed logins, counted in the database, so that every server process on
 * it counts the same attempts (docs/deployment.md, "Several processes"):
 * a token bucket per login and per address, as in bw-rate-limiter.c, with
 * wall-clock time since processes share no monotonic clock. */
#include "config.h"

#include <math.h>

#include "bw-server-store-private.h"

/* Buckets this long full are forgotten, a few at each attempt: the table
 * stays as small as the attempts of the last minutes. */
#define PRUNE_BATCH 64

static double
now_seconds (void)
{
  return g_get_real_time () / (double) G_USEC_PER_SEC;
}

/* The tokens in @key's bucket now, full when it has none. */
static gboolean
tokens_of (BwServerStore          *self,
           const char             *key,
           const BwServerThrottle *limit,
           double                  now,
           double                 *tokens,
           GError                **error)
{
  BwStorageStmt *stmt = bw_storage_prepare (self->conn, "SELECT tokens, updated FROM throttle WHERE key = ?1", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  bw_storage_bind_text (stmt, 1, key);
  rc = bw_storage_step (stmt);
  if (rc == BW_STORAGE_ROW)
    *tokens = MIN (limit->burst, bw_storage_column_double (stmt, 0) +
                                 MAX (0, now - bw_storage_column_double (stmt, 1)) * limit->rate);
  else
    *tokens = limit->burst;
  bw_storage_reset (stmt);
  if (rc != BW_STORAGE_ROW && rc != BW_STORAGE_DONE)
    return bw_storage_set_error (self->conn, 0, error);
  return TRUE;
}

static gboolean
set_tokens (BwServerStore *self,
            const char    *key,
            double         tokens,
            double         now,
            GError       **error)
{
  BwStorageStmt *stmt = bw_storage_prepare (self->conn, "INSERT INTO throttle (key, tokens, updated) VALUES (?1, ?2, ?3)"
                                                  " ON CONFLICT (key) DO UPDATE SET tokens = ?2, updated = ?3", error);

  if (stmt == NULL)
    return FALSE;
  bw_storage_bind_text (stmt, 1, key);
  bw_storage_bind_double (stmt, 2, tokens);
  bw_storage_bind_double (stmt, 3, now);
  return bw_storage_step_done (self->conn, stmt, error);
}

static gboolean
prune (BwServerStore          *self,
       const BwServerThrottle *login,
       const BwServerThrottle *peer,
       double                  now,
       GError                **error)
{
  /* Full again after burst / rate seconds. */
  double full_after = MAX (login->burst / login->rate, peer->burst / peer->rate);
  BwStorageStmt *stmt = bw_storage_prepare (self->conn, "DELETE FROM throttle WHERE key IN (SELECT key FROM throttle"
                                                  " WHERE updated < ?1 ORDER BY updated LIMIT ?2)", error);

  if (stmt == NULL)
    return FALSE;
  bw_storage_bind_double (stmt, 1, now - full_after);
  bw_storage_bind_int64 (stmt, 2, PRUNE_BATCH);
  return bw_storage_step_done (self->conn, stmt, error);
}

gboolean
bw_server_store_login_attempt (BwServerStore          *self,
                               const char             *login_key,
                               const BwServerThrottle *login,
                               const char             *peer_key,
                               const BwServerThrottle *peer,
                               gboolean               *allowed,
                               guint                  *retry_after,
                               GError                **error)
{
  double now = now_seconds ();
  double login_tokens, peer_tokens;

  g_return_val_if_fail (BW_IS_SERVER_STORE (self), FALSE);

  *allowed = FALSE;
  if (!bw_storage_begin (self->conn, error))
    return FALSE;
  if (!prune (self, login, peer, now, error) ||
      !tokens_of (self, login_key, login, now, &login_tokens, error) ||
      !tokens_of (self, peer_key, peer, now, &peer_tokens, error))
    goto fail;
  /* Both buckets or neither: a refused attempt costs nothing more. */
  if (login_tokens < 1 || peer_tokens < 1)
    {
      double wait = MAX (login_tokens < 1 ? (1 - login_tokens) / login->rate : 0,
                         peer_tokens < 1 ? (1 - peer_tokens) / peer->rate : 0);

      *retry_after = (guint) MAX (1, ceil (wait));
      bw_storage_rollback (self->conn);
      return TRUE;
    }
  if (!set_tokens (self, login_key, login_tokens - 1, now, error) ||
      !set_tokens (self, peer_key, peer_tokens - 1, now, error) ||
      !bw_storage_commit (self->conn, error))
    goto fail;
  *allowed = TRUE;
  return TRUE;

fail:
  bw_storage_rollback (self->conn);
  return FALSE;
}

gboolean
bw_server_store_login_succeeded (BwServerStore          *self,
                                 const char             *login_key,
                                 const BwServerThrottle *login,
                                 const char             *peer_key,
                                 const BwServerThrottle *peer,
                                 GError                **error)
{
  double now = now_seconds ();
  double login_tokens, peer_tokens;

  g_return_val_if_fail (BW_IS_SERVER_STORE (self), FALSE);

  if (!bw_storage_begin (self->conn, error))
    return FALSE;
  if (!tokens_of (self, login_key, login, now, &login_tokens, error) ||
      !tokens_of (self, peer_key, peer, now, &peer_tokens, error) ||
      !set_tokens (self, login_key, MIN (login->burst, login_tokens + 1), now, error) ||
      !set_tokens (self, peer_key, MIN (peer->burst, peer_tokens + 1), now, error) ||
      !bw_storage_commit (self->conn, error))
    {
      bw_storage_rollback (self->conn);
      return FALSE;
    }
  return TRUE;
}
