/* SPDX-License-Identifier: EUPL-1.2 */
/* The window follows who is signed in, with real widgets on Xvfb and the
 * real buurtwerk-server on 127.0.0.1: a trainer's window turns to the
 * planning at login, without "New Case" or the case list, and opens there
 * after a restart without the server; a buurtteam member sees the
 * trainer's offers but is offered nothing the server would refuse; the
 * primary menu names who is signed in and their role. Screenshots in
 * Dutch go to $BW_TEST_ARTIFACTS. */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "bw-date.h"
#include "bw-gui-test-utils.h"
#include "bw-offer.h"
#include "bw-planning.h"
#include "bw-access-history-window.h"
#include "bw-planning-page.h"
#include "bw-reports-page.h"
#include "bw-share-dialog.h"
#include "bw-sync-button.h"
#include "bw-window.h"
#include "sync-test-utils.h"

#define ANNA "Anna de Vries"
#define TINA "Tina Jacobs"
#define OFFER "Taalcafé Passart"

static void
setup (Fixture       *f,
       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("bw-gui-signed-in-XXXXXX", &error);
  g_assert_no_error (error);
  f->server_db = g_build_filename (f->dir, "server.db", NULL);
  add_named_user (f, "anna", ANNA, "buurtteam", "hoensbroek", NULL);
  add_named_user (f, "tina", TINA, "trainer", NULL, NULL);
  start_server (f);
  /* As on a computer where the account is "root", before any sign-in. */
  f->store_a = open_store (f, "tina.db", "root");
  f->store_b = open_store (f, "anna.db", "root");
  f->sync_a = bw_sync_engine_new (f->store_a, &error);
  g_assert_no_error (error);
  f->sync_b = bw_sync_engine_new (f->store_b, &error);
  g_assert_no_error (error);
}

