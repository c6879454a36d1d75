/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A throw-away PostgreSQL cluster that a test process starts itself: its
 * own temporary folder, only a Unix socket there (no TCP port, so test
 * processes running side by side never meet), user "buurtwerk" with trust
 * authentication. It ends with the process: stopped and removed at exit,
 * and killed by the kernel (SIGQUIT) if the process dies another way. */

#define BW_TEST_POSTGRESQL_ERROR (bw_test_postgresql_error_quark ())

typedef enum {
  BW_TEST_POSTGRESQL_ERROR_NOT_FOUND,   /* no server binaries on this machine */
  BW_TEST_POSTGRESQL_ERROR_FAILED,
} BwTestPostgresqlError;

GQuark bw_test_postgresql_error_quark (void);

/* TRUE when the environment asks for the PostgreSQL backend
 * (BW_TEST_BACKEND=postgresql). */
gboolean bw_test_postgresql_wanted (void);

/* Before the first start: run the cluster with PostgreSQL's own
 * durability (fsync, synchronous_commit, full_page_writes on) rather than
 * without it, as tests do. For benchmarks that compare it with SQLite's
 * synchronous=FULL. */
void bw_test_postgresql_set_durable (gboolean durable);

/* Starts the cluster once per process; later calls return the same string.
 * Returns a libpq key/value conninfo "host=DIR user=buurtwerk dbname=postgres"
 * (a later "dbname=..." appended to it wins). Call it from the main thread:
 * the server is tied to the life of the thread that starts it. */
const char *bw_test_postgresql_start (GError **error);

/* Starts the cluster if needed and makes a fresh, empty database in it.
 * Returns its URI "postgresql:///NAME?host=DIR&user=buurtwerk" (DIR
 * percent-encoded), what a test passes as `--db`. */
char *bw_test_postgresql_new_database (GError **error);

G_END_DECLS
