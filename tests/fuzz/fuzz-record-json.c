/* SPDX-License-Identifier: EUPL-1.2 */
/* Fuzzes the wire format (src/core/bw-record-json.c), which both the
 * client and the server run on whatever arrives over the network: the
 * envelope, the field checks of every record type, and the readers of each
 * record. What parses must write out again and parse back the same. */

#include "fuzz-common.h"
#include "bw-date.h"
#include "bw-record-json.h"

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  bw_fuzz_setup_glib ();
  return 0;
}

static void
fuzz_object (JsonObject *object)
{
  BwRecordEnvelope env = { 0 };
  g_autoptr(GError) error = NULL;
  JsonNode *fields;

  if (bw_record_envelope_parse (object, &env, &error))
    {
      g_autoptr(JsonObject) written = bw_record_envelope_to_json (&env);
      BwRecordEnvelope again = { 0 };
      g_autoptr(GError) again_error = NULL;

      g_assert_no_error (error);
      /* The server stores what it parsed and sends it on: it must read
       * back as the same record. */
      g_assert_true (bw_record_envelope_parse (written, &again, &again_error));
      g_assert_no_error (again_error);
      g_assert_cmpint (again.type, ==, env.type);
      g_assert_cmpstr (again.uuid, ==, env.uuid);
      g_assert_cmpint (again.revision, ==, env.revision);
      bw_record_envelope_clear (&again);
    }
  else
    g_assert_nonnull (error);
  bw_record_envelope_clear (&env);
  g_clear_error (&error);

  /* The fields of a push (any subset) and of a full record. */
  fields = json_object_get_member (object, "fields");
  for (BwRecordType type = 0; type < BW_RECORD_TYPE_N; type++)
    {
      if (!bw_record_json_check_fields (type, object, FALSE, &error))
        g_assert_nonnull (error);
      g_clear_error (&error);
      if (fields != NULL && JSON_NODE_HOLDS_OBJECT (fields))
        {
          JsonObject *f = json_node_get_object (fields);

          if (!bw_record_json_check_fields (type, f, TRUE, &error))
            g_assert_nonnull (error);
          g_clear_error (&error);
          if (!bw_record_json_check_fields (type, f, FALSE, &error))
            g_assert_nonnull (error);
          g_clear_error (&error);
        }
    }

  /* Each record's reader, and its writer on what was read. */
  {
    g_autoptr(BwCase) record = bw_record_json_to_case (object, &error);

    if (record != NULL)
      {
        g_autoptr(BwCase) copy = NULL;
        g_autoptr(JsonObject) written = bw_record_json_from_case (record);
        g_autoptr(GError) copy_error = NULL;

        copy = bw_record_json_to_case (written, &copy_error);
        g_assert_no_error (copy_error);
        g_assert_nonnull (copy);
      }
    else
      g_assert_nonnull (error);
    g_clear_error (&error);
  }

#define TRY_READER(Type, reader, writer)                                   \
  G_STMT_START {                                                          \
    g_autofree char *case_uuid = NULL;                                    \
    g_autoptr(Type) r = reader (object, &case_uuid, &error);              \
    if (r != NULL)                                                        \
      {                                                                   \
        g_autoptr(JsonObject) written = writer (r, case_uuid);            \
        g_autofree char *case_uuid2 = NULL;                               \
        g_autoptr(Type) r2 = NULL;                                        \
        g_autoptr(GError) e2 = NULL;                                      \
        g_assert_no_error (error);                                        \
        r2 = reader (written, &case_uuid2, &e2);                          \
        g_assert_no_error (e2);                                           \
        g_assert_cmpstr (case_uuid2, ==, case_uuid);                      \
      }                                                                   \
    else                                                                  \
      g_assert_nonnull (error);                                           \
    g_clear_error (&error);                                               \
  } G_STMT_END

  TRY_READER (BwJournalEntry, bw_record_json_to_journal_entry, bw_record_json_from_journal_entry);
  TRY_READER (BwCaseAction, bw_record_json_to_case_action, bw_record_json_from_case_action);
  TRY_READER (BwAssessment, bw_record_json_to_assessment, bw_record_json_from_assessment);
  TRY_READER (BwTrackChange, bw_record_json_to_track_change, bw_record_json_from_track_change);
  TRY_READER (BwInvolvement, bw_record_json_to_involvement, bw_record_json_from_involvement);
  TRY_READER (BwHouseholdMember, bw_record_json_to_household_member, bw_record_json_from_household_member);
  TRY_READER (BwDebt, bw_record_json_to_debt, bw_record_json_from_debt);
#undef TRY_READER
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonNode *root;

  /* Both sides check UTF-8 before they hand text to json-glib. */
  if (!g_utf8_validate ((const char *) data, size, NULL) ||
      !json_parser_load_from_data (parser, (const char *) data, size, NULL))
    return 0;
  root = json_parser_get_root (parser);
  if (root == NULL)
    return 0;

  if (JSON_NODE_HOLDS_OBJECT (root))
    fuzz_object (json_node_get_object (root));
  else if (JSON_NODE_HOLDS_ARRAY (root))
    {
      /* A page of the feed: each element on its own. */
      JsonArray *array = json_node_get_array (root);

      for (guint i = 0; i < json_array_get_length (array) && i < 16; i++)
        {
          JsonNode *node = json_array_get_element (array, i);

          if (JSON_NODE_HOLDS_OBJECT (node))
            fuzz_object (json_node_get_object (node));
        }
    }
  else if (JSON_NODE_HOLDS_VALUE (root) &&
           json_node_get_value_type (root) == G_TYPE_STRING)
    {
      const char *text = json_node_get_string (root);
      BwRecordType type;

      bw_record_json_is_uuid (text);
      bw_date_is_iso_date (text);
      if (bw_record_type_from_key (text, &type))
        g_assert_cmpstr (bw_record_type_to_key (type), ==, text);
    }

  return 0;
}
