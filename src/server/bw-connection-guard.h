/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Where a connection is in its life, and so which timeout applies. */
typedef enum {
  BW_CONNECTION_PHASE_HEADERS,   /* accepted; the first request's headers are not in yet */
  BW_CONNECTION_PHASE_IDLE,      /* kept alive between requests (the next one's headers too) */
  BW_CONNECTION_PHASE_BODY,      /* headers in; the body is being read */
  BW_CONNECTION_PHASE_ANSWER,    /* the request is in; the answer is being made and written */
  BW_CONNECTION_PHASE_CLOSING,   /* shut down by the server; closed at the next check */
} BwConnectionPhase;

/* The timeouts, in seconds, per phase (docs/sync-protocol.md, Limits). */
typedef struct {
  guint header;
  guint idle;
  guint body;
  guint answer;
} BwConnectionTimeouts;

/* A request line and headers larger than this are answered 431 and the
 * connection closed (libsoup 3.2 drops it silently at 64 KiB). libsoup
 * reads at most 8 KiB at a time, so a head of 24 KiB always passes. */
#define BW_CONNECTION_HEAD_LIMIT (32 * 1024)
/* How long the rest of a refused request is read before the close. */
#define BW_CONNECTION_DRAIN_USEC (5 * G_USEC_PER_SEC)

#define BW_TYPE_CONNECTION_GUARD (bw_connection_guard_get_type ())
G_DECLARE_FINAL_TYPE (BwConnectionGuard, bw_connection_guard, BW, CONNECTION_GUARD, GObject)

/* One accepted connection: its socket, its peer, its phase and since
 * when. Main thread only. */
BwConnectionGuard *bw_connection_guard_new        (GSocketConnection  *connection,
                                                   GInetSocketAddress *remote);
GSocketConnection *bw_connection_guard_get_connection (BwConnectionGuard *self);
GInetSocketAddress *bw_connection_guard_get_remote (BwConnectionGuard *self);
/* The peer's IP address, for the per-address cap. */
const char        *bw_connection_guard_get_peer   (BwConnectionGuard *self);
/* "IP:PORT": unique among the open connections of one listener. */
const char        *bw_connection_guard_get_key    (BwConnectionGuard *self);
BwConnectionPhase  bw_connection_guard_get_phase  (BwConnectionGuard *self);
void               bw_connection_guard_set_phase  (BwConnectionGuard *self,
                                                   BwConnectionPhase  phase);
/* A request on it was refused for its framing: shut it down as soon as
 * that answer is written, so nothing behind it is ever read. */
void               bw_connection_guard_close_after_answer (BwConnectionGuard *self);
gboolean           bw_connection_guard_get_close_after_answer (BwConnectionGuard *self);
/* Whether the rest of a refused request head is still being read
 * (until the client stops sending, or the deadline); then the guard
 * closes the connection itself. */
gboolean           bw_connection_guard_is_draining (BwConnectionGuard *self,
                                                    gint64             now);
/* The name of the phase whose timeout has passed at @now (monotonic µs),
 * or NULL. */
const char        *bw_connection_guard_check_timeout (BwConnectionGuard          *self,
                                                      gint64                      now,
                                                      const BwConnectionTimeouts *timeouts);
/* Whether the client has gone: the socket reads end-of-file. Only
 * between requests; a request being answered keeps its connection. */
gboolean           bw_connection_guard_peer_closed (BwConnectionGuard *self);
gboolean           bw_connection_guard_is_closed  (BwConnectionGuard *self);
/* Shuts the socket down both ways (libsoup sees end-of-file and lets it
 * go); the descriptor is closed by bw_connection_guard_close(). */
void               bw_connection_guard_shut_down  (BwConnectionGuard *self);
void               bw_connection_guard_close      (BwConnectionGuard *self);
/* Monotonic µs at which the phase began. */
gint64             bw_connection_guard_get_since  (BwConnectionGuard *self);

/* libsoup 3.2 forgets a kept-alive connection whose client closes it
 * between two requests: it never tells its SoupServer, which keeps the
 * connection (about 2 KiB) for ever (fixed upstream in 3.3). So libsoup
 * reads through the guard: @base (the connection, or TLS over it)
 * wrapped so that an end of file or a read error met between two
 * requests is held back from libsoup, and the guard's release function
 * is called instead, from the main loop, to take the connection back
 * from libsoup; then the guard closes it. Over TLS the wrapper sits
 * above TLS (a close_notify ends the stream there), so libsoup no longer
 * sees a GTlsConnection: it builds request URIs as http:// and refuses a
 * request line in absolute form with https:// (400); clients send the
 * path only. */
typedef void (*BwConnectionGuardReleaseFunc) (BwConnectionGuard *guard,
                                              gpointer           user_data);
GIOStream         *bw_connection_guard_wrap_stream (BwConnectionGuard *self,
                                                    GIOStream         *base);
void               bw_connection_guard_set_release_func (BwConnectionGuard            *self,
                                                         BwConnectionGuardReleaseFunc  func,
                                                         gpointer                      user_data);
/* Whether the connection waits for its next request (an answer was
 * written, and no byte of the next request read by libsoup yet). Then
 * bw_connection_guard_shut_down() and bw_connection_guard_close() call
 * the release function first. */
void               bw_connection_guard_set_between_requests (BwConnectionGuard *self,
                                                             gboolean           between);

G_END_DECLS
