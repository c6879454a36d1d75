/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* JSON as it travels between desktop and server: RFC 8259 only, checked
 * before json-glib sees it, both ways (docs/security.md, "Threat model
 * and limits"). */

/* Deeper than any message of the protocol (a push is five levels). */
#define BW_JSON_WIRE_MAX_DEPTH 16

#define BW_JSON_WIRE_ERROR (bw_json_wire_error_quark ())

typedef enum {
  BW_JSON_WIRE_ERROR_SYNTAX,     /* not RFC 8259 JSON: comments, quotes, BOM, … */
  BW_JSON_WIRE_ERROR_DEPTH,      /* nested deeper than BW_JSON_WIRE_MAX_DEPTH */
  BW_JSON_WIRE_ERROR_ENCODING,   /* not UTF-8, or a lone surrogate */
  BW_JSON_WIRE_ERROR_CONTROL,    /* NUL or a C0 control other than tab and newline */
  BW_JSON_WIRE_ERROR_NOT_OBJECT, /* valid JSON, but the message is no object */
} BwJsonWireError;

GQuark     bw_json_wire_error_quark (void);

typedef enum {
  BW_JSON_WIRE_STRICT = 0,
  /* Escaped controls and lone surrogates pass: for the server's answers,
   * whose records the desktop then checks one by one, so that one bad
   * record is set aside instead of refusing the whole page. */
  BW_JSON_WIRE_ANY_ESCAPE = 1 << 0,
} BwJsonWireFlags;

gboolean   bw_json_wire_check        (const char       *data,
                                      gsize             length,
                                      BwJsonWireFlags   flags,
                                      GError          **error);
JsonNode  *bw_json_wire_parse_object (const char       *data,
                                      gsize             length,
                                      BwJsonWireFlags   flags,
                                      GError          **error);
JsonNode  *bw_json_wire_parse_bytes  (GBytes           *bytes,
                                      BwJsonWireFlags   flags,
                                      GError          **error);
gboolean   bw_json_wire_text_is_clean (const char *text,
                                       gssize      length);

G_END_DECLS
