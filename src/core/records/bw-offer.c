/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-records"
#include "config.h"

#include "bw-offer.h"

struct _BwOffer
{
  GObject parent_instance;

  gint64 id;
  char *uuid;
  gint64 revision;
  gboolean deleted;
  char *title;
  BwOfferKind kind;
  char *target_group;
  char *description;
  char *trainer;
  char *partner;
  char *buurt_code;
  int capacity;
  BwOfferStatus status;
  char *first_date;
  char *last_date;
  int n_placed;
  int n_waiting;
};

G_DEFINE_FINAL_TYPE (BwOffer, bw_offer, G_TYPE_OBJECT)

static void
bw_offer_finalize (GObject *object)
{
  BwOffer *self = (BwOffer *) object;

  g_free (self->uuid);
  g_free (self->title);
  g_free (self->target_group);
  g_free (self->description);
  g_free (self->trainer);
  g_free (self->partner);
  g_free (self->buurt_code);
  g_free (self->first_date);
  g_free (self->last_date);

  G_OBJECT_CLASS (bw_offer_parent_class)->finalize (object);
}

static void
bw_offer_class_init (BwOfferClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bw_offer_finalize;
}

static void
bw_offer_init (BwOffer *self)
{
  self->revision = 0;
  self->kind = BW_OFFER_KIND_LANGUAGE;
  self->capacity = 1;
  self->status = BW_OFFER_STATUS_DRAFT;
}

BwOffer *
bw_offer_new (void)
{
  return g_object_new (BW_TYPE_OFFER, NULL);
}

BwOffer *
bw_offer_copy (BwOffer *self)
{
  BwOffer *copy;

  g_return_val_if_fail (BW_IS_OFFER (self), NULL);

  copy = bw_offer_new ();
  copy->id = self->id;
  copy->uuid = g_strdup (self->uuid);
  copy->revision = self->revision;
  copy->deleted = self->deleted;
  copy->title = g_strdup (self->title);
  copy->kind = self->kind;
  copy->target_group = g_strdup (self->target_group);
  copy->description = g_strdup (self->description);
  copy->trainer = g_strdup (self->trainer);
  copy->partner = g_strdup (self->partner);
  copy->buurt_code = g_strdup (self->buurt_code);
  copy->capacity = self->capacity;
  copy->status = self->status;
  copy->first_date = g_strdup (self->first_date);
  copy->last_date = g_strdup (self->last_date);
  copy->n_placed = self->n_placed;
  copy->n_waiting = self->n_waiting;
  return copy;
}

gint64
bw_offer_get_id (BwOffer *self)
{
  g_return_val_if_fail (BW_IS_OFFER (self), 0);
  return self->id;
}

void
bw_offer_set_id (BwOffer *self,
                   gint64 id)
{
  g_return_if_fail (BW_IS_OFFER (self));
  self->id = id;
}

const char *
bw_offer_get_uuid (BwOffer *self)
{
  g_return_val_if_fail (BW_IS_OFFER (self), NULL);
  return self->uuid;
}

void
bw_offer_set_uuid (BwOffer *self,
                     const char *uuid)
{
  g_return_if_fail (BW_IS_OFFER (self));
  if (self->uuid != uuid)
    {
      g_free (self->uuid);
      self->uuid = (uuid != NULL && *uuid != '\0') ? g_strdup (uuid) : NULL;
    }
}

gint64
bw_offer_get_revision (BwOffer *self)
{
  g_return_val_if_fail (BW_IS_OFFER (self), 0);
  return self->revision;
}

void
bw_offer_set_revision (BwOffer *self,
                         gint64 revision)
{
  g_return_if_fail (BW_IS_OFFER (self));
  self->revision = revision;
}

gboolean
bw_offer_get_deleted (BwOffer *self)
{
  g_return_val_if_fail (BW_IS_OFFER (self), 0);
  return self->deleted;
}

void
bw_offer_set_deleted (BwOffer *self,
                        gboolean deleted)
{
  g_return_if_fail (BW_IS_OFFER (self));
  self->deleted = !!deleted;
}

const char *
bw_offer_get_title (BwOffer *self)
{
  g_return_val_if_fail (BW_IS_OFFER (self), NULL);
  return self->title;
}

void
bw_offer_set_title (BwOffer *self,
                      const char *title)
{
  g_return_if_fail (BW_IS_OFFER (self));
  if (self->title != title)
    {
      g_free (self->title);
      self->title = (title != NULL && *title != '\0') ? g_strdup (title) : NULL;
    }
}

BwOfferKind
bw_offer_get_kind (BwOffer *self)
{
  g_return_val_if_fail (BW_IS_OFFER (self), 0);
  return self->kind;
}

void
bw_offer_set_kind (BwOffer *self,
                     BwOfferKind kind)
{
  g_return_if_fail (BW_IS_OFFER (self));
  self->kind = kind;
}

