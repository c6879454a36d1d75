/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-app-map"
#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "bw-buurt-map.h"
#include "bw-csv-writer.h"
#include "bw-export.h"
#include "bw-map-page.h"
#include "bw-place-dialog.h"
#include "bw-shown-reader.h"
#include "bw-sync-button.h"

#define N_CLASSES_MAX 5
#define HEERLEN_ZOOM 12.2
#define MIN_ZOOM 10
#define MAX_ZOOM 18
/* The figures that count: the first ones, before the CBS rate. */
#define N_COUNTS BW_FIGURE_BIJSTAND
/* A figure that is not there (no inhabitants known, say): it sorts below
 * the suppressed ones (BW_FIGURES_SUPPRESSED, -1). */
#define NO_FIGURE (-2.0)
/* The codes of the two totals rows under the table. */
#define TOTAL_NOORD "total-noord"
#define TOTAL_ALL "total-all"

/* A sequential blue scale (light to dark), after ColorBrewer "Blues"; its
 * lightest step still stands out from the plain background. */
static const GdkRGBA class_colours[N_CLASSES_MAX] = {
  { 0.776, 0.859, 0.937, 1 },
  { 0.620, 0.792, 0.882, 1 },
  { 0.420, 0.682, 0.839, 1 },
  { 0.192, 0.510, 0.741, 1 },
  { 0.031, 0.318, 0.612, 1 },
};

typedef struct {
  GdkRGBA rgba;
  gboolean outline;
} Swatch;

struct _BwMapPage
{
  AdwBin parent_instance;

  BwCaseStore *store;
  BwBuurtMap *buurt_map;
  BwBuurtFigures *figures;
  GSettings *settings;
  BwFigure figure;
  gboolean per_thousand;     /* counts per 1,000 inhabitants */
  /* The counts as they are shown (code -> gint64[N_COUNTS]), small ones
   * and their complements suppressed, one group per total row. */
  GHashTable *shown;
  gint64 totals[2][N_COUNTS]; /* Heerlen-Noord, all buurten; as shown */
  gboolean noord_known[N_COUNTS];
  int population[2];          /* -1 when one buurt's is unknown */
  /* The figures count every case: they are counted off the main thread,
   * only while the page is on screen, and once for many changes in a row. */
  BwShownReader *figures_reader;
  gboolean shown_once;       /* the table and the places are filled */

  ShumateViewport *viewport;
  ShumateMapSource *reference;
  BwPolygonLayer *polygon_layer;
  ShumateMarkerLayer *marker_layer;
  ShumateMapLayer *tile_layer;

  /* Choropleth classes: the lower bound of each */
  guint n_classes;
  double lower[N_CLASSES_MAX];

  GListStore *rows;          /* BwNeighbourhood, for the table */
  GListStore *total_rows;    /* the two totals rows, never sorted */

  GtkWidget *popover;
  GtkLabel *popover_title;
  GtkLabel *popover_subtitle;
  GtkLabel *popover_names[BW_FIGURE_N];
  GtkLabel *popover_values[BW_FIGURE_N + 1];
  GtkWidget *show_cases_button;
  GtkWidget *add_place_button;
  char *popover_code;
  double click_lat;
  double click_lon;
  double press_x;
  double press_y;

  /* template children */
  AdwViewSwitcher *view_switcher;
  GtkDropDown *figure_dropdown;
  GtkToggleButton *table_button;
  GtkStack *view_stack;
  GtkOverlay *map_overlay;
  ShumateMap *map;
  GtkWidget *hover_box;
  GtkLabel *hover_label;
  GtkWidget *legend_box;
  GtkLabel *legend_title;
  GtkGrid *legend_grid;
  GtkLabel *legend_note;
  GtkLabel *credit_label;
  GtkWidget *credit_box;
  GtkColumnView *column_view;
  GtkLabel *table_unit_label;
  GtkWidget *export_button;
  GtkWidget *per_thousand_button;
};

