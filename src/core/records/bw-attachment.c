/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-records"
/* A file on a case or a share: a BwRecord of its field table. */
#include "config.h"

#include "bw-attachment.h"

struct _BwAttachment
{
  BwRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (BwAttachment, bw_attachment, BW_TYPE_RECORD)

static void
bw_attachment_class_init (BwAttachmentClass *klass)
{
  bw_record_class_set_type (BW_RECORD_CLASS (klass), BW_RECORD_TYPE_ATTACHMENT);
}

static void
bw_attachment_init (BwAttachment *self)
{
}

const char *
bw_attachment_get_uuid (BwAttachment *self)
{
  return bw_record_get_uuid (BW_RECORD (self));
}

gint64
bw_attachment_get_id (BwAttachment *self)
{
  return bw_record_get_id (BW_RECORD (self));
}

#define TEXT_GETTER(name)                                   \
  const char *bw_attachment_get_##name (BwAttachment *self) \
  {                                                         \
    return bw_record_get_text (BW_RECORD (self), #name);    \
  }
TEXT_GETTER (file_name)
TEXT_GETTER (media_type)
TEXT_GETTER (sha256)
TEXT_GETTER (share_uuid)
TEXT_GETTER (part)
TEXT_GETTER (description)
#undef TEXT_GETTER

gint64
bw_attachment_get_size (BwAttachment *self)
{
  return bw_record_get_int (BW_RECORD (self), "size");
}

const char *
bw_attachment_get_created_at (BwAttachment *self)
{
  return bw_record_get_created_at (BW_RECORD (self));
}

const char *
bw_attachment_get_created_by (BwAttachment *self)
{
  return bw_record_get_created_by (BW_RECORD (self));
}

char *
bw_attachment_format_size (gint64 size)
{
  /* g_format_size() writes the locale's decimal sign and "kB"/"MB". */
  return g_format_size (size);
}
