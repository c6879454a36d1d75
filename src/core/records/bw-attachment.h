/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <glib-object.h>

#include "bw-record.h"

G_BEGIN_DECLS

#define BW_TYPE_ATTACHMENT (bw_attachment_get_type ())
G_DECLARE_FINAL_TYPE (BwAttachment, bw_attachment, BW, ATTACHMENT, BwRecord)

/* A file on a case, or on one of its shares (the signed consent form): a
 * BwRecord of the attachment's field table (records/bw-field.c). Its
 * bytes are not in it: the store keeps them apart and the sync moves them
 * over their own endpoints (docs/sync-protocol.md, "Attachments"). */

const char *bw_attachment_get_uuid        (BwAttachment *self);
gint64      bw_attachment_get_id          (BwAttachment *self);
const char *bw_attachment_get_file_name   (BwAttachment *self);
const char *bw_attachment_get_media_type  (BwAttachment *self);
gint64      bw_attachment_get_size        (BwAttachment *self);
const char *bw_attachment_get_sha256      (BwAttachment *self);
const char *bw_attachment_get_share_uuid  (BwAttachment *self);
const char *bw_attachment_get_part        (BwAttachment *self);
const char *bw_attachment_get_description (BwAttachment *self);
const char *bw_attachment_get_created_at  (BwAttachment *self);
const char *bw_attachment_get_created_by  (BwAttachment *self);

/* "2,4 MB", "310 kB": a size as the list shows it. */
char       *bw_attachment_format_size     (gint64        size);

G_END_DECLS
