/* SPDX-License-Identifier: EUPL-1.2 */
/* The week view (issue 6) with real widgets on a real (Xvfb) display: a
 * week of sample events is laid out by time (checked against the hour
 * grid), overlapping events side by side and touching ones full width,
 * the week actions change the week and the header, Enter on an event emits
 * event-activated, the arrow keys and Tab move between events, and the
 * view follows its model. Screenshots, light and dark, wide and narrow,
 * go to $BW_TEST_ARTIFACTS. */
#include "config.h"

#include <math.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "bw-gui-test-utils.h"
#include "bw-week-event.h"
#include "bw-week-grid.h"
#include "bw-week-tile.h"
#include "bw-week-view.h"

typedef struct {
  GTimeZone *tz;
  GListStore *store;
  GtkWindow *window;
  BwWeekView *view;
  GtkWidget *grid;
  /* The sample events by name. */
  BwWeekEvent *language_mon;   /* Mon 09:30-12:00 */
  BwWeekEvent *digital_tue;    /* Tue 10:00-11:00 */
  BwWeekEvent *job_tue;        /* Tue 11:00-12:00, touches digital_tue */
  BwWeekEvent *language_wed;   /* Wed 09:00-11:30 */
  BwWeekEvent *orientation_wed;/* Wed 10:00-12:00, overlaps language_wed: a conflict */
  BwWeekEvent *care_thu;       /* Thu 13:00-16:00 */
  BwWeekEvent *visit_thu;      /* Thu 13:30-14:30, overlaps care_thu */
  BwWeekEvent *intake_thu;     /* Thu 15:00-16:30, overlaps care_thu, not visit_thu */
  BwWeekEvent *next_week;      /* Mon 30 Nov 10:00-12:00 */
} Fixture;

static GDateTime *
at (Fixture *f,
    int      day,
    int      hour,
    int      minute)
{
  /* November 2026: Monday 23 is the first day of week 48. */
  return g_date_time_new (f->tz, 2026, 11, day, hour, minute, 0);
}

static BwWeekEvent *
add_event (Fixture    *f,
           int         day,
           int         start_h,
           int         start_m,
           int         end_h,
           int         end_m,
           const char *title,
           const char *place)
{
  g_autoptr(GDateTime) start = at (f, day, start_h, start_m);
  g_autoptr(GDateTime) end = at (f, day, end_h, end_m);
  g_autoptr(BwWeekEvent) event = bw_week_event_new (start, end, title, place);

  g_list_store_append (f->store, event);
  return event;
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  int width = GPOINTER_TO_INT (data);
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) monday = NULL;
  GtkWidget *header = gtk_header_bar_new ();
  GtkAdjustment *vadjustment;

  f->tz = g_time_zone_new_identifier ("Europe/Amsterdam");
  g_assert_nonnull (f->tz);
  f->store = g_list_store_new (BW_TYPE_WEEK_EVENT);
  f->language_mon = add_event (f, 23, 9, 30, 12, 0, "Taalcursus Nederlands B1", "Buurthuis Passart");
  f->digital_tue = add_event (f, 24, 10, 0, 11, 0, "Digitale vaardigheden", "Bibliotheek Heerlen-Noord");
  f->job_tue = add_event (f, 24, 11, 0, 12, 0, "Sollicitatietraining", "WSP Parkstad");
  f->language_wed = add_event (f, 25, 9, 0, 11, 30, "Taalcursus Nederlands A2", "Buurthuis Passart");
  f->orientation_wed = add_event (f, 25, 10, 0, 12, 0, "Oriëntatie op werk", "Buurthuis Passart");
  bw_week_event_set_conflict (f->orientation_wed, TRUE,
                              "Buurthuis Passart is dan al geboekt voor Taalcursus Nederlands A2");
  f->care_thu = add_event (f, 26, 13, 0, 16, 0, "Sectortraining zorg", "Zorgcentrum De Weverhof");
  f->visit_thu = add_event (f, 26, 13, 30, 14, 30, "Bedrijfsbezoek", "Vrieheide");
  f->intake_thu = add_event (f, 26, 15, 0, 16, 30, "Intake taaltraject", "Buurtteam Hoensbroek");
  add_event (f, 27, 9, 30, 12, 0, "Taalcursus Nederlands B1", "Buurthuis Passart");
  add_event (f, 27, 19, 0, 21, 0, "Computercafé", "MFC Meezenbroek");
  f->next_week = add_event (f, 30, 10, 0, 12, 0, "Taalcursus Nederlands B1", "Buurthuis Passart");

  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_title (f->window, "Planning");
  gtk_window_set_titlebar (f->window, header);
  gtk_window_set_default_size (f->window, width, 800);
  f->view = BW_WEEK_VIEW (bw_week_view_new ());
  now = at (f, 25, 14, 20);
  bw_week_view_set_now (f->view, now);
  monday = at (f, 23, 0, 0);
  bw_week_view_set_week_start (f->view, monday);
  bw_week_view_set_model (f->view, G_LIST_MODEL (f->store));
  gtk_window_set_child (f->window, GTK_WIDGET (f->view));
  gtk_window_present (f->window);
  f->grid = bw_test_child (f->view, BW_TYPE_WEEK_VIEW, "grid");
  vadjustment = gtk_scrolled_window_get_vadjustment (
    GTK_SCROLLED_WINDOW (bw_test_child (f->view, BW_TYPE_WEEK_VIEW, "scrolled")));
  /* Until the grid is laid out and has scrolled to the morning: the first
   * frame can take long (GL start-up, a loaded machine). */
  BW_TEST_WAIT_FOR (gtk_widget_get_mapped (f->grid) && gtk_adjustment_get_value (vadjustment) > 0, 20000);
  bw_test_wait_frames (f->grid, 2);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
  bw_test_destroy_window (f->window);
  g_clear_object (&f->store);
  g_clear_pointer (&f->tz, g_time_zone_unref);
}

