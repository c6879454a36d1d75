/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-app-reports"
#include "config.h"

#include <glib/gi18n.h>

#include "bw-report-chart.h"

struct _BwReportChart
{
  GtkWidget parent_instance;

  BwReport *report;
};

G_DEFINE_FINAL_TYPE (BwReportChart, bw_report_chart, GTK_TYPE_WIDGET)

/* The series' colours: libadwaita's blue and orange, and the text colour
 * for the line, so that each reads on light and dark. */
static const GdkRGBA inflow_colour = { 0.21, 0.52, 0.89, 1.0 };
static const GdkRGBA outflow_colour = { 0.90, 0.38, 0.0, 1.0 };

#define MARGIN 24.0
/* Room on the left for the scale's numbers, below for the months. */
#define AXIS_LEFT 40.0
#define AXIS_BOTTOM 28.0

/* @text at (@x, @y): centred on x when @centre, else ending at x; in the
 * widget's font and text colour. */
static void
draw_text (GtkWidget   *widget,
           GtkSnapshot *snapshot,
           const char  *text,
           double       x,
           double       y,
           gboolean     centre)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, text);
  GdkRGBA colour;
  int w, h;

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &colour);
  colour.alpha *= 0.8;
  pango_layout_get_pixel_size (layout, &w, &h);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (centre ? x - w / 2.0 : x - w, y - h / 2.0));
  gtk_snapshot_append_layout (snapshot, layout, &colour);
  gtk_snapshot_restore (snapshot);
}

/* A month's short label under its bars: "okt" or, in January, "jan 2027". */
static char *
short_month (const char *month,
             gboolean    with_year)
{
  g_autofree char *date = g_strconcat (month, "-01T00:00:00Z", NULL);
  g_autoptr(GDateTime) dt = g_date_time_new_from_iso8601 (date, NULL);

  /* TRANSLATORS: strftime formats of a month under a chart's bars */
  return dt ? g_date_time_format (dt, with_year ? _("%b %Y") : _("%b")) : g_strdup (month);
}

static gint64
max_of (const gint64 *series,
        guint         n)
{
  gint64 max = 0;

  for (guint i = 0; series != NULL && i < n; i++)
    max = MAX (max, series[i]);
  return max;
}

