/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <glib-object.h>

#include "bw-enums.h"

G_BEGIN_DECLS

#define BW_TYPE_INVOLVEMENT (bw_involvement_get_type ())
G_DECLARE_FINAL_TYPE (BwInvolvement, bw_involvement, BW, INVOLVEMENT, GObject)

/* An organisation involved in a case, with its contact person.
 * Immutable once built: the store creates these when it reads, and all
 * changes go through BwCaseStore. */

BwInvolvement *bw_involvement_new (gint64 id,
  const char *uuid,
  gint64 revision,
  const char *organisation,
  const char *contact,
  const char *role);

gint64 bw_involvement_get_id (const BwInvolvement *self);
const char *bw_involvement_get_uuid (const BwInvolvement *self);
gint64 bw_involvement_get_revision (const BwInvolvement *self);
const char *bw_involvement_get_organisation (const BwInvolvement *self);
const char *bw_involvement_get_contact (const BwInvolvement *self);
const char *bw_involvement_get_role (const BwInvolvement *self);

G_END_DECLS
