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

G_END_DECLS
