/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-server"
/* The sync server's listening socket: accepts by hand, counts and times
 * every connection, and never stops accepting for good. */
#include "config.h"

#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include <gio/gnetworking.h>

#include "bw-listener.h"

/* Accepts per wake-up, so that a flood cannot hold the main loop. */
#define ACCEPTS_PER_DISPATCH 32
/* After an accept error (out of descriptors): pause, doubling up to 1 s. */
#define BACKOFF_FIRST_MS 50
#define BACKOFF_MAX_MS 1000
/* A refused connection is kept (shut down for writing) this long, so
 * that the client reads its 503 before the socket is closed; at most
 * this many at once, beyond that they are closed at once. */
#define LINGER_USEC (1 * G_USEC_PER_SEC)
#define MAX_LINGERING 32
#define BACKLOG 128
#define REFUSED_RETRY_AFTER "2"

static const char refusal[] =
  "HTTP/1.1 503 Service Unavailable\r\n"
  "Content-Type: application/json\r\n"
  "Cache-Control: no-store\r\n"
  "Retry-After: " REFUSED_RETRY_AFTER "\r\n"
  "Connection: close\r\n"
  "Content-Length: %u\r\n"
  "\r\n"
  "%s";
static const char refusal_body[] =
  "{\"error\":{\"code\":\"unavailable\",\"message\":\"The server has too many connections; try again later\"}}";

typedef struct {
  GSocket *socket;
  gint64 deadline;
} Lingering;

struct _BwListener
{
  GObject parent_instance;

  GSocket *socket;
  GInetSocketAddress *address;
  GSource *accept_source;
  guint backoff_id;
  guint backoff_ms;
  guint check_id;
  int spare_fd;          /* kept open to refuse one client when out of descriptors */
  gboolean plain_refusal;

  guint max_total;
  guint max_per_address;
  BwConnectionTimeouts timeouts;

  GHashTable *guards;    /* "IP:PORT" -> BwConnectionGuard */
  GQueue lingering;      /* Lingering * */
  guint refused;         /* since the last log line */
  guint timed_out;

  BwListenerAcceptFunc func;
  gpointer user_data;
};

G_DEFINE_FINAL_TYPE (BwListener, bw_listener, G_TYPE_OBJECT)

