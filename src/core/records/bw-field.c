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

#include "bw-assessment.h"
#include "bw-attachment.h"
#include "bw-attendance.h"
#include "bw-case-action.h"
#include "bw-case.h"
#include "bw-date.h"
#include "bw-debt.h"
#include "bw-enrolment.h"
#include "bw-enums.h"
#include "bw-field.h"
#include "bw-household-member.h"
#include "bw-involvement.h"
#include "bw-journal-entry.h"
#include "bw-offer.h"
#include "bw-partner-note.h"
#include "bw-record.h"
#include "bw-session.h"
#include "bw-file-type.h"
#include "bw-share.h"
#include "bw-track-change.h"
#include "bw-validation.h"

static const char * const record_type_keys[BW_RECORD_TYPE_N] = {
  "case", "journal", "action", "assessment", "track_change", "involvement", "share",
  "partner_note", "household_member", "debt", "attachment", "offer", "session", "enrolment", "attendance",
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
/* The enum's value as an int, both ways, and its label, for the generic
 * code. */
#define ENUM_CONVERT(prefix)                                       \
  static const char *prefix##_key_of (int value)                   \
  {                                                                \
    return prefix##_to_key (value);                                \
  }                                                                \
  static const char *prefix##_label_of (int value)                 \
  {                                                                \
    return prefix##_label (value);                                 \
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
ENUM_CHECK (bw_contact_type)
ENUM_CONVERT (bw_offer_kind)
ENUM_CONVERT (bw_offer_status)
ENUM_CONVERT (bw_enrolment_status)
ENUM_CONVERT (bw_attendance_status)
ENUM_CONVERT (bw_relation)
ENUM_CONVERT (bw_creditor)
ENUM_CONVERT (bw_debt_status)
#undef ENUM_CHECK
#undef ENUM_CONVERT
#undef ENUM_IS_KEY

#define NONE -1
#define PERSON BW_SHARE_PART_PERSON
#define TRACK BW_SHARE_PART_TRACK
#define ASSESSMENTS BW_SHARE_PART_ASSESSMENTS
#define DEBTS BW_SHARE_PART_DEBTS
#define HOUSEHOLD BW_SHARE_PART_HOUSEHOLD

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
/* An amount of money in cents; required, or 0 when a desktop leaves it out. */
#define MONEY(k, hi, p, l)     { .key = k, .kind = BW_FIELD_INT, .required = TRUE, .min = 0, .max = hi, \
                                 .cents = TRUE, .part = p, .label = l }
#define OPTIONAL_MONEY(k, hi, p, l) { .key = k, .kind = BW_FIELD_INT, .min = 0, .max = hi, .cents = TRUE, \
                                      .part = p, .label = l }
/* A ZRM score: 0 is "not scored", which is also what a record without it
 * (written before the ZRM) reads as. */
#define SCORE(k, l)            OPTIONAL_INT (k, BW_SCORE_NONE, BW_SCORE_MAX, NONE, l)
#define BOOL(k, p, l)          { .key = k, .kind = BW_FIELD_BOOL, .required = TRUE, .part = p, .label = l }
#define KEY(k, check, p, l)    { .key = k, .kind = BW_FIELD_ENUM, .required = TRUE, .is_key = check, \
                                 .part = p, .label = l }
#define ENUM(k, prefix, p, l)  { .key = k, .kind = BW_FIELD_ENUM, .required = TRUE, \
                                 .is_key = prefix##_is_key, .to_key = prefix##_key_of, \
                                 .from_key = prefix##_value_of, .to_label = prefix##_label_of, \
                                 .part = p, .label = l }
/* An enum a desktop that does not know it may leave out: it reads as its
 * first value. */
#define OPTIONAL_ENUM(k, prefix, p, l) { .key = k, .kind = BW_FIELD_ENUM, \
                                         .is_key = prefix##_is_key, .to_key = prefix##_key_of, \
                                         .from_key = prefix##_value_of, .to_label = prefix##_label_of, \
                                         .part = p, .label = l }
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
  MONEY ("debt_amount", G_MAXINT64, DEBTS, N_("Estimated amount (€)")),
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
  /* The contact log: how, how long and with whom; notes written before
   * have no type ("none") and no duration (0). */
  OPTIONAL_ENUM ("contact_type", bw_contact_type, NONE, N_("Kind of contact")),
  OPTIONAL_INT ("duration_minutes", 0, 24 * 60, NONE, N_("Duration (minutes)")),
  TEXT ("contact_with", NONE, N_("With whom")),
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

