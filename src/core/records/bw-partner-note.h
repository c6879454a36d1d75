/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <glib-object.h>

#include "bw-record.h"

G_BEGIN_DECLS

#define BW_TYPE_PARTNER_NOTE (bw_partner_note_get_type ())
G_DECLARE_FINAL_TYPE (BwPartnerNote, bw_partner_note, BW, PARTNER_NOTE, BwRecord)

/* A note a partner organisation wrote on a case shared with it: a
 * BwRecord of the partner note's field table (records/bw-field.c), hung
 * under its case by the case's uuid. The team reads it; only the partner
 * writes it. created_at (ISO 8601 UTC) and created_by (the writer's
 * name) are as the server or this desktop set them. */
BwPartnerNote *bw_partner_note_new (const char *uuid,
                                    const char *case_uuid,
                                    const char *organisation,
                                    const char *text,
                                    const char *created_at,
                                    const char *created_by);

gint64      bw_partner_note_get_id         (BwPartnerNote *self);
void        bw_partner_note_set_id         (BwPartnerNote *self, gint64 id);
const char *bw_partner_note_get_uuid       (BwPartnerNote *self);
void        bw_partner_note_set_uuid       (BwPartnerNote *self, const char *uuid);
gint64      bw_partner_note_get_revision   (BwPartnerNote *self);
void        bw_partner_note_set_revision   (BwPartnerNote *self, gint64 revision);
const char *bw_partner_note_get_created_at (BwPartnerNote *self);
void        bw_partner_note_set_created_at (BwPartnerNote *self, const char *value);
const char *bw_partner_note_get_created_by (BwPartnerNote *self);
void        bw_partner_note_set_created_by (BwPartnerNote *self, const char *value);
const char *bw_partner_note_get_updated_at (BwPartnerNote *self);
void        bw_partner_note_set_updated_at (BwPartnerNote *self, const char *value);
const char *bw_partner_note_get_updated_by (BwPartnerNote *self);
void        bw_partner_note_set_updated_by (BwPartnerNote *self, const char *value);
gboolean    bw_partner_note_get_deleted    (BwPartnerNote *self);
void        bw_partner_note_set_deleted    (BwPartnerNote *self, gboolean deleted);

const char *bw_partner_note_get_case_uuid    (BwPartnerNote *self);
const char *bw_partner_note_get_organisation (BwPartnerNote *self);
const char *bw_partner_note_get_text         (BwPartnerNote *self);

G_END_DECLS
