/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-app-partner"
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "bw-access-history-window.h"
#include "bw-audit-entry.h"
#include "bw-date.h"
#include "bw-export.h"

struct _BwAccessHistoryWindow
{
  AdwWindow parent_instance;

  BwSyncEngine *engine;
  char *case_uuid;
  BwCaseStore *store;       /* the team's history: names its cases */
  gboolean team;
  GListStore *entries;      /* the pages loaded so far, newest first */
  gint64 next_before;       /* the next, older page; 0: the oldest is in */
  guint page_size;
  GCancellable *cancellable;
  GtkFileChooserNative *chooser;
  gboolean loading;
  gboolean loading_older;

  /* template children */
  AdwToastOverlay *toast_overlay;
  AdwWindowTitle *title;
  GtkStack *stack;
  GtkSpinner *spinner;
  AdwStatusPage *error_page;
  GtkColumnView *column_view;
  GtkWidget *older_bar;
  GtkWidget *older_button;
  GtkWidget *filter_bar;
  GtkDropDown *action_filter;
  GtkDropDown *role_filter;
  GtkDropDown *period_filter;
};

/* The team history's filters, in the order of their dropdowns; the first
 * of each is "any". */
static const char *const action_keys[] = { NULL, "open", "deliver", "denied", "export", "create", "update",
                                           "delete", "share", "withdraw", "purge" };
static const char *const role_keys[] = { NULL, "partner", "buurtteam", "coordinator", "trainer" };
/* Months back from this month's first day; -1 is any time. */
static const int period_months[] = { -1, 0, 2, 11 };

/* Entries a page: the server gives at most 1000. */
#define DEFAULT_PAGE_SIZE 100

G_DEFINE_FINAL_TYPE (BwAccessHistoryWindow, bw_access_history_window, ADW_TYPE_WINDOW)

enum {
  EXPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef enum {
  COLUMN_WHEN,
  COLUMN_WHO,
  COLUMN_ROLE,
  COLUMN_ACTION,
  COLUMN_RECORD,
  COLUMN_CLIENT,
  N_COLUMNS
} Column;

static char *
column_text (BwAuditEntry *entry,
             Column        column)
{
  switch (column)
    {
    case COLUMN_WHEN:
      return bw_audit_entry_format_at (entry);
    case COLUMN_WHO:
      return g_strdup (bw_audit_entry_get_user_name (entry));
    case COLUMN_ROLE:
      return g_strdup (bw_audit_role_to_label (bw_audit_entry_get_role (entry)));
    case COLUMN_ACTION:
      return g_strdup (bw_audit_action_to_label (bw_audit_entry_get_action (entry)));
    case COLUMN_RECORD:
      return g_strdup (bw_audit_record_type_to_label (bw_audit_entry_get_record_type (entry)));
    case COLUMN_CLIENT:
      {
        const char *client = bw_audit_entry_get_client (entry);
        const char *peer = bw_audit_entry_get_peer (entry);

        /* The desktop's id is long: its start tells desktops apart. */
        if (client && peer)
          return g_strdup_printf ("%.8s · %s", client, peer);
        return g_strdup (client ? client : peer);
      }
    case N_COLUMNS:
    default:
      break;
    }
  return NULL;
}

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  Column column = GPOINTER_TO_INT (user_data);
  g_autofree char *text = column_text (gtk_list_item_get_item (item), column);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), text ? text : "");
}

static void
add_column (BwAccessHistoryWindow *self,
            const char            *title,
            Column                 column,
            gboolean               expand)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) col = NULL;

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), GINT_TO_POINTER (column));
  col = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_expand (col, expand);
  gtk_column_view_column_set_resizable (col, TRUE);
  gtk_column_view_append_column (self->column_view, col);
}

/* Loading: the newest page at once, older pages on request */

