/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <glib-object.h>

#include "bw-enums.h"
#include "bw-record.h"

G_BEGIN_DECLS

#define BW_TYPE_SESSION (bw_session_get_type ())
G_DECLARE_FINAL_TYPE (BwSession, bw_session, BW, SESSION, BwRecord)

/* One meeting of an offer: a local date (YYYY-MM-DD) and local start and
 * end times (HH:MM) in Europe/Amsterdam, a place (the uuid of a place of the
 * map and a snapshot of its name, for desktops that do not have the place)
 * and a trainer; a BwRecord of the session's field table
 * (records/bw-field.c). offer_uuid is its parent; offer_title, buurt_code
 * (the offer's) and has_conflict are filled in by the store when it reads
 * the session; has_conflict is computed on every read, so it is right
 * after the other session moved. */
BwSession *bw_session_new  (void);
BwSession *bw_session_copy (BwSession *self);

gint64      bw_session_get_id         (BwSession *self);
void        bw_session_set_id         (BwSession *self, gint64 id);
const char *bw_session_get_uuid       (BwSession *self);
void        bw_session_set_uuid       (BwSession *self, const char *uuid);
gint64      bw_session_get_revision   (BwSession *self);
void        bw_session_set_revision   (BwSession *self, gint64 revision);
const char *bw_session_get_created_at (BwSession *self);
void        bw_session_set_created_at (BwSession *self, const char *value);
const char *bw_session_get_created_by (BwSession *self);
void        bw_session_set_created_by (BwSession *self, const char *value);
const char *bw_session_get_updated_at (BwSession *self);
void        bw_session_set_updated_at (BwSession *self, const char *value);
const char *bw_session_get_updated_by (BwSession *self);
void        bw_session_set_updated_by (BwSession *self, const char *value);
gboolean    bw_session_get_deleted    (BwSession *self);
void        bw_session_set_deleted    (BwSession *self, gboolean deleted);

const char *bw_session_get_date (BwSession *self);
void bw_session_set_date (BwSession *self, const char *date);
const char *bw_session_get_start_time (BwSession *self);
void bw_session_set_start_time (BwSession *self, const char *start_time);
const char *bw_session_get_end_time (BwSession *self);
void bw_session_set_end_time (BwSession *self, const char *end_time);
const char *bw_session_get_place_uuid (BwSession *self);
void bw_session_set_place_uuid (BwSession *self, const char *place_uuid);
const char *bw_session_get_place_name (BwSession *self);
void bw_session_set_place_name (BwSession *self, const char *place_name);
const char *bw_session_get_trainer (BwSession *self);
void bw_session_set_trainer (BwSession *self, const char *trainer);
const char *bw_session_get_offer_uuid (BwSession *self);
void bw_session_set_offer_uuid (BwSession *self, const char *offer_uuid);
const char *bw_session_get_offer_title (BwSession *self);
void bw_session_set_offer_title (BwSession *self, const char *offer_title);
const char *bw_session_get_buurt_code (BwSession *self);
void bw_session_set_buurt_code (BwSession *self, const char *buurt_code);
gboolean bw_session_get_has_conflict (BwSession *self);
void bw_session_set_has_conflict (BwSession *self, gboolean has_conflict);

G_END_DECLS
