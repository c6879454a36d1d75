/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-app-work"
#include "config.h"

#include <glib/gi18n.h>

#include "bw-case-store-work.h"
#include "bw-date.h"
#include "bw-share.h"
#include "bw-sync-button.h"
#include "bw-work-page.h"

struct _BwWorkPage
{
  GtkWidget parent_instance;

  BwCaseStore *store;
  BwSyncEngine *engine;
  GCancellable *cancellable;
  GListModel *sections[BW_WORK_N_SECTIONS];
  BwWorkSection shown;
  GListStore *items;          /* the rows of the section shown */
  /* Transfers answered here: not shown again until the sync has taken
   * them off the case (case uuids). */
  GHashTable *answered;
  gboolean loading;
  guint total;

  /* template children */
  AdwViewSwitcher *view_switcher;
  GtkStack *page_stack;
  AdwStatusPage *empty_page;
  GtkListBox *section_list;
  GtkLabel *overdue_count;
  GtkLabel *week_count;
  GtkLabel *contact_count;
  GtkLabel *reassess_count;
  GtkLabel *shares_count;
  GtkLabel *waiting_count;
  GtkLabel *transfers_count;
  GtkLabel *section_title;
  GtkLabel *section_hint;
  GtkStack *items_stack;
  GtkListView *item_list;
};

G_DEFINE_FINAL_TYPE (BwWorkPage, bw_work_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_LOADING,
  PROP_TOTAL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SHOW_TOAST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
section_title (BwWorkSection section)
{
  switch (section)
    {
    case BW_WORK_OVERDUE:
      return _("Overdue");
    case BW_WORK_THIS_WEEK:
      return _("This Week");
    case BW_WORK_NO_CONTACT:
      return _("No Recent Contact");
    case BW_WORK_REASSESS:
      return _("Life Domains Due");
    case BW_WORK_SHARES_ENDING:
      return _("Shares Ending");
    case BW_WORK_WAITING_LIST:
      return _("On a Waiting List");
    case BW_WORK_TRANSFERS:
    case BW_WORK_N_SECTIONS:
    default:
      return _("Transfers for Me");
    }
}

static char *
section_hint (BwWorkPage    *self,
              BwWorkSection  section)
{
  guint weeks = self->store ? bw_case_store_get_contact_weeks (self->store) : 6;
  guint months = self->store ? bw_case_store_get_reassess_months (self->store) : 3;

  switch (section)
    {
    case BW_WORK_OVERDUE:
      return g_strdup (_("Your actions whose due date has passed. Tick one when it is done."));
    case BW_WORK_THIS_WEEK:
      return g_strdup (_("Your actions due from today to Sunday."));
    case BW_WORK_NO_CONTACT:
      return g_strdup_printf (ngettext ("Your open cases without a journal note in the last week.",
                                        "Your open cases without a journal note in the last %u weeks.", weeks),
                              weeks);
    case BW_WORK_REASSESS:
      return g_strdup_printf (ngettext ("Your open cases whose life domains were scored more than a month ago, or never.",
                                        "Your open cases whose life domains were scored more than %u months ago, or never.",
                                        months),
                              months);
    case BW_WORK_SHARES_ENDING:
      return g_strdup (_("Shares of your cases with a partner that end within 30 days: ask for consent again or let them end."));
    case BW_WORK_WAITING_LIST:
      return g_strdup (_("Residents of your cases on the waiting list of a course."));
    case BW_WORK_TRANSFERS:
    case BW_WORK_N_SECTIONS:
    default:
      return g_strdup (_("Cases a colleague or another team hands over to you: accept or decline."));
    }
}

/* Where a row opens its case (bw_case_page_show_section()). */
static const char *
case_section (BwWorkSection section)
{
  switch (section)
    {
    case BW_WORK_OVERDUE:
    case BW_WORK_THIS_WEEK:
      return "actions";
    case BW_WORK_NO_CONTACT:
      return "journal";
    case BW_WORK_REASSESS:
      return "assessments";
    case BW_WORK_SHARES_ENDING:
      return "shares";
    case BW_WORK_WAITING_LIST:
      return "courses";
    case BW_WORK_TRANSFERS:
    case BW_WORK_N_SECTIONS:
    default:
      return "owner";
    }
}

static GtkLabel *
count_label (BwWorkPage    *self,
             BwWorkSection  section)
{
  GtkLabel *labels[BW_WORK_N_SECTIONS] = {
    self->overdue_count, self->week_count, self->contact_count, self->reassess_count,
    self->shares_count, self->waiting_count, self->transfers_count,
  };

  return labels[section];
}

/* The count beside a section, and the row's name for a screen reader
 * ("Overdue, 3"). */
static void
show_count (BwWorkPage    *self,
            BwWorkSection  section,
            guint          n)
{
  g_autofree char *text = g_strdup_printf ("%u", n);
  g_autofree char *name = g_strdup_printf ("%s, %u", section_title (section), n);

  gtk_label_set_text (count_label (self, section), text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_list_box_get_row_at_index (self->section_list, section)),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

static void
toast (BwWorkPage *self,
       const char *text)
{
  g_autoptr(AdwToast) t = adw_toast_new (text);

  g_signal_emit (self, signals[SHOW_TOAST], 0, t);
}

/* The rows */

static gboolean
same_item (BwWorkItem *a,
           BwWorkItem *b)
{
  return bw_work_item_get_section (a) == bw_work_item_get_section (b) &&
         bw_work_item_get_case_id (a) == bw_work_item_get_case_id (b) &&
         bw_work_item_get_record_id (a) == bw_work_item_get_record_id (b) &&
         g_strcmp0 (bw_work_item_get_case_uuid (a), bw_work_item_get_case_uuid (b)) == 0 &&
         g_strcmp0 (bw_work_item_get_name (a), bw_work_item_get_name (b)) == 0 &&
         g_strcmp0 (bw_work_item_get_text (a), bw_work_item_get_text (b)) == 0 &&
         g_strcmp0 (bw_work_item_get_date (a), bw_work_item_get_date (b)) == 0;
}

static void
show_section_items (BwWorkPage *self)
{
  GListModel *items = self->sections[self->shown];
  guint n = items ? g_list_model_get_n_items (items) : 0;
  g_autofree char *hint = section_hint (self, self->shown);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  gboolean same = n == g_list_model_get_n_items (G_LIST_MODEL (self->items));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BwWorkItem) shown = same ? g_list_model_get_item (G_LIST_MODEL (self->items), i) : NULL;

      g_ptr_array_add (rows, g_list_model_get_item (items, i));
      same = same && same_item (shown, g_ptr_array_index (rows, i));
    }
  /* The rows stay as they are when nothing in them changed (a read after
   * every change of any case): a click on them is not lost. */
  if (!same)
    g_list_store_splice (self->items, 0, g_list_model_get_n_items (G_LIST_MODEL (self->items)),
                         rows->pdata, rows->len);
  gtk_label_set_text (self->section_title, section_title (self->shown));
  gtk_label_set_text (self->section_hint, hint);
  gtk_stack_set_visible_child_name (self->items_stack, n > 0 ? "items" : "none");
}

