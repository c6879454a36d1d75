/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-server"
#include "config.h"

/* The figures per buurt for those who see no cases: a trainer plans
 * courses from the neighbourhoods' demand, without a resident's name. */

#include "bw-date.h"
#include "bw-figures.h"
#include "bw-server-store-private.h"

/* Runs @sql (a buurt code, then @n_columns counts a row) into @rows. */
static gboolean
read_counts (BwServerStore  *self,
             const char     *sql,
             guint           first_column,
             guint           n_columns,
             GHashTable     *rows,
             GError        **error)
{
  g_autoptr(BwStorageStmt) stmt = bw_storage_prepare (self->conn, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = bw_storage_step (stmt)) == BW_STORAGE_ROW)
    {
      const char *code = bw_storage_column_text (stmt, 0);
      gint64 *counts;

      if (code == NULL || !g_hash_table_contains (self->buurt_codes, code))
        continue;
      counts = g_hash_table_lookup (rows, code);
      if (counts == NULL)
        {
          counts = g_new0 (gint64, BW_FIGURES_N);
          g_hash_table_insert (rows, g_strdup (code), counts);
        }
      for (guint i = 0; i < n_columns; i++)
        counts[first_column + i] = bw_storage_column_int64 (stmt, 1 + i);
    }
  if (rc != BW_STORAGE_DONE)
    {
      bw_storage_set_error (self->conn, rc, error);
      return FALSE;
    }
  return TRUE;
}

static int
compare_codes (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char **) a, *(const char **) b);
}

static JsonObject *
counts_to_json (const gint64 *counts)
{
  JsonObject *object = json_object_new ();

  for (guint k = 0; k < BW_FIGURES_N; k++)
    if (counts[k] == BW_FIGURES_SUPPRESSED)
      json_object_set_null_member (object, bw_figures_key_to_string (k));
    else
      json_object_set_int_member (object, bw_figures_key_to_string (k), counts[k]);
  return object;
}

JsonObject *
bw_server_store_get_figures (BwServerStore       *self,
                             const BwServerUser  *user,
                             GError             **error)
{
  g_autoptr(GHashTable) rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GPtrArray) codes = NULL;
  g_autofree gint64 *table = NULL;
  gint64 totals[BW_FIGURES_N] = { 0 };
  g_autoptr(JsonObject) answer = NULL;
  g_autofree char *now = bw_date_now_utc ();
  JsonObject *buurten;
  guint n;

  g_return_val_if_fail (BW_IS_SERVER_STORE (self), NULL);

  if (user->role != BW_ROLE_TRAINER && user->role != BW_ROLE_COORDINATOR)
    {
      /* The same answer as an unknown path. */
      g_set_error_literal (error, BW_SERVER_ERROR, BW_SERVER_ERROR_NOT_FOUND, "No such path");
      return NULL;
    }
  /* One read transaction, so that both passes see the same records. */
  if (!bw_storage_exec (self->conn,
                        bw_figures_views_sql (bw_storage_get_backend (self->conn) == BW_STORAGE_POSTGRESQL),
                        error) ||
      !bw_storage_begin_read (self->conn, error))
    return NULL;
  if (!read_counts (self, BW_FIGURES_COUNT_SQL, 0, BW_FIGURES_N_COUNTS, rows, error) ||
      !read_counts (self, BW_STORAGE_SQL (self->conn, BW_FIGURES_NEED_SQL, BW_FIGURES_NEED_SQL_HINTED ("")),
                    BW_FIGURES_N_COUNTS, BW_FIGURES_N - BW_FIGURES_N_COUNTS, rows, error))
    {
      bw_storage_rollback (self->conn);
      return NULL;
    }
  bw_storage_rollback (self->conn);

  /* Totals from the exact counts; then every count is suppressed as the
   * rule says, the totals by themselves. */
  {
    GHashTableIter iter;
    gpointer code;

    codes = g_ptr_array_new ();
    g_hash_table_iter_init (&iter, rows);
    while (g_hash_table_iter_next (&iter, &code, NULL))
      g_ptr_array_add (codes, code);
    g_ptr_array_sort (codes, compare_codes);
  }
  n = codes->len;
  table = g_new0 (gint64, MAX (n, 1) * BW_FIGURES_N);
  for (guint r = 0; r < n; r++)
    {
      const gint64 *counts = g_hash_table_lookup (rows, g_ptr_array_index (codes, r));

      for (guint k = 0; k < BW_FIGURES_N; k++)
        {
          table[r * BW_FIGURES_N + k] = counts[k];
          totals[k] += counts[k];
        }
    }
  bw_figures_suppress (table, n, BW_FIGURES_N);
  bw_figures_suppress (totals, 1, BW_FIGURES_N);

  answer = json_object_new ();
  json_object_set_string_member (answer, "epoch", self->epoch);
  json_object_set_string_member (answer, "computed_at", now);
  json_object_set_int_member (answer, "min_shown", BW_FIGURES_MIN_SHOWN);
  buurten = json_object_new ();
  for (guint r = 0; r < n; r++)
    json_object_set_object_member (buurten, g_ptr_array_index (codes, r),
                                   counts_to_json (&table[r * BW_FIGURES_N]));
  json_object_set_object_member (answer, "buurten", buurten);
  json_object_set_object_member (answer, "totals", counts_to_json (totals));
  return g_steal_pointer (&answer);
}
