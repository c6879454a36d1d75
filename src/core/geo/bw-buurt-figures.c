/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-geo"
#include "config.h"

#include <glib/gi18n-lib.h>

#include "bw-buurt-figures.h"
#include "bw-case-store-private.h"
#include "bw-figures.h"

#define N_COUNTS BW_FIGURE_BIJSTAND

/* The counts of BW_FIGURES_COUNT_SQL are the first figures, in order. */
G_STATIC_ASSERT ((int) BW_FIGURE_TRAINING_PLACES == (int) BW_FIGURES_N_COUNTS);

struct _BwBuurtFigures
{
  GObject parent_instance;

  GHashTable *by_code;     /* code -> gint64[N_COUNTS] */
  gint64 totals[N_COUNTS];
  gint64 max[N_COUNTS];
};

G_DEFINE_FINAL_TYPE (BwBuurtFigures, bw_buurt_figures, G_TYPE_OBJECT)

/* The training places: a second pass, over the offers. */
#define PLACES_SQL                                                               \
  "SELECT buurt_code, sum (capacity) FROM offers WHERE deleted = 0"              \
  " AND status IN ('open', 'full', 'running') GROUP BY buurt_code"

static void
bw_buurt_figures_finalize (GObject *object)
{
  BwBuurtFigures *self = (BwBuurtFigures *) object;

  g_clear_pointer (&self->by_code, g_hash_table_unref);

  G_OBJECT_CLASS (bw_buurt_figures_parent_class)->finalize (object);
}

static void
bw_buurt_figures_class_init (BwBuurtFiguresClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bw_buurt_figures_finalize;
}

static void
bw_buurt_figures_init (BwBuurtFigures *self)
{
  self->by_code = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

const char *
bw_figure_label (BwFigure figure)
{
  static const char * const labels[BW_FIGURE_N] = {
    N_("Open cases"),
    N_("Cases with debts"),
    N_("Work track"),
    N_("Development track"),
    N_("Care track"),
    N_("Training demand"),
    N_("Training places"),
    N_("Bijstand per 100 inhabitants (CBS 2020)"),
  };

  g_return_val_if_fail (figure < BW_FIGURE_N, NULL);
  return _(labels[figure]);
}

gboolean
bw_figure_is_count (BwFigure figure)
{
  return figure < N_COUNTS;
}

/* A desktop without cases of its own (a trainer's) shows the figures the
 * server counted over every team, small ones suppressed there. */
static gboolean
from_server (BwBuurtFigures *self,
             BwDb           *db)
{
  gint64 totals[BW_FIGURES_N];
  g_autoptr(GHashTable) by_code = bw_figures_read_kept (db, totals);
  GHashTableIter iter;
  gpointer code, counts;

  if (by_code == NULL)
    return FALSE;
  g_hash_table_iter_init (&iter, by_code);
  while (g_hash_table_iter_next (&iter, &code, &counts))
    {
      gint64 *mine = g_new0 (gint64, N_COUNTS);

      for (int i = 0; i < BW_FIGURE_TRAINING_PLACES; i++)
        {
          mine[i] = ((gint64 *) counts)[i];
          self->max[i] = MAX (self->max[i], mine[i]);
        }
      g_hash_table_insert (self->by_code, g_strdup (code), mine);
    }
  for (int i = 0; i < BW_FIGURE_TRAINING_PLACES; i++)
    self->totals[i] = totals[i];
  return TRUE;
}

BwBuurtFigures *
bw_buurt_figures_compute (BwCaseStore  *store,
                          GError      **error)
{
  g_autoptr(BwBuurtFigures) self = NULL;
  BwDb *db;
  int rc;

  g_return_val_if_fail (BW_IS_CASE_STORE (store), NULL);

  db = bw_case_store_get_connection (store);
  self = g_object_new (BW_TYPE_BUURT_FIGURES, NULL);
  if (!from_server (self, db))
  {
    g_autoptr(BwDbStatement) stmt = bw_db_prepare (db, BW_FIGURES_COUNT_SQL, error);

    if (stmt == NULL)
      return NULL;
    while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
      {
        gint64 *counts = g_new0 (gint64, N_COUNTS);

        for (int i = 0; i < BW_FIGURE_TRAINING_PLACES; i++)
          {
            counts[i] = sqlite3_column_int64 (stmt, i + 1);
            self->totals[i] += counts[i];
            self->max[i] = MAX (self->max[i], counts[i]);
          }
        g_hash_table_insert (self->by_code, g_strdup ((const char *) sqlite3_column_text (stmt, 0)), counts);
      }
    if (rc != SQLITE_DONE)
      return (bw_db_set_error (db, rc, error), NULL);
  }
  {
    g_autoptr(BwDbStatement) stmt = bw_db_prepare (db, PLACES_SQL, error);

    if (stmt == NULL)
      return NULL;
    while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
      {
        const char *code = (const char *) sqlite3_column_text (stmt, 0);
        gint64 *counts = g_hash_table_lookup (self->by_code, code);
        gint64 places = sqlite3_column_int64 (stmt, 1);

        if (counts == NULL)
          {
            counts = g_new0 (gint64, N_COUNTS);
            g_hash_table_insert (self->by_code, g_strdup (code), counts);
          }
        counts[BW_FIGURE_TRAINING_PLACES] = places;
        self->totals[BW_FIGURE_TRAINING_PLACES] += places;
        self->max[BW_FIGURE_TRAINING_PLACES] = MAX (self->max[BW_FIGURE_TRAINING_PLACES], places);
      }
    if (rc != SQLITE_DONE)
      return (bw_db_set_error (db, rc, error), NULL);
  }
  return g_steal_pointer (&self);
}

gint64
bw_buurt_figures_get (BwBuurtFigures *self,
                      const char     *code,
                      BwFigure        figure)
{
  gint64 *counts;

  g_return_val_if_fail (BW_IS_BUURT_FIGURES (self), 0);
  g_return_val_if_fail (bw_figure_is_count (figure), 0);

  if (code == NULL || (counts = g_hash_table_lookup (self->by_code, code)) == NULL)
    return 0;
  return counts[figure];
}

gint64
bw_buurt_figures_get_total (BwBuurtFigures *self,
                            BwFigure        figure)
{
  g_return_val_if_fail (BW_IS_BUURT_FIGURES (self), 0);
  g_return_val_if_fail (bw_figure_is_count (figure), 0);
  return self->totals[figure];
}

gint64
bw_buurt_figures_get_max (BwBuurtFigures *self,
                          BwFigure        figure)
{
  g_return_val_if_fail (BW_IS_BUURT_FIGURES (self), 0);
  g_return_val_if_fail (bw_figure_is_count (figure), 0);
  return self->max[figure];
}
