/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-records"
#include "config.h"

#include "bw-partner-note.h"
#include "bw-record-json.h"
#include "bw-shared-case.h"

struct _BwSharedCase
{
  GObject parent_instance;

  char *case_uuid;
  char *organisation;
  BwShare *parts;          /* only its parts are used */
  char *end_date;
  char *team_contact;
  JsonObject *fields;
  JsonArray *records;
  GListModel *notes;
};

G_DEFINE_FINAL_TYPE (BwSharedCase, bw_shared_case, G_TYPE_OBJECT)

static void
bw_shared_case_finalize (GObject *object)
{
  BwSharedCase *self = (BwSharedCase *) object;

  g_free (self->case_uuid);
  g_free (self->organisation);
  g_clear_object (&self->parts);
  g_free (self->end_date);
  g_free (self->team_contact);
  g_clear_pointer (&self->fields, json_object_unref);
  g_clear_pointer (&self->records, json_array_unref);
  g_clear_object (&self->notes);

  G_OBJECT_CLASS (bw_shared_case_parent_class)->finalize (object);
}

static void
bw_shared_case_class_init (BwSharedCaseClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bw_shared_case_finalize;
}

static void
bw_shared_case_init (BwSharedCase *self)
{
}

BwSharedCase *
bw_shared_case_new (const char *case_uuid,
                    const char *organisation,
                    const char *parts_json,
                    const char *end_date,
                    const char *team_contact,
                    const char *document,
                    GListModel *notes)
{
  g_autoptr(BwSharedCase) self = g_object_new (BW_TYPE_SHARED_CASE, NULL);
  g_autoptr(JsonNode) root = document ? json_from_string (document, NULL) : NULL;
  JsonObject *object;
  JsonNode *member;

  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return NULL;
  object = json_node_get_object (root);
  member = json_object_get_member (object, "case");
  if (member == NULL || !JSON_NODE_HOLDS_OBJECT (member))
    return NULL;
  self->fields = json_object_ref (json_node_get_object (member));
  member = json_object_get_member (object, "records");
  self->records = member && JSON_NODE_HOLDS_ARRAY (member)
                  ? json_array_ref (json_node_get_array (member)) : json_array_new ();

  self->case_uuid = g_strdup (case_uuid);
  self->organisation = g_strdup (organisation);
  self->parts = bw_share_new ();
  bw_share_set_parts_json (self->parts, parts_json);
  self->end_date = g_strdup (end_date);
  self->team_contact = g_strdup (team_contact);
  self->notes = notes ? g_object_ref (notes) : G_LIST_MODEL (g_list_store_new (G_TYPE_OBJECT));
  return g_steal_pointer (&self);
}

#define GETTER(name)                                           \
  const char *bw_shared_case_get_##name (BwSharedCase *self)   \
  {                                                            \
    g_return_val_if_fail (BW_IS_SHARED_CASE (self), NULL);     \
    return self->name;                                         \
  }
GETTER (case_uuid)
GETTER (organisation)
GETTER (end_date)
GETTER (team_contact)
#undef GETTER

gboolean
bw_shared_case_has_part (BwSharedCase *self,
                         BwSharePart   part)
{
  g_return_val_if_fail (BW_IS_SHARED_CASE (self), FALSE);
  return bw_share_has_part (self->parts, part);
}

JsonObject *
bw_shared_case_get_fields (BwSharedCase *self)
{
  g_return_val_if_fail (BW_IS_SHARED_CASE (self), NULL);
  return self->fields;
}

gboolean
bw_shared_case_has_field (BwSharedCase *self,
                          const char   *field)
{
  g_return_val_if_fail (BW_IS_SHARED_CASE (self), FALSE);
  return json_object_has_member (self->fields, field);
}

