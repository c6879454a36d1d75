/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-wire"
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "bw-date.h"
#include "bw-json-wire.h"
#include "bw-record-json.h"
#include "bw-share.h"

G_DEFINE_QUARK (bw-record-json-error-quark, bw_record_json_error)

gboolean
bw_record_json_is_uuid (const char *text)
{
  if (text == NULL || strlen (text) != 36)
    return FALSE;
  for (int i = 0; i < 36; i++)
    {
      if (i == 8 || i == 13 || i == 18 || i == 23)
        {
          if (text[i] != '-')
            return FALSE;
        }
      else if (!g_ascii_isdigit (text[i]) && !(text[i] >= 'a' && text[i] <= 'f'))
        return FALSE;
    }
  return TRUE;
}

char *
bw_record_name_uuid (const char *name)
{
  g_autoptr(GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA1);
  guint8 digest[20];
  gsize length = sizeof digest;

  g_return_val_if_fail (name != NULL, NULL);

  g_checksum_update (sum, (const guchar *) name, -1);
  g_checksum_get_digest (sum, digest, &length);
  digest[6] = (digest[6] & 0x0f) | 0x50;   /* version 5: name-based, SHA-1 */
  digest[8] = (digest[8] & 0x3f) | 0x80;   /* RFC 4122 variant */
  return g_strdup_printf ("%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x",
                          digest[0], digest[1], digest[2], digest[3], digest[4], digest[5],
                          digest[6], digest[7], digest[8], digest[9], digest[10], digest[11],
                          digest[12], digest[13], digest[14], digest[15]);
}

/* Fields: the tables are the records' own (records/bw-field.c). */

/**
 * bw_record_json_field_max_chars:
 *
 * Returns: how many characters text field @name of @type may hold, or 0
 * when it is no text field.
 */
guint
bw_record_json_field_max_chars (BwRecordType  type,
                                const char   *name)
{
  const BwField *spec;

  g_return_val_if_fail ((int) type >= 0 && type < BW_RECORD_TYPE_N, 0);
  spec = name ? bw_record_spec_field (type, name) : NULL;
  return spec && spec->kind == BW_FIELD_TEXT ? spec->max_chars : 0;
}

gboolean
bw_record_json_has_field (BwRecordType  type,
                          const char   *name)
{
  g_return_val_if_fail ((int) type >= 0 && type < BW_RECORD_TYPE_N, FALSE);
  return name != NULL && bw_record_spec_field (type, name) != NULL;
}

static gboolean
is_value_of_type (JsonNode *node,
                  GType     type)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == type;
}

static gboolean
wrong_type (const char  *name,
            const char  *expected,
            GError     **error)
{
  g_set_error (error, BW_RECORD_JSON_ERROR, BW_RECORD_JSON_ERROR_WRONG_TYPE,
               /* TRANSLATORS: %s is a field name of the sync protocol, then a JSON type */
               _("The field “%s” must be %s"), name, expected);
  return FALSE;
}

static gboolean
invalid_value (const char  *name,
               GError     **error)
{
  g_set_error (error, BW_RECORD_JSON_ERROR, BW_RECORD_JSON_ERROR_INVALID_VALUE,
               _("The field “%s” has a value that is not allowed"), name);
  return FALSE;
}

