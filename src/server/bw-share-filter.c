/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-server"
#include "config.h"

#include "bw-share-filter.h"

/* Which case field and which record under a case belongs to which part. A
 * field or type that is not here is never sent to a partner. */
typedef struct {
  BwRecordType type;
  const char *field;   /* NULL: the whole record */
  BwSharePart part;
} PartEntry;

static const PartEntry part_table[] = {
  { BW_RECORD_TYPE_CASE, "name", BW_SHARE_PART_PERSON },
  { BW_RECORD_TYPE_CASE, "date_of_birth", BW_SHARE_PART_PERSON },
  { BW_RECORD_TYPE_CASE, "address", BW_SHARE_PART_PERSON },
  { BW_RECORD_TYPE_CASE, "buurt_code", BW_SHARE_PART_PERSON },
  { BW_RECORD_TYPE_CASE, "phone", BW_SHARE_PART_PERSON },
  { BW_RECORD_TYPE_CASE, "email", BW_SHARE_PART_PERSON },
  { BW_RECORD_TYPE_CASE, "household_size", BW_SHARE_PART_PERSON },
  { BW_RECORD_TYPE_CASE, "household_note", BW_SHARE_PART_PERSON },
  { BW_RECORD_TYPE_CASE, "status", BW_SHARE_PART_TRACK },
  { BW_RECORD_TYPE_CASE, "track", BW_SHARE_PART_TRACK },
  { BW_RECORD_TYPE_CASE, "opened_on", BW_SHARE_PART_TRACK },
  { BW_RECORD_TYPE_CASE, "closed_on", BW_SHARE_PART_TRACK },
  { BW_RECORD_TYPE_CASE, "outcome", BW_SHARE_PART_TRACK },
  { BW_RECORD_TYPE_CASE, "outcome_note", BW_SHARE_PART_TRACK },
  { BW_RECORD_TYPE_CASE, "language_need", BW_SHARE_PART_ASSESSMENTS },
  { BW_RECORD_TYPE_CASE, "has_debts", BW_SHARE_PART_DEBTS },
  { BW_RECORD_TYPE_CASE, "debt_amount", BW_SHARE_PART_DEBTS },
  { BW_RECORD_TYPE_CASE, "debt_route", BW_SHARE_PART_DEBTS },
  { BW_RECORD_TYPE_TRACK_CHANGE, NULL, BW_SHARE_PART_TRACK },
  { BW_RECORD_TYPE_ASSESSMENT, NULL, BW_SHARE_PART_ASSESSMENTS },
  { BW_RECORD_TYPE_JOURNAL, NULL, BW_SHARE_PART_JOURNAL },
  { BW_RECORD_TYPE_ACTION, NULL, BW_SHARE_PART_ACTIONS },
};

int
bw_share_filter_case_field_part (const char *field)
{
  for (gsize i = 0; i < G_N_ELEMENTS (part_table); i++)
    if (part_table[i].type == BW_RECORD_TYPE_CASE && g_strcmp0 (part_table[i].field, field) == 0)
      return part_table[i].part;
  return -1;
}

static int
record_part (BwRecordType type)
{
  for (gsize i = 0; i < G_N_ELEMENTS (part_table); i++)
    if (part_table[i].type == type && part_table[i].field == NULL)
      return part_table[i].part;
  return -1;
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
    json_object_set_member (copy, name, json_node_copy (node));
  return copy;
}
