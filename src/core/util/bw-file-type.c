/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-util"
/* What an attachment is, from its bytes: the magic numbers and a sane
 * structure (a PDF's header and its %%EOF near the end, a JPEG's start
 * and end markers, a PNG's signature and IHDR chunk). A program renamed
 * .pdf, an empty file or one over the limit is refused. */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "bw-file-type.h"

G_DEFINE_QUARK (bw-file-type-error-quark, bw_file_type_error)

static gboolean
starts_with (const guint8 *data,
             gsize         size,
             const char   *magic,
             gsize         magic_size)
{
  return size >= magic_size && memcmp (data, magic, magic_size) == 0;
}

static gboolean
is_executable (const guint8 *data,
               gsize         size)
{
  return starts_with (data, size, "\177ELF", 4) ||        /* Linux */
         starts_with (data, size, "MZ", 2) ||             /* Windows */
         starts_with (data, size, "#!", 2) ||             /* a script */
         starts_with (data, size, "\xcf\xfa\xed\xfe", 4) || /* macOS */
         starts_with (data, size, "\xca\xfe\xba\xbe", 4);
}

/* %%EOF within the last 1024 bytes, as PDF readers look for it. */
static gboolean
pdf_is_whole (const guint8 *data,
              gsize         size)
{
  gsize from = size > 1024 ? size - 1024 : 0;

  for (gsize i = size >= 5 ? size - 5 : 0; i + 1 > from; i--)
    {
      if (memcmp (data + i, "%%EOF", 5) == 0)
        return TRUE;
      if (i == 0)
        break;
    }
  return FALSE;
}

static gboolean
png_is_whole (const guint8 *data,
              gsize         size)
{
  /* The signature, then the IHDR chunk of 13 bytes with a width and a
   * height that are not 0, and the IEND chunk at the end. */
  if (size < 8 + 25 + 12 || memcmp (data + 8, "\0\0\0\rIHDR", 8) != 0)
    return FALSE;
  if (memcmp (data + 16, "\0\0\0\0", 4) == 0 || memcmp (data + 20, "\0\0\0\0", 4) == 0)
    return FALSE;
  return memcmp (data + size - 8, "IEND", 4) == 0;
}

static gboolean
jpeg_is_whole (const guint8 *data,
               gsize         size)
{
  /* Some cameras pad after EOI: look for it in the last bytes. */
  gsize from = size > 64 ? size - 64 : 2;

  for (gsize i = size - 2; i >= from; i--)
    {
      if (data[i] == 0xff && data[i + 1] == 0xd9)
        return TRUE;
      if (i == from)
        break;
    }
  return FALSE;
}

const char *
bw_file_type_check (const guint8  *data,
                    gsize          size,
                    GError       **error)
{
  if (data == NULL || size == 0)
    {
      g_set_error_literal (error, BW_FILE_TYPE_ERROR, BW_FILE_TYPE_ERROR_EMPTY,
                           _("The file is empty"));
      return NULL;
    }
  if (size > BW_FILE_TYPE_MAX_SIZE)
    {
      g_set_error (error, BW_FILE_TYPE_ERROR, BW_FILE_TYPE_ERROR_TOO_LARGE,
                   _("The file is larger than %d MB: make it smaller (scan it at a lower resolution) and try again"),
                   BW_FILE_TYPE_MAX_SIZE / (1024 * 1024));
      return NULL;
    }
  if (is_executable (data, size))
    {
      g_set_error_literal (error, BW_FILE_TYPE_ERROR, BW_FILE_TYPE_ERROR_EXECUTABLE,
                           _("This file is a program, not a document, whatever its name says: it cannot be attached"));
      return NULL;
    }
  if (starts_with (data, size, "%PDF-", 5))
    {
      if (!pdf_is_whole (data, size))
        goto damaged;
      return "application/pdf";
    }
  if (starts_with (data, size, "\x89PNG\r\n\x1a\n", 8))
    {
      if (!png_is_whole (data, size))
        goto damaged;
      return "image/png";
    }
  if (starts_with (data, size, "\xff\xd8\xff", 3))
    {
      if (size < 4 || !jpeg_is_whole (data, size))
        goto damaged;
      return "image/jpeg";
    }
  g_set_error_literal (error, BW_FILE_TYPE_ERROR, BW_FILE_TYPE_ERROR_UNKNOWN,
                       _("Only PDF, JPEG and PNG files can be attached, and this file is none of them"));
  return NULL;

damaged:
  g_set_error_literal (error, BW_FILE_TYPE_ERROR, BW_FILE_TYPE_ERROR_DAMAGED,
                       _("The file is damaged or incomplete: save or scan it again"));
  return NULL;
}

gboolean
bw_file_type_is_media_type (const char *media_type)
{
  return g_strcmp0 (media_type, "application/pdf") == 0 || g_strcmp0 (media_type, "image/jpeg") == 0 ||
         g_strcmp0 (media_type, "image/png") == 0;
}

gboolean
bw_file_type_is_sha256 (const char *text)
{
  if (text == NULL || strlen (text) != 64)
    return FALSE;
  for (const char *p = text; *p; p++)
    if (!g_ascii_isxdigit (*p) || g_ascii_isupper (*p))
      return FALSE;
  return TRUE;
}

char *
bw_file_type_display_name (const char *name)
{
  g_autoptr(GString) clean = g_string_new (NULL);
  const char *base = name;
  guint n = 0;

  if (name == NULL || !g_utf8_validate (name, -1, NULL))
    return g_strdup ("bijlage");
  for (const char *p = name; *p; p++)
    if (*p == '/' || *p == '\\')
      base = p + 1;
  for (const char *p = base; *p && n < 120; p = g_utf8_next_char (p), n++)
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_iscntrl (c) || c == ':' || c == 0x202e || c == 0x200f || c == 0x200e)
        continue;
      if (clean->len == 0 && (c == '.' || g_unichar_isspace (c)))
        continue;
      g_string_append_unichar (clean, c);
    }
  while (clean->len > 0 && g_ascii_isspace (clean->str[clean->len - 1]))
    g_string_truncate (clean, clean->len - 1);
  if (clean->len == 0)
    return g_strdup ("bijlage");
  return g_string_free (g_steal_pointer (&clean), FALSE);
}

const char *
bw_file_type_extension (const char *media_type)
{
  if (g_strcmp0 (media_type, "image/jpeg") == 0)
    return ".jpg";
  if (g_strcmp0 (media_type, "image/png") == 0)
    return ".png";
  return ".pdf";
}