static BwWindow *
open_window (BwCaseStore  *store,
             BwSyncEngine *engine)
{
  BwWindow *window = bw_window_new (NULL, store);

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  bw_window_set_sync_engine (window, engine);
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

static const char *
visible_page (BwWindow *window)
{
  return adw_view_stack_get_visible_child_name (ADW_VIEW_STACK (bw_test_child (window, BW_TYPE_WINDOW,
                                                                               "main_stack")));
}

static gboolean
page_visible (BwWindow   *window,
              const char *name)
{
  AdwViewStack *stack = ADW_VIEW_STACK (bw_test_child (window, BW_TYPE_WINDOW, "main_stack"));

  return adw_view_stack_page_get_visible (adw_view_stack_get_page (stack, adw_view_stack_get_child_by_name (stack, name)));
}

/* The primary menu button of the page on screen. */
static GtkMenuButton *
shown_primary_menu (BwWindow *window)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  bw_test_collect (GTK_WIDGET (window), GTK_TYPE_MENU_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (gtk_menu_button_get_primary (g_ptr_array_index (buttons, i)) &&
        gtk_widget_get_mapped (g_ptr_array_index (buttons, i)))
      return g_ptr_array_index (buttons, i);
  return NULL;
}

/* Whether the popover of @button holds a label reading @text. */
static gboolean
menu_shows (GtkMenuButton *button,
            const char    *text)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  GtkPopover *popover = gtk_menu_button_get_popover (button);

  bw_test_collect (GTK_WIDGET (popover), GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (g_strcmp0 (gtk_label_get_text (g_ptr_array_index (labels, i)), text) == 0 &&
        gtk_widget_get_visible (g_ptr_array_index (labels, i)))
      return TRUE;
  return FALSE;
}

/* Opens the primary menu of the page on screen, checks that it names
 * @name and @role, saves it as @screenshot, and closes it. */
static void
check_menu (BwWindow   *window,
            const char *name,
            const char *role,
            const char *screenshot)
{
  GtkMenuButton *button = NULL;
  GtkPopover *popover;

  BW_TEST_WAIT ((button = shown_primary_menu (window)) != NULL);
  popover = gtk_menu_button_get_popover (button);
  gtk_menu_button_popup (button);
  BW_TEST_WAIT (gtk_widget_get_mapped (GTK_WIDGET (popover)));
  g_assert_true (menu_shows (button, name));
  g_assert_true (menu_shows (button, role));
  bw_test_wait_frames (GTK_WIDGET (popover), 2);
  bw_test_save_screenshot (GTK_WIDGET (popover), screenshot);
  gtk_menu_button_popdown (button);
  BW_TEST_WAIT (!gtk_widget_get_mapped (GTK_WIDGET (popover)));
  bw_test_wait_frames (GTK_WIDGET (window), 2);
}

static void
add_offer (BwWindow *window)
{
  g_autoptr(BwOffer) offer = bw_offer_new ();
  g_autoptr(GError) error = NULL;

  bw_offer_set_title (offer, OFFER);
  bw_offer_set_kind (offer, BW_OFFER_KIND_LANGUAGE);
  bw_offer_set_buurt_code (offer, BUURT);
  bw_offer_set_capacity (offer, 12);
  bw_offer_set_status (offer, BW_OFFER_STATUS_OPEN);
  g_assert_true (bw_planning_save_offer (bw_window_get_planning (window), offer, &error));
  g_assert_no_error (error);
}

/* A trainer's window: the planning from the login on, and at once after a
 * restart without the server. */
static void
test_trainer (Fixture       *f,
              gconstpointer  data)
{
  BwWindow *window = open_window (f->store_a, f->sync_a);
  GtkWidget *planning;

  /* Nobody signed in yet: a desktop on its own offers everything. */
  bw_test_wait_for_list (window);
  g_assert_true (page_visible (window, "cases"));
  g_assert_true (gtk_widget_get_visible (bw_test_child (window, BW_TYPE_WINDOW, "new_case_button")));

  /* The login turns the window to the trainer's pages, before any record
   * arrives. */
  login (f, f->sync_a, "tina");
  BW_TEST_WAIT (g_strcmp0 (visible_page (window), "planning") == 0);
  g_assert_false (page_visible (window, "cases"));
  g_assert_true (page_visible (window, "map"));
  g_assert_false (gtk_widget_get_visible (bw_test_child (window, BW_TYPE_WINDOW, "new_case_button")));
  g_assert_cmpstr (bw_case_store_get_author (f->store_a), ==, TINA);
  planning = bw_test_child (window, BW_TYPE_WINDOW, "planning_page");
  BW_TEST_WAIT (gtk_widget_get_mapped (planning));
  g_assert_true (gtk_widget_get_visible (bw_test_child (planning, BW_TYPE_PLANNING_PAGE, "new_offer_button")));
  g_assert_true (gtk_widget_get_visible (bw_test_child (planning, BW_TYPE_PLANNING_PAGE, "no_offer_button")));

  add_offer (window);
  sync_ok (f->sync_a);
  bw_test_wait_frames (GTK_WIDGET (window), 2);
  bw_test_save_screenshot (GTK_WIDGET (window), "signed-in-trainer.png");
  /* The Dutch role name, translated. */
  check_menu (window, TINA, _("Trainer"), "signed-in-trainer-menu.png");

  /* A restart without the server: the planning at once, no waiting. */
  bw_test_destroy_window (GTK_WINDOW (window));
  stop_server (f);
  g_clear_object (&f->sync_a);
  g_clear_object (&f->store_a);
  f->store_a = open_store (f, "tina.db", "root");
  {
    g_autoptr(GError) error = NULL;

    f->sync_a = bw_sync_engine_new (f->store_a, &error);
    g_assert_no_error (error);
  }
  window = bw_window_new (NULL, f->store_a);
  g_assert_cmpstr (visible_page (window), ==, "planning");
  g_assert_false (page_visible (window, "cases"));
  g_assert_cmpstr (bw_case_store_get_author (f->store_a), ==, TINA);
  bw_window_set_sync_engine (window, f->sync_a);
  gtk_window_present (GTK_WINDOW (window));
  bw_test_wait_for_list (window);
  bw_test_wait_frames (GTK_WIDGET (window), 2);
  check_menu (window, TINA, _("Trainer"), "signed-in-trainer-menu-offline.png");
  bw_test_destroy_window (GTK_WINDOW (window));
}

/* A buurtteam member sees the trainer's offer, but is not offered to plan
 * or change one: the page says who plans. */
static void
test_buurtteam (Fixture       *f,
                gconstpointer  data)
{
  BwWindow *window;
  GtkWidget *planning;
  AdwStatusPage *none;
  g_autoptr(BwPlanning) trainer = NULL;

  /* The trainer's offer, on the server. */
  login (f, f->sync_a, "tina");
  trainer = bw_planning_new (f->store_a);
  {
    g_autoptr(BwOffer) offer = bw_offer_new ();
    g_autoptr(GError) error = NULL;

    bw_offer_set_title (offer, OFFER);
    bw_offer_set_kind (offer, BW_OFFER_KIND_LANGUAGE);
    bw_offer_set_buurt_code (offer, BUURT);
    bw_offer_set_capacity (offer, 12);
    bw_offer_set_status (offer, BW_OFFER_STATUS_OPEN);
    g_assert_true (bw_planning_save_offer (trainer, offer, &error));
    g_assert_no_error (error);
  }
  sync_ok (f->sync_a);

  window = open_window (f->store_b, f->sync_b);
  bw_test_wait_for_list (window);
  login (f, f->sync_b, "anna");
  sync_ok (f->sync_b);
  g_assert_cmpstr (bw_case_store_get_author (f->store_b), ==, ANNA);
  /* A team member's day starts at My work. */
  BW_TEST_WAIT (g_strcmp0 (visible_page (window), "work") == 0);
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (bw_test_child (window, BW_TYPE_WINDOW, "main_stack")),
                                         "cases");
  g_assert_true (gtk_widget_get_visible (bw_test_child (window, BW_TYPE_WINDOW, "new_case_button")));
  g_assert_true (gtk_widget_is_sensitive (bw_test_child (window, BW_TYPE_WINDOW, "new_case_button")));
  check_menu (window, ANNA, _("Buurtteam"), "signed-in-buurtteam-menu.png");

  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (bw_test_child (window, BW_TYPE_WINDOW, "main_stack")),
                                         "planning");
  planning = bw_test_child (window, BW_TYPE_WINDOW, "planning_page");
  BW_TEST_WAIT (gtk_widget_get_mapped (planning));
  /* No "New Offer" anywhere: not in the header, not on the empty page,
   * not by its action; the empty page says who plans. */
  g_assert_false (gtk_widget_get_visible (bw_test_child (planning, BW_TYPE_PLANNING_PAGE, "new_offer_button")));
  g_assert_false (gtk_widget_get_visible (bw_test_child (planning, BW_TYPE_PLANNING_PAGE, "no_offer_button")));
  none = ADW_STATUS_PAGE (bw_test_child (planning, BW_TYPE_PLANNING_PAGE, "no_offer_page"));
  g_assert_cmpstr (adw_status_page_get_description (none), ==,
                   _("Choose a training offer from the list. Trainers plan the offers and their sessions."));
  gtk_widget_activate_action (planning, "planning.new-offer", NULL);
  bw_test_wait_idle ();
  g_assert_null (bw_test_find_toplevel (g_type_from_name ("BwOfferDialog")));
  bw_test_wait_frames (GTK_WIDGET (window), 2);
  bw_test_save_screenshot (GTK_WIDGET (window), "signed-in-buurtteam-planning.png");

  /* The trainer's offer is shown, without Edit or Add Sessions. */
  {
    g_autoptr(GListModel) offers = bw_planning_list_offers (bw_window_get_planning (window), -1, NULL, NULL);
    g_autoptr(BwOffer) offer = NULL;

    g_assert_cmpuint (g_list_model_get_n_items (offers), ==, 1);
    offer = g_list_model_get_item (offers, 0);
    g_assert_cmpstr (bw_offer_get_title (offer), ==, OFFER);
    bw_planning_page_show_offer (BW_PLANNING_PAGE (planning), bw_offer_get_uuid (offer));
  }
  BW_TEST_WAIT (g_strcmp0 (gtk_label_get_text (GTK_LABEL (bw_test_child (planning, BW_TYPE_PLANNING_PAGE,
                                                                         "offer_title"))), OFFER) == 0);
  g_assert_false (gtk_widget_get_visible (bw_test_child (planning, BW_TYPE_PLANNING_PAGE, "edit_offer_button")));
  g_assert_false (gtk_widget_get_visible (bw_test_child (planning, BW_TYPE_PLANNING_PAGE, "add_session_button")));
  g_assert_cmpstr (adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (bw_test_child (planning, BW_TYPE_PLANNING_PAGE,
                                                                                                 "sessions_group"))),
                   ==, _("The trainer records who was there."));
  bw_test_wait_frames (GTK_WIDGET (window), 2);
  bw_test_save_screenshot (GTK_WIDGET (window), "signed-in-buurtteam-offer.png");

  /* Consent is recorded as given to the signed-in member, not to the
   * computer's account. */
  {
    g_autoptr(BwCase) c = new_case (f->store_b, "Fenna Wetzels");
    BwShareDialog *dialog = bw_share_dialog_new (GTK_WINDOW (window), f->store_b, bw_case_get_id (c));

    gtk_window_present (GTK_WINDOW (dialog));
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (bw_test_child (dialog, BW_TYPE_SHARE_DIALOG, "given_to_row"))),
                     ==, ANNA);
    bw_test_destroy_window (GTK_WINDOW (dialog));
  }
  bw_test_destroy_window (GTK_WINDOW (window));
}

