/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* iCalendar (RFC 5545) of planning sessions, for GNOME Calendar and
 * Outlook: a VCALENDAR with PRODID and VERSION, a VTIMEZONE for
 * Europe/Amsterdam, and one VEVENT per BwSession in @sessions with
 * UID "<session uuid>@buurtwerk", DTSTAMP (@stamp in UTC; NULL: now),
 * DTSTART/DTEND with TZID=Europe/Amsterdam, SUMMARY (the offer), LOCATION
 * (the place) and DESCRIPTION (the trainer). Text is escaped, lines are
 * folded at 75 octets without splitting a UTF-8 sequence, and every line
 * ends in CRLF. Never any participant data. */
char *bw_ics_writer_sessions (GListModel *sessions,
                              GDateTime  *stamp);

/* The pieces, for tests: TEXT escaping (backslash, semicolon, comma,
 * newline) and folding one content line (without its CRLF) into CRLF
 * lines of at most 75 octets. */
char *bw_ics_writer_escape_text (const char *text);
void  bw_ics_writer_append_line (GString    *out,
                                 const char *line);

G_END_DECLS
