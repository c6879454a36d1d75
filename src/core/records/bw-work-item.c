/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-records"
#include "config.h"

#include "bw-work-item.h"

struct _BwWorkItem
{
  GObject parent_instance;

  BwWorkSection section;
  gint64 case_id;
  char *case_uuid;
  gint64 record_id;
  char *name;
  char *text;
  char *date;
};

G_DEFINE_FINAL_TYPE (BwWorkItem, bw_work_item, G_TYPE_OBJECT)

static void
bw_work_item_finalize (GObject *object)
{
  BwWorkItem *self = (BwWorkItem *) object;

  g_free (self->case_uuid);
  g_free (self->name);
  g_free (self->text);
  g_free (self->date);

  G_OBJECT_CLASS (bw_work_item_parent_class)->finalize (object);
}

static void
bw_work_item_class_init (BwWorkItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bw_work_item_finalize;
}

static void
bw_work_item_init (BwWorkItem *self)
{
}

BwWorkItem *
bw_work_item_new (BwWorkSection  section,
                  gint64         case_id,
                  const char    *case_uuid,
                  gint64         record_id,
                  const char    *name,
                  const char    *text,
                  const char    *date)
{
  BwWorkItem *self = g_object_new (BW_TYPE_WORK_ITEM, NULL);

  self->section = section;
  self->case_id = case_id;
  self->case_uuid = g_strdup (case_uuid);
  self->record_id = record_id;
  self->name = g_strdup (name);
  self->text = g_strdup (text);
  self->date = g_strdup (date);
  return self;
}

BwWorkSection
bw_work_item_get_section (BwWorkItem *self)
{
  g_return_val_if_fail (BW_IS_WORK_ITEM (self), BW_WORK_OVERDUE);
  return self->section;
}

gint64
bw_work_item_get_case_id (BwWorkItem *self)
{
  g_return_val_if_fail (BW_IS_WORK_ITEM (self), 0);
  return self->case_id;
}

const char *
bw_work_item_get_case_uuid (BwWorkItem *self)
{
  g_return_val_if_fail (BW_IS_WORK_ITEM (self), NULL);
  return self->case_uuid;
}

gint64
bw_work_item_get_record_id (BwWorkItem *self)
{
  g_return_val_if_fail (BW_IS_WORK_ITEM (self), 0);
  return self->record_id;
}

const char *
bw_work_item_get_name (BwWorkItem *self)
{
  g_return_val_if_fail (BW_IS_WORK_ITEM (self), NULL);
  return self->name;
}

const char *
bw_work_item_get_text (BwWorkItem *self)
{
  g_return_val_if_fail (BW_IS_WORK_ITEM (self), NULL);
  return self->text;
}

const char *
bw_work_item_get_date (BwWorkItem *self)
{
  g_return_val_if_fail (BW_IS_WORK_ITEM (self), NULL);
  return self->date;
}
