/* SPDX-License-Identifier: EUPL-1.2 */
/* Parsing what people type: dates and amounts. */
#include "config.h"

#include "bw-date.h"
#include "bw-json-wire.h"
#include "bw-record-json.h"
#include "bw-validation.h"

static void
test_dates (void)
{
  struct { const char *in; const char *out; } good[] = {
    { "21-3-1984", "1984-03-21" },
    { "21-03-1984", "1984-03-21" },
    { "21/3/1984", "1984-03-21" },
    { "21.3.1984", "1984-03-21" },
    { " 1984-03-21 ", "1984-03-21" },
    { "29-2-2024", "2024-02-29" },
  };
  const char *bad[] = { "", "   ", "31-2-1984", "29-2-2023", "21-13-1984", "0-1-1984",
                        "21-3-84", "morgen", "21-3", "21--3-1984", "1984-3-21-1",
                        "２１-３-１９８４", "99999-1-1", NULL };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *iso = bw_date_parse (good[i].in, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (iso, ==, good[i].out);
    }
  for (guint i = 0; bad[i]; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *iso = bw_date_parse (bad[i], &error);
      g_autoptr(GError) field_error = NULL;
      g_autofree char *field_iso = bw_validate_date (bad[i], BW_VALIDATION_ERROR_DATE_OF_BIRTH, &field_error);

      g_assert_null (iso);
      g_assert_error (error, BW_DATE_ERROR, BW_DATE_ERROR_INVALID);
      /* For a form: the field's code, the parser's words. */
      g_assert_null (field_iso);
      g_assert_error (field_error, BW_VALIDATION_ERROR, BW_VALIDATION_ERROR_DATE_OF_BIRTH);
      g_assert_cmpstr (field_error->message, ==, error->message);
    }
}

static void
test_date_display (void)
{
  g_autofree char *entry = bw_date_to_entry_text ("1984-03-21");
  g_autofree char *empty = bw_date_to_entry_text (NULL);
  g_autofree char *garbage = bw_date_to_entry_text ("1984-02-31");

  g_assert_cmpstr (entry, ==, "21-03-1984");
  g_assert_cmpstr (empty, ==, "");
  g_assert_cmpstr (garbage, ==, "");
}

static void
test_amounts (void)
{
  struct { const char *in; gint64 cents; } good[] = {
    { "1250", 125000 },
    { "1.250", 125000 },
    { "1.250,50", 125050 },
    { "1250,5", 125050 },
    { "1250.50", 125050 },
    { "€ 300", 30000 },
    { "€300,-", 30000 },
    { "", 0 },
    { "12.345.678", -1 },
  };
  const char *bad[] = { "veel", "12a", "1,2,3,4x", "-50", NULL };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 cents = 0;
      gboolean ok = bw_parse_amount (good[i].in, &cents, &error);

      if (good[i].cents < 0)
        {
          g_assert_false (ok);
          g_assert_error (error, BW_VALIDATION_ERROR, BW_VALIDATION_ERROR_DEBT_AMOUNT);
          continue;
        }
      g_assert_no_error (error);
      g_assert_true (ok);
      g_assert_cmpint (cents, ==, good[i].cents);
    }
  for (guint i = 0; bad[i]; i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 cents = 0;
      g_assert_false (bw_parse_amount (bad[i], &cents, &error));
      g_assert_error (error, BW_VALIDATION_ERROR, BW_VALIDATION_ERROR_DEBT_AMOUNT);
    }
}

static void
test_format_amount (void)
{
  g_autofree char *a = bw_format_amount (125050);
  g_autofree char *b = bw_format_amount (5);
  g_autofree char *c = bw_format_amount (123456789);

  g_assert_cmpstr (a, ==, "€ 1.250,50");
  g_assert_cmpstr (b, ==, "€ 0,05");
  g_assert_cmpstr (c, ==, "€ 1.234.567,89");
  {
    /* In a field whose label says "(€)": the number alone. */
    g_autofree char *d = bw_format_amount_number (120626);

    g_assert_cmpstr (d, ==, "1.206,26");
  }
}

