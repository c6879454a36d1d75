/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-server"
#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gstdio.h>
#include <libsoup/soup.h>

#include "bw-date.h"
#include "bw-http-framing.h"
#include "bw-listener.h"
#include "bw-password.h"
#include "bw-rate-limiter.h"
#include "bw-request-pool.h"
#include "bw-server-log.h"
#include "bw-json-wire.h"
#include "bw-record-json.h"
#include "bw-sync-server.h"

#define STATUS_TOO_MANY_REQUESTS 429

struct _BwSyncServer
{
  GObject parent_instance;

  BwServerStore *store;
  SoupServer *server;
  gsize max_body;
  gboolean https;
  GTlsCertificate *certificate;

  /* Limits (docs/sync-protocol.md, "Limits"); all on the main thread. */
  guint max_connections;
  guint max_per_address;
  BwConnectionTimeouts timeouts;
  /* The listening socket and every open connection (bw-listener.c). */
  BwListener *listener;
  /* libsoup 3.2 keeps a connection alive only while it has a listener of
   * its own: this one, which nobody can reach, accepts nothing. */
  GSocket *keepalive_anchor;
  BwRateLimiter *requests;        /* per bearer token */
  BwRateLimiter *login_failures;  /* per login as typed */
  BwRateLimiter *peer_failures;   /* per peer address */
  /* The password hash: a bounded pool, so that a burst of logins cannot
   * take every core from the main loop. */
  GThreadPool *hash_pool;
  GMainContext *context;
  /* The database work of the other requests (NULL: in memory, inline). */
  BwRequestPool *pool;
};

G_DEFINE_FINAL_TYPE (BwSyncServer, bw_sync_server, G_TYPE_OBJECT)

/* Per request, for the log line. */
#define DATA_STARTED "bw-started"
#define DATA_USER "bw-user"
#define DATA_EXTRA "bw-extra"
#define DATA_ABORTED "bw-aborted"
#define DATA_GUARD "bw-guard"
/* On a guard: its connection's latest request (a SoupServerMessage). */
#define DATA_LAST_REQUEST "bw-last-request"

static void hash_in_thread (gpointer data, gpointer user_data);

static void
bw_sync_server_dispose (GObject *object)
{
  BwSyncServer *self = (BwSyncServer *) object;

  if (self->listener)
    bw_listener_close (self->listener);
  if (self->server)
    soup_server_disconnect (self->server);
  g_clear_object (&self->server);
  g_clear_object (&self->listener);
  g_clear_object (&self->keepalive_anchor);
  g_clear_object (&self->certificate);
  g_clear_object (&self->pool);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (bw_sync_server_parent_class)->dispose (object);
}

static void
bw_sync_server_finalize (GObject *object)
{
  BwSyncServer *self = (BwSyncServer *) object;

  /* Every login in the pool holds a reference, so none is running. */
  g_thread_pool_free (self->hash_pool, FALSE, TRUE);
  g_clear_object (&self->requests);
  g_clear_object (&self->login_failures);
  g_clear_object (&self->peer_failures);
  g_main_context_unref (self->context);

  G_OBJECT_CLASS (bw_sync_server_parent_class)->finalize (object);
}

static void
bw_sync_server_class_init (BwSyncServerClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = bw_sync_server_dispose;
  G_OBJECT_CLASS (klass)->finalize = bw_sync_server_finalize;
}

static void
bw_sync_server_init (BwSyncServer *self)
{
  self->max_connections = BW_SYNC_SERVER_DEFAULT_MAX_CONNECTIONS;
  self->max_per_address = BW_SYNC_SERVER_DEFAULT_MAX_PER_ADDRESS;
  self->timeouts = (BwConnectionTimeouts) { BW_SYNC_SERVER_DEFAULT_HEADER_TIMEOUT,
                                            BW_SYNC_SERVER_DEFAULT_IDLE_TIMEOUT,
                                            BW_SYNC_SERVER_DEFAULT_BODY_TIMEOUT,
                                            BW_SYNC_SERVER_ANSWER_TIMEOUT };
  self->requests = bw_rate_limiter_new (BW_SYNC_SERVER_DEFAULT_RATE, BW_SYNC_SERVER_DEFAULT_BURST);
  bw_sync_server_set_login_limits (self, BW_SYNC_SERVER_LOGIN_FAILURES, BW_SYNC_SERVER_PEER_LOGIN_FAILURES, 60);
  self->context = g_main_context_ref_thread_default ();
  /* Leave a core to the main loop: on two cores, one hash at a time. */
  self->hash_pool = g_thread_pool_new (hash_in_thread, self,
                                       CLAMP ((int) g_get_num_processors () - 1, 1, 4), FALSE, NULL);
}

static void
respond_json (SoupServerMessage *msg,
              guint              status,
              JsonObject        *body)
{
  g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), body);
  char *text = json_to_string (node, FALSE);

  soup_server_message_set_status (msg, status, NULL);
  soup_message_headers_replace (soup_server_message_get_response_headers (msg),
                                "Cache-Control", "no-store");
  soup_server_message_set_response (msg, "application/json", SOUP_MEMORY_TAKE, text, strlen (text));
}

static void
respond_error (SoupServerMessage *msg,
               guint              status,
               const char        *code,
               const char        *message)
{
  g_autoptr(JsonObject) body = json_object_new ();
  JsonObject *error = json_object_new ();

  json_object_set_string_member (error, "code", code);
  json_object_set_string_member (error, "message", message);
  json_object_set_object_member (body, "error", error);
  respond_json (msg, status, body);
}

/* 429: nothing was done; ask again after @seconds. (A connection over
 * the limits is refused by the listener, bw-listener.c.) */
static void
respond_try_later (SoupServerMessage *msg,
                   guint              seconds)
{
  g_autofree char *value = g_strdup_printf ("%u", seconds);

  respond_error (msg, STATUS_TOO_MANY_REQUESTS, "too_many_requests",
                 "Too many requests; try again later");
  soup_message_headers_replace (soup_server_message_get_response_headers (msg),
                                "Retry-After", value);
}