const char *
bw_shared_case_get_text (BwSharedCase *self,
                         const char   *field)
{
  JsonNode *node;

  g_return_val_if_fail (BW_IS_SHARED_CASE (self), NULL);
  node = json_object_get_member (self->fields, field);
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING ||
      *json_node_get_string (node) == '\0')
    return NULL;
  return json_node_get_string (node);
}

const char *
bw_shared_case_get_name (BwSharedCase *self)
{
  return bw_shared_case_get_text (self, "name");
}

typedef gpointer (*ParseFunc) (JsonObject *object, char **case_uuid, GError **error);

static GListModel *
list_records (BwSharedCase *self,
              BwRecordType  type,
              GType         item_type,
              ParseFunc     parse)
{
  GListStore *list = g_list_store_new (item_type);

  for (guint i = 0; i < json_array_get_length (self->records); i++)
    {
      JsonNode *node = json_array_get_element (self->records, i);
      JsonObject *object;
      BwRecordType found;
      g_autoptr(GObject) item = NULL;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;
      object = json_node_get_object (node);
      if (!bw_record_type_from_key (json_object_get_string_member_with_default (object, "type", NULL), &found) ||
          found != type)
        continue;
      item = parse (object, NULL, NULL);
      if (item != NULL)
        g_list_store_append (list, item);
    }
  return G_LIST_MODEL (list);
}

GListModel *
bw_shared_case_list_journal (BwSharedCase *self)
{
  g_return_val_if_fail (BW_IS_SHARED_CASE (self), NULL);
  return list_records (self, BW_RECORD_TYPE_JOURNAL, BW_TYPE_JOURNAL_ENTRY,
                       (ParseFunc) bw_record_json_to_journal_entry);
}

GListModel *
bw_shared_case_list_track_history (BwSharedCase *self)
{
  g_return_val_if_fail (BW_IS_SHARED_CASE (self), NULL);
  return list_records (self, BW_RECORD_TYPE_TRACK_CHANGE, BW_TYPE_TRACK_CHANGE,
                       (ParseFunc) bw_record_json_to_track_change);
}

GListModel *
bw_shared_case_list_assessments (BwSharedCase *self)
{
  g_return_val_if_fail (BW_IS_SHARED_CASE (self), NULL);
  return list_records (self, BW_RECORD_TYPE_ASSESSMENT, BW_TYPE_ASSESSMENT,
                       (ParseFunc) bw_record_json_to_assessment);
}

GListModel *
bw_shared_case_list_actions (BwSharedCase *self)
{
  g_return_val_if_fail (BW_IS_SHARED_CASE (self), NULL);
  return list_records (self, BW_RECORD_TYPE_ACTION, BW_TYPE_CASE_ACTION,
                       (ParseFunc) bw_record_json_to_case_action);
}

GListModel *
bw_shared_case_list_household (BwSharedCase *self)
{
  g_return_val_if_fail (BW_IS_SHARED_CASE (self), NULL);
  return list_records (self, BW_RECORD_TYPE_HOUSEHOLD_MEMBER, BW_TYPE_HOUSEHOLD_MEMBER,
                       (ParseFunc) bw_record_json_to_household_member);
}

GListModel *
bw_shared_case_list_debts (BwSharedCase *self)
{
  g_return_val_if_fail (BW_IS_SHARED_CASE (self), NULL);
  return list_records (self, BW_RECORD_TYPE_DEBT, BW_TYPE_DEBT, (ParseFunc) bw_record_json_to_debt);
}

GListModel *
bw_shared_case_list_attachments (BwSharedCase *self)
{
  g_return_val_if_fail (BW_IS_SHARED_CASE (self), NULL);
  return list_records (self, BW_RECORD_TYPE_ATTACHMENT, BW_TYPE_ATTACHMENT,
                       (ParseFunc) bw_record_json_to_attachment);
}

GListModel *
bw_shared_case_get_notes (BwSharedCase *self)
{
  g_return_val_if_fail (BW_IS_SHARED_CASE (self), NULL);
  return self->notes;
}
