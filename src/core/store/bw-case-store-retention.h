/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <gio/gio.h>

#include "bw-case-store.h"

G_BEGIN_DECLS

/* Desktop-local retention (docs/security.md, "Retention"), on the case
 * store. The server is the authority and purges at its own norm; this
 * covers desktops that were offline or never synced. */

/* Purges every closed case whose closed_on is more than @months months
 * before @today (YYYY-MM-DD) and that has no change waiting to be pushed
 * (on a desktop that never synced every record waits, so there the wait
 * does not count): its counts go into the local aggregates table, the
 * case and everything under or about it is deleted with secure_delete and
 * the full-text index is rewritten, in one transaction on a connection of
 * its own (so it may run on any thread); the WAL is checkpointed after.
 * Sets *@n_purged. Does not emit case-changed (the async variant does). */
gboolean bw_case_store_purge_closed        (BwCaseStore         *self,
                                            guint                months,
                                            const char          *today,
                                            guint               *n_purged,
                                            GError             **error);

/* The same on a worker thread, with today in Europe/Amsterdam; on the
 * main thread emits case-changed (0) when cases were purged. */
void     bw_case_store_purge_closed_async  (BwCaseStore         *self,
                                            guint                months,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data);
gboolean bw_case_store_purge_closed_finish (BwCaseStore         *self,
                                            GAsyncResult        *result,
                                            guint               *n_purged,
                                            GError             **error);

/* The local aggregate count for (@buurt_code, @month YYYY-MM, @measure,
 * @value); 0 when there is none. */
gint64   bw_case_store_get_aggregate       (BwCaseStore         *self,
                                            const char          *buurt_code,
                                            const char          *month,
                                            const char          *measure,
                                            const char          *value);

G_END_DECLS
