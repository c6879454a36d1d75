/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define BW_TYPE_PARTNER_NOTE (bw_partner_note_get_type ())
G_DECLARE_FINAL_TYPE (BwPartnerNote, bw_partner_note, BW, PARTNER_NOTE, GObject)

/* A note a partner organisation wrote on a case shared with it. The team
 * reads it; only the partner writes it. Immutable once built. */
BwPartnerNote *bw_partner_note_new (const char *uuid,
                                    const char *case_uuid,
                                    const char *organisation,
                                    const char *text,
                                    const char *created_at,
                                    const char *created_by);

const char *bw_partner_note_get_uuid         (BwPartnerNote *self);
const char *bw_partner_note_get_case_uuid    (BwPartnerNote *self);
const char *bw_partner_note_get_organisation (BwPartnerNote *self);
const char *bw_partner_note_get_text         (BwPartnerNote *self);
/* ISO 8601 UTC and the writer's name, as the server or this desktop set them. */
const char *bw_partner_note_get_created_at   (BwPartnerNote *self);
const char *bw_partner_note_get_created_by   (BwPartnerNote *self);

G_END_DECLS
