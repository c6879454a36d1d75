/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-records"
/* A partner's note on a case: a BwRecord of its field table, with the
 * uuid of the case it hangs under. */
#include "config.h"

#include "bw-partner-note.h"

struct _BwPartnerNote
{
  BwRecord parent_instance;

  /* The parent link, not a field. */
  char *case_uuid;
};

G_DEFINE_FINAL_TYPE (BwPartnerNote, bw_partner_note, BW_TYPE_RECORD)

static void
bw_partner_note_finalize (GObject *object)
{
  BwPartnerNote *self = (BwPartnerNote *) object;

  g_free (self->case_uuid);

  G_OBJECT_CLASS (bw_partner_note_parent_class)->finalize (object);
}

static void
bw_partner_note_class_init (BwPartnerNoteClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bw_partner_note_finalize;
  bw_record_class_set_type (BW_RECORD_CLASS (klass), BW_RECORD_TYPE_PARTNER_NOTE);
}

static void
bw_partner_note_init (BwPartnerNote *self)
{
}

BwPartnerNote *
bw_partner_note_new (const char *uuid,
                     const char *case_uuid,
                     const char *organisation,
                     const char *text,
                     const char *created_at,
                     const char *created_by)
{
  BwPartnerNote *self = g_object_new (BW_TYPE_PARTNER_NOTE, NULL);
  BwRecord *record = BW_RECORD (self);

  bw_record_set_uuid (record, uuid);
  bw_record_set_created_at (record, created_at);
  bw_record_set_created_by (record, created_by);
  bw_record_set_text (record, "organisation", organisation);
  bw_record_set_text (record, "text", text);
  self->case_uuid = g_strdup (case_uuid);
  return self;
}

BW_RECORD_DEFINE_BOOKKEEPING (BwPartnerNote, bw_partner_note)

const char *
bw_partner_note_get_case_uuid (BwPartnerNote *self)
{
  g_return_val_if_fail (BW_IS_PARTNER_NOTE (self), NULL);
  return self->case_uuid;
}

const char *
bw_partner_note_get_organisation (BwPartnerNote *self)
{
  return bw_record_get_text (BW_RECORD (self), "organisation");
}

const char *
bw_partner_note_get_text (BwPartnerNote *self)
{
  return bw_record_get_text (BW_RECORD (self), "text");
}
