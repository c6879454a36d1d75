/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-server"
/* Who is responsible for a case, and handing it over
 * (docs/sync-protocol.md, "Ownership and transfer"): the team list a
 * desktop chooses from, the rules for the case's owner and transfer
 * fields in a push, and the answer to a transfer, which may move the case
 * to another team. */
#include "config.h"

#include <string.h>

#include "bw-date.h"
#include "bw-server-store-private.h"

static gint64
field_int (JsonObject *fields,
           const char *key)
{
  JsonNode *node = json_object_get_member (fields, key);

  return node != NULL && JSON_NODE_HOLDS_VALUE (node) ? json_node_get_int (node) : 0;
}

static const char *
field_text (JsonObject *fields,
            const char *key)
{
  JsonNode *node = json_object_get_member (fields, key);

  return node != NULL && JSON_NODE_HOLDS_VALUE (node) ? json_node_get_string (node) : NULL;
}

/* Whether @user_id is an active buurtteam member of @team_id: the only
 * users a case can belong to or be handed to. */
static gboolean
is_team_worker (BwServerStore  *self,
                gint64          user_id,
                gint64          team_id,
                GError        **error)
{
  g_autoptr(BwStorageStmt) stmt = NULL;
  gboolean found;

  if (user_id <= 0 || team_id <= 0)
    return FALSE;
  stmt = bw_storage_prepare (self->conn, "SELECT 1 FROM users WHERE id = ?1 AND team_id = ?2"
                                    " AND role = 'buurtteam' AND disabled = 0", error);
  if (stmt == NULL)
    return FALSE;
  bw_storage_bind_int64 (stmt, 1, user_id);
  bw_storage_bind_int64 (stmt, 2, team_id);
  found = bw_storage_step (stmt) == BW_STORAGE_ROW;
  return found;
}

static char *
team_name (BwServerStore *self,
           gint64         team_id)
{
  g_autoptr(BwStorageStmt) stmt = bw_storage_prepare (self->conn, "SELECT name FROM teams WHERE id = ?1", NULL);

  if (stmt == NULL)
    return NULL;
  bw_storage_bind_int64 (stmt, 1, team_id);
  return bw_storage_step (stmt) == BW_STORAGE_ROW ? g_strdup (bw_storage_column_text (stmt, 0)) : NULL;
}

static void
set_int (JsonObject *fields,
         const char *key,
         gint64      value)
{
  json_object_set_int_member (fields, key, value);
}

static void
set_null (JsonObject *fields,
          const char *key)
{
  json_object_set_null_member (fields, key);
}

/* No transfer pending: what an answer, a withdrawal and a reassignment
 * leave. */
static void
clear_transfer (JsonObject *fields)
{
  set_int (fields, "transfer_to_user", 0);
  set_int (fields, "transfer_to_team", 0);
  set_null (fields, "transfer_note");
}

gboolean
bw_server_store_case_moved_from (BwServerStore  *self,
                                 const char     *case_uuid,
                                 gint64          team_id,
                                 GError        **error)
{
  g_autoptr(BwStorageStmt) stmt = NULL;

  if (case_uuid == NULL || team_id == 0)
    return FALSE;
  stmt = bw_storage_prepare (self->conn, "SELECT 1 FROM moves WHERE case_uuid = ?1 AND team_id = ?2", error);
  if (stmt == NULL)
    return FALSE;
  bw_storage_bind_text (stmt, 1, case_uuid);
  bw_storage_bind_int64 (stmt, 2, team_id);
  return bw_storage_step (stmt) == BW_STORAGE_ROW;
}

JsonObject *
bw_server_store_check_case_create (BwServerStore        *self,
                                   const BwServerUser   *user,
                                   const BwServerChange *change,
                                   JsonObject           *fields)
{
  gint64 owner = field_int (fields, "owner");

  /* A new case is its creator's; nothing is handed over yet. */
  if ((owner != 0 && owner != user->id) || field_int (fields, "transfer_to_user") != 0 ||
      field_int (fields, "transfer_to_team") != 0 || field_text (fields, "transfer_answer") != NULL)
    return bw_server_change_rejected (change, "assigned_by_server",
                                      "The owner and the transfer of a case are set by the server");
  set_int (fields, "owner", user->id);
  clear_transfer (fields);
  set_null (fields, "transfer_answer");
  return NULL;
}

static gboolean
was_applied (GPtrArray  *applied,
             const char *key)
{
  return g_ptr_array_find_with_equal_func (applied, key, g_str_equal, NULL);
}

