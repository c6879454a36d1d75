/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-records"
#include "config.h"

#include "bw-track-change.h"

struct _BwTrackChange
{
  GObject parent_instance;

  gint64 id;
  char *uuid;
  gint64 revision;
  char *date;
  BwTrack track;
  char *author;
  char *note;
};

G_DEFINE_FINAL_TYPE (BwTrackChange, bw_track_change, G_TYPE_OBJECT)

static void
bw_track_change_finalize (GObject *object)
{
  BwTrackChange *self = (BwTrackChange *) object;

  g_free (self->uuid);
  g_free (self->date);
  g_free (self->author);
  g_free (self->note);

  G_OBJECT_CLASS (bw_track_change_parent_class)->finalize (object);
}

static void
bw_track_change_class_init (BwTrackChangeClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bw_track_change_finalize;
}

static void
bw_track_change_init (BwTrackChange *self)
{
}

BwTrackChange *
bw_track_change_new (gint64 id,
  const char *uuid,
  gint64 revision,
  const char *date,
  BwTrack track,
  const char *author,
  const char *note)
{
  BwTrackChange *self = g_object_new (BW_TYPE_TRACK_CHANGE, NULL);

  self->id = id;
  self->uuid = g_strdup (uuid);
  self->revision = revision;
  self->date = g_strdup (date);
  self->track = track;
  self->author = g_strdup (author);
  self->note = g_strdup (note);

  return self;
}

gint64
bw_track_change_get_id (const BwTrackChange *self)
{
  g_return_val_if_fail (BW_IS_TRACK_CHANGE ((gpointer) self), 0);
  return self->id;
}

const char *
bw_track_change_get_uuid (const BwTrackChange *self)
{
  g_return_val_if_fail (BW_IS_TRACK_CHANGE ((gpointer) self), 0);
  return self->uuid;
}

gint64
bw_track_change_get_revision (const BwTrackChange *self)
{
  g_return_val_if_fail (BW_IS_TRACK_CHANGE ((gpointer) self), 0);
  return self->revision;
}

const char *
bw_track_change_get_date (const BwTrackChange *self)
{
  g_return_val_if_fail (BW_IS_TRACK_CHANGE ((gpointer) self), 0);
  return self->date;
}

BwTrack
bw_track_change_get_track (const BwTrackChange *self)
{
  g_return_val_if_fail (BW_IS_TRACK_CHANGE ((gpointer) self), 0);
  return self->track;
}

const char *
bw_track_change_get_author (const BwTrackChange *self)
{
  g_return_val_if_fail (BW_IS_TRACK_CHANGE ((gpointer) self), 0);
  return self->author;
}

const char *
bw_track_change_get_note (const BwTrackChange *self)
{
  g_return_val_if_fail (BW_IS_TRACK_CHANGE ((gpointer) self), 0);
  return self->note;
}
