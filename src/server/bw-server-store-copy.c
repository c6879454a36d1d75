/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-server"
/* Moving a server database to another backend (buurtwerk-server
 * migrate-db): every row of every table, as it is, so that the desktops
 * notice nothing: the same epoch, the same sequence numbers, the same
 * tokens, the audit log and the aggregates. */
#include "config.h"

#include "bw-server-store-private.h"

/* Every table of the schema, in an order their references allow. A table
 * the schema gains must be added here: the copy refuses a database with a
 * table it does not know. */
static const char * const copied_tables[] = {
  "meta", "sequence", "teams", "users", "tokens", "records", "applied_changes", "conflicts",
  "aggregates", "purges", "moves", "transfer_offers", "audit_log", "throttle", "attachment_content",
};
/* Made by the schema, the same in every database of its version; the
 * copy's own migrations made them. */
static const char * const schema_tables[] = { "audit_actions", "schema_version" };
/* Tables whose id PostgreSQL numbers itself: the next number follows the
 * copied ones. */
static const char * const numbered_tables[] = { "teams", "users", "conflicts", "audit_log" };

static gboolean
check_tables (BwStorage  *db,
              GError    **error)
{
  g_auto(GStrv) tables = bw_storage_list_tables (db, error);

  if (tables == NULL)
    return FALSE;
  for (guint i = 0; tables[i] != NULL; i++)
    if (!g_strv_contains (copied_tables, tables[i]) && !g_strv_contains (schema_tables, tables[i]))
      {
        g_set_error (error, BW_SERVER_ERROR, BW_SERVER_ERROR_FAILED,
                     "The database %s has a table migrate-db does not know (%s): nothing was copied",
                     bw_storage_get_display_location (db), tables[i]);
        return FALSE;
      }
  return TRUE;
}

static gint64
count_rows (BwStorage  *db,
            const char *table,
            GError    **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", table);
  g_autoptr(BwStorageStmt) stmt = bw_storage_prepare (db, sql, error);
  int rc;

  if (stmt == NULL)
    return -1;
  rc = bw_storage_step (stmt);
  if (rc != BW_STORAGE_ROW)
    {
      bw_storage_set_error (db, rc, error);
      return -1;
    }
  return bw_storage_column_int64 (stmt, 0);
}

/* The INSERT for the columns of @from's rows. */
static char *
insert_sql (const char    *table,
            BwStorageStmt *from)
{
  GString *sql = g_string_new (NULL);
  int n = bw_storage_column_count (from);

  g_string_append_printf (sql, "INSERT INTO %s (", table);
  for (int c = 0; c < n; c++)
    g_string_append_printf (sql, "%s%s", c ? ", " : "", bw_storage_column_name (from, c));
  g_string_append (sql, ") VALUES (");
  for (int c = 0; c < n; c++)
    g_string_append_printf (sql, "%s?%d", c ? ", " : "", c + 1);
  g_string_append_c (sql, ')');
  return g_string_free (sql, FALSE);
}

/* Copies @table's rows; values go as text (each backend reads a number
 * into its numeric column) and bytes as bytes. */
static gboolean
copy_table (BwStorage   *from,
            BwStorage   *to,
            const char  *table,
            gint64      *n_rows,
            GError     **error)
{
  g_autofree char *select = g_strdup_printf ("SELECT * FROM %s", table);
  g_autoptr(BwStorageStmt) rows = bw_storage_prepare (from, select, error);
  g_autofree char *insert = NULL;
  g_autoptr(BwStorageStmt) into = NULL;
  int rc;

  *n_rows = 0;
  if (rows == NULL)
    return FALSE;
  while ((rc = bw_storage_step (rows)) == BW_STORAGE_ROW)
    {
      int n = bw_storage_column_count (rows);

      if (into == NULL)
        {
          insert = insert_sql (table, rows);
          into = bw_storage_prepare (to, insert, error);
          if (into == NULL)
            return FALSE;
        }
      for (int c = 0; c < n; c++)
        if (bw_storage_column_is_null (rows, c))
          bw_storage_bind_null (into, c + 1);
        else if (bw_storage_column_is_blob (rows, c))
          bw_storage_bind_blob (into, c + 1, bw_storage_column_blob (rows, c), bw_storage_column_bytes (rows, c));
        else
          bw_storage_bind_text (into, c + 1, bw_storage_column_text (rows, c));
      if (!bw_storage_step_done (to, into, error))
        return FALSE;
      (*n_rows)++;
    }
  if (rc != BW_STORAGE_DONE)
    return bw_storage_set_error (from, rc, error);
  return TRUE;
}

