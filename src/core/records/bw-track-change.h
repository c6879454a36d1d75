/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <glib-object.h>

#include "bw-enums.h"
#include "bw-record.h"

G_BEGIN_DECLS

#define BW_TYPE_TRACK_CHANGE (bw_track_change_get_type ())
G_DECLARE_FINAL_TYPE (BwTrackChange, bw_track_change, BW, TRACK_CHANGE, BwRecord)

/* One step in a case's cascade-track history; a BwRecord of the track
 * change's field table (records/bw-field.c). The store creates these when
 * it reads, and all changes go through BwCaseStore. */
BwTrackChange *bw_track_change_new (gint64      id,
                                    const char *uuid,
                                    gint64      revision,
                                    const char *date,
                                    BwTrack     track,
                                    const char *author,
                                    const char *note);

gint64      bw_track_change_get_id         (BwTrackChange *self);
void        bw_track_change_set_id         (BwTrackChange *self, gint64 id);
const char *bw_track_change_get_uuid       (BwTrackChange *self);
void        bw_track_change_set_uuid       (BwTrackChange *self, const char *uuid);
gint64      bw_track_change_get_revision   (BwTrackChange *self);
void        bw_track_change_set_revision   (BwTrackChange *self, gint64 revision);
const char *bw_track_change_get_created_at (BwTrackChange *self);
void        bw_track_change_set_created_at (BwTrackChange *self, const char *value);
const char *bw_track_change_get_created_by (BwTrackChange *self);
void        bw_track_change_set_created_by (BwTrackChange *self, const char *value);
const char *bw_track_change_get_updated_at (BwTrackChange *self);
void        bw_track_change_set_updated_at (BwTrackChange *self, const char *value);
const char *bw_track_change_get_updated_by (BwTrackChange *self);
void        bw_track_change_set_updated_by (BwTrackChange *self, const char *value);
gboolean    bw_track_change_get_deleted    (BwTrackChange *self);
void        bw_track_change_set_deleted    (BwTrackChange *self, gboolean deleted);

const char *bw_track_change_get_date   (BwTrackChange *self);
BwTrack     bw_track_change_get_track  (BwTrackChange *self);
const char *bw_track_change_get_author (BwTrackChange *self);
const char *bw_track_change_get_note   (BwTrackChange *self);

G_END_DECLS
