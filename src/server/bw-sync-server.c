/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-server"
/* The sync server: its object and limits, listening, and each
 * connection's phases and log line. The protocol's endpoints are in
 * bw-sync-server-api.c, the login in bw-sync-server-login.c. */
#include "config.h"

#include <glib/gstdio.h>
#include <libsoup/soup.h>

#include "bw-http-framing.h"
#include "bw-listener.h"
#include "bw-password.h"
#include "bw-rate-limiter.h"
#include "bw-request-pool.h"
#include "bw-server-log.h"
#include "bw-sync-server-private.h"

G_DEFINE_FINAL_TYPE (BwSyncServer, bw_sync_server, G_TYPE_OBJECT)

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
  self->hash_pool = g_thread_pool_new (bw_sync_server_hash_in_thread, self,
                                       CLAMP ((int) g_get_num_processors () - 1, 1, 4), FALSE, NULL);
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
        bw_sync_server_respond_error (msg, SOUP_STATUS_LENGTH_REQUIRED, "length_required", error->message);
      else
        bw_sync_server_respond_error (msg, SOUP_STATUS_BAD_REQUEST, "bad_framing", error->message);
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
  else if (bw_sync_server_is_access_history_path (path))
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

  self->login_limit = (BwServerThrottle) { per_login / (double) period_seconds, per_login };
  self->peer_limit = (BwServerThrottle) { per_peer / (double) period_seconds, per_peer };
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
  soup_server_add_early_handler (self->server, "/api", bw_sync_server_early_handler, self, NULL);
  soup_server_add_handler (self->server, "/api", bw_sync_server_api_handler, self, NULL);
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
