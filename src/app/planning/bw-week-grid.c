/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-app-planning"
#include "config.h"

#include <math.h>

#include "bw-week-grid.h"

struct _BwWeekGrid
{
  GtkWidget parent_instance;

  int today;
  int now_minute;
};

G_DEFINE_FINAL_TYPE (BwWeekGrid, bw_week_grid, GTK_TYPE_WIDGET)

#define MINUTES_PER_DAY (24 * 60)
#define MIN_COLUMN_WIDTH 40
#define NAT_COLUMN_WIDTH 160
/* Room between neighbouring events and grid lines. */
#define INSET_X 2
#define INSET_Y 1

typedef struct {
  BwWeekTile *tile;
  int start;
  int end;
  int column;
  int n_columns;
  int span;
} Placed;

GtkWidget *
bw_week_grid_new (void)
{
  return g_object_new (BW_TYPE_WEEK_GRID, NULL);
}

void
bw_week_grid_add_tile (BwWeekGrid *self,
                       BwWeekTile *tile)
{
  g_return_if_fail (BW_IS_WEEK_GRID (self));
  g_return_if_fail (BW_IS_WEEK_TILE (tile));

  gtk_widget_set_parent (GTK_WIDGET (tile), GTK_WIDGET (self));
}

void
bw_week_grid_remove_all (BwWeekGrid *self)
{
  GtkWidget *child;

  g_return_if_fail (BW_IS_WEEK_GRID (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
}

void
bw_week_grid_set_now (BwWeekGrid *self,
                      int         day,
                      int         minute)
{
  g_return_if_fail (BW_IS_WEEK_GRID (self));

  if (self->today == day && self->now_minute == minute)
    return;
  self->today = day;
  self->now_minute = CLAMP (minute, 0, MINUTES_PER_DAY);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static double
column_width (GtkWidget *widget)
{
  return MAX (0, gtk_widget_get_width (widget) - BW_WEEK_GRID_GUTTER) / 7.0;
}

static void
bw_week_grid_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = BW_WEEK_GRID_GUTTER + 7 * MIN_COLUMN_WIDTH;
      *natural = BW_WEEK_GRID_GUTTER + 7 * NAT_COLUMN_WIDTH;
    }
  else
    {
      *minimum = *natural = 24 * BW_WEEK_GRID_HOUR_HEIGHT + 1;
    }
}

static int
compare_placed (gconstpointer a,
                gconstpointer b)
{
  const Placed *pa = a, *pb = b;

  if (pa->start != pb->start)
    return pa->start < pb->start ? -1 : 1;
  /* The longer one first, so that it gets the left sub-column. */
  if (pa->end != pb->end)
    return pa->end > pb->end ? -1 : 1;
  return 0;
}

static gboolean
overlaps (const Placed *a,
          const Placed *b)
{
  return a->start < b->end && b->start < a->end;
}

/* Sub-columns for the events of one day, in place. A cluster is a run of
 * events that overlap each other directly or through others; each event
 * takes the first sub-column that is free at its start. */
static void
pack_day (Placed *placed,
          guint   n)
{
  guint first = 0;

  if (n == 0)
    return; /* and placed may be NULL */
  qsort (placed, n, sizeof (Placed), compare_placed);
  while (first < n)
    {
      g_autoptr(GArray) column_ends = g_array_new (FALSE, FALSE, sizeof (int));
      int cluster_end = placed[first].end;
      guint last = first;

      /* The cluster: everything starting before the latest end so far. */
      while (last + 1 < n && placed[last + 1].start < cluster_end)
        {
          last++;
          cluster_end = MAX (cluster_end, placed[last].end);
        }

      for (guint i = first; i <= last; i++)
        {
          guint c;

          for (c = 0; c < column_ends->len; c++)
            if (g_array_index (column_ends, int, c) <= placed[i].start)
              break;
          if (c == column_ends->len)
            g_array_append_val (column_ends, placed[i].end);
          else
            g_array_index (column_ends, int, c) = placed[i].end;
          placed[i].column = (int) c;
        }

      for (guint i = first; i <= last; i++)
        {
          placed[i].n_columns = (int) column_ends->len;
          placed[i].span = 1;
          /* Widen over the sub-columns to the right while they are free. */
          for (int c = placed[i].column + 1; c < placed[i].n_columns; c++)
            {
              gboolean taken = FALSE;

              for (guint j = first; j <= last && !taken; j++)
                taken = j != i && placed[j].column == c && overlaps (&placed[i], &placed[j]);
              if (taken)
                break;
              placed[i].span++;
            }
        }
      first = last + 1;
    }
}

static void
bw_week_grid_size_allocate (GtkWidget *widget,
                            int        width,
                            int        height,
                            int        baseline)
{
  double col_w = MAX (0, width - BW_WEEK_GRID_GUTTER) / 7.0;
  double hour_h = BW_WEEK_GRID_HOUR_HEIGHT;

  for (int day = 0; day < 7; day++)
    {
      g_autoptr(GArray) placed = g_array_new (FALSE, TRUE, sizeof (Placed));

      for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
           child = gtk_widget_get_next_sibling (child))
        {
          BwWeekTile *tile = BW_WEEK_TILE (child);
          Placed p = { tile, bw_week_tile_get_start_min (tile), bw_week_tile_get_end_min (tile), 0, 1, 1 };

          if (bw_week_tile_get_day (tile) != day || !gtk_widget_get_visible (child))
            continue;
          g_array_append_val (placed, p);
        }
      pack_day ((Placed *) (void *) placed->data, placed->len);

      for (guint i = 0; i < placed->len; i++)
        {
          const Placed *p = &g_array_index (placed, Placed, i);
          double sub_w = col_w / p->n_columns;
          int x0 = (int) round (BW_WEEK_GRID_GUTTER + day * col_w + p->column * sub_w);
          int x1 = (int) round (BW_WEEK_GRID_GUTTER + day * col_w + (p->column + p->span) * sub_w);
          int y0 = (int) round (p->start * hour_h / 60.0);
          int y1 = (int) round (p->end * hour_h / 60.0);
          int min_w = 0, min_h = 0;
          GtkAllocation rect;

          gtk_widget_measure (GTK_WIDGET (p->tile), GTK_ORIENTATION_HORIZONTAL, -1, &min_w, NULL, NULL, NULL);
          gtk_widget_measure (GTK_WIDGET (p->tile), GTK_ORIENTATION_VERTICAL, -1, &min_h, NULL, NULL, NULL);
          rect.x = x0 + INSET_X;
          rect.y = y0 + INSET_Y;
          rect.width = MAX (min_w, x1 - x0 - 2 * INSET_X);
          rect.height = MAX (min_h, y1 - y0 - 2 * INSET_Y);
          gtk_widget_size_allocate (GTK_WIDGET (p->tile), &rect, -1);
        }
    }
}

