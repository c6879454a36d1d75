/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-app-cases"
/* The case's record on paper or as a PDF. What the desktop holds is read
 * on the store's read thread; for the right of access the server's access
 * history is fetched too, and without it nothing is made: the resident
 * must get all of it. Every PDF and printout is reported to the server's
 * audit log like any export. */
#include "config.h"

#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "bw-case-document.h"
#include "bw-case-print-dialog.h"
#include "bw-case-printer.h"
#include "bw-case-store-sharing.h"
#include "bw-export.h"
#include "bw-neighbourhood.h"

struct _BwCasePrintDialog
{
  AdwWindow parent_instance;

  AdwToastOverlay *toast_overlay;
  GtkWidget *pdf_button;
  GtkWidget *print_button;
  GtkWidget *access_row;
  AdwPreferencesGroup *purpose_group;
  GtkCheckButton *handover_check;
  GtkCheckButton *access_check;
  AdwPreferencesGroup *parts_group;
  GtkCheckButton *part_checks[BW_SHARE_PART_N];

  BwCaseStore *store;
  BwSyncEngine *engine;
  gint64 case_id;
  GCancellable *cancellable;
  gboolean busy;
};

G_DEFINE_FINAL_TYPE (BwCasePrintDialog, bw_case_print_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* One request: what to make, and where (NULL: the print dialog). */
typedef struct {
  BwCaseDocumentSource source;
  gint64 case_id;
  char *path;
} Job;

static void
job_free (Job *job)
{
  g_clear_object (&job->source.case_record);
  for (guint i = 0; i < BW_RECORD_TYPE_N; i++)
    g_clear_object (&job->source.children[i]);
  g_clear_object (&job->source.team);
  g_clear_object (&job->source.access_history);
  g_free ((char *) job->source.printed_by);
  g_free ((char *) job->source.buurt_name);
  g_free (job->path);
  g_free (job);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Job, job_free)

static void
set_busy (BwCasePrintDialog *self,
          gboolean           busy)
{
  self->busy = busy;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "print.save-pdf", !busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "print.print", !busy);
}

static void
show_message (BwCasePrintDialog *self,
              const char        *message)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

static gboolean
is_access (BwCasePrintDialog *self)
{
  return gtk_check_button_get_active (self->access_check) && gtk_widget_get_visible (self->access_row);
}

/* The read thread: the case and everything under it, and the team. The
 * job comes back as the result. */
static gpointer
read_case (BwCaseStore  *store,
           gpointer      data,
           GError      **error)
{
  Job *job = data;

  job->source.case_record = bw_case_store_get_case (store, job->case_id, error);
  if (job->source.case_record == NULL)
    {
      job_free (job);
      return NULL;
    }
  for (BwRecordType type = 0; type < BW_RECORD_TYPE_N; type++)
    if (bw_record_spec (type)->parent == BW_PARENT_CASE_ID && bw_record_spec (type)->get_type != NULL)
      job->source.children[type] = bw_case_store_list_records (store, type, job->case_id);
  job->source.team = bw_case_store_list_team_members (store);
  {
    BwNeighbourhood *buurt = bw_case_store_find_neighbourhood (store, bw_case_get_buurt_code (job->source.case_record));

    job->source.buurt_name = buurt ? g_strdup (bw_neighbourhood_get_name (buurt)) : NULL;
  }
  return job;
}

static void make_document (BwCasePrintDialog *self,
                           Job               *job);

static void
history_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(BwCasePrintDialog) self = user_data;
  Job *job = g_object_steal_data (G_OBJECT (self), "bw-job");
  g_autoptr(GError) error = NULL;

  job->source.access_history = bw_sync_engine_access_history_finish (BW_SYNC_ENGINE (source), result, &error);
  if (job->source.access_history == NULL)
    {
      g_autofree char *message = NULL;

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          job_free (job);
          return;
        }
      /* TRANSLATORS: %s says why */
      message = g_strdup_printf (_("The access history could not be fetched from the server, so nothing was "
                                   "made: %s"), error->message);
      show_message (self, message);
      set_busy (self, FALSE);
      job_free (job);
      return;
    }
  make_document (self, job);
}