static void
set_loading (BwWorkPage *self,
             gboolean    loading)
{
  if (self->loading == loading)
    return;
  self->loading = loading;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static void
work_read_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(BwWorkPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sections = bw_case_store_read_work_finish (BW_CASE_STORE (source), result, &error);
  guint total = 0;

  /* A newer read is on its way: this one's answer is stale. */
  if (g_task_get_cancellable (G_TASK (result)) != self->cancellable ||
      g_cancellable_is_cancelled (self->cancellable))
    return;
  set_loading (self, FALSE);
  if (sections == NULL)
    {
      g_warning ("Could not read My work: %s", error->message);
      return;
    }
  {
    GListModel *transfers = g_ptr_array_index (sections, BW_WORK_TRANSFERS);
    GListStore *open = g_list_store_new (BW_TYPE_WORK_ITEM);
    g_autoptr(GHashTable) still = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

    for (guint i = 0; i < g_list_model_get_n_items (transfers); i++)
      {
        g_autoptr(BwWorkItem) item = g_list_model_get_item (transfers, i);
        const char *uuid = bw_work_item_get_case_uuid (item);

        if (g_hash_table_contains (self->answered, uuid))
          g_hash_table_add (still, g_strdup (uuid));
        else
          g_list_store_append (open, item);
      }
    g_hash_table_unref (self->answered);
    self->answered = g_steal_pointer (&still);
    g_ptr_array_index (sections, BW_WORK_TRANSFERS) = open;
    g_object_unref (transfers);
  }
  for (guint i = 0; i < BW_WORK_N_SECTIONS; i++)
    {
      guint n = g_list_model_get_n_items (g_ptr_array_index (sections, i));

      g_set_object (&self->sections[i], g_ptr_array_index (sections, i));
      show_count (self, i, n);
      total += n;
    }
  show_section_items (self);
  if (total == 0)
    adw_status_page_set_description (self->empty_page,
                                     bw_case_store_get_user_id (self->store) > 0
                                       ? _("No action is overdue or due this week, your cases had contact and their life domains are up to date.")
                                       : _("Your cases and actions show here once you have logged in and synchronised."));
  gtk_stack_set_visible_child_name (self->page_stack, total > 0 ? "work" : "empty");
  /* Told after every read: the sections' counts may move while the
   * total stays (an action due this week became overdue). */
  self->total = total;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOTAL]);
}

