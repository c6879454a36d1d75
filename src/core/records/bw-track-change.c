/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-records"
/* A step in a case's track history: a BwRecord of its field table. */
#include "config.h"

#include "bw-track-change.h"

struct _BwTrackChange
{
  BwRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (BwTrackChange, bw_track_change, BW_TYPE_RECORD)

static void
bw_track_change_class_init (BwTrackChangeClass *klass)
{
  bw_record_class_set_type (BW_RECORD_CLASS (klass), BW_RECORD_TYPE_TRACK_CHANGE);
}

static void
bw_track_change_init (BwTrackChange *self)
{
}

BwTrackChange *
bw_track_change_new (gint64      id,
                     const char *uuid,
                     gint64      revision,
                     const char *date,
                     BwTrack     track,
                     const char *author,
                     const char *note)
{
  BwRecord *self = g_object_new (BW_TYPE_TRACK_CHANGE, NULL);

  bw_record_set_id (self, id);
  bw_record_set_uuid (self, uuid);
  bw_record_set_revision (self, revision);
  bw_record_set_text (self, "date", date);
  bw_record_set_enum (self, "track", track);
  bw_record_set_text (self, "author", author);
  bw_record_set_text (self, "note", note);
  return BW_TRACK_CHANGE (self);
}

BW_RECORD_DEFINE_BOOKKEEPING (BwTrackChange, bw_track_change)

const char *
bw_track_change_get_date (BwTrackChange *self)
{
  return bw_record_get_text (BW_RECORD (self), "date");
}

BwTrack
bw_track_change_get_track (BwTrackChange *self)
{
  return (BwTrack) bw_record_get_enum (BW_RECORD (self), "track");
}

const char *
bw_track_change_get_author (BwTrackChange *self)
{
  return bw_record_get_text (BW_RECORD (self), "author");
}

const char *
bw_track_change_get_note (BwTrackChange *self)
{
  return bw_record_get_text (BW_RECORD (self), "note");
}
