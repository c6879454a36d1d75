/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include "bw-case-store.h"

G_BEGIN_DECLS

/* Fills @store with @n_cases fictitious but realistic Heerlen-Noord cases
 * (Dutch names, streets, dates, journals, actions, scores), spread over the
 * neighbourhoods with most of them in Heerlen-Noord. The same @seed gives
 * the same data. Everything is written in one transaction. */
gboolean bw_demo_data_fill (BwCaseStore  *store,
                            guint         n_cases,
                            guint32       seed,
                            GError      **error);

/* Adds a few realistic Heerlen-Noord training offers to a store that has
 * demo cases: a Dutch course in Passart (12 placed, 2 on the waiting
 * list), digital skills in Meezenbroek (MSP), a job-application training
 * with one deliberate double booking, and an orientation on care work
 * with Zuyderland; their places, weekly sessions around @monday (a
 * YYYY-MM-DD Monday; NULL: this week's) and referrals of demo cases. The
 * same store and @monday give the same planning. One transaction. */
gboolean bw_demo_data_fill_planning (BwCaseStore  *store,
                                     const char   *monday,
                                     GError      **error);

G_END_DECLS