/* Where an event is drawn, in the grid's coordinates. */
static graphene_rect_t
bounds_of (Fixture     *f,
           BwWeekEvent *event)
{
  GtkWidget *widget = bw_week_view_get_event_widget (f->view, BW_WEEK_ITEM (event));
  graphene_rect_t bounds;

  g_assert_nonnull (widget);
  g_assert_true (gtk_widget_get_mapped (widget));
  g_assert_true (gtk_widget_compute_bounds (widget, f->grid, &bounds));
  return bounds;
}

static double
column_width (Fixture *f)
{
  return (gtk_widget_get_width (f->grid) - BW_WEEK_GRID_GUTTER) / 7.0;
}

/* The event lies in its day's column and spans its times in the hour grid. */
static void
assert_placed (Fixture     *f,
               BwWeekEvent *event,
               int          day)
{
  graphene_rect_t b = bounds_of (f, event);
  GDateTime *start = bw_week_item_get_start (BW_WEEK_ITEM (event));
  GDateTime *end = bw_week_item_get_end (BW_WEEK_ITEM (event));
  double hour = BW_WEEK_GRID_HOUR_HEIGHT;
  double top = (g_date_time_get_hour (start) + g_date_time_get_minute (start) / 60.0) * hour;
  double bottom = (g_date_time_get_hour (end) + g_date_time_get_minute (end) / 60.0) * hour;
  double left = BW_WEEK_GRID_GUTTER + day * column_width (f);

  g_test_message ("%s: x %.0f w %.0f y %.0f h %.0f (expected y %.0f h %.0f, column %.0f + %.0f)",
                  bw_week_item_get_title (BW_WEEK_ITEM (event)), b.origin.x, b.size.width, b.origin.y,
                  b.size.height, top, bottom - top, left, column_width (f));
  g_assert_cmpfloat (fabs (b.origin.y - top), <=, 2);
  g_assert_cmpfloat (fabs (b.origin.y + b.size.height - bottom), <=, 2);
  g_assert_cmpfloat (b.origin.x, >=, left - 1);
  g_assert_cmpfloat (b.origin.x + b.size.width, <=, left + column_width (f) + 1);
}

static gboolean
x_ranges_apart (graphene_rect_t a,
                graphene_rect_t b)
{
  return a.origin.x + a.size.width <= b.origin.x || b.origin.x + b.size.width <= a.origin.x;
}

