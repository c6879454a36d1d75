/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-app-cases"
/* A case's record on paper. begin-print lays every row out once and cuts
 * it into slices that fit a page: a heading, a table row or a short field
 * is one slice, a long text is cut between its lines, so that nothing is
 * ever lost at the bottom of a page (the right of access must be
 * complete). draw-page draws the slices of its page. */
#include "config.h"

#include <glib/gi18n.h>

#include "bw-case-printer.h"

#define FONT "Sans"
#define LABEL_SHARE 0.30        /* of the width, for a field's label */
#define GAP 8.0                 /* points between a label and its value */
#define FOOTER 28.0

typedef struct {
  BwCaseDocumentRow kind;
  GPtrArray *layouts;           /* PangoLayout, one per cell */
  GArray *x;                    /* double: each cell's left edge */
  guint main;                   /* the cell that may run over pages */
  double space_before;
} Row;

typedef struct {
  guint row;
  int first_line, n_lines;      /* of the main cell; -1: the whole row */
  double y;
  double height;
} Slice;

struct _BwCasePrinter
{
  GObject parent_instance;

  BwCaseDocument *document;
  GtkPrintOperation *operation;
  GPtrArray *rows;              /* Row */
  GArray *slices;               /* Slice */
  GArray *page_starts;          /* guint: each page's first slice */
};

G_DEFINE_FINAL_TYPE (BwCasePrinter, bw_case_printer, G_TYPE_OBJECT)

static void
row_free (Row *row)
{
  g_ptr_array_unref (row->layouts);
  g_array_unref (row->x);
  g_free (row);
}

static PangoLayout *
make_layout (GtkPrintContext *context,
             const char      *text,
             double           width,
             double           size,
             PangoWeight      weight)
{
  PangoLayout *layout = gtk_print_context_create_pango_layout (context);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (FONT);

  pango_font_description_set_size (font, (int) (size * PANGO_SCALE));
  pango_font_description_set_weight (font, weight);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (layout, text, -1);
  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int w, h;

  pango_layout_get_size (layout, &w, &h);
  return (double) h / PANGO_SCALE;
}

static Row *
lay_out_row (GtkPrintContext   *context,
             BwCaseDocumentRow  kind,
             const char * const *cells,
             double             width)
{
  Row *row = g_new0 (Row, 1);
  guint n = g_strv_length ((char **) cells);

  row->kind = kind;
  row->layouts = g_ptr_array_new_with_free_func (g_object_unref);
  row->x = g_array_new (FALSE, TRUE, sizeof (double));
  switch (kind)
    {
    case BW_CASE_DOCUMENT_FIELD:
      {
        double label_w = width * LABEL_SHARE, x = label_w + GAP;

        g_ptr_array_add (row->layouts, make_layout (context, cells[0], label_w, 9, PANGO_WEIGHT_NORMAL));
        g_ptr_array_add (row->layouts, make_layout (context, n > 1 ? cells[1] : "", width - x, 9.5,
                                                    PANGO_WEIGHT_NORMAL));
        g_array_append_val (row->x, (double) { 0 });
        g_array_append_val (row->x, x);
        row->main = 1;
        row->space_before = 2;
      }
      break;
    case BW_CASE_DOCUMENT_TABLE_HEADER:
    case BW_CASE_DOCUMENT_TABLE_ROW:
      for (guint i = 0; i < n; i++)
        {
          double cell_w = width / n, x = i * cell_w;

          g_ptr_array_add (row->layouts, make_layout (context, cells[i], cell_w - 4, 8,
                                                      kind == BW_CASE_DOCUMENT_TABLE_HEADER ? PANGO_WEIGHT_BOLD
                                                                                           : PANGO_WEIGHT_NORMAL));
          g_array_append_val (row->x, x);
        }
      row->space_before = kind == BW_CASE_DOCUMENT_TABLE_HEADER ? 6 : 1;
      break;
    default:
      {
        double size = kind == BW_CASE_DOCUMENT_TITLE ? 16 : kind == BW_CASE_DOCUMENT_HEADING ? 12.5
                      : kind == BW_CASE_DOCUMENT_INTRO ? 8.5 : kind == BW_CASE_DOCUMENT_SUBHEADING ? 9.5 : 9.5;
        PangoWeight weight = kind == BW_CASE_DOCUMENT_TITLE || kind == BW_CASE_DOCUMENT_HEADING ||
                             kind == BW_CASE_DOCUMENT_SUBHEADING ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL;

        g_ptr_array_add (row->layouts, make_layout (context, cells[0] ? cells[0] : "", width, size, weight));
        g_array_append_val (row->x, (double) { 0 });
        row->space_before = kind == BW_CASE_DOCUMENT_HEADING ? 14 : kind == BW_CASE_DOCUMENT_SUBHEADING ? 6
                            : kind == BW_CASE_DOCUMENT_INTRO ? 4 : 3;
      }
      break;
    }
  return row;
}

