/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <adwaita.h>

#include "bw-case-store.h"

G_BEGIN_DECLS

/* What every export to a file shares: where it is saved, how it is
 * written and what the user is told after. */

/* A save dialog that starts in the user's Documents folder, with @name
 * suggested. */
GtkFileChooserNative *bw_export_chooser_new   (GtkWindow           *parent,
                                               const char          *title,
                                               const char          *accept_label,
                                               const char          *name);
/* Writes @contents to @file off the main loop, readable by the user alone
 * (0600): an export names people. */
void                  bw_export_write_async   (GFile               *file,
                                               GBytes              *contents,
                                               GAsyncReadyCallback  callback,
                                               gpointer             user_data);
gboolean              bw_export_write_finish  (GFile               *file,
                                               GAsyncResult        *result,
                                               GError             **error);
/* "Saved as NAME", with an "Open" button that activates export.open,
 * which a window installs with bw_export_install_open_action(). */
AdwToast             *bw_export_saved_toast   (GFile               *file);
void                  bw_export_install_open_action (GtkWidgetClass *widget_class);
/* Shows @toast (taking it) in the toast overlay of @widget's window, for
 * a page that has none of its own. */
void                  bw_export_show_toast    (GtkWidget           *widget,
                                               AdwToast            *toast);

/* Every export is reported to the server's audit log: @what (a
 * bw_audit_export_is_key()) and the case it is about, or NULL, are queued
 * in @store and sent at the next sync. Call it once the file is written. */
void                  bw_export_report        (BwCaseStore         *store,
                                               const char          *what,
                                               const char          *case_uuid);

/* Writes @contents to @file (bw_export_write_async()), then reports it
 * (bw_export_report()) and tells the user in @widget's window: "Saved as
 * NAME" with Open, or why it failed. */
void                  bw_export_save          (GtkWidget           *widget,
                                               BwCaseStore         *store,
                                               const char          *what,
                                               GFile               *file,
                                               GBytes              *contents);
/* "Could not save the file: …" in @widget's window. */
void                  bw_export_show_failure  (GtkWidget           *widget,
                                               const GError        *error);

G_END_DECLS
