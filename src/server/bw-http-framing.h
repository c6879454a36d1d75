/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <libsoup/soup.h>

G_BEGIN_DECLS

/* Request framing (docs/sync-protocol.md, Limits): a request body is
 * framed by one plain Content-Length and nothing else, or there is none.
 * Anything else could be read two ways by two parsers (request
 * smuggling), so it is refused and the connection closed. */

#define BW_HTTP_FRAMING_ERROR (bw_http_framing_error_quark ())

typedef enum {
  /* A body without a Content-Length (a Transfer-Encoding alone, or a
   * POST with neither): answer 411. */
  BW_HTTP_FRAMING_ERROR_LENGTH_REQUIRED,
  /* A Transfer-Encoding beside a Content-Length, several Content-Length
   * headers, or one that is not plain digits: answer 400. */
  BW_HTTP_FRAMING_ERROR_AMBIGUOUS,
} BwHttpFramingError;

GQuark   bw_http_framing_error_quark (void);

/* The longest Content-Length value accepted, in digits. */
#define BW_HTTP_FRAMING_MAX_DIGITS 15

/* Whether @headers frame the body of a request with @method
 * unambiguously; FALSE with BW_HTTP_FRAMING_ERROR otherwise. POST and PUT
 * need a Content-Length; other methods may have one. */
gboolean bw_http_framing_check       (const char          *method,
                                      SoupMessageHeaders  *headers,
                                      GError             **error);

G_END_DECLS
