/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-app-cases"
#include "config.h"

#include <glib/gi18n.h>

#include "bw-assessment.h"
#include "bw-date.h"
#include "bw-zrm-chart.h"

struct _BwZrmChart
{
  GtkWidget parent_instance;

  BwDomain domain;
  /* The scored points: day number (since the first) and score. */
  GArray *days;
  GArray *scores;
  char *first_date;
  char *last_date;
};

G_DEFINE_FINAL_TYPE (BwZrmChart, bw_zrm_chart, GTK_TYPE_WIDGET)

/* libadwaita's blue, which reads on light and dark; the axes in the text
 * colour. */
static const GdkRGBA line_colour = { 0.21, 0.52, 0.89, 1.0 };

#define LEFT 28.0
#define RIGHT 12.0
#define TOP 10.0
#define BOTTOM 24.0

static void
draw_text (GtkWidget   *widget,
           GtkSnapshot *snapshot,
           const char  *text,
           double       x,
           double       y,
           double       align,
           const GdkRGBA *colour)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (widget, text);
  int w, h;

  pango_layout_get_pixel_size (layout, &w, &h);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x - w * align, y - h / 2.0));
  gtk_snapshot_append_layout (snapshot, layout, colour);
  gtk_snapshot_restore (snapshot);
  g_object_unref (layout);
}

static void
bw_zrm_chart_snapshot (GtkWidget   *widget,
                       GtkSnapshot *snapshot)
{
  BwZrmChart *self = BW_ZRM_CHART (widget);
  double width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  double plot_w = width - LEFT - RIGHT, plot_h = height - TOP - BOTTOM;
  double span;
  GdkRGBA text, faint;
  cairo_t *cr;

  if (plot_w < 20 || plot_h < 20)
    return;
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &text);
  faint = text;
  faint.alpha = 0.6;

  /* The scale: a faint line per level, its number beside it; none while
   * nothing is scored, where the chart says so. */
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  cairo_set_line_width (cr, 1);
  for (int score = BW_SCORE_MIN; self->days->len > 0 && score <= BW_SCORE_MAX; score++)
    {
      double y = TOP + plot_h * (BW_SCORE_MAX - score) / (double) (BW_SCORE_MAX - BW_SCORE_MIN);

      cairo_set_source_rgba (cr, text.red, text.green, text.blue, 0.15);
      cairo_move_to (cr, LEFT, (int) y + 0.5);
      cairo_line_to (cr, width - RIGHT, (int) y + 0.5);
      cairo_stroke (cr);
    }

  span = self->days->len > 0 ? g_array_index (self->days, int, self->days->len - 1) : 0;
  if (self->days->len > 0)
    {
      gdk_cairo_set_source_rgba (cr, &line_colour);
      cairo_set_line_width (cr, 2.5);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      for (guint i = 0; i < self->days->len; i++)
        {
          double x = span > 0 ? LEFT + plot_w * g_array_index (self->days, int, i) / span : LEFT + plot_w / 2;
          double y = TOP + plot_h * (BW_SCORE_MAX - g_array_index (self->scores, int, i)) / (double) (BW_SCORE_MAX - BW_SCORE_MIN);

          if (i == 0)
            cairo_move_to (cr, x, y);
          else
            cairo_line_to (cr, x, y);
        }
      cairo_stroke (cr);
      for (guint i = 0; i < self->days->len; i++)
        {
          double x = span > 0 ? LEFT + plot_w * g_array_index (self->days, int, i) / span : LEFT + plot_w / 2;
          double y = TOP + plot_h * (BW_SCORE_MAX - g_array_index (self->scores, int, i)) / (double) (BW_SCORE_MAX - BW_SCORE_MIN);

          cairo_arc (cr, x, y, 4, 0, 2 * G_PI);
          cairo_fill (cr);
        }
    }
  cairo_destroy (cr);

  for (int score = BW_SCORE_MIN; self->days->len > 0 && score <= BW_SCORE_MAX; score++)
    {
      g_autofree char *number = g_strdup_printf ("%d", score);
      double y = TOP + plot_h * (BW_SCORE_MAX - score) / (double) (BW_SCORE_MAX - BW_SCORE_MIN);

      draw_text (widget, snapshot, number, LEFT - 8, y, 1.0, &faint);
    }
  if (self->first_date != NULL)
    {
      g_autofree char *first = bw_date_to_display (self->first_date);

      if (span > 0)
        {
          g_autofree char *last = bw_date_to_display (self->last_date);

          draw_text (widget, snapshot, first, LEFT, height - BOTTOM / 2, 0.0, &faint);
          draw_text (widget, snapshot, last, width - RIGHT, height - BOTTOM / 2, 1.0, &faint);
        }
      else
        draw_text (widget, snapshot, first, LEFT + plot_w / 2, height - BOTTOM / 2, 0.5, &faint);
    }
  else
    draw_text (widget, snapshot, _("Not scored yet"), LEFT + plot_w / 2, TOP + plot_h / 2, 0.5, &faint);
}

