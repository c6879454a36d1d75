/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-app-sync"
#include "config.h"

#include <glib/gi18n.h>

#include "bw-conflicts-window.h"
#include "bw-field.h"

struct _BwConflictsWindow
{
  AdwWindow parent_instance;

  BwCaseStore *store;
  BwSyncEngine *engine;
  GPtrArray *rows;

  AdwToastOverlay *toast_overlay;
  GtkStack *stack;
  AdwPreferencesGroup *conflicts_group;
  AdwPreferencesGroup *problems_group;
  AdwPreferencesGroup *set_aside_group;
};

G_DEFINE_FINAL_TYPE (BwConflictsWindow, bw_conflicts_window, ADW_TYPE_WINDOW)

/* The field's label from its record's field table; "deleted" is the
 * record's own bookkeeping. */
static const char *
field_label (const char *type_key,
             const char *field)
{
  BwRecordType type;

  if (g_strcmp0 (field, "deleted") == 0)
    return _("Deleted");
  if (!bw_record_type_from_key (type_key, &type))
    return field;
  return bw_field_label (type, field);
}

static char *
case_name (BwConflictsWindow *self,
           const char        *case_uuid)
{
  gint64 id = case_uuid ? bw_case_store_find_case_id (self->store, case_uuid) : 0;
  g_autoptr(BwCase) c = id ? bw_case_store_get_case (self->store, id, NULL) : NULL;

  return g_strdup (c ? bw_case_get_name (c) : _("Unknown case"));
}

static void refill (BwConflictsWindow *self);

static void
decide (BwConflictsWindow *self,
        GtkWidget         *button,
        BwConflictChoice   choice,
        const char        *value)
{
  BwSyncConflict *conflict = g_object_get_data (G_OBJECT (button), "conflict");
  g_autoptr(GError) error = NULL;

  if (!bw_sync_engine_resolve (self->engine, bw_sync_conflict_get_id (conflict), choice, value, &error))
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      return;
    }
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_("Decision saved; it is sent at the next sync")));
}

static void
keep_mine_cb (GtkButton         *button,
              BwConflictsWindow *self)
{
  decide (self, GTK_WIDGET (button), BW_CONFLICT_KEEP_MINE, NULL);
}

static void
take_theirs_cb (GtkButton         *button,
                BwConflictsWindow *self)
{
  decide (self, GTK_WIDGET (button), BW_CONFLICT_TAKE_THEIRS, NULL);
}

static void
use_typed_cb (GtkEditable       *entry,
              BwConflictsWindow *self)
{
  BwSyncConflict *conflict = g_object_get_data (G_OBJECT (entry), "conflict");
  g_autoptr(JsonNode) node = json_node_init_string (json_node_alloc (), gtk_editable_get_text (entry));
  g_autofree char *value = json_to_string (node, FALSE);
  g_autoptr(JsonNode) server = json_from_string (bw_sync_conflict_get_server_value (conflict), NULL);

  /* Only text fields are edited as text; the others are chosen. */
  if (server != NULL && JSON_NODE_HOLDS_VALUE (server) &&
      json_node_get_value_type (server) != G_TYPE_STRING)
    {
      adw_toast_overlay_add_toast (self->toast_overlay,
                                   adw_toast_new (_("Choose one of the two values for this field")));
      return;
    }
  decide (self, GTK_WIDGET (entry), BW_CONFLICT_USE_VALUE, value);
}

static GtkWidget *
decision_button (BwConflictsWindow *self,
                 BwSyncConflict    *conflict,
                 const char        *label,
                 const char        *accessible,
                 GCallback          callback)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  g_object_set_data_full (G_OBJECT (button), "conflict", g_object_ref (conflict), g_object_unref);
  g_signal_connect (button, "clicked", callback, self);
  return button;
}

