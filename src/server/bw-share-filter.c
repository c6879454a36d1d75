/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-server"
#include "config.h"

#include "bw-share-filter.h"

/* Which case field and which record under a case belongs to which part
 * is in the records' field tables (records/bw-field.c). A field or type
 * without a part is never sent to a partner. */

int
bw_share_filter_case_field_part (const char *field)
{
  const BwField *spec = bw_record_spec_field (BW_RECORD_TYPE_CASE, field);

  return spec ? spec->part : -1;
}

static int
record_part (BwRecordType type)
{
  return type == BW_RECORD_TYPE_CASE ? -1 : bw_record_spec (type)->part;
}

gboolean
bw_share_filter_attachment_covered (JsonObject         *fields,
                                    const gboolean      parts[BW_SHARE_PART_N],
                                    const char * const *share_uuids)
{
  const char *share_uuid = json_object_get_string_member_with_default (fields, "share_uuid", NULL);
  const char *part_key = json_object_get_string_member_with_default (fields, "part", NULL);
  BwSharePart part;

  if (share_uuid != NULL && share_uuids != NULL && g_strv_contains (share_uuids, share_uuid))
    return TRUE;
  return part_key != NULL && bw_share_part_from_key (part_key, &part) && parts[part];
}

JsonObject *
bw_share_filter_record (BwRecordType    type,
                        JsonObject     *fields,
                        const gboolean  parts[BW_SHARE_PART_N])
{
  JsonObject *copy;
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;
  int part;

  g_return_val_if_fail (fields != NULL, NULL);

  if (type == BW_RECORD_TYPE_CASE)
    {
      copy = json_object_new ();
      json_object_iter_init (&iter, fields);
      while (json_object_iter_next (&iter, &name, &node))
        {
          part = bw_share_filter_case_field_part (name);
          if (part >= 0 && parts[part])
            json_object_set_member (copy, name, json_node_copy (node));
        }
      return copy;
    }

  part = record_part (type);
  if (part < 0 || !parts[part])
    return NULL;
  /* Only the journal entries the team marked for sharing. */
  if (type == BW_RECORD_TYPE_JOURNAL &&
      !json_object_get_boolean_member_with_default (fields, "shareable", FALSE))
    return NULL;
  copy = json_object_new ();
  json_object_iter_init (&iter, fields);
  while (json_object_iter_next (&iter, &name, &node))
    {
      /* A corrected note reaches partners as corrected: what was wrong in
       * it stays with the team. */
      if (type == BW_RECORD_TYPE_JOURNAL && g_str_equal (name, "original_text"))
        continue;
      /* That a relative has a case of their own stays with the team. */
      if (type == BW_RECORD_TYPE_HOUSEHOLD_MEMBER && g_str_equal (name, "linked_case_uuid"))
        continue;
      json_object_set_member (copy, name, json_node_copy (node));
    }
  return copy;
}
