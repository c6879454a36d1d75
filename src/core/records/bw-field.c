/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-records"
/* The field table of every record type: the one place where a field is
 * defined. Whatever else knows a field (the wire format and its checks,
 * the desktop's tables and sync SQL, the server's share filter, labels)
 * reads it here. Rules that span fields (dates in order, the waiting list)
 * stay in code beside the records (bw-validation.c, bw-planning-rules.c). */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "bw-enums.h"
#include "bw-field.h"
#include "bw-file-type.h"
#include "bw-share.h"

static const char * const record_type_keys[BW_RECORD_TYPE_N] = {
  "case", "journal", "action", "assessment", "track_change", "involvement", "share",
  "partner_note", "attachment", "offer", "session", "enrolment", "attendance",
};

const char *
bw_record_type_to_key (BwRecordType type)
{
  g_return_val_if_fail ((int) type >= 0 && type < BW_RECORD_TYPE_N, NULL);
  return record_type_keys[type];
}

gboolean
bw_record_type_from_key (const char   *key,
                         BwRecordType *type)
{
  for (int i = 0; key != NULL && i < BW_RECORD_TYPE_N; i++)
    if (g_str_equal (key, record_type_keys[i]))
      {
        *type = i;
        return TRUE;
      }
  return FALSE;
}

gboolean
bw_record_type_is_root (BwRecordType type)
{
  return type == BW_RECORD_TYPE_CASE || type == BW_RECORD_TYPE_OFFER;
}

gboolean
bw_record_type_is_planning (BwRecordType type)
{
  return type >= BW_RECORD_TYPE_OFFER && type < BW_RECORD_TYPE_N;
}

/* The enum parsers fall back to a default for unknown keys; on the wire an
 * unknown key is an error, so check that the key maps back to itself. */
#define ENUM_IS_KEY(prefix)                                        \
  static gboolean prefix##_is_key (const char *key)                \
  {                                                                \
    return g_strcmp0 (prefix##_to_key (prefix##_from_key (key)), key) == 0; \
  }
/* The enum's value as an int, both ways, for the generic code. */
#define ENUM_CONVERT(prefix)                                       \
  static const char *prefix##_key_of (int value)                   \
  {                                                                \
    return prefix##_to_key (value);                                \
  }                                                                \
  static int prefix##_value_of (const char *key)                   \
  {                                                                \
    return prefix##_from_key (key);                                \
  }
#define ENUM_CHECK(prefix) ENUM_IS_KEY (prefix) ENUM_CONVERT (prefix)
ENUM_CHECK (bw_case_status)
ENUM_CHECK (bw_track)
ENUM_CHECK (bw_debt_route)
ENUM_CHECK (bw_language_need)
ENUM_CHECK (bw_outcome)
ENUM_CONVERT (bw_offer_kind)
ENUM_CONVERT (bw_offer_status)
ENUM_CONVERT (bw_enrolment_status)
ENUM_CONVERT (bw_attendance_status)
#undef ENUM_CHECK
#undef ENUM_CONVERT
#undef ENUM_IS_KEY

#define NONE -1
#define PERSON BW_SHARE_PART_PERSON
#define TRACK BW_SHARE_PART_TRACK
#define ASSESSMENTS BW_SHARE_PART_ASSESSMENTS
#define DEBTS BW_SHARE_PART_DEBTS

#define TEXT_OF(k, req, chars, p, l) \
  { .key = k, .kind = BW_FIELD_TEXT, .required = req, .max_chars = chars, .part = p, .label = l }
#define TEXT(k, p, l)          TEXT_OF (k, FALSE, BW_FIELD_SHORT_TEXT, p, l)
#define REQUIRED_TEXT(k, p, l) TEXT_OF (k, TRUE, BW_FIELD_SHORT_TEXT, p, l)
#define LONG_TEXT(k, p, l)     TEXT_OF (k, FALSE, BW_FIELD_LONG_TEXT, p, l)
#define REQUIRED_LONG_TEXT(k, p, l) TEXT_OF (k, TRUE, BW_FIELD_LONG_TEXT, p, l)
#define REQUIRED_NOTE(k, p, l) TEXT_OF (k, TRUE, BW_FIELD_NOTE_TEXT, p, l)
#define NOTE(k, p, l)          TEXT_OF (k, FALSE, BW_FIELD_NOTE_TEXT, p, l)
#define DATE(k, p, l)          { .key = k, .kind = BW_FIELD_DATE, .part = p, .label = l }
#define REQUIRED_DATE(k, p, l) { .key = k, .kind = BW_FIELD_DATE, .required = TRUE, .part = p, .label = l }
#define REQUIRED_TIME(k, l)    { .key = k, .kind = BW_FIELD_TIME, .required = TRUE, .part = NONE, .label = l }
#define UUID(k, l)             { .key = k, .kind = BW_FIELD_UUID, .part = NONE, .label = l }
#define REQUIRED_UUID(k, l)    { .key = k, .kind = BW_FIELD_UUID, .required = TRUE, .part = NONE, .label = l }
#define INT(k, lo, hi, p, l)   { .key = k, .kind = BW_FIELD_INT, .required = TRUE, .min = lo, .max = hi, \
                                 .part = p, .label = l }