/* Whether a row of the planning's demand table reads @buurt_name and then
 * @language as its language demand. */
static gboolean
demand_shows (GtkWidget  *planning,
              const char *buurt_name,
              const char *language)
{
  GtkWidget *view = bw_test_child (planning, BW_TYPE_PLANNING_PAGE, "demand_view");
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  bw_test_collect (view, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i + 1 < labels->len; i++)
    if (gtk_widget_get_mapped (g_ptr_array_index (labels, i)) &&
        g_strcmp0 (gtk_label_get_text (g_ptr_array_index (labels, i)), buurt_name) == 0)
      return g_strcmp0 (gtk_label_get_text (g_ptr_array_index (labels, i + 1)), language) == 0;
  return FALSE;
}

static void
add_language_cases (BwCaseStore *store,
                    const char  *buurt,
                    guint        n)
{
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(BwCase) c = bw_case_new ();
      g_autofree char *name = g_strdup_printf ("Bewoner %s %u", buurt, i);

      bw_case_set_name (c, name);
      bw_case_set_buurt_code (c, buurt);
      bw_case_set_status (c, BW_CASE_STATUS_ACTIVE);
      bw_case_set_language_need (c, BW_LANGUAGE_NEED_COURSE_NEEDED);
      g_assert_true (bw_case_store_insert_case (store, c, &error));
      g_assert_no_error (error);
    }
}

