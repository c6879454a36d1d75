/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-util"
/* One database layer for the desktop and the server: see bw-db.h. */

#include "config.h"

#include <errno.h>
#include <fcntl.h>

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "bw-db.h"
#include "bw-name-order.h"
#include "bw-sqlite.h"

G_DEFINE_QUARK (bw-db-error-quark, bw_db_error)

struct _BwDb
{
  sqlite3 *handle;
  char *path;
  GMutex cache_lock;
  GHashTable *statements;   /* char *sql -> sqlite3_stmt * */
};

/* Errors */

static int
error_code (int rc)
{
  switch (rc & 0xff)
    {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return BW_DB_ERROR_BUSY;
    case SQLITE_FULL:
      return BW_DB_ERROR_FULL;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return BW_DB_ERROR_CORRUPT;
    case SQLITE_CONSTRAINT:
      return BW_DB_ERROR_CONSTRAINT;
    case SQLITE_MISMATCH:
    case SQLITE_TOOBIG:
      return BW_DB_ERROR_VALUE;
    default:
      return BW_DB_ERROR_FAILED;
    }
}

gboolean
bw_db_set_error_from_handle (sqlite3  *handle,
                             int       rc,
                             GError  **error)
{
  const char *reason;
  int code;

  if (rc == SQLITE_OK || rc == SQLITE_ROW || rc == SQLITE_DONE)
    rc = handle ? sqlite3_extended_errcode (handle) : SQLITE_ERROR;
  if (rc == SQLITE_OK)
    rc = SQLITE_ERROR;
  code = error_code (rc);

  /* The one wording; the reason in words a person understands where
   * SQLite's own would not help them. */
  switch (code)
    {
    case BW_DB_ERROR_BUSY:
      reason = _("another program is using it; try again");
      break;
    case BW_DB_ERROR_FULL:
      reason = _("the disk is full");
      break;
    case BW_DB_ERROR_CORRUPT:
      reason = _("the file is damaged");
      break;
    default:
      reason = handle && (sqlite3_extended_errcode (handle) & 0xff) == (rc & 0xff)
               ? sqlite3_errmsg (handle) : sqlite3_errstr (rc);
      break;
    }
  g_set_error (error, BW_DB_ERROR, code,
               _("The database could not be written or read: %s"), reason);
  return FALSE;
}

gboolean
bw_db_set_error (BwDb     *db,
                 int       rc,
                 GError  **error)
{
  return bw_db_set_error_from_handle (db ? db->handle : NULL, rc, error);
}

/* Opening */

static gboolean
create_private_file (const char  *path,
                     GError     **error)
{
  /* Special-category personal data: only the user may read the file.
   * O_EXCL: an existing file is never opened and closed here, because
   * closing a descriptor drops every POSIX lock this process holds on the
   * file, those of SQLite connections already open on it too. */
  int fd = g_open (path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);

  if (fd < 0 && errno == EEXIST)
    return TRUE;
  if (fd < 0)
    {
      int saved_errno = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Cannot create the database %s: %s"), path, g_strerror (saved_errno));
      return FALSE;
    }
  g_close (fd, NULL);
  return TRUE;
}

static int
collate_names (void       *data,
               int         a_len,
               const void *a,
               int         b_len,
               const void *b)
{
  return bw_name_compare (a, a_len, b, b_len);
}

