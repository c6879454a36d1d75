/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <adwaita.h>

#include "bw-case-store.h"
#include "bw-sync-engine.h"

G_BEGIN_DECLS

#define BW_TYPE_APPLICATION (bw_application_get_type ())
G_DECLARE_FINAL_TYPE (BwApplication, bw_application, BW, APPLICATION, AdwApplication)

BwApplication *bw_application_new             (void);
BwCaseStore   *bw_application_get_store       (BwApplication *self);
BwSyncEngine  *bw_application_get_sync_engine (BwApplication *self);

G_END_DECLS
