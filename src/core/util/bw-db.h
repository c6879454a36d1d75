/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

/* One database layer for the desktop and the server (docs/architecture.md):
 * the connection policy, one statement cache per connection, one error
 * helper and one migration runner. No GTK; in the common library.
 *
 * A BwDb is one SQLite connection. It is used by one thread at a time (the
 * statement cache has its own lock, the statements have none). */

#define BW_DB_ERROR (bw_db_error_quark ())

typedef enum {
  BW_DB_ERROR_FAILED,       /* any other refusal; the message says why */
  BW_DB_ERROR_BUSY,         /* another connection held the lock too long */
  BW_DB_ERROR_FULL,         /* the disk is full */
  BW_DB_ERROR_CORRUPT,      /* the file is damaged or no database */
  BW_DB_ERROR_CONSTRAINT,   /* a row broke a constraint (unique, check, ...) */
  BW_DB_ERROR_TOO_NEW,      /* written by a newer schema than the caller knows */
  BW_DB_ERROR_VALUE,        /* a value the column refuses: a wrong type, or too big */
} BwDbError;

GQuark bw_db_error_quark (void);

typedef enum {
  /* Creates a missing file with mode 0600 before SQLite opens it (never
   * opens and closes an existing one: that would drop this process's POSIX
   * locks on it). SQLite gives the -wal and -shm files the same mode. */
  BW_DB_CREATE_PRIVATE = 1 << 0,
  /* Read only: no pragma is set, only the busy timeout. */
  BW_DB_READ_ONLY      = 1 << 1,
  /* PRAGMA journal_mode = WAL. */
  BW_DB_WAL            = 1 << 2,
  /* PRAGMA secure_delete = ON: deleted content is overwritten. */
  BW_DB_SECURE_DELETE  = 1 << 3,
  /* SQLITE_OPEN_NOMUTEX: the connection is used by one thread at a time. */
  BW_DB_ONE_THREAD     = 1 << 4,
} BwDbFlags;

/* The connection policy. Every writable connection also gets
 * synchronous = FULL and foreign_keys = ON, and extended result codes. */
typedef struct {
  BwDbFlags flags;
  guint     busy_timeout_ms;  /* 0: SQLite's default (fail at once) */
  int       cache_size;       /* PRAGMA cache_size; 0 keeps SQLite's default */
} BwDbPolicy;

typedef struct _BwDb BwDb;

/* A statement from the cache. Release it (or let g_autoptr do it) when
 * done: that resets it and clears its bindings, so no read stays open. It
 * is never finalized by the caller. */
typedef sqlite3_stmt BwDbStatement;

BwDb          *bw_db_open              (const char        *path,
                                        const BwDbPolicy  *policy,
                                        GError           **error);
void           bw_db_close             (BwDb              *db);
sqlite3       *bw_db_get_handle        (BwDb              *db);
const char    *bw_db_get_path          (BwDb              *db);

/* The cached statement for @sql (by its text), reset and without bindings;
 * prepared once per connection. NULL and @error set when SQLite refuses. */
BwDbStatement *bw_db_prepare           (BwDb              *db,
                                        const char        *sql,
                                        GError           **error);
void           bw_db_statement_release (BwDbStatement     *stmt);
/* Steps a bound statement that returns no rows, then resets it. */
gboolean       bw_db_step_done         (BwDb              *db,
                                        BwDbStatement     *stmt,
                                        GError           **error);
/* Runs SQL text (any number of statements) that returns no rows. */
gboolean       bw_db_exec              (BwDb              *db,
                                        const char        *sql,
                                        GError           **error);
/* The number of statements in the cache (for tests). */
guint          bw_db_get_n_cached      (BwDb              *db);

/* The one error helper: sets @error in BW_DB_ERROR from the SQLite result
 * code @rc (0 takes the connection's last one) and the connection's
 * message. Always returns FALSE. @handle may be NULL. */
gboolean       bw_db_set_error         (BwDb              *db,
                                        int                rc,
                                        GError           **error);
gboolean       bw_db_set_error_from_handle (sqlite3       *handle,
                                        int                rc,
                                        GError           **error);

/* Transactions: BEGIN IMMEDIATE (the write lock at once, so a busy
 * database fails here and not halfway), COMMIT, ROLLBACK; named savepoints
 * inside them. rollback and rollback_to never fail. */
gboolean       bw_db_begin             (BwDb              *db,
                                        GError           **error);
gboolean       bw_db_commit            (BwDb              *db,
                                        GError           **error);
void           bw_db_rollback          (BwDb              *db);
gboolean       bw_db_savepoint         (BwDb              *db,
                                        const char        *name,
                                        GError           **error);
gboolean       bw_db_release           (BwDb              *db,
                                        const char        *name,
                                        GError           **error);
/* Undoes what happened since the savepoint @name and releases it. */
void           bw_db_rollback_to       (BwDb              *db,
                                        const char        *name);

/* Migrations. Step i brings the schema from user_version i to i + 1: its
 * @sql (if any) and then its @func (if any) run in one transaction together
 * with the new user_version, so a step is done wholly or not at all. */
typedef gboolean (*BwDbMigrationFunc) (BwDb      *db,
                                       gpointer   user_data,
                                       GError   **error);

typedef struct {
  const char        *sql;
  BwDbMigrationFunc  func;
} BwDbMigration;

/* PRAGMA user_version, or -1 when it cannot be read. */
int            bw_db_get_user_version  (BwDb              *db);
/* Runs the steps after the database's user_version. A database newer than
 * @n_steps fails with BW_DB_ERROR_TOO_NEW and is not touched. */
gboolean       bw_db_migrate           (BwDb                 *db,
                                        const BwDbMigration  *steps,
                                        guint                 n_steps,
                                        gpointer              user_data,
                                        GError              **error);

/* The meta table (key TEXT PRIMARY KEY, value TEXT) that the desktop's
 * and the server's schemas both have. get_meta() is NULL when the key is
 * absent or the read fails; set_meta() replaces the value (NULL binds
 * SQL NULL, which the schema may refuse). */
char          *bw_db_get_meta          (BwDb              *db,
                                        const char        *key);
gboolean       bw_db_set_meta          (BwDb              *db,
                                        const char        *key,
                                        const char        *value,
                                        GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BwDb, bw_db_close)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BwDbStatement, bw_db_statement_release)

G_END_DECLS
