/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-app"
#include "config.h"

#include <glib/gi18n.h>

#include "bw-audit-entry.h"
#include "bw-case-list.h"
#include "bw-case-page.h"
#include "bw-case-row.h"
#include "bw-case-store-sharing.h"
#include "bw-case-selection.h"
#include "bw-export.h"
#include "bw-map-page.h"
#include "bw-owner-filter.h"
#include "bw-access-history-window.h"
#include "bw-planning-page.h"
#include "bw-reports-page.h"
#include "bw-partner-page.h"
#include "bw-sync-button.h"
#include "bw-team-page.h"
#include "bw-window.h"
#include "bw-work-page.h"

struct _BwWindow
{
  AdwApplicationWindow parent_instance;

  BwCaseStore *store;
  BwCaseList *cases;
  BwCaseSelection *selection;
  GSettings *settings;
  gint64 pending_case;       /* to show once the unsaved case is dealt with */
  gboolean closing;
  GMenu *account_section;    /* who is signed in, atop every primary menu */
  GPtrArray *account_names;  /* GtkLabel: the name, one per primary menu */
  GPtrArray *account_roles;  /* GtkLabel: the role */

  /* template children */
  AdwToastOverlay *toast_overlay;
  GtkWidget *new_case_button;
  GtkWidget *no_case_button;
  AdwStatusPage *no_case_page;
  AdwStatusPage *empty_page;
  AdwViewStack *main_stack;
  BwMapPage *map_page;
  BwPlanningPage *planning_page;
  BwReportsPage *reports_page;
  BwPlanning *planning;
  GtkToggleButton *filter_button;
  BwSyncButton *sync_button;
  BwSyncEngine *sync;
  AdwLeaflet *leaflet;
  GtkSearchEntry *search_entry;
  GtkDropDown *status_filter;
  GtkDropDown *track_filter;
  GtkDropDown *buurt_filter;
  GtkDropDown *debts_filter;
  BwOwnerFilter *owner_filter;
  GtkDropDown *sort_order;
  GtkStack *list_stack;
  GtkListView *case_list_view;
  GtkLabel *count_label;
  GtkStack *content_stack;
  BwCasePage *case_page;
  AdwViewStackPage *cases_stack_page;
  AdwViewStackPage *map_stack_page;
  AdwViewStackPage *shared_stack_page;
  AdwViewStackPage *planning_stack_page;
  AdwViewStackPage *reports_stack_page;
  AdwViewStackPage *team_stack_page;
  BwTeamPage *team_page;
  BwPartnerPage *partner_page;
  AdwViewStackPage *work_stack_page;
  BwWorkPage *work_page;
  gboolean work_shown;       /* My work was chosen for the team member */
};

