/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-server"
/* One accepted connection of the sync server and its timeouts. */
#include "config.h"

#include <string.h>

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
  gsize head_bytes;      /* read in this phase, while it is HEADERS or IDLE */

  /* A request head over the limit: its answer is written and what the
   * client still sends is read and dropped, until it stops or the
   * deadline (monotonic µs), so that it reads the answer (bw_refused_head_*). */
  GSource *drain_source;
  gint64 drain_deadline;

  /* Taking the connection back from libsoup (see the header). */
  BwConnectionGuardReleaseFunc release_func;
  gpointer release_data;
  gboolean between_requests;
  gboolean released;
  GSource *release_source;  /* pending, after an end of file held back */
};

G_DEFINE_FINAL_TYPE (BwConnectionGuard, bw_connection_guard, G_TYPE_OBJECT)

static void
bw_connection_guard_finalize (GObject *object)
{
  BwConnectionGuard *self = BW_CONNECTION_GUARD (object);

  if (self->release_source != NULL)
    {
      g_source_destroy (self->release_source);
      g_source_unref (self->release_source);
    }
  if (self->drain_source != NULL)
    {
      g_source_destroy (self->drain_source);
      g_source_unref (self->drain_source);
    }
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
  self->head_bytes = 0;
}

gboolean
bw_connection_guard_is_draining (BwConnectionGuard *self,
                                 gint64             now)
{
  g_return_val_if_fail (BW_IS_CONNECTION_GUARD (self), FALSE);
  return self->drain_source != NULL && now < self->drain_deadline;
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

/* Between two requests, libsoup lets go of the connection only when it
 * is taken back: first that, then the socket. */
static gboolean
release (BwConnectionGuard *self)
{
  if (self->release_source != NULL)
    {
      g_source_destroy (self->release_source);
      g_clear_pointer (&self->release_source, g_source_unref);
    }
  if (self->released || !self->between_requests)
    return FALSE;
  self->released = TRUE;
  if (self->release_func != NULL)
    self->release_func (self, self->release_data);
  return TRUE;
}

void
bw_connection_guard_shut_down (BwConnectionGuard *self)
{
  GSocket *socket;

  g_return_if_fail (BW_IS_CONNECTION_GUARD (self));

  /* Nothing is being read or written: taken back, it is closed at once. */
  if (release (self))
    {
      bw_connection_guard_close (self);
      return;
    }
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

  release (self);
  if (self->drain_source != NULL)
    {
      g_source_destroy (self->drain_source);
      g_clear_pointer (&self->drain_source, g_source_unref);
    }
  socket = g_socket_connection_get_socket (self->connection);
  if (!g_socket_is_closed (socket))
    g_socket_close (socket, NULL);
  self->phase = BW_CONNECTION_PHASE_CLOSING;
}

void
bw_connection_guard_set_release_func (BwConnectionGuard            *self,
                                      BwConnectionGuardReleaseFunc  func,
                                      gpointer                      user_data)
{
  g_return_if_fail (BW_IS_CONNECTION_GUARD (self));

  self->release_func = func;
  self->release_data = user_data;
}

void
bw_connection_guard_set_between_requests (BwConnectionGuard *self,
                                          gboolean           between)
{
  g_return_if_fail (BW_IS_CONNECTION_GUARD (self));
  self->between_requests = between;
}

static gboolean
release_held_back (gpointer user_data)
{
  BwConnectionGuard *self = user_data;

  g_clear_pointer (&self->release_source, g_source_unref);
  /* A refused head: libsoup lets go now, the socket when drained. */
  if (self->drain_source != NULL)
    release (self);
  else
    bw_connection_guard_close (self);
  return G_SOURCE_REMOVE;
}

/* An end of file or an error was held back from libsoup: take the
 * connection back and close it in the next main loop iteration, before
 * libsoup's own source on the socket can run (a higher priority), and
 * never from inside libsoup's read. */
static void
hold_back (BwConnectionGuard *self)
{
  g_autoptr(GMainContext) context = NULL;

  if (self->release_source != NULL || self->released)
    return;
  context = g_main_context_ref_thread_default ();
  self->release_source = g_idle_source_new ();
  g_source_set_priority (self->release_source, G_PRIORITY_HIGH);
  g_source_set_callback (self->release_source, release_held_back, g_object_ref (self), g_object_unref);
  g_source_set_static_name (self->release_source, "[buurtwerk] connection closed between requests");
  g_source_attach (self->release_source, context);
}

/* The stream libsoup reads: the connection's (or TLS's) input, with an
 * end of file or error between two requests held back. */

#define BW_TYPE_GUARDED_INPUT (bw_guarded_input_get_type ())
G_DECLARE_FINAL_TYPE (BwGuardedInput, bw_guarded_input, BW, GUARDED_INPUT, GInputStream)

struct _BwGuardedInput
{
  GInputStream parent_instance;

  GInputStream *base;
  GOutputStream *output;   /* the connection's (or TLS's), for a refusal */
  BwConnectionGuard *guard;
  gboolean held_back;
};

static void bw_guarded_input_pollable_init (GPollableInputStreamInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (BwGuardedInput, bw_guarded_input, G_TYPE_INPUT_STREAM,
                               G_IMPLEMENT_INTERFACE (G_TYPE_POLLABLE_INPUT_STREAM,
                                                      bw_guarded_input_pollable_init))

static void
bw_guarded_input_finalize (GObject *object)
{
  BwGuardedInput *self = BW_GUARDED_INPUT (object);

  g_clear_object (&self->base);
  g_clear_object (&self->output);
  g_clear_object (&self->guard);
  G_OBJECT_CLASS (bw_guarded_input_parent_class)->finalize (object);
}

static gssize
bw_guarded_input_read (GInputStream  *stream,
                       void          *buffer,
                       gsize          count,
                       GCancellable  *cancellable,
                       GError       **error)
{
  BwGuardedInput *self = BW_GUARDED_INPUT (stream);

  /* libsoup's server reads without blocking; this is for completeness. */
  return g_input_stream_read (self->base, buffer, count, cancellable, error);
}

static gboolean
bw_guarded_input_close (GInputStream  *stream,
                        GCancellable  *cancellable,
                        GError       **error)
{
  BwGuardedInput *self = BW_GUARDED_INPUT (stream);

  /* Still being drained: the guard closes it. */
  if (self->guard->drain_source != NULL)
    return TRUE;
  return g_input_stream_close (self->base, cancellable, error);
}

/* Reads and drops what the client of a refused head still sends; closes
 * when it stops. Bounded per call: a client that sends for ever is
 * closed at the deadline (bw_listener_check). */
static gboolean
drain (GObject  *stream,
       gpointer  user_data)
{
  BwConnectionGuard *self = user_data;

  for (guint i = 0; i < 16; i++)
    {
      g_autoptr(GError) error = NULL;
      char buffer[16384];
      gssize n = g_pollable_input_stream_read_nonblocking (G_POLLABLE_INPUT_STREAM (stream), buffer,
                                                           sizeof buffer, NULL, &error);

      if (n < 0 && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_WOULD_BLOCK))
        return G_SOURCE_CONTINUE;
      if (n <= 0)
        {
          g_clear_pointer (&self->drain_source, g_source_unref);
          bw_connection_guard_close (self);
          return G_SOURCE_REMOVE;
        }
    }
  return G_SOURCE_CONTINUE;
}

static const char refused_head_body[] =
  "{\"error\":{\"code\":\"head_too_large\",\"message\":\"The request line and headers are too large\"}}";

/* A request line and headers over BW_CONNECTION_HEAD_LIMIT. libsoup 3.2
 * would drop the connection without a word at 64 KiB; the client is
 * told 431 instead, and is read until it has sent its request, so that
 * it reads the answer rather than a reset. */
static void
refuse_head (BwGuardedInput *self)
{
  BwConnectionGuard *guard = self->guard;
  GSocket *socket = g_socket_connection_get_socket (guard->connection);
  g_autofree char *answer = g_strdup_printf ("HTTP/1.1 431 Request Header Fields Too Large\r\n"
                                             "Content-Type: application/json\r\n"
                                             "Content-Length: %u\r\nConnection: close\r\n\r\n%s",
                                             (guint) strlen (refused_head_body), refused_head_body);

  /* Nothing of this request was answered yet: the send buffer takes it
   * at once; no more is tried. */
  g_pollable_output_stream_write_nonblocking (G_POLLABLE_OUTPUT_STREAM (self->output), answer,
                                              strlen (answer), NULL, NULL);
  g_socket_shutdown (socket, FALSE, TRUE, NULL);
  guard->phase = BW_CONNECTION_PHASE_CLOSING;
  guard->since = g_get_monotonic_time ();
  guard->drain_deadline = guard->since + BW_CONNECTION_DRAIN_USEC;
  guard->drain_source = g_pollable_input_stream_create_source (G_POLLABLE_INPUT_STREAM (self->base), NULL);
  g_source_set_callback (guard->drain_source, G_SOURCE_FUNC (drain), g_object_ref (guard), g_object_unref);
  g_source_set_static_name (guard->drain_source, "[buurtwerk] refused request head");
  g_source_attach (guard->drain_source, g_main_context_get_thread_default ());
}

static gboolean
bw_guarded_input_can_poll (GPollableInputStream *stream)
{
  return g_pollable_input_stream_can_poll (G_POLLABLE_INPUT_STREAM (BW_GUARDED_INPUT (stream)->base));
}

static gboolean
bw_guarded_input_is_readable (GPollableInputStream *stream)
{
  BwGuardedInput *self = BW_GUARDED_INPUT (stream);

  return !self->held_back && g_pollable_input_stream_is_readable (G_POLLABLE_INPUT_STREAM (self->base));
}

static gssize
bw_guarded_input_read_nonblocking (GPollableInputStream  *stream,
                                   void                  *buffer,
                                   gsize                  count,
                                   GError               **error)
{
  BwGuardedInput *self = BW_GUARDED_INPUT (stream);
  g_autoptr(GError) local_error = NULL;
  gssize n;

  if (!self->held_back)
    {
      n = g_pollable_input_stream_read_nonblocking (G_POLLABLE_INPUT_STREAM (self->base), buffer, count,
                                                    NULL, &local_error);
      if (n > 0 && (self->guard->phase == BW_CONNECTION_PHASE_HEADERS ||
                    self->guard->phase == BW_CONNECTION_PHASE_IDLE) &&
          (self->guard->head_bytes += n) > BW_CONNECTION_HEAD_LIMIT)
        {
          refuse_head (self);
          self->held_back = TRUE;
          /* Inside a request libsoup gives it up on an error and lets go
           * of the connection; between two requests it would not. */
          if (self->guard->between_requests && !self->guard->released)
            hold_back (self->guard);
          else
            {
              g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE, "Request head too large");
              return -1;
            }
        }
      else if (n > 0 || g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_WOULD_BLOCK) ||
               !self->guard->between_requests || self->guard->released)
        {
          if (local_error != NULL)
            g_propagate_error (error, g_steal_pointer (&local_error));
          return n;
        }
      /* The client closed (or broke) a kept-alive connection between
       * two requests: libsoup 3.2 would forget it here. */
      self->held_back = TRUE;
      hold_back (self->guard);
    }
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_WOULD_BLOCK, "The connection is being closed");
  return -1;
}

