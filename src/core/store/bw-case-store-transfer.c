/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-store"
#include "config.h"

/* Handing a case over (docs/sync-protocol.md, "Ownership and transfer"):
 * the case's assigned fields, which saving its form never writes, each
 * written here on its own. The outbox trigger queues the case and the
 * push sends what differs from the server's copy: only these fields. */

#include <glib/gi18n-lib.h>

#include "bw-case-store-private.h"
#include "bw-date.h"
#include "bw-name-order.h"
#include "bw-sqlite.h"
#include "bw-validation.h"

typedef struct {
  gint64 to_user;
  gint64 to_team;
  const char *note;
} Assignment;

/* Sets @assign (from ?4 on, bound by @bind) on the live case @case_id,
 * with the bookkeeping, in one transaction. */
static gboolean
change_case (BwCaseStore        *self,
             gint64              case_id,
             const char         *assign,
             void              (*bind) (sqlite3_stmt *, const Assignment *),
             const Assignment   *data,
             GError            **error)
{
  g_autofree char *sql = g_strdup_printf ("UPDATE cases SET %s, revision = revision + 1,"
                                          " updated_at = ?2, updated_by = ?3"
                                          " WHERE id = ?1 AND deleted = 0", assign);
  g_autofree char *now = bw_date_now_utc ();
  g_autoptr(BwDbStatement) stmt = NULL;

  if (!bw_case_store_begin (self, error))
    return FALSE;
  stmt = bw_db_prepare (bw_case_store_conn (self), sql, error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, case_id);
  bw_sqlite_bind_text (stmt, 2, now);
  bw_sqlite_bind_text (stmt, 3, bw_case_store_get_author (self));
  bind (stmt, data);
  if (!bw_db_step_done (bw_case_store_conn (self), stmt, error))
    goto fail;
  if (sqlite3_changes (bw_db_get_handle (bw_case_store_conn (self))) == 0)
    {
      g_set_error_literal (error, BW_STORE_ERROR, BW_STORE_ERROR_NOT_FOUND,
                           _("This case does not exist (any more)"));
      goto fail;
    }
  bw_case_store_note_change (self, case_id);
  return bw_case_store_commit (self, error);

fail:
  bw_case_store_rollback (self);
  return FALSE;
}

static void
bind_transfer (sqlite3_stmt     *stmt,
               const Assignment *a)
{
  sqlite3_bind_int64 (stmt, 4, a->to_user);
  sqlite3_bind_int64 (stmt, 5, a->to_team);
  bw_sqlite_bind_text (stmt, 6, a->note);
}

static void
bind_owner (sqlite3_stmt     *stmt,
            const Assignment *a)
{
  sqlite3_bind_int64 (stmt, 4, a->to_user);
}

gboolean
bw_case_store_offer_transfer (BwCaseStore  *self,
                              gint64        case_id,
                              gint64        to_user,
                              gint64        to_team,
                              const char   *note,
                              GError      **error)
{
  g_autofree char *clean = NULL;
  Assignment a = { to_user, to_team, NULL };

  g_return_val_if_fail (BW_IS_CASE_STORE (self), FALSE);

  if ((to_user > 0) == (to_team > 0))
    {
      g_set_error_literal (error, BW_VALIDATION_ERROR, BW_VALIDATION_ERROR_TEAM_CONTACT,
                           _("Choose a colleague or another team to hand the case over to"));
      return FALSE;
    }
  clean = g_strstrip (bw_text_normalise (note ? note : ""));
  if (!bw_validate_required_text (clean, BW_VALIDATION_ERROR_TEXT,
                                  _("Write a note for the one who takes the case over"), error) ||
      !bw_validate_text_length ("case", "transfer_note", clean, BW_VALIDATION_ERROR_TEXT, error))
    return FALSE;
  if (to_user > 0 && to_user == bw_case_store_get_user_id (self))
    {
      g_set_error_literal (error, BW_VALIDATION_ERROR, BW_VALIDATION_ERROR_TEAM_CONTACT,
                           _("Choose a colleague other than yourself"));
      return FALSE;
    }
  a.note = clean;
  return change_case (self, case_id, "transfer_to_user = ?4, transfer_to_team = ?5, transfer_note = ?6",
                      bind_transfer, &a, error);
}

gboolean
bw_case_store_withdraw_transfer (BwCaseStore  *self,
                                 gint64        case_id,
                                 GError      **error)
{
  const Assignment none = { 0, 0, NULL };

  g_return_val_if_fail (BW_IS_CASE_STORE (self), FALSE);
  return change_case (self, case_id, "transfer_to_user = ?4, transfer_to_team = ?5, transfer_note = ?6",
                      bind_transfer, &none, error);
}

gboolean
bw_case_store_set_owner (BwCaseStore  *self,
                         gint64        case_id,
                         gint64        owner,
                         GError      **error)
{
  const Assignment a = { owner, 0, NULL };

  g_return_val_if_fail (BW_IS_CASE_STORE (self), FALSE);

  if (owner <= 0)
    {
      g_set_error_literal (error, BW_VALIDATION_ERROR, BW_VALIDATION_ERROR_TEAM_CONTACT,
                           _("Choose the worker who takes the case over"));
      return FALSE;
    }
  return change_case (self, case_id, "owner = ?4", bind_owner, &a, error);
}

