/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define BW_TYPE_AUDIT_ENTRY (bw_audit_entry_get_type ())
G_DECLARE_FINAL_TYPE (BwAuditEntry, bw_audit_entry, BW, AUDIT_ENTRY, GObject)

/* One row of a case's access history, as the server's audit log has it
 * (GET /api/v1/cases/UUID/access-history, for coordinators). */

const char *bw_audit_entry_get_at          (BwAuditEntry *self);  /* ISO 8601 UTC */
const char *bw_audit_entry_get_user_name   (BwAuditEntry *self);
const char *bw_audit_entry_get_role        (BwAuditEntry *self);
/* deliver, open, create, update, delete, share, withdraw, denied, purge,
 * export */
const char *bw_audit_entry_get_action      (BwAuditEntry *self);
const char *bw_audit_entry_get_record_type (BwAuditEntry *self);
const char *bw_audit_entry_get_record_uuid (BwAuditEntry *self);
const char *bw_audit_entry_get_client      (BwAuditEntry *self);
const char *bw_audit_entry_get_peer        (BwAuditEntry *self);
const char *bw_audit_entry_get_detail      (BwAuditEntry *self);
/* The case the row is about (the team's history spans cases), or NULL. */
const char *bw_audit_entry_get_case_uuid   (BwAuditEntry *self);

/* Translated labels for an action, a role and a record type key (the
 * key itself when unknown). */
const char *bw_audit_action_to_label       (const char   *action);
const char *bw_audit_role_to_label         (const char   *role);
const char *bw_audit_record_type_to_label  (const char   *type);
/* What a desktop may report as exported (POST /api/v1/audit/exported): an
 * "export" row has it as its record type. */
gboolean    bw_audit_export_is_key         (const char   *key);
/* When it happened, in local time: "25-11-2026 11:00:00". */
char       *bw_audit_entry_format_at       (BwAuditEntry *self);

/* The "entries" of the server's answer as a GListModel of BwAuditEntry,
 * newest first; FALSE (BW_SYNC_ERROR-free: a G_IO_ERROR_INVALID_DATA) when
 * the answer is not the protocol. */
GListModel *bw_audit_entries_from_json     (JsonObject   *answer,
                                            GError      **error);

/* The entries as CSV for a spreadsheet, through bw-csv-writer.h (the
 * locale's separator, a byte order mark and the formula-injection guard:
 * a detail or name that starts with "=" is written as "'="): translated
 * headers, labels and local times, as the window shows them. */
char       *bw_audit_entries_to_csv        (GListModel   *entries);

G_END_DECLS
