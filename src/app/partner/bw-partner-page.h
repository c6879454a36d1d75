/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <adwaita.h>

#include "bw-case-store.h"
#include "bw-sync-engine.h"

G_BEGIN_DECLS

#define BW_TYPE_PARTNER_PAGE (bw_partner_page_get_type ())
G_DECLARE_FINAL_TYPE (BwPartnerPage, bw_partner_page, BW, PARTNER_PAGE, GtkWidget)

/* The partner's view ("Shared with My Organisation"): the cases a
 * buurtteam shares with the partner's organisation, read-only, showing
 * only the shared parts, with the partner's own notes as the one thing it
 * can write. Every opening of a case is reported to the audit log. */

void           bw_partner_page_set_store    (BwPartnerPage *self,
                                             BwCaseStore   *store);
void           bw_partner_page_set_engine   (BwPartnerPage *self,
                                             BwSyncEngine  *engine);
/* The shared cases on screen (BwSharedCase). */
GListModel    *bw_partner_page_get_cases    (BwPartnerPage *self);
/* Opens the case at @position of the list, as a click does. */
void           bw_partner_page_open         (BwPartnerPage *self,
                                             guint          position);
/* The uuid of the case on screen, or NULL. */
const char    *bw_partner_page_get_case_uuid (BwPartnerPage *self);
/* TRUE while a note is typed but not added (on any case). */
gboolean       bw_partner_page_get_dirty    (BwPartnerPage *self);
/* Adds the notes typed but not added; FALSE (the reason on screen, the
 * text kept) when one is refused. */
gboolean       bw_partner_page_save         (BwPartnerPage *self);
/* Forgets the notes typed but not added. */
void           bw_partner_page_discard      (BwPartnerPage *self);

G_END_DECLS