static void
mark_applied (GPtrArray  *applied,
              JsonObject *before,
              JsonObject *merged,
              const char *key)
{
  JsonNode *old = json_object_get_member (before, key);
  JsonNode *now = json_object_get_member (merged, key);

  if (!was_applied (applied, key) && (old == NULL || !json_node_equal (old, now)))
    g_ptr_array_add (applied, (gpointer) key);
}

JsonObject *
bw_server_store_check_case_update (BwServerStore        *self,
                                   const BwServerUser   *user,
                                   const BwServerChange *change,
                                   const BwServerRow    *row,
                                   JsonObject           *merged,
                                   GPtrArray            *applied,
                                   GError              **error)
{
  g_autoptr(GError) local_error = NULL;
  gint64 to_user, to_team;

  if (was_applied (applied, "transfer_answer"))
    return bw_server_change_rejected (change, "assigned_by_server",
                                      "The owner and the transfer of a case are set by the server");
  if (was_applied (applied, "owner"))
    {
      /* Reassigning is the coordinator's; a member hands over by a
       * transfer the other accepts. */
      if (user->role != BW_ROLE_COORDINATOR)
        return bw_server_change_rejected (change, "assigned_by_server",
                                          "The owner and the transfer of a case are set by the server");
      if (!is_team_worker (self, field_int (merged, "owner"), row->team_id, &local_error))
        {
          if (local_error != NULL)
            return (g_propagate_error (error, g_steal_pointer (&local_error)), NULL);
          return bw_server_change_rejected (change, "owner_not_in_team",
                                            "The owner must be a worker of the case's team");
        }
      clear_transfer (merged);
      set_null (merged, "transfer_answer");
      for (const char **key = (const char *[]) { "transfer_to_user", "transfer_to_team", "transfer_note",
                                                 "transfer_answer", NULL }; *key; key++)
        mark_applied (applied, row->fields, merged, *key);
      return NULL;
    }
  if (!was_applied (applied, "transfer_to_user") && !was_applied (applied, "transfer_to_team") &&
      !was_applied (applied, "transfer_note"))
    return NULL;

  to_user = field_int (merged, "transfer_to_user");
  to_team = field_int (merged, "transfer_to_team");
  /* The case's own team is the same as none. */
  if (to_team == row->team_id)
    set_int (merged, "transfer_to_team", to_team = 0);
  if (to_user == 0 && to_team == 0)
    /* Withdrawn. */
    set_null (merged, "transfer_note");
  else
    {
      const char *note = field_text (merged, "transfer_note");

      if (note == NULL || *note == '\0')
        return bw_server_change_rejected (change, "transfer_incomplete",
                                          "A transfer needs a note for the one who takes it over");
      if (to_team == 0 && (to_user == field_int (merged, "owner") ||
                           !is_team_worker (self, to_user, row->team_id, &local_error)))
        {
          if (local_error != NULL)
            return (g_propagate_error (error, g_steal_pointer (&local_error)), NULL);
          return bw_server_change_rejected (change, "owner_not_in_team",
                                            "The owner must be a worker of the case's team");
        }
      if (to_team != 0)
        {
          g_autofree char *name = team_name (self, to_team);

          /* To another team: whoever of it takes it. */
          if (name == NULL || to_user != 0)
            return bw_server_change_rejected (change, "transfer_unknown_team",
                                              "No such team to hand the case to");
        }
      set_null (merged, "transfer_answer");
    }
  for (const char **key = (const char *[]) { "transfer_to_team", "transfer_note", "transfer_answer", NULL };
       *key; key++)
    mark_applied (applied, row->fields, merged, *key);
  return NULL;
}

/* The offer another team sees, kept apart from the case it cannot see:
 * a new sequence number whenever it opens or closes, so that the team's
 * feed brings it (docs/sync-protocol.md). */
