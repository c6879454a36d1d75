/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <glib-object.h>

#include "bw-enums.h"
#include "bw-record.h"

G_BEGIN_DECLS

#define BW_TYPE_INVOLVEMENT (bw_involvement_get_type ())
G_DECLARE_FINAL_TYPE (BwInvolvement, bw_involvement, BW, INVOLVEMENT, BwRecord)

/* An organisation involved in a case, with its contact person; a BwRecord
 * of the involvement's field table (records/bw-field.c). The store
 * creates these when it reads, and all changes go through BwCaseStore. */
BwInvolvement *bw_involvement_new (gint64      id,
                                   const char *uuid,
                                   gint64      revision,
                                   const char *organisation,
                                   const char *contact,
                                   const char *role);

gint64      bw_involvement_get_id         (BwInvolvement *self);
void        bw_involvement_set_id         (BwInvolvement *self, gint64 id);
const char *bw_involvement_get_uuid       (BwInvolvement *self);
void        bw_involvement_set_uuid       (BwInvolvement *self, const char *uuid);
gint64      bw_involvement_get_revision   (BwInvolvement *self);
void        bw_involvement_set_revision   (BwInvolvement *self, gint64 revision);
const char *bw_involvement_get_created_at (BwInvolvement *self);
void        bw_involvement_set_created_at (BwInvolvement *self, const char *value);
const char *bw_involvement_get_created_by (BwInvolvement *self);
void        bw_involvement_set_created_by (BwInvolvement *self, const char *value);
const char *bw_involvement_get_updated_at (BwInvolvement *self);
void        bw_involvement_set_updated_at (BwInvolvement *self, const char *value);
const char *bw_involvement_get_updated_by (BwInvolvement *self);
void        bw_involvement_set_updated_by (BwInvolvement *self, const char *value);
gboolean    bw_involvement_get_deleted    (BwInvolvement *self);
void        bw_involvement_set_deleted    (BwInvolvement *self, gboolean deleted);

const char *bw_involvement_get_organisation (BwInvolvement *self);
const char *bw_involvement_get_contact      (BwInvolvement *self);
const char *bw_involvement_get_role         (BwInvolvement *self);

G_END_DECLS
