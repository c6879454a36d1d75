/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-server"
/* The server's storage: the calls, and the SQLite backend through the
 * common BwDb. PostgreSQL is in bw-storage-postgresql.c. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gstdio.h>

#include "bw-sqlite.h"
#include "bw-storage-private.h"

/* The lock every PostgreSQL writer takes at BEGIN, and the one for
 * migrations; any two numbers of the server's own. */
#define WRITE_LOCK   "4207311001"
#define MIGRATE_LOCK "4207311002"

gboolean
bw_storage_location_is_postgresql (const char *location)
{
  return location != NULL &&
         (g_str_has_prefix (location, "postgresql://") || g_str_has_prefix (location, "postgres://"));
}

static void
stmt_free (gpointer data)
{
  BwStorageStmt *stmt = data;

  if (stmt->db->backend == BW_STORAGE_POSTGRESQL)
    bw_storage_pg_stmt_free (stmt);
  /* An SQLite statement belongs to BwDb's cache. */
  g_free (stmt);
}

BwStorage *
bw_storage_open (const char        *location,
                 const BwDbPolicy  *policy,
                 GError           **error)
{
  g_autoptr(BwStorage) db = g_new0 (BwStorage, 1);

  g_return_val_if_fail (location != NULL, NULL);

  db->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, stmt_free);
  if (bw_storage_location_is_postgresql (location))
    {
      db->backend = BW_STORAGE_POSTGRESQL;
      if (!bw_storage_pg_open (db, location, error))
        return NULL;
      return g_steal_pointer (&db);
    }
  db->backend = BW_STORAGE_SQLITE;
  db->location = g_strdup (location);
  db->sqlite = bw_db_open (location, policy, error);
  if (db->sqlite == NULL)
    return NULL;
  return g_steal_pointer (&db);
}

void
bw_storage_close (BwStorage *db)
{
  if (db == NULL)
    return;
  /* The statements go before their connection. */
  g_clear_pointer (&db->statements, g_hash_table_unref);
  if (db->backend == BW_STORAGE_POSTGRESQL)
    bw_storage_pg_close (db);
  g_clear_pointer (&db->sqlite, bw_db_close);
  g_free (db->location);
  g_free (db->display);
  g_free (db->message);
  g_free (db);
}

BwStorageBackend
bw_storage_get_backend (BwStorage *db)
{
  return db->backend;
}

const char *
bw_storage_get_location (BwStorage *db)
{
  return db->location;
}

const char *
bw_storage_get_display_location (BwStorage *db)
{
  return db->display != NULL ? db->display : db->location;
}

char *
bw_storage_get_sidecar_path (BwStorage  *db,
                             const char *suffix)
{
  g_autofree char *dir = NULL;
  g_autofree char *hash = NULL;
  g_auto(GStrv) dirs = NULL;
  const char *state = g_getenv ("STATE_DIRECTORY");

  if (db->backend == BW_STORAGE_SQLITE)
    return g_strconcat (db->location, suffix, NULL);
  /* systemd may list several folders, separated by colons. */
  dirs = g_strsplit (state != NULL ? state : "", ":", 2);
  dir = dirs[0] != NULL && *dirs[0] ? g_strdup (dirs[0])
                                    : g_build_filename (g_get_user_state_dir (), "buurtwerk-server", NULL);
  g_mkdir_with_parents (dir, 0700);
  /* Without the password, which may change. */
  hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, bw_storage_get_display_location (db), -1);
  hash[16] = '\0';
  return g_strdup_printf ("%s/postgresql-%s%s", dir, hash, suffix);
}

/* Statements */

BwStorageStmt *
bw_storage_prepare (BwStorage   *db,
                    const char  *sql,
                    GError     **error)
{
  BwStorageStmt *stmt;

  g_return_val_if_fail (db != NULL, NULL);
  g_return_val_if_fail (sql != NULL, NULL);

  stmt = g_hash_table_lookup (db->statements, sql);
  if (stmt != NULL)
    {
      bw_storage_reset (stmt);
      if (db->backend == BW_STORAGE_POSTGRESQL)
        bw_storage_pg_clear_bindings (stmt);
      else
        sqlite3_clear_bindings (stmt->sqlite);
      return stmt;
    }
  if (db->backend == BW_STORAGE_POSTGRESQL)
    stmt = bw_storage_pg_prepare (db, sql, error);
  else
    {
      sqlite3_stmt *handle = bw_db_prepare (db->sqlite, sql, error);

      if (handle == NULL)
        return NULL;
      stmt = g_new0 (BwStorageStmt, 1);
      stmt->db = db;
      stmt->sqlite = handle;
    }
  if (stmt == NULL)
    return NULL;
  g_hash_table_insert (db->statements, g_strdup (sql), stmt);
  return stmt;
}

