/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-geo"
#include "config.h"

#include <glib/gi18n-lib.h>

#include "bw-buurt-figures.h"
#include "bw-case-store-private.h"

#define N_COUNTS BW_FIGURE_BIJSTAND

struct _BwBuurtFigures
{
  GObject parent_instance;

  GHashTable *by_code;     /* code -> gint64[N_COUNTS] */
  gint64 totals[N_COUNTS];
  gint64 max[N_COUNTS];
};

G_DEFINE_FINAL_TYPE (BwBuurtFigures, bw_buurt_figures, G_TYPE_OBJECT)

/* One pass over the cases; the track and language keys are the stable keys
 * of bw-enums.c. The statement is static text: nothing is built from data. */
#define FIGURES_SQL                                                              \
  "SELECT buurt_code,"                                                           \
  " sum (status <> 'closed'),"                                                   \
  " sum (status <> 'closed' AND has_debts = 1),"                                 \
  " sum (status <> 'closed' AND track = 'work'),"                                \
  " sum (status <> 'closed' AND track IN ('development', 'beschut_werk', 'basisbaan')),"\
  " sum (status <> 'closed' AND track = 'care'),"                                \
  " sum (status = 'active' AND (language_need IN ('suspected', 'course_needed')" \
  "      OR track IN ('development', 'beschut_werk', 'basisbaan')))"             \
  " FROM cases WHERE deleted = 0 GROUP BY buurt_code"

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

char *
bw_figure_format_count (gint64 count)
{
  if (count < 5)
    /* TRANSLATORS: a count too small to show, so that no one can be singled out */
    return g_strdup (_("< 5"));
  return g_strdup_printf ("%" G_GINT64_FORMAT, count);
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
  {
    g_autoptr(BwDbStatement) stmt = bw_db_prepare (db, FIGURES_SQL, error);

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