/* A number a desktop that does not know it may leave out: it reads as 0. */
#define OPTIONAL_INT(k, lo, hi, p, l) { .key = k, .kind = BW_FIELD_INT, .min = lo, .max = hi, \
                                        .part = p, .label = l }
/* A user of the server, by id (GET /api/v1/team); 0 is no one. */
#define USER(k, l)             OPTIONAL_INT (k, 0, G_MAXINT32, NONE, l)
/* A field of a case's handing over: never written by saving the case. */
#define ASSIGNED_USER(k, l)    { .key = k, .kind = BW_FIELD_INT, .min = 0, .max = G_MAXINT32, \
                                 .part = NONE, .label = l, .assigned = TRUE }
#define ASSIGNED_TEXT(k, l)    { .key = k, .kind = BW_FIELD_TEXT, .max_chars = BW_FIELD_LONG_TEXT, \
                                 .part = NONE, .label = l, .assigned = TRUE }
#define SCORE(k, l)            INT (k, BW_SCORE_MIN, BW_SCORE_MAX, NONE, l)
#define BOOL(k, p, l)          { .key = k, .kind = BW_FIELD_BOOL, .required = TRUE, .part = p, .label = l }
#define KEY(k, check, p, l)    { .key = k, .kind = BW_FIELD_ENUM, .required = TRUE, .is_key = check, \
                                 .part = p, .label = l }
#define ENUM(k, prefix, p, l)  { .key = k, .kind = BW_FIELD_ENUM, .required = TRUE, \
                                 .is_key = prefix##_is_key, .to_key = prefix##_key_of, \
                                 .from_key = prefix##_value_of, .part = p, .label = l }
#define PARTS(k, l)            { .key = k, .kind = BW_FIELD_PARTS, .required = TRUE, .part = NONE, .label = l }
#define END                    { NULL }

