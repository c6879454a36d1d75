/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <json-glib/json-glib.h>

#include "bw-assessment.h"
#include "bw-case.h"
#include "bw-case-action.h"
#include "bw-field.h"
#include "bw-attachment.h"
#include "bw-involvement.h"
#include "bw-household-member.h"
#include "bw-debt.h"
#include "bw-journal-entry.h"
#include "bw-track-change.h"

G_BEGIN_DECLS

/* The wire format of the records, shared by the sync client and the server
 * (docs/sync-protocol.md). Parsing is strict: whatever arrives over the
 * network is refused unless it is exactly what the protocol allows. */

#define BW_RECORD_JSON_ERROR (bw_record_json_error_quark ())

/* The message of every error names the member or field that is wrong. */
typedef enum {
  BW_RECORD_JSON_ERROR_UNKNOWN_FIELD,
  BW_RECORD_JSON_ERROR_MISSING_FIELD,
  BW_RECORD_JSON_ERROR_WRONG_TYPE,
  BW_RECORD_JSON_ERROR_INVALID_VALUE,
  BW_RECORD_JSON_ERROR_TOO_LONG,
} BwRecordJsonError;


GQuark bw_record_json_error_quark (void);


guint       bw_record_json_field_max_chars (BwRecordType  type,
                                            const char   *name);

/* Lowercase canonical UUIDs only (dates: bw_date_is_iso_date()). */
gboolean    bw_record_json_is_uuid  (const char   *text);
/* A name-based uuid (version 5 layout, SHA-1 of @name): the same on every
 * desktop, for records that two desktops may create independently and
 * must not create twice (attendance, journal notes of an enrolment). */
char       *bw_record_name_uuid     (const char   *name);

/* Checks the "fields" object of a record of @type: no unknown fields, the
 * right JSON types, existing enum keys and dates, numbers in range. With
 * @complete every required field must be present and filled in, and an
 * optional one absent or null (a new or full record); without, any subset
 * is fine (the changed fields of a push). */
gboolean    bw_record_json_check_fields (BwRecordType   type,
                                         JsonObject    *fields,
                                         gboolean       complete,
                                         GError       **error);
gboolean    bw_record_json_has_field    (BwRecordType   type,
                                         const char    *name);

/* A record as it travels: the envelope of docs/sync-protocol.md. */
typedef struct {
  BwRecordType type;
  char *uuid;
  char *case_uuid;
  gint64 revision;
  gboolean deleted;
  gint64 seq;           /* 0 when absent (only the change feed sends it) */
  char *created_at;     /* informative; may be NULL */
  char *created_by;
  char *updated_at;
  char *updated_by;
  JsonObject *fields;   /* complete and checked */
} BwRecordEnvelope;

void         bw_record_envelope_clear   (BwRecordEnvelope  *envelope);
JsonObject  *bw_record_envelope_to_json (const BwRecordEnvelope *envelope);
gboolean     bw_record_envelope_parse   (JsonObject        *object,
                                         BwRecordEnvelope  *envelope,
                                         GError           **error);

/* Any record's "fields" object from its type's table, and changed fields
 * applied to a record (checked first: nothing is changed when @error is
 * set). */
JsonObject  *bw_record_json_fields            (BwRecord    *record);
gboolean     bw_record_json_apply_fields      (BwRecord    *record,
                                               JsonObject  *fields,
                                               GError     **error);

/* Cases: the fields alone, changed fields applied to a case, and the whole
 * envelope with the bookkeeping (id and last_contact are local and never
 * travel). Nothing is changed when @error is set. */
JsonObject  *bw_record_json_case_fields       (BwCase      *record);
gboolean     bw_record_json_apply_case_fields (BwCase      *record,
                                               JsonObject  *fields,
                                               GError     **error);
JsonObject  *bw_record_json_from_case         (BwCase      *record);
BwCase      *bw_record_json_to_case           (JsonObject  *object,
                                               GError     **error);

/* The records under a case carry no case or deleted flag of their own:
 * @case_uuid is given when writing and returned when reading. The local
 * id of what is read is 0. */
JsonObject     *bw_record_json_from_journal_entry (BwJournalEntry *entry,
                                                   const char     *case_uuid);
BwJournalEntry *bw_record_json_to_journal_entry   (JsonObject     *object,
                                                   char          **case_uuid,
                                                   GError        **error);
JsonObject     *bw_record_json_from_case_action   (BwCaseAction   *action,
                                                   const char     *case_uuid);
BwCaseAction   *bw_record_json_to_case_action     (JsonObject     *object,
                                                   char          **case_uuid,
                                                   GError        **error);
JsonObject     *bw_record_json_from_assessment    (BwAssessment   *assessment,
                                                   const char     *case_uuid);
/* A measurement written before the ZRM (docs/zrm.md) has "health" and no
 * health domains: gives both its score. Anything else is left alone. */
void            bw_record_json_upgrade_assessment (JsonObject     *fields);
BwAssessment   *bw_record_json_to_assessment      (JsonObject     *object,
                                                   char          **case_uuid,
                                                   GError        **error);
JsonObject     *bw_record_json_from_track_change  (BwTrackChange  *change,
                                                   const char     *case_uuid);
BwTrackChange  *bw_record_json_to_track_change    (JsonObject     *object,
                                                   char          **case_uuid,
                                                   GError        **error);
JsonObject     *bw_record_json_from_involvement   (BwInvolvement  *involvement,
                                                   const char     *case_uuid);
BwInvolvement  *bw_record_json_to_involvement     (JsonObject     *object,
                                                   char          **case_uuid,
                                                   GError        **error);
JsonObject     *bw_record_json_from_household_member (BwHouseholdMember *member,
                                                      const char        *case_uuid);
BwHouseholdMember *bw_record_json_to_household_member (JsonObject     *object,
                                                       char          **case_uuid,
                                                       GError        **error);
JsonObject     *bw_record_json_from_debt          (BwDebt         *debt,
                                                   const char     *case_uuid);
BwDebt         *bw_record_json_to_debt            (JsonObject     *object,
                                                   char          **case_uuid,
                                                   GError        **error);
JsonObject     *bw_record_json_from_attachment    (BwAttachment   *attachment,
                                                   const char     *case_uuid);
BwAttachment   *bw_record_json_to_attachment      (JsonObject     *object,
                                                   char          **case_uuid,
                                                   GError        **error);

/* Small strict readers for the members of protocol objects, shared by the
 * client and the server. Each names @member in its error. */
gboolean     bw_json_check_members   (JsonObject   *object,
                                      const char  **allowed,
                                      GError      **error);
gboolean     bw_json_get_string      (JsonObject   *object,
                                      const char   *member,
                                      gboolean      nullable,
                                      const char  **value,
                                      GError      **error);
gboolean     bw_json_get_int         (JsonObject   *object,
                                      const char   *member,
                                      gint64        min,
                                      gint64        max,
                                      gint64       *value,
                                      GError      **error);
gboolean     bw_json_get_bool        (JsonObject   *object,
                                      const char   *member,
                                      gboolean     *value,
                                      GError      **error);
gboolean     bw_json_get_object      (JsonObject   *object,
                                      const char   *member,
                                      JsonObject  **value,
                                      GError      **error);
gboolean     bw_json_get_array       (JsonObject   *object,
                                      const char   *member,
                                      JsonArray   **value,
                                      GError      **error);

G_END_DECLS
