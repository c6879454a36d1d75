/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <glib-object.h>

#include "bw-enums.h"
#include "bw-record.h"

G_BEGIN_DECLS

#define BW_TYPE_ATTENDANCE (bw_attendance_get_type ())
G_DECLARE_FINAL_TYPE (BwAttendance, bw_attendance, BW, ATTENDANCE, BwRecord)

/* Whether a participant was at a session; a BwRecord of the attendance's
 * field table (records/bw-field.c), under its offer (offer_uuid). Its uuid
 * is derived from the session and the enrolment
 * (bw_attendance_make_uuid()), so two desktops that mark the same
 * attendance write the same record. */
BwAttendance *bw_attendance_new  (void);
BwAttendance *bw_attendance_copy (BwAttendance *self);

gint64      bw_attendance_get_id         (BwAttendance *self);
void        bw_attendance_set_id         (BwAttendance *self, gint64 id);
const char *bw_attendance_get_uuid       (BwAttendance *self);
void        bw_attendance_set_uuid       (BwAttendance *self, const char *uuid);
gint64      bw_attendance_get_revision   (BwAttendance *self);
void        bw_attendance_set_revision   (BwAttendance *self, gint64 revision);
const char *bw_attendance_get_created_at (BwAttendance *self);
void        bw_attendance_set_created_at (BwAttendance *self, const char *value);
const char *bw_attendance_get_created_by (BwAttendance *self);
void        bw_attendance_set_created_by (BwAttendance *self, const char *value);
const char *bw_attendance_get_updated_at (BwAttendance *self);
void        bw_attendance_set_updated_at (BwAttendance *self, const char *value);
const char *bw_attendance_get_updated_by (BwAttendance *self);
void        bw_attendance_set_updated_by (BwAttendance *self, const char *value);
gboolean    bw_attendance_get_deleted    (BwAttendance *self);
void        bw_attendance_set_deleted    (BwAttendance *self, gboolean deleted);

const char *bw_attendance_get_session_uuid (BwAttendance *self);
void bw_attendance_set_session_uuid (BwAttendance *self, const char *session_uuid);
const char *bw_attendance_get_enrolment_uuid (BwAttendance *self);
void bw_attendance_set_enrolment_uuid (BwAttendance *self, const char *enrolment_uuid);
BwAttendanceStatus bw_attendance_get_status (BwAttendance *self);
void bw_attendance_set_status (BwAttendance *self, BwAttendanceStatus status);
const char *bw_attendance_get_offer_uuid (BwAttendance *self);
void bw_attendance_set_offer_uuid (BwAttendance *self, const char *offer_uuid);

/* The uuid of the attendance of @enrolment_uuid at @session_uuid: a
 * name-based (version 5 style, SHA-1) uuid, the same on every desktop. */
char *bw_attendance_make_uuid (const char *session_uuid,
                               const char *enrolment_uuid);

G_END_DECLS