static gboolean
check_field (const BwField  *spec,
             JsonNode         *node,
             GError          **error)
{
  const char *text;

  switch (spec->kind)
    {
    case BW_FIELD_TEXT:
    case BW_FIELD_DATE:
    case BW_FIELD_TIME:
    case BW_FIELD_UUID:
      if (JSON_NODE_HOLDS_NULL (node))
        {
          if (spec->required)
            return invalid_value (spec->key, error);
          return TRUE;
        }
      if (!is_value_of_type (node, G_TYPE_STRING))
        return wrong_type (spec->key, spec->required ? _("a string") : _("a string or null"), error);
      text = json_node_get_string (node);
      /* The wire check already refused these in a message; a record from
       * elsewhere (a file, the store) is held to the same. */
      if (!bw_json_wire_text_is_clean (text, -1))
        return invalid_value (spec->key, error);
      if (spec->max_chars > 0 && g_utf8_strlen (text, -1) > spec->max_chars)
        {
          g_set_error (error, BW_RECORD_JSON_ERROR, BW_RECORD_JSON_ERROR_TOO_LONG,
                       /* TRANSLATORS: %s is a field name of the sync protocol */
                       g_dngettext (GETTEXT_PACKAGE, "The field “%s” is longer than %u character",
                                    "The field “%s” is longer than %u characters", spec->max_chars),
                       spec->key, spec->max_chars);
          return FALSE;
        }
      if (*text == '\0')
        return spec->required ? invalid_value (spec->key, error) : TRUE;
      if (spec->kind == BW_FIELD_DATE && !bw_date_is_iso_date (text))
        return invalid_value (spec->key, error);
      if (spec->kind == BW_FIELD_TIME && !bw_date_is_iso_time (text))
        return invalid_value (spec->key, error);
      if (spec->kind == BW_FIELD_UUID && !bw_record_json_is_uuid (text))
        return invalid_value (spec->key, error);
      if (spec->required)
        {
          /* Only spaces is as empty as nothing. */
          g_autofree char *stripped = g_strstrip (g_strdup (text));

          if (*stripped == '\0')
            return invalid_value (spec->key, error);
        }
      return TRUE;

    case BW_FIELD_INT:
      if (!is_value_of_type (node, G_TYPE_INT64))
        return wrong_type (spec->key, _("an integer"), error);
      if (json_node_get_int (node) < spec->min || json_node_get_int (node) > spec->max)
        return invalid_value (spec->key, error);
      return TRUE;

    case BW_FIELD_BOOL:
      if (!is_value_of_type (node, G_TYPE_BOOLEAN))
        return wrong_type (spec->key, _("true or false"), error);
      return TRUE;

    case BW_FIELD_ENUM:
      if (!is_value_of_type (node, G_TYPE_STRING))
        return wrong_type (spec->key, _("a string"), error);
      if (!spec->is_key (json_node_get_string (node)))
        return invalid_value (spec->key, error);
      return TRUE;

    case BW_FIELD_PARTS:
      {
        gboolean seen[BW_SHARE_PART_N] = { FALSE };
        JsonArray *array;

        if (!JSON_NODE_HOLDS_ARRAY (node))
          return wrong_type (spec->key, _("an array"), error);
        array = json_node_get_array (node);
        if (json_array_get_length (array) == 0)
          return invalid_value (spec->key, error);
        for (guint i = 0; i < json_array_get_length (array); i++)
          {
            JsonNode *element = json_array_get_element (array, i);
            BwSharePart part;

            if (!is_value_of_type (element, G_TYPE_STRING) ||
                !bw_share_part_from_key (json_node_get_string (element), &part) || seen[part])
              return invalid_value (spec->key, error);
            seen[part] = TRUE;
          }
        return TRUE;
      }

    default:
      g_assert_not_reached ();
    }
}

gboolean
bw_record_json_check_fields (BwRecordType   type,
                             JsonObject    *fields,
                             gboolean       complete,
                             GError       **error)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;

  g_return_val_if_fail ((int) type >= 0 && type < BW_RECORD_TYPE_N, FALSE);
  g_return_val_if_fail (fields != NULL, FALSE);

  json_object_iter_init (&iter, fields);
  while (json_object_iter_next (&iter, &name, &node))
    {
      const BwField *spec = bw_record_spec_field (type, name);

      if (spec == NULL)
        {
          g_set_error (error, BW_RECORD_JSON_ERROR, BW_RECORD_JSON_ERROR_UNKNOWN_FIELD,
                       _("Unknown field “%s”"), name);
          return FALSE;
        }
      if (!check_field (spec, node, error))
        return FALSE;
    }

  /* An optional field may be absent (it reads as null): a desktop that
   * does not know a newer field can still send a whole record. */
  if (complete)
    for (const BwField *spec = bw_record_spec (type)->fields; spec->key; spec++)
      if (spec->required && !json_object_has_member (fields, spec->key))
        {
          g_set_error (error, BW_RECORD_JSON_ERROR, BW_RECORD_JSON_ERROR_MISSING_FIELD,
                       _("The field “%s” is missing"), spec->key);
          return FALSE;
        }

  return TRUE;
}

/* Members of protocol objects */

gboolean
bw_json_check_members (JsonObject   *object,
                       const char  **allowed,
                       GError      **error)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;

  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &name, &node))
    if (!g_strv_contains (allowed, name))
      {
        g_set_error (error, BW_RECORD_JSON_ERROR, BW_RECORD_JSON_ERROR_UNKNOWN_FIELD,
                     _("Unknown field “%s”"), name);
        return FALSE;
      }
  return TRUE;
}

