/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-wire"
/* A strict, non-recursive RFC 8259 checker that runs before json-glib.
 *
 * json-glib 1.6 recurses once per nesting level (80,000 '[' overflow the
 * stack), turns a lone "\ud800" into invalid UTF-8, cuts a string at
 * "\u0000", and accepts comments, single quotes and a byte-order mark.
 * Anything that passes here is plain JSON with clean UTF-8 strings, so
 * json-glib only ever sees input it handles well. */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "bw-json-wire.h"

G_DEFINE_QUARK (bw-json-wire-error-quark, bw_json_wire_error)

typedef struct {
  const guchar *p;
  const guchar *end;
  BwJsonWireFlags flags;
} Scanner;

static gboolean
fail (GError     **error,
      BwJsonWireError code)
{
  switch (code)
    {
    case BW_JSON_WIRE_ERROR_DEPTH:
      g_set_error (error, BW_JSON_WIRE_ERROR, code,
                   _("The message is nested deeper than %d levels"), BW_JSON_WIRE_MAX_DEPTH);
      break;
    case BW_JSON_WIRE_ERROR_ENCODING:
      g_set_error_literal (error, BW_JSON_WIRE_ERROR, code,
                           _("The message holds text that is not valid UTF-8"));
      break;
    case BW_JSON_WIRE_ERROR_CONTROL:
      g_set_error_literal (error, BW_JSON_WIRE_ERROR, code,
                           _("The message holds a control character that is not allowed"));
      break;
    case BW_JSON_WIRE_ERROR_NOT_OBJECT:
      g_set_error_literal (error, BW_JSON_WIRE_ERROR, code, _("The message must be a JSON object"));
      break;
    case BW_JSON_WIRE_ERROR_SYNTAX:
    default:
      g_set_error_literal (error, BW_JSON_WIRE_ERROR, BW_JSON_WIRE_ERROR_SYNTAX,
                           _("The message is not valid JSON"));
      break;
    }
  return FALSE;
}

static void
skip_space (Scanner *s)
{
  while (s->p < s->end && (*s->p == ' ' || *s->p == '\t' || *s->p == '\n' || *s->p == '\r'))
    s->p++;
}

static int
hex4 (const guchar *p)
{
  int value = 0;

  for (int i = 0; i < 4; i++)
    {
      int digit = g_ascii_xdigit_value (p[i]);

      if (digit < 0)
        return -1;
      value = value * 16 + digit;
    }
  return value;
}

/* Tab and newline are the only controls text may hold. */
static gboolean
is_allowed_control (gunichar c)
{
  return c == '\t' || c == '\n';
}

/* At the opening quote. The whole input is valid UTF-8 already. */
static gboolean
scan_string (Scanner  *s,
             GError  **error)
{
  s->p++;
  while (s->p < s->end)
    {
      guchar c = *s->p;

      if (c == '"')
        {
          s->p++;
          return TRUE;
        }
      if (c < 0x20)
        return fail (error, BW_JSON_WIRE_ERROR_CONTROL);
      if (c != '\\')
        {
          s->p++;
          continue;
        }
      if (s->end - s->p < 2)
        break;
      switch (s->p[1])
        {
        case '"': case '\\': case '/': case 'n': case 't':
          s->p += 2;
          break;
        case 'b': case 'f': case 'r':
          if (!(s->flags & BW_JSON_WIRE_ANY_ESCAPE))
            return fail (error, BW_JSON_WIRE_ERROR_CONTROL);
          s->p += 2;
          break;
        case 'u':
          {
            int unit;

            if (s->end - s->p < 6 || (unit = hex4 (s->p + 2)) < 0)
              return fail (error, BW_JSON_WIRE_ERROR_SYNTAX);
            s->p += 6;
            if (s->flags & BW_JSON_WIRE_ANY_ESCAPE)
              break;
            if (unit < 0x20 && !is_allowed_control (unit))
              return fail (error, BW_JSON_WIRE_ERROR_CONTROL);
            if (unit >= 0xDC00 && unit <= 0xDFFF)
              return fail (error, BW_JSON_WIRE_ERROR_ENCODING);
            if (unit >= 0xD800 && unit <= 0xDBFF)
              {
                int low;

                /* Only a high surrogate followed by a low one is text. */
                if (s->end - s->p < 6 || s->p[0] != '\\' || s->p[1] != 'u' ||
                    (low = hex4 (s->p + 2)) < 0xDC00 || low > 0xDFFF)
                  return fail (error, BW_JSON_WIRE_ERROR_ENCODING);
                s->p += 6;
              }
            break;
          }
        default:
          return fail (error, BW_JSON_WIRE_ERROR_SYNTAX);
        }
    }
  return fail (error, BW_JSON_WIRE_ERROR_SYNTAX);
}

