/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <gtk/gtk.h>

#include "bw-case-store.h"

G_BEGIN_DECLS

#define BW_TYPE_OWNER_FILTER (bw_owner_filter_get_type ())
G_DECLARE_FINAL_TYPE (BwOwnerFilter, bw_owner_filter, BW, OWNER_FILTER, GtkWidget)

/* The case list's filter by responsible worker: everyone's cases, "My
 * cases", or one worker of the team ("Per medewerker"), from the team
 * list the sync keeps (read off the main thread). Hidden while there is
 * no team list (not signed in, or not a team). :owner is the chosen
 * worker's user id, 0 for everyone. */
void   bw_owner_filter_set_store (BwOwnerFilter *self,
                                  BwCaseStore   *store);
/* Reads the team list again (after a sync). */
void   bw_owner_filter_reload    (BwOwnerFilter *self);
gint64 bw_owner_filter_get_owner (BwOwnerFilter *self);
/* Chooses worker @owner (0: everyone), when in the list. */
void   bw_owner_filter_set_owner (BwOwnerFilter *self,
                                  gint64         owner);

G_END_DECLS