enum { EVENT, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
lingering_free (Lingering *lingering)
{
  g_socket_close (lingering->socket, NULL);
  g_object_unref (lingering->socket);
  g_free (lingering);
}

static void
bw_listener_dispose (GObject *object)
{
  BwListener *self = BW_LISTENER (object);

  bw_listener_close (self);
  g_hash_table_remove_all (self->guards);
  G_OBJECT_CLASS (bw_listener_parent_class)->dispose (object);
}

static void
bw_listener_finalize (GObject *object)
{
  BwListener *self = BW_LISTENER (object);

  g_hash_table_unref (self->guards);
  g_clear_object (&self->address);
  G_OBJECT_CLASS (bw_listener_parent_class)->finalize (object);
}

static void
bw_listener_class_init (BwListenerClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = bw_listener_dispose;
  G_OBJECT_CLASS (klass)->finalize = bw_listener_finalize;

  /* A line for the log, key=value words. */
  signals[EVENT] = g_signal_new ("event", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
bw_listener_init (BwListener *self)
{
  self->guards = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  g_queue_init (&self->lingering);
  self->spare_fd = -1;
  self->plain_refusal = TRUE;
  self->max_total = 200;
  self->max_per_address = 200;
  self->timeouts = (BwConnectionTimeouts) { 10, 60, 30, 120 };
}

static void
event (BwListener *self,
       const char *format,
       ...) G_GNUC_PRINTF (2, 3);

static void
event (BwListener *self,
       const char *format,
       ...)
{
  g_autofree char *text = NULL;
  va_list args;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);
  g_signal_emit (self, signals[EVENT], 0, text);
}

static void
open_spare (BwListener *self)
{
  if (self->spare_fd < 0)
    self->spare_fd = open ("/dev/null", O_RDONLY | O_CLOEXEC);
}

BwListener *
bw_listener_new (GSocketAddress  *address,
                 GError         **error)
{
  g_autoptr(BwListener) self = g_object_new (BW_TYPE_LISTENER, NULL);
  GSocketAddress *local;

  g_return_val_if_fail (G_IS_INET_SOCKET_ADDRESS (address), NULL);

  self->socket = g_socket_new (g_socket_address_get_family (address), G_SOCKET_TYPE_STREAM,
                               G_SOCKET_PROTOCOL_TCP, error);
  if (self->socket == NULL)
    return NULL;
  g_socket_set_blocking (self->socket, FALSE);
  g_socket_set_listen_backlog (self->socket, BACKLOG);
  if (g_socket_address_get_family (address) == G_SOCKET_FAMILY_IPV6)
    g_socket_set_option (self->socket, IPPROTO_IPV6, IPV6_V6ONLY, TRUE, NULL);
  if (!g_socket_bind (self->socket, address, TRUE, error) ||
      !g_socket_listen (self->socket, error))
    {
      g_socket_close (self->socket, NULL);
      g_clear_object (&self->socket);
      return NULL;
    }
  local = g_socket_get_local_address (self->socket, error);
  if (local == NULL)
    {
      g_socket_close (self->socket, NULL);
      g_clear_object (&self->socket);
      return NULL;
    }
  self->address = G_INET_SOCKET_ADDRESS (local);
  open_spare (self);
  return g_steal_pointer (&self);
}

void
bw_listener_set_limits (BwListener *self,
                        guint       max_total,
                        guint       max_per_address)
{
  g_return_if_fail (BW_IS_LISTENER (self));
  g_return_if_fail (max_total >= 1 && max_per_address >= 1);

  self->max_total = max_total;
  self->max_per_address = max_per_address;
}

void
bw_listener_set_timeouts (BwListener                 *self,
                          const BwConnectionTimeouts *timeouts)
{
  g_return_if_fail (BW_IS_LISTENER (self));
  g_return_if_fail (timeouts != NULL);

  self->timeouts = *timeouts;
}

void
bw_listener_set_plain_refusal (BwListener *self,
                               gboolean    plain)
{
  g_return_if_fail (BW_IS_LISTENER (self));
  self->plain_refusal = plain;
}

GInetSocketAddress *
bw_listener_get_address (BwListener *self)
{
  g_return_val_if_fail (BW_IS_LISTENER (self), NULL);
  return self->address;
}

static char *
key_for (GSocketAddress *remote)
{
  g_autofree char *ip = NULL;

  if (!G_IS_INET_SOCKET_ADDRESS (remote))
    return NULL;
  ip = g_inet_address_to_string (g_inet_socket_address_get_address (G_INET_SOCKET_ADDRESS (remote)));
  return g_strdup_printf ("%s:%u", ip, g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (remote)));
}

BwConnectionGuard *
bw_listener_lookup (BwListener     *self,
                    GSocketAddress *remote)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (BW_IS_LISTENER (self), NULL);

  key = key_for (remote);
  return key ? g_hash_table_lookup (self->guards, key) : NULL;
}

/* Tells a refused client to try again, and keeps its socket a moment
 * (shut down for writing) so that the answer is read before the close. */
static void
refuse (BwListener *self,
        GSocket    *socket)
{
  if (self->plain_refusal && g_queue_get_length (&self->lingering) < MAX_LINGERING)
    {
      g_autofree char *answer = g_strdup_printf (refusal, (guint) strlen (refusal_body), refusal_body);
      Lingering *lingering;

      /* A new socket's send buffer takes this at once; no more is tried. */
      g_socket_send (socket, answer, strlen (answer), NULL, NULL);
      g_socket_shutdown (socket, FALSE, TRUE, NULL);
      lingering = g_new0 (Lingering, 1);
      lingering->socket = g_object_ref (socket);
      lingering->deadline = g_get_monotonic_time () + LINGER_USEC;
      g_queue_push_tail (&self->lingering, lingering);
    }
  else
    g_socket_close (socket, NULL);
  self->refused++;
}

static guint
count_peer (BwListener *self,
            const char *peer)
{
  GHashTableIter iter;
  gpointer guard;
  guint n = 0;

  g_hash_table_iter_init (&iter, self->guards);
  while (g_hash_table_iter_next (&iter, NULL, &guard))
    if (g_str_equal (bw_connection_guard_get_peer (guard), peer))
      n++;
  return n;
}

