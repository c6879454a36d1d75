/* SPDX-License-Identifier: EUPL-1.2 */
/* Closing a case with what hangs off it, through the real widgets: the
 * close dialog shows the open (and overdue) actions, the active share and
 * the course place, nothing is chosen for the user, and closing marks the
 * actions done, withdraws the share and drops out of the course, each
 * with its reason. The closed case is read-only until it is reopened with
 * a reason. */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "bw-case-page.h"
#include "bw-case-store-sharing.h"
#include "bw-close-case-dialog.h"
#include "bw-date.h"
#include "bw-gui-test-utils.h"
#include "bw-journal-entry.h"
#include "bw-record-json.h"
#include "bw-window.h"

#define BUURT "BU09172100"

typedef struct {
  char *dir;
  BwCaseStore *store;
  BwPlanning *planning;     /* the test's own, for setting up and checking */
  BwWindow *window;
  gint64 case_id;
  gint64 action_id;
  gint64 share_id;
  char *enrolment_uuid;
} Fixture;

static char *
entry_date (int days_from_today)
{
  g_autoptr(GDateTime) now = bw_date_now_local ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, days_from_today);
  g_autofree char *iso = g_date_time_format (then, "%Y-%m-%d");

  return bw_date_to_entry_text (iso);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(BwCase) c = bw_case_new ();
  g_autoptr(BwOffer) offer = bw_offer_new ();
  g_autoptr(BwShare) share = bw_share_new ();
  g_autoptr(BwEnrolment) e = NULL;
  g_autofree char *overdue = entry_date (-7);
  g_autofree char *later = entry_date (14);
  g_autofree char *today = bw_date_today ();
  g_autoptr(GDateTime) now = bw_date_now_local ();
  g_autoptr(GDateTime) end = g_date_time_add_days (now, 60);
  g_autofree char *end_date = g_date_time_format (end, "%Y-%m-%d");

  f->dir = g_dir_make_tmp ("bw-gui-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "cases.db", NULL);
  f->store = bw_case_store_open (path, "Sanne Vermeulen", &error);
  g_assert_no_error (error);
  f->planning = bw_planning_new (f->store);

  bw_case_set_name (c, "Noor Zwetsloot");
  bw_case_set_buurt_code (c, BUURT);
  bw_case_set_status (c, BW_CASE_STATUS_ACTIVE);
  g_assert_true (bw_case_store_insert_case (f->store, c, &error));
  g_assert_no_error (error);
  f->case_id = bw_case_get_id (c);

  /* Two open actions, one of them overdue, and one done already. */
  f->action_id = bw_case_store_add_action (f->store, f->case_id, "Bellen met de woningcorporatie",
                                           "Sanne", overdue, &error);
  g_assert_no_error (error);
  g_assert_cmpint (bw_case_store_add_action (f->store, f->case_id, "Afspraak bij de schuldhulp",
                                             NULL, later, &error), >, 0);
  g_assert_no_error (error);
  {
    gint64 done = bw_case_store_add_action (f->store, f->case_id, "Intakegesprek", NULL, NULL, &error);

    g_assert_true (bw_case_store_set_action_done (f->store, done, TRUE, &error));
    g_assert_no_error (error);
  }

  bw_share_set_organisation (share, "vsv");
  bw_share_set_part (share, BW_SHARE_PART_PERSON, TRUE);
  bw_share_set_consent_date (share, today);
  bw_share_set_consent_given_to (share, "Sanne Vermeulen");
  bw_share_set_consent_form (share, "written");
  bw_share_set_end_date (share, end_date);
  bw_share_set_team_contact (share, "Sanne, 045 555 0101");
  g_assert_true (bw_case_store_add_share (f->store, f->case_id, share, &error));
  g_assert_no_error (error);
  f->share_id = bw_share_get_id (share);

  bw_offer_set_title (offer, "Taalcafé Nederlands A2");
  bw_offer_set_kind (offer, BW_OFFER_KIND_LANGUAGE);
  bw_offer_set_buurt_code (offer, BUURT);
  bw_offer_set_capacity (offer, 8);
  bw_offer_set_status (offer, BW_OFFER_STATUS_OPEN);
  g_assert_true (bw_planning_save_offer (f->planning, offer, &error));
  g_assert_no_error (error);
  e = bw_planning_refer_case (f->planning, bw_offer_get_uuid (offer), f->case_id, &error);
  g_assert_no_error (error);
  f->enrolment_uuid = g_strdup (bw_enrolment_get_uuid (e));
  g_assert_true (bw_planning_place (f->planning, f->enrolment_uuid, &error));
  g_assert_no_error (error);

  f->window = bw_test_window_new (f->store, 1200, 760);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  bw_test_destroy_window (GTK_WINDOW (f->window));
  g_clear_object (&f->planning);
  g_clear_object (&f->store);
  g_free (f->enrolment_uuid);
  bw_test_remove_dir (f->dir);
  g_free (f->dir);
}

