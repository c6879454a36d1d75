/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <gtk/gtk.h>

#include "bw-case-store.h"

G_BEGIN_DECLS

#define BW_TYPE_SHOWN_READER (bw_shown_reader_get_type ())
G_DECLARE_FINAL_TYPE (BwShownReader, bw_shown_reader, BW, SHOWN_READER, GObject)

/* Gets what a view shows (figures over every case, say) from the store's
 * read thread, and only when it is worth it: while @widget is on screen
 * (mapped), once for many changes in a row, and when @widget comes on
 * screen after changes meanwhile. Nothing is read for a view that is
 * never shown.
 *
 * @func runs on the read thread with @data (a GObject, referenced for
 * each read, or NULL). @done gets the result (owned; NULL with @error set
 * when the read failed) on the main thread, never after the reader was
 * disposed: the owner of the reader keeps it until its own dispose.
 * Results that come too late are freed with @result_free. */
typedef void (*BwShownReaderDone) (gpointer      user_data,
                                   gpointer      result,
                                   const GError *error);

BwShownReader *bw_shown_reader_new         (GtkWidget            *widget,
                                            BwCaseStore          *store,
                                            BwCaseStoreReadFunc   func,
                                            GObject              *data,
                                            GDestroyNotify        result_free,
                                            BwShownReaderDone     done,
                                            gpointer              user_data);
/* What is shown may be out of date: read again, as said above. */
void           bw_shown_reader_queue       (BwShownReader        *self);
/* TRUE while a read is on its way, or due for a view on screen; the
 * property "loading" tells when it changes. */
gboolean       bw_shown_reader_get_loading (BwShownReader        *self);

G_END_DECLS