static JsonNode *
get_member (JsonObject  *object,
            const char  *member,
            GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL)
    g_set_error (error, BW_RECORD_JSON_ERROR, BW_RECORD_JSON_ERROR_MISSING_FIELD,
                 _("The field “%s” is missing"), member);
  return node;
}

gboolean
bw_json_get_string (JsonObject   *object,
                    const char   *member,
                    gboolean      nullable,
                    const char  **value,
                    GError      **error)
{
  JsonNode *node = get_member (object, member, error);

  if (node == NULL)
    return FALSE;
  if (nullable && JSON_NODE_HOLDS_NULL (node))
    {
      *value = NULL;
      return TRUE;
    }
  if (!is_value_of_type (node, G_TYPE_STRING))
    return wrong_type (member, nullable ? _("a string or null") : _("a string"), error);
  *value = json_node_get_string (node);
  return TRUE;
}

gboolean
bw_json_get_int (JsonObject   *object,
                 const char   *member,
                 gint64        min,
                 gint64        max,
                 gint64       *value,
                 GError      **error)
{
  JsonNode *node = get_member (object, member, error);

  if (node == NULL)
    return FALSE;
  if (!is_value_of_type (node, G_TYPE_INT64))
    return wrong_type (member, _("an integer"), error);
  if (json_node_get_int (node) < min || json_node_get_int (node) > max)
    return invalid_value (member, error);
  *value = json_node_get_int (node);
  return TRUE;
}

gboolean
bw_json_get_bool (JsonObject   *object,
                  const char   *member,
                  gboolean     *value,
                  GError      **error)
{
  JsonNode *node = get_member (object, member, error);

  if (node == NULL)
    return FALSE;
  if (!is_value_of_type (node, G_TYPE_BOOLEAN))
    return wrong_type (member, _("true or false"), error);
  *value = json_node_get_boolean (node);
  return TRUE;
}

gboolean
bw_json_get_object (JsonObject   *object,
                    const char   *member,
                    JsonObject  **value,
                    GError      **error)
{
  JsonNode *node = get_member (object, member, error);

  if (node == NULL)
    return FALSE;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return wrong_type (member, _("an object"), error);
  *value = json_node_get_object (node);
  return TRUE;
}

gboolean
bw_json_get_array (JsonObject   *object,
                   const char   *member,
                   JsonArray   **value,
                   GError      **error)
{
  JsonNode *node = get_member (object, member, error);

  if (node == NULL)
    return FALSE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return wrong_type (member, _("an array"), error);
  *value = json_node_get_array (node);
  return TRUE;
}

/* Envelopes */

void
bw_record_envelope_clear (BwRecordEnvelope *envelope)
{
  g_clear_pointer (&envelope->uuid, g_free);
  g_clear_pointer (&envelope->case_uuid, g_free);
  g_clear_pointer (&envelope->created_at, g_free);
  g_clear_pointer (&envelope->created_by, g_free);
  g_clear_pointer (&envelope->updated_at, g_free);
  g_clear_pointer (&envelope->updated_by, g_free);
  g_clear_pointer (&envelope->fields, json_object_unref);
}

static void
set_nullable_string (JsonObject *object,
                     const char *member,
                     const char *value)
{
  if (value == NULL)
    json_object_set_null_member (object, member);
  else
    json_object_set_string_member (object, member, value);
}

JsonObject *
bw_record_envelope_to_json (const BwRecordEnvelope *envelope)
{
  JsonObject *object = json_object_new ();

  if (envelope->seq > 0)
    json_object_set_int_member (object, "seq", envelope->seq);
  json_object_set_string_member (object, "type", bw_record_type_to_key (envelope->type));
  json_object_set_string_member (object, "uuid", envelope->uuid);
  json_object_set_string_member (object, "case_uuid", envelope->case_uuid);
  json_object_set_int_member (object, "revision", envelope->revision);
  json_object_set_boolean_member (object, "deleted", envelope->deleted);
  set_nullable_string (object, "created_at", envelope->created_at);
  set_nullable_string (object, "created_by", envelope->created_by);
  set_nullable_string (object, "updated_at", envelope->updated_at);
  set_nullable_string (object, "updated_by", envelope->updated_by);
  json_object_set_object_member (object, "fields", json_object_ref (envelope->fields));
  return object;
}

static gboolean
get_uuid (JsonObject   *object,
          const char   *member,
          char        **value,
          GError      **error)
{
  const char *text;

  if (!bw_json_get_string (object, member, FALSE, &text, error))
    return FALSE;
  if (!bw_record_json_is_uuid (text))
    return invalid_value (member, error);
  *value = g_strdup (text);
  return TRUE;
}

