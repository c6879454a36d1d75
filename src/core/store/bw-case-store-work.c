/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-store"
#include "config.h"

/* "My work": the signed-in worker's day, one query per section, each read
 * from an index (cases_by_owner, actions_by_assignee, cases_by_transfer,
 * journal_contacts; tests/core/test-case-store.c checks the plans), so
 * that the page costs what the worker carries, never the size of the
 * store (bench/bench-case-list.c prints it at 100,000 cases). */

#include <stdio.h>

#include "bw-case-store-private.h"
#include "bw-case-store-work.h"
#include "bw-date.h"
#include "bw-sqlite.h"

/* Every query gives: case id, case uuid, record id, name, text, date.
 * ?1 is the user, ?2 today, ?3 the other end of the section's period. */
#define ACTION_COLUMNS "SELECT c.id, c.uuid, a.id, c.name, a.what, a.due_date"
/* Actions assigned to me, and those of my cases assigned to no one (an
 * action for someone outside the system is followed up by the case's
 * worker); of open cases only (what closing a case left open is no
 * longer anyone's day). The unary + keeps the second part on my cases: from
 * actions_by_assignee it would read every unassigned action there is. */
#define MY_ACTIONS(period)                                                                          \
  ACTION_COLUMNS " FROM actions a JOIN cases c ON c.id = a.case_id"                                 \
  " WHERE a.assignee = ?1 AND a.done = 0 AND a.deleted = 0 AND " period " AND c.deleted = 0"        \
  " AND c.status IN ('intake', 'active')"                                                          \
  " UNION ALL "                                                                                     \
  ACTION_COLUMNS " FROM cases c JOIN actions a ON a.case_id = c.id"                                 \
  " WHERE c.owner = ?1 AND c.deleted = 0 AND c.status IN ('intake', 'active')"                     \
  " AND +a.assignee = 0 AND +a.done = 0 AND a.deleted = 0"                                          \
  " AND +" period                                                                                   \
  " ORDER BY 6, 3"
/* My open cases with the date of their last @table row (NULL: none)
 * before ?3. */
#define MY_CASES_LAST(table)                                                                        \
  "SELECT id, uuid, 0, name, NULL, last FROM"                                                       \
  " (SELECT c.id, c.uuid, c.name,"                                                                  \
  "   (SELECT max (x.date) FROM " table " x WHERE x.case_id = c.id AND x.deleted = 0) AS last"      \
  "  FROM cases c WHERE c.owner = ?1 AND c.deleted = 0 AND c.status IN ('intake', 'active'))"       \
  " WHERE last IS NULL OR last < ?3"                                                                \
  " ORDER BY last IS NOT NULL, last, id"

static const char * const work_sql[BW_WORK_N_SECTIONS] = {
  [BW_WORK_OVERDUE] = MY_ACTIONS ("a.due_date < ?2"),
  [BW_WORK_THIS_WEEK] = MY_ACTIONS ("a.due_date BETWEEN ?2 AND ?3"),
  [BW_WORK_NO_CONTACT] = MY_CASES_LAST ("journal"),
  [BW_WORK_REASSESS] = MY_CASES_LAST ("assessments"),
  [BW_WORK_SHARES_ENDING] =
    "SELECT c.id, c.uuid, s.id, c.name, s.organisation, s.end_date"
    " FROM cases c JOIN shares s ON s.case_id = c.id"
    " WHERE c.owner = ?1 AND c.deleted = 0 AND s.deleted = 0 AND s.withdrawn_at IS NULL"
    " AND s.end_date BETWEEN ?2 AND ?3"
    " ORDER BY s.end_date, s.id",
  [BW_WORK_WAITING_LIST] =
    "SELECT c.id, c.uuid, e.id, c.name, o.title, substr (e.referred_at, 1, 10)"
    " FROM cases c JOIN enrolments e ON e.case_uuid = c.uuid JOIN offers o ON o.uuid = e.offer_uuid"
    " WHERE c.owner = ?1 AND c.deleted = 0 AND c.status IN ('intake', 'active')"
    " AND e.deleted = 0 AND e.status = 'waiting' AND o.deleted = 0"
    " ORDER BY e.referred_at, e.id",
  /* A colleague's offer to me, and another team's offers to my team
   * (the case is not here before someone accepts it: the row names the
   * offering team). */
  [BW_WORK_TRANSFERS] =
    "SELECT c.id, c.uuid, 0, c.name, c.transfer_note, NULL FROM cases c"
    " WHERE c.transfer_to_user = ?1 AND c.transfer_to_user <> 0 AND c.deleted = 0"
    " UNION ALL "
    "SELECT 0, t.case_uuid, 0, t.from_team, t.note, substr (t.offered_at, 1, 10)"
    " FROM incoming_transfers t WHERE t.to_user IN (0, ?1)"
    " ORDER BY 6, 2",
};

const char *
bw_case_store_work_sql (BwWorkSection section)
{
  g_return_val_if_fail (section < BW_WORK_N_SECTIONS, NULL);
  return work_sql[section];
}

