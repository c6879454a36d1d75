/* SPDX-License-Identifier: EUPL-1.2 */
/* The one function that decides, per field, what of a case a partner
 * receives (bw_share_filter_record). */
#include "config.h"

#include "bw-share-filter.h"

static JsonObject *
parse_object (const char *json)
{
  g_autoptr(JsonNode) node = json_from_string (json, NULL);

  g_assert_nonnull (node);
  return json_object_ref (json_node_get_object (node));
}

static const char *case_json =
  "{\"name\": \"Anna\", \"date_of_birth\": \"1984-03-21\", \"address\": \"Straat 1\","
  " \"buurt_code\": \"BU09170001\", \"phone\": \"045\", \"email\": \"a@voorbeeld.nl\","
  " \"household_size\": 3, \"household_note\": \"x\", \"status\": \"active\", \"track\": \"work\","
  " \"opened_on\": \"2025-01-01\", \"has_debts\": true, \"debt_amount\": 100, \"debt_route\": \"maatje\","
  " \"language_need\": \"none\", \"outcome\": \"none\", \"outcome_note\": null, \"closed_on\": null}";

/* Every case field belongs to exactly one part, but those a share never
 * carries: a new field that is not put in a part is never sent, and this
 * test says so. */
static void
test_every_case_field_has_a_part (void)
{
  g_autoptr(JsonObject) fields = parse_object (case_json);
  g_autoptr(GError) error = NULL;
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;

  g_assert_true (bw_record_json_check_fields (BW_RECORD_TYPE_CASE, fields, TRUE, &error));
  g_assert_no_error (error);
  json_object_iter_init (&iter, fields);
  while (json_object_iter_next (&iter, &name, &node))
    if (g_str_equal (name, "outcome_note"))
      /* Free text no part names ("Cascadetraject" is status, track and
       * outcome). */
      g_assert_cmpint (bw_share_filter_case_field_part (name), ==, -1);
    else
      g_assert_cmpint (bw_share_filter_case_field_part (name), >=, 0);
  g_assert_cmpint (bw_share_filter_case_field_part ("no_such_field"), ==, -1);
}

static void
test_case_fields_per_part (void)
{
  g_autoptr(JsonObject) fields = parse_object (case_json);

  for (int part = 0; part < BW_SHARE_PART_N; part++)
    {
      gboolean parts[BW_SHARE_PART_N] = { FALSE };
      g_autoptr(JsonObject) filtered = NULL;
      JsonObjectIter iter;
      const char *name;
      JsonNode *node;

      parts[part] = TRUE;
      filtered = bw_share_filter_record (BW_RECORD_TYPE_CASE, fields, parts);
      g_assert_nonnull (filtered);
      /* Exactly the fields of that part. */
      json_object_iter_init (&iter, fields);
      while (json_object_iter_next (&iter, &name, &node))
        g_assert_cmpint (json_object_has_member (filtered, name), ==,
                         bw_share_filter_case_field_part (name) == part);
    }
  {
    gboolean parts[BW_SHARE_PART_N] = { [BW_SHARE_PART_PERSON] = TRUE, [BW_SHARE_PART_TRACK] = TRUE };
    g_autoptr(JsonObject) filtered = bw_share_filter_record (BW_RECORD_TYPE_CASE, fields, parts);

    g_assert_cmpstr (json_object_get_string_member (filtered, "name"), ==, "Anna");
    g_assert_cmpstr (json_object_get_string_member (filtered, "track"), ==, "work");
    g_assert_true (json_object_has_member (filtered, "outcome"));
    g_assert_false (json_object_has_member (filtered, "outcome_note"));
    g_assert_false (json_object_has_member (filtered, "debt_amount"));
    g_assert_false (json_object_has_member (filtered, "has_debts"));
    g_assert_false (json_object_has_member (filtered, "language_need"));
  }
}

