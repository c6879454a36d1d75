/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <adwaita.h>

#include "bw-planning.h"
#include "bw-week-view.h"

G_BEGIN_DECLS

#define BW_TYPE_PLANNING_PAGE (bw_planning_page_get_type ())
G_DECLARE_FINAL_TYPE (BwPlanningPage, bw_planning_page, BW, PLANNING_PAGE, AdwBin)

/* The "Planning" page (issue 6). Three views: the training offers (a list
 * with filters, and the selected offer's details, sessions with their
 * attendance, and participants: placed first, then the waiting list), the
 * week view of all sessions (filters by trainer, place and buurt,
 * conflicts marked; activating a session opens its offer), and demand
 * against supply per buurt.
 *
 * Actions (group "planning"): new-offer, edit-offer, add-session,
 * edit-session (s: session uuid), export-ics, export-csv,
 * export-trainer-ics, and per enrolment (s: enrolment uuid) place, start,
 * complete (asks the outcome), drop-out, remove. Signal "show-toast"
 * (AdwToast). */
void         bw_planning_page_set_planning (BwPlanningPage *self,
                                            BwPlanning     *planning);
/* The main view stack, for the page's view switcher. */
void         bw_planning_page_set_stack    (BwPlanningPage *self,
                                            AdwViewStack   *stack);
/* Shows the offer in the offers view (and selects it in the list). */
void         bw_planning_page_show_offer   (BwPlanningPage *self,
                                            const char     *uuid);
/* "offers", "week" or "demand". */
void         bw_planning_page_set_view     (BwPlanningPage *self,
                                            const char     *name);
const char  *bw_planning_page_get_offer_uuid (BwPlanningPage *self);
/* Whether the signed-in user plans (a trainer, or nobody signed in yet):
 * otherwise offers, sessions and attendance are shown, not changed. */
void         bw_planning_page_set_may_plan (BwPlanningPage *self,
                                            gboolean        may_plan);
BwWeekView  *bw_planning_page_get_week_view (BwPlanningPage *self);
/* What the export actions write once their save dialog chose @file:
 * @kind "ics" (the offer @key's sessions), "trainer" (trainer @key's
 * sessions) or "csv" (offer @key's participants). */
void         bw_planning_page_export_to    (BwPlanningPage *self,
                                            const char     *kind,
                                            const char     *key,
                                            GFile          *file);

G_END_DECLS