enum {
  PROP_0,
  PROP_PER_THOUSAND,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (BwMapPage, bw_map_page, ADW_TYPE_BIN)

static void update_per_thousand_enabled (BwMapPage *self);
static void update_table_unit (BwMapPage *self);

/* Values and classes */

/* Counts of people are shown as "< 5" when small; the places offered in
 * training are no personal data and are shown exactly. */
static gboolean
hides_small (BwFigure figure)
{
  return bw_figure_is_count (figure) && figure != BW_FIGURE_TRAINING_PLACES;
}

/* Whether @figure is shown per 1,000 inhabitants. */
static gboolean
is_rate (BwMapPage *self,
         BwFigure   figure)
{
  return self->per_thousand && bw_figure_is_count (figure);
}

/* A count as shown, per 1,000 of @population when asked; a suppressed
 * count stays suppressed (its rate would tell it). FALSE when there is no
 * figure: a rate without inhabitants. */
static gboolean
scale (BwMapPage *self,
       BwFigure   figure,
       gint64     count,
       int        population,
       double    *value)
{
  if (!is_rate (self, figure) || count == BW_FIGURES_SUPPRESSED)
    {
      *value = count;
      return TRUE;
    }
  if (population <= 0)
    return FALSE;
  *value = count * 1000.0 / population;
  return TRUE;
}

/* The value of @figure in a buurt as shown: BW_FIGURES_SUPPRESSED for a
 * suppressed count; FALSE when there is none. */
static gboolean
buurt_value (BwMapPage        *self,
             const BwMapBuurt *b,
             BwFigure          figure,
             double           *value)
{
  gint64 *counts;

  if (figure == BW_FIGURE_BIJSTAND)
    {
      *value = b->bijstand_per_100;
      return b->bijstand_per_100 >= 0;
    }
  if (self->shown == NULL)
    return FALSE;
  counts = g_hash_table_lookup (self->shown, b->code);
  return scale (self, figure, counts ? counts[figure] : 0, b->population, value);
}

/* The value of a totals row (0 Heerlen-Noord, 1 all buurten). */
static gboolean
total_value (BwMapPage *self,
             guint      total,
             BwFigure   figure,
             double    *value)
{
  if (figure == BW_FIGURE_BIJSTAND || self->shown == NULL)
    return FALSE;
  /* The server's figures suppress the buurten of Heerlen-Noord without
   * telling their sum. */
  if (total == 0 && !self->noord_known[figure])
    return FALSE;
  return scale (self, figure, self->totals[total][figure], self->population[total], value);
}

static char *
format_number (BwMapPage *self,
               BwFigure   figure,
               gboolean   known,
               double     value)
{
  if (!known)
    /* TRANSLATORS: a figure that is not known for this buurt */
    return g_strdup (_("unknown"));
  if (bw_figure_is_count (figure) && value == BW_FIGURES_SUPPRESSED)
    return bw_figures_format_count (BW_FIGURES_SUPPRESSED);
  if (is_rate (self, figure) || !bw_figure_is_count (figure))
    /* The ' flag: "1.206,5" in Dutch. */
    return g_strdup_printf ("%'.1f", value);
  if (hides_small (figure))
    return bw_figures_format_count ((gint64) value);
  return g_strdup_printf ("%'" G_GINT64_FORMAT, (gint64) value);
}

static char *
format_value (BwMapPage        *self,
              const BwMapBuurt *b,
              BwFigure          figure)
{
  double value = 0;
  gboolean known = buurt_value (self, b, figure, &value);

  return format_number (self, figure, known, value);
}

/* The counts as shown: per column, bw_figures_suppress() hides the small
 * counts and, where one would be alone, a complement, within each group
 * whose sum can be found from the totals rows: the buurten of
 * Heerlen-Noord (their total) and the others (all buurten less
 * Heerlen-Noord). The two group totals are suppressed the same way, as
 * the two rows of one table (docs/map.md). */
static void
compute_shown (BwMapPage *self)
{
  guint n = bw_buurt_map_get_n_buurten (self->buurt_map);
  gint64 groups[2][N_COUNTS] = { { 0 } };

  g_clear_pointer (&self->shown, g_hash_table_unref);
  if (self->figures == NULL)
    return;
  self->shown = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  for (int f = 0; f < N_COUNTS; f++)
    self->noord_known[f] = TRUE;
  self->population[0] = self->population[1] = 0;

  for (guint group = 0; group < 2; group++)
    {
      g_autoptr(GPtrArray) members = g_ptr_array_new ();
      g_autofree gint64 *counts = NULL;

      for (guint i = 0; i < n; i++)
        {
          const BwMapBuurt *b = bw_buurt_map_get_buurt (self->buurt_map, i);

          if ((group == 0) == (b->in_noord != FALSE))
            g_ptr_array_add (members, (gpointer) b);
        }
      counts = g_new0 (gint64, MAX (members->len, 1) * N_COUNTS);
      for (guint r = 0; r < members->len; r++)
        {
          const BwMapBuurt *b = members->pdata[r];

          for (int f = 0; f < N_COUNTS; f++)
            {
              gint64 count = bw_buurt_figures_get (self->figures, b->code, f);

              counts[r * N_COUNTS + f] = count;
              if (count == BW_FIGURES_SUPPRESSED)
                self->noord_known[f] = self->noord_known[f] && group != 0;
              else
                groups[group][f] += count;
            }
          if (b->population < 0 || self->population[0] < 0)
            self->population[0] = group == 0 ? -1 : self->population[0];
          else if (group == 0)
            self->population[0] += b->population;
          self->population[1] = (b->population < 0 || self->population[1] < 0)
                                ? -1 : self->population[1] + b->population;
        }
      {
        g_autofree gint64 *exact = g_memdup2 (counts, MAX (members->len, 1) * N_COUNTS * sizeof (gint64));

        bw_figures_suppress (counts, members->len, N_COUNTS);
        for (guint r = 0; r < members->len; r++)
          {
            const BwMapBuurt *b = members->pdata[r];

            for (int f = 0; f < N_COUNTS; f++)
              if (!hides_small (f))
                counts[r * N_COUNTS + f] = exact[r * N_COUNTS + f];
            g_hash_table_insert (self->shown, b->code, g_memdup2 (&counts[r * N_COUNTS], N_COUNTS * sizeof (gint64)));
          }
      }
    }

  /* The totals: Heerlen-Noord's from the exact counts, all buurten's as
   * counted (cases outside the map's buurten included); Heerlen-Noord
   * against the rest suppressed as one table of two rows. */
  {
    gint64 pair[2 * N_COUNTS];

    for (int f = 0; f < N_COUNTS; f++)
      {
        gint64 all = bw_buurt_figures_get_total (self->figures, f);

        self->totals[1][f] = all;
        if (!self->noord_known[f] || all == BW_FIGURES_SUPPRESSED)
          {
            pair[f] = BW_FIGURES_SUPPRESSED;
            pair[N_COUNTS + f] = BW_FIGURES_SUPPRESSED;
          }
        else
          {
            pair[f] = groups[0][f];
            pair[N_COUNTS + f] = all - groups[0][f];
          }
        self->totals[0][f] = groups[0][f];
      }
    bw_figures_suppress (pair, 2, N_COUNTS);
    for (int f = 0; f < N_COUNTS; f++)
      {
        if (hides_small (f))
          self->totals[0][f] = pair[f];
        if (hides_small (f) && self->totals[1][f] < BW_FIGURES_MIN_SHOWN)
          self->totals[1][f] = BW_FIGURES_SUPPRESSED;
      }
  }
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y ? 1 : 0;
}

/* Rates: classes of about as many buurten each (quantiles), as a buurt
 * of few inhabitants can have a rate far above the rest. */
static void
compute_rate_classes (BwMapPage *self)
{
  g_autoptr(GArray) values = g_array_new (FALSE, FALSE, sizeof (double));
  guint n = bw_buurt_map_get_n_buurten (self->buurt_map);

  for (guint i = 0; i < n; i++)
    {
      double v;

      if (buurt_value (self, bw_buurt_map_get_buurt (self->buurt_map, i), self->figure, &v) && v >= 0)
        g_array_append_val (values, v);
    }
  g_array_sort (values, compare_doubles);
  self->n_classes = 0;
  for (guint c = 0; c < N_CLASSES_MAX; c++)
    {
      double lower = values->len ? floor (g_array_index (values, double, c * values->len / N_CLASSES_MAX) * 10) / 10 : 0;

      /* Equal bounds make one class. */
      if (self->n_classes == 0 || lower > self->lower[self->n_classes - 1])
        self->lower[self->n_classes++] = lower;
    }
}

static void
compute_classes (BwMapPage *self)
{
  if (is_rate (self, self->figure))
    {
      compute_rate_classes (self);
      return;
    }
  if (bw_figure_is_count (self->figure) && !self->per_thousand)
    {
      gint64 max = 0;
      gint64 first = hides_small (self->figure) ? 5 : 1;
      gint64 step;
      guint n = bw_buurt_map_get_n_buurten (self->buurt_map);

      for (guint i = 0; i < n; i++)
        {
          double v;

          if (buurt_value (self, bw_buurt_map_get_buurt (self->buurt_map, i), self->figure, &v))
            max = MAX (max, (gint64) v);
        }
      step = MAX (1, (max - (first - 1) + 3) / 4);

      /* The first class is "< 5", whatever the counts, so that the colour
       * does not tell what the label hides (not for exact figures). */
      self->n_classes = 1;
      self->lower[0] = 0;
      for (gint64 lower = first; lower <= max && self->n_classes < N_CLASSES_MAX; lower += step)
        self->lower[self->n_classes++] = lower;
    }
  else
    {
      double min = G_MAXDOUBLE, max = -G_MAXDOUBLE;
      guint n = bw_buurt_map_get_n_buurten (self->buurt_map);

      for (guint i = 0; i < n; i++)
        {
          const BwMapBuurt *b = bw_buurt_map_get_buurt (self->buurt_map, i);
          double v;

          /* A suppressed count has no rate to colour. */
          if (buurt_value (self, b, self->figure, &v) && v >= 0)
            {
              min = MIN (min, v);
              max = MAX (max, v);
            }
        }
      if (min > max)
        min = max = 0;
      min = floor (min);
      self->n_classes = N_CLASSES_MAX;
      for (guint i = 0; i < N_CLASSES_MAX; i++)
        self->lower[i] = min + i * (max - min) / N_CLASSES_MAX;
    }
}

static guint
class_of (BwMapPage *self,
          double     value)
{
  guint c = 0;

  while (c + 1 < self->n_classes && value >= self->lower[c + 1])
    c++;
  return c;
}

static const GdkRGBA *
class_colour (BwMapPage *self,
              guint      c)
{
  /* Spread the classes over the scale, so that two classes are light and
   * dark rather than the two lightest. */
  if (self->n_classes <= 1)
    return &class_colours[1];
  return &class_colours[c * (N_CLASSES_MAX - 1) / (self->n_classes - 1)];
}

/* The legend */

static void
draw_swatch (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        data)
{
  Swatch *swatch = data;

  cairo_rectangle (cr, 1.5, 1.5, width - 3, height - 3);
  if (swatch->outline)
    {
      if (adw_style_manager_get_dark (adw_style_manager_get_default ()))
        cairo_set_source_rgb (cr, 1.0, 0.75, 0.27);
      else
        cairo_set_source_rgb (cr, 0.75, 0.38, 0.0);
      cairo_set_line_width (cr, 2.5);
      cairo_stroke (cr);
      return;
    }
  gdk_cairo_set_source_rgba (cr, &swatch->rgba);
  cairo_fill_preserve (cr);
  cairo_set_source_rgba (cr, 0, 0, 0, 0.25);
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);
}

