/* SPDX-License-Identifier: EUPL-1.2 */
/* The one date module (src/core/util/bw-date.c): the Amsterdam zone and
 * its summer time, ISO validation, what people type, the display forms,
 * month arithmetic and the UTC timestamps. */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "bw-date.h"

static GDateTime *
utc (int y, int mo, int d, int h, int mi, int s)
{
  return g_date_time_new_utc (y, mo, d, h, mi, s);
}

static void
check_date_of (GDateTime  *when,
               const char *expected)
{
  g_autofree char *date = bw_date_of (when);

  g_assert_cmpstr (date, ==, expected);
}

static void
test_zone (void)
{
  GTimeZone *tz = bw_date_zone ();
  g_autoptr(GDateTime) now = bw_date_now_local ();
  g_autofree char *today = bw_date_today ();
  g_autofree char *today_of_now = bw_date_of (now);

  /* Loaded once: the same object every time. */
  g_assert_true (tz == bw_date_zone ());
  g_assert_cmpstr (g_time_zone_get_identifier (tz), ==, "Europe/Amsterdam");
  g_assert_true (bw_date_is_iso_date (today));
  /* Unless the test ran across midnight. */
  if (g_strcmp0 (today, today_of_now) != 0)
    g_test_message ("midnight passed between the two calls");
}

/* The day changes at local midnight, whatever the offset that night. */
static void
test_dst_edges (void)
{
  g_autoptr(GDateTime) winter_before = utc (2026, 1, 15, 22, 59, 59);
  g_autoptr(GDateTime) winter_after = utc (2026, 1, 15, 23, 0, 0);
  g_autoptr(GDateTime) summer_before = utc (2026, 7, 15, 21, 59, 59);
  g_autoptr(GDateTime) summer_after = utc (2026, 7, 15, 22, 0, 0);
  /* Spring forward: 2026-03-29 01:00 UTC (02:00 CET becomes 03:00 CEST). */
  g_autoptr(GDateTime) spring = utc (2026, 3, 28, 23, 30, 0);
  g_autoptr(GDateTime) spring_gap_before = utc (2026, 3, 29, 0, 59, 59);
  g_autoptr(GDateTime) spring_gap_after = utc (2026, 3, 29, 1, 0, 0);
  /* Fall back: 2026-10-25 01:00 UTC (03:00 CEST becomes 02:00 CET). */
  g_autoptr(GDateTime) autumn_eve = utc (2026, 10, 24, 21, 59, 59);
  g_autoptr(GDateTime) autumn_midnight = utc (2026, 10, 24, 22, 0, 0);
  g_autoptr(GDateTime) local = NULL;

  check_date_of (winter_before, "2026-01-15");
  check_date_of (winter_after, "2026-01-16");
  check_date_of (summer_before, "2026-07-15");
  check_date_of (summer_after, "2026-07-16");
  check_date_of (spring, "2026-03-29");
  check_date_of (autumn_eve, "2026-10-24");
  check_date_of (autumn_midnight, "2026-10-25");

  local = g_date_time_to_timezone (spring_gap_before, bw_date_zone ());
  g_assert_cmpint (g_date_time_get_utc_offset (local) / G_TIME_SPAN_HOUR, ==, 1);
  g_assert_cmpint (g_date_time_get_hour (local), ==, 1);
  g_clear_pointer (&local, g_date_time_unref);
  local = g_date_time_to_timezone (spring_gap_after, bw_date_zone ());
  g_assert_cmpint (g_date_time_get_utc_offset (local) / G_TIME_SPAN_HOUR, ==, 2);
  g_assert_cmpint (g_date_time_get_hour (local), ==, 3);
}