gboolean
bw_server_store_note_transfer_offer (BwServerStore       *self,
                                     const BwServerUser  *user,
                                     const BwServerRow   *row,
                                     gint64               old_to_team,
                                     const char          *now,
                                     GError             **error)
{
  gint64 to_team = row->deleted ? 0 : field_int (row->fields, "transfer_to_team");
  g_autoptr(BwStorageStmt) stmt = NULL;
  g_autofree char *from_team = NULL;
  gint64 seq;

  if (to_team == 0 && old_to_team == 0)
    return TRUE;
  if ((seq = bw_server_store_next_seq (self, error)) == 0)
    return FALSE;
  if (to_team == 0)
    {
      /* Closed: the team it was offered to drops it. */
      stmt = bw_storage_prepare (self->conn, "UPDATE transfer_offers SET open = 0, seq = ?2 WHERE case_uuid = ?1",
                            error);
      if (stmt == NULL)
        return FALSE;
      bw_storage_bind_text (stmt, 1, row->uuid);
      bw_storage_bind_int64 (stmt, 2, seq);
      return bw_storage_step_done (self->conn, stmt, error);
    }
  from_team = team_name (self, row->team_id);
  stmt = bw_storage_prepare (self->conn,
                        "INSERT INTO transfer_offers (case_uuid, to_team, from_name, from_team,"
                        " buurt_code, note, open, seq, offered_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 1, ?7, ?8)"
                        " ON CONFLICT (case_uuid) DO UPDATE SET to_team = excluded.to_team,"
                        " from_name = excluded.from_name, from_team = excluded.from_team,"
                        " buurt_code = excluded.buurt_code, note = excluded.note, open = 1,"
                        " seq = excluded.seq, offered_at = excluded.offered_at",
                        error);
  if (stmt == NULL)
    return FALSE;
  bw_storage_bind_text (stmt, 1, row->uuid);
  bw_storage_bind_int64 (stmt, 2, to_team);
  bw_storage_bind_text (stmt, 3, user->name);
  bw_storage_bind_text (stmt, 4, from_team ? from_team : "");
  bw_storage_bind_text (stmt, 5, field_text (row->fields, "buurt_code"));
  bw_storage_bind_text (stmt, 6, field_text (row->fields, "transfer_note"));
  bw_storage_bind_int64 (stmt, 7, seq);
  bw_storage_bind_text (stmt, 8, now);
  if (!bw_storage_step_done (self->conn, stmt, error))
    return FALSE;
  /* An offer to a team before it, now replaced, is closed by the same
   * row: one offer per case. */
  return TRUE;
}

JsonObject *
bw_server_store_get_team (BwServerStore       *self,
                          const BwServerUser  *user,
                          GError             **error)
{
  g_autoptr(JsonObject) answer = json_object_new ();
  g_autoptr(JsonObject) team = json_object_new ();
  JsonArray *users = json_array_new ();
  JsonArray *teams = json_array_new ();
  g_autoptr(BwStorageStmt) stmt = NULL;
  int rc;

  json_object_set_string_member (answer, "epoch", self->epoch);
  json_object_set_array_member (answer, "users", users);
  json_object_set_array_member (answer, "teams", teams);
  /* Only a team's members and its coordinator have a team to show;
   * names and ids, nothing else. */
  if ((user->role != BW_ROLE_BUURTTEAM && user->role != BW_ROLE_COORDINATOR) || user->team_id == 0)
    return g_steal_pointer (&answer);

  stmt = bw_storage_prepare (self->conn, "SELECT id, name, reassess_months, contact_weeks FROM teams ORDER BY name",
                        error);
  if (stmt == NULL)
    return NULL;
  while ((rc = bw_storage_step (stmt)) == BW_STORAGE_ROW)
    {
      JsonObject *t = json_object_new ();

      json_object_set_int_member (t, "id", bw_storage_column_int64 (stmt, 0));
      json_object_set_string_member (t, "name", bw_storage_column_text (stmt, 1));
      json_array_add_object_element (teams, t);
      if (bw_storage_column_int64 (stmt, 0) == user->team_id)
        {
          json_object_set_int_member (team, "id", user->team_id);
          json_object_set_string_member (team, "name", bw_storage_column_text (stmt, 1));
          json_object_set_int_member (team, "reassess_months", bw_storage_column_int64 (stmt, 2));
          json_object_set_int_member (team, "contact_weeks", bw_storage_column_int64 (stmt, 3));
        }
    }
  if (rc != BW_STORAGE_DONE)
    return (bw_storage_set_error (self->conn, rc, error), NULL);
  g_clear_pointer (&stmt, bw_storage_stmt_release);
  json_object_set_object_member (answer, "team", json_object_ref (team));

  stmt = bw_storage_prepare (self->conn, "SELECT id, name, role FROM users WHERE team_id = ?1 AND disabled = 0"
                                    " AND role IN ('buurtteam', 'coordinator') ORDER BY name", error);
  if (stmt == NULL)
    return NULL;
  bw_storage_bind_int64 (stmt, 1, user->team_id);
  while ((rc = bw_storage_step (stmt)) == BW_STORAGE_ROW)
    {
      JsonObject *u = json_object_new ();

      json_object_set_int_member (u, "id", bw_storage_column_int64 (stmt, 0));
      json_object_set_string_member (u, "name", bw_storage_column_text (stmt, 1));
      json_object_set_string_member (u, "role", bw_storage_column_text (stmt, 2));
      json_array_add_object_element (users, u);
    }
  if (rc != BW_STORAGE_DONE)
    return (bw_storage_set_error (self->conn, rc, error), NULL);
  return g_steal_pointer (&answer);
}