static void
add_legend_row (BwMapPage     *self,
                int            row,
                const GdkRGBA *rgba,
                gboolean       outline,
                const char    *text)
{
  GtkWidget *area = gtk_drawing_area_new ();
  GtkWidget *label = gtk_label_new (text);
  Swatch *swatch = g_new0 (Swatch, 1);

  if (rgba)
    swatch->rgba = *rgba;
  swatch->outline = outline;
  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (area), 22);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (area), 16);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), draw_swatch, swatch, g_free);
  gtk_widget_set_valign (area, GTK_ALIGN_CENTER);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_grid_attach (self->legend_grid, area, 0, row, 1, 1);
  gtk_grid_attach (self->legend_grid, label, 1, row, 1, 1);
}

static const char *kind_icon (BwPlaceKind kind);

/* The name of the figure shown, with its unit. */
static char *
figure_title (BwMapPage *self)
{
  if (is_rate (self, self->figure))
    /* TRANSLATORS: a figure's name, e.g. "Open cases per 1,000 inhabitants" */
    return g_strdup_printf (_("%s per 1,000 inhabitants"), bw_figure_label (self->figure));
  return g_strdup (bw_figure_label (self->figure));
}

/* The markers: one row per kind of place, with the marker's icon. */
static void
add_place_legend (BwMapPage *self,
                  int        row)
{
  GtkWidget *heading = gtk_label_new (_("Course locations"));

  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_widget_set_margin_top (heading, 6);
  gtk_grid_attach (self->legend_grid, heading, 0, row++, 2, 1);
  for (BwPlaceKind kind = 0; kind < BW_PLACE_KIND_N; kind++)
    {
      GtkWidget *icon = gtk_image_new_from_icon_name (kind_icon (kind));
      GtkWidget *label = gtk_label_new (bw_place_kind_label (kind));

      gtk_widget_set_halign (icon, GTK_ALIGN_CENTER);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_grid_attach (self->legend_grid, icon, 0, row, 1, 1);
      gtk_grid_attach (self->legend_grid, label, 1, row++, 1, 1);
    }
}

static void
update_legend (BwMapPage *self)
{
  GtkWidget *child;
  int row = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->legend_grid))))
    gtk_grid_remove (self->legend_grid, child);

  {
    g_autofree char *title = figure_title (self);

    gtk_label_set_text (self->legend_title, title);
  }
  for (guint c = 0; c < self->n_classes; c++)
    {
      g_autofree char *text = NULL;

      if (bw_figure_is_count (self->figure) && !self->per_thousand)
        {
          gint64 lower = (gint64) self->lower[c];

          if (c == 0 && hides_small (self->figure))
            text = bw_figures_format_count (0);
          else if (c + 1 == self->n_classes)
            {
              g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, lower);
              /* TRANSLATORS: a legend class, e.g. "25 or more" */
              text = g_strdup_printf (_("%s or more"), number);
            }
          else if ((gint64) self->lower[c + 1] - 1 == lower)
            text = g_strdup_printf ("%" G_GINT64_FORMAT, lower);
          else
            text = g_strdup_printf ("%" G_GINT64_FORMAT "–%" G_GINT64_FORMAT,
                                    lower, (gint64) self->lower[c + 1] - 1);
        }
      else if (c + 1 == self->n_classes)
        /* TRANSLATORS: a legend class, e.g. "8.4 or more" */
        text = g_strdup_printf (_("%.1f or more"), self->lower[c]);
      else
        text = g_strdup_printf ("%'.1f–%'.1f", self->lower[c], self->lower[c + 1]);
      add_legend_row (self, row++, class_colour (self, c), FALSE, text);
    }
  if (!bw_figure_is_count (self->figure) || self->per_thousand)
    add_legend_row (self, row++, &(GdkRGBA) { 0.6, 0.6, 0.6, 0.25 }, FALSE, _("No figure"));
  add_legend_row (self, row++, NULL, TRUE, _("Heerlen-Noord"));
  add_place_legend (self, row);

  if (is_rate (self, self->figure))
    gtk_label_set_text (self->legend_note, _("Per 1,000 inhabitants (CBS 2020). Where fewer than 5 are counted, “< 5” stands instead of a figure, so that no one can be singled out."));
  else if (bw_figure_is_count (self->figure))
    gtk_label_set_text (self->legend_note, _("Counts under 5 are shown as “< 5”, so that no one can be singled out."));
  else
    gtk_label_set_text (self->legend_note, _("Source: CBS, Kerncijfers wijken en buurten 2020."));
}

/* Colours, table and popover */

static void
update_popover (BwMapPage *self)
{
  const BwMapBuurt *b = bw_buurt_map_find (self->buurt_map, self->popover_code);
  g_autofree char *population = NULL;
  g_autofree char *subtitle = NULL;

  if (b == NULL)
    return;
  gtk_label_set_text (self->popover_title, b->name);
  if (b->in_noord)
    /* TRANSLATORS: district name, then "Heerlen-Noord" */
    subtitle = g_strdup_printf (_("%s · Heerlen-Noord"), b->wijk_name ? b->wijk_name : "");
  else
    subtitle = g_strdup (b->wijk_name ? b->wijk_name : "");
  gtk_label_set_text (self->popover_subtitle, subtitle);
  for (int f = 0; f < BW_FIGURE_N; f++)
    {
      g_autofree char *text = format_value (self, b, f);
      g_autofree char *name = is_rate (self, f)
                              ? g_strdup_printf (_("%s per 1,000 inhabitants"), bw_figure_label (f))
                              : g_strdup (bw_figure_label (f));

      gtk_label_set_text (self->popover_names[f], name);
      gtk_label_set_text (self->popover_values[f], text);
    }
  population = b->population >= 0 ? g_strdup_printf ("%'d", b->population) : g_strdup (_("unknown"));
  gtk_label_set_text (self->popover_values[BW_FIGURE_N], population);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->show_cases_button), "s", b->code);
}

static void
update_colours (BwMapPage *self)
{
  guint n = bw_buurt_map_get_n_buurten (self->buurt_map);
  double alpha = self->tile_layer ? 0.75 : 1.0;

  compute_classes (self);
  for (guint i = 0; i < n; i++)
    {
      const BwMapBuurt *b = bw_buurt_map_get_buurt (self->buurt_map, i);
      double value;

      /* In a rate, a suppressed count has no colour: "< 5" is no rate. */
      if (buurt_value (self, b, self->figure, &value) && !(is_rate (self, self->figure) && value < 0))
        {
          GdkRGBA rgba = *class_colour (self, class_of (self, value));
          rgba.alpha = alpha;
          bw_polygon_layer_set_fill (self->polygon_layer, b->code, &rgba);
        }
      else
        bw_polygon_layer_set_fill (self->polygon_layer, b->code, NULL);
    }
  update_legend (self);
}