static GSource *
bw_guarded_input_create_source (GPollableInputStream *stream,
                                GCancellable         *cancellable)
{
  BwGuardedInput *self = BW_GUARDED_INPUT (stream);
  g_autoptr(GSource) base_source = NULL;

  /* Held back: a source that never fires (the guard closes it). The
   * child gets its dummy callback below (a second one would destroy it). */
  if (!self->held_back)
    base_source = g_pollable_input_stream_create_source (G_POLLABLE_INPUT_STREAM (self->base), NULL);
  return g_pollable_source_new_full (self, base_source, cancellable);
}

static void
bw_guarded_input_pollable_init (GPollableInputStreamInterface *iface)
{
  iface->can_poll = bw_guarded_input_can_poll;
  iface->is_readable = bw_guarded_input_is_readable;
  iface->read_nonblocking = bw_guarded_input_read_nonblocking;
  iface->create_source = bw_guarded_input_create_source;
}

static void
bw_guarded_input_class_init (BwGuardedInputClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bw_guarded_input_finalize;
  G_INPUT_STREAM_CLASS (klass)->read_fn = bw_guarded_input_read;
  G_INPUT_STREAM_CLASS (klass)->close_fn = bw_guarded_input_close;
}

static void
bw_guarded_input_init (BwGuardedInput *self)
{
}

