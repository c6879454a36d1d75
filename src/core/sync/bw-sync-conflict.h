/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define BW_TYPE_SYNC_CONFLICT (bw_sync_conflict_get_type ())
G_DECLARE_FINAL_TYPE (BwSyncConflict, bw_sync_conflict, BW, SYNC_CONFLICT, GObject)

/* One field of a record that was changed both here and on the server since
 * the last sync (or a record deleted on one side and edited on the other).
 * Both values are kept until a person decides. Also used for a change the
 * server refused (then @server_value is NULL and @message says why). */

BwSyncConflict *bw_sync_conflict_new (gint64      id,
                                      const char *type,
                                      const char *uuid,
                                      const char *case_uuid,
                                      const char *field,
                                      const char *server_value,
                                      const char *local_value,
                                      const char *message);

gint64      bw_sync_conflict_get_id           (BwSyncConflict *self);
const char *bw_sync_conflict_get_record_type  (BwSyncConflict *self);
const char *bw_sync_conflict_get_uuid         (BwSyncConflict *self);
const char *bw_sync_conflict_get_case_uuid    (BwSyncConflict *self);
/* The wire name of the field, or "deleted"; for a refused change, the
 * field the server named for a wrong value, or NULL. */
const char *bw_sync_conflict_get_field        (BwSyncConflict *self);
/* Values as JSON text ("\"06-123\"", "3", "true", "null"). */
const char *bw_sync_conflict_get_server_value (BwSyncConflict *self);
const char *bw_sync_conflict_get_local_value  (BwSyncConflict *self);
/* For a refused change, the server's English text: shown only when the
 * code is one this desktop does not know. */
const char *bw_sync_conflict_get_message      (BwSyncConflict *self);
/* For a refused change: the server's stable reason key ("plan_role",
 * "not_found", … docs/sync-protocol.md, Push) or the desktop's own
 * ("too_large"); NULL for one refused before codes were kept. */
const char *bw_sync_conflict_get_code         (BwSyncConflict *self);
/* What names the refused change's record on this desktop, NULL when it
 * is no longer here: the resident's name for a case and the records under
 * it, an enrolment's or attendance's participant; an offer's title, and a
 * session's offer's title. */
const char *bw_sync_conflict_get_record_name  (BwSyncConflict *self);
/* The offer's title for an enrolment or attendance, an involvement's
 * organisation, an action's text. */
const char *bw_sync_conflict_get_record_context (BwSyncConflict *self);
/* The record's date (ISO): a session's, an attendance's session's, a
 * journal note's, an assessment's, a track change's. */
const char *bw_sync_conflict_get_record_date (BwSyncConflict *self);
void        bw_sync_conflict_set_refusal      (BwSyncConflict *self,
                                               const char     *code,
                                               const char     *record_name,
                                               const char     *record_context,
                                               const char     *record_date);
/* A value as a person reads it: the text without quotes, "—" for null. */
char       *bw_sync_conflict_format_value     (const char     *json_value);

G_END_DECLS
