/* SPDX-License-Identifier: EUPL-1.2 */
/* A real conflict between two desktops, shown in the conflicts window and
 * decided there by a person (real widgets on Xvfb, real server on
 * 127.0.0.1); the decision reaches the other desktop. Changes the server
 * refused, named by their records with the reason in the user's
 * language, dismissed all at once from the sync button's warning. */
#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include <sqlite3.h>

#include "bw-conflicts-window.h"
#include "bw-field.h"
#include "bw-gui-test-utils.h"
#include "bw-planning.h"
#include "bw-sync-button.h"
#include "sync-test-utils.h"


static GtkWidget *
find_button (GtkWidget  *root,
             const char *label)
{
  for (GtkWidget *c = gtk_widget_get_first_child (root); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (c) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (c)), label) == 0)
        return c;
      if ((found = find_button (c, label)))
        return found;
    }
  return NULL;
}


static void
test_decide_in_window (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BwCase) created = new_case (f->store_a, "Fien Wetzels");
  g_autoptr(BwCase) on_a = NULL;
  g_autoptr(BwCase) on_b = NULL;
  g_autoptr(BwCase) after = NULL;
  GtkWidget *window;
  GtkWidget *keep;
  const char *uuid = bw_case_get_uuid (created);

  sync_ok (f->sync_a);
  sync_ok (f->sync_b);
  on_a = get_by_uuid (f->store_a, uuid);
  on_b = get_by_uuid (f->store_b, uuid);
  bw_case_set_email (on_a, "fien@voorbeeld.nl");
  g_assert_true (bw_case_store_update_case (f->store_a, on_a, NULL, &error));
  bw_case_set_email (on_b, "f.wetzels@voorbeeld.nl");
  g_assert_true (bw_case_store_update_case (f->store_b, on_b, NULL, &error));
  sync_ok (f->sync_a);
  sync_ok (f->sync_b);

  window = bw_conflicts_window_new (NULL, f->store_b, f->sync_b);
  gtk_window_set_default_size (GTK_WINDOW (window), 720, 480);
  gtk_window_present (GTK_WINDOW (window));
  BW_TEST_WAIT (find_button (window, _("_Keep Mine")) != NULL);
  bw_test_wait_frames (window, 2);
  bw_test_save_screenshot (window, "sync-conflict.png");

  /* The person on B keeps B's address. */
  keep = find_button (window, _("_Keep Mine"));
  g_assert_nonnull (keep);
  g_signal_emit_by_name (keep, "clicked");
  BW_TEST_WAIT (find_button (window, _("_Keep Mine")) == NULL);
  g_assert_cmpuint (g_list_model_get_n_items (bw_sync_engine_list_conflicts (f->sync_b)), ==, 0);
  g_assert_null (find_button (window, _("_Keep Mine")));

  sync_ok (f->sync_b);
  sync_ok (f->sync_a);
  after = get_by_uuid (f->store_a, uuid);
  g_assert_cmpstr (bw_case_get_email (after), ==, "f.wetzels@voorbeeld.nl");
  bw_test_destroy_window (GTK_WINDOW (window));
}

/* Every row under @root as "title\nsubtitle", into @rows. */
static void
collect_rows (GtkWidget *root,
              GPtrArray *rows)
{
  for (GtkWidget *c = gtk_widget_get_first_child (root); c; c = gtk_widget_get_next_sibling (c))
    {
      if (ADW_IS_ACTION_ROW (c))
        g_ptr_array_add (rows, g_strdup_printf ("%s\n%s", adw_preferences_row_get_title (ADW_PREFERENCES_ROW (c)),
                                                adw_action_row_get_subtitle (ADW_ACTION_ROW (c))));
      collect_rows (c, rows);
    }
}

/* The row whose title starts with @title, or fails. */
static const char *
row_with_title (GPtrArray  *rows,
                const char *title)
{
  for (guint i = 0; i < rows->len; i++)
    if (g_str_has_prefix (g_ptr_array_index (rows, i), title))
      return g_ptr_array_index (rows, i);
  g_error ("No row titled “%s”", title);
}

static BwConflictsWindow *shown;

/* What the application's "app.show-conflicts" does. */
static void
show_conflicts (GSimpleAction *action,
                GVariant      *param,
                gpointer       user_data)
{
  Fixture *f = user_data;

  shown = BW_CONFLICTS_WINDOW (bw_conflicts_window_new (NULL, f->store_a, f->sync_a));
  gtk_window_set_default_size (GTK_WINDOW (shown), 720, 620);
  gtk_window_present (GTK_WINDOW (shown));
}

static AdwMessageDialog *
find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) w = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (w) && gtk_widget_get_visible (GTK_WIDGET (w)))
        return ADW_MESSAGE_DIALOG (w);
    }
  return NULL;
}

/* A buurtteam member's desktop holds a course it planned (refused: the
 * role), a referral to it (the server has no such offer) and a case with
 * a value the server's rules refuse. The warning of the sync button opens
 * the list; each row names its record in Dutch and says what the reason
 * means, never the server's English; "Alles negeren", confirmed, empties
 * it and the warning goes. */