static void
add_conflict_row (BwConflictsWindow *self,
                  BwSyncConflict    *conflict)
{
  g_autofree char *name = case_name (self, bw_sync_conflict_get_case_uuid (conflict));
  g_autofree char *mine = bw_sync_conflict_format_value (bw_sync_conflict_get_local_value (conflict));
  g_autofree char *theirs = bw_sync_conflict_format_value (bw_sync_conflict_get_server_value (conflict));
  g_autofree char *title = g_strdup_printf ("%s — %s", name, field_label (bw_sync_conflict_get_record_type (conflict), bw_sync_conflict_get_field (conflict)));
  /* TRANSLATORS: the two versions of a field in a sync conflict */
  g_autofree char *subtitle = g_strdup_printf (_("Here: %s\nOn the server: %s"), mine, theirs);
  g_autofree char *keep_label = g_strdup_printf (_("Keep “%s” for %s"), mine, title);
  g_autofree char *take_label = g_strdup_printf (_("Take “%s” for %s"), theirs, title);
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *actions = adw_action_row_new ();
  GtkWidget *edit = adw_entry_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (actions), _("Which version is right?"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (actions),
                             decision_button (self, conflict, _("_Keep Mine"), keep_label, G_CALLBACK (keep_mine_cb)));
  adw_action_row_add_suffix (ADW_ACTION_ROW (actions),
                             decision_button (self, conflict, _("_Take Server’s"), take_label, G_CALLBACK (take_theirs_cb)));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), actions);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (edit), _("Or enter another value"));
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (edit), TRUE);
  g_object_set_data_full (G_OBJECT (edit), "conflict", g_object_ref (conflict), g_object_unref);
  g_signal_connect (edit, "apply", G_CALLBACK (use_typed_cb), self);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), edit);

  adw_preferences_group_add (self->conflicts_group, row);
  g_ptr_array_add (self->rows, row);
}

static void
dismiss_cb (GtkButton         *button,
            BwConflictsWindow *self)
{
  BwSyncConflict *problem = g_object_get_data (G_OBJECT (button), "conflict");
  g_autoptr(GError) error = NULL;

  if (!bw_sync_engine_dismiss_problem (self->engine, bw_sync_conflict_get_id (problem), &error))
    adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
}

static void
add_problem_row (BwConflictsWindow *self,
                 BwSyncConflict    *problem)
{
  g_autofree char *name = case_name (self, bw_sync_conflict_get_case_uuid (problem));
  g_autofree char *label = g_strdup_printf (_("Dismiss the message about %s"), name);
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), bw_sync_conflict_get_message (problem));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             decision_button (self, problem, _("_Dismiss"), label, G_CALLBACK (dismiss_cb)));
  adw_preferences_group_add (self->problems_group, row);
  g_ptr_array_add (self->rows, row);
}

static const char *
record_kind_label (const char *type)
{
  static const struct { const char *type; const char *label; } labels[] = {
    { "case", N_("Case") },
    { "journal", N_("Journal note") },
    { "action", N_("Action") },
    { "assessment", N_("Assessment") },
    { "track_change", N_("Change of cascade track") },
    { "involvement", N_("Involved organisation") },
    { "share", N_("Share with a partner") },
    { "partner_note", N_("Partner note") },
    { "offer", N_("Training offer") },
    { "session", N_("Session") },
    { "enrolment", N_("Enrolment") },
    { "attendance", N_("Attendance") },
    { "purge", N_("Removal after the retention period") },
  };

  for (guint i = 0; type != NULL && i < G_N_ELEMENTS (labels); i++)
    if (g_str_equal (labels[i].type, type))
      return _(labels[i].label);
  return _("Unknown record");
}

