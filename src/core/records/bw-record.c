/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-records"
/* The base of every synced record: its bookkeeping once, and its fields
 * as properties made from its type's field table, stored as GValues. */
#include "config.h"

#include <string.h>

#include "bw-record.h"

typedef struct {
  gint64 id;
  char *uuid;
  gint64 revision;
  char *created_at;
  char *created_by;
  char *updated_at;
  char *updated_by;
  gboolean deleted;
  /* One per field of the type's table, made on first use (the final
   * class is only known once the instance exists). */
  GValue *values;
} BwRecordPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (BwRecord, bw_record, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_UUID,
  PROP_REVISION,
  PROP_CREATED_AT,
  PROP_CREATED_BY,
  PROP_UPDATED_AT,
  PROP_UPDATED_BY,
  PROP_DELETED,
  N_BOOKKEEPING_PROPS
};

static GParamSpec *bookkeeping_props[N_BOOKKEEPING_PROPS];

static const BwRecordSpec *
spec_of (BwRecord *self)
{
  return bw_record_spec (BW_RECORD_GET_CLASS (self)->record_type);
}

static GType
gtype_of (const BwField *field)
{
  switch (field->kind)
    {
    case BW_FIELD_INT:
      return G_TYPE_INT64;
    case BW_FIELD_BOOL:
      return G_TYPE_BOOLEAN;
    case BW_FIELD_ENUM:
      return field->to_key ? G_TYPE_INT : G_TYPE_STRING;
    case BW_FIELD_TEXT:
    case BW_FIELD_DATE:
    case BW_FIELD_TIME:
    case BW_FIELD_UUID:
    case BW_FIELD_PARTS:
    default:
      return G_TYPE_STRING;
    }
}

static GValue *
values_of (BwRecord *self)
{
  BwRecordPrivate *priv = bw_record_get_instance_private (self);

  if (priv->values == NULL)
    {
      const BwRecordSpec *spec = spec_of (self);
      guint n = bw_record_spec_n_fields (spec->type);

      priv->values = g_new0 (GValue, n);
      for (guint i = 0; i < n; i++)
        {
          const BwField *field = &spec->fields[i];

          g_value_init (&priv->values[i], gtype_of (field));
          /* A number starts at the least it may be (one person in the
           * household, no debt); an enum at its first value. */
          if (field->kind == BW_FIELD_INT)
            g_value_set_int64 (&priv->values[i], MAX (field->min, 0));
        }
    }
  return priv->values;
}

/* The value of field @key, or NULL after a critical. */
static GValue *
value_of (BwRecord   *self,
          const char *key,
          GType       type)
{
  const BwRecordSpec *spec = spec_of (self);
  GValue *values = values_of (self);

  for (guint i = 0; spec->fields[i].key; i++)
    if (g_str_equal (spec->fields[i].key, key))
      {
        if (G_VALUE_TYPE (&values[i]) != type)
          {
            g_critical ("Field “%s” of a %s is not a %s", key, bw_record_type_to_key (spec->type),
                        g_type_name (type));
            return NULL;
          }
        return &values[i];
      }
  g_critical ("A %s has no field “%s”", bw_record_type_to_key (spec->type), key);
  return NULL;
}

static void
bw_record_finalize (GObject *object)
{
  BwRecord *self = BW_RECORD (object);
  BwRecordPrivate *priv = bw_record_get_instance_private (self);

  g_free (priv->uuid);
  g_free (priv->created_at);
  g_free (priv->created_by);
  g_free (priv->updated_at);
  g_free (priv->updated_by);
  if (priv->values != NULL)
    {
      guint n = bw_record_spec_n_fields (spec_of (self)->type);

      for (guint i = 0; i < n; i++)
        g_value_unset (&priv->values[i]);
      g_free (priv->values);
    }

  G_OBJECT_CLASS (bw_record_parent_class)->finalize (object);
}

/* Empty strings are stored as NULL so that "not filled in" has one form. */
static void
set_string (char       **field,
            const char  *value)
{
  if (value != NULL && *value == '\0')
    value = NULL;
  if (g_strcmp0 (*field, value) == 0)
    return;
  g_free (*field);
  *field = g_strdup (value);
}