const char *
bw_offer_get_target_group (BwOffer *self)
{
  g_return_val_if_fail (BW_IS_OFFER (self), NULL);
  return self->target_group;
}

void
bw_offer_set_target_group (BwOffer *self,
                             const char *target_group)
{
  g_return_if_fail (BW_IS_OFFER (self));
  if (self->target_group != target_group)
    {
      g_free (self->target_group);
      self->target_group = (target_group != NULL && *target_group != '\0') ? g_strdup (target_group) : NULL;
    }
}

const char *
bw_offer_get_description (BwOffer *self)
{
  g_return_val_if_fail (BW_IS_OFFER (self), NULL);
  return self->description;
}

void
bw_offer_set_description (BwOffer *self,
                            const char *description)
{
  g_return_if_fail (BW_IS_OFFER (self));
  if (self->description != description)
    {
      g_free (self->description);
      self->description = (description != NULL && *description != '\0') ? g_strdup (description) : NULL;
    }
}

const char *
bw_offer_get_trainer (BwOffer *self)
{
  g_return_val_if_fail (BW_IS_OFFER (self), NULL);
  return self->trainer;
}

void
bw_offer_set_trainer (BwOffer *self,
                        const char *trainer)
{
  g_return_if_fail (BW_IS_OFFER (self));
  if (self->trainer != trainer)
    {
      g_free (self->trainer);
      self->trainer = (trainer != NULL && *trainer != '\0') ? g_strdup (trainer) : NULL;
    }
}

const char *
bw_offer_get_partner (BwOffer *self)
{
  g_return_val_if_fail (BW_IS_OFFER (self), NULL);
  return self->partner;
}

void
bw_offer_set_partner (BwOffer *self,
                        const char *partner)
{
  g_return_if_fail (BW_IS_OFFER (self));
  if (self->partner != partner)
    {
      g_free (self->partner);
      self->partner = (partner != NULL && *partner != '\0') ? g_strdup (partner) : NULL;
    }
}

const char *
bw_offer_get_buurt_code (BwOffer *self)
{
  g_return_val_if_fail (BW_IS_OFFER (self), NULL);
  return self->buurt_code;
}

void
bw_offer_set_buurt_code (BwOffer *self,
                           const char *buurt_code)
{
  g_return_if_fail (BW_IS_OFFER (self));
  if (self->buurt_code != buurt_code)
    {
      g_free (self->buurt_code);
      self->buurt_code = (buurt_code != NULL && *buurt_code != '\0') ? g_strdup (buurt_code) : NULL;
    }
}

int
bw_offer_get_capacity (BwOffer *self)
{
  g_return_val_if_fail (BW_IS_OFFER (self), 0);
  return self->capacity;
}

void
bw_offer_set_capacity (BwOffer *self,
                         int capacity)
{
  g_return_if_fail (BW_IS_OFFER (self));
  self->capacity = capacity;
}

BwOfferStatus
bw_offer_get_status (BwOffer *self)
{
  g_return_val_if_fail (BW_IS_OFFER (self), 0);
  return self->status;
}

void
bw_offer_set_status (BwOffer *self,
                       BwOfferStatus status)
{
  g_return_if_fail (BW_IS_OFFER (self));
  self->status = status;
}

const char *
bw_offer_get_first_date (BwOffer *self)
{
  g_return_val_if_fail (BW_IS_OFFER (self), NULL);
  return self->first_date;
}

void
bw_offer_set_first_date (BwOffer *self,
                           const char *first_date)
{
  g_return_if_fail (BW_IS_OFFER (self));
  if (self->first_date != first_date)
    {
      g_free (self->first_date);
      self->first_date = (first_date != NULL && *first_date != '\0') ? g_strdup (first_date) : NULL;
    }
}

const char *
bw_offer_get_last_date (BwOffer *self)
{
  g_return_val_if_fail (BW_IS_OFFER (self), NULL);
  return self->last_date;
}

void
bw_offer_set_last_date (BwOffer *self,
                          const char *last_date)
{
  g_return_if_fail (BW_IS_OFFER (self));
  if (self->last_date != last_date)
    {
      g_free (self->last_date);
      self->last_date = (last_date != NULL && *last_date != '\0') ? g_strdup (last_date) : NULL;
    }
}

int
bw_offer_get_n_placed (BwOffer *self)
{
  g_return_val_if_fail (BW_IS_OFFER (self), 0);
  return self->n_placed;
}

void
bw_offer_set_n_placed (BwOffer *self,
                         int n_placed)
{
  g_return_if_fail (BW_IS_OFFER (self));
  self->n_placed = n_placed;
}

int
bw_offer_get_n_waiting (BwOffer *self)
{
  g_return_val_if_fail (BW_IS_OFFER (self), 0);
  return self->n_waiting;
}

void
bw_offer_set_n_waiting (BwOffer *self,
                          int n_waiting)
{
  g_return_if_fail (BW_IS_OFFER (self));
  self->n_waiting = n_waiting;
}
