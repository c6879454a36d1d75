/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <glib.h>

#include "bw-assessment.h"
#include "bw-case.h"

G_BEGIN_DECLS

#define BW_VALIDATION_ERROR (bw_validation_error_quark ())

/* The error code names the field that is wrong, so that the interface can
 * show the message next to that field. */
typedef enum {
  BW_VALIDATION_ERROR_NAME,
  BW_VALIDATION_ERROR_DATE_OF_BIRTH,
  BW_VALIDATION_ERROR_NEIGHBOURHOOD,
  BW_VALIDATION_ERROR_PHONE,
  BW_VALIDATION_ERROR_EMAIL,
  BW_VALIDATION_ERROR_HOUSEHOLD,
  BW_VALIDATION_ERROR_DEBT_AMOUNT,
  BW_VALIDATION_ERROR_OUTCOME,
  BW_VALIDATION_ERROR_SCORE,
  BW_VALIDATION_ERROR_DATE,
  BW_VALIDATION_ERROR_TEXT,
  BW_VALIDATION_ERROR_ORGANISATION,
  BW_VALIDATION_ERROR_URL,
  /* Sharing with a partner (bw-share.h) */
  BW_VALIDATION_ERROR_SHARE_PARTS,
  BW_VALIDATION_ERROR_SHARE_ORGANISATION,
  BW_VALIDATION_ERROR_CONSENT_DATE,
  BW_VALIDATION_ERROR_CONSENT_GIVEN_TO,
  BW_VALIDATION_ERROR_CONSENT_FORM,
  BW_VALIDATION_ERROR_END_DATE,
  BW_VALIDATION_ERROR_TEAM_CONTACT,
  BW_VALIDATION_ERROR_ADDRESS,
  BW_VALIDATION_ERROR_HOUSEHOLD_NOTE,
  /* The journal as a contact log */
  BW_VALIDATION_ERROR_DURATION,
  BW_VALIDATION_ERROR_CONTACT_WITH,
} BwValidationError;

GQuark    bw_validation_error_quark (void);

/* A date as a person types it (bw_date_parse()), for the field @code:
 * the ISO form, or NULL with @error set (BW_VALIDATION_ERROR, @code, such
 * as BW_VALIDATION_ERROR_DATE or _DATE_OF_BIRTH) and the parser's message. */
char     *bw_validate_date          (const char  *text,
                                     int          code,
                                     GError     **error);

/* Checks a case's own fields; the neighbourhood code's existence is checked
 * by the store, which owns the list. */
gboolean  bw_validate_case          (BwCase      *record,
                                     GError     **error);

/* A contact note (journal entry) records what happened: its ISO @date
 * may not lie after @today (ISO, Europe/Amsterdam). Otherwise sets
 * @error (BW_VALIDATION_ERROR_DATE). The desktop's store and the server
 * both call it, so no client can store a note from the future. */
gboolean  bw_validate_contact_date  (const char  *date,
                                     const char  *today,
                                     GError     **error);

/* A ZRM score: 1 to 5, or 0 (not scored). */
gboolean  bw_validate_score         (int          score,
                                     GError     **error);

/* A ZRM measurement: its ISO @date not after @today, every score valid
 * and at least one domain scored, notes and goals not too long. Sets
 * @error (BW_VALIDATION_ERROR_DATE, _SCORE or _TEXT) otherwise. The
 * server checks the date by the same rule (bw_validate_measurement_date()). */
gboolean  bw_validate_measurement   (BwAssessment *measurement,
                                     const char   *today,
                                     GError      **error);
gboolean  bw_validate_measurement_date (const char  *date,
                                        const char  *today,
                                        GError     **error);

gboolean  bw_validate_required_text (const char  *text,
                                     int          code,
                                     const char  *message,
                                     GError     **error);

/* Text as the desktop saves it, never anything the server refuses:
 * "\r\n" and a lone "\r" become "\n", other control characters but tab
 * and newline (invisible, and refused on the wire) are dropped, and bytes
 * that are not UTF-8 become U+FFFD. NULL stays NULL. */
char     *bw_text_normalise         (const char  *text);

/* Whether @text fits field @field of the record type @type_key ("case",
 * "journal", "partner_note", "share", "offer", …) as the field table of
 * bw-record-json.c says (bw_record_json_field_max_chars()). Otherwise
 * sets @error with @code and a message that says how long it may be and
 * how long it is; nothing is cut. NULL always fits. */
gboolean  bw_validate_text_length   (const char  *type_key,
                                     const char  *field,
                                     const char  *text,
                                     int          code,
                                     GError     **error);

/* Parses an amount in euros as typed ("1.250,50", "1250.5", "€ 300").
 * Returns TRUE and the cents, or FALSE with @error set. */
gboolean  bw_parse_amount           (const char  *text,
                                     gint64      *cents,
                                     GError     **error);

/* An address of the central server: empty (work offline) or an http(s)
 * URL; plain http only to this computer, since case data must never cross
 * a network unencrypted. */
gboolean  bw_validate_server_url    (const char  *url,
                                     GError     **error);

/* A raster tile URL template: empty, or http(s) with {z}, {x} and {y}. */
gboolean  bw_validate_tile_url      (const char  *url,
                                     GError     **error);

/* 125050 -> "€ 1.250,50", the Dutch way of writing euros (what
 * bw_parse_amount() reads back); _number() without the sign, for a field
 * whose label names the euro. */
char     *bw_format_amount          (gint64       cents);
char     *bw_format_amount_number   (gint64       cents);

G_END_DECLS
