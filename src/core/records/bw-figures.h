/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <gio/gio.h>

#include "bw-db.h"

G_BEGIN_DECLS

/* What the figures per buurt count, defined once. The statements run on
 * the desktop's tables (cases, assessments) and, on the server, on views
 * of the same names over its records (bw_figures_views_sql()), so that a
 * trainer's figures from the server mean what a team's own mean. */

/* The figures on the wire, in order: the columns of BW_FIGURES_COUNT_SQL
 * after the buurt code, then those of BW_FIGURES_NEED_SQL. */
typedef enum {
  BW_FIGURES_OPEN_CASES,
  BW_FIGURES_DEBTS,
  BW_FIGURES_TRACK_WORK,
  BW_FIGURES_TRACK_DEVELOPMENT,
  BW_FIGURES_TRACK_CARE,
  BW_FIGURES_TRAINING_DEMAND,
  BW_FIGURES_NEED_LANGUAGE,
  BW_FIGURES_NEED_DIGITAL,
  BW_FIGURES_NEED_WORK,
  BW_FIGURES_N
} BwFiguresKey;

#define BW_FIGURES_N_COUNTS BW_FIGURES_NEED_LANGUAGE

/* A count that is too small to show (under 5): it could single someone out. */
#define BW_FIGURES_SUPPRESSED ((gint64) -1)
#define BW_FIGURES_MIN_SHOWN 5

/* One pass over the cases; open means not closed. The track and language
 * keys are the stable keys of bw-enums.c. */
#define BW_FIGURES_COUNT_SQL                                                    \
  "SELECT buurt_code,"                                                          \
  " sum (status <> 'closed'),"                                                  \
  " sum (status <> 'closed' AND has_debts = 1),"                                \
  " sum (status <> 'closed' AND track = 'work'),"                               \
  " sum (status <> 'closed' AND track IN ('development', 'beschut_werk', 'basisbaan')),"\
  " sum (status <> 'closed' AND track = 'care'),"                               \
  " sum (status = 'active' AND (language_need IN ('suspected', 'course_needed')" \
  "      OR track IN ('development', 'beschut_werk', 'basisbaan')))"            \
  " FROM cases WHERE deleted = 0 GROUP BY buurt_code"

/* Training need (docs/architecture.md): active cases only; language when
 * the case says so (suspected or course needed) or the latest assessment
 * scores language 1-2; work development when the case is on a development
 * track (development, Beschut Werk, Basisbaan) or the latest assessment
 * scores work and education 1-2; digital skills when the latest
 * assessment scores daily activities 1-2 (a stand-in: cases have no field
 * for digital skills yet).
 * The cases are read in one pass in the table's order (NOT INDEXED): by
 * the buurt index, which spares the sort of a few dozen groups, each case
 * was a lookup at another place in the table, twice the time at 100,000
 * cases. PostgreSQL has no such hint (BW_FIGURES_NEED_SQL_HINTED ("")). */
#define BW_FIGURES_NEED_SQL BW_FIGURES_NEED_SQL_HINTED (" NOT INDEXED")
#define BW_FIGURES_NEED_SQL_HINTED(hint)                                        \
  "SELECT c.buurt_code,"                                                        \
  " sum (c.language_need IN ('suspected', 'course_needed') OR coalesce (a.language, 5) <= 2)," \
  " sum (coalesce (a.daily_activities, 5) <= 2),"                               \
  " sum (c.track IN ('development', 'beschut_werk', 'basisbaan')"               \
  "      OR coalesce (a.work_education, 5) <= 2)"                               \
  " FROM cases c" hint " LEFT JOIN assessments a ON a.id = (SELECT x.id FROM assessments x" \
  "   WHERE x.case_id = c.id AND x.deleted = 0 ORDER BY x.date DESC, x.id DESC LIMIT 1)" \
  " WHERE c.deleted = 0 AND c.status = 'active' GROUP BY c.buurt_code"

const char *bw_figures_key_to_string (BwFiguresKey key);
/* The views cases and assessments over the server's table records, in
 * the connection's temporary schema, with the columns of the desktop's
 * tables (from the records' field tables); for SQLite or PostgreSQL. */
const char *bw_figures_views_sql     (gboolean postgresql);

/* A count as a person sees it anywhere: under 5 (0 and suppressed ones
 * included) is "< 5", so that no resident can be singled out; others in
 * the locale's format ("2.585"). */
char       *bw_figures_format_count  (gint64 count);

/* Suppresses the small counts of @n_rows rows of @n_columns counts
 * (row-major): every count under 5 becomes BW_FIGURES_SUPPRESSED, and
 * where a column then has exactly one suppressed count, its smallest
 * shown count too, so that no count can be found back by subtracting the
 * others from a total. */
void        bw_figures_suppress      (gint64     *counts,
                                      guint       n_rows,
                                      guint       n_columns);

/* The meta key under which a desktop keeps the server's last answer of
 * GET /api/v1/figures (a trainer's: it holds no case to count). */
#define BW_FIGURES_META_KEY "server_figures"

/* Reads an answer of GET /api/v1/figures: a table from buurt code to
 * gint64[BW_FIGURES_N], BW_FIGURES_SUPPRESSED where the server sent null,
 * and the totals into @totals. Anything else than that shape is an error
 * (G_IO_ERROR_INVALID_DATA), and nothing is returned. */
GHashTable *bw_figures_parse         (const char  *json,
                                      gint64       totals[BW_FIGURES_N],
                                      char       **computed_at,
                                      GError     **error);

/* The server's figures this desktop keeps (in @db's meta), read as
 * bw_figures_parse() reads them; NULL when it keeps none, or when what it
 * keeps cannot be read (said in the log: the caller counts its own). */
GHashTable *bw_figures_read_kept     (BwDb        *db,
                                      gint64       totals[BW_FIGURES_N]);

G_END_DECLS
