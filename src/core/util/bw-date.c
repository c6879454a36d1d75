/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-util"
/* The one date module (bw-date.h). */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "bw-date.h"

G_DEFINE_QUARK (bw-date-error-quark, bw_date_error)

GTimeZone *
bw_date_zone (void)
{
  static GTimeZone *tz;

  if (g_once_init_enter (&tz))
    {
      GTimeZone *zone = g_time_zone_new_identifier ("Europe/Amsterdam");

      if (zone == NULL)
        {
          g_warning ("No time zone data for Europe/Amsterdam: dates follow this computer's zone");
          zone = g_time_zone_new_local ();
        }
      g_once_init_leave (&tz, zone);
    }
  return tz;
}

GDateTime *
bw_date_now_local (void)
{
  return g_date_time_new_now (bw_date_zone ());
}

char *
bw_date_of (GDateTime *when)
{
  g_autoptr(GDateTime) local = NULL;

  g_return_val_if_fail (when != NULL, NULL);
  local = g_date_time_to_timezone (when, bw_date_zone ());
  return g_date_time_format (local, "%Y-%m-%d");
}

char *
bw_date_today (void)
{
  g_autoptr(GDateTime) now = bw_date_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

/* Up to four decimal digits, exactly @len of them. */
static gboolean
parse_uint (const char *s,
            gsize       len,
            guint      *out)
{
  guint v = 0;

  if (len == 0 || len > 4)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    {
      if (!g_ascii_isdigit (s[i]))
        return FALSE;
      v = v * 10 + (s[i] - '0');
    }
  *out = v;
  return TRUE;
}

/* The year, month and day of an existing ISO date. */
static gboolean
split_iso_date (const char *text,
                guint      *year,
                guint      *month,
                guint      *day)
{
  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-' ||
      !parse_uint (text, 4, year) || !parse_uint (text + 5, 2, month) ||
      !parse_uint (text + 8, 2, day))
    return FALSE;
  /* g_date_valid_dmy() takes the day as a guint8: the bounds first. */
  return *year >= 1 && *month >= 1 && *month <= 12 && *day >= 1 && *day <= 31 &&
         g_date_valid_dmy (*day, *month, *year);
}

gboolean
bw_date_is_iso_date (const char *text)
{
  guint y, m, d;

  return split_iso_date (text, &y, &m, &d);
}

static gboolean
split_iso_time (const char *text,
                guint      *hour,
                guint      *minute)
{
  return text != NULL && strlen (text) == 5 && text[2] == ':' &&
         parse_uint (text, 2, hour) && parse_uint (text + 3, 2, minute) &&
         *hour < 24 && *minute < 60;
}

gboolean
bw_date_is_iso_time (const char *text)
{
  guint h, m;

  return split_iso_time (text, &h, &m);
}

GDateTime *
bw_date_local_time (const char *date,
                    const char *time)
{
  g_autoptr(GDateTime) result = NULL;
  guint y, mo, d, h, mi;

  if (!split_iso_date (date, &y, &mo, &d) || !split_iso_time (time, &h, &mi))
    return NULL;
  result = g_date_time_new (bw_date_zone (), y, mo, d, h, mi, 0);
  /* In the spring-forward gap GLib moves the time on: a time that does
   * not exist is refused instead of silently shifted. */
  if (result == NULL || (guint) g_date_time_get_hour (result) != h ||
      (guint) g_date_time_get_minute (result) != mi ||
      (guint) g_date_time_get_day_of_month (result) != d)
    return NULL;
  return g_steal_pointer (&result);
}

