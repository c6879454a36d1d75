/* SPDX-License-Identifier: EUPL-1.2 */
/* The wire JSON checker (src/core/bw-json-wire.c): RFC 8259 only, bounded
 * depth, clean text; the same answer in constant stack space whatever
 * the input's size. */
#include "bw-audit-entry.h"
#include "config.h"

#include <string.h>

#include "bw-enums.h"
#include "bw-json-wire.h"
#include "bw-record-json.h"

typedef struct {
  const char *text;
  gssize length;        /* -1: strlen */
  int code;             /* -1: accepted */
} Case;

static void
check_cases (const Case      *cases,
             gsize            n,
             BwJsonWireFlags  flags)
{
  for (gsize i = 0; i < n; i++)
    {
      g_autoptr(GError) error = NULL;
      gsize length = cases[i].length < 0 ? strlen (cases[i].text) : (gsize) cases[i].length;
      gboolean ok = bw_json_wire_check (cases[i].text, length, flags, &error);

      if (cases[i].code < 0)
        {
          if (!ok)
            g_error ("refused %s: %s", cases[i].text, error->message);
        }
      else
        {
          if (ok)
            g_error ("accepted %s", cases[i].text);
          g_assert_error (error, BW_JSON_WIRE_ERROR, cases[i].code);
        }
    }
}

static void
test_strict (void)
{
  static const Case cases[] = {
    { "{}", -1, -1 },
    { " [ 1 , -0.5e+3 , 2E-2, true, false, null, \"x\" ] ", -1, -1 },
    { "{\"a\": {\"b\": []}, \"c\": \"\\\"\\\\\\/\\n\\t\\u00e9\\ud83d\\ude00\"}", -1, -1 },
    { "\"caf\xc3\xa9\"", -1, -1 },
    { "", 0, BW_JSON_WIRE_ERROR_SYNTAX },
    { "   ", -1, BW_JSON_WIRE_ERROR_SYNTAX },
    { "{\"a\":1,}", -1, BW_JSON_WIRE_ERROR_SYNTAX },
    { "[1,]", -1, BW_JSON_WIRE_ERROR_SYNTAX },
    { "[1 2]", -1, BW_JSON_WIRE_ERROR_SYNTAX },
    { "{'a': 1}", -1, BW_JSON_WIRE_ERROR_SYNTAX },
    { "{a: 1}", -1, BW_JSON_WIRE_ERROR_SYNTAX },
    { "{\"a\" 1}", -1, BW_JSON_WIRE_ERROR_SYNTAX },
    { "// c\n{}", -1, BW_JSON_WIRE_ERROR_SYNTAX },
    { "{} /* c */", -1, BW_JSON_WIRE_ERROR_SYNTAX },
    { "\xef\xbb\xbf{}", -1, BW_JSON_WIRE_ERROR_SYNTAX },
    { "{}{}", -1, BW_JSON_WIRE_ERROR_SYNTAX },
    { "01", -1, BW_JSON_WIRE_ERROR_SYNTAX },
    { "1.", -1, BW_JSON_WIRE_ERROR_SYNTAX },
    { ".5", -1, BW_JSON_WIRE_ERROR_SYNTAX },
    { "+1", -1, BW_JSON_WIRE_ERROR_SYNTAX },
    { "-", -1, BW_JSON_WIRE_ERROR_SYNTAX },
    { "1e", -1, BW_JSON_WIRE_ERROR_SYNTAX },
    { "NaN", -1, BW_JSON_WIRE_ERROR_SYNTAX },
    { "tru", -1, BW_JSON_WIRE_ERROR_SYNTAX },
    { "nulll", -1, BW_JSON_WIRE_ERROR_SYNTAX },
    { "\"abc", -1, BW_JSON_WIRE_ERROR_SYNTAX },
    { "\"\\x41\"", -1, BW_JSON_WIRE_ERROR_SYNTAX },
    { "\"\\u12\"", -1, BW_JSON_WIRE_ERROR_SYNTAX },
    { "\"\\u12g4\"", -1, BW_JSON_WIRE_ERROR_SYNTAX },
    { "]", -1, BW_JSON_WIRE_ERROR_SYNTAX },
    { "{\"a\":1}}", -1, BW_JSON_WIRE_ERROR_SYNTAX },
    { "\"\\ud800x\"", -1, BW_JSON_WIRE_ERROR_ENCODING },
    { "\"\\ud800\\u0041\"", -1, BW_JSON_WIRE_ERROR_ENCODING },
    { "\"\\udc00\"", -1, BW_JSON_WIRE_ERROR_ENCODING },
    { "\"J\xe9r\xf4me\"", -1, BW_JSON_WIRE_ERROR_ENCODING },
    { "\"\xed\xa0\x80\"", -1, BW_JSON_WIRE_ERROR_ENCODING },
    { "\"a\\u0000b\"", -1, BW_JSON_WIRE_ERROR_CONTROL },
    { "\"a\\u001fb\"", -1, BW_JSON_WIRE_ERROR_CONTROL },
    { "\"a\\rb\"", -1, BW_JSON_WIRE_ERROR_CONTROL },
    { "\"a\\bb\"", -1, BW_JSON_WIRE_ERROR_CONTROL },
    { "\"a\\fb\"", -1, BW_JSON_WIRE_ERROR_CONTROL },
    { "\"a\tb\"", -1, BW_JSON_WIRE_ERROR_CONTROL },
    { "\"a\0b\"", 5, BW_JSON_WIRE_ERROR_CONTROL },
    { "{}\0", 3, BW_JSON_WIRE_ERROR_CONTROL },
  };

  check_cases (cases, G_N_ELEMENTS (cases), BW_JSON_WIRE_STRICT);
}

