/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <gio/gio.h>

#include "bw-case-store.h"

G_BEGIN_DECLS

#define BW_TYPE_CASE_LIST (bw_case_list_get_type ())
G_DECLARE_FINAL_TYPE (BwCaseList, bw_case_list, BW, CASE_LIST, GObject)

/* A GListModel of BwCase for the cases matching a query. It holds only the
 * matching ids; a case is read from the store when a row asks for it, so
 * that 100,000 cases cost what the screen shows. Queries run on a worker
 * thread; the list follows the store's changes by itself. */

BwCaseList        *bw_case_list_new        (BwCaseStore       *store);
BwCaseStore       *bw_case_list_get_store  (BwCaseList        *self);
void               bw_case_list_set_query  (BwCaseList        *self,
                                            const BwCaseQuery *query);
const BwCaseQuery *bw_case_list_get_query  (BwCaseList        *self);
gboolean           bw_case_list_get_loading (BwCaseList       *self);
/* How many rows get_item() had to read itself, on the calling thread,
 * because no query had brought them (for tests and benches). */
guint              bw_case_list_get_n_read_on_demand (BwCaseList *self);
/* The id of the case at @position (nothing is read), or 0. */
gint64             bw_case_list_get_id     (BwCaseList        *self,
                                            guint              position);
/* For a search, the part of case @id's notes that matches it
 * (bw_case_store_note_snippet()); NULL without a search or a matching
 * note. The list redraws a row when its snippet changes. */
const char        *bw_case_list_get_snippet (BwCaseList       *self,
                                             gint64            id);
/* The position of case @id, or G_MAXUINT when it is not in the list. */
guint              bw_case_list_find       (BwCaseList        *self,
                                            gint64             id);

G_END_DECLS
