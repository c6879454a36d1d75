/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-records"
#include "config.h"

#include "bw-attendance.h"
#include "bw-record-json.h"

struct _BwAttendance
{
  GObject parent_instance;

  gint64 id;
  char *uuid;
  gint64 revision;
  gboolean deleted;
  char *offer_uuid;
  char *session_uuid;
  char *enrolment_uuid;
  BwAttendanceStatus status;
};

G_DEFINE_FINAL_TYPE (BwAttendance, bw_attendance, G_TYPE_OBJECT)

static void
bw_attendance_finalize (GObject *object)
{
  BwAttendance *self = (BwAttendance *) object;

  g_free (self->uuid);
  g_free (self->offer_uuid);
  g_free (self->session_uuid);
  g_free (self->enrolment_uuid);

  G_OBJECT_CLASS (bw_attendance_parent_class)->finalize (object);
}

static void
bw_attendance_class_init (BwAttendanceClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bw_attendance_finalize;
}

static void
bw_attendance_init (BwAttendance *self)
{
  self->revision = 0;
  self->status = BW_ATTENDANCE_PRESENT;
}

BwAttendance *
bw_attendance_new (void)
{
  return g_object_new (BW_TYPE_ATTENDANCE, NULL);
}

BwAttendance *
bw_attendance_copy (BwAttendance *self)
{
  BwAttendance *copy;

  g_return_val_if_fail (BW_IS_ATTENDANCE (self), NULL);

  copy = bw_attendance_new ();
  copy->id = self->id;
  copy->uuid = g_strdup (self->uuid);
  copy->revision = self->revision;
  copy->deleted = self->deleted;
  copy->offer_uuid = g_strdup (self->offer_uuid);
  copy->session_uuid = g_strdup (self->session_uuid);
  copy->enrolment_uuid = g_strdup (self->enrolment_uuid);
  copy->status = self->status;
  return copy;
}

gint64
bw_attendance_get_id (BwAttendance *self)
{
  g_return_val_if_fail (BW_IS_ATTENDANCE (self), 0);
  return self->id;
}

void
bw_attendance_set_id (BwAttendance *self,
                        gint64 id)
{
  g_return_if_fail (BW_IS_ATTENDANCE (self));
  self->id = id;
}

const char *
bw_attendance_get_uuid (BwAttendance *self)
{
  g_return_val_if_fail (BW_IS_ATTENDANCE (self), NULL);
  return self->uuid;
}

void
bw_attendance_set_uuid (BwAttendance *self,
                          const char *uuid)
{
  g_return_if_fail (BW_IS_ATTENDANCE (self));
  if (self->uuid != uuid)
    {
      g_free (self->uuid);
      self->uuid = (uuid != NULL && *uuid != '\0') ? g_strdup (uuid) : NULL;
    }
}

gint64
bw_attendance_get_revision (BwAttendance *self)
{
  g_return_val_if_fail (BW_IS_ATTENDANCE (self), 0);
  return self->revision;
}

void
bw_attendance_set_revision (BwAttendance *self,
                              gint64 revision)
{
  g_return_if_fail (BW_IS_ATTENDANCE (self));
  self->revision = revision;
}

gboolean
bw_attendance_get_deleted (BwAttendance *self)
{
  g_return_val_if_fail (BW_IS_ATTENDANCE (self), 0);
  return self->deleted;
}

void
bw_attendance_set_deleted (BwAttendance *self,
                             gboolean deleted)
{
  g_return_if_fail (BW_IS_ATTENDANCE (self));
  self->deleted = !!deleted;
}

const char *
bw_attendance_get_offer_uuid (BwAttendance *self)
{
  g_return_val_if_fail (BW_IS_ATTENDANCE (self), NULL);
  return self->offer_uuid;
}

void
bw_attendance_set_offer_uuid (BwAttendance *self,
                                const char *offer_uuid)
{
  g_return_if_fail (BW_IS_ATTENDANCE (self));
  if (self->offer_uuid != offer_uuid)
    {
      g_free (self->offer_uuid);
      self->offer_uuid = (offer_uuid != NULL && *offer_uuid != '\0') ? g_strdup (offer_uuid) : NULL;
    }
}

const char *
bw_attendance_get_session_uuid (BwAttendance *self)
{
  g_return_val_if_fail (BW_IS_ATTENDANCE (self), NULL);
  return self->session_uuid;
}

void
bw_attendance_set_session_uuid (BwAttendance *self,
                                  const char *session_uuid)
{
  g_return_if_fail (BW_IS_ATTENDANCE (self));
  if (self->session_uuid != session_uuid)
    {
      g_free (self->session_uuid);
      self->session_uuid = (session_uuid != NULL && *session_uuid != '\0') ? g_strdup (session_uuid) : NULL;
    }
}

const char *
bw_attendance_get_enrolment_uuid (BwAttendance *self)
{
  g_return_val_if_fail (BW_IS_ATTENDANCE (self), NULL);
  return self->enrolment_uuid;
}

void
bw_attendance_set_enrolment_uuid (BwAttendance *self,
                                    const char *enrolment_uuid)
{
  g_return_if_fail (BW_IS_ATTENDANCE (self));
  if (self->enrolment_uuid != enrolment_uuid)
    {
      g_free (self->enrolment_uuid);
      self->enrolment_uuid = (enrolment_uuid != NULL && *enrolment_uuid != '\0') ? g_strdup (enrolment_uuid) : NULL;
    }
}

BwAttendanceStatus
bw_attendance_get_status (BwAttendance *self)
{
  g_return_val_if_fail (BW_IS_ATTENDANCE (self), 0);
  return self->status;
}

void
bw_attendance_set_status (BwAttendance *self,
                            BwAttendanceStatus status)
{
  g_return_if_fail (BW_IS_ATTENDANCE (self));
  self->status = status;
}
char *
bw_attendance_make_uuid (const char *session_uuid,
                         const char *enrolment_uuid)
{
  g_autofree char *name = g_strconcat ("buurtwerk:attendance:", session_uuid, ":", enrolment_uuid, NULL);

  return bw_record_name_uuid (name);
}
