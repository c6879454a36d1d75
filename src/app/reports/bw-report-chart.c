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
  double bar_max, line_max, slot, plot_h;
  GdkRGBA text;
  cairo_t *cr;

  if (self->report == NULL || (n = bw_report_get_n_months (self->report)) == 0 || width < 4 * MARGIN)
    return;
  inflow = bw_report_get_series (self->report, "inflow");
  outflow = bw_report_get_series (self->report, "outflow");
  caseload = bw_report_get_series (self->report, "caseload");
  bar_max = MAX (MAX (max_of (inflow, n), max_of (outflow, n)), 1);
  line_max = MAX (max_of (caseload, n), 1);
  slot = (width - 2 * MARGIN) / n;
  plot_h = height - 2 * MARGIN;
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &text);

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  /* The base line. */
  cairo_set_source_rgba (cr, text.red, text.green, text.blue, 0.3);
  cairo_set_line_width (cr, 1);
  cairo_move_to (cr, MARGIN, height - MARGIN + 0.5);
  cairo_line_to (cr, width - MARGIN, height - MARGIN + 0.5);
  cairo_stroke (cr);

  for (guint i = 0; i < n; i++)
    {
      double x = MARGIN + i * slot + slot * 0.15, w = slot * 0.35;

      if (inflow[i] > 0)
        {
          double h = plot_h * inflow[i] / bar_max;

          gdk_cairo_set_source_rgba (cr, &inflow_colour);
          cairo_rectangle (cr, x, height - MARGIN - h, w, h);
          cairo_fill (cr);
        }
      if (outflow[i] > 0)
        {
          double h = plot_h * outflow[i] / bar_max;

          gdk_cairo_set_source_rgba (cr, &outflow_colour);
          cairo_rectangle (cr, x + w, height - MARGIN - h, w, h);
          cairo_fill (cr);
        }
    }

  /* The caseload: a line through the months it is shown for. */
  cairo_set_source_rgba (cr, text.red, text.green, text.blue, 0.8);
  cairo_set_line_width (cr, 2);
  for (guint i = 0; i < n; i++)
    {
      double x = MARGIN + (i + 0.5) * slot;
      double y = height - MARGIN - plot_h * MAX (caseload[i], 0) / line_max;

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
  cairo_destroy (cr);
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