G_DEFINE_FINAL_TYPE (BwWindow, bw_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_CASES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void update_list_state (BwWindow *self);
static void update_role (BwWindow *self);

void
bw_window_add_toast (BwWindow *self,
                     AdwToast *toast)
{
  g_return_if_fail (BW_IS_WINDOW (self));
  adw_toast_overlay_add_toast (self->toast_overlay, g_object_ref (toast));
}

typedef void (*SyncButtonFunc) (BwSyncButton *button,
                                gpointer      data);

/* Every page's header has a sync button: they all show the same engine. */
static void
for_each_sync_button (GtkWidget      *widget,
                      SyncButtonFunc  func,
                      gpointer        data)
{
  if (BW_IS_SYNC_BUTTON (widget))
    {
      func (BW_SYNC_BUTTON (widget), data);
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    for_each_sync_button (child, func, data);
}

void
bw_window_set_sync_engine (BwWindow     *self,
                           BwSyncEngine *engine)
{
  g_return_if_fail (BW_IS_WINDOW (self));
  g_set_object (&self->sync, engine);
  for_each_sync_button (GTK_WIDGET (self), (SyncButtonFunc) bw_sync_button_set_engine, engine);
  bw_partner_page_set_engine (self->partner_page, engine);
  bw_case_page_set_sync_engine (self->case_page, engine);
  bw_reports_page_set_sync_engine (self->reports_page, engine);
  bw_work_page_set_engine (self->work_page, engine);
  g_signal_connect_object (engine, "notify::state", G_CALLBACK (update_list_state), self, G_CONNECT_SWAPPED);
  /* A login or GET /me at start: the mode follows at once, not when a
   * record happens to arrive. */
  g_signal_connect_object (engine, "user-changed", G_CALLBACK (update_role), self, G_CONNECT_SWAPPED);
  update_list_state (self);
  update_role (self);
}

void
bw_window_set_sync_error (BwWindow     *self,
                          const GError *error)
{
  g_return_if_fail (BW_IS_WINDOW (self));
  for_each_sync_button (GTK_WIDGET (self), (SyncButtonFunc) bw_sync_button_set_error, (gpointer) error);
}

BwPlanning *
bw_window_get_planning (BwWindow *self)
{
  g_return_val_if_fail (BW_IS_WINDOW (self), NULL);
  return self->planning;
}

GListModel *
bw_window_get_case_list (BwWindow *self)
{
  g_return_val_if_fail (BW_IS_WINDOW (self), NULL);
  return G_LIST_MODEL (self->cases);
}

static void
show_toast_cb (BwWindow   *self,
               AdwToast   *toast,
               GtkWidget  *page)
{
  adw_toast_overlay_add_toast (self->toast_overlay, g_object_ref (toast));
}

/* Who is signed in: the name and role the server gave at the last login
 * or start (kept in the store, so also offline). */
static void
update_account (BwWindow   *self,
                const char *role)
{
  g_autofree char *name = bw_case_store_get_meta (self->store, "user_name");
  const char *label = role != NULL ? bw_audit_role_to_label (role) : NULL;

  for (guint i = 0; i < self->account_names->len; i++)
    {
      GtkLabel *name_label = g_ptr_array_index (self->account_names, i);
      GtkLabel *role_label_widget = g_ptr_array_index (self->account_roles, i);

      if (role == NULL)
        gtk_label_set_text (name_label, _("Not signed in"));
      else
        gtk_label_set_text (name_label, name ? name : _("Signed in"));
      gtk_label_set_text (role_label_widget, label ? label : "");
      gtk_widget_set_visible (GTK_WIDGET (role_label_widget), label != NULL);
    }
}

/* What a role may do, as the server decides it: only a buurtteam member
 * registers cases, only a trainer plans. With nobody signed in yet (a
 * desktop on its own) everything is offered. */
static void
update_permissions (BwWindow   *self,
                    const char *role)
{
  gboolean may_create_cases = role == NULL || g_str_equal (role, "buurtteam");
  gboolean may_plan = role == NULL || g_str_equal (role, "trainer");
  gboolean has_cases = g_strcmp0 (role, "partner") != 0 && g_strcmp0 (role, "trainer") != 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-case", may_create_cases);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-buurt", has_cases);
  gtk_widget_set_visible (self->new_case_button, may_create_cases);
  gtk_widget_set_visible (self->no_case_button, may_create_cases);
  adw_status_page_set_description (self->no_case_page,
                                   may_create_cases ? _("Choose a case from the list, or start a new one.")
                                                    : _("Choose a case from the list."));
  adw_status_page_set_description (self->empty_page,
                                   may_create_cases ? _("Register a resident’s case with the + button or Ctrl+N.")
                                                    : _("Buurtteam members register the cases; those of your team appear here."));
  bw_planning_page_set_may_plan (self->planning_page, may_plan);
  bw_map_page_set_permissions (self->map_page, may_plan, has_cases);
}

/* A partner has no team cases: it sees only what is shared with its
 * organisation. A trainer has no cases either (the server never sends
 * them): the planning and the map. The role is stored at login and asked
 * from the server at every start (GET /me). */
static void
update_role (BwWindow *self)
{
  g_autofree char *role = bw_case_store_dup_role (self->store);
  gboolean partner = g_strcmp0 (role, "partner") == 0;
  gboolean trainer = g_strcmp0 (role, "trainer") == 0;
  gboolean show_cases = !partner && !trainer;
  /* The coordinator's team overview. */
  gboolean coordinator = g_strcmp0 (role, "coordinator") == 0;

  gboolean team = g_strcmp0 (role, "buurtteam") == 0;

  update_account (self, role);
  update_permissions (self, role);
  /* My work: the cases and actions of a signed-in team member (before
   * the first sign-in nothing is anyone's); a coordinator carries no
   * cases. */
  adw_view_stack_page_set_visible (self->work_stack_page, team);
  /* The page's own widgets too: a hidden stack page keeps its widget
   * visible, and a screen reader would find its switcher first. */
  gtk_widget_set_visible (GTK_WIDGET (self->work_page), team);
  if (!adw_view_stack_page_get_visible (self->work_stack_page) &&
      g_strcmp0 (adw_view_stack_get_visible_child_name (self->main_stack), "work") == 0)
    adw_view_stack_set_visible_child_name (self->main_stack,
                                           partner ? "shared" : trainer ? "planning" : "cases");
  if (partner != adw_view_stack_page_get_visible (self->shared_stack_page) ||
      show_cases != adw_view_stack_page_get_visible (self->cases_stack_page) ||
      (!partner) != adw_view_stack_page_get_visible (self->planning_stack_page))
    {
      adw_view_stack_page_set_visible (self->shared_stack_page, partner);
      adw_view_stack_page_set_visible (self->cases_stack_page, show_cases);
      adw_view_stack_page_set_visible (self->map_stack_page, !partner);
      adw_view_stack_page_set_visible (self->planning_stack_page, !partner);
      adw_view_stack_set_visible_child_name (self->main_stack,
                                             partner ? "shared" : trainer ? "planning" : "cases");
    }
  /* The coordinator's team overview; hidden with its widgets, as below. */
  adw_view_stack_page_set_visible (self->team_stack_page, coordinator);
  gtk_widget_set_visible (GTK_WIDGET (self->team_page), coordinator);
  /* The figures per month: for the team and its coordinator; hidden
   * with its widgets, like My work. */
  adw_view_stack_page_set_visible (self->reports_stack_page, show_cases);
  gtk_widget_set_visible (GTK_WIDGET (self->reports_page), show_cases);
  /* A team member's day starts at My work: at every start and sign-in. */
  if (team && !self->work_shown)
    adw_view_stack_set_visible_child_name (self->main_stack, "work");
  self->work_shown = team;
}

static void
store_changed_cb (BwWindow    *self,
                  gint64       case_id,
                  BwCaseStore *store)
{
  if (case_id == 0)
    update_role (self);
}

gboolean
bw_window_is_partner_view (BwWindow *self)
{
  g_return_val_if_fail (BW_IS_WINDOW (self), FALSE);
  return adw_view_stack_page_get_visible (self->shared_stack_page);
}

/* The list */

static void
update_list_state (BwWindow *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->cases));
  const BwCaseQuery *q = bw_case_list_get_query (self->cases);
  gboolean filtered = q->text || q->status >= 0 || q->track >= 0 || q->buurt_code || q->has_debts >= 0 ||
                      q->owner > 0;
  g_autofree char *count = NULL;

  if (n > 0)
    gtk_stack_set_visible_child_name (self->list_stack, "list");
  else if (filtered)
    gtk_stack_set_visible_child_name (self->list_stack, "no-results");
  else if (!bw_case_list_get_loading (self->cases))
    {
      g_autofree char *last_sync = self->sync ? bw_sync_engine_dup_last_sync (self->sync) : NULL;

      /* Connected but nothing arrived yet: not the same as no cases. */
      if (self->sync && bw_sync_engine_is_configured (self->sync) && last_sync == NULL)
        gtk_stack_set_visible_child_name (self->list_stack, "not-synced");
      else
        gtk_stack_set_visible_child_name (self->list_stack, "empty");
    }

  {
    /* "2.585 casussen": the number as the locale groups it. */
    g_autofree char *number = g_strdup_printf ("%'u", n);

    /* TRANSLATORS: shown under the case list; %s is a number */
    count = g_strdup_printf (ngettext ("%s case", "%s cases", n), number);
  }
  gtk_label_set_text (self->count_label, count);
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              BwWindow                 *self)
{
  gtk_list_item_set_child (item, bw_case_row_new ());
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             BwWindow                 *self)
{
  BwCase *record = gtk_list_item_get_item (item);

  bw_case_row_bind (BW_CASE_ROW (gtk_list_item_get_child (item)), record, self->store,
                    bw_case_list_get_snippet (self->cases, bw_case_get_id (record)));
}

