/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-app-planning"
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "bw-date.h"
#include "bw-export.h"
#include "bw-figures.h"
#include "bw-offer-dialog.h"
#include "bw-planning-page.h"
#include "bw-session-dialog.h"
#include "bw-shown-reader.h"
#include "bw-sync-button.h"
#include "bw-validation.h"
#include "bw-week-event.h"

struct _BwPlanningPage
{
  AdwBin parent_instance;

  BwPlanning *planning;
  GListModel *all_offers;       /* for the trainer filters */
  GtkStringList *trainers;      /* "All trainers", then the names */
  GListModel *places;
  GtkSingleSelection *selection;
  char *offer_uuid;             /* shown in the details */
  BwOffer *offer;
  GListModel *sessions;         /* of the offer */
  GListModel *enrolments;       /* of the offer */
  GHashTable *expanded;         /* session uuids whose attendance is open */
  GListModel *week_sessions;
  GListStore *demand_rows;      /* GtkStringObject: buurt codes */
  GHashTable *demand;           /* buurt code -> BwTrainingDemand */
  BwShownReader *demand_reader;
  gboolean updating_trainers;
  gboolean loaded;              /* the lists are made (first shown) */
  gboolean may_plan;            /* offers, sessions, attendance: a trainer */

  /* template children */
  AdwHeaderBar *header_bar;
  GtkWidget *new_offer_button;
  AdwStatusPage *no_offer_page;
  GtkWidget *no_offer_button;
  GtkWidget *edit_offer_button;
  GtkWidget *add_session_button;
  AdwPreferencesGroup *sessions_group;
  AdwViewSwitcher *view_switcher;
  GtkStack *view_stack;
  GtkDropDown *status_filter;
  GtkDropDown *buurt_filter;
  GtkDropDown *trainer_filter;
  GtkListView *offer_list;
  GtkStack *detail_stack;
  GtkLabel *offer_title;
  GtkLabel *offer_summary;
  AdwActionRow *kind_row;
  AdwActionRow *target_row;
  AdwActionRow *trainer_row;
  AdwActionRow *partner_row;
  AdwActionRow *period_row;
  AdwActionRow *description_row;
  GtkListBox *session_list;
  GtkListBox *enrolment_list;
  GtkDropDown *week_trainer_filter;
  GtkDropDown *week_place_filter;
  GtkDropDown *week_buurt_filter;
  BwWeekView *week_view;
  GtkColumnView *demand_view;
  GtkLabel *demand_source_label;
};

G_DEFINE_FINAL_TYPE (BwPlanningPage, bw_planning_page, ADW_TYPE_BIN)

enum {
  SHOW_TOAST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
toast (BwPlanningPage *self,
       const char     *text)
{
  g_autoptr(AdwToast) t = adw_toast_new (text);

  g_signal_emit (self, signals[SHOW_TOAST], 0, t);
}

static GtkWindow *
parent_window (BwPlanningPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static char *
buurt_name (BwPlanningPage *self,
            const char     *code)
{
  BwNeighbourhood *nb;   /* owned by the store */

  if (code == NULL)
    return g_strdup ("");
  nb = bw_case_store_find_neighbourhood (bw_planning_get_store (self->planning), code);
  return g_strdup (nb ? bw_neighbourhood_get_name (nb) : code);
}

/* "9/12 placed, 2 waiting" */
static char *
offer_counts (BwOffer *offer)
{
  int waiting = bw_offer_get_n_waiting (offer);
  /* TRANSLATORS: placed/capacity, e.g. "9/12 placed" */
  g_autofree char *placed = g_strdup_printf (_("%d/%d placed"), bw_offer_get_n_placed (offer),
                                             bw_offer_get_capacity (offer));

  if (waiting == 0)
    return g_steal_pointer (&placed);
  /* TRANSLATORS: "9/12 placed, 2 waiting" */
  return g_strdup_printf (ngettext ("%s, %d waiting", "%s, %d waiting", waiting), placed, waiting);
}

static char *
date_display (const char *iso)
{
  return iso ? bw_date_to_display (iso) : g_strdup ("");
}

/* The offer list */

static void
setup_offer_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                BwPlanningPage           *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);
  GtkWidget *counts = gtk_label_new (NULL);

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  for (GtkWidget **l = (GtkWidget *[]) { title, subtitle, counts, NULL }; *l; l++)
    {
      gtk_label_set_xalign (GTK_LABEL (*l), 0);
      gtk_label_set_ellipsize (GTK_LABEL (*l), PANGO_ELLIPSIZE_END);
      gtk_box_append (GTK_BOX (box), *l);
    }
  gtk_widget_add_css_class (title, "heading");
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_widget_add_css_class (counts, "caption");
  gtk_list_item_set_child (item, box);
}

static void
bind_offer_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               BwPlanningPage           *self)
{
  BwOffer *offer = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *title = gtk_widget_get_first_child (box);
  GtkWidget *subtitle = gtk_widget_get_next_sibling (title);
  GtkWidget *counts = gtk_widget_get_next_sibling (subtitle);
  g_autofree char *buurt = buurt_name (self, bw_offer_get_buurt_code (offer));
  g_autofree char *sub = g_strdup_printf ("%s · %s · %s", bw_offer_kind_label (bw_offer_get_kind (offer)),
                                          buurt, bw_offer_status_label (bw_offer_get_status (offer)));
  g_autofree char *count = offer_counts (offer);
  g_autofree char *accessible = NULL;

  gtk_label_set_text (GTK_LABEL (title), bw_offer_get_title (offer));
  gtk_label_set_text (GTK_LABEL (subtitle), sub);
  gtk_label_set_text (GTK_LABEL (counts), count);
  accessible = g_strdup_printf ("%s, %s, %s", bw_offer_get_title (offer), sub, count);
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  /* GTK 4.8 has no gtk_list_item_set_accessible_label(): name the list
   * item widget around the row too (as the case list does). */
  if (gtk_widget_get_parent (box) != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (box)),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
}

static char *
selected_string (GtkDropDown *dropdown)
{
  guint pos = gtk_drop_down_get_selected (dropdown);
  GtkStringObject *s;

  /* Position 0 is "all". */
  if (pos == 0 || pos == GTK_INVALID_LIST_POSITION)
    return NULL;
  s = gtk_drop_down_get_selected_item (dropdown);
  return s ? g_strdup (gtk_string_object_get_string (s)) : NULL;
}

static char *
selected_buurt (BwPlanningPage *self,
                GtkDropDown    *dropdown)
{
  guint pos = gtk_drop_down_get_selected (dropdown);
  g_autoptr(BwNeighbourhood) nb = NULL;

  if (pos == 0 || pos == GTK_INVALID_LIST_POSITION)
    return NULL;
  nb = g_list_model_get_item (bw_case_store_get_neighbourhoods (bw_planning_get_store (self->planning)), pos - 1);
  return nb ? g_strdup (bw_neighbourhood_get_code (nb)) : NULL;
}

static void show_details (BwPlanningPage *self, const char *uuid);
static void apply_week_filters (BwPlanningPage *self);

