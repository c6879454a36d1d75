/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <adwaita.h>

#include "bw-case-store.h"
#include "bw-planning.h"
#include "bw-sync-engine.h"

G_BEGIN_DECLS

#define BW_TYPE_CASE_PAGE (bw_case_page_get_type ())
G_DECLARE_FINAL_TYPE (BwCasePage, bw_case_page, BW, CASE_PAGE, GtkWidget)

/* Shows one case and edits it. Edits of the case's own fields are kept on
 * screen until Save; journal notes, actions, organisations and assessments
 * are written as soon as they are added. */

void      bw_case_page_set_store (BwCasePage   *self,
                                  BwCaseStore  *store);
/* Shows case @id, or an empty new case when @id is 0. The case is read off
 * the main thread: until it is shown the page is "loading" and its case id
 * is already @id; a case that cannot be read is said in a toast. */
gboolean  bw_case_page_load      (BwCasePage   *self,
                                  gint64        id,
                                  GError      **error);
gint64    bw_case_page_get_case_id (BwCasePage *self);
/* TRUE while the case asked for is read (property "loading"). */
gboolean  bw_case_page_get_loading (BwCasePage *self);
/* TRUE while writes of the page are on their way (property "saving"). */
gboolean  bw_case_page_get_saving (BwCasePage *self);
gboolean  bw_case_page_get_dirty (BwCasePage   *self);
/* Whether the last saved change can be undone ("can-undo"). */
gboolean  bw_case_page_get_can_undo (BwCasePage *self);
/* Saves what is on screen, with the note, action and organisation typed
 * but not added, on the store's write thread. FALSE when it was refused at
 * once (the reason is shown next to the field); a refusal by the store
 * shows later, the same way. */
gboolean  bw_case_page_save      (BwCasePage   *self);
/* The same, done when every write of the page is: FALSE with @error when
 * one was refused (its reason is shown on the page). */
void      bw_case_page_save_async  (BwCasePage          *self,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data);
gboolean  bw_case_page_save_finish (BwCasePage          *self,
                                    GAsyncResult        *result,
                                    GError             **error);
void      bw_case_page_focus_first_field (BwCasePage *self);
/* The planning, for the resident's courses and "Refer to Course"
 * (action case.refer-to-course, which asks for an open offer). */
void      bw_case_page_set_planning (BwCasePage *self,
                                     BwPlanning *planning);
/* The engine a coordinator's Access History… asks the server with. */
void      bw_case_page_set_sync_engine (BwCasePage   *self,
                                        BwSyncEngine *engine);

/* Once the case is shown: scrolls to @section ("actions", "journal",
 * "assessments", "shares", "courses"; anything else stays at the top)
 * and moves the focus there. */
void      bw_case_page_show_section (BwCasePage *self,
                                     const char *section);

G_END_DECLS