static void
test_refused_in_window (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BwCase) resident = new_case (f->store_a, "Mariëlle Coumans");
  g_autoptr(BwOffer) offer = bw_offer_new ();
  g_autoptr(BwSession) session = bw_session_new ();
  g_autoptr(BwEnrolment) referral = NULL;
  g_autoptr(BwPlanning) planning = bw_planning_new (f->store_a);
  g_autoptr(GSimpleActionGroup) app = g_simple_action_group_new ();
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *expected = NULL;
  const char *row;
  const GActionEntry entries[] = { { "show-conflicts", show_conflicts, NULL, NULL, NULL, { 0 } } };
  GtkWidget *window = adw_window_new ();
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *sync_button = g_object_new (BW_TYPE_SYNC_BUTTON, NULL);
  GtkWidget *warning = bw_test_child (sync_button, BW_TYPE_SYNC_BUTTON, "conflicts_button");
  GtkWidget *dismiss_all;
  GtkWidget *confirm;
  AdwMessageDialog *dialog;

  sync_ok (f->sync_a);
  referral = make_refused_changes (f->store_a, planning, resident, offer, session);
  sync_ok (f->sync_a);

  /* The header bar with the sync button, as the window has it. */
  g_action_map_add_action_entries (G_ACTION_MAP (app), entries, G_N_ELEMENTS (entries), f);
  gtk_widget_insert_action_group (window, "app", G_ACTION_GROUP (app));
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), sync_button);
  gtk_box_append (GTK_BOX (box), header);
  adw_window_set_content (ADW_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 800, 200);
  gtk_window_present (GTK_WINDOW (window));
  bw_sync_button_set_engine (BW_SYNC_BUTTON (sync_button), f->sync_a);
  BW_TEST_WAIT (gtk_widget_get_visible (warning) && gtk_widget_get_mapped (warning));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (bw_test_child (sync_button, BW_TYPE_SYNC_BUTTON, "conflicts_label"))),
                   ==, "4");

  /* The warning opens the list. */
  g_signal_emit_by_name (warning, "clicked");
  BW_TEST_WAIT (shown != NULL && gtk_widget_get_mapped (GTK_WIDGET (shown)));
  bw_test_wait_frames (GTK_WIDGET (shown), 2);
  bw_test_save_screenshot (GTK_WIDGET (shown), "sync-refused.png");
  collect_rows (GTK_WIDGET (shown), rows);
  g_assert_cmpuint (rows->len, ==, 4);
  /* Nothing to decide between: not called conflicts. */
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (shown)), ==, "Synchronisatieproblemen");
  for (guint i = 0; i < rows->len; i++)
    {
      const char *row = g_ptr_array_index (rows, i);

      /* Never the server's English, nor a nameless record. */
      g_assert_null (strstr (row, "This account"));
      g_assert_null (strstr (row, "No such record"));
      g_assert_null (strstr (row, "Onbekende casus"));
      g_assert_null (strstr (row, "niet vertaald"));
    }

  /* Named by the records, in Dutch, the reason in words with advice that
   * fits: no case to correct for a planning record. */
  row = row_with_title (rows, "Trainingsaanbod “Taalcafé Passart”\n");
  g_assert_nonnull (strstr (row, "Dit account mag geen trainingsaanbod plannen."));
  g_assert_nonnull (strstr (row, "Trainers van WerkvoorHeerlen"));
  g_assert_null (strstr (row, "casus"));
  row = row_with_title (rows, "Bijeenkomst van “Taalcafé Passart” op 12 jan");
  g_assert_nonnull (strstr (row, "Dit account mag geen trainingsaanbod plannen."));
  row = row_with_title (rows, "Inschrijving van Mariëlle Coumans voor “Taalcafé Passart”\n");
  g_assert_nonnull (strstr (row, "De server heeft het trainingsaanbod geweigerd"));
  row = row_with_title (rows, "Casus van Mariëlle Coumans\n");
  expected = g_strdup_printf ("De server heeft de waarde van “%s” niet geaccepteerd.",
                              bw_field_label (BW_RECORD_TYPE_CASE, "email"));
  g_assert_nonnull (strstr (row, expected));
  g_assert_nonnull (strstr (row, "Open de casus, verbeter de waarde"));

  /* "Alles negeren", then the confirmation. */
  dismiss_all = find_button (GTK_WIDGET (shown), _("_Dismiss All…"));
  g_assert_nonnull (dismiss_all);
  g_assert_true (gtk_widget_is_sensitive (dismiss_all));
  g_signal_emit_by_name (dismiss_all, "clicked");
  BW_TEST_WAIT ((dialog = find_message_dialog ()) != NULL);
  g_assert_cmpuint (g_list_model_get_n_items (bw_sync_engine_list_problems (f->sync_a)), ==, 4);
  bw_test_wait_frames (GTK_WIDGET (dialog), 2);
  bw_test_save_screenshot (GTK_WIDGET (dialog), "sync-refused-dismiss-all.png");
  confirm = find_button (GTK_WIDGET (dialog), _("_Dismiss All"));
  g_assert_nonnull (confirm);
  g_signal_emit_by_name (confirm, "clicked");

  BW_TEST_WAIT (g_strcmp0 (gtk_stack_get_visible_child_name (GTK_STACK (bw_test_child (shown, BW_TYPE_CONFLICTS_WINDOW, "stack"))),
                           "empty") == 0);
  BW_TEST_WAIT (!gtk_widget_get_visible (warning));
  g_assert_cmpuint (g_list_model_get_n_items (bw_sync_engine_list_problems (f->sync_a)), ==, 0);

  bw_test_destroy_window (GTK_WINDOW (shown));
  shown = NULL;
  bw_test_destroy_window (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  server_exe = g_getenv ("BUURTWERK_SERVER");
  bw_test_init (&argc, &argv);
  g_assert_nonnull (server_exe);

  g_test_add ("/sync/decide-in-window", Fixture, NULL, fixture_setup, test_decide_in_window, fixture_teardown);
  g_test_add ("/sync/refused-in-window", Fixture, NULL, fixture_setup, test_refused_in_window, fixture_teardown);
  return bw_test_run ();
}
