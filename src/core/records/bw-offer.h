/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <glib-object.h>

#include "bw-enums.h"
#include "bw-record.h"

G_BEGIN_DECLS

#define BW_TYPE_OFFER (bw_offer_get_type ())
G_DECLARE_FINAL_TYPE (BwOffer, bw_offer, BW, OFFER, BwRecord)

/* A training offer of WerkvoorHeerlen and its partners: a language course,
 * digital skills, a job-application or sector training. A BwRecord of the
 * offer's field table (records/bw-field.c): id, uuid and revision are set
 * by the store; n_placed and n_waiting are counted by the store when it
 * reads the offer. */
BwOffer *bw_offer_new  (void);
BwOffer *bw_offer_copy (BwOffer *self);

gint64      bw_offer_get_id         (BwOffer *self);
void        bw_offer_set_id         (BwOffer *self, gint64 id);
const char *bw_offer_get_uuid       (BwOffer *self);
void        bw_offer_set_uuid       (BwOffer *self, const char *uuid);
gint64      bw_offer_get_revision   (BwOffer *self);
void        bw_offer_set_revision   (BwOffer *self, gint64 revision);
const char *bw_offer_get_created_at (BwOffer *self);
void        bw_offer_set_created_at (BwOffer *self, const char *value);
const char *bw_offer_get_created_by (BwOffer *self);
void        bw_offer_set_created_by (BwOffer *self, const char *value);
const char *bw_offer_get_updated_at (BwOffer *self);
void        bw_offer_set_updated_at (BwOffer *self, const char *value);
const char *bw_offer_get_updated_by (BwOffer *self);
void        bw_offer_set_updated_by (BwOffer *self, const char *value);
gboolean    bw_offer_get_deleted    (BwOffer *self);
void        bw_offer_set_deleted    (BwOffer *self, gboolean deleted);

const char *bw_offer_get_title (BwOffer *self);
void bw_offer_set_title (BwOffer *self, const char *title);
BwOfferKind bw_offer_get_kind (BwOffer *self);
void bw_offer_set_kind (BwOffer *self, BwOfferKind kind);
const char *bw_offer_get_target_group (BwOffer *self);
void bw_offer_set_target_group (BwOffer *self, const char *target_group);
const char *bw_offer_get_description (BwOffer *self);
void bw_offer_set_description (BwOffer *self, const char *description);
const char *bw_offer_get_trainer (BwOffer *self);
void bw_offer_set_trainer (BwOffer *self, const char *trainer);
const char *bw_offer_get_partner (BwOffer *self);
void bw_offer_set_partner (BwOffer *self, const char *partner);
const char *bw_offer_get_buurt_code (BwOffer *self);
void bw_offer_set_buurt_code (BwOffer *self, const char *buurt_code);
int bw_offer_get_capacity (BwOffer *self);
void bw_offer_set_capacity (BwOffer *self, int capacity);
BwOfferStatus bw_offer_get_status (BwOffer *self);
void bw_offer_set_status (BwOffer *self, BwOfferStatus status);
const char *bw_offer_get_first_date (BwOffer *self);
void bw_offer_set_first_date (BwOffer *self, const char *first_date);
const char *bw_offer_get_last_date (BwOffer *self);
void bw_offer_set_last_date (BwOffer *self, const char *last_date);
int bw_offer_get_n_placed (BwOffer *self);
void bw_offer_set_n_placed (BwOffer *self, int n_placed);
int bw_offer_get_n_waiting (BwOffer *self);
void bw_offer_set_n_waiting (BwOffer *self, int n_waiting);

G_END_DECLS
