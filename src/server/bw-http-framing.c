/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-server"
/* Request framing: one plain Content-Length or no body at all. */
#include "config.h"

#include <string.h>

#include "bw-http-framing.h"

G_DEFINE_QUARK (bw-http-framing-error-quark, bw_http_framing_error)

typedef struct {
  guint n_length;
  guint n_encoding;
  const char *length;
} Framing;

static void
count_header (const char *name,
              const char *value,
              gpointer    user_data)
{
  Framing *framing = user_data;

  if (g_ascii_strcasecmp (name, "Content-Length") == 0)
    {
      framing->n_length++;
      framing->length = value;
    }
  else if (g_ascii_strcasecmp (name, "Transfer-Encoding") == 0)
    framing->n_encoding++;
}

static gboolean
is_plain_number (const char *text)
{
  size_t length = text ? strlen (text) : 0;

  if (length == 0 || length > BW_HTTP_FRAMING_MAX_DIGITS)
    return FALSE;
  for (size_t i = 0; i < length; i++)
    if (!g_ascii_isdigit (text[i]))
      return FALSE;
  return TRUE;
}

gboolean
bw_http_framing_check (const char          *method,
                       SoupMessageHeaders  *headers,
                       GError             **error)
{
  Framing framing = { 0, 0, NULL };

  g_return_val_if_fail (headers != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  soup_message_headers_foreach (headers, count_header, &framing);
  /* The clients always send a Content-Length: any Transfer-Encoding
   * ("chunked", "xchunked", "identity", ...) is refused; beside a
   * Content-Length it is ambiguous, alone the length is missing. */
  if (framing.n_encoding > 0)
    {
      if (framing.n_length > 0)
        g_set_error_literal (error, BW_HTTP_FRAMING_ERROR, BW_HTTP_FRAMING_ERROR_AMBIGUOUS,
                             "Send the body with a Content-Length and no Transfer-Encoding");
      else
        g_set_error_literal (error, BW_HTTP_FRAMING_ERROR, BW_HTTP_FRAMING_ERROR_LENGTH_REQUIRED,
                             "Send the body with a Content-Length");
      return FALSE;
    }
  if (framing.n_length > 1)
    {
      g_set_error_literal (error, BW_HTTP_FRAMING_ERROR, BW_HTTP_FRAMING_ERROR_AMBIGUOUS,
                           "Send one Content-Length header");
      return FALSE;
    }
  if (framing.n_length == 1 && !is_plain_number (framing.length))
    {
      /* "+14", "-1", "0x10", "1 4", "": all refused. */
      g_set_error_literal (error, BW_HTTP_FRAMING_ERROR, BW_HTTP_FRAMING_ERROR_AMBIGUOUS,
                           "The Content-Length must be plain digits");
      return FALSE;
    }
  if (framing.n_length == 0 && method != NULL &&
      (g_str_equal (method, "POST") || g_str_equal (method, "PUT") || g_str_equal (method, "PATCH")))
    {
      g_set_error_literal (error, BW_HTTP_FRAMING_ERROR, BW_HTTP_FRAMING_ERROR_LENGTH_REQUIRED,
                           "Send the body with a Content-Length");
      return FALSE;
    }
  return TRUE;
}
