/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-app"
#include "config.h"

#include <glib/gi18n.h>

#include "bw-case-store.h"
#include "bw-case-store-sharing.h"
#include "bw-export.h"

GtkFileChooserNative *
bw_export_chooser_new (GtkWindow  *parent,
                       const char *title,
                       const char *accept_label,
                       const char *name)
{
  GtkFileChooserNative *chooser = gtk_file_chooser_native_new (title, parent, GTK_FILE_CHOOSER_ACTION_SAVE,
                                                               accept_label, _("_Cancel"));
  const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  if (documents != NULL && g_file_test (documents, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GFile) folder = g_file_new_for_path (documents);

      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
    }
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  return chooser;
}

void
bw_export_write_async (GFile               *file,
                       GBytes              *contents,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  /* Not cancelled when its window closes meanwhile: the user asked for
   * the file. */
  g_file_replace_contents_bytes_async (file, contents, NULL, FALSE,
                                       G_FILE_CREATE_PRIVATE | G_FILE_CREATE_REPLACE_DESTINATION,
                                       NULL, callback, user_data);
}

gboolean
bw_export_write_finish (GFile         *file,
                        GAsyncResult  *result,
                        GError       **error)
{
  return g_file_replace_contents_finish (file, result, NULL, error);
}

AdwToast *
bw_export_saved_toast (GFile *file)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *uri = g_file_get_uri (file);
  /* TRANSLATORS: %s is the name of the file that was written */
  g_autofree char *title = g_strdup_printf (_("Saved as %s"), name);
  AdwToast *toast = adw_toast_new (title);

  adw_toast_set_button_label (toast, _("_Open"));
  adw_toast_set_action_name (toast, "export.open");
  adw_toast_set_action_target_value (toast, g_variant_new_string (uri));
  return toast;
}

/* The first toast overlay in @widget, to tell what went wrong. */
static AdwToastOverlay *
find_toast_overlay (GtkWidget *widget)
{
  if (ADW_IS_TOAST_OVERLAY (widget))
    return ADW_TOAST_OVERLAY (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      AdwToastOverlay *found = find_toast_overlay (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
opened_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GtkWidget) widget = user_data;
  g_autoptr(GError) error = NULL;
  AdwToastOverlay *overlay;

  if (gtk_show_uri_full_finish (GTK_WINDOW (source), result, &error))
    return;
  overlay = find_toast_overlay (widget);
  if (overlay != NULL)
    {
      g_autofree char *text = g_strdup_printf (_("Could not open the file: %s"), error->message);

      adw_toast_overlay_add_toast (overlay, adw_toast_new (text));
    }
}

/* export.open: the file just written, in the desktop's application for
 * its type. */
static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  const char *uri = g_variant_get_string (param, NULL);
  GtkRoot *root = gtk_widget_get_root (widget);

  /* Only files this app wrote are offered; still, never anything else. */
  if (!g_str_has_prefix (uri, "file://") || !GTK_IS_WINDOW (root))
    return;
  gtk_show_uri_full (GTK_WINDOW (root), uri, GDK_CURRENT_TIME, NULL, opened_cb, g_object_ref (widget));
}

void
bw_export_install_open_action (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "export.open", "s", open_action);
}

void
bw_export_show_toast (GtkWidget *widget,
                      AdwToast  *toast)
{
  g_autoptr(AdwToast) owned = toast;
  GtkRoot *root = gtk_widget_get_root (widget);
  AdwToastOverlay *overlay = root ? find_toast_overlay (GTK_WIDGET (root)) : NULL;

  if (overlay != NULL)
    adw_toast_overlay_add_toast (overlay, g_steal_pointer (&owned));
}

void
bw_export_show_failure (GtkWidget    *widget,
                        const GError *error)
{
  g_autofree char *message = g_strdup_printf (_("Could not save the file: %s"), error->message);

  bw_export_show_toast (widget, adw_toast_new (message));
}

typedef struct {
  char *what;
  char *case_uuid;
} ExportReport;

static void
export_report_free (ExportReport *report)
{
  g_free (report->what);
  g_free (report->case_uuid);
  g_free (report);
}

static gboolean
queue_report (BwCaseStore  *store,
              gpointer      data,
              GError      **error)
{
  ExportReport *report = data;

  return bw_case_store_report_export (store, report->what, report->case_uuid, error);
}

static void
report_queued_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  /* The file is written; only the server's record of it is missing. */
  if (!bw_case_store_write_finish (BW_CASE_STORE (source), result, &error))
    g_warning ("An export could not be queued for the audit log: %s", error->message);
}

void
bw_export_report (BwCaseStore *store,
                  const char  *what,
                  const char  *case_uuid)
{
  ExportReport *report = g_new0 (ExportReport, 1);

  g_return_if_fail (BW_IS_CASE_STORE (store));

  report->what = g_strdup (what);
  report->case_uuid = g_strdup (case_uuid);
  bw_case_store_write_async (store, queue_report, report, (GDestroyNotify) export_report_free, NULL,
                             report_queued_cb, NULL);
}

typedef struct {
  GtkWidget *widget;
  BwCaseStore *store;
  char *what;
} Save;

static void
save_free (Save *save)
{
  g_object_unref (save->widget);
  g_object_unref (save->store);
  g_free (save->what);
  g_free (save);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Save, save_free)

static void
saved_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(Save) save = user_data;
  g_autoptr(GError) error = NULL;

  if (!bw_export_write_finish (G_FILE (source), result, &error))
    {
      bw_export_show_failure (save->widget, error);
      return;
    }
  bw_export_report (save->store, save->what, NULL);
  bw_export_show_toast (save->widget, bw_export_saved_toast (G_FILE (source)));
}

void
bw_export_save (GtkWidget   *widget,
                BwCaseStore *store,
                const char  *what,
                GFile       *file,
                GBytes      *contents)
{
  Save *save = g_new0 (Save, 1);

  save->widget = g_object_ref (widget);
  save->store = g_object_ref (store);
  save->what = g_strdup (what);
  bw_export_write_async (file, contents, saved_cb, save);
}