void
bw_work_page_refresh (BwWorkPage *self)
{
  g_return_if_fail (BW_IS_WORK_PAGE (self));

  if (self->store == NULL)
    return;
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  set_loading (self, TRUE);
  bw_case_store_read_work_async (self->store, self->cancellable, work_read_cb, g_object_ref (self));
}

/* Marking an action done */

static void
action_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GtkCheckButton) check = user_data;
  g_autoptr(GError) error = NULL;
  BwWorkPage *self = BW_WORK_PAGE (gtk_widget_get_ancestor (GTK_WIDGET (check), BW_TYPE_WORK_PAGE));

  gtk_widget_set_sensitive (GTK_WIDGET (check), TRUE);
  if (!bw_case_store_complete_action_finish (BW_CASE_STORE (source), result, &error))
    {
      gtk_check_button_set_active (check, FALSE);
      if (self != NULL)
        toast (self, error->message);
      return;
    }
  if (self != NULL)
    toast (self, _("Action done"));
}

static void
check_toggled_cb (GtkCheckButton *check,
                  BwWorkPage     *self)
{
  BwWorkItem *item = g_object_get_data (G_OBJECT (check), "bw-item");

  /* Only ticking: binding a row sets it back, untouched. */
  if (item == NULL || !gtk_check_button_get_active (check) || !gtk_widget_get_sensitive (GTK_WIDGET (check)))
    return;
  gtk_widget_set_sensitive (GTK_WIDGET (check), FALSE);
  bw_case_store_complete_action_async (self->store, bw_work_item_get_record_id (item), NULL, action_done_cb,
                                       g_object_ref (check));
}

/* Answering a transfer */

typedef struct {
  BwWorkPage *self;
  char *case_uuid;
  gboolean accept;
} Answer;

static void
answered_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  Answer *a = user_data;
  g_autoptr(GError) error = NULL;

  if (!bw_sync_engine_answer_transfer_finish (BW_SYNC_ENGINE (source), result, &error))
    toast (a->self, error->message);
  else
    {
      g_hash_table_add (a->self->answered, g_strdup (a->case_uuid));
      toast (a->self, a->accept ? _("Transfer accepted; the case comes with the next sync")
                                : _("Transfer declined"));
      /* The case as it is now, or without the offer. */
      gtk_widget_activate_action (GTK_WIDGET (a->self), "app.sync", NULL);
    }
  bw_work_page_refresh (a->self);
  g_object_unref (a->self);
  g_free (a->case_uuid);
  g_free (a);
}

static void
answer (BwWorkPage *self,
        BwWorkItem *item,
        gboolean    accept,
        const char *note)
{
  Answer *a = g_new0 (Answer, 1);

  if (self->engine == NULL || !bw_sync_engine_is_configured (self->engine))
    {
      toast (self, _("Log in to answer a transfer"));
      g_free (a);
      return;
    }
  a->self = g_object_ref (self);
  a->case_uuid = g_strdup (bw_work_item_get_case_uuid (item));
  a->accept = accept;
  bw_sync_engine_answer_transfer_async (self->engine, bw_work_item_get_case_uuid (item), accept, note, NULL,
                                        answered_cb, a);
}

static void
accept_clicked_cb (GtkButton  *button,
                   BwWorkPage *self)
{
  BwWorkItem *item = g_object_get_data (G_OBJECT (button), "bw-item");

  if (item != NULL)
    answer (self, item, TRUE, NULL);
}

static void
reason_changed_cb (GtkEditable      *entry,
                   AdwMessageDialog *dialog)
{
  g_autofree char *reason = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "decline", *reason != '\0');
}

