/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-app-planning"
#include "config.h"

#include "bw-week-event.h"

struct _BwWeekEvent
{
  GObject parent_instance;

  GDateTime *start;
  GDateTime *end;
  char *title;
  char *subtitle;
  gboolean conflict;
  char *conflict_text;
  GObject *source;
};

static void bw_week_event_item_init (BwWeekItemInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (BwWeekEvent, bw_week_event, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (BW_TYPE_WEEK_ITEM, bw_week_event_item_init))

enum {
  PROP_0,
  PROP_START,
  PROP_END,
  PROP_TITLE,
  PROP_SUBTITLE,
  PROP_CONFLICT,
  PROP_CONFLICT_TEXT,
  PROP_SOURCE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GDateTime *
get_start (BwWeekItem *item)
{
  return BW_WEEK_EVENT (item)->start;
}

static GDateTime *
get_end (BwWeekItem *item)
{
  return BW_WEEK_EVENT (item)->end;
}

static const char *
get_title (BwWeekItem *item)
{
  return BW_WEEK_EVENT (item)->title;
}

static const char *
get_subtitle (BwWeekItem *item)
{
  return BW_WEEK_EVENT (item)->subtitle;
}

static gboolean
get_conflict (BwWeekItem *item)
{
  return BW_WEEK_EVENT (item)->conflict;
}

static const char *
get_conflict_text (BwWeekItem *item)
{
  return BW_WEEK_EVENT (item)->conflict_text;
}

static void
bw_week_event_item_init (BwWeekItemInterface *iface)
{
  iface->get_start = get_start;
  iface->get_end = get_end;
  iface->get_title = get_title;
  iface->get_subtitle = get_subtitle;
  iface->get_conflict = get_conflict;
  iface->get_conflict_text = get_conflict_text;
}

BwWeekEvent *
bw_week_event_new (GDateTime  *start,
                   GDateTime  *end,
                   const char *title,
                   const char *subtitle)
{
  g_return_val_if_fail (start != NULL, NULL);
  g_return_val_if_fail (end != NULL, NULL);

  return g_object_new (BW_TYPE_WEEK_EVENT, "start", start, "end", end, "title", title,
                       "subtitle", subtitle, NULL);
}

static void
set_date_time (BwWeekEvent  *self,
               GDateTime   **field,
               GDateTime    *value,
               guint         prop)
{
  if (*field == value || (*field && value && g_date_time_equal (*field, value)))
    return;
  g_clear_pointer (field, g_date_time_unref);
  *field = value ? g_date_time_ref (value) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static void
set_string (BwWeekEvent  *self,
            char        **field,
            const char   *value,
            guint         prop)
{
  if (g_strcmp0 (*field, value) == 0)
    return;
  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

void
bw_week_event_set_start (BwWeekEvent *self,
                         GDateTime   *start)
{
  g_return_if_fail (BW_IS_WEEK_EVENT (self));
  set_date_time (self, &self->start, start, PROP_START);
}

void
bw_week_event_set_end (BwWeekEvent *self,
                       GDateTime   *end)
{
  g_return_if_fail (BW_IS_WEEK_EVENT (self));
  set_date_time (self, &self->end, end, PROP_END);
}

void
bw_week_event_set_title (BwWeekEvent *self,
                         const char  *title)
{
  g_return_if_fail (BW_IS_WEEK_EVENT (self));
  set_string (self, &self->title, title, PROP_TITLE);
}

void
bw_week_event_set_subtitle (BwWeekEvent *self,
                            const char  *subtitle)
{
  g_return_if_fail (BW_IS_WEEK_EVENT (self));
  set_string (self, &self->subtitle, subtitle, PROP_SUBTITLE);
}

void
bw_week_event_set_conflict (BwWeekEvent *self,
                            gboolean     conflict,
                            const char  *text)
{
  g_return_if_fail (BW_IS_WEEK_EVENT (self));

  g_object_freeze_notify (G_OBJECT (self));
  set_string (self, &self->conflict_text, text, PROP_CONFLICT_TEXT);
  if (self->conflict != !!conflict)
    {
      self->conflict = !!conflict;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONFLICT]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

GObject *
bw_week_event_get_source (BwWeekEvent *self)
{
  g_return_val_if_fail (BW_IS_WEEK_EVENT (self), NULL);
  return self->source;
}

void
bw_week_event_set_source (BwWeekEvent *self,
                          GObject     *source)
{
  g_return_if_fail (BW_IS_WEEK_EVENT (self));

  if (g_set_object (&self->source, source))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SOURCE]);
}

static void
bw_week_event_finalize (GObject *object)
{
  BwWeekEvent *self = BW_WEEK_EVENT (object);

  g_clear_pointer (&self->start, g_date_time_unref);
  g_clear_pointer (&self->end, g_date_time_unref);
  g_free (self->title);
  g_free (self->subtitle);
  g_free (self->conflict_text);
  g_clear_object (&self->source);

  G_OBJECT_CLASS (bw_week_event_parent_class)->finalize (object);
}

static void
bw_week_event_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  BwWeekEvent *self = BW_WEEK_EVENT (object);

  switch (prop_id)
    {
    case PROP_START:
      g_value_set_boxed (value, self->start);
      break;
    case PROP_END:
      g_value_set_boxed (value, self->end);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_SUBTITLE:
      g_value_set_string (value, self->subtitle);
      break;
    case PROP_CONFLICT:
      g_value_set_boolean (value, self->conflict);
      break;
    case PROP_CONFLICT_TEXT:
      g_value_set_string (value, self->conflict_text);
      break;
    case PROP_SOURCE:
      g_value_set_object (value, self->source);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bw_week_event_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  BwWeekEvent *self = BW_WEEK_EVENT (object);

  switch (prop_id)
    {
    case PROP_START:
      bw_week_event_set_start (self, g_value_get_boxed (value));
      break;
    case PROP_END:
      bw_week_event_set_end (self, g_value_get_boxed (value));
      break;
    case PROP_TITLE:
      bw_week_event_set_title (self, g_value_get_string (value));
      break;
    case PROP_SUBTITLE:
      bw_week_event_set_subtitle (self, g_value_get_string (value));
      break;
    case PROP_CONFLICT:
      bw_week_event_set_conflict (self, g_value_get_boolean (value), self->conflict_text);
      break;
    case PROP_CONFLICT_TEXT:
      set_string (self, &self->conflict_text, g_value_get_string (value), PROP_CONFLICT_TEXT);
      break;
    case PROP_SOURCE:
      bw_week_event_set_source (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bw_week_event_class_init (BwWeekEventClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = bw_week_event_finalize;
  object_class->get_property = bw_week_event_get_property;
  object_class->set_property = bw_week_event_set_property;

  properties[PROP_START] = g_param_spec_boxed ("start", NULL, NULL, G_TYPE_DATE_TIME, flags);
  properties[PROP_END] = g_param_spec_boxed ("end", NULL, NULL, G_TYPE_DATE_TIME, flags);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_SUBTITLE] = g_param_spec_string ("subtitle", NULL, NULL, NULL, flags);
  properties[PROP_CONFLICT] = g_param_spec_boolean ("conflict", NULL, NULL, FALSE, flags);
  properties[PROP_CONFLICT_TEXT] = g_param_spec_string ("conflict-text", NULL, NULL, NULL, flags);
  properties[PROP_SOURCE] = g_param_spec_object ("source", NULL, NULL, G_TYPE_OBJECT, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
bw_week_event_init (BwWeekEvent *self)
{
}