/* The setting's keys, in the order of the sort dropdown (BwCaseSort). */
static const char *const sort_keys[] = { "name", "contact", "status" };

static gboolean
sort_from_setting (GValue   *value,
                   GVariant *variant,
                   gpointer  user_data)
{
  const char *key = g_variant_get_string (variant, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (sort_keys); i++)
    if (g_str_equal (key, sort_keys[i]))
      {
        g_value_set_uint (value, i);
        return TRUE;
      }
  return FALSE;
}

static GVariant *
sort_to_setting (const GValue       *value,
                 const GVariantType *type,
                 gpointer            user_data)
{
  guint i = g_value_get_uint (value);

  return i < G_N_ELEMENTS (sort_keys) ? g_variant_new_string (sort_keys[i]) : NULL;
}

static void
apply_query (BwWindow *self)
{
  BwCaseQuery q;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  guint status = gtk_drop_down_get_selected (self->status_filter);
  guint track = gtk_drop_down_get_selected (self->track_filter);
  guint buurt = gtk_drop_down_get_selected (self->buurt_filter);
  guint debts = gtk_drop_down_get_selected (self->debts_filter);

  /* Position 0 of every filter is "all". */
  bw_case_query_init (&q);
  q.text = *text ? g_strdup (text) : NULL;
  q.status = status == 0 || status == GTK_INVALID_LIST_POSITION ? -1 : (int) status - 1;
  q.track = track == 0 || track == GTK_INVALID_LIST_POSITION ? -1 : (int) track - 1;
  q.has_debts = debts == 0 || debts == GTK_INVALID_LIST_POSITION ? -1 : debts == 1;
  q.owner = bw_owner_filter_get_owner (self->owner_filter);
  q.sort = MIN (gtk_drop_down_get_selected (self->sort_order), BW_CASE_SORT_STATUS);
  if (buurt != 0 && buurt != GTK_INVALID_LIST_POSITION)
    {
      g_autoptr(BwNeighbourhood) nb =
        g_list_model_get_item (bw_case_store_get_neighbourhoods (self->store), buurt - 1);
      q.buurt_code = g_strdup (bw_neighbourhood_get_code (nb));
    }
  bw_case_list_set_query (self->cases, &q);
  bw_case_query_clear (&q);
}

/* Showing a case, without losing what was typed */