static void
test_local_time (void)
{
  g_autoptr(GDateTime) summer = bw_date_local_time ("2026-07-15", "09:30");
  g_autoptr(GDateTime) winter = bw_date_local_time ("2026-01-15", "09:30");
  g_autoptr(GDateTime) before_gap = bw_date_local_time ("2026-03-29", "01:59");
  g_autoptr(GDateTime) after_gap = bw_date_local_time ("2026-03-29", "03:00");
  g_autoptr(GDateTime) overlap = bw_date_local_time ("2026-10-25", "02:30");
  g_autoptr(GDateTime) leap = bw_date_local_time ("2024-02-29", "23:59");
  g_autofree char *summer_utc = bw_date_format_utc (summer);
  g_autofree char *winter_utc = bw_date_format_utc (winter);

  g_assert_cmpstr (summer_utc, ==, "2026-07-15T07:30:00Z");
  g_assert_cmpstr (winter_utc, ==, "2026-01-15T08:30:00Z");
  g_assert_nonnull (before_gap);
  g_assert_nonnull (after_gap);
  /* One minute past 01:59 is 03:00. */
  g_assert_cmpint (g_date_time_difference (after_gap, before_gap), ==, G_TIME_SPAN_MINUTE);
  /* In the gap: a time that does not exist. */
  for (const char * const *t = (const char * const[]) { "02:00", "02:30", "02:59", NULL }; *t; t++)
    g_assert_null (bw_date_local_time ("2026-03-29", *t));
  /* 02:30 exists twice in autumn: one of them, never none. */
  g_assert_nonnull (overlap);
  g_assert_cmpint (g_date_time_get_hour (overlap), ==, 2);
  g_assert_nonnull (leap);
  /* Malformed. */
  g_assert_null (bw_date_local_time ("2023-02-29", "10:00"));
  g_assert_null (bw_date_local_time ("2026-01-15", "24:00"));
  g_assert_null (bw_date_local_time ("2026-01-15", "9:30"));
  g_assert_null (bw_date_local_time (NULL, "09:30"));
  g_assert_null (bw_date_local_time ("2026-01-15", NULL));
}

static void
test_iso (void)
{
  const char *dates[] = { "2024-02-29", "2000-02-29", "0001-01-01", "9999-12-31", "2026-12-31", NULL };
  const char *not_dates[] = { "2023-02-29", "1900-02-29", "2100-02-29", "0000-01-01", "2023-2-28",
                              "2023-02-28 ", "2023/02/28", "2023-13-01", "2023-00-10", "2023-01-00",
                              "2023-01-32", "2023-01-3x", "+023-01-01", "", "20230228", NULL };
  const char *times[] = { "00:00", "09:30", "23:59", NULL };
  const char *not_times[] = { "24:00", "12:60", "9:30", "09:3", "09.30", "0930", "-1:00", "", " 9:30", NULL };

  for (guint i = 0; dates[i]; i++)
    g_assert_true (bw_date_is_iso_date (dates[i]));
  for (guint i = 0; not_dates[i]; i++)
    {
      g_test_message ("%s", not_dates[i]);
      g_assert_false (bw_date_is_iso_date (not_dates[i]));
    }
  g_assert_false (bw_date_is_iso_date (NULL));
  for (guint i = 0; times[i]; i++)
    g_assert_true (bw_date_is_iso_time (times[i]));
  for (guint i = 0; not_times[i]; i++)
    g_assert_false (bw_date_is_iso_time (not_times[i]));
  g_assert_false (bw_date_is_iso_time (NULL));
}

static void
test_parse (void)
{
  struct { const char *in; const char *out; } good[] = {
    { "21-3-1984", "1984-03-21" },
    { "21/03/1984", "1984-03-21" },
    { "21.3.1984", "1984-03-21" },
    { "1984-03-21", "1984-03-21" },
    { "\t1984/3/21\n", "1984-03-21" },
    { "29-2-2024", "2024-02-29" },
    { "29-2-2000", "2000-02-29" },
    { "31-12-9999", "9999-12-31" },
  };
  const char *bad[] = { NULL, "", "  ", "29-2-2023", "29-2-1900", "29-2-2100", "31-4-2026",
                        "32-1-2026", "0-1-2026", "1-0-2026", "21-3-84", "21-3-999", "21-3-10000",
                        "771-2-1284", "21-3", "21-3-1984-1", "21--3-1984", "1984-3", "morgen",
                        "21 maart 1984", "-1-3-1984", "21-3-1984x", "２１-３-１９８４" };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *iso = bw_date_parse (good[i].in, &error);

      g_assert_no_error (error);
      g_assert_cmpstr (iso, ==, good[i].out);
      g_assert_true (bw_date_is_iso_date (iso));
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *iso = bw_date_parse (bad[i], &error);

      g_test_message ("%s: %s", bad[i] ? bad[i] : "(null)", error ? error->message : "(no error)");
      g_assert_null (iso);
      g_assert_error (error, BW_DATE_ERROR, BW_DATE_ERROR_INVALID);
      g_assert_cmpstr (error->message, !=, "");
    }
  /* No error asked for: still NULL. */
  g_assert_null (bw_date_parse ("31-2-1984", NULL));
}

