/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The session token of the central server, kept in the secret service
 * (GNOME Keyring), never in a plain file. Where no secret service runs the
 * calls fail and the user is asked to log in again next time. */

void     bw_token_store_save_async    (const char          *server_url,
                                       const char          *login,
                                       const char          *token,
                                       GCancellable        *cancellable,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data);
gboolean bw_token_store_save_finish   (GAsyncResult        *result,
                                       GError             **error);

void     bw_token_store_lookup_async  (const char          *server_url,
                                       const char          *login,
                                       GCancellable        *cancellable,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data);
/* NULL without an error when nothing is stored. */
char    *bw_token_store_lookup_finish (GAsyncResult        *result,
                                       GError             **error);

G_END_DECLS