static double
row_height (Row *row)
{
  double height = 0;

  for (guint i = 0; i < row->layouts->len; i++)
    height = MAX (height, layout_height (g_ptr_array_index (row->layouts, i)));
  return height;
}

/* The top and height of each line of @layout. */
static GArray *
line_extents (PangoLayout *layout)
{
  GArray *lines = g_array_new (FALSE, FALSE, sizeof (PangoRectangle));
  PangoLayoutIter *iter = pango_layout_get_iter (layout);

  do
    {
      PangoRectangle logical;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      g_array_append_val (lines, logical);
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  return lines;
}

static void
new_page (BwCasePrinter *self,
          double        *y)
{
  guint start = self->slices->len;

  g_array_append_val (self->page_starts, start);
  *y = 0;
}

static void
add_slice (BwCasePrinter *self,
           guint          row,
           int            first_line,
           int            n_lines,
           double         y,
           double         height)
{
  Slice slice = { row, first_line, n_lines, y, height };

  g_array_append_val (self->slices, slice);
}

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                BwCasePrinter     *self)
{
  double width = gtk_print_context_get_width (context);
  double bottom = gtk_print_context_get_height (context) - FOOTER;
  double y = 0;

  g_ptr_array_set_size (self->rows, 0);
  g_array_set_size (self->slices, 0);
  g_array_set_size (self->page_starts, 0);
  new_page (self, &y);

  for (guint i = 0; i < bw_case_document_get_n_rows (self->document); i++)
    {
      const char * const *cells;
      BwCaseDocumentRow kind = bw_case_document_get_row (self->document, i, &cells);
      Row *row = lay_out_row (context, kind, cells, width);
      double height = row_height (row);
      gboolean splits = kind == BW_CASE_DOCUMENT_FIELD || kind == BW_CASE_DOCUMENT_TEXT ||
                        kind == BW_CASE_DOCUMENT_INTRO;

      g_ptr_array_add (self->rows, row);
      if (y > 0)
        y += row->space_before;
      /* A heading keeps the first lines of what follows with it. */
      if (kind == BW_CASE_DOCUMENT_HEADING || kind == BW_CASE_DOCUMENT_SUBHEADING ||
          kind == BW_CASE_DOCUMENT_TABLE_HEADER)
        {
          if (y > 0 && y + height + 36 > bottom)
            new_page (self, &y);
        }
      if (y + height <= bottom || !splits)
        {
          if (y > 0 && y + height > bottom)
            new_page (self, &y);
          /* A row taller than a page that cannot be cut is drawn as it is. */
          add_slice (self, self->rows->len - 1, -1, -1, y, height);
          y += height;
          continue;
        }

      /* Line by line over as many pages as it takes; the label goes with
       * the first line. */
      {
        g_autoptr(GArray) lines = line_extents (g_ptr_array_index (row->layouts, row->main));
        guint first = 0;

        while (first < lines->len)
          {
            double top = g_array_index (lines, PangoRectangle, first).y / (double) PANGO_SCALE;
            guint last = first;

            while (last < lines->len)
              {
                PangoRectangle *line = &g_array_index (lines, PangoRectangle, last);
                double end = (line->y + line->height) / (double) PANGO_SCALE - top;

                if (y + end > bottom && last > first)
                  break;
                last++;
              }
            if (last == first + 1 && y > 0 &&
                y + (g_array_index (lines, PangoRectangle, first).height / (double) PANGO_SCALE) > bottom)
              {
                new_page (self, &y);
                continue;
              }
            {
              PangoRectangle *end_line = &g_array_index (lines, PangoRectangle, last - 1);
              double h = (end_line->y + end_line->height) / (double) PANGO_SCALE - top;

              add_slice (self, self->rows->len - 1, first, last - first, y, h);
              y += h;
            }
            first = last;
            if (first < lines->len)
              new_page (self, &y);
          }
      }
    }
  gtk_print_operation_set_n_pages (operation, self->page_starts->len);
}

