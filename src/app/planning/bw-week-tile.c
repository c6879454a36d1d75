/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-app-planning"
#include "config.h"

#include <glib/gi18n.h>

#include "bw-week-tile.h"

struct _BwWeekTile
{
  GtkWidget parent_instance;

  BwWeekItem *item;
  int day;
  int start_min;
  int end_min;

  GtkWidget *icon;
  GtkWidget *title;
  GtkWidget *wrapped_title;
  GtkWidget *tall_title;
  GtkWidget *shown_title;   /* one of the three titles */
  GtkWidget *time;
  GtkWidget *start_time;
  gboolean use_start_time;
  GtkWidget *subtitle;
};

G_DEFINE_FINAL_TYPE (BwWeekTile, bw_week_tile, GTK_TYPE_WIDGET)

enum {
  ACTIVATE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

#define ICON_SPACING 4

BwWeekItem *
bw_week_tile_get_item (BwWeekTile *self)
{
  g_return_val_if_fail (BW_IS_WEEK_TILE (self), NULL);
  return self->item;
}

int
bw_week_tile_get_day (BwWeekTile *self)
{
  g_return_val_if_fail (BW_IS_WEEK_TILE (self), -1);
  return self->day;
}

int
bw_week_tile_get_start_min (BwWeekTile *self)
{
  g_return_val_if_fail (BW_IS_WEEK_TILE (self), 0);
  return self->start_min;
}

int
bw_week_tile_get_end_min (BwWeekTile *self)
{
  g_return_val_if_fail (BW_IS_WEEK_TILE (self), 0);
  return self->end_min;
}

static GtkWidget *
add_label (BwWeekTile *self,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, css_class);
  gtk_widget_set_parent (label, GTK_WIDGET (self));
  return label;
}

/* Each line takes its natural height; lines that do not fit in the tile are
 * not drawn (a short event shows its title only). */
static void
bw_week_tile_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  BwWeekTile *self = BW_WEEK_TILE (widget);
  int icon_w = 0;

  *minimum = 0;
  *natural = 0;
  if (gtk_widget_get_visible (self->icon))
    gtk_widget_measure (self->icon, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &icon_w, NULL, NULL);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    {
      int nat = 0;

      if (child == self->icon || child == self->wrapped_title || child == self->tall_title ||
          child == self->start_time ||
          !gtk_widget_get_visible (child))
        continue;
      gtk_widget_measure (child, orientation, -1, NULL, &nat, NULL, NULL);
      if (orientation == GTK_ORIENTATION_HORIZONTAL)
        *natural = MAX (*natural, nat + (child == self->title && icon_w ? icon_w + ICON_SPACING : 0));
      else
        *natural += nat;
    }
}

static void
allocate_child (GtkWidget *child,
                int        x,
                int        y,
                int        width,
                int        height)
{
  int min_w = 0, min_h = 0;

  gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &min_w, NULL, NULL, NULL);
  gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, -1, &min_h, NULL, NULL, NULL);
  gtk_widget_size_allocate (child, &(GtkAllocation) { x, y, MAX (width, min_w), MAX (height, min_h) }, -1);
}

/* Whether the wrapped title breaks a word in two ("Bedrijfsb-ezoek"):
 * then the title is better ellipsized on one line. */
static gboolean
breaks_inside_word (GtkLabel *label)
{
  PangoLayout *layout = gtk_label_get_layout (label);
  const char *text = pango_layout_get_text (layout);
  const PangoLogAttr *attrs;
  int n_attrs;

  attrs = pango_layout_get_log_attrs_readonly (layout, &n_attrs);
  for (GSList *l = pango_layout_get_lines_readonly (layout); l; l = l->next)
    {
      PangoLayoutLine *line = l->data;
      glong offset = g_utf8_pointer_to_offset (text, text + line->start_index);

      if (offset == 0 || offset >= n_attrs)
        continue;
      if (!attrs[offset].is_word_start && !attrs[offset - 1].is_white)
        return TRUE;
    }
  return FALSE;
}

