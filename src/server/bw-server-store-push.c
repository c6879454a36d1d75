/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-server"
/* A push: each change checked, applied or refused, merged per field
 * with its conflicts, and its answer kept for a retry. */
#include "config.h"

#include <string.h>

#include "bw-date.h"
#include "bw-planning-rules.h"
#include "bw-record-json.h"
#include "bw-server-store-private.h"
#include "bw-share.h"
#include "bw-validation.h"

static char *
json_text (JsonObject *object)
{
  g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), object);

  return json_to_string (node, FALSE);
}

static char *
json_node_text (JsonNode *node)
{
  return json_to_string (node, FALSE);
}

/* The structure of every change is checked before anything is written, so
 * that a malformed request changes nothing (400). */
static gboolean
parse_change (JsonNode        *node,
              guint            index,
              BwServerChange  *change,
              GError         **error)
{
  static const char *members[] = {
    "client_change_id", "type", "uuid", "case_uuid", "base_revision", "deleted", "fields", NULL
  };
  g_autoptr(GError) local_error = NULL;
  JsonObject *object;
  const char *type_key;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error (error, BW_SERVER_ERROR, BW_SERVER_ERROR_INVALID,
                   "changes[%u] must be an object", index);
      return FALSE;
    }
  object = json_node_get_object (node);
  if (!bw_json_check_members (object, members, &local_error) ||
      !bw_json_get_string (object, "client_change_id", FALSE, &change->client_change_id, &local_error) ||
      !bw_json_get_string (object, "type", FALSE, &type_key, &local_error) ||
      !bw_json_get_string (object, "uuid", FALSE, &change->uuid, &local_error) ||
      !bw_json_get_string (object, "case_uuid", FALSE, &change->case_uuid, &local_error) ||
      !bw_json_get_int (object, "base_revision", 0, G_MAXINT64, &change->base_revision, &local_error) ||
      !bw_json_get_object (object, "fields", &change->fields, &local_error))
    goto invalid;
  if ((change->has_deleted = json_object_has_member (object, "deleted")) &&
      !bw_json_get_bool (object, "deleted", &change->deleted, &local_error))
    goto invalid;
  if (!bw_record_type_from_key (type_key, &change->type))
    {
      g_set_error (error, BW_SERVER_ERROR, BW_SERVER_ERROR_INVALID,
                   "changes[%u]: unknown record type", index);
      return FALSE;
    }
  if (!bw_record_json_is_uuid (change->client_change_id) || !bw_record_json_is_uuid (change->uuid) ||
      !bw_record_json_is_uuid (change->case_uuid))
    {
      g_set_error (error, BW_SERVER_ERROR, BW_SERVER_ERROR_INVALID,
                   "changes[%u]: client_change_id, uuid and case_uuid must be lowercase UUIDs", index);
      return FALSE;
    }
  if (bw_record_type_is_root (change->type) && !g_str_equal (change->uuid, change->case_uuid))
    {
      g_set_error (error, BW_SERVER_ERROR, BW_SERVER_ERROR_INVALID,
                   "changes[%u]: a case's or offer's case_uuid is its own uuid", index);
      return FALSE;
    }
  return TRUE;

invalid:
  g_set_error (error, BW_SERVER_ERROR, BW_SERVER_ERROR_INVALID,
               "changes[%u]: %s", index, local_error->message);
  return FALSE;
}

JsonObject *
bw_server_change_result (const BwServerChange *change,
                         const char           *status)
{
  JsonObject *result = json_object_new ();

  json_object_set_string_member (result, "client_change_id", change->client_change_id);
  json_object_set_string_member (result, "uuid", change->uuid);
  json_object_set_string_member (result, "status", status);
  return result;
}

/* Every reason a change can be refused for, and its class (the older,
 * coarser "code", which desktops before the reasons read). The reasons
 * are stable keys: a desktop shows its own translated text for each
 * (docs/sync-protocol.md, Push). */
static const struct {
  const char *reason;
  const char *code;
} refusals[] = {
  { "not_found", "not_found" },
  { "purged", "purged" },
  { "stale_base", "stale_base" },
  { "wrong_case", "wrong_case" },
  { "invalid_field", "invalid" },
  { "field_too_long", "invalid" },
  { "new_record_deleted", "invalid" },
  { "case_ref_fixed", "invalid" },
  { "referral_without_case", "invalid" },
  { "share_not_deleted", "invalid" },
  { "share_consent_fixed", "invalid" },
  { "share_withdrawn", "invalid" },
  { "share_withdrawal_incomplete", "invalid" },
  { "attachment_file_fixed", "invalid" },
  { "create_case_role", "forbidden" },
  { "plan_role", "forbidden" },
  { "change_role", "forbidden" },
  { "read_only", "forbidden" },
  { "partner_notes_only", "forbidden" },
  { "partner_note_organisation", "forbidden" },
  { "partner_note_team", "forbidden" },
  { "delete_not_author", "forbidden" },
  { "delete_shared", "forbidden" },
  { "delete_enrolled", "forbidden" },
  { "assigned_by_server", "forbidden" },
  { "owner_not_in_team", "invalid" },
  { "transfer_incomplete", "invalid" },
  { "transfer_unknown_team", "invalid" },
  { "moved", "not_found" },
};