static void
update_table (BwMapPage *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->rows));
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  /* Same items, new figures: replacing them makes the view bind again. */
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (items, g_list_model_get_item (G_LIST_MODEL (self->rows), i));
  g_list_store_splice (self->rows, 0, n, items->pdata, n);
  if (self->total_rows)
    {
      g_autoptr(GObject) noord = g_list_model_get_item (G_LIST_MODEL (self->total_rows), 0);
      g_autoptr(GObject) all = g_list_model_get_item (G_LIST_MODEL (self->total_rows), 1);

      g_list_store_splice (self->total_rows, 0, 2, (gpointer[]) { noord, all }, 2);
    }
}

/* On the store's read thread: the counts per buurt over every case. */
static gpointer
compute_figures (BwCaseStore  *store,
                 gpointer      data,
                 GError      **error)
{
  return bw_buurt_figures_compute (store, error);
}

static void
figures_computed (gpointer      user_data,
                  gpointer      result,
                  const GError *error)
{
  BwMapPage *self = user_data;
  g_autoptr(BwBuurtFigures) figures = result;

  if (figures == NULL)
    {
      g_warning ("Figures per neighbourhood: %s", error ? error->message : "?");
      return;
    }
  g_set_object (&self->figures, figures);
  compute_shown (self);
  update_colours (self);
  update_table (self);
  if (self->popover_code)
    update_popover (self);
}

static void
case_changed_cb (BwMapPage   *self,
                 gint64       case_id,
                 BwCaseStore *store)
{
  bw_shown_reader_queue (self->figures_reader);
}

/* Places */

static void open_place_dialog (BwMapPage *self, BwPlace *place);

static void
marker_clicked_cb (GtkButton *button,
                   BwMapPage *self)
{
  open_place_dialog (self, g_object_get_data (G_OBJECT (button), "bw-place"));
}

static const char *
kind_icon (BwPlaceKind kind)
{
  switch (kind)
    {
    case BW_PLACE_KIND_COMMUNITY_CENTRE:
      return "user-home-symbolic";
    case BW_PLACE_KIND_SCHOOL:
      return "accessories-dictionary-symbolic";
    case BW_PLACE_KIND_EMPLOYER:
      return "emblem-system-symbolic";
    case BW_PLACE_KIND_OTHER:
    case BW_PLACE_KIND_N:
    default:
      return "mark-location-symbolic";
    }
}

static void
reload_places (BwMapPage *self)
{
  g_autoptr(GListModel) places = NULL;
  guint n;

  shumate_marker_layer_remove_all (self->marker_layer);
  if (self->store == NULL)
    return;
  places = bw_case_store_list_places (self->store);
  n = g_list_model_get_n_items (places);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BwPlace) place = g_list_model_get_item (places, i);
      ShumateMarker *marker = shumate_marker_new ();
      GtkWidget *button = gtk_button_new_from_icon_name (kind_icon (bw_place_get_kind (place)));
      g_autofree char *label = g_strdup_printf ("%s (%s)", bw_place_get_name (place),
                                                bw_place_kind_label (bw_place_get_kind (place)));

      gtk_widget_add_css_class (button, "circular");
      gtk_widget_add_css_class (button, "osd");
      gtk_widget_set_tooltip_text (button, label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      g_object_set_data_full (G_OBJECT (button), "bw-place", g_object_ref (place), g_object_unref);
      g_signal_connect_object (button, "clicked", G_CALLBACK (marker_clicked_cb), self, 0);
      shumate_marker_set_child (marker, button);
      shumate_location_set_location (SHUMATE_LOCATION (marker),
                                     bw_place_get_latitude (place), bw_place_get_longitude (place));
      shumate_marker_layer_add_marker (self->marker_layer, marker);
    }
}

static void
place_saved_cb (BwMapPage     *self,
                BwPlace       *place,
                BwPlaceDialog *dialog)
{
  reload_places (self);
}

static void
open_place_dialog (BwMapPage *self,
                   BwPlace   *place)
{
  BwPlaceDialog *dialog;

  if (self->store == NULL || place == NULL)
    return;
  dialog = bw_place_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), self->store, place);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (place_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_place_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  BwMapPage *self = BW_MAP_PAGE (widget);
  g_autoptr(BwPlace) place = bw_place_new ();

  gtk_popover_popdown (GTK_POPOVER (self->popover));
  bw_place_set_buurt_code (place, self->popover_code);
  bw_place_set_location (place, self->click_lat, self->click_lon);
  open_place_dialog (self, place);
}

/* Tiles */

static void
update_tiles (BwMapPage *self)
{
  g_autofree char *url = g_settings_get_string (self->settings, "tile-url");
  g_autoptr(ShumateRasterRenderer) source = NULL;

  if (self->tile_layer)
    {
      shumate_map_remove_layer (self->map, SHUMATE_LAYER (self->tile_layer));
      self->tile_layer = NULL;
    }

  if (url != NULL && *url != '\0')
    {
      /* The downloader keeps its tiles in a file cache under
       * $XDG_CACHE_HOME/shumate. */
      source = shumate_raster_renderer_new_full_from_url ("buurtwerk-tiles", _("Map tiles"), "", NULL,
                                                           0, 19, 256, SHUMATE_MAP_PROJECTION_MERCATOR,
                                                           url);
      self->tile_layer = shumate_map_layer_new (SHUMATE_MAP_SOURCE (source), self->viewport);
      shumate_map_insert_layer_behind (self->map, SHUMATE_LAYER (self->tile_layer),
                                       SHUMATE_LAYER (self->polygon_layer));
    }
  else
    {
      /* No tiles: the source only gives the projection, it is never asked
       * for a tile, so nothing goes over the network. */
      source = shumate_raster_renderer_new_full_from_url ("buurtwerk-plain", "", "", NULL,
                                                           0, 19, 256, SHUMATE_MAP_PROJECTION_MERCATOR,
                                                           "http://127.0.0.1/{z}/{x}/{y}.png");
    }
  g_set_object (&self->reference, SHUMATE_MAP_SOURCE (source));
  shumate_viewport_set_reference_map_source (self->viewport, self->reference);
  shumate_viewport_set_min_zoom_level (self->viewport, MIN_ZOOM);
  shumate_viewport_set_max_zoom_level (self->viewport, MAX_ZOOM);
  bw_polygon_layer_set_draw_background (self->polygon_layer, self->tile_layer == NULL);
  update_colours (self);
}

/* Pointer and keyboard */

static void
show_popover_at (BwMapPage        *self,
                 const BwMapBuurt *b,
                 double            x,
                 double            y)
{
  g_free (self->popover_code);
  self->popover_code = g_strdup (b->code);
  update_popover (self);
  bw_polygon_layer_set_highlighted (self->polygon_layer, b->code);
  gtk_popover_set_pointing_to (GTK_POPOVER (self->popover), &(GdkRectangle) { (int) x, (int) y, 1, 1 });
  gtk_popover_popup (GTK_POPOVER (self->popover));
}

static void
map_pressed_cb (GtkGestureClick *gesture,
                int              n_press,
                double           x,
                double           y,
                BwMapPage       *self)
{
  self->press_x = x;
  self->press_y = y;
}

static void
map_released_cb (GtkGestureClick *gesture,
                 int              n_press,
                 double           x,
                 double           y,
                 BwMapPage       *self)
{
  const BwMapBuurt *b;

  /* A drag moves the map; only a click opens a buurt. */
  if (n_press != 1 || fabs (x - self->press_x) > 4 || fabs (y - self->press_y) > 4)
    return;
  b = bw_polygon_layer_buurt_at (self->polygon_layer, x, y);
  if (b == NULL)
    return;
  shumate_viewport_widget_coords_to_location (self->viewport, GTK_WIDGET (self->map), x, y,
                                              &self->click_lat, &self->click_lon);
  show_popover_at (self, b, x, y);
}

