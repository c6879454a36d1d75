/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-server"
/* Sharing with partners: the active shares of a case, the partner's
 * snapshot filtered per field, and the report of an opened case. */
#include "config.h"

#include <string.h>

#include "bw-date.h"
#include "bw-record-json.h"
#include "bw-server-store-private.h"
#include "bw-share-filter.h"
#include "bw-share.h"

char *
bw_server_today (void)
{
  const char *test_today = g_getenv ("BUURTWERK_TEST_TODAY");

  if (test_today != NULL && bw_date_is_iso_date (test_today))
    return g_strdup (test_today);
  return bw_date_today ();
}

/* The parts of @case_uuid actively shared with @organisation on @today
 * (the union of its active shares); FALSE when none is, or when the team
 * deleted the case: a partner then may neither write a note nor report an
 * opening, exactly as for a case that does not exist. */
gboolean
bw_server_store_active_share_parts (BwServerStore  *self,
                                    const char     *case_uuid,
                                    const char     *organisation,
                                    const char     *today,
                                    gboolean        parts[BW_SHARE_PART_N],
                                    GError        **error)
{
  BwStorageStmt *stmt = bw_storage_prepare (self->conn, "SELECT json_extract (fields, '$.parts') FROM records"
                                                  " WHERE type = 'share' AND case_uuid = ?1 AND deleted = 0"
                                                  " AND json_extract (fields, '$.organisation') = ?2"
                                                  " AND json_extract (fields, '$.withdrawn_at') IS NULL"
                                                  " AND json_extract (fields, '$.end_date') >= ?3"
                                                  " AND EXISTS (SELECT 1 FROM records c WHERE c.uuid = ?1"
                                                  " AND c.type = 'case' AND c.deleted = 0)", error);
  gboolean found = FALSE;

  memset (parts, 0, sizeof (gboolean) * BW_SHARE_PART_N);
  if (stmt == NULL || organisation == NULL)
    return FALSE;
  bw_storage_bind_text (stmt, 1, case_uuid);
  bw_storage_bind_text (stmt, 2, organisation);
  bw_storage_bind_text (stmt, 3, today);
  while (bw_storage_step (stmt) == BW_STORAGE_ROW)
    {
      g_autoptr(BwShare) share = bw_share_new ();

      if (!bw_share_set_parts_json (share, bw_storage_column_text (stmt, 0)))
        continue;
      for (int i = 0; i < BW_SHARE_PART_N; i++)
        parts[i] |= bw_share_has_part (share, i);
      found = TRUE;
    }
  bw_storage_reset (stmt);
  return found;
}

BwShare *
bw_server_share_from_fields (JsonObject *fields)
{
  BwShare *share = bw_share_new ();
  g_autoptr(JsonNode) parts = json_node_copy (json_object_get_member (fields, "parts"));
  g_autofree char *parts_text = json_to_string (parts, FALSE);

#define TEXT_FIELD(name) \
  bw_share_set_##name (share, json_object_get_string_member_with_default (fields, #name, NULL));
  TEXT_FIELD (organisation)
  TEXT_FIELD (consent_date)
  TEXT_FIELD (consent_given_to)
  TEXT_FIELD (consent_form)
  TEXT_FIELD (end_date)
  TEXT_FIELD (team_contact)
  TEXT_FIELD (withdrawn_at)
  TEXT_FIELD (withdrawn_reason)
#undef TEXT_FIELD
  bw_share_set_parts_json (share, parts_text);
  return share;
}

typedef struct {
  char *case_uuid;
  gboolean parts[BW_SHARE_PART_N];
  char *end_date;
  char *team_contact;
  GPtrArray *share_uuids;   /* the active shares, NULL-terminated */
} SharedCase;

static void
shared_case_free (SharedCase *shared)
{
  g_free (shared->case_uuid);
  g_free (shared->end_date);
  g_free (shared->team_contact);
  g_ptr_array_unref (shared->share_uuids);
  g_free (shared);
}

static JsonArray *
parts_to_json (const gboolean parts[BW_SHARE_PART_N])
{
  JsonArray *array = json_array_new ();

  for (int i = 0; i < BW_SHARE_PART_N; i++)
    if (parts[i])
      json_array_add_string_element (array, bw_share_part_to_key (i));
  return array;
}

static char *
parts_detail (const gboolean parts[BW_SHARE_PART_N])
{
  g_autoptr(JsonArray) array = parts_to_json (parts);
  g_autoptr(GString) detail = g_string_new ("parts=");

  for (guint i = 0; i < json_array_get_length (array); i++)
    g_string_append_printf (detail, "%s%s", i ? "," : "", json_array_get_string_element (array, i));
  return g_strdup (detail->str);
}

