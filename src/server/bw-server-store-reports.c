/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-server"
#include "config.h"

/* The figures per month the municipality steers on (docs/sync-protocol.md,
 * "Reports per month"): inflow, outflow by outcome, the caseload, debts and
 * the movements between cascade tracks, over every team's live cases plus
 * what retention kept of the purged ones, for one buurt, Heerlen-Noord or
 * all of Heerlen; small counts suppressed for everyone. One pass over the
 * cases: the months are counted in C, not by a query per month. */

#include <string.h>

#include "bw-date.h"
#include "bw-enums.h"
#include "bw-figures.h"
#include "bw-neighbourhood.h"
#include "bw-server-store-private.h"

/* The longest period one answer covers. */
#define MAX_MONTHS 60

typedef enum {
  SERIES_INFLOW,
  SERIES_OUTFLOW,
  SERIES_CASELOAD,      /* open at the end of the month */
  SERIES_WITH_DEBTS,    /* of those, with debts (as they are now) */
  SERIES_N
} Series;

static const char *const series_keys[SERIES_N] = { "inflow", "outflow", "caseload", "with_debts" };

typedef struct {
  int from;             /* months since year 0 */
  guint n;
  GHashTable *area;     /* buurt codes */
  gint64 *series;       /* [SERIES_N][n] */
  gint64 *outcomes;     /* [BW_OUTCOME_N][n] */
  gint64 *tracks;       /* [BW_TRACK_N][n]: moves into a track */
} Report;

static void
report_clear (Report *r)
{
  g_clear_pointer (&r->area, g_hash_table_unref);
  g_clear_pointer (&r->series, g_free);
  g_clear_pointer (&r->outcomes, g_free);
  g_clear_pointer (&r->tracks, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Report, report_clear)

/* "YYYY-MM" (or a longer date) as months since year 0; -1 when not one. */
static int
month_number (const char *text)
{
  int y, m;

  if (text == NULL || strlen (text) < 7 || text[4] != '-' ||
      !g_ascii_isdigit (text[0]) || !g_ascii_isdigit (text[1]) || !g_ascii_isdigit (text[2]) ||
      !g_ascii_isdigit (text[3]) || !g_ascii_isdigit (text[5]) || !g_ascii_isdigit (text[6]))
    return -1;
  y = (text[0] - '0') * 1000 + (text[1] - '0') * 100 + (text[2] - '0') * 10 + (text[3] - '0');
  m = (text[5] - '0') * 10 + (text[6] - '0');
  if (m < 1 || m > 12)
    return -1;
  return y * 12 + m - 1;
}

static void
count (gint64 *row,
       const Report *r,
       int           month,
       gint64        n)
{
  if (month >= r->from && month < r->from + (int) r->n)
    row[month - r->from] += n;
}

/* Open during the whole of @m's end: opened by then, not closed by then. */
static void
count_open (Report  *r,
            int      opened,
            int      closed,
            gboolean debts,
            gint64   n)
{
  for (guint i = 0; i < r->n; i++)
    {
      int m = r->from + (int) i;

      if ((opened < 0 || opened <= m) && (closed < 0 || closed > m))
        {
          r->series[SERIES_CASELOAD * r->n + i] += n;
          if (debts)
            r->series[SERIES_WITH_DEBTS * r->n + i] += n;
        }
    }
}

static gboolean
read_live_cases (BwServerStore  *self,
                 Report         *r,
                 GHashTable     *in_area,
                 GError        **error)
{
  g_autoptr(BwStorageStmt) stmt = bw_storage_prepare (self->conn,
    "SELECT uuid, json_extract (fields, '$.buurt_code'), json_extract (fields, '$.opened_on'),"
    " json_extract (fields, '$.closed_on'), json_extract (fields, '$.status'),"
    " json_extract (fields, '$.outcome'), json_extract (fields, '$.has_debts')"
    " FROM records WHERE type = 'case' AND deleted = 0", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = bw_storage_step (stmt)) == BW_STORAGE_ROW)
    {
      const char *code = bw_storage_column_text (stmt, 1);
      gboolean closed = g_strcmp0 (bw_storage_column_text (stmt, 4), "closed") == 0;
      int opened = month_number (bw_storage_column_text (stmt, 2));
      int closed_month = closed ? month_number (bw_storage_column_text (stmt, 3)) : -1;

      if (code == NULL || !g_hash_table_contains (r->area, code))
        continue;
      g_hash_table_add (in_area, g_strdup (bw_storage_column_text (stmt, 0)));
      count (&r->series[SERIES_INFLOW * r->n], r, opened, 1);
      if (closed_month >= 0)
        {
          BwOutcome outcome = bw_outcome_from_key (bw_storage_column_text (stmt, 5));

          count (&r->series[SERIES_OUTFLOW * r->n], r, closed_month, 1);
          count (&r->outcomes[outcome * r->n], r, closed_month, 1);
        }
      /* A closed case without a closing day is no longer open. */
      if (!closed || closed_month >= 0)
        count_open (r, opened, closed_month, bw_storage_column_int (stmt, 6) != 0, 1);
    }
  if (rc != BW_STORAGE_DONE)
    return bw_storage_set_error (self->conn, rc, error);
  return TRUE;
}

