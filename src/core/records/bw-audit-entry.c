/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-records"
#include "config.h"

#include <glib/gi18n-lib.h>

#include "bw-audit-entry.h"
#include "bw-date.h"
#include "bw-csv-writer.h"

enum {
  COL_AT,
  COL_USER_NAME,
  COL_ROLE,
  COL_ACTION,
  COL_RECORD_TYPE,
  COL_RECORD_UUID,
  COL_CLIENT,
  COL_PEER,
  COL_DETAIL,
  N_COLS
};

/* The member names on the wire. */
static const char * const col_names[N_COLS] = {
  "at", "user_name", "role", "action", "record_type", "record_uuid", "client", "peer", "detail",
};

struct _BwAuditEntry
{
  GObject parent_instance;

  char *values[N_COLS];
  char *case_uuid;          /* in the team's history, which spans cases */
};

G_DEFINE_FINAL_TYPE (BwAuditEntry, bw_audit_entry, G_TYPE_OBJECT)

static void
bw_audit_entry_finalize (GObject *object)
{
  BwAuditEntry *self = (BwAuditEntry *) object;

  for (int i = 0; i < N_COLS; i++)
    g_free (self->values[i]);
  g_free (self->case_uuid);

  G_OBJECT_CLASS (bw_audit_entry_parent_class)->finalize (object);
}

static void
bw_audit_entry_class_init (BwAuditEntryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bw_audit_entry_finalize;
}

static void
bw_audit_entry_init (BwAuditEntry *self)
{
}

#define GETTER(name, col)                                      \
  const char *bw_audit_entry_get_##name (BwAuditEntry *self)   \
  {                                                            \
    g_return_val_if_fail (BW_IS_AUDIT_ENTRY (self), NULL);     \
    return self->values[col];                                  \
  }
GETTER (at, COL_AT)
GETTER (user_name, COL_USER_NAME)
GETTER (role, COL_ROLE)
GETTER (action, COL_ACTION)
GETTER (record_type, COL_RECORD_TYPE)
GETTER (record_uuid, COL_RECORD_UUID)
GETTER (client, COL_CLIENT)
GETTER (peer, COL_PEER)
GETTER (detail, COL_DETAIL)
#undef GETTER

const char *
bw_audit_entry_get_case_uuid (BwAuditEntry *self)
{
  g_return_val_if_fail (BW_IS_AUDIT_ENTRY (self), NULL);
  return self->case_uuid;
}

const char *
bw_audit_action_to_label (const char *action)
{
  static const struct { const char *key; const char *label; } labels[] = {
    { "deliver", N_("Sent to partner") },
    { "open", N_("Opened by partner") },
    { "create", N_("Created") },
    { "update", N_("Changed") },
    { "delete", N_("Deleted") },
    { "share", N_("Shared") },
    { "withdraw", N_("Share withdrawn") },
    { "denied", N_("Access refused") },
    { "purge", N_("Removed from a desktop") },
    { "export", N_("Exported") },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (labels); i++)
    if (g_strcmp0 (action, labels[i].key) == 0)
      return _(labels[i].label);
  return action;
}

gboolean
bw_audit_export_is_key (const char *key)
{
  static const char * const keys[] = {
    "report_xlsx", "report_csv", "map_csv", "participants_csv", "offer_ics", "trainer_ics",
    "access_history_csv", "team_access_history_csv", "case_record_pdf", "case_record_print", NULL,
  };

  return key != NULL && g_strv_contains (keys, key);
}

const char *
bw_audit_role_to_label (const char *role)
{
  static const struct { const char *key; const char *label; } labels[] = {
    { "buurtteam", N_("Buurtteam") },
    { "partner", N_("Partner") },
    { "coordinator", N_("Coordinator") },
    { "trainer", N_("Trainer") },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (labels); i++)
    if (g_strcmp0 (role, labels[i].key) == 0)
      return _(labels[i].label);
  return role ? role : "";
}

const char *
bw_audit_record_type_to_label (const char *type)
{
  static const struct { const char *key; const char *label; } labels[] = {
    { "case", N_("Case") },
    { "journal", N_("Journal note") },
    { "track_change", N_("Track change") },
    { "assessment", N_("Assessment") },
    { "action", N_("Action") },
    { "involvement", N_("Involved organisation") },
    { "share", N_("Share") },
    { "partner_note", N_("Partner note") },
    /* What an "export" row exported (bw_audit_export_is_key()). */
    { "report_xlsx", N_("Report (Excel)") },
    { "report_csv", N_("Report (CSV)") },
    { "map_csv", N_("Map figures (CSV)") },
    { "participants_csv", N_("Participant list (CSV)") },
    { "offer_ics", N_("Offer calendar (iCalendar)") },
    { "trainer_ics", N_("Trainer calendar (iCalendar)") },
    { "access_history_csv", N_("Access history (CSV)") },
    { "team_access_history_csv", N_("Team access history (CSV)") },
    { "case_record_pdf", N_("Case record (PDF)") },
    { "case_record_print", N_("Case record (printed)") },
    { "household_member", N_("Member of the household") },
    { "debt", N_("Debt") },
    { "attachment", N_("Attachment") },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (labels); i++)
    if (g_strcmp0 (type, labels[i].key) == 0)
      return _(labels[i].label);
  return type ? type : "";
}

