/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-records"
/* A person in a resident's household: a BwRecord of its field table. */
#include "config.h"

#include "bw-household-member.h"

struct _BwHouseholdMember
{
  BwRecord parent_instance;

  gint64 linked_case_id;
  gint64 case_id;
  char *case_name;
};

G_DEFINE_FINAL_TYPE (BwHouseholdMember, bw_household_member, BW_TYPE_RECORD)

static void
bw_household_member_finalize (GObject *object)
{
  g_free (BW_HOUSEHOLD_MEMBER (object)->case_name);
  G_OBJECT_CLASS (bw_household_member_parent_class)->finalize (object);
}

static void
bw_household_member_class_init (BwHouseholdMemberClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bw_household_member_finalize;
  bw_record_class_set_type (BW_RECORD_CLASS (klass), BW_RECORD_TYPE_HOUSEHOLD_MEMBER);
}

static void
bw_household_member_init (BwHouseholdMember *self)
{
}

const char *
bw_household_member_get_name (BwHouseholdMember *self)
{
  return bw_record_get_text (BW_RECORD (self), "name");
}

const char *
bw_household_member_get_date_of_birth (BwHouseholdMember *self)
{
  return bw_record_get_text (BW_RECORD (self), "date_of_birth");
}

BwRelation
bw_household_member_get_relation (BwHouseholdMember *self)
{
  return bw_record_get_enum (BW_RECORD (self), "relation");
}

const char *
bw_household_member_get_phone (BwHouseholdMember *self)
{
  return bw_record_get_text (BW_RECORD (self), "phone");
}

const char *
bw_household_member_get_linked_case_uuid (BwHouseholdMember *self)
{
  return bw_record_get_text (BW_RECORD (self), "linked_case_uuid");
}

gint64
bw_household_member_get_linked_case_id (BwHouseholdMember *self)
{
  g_return_val_if_fail (BW_IS_HOUSEHOLD_MEMBER (self), 0);
  return self->linked_case_id;
}

void
bw_household_member_set_linked_case_id (BwHouseholdMember *self,
                                        gint64             id)
{
  g_return_if_fail (BW_IS_HOUSEHOLD_MEMBER (self));
  self->linked_case_id = id;
}

gint64
bw_household_member_get_case_id (BwHouseholdMember *self)
{
  g_return_val_if_fail (BW_IS_HOUSEHOLD_MEMBER (self), 0);
  return self->case_id;
}

const char *
bw_household_member_get_case_name (BwHouseholdMember *self)
{
  g_return_val_if_fail (BW_IS_HOUSEHOLD_MEMBER (self), NULL);
  return self->case_name;
}

void
bw_household_member_set_case (BwHouseholdMember *self,
                              gint64             id,
                              const char        *name)
{
  g_return_if_fail (BW_IS_HOUSEHOLD_MEMBER (self));
  self->case_id = id;
  g_free (self->case_name);
  self->case_name = g_strdup (name);
}