#define BW_TYPE_GUARDED_STREAM (bw_guarded_stream_get_type ())
G_DECLARE_FINAL_TYPE (BwGuardedStream, bw_guarded_stream, BW, GUARDED_STREAM, GIOStream)

struct _BwGuardedStream
{
  GIOStream parent_instance;

  GIOStream *base;
  GInputStream *input;
  BwConnectionGuard *guard;
};

G_DEFINE_FINAL_TYPE (BwGuardedStream, bw_guarded_stream, G_TYPE_IO_STREAM)

static void
bw_guarded_stream_finalize (GObject *object)
{
  BwGuardedStream *self = BW_GUARDED_STREAM (object);

  /* GIOStream's dispose closed it (through the base) if nobody had. */
  g_clear_object (&self->input);
  g_clear_object (&self->base);
  g_clear_object (&self->guard);
  G_OBJECT_CLASS (bw_guarded_stream_parent_class)->finalize (object);
}

static GInputStream *
bw_guarded_stream_get_input_stream (GIOStream *stream)
{
  return BW_GUARDED_STREAM (stream)->input;
}

static GOutputStream *
bw_guarded_stream_get_output_stream (GIOStream *stream)
{
  return g_io_stream_get_output_stream (BW_GUARDED_STREAM (stream)->base);
}

