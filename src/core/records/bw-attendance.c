/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-records"
/* Attendance at a session: a BwRecord of the attendance's field table. */
#include "config.h"

#include "bw-attendance.h"
#include "bw-record-json.h"

struct _BwAttendance
{
  BwRecord parent_instance;

  /* Filled in by the store (or the parent link); not fields. */
  char *offer_uuid;
};

G_DEFINE_FINAL_TYPE (BwAttendance, bw_attendance, BW_TYPE_RECORD)

static void
bw_attendance_finalize (GObject *object)
{
  BwAttendance *self = (BwAttendance *) object;

  g_free (self->offer_uuid);

  G_OBJECT_CLASS (bw_attendance_parent_class)->finalize (object);
}

static void
bw_attendance_class_init (BwAttendanceClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bw_attendance_finalize;
  bw_record_class_set_type (BW_RECORD_CLASS (klass), BW_RECORD_TYPE_ATTENDANCE);
}

static void
bw_attendance_init (BwAttendance *self)
{
  /* The table's default: present (the first status). */
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

  copy = BW_ATTENDANCE (bw_record_copy (BW_RECORD (self)));
  copy->offer_uuid = g_strdup (self->offer_uuid);
  return copy;
}

BW_RECORD_DEFINE_BOOKKEEPING (BwAttendance, bw_attendance)

const char *
bw_attendance_get_session_uuid (BwAttendance *self)
{
  return bw_record_get_text (BW_RECORD (self), "session_uuid");
}

void
bw_attendance_set_session_uuid (BwAttendance *self,
                                const char *session_uuid)
{
  bw_record_set_text (BW_RECORD (self), "session_uuid", session_uuid);
}

const char *
bw_attendance_get_enrolment_uuid (BwAttendance *self)
{
  return bw_record_get_text (BW_RECORD (self), "enrolment_uuid");
}

void
bw_attendance_set_enrolment_uuid (BwAttendance *self,
                                  const char *enrolment_uuid)
{
  bw_record_set_text (BW_RECORD (self), "enrolment_uuid", enrolment_uuid);
}

BwAttendanceStatus
bw_attendance_get_status (BwAttendance *self)
{
  return (BwAttendanceStatus) bw_record_get_enum (BW_RECORD (self), "status");
}

void
bw_attendance_set_status (BwAttendance *self,
                          BwAttendanceStatus status)
{
  bw_record_set_enum (BW_RECORD (self), "status", status);
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

char *
bw_attendance_make_uuid (const char *session_uuid,
                         const char *enrolment_uuid)
{
  g_autofree char *name = g_strconcat ("buurtwerk:attendance:", session_uuid, ":", enrolment_uuid, NULL);

  return bw_record_name_uuid (name);
}
