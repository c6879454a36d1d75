/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <adwaita.h>

#include "bw-case-store.h"
#include "bw-sync-engine.h"

G_BEGIN_DECLS

#define BW_TYPE_CONFLICTS_WINDOW (bw_conflicts_window_get_type ())
G_DECLARE_FINAL_TYPE (BwConflictsWindow, bw_conflicts_window, BW, CONFLICTS_WINDOW, AdwWindow)

/* Lists every sync conflict with both values, and lets a person keep their
 * own, take the server's, or enter another; and the changes the server
 * refused. */
GtkWidget *bw_conflicts_window_new (GtkWindow    *parent,
                                    BwCaseStore  *store,
                                    BwSyncEngine *engine);

G_END_DECLS