static void
select_uuid (BwPlanningPage *self,
             const char     *uuid)
{
  GListModel *model = gtk_single_selection_get_model (self->selection);
  guint n = model ? g_list_model_get_n_items (model) : 0;

  for (guint i = 0; uuid && i < n; i++)
    {
      g_autoptr(BwOffer) o = g_list_model_get_item (model, i);

      if (g_strcmp0 (bw_offer_get_uuid (o), uuid) == 0)
        {
          gtk_single_selection_set_selected (self->selection, i);
          return;
        }
    }
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
}

static void
offers_changed_cb (BwPlanningPage *self)
{
  /* The live list is replaced as a whole on every change. */
  select_uuid (self, self->offer_uuid);
}

static void
apply_offer_filters (BwPlanningPage *self)
{
  guint status = gtk_drop_down_get_selected (self->status_filter);
  g_autofree char *buurt = NULL;
  g_autofree char *trainer = NULL;
  g_autoptr(GListModel) offers = NULL;

  if (self->planning == NULL || self->updating_trainers)
    return;
  buurt = selected_buurt (self, self->buurt_filter);
  trainer = selected_string (self->trainer_filter);
  offers = bw_planning_list_offers (self->planning,
                                    status == 0 || status == GTK_INVALID_LIST_POSITION ? -1 : (int) status - 1,
                                    buurt, trainer);
  gtk_single_selection_set_model (self->selection, offers);
  g_signal_connect_object (offers, "items-changed", G_CALLBACK (offers_changed_cb), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  select_uuid (self, self->offer_uuid);
}

static void
offer_activated_cb (GtkListView    *view,
                    guint           position,
                    BwPlanningPage *self)
{
  g_autoptr(BwOffer) offer = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (offer != NULL)
    show_details (self, bw_offer_get_uuid (offer));
}

static void
selection_changed_cb (BwPlanningPage *self)
{
  BwOffer *offer = gtk_single_selection_get_selected_item (self->selection);

  if (offer != NULL && g_strcmp0 (bw_offer_get_uuid (offer), self->offer_uuid) != 0)
    show_details (self, bw_offer_get_uuid (offer));
}

/* Trainers (for the filters): every trainer named in an offer */

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_utf8_collate (*(const char **) a, *(const char **) b);
}

static void
update_trainers (BwPlanningPage *self)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *offer_trainer = selected_string (self->trainer_filter);
  g_autofree char *week_trainer = selected_string (self->week_trainer_filter);
  guint n = g_list_model_get_n_items (self->all_offers);
  guint old = g_list_model_get_n_items (G_LIST_MODEL (self->trainers));
  gboolean same;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BwOffer) o = g_list_model_get_item (self->all_offers, i);
      const char *t = bw_offer_get_trainer (o);

      if (t && *t && !g_ptr_array_find_with_equal_func (names, t, g_str_equal, NULL))
        g_ptr_array_add (names, g_strdup (t));
    }
  g_ptr_array_sort (names, compare_names);
  same = old == names->len + 1;
  for (guint i = 0; same && i < names->len; i++)
    same = g_str_equal (gtk_string_list_get_string (self->trainers, i + 1), g_ptr_array_index (names, i));
  if (same)
    return;

  self->updating_trainers = TRUE;
  g_ptr_array_add (names, NULL);
  gtk_string_list_splice (self->trainers, 1, old - 1, (const char * const *) names->pdata);
  for (guint i = 1; i + 1 < names->len; i++)
    {
      if (g_strcmp0 (offer_trainer, g_ptr_array_index (names, i - 1)) == 0)
        gtk_drop_down_set_selected (self->trainer_filter, i);
      if (g_strcmp0 (week_trainer, g_ptr_array_index (names, i - 1)) == 0)
        gtk_drop_down_set_selected (self->week_trainer_filter, i);
    }
  self->updating_trainers = FALSE;
  apply_offer_filters (self);
  apply_week_filters (self);
}

/* The offer's details */

static void
set_property_row (AdwActionRow *row,
                  const char   *text)
{
  adw_action_row_set_subtitle (row, text && *text ? text : "—");
}

static void
update_details (BwPlanningPage *self)
{
  g_autofree char *buurt = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *counts = NULL;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  g_autofree char *period = NULL;

  if (self->offer == NULL)
    {
      gtk_stack_set_visible_child_name (self->detail_stack, "none");
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "planning.edit-offer", FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "planning.add-session", FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "planning.export-ics", FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "planning.export-csv", FALSE);
      return;
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "planning.edit-offer", self->may_plan);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "planning.add-session",
                                 self->may_plan && bw_offer_get_status (self->offer) != BW_OFFER_STATUS_CANCELLED);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "planning.export-ics", TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "planning.export-csv", TRUE);

  buurt = buurt_name (self, bw_offer_get_buurt_code (self->offer));
  counts = offer_counts (self->offer);
  summary = g_strdup_printf ("%s · %s · %s", buurt, bw_offer_status_label (bw_offer_get_status (self->offer)),
                             counts);
  gtk_label_set_text (self->offer_title, bw_offer_get_title (self->offer));
  gtk_label_set_text (self->offer_summary, summary);
  set_property_row (self->kind_row, bw_offer_kind_label (bw_offer_get_kind (self->offer)));
  set_property_row (self->target_row, bw_offer_get_target_group (self->offer));
  set_property_row (self->trainer_row, bw_offer_get_trainer (self->offer));
  set_property_row (self->partner_row, bw_offer_get_partner (self->offer));
  set_property_row (self->description_row, bw_offer_get_description (self->offer));
  first = date_display (bw_offer_get_first_date (self->offer));
  last = date_display (bw_offer_get_last_date (self->offer));
  if (*first || *last)
    period = g_strdup_printf ("%s – %s", first, last);
  set_property_row (self->period_row, period);
  gtk_stack_set_visible_child_name (self->detail_stack, "offer");
}

static GtkWidget *create_session_row (gpointer item, gpointer user_data);
static GtkWidget *create_enrolment_row (gpointer item, gpointer user_data);

static void
reload_offer (BwPlanningPage *self)
{
  g_autoptr(BwOffer) offer = NULL;

  if (self->offer_uuid != NULL)
    offer = bw_planning_get_offer (self->planning, self->offer_uuid, NULL);
  g_set_object (&self->offer, offer);
  update_details (self);
}

static void
show_details (BwPlanningPage *self,
              const char     *uuid)
{
  if (g_strcmp0 (uuid, self->offer_uuid) == 0 && self->offer != NULL)
    return;
  g_free (self->offer_uuid);
  self->offer_uuid = g_strdup (uuid);
  g_hash_table_remove_all (self->expanded);
  g_clear_object (&self->sessions);
  g_clear_object (&self->enrolments);
  if (uuid != NULL)
    {
      self->enrolments = bw_planning_list_enrolments (self->planning, uuid);
      self->sessions = bw_planning_list_sessions (self->planning, NULL, NULL, NULL, NULL, NULL, uuid);
    }
  /* The enrolments first: the session rows list the participants. */
  gtk_list_box_bind_model (self->enrolment_list, self->enrolments, create_enrolment_row, self, NULL);
  gtk_list_box_bind_model (self->session_list, self->sessions, create_session_row, self, NULL);
  reload_offer (self);
}