static void
test_display (void)
{
  g_autofree char *entry = bw_date_to_entry_text ("2024-02-29");
  g_autofree char *display = bw_date_to_display ("1984-03-21");
  g_autofree char *again = NULL;

  g_assert_cmpstr (entry, ==, "29-02-2024");
  /* The entry form parses back to the same date. */
  again = bw_date_parse (entry, NULL);
  g_assert_cmpstr (again, ==, "2024-02-29");
  /* The C locale in tests: "21 Mar 1984" (Dutch: "21 mrt 1984"). */
  g_assert_true (g_str_has_prefix (display, "21 "));
  g_assert_true (g_str_has_suffix (display, " 1984"));
  for (const char * const *bad = (const char * const[]) { "2023-02-29", "1984-3-21", "", "x", NULL }; *bad; bad++)
    {
      g_autofree char *e = bw_date_to_entry_text (*bad);
      g_autofree char *d = bw_date_to_display (*bad);

      g_assert_cmpstr (e, ==, "");
      g_assert_cmpstr (d, ==, "");
    }
  {
    g_autofree char *e = bw_date_to_entry_text (NULL);
    g_autofree char *d = bw_date_to_display (NULL);

    g_assert_cmpstr (e, ==, "");
    g_assert_cmpstr (d, ==, "");
  }
}

static void
test_add_months (void)
{
  struct { const char *date; int months; const char *out; } cases[] = {
    { "2026-08-31", -6, "2026-02-28" },
    { "2028-08-31", -6, "2028-02-29" },   /* leap year */
    { "2024-02-29", -12, "2023-02-28" },
    { "2024-02-29", 48, "2028-02-29" },
    { "2026-01-31", 1, "2026-02-28" },
    { "2026-03-15", -24, "2024-03-15" },
    { "2026-12-15", 1, "2027-01-15" },
    { "2026-01-15", -1, "2025-12-15" },
    { "2026-05-05", 0, "2026-05-05" },
    { "0001-01-01", 0, "0001-01-01" },
    { "9999-12-31", 0, "9999-12-31" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = bw_date_add_months (cases[i].date, cases[i].months);

      g_assert_cmpstr (out, ==, cases[i].out);
    }
  g_assert_null (bw_date_add_months ("0001-01-01", -1));
  g_assert_null (bw_date_add_months ("9999-12-31", 1));
  g_assert_null (bw_date_add_months ("2023-02-29", 1));
  g_assert_null (bw_date_add_months (NULL, 1));
  g_assert_null (bw_date_add_months ("2026-01-01", G_MININT));
  g_assert_null (bw_date_add_months ("2026-01-01", G_MAXINT));
}

static void
test_timestamps (void)
{
  g_autoptr(GDateTime) when = utc (2026, 11, 25, 10, 0, 0);
  g_autoptr(GTimeZone) plus_one = g_time_zone_new_offset (3600);
  g_autoptr(GDateTime) local = g_date_time_new (plus_one, 2026, 11, 25, 11, 0, 0.25);
  g_autofree char *server = bw_date_format_utc (when);
  g_autofree char *server_local = bw_date_format_utc (local);
  g_autofree char *server_now = bw_date_format_utc (NULL);
  g_autofree char *records_now = bw_date_now_utc ();
  g_autoptr(GDateTime) parsed = g_date_time_new_from_iso8601 (records_now, NULL);

  g_assert_cmpstr (server, ==, "2026-11-25T10:00:00Z");
  /* Converted to UTC, to the second. */
  g_assert_cmpstr (server_local, ==, "2026-11-25T10:00:00Z");
  g_assert_cmpuint (strlen (server_now), ==, 20);
  g_assert_true (g_str_has_suffix (server_now, "Z"));
  g_assert_nonnull (parsed);
  g_assert_true (g_str_has_suffix (records_now, "Z"));
  g_assert_cmpint (g_date_time_get_utc_offset (parsed), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/date/zone", test_zone);
  g_test_add_func ("/date/dst-edges", test_dst_edges);
  g_test_add_func ("/date/local-time", test_local_time);
  g_test_add_func ("/date/iso", test_iso);
  g_test_add_func ("/date/parse", test_parse);
  g_test_add_func ("/date/display", test_display);
  g_test_add_func ("/date/add-months", test_add_months);
  g_test_add_func ("/date/timestamps", test_timestamps);

  return g_test_run ();
}
