/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-records"
/* A training offer: a BwRecord of the offer's field table. */
#include "config.h"

#include "bw-offer.h"

struct _BwOffer
{
  BwRecord parent_instance;

  /* Filled in by the store (or the parent link); not fields. */
  int n_placed;
  int n_waiting;
};

G_DEFINE_FINAL_TYPE (BwOffer, bw_offer, BW_TYPE_RECORD)

static void
bw_offer_class_init (BwOfferClass *klass)
{
  bw_record_class_set_type (BW_RECORD_CLASS (klass), BW_RECORD_TYPE_OFFER);
}

static void
bw_offer_init (BwOffer *self)
{
  /* The table's defaults: a language course (the first kind) of one
   * place, a draft (the first status). */
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

  copy = BW_OFFER (bw_record_copy (BW_RECORD (self)));
  copy->n_placed = self->n_placed;
  copy->n_waiting = self->n_waiting;
  return copy;
}

BW_RECORD_DEFINE_BOOKKEEPING (BwOffer, bw_offer)

const char *
bw_offer_get_title (BwOffer *self)
{
  return bw_record_get_text (BW_RECORD (self), "title");
}

void
bw_offer_set_title (BwOffer *self,
                    const char *title)
{
  bw_record_set_text (BW_RECORD (self), "title", title);
}

BwOfferKind
bw_offer_get_kind (BwOffer *self)
{
  return (BwOfferKind) bw_record_get_enum (BW_RECORD (self), "kind");
}

void
bw_offer_set_kind (BwOffer *self,
                   BwOfferKind kind)
{
  bw_record_set_enum (BW_RECORD (self), "kind", kind);
}

const char *
bw_offer_get_target_group (BwOffer *self)
{
  return bw_record_get_text (BW_RECORD (self), "target_group");
}

void
bw_offer_set_target_group (BwOffer *self,
                           const char *target_group)
{
  bw_record_set_text (BW_RECORD (self), "target_group", target_group);
}

const char *
bw_offer_get_description (BwOffer *self)
{
  return bw_record_get_text (BW_RECORD (self), "description");
}

void
bw_offer_set_description (BwOffer *self,
                          const char *description)
{
  bw_record_set_text (BW_RECORD (self), "description", description);
}

const char *
bw_offer_get_trainer (BwOffer *self)
{
  return bw_record_get_text (BW_RECORD (self), "trainer");
}

void
bw_offer_set_trainer (BwOffer *self,
                      const char *trainer)
{
  bw_record_set_text (BW_RECORD (self), "trainer", trainer);
}

const char *
bw_offer_get_partner (BwOffer *self)
{
  return bw_record_get_text (BW_RECORD (self), "partner");
}

void
bw_offer_set_partner (BwOffer *self,
                      const char *partner)
{
  bw_record_set_text (BW_RECORD (self), "partner", partner);
}

const char *
bw_offer_get_buurt_code (BwOffer *self)
{
  return bw_record_get_text (BW_RECORD (self), "buurt_code");
}

void
bw_offer_set_buurt_code (BwOffer *self,
                         const char *buurt_code)
{
  bw_record_set_text (BW_RECORD (self), "buurt_code", buurt_code);
}

int
bw_offer_get_capacity (BwOffer *self)
{
  return (int) bw_record_get_int (BW_RECORD (self), "capacity");
}

void
bw_offer_set_capacity (BwOffer *self,
                       int capacity)
{
  bw_record_set_int (BW_RECORD (self), "capacity", capacity);
}

BwOfferStatus
bw_offer_get_status (BwOffer *self)
{
  return (BwOfferStatus) bw_record_get_enum (BW_RECORD (self), "status");
}

void
bw_offer_set_status (BwOffer *self,
                     BwOfferStatus status)
{
  bw_record_set_enum (BW_RECORD (self), "status", status);
}

const char *
bw_offer_get_first_date (BwOffer *self)
{
  return bw_record_get_text (BW_RECORD (self), "first_date");
}

void
bw_offer_set_first_date (BwOffer *self,
                         const char *first_date)
{
  bw_record_set_text (BW_RECORD (self), "first_date", first_date);
}

const char *
bw_offer_get_last_date (BwOffer *self)
{
  return bw_record_get_text (BW_RECORD (self), "last_date");
}

void
bw_offer_set_last_date (BwOffer *self,
                        const char *last_date)
{
  bw_record_set_text (BW_RECORD (self), "last_date", last_date);
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
