/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <glib-object.h>

#include "bw-enums.h"

G_BEGIN_DECLS

#define BW_TYPE_CASE_ACTION (bw_case_action_get_type ())
G_DECLARE_FINAL_TYPE (BwCaseAction, bw_case_action, BW, CASE_ACTION, GObject)

/* An agreed action on a case: what, who, by when, done or not.
 * Immutable once built: the store creates these when it reads, and all
 * changes go through BwCaseStore. */

BwCaseAction *bw_case_action_new (gint64 id,
  const char *uuid,
  gint64 revision,
  const char *what,
  const char *owner,
  const char *due_date,
  gboolean done);

gint64 bw_case_action_get_id (const BwCaseAction *self);
const char *bw_case_action_get_uuid (const BwCaseAction *self);
gint64 bw_case_action_get_revision (const BwCaseAction *self);
const char *bw_case_action_get_what (const BwCaseAction *self);
const char *bw_case_action_get_owner (const BwCaseAction *self);
const char *bw_case_action_get_due_date (const BwCaseAction *self);
gboolean bw_case_action_get_done (const BwCaseAction *self);

G_END_DECLS
