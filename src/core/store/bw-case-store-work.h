/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <gio/gio.h>

#include "bw-case-store.h"
#include "bw-work-item.h"

G_BEGIN_DECLS

/* "My work" (bw-case-store-work.c): what the signed-in worker has to do,
 * per section, read from indexes so that it stays fast at 100,000 cases.
 * "Mine" is a case whose owner is the user, and an action assigned to
 * the user or, without an assignee, an action of a case of the user's. */

/* The SQL of @section (for the test of its plan): ?1 the user's id, ?2
 * today, ?3 the section's other date (see bw-case-store-work.c). */
const char   *bw_case_store_work_sql        (BwWorkSection  section);

/* The items of @section for @user_id, @today an ISO date, in the
 * calling thread's connection. */
GListModel   *bw_case_store_list_work       (BwCaseStore   *self,
                                             BwWorkSection  section,
                                             gint64         user_id,
                                             const char    *today,
                                             GError       **error);

/* Every section, on the store's read thread, for the signed-in user
 * (bw_case_store_get_user_id()) today in Europe/Amsterdam. finish()
 * gives a GPtrArray of BW_WORK_N_SECTIONS GListModels of BwWorkItem. */
void          bw_case_store_read_work_async  (BwCaseStore          *self,
                                              GCancellable         *cancellable,
                                              GAsyncReadyCallback   callback,
                                              gpointer              user_data);
GPtrArray    *bw_case_store_read_work_finish (BwCaseStore          *self,
                                              GAsyncResult         *result,
                                              GError              **error);

/* Marks action @action_id done today (done_on) or not done, as the case
 * page's check does; on the write thread, with ::case-changed. */
void          bw_case_store_complete_action_async  (BwCaseStore          *self,
                                                    gint64                action_id,
                                                    GCancellable         *cancellable,
                                                    GAsyncReadyCallback   callback,
                                                    gpointer              user_data);
gboolean      bw_case_store_complete_action_finish (BwCaseStore          *self,
                                                    GAsyncResult         *result,
                                                    GError              **error);

G_END_DECLS