static void
respond_gerror (SoupServerMessage *msg,
                const GError      *error)
{
  guint status = SOUP_STATUS_INTERNAL_SERVER_ERROR;
  const char *code = "failed";
  const char *message = error->message;

  if (error->domain == BW_SERVER_ERROR)
    switch ((BwServerError) error->code)
      {
      case BW_SERVER_ERROR_INVALID:
        status = SOUP_STATUS_BAD_REQUEST, code = "invalid";
        break;
      case BW_SERVER_ERROR_UNAUTHORIZED:
        status = SOUP_STATUS_UNAUTHORIZED, code = "unauthorized";
        break;
      case BW_SERVER_ERROR_NOT_FOUND:
        status = SOUP_STATUS_NOT_FOUND, code = "not_found";
        break;
      case BW_SERVER_ERROR_TOO_LARGE:
        status = SOUP_STATUS_REQUEST_ENTITY_TOO_LARGE, code = "too_large";
        break;
      case BW_SERVER_ERROR_SEQUENCE_AHEAD:
        status = SOUP_STATUS_CONFLICT, code = "sequence_ahead";
        break;
      case BW_SERVER_ERROR_FAILED:
      case BW_SERVER_ERROR_EXISTS:
      case BW_SERVER_ERROR_TOO_NEW:
      default:
        break;
      }
  if (status == SOUP_STATUS_INTERNAL_SERVER_ERROR)
    {
      /* The details are for the log, not for the client. */
      bw_server_log ("error detail=\"%s\"", error->message);
      message = "The server could not do this; try again later";
    }
  respond_error (msg, status, code, message);
}

/* After an answer in the early handler: the connection closes after it.
 * libsoup 3.2 answers at once only a client that sent "Expect:
 * 100-continue"; from others it still reads the body before answering.
 * Never keep it: it is read and dropped. */
static void
refuse_body (SoupServerMessage *msg)
{
  soup_message_headers_replace (soup_server_message_get_response_headers (msg),
                                "Connection", "close");
  soup_message_body_set_accumulate (soup_server_message_get_request_body (msg), FALSE);
}

static gboolean
is_json_content_type (const char *type)
{
  return type != NULL && g_ascii_strcasecmp (type, "application/json") == 0;
}

/* A login or an opened report is small; the rest may be a push. */
static gsize
max_body_for (BwSyncServer *self,
              const char   *path)
{
  if (g_str_equal (path, "/api/v1/login") || g_str_equal (path, "/api/v1/audit/opened"))
    return MIN (self->max_body, BW_SYNC_SERVER_MAX_SMALL_BODY);
  return self->max_body;
}

/* Refuses a request before its body is read: from a web page, not JSON,
 * no length, or more than the limit. */
static void
early_handler (SoupServer        *server,
               SoupServerMessage *msg,
               const char        *path,
               GHashTable        *query,
               gpointer           user_data)
{
  BwSyncServer *self = user_data;
  SoupMessageHeaders *headers = soup_server_message_get_request_headers (msg);

  /* No browser is a client: a page elsewhere must not be able to make
   * one send requests here. */
  if (soup_message_headers_get_one (headers, "Origin") != NULL)
    {
      respond_error (msg, SOUP_STATUS_FORBIDDEN, "forbidden_origin",
                     "Requests from web pages are not accepted");
      refuse_body (msg);
      return;
    }
  if (soup_server_message_get_method (msg) != SOUP_METHOD_POST)
    return;
  if (!is_json_content_type (soup_message_headers_get_content_type (headers, NULL)))
    {
      respond_error (msg, SOUP_STATUS_UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type",
                     "Send the body as application/json");
      refuse_body (msg);
      return;
    }
  /* The framing (a plain Content-Length, or 411) is checked for every
   * path in got_headers(), after this. */
  if (soup_message_headers_get_encoding (headers) != SOUP_ENCODING_CONTENT_LENGTH)
    return;
  if ((guint64) soup_message_headers_get_content_length (headers) > max_body_for (self, path))
    {
      respond_error (msg, SOUP_STATUS_REQUEST_ENTITY_TOO_LARGE, "too_large",
                     "The body is larger than this server accepts");
      soup_message_headers_replace (soup_server_message_get_response_headers (msg),
                                    "Connection", "close");
      refuse_body (msg);
    }
}

/* The server's own words (the client translates by code). */
static const char *
wire_error_message (const GError *error)
{
  if (error->domain == BW_JSON_WIRE_ERROR)
    switch ((BwJsonWireError) error->code)
      {
      case BW_JSON_WIRE_ERROR_DEPTH:
        return "The body is nested too deeply";
      case BW_JSON_WIRE_ERROR_ENCODING:
        return "The body holds text that is not valid UTF-8";
      case BW_JSON_WIRE_ERROR_CONTROL:
        return "The body holds NUL or a control character other than tab and newline";
      case BW_JSON_WIRE_ERROR_NOT_OBJECT:
        return "The body must be a JSON object";
      case BW_JSON_WIRE_ERROR_SYNTAX:
      default:
        break;
      }
  return "The body is not valid JSON";
}

/* The body as a JSON node holding an object, or NULL after answering
 * 400/413. Checked as RFC 8259 JSON before json-glib parses it: depth,
 * UTF-8, NUL and control characters (bw-json-wire.c). */
static JsonNode *
read_body (BwSyncServer      *self,
           SoupServerMessage *msg)
{
  SoupMessageBody *body = soup_server_message_get_request_body (msg);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  JsonNode *root;

  GUri *uri = soup_server_message_get_uri (msg);

  if (body->length > (goffset) max_body_for (self, g_uri_get_path (uri)))
    {
      respond_error (msg, SOUP_STATUS_REQUEST_ENTITY_TOO_LARGE, "too_large",
                     "The body is larger than this server accepts");
      return NULL;
    }
  bytes = soup_message_body_flatten (body);
  root = bw_json_wire_parse_bytes (bytes, BW_JSON_WIRE_STRICT, &error);
  if (root == NULL)
    {
      respond_error (msg, SOUP_STATUS_BAD_REQUEST, "malformed", wire_error_message (error));
      return NULL;
    }
  return root;
}