const char *
bw_server_refusal_code (const char *reason)
{
  for (guint i = 0; i < G_N_ELEMENTS (refusals); i++)
    if (g_str_equal (refusals[i].reason, reason))
      return refusals[i].code;
  g_return_val_if_reached ("invalid");
}

JsonObject *
bw_server_change_rejected (const BwServerChange *change,
                           const char           *reason,
                           const char           *message)
{
  JsonObject *result = bw_server_change_result (change, "rejected");
  JsonObject *error = json_object_new ();

  json_object_set_string_member (error, "code", bw_server_refusal_code (reason));
  json_object_set_string_member (error, "reason", reason);
  json_object_set_string_member (error, "message", message);
  json_object_set_object_member (result, "error", error);
  return result;
}

/* The field a check's error is about, as a key of @type's field table,
 * or NULL: the wire check names it in its message, the rules of cases,
 * shares and planning by their error code. */
static const char *
invalid_field_key (BwRecordType  type,
                   const GError *invalid)
{
  static const char * const validation_fields[] = {
    [BW_VALIDATION_ERROR_NAME] = "name",
    [BW_VALIDATION_ERROR_DATE_OF_BIRTH] = "date_of_birth",
    [BW_VALIDATION_ERROR_NEIGHBOURHOOD] = "buurt_code",
    [BW_VALIDATION_ERROR_PHONE] = "phone",
    [BW_VALIDATION_ERROR_EMAIL] = "email",
    [BW_VALIDATION_ERROR_HOUSEHOLD] = "household_size",
    [BW_VALIDATION_ERROR_DEBT_AMOUNT] = "debt_amount",
    [BW_VALIDATION_ERROR_OUTCOME] = "outcome",
    [BW_VALIDATION_ERROR_SHARE_PARTS] = "parts",
    [BW_VALIDATION_ERROR_SHARE_ORGANISATION] = "organisation",
    [BW_VALIDATION_ERROR_CONSENT_DATE] = "consent_date",
    [BW_VALIDATION_ERROR_CONSENT_GIVEN_TO] = "consent_given_to",
    [BW_VALIDATION_ERROR_CONSENT_FORM] = "consent_form",
    [BW_VALIDATION_ERROR_END_DATE] = "end_date",
    [BW_VALIDATION_ERROR_TEAM_CONTACT] = "team_contact",
    [BW_VALIDATION_ERROR_ADDRESS] = "address",
    [BW_VALIDATION_ERROR_HOUSEHOLD_NOTE] = "household_note",
  };
  static const char * const planning_fields[] = {
    [BW_PLANNING_ERROR_TITLE] = "title",
    [BW_PLANNING_ERROR_KIND] = "kind",
    [BW_PLANNING_ERROR_STATUS] = "status",
    [BW_PLANNING_ERROR_BUURT] = "buurt_code",
    [BW_PLANNING_ERROR_CAPACITY] = "capacity",
    [BW_PLANNING_ERROR_PERIOD] = "last_date",
    [BW_PLANNING_ERROR_DATE] = "date",
    [BW_PLANNING_ERROR_START_TIME] = "start_time",
    [BW_PLANNING_ERROR_END_TIME] = "end_time",
    [BW_PLANNING_ERROR_NAME] = "name",
    [BW_PLANNING_ERROR_OUTCOME] = "outcome",
  };
  g_autofree char *named = NULL;
  const char *key = NULL;

  if (invalid->domain == BW_RECORD_JSON_ERROR)
    {
      const char *start = strstr (invalid->message, "“");
      const char *end = start ? strstr (start, "”") : NULL;

      if (end != NULL)
        key = named = g_strndup (start + strlen ("“"), end - start - strlen ("“"));
    }
  else if (invalid->domain == BW_VALIDATION_ERROR && invalid->code >= 0 &&
           (gsize) invalid->code < G_N_ELEMENTS (validation_fields))
    key = validation_fields[invalid->code];
  else if (invalid->domain == BW_PLANNING_ERROR && invalid->code >= 0 &&
           (gsize) invalid->code < G_N_ELEMENTS (planning_fields))
    key = planning_fields[invalid->code];
  /* The table's own key, so that nothing the client sent is echoed. */
  return key != NULL && bw_record_spec_field (type, key) != NULL ? bw_record_spec_field (type, key)->key : NULL;
}

/* A field the checks refused: too long, or any other wrong value; with
 * the field's key when the check names one. */
