/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-export"
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "bw-ics-writer.h"
#include "bw-session.h"

#define MAX_OCTETS 75

char *
bw_ics_writer_escape_text (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text ? text : ""; *p; p++)
    switch (*p)
      {
      case '\\':
        g_string_append (out, "\\\\");
        break;
      case ';':
        g_string_append (out, "\\;");
        break;
      case ',':
        g_string_append (out, "\\,");
        break;
      case '\r':
        /* CRLF and a lone CR are one line break, like LF. */
        if (p[1] != '\n')
          g_string_append (out, "\\n");
        break;
      case '\n':
        g_string_append (out, "\\n");
        break;
      default:
        /* Other control characters are not allowed in TEXT. */
        if ((guchar) *p < 0x20 && *p != '\t')
          g_string_append_c (out, ' ');
        else
          g_string_append_c (out, *p);
      }
  return g_string_free (out, FALSE);
}

void
bw_ics_writer_append_line (GString    *out,
                           const char *line)
{
  gsize length = strlen (line);
  gsize start = 0;
  gboolean first = TRUE;

  while (TRUE)
    {
      /* A continuation line starts with a space, which counts. */
      gsize room = first ? MAX_OCTETS : MAX_OCTETS - 1;
      gsize end = start + room;

      if (end >= length)
        {
          if (!first)
            g_string_append_c (out, ' ');
          g_string_append_len (out, line + start, length - start);
          g_string_append (out, "\r\n");
          return;
        }
      /* Never between the bytes of one UTF-8 character. */
      while (end > start && ((guchar) line[end] & 0xC0) == 0x80)
        end--;
      if (!first)
        g_string_append_c (out, ' ');
      g_string_append_len (out, line + start, end - start);
      g_string_append (out, "\r\n");
      start = end;
      first = FALSE;
    }
}

static void
append_property (GString    *out,
                 const char *name,
                 const char *text)
{
  g_autofree char *escaped = bw_ics_writer_escape_text (text);
  g_autofree char *line = g_strconcat (name, ":", escaped, NULL);

  bw_ics_writer_append_line (out, line);
}

/* "2026-09-01" + "09:30" -> "20260901T093000" */
static char *
local_stamp (const char *date,
             const char *time)
{
  return g_strdup_printf ("%.4s%.2s%.2sT%.2s%.2s00", date, date + 5, date + 8, time, time + 3);
}

/* The rules of Europe/Amsterdam since 1996 (EU summer time): summer time
 * from the last Sunday of March 02:00 to the last Sunday of October 03:00. */
static const char * const vtimezone[] = {
  "BEGIN:VTIMEZONE",
  "TZID:Europe/Amsterdam",
  "X-LIC-LOCATION:Europe/Amsterdam",
  "BEGIN:DAYLIGHT",
  "TZOFFSETFROM:+0100",
  "TZOFFSETTO:+0200",
  "TZNAME:CEST",
  "DTSTART:19700329T020000",
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
  "END:DAYLIGHT",
  "BEGIN:STANDARD",
  "TZOFFSETFROM:+0200",
  "TZOFFSETTO:+0100",
  "TZNAME:CET",
  "DTSTART:19701025T030000",
  "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
  "END:STANDARD",
  "END:VTIMEZONE",
  NULL
};

char *
bw_ics_writer_sessions (GListModel *sessions,
                        GDateTime  *stamp)
{
  GString *out = g_string_new (NULL);
  g_autoptr(GDateTime) now = stamp ? g_date_time_to_utc (stamp) : g_date_time_new_now_utc ();
  g_autofree char *dtstamp = g_date_time_format (now, "%Y%m%dT%H%M%SZ");
  guint n;

  g_return_val_if_fail (G_IS_LIST_MODEL (sessions), NULL);

  bw_ics_writer_append_line (out, "BEGIN:VCALENDAR");
  bw_ics_writer_append_line (out, "VERSION:2.0");
  bw_ics_writer_append_line (out, "PRODID:-//Buurtwerk//Planning " PACKAGE_VERSION "//NL");
  bw_ics_writer_append_line (out, "CALSCALE:GREGORIAN");
  bw_ics_writer_append_line (out, "METHOD:PUBLISH");
  for (guint i = 0; vtimezone[i]; i++)
    bw_ics_writer_append_line (out, vtimezone[i]);

  n = g_list_model_get_n_items (sessions);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BwSession) s = g_list_model_get_item (sessions, i);
      g_autofree char *uid = g_strconcat ("UID:", bw_session_get_uuid (s), "@buurtwerk", NULL);
      g_autofree char *start = local_stamp (bw_session_get_date (s), bw_session_get_start_time (s));
      g_autofree char *end = local_stamp (bw_session_get_date (s), bw_session_get_end_time (s));
      g_autofree char *dtstart = g_strconcat ("DTSTART;TZID=Europe/Amsterdam:", start, NULL);
      g_autofree char *dtend = g_strconcat ("DTEND;TZID=Europe/Amsterdam:", end, NULL);
      g_autofree char *stamp_line = g_strconcat ("DTSTAMP:", dtstamp, NULL);

      bw_ics_writer_append_line (out, "BEGIN:VEVENT");
      bw_ics_writer_append_line (out, uid);
      bw_ics_writer_append_line (out, stamp_line);
      bw_ics_writer_append_line (out, dtstart);
      bw_ics_writer_append_line (out, dtend);
      append_property (out, "SUMMARY", bw_session_get_offer_title (s));
      if (bw_session_get_place_name (s) != NULL)
        append_property (out, "LOCATION", bw_session_get_place_name (s));
      if (bw_session_get_trainer (s) != NULL)
        {
          /* TRANSLATORS: in an exported calendar event */
          g_autofree char *description = g_strdup_printf (_("Trainer: %s"), bw_session_get_trainer (s));

          append_property (out, "DESCRIPTION", description);
        }
      bw_ics_writer_append_line (out, "END:VEVENT");
    }
  bw_ics_writer_append_line (out, "END:VCALENDAR");
  return g_string_free (out, FALSE);
}