/* A ZRM measurement (docs/zrm.md): per domain of BW_DOMAINS() its score,
 * note and goal, named by bw_domain_to_key(), _note_key() and _goal_key().
 * The labels of a domain's note and goal are its label's (bw_field_label()
 * adds "note" or "goal"). */
#define DOMAIN_FIELDS(name, k) \
  SCORE (k, NULL), LONG_TEXT (k "_note", NONE, NULL), LONG_TEXT (k "_goal", NONE, NULL),
static const BwField assessment_fields[] = {
  REQUIRED_DATE ("date", NONE, N_("Date")),
  TEXT ("author", NONE, N_("Author")),
  BW_DOMAINS (DOMAIN_FIELDS)
  /* Scored before the ZRM and kept so that nothing is lost: "health" was
   * copied to both health domains, "language" has no ZRM domain. Never
   * written by the form. */
  OPTIONAL_INT ("health", BW_SCORE_NONE, BW_SCORE_MAX, NONE, N_("Health (before the ZRM)")),
  OPTIONAL_INT ("language", BW_SCORE_NONE, BW_SCORE_MAX, NONE, N_("Language (before the ZRM)")),
  END
};
#undef DOMAIN_FIELDS

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

/* A person in the resident's household (issue 17): never a BSN, it is
 * not needed here. linked_case_uuid is the member's own case, when there
 * is one; the share filter never sends it to a partner. */
static const BwField household_member_fields[] = {
  REQUIRED_TEXT ("name", NONE, N_("Name")),
  DATE ("date_of_birth", NONE, N_("Date of birth")),
  ENUM ("relation", bw_relation, NONE, N_("Relation")),
  TEXT ("phone", NONE, N_("Phone")),
  UUID ("linked_case_uuid", N_("Own case")),
  END
};

/* One debt of the resident, per creditor (issue 17). Amounts are in
 * cents, as the case's old debt_amount. */
static const BwField debt_fields[] = {
  ENUM ("creditor", bw_creditor, NONE, N_("Creditor")),
  TEXT ("creditor_name", NONE, N_("Name of the creditor")),
  MONEY ("amount", BW_DEBT_MAX_CENTS, NONE, N_("Amount")),
  ENUM ("status", bw_debt_status, NONE, N_("Status")),
  OPTIONAL_MONEY ("monthly_amount", BW_DEBT_MAX_CENTS, NONE, N_("Monthly arrangement")),
  DATE ("start_date", NONE, N_("Start date")),
  LONG_TEXT ("note", NONE, N_("Note")),
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
  { BW_RECORD_TYPE_CASE, "cases", BW_PARENT_NONE, NONE, case_fields, bw_case_get_type },
  { BW_RECORD_TYPE_JOURNAL, "journal", BW_PARENT_CASE_ID, BW_SHARE_PART_JOURNAL, journal_fields, bw_journal_entry_get_type },
  { BW_RECORD_TYPE_ACTION, "actions", BW_PARENT_CASE_ID, BW_SHARE_PART_ACTIONS, action_fields, bw_case_action_get_type },
  { BW_RECORD_TYPE_ASSESSMENT, "assessments", BW_PARENT_CASE_ID, BW_SHARE_PART_ASSESSMENTS,
    assessment_fields, bw_assessment_get_type },
  { BW_RECORD_TYPE_TRACK_CHANGE, "track_history", BW_PARENT_CASE_ID, BW_SHARE_PART_TRACK,
    track_change_fields, bw_track_change_get_type },
  { BW_RECORD_TYPE_INVOLVEMENT, "involvements", BW_PARENT_CASE_ID, NONE, involvement_fields, bw_involvement_get_type },
  { BW_RECORD_TYPE_SHARE, "shares", BW_PARENT_CASE_ID, NONE, share_fields, bw_share_get_type },
  /* Partner notes hang by the case's uuid: on a partner's desktop the case
   * is in shared_cases, not in cases. */
  { BW_RECORD_TYPE_PARTNER_NOTE, "partner_notes", BW_PARENT_CASE_UUID, NONE, partner_note_fields, bw_partner_note_get_type },
  { BW_RECORD_TYPE_HOUSEHOLD_MEMBER, "household_members", BW_PARENT_CASE_ID, HOUSEHOLD,
    household_member_fields, bw_household_member_get_type },
  { BW_RECORD_TYPE_DEBT, "debts", BW_PARENT_CASE_ID, DEBTS, debt_fields, bw_debt_get_type },
  /* A partner sees one only where a share covers it (bw-share-filter.c). */
  { BW_RECORD_TYPE_ATTACHMENT, "attachments", BW_PARENT_CASE_ID, NONE, attachment_fields, bw_attachment_get_type },
  { BW_RECORD_TYPE_OFFER, "offers", BW_PARENT_NONE, NONE, offer_fields, bw_offer_get_type },
  { BW_RECORD_TYPE_SESSION, "sessions", BW_PARENT_OFFER_UUID, NONE, session_fields, bw_session_get_type },
  { BW_RECORD_TYPE_ENROLMENT, "enrolments", BW_PARENT_OFFER_UUID, NONE, enrolment_fields, bw_enrolment_get_type },
  { BW_RECORD_TYPE_ATTENDANCE, "attendance", BW_PARENT_OFFER_UUID, NONE, attendance_fields, bw_attendance_get_type },
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

  if (field == NULL)
    return key;
  if (field->label != NULL)
    return _(field->label);
  /* A ZRM domain's score, note or goal. */
  for (int d = 0; type == BW_RECORD_TYPE_ASSESSMENT && d < BW_DOMAIN_N; d++)
    {
      const char *format = NULL;

      if (g_str_equal (key, bw_domain_to_key (d)))
        return bw_domain_label (d);
      if (g_str_equal (key, bw_domain_note_key (d)))
        /* TRANSLATORS: a field's name; %s is a life domain */
        format = _("Note on %s");
      else if (g_str_equal (key, bw_domain_goal_key (d)))
        /* TRANSLATORS: a field's name; %s is a life domain */
        format = _("Goal for %s");
      if (format != NULL)
        {
          g_autofree char *label = g_strdup_printf (format, bw_domain_label (d));

          return g_intern_string (label);
        }
    }
  return key;
}