static JsonObject *
change_invalid (const BwServerChange *change,
                const GError         *invalid)
{
  JsonObject *result =
    bw_server_change_rejected (change,
                               g_error_matches (invalid, BW_RECORD_JSON_ERROR, BW_RECORD_JSON_ERROR_TOO_LONG)
                               ? "field_too_long" : "invalid_field",
                               invalid->message);
  const char *field = invalid_field_key (change->type, invalid);

  if (field != NULL)
    json_object_set_string_member (json_object_get_object_member (result, "error"), "field", field);
  return result;
}

gboolean
bw_server_store_write_row (BwServerStore      *self,
                           const BwServerRow  *row,
                           GError            **error)
{
  g_autofree char *fields = json_text (row->fields);
  g_autofree char *field_revs = json_text (row->field_revs);
  BwStorageStmt *stmt = bw_storage_prepare (self->conn, "INSERT INTO records (" BW_SERVER_ROW_COLUMNS ")"
                                                  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)"
                                                  " ON CONFLICT (uuid) DO UPDATE SET type = excluded.type,"
                                                  " case_uuid = excluded.case_uuid, team_id = excluded.team_id,"
                                                  " fields = excluded.fields, field_revs = excluded.field_revs,"
                                                  " revision = excluded.revision, deleted = excluded.deleted,"
                                                  " seq = excluded.seq, created_at = excluded.created_at,"
                                                  " created_by = excluded.created_by, updated_at = excluded.updated_at,"
                                                  " updated_by = excluded.updated_by",
                                            error);

  if (stmt == NULL)
    return FALSE;
  bw_storage_bind_text (stmt, 1, bw_record_type_to_key (row->type));
  bw_storage_bind_text (stmt, 2, row->uuid);
  bw_storage_bind_text (stmt, 3, row->case_uuid);
  if (row->team_id != 0)
    bw_storage_bind_int64 (stmt, 4, row->team_id);
  bw_storage_bind_text (stmt, 5, fields);
  bw_storage_bind_text (stmt, 6, field_revs);
  bw_storage_bind_int64 (stmt, 7, row->revision);
  bw_storage_bind_int64 (stmt, 8, row->deleted ? 1 : 0);
  bw_storage_bind_int64 (stmt, 9, row->seq);
  bw_storage_bind_text (stmt, 10, row->created_at);
  bw_storage_bind_text (stmt, 11, row->created_by);
  bw_storage_bind_text (stmt, 12, row->updated_at);
  bw_storage_bind_text (stmt, 13, row->updated_by);
  return bw_storage_step_done (self->conn, stmt, error);
}

/* Empty strings mean null on the wire; store one form only, so that
 * comparing values for conflicts compares meaning. */
static JsonObject *
normalise_fields (JsonObject *fields)
{
  JsonObject *copy = json_object_new ();
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;

  json_object_iter_init (&iter, fields);
  while (json_object_iter_next (&iter, &name, &node))
    {
      if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING &&
          *json_node_get_string (node) == '\0')
        json_object_set_null_member (copy, name);
      else
        json_object_set_member (copy, name, json_node_copy (node));
    }
  return copy;
}

/* Fields of a case are checked as a whole, as the desktop checks them;
 * a contact note's date by the same rule as the desktop's. */
static gboolean
validate_record (BwServerStore  *self,
                 BwRecordType    type,
                 JsonObject     *fields,
                 GError        **error)
{
  g_autoptr(BwCase) record = NULL;

  if (bw_record_type_is_planning (type))
    return bw_planning_validate_record_fields (type, fields, self->buurt_codes, error);
  if (type == BW_RECORD_TYPE_JOURNAL)
    {
      g_autofree char *today = bw_server_today ();

      return bw_validate_contact_date (json_object_get_string_member_with_default (fields, "date", NULL),
                                       today, error);
    }
  if (type == BW_RECORD_TYPE_ASSESSMENT)
    {
      g_autofree char *today = bw_server_today ();

      return bw_validate_measurement_date (json_object_get_string_member_with_default (fields, "date", NULL),
                                           today, error);
    }
  if (type != BW_RECORD_TYPE_CASE)
    return TRUE;
  record = bw_case_new ();
  if (!bw_record_json_apply_case_fields (record, fields, error) ||
      !bw_validate_case (record, error))
    return FALSE;
  if (!g_hash_table_contains (self->buurt_codes, bw_case_get_buurt_code (record)))
    {
      g_set_error_literal (error, BW_RECORD_JSON_ERROR, BW_RECORD_JSON_ERROR_INVALID_VALUE,
                           "The field “buurt_code” is not a known buurt of Heerlen");
      return FALSE;
    }
  return TRUE;
}

