/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-sync"
/* The team and the transfers (docs/sync-protocol.md, "Ownership and
 * transfer"): the team list GET /api/v1/team answers, the feed's "moved"
 * tombstones and "transfer_offer" entries, and answering a transfer. */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "bw-retention.h"
#include "bw-sync-engine-private.h"

#define TEAM_NAME_MAX 200

/* A name as the server sent it, if it can be shown: short, and without
 * control characters. */
static gboolean
is_showable_name (const char *name)
{
  if (name == NULL || *name == '\0' || strlen (name) > TEAM_NAME_MAX || !g_utf8_validate (name, -1, NULL))
    return FALSE;
  for (const char *p = name; *p; p = g_utf8_next_char (p))
    if (g_unichar_iscntrl (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

static gboolean
exec_for_case (BwDb        *db,
               const char  *sql,
               const char  *case_uuid,
               GError     **error)
{
  g_autoptr(BwDbStatement) stmt = bw_db_prepare (db, sql, error);

  if (stmt == NULL)
    return FALSE;
  bw_sqlite_bind_text (stmt, 1, case_uuid);
  return bw_db_step_done (db, stmt, error);
}

static gint64
member_id (JsonObject *object,
           const char *name)
{
  JsonNode *node = object ? json_object_get_member (object, name) : NULL;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    return 0;
  return MAX (json_node_get_int (node), 0);
}

static gboolean
insert_entry (BwDb        *db,
              const char  *sql,
              gint64       id,
              const char  *name,
              const char  *third,
              gint64       own,
              GError     **error)
{
  g_autoptr(BwDbStatement) stmt = bw_db_prepare (db, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  bw_sqlite_bind_text (stmt, 2, name);
  if (third != NULL)
    bw_sqlite_bind_text (stmt, 3, third);
  else
    sqlite3_bind_int64 (stmt, 3, own);
  return bw_db_step_done (db, stmt, error);
}

/* The whole list, in one savepoint: what the server no longer names goes.
 * Entries that cannot be read are left out, never the whole answer. */
gboolean
bw_sync_store_team (BwDb        *db,
                    JsonObject  *answer,
                    GError     **error)
{
  JsonObject *team = bw_sync_member_object (answer, "team", NULL);
  JsonArray *users = bw_sync_member_array (answer, "users", NULL);
  JsonArray *teams = bw_sync_member_array (answer, "teams", NULL);
  gint64 own = member_id (team, "id");
  gint64 reassess = member_id (team, "reassess_months");
  gint64 contact = member_id (team, "contact_weeks");

  if (!bw_db_savepoint (db, "team", error))
    return FALSE;
  if (!bw_db_exec (db, "DELETE FROM team_users; DELETE FROM teams", error))
    goto failed;
  for (guint i = 0; users != NULL && i < json_array_get_length (users); i++)
    {
      JsonNode *node = json_array_get_element (users, i);
      JsonObject *user = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
      const char *name = user ? bw_sync_member_string (user, "name", NULL) : NULL;
      const char *role = user ? bw_sync_member_string (user, "role", NULL) : NULL;
      gint64 id = member_id (user, "id");

      if (id == 0 || !is_showable_name (name) ||
          (g_strcmp0 (role, "buurtteam") != 0 && g_strcmp0 (role, "coordinator") != 0))
        continue;
      if (!insert_entry (db, "INSERT OR REPLACE INTO team_users (id, name, role) VALUES (?1, ?2, ?3)",
                         id, name, role, 0, error))
        goto failed;
    }
  for (guint i = 0; teams != NULL && i < json_array_get_length (teams); i++)
    {
      JsonNode *node = json_array_get_element (teams, i);
      JsonObject *entry = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
      const char *name = entry ? bw_sync_member_string (entry, "name", NULL) : NULL;
      gint64 id = member_id (entry, "id");

      if (id == 0 || !is_showable_name (name))
        continue;
      if (!insert_entry (db, "INSERT OR REPLACE INTO teams (id, name, own) VALUES (?1, ?2, ?3)",
                         id, name, NULL, id == own, error))
        goto failed;
    }
  /* The team's follow-up settings, within what the server allows. */
  if (reassess >= 1 && reassess <= 24)
    {
      g_autofree char *text = g_strdup_printf ("%" G_GINT64_FORMAT, reassess);

      if (!bw_db_set_meta (db, "reassess_months", text, error))
        goto failed;
    }
  if (contact >= 1 && contact <= 52)
    {
      g_autofree char *text = g_strdup_printf ("%" G_GINT64_FORMAT, contact);

      if (!bw_db_set_meta (db, "contact_weeks", text, error))
        goto failed;
    }
  return bw_db_release (db, "team", error);

failed:
  bw_db_rollback_to (db, "team");
  return FALSE;
}

/* A "moved" tombstone: a colleague of another team accepted the case.
 * It goes from this desktop like a purged case, but its counts are not
 * folded into the local figures: the case lives on, in the other team. A
 * change of it that was not sent is shown among the refused changes. */
gboolean
bw_sync_apply_moved (BwDb        *db,
                     JsonObject  *entry,
                     GError     **error)
{
  const char *case_uuid = bw_sync_member_string (entry, "case_uuid", NULL);
  gboolean pending = bw_retention_case_has_pending (db, case_uuid);

  if (!bw_retention_delete_case (db, case_uuid, FALSE, NULL, error))
    return FALSE;
  if (!exec_for_case (db, "DELETE FROM incoming_transfers WHERE case_uuid = ?1", case_uuid, error))
    return FALSE;
  return !pending ||
         bw_sync_record_problem (db, BW_RECORD_TYPE_CASE, case_uuid, case_uuid, "moved", NULL,
                                 _("The case was handed over to another team"), error);
}

/* A transfer another team offers this team: kept while it is open, for
 * "My work"; the case itself comes only once someone here accepts. */
gboolean
bw_sync_apply_transfer_offer (BwDb        *db,
                              JsonObject  *entry,
                              GError     **error)
{
  const char *case_uuid = bw_sync_member_string (entry, "case_uuid", NULL);
  JsonObject *fields = bw_sync_member_object (entry, "fields", NULL);
  JsonNode *open = fields ? json_object_get_member (fields, "open") : NULL;
  const char *from_name = fields ? bw_sync_member_string (fields, "from_name", NULL) : NULL;
  const char *from_team = fields ? bw_sync_member_string (fields, "from_team", NULL) : NULL;
  const char *note = fields ? bw_sync_member_string (fields, "note", NULL) : NULL;
  const char *buurt = fields ? bw_sync_member_string (fields, "buurt_code", NULL) : NULL;
  const char *offered_at = fields ? bw_sync_member_string (fields, "offered_at", NULL) : NULL;
  g_autoptr(BwDbStatement) stmt = NULL;

  if (open == NULL || !JSON_NODE_HOLDS_VALUE (open) || json_node_get_value_type (open) != G_TYPE_BOOLEAN ||
      !json_node_get_boolean (open))
    return exec_for_case (db, "DELETE FROM incoming_transfers WHERE case_uuid = ?1", case_uuid, error);
  if (!is_showable_name (from_name) || !is_showable_name (from_team) || offered_at == NULL ||
      strlen (offered_at) > 40 || (note != NULL && (g_utf8_strlen (note, -1) > BW_FIELD_LONG_TEXT)) ||
      (buurt != NULL && strlen (buurt) > 20))
    {
      g_set_error (error, BW_SYNC_ERROR, BW_SYNC_ERROR_PROTOCOL,
                   _("The server sent a record that cannot be read: %s"), "transfer_offer");
      return FALSE;
    }
  stmt = bw_db_prepare (db, "INSERT OR REPLACE INTO incoming_transfers (case_uuid, from_name, from_team,"
                            " buurt_code, note, offered_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)", error);
  if (stmt == NULL)
    return FALSE;
  bw_sqlite_bind_text (stmt, 1, case_uuid);
  bw_sqlite_bind_text (stmt, 2, from_name);
  bw_sqlite_bind_text (stmt, 3, from_team);
  bw_sqlite_bind_text (stmt, 4, buurt);
  bw_sqlite_bind_text (stmt, 5, note ? note : "");
  bw_sqlite_bind_text (stmt, 6, offered_at);
  return bw_db_step_done (db, stmt, error);
}

/* Answering a transfer */

typedef struct {
  char *case_uuid;
} Answer;

static void
answer_free (Answer *a)
{
  g_free (a->case_uuid);
  g_free (a);
}

static void
forget_offer_thread (GTask        *task,
                     gpointer      source,
                     gpointer      task_data,
                     GCancellable *cancellable)
{
  BwSyncEngine *self = source;
  Answer *a = task_data;
  GError *error = NULL;
  gboolean ok;

  g_mutex_lock (&self->lock);
  ok = exec_for_case (self->db, "DELETE FROM incoming_transfers WHERE case_uuid = ?1", a->case_uuid, &error);
  g_mutex_unlock (&self->lock);
  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
answered_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  BwSyncEngine *self = BW_SYNC_ENGINE (source);
  g_autoptr(GTask) task = user_data;
  g_autoptr(JsonObject) answer = NULL;
  GError *error = NULL;

  answer = bw_sync_engine_http_json_finish (self, result, &error);
  if (answer == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  /* The case itself (new here, or changed) comes with the next sync. */
  g_task_run_in_thread (task, forget_offer_thread);
}

void
bw_sync_engine_answer_transfer_async (BwSyncEngine        *self,
                                      const char          *case_uuid,
                                      gboolean             accept,
                                      const char          *note,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);
  g_autoptr(JsonObject) body = json_object_new ();
  Answer *a = g_new0 (Answer, 1);

  g_return_if_fail (BW_IS_SYNC_ENGINE (self));
  g_return_if_fail (case_uuid != NULL);

  g_task_set_source_tag (task, bw_sync_engine_answer_transfer_async);
  a->case_uuid = g_strdup (case_uuid);
  g_task_set_task_data (task, a, (GDestroyNotify) answer_free);
  if (!bw_sync_engine_is_configured (self))
    {
      g_task_return_new_error (task, BW_SYNC_ERROR, BW_SYNC_ERROR_NOT_CONFIGURED,
                               _("Set the server address and log in under Preferences to sync"));
      return;
    }
  json_object_set_string_member (body, "case_uuid", case_uuid);
  json_object_set_boolean_member (body, "accept", accept);
  if (note != NULL && *note != '\0')
    json_object_set_string_member (body, "note", note);
  else
    json_object_set_null_member (body, "note");
  bw_sync_engine_http_json_async (self, "POST", self->base_url, "transfers/answer", body, TRUE, cancellable,
                                  answered_cb, g_steal_pointer (&task));
}

gboolean
bw_sync_engine_answer_transfer_finish (BwSyncEngine  *self,
                                       GAsyncResult  *result,
                                       GError       **error)
{
  return g_task_propagate_boolean (G_TASK (result), error);
}
