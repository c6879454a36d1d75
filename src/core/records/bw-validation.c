/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-records"
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "bw-date.h"
#include "bw-record-json.h"
#include "bw-validation.h"

G_DEFINE_QUARK (bw-validation-error-quark, bw_validation_error)

#define MAX_HOUSEHOLD_SIZE 20
/* Ten million euros: above that a typing error is far more likely. */
#define MAX_DEBT_CENTS BW_DEBT_MAX_CENTS

char *
bw_validate_date (const char  *text,
                  int          code,
                  GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  char *iso = bw_date_parse (text, &local_error);

  if (iso == NULL)
    g_set_error_literal (error, BW_VALIDATION_ERROR, code, local_error->message);
  return iso;
}

gboolean
bw_validate_contact_date (const char  *date,
                          const char  *today,
                          GError     **error)
{
  g_return_val_if_fail (today != NULL, FALSE);

  /* ISO dates compare as text. */
  if (date != NULL && strcmp (date, today) > 0)
    {
      g_set_error_literal (error, BW_VALIDATION_ERROR, BW_VALIDATION_ERROR_DATE,
                           _("A contact note cannot be dated in the future"));
      return FALSE;
    }
  return TRUE;
}

gboolean
bw_validate_required_text (const char  *text,
                           int          code,
                           const char  *message,
                           GError     **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text ? text : ""));

  if (*stripped == '\0')
    {
      g_set_error_literal (error, BW_VALIDATION_ERROR, code, message);
      return FALSE;
    }
  return TRUE;
}