/* Gives every record of the case (and the enrolments that refer to it) a
 * new team and a new sequence number, so that the new team's feed brings
 * them; the old team's feed brings a tombstone, "moved". */
static gboolean
move_case (BwServerStore  *self,
           const char     *case_uuid,
           gint64          from_team,
           gint64          to_team,
           const char     *now,
           GError        **error)
{
  g_autoptr(GPtrArray) uuids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(BwStorageStmt) stmt = NULL;
  gint64 seq;
  int rc;

  stmt = bw_storage_prepare (self->conn, "SELECT uuid FROM records WHERE case_uuid = ?1"
                                    " UNION SELECT uuid FROM records WHERE type = 'enrolment'"
                                    " AND team_id = ?2 AND json_extract (fields, '$.case_ref') = ?1", error);
  if (stmt == NULL)
    return FALSE;
  bw_storage_bind_text (stmt, 1, case_uuid);
  bw_storage_bind_int64 (stmt, 2, from_team);
  while ((rc = bw_storage_step (stmt)) == BW_STORAGE_ROW)
    g_ptr_array_add (uuids, g_strdup (bw_storage_column_text (stmt, 0)));
  if (rc != BW_STORAGE_DONE)
    return (bw_storage_set_error (self->conn, rc, error), FALSE);
  g_clear_pointer (&stmt, bw_storage_stmt_release);

  for (guint i = 0; i < uuids->len; i++)
    {
      g_autoptr(BwStorageStmt) update = NULL;

      if ((seq = bw_server_store_next_seq (self, error)) == 0)
        return FALSE;
      update = bw_storage_prepare (self->conn, "UPDATE records SET team_id = ?2, seq = ?3 WHERE uuid = ?1", error);
      if (update == NULL)
        return FALSE;
      bw_storage_bind_text (update, 1, g_ptr_array_index (uuids, i));
      bw_storage_bind_int64 (update, 2, to_team);
      bw_storage_bind_int64 (update, 3, seq);
      if (!bw_storage_step_done (self->conn, update, error))
        return FALSE;
    }

  if ((seq = bw_server_store_next_seq (self, error)) == 0)
    return FALSE;
  stmt = bw_storage_prepare (self->conn, "INSERT INTO moves (case_uuid, team_id, seq, moved_at) VALUES (?1, ?2, ?3, ?4)",
                        error);
  if (stmt == NULL)
    return FALSE;
  bw_storage_bind_text (stmt, 1, case_uuid);
  bw_storage_bind_int64 (stmt, 2, from_team);
  bw_storage_bind_int64 (stmt, 3, seq);
  bw_storage_bind_text (stmt, 4, now);
  return bw_storage_step_done (self->conn, stmt, error);
}

/* The case's fields after @merged, as one new revision. */
static gboolean
write_case (BwServerStore      *self,
            const BwServerUser *user,
            BwServerRow        *row,
            JsonObject         *merged,
            const char         *now,
            GError            **error)
{
  gint64 revision = row->revision + 1;
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;

  json_object_iter_init (&iter, merged);
  while (json_object_iter_next (&iter, &name, &node))
    {
      JsonNode *old = json_object_get_member (row->fields, name);

      if (old == NULL || !json_node_equal (old, node))
        json_object_set_int_member (row->field_revs, name, revision);
    }
  g_clear_pointer (&row->fields, json_object_unref);
  row->fields = json_object_ref (merged);
  row->revision = revision;
  g_free (row->updated_at);
  row->updated_at = g_strdup (now);
  g_free (row->updated_by);
  row->updated_by = g_strdup (user->name);
  if ((row->seq = bw_server_store_next_seq (self, error)) == 0)
    return FALSE;
  return bw_server_store_write_row (self, row, error);
}