static const BwField case_fields[] = {
  REQUIRED_TEXT ("name", PERSON, N_("Name")),
  DATE ("date_of_birth", PERSON, N_("Date of birth")),
  TEXT ("address", PERSON, N_("Address")),
  REQUIRED_TEXT ("buurt_code", PERSON, N_("Neighbourhood")),
  TEXT ("phone", PERSON, N_("Phone")),
  TEXT ("email", PERSON, N_("E-mail")),
  TEXT ("contact_language", PERSON, N_("Preferred language of contact")),
  INT ("household_size", 1, 20, PERSON, N_("Number of people")),
  LONG_TEXT ("household_note", PERSON, N_("Composition")),
  ENUM ("status", bw_case_status, TRACK, N_("Status")),
  ENUM ("track", bw_track, TRACK, N_("Cascade track")),
  DATE ("opened_on", TRACK, N_("Opened on")),
  BOOL ("has_debts", DEBTS, N_("Has debts")),
  INT ("debt_amount", 0, G_MAXINT64, DEBTS, N_("Estimated amount (€)")),
  ENUM ("debt_route", bw_debt_route, DEBTS, N_("Debt help route")),
  ENUM ("language_need", bw_language_need, ASSESSMENTS, N_("Language need")),
  ENUM ("outcome", bw_outcome, TRACK, N_("Outcome")),
  /* The team's own words on how it ended: no part names it, so no
   * partner receives it. */
  LONG_TEXT ("outcome_note", NONE, N_("Note on the outcome")),
  DATE ("closed_on", TRACK, N_("Closed on")),
  /* Why a case made by mistake was deleted (bw_case_store_delete_case()):
   * it travels with the tombstone, and no part names it. */
  LONG_TEXT ("deletion_reason", NONE, N_("Reason for deleting")),
  /* The worker responsible for the case. Only the server changes it
   * for a team member: at creation (the creator), when a transfer is
   * accepted; a coordinator sets it directly (docs/sync-protocol.md,
   * "Ownership and transfer"). */
  ASSIGNED_USER ("owner", N_("Responsible worker")),
  /* A transfer offered and not yet answered: to a colleague (the team is
   * 0, or the case's own) or to another team (the user 0: anyone there). */
  ASSIGNED_USER ("transfer_to_user", N_("Transfer to")),
  ASSIGNED_USER ("transfer_to_team", N_("Transfer to team")),
  ASSIGNED_TEXT ("transfer_note", N_("Note with the transfer")),
  /* Why the last transfer was declined, for the one who offered it. */
  ASSIGNED_TEXT ("transfer_answer", N_("Answer to the transfer")),
  END
};

static const BwField journal_fields[] = {
  REQUIRED_DATE ("date", NONE, N_("Date")),
  TEXT ("author", NONE, N_("Author")),
  REQUIRED_NOTE ("text", NONE, N_("Journal note")),
  BOOL ("shareable", NONE, N_("Shareable")),
  /* A correction keeps the note as first written, and when it was last
   * corrected; the server's audit log has each correction. */
  DATE ("corrected_on", NONE, N_("Corrected on")),
  NOTE ("original_text", NONE, N_("Original note")),
  END
};

static const BwField action_fields[] = {
  REQUIRED_LONG_TEXT ("what", NONE, N_("Action")),
  /* Someone outside the system, in words; a worker is the assignee. */
  TEXT ("owner", NONE, N_("Who")),
  DATE ("due_date", NONE, N_("Due date")),
  BOOL ("done", NONE, N_("Done")),
  USER ("assignee", N_("Assigned to")),
  DATE ("done_on", NONE, N_("Done on")),
  END
};

/* The score names are bw_domain_to_key()'s keys, in BwDomain order. */
static const BwField assessment_fields[] = {
  REQUIRED_DATE ("date", NONE, N_("Date")),
  TEXT ("author", NONE, N_("Author")),
  SCORE ("finances", N_("Finances")),
  SCORE ("work_education", N_("Work and education")),
  SCORE ("housing", N_("Housing")),
  SCORE ("health", N_("Health")),
  SCORE ("family", N_("Family")),
  SCORE ("social_network", N_("Social network")),
  SCORE ("daily_activities", N_("Daily activities")),
  SCORE ("language", N_("Language")),
  END
};

static const BwField track_change_fields[] = {
  REQUIRED_DATE ("date", NONE, N_("Date")),
  ENUM ("track", bw_track, NONE, N_("Cascade track")),
  TEXT ("author", NONE, N_("Author")),
  LONG_TEXT ("note", NONE, N_("Note")),
  END
};

static const BwField involvement_fields[] = {
  REQUIRED_TEXT ("organisation", NONE, N_("Organisation")),
  TEXT ("contact", NONE, N_("Contact person")),
  TEXT ("role", NONE, N_("Role")),
  END
};

/* A share's consent fields are fixed once it exists; only withdrawn_at and
 * withdrawn_reason are ever set later (the server enforces it). */
