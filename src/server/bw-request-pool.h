/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include "bw-server-store.h"

G_BEGIN_DECLS

#define BW_TYPE_REQUEST_POOL (bw_request_pool_get_type ())
G_DECLARE_FINAL_TYPE (BwRequestPool, bw_request_pool, BW, REQUEST_POOL, GObject)

/* Runs the database work of requests on a bounded pool of worker threads,
 * each with its own connection to the server database (WAL: readers go on
 * while one writer writes; writers take turns), so that neither disk
 * (fsync) nor a large page blocks the main loop. */

/* In a worker thread. @store is the worker's own connection, or NULL when
 * it could not be opened (@open_error says why). */
typedef void (*BwRequestWork) (BwServerStore *store,
                               const GError  *open_error,
                               gpointer       data);

/* @max_threads workers at most, on @path; @done calls come back in the
 * thread-default main context of the caller of this function. */
BwRequestPool *bw_request_pool_new (const char    *path,
                                    guint          max_threads);
/* Runs @work (@data) in a worker, then @done (@data) in the main context.
 * Work that @writes takes turns with other writing work in this process
 * (SQLite has one writer at a time; waiting here is cheaper than SQLite's
 * busy timeout, which sleeps). */
void           bw_request_pool_run (BwRequestPool *self,
                                    BwRequestWork  work,
                                    GSourceFunc    done,
                                    gpointer       data,
                                    gboolean       writes);

G_END_DECLS