char *
bw_date_parse (const char  *text,
               GError     **error)
{
  g_autofree char *stripped = NULL;
  g_auto(GStrv) parts = NULL;
  guint a, b, c;
  guint day, month, year;

  if (text == NULL || *(stripped = g_strstrip (g_strdup (text))) == '\0')
    {
      g_set_error (error, BW_DATE_ERROR, BW_DATE_ERROR_INVALID,
                   _("Enter a date"));
      return NULL;
    }

  g_strdelimit (stripped, "/.", '-');
  parts = g_strsplit (stripped, "-", -1);

  if (g_strv_length (parts) != 3 ||
      !parse_uint (parts[0], strlen (parts[0]), &a) ||
      !parse_uint (parts[1], strlen (parts[1]), &b) ||
      !parse_uint (parts[2], strlen (parts[2]), &c))
    {
      g_set_error (error, BW_DATE_ERROR, BW_DATE_ERROR_INVALID,
                   _("“%s” is not a date; write it as day-month-year, for example 21-3-1984"),
                   stripped);
      return NULL;
    }

  if (strlen (parts[0]) == 4)
    year = a, month = b, day = c;
  else if (strlen (parts[2]) == 4)
    day = a, month = b, year = c;
  else
    {
      g_set_error (error, BW_DATE_ERROR, BW_DATE_ERROR_INVALID,
                   _("Write the year with four digits, for example 21-3-1984"));
      return NULL;
    }

  /* g_date_valid_dmy() takes the day as a guint8 and the year as a
   * guint16: without the bounds first, day 771 passed as day 3 and came
   * out as "1284-02-771" (found by fuzz-validation). */
  if (year < 1000 || day > 31 || month > 12 || !g_date_valid_dmy (day, month, year))
    {
      g_set_error (error, BW_DATE_ERROR, BW_DATE_ERROR_INVALID,
                   _("The date %s does not exist"), stripped);
      return NULL;
    }

  return g_strdup_printf ("%04u-%02u-%02u", year, month, day);
}

/* Noon UTC of the day: formatting it never crosses a day boundary. */
static GDateTime *
date_time_from_iso (const char *iso_date)
{
  guint y, m, d;

  if (!split_iso_date (iso_date, &y, &m, &d))
    return NULL;
  return g_date_time_new_utc (y, m, d, 12, 0, 0);
}

char *
bw_date_to_entry_text (const char *iso_date)
{
  g_autoptr(GDateTime) dt = date_time_from_iso (iso_date);

  return dt ? g_date_time_format (dt, "%d-%m-%Y") : g_strdup ("");
}

char *
bw_date_to_display (const char *iso_date)
{
  g_autoptr(GDateTime) dt = date_time_from_iso (iso_date);

  /* TRANSLATORS: a date as shown in lists, see strftime(3); "%-d %b %Y" gives "21 Mar 1984" */
  return dt ? g_date_time_format (dt, _("%-d %b %Y")) : g_strdup ("");
}

char *
bw_date_timestamp_to_display (const char *utc)
{
  g_autoptr(GDateTime) at = utc ? g_date_time_new_from_iso8601 (utc, NULL) : NULL;
  g_autoptr(GDateTime) local = at ? g_date_time_to_timezone (at, bw_date_zone ()) : NULL;

  /* TRANSLATORS: a moment as shown beside data, see strftime(3); "%-d %b %Y, %H:%M" gives "5 Dec 2026, 14:05" */
  return local ? g_date_time_format (local, _("%-d %b %Y, %H:%M")) : g_strdup ("");
}

char *
bw_date_add_months (const char *iso_date,
                    int         months)
{
  g_autoptr(GDate) date = NULL;
  guint y, m, d;
  int total;

  if (!split_iso_date (iso_date, &y, &m, &d))
    return NULL;
  /* GDate would assert past year 65535: check the range first. */
  if (months < -120000 || months > 120000)
    return NULL;
  total = (int) y * 12 + (int) m - 1 + months;
  if (total < 12 || total > 9999 * 12 + 11)
    return NULL;
  date = g_date_new_dmy (d, m, y);
  if (months < 0)
    g_date_subtract_months (date, -months);
  else
    g_date_add_months (date, months);
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}

char *
bw_date_now_utc (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format_iso8601 (now);
}

char *
bw_date_format_utc (GDateTime *when)
{
  g_autoptr(GDateTime) utc = when ? g_date_time_to_utc (when) : g_date_time_new_now_utc ();

  return g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
}