/* A trainer holds no case, yet "Vraag en aanbod" shows what each
 * neighbourhood needs: the server's figures, small counts as "< 5". */
static void
test_trainer_demand (Fixture       *f,
                     gconstpointer  data)
{
  BwWindow *window = NULL;
  GtkWidget *planning;

  add_language_cases (f->store_b, "BU09171000", 8);   /* Maria Gewanden */
  add_language_cases (f->store_b, "BU09171001", 3);   /* Terschuren */
  add_language_cases (f->store_b, "BU09172004", 9);   /* Vrieheide */
  /* Two small counts: neither can be found back from the total, so the
   * others are shown. */
  add_language_cases (f->store_b, "BU09171100", 2);   /* Mariarade-Noord */
  login (f, f->sync_b, "anna");
  sync_ok (f->sync_b);

  window = open_window (f->store_a, f->sync_a);
  login (f, f->sync_a, "tina");
  sync_ok (f->sync_a);
  BW_TEST_WAIT (g_strcmp0 (visible_page (window), "planning") == 0);
  planning = bw_test_child (window, BW_TYPE_WINDOW, "planning_page");
  bw_planning_page_set_view (BW_PLANNING_PAGE (planning), "demand");
  BW_TEST_WAIT (demand_shows (planning, "Maria Gewanden", "8"));
  BW_TEST_WAIT (demand_shows (planning, "Vrieheide", "9"));
  g_assert_true (demand_shows (planning, "Terschuren", "< 5"));
  g_assert_true (demand_shows (planning, "Mariarade-Noord", "< 5"));
  /* It says where the figures come from, and from when. */
  {
    GtkWidget *source = bw_test_child (planning, BW_TYPE_PLANNING_PAGE, "demand_source_label");
    g_autofree char *today = bw_date_today ();
    g_autofree char *day = bw_date_to_display (today);

    BW_TEST_WAIT (gtk_widget_get_mapped (source));
    g_assert_true (g_str_has_prefix (gtk_label_get_text (GTK_LABEL (source)),
                                     "Geteld door de server over alle teams op "));
    g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (source)), day));
  }
  g_assert_cmpint (count_rows (f->store_a, "SELECT count (*) FROM cases"), ==, 0);
  bw_test_wait_frames (GTK_WIDGET (window), 2);
  bw_test_save_screenshot (GTK_WIDGET (window), "signed-in-trainer-demand.png");
  bw_test_destroy_window (GTK_WINDOW (window));
}