static gboolean
store_answer (BwServerStore         *self,
              const BwServerUser    *user,
              const BwServerChange  *change,
              JsonObject            *result,
              const char            *now,
              GError               **error)
{
  g_autofree char *answer = json_text (result);
  BwStorageStmt *stmt = bw_storage_prepare (self->conn, "INSERT INTO applied_changes (user_id, client_change_id, answer, applied_at)"
                                                  " VALUES (?1, ?2, ?3, ?4)", error);

  if (stmt == NULL)
    return FALSE;
  bw_storage_bind_int64 (stmt, 1, user->id);
  bw_storage_bind_text (stmt, 2, change->client_change_id);
  bw_storage_bind_text (stmt, 3, answer);
  bw_storage_bind_text (stmt, 4, now);
  return bw_storage_step_done (self->conn, stmt, error);
}

static gboolean
record_conflict (BwServerStore         *self,
                 const BwServerUser    *user,
                 const BwServerChange  *change,
                 gint64                 server_revision,
                 const char            *field,
                 JsonNode              *server_value,
                 JsonNode              *client_value,
                 const char            *now,
                 GError               **error)
{
  g_autofree char *server_text = json_node_text (server_value);
  g_autofree char *client_text = json_node_text (client_value);
  BwStorageStmt *stmt = bw_storage_prepare (self->conn, "INSERT INTO conflicts (record_uuid, user_id, client_change_id,"
                                                  " base_revision, server_revision, field, server_value, client_value,"
                                                  " created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)", error);

  if (stmt == NULL)
    return FALSE;
  bw_storage_bind_text (stmt, 1, change->uuid);
  bw_storage_bind_int64 (stmt, 2, user->id);
  bw_storage_bind_text (stmt, 3, change->client_change_id);
  bw_storage_bind_int64 (stmt, 4, change->base_revision);
  bw_storage_bind_int64 (stmt, 5, server_revision);
  bw_storage_bind_text (stmt, 6, field);
  bw_storage_bind_text (stmt, 7, server_text);
  bw_storage_bind_text (stmt, 8, client_text);
  bw_storage_bind_text (stmt, 9, now);
  return bw_storage_step_done (self->conn, stmt, error);
}

static gint64
field_revision (const BwServerRow *row,
                const char        *field)
{
  if (json_object_has_member (row->field_revs, field))
    return json_object_get_int_member (row->field_revs, field);
  return 1;
}

static char *
audit_fields_detail (const char *prefix,
                     GPtrArray  *names)
{
  GString *detail = g_string_new (prefix);

  for (guint i = 0; names != NULL && i < names->len; i++)
    g_string_append_printf (detail, "%s%s", i == 0 ? " fields=" : ",",
                            (const char *) g_ptr_array_index (names, i));
  return g_string_free (detail, FALSE);
}

static JsonObject *
apply_create (BwServerStore         *self,
              const BwServerUser    *user,
              const BwServerChange  *change,
              JsonObject            *fields,
              const char            *now,
              GError               **error)
{
  g_auto(BwServerRow) row = { 0 };
  g_autoptr(GError) invalid = NULL;
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;
  JsonObject *result;

  if (change->type == BW_RECORD_TYPE_CASE)
    {
      if (user->role != BW_ROLE_BUURTTEAM || user->team_id == 0)
        return bw_server_change_rejected (change, "create_case_role", "This account may not create cases");
      if ((result = bw_server_store_check_case_create (self, user, change, fields)) != NULL)
        return result;
      row.team_id = user->team_id;
    }
  else if (bw_record_type_is_planning (change->type))
    {
      JsonObject *result = NULL;

      if (!bw_server_store_check_planning_create (self, user, change, fields, &row.team_id, &result, error))
        return result;
    }
  else
    {
      g_auto(BwServerRow) parent = { 0 };
      g_autoptr(GError) local_error = NULL;

      if (!bw_server_store_load_row (self, change->case_uuid, &parent, &local_error))
        {
          if (local_error != NULL)
            {
              g_propagate_error (error, g_steal_pointer (&local_error));
              return NULL;
            }
          return bw_server_store_denied (self, user, change, "not_found", "No such record", error);
        }
      /* A partner's note was checked against the active shares before. */
      if ((user->role != BW_ROLE_PARTNER && !bw_server_user_may_change (user, &parent)) ||
          parent.type != BW_RECORD_TYPE_CASE)
        return bw_server_store_denied (self, user, change, "not_found", "No such record", error);
      row.team_id = parent.team_id;
    }

  if (change->has_deleted && change->deleted)
    return bw_server_change_rejected (change, "new_record_deleted", "A new record cannot be deleted");
  if (!bw_record_json_check_fields (change->type, fields, TRUE, &invalid) ||
      !validate_record (self, change->type, fields, &invalid))
    return change_invalid (change, invalid);
  if (change->type == BW_RECORD_TYPE_SHARE)
    {
      g_autoptr(BwShare) share = bw_server_share_from_fields (fields);
      g_autofree char *today = bw_server_today ();

      if (!bw_share_validate_new (share, today, &invalid))
        return change_invalid (change, invalid);
    }

  row.type = change->type;
  row.uuid = g_strdup (change->uuid);
  row.case_uuid = g_strdup (change->case_uuid);
  row.fields = json_object_ref (fields);
  row.field_revs = json_object_new ();
  json_object_iter_init (&iter, fields);
  while (json_object_iter_next (&iter, &name, &node))
    json_object_set_int_member (row.field_revs, name, 1);
  json_object_set_int_member (row.field_revs, "deleted", 1);
  row.revision = 1;
  row.created_at = g_strdup (now);
  row.created_by = g_strdup (user->name);
  row.updated_at = g_strdup (now);
  row.updated_by = g_strdup (user->name);
  if ((row.seq = bw_server_store_next_seq (self, error)) == 0 || !bw_server_store_write_row (self, &row, error))
    return NULL;
  {
    g_autofree char *detail = NULL;

    if (change->type == BW_RECORD_TYPE_SHARE)
      {
        JsonNode *parts = json_object_get_member (fields, "parts");
        g_autofree char *parts_text = json_to_string (parts, FALSE);

        detail = g_strdup_printf ("organisation=%s parts=%s end_date=%s",
                                  json_object_get_string_member (fields, "organisation"), parts_text,
                                  json_object_get_string_member (fields, "end_date"));
      }
    if (!bw_server_store_audit (self, user, change->type == BW_RECORD_TYPE_SHARE ? "share" : "create",
                                bw_record_type_to_key (change->type), change->uuid, change->case_uuid,
                                detail, error))
      return NULL;
  }

  result = bw_server_change_result (change, "applied");
  json_object_set_int_member (result, "revision", row.revision);
  json_object_set_int_member (result, "seq", row.seq);
  return result;
}