static gboolean
bw_guarded_stream_close (GIOStream     *stream,
                         GCancellable  *cancellable,
                         GError       **error)
{
  BwGuardedStream *self = BW_GUARDED_STREAM (stream);

  /* Still being drained: the guard closes it. */
  if (self->guard->drain_source != NULL)
    return TRUE;
  return g_io_stream_close (self->base, cancellable, error);
}

static void
bw_guarded_stream_class_init (BwGuardedStreamClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bw_guarded_stream_finalize;
  G_IO_STREAM_CLASS (klass)->get_input_stream = bw_guarded_stream_get_input_stream;
  G_IO_STREAM_CLASS (klass)->get_output_stream = bw_guarded_stream_get_output_stream;
  G_IO_STREAM_CLASS (klass)->close_fn = bw_guarded_stream_close;
}

static void
bw_guarded_stream_init (BwGuardedStream *self)
{
}

GIOStream *
bw_connection_guard_wrap_stream (BwConnectionGuard *self,
                                 GIOStream         *base)
{
  BwGuardedStream *stream;
  BwGuardedInput *input;

  g_return_val_if_fail (BW_IS_CONNECTION_GUARD (self), NULL);
  g_return_val_if_fail (G_IS_IO_STREAM (base), NULL);
  g_return_val_if_fail (G_IS_POLLABLE_INPUT_STREAM (g_io_stream_get_input_stream (base)), NULL);

  input = g_object_new (BW_TYPE_GUARDED_INPUT, NULL);
  input->base = g_object_ref (g_io_stream_get_input_stream (base));
  input->output = g_object_ref (g_io_stream_get_output_stream (base));
  input->guard = g_object_ref (self);
  stream = g_object_new (BW_TYPE_GUARDED_STREAM, NULL);
  stream->base = g_object_ref (base);
  stream->guard = g_object_ref (self);
  stream->input = G_INPUT_STREAM (input);
  return G_IO_STREAM (stream);
}
