/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <adwaita.h>

#include "bw-test-dir.h"
#include "bw-window.h"

G_BEGIN_DECLS

/* Helpers shared by the GUI tests (real widgets on Xvfb). */

/* For main(): private XDG user directories, the locale and the
 * translations (from $BUURTWERK_LOCALEDIR), g_test_init(), GTK and
 * libadwaita, the app's icons and style sheet. */
void        bw_test_init            (int        *argc,
                                     char     ***argv);
/* g_test_run(), then the private directories go. */
int         bw_test_run             (void);
/* Runs the main loop for @ms milliseconds: a fixed wait. Only
 * test-window and test-partner-view still use it; use the waits below
 * instead. */
void        bw_test_iterate         (guint       ms);

/* Bounded waits on a condition: the main loop runs until the condition
 * holds, and the test fails, naming the condition, when it does not hold
 * within @timeout_ms (times $BW_TEST_SLOWDOWN, for sanitizer builds).
 * Nothing waits longer than it must, and nothing waits for a fixed time. */
typedef gboolean (*BwTestCondition) (gpointer data);

void        bw_test_wait_until_full (BwTestCondition  condition,
                                     gpointer         data,
                                     guint            timeout_ms,
                                     const char      *what,
                                     const char      *file,
                                     int              line);
#define bw_test_wait_until(condition, data, timeout_ms) \
  bw_test_wait_until_full ((condition), (data), (timeout_ms), #condition, __FILE__, __LINE__)

/* The same for a C expression: BW_TEST_WAIT (gtk_widget_get_mapped (w)). */
#define BW_TEST_WAIT_FOR(expr, timeout_ms)                                         \
  G_STMT_START {                                                                   \
    gint64 bw_test_deadline_ = bw_test_deadline (timeout_ms);                      \
    while (!(expr))                                                                \
      bw_test_wait_step (bw_test_deadline_, #expr, __FILE__, __LINE__);           \
  } G_STMT_END
#define BW_TEST_WAIT(expr) BW_TEST_WAIT_FOR (expr, BW_TEST_TIMEOUT_MS)
/* The default bound: far above what any wait takes on a loaded machine. */
#define BW_TEST_TIMEOUT_MS 10000

/* For the macros: the deadline @timeout_ms from now, and one step of the
 * main loop (woken at least every few milliseconds, for conditions that
 * change without an event); fails the test once the deadline has passed. */
gint64      bw_test_deadline        (guint       timeout_ms);
void        bw_test_wait_step       (gint64      deadline,
                                     const char *what,
                                     const char *file,
                                     int         line);

/* Until the main context has nothing ready to run: what idles, timeouts
 * and signals already queued have done their work. */
void        bw_test_wait_idle       (void);
/* Until @widget's window has drawn @n new frames (layout, then paint). */
void        bw_test_wait_frames     (GtkWidget  *widget,
                                     guint       n);
/* Destroys the toplevel @window and waits until what that queued has run. */
void        bw_test_destroy_window  (GtkWindow  *window);
/* A window on @store of @width x @height, shown, its case list loaded. */
BwWindow   *bw_test_window_new      (BwCaseStore *store,
                                     int          width,
                                     int          height);
/* Waits until the window's case list has finished its query. */
void        bw_test_wait_for_list   (BwWindow   *window);
/* A named child of a composite template; fails the test when missing. */
GtkWidget  *bw_test_child           (gpointer    widget,
                                     GType       type,
                                     const char *name);
/* The last toplevel window of @type, or NULL. */
gpointer    bw_test_find_toplevel   (GType       type);
/* Appends every widget of @type under @widget (itself included) to @found,
 * in tree order. */
void        bw_test_collect         (GtkWidget  *widget,
                                     GType       type,
                                     GPtrArray  *found);
/* The button of the toast shown in @window whose title contains @title,
 * or NULL while there is none. */
GtkWidget  *bw_test_find_toast_button (GtkWidget  *window,
                                       const char *title);
/* Picks a choice of @dropdown as a user does with type-ahead: clicks it
 * open, types @typed into its search entry, waits until exactly one
 * choice is left and clicks that one. */
void        bw_test_pick_by_typing  (GtkDropDown *dropdown,
                                     const char  *typed);
/* The widget as it is drawn now. */
GdkTexture *bw_test_render          (GtkWidget  *widget);
/* Saves the widget as a PNG in $BW_TEST_ARTIFACTS (nothing when unset). */
void        bw_test_save_screenshot (GtkWidget  *widget,
                                     const char *name);
/* For comparing screenshots: how many pixels differ from the most common
 * colour (0: a blank picture), and how many differ between two pictures
 * of the same size. */
gsize       bw_test_texture_ink     (GdkTexture *texture);
gsize       bw_test_texture_diff    (GdkTexture *a,
                                     GdkTexture *b);

/* Opens the one menu button in @page and clicks the item labelled @label
 * (its mnemonic underscore may be given), as a user does. */
void       bw_test_click_menu_item (GtkWidget  *page,
                                    const char *label);

G_END_DECLS