static void
update_older (BwAccessHistoryWindow *self)
{
  guint n = self->entries ? g_list_model_get_n_items (G_LIST_MODEL (self->entries)) : 0;
  g_autofree char *count = NULL;

  gtk_widget_set_visible (self->older_bar, self->entries != NULL && self->next_before != 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "history.load-older",
                                 self->next_before != 0 && !self->loading && !self->loading_older);
  if (self->entries == NULL)
    return;
  if (self->next_before != 0)
    /* TRANSLATORS: under the title of the access history, while older entries are not loaded */
    count = g_strdup_printf (ngettext ("The newest %u entry", "The newest %u entries", n), n);
  else
    /* TRANSLATORS: under the title of the access history */
    count = g_strdup_printf (ngettext ("%u entry", "%u entries", n), n);
  adw_window_title_set_subtitle (self->title, count);
}

static void
append_page (BwAccessHistoryWindow *self,
             GListModel            *page)
{
  guint n = g_list_model_get_n_items (page);
  g_autoptr(GPtrArray) items = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (items, g_list_model_get_item (page, i));
  /* One change for the whole page: the rows on screen stay where they are. */
  g_list_store_splice (self->entries, g_list_model_get_n_items (G_LIST_MODEL (self->entries)), 0,
                       items->pdata, items->len);
}

static void
first_page_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(BwAccessHistoryWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  gint64 next_before = 0;
  g_autoptr(GListModel) page =
    bw_sync_engine_access_history_page_finish (BW_SYNC_ENGINE (source), result, &next_before, &error);

  /* Closed or loaded again meanwhile: not for this window any more. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || self->stack == NULL)
    return;
  self->loading = FALSE;
  gtk_spinner_stop (self->spinner);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "history.reload", TRUE);
  if (page == NULL)
    {
      adw_status_page_set_description (self->error_page, error->message);
      gtk_stack_set_visible_child_name (self->stack, "error");
      update_older (self);
      return;
    }
  self->entries = g_list_store_new (BW_TYPE_AUDIT_ENTRY);
  self->next_before = next_before;
  append_page (self, page);
  gtk_column_view_set_model (self->column_view,
                             GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->entries)))));
  gtk_stack_set_visible_child_name (self->stack, "list");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "history.export", TRUE);
  update_older (self);
}

static void
older_page_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(BwAccessHistoryWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  gint64 next_before = 0;
  g_autoptr(GListModel) page =
    bw_sync_engine_access_history_page_finish (BW_SYNC_ENGINE (source), result, &next_before, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || self->stack == NULL)
    return;
  self->loading_older = FALSE;
  if (page == NULL)
    {
      /* What is on screen stays; the button tries again. */
      g_autofree char *text = g_strdup_printf (_("Could not load older entries: %s"), error->message);

      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (text));
      update_older (self);
      return;
    }
  self->next_before = next_before;
  append_page (self, page);
  update_older (self);
}

static const char *
filter_action (BwAccessHistoryWindow *self)
{
  guint i = gtk_drop_down_get_selected (self->action_filter);

  return i < G_N_ELEMENTS (action_keys) ? action_keys[i] : NULL;
}

static const char *
filter_role (BwAccessHistoryWindow *self)
{
  guint i = gtk_drop_down_get_selected (self->role_filter);

  return i < G_N_ELEMENTS (role_keys) ? role_keys[i] : NULL;
}

/* The first day of the period chosen, or NULL for any time. */
static char *
filter_since (BwAccessHistoryWindow *self)
{
  guint i = gtk_drop_down_get_selected (self->period_filter);
  g_autofree char *today = NULL;
  g_autofree char *first = NULL;

  if (i >= G_N_ELEMENTS (period_months) || period_months[i] < 0)
    return NULL;
  today = bw_date_today ();
  first = g_strdup_printf ("%.7s-01", today);
  return bw_date_add_months (first, -period_months[i]);
}

static void load (BwAccessHistoryWindow *self);

static void
filter_changed_cb (BwAccessHistoryWindow *self)
{
  load (self);
}

/* The case a row of the team's history is about, by the name this
 * desktop has for it. */
static void
bind_case_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              BwAccessHistoryWindow    *self)
{
  const char *uuid = bw_audit_entry_get_case_uuid (gtk_list_item_get_item (item));
  gint64 id = uuid && self->store ? bw_case_store_find_case_id (self->store, uuid) : 0;
  g_autoptr(BwCase) c = id > 0 ? bw_case_store_get_case (self->store, id, NULL) : NULL;

  /* An export of a report or the map is about no case. */
  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)),
                      c ? bw_case_get_name (c) : uuid ? _("(not on this computer)") : _("(no case)"));
}

