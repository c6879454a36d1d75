/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The files a case or a share may carry (attachments): PDF, JPEG and PNG
 * of at most BW_FILE_TYPE_MAX_SIZE bytes, recognised from their bytes,
 * never from their name. The desktop checks a file before it stores it,
 * the server checks the bytes again when an upload is complete. */

#define BW_FILE_TYPE_MAX_SIZE (10 * 1024 * 1024)

#define BW_FILE_TYPE_ERROR (bw_file_type_error_quark ())

typedef enum {
  BW_FILE_TYPE_ERROR_EMPTY,
  BW_FILE_TYPE_ERROR_TOO_LARGE,
  BW_FILE_TYPE_ERROR_EXECUTABLE,   /* a program, whatever its name says */
  BW_FILE_TYPE_ERROR_UNKNOWN,      /* not a PDF, JPEG or PNG */
  BW_FILE_TYPE_ERROR_DAMAGED,      /* starts like one, but is cut off or broken */
} BwFileTypeError;

GQuark      bw_file_type_error_quark (void);

/* The media type of @data ("application/pdf", "image/jpeg",
 * "image/png"), or NULL with a translated BW_FILE_TYPE_ERROR. */
const char *bw_file_type_check       (const guint8  *data,
                                      gsize          size,
                                      GError       **error);

/* Whether @media_type is one of the three above (the field table's check). */
gboolean    bw_file_type_is_media_type (const char *media_type);

/* Whether @text is a sha256 in 64 lower-case hex digits. */
gboolean    bw_file_type_is_sha256   (const char   *text);

/* A name fit to show and to give a temporary copy: the last path
 * component of @name, without control characters, path separators or a
 * leading dot, at most 120 characters; "bijlage" when nothing is left. */
char       *bw_file_type_display_name (const char *name);

/* The usual extension of @media_type, with its dot (".pdf"). */
const char *bw_file_type_extension   (const char *media_type);

G_END_DECLS
