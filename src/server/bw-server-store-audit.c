/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-server"
/* The audit log (its only writer) and a case's access history. */
#include "config.h"

#include <string.h>

#include "bw-audit-entry.h"
#include "bw-date.h"
#include "bw-record-json.h"
#include "bw-server-store-private.h"

gboolean
bw_server_store_audit (BwServerStore       *self,
                       const BwServerUser  *user,
                       const char          *action,
                       const char          *record_type,
                       const char          *record_uuid,
                       const char          *case_uuid,
                       const char          *detail,
                       GError             **error)
{
  g_autofree char *now = bw_date_format_utc (NULL);
  BwStorageStmt *stmt;

  /* Flooding: an account that repeats an "open" report, or the same
   * refused attempt, on one case within a minute does not write it again,
   * so nobody can bury a case's access history in junk. Only the case's
   * newest rows are looked at: bounded work. */
  if (user != NULL && bw_record_json_is_uuid (case_uuid) &&
      (g_str_equal (action, "open") || g_str_equal (action, "denied")))
    {
      g_autoptr(GDateTime) utc_now = g_date_time_new_now_utc ();
      g_autoptr(GDateTime) then = g_date_time_add_seconds (utc_now, -BW_SERVER_AUDIT_REPEAT_SECONDS);
      g_autofree char *since = bw_date_format_utc (then);
      gboolean repeat;

      /* An "open" repeats only for the same record: opening the case and
       * then one of its attachments are two rows. */
      stmt = bw_storage_prepare (self->conn, "SELECT count(*) FROM (SELECT user_id, action, record_type, record_uuid,"
                                        " detail, at FROM audit_log WHERE case_uuid = ?1 ORDER BY id DESC LIMIT 50) AS latest"
                                        " WHERE user_id = ?2 AND action = ?3 AND at >= ?4 AND record_type IS NOT DISTINCT FROM ?5"
                                        " AND ((?3 = 'open' AND record_uuid IS NOT DISTINCT FROM ?7)"
                                        " OR (?3 <> 'open' AND detail IS NOT DISTINCT FROM ?6))",
                            error);
      if (stmt == NULL)
        return FALSE;
      bw_storage_bind_text (stmt, 1, case_uuid);
      bw_storage_bind_int64 (stmt, 2, user->id);
      bw_storage_bind_text (stmt, 3, action);
      bw_storage_bind_text (stmt, 4, since);
      bw_storage_bind_text (stmt, 5, record_type);
      bw_storage_bind_text (stmt, 6, detail);
      bw_storage_bind_text (stmt, 7, record_uuid);
      if (bw_storage_step (stmt) != BW_STORAGE_ROW)
        {
          bw_storage_reset (stmt);
          return bw_storage_set_error (self->conn, 0, error);
        }
      repeat = bw_storage_column_int64 (stmt, 0) > 0;
      bw_storage_reset (stmt);
      if (repeat)
        return TRUE;
    }

  stmt = bw_storage_prepare (self->conn, "INSERT INTO audit_log (at, user_id, role, action, record_type,"
                                    " record_uuid, case_uuid, client, peer, detail)"
                                    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)", error);
  if (stmt == NULL)
    return FALSE;
  bw_storage_bind_text (stmt, 1, now);
  if (user != NULL)
    {
      bw_storage_bind_int64 (stmt, 2, user->id);
      bw_storage_bind_text (stmt, 3, bw_role_to_key (user->role));
      bw_storage_bind_text (stmt, 8, user->client);
      bw_storage_bind_text (stmt, 9, user->peer);
    }
  bw_storage_bind_text (stmt, 4, action);
  bw_storage_bind_text (stmt, 5, record_type);
  /* Only well-formed uuids: whatever else a client sent is not kept. */
  bw_storage_bind_text (stmt, 6, bw_record_json_is_uuid (record_uuid) ? record_uuid : NULL);
  bw_storage_bind_text (stmt, 7, bw_record_json_is_uuid (case_uuid) ? case_uuid : NULL);
  bw_storage_bind_text (stmt, 10, detail);
  return bw_storage_step_done (self->conn, stmt, error);
}

/* A denied attempt, in its own transaction (for reads, which have none). */
void
bw_server_store_audit_denied_now (BwServerStore       *self,
                                  const BwServerUser  *user,
                                  const char          *record_uuid,
                                  const char          *case_uuid,
                                  const char          *detail)
{
  g_autoptr(GError) error = NULL;

  if (!bw_storage_begin (self->conn, &error) ||
      !bw_server_store_audit (self, user, "denied", NULL, record_uuid, case_uuid, detail, &error) ||
      !bw_storage_commit (self->conn, &error))
    {
      bw_storage_rollback (self->conn);
      g_warning ("The audit log could not be written: %s", error->message);
    }
}

