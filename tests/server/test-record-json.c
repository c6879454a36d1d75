/* SPDX-License-Identifier: EUPL-1.2 */
/* The wire format shared by the sync client and the server: exact round
 * trips for every record type, strict refusal of everything else. */
#include "config.h"

#include <string.h>

#include "bw-date.h"
#include "bw-record-json.h"

#define CASE_UUID "0b6c3f9e-6f1a-4d2e-9a43-1f0e5c7d8a21"
#define SUB_UUID  "5d2a9c4e-8b7f-4a10-b3c6-2e9f1d0a7b54"

static JsonObject *
parse_object (const char *json)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, json, -1, &error);
  g_assert_no_error (error);
  return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
}

static char *
to_text (JsonObject *object)
{
  g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), object);

  return json_to_string (node, FALSE);
}

static BwCase *
make_case (void)
{
  BwCase *record = bw_case_new ();

  bw_case_set_uuid (record, CASE_UUID);
  bw_case_set_revision (record, 7);
  bw_case_set_deleted (record, TRUE);
  bw_case_set_created_at (record, "2026-01-02T03:04:05Z");
  bw_case_set_created_by (record, "Fatima");
  bw_case_set_updated_at (record, "2026-02-03T04:05:06Z");
  bw_case_set_updated_by (record, "Jan");
  bw_case_set_name (record, "Anna de Vries");
  bw_case_set_date_of_birth (record, "1984-03-21");
  bw_case_set_address (record, "Grasbroekerweg 1");
  bw_case_set_buurt_code (record, "BU09170001");
  bw_case_set_phone (record, "045 123 4567");
  bw_case_set_email (record, "anna@voorbeeld.nl");
  bw_case_set_household_size (record, 4);
  bw_case_set_household_note (record, "twee kinderen “ü”");
  bw_case_set_status (record, BW_CASE_STATUS_CLOSED);
  bw_case_set_track (record, BW_TRACK_BESCHUT_WERK);
  bw_case_set_opened_on (record, "2025-12-01");
  bw_case_set_has_debts (record, TRUE);
  bw_case_set_debt_amount (record, 1234567);
  bw_case_set_debt_route (record, BW_DEBT_ROUTE_KBL_STATUTORY);
  bw_case_set_language_need (record, BW_LANGUAGE_NEED_IN_COURSE);
  bw_case_set_outcome (record, BW_OUTCOME_MOVED);
  bw_case_set_outcome_note (record, "verhuisd");
  bw_case_set_closed_on (record, "2026-02-03");
  return record;
}

static void
test_case_round_trip (void)
{
  g_autoptr(BwCase) record = make_case ();
  g_autoptr(BwCase) empty = bw_case_new ();
  g_autoptr(JsonObject) json = bw_record_json_from_case (record);
  g_autofree char *text = to_text (json);
  g_autoptr(JsonObject) reparsed = parse_object (text);
  g_autoptr(GError) error = NULL;
  g_autoptr(BwCase) back = bw_record_json_to_case (reparsed, &error);
  g_autoptr(JsonObject) again = NULL;
  g_autofree char *text_again = NULL;

  g_assert_no_error (error);
  g_assert_true (bw_case_equal_content (record, back));
  g_assert_cmpstr (bw_case_get_uuid (back), ==, CASE_UUID);
  g_assert_cmpint (bw_case_get_revision (back), ==, 7);
  g_assert_true (bw_case_get_deleted (back));
  g_assert_cmpstr (bw_case_get_created_by (back), ==, "Fatima");
  g_assert_cmpstr (bw_case_get_updated_at (back), ==, "2026-02-03T04:05:06Z");
  again = bw_record_json_from_case (back);
  text_again = to_text (again);
  g_assert_cmpstr (text, ==, text_again);

  /* A case with every optional field empty travels as nulls and back. */
  bw_case_set_uuid (empty, CASE_UUID);
  bw_case_set_revision (empty, 1);
  bw_case_set_name (empty, "B");
  bw_case_set_buurt_code (empty, "BU09170002");
  {
    g_autoptr(JsonObject) j = bw_record_json_from_case (empty);
    g_autoptr(BwCase) b = bw_record_json_to_case (j, &error);

    g_assert_no_error (error);
    g_assert_true (bw_case_equal_content (empty, b));
    g_assert_null (bw_case_get_phone (b));
    g_assert_true (json_object_get_null_member (json_object_get_object_member (j, "fields"), "phone"));
  }
}

