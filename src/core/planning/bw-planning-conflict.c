/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-planning"
#include "config.h"

#include <glib/gi18n-lib.h>

#include "bw-planning-conflict.h"

struct _BwPlanningConflict
{
  GObject parent_instance;

  BwPlanningConflictKind kind;
  char *date;
  char *other_uuid;
  char *other_title;
  char *other_start;
  char *other_end;
};

G_DEFINE_FINAL_TYPE (BwPlanningConflict, bw_planning_conflict, G_TYPE_OBJECT)

static void
bw_planning_conflict_finalize (GObject *object)
{
  BwPlanningConflict *self = (BwPlanningConflict *) object;

  g_free (self->date);
  g_free (self->other_uuid);
  g_free (self->other_title);
  g_free (self->other_start);
  g_free (self->other_end);
  G_OBJECT_CLASS (bw_planning_conflict_parent_class)->finalize (object);
}

static void
bw_planning_conflict_class_init (BwPlanningConflictClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bw_planning_conflict_finalize;
}

static void
bw_planning_conflict_init (BwPlanningConflict *self)
{
}

BwPlanningConflict *
bw_planning_conflict_new (BwPlanningConflictKind  kind,
                          const char             *date,
                          const char             *other_uuid,
                          const char             *other_title,
                          const char             *other_start,
                          const char             *other_end)
{
  BwPlanningConflict *self = g_object_new (BW_TYPE_PLANNING_CONFLICT, NULL);

  self->kind = kind;
  self->date = g_strdup (date);
  self->other_uuid = g_strdup (other_uuid);
  self->other_title = g_strdup (other_title);
  self->other_start = g_strdup (other_start);
  self->other_end = g_strdup (other_end);
  return self;
}

#define GETTER(type, field)                                              \
  type bw_planning_conflict_get_##field (BwPlanningConflict *self)       \
  {                                                                      \
    g_return_val_if_fail (BW_IS_PLANNING_CONFLICT (self), 0);            \
    return self->field;                                                  \
  }
GETTER (BwPlanningConflictKind, kind)
GETTER (const char *, date)
GETTER (const char *, other_uuid)
GETTER (const char *, other_title)
GETTER (const char *, other_start)
GETTER (const char *, other_end)
#undef GETTER

char *
bw_planning_conflict_describe (BwPlanningConflict *self)
{
  g_return_val_if_fail (BW_IS_PLANNING_CONFLICT (self), NULL);

  switch (self->kind)
    {
    case BW_PLANNING_CONFLICT_TRAINER:
      /* TRANSLATORS: a course title, then a start and end time (09:30) */
      return g_strdup_printf (_("The trainer is already booked for “%s” from %s to %s"),
                              self->other_title ? self->other_title : "", self->other_start,
                              self->other_end);
    case BW_PLANNING_CONFLICT_PLACE:
      /* TRANSLATORS: a course title, then a start and end time (09:30) */
      return g_strdup_printf (_("The place is already booked for “%s” from %s to %s"),
                              self->other_title ? self->other_title : "", self->other_start,
                              self->other_end);
    case BW_PLANNING_CONFLICT_OUTSIDE_PERIOD:
    default:
      return g_strdup (_("The session is outside the period of the offer"));
    }
}