/* The sync button's warning on @page's header, once it shows. */
static GtkWidget *
shown_warning (GtkWidget *page)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  bw_test_collect (page, BW_TYPE_SYNC_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *warning = bw_test_child (g_ptr_array_index (buttons, i), BW_TYPE_SYNC_BUTTON, "conflicts_button");

      if (gtk_widget_get_mapped (warning))
        return warning;
    }
  return NULL;
}

/* A change the server refused is seen from every page, not only from the
 * case list: the planning and the map have the sync button too. */
static void
test_sync_status_on_every_page (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(BwCase) resident = new_case (f->store_b, "Mariëlle Coumans");
  g_autoptr(BwOffer) offer = bw_offer_new ();
  g_autoptr(BwSession) session = bw_session_new ();
  g_autoptr(BwPlanning) planning = bw_planning_new (f->store_b);
  g_autoptr(BwEnrolment) referral = NULL;
  AdwViewStack *stack;
  BwWindow *window;

  login (f, f->sync_b, "anna");
  sync_ok (f->sync_b);
  referral = make_refused_changes (f->store_b, planning, resident, offer, session);
  sync_ok (f->sync_b);

  window = open_window (f->store_b, f->sync_b);
  stack = ADW_VIEW_STACK (bw_test_child (window, BW_TYPE_WINDOW, "main_stack"));
  for (const char * const *name = (const char * const[]) { "cases", "planning", "map", NULL }; *name; name++)
    {
      GtkWidget *page = adw_view_stack_get_child_by_name (stack, *name);

      adw_view_stack_set_visible_child_name (stack, *name);
      BW_TEST_WAIT (gtk_widget_get_mapped (page) && shown_warning (page) != NULL);
    }
  bw_test_wait_frames (GTK_WIDGET (window), 2);
  bw_test_save_screenshot (GTK_WIDGET (window), "sync-warning-on-map.png");
  bw_test_destroy_window (GTK_WINDOW (window));
}

static gboolean
chooser_has_file (GtkWidget *chooser,
                  GFile     *file)
{
  g_autoptr(GFile) chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  return chosen != NULL && g_file_equal (chosen, file);
}

static gboolean
file_written (const char *path)
{
  g_autofree char *text = NULL;
  gsize length = 0;

  return g_file_get_contents (path, &text, &length, NULL) && length > 0 && text[length - 1] == '\n';
}