/* Opens the case from the case list, as a user does. */
static void
open_case (Fixture   *f,
           GtkWidget *page)
{
  GListModel *cases = bw_window_get_case_list (f->window);
  GtkListView *view = GTK_LIST_VIEW (bw_test_child (f->window, BW_TYPE_WINDOW, "case_list_view"));

  g_assert_cmpuint (g_list_model_get_n_items (cases), ==, 1);
  g_signal_emit_by_name (view, "activate", 0);
  BW_TEST_WAIT (bw_case_page_get_case_id (BW_CASE_PAGE (page)) == f->case_id && gtk_widget_get_mapped (page) &&
                !bw_case_page_get_loading (BW_CASE_PAGE (page)));
}

/* The rows of @group with their title and subtitle, one per line. */
static char *
group_text (GtkWidget *group)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  GString *text = g_string_new (NULL);

  bw_test_collect (group, ADW_TYPE_ACTION_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    g_string_append_printf (text, "%s | %s\n", adw_preferences_row_get_title (rows->pdata[i]),
                            adw_action_row_get_subtitle (rows->pdata[i]));
  return g_string_free (text, FALSE);
}

static guint
outcome_position (BwOutcome outcome)
{
  /* The drop-down's first line asks to choose; then the outcomes. */
  return outcome;
}

static gboolean
journal_has (BwCaseStore *store,
             gint64       case_id,
             const char  *text)
{
  g_autoptr(GListModel) journal = bw_case_store_list_journal (store, case_id);

  for (guint i = 0; i < g_list_model_get_n_items (journal); i++)
    {
      g_autoptr(BwJournalEntry) entry = g_list_model_get_item (journal, i);

      if (strstr (bw_journal_entry_get_text (entry), text) != NULL)
        return TRUE;
    }
  return FALSE;
}

static AdwMessageDialog *
find_message_dialog (void)
{
  GList *toplevels = gtk_window_list_toplevels ();
  AdwMessageDialog *found = NULL;

  for (GList *l = toplevels; l; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      found = l->data;
  g_list_free (toplevels);
  return found;
}

static GtkWidget *
find_labelled_button (GtkWidget  *widget,
                      const char *label)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  bw_test_collect (widget, GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_button_get_label (buttons->pdata[i]), label) == 0)
      return buttons->pdata[i];
  return NULL;
}

