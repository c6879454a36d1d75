/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <gtk/gtk.h>

#include "bw-case-store.h"

G_BEGIN_DECLS

/* Writes @record (with @parent_id, say its case, and @context, say the
 * planning, or NULL) on the store's write thread. Its action @action_name
 * is off meanwhile, so it is saved once. Then @done runs, with the record
 * as the store filled it in or the store's refusal, unless @dialog was
 * closed meanwhile. */
typedef gboolean (*BwDialogWriteFunc) (BwCaseStore  *store,
                                       GObject      *context,
                                       gint64        parent_id,
                                       GObject      *record,
                                       GError      **error);
typedef void     (*BwDialogWriteDone) (GtkWidget    *dialog,
                                       GObject      *record,
                                       const GError *error);

void bw_dialog_write (GtkWidget         *dialog,
                      const char        *action_name,
                      BwCaseStore       *store,
                      BwDialogWriteFunc  func,
                      GObject           *context,
                      gint64             parent_id,
                      GObject           *record,
                      BwDialogWriteDone  done);

G_END_DECLS