static gboolean
read_track_moves (BwServerStore  *self,
                  Report         *r,
                  GHashTable     *in_area,
                  GError        **error)
{
  g_autoptr(BwStorageStmt) stmt = bw_storage_prepare (self->conn,
    "SELECT case_uuid, json_extract (fields, '$.date'), json_extract (fields, '$.track')"
    " FROM records WHERE type = 'track_change' AND deleted = 0", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = bw_storage_step (stmt)) == BW_STORAGE_ROW)
    if (g_hash_table_contains (in_area, bw_storage_column_text (stmt, 0)))
      count (&r->tracks[bw_track_from_key (bw_storage_column_text (stmt, 2)) * r->n], r,
             month_number (bw_storage_column_text (stmt, 1)), 1);
  if (rc != BW_STORAGE_DONE)
    return bw_storage_set_error (self->conn, rc, error);
  return TRUE;
}

/* What retention kept of purged cases: counts per closing month. */
static gboolean
read_aggregates (BwServerStore  *self,
                 Report         *r,
                 GError        **error)
{
  g_autoptr(BwStorageStmt) stmt = bw_storage_prepare (self->conn,
    "SELECT buurt_code, month, measure, value, count FROM aggregates", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = bw_storage_step (stmt)) == BW_STORAGE_ROW)
    {
      const char *measure = bw_storage_column_text (stmt, 2);
      const char *value = bw_storage_column_text (stmt, 3);
      int closed = month_number (bw_storage_column_text (stmt, 1));
      gint64 n = bw_storage_column_int64 (stmt, 4);

      if (closed < 0 || !g_hash_table_contains (r->area, bw_storage_column_text (stmt, 0)))
        continue;
      if (g_strcmp0 (measure, "closed") == 0)
        count (&r->series[SERIES_OUTFLOW * r->n], r, closed, n);
      else if (g_strcmp0 (measure, "outcome") == 0)
        count (&r->outcomes[bw_outcome_from_key (value) * r->n], r, closed, n);
      else if (g_strcmp0 (measure, "opened") == 0)
        {
          int opened = month_number (value);

          count (&r->series[SERIES_INFLOW * r->n], r, opened, n);
          /* Debts at the time are not kept: counted without. */
          count_open (r, opened, closed, FALSE, n);
        }
    }
  if (rc != BW_STORAGE_DONE)
    return bw_storage_set_error (self->conn, rc, error);
  return TRUE;
}

static JsonArray *
row_to_json (const gint64 *row,
             guint         n)
{
  JsonArray *array = json_array_new ();

  for (guint i = 0; i < n; i++)
    if (row[i] == BW_FIGURES_SUPPRESSED)
      json_array_add_null_element (array);
    else
      json_array_add_int_element (array, row[i]);
  return array;
}

/* Every count under 5 hidden; where hiding one would let it be found back
 * from a total that is shown, a second one too (bw_figures_suppress()): the
 * outcomes of a month add up to its outflow, and the moves into each
 * track are compared within a month, so both are suppressed per month. */
static void
suppress (Report *r)
{
  bw_figures_suppress (r->outcomes, BW_OUTCOME_N, r->n);
  bw_figures_suppress (r->tracks, BW_TRACK_N, r->n);
  /* The series stand alone: each count by itself. */
  for (guint k = 0; k < SERIES_N * r->n; k++)
    if (r->series[k] < BW_FIGURES_MIN_SHOWN)
      r->series[k] = BW_FIGURES_SUPPRESSED;
}

/* The period's figures */

static JsonNode *
shown_count (gint64 n)
{
  JsonNode *node = json_node_alloc ();

  return n < BW_FIGURES_MIN_SHOWN ? json_node_init_null (node) : json_node_init_int (node, n);
}

/* The change in each ZRM domain between a case's first and last
 * measurement that scored it (a domain may be left unscored: 0), averaged
 * over the cases of the area with two such measurements up to the
 * period's end; a domain is hidden when fewer than 5 cases have them, as
 * is the count of cases with two measurements at all. */