static void
bw_report_chart_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  BwReportChart *self = BW_REPORT_CHART (widget);
  double width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  const gint64 *inflow, *outflow, *caseload;
  guint n;
  double bar_max, line_max, slot, plot_h, left, bottom;
  GdkRGBA text;
  cairo_t *cr;

  if (self->report == NULL || (n = bw_report_get_n_months (self->report)) == 0 || width < 4 * AXIS_LEFT)
    return;
  inflow = bw_report_get_series (self->report, "inflow");
  outflow = bw_report_get_series (self->report, "outflow");
  caseload = bw_report_get_series (self->report, "caseload");
  bar_max = MAX (MAX (max_of (inflow, n), max_of (outflow, n)), 1);
  line_max = MAX (max_of (caseload, n), 1);
  left = AXIS_LEFT;
  bottom = height - AXIS_BOTTOM;
  slot = (width - left - AXIS_LEFT) / n;
  plot_h = bottom - MARGIN;
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &text);

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  /* The base line, and a faint line at the scale's top. */
  cairo_set_source_rgba (cr, text.red, text.green, text.blue, 0.3);
  cairo_set_line_width (cr, 1);
  cairo_move_to (cr, left, bottom + 0.5);
  cairo_line_to (cr, width - AXIS_LEFT, bottom + 0.5);
  cairo_stroke (cr);
  cairo_set_source_rgba (cr, text.red, text.green, text.blue, 0.12);
  cairo_move_to (cr, left, MARGIN + 0.5);
  cairo_line_to (cr, width - AXIS_LEFT, MARGIN + 0.5);
  cairo_stroke (cr);

  for (guint i = 0; i < n; i++)
    {
      double x = left + i * slot + slot * 0.15, w = slot * 0.35;

      if (inflow[i] > 0)
        {
          double h = plot_h * inflow[i] / bar_max;

          gdk_cairo_set_source_rgba (cr, &inflow_colour);
          cairo_rectangle (cr, x, bottom - h, w, h);
          cairo_fill (cr);
        }
      if (outflow[i] > 0)
        {
          double h = plot_h * outflow[i] / bar_max;

          gdk_cairo_set_source_rgba (cr, &outflow_colour);
          cairo_rectangle (cr, x + w, bottom - h, w, h);
          cairo_fill (cr);
        }
    }

  /* The caseload: a line through the months it is shown for. */
  cairo_set_source_rgba (cr, text.red, text.green, text.blue, 0.8);
  cairo_set_line_width (cr, 2);
  for (guint i = 0; i < n; i++)
    {
      double x = left + (i + 0.5) * slot;
      double y = bottom - plot_h * MAX (caseload[i], 0) / line_max;

      if (caseload[i] < 0)
        {
          cairo_new_sub_path (cr);
          continue;
        }
      if (i == 0 || caseload[i - 1] < 0)
        cairo_move_to (cr, x, y);
      else
        cairo_line_to (cr, x, y);
    }
  cairo_stroke (cr);
  /* A dot on every month shown, so that a lone month reads too. */
  for (guint i = 0; i < n; i++)
    if (caseload[i] >= 0)
      {
        cairo_arc (cr, left + (i + 0.5) * slot, bottom - plot_h * caseload[i] / line_max, 3.5, 0, 2 * G_PI);
        cairo_fill (cr);
      }
  cairo_destroy (cr);

  /* The scales, the bars' on the left and the caseload's on the right (0
   * and the highest shown, which is never under 5: a hidden month has no
   * bar or point), and the months, as many as fit. */
  {
    g_autofree char *top = g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) bar_max);
    g_autofree char *line_top = g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) line_max);
    guint every = MAX (1, (guint) (56.0 / slot + 0.999));

    draw_text (widget, snapshot, "0", left - 6, bottom, FALSE);
    if (bar_max > 1)
      draw_text (widget, snapshot, top, left - 6, MARGIN, FALSE);
    if (line_max > 1)
      draw_text (widget, snapshot, line_top, width - AXIS_LEFT / 2, MARGIN, TRUE);
    for (guint i = 0; i < n; i += every)
      {
        const char *month = bw_report_get_month (self->report, i);
        g_autofree char *label = short_month (month, i == 0 || g_str_has_suffix (month, "-01"));

        draw_text (widget, snapshot, label, left + (i + 0.5) * slot, bottom + AXIS_BOTTOM / 2, TRUE);
      }
  }
}

static void
bw_report_chart_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  *minimum = orientation == GTK_ORIENTATION_HORIZONTAL ? 200 : 160;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 600 : 220;
}

static void
bw_report_chart_dispose (GObject *object)
{
  g_clear_object (&BW_REPORT_CHART (object)->report);

  G_OBJECT_CLASS (bw_report_chart_parent_class)->dispose (object);
}

static void
bw_report_chart_class_init (BwReportChartClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = bw_report_chart_dispose;
  widget_class->snapshot = bw_report_chart_snapshot;
  widget_class->measure = bw_report_chart_measure;
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
bw_report_chart_init (BwReportChart *self)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Chart of the inflow, outflow and caseload per month; the table below has the same numbers"),
                                  -1);
}

GtkWidget *
bw_report_chart_new (void)
{
  return g_object_new (BW_TYPE_REPORT_CHART, NULL);
}

void
bw_report_chart_set_report (BwReportChart *self,
                            BwReport      *report)
{
  g_return_if_fail (BW_IS_REPORT_CHART (self));

  g_set_object (&self->report, report);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}