static void
load (BwAccessHistoryWindow *self)
{
  /* A page still on its way belongs to the previous load. */
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  g_clear_object (&self->entries);
  self->next_before = 0;
  self->loading_older = FALSE;
  gtk_column_view_set_model (self->column_view, NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "history.export", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "history.reload", FALSE);
  update_older (self);
  if (self->engine == NULL || !bw_sync_engine_is_configured (self->engine))
    {
      adw_status_page_set_description (self->error_page,
                                       _("This desktop is not connected to the server. Connect in Preferences and try again."));
      gtk_stack_set_visible_child_name (self->stack, "error");
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "history.reload", TRUE);
      return;
    }
  self->loading = TRUE;
  gtk_spinner_start (self->spinner);
  gtk_stack_set_visible_child_name (self->stack, "loading");
  if (self->team)
    {
      g_autofree char *since = filter_since (self);

      bw_sync_engine_team_history_page_async (self->engine, filter_action (self), filter_role (self), since, 0,
                                              self->page_size, self->cancellable, first_page_cb,
                                              g_object_ref (self));
    }
  else
    bw_sync_engine_access_history_page_async (self->engine, self->case_uuid, 0, self->page_size,
                                              self->cancellable, first_page_cb, g_object_ref (self));
}

static void
load_older_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  BwAccessHistoryWindow *self = BW_ACCESS_HISTORY_WINDOW (widget);

  if (self->entries == NULL || self->next_before == 0 || self->loading || self->loading_older)
    return;
  self->loading_older = TRUE;
  update_older (self);
  if (self->team)
    {
      g_autofree char *since = filter_since (self);

      bw_sync_engine_team_history_page_async (self->engine, filter_action (self), filter_role (self), since,
                                              self->next_before, self->page_size, self->cancellable,
                                              older_page_cb, g_object_ref (self));
    }
  else
    bw_sync_engine_access_history_page_async (self->engine, self->case_uuid, self->next_before, self->page_size,
                                              self->cancellable, older_page_cb, g_object_ref (self));
}

/* Export */

static void
written_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(BwAccessHistoryWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!bw_export_write_finish (G_FILE (source), result, &error))
    {
      if (self->toast_overlay == NULL)
        return;
      g_autofree char *text = g_strdup_printf (_("Could not export the access history: %s"), error->message);
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (text));
      g_signal_emit (self, signals[EXPORTED], 0, FALSE);
      return;
    }
  if (self->engine != NULL)
    bw_export_report (bw_sync_engine_get_store (self->engine),
                      self->team ? "team_access_history_csv" : "access_history_csv", self->case_uuid);
  if (self->toast_overlay != NULL)
    adw_toast_overlay_add_toast (self->toast_overlay, bw_export_saved_toast (G_FILE (source)));
  g_signal_emit (self, signals[EXPORTED], 0, TRUE);
}

static void
write_csv (BwAccessHistoryWindow *self,
           GListModel            *entries,
           GFile                 *file)
{
  char *csv = bw_audit_entries_to_csv (entries);
  g_autoptr(GBytes) bytes = g_bytes_new_take (csv, strlen (csv));

  bw_export_write_async (file, bytes, written_cb, g_object_ref (self));
}

static void
whole_history_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  BwAccessHistoryWindow *self = g_task_get_source_object (task);
  GFile *file = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) entries = bw_sync_engine_access_history_finish (BW_SYNC_ENGINE (source), result, &error);

  if (entries == NULL)
    {
      if (self->toast_overlay != NULL)
        {
          g_autofree char *text = g_strdup_printf (_("Could not export the access history: %s"), error->message);
          adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (text));
        }
      g_signal_emit (self, signals[EXPORTED], 0, FALSE);
      return;
    }
  write_csv (self, entries, file);
}

