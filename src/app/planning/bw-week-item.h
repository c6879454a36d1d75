/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define BW_TYPE_WEEK_ITEM (bw_week_item_get_type ())
G_DECLARE_INTERFACE (BwWeekItem, bw_week_item, BW, WEEK_ITEM, GObject)

/* What BwWeekView shows of one event. The view knows nothing else about
 * the objects in its model: a planning session, a sample event in a test,
 * anything that can say when it is and what to call it.
 *
 * Every getter returns data owned by the item (transfer none), valid at
 * least until the item changes or is finalized. Times are wall-clock
 * times in any time zone; the view shows them in Europe/Amsterdam. */
struct _BwWeekItemInterface
{
  GTypeInterface parent_iface;

  GDateTime  *(*get_start)         (BwWeekItem *self);
  GDateTime  *(*get_end)           (BwWeekItem *self);
  const char *(*get_title)         (BwWeekItem *self);
  const char *(*get_subtitle)      (BwWeekItem *self);
  gboolean    (*get_conflict)      (BwWeekItem *self);
  const char *(*get_conflict_text) (BwWeekItem *self);
};

/* Required: the start and the end (end after start). */
GDateTime  *bw_week_item_get_start         (BwWeekItem *self);
GDateTime  *bw_week_item_get_end           (BwWeekItem *self);
/* Required: the title shown first. */
const char *bw_week_item_get_title         (BwWeekItem *self);
/* Optional (NULL when not implemented): the second line, e.g. the place. */
const char *bw_week_item_get_subtitle      (BwWeekItem *self);
/* Optional (FALSE when not implemented): drawn in the error style. */
gboolean    bw_week_item_get_conflict      (BwWeekItem *self);
/* Optional: why it is a conflict, e.g. "Trainer also in ...". */
const char *bw_week_item_get_conflict_text (BwWeekItem *self);

G_END_DECLS