static void
planning_changed_cb (BwPlanningPage *self)
{
  reload_offer (self);
}

/* Writes of the page: on the store's write thread, so the page never waits
 * for the disk or the sync; a refusal or @done_message shows as a toast. */

typedef struct _PlanningWrite PlanningWrite;
typedef gboolean (*PlanningWriteFunc) (BwPlanning     *planning,
                                       PlanningWrite  *w,
                                       GError        **error);

struct _PlanningWrite {
  BwPlanningPage *page;
  BwPlanning *planning;
  PlanningWriteFunc func;
  const char *done_message;
  char *uuid;
  char *uuid2;
  char *text;
  int status;
};

static void
planning_write_free (PlanningWrite *w)
{
  g_clear_object (&w->page);
  g_clear_object (&w->planning);
  g_free (w->uuid);
  g_free (w->uuid2);
  g_free (w->text);
  g_free (w);
}

static gboolean
planning_write_job (BwCaseStore  *store,
                    gpointer      data,
                    GError      **error)
{
  PlanningWrite *w = data;

  return w->func (w->planning, w, error);
}

static void
planning_written_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  PlanningWrite *w = user_data;
  g_autoptr(GError) error = NULL;

  if (!bw_case_store_write_finish (BW_CASE_STORE (source), result, &error))
    toast (w->page, error->message);
  else if (w->done_message != NULL)
    toast (w->page, w->done_message);
  planning_write_free (w);
}

static PlanningWrite *
planning_write_new (BwPlanningPage    *self,
                    PlanningWriteFunc  func,
                    const char        *uuid)
{
  PlanningWrite *w = g_new0 (PlanningWrite, 1);

  w->page = g_object_ref (self);
  w->planning = g_object_ref (self->planning);
  w->func = func;
  w->uuid = g_strdup (uuid);
  return w;
}

static void
planning_write (PlanningWrite *w)
{
  bw_case_store_write_async (bw_planning_get_store (w->planning), planning_write_job, w, NULL, NULL,
                             planning_written_cb, w);
}

/* Sessions and attendance */

static gboolean
set_attendance (BwPlanning     *planning,
                PlanningWrite  *w,
                GError        **error)
{
  return bw_planning_set_attendance (planning, w->uuid, w->uuid2, w->status, error);
}

static void
attendance_selected_cb (GtkDropDown    *dropdown,
                        GParamSpec     *pspec,
                        BwPlanningPage *self)
{
  guint pos = gtk_drop_down_get_selected (dropdown);
  PlanningWrite *w;

  /* Position 0 is "not recorded", which is never written. */
  if (pos == 0 || pos == GTK_INVALID_LIST_POSITION)
    return;
  /* The change rebuilds the row that holds the dropdown; it comes back
   * from the write thread, after this handler. */
  w = planning_write_new (self, set_attendance, g_object_get_data (G_OBJECT (dropdown), "session"));
  w->uuid2 = g_strdup (g_object_get_data (G_OBJECT (dropdown), "enrolment"));
  w->status = pos - 1;
  planning_write (w);
}

static void
expanded_cb (AdwExpanderRow *row,
             GParamSpec     *pspec,
             BwPlanningPage *self)
{
  const char *uuid = g_object_get_data (G_OBJECT (row), "session");

  if (adw_expander_row_get_expanded (row))
    g_hash_table_add (self->expanded, g_strdup (uuid));
  else
    g_hash_table_remove (self->expanded, uuid);
}

static char *
session_when (BwSession *s)
{
  g_autofree char *date = date_display (bw_session_get_date (s));

  return g_strdup_printf ("%s, %s–%s", date, bw_session_get_start_time (s), bw_session_get_end_time (s));
}

static GtkWidget *
create_session_row (gpointer item,
                    gpointer user_data)
{
  BwPlanningPage *self = user_data;
  BwSession *s = item;
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *edit = gtk_button_new_from_icon_name ("document-edit-symbolic");
  g_autofree char *title = session_when (s);
  g_autofree char *subtitle = g_strdup_printf ("%s · %s", bw_session_get_place_name (s) ? bw_session_get_place_name (s) : "",
                                               bw_session_get_trainer (s) ? bw_session_get_trainer (s) : "");
  g_autofree char *edit_label = g_strdup_printf (_("Edit session of %s"), title);
  guint n = self->enrolments ? g_list_model_get_n_items (self->enrolments) : 0;
  guint shown = 0;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
  g_object_set_data_full (G_OBJECT (row), "session", g_strdup (bw_session_get_uuid (s)), g_free);
  if (bw_session_get_has_conflict (s))
    {
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

      gtk_widget_add_css_class (icon, "error");
      gtk_widget_set_tooltip_text (icon, _("Conflict: the trainer or the place is booked twice, or the session is outside the offer’s period"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Conflict"), -1);
      adw_expander_row_add_prefix (ADW_EXPANDER_ROW (row), icon);
      gtk_widget_add_css_class (row, "bw-conflict");
    }
  gtk_widget_set_valign (edit, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (edit, "flat");
  gtk_widget_set_tooltip_text (edit, _("Edit Session"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (edit), GTK_ACCESSIBLE_PROPERTY_LABEL, edit_label, -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (edit), "planning.edit-session");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (edit), "s", bw_session_get_uuid (s));
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), edit);
  gtk_widget_set_visible (edit, self->may_plan);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BwEnrolment) e = g_list_model_get_item (self->enrolments, i);
      BwEnrolmentStatus st = bw_enrolment_get_status (e);
      g_autoptr(GtkStringList) labels = NULL;
      GtkWidget *person;
      GtkWidget *dropdown;
      BwAttendanceStatus att;
      g_autofree char *label = NULL;

      if (st != BW_ENROLMENT_STATUS_PLACED && st != BW_ENROLMENT_STATUS_STARTED &&
          st != BW_ENROLMENT_STATUS_COMPLETED && st != BW_ENROLMENT_STATUS_DROPPED_OUT)
        continue;
      labels = gtk_string_list_new ((const char *[]) { _("Not recorded"), NULL });
      for (int a = 0; a < BW_ATTENDANCE_N; a++)
        gtk_string_list_append (labels, bw_attendance_status_label (a));
      person = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (person), bw_enrolment_get_name (e));
      dropdown = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&labels)), NULL);
      gtk_widget_set_valign (dropdown, GTK_ALIGN_CENTER);
      label = g_strdup_printf (_("Attendance of %s"), bw_enrolment_get_name (e));
      gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      if (bw_planning_get_attendance (self->planning, bw_session_get_uuid (s), bw_enrolment_get_uuid (e), &att))
        gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), att + 1);
      g_object_set_data_full (G_OBJECT (dropdown), "session", g_strdup (bw_session_get_uuid (s)), g_free);
      g_object_set_data_full (G_OBJECT (dropdown), "enrolment", g_strdup (bw_enrolment_get_uuid (e)), g_free);
      g_signal_connect (dropdown, "notify::selected", G_CALLBACK (attendance_selected_cb), self);
      /* Attendance is the trainer's to record (the group says so). */
      gtk_widget_set_sensitive (dropdown, self->may_plan);
      adw_action_row_add_suffix (ADW_ACTION_ROW (person), dropdown);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (person), dropdown);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), person);
      shown++;
    }
  if (shown == 0)
    {
      GtkWidget *none = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (none), _("Nobody placed yet"));
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), none);
    }
  if (g_hash_table_contains (self->expanded, bw_session_get_uuid (s)))
    adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  g_signal_connect (row, "notify::expanded", G_CALLBACK (expanded_cb), self);
  return row;
}

