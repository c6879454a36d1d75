#pragma once

#include <adwaita.h>

#include "bw-case-store.h"

G_BEGIN_DECLS

#define BW_TYPE_WINDOW (bw_window_get_type ())
G_DECLARE_FINAL_TYPE (BwWindow, bw_window, BW, WINDOW, AdwApplicationWindow)

BwWindow   *bw_window_new          (AdwApplication *application,
                                    BwCaseStore    *store);
/* For tests: the list model behind the case list. */
GListModel *bw_window_get_case_list (BwWindow      *self);

G_END_DECLS