/* @iso plus @days, ISO. */
static char *
add_days (const char *iso,
          int         days)
{
  int y, m, d;
  g_autoptr(GDate) date = NULL;
  char buf[16];

  if (sscanf (iso, "%d-%d-%d", &y, &m, &d) != 3 || !g_date_valid_dmy (d, m, y))
    return NULL;
  date = g_date_new_dmy (d, m, y);
  if (days >= 0)
    g_date_add_days (date, days);
  else
    g_date_subtract_days (date, -days);
  g_snprintf (buf, sizeof buf, "%04d-%02d-%02d", g_date_get_year (date), g_date_get_month (date),
              g_date_get_day (date));
  return g_strdup (buf);
}

/* The other end of @section's period: this week's Sunday, the day a
 * contact or an assessment is due from, the last day a share may end. */
static char *
section_date (BwCaseStore   *self,
              BwWorkSection  section,
              const char    *today)
{
  switch (section)
    {
    case BW_WORK_THIS_WEEK:
      {
        int y, m, d;

        if (sscanf (today, "%d-%d-%d", &y, &m, &d) != 3 || !g_date_valid_dmy (d, m, y))
          return NULL;
        {
          g_autoptr(GDate) date = g_date_new_dmy (d, m, y);
          return add_days (today, G_DATE_SUNDAY - g_date_get_weekday (date));
        }
      }
    case BW_WORK_NO_CONTACT:
      return add_days (today, -7 * (int) bw_case_store_get_contact_weeks (self));
    case BW_WORK_REASSESS:
      return bw_date_add_months (today, -(int) bw_case_store_get_reassess_months (self));
    case BW_WORK_SHARES_ENDING:
      return add_days (today, 30);
    case BW_WORK_OVERDUE:
    case BW_WORK_WAITING_LIST:
    case BW_WORK_TRANSFERS:
    case BW_WORK_N_SECTIONS:
    default:
      return NULL;
    }
}

GListModel *
bw_case_store_list_work (BwCaseStore   *self,
                         BwWorkSection  section,
                         gint64         user_id,
                         const char    *today,
                         GError       **error)
{
  g_autoptr(GListStore) items = g_list_store_new (BW_TYPE_WORK_ITEM);
  g_autoptr(BwDbStatement) stmt = NULL;
  g_autofree char *other = NULL;
  int rc;

  g_return_val_if_fail (BW_IS_CASE_STORE (self), NULL);
  g_return_val_if_fail (section < BW_WORK_N_SECTIONS, NULL);
  g_return_val_if_fail (bw_date_is_iso_date (today), NULL);

  /* Before anyone signed in nothing is anyone's (owner 0 is "no one"). */
  if (user_id <= 0)
    return G_LIST_MODEL (g_steal_pointer (&items));

  other = section_date (self, section, today);
  stmt = bw_db_prepare (bw_case_store_conn (self), work_sql[section], error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, user_id);
  bw_sqlite_bind_text (stmt, 2, today);
  if (other != NULL)
    bw_sqlite_bind_text (stmt, 3, other);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(BwWorkItem) item = bw_work_item_new (section,
                                                     sqlite3_column_int64 (stmt, 0),
                                                     bw_sqlite_column_text (stmt, 1),
                                                     sqlite3_column_int64 (stmt, 2),
                                                     bw_sqlite_column_text (stmt, 3),
                                                     bw_sqlite_column_text (stmt, 4),
                                                     bw_sqlite_column_text (stmt, 5));
      g_list_store_append (items, item);
    }
  if (rc != SQLITE_DONE)
    {
      g_set_error (error, BW_STORE_ERROR, BW_STORE_ERROR_FAILED, "%s",
                   sqlite3_errmsg (bw_case_store_get_db (self)));
      return NULL;
    }
  return G_LIST_MODEL (g_steal_pointer (&items));
}

static gpointer
read_work (BwCaseStore  *self,
           gpointer      data,
           GError      **error)
{
  GPtrArray *sections = data;
  gint64 user_id = bw_case_store_get_user_id (self);
  g_autofree char *today = bw_date_today ();

  for (guint i = 0; i < BW_WORK_N_SECTIONS; i++)
    {
      GListModel *items = bw_case_store_list_work (self, i, user_id, today, error);

      if (items == NULL)
        return NULL;
      g_ptr_array_add (sections, items);
    }
  return sections;
}

void
bw_case_store_read_work_async (BwCaseStore         *self,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  GPtrArray *sections = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_if_fail (BW_IS_CASE_STORE (self));
  bw_case_store_read_async (self, read_work, sections, (GDestroyNotify) g_ptr_array_unref, cancellable,
                            callback, user_data);
}

GPtrArray *
bw_case_store_read_work_finish (BwCaseStore   *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  GPtrArray *sections = bw_case_store_read_finish (self, result, error);

  /* The job's data, freed with the job: the caller gets its own ref. */
  return sections != NULL ? g_ptr_array_ref (sections) : NULL;
}

static gboolean
complete_action_job (BwCaseStore  *self,
                     gpointer      data,
                     GError      **error)
{
  gint64 *id = data;

  return bw_case_store_set_action_done (self, *id, TRUE, error);
}

void
bw_case_store_complete_action_async (BwCaseStore         *self,
                                     gint64               action_id,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  g_return_if_fail (BW_IS_CASE_STORE (self));
  bw_case_store_write_async (self, complete_action_job, g_memdup2 (&action_id, sizeof action_id), g_free,
                             cancellable, callback, user_data);
}

gboolean
bw_case_store_complete_action_finish (BwCaseStore   *self,
                                      GAsyncResult  *result,
                                      GError       **error)
{
  return bw_case_store_write_finish (self, result, error);
}