/* The team's access history, opened as a coordinator does: the button on
 * the Team page; once its first page is in. */
static BwAccessHistoryWindow *
open_team_history (BwWindow *window)
{
  AdwViewStack *stack = ADW_VIEW_STACK (bw_test_child (window, BW_TYPE_WINDOW, "main_stack"));
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  BwAccessHistoryWindow *history = NULL;
  GtkWidget *button = NULL;

  adw_view_stack_set_visible_child_name (stack, "team");
  bw_test_collect (bw_test_child (window, BW_TYPE_WINDOW, "team_page"), GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_actionable_get_action_name (g_ptr_array_index (buttons, i)), "win.team-access-history") == 0)
      button = g_ptr_array_index (buttons, i);
  g_assert_nonnull (button);
  BW_TEST_WAIT (gtk_widget_get_mapped (button));
  g_signal_emit_by_name (button, "clicked");
  BW_TEST_WAIT ((history = bw_test_find_toplevel (BW_TYPE_ACCESS_HISTORY_WINDOW)) != NULL &&
                bw_access_history_window_get_entries (history) != NULL &&
                !bw_access_history_window_get_loading (history));
  return history;
}

/* Whether a mapped label in @widget reads @text. */
static gboolean
shows_label (GtkWidget  *widget,
             const char *text)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  bw_test_collect (widget, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (g_strcmp0 (gtk_label_get_text (g_ptr_array_index (labels, i)), text) == 0 &&
        gtk_widget_get_mapped (g_ptr_array_index (labels, i)))
      return TRUE;
  return FALSE;
}

/* Exports the report shown on @reports to @file, through the dialog. */
static void
export_report (Fixture   *f,
               GtkWidget *reports,
               GFile     *file)
{
  g_autoptr(GFile) folder = g_file_get_parent (file);
  g_autofree char *name = g_file_get_basename (file);
  g_autoptr(GError) error = NULL;
  GtkWidget *chooser = NULL;

  g_signal_emit_by_name (bw_test_child (reports, BW_TYPE_REPORTS_PAGE, "export_button"), "clicked");
  BW_TEST_WAIT ((chooser = bw_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG)) != NULL &&
                gtk_widget_get_visible (chooser));
  bw_test_wait_frames (chooser, 1);
  bw_test_wait_idle ();
  g_assert_true (gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, &error));
  g_assert_no_error (error);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  BW_TEST_WAIT (chooser_has_file (chooser, file));
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
}

/* A coordinator opens Reports, chooses a period and updates it: the
 * server's figures per month over every team, here the team's 6 new
 * cases of this month in Heerlen-Noord, shown in the table; then exports
 * them, and reads the file back. */