static JsonObject *
conflict_entry (const char *field,
                JsonNode   *server_value,
                JsonNode   *client_value)
{
  JsonObject *entry = json_object_new ();

  json_object_set_string_member (entry, "field", field);
  json_object_set_member (entry, "server_value", json_node_copy (server_value));
  json_object_set_member (entry, "client_value", json_node_copy (client_value));
  return entry;
}

/* A case made by mistake is deleted as the desktop allows it
 * (bw_case_store_delete_case()): by its author, while no partner holds it
 * and no course has the resident. Sets *@code and *@message to refuse;
 * FALSE only on a database error. */
static gboolean
case_may_be_deleted (BwServerStore       *self,
                     const BwServerUser  *user,
                     const BwServerRow   *row,
                     const char         **code,
                     const char         **message,
                     GError             **error)
{
  g_autoptr(BwStorageStmt) stmt = NULL;
  int rc;

  if (g_strcmp0 (row->created_by, user->name) != 0)
    {
      *code = "delete_not_author";
      *message = "Only the one who created a case may delete it";
      return TRUE;
    }
  stmt = bw_storage_prepare (self->conn,
                        "SELECT (SELECT count (*) FROM records WHERE type = 'share' AND case_uuid = ?1"
                        "         AND deleted = 0 AND json_extract (fields, '$.withdrawn_at') IS NULL),"
                        "       (SELECT count (*) FROM records WHERE type = 'enrolment' AND deleted = 0"
                        "         AND json_extract (fields, '$.case_ref') = ?1)", error);
  if (stmt == NULL)
    return FALSE;
  bw_storage_bind_text (stmt, 1, row->uuid);
  rc = bw_storage_step (stmt);
  if (rc != BW_STORAGE_ROW)
    {
      bw_storage_set_error (self->conn, rc, error);
      return FALSE;
    }
  if (bw_storage_column_int64 (stmt, 0) > 0)
    {
      *code = "delete_shared";
      *message = "A case shared with a partner cannot be deleted: withdraw the share first";
    }
  else if (bw_storage_column_int64 (stmt, 1) > 0)
    {
      *code = "delete_enrolled";
      *message = "A case referred to a course cannot be deleted";
    }
  return TRUE;
}

