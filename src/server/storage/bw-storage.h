/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <glib.h>

#include "bw-db.h"

G_BEGIN_DECLS

/* The server's storage: one connection to the server database, SQLite
 * (a file path, the default) or PostgreSQL (a libpq URI), behind one set
 * of calls (docs/architecture.md, "The server's storage").
 *
 * SQL is written once, in the subset both understand, with SQLite's
 * numbered parameters ?1, ?2, …; for PostgreSQL they become $1, $2, … and
 * the few SQLite functions the store uses exist there too (json_extract,
 * made by the schema). Where the two cannot share a text, the caller picks
 * with BW_STORAGE_SQL(). Errors are in BW_DB_ERROR, with the same codes
 * for both (a constraint, a busy database, a full disk, …).
 *
 * A BwStorage is used by one thread at a time. */

typedef enum {
  BW_STORAGE_SQLITE,
  BW_STORAGE_POSTGRESQL,
} BwStorageBackend;

/* What bw_storage_step() answers besides an error: SQLite's own codes. */
#define BW_STORAGE_ROW  100
#define BW_STORAGE_DONE 101

typedef struct _BwStorage BwStorage;
typedef struct _BwStorageStmt BwStorageStmt;

/* Whether @location names a PostgreSQL database (postgresql:// or
 * postgres://) rather than an SQLite file. */
gboolean          bw_storage_location_is_postgresql (const char *location);

/* Opens @location; for SQLite with @policy. */
BwStorage        *bw_storage_open          (const char        *location,
                                            const BwDbPolicy  *policy,
                                            GError           **error);
void              bw_storage_close         (BwStorage         *db);
BwStorageBackend  bw_storage_get_backend   (BwStorage         *db);
/* What was opened, to open it again (a URI may hold a password: never
 * log it). */
const char       *bw_storage_get_location  (BwStorage         *db);
/* The file's path, or the URI without a password: for messages. */
const char       *bw_storage_get_display_location (BwStorage  *db);

/* A file that goes with the database and not inside it: beside an SQLite
 * file (PATH@suffix), or for PostgreSQL in the server's state folder
 * (systemd's STATE_DIRECTORY, else the user's state folder under
 * buurtwerk-server), named after the database's URI. The folder is made
 * when missing. */
char             *bw_storage_get_sidecar_path (BwStorage      *db,
                                            const char        *suffix);

#define BW_STORAGE_SQL(db, sqlite_text, postgresql_text)                      \
  (bw_storage_get_backend (db) == BW_STORAGE_POSTGRESQL ? (postgresql_text) : (sqlite_text))

/* The cached statement for @sql, without bindings. Release it (or let
 * g_autoptr do it) when done: that resets it and clears its bindings. */
BwStorageStmt    *bw_storage_prepare       (BwStorage         *db,
                                            const char        *sql,
                                            GError           **error);
void              bw_storage_stmt_release  (BwStorageStmt     *stmt);

void              bw_storage_bind_int64    (BwStorageStmt     *stmt,
                                            int                index,
                                            gint64             value);
void              bw_storage_bind_double   (BwStorageStmt     *stmt,
                                            int                index,
                                            double             value);
/* NULL binds SQL NULL. */
void              bw_storage_bind_text     (BwStorageStmt     *stmt,
                                            int                index,
                                            const char        *text);
void              bw_storage_bind_blob     (BwStorageStmt     *stmt,
                                            int                index,
                                            const void        *data,
                                            gsize              size);
void              bw_storage_bind_null     (BwStorageStmt     *stmt,
                                            int                index);

/* BW_STORAGE_ROW, BW_STORAGE_DONE, or another code that
 * bw_storage_set_error() turns into a GError. */
int               bw_storage_step          (BwStorageStmt     *stmt);
/* Ends the statement's run; its bindings stay. */
void              bw_storage_reset         (BwStorageStmt     *stmt);

gint64            bw_storage_column_int64  (BwStorageStmt     *stmt,
                                            int                column);