static void
test_coordinator_reports (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(BwCaseStore) store = NULL;
  g_autoptr(BwSyncEngine) sync = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "rapportage.csv", NULL);
  g_autofree char *xlsx_path = g_build_filename (f->dir, "rapportage.xlsx", NULL);
  g_autoptr(GFile) csv_file = g_file_new_for_path (path);
  g_autoptr(GFile) xlsx_file = g_file_new_for_path (xlsx_path);
  g_autoptr(GDateTime) now = bw_date_now_local ();
  g_autofree char *month = g_date_time_format (now, "%b %Y");
  g_autofree char *csv = NULL;
  g_autofree char *row = NULL;
  BwWindow *window;
  GtkWidget *reports;
  BwReport *report;

  add_language_cases (f->store_b, "BU09171000", 6);   /* Maria Gewanden */
  login (f, f->sync_b, "anna");
  sync_ok (f->sync_b);

  add_named_user (f, "cora", "Cora Smeets", "coordinator", "hoensbroek", NULL);
  store = open_store (f, "cora.db", "root");
  sync = bw_sync_engine_new (store, &error);
  g_assert_no_error (error);
  window = open_window (store, sync);
  login (f, sync, "cora");
  sync_ok (sync);
  BW_TEST_WAIT (page_visible (window, "reports"));
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (bw_test_child (window, BW_TYPE_WINDOW, "main_stack")),
                                         "reports");
  reports = bw_test_child (window, BW_TYPE_WINDOW, "reports_page");
  BW_TEST_WAIT (gtk_widget_get_mapped (reports));
  g_assert_false (gtk_widget_is_sensitive (bw_test_child (reports, BW_TYPE_REPORTS_PAGE, "export_button")));

  /* The last three months, Heerlen-Noord (the default area). */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (bw_test_child (reports, BW_TYPE_REPORTS_PAGE, "from_dropdown")), 2);
  g_signal_emit_by_name (bw_test_child (reports, BW_TYPE_REPORTS_PAGE, "refresh_button"), "clicked");
  BW_TEST_WAIT ((report = bw_reports_page_get_report (BW_REPORTS_PAGE (reports))) != NULL);
  g_assert_cmpuint (bw_report_get_n_months (report), ==, 3);
  g_assert_cmpint (bw_report_get_series (report, "inflow")[2], ==, 6);
  g_assert_cmpint (bw_report_get_series (report, "inflow")[1], ==, BW_REPORT_HIDDEN);
  BW_TEST_WAIT (shows_label (reports, month) && shows_label (reports, "6"));
  g_assert_true (shows_label (reports, "< 5"));
  g_assert_true (g_str_has_prefix (gtk_label_get_text (GTK_LABEL (bw_test_child (reports, BW_TYPE_REPORTS_PAGE,
                                                                                 "source_label"))),
                                   "Geteld door de server over alle teams"));
  /* Over the period: too few measurements and placements to show. */
  BW_TEST_WAIT (shows_label (reports, "Leefgebieden, gemiddelde verandering van de eerste tot de laatste meting"
                                      " (< 5 casussen)"));
  g_assert_true (shows_label (reports, "Te weinig casussen met twee metingen om een verandering te tonen."));
  g_assert_true (shows_label (reports, "< 5 geplaatst: te weinig om te tonen"));
  bw_test_wait_frames (GTK_WIDGET (window), 2);
  bw_test_save_screenshot (GTK_WIDGET (window), "reports.png");

  /* The team's access history, from the Team page: every case of the
   * team, named; filtered to what was denied, nothing. */
  {
    AdwViewStack *stack = ADW_VIEW_STACK (bw_test_child (window, BW_TYPE_WINDOW, "main_stack"));
    BwAccessHistoryWindow *history = open_team_history (window);
    GListModel *entries = bw_access_history_window_get_entries (history);

    /* Anna created the 6 cases. */
    g_assert_cmpuint (g_list_model_get_n_items (entries), >=, 6);
    BW_TEST_WAIT (shows_label (GTK_WIDGET (history), "Bewoner BU09171000 0"));
    g_assert_true (shows_label (GTK_WIDGET (history), "Aangemaakt"));
    bw_test_wait_frames (GTK_WIDGET (history), 2);
    bw_test_save_screenshot (GTK_WIDGET (history), "team-access-history.png");
    gtk_drop_down_set_selected (GTK_DROP_DOWN (bw_test_child (history, BW_TYPE_ACCESS_HISTORY_WINDOW,
                                                              "action_filter")), 3);   /* denied */
    BW_TEST_WAIT ((entries = bw_access_history_window_get_entries (history)) != NULL &&
                  !bw_access_history_window_get_loading (history) && g_list_model_get_n_items (entries) == 0);
    bw_test_destroy_window (GTK_WINDOW (history));
    adw_view_stack_set_visible_child_name (stack, "reports");
    BW_TEST_WAIT (gtk_widget_get_mapped (reports));
  }

  /* Exported as a workbook: a sheet per figure, real numbers and dates,
   * Dutch headers, "< 5" where hidden; read back from the file. */
  export_report (f, reports, xlsx_file);
  BW_TEST_WAIT (g_file_query_exists (xlsx_file, NULL));
  BW_TEST_WAIT (bw_test_find_toast_button (GTK_WIDGET (window), "rapportage.xlsx") != NULL);
  {
    const char *argv[] = { "python3", "-c",
                           "import sys, zipfile\n"
                           "z = zipfile.ZipFile(sys.argv[1])\n"
                           "for n in ('xl/workbook.xml', 'xl/sharedStrings.xml', 'xl/worksheets/sheet1.xml'):\n"
                           "    print(z.read(n).decode())\n",
                           xlsx_path, NULL };
    g_autofree char *out = NULL;
    int status;

    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, NULL,
                                 &status, &error));
    g_assert_no_error (error);
    g_assert_true (g_spawn_check_wait_status (status, NULL));
    g_assert_nonnull (strstr (out, "name=\"Instroom en uitstroom\""));
    g_assert_nonnull (strstr (out, "name=\"Uitstroom per resultaat\""));
    g_assert_nonnull (strstr (out, "name=\"Trajectwisselingen\""));
    g_assert_nonnull (strstr (out, "<t>Instroom</t>"));
    g_assert_nonnull (strstr (out, "<t>&lt; 5</t>"));
    /* This month's inflow, a number in the fourth row's second cell. */
    g_assert_nonnull (strstr (out, "<c r=\"B4\"><v>6</v></c>"));
  }

  /* As CSV when the name says so. */
  export_report (f, reports, csv_file);
  BW_TEST_WAIT (file_written (path));
  g_assert_true (g_file_get_contents (path, &csv, NULL, NULL));
  g_assert_true (g_str_has_prefix (csv, "\xEF\xBB\xBF" "Maand;Instroom;Uitstroom;Caseload;Met schulden;Uitstroom: Werk;"));
  row = g_strdup_printf ("\r\n%s;6;< 5;6;< 5;", month);
  g_assert_nonnull (strstr (csv, row));

  /* Every export reaches the server's audit log with the next sync, and
   * the team's access history shows both, filtered to exports. */
  BW_TEST_WAIT (count_rows (store, "SELECT count(*) FROM export_outbox") == 2);
  sync_ok (sync);
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM export_outbox"), ==, 0);
  {
    BwAccessHistoryWindow *history = open_team_history (window);
    GListModel *entries;

    gtk_drop_down_set_selected (GTK_DROP_DOWN (bw_test_child (history, BW_TYPE_ACCESS_HISTORY_WINDOW,
                                                              "action_filter")), 4);   /* export */
    BW_TEST_WAIT ((entries = bw_access_history_window_get_entries (history)) != NULL &&
                  !bw_access_history_window_get_loading (history) && g_list_model_get_n_items (entries) == 2);
    BW_TEST_WAIT (shows_label (GTK_WIDGET (history), "Rapportage (Excel)"));
    g_assert_true (shows_label (GTK_WIDGET (history), "Rapportage (CSV)"));
    g_assert_true (shows_label (GTK_WIDGET (history), "Geëxporteerd"));
    g_assert_true (shows_label (GTK_WIDGET (history), "(geen casus)"));
    bw_test_destroy_window (GTK_WINDOW (history));
  }

  bw_test_destroy_window (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  bw_test_init (&argc, &argv);
  server_exe = g_getenv ("BUURTWERK_SERVER");
  g_test_add ("/signed-in-user/trainer", Fixture, NULL, setup, test_trainer, fixture_teardown);
  g_test_add ("/signed-in-user/buurtteam", Fixture, NULL, setup, test_buurtteam, fixture_teardown);
  g_test_add ("/signed-in-user/trainer-demand", Fixture, NULL, setup, test_trainer_demand, fixture_teardown);
  g_test_add ("/signed-in-user/coordinator-reports", Fixture, NULL, setup, test_coordinator_reports,
              fixture_teardown);
  g_test_add ("/signed-in-user/sync-status-on-every-page", Fixture, NULL, setup, test_sync_status_on_every_page,
              fixture_teardown);
  return bw_test_run ();
}