/* The server's answers: escapes pass (the records are checked one by
 * one), structure and raw bytes do not. */
static void
test_any_escape (void)
{
  static const Case cases[] = {
    { "{\"a\": \"\\ud800x\\u0000\\r\\b\\f\"}", -1, -1 },
    { "\"a\\x\"", -1, BW_JSON_WIRE_ERROR_SYNTAX },
    { "\"J\xe9r\xf4me\"", -1, BW_JSON_WIRE_ERROR_ENCODING },
    { "\"a\tb\"", -1, BW_JSON_WIRE_ERROR_CONTROL },
    { "{'a': 1}", -1, BW_JSON_WIRE_ERROR_SYNTAX },
  };

  check_cases (cases, G_N_ELEMENTS (cases), BW_JSON_WIRE_ANY_ESCAPE);
}

static char *
nest (gsize depth,
      const char *open,
      const char *inner,
      const char *close)
{
  GString *text = g_string_new (NULL);

  for (gsize i = 0; i < depth; i++)
    g_string_append (text, open);
  g_string_append (text, inner);
  for (gsize i = 0; i < depth; i++)
    g_string_append (text, close);
  return g_string_free (text, FALSE);
}

static void
test_depth (void)
{
  g_autofree char *arrays = nest (BW_JSON_WIRE_MAX_DEPTH, "[", "1", "]");
  g_autofree char *too_deep = nest (BW_JSON_WIRE_MAX_DEPTH + 1, "[", "1", "]");
  g_autofree char *objects = nest (BW_JSON_WIRE_MAX_DEPTH, "{\"a\":", "1", "}");
  g_autofree char *objects_deep = nest (BW_JSON_WIRE_MAX_DEPTH + 1, "{\"a\":", "1", "}");
  gsize huge_size = 16 * 1024 * 1024;
  g_autofree char *huge = g_malloc (huge_size);
  g_autoptr(GError) error = NULL;

  g_assert_true (bw_json_wire_check (arrays, strlen (arrays), BW_JSON_WIRE_STRICT, NULL));
  g_assert_true (bw_json_wire_check (objects, strlen (objects), BW_JSON_WIRE_STRICT, NULL));
  g_assert_false (bw_json_wire_check (too_deep, strlen (too_deep), BW_JSON_WIRE_STRICT, &error));
  g_assert_error (error, BW_JSON_WIRE_ERROR, BW_JSON_WIRE_ERROR_DEPTH);
  g_clear_error (&error);
  g_assert_false (bw_json_wire_check (objects_deep, strlen (objects_deep), BW_JSON_WIRE_STRICT, &error));
  g_assert_error (error, BW_JSON_WIRE_ERROR, BW_JSON_WIRE_ERROR_DEPTH);
  g_clear_error (&error);

  /* 16 MiB of '[': refused at the limit, without recursion. */
  memset (huge, '[', huge_size);
  g_assert_false (bw_json_wire_check (huge, huge_size, BW_JSON_WIRE_STRICT, &error));
  g_assert_error (error, BW_JSON_WIRE_ERROR, BW_JSON_WIRE_ERROR_DEPTH);
}