/* Participants */

static char *
enrolment_subtitle (BwPlanningPage *self,
                    BwEnrolment    *e)
{
  g_autofree char *buurt = buurt_name (self, bw_enrolment_get_buurt_code (e));
  GString *s = g_string_new (NULL);

  if (bw_enrolment_get_status (e) == BW_ENROLMENT_STATUS_WAITING && bw_enrolment_get_waiting_position (e) > 0)
    /* TRANSLATORS: a place on the waiting list */
    g_string_append_printf (s, _("Waiting list, number %d"), bw_enrolment_get_waiting_position (e));
  else
    g_string_append (s, bw_enrolment_status_label (bw_enrolment_get_status (e)));
  if (bw_enrolment_get_outcome (e) && *bw_enrolment_get_outcome (e))
    g_string_append_printf (s, " (%s)", bw_enrolment_get_outcome (e));
  if (*buurt)
    g_string_append_printf (s, " · %s", buurt);
  if (bw_enrolment_get_language_need (e) != 0)
    g_string_append_printf (s, " · %s", bw_language_need_label (bw_enrolment_get_language_need (e)));
  return g_string_free (s, FALSE);
}

static GtkWidget *
create_enrolment_row (gpointer item,
                      gpointer user_data)
{
  BwPlanningPage *self = user_data;
  BwEnrolment *e = item;
  BwEnrolmentStatus st = bw_enrolment_get_status (e);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *menu_button = gtk_menu_button_new ();
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) danger = g_menu_new ();
  g_autofree char *subtitle = enrolment_subtitle (self, e);
  g_autofree char *menu_label = g_strdup_printf (_("Actions for %s"), bw_enrolment_get_name (e));
  const char *uuid = bw_enrolment_get_uuid (e);
  struct { const char *label; const char *action; gboolean enabled; } items[] = {
    { N_("_Place"), "planning.place", st == BW_ENROLMENT_STATUS_REFERRED || st == BW_ENROLMENT_STATUS_WAITING },
    { N_("_Started"), "planning.start", st == BW_ENROLMENT_STATUS_PLACED },
    { N_("_Completed…"), "planning.complete", st == BW_ENROLMENT_STATUS_PLACED || st == BW_ENROLMENT_STATUS_STARTED },
    { N_("_Dropped Out"), "planning.drop-out", st == BW_ENROLMENT_STATUS_PLACED || st == BW_ENROLMENT_STATUS_STARTED ||
                                              st == BW_ENROLMENT_STATUS_WAITING || st == BW_ENROLMENT_STATUS_REFERRED },
  };

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), bw_enrolment_get_name (e));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    if (items[i].enabled)
      {
        g_autoptr(GMenuItem) mi = g_menu_item_new (_(items[i].label), NULL);

        g_menu_item_set_action_and_target (mi, items[i].action, "s", uuid);
        g_menu_append_item (menu, mi);
      }
  {
    g_autoptr(GMenuItem) mi = g_menu_item_new (_("_Remove"), NULL);

    g_menu_item_set_action_and_target (mi, "planning.remove", "s", uuid);
    g_menu_append_item (danger, mi);
  }
  g_menu_append_section (menu, NULL, G_MENU_MODEL (danger));
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (menu_button), "view-more-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (menu_button), G_MENU_MODEL (menu));
  gtk_widget_set_valign (menu_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (menu_button, "flat");
  gtk_widget_set_tooltip_text (menu_button, menu_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (menu_button), GTK_ACCESSIBLE_PROPERTY_LABEL, menu_label, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), menu_button);
  return row;
}

/* Actions */

static void
new_offer_saved_cb (BwPlanningPage *self,
                    BwOffer        *offer)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  /* The next new offer starts in this buurt (see new_offer_action). */
  if (bw_offer_get_buurt_code (offer))
    g_settings_set_string (settings, "last-offer-buurt", bw_offer_get_buurt_code (offer));
  bw_planning_page_show_offer (self, bw_offer_get_uuid (offer));
  toast (self, _("Offer saved"));
}

static void
new_offer_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  BwPlanningPage *self = BW_PLANNING_PAGE (widget);
  BwOfferDialog *dialog;
  g_autofree char *buurt = NULL;

  if (self->planning == NULL)
    return;
  /* A new offer starts in the buurt the offers are filtered on, else in
   * the one last saved here; without either the user picks one, and Save
   * says why it is needed. */
  buurt = selected_buurt (self, self->buurt_filter);
  if (buurt == NULL)
    {
      g_autoptr(GSettings) settings = g_settings_new (APP_ID);

      buurt = g_settings_get_string (settings, "last-offer-buurt");
    }
  dialog = bw_offer_dialog_new (parent_window (self), self->planning, NULL, *buurt ? buurt : NULL);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (new_offer_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
edit_offer_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  BwPlanningPage *self = BW_PLANNING_PAGE (widget);
  BwOfferDialog *dialog;

  if (self->offer == NULL)
    return;
  dialog = bw_offer_dialog_new (parent_window (self), self->planning, self->offer, NULL);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (new_offer_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
session_saved_cb (BwPlanningPage *self)
{
  toast (self, _("Sessions saved"));
}

static void
add_session_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  BwPlanningPage *self = BW_PLANNING_PAGE (widget);
  BwSessionDialog *dialog;

  if (self->offer == NULL)
    return;
  dialog = bw_session_dialog_new (parent_window (self), self->planning, self->offer, NULL);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (session_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
edit_session_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  BwPlanningPage *self = BW_PLANNING_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(BwSession) session = bw_planning_get_session (self->planning, g_variant_get_string (param, NULL), &error);
  g_autoptr(BwOffer) offer = NULL;
  BwSessionDialog *dialog;

  if (session != NULL)
    offer = bw_planning_get_offer (self->planning, bw_session_get_offer_uuid (session), &error);
  if (offer == NULL)
    {
      toast (self, error->message);
      return;
    }
  dialog = bw_session_dialog_new (parent_window (self), self->planning, offer, session);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (session_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
place (BwPlanning     *planning,
       PlanningWrite  *w,
       GError        **error)
{
  return bw_planning_place (planning, w->uuid, error);
}

static void
place_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  planning_write (planning_write_new (BW_PLANNING_PAGE (widget), place, g_variant_get_string (param, NULL)));
}

static gboolean
set_enrolment_status (BwPlanning     *planning,
                      PlanningWrite  *w,
                      GError        **error)
{
  return bw_planning_set_enrolment_status (planning, w->uuid, w->status, w->text, error);
}

static void
set_status (BwPlanningPage    *self,
            const char        *uuid,
            BwEnrolmentStatus  status,
            const char        *outcome)
{
  PlanningWrite *w = planning_write_new (self, set_enrolment_status, uuid);

  w->status = status;
  w->text = g_strdup (outcome);
  planning_write (w);
}

static void
start_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  set_status (BW_PLANNING_PAGE (widget), g_variant_get_string (param, NULL), BW_ENROLMENT_STATUS_STARTED, NULL);
}

/* The answer of a question about an enrolment (ask_about_enrolment()). */
static void
enrolment_answer_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     BwPlanningPage   *self)
{
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  const char *uuid = g_object_get_data (G_OBJECT (dialog), "enrolment");
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  if (!g_str_equal (response, "confirm"))
    return;
  set_status (self, uuid, GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "status")), *text ? text : NULL);
}