int               bw_storage_column_int    (BwStorageStmt     *stmt,
                                            int                column);
double            bw_storage_column_double (BwStorageStmt     *stmt,
                                            int                column);
/* NULL for SQL NULL; valid until the next step or reset. */
const char       *bw_storage_column_text   (BwStorageStmt     *stmt,
                                            int                column);
const void       *bw_storage_column_blob   (BwStorageStmt     *stmt,
                                            int                column);
gsize             bw_storage_column_bytes  (BwStorageStmt     *stmt,
                                            int                column);
gboolean          bw_storage_column_is_null (BwStorageStmt    *stmt,
                                            int                column);
/* Whether the column holds bytes (a BLOB on SQLite, BYTEA on PostgreSQL). */
gboolean          bw_storage_column_is_blob (BwStorageStmt    *stmt,
                                            int                column);
/* The columns of the statement's rows (for PostgreSQL, once stepped). */
int               bw_storage_column_count  (BwStorageStmt     *stmt);
const char       *bw_storage_column_name   (BwStorageStmt     *stmt,
                                            int                column);

/* Steps a bound statement that returns no rows, then resets it. */
gboolean          bw_storage_step_done     (BwStorage         *db,
                                            BwStorageStmt     *stmt,
                                            GError           **error);
/* Sets @error from @rc (0: the connection's last error). Returns FALSE. */
gboolean          bw_storage_set_error     (BwStorage         *db,
                                            int                rc,
                                            GError           **error);
/* Runs SQL text (any number of statements) that returns no rows. */
gboolean          bw_storage_exec          (BwStorage         *db,
                                            const char        *sql,
                                            GError           **error);
/* The rows the last INSERT, UPDATE or DELETE changed. */
gint64            bw_storage_changes       (BwStorage         *db);

/* A write transaction: writers take their turn at its start (SQLite's
 * BEGIN IMMEDIATE; on PostgreSQL one transaction-scoped lock), so one
 * never fails halfway because of another. */
gboolean          bw_storage_begin         (BwStorage         *db,
                                            GError           **error);
/* A read transaction: everything in it reads one snapshot (on
 * PostgreSQL, REPEATABLE READ). */
gboolean          bw_storage_begin_read    (BwStorage         *db,
                                            GError           **error);
gboolean          bw_storage_commit        (BwStorage         *db,
                                            GError           **error);
/* Never fails; does nothing outside a transaction. */
void              bw_storage_rollback      (BwStorage         *db);

/* Migrations: step i brings the schema from version i to i + 1, each
 * backend with its own SQL text (NULL: nothing to do there), then @func;
 * all in one transaction with the new version. On PostgreSQL, processes
 * starting at once take turns. */
typedef gboolean (*BwStorageMigrationFunc) (BwStorage  *db,
                                            gpointer    user_data,
                                            GError    **error);
typedef struct {
  const char             *sqlite;
  const char             *postgresql;
  BwStorageMigrationFunc  func;
} BwStorageMigration;

/* The schema version, or -1 when it cannot be read. */
int               bw_storage_get_version   (BwStorage         *db);
gboolean          bw_storage_migrate       (BwStorage                *db,
                                            const BwStorageMigration *steps,
                                            guint                     n_steps,
                                            gpointer                  user_data,
                                            GError                  **error);

/* The names of the database's own tables (not SQLite's, not the
 * catalogue's), sorted; NULL with @error set when they cannot be read. */
GStrv             bw_storage_list_tables   (BwStorage         *db,
                                            GError           **error);

/* The meta table (key TEXT PRIMARY KEY, value TEXT). */
char             *bw_storage_get_meta      (BwStorage         *db,
                                            const char        *key);
gboolean          bw_storage_set_meta      (BwStorage         *db,
                                            const char        *key,
                                            const char        *value,
                                            GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BwStorage, bw_storage_close)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BwStorageStmt, bw_storage_stmt_release)

G_END_DECLS