void
bw_access_history_window_export_to (BwAccessHistoryWindow *self,
                                    GFile                 *file)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (BW_IS_ACCESS_HISTORY_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (self->entries != NULL);

  if (self->next_before == 0)
    {
      write_csv (self, G_LIST_MODEL (self->entries), file);
      return;
    }
  /* Not all on screen yet: the export holds the whole history, all its
   * pages fetched now (not cancelled when the window closes). */
  task = g_task_new (self, NULL, NULL, NULL);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  if (self->team)
    {
      g_autofree char *since = filter_since (self);

      bw_sync_engine_team_history_async (self->engine, filter_action (self), filter_role (self), since, NULL,
                                         whole_history_cb, g_steal_pointer (&task));
    }
  else
    bw_sync_engine_access_history_async (self->engine, self->case_uuid, NULL, whole_history_cb,
                                         g_steal_pointer (&task));
}

static void
chooser_response_cb (GtkNativeDialog       *chooser,
                     int                    response,
                     BwAccessHistoryWindow *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL && self->entries != NULL)
        bw_access_history_window_export_to (self, file);
    }
  g_clear_object (&self->chooser);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  BwAccessHistoryWindow *self = BW_ACCESS_HISTORY_WINDOW (widget);
  g_autofree char *day = bw_date_today ();
  /* TRANSLATORS: the suggested file name of the export; %s is a date */
  g_autofree char *name = g_strdup_printf (_("access-history-%s.csv"), day);

  if (self->entries == NULL || self->chooser != NULL)
    return;
  self->chooser = bw_export_chooser_new (GTK_WINDOW (self), _("Export Access History"), _("_Export"), name);
  g_signal_connect (self->chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  load (BW_ACCESS_HISTORY_WINDOW (widget));
}

/* Public */

GListModel *
bw_access_history_window_get_entries (BwAccessHistoryWindow *self)
{
  g_return_val_if_fail (BW_IS_ACCESS_HISTORY_WINDOW (self), NULL);
  return G_LIST_MODEL (self->entries);
}

gboolean
bw_access_history_window_get_loading (BwAccessHistoryWindow *self)
{
  g_return_val_if_fail (BW_IS_ACCESS_HISTORY_WINDOW (self), FALSE);
  return self->loading || self->loading_older;
}

void
bw_access_history_window_set_page_size (BwAccessHistoryWindow *self,
                                        guint                  page_size)
{
  g_return_if_fail (BW_IS_ACCESS_HISTORY_WINDOW (self));
  g_return_if_fail (page_size >= 1 && page_size <= 1000);

  if (self->page_size == page_size)
    return;
  self->page_size = page_size;
  load (self);
}

BwAccessHistoryWindow *
bw_access_history_window_new (GtkWindow    *parent,
                              BwSyncEngine *engine,
                              const char   *case_uuid,
                              const char   *case_name)
{
  BwAccessHistoryWindow *self = g_object_new (BW_TYPE_ACCESS_HISTORY_WINDOW,
                                              "transient-for", parent, NULL);

  self->engine = engine ? g_object_ref (engine) : NULL;
  self->case_uuid = g_strdup (case_uuid);
  if (case_name)
    {
      /* TRANSLATORS: window title; %s is the resident's name */
      g_autofree char *title = g_strdup_printf (_("Access History of %s"), case_name);
      adw_window_title_set_title (self->title, title);
      gtk_window_set_title (GTK_WINDOW (self), title);
    }
  load (self);
  return self;
}