static void
show_case (BwWindow *self,
           gint64    id)
{
  g_autoptr(GError) error = NULL;

  if (!bw_case_page_load (self->case_page, id, &error))
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      return;
    }
  gtk_stack_set_visible_child_name (self->content_stack, "case");
  adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->content_stack));
  if (id == 0)
    bw_case_page_focus_first_field (self->case_page);
}

static void select_case_in_list (BwWindow *self, gint64 id);

/* Where the user was going, now that what was typed is saved or
 * discarded. */
static void
continue_after_unsaved (BwWindow *self)
{
  if (self->closing)
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }
  show_case (self, self->pending_case);
}

static void
stay_on_case (BwWindow *self)
{
  self->closing = FALSE;
  select_case_in_list (self, bw_case_page_get_case_id (self->case_page));
}

static void
saved_then_continue_cb (GObject      *source,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  g_autoptr(BwWindow) self = user_data;

  /* Refused: the reason is next to the field; stay on the case. */
  if (!bw_case_page_save_finish (BW_CASE_PAGE (source), result, NULL))
    stay_on_case (self);
  else
    continue_after_unsaved (self);
}

static void
unsaved_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     BwWindow         *self)
{
  if (g_str_equal (response, "cancel"))
    stay_on_case (self);
  else if (g_str_equal (response, "save"))
    bw_case_page_save_async (self->case_page, NULL, saved_then_continue_cb, g_object_ref (self));
  else
    continue_after_unsaved (self);
}

/* Cancel, Discard or @save_label: what to do with something typed. */
static GtkWidget *
new_unsaved_dialog (BwWindow   *self,
                    const char *heading,
                    const char *body,
                    const char *save_label)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", save_label,
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  return dialog;
}

/* Asks what to do with unsaved edits; returns TRUE when there were none. */
static gboolean
confirm_leaving_case (BwWindow *self,
                      gint64    next)
{
  GtkWidget *dialog;

  if (!bw_case_page_get_dirty (self->case_page))
    return TRUE;

  self->pending_case = next;
  dialog = new_unsaved_dialog (self, _("Save Changes?"), _("This case has changes that are not saved yet."),
                               _("_Save"));
  g_signal_connect_object (dialog, "response", G_CALLBACK (unsaved_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return FALSE;
}

static void
select_case_in_list (BwWindow *self,
                     gint64    id)
{
  guint pos = id ? bw_case_list_find (self->cases, id) : G_MAXUINT;

  bw_case_selection_select_id (self->selection, pos != G_MAXUINT ? id : 0);
  /* gtk_list_view_scroll_to() is GTK 4.12; the action is in 4.8. */
  if (pos != G_MAXUINT)
    gtk_widget_activate_action (GTK_WIDGET (self->case_list_view), "list.scroll-to-item", "u", pos);
}

static void
case_activated_cb (GtkListView *view,
                   guint        position,
                   BwWindow    *self)
{
  g_autoptr(BwCase) c = g_list_model_get_item (G_LIST_MODEL (self->cases), position);

  if (c == NULL)
    return;
  if (bw_case_get_id (c) == bw_case_page_get_case_id (self->case_page) &&
      g_str_equal (gtk_stack_get_visible_child_name (self->content_stack), "case"))
    {
      adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->content_stack));
      return;
    }
  if (confirm_leaving_case (self, bw_case_get_id (c)))
    show_case (self, bw_case_get_id (c));
}

static void
case_saved_cb (BwWindow   *self,
               gint64      id,
               BwCasePage *page)
{
  self->pending_case = id;
}

static void
cases_changed_cb (BwWindow   *self,
                  guint       position,
                  guint       removed,
                  guint       added,
                  GListModel *model)
{
  update_list_state (self);
  /* Keep the case on screen selected when the list is refreshed. */
  if (removed != added || removed > 1)
    select_case_in_list (self, bw_case_page_get_case_id (self->case_page));
}

/* Actions */

/* win.team-access-history: the coordinator's history across the team's
 * cases. */
static void
team_access_history_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *param)
{
  BwWindow *self = BW_WINDOW (widget);

  gtk_window_present (GTK_WINDOW (bw_access_history_window_new_for_team (GTK_WINDOW (self), self->sync,
                                                                         self->store)));
}

static void
new_case_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  BwWindow *self = BW_WINDOW (widget);

  if (confirm_leaving_case (self, 0))
    {
      bw_case_selection_select_id (self->selection, 0);
      show_case (self, 0);
    }
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  BwWindow *self = BW_WINDOW (widget);

  adw_leaflet_set_visible_child (self->leaflet, gtk_widget_get_parent (GTK_WIDGET (self->search_entry)));
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* From the map: the cases of one buurt. */
static void
show_buurt_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  BwWindow *self = BW_WINDOW (widget);
  const char *code = g_variant_get_string (param, NULL);
  GListModel *neighbourhoods = bw_case_store_get_neighbourhoods (self->store);
  guint n = g_list_model_get_n_items (neighbourhoods);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BwNeighbourhood) nb = g_list_model_get_item (neighbourhoods, i);

      if (g_str_equal (bw_neighbourhood_get_code (nb), code))
        {
          /* Position 0 is "all". */
          gtk_drop_down_set_selected (self->buurt_filter, i + 1);
          break;
        }
    }
  /* Show the filters, so that it is clear why the list is shorter. */
  gtk_toggle_button_set_active (self->filter_button, TRUE);
  adw_view_stack_set_visible_child_name (self->main_stack, "cases");
  adw_leaflet_set_visible_child (self->leaflet, gtk_widget_get_parent (GTK_WIDGET (self->search_entry)));
}

