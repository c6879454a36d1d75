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
  "person", "track", "assessments", "debts", "journal", "actions",
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
  GObject parent_instance;

  gint64 id;
  char *uuid;
  gint64 revision;
  char *case_uuid;
  char *organisation;
  gboolean parts[BW_SHARE_PART_N];
  char *consent_date;
  char *consent_given_to;
  char *consent_form;
  char *end_date;
  char *team_contact;
  char *withdrawn_at;
  char *withdrawn_reason;
  char *created_at;
  char *created_by;
};

G_DEFINE_FINAL_TYPE (BwShare, bw_share, G_TYPE_OBJECT)

static void
bw_share_finalize (GObject *object)
{
  BwShare *self = (BwShare *) object;

  g_free (self->uuid);
  g_free (self->case_uuid);
  g_free (self->organisation);
  g_free (self->consent_date);
  g_free (self->consent_given_to);
  g_free (self->consent_form);
  g_free (self->end_date);
  g_free (self->team_contact);
  g_free (self->withdrawn_at);
  g_free (self->withdrawn_reason);
  g_free (self->created_at);
  g_free (self->created_by);

  G_OBJECT_CLASS (bw_share_parent_class)->finalize (object);
}

static void
bw_share_class_init (BwShareClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bw_share_finalize;
}

static void
bw_share_init (BwShare *self)
{
  self->consent_form = g_strdup ("written");
}

BwShare *
bw_share_new (void)
{
  return g_object_new (BW_TYPE_SHARE, NULL);
}

/* Empty text is stored as NULL. */
static void
set_text (char       **field,
          const char  *value)
{
  g_free (*field);
  *field = (value != NULL && *value != '\0') ? g_strdup (value) : NULL;
}

#define TEXT_ACCESSORS(name)                                       \
  const char *bw_share_get_##name (BwShare *self)                  \
  {                                                                \
    g_return_val_if_fail (BW_IS_SHARE (self), NULL);               \
    return self->name;                                             \
  }                                                                \
  void bw_share_set_##name (BwShare *self, const char *value)      \
  {                                                                \
    g_return_if_fail (BW_IS_SHARE (self));                         \
    set_text (&self->name, value);                                 \
  }

TEXT_ACCESSORS (uuid)
TEXT_ACCESSORS (case_uuid)
TEXT_ACCESSORS (organisation)
TEXT_ACCESSORS (consent_date)
TEXT_ACCESSORS (consent_given_to)
TEXT_ACCESSORS (consent_form)
TEXT_ACCESSORS (end_date)
TEXT_ACCESSORS (team_contact)
TEXT_ACCESSORS (withdrawn_at)
TEXT_ACCESSORS (withdrawn_reason)
TEXT_ACCESSORS (created_at)
TEXT_ACCESSORS (created_by)
#undef TEXT_ACCESSORS

gint64
bw_share_get_id (BwShare *self)
{
  g_return_val_if_fail (BW_IS_SHARE (self), 0);
  return self->id;
}

void
bw_share_set_id (BwShare *self,
                 gint64   id)
{
  g_return_if_fail (BW_IS_SHARE (self));
  self->id = id;
}

gint64
bw_share_get_revision (BwShare *self)
{
  g_return_val_if_fail (BW_IS_SHARE (self), 0);
  return self->revision;
}

void
bw_share_set_revision (BwShare *self,
                       gint64   revision)
{
  g_return_if_fail (BW_IS_SHARE (self));
  self->revision = revision;
}

gboolean
bw_share_has_part (BwShare     *self,
                   BwSharePart  part)
{
  g_return_val_if_fail (BW_IS_SHARE (self), FALSE);
  g_return_val_if_fail ((int) part >= 0 && part < BW_SHARE_PART_N, FALSE);
  return self->parts[part];
}

void
bw_share_set_part (BwShare     *self,
                   BwSharePart  part,
                   gboolean     shared)
{
  g_return_if_fail (BW_IS_SHARE (self));
  g_return_if_fail ((int) part >= 0 && part < BW_SHARE_PART_N);
  self->parts[part] = shared;
}