static const BwField share_fields[] = {
  KEY ("organisation", bw_organisation_is_key, NONE, N_("Organisation")),
  PARTS ("parts", N_("Shared parts")),
  REQUIRED_DATE ("consent_date", NONE, N_("Consent date")),
  REQUIRED_TEXT ("consent_given_to", NONE, N_("Consent given to")),
  KEY ("consent_form", bw_consent_form_is_key, NONE, N_("Form of consent")),
  REQUIRED_DATE ("end_date", NONE, N_("End date")),
  REQUIRED_TEXT ("team_contact", NONE, N_("Contact in the team")),
  DATE ("withdrawn_at", NONE, N_("Withdrawn on")),
  LONG_TEXT ("withdrawn_reason", NONE, N_("Reason for withdrawal")),
  END
};

static const BwField partner_note_fields[] = {
  KEY ("organisation", bw_organisation_is_key, NONE, N_("Organisation")),
  REQUIRED_NOTE ("text", NONE, N_("Note")),
  END
};

/* Which share part covers an attachment: "none" (only a share it is on)
 * or a part's key. */
static gboolean
attachment_part_is_key (const char *key)
{
  BwSharePart part;

  return g_strcmp0 (key, "none") == 0 || bw_share_part_from_key (key, &part);
}

/* An attachment's description; its bytes are in their own table
 * (docs/sync-protocol.md, "Attachments"). The type, size and sha256 are
 * the desktop's check of the bytes, which the server checks again. */
static const BwField attachment_fields[] = {
  REQUIRED_TEXT ("file_name", NONE, N_("File name")),
  KEY ("media_type", bw_file_type_is_media_type, NONE, N_("File type")),
  INT ("size", 1, BW_FILE_TYPE_MAX_SIZE, NONE, N_("Size")),
  KEY ("sha256", bw_file_type_is_sha256, NONE, N_("Checksum")),
  /* The share whose consent form it is, if any. */
  UUID ("share_uuid", N_("Share")),
  KEY ("part", attachment_part_is_key, NONE, N_("Shared with part")),
  LONG_TEXT ("description", NONE, N_("Description")),
  END
};

/* Planning (docs/sync-protocol.md). The enum keys are bw-enums.c's. */
static const BwField offer_fields[] = {
  REQUIRED_TEXT ("title", NONE, N_("Title")),
  ENUM ("kind", bw_offer_kind, NONE, N_("Kind")),
  TEXT ("target_group", NONE, N_("Target group")),
  LONG_TEXT ("description", NONE, N_("Description")),
  TEXT ("trainer", NONE, N_("Trainer")),
  TEXT ("partner", NONE, N_("Partner employer")),
  REQUIRED_TEXT ("buurt_code", NONE, N_("Neighbourhood")),
  INT ("capacity", 1, 10000, NONE, N_("Places")),
  ENUM ("status", bw_offer_status, NONE, N_("Status")),
  DATE ("first_date", NONE, N_("First date")),
  DATE ("last_date", NONE, N_("Last date")),
  END
};

static const BwField session_fields[] = {
  REQUIRED_DATE ("date", NONE, N_("Date")),
  REQUIRED_TIME ("start_time", N_("Start")),
  REQUIRED_TIME ("end_time", N_("End")),
  UUID ("place_uuid", N_("Place")),
  TEXT ("place_name", NONE, N_("Place")),
  TEXT ("trainer", NONE, N_("Trainer")),
  END
};

/* Only what a trainer needs of a resident; case_ref is the case's uuid
 * (a random identifier) so the buurtteam's desktop can find its case. */
static const BwField enrolment_fields[] = {
  { .key = "case_ref", .kind = BW_FIELD_UUID, .column = "case_uuid", .part = NONE, .label = N_("Case") },
  REQUIRED_TEXT ("name", NONE, N_("Name")),
  TEXT ("phone", NONE, N_("Phone")),
  TEXT ("email", NONE, N_("E-mail")),
  TEXT ("buurt_code", NONE, N_("Neighbourhood")),
  ENUM ("language_need", bw_language_need, NONE, N_("Language need")),
  ENUM ("status", bw_enrolment_status, NONE, N_("Status")),
  REQUIRED_TEXT ("referred_at", NONE, N_("Referred on")),
  DATE ("status_date", NONE, N_("Status date")),
  LONG_TEXT ("outcome", NONE, N_("Outcome")),
  END
};

