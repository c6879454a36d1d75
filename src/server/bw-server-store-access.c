/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-server"
/* Who sees what and who may change what (docs/sync-protocol.md, Access),
 * and the one "denied" audit row of a push. */
#include "config.h"

#include "bw-record-json.h"
#include "bw-server-store-private.h"
#include "bw-share-filter.h"
#include "bw-share.h"

/* Who sees what (docs/sync-protocol.md, Access). Every answer goes through
 * here or through the feed's filter, which says the same in SQL:
 * - a buurtteam member and a coordinator see their team's records (cases,
 *   the records under them, shares and partner notes, and the enrolments
 *   of their cases) and every offer and session, to refer residents; a
 *   coordinator only reads;
 * - a trainer sees the planning: offers, sessions, all enrolments (which
 *   carry only the participant snapshot) and attendance; never a case or
 *   anything under one;
 * - partners see shared cases only through the snapshot of
 *   bw_server_store_get_shared(), filtered per field, never here. */
gboolean
bw_server_user_sees (const BwServerUser *user,
                     const BwServerRow  *row)
{
  switch (user->role)
    {
    case BW_ROLE_BUURTTEAM:
    case BW_ROLE_COORDINATOR:
      return user->team_id != 0 &&
             (row->team_id == user->team_id ||
              row->type == BW_RECORD_TYPE_OFFER || row->type == BW_RECORD_TYPE_SESSION);
    case BW_ROLE_TRAINER:
      return bw_record_type_is_planning (row->type);
    case BW_ROLE_PARTNER:
    case BW_ROLE_N:
    default:
      return FALSE;
    }
}

/* Who may read an attachment's bytes (GET .../content): whoever sees the
 * record in the feed (its team), and a partner whose organisation has an
 * active share of the case that covers it (bw_share_filter_attachment_covered(),
 * the rule the snapshot follows too). @row is a live attachment. */