static void
test_close_with_what_hangs_off (Fixture       *f,
                                gconstpointer  data)
{
  GtkWidget *page = bw_test_child (f->window, BW_TYPE_WINDOW, "case_page");
  g_autoptr(GError) error = NULL;
  g_autoptr(BwCase) stored = NULL;
  g_autoptr(BwEnrolment) e = NULL;
  g_autoptr(GListModel) actions = NULL;
  g_autoptr(GListModel) shares = NULL;
  g_autoptr(BwShare) share = NULL;
  BwCloseCaseDialog *dialog = NULL;
  g_autofree char *actions_text = NULL;
  g_autofree char *shares_text = NULL;
  g_autofree char *courses_text = NULL;
  GtkWidget *close_button;
  GtkLabel *hint;
  AdwComboRow *outcome;
  AdwMessageDialog *reopen = NULL;
  GtkWidget *reopen_entry;

  open_case (f, page);

  bw_test_click_menu_item (page, _("_Close Case…"));
  BW_TEST_WAIT ((dialog = bw_test_find_toplevel (BW_TYPE_CLOSE_CASE_DIALOG)) != NULL &&
                gtk_widget_get_mapped (GTK_WIDGET (dialog)));
  g_object_ref (dialog);
  close_button = bw_test_child (dialog, BW_TYPE_CLOSE_CASE_DIALOG, "close_button");
  hint = GTK_LABEL (bw_test_child (dialog, BW_TYPE_CLOSE_CASE_DIALOG, "hint_label"));
  outcome = ADW_COMBO_ROW (bw_test_child (dialog, BW_TYPE_CLOSE_CASE_DIALOG, "outcome_row"));

  /* What hangs off the case: the two open actions (one overdue, the done
   * one not shown), the share with VSV, the place in the course. */
  BW_TEST_WAIT (gtk_widget_get_visible (bw_test_child (dialog, BW_TYPE_CLOSE_CASE_DIALOG, "actions_group")));
  actions_text = group_text (bw_test_child (dialog, BW_TYPE_CLOSE_CASE_DIALOG, "actions_group"));
  shares_text = group_text (bw_test_child (dialog, BW_TYPE_CLOSE_CASE_DIALOG, "shares_group"));
  courses_text = group_text (bw_test_child (dialog, BW_TYPE_CLOSE_CASE_DIALOG, "courses_group"));
  g_test_message ("actions:\n%sshares:\n%scourses:\n%s", actions_text, shares_text, courses_text);
  g_assert_nonnull (strstr (actions_text, "Bellen met de woningcorporatie"));
  g_assert_nonnull (strstr (actions_text, _("overdue")));
  g_assert_nonnull (strstr (actions_text, "Afspraak bij de schuldhulp"));
  g_assert_null (strstr (actions_text, "Intakegesprek"));
  g_assert_nonnull (strstr (shares_text, bw_organisation_to_label ("vsv")));
  g_assert_nonnull (strstr (courses_text, "Taalcafé Nederlands A2"));
  g_assert_nonnull (strstr (courses_text, bw_enrolment_status_label (BW_ENROLMENT_STATUS_PLACED)));

  /* Nothing is chosen for the user: "Close Case" waits for an outcome,
   * and says so. */
  g_assert_cmpuint (adw_combo_row_get_selected (outcome), ==, 0);
  g_assert_false (gtk_widget_is_sensitive (close_button));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (hint)));
  g_assert_cmpstr (gtk_label_get_text (hint), ==, _("Choose an outcome to close the case."));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (hint), "error"));
  bw_test_save_screenshot (GTK_WIDGET (dialog), "close-case-dialog.png");

  /* An outcome: now each step wants its reason. */
  adw_combo_row_set_selected (outcome, outcome_position (BW_OUTCOME_VOLUNTEERING));
  g_assert_false (gtk_widget_is_sensitive (close_button));
  g_assert_cmpstr (gtk_label_get_text (hint), ==, _("Give a reason for marking the open actions as done."));
  gtk_editable_set_text (GTK_EDITABLE (bw_test_child (dialog, BW_TYPE_CLOSE_CASE_DIALOG, "actions_reason_row")),
                         "Noor heeft het zelf geregeld");
  g_assert_false (gtk_widget_is_sensitive (close_button));
  gtk_editable_set_text (GTK_EDITABLE (bw_test_child (dialog, BW_TYPE_CLOSE_CASE_DIALOG, "shares_reason_row")),
                         "Ondersteuning afgerond");
  g_assert_false (gtk_widget_is_sensitive (close_button));
  gtk_editable_set_text (GTK_EDITABLE (bw_test_child (dialog, BW_TYPE_CLOSE_CASE_DIALOG, "courses_reason_row")),
                         "Werkt nu als vrijwilliger overdag");
  g_assert_true (gtk_widget_is_sensitive (close_button));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (hint)));
  gtk_editable_set_text (GTK_EDITABLE (bw_test_child (dialog, BW_TYPE_CLOSE_CASE_DIALOG, "outcome_note_row")),
                         "Vrijwilliger bij de voedselbank");
  {
    g_autoptr(GPtrArray) scrolled = g_ptr_array_new ();
    GtkAdjustment *adj;

    /* The lower half too: the course places and their choice. */
    bw_test_collect (GTK_WIDGET (dialog), GTK_TYPE_SCROLLED_WINDOW, scrolled);
    g_assert_cmpuint (scrolled->len, >, 0);
    adj = gtk_scrolled_window_get_vadjustment (scrolled->pdata[0]);
    gtk_adjustment_set_value (adj, gtk_adjustment_get_upper (adj));
    bw_test_wait_frames (GTK_WIDGET (dialog), 2);
    bw_test_save_screenshot (GTK_WIDGET (dialog), "close-case-dialog-filled.png");
  }

  g_signal_emit_by_name (close_button, "clicked");
  BW_TEST_WAIT (bw_test_find_toplevel (BW_TYPE_CLOSE_CASE_DIALOG) == NULL);
  g_object_unref (dialog);
  BW_TEST_WAIT (!bw_case_page_get_saving (BW_CASE_PAGE (page)));

  /* The store: the case closed with its outcome, the actions done, the
   * share withdrawn with its reason, the place given up. */
  stored = bw_case_store_get_case (f->store, f->case_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (bw_case_get_status (stored), ==, BW_CASE_STATUS_CLOSED);
  g_assert_cmpint (bw_case_get_outcome (stored), ==, BW_OUTCOME_VOLUNTEERING);
  g_assert_cmpstr (bw_case_get_outcome_note (stored), ==, "Vrijwilliger bij de voedselbank");
  actions = bw_case_store_list_actions (f->store, f->case_id);
  g_assert_cmpuint (g_list_model_get_n_items (actions), ==, 3);
  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(BwCaseAction) a = g_list_model_get_item (actions, i);

      g_assert_true (bw_case_action_get_done (a));
    }
  shares = bw_case_store_list_shares (f->store, f->case_id);
  share = g_list_model_get_item (shares, 0);
  g_assert_nonnull (bw_share_get_withdrawn_at (share));
  g_assert_cmpstr (bw_record_get_text (BW_RECORD (share), "withdrawn_reason"), ==, "Ondersteuning afgerond");
  e = bw_planning_get_enrolment (f->planning, f->enrolment_uuid, &error);
  g_assert_no_error (error);
  g_assert_cmpint (bw_enrolment_get_status (e), ==, BW_ENROLMENT_STATUS_DROPPED_OUT);
  g_assert_true (journal_has (f->store, f->case_id, "Werkt nu als vrijwilliger overdag"));
  g_assert_true (journal_has (f->store, f->case_id, "Noor heeft het zelf geregeld"));

  /* The page: read-only, with the outcome and a way to reopen. */
  BW_TEST_WAIT (gtk_widget_get_visible (bw_test_child (page, BW_TYPE_CASE_PAGE, "closed_group")));
  g_assert_false (gtk_widget_is_sensitive (bw_test_child (page, BW_TYPE_CASE_PAGE, "name_row")));
  g_assert_false (gtk_widget_is_sensitive (bw_test_child (page, BW_TYPE_CASE_PAGE, "note_view")));
  g_assert_false (gtk_widget_is_sensitive (bw_test_child (page, BW_TYPE_CASE_PAGE, "action_what_entry")));
  g_assert_false (gtk_widget_is_sensitive (bw_test_child (page, BW_TYPE_CASE_PAGE, "track_row")));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (
                      bw_test_child (page, BW_TYPE_CASE_PAGE, "outcome_row"))),
                    bw_outcome_label (BW_OUTCOME_VOLUNTEERING)));
  bw_test_save_screenshot (GTK_WIDGET (f->window), "close-case-closed-page.png");

  /* Reopening asks for the reason, and keeps it. */
  g_signal_emit_by_name (find_labelled_button (page, _("_Reopen…")), "clicked");
  BW_TEST_WAIT ((reopen = find_message_dialog ()) != NULL && gtk_widget_get_mapped (GTK_WIDGET (reopen)));
  g_assert_false (adw_message_dialog_get_response_enabled (reopen, "reopen"));
  reopen_entry = adw_message_dialog_get_extra_child (reopen);
  gtk_editable_set_text (GTK_EDITABLE (reopen_entry), "Noor vraagt opnieuw om hulp bij de schulden");
  g_assert_true (adw_message_dialog_get_response_enabled (reopen, "reopen"));
  bw_test_save_screenshot (GTK_WIDGET (reopen), "reopen-case-dialog.png");
  g_signal_emit_by_name (find_labelled_button (GTK_WIDGET (reopen), _("_Reopen")), "clicked");
  BW_TEST_WAIT (find_message_dialog () == NULL);
  BW_TEST_WAIT (!bw_case_page_get_saving (BW_CASE_PAGE (page)));
  g_clear_object (&stored);
  stored = bw_case_store_get_case (f->store, f->case_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (bw_case_get_status (stored), ==, BW_CASE_STATUS_ACTIVE);
  g_assert_true (journal_has (f->store, f->case_id, "Noor vraagt opnieuw om hulp bij de schulden"));
  BW_TEST_WAIT (gtk_widget_is_sensitive (bw_test_child (page, BW_TYPE_CASE_PAGE, "name_row")));
  g_assert_true (gtk_widget_is_sensitive (bw_test_child (page, BW_TYPE_CASE_PAGE, "note_view")));
  g_assert_false (gtk_widget_get_visible (bw_test_child (page, BW_TYPE_CASE_PAGE, "closed_group")));
}

