/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-planning"
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "bw-planning-private.h"
#include "bw-figures.h"
#include "bw-sqlite.h"

/* Demand and supply */

const char *
bw_training_need_label (BwTrainingNeed need)
{
  static const char * const labels[BW_TRAINING_NEED_N] = {
    N_("Language"), N_("Digital skills"), N_("Work development"),
  };

  g_return_val_if_fail ((int) need >= 0 && need < BW_TRAINING_NEED_N, "");
  return _(labels[need]);
}

BwTrainingNeed
bw_training_need_for_kind (BwOfferKind kind)
{
  switch (kind)
    {
    case BW_OFFER_KIND_LANGUAGE:
      return BW_TRAINING_NEED_LANGUAGE;
    case BW_OFFER_KIND_DIGITAL:
      return BW_TRAINING_NEED_DIGITAL;
    case BW_OFFER_KIND_JOB_APPLICATION:
    case BW_OFFER_KIND_SECTOR:
    case BW_OFFER_KIND_WORK_ORIENTATION:
    case BW_OFFER_KIND_OTHER:
    case BW_OFFER_KIND_N:
    default:
      return BW_TRAINING_NEED_WORK;
    }
}

void
bw_training_demand_free (BwTrainingDemand *demand)
{
  if (demand == NULL)
    return;
  g_free (demand->buurt_code);
  g_free (demand);
}

static BwTrainingDemand *
demand_for (GHashTable *by_code,
            const char *code)
{
  BwTrainingDemand *d = g_hash_table_lookup (by_code, code);

  if (d == NULL)
    {
      d = g_new0 (BwTrainingDemand, 1);
      d->buurt_code = g_strdup (code);
      g_hash_table_insert (by_code, d->buurt_code, d);
    }
  return d;
}

static int
compare_demand (gconstpointer a,
                gconstpointer b)
{
  const BwTrainingDemand *da = *(BwTrainingDemand **) a;
  const BwTrainingDemand *db = *(BwTrainingDemand **) b;

  return strcmp (da->buurt_code, db->buurt_code);
}

#define PLACES_SQL                                                              \
  "SELECT buurt_code, kind, sum (capacity) FROM offers WHERE deleted = 0"       \
  " AND status IN ('open', 'full', 'running') GROUP BY buurt_code, kind"

/* The columns of BW_FIGURES_NEED_SQL are the needs, in order. */
G_STATIC_ASSERT (BW_FIGURES_N - BW_FIGURES_N_COUNTS == BW_TRAINING_NEED_N);

/* A trainer's desktop holds no cases: its demand is what the server
 * counted over every team, small counts suppressed there. */
static gboolean
demand_from_server (BwPlanning *self,
                    GHashTable *by_code)
{
  gint64 totals[BW_FIGURES_N];
  g_autoptr(GHashTable) counted = bw_figures_read_kept (bw_planning_db (self), totals);
  GHashTableIter iter;
  gpointer code, counts;

  if (counted == NULL)
    return FALSE;
  g_hash_table_iter_init (&iter, counted);
  while (g_hash_table_iter_next (&iter, &code, &counts))
    {
      BwTrainingDemand *d = demand_for (by_code, code);

      for (int i = 0; i < BW_TRAINING_NEED_N; i++)
        d->demand[i] = ((gint64 *) counts)[BW_FIGURES_N_COUNTS + i];
    }
  return TRUE;
}

GPtrArray *
bw_planning_demand_by_buurt (BwPlanning  *self,
                             GError     **error)
{
  g_autoptr(GHashTable) by_code = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *result;
  sqlite3_stmt *stmt;
  GHashTableIter iter;
  gpointer value;
  int rc;

  g_return_val_if_fail (BW_IS_PLANNING (self), NULL);

  if (demand_from_server (self, by_code))
    rc = SQLITE_DONE;
  else
    {
      stmt = bw_db_prepare (bw_planning_db (self), BW_FIGURES_NEED_SQL, error);
      if (stmt == NULL)
        return NULL;
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          BwTrainingDemand *d = demand_for (by_code, bw_sqlite_column_text (stmt, 0));

          for (int i = 0; i < BW_TRAINING_NEED_N; i++)
            d->demand[i] += sqlite3_column_int64 (stmt, i + 1);
        }
      sqlite3_reset (stmt);
    }
  if (rc == SQLITE_DONE)
    {
      stmt = bw_db_prepare (bw_planning_db (self), PLACES_SQL, error);
      if (stmt == NULL)
        rc = SQLITE_ERROR;
      else
        {
          while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
            {
              BwTrainingDemand *d = demand_for (by_code, bw_sqlite_column_text (stmt, 0));

              d->places[bw_training_need_for_kind (bw_offer_kind_from_key (bw_sqlite_column_text (stmt, 1)))] +=
                sqlite3_column_int64 (stmt, 2);
            }
          sqlite3_reset (stmt);
        }
    }

  result = g_ptr_array_new_with_free_func ((GDestroyNotify) bw_training_demand_free);
  g_hash_table_iter_init (&iter, by_code);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_ptr_array_add (result, value);
  if (rc != SQLITE_DONE)
    {
      g_ptr_array_unref (result);
      if (error == NULL || *error == NULL)
        bw_db_set_error_from_handle (bw_planning_handle (self), 0, error);
      return NULL;
    }
  g_ptr_array_sort (result, compare_demand);
  return result;
}

