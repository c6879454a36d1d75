/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <adwaita.h>

#include "bw-case-store.h"

G_BEGIN_DECLS

#define BW_TYPE_ATTACHMENT_LIST (bw_attachment_list_get_type ())
G_DECLARE_FINAL_TYPE (BwAttachmentList, bw_attachment_list, BW, ATTACHMENT_LIST, AdwPreferencesGroup)

/* The attachments of a case ("Bijlagen"): each file with Open and Remove,
 * "Add Attachment…", and per active share whose signed consent form is
 * not attached yet a row to attach it. Reads and writes go to the store's
 * threads; the file is checked there (bw_case_store_add_attachment_file()).
 * It emits ::show-toast (an AdwToast) for what happened. */
void bw_attachment_list_set_store (BwAttachmentList *self,
                                   BwCaseStore      *store);
/* The case @case_id (0: none, a new case), read again on case-changed. */
void bw_attachment_list_show_case (BwAttachmentList *self,
                                   gint64            case_id);

G_END_DECLS
