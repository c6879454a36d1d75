/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <adwaita.h>

#include "bw-case-store.h"
#include "bw-sync-engine.h"
#include "bw-work-item.h"

G_BEGIN_DECLS

#define BW_TYPE_WORK_PAGE (bw_work_page_get_type ())
G_DECLARE_FINAL_TYPE (BwWorkPage, bw_work_page, BW, WORK_PAGE, GtkWidget)

/* "My work" (Mijn werk): what the signed-in worker has to do today, per
 * section with its count, read off the main thread and again whenever a
 * case changes. A row opens its case at the right part (the window's
 * win.show-case-section); an action is marked done from here, and a
 * transfer offered to me accepted or declined. */

void          bw_work_page_set_store   (BwWorkPage   *self,
                                        BwCaseStore  *store);
void          bw_work_page_set_engine  (BwWorkPage   *self,
                                        BwSyncEngine *engine);
void          bw_work_page_set_stack   (BwWorkPage   *self,
                                        AdwViewStack *stack);
/* Reads the sections again (at once: a read is cheap). */
void          bw_work_page_refresh     (BwWorkPage   *self);
/* TRUE while the sections are read (property "loading"). */
gboolean      bw_work_page_get_loading (BwWorkPage   *self);
/* The number of rows of @section, and of all ("total"), as last read. */
guint         bw_work_page_get_count   (BwWorkPage   *self,
                                        BwWorkSection section);
guint         bw_work_page_get_total   (BwWorkPage   *self);
/* Shows @section's rows. */
void          bw_work_page_select_section (BwWorkPage    *self,
                                           BwWorkSection  section);
/* The rows of the section on screen (BwWorkItem). */
GListModel   *bw_work_page_get_items   (BwWorkPage   *self);

G_END_DECLS