void
bw_storage_stmt_release (BwStorageStmt *stmt)
{
  if (stmt == NULL)
    return;
  bw_storage_reset (stmt);
  if (stmt->db->backend == BW_STORAGE_POSTGRESQL)
    bw_storage_pg_clear_bindings (stmt);
  else
    sqlite3_clear_bindings (stmt->sqlite);
}

void
bw_storage_bind_int64 (BwStorageStmt *stmt,
                       int            index,
                       gint64         value)
{
  if (stmt->db->backend == BW_STORAGE_POSTGRESQL)
    bw_storage_pg_bind (stmt, index, g_strdup_printf ("%" G_GINT64_FORMAT, value), -1, 0);
  else
    sqlite3_bind_int64 (stmt->sqlite, index, value);
}

void
bw_storage_bind_double (BwStorageStmt *stmt,
                        int            index,
                        double         value)
{
  if (stmt->db->backend == BW_STORAGE_POSTGRESQL)
    {
      char buffer[G_ASCII_DTOSTR_BUF_SIZE];

      bw_storage_pg_bind (stmt, index, g_strdup (g_ascii_dtostr (buffer, sizeof buffer, value)), -1, 0);
    }
  else
    sqlite3_bind_double (stmt->sqlite, index, value);
}

void
bw_storage_bind_text (BwStorageStmt *stmt,
                      int            index,
                      const char    *text)
{
  if (stmt->db->backend == BW_STORAGE_POSTGRESQL)
    bw_storage_pg_bind (stmt, index, g_strdup (text), -1, 0);
  else
    bw_sqlite_bind_text (stmt->sqlite, index, text);
}

void
bw_storage_bind_blob (BwStorageStmt *stmt,
                      int            index,
                      const void    *data,
                      gsize          size)
{
  if (stmt->db->backend == BW_STORAGE_POSTGRESQL)
    bw_storage_pg_bind (stmt, index, g_memdup2 (size > 0 ? data : "", MAX (size, 1)), (int) size, 1);
  else
    sqlite3_bind_blob64 (stmt->sqlite, index, size > 0 ? data : "", size, SQLITE_TRANSIENT);
}

void
bw_storage_bind_null (BwStorageStmt *stmt,
                      int            index)
{
  if (stmt->db->backend == BW_STORAGE_POSTGRESQL)
    bw_storage_pg_bind (stmt, index, NULL, -1, 0);
  else
    sqlite3_bind_null (stmt->sqlite, index);
}

int
bw_storage_step (BwStorageStmt *stmt)
{
  if (stmt->db->backend == BW_STORAGE_POSTGRESQL)
    return bw_storage_pg_step (stmt);
  return sqlite3_step (stmt->sqlite);
}

void
bw_storage_reset (BwStorageStmt *stmt)
{
  if (stmt->db->backend == BW_STORAGE_POSTGRESQL)
    bw_storage_pg_reset (stmt);
  else
    sqlite3_reset (stmt->sqlite);
}

/* PostgreSQL answers in text: a number, or a boolean as t or f. */
static gint64
parse_int64 (const char *text)
{
  if (text == NULL)
    return 0;
  if (text[0] == 't' && text[1] == '\0')
    return 1;
  return g_ascii_strtoll (text, NULL, 10);
}

gint64
bw_storage_column_int64 (BwStorageStmt *stmt,
                         int            column)
{
  if (stmt->db->backend == BW_STORAGE_POSTGRESQL)
    return parse_int64 (bw_storage_pg_column_text (stmt, column));
  return sqlite3_column_int64 (stmt->sqlite, column);
}

int
bw_storage_column_int (BwStorageStmt *stmt,
                       int            column)
{
  return (int) CLAMP (bw_storage_column_int64 (stmt, column), G_MININT, G_MAXINT);
}

double
bw_storage_column_double (BwStorageStmt *stmt,
                          int            column)
{
  if (stmt->db->backend == BW_STORAGE_POSTGRESQL)
    {
      const char *text = bw_storage_pg_column_text (stmt, column);

      return text != NULL ? g_ascii_strtod (text, NULL) : 0.0;
    }
  return sqlite3_column_double (stmt->sqlite, column);
}

const char *
bw_storage_column_text (BwStorageStmt *stmt,
                        int            column)
{
  if (stmt->db->backend == BW_STORAGE_POSTGRESQL)
    return bw_storage_pg_column_text (stmt, column);
  return bw_sqlite_column_text (stmt->sqlite, column);
}

const void *
bw_storage_column_blob (BwStorageStmt *stmt,
                        int            column)
{
  if (stmt->db->backend == BW_STORAGE_POSTGRESQL)
    {
      gsize size;

      return bw_storage_pg_column_blob (stmt, column, &size);
    }
  return sqlite3_column_blob (stmt->sqlite, column);
}

