/* SPDX-License-Identifier: EUPL-1.2 */
/* What the case page's files share: the page itself, and the functions
 * its writes (bw-case-page-writes.c) use to show their results. */
#pragma once

#include <adwaita.h>

#include "bw-case-debts.h"
#include "bw-case-household.h"
#include "bw-attachment-list.h"
#include "bw-case-ownership.h"
#include "bw-case-page.h"
#include "bw-validation.h"

G_BEGIN_DECLS

struct _BwCasePage
{
  GtkWidget parent_instance;

  BwCaseStore *store;
  BwCase *record;            /* as stored; the fields may differ */
  BwCase *undo_snapshot;     /* the case before the last save */
  gboolean is_new;
  gboolean filling;          /* fields are being set from the record */
  gboolean dirty;

  /* Writes on their way to the store's write thread (-writes.c). */
  guint writes_in_flight;
  gboolean write_failed;     /* one of them was refused */
  gboolean save_in_flight;   /* a save of the case's fields */
  gboolean save_again;       /* Save pressed again meanwhile */
  guint own_changes;         /* changes they made, announced by the store */
  guint changes_seen;        /* announcements for this case meanwhile */
  GList *waiting;            /* GTasks waiting for them */
  gboolean load_pending;     /* a case to show once they are done */
  gint64 pending_load_id;
  gboolean loading;          /* the case asked for is being read */
  gint64 loading_id;

  /* template children */
  AdwWindowTitle *title;
  GtkWidget *back_button;
  GtkWidget *save_button;
  AdwPreferencesPage *prefs_page;
  AdwPreferencesGroup *closed_group;
  BwCaseOwnership *ownership;
  BwCaseHousehold *household_members;
  BwCaseDebts *debts;
  BwAttachmentList *attachments;
  AdwActionRow *outcome_row;
  AdwEntryRow *name_row;
  AdwEntryRow *dob_row;
  AdwEntryRow *address_row;
  AdwActionRow *buurt_row;
  GtkDropDown *buurt_dropdown;
  AdwEntryRow *phone_row;
  AdwEntryRow *email_row;
  GtkSpinButton *household_size_spin;
  AdwActionRow *household_size_row;
  AdwEntryRow *household_note_row;
  AdwComboRow *status_row;
  AdwComboRow *track_row;
  AdwExpanderRow *track_history_row;
  AdwComboRow *language_row;
  GtkSwitch *debts_switch;
  AdwEntryRow *debt_amount_row;
  AdwComboRow *debt_route_row;
  AdwPreferencesGroup *scores_group;
  AdwPreferencesGroup *journal_group;
  GtkTextView *note_view;
  GtkEntry *note_date_entry;
  GtkDropDown *note_kind_dropdown;
  GtkSpinButton *note_minutes_spin;
  GtkEntry *note_with_entry;
  GtkLabel *note_error;
  GtkListBox *journal_list;
  AdwPreferencesGroup *actions_group;
  GtkEntry *action_what_entry;
  GtkDropDown *action_assignee_dropdown;
  GArray *assignee_ids;      /* per choice: a worker's id, 0 someone outside */
  GtkEntry *action_owner_entry;
  GtkEntry *action_due_entry;
  GtkLabel *action_error;
  GtkListBox *actions_list;
  AdwPreferencesGroup *orgs_group;
  AdwPreferencesGroup *shares_group;
  GtkListBox *shares_list;
  AdwPreferencesGroup *courses_group;
  GtkListBox *courses_list;
  BwPlanning *planning;
  GListModel *enrolments;
  BwSyncEngine *engine;
  GtkCheckButton *note_shareable_check;
  AdwPreferencesGroup *partner_notes_group;
  GtkListBox *partner_notes_list;
  GtkEntry *org_name_entry;
  GtkEntry *org_contact_entry;
  GtkLabel *org_error;
  GtkListBox *orgs_list;