static void
answer_changed_cb (GtkEditable      *entry,
                   AdwMessageDialog *dialog)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "confirm", *text != '\0');
}

/* Asks what the enrolment @param's new @status comes with (kept as its
 * outcome, which the server audits): an outcome when completed, a reason
 * when dropped out, which is required. */
static void
ask_about_enrolment (BwPlanningPage    *self,
                     GVariant          *param,
                     BwEnrolmentStatus  status)
{
  g_autoptr(BwEnrolment) e = bw_planning_get_enrolment (self->planning, g_variant_get_string (param, NULL), NULL);
  gboolean completed = status == BW_ENROLMENT_STATUS_COMPLETED;
  GtkWidget *dialog;
  GtkWidget *entry;
  g_autofree char *heading = NULL;

  if (e == NULL)
    return;
  heading = completed ? g_strdup_printf (_("%s Completed the Course"), bw_enrolment_get_name (e))
                      : g_strdup_printf (_("%s Dropped Out"), bw_enrolment_get_name (e));
  dialog = adw_message_dialog_new (parent_window (self), heading,
                                   completed ? _("What was the outcome? For example: certificate A2, a job, a follow-up course.")
                                             : _("Why did they stop? For example: found work, moved, health. The reason is kept with the course."));
  entry = gtk_entry_new ();
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  completed ? _("Outcome") : _("Reason"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "confirm", completed ? _("_Completed") : _("_Dropped Out"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "confirm", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "confirm");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  if (!completed)
    {
      adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "confirm", FALSE);
      g_signal_connect_object (entry, "changed", G_CALLBACK (answer_changed_cb), dialog, 0);
    }
  g_object_set_data_full (G_OBJECT (dialog), "enrolment", g_strdup (bw_enrolment_get_uuid (e)), g_free);
  g_object_set_data (G_OBJECT (dialog), "status", GINT_TO_POINTER (status));
  g_signal_connect_object (dialog, "response", G_CALLBACK (enrolment_answer_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
drop_out_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  ask_about_enrolment (BW_PLANNING_PAGE (widget), param, BW_ENROLMENT_STATUS_DROPPED_OUT);
}

static void
complete_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  ask_about_enrolment (BW_PLANNING_PAGE (widget), param, BW_ENROLMENT_STATUS_COMPLETED);
}

static gboolean
remove_enrolment (BwPlanning     *planning,
                  PlanningWrite  *w,
                  GError        **error)
{
  return bw_planning_remove_enrolment (planning, w->uuid, error);
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  PlanningWrite *w = planning_write_new (BW_PLANNING_PAGE (widget), remove_enrolment,
                                         g_variant_get_string (param, NULL));

  w->done_message = _("Participant removed");
  planning_write (w);
}

/* Export: the text is made here, the file written off the main loop. */

void
bw_planning_page_export_to (BwPlanningPage *self,
                            const char     *kind,
                            const char     *key,
                            GFile          *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  g_return_if_fail (BW_IS_PLANNING_PAGE (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->planning == NULL)
    return;
  if (g_str_equal (kind, "ics"))
    text = bw_planning_export_offer_ics (self->planning, key, &error);
  else if (g_str_equal (kind, "trainer"))
    text = bw_planning_export_trainer_ics (self->planning, key, &error);
  else
    text = bw_planning_export_participants_csv (self->planning, key, &error);
  if (text == NULL)
    toast (self, error->message);
  else
    {
      gsize len = strlen (text);
      g_autoptr(GBytes) bytes = g_bytes_new_take (g_steal_pointer (&text), len);

      bw_export_save (GTK_WIDGET (self), bw_planning_get_store (self->planning),
                      g_str_equal (kind, "ics") ? "offer_ics" : g_str_equal (kind, "trainer") ? "trainer_ics"
                                                                                               : "participants_csv",
                      file, bytes);
    }
}

static void
export_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    BwPlanningPage  *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL)
    bw_planning_page_export_to (self, g_object_get_data (G_OBJECT (chooser), "kind"),
                                g_object_get_data (G_OBJECT (chooser), "key"), file);
  g_object_unref (chooser);
}