typedef struct {
  gint64 first[BW_DOMAIN_N];
  gint64 last[BW_DOMAIN_N];
  guint scored[BW_DOMAIN_N];
  guint measurements;
} CaseScores;

static gboolean
add_score_changes (BwServerStore  *self,
                   GHashTable     *in_area,
                   const char     *until,
                   JsonObject     *answer,
                   GError        **error)
{
  g_autoptr(BwStorageStmt) stmt = NULL;
  g_autoptr(GHashTable) cases = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  double sums[BW_DOMAIN_N] = { 0 };
  gint64 counts[BW_DOMAIN_N] = { 0 };
  JsonObject *scores = json_object_new ();
  JsonObject *domains = json_object_new ();
  GHashTableIter iter;
  gpointer value;
  gint64 n = 0;
  int rc;

  json_object_set_object_member (answer, "score_changes", scores);
  json_object_set_object_member (scores, "domains", domains);
  stmt = bw_storage_prepare (self->conn, "SELECT case_uuid, fields FROM records WHERE type = 'assessment'"
                                    " AND deleted = 0 AND json_extract (fields, '$.date') <= ?1"
                                    " ORDER BY json_extract (fields, '$.date'), seq", error);
  if (stmt == NULL)
    return FALSE;
  bw_storage_bind_text (stmt, 1, until);
  while ((rc = bw_storage_step (stmt)) == BW_STORAGE_ROW)
    {
      const char *case_uuid = bw_storage_column_text (stmt, 0);
      g_autoptr(JsonObject) fields = NULL;
      CaseScores *c;

      if (!g_hash_table_contains (in_area, case_uuid))
        continue;
      fields = bw_server_json_object_from_text (bw_storage_column_text (stmt, 1));
      c = g_hash_table_lookup (cases, case_uuid);
      if (c == NULL)
        {
          c = g_new0 (CaseScores, 1);
          g_hash_table_insert (cases, g_strdup (case_uuid), c);
        }
      c->measurements++;
      for (int d = 0; d < BW_DOMAIN_N; d++)
        {
          gint64 score = json_object_get_int_member_with_default (fields, bw_domain_to_key (d), 0);

          if (score == BW_SCORE_NONE)
            continue;
          if (c->scored[d]++ == 0)
            c->first[d] = score;
          c->last[d] = score;
        }
    }
  if (rc != BW_STORAGE_DONE)
    return bw_storage_set_error (self->conn, rc, error);
  g_hash_table_iter_init (&iter, cases);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      const CaseScores *c = value;

      if (c->measurements >= 2)
        n++;
      for (int d = 0; d < BW_DOMAIN_N; d++)
        if (c->scored[d] >= 2)
          {
            sums[d] += (double) (c->last[d] - c->first[d]);
            counts[d]++;
          }
    }
  json_object_set_member (scores, "cases", shown_count (n));
  for (int d = 0; d < BW_DOMAIN_N; d++)
    if (counts[d] < BW_FIGURES_MIN_SHOWN)
      json_object_set_null_member (domains, bw_domain_to_key (d));
    else
      /* One decimal: a mean of whole steps on a 5-point scale. */
      json_object_set_double_member (domains, bw_domain_to_key (d),
                                     ((gint64) (sums[d] / counts[d] * 10 + (sums[d] >= 0 ? 0.5 : -0.5))) / 10.0);
  return TRUE;
}

static int
compare_gint64 (gconstpointer a,
                gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return (x > y) - (x < y);
}

/* Per course in the area: its places, how many were placed and the share
 * of sessions attended; and the days from referral to placement (the
 * median) of the residents placed within the period. */
