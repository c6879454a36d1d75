/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-app-planning"
#include "config.h"

#include <glib/gi18n.h>

#include "bw-date.h"
#include "bw-week-grid.h"
#include "bw-week-tile.h"
#include "bw-week-view.h"

struct _BwWeekView
{
  GtkWidget parent_instance;

  GListModel *model;
  GPtrArray *watched; /* items whose notify we follow */
  GTimeZone *tz;
  GDateTime *week_start;
  GDateTime *now;
  guint rebuild_source;
  guint clock_source;
  guint scroll_source;
  gboolean scrolled_once;

  GtkLabel *title_label;
  GtkWidget *day_labels;
  GtkWidget *day_label[7];
  GtkScrolledWindow *scrolled;
  BwWeekGrid *grid;
};

G_DEFINE_FINAL_TYPE (BwWeekView, bw_week_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_MODEL,
  PROP_WEEK_START,
  PROP_NOW,
  N_PROPS
};

enum {
  EVENT_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* The hour the grid opens at, unless an event of the week starts earlier. */
#define FIRST_HOUR 7

typedef struct {
  BwWeekItem *item;
  GDateTime *start;
  GDateTime *end;
  int day;
  int start_min;
  int end_min;
  guint position;
} Entry;

static void
entry_clear (gpointer data)
{
  Entry *e = data;

  g_clear_object (&e->item);
  g_clear_pointer (&e->start, g_date_time_unref);
  g_clear_pointer (&e->end, g_date_time_unref);
}

static void
date_of (GDateTime *time,
         GDate     *date)
{
  int y, m, d;

  g_date_time_get_ymd (time, &y, &m, &d);
  g_date_clear (date, 1);
  g_date_set_dmy (date, (GDateDay) d, (GDateMonth) m, (GDateYear) y);
}

static GDateTime *
midnight (GTimeZone   *tz,
          const GDate *date)
{
  return g_date_time_new (tz, g_date_get_year (date), g_date_get_month (date), g_date_get_day (date), 0, 0, 0);
}

/* Midnight of the Monday of the week that holds @time, in @tz. */
static GDateTime *
monday_of (GTimeZone *tz,
           GDateTime *time)
{
  g_autoptr(GDateTime) local = g_date_time_to_timezone (time, tz);
  GDate date;

  date_of (local, &date);
  g_date_subtract_days (&date, g_date_time_get_day_of_week (local) - 1);
  return midnight (tz, &date);
}

static GDateTime *
dup_now (BwWeekView *self)
{
  if (self->now)
    return g_date_time_to_timezone (self->now, self->tz);
  return g_date_time_new_now (self->tz);
}

static void
update_now (BwWeekView *self)
{
  g_autoptr(GDateTime) now = dup_now (self);
  GDate monday, today;
  int today_column;

  date_of (self->week_start, &monday);
  date_of (now, &today);
  today_column = (int) g_date_days_between (&monday, &today);
  if (today_column < 0 || today_column > 6)
    today_column = -1;

  for (int i = 0; i < 7; i++)
    {
      if (i == today_column)
        gtk_widget_add_css_class (self->day_label[i], "today");
      else
        gtk_widget_remove_css_class (self->day_label[i], "today");
    }
  bw_week_grid_set_now (self->grid, today_column,
                        g_date_time_get_hour (now) * 60 + g_date_time_get_minute (now));
}

static void
update_header (BwWeekView *self)
{
  g_autoptr(GDateTime) sunday = g_date_time_add_days (self->week_start, 6);
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *title = NULL;
  GDate monday;

  date_of (self->week_start, &monday);
  for (int i = 0; i < 7; i++)
    {
      GDate date = monday;
      g_autoptr(GDateTime) day = NULL;
      g_autofree char *text = NULL;
      g_autofree char *full = NULL;

      g_date_add_days (&date, i);
      day = midnight (self->tz, &date);
      /* TRANSLATORS: strftime(3) format of a day in the week view's
       * header, e.g. "ma 23 nov" */
      text = g_date_time_format (day, _("%a %-d %b"));
      /* TRANSLATORS: strftime(3) format of a day, e.g. "Monday 23 November" */
      full = g_date_time_format (day, _("%A %-d %B"));
      gtk_label_set_text (GTK_LABEL (self->day_label[i]), text);
      gtk_widget_set_tooltip_text (self->day_label[i], full);
    }

  /* TRANSLATORS: strftime(3) format of the first day of the week in the
   * week view's title, e.g. "23 November" */
  from = g_date_time_format (self->week_start, _("%-d %B"));
  /* TRANSLATORS: strftime(3) format of the last day of the week in the
   * week view's title, e.g. "29 November 2026" */
  to = g_date_time_format (sunday, _("%-d %B %Y"));
  /* TRANSLATORS: the week view's title: the ISO week number, the first and
   * the last day, e.g. "Week 48 · 23 November – 29 November 2026" */
  title = g_strdup_printf (_("Week %d · %s – %s"), g_date_time_get_week_of_year (self->week_start), from, to);
  gtk_label_set_text (self->title_label, title);

  update_now (self);
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const Entry *ea = a, *eb = b;

  if (ea->day != eb->day)
    return ea->day < eb->day ? -1 : 1;
  if (ea->start_min != eb->start_min)
    return ea->start_min < eb->start_min ? -1 : 1;
  if (ea->end_min != eb->end_min)
    return ea->end_min > eb->end_min ? -1 : 1;
  return ea->position < eb->position ? -1 : ea->position > eb->position;
}

static void on_item_notify (BwWeekView *self);

static void
unwatch_items (BwWeekView *self)
{
  for (guint i = 0; i < self->watched->len; i++)
    g_signal_handlers_disconnect_by_func (self->watched->pdata[i], on_item_notify, self);
  g_ptr_array_set_size (self->watched, 0);
}

/* The item's times in the view's zone, and where they fall in the week
 * shown; FALSE when it is not in this week or has no valid times. An event
 * running past midnight is drawn up to the end of its first day. */
static gboolean
place_item (BwWeekView *self,
            BwWeekItem *item,
            Entry      *entry)
{
  GDateTime *start = bw_week_item_get_start (item);
  GDateTime *end = bw_week_item_get_end (item);
  GDate monday, start_date, end_date;

  if (start == NULL || end == NULL || g_date_time_compare (end, start) <= 0)
    return FALSE;
  entry->start = g_date_time_to_timezone (start, self->tz);
  entry->end = g_date_time_to_timezone (end, self->tz);
  date_of (self->week_start, &monday);
  date_of (entry->start, &start_date);
  date_of (entry->end, &end_date);
  entry->day = (int) g_date_days_between (&monday, &start_date);
  if (entry->day < 0 || entry->day > 6)
    return FALSE;
  entry->start_min = g_date_time_get_hour (entry->start) * 60 + g_date_time_get_minute (entry->start);
  if (g_date_compare (&start_date, &end_date) == 0)
    entry->end_min = g_date_time_get_hour (entry->end) * 60 + g_date_time_get_minute (entry->end);
  else
    entry->end_min = 24 * 60;
  entry->end_min = MAX (entry->end_min, entry->start_min + 1);
  return TRUE;
}

static void
on_tile_activate (BwWeekTile *tile,
                  BwWeekView *self)
{
  g_signal_emit (self, signals[EVENT_ACTIVATED], 0, bw_week_tile_get_item (tile));
}

static void
rebuild (BwWeekView *self)
{
  g_autoptr(GArray) entries = g_array_new (FALSE, TRUE, sizeof (Entry));
  GtkWidget *focus = gtk_widget_get_focus_child (GTK_WIDGET (self->grid));
  g_autoptr(BwWeekItem) focus_item = focus ? g_object_ref (bw_week_tile_get_item (BW_WEEK_TILE (focus))) : NULL;
  guint n = self->model ? g_list_model_get_n_items (self->model) : 0;

  g_clear_handle_id (&self->rebuild_source, g_source_remove);
  g_array_set_clear_func (entries, entry_clear);
  unwatch_items (self);
  bw_week_grid_remove_all (self->grid);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) object = g_list_model_get_item (self->model, i);
      Entry entry = { 0 };