  /* built in code */
  GtkWidget *field_rows[BW_VALIDATION_ERROR_HOUSEHOLD_NOTE + 1];
  GtkLabel *field_errors[BW_VALIDATION_ERROR_HOUSEHOLD_NOTE + 1];
  AdwActionRow *score_rows[BW_DOMAIN_N];
  GtkWidget *sparklines[BW_DOMAIN_N];
  /* The open ZRM history of the case zrm_history_case, kept up to date;
   * weak. */
  GtkWidget *zrm_history;
  gint64 zrm_history_case;
  GPtrArray *track_history_rows;
  /* Entry rows whose widget name is "field:KEY": bound to the case's text
   * field KEY by name, so that a new text field needs no code here. */
  GPtrArray *bound_rows;
  GListModel *assessments;
};

void     _bw_case_page_toast             (BwCasePage   *self,
                                         AdwToast     *toast);
void     _bw_case_page_toast_text        (BwCasePage   *self,
                                         const char   *text);
void     _bw_case_page_emit_saved        (BwCasePage   *self,
                                         gint64        case_id);
void     _bw_case_page_set_dirty         (BwCasePage   *self,
                                         gboolean      dirty);
void     _bw_case_page_clear_field_errors (BwCasePage  *self);
void     _bw_case_page_show_field_error  (BwCasePage   *self,
                                         const GError *error);
/* The case as on screen, a changed copy of the record (or a new case);
 * NULL with @error when a field is refused. */
BwCase  *_bw_case_page_collect_fields    (BwCasePage   *self,
                                         GError      **error);
/* The record's fields on screen, nothing unsaved. */
void     _bw_case_page_show_fields       (BwCasePage   *self);
/* The fields and every list. */
void     _bw_case_page_show_record       (BwCasePage   *self);
void     _bw_case_page_update_action_states (BwCasePage *self);
/* Keeps @before (or nothing) for undo ("can-undo"). */
void     _bw_case_page_set_undo          (BwCasePage   *self,
                                          BwCase       *before);
/* :saving changed (the first write queued, the last one done). */
void     _bw_case_page_notify_saving     (BwCasePage   *self);

/* What the page shows, read again off the main thread and shown when it
 * is there. */
typedef enum {
  BW_CASE_PAGE_PART_RECORD        = 1 << 0,
  BW_CASE_PAGE_PART_JOURNAL       = 1 << 1,
  BW_CASE_PAGE_PART_ACTIONS       = 1 << 2,
  BW_CASE_PAGE_PART_ORGANISATIONS = 1 << 3,
  BW_CASE_PAGE_PART_SHARES        = 1 << 4,
  BW_CASE_PAGE_PART_PARTNER_NOTES = 1 << 5,
  BW_CASE_PAGE_PART_SCORES        = 1 << 6,
  BW_CASE_PAGE_PART_TRACKS        = 1 << 7,
  /* With RECORD: show the stored case even over edits (revert). */
  BW_CASE_PAGE_PART_REPLACE       = 1 << 8,
  BW_CASE_PAGE_PART_LISTS         = 0xfe,
  BW_CASE_PAGE_PART_ALL           = 0xff,
} BwCasePageParts;

void     _bw_case_page_refresh           (BwCasePage      *self,
                                         BwCasePageParts  parts);

/* bw-case-page-lists.c: one list (one part, not RECORD) shown from @model;
 * every list empty (a new case); the resident's courses. */
void     _bw_case_page_show_part         (BwCasePage      *self,
                                         BwCasePageParts  part,
                                         GListModel      *model);
void     _bw_case_page_show_empty_lists  (BwCasePage      *self);
/* The team's workers for the add-action form (@me first), or none:
 * then only the free-text "Who". */
void     _bw_case_page_set_assignees     (BwCasePage      *self,
                                         GListModel      *members,
                                         gint64           me);