static void
print_done_cb (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               BwCasePrintDialog       *self)
{
  if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    bw_export_report (self->store, "case_record_print",
                      g_object_get_data (G_OBJECT (operation), "bw-case-uuid"));
}

static void
make_document (BwCasePrintDialog *self,
               Job               *job_in)
{
  g_autoptr(Job) job = job_in;
  g_autoptr(BwCaseDocument) document = bw_case_document_build (&job->source);
  g_autoptr(BwCasePrinter) printer = bw_case_printer_new (document);
  GtkWindow *parent = GTK_WINDOW (self);
  const char *case_uuid = bw_case_get_uuid (job->source.case_record);

  set_busy (self, FALSE);
  if (job->path == NULL)
    {
      GtkPrintOperation *operation = bw_case_printer_get_operation (printer);

      g_object_set_data_full (G_OBJECT (operation), "bw-case-uuid", g_strdup (case_uuid), g_free);
      /* The operation keeps the printer's callbacks alive while it runs. */
      g_object_set_data_full (G_OBJECT (operation), "bw-printer", g_object_ref (printer), g_object_unref);
      g_signal_connect_object (operation, "done", G_CALLBACK (print_done_cb), self, 0);
      bw_case_printer_print (printer, parent);
      return;
    }

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GFile) file = g_file_new_for_path (job->path);
    /* A record names a person: readable by the user alone, before a byte
     * of it is written (cairo keeps the mode of a file it truncates). */
    int fd = g_open (job->path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);

    if (fd < 0 || fchmod (fd, 0600) != 0 || !bw_case_printer_export_pdf (printer, parent, job->path, &error))
      {
        g_autofree char *message = g_strdup_printf (_("Could not save the file: %s"),
                                                    error ? error->message : g_strerror (errno));

        if (fd >= 0)
          close (fd);
        show_message (self, message);
        return;
      }
    close (fd);
    bw_export_report (self->store, "case_record_pdf", case_uuid);
    adw_toast_overlay_add_toast (self->toast_overlay, bw_export_saved_toast (file));
    g_signal_emit (self, signals[SAVED], 0, file);
  }
}

static void
case_read_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(BwCasePrintDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  Job *job = bw_case_store_read_finish (BW_CASE_STORE (source), result, &error);

  if (job == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("The case could not be read: %s"),
                                                  error ? error->message : "");

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      show_message (self, message);
      set_busy (self, FALSE);
      return;
    }
  if (job->source.purpose == BW_CASE_DOCUMENT_ACCESS)
    {
      g_object_set_data (G_OBJECT (self), "bw-job", job);
      bw_sync_engine_access_history_async (self->engine, bw_case_get_uuid (job->source.case_record),
                                           self->cancellable, history_cb, g_object_ref (self));
      return;
    }
  make_document (self, job);
}

/* Reads the case off the main loop, then makes the document: printed
 * (@path NULL) or saved to @path. */
static void
start (BwCasePrintDialog *self,
       const char        *path)
{
  Job *job = g_new0 (Job, 1);

  job->case_id = self->case_id;
  job->path = g_strdup (path);
  job->source.purpose = is_access (self) ? BW_CASE_DOCUMENT_ACCESS : BW_CASE_DOCUMENT_HANDOVER;
  for (guint i = 0; i < BW_SHARE_PART_N; i++)
    job->source.parts[i] = gtk_check_button_get_active (self->part_checks[i]);
  job->source.printed_by = g_strdup (bw_case_store_get_author (self->store));
  set_busy (self, TRUE);
  bw_case_store_read_async (self->store, read_case, job, NULL, self->cancellable, case_read_cb,
                            g_object_ref (self));
}

static void
pdf_chosen_cb (GtkNativeDialog   *chooser,
               int                response,
               BwCasePrintDialog *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL && g_file_peek_path (file) != NULL)
    start (self, g_file_peek_path (file));
  g_object_unref (chooser);
}