      if (!BW_IS_WEEK_ITEM (object))
        continue;
      g_ptr_array_add (self->watched, g_object_ref (object));
      g_signal_connect_swapped (object, "notify", G_CALLBACK (on_item_notify), self);
      if (!place_item (self, BW_WEEK_ITEM (object), &entry))
        {
          entry_clear (&entry);
          continue;
        }
      entry.item = BW_WEEK_ITEM (g_object_ref (object));
      entry.position = i;
      g_array_append_val (entries, entry);
    }
  g_array_sort (entries, compare_entries);

  for (guint i = 0; i < entries->len; i++)
    {
      Entry *e = &g_array_index (entries, Entry, i);
      BwWeekTile *tile = bw_week_tile_new (e->item, e->start, e->end, e->day, e->start_min, e->end_min);

      g_signal_connect (tile, "activate", G_CALLBACK (on_tile_activate), self);
      bw_week_grid_add_tile (self->grid, tile);
      if (focus_item == e->item)
        gtk_widget_grab_focus (GTK_WIDGET (tile));
    }
}

static gboolean
rebuild_cb (gpointer data)
{
  BwWeekView *self = data;

  self->rebuild_source = 0;
  rebuild (self);
  return G_SOURCE_REMOVE;
}

/* Several properties of an item often change together: one rebuild, before
 * the next frame is laid out. */