char *
bw_text_normalise (const char *text)
{
  g_autofree char *valid = NULL;
  GString *out;

  if (text == NULL)
    return NULL;
  valid = g_utf8_make_valid (text, -1);
  out = g_string_sized_new (strlen (valid));
  for (const char *p = valid; *p; p++)
    {
      if (*p == '\r')
        {
          g_string_append_c (out, '\n');
          if (p[1] == '\n')
            p++;
        }
      else if ((guchar) *p >= 0x20 || *p == '\t' || *p == '\n')
        g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

gboolean
bw_validate_text_length (const char  *type_key,
                         const char  *field,
                         const char  *text,
                         int          code,
                         GError     **error)
{
  BwRecordType type;
  guint max;
  glong length;

  if (text == NULL)
    return TRUE;
  g_return_val_if_fail (bw_record_type_from_key (type_key, &type), FALSE);
  max = bw_record_json_field_max_chars (type, field);
  g_return_val_if_fail (max > 0, TRUE);
  length = g_utf8_strlen (text, -1);
  if ((gulong) length <= max)
    return TRUE;
  g_set_error (error, BW_VALIDATION_ERROR, code,
               /* TRANSLATORS: the first number is the limit, the second how long the text is */
               g_dngettext (GETTEXT_PACKAGE,
                            "This text is too long: at most %u character fits, it has %ld. Shorten it to save.",
                            "This text is too long: at most %u characters fit, it has %ld. Shorten it to save.",
                            max),
               max, length);
  return FALSE;
}

gboolean
bw_validate_score (int      score,
                   GError **error)
{
  if (score != BW_SCORE_NONE && (score < BW_SCORE_MIN || score > BW_SCORE_MAX))
    {
      g_set_error (error, BW_VALIDATION_ERROR, BW_VALIDATION_ERROR_SCORE,
                   _("A score must be between %d and %d"), BW_SCORE_MIN, BW_SCORE_MAX);
      return FALSE;
    }
  return TRUE;
}

gboolean
bw_validate_measurement_date (const char  *date,
                              const char  *today,
                              GError     **error)
{
  g_return_val_if_fail (today != NULL, FALSE);

  /* ISO dates compare as text. */
  if (date != NULL && strcmp (date, today) > 0)
    {
      g_set_error_literal (error, BW_VALIDATION_ERROR, BW_VALIDATION_ERROR_DATE,
                           _("A measurement cannot be dated in the future"));
      return FALSE;
    }
  return TRUE;
}

gboolean
bw_validate_measurement (BwAssessment *measurement,
                         const char   *today,
                         GError      **error)
{
  const char *date;

  g_return_val_if_fail (BW_IS_ASSESSMENT (measurement), FALSE);

  date = bw_assessment_get_date (measurement);
  if (date == NULL || !bw_date_is_iso_date (date))
    {
      g_set_error_literal (error, BW_VALIDATION_ERROR, BW_VALIDATION_ERROR_DATE,
                           _("Enter the date of the measurement"));
      return FALSE;
    }
  if (!bw_validate_measurement_date (date, today, error))
    return FALSE;
  for (int d = 0; d < BW_DOMAIN_N; d++)
    if (!bw_validate_score (bw_assessment_get_score (measurement, d), error) ||
        !bw_validate_text_length ("assessment", bw_domain_note_key (d),
                                  bw_assessment_get_note (measurement, d), BW_VALIDATION_ERROR_TEXT, error) ||
        !bw_validate_text_length ("assessment", bw_domain_goal_key (d),
                                  bw_assessment_get_goal (measurement, d), BW_VALIDATION_ERROR_TEXT, error))
      {
        g_prefix_error (error, "%s: ", bw_domain_label (d));
        return FALSE;
      }
  if (bw_assessment_count_scored (measurement) == 0)
    {
      g_set_error_literal (error, BW_VALIDATION_ERROR, BW_VALIDATION_ERROR_SCORE,
                           _("Score at least one life domain"));
      return FALSE;
    }
  return TRUE;
}

static gboolean
validate_optional_date (const char  *iso_date,
                        int          code,
                        const char  *what,
                        GError     **error)
{
  if (iso_date == NULL)
    return TRUE;
  if (!bw_date_is_iso_date (iso_date))
    {
      g_set_error (error, BW_VALIDATION_ERROR, code,
                   /* TRANSLATORS: %s is a field, such as "the date of birth" */
                   _("Enter %s as a valid date"), what);
      return FALSE;
    }
  return TRUE;
}

gboolean
bw_validate_case (BwCase  *record,
                  GError **error)
{
  const char *name = bw_case_get_name (record);
  const char *dob = bw_case_get_date_of_birth (record);
  const char *phone = bw_case_get_phone (record);
  const char *email = bw_case_get_email (record);

  if (!bw_validate_required_text (name, BW_VALIDATION_ERROR_NAME,
                                  _("Enter the resident’s name"), error))
    return FALSE;

  if (!validate_optional_date (dob, BW_VALIDATION_ERROR_DATE_OF_BIRTH,
                               _("the date of birth"), error))
    return FALSE;
  if (dob != NULL)
    {
      g_autofree char *today = bw_date_today ();

      if (strcmp (dob, today) > 0)
        {
          g_set_error_literal (error, BW_VALIDATION_ERROR, BW_VALIDATION_ERROR_DATE_OF_BIRTH,
                               _("The date of birth cannot be in the future"));
          return FALSE;
        }
      if (strcmp (dob, "1900-01-01") < 0)
        {
          g_set_error_literal (error, BW_VALIDATION_ERROR, BW_VALIDATION_ERROR_DATE_OF_BIRTH,
                               _("The date of birth is before 1900; check the year"));
          return FALSE;
        }
    }

  if (bw_case_get_buurt_code (record) == NULL)
    {
      g_set_error_literal (error, BW_VALIDATION_ERROR, BW_VALIDATION_ERROR_NEIGHBOURHOOD,
                           _("Choose the neighbourhood where the resident lives"));
      return FALSE;
    }

  if (phone != NULL)
    {
      guint digits = 0;

      for (const char *p = phone; *p; p++)
        {
          if (g_ascii_isdigit (*p))
            digits++;
          else if (!strchr (" +-()", *p))
            {
              g_set_error_literal (error, BW_VALIDATION_ERROR, BW_VALIDATION_ERROR_PHONE,
                                   _("A phone number can hold only digits, spaces, +, - and brackets"));
              return FALSE;
            }
        }
      if (digits < 8 || digits > 15)
        {
          g_set_error_literal (error, BW_VALIDATION_ERROR, BW_VALIDATION_ERROR_PHONE,
                               _("A phone number has 8 to 15 digits"));
          return FALSE;
        }
    }

  if (email != NULL)
    {
      const char *at = strchr (email, '@');

      if (at == NULL || at == email || strchr (at + 1, '@') != NULL ||
          strchr (at + 1, '.') == NULL || strpbrk (email, " \t\n<>,;") != NULL ||
          g_str_has_suffix (email, "."))
        {
          g_set_error_literal (error, BW_VALIDATION_ERROR, BW_VALIDATION_ERROR_EMAIL,
                               _("Enter an e-mail address such as naam@voorbeeld.nl"));
          return FALSE;
        }
    }

  if (bw_case_get_household_size (record) < 1 ||
      bw_case_get_household_size (record) > MAX_HOUSEHOLD_SIZE)
    {
      g_set_error (error, BW_VALIDATION_ERROR, BW_VALIDATION_ERROR_HOUSEHOLD,
                   _("A household has 1 to %d people"), MAX_HOUSEHOLD_SIZE);
      return FALSE;
    }

  if (bw_case_get_debt_amount (record) < 0 ||
      bw_case_get_debt_amount (record) > MAX_DEBT_CENTS)
    {
      g_set_error_literal (error, BW_VALIDATION_ERROR, BW_VALIDATION_ERROR_DEBT_AMOUNT,
                           _("The debt amount must be between € 0 and € 10.000.000"));
      return FALSE;
    }

  if (bw_case_get_status (record) == BW_CASE_STATUS_CLOSED &&
      bw_case_get_outcome (record) == BW_OUTCOME_NONE)
    {
      g_set_error_literal (error, BW_VALIDATION_ERROR, BW_VALIDATION_ERROR_OUTCOME,
                           _("Choose an outcome to close the case"));
      return FALSE;
    }

  {
    const struct { const char *field; const char *text; int code; } texts[] = {
      { "name", name, BW_VALIDATION_ERROR_NAME },
      { "address", bw_case_get_address (record), BW_VALIDATION_ERROR_ADDRESS },
      { "phone", phone, BW_VALIDATION_ERROR_PHONE },
      { "email", email, BW_VALIDATION_ERROR_EMAIL },
      { "household_note", bw_case_get_household_note (record), BW_VALIDATION_ERROR_HOUSEHOLD_NOTE },
      { "outcome_note", bw_case_get_outcome_note (record), BW_VALIDATION_ERROR_OUTCOME },
    };

    /* The limits of the field table, so that the server never has to
     * refuse what was saved here (issue 12). */
    for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
      if (!bw_validate_text_length ("case", texts[i].field, texts[i].text, texts[i].code, error))
        return FALSE;
  }
  return TRUE;
}

gboolean
bw_parse_amount (const char  *text,
                 gint64      *cents,
                 GError     **error)
{
  g_autoptr(GString) digits = g_string_new (NULL);
  g_autofree char *stripped = g_strstrip (g_strdup (text ? text : ""));
  const char *decimal_sep = NULL;
  gint64 euros = 0;
  gint64 frac = 0;
  int frac_digits = 0;

  if (*stripped == '\0')
    {
      *cents = 0;
      return TRUE;
    }
  /* "€ 300,-" is Dutch for three hundred euros exactly. */
  if (g_str_has_suffix (stripped, ",-") || g_str_has_suffix (stripped, ".-"))
    stripped[strlen (stripped) - 2] = '\0';

  /* The last '.' or ',' followed by one or two digits is the decimal
   * separator; any other '.' or ',' groups thousands. */
  for (const char *p = stripped; *p; p++)
    if (*p == '.' || *p == ',')
      {
        gsize rest = strspn (p + 1, "0123456789");
        if ((rest == 1 || rest == 2) && p[1 + rest] == '\0')
          decimal_sep = p;
      }

  for (const char *p = stripped; *p; p = g_utf8_next_char (p))
    {
      gunichar ch = g_utf8_get_char (p);

      if (p == decimal_sep)
        {
          for (const char *q = p + 1; *q; q++, frac_digits++)
            frac = frac * 10 + (*q - '0');
          break;
        }
      if (g_ascii_isdigit (ch))
        {
          if (digits->len >= 12)
            goto bad;
          g_string_append_c (digits, (char) ch);
        }
      else if (ch == '.' || ch == ',' || ch == ' ' || ch == 0x20AC /* € */ || ch == 0xA0)
        continue;
      else
        goto bad;
    }

  if (digits->len == 0 && decimal_sep == NULL)
    goto bad;
  if (digits->len > 0)
    euros = g_ascii_strtoll (digits->str, NULL, 10);
  if (frac_digits == 1)
    frac *= 10;

  *cents = euros * 100 + frac;
  if (*cents > MAX_DEBT_CENTS)
    {
      g_set_error_literal (error, BW_VALIDATION_ERROR, BW_VALIDATION_ERROR_DEBT_AMOUNT,
                           _("The debt amount must be between € 0 and € 10.000.000"));
      return FALSE;
    }
  return TRUE;

bad:
  g_set_error (error, BW_VALIDATION_ERROR, BW_VALIDATION_ERROR_DEBT_AMOUNT,
               _("“%s” is not an amount in euros, for example 1.250,50"), stripped);
  return FALSE;
}

char *
bw_format_amount (gint64 cents)
{
  g_autofree char *number = bw_format_amount_number (cents);

  return g_strdup_printf ("€ %s", number);
}

char *
bw_format_amount_number (gint64 cents)
{
  g_autoptr(GString) whole = g_string_new (NULL);
  g_autofree char *digits = g_strdup_printf ("%" G_GINT64_FORMAT, cents / 100);
  gsize len = strlen (digits);

  /* Dutch grouping: a dot between thousands, a comma before the cents. */
  for (gsize i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0)
        g_string_append_c (whole, '.');
      g_string_append_c (whole, digits[i]);
    }
  return g_strdup_printf ("%s,%02d", whole->str, (int) (cents % 100));
}

static gboolean
is_loopback_host (const char *host)
{
  return g_strcmp0 (host, "localhost") == 0 ||
         g_strcmp0 (host, "::1") == 0 ||
         (host != NULL && g_str_has_prefix (host, "127."));
}

static GUri *
parse_web_url (const char  *url,
               GError     **error)
{
  g_autoptr(GUri) uri = g_uri_parse (url, G_URI_FLAGS_NONE, NULL);
  const char *scheme;

  if (uri == NULL || g_uri_get_host (uri) == NULL || *g_uri_get_host (uri) == '\0')
    {
      g_set_error (error, BW_VALIDATION_ERROR, BW_VALIDATION_ERROR_URL,
                   _("“%s” is not a web address; it starts with https://"), url);
      return NULL;
    }
  scheme = g_uri_get_scheme (uri);
  if (g_ascii_strcasecmp (scheme, "https") != 0 && g_ascii_strcasecmp (scheme, "http") != 0)
    {
      g_set_error (error, BW_VALIDATION_ERROR, BW_VALIDATION_ERROR_URL,
                   _("The address must start with https://"));
      return NULL;
    }
  return g_steal_pointer (&uri);
}

gboolean
bw_validate_server_url (const char  *url,
                        GError     **error)
{
  g_autoptr(GUri) uri = NULL;

  if (url == NULL || *url == '\0')
    return TRUE;
  uri = parse_web_url (url, error);
  if (uri == NULL)
    return FALSE;
  if (g_ascii_strcasecmp (g_uri_get_scheme (uri), "http") == 0 &&
      !is_loopback_host (g_uri_get_host (uri)))
    {
      g_set_error_literal (error, BW_VALIDATION_ERROR, BW_VALIDATION_ERROR_URL,
                           _("Case data may only travel encrypted: use an https:// address"));
      return FALSE;
    }
  return TRUE;
}

gboolean
bw_validate_tile_url (const char  *url,
                      GError     **error)
{
  g_autoptr(GString) probe = NULL;
  g_autoptr(GUri) uri = NULL;

  if (url == NULL || *url == '\0')
    return TRUE;
  if (strstr (url, "{z}") == NULL || strstr (url, "{x}") == NULL || strstr (url, "{y}") == NULL)
    {
      g_set_error_literal (error, BW_VALIDATION_ERROR, BW_VALIDATION_ERROR_URL,
                           _("A tile address needs the places {z}, {x} and {y}, for example https://tiles.example.org/{z}/{x}/{y}.png"));
      return FALSE;
    }
  /* The braces are not valid in a URL; check it with numbers in their place. */
  probe = g_string_new (url);
  g_string_replace (probe, "{z}", "1", 0);
  g_string_replace (probe, "{x}", "1", 0);
  g_string_replace (probe, "{y}", "1", 0);
  uri = parse_web_url (probe->str, error);
  return uri != NULL;
}
