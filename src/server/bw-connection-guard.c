/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-server"
/* One accepted connection of the sync server and its timeouts. */
#include "config.h"

#include "bw-connection-guard.h"

struct _BwConnectionGuard
{
  GObject parent_instance;

  GSocketConnection *connection;
  GInetSocketAddress *remote;
  char *peer;
  char *key;
  BwConnectionPhase phase;
  gint64 since;          /* monotonic µs */
  gboolean close_after_answer;
};

G_DEFINE_FINAL_TYPE (BwConnectionGuard, bw_connection_guard, G_TYPE_OBJECT)

static void
bw_connection_guard_finalize (GObject *object)
{
  BwConnectionGuard *self = BW_CONNECTION_GUARD (object);

  g_clear_object (&self->connection);
  g_clear_object (&self->remote);
  g_free (self->peer);
  g_free (self->key);
  G_OBJECT_CLASS (bw_connection_guard_parent_class)->finalize (object);
}

static void
bw_connection_guard_class_init (BwConnectionGuardClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bw_connection_guard_finalize;
}

static void
bw_connection_guard_init (BwConnectionGuard *self)
{
  self->phase = BW_CONNECTION_PHASE_HEADERS;
  self->since = g_get_monotonic_time ();
}

BwConnectionGuard *
bw_connection_guard_new (GSocketConnection  *connection,
                         GInetSocketAddress *remote)
{
  BwConnectionGuard *self;

  g_return_val_if_fail (G_IS_SOCKET_CONNECTION (connection), NULL);
  g_return_val_if_fail (G_IS_INET_SOCKET_ADDRESS (remote), NULL);

  self = g_object_new (BW_TYPE_CONNECTION_GUARD, NULL);
  self->connection = g_object_ref (connection);
  self->remote = g_object_ref (remote);
  self->peer = g_inet_address_to_string (g_inet_socket_address_get_address (remote));
  self->key = g_strdup_printf ("%s:%u", self->peer, g_inet_socket_address_get_port (remote));
  return self;
}

GSocketConnection *
bw_connection_guard_get_connection (BwConnectionGuard *self)
{
  g_return_val_if_fail (BW_IS_CONNECTION_GUARD (self), NULL);
  return self->connection;
}

GInetSocketAddress *
bw_connection_guard_get_remote (BwConnectionGuard *self)
{
  g_return_val_if_fail (BW_IS_CONNECTION_GUARD (self), NULL);
  return self->remote;
}

const char *
bw_connection_guard_get_peer (BwConnectionGuard *self)
{
  g_return_val_if_fail (BW_IS_CONNECTION_GUARD (self), NULL);
  return self->peer;
}

const char *
bw_connection_guard_get_key (BwConnectionGuard *self)
{
  g_return_val_if_fail (BW_IS_CONNECTION_GUARD (self), NULL);
  return self->key;
}

BwConnectionPhase
bw_connection_guard_get_phase (BwConnectionGuard *self)
{
  g_return_val_if_fail (BW_IS_CONNECTION_GUARD (self), BW_CONNECTION_PHASE_CLOSING);
  return self->phase;
}

gint64
bw_connection_guard_get_since (BwConnectionGuard *self)
{
  g_return_val_if_fail (BW_IS_CONNECTION_GUARD (self), 0);
  return self->since;
}

void
bw_connection_guard_set_phase (BwConnectionGuard *self,
                               BwConnectionPhase  phase)
{
  g_return_if_fail (BW_IS_CONNECTION_GUARD (self));

  /* Once shut down, it stays so. */
  if (self->phase == BW_CONNECTION_PHASE_CLOSING)
    return;
  self->phase = phase;
  self->since = g_get_monotonic_time ();
}

void
bw_connection_guard_close_after_answer (BwConnectionGuard *self)
{
  g_return_if_fail (BW_IS_CONNECTION_GUARD (self));
  self->close_after_answer = TRUE;
}

gboolean
bw_connection_guard_get_close_after_answer (BwConnectionGuard *self)
{
  g_return_val_if_fail (BW_IS_CONNECTION_GUARD (self), FALSE);
  return self->close_after_answer;
}

const char *
bw_connection_guard_check_timeout (BwConnectionGuard          *self,
                                   gint64                      now,
                                   const BwConnectionTimeouts *timeouts)
{
  guint seconds;
  const char *name;

  g_return_val_if_fail (BW_IS_CONNECTION_GUARD (self), NULL);

  switch (self->phase)
    {
    case BW_CONNECTION_PHASE_HEADERS:
      seconds = timeouts->header, name = "header";
      break;
    case BW_CONNECTION_PHASE_IDLE:
      seconds = timeouts->idle, name = "idle";
      break;
    case BW_CONNECTION_PHASE_BODY:
      seconds = timeouts->body, name = "body";
      break;
    case BW_CONNECTION_PHASE_ANSWER:
      seconds = timeouts->answer, name = "answer";
      break;
    case BW_CONNECTION_PHASE_CLOSING:
    default:
      return NULL;
    }
  if (seconds == 0 || now - self->since < (gint64) seconds * G_USEC_PER_SEC)
    return NULL;
  return name;
}

gboolean
bw_connection_guard_is_closed (BwConnectionGuard *self)
{
  g_return_val_if_fail (BW_IS_CONNECTION_GUARD (self), TRUE);
  return g_socket_is_closed (g_socket_connection_get_socket (self->connection));
}

gboolean
bw_connection_guard_peer_closed (BwConnectionGuard *self)
{
  GSocket *socket;
  GInputVector vector;
  char byte;
  int flags = G_SOCKET_MSG_PEEK;
  g_autoptr(GError) error = NULL;
  gssize n;

  g_return_val_if_fail (BW_IS_CONNECTION_GUARD (self), TRUE);

  if (self->phase != BW_CONNECTION_PHASE_HEADERS && self->phase != BW_CONNECTION_PHASE_IDLE)
    return FALSE;
  socket = g_socket_connection_get_socket (self->connection);
  if (g_socket_is_closed (socket))
    return TRUE;
  if ((g_socket_condition_check (socket, G_IO_IN | G_IO_HUP | G_IO_ERR) & (G_IO_IN | G_IO_HUP | G_IO_ERR)) == 0)
    return FALSE;
  vector.buffer = &byte;
  vector.size = 1;
  n = g_socket_receive_message (socket, NULL, &vector, 1, NULL, NULL, &flags, NULL, &error);
  return n == 0 || (n < 0 && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_WOULD_BLOCK));
}

void
bw_connection_guard_shut_down (BwConnectionGuard *self)
{
  GSocket *socket;

  g_return_if_fail (BW_IS_CONNECTION_GUARD (self));

  socket = g_socket_connection_get_socket (self->connection);
  if (!g_socket_is_closed (socket))
    g_socket_shutdown (socket, TRUE, TRUE, NULL);
  self->phase = BW_CONNECTION_PHASE_CLOSING;
  self->since = g_get_monotonic_time ();
}

void
bw_connection_guard_close (BwConnectionGuard *self)
{
  GSocket *socket;

  g_return_if_fail (BW_IS_CONNECTION_GUARD (self));

  socket = g_socket_connection_get_socket (self->connection);
  if (!g_socket_is_closed (socket))
    g_socket_close (socket, NULL);
  self->phase = BW_CONNECTION_PHASE_CLOSING;
}
