/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-sync"
#include "config.h"

#include "bw-sync-conflict.h"

struct _BwSyncConflict
{
  GObject parent_instance;

  gint64 id;
  char *type;
  char *uuid;
  char *case_uuid;
  char *field;
  char *server_value;
  char *local_value;
  char *message;
  /* A refused change: the reason key and what names its record. */
  char *code;
  char *record_name;
  char *record_context;
  char *record_date;
};

G_DEFINE_FINAL_TYPE (BwSyncConflict, bw_sync_conflict, G_TYPE_OBJECT)

static void
bw_sync_conflict_finalize (GObject *object)
{
  BwSyncConflict *self = (BwSyncConflict *) object;

  g_free (self->type);
  g_free (self->uuid);
  g_free (self->case_uuid);
  g_free (self->field);
  g_free (self->server_value);
  g_free (self->local_value);
  g_free (self->message);
  g_free (self->code);
  g_free (self->record_name);
  g_free (self->record_context);
  g_free (self->record_date);

  G_OBJECT_CLASS (bw_sync_conflict_parent_class)->finalize (object);
}

static void
bw_sync_conflict_class_init (BwSyncConflictClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bw_sync_conflict_finalize;
}

static void
bw_sync_conflict_init (BwSyncConflict *self)
{
}

BwSyncConflict *
bw_sync_conflict_new (gint64      id,
                      const char *type,
                      const char *uuid,
                      const char *case_uuid,
                      const char *field,
                      const char *server_value,
                      const char *local_value,
                      const char *message)
{
  BwSyncConflict *self = g_object_new (BW_TYPE_SYNC_CONFLICT, NULL);

  self->id = id;
  self->type = g_strdup (type);
  self->uuid = g_strdup (uuid);
  self->case_uuid = g_strdup (case_uuid);
  self->field = g_strdup (field);
  self->server_value = g_strdup (server_value);
  self->local_value = g_strdup (local_value);
  self->message = g_strdup (message);
  return self;
}

#define GETTER(Type, name)                                        \
  Type bw_sync_conflict_get_##name (BwSyncConflict *self)         \
  {                                                               \
    g_return_val_if_fail (BW_IS_SYNC_CONFLICT (self), (Type) 0);  \
    return self->name;                                            \
  }

GETTER (gint64, id)
GETTER (const char *, uuid)
GETTER (const char *, case_uuid)
GETTER (const char *, field)
GETTER (const char *, server_value)
GETTER (const char *, local_value)
GETTER (const char *, message)
GETTER (const char *, code)
GETTER (const char *, record_name)
GETTER (const char *, record_context)
GETTER (const char *, record_date)

void
bw_sync_conflict_set_refusal (BwSyncConflict *self,
                              const char     *code,
                              const char     *record_name,
                              const char     *record_context,
                              const char     *record_date)
{
  g_return_if_fail (BW_IS_SYNC_CONFLICT (self));

  g_free (self->code);
  self->code = g_strdup (code);
  g_free (self->record_name);
  self->record_name = g_strdup (record_name);
  g_free (self->record_context);
  self->record_context = g_strdup (record_context);
  g_free (self->record_date);
  self->record_date = g_strdup (record_date);
}

const char *
bw_sync_conflict_get_record_type (BwSyncConflict *self)
{
  g_return_val_if_fail (BW_IS_SYNC_CONFLICT (self), NULL);
  return self->type;
}

char *
bw_sync_conflict_format_value (const char *json_value)
{
  g_autoptr(JsonNode) node = NULL;

  if (json_value == NULL)
    return g_strdup ("—");
  node = json_from_string (json_value, NULL);
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return g_strdup ("—");
  if (json_node_get_value_type (node) == G_TYPE_STRING)
    return g_strdup (json_node_get_string (node));
  return g_strdup (json_value);
}