static void
save_pdf_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  BwCasePrintDialog *self = BW_CASE_PRINT_DIALOG (widget);
  GtkFileChooserNative *chooser;

  if (self->busy)
    return;
  chooser = bw_export_chooser_new (GTK_WINDOW (self), _("Save Case Record as PDF"), _("_Save"),
                                   /* TRANSLATORS: file names of a saved case record */
                                   is_access (self) ? _("access-request.pdf") : _("handover.pdf"));
  g_signal_connect (chooser, "response", G_CALLBACK (pdf_chosen_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  BwCasePrintDialog *self = BW_CASE_PRINT_DIALOG (widget);

  if (!self->busy)
    start (self, NULL);
}

static void
purpose_toggled_cb (BwCasePrintDialog *self)
{
  /* The right of access holds everything: no parts to choose. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->parts_group), !is_access (self));
}

static void
bw_case_print_dialog_dispose (GObject *object)
{
  BwCasePrintDialog *self = BW_CASE_PRINT_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->store);
  g_clear_object (&self->engine);
  gtk_widget_dispose_template (GTK_WIDGET (self), BW_TYPE_CASE_PRINT_DIALOG);

  G_OBJECT_CLASS (bw_case_print_dialog_parent_class)->dispose (object);
}

static void
bw_case_print_dialog_class_init (BwCasePrintDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = bw_case_print_dialog_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, "/nl/heerlen/Buurtwerk/ui/bw-case-print-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, BwCasePrintDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, BwCasePrintDialog, pdf_button);
  gtk_widget_class_bind_template_child (widget_class, BwCasePrintDialog, print_button);
  gtk_widget_class_bind_template_child (widget_class, BwCasePrintDialog, access_row);
  gtk_widget_class_bind_template_child (widget_class, BwCasePrintDialog, purpose_group);
  gtk_widget_class_bind_template_child (widget_class, BwCasePrintDialog, handover_check);
  gtk_widget_class_bind_template_child (widget_class, BwCasePrintDialog, access_check);
  gtk_widget_class_bind_template_child (widget_class, BwCasePrintDialog, parts_group);
  gtk_widget_class_install_action (widget_class, "print.save-pdf", NULL, save_pdf_action);
  gtk_widget_class_install_action (widget_class, "print.print", NULL, print_action);
  bw_export_install_open_action (widget_class);

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                 G_TYPE_NONE, 1, G_TYPE_FILE);
}

static void
bw_case_print_dialog_init (BwCasePrintDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();

  /* A check per part a partner can be given, named as the share dialog
   * names them; all on, as a handover usually is. */
  for (guint i = 0; i < BW_SHARE_PART_N; i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), bw_share_part_to_label (i));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      adw_preferences_group_add (self->parts_group, row);
      self->part_checks[i] = GTK_CHECK_BUTTON (check);
    }
  g_signal_connect_object (self->access_check, "toggled", G_CALLBACK (purpose_toggled_cb), self,
                           G_CONNECT_SWAPPED);
}

BwCasePrintDialog *
bw_case_print_dialog_new (GtkWindow    *parent,
                          BwCaseStore  *store,
                          BwSyncEngine *engine,
                          gint64        case_id)
{
  BwCasePrintDialog *self = g_object_new (BW_TYPE_CASE_PRINT_DIALOG, "transient-for", parent, NULL);
  g_autofree char *role = bw_case_store_dup_role (store);
  gboolean coordinator = engine != NULL && g_strcmp0 (role, "coordinator") == 0;

  self->store = g_object_ref (store);
  self->engine = engine ? g_object_ref (engine) : NULL;
  self->case_id = case_id;
  /* Only a coordinator may read the access history the right of access
   * includes (the server checks too). */
  gtk_widget_set_visible (self->access_row, coordinator);
  if (!coordinator)
    adw_preferences_group_set_description (self->purpose_group,
                                           _("A resident’s request for access is printed by your coordinator: "
                                             "only a coordinator can read the access history it must include."));
  return self;
}