/* Every case actively shared with @organisation on @today, the shares of
 * one case merged: the union of their parts, the latest end date and the
 * contact person of the share that runs longest. */
static GPtrArray *
list_shared_cases (BwServerStore  *self,
                   const char     *organisation,
                   const char     *today,
                   GError        **error)
{
  g_autoptr(GPtrArray) cases = g_ptr_array_new_with_free_func ((GDestroyNotify) shared_case_free);
  BwStorageStmt *stmt = bw_storage_prepare (self->conn, "SELECT case_uuid, fields, uuid FROM records"
                                                  " WHERE type = 'share' AND deleted = 0"
                                                  " AND json_extract (fields, '$.organisation') = ?1"
                                                  " AND json_extract (fields, '$.withdrawn_at') IS NULL"
                                                  " AND json_extract (fields, '$.end_date') >= ?2"
                                                  " ORDER BY case_uuid, json_extract (fields, '$.end_date')", error);
  SharedCase *current = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;
  bw_storage_bind_text (stmt, 1, organisation);
  bw_storage_bind_text (stmt, 2, today);
  while ((rc = bw_storage_step (stmt)) == BW_STORAGE_ROW)
    {
      g_autoptr(JsonObject) fields = bw_server_json_object_from_text (bw_storage_column_text (stmt, 1));
      g_autoptr(BwShare) share = bw_server_share_from_fields (fields);

      if (current == NULL || !g_str_equal (current->case_uuid, bw_storage_column_text (stmt, 0)))
        {
          current = g_new0 (SharedCase, 1);
          current->case_uuid = g_strdup (bw_storage_column_text (stmt, 0));
          current->share_uuids = g_ptr_array_new_with_free_func (g_free);
          g_ptr_array_add (current->share_uuids, NULL);
          g_ptr_array_add (cases, current);
        }
      g_ptr_array_insert (current->share_uuids, current->share_uuids->len - 1,
                          g_strdup (bw_storage_column_text (stmt, 2)));
      for (int i = 0; i < BW_SHARE_PART_N; i++)
        current->parts[i] |= bw_share_has_part (share, i);
      g_free (current->end_date);
      current->end_date = g_strdup (bw_share_get_end_date (share));
      g_free (current->team_contact);
      current->team_contact = g_strdup (bw_share_get_team_contact (share));
    }
  bw_storage_reset (stmt);
  if (rc != BW_STORAGE_DONE)
    {
      bw_storage_set_error (self->conn, 0, error);
      return NULL;
    }
  return g_steal_pointer (&cases);
}

/* One shared case as the partner receives it. */
static JsonObject *
shared_case_to_json (BwServerStore       *self,
                     const BwServerUser  *user,
                     const SharedCase    *shared,
                     GError             **error)
{
  g_auto(BwServerRow) case_row = { 0 };
  g_autoptr(JsonObject) entry = json_object_new ();
  g_autoptr(GError) local_error = NULL;
  JsonArray *records = json_array_new ();
  JsonArray *notes = json_array_new ();
  BwStorageStmt *stmt;
  int rc;

  json_object_set_array_member (entry, "records", records);
  json_object_set_array_member (entry, "notes", notes);
  if (!bw_server_store_load_row (self, shared->case_uuid, &case_row, &local_error) ||
      case_row.type != BW_RECORD_TYPE_CASE || case_row.deleted)
    {
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;   /* a share of a case that is gone delivers nothing */
    }

  json_object_set_string_member (entry, "case_uuid", shared->case_uuid);
  json_object_set_int_member (entry, "revision", case_row.revision);
  json_object_set_string_member (entry, "organisation", user->organisation);
  json_object_set_array_member (entry, "parts", parts_to_json (shared->parts));
  json_object_set_string_member (entry, "end_date", shared->end_date);
  json_object_set_string_member (entry, "team_contact", shared->team_contact);
  json_object_set_object_member (entry, "case",
                                 bw_share_filter_record (BW_RECORD_TYPE_CASE, case_row.fields, shared->parts));

  stmt = bw_storage_prepare (self->conn, "SELECT " BW_SERVER_ROW_COLUMNS " FROM records WHERE case_uuid = ?1 AND deleted = 0"
                                    " AND type <> 'case' ORDER BY seq", error);
  if (stmt == NULL)
    return NULL;
  bw_storage_bind_text (stmt, 1, shared->case_uuid);
  while ((rc = bw_storage_step (stmt)) == BW_STORAGE_ROW)
    {
      g_auto(BwServerRow) row = { 0 };
      g_autoptr(JsonObject) filtered = NULL;

      bw_server_row_read (stmt, &row);
      if (row.type == BW_RECORD_TYPE_PARTNER_NOTE)
        {
          /* Only the notes of the partner's own organisation. */
          if (g_strcmp0 (json_object_get_string_member_with_default (row.fields, "organisation", NULL),
                         user->organisation) == 0)
            json_array_add_object_element (notes, bw_server_row_to_json (&row));
          continue;
        }
      if (row.type == BW_RECORD_TYPE_ATTACHMENT)
        filtered = bw_share_filter_attachment_covered (row.fields, shared->parts,
                                                       (const char * const *) shared->share_uuids->pdata)
                   ? json_object_ref (row.fields) : NULL;
      else
        filtered = bw_share_filter_record (row.type, row.fields, shared->parts);
      if (filtered == NULL)
        continue;
      g_clear_pointer (&row.fields, json_object_unref);
      row.fields = g_steal_pointer (&filtered);
      json_array_add_object_element (records, bw_server_row_to_json (&row));
    }
  bw_storage_reset (stmt);
  if (rc != BW_STORAGE_DONE)
    {
      bw_storage_set_error (self->conn, 0, error);
      return NULL;
    }
  return g_steal_pointer (&entry);
}

