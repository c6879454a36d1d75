/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-records"
/* An organisation involved in a case: a BwRecord of its field table. */
#include "config.h"

#include "bw-involvement.h"

struct _BwInvolvement
{
  BwRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (BwInvolvement, bw_involvement, BW_TYPE_RECORD)

static void
bw_involvement_class_init (BwInvolvementClass *klass)
{
  bw_record_class_set_type (BW_RECORD_CLASS (klass), BW_RECORD_TYPE_INVOLVEMENT);
}

static void
bw_involvement_init (BwInvolvement *self)
{
}

BwInvolvement *
bw_involvement_new (gint64      id,
                    const char *uuid,
                    gint64      revision,
                    const char *organisation,
                    const char *contact,
                    const char *role)
{
  BwRecord *self = g_object_new (BW_TYPE_INVOLVEMENT, NULL);

  bw_record_set_id (self, id);
  bw_record_set_uuid (self, uuid);
  bw_record_set_revision (self, revision);
  bw_record_set_text (self, "organisation", organisation);
  bw_record_set_text (self, "contact", contact);
  bw_record_set_text (self, "role", role);
  return BW_INVOLVEMENT (self);
}

BW_RECORD_DEFINE_BOOKKEEPING (BwInvolvement, bw_involvement)

const char *
bw_involvement_get_organisation (BwInvolvement *self)
{
  return bw_record_get_text (BW_RECORD (self), "organisation");
}

const char *
bw_involvement_get_contact (BwInvolvement *self)
{
  return bw_record_get_text (BW_RECORD (self), "contact");
}

const char *
bw_involvement_get_role (BwInvolvement *self)
{
  return bw_record_get_text (BW_RECORD (self), "role");
}