static gboolean
get_optional_string (JsonObject  *object,
                     const char  *member,
                     char       **value,
                     GError     **error)
{
  const char *text = NULL;

  if (!json_object_has_member (object, member))
    return TRUE;
  if (!bw_json_get_string (object, member, TRUE, &text, error))
    return FALSE;
  *value = g_strdup (text);
  return TRUE;
}

gboolean
bw_record_envelope_parse (JsonObject        *object,
                          BwRecordEnvelope  *envelope,
                          GError           **error)
{
  static const char *members[] = {
    "seq", "type", "uuid", "case_uuid", "revision", "deleted", "created_at",
    "created_by", "updated_at", "updated_by", "fields", NULL
  };
  BwRecordEnvelope result = { 0 };
  const char *type_key;
  JsonObject *fields;

  g_return_val_if_fail (object != NULL && envelope != NULL, FALSE);

  if (!bw_json_check_members (object, members, error))
    return FALSE;
  if (json_object_has_member (object, "seq") &&
      !bw_json_get_int (object, "seq", 1, G_MAXINT64, &result.seq, error))
    goto fail;
  if (!bw_json_get_string (object, "type", FALSE, &type_key, error))
    goto fail;
  if (!bw_record_type_from_key (type_key, &result.type))
    {
      invalid_value ("type", error);
      goto fail;
    }
  if (!get_uuid (object, "uuid", &result.uuid, error) ||
      !get_uuid (object, "case_uuid", &result.case_uuid, error) ||
      !bw_json_get_int (object, "revision", 1, G_MAXINT64, &result.revision, error) ||
      !bw_json_get_bool (object, "deleted", &result.deleted, error) ||
      !get_optional_string (object, "created_at", &result.created_at, error) ||
      !get_optional_string (object, "created_by", &result.created_by, error) ||
      !get_optional_string (object, "updated_at", &result.updated_at, error) ||
      !get_optional_string (object, "updated_by", &result.updated_by, error) ||
      !bw_json_get_object (object, "fields", &fields, error))
    goto fail;
  if (bw_record_type_is_root (result.type) && !g_str_equal (result.uuid, result.case_uuid))
    {
      invalid_value ("case_uuid", error);
      goto fail;
    }
  if (!bw_record_json_check_fields (result.type, fields, TRUE, error))
    goto fail;
  /* A measurement written before the ZRM, from a server or a partner's
   * copy not mapped yet, or parked before this desktop's migration, reads
   * as the migrations map it (docs/zrm.md). */
  if (result.type == BW_RECORD_TYPE_ASSESSMENT)
    bw_record_json_upgrade_assessment (fields);
  result.fields = json_object_ref (fields);

  *envelope = result;
  return TRUE;

fail:
  bw_record_envelope_clear (&result);
  return FALSE;
}

/* Field values, once checked */

static const char *
field_string (JsonObject *fields,
              const char *name)
{
  JsonNode *node = json_object_get_member (fields, name);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return NULL;
  return json_node_get_string (node);
}

/* Any record: its fields from its type's table, both ways. */

JsonObject *
bw_record_json_fields (BwRecord *record)
{
  JsonObject *fields = json_object_new ();
  const BwRecordSpec *spec;

  g_return_val_if_fail (BW_IS_RECORD (record), NULL);

  spec = bw_record_spec (bw_record_get_record_type (record));
  for (const BwField *field = spec->fields; field->key; field++)
    switch (field->kind)
      {
      case BW_FIELD_INT:
        json_object_set_int_member (fields, field->key, bw_record_get_int (record, field->key));
        break;
      case BW_FIELD_BOOL:
        json_object_set_boolean_member (fields, field->key, bw_record_get_bool (record, field->key));
        break;
      case BW_FIELD_ENUM:
        json_object_set_string_member (fields, field->key, bw_record_get_enum_key (record, field->key));
        break;
      case BW_FIELD_PARTS:
        {
          /* Kept as JSON text. */
          const char *text = bw_record_get_text (record, field->key);
          JsonNode *node = text ? json_from_string (text, NULL) : NULL;

          json_object_set_member (fields, field->key, node ? node : json_node_new (JSON_NODE_NULL));
          break;
        }
      case BW_FIELD_TEXT:
      case BW_FIELD_DATE:
      case BW_FIELD_TIME:
      case BW_FIELD_UUID:
      default:
        set_nullable_string (fields, field->key, bw_record_get_text (record, field->key));
        break;
      }
  return fields;
}

