/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <glib-object.h>

#include "bw-enums.h"
#include "bw-record.h"

G_BEGIN_DECLS

#define BW_TYPE_ENROLMENT (bw_enrolment_get_type ())
G_DECLARE_FINAL_TYPE (BwEnrolment, bw_enrolment, BW, ENROLMENT, BwRecord)

/* A resident referred to an offer. It carries only what a trainer needs
 * of the resident (name, phone, e-mail, buurt, language need), copied from
 * the case when the buurtteam refers: trainers never receive cases. A
 * BwRecord of the enrolment's field table (records/bw-field.c).
 * case_uuid is the case's uuid (the "case_ref" field; NULL for someone who
 * signed up without a referral). referred_at (ISO 8601 UTC) orders the
 * waiting list; status_date is the local date of the last status change.
 * offer_uuid is its parent; offer_title and waiting_position (1-based, 0
 * when not waiting) are filled in on read. */
BwEnrolment *bw_enrolment_new  (void);
BwEnrolment *bw_enrolment_copy (BwEnrolment *self);

gint64      bw_enrolment_get_id         (BwEnrolment *self);
void        bw_enrolment_set_id         (BwEnrolment *self, gint64 id);
const char *bw_enrolment_get_uuid       (BwEnrolment *self);
void        bw_enrolment_set_uuid       (BwEnrolment *self, const char *uuid);
gint64      bw_enrolment_get_revision   (BwEnrolment *self);
void        bw_enrolment_set_revision   (BwEnrolment *self, gint64 revision);
const char *bw_enrolment_get_created_at (BwEnrolment *self);
void        bw_enrolment_set_created_at (BwEnrolment *self, const char *value);
const char *bw_enrolment_get_created_by (BwEnrolment *self);
void        bw_enrolment_set_created_by (BwEnrolment *self, const char *value);
const char *bw_enrolment_get_updated_at (BwEnrolment *self);
void        bw_enrolment_set_updated_at (BwEnrolment *self, const char *value);
const char *bw_enrolment_get_updated_by (BwEnrolment *self);
void        bw_enrolment_set_updated_by (BwEnrolment *self, const char *value);
gboolean    bw_enrolment_get_deleted    (BwEnrolment *self);
void        bw_enrolment_set_deleted    (BwEnrolment *self, gboolean deleted);

const char *bw_enrolment_get_case_uuid (BwEnrolment *self);
void bw_enrolment_set_case_uuid (BwEnrolment *self, const char *case_uuid);
const char *bw_enrolment_get_name (BwEnrolment *self);
void bw_enrolment_set_name (BwEnrolment *self, const char *name);
const char *bw_enrolment_get_phone (BwEnrolment *self);
void bw_enrolment_set_phone (BwEnrolment *self, const char *phone);
const char *bw_enrolment_get_email (BwEnrolment *self);
void bw_enrolment_set_email (BwEnrolment *self, const char *email);
const char *bw_enrolment_get_buurt_code (BwEnrolment *self);
void bw_enrolment_set_buurt_code (BwEnrolment *self, const char *buurt_code);
BwLanguageNeed bw_enrolment_get_language_need (BwEnrolment *self);
void bw_enrolment_set_language_need (BwEnrolment *self, BwLanguageNeed language_need);
BwEnrolmentStatus bw_enrolment_get_status (BwEnrolment *self);
void bw_enrolment_set_status (BwEnrolment *self, BwEnrolmentStatus status);
const char *bw_enrolment_get_referred_at (BwEnrolment *self);
void bw_enrolment_set_referred_at (BwEnrolment *self, const char *referred_at);
const char *bw_enrolment_get_status_date (BwEnrolment *self);
void bw_enrolment_set_status_date (BwEnrolment *self, const char *status_date);
const char *bw_enrolment_get_outcome (BwEnrolment *self);
void bw_enrolment_set_outcome (BwEnrolment *self, const char *outcome);
const char *bw_enrolment_get_offer_uuid (BwEnrolment *self);
void bw_enrolment_set_offer_uuid (BwEnrolment *self, const char *offer_uuid);
const char *bw_enrolment_get_offer_title (BwEnrolment *self);
void bw_enrolment_set_offer_title (BwEnrolment *self, const char *offer_title);
int bw_enrolment_get_waiting_position (BwEnrolment *self);
void bw_enrolment_set_waiting_position (BwEnrolment *self, int waiting_position);

G_END_DECLS