gboolean
bw_server_store_may_read_attachment (BwServerStore       *self,
                                     const BwServerUser  *user,
                                     const BwServerRow   *row,
                                     GError             **error)
{
  g_autofree char *today = NULL;
  g_autoptr(GPtrArray) share_uuids = NULL;
  gboolean parts[BW_SHARE_PART_N];
  g_autoptr(GError) local_error = NULL;
  BwStorageStmt *stmt;

  if (user->role != BW_ROLE_PARTNER)
    return bw_server_user_sees (user, row);
  today = bw_server_today ();
  if (!bw_server_store_active_share_parts (self, row->case_uuid, user->organisation, today, parts, &local_error))
    {
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  /* The same active shares as bw_server_store_active_share_parts(). */
  stmt = bw_storage_prepare (self->conn, "SELECT uuid FROM records"
                                    " WHERE type = 'share' AND case_uuid = ?1 AND deleted = 0"
                                    " AND json_extract (fields, '$.organisation') = ?2"
                                    " AND json_extract (fields, '$.withdrawn_at') IS NULL"
                                    " AND json_extract (fields, '$.end_date') >= ?3", error);
  if (stmt == NULL)
    return FALSE;
  share_uuids = g_ptr_array_new_with_free_func (g_free);
  bw_storage_bind_text (stmt, 1, row->case_uuid);
  bw_storage_bind_text (stmt, 2, user->organisation);
  bw_storage_bind_text (stmt, 3, today);
  while (bw_storage_step (stmt) == BW_STORAGE_ROW)
    g_ptr_array_add (share_uuids, g_strdup (bw_storage_column_text (stmt, 0)));
  bw_storage_reset (stmt);
  g_ptr_array_add (share_uuids, NULL);
  return bw_share_filter_attachment_covered (row->fields, parts, (const char * const *) share_uuids->pdata);
}

/* Of what a user sees, what they may change: a buurtteam member their
 * team's records but not the planning itself (offers, sessions,
 * attendance are the trainers'); a trainer the planning. */
gboolean
bw_server_user_may_change (const BwServerUser *user,
                           const BwServerRow  *row)
{
  if (!bw_server_user_sees (user, row))
    return FALSE;
  if (user->role == BW_ROLE_BUURTTEAM)
    return row->team_id == user->team_id && row->type != BW_RECORD_TYPE_ATTENDANCE;
  /* A coordinator only reassigns its team's cases (the push checks that
   * the owner is all that changes). */
  if (user->role == BW_ROLE_COORDINATOR)
    return row->team_id == user->team_id && row->type == BW_RECORD_TYPE_CASE;
  return user->role == BW_ROLE_TRAINER;
}

/* A refusal that is an access attempt: the same answer as always, and
 * counted for the one "denied" row the push writes at its end, in its
 * transaction (bw_server_store_push_audit_refused()). */
JsonObject *
bw_server_store_denied (BwServerStore         *self,
                        const BwServerUser    *user,
                        const BwServerChange  *change,
                        const char            *reason,
                        const char            *message,
                        GError               **error)
{
  if (self->push_refused++ == 0)
    {
      self->refused_type = g_strdup (bw_record_type_to_key (change->type));
      self->refused_uuid = g_strdup (change->uuid);
      self->refused_case = g_strdup (change->case_uuid);
      self->refused_code = g_strdup (bw_server_refusal_code (reason));
    }
  return bw_server_change_rejected (change, reason, message);
}

void
bw_server_store_push_refused_clear (BwServerStore *self)
{
  self->push_refused = 0;
  g_clear_pointer (&self->refused_type, g_free);
  g_clear_pointer (&self->refused_uuid, g_free);
  g_clear_pointer (&self->refused_case, g_free);
  g_clear_pointer (&self->refused_code, g_free);
}

gboolean
bw_server_store_push_audit_refused (BwServerStore       *self,
                                    const BwServerUser  *user,
                                    GError             **error)
{
  g_autofree char *detail = NULL;

  if (self->push_refused == 0)
    return TRUE;
  detail = self->push_refused == 1 ?
    g_strdup_printf ("push code=%s", self->refused_code) :
    g_strdup_printf ("push code=%s refused=%u", self->refused_code, self->push_refused);
  return bw_server_store_audit (self, user, "denied", self->refused_type, self->refused_uuid,
                                self->refused_case, detail, error);
}

/* What a partner may push: only partner notes of its own organisation, on
 * cases actively shared with it. Sets @refusal for anything else. */
gboolean
bw_server_store_check_partner_change (BwServerStore         *self,
                                      const BwServerUser    *user,
                                      const BwServerChange  *change,
                                      JsonObject            *fields,
                                      const BwServerRow     *row,
                                      JsonObject           **refusal,
                                      GError               **error)
{
  g_autofree char *today = bw_server_today ();
  g_autoptr(GError) local_error = NULL;
  gboolean parts[BW_SHARE_PART_N];
  const char *organisation;

  if (change->type != BW_RECORD_TYPE_PARTNER_NOTE)
    {
      *refusal = bw_server_store_denied (self, user, change, "partner_notes_only",
                                         "A partner may only add its own notes", error);
      return *refusal != NULL;
    }
  if (!bw_server_store_active_share_parts (self, change->case_uuid, user->organisation, today, parts, &local_error) ||
      (row != NULL && (row->type != BW_RECORD_TYPE_PARTNER_NOTE ||
                       !g_str_equal (row->case_uuid, change->case_uuid) ||
                       g_strcmp0 (json_object_get_string_member_with_default (row->fields, "organisation", NULL),
                                  user->organisation) != 0)) ||
      (row == NULL && change->base_revision != 0))
    {
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      *refusal = bw_server_store_denied (self, user, change, "not_found", "No such record", error);
      return *refusal != NULL;
    }
  organisation = json_object_has_member (fields, "organisation") &&
                 !json_object_get_null_member (fields, "organisation")
                 ? json_object_get_string_member (fields, "organisation") : NULL;
  if (json_object_has_member (fields, "organisation") &&
      g_strcmp0 (organisation, user->organisation) != 0)
    {
      *refusal = bw_server_store_denied (self, user, change, "partner_note_organisation",
                                         "A partner note carries the partner's own organisation", error);
      return *refusal != NULL;
    }
  return TRUE;
}

/* Who may create a planning record, and which team it belongs to (only
 * an enrolment of a case has one: the case's). FALSE with *@result set to
 * the rejection (or NULL with @error on a database failure). */
gboolean
bw_server_store_check_planning_create (BwServerStore         *self,
                                       const BwServerUser    *user,
                                       const BwServerChange  *change,
                                       JsonObject            *fields,
                                       gint64                *team_id,
                                       JsonObject           **result,
                                       GError               **error)
{
  g_auto(BwServerRow) parent = { 0 };
  g_autoptr(GError) local_error = NULL;
  JsonNode *ref;

  *team_id = 0;
  if (user->role != BW_ROLE_TRAINER &&
      !(user->role == BW_ROLE_BUURTTEAM && user->team_id != 0 && change->type == BW_RECORD_TYPE_ENROLMENT))
    {
      /* A buurtteam member sees offers and sessions but may not make them. */
      *result = user->role == BW_ROLE_BUURTTEAM && change->type != BW_RECORD_TYPE_ATTENDANCE ?
        bw_server_change_rejected (change, "plan_role", "This account may not plan training offers") :
        bw_server_change_rejected (change, "not_found", "No such record");
      return FALSE;
    }
  if (change->type == BW_RECORD_TYPE_OFFER)
    return TRUE;

  /* Sessions, enrolments and attendance hang under an existing offer. */
  if (!bw_server_store_load_row (self, change->case_uuid, &parent, &local_error) ||
      parent.type != BW_RECORD_TYPE_OFFER || !bw_server_user_sees (user, &parent))
    {
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        *result = bw_server_change_rejected (change, "not_found", "No such record");
      return FALSE;
    }
  if (change->type != BW_RECORD_TYPE_ENROLMENT)
    return TRUE;

  /* A referral names a case of the member's own team; a trainer enrols
   * people without a case. */
  ref = json_object_get_member (fields, "case_ref");
  if (ref != NULL && !JSON_NODE_HOLDS_NULL (ref))
    {
      g_auto(BwServerRow) referred = { 0 };
      const char *case_uuid = json_node_get_string (ref);

      if (user->role != BW_ROLE_BUURTTEAM || !bw_server_store_load_row (self, case_uuid, &referred, &local_error) ||
          referred.type != BW_RECORD_TYPE_CASE || !bw_server_user_sees (user, &referred))
        {
          if (local_error != NULL)
            g_propagate_error (error, g_steal_pointer (&local_error));
          else
            *result = bw_server_change_rejected (change, "not_found", "No such record");
          return FALSE;
        }
      *team_id = referred.team_id;
    }
  else if (user->role == BW_ROLE_BUURTTEAM)
    {
      *result = bw_server_change_rejected (change, "referral_without_case", "A referral names a case of the team (case_ref)");
      return FALSE;
    }
  return TRUE;
}

/* What a team member may push besides the case records: no partner notes
 * (the team reads them), and of a share only its withdrawal. */
JsonObject *
bw_server_check_team_change (const BwServerChange *change,
                             JsonObject           *fields,
                             const BwServerRow    *row)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;

  if (change->type == BW_RECORD_TYPE_PARTNER_NOTE)
    return bw_server_change_rejected (change, "partner_note_team", "Partner notes are written by the partner only");
  /* An attachment's file is fixed once described: its bytes on the server
   * were checked against it (a new file is a new attachment). */
  if (change->type == BW_RECORD_TYPE_ATTACHMENT && row != NULL)
    {
      static const char * const fixed[] = { "media_type", "size", "sha256", "share_uuid" };

      for (gsize i = 0; i < G_N_ELEMENTS (fixed); i++)
        {
          JsonNode *sent = json_object_get_member (fields, fixed[i]);
          JsonNode *kept = json_object_get_member (row->fields, fixed[i]);

          if (sent != NULL && (kept == NULL || !json_node_equal (sent, kept)))
            return bw_server_change_rejected (change, "attachment_file_fixed",
                                              "The file of an attachment cannot be changed: add a new attachment");
        }
      return NULL;
    }
  if (change->type != BW_RECORD_TYPE_SHARE || row == NULL)
    return NULL;

  /* A share is only ever ended: its consent fields never change, it is
   * never deleted, and a withdrawal is final. */
  if (change->has_deleted)
    return bw_server_change_rejected (change, "share_not_deleted", "A share is withdrawn, not deleted");
  json_object_iter_init (&iter, fields);
  while (json_object_iter_next (&iter, &name, &node))
    if (!g_str_equal (name, "withdrawn_at") && !g_str_equal (name, "withdrawn_reason"))
      {
        JsonNode *server_value = json_object_get_member (row->fields, name);

        if (server_value == NULL || !json_node_equal (server_value, node))
          return bw_server_change_rejected (change, "share_consent_fixed", "The consent of a share cannot be changed: "
                                            "withdraw it and record a new share");
      }
  if (!JSON_NODE_HOLDS_NULL (json_object_get_member (row->fields, "withdrawn_at")))
    {
      json_object_iter_init (&iter, fields);
      while (json_object_iter_next (&iter, &name, &node))
        if (!json_node_equal (json_object_get_member (row->fields, name), node))
          return bw_server_change_rejected (change, "share_withdrawn", "This share was withdrawn already");
      return NULL;
    }
  node = json_object_get_member (fields, "withdrawn_at");
  if (json_object_get_size (fields) > 0 && (node == NULL || JSON_NODE_HOLDS_NULL (node)))
    return bw_server_change_rejected (change, "share_withdrawal_incomplete", "The field “withdrawn_at” is missing");
  return NULL;
}