gsize
bw_storage_column_bytes (BwStorageStmt *stmt,
                         int            column)
{
  if (stmt->db->backend == BW_STORAGE_POSTGRESQL)
    {
      gsize size = 0;

      bw_storage_pg_column_blob (stmt, column, &size);
      return size;
    }
  return (gsize) sqlite3_column_bytes (stmt->sqlite, column);
}

gboolean
bw_storage_column_is_null (BwStorageStmt *stmt,
                           int            column)
{
  if (stmt->db->backend == BW_STORAGE_POSTGRESQL)
    return bw_storage_pg_column_text (stmt, column) == NULL;
  return sqlite3_column_type (stmt->sqlite, column) == SQLITE_NULL;
}

gboolean
bw_storage_column_is_blob (BwStorageStmt *stmt,
                           int            column)
{
  if (stmt->db->backend == BW_STORAGE_POSTGRESQL)
    return bw_storage_pg_column_is_blob (stmt, column);
  return sqlite3_column_type (stmt->sqlite, column) == SQLITE_BLOB;
}

int
bw_storage_column_count (BwStorageStmt *stmt)
{
  if (stmt->db->backend == BW_STORAGE_POSTGRESQL)
    return bw_storage_pg_column_count (stmt);
  return sqlite3_column_count (stmt->sqlite);
}

const char *
bw_storage_column_name (BwStorageStmt *stmt,
                        int            column)
{
  if (stmt->db->backend == BW_STORAGE_POSTGRESQL)
    return bw_storage_pg_column_name (stmt, column);
  return sqlite3_column_name (stmt->sqlite, column);
}

gboolean
bw_storage_step_done (BwStorage      *db,
                      BwStorageStmt  *stmt,
                      GError        **error)
{
  int rc = bw_storage_step (stmt);

  bw_storage_reset (stmt);
  if (rc != BW_STORAGE_DONE)
    return bw_storage_set_error (db, rc, error);
  return TRUE;
}

gboolean
bw_storage_set_error (BwStorage  *db,
                      int         rc,
                      GError    **error)
{
  if (db->backend == BW_STORAGE_POSTGRESQL)
    return bw_storage_pg_set_error (db, error);
  return bw_db_set_error (db->sqlite, rc, error);
}

gboolean
bw_storage_exec (BwStorage   *db,
                 const char  *sql,
                 GError     **error)
{
  if (db->backend == BW_STORAGE_POSTGRESQL)
    return bw_storage_pg_exec (db, sql, error);
  return bw_db_exec (db->sqlite, sql, error);
}

gint64
bw_storage_changes (BwStorage *db)
{
  if (db->backend == BW_STORAGE_POSTGRESQL)
    return db->changes;
  return sqlite3_changes64 (bw_db_get_handle (db->sqlite));
}

/* Transactions */

gboolean
bw_storage_begin (BwStorage  *db,
                  GError    **error)
{
  if (db->backend == BW_STORAGE_POSTGRESQL)
    {
      /* READ COMMITTED, and writers one at a time as on SQLite: a push
       * reads a record's revision and writes the next, which two
       * concurrent transactions must not both do. The lock goes with the
       * transaction. */
      if (!bw_storage_pg_exec (db, "BEGIN", error))
        return FALSE;
      db->in_transaction = TRUE;
      if (!bw_storage_pg_exec (db, "SELECT pg_advisory_xact_lock (" WRITE_LOCK ")", error))
        {
          bw_storage_rollback (db);
          return FALSE;
        }
      return TRUE;
    }
  return bw_db_begin (db->sqlite, error);
}