static void
bw_week_tile_size_allocate (GtkWidget *widget,
                            int        width,
                            int        height,
                            int        baseline)
{
  BwWeekTile *self = BW_WEEK_TILE (widget);
  int y = 0, title_h = 0, icon_w = 0, icon_h = 0, line_h = 0, time_h = 0;

  if (gtk_widget_get_visible (self->icon))
    {
      gtk_widget_measure (self->icon, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &icon_w, NULL, NULL);
      gtk_widget_measure (self->icon, GTK_ORIENTATION_VERTICAL, -1, NULL, &icon_h, NULL, NULL);
      icon_w += ICON_SPACING;
    }
  gtk_widget_measure (self->title, GTK_ORIENTATION_VERTICAL, -1, NULL, &line_h, NULL, NULL);
  gtk_widget_measure (self->time, GTK_ORIENTATION_VERTICAL, -1, NULL, &time_h, NULL, NULL);
  allocate_child (self->title, icon_w, 0, width - icon_w, line_h);
  self->shown_title = self->title;
  title_h = line_h;
  /* The most of the title that fits with the time still below it: up to
   * six lines in a tall tile, two in a shorter one, else one line. A word
   * broken in two is worth it only where the whole title is then read. */
  for (GtkWidget **t = (GtkWidget *[]) { self->tall_title, self->wrapped_title, NULL }; *t; t++)
    {
      int h = 0;

      gtk_widget_measure (*t, GTK_ORIENTATION_VERTICAL, MAX (1, width - icon_w), NULL, &h, NULL, NULL);
      allocate_child (*t, icon_w, 0, width - icon_w, h);
      if (self->shown_title == self->title && h > line_h && h + time_h <= height &&
          (!breaks_inside_word (GTK_LABEL (*t)) ||
           (*t == self->tall_title && !pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (*t))))))
        {
          self->shown_title = *t;
          title_h = h;
        }
    }
  if (icon_w)
    allocate_child (self->icon, 0, MAX (0, (line_h - icon_h) / 2), icon_w - ICON_SPACING, icon_h);
  y = title_h;

  /* The start time alone where the range does not fit. */
  {
    int time_w = 0;

    gtk_widget_measure (self->time, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &time_w, NULL, NULL);
    self->use_start_time = time_w > width;
    allocate_child (self->time, 0, y, width, time_h);
    allocate_child (self->start_time, 0, y, width, time_h);
    y += time_h;
  }

  if (gtk_widget_get_visible (self->subtitle))
    {
      int h = 0;

      gtk_widget_measure (self->subtitle, GTK_ORIENTATION_VERTICAL, -1, NULL, &h, NULL, NULL);
      allocate_child (self->subtitle, 0, y, width, h);
    }
}

static void
bw_week_tile_snapshot (GtkWidget   *widget,
                       GtkSnapshot *snapshot)
{
  BwWeekTile *self = BW_WEEK_TILE (widget);
  int height = gtk_widget_get_height (widget);

  /* gtk_widget_get_height() includes the padding, the children's bounds
   * are relative to the content box; one pixel of slack for rounding. */
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    {
      graphene_rect_t bounds;
      gboolean is_title = child == self->title || child == self->wrapped_title || child == self->tall_title;

      if (!gtk_widget_get_visible (child) || !gtk_widget_compute_bounds (child, widget, &bounds))
        continue;
      if ((is_title && child != self->shown_title) ||
          child == (self->use_start_time ? self->time : self->start_time))
        continue;
      if (!is_title && child != self->icon &&
          bounds.origin.y + bounds.size.height > height + 1)
        continue;
      gtk_widget_snapshot_child (widget, child, snapshot);
    }
}

static void
on_released (GtkGestureClick *gesture,
             int              n_press,
             double           x,
             double           y,
             BwWeekTile      *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self));
  g_signal_emit (self, signals[ACTIVATE], 0);
}

static void
bw_week_tile_dispose (GObject *object)
{
  BwWeekTile *self = BW_WEEK_TILE (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  self->icon = self->title = self->wrapped_title = self->tall_title = self->shown_title = self->time = self->start_time = self->subtitle = NULL;
  g_clear_object (&self->item);

  G_OBJECT_CLASS (bw_week_tile_parent_class)->dispose (object);
}

static void
bw_week_tile_class_init (BwWeekTileClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = bw_week_tile_dispose;
  widget_class->measure = bw_week_tile_measure;
  widget_class->size_allocate = bw_week_tile_size_allocate;
  widget_class->snapshot = bw_week_tile_snapshot;

  /* Emitted on a click and on Enter or Space. */
  signals[ACTIVATE] = g_signal_new ("activate", G_TYPE_FROM_CLASS (klass),
                                    G_SIGNAL_RUN_LAST | G_SIGNAL_ACTION, 0, NULL, NULL, NULL,
                                    G_TYPE_NONE, 0);
  gtk_widget_class_set_activate_signal (widget_class, signals[ACTIVATE]);
  for (const guint *key = (const guint[]) { GDK_KEY_Return, GDK_KEY_ISO_Enter, GDK_KEY_KP_Enter,
                                            GDK_KEY_space, GDK_KEY_KP_Space, 0 }; *key; key++)
    gtk_widget_class_add_binding_signal (widget_class, *key, 0, "activate", NULL);

  gtk_widget_class_set_css_name (widget_class, "weekevent");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_BUTTON);
}

