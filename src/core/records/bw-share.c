/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-records"
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "bw-date.h"
#include "bw-record-json.h"
#include "bw-json-wire.h"
#include "bw-share.h"
#include "bw-validation.h"

static const char * const part_keys[BW_SHARE_PART_N] = {
  "person", "track", "assessments", "debts", "journal", "actions", "household",
};

const char *
bw_share_part_to_key (BwSharePart part)
{
  g_return_val_if_fail ((int) part >= 0 && part < BW_SHARE_PART_N, NULL);
  return part_keys[part];
}

gboolean
bw_share_part_from_key (const char  *key,
                        BwSharePart *part)
{
  for (int i = 0; i < BW_SHARE_PART_N; i++)
    if (g_strcmp0 (key, part_keys[i]) == 0)
      {
        *part = i;
        return TRUE;
      }
  return FALSE;
}

const char *
bw_share_part_to_label (BwSharePart part)
{
  switch (part)
    {
    case BW_SHARE_PART_PERSON: return _("Person and contact details");
    case BW_SHARE_PART_TRACK: return _("Cascade track");
    case BW_SHARE_PART_ASSESSMENTS: return _("Life-domain scores");
    case BW_SHARE_PART_DEBTS: return _("Debts");
    case BW_SHARE_PART_JOURNAL: return _("Journal notes marked shareable");
    case BW_SHARE_PART_ACTIONS: return _("Actions");
    case BW_SHARE_PART_HOUSEHOLD: return _("Household");
    case BW_SHARE_PART_N:
    default:
      g_return_val_if_reached (NULL);
    }
}

gboolean
bw_organisation_is_key (const char *key)
{
  return g_strcmp0 (key, "jeugdzorg") == 0 || g_strcmp0 (key, "vsv") == 0;
}

const char *
bw_organisation_to_label (const char *key)
{
  if (g_strcmp0 (key, "jeugdzorg") == 0)
    return _("Youth care");
  if (g_strcmp0 (key, "vsv") == 0)
    return _("VSV bureau");
  return key;
}

gboolean
bw_consent_form_is_key (const char *key)
{
  return g_strcmp0 (key, "written") == 0 || g_strcmp0 (key, "verbal") == 0 ||
         g_strcmp0 (key, "digital") == 0;
}

const char *
bw_consent_form_to_label (const char *key)
{
  if (g_strcmp0 (key, "written") == 0)
    return _("Written");
  if (g_strcmp0 (key, "verbal") == 0)
    return _("Verbal");
  if (g_strcmp0 (key, "digital") == 0)
    return _("Digital");
  return key;
}

struct _BwShare
{
  BwRecord parent_instance;

  /* The parent link, not a field. */
  char *case_uuid;
};

G_DEFINE_FINAL_TYPE (BwShare, bw_share, BW_TYPE_RECORD)

static void
bw_share_finalize (GObject *object)
{
  BwShare *self = (BwShare *) object;

  g_free (self->case_uuid);

  G_OBJECT_CLASS (bw_share_parent_class)->finalize (object);
}

static void
bw_share_class_init (BwShareClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bw_share_finalize;
  bw_record_class_set_type (BW_RECORD_CLASS (klass), BW_RECORD_TYPE_SHARE);
}

static void
bw_share_init (BwShare *self)
{
  bw_record_set_text (BW_RECORD (self), "consent_form", "written");
}

BwShare *
bw_share_new (void)
{
  return g_object_new (BW_TYPE_SHARE, NULL);
}

BW_RECORD_DEFINE_BOOKKEEPING (BwShare, bw_share)