/* The colour and alpha of one pixel of a rendered texture. */
static void
pixel_at (GdkTexture *texture,
          int         x,
          int         y,
          guint8      rgba[4])
{
  int w = gdk_texture_get_width (texture);
  int h = gdk_texture_get_height (texture);
  g_autofree guint8 *data = g_malloc ((gsize) w * h * 4);

  g_assert_cmpint (x, >=, 0);
  g_assert_cmpint (y, >=, 0);
  g_assert_cmpint (x, <, w);
  g_assert_cmpint (y, <, h);
  gdk_texture_download (texture, data, w * 4);
  /* GDK_MEMORY_DEFAULT: B, G, R, A in memory on little-endian */
  rgba[0] = data[(y * w + x) * 4 + 2];
  rgba[1] = data[(y * w + x) * 4 + 1];
  rgba[2] = data[(y * w + x) * 4 + 0];
  rgba[3] = data[(y * w + x) * 4 + 3];
}

static const char *
day_label_text (Fixture *f,
                int      day)
{
  GtkWidget *box = bw_test_child (f->view, BW_TYPE_WEEK_VIEW, "day_labels");
  GtkWidget *label = gtk_widget_get_first_child (box);

  for (int i = 0; i < day; i++)
    label = gtk_widget_get_next_sibling (label);
  return gtk_label_get_text (GTK_LABEL (label));
}

static char *
expected_day_label (Fixture *f,
                    int      month,
                    int      day)
{
  g_autoptr(GDateTime) date = g_date_time_new (f->tz, 2026, month, day, 0, 0, 0);

  return g_date_time_format (date, _("%a %-d %b"));
}

/* Tests */

static void
test_layout (Fixture       *f,
             gconstpointer  data)
{
  graphene_rect_t a, b, c;
  double col = column_width (f);

  g_assert_cmpint (gtk_widget_get_height (f->grid), >=, 24 * BW_WEEK_GRID_HOUR_HEIGHT);
  /* The grid opens at the working day. */
  g_assert_cmpfloat (gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (
    GTK_SCROLLED_WINDOW (bw_test_child (f->view, BW_TYPE_WEEK_VIEW, "scrolled")))), ==,
    7 * BW_WEEK_GRID_HOUR_HEIGHT);

  assert_placed (f, f->language_mon, 0);
  assert_placed (f, f->digital_tue, 1);
  assert_placed (f, f->job_tue, 1);
  assert_placed (f, f->language_wed, 2);
  assert_placed (f, f->orientation_wed, 2);
  assert_placed (f, f->care_thu, 3);
  assert_placed (f, f->visit_thu, 3);
  assert_placed (f, f->intake_thu, 3);
  /* Not in this week. */
  g_assert_null (bw_week_view_get_event_widget (f->view, BW_WEEK_ITEM (f->next_week)));

  /* 09:30-12:00 is two and a half hours of the grid. */
  a = bounds_of (f, f->language_mon);
  g_assert_cmpfloat (fabs (a.size.height - 2.5 * BW_WEEK_GRID_HOUR_HEIGHT), <=, 2);
  g_assert_cmpfloat (a.size.width, >=, col - 6);

  /* Touching events do not overlap: both full width, one above the other. */
  a = bounds_of (f, f->digital_tue);
  b = bounds_of (f, f->job_tue);
  g_assert_cmpfloat (a.size.width, >=, col - 6);
  g_assert_cmpfloat (b.size.width, >=, col - 6);
  g_assert_cmpfloat (a.origin.x, ==, b.origin.x);
  g_assert_cmpfloat (a.origin.y + a.size.height, <=, b.origin.y);
  g_assert_cmpfloat (b.origin.y - (a.origin.y + a.size.height), <=, 3);

  /* Overlapping events side by side, half a column each. */
  a = bounds_of (f, f->language_wed);
  b = bounds_of (f, f->orientation_wed);
  g_assert_true (x_ranges_apart (a, b));
  g_assert_cmpfloat (a.origin.x, <, b.origin.x);
  g_assert_cmpfloat (fabs (a.size.width - col / 2), <=, 6);
  g_assert_cmpfloat (fabs (b.size.width - col / 2), <=, 6);
  g_assert_true (gtk_widget_has_css_class (bw_week_view_get_event_widget (f->view, BW_WEEK_ITEM (f->orientation_wed)),
                                           "conflict"));
  g_assert_false (gtk_widget_has_css_class (bw_week_view_get_event_widget (f->view, BW_WEEK_ITEM (f->language_wed)),
                                            "conflict"));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (
    bw_week_view_get_event_widget (f->view, BW_WEEK_ITEM (f->orientation_wed))), "al geboekt"));

  /* Three on Thursday in two sub-columns: the long one left, the two that
   * do not overlap each other share the right one. */
  a = bounds_of (f, f->care_thu);
  b = bounds_of (f, f->visit_thu);
  c = bounds_of (f, f->intake_thu);
  g_assert_true (x_ranges_apart (a, b));
  g_assert_true (x_ranges_apart (a, c));
  g_assert_cmpfloat (b.origin.x, ==, c.origin.x);
  g_assert_cmpfloat (fabs (a.size.width - col / 2), <=, 6);

  /* The drawn hour lines are where the events say the hours are: the
   * 10:00 line shows in the gutter's tick, a few pixels lower is blank. */
  {
    g_autoptr(GdkTexture) texture = bw_test_render (f->grid);
    guint8 line[4], blank[4];
    int x = BW_WEEK_GRID_GUTTER - 3;

    /* The grid draws on its parent's background: the lines are what is
     * not transparent. */
    pixel_at (texture, x, 10 * BW_WEEK_GRID_HOUR_HEIGHT, line);
    pixel_at (texture, x, 10 * BW_WEEK_GRID_HOUR_HEIGHT + 3, blank);
    g_test_message ("10:00 line alpha %d; below %d", line[3], blank[3]);
    g_assert_cmpint (line[3], >, 20);
    g_assert_cmpint (blank[3], ==, 0);
  }
}