static void
append_line (GtkSnapshot   *snapshot,
             const GdkRGBA *color,
             double         x,
             double         y,
             double         width,
             double         height)
{
  gtk_snapshot_append_color (snapshot, color, &GRAPHENE_RECT_INIT (x, y, width, height));
}

static void
bw_week_grid_snapshot (GtkWidget   *widget,
                       GtkSnapshot *snapshot)
{
  BwWeekGrid *self = BW_WEEK_GRID (widget);
  GtkStyleContext *style = gtk_widget_get_style_context (widget);
  int width = gtk_widget_get_width (widget);
  double col_w = column_width (widget);
  double hour_h = BW_WEEK_GRID_HOUR_HEIGHT;
  double bottom = 24 * hour_h;
  GdkRGBA fg, line, faint, dim, accent, tint;
  PangoLayout *layout = gtk_widget_create_pango_layout (widget, NULL);
  PangoAttrList *attrs = pango_attr_list_new ();

  gtk_style_context_get_color (style, &fg);
  if (!gtk_style_context_lookup_color (style, "accent_color", &accent))
    accent = fg;
  line = fg;
  line.alpha *= 0.15;
  faint = fg;
  faint.alpha *= 0.06;
  dim = fg;
  dim.alpha *= 0.6;
  tint = accent;
  tint.alpha *= 0.07;

  /* Today's column. */
  if (self->today >= 0 && self->today < 7)
    append_line (snapshot, &tint, BW_WEEK_GRID_GUTTER + self->today * col_w, 0, col_w, bottom);

  /* Hour and half-hour lines, the day separators. */
  for (int hour = 0; hour <= 24; hour++)
    {
      double y = floor (hour * hour_h);

      append_line (snapshot, &line, BW_WEEK_GRID_GUTTER - 6, y, width - BW_WEEK_GRID_GUTTER + 6, 1);
      if (hour < 24)
        append_line (snapshot, &faint, BW_WEEK_GRID_GUTTER, floor (y + hour_h / 2), width - BW_WEEK_GRID_GUTTER, 1);
    }
  for (int day = 0; day <= 7; day++)
    append_line (snapshot, &line, floor (BW_WEEK_GRID_GUTTER + day * col_w), 0, 1, bottom);

  /* The hour labels, right-aligned in the gutter, centred on their line. */
  pango_attr_list_insert (attrs, pango_attr_scale_new (PANGO_SCALE_SMALL));
  pango_attr_list_insert (attrs, pango_attr_font_features_new ("tnum=1"));
  pango_layout_set_attributes (layout, attrs);
  for (int hour = 1; hour < 24; hour++)
    {
      char text[8];
      int text_w, text_h;

      g_snprintf (text, sizeof text, "%02d:00", hour);
      pango_layout_set_text (layout, text, -1);
      pango_layout_get_pixel_size (layout, &text_w, &text_h);
      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (BW_WEEK_GRID_GUTTER - 10 - text_w,
                                                              floor (hour * hour_h - text_h / 2.0)));
      gtk_snapshot_append_layout (snapshot, layout, &dim);
      gtk_snapshot_restore (snapshot);
    }
  pango_attr_list_unref (attrs);
  g_object_unref (layout);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    gtk_widget_snapshot_child (widget, child, snapshot);

  /* The current time, over the events like in GNOME Calendar. */
  if (self->today >= 0 && self->today < 7)
    {
      double x = floor (BW_WEEK_GRID_GUTTER + self->today * col_w);
      double y = floor (self->now_minute * hour_h / 60.0);
      GskRoundedRect dot;

      append_line (snapshot, &accent, x, y - 1, ceil (col_w), 2);
      gsk_rounded_rect_init_from_rect (&dot, &GRAPHENE_RECT_INIT (x - 4, y - 4, 8, 8), 4);
      gtk_snapshot_push_rounded_clip (snapshot, &dot);
      append_line (snapshot, &accent, x - 4, y - 4, 8, 8);
      gtk_snapshot_pop (snapshot);
    }
}