static gboolean
scan_digits (Scanner *s)
{
  const guchar *start = s->p;

  while (s->p < s->end && g_ascii_isdigit (*s->p))
    s->p++;
  return s->p > start;
}

static gboolean
scan_number (Scanner  *s,
             GError  **error)
{
  if (*s->p == '-')
    s->p++;
  if (s->p < s->end && *s->p == '0')
    s->p++;
  else if (s->p >= s->end || !g_ascii_isdigit (*s->p) || !scan_digits (s))
    return fail (error, BW_JSON_WIRE_ERROR_SYNTAX);
  if (s->p < s->end && *s->p == '.')
    {
      s->p++;
      if (!scan_digits (s))
        return fail (error, BW_JSON_WIRE_ERROR_SYNTAX);
    }
  if (s->p < s->end && (*s->p == 'e' || *s->p == 'E'))
    {
      s->p++;
      if (s->p < s->end && (*s->p == '+' || *s->p == '-'))
        s->p++;
      if (!scan_digits (s))
        return fail (error, BW_JSON_WIRE_ERROR_SYNTAX);
    }
  return TRUE;
}

static gboolean
scan_literal (Scanner    *s,
              const char *word,
              GError    **error)
{
  gsize length = strlen (word);

  if ((gsize) (s->end - s->p) < length || memcmp (s->p, word, length) != 0)
    return fail (error, BW_JSON_WIRE_ERROR_SYNTAX);
  s->p += length;
  return TRUE;
}

/* A member's name and its colon. */
static gboolean
scan_member_name (Scanner  *s,
                  GError  **error)
{
  skip_space (s);
  if (s->p >= s->end || *s->p != '"')
    return fail (error, BW_JSON_WIRE_ERROR_SYNTAX);
  if (!scan_string (s, error))
    return FALSE;
  skip_space (s);
  if (s->p >= s->end || *s->p++ != ':')
    return fail (error, BW_JSON_WIRE_ERROR_SYNTAX);
  return TRUE;
}

/**
 * bw_json_wire_check:
 * @data: the bytes as received, not NUL-terminated
 *
 * Whether @data is exactly one RFC 8259 JSON value, nested at most
 * %BW_JSON_WIRE_MAX_DEPTH deep, valid UTF-8 without NUL, whose strings
 * hold no lone surrogate and no control character but tab and newline
 * (unless @flags has %BW_JSON_WIRE_ANY_ESCAPE). Runs in constant stack
 * space.
 */