/* Turning a step off leaves that kind as it was: the share stays active
 * and needs no reason. */
static void
test_keep_what_is_switched_off (Fixture       *f,
                                gconstpointer  data)
{
  GtkWidget *page = bw_test_child (f->window, BW_TYPE_WINDOW, "case_page");
  g_autoptr(GError) error = NULL;
  g_autoptr(BwCase) stored = NULL;
  g_autoptr(GListModel) shares = NULL;
  g_autoptr(BwShare) share = NULL;
  g_autoptr(BwEnrolment) e = NULL;
  BwCloseCaseDialog *dialog = NULL;
  GtkWidget *close_button;
  GtkSwitch *shares_switch;

  open_case (f, page);
  bw_test_click_menu_item (page, _("_Close Case…"));
  BW_TEST_WAIT ((dialog = bw_test_find_toplevel (BW_TYPE_CLOSE_CASE_DIALOG)) != NULL &&
                gtk_widget_get_mapped (GTK_WIDGET (dialog)));
  BW_TEST_WAIT (gtk_widget_get_visible (bw_test_child (dialog, BW_TYPE_CLOSE_CASE_DIALOG, "shares_group")));
  close_button = bw_test_child (dialog, BW_TYPE_CLOSE_CASE_DIALOG, "close_button");

  adw_combo_row_set_selected (ADW_COMBO_ROW (bw_test_child (dialog, BW_TYPE_CLOSE_CASE_DIALOG, "outcome_row")),
                              outcome_position (BW_OUTCOME_TRANSFERRED));
  /* The switch's row, clicked. */
  shares_switch = GTK_SWITCH (bw_test_child (dialog, BW_TYPE_CLOSE_CASE_DIALOG, "shares_switch"));
  adw_action_row_activate (ADW_ACTION_ROW (gtk_widget_get_ancestor (GTK_WIDGET (shares_switch),
                                                                    ADW_TYPE_ACTION_ROW)));
  BW_TEST_WAIT (!gtk_switch_get_active (shares_switch));
  g_assert_false (gtk_widget_is_sensitive (bw_test_child (dialog, BW_TYPE_CLOSE_CASE_DIALOG, "shares_reason_row")));
  gtk_editable_set_text (GTK_EDITABLE (bw_test_child (dialog, BW_TYPE_CLOSE_CASE_DIALOG, "actions_reason_row")),
                         "Overgedragen");
  gtk_editable_set_text (GTK_EDITABLE (bw_test_child (dialog, BW_TYPE_CLOSE_CASE_DIALOG, "courses_reason_row")),
                         "Overgedragen");
  g_assert_true (gtk_widget_is_sensitive (close_button));
  g_signal_emit_by_name (close_button, "clicked");
  BW_TEST_WAIT (bw_test_find_toplevel (BW_TYPE_CLOSE_CASE_DIALOG) == NULL);
  BW_TEST_WAIT (!bw_case_page_get_saving (BW_CASE_PAGE (page)));

  stored = bw_case_store_get_case (f->store, f->case_id, &error);
  g_assert_cmpint (bw_case_get_status (stored), ==, BW_CASE_STATUS_CLOSED);
  g_assert_cmpint (bw_case_get_outcome (stored), ==, BW_OUTCOME_TRANSFERRED);
  shares = bw_case_store_list_shares (f->store, f->case_id);
  share = g_list_model_get_item (shares, 0);
  g_assert_null (bw_share_get_withdrawn_at (share));
  e = bw_planning_get_enrolment (f->planning, f->enrolment_uuid, &error);
  g_assert_cmpint (bw_enrolment_get_status (e), ==, BW_ENROLMENT_STATUS_DROPPED_OUT);
}