static void
on_item_notify (BwWeekView *self)
{
  if (self->rebuild_source == 0)
    self->rebuild_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, rebuild_cb, self, NULL);
}

static void
on_items_changed (BwWeekView *self)
{
  rebuild (self);
}

GtkWidget *
bw_week_view_new (void)
{
  return g_object_new (BW_TYPE_WEEK_VIEW, NULL);
}

GListModel *
bw_week_view_get_model (BwWeekView *self)
{
  g_return_val_if_fail (BW_IS_WEEK_VIEW (self), NULL);
  return self->model;
}

void
bw_week_view_set_model (BwWeekView *self,
                        GListModel *model)
{
  g_return_if_fail (BW_IS_WEEK_VIEW (self));
  g_return_if_fail (model == NULL || G_IS_LIST_MODEL (model));

  if (self->model == model)
    return;
  if (self->model)
    g_signal_handlers_disconnect_by_func (self->model, on_items_changed, self);
  g_set_object (&self->model, model);
  if (model)
    g_signal_connect_swapped (model, "items-changed", G_CALLBACK (on_items_changed), self);
  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
}

GDateTime *
bw_week_view_get_week_start (BwWeekView *self)
{
  g_return_val_if_fail (BW_IS_WEEK_VIEW (self), NULL);
  return self->week_start;
}

void
bw_week_view_set_week_start (BwWeekView *self,
                             GDateTime  *date)
{
  g_autoptr(GDateTime) monday = NULL;

  g_return_if_fail (BW_IS_WEEK_VIEW (self));
  g_return_if_fail (date != NULL);

  monday = monday_of (self->tz, date);
  if (self->week_start && g_date_time_equal (monday, self->week_start))
    return;
  g_clear_pointer (&self->week_start, g_date_time_unref);
  self->week_start = g_steal_pointer (&monday);
  update_header (self);
  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WEEK_START]);
}

GDateTime *
bw_week_view_get_now (BwWeekView *self)
{
  g_return_val_if_fail (BW_IS_WEEK_VIEW (self), NULL);
  return self->now;
}

void
bw_week_view_set_now (BwWeekView *self,
                      GDateTime  *now)
{
  g_return_if_fail (BW_IS_WEEK_VIEW (self));

  if (self->now == now || (self->now && now && g_date_time_equal (self->now, now)))
    return;
  g_clear_pointer (&self->now, g_date_time_unref);
  self->now = now ? g_date_time_ref (now) : NULL;
  update_now (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOW]);
}

