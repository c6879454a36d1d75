/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-app-team"
#include "config.h"

#include <glib/gi18n.h>

#include "bw-reassign-dialog.h"
#include "bw-sync-button.h"
#include "bw-team-page.h"

struct _BwTeamPage
{
  AdwBin parent_instance;

  BwCaseStore *store;
  GCancellable *cancellable;
  gboolean reading;
  gboolean read_again;       /* a change came while reading */

  AdwViewSwitcher *view_switcher;
  AdwPreferencesGroup *workers_group;
  GtkListBox *workers_list;
  GtkWidget *empty_label;
};

G_DEFINE_FINAL_TYPE (BwTeamPage, bw_team_page, ADW_TYPE_BIN)

enum {
  SHOW_WORKER,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

#define USER_ID "bw-user-id"

typedef struct {
  GPtrArray *loads;
  guint contact_weeks;
} Overview;

static void
overview_free (Overview *o)
{
  g_clear_pointer (&o->loads, g_ptr_array_unref);
  g_free (o);
}

static gpointer
read_overview (BwCaseStore  *store,
               gpointer      data,
               GError      **error)
{
  Overview *o = g_new0 (Overview, 1);

  o->contact_weeks = bw_case_store_get_contact_weeks (store);
  o->loads = bw_case_store_list_caseloads (store, error);
  if (o->loads == NULL)
    {
      overview_free (o);
      return NULL;
    }
  return o;
}

/* A worker's open cases and the other workers, for the dialog. */
typedef struct {
  gint64 user_id;
  char *name;
  GListModel *cases;
  GListModel *workers;
} Handover;

static void
handover_free (Handover *h)
{
  g_free (h->name);
  g_clear_object (&h->cases);
  g_clear_object (&h->workers);
  g_free (h);
}

static gpointer
read_handover (BwCaseStore  *store,
               gpointer      data,
               GError      **error)
{
  Handover *h = data;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GListModel) members = bw_case_store_list_team_members (store);
  GListStore *cases = g_list_store_new (BW_TYPE_CASE);
  GListStore *workers = g_list_store_new (BW_TYPE_TEAM_MEMBER);
  BwCaseQuery q;

  bw_case_query_init (&q);
  q.owner = h->user_id;
  ids = bw_case_store_query_ids (store, &q, error);
  for (guint i = 0; ids != NULL && i < ids->len; i++)
    {
      g_autoptr(BwCase) c = bw_case_store_get_case (store, g_array_index (ids, gint64, i), NULL);

      if (c != NULL && bw_case_get_status (c) != BW_CASE_STATUS_CLOSED)
        g_list_store_append (cases, c);
    }
  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(BwTeamMember) m = g_list_model_get_item (members, i);

      if (g_strcmp0 (bw_team_member_get_role (m), "buurtteam") == 0 && bw_team_member_get_id (m) != h->user_id)
        g_list_store_append (workers, m);
    }
  h->cases = G_LIST_MODEL (cases);
  h->workers = G_LIST_MODEL (workers);
  return ids != NULL ? h : NULL;
}

static void
handover_read (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(BwTeamPage) self = user_data;
  g_autoptr(GError) error = NULL;
  Handover *h = bw_case_store_read_finish (BW_CASE_STORE (source), result, &error);
  BwReassignDialog *dialog;

  if (h == NULL || self->store == NULL)
    return;
  dialog = bw_reassign_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), self->store, h->name,
                                   h->cases, h->workers);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
hand_over_clicked (GtkButton  *button,
                   BwTeamPage *self)
{
  Handover *h = g_new0 (Handover, 1);
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (button), ADW_TYPE_ACTION_ROW);

  h->user_id = *(gint64 *) g_object_get_data (G_OBJECT (row), USER_ID);
  h->name = g_strdup (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
  bw_case_store_read_async (self->store, read_handover, h, (GDestroyNotify) handover_free, self->cancellable,
                            handover_read, g_object_ref (self));
}

static void
row_activated (AdwActionRow *row,
               BwTeamPage   *self)
{
  g_signal_emit (self, signals[SHOW_WORKER], 0, *(gint64 *) g_object_get_data (G_OBJECT (row), USER_ID));
}

