/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-server"
/* A build without libpq (-Dpostgresql=disabled, as the app's Flatpak is
 * built): a postgresql:// location is refused when opened, so nothing
 * else here is ever reached. */
#include "config.h"

#include "bw-storage-private.h"

gboolean
bw_storage_pg_open (BwStorage   *db,
                    const char  *uri,
                    GError     **error)
{
  g_set_error_literal (error, BW_DB_ERROR, BW_DB_ERROR_FAILED,
                       "This buurtwerk-server was built without PostgreSQL; use an SQLite file");
  return FALSE;
}

void
bw_storage_pg_close (BwStorage *db)
{
}

BwStorageStmt *
bw_storage_pg_prepare (BwStorage   *db,
                       const char  *sql,
                       GError     **error)
{
  g_return_val_if_reached (NULL);
}

void
bw_storage_pg_stmt_free (BwStorageStmt *stmt)
{
}

void
bw_storage_pg_bind (BwStorageStmt *stmt,
                    int            index,
                    char          *value,
                    int            length,
                    int            format)
{
  g_free (value);
}

int
bw_storage_pg_step (BwStorageStmt *stmt)
{
  g_return_val_if_reached (1);
}

void
bw_storage_pg_reset (BwStorageStmt *stmt)
{
}

void
bw_storage_pg_clear_bindings (BwStorageStmt *stmt)
{
}

const char *
bw_storage_pg_column_text (BwStorageStmt *stmt,
                           int            column)
{
  g_return_val_if_reached (NULL);
}

const void *
bw_storage_pg_column_blob (BwStorageStmt *stmt,
                           int            column,
                           gsize         *size)
{
  g_return_val_if_reached (NULL);
}

gboolean
bw_storage_pg_column_is_blob (BwStorageStmt *stmt,
                              int            column)
{
  g_return_val_if_reached (FALSE);
}

int
bw_storage_pg_column_count (BwStorageStmt *stmt)
{
  g_return_val_if_reached (0);
}

const char *
bw_storage_pg_column_name (BwStorageStmt *stmt,
                           int            column)
{
  g_return_val_if_reached (NULL);
}

gboolean
bw_storage_pg_exec (BwStorage   *db,
                    const char  *sql,
                    GError     **error)
{
  return bw_storage_pg_set_error (db, error);
}

gboolean
bw_storage_pg_set_error (BwStorage  *db,
                         GError    **error)
{
  g_set_error_literal (error, BW_DB_ERROR, BW_DB_ERROR_FAILED,
                       "This buurtwerk-server was built without PostgreSQL");
  return FALSE;
}

gboolean
bw_storage_pg_in_transaction (BwStorage *db)
{
  return FALSE;
}