gboolean
bw_json_wire_check (const char       *data,
                    gsize             length,
                    BwJsonWireFlags   flags,
                    GError          **error)
{
  /* '{' or '[' per open level. */
  char open[BW_JSON_WIRE_MAX_DEPTH];
  int depth = 0;
  gboolean want_value = TRUE;
  Scanner s;

  g_return_val_if_fail (data != NULL || length == 0, FALSE);

  /* Also refuses a NUL byte anywhere. */
  if (!g_utf8_validate_len (data, length, NULL))
    return fail (error, memchr (data, '\0', length) ? BW_JSON_WIRE_ERROR_CONTROL
                                                    : BW_JSON_WIRE_ERROR_ENCODING);
  s.p = (const guchar *) data;
  s.end = s.p + length;
  s.flags = flags;

  for (;;)
    {
      skip_space (&s);
      /* One value, and nothing after it. */
      if (!want_value && depth == 0)
        return s.p == s.end ? TRUE : fail (error, BW_JSON_WIRE_ERROR_SYNTAX);
      if (s.p >= s.end)
        return fail (error, BW_JSON_WIRE_ERROR_SYNTAX);

      if (want_value)
        {
          switch (*s.p)
            {
            case '{':
            case '[':
              if (depth == BW_JSON_WIRE_MAX_DEPTH)
                return fail (error, BW_JSON_WIRE_ERROR_DEPTH);
              open[depth++] = (char) *s.p++;
              skip_space (&s);
              if (s.p < s.end && *s.p == (open[depth - 1] == '{' ? '}' : ']'))
                {
                  s.p++;
                  depth--;
                  want_value = FALSE;
                  break;
                }
              if (open[depth - 1] == '{' && !scan_member_name (&s, error))
                return FALSE;
              continue;
            case '"':
              if (!scan_string (&s, error))
                return FALSE;
              break;
            case 't':
              if (!scan_literal (&s, "true", error))
                return FALSE;
              break;
            case 'f':
              if (!scan_literal (&s, "false", error))
                return FALSE;
              break;
            case 'n':
              if (!scan_literal (&s, "null", error))
                return FALSE;
              break;
            default:
              if (*s.p != '-' && !g_ascii_isdigit (*s.p))
                return fail (error, BW_JSON_WIRE_ERROR_SYNTAX);
              if (!scan_number (&s, error))
                return FALSE;
              break;
            }
          want_value = FALSE;
          continue;
        }

      /* After a value inside an object or array. */
      if (*s.p == (open[depth - 1] == '{' ? '}' : ']'))
        {
          s.p++;
          depth--;
          continue;
        }
      if (*s.p++ != ',')
        return fail (error, BW_JSON_WIRE_ERROR_SYNTAX);
      if (open[depth - 1] == '{' && !scan_member_name (&s, error))
        return FALSE;
      want_value = TRUE;
    }
}

/**
 * bw_json_wire_parse_object:
 *
 * Checks @data with bw_json_wire_check(), then parses it.
 *
 * Returns: (transfer full): a node holding an object, or %NULL with @error
 * set in %BW_JSON_WIRE_ERROR.
 */
JsonNode *
bw_json_wire_parse_object (const char       *data,
                           gsize             length,
                           BwJsonWireFlags   flags,
                           GError          **error)
{
  g_autoptr(JsonParser) parser = NULL;
  JsonNode *root;

  if (!bw_json_wire_check (data, length, flags, error))
    return NULL;
  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, data, length, NULL))
    {
      fail (error, BW_JSON_WIRE_ERROR_SYNTAX);
      return NULL;
    }
  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      fail (error, BW_JSON_WIRE_ERROR_NOT_OBJECT);
      return NULL;
    }
  return json_node_ref (root);
}

JsonNode *
bw_json_wire_parse_bytes (GBytes           *bytes,
                          BwJsonWireFlags   flags,
                          GError          **error)
{
  gsize length = 0;
  const char *data = bytes ? g_bytes_get_data (bytes, &length) : NULL;

  return bw_json_wire_parse_object (data ? data : "", length, flags, error);
}

/**
 * bw_json_wire_text_is_clean:
 * @length: in bytes, or -1 for a NUL-terminated @text
 *
 * Whether @text is valid UTF-8 holding no control character but tab and
 * newline: what a string on the wire may be.
 */
gboolean
bw_json_wire_text_is_clean (const char *text,
                            gssize      length)
{
  const char *end;

  if (text == NULL)
    return TRUE;
  if (length < 0)
    length = strlen (text);
  if (!g_utf8_validate_len (text, length, NULL))
    return FALSE;
  end = text + length;
  for (const char *p = text; p < end; p++)
    if ((guchar) *p < 0x20 && !is_allowed_control ((guchar) *p))
      return FALSE;
  return TRUE;
}
