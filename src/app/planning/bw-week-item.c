/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-app-planning"
#include "config.h"

#include "bw-week-item.h"

G_DEFINE_INTERFACE (BwWeekItem, bw_week_item, G_TYPE_OBJECT)

static void
bw_week_item_default_init (BwWeekItemInterface *iface)
{
}

GDateTime *
bw_week_item_get_start (BwWeekItem *self)
{
  g_return_val_if_fail (BW_IS_WEEK_ITEM (self), NULL);
  g_return_val_if_fail (BW_WEEK_ITEM_GET_IFACE (self)->get_start != NULL, NULL);

  return BW_WEEK_ITEM_GET_IFACE (self)->get_start (self);
}

GDateTime *
bw_week_item_get_end (BwWeekItem *self)
{
  g_return_val_if_fail (BW_IS_WEEK_ITEM (self), NULL);
  g_return_val_if_fail (BW_WEEK_ITEM_GET_IFACE (self)->get_end != NULL, NULL);

  return BW_WEEK_ITEM_GET_IFACE (self)->get_end (self);
}

const char *
bw_week_item_get_title (BwWeekItem *self)
{
  g_return_val_if_fail (BW_IS_WEEK_ITEM (self), NULL);
  g_return_val_if_fail (BW_WEEK_ITEM_GET_IFACE (self)->get_title != NULL, NULL);

  return BW_WEEK_ITEM_GET_IFACE (self)->get_title (self);
}

const char *
bw_week_item_get_subtitle (BwWeekItem *self)
{
  BwWeekItemInterface *iface;

  g_return_val_if_fail (BW_IS_WEEK_ITEM (self), NULL);

  iface = BW_WEEK_ITEM_GET_IFACE (self);
  return iface->get_subtitle ? iface->get_subtitle (self) : NULL;
}

gboolean
bw_week_item_get_conflict (BwWeekItem *self)
{
  BwWeekItemInterface *iface;

  g_return_val_if_fail (BW_IS_WEEK_ITEM (self), FALSE);

  iface = BW_WEEK_ITEM_GET_IFACE (self);
  return iface->get_conflict ? iface->get_conflict (self) : FALSE;
}

const char *
bw_week_item_get_conflict_text (BwWeekItem *self)
{
  BwWeekItemInterface *iface;

  g_return_val_if_fail (BW_IS_WEEK_ITEM (self), NULL);

  iface = BW_WEEK_ITEM_GET_IFACE (self);
  return iface->get_conflict_text ? iface->get_conflict_text (self) : NULL;
}
