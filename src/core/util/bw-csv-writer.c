/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-util"
#include "config.h"

#include <locale.h>
#include <string.h>

#include "bw-csv-writer.h"

GString *
bw_csv_writer_new (void)
{
  return g_string_new ("\xEF\xBB\xBF");
}

char
bw_csv_writer_separator (void)
{
  const struct lconv *numbers = localeconv ();

  /* Where a comma is the decimal mark, spreadsheets split on ";". */
  return numbers->decimal_point != NULL && numbers->decimal_point[0] == ',' ? ';' : ',';
}

char *
bw_csv_writer_field (const char *text)
{
  g_autoptr(GString) value = g_string_new (text ? text : "");
  const char specials[] = { '"', ',', ';', '\r', '\n', '\0' };
  gboolean quote;

  if (value->len > 0 && strchr ("=+-@\t\r", value->str[0]) != NULL)
    g_string_prepend_c (value, '\'');
  quote = strpbrk (value->str, specials) != NULL ||
          (value->len > 0 && (value->str[0] == ' ' || value->str[value->len - 1] == ' '));
  if (!quote)
    return g_string_free (g_steal_pointer (&value), FALSE);
  g_string_replace (value, "\"", "\"\"", 0);
  g_string_prepend_c (value, '"');
  g_string_append_c (value, '"');
  return g_string_free (g_steal_pointer (&value), FALSE);
}

void
bw_csv_writer_append_row (GString            *out,
                          const char * const *fields,
                          guint               n_fields)
{
  char separator = bw_csv_writer_separator ();

  for (guint i = 0; i < n_fields; i++)
    {
      g_autofree char *field = bw_csv_writer_field (fields[i]);

      if (i > 0)
        g_string_append_c (out, separator);
      g_string_append (out, field);
    }
  g_string_append (out, "\r\n");
}
