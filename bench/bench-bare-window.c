/* SPDX-License-Identifier: EUPL-1.2 */
/* The reference of bench-vs-peer's start-up and memory rows (issue 14): a
 * bare GTK 4 window as small as a list window gets. A GtkApplication
 * with one window of the app's default size (1100 × 720) holding a
 * GtkListView of 100 labels. At its first frame painted with rows it
 * prints, like the app under BUURTWERK_PROBE=rows (src/app/bw-probe.c),
 *
 *   probe rows ms=M items=100      (ms since the process started)
 *   probe rss-peak-kib=K
 *
 * and quits. The start is read from /proc the same way as the app's probe,
 * so the two are measured alike.
 *
 *   _build/bench/bench-bare-window
 */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <gtk/gtk.h>

#define N_ROWS 100

static gint64 process_start_us;
static gboolean rows_seen;

/* The process's start on the monotonic clock: its age from /proc, as
 * bw-probe.c computes it (field 22 of /proc/self/stat, in clock ticks). */
static gint64
process_start (void)
{
  g_autofree char *stat = NULL;
  g_autofree char *uptime = NULL;
  const char *p;
  guint64 start_ticks;
  double up;

  if (!g_file_get_contents ("/proc/self/stat", &stat, NULL, NULL) ||
      !g_file_get_contents ("/proc/uptime", &uptime, NULL, NULL) ||
      (p = strrchr (stat, ')')) == NULL)
    return g_get_monotonic_time ();
  for (int field = 3; field <= 22 && p != NULL; field++)
    p = strchr (p + 1, ' ');
  if (p == NULL)
    return g_get_monotonic_time ();
  start_ticks = g_ascii_strtoull (p + 1, NULL, 10);
  up = g_ascii_strtod (uptime, NULL);
  return g_get_monotonic_time () - (gint64) ((up - (double) start_ticks / sysconf (_SC_CLK_TCK)) * G_USEC_PER_SEC);
}

static void
print_peak_rss (void)
{
  g_autofree char *status = NULL;
  const char *peak;

  if (g_file_get_contents ("/proc/self/status", &status, NULL, NULL) &&
      (peak = strstr (status, "VmHWM:")) != NULL)
    printf ("probe rss-peak-kib=%" G_GUINT64_FORMAT "\n", g_ascii_strtoull (peak + strlen ("VmHWM:"), NULL, 10));
}

/* As the app's probe: rows seen at the frame before means that frame was
 * laid out and painted with them. */
static gboolean
tick (GtkWidget     *widget,
      GdkFrameClock *clock,
      gpointer       user_data)
{
  GListModel *rows = user_data;

  if (rows_seen)
    {
      printf ("probe rows ms=%.1f items=%u\n", (g_get_monotonic_time () - process_start_us) / 1000.0,
              g_list_model_get_n_items (rows));
      print_peak_rss ();
      fflush (stdout);
      g_application_quit (G_APPLICATION (gtk_window_get_application (GTK_WINDOW (widget))));
      return G_SOURCE_REMOVE;
    }
  rows_seen = g_list_model_get_n_items (rows) > 0;
  return G_SOURCE_CONTINUE;
}

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_list_item_set_child (item, label);
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *item)
{
  GtkStringObject *text = gtk_list_item_get_item (item);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), gtk_string_object_get_string (text));
}

static void
activate (GtkApplication *app)
{
  GtkStringList *rows = gtk_string_list_new (NULL);
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkWidget *window = gtk_application_window_new (app);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *list;

  for (guint i = 0; i < N_ROWS; i++)
    {
      g_autofree char *text = g_strdup_printf ("Bewoner %u, Akerstraat %u, Heerlen", i + 1, i + 1);
      gtk_string_list_append (rows, text);
    }
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), NULL);
  list = gtk_list_view_new (GTK_SELECTION_MODEL (gtk_single_selection_new (G_LIST_MODEL (g_object_ref (rows)))),
                            factory);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  gtk_window_set_child (GTK_WINDOW (window), scrolled);
  gtk_window_set_title (GTK_WINDOW (window), "Bare window");
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  gtk_widget_add_tick_callback (window, tick, rows, g_object_unref);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GtkApplication) app = NULL;

  process_start_us = process_start ();
  /* NON_UNIQUE like the app: every start is its own process. */
  app = gtk_application_new ("nl.heerlen.Buurtwerk.BenchBareWindow", G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "activate", G_CALLBACK (activate), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