static void
bw_zrm_chart_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  *minimum = orientation == GTK_ORIENTATION_HORIZONTAL ? 160 : 110;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 260 : 130;
}

static void
bw_zrm_chart_finalize (GObject *object)
{
  BwZrmChart *self = BW_ZRM_CHART (object);

  g_array_unref (self->days);
  g_array_unref (self->scores);
  g_free (self->first_date);
  g_free (self->last_date);
  G_OBJECT_CLASS (bw_zrm_chart_parent_class)->finalize (object);
}

static void
bw_zrm_chart_class_init (BwZrmChartClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = bw_zrm_chart_finalize;
  widget_class->snapshot = bw_zrm_chart_snapshot;
  widget_class->measure = bw_zrm_chart_measure;
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
bw_zrm_chart_init (BwZrmChart *self)
{
  self->days = g_array_new (FALSE, FALSE, sizeof (int));
  self->scores = g_array_new (FALSE, FALSE, sizeof (int));
}

GtkWidget *
bw_zrm_chart_new (BwDomain domain)
{
  BwZrmChart *self = g_object_new (BW_TYPE_ZRM_CHART, NULL);
  /* TRANSLATORS: %s is a ZRM domain */
  g_autofree char *label = g_strdup_printf (_("Chart of %s over the measurements; the table has the same scores"),
                                            bw_domain_label (domain));

  self->domain = domain;
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  return GTK_WIDGET (self);
}

static int
day_number (const char *iso)
{
  g_autoptr(GDate) date = g_date_new ();

  g_date_set_parse (date, iso);
  return g_date_valid (date) ? (int) g_date_get_julian (date) : 0;
}

void
bw_zrm_chart_set_measurements (BwZrmChart *self,
                               GListModel *measurements)
{
  guint n;
  int first_day = 0;
  g_autoptr(GString) description = g_string_new (NULL);

  g_return_if_fail (BW_IS_ZRM_CHART (self));

  g_array_set_size (self->days, 0);
  g_array_set_size (self->scores, 0);
  g_clear_pointer (&self->first_date, g_free);
  g_clear_pointer (&self->last_date, g_free);
  n = measurements ? g_list_model_get_n_items (measurements) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BwAssessment) a = g_list_model_get_item (measurements, i);
      int score = bw_assessment_get_score (a, self->domain);
      int day = day_number (bw_assessment_get_date (a));
      g_autofree char *shown = NULL;

      if (score == BW_SCORE_NONE)
        continue;
      if (self->first_date == NULL)
        {
          self->first_date = g_strdup (bw_assessment_get_date (a));
          first_day = day;
        }
      g_free (self->last_date);
      self->last_date = g_strdup (bw_assessment_get_date (a));
      day -= first_day;
      g_array_append_val (self->days, day);
      g_array_append_val (self->scores, score);
      shown = bw_date_to_display (bw_assessment_get_date (a));
      if (description->len > 0)
        g_string_append (description, ", ");
      /* TRANSLATORS: one point of a chart: a date and a score, e.g. "3 Mar 2026: 4" */
      g_string_append_printf (description, _("%s: %d"), shown, score);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  description->len ? description->str : _("Not scored yet"), -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

guint
bw_zrm_chart_get_n_points (BwZrmChart *self)
{
  g_return_val_if_fail (BW_IS_ZRM_CHART (self), 0);
  return self->days->len;
}