BwAccessHistoryWindow *
bw_access_history_window_new_for_team (GtkWindow    *parent,
                                       BwSyncEngine *engine,
                                       BwCaseStore  *store)
{
  BwAccessHistoryWindow *self = g_object_new (BW_TYPE_ACCESS_HISTORY_WINDOW,
                                              "transient-for", parent, NULL);
  g_autoptr(GtkStringList) actions = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) roles = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) periods = gtk_string_list_new (NULL);
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) column = NULL;

  self->engine = engine ? g_object_ref (engine) : NULL;
  self->store = store ? g_object_ref (store) : NULL;
  self->team = TRUE;
  adw_window_title_set_title (self->title, _("Access History of the Team"));
  gtk_window_set_title (GTK_WINDOW (self), _("Access History of the Team"));

  gtk_string_list_append (actions, _("All actions"));
  for (guint i = 1; i < G_N_ELEMENTS (action_keys); i++)
    gtk_string_list_append (actions, bw_audit_action_to_label (action_keys[i]));
  gtk_string_list_append (roles, _("Everyone"));
  for (guint i = 1; i < G_N_ELEMENTS (role_keys); i++)
    gtk_string_list_append (roles, bw_audit_role_to_label (role_keys[i]));
  gtk_string_list_append (periods, _("Any time"));
  gtk_string_list_append (periods, _("This month"));
  gtk_string_list_append (periods, _("The last 3 months"));
  gtk_string_list_append (periods, _("The last 12 months"));
  gtk_drop_down_set_model (self->action_filter, G_LIST_MODEL (actions));
  gtk_drop_down_set_model (self->role_filter, G_LIST_MODEL (roles));
  gtk_drop_down_set_model (self->period_filter, G_LIST_MODEL (periods));
  gtk_widget_set_visible (self->filter_bar, TRUE);
  for (GtkDropDown **d = (GtkDropDown *[]) { self->action_filter, self->role_filter, self->period_filter, NULL };
       *d; d++)
    g_signal_connect_object (*d, "notify::selected", G_CALLBACK (filter_changed_cb), self, G_CONNECT_SWAPPED);

  /* Which case, second: the history spans the team's cases. */
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), NULL);
  g_signal_connect_object (factory, "bind", G_CALLBACK (bind_case_cb), self, 0);
  column = gtk_column_view_column_new (_("Case"), factory);
  gtk_column_view_column_set_resizable (column, TRUE);
  gtk_column_view_insert_column (self->column_view, 1, column);
  load (self);
  return self;
}

static void
bw_access_history_window_dispose (GObject *object)
{
  BwAccessHistoryWindow *self = BW_ACCESS_HISTORY_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  if (self->chooser)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), BW_TYPE_ACCESS_HISTORY_WINDOW);
  g_clear_object (&self->engine);
  g_clear_object (&self->entries);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->case_uuid, g_free);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (bw_access_history_window_parent_class)->dispose (object);
}

static void
bw_access_history_window_class_init (BwAccessHistoryWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bw_access_history_window_dispose;

  /* After an export: whether the file was written. */
  signals[EXPORTED] = g_signal_new ("exported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_BOOLEAN);

  gtk_widget_class_set_template_from_resource (widget_class, "/nl/heerlen/Buurtwerk/ui/bw-access-history-window.ui");
  gtk_widget_class_bind_template_child (widget_class, BwAccessHistoryWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, BwAccessHistoryWindow, title);
  gtk_widget_class_bind_template_child (widget_class, BwAccessHistoryWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, BwAccessHistoryWindow, spinner);
  gtk_widget_class_bind_template_child (widget_class, BwAccessHistoryWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, BwAccessHistoryWindow, column_view);
  gtk_widget_class_bind_template_child (widget_class, BwAccessHistoryWindow, older_bar);
  gtk_widget_class_bind_template_child (widget_class, BwAccessHistoryWindow, older_button);
  gtk_widget_class_bind_template_child (widget_class, BwAccessHistoryWindow, filter_bar);
  gtk_widget_class_bind_template_child (widget_class, BwAccessHistoryWindow, action_filter);
  gtk_widget_class_bind_template_child (widget_class, BwAccessHistoryWindow, role_filter);
  gtk_widget_class_bind_template_child (widget_class, BwAccessHistoryWindow, period_filter);

  gtk_widget_class_install_action (widget_class, "history.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "history.reload", NULL, reload_action);
  gtk_widget_class_install_action (widget_class, "history.load-older", NULL, load_older_action);
  bw_export_install_open_action (widget_class);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
bw_access_history_window_init (BwAccessHistoryWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  self->page_size = DEFAULT_PAGE_SIZE;

  add_column (self, _("When"), COLUMN_WHEN, FALSE);
  add_column (self, _("Who"), COLUMN_WHO, FALSE);
  add_column (self, _("Role"), COLUMN_ROLE, FALSE);
  add_column (self, _("Action"), COLUMN_ACTION, FALSE);
  add_column (self, _("Record"), COLUMN_RECORD, TRUE);
  add_column (self, _("Client"), COLUMN_CLIENT, FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "history.export", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "history.load-older", FALSE);
}