/* The nearest event (by start time) in the closest day before (@step -1)
 * or after (+1) @from's day that has any. */
static GtkWidget *
nearest_in_other_day (GtkWidget  *widget,
                      BwWeekTile *from,
                      int         step)
{
  for (int day = bw_week_tile_get_day (from) + step; day >= 0 && day < 7; day += step)
    {
      GtkWidget *best = NULL;
      int best_distance = G_MAXINT;

      for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
           child = gtk_widget_get_next_sibling (child))
        {
          BwWeekTile *tile = BW_WEEK_TILE (child);
          int distance = ABS (bw_week_tile_get_start_min (tile) - bw_week_tile_get_start_min (from));

          if (bw_week_tile_get_day (tile) == day && distance < best_distance)
            {
              best = child;
              best_distance = distance;
            }
        }
      if (best)
        return best;
    }
  return NULL;
}

static gboolean
bw_week_grid_focus (GtkWidget        *widget,
                    GtkDirectionType  direction)
{
  GtkWidget *focus = gtk_widget_get_focus_child (widget);
  GtkWidget *target = NULL;

  if (focus == NULL)
    target = direction == GTK_DIR_TAB_BACKWARD ? gtk_widget_get_last_child (widget)
                                               : gtk_widget_get_first_child (widget);
  else
    {
      BwWeekTile *tile = BW_WEEK_TILE (focus);
      GtkWidget *next = gtk_widget_get_next_sibling (focus);
      GtkWidget *prev = gtk_widget_get_prev_sibling (focus);

      switch (direction)
        {
        case GTK_DIR_TAB_FORWARD:
          target = next;
          break;
        case GTK_DIR_TAB_BACKWARD:
          target = prev;
          break;
        case GTK_DIR_DOWN:
          if (next && bw_week_tile_get_day (BW_WEEK_TILE (next)) == bw_week_tile_get_day (tile))
            target = next;
          break;
        case GTK_DIR_UP:
          if (prev && bw_week_tile_get_day (BW_WEEK_TILE (prev)) == bw_week_tile_get_day (tile))
            target = prev;
          break;
        case GTK_DIR_LEFT:
        case GTK_DIR_RIGHT:
          {
            int step = direction == GTK_DIR_RIGHT ? 1 : -1;

            if (gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL)
              step = -step;
            target = nearest_in_other_day (widget, tile, step);
          }
          break;
        default:
          break;
        }
      /* At the edge of the week the arrow keys stay on the event. */
      if (target == NULL && direction != GTK_DIR_TAB_FORWARD && direction != GTK_DIR_TAB_BACKWARD)
        {
          gtk_widget_error_bell (widget);
          return TRUE;
        }
    }

  if (target == NULL)
    return FALSE;
  return gtk_widget_grab_focus (target);
}

static void
bw_week_grid_dispose (GObject *object)
{
  bw_week_grid_remove_all (BW_WEEK_GRID (object));

  G_OBJECT_CLASS (bw_week_grid_parent_class)->dispose (object);
}

static void
bw_week_grid_class_init (BwWeekGridClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = bw_week_grid_dispose;
  widget_class->measure = bw_week_grid_measure;
  widget_class->size_allocate = bw_week_grid_size_allocate;
  widget_class->snapshot = bw_week_grid_snapshot;
  widget_class->focus = bw_week_grid_focus;

  gtk_widget_class_set_css_name (widget_class, "weekgrid");
}

static void
bw_week_grid_init (BwWeekGrid *self)
{
  self->today = -1;
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
}
