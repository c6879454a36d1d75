/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <gio/gio.h>

#include "bw-attachment.h"
#include "bw-case-store.h"

G_BEGIN_DECLS

/* Attachments on the case store (docs/sync-protocol.md, "Attachments"):
 * the description is a record under the case, the bytes are kept apart in
 * attachment_blobs. Every write is one transaction and emits
 * case-changed. Called on the store's threads (bw_case_store_write_async(),
 * bw_case_store_read_async()), never on the main loop. */

/* Checks @bytes (bw_file_type_check()) and stores them under the live case
 * @case_id with a sanitised @file_name; @share_uuid names the share whose
 * consent form it is (a share of this case), or NULL. Returns the new id,
 * or 0 with a translated error and nothing changed. */
gint64        bw_case_store_add_attachment      (BwCaseStore  *self,
                                                 gint64        case_id,
                                                 const char   *file_name,
                                                 GBytes       *bytes,
                                                 const char   *share_uuid,
                                                 const char   *description,
                                                 GError      **error);
/* The same for a file: its size is looked at before it is read. */
gint64        bw_case_store_add_attachment_file (BwCaseStore  *self,
                                                 gint64        case_id,
                                                 GFile        *file,
                                                 const char   *share_uuid,
                                                 const char   *description,
                                                 GError      **error);
/* BwAttachment items of the case, newest first. */
GListModel   *bw_case_store_list_attachments    (BwCaseStore  *self,
                                                 gint64        case_id);
/* Removes an attachment: the record is deleted (softly, for the sync) and
 * its bytes at once. */
gboolean      bw_case_store_remove_attachment   (BwCaseStore  *self,
                                                 gint64        attachment_id,
                                                 GError      **error);
/* Which share part covers the attachment: "none" (only the share it is on,
 * if any) or a part's key (bw_share_part_to_key()); a partner whose share
 * includes that part may open it. */
gboolean      bw_case_store_set_attachment_part (BwCaseStore  *self,
                                                 gint64        attachment_id,
                                                 const char   *part,
                                                 GError      **error);
/* The bytes of attachment @uuid when this desktop holds them all, checked
 * against its sha256; NULL with BW_STORE_ERROR_NOT_FOUND when they have
 * not arrived yet. */
GBytes       *bw_case_store_read_attachment     (BwCaseStore  *self,
                                                 const char   *uuid,
                                                 GError      **error);

/* Writes @bytes into a new private directory (mode 0700) under the user's
 * runtime directory, as a file of mode 0600 named @file_name (with the
 * extension of @media_type); returns its path. The copy is for the
 * desktop's viewer: the app removes the directory when it quits
 * (bw_attachment_copies_clear()). */
char         *bw_attachment_write_private_copy  (GBytes       *bytes,
                                                 const char   *file_name,
                                                 const char   *media_type,
                                                 GError      **error);
/* Removes the private copies this process made. */
void          bw_attachment_copies_clear        (void);

G_END_DECLS