static BwServerUser *
authenticate (BwSyncServer      *self,
              SoupServerMessage *msg)
{
  const char *header = soup_message_headers_get_one (soup_server_message_get_request_headers (msg),
                                                     "Authorization");
  g_autoptr(GError) error = NULL;
  BwServerUser *user = NULL;

  if (header != NULL && g_ascii_strncasecmp (header, "Bearer ", 7) == 0)
    user = bw_server_store_authenticate (self->store, header + 7, &error);
  if (user == NULL)
    {
      soup_message_headers_replace (soup_server_message_get_response_headers (msg),
                                    "WWW-Authenticate", "Bearer");
      respond_error (msg, SOUP_STATUS_UNAUTHORIZED, "unauthorized",
                     "Sign in again: the token is missing, expired or revoked");
      return NULL;
    }
  g_object_set_data (G_OBJECT (msg), DATA_USER, GINT_TO_POINTER ((int) user->id));
  /* Where the request came from, for the audit log: the desktop's
   * database id (only a well-formed uuid is kept) and the peer address. */
  {
    const char *client = soup_message_headers_get_one (soup_server_message_get_request_headers (msg),
                                                       "X-Buurtwerk-Client");

    if (bw_record_json_is_uuid (client))
      user->client = g_strdup (client);
    user->peer = g_strdup (soup_server_message_get_remote_host (msg));
  }
  return user;
}

/* Login: the password hash runs on a bounded pool of worker threads while
 * the request is paused, so that other requests go on meanwhile. Failed
 * logins are limited per login and per peer address. */

