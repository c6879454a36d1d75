/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-store"
#include "config.h"

/* The case store's team: the workers a case can belong to or be handed
 * to, the other teams, and who "I" am, as the sync engine keeps them from
 * GET /api/v1/team and /me (docs/sync-protocol.md, "Ownership and
 * transfer"). Small tables, read where they are asked for. */

#include "bw-case-store-private.h"
#include "bw-name-order.h"
#include "bw-sqlite.h"

static GListModel *
list_members (BwCaseStore *self,
              const char  *sql)
{
  GListStore *list = g_list_store_new (BW_TYPE_TEAM_MEMBER);
  g_autoptr(BwDbStatement) stmt = NULL;

  g_return_val_if_fail (BW_IS_CASE_STORE (self), NULL);

  stmt = bw_db_prepare (bw_case_store_conn (self), sql, NULL);
  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autoptr(BwTeamMember) member = bw_team_member_new (sqlite3_column_int64 (stmt, 0),
                                                           bw_sqlite_column_text (stmt, 1),
                                                           bw_sqlite_column_text (stmt, 2));
      g_list_store_append (list, member);
    }
  return G_LIST_MODEL (list);
}

GListModel *
bw_case_store_list_team_members (BwCaseStore *self)
{
  return list_members (self, "SELECT id, name, role FROM team_users ORDER BY name COLLATE "
                             BW_NAME_COLLATION ", id");
}

GListModel *
bw_case_store_list_other_teams (BwCaseStore *self)
{
  return list_members (self, "SELECT id, name, NULL FROM teams WHERE own = 0 ORDER BY name, id");
}

char *
bw_case_store_get_member_name (BwCaseStore *self,
                               gint64       id)
{
  g_autoptr(BwDbStatement) stmt = NULL;

  g_return_val_if_fail (BW_IS_CASE_STORE (self), NULL);

  if (id <= 0)
    return NULL;
  stmt = bw_db_prepare (bw_case_store_conn (self), "SELECT name FROM team_users WHERE id = ?1", NULL);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  return sqlite3_step (stmt) == SQLITE_ROW ? g_strdup (bw_sqlite_column_text (stmt, 0)) : NULL;
}

static gint64
meta_int (BwCaseStore *self,
          const char  *key,
          gint64       fallback)
{
  g_autofree char *text = bw_case_store_get_meta (self, key);
  gint64 value;

  if (text == NULL || !g_ascii_string_to_signed (text, 10, 1, G_MAXINT32, &value, NULL))
    return fallback;
  return value;
}

gint64
bw_case_store_get_user_id (BwCaseStore *self)
{
  g_return_val_if_fail (BW_IS_CASE_STORE (self), 0);
  return meta_int (self, "user_id", 0);
}

guint
bw_case_store_get_reassess_months (BwCaseStore *self)
{
  g_return_val_if_fail (BW_IS_CASE_STORE (self), 3);
  return meta_int (self, "reassess_months", 3);
}

guint
bw_case_store_get_contact_weeks (BwCaseStore *self)
{
  g_return_val_if_fail (BW_IS_CASE_STORE (self), 6);
  return meta_int (self, "contact_weeks", 6);
}
