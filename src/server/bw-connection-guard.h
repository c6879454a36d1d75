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

G_END_DECLS
