/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <gio/gio.h>

#include "bw-case-store.h"
#include "bw-figures.h"

G_BEGIN_DECLS

/* The figures the map and its table show per buurt. All but the last are
 * counted from the case store; open means not closed. */
typedef enum {
  BW_FIGURE_OPEN_CASES,
  BW_FIGURE_DEBTS,              /* open cases with debts */
  BW_FIGURE_TRACK_WORK,         /* open cases on the work track (WSP) */
  BW_FIGURE_TRACK_DEVELOPMENT,  /* development, Beschut Werk, Basisbaan */
  BW_FIGURE_TRACK_CARE,
  /* Active cases with a language need (suspected or a course needed) or on
   * a development track: who the neighbourhood's training offers are for. */
  BW_FIGURE_TRAINING_DEMAND,
  /* The places offered there: the capacity of the training offers that
   * are open, full or running (bw-planning.c). Training demand against
   * training places is the "demand vs places" of the planning issue. */
  BW_FIGURE_TRAINING_PLACES,
  BW_FIGURE_BIJSTAND,           /* CBS 2020, people on bijstand per 100 */
  BW_FIGURE_N
} BwFigure;

const char *bw_figure_label       (BwFigure figure);
/* Whether the figure counts people in the store (and so is shown as
 * "< 5" when small), rather than a published CBS rate. */
gboolean    bw_figure_is_count    (BwFigure figure);

#define BW_TYPE_BUURT_FIGURES (bw_buurt_figures_get_type ())
G_DECLARE_FINAL_TYPE (BwBuurtFigures, bw_buurt_figures, BW, BUURT_FIGURES, GObject)

/* Counts the figures of every buurt with one read-only aggregate query. */
BwBuurtFigures *bw_buurt_figures_compute   (BwCaseStore     *store,
                                            GError         **error);
/* The count of @figure in buurt @code (0 when it has no cases). Not for
 * BW_FIGURE_BIJSTAND, which comes with the map data. */
gint64          bw_buurt_figures_get       (BwBuurtFigures  *self,
                                            const char      *code,
                                            BwFigure         figure);
gint64          bw_buurt_figures_get_total (BwBuurtFigures  *self,
                                            BwFigure         figure);
gint64          bw_buurt_figures_get_max   (BwBuurtFigures  *self,
                                            BwFigure         figure);

G_END_DECLS