static void
add_set_aside_row (BwConflictsWindow *self,
                   BwSyncConflict    *record)
{
  const char *case_uuid = bw_sync_conflict_get_case_uuid (record);
  const char *reason = bw_sync_conflict_get_message (record);
  g_autofree char *name = case_uuid ? case_name (self, case_uuid) : NULL;
  g_autofree char *title = name ? g_strdup_printf ("%s — %s", name, record_kind_label (bw_sync_conflict_get_record_type (record)))
                                : g_strdup (record_kind_label (bw_sync_conflict_get_record_type (record)));
  g_autofree char *subtitle = NULL;
  GtkWidget *row = adw_action_row_new ();

  if (reason != NULL && *reason != '\0')
    /* TRANSLATORS: %s says which field could not be read */
    subtitle = g_strdup_printf (_("A change from the server could not be read and was set aside (%s)"), reason);
  else
    subtitle = g_strdup (_("A change from the server could not be read and was set aside"));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("dialog-warning-symbolic"));
  adw_preferences_group_add (self->set_aside_group, row);
  g_ptr_array_add (self->rows, row);
}

static void
refill (BwConflictsWindow *self)
{
  g_autoptr(GListModel) conflicts = bw_sync_engine_list_conflicts (self->engine);
  g_autoptr(GListModel) problems = bw_sync_engine_list_problems (self->engine);
  guint n_conflicts = g_list_model_get_n_items (conflicts);
  g_autoptr(GListModel) set_aside = bw_sync_engine_list_set_aside (self->engine);
  guint n_problems = g_list_model_get_n_items (problems);
  guint n_set_aside = g_list_model_get_n_items (set_aside);

  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->rows, i);
      adw_preferences_group_remove (ADW_PREFERENCES_GROUP (gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP)), row);
    }
  g_ptr_array_set_size (self->rows, 0);

  for (guint i = 0; i < n_conflicts; i++)
    {
      g_autoptr(BwSyncConflict) c = g_list_model_get_item (conflicts, i);
      add_conflict_row (self, c);
    }
  for (guint i = 0; i < n_problems; i++)
    {
      g_autoptr(BwSyncConflict) p = g_list_model_get_item (problems, i);
      add_problem_row (self, p);
    }
  for (guint i = 0; i < n_set_aside; i++)
    {
      g_autoptr(BwSyncConflict) r = g_list_model_get_item (set_aside, i);
      add_set_aside_row (self, r);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->conflicts_group), n_conflicts > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->problems_group), n_problems > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->set_aside_group), n_set_aside > 0);
  gtk_stack_set_visible_child_name (self->stack, n_conflicts + n_problems + n_set_aside > 0 ? "list" : "empty");
}

static void
bw_conflicts_window_dispose (GObject *object)
{
  BwConflictsWindow *self = BW_CONFLICTS_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), BW_TYPE_CONFLICTS_WINDOW);
  g_clear_object (&self->engine);
  g_clear_object (&self->store);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (bw_conflicts_window_parent_class)->dispose (object);
}

static void
bw_conflicts_window_class_init (BwConflictsWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = bw_conflicts_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/nl/heerlen/Buurtwerk/ui/bw-conflicts-window.ui");
  gtk_widget_class_bind_template_child (widget_class, BwConflictsWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, BwConflictsWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, BwConflictsWindow, conflicts_group);
  gtk_widget_class_bind_template_child (widget_class, BwConflictsWindow, problems_group);
  gtk_widget_class_bind_template_child (widget_class, BwConflictsWindow, set_aside_group);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
bw_conflicts_window_init (BwConflictsWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = g_ptr_array_new ();
}

GtkWidget *
bw_conflicts_window_new (GtkWindow    *parent,
                         BwCaseStore  *store,
                         BwSyncEngine *engine)
{
  BwConflictsWindow *self = g_object_new (BW_TYPE_CONFLICTS_WINDOW, "transient-for", parent, NULL);

  self->store = g_object_ref (store);
  self->engine = g_object_ref (engine);
  g_signal_connect_object (engine, "conflicts-changed", G_CALLBACK (refill), self, G_CONNECT_SWAPPED);
  refill (self);
  return GTK_WIDGET (self);
}