static void
finalize_statement (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

BwDb *
bw_db_open (const char        *path,
            const BwDbPolicy  *policy,
            GError           **error)
{
  g_autoptr(BwDb) db = NULL;
  int open_flags;
  int rc;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (policy != NULL, NULL);

  if ((policy->flags & BW_DB_CREATE_PRIVATE) && !create_private_file (path, error))
    return NULL;

  db = g_new0 (BwDb, 1);
  db->path = g_strdup (path);
  g_mutex_init (&db->cache_lock);
  db->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, finalize_statement);

  if (policy->flags & BW_DB_READ_ONLY)
    open_flags = SQLITE_OPEN_READONLY;
  else if (policy->flags & BW_DB_CREATE_PRIVATE)
    open_flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
  else
    open_flags = SQLITE_OPEN_READWRITE;
  if (policy->flags & BW_DB_ONE_THREAD)
    open_flags |= SQLITE_OPEN_NOMUTEX;

  rc = sqlite3_open_v2 (path, &db->handle, open_flags, NULL);
  if (rc != SQLITE_OK)
    return (bw_db_set_error (db, rc, error), NULL);

  if (policy->busy_timeout_ms > 0)
    sqlite3_busy_timeout (db->handle, policy->busy_timeout_ms);
  /* On every connection, read-only ones too: an index in this order
   * cannot be read or written without it. */
  sqlite3_create_collation (db->handle, BW_NAME_COLLATION, SQLITE_UTF8, NULL, collate_names);
  if (policy->flags & BW_DB_READ_ONLY)
    return g_steal_pointer (&db);

  sqlite3_extended_result_codes (db->handle, 1);
  /* An acknowledged write must survive a power cut (WAL, synchronous =
   * FULL: docs/sync-protocol.md, "Durability"). */
  if ((policy->flags & BW_DB_WAL) && !bw_db_exec (db, "PRAGMA journal_mode = WAL", error))
    return NULL;
  if (!bw_db_exec (db, "PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON", error))
    return NULL;
  /* Savepoints' journals and sorts stay in memory: a temporary file
   * would take a write per page a savepoint touches, and would leave
   * personal data on the disk after it is unlinked. */
  if (!bw_db_exec (db, "PRAGMA temp_store = MEMORY", error))
    return NULL;
  if ((policy->flags & BW_DB_SECURE_DELETE) && !bw_db_exec (db, "PRAGMA secure_delete = ON", error))
    return NULL;
  if (policy->cache_size != 0)
    {
      g_autofree char *sql = g_strdup_printf ("PRAGMA cache_size = %d", policy->cache_size);

      if (!bw_db_exec (db, sql, error))
        return NULL;
    }
  return g_steal_pointer (&db);
}

void
bw_db_close (BwDb *db)
{
  if (db == NULL)
    return;
  g_clear_pointer (&db->statements, g_hash_table_unref);
  if (db->handle)
    sqlite3_close (db->handle);
  g_mutex_clear (&db->cache_lock);
  g_free (db->path);
  g_free (db);
}

sqlite3 *
bw_db_get_handle (BwDb *db)
{
  g_return_val_if_fail (db != NULL, NULL);
  return db->handle;
}

const char *
bw_db_get_path (BwDb *db)
{
  g_return_val_if_fail (db != NULL, NULL);
  return db->path;
}

/* Statements */

BwDbStatement *
bw_db_prepare (BwDb        *db,
               const char  *sql,
               GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (db != NULL, NULL);
  g_return_val_if_fail (sql != NULL, NULL);

  g_mutex_lock (&db->cache_lock);
  stmt = g_hash_table_lookup (db->statements, sql);
  g_mutex_unlock (&db->cache_lock);
  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  rc = sqlite3_prepare_v3 (db->handle, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      bw_db_set_error (db, rc, error);
      return NULL;
    }
  g_mutex_lock (&db->cache_lock);
  g_hash_table_insert (db->statements, g_strdup (sql), stmt);
  g_mutex_unlock (&db->cache_lock);
  return stmt;
}

void
bw_db_statement_release (BwDbStatement *stmt)
{
  if (stmt == NULL)
    return;
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
}

gboolean
bw_db_step_done (BwDb           *db,
                 BwDbStatement  *stmt,
                 GError        **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return bw_db_set_error (db, rc, error);
  return TRUE;
}