char *
bw_server_client_stamp (const char *name,
                        const char *stamp)
{
  g_autoptr(GDateTime) when = NULL;
  g_autofree char *checked = NULL;

  /* Only a timestamp the client made goes in, checked for its form. */
  if (stamp == NULL || strlen (stamp) > 40 || (when = g_date_time_new_from_iso8601 (stamp, NULL)) == NULL)
    return NULL;
  checked = g_date_time_format_iso8601 (when);
  return g_strdup_printf ("%s=%s", name, checked);
}

gboolean
bw_server_store_report_exported (BwServerStore       *self,
                                 const BwServerUser  *user,
                                 const char          *what,
                                 const char          *case_uuid,
                                 const char          *exported_at,
                                 GError             **error)
{
  g_auto(BwServerRow) row = { 0 };
  g_autoptr(GError) local_error = NULL;
  g_autofree char *detail = bw_server_client_stamp ("exported_at", exported_at);

  g_return_val_if_fail (BW_IS_SERVER_STORE (self), FALSE);

  if (!bw_audit_export_is_key (what))
    {
      g_set_error_literal (error, BW_SERVER_ERROR, BW_SERVER_ERROR_INVALID, "what must be a known export");
      return FALSE;
    }
  /* An export of one case's history lands in that case's history: only
   * for a case the user sees, or anyone could write into any case's. */
  if (case_uuid != NULL &&
      (!bw_record_json_is_uuid (case_uuid) || !bw_server_store_load_row (self, case_uuid, &row, &local_error) ||
       row.type != BW_RECORD_TYPE_CASE || !bw_server_user_sees (user, &row)))
    {
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      bw_server_store_audit_denied_now (self, user, NULL, case_uuid, "export");
      g_set_error_literal (error, BW_SERVER_ERROR, BW_SERVER_ERROR_NOT_FOUND, "No such record");
      return FALSE;
    }
  if (!bw_storage_begin (self->conn, error))
    return FALSE;
  if (!bw_server_store_audit (self, user, "export", what, NULL, case_uuid, detail, error) ||
      !bw_storage_commit (self->conn, error))
    {
      bw_storage_rollback (self->conn);
      return FALSE;
    }
  return TRUE;
}

/* The rows of @stmt (the columns of an access-history query), at most
 * @limit, into @answer's "entries", with "more" and "next_before". */
static gboolean
read_entries (BwServerStore  *self,
              BwStorageStmt  *stmt,
              gint64          limit,
              JsonObject     *answer,
              GError        **error)
{
  static const char *names[] = {
    NULL, "at", NULL, "user_name", "role", "action", "record_type", "record_uuid", "client",
    "peer", "detail", "case_uuid",
  };
  JsonArray *entries = json_array_new ();
  gint64 last_id = 0;
  gboolean more = FALSE;
  guint n = 0;
  int rc;

  json_object_set_array_member (answer, "entries", entries);
  while ((rc = bw_storage_step (stmt)) == BW_STORAGE_ROW)
    {
      JsonObject *entry;

      if (n == (guint) limit)
        {
          more = TRUE;
          break;
        }
      n++;
      last_id = bw_storage_column_int64 (stmt, 0);
      entry = json_object_new ();
      json_object_set_int_member (entry, "id", bw_storage_column_int64 (stmt, 0));
      json_object_set_int_member (entry, "user_id", bw_storage_column_int64 (stmt, 2));
      for (int c = 1; c < (int) G_N_ELEMENTS (names); c++)
        if (names[c] != NULL)
          {
            if (bw_storage_column_is_null (stmt, c))
              json_object_set_null_member (entry, names[c]);
            else
              json_object_set_string_member (entry, names[c], bw_storage_column_text (stmt, c));
          }
      json_array_add_object_element (entries, entry);
    }
  bw_storage_reset (stmt);
  if (rc != BW_STORAGE_DONE && rc != BW_STORAGE_ROW)
    {
      bw_storage_set_error (self->conn, 0, error);
      return FALSE;
    }
  /* The next page: the rows older than the last one of this page. */
  json_object_set_boolean_member (answer, "more", more);
  if (more)
    json_object_set_int_member (answer, "next_before", last_id);
  else
    json_object_set_null_member (answer, "next_before");
  return TRUE;
}

