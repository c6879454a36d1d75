/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-server"
#include "config.h"

#include <string.h>

#include <libsoup/soup.h>

#include "bw-date.h"
#include "bw-password.h"
#include "bw-rate-limiter.h"
#include "bw-record-json.h"
#include "bw-request-pool.h"
#include "bw-sync-server-private.h"

/* Login: the password hash runs on a bounded pool of worker threads while
 * the request is paused, so that other requests go on meanwhile. Failed
 * logins are limited per login and per peer address. */

typedef struct {
  BwSyncServer *self;
  SoupServerMessage *msg;
  BwServerUser *user;     /* NULL when the login is unknown */
  char *password;
  char *hash;
  char *login;            /* as typed */
  char *login_key;        /* its bucket of failed logins */
  char *peer_key;         /* the peer's address's */
  gboolean allowed;       /* not throttled: set in the request pool */
  guint retry_after;
  gboolean ok;            /* set by the worker */
  char *token;            /* made in the request pool */
  GDateTime *expires;
  GError *error;
  gulong disconnected_id;
  gboolean disconnected;  /* the client went away while we hashed */
} LoginData;

static void
login_data_free (LoginData *data)
{
  g_clear_signal_handler (&data->disconnected_id, data->msg);
  g_object_unref (data->self);
  g_object_unref (data->msg);
  bw_server_user_free (data->user);
  if (data->password)
    memset (data->password, 0, strlen (data->password));
  g_free (data->password);
  g_free (data->hash);
  g_free (data->login);
  g_free (data->login_key);
  g_free (data->peer_key);
  g_free (data->token);
  g_clear_pointer (&data->expires, g_date_time_unref);
  g_clear_error (&data->error);
  g_free (data);
}

static void
token_in_thread (BwServerStore *store,
                 const GError  *open_error,
                 gpointer       user_data)
{
  LoginData *data = user_data;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  if (store == NULL)
    {
      data->error = g_error_new (BW_SERVER_ERROR, BW_SERVER_ERROR_FAILED,
                                 "The worker could not open the database: %s", open_error->message);
      return;
    }
  /* The login succeeded: its reservation of a failure goes back. */
  if (!bw_server_store_login_succeeded (store, data->login_key, &data->self->login_limit, data->peer_key,
                                        &data->self->peer_limit, &data->error))
    return;
  data->expires = g_date_time_add_hours (now, BW_SERVER_TOKEN_HOURS);
  data->token = bw_server_store_new_token (store, data->user->id,
                                           g_date_time_to_unix (data->expires), &data->error);
}

static void
respond_token (LoginData *data)
{
  g_autoptr(JsonObject) body = NULL;
  g_autofree char *expires_at = NULL;

  if (data->token == NULL)
    {
      bw_sync_server_respond_gerror (data->msg, data->error);
      return;
    }
  body = json_object_new ();
  expires_at = bw_date_format_utc (data->expires);
  json_object_set_string_member (body, "token", data->token);
  json_object_set_string_member (body, "expires_at", expires_at);
  json_object_set_string_member (body, "epoch", bw_server_store_get_epoch (data->self->store));
  json_object_set_object_member (body, "user", bw_server_user_to_json (data->user));
  bw_sync_server_respond_json (data->msg, SOUP_STATUS_OK, body);
}

static gboolean
token_made (gpointer user_data)
{
  LoginData *data = user_data;

  if (!data->disconnected)
    {
      respond_token (data);
      soup_server_message_unpause (data->msg);
    }
  login_data_free (data);
  return G_SOURCE_REMOVE;
}

static gboolean
login_verified (gpointer user_data)
{
  LoginData *data = user_data;
  BwSyncServer *self = data->self;
  gboolean ok = data->ok && data->user != NULL && !data->user->disabled;

  /* The attempt was reserved before the hash; a failure keeps it, the
   * same for a wrong password, an unknown login and a disabled account
   * (a success gives it back with its token, in token_in_thread()). */
  /* Nobody to answer, and no token to make for nobody. */
  if (data->disconnected)
    {
      login_data_free (data);
      return G_SOURCE_REMOVE;
    }

  if (!ok)
    {
      /* One answer for a wrong password, an unknown login and a disabled
       * account: the client learns nothing about which. */
      bw_sync_server_respond_error (data->msg, SOUP_STATUS_UNAUTHORIZED, "unauthorized",
                                    "The login or password is wrong, or the account is disabled");
    }
  else
    {
      /* The token is a write (fsync): in the request pool too. */
      g_object_set_data (G_OBJECT (data->msg), DATA_USER, GINT_TO_POINTER ((int) data->user->id));
      if (self->pool != NULL)
        {
          bw_request_pool_run (self->pool, token_in_thread, token_made, data, TRUE);
          return G_SOURCE_REMOVE;
        }
      token_in_thread (self->store, NULL, data);
      respond_token (data);
    }
  soup_server_message_unpause (data->msg);
  login_data_free (data);
  return G_SOURCE_REMOVE;
}