static void
map_motion_cb (GtkEventControllerMotion *motion,
               double                    x,
               double                    y,
               BwMapPage                *self)
{
  const BwMapBuurt *b = bw_polygon_layer_buurt_at (self->polygon_layer, x, y);
  g_autofree char *value = NULL;
  g_autofree char *text = NULL;
  g_autofree char *title = NULL;

  if (gtk_widget_get_visible (self->popover))
    return;
  bw_polygon_layer_set_highlighted (self->polygon_layer, b ? b->code : NULL);
  gtk_widget_set_visible (self->hover_box, b != NULL);
  if (b == NULL)
    return;
  value = format_value (self, b, self->figure);
  /* TRANSLATORS: buurt name, figure name: value */
  title = figure_title (self);
  text = g_strdup_printf (_("%s — %s: %s"), b->name, title, value);
  gtk_label_set_text (self->hover_label, text);
}

static void
map_leave_cb (GtkEventControllerMotion *motion,
              BwMapPage                *self)
{
  gtk_widget_set_visible (self->hover_box, FALSE);
  if (!gtk_widget_get_visible (self->popover))
    bw_polygon_layer_set_highlighted (self->polygon_layer, NULL);
}

static void
popover_closed_cb (BwMapPage *self)
{
  bw_polygon_layer_set_highlighted (self->polygon_layer, NULL);
}

static void
pan (BwMapPage *self,
     double     dx,
     double     dy)
{
  GtkWidget *map = GTK_WIDGET (self->map);
  double lat, lon;

  shumate_viewport_widget_coords_to_location (self->viewport, map,
                                              gtk_widget_get_width (map) / 2.0 + dx,
                                              gtk_widget_get_height (map) / 2.0 + dy,
                                              &lat, &lon);
  shumate_location_set_location (SHUMATE_LOCATION (self->viewport), lat, lon);
}

static gboolean
map_key_pressed_cb (GtkEventControllerKey *controller,
                    guint                  keyval,
                    guint                  keycode,
                    GdkModifierType        state,
                    BwMapPage             *self)
{
  double step = MIN (gtk_widget_get_width (GTK_WIDGET (self->map)),
                     gtk_widget_get_height (GTK_WIDGET (self->map))) / 4.0;

  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK))
    return FALSE;
  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      pan (self, -step, 0);
      return TRUE;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      pan (self, step, 0);
      return TRUE;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      pan (self, 0, -step);
      return TRUE;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      pan (self, 0, step);
      return TRUE;
    default:
      return FALSE;
    }
}

static void
zoom_in_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  BwMapPage *self = BW_MAP_PAGE (widget);
  shumate_viewport_set_zoom_level (self->viewport, round (shumate_viewport_get_zoom_level (self->viewport) * 2 + 1) / 2);
}

static void
zoom_out_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  BwMapPage *self = BW_MAP_PAGE (widget);
  shumate_viewport_set_zoom_level (self->viewport, round (shumate_viewport_get_zoom_level (self->viewport) * 2 - 1) / 2);
}

/* Set-up */

/* The boxes over the map must stay readable on any fill: solid cards in
 * the light style; in the dark one, whose cards are translucent, dark OSD
 * boxes. */
static void
update_overlay_style (BwMapPage *self)
{
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());

  for (GtkWidget **w = (GtkWidget *[]) { self->legend_box, self->hover_box, self->credit_box, NULL }; *w; w++)
    {
      if (dark)
        {
          gtk_widget_remove_css_class (*w, "card");
          gtk_widget_add_css_class (*w, "osd");
        }
      else
        {
          gtk_widget_remove_css_class (*w, "osd");
          gtk_widget_add_css_class (*w, "card");
        }
    }
  gtk_widget_queue_draw (GTK_WIDGET (self->legend_grid));
  for (GtkWidget *c = gtk_widget_get_first_child (GTK_WIDGET (self->legend_grid)); c;
       c = gtk_widget_get_next_sibling (c))
    gtk_widget_queue_draw (c);
}

/* Per 1,000 is for counts: on the map, for the figure shown. */
static void
update_per_thousand_enabled (BwMapPage *self)
{
  gboolean table = gtk_toggle_button_get_active (self->table_button);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "map.per-thousand",
                                 table || bw_figure_is_count (self->figure));
}

static void
figure_selected_cb (BwMapPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->figure_dropdown);

  if (selected < BW_FIGURE_N)
    bw_map_page_set_figure (self, selected);
}

static void
table_toggled_cb (BwMapPage *self)
{
  gboolean table = gtk_toggle_button_get_active (self->table_button);

  gtk_stack_set_visible_child_name (self->view_stack, table ? "table" : "map");
  gtk_widget_set_sensitive (GTK_WIDGET (self->figure_dropdown), !table);
  update_per_thousand_enabled (self);
}

enum {
  COLUMN_NAME = BW_FIGURE_N,
  COLUMN_WIJK,
  COLUMN_NOORD,
  COLUMN_POPULATION,
};

/* Which totals row @nb is: 0 Heerlen-Noord, 1 all buurten, -1 none. */
static int
total_of (BwNeighbourhood *nb)
{
  const char *code = bw_neighbourhood_get_code (nb);

  if (g_strcmp0 (code, TOTAL_NOORD) == 0)
    return 0;
  if (g_strcmp0 (code, TOTAL_ALL) == 0)
    return 1;
  return -1;
}

/* What a cell of the table shows (and the export writes). */
static char *
cell_text (BwMapPage       *self,
           BwNeighbourhood *nb,
           int              column)
{
  int total = total_of (nb);
  const BwMapBuurt *b = total < 0 ? bw_buurt_map_find (self->buurt_map, bw_neighbourhood_get_code (nb)) : NULL;

  switch (column)
    {
    case COLUMN_NAME:
      return g_strdup (bw_neighbourhood_get_name (nb));
    case COLUMN_WIJK:
      return g_strdup (bw_neighbourhood_get_wijk_name (nb));
    case COLUMN_NOORD:
      if (total >= 0)
        return g_strdup ("");
      return g_strdup (b && b->in_noord ? _("Yes") : _("No"));
    case COLUMN_POPULATION:
      {
        int population = total >= 0 ? self->population[total] : b ? b->population : -1;

        return population >= 0 ? g_strdup_printf ("%'d", population) : g_strdup (_("unknown"));
      }
    default:
      if (total >= 0)
        {
          double value = 0;
          gboolean known;

          /* A rate over all of Heerlen is no sum of the buurten's. */
          if (column == BW_FIGURE_BIJSTAND)
            return g_strdup ("");
          known = total_value (self, total, column, &value);
          return format_number (self, column, known, value);
        }
      return b ? format_value (self, b, column) : g_strdup ("");
    }
}

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  data)
{
  int column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "bw-column"));
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), column == COLUMN_NAME || column == COLUMN_WIJK ? 0 : 1);
  if (column != COLUMN_NAME && column != COLUMN_WIJK && column != COLUMN_NOORD)
    gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (item, label);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              BwMapPage                *self)
{
  int column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "bw-column"));
  BwNeighbourhood *nb = gtk_list_item_get_item (item);
  GtkWidget *label = gtk_list_item_get_child (item);
  g_autofree char *text = cell_text (self, nb, column);

  gtk_label_set_text (GTK_LABEL (label), text);
  if (total_of (nb) >= 0)
    gtk_widget_add_css_class (label, "heading");
  else
    gtk_widget_remove_css_class (label, "heading");
}