char *
bw_share_dup_parts_json (BwShare *self)
{
  g_autoptr(JsonArray) array = json_array_new ();
  g_autoptr(JsonNode) node = NULL;

  g_return_val_if_fail (BW_IS_SHARE (self), NULL);

  for (int i = 0; i < BW_SHARE_PART_N; i++)
    if (self->parts[i])
      json_array_add_string_element (array, part_keys[i]);
  node = json_node_init_array (json_node_alloc (), array);
  return json_to_string (node, FALSE);
}

gboolean
bw_share_set_parts_json (BwShare    *self,
                         const char *json)
{
  g_autoptr(JsonNode) node = NULL;
  gboolean parts[BW_SHARE_PART_N] = { FALSE };
  JsonArray *array;

  g_return_val_if_fail (BW_IS_SHARE (self), FALSE);

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
  memcpy (self->parts, parts, sizeof parts);
  return TRUE;
}

gboolean
bw_share_is_active (BwShare    *self,
                    const char *today)
{
  g_return_val_if_fail (BW_IS_SHARE (self), FALSE);
  return self->withdrawn_at == NULL && self->end_date != NULL &&
         g_strcmp0 (self->end_date, today) >= 0;
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
  gboolean any = FALSE;

  g_return_val_if_fail (BW_IS_SHARE (self), FALSE);
  g_return_val_if_fail (today != NULL, FALSE);

  if (!bw_organisation_is_key (self->organisation))
    return fail (error, BW_VALIDATION_ERROR_SHARE_ORGANISATION,
                 _("Choose the partner organisation to share with"));
  for (int i = 0; i < BW_SHARE_PART_N; i++)
    any |= self->parts[i];
  if (!any)
    return fail (error, BW_VALIDATION_ERROR_SHARE_PARTS,
                 _("Choose at least one part of the case to share"));
  if (!bw_date_is_iso_date (self->consent_date))
    return fail (error, BW_VALIDATION_ERROR_CONSENT_DATE,
                 _("Enter the date on which the resident gave consent"));
  if (strcmp (self->consent_date, today) > 0)
    return fail (error, BW_VALIDATION_ERROR_CONSENT_DATE,
                 _("The date of consent cannot be in the future"));
  if (!bw_validate_required_text (self->consent_given_to, BW_VALIDATION_ERROR_CONSENT_GIVEN_TO,
                                  _("Enter to whom the resident gave consent"), error))
    return FALSE;
  if (!bw_consent_form_is_key (self->consent_form))
    return fail (error, BW_VALIDATION_ERROR_CONSENT_FORM,
                 _("Choose how the resident gave consent"));
  if (!bw_date_is_iso_date (self->end_date))
    return fail (error, BW_VALIDATION_ERROR_END_DATE,
                 _("Enter the date on which the share ends"));
  if (strcmp (self->end_date, self->consent_date) < 0)
    return fail (error, BW_VALIDATION_ERROR_END_DATE,
                 _("The end date cannot be before the date of consent"));
  if (strcmp (self->end_date, today) < 0)
    return fail (error, BW_VALIDATION_ERROR_END_DATE,
                 _("The end date is in the past"));
  if (!bw_validate_required_text (self->team_contact, BW_VALIDATION_ERROR_TEAM_CONTACT,
                                  _("Enter the contact person in the team the partner can call"), error))
    return FALSE;
  if (self->withdrawn_at != NULL || self->withdrawn_reason != NULL)
    return fail (error, BW_VALIDATION_ERROR_END_DATE, _("A new share cannot be withdrawn already"));
  if (!bw_validate_text_length ("share", "consent_given_to", self->consent_given_to,
                                BW_VALIDATION_ERROR_CONSENT_GIVEN_TO, error) ||
      !bw_validate_text_length ("share", "team_contact", self->team_contact,
                                BW_VALIDATION_ERROR_TEAM_CONTACT, error))
    return FALSE;
  if (!bw_json_wire_text_is_clean (self->consent_given_to, -1))
    return fail (error, BW_VALIDATION_ERROR_CONSENT_GIVEN_TO, _("This text holds a character that cannot be saved"));
  if (!bw_json_wire_text_is_clean (self->team_contact, -1))
    return fail (error, BW_VALIDATION_ERROR_TEAM_CONTACT, _("This text holds a character that cannot be saved"));
  return TRUE;
}
