/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The sections of "My work", in the order the page shows them. */
typedef enum {
  BW_WORK_OVERDUE,        /* actions past their due date */
  BW_WORK_THIS_WEEK,      /* actions due from today to Sunday */
  BW_WORK_NO_CONTACT,     /* open cases without a recent journal note */
  BW_WORK_REASSESS,       /* open cases whose life domains are due */
  BW_WORK_SHARES_ENDING,  /* shares that end within 30 days */
  BW_WORK_WAITING_LIST,   /* residents on a course's waiting list */
  BW_WORK_TRANSFERS,      /* cases offered to me or to my team */
  BW_WORK_N_SECTIONS
} BwWorkSection;

#define BW_TYPE_WORK_ITEM (bw_work_item_get_type ())
G_DECLARE_FINAL_TYPE (BwWorkItem, bw_work_item, BW, WORK_ITEM, GObject)

/* One row of "My work": what is to be done for which case. @case_id is
 * 0 for a case another team offers (it is not on this desktop yet); then
 * @name is the offering team. @record_id is the action's id for the
 * action sections, else 0. @text is the action's "what", the share's
 * organisation key, the course's title or the transfer's note; @date an
 * ISO date or NULL (the due date, the last contact or assessment, the
 * share's end, the day of the referral). */

BwWorkItem   *bw_work_item_new           (BwWorkSection  section,
                                          gint64         case_id,
                                          const char    *case_uuid,
                                          gint64         record_id,
                                          const char    *name,
                                          const char    *text,
                                          const char    *date);
BwWorkSection bw_work_item_get_section   (BwWorkItem *self);
gint64        bw_work_item_get_case_id   (BwWorkItem *self);
const char   *bw_work_item_get_case_uuid (BwWorkItem *self);
gint64        bw_work_item_get_record_id (BwWorkItem *self);
const char   *bw_work_item_get_name      (BwWorkItem *self);
const char   *bw_work_item_get_text      (BwWorkItem *self);
const char   *bw_work_item_get_date      (BwWorkItem *self);

G_END_DECLS
