/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define BW_TYPE_PREFERENCES_WINDOW (bw_preferences_window_get_type ())
G_DECLARE_FINAL_TYPE (BwPreferencesWindow, bw_preferences_window, BW, PREFERENCES_WINDOW, AdwPreferencesWindow)

/* Server and account, sync interval, map tiles and retention, stored in
 * GSettings. A value that is refused is never stored. */
GtkWidget *bw_preferences_window_new (GtkWindow *parent);

G_END_DECLS
