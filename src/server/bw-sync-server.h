/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <gio/gio.h>

#include "bw-server-store.h"

G_BEGIN_DECLS

#define BW_SYNC_SERVER_DEFAULT_MAX_BODY (4 * 1024 * 1024)
/* A login or an opened report is a few short strings. */
#define BW_SYNC_SERVER_MAX_SMALL_BODY 4096
/* In bytes; longer ones are refused before anything is counted or hashed. */
#define BW_SYNC_SERVER_MAX_LOGIN 256
#define BW_SYNC_SERVER_MAX_PASSWORD 1024
/* Limits (docs/sync-protocol.md): open connections, and requests per
 * second per bearer token with the burst a token may spend at once. */
#define BW_SYNC_SERVER_DEFAULT_MAX_CONNECTIONS 200
#define BW_SYNC_SERVER_DEFAULT_RATE 20.0
#define BW_SYNC_SERVER_DEFAULT_BURST 100.0
/* Connections from one IP address at most (a municipal office behind one
 * NAT address counts once: raise it there), and the timeouts in seconds:
 * for the first request's headers, between requests (the next request's
 * headers included), for a request body, and for making and writing an
 * answer. */
#define BW_SYNC_SERVER_DEFAULT_MAX_PER_ADDRESS 50
#define BW_SYNC_SERVER_DEFAULT_HEADER_TIMEOUT 10
#define BW_SYNC_SERVER_DEFAULT_IDLE_TIMEOUT 60
#define BW_SYNC_SERVER_DEFAULT_BODY_TIMEOUT 30
#define BW_SYNC_SERVER_ANSWER_TIMEOUT 120
/* Failed logins a minute, per login name and per client address. */
#define BW_SYNC_SERVER_LOGIN_FAILURES 5
#define BW_SYNC_SERVER_PEER_LOGIN_FAILURES 20
/* Worker threads for the database work of requests. */
#define BW_SYNC_SERVER_DEFAULT_WORKERS 2

#define BW_TYPE_SYNC_SERVER (bw_sync_server_get_type ())
G_DECLARE_FINAL_TYPE (BwSyncServer, bw_sync_server, BW, SYNC_SERVER, GObject)

/* The HTTP side of the sync protocol (docs/sync-protocol.md) on a
 * SoupServer, answering from @store. */
BwSyncServer *bw_sync_server_new      (BwServerStore    *store,
                                       gsize             max_body);
/* Beyond @max_connections a new connection is answered 503 and closed
 * when it is accepted (docs/sync-protocol.md, Limits);
 * beyond @rate requests per second (and a burst of @burst) a token is
 * answered 429. Both with Retry-After; neither changes anything. */
void          bw_sync_server_set_limits (BwSyncServer   *self,
                                         guint           max_connections,
                                         double          rate,
                                         double          burst);
/* Beyond @max_per_address connections from one IP address a new one is
 * refused like one beyond max_connections; a connection is shut down
 * after @header_timeout seconds without the first request's headers,
 * @idle_timeout seconds without the next request, and @body_timeout
 * seconds reading a body. */
void          bw_sync_server_set_connection_limits (BwSyncServer *self,
                                                    guint         max_per_address,
                                                    guint         header_timeout,
                                                    guint         idle_timeout,
                                                    guint         body_timeout);
/* The database work of the feed, pushes, records and new tokens runs on
 * @workers threads with their own connections; 0: on the main loop. */
void          bw_sync_server_set_workers (BwSyncServer  *self,
                                          guint          workers);
/* Failed logins allowed per @period_seconds, per login name and per client
 * address (defaults 5 and 20 a minute); beyond, every login attempt is
 * answered 429. */
void          bw_sync_server_set_login_limits (BwSyncServer *self,
                                               guint         per_login,
                                               guint         per_peer,
                                               guint         period_seconds);
guint         bw_sync_server_get_n_connections (BwSyncServer *self);
/* Listens on @host:@port (0: any free port); HTTPS when @certificate is
 * given. */
gboolean      bw_sync_server_listen   (BwSyncServer     *self,
                                       const char       *host,
                                       guint             port,
                                       GTlsCertificate  *certificate,
                                       GError          **error);
/* "http://127.0.0.1:PORT" once listening. */
char         *bw_sync_server_get_url  (BwSyncServer     *self);
guint         bw_sync_server_get_port (BwSyncServer     *self);
void          bw_sync_server_disconnect (BwSyncServer   *self);

G_END_DECLS
