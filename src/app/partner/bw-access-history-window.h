/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <adwaita.h>

#include "bw-sync-engine.h"

G_BEGIN_DECLS

#define BW_TYPE_ACCESS_HISTORY_WINDOW (bw_access_history_window_get_type ())
G_DECLARE_FINAL_TYPE (BwAccessHistoryWindow, bw_access_history_window, BW, ACCESS_HISTORY_WINDOW, AdwWindow)

/* A coordinator's view of a case's access history (the server's audit
 * log): who read or changed what, when, from which desktop; exported as
 * CSV. Loads at once. */
BwAccessHistoryWindow *bw_access_history_window_new (GtkWindow    *parent,
                                                     BwSyncEngine *engine,
                                                     const char   *case_uuid,
                                                     const char   *case_name);

/* The entries on screen (BwAuditEntry, newest first); NULL while loading
 * or after an error. */
GListModel *bw_access_history_window_get_entries (BwAccessHistoryWindow *self);
gboolean    bw_access_history_window_get_loading (BwAccessHistoryWindow *self);
/* Writes the entries as CSV to @file, off the main loop (what Export as
 * CSV… does with the file chosen); emits "exported" with the outcome. */
void        bw_access_history_window_export_to   (BwAccessHistoryWindow *self,
                                                  GFile                 *file);

G_END_DECLS