static gboolean
add_courses (BwServerStore  *self,
             Report         *r,
             GHashTable     *in_area,
             const char     *from_day,
             const char     *until,
             JsonObject     *answer,
             GError        **error)
{
  g_autoptr(BwStorageStmt) offers = NULL;
  g_autoptr(GArray) waits = g_array_new (FALSE, FALSE, sizeof (gint64));
  JsonArray *courses = json_array_new ();
  JsonObject *placement = json_object_new ();
  int rc;

  json_object_set_array_member (answer, "courses", courses);
  json_object_set_object_member (answer, "referral_to_placement", placement);
  offers = bw_storage_prepare (self->conn,
    "SELECT o.uuid, json_extract (o.fields, '$.title'), json_extract (o.fields, '$.capacity'),"
    " (SELECT count (*) FROM records e WHERE e.type = 'enrolment' AND e.deleted = 0 AND e.case_uuid = o.uuid"
    "   AND json_extract (e.fields, '$.status') IN ('placed', 'started', 'completed')),"
    " (SELECT count (*) FROM records a WHERE a.type = 'attendance' AND a.deleted = 0 AND a.case_uuid = o.uuid),"
    " (SELECT count (*) FROM records a WHERE a.type = 'attendance' AND a.deleted = 0 AND a.case_uuid = o.uuid"
    "   AND json_extract (a.fields, '$.status') = 'present'),"
    " json_extract (o.fields, '$.buurt_code')"
    " FROM records o WHERE o.type = 'offer' AND o.deleted = 0"
    " AND coalesce (json_extract (o.fields, '$.first_date'), '') <= ?2"
    " AND coalesce (json_extract (o.fields, '$.last_date'), '9999') >= ?1"
    " ORDER BY json_extract (o.fields, '$.title')", error);
  if (offers == NULL)
    return FALSE;
  bw_storage_bind_text (offers, 1, from_day);
  bw_storage_bind_text (offers, 2, until);
  while ((rc = bw_storage_step (offers)) == BW_STORAGE_ROW)
    {
      JsonObject *course;
      gint64 sessions = bw_storage_column_int64 (offers, 4);

      if (!g_hash_table_contains (r->area, bw_storage_column_text (offers, 6)))
        continue;
      course = json_object_new ();
      json_object_set_string_member (course, "title", bw_storage_column_text (offers, 1));
      json_object_set_int_member (course, "capacity", bw_storage_column_int64 (offers, 2));
      json_object_set_member (course, "placed", shown_count (bw_storage_column_int64 (offers, 3)));
      /* A share of fewer than 5 attendance marks could point at one
       * resident's absences. */
      if (sessions < BW_FIGURES_MIN_SHOWN)
        json_object_set_null_member (course, "attendance_percent");
      else
        json_object_set_int_member (course, "attendance_percent", bw_storage_column_int64 (offers, 5) * 100 / sessions);
      json_array_add_object_element (courses, course);
    }
  if (rc != BW_STORAGE_DONE)
    return bw_storage_set_error (self->conn, rc, error);

  {
    g_autoptr(BwStorageStmt) stmt = bw_storage_prepare (self->conn,
      "SELECT json_extract (fields, '$.case_ref'), json_extract (fields, '$.referred_at'),"
      " json_extract (fields, '$.status_date') FROM records WHERE type = 'enrolment' AND deleted = 0"
      " AND json_extract (fields, '$.status') IN ('placed', 'started', 'completed')"
      " AND json_extract (fields, '$.status_date') BETWEEN ?1 AND ?2", error);

    if (stmt == NULL)
      return FALSE;
    bw_storage_bind_text (stmt, 1, from_day);
    bw_storage_bind_text (stmt, 2, until);
    while ((rc = bw_storage_step (stmt)) == BW_STORAGE_ROW)
      {
        const char *ref = bw_storage_column_text (stmt, 0);
        g_autoptr(GDateTime) referred = NULL;
        g_autoptr(GDateTime) placed = NULL;
        g_autofree char *placed_text = NULL;
        gint64 days;

        if (ref == NULL || !g_hash_table_contains (in_area, ref) || bw_storage_column_text (stmt, 1) == NULL)
          continue;
        referred = g_date_time_new_from_iso8601 (bw_storage_column_text (stmt, 1), NULL);
        placed_text = g_strconcat (bw_storage_column_text (stmt, 2), "T12:00:00Z", NULL);
        placed = g_date_time_new_from_iso8601 (placed_text, NULL);
        if (referred == NULL || placed == NULL)
          continue;
        days = MAX (g_date_time_difference (placed, referred) / G_TIME_SPAN_DAY, 0);
        g_array_append_val (waits, days);
      }
    if (rc != BW_STORAGE_DONE)
      return bw_storage_set_error (self->conn, rc, error);
  }
  g_array_sort (waits, compare_gint64);
  json_object_set_member (placement, "placed", shown_count (waits->len));
  if (waits->len < BW_FIGURES_MIN_SHOWN)
    json_object_set_null_member (placement, "median_days");
  else
    json_object_set_int_member (placement, "median_days", g_array_index (waits, gint64, waits->len / 2));
  return TRUE;
}