char *
bw_case_store_get_team_name (BwCaseStore *self,
                             gint64       team_id)
{
  g_autoptr(BwDbStatement) stmt = NULL;

  g_return_val_if_fail (BW_IS_CASE_STORE (self), NULL);

  if (team_id <= 0)
    return NULL;
  stmt = bw_db_prepare (bw_case_store_conn (self), "SELECT name FROM teams WHERE id = ?1", NULL);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, team_id);
  return sqlite3_step (stmt) == SQLITE_ROW ? g_strdup (bw_sqlite_column_text (stmt, 0)) : NULL;
}

/* The answer to a declined transfer is the server's; closing it is this
 * desktop's alone, kept in the meta table by the case and the answer. */
static char *
dismissed_key (const char *case_uuid)
{
  return g_strconcat ("transfer_answer_seen:", case_uuid, NULL);
}

gboolean
bw_case_store_dismiss_transfer_answer (BwCaseStore  *self,
                                       const char   *case_uuid,
                                       const char   *answer,
                                       GError      **error)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (BW_IS_CASE_STORE (self), FALSE);
  g_return_val_if_fail (case_uuid != NULL, FALSE);

  key = dismissed_key (case_uuid);
  return bw_case_store_set_meta (self, key, answer, error);
}

gboolean
bw_case_store_transfer_answer_dismissed (BwCaseStore *self,
                                         const char  *case_uuid,
                                         const char  *answer)
{
  g_autofree char *key = NULL;
  g_autofree char *seen = NULL;

  g_return_val_if_fail (BW_IS_CASE_STORE (self), FALSE);

  if (case_uuid == NULL || answer == NULL)
    return FALSE;
  key = dismissed_key (case_uuid);
  seen = bw_case_store_get_meta (self, key);
  return g_strcmp0 (seen, answer) == 0;
}

void
bw_caseload_free (BwCaseload *load)
{
  if (load == NULL)
    return;
  g_free (load->name);
  g_free (load);
}

/* Per worker, from the indexes on the owner and the assignee; the last
 * contact as the case list reads it (the journal's index of contacts),
 * the day it was opened for a case without any. */
#define CASELOADS_SQL                                                         \
  "SELECT u.id, u.name,"                                                      \
  " (SELECT count (*) FROM cases c WHERE c.deleted = 0 AND c.owner = u.id"   \
  "   AND c.status <> 'closed'),"                                             \
  " (SELECT count (*) FROM actions a WHERE a.deleted = 0 AND a.assignee = u.id" \
  "   AND a.done = 0 AND a.due_date < ?1),"                                   \
  " (SELECT count (*) FROM cases c WHERE c.deleted = 0 AND c.owner = u.id"   \
  "   AND c.status <> 'closed' AND coalesce ((SELECT max (j.date) FROM journal j" \
  "   WHERE j.case_id = c.id AND j.deleted = 0 AND j.date <= ?1), c.opened_on, '') < ?2)" \
  " FROM team_users u WHERE u.role = 'buurtteam'"                             \
  " ORDER BY u.name COLLATE " BW_NAME_COLLATION ", u.id"

GPtrArray *
bw_case_store_list_caseloads (BwCaseStore  *self,
                              GError      **error)
{
  g_autoptr(GPtrArray) loads = g_ptr_array_new_with_free_func ((GDestroyNotify) bw_caseload_free);
  g_autoptr(BwDbStatement) stmt = NULL;
  g_autoptr(GDateTime) now = bw_date_now_local ();
  g_autoptr(GDateTime) cutoff = g_date_time_add_weeks (now, -(int) bw_case_store_get_contact_weeks (self));
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *since = g_date_time_format (cutoff, "%Y-%m-%d");
  int rc;

  g_return_val_if_fail (BW_IS_CASE_STORE (self), NULL);

  stmt = bw_db_prepare (bw_case_store_conn (self), CASELOADS_SQL, error);
  if (stmt == NULL)
    return NULL;
  bw_sqlite_bind_text (stmt, 1, today);
  bw_sqlite_bind_text (stmt, 2, since);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      BwCaseload *load = g_new0 (BwCaseload, 1);

      load->user_id = sqlite3_column_int64 (stmt, 0);
      load->name = g_strdup (bw_sqlite_column_text (stmt, 1));
      load->open_cases = sqlite3_column_int (stmt, 2);
      load->overdue_actions = sqlite3_column_int (stmt, 3);
      load->without_contact = sqlite3_column_int (stmt, 4);
      g_ptr_array_add (loads, load);
    }
  if (rc != SQLITE_DONE)
    {
      bw_db_set_error (bw_case_store_conn (self), rc, error);
      return NULL;
    }
  return g_steal_pointer (&loads);
}
