/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Opens an attachment's bytes in the desktop's default viewer: a private
 * temporary copy (mode 0600, in a directory of its own under the user's
 * runtime directory; bw_attachment_write_private_copy()) is written off
 * the main loop and handed to the viewer. The copies go when the app
 * quits. */
void     bw_attachment_open_async  (GtkWidget           *widget,
                                    GBytes              *bytes,
                                    const char          *file_name,
                                    const char          *media_type,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data);
/* The path of the copy opened, or NULL with a translated error. */
char    *bw_attachment_open_finish (GAsyncResult        *result,
                                    GError             **error);

/* Who opens the copy: g_app_info_launch_default_for_uri_async() unless a
 * test puts something else here (NULL: the default again). It returns
 * FALSE with @error when it could not. */
typedef gboolean (*BwAttachmentLauncher) (GtkWidget   *widget,
                                          const char  *uri,
                                          GError     **error);
void     bw_attachment_open_set_launcher (BwAttachmentLauncher launcher);

G_END_DECLS