/* Sorting by a column: names as the locale sorts them; figures by their
 * value as shown, so that the order never tells what "< 5" hides, with
 * "< 5" and then no figure at all lowest; ties by name. */

typedef struct {
  BwMapPage *self;
  int column;
} ColumnSort;

static int
compare_text (const char *a,
              const char *b)
{
  g_autofree char *key_a = g_utf8_collate_key (a ? a : "", -1);
  g_autofree char *key_b = g_utf8_collate_key (b ? b : "", -1);

  return strcmp (key_a, key_b);
}

static double
sort_value (BwMapPage       *self,
            BwNeighbourhood *nb,
            int              column)
{
  const BwMapBuurt *b = bw_buurt_map_find (self->buurt_map, bw_neighbourhood_get_code (nb));
  double value;

  if (b == NULL)
    return NO_FIGURE;
  if (column == COLUMN_NOORD)
    return b->in_noord ? 1 : 0;
  if (column == COLUMN_POPULATION)
    return b->population >= 0 ? b->population : NO_FIGURE;
  if (!buurt_value (self, b, column, &value))
    return NO_FIGURE;
  return value;
}

static int
compare_rows (gconstpointer a,
              gconstpointer b,
              gpointer      data)
{
  ColumnSort *sort = data;
  BwNeighbourhood *nb_a = (BwNeighbourhood *) a;
  BwNeighbourhood *nb_b = (BwNeighbourhood *) b;
  int order = 0;

  if (sort->column == COLUMN_WIJK)
    order = compare_text (bw_neighbourhood_get_wijk_name (nb_a), bw_neighbourhood_get_wijk_name (nb_b));
  else if (sort->column != COLUMN_NAME)
    {
      double va = sort_value (sort->self, nb_a, sort->column);
      double vb = sort_value (sort->self, nb_b, sort->column);

      order = va < vb ? -1 : va > vb ? 1 : 0;
    }
  if (order == 0)
    order = compare_text (bw_neighbourhood_get_name (nb_a), bw_neighbourhood_get_name (nb_b));
  return order < 0 ? GTK_ORDERING_SMALLER : order > 0 ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

static void
add_column (BwMapPage  *self,
            int         column,
            const char *title,
            gboolean    expand)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *col;
  ColumnSort *sort = g_new0 (ColumnSort, 1);
  g_autoptr(GtkSorter) sorter = NULL;

  sort->self = self;
  sort->column = column;
  sorter = GTK_SORTER (gtk_custom_sorter_new (compare_rows, sort, g_free));
  g_object_set_data (G_OBJECT (factory), "bw-column", GINT_TO_POINTER (column));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), self);
  col = gtk_column_view_column_new (title, factory);
  g_object_set_data (G_OBJECT (col), "bw-column", GINT_TO_POINTER (column));
  gtk_column_view_column_set_expand (col, expand);
  gtk_column_view_column_set_sorter (col, sorter);
  gtk_column_view_append_column (self->column_view, col);
  g_object_unref (col);
}

static void
setup_table (BwMapPage *self)
{
  g_autoptr(BwNeighbourhood) noord = NULL;
  g_autoptr(BwNeighbourhood) all = NULL;

  add_column (self, COLUMN_NAME, _("Neighbourhood"), TRUE);
  add_column (self, COLUMN_WIJK, _("District"), TRUE);
  add_column (self, COLUMN_NOORD, _("Heerlen-Noord"), FALSE);
  for (int f = 0; f < BW_FIGURE_N; f++)
    add_column (self, f, bw_figure_label (f), FALSE);
  add_column (self, COLUMN_POPULATION, _("Inhabitants (CBS 2020)"), FALSE);

  /* TRANSLATORS: the totals row of the buurten of Heerlen-Noord */
  noord = bw_neighbourhood_new (TOTAL_NOORD, _("Total Heerlen-Noord"), "", "", "no");
  /* TRANSLATORS: the totals row of every buurt of Heerlen */
  all = bw_neighbourhood_new (TOTAL_ALL, _("Total of all buurten"), "", "", "no");
  self->total_rows = g_list_store_new (BW_TYPE_NEIGHBOURHOOD);
  g_list_store_append (self->total_rows, noord);
  g_list_store_append (self->total_rows, all);
}

/* A new order starts at its top: the view would keep the row that was on
 * top in sight, wherever it went. GTK 4.8 has no public call for it but
 * the list's own action, on the list inside the column view. */
static void
sort_changed_cb (BwMapPage *self)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->column_view)); child;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      gtk_widget_activate_action (child, "list.scroll-to-item", "u", 0);
}

static void
update_table_unit (BwMapPage *self)
{
  gtk_label_set_text (self->table_unit_label,
                      self->per_thousand
                      ? _("Counts per 1,000 inhabitants (CBS 2020). Counts under 5 are shown as “< 5”, and so is another count where it could otherwise be worked out from the totals.")
                      : _("Counts under 5 are shown as “< 5”, and so is another count where it could otherwise be worked out from the totals."));
}

/* Export: the table as shown, in its order, totals included. */

static char *
table_csv (BwMapPage *self)
{
  GListModel *columns = gtk_column_view_get_columns (self->column_view);
  GListModel *model = G_LIST_MODEL (gtk_column_view_get_model (self->column_view));
  guint n_columns = g_list_model_get_n_items (columns);
  guint n_rows = g_list_model_get_n_items (model);
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
  GString *out = bw_csv_writer_new ();

  for (guint c = 0; c < n_columns; c++)
    {
      g_autoptr(GtkColumnViewColumn) col = g_list_model_get_item (columns, c);
      int column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (col), "bw-column"));

      if (self->per_thousand && bw_figure_is_count (column))
        /* TRANSLATORS: a column of the exported table, e.g. "Open cases per 1,000 inhabitants" */
        g_ptr_array_add (fields, g_strdup_printf (_("%s per 1,000 inhabitants"),
                                                  gtk_column_view_column_get_title (col)));
      else
        g_ptr_array_add (fields, g_strdup (gtk_column_view_column_get_title (col)));
    }
  bw_csv_writer_append_row (out, (const char * const *) fields->pdata, fields->len);
  for (guint r = 0; r < n_rows; r++)
    {
      g_autoptr(BwNeighbourhood) nb = g_list_model_get_item (model, r);

      g_ptr_array_set_size (fields, 0);
      for (guint c = 0; c < n_columns; c++)
        {
          g_autoptr(GtkColumnViewColumn) col = g_list_model_get_item (columns, c);

          g_ptr_array_add (fields, cell_text (self, nb, GPOINTER_TO_INT (g_object_get_data (G_OBJECT (col), "bw-column"))));
        }
      bw_csv_writer_append_row (out, (const char * const *) fields->pdata, fields->len);
    }
  return g_string_free (out, FALSE);
}

static void
export_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    BwMapPage       *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL)
    {
      char *text = table_csv (self);
      gsize length = strlen (text);
      g_autoptr(GBytes) bytes = g_bytes_new_take (text, length);

      bw_export_save (GTK_WIDGET (self), self->store, "map_csv", file, bytes);
    }
  g_object_unref (chooser);
}