static JsonObject *
apply_update (BwServerStore         *self,
              const BwServerUser    *user,
              const BwServerChange  *change,
              BwServerRow           *row,
              JsonObject            *fields,
              const char            *now,
              GError               **error)
{
  g_autoptr(JsonObject) merged = json_object_new ();
  g_autoptr(JsonArray) conflicts = json_array_new ();
  g_autoptr(GPtrArray) applied = g_ptr_array_new ();
  g_autoptr(GError) invalid = NULL;
  gboolean set_deleted = row->deleted;
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;
  JsonObject *result;
  gint64 server_revision = row->revision;
  gint64 old_to_team = 0;

  if (row->type != change->type || !g_str_equal (row->case_uuid, change->case_uuid))
    return bw_server_change_rejected (change, "wrong_case", "The record has another type or case");
  /* A partner's change was checked against its shares (bw_server_store_check_partner_change()). */
  if (user->role != BW_ROLE_PARTNER && !bw_server_user_may_change (user, row))
    return bw_server_change_rejected (change, "change_role", "This account may not change this record");
  /* Who an enrolment is for never changes: it decides who sees it. */
  if (row->type == BW_RECORD_TYPE_ENROLMENT && json_object_has_member (fields, "case_ref") &&
      !json_node_equal (json_object_get_member (fields, "case_ref"),
                        json_object_get_member (row->fields, "case_ref")))
    return bw_server_change_rejected (change, "case_ref_fixed", "The field “case_ref” cannot change");
  if (change->base_revision > row->revision)
    /* The client knows a later state than the server has: the server went
     * back (a restored backup). Its own code, so that clients start over. */
    return bw_server_change_rejected (change, "stale_base",
                                      "base_revision is newer than the server's revision: pull everything again");

  /* Start from the server's fields; take the client's where the server did
   * not change them after base_revision. */
  json_object_iter_init (&iter, row->fields);
  while (json_object_iter_next (&iter, &name, &node))
    json_object_set_member (merged, name, json_node_copy (node));

  json_object_iter_init (&iter, fields);
  while (json_object_iter_next (&iter, &name, &node))
    {
      JsonNode *server_value = json_object_get_member (row->fields, name);

      if (server_value != NULL && json_node_equal (server_value, node))
        continue;
      if (server_value != NULL && field_revision (row, name) > change->base_revision)
        {
          json_array_add_object_element (conflicts, conflict_entry (name, server_value, node));
          continue;
        }
      json_object_set_member (merged, name, json_node_copy (node));
      g_ptr_array_add (applied, (gpointer) name);
    }

  /* Deleting what someone changed since, or changing what someone deleted
   * since, is for a person to decide: the server keeps its state. */
  {
    g_autoptr(JsonNode) server_deleted = json_node_init_boolean (json_node_alloc (), row->deleted);
    g_autoptr(JsonNode) client_deleted = NULL;

    if (change->has_deleted && change->deleted && !row->deleted)
      {
        client_deleted = json_node_init_boolean (json_node_alloc (), TRUE);
        if (row->revision > change->base_revision)
          json_array_add_object_element (conflicts,
                                         conflict_entry ("deleted", server_deleted, client_deleted));
        else
          set_deleted = TRUE;
      }
    else if (row->deleted && (!change->has_deleted || !change->deleted) &&
             field_revision (row, "deleted") > change->base_revision)
      {
        client_deleted = json_node_init_boolean (json_node_alloc (), FALSE);
        json_array_add_object_element (conflicts,
                                       conflict_entry ("deleted", server_deleted, client_deleted));
      }
    else if (row->deleted && change->has_deleted && !change->deleted)
      set_deleted = FALSE;
  }

  if (row->type == BW_RECORD_TYPE_CASE && set_deleted && !row->deleted)
    {
      const char *code = NULL, *message = NULL;

      if (!case_may_be_deleted (self, user, row, &code, &message, error))
        return NULL;
      if (code != NULL)
        return bw_server_change_rejected (change, code, message);
    }

  if (row->type == BW_RECORD_TYPE_CASE && applied->len > 0)
    {
      g_autoptr(GError) local_error = NULL;

      if ((result = bw_server_store_check_case_update (self, user, change, row, merged, applied,
                                                       &local_error)) != NULL)
        return result;
      if (local_error != NULL)
        return (g_propagate_error (error, g_steal_pointer (&local_error)), NULL);
      old_to_team = json_object_get_int_member_with_default (row->fields, "transfer_to_team", 0);
    }
  if (applied->len > 0 && !validate_record (self, row->type, merged, &invalid))
    return change_invalid (change, invalid);

  if (applied->len > 0 || set_deleted != row->deleted)
    {
      gint64 revision = row->revision + 1;
      gboolean newly_deleted = set_deleted && !row->deleted;
      gboolean restored = !set_deleted && row->deleted;

      for (guint i = 0; i < applied->len; i++)
        json_object_set_int_member (row->field_revs, g_ptr_array_index (applied, i), revision);
      if (set_deleted != row->deleted)
        json_object_set_int_member (row->field_revs, "deleted", revision);
      g_clear_pointer (&row->fields, json_object_unref);
      row->fields = json_object_ref (merged);
      row->deleted = set_deleted;
      row->revision = revision;
      g_free (row->updated_at);
      row->updated_at = g_strdup (now);
      g_free (row->updated_by);
      row->updated_by = g_strdup (user->name);
      if ((row->seq = bw_server_store_next_seq (self, error)) == 0 || !bw_server_store_write_row (self, row, error))
        return NULL;
      if (row->type == BW_RECORD_TYPE_CASE &&
          !bw_server_store_note_transfer_offer (self, user, row, old_to_team, now, error))
        return NULL;
      {
        g_autofree char *detail = audit_fields_detail (restored ? "restored" : "", applied);
        const char *action = "update";

        if (newly_deleted)
          action = "delete";
        else if (row->type == BW_RECORD_TYPE_SHARE &&
                 g_ptr_array_find_with_equal_func (applied, "withdrawn_at", g_str_equal, NULL))
          action = "withdraw";
        if (!bw_server_store_audit (self, user, action, bw_record_type_to_key (row->type), row->uuid,
                                    row->case_uuid, detail, error))
          return NULL;
      }
    }

  result = bw_server_change_result (change, json_array_get_length (conflicts) > 0 ? "conflict" : "applied");
  json_object_set_int_member (result, "revision", row->revision);
  json_object_set_int_member (result, "seq", row->seq);
  if (json_array_get_length (conflicts) > 0)
    {
      for (guint i = 0; i < json_array_get_length (conflicts); i++)
        {
          JsonObject *entry = json_array_get_object_element (conflicts, i);

          if (!record_conflict (self, user, change, server_revision,
                                json_object_get_string_member (entry, "field"),
                                json_object_get_member (entry, "server_value"),
                                json_object_get_member (entry, "client_value"), now, error))
            return NULL;
        }
      json_object_set_array_member (result, "conflicts", json_array_ref (conflicts));
      json_object_set_object_member (result, "record", bw_server_row_to_json (row));
    }
  return result;
}

