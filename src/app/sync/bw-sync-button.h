/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <gtk/gtk.h>

#include "bw-sync-engine.h"

G_BEGIN_DECLS

#define BW_TYPE_SYNC_BUTTON (bw_sync_button_get_type ())
G_DECLARE_FINAL_TYPE (BwSyncButton, bw_sync_button, BW, SYNC_BUTTON, GtkWidget)

/* The sync state in the header bar: a button that syncs now (a spinner
 * while it runs; the last sync time or the reason it failed in its
 * tooltip), and a warning button when conflicts wait for a decision. */
void bw_sync_button_set_engine (BwSyncButton *self,
                                BwSyncEngine *engine);
/* The last error, shown in the tooltip until the next sync. */
void bw_sync_button_set_error  (BwSyncButton *self,
                                const GError *error);

G_END_DECLS