JsonObject *
bw_server_store_get_shared (BwServerStore       *self,
                            const BwServerUser  *user,
                            guint               *n_cases,
                            GError             **error)
{
  g_autoptr(JsonObject) answer = NULL;
  g_autoptr(GPtrArray) shared = NULL;
  g_autofree char *today = bw_server_today ();
  JsonArray *cases;

  g_return_val_if_fail (BW_IS_SERVER_STORE (self), NULL);

  *n_cases = 0;
  if (user->role != BW_ROLE_PARTNER || user->organisation == NULL)
    {
      /* The same answer as an unknown path. */
      g_set_error_literal (error, BW_SERVER_ERROR, BW_SERVER_ERROR_NOT_FOUND, "No such path");
      return NULL;
    }

  answer = json_object_new ();
  json_object_set_string_member (answer, "epoch", self->epoch);
  json_object_set_string_member (answer, "organisation", user->organisation);
  json_object_set_string_member (answer, "today", today);
  cases = json_array_new ();
  json_object_set_array_member (answer, "cases", cases);

  /* One transaction: the snapshot and its "deliver" rows together. */
  if (!bw_storage_begin (self->conn, error))
    return NULL;
  if ((shared = list_shared_cases (self, user->organisation, today, error)) == NULL)
    goto fail;
  for (guint i = 0; i < shared->len; i++)
    {
      SharedCase *one = g_ptr_array_index (shared, i);
      g_autoptr(GError) local_error = NULL;
      g_autofree char *detail = NULL;
      JsonObject *entry = shared_case_to_json (self, user, one, &local_error);

      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          goto fail;
        }
      if (entry == NULL)
        continue;
      json_array_add_object_element (cases, entry);
      detail = parts_detail (one->parts);
      if (!bw_server_store_audit (self, user, "deliver", "case", one->case_uuid, one->case_uuid,
                                  detail, error))
        goto fail;
    }
  if (!bw_storage_commit (self->conn, error))
    goto fail;
  *n_cases = json_array_get_length (cases);
  return g_steal_pointer (&answer);

fail:
  bw_storage_rollback (self->conn);
  return NULL;
}

gboolean
bw_server_store_report_opened (BwServerStore       *self,
                               const BwServerUser  *user,
                               const char          *case_uuid,
                               const char          *opened_at,
                               GError             **error)
{
  g_autofree char *today = bw_server_today ();
  g_autofree char *detail = NULL;
  gboolean parts[BW_SHARE_PART_N];
  gboolean shared;

  g_return_val_if_fail (BW_IS_SERVER_STORE (self), FALSE);

  if (!bw_storage_begin (self->conn, error))
    return FALSE;
  shared = user->role == BW_ROLE_PARTNER && bw_record_json_is_uuid (case_uuid) &&
           bw_server_store_active_share_parts (self, case_uuid, user->organisation, today, parts, NULL);
  detail = bw_server_client_stamp ("opened_at", opened_at);
  if (!bw_server_store_audit (self, user, shared ? "open" : "denied", "case", case_uuid, case_uuid,
                              shared ? detail : "opened", error) ||
      !bw_storage_commit (self->conn, error))
    {
      bw_storage_rollback (self->conn);
      return FALSE;
    }
  if (!shared)
    {
      g_set_error_literal (error, BW_SERVER_ERROR, BW_SERVER_ERROR_NOT_FOUND, "No such record");
      return FALSE;
    }
  return TRUE;
}
