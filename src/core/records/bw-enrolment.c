/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-records"
#include "config.h"

#include "bw-enrolment.h"

struct _BwEnrolment
{
  GObject parent_instance;

  gint64 id;
  char *uuid;
  gint64 revision;
  gboolean deleted;
  char *offer_uuid;
  char *case_uuid;
  char *name;
  char *phone;
  char *email;
  char *buurt_code;
  BwLanguageNeed language_need;
  BwEnrolmentStatus status;
  char *referred_at;
  char *status_date;
  char *outcome;
  char *offer_title;
  int waiting_position;
};

G_DEFINE_FINAL_TYPE (BwEnrolment, bw_enrolment, G_TYPE_OBJECT)

static void
bw_enrolment_finalize (GObject *object)
{
  BwEnrolment *self = (BwEnrolment *) object;

  g_free (self->uuid);
  g_free (self->offer_uuid);
  g_free (self->case_uuid);
  g_free (self->name);
  g_free (self->phone);
  g_free (self->email);
  g_free (self->buurt_code);
  g_free (self->referred_at);
  g_free (self->status_date);
  g_free (self->outcome);
  g_free (self->offer_title);

  G_OBJECT_CLASS (bw_enrolment_parent_class)->finalize (object);
}

static void
bw_enrolment_class_init (BwEnrolmentClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bw_enrolment_finalize;
}

static void
bw_enrolment_init (BwEnrolment *self)
{
  self->revision = 0;
  self->language_need = BW_LANGUAGE_NEED_NONE;
  self->status = BW_ENROLMENT_STATUS_REFERRED;
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

  copy = bw_enrolment_new ();
  copy->id = self->id;
  copy->uuid = g_strdup (self->uuid);
  copy->revision = self->revision;
  copy->deleted = self->deleted;
  copy->offer_uuid = g_strdup (self->offer_uuid);
  copy->case_uuid = g_strdup (self->case_uuid);
  copy->name = g_strdup (self->name);
  copy->phone = g_strdup (self->phone);
  copy->email = g_strdup (self->email);
  copy->buurt_code = g_strdup (self->buurt_code);
  copy->language_need = self->language_need;
  copy->status = self->status;
  copy->referred_at = g_strdup (self->referred_at);
  copy->status_date = g_strdup (self->status_date);
  copy->outcome = g_strdup (self->outcome);
  copy->offer_title = g_strdup (self->offer_title);
  copy->waiting_position = self->waiting_position;
  return copy;
}

gint64
bw_enrolment_get_id (BwEnrolment *self)
{
  g_return_val_if_fail (BW_IS_ENROLMENT (self), 0);
  return self->id;
}

void
bw_enrolment_set_id (BwEnrolment *self,
                       gint64 id)
{
  g_return_if_fail (BW_IS_ENROLMENT (self));
  self->id = id;
}

const char *
bw_enrolment_get_uuid (BwEnrolment *self)
{
  g_return_val_if_fail (BW_IS_ENROLMENT (self), NULL);
  return self->uuid;
}

void
bw_enrolment_set_uuid (BwEnrolment *self,
                         const char *uuid)
{
  g_return_if_fail (BW_IS_ENROLMENT (self));
  if (self->uuid != uuid)
    {
      g_free (self->uuid);
      self->uuid = (uuid != NULL && *uuid != '\0') ? g_strdup (uuid) : NULL;
    }
}

gint64
bw_enrolment_get_revision (BwEnrolment *self)
{
  g_return_val_if_fail (BW_IS_ENROLMENT (self), 0);
  return self->revision;
}

void
bw_enrolment_set_revision (BwEnrolment *self,
                             gint64 revision)
{
  g_return_if_fail (BW_IS_ENROLMENT (self));
  self->revision = revision;
}

gboolean
bw_enrolment_get_deleted (BwEnrolment *self)
{
  g_return_val_if_fail (BW_IS_ENROLMENT (self), 0);
  return self->deleted;
}

