/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <glib.h>

#include "bw-storage.h"

G_BEGIN_DECLS

/* The server database of a test, on the backend the suite runs on: a file
 * in the test's folder, or with BW_TEST_BACKEND=postgresql a new database
 * in the suite's own throw-away cluster (bw-test-postgresql.h). Tests look
 * inside through the server's storage interface, so the same SQL runs on
 * both. */

gboolean   bw_test_server_db_is_postgresql (void);
/* A new, empty server database: its --db argument. On PostgreSQL the
 * server's files that go with it (bw_storage_get_sidecar_path()) are put in
 * @dir: STATE_DIRECTORY is set for this process and its servers. */
char      *bw_test_server_db_new    (const char  *dir,
                                     const char  *name);
/* A copy of @location as it is now (nothing may be connected to it):
 * the file @name in @dir, or CREATE DATABASE … TEMPLATE named after the
 * database, @name and a counter. By @location's backend, whatever the suite's. */
char      *bw_test_server_db_copy   (const char  *location,
                                     const char  *dir,
                                     const char  *name);
/* @location as @backup (a copy of it) was: the file copied back, or the
 * database dropped and made again from it. Nothing may be connected. */
void       bw_test_server_db_restore (const char *location,
                                      const char *backup);
/* @location gone: its files, or DROP DATABASE (sessions ended). */
void       bw_test_server_db_drop   (const char *location);
/* The name of the PostgreSQL database @location. */
char      *bw_test_server_db_name   (const char *location);
/* Runs @sql on @location's cluster, from its "postgres" database
 * (CREATE, DROP and ALTER DATABASE). */
void       bw_test_server_db_cluster_exec (const char *location,
                                           const char *sql);
/* The file where a server keeps what it served from @location. */
char      *bw_test_server_db_served_path (const char *location);
BwStorage *bw_test_server_db_open   (const char  *location);
/* The first column of the first row of @sql (?1 bound to @arg), or -1. */
gint64     bw_test_server_db_count  (const char  *location,
                                     const char  *sql,
                                     const char  *arg);
/* The rows of each of @queries (NULL-terminated) as text, columns
 * separated by "|", a line per row and "--" after each query: what a test
 * compares before and after something that must change nothing. */
char      *bw_test_server_db_dump   (const char  *location,
                                     const char * const *queries);
/* Runs @sql; the error when it is refused. */
GError    *bw_test_server_db_try_exec (const char *location,
                                       const char *sql);

/* Skips the running test on PostgreSQL, saying @why (what it checks is
 * SQLite's alone: its file, its pages). Returns TRUE when skipped. */
gboolean   bw_test_server_db_skip_on_postgresql (const char *why);

G_END_DECLS