#define TEXT_ACCESSORS(name)                                       \
  const char *bw_share_get_##name (BwShare *self)                  \
  {                                                                \
    return bw_record_get_text (BW_RECORD (self), #name);           \
  }                                                                \
  void bw_share_set_##name (BwShare *self, const char *value)      \
  {                                                                \
    bw_record_set_text (BW_RECORD (self), #name, value);           \
  }

TEXT_ACCESSORS (organisation)
TEXT_ACCESSORS (consent_date)
TEXT_ACCESSORS (consent_given_to)
TEXT_ACCESSORS (consent_form)
TEXT_ACCESSORS (end_date)
TEXT_ACCESSORS (team_contact)
TEXT_ACCESSORS (withdrawn_at)
TEXT_ACCESSORS (withdrawn_reason)
#undef TEXT_ACCESSORS

const char *
bw_share_get_case_uuid (BwShare *self)
{
  g_return_val_if_fail (BW_IS_SHARE (self), NULL);
  return self->case_uuid;
}

void
bw_share_set_case_uuid (BwShare    *self,
                        const char *case_uuid)
{
  g_return_if_fail (BW_IS_SHARE (self));
  g_free (self->case_uuid);
  self->case_uuid = case_uuid && *case_uuid ? g_strdup (case_uuid) : NULL;
}

/* The parts are the "parts" field, a JSON array of part keys; these read
 * it as a set. FALSE for anything but an array of known keys. */
static gboolean
parse_parts (const char *json,
             gboolean    parts[BW_SHARE_PART_N])
{
  g_autoptr(JsonNode) node = NULL;
  JsonArray *array;

  memset (parts, 0, sizeof (gboolean) * BW_SHARE_PART_N);
  node = json ? json_from_string (json, NULL) : NULL;
  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return FALSE;
  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      BwSharePart part;

      if (!JSON_NODE_HOLDS_VALUE (element) || json_node_get_value_type (element) != G_TYPE_STRING ||
          !bw_share_part_from_key (json_node_get_string (element), &part))
        return FALSE;
      parts[part] = TRUE;
    }
  return TRUE;
}

/* The set as a JSON array text, in BwSharePart order. */
static char *
format_parts (const gboolean parts[BW_SHARE_PART_N])
{
  g_autoptr(JsonArray) array = json_array_new ();
  g_autoptr(JsonNode) node = NULL;

  for (int i = 0; i < BW_SHARE_PART_N; i++)
    if (parts[i])
      json_array_add_string_element (array, part_keys[i]);
  node = json_node_init_array (json_node_alloc (), array);
  return json_to_string (node, FALSE);
}

static void
get_parts (BwShare  *self,
           gboolean  parts[BW_SHARE_PART_N])
{
  parse_parts (bw_record_get_text (BW_RECORD (self), "parts"), parts);
}

gboolean
bw_share_has_part (BwShare     *self,
                   BwSharePart  part)
{
  gboolean parts[BW_SHARE_PART_N];

  g_return_val_if_fail (BW_IS_SHARE (self), FALSE);
  g_return_val_if_fail ((int) part >= 0 && part < BW_SHARE_PART_N, FALSE);
  get_parts (self, parts);
  return parts[part];
}

void
bw_share_set_part (BwShare     *self,
                   BwSharePart  part,
                   gboolean     shared)
{
  gboolean parts[BW_SHARE_PART_N];
  g_autofree char *json = NULL;

  g_return_if_fail (BW_IS_SHARE (self));
  g_return_if_fail ((int) part >= 0 && part < BW_SHARE_PART_N);
  get_parts (self, parts);
  parts[part] = !!shared;
  json = format_parts (parts);
  bw_record_set_text (BW_RECORD (self), "parts", json);
}

char *
bw_share_dup_parts_json (BwShare *self)
{
  gboolean parts[BW_SHARE_PART_N];

  g_return_val_if_fail (BW_IS_SHARE (self), NULL);
  get_parts (self, parts);
  return format_parts (parts);
}

gboolean
bw_share_set_parts_json (BwShare    *self,
                         const char *json)
{
  gboolean parts[BW_SHARE_PART_N];
  g_autofree char *canonical = NULL;

  g_return_val_if_fail (BW_IS_SHARE (self), FALSE);

  if (!parse_parts (json, parts))
    return FALSE;
  canonical = format_parts (parts);
  bw_record_set_text (BW_RECORD (self), "parts", canonical);
  return TRUE;
}

gboolean
bw_share_is_active (BwShare    *self,
                    const char *today)
{
  g_return_val_if_fail (BW_IS_SHARE (self), FALSE);
  return bw_share_get_withdrawn_at (self) == NULL && bw_share_get_end_date (self) != NULL &&
         g_strcmp0 (bw_share_get_end_date (self), today) >= 0;
}

static gboolean
fail (GError     **error,
      int          code,
      const char  *message)
{
  g_set_error_literal (error, BW_VALIDATION_ERROR, code, message);
  return FALSE;
}

gboolean
bw_share_validate_new (BwShare     *self,
                       const char  *today,
                       GError     **error)
{
  gboolean parts[BW_SHARE_PART_N];
  gboolean any = FALSE;
  const char *organisation, *consent_date, *consent_given_to, *consent_form, *end_date,
             *team_contact;

  g_return_val_if_fail (BW_IS_SHARE (self), FALSE);
  g_return_val_if_fail (today != NULL, FALSE);

  get_parts (self, parts);
  organisation = bw_share_get_organisation (self);
  consent_date = bw_share_get_consent_date (self);
  consent_given_to = bw_share_get_consent_given_to (self);
  consent_form = bw_share_get_consent_form (self);
  end_date = bw_share_get_end_date (self);
  team_contact = bw_share_get_team_contact (self);

  if (!bw_organisation_is_key (organisation))
    return fail (error, BW_VALIDATION_ERROR_SHARE_ORGANISATION,
                 _("Choose the partner organisation to share with"));
  for (int i = 0; i < BW_SHARE_PART_N; i++)
    any |= parts[i];
  if (!any)
    return fail (error, BW_VALIDATION_ERROR_SHARE_PARTS,
                 _("Choose at least one part of the case to share"));
  if (!bw_date_is_iso_date (consent_date))
    return fail (error, BW_VALIDATION_ERROR_CONSENT_DATE,
                 _("Enter the date on which the resident gave consent"));
  if (strcmp (consent_date, today) > 0)
    return fail (error, BW_VALIDATION_ERROR_CONSENT_DATE,
                 _("The date of consent cannot be in the future"));
  if (!bw_validate_required_text (consent_given_to, BW_VALIDATION_ERROR_CONSENT_GIVEN_TO,
                                  _("Enter to whom the resident gave consent"), error))
    return FALSE;
  if (!bw_consent_form_is_key (consent_form))
    return fail (error, BW_VALIDATION_ERROR_CONSENT_FORM,
                 _("Choose how the resident gave consent"));
  if (!bw_date_is_iso_date (end_date))
    return fail (error, BW_VALIDATION_ERROR_END_DATE,
                 _("Enter the date on which the share ends"));
  if (strcmp (end_date, consent_date) < 0)
    return fail (error, BW_VALIDATION_ERROR_END_DATE,
                 _("The end date cannot be before the date of consent"));
  if (strcmp (end_date, today) < 0)
    return fail (error, BW_VALIDATION_ERROR_END_DATE,
                 _("The end date is in the past"));
  if (!bw_validate_required_text (team_contact, BW_VALIDATION_ERROR_TEAM_CONTACT,
                                  _("Enter the contact person in the team the partner can call"), error))
    return FALSE;
  if (bw_share_get_withdrawn_at (self) != NULL || bw_share_get_withdrawn_reason (self) != NULL)
    return fail (error, BW_VALIDATION_ERROR_END_DATE, _("A new share cannot be withdrawn already"));
  if (!bw_validate_text_length ("share", "consent_given_to", consent_given_to,
                                BW_VALIDATION_ERROR_CONSENT_GIVEN_TO, error) ||
      !bw_validate_text_length ("share", "team_contact", team_contact,
                                BW_VALIDATION_ERROR_TEAM_CONTACT, error))
    return FALSE;
  if (!bw_json_wire_text_is_clean (consent_given_to, -1))
    return fail (error, BW_VALIDATION_ERROR_CONSENT_GIVEN_TO, _("This text holds a character that cannot be saved"));
  if (!bw_json_wire_text_is_clean (team_contact, -1))
    return fail (error, BW_VALIDATION_ERROR_TEAM_CONTACT, _("This text holds a character that cannot be saved"));
  return TRUE;
}