JsonObject *
bw_server_store_answer_transfer (BwServerStore       *self,
                                 const BwServerUser  *user,
                                 JsonNode            *request,
                                 GError             **error)
{
  static const char *members[] = { "case_uuid", "accept", "note", NULL };
  g_auto(BwServerRow) row = { 0 };
  g_autoptr(GError) local_error = NULL;
  g_autoptr(JsonObject) merged = json_object_new ();
  g_autoptr(JsonObject) answer = NULL;
  g_autofree char *now = bw_date_format_utc (NULL);
  g_autofree char *detail = NULL;
  const char *case_uuid, *note = NULL;
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;
  JsonObject *object;
  gboolean accept, moved = FALSE;
  gint64 to_user, to_team, from_team;

  if (request == NULL || !JSON_NODE_HOLDS_OBJECT (request))
    {
      g_set_error_literal (error, BW_SERVER_ERROR, BW_SERVER_ERROR_INVALID, "The body must be a JSON object");
      return NULL;
    }
  object = json_node_get_object (request);
  if (!bw_json_check_members (object, members, &local_error) ||
      !bw_json_get_string (object, "case_uuid", FALSE, &case_uuid, &local_error) ||
      !bw_json_get_string (object, "note", TRUE, &note, &local_error))
    {
      g_set_error_literal (error, BW_SERVER_ERROR, BW_SERVER_ERROR_INVALID, local_error->message);
      return NULL;
    }
  node = json_object_get_member (object, "accept");
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN ||
      !bw_record_json_is_uuid (case_uuid) ||
      (note != NULL && (g_utf8_strlen (note, -1) > BW_FIELD_LONG_TEXT || !g_utf8_validate (note, -1, NULL))))
    {
      g_set_error_literal (error, BW_SERVER_ERROR, BW_SERVER_ERROR_INVALID,
                           "accept must be true or false, case_uuid a uuid and note a short text");
      return NULL;
    }
  accept = json_node_get_boolean (node);
  if (!accept && (note == NULL || *note == '\0'))
    {
      g_set_error_literal (error, BW_SERVER_ERROR, BW_SERVER_ERROR_INVALID,
                           "A declined transfer says why (note)");
      return NULL;
    }

  if (!bw_storage_begin (self->conn, error))
    return NULL;
  if (!bw_server_store_load_row (self, case_uuid, &row, &local_error) || row.type != BW_RECORD_TYPE_CASE ||
      row.deleted)
    goto not_found;
  to_user = field_int (row.fields, "transfer_to_user");
  to_team = field_int (row.fields, "transfer_to_team");
  from_team = row.team_id;
  /* Only the one it is offered to answers: the colleague named, or
   * anyone of the other team. Everyone else gets the answer of a case
   * that does not exist. */
  if (user->role != BW_ROLE_BUURTTEAM || user->team_id == 0 ||
      !(to_team == 0 ? (to_user == user->id && user->team_id == row.team_id)
                     : (to_team == user->team_id && (to_user == 0 || to_user == user->id))))
    goto not_found;

  json_object_iter_init (&iter, row.fields);
  while (json_object_iter_next (&iter, &name, &node))
    json_object_set_member (merged, name, json_node_copy (node));
  clear_transfer (merged);
  if (accept)
    {
      set_int (merged, "owner", user->id);
      set_null (merged, "transfer_answer");
    }
  else
    json_object_set_string_member (merged, "transfer_answer", note);
  if (!write_case (self, user, &row, merged, now, error))
    goto failed;
  if (accept && to_team != 0)
    {
      if (!move_case (self, case_uuid, from_team, to_team, now, error))
        goto failed;
      moved = TRUE;
    }
  if (!bw_server_store_note_transfer_offer (self, user, &row, to_team, now, error))
    goto failed;
  detail = g_strdup_printf ("transfer %s%s", accept ? "accepted" : "declined", moved ? " moved" : "");
  if (!bw_server_store_audit (self, user, "update", "case", case_uuid, case_uuid, detail, error) ||
      !bw_storage_commit (self->conn, error))
    goto failed;

  answer = json_object_new ();
  json_object_set_string_member (answer, "epoch", self->epoch);
  json_object_set_object_member (answer, "record", bw_server_row_to_json (&row));
  return g_steal_pointer (&answer);

not_found:
  bw_storage_rollback (self->conn);
  if (local_error != NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  else
    {
      bw_server_store_audit_denied_now (self, user, case_uuid, case_uuid, "transfer");
      g_set_error_literal (error, BW_SERVER_ERROR, BW_SERVER_ERROR_NOT_FOUND, "No such record");
    }
  return NULL;

failed:
  bw_storage_rollback (self->conn);
  return NULL;
}