/* The worker chosen in the add-action form, 0 for someone outside. */
gint64   _bw_case_page_get_assignee      (BwCasePage      *self);
/* On the read thread: the names of @actions' workers, for their rows. */
void     _bw_case_page_name_assignees    (BwCaseStore     *store,
                                         GListModel      *actions);
void     _bw_case_page_fill_courses      (BwCasePage      *self);
void     _bw_case_page_draw_sparkline    (GtkDrawingArea  *area,
                                         cairo_t         *cr,
                                         int              width,
                                         int              height,
                                         gpointer         user_data);
void     _bw_case_page_refer_to_course_action (GtkWidget *widget, const char *action_name, GVariant *param);

/* bw-case-page.c, when the last write on its way is done. */
void     _bw_case_page_writes_settled    (BwCasePage   *self);
/* A new case (-duplicates.c): asks the store for likely duplicates first,
 * and creates @edited when there are none or the user says so. */
void     _bw_case_page_check_duplicates  (BwCasePage   *self,
                                         BwCase       *edited);
void     _bw_case_page_create_case       (BwCasePage   *self,
                                         BwCase       *edited);
/* A journal row's "Correct" button and, when corrected, its earlier text
 * (-corrections.c). */
/* @text in a dialog titled @heading, read-only, selectable, scrolled: for
 * a note too long for its row, and a note as first written. */
void     _bw_case_page_show_text         (GtkWidget      *from,
                                          const char     *heading,
                                          const char     *text);
void     _bw_case_page_add_correction    (BwCasePage     *self,
                                         AdwActionRow   *row,
                                         BwJournalEntry *entry);

/* bw-case-page-writes.c */
void     _bw_case_page_handle_save_error (BwCasePage   *self,
                                         const GError *error);
void     _bw_case_page_wait_for_writes   (BwCasePage   *self,
                                         GTask        *task);
void     _bw_case_page_finish_waiting    (BwCasePage   *self,
                                         gboolean      ok);
void     _bw_case_page_journal_shareable_toggled (GtkCheckButton *check,
                                                 GParamSpec     *pspec,
                                                 BwCasePage     *self);
void     _bw_case_page_action_done_toggled (GtkCheckButton *check,
                                           BwCasePage     *self);
void     _bw_case_page_remove_organisation_clicked (GtkButton  *button,
                                                   BwCasePage *self);
void     _bw_case_page_withdraw_clicked  (GtkButton    *button,
                                         BwCasePage   *self);
void     _bw_case_page_refer_response    (AdwMessageDialog *dialog,
                                         const char       *response,
                                         BwCasePage       *self);

/* Actions (bw-case-page-writes.c) */
void     _bw_case_page_save_action       (GtkWidget *widget, const char *action_name, GVariant *param);
void     _bw_case_page_revert_action     (GtkWidget *widget, const char *action_name, GVariant *param);
void     _bw_case_page_undo_action       (GtkWidget *widget, const char *action_name, GVariant *param);
void     _bw_case_page_add_note_action   (GtkWidget *widget, const char *action_name, GVariant *param);
void     _bw_case_page_add_action_action (GtkWidget *widget, const char *action_name, GVariant *param);
void     _bw_case_page_add_organisation_action (GtkWidget *widget, const char *action_name, GVariant *param);
void     _bw_case_page_new_assessment_action (GtkWidget *widget, const char *action_name, GVariant *param);
char    *_bw_case_page_contact_text       (BwJournalEntry *entry);
void     _bw_case_page_zrm_history_action (GtkWidget *widget, const char *action_name, GVariant *param);
void     _bw_case_page_close_case_action (GtkWidget *widget, const char *action_name, GVariant *param);
void     _bw_case_page_reopen_case_action (GtkWidget *widget, const char *action_name, GVariant *param);
void     _bw_case_page_delete_case_action (GtkWidget *widget, const char *action_name, GVariant *param);

G_END_DECLS
