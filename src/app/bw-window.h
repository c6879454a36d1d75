/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <adwaita.h>

#include "bw-planning.h"

#include "bw-case-list.h"
#include "bw-case-store.h"
#include "bw-sync-engine.h"

G_BEGIN_DECLS

#define BW_TYPE_WINDOW (bw_window_get_type ())
G_DECLARE_FINAL_TYPE (BwWindow, bw_window, BW, WINDOW, AdwApplicationWindow)

BwWindow   *bw_window_new          (AdwApplication *application,
                                    BwCaseStore    *store);
/* The same, showing @cases (of @store, all cases), whose query may be on
 * its way already: the application starts it before GTK starts, so that
 * the two overlap. NULL: the window makes its own. */
BwWindow   *bw_window_new_with_cases (AdwApplication *application,
                                      BwCaseStore    *store,
                                      BwCaseList     *cases);
void        bw_window_add_toast       (BwWindow     *self,
                                       AdwToast     *toast);
void        bw_window_set_sync_engine (BwWindow     *self,
                                       BwSyncEngine *engine);
/* Shown with the sync button until the next sync. */
void        bw_window_set_sync_error  (BwWindow     *self,
                                       const GError *error);
/* For tests: the list model behind the case list. */
GListModel *bw_window_get_case_list (BwWindow      *self);
/* TRUE when the window shows a partner's "Shared with My Organisation". */
gboolean    bw_window_is_partner_view (BwWindow   *self);

/* The window's planning (one per window, shared by the planning page and
 * the case page, so both follow every change made in either). */
BwPlanning *bw_window_get_planning    (BwWindow     *self);

G_END_DECLS