static void
decline_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     BwWorkPage       *self)
{
  BwWorkItem *item = g_object_get_data (G_OBJECT (dialog), "bw-item");
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  g_autofree char *reason = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  if (g_str_equal (response, "decline") && *reason != '\0')
    answer (self, item, FALSE, reason);
}

static void
decline_clicked_cb (GtkButton  *button,
                    BwWorkPage *self)
{
  BwWorkItem *item = g_object_get_data (G_OBJECT (button), "bw-item");
  GtkWidget *dialog;
  GtkWidget *entry;

  if (item == NULL)
    return;
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                   _("Decline the Transfer?"),
                                   _("Say why: the one who offered it reads your reason."));
  entry = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Reason"));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Reason"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "decline", _("_Decline"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "decline", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "decline", FALSE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "decline");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "bw-item", g_object_ref (item), g_object_unref);
  g_signal_connect_object (entry, "changed", G_CALLBACK (reason_changed_cb), dialog, 0);
  g_signal_connect_object (dialog, "response", G_CALLBACK (decline_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The row: [done] name / what it is about, [date] [accept] [decline] */

static void
setup_row_cb (GtkListItemFactory *factory,
              GtkListItem        *list_item,
              BwWorkPage         *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);
  GtkWidget *date = gtk_label_new (NULL);
  GtkWidget *accept = gtk_button_new_with_mnemonic (_("_Accept"));
  GtkWidget *decline = gtk_button_new_with_mnemonic (_("_Decline…"));

  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_tooltip_text (check, _("Mark as done"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Mark as done"), -1);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_widget_set_valign (texts, GTK_ALIGN_CENTER);
  for (GtkWidget *l = title; l; l = l == title ? subtitle : NULL)
    {
      gtk_label_set_xalign (GTK_LABEL (l), 0);
      gtk_label_set_ellipsize (GTK_LABEL (l), PANGO_ELLIPSIZE_END);
      gtk_box_append (GTK_BOX (texts), l);
    }
  gtk_widget_add_css_class (title, "heading");
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_add_css_class (date, "numeric");
  gtk_widget_add_css_class (accept, "suggested-action");
  for (GtkWidget **w = (GtkWidget *[]) { accept, decline, NULL }; *w; w++)
    gtk_widget_set_valign (*w, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), check);
  gtk_box_append (GTK_BOX (box), texts);
  gtk_box_append (GTK_BOX (box), date);
  gtk_box_append (GTK_BOX (box), accept);
  gtk_box_append (GTK_BOX (box), decline);
  g_signal_connect_object (check, "toggled", G_CALLBACK (check_toggled_cb), self, 0);
  g_signal_connect_object (accept, "clicked", G_CALLBACK (accept_clicked_cb), self, 0);
  g_signal_connect_object (decline, "clicked", G_CALLBACK (decline_clicked_cb), self, 0);
  g_object_set_data (G_OBJECT (list_item), "bw-check", check);
  g_object_set_data (G_OBJECT (list_item), "bw-title", title);
  g_object_set_data (G_OBJECT (list_item), "bw-subtitle", subtitle);
  g_object_set_data (G_OBJECT (list_item), "bw-date", date);
  g_object_set_data (G_OBJECT (list_item), "bw-accept", accept);
  g_object_set_data (G_OBJECT (list_item), "bw-decline", decline);
  gtk_list_item_set_child (list_item, box);
}

/* What the row says under the name. */
static char *
row_subtitle (BwWorkItem *item)
{
  const char *text = bw_work_item_get_text (item);
  const char *date = bw_work_item_get_date (item);
  g_autofree char *shown = date ? bw_date_to_display (date) : NULL;

  switch (bw_work_item_get_section (item))
    {
    case BW_WORK_OVERDUE:
    case BW_WORK_THIS_WEEK:
      return g_strdup (text);
    case BW_WORK_NO_CONTACT:
      return date ? g_strdup_printf (_("Last contact %s"), shown) : g_strdup (_("No contact yet"));
    case BW_WORK_REASSESS:
      return date ? g_strdup_printf (_("Life domains last scored %s"), shown)
                  : g_strdup (_("Life domains not scored yet"));
    case BW_WORK_SHARES_ENDING:
      return g_strdup_printf (_("Shared with %s until %s"), bw_organisation_to_label (text), shown);
    case BW_WORK_WAITING_LIST:
      return g_strdup_printf (_("Waiting list of “%s” since %s"), text, shown);
    case BW_WORK_TRANSFERS:
    case BW_WORK_N_SECTIONS:
    default:
      return g_strdup (text && *text ? text : _("No note"));
    }
}

static void
bind_row_cb (GtkListItemFactory *factory,
             GtkListItem        *list_item,
             BwWorkPage         *self)
{
  BwWorkItem *item = gtk_list_item_get_item (list_item);
  BwWorkSection section = bw_work_item_get_section (item);
  GtkWidget *check = g_object_get_data (G_OBJECT (list_item), "bw-check");
  GtkWidget *date = g_object_get_data (G_OBJECT (list_item), "bw-date");
  GtkWidget *accept = g_object_get_data (G_OBJECT (list_item), "bw-accept");
  GtkWidget *decline = g_object_get_data (G_OBJECT (list_item), "bw-decline");
  gboolean action = section == BW_WORK_OVERDUE || section == BW_WORK_THIS_WEEK;
  gboolean offered = section == BW_WORK_TRANSFERS;
  g_autofree char *subtitle = row_subtitle (item);
  g_autofree char *title = bw_work_item_get_case_id (item) == 0
                             ? g_strdup_printf (_("Offered by %s"), bw_work_item_get_name (item))
                             : g_strdup (bw_work_item_get_name (item));

  /* Set back first, with the row's item cleared, so that reusing a
   * ticked row's check does not mark its new action done. */
  g_object_set_data (G_OBJECT (check), "bw-item", NULL);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), FALSE);
  gtk_widget_set_sensitive (check, TRUE);
  gtk_widget_set_visible (check, action);
  g_object_set_data_full (G_OBJECT (check), "bw-item", g_object_ref (item), g_object_unref);
  g_object_set_data_full (G_OBJECT (accept), "bw-item", g_object_ref (item), g_object_unref);
  g_object_set_data_full (G_OBJECT (decline), "bw-item", g_object_ref (item), g_object_unref);
  gtk_widget_set_visible (accept, offered);
  gtk_widget_set_visible (decline, offered);
  gtk_label_set_text (g_object_get_data (G_OBJECT (list_item), "bw-title"), title);
  gtk_label_set_text (g_object_get_data (G_OBJECT (list_item), "bw-subtitle"), subtitle);
  if (action && bw_work_item_get_date (item) != NULL)
    {
      g_autofree char *shown = bw_date_to_display (bw_work_item_get_date (item));

      gtk_label_set_text (GTK_LABEL (date), shown);
      if (section == BW_WORK_OVERDUE)
        gtk_widget_add_css_class (date, "error");
      else
        gtk_widget_remove_css_class (date, "error");
    }
  gtk_widget_set_visible (date, action);
}

