#pragma once

#include <adwaita.h>

#include "bw-window.h"

G_BEGIN_DECLS

/* Helpers shared by the GUI tests (real widgets on Xvfb). */

/* For main(): private XDG user directories, the locale and the
 * translations (from $BUURTWERK_LOCALEDIR), g_test_init(), GTK and
 * libadwaita, the app's icons and style sheet. */
void        bw_test_init            (int        *argc,
                                     char     ***argv);
/* Runs the main loop for @ms milliseconds without blocking. */
void        bw_test_iterate         (guint       ms);
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
/* The widget as it is drawn now. */
GdkTexture *bw_test_render          (GtkWidget  *widget);
/* Saves the widget as a PNG in $BW_TEST_ARTIFACTS (nothing when unset). */
void        bw_test_save_screenshot (GtkWidget  *widget,
                                     const char *name);

G_END_DECLS