static void
export (BwPlanningPage *self,
        const char     *kind,
        const char     *key,
        const char     *title,
        const char     *name)
{
  GtkFileChooserNative *chooser = bw_export_chooser_new (parent_window (self), title, _("_Save"), name);

  g_object_set_data_full (G_OBJECT (chooser), "kind", g_strdup (kind), g_free);
  g_object_set_data_full (G_OBJECT (chooser), "key", g_strdup (key), g_free);
  g_signal_connect (chooser, "response", G_CALLBACK (export_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* A file name from a title: letters, digits and dashes. */
static char *
file_name (const char *title,
           const char *suffix)
{
  g_autofree char *ascii = g_str_to_ascii (title ? title : "planning", NULL);

  for (char *p = ascii; *p; p++)
    if (!g_ascii_isalnum (*p))
      *p = '-';
  return g_strconcat (ascii, suffix, NULL);
}

/* planning.export-ics and planning.export-csv: of the offer shown. */
static void
export_offer_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  BwPlanningPage *self = BW_PLANNING_PAGE (widget);
  gboolean ics = g_str_equal (action_name, "planning.export-ics");
  g_autofree char *name = NULL;

  if (self->offer == NULL)
    return;
  name = file_name (bw_offer_get_title (self->offer), ics ? ".ics" : ".csv");
  export (self, ics ? "ics" : "csv", self->offer_uuid,
          ics ? _("Export Sessions") : _("Export Participants"), name);
}

static void
export_trainer_ics_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *param)
{
  BwPlanningPage *self = BW_PLANNING_PAGE (widget);
  g_autofree char *trainer = selected_string (self->week_trainer_filter);
  g_autofree char *name = NULL;

  if (trainer == NULL)
    {
      toast (self, _("Choose a trainer first"));
      return;
    }
  name = file_name (trainer, ".ics");
  export (self, "trainer", trainer, _("Export Trainer’s Sessions"), name);
}

/* The week view */

static gpointer
session_to_event (gpointer item,
                  gpointer user_data)
{
  g_autoptr(BwSession) s = item;
  BwPlanningPage *self = user_data;
  g_autoptr(GDateTime) start = bw_planning_local_time (bw_session_get_date (s), bw_session_get_start_time (s), NULL);
  g_autoptr(GDateTime) end = bw_planning_local_time (bw_session_get_date (s), bw_session_get_end_time (s), NULL);
  BwWeekEvent *event;

  if (start == NULL || end == NULL)
    {
      g_clear_pointer (&start, g_date_time_unref);
      g_clear_pointer (&end, g_date_time_unref);
      start = bw_date_now_local ();
      end = g_date_time_add_minutes (start, 1);
    }
  event = bw_week_event_new (start, end, bw_session_get_offer_title (s), bw_session_get_place_name (s));
  bw_week_event_set_source (event, G_OBJECT (s));
  if (bw_session_get_has_conflict (s))
    {
      g_autoptr(GPtrArray) conflicts = bw_planning_session_conflicts (self->planning, bw_session_get_uuid (s), NULL);
      g_autofree char *text = NULL;

      if (conflicts != NULL && conflicts->len > 0)
        text = bw_planning_conflict_describe (g_ptr_array_index (conflicts, 0));
      bw_week_event_set_conflict (event, TRUE, text);
    }
  return event;
}

static void
apply_week_filters (BwPlanningPage *self)
{
  g_autofree char *trainer = NULL;
  g_autofree char *buurt = NULL;
  const char *place_uuid = NULL;
  guint place = gtk_drop_down_get_selected (self->week_place_filter);
  g_autoptr(BwPlace) p = NULL;
  g_autoptr(GtkMapListModel) events = NULL;

  if (self->planning == NULL || self->updating_trainers)
    return;
  trainer = selected_string (self->week_trainer_filter);
  buurt = selected_buurt (self, self->week_buurt_filter);
  if (place != 0 && place != GTK_INVALID_LIST_POSITION)
    {
      p = g_list_model_get_item (self->places, place - 1);
      place_uuid = p ? bw_place_get_uuid (p) : NULL;
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "planning.export-trainer-ics", trainer != NULL);
  g_clear_object (&self->week_sessions);
  self->week_sessions = bw_planning_list_sessions (self->planning, NULL, NULL, trainer, place_uuid, buurt, NULL);
  events = gtk_map_list_model_new (g_object_ref (self->week_sessions), session_to_event, self, NULL);
  bw_week_view_set_model (self->week_view, G_LIST_MODEL (events));
}

static void
event_activated_cb (BwWeekView     *view,
                    BwWeekItem     *item,
                    BwPlanningPage *self)
{
  GObject *source = BW_IS_WEEK_EVENT (item) ? bw_week_event_get_source (BW_WEEK_EVENT (item)) : NULL;

  if (BW_IS_SESSION (source))
    {
      bw_planning_page_set_view (self, "offers");
      bw_planning_page_show_offer (self, bw_session_get_offer_uuid (BW_SESSION (source)));
    }
}

/* Demand and supply */

/* On the store's read thread: demand counts every active case. */
static gpointer
compute_demand (BwCaseStore  *store,
                gpointer      data,
                GError      **error)
{
  return bw_planning_demand_by_buurt (BW_PLANNING (data), error);
}

static gboolean
same_demand (const BwTrainingDemand *a,
             const BwTrainingDemand *b)
{
  return a != NULL && b != NULL && memcmp (a->demand, b->demand, sizeof a->demand) == 0 &&
         memcmp (a->places, b->places, sizeof a->places) == 0;
}

/* A trainer's demand is the server's count over every team, kept from
 * the last sync: say so, and how old it is, since it works offline. */
static void
show_demand_source (BwPlanningPage *self)
{
  g_autofree char *kept = bw_case_store_get_meta (bw_planning_get_store (self->planning), BW_FIGURES_META_KEY);
  g_autofree char *computed_at = NULL;
  g_autoptr(GHashTable) counted = NULL;
  gint64 totals[BW_FIGURES_N];

  if (kept != NULL)
    counted = bw_figures_parse (kept, totals, &computed_at, NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->demand_source_label), counted != NULL);
  if (counted != NULL)
    {
      g_autofree char *when = bw_date_timestamp_to_display (computed_at);
      g_autofree char *text = NULL;

      /* TRANSLATORS: %s is a day and time, e.g. "5 dec 2026, 14:05" */
      text = g_strdup_printf (_("Counted by the server over every team on %s, at the last synchronisation. Counts under 5 are shown as “< 5”."),
                              when);
      gtk_label_set_text (self->demand_source_label, text);
    }
}

static void
demand_computed (gpointer      user_data,
                 gpointer      result,
                 const GError *error)
{
  BwPlanningPage *self = user_data;
  g_autoptr(GPtrArray) rows = result;
  g_autoptr(GHashTable) old = NULL;
  GListModel *model = G_LIST_MODEL (self->demand_rows);
  guint n = g_list_model_get_n_items (model);
  gboolean same_rows = n == (rows ? rows->len : 0);

  if (rows == NULL)
    {
      g_warning ("Demand per buurt: %s", error ? error->message : "?");
      return;
    }
  show_demand_source (self);
  /* The table owns the entries from here on; filled before the rows are
   * bound again, so that they are bound with their figures. */
  old = g_steal_pointer (&self->demand);
  self->demand = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) bw_training_demand_free);
  g_ptr_array_set_free_func (rows, NULL);
  for (guint i = 0; i < rows->len; i++)
    {
      BwTrainingDemand *d = g_ptr_array_index (rows, i);
      g_autoptr(GtkStringObject) code = same_rows ? g_list_model_get_item (model, i) : NULL;

      g_hash_table_replace (self->demand, d->buurt_code, d);
      same_rows = same_rows && g_str_equal (gtk_string_object_get_string (code), d->buurt_code);
    }

  if (same_rows)
    {
      /* The same buurten: only the rows whose figures changed are bound
       * again (rebuilding every row took 20-70 ms on the main thread). */
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(GtkStringObject) code = g_list_model_get_item (model, i);
          const char *key = gtk_string_object_get_string (code);

          if (!same_demand (g_hash_table_lookup (old, key), g_hash_table_lookup (self->demand, key)))
            g_list_store_splice (self->demand_rows, i, 1, (gpointer *) &code, 1);
        }
    }
  else
    {
      g_autoptr(GPtrArray) codes = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint i = 0; i < rows->len; i++)
        g_ptr_array_add (codes, gtk_string_object_new (((BwTrainingDemand *) g_ptr_array_index (rows, i))->buurt_code));
      g_list_store_splice (self->demand_rows, 0, n, codes->pdata, codes->len);
    }
}