static void
test_records (void)
{
  gboolean none[BW_SHARE_PART_N] = { FALSE };
  gboolean all[BW_SHARE_PART_N];
  g_autoptr(JsonObject) shareable = parse_object ("{\"date\": \"2026-01-01\", \"author\": null,"
                                                  " \"text\": \"x\", \"shareable\": true}");
  g_autoptr(JsonObject) private = parse_object ("{\"date\": \"2026-01-01\", \"author\": null,"
                                                " \"text\": \"x\", \"shareable\": false}");
  g_autoptr(JsonObject) other = parse_object ("{\"organisation\": \"x\", \"contact\": null, \"role\": null}");
  g_autoptr(JsonObject) a = NULL, b = NULL, c = NULL, d = NULL;

  for (int i = 0; i < BW_SHARE_PART_N; i++)
    all[i] = TRUE;
  a = bw_share_filter_record (BW_RECORD_TYPE_JOURNAL, shareable, all);
  g_assert_nonnull (a);
  g_assert_null (bw_share_filter_record (BW_RECORD_TYPE_JOURNAL, private, all));
  g_assert_null (bw_share_filter_record (BW_RECORD_TYPE_JOURNAL, shareable, none));
  /* Involvements, shares and partner notes are never case content. */
  g_assert_null (bw_share_filter_record (BW_RECORD_TYPE_INVOLVEMENT, other, all));
  g_assert_null (bw_share_filter_record (BW_RECORD_TYPE_SHARE, other, all));
  g_assert_null (bw_share_filter_record (BW_RECORD_TYPE_PARTNER_NOTE, other, all));
  {
    gboolean track[BW_SHARE_PART_N] = { [BW_SHARE_PART_TRACK] = TRUE };
    gboolean scores[BW_SHARE_PART_N] = { [BW_SHARE_PART_ASSESSMENTS] = TRUE };
    gboolean actions[BW_SHARE_PART_N] = { [BW_SHARE_PART_ACTIONS] = TRUE };

    b = bw_share_filter_record (BW_RECORD_TYPE_TRACK_CHANGE, other, track);
    c = bw_share_filter_record (BW_RECORD_TYPE_ASSESSMENT, other, scores);
    d = bw_share_filter_record (BW_RECORD_TYPE_ACTION, other, actions);
    g_assert_nonnull (b);
    g_assert_nonnull (c);
    g_assert_nonnull (d);
    g_assert_null (bw_share_filter_record (BW_RECORD_TYPE_ASSESSMENT, other, track));
    g_assert_null (bw_share_filter_record (BW_RECORD_TYPE_ACTION, other, track));
    g_assert_null (bw_share_filter_record (BW_RECORD_TYPE_TRACK_CHANGE, other, actions));
  }
}

/* A corrected note reaches a partner as corrected, without the text as
 * first written. */
static void
test_corrected_note (void)
{
  gboolean all[BW_SHARE_PART_N];
  g_autoptr(JsonObject) corrected = parse_object ("{\"date\": \"2026-01-01\", \"author\": null,"
                                                  " \"text\": \"goed\", \"shareable\": true,"
                                                  " \"corrected_on\": \"2026-01-02\","
                                                  " \"original_text\": \"fout\"}");
  g_autoptr(JsonObject) filtered = NULL;

  for (int i = 0; i < BW_SHARE_PART_N; i++)
    all[i] = TRUE;
  filtered = bw_share_filter_record (BW_RECORD_TYPE_JOURNAL, corrected, all);
  g_assert_nonnull (filtered);
  g_assert_cmpstr (json_object_get_string_member (filtered, "text"), ==, "goed");
  g_assert_true (json_object_has_member (filtered, "corrected_on"));
  g_assert_false (json_object_has_member (filtered, "original_text"));
}

/* An attachment reaches a partner only where one of its organisation's
 * active shares covers it: the share it is on, or a part it names. */
static void
test_attachment_covered (void)
{
  g_autoptr(JsonObject) form = parse_object ("{\"file_name\": \"t.pdf\", \"share_uuid\": \"aaaa\", \"part\": \"none\"}");
  g_autoptr(JsonObject) debts = parse_object ("{\"file_name\": \"b.pdf\", \"share_uuid\": null, \"part\": \"debts\"}");
  g_autoptr(JsonObject) none = parse_object ("{\"file_name\": \"x.pdf\", \"share_uuid\": null, \"part\": \"none\"}");
  const char *shares[] = { "bbbb", "aaaa", NULL };
  const char *other[] = { "bbbb", NULL };
  gboolean parts[BW_SHARE_PART_N] = { FALSE };
  gboolean all[BW_SHARE_PART_N];

  for (int i = 0; i < BW_SHARE_PART_N; i++)
    all[i] = TRUE;
  g_assert_true (bw_share_filter_attachment_covered (form, parts, shares));
  g_assert_false (bw_share_filter_attachment_covered (form, all, other));
  g_assert_false (bw_share_filter_attachment_covered (form, all, NULL));
  g_assert_false (bw_share_filter_attachment_covered (debts, parts, shares));
  parts[BW_SHARE_PART_DEBTS] = TRUE;
  g_assert_true (bw_share_filter_attachment_covered (debts, parts, NULL));
  /* On no share and in no part: never, whatever is shared. */
  g_assert_false (bw_share_filter_attachment_covered (none, all, shares));
  /* Not a case's record type either: bw_share_filter_record() sends none. */
  g_assert_null (bw_share_filter_record (BW_RECORD_TYPE_ATTACHMENT, form, all));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/share-filter/every-case-field-has-a-part", test_every_case_field_has_a_part);
  g_test_add_func ("/share-filter/case-fields-per-part", test_case_fields_per_part);
  g_test_add_func ("/share-filter/records", test_records);
  g_test_add_func ("/share-filter/corrected-note", test_corrected_note);
  g_test_add_func ("/share-filter/attachment-covered", test_attachment_covered);
  return g_test_run ();
}