/* The stored answer of a change already applied, or NULL. */
static JsonObject *
find_answer (BwServerStore       *self,
             const BwServerUser  *user,
             const char          *client_change_id,
             GError             **error)
{
  BwStorageStmt *stmt = bw_storage_prepare (self->conn, "SELECT answer FROM applied_changes"
                                                  " WHERE user_id = ?1 AND client_change_id = ?2", error);
  JsonObject *answer = NULL;

  if (stmt == NULL)
    return NULL;
  bw_storage_bind_int64 (stmt, 1, user->id);
  bw_storage_bind_text (stmt, 2, client_change_id);
  if (bw_storage_step (stmt) == BW_STORAGE_ROW)
    answer = bw_server_json_object_from_text (bw_storage_column_text (stmt, 0));
  bw_storage_reset (stmt);
  return answer;
}

/* The team of a purged case, or 0 when @case_uuid was not purged. */
static gint64
purged_case_team (BwServerStore  *self,
                  const char     *case_uuid,
                  GError        **error)
{
  return bw_server_store_lookup_int64 (self, "SELECT team_id FROM purges WHERE case_uuid = ?1", case_uuid, error);
}

static JsonObject *
apply_change (BwServerStore         *self,
              const BwServerUser    *user,
              const BwServerChange  *change,
              const char            *now,
              GError               **error)
{
  g_autoptr(JsonObject) previous = NULL;
  g_autoptr(JsonObject) fields = NULL;
  g_autoptr(GError) invalid = NULL;
  g_autoptr(GError) local_error = NULL;
  g_auto(BwServerRow) row = { 0 };
  JsonObject *result;
  gboolean found;

  /* A retry of a change already applied (its answer was lost) gets the
   * same answer and writes nothing. */
  previous = find_answer (self, user, change->client_change_id, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  if (previous != NULL)
    {
      json_object_set_string_member (previous, "original_status",
                                     json_object_get_string_member (previous, "status"));
      json_object_set_string_member (previous, "status", "duplicate");
      return g_steal_pointer (&previous);
    }

  if (!bw_record_json_check_fields (change->type, change->fields, FALSE, &invalid))
    return change_invalid (change, invalid);
  fields = normalise_fields (change->fields);
  if (change->type == BW_RECORD_TYPE_ASSESSMENT)
    bw_record_json_upgrade_assessment (fields);

  found = bw_server_store_load_row (self, change->uuid, &row, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  if (user->role == BW_ROLE_PARTNER)
    {
      JsonObject *refusal = NULL;

      if (!bw_server_store_check_partner_change (self, user, change, fields, found ? &row : NULL, &refusal, error))
        return NULL;
      if (refusal != NULL)
        return refusal;
    }
  else if (user->role == BW_ROLE_COORDINATOR)
    {
      /* A coordinator reads, and reassigns a case of the team to another
       * worker: the owner is all it may push. */
      if (!found || row.type != BW_RECORD_TYPE_CASE || !bw_server_user_sees (user, &row) ||
          change->has_deleted || json_object_get_size (fields) != 1 || !json_object_has_member (fields, "owner"))
        return bw_server_store_denied (self, user, change, "read_only", "This account reads only", error);
    }
  else
    {
      JsonObject *refusal;

      /* A case the team handed to another team (or a record under it)
       * is gone from its desktops: they drop the change. */
      if (!found || !bw_server_user_sees (user, &row))
        {
          gboolean moved = bw_server_store_case_moved_from (self, change->case_uuid, user->team_id, &local_error);

          if (local_error != NULL)
            {
              g_propagate_error (error, g_steal_pointer (&local_error));
              return NULL;
            }
          if (moved)
            return bw_server_change_rejected (change, "moved", "The case was handed over to another team");
        }
      /* A record the user may not touch answers exactly like one that does
       * not exist. */
      if (found && !bw_server_user_sees (user, &row))
        return bw_server_store_denied (self, user, change, "not_found", "No such record", error);
      /* A change to a case of the team that was purged after its
       * retention period (or a record under it) never brings it back. */
      if (!found)
        {
          gint64 purged_team = purged_case_team (self, change->case_uuid, &local_error);

          if (local_error != NULL)
            {
              g_propagate_error (error, g_steal_pointer (&local_error));
              return NULL;
            }
          if (purged_team != 0 && purged_team == user->team_id)
            return bw_server_change_rejected (change, "purged", "The case was removed after its retention period");
        }
      if (!found && change->base_revision != 0)
        return bw_server_store_denied (self, user, change, "not_found", "No such record", error);
      /* A partner note on a case the user does not see (a trainer's, or
       * another team's) is not_found like any record under such a case;
       * only the case's own team gets forbidden (they read the notes). */
      if (change->type == BW_RECORD_TYPE_PARTNER_NOTE)
        {
          g_auto(BwServerRow) parent = { 0 };

          if (!bw_server_store_load_row (self, change->case_uuid, &parent, &local_error) ||
              parent.type != BW_RECORD_TYPE_CASE || !bw_server_user_sees (user, &parent))
            {
              if (local_error != NULL)
                {
                  g_propagate_error (error, g_steal_pointer (&local_error));
                  return NULL;
                }
              return bw_server_store_denied (self, user, change, "not_found", "No such record", error);
            }
        }
      if ((refusal = bw_server_check_team_change (change, fields, found ? &row : NULL)) != NULL)
        return refusal;
    }

  if (found)
    result = apply_update (self, user, change, &row, fields, now, error);
  else
    result = apply_create (self, user, change, fields, now, error);
  if (result == NULL)
    return NULL;

  /* Rejections wrote nothing and are checked again on a retry. */
  if (!g_str_equal (json_object_get_string_member (result, "status"), "rejected") &&
      !store_answer (self, user, change, result, now, error))
    {
      json_object_unref (result);
      return NULL;
    }
  return result;
}

JsonObject *
bw_server_store_push (BwServerStore       *self,
                      const BwServerUser  *user,
                      JsonNode            *request,
                      GError             **error)
{
  static const char *members[] = { "changes", NULL };
  g_autoptr(JsonObject) answer = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree BwServerChange *changes = NULL;
  g_autofree char *now = bw_date_format_utc (NULL);
  JsonArray *results;
  JsonArray *array;
  JsonObject *object;
  guint n;

  g_return_val_if_fail (BW_IS_SERVER_STORE (self), NULL);

  if (request == NULL || !JSON_NODE_HOLDS_OBJECT (request))
    {
      g_set_error_literal (error, BW_SERVER_ERROR, BW_SERVER_ERROR_INVALID,
                           "The body must be a JSON object");
      return NULL;
    }
  object = json_node_get_object (request);
  if (!bw_json_check_members (object, members, &local_error) ||
      !bw_json_get_array (object, "changes", &array, &local_error))
    {
      g_set_error_literal (error, BW_SERVER_ERROR, BW_SERVER_ERROR_INVALID, local_error->message);
      return NULL;
    }
  n = json_array_get_length (array);
  if (n > BW_SERVER_MAX_PUSH)
    {
      g_set_error (error, BW_SERVER_ERROR, BW_SERVER_ERROR_TOO_LARGE,
                   "A push holds at most %d changes", BW_SERVER_MAX_PUSH);
      return NULL;
    }
  changes = g_new0 (BwServerChange, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    if (!parse_change (json_array_get_element (array, i), i, &changes[i], error))
      return NULL;

  answer = json_object_new ();
  json_object_set_string_member (answer, "epoch", self->epoch);
  results = json_array_new ();
  json_object_set_array_member (answer, "results", results);

  /* One transaction for the batch: answered means on disk. */
  if (!bw_storage_begin (self->conn, error))
    return NULL;
  bw_server_store_push_refused_clear (self);
  for (guint i = 0; i < n; i++)
    {
      JsonObject *result = apply_change (self, user, &changes[i], now, error);

      if (result == NULL)
        {
          bw_server_store_push_refused_clear (self);
          bw_storage_rollback (self->conn);
          return NULL;
        }
      json_array_add_object_element (results, result);
    }
  if (!bw_server_store_push_audit_refused (self, user, error) || !bw_storage_commit (self->conn, error))
    {
      bw_server_store_push_refused_clear (self);
      bw_storage_rollback (self->conn);
      return NULL;
    }
  bw_server_store_push_refused_clear (self);
  return g_steal_pointer (&answer);
}
