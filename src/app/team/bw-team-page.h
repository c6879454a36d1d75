/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <adwaita.h>

#include "bw-case-store.h"

G_BEGIN_DECLS

#define BW_TYPE_TEAM_PAGE (bw_team_page_get_type ())
G_DECLARE_FINAL_TYPE (BwTeamPage, bw_team_page, BW, TEAM_PAGE, AdwBin)

/* The coordinator's team overview: per worker their open cases, overdue
 * actions and cases without contact (counts read off the main thread;
 * the coordinator sees every case of the team anyway), and "Hand Over
 * Cases…" to make another worker responsible for some of them. A row
 * activated emits ::show-worker with the worker's user id. */
void bw_team_page_set_store  (BwTeamPage   *self,
                              BwCaseStore  *store);
void bw_team_page_set_stack  (BwTeamPage   *self,
                              AdwViewStack *stack);
/* Reads the counts again. */
void bw_team_page_reload     (BwTeamPage   *self);

G_END_DECLS