static gboolean
over_limits (BwListener *self,
             const char *peer)
{
  return g_hash_table_size (self->guards) >= self->max_total ||
         count_peer (self, peer) >= self->max_per_address;
}

static void
take (BwListener *self,
      GSocket    *socket)
{
  g_autoptr(GSocketAddress) remote = g_socket_get_remote_address (socket, NULL);
  g_autoptr(GSocketConnection) connection = NULL;
  g_autoptr(BwConnectionGuard) guard = NULL;
  g_autofree char *peer = NULL;

  if (!G_IS_INET_SOCKET_ADDRESS (remote))
    {
      g_socket_close (socket, NULL);
      return;
    }
  peer = g_inet_address_to_string (g_inet_socket_address_get_address (G_INET_SOCKET_ADDRESS (remote)));
  if (over_limits (self, peer))
    {
      /* Make room first from the connections that are gone. */
      bw_listener_check (self);
      if (over_limits (self, peer))
        {
          refuse (self, socket);
          return;
        }
    }

  g_socket_set_option (socket, IPPROTO_TCP, TCP_NODELAY, TRUE, NULL);
  connection = g_socket_connection_factory_create_connection (socket);
  guard = bw_connection_guard_new (connection, G_INET_SOCKET_ADDRESS (remote));
  g_hash_table_replace (self->guards, g_strdup (bw_connection_guard_get_key (guard)),
                        g_object_ref (guard));
  if (self->func == NULL || !self->func (self, guard, self->user_data))
    {
      bw_connection_guard_close (guard);
      g_hash_table_remove (self->guards, bw_connection_guard_get_key (guard));
    }
}

static gboolean on_incoming (GSocket *socket, GIOCondition condition, gpointer user_data);

static void
watch (BwListener *self)
{
  if (self->accept_source != NULL || self->socket == NULL)
    return;
  self->accept_source = g_socket_create_source (self->socket, G_IO_IN, NULL);
  g_source_set_callback (self->accept_source, G_SOURCE_FUNC (on_incoming), self, NULL);
  g_source_attach (self->accept_source, g_main_context_get_thread_default ());
}

static gboolean
resume (gpointer user_data)
{
  BwListener *self = user_data;

  self->backoff_id = 0;
  watch (self);
  return G_SOURCE_REMOVE;
}

/* Out of descriptors (or another accept error): the pending connection
 * stays in the kernel's queue and would wake us again at once, so stop
 * watching for a moment, and start again by ourselves. */
static void
back_off (BwListener   *self,
          const GError *error)
{
  if (self->backoff_ms == 0)
    {
      self->backoff_ms = BACKOFF_FIRST_MS;
      event (self, "accept paused detail=\"%s\"", error->message);
    }
  else
    self->backoff_ms = MIN (self->backoff_ms * 2, BACKOFF_MAX_MS);

  /* When the descriptors ran out, the spare one lets one waiting client
   * be told so instead of waiting in the queue. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_TOO_MANY_OPEN_FILES) && self->spare_fd >= 0)
    {
      g_autoptr(GSocket) refused = NULL;

      close (self->spare_fd);
      self->spare_fd = -1;
      refused = g_socket_accept (self->socket, NULL, NULL);
      if (refused != NULL)
        {
          if (self->plain_refusal)
            {
              g_autofree char *answer = g_strdup_printf (refusal, (guint) strlen (refusal_body), refusal_body);
              g_socket_send (refused, answer, strlen (answer), NULL, NULL);
            }
          g_socket_close (refused, NULL);
          self->refused++;
        }
      open_spare (self);
    }

  bw_listener_check (self);
  if (self->accept_source != NULL)
    {
      g_source_destroy (self->accept_source);
      g_clear_pointer (&self->accept_source, g_source_unref);
    }
  if (self->backoff_id == 0)
    self->backoff_id = g_timeout_add (self->backoff_ms, resume, self);
}

static gboolean
on_incoming (GSocket      *listening,
             GIOCondition  condition,
             gpointer      user_data)
{
  BwListener *self = user_data;

  for (int i = 0; i < ACCEPTS_PER_DISPATCH; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GSocket) socket = g_socket_accept (listening, NULL, &error);

      if (socket == NULL)
        {
          if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_WOULD_BLOCK))
            break;
          /* The source is destroyed here; this callback's return value
           * no longer matters. */
          back_off (self, error);
          return G_SOURCE_REMOVE;
        }
      if (self->backoff_ms != 0)
        {
          event (self, "accept resumed");
          self->backoff_ms = 0;
          open_spare (self);
        }
      g_socket_set_blocking (socket, FALSE);
      take (self, socket);
    }
  return G_SOURCE_CONTINUE;
}

