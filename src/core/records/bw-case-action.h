/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <glib-object.h>

#include "bw-enums.h"
#include "bw-record.h"

G_BEGIN_DECLS

#define BW_TYPE_CASE_ACTION (bw_case_action_get_type ())
G_DECLARE_FINAL_TYPE (BwCaseAction, bw_case_action, BW, CASE_ACTION, BwRecord)

/* An agreed action on a case: what, who, by when, done or not; a BwRecord
 * of the action's field table (records/bw-field.c). The store creates
 * these when it reads, and all changes go through BwCaseStore. */
BwCaseAction *bw_case_action_new (gint64      id,
                                  const char *uuid,
                                  gint64      revision,
                                  const char *what,
                                  const char *owner,
                                  const char *due_date,
                                  gboolean    done);

gint64      bw_case_action_get_id         (BwCaseAction *self);
void        bw_case_action_set_id         (BwCaseAction *self, gint64 id);
const char *bw_case_action_get_uuid       (BwCaseAction *self);
void        bw_case_action_set_uuid       (BwCaseAction *self, const char *uuid);
gint64      bw_case_action_get_revision   (BwCaseAction *self);
void        bw_case_action_set_revision   (BwCaseAction *self, gint64 revision);
const char *bw_case_action_get_created_at (BwCaseAction *self);
void        bw_case_action_set_created_at (BwCaseAction *self, const char *value);
const char *bw_case_action_get_created_by (BwCaseAction *self);
void        bw_case_action_set_created_by (BwCaseAction *self, const char *value);
const char *bw_case_action_get_updated_at (BwCaseAction *self);
void        bw_case_action_set_updated_at (BwCaseAction *self, const char *value);
const char *bw_case_action_get_updated_by (BwCaseAction *self);
void        bw_case_action_set_updated_by (BwCaseAction *self, const char *value);
gboolean    bw_case_action_get_deleted    (BwCaseAction *self);
void        bw_case_action_set_deleted    (BwCaseAction *self, gboolean deleted);

const char *bw_case_action_get_what     (BwCaseAction *self);
const char *bw_case_action_get_owner    (BwCaseAction *self);
const char *bw_case_action_get_due_date (BwCaseAction *self);
gboolean    bw_case_action_get_done     (BwCaseAction *self);

G_END_DECLS