static void
item_activated_cb (GtkListView *view,
                   guint        position,
                   BwWorkPage  *self)
{
  g_autoptr(BwWorkItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), position);

  if (item == NULL)
    return;
  if (bw_work_item_get_case_id (item) == 0)
    {
      toast (self, _("The case comes to this desktop once the transfer is accepted"));
      return;
    }
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-case-section", "(xs)",
                              bw_work_item_get_case_id (item), case_section (bw_work_item_get_section (item)));
}

static void
section_selected_cb (GtkListBox    *list,
                     GtkListBoxRow *row,
                     BwWorkPage    *self)
{
  if (row == NULL)
    return;
  self->shown = gtk_list_box_row_get_index (row);
  show_section_items (self);
}

/* Public */

void
bw_work_page_set_store (BwWorkPage  *self,
                        BwCaseStore *store)
{
  g_return_if_fail (BW_IS_WORK_PAGE (self));
  g_return_if_fail (self->store == NULL);

  self->store = g_object_ref (store);
  /* Any change of a case may change my work; a read costs what I carry. */
  g_signal_connect_object (store, "case-changed", G_CALLBACK (bw_work_page_refresh), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "planning-changed", G_CALLBACK (bw_work_page_refresh), self,
                           G_CONNECT_SWAPPED);
  bw_work_page_refresh (self);
}

void
bw_work_page_set_engine (BwWorkPage   *self,
                         BwSyncEngine *engine)
{
  g_return_if_fail (BW_IS_WORK_PAGE (self));

  g_set_object (&self->engine, engine);
  if (engine != NULL)
    g_signal_connect_object (engine, "user-changed", G_CALLBACK (bw_work_page_refresh), self, G_CONNECT_SWAPPED);
  bw_work_page_refresh (self);
}

