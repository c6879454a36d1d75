/* SPDX-License-Identifier: EUPL-1.2 */
/* A real conflict between two desktops, shown in the conflicts window and
 * decided there by a person (real widgets on Xvfb, real server on
 * 127.0.0.1); the decision reaches the other desktop. */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "bw-conflicts-window.h"
#include "bw-gui-test-utils.h"
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

int
main (int   argc,
      char *argv[])
{
  server_exe = g_getenv ("BUURTWERK_SERVER");
  g_test_init (&argc, &argv, NULL);
  gtk_init ();
  adw_init ();
  g_assert_nonnull (server_exe);

  g_test_add ("/sync/decide-in-window", Fixture, NULL, fixture_setup, test_decide_in_window, fixture_teardown);
  return g_test_run ();
}