static void
draw_lines (cairo_t     *cr,
            PangoLayout *layout,
            double       x,
            double       y,
            int          first_line,
            int          n_lines)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  int index = 0;
  double top = 0;

  do
    {
      if (index == first_line)
        {
          PangoRectangle logical;

          pango_layout_iter_get_line_extents (iter, NULL, &logical);
          top = logical.y / (double) PANGO_SCALE;
        }
      if (index >= first_line && index < first_line + n_lines)
        {
          int baseline = pango_layout_iter_get_baseline (iter);

          cairo_move_to (cr, x, y + baseline / (double) PANGO_SCALE - top);
          pango_cairo_show_layout_line (cr, pango_layout_iter_get_line_readonly (iter));
        }
      index++;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              BwCasePrinter     *self)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double width = gtk_print_context_get_width (context);
  double height = gtk_print_context_get_height (context);
  guint start = g_array_index (self->page_starts, guint, page);
  guint end = (guint) page + 1 < self->page_starts->len ? g_array_index (self->page_starts, guint, page + 1)
                                                        : self->slices->len;

  cairo_set_source_rgb (cr, 0, 0, 0);
  for (guint s = start; s < end; s++)
    {
      Slice *slice = &g_array_index (self->slices, Slice, s);
      Row *row = g_ptr_array_index (self->rows, slice->row);

      if (row->kind == BW_CASE_DOCUMENT_INTRO || row->kind == BW_CASE_DOCUMENT_TABLE_HEADER)
        cairo_set_source_rgb (cr, 0.3, 0.3, 0.3);
      else
        cairo_set_source_rgb (cr, 0, 0, 0);
      for (guint c = 0; c < row->layouts->len; c++)
        {
          PangoLayout *layout = g_ptr_array_index (row->layouts, c);
          double x = g_array_index (row->x, double, c);

          if (slice->first_line < 0)
            {
              cairo_move_to (cr, x, slice->y);
              pango_cairo_show_layout (cr, layout);
            }
          else if (c == row->main)
            draw_lines (cr, layout, x, slice->y, slice->first_line, slice->n_lines);
          else if (slice->first_line == 0)
            {
              cairo_move_to (cr, x, slice->y);
              pango_cairo_show_layout (cr, layout);
            }
        }
      /* A line under a table's head and under a section's heading. */
      if (slice->first_line < 0 &&
          (row->kind == BW_CASE_DOCUMENT_HEADING || row->kind == BW_CASE_DOCUMENT_TABLE_HEADER))
        {
          cairo_set_source_rgb (cr, 0.6, 0.6, 0.6);
          cairo_set_line_width (cr, 0.5);
          cairo_move_to (cr, 0, slice->y + slice->height + 1.5);
          cairo_line_to (cr, width, slice->y + slice->height + 1.5);
          cairo_stroke (cr);
        }
    }

  /* The footer: what this is, confidential, and the page. */
  {
    /* TRANSLATORS: the footer of a printed case record: the title, then
     * "page 2 of 5" */
    g_autofree char *text = g_strdup_printf (_("%s · Confidential · page %d of %u"),
                                             bw_case_document_get_title (self->document), page + 1,
                                             self->page_starts->len);
    g_autoptr(PangoLayout) footer = make_layout (context, text, width, 7.5, PANGO_WEIGHT_NORMAL);

    pango_layout_set_ellipsize (footer, PANGO_ELLIPSIZE_MIDDLE);
    cairo_set_source_rgb (cr, 0.4, 0.4, 0.4);
    cairo_move_to (cr, 0, height - FOOTER + 12);
    pango_cairo_show_layout (cr, footer);
  }
}