static void
test_urls (void)
{
  const char *good_server[] = { "", "https://buurtwerk.heerlen.nl", "https://10.1.2.3:8443/",
                                "http://127.0.0.1:8080", "http://localhost:9000", NULL };
  const char *bad_server[] = { "buurtwerk.heerlen.nl", "ftp://x.nl", "http://buurtwerk.heerlen.nl",
                               "https://", "javascript:alert(1)", NULL };
  const char *good_tiles[] = { "", "https://tiles.example.org/{z}/{x}/{y}.png",
                               "http://127.0.0.1:8123/{z}/{x}/{y}.png", NULL };
  const char *bad_tiles[] = { "https://tiles.example.org/{z}/{x}.png", "file:///tmp/{z}/{x}/{y}.png",
                              "{z}{x}{y}", NULL };

  for (guint i = 0; good_server[i]; i++)
    {
      g_autoptr(GError) error = NULL;
      g_assert_true (bw_validate_server_url (good_server[i], &error));
      g_assert_no_error (error);
    }
  for (guint i = 0; bad_server[i]; i++)
    {
      g_autoptr(GError) error = NULL;
      g_assert_false (bw_validate_server_url (bad_server[i], &error));
      g_assert_error (error, BW_VALIDATION_ERROR, BW_VALIDATION_ERROR_URL);
    }
  for (guint i = 0; good_tiles[i]; i++)
    {
      g_autoptr(GError) error = NULL;
      g_assert_true (bw_validate_tile_url (good_tiles[i], &error));
      g_assert_no_error (error);
    }
  for (guint i = 0; bad_tiles[i]; i++)
    {
      g_autoptr(GError) error = NULL;
      g_assert_false (bw_validate_tile_url (bad_tiles[i], &error));
      g_assert_error (error, BW_VALIDATION_ERROR, BW_VALIDATION_ERROR_URL);
    }
}

/* What the desktop saves is what the server accepts (issue 12). */
static void
test_text_normalise (void)
{
  g_autofree char *crlf = bw_text_normalise ("een\r\ntwee\rdrie\nvier");
  g_autofree char *controls = bw_text_normalise ("tab\there\x01\x08\x0c\x1b end");
  g_autofree char *plain = bw_text_normalise ("Huisbezoek — €12,50");
  g_autofree char *bad = bw_text_normalise ("a\xff b");
  g_autoptr(GError) error = NULL;
  GString *long_note = g_string_new (NULL);
  guint max = bw_record_json_field_max_chars (BW_RECORD_TYPE_JOURNAL, "text");

  g_assert_null (bw_text_normalise (NULL));
  g_assert_cmpstr (crlf, ==, "een\ntwee\ndrie\nvier");
  g_assert_cmpstr (controls, ==, "tab\there end");
  g_assert_cmpstr (plain, ==, "Huisbezoek — €12,50");
  g_assert_true (g_utf8_validate (bad, -1, NULL));
  g_assert_true (bw_json_wire_text_is_clean (crlf, -1));
  g_assert_true (bw_json_wire_text_is_clean (controls, -1));

  /* The limit is the field table's, in characters, not bytes. */
  while (g_utf8_strlen (long_note->str, -1) < max)
    g_string_append (long_note, "é");
  g_assert_true (bw_validate_text_length ("journal", "text", long_note->str, BW_VALIDATION_ERROR_TEXT, &error));
  g_assert_no_error (error);
  g_string_append (long_note, "x");
  g_assert_false (bw_validate_text_length ("journal", "text", long_note->str, BW_VALIDATION_ERROR_TEXT, &error));
  g_assert_error (error, BW_VALIDATION_ERROR, BW_VALIDATION_ERROR_TEXT);
  g_assert_true (bw_validate_text_length ("journal", "text", NULL, BW_VALIDATION_ERROR_TEXT, NULL));
  g_string_free (long_note, TRUE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/validation/dates", test_dates);
  g_test_add_func ("/validation/text-normalise", test_text_normalise);
  g_test_add_func ("/validation/date-display", test_date_display);
  g_test_add_func ("/validation/amounts", test_amounts);
  g_test_add_func ("/validation/format-amount", test_format_amount);
  g_test_add_func ("/validation/urls", test_urls);

  return g_test_run ();
}
