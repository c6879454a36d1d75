/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <libsoup/soup.h>

#include "bw-connection-guard.h"
#include "bw-listener.h"
#include "bw-rate-limiter.h"
#include "bw-request-pool.h"
#include "bw-sync-server.h"

G_BEGIN_DECLS

/* What the files of the sync server share (bw-sync-server-*.c). */

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
  BwServerThrottle login_limit;   /* failed logins per login as typed */
  BwServerThrottle peer_limit;    /* and per peer address, in the database */
  /* The password hash: a bounded pool, so that a burst of logins cannot
   * take every core from the main loop. */
  GThreadPool *hash_pool;
  GMainContext *context;
  /* The database work of the other requests (NULL: in memory, inline). */
  BwRequestPool *pool;
};

/* Per request, for the log line. */
#define DATA_STARTED "bw-started"
#define DATA_USER "bw-user"
#define DATA_EXTRA "bw-extra"
#define DATA_ABORTED "bw-aborted"
#define DATA_GUARD "bw-guard"
/* On a guard: its connection's latest request (a SoupServerMessage). */
#define DATA_LAST_REQUEST "bw-last-request"

/* bw-sync-server-api.c */

void          bw_sync_server_respond_json  (SoupServerMessage *msg,
                                            guint              status,
                                            JsonObject        *body);
void          bw_sync_server_respond_error (SoupServerMessage *msg,
                                            guint              status,
                                            const char        *code,
                                            const char        *message);
void          bw_sync_server_respond_try_later (SoupServerMessage *msg,
                                                guint              seconds);
void          bw_sync_server_respond_gerror (SoupServerMessage *msg,
                                             const GError      *error);
JsonNode     *bw_sync_server_read_body     (BwSyncServer      *self,
                                            SoupServerMessage *msg);
gboolean      bw_sync_server_is_access_history_path (const char *path);
/* /api/v1/attachments/UUID/content */
gboolean      bw_sync_server_is_attachment_path (const char *path);
void          bw_sync_server_early_handler (SoupServer        *server,
                                            SoupServerMessage *msg,
                                            const char        *path,
                                            GHashTable        *query,
                                            gpointer           user_data);
void          bw_sync_server_api_handler   (SoupServer        *server,
                                            SoupServerMessage *msg,
                                            const char        *path,
                                            GHashTable        *query,
                                            gpointer           user_data);

/* bw-sync-server-login.c */

void          bw_sync_server_handle_login  (BwSyncServer      *self,
                                            SoupServerMessage *msg);
/* The hash pool's function (GFunc): @data is the login under way. */
void          bw_sync_server_hash_in_thread (gpointer          data,
                                             gpointer          user_data);

G_END_DECLS