/* map.export: the table to a CSV file the user picks. */
static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  BwMapPage *self = BW_MAP_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  /* TRANSLATORS: the suggested name of the exported table; keep it a file name */
  GtkFileChooserNative *chooser = bw_export_chooser_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                         _("Export Figures per Neighbourhood"),
                                                         _("_Save"), _("figures-per-buurt.csv"));

  g_signal_connect (chooser, "response", G_CALLBACK (export_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
show_cases_clicked_cb (BwMapPage *self)
{
  gtk_popover_popdown (GTK_POPOVER (self->popover));
}

static void
setup_popover (BwMapPage *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *add_button;
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);

  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_add_css_class (title, "title-4");
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), subtitle);

  gtk_grid_set_row_spacing (GTK_GRID (grid), 4);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 18);
  gtk_widget_set_margin_top (grid, 6);
  gtk_widget_set_margin_bottom (grid, 6);
  for (int f = 0; f <= BW_FIGURE_N; f++)
    {
      GtkWidget *name = gtk_label_new (f < BW_FIGURE_N ? bw_figure_label (f) : _("Inhabitants (CBS 2020)"));
      GtkWidget *value = gtk_label_new (NULL);

      gtk_label_set_xalign (GTK_LABEL (name), 0);
      gtk_label_set_xalign (GTK_LABEL (value), 1);
      gtk_widget_add_css_class (value, "numeric");
      gtk_grid_attach (GTK_GRID (grid), name, 0, f, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), value, 1, f, 1, 1);
      self->popover_values[f] = GTK_LABEL (value);
      if (f < BW_FIGURE_N)
        self->popover_names[f] = GTK_LABEL (name);
    }
  gtk_box_append (GTK_BOX (box), grid);

  gtk_widget_set_halign (buttons, GTK_ALIGN_END);
  add_button = gtk_button_new_with_mnemonic (_("_Add Place Here"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (add_button), "map.add-place");
  self->show_cases_button = gtk_button_new_with_mnemonic (_("Show _Cases"));
  gtk_widget_add_css_class (self->show_cases_button, "suggested-action");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->show_cases_button), "s", "");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->show_cases_button), "win.show-buurt");
  gtk_box_append (GTK_BOX (buttons), add_button);
  self->add_place_button = add_button;
  gtk_box_append (GTK_BOX (buttons), self->show_cases_button);
  gtk_box_append (GTK_BOX (box), buttons);
  g_signal_connect_swapped (self->show_cases_button, "clicked", G_CALLBACK (show_cases_clicked_cb), self);

  self->popover = gtk_popover_new ();
  gtk_popover_set_child (GTK_POPOVER (self->popover), box);
  gtk_widget_set_parent (self->popover, GTK_WIDGET (self->map_overlay));
  g_signal_connect_object (self->popover, "closed", G_CALLBACK (popover_closed_cb), self, G_CONNECT_SWAPPED);
  self->popover_title = GTK_LABEL (title);
  self->popover_subtitle = GTK_LABEL (subtitle);
}

/* The table's rows and the places' markers: made when the page is first
 * shown, not at start-up (one splice: appending row by row made the
 * table update for every row). */
static void
fill (BwMapPage *self)
{
  GListModel *neighbourhoods = bw_case_store_get_neighbourhoods (self->store);
  guint n = g_list_model_get_n_items (neighbourhoods);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (items, g_list_model_get_item (neighbourhoods, i));
  g_list_store_splice (self->rows, 0, g_list_model_get_n_items (G_LIST_MODEL (self->rows)),
                       items->pdata, items->len);
  reload_places (self);
}

static void
first_map_cb (BwMapPage *self)
{
  if (self->shown_once || self->store == NULL)
    return;
  self->shown_once = TRUE;
  fill (self);
}

static void
bw_map_page_dispose (GObject *object)
{
  BwMapPage *self = BW_MAP_PAGE (object);

  g_clear_object (&self->figures_reader);
  if (self->popover)
    {
      gtk_widget_unparent (self->popover);
      self->popover = NULL;
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), BW_TYPE_MAP_PAGE);
  g_clear_object (&self->store);
  g_clear_object (&self->figures);
  g_clear_object (&self->buurt_map);
  g_clear_object (&self->settings);
  g_clear_object (&self->reference);
  g_clear_object (&self->rows);
  g_clear_object (&self->total_rows);
  g_clear_pointer (&self->shown, g_hash_table_unref);
  g_clear_pointer (&self->popover_code, g_free);

  G_OBJECT_CLASS (bw_map_page_parent_class)->dispose (object);
}