char *
bw_audit_entry_format_at (BwAuditEntry *self)
{
  const char *at;
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;

  g_return_val_if_fail (BW_IS_AUDIT_ENTRY (self), NULL);

  at = self->values[COL_AT];
  utc = at ? g_date_time_new_from_iso8601 (at, NULL) : NULL;
  /* Heerlen's time, whatever the machine's zone is set to. */
  local = utc ? g_date_time_to_timezone (utc, bw_date_zone ()) : NULL;
  return local ? g_date_time_format (local, "%d-%m-%Y %H:%M:%S") : g_strdup (at ? at : "");
}

GListModel *
bw_audit_entries_from_json (JsonObject  *answer,
                            GError     **error)
{
  g_autoptr(GListStore) list = g_list_store_new (BW_TYPE_AUDIT_ENTRY);
  JsonNode *node = answer ? json_object_get_member (answer, "entries") : NULL;
  JsonArray *entries;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    goto invalid;
  entries = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (entries); i++)
    {
      JsonNode *element = json_array_get_element (entries, i);
      g_autoptr(BwAuditEntry) entry = NULL;
      JsonObject *object;

      if (!JSON_NODE_HOLDS_OBJECT (element))
        goto invalid;
      object = json_node_get_object (element);
      entry = g_object_new (BW_TYPE_AUDIT_ENTRY, NULL);
      for (int c = 0; c < N_COLS; c++)
        {
          JsonNode *value = json_object_get_member (object, col_names[c]);

          if (value == NULL || JSON_NODE_HOLDS_NULL (value))
            continue;
          if (!JSON_NODE_HOLDS_VALUE (value) || json_node_get_value_type (value) != G_TYPE_STRING)
            goto invalid;
          entry->values[c] = g_strdup (json_node_get_string (value));
        }
      if (entry->values[COL_AT] == NULL || entry->values[COL_ACTION] == NULL)
        goto invalid;
      {
        JsonNode *case_uuid = json_object_get_member (object, "case_uuid");

        if (case_uuid != NULL && JSON_NODE_HOLDS_VALUE (case_uuid) &&
            json_node_get_value_type (case_uuid) == G_TYPE_STRING)
          entry->case_uuid = g_strdup (json_node_get_string (case_uuid));
      }
      g_list_store_append (list, entry);
    }
  return G_LIST_MODEL (g_steal_pointer (&list));

invalid:
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       _("The server’s access history could not be read"));
  return NULL;
}

char *
bw_audit_entries_to_csv (GListModel *entries)
{
  g_autoptr(GString) csv = NULL;
  const char *header[N_COLS] = {
    _("When"), _("Who"), _("Role"), _("Action"), _("Record"), _("Record id"), _("Desktop"),
    _("Address"), _("Detail"),
  };

  g_return_val_if_fail (G_IS_LIST_MODEL (entries), NULL);

  csv = bw_csv_writer_new ();
  bw_csv_writer_append_row (csv, header, N_COLS);
  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(BwAuditEntry) entry = g_list_model_get_item (entries, i);
      g_autofree char *at = bw_audit_entry_format_at (entry);
      const char *row[N_COLS] = {
        [COL_AT] = at,
        [COL_USER_NAME] = entry->values[COL_USER_NAME],
        [COL_ROLE] = bw_audit_role_to_label (entry->values[COL_ROLE]),
        [COL_ACTION] = bw_audit_action_to_label (entry->values[COL_ACTION]),
        [COL_RECORD_TYPE] = bw_audit_record_type_to_label (entry->values[COL_RECORD_TYPE]),
        [COL_RECORD_UUID] = entry->values[COL_RECORD_UUID],
        [COL_CLIENT] = entry->values[COL_CLIENT],
        [COL_PEER] = entry->values[COL_PEER],
        [COL_DETAIL] = entry->values[COL_DETAIL],
      };

      bw_csv_writer_append_row (csv, row, N_COLS);
    }
  return g_string_free (g_steal_pointer (&csv), FALSE);
}