gboolean
bw_db_exec (BwDb        *db,
            const char  *sql,
            GError     **error)
{
  int rc;

  g_return_val_if_fail (db != NULL, FALSE);

  rc = sqlite3_exec (db->handle, sql, NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    return bw_db_set_error (db, rc, error);
  return TRUE;
}

guint
bw_db_get_n_cached (BwDb *db)
{
  guint n;

  g_return_val_if_fail (db != NULL, 0);
  g_mutex_lock (&db->cache_lock);
  n = g_hash_table_size (db->statements);
  g_mutex_unlock (&db->cache_lock);
  return n;
}

/* Transactions */

gboolean
bw_db_begin (BwDb    *db,
             GError **error)
{
  return bw_db_exec (db, "BEGIN IMMEDIATE", error);
}

gboolean
bw_db_commit (BwDb    *db,
              GError **error)
{
  return bw_db_exec (db, "COMMIT", error);
}

void
bw_db_rollback (BwDb *db)
{
  g_return_if_fail (db != NULL);
  if (!sqlite3_get_autocommit (db->handle))
    sqlite3_exec (db->handle, "ROLLBACK", NULL, NULL, NULL);
}

static gboolean
is_name (const char *name)
{
  if (name == NULL || !g_ascii_isalpha (*name))
    return FALSE;
  for (const char *p = name; *p; p++)
    if (!g_ascii_isalnum (*p) && *p != '_')
      return FALSE;
  return TRUE;
}

gboolean
bw_db_savepoint (BwDb        *db,
                 const char  *name,
                 GError     **error)
{
  g_autofree char *sql = NULL;

  g_return_val_if_fail (is_name (name), FALSE);
  sql = g_strconcat ("SAVEPOINT ", name, NULL);
  return bw_db_exec (db, sql, error);
}

gboolean
bw_db_release (BwDb        *db,
               const char  *name,
               GError     **error)
{
  g_autofree char *sql = NULL;

  g_return_val_if_fail (is_name (name), FALSE);
  sql = g_strconcat ("RELEASE ", name, NULL);
  return bw_db_exec (db, sql, error);
}

void
bw_db_rollback_to (BwDb       *db,
                   const char *name)
{
  g_autofree char *sql = NULL;

  g_return_if_fail (db != NULL);
  g_return_if_fail (is_name (name));
  sql = g_strdup_printf ("ROLLBACK TO %s; RELEASE %s", name, name);
  sqlite3_exec (db->handle, sql, NULL, NULL, NULL);
}

/* Migrations */

int
bw_db_get_user_version (BwDb *db)
{
  sqlite3_stmt *stmt = NULL;
  int version = -1;

  g_return_val_if_fail (db != NULL, -1);
  if (sqlite3_prepare_v2 (db->handle, "PRAGMA user_version", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    version = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  return version;
}

gboolean
bw_db_migrate (BwDb                 *db,
               const BwDbMigration  *steps,
               guint                 n_steps,
               gpointer              user_data,
               GError              **error)
{
  int version;

  g_return_val_if_fail (db != NULL, FALSE);
  g_return_val_if_fail (steps != NULL || n_steps == 0, FALSE);

  version = bw_db_get_user_version (db);
  if (version < 0)
    return bw_db_set_error (db, 0, error);
  if ((guint) version > n_steps)
    {
      g_set_error (error, BW_DB_ERROR, BW_DB_ERROR_TOO_NEW,
                   _("The database was made by a newer version of Buurtwerk; update Buurtwerk to open it"));
      return FALSE;
    }

  for (guint step = version; step < n_steps; step++)
    {
      g_autofree char *bump = g_strdup_printf ("PRAGMA user_version = %u", step + 1);

      if (!bw_db_begin (db, error))
        return FALSE;
      if ((steps[step].sql != NULL && !bw_db_exec (db, steps[step].sql, error)) ||
          (steps[step].func != NULL && !steps[step].func (db, user_data, error)) ||
          !bw_db_exec (db, bump, error) ||
          !bw_db_commit (db, error))
        {
          bw_db_rollback (db);
          return FALSE;
        }
    }
  return TRUE;
}

/* The meta table */

char *
bw_db_get_meta (BwDb       *db,
                const char *key)
{
  sqlite3_stmt *stmt = bw_db_prepare (db, "SELECT value FROM meta WHERE key = ?1", NULL);
  char *value = NULL;

  if (stmt == NULL)
    return NULL;
  bw_sqlite_bind_text (stmt, 1, key);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = g_strdup (bw_sqlite_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return value;
}

gboolean
bw_db_set_meta (BwDb        *db,
                const char  *key,
                const char  *value,
                GError     **error)
{
  sqlite3_stmt *stmt = bw_db_prepare (db, "INSERT OR REPLACE INTO meta (key, value) VALUES (?1, ?2)", error);

  if (stmt == NULL)
    return FALSE;
  bw_sqlite_bind_text (stmt, 1, key);
  bw_sqlite_bind_text (stmt, 2, value);
  return bw_db_step_done (db, stmt, error);
}