gboolean
bw_storage_begin_read (BwStorage  *db,
                       GError    **error)
{
  if (db->backend == BW_STORAGE_POSTGRESQL)
    {
      if (!bw_storage_pg_exec (db, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", error))
        return FALSE;
      db->in_transaction = TRUE;
      return TRUE;
    }
  return bw_db_exec (db->sqlite, "BEGIN", error);
}

gboolean
bw_storage_commit (BwStorage  *db,
                   GError    **error)
{
  if (db->backend == BW_STORAGE_POSTGRESQL)
    {
      /* Never on a connection made again: that COMMIT would commit nothing
       * and say yes. A failed COMMIT ends the transaction too. */
      gboolean done = bw_storage_pg_exec (db, "COMMIT", error);

      db->in_transaction = FALSE;
      return done;
    }
  return bw_db_commit (db->sqlite, error);
}

void
bw_storage_rollback (BwStorage *db)
{
  if (db->backend == BW_STORAGE_POSTGRESQL)
    {
      gboolean open = db->in_transaction || bw_storage_pg_in_transaction (db);

      db->in_transaction = FALSE;
      if (open)
        bw_storage_pg_exec (db, "ROLLBACK", NULL);
      return;
    }
  bw_db_rollback (db->sqlite);
}

/* Migrations */

int
bw_storage_get_version (BwStorage *db)
{
  if (db->backend == BW_STORAGE_POSTGRESQL)
    {
      BwStorageStmt *stmt;
      int version = -1;

      if (!bw_storage_pg_exec (db, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)", NULL))
        return -1;
      stmt = bw_storage_prepare (db, "SELECT coalesce (max (version), 0) FROM schema_version", NULL);
      if (stmt == NULL)
        return -1;
      if (bw_storage_step (stmt) == BW_STORAGE_ROW)
        version = bw_storage_column_int (stmt, 0);
      bw_storage_stmt_release (stmt);
      return version;
    }
  return bw_db_get_user_version (db->sqlite);
}

static gboolean
set_version (BwStorage  *db,
             guint       version,
             GError    **error)
{
  g_autofree char *sql = NULL;

  if (db->backend == BW_STORAGE_POSTGRESQL)
    sql = g_strdup_printf ("DELETE FROM schema_version; INSERT INTO schema_version (version) VALUES (%u)", version);
  else
    sql = g_strdup_printf ("PRAGMA user_version = %u", version);
  return bw_storage_exec (db, sql, error);
}

gboolean
bw_storage_migrate (BwStorage                *db,
                    const BwStorageMigration *steps,
                    guint                     n_steps,
                    gpointer                  user_data,
                    GError                  **error)
{
  g_return_val_if_fail (db != NULL, FALSE);

  for (;;)
    {
      const BwStorageMigration *step;
      const char *sql;
      int version;

      /* The version is read inside the step's transaction: on PostgreSQL
       * another process may have migrated meanwhile. */
      if (!bw_storage_begin (db, error))
        return FALSE;
      if (db->backend == BW_STORAGE_POSTGRESQL &&
          !bw_storage_pg_exec (db, "SELECT pg_advisory_xact_lock (" MIGRATE_LOCK ")", error))
        goto failed;
      version = bw_storage_get_version (db);
      if (version < 0)
        {
          bw_storage_set_error (db, 0, error);
          goto failed;
        }
      if ((guint) version > n_steps)
        {
          g_set_error_literal (error, BW_DB_ERROR, BW_DB_ERROR_TOO_NEW,
                               "The database was made by a newer version");
          goto failed;
        }
      if ((guint) version == n_steps)
        {
          bw_storage_rollback (db);
          return TRUE;
        }
      step = &steps[version];
      sql = db->backend == BW_STORAGE_POSTGRESQL ? step->postgresql : step->sqlite;
      if ((sql != NULL && !bw_storage_exec (db, sql, error)) ||
          (step->func != NULL && !step->func (db, user_data, error)) ||
          !set_version (db, version + 1, error) ||
          !bw_storage_commit (db, error))
        goto failed;
    }

failed:
  bw_storage_rollback (db);
  return FALSE;
}

GStrv
bw_storage_list_tables (BwStorage  *db,
                        GError    **error)
{
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  g_autoptr(BwStorageStmt) stmt = NULL;
  int rc;

  stmt = bw_storage_prepare (db, BW_STORAGE_SQL (db, "SELECT name FROM sqlite_schema WHERE type = 'table'"
                                                     " AND name NOT LIKE 'sqlite_%' ORDER BY name",
                                                 "SELECT tablename FROM pg_tables"
                                                 " WHERE schemaname = current_schema () ORDER BY tablename"),
                             error);
  if (stmt == NULL)
    return NULL;
  while ((rc = bw_storage_step (stmt)) == BW_STORAGE_ROW)
    g_strv_builder_add (names, bw_storage_column_text (stmt, 0));
  if (rc != BW_STORAGE_DONE)
    {
      bw_storage_set_error (db, rc, error);
      return NULL;
    }
  return g_strv_builder_end (names);
}

/* The meta table */

char *
bw_storage_get_meta (BwStorage  *db,
                     const char *key)
{
  g_autoptr(BwStorageStmt) stmt = bw_storage_prepare (db, "SELECT value FROM meta WHERE key = ?1", NULL);

  if (stmt == NULL)
    return NULL;
  bw_storage_bind_text (stmt, 1, key);
  if (bw_storage_step (stmt) == BW_STORAGE_ROW)
    return g_strdup (bw_storage_column_text (stmt, 0));
  return NULL;
}

gboolean
bw_storage_set_meta (BwStorage   *db,
                     const char  *key,
                     const char  *value,
                     GError     **error)
{
  BwStorageStmt *stmt = bw_storage_prepare (db, "INSERT INTO meta (key, value) VALUES (?1, ?2)"
                                            " ON CONFLICT (key) DO UPDATE SET value = excluded.value", error);

  if (stmt == NULL)
    return FALSE;
  bw_storage_bind_text (stmt, 1, key);
  bw_storage_bind_text (stmt, 2, value);
  return bw_storage_step_done (db, stmt, error);
}