JsonObject *
bw_server_store_access_history (BwServerStore       *self,
                                const BwServerUser  *user,
                                const char          *case_uuid,
                                gint64               before,
                                gint64               limit,
                                GError             **error)
{
  g_auto(BwServerRow) row = { 0 };
  g_autoptr(GError) local_error = NULL;
  g_autoptr(JsonObject) answer = NULL;
  BwStorageStmt *stmt;

  g_return_val_if_fail (BW_IS_SERVER_STORE (self), NULL);

  if (limit < 1 || limit > BW_SERVER_HISTORY_MAX_PAGE || before < 0)
    {
      g_set_error (error, BW_SERVER_ERROR, BW_SERVER_ERROR_INVALID,
                   "limit must be 1 to %d and before at least 0", BW_SERVER_HISTORY_MAX_PAGE);
      return NULL;
    }
  if (user->role != BW_ROLE_COORDINATOR || !bw_record_json_is_uuid (case_uuid) ||
      !bw_server_store_load_row (self, case_uuid, &row, &local_error) || row.type != BW_RECORD_TYPE_CASE ||
      !bw_server_user_sees (user, &row))
    {
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
      bw_server_store_audit_denied_now (self, user, case_uuid, case_uuid, "access_history");
      g_set_error_literal (error, BW_SERVER_ERROR, BW_SERVER_ERROR_NOT_FOUND, "No such record");
      return NULL;
    }

  answer = json_object_new ();
  json_object_set_string_member (answer, "epoch", self->epoch);
  json_object_set_string_member (answer, "case_uuid", case_uuid);
  stmt = bw_storage_prepare (self->conn, "SELECT a.id, a.at, a.user_id, u.name, a.role, a.action, a.record_type,"
                                    " a.record_uuid, a.client, a.peer, a.detail, a.case_uuid FROM audit_log a"
                                    " LEFT JOIN users u ON u.id = a.user_id"
                                    " WHERE a.case_uuid = ?1 AND (?2 = 0 OR a.id < ?2) ORDER BY a.id DESC LIMIT ?3",
                              error);
  if (stmt == NULL)
    return NULL;
  bw_storage_bind_text (stmt, 1, case_uuid);
  bw_storage_bind_int64 (stmt, 2, before);
  bw_storage_bind_int64 (stmt, 3, limit + 1);
  if (!read_entries (self, stmt, limit, answer, error))
    return NULL;
  return g_steal_pointer (&answer);
}

JsonObject *
bw_server_store_team_access_history (BwServerStore       *self,
                                     const BwServerUser  *user,
                                     const char          *action,
                                     const char          *role,
                                     const char          *since,
                                     gint64               before,
                                     gint64               limit,
                                     GError             **error)
{
  static const char *actions[] = { "deliver", "open", "create", "update", "delete", "share", "withdraw",
                                   "denied", "purge", "export", NULL };
  static const char *roles[] = { "buurtteam", "trainer", "partner", "coordinator", NULL };
  g_autoptr(JsonObject) answer = NULL;
  BwStorageStmt *stmt;

  g_return_val_if_fail (BW_IS_SERVER_STORE (self), NULL);

  if (user->role != BW_ROLE_COORDINATOR || user->team_id == 0)
    {
      /* The same answer as an unknown path. */
      g_set_error_literal (error, BW_SERVER_ERROR, BW_SERVER_ERROR_NOT_FOUND, "No such path");
      return NULL;
    }
  if (limit < 1 || limit > BW_SERVER_HISTORY_MAX_PAGE || before < 0 ||
      (action != NULL && !g_strv_contains (actions, action)) || (role != NULL && !g_strv_contains (roles, role)) ||
      (since != NULL && !bw_date_is_iso_date (since)))
    {
      g_set_error (error, BW_SERVER_ERROR, BW_SERVER_ERROR_INVALID,
                   "limit must be 1 to %d, before at least 0, action and role known keys and since a date",
                   BW_SERVER_HISTORY_MAX_PAGE);
      return NULL;
    }
  answer = json_object_new ();
  json_object_set_string_member (answer, "epoch", self->epoch);
  /* Every row about a case of the coordinator's team, and the exports of
   * its workers that name no case (a report, the map), newest first. */
  stmt = bw_storage_prepare (self->conn, "SELECT a.id, a.at, a.user_id, u.name, a.role, a.action, a.record_type,"
                                    " a.record_uuid, a.client, a.peer, a.detail, a.case_uuid FROM audit_log a"
                                    " LEFT JOIN records r ON r.uuid = a.case_uuid AND r.type = 'case'"
                                    " LEFT JOIN users u ON u.id = a.user_id"
                                    " WHERE (r.team_id = ?1 OR (a.case_uuid IS NULL AND a.action = 'export'"
                                    " AND u.team_id = ?1))"
                                    " AND (?2 = 0 OR a.id < ?2) AND (CAST (?4 AS TEXT) IS NULL OR a.action = ?4)"
                                    " AND (CAST (?5 AS TEXT) IS NULL OR a.role = ?5) AND (CAST (?6 AS TEXT) IS NULL OR a.at >= ?6)"
                                    " ORDER BY a.id DESC LIMIT ?3", error);
  if (stmt == NULL)
    return NULL;
  bw_storage_bind_int64 (stmt, 1, user->team_id);
  bw_storage_bind_int64 (stmt, 2, before);
  bw_storage_bind_int64 (stmt, 3, limit + 1);
  bw_storage_bind_text (stmt, 4, action);
  bw_storage_bind_text (stmt, 5, role);
  bw_storage_bind_text (stmt, 6, since);
  if (!read_entries (self, stmt, limit, answer, error))
    return NULL;
  return g_steal_pointer (&answer);
}