/* Checks @fields (any subset) before it changes anything. */
gboolean
bw_record_json_apply_fields (BwRecord    *record,
                             JsonObject  *fields,
                             GError     **error)
{
  const BwRecordSpec *spec;

  g_return_val_if_fail (BW_IS_RECORD (record), FALSE);

  spec = bw_record_spec (bw_record_get_record_type (record));
  if (!bw_record_json_check_fields (spec->type, fields, FALSE, error))
    return FALSE;

  for (const BwField *field = spec->fields; field->key; field++)
    {
      if (!json_object_has_member (fields, field->key))
        continue;
      switch (field->kind)
        {
        case BW_FIELD_INT:
          bw_record_set_int (record, field->key, json_object_get_int_member (fields, field->key));
          break;
        case BW_FIELD_BOOL:
          bw_record_set_bool (record, field->key, json_object_get_boolean_member (fields, field->key));
          break;
        case BW_FIELD_ENUM:
          bw_record_set_enum_key (record, field->key, field_string (fields, field->key));
          break;
        case BW_FIELD_PARTS:
          {
            g_autoptr(JsonNode) node = json_node_copy (json_object_get_member (fields, field->key));
            g_autofree char *text = json_to_string (node, FALSE);

            bw_record_set_text (record, field->key, text);
            break;
          }
        case BW_FIELD_TEXT:
        case BW_FIELD_DATE:
        case BW_FIELD_TIME:
        case BW_FIELD_UUID:
        default:
          bw_record_set_text (record, field->key, field_string (fields, field->key));
          break;
        }
    }
  return TRUE;
}

/* Cases */

JsonObject *
bw_record_json_case_fields (BwCase *record)
{
  return bw_record_json_fields (BW_RECORD (record));
}

gboolean
bw_record_json_apply_case_fields (BwCase      *record,
                                  JsonObject  *fields,
                                  GError     **error)
{
  return bw_record_json_apply_fields (BW_RECORD (record), fields, error);
}

JsonObject *
bw_record_json_from_case (BwCase *record)
{
  BwRecordEnvelope envelope = {
    .type = BW_RECORD_TYPE_CASE,
    .uuid = (char *) bw_case_get_uuid (record),
    .case_uuid = (char *) bw_case_get_uuid (record),
    .revision = bw_case_get_revision (record),
    .deleted = bw_case_get_deleted (record),
    .created_at = (char *) bw_case_get_created_at (record),
    .created_by = (char *) bw_case_get_created_by (record),
    .updated_at = (char *) bw_case_get_updated_at (record),
    .updated_by = (char *) bw_case_get_updated_by (record),
  };
  g_autoptr(JsonObject) fields = bw_record_json_case_fields (record);

  envelope.fields = fields;
  return bw_record_envelope_to_json (&envelope);
}

static gboolean
parse_typed (JsonObject        *object,
             BwRecordType       type,
             BwRecordEnvelope  *envelope,
             GError           **error)
{
  if (!bw_record_envelope_parse (object, envelope, error))
    return FALSE;
  if (envelope->type != type)
    {
      bw_record_envelope_clear (envelope);
      return invalid_value ("type", error);
    }
  return TRUE;
}

BwCase *
bw_record_json_to_case (JsonObject  *object,
                        GError     **error)
{
  BwRecordEnvelope envelope = { 0 };
  g_autoptr(BwCase) record = NULL;

  if (!parse_typed (object, BW_RECORD_TYPE_CASE, &envelope, error))
    return NULL;

  record = bw_case_new ();
  bw_case_set_uuid (record, envelope.uuid);
  bw_case_set_revision (record, envelope.revision);
  bw_case_set_deleted (record, envelope.deleted);
  bw_case_set_created_at (record, envelope.created_at);
  bw_case_set_created_by (record, envelope.created_by);
  bw_case_set_updated_at (record, envelope.updated_at);
  bw_case_set_updated_by (record, envelope.updated_by);
  if (!bw_record_json_apply_case_fields (record, envelope.fields, error))
    {
      bw_record_envelope_clear (&envelope);
      return NULL;
    }
  bw_record_envelope_clear (&envelope);
  return g_steal_pointer (&record);
}

/* Records under a case */

static JsonObject *
sub_record_to_json (BwRecordType  type,
                    const char   *uuid,
                    const char   *case_uuid,
                    gint64        revision,
                    JsonObject   *fields)
{
  BwRecordEnvelope envelope = {
    .type = type,
    .uuid = (char *) uuid,
    .case_uuid = (char *) case_uuid,
    .revision = revision,
    .fields = fields,
  };
  g_autoptr(JsonObject) owned = fields;

  return bw_record_envelope_to_json (&envelope);
}