static void
test_header_and_week_actions (Fixture       *f,
                              gconstpointer  data)
{
  GtkLabel *title = GTK_LABEL (bw_test_child (f->view, BW_TYPE_WEEK_VIEW, "title_label"));
  g_autofree char *mon23 = expected_day_label (f, 11, 23);
  g_autofree char *sun29 = expected_day_label (f, 11, 29);
  g_autofree char *mon30 = expected_day_label (f, 11, 30);
  g_autofree char *mon16 = expected_day_label (f, 11, 16);
  GDateTime *week_start;

  g_test_message ("header: %s … %s; title: %s", day_label_text (f, 0), day_label_text (f, 6),
                  gtk_label_get_text (title));
  g_assert_cmpstr (day_label_text (f, 0), ==, mon23);
  g_assert_cmpstr (day_label_text (f, 6), ==, sun29);
  g_assert_nonnull (strstr (gtk_label_get_text (title), "48"));
  /* Today (Wednesday 25) is highlighted, no other day. */
  {
    GtkWidget *label = gtk_widget_get_first_child (bw_test_child (f->view, BW_TYPE_WEEK_VIEW, "day_labels"));

    for (int i = 0; label; i++, label = gtk_widget_get_next_sibling (label))
      g_assert_true (gtk_widget_has_css_class (label, "today") == (i == 2));
  }

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "week.next", NULL));
  bw_test_wait_frames (f->grid, 2);
  week_start = bw_week_view_get_week_start (f->view);
  g_assert_cmpint (g_date_time_get_day_of_month (week_start), ==, 30);
  g_assert_cmpint (g_date_time_get_hour (week_start), ==, 0);
  g_assert_cmpstr (day_label_text (f, 0), ==, mon30);
  g_assert_nonnull (strstr (gtk_label_get_text (title), "49"));
  g_assert_nonnull (bw_week_view_get_event_widget (f->view, BW_WEEK_ITEM (f->next_week)));
  g_assert_null (bw_week_view_get_event_widget (f->view, BW_WEEK_ITEM (f->language_mon)));
  assert_placed (f, f->next_week, 0);
  /* Not this week: no day is today. */
  for (GtkWidget *label = gtk_widget_get_first_child (bw_test_child (f->view, BW_TYPE_WEEK_VIEW, "day_labels"));
       label; label = gtk_widget_get_next_sibling (label))
    g_assert_false (gtk_widget_has_css_class (label, "today"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "week.previous", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "week.previous", NULL));
  bw_test_wait_frames (f->grid, 2);
  g_assert_cmpint (g_date_time_get_day_of_month (bw_week_view_get_week_start (f->view)), ==, 16);
  g_assert_cmpstr (day_label_text (f, 0), ==, mon16);
  g_assert_nonnull (strstr (gtk_label_get_text (title), "47"));
  g_assert_null (gtk_widget_get_first_child (f->grid));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "week.today", NULL));
  bw_test_wait_frames (f->grid, 2);
  g_assert_cmpint (g_date_time_get_day_of_month (bw_week_view_get_week_start (f->view)), ==, 23);
  g_assert_cmpstr (day_label_text (f, 0), ==, mon23);
  assert_placed (f, f->orientation_wed, 2);

  /* Across the change to winter time: the week of Sunday 25 October 2026
   * starts at midnight of Monday 19 October. */
  {
    g_autoptr(GDateTime) sunday = g_date_time_new (f->tz, 2026, 10, 25, 12, 0, 0);
    g_autoptr(GDateTime) after = NULL;

    bw_week_view_set_week_start (f->view, sunday);
    week_start = bw_week_view_get_week_start (f->view);
    g_assert_cmpint (g_date_time_get_day_of_month (week_start), ==, 19);
    g_assert_cmpint (g_date_time_get_hour (week_start), ==, 0);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "week.next", NULL));
    after = g_date_time_ref (bw_week_view_get_week_start (f->view));
    g_assert_cmpint (g_date_time_get_day_of_month (after), ==, 26);
    g_assert_cmpint (g_date_time_get_hour (after), ==, 0);
  }
}

