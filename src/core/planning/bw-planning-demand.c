/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-planning"
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "bw-planning-private.h"
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

/* "Need" (docs/architecture.md): active cases only; language when the
 * case says so (suspected or course needed) or the latest assessment
 * scores language 1-2; work development when the case is on a development
 * track (development, Beschut Werk, Basisbaan) or the latest assessment
 * scores work and education 1-2; digital skills when the latest
 * assessment scores daily activities 1-2 (a stand-in: cases have no field
 * for digital skills yet).
 * The cases are read in one pass in the table's order (NOT INDEXED): by
 * the buurt index, which spares the sort of a few dozen groups, each case
 * was a lookup at another place in the table, twice the time at 100,000
 * cases. */
#define DEMAND_SQL                                                              \
  "SELECT c.buurt_code,"                                                        \
  " sum (c.language_need IN ('suspected', 'course_needed') OR coalesce (a.language, 5) <= 2)," \
  " sum (coalesce (a.daily_activities, 5) <= 2),"                               \
  " sum (c.track IN ('development', 'beschut_werk', 'basisbaan')"               \
  "      OR coalesce (a.work_education, 5) <= 2)"                               \
  " FROM cases c NOT INDEXED LEFT JOIN assessments a ON a.id = (SELECT x.id FROM assessments x" \
  "   WHERE x.case_id = c.id AND x.deleted = 0 ORDER BY x.date DESC, x.id DESC LIMIT 1)" \
  " WHERE c.deleted = 0 AND c.status = 'active' GROUP BY c.buurt_code"

#define PLACES_SQL                                                              \
  "SELECT buurt_code, kind, sum (capacity) FROM offers WHERE deleted = 0"       \
  " AND status IN ('open', 'full', 'running') GROUP BY buurt_code, kind"

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

  stmt = bw_db_prepare (bw_planning_db (self), DEMAND_SQL, error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      BwTrainingDemand *d = demand_for (by_code, bw_sqlite_column_text (stmt, 0));

      for (int i = 0; i < BW_TRAINING_NEED_N; i++)
        d->demand[i] += sqlite3_column_int64 (stmt, i + 1);
    }
  sqlite3_reset (stmt);
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