static gboolean
parse_sub_record (JsonObject        *object,
                  BwRecordType       type,
                  BwRecordEnvelope  *envelope,
                  char             **case_uuid,
                  GError           **error)
{
  if (!parse_typed (object, type, envelope, error))
    return FALSE;
  if (case_uuid != NULL)
    *case_uuid = g_strdup (envelope->case_uuid);
  return TRUE;
}

/* A record under a case, both ways, by its type's table. */
static JsonObject *
sub_record_fields_to_json (BwRecord   *record,
                           const char *case_uuid)
{
  return sub_record_to_json (bw_record_get_record_type (record), bw_record_get_uuid (record),
                             case_uuid, bw_record_get_revision (record),
                             bw_record_json_fields (record));
}

static gpointer
sub_record_from_json (JsonObject    *object,
                      BwRecordType   type,
                      GType          gtype,
                      char         **case_uuid,
                      GError       **error)
{
  BwRecordEnvelope e = { 0 };
  g_autoptr(BwRecord) record = NULL;

  if (!parse_sub_record (object, type, &e, case_uuid, error))
    return NULL;
  record = g_object_new (gtype, NULL);
  bw_record_set_uuid (record, e.uuid);
  bw_record_set_revision (record, e.revision);
  if (!bw_record_json_apply_fields (record, e.fields, error))
    {
      if (case_uuid != NULL)
        g_clear_pointer (case_uuid, g_free);
      bw_record_envelope_clear (&e);
      return NULL;
    }
  bw_record_envelope_clear (&e);
  return g_steal_pointer (&record);
}

void
bw_record_json_upgrade_assessment (JsonObject *fields)
{
  JsonNode *health;

  g_return_if_fail (fields != NULL);

  health = json_object_get_member (fields, "health");
  if (health == NULL || !JSON_NODE_HOLDS_VALUE (health) ||
      json_object_has_member (fields, bw_domain_to_key (BW_DOMAIN_PHYSICAL_HEALTH)) ||
      json_object_has_member (fields, bw_domain_to_key (BW_DOMAIN_MENTAL_HEALTH)))
    return;
  json_object_set_member (fields, bw_domain_to_key (BW_DOMAIN_PHYSICAL_HEALTH), json_node_copy (health));
  json_object_set_member (fields, bw_domain_to_key (BW_DOMAIN_MENTAL_HEALTH), json_node_copy (health));
}

#define SUB_RECORD_JSON(Type, name, TYPE, GTYPE)                                      \
  JsonObject *bw_record_json_from_##name (Type *record, const char *case_uuid)      \
  {                                                                                 \
    return sub_record_fields_to_json (BW_RECORD (record), case_uuid);               \
  }                                                                                 \
  Type *bw_record_json_to_##name (JsonObject *object, char **case_uuid, GError **error) \
  {                                                                                 \
    return sub_record_from_json (object, TYPE, GTYPE, case_uuid, error);            \
  }

SUB_RECORD_JSON (BwJournalEntry, journal_entry, BW_RECORD_TYPE_JOURNAL, BW_TYPE_JOURNAL_ENTRY)
SUB_RECORD_JSON (BwCaseAction, case_action, BW_RECORD_TYPE_ACTION, BW_TYPE_CASE_ACTION)
SUB_RECORD_JSON (BwAssessment, assessment, BW_RECORD_TYPE_ASSESSMENT, BW_TYPE_ASSESSMENT)
SUB_RECORD_JSON (BwTrackChange, track_change, BW_RECORD_TYPE_TRACK_CHANGE, BW_TYPE_TRACK_CHANGE)
SUB_RECORD_JSON (BwInvolvement, involvement, BW_RECORD_TYPE_INVOLVEMENT, BW_TYPE_INVOLVEMENT)
SUB_RECORD_JSON (BwHouseholdMember, household_member, BW_RECORD_TYPE_HOUSEHOLD_MEMBER, BW_TYPE_HOUSEHOLD_MEMBER)
SUB_RECORD_JSON (BwDebt, debt, BW_RECORD_TYPE_DEBT, BW_TYPE_DEBT)
SUB_RECORD_JSON (BwAttachment, attachment, BW_RECORD_TYPE_ATTACHMENT, BW_TYPE_ATTACHMENT)
#undef SUB_RECORD_JSON
