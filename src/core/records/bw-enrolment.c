/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-records"
/* A resident referred to an offer: a BwRecord of the enrolment's field
 * table. */
#include "config.h"

#include "bw-enrolment.h"

struct _BwEnrolment
{
  BwRecord parent_instance;

  /* Filled in by the store (or the parent link); not fields. */
  char *offer_uuid;
  char *offer_title;
  int waiting_position;
};

G_DEFINE_FINAL_TYPE (BwEnrolment, bw_enrolment, BW_TYPE_RECORD)

static void
bw_enrolment_finalize (GObject *object)
{
  BwEnrolment *self = (BwEnrolment *) object;

  g_free (self->offer_uuid);
  g_free (self->offer_title);

  G_OBJECT_CLASS (bw_enrolment_parent_class)->finalize (object);
}

static void
bw_enrolment_class_init (BwEnrolmentClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bw_enrolment_finalize;
  bw_record_class_set_type (BW_RECORD_CLASS (klass), BW_RECORD_TYPE_ENROLMENT);
}

static void
bw_enrolment_init (BwEnrolment *self)
{
  /* The table's defaults: no language need, referred (the first values). */
}

BwEnrolment *
bw_enrolment_new (void)
{
  return g_object_new (BW_TYPE_ENROLMENT, NULL);
}

BwEnrolment *
bw_enrolment_copy (BwEnrolment *self)
{
  BwEnrolment *copy;

  g_return_val_if_fail (BW_IS_ENROLMENT (self), NULL);

  copy = BW_ENROLMENT (bw_record_copy (BW_RECORD (self)));
  copy->offer_uuid = g_strdup (self->offer_uuid);
  copy->offer_title = g_strdup (self->offer_title);
  copy->waiting_position = self->waiting_position;
  return copy;
}

BW_RECORD_DEFINE_BOOKKEEPING (BwEnrolment, bw_enrolment)

const char *
bw_enrolment_get_case_uuid (BwEnrolment *self)
{
  return bw_record_get_text (BW_RECORD (self), "case_ref");
}

void
bw_enrolment_set_case_uuid (BwEnrolment *self,
                            const char *case_uuid)
{
  bw_record_set_text (BW_RECORD (self), "case_ref", case_uuid);
}

const char *
bw_enrolment_get_name (BwEnrolment *self)
{
  return bw_record_get_text (BW_RECORD (self), "name");
}

void
bw_enrolment_set_name (BwEnrolment *self,
                       const char *name)
{
  bw_record_set_text (BW_RECORD (self), "name", name);
}

const char *
bw_enrolment_get_phone (BwEnrolment *self)
{
  return bw_record_get_text (BW_RECORD (self), "phone");
}

void
bw_enrolment_set_phone (BwEnrolment *self,
                        const char *phone)
{
  bw_record_set_text (BW_RECORD (self), "phone", phone);
}

const char *
bw_enrolment_get_email (BwEnrolment *self)
{
  return bw_record_get_text (BW_RECORD (self), "email");
}

void
bw_enrolment_set_email (BwEnrolment *self,
                        const char *email)
{
  bw_record_set_text (BW_RECORD (self), "email", email);
}

const char *
bw_enrolment_get_buurt_code (BwEnrolment *self)
{
  return bw_record_get_text (BW_RECORD (self), "buurt_code");
}

void
bw_enrolment_set_buurt_code (BwEnrolment *self,
                             const char *buurt_code)
{
  bw_record_set_text (BW_RECORD (self), "buurt_code", buurt_code);
}

BwLanguageNeed
bw_enrolment_get_language_need (BwEnrolment *self)
{
  return (BwLanguageNeed) bw_record_get_enum (BW_RECORD (self), "language_need");
}

void
bw_enrolment_set_language_need (BwEnrolment *self,
                                BwLanguageNeed language_need)
{
  bw_record_set_enum (BW_RECORD (self), "language_need", language_need);
}

BwEnrolmentStatus
bw_enrolment_get_status (BwEnrolment *self)
{
  return (BwEnrolmentStatus) bw_record_get_enum (BW_RECORD (self), "status");
}

void
bw_enrolment_set_status (BwEnrolment *self,
                         BwEnrolmentStatus status)
{
  bw_record_set_enum (BW_RECORD (self), "status", status);
}

const char *
bw_enrolment_get_referred_at (BwEnrolment *self)
{
  return bw_record_get_text (BW_RECORD (self), "referred_at");
}

void
bw_enrolment_set_referred_at (BwEnrolment *self,
                              const char *referred_at)
{
  bw_record_set_text (BW_RECORD (self), "referred_at", referred_at);
}

const char *
bw_enrolment_get_status_date (BwEnrolment *self)
{
  return bw_record_get_text (BW_RECORD (self), "status_date");
}

void
bw_enrolment_set_status_date (BwEnrolment *self,
                              const char *status_date)
{
  bw_record_set_text (BW_RECORD (self), "status_date", status_date);
}

const char *
bw_enrolment_get_outcome (BwEnrolment *self)
{
  return bw_record_get_text (BW_RECORD (self), "outcome");
}

void
bw_enrolment_set_outcome (BwEnrolment *self,
                          const char *outcome)
{
  bw_record_set_text (BW_RECORD (self), "outcome", outcome);
}

const char *
bw_enrolment_get_offer_uuid (BwEnrolment *self)
{
  g_return_val_if_fail (BW_IS_ENROLMENT (self), NULL);
  return self->offer_uuid;
}

void
bw_enrolment_set_offer_uuid (BwEnrolment *self,
                             const char *offer_uuid)
{
  g_return_if_fail (BW_IS_ENROLMENT (self));
  if (self->offer_uuid != offer_uuid)
    {
      g_free (self->offer_uuid);
      self->offer_uuid = (offer_uuid != NULL && *offer_uuid != '\0') ? g_strdup (offer_uuid) : NULL;
    }
}

const char *
bw_enrolment_get_offer_title (BwEnrolment *self)
{
  g_return_val_if_fail (BW_IS_ENROLMENT (self), NULL);
  return self->offer_title;
}

void
bw_enrolment_set_offer_title (BwEnrolment *self,
                              const char *offer_title)
{
  g_return_if_fail (BW_IS_ENROLMENT (self));
  if (self->offer_title != offer_title)
    {
      g_free (self->offer_title);
      self->offer_title = (offer_title != NULL && *offer_title != '\0') ? g_strdup (offer_title) : NULL;
    }
}

int
bw_enrolment_get_waiting_position (BwEnrolment *self)
{
  g_return_val_if_fail (BW_IS_ENROLMENT (self), 0);
  return self->waiting_position;
}

void
bw_enrolment_set_waiting_position (BwEnrolment *self,
                                   int waiting_position)
{
  g_return_if_fail (BW_IS_ENROLMENT (self));
  self->waiting_position = waiting_position;
}