static void
on_event_activated (BwWeekView  *view,
                    BwWeekItem  *item,
                    BwWeekItem **out)
{
  g_set_object (out, item);
}

/* Presses @keyval on @widget through its own key bindings (there is no way
 * to send a key event to a GTK 4 widget in-process). */
static gboolean
press_key (GtkWidget *widget,
           guint      keyval)
{
  g_autoptr(GtkShortcutTrigger) wanted = gtk_keyval_trigger_new (keyval, 0);
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);

          if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), wanted))
            return gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, widget,
                                                 gtk_shortcut_get_arguments (shortcut));
        }
    }
  return FALSE;
}

static void
test_keyboard (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(BwWeekItem) activated = NULL;
  GtkWidget *first = bw_week_view_get_event_widget (f->view, BW_WEEK_ITEM (f->language_mon));
  GtkWidget *conflict = bw_week_view_get_event_widget (f->view, BW_WEEK_ITEM (f->orientation_wed));

  g_signal_connect (f->view, "event-activated", G_CALLBACK (on_event_activated), &activated);

  /* Tab goes day by day, then by time. */
  g_assert_true (gtk_widget_grab_focus (first));
  g_assert_true (gtk_widget_has_focus (first));
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (f->window), GTK_DIR_TAB_FORWARD));
  g_assert_true (gtk_widget_has_focus (bw_week_view_get_event_widget (f->view, BW_WEEK_ITEM (f->digital_tue))));
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (f->window), GTK_DIR_DOWN));
  g_assert_true (gtk_widget_has_focus (bw_week_view_get_event_widget (f->view, BW_WEEK_ITEM (f->job_tue))));
  /* Right: the nearest event in time on Wednesday (10:00 at 11:00, not 09:00). */
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (f->window), GTK_DIR_RIGHT));
  g_assert_true (gtk_widget_has_focus (conflict));
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (f->window), GTK_DIR_UP));
  g_assert_true (gtk_widget_has_focus (bw_week_view_get_event_widget (f->view, BW_WEEK_ITEM (f->language_wed))));
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (f->window), GTK_DIR_LEFT));
  g_assert_true (gtk_widget_has_focus (bw_week_view_get_event_widget (f->view, BW_WEEK_ITEM (f->digital_tue))));

  /* Enter on the conflict activates it. */
  g_assert_true (gtk_widget_grab_focus (conflict));
  g_assert_null (activated);
  g_assert_true (press_key (conflict, GDK_KEY_Return));
  g_assert_true (activated == BW_WEEK_ITEM (f->orientation_wed));
  g_clear_object (&activated);
  g_assert_true (press_key (conflict, GDK_KEY_KP_Enter));
  g_assert_true (activated == BW_WEEK_ITEM (f->orientation_wed));

  /* Alt+Right on the view is the next week. */
  {
    g_autoptr(GtkShortcutTrigger) wanted = gtk_keyval_trigger_new (GDK_KEY_Right, GDK_ALT_MASK);
    g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (f->view));
    gboolean found = FALSE;

    for (guint i = 0; i < g_list_model_get_n_items (controllers) && !found; i++)
      {
        g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

        if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
          continue;
        for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)) && !found; j++)
          {
            g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);

            if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), wanted))
              found = gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, GTK_WIDGET (f->view),
                                                    gtk_shortcut_get_arguments (shortcut));
          }
      }
    g_assert_true (found);
    g_assert_cmpint (g_date_time_get_day_of_month (bw_week_view_get_week_start (f->view)), ==, 30);
  }
}