GtkWidget *
bw_week_view_get_event_widget (BwWeekView *self,
                               BwWeekItem *item)
{
  g_return_val_if_fail (BW_IS_WEEK_VIEW (self), NULL);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->grid)); child;
       child = gtk_widget_get_next_sibling (child))
    if (bw_week_tile_get_item (BW_WEEK_TILE (child)) == item)
      return child;
  return NULL;
}

static void
move_weeks (BwWeekView *self,
            int         weeks)
{
  GDate date;
  g_autoptr(GDateTime) monday = NULL;

  date_of (self->week_start, &date);
  if (weeks < 0)
    g_date_subtract_days (&date, 7 * -weeks);
  else
    g_date_add_days (&date, 7 * weeks);
  monday = midnight (self->tz, &date);
  bw_week_view_set_week_start (self, monday);
}

static void
week_previous (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  move_weeks (BW_WEEK_VIEW (widget), -1);
}

static void
week_next (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  move_weeks (BW_WEEK_VIEW (widget), 1);
}

static void
week_today (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  BwWeekView *self = BW_WEEK_VIEW (widget);
  g_autoptr(GDateTime) now = dup_now (self);

  bw_week_view_set_week_start (self, now);
}

static gboolean
initial_scroll_cb (gpointer data)
{
  BwWeekView *self = data;
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scrolled);
  int hour = FIRST_HOUR;

  self->scroll_source = 0;
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->grid)); child;
       child = gtk_widget_get_next_sibling (child))
    hour = MIN (hour, bw_week_tile_get_start_min (BW_WEEK_TILE (child)) / 60);
  gtk_adjustment_set_value (adjustment, hour * BW_WEEK_GRID_HOUR_HEIGHT);
  return G_SOURCE_REMOVE;
}

/* Once the grid has its height: show the working day, or the earliest
 * event of the week when that starts before it. The adjustment changes
 * while the viewport is being allocated, so the scroll waits until that is
 * done (and before the frame is drawn). */
static void
on_vadjustment_changed (GtkAdjustment *adjustment,
                        BwWeekView    *self)
{
  if (self->scrolled_once || gtk_adjustment_get_upper (adjustment) < 24 * BW_WEEK_GRID_HOUR_HEIGHT ||
      gtk_adjustment_get_page_size (adjustment) <= 0 ||
      gtk_adjustment_get_page_size (adjustment) >= gtk_adjustment_get_upper (adjustment))
    return;
  self->scrolled_once = TRUE;
  self->scroll_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, initial_scroll_cb, self, NULL);
}

static gboolean
clock_tick (gpointer data)
{
  update_now (BW_WEEK_VIEW (data));
  return G_SOURCE_CONTINUE;
}

static void
bw_week_view_map (GtkWidget *widget)
{
  BwWeekView *self = BW_WEEK_VIEW (widget);

  GTK_WIDGET_CLASS (bw_week_view_parent_class)->map (widget);
  update_now (self);
  if (self->clock_source == 0)
    self->clock_source = g_timeout_add_seconds (30, clock_tick, self);
}

static void
bw_week_view_unmap (GtkWidget *widget)
{
  BwWeekView *self = BW_WEEK_VIEW (widget);

  g_clear_handle_id (&self->clock_source, g_source_remove);
  GTK_WIDGET_CLASS (bw_week_view_parent_class)->unmap (widget);
}