JsonObject *
bw_server_store_get_report (BwServerStore       *self,
                            const BwServerUser  *user,
                            const char          *from,
                            const char          *to,
                            const char          *area,
                            GError             **error)
{
  g_auto(Report) r = { 0 };
  g_autoptr(GHashTable) in_area = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(JsonObject) answer = NULL;
  g_autofree char *now = bw_date_now_utc ();
  JsonArray *months;
  JsonObject *object;
  int to_month;

  g_return_val_if_fail (BW_IS_SERVER_STORE (self), NULL);

  if (user->role == BW_ROLE_PARTNER || (user->role != BW_ROLE_TRAINER && user->team_id == 0))
    {
      /* The same answer as an unknown path. */
      g_set_error_literal (error, BW_SERVER_ERROR, BW_SERVER_ERROR_NOT_FOUND, "No such path");
      return NULL;
    }
  r.from = month_number (from);
  to_month = month_number (to);
  if (r.from < 0 || to_month < r.from || to_month - r.from >= MAX_MONTHS || strlen (from) != 7 ||
      strlen (to) != 7 || area == NULL)
    {
      g_set_error (error, BW_SERVER_ERROR, BW_SERVER_ERROR_INVALID,
                   "from and to are months (YYYY-MM), at most %d of them, and area is all, noord or a buurt code",
                   MAX_MONTHS);
      return NULL;
    }
  r.n = to_month - r.from + 1;
  r.area = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  {
    g_autoptr(GListModel) buurten = bw_neighbourhood_load_geojson (NULL, error);

    if (buurten == NULL)
      return NULL;
    for (guint i = 0; i < g_list_model_get_n_items (buurten); i++)
      {
        g_autoptr(BwNeighbourhood) b = g_list_model_get_item (buurten, i);

        if (g_str_equal (area, "all") || (g_str_equal (area, "noord") && bw_neighbourhood_is_heerlen_noord (b)) ||
            g_str_equal (area, bw_neighbourhood_get_code (b)))
          g_hash_table_add (r.area, g_strdup (bw_neighbourhood_get_code (b)));
      }
  }
  if (g_hash_table_size (r.area) == 0)
    {
      g_set_error_literal (error, BW_SERVER_ERROR, BW_SERVER_ERROR_INVALID,
                           "area is all, noord or a buurt code");
      return NULL;
    }
  r.series = g_new0 (gint64, SERIES_N * r.n);
  r.outcomes = g_new0 (gint64, BW_OUTCOME_N * r.n);
  r.tracks = g_new0 (gint64, BW_TRACK_N * r.n);

  /* One read transaction: every count from the same moment. */
  if (!bw_storage_begin (self->conn, error))
    return NULL;
  answer = json_object_new ();
  {
    g_autofree char *from_day = g_strconcat (from, "-01", NULL);
    g_autofree char *until = g_strdup_printf ("%s-31", to);

    if (!read_live_cases (self, &r, in_area, error) || !read_track_moves (self, &r, in_area, error) ||
        !read_aggregates (self, &r, error) || !add_score_changes (self, in_area, until, answer, error) ||
        !add_courses (self, &r, in_area, from_day, until, answer, error))
      {
        bw_storage_rollback (self->conn);
        return NULL;
      }
  }
  bw_storage_rollback (self->conn);
  suppress (&r);

  json_object_set_string_member (answer, "epoch", self->epoch);
  json_object_set_string_member (answer, "computed_at", now);
  json_object_set_int_member (answer, "min_shown", BW_FIGURES_MIN_SHOWN);
  json_object_set_string_member (answer, "area", area);
  months = json_array_new ();
  for (guint i = 0; i < r.n; i++)
    {
      int m = r.from + (int) i;
      g_autofree char *text = g_strdup_printf ("%04d-%02d", m / 12, m % 12 + 1);

      json_array_add_string_element (months, text);
    }
  json_object_set_array_member (answer, "months", months);
  for (guint s = 0; s < SERIES_N; s++)
    json_object_set_array_member (answer, series_keys[s], row_to_json (&r.series[s * r.n], r.n));
  object = json_object_new ();
  for (guint o = 0; o < BW_OUTCOME_N; o++)
    if (o != BW_OUTCOME_NONE)
      json_object_set_array_member (object, bw_outcome_to_key (o), row_to_json (&r.outcomes[o * r.n], r.n));
  json_object_set_object_member (answer, "outcomes", object);
  object = json_object_new ();
  for (guint t = 0; t < BW_TRACK_N; t++)
    if (t != BW_TRACK_NONE)
      json_object_set_array_member (object, bw_track_to_key (t), row_to_json (&r.tracks[t * r.n], r.n));
  json_object_set_object_member (answer, "tracks_in", object);
  return g_steal_pointer (&answer);
}