static void
test_follows_model (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GDateTime) start = at (f, 28, 10, 0);
  g_autoptr(GDateTime) end = at (f, 28, 11, 30);
  g_autoptr(BwWeekEvent) saturday = bw_week_event_new (start, end, "Open dag", NULL);
  GtkWidget *widget;
  guint position;

  g_list_store_append (f->store, saturday);
  BW_TEST_WAIT (bw_week_view_get_event_widget (f->view, BW_WEEK_ITEM (saturday)) != NULL);
  bw_test_wait_frames (f->grid, 2);
  assert_placed (f, saturday, 5);

  /* A property change redraws the event. */
  widget = bw_week_view_get_event_widget (f->view, BW_WEEK_ITEM (saturday));
  g_assert_false (gtk_widget_has_css_class (widget, "conflict"));
  bw_week_event_set_conflict (saturday, TRUE, NULL);
  BW_TEST_WAIT ((widget = bw_week_view_get_event_widget (f->view, BW_WEEK_ITEM (saturday))) != NULL &&
                gtk_widget_has_css_class (widget, "conflict"));

  /* Moved to Sunday morning, it moves. */
  {
    g_autoptr(GDateTime) s = at (f, 29, 8, 0);
    g_autoptr(GDateTime) e = at (f, 29, 9, 0);

    bw_week_event_set_start (saturday, s);
    bw_week_event_set_end (saturday, e);
  }
  bw_test_wait_frames (f->grid, 2);
  assert_placed (f, saturday, 6);

  /* The overlap on Wednesday goes when one of the two is removed. */
  {
    /* The store holds the only reference to the sample events. */
    g_autoptr(BwWeekEvent) removed = g_object_ref (f->orientation_wed);

    g_assert_true (g_list_store_find (f->store, removed, &position));
    g_list_store_remove (f->store, position);
    BW_TEST_WAIT (bw_week_view_get_event_widget (f->view, BW_WEEK_ITEM (removed)) == NULL);
  }
  bw_test_wait_frames (f->grid, 2);
  g_assert_cmpfloat (bounds_of (f, f->language_wed).size.width, >=, column_width (f) - 6);

  g_list_store_remove_all (f->store);
  g_assert_null (gtk_widget_get_first_child (f->grid));
}

/* No header label is cut off at this width (a narrow one may wrap). */
static void
assert_header_fits (Fixture *f)
{
  GtkWidget *box = bw_test_child (f->view, BW_TYPE_WEEK_VIEW, "day_labels");

  for (GtkWidget *label = gtk_widget_get_first_child (box); label; label = gtk_widget_get_next_sibling (label))
    {
      int minimum, height;

      g_assert_false (pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (label))));
      gtk_widget_measure (label, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
      g_assert_cmpint (minimum, <=, gtk_widget_get_width (label));
      gtk_widget_measure (label, GTK_ORIENTATION_VERTICAL, gtk_widget_get_width (label), &height, NULL, NULL, NULL);
      g_assert_cmpint (height, <=, gtk_widget_get_height (label));
    }
}