/* Any case may change the demand, any offer the places. */
static void
demand_changed_cb (BwPlanningPage *self)
{
  bw_shown_reader_queue (self->demand_reader);
}

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  data)
{
  GtkWidget *label = gtk_label_new (NULL);
  int column = GPOINTER_TO_INT (data);

  gtk_label_set_xalign (GTK_LABEL (label), column == 0 ? 0 : 1);
  if (column > 0)
    gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (item, label);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  data)
{
  GtkWidget *label = gtk_list_item_get_child (item);
  BwPlanningPage *self = g_object_get_data (G_OBJECT (factory), "page");
  const char *code = gtk_string_object_get_string (gtk_list_item_get_item (item));
  BwTrainingDemand *d = g_hash_table_lookup (self->demand, code);
  int column = GPOINTER_TO_INT (data);
  g_autofree char *text = NULL;

  if (column == 0)
    text = buurt_name (self, code);
  else if (d == NULL)
    text = g_strdup ("");
  else if (column <= BW_TRAINING_NEED_N)
    /* People: a small count could single someone out. */
    text = bw_figures_format_count (d->demand[column - 1]);
  else
    {
      gint64 places = 0;

      for (int i = 0; i < BW_TRAINING_NEED_N; i++)
        places += d->places[i];
      text = g_strdup_printf ("%'" G_GINT64_FORMAT, places);
    }
  gtk_label_set_text (GTK_LABEL (label), text);
}

static void
setup_demand_view (BwPlanningPage *self)
{
  const char *titles[] = {
    N_("Neighbourhood"), N_("Language"), N_("Digital skills"), N_("Work"), N_("Places offered"),
  };
  g_autoptr(GtkNoSelection) selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->demand_rows)));

  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkColumnViewColumn) column = NULL;

      g_object_set_data (G_OBJECT (factory), "page", self);
      g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), GINT_TO_POINTER (i));
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), GINT_TO_POINTER (i));
      column = gtk_column_view_column_new (_(titles[i]), factory);
      gtk_column_view_column_set_expand (column, i == 0);
      gtk_column_view_append_column (self->demand_view, column);
    }
  gtk_column_view_set_model (self->demand_view, GTK_SELECTION_MODEL (selection));
}

/* Set-up */

static GListModel *
buurten_with_all (BwPlanningPage *self)
{
  GtkStringList *list = gtk_string_list_new ((const char *[]) { _("All neighbourhoods"), NULL });
  GListModel *neighbourhoods = bw_case_store_get_neighbourhoods (bw_planning_get_store (self->planning));

  for (guint i = 0; i < g_list_model_get_n_items (neighbourhoods); i++)
    {
      g_autoptr(BwNeighbourhood) nb = g_list_model_get_item (neighbourhoods, i);

      gtk_string_list_append (list, bw_neighbourhood_get_name (nb));
    }
  return G_LIST_MODEL (list);
}

static void
setup_filters (BwPlanningPage *self)
{
  g_autoptr(GtkStringList) statuses = gtk_string_list_new ((const char *[]) { _("All statuses"), NULL });
  g_autoptr(GtkStringList) places = gtk_string_list_new ((const char *[]) { _("All places"), NULL });
  g_autoptr(GListModel) buurten = buurten_with_all (self);
  g_autoptr(GListModel) week_buurten = buurten_with_all (self);
  g_autoptr(GtkExpression) expr = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");
  guint n;

  for (int i = 0; i < BW_OFFER_STATUS_N; i++)
    gtk_string_list_append (statuses, bw_offer_status_label (i));
  g_clear_object (&self->places);
  self->places = bw_case_store_list_places (bw_planning_get_store (self->planning));
  n = g_list_model_get_n_items (self->places);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BwPlace) p = g_list_model_get_item (self->places, i);

      gtk_string_list_append (places, bw_place_get_name (p));
    }

  gtk_drop_down_set_model (self->status_filter, G_LIST_MODEL (statuses));
  gtk_drop_down_set_expression (self->buurt_filter, expr);
  gtk_drop_down_set_model (self->buurt_filter, buurten);
  gtk_drop_down_set_model (self->trainer_filter, G_LIST_MODEL (self->trainers));
  gtk_drop_down_set_model (self->week_trainer_filter, G_LIST_MODEL (self->trainers));
  gtk_drop_down_set_expression (self->week_place_filter, expr);
  gtk_drop_down_set_model (self->week_place_filter, G_LIST_MODEL (places));
  gtk_drop_down_set_expression (self->week_buurt_filter, expr);
  gtk_drop_down_set_model (self->week_buurt_filter, week_buurten);

  for (GtkDropDown **d = (GtkDropDown *[]) { self->status_filter, self->buurt_filter,
                                             self->trainer_filter, NULL }; *d; d++)
    g_signal_connect_object (*d, "notify::selected", G_CALLBACK (apply_offer_filters), self, G_CONNECT_SWAPPED);
  for (GtkDropDown **d = (GtkDropDown *[]) { self->week_trainer_filter, self->week_place_filter,
                                             self->week_buurt_filter, NULL }; *d; d++)
    g_signal_connect_object (*d, "notify::selected", G_CALLBACK (apply_week_filters), self, G_CONNECT_SWAPPED);
}

/* The lists (offers, the week's sessions, trainers, places) are made when
 * the page is first shown, not at start-up; from then on they follow
 * "changed". */
static void
load (BwPlanningPage *self)
{
  if (self->loaded || self->planning == NULL)
    return;
  self->loaded = TRUE;
  self->all_offers = bw_planning_list_offers (self->planning, -1, NULL, NULL);
  setup_filters (self);
  g_signal_connect_object (self->all_offers, "items-changed", G_CALLBACK (update_trainers), self, G_CONNECT_SWAPPED);
  update_trainers (self);
  apply_offer_filters (self);
  apply_week_filters (self);
}