static gboolean
check_now (gpointer user_data)
{
  bw_listener_check (user_data);
  return G_SOURCE_CONTINUE;
}

void
bw_listener_start (BwListener           *self,
                   BwListenerAcceptFunc  func,
                   gpointer              user_data)
{
  g_return_if_fail (BW_IS_LISTENER (self));
  g_return_if_fail (self->func == NULL);

  self->func = func;
  self->user_data = user_data;
  watch (self);
  self->check_id = g_timeout_add_seconds (1, check_now, self);
}

void
bw_listener_check (BwListener *self)
{
  GHashTableIter iter;
  gpointer guard;
  gint64 now = g_get_monotonic_time ();

  g_return_if_fail (BW_IS_LISTENER (self));

  g_hash_table_iter_init (&iter, self->guards);
  while (g_hash_table_iter_next (&iter, NULL, &guard))
    {
      const char *expired;

      if (bw_connection_guard_is_closed (guard))
        g_hash_table_iter_remove (&iter);
      else if (bw_connection_guard_get_phase (guard) == BW_CONNECTION_PHASE_CLOSING)
        {
          /* Shut down a check ago: libsoup had its chance to let go. A
           * refused request head is read to its end first. */
          if (now - bw_connection_guard_get_since (guard) >= G_USEC_PER_SEC / 2 &&
              !bw_connection_guard_is_draining (guard, now))
            {
              bw_connection_guard_close (guard);
              g_hash_table_iter_remove (&iter);
            }
        }
      else if (bw_connection_guard_peer_closed (guard))
        {
          /* libsoup 3.2 may not notice: nobody is left to answer. */
          bw_connection_guard_close (guard);
          g_hash_table_iter_remove (&iter);
        }
      else if ((expired = bw_connection_guard_check_timeout (guard, now, &self->timeouts)) != NULL)
        {
          bw_connection_guard_shut_down (guard);
          self->timed_out++;
        }
    }

  while (!g_queue_is_empty (&self->lingering) &&
         ((Lingering *) g_queue_peek_head (&self->lingering))->deadline <= now)
    lingering_free (g_queue_pop_head (&self->lingering));

  /* One line a second at most, however large the flood. */
  if (self->refused > 0 || self->timed_out > 0)
    {
      event (self, "connections refused=%u timed_out=%u open=%u", self->refused, self->timed_out,
             g_hash_table_size (self->guards));
      self->refused = self->timed_out = 0;
    }
}

guint
bw_listener_get_n_connections (BwListener *self)
{
  GHashTableIter iter;
  gpointer guard;

  g_return_val_if_fail (BW_IS_LISTENER (self), 0);

  /* Forget the closed ones; no timeouts here. */
  g_hash_table_iter_init (&iter, self->guards);
  while (g_hash_table_iter_next (&iter, NULL, &guard))
    if (bw_connection_guard_is_closed (guard))
      g_hash_table_iter_remove (&iter);
    else if (bw_connection_guard_peer_closed (guard))
      {
        bw_connection_guard_close (guard);
        g_hash_table_iter_remove (&iter);
      }
  return g_hash_table_size (self->guards);
}

void
bw_listener_close (BwListener *self)
{
  g_return_if_fail (BW_IS_LISTENER (self));

  if (self->accept_source != NULL)
    {
      g_source_destroy (self->accept_source);
      g_clear_pointer (&self->accept_source, g_source_unref);
    }
  g_clear_handle_id (&self->backoff_id, g_source_remove);
  g_clear_handle_id (&self->check_id, g_source_remove);
  if (self->socket != NULL)
    g_socket_close (self->socket, NULL);
  g_clear_object (&self->socket);
  if (self->spare_fd >= 0)
    close (self->spare_fd);
  self->spare_fd = -1;
  while (!g_queue_is_empty (&self->lingering))
    lingering_free (g_queue_pop_head (&self->lingering));
}
