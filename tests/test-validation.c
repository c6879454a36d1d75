/* Parsing what people type: dates and amounts. */
#include "config.h"

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
      g_assert_null (iso);
      g_assert_error (error, BW_VALIDATION_ERROR, BW_VALIDATION_ERROR_DATE);
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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/validation/dates", test_dates);
  g_test_add_func ("/validation/date-display", test_date_display);
  g_test_add_func ("/validation/amounts", test_amounts);
  g_test_add_func ("/validation/format-amount", test_format_amount);
  g_test_add_func ("/validation/urls", test_urls);

  return g_test_run ();
}