static void
bw_map_page_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  BwMapPage *self = BW_MAP_PAGE (object);

  switch (prop_id)
    {
    case PROP_PER_THOUSAND:
      g_value_set_boolean (value, self->per_thousand);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bw_map_page_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  BwMapPage *self = BW_MAP_PAGE (object);

  switch (prop_id)
    {
    case PROP_PER_THOUSAND:
      if (self->per_thousand == g_value_get_boolean (value))
        return;
      self->per_thousand = g_value_get_boolean (value);
      update_colours (self);
      update_table (self);
      update_table_unit (self);
      if (self->popover_code)
        update_popover (self);
      g_object_notify_by_pspec (object, pspec);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bw_map_page_class_init (BwMapPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bw_map_page_dispose;
  object_class->get_property = bw_map_page_get_property;
  object_class->set_property = bw_map_page_set_property;

  /* Counts per 1,000 inhabitants rather than counted, on the map and in
   * the table. */
  properties[PROP_PER_THOUSAND] =
    g_param_spec_boolean ("per-thousand", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SHUMATE_TYPE_MAP);
  g_type_ensure (BW_TYPE_SYNC_BUTTON);

  gtk_widget_class_set_template_from_resource (widget_class, "/nl/heerlen/Buurtwerk/ui/bw-map-page.ui");
  gtk_widget_class_bind_template_child (widget_class, BwMapPage, view_switcher);
  gtk_widget_class_bind_template_child (widget_class, BwMapPage, figure_dropdown);
  gtk_widget_class_bind_template_child (widget_class, BwMapPage, table_button);
  gtk_widget_class_bind_template_child (widget_class, BwMapPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, BwMapPage, map_overlay);
  gtk_widget_class_bind_template_child (widget_class, BwMapPage, map);
  gtk_widget_class_bind_template_child (widget_class, BwMapPage, hover_box);
  gtk_widget_class_bind_template_child (widget_class, BwMapPage, hover_label);
  gtk_widget_class_bind_template_child (widget_class, BwMapPage, legend_box);
  gtk_widget_class_bind_template_child (widget_class, BwMapPage, legend_title);
  gtk_widget_class_bind_template_child (widget_class, BwMapPage, legend_grid);
  gtk_widget_class_bind_template_child (widget_class, BwMapPage, legend_note);
  gtk_widget_class_bind_template_child (widget_class, BwMapPage, credit_label);
  gtk_widget_class_bind_template_child (widget_class, BwMapPage, credit_box);
  gtk_widget_class_bind_template_child (widget_class, BwMapPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, BwMapPage, table_unit_label);
  gtk_widget_class_bind_template_child (widget_class, BwMapPage, export_button);
  gtk_widget_class_bind_template_child (widget_class, BwMapPage, per_thousand_button);

  gtk_widget_class_install_action (widget_class, "map.zoom-in", NULL, zoom_in_action);
  gtk_widget_class_install_action (widget_class, "map.zoom-out", NULL, zoom_out_action);
  gtk_widget_class_install_action (widget_class, "map.add-place", NULL, add_place_action);
  gtk_widget_class_install_action (widget_class, "map.export", NULL, export_action);
  gtk_widget_class_install_property_action (widget_class, "map.per-thousand", "per-thousand");

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, 0, "map.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, 0, "map.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, 0, "map.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, 0, "map.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, 0, "map.zoom-out", NULL);
}

static void
bw_map_page_init (BwMapPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkStringList) figures = gtk_string_list_new (NULL);
  g_autoptr(GtkNoSelection) selection = NULL;
  g_autoptr(GListStore) parts = NULL;
  GtkSortListModel *sorted;
  GtkGesture *click;
  GtkEventController *motion;
  GtkEventController *keys;
  double min_lat, max_lat, min_lon, max_lon;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->figure = BW_FIGURE_OPEN_CASES;
  self->viewport = shumate_map_get_viewport (self->map);
  self->rows = g_list_store_new (BW_TYPE_NEIGHBOURHOOD);

  /* The shipped file is checked by the tests: it cannot be broken. */
  self->buurt_map = bw_buurt_map_load (NULL, &error);
  g_assert_no_error (error);

  gtk_label_set_text (self->credit_label, bw_buurt_map_get_attribution (self->buurt_map));

  self->polygon_layer = bw_polygon_layer_new (self->viewport, self->buurt_map);
  shumate_map_add_layer (self->map, SHUMATE_LAYER (self->polygon_layer));
  self->marker_layer = shumate_marker_layer_new_full (self->viewport, GTK_SELECTION_NONE);
  shumate_map_add_layer (self->map, SHUMATE_LAYER (self->marker_layer));

  self->settings = g_settings_new (APP_ID);
  g_signal_connect_object (self->settings, "changed::tile-url", G_CALLBACK (update_tiles), self,
                           G_CONNECT_SWAPPED);
  update_tiles (self);

  bw_buurt_map_get_bounds (self->buurt_map, &min_lat, &max_lat, &min_lon, &max_lon);
  shumate_viewport_set_zoom_level (self->viewport, HEERLEN_ZOOM);
  shumate_location_set_location (SHUMATE_LOCATION (self->viewport),
                                 (min_lat + max_lat) / 2, (min_lon + max_lon) / 2);

  for (int f = 0; f < BW_FIGURE_N; f++)
    gtk_string_list_append (figures, bw_figure_label (f));
  gtk_drop_down_set_model (self->figure_dropdown, G_LIST_MODEL (figures));
  g_signal_connect_swapped (self->figure_dropdown, "notify::selected", G_CALLBACK (figure_selected_cb), self);
  g_signal_connect_swapped (self->table_button, "notify::active", G_CALLBACK (table_toggled_cb), self);

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "pressed", G_CALLBACK (map_pressed_cb), self);
  g_signal_connect (click, "released", G_CALLBACK (map_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->map), GTK_EVENT_CONTROLLER (click));
  motion = gtk_event_controller_motion_new ();
  g_signal_connect (motion, "motion", G_CALLBACK (map_motion_cb), self);
  g_signal_connect (motion, "leave", G_CALLBACK (map_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->map), motion);
  keys = gtk_event_controller_key_new ();
  g_signal_connect (keys, "key-pressed", G_CALLBACK (map_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->map), keys);

  setup_popover (self);
  setup_table (self);
  /* The buurten sorted by the clicked column, the totals under them. */
  sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->rows)),
                                    g_object_ref (gtk_column_view_get_sorter (self->column_view)));
  parts = g_list_store_new (G_TYPE_LIST_MODEL);
  g_list_store_append (parts, sorted);
  g_list_store_append (parts, self->total_rows);
  g_object_unref (sorted);
  g_signal_connect_object (gtk_column_view_get_sorter (self->column_view), "changed",
                           G_CALLBACK (sort_changed_cb), self, G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  selection = gtk_no_selection_new (G_LIST_MODEL (gtk_flatten_list_model_new (G_LIST_MODEL (g_steal_pointer (&parts)))));
  update_table_unit (self);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));

  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (update_overlay_style), self, G_CONNECT_SWAPPED);
  update_overlay_style (self);
  update_colours (self);

  g_signal_connect (self, "map", G_CALLBACK (first_map_cb), NULL);
}

void
bw_map_page_set_store (BwMapPage   *self,
                       BwCaseStore *store)
{
  g_return_if_fail (BW_IS_MAP_PAGE (self));
  g_return_if_fail (BW_IS_CASE_STORE (store));

  if (self->store)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  g_signal_connect_object (store, "case-changed", G_CALLBACK (case_changed_cb), self, G_CONNECT_SWAPPED);

  g_clear_object (&self->figures_reader);
  self->figures_reader = bw_shown_reader_new (GTK_WIDGET (self), store, compute_figures, NULL,
                                              g_object_unref, figures_computed, self);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    self->shown_once = TRUE;
  if (self->shown_once)
    fill (self);
}

void
bw_map_page_set_stack (BwMapPage    *self,
                       AdwViewStack *stack)
{
  g_return_if_fail (BW_IS_MAP_PAGE (self));
  adw_view_switcher_set_stack (self->view_switcher, stack);
}

void
bw_map_page_set_figure (BwMapPage *self,
                        BwFigure   figure)
{
  g_return_if_fail (BW_IS_MAP_PAGE (self));
  g_return_if_fail (figure < BW_FIGURE_N);

  self->figure = figure;
  if (gtk_drop_down_get_selected (self->figure_dropdown) != figure)
    gtk_drop_down_set_selected (self->figure_dropdown, figure);
  update_per_thousand_enabled (self);
  update_colours (self);
}

gboolean
bw_map_page_open_buurt (BwMapPage  *self,
                        const char *code)
{
  const BwMapBuurt *b;
  double x, y;

  g_return_val_if_fail (BW_IS_MAP_PAGE (self), FALSE);

  b = bw_buurt_map_find (self->buurt_map, code);
  if (b == NULL)
    return FALSE;
  shumate_viewport_location_to_widget_coords (self->viewport, GTK_WIDGET (self->map),
                                              b->centroid_lat, b->centroid_lon, &x, &y);
  self->click_lat = b->centroid_lat;
  self->click_lon = b->centroid_lon;
  show_popover_at (self, b, x, y);
  return TRUE;
}

ShumateMap *
bw_map_page_get_map (BwMapPage *self)
{
  g_return_val_if_fail (BW_IS_MAP_PAGE (self), NULL);
  return self->map;
}

BwPolygonLayer *
bw_map_page_get_polygon_layer (BwMapPage *self)
{
  g_return_val_if_fail (BW_IS_MAP_PAGE (self), NULL);
  return self->polygon_layer;
}

ShumateMarkerLayer *
bw_map_page_get_marker_layer (BwMapPage *self)
{
  g_return_val_if_fail (BW_IS_MAP_PAGE (self), NULL);
  return self->marker_layer;
}

BwBuurtFigures *
bw_map_page_get_figures (BwMapPage *self)
{
  g_return_val_if_fail (BW_IS_MAP_PAGE (self), NULL);
  return self->figures;
}

GtkWidget *
bw_map_page_get_popover (BwMapPage *self)
{
  g_return_val_if_fail (BW_IS_MAP_PAGE (self), NULL);
  return self->popover;
}

GtkWidget *
bw_map_page_get_legend (BwMapPage *self)
{
  g_return_val_if_fail (BW_IS_MAP_PAGE (self), NULL);
  return self->legend_box;
}

ShumateMapLayer *
bw_map_page_get_tile_layer (BwMapPage *self)
{
  g_return_val_if_fail (BW_IS_MAP_PAGE (self), NULL);
  return self->tile_layer;
}

void
bw_map_page_set_permissions (BwMapPage *self,
                             gboolean   may_add_places,
                             gboolean   has_cases)
{
  g_return_if_fail (BW_IS_MAP_PAGE (self));

  /* Hidden, not greyed out: the server would refuse the place, and a
   * trainer has no case list to show. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "map.add-place", may_add_places);
  gtk_widget_set_visible (self->add_place_button, may_add_places);
  gtk_widget_set_visible (self->show_cases_button, has_cases);
}
