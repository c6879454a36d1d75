/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <gio/gio.h>

#include "bw-connection-guard.h"

G_BEGIN_DECLS

#define BW_TYPE_LISTENER (bw_listener_get_type ())
G_DECLARE_FINAL_TYPE (BwListener, bw_listener, BW, LISTENER, GObject)

/* Called for every connection within the limits; FALSE if it could not be
 * taken (the listener then closes it). */
typedef gboolean (*BwListenerAcceptFunc) (BwListener        *listener,
                                          BwConnectionGuard *guard,
                                          gpointer           user_data);

/* The sync server's listening socket, accepted by hand so that every
 * connection is counted and timed (docs/sync-protocol.md, Limits):
 *  - at most @max_total open connections and @max_per_address from one
 *    IP address; one beyond is answered a plain "503" with Retry-After
 *    and "Connection: close" (over plain HTTP), or just closed (HTTPS);
 *  - a connection past the timeout of its phase is shut down;
 *  - a connection whose client has gone is closed (libsoup 3.2 does not
 *    notice one that closes between two requests; the guard takes such
 *    a connection back from libsoup first, bw-connection-guard.h);
 *  - when the process runs out of descriptors, accepting pauses briefly
 *    and starts again by itself: it never stops for good.
 * Everything on the main thread. Logs through the "event" signal. */
BwListener *bw_listener_new        (GSocketAddress  *address,
                                    GError         **error);
void        bw_listener_set_limits (BwListener      *self,
                                    guint            max_total,
                                    guint            max_per_address);
void        bw_listener_set_timeouts (BwListener    *self,
                                      const BwConnectionTimeouts *timeouts);
/* Whether a refused plain-HTTP connection is told "503" before closing
 * (not over TLS, where it is just closed). */
void        bw_listener_set_plain_refusal (BwListener *self,
                                           gboolean    plain);
void        bw_listener_start      (BwListener          *self,
                                    BwListenerAcceptFunc func,
                                    gpointer             user_data);
GInetSocketAddress *bw_listener_get_address (BwListener *self);
/* The guard of the open connection with that remote address, or NULL. */
BwConnectionGuard *bw_listener_lookup (BwListener     *self,
                                       GSocketAddress *remote);
/* Forgets the connections that are closed, closes the ones whose client
 * has gone or whose timeout passed. Runs every second by itself. */
void        bw_listener_check      (BwListener      *self);
guint       bw_listener_get_n_connections (BwListener *self);
/* Stops accepting and closes the listening socket; open connections are
 * left to their owner. */
void        bw_listener_close      (BwListener      *self);

G_END_DECLS