void
bw_enrolment_set_deleted (BwEnrolment *self,
                            gboolean deleted)
{
  g_return_if_fail (BW_IS_ENROLMENT (self));
  self->deleted = !!deleted;
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
bw_enrolment_get_case_uuid (BwEnrolment *self)
{
  g_return_val_if_fail (BW_IS_ENROLMENT (self), NULL);
  return self->case_uuid;
}

void
bw_enrolment_set_case_uuid (BwEnrolment *self,
                              const char *case_uuid)
{
  g_return_if_fail (BW_IS_ENROLMENT (self));
  if (self->case_uuid != case_uuid)
    {
      g_free (self->case_uuid);
      self->case_uuid = (case_uuid != NULL && *case_uuid != '\0') ? g_strdup (case_uuid) : NULL;
    }
}

const char *
bw_enrolment_get_name (BwEnrolment *self)
{
  g_return_val_if_fail (BW_IS_ENROLMENT (self), NULL);
  return self->name;
}

void
bw_enrolment_set_name (BwEnrolment *self,
                         const char *name)
{
  g_return_if_fail (BW_IS_ENROLMENT (self));
  if (self->name != name)
    {
      g_free (self->name);
      self->name = (name != NULL && *name != '\0') ? g_strdup (name) : NULL;
    }
}

const char *
bw_enrolment_get_phone (BwEnrolment *self)
{
  g_return_val_if_fail (BW_IS_ENROLMENT (self), NULL);
  return self->phone;
}

void
bw_enrolment_set_phone (BwEnrolment *self,
                          const char *phone)
{
  g_return_if_fail (BW_IS_ENROLMENT (self));
  if (self->phone != phone)
    {
      g_free (self->phone);
      self->phone = (phone != NULL && *phone != '\0') ? g_strdup (phone) : NULL;
    }
}

const char *
bw_enrolment_get_email (BwEnrolment *self)
{
  g_return_val_if_fail (BW_IS_ENROLMENT (self), NULL);
  return self->email;
}

void
bw_enrolment_set_email (BwEnrolment *self,
                          const char *email)
{
  g_return_if_fail (BW_IS_ENROLMENT (self));
  if (self->email != email)
    {
      g_free (self->email);
      self->email = (email != NULL && *email != '\0') ? g_strdup (email) : NULL;
    }
}

const char *
bw_enrolment_get_buurt_code (BwEnrolment *self)
{
  g_return_val_if_fail (BW_IS_ENROLMENT (self), NULL);
  return self->buurt_code;
}

void
bw_enrolment_set_buurt_code (BwEnrolment *self,
                               const char *buurt_code)
{
  g_return_if_fail (BW_IS_ENROLMENT (self));
  if (self->buurt_code != buurt_code)
    {
      g_free (self->buurt_code);
      self->buurt_code = (buurt_code != NULL && *buurt_code != '\0') ? g_strdup (buurt_code) : NULL;
    }
}

BwLanguageNeed
bw_enrolment_get_language_need (BwEnrolment *self)
{
  g_return_val_if_fail (BW_IS_ENROLMENT (self), 0);
  return self->language_need;
}

void
bw_enrolment_set_language_need (BwEnrolment *self,
                                  BwLanguageNeed language_need)
{
  g_return_if_fail (BW_IS_ENROLMENT (self));
  self->language_need = language_need;
}

BwEnrolmentStatus
bw_enrolment_get_status (BwEnrolment *self)
{
  g_return_val_if_fail (BW_IS_ENROLMENT (self), 0);
  return self->status;
}

void
bw_enrolment_set_status (BwEnrolment *self,
                           BwEnrolmentStatus status)
{
  g_return_if_fail (BW_IS_ENROLMENT (self));
  self->status = status;
}

const char *
bw_enrolment_get_referred_at (BwEnrolment *self)
{
  g_return_val_if_fail (BW_IS_ENROLMENT (self), NULL);
  return self->referred_at;
}

void
bw_enrolment_set_referred_at (BwEnrolment *self,
                                const char *referred_at)
{
  g_return_if_fail (BW_IS_ENROLMENT (self));
  if (self->referred_at != referred_at)
    {
      g_free (self->referred_at);
      self->referred_at = (referred_at != NULL && *referred_at != '\0') ? g_strdup (referred_at) : NULL;
    }
}

const char *
bw_enrolment_get_status_date (BwEnrolment *self)
{
  g_return_val_if_fail (BW_IS_ENROLMENT (self), NULL);
  return self->status_date;
}

void
bw_enrolment_set_status_date (BwEnrolment *self,
                                const char *status_date)
{
  g_return_if_fail (BW_IS_ENROLMENT (self));
  if (self->status_date != status_date)
    {
      g_free (self->status_date);
      self->status_date = (status_date != NULL && *status_date != '\0') ? g_strdup (status_date) : NULL;
    }
}

const char *
bw_enrolment_get_outcome (BwEnrolment *self)
{
  g_return_val_if_fail (BW_IS_ENROLMENT (self), NULL);
  return self->outcome;
}

void
bw_enrolment_set_outcome (BwEnrolment *self,
                            const char *outcome)
{
  g_return_if_fail (BW_IS_ENROLMENT (self));
  if (self->outcome != outcome)
    {
      g_free (self->outcome);
      self->outcome = (outcome != NULL && *outcome != '\0') ? g_strdup (outcome) : NULL;
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