char *
bw_field_format_value (const BwField *field,
                       gpointer       record)
{
  BwRecord *self = record;

  g_return_val_if_fail (field != NULL && BW_IS_RECORD (self), NULL);

  switch (field->kind)
    {
    case BW_FIELD_TEXT:
    case BW_FIELD_TIME:
      {
        const char *text = bw_record_get_text (self, field->key);

        return text && *text ? g_strdup (text) : NULL;
      }
    case BW_FIELD_DATE:
      {
        const char *date = bw_record_get_text (self, field->key);

        return date && *date ? bw_date_to_display (date) : NULL;
      }
    case BW_FIELD_INT:
      /* A user's id says nothing on paper; the caller names the user. */
      if (field->max == G_MAXINT32 && field->min == 0)
        return NULL;
      /* An optional number left at 0 (a domain not scored, no monthly
       * arrangement) says nothing. */
      if (!field->required && field->min == 0 && bw_record_get_int (self, field->key) == 0)
        return NULL;
      if (field->cents)
        return bw_format_amount (bw_record_get_int (self, field->key));
      return g_strdup_printf ("%" G_GINT64_FORMAT, bw_record_get_int (self, field->key));
    case BW_FIELD_BOOL:
      return g_strdup (bw_record_get_bool (self, field->key) ? _("Yes") : _("No"));
    case BW_FIELD_ENUM:
      if (field->to_label != NULL)
        return g_strdup (field->to_label (bw_record_get_enum (self, field->key)));
      {
        const char *key = bw_record_get_text (self, field->key);

        if (g_strcmp0 (field->key, "organisation") == 0)
          return g_strdup (bw_organisation_to_label (key));
        if (g_strcmp0 (field->key, "consent_form") == 0)
          return g_strdup (bw_consent_form_to_label (key));
        return g_strdup (key);
      }
    case BW_FIELD_PARTS:
      {
        g_autoptr(GString) text = g_string_new (NULL);

        /* Only a share has parts. */
        for (BwSharePart part = 0; BW_IS_SHARE (self) && part < BW_SHARE_PART_N; part++)
          if (bw_share_has_part (BW_SHARE (self), part))
            g_string_append_printf (text, "%s%s", text->len > 0 ? ", " : "", bw_share_part_to_label (part));
        return text->len > 0 ? g_string_free (g_steal_pointer (&text), FALSE) : NULL;
      }
    case BW_FIELD_UUID:
    default:
      return NULL;
    }
}
