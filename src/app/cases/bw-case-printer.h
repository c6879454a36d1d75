/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <gtk/gtk.h>

#include "bw-case-document.h"

G_BEGIN_DECLS

#define BW_TYPE_CASE_PRINTER (bw_case_printer_get_type ())
G_DECLARE_FINAL_TYPE (BwCasePrinter, bw_case_printer, BW, CASE_PRINTER, GObject)

/* Lays a BwCaseDocument out on A4 pages (GtkPrintOperation, cairo and
 * Pango): a long note runs on over pages line by line, nothing is cut. */
BwCasePrinter *bw_case_printer_new        (BwCaseDocument *document);
GtkPrintOperation *bw_case_printer_get_operation (BwCasePrinter *self);

/* Writes the document as a PDF to @path (no dialog). */
gboolean       bw_case_printer_export_pdf (BwCasePrinter  *self,
                                           GtkWindow      *parent,
                                           const char     *path,
                                           GError        **error);
/* The print dialog; printing goes on after it returns. */
void           bw_case_printer_print      (BwCasePrinter  *self,
                                           GtkWindow      *parent);

G_END_DECLS