/* An outcome note too long to save keeps "Close Case" insensitive, with
 * the hint saying how long it may be; what was typed stays. Escape then
 * closes the dialog and nothing is written. */
static void
test_overlong_outcome_note (Fixture       *f,
                            gconstpointer  data)
{
  GtkWidget *page = bw_test_child (f->window, BW_TYPE_WINDOW, "case_page");
  guint max = bw_record_json_field_max_chars (BW_RECORD_TYPE_CASE, "outcome_note");
  g_autofree char *typed = g_strnfill (max + 1, 'x');
  g_autofree char *max_text = g_strdup_printf ("%u", max);
  g_autoptr(BwCase) stored = NULL;
  g_autoptr(GError) error = NULL;
  BwCloseCaseDialog *dialog = NULL;
  GtkWidget *close_button;
  GtkLabel *hint;
  GtkEditable *note;

  g_assert_cmpuint (max, >, 0);
  open_case (f, page);
  bw_test_click_menu_item (page, _("_Close Case…"));
  BW_TEST_WAIT ((dialog = bw_test_find_toplevel (BW_TYPE_CLOSE_CASE_DIALOG)) != NULL &&
                gtk_widget_get_mapped (GTK_WIDGET (dialog)));
  BW_TEST_WAIT (gtk_widget_get_visible (bw_test_child (dialog, BW_TYPE_CLOSE_CASE_DIALOG, "actions_group")));
  close_button = bw_test_child (dialog, BW_TYPE_CLOSE_CASE_DIALOG, "close_button");
  hint = GTK_LABEL (bw_test_child (dialog, BW_TYPE_CLOSE_CASE_DIALOG, "hint_label"));
  note = GTK_EDITABLE (bw_test_child (dialog, BW_TYPE_CLOSE_CASE_DIALOG, "outcome_note_row"));

  adw_combo_row_set_selected (ADW_COMBO_ROW (bw_test_child (dialog, BW_TYPE_CLOSE_CASE_DIALOG, "outcome_row")),
                              outcome_position (BW_OUTCOME_WORK));
  for (const char * const *row = (const char * const[]) { "actions_reason_row", "shares_reason_row",
                                                          "courses_reason_row", NULL }; *row; row++)
    gtk_editable_set_text (GTK_EDITABLE (bw_test_child (dialog, BW_TYPE_CLOSE_CASE_DIALOG, *row)), "Aan het werk");
  g_assert_true (gtk_widget_is_sensitive (close_button));

  gtk_editable_set_text (note, typed);
  g_assert_false (gtk_widget_is_sensitive (close_button));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (hint)));
  g_assert_nonnull (strstr (gtk_label_get_text (hint), max_text));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (hint), "error"));
  g_assert_cmpstr (gtk_editable_get_text (note), ==, typed);
  bw_test_save_screenshot (GTK_WIDGET (dialog), "close-case-overlong-note.png");

  /* What Escape does (the window's close action). */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL));
  BW_TEST_WAIT (bw_test_find_toplevel (BW_TYPE_CLOSE_CASE_DIALOG) == NULL);
  bw_test_wait_idle ();
  stored = bw_case_store_get_case (f->store, f->case_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (bw_case_get_status (stored), ==, BW_CASE_STATUS_ACTIVE);
  g_assert_true (gtk_widget_is_sensitive (bw_test_child (page, BW_TYPE_CASE_PAGE, "name_row")));
}

int
main (int   argc,
      char *argv[])
{
  bw_test_init (&argc, &argv);

  g_test_add ("/close-case/with-what-hangs-off", Fixture, NULL, fixture_setup, test_close_with_what_hangs_off,
              fixture_teardown);
  g_test_add ("/close-case/keep-what-is-switched-off", Fixture, NULL, fixture_setup,
              test_keep_what_is_switched_off, fixture_teardown);
  g_test_add ("/close-case/overlong-outcome-note", Fixture, NULL, fixture_setup, test_overlong_outcome_note,
              fixture_teardown);
  return bw_test_run ();
}
