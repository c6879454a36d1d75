/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* CSV as RFC 4180 has it, for spreadsheets: UTF-8 (with a byte order
 * mark, so that Excel reads "ë" right), CRLF line ends, fields separated
 * as the locale's spreadsheets expect (";" where the decimal mark is a
 * comma, as in Dutch; "," elsewhere), a field in double quotes when it
 * holds a quote, comma, semicolon, CR or LF or starts or ends with a
 * space, quotes doubled. A field that starts with = + - @ (or a tab or
 * CR) is prefixed with a single quote, so that a spreadsheet never runs
 * it as a formula (CSV injection): "+31 6 ..." becomes "'+31 6 ...". */
GString *bw_csv_writer_new        (void);
void     bw_csv_writer_append_row (GString            *out,
                                   const char * const *fields,
                                   guint               n_fields);
char    *bw_csv_writer_field      (const char         *text);
char     bw_csv_writer_separator  (void);

G_END_DECLS
