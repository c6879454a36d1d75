/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-server"
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "bw-server-log.h"

void
bw_server_log (const char *format,
               ...)
{
  g_autofree char *text = NULL;
  va_list args;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);
  g_log_structured (BW_SERVER_LOG_DOMAIN, G_LOG_LEVEL_MESSAGE, "MESSAGE", "%s", text);
}

GLogWriterOutput
bw_server_log_writer (GLogLevelFlags   log_level,
                      const GLogField *fields,
                      gsize            n_fields,
                      gpointer         user_data)
{
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *stamp = NULL;
  const char *message = NULL;
  const char *domain = NULL;

  for (gsize i = 0; i < n_fields; i++)
    {
      if (g_strcmp0 (fields[i].key, "MESSAGE") == 0 && fields[i].length < 0)
        message = fields[i].value;
      else if (g_strcmp0 (fields[i].key, "GLIB_DOMAIN") == 0 && fields[i].length < 0)
        domain = fields[i].value;
    }
  if (message == NULL)
    return G_LOG_WRITER_UNHANDLED;
  if (g_log_writer_default_would_drop (log_level, domain))
    return G_LOG_WRITER_HANDLED;

  now = g_date_time_new_now_utc ();
  stamp = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
  /* One fprintf per line: stdio locks the stream, so lines from worker
   * threads never interleave. */
  if (domain == NULL || strcmp (domain, BW_SERVER_LOG_DOMAIN) == 0)
    fprintf (stderr, "buurtwerk-server: %s %s\n", stamp, message);
  else
    fprintf (stderr, "buurtwerk-server: %s %s: %s\n", stamp, domain, message);
  fflush (stderr);
  return G_LOG_WRITER_HANDLED;
}
