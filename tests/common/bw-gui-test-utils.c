#include "config.h"

#include <locale.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "bw-case-list.h"
#include "bw-gui-test-utils.h"

void
bw_test_init (int    *argc,
              char ***argv)
{
  g_autofree char *home = g_dir_make_tmp ("bw-gui-home-XXXXXX", NULL);
  g_autoptr(GtkCssProvider) css = NULL;

  g_assert_nonnull (home);
  for (const char * const *var = (const char * const[]) { "XDG_CACHE_HOME", "XDG_CONFIG_HOME",
                                                          "XDG_DATA_HOME", "XDG_STATE_HOME",
                                                          "XDG_RUNTIME_DIR", NULL }; *var; var++)
    {
      g_autofree char *dir = g_build_filename (home, *var, NULL);
      g_mkdir_with_parents (dir, 0700);
      g_setenv (*var, dir, TRUE);
    }

  setlocale (LC_ALL, "");
  g_test_init (argc, argv, NULL);
  if (g_getenv ("BUURTWERK_LOCALEDIR"))
    bindtextdomain (GETTEXT_PACKAGE, g_getenv ("BUURTWERK_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  gtk_init ();
  adw_init ();

  css = gtk_css_provider_new ();
  gtk_icon_theme_add_resource_path (gtk_icon_theme_get_for_display (gdk_display_get_default ()),
                                    "/nl/heerlen/Buurtwerk/icons");
  gtk_css_provider_load_from_resource (css, "/nl/heerlen/Buurtwerk/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

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
  /* On a loaded machine a new window's first layout and frame can come
   * late; wait (bounded) until the widget is mapped, has a size and draws
   * something, rather than failing on an empty snapshot. */
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  GskRenderer *renderer;
  g_autoptr(GskRenderNode) node = NULL;
  int w = 0, h = 0;

  while (node == NULL)
    {
      w = gtk_widget_get_width (widget);
      h = gtk_widget_get_height (widget);
      if (gtk_widget_get_mapped (widget) && w > 0 && h > 0)
        {
          g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
          g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();

          gdk_paintable_snapshot (paintable, snapshot, w, h);
          node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
        }
      if (node == NULL)
        {
          g_assert_cmpint (g_get_monotonic_time (), <, deadline);
          bw_test_iterate (10);
        }
    }
  renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
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
