/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <glib-object.h>

#include "bw-field.h"

G_BEGIN_DECLS

#define BW_TYPE_RECORD (bw_record_get_type ())
G_DECLARE_DERIVABLE_TYPE (BwRecord, bw_record, BW, RECORD, GObject)

/* A synced record: the bookkeeping every type shares (a local id, the
 * UUID, a revision counter, created/updated timestamps with their author,
 * a deleted flag), and the fields of its type's field table
 * (records/bw-field.c). Everything is a GObject property, so widgets can
 * bind a field (g_object_bind_property, GtkExpression) and generic code
 * (the wire format, the store) reads and writes any field by its key.
 *
 * Property names are the field keys with '-' for '_' ("date-of-birth").
 * Text, dates, times and uuids are strings (empty means NULL); whole
 * numbers gint64; booleans; enums an int, whose stable key the table's
 * to_key() gives. A subclass calls bw_record_class_set_type() in its
 * class_init. */
struct _BwRecordClass
{
  GObjectClass parent_class;

  /*< private >*/
  BwRecordType record_type;
  guint first_field_property;
  gpointer padding[8];
};

void          bw_record_class_set_type   (BwRecordClass *klass,
                                          BwRecordType   type);

BwRecordType  bw_record_get_record_type  (BwRecord      *self);
BwRecord     *bw_record_copy             (BwRecord      *self);
/* TRUE when every field is the same; the bookkeeping is ignored. */
gboolean      bw_record_equal_content    (BwRecord      *a,
                                          BwRecord      *b);

gint64        bw_record_get_id           (BwRecord      *self);
void          bw_record_set_id           (BwRecord      *self,
                                          gint64         id);
const char   *bw_record_get_uuid         (BwRecord      *self);
void          bw_record_set_uuid         (BwRecord      *self,
                                          const char    *uuid);
gint64        bw_record_get_revision     (BwRecord      *self);
void          bw_record_set_revision     (BwRecord      *self,
                                          gint64         revision);
const char   *bw_record_get_created_at   (BwRecord      *self);
void          bw_record_set_created_at   (BwRecord      *self,
                                          const char    *value);
const char   *bw_record_get_created_by   (BwRecord      *self);
void          bw_record_set_created_by   (BwRecord      *self,
                                          const char    *value);
const char   *bw_record_get_updated_at   (BwRecord      *self);
void          bw_record_set_updated_at   (BwRecord      *self,
                                          const char    *value);
const char   *bw_record_get_updated_by   (BwRecord      *self);
void          bw_record_set_updated_by   (BwRecord      *self,
                                          const char    *value);
gboolean      bw_record_get_deleted      (BwRecord      *self);
void          bw_record_set_deleted      (BwRecord      *self,
                                          gboolean       deleted);

/* Fields by their key; a key the type does not have is a programming
 * error (g_critical). */
const char   *bw_record_get_text         (BwRecord      *self,
                                          const char    *key);
void          bw_record_set_text         (BwRecord      *self,
                                          const char    *key,
                                          const char    *value);
gint64        bw_record_get_int          (BwRecord      *self,
                                          const char    *key);
void          bw_record_set_int          (BwRecord      *self,
                                          const char    *key,
                                          gint64         value);
gboolean      bw_record_get_bool         (BwRecord      *self,
                                          const char    *key);
void          bw_record_set_bool         (BwRecord      *self,
                                          const char    *key,
                                          gboolean       value);
/* An enum field's value, and its stable key. */
int           bw_record_get_enum         (BwRecord      *self,
                                          const char    *key);
void          bw_record_set_enum         (BwRecord      *self,
                                          const char    *key,
                                          int            value);
const char   *bw_record_get_enum_key     (BwRecord      *self,
                                          const char    *key);
gboolean      bw_record_set_enum_key     (BwRecord      *self,
                                          const char    *key,
                                          const char    *value_key);

/* The bookkeeping accessors of a subclass, for the code that knows its
 * records by their own type: one line in the subclass's .c. */
#define BW_RECORD_DEFINE_BOOKKEEPING(Type, prefix)                                          \
  gint64 prefix##_get_id (Type *self) { return bw_record_get_id (BW_RECORD (self)); }        \
  void prefix##_set_id (Type *self, gint64 v) { bw_record_set_id (BW_RECORD (self), v); }    \
  const char *prefix##_get_uuid (Type *self) { return bw_record_get_uuid (BW_RECORD (self)); } \
  void prefix##_set_uuid (Type *self, const char *v) { bw_record_set_uuid (BW_RECORD (self), v); } \
  gint64 prefix##_get_revision (Type *self) { return bw_record_get_revision (BW_RECORD (self)); } \
  void prefix##_set_revision (Type *self, gint64 v) { bw_record_set_revision (BW_RECORD (self), v); } \
  const char *prefix##_get_created_at (Type *self) { return bw_record_get_created_at (BW_RECORD (self)); } \
  void prefix##_set_created_at (Type *self, const char *v) { bw_record_set_created_at (BW_RECORD (self), v); } \
  const char *prefix##_get_created_by (Type *self) { return bw_record_get_created_by (BW_RECORD (self)); } \
  void prefix##_set_created_by (Type *self, const char *v) { bw_record_set_created_by (BW_RECORD (self), v); } \
  const char *prefix##_get_updated_at (Type *self) { return bw_record_get_updated_at (BW_RECORD (self)); } \
  void prefix##_set_updated_at (Type *self, const char *v) { bw_record_set_updated_at (BW_RECORD (self), v); } \
  const char *prefix##_get_updated_by (Type *self) { return bw_record_get_updated_by (BW_RECORD (self)); } \
  void prefix##_set_updated_by (Type *self, const char *v) { bw_record_set_updated_by (BW_RECORD (self), v); } \
  gboolean prefix##_get_deleted (Type *self) { return bw_record_get_deleted (BW_RECORD (self)); } \
  void prefix##_set_deleted (Type *self, gboolean v) { bw_record_set_deleted (BW_RECORD (self), v); }

G_END_DECLS
