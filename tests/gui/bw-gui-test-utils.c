#include "config.h"

#include <glib/gstdio.h>

#include "bw-case-list.h"
#include "bw-gui-test-utils.h"

void
bw_test_iterate (guint ms)
{
  /* Sanitizer builds run several times slower (build-aux/
   * run-sanitized-tests sets the factor): the same work needs more time. */
  const char *slowdown = g_getenv ("BW_TEST_SLOWDOWN");
  guint factor = slowdown ? MAX (1, (guint) g_ascii_strtoull (slowdown, NULL, 10)) : 1;
  gint64 end = g_get_monotonic_time () + (gint64) ms * factor * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

void
bw_test_wait_for_list (BwWindow *window)
{
  BwCaseList *list = BW_CASE_LIST (bw_window_get_case_list (window));
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  bw_test_iterate (20);
  while (bw_case_list_get_loading (list) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (bw_case_list_get_loading (list));
  bw_test_iterate (50);
}

GtkWidget *
bw_test_child (gpointer    widget,
               GType       type,
               const char *name)
{
  GtkWidget *w = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (widget), type, name));

  g_assert_nonnull (w);
  return w;
}

GdkTexture *
bw_test_render (GtkWidget *widget)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GskRenderNode) node = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  int w = 0, h = 0;

  /* On a loaded machine a window that was just shown or changed may not
   * have been laid out and drawn yet: give it up to five seconds. */
  for (int attempt = 0; attempt < 100 && node == NULL; attempt++)
    {
      g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();

      if (attempt > 0)
        bw_test_iterate (50);
      w = gtk_widget_get_width (widget);
      h = gtk_widget_get_height (widget);
      gdk_paintable_snapshot (paintable, snapshot, w, h);
      node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
    }
  g_assert_nonnull (node);
  return gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, w, h));
}

void
bw_test_save_screenshot (GtkWidget  *widget,
                         const char *name)
{
  const char *dir = g_getenv ("BW_TEST_ARTIFACTS");
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;

  if (dir == NULL)
    return;
  g_mkdir_with_parents (dir, 0755);
  texture = bw_test_render (widget);
  path = g_build_filename (dir, name, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("screenshot: %s", path);
}

gpointer
bw_test_find_toplevel (GType type)
{
  GList *toplevels = gtk_window_list_toplevels ();
  gpointer found = NULL;

  for (GList *l = toplevels; l; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type))
      found = l->data;
  g_list_free (toplevels);
  return found;
}

void
bw_test_collect (GtkWidget *widget,
                 GType      type,
                 GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    g_ptr_array_add (found, widget);
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    bw_test_collect (c, type, found);
}