typedef struct {
  BwSyncServer *self;
  SoupServerMessage *msg;
  BwServerUser *user;     /* NULL when the login is unknown */
  char *password;
  char *hash;
  char *login_key;        /* the login as typed */
  char *peer_key;         /* the peer's address */
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
      respond_gerror (data->msg, data->error);
      return;
    }
  body = json_object_new ();
  expires_at = bw_date_format_utc (data->expires);
  json_object_set_string_member (body, "token", data->token);
  json_object_set_string_member (body, "expires_at", expires_at);
  json_object_set_string_member (body, "epoch", bw_server_store_get_epoch (data->self->store));
  json_object_set_object_member (body, "user", bw_server_user_to_json (data->user));
  respond_json (data->msg, SOUP_STATUS_OK, body);
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
   * same for a wrong password, an unknown login and a disabled account. */
  if (ok)
    {
      bw_rate_limiter_give_back (self->login_failures, data->login_key);
      bw_rate_limiter_give_back (self->peer_failures, data->peer_key);
    }

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
      respond_error (data->msg, SOUP_STATUS_UNAUTHORIZED, "unauthorized",
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

static void
hash_in_thread (gpointer data,
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

static void
handle_login (BwSyncServer      *self,
              SoupServerMessage *msg)
{
  static const char *members[] = { "login", "password", NULL };
  g_autoptr(JsonNode) root = read_body (self, msg);
  g_autoptr(GError) error = NULL;
  g_autofree char *login_key = NULL;
  g_autofree char *peer_key = NULL;
  const char *login, *password;
  guint wait_login = 0, wait_peer = 0;
  JsonObject *object;
  LoginData *data;

  if (root == NULL)
    return;
  object = json_node_get_object (root);
  if (!bw_json_check_members (object, members, &error) ||
      !bw_json_get_string (object, "login", FALSE, &login, &error) ||
      !bw_json_get_string (object, "password", FALSE, &password, &error))
    {
      respond_error (msg, SOUP_STATUS_BAD_REQUEST, "invalid", error->message);
      return;
    }

  if (strlen (login) > BW_SYNC_SERVER_MAX_LOGIN || strlen (password) > BW_SYNC_SERVER_MAX_PASSWORD)
    {
      respond_error (msg, SOUP_STATUS_BAD_REQUEST, "invalid", "The login or password is too long");
      return;
    }

  /* Each attempt reserves one failure from both buckets before the hash,
   * so that a burst of guesses at once cannot all be hashed: too many
   * failures for this login or from this address are refused before the
   * hash, whether the login exists or not, and whatever the password. A
   * success gives the reservation back. The login is kept as its digest:
   * a fixed size, whatever was typed. */
  login_key = g_compute_checksum_for_string (G_CHECKSUM_SHA256, login, -1);
  peer_key = g_strdup (soup_server_message_get_remote_host (msg));
  if (!bw_rate_limiter_take (self->login_failures, login_key, &wait_login))
    {
      respond_try_later (msg, wait_login);
      return;
    }
  if (!bw_rate_limiter_take (self->peer_failures, peer_key, &wait_peer))
    {
      bw_rate_limiter_give_back (self->login_failures, login_key);
      respond_try_later (msg, wait_peer);
      return;
    }

  data = g_new0 (LoginData, 1);
  data->self = g_object_ref (self);
  data->msg = g_object_ref (msg);
  data->user = bw_server_store_find_user (self->store, login, &data->hash);
  if (data->user == NULL)
    data->hash = g_strdup (bw_password_dummy_hash ());
  data->password = g_strdup (password);
  data->login_key = g_steal_pointer (&login_key);
  data->peer_key = g_steal_pointer (&peer_key);
  data->disconnected_id = g_signal_connect (msg, "disconnected", G_CALLBACK (login_disconnected), data);

  soup_server_message_pause (msg);
  g_thread_pool_push (self->hash_pool, data, NULL);
}

static gboolean
parse_query_int (GHashTable  *query,
                 const char  *name,
                 gint64       fallback,
                 gint64      *value)
{
  const char *text = query ? g_hash_table_lookup (query, name) : NULL;
  guint64 number;

  if (text == NULL)
    {
      *value = fallback;
      return TRUE;
    }
  if (!g_ascii_string_to_unsigned (text, 10, 0, G_MAXINT64, &number, NULL))
    return FALSE;
  *value = number;
  return TRUE;
}

/* The database work of the feed, a push and a record runs in the request
 * pool while the message is paused; authentication and parsing stay here
 * (they are short and touch no disk). */

typedef enum {
  WORK_CHANGES,
  WORK_PUSH,
  WORK_RECORD,
  WORK_SHARED,
  WORK_OPENED,
  WORK_HISTORY,
} WorkKind;

typedef struct {
  BwSyncServer *self;
  SoupServerMessage *msg;
  WorkKind kind;
  BwServerUser *user;
  gint64 since;
  gint64 limit;
  JsonNode *request;
  char *uuid;
  char *opened_at;
  /* the answer */
  char *text;
  JsonObject *answer;
  guint n_records;
  gboolean more;
  GError *error;
  gulong disconnected_id;
  gboolean disconnected;
} Work;

static void
work_free (Work *work)
{
  g_clear_signal_handler (&work->disconnected_id, work->msg);
  g_object_unref (work->self);
  g_object_unref (work->msg);
  bw_server_user_free (work->user);
  g_clear_pointer (&work->request, json_node_unref);
  g_free (work->uuid);
  g_free (work->opened_at);
  g_free (work->text);
  g_clear_pointer (&work->answer, json_object_unref);
  g_clear_error (&work->error);
  g_free (work);
}

static void
work_in_thread (BwServerStore *store,
                const GError  *open_error,
                gpointer       data)
{
  Work *work = data;

  if (store == NULL)
    {
      work->error = g_error_new (BW_SERVER_ERROR, BW_SERVER_ERROR_FAILED,
                                 "The worker could not open the database: %s", open_error->message);
      return;
    }
  switch (work->kind)
    {
    case WORK_CHANGES:
      work->text = bw_server_store_get_changes (store, work->user, work->since, work->limit,
                                                &work->n_records, &work->more, &work->error);
      break;
    case WORK_PUSH:
      work->answer = bw_server_store_push (store, work->user, work->request, &work->error);
      break;
    case WORK_RECORD:
      work->answer = bw_server_store_get_record (store, work->user, work->uuid, &work->error);
      break;
    case WORK_SHARED:
      work->answer = bw_server_store_get_shared (store, work->user, &work->n_records, &work->error);
      break;
    case WORK_OPENED:
      if (bw_server_store_report_opened (store, work->user, work->uuid, work->opened_at, &work->error))
        {
          work->answer = json_object_new ();
          json_object_set_string_member (work->answer, "epoch", bw_server_store_get_epoch (store));
        }
      break;
    case WORK_HISTORY:
      work->answer = bw_server_store_access_history (store, work->user, work->uuid, work->since,
                                                     work->limit, &work->error);
      break;
    default:
      g_assert_not_reached ();
    }
}

/* Whether @kind may write: these take the pool's writer turn (the audit
 * log is written by record reads, snapshots and opened reports too). */
static gboolean
work_writes (WorkKind kind)
{
  return kind != WORK_CHANGES;
}

static void
respond_push (SoupServerMessage *msg,
              JsonObject        *answer)
{
  guint counts[3] = { 0 };
  JsonArray *results = json_object_get_array_member (answer, "results");

  for (guint i = 0; i < json_array_get_length (results); i++)
    {
      const char *status = json_object_get_string_member (json_array_get_object_element (results, i),
                                                          "status");
      if (g_str_equal (status, "applied"))
        counts[0]++;
      else if (g_str_equal (status, "conflict"))
        counts[1]++;
      else if (g_str_equal (status, "rejected"))
        counts[2]++;
    }
  g_object_set_data_full (G_OBJECT (msg), DATA_EXTRA,
                          g_strdup_printf ("changes=%u applied=%u conflict=%u rejected=%u",
                                           json_array_get_length (results),
                                           counts[0], counts[1], counts[2]),
                          g_free);
  respond_json (msg, SOUP_STATUS_OK, answer);
}

static void
respond_work (Work *work)
{
  SoupServerMessage *msg = work->msg;

  if (work->error != NULL)
    {
      respond_gerror (msg, work->error);
      return;
    }
  switch (work->kind)
    {
    case WORK_CHANGES:
      g_object_set_data_full (G_OBJECT (msg), DATA_EXTRA,
                              g_strdup_printf ("records=%u more=%d", work->n_records, work->more), g_free);
      soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
      soup_message_headers_replace (soup_server_message_get_response_headers (msg),
                                    "Cache-Control", "no-store");
      soup_server_message_set_response (msg, "application/json", SOUP_MEMORY_TAKE,
                                        work->text, strlen (work->text));
      work->text = NULL;
      break;
    case WORK_PUSH:
      respond_push (msg, work->answer);
      break;
    case WORK_SHARED:
      g_object_set_data_full (G_OBJECT (msg), DATA_EXTRA, g_strdup_printf ("cases=%u", work->n_records),
                              g_free);
      respond_json (msg, SOUP_STATUS_OK, work->answer);
      break;
    case WORK_RECORD:
    case WORK_OPENED:
    case WORK_HISTORY:
      respond_json (msg, SOUP_STATUS_OK, work->answer);
      break;
    default:
      g_assert_not_reached ();
    }
}

static gboolean
work_done (gpointer data)
{
  Work *work = data;

  /* A push is committed even when nobody is left to hear it: the retry
   * gets "duplicate". */
  if (!work->disconnected)
    {
      respond_work (work);
      soup_server_message_unpause (work->msg);
    }
  work_free (work);
  return G_SOURCE_REMOVE;
}

static void
work_disconnected (SoupServerMessage *msg,
                   gpointer           user_data)
{
  Work *work = user_data;

  work->disconnected = TRUE;
}

/* Takes @user. */
static Work *
work_new (BwSyncServer      *self,
          SoupServerMessage *msg,
          WorkKind           kind,
          BwServerUser      *user)
{
  Work *work = g_new0 (Work, 1);

  work->self = g_object_ref (self);
  work->msg = g_object_ref (msg);
  work->kind = kind;
  work->user = user;
  return work;
}

static void
work_start (Work *work)
{
  BwSyncServer *self = work->self;

  if (self->pool == NULL)
    {
      /* A database without a file (in memory): here, at once. */
      work_in_thread (self->store, NULL, work);
      respond_work (work);
      work_free (work);
      return;
    }
  work->disconnected_id = g_signal_connect (work->msg, "disconnected", G_CALLBACK (work_disconnected), work);
  soup_server_message_pause (work->msg);
  bw_request_pool_run (self->pool, work_in_thread, work_done, work, work_writes (work->kind));
}

static void
handle_changes (BwSyncServer      *self,
                SoupServerMessage *msg,
                GHashTable        *query)
{
  g_autoptr(BwServerUser) user = authenticate (self, msg);
  gint64 since, limit;
  Work *work;

  if (user == NULL)
    return;
  if (query != NULL)
    {
      GHashTableIter iter;
      const char *key;

      g_hash_table_iter_init (&iter, query);
      while (g_hash_table_iter_next (&iter, (gpointer *) &key, NULL))
        if (!g_str_equal (key, "since") && !g_str_equal (key, "limit"))
          {
            respond_error (msg, SOUP_STATUS_BAD_REQUEST, "invalid", "Unknown query parameter");
            return;
          }
    }
  if (!parse_query_int (query, "since", 0, &since) ||
      !parse_query_int (query, "limit", BW_SERVER_DEFAULT_PAGE, &limit))
    {
      respond_error (msg, SOUP_STATUS_BAD_REQUEST, "invalid", "since and limit must be numbers");
      return;
    }
  work = work_new (self, msg, WORK_CHANGES, g_steal_pointer (&user));
  work->since = since;
  work->limit = limit;
  work_start (work);
}

static void
handle_push (BwSyncServer      *self,
             SoupServerMessage *msg)
{
  g_autoptr(BwServerUser) user = authenticate (self, msg);
  g_autoptr(JsonNode) root = NULL;
  Work *work;

  if (user == NULL || (root = read_body (self, msg)) == NULL)
    return;
  work = work_new (self, msg, WORK_PUSH, g_steal_pointer (&user));
  work->request = g_steal_pointer (&root);
  work_start (work);
}

static void
handle_record (BwSyncServer      *self,
               SoupServerMessage *msg,
               const char        *uuid)
{
  g_autoptr(BwServerUser) user = authenticate (self, msg);
  Work *work;

  if (user == NULL)
    return;
  work = work_new (self, msg, WORK_RECORD, g_steal_pointer (&user));
  work->uuid = g_strdup (uuid);
  work_start (work);
}

static void
handle_me (BwSyncServer      *self,
           SoupServerMessage *msg)
{
  g_autoptr(BwServerUser) user = authenticate (self, msg);
  g_autoptr(JsonObject) answer = NULL;

  if (user == NULL)
    return;
  answer = json_object_new ();
  json_object_set_string_member (answer, "epoch", bw_server_store_get_epoch (self->store));
  json_object_set_object_member (answer, "user", bw_server_user_to_json (user));
  respond_json (msg, SOUP_STATUS_OK, answer);
}

static void
handle_shared (BwSyncServer      *self,
               SoupServerMessage *msg)
{
  g_autoptr(BwServerUser) user = authenticate (self, msg);

  if (user == NULL)
    return;
  work_start (work_new (self, msg, WORK_SHARED, g_steal_pointer (&user)));
}

static void
handle_opened (BwSyncServer      *self,
               SoupServerMessage *msg)
{
  static const char *members[] = { "case_uuid", "opened_at", NULL };
  g_autoptr(BwServerUser) user = authenticate (self, msg);
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) error = NULL;
  const char *case_uuid, *opened_at = NULL;
  JsonObject *object;
  Work *work;

  if (user == NULL || (root = read_body (self, msg)) == NULL)
    return;
  object = json_node_get_object (root);
  if (!bw_json_check_members (object, members, &error) ||
      !bw_json_get_string (object, "case_uuid", FALSE, &case_uuid, &error) ||
      (json_object_has_member (object, "opened_at") &&
       !bw_json_get_string (object, "opened_at", TRUE, &opened_at, &error)))
    {
      respond_error (msg, SOUP_STATUS_BAD_REQUEST, "invalid", error->message);
      return;
    }
  work = work_new (self, msg, WORK_OPENED, g_steal_pointer (&user));
  work->uuid = g_strdup (case_uuid);
  work->opened_at = g_strdup (opened_at);
  work_start (work);
}

static void
handle_access_history (BwSyncServer      *self,
                       SoupServerMessage *msg,
                       const char        *case_uuid,
                       GHashTable        *query)
{
  g_autoptr(BwServerUser) user = authenticate (self, msg);
  gint64 before, limit;
  Work *work;

  if (user == NULL)
    return;
  /* A page: ?limit=N&before=ID (docs/sync-protocol.md). */
  if ((query != NULL && g_hash_table_size (query) > (guint) g_hash_table_contains (query, "limit") +
                                                    (guint) g_hash_table_contains (query, "before")) ||
      !parse_query_int (query, "before", 0, &before) ||
      !parse_query_int (query, "limit", BW_SERVER_HISTORY_DEFAULT_PAGE, &limit))
    {
      respond_error (msg, SOUP_STATUS_BAD_REQUEST, "invalid", "before and limit must be numbers");
      return;
    }
  work = work_new (self, msg, WORK_HISTORY, g_steal_pointer (&user));
  work->uuid = g_strdup (case_uuid);
  work->since = before;
  work->limit = limit;
  work_start (work);
}

#define CASES_PREFIX "/api/v1/cases/"
#define ACCESS_HISTORY_SUFFIX "/access-history"

static gboolean
is_access_history_path (const char *path)
{
  return g_str_has_prefix (path, CASES_PREFIX) && g_str_has_suffix (path, ACCESS_HISTORY_SUFFIX) &&
         strlen (path) > strlen (CASES_PREFIX) + strlen (ACCESS_HISTORY_SUFFIX);
}

static void
api_handler (SoupServer        *server,
             SoupServerMessage *msg,
             const char        *path,
             GHashTable        *query,
             gpointer           user_data)
{
  BwSyncServer *self = user_data;
  const char *method = soup_server_message_get_method (msg);
  const char *expected = NULL;

  /* The early handler already answered (411, 413). */
  if (soup_server_message_get_status (msg) != 0)
    return;

  if (g_str_equal (path, "/api/v1/login"))
    expected = SOUP_METHOD_POST;
  else if (g_str_equal (path, "/api/v1/push"))
    expected = SOUP_METHOD_POST;
  else if (g_str_equal (path, "/api/v1/changes") || g_str_has_prefix (path, "/api/v1/records/") ||
           g_str_equal (path, "/api/v1/me") || g_str_equal (path, "/api/v1/shared") ||
           is_access_history_path (path))
    expected = SOUP_METHOD_GET;
  else if (g_str_equal (path, "/api/v1/audit/opened"))
    expected = SOUP_METHOD_POST;
  else
    {
      respond_error (msg, SOUP_STATUS_NOT_FOUND, "not_found", "No such path");
      return;
    }
  if (method != expected)
    {
      soup_message_headers_replace (soup_server_message_get_response_headers (msg), "Allow", expected);
      respond_error (msg, SOUP_STATUS_METHOD_NOT_ALLOWED, "method_not_allowed",
                     "This path does not take that method");
      return;
    }

  /* Per bearer token (a wrong one too): over the rate, nothing is done. */
  if (!g_str_equal (path, "/api/v1/login"))
    {
      const char *header = soup_message_headers_get_one (soup_server_message_get_request_headers (msg),
                                                         "Authorization");
      guint wait = 0;

      if (header != NULL && g_ascii_strncasecmp (header, "Bearer ", 7) == 0 &&
          !bw_rate_limiter_take (self->requests, header + 7, &wait))
        {
          respond_try_later (msg, wait);
          return;
        }
    }

  if (g_str_equal (path, "/api/v1/login"))
    handle_login (self, msg);
  else if (g_str_equal (path, "/api/v1/push"))
    handle_push (self, msg);
  else if (g_str_equal (path, "/api/v1/changes"))
    handle_changes (self, msg, query);
  else if (g_str_equal (path, "/api/v1/me"))
    handle_me (self, msg);
  else if (g_str_equal (path, "/api/v1/shared"))
    handle_shared (self, msg);
  else if (g_str_equal (path, "/api/v1/audit/opened"))
    handle_opened (self, msg);
  else if (is_access_history_path (path))
    {
      g_autofree char *uuid = g_strndup (path + strlen (CASES_PREFIX),
                                         strlen (path) - strlen (CASES_PREFIX) - strlen (ACCESS_HISTORY_SUFFIX));
      handle_access_history (self, msg, uuid, query);
    }
  else
    handle_record (self, msg, path + strlen ("/api/v1/records/"));
}

/* Every connection is accepted by the listener (bw-listener.c), which
 * counts it and closes it past the timeout of its phase; the phases come
 * from the request's own signals. */

static BwConnectionGuard *
guard_of (SoupServerMessage *msg)
{
  return g_object_get_data (G_OBJECT (msg), DATA_GUARD);
}

/* The headers are in, for every path: refuse any framing that two
 * parsers could read two ways, and close the connection after the
 * answer, so that nothing behind it is ever read (request smuggling). */
static void
got_headers (SoupServerMessage *msg,
             gpointer           user_data)
{
  BwConnectionGuard *guard = guard_of (msg);
  g_autoptr(GError) error = NULL;

  if (guard != NULL)
    bw_connection_guard_set_phase (guard, BW_CONNECTION_PHASE_BODY);
  if (!bw_http_framing_check (soup_server_message_get_method (msg),
                              soup_server_message_get_request_headers (msg), &error))
    {
      if (g_error_matches (error, BW_HTTP_FRAMING_ERROR, BW_HTTP_FRAMING_ERROR_LENGTH_REQUIRED))
        respond_error (msg, SOUP_STATUS_LENGTH_REQUIRED, "length_required", error->message);
      else
        respond_error (msg, SOUP_STATUS_BAD_REQUEST, "bad_framing", error->message);
      soup_message_headers_replace (soup_server_message_get_response_headers (msg),
                                    "Connection", "close");
      soup_message_body_set_accumulate (soup_server_message_get_request_body (msg), FALSE);
      if (guard != NULL)
        bw_connection_guard_close_after_answer (guard);
    }
}

static void
got_body (SoupServerMessage *msg,
          gpointer           user_data)
{
  BwConnectionGuard *guard = guard_of (msg);

  if (guard != NULL)
    bw_connection_guard_set_phase (guard, BW_CONNECTION_PHASE_ANSWER);
}

/* libsoup 3.2.3 forgets a kept-alive connection whose client closes it
 * between two requests (bw-connection-guard.h). Its latest request is
 * the one public way back to it: soup_server_message_steal_connection()
 * makes libsoup let go of it. Kept on the guard until libsoup lets go by
 * itself ("disconnected") or the guard takes it back. */

static void
last_request_gone (SoupServerMessage *msg,
                   gpointer           user_data)
{
  BwConnectionGuard *guard = user_data;

  g_signal_handlers_disconnect_by_func (msg, last_request_gone, guard);
  /* libsoup holds @msg while it emits this. */
  if (g_object_get_data (G_OBJECT (guard), DATA_LAST_REQUEST) == msg)
    g_object_set_data (G_OBJECT (guard), DATA_LAST_REQUEST, NULL);
}

static void
remember_request (BwConnectionGuard *guard,
                  SoupServerMessage *msg)
{
  SoupServerMessage *last = g_object_get_data (G_OBJECT (guard), DATA_LAST_REQUEST);

  if (last != NULL)
    g_signal_handlers_disconnect_by_func (last, last_request_gone, guard);
  g_signal_connect (msg, "disconnected", G_CALLBACK (last_request_gone), guard);
  g_object_set_data_full (G_OBJECT (guard), DATA_LAST_REQUEST, g_object_ref (msg), g_object_unref);
}

/* The guard's release function: between two requests (libsoup waits for
 * the next one, so it may let go now); the guard closes the socket next. */
static void
take_back_from_libsoup (BwConnectionGuard *guard,
                        gpointer           user_data)
{
  g_autoptr(SoupServerMessage) last = g_object_steal_data (G_OBJECT (guard), DATA_LAST_REQUEST);
  g_autoptr(GIOStream) stream = NULL;

  if (last == NULL)
    return;
  g_signal_handlers_disconnect_by_func (last, last_request_gone, guard);
  stream = soup_server_message_steal_connection (last);
  if (stream != NULL)
    g_io_stream_close (stream, NULL, NULL);
}

static void
request_started (SoupServer        *server,
                 SoupServerMessage *msg,
                 gpointer           user_data)
{
  BwSyncServer *self = user_data;
  gint64 *started = g_new (gint64, 1);
  BwConnectionGuard *guard = NULL;

  if (self->listener != NULL)
    guard = bw_listener_lookup (self->listener, soup_server_message_get_remote_address (msg));
  if (guard != NULL)
    {
      g_object_set_data_full (G_OBJECT (msg), DATA_GUARD, g_object_ref (guard), g_object_unref);
      /* A byte of this request is in (or it is the first): libsoup
       * handles an end of the connection by itself again. */
      bw_connection_guard_set_between_requests (guard, FALSE);
      remember_request (guard, msg);
    }
  g_signal_connect (msg, "got-headers", G_CALLBACK (got_headers), NULL);
  g_signal_connect (msg, "got-body", G_CALLBACK (got_body), NULL);

  *started = g_get_monotonic_time ();
  g_object_set_data_full (G_OBJECT (msg), DATA_STARTED, started, g_free);
}

/* Answered (or given up): the connection waits for the next request, or
 * is shut down when its framing was refused. */
static void
request_done (SoupServerMessage *msg)
{
  BwConnectionGuard *guard = guard_of (msg);

  if (guard == NULL)
    return;
  /* Kept (as the way back to the connection), but not its bodies. */
  soup_message_body_truncate (soup_server_message_get_request_body (msg));
  soup_message_body_truncate (soup_server_message_get_response_body (msg));
  /* Still inside libsoup's own handling of the request: nothing is taken
   * back from here (libsoup closes it after this answer). */
  if (bw_connection_guard_get_close_after_answer (guard))
    bw_connection_guard_shut_down (guard);
  else
    {
      bw_connection_guard_set_phase (guard, BW_CONNECTION_PHASE_IDLE);
      bw_connection_guard_set_between_requests (guard, TRUE);
    }
}

static void
request_finished (SoupServer        *server,
                  SoupServerMessage *msg,
                  gpointer           user_data)
{
  gint64 *started = g_object_get_data (G_OBJECT (msg), DATA_STARTED);
  const char *extra = g_object_get_data (G_OBJECT (msg), DATA_EXTRA);
  int user = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (msg), DATA_USER));
  GUri *uri = soup_server_message_get_uri (msg);
  const char *path = uri ? g_uri_get_path (uri) : "-";

  /* Record uuids in paths are not personal data, but keep the line short
   * and the same for every record. */
  if (g_str_has_prefix (path, "/api/v1/records/"))
    path = "/api/v1/records/*";
  else if (is_access_history_path (path))
    path = "/api/v1/cases/*/access-history";
  bw_server_log ("request method=%s path=%s status=%u%s user=%d ms=%" G_GINT64_FORMAT "%s%s",
            soup_server_message_get_method (msg), path,
            soup_server_message_get_status (msg),
            g_object_get_data (G_OBJECT (msg), DATA_ABORTED) ? " aborted=1" : "", user,
            started ? (g_get_monotonic_time () - *started) / 1000 : -1,
            extra ? " " : "", extra ? extra : "");
  request_done (msg);
}