static void
bw_week_view_dispose (GObject *object)
{
  BwWeekView *self = BW_WEEK_VIEW (object);
  GtkWidget *child;

  g_clear_handle_id (&self->rebuild_source, g_source_remove);
  g_clear_handle_id (&self->clock_source, g_source_remove);
  g_clear_handle_id (&self->scroll_source, g_source_remove);
  if (self->watched)
    unwatch_items (self);
  if (self->model)
    g_signal_handlers_disconnect_by_func (self->model, on_items_changed, self);
  g_clear_object (&self->model);
  gtk_widget_dispose_template (GTK_WIDGET (self), BW_TYPE_WEEK_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (bw_week_view_parent_class)->dispose (object);
}

static void
bw_week_view_finalize (GObject *object)
{
  BwWeekView *self = BW_WEEK_VIEW (object);

  g_clear_pointer (&self->watched, g_ptr_array_unref);
  g_clear_pointer (&self->week_start, g_date_time_unref);
  g_clear_pointer (&self->now, g_date_time_unref);
  g_clear_pointer (&self->tz, g_time_zone_unref);

  G_OBJECT_CLASS (bw_week_view_parent_class)->finalize (object);
}

static void
bw_week_view_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  BwWeekView *self = BW_WEEK_VIEW (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      g_value_set_object (value, self->model);
      break;
    case PROP_WEEK_START:
      g_value_set_boxed (value, self->week_start);
      break;
    case PROP_NOW:
      g_value_set_boxed (value, self->now);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bw_week_view_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  BwWeekView *self = BW_WEEK_VIEW (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      bw_week_view_set_model (self, g_value_get_object (value));
      break;
    case PROP_WEEK_START:
      if (g_value_get_boxed (value))
        bw_week_view_set_week_start (self, g_value_get_boxed (value));
      break;
    case PROP_NOW:
      bw_week_view_set_now (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bw_week_view_class_init (BwWeekViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bw_week_view_dispose;
  object_class->finalize = bw_week_view_finalize;
  object_class->get_property = bw_week_view_get_property;
  object_class->set_property = bw_week_view_set_property;
  widget_class->map = bw_week_view_map;
  widget_class->unmap = bw_week_view_unmap;

  properties[PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_WEEK_START] =
    g_param_spec_boxed ("week-start", NULL, NULL, G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NOW] =
    g_param_spec_boxed ("now", NULL, NULL, G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Emitted when an event is clicked or activated with Enter or Space. */
  signals[EVENT_ACTIVATED] =
    g_signal_new ("event-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, BW_TYPE_WEEK_ITEM);

  g_type_ensure (BW_TYPE_WEEK_GRID);
  gtk_widget_class_set_template_from_resource (widget_class, "/nl/heerlen/Buurtwerk/ui/bw-week-view.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "weekview");
  gtk_widget_class_bind_template_child (widget_class, BwWeekView, title_label);
  gtk_widget_class_bind_template_child (widget_class, BwWeekView, day_labels);
  gtk_widget_class_bind_template_child (widget_class, BwWeekView, scrolled);
  gtk_widget_class_bind_template_child (widget_class, BwWeekView, grid);

  gtk_widget_class_install_action (widget_class, "week.previous", NULL, week_previous);
  gtk_widget_class_install_action (widget_class, "week.next", NULL, week_next);
  gtk_widget_class_install_action (widget_class, "week.today", NULL, week_today);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "week.previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Left, GDK_ALT_MASK, "week.previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK, "week.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Right, GDK_ALT_MASK, "week.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Home, GDK_ALT_MASK, "week.today", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Home, GDK_ALT_MASK, "week.today", NULL);
}

static void
bw_week_view_init (BwWeekView *self)
{
  g_autoptr(GDateTime) now = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->watched = g_ptr_array_new_with_free_func (g_object_unref);
  self->tz = g_time_zone_ref (bw_date_zone ());

  for (int i = 0; i < 7; i++)
    {
      self->day_label[i] = gtk_label_new (NULL);
      /* Never cut off: in a narrow window the date goes on a second line. */
      gtk_label_set_wrap (GTK_LABEL (self->day_label[i]), TRUE);
      gtk_label_set_justify (GTK_LABEL (self->day_label[i]), GTK_JUSTIFY_CENTER);
      gtk_widget_add_css_class (self->day_label[i], "day");
      gtk_box_append (GTK_BOX (self->day_labels), self->day_label[i]);
    }

  g_signal_connect_object (gtk_scrolled_window_get_vadjustment (self->scrolled), "changed",
                           G_CALLBACK (on_vadjustment_changed), self, 0);

  now = dup_now (self);
  self->week_start = monday_of (self->tz, now);
  update_header (self);
}