static void
bw_week_tile_init (BwWeekTile *self)
{
  GtkGesture *click = gtk_gesture_click_new ();

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "released", G_CALLBACK (on_released), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  self->icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  gtk_widget_set_parent (self->icon, GTK_WIDGET (self));
  gtk_widget_set_visible (self->icon, FALSE);
  self->title = add_label (self, "title");
  /* The same title on up to two lines, drawn instead where it fits. */
  self->wrapped_title = add_label (self, "title");
  gtk_label_set_single_line_mode (GTK_LABEL (self->wrapped_title), FALSE);
  gtk_label_set_wrap (GTK_LABEL (self->wrapped_title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (self->wrapped_title), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (self->wrapped_title), 2);
  /* And on up to six, in a tile tall enough. */
  self->tall_title = add_label (self, "title");
  gtk_label_set_single_line_mode (GTK_LABEL (self->tall_title), FALSE);
  gtk_label_set_wrap (GTK_LABEL (self->tall_title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (self->tall_title), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (self->tall_title), 6);
  self->shown_title = self->title;
  self->time = add_label (self, "time");
  self->start_time = add_label (self, "time");
  self->subtitle = add_label (self, "subtitle");
}

static char *
format_time (GDateTime *time)
{
  return g_date_time_format (time, "%H:%M");
}

BwWeekTile *
bw_week_tile_new (BwWeekItem *item,
                  GDateTime  *start,
                  GDateTime  *end,
                  int         day,
                  int         start_min,
                  int         end_min)
{
  BwWeekTile *self;
  const char *title, *subtitle, *conflict_text;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *range = NULL;
  g_autofree char *day_name = NULL;
  g_autofree char *label = NULL;
  g_autofree char *description = NULL;
  g_autofree char *tooltip = NULL;
  gboolean conflict;

  g_return_val_if_fail (BW_IS_WEEK_ITEM (item), NULL);

  self = g_object_new (BW_TYPE_WEEK_TILE, NULL);
  self->item = g_object_ref (item);
  self->day = day;
  self->start_min = start_min;
  self->end_min = end_min;

  title = bw_week_item_get_title (item);
  if (title == NULL || *title == '\0')
    title = _("(No title)");
  subtitle = bw_week_item_get_subtitle (item);
  if (subtitle && *subtitle == '\0')
    subtitle = NULL;
  conflict = bw_week_item_get_conflict (item);
  conflict_text = bw_week_item_get_conflict_text (item);
  if (conflict_text && *conflict_text == '\0')
    conflict_text = NULL;

  from = format_time (start);
  to = format_time (end);
  /* TRANSLATORS: a time range in an event of the week view, e.g.
   * "09:30–12:00" */
  range = g_strdup_printf (_("%s–%s"), from, to);
  gtk_label_set_text (GTK_LABEL (self->title), title);
  gtk_label_set_text (GTK_LABEL (self->wrapped_title), title);
  gtk_label_set_text (GTK_LABEL (self->tall_title), title);
  gtk_label_set_text (GTK_LABEL (self->time), range);
  gtk_label_set_text (GTK_LABEL (self->start_time), from);
  gtk_label_set_text (GTK_LABEL (self->subtitle), subtitle);
  gtk_widget_set_visible (self->subtitle, subtitle != NULL);
  gtk_widget_set_visible (self->icon, conflict);

  /* TRANSLATORS: strftime(3) format of the day in an event's spoken
   * description, e.g. "Tuesday 24 November" */
  day_name = g_date_time_format (start, _("%A %-d %B"));
  if (subtitle)
    /* TRANSLATORS: day, start time, end time, title and place of an event */
    label = g_strdup_printf (_("%s, %s to %s: %s, %s"), day_name, from, to, title, subtitle);
  else
    /* TRANSLATORS: day, start time, end time and title of an event */
    label = g_strdup_printf (_("%s, %s to %s: %s"), day_name, from, to, title);
  tooltip = g_strdup_printf ("%s\n%s%s%s", title, range, subtitle ? "\n" : "", subtitle ? subtitle : "");

  if (conflict)
    {
      g_autofree char *with_conflict = NULL;
      g_autofree char *with_tooltip = NULL;

      gtk_widget_add_css_class (GTK_WIDGET (self), "conflict");
      description = conflict_text ? g_strdup_printf (_("Conflict: %s"), conflict_text)
                                  : g_strdup (_("Conflict"));
      /* TRANSLATORS: an event's spoken description, then its conflict */
      with_conflict = g_strdup_printf (_("%s. %s"), label, description);
      g_free (label);
      label = g_steal_pointer (&with_conflict);
      with_tooltip = g_strdup_printf ("%s\n%s", tooltip, description);
      g_free (tooltip);
      tooltip = g_steal_pointer (&with_tooltip);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      description, -1);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), tooltip);

  return self;
}

GtkWidget *
bw_week_tile_get_shown_title (BwWeekTile *self)
{
  g_return_val_if_fail (BW_IS_WEEK_TILE (self), NULL);
  return self->shown_title;
}