/* The client went away before the answer was written. */
static void
request_aborted (SoupServer        *server,
                 SoupServerMessage *msg,
                 gpointer           user_data)
{
  g_object_set_data (G_OBJECT (msg), DATA_ABORTED, GINT_TO_POINTER (TRUE));
  request_finished (server, msg, user_data);
}

BwSyncServer *
bw_sync_server_new (BwServerStore *store,
                    gsize          max_body)
{
  BwSyncServer *self;

  g_return_val_if_fail (BW_IS_SERVER_STORE (store), NULL);

  self = g_object_new (BW_TYPE_SYNC_SERVER, NULL);
  self->store = g_object_ref (store);
  bw_sync_server_set_workers (self, BW_SYNC_SERVER_DEFAULT_WORKERS);
  self->max_body = max_body > 0 ? max_body : BW_SYNC_SERVER_DEFAULT_MAX_BODY;
  return self;
}

void
bw_sync_server_set_limits (BwSyncServer *self,
                           guint         max_connections,
                           double        rate,
                           double        burst)
{
  g_return_if_fail (BW_IS_SYNC_SERVER (self));
  g_return_if_fail (max_connections >= 1 && rate > 0 && burst >= 1);

  self->max_connections = max_connections;
  if (self->listener != NULL)
    bw_listener_set_limits (self->listener, self->max_connections, self->max_per_address);
  g_clear_object (&self->requests);
  self->requests = bw_rate_limiter_new (rate, burst);
}