static void
test_screenshots (Fixture       *f,
                  gconstpointer  data)
{
  int width = GPOINTER_TO_INT (data);
  g_autofree char *light = g_strdup_printf ("week-view-%d.png", width);
  g_autofree char *dark = g_strdup_printf ("week-view-%d-dark.png", width);
  GtkWidget *conflict = bw_week_view_get_event_widget (f->view, BW_WEEK_ITEM (f->orientation_wed));

  g_test_message ("window %d px wide", gtk_widget_get_width (GTK_WIDGET (f->window)));
  g_assert_cmpint (ABS (gtk_widget_get_width (GTK_WIDGET (f->window)) - width), <=, 30);
  assert_header_fits (f);
  assert_placed (f, f->language_wed, 2);
  assert_placed (f, f->orientation_wed, 2);
  g_assert_true (x_ranges_apart (bounds_of (f, f->language_wed), bounds_of (f, f->orientation_wed)));

  /* With the focus ring on the conflict, as after keyboard navigation. */
  gtk_widget_grab_focus (conflict);
  gtk_window_set_focus_visible (f->window, TRUE);
  bw_test_wait_frames (GTK_WIDGET (f->window), 2);
  bw_test_save_screenshot (GTK_WIDGET (f->window), light);

  /* Tall tiles show their whole title, on up to six lines (at the widths
   * people use; at 700 px the Wednesday overlap is too narrow for that). */
  for (BwWeekEvent **e = (BwWeekEvent *[]) { f->care_thu, width >= 800 ? f->language_wed : NULL, NULL }; *e; e++)
    {
      GtkWidget *tile = bw_week_view_get_event_widget (f->view, BW_WEEK_ITEM (*e));
      GtkLabel *title = GTK_LABEL (bw_week_tile_get_shown_title (BW_WEEK_TILE (tile)));

      g_assert_cmpstr (gtk_label_get_text (title), ==, bw_week_item_get_title (BW_WEEK_ITEM (*e)));
      g_assert_false (pango_layout_is_ellipsized (gtk_label_get_layout (title)));
    }

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  BW_TEST_WAIT (adw_style_manager_get_dark (adw_style_manager_get_default ()));
  bw_test_wait_frames (GTK_WIDGET (f->window), 2);
  bw_test_save_screenshot (GTK_WIDGET (f->window), dark);
}

int
main (int   argc,
      char *argv[])
{
  bw_test_init (&argc, &argv);

  g_test_add ("/week-view/layout", Fixture, GINT_TO_POINTER (1280), fixture_setup, test_layout,
              fixture_teardown);
  g_test_add ("/week-view/layout-narrow", Fixture, GINT_TO_POINTER (700), fixture_setup, test_layout,
              fixture_teardown);
  g_test_add ("/week-view/header-and-week-actions", Fixture, GINT_TO_POINTER (1280), fixture_setup,
              test_header_and_week_actions, fixture_teardown);
  g_test_add ("/week-view/keyboard", Fixture, GINT_TO_POINTER (1280), fixture_setup, test_keyboard,
              fixture_teardown);
  g_test_add ("/week-view/follows-model", Fixture, GINT_TO_POINTER (1280), fixture_setup, test_follows_model,
              fixture_teardown);
  g_test_add ("/week-view/screenshots-1280", Fixture, GINT_TO_POINTER (1280), fixture_setup, test_screenshots,
              fixture_teardown);
  g_test_add ("/week-view/screenshots-860", Fixture, GINT_TO_POINTER (860), fixture_setup, test_screenshots,
              fixture_teardown);
  g_test_add ("/week-view/screenshots-700", Fixture, GINT_TO_POINTER (700), fixture_setup, test_screenshots,
              fixture_teardown);

  return bw_test_run ();
}
