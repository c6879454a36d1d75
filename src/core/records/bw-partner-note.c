/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-records"
#include "config.h"

#include "bw-partner-note.h"

struct _BwPartnerNote
{
  GObject parent_instance;

  char *uuid;
  char *case_uuid;
  char *organisation;
  char *text;
  char *created_at;
  char *created_by;
};

G_DEFINE_FINAL_TYPE (BwPartnerNote, bw_partner_note, G_TYPE_OBJECT)

static void
bw_partner_note_finalize (GObject *object)
{
  BwPartnerNote *self = (BwPartnerNote *) object;

  g_free (self->uuid);
  g_free (self->case_uuid);
  g_free (self->organisation);
  g_free (self->text);
  g_free (self->created_at);
  g_free (self->created_by);

  G_OBJECT_CLASS (bw_partner_note_parent_class)->finalize (object);
}

static void
bw_partner_note_class_init (BwPartnerNoteClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bw_partner_note_finalize;
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

  self->uuid = g_strdup (uuid);
  self->case_uuid = g_strdup (case_uuid);
  self->organisation = g_strdup (organisation);
  self->text = g_strdup (text);
  self->created_at = g_strdup (created_at);
  self->created_by = g_strdup (created_by);
  return self;
}

#define GETTER(name)                                            \
  const char *bw_partner_note_get_##name (BwPartnerNote *self)  \
  {                                                             \
    g_return_val_if_fail (BW_IS_PARTNER_NOTE (self), NULL);     \
    return self->name;                                          \
  }
GETTER (uuid)
GETTER (case_uuid)
GETTER (organisation)
GETTER (text)
GETTER (created_at)
GETTER (created_by)
#undef GETTER