void
bw_sync_server_set_connection_limits (BwSyncServer *self,
                                      guint         max_per_address,
                                      guint         header_timeout,
                                      guint         idle_timeout,
                                      guint         body_timeout)
{
  g_return_if_fail (BW_IS_SYNC_SERVER (self));
  g_return_if_fail (max_per_address >= 1 && header_timeout >= 1 && idle_timeout >= 1 && body_timeout >= 1);

  self->max_per_address = max_per_address;
  self->timeouts.header = header_timeout;
  self->timeouts.idle = idle_timeout;
  self->timeouts.body = body_timeout;
  if (self->listener != NULL)
    {
      bw_listener_set_limits (self->listener, self->max_connections, self->max_per_address);
      bw_listener_set_timeouts (self->listener, &self->timeouts);
    }
}

void
bw_sync_server_set_workers (BwSyncServer *self,
                            guint         workers)
{
  const char *path;

  g_return_if_fail (BW_IS_SYNC_SERVER (self));

  g_clear_object (&self->pool);
  path = bw_server_store_get_path (self->store);
  if (workers > 0 && path != NULL && *path != '\0')
    self->pool = bw_request_pool_new (path, workers);
}

void
bw_sync_server_set_login_limits (BwSyncServer *self,
                                 guint         per_login,
                                 guint         per_peer,
                                 guint         period_seconds)
{
  g_return_if_fail (BW_IS_SYNC_SERVER (self));
  g_return_if_fail (per_login >= 1 && per_peer >= 1 && period_seconds >= 1);

  g_clear_object (&self->login_failures);
  g_clear_object (&self->peer_failures);
  self->login_failures = bw_rate_limiter_new (per_login / (double) period_seconds, per_login);
  self->peer_failures = bw_rate_limiter_new (per_peer / (double) period_seconds, per_peer);
}