static void
test_parse (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new_static ("{\"a\": [1, \"x\"]}", 15);
  g_autoptr(JsonNode) from_bytes = bw_json_wire_parse_bytes (bytes, BW_JSON_WIRE_STRICT, &error);

  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (from_bytes));
  g_assert_cmpint (json_array_get_length (json_object_get_array_member (json_node_get_object (from_bytes), "a")), ==, 2);

  node = bw_json_wire_parse_object ("[1]", 3, BW_JSON_WIRE_STRICT, &error);
  g_assert_null (node);
  g_assert_error (error, BW_JSON_WIRE_ERROR, BW_JSON_WIRE_ERROR_NOT_OBJECT);
}

static void
test_clean_text (void)
{
  g_assert_true (bw_json_wire_text_is_clean ("regel\n\tnaam é", -1));
  g_assert_true (bw_json_wire_text_is_clean (NULL, -1));
  g_assert_false (bw_json_wire_text_is_clean ("a\rb", -1));
  g_assert_false (bw_json_wire_text_is_clean ("a\x01", -1));
  g_assert_false (bw_json_wire_text_is_clean ("J\xe9r", -1));
  g_assert_false (bw_json_wire_text_is_clean ("a\0b", 3));
}

/* The outcomes added for closing travel by their stable keys, checked
 * through the case's field table as the server checks them; a label is
 * no key. */
static void
test_outcome_keys (void)
{
  const char * const keys[] = { "volunteering", "no_contact", "transferred", "moved_out_of_heerlen" };

  for (gsize i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      g_autoptr(JsonObject) fields = json_object_new ();
      g_autoptr(GError) error = NULL;

      json_object_set_string_member (fields, "outcome", keys[i]);
      g_assert_true (bw_record_json_check_fields (BW_RECORD_TYPE_CASE, fields, FALSE, &error));
      g_assert_no_error (error);
      g_assert_cmpint (bw_outcome_from_key (keys[i]), !=, BW_OUTCOME_NONE);
      g_assert_cmpstr (bw_outcome_to_key (bw_outcome_from_key (keys[i])), ==, keys[i]);
    }
  {
    g_autoptr(JsonObject) fields = json_object_new ();
    g_autoptr(GError) error = NULL;

    json_object_set_string_member (fields, "outcome", "vrijwilligerswerk");
    g_assert_false (bw_record_json_check_fields (BW_RECORD_TYPE_CASE, fields, FALSE, &error));
    g_assert_nonnull (error);
  }
}

/* The access history's times are Heerlen's, whatever zone the machine
 * is set to (the test runs with TZ=Asia/Tokyo). */
static void
test_audit_entry_time (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = json_from_string ("{\"entries\":[{\"id\":1,\"at\":\"2026-07-01T10:00:00Z\","
                                               "\"user_id\":2,\"user_name\":\"Anna\",\"role\":\"partner\","
                                               "\"action\":\"open\",\"record_type\":\"case\",\"record_uuid\":null,"
                                               "\"client\":null,\"peer\":null,\"detail\":null}]}", &error);
  g_autoptr(GListModel) entries = NULL;
  g_autoptr(BwAuditEntry) entry = NULL;
  g_autofree char *at = NULL;

  g_assert_no_error (error);
  entries = bw_audit_entries_from_json (json_node_get_object (node), &error);
  g_assert_no_error (error);
  entry = g_list_model_get_item (entries, 0);
  at = bw_audit_entry_format_at (entry);
  g_assert_cmpstr (at, ==, "01-07-2026 12:00:00");
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "Asia/Tokyo", TRUE);
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/json-wire/strict", test_strict);
  g_test_add_func ("/json-wire/any-escape", test_any_escape);
  g_test_add_func ("/json-wire/depth", test_depth);
  g_test_add_func ("/json-wire/parse", test_parse);
  g_test_add_func ("/json-wire/clean-text", test_clean_text);
  g_test_add_func ("/json-wire/outcome-keys", test_outcome_keys);
  g_test_add_func ("/json-wire/audit-entry-time", test_audit_entry_time);
  return g_test_run ();
}
