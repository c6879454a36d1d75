/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-tests"
#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "bw-case-list.h"
#include "bw-gui-test-utils.h"
#include "bw-test-dir.h"

/* The private user directories of bw_test_init(), removed by
 * bw_test_run(). */
static char *test_home;

int
bw_test_run (void)
{
  int status = g_test_run ();

  bw_test_remove_dir (test_home);
  g_clear_pointer (&test_home, g_free);
  return status;
}

void
bw_test_init (int    *argc,
              char ***argv)
{
  char *home = test_home = g_dir_make_tmp ("bw-gui-home-XXXXXX", NULL);
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

static guint
slowdown (void)
{
  /* Sanitizer builds run several times slower (build-aux/
   * run-sanitized-tests sets the factor): the same work needs more time. */
  const char *factor = g_getenv ("BW_TEST_SLOWDOWN");

  return factor ? MAX (1, (guint) g_ascii_strtoull (factor, NULL, 10)) : 1;
}

void
bw_test_iterate (guint ms)
{
  gint64 end = bw_test_deadline (ms);

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

gint64
bw_test_deadline (guint timeout_ms)
{
  return g_get_monotonic_time () + (gint64) timeout_ms * slowdown () * 1000;
}

static gboolean
wake_up (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

void
bw_test_wait_step (gint64      deadline,
                   const char *what,
                   const char *file,
                   int         line)
{
  GSource *tick;

  if (g_get_monotonic_time () > deadline)
    {
      g_autofree char *message = g_strdup_printf ("timed out waiting for: %s", what);

      g_assertion_message (G_LOG_DOMAIN, file, line, "bw_test_wait", message);
    }
  /* Block until something happens, but look again every few ms: some
   * conditions (a row another connection wrote) change without an event. */
  tick = g_timeout_source_new (5);
  g_source_set_callback (tick, wake_up, NULL, NULL);
  g_source_attach (tick, NULL);
  g_main_context_iteration (NULL, TRUE);
  g_source_destroy (tick);
  g_source_unref (tick);
}

void
bw_test_wait_until_full (BwTestCondition  condition,
                         gpointer         data,
                         guint            timeout_ms,
                         const char      *what,
                         const char      *file,
                         int              line)
{
  gint64 deadline = bw_test_deadline (timeout_ms);

  while (!condition (data))
    bw_test_wait_step (deadline, what, file, line);
}

void
bw_test_wait_idle (void)
{
  gint64 deadline = bw_test_deadline (BW_TEST_TIMEOUT_MS);

  while (g_main_context_pending (NULL))
    {
      if (g_get_monotonic_time () > deadline)
        g_assertion_message (G_LOG_DOMAIN, __FILE__, __LINE__, G_STRFUNC,
                             "timed out waiting for the main loop to have nothing to do");
      g_main_context_iteration (NULL, FALSE);
    }
}

void
bw_test_wait_frames (GtkWidget *widget,
                     guint      n)
{
  GdkFrameClock *clock;
  gint64 target;
  gint64 deadline;

  BW_TEST_WAIT (gtk_widget_get_mapped (widget));
  clock = gtk_widget_get_frame_clock (widget);
  g_assert_nonnull (clock);
  target = gdk_frame_clock_get_frame_counter (clock) + n;
  deadline = bw_test_deadline (BW_TEST_TIMEOUT_MS);
  /* A frame's phases (layout, paint) run in one dispatch: once the counter
   * has moved on, that frame is on screen. */
  while (gdk_frame_clock_get_frame_counter (clock) < target)
    {
      gtk_widget_queue_draw (widget);
      bw_test_wait_step (deadline, "a new frame", __FILE__, __LINE__);
    }
}

void
bw_test_destroy_window (GtkWindow *window)
{
  GList *toplevels;

  gtk_window_destroy (window);
  toplevels = gtk_window_list_toplevels ();
  g_assert_null (g_list_find (toplevels, window));
  g_list_free (toplevels);
  bw_test_wait_idle ();
}

void
bw_test_wait_for_list (BwWindow *window)
{
  BwCaseList *list = BW_CASE_LIST (bw_window_get_case_list (window));

  /* A query runs on a worker and is answered through the main loop; what
   * was queued before (a change signal starting a query) runs first. */
  bw_test_wait_idle ();
  BW_TEST_WAIT (!bw_case_list_get_loading (list));
  bw_test_wait_idle ();
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
  gint64 deadline = bw_test_deadline (20000);
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
        bw_test_wait_step (deadline, "the widget mapped with a size", __FILE__, __LINE__);
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

static GtkWidget *
only_child_of_type (GtkWidget *widget,
                    GType      type)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  bw_test_collect (widget, type, found);
  g_assert_cmpuint (found->len, ==, 1);
  return g_ptr_array_index (found, 0);
}

void
bw_test_pick_by_typing (GtkDropDown *dropdown,
                        const char  *typed)
{
  GtkWidget *entry = only_child_of_type (GTK_WIDGET (dropdown), GTK_TYPE_SEARCH_ENTRY);
  GtkWidget *list = only_child_of_type (GTK_WIDGET (dropdown), GTK_TYPE_LIST_VIEW);
  GtkSelectionModel *choices = gtk_list_view_get_model (GTK_LIST_VIEW (list));

  gtk_widget_activate (only_child_of_type (GTK_WIDGET (dropdown), GTK_TYPE_TOGGLE_BUTTON));
  BW_TEST_WAIT (gtk_widget_get_mapped (entry) && gtk_widget_get_mapped (list));
  gtk_editable_set_text (GTK_EDITABLE (entry), typed);
  BW_TEST_WAIT (g_list_model_get_n_items (G_LIST_MODEL (choices)) == 1);
  /* A click on the row: it is selected, then activated. */
  gtk_selection_model_select_item (choices, 0, TRUE);
  g_signal_emit_by_name (list, "activate", 0);
  BW_TEST_WAIT (!gtk_widget_get_mapped (list));
}

gsize
bw_test_texture_ink (GdkTexture *texture)
{
  int w = gdk_texture_get_width (texture), h = gdk_texture_get_height (texture);
  g_autofree guint32 *pixels = g_new (guint32, (gsize) w * h);
  g_autoptr(GHashTable) counts = g_hash_table_new (NULL, NULL);
  gsize most = 0;

  gdk_texture_download (texture, (guchar *) pixels, (gsize) w * 4);
  for (gsize i = 0; i < (gsize) w * h; i++)
    {
      gpointer key = GUINT_TO_POINTER (pixels[i]);
      gsize n = GPOINTER_TO_SIZE (g_hash_table_lookup (counts, key)) + 1;

      g_hash_table_insert (counts, key, GSIZE_TO_POINTER (n));
      most = MAX (most, n);
    }
  return (gsize) w * h - most;
}

gsize
bw_test_texture_diff (GdkTexture *a,
                      GdkTexture *b)
{
  int w = gdk_texture_get_width (a), h = gdk_texture_get_height (a);
  g_autofree guchar *pa = NULL;
  g_autofree guchar *pb = NULL;
  gsize differ = 0;

  g_assert_cmpint (gdk_texture_get_width (b), ==, w);
  g_assert_cmpint (gdk_texture_get_height (b), ==, h);
  pa = g_malloc ((gsize) w * h * 4);
  pb = g_malloc ((gsize) w * h * 4);
  gdk_texture_download (a, pa, (gsize) w * 4);
  gdk_texture_download (b, pb, (gsize) w * 4);
  for (gsize i = 0; i < (gsize) w * h; i++)
    for (int c = 0; c < 4; c++)
      if (ABS ((int) pa[i * 4 + c] - (int) pb[i * 4 + c]) > 8)
        {
          differ++;
          break;
        }
  return differ;
}

GtkWidget *
bw_test_find_toast_button (GtkWidget  *window,
                           const char *title)
{
  g_autoptr(GPtrArray) overlays = g_ptr_array_new ();

  /* libadwaita 1.2 draws a toast as a widget named "toast" holding its
   * title label and its button, inside the toast overlay. */
  bw_test_collect (window, ADW_TYPE_TOAST_OVERLAY, overlays);
  for (guint o = 0; o < overlays->len; o++)
    {
      g_autoptr(GPtrArray) labels = g_ptr_array_new ();

      bw_test_collect (g_ptr_array_index (overlays, o), GTK_TYPE_LABEL, labels);
      for (guint i = 0; i < labels->len; i++)
        {
          GtkWidget *label = g_ptr_array_index (labels, i);
          GtkWidget *toast = label;
          g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

          while (toast != NULL && g_strcmp0 (gtk_widget_get_css_name (toast), "toast") != 0)
            toast = gtk_widget_get_parent (toast);
          if (toast == NULL || !gtk_widget_get_mapped (label) ||
              strstr (gtk_label_get_text (GTK_LABEL (label)), title) == NULL)
            continue;
          bw_test_collect (toast, GTK_TYPE_BUTTON, buttons);
          for (guint b = 0; b < buttons->len; b++)
            if (gtk_button_get_label (g_ptr_array_index (buttons, b)) != NULL)
              return g_ptr_array_index (buttons, b);
        }
    }
  return NULL;
}

BwWindow *
bw_test_window_new (BwCaseStore *store,
                    int          width,
                    int          height)
{
  BwWindow *window = bw_window_new (NULL, store);

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  bw_test_wait_for_list (window);
  return window;
}

/* The model button of the page's menu labelled @label, clicked as a user
 * clicks it (the menu opened first). */
void
bw_test_click_menu_item (GtkWidget  *page,
                         const char *label)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  g_autoptr(GPtrArray) items = g_ptr_array_new ();
  GtkMenuButton *button;
  GType model_button = g_type_from_name ("GtkModelButton");
  GtkPopover *popover;
  GtkWidget *found = NULL;
  g_auto(GStrv) parts = g_strsplit (label, "_", -1);
  /* The menu shows the label without its mnemonic. */
  g_autofree char *plain = g_strjoinv ("", parts);

  bw_test_collect (page, GTK_TYPE_MENU_BUTTON, buttons);
  g_assert_cmpuint (buttons->len, ==, 1);
  button = buttons->pdata[0];
  g_assert_true (model_button != 0);
  gtk_menu_button_popup (button);
  popover = gtk_menu_button_get_popover (button);
  BW_TEST_WAIT (gtk_widget_get_mapped (GTK_WIDGET (popover)));
  bw_test_collect (GTK_WIDGET (popover), model_button, items);
  for (guint i = 0; i < items->len && found == NULL; i++)
    {
      g_autofree char *text = NULL;

      g_object_get (items->pdata[i], "text", &text, NULL);
      if (g_strcmp0 (text, plain) == 0 && gtk_widget_get_visible (items->pdata[i]))
        found = items->pdata[i];
    }
  g_assert_nonnull (found);
  g_signal_emit_by_name (found, "clicked");
}
