#pragma once

#include <gio/gio.h>

#include "bw-server-store.h"

G_BEGIN_DECLS

#define BW_SYNC_SERVER_DEFAULT_MAX_BODY (4 * 1024 * 1024)

#define BW_TYPE_SYNC_SERVER (bw_sync_server_get_type ())
G_DECLARE_FINAL_TYPE (BwSyncServer, bw_sync_server, BW, SYNC_SERVER, GObject)

/* The HTTP side of the sync protocol (docs/sync-protocol.md) on a
 * SoupServer, answering from @store. */
BwSyncServer *bw_sync_server_new      (BwServerStore    *store,
                                       gsize             max_body);
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