static const BwField attendance_fields[] = {
  REQUIRED_UUID ("session_uuid", N_("Session")),
  REQUIRED_UUID ("enrolment_uuid", N_("Enrolment")),
  ENUM ("status", bw_attendance_status, NONE, N_("Attendance")),
  END
};

static const BwRecordSpec specs[BW_RECORD_TYPE_N] = {
  { BW_RECORD_TYPE_CASE, "cases", BW_PARENT_NONE, NONE, case_fields },
  { BW_RECORD_TYPE_JOURNAL, "journal", BW_PARENT_CASE_ID, BW_SHARE_PART_JOURNAL, journal_fields },
  { BW_RECORD_TYPE_ACTION, "actions", BW_PARENT_CASE_ID, BW_SHARE_PART_ACTIONS, action_fields },
  { BW_RECORD_TYPE_ASSESSMENT, "assessments", BW_PARENT_CASE_ID, BW_SHARE_PART_ASSESSMENTS,
    assessment_fields },
  { BW_RECORD_TYPE_TRACK_CHANGE, "track_history", BW_PARENT_CASE_ID, BW_SHARE_PART_TRACK,
    track_change_fields },
  { BW_RECORD_TYPE_INVOLVEMENT, "involvements", BW_PARENT_CASE_ID, NONE, involvement_fields },
  { BW_RECORD_TYPE_SHARE, "shares", BW_PARENT_CASE_ID, NONE, share_fields },
  /* Partner notes hang by the case's uuid: on a partner's desktop the case
   * is in shared_cases, not in cases. */
  { BW_RECORD_TYPE_PARTNER_NOTE, "partner_notes", BW_PARENT_CASE_UUID, NONE, partner_note_fields },
  /* A partner sees one only where a share covers it (bw-share-filter.c). */
  { BW_RECORD_TYPE_ATTACHMENT, "attachments", BW_PARENT_CASE_ID, NONE, attachment_fields },
  { BW_RECORD_TYPE_OFFER, "offers", BW_PARENT_NONE, NONE, offer_fields },
  { BW_RECORD_TYPE_SESSION, "sessions", BW_PARENT_OFFER_UUID, NONE, session_fields },
  { BW_RECORD_TYPE_ENROLMENT, "enrolments", BW_PARENT_OFFER_UUID, NONE, enrolment_fields },
  { BW_RECORD_TYPE_ATTENDANCE, "attendance", BW_PARENT_OFFER_UUID, NONE, attendance_fields },
};

const BwRecordSpec *
bw_record_spec (BwRecordType type)
{
  g_return_val_if_fail ((int) type >= 0 && type < BW_RECORD_TYPE_N, NULL);
  return &specs[type];
}

const BwField *
bw_record_spec_field (BwRecordType  type,
                      const char   *key)
{
  g_return_val_if_fail ((int) type >= 0 && type < BW_RECORD_TYPE_N, NULL);
  for (const BwField *field = specs[type].fields; key != NULL && field->key; field++)
    if (g_str_equal (field->key, key))
      return field;
  return NULL;
}

guint
bw_record_spec_n_fields (BwRecordType type)
{
  guint n = 0;

  g_return_val_if_fail ((int) type >= 0 && type < BW_RECORD_TYPE_N, 0);
  while (specs[type].fields[n].key != NULL)
    n++;
  return n;
}

const char *
bw_field_column (const BwField *field)
{
  return field->column ? field->column : field->key;
}

const char *
bw_field_label (BwRecordType  type,
                const char   *key)
{
  const BwField *field = bw_record_spec_field (type, key);

  return field && field->label ? _(field->label) : key;
}