static void
bw_case_printer_dispose (GObject *object)
{
  BwCasePrinter *self = BW_CASE_PRINTER (object);

  g_clear_object (&self->operation);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (bw_case_printer_parent_class)->dispose (object);
}

static void
bw_case_printer_finalize (GObject *object)
{
  BwCasePrinter *self = BW_CASE_PRINTER (object);

  g_ptr_array_unref (self->rows);
  g_array_unref (self->slices);
  g_array_unref (self->page_starts);

  G_OBJECT_CLASS (bw_case_printer_parent_class)->finalize (object);
}

static void
bw_case_printer_class_init (BwCasePrinterClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = bw_case_printer_dispose;
  G_OBJECT_CLASS (klass)->finalize = bw_case_printer_finalize;
}

static void
bw_case_printer_init (BwCasePrinter *self)
{
  self->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);
  self->slices = g_array_new (FALSE, FALSE, sizeof (Slice));
  self->page_starts = g_array_new (FALSE, FALSE, sizeof (guint));
}

BwCasePrinter *
bw_case_printer_new (BwCaseDocument *document)
{
  BwCasePrinter *self = g_object_new (BW_TYPE_CASE_PRINTER, NULL);
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);

  self->document = g_object_ref (document);
  self->operation = gtk_print_operation_new ();
  gtk_page_setup_set_paper_size_and_default_margins (setup, a4);
  gtk_print_operation_set_default_page_setup (self->operation, setup);
  gtk_print_operation_set_job_name (self->operation, bw_case_document_get_title (document));
  gtk_print_operation_set_unit (self->operation, GTK_UNIT_POINTS);
  g_signal_connect_object (self->operation, "begin-print", G_CALLBACK (begin_print_cb), self, 0);
  g_signal_connect_object (self->operation, "draw-page", G_CALLBACK (draw_page_cb), self, 0);
  return self;
}

GtkPrintOperation *
bw_case_printer_get_operation (BwCasePrinter *self)
{
  g_return_val_if_fail (BW_IS_CASE_PRINTER (self), NULL);
  return self->operation;
}

gboolean
bw_case_printer_export_pdf (BwCasePrinter  *self,
                            GtkWindow      *parent,
                            const char     *path,
                            GError        **error)
{
  g_return_val_if_fail (BW_IS_CASE_PRINTER (self), FALSE);

  gtk_print_operation_set_export_filename (self->operation, path);
  return gtk_print_operation_run (self->operation, GTK_PRINT_OPERATION_ACTION_EXPORT, parent, error) !=
         GTK_PRINT_OPERATION_RESULT_ERROR;
}

void
bw_case_printer_print (BwCasePrinter *self,
                       GtkWindow     *parent)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (BW_IS_CASE_PRINTER (self));

  gtk_print_operation_set_allow_async (self->operation, TRUE);
  if (gtk_print_operation_run (self->operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent, &error) ==
      GTK_PRINT_OPERATION_RESULT_ERROR)
    g_warning ("Printing failed: %s", error->message);
}