/* From the case page's duplicate warning: the existing case instead of
 * the new one the user chose not to create, so what was typed for it is
 * dropped without asking again; 0 after the case on screen was deleted. */
static void
open_case_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  BwWindow *self = BW_WINDOW (widget);
  gint64 id = g_variant_get_int64 (param);

  if (id == 0)
    {
      /* The case on screen was deleted: no case, not a new one. */
      bw_case_page_load (self->case_page, 0, NULL);
      bw_case_selection_select_id (self->selection, 0);
      gtk_stack_set_visible_child_name (self->content_stack, "none");
      return;
    }
  show_case (self, id);
  select_case_in_list (self, id);
}

/* From My work: case @id at one of its parts ("actions", "journal"…;
 * bw_case_page_show_section()), after what was typed on the case on
 * screen is dealt with. */
static void
show_case_section_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *param)
{
  BwWindow *self = BW_WINDOW (widget);
  gint64 id;
  const char *section;

  g_variant_get (param, "(x&s)", &id, &section);
  adw_view_stack_set_visible_child_name (self->main_stack, "cases");
  if (id != bw_case_page_get_case_id (self->case_page) ||
      !g_str_equal (gtk_stack_get_visible_child_name (self->content_stack), "case"))
    {
      if (!confirm_leaving_case (self, id))
        return;
      show_case (self, id);
    }
  adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->content_stack));
  select_case_in_list (self, id);
  bw_case_page_show_section (self->case_page, section);
}

/* The reminder's notification (app.show-my-work). */
static void
show_my_work_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  BwWindow *self = BW_WINDOW (widget);

  if (adw_view_stack_page_get_visible (self->work_stack_page))
    adw_view_stack_set_visible_child_name (self->main_stack, "work");
}

/* The actions overdue and due this week on the page switcher (the
 * sections' counts are on the page); overdue ones call for attention. */
static void
work_total_changed_cb (BwWindow   *self,
                       GParamSpec *pspec,
                       BwWorkPage *page)
{
  adw_view_stack_page_set_badge_number (self->work_stack_page,
                                        bw_work_page_get_count (page, BW_WORK_OVERDUE) +
                                        bw_work_page_get_count (page, BW_WORK_THIS_WEEK));
  adw_view_stack_page_set_needs_attention (self->work_stack_page,
                                           bw_work_page_get_count (page, BW_WORK_OVERDUE) > 0);
}

/* The undo button of the "Changes saved" toast: the toast is in the
 * overlay above the pages, where the case page's own case.undo is not
 * found. */
static void
undo_change_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  BwWindow *self = BW_WINDOW (widget);

  gtk_widget_activate_action (GTK_WIDGET (self->case_page), "case.undo", NULL);
}

static void
can_undo_changed_cb (BwWindow   *self,
                     GParamSpec *pspec,
                     BwCasePage *page)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo-change", bw_case_page_get_can_undo (page));
}