/* The request pool: the attempt counted, and the login looked up. */
static void
attempt_in_thread (BwServerStore *store,
                   const GError  *open_error,
                   gpointer       user_data)
{
  LoginData *data = user_data;

  if (store == NULL)
    {
      data->error = g_error_new (BW_SERVER_ERROR, BW_SERVER_ERROR_FAILED,
                                 "The worker could not open the database: %s", open_error->message);
      return;
    }
  if (!bw_server_store_login_attempt (store, data->login_key, &data->self->login_limit, data->peer_key,
                                      &data->self->peer_limit, &data->allowed, &data->retry_after, &data->error) ||
      !data->allowed)
    return;
  data->user = bw_server_store_find_user (store, data->login, &data->hash);
  if (data->user == NULL)
    data->hash = g_strdup (bw_password_dummy_hash ());
}

/* Back on the main loop: refused, or on to the hash. */
static gboolean
attempt_done (gpointer user_data)
{
  LoginData *data = user_data;

  if (data->disconnected)
    {
      login_data_free (data);
      return G_SOURCE_REMOVE;
    }
  if (data->error != NULL || !data->allowed)
    {
      if (data->error != NULL)
        bw_sync_server_respond_gerror (data->msg, data->error);
      else
        bw_sync_server_respond_try_later (data->msg, data->retry_after);
      soup_server_message_unpause (data->msg);
      login_data_free (data);
      return G_SOURCE_REMOVE;
    }
  g_thread_pool_push (data->self->hash_pool, data, NULL);
  return G_SOURCE_REMOVE;
}

void
bw_sync_server_hash_in_thread (gpointer data,
                               gpointer user_data)
{
  LoginData *login = data;

  login->ok = bw_password_verify (login->password, login->hash);
  g_main_context_invoke (login->self->context, login_verified, login);
}

static void
login_disconnected (SoupServerMessage *msg,
                    gpointer           user_data)
{
  LoginData *data = user_data;

  data->disconnected = TRUE;
}

void
bw_sync_server_handle_login (BwSyncServer      *self,
                             SoupServerMessage *msg)
{
  static const char *members[] = { "login", "password", NULL };
  g_autoptr(JsonNode) root = bw_sync_server_read_body (self, msg);
  g_autoptr(GError) error = NULL;
  g_autofree char *login_key = NULL;
  const char *login, *password;
  JsonObject *object;
  LoginData *data;

  if (root == NULL)
    return;
  object = json_node_get_object (root);
  if (!bw_json_check_members (object, members, &error) ||
      !bw_json_get_string (object, "login", FALSE, &login, &error) ||
      !bw_json_get_string (object, "password", FALSE, &password, &error))
    {
      bw_sync_server_respond_error (msg, SOUP_STATUS_BAD_REQUEST, "invalid", error->message);
      return;
    }

  if (strlen (login) > BW_SYNC_SERVER_MAX_LOGIN || strlen (password) > BW_SYNC_SERVER_MAX_PASSWORD)
    {
      bw_sync_server_respond_error (msg, SOUP_STATUS_BAD_REQUEST, "invalid", "The login or password is too long");
      return;
    }

  /* Each attempt reserves one failure from both buckets before the hash,
   * so that a burst of guesses at once cannot all be hashed: too many
   * failures for this login or from this address are refused before the
   * hash, whether the login exists or not, and whatever the password. A
   * success gives the reservation back. The buckets are in the database,
   * shared by every server process on it. The login is kept as its
   * digest: a fixed size, whatever was typed. */
  login_key = g_compute_checksum_for_string (G_CHECKSUM_SHA256, login, -1);
  data = g_new0 (LoginData, 1);
  data->self = g_object_ref (self);
  data->msg = g_object_ref (msg);
  data->password = g_strdup (password);
  data->login = g_strdup (login);
  data->login_key = g_strconcat ("login:", login_key, NULL);
  data->peer_key = g_strconcat ("peer:", soup_server_message_get_remote_host (msg), NULL);
  data->disconnected_id = g_signal_connect (msg, "disconnected", G_CALLBACK (login_disconnected), data);

  soup_server_message_pause (msg);
  if (self->pool != NULL)
    {
      bw_request_pool_run (self->pool, attempt_in_thread, attempt_done, data, TRUE);
      return;
    }
  attempt_in_thread (self->store, NULL, data);
  attempt_done (data);
}