void
bw_work_page_set_stack (BwWorkPage   *self,
                        AdwViewStack *stack)
{
  g_return_if_fail (BW_IS_WORK_PAGE (self));
  adw_view_switcher_set_stack (self->view_switcher, stack);
}

gboolean
bw_work_page_get_loading (BwWorkPage *self)
{
  g_return_val_if_fail (BW_IS_WORK_PAGE (self), FALSE);
  return self->loading;
}

guint
bw_work_page_get_count (BwWorkPage    *self,
                        BwWorkSection  section)
{
  g_return_val_if_fail (BW_IS_WORK_PAGE (self), 0);
  g_return_val_if_fail (section < BW_WORK_N_SECTIONS, 0);
  return self->sections[section] ? g_list_model_get_n_items (self->sections[section]) : 0;
}

guint
bw_work_page_get_total (BwWorkPage *self)
{
  g_return_val_if_fail (BW_IS_WORK_PAGE (self), 0);
  return self->total;
}

void
bw_work_page_select_section (BwWorkPage    *self,
                             BwWorkSection  section)
{
  g_return_if_fail (BW_IS_WORK_PAGE (self));
  g_return_if_fail (section < BW_WORK_N_SECTIONS);
  gtk_list_box_select_row (self->section_list, gtk_list_box_get_row_at_index (self->section_list, section));
}

GListModel *
bw_work_page_get_items (BwWorkPage *self)
{
  g_return_val_if_fail (BW_IS_WORK_PAGE (self), NULL);
  return G_LIST_MODEL (self->items);
}

/* GObject */

static void
bw_work_page_dispose (GObject *object)
{
  BwWorkPage *self = BW_WORK_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), BW_TYPE_WORK_PAGE);
  for (guint i = 0; i < BW_WORK_N_SECTIONS; i++)
    g_clear_object (&self->sections[i]);
  g_clear_object (&self->items);
  g_clear_pointer (&self->answered, g_hash_table_unref);
  g_clear_object (&self->engine);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (bw_work_page_parent_class)->dispose (object);
}

static void
bw_work_page_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  BwWorkPage *self = BW_WORK_PAGE (object);

  switch (prop_id)
    {
    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;
    case PROP_TOTAL:
      g_value_set_uint (value, self->total);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bw_work_page_class_init (BwWorkPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bw_work_page_dispose;
  object_class->get_property = bw_work_page_get_property;

  properties[PROP_LOADING] = g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                                                   G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TOTAL] = g_param_spec_uint ("total", NULL, NULL, 0, G_MAXUINT, 0,
                                              G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Feedback for the window's toast overlay. */
  signals[SHOW_TOAST] = g_signal_new ("show-toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                      0, NULL, NULL, NULL, G_TYPE_NONE, 1, ADW_TYPE_TOAST);

  g_type_ensure (BW_TYPE_SYNC_BUTTON);
  gtk_widget_class_set_template_from_resource (widget_class, "/nl/heerlen/Buurtwerk/ui/bw-work-page.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

#define BIND(name) gtk_widget_class_bind_template_child (widget_class, BwWorkPage, name)
  BIND (view_switcher);
  BIND (page_stack);
  BIND (empty_page);
  BIND (section_list);
  BIND (overdue_count);
  BIND (week_count);
  BIND (contact_count);
  BIND (reassess_count);
  BIND (shares_count);
  BIND (waiting_count);
  BIND (transfers_count);
  BIND (section_title);
  BIND (section_hint);
  BIND (items_stack);
  BIND (item_list);
#undef BIND
}

static void
bw_work_page_init (BwWorkPage *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkNoSelection) selection = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->items = g_list_store_new (BW_TYPE_WORK_ITEM);
  self->answered = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->items)));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
  gtk_list_view_set_factory (self->item_list, factory);
  gtk_list_view_set_model (self->item_list, GTK_SELECTION_MODEL (selection));
  g_signal_connect (self->item_list, "activate", G_CALLBACK (item_activated_cb), self);
  g_signal_connect (self->section_list, "row-selected", G_CALLBACK (section_selected_cb), self);
  gtk_list_box_select_row (self->section_list, gtk_list_box_get_row_at_index (self->section_list, 0));
  for (guint i = 0; i < BW_WORK_N_SECTIONS; i++)
    show_count (self, i, 0);
  show_section_items (self);
}