static void
show_list_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  BwWindow *self = BW_WINDOW (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
partner_unsaved_response_cb (AdwMessageDialog *dialog,
                             const char       *response,
                             BwWindow         *self)
{
  if (g_str_equal (response, "cancel") ||
      (g_str_equal (response, "save") && !bw_partner_page_save (self->partner_page)))
    {
      /* Refused: the reason is on screen and the text stays. */
      self->closing = FALSE;
      return;
    }
  if (g_str_equal (response, "discard"))
    bw_partner_page_discard (self->partner_page);
  gtk_window_destroy (GTK_WINDOW (self));
}

/* A partner's note typed but not added; TRUE when there is none. */
static gboolean
confirm_leaving_partner_notes (BwWindow *self)
{
  GtkWidget *dialog;

  if (!bw_partner_page_get_dirty (self->partner_page))
    return TRUE;
  dialog = new_unsaved_dialog (self, _("Add Your Note?"),
                               _("A note for the buurtteam is typed but not added yet."), _("Add _Note"));
  g_signal_connect_object (dialog, "response", G_CALLBACK (partner_unsaved_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return FALSE;
}

static gboolean
bw_window_close_request (GtkWindow *window)
{
  BwWindow *self = BW_WINDOW (window);
  int width, height;

  gtk_window_get_default_size (window, &width, &height);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
  if (!bw_window_is_partner_view (self))
    g_settings_set_string (self->settings, "last-page",
                           adw_view_stack_get_visible_child_name (self->main_stack));

  if (self->closing)
    return GTK_WINDOW_CLASS (bw_window_parent_class)->close_request (window);

  self->closing = TRUE;
  if (bw_window_is_partner_view (self) && !confirm_leaving_partner_notes (self))
    return TRUE;
  if (!confirm_leaving_case (self, 0))
    return TRUE;
  return GTK_WINDOW_CLASS (bw_window_parent_class)->close_request (window);
}

/* Set-up */

/* The name and role of who is signed in, at the top of the primary menu of
 * every page (each page has its own header bar and menu). */
static void
add_account_to_menus (BwWindow  *self,
                      GtkWidget *widget)
{
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    add_account_to_menus (self, c);

  if (GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_primary (GTK_MENU_BUTTON (widget)) &&
      G_IS_MENU (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (widget))))
    {
      GMenu *menu = G_MENU (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (widget)));
      GtkPopover *popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (widget));
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      GtkWidget *name = gtk_label_new (NULL);
      GtkWidget *role = gtk_label_new (NULL);

      g_menu_prepend_section (menu, NULL, G_MENU_MODEL (self->account_section));
      for (GtkWidget *l = name; l; l = l == name ? role : NULL)
        {
          gtk_label_set_xalign (GTK_LABEL (l), 0);
          gtk_label_set_wrap (GTK_LABEL (l), TRUE);
          gtk_label_set_max_width_chars (GTK_LABEL (l), 30);
          gtk_box_append (GTK_BOX (box), l);
        }
      gtk_widget_add_css_class (name, "heading");
      gtk_widget_add_css_class (role, "dim-label");
      gtk_widget_set_margin_start (box, 12);
      gtk_widget_set_margin_end (box, 12);
      gtk_widget_set_margin_top (box, 6);
      gtk_widget_set_margin_bottom (box, 6);
      if (!GTK_IS_POPOVER_MENU (popover) ||
          !gtk_popover_menu_add_child (GTK_POPOVER_MENU (popover), box, "account"))
        {
          g_warning ("A primary menu has no place for the signed-in user");
          g_object_ref_sink (box);
          g_object_unref (box);
          return;
        }
      g_ptr_array_add (self->account_names, name);
      g_ptr_array_add (self->account_roles, role);
    }
}

static GListModel *
labels_with_all (const char *all,
                 int         n,
                 const char *(*label) (int))
{
  GtkStringList *list = gtk_string_list_new (NULL);

  gtk_string_list_append (list, all);
  for (int i = 0; i < n; i++)
    gtk_string_list_append (list, label (i));
  return G_LIST_MODEL (list);
}

/* From the team overview: the case list of one worker. */
static void
show_worker_cb (BwWindow *self,
                gint64    user_id)
{
  bw_owner_filter_set_owner (self->owner_filter, user_id);
  gtk_toggle_button_set_active (self->filter_button, TRUE);
  adw_view_stack_set_visible_child_name (self->main_stack, "cases");
}

static void
setup_filters (BwWindow *self)
{
  g_autoptr(GListModel) statuses =
    labels_with_all (_("All statuses"), BW_CASE_STATUS_N, (const char *(*) (int)) bw_case_status_label);
  g_autoptr(GListModel) tracks =
    labels_with_all (_("All tracks"), BW_TRACK_N, (const char *(*) (int)) bw_track_label);
  g_autoptr(GtkStringList) buurten = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) debts = gtk_string_list_new (NULL);
  g_autoptr(GtkExpression) expr = NULL;
  GListModel *neighbourhoods = bw_case_store_get_neighbourhoods (self->store);

  gtk_string_list_append (buurten, _("All neighbourhoods"));
  for (guint i = 0; i < g_list_model_get_n_items (neighbourhoods); i++)
    {
      g_autoptr(BwNeighbourhood) nb = g_list_model_get_item (neighbourhoods, i);
      gtk_string_list_append (buurten, bw_neighbourhood_get_name (nb));
    }
  gtk_string_list_append (debts, _("With and without debts"));
  gtk_string_list_append (debts, _("With debts"));
  gtk_string_list_append (debts, _("Without debts"));

  gtk_drop_down_set_model (self->status_filter, statuses);
  gtk_drop_down_set_model (self->track_filter, tracks);
  gtk_drop_down_set_model (self->debts_filter, G_LIST_MODEL (debts));
  expr = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");
  gtk_drop_down_set_expression (self->buurt_filter, expr);
  gtk_drop_down_set_model (self->buurt_filter, G_LIST_MODEL (buurten));

  /* The order stays as the user left it. */
  g_settings_bind_with_mapping (self->settings, "case-sort", self->sort_order, "selected",
                                G_SETTINGS_BIND_DEFAULT, sort_from_setting, sort_to_setting, NULL, NULL);
  for (GtkDropDown **d = (GtkDropDown *[]) { self->status_filter, self->track_filter,
                                             self->buurt_filter, self->debts_filter, self->sort_order,
                                             NULL }; *d; d++)
    g_signal_connect_swapped (*d, "notify::selected", G_CALLBACK (apply_query), self);
  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (apply_query), self);
  /* The team list comes with a sync: read again when the filters open. */
  bw_owner_filter_set_store (self->owner_filter, self->store);
  g_signal_connect_swapped (self->owner_filter, "notify::owner", G_CALLBACK (apply_query), self);
  g_signal_connect_swapped (self->filter_button, "toggled", G_CALLBACK (bw_owner_filter_reload), self->owner_filter);
  if (gtk_drop_down_get_selected (self->sort_order) != BW_CASE_SORT_NAME)
    apply_query (self);
}

