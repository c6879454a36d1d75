/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <adwaita.h>

#include "bw-sync-engine.h"

G_BEGIN_DECLS

#define BW_TYPE_ACCESS_HISTORY_WINDOW (bw_access_history_window_get_type ())
G_DECLARE_FINAL_TYPE (BwAccessHistoryWindow, bw_access_history_window, BW, ACCESS_HISTORY_WINDOW, AdwWindow)

/* A coordinator's view of a case's access history (the server's audit
 * log): who read or changed what, when, from which desktop; exported as
 * CSV. Shows the newest page at once; "Load Older Entries" appends the
 * next, older page. The export holds the whole history. */
BwAccessHistoryWindow *bw_access_history_window_new (GtkWindow    *parent,
                                                     BwSyncEngine *engine,
                                                     const char   *case_uuid,
                                                     const char   *case_name);

/* The entries on screen (BwAuditEntry, newest first): the pages loaded so
 * far; NULL while the first loads or after an error. */
GListModel *bw_access_history_window_get_entries (BwAccessHistoryWindow *self);
/* Whether a page is on its way (the first, or an older one). */
gboolean    bw_access_history_window_get_loading (BwAccessHistoryWindow *self);
/* Entries a page (1 to 1000; 100 unless set): loads again from the newest. */
void        bw_access_history_window_set_page_size (BwAccessHistoryWindow *self,
                                                    guint                  page_size);
/* Writes the whole access history as CSV to @file, off the main loop (what
 * Export as CSV… does with the file chosen), fetching the pages not loaded
 * yet first; emits "exported" with the outcome. */
void        bw_access_history_window_export_to   (BwAccessHistoryWindow *self,
                                                  GFile                 *file);

/* The coordinator's access history across the team's cases, with
 * filters by action, role and period and a column naming each case as
 * @store has it. */
BwAccessHistoryWindow *bw_access_history_window_new_for_team (GtkWindow    *parent,
                                                              BwSyncEngine *engine,
                                                              BwCaseStore  *store);

G_END_DECLS