static void
test_sub_records_round_trip (void)
{
  g_autoptr(BwJournalEntry) journal = bw_journal_entry_new (5, SUB_UUID, 2, "2026-03-01",
                                                           "Fatima", "Gebeld over de brief");
  g_autoptr(BwCaseAction) action = bw_case_action_new (6, SUB_UUID, 3, "Aanvraag KBL",
                                                      "Jan", "2026-04-01", TRUE);
  int scores[BW_DOMAIN_N] = { 1, 2, 3, 4, 5, 1, 2, 3 };
  g_autoptr(BwAssessment) assessment = bw_assessment_new (7, SUB_UUID, 1, "2026-03-02",
                                                          NULL, scores);
  g_autoptr(BwTrackChange) track = bw_track_change_new (8, SUB_UUID, 4, "2026-03-03",
                                                       BW_TRACK_CARE, "Jan", NULL);
  g_autoptr(BwInvolvement) involvement = bw_involvement_new (9, SUB_UUID, 1, "Jeugdzorg",
                                                            "Piet", "gezinscoach");
  g_autoptr(GError) error = NULL;

  bw_journal_entry_set_shareable (journal, TRUE);

  {
    g_autoptr(JsonObject) j = bw_record_json_from_journal_entry (journal, CASE_UUID);
    g_autofree char *case_uuid = NULL;
    g_autoptr(BwJournalEntry) b = bw_record_json_to_journal_entry (j, &case_uuid, &error);

    g_assert_no_error (error);
    g_assert_cmpstr (case_uuid, ==, CASE_UUID);
    g_assert_cmpstr (bw_journal_entry_get_uuid (b), ==, SUB_UUID);
    g_assert_cmpint (bw_journal_entry_get_revision (b), ==, 2);
    g_assert_cmpstr (bw_journal_entry_get_date (b), ==, "2026-03-01");
    g_assert_cmpstr (bw_journal_entry_get_author (b), ==, "Fatima");
    g_assert_cmpstr (bw_journal_entry_get_text (b), ==, "Gebeld over de brief");
    g_assert_true (bw_journal_entry_get_shareable (b));
  }
  {
    g_autoptr(JsonObject) j = bw_record_json_from_case_action (action, CASE_UUID);
    g_autoptr(BwCaseAction) b = bw_record_json_to_case_action (j, NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpstr (bw_case_action_get_what (b), ==, "Aanvraag KBL");
    g_assert_cmpstr (bw_case_action_get_owner (b), ==, "Jan");
    g_assert_cmpstr (bw_case_action_get_due_date (b), ==, "2026-04-01");
    g_assert_true (bw_case_action_get_done (b));
    g_assert_cmpint (bw_case_action_get_revision (b), ==, 3);
  }
  {
    g_autoptr(JsonObject) j = bw_record_json_from_assessment (assessment, CASE_UUID);
    g_autoptr(BwAssessment) b = bw_record_json_to_assessment (j, NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpstr (bw_assessment_get_date (b), ==, "2026-03-02");
    g_assert_null (bw_assessment_get_author (b));
    for (int d = 0; d < BW_DOMAIN_N; d++)
      g_assert_cmpint (bw_assessment_get_score (b, d), ==, scores[d]);
  }
  {
    g_autoptr(JsonObject) j = bw_record_json_from_track_change (track, CASE_UUID);
    g_autoptr(BwTrackChange) b = bw_record_json_to_track_change (j, NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpint (bw_track_change_get_track (b), ==, BW_TRACK_CARE);
    g_assert_cmpstr (bw_track_change_get_author (b), ==, "Jan");
    g_assert_null (bw_track_change_get_note (b));
    g_assert_cmpint (bw_track_change_get_revision (b), ==, 4);
  }
  {
    g_autoptr(JsonObject) j = bw_record_json_from_involvement (involvement, CASE_UUID);
    g_autoptr(BwInvolvement) b = bw_record_json_to_involvement (j, NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpstr (bw_involvement_get_organisation (b), ==, "Jeugdzorg");
    g_assert_cmpstr (bw_involvement_get_contact (b), ==, "Piet");
    g_assert_cmpstr (bw_involvement_get_role (b), ==, "gezinscoach");
  }
  {
    /* A journal entry is not an action. */
    g_autoptr(JsonObject) j = bw_record_json_from_journal_entry (journal, CASE_UUID);
    g_autoptr(BwCaseAction) b = bw_record_json_to_case_action (j, NULL, &error);

    g_assert_null (b);
    g_assert_error (error, BW_RECORD_JSON_ERROR, BW_RECORD_JSON_ERROR_INVALID_VALUE);
    g_assert_nonnull (strstr (error->message, "type"));
  }
}

/* Each bad field is refused with an error that names it. */
static void
test_refusals (void)
{
  struct { const char *member; const char *json; int code; } bad[] = {
    { "nickname", "\"nickname\": \"x\"", BW_RECORD_JSON_ERROR_UNKNOWN_FIELD },
    { "name", "\"name\": 5", BW_RECORD_JSON_ERROR_WRONG_TYPE },
    { "name", "\"name\": \"  \"", BW_RECORD_JSON_ERROR_INVALID_VALUE },
    { "name", "\"name\": null", BW_RECORD_JSON_ERROR_INVALID_VALUE },
    { "household_size", "\"household_size\": \"4\"", BW_RECORD_JSON_ERROR_WRONG_TYPE },
    { "household_size", "\"household_size\": 4.5", BW_RECORD_JSON_ERROR_WRONG_TYPE },
    { "household_size", "\"household_size\": 21", BW_RECORD_JSON_ERROR_INVALID_VALUE },
    { "debt_amount", "\"debt_amount\": -1", BW_RECORD_JSON_ERROR_INVALID_VALUE },
    { "has_debts", "\"has_debts\": 1", BW_RECORD_JSON_ERROR_WRONG_TYPE },
    { "status", "\"status\": \"open\"", BW_RECORD_JSON_ERROR_INVALID_VALUE },
    { "status", "\"status\": null", BW_RECORD_JSON_ERROR_WRONG_TYPE },
    { "track", "\"track\": \"Work\"", BW_RECORD_JSON_ERROR_INVALID_VALUE },
    { "debt_route", "\"debt_route\": \"\"", BW_RECORD_JSON_ERROR_INVALID_VALUE },
    { "date_of_birth", "\"date_of_birth\": \"1984-02-30\"", BW_RECORD_JSON_ERROR_INVALID_VALUE },
    { "date_of_birth", "\"date_of_birth\": \"21-03-1984\"", BW_RECORD_JSON_ERROR_INVALID_VALUE },
    { "opened_on", "\"opened_on\": [\"2026-01-01\"]", BW_RECORD_JSON_ERROR_WRONG_TYPE },
    { "phone", "\"phone\": {}", BW_RECORD_JSON_ERROR_WRONG_TYPE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(BwCase) record = make_case ();
      g_autoptr(BwCase) before = bw_case_copy (record);
      g_autofree char *json = g_strdup_printf ("{\"address\": \"Nieuw 2\", %s}", bad[i].json);
      g_autoptr(JsonObject) fields = parse_object (json);
      g_autoptr(GError) error = NULL;

      g_assert_false (bw_record_json_apply_case_fields (record, fields, &error));
      g_assert_error (error, BW_RECORD_JSON_ERROR, bad[i].code);
      g_assert_nonnull (strstr (error->message, bad[i].member));
      /* Nothing was applied, not even the good field. */
      g_assert_true (bw_case_equal_content (record, before));
    }
}

static void
test_envelope_refusals (void)
{
  g_autoptr(BwCase) record = make_case ();
  struct { const char *member; const char *value; int code; } bad[] = {
    { "uuid", "\"0B6C3F9E-6F1A-4D2E-9A43-1F0E5C7D8A21\"", BW_RECORD_JSON_ERROR_INVALID_VALUE },
    { "uuid", "\"not-a-uuid\"", BW_RECORD_JSON_ERROR_INVALID_VALUE },
    { "case_uuid", "\"" SUB_UUID "\"", BW_RECORD_JSON_ERROR_INVALID_VALUE },
    { "revision", "\"7\"", BW_RECORD_JSON_ERROR_WRONG_TYPE },
    { "revision", "0", BW_RECORD_JSON_ERROR_INVALID_VALUE },
    { "deleted", "\"no\"", BW_RECORD_JSON_ERROR_WRONG_TYPE },
    { "type", "\"person\"", BW_RECORD_JSON_ERROR_INVALID_VALUE },
    { "fields", "[]", BW_RECORD_JSON_ERROR_WRONG_TYPE },
    { "extra", "1", BW_RECORD_JSON_ERROR_UNKNOWN_FIELD },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(JsonObject) json = bw_record_json_from_case (record);
      g_autofree char *value_json = g_strdup_printf ("{\"v\": %s}", bad[i].value);
      g_autoptr(JsonObject) value = parse_object (value_json);
      g_autoptr(GError) error = NULL;
      g_autoptr(BwCase) back = NULL;

      json_object_set_member (json, bad[i].member,
                              json_node_copy (json_object_get_member (value, "v")));
      back = bw_record_json_to_case (json, &error);
      g_assert_null (back);
      g_assert_error (error, BW_RECORD_JSON_ERROR, bad[i].code);
      g_assert_nonnull (strstr (error->message, bad[i].member));
    }

  /* A full record must have every field. */
  {
    g_autoptr(JsonObject) json = bw_record_json_from_case (record);
    g_autoptr(GError) error = NULL;
    g_autoptr(BwCase) back = NULL;

    json_object_remove_member (json_object_get_object_member (json, "fields"), "track");
    back = bw_record_json_to_case (json, &error);
    g_assert_null (back);
    g_assert_error (error, BW_RECORD_JSON_ERROR, BW_RECORD_JSON_ERROR_MISSING_FIELD);
    g_assert_nonnull (strstr (error->message, "track"));
  }
  {
    g_autoptr(JsonObject) json = bw_record_json_from_case (record);
    g_autoptr(GError) error = NULL;
    g_autoptr(BwCase) back = NULL;

    json_object_remove_member (json, "revision");
    back = bw_record_json_to_case (json, &error);
    g_assert_null (back);
    g_assert_error (error, BW_RECORD_JSON_ERROR, BW_RECORD_JSON_ERROR_MISSING_FIELD);
  }
}

static void
test_scores_and_helpers (void)
{
  g_autoptr(JsonObject) fields = parse_object ("{\"finances\": 6}");
  g_autoptr(JsonObject) zero = parse_object ("{\"justice\": -1}");
  g_autoptr(JsonObject) unscored = parse_object ("{\"justice\": 0}");
  /* A measurement as written before the ZRM (docs/zrm.md). */
  g_autoptr(JsonObject) old = parse_object ("{\"date\": \"2025-07-23\", \"author\": \"Sanne\","
                                            " \"finances\": 3, \"work_education\": 1, \"housing\": 4,"
                                            " \"health\": 2, \"family\": 4, \"social_network\": 2,"
                                            " \"daily_activities\": 4, \"language\": 4}");
  g_autoptr(JsonObject) ok = parse_object ("{\"language\": 5, \"author\": null}");
  g_autoptr(GError) error = NULL;
  BwRecordType type;

  g_assert_false (bw_record_json_check_fields (BW_RECORD_TYPE_ASSESSMENT, fields, FALSE, &error));
  g_assert_error (error, BW_RECORD_JSON_ERROR, BW_RECORD_JSON_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_assert_false (bw_record_json_check_fields (BW_RECORD_TYPE_ASSESSMENT, zero, FALSE, &error));
  g_clear_error (&error);
  /* 0 is "not scored". */
  g_assert_true (bw_record_json_check_fields (BW_RECORD_TYPE_ASSESSMENT, unscored, FALSE, &error));
  g_assert_no_error (error);
  /* An old measurement is still whole, and reads its health score in
   * both health domains; the rest keeps its key. */
  g_assert_true (bw_record_json_check_fields (BW_RECORD_TYPE_ASSESSMENT, old, TRUE, &error));
  g_assert_no_error (error);
  bw_record_json_upgrade_assessment (old);
  g_assert_cmpint (json_object_get_int_member (old, "physical_health"), ==, 2);
  g_assert_cmpint (json_object_get_int_member (old, "mental_health"), ==, 2);
  g_assert_cmpint (json_object_get_int_member (old, "family"), ==, 4);
  g_assert_true (bw_record_json_check_fields (BW_RECORD_TYPE_ASSESSMENT, old, TRUE, &error));
  g_assert_no_error (error);
  /* Once upgraded (or written by the ZRM) it is left alone. */
  json_object_set_int_member (old, "mental_health", 3);
  bw_record_json_upgrade_assessment (old);
  g_assert_cmpint (json_object_get_int_member (old, "mental_health"), ==, 3);
  g_assert_true (bw_record_json_check_fields (BW_RECORD_TYPE_ASSESSMENT, ok, FALSE, &error));
  g_assert_no_error (error);
  g_assert_false (bw_record_json_check_fields (BW_RECORD_TYPE_ASSESSMENT, ok, TRUE, &error));
  g_assert_error (error, BW_RECORD_JSON_ERROR, BW_RECORD_JSON_ERROR_MISSING_FIELD);

  for (int t = 0; t < BW_RECORD_TYPE_N; t++)
    {
      g_assert_true (bw_record_type_from_key (bw_record_type_to_key (t), &type));
      g_assert_cmpint (type, ==, t);
    }
  g_assert_false (bw_record_type_from_key ("Case", &type));
  g_assert_false (bw_record_type_from_key (NULL, &type));
  g_assert_true (bw_date_is_iso_date ("2024-02-29"));
  g_assert_false (bw_date_is_iso_date ("2023-02-29"));
  g_assert_false (bw_date_is_iso_date ("2023-2-28"));
  g_assert_false (bw_date_is_iso_date ("0000-01-01"));
  g_assert_true (bw_record_json_is_uuid (CASE_UUID));
  g_assert_false (bw_record_json_is_uuid (CASE_UUID "0"));
  g_assert_false (bw_record_json_is_uuid ("0b6c3f9e+6f1a-4d2e-9a43-1f0e5c7d8a21"));
  g_assert_true (bw_record_json_has_field (BW_RECORD_TYPE_CASE, "debt_route"));
  g_assert_false (bw_record_json_has_field (BW_RECORD_TYPE_JOURNAL, "debt_route"));
}

/* Shares and partner notes: complete, strict, and the parts a set of
 * known keys. */
static void
test_share_and_partner_note (void)
{
  static const char *share_ok =
    "{\"organisation\": \"vsv\", \"parts\": [\"person\", \"journal\"], \"consent_date\": \"2026-11-20\","
    " \"consent_given_to\": \"Fatima\", \"consent_form\": \"digital\", \"end_date\": \"2027-01-01\","
    " \"team_contact\": \"Fatima, 045 555 0101\", \"withdrawn_at\": null, \"withdrawn_reason\": null}";
  static const char *share_bad[] = {
    "{\"parts\": []}",                        /* no part */
    "{\"parts\": [\"person\", \"person\"]}",    /* twice */
    "{\"parts\": [\"salary\"]}",              /* unknown part */
    "{\"parts\": \"person\"}",                /* not an array */
    "{\"parts\": [1]}",
    "{\"organisation\": \"politie\"}",
    "{\"consent_form\": \"telepathic\"}",
    "{\"end_date\": \"2026-02-30\"}",
    "{\"consent_given_to\": \"  \"}",
    "{\"team_contact\": null}",
    "{\"withdrawn_at\": \"gisteren\"}",
    "{\"salary\": 1}",
  };
  g_autoptr(JsonObject) fields = parse_object (share_ok);
  g_autoptr(JsonObject) note = parse_object ("{\"organisation\": \"jeugdzorg\", \"text\": \"Gesproken\"}");
  g_autoptr(GError) error = NULL;
  BwRecordType type;

  g_assert_true (bw_record_type_from_key ("share", &type));
  g_assert_cmpint (type, ==, BW_RECORD_TYPE_SHARE);
  g_assert_true (bw_record_type_from_key ("partner_note", &type));
  g_assert_cmpint (type, ==, BW_RECORD_TYPE_PARTNER_NOTE);
  g_assert_true (bw_record_json_check_fields (BW_RECORD_TYPE_SHARE, fields, TRUE, &error));
  g_assert_no_error (error);
  g_assert_true (bw_record_json_check_fields (BW_RECORD_TYPE_PARTNER_NOTE, note, TRUE, &error));
  g_assert_no_error (error);
  for (gsize i = 0; i < G_N_ELEMENTS (share_bad); i++)
    {
      g_autoptr(JsonObject) bad = parse_object (share_bad[i]);

      if (bw_record_json_check_fields (BW_RECORD_TYPE_SHARE, bad, FALSE, &error))
        g_error ("accepted %s", share_bad[i]);
      g_assert_nonnull (error);
      g_clear_error (&error);
    }
  /* Every required field must be there in a full record; an optional one
   * may be absent, as from a desktop that does not know it yet. */
  json_object_remove_member (fields, "withdrawn_reason");
  g_assert_true (bw_record_json_check_fields (BW_RECORD_TYPE_SHARE, fields, TRUE, &error));
  g_assert_no_error (error);
  json_object_remove_member (fields, "team_contact");
  g_assert_false (bw_record_json_check_fields (BW_RECORD_TYPE_SHARE, fields, TRUE, &error));
  g_assert_error (error, BW_RECORD_JSON_ERROR, BW_RECORD_JSON_ERROR_MISSING_FIELD);
  g_clear_error (&error);
  json_object_set_string_member (note, "organisation", "politie");
  g_assert_false (bw_record_json_check_fields (BW_RECORD_TYPE_PARTNER_NOTE, note, TRUE, &error));
  g_clear_error (&error);
  /* A journal entry carries its shareable flag, a boolean. */
  {
    g_autoptr(JsonObject) journal = parse_object ("{\"date\": \"2026-01-01\", \"author\": null,"
                                                  " \"text\": \"x\", \"shareable\": \"yes\"}");

    g_assert_false (bw_record_json_check_fields (BW_RECORD_TYPE_JOURNAL, journal, TRUE, &error));
    g_assert_error (error, BW_RECORD_JSON_ERROR, BW_RECORD_JSON_ERROR_WRONG_TYPE);
    g_clear_error (&error);
    json_object_remove_member (journal, "shareable");
    g_assert_false (bw_record_json_check_fields (BW_RECORD_TYPE_JOURNAL, journal, TRUE, &error));
    g_assert_error (error, BW_RECORD_JSON_ERROR, BW_RECORD_JSON_ERROR_MISSING_FIELD);
  }
}

/* A measurement from before the ZRM in an envelope, as a server not yet
 * updated or a parked copy sends it: read with both health domains. */
static void
test_old_measurement_envelope (void)
{
  g_autoptr(JsonObject) object = parse_object (
    "{\"type\": \"assessment\", \"uuid\": \"5f0c1a52-0000-4000-8000-000000000001\","
    " \"case_uuid\": \"5f0c1a52-0000-4000-8000-000000000002\", \"revision\": 2, \"deleted\": false,"
    " \"fields\": {\"date\": \"2025-07-23\", \"author\": null, \"finances\": 3, \"work_education\": 1,"
    " \"housing\": 4, \"health\": 2, \"family\": 4, \"social_network\": 2, \"daily_activities\": 4,"
    " \"language\": 4}}");
  BwRecordEnvelope envelope = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(BwAssessment) measurement = NULL;

  g_assert_true (bw_record_envelope_parse (object, &envelope, &error));
  g_assert_no_error (error);
  g_assert_cmpint (json_object_get_int_member (envelope.fields, "mental_health"), ==, 2);
  g_assert_cmpint (json_object_get_int_member (envelope.fields, "physical_health"), ==, 2);
  bw_record_envelope_clear (&envelope);

  measurement = bw_record_json_to_assessment (object, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (bw_assessment_get_score (measurement, BW_DOMAIN_DOMESTIC_RELATIONS), ==, 4);
  g_assert_cmpint (bw_assessment_get_score (measurement, BW_DOMAIN_TIME_USE), ==, 4);
  g_assert_cmpint (bw_assessment_get_score (measurement, BW_DOMAIN_PHYSICAL_HEALTH), ==, 2);
  g_assert_cmpint (bw_assessment_get_score (measurement, BW_DOMAIN_JUSTICE), ==, BW_SCORE_NONE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/record-json/case/round-trip", test_case_round_trip);
  g_test_add_func ("/record-json/sub-records/round-trip", test_sub_records_round_trip);
  g_test_add_func ("/record-json/case/refusals", test_refusals);
  g_test_add_func ("/record-json/envelope/refusals", test_envelope_refusals);
  g_test_add_func ("/record-json/scores-and-helpers", test_scores_and_helpers);
  g_test_add_func ("/record-json/old-measurement", test_old_measurement_envelope);
  g_test_add_func ("/record-json/share-and-partner-note", test_share_and_partner_note);

  return g_test_run ();
}
