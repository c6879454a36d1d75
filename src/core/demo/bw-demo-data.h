/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include "bw-case-store.h"

G_BEGIN_DECLS

/* What the app adds to a new, empty database: about 300 cases, what one
 * neighbourhood team holds. */
#define BW_DEMO_CASES 300
#define BW_DEMO_SEED 917

/* Fills @store with @n_cases fictitious but realistic Heerlen-Noord cases
 * (Dutch names, streets, dates, journals, actions, scores), spread over the
 * neighbourhoods with most of them in Heerlen-Noord. The same @seed gives
 * the same data. Everything is written in one transaction. */
gboolean bw_demo_data_fill (BwCaseStore  *store,
                            guint         n_cases,
                            guint32       seed,
                            GError      **error);

/* The demo planning on one database that does everything: a fixture for
 * tests and screenshots, never a desktop that syncs (a buurtteam member
 * may not plan offers, and a trainer's desktop has no cases). Adds a few
 * realistic Heerlen-Noord training offers to a store that has demo cases: a Dutch course in Passart (12 placed, 2 on the waiting
 * list), digital skills in Meezenbroek (MSP), a job-application training
 * with one deliberate double booking, and an orientation on care work
 * with Zuyderland; their places, weekly sessions around @monday (a
 * YYYY-MM-DD Monday; NULL: this week's) and referrals of demo cases. The
 * same store and @monday give the same planning. One transaction. */
gboolean bw_demo_data_fill_planning (BwCaseStore  *store,
                                     const char   *monday,
                                     GError      **error);

/* The same planning in the parts of the people who make it, for the demo
 * server (build-aux/run-app, buurtwerk-demo):
 * - the trainer's desktop: the places, offers and sessions;
 * - the team's desktop, once the offers arrived through sync: referrals
 *   of its demo cases (14 to the Dutch course, 6 to digital skills, 3 to
 *   the job-application training);
 * - the trainer's desktop, once the referrals arrived: places the
 *   referred of the Dutch course (12 placed, 2 on the waiting list) and of
 *   digital skills.
 * Each in one transaction. */
gboolean bw_demo_data_fill_offers   (BwCaseStore  *store,
                                     const char   *monday,
                                     GError      **error);
gboolean bw_demo_data_refer         (BwCaseStore  *store,
                                     GError      **error);
gboolean bw_demo_data_place         (BwCaseStore  *store,
                                     GError      **error);

G_END_DECLS
