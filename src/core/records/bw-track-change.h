/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <glib-object.h>

#include "bw-enums.h"

G_BEGIN_DECLS

#define BW_TYPE_TRACK_CHANGE (bw_track_change_get_type ())
G_DECLARE_FINAL_TYPE (BwTrackChange, bw_track_change, BW, TRACK_CHANGE, GObject)

/* One step in a case's cascade-track history.
 * Immutable once built: the store creates these when it reads, and all
 * changes go through BwCaseStore. */

BwTrackChange *bw_track_change_new (gint64 id,
  const char *uuid,
  gint64 revision,
  const char *date,
  BwTrack track,
  const char *author,
  const char *note);

gint64 bw_track_change_get_id (const BwTrackChange *self);
const char *bw_track_change_get_uuid (const BwTrackChange *self);
gint64 bw_track_change_get_revision (const BwTrackChange *self);
const char *bw_track_change_get_date (const BwTrackChange *self);
BwTrack bw_track_change_get_track (const BwTrackChange *self);
const char *bw_track_change_get_author (const BwTrackChange *self);
const char *bw_track_change_get_note (const BwTrackChange *self);

G_END_DECLS