gboolean
bw_server_store_copy_into (BwServerStore   *self,
                           BwServerStore   *target,
                           GString         *report,
                           GError         **error)
{
  BwStorage *from = self->conn;
  BwStorage *to = target->conn;

  g_return_val_if_fail (BW_IS_SERVER_STORE (self), FALSE);
  g_return_val_if_fail (BW_IS_SERVER_STORE (target), FALSE);

  if (!check_tables (from, error) || !check_tables (to, error))
    return FALSE;
  if (bw_storage_get_version (from) != bw_storage_get_version (to))
    {
      g_set_error_literal (error, BW_SERVER_ERROR, BW_SERVER_ERROR_FAILED,
                           "The two databases have different schema versions: nothing was copied");
      return FALSE;
    }
  /* One snapshot of the source; the target all or nothing. */
  if (!bw_storage_begin_read (from, error))
    return FALSE;
  if (!bw_storage_begin (to, error))
    goto fail;
  if (count_rows (to, "users", error) != 0 || count_rows (to, "records", error) != 0 ||
      bw_server_store_get_last_seq (target) != 0)
    {
      if (error == NULL || *error == NULL)
        g_set_error (error, BW_SERVER_ERROR, BW_SERVER_ERROR_FAILED,
                     "The database %s is not empty: migrate-db copies only into a new one",
                     bw_storage_get_display_location (to));
      goto fail;
    }
  /* A new database has its own epoch and sequence row: the copy's are the
   * source's. */
  if (!bw_storage_exec (to, "DELETE FROM meta; DELETE FROM sequence", error))
    goto fail;
  for (gsize i = 0; i < G_N_ELEMENTS (copied_tables); i++)
    {
      gint64 n_rows, n_copied;

      if (!copy_table (from, to, copied_tables[i], &n_rows, error))
        goto fail;
      n_copied = count_rows (to, copied_tables[i], error);
      if (n_copied != n_rows)
        {
          if (n_copied >= 0)
            g_set_error (error, BW_SERVER_ERROR, BW_SERVER_ERROR_FAILED,
                         "%s: %" G_GINT64_FORMAT " rows read but %" G_GINT64_FORMAT " in the copy: nothing was copied",
                         copied_tables[i], n_rows, n_copied);
          goto fail;
        }
      if (report != NULL)
        g_string_append_printf (report, "%s%s=%" G_GINT64_FORMAT, report->len ? " " : "", copied_tables[i], n_rows);
    }
  if (bw_storage_get_backend (to) == BW_STORAGE_POSTGRESQL)
    for (gsize i = 0; i < G_N_ELEMENTS (numbered_tables); i++)
      {
        g_autofree char *sql = g_strdup_printf ("SELECT setval (pg_get_serial_sequence ('%s', 'id'),"
                                                " coalesce ((SELECT max (id) FROM %s), 0) + 1, false)",
                                                numbered_tables[i], numbered_tables[i]);

        if (!bw_storage_exec (to, sql, error))
          goto fail;
      }
  if (!bw_storage_commit (to, error))
    goto fail;
  bw_storage_rollback (from);

  g_free (target->epoch);
  target->epoch = bw_storage_get_meta (to, "epoch");
  /* The copy starts out as having served what the source had. */
  return bw_server_store_save_served (target, error);

fail:
  bw_storage_rollback (to);
  bw_storage_rollback (from);
  return FALSE;
}