guint
bw_sync_server_get_n_connections (BwSyncServer *self)
{
  g_return_val_if_fail (BW_IS_SYNC_SERVER (self), 0);
  return self->listener ? bw_listener_get_n_connections (self->listener) : 0;
}

static void
listener_event (BwListener *listener,
                const char *text,
                gpointer    user_data)
{
  bw_server_log ("%s", text);
}

/* A connection within the limits: over TLS when there is a certificate
 * (soup_server_accept_iostream() does no TLS of its own), then libsoup's. */
static gboolean
accept_connection (BwListener        *listener,
                   BwConnectionGuard *guard,
                   gpointer           user_data)
{
  BwSyncServer *self = user_data;
  GSocketConnection *connection = bw_connection_guard_get_connection (guard);
  GIOStream *stream = G_IO_STREAM (connection);
  g_autoptr(GIOStream) tls = NULL;
  g_autoptr(GIOStream) guarded = NULL;
  g_autoptr(GSocketAddress) local = NULL;
  g_autoptr(GError) error = NULL;

  if (self->certificate != NULL)
    {
      tls = g_tls_server_connection_new (stream, self->certificate, &error);
      if (tls == NULL)
        {
          bw_server_log ("error detail=\"tls: %s\"", error->message);
          return FALSE;
        }
      /* As libsoup's own listener: a client may close without notify. */
      g_object_set (tls, "require-close-notify", FALSE, NULL);
      stream = tls;
    }
  /* libsoup reads through the guard (bw-connection-guard.h). */
  guarded = bw_connection_guard_wrap_stream (guard, stream);
  bw_connection_guard_set_release_func (guard, take_back_from_libsoup, NULL);
  local = g_socket_connection_get_local_address (connection, &error);
  if (local == NULL ||
      !soup_server_accept_iostream (self->server, guarded, local,
                                    G_SOCKET_ADDRESS (bw_connection_guard_get_remote (guard)), &error))
    {
      bw_server_log ("error detail=\"accept: %s\"", error->message);
      return FALSE;
    }
  return TRUE;
}