static GtkWidget *
caseload_row (BwTeamPage *self,
              BwCaseload *load)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Hand Over Cases…"));
  g_autofree char *counts = g_strdup_printf (_("Open cases: %u · Overdue actions: %u · Without contact: %u"),
                                             load->open_cases, load->overdue_actions, load->without_contact);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), load->name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), counts);
  gtk_widget_set_tooltip_text (row, _("Show this worker’s cases"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), USER_ID, g_memdup2 (&load->user_id, sizeof load->user_id), g_free);
  g_signal_connect (row, "activated", G_CALLBACK (row_activated), self);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_sensitive (button, load->open_cases > 0);
  g_signal_connect (button, "clicked", G_CALLBACK (hand_over_clicked), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  return row;
}

static void
overview_read (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(BwTeamPage) self = user_data;
  g_autoptr(GError) error = NULL;
  Overview *o = bw_case_store_read_finish (BW_CASE_STORE (source), result, &error);
  GtkWidget *child;
  g_autofree char *description = NULL;

  self->reading = FALSE;
  if (self->read_again && self->store != NULL)
    {
      self->read_again = FALSE;
      g_clear_pointer (&o, overview_free);
      bw_team_page_reload (self);
      return;
    }
  if (o == NULL)
    return;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->workers_list))) != NULL)
    gtk_list_box_remove (self->workers_list, child);
  for (guint i = 0; i < o->loads->len; i++)
    gtk_list_box_append (self->workers_list, caseload_row (self, g_ptr_array_index (o->loads, i)));
  gtk_widget_set_visible (GTK_WIDGET (self->workers_list), o->loads->len > 0);
  gtk_widget_set_visible (self->empty_label, o->loads->len == 0);
  description = g_strdup_printf (ngettext (
                                            "Without contact: no contact for %u week or more.",
                                            "Without contact: no contact for %u weeks or more.",
                                            o->contact_weeks), o->contact_weeks);
  adw_preferences_group_set_description (self->workers_group, description);
  overview_free (o);
}

void
bw_team_page_reload (BwTeamPage *self)
{
  g_return_if_fail (BW_IS_TEAM_PAGE (self));

  if (self->store == NULL)
    return;
  if (self->reading)
    {
      self->read_again = TRUE;
      return;
    }
  self->reading = TRUE;
  bw_case_store_read_async (self->store, read_overview, NULL, NULL, self->cancellable, overview_read,
                            g_object_ref (self));
}

static void
store_changed (BwTeamPage *self)
{
  /* Read only while on screen; showing it reads again. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    bw_team_page_reload (self);
}

void
bw_team_page_set_store (BwTeamPage  *self,
                        BwCaseStore *store)
{
  g_return_if_fail (BW_IS_TEAM_PAGE (self));
  g_return_if_fail (self->store == NULL);

  self->store = g_object_ref (store);
  g_signal_connect_object (store, "case-changed", G_CALLBACK (store_changed), self, G_CONNECT_SWAPPED);
}

void
bw_team_page_set_stack (BwTeamPage   *self,
                        AdwViewStack *stack)
{
  g_return_if_fail (BW_IS_TEAM_PAGE (self));
  adw_view_switcher_set_stack (self->view_switcher, stack);
}

static void
bw_team_page_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (bw_team_page_parent_class)->map (widget);
  bw_team_page_reload (BW_TEAM_PAGE (widget));
}

static void
bw_team_page_dispose (GObject *object)
{
  BwTeamPage *self = BW_TEAM_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->store);
  gtk_widget_dispose_template (GTK_WIDGET (self), BW_TYPE_TEAM_PAGE);
  G_OBJECT_CLASS (bw_team_page_parent_class)->dispose (object);
}

static void
bw_team_page_class_init (BwTeamPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bw_team_page_dispose;
  widget_class->map = bw_team_page_map;

  signals[SHOW_WORKER] = g_signal_new ("show-worker", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                       NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  g_type_ensure (BW_TYPE_SYNC_BUTTON);
  gtk_widget_class_set_template_from_resource (widget_class, "/nl/heerlen/Buurtwerk/ui/bw-team-page.ui");
  gtk_widget_class_bind_template_child (widget_class, BwTeamPage, view_switcher);
  gtk_widget_class_bind_template_child (widget_class, BwTeamPage, workers_group);
  gtk_widget_class_bind_template_child (widget_class, BwTeamPage, workers_list);
  gtk_widget_class_bind_template_child (widget_class, BwTeamPage, empty_label);
}

static void
bw_team_page_init (BwTeamPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
}