void
bw_planning_page_set_planning (BwPlanningPage *self,
                               BwPlanning     *planning)
{
  g_return_if_fail (BW_IS_PLANNING_PAGE (self));
  g_return_if_fail (BW_IS_PLANNING (planning));
  g_return_if_fail (self->planning == NULL);

  self->planning = g_object_ref (planning);
  g_signal_connect_object (planning, "changed", G_CALLBACK (planning_changed_cb), self, G_CONNECT_SWAPPED);
  /* Counted only while the table is on screen (see BwShownReader). */
  self->demand_reader = bw_shown_reader_new (GTK_WIDGET (self->demand_view), bw_planning_get_store (planning),
                                             compute_demand, G_OBJECT (planning),
                                             (GDestroyNotify) g_ptr_array_unref, demand_computed, self);
  g_signal_connect_object (planning, "changed", G_CALLBACK (demand_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (bw_planning_get_store (planning), "case-changed", G_CALLBACK (demand_changed_cb),
                           self, G_CONNECT_SWAPPED);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    load (self);
  update_details (self);
}

void
bw_planning_page_set_stack (BwPlanningPage *self,
                            AdwViewStack   *stack)
{
  g_return_if_fail (BW_IS_PLANNING_PAGE (self));
  adw_view_switcher_set_stack (self->view_switcher, stack);
}

void
bw_planning_page_show_offer (BwPlanningPage *self,
                             const char     *uuid)
{
  g_return_if_fail (BW_IS_PLANNING_PAGE (self));
  load (self);
  show_details (self, uuid);
  select_uuid (self, uuid);
  if (gtk_single_selection_get_selected (self->selection) == GTK_INVALID_LIST_POSITION && uuid != NULL)
    {
      /* Hidden by the filters: show all offers. */
      gtk_drop_down_set_selected (self->status_filter, 0);
      gtk_drop_down_set_selected (self->buurt_filter, 0);
      gtk_drop_down_set_selected (self->trainer_filter, 0);
      select_uuid (self, uuid);
    }
}

void
bw_planning_page_set_view (BwPlanningPage *self,
                           const char     *name)
{
  g_return_if_fail (BW_IS_PLANNING_PAGE (self));
  gtk_stack_set_visible_child_name (self->view_stack, name);
}

const char *
bw_planning_page_get_offer_uuid (BwPlanningPage *self)
{
  g_return_val_if_fail (BW_IS_PLANNING_PAGE (self), NULL);
  return self->offer_uuid;
}

BwWeekView *
bw_planning_page_get_week_view (BwPlanningPage *self)
{
  g_return_val_if_fail (BW_IS_PLANNING_PAGE (self), NULL);
  return self->week_view;
}

static void
bw_planning_page_dispose (GObject *object)
{
  BwPlanningPage *self = BW_PLANNING_PAGE (object);

  g_clear_object (&self->demand_reader);
  if (self->session_list)
    gtk_list_box_bind_model (self->session_list, NULL, NULL, NULL, NULL);
  if (self->enrolment_list)
    gtk_list_box_bind_model (self->enrolment_list, NULL, NULL, NULL, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), BW_TYPE_PLANNING_PAGE);
  g_clear_object (&self->planning);
  g_clear_object (&self->all_offers);
  g_clear_object (&self->trainers);
  g_clear_object (&self->places);
  g_clear_object (&self->selection);
  g_clear_object (&self->offer);
  g_clear_object (&self->sessions);
  g_clear_object (&self->enrolments);
  g_clear_object (&self->week_sessions);
  g_clear_object (&self->demand_rows);
  g_clear_pointer (&self->demand, g_hash_table_unref);
  g_clear_pointer (&self->expanded, g_hash_table_unref);
  g_clear_pointer (&self->offer_uuid, g_free);

  G_OBJECT_CLASS (bw_planning_page_parent_class)->dispose (object);
}

static void
bw_planning_page_class_init (BwPlanningPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bw_planning_page_dispose;

  signals[SHOW_TOAST] = g_signal_new ("show-toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                      0, NULL, NULL, NULL, G_TYPE_NONE, 1, ADW_TYPE_TOAST);

  g_type_ensure (BW_TYPE_WEEK_VIEW);
  g_type_ensure (BW_TYPE_SYNC_BUTTON);
  gtk_widget_class_set_template_from_resource (widget_class, "/nl/heerlen/Buurtwerk/ui/bw-planning-page.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, BwPlanningPage, name)
  BIND (header_bar);
  BIND (new_offer_button);
  BIND (no_offer_page);
  BIND (no_offer_button);
  BIND (edit_offer_button);
  BIND (add_session_button);
  BIND (sessions_group);
  BIND (view_switcher);
  BIND (view_stack);
  BIND (status_filter);
  BIND (buurt_filter);
  BIND (trainer_filter);
  BIND (offer_list);
  BIND (detail_stack);
  BIND (offer_title);
  BIND (offer_summary);
  BIND (kind_row);
  BIND (target_row);
  BIND (trainer_row);
  BIND (partner_row);
  BIND (period_row);
  BIND (description_row);
  BIND (session_list);
  BIND (enrolment_list);
  BIND (week_trainer_filter);
  BIND (week_place_filter);
  BIND (week_buurt_filter);
  BIND (week_view);
  BIND (demand_view);
  BIND (demand_source_label);
#undef BIND

  gtk_widget_class_install_action (widget_class, "planning.new-offer", NULL, new_offer_action);
  gtk_widget_class_install_action (widget_class, "planning.edit-offer", NULL, edit_offer_action);
  gtk_widget_class_install_action (widget_class, "planning.add-session", NULL, add_session_action);
  gtk_widget_class_install_action (widget_class, "planning.edit-session", "s", edit_session_action);
  gtk_widget_class_install_action (widget_class, "planning.export-ics", NULL, export_offer_action);
  gtk_widget_class_install_action (widget_class, "planning.export-csv", NULL, export_offer_action);
  gtk_widget_class_install_action (widget_class, "planning.export-trainer-ics", NULL, export_trainer_ics_action);
  gtk_widget_class_install_action (widget_class, "planning.place", "s", place_action);
  gtk_widget_class_install_action (widget_class, "planning.start", "s", start_action);
  gtk_widget_class_install_action (widget_class, "planning.complete", "s", complete_action);
  gtk_widget_class_install_action (widget_class, "planning.drop-out", "s", drop_out_action);
  gtk_widget_class_install_action (widget_class, "planning.remove", "s", remove_action);
}

static void
bw_planning_page_init (BwPlanningPage *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  self->trainers = gtk_string_list_new ((const char *[]) { _("All trainers"), NULL });
  self->expanded = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->demand_rows = g_list_store_new (GTK_TYPE_STRING_OBJECT);
  self->demand = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) bw_training_demand_free);
  self->selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_offer_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_offer_cb), self);
  gtk_list_view_set_factory (self->offer_list, factory);
  gtk_list_view_set_model (self->offer_list, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect (self->offer_list, "activate", G_CALLBACK (offer_activated_cb), self);
  g_signal_connect_swapped (self->selection, "notify::selected", G_CALLBACK (selection_changed_cb), self);
  g_signal_connect (self->week_view, "event-activated", G_CALLBACK (event_activated_cb), self);
  setup_demand_view (self);
  g_signal_connect (self, "map", G_CALLBACK (load), NULL);
  self->may_plan = TRUE;
}

void
bw_planning_page_set_may_plan (BwPlanningPage *self,
                               gboolean        may_plan)
{
  g_return_if_fail (BW_IS_PLANNING_PAGE (self));

  may_plan = !!may_plan;
  self->may_plan = may_plan;
  /* The server refuses offers, sessions and attendance from anyone but a
   * trainer: their controls go, and the page says who plans. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "planning.new-offer", may_plan);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "planning.edit-session", may_plan);
  gtk_widget_set_visible (self->new_offer_button, may_plan);
  gtk_widget_set_visible (self->no_offer_button, may_plan);
  gtk_widget_set_visible (self->edit_offer_button, may_plan);
  gtk_widget_set_visible (self->add_session_button, may_plan);
  adw_status_page_set_description (self->no_offer_page,
                                   may_plan ? _("Choose a training offer from the list, or plan a new one.")
                                            : _("Choose a training offer from the list. Trainers plan the offers and their sessions."));
  adw_preferences_group_set_description (self->sessions_group,
                                         may_plan ? _("Open a session to record who was there.")
                                                  : _("The trainer records who was there."));
  update_details (self);
  if (self->sessions != NULL)
    gtk_list_box_bind_model (self->session_list, self->sessions, create_session_row, self, NULL);
}