static void
bw_window_constructed (GObject *object)
{
  BwWindow *self = BW_WINDOW (object);
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  G_OBJECT_CLASS (bw_window_parent_class)->constructed (object);

  if (self->cases == NULL)
    self->cases = bw_case_list_new (self->store);
  g_return_if_fail (bw_case_list_get_store (self->cases) == self->store);
  self->selection = bw_case_selection_new (self->cases);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
  gtk_list_view_set_factory (self->case_list_view, factory);
  gtk_list_view_set_model (self->case_list_view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect (self->case_list_view, "activate", G_CALLBACK (case_activated_cb), self);
  g_signal_connect_object (self->cases, "items-changed", G_CALLBACK (cases_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->cases, "notify::loading", G_CALLBACK (update_list_state), self,
                           G_CONNECT_SWAPPED);

  bw_case_page_set_store (self->case_page, self->store);
  g_signal_connect_object (self->case_page, "show-toast", G_CALLBACK (show_toast_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->case_page, "saved", G_CALLBACK (case_saved_cb), self,
                           G_CONNECT_SWAPPED);

  bw_map_page_set_store (self->map_page, self->store);
  bw_team_page_set_store (self->team_page, self->store);
  bw_team_page_set_stack (self->team_page, self->main_stack);
  g_signal_connect_object (self->team_page, "show-worker", G_CALLBACK (show_worker_cb), self, G_CONNECT_SWAPPED);
  bw_map_page_set_stack (self->map_page, self->main_stack);

  self->planning = bw_planning_new (self->store);
  bw_planning_page_set_planning (self->planning_page, self->planning);
  bw_planning_page_set_stack (self->planning_page, self->main_stack);
  bw_reports_page_set_store (self->reports_page, self->store);
  bw_reports_page_set_stack (self->reports_page, self->main_stack);
  g_signal_connect_object (self->planning_page, "show-toast", G_CALLBACK (show_toast_cb), self,
                           G_CONNECT_SWAPPED);
  bw_case_page_set_planning (self->case_page, self->planning);

  /* Back on the page where the user left off. */
  {
    g_autofree char *page = g_settings_get_string (self->settings, "last-page");
    if (adw_view_stack_get_child_by_name (self->main_stack, page) != NULL && !g_str_equal (page, "shared"))
      adw_view_stack_set_visible_child_name (self->main_stack, page);
  }

  {
    g_autoptr(GMenuItem) item = g_menu_item_new (NULL, NULL);

    g_menu_item_set_attribute (item, "custom", "s", "account");
    self->account_section = g_menu_new ();
    g_menu_append_item (self->account_section, item);
    self->account_names = g_ptr_array_new ();
    self->account_roles = g_ptr_array_new ();
    add_account_to_menus (self, GTK_WIDGET (self));
  }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo-change", FALSE);
  g_signal_connect_object (self->case_page, "notify::can-undo", G_CALLBACK (can_undo_changed_cb), self,
                           G_CONNECT_SWAPPED);

  bw_work_page_set_store (self->work_page, self->store);
  bw_work_page_set_stack (self->work_page, self->main_stack);
  g_signal_connect_object (self->work_page, "show-toast", G_CALLBACK (show_toast_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->work_page, "notify::total", G_CALLBACK (work_total_changed_cb), self,
                           G_CONNECT_SWAPPED);

  bw_partner_page_set_store (self->partner_page, self->store);
  g_signal_connect_object (self->partner_page, "show-toast", G_CALLBACK (show_toast_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "case-changed", G_CALLBACK (store_changed_cb), self,
                           G_CONNECT_SWAPPED);
  update_role (self);

  setup_filters (self);
  update_list_state (self);
}

static void
bw_window_dispose (GObject *object)
{
  BwWindow *self = BW_WINDOW (object);

  if (self->sync != NULL)
    g_signal_handlers_disconnect_by_data (self->sync, self);
  /* The dropdown may outlive the window a little: no query after this. */
  if (self->sort_order != NULL)
    {
      g_settings_unbind (self->sort_order, "selected");
      g_signal_handlers_disconnect_by_data (self->sort_order, self);
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), BW_TYPE_WINDOW);
  g_clear_object (&self->sync);
  g_clear_object (&self->planning);
  g_clear_object (&self->selection);
  g_clear_object (&self->cases);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_clear_object (&self->account_section);
  g_clear_pointer (&self->account_names, g_ptr_array_unref);
  g_clear_pointer (&self->account_roles, g_ptr_array_unref);

  G_OBJECT_CLASS (bw_window_parent_class)->dispose (object);
}

static void
bw_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  BwWindow *self = BW_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_CASES:
      self->cases = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bw_window_class_init (BwWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = bw_window_constructed;
  object_class->dispose = bw_window_dispose;
  object_class->set_property = bw_window_set_property;
  window_class->close_request = bw_window_close_request;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, BW_TYPE_CASE_STORE,
                         G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CASES] =
    g_param_spec_object ("cases", NULL, NULL, BW_TYPE_CASE_LIST,
                         G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (BW_TYPE_CASE_PAGE);
  g_type_ensure (BW_TYPE_SYNC_BUTTON);
  g_type_ensure (BW_TYPE_MAP_PAGE);
  g_type_ensure (BW_TYPE_PLANNING_PAGE);
  g_type_ensure (BW_TYPE_REPORTS_PAGE);
  g_type_ensure (BW_TYPE_PARTNER_PAGE);
  g_type_ensure (BW_TYPE_WORK_PAGE);
  g_type_ensure (BW_TYPE_OWNER_FILTER);
  g_type_ensure (BW_TYPE_TEAM_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, "/nl/heerlen/Buurtwerk/ui/bw-window.ui");
  gtk_widget_class_bind_template_child (widget_class, BwWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, BwWindow, new_case_button);
  gtk_widget_class_bind_template_child (widget_class, BwWindow, no_case_button);
  gtk_widget_class_bind_template_child (widget_class, BwWindow, no_case_page);
  gtk_widget_class_bind_template_child (widget_class, BwWindow, empty_page);
  gtk_widget_class_bind_template_child (widget_class, BwWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, BwWindow, map_page);
  gtk_widget_class_bind_template_child (widget_class, BwWindow, planning_page);
  gtk_widget_class_bind_template_child (widget_class, BwWindow, reports_page);
  gtk_widget_class_bind_template_child (widget_class, BwWindow, filter_button);
  gtk_widget_class_bind_template_child (widget_class, BwWindow, sync_button);
  gtk_widget_class_bind_template_child (widget_class, BwWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, BwWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, BwWindow, status_filter);
  gtk_widget_class_bind_template_child (widget_class, BwWindow, track_filter);
  gtk_widget_class_bind_template_child (widget_class, BwWindow, buurt_filter);
  gtk_widget_class_bind_template_child (widget_class, BwWindow, debts_filter);
  gtk_widget_class_bind_template_child (widget_class, BwWindow, owner_filter);
  gtk_widget_class_bind_template_child (widget_class, BwWindow, team_page);
  gtk_widget_class_bind_template_child (widget_class, BwWindow, team_stack_page);
  gtk_widget_class_bind_template_child (widget_class, BwWindow, sort_order);
  gtk_widget_class_bind_template_child (widget_class, BwWindow, list_stack);
  gtk_widget_class_bind_template_child (widget_class, BwWindow, case_list_view);
  gtk_widget_class_bind_template_child (widget_class, BwWindow, count_label);
  gtk_widget_class_bind_template_child (widget_class, BwWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, BwWindow, case_page);
  gtk_widget_class_bind_template_child (widget_class, BwWindow, cases_stack_page);
  gtk_widget_class_bind_template_child (widget_class, BwWindow, map_stack_page);
  gtk_widget_class_bind_template_child (widget_class, BwWindow, shared_stack_page);
  gtk_widget_class_bind_template_child (widget_class, BwWindow, planning_stack_page);
  gtk_widget_class_bind_template_child (widget_class, BwWindow, reports_stack_page);
  gtk_widget_class_bind_template_child (widget_class, BwWindow, work_stack_page);
  gtk_widget_class_bind_template_child (widget_class, BwWindow, work_page);
  gtk_widget_class_bind_template_child (widget_class, BwWindow, partner_page);

  gtk_widget_class_install_action (widget_class, "win.new-case", NULL, new_case_action);
  gtk_widget_class_install_action (widget_class, "win.team-access-history", NULL, team_access_history_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.show-list", NULL, show_list_action);
  gtk_widget_class_install_action (widget_class, "win.show-buurt", "s", show_buurt_action);
  gtk_widget_class_install_action (widget_class, "win.open-case", "x", open_case_action);
  gtk_widget_class_install_action (widget_class, "win.undo-change", NULL, undo_change_action);
  gtk_widget_class_install_action (widget_class, "win.show-case-section", "(xs)", show_case_section_action);
  gtk_widget_class_install_action (widget_class, "win.show-my-work", NULL, show_my_work_action);
  bw_export_install_open_action (widget_class);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.new-case", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}

static void
bw_window_init (BwWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

BwWindow *
bw_window_new (AdwApplication *application,
               BwCaseStore    *store)
{
  return bw_window_new_with_cases (application, store, NULL);
}

BwWindow *
bw_window_new_with_cases (AdwApplication *application,
                          BwCaseStore    *store,
                          BwCaseList     *cases)
{
  g_return_val_if_fail (BW_IS_CASE_STORE (store), NULL);
  g_return_val_if_fail (cases == NULL || BW_IS_CASE_LIST (cases), NULL);

  return g_object_new (BW_TYPE_WINDOW,
                       "application", application,
                       "store", store,
                       "cases", cases,
                       NULL);
}