static void
bw_record_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  BwRecord *self = BW_RECORD (object);
  BwRecordPrivate *priv = bw_record_get_instance_private (self);
  guint first = BW_RECORD_GET_CLASS (self)->first_field_property;

  switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, priv->id); break;
    case PROP_UUID: g_value_set_string (value, priv->uuid); break;
    case PROP_REVISION: g_value_set_int64 (value, priv->revision); break;
    case PROP_CREATED_AT: g_value_set_string (value, priv->created_at); break;
    case PROP_CREATED_BY: g_value_set_string (value, priv->created_by); break;
    case PROP_UPDATED_AT: g_value_set_string (value, priv->updated_at); break;
    case PROP_UPDATED_BY: g_value_set_string (value, priv->updated_by); break;
    case PROP_DELETED: g_value_set_boolean (value, priv->deleted); break;
    default:
      if (first > 0 && prop_id >= first && prop_id < first + bw_record_spec_n_fields (spec_of (self)->type))
        g_value_copy (&values_of (self)[prop_id - first], value);
      else
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bw_record_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  BwRecord *self = BW_RECORD (object);
  BwRecordPrivate *priv = bw_record_get_instance_private (self);
  guint first = BW_RECORD_GET_CLASS (self)->first_field_property;

  switch (prop_id)
    {
    case PROP_ID: priv->id = g_value_get_int64 (value); break;
    case PROP_UUID: set_string (&priv->uuid, g_value_get_string (value)); break;
    case PROP_REVISION: priv->revision = g_value_get_int64 (value); break;
    case PROP_CREATED_AT: set_string (&priv->created_at, g_value_get_string (value)); break;
    case PROP_CREATED_BY: set_string (&priv->created_by, g_value_get_string (value)); break;
    case PROP_UPDATED_AT: set_string (&priv->updated_at, g_value_get_string (value)); break;
    case PROP_UPDATED_BY: set_string (&priv->updated_by, g_value_get_string (value)); break;
    case PROP_DELETED: priv->deleted = g_value_get_boolean (value); break;
    default:
      if (first > 0 && prop_id >= first && prop_id < first + bw_record_spec_n_fields (spec_of (self)->type))
        {
          GValue *slot = &values_of (self)[prop_id - first];

          if (G_VALUE_HOLDS_STRING (slot))
            {
              const char *text = g_value_get_string (value);
              g_value_set_string (slot, text && *text ? text : NULL);
            }
          else
            g_value_copy (value, slot);
        }
      else
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bw_record_class_init (BwRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = bw_record_finalize;
  object_class->get_property = bw_record_get_property;
  object_class->set_property = bw_record_set_property;

  bookkeeping_props[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  bookkeeping_props[PROP_UUID] = g_param_spec_string ("uuid", NULL, NULL, NULL, flags);
  bookkeeping_props[PROP_REVISION] = g_param_spec_int64 ("revision", NULL, NULL, 0, G_MAXINT64, 0, flags);
  bookkeeping_props[PROP_CREATED_AT] = g_param_spec_string ("created-at", NULL, NULL, NULL, flags);
  bookkeeping_props[PROP_CREATED_BY] = g_param_spec_string ("created-by", NULL, NULL, NULL, flags);
  bookkeeping_props[PROP_UPDATED_AT] = g_param_spec_string ("updated-at", NULL, NULL, NULL, flags);
  bookkeeping_props[PROP_UPDATED_BY] = g_param_spec_string ("updated-by", NULL, NULL, NULL, flags);
  bookkeeping_props[PROP_DELETED] = g_param_spec_boolean ("deleted", NULL, NULL, FALSE, flags);
  g_object_class_install_properties (object_class, N_BOOKKEEPING_PROPS, bookkeeping_props);
}

static void
bw_record_init (BwRecord *self)
{
}

/**
 * bw_record_class_set_type:
 *
 * Makes @klass a record of @type: one property per field of its table.
 * Call it once, from the subclass's class_init.
 */
void
bw_record_class_set_type (BwRecordClass *klass,
                          BwRecordType   type)
{
  const BwRecordSpec *spec = bw_record_spec (type);
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY;

  g_return_if_fail (klass->first_field_property == 0);

  klass->record_type = type;
  klass->first_field_property = N_BOOKKEEPING_PROPS;
  /* GObject dispatches a property to the class that installed it, and a
   * class does not inherit its parent's accessors. */
  object_class->get_property = bw_record_get_property;
  object_class->set_property = bw_record_set_property;
  for (guint i = 0; spec->fields[i].key; i++)
    {
      const BwField *field = &spec->fields[i];
      g_autofree char *name = g_strdelimit (g_strdup (field->key), "_", '-');
      GParamSpec *pspec;

      switch (gtype_of (field))
        {
        case G_TYPE_INT64:
          pspec = g_param_spec_int64 (name, NULL, NULL, field->min, field->max, MAX (field->min, 0), flags);
          break;
        case G_TYPE_BOOLEAN:
          pspec = g_param_spec_boolean (name, NULL, NULL, FALSE, flags);
          break;
        case G_TYPE_INT:
          pspec = g_param_spec_int (name, NULL, NULL, 0, G_MAXINT, 0, flags);
          break;
        default:
          pspec = g_param_spec_string (name, NULL, NULL, NULL, flags);
          break;
        }
      g_object_class_install_property (object_class, N_BOOKKEEPING_PROPS + i, pspec);
    }
}

BwRecordType
bw_record_get_record_type (BwRecord *self)
{
  g_return_val_if_fail (BW_IS_RECORD (self), BW_RECORD_TYPE_N);
  return BW_RECORD_GET_CLASS (self)->record_type;
}

BwRecord *
bw_record_copy (BwRecord *self)
{
  BwRecordPrivate *priv, *copy_priv;
  BwRecord *copy;
  GValue *from, *to;
  guint n;

  g_return_val_if_fail (BW_IS_RECORD (self), NULL);

  copy = g_object_new (G_OBJECT_TYPE (self), NULL);
  priv = bw_record_get_instance_private (self);
  copy_priv = bw_record_get_instance_private (copy);
  copy_priv->id = priv->id;
  copy_priv->uuid = g_strdup (priv->uuid);
  copy_priv->revision = priv->revision;
  copy_priv->created_at = g_strdup (priv->created_at);
  copy_priv->created_by = g_strdup (priv->created_by);
  copy_priv->updated_at = g_strdup (priv->updated_at);
  copy_priv->updated_by = g_strdup (priv->updated_by);
  copy_priv->deleted = priv->deleted;
  from = values_of (self);
  to = values_of (copy);
  n = bw_record_spec_n_fields (spec_of (self)->type);
  for (guint i = 0; i < n; i++)
    g_value_copy (&from[i], &to[i]);
  return copy;
}

static gboolean
values_equal (const GValue *a,
              const GValue *b)
{
  switch (G_VALUE_TYPE (a))
    {
    case G_TYPE_INT64: return g_value_get_int64 (a) == g_value_get_int64 (b);
    case G_TYPE_INT: return g_value_get_int (a) == g_value_get_int (b);
    case G_TYPE_BOOLEAN: return !g_value_get_boolean (a) == !g_value_get_boolean (b);
    default: return g_strcmp0 (g_value_get_string (a), g_value_get_string (b)) == 0;
    }
}

gboolean
bw_record_equal_content (BwRecord *a,
                         BwRecord *b)
{
  GValue *va, *vb;
  guint n;

  g_return_val_if_fail (BW_IS_RECORD (a) && BW_IS_RECORD (b), FALSE);
  g_return_val_if_fail (G_OBJECT_TYPE (a) == G_OBJECT_TYPE (b), FALSE);

  va = values_of (a);
  vb = values_of (b);
  n = bw_record_spec_n_fields (spec_of (a)->type);
  for (guint i = 0; i < n; i++)
    if (!values_equal (&va[i], &vb[i]))
      return FALSE;
  return TRUE;
}

/* Bookkeeping */

#define BOOKKEEPING_SCALAR(Type, name, PROP)                                   \
  Type bw_record_get_##name (BwRecord *self)                                   \
  {                                                                            \
    g_return_val_if_fail (BW_IS_RECORD (self), (Type) 0);                      \
    return ((BwRecordPrivate *) bw_record_get_instance_private (self))->name;  \
  }                                                                            \
  void bw_record_set_##name (BwRecord *self, Type value)                       \
  {                                                                            \
    BwRecordPrivate *priv;                                                     \
    g_return_if_fail (BW_IS_RECORD (self));                                    \
    priv = bw_record_get_instance_private (self);                              \
    if (priv->name == value)                                                   \
      return;                                                                  \
    priv->name = value;                                                        \
    g_object_notify_by_pspec (G_OBJECT (self), bookkeeping_props[PROP]);       \
  }

#define BOOKKEEPING_STRING(name, PROP)                                         \
  const char *bw_record_get_##name (BwRecord *self)                            \
  {                                                                            \
    g_return_val_if_fail (BW_IS_RECORD (self), NULL);                          \
    return ((BwRecordPrivate *) bw_record_get_instance_private (self))->name;  \
  }                                                                            \
  void bw_record_set_##name (BwRecord *self, const char *value)                \
  {                                                                            \
    BwRecordPrivate *priv;                                                     \
    g_return_if_fail (BW_IS_RECORD (self));                                    \
    priv = bw_record_get_instance_private (self);                              \
    if (g_strcmp0 (priv->name, value && *value ? value : NULL) == 0)           \
      return;                                                                  \
    set_string (&priv->name, value);                                           \
    g_object_notify_by_pspec (G_OBJECT (self), bookkeeping_props[PROP]);       \
  }

BOOKKEEPING_SCALAR (gint64, id, PROP_ID)
BOOKKEEPING_SCALAR (gint64, revision, PROP_REVISION)
BOOKKEEPING_SCALAR (gboolean, deleted, PROP_DELETED)
BOOKKEEPING_STRING (uuid, PROP_UUID)
BOOKKEEPING_STRING (created_at, PROP_CREATED_AT)
BOOKKEEPING_STRING (created_by, PROP_CREATED_BY)
BOOKKEEPING_STRING (updated_at, PROP_UPDATED_AT)
BOOKKEEPING_STRING (updated_by, PROP_UPDATED_BY)

/* Fields */

/* Notifies the field's property: its name is the key with '-' for '_'. */
static void
notify_field (BwRecord   *self,
              const char *key)
{
  g_autofree char *name = g_strdelimit (g_strdup (key), "_", '-');

  g_object_notify (G_OBJECT (self), name);
}

const char *
bw_record_get_text (BwRecord   *self,
                    const char *key)
{
  GValue *value;

  g_return_val_if_fail (BW_IS_RECORD (self), NULL);
  value = value_of (self, key, G_TYPE_STRING);
  return value ? g_value_get_string (value) : NULL;
}

void
bw_record_set_text (BwRecord   *self,
                    const char *key,
                    const char *text)
{
  GValue *value;

  g_return_if_fail (BW_IS_RECORD (self));
  value = value_of (self, key, G_TYPE_STRING);
  if (value == NULL)
    return;
  if (text != NULL && *text == '\0')
    text = NULL;
  if (g_strcmp0 (g_value_get_string (value), text) == 0)
    return;
  g_value_set_string (value, text);
  notify_field (self, key);
}

gint64
bw_record_get_int (BwRecord   *self,
                   const char *key)
{
  GValue *value;

  g_return_val_if_fail (BW_IS_RECORD (self), 0);
  value = value_of (self, key, G_TYPE_INT64);
  return value ? g_value_get_int64 (value) : 0;
}

void
bw_record_set_int (BwRecord   *self,
                   const char *key,
                   gint64      number)
{
  GValue *value;

  g_return_if_fail (BW_IS_RECORD (self));
  value = value_of (self, key, G_TYPE_INT64);
  if (value == NULL || g_value_get_int64 (value) == number)
    return;
  g_value_set_int64 (value, number);
  notify_field (self, key);
}

gboolean
bw_record_get_bool (BwRecord   *self,
                    const char *key)
{
  GValue *value;

  g_return_val_if_fail (BW_IS_RECORD (self), FALSE);
  value = value_of (self, key, G_TYPE_BOOLEAN);
  return value ? g_value_get_boolean (value) : FALSE;
}

void
bw_record_set_bool (BwRecord   *self,
                    const char *key,
                    gboolean    flag)
{
  GValue *value;

  g_return_if_fail (BW_IS_RECORD (self));
  value = value_of (self, key, G_TYPE_BOOLEAN);
  if (value == NULL || !g_value_get_boolean (value) == !flag)
    return;
  g_value_set_boolean (value, !!flag);
  notify_field (self, key);
}

int
bw_record_get_enum (BwRecord   *self,
                    const char *key)
{
  GValue *value;

  g_return_val_if_fail (BW_IS_RECORD (self), 0);
  value = value_of (self, key, G_TYPE_INT);
  return value ? g_value_get_int (value) : 0;
}

void
bw_record_set_enum (BwRecord   *self,
                    const char *key,
                    int         number)
{
  GValue *value;

  g_return_if_fail (BW_IS_RECORD (self));
  value = value_of (self, key, G_TYPE_INT);
  if (value == NULL || g_value_get_int (value) == number)
    return;
  g_value_set_int (value, number);
  notify_field (self, key);
}

const char *
bw_record_get_enum_key (BwRecord   *self,
                        const char *key)
{
  const BwField *field;

  g_return_val_if_fail (BW_IS_RECORD (self), NULL);
  field = bw_record_spec_field (spec_of (self)->type, key);
  g_return_val_if_fail (field != NULL && field->kind == BW_FIELD_ENUM, NULL);
  if (field->to_key == NULL)
    return bw_record_get_text (self, key);
  return field->to_key (bw_record_get_enum (self, key));
}

/* FALSE, changing nothing, for a key that is not one of the enum's. */
gboolean
bw_record_set_enum_key (BwRecord   *self,
                        const char *key,
                        const char *value_key)
{
  const BwField *field;

  g_return_val_if_fail (BW_IS_RECORD (self), FALSE);
  field = bw_record_spec_field (spec_of (self)->type, key);
  g_return_val_if_fail (field != NULL && field->kind == BW_FIELD_ENUM, FALSE);
  if (value_key == NULL || !field->is_key (value_key))
    return FALSE;
  if (field->to_key == NULL)
    bw_record_set_text (self, key, value_key);
  else
    bw_record_set_enum (self, key, field->from_key (value_key));
  return TRUE;
}