/* A listening socket that nobody can connect to: a Unix socket whose
 * name is gone. libsoup attaches an accept source that never fires. */
static GSocket *
make_keepalive_anchor (GError **error)
{
  g_autofree char *dir = g_dir_make_tmp ("bw-server-XXXXXX", error);
  g_autofree char *path = NULL;
  g_autoptr(GSocket) socket = NULL;
  g_autoptr(GSocketAddress) address = NULL;
  gboolean ok;

  if (dir == NULL)
    return NULL;
  path = g_build_filename (dir, "anchor", NULL);
  socket = g_socket_new (G_SOCKET_FAMILY_UNIX, G_SOCKET_TYPE_STREAM, G_SOCKET_PROTOCOL_DEFAULT, error);
  address = g_unix_socket_address_new (path);
  ok = socket != NULL && g_socket_bind (socket, address, FALSE, error) && g_socket_listen (socket, error);
  g_unlink (path);
  g_rmdir (dir);
  return ok ? g_steal_pointer (&socket) : NULL;
}

gboolean
bw_sync_server_listen (BwSyncServer     *self,
                       const char       *host,
                       guint             port,
                       GTlsCertificate  *certificate,
                       GError          **error)
{
  g_autoptr(GInetAddress) inet = NULL;
  g_autoptr(GSocketAddress) address = NULL;

  g_return_val_if_fail (BW_IS_SYNC_SERVER (self), FALSE);
  g_return_val_if_fail (self->server == NULL, FALSE);

  inet = g_inet_address_new_from_string (host);
  if (inet == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   "Listen on an IP address such as 127.0.0.1, not “%s”", host);
      return FALSE;
    }
  address = g_inet_socket_address_new (inet, port);

  /* Made now, so that the first unknown login costs no more than any. */
  bw_password_dummy_hash ();

  self->listener = bw_listener_new (address, error);
  if (self->listener == NULL)
    return FALSE;
  self->keepalive_anchor = make_keepalive_anchor (error);
  if (self->keepalive_anchor == NULL)
    {
      g_clear_object (&self->listener);
      return FALSE;
    }

  self->server = soup_server_new ("server-header", "buurtwerk-server", NULL);
  self->https = certificate != NULL;
  g_set_object (&self->certificate, certificate);
  soup_server_add_early_handler (self->server, "/api", early_handler, self, NULL);
  soup_server_add_handler (self->server, "/api", api_handler, self, NULL);
  g_signal_connect (self->server, "request-started", G_CALLBACK (request_started), self);
  g_signal_connect (self->server, "request-finished", G_CALLBACK (request_finished), self);
  g_signal_connect (self->server, "request-aborted", G_CALLBACK (request_aborted), self);

  if (!soup_server_listen_socket (self->server, self->keepalive_anchor, 0, error))
    {
      g_clear_object (&self->server);
      g_clear_object (&self->listener);
      g_clear_object (&self->keepalive_anchor);
      return FALSE;
    }

  bw_listener_set_limits (self->listener, self->max_connections, self->max_per_address);
  bw_listener_set_timeouts (self->listener, &self->timeouts);
  /* Over TLS a refused client is just closed: a plain 503 is noise. */
  bw_listener_set_plain_refusal (self->listener, !self->https);
  g_signal_connect (self->listener, "event", G_CALLBACK (listener_event), self);
  bw_listener_start (self->listener, accept_connection, self);
  return TRUE;
}

guint
bw_sync_server_get_port (BwSyncServer *self)
{
  g_return_val_if_fail (BW_IS_SYNC_SERVER (self), 0);

  if (self->listener == NULL)
    return 0;
  return g_inet_socket_address_get_port (bw_listener_get_address (self->listener));
}

char *
bw_sync_server_get_url (BwSyncServer *self)
{
  GInetSocketAddress *address;
  g_autofree char *host = NULL;

  g_return_val_if_fail (BW_IS_SYNC_SERVER (self), NULL);

  if (self->listener == NULL)
    return NULL;
  address = bw_listener_get_address (self->listener);
  host = g_inet_address_to_string (g_inet_socket_address_get_address (address));
  if (g_inet_address_get_family (g_inet_socket_address_get_address (address)) == G_SOCKET_FAMILY_IPV6)
    return g_strdup_printf ("%s://[%s]:%u", self->https ? "https" : "http", host,
                            g_inet_socket_address_get_port (address));
  return g_strdup_printf ("%s://%s:%u", self->https ? "https" : "http", host,
                          g_inet_socket_address_get_port (address));
}

void
bw_sync_server_disconnect (BwSyncServer *self)
{
  g_return_if_fail (BW_IS_SYNC_SERVER (self));

  if (self->listener)
    bw_listener_close (self->listener);
  if (self->server)
    soup_server_disconnect (self->server);
}
