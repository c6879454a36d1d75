/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-app-cases"
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "bw-access-history-window.h"
#include "bw-case-print-dialog.h"
#include "bw-case-ownership.h"
#include "bw-case-page-private.h"
#include "bw-case-store-sharing.h"
#include "bw-date.h"
#include "bw-record-json.h"
#include "bw-share-dialog.h"
#include "bw-validation.h"

G_DEFINE_FINAL_TYPE (BwCasePage, bw_case_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DIRTY,
  PROP_FOLDED,
  PROP_SAVING,
  PROP_LOADING,
  PROP_CAN_UNDO,
  N_PROPS
};

enum {
  SAVED,
  SHOW_TOAST,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

void
_bw_case_page_toast (BwCasePage *self,
                     AdwToast   *t)
{
  g_signal_emit (self, signals[SHOW_TOAST], 0, t);
}

void
_bw_case_page_toast_text (BwCasePage *self,
                          const char *text)
{
  _bw_case_page_toast (self, adw_toast_new (text));
}

void
_bw_case_page_set_undo (BwCasePage *self,
                        BwCase     *before)
{
  gboolean could = self->undo_snapshot != NULL;

  /* A toast still on screen for what is no longer undoable (another case
   * opened, a change from a sync) keeps its button, greyed out through
   * "can-undo": dismissing a toast from here can crash libadwaita 1.2's
   * toast animation. */
  g_set_object (&self->undo_snapshot, before);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "case.undo", before != NULL);
  if (could != (before != NULL))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
}

gboolean
bw_case_page_get_can_undo (BwCasePage *self)
{
  g_return_val_if_fail (BW_IS_CASE_PAGE (self), FALSE);
  return self->undo_snapshot != NULL;
}

void
_bw_case_page_emit_saved (BwCasePage *self,
                          gint64      case_id)
{
  g_signal_emit (self, signals[SAVED], 0, case_id);
}

void
_bw_case_page_set_dirty (BwCasePage *self,
                         gboolean    dirty)
{
  if (self->dirty == dirty)
    return;
  self->dirty = dirty;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "case.save", dirty || self->is_new);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "case.revert", dirty && !self->is_new);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRTY]);
}

static void
field_changed_cb (BwCasePage *self)
{
  if (!self->filling)
    _bw_case_page_set_dirty (self, TRUE);
}

/* Errors next to the field */

void
_bw_case_page_clear_field_errors (BwCasePage *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (self->field_errors); i++)
    {
      if (self->field_errors[i] == NULL)
        continue;
      gtk_widget_set_visible (GTK_WIDGET (self->field_errors[i]), FALSE);
      gtk_widget_remove_css_class (self->field_rows[i], "error");
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self->field_rows[i]),
                                     GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->note_error), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->action_error), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->org_error), FALSE);
}

void
_bw_case_page_show_field_error (BwCasePage   *self,
                                const GError *error)
{
  int code = error->code;

  if (error->domain != BW_VALIDATION_ERROR ||
      code < 0 || code >= (int) G_N_ELEMENTS (self->field_errors) ||
      self->field_errors[code] == NULL)
    {
      _bw_case_page_toast_text (self, error->message);
      return;
    }

  gtk_label_set_text (self->field_errors[code], error->message);
  gtk_widget_set_visible (GTK_WIDGET (self->field_errors[code]), TRUE);
  gtk_widget_add_css_class (self->field_rows[code], "error");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->field_rows[code]),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, error->message,
                                  -1);
  gtk_widget_grab_focus (self->field_rows[code]);
}

static void
add_field_error_label (BwCasePage *self,
                       int         code,
                       GtkWidget  *row)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 36);
  gtk_label_set_xalign (GTK_LABEL (label), 1.0);
  gtk_widget_add_css_class (label, "error");
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_set_visible (label, FALSE);

  if (ADW_IS_ENTRY_ROW (row))
    adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), label);
  else
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);

  self->field_rows[code] = row;
  self->field_errors[code] = GTK_LABEL (label);
}

/* Filling the fields */

static void
set_row_text (AdwEntryRow *row,
              const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text ? text : "");
}

static guint
find_neighbourhood_position (BwCasePage *self,
                             const char *code)
{
  GListModel *model = bw_case_store_get_neighbourhoods (self->store);

  for (guint i = 0; code && i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(BwNeighbourhood) nb = g_list_model_get_item (model, i);
      if (g_str_equal (bw_neighbourhood_get_code (nb), code))
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

/* Reading what the page shows, off the main thread */

enum {
  LIST_JOURNAL,
  LIST_ACTIONS,
  LIST_ORGANISATIONS,
  LIST_SHARES,
  LIST_PARTNER_NOTES,
  LIST_SCORES,
  LIST_TRACKS,
  N_LISTS
};

typedef struct {
  BwCasePage *page;
  gint64 case_id;
  char *case_uuid;
  BwCasePageParts parts;
  BwCase *record;
  GListModel *lists[N_LISTS];
  GListModel *members;       /* with the actions: who can do one */
  gint64 me;
} PartsRead;

static void
parts_read_free (PartsRead *r)
{
  g_clear_object (&r->page);
  g_free (r->case_uuid);
  g_clear_object (&r->record);
  for (int i = 0; i < N_LISTS; i++)
    g_clear_object (&r->lists[i]);
  g_clear_object (&r->members);
  g_free (r);
}

/* On the store's read thread. */
static gpointer
read_parts (BwCaseStore  *store,
            gpointer      data,
            GError      **error)
{
  PartsRead *r = data;
  gint64 id = r->case_id;

  if (r->parts & BW_CASE_PAGE_PART_RECORD)
    {
      r->record = bw_case_store_get_case (store, id, error);
      if (r->record == NULL)
        return NULL;
      g_free (r->case_uuid);
      r->case_uuid = g_strdup (bw_case_get_uuid (r->record));
    }
  if (r->parts & BW_CASE_PAGE_PART_JOURNAL)
    r->lists[LIST_JOURNAL] = bw_case_store_list_journal (store, id);
  if (r->parts & BW_CASE_PAGE_PART_ACTIONS)
    {
      r->lists[LIST_ACTIONS] = bw_case_store_list_actions (store, id);
      _bw_case_page_name_assignees (store, r->lists[LIST_ACTIONS]);
      r->members = bw_case_store_list_team_members (store);
      r->me = bw_case_store_get_user_id (store);
    }
  if (r->parts & BW_CASE_PAGE_PART_ORGANISATIONS)
    r->lists[LIST_ORGANISATIONS] = bw_case_store_list_involvements (store, id);
  if (r->parts & BW_CASE_PAGE_PART_SHARES)
    r->lists[LIST_SHARES] = bw_case_store_list_shares (store, id);
  if (r->parts & BW_CASE_PAGE_PART_PARTNER_NOTES)
    r->lists[LIST_PARTNER_NOTES] = bw_case_store_list_partner_notes (store, r->case_uuid ? r->case_uuid : "");
  if (r->parts & BW_CASE_PAGE_PART_SCORES)
    r->lists[LIST_SCORES] = bw_case_store_list_assessments (store, id);
  if (r->parts & BW_CASE_PAGE_PART_TRACKS)
    r->lists[LIST_TRACKS] = bw_case_store_list_track_history (store, id);
  return r;
}

static void clear_inputs (BwCasePage *self);
static void fill_fields (BwCasePage *self, BwCase *c);
static void scroll_to_top (BwCasePage *self);

static void
set_loading (BwCasePage *self,
             gboolean    loading)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

  self->loading = loading;
  /* Nothing is typed into a case that is not there yet. A field that
   * loses its sensitivity while focused never hears of it (GTK 4.8
   * warns), so the focus leaves first. */
  if (loading && focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->prefs_page)))
    gtk_root_set_focus (root, NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->prefs_page), !loading);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static void
parts_read_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  PartsRead *r = user_data;
  BwCasePage *self = r->page;
  g_autoptr(GError) error = NULL;
  gboolean loading;

  bw_case_store_read_finish (BW_CASE_STORE (source), result, &error);
  /* Gone, or showing another case by now. */
  if (self->store == NULL || bw_case_page_get_case_id (self) != r->case_id || self->is_new)
    {
      parts_read_free (r);
      return;
    }
  loading = self->loading;
  if (error != NULL)
    {
      if (loading)
        {
          set_loading (self, FALSE);
          g_clear_object (&self->record);
          self->loading_id = 0;
          _bw_case_page_toast_text (self, error->message);
        }
      parts_read_free (r);
      return;
    }

  if (r->record != NULL)
    {
      if (loading || (r->parts & BW_CASE_PAGE_PART_REPLACE))
        {
          g_set_object (&self->record, r->record);
          _bw_case_page_show_fields (self);
        }
      else if (!self->dirty && bw_case_get_revision (r->record) != bw_case_get_revision (self->record))
        {
          /* Changed elsewhere (a sync): without edits on screen, show the
           * new version, so that the next save is based on it. With edits
           * on screen they are left alone; saving then puts them on top. */
          g_set_object (&self->record, r->record);
          /* Undo would now also revert what came from elsewhere. */
          _bw_case_page_set_undo (self, NULL);
          fill_fields (self, self->record);
        }
    }
  if (r->members != NULL)
    _bw_case_page_set_assignees (self, r->members, r->me);
  for (int i = 0; i < N_LISTS; i++)
    if (r->lists[i] != NULL)
      _bw_case_page_show_part (self, BW_CASE_PAGE_PART_JOURNAL << i, r->lists[i]);
  if (loading)
    {
      _bw_case_page_fill_courses (self);
      set_loading (self, FALSE);
      scroll_to_top (self);
    }
  _bw_case_page_update_action_states (self);
  parts_read_free (r);
}

void
_bw_case_page_refresh (BwCasePage      *self,
                       BwCasePageParts  parts)
{
  PartsRead *r;

  if (self->store == NULL || self->is_new || bw_case_page_get_case_id (self) == 0)
    return;
  r = g_new0 (PartsRead, 1);
  r->page = g_object_ref (self);
  r->case_id = bw_case_page_get_case_id (self);
  r->case_uuid = self->record ? g_strdup (bw_case_get_uuid (self->record)) : NULL;
  r->parts = parts;
  if (r->case_uuid == NULL)
    r->parts |= BW_CASE_PAGE_PART_RECORD;
  bw_case_store_read_async (self->store, read_parts, r, NULL, NULL, parts_read_cb, r);
}


#define FIELD_ROW_PREFIX "field:"

static char *row_text (AdwEntryRow *row);

static const char *
bound_row_field (AdwEntryRow *row)
{
  return gtk_widget_get_name (GTK_WIDGET (row)) + strlen (FIELD_ROW_PREFIX);
}

/* Finds the template's rows named "field:KEY" (at any depth). */
static void
find_bound_rows (BwCasePage *self,
                 GtkWidget  *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    {
      if (ADW_IS_ENTRY_ROW (child) && g_str_has_prefix (gtk_widget_get_name (child), FIELD_ROW_PREFIX))
        {
          GtkWidget *label = gtk_label_new (NULL);

          g_return_if_fail (bw_record_spec_field (BW_RECORD_TYPE_CASE, bound_row_field (ADW_ENTRY_ROW (child))));
          gtk_label_set_wrap (GTK_LABEL (label), TRUE);
          gtk_label_set_max_width_chars (GTK_LABEL (label), 36);
          gtk_label_set_xalign (GTK_LABEL (label), 1.0);
          gtk_widget_add_css_class (label, "error");
          gtk_widget_add_css_class (label, "caption");
          gtk_widget_set_visible (label, FALSE);
          adw_entry_row_add_suffix (ADW_ENTRY_ROW (child), label);
          g_object_set_data (G_OBJECT (child), "bw-error-label", label);
          g_signal_connect_swapped (child, "changed", G_CALLBACK (field_changed_cb), self);
          g_ptr_array_add (self->bound_rows, child);
          continue;
        }
      find_bound_rows (self, child);
    }
}

/* The bound rows' text into @c; an over-long text is refused next to its
 * row (through the page's one slot for a text error). */
static gboolean
collect_bound_rows (BwCasePage  *self,
                    BwCase      *c,
                    GError     **error)
{
  for (guint i = 0; i < self->bound_rows->len; i++)
    {
      AdwEntryRow *row = g_ptr_array_index (self->bound_rows, i);
      g_autofree char *text = row_text (row);

      if (!bw_validate_text_length ("case", bound_row_field (row), text, BW_VALIDATION_ERROR_TEXT, error))
        {
          self->field_rows[BW_VALIDATION_ERROR_TEXT] = GTK_WIDGET (row);
          self->field_errors[BW_VALIDATION_ERROR_TEXT] = g_object_get_data (G_OBJECT (row), "bw-error-label");
          return FALSE;
        }
      bw_record_set_text (BW_RECORD (c), bound_row_field (row), text);
    }
  return TRUE;
}

static void
fill_fields (BwCasePage *self,
             BwCase     *c)
{
  g_autofree char *dob = bw_date_to_entry_text (bw_case_get_date_of_birth (c));
  g_autofree char *amount = NULL;

  self->filling = TRUE;

  set_row_text (self->name_row, bw_case_get_name (c));
  set_row_text (self->dob_row, dob);
  set_row_text (self->address_row, bw_case_get_address (c));
  gtk_drop_down_set_selected (self->buurt_dropdown, find_neighbourhood_position (self, bw_case_get_buurt_code (c)));
  set_row_text (self->phone_row, bw_case_get_phone (c));
  set_row_text (self->email_row, bw_case_get_email (c));
  gtk_spin_button_set_value (self->household_size_spin, bw_case_get_household_size (c));
  set_row_text (self->household_note_row, bw_case_get_household_note (c));
  for (guint i = 0; i < self->bound_rows->len; i++)
    {
      AdwEntryRow *row = g_ptr_array_index (self->bound_rows, i);

      set_row_text (row, bw_record_get_text (BW_RECORD (c), bound_row_field (row)));
    }
  adw_combo_row_set_selected (self->status_row, bw_case_get_status (c));
  adw_combo_row_set_selected (self->track_row, bw_case_get_track (c));
  adw_combo_row_set_selected (self->language_row, bw_case_get_language_need (c));
  gtk_switch_set_active (self->debts_switch, bw_case_get_has_debts (c));
  if (bw_case_get_debt_amount (c) > 0)
    amount = bw_format_amount_number (bw_case_get_debt_amount (c));
  set_row_text (self->debt_amount_row, amount);
  adw_combo_row_set_selected (self->debt_route_row, bw_case_get_debt_route (c));

  if (bw_case_get_status (c) == BW_CASE_STATUS_CLOSED)
    {
      g_autofree char *closed_on = bw_date_to_display (bw_case_get_closed_on (c));
      g_autofree char *subtitle = bw_case_get_outcome_note (c)
        ? g_strdup_printf ("%s · %s · %s", bw_outcome_label (bw_case_get_outcome (c)), closed_on,
                           bw_case_get_outcome_note (c))
        : g_strdup_printf ("%s · %s", bw_outcome_label (bw_case_get_outcome (c)), closed_on);
      adw_action_row_set_subtitle (self->outcome_row, subtitle);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->closed_group), bw_case_get_status (c) == BW_CASE_STATUS_CLOSED);
  bw_case_ownership_show_case (self->ownership, self->is_new ? NULL : c);
  bw_case_household_show_case (self->household_members, self->is_new ? NULL : c);
  bw_case_debts_show_case (self->debts, self->is_new ? NULL : c);
  bw_attachment_list_show_case (self->attachments, self->is_new || c == NULL ? 0 : bw_case_get_id (c));

  adw_window_title_set_title (self->title, self->is_new ? _("New Case") : bw_case_get_name (c));
  if (!self->is_new)
    {
      BwNeighbourhood *nb = bw_case_store_find_neighbourhood (self->store, bw_case_get_buurt_code (c));
      adw_window_title_set_subtitle (self->title, nb ? bw_neighbourhood_get_name (nb) : NULL);
    }
  else
    adw_window_title_set_subtitle (self->title, NULL);

  self->filling = FALSE;
}

void
_bw_case_page_update_action_states (BwCasePage *self)
{
  gboolean closed = self->record && bw_case_get_status (self->record) == BW_CASE_STATUS_CLOSED;
  GtkWidget *widget = GTK_WIDGET (self);

  gtk_widget_action_set_enabled (widget, "case.save", self->dirty || self->is_new);
  gtk_widget_action_set_enabled (widget, "case.revert", self->dirty && !self->is_new);
  gtk_widget_action_set_enabled (widget, "case.close-case", !self->is_new && !closed);
  gtk_widget_action_set_enabled (widget, "case.reopen-case", !self->is_new && closed);
  gtk_widget_action_set_enabled (widget, "case.share", !self->is_new && !closed);
  gtk_widget_action_set_enabled (widget, "case.print", !self->is_new && self->record != NULL);
  {
    g_autofree char *role = self->store ? bw_case_store_dup_role (self->store) : NULL;

    /* Only a coordinator may read the audit log (the server checks too). */
    gtk_widget_action_set_enabled (widget, "case.access-history",
                                   !self->is_new && self->engine != NULL && g_strcmp0 (role, "coordinator") == 0);
  }
  gtk_widget_action_set_enabled (widget, "case.undo", self->undo_snapshot != NULL);
  /* Only who created a case may delete it (the store and server check
   * the rest). */
  gtk_widget_action_set_enabled (widget, "case.delete-case",
                                 !self->is_new && self->record != NULL && self->store != NULL &&
                                 g_strcmp0 (bw_case_get_created_by (self->record),
                                            bw_case_store_get_author (self->store)) == 0);
  for (const char * const *a = (const char * const[]) { "case.add-note", "case.add-action",
                                                         "case.add-organisation",
                                                         "case.new-assessment", NULL }; *a; a++)
    gtk_widget_action_set_enabled (widget, *a, !self->is_new && !closed);
  /* A closed case is read-only until it is reopened with a reason; its
   * shares can still be withdrawn. */
  for (GtkWidget **g = (GtkWidget *[]) {
         gtk_widget_get_ancestor (GTK_WIDGET (self->name_row), ADW_TYPE_PREFERENCES_GROUP),
         gtk_widget_get_ancestor (GTK_WIDGET (self->household_size_row), ADW_TYPE_PREFERENCES_GROUP),
         gtk_widget_get_ancestor (GTK_WIDGET (self->status_row), ADW_TYPE_PREFERENCES_GROUP),
         gtk_widget_get_ancestor (GTK_WIDGET (self->debts_switch), ADW_TYPE_PREFERENCES_GROUP),
         /* The ZRM's history stays open to read; a new measurement is
          * the action's, disabled above. */
         GTK_WIDGET (self->courses_group), GTK_WIDGET (self->journal_group),
         GTK_WIDGET (self->actions_group), GTK_WIDGET (self->orgs_group), NULL }; *g; g++)
    gtk_widget_set_sensitive (*g, !closed);

  /* Notes, actions and scores belong to a case that exists. */
  gtk_widget_set_visible (GTK_WIDGET (self->scores_group), !self->is_new);
  gtk_widget_set_visible (GTK_WIDGET (self->journal_group), !self->is_new);
  gtk_widget_set_visible (GTK_WIDGET (self->actions_group), !self->is_new);
  gtk_widget_set_visible (GTK_WIDGET (self->orgs_group), !self->is_new);
  gtk_widget_set_visible (GTK_WIDGET (self->shares_group), !self->is_new);
  gtk_widget_set_visible (GTK_WIDGET (self->track_history_row), !self->is_new);
}

void
_bw_case_page_show_fields (BwCasePage *self)
{
  _bw_case_page_clear_field_errors (self);
  fill_fields (self, self->record);
  self->dirty = TRUE; /* force the notify below */
  _bw_case_page_set_dirty (self, FALSE);
}

void
_bw_case_page_show_record (BwCasePage *self)
{
  g_autoptr(BwCase) blank = NULL;

  _bw_case_page_clear_field_errors (self);
  if (self->record)
    fill_fields (self, self->record);
  else
    {
      blank = bw_case_new ();
      fill_fields (self, blank);
    }
  if (self->is_new)
    _bw_case_page_show_empty_lists (self);
  else
    _bw_case_page_refresh (self, BW_CASE_PAGE_PART_LISTS);
  self->dirty = TRUE; /* force the notify below */
  _bw_case_page_set_dirty (self, FALSE);
  _bw_case_page_update_action_states (self);
}

static void
scroll_to_top (BwCasePage *self)
{
  /* AdwPreferencesPage gained scroll_to_top() only in libadwaita 1.3. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->prefs_page));
       child; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_SCROLLED_WINDOW (child))
      {
        GtkAdjustment *adj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (child));
        gtk_adjustment_set_value (adj, gtk_adjustment_get_lower (adj));
      }
}

static void
clear_inputs (BwCasePage *self)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->note_view), "", 0);
  gtk_check_button_set_active (self->note_shareable_check, FALSE);
  gtk_drop_down_set_selected (self->note_kind_dropdown, BW_CONTACT_TYPE_NONE);
  gtk_spin_button_set_value (self->note_minutes_spin, 0);
  for (GtkEditable **e = (GtkEditable *[]) { GTK_EDITABLE (self->note_date_entry),
                                             GTK_EDITABLE (self->note_with_entry),
                                             GTK_EDITABLE (self->action_what_entry),
                                             GTK_EDITABLE (self->action_owner_entry),
                                             GTK_EDITABLE (self->action_due_entry),
                                             GTK_EDITABLE (self->org_name_entry),
                                             GTK_EDITABLE (self->org_contact_entry), NULL }; *e; e++)
    gtk_editable_set_text (*e, "");
}

gboolean
bw_case_page_load (BwCasePage  *self,
                   gint64       id,
                   GError     **error)
{

  g_return_val_if_fail (BW_IS_CASE_PAGE (self), FALSE);
  g_return_val_if_fail (self->store != NULL, FALSE);

  /* Writes of this case still on their way may yet be refused, and then
   * what was typed must still be here: the other case follows them. */
  if (self->writes_in_flight > 0)
    {
      self->load_pending = TRUE;
      self->pending_load_id = id;
      return TRUE;
    }

  g_clear_object (&self->record);
  _bw_case_page_set_undo (self, NULL);
  self->is_new = (id == 0);
  self->loading_id = id;
  /* Text typed for the previous case must never land in this one. */
  clear_inputs (self);
  if (id == 0)
    {
      if (self->loading)
        set_loading (self, FALSE);
      _bw_case_page_show_record (self);
      scroll_to_top (self);
      return TRUE;
    }
  /* The case and its lists are read off the main thread; the page shows
   * them when they are there. */
  set_loading (self, TRUE);
  _bw_case_page_refresh (self, BW_CASE_PAGE_PART_ALL);
  return TRUE;
}

gboolean
bw_case_page_get_loading (BwCasePage *self)
{
  g_return_val_if_fail (BW_IS_CASE_PAGE (self), FALSE);
  return self->loading;
}

gboolean
bw_case_page_get_saving (BwCasePage *self)
{
  g_return_val_if_fail (BW_IS_CASE_PAGE (self), FALSE);
  return self->writes_in_flight > 0;
}

void
_bw_case_page_notify_saving (BwCasePage *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SAVING]);
}

gint64
bw_case_page_get_case_id (BwCasePage *self)
{
  g_return_val_if_fail (BW_IS_CASE_PAGE (self), 0);
  return self->record ? bw_case_get_id (self->record) : self->loading_id;
}

static gboolean
has_pending_inputs (BwCasePage *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->note_view);

  return gtk_text_buffer_get_char_count (buffer) > 0 ||
         *gtk_editable_get_text (GTK_EDITABLE (self->action_what_entry)) != '\0' ||
         *gtk_editable_get_text (GTK_EDITABLE (self->org_name_entry)) != '\0';
}

/* TRUE when something typed is not saved yet: the case's fields, or a note,
 * action or organisation typed but not added. */
gboolean
bw_case_page_get_dirty (BwCasePage *self)
{
  g_return_val_if_fail (BW_IS_CASE_PAGE (self), FALSE);
  return self->dirty || has_pending_inputs (self);
}

void
bw_case_page_focus_first_field (BwCasePage *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}

/* Reading the fields back */

static char *
row_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

BwCase *
_bw_case_page_collect_fields (BwCasePage  *self,
                              GError     **error)
{
  g_autoptr(BwCase) c = self->record ? bw_case_copy (self->record) : bw_case_new ();
  g_autofree char *name = row_text (self->name_row);
  g_autofree char *dob_text = row_text (self->dob_row);
  g_autofree char *dob = NULL;
  g_autofree char *address = row_text (self->address_row);
  g_autofree char *phone = row_text (self->phone_row);
  g_autofree char *email = row_text (self->email_row);
  g_autofree char *household_note = row_text (self->household_note_row);
  g_autofree char *amount_text = row_text (self->debt_amount_row);
  g_autoptr(BwNeighbourhood) nb = NULL;
  guint buurt_pos = gtk_drop_down_get_selected (self->buurt_dropdown);
  gint64 cents = 0;

  if (*dob_text != '\0')
    {
      /* The date error belongs to the date-of-birth field. */
      dob = bw_validate_date (dob_text, BW_VALIDATION_ERROR_DATE_OF_BIRTH, error);
      if (dob == NULL)
        return NULL;
    }
  if (gtk_switch_get_active (self->debts_switch) && !bw_parse_amount (amount_text, &cents, error))
    return NULL;

  if (buurt_pos != GTK_INVALID_LIST_POSITION)
    nb = g_list_model_get_item (bw_case_store_get_neighbourhoods (self->store), buurt_pos);

  bw_case_set_name (c, name);
  bw_case_set_date_of_birth (c, dob);
  bw_case_set_address (c, address);
  bw_case_set_buurt_code (c, nb ? bw_neighbourhood_get_code (nb) : NULL);
  bw_case_set_phone (c, phone);
  bw_case_set_email (c, email);
  bw_case_set_household_size (c, gtk_spin_button_get_value_as_int (self->household_size_spin));
  bw_case_set_household_note (c, household_note);
  if (!collect_bound_rows (self, c, error))
    return NULL;
  bw_case_set_status (c, adw_combo_row_get_selected (self->status_row));
  bw_case_set_track (c, adw_combo_row_get_selected (self->track_row));
  bw_case_set_language_need (c, adw_combo_row_get_selected (self->language_row));
  bw_case_set_has_debts (c, gtk_switch_get_active (self->debts_switch));
  bw_case_set_debt_amount (c, gtk_switch_get_active (self->debts_switch) ? cents : 0);
  bw_case_set_debt_route (c, gtk_switch_get_active (self->debts_switch)
                             ? adw_combo_row_get_selected (self->debt_route_row) : BW_DEBT_ROUTE_NONE);
  return g_steal_pointer (&c);
}







/* Actions */

















static void
shared_cb (BwShareDialog *dialog,
           BwShare       *share,
           BwCasePage    *self)
{
  g_autofree char *end = bw_date_to_display (bw_share_get_end_date (share));
  g_autofree char *text =
    /* TRANSLATORS: the partner organisation, then the end date */
    g_strdup_printf (_("Shared with %s until %s; sent at the next sync"),
                     bw_organisation_to_label (bw_share_get_organisation (share)), end);

  _bw_case_page_toast_text (self, text);
}

static void
share_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  BwCasePage *self = BW_CASE_PAGE (widget);
  BwShareDialog *dialog;

  if (self->record == NULL || self->is_new)
    return;
  dialog = bw_share_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), self->store,
                                bw_case_get_id (self->record));
  g_signal_connect_object (dialog, "shared", G_CALLBACK (shared_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  BwCasePage *self = BW_CASE_PAGE (widget);
  BwCasePrintDialog *dialog;

  if (self->record == NULL || self->is_new)
    return;
  dialog = bw_case_print_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), self->store, self->engine,
                                     bw_case_get_id (self->record));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
access_history_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  BwCasePage *self = BW_CASE_PAGE (widget);
  BwAccessHistoryWindow *window;

  if (self->record == NULL || self->is_new || self->engine == NULL)
    return;
  window = bw_access_history_window_new (GTK_WINDOW (gtk_widget_get_root (widget)), self->engine,
                                         bw_case_get_uuid (self->record), bw_case_get_name (self->record));
  gtk_window_present (GTK_WINDOW (window));
}

void
bw_case_page_set_sync_engine (BwCasePage   *self,
                              BwSyncEngine *engine)
{
  g_return_if_fail (BW_IS_CASE_PAGE (self));
  g_set_object (&self->engine, engine);
  bw_case_ownership_set_engine (self->ownership, engine);
  _bw_case_page_update_action_states (self);
}

/* Set-up */

static GListModel *
enum_labels (int          n,
             const char *(*label) (int))
{
  GtkStringList *list = gtk_string_list_new (NULL);

  for (int i = 0; i < n; i++)
    gtk_string_list_append (list, label (i));
  return G_LIST_MODEL (list);
}

static void
store_case_changed_cb (BwCasePage  *self,
                       gint64       case_id,
                       BwCaseStore *store)
{
  if (self->record == NULL || (case_id != 0 && case_id != bw_case_get_id (self->record)))
    return;

  /* While this page's own writes are on their way, each of them shows its
   * own result; what else changed is read once they are all done. */
  if (self->writes_in_flight > 0)
    {
      self->changes_seen++;
      return;
    }
  _bw_case_page_refresh (self, BW_CASE_PAGE_PART_ALL);
}

void
_bw_case_page_writes_settled (BwCasePage *self)
{
  gboolean failed = self->write_failed;
  /* Every change this page made was announced once; more announcements
   * mean someone else changed the case meanwhile. */
  gboolean changed_elsewhere = self->changes_seen > self->own_changes;

  self->write_failed = FALSE;
  self->changes_seen = 0;
  self->own_changes = 0;
  if (changed_elsewhere && self->record != NULL && !self->load_pending)
    _bw_case_page_refresh (self, BW_CASE_PAGE_PART_ALL);
  /* A refused write keeps this case on screen with what was typed. */
  if (self->load_pending)
    {
      self->load_pending = FALSE;
      if (!failed)
        {
          g_autoptr(GError) error = NULL;

          if (!bw_case_page_load (self, self->pending_load_id, &error))
            _bw_case_page_toast_text (self, error->message);
        }
    }
  _bw_case_page_finish_waiting (self, !failed);
}

void
bw_case_page_set_store (BwCasePage  *self,
                        BwCaseStore *store)
{
  g_autoptr(GtkExpression) name_expr = NULL;

  g_return_if_fail (BW_IS_CASE_PAGE (self));
  g_return_if_fail (self->store == NULL);

  self->store = g_object_ref (store);
  g_signal_connect_object (store, "case-changed", G_CALLBACK (store_case_changed_cb), self,
                           G_CONNECT_SWAPPED);
  bw_case_ownership_set_store (self->ownership, store);
  bw_case_household_set_store (self->household_members, store);
  bw_case_debts_set_store (self->debts, store);
  bw_attachment_list_set_store (self->attachments, store);

  name_expr = gtk_property_expression_new (BW_TYPE_NEIGHBOURHOOD, NULL, "name");
  self->filling = TRUE;
  gtk_drop_down_set_expression (self->buurt_dropdown, name_expr);
  gtk_drop_down_set_model (self->buurt_dropdown, bw_case_store_get_neighbourhoods (store));
  gtk_drop_down_set_selected (self->buurt_dropdown, GTK_INVALID_LIST_POSITION);
  self->filling = FALSE;
}

static void
bw_case_page_dispose (GObject *object)
{
  BwCasePage *self = (BwCasePage *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), BW_TYPE_CASE_PAGE);
  /* The template's top box has no id, so unparent it by hand. */
  {
    GtkWidget *child;
    while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
      gtk_widget_unparent (child);
  }
  if (self->enrolments)
    g_signal_handlers_disconnect_by_data (self->enrolments, self);
  g_clear_object (&self->enrolments);
  g_clear_object (&self->planning);
  /* Writes on their way go on; no one is left to show their result. */
  _bw_case_page_finish_waiting (self, FALSE);
  g_clear_object (&self->store);
  g_clear_object (&self->engine);
  g_clear_object (&self->record);
  g_clear_object (&self->undo_snapshot);
  g_clear_object (&self->assessments);
  if (self->zrm_history != NULL)
    {
      g_object_remove_weak_pointer (G_OBJECT (self->zrm_history), (gpointer *) &self->zrm_history);
      gtk_window_destroy (GTK_WINDOW (self->zrm_history));
      self->zrm_history = NULL;
    }
  g_clear_pointer (&self->track_history_rows, g_ptr_array_unref);
  g_clear_pointer (&self->bound_rows, g_ptr_array_unref);
  g_clear_pointer (&self->assignee_ids, g_array_unref);

  G_OBJECT_CLASS (bw_case_page_parent_class)->dispose (object);
}

static void
bw_case_page_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  BwCasePage *self = BW_CASE_PAGE (object);

  switch (prop_id)
    {
    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;
    case PROP_SAVING:
      g_value_set_boolean (value, self->writes_in_flight > 0);
      break;
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, self->undo_snapshot != NULL);
      break;
    case PROP_DIRTY:
      g_value_set_boolean (value, self->dirty);
      break;
    case PROP_FOLDED:
      g_value_set_boolean (value, gtk_widget_get_visible (self->back_button));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bw_case_page_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  BwCasePage *self = BW_CASE_PAGE (object);

  switch (prop_id)
    {
    case PROP_FOLDED:
      /* Only a folded window needs a way back to the list. */
      gtk_widget_set_visible (self->back_button, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bw_case_page_class_init (BwCasePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bw_case_page_dispose;
  object_class->get_property = bw_case_page_get_property;
  object_class->set_property = bw_case_page_set_property;

  properties[PROP_DIRTY] =
    g_param_spec_boolean ("dirty", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* The case asked for is being read. */
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* Writes of this page are on their way to the disk. */
  properties[PROP_SAVING] =
    g_param_spec_boolean ("saving", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* The last saved change can be undone (case.undo). */
  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FOLDED] =
    g_param_spec_boolean ("folded", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Emitted after a case was created or changed by this page. */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
  /* Feedback for the window's toast overlay. */
  signals[SHOW_TOAST] = g_signal_new ("show-toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                      0, NULL, NULL, NULL, G_TYPE_NONE, 1, ADW_TYPE_TOAST);

  g_type_ensure (BW_TYPE_CASE_OWNERSHIP);
  g_type_ensure (BW_TYPE_CASE_HOUSEHOLD);
  g_type_ensure (BW_TYPE_CASE_DEBTS);
  g_type_ensure (BW_TYPE_ATTACHMENT_LIST);
  gtk_widget_class_set_template_from_resource (widget_class, "/nl/heerlen/Buurtwerk/ui/bw-case-page.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);

#define BIND(name) gtk_widget_class_bind_template_child (widget_class, BwCasePage, name)
  BIND (title);
  BIND (back_button);
  BIND (save_button);
  BIND (ownership);
  BIND (attachments);
  BIND (action_assignee_dropdown);
  BIND (prefs_page);
  BIND (closed_group);
  BIND (outcome_row);
  BIND (name_row);
  BIND (dob_row);
  BIND (address_row);
  BIND (buurt_row);
  BIND (buurt_dropdown);
  BIND (phone_row);
  BIND (email_row);
  BIND (household_size_spin);
  BIND (household_size_row);
  BIND (household_note_row);
  BIND (status_row);
  BIND (track_row);
  BIND (track_history_row);
  BIND (language_row);
  BIND (debts_switch);
  BIND (debt_amount_row);
  BIND (debt_route_row);
  BIND (household_members);
  BIND (debts);
  BIND (scores_group);
  BIND (journal_group);
  BIND (note_view);
  BIND (note_date_entry);
  BIND (note_kind_dropdown);
  BIND (note_minutes_spin);
  BIND (note_with_entry);
  BIND (note_error);
  BIND (journal_list);
  BIND (actions_group);
  BIND (action_what_entry);
  BIND (action_owner_entry);
  BIND (action_due_entry);
  BIND (action_error);
  BIND (actions_list);
  BIND (orgs_group);
  BIND (shares_group);
  BIND (shares_list);
  BIND (courses_group);
  BIND (courses_list);
  BIND (note_shareable_check);
  BIND (partner_notes_group);
  BIND (partner_notes_list);
  BIND (org_name_entry);
  BIND (org_contact_entry);
  BIND (org_error);
  BIND (orgs_list);
#undef BIND

  gtk_widget_class_install_action (widget_class, "case.save", NULL, _bw_case_page_save_action);
  gtk_widget_class_install_action (widget_class, "case.revert", NULL, _bw_case_page_revert_action);
  gtk_widget_class_install_action (widget_class, "case.undo", NULL, _bw_case_page_undo_action);
  gtk_widget_class_install_action (widget_class, "case.add-note", NULL, _bw_case_page_add_note_action);
  gtk_widget_class_install_action (widget_class, "case.add-action", NULL, _bw_case_page_add_action_action);
  gtk_widget_class_install_action (widget_class, "case.add-organisation", NULL, _bw_case_page_add_organisation_action);
  gtk_widget_class_install_action (widget_class, "case.new-assessment", NULL, _bw_case_page_new_assessment_action);
  gtk_widget_class_install_action (widget_class, "case.zrm-history", NULL, _bw_case_page_zrm_history_action);
  gtk_widget_class_install_action (widget_class, "case.close-case", NULL, _bw_case_page_close_case_action);
  gtk_widget_class_install_action (widget_class, "case.refer-to-course", NULL, _bw_case_page_refer_to_course_action);
  gtk_widget_class_install_action (widget_class, "case.reopen-case", NULL, _bw_case_page_reopen_case_action);
  gtk_widget_class_install_action (widget_class, "case.delete-case", NULL, _bw_case_page_delete_case_action);
  gtk_widget_class_install_action (widget_class, "case.share", NULL, share_action);
  gtk_widget_class_install_action (widget_class, "case.access-history", NULL, access_history_action);
  gtk_widget_class_install_action (widget_class, "case.print", NULL, print_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "case.save", NULL);
}

static void
bw_case_page_init (BwCasePage *self)
{
  g_autoptr(GListModel) statuses = NULL;
  g_autoptr(GListModel) tracks = NULL;
  g_autoptr(GListModel) languages = NULL;
  g_autoptr(GListModel) routes = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->track_history_rows = g_ptr_array_new ();
  self->bound_rows = g_ptr_array_new ();
  self->assignee_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  find_bound_rows (self, GTK_WIDGET (self));
  g_signal_connect_swapped (self->ownership, "show-toast", G_CALLBACK (_bw_case_page_toast), self);
  g_signal_connect_swapped (self->household_members, "show-toast", G_CALLBACK (_bw_case_page_toast), self);
  g_signal_connect_swapped (self->debts, "show-toast", G_CALLBACK (_bw_case_page_toast), self);
  g_signal_connect_swapped (self->attachments, "show-toast", G_CALLBACK (_bw_case_page_toast), self);

  statuses = enum_labels (BW_CASE_STATUS_N, (const char *(*) (int)) bw_case_status_label);
  tracks = enum_labels (BW_TRACK_N, (const char *(*) (int)) bw_track_label);
  languages = enum_labels (BW_LANGUAGE_NEED_N, (const char *(*) (int)) bw_language_need_label);
  routes = enum_labels (BW_DEBT_ROUTE_N, (const char *(*) (int)) bw_debt_route_label);
  adw_combo_row_set_model (self->status_row, statuses);
  adw_combo_row_set_model (self->track_row, tracks);
  adw_combo_row_set_model (self->language_row, languages);
  adw_combo_row_set_model (self->debt_route_row, routes);
  {
    g_autoptr(GListModel) kinds = enum_labels (BW_CONTACT_TYPE_N, (const char *(*) (int)) bw_contact_type_label);

    gtk_drop_down_set_model (self->note_kind_dropdown, kinds);
  }

  add_field_error_label (self, BW_VALIDATION_ERROR_NAME, GTK_WIDGET (self->name_row));
  add_field_error_label (self, BW_VALIDATION_ERROR_DATE_OF_BIRTH, GTK_WIDGET (self->dob_row));
  add_field_error_label (self, BW_VALIDATION_ERROR_NEIGHBOURHOOD, GTK_WIDGET (self->buurt_row));
  add_field_error_label (self, BW_VALIDATION_ERROR_ADDRESS, GTK_WIDGET (self->address_row));
  add_field_error_label (self, BW_VALIDATION_ERROR_HOUSEHOLD_NOTE, GTK_WIDGET (self->household_note_row));
  add_field_error_label (self, BW_VALIDATION_ERROR_PHONE, GTK_WIDGET (self->phone_row));
  add_field_error_label (self, BW_VALIDATION_ERROR_EMAIL, GTK_WIDGET (self->email_row));
  add_field_error_label (self, BW_VALIDATION_ERROR_HOUSEHOLD, GTK_WIDGET (self->household_size_row));
  add_field_error_label (self, BW_VALIDATION_ERROR_DEBT_AMOUNT, GTK_WIDGET (self->debt_amount_row));
  add_field_error_label (self, BW_VALIDATION_ERROR_OUTCOME, GTK_WIDGET (self->status_row));

  for (int d = 0; d < BW_DOMAIN_N; d++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *spark = gtk_drawing_area_new ();
      g_autofree char *label = g_strdup_printf (_("Trend of %s"), bw_domain_label (d));

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), bw_domain_label (d));
      gtk_widget_set_name (row, bw_domain_to_key (d));
      gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (spark), 80);
      gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (spark), 24);
      gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (spark), _bw_case_page_draw_sparkline, NULL, NULL);
      gtk_widget_set_valign (spark, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (spark), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      gtk_widget_add_css_class (spark, "accent");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), spark);
      adw_preferences_group_add (self->scores_group, row);
      self->score_rows[d] = ADW_ACTION_ROW (row);
      self->sparklines[d] = spark;
    }

  /* Any edit of a field makes the case unsaved. */
  for (GtkWidget **w = (GtkWidget *[]) { GTK_WIDGET (self->name_row), GTK_WIDGET (self->dob_row),
                                         GTK_WIDGET (self->address_row), GTK_WIDGET (self->phone_row),
                                         GTK_WIDGET (self->email_row), GTK_WIDGET (self->household_note_row),
                                         GTK_WIDGET (self->debt_amount_row), NULL }; *w; w++)
    g_signal_connect_swapped (*w, "changed", G_CALLBACK (field_changed_cb), self);
  for (GtkWidget **w = (GtkWidget *[]) { GTK_WIDGET (self->buurt_dropdown), GTK_WIDGET (self->status_row),
                                         GTK_WIDGET (self->track_row), GTK_WIDGET (self->language_row),
                                         GTK_WIDGET (self->debt_route_row), NULL }; *w; w++)
    g_signal_connect_swapped (*w, "notify::selected", G_CALLBACK (field_changed_cb), self);
  g_signal_connect_swapped (self->debts_switch, "notify::active", G_CALLBACK (field_changed_cb), self);
  g_signal_connect_swapped (self->household_size_spin, "value-changed", G_CALLBACK (field_changed_cb), self);

  self->is_new = TRUE;
  _bw_case_page_update_action_states (self);
}

/* Scrolls to the group of @section and moves the focus into it, two
 * frames after the case is shown (its rows laid out, and after the
 * scroll to the top that showing it does). For "My work". */
static gboolean
show_section_tick (GtkWidget     *widget,
                   GdkFrameClock *clock,
                   gpointer       user_data)
{
  BwCasePage *self = BW_CASE_PAGE (widget);
  const char *section = g_object_get_data (G_OBJECT (self), "bw-section");
  int *frames = g_object_get_data (G_OBJECT (self), "bw-section-frames");
  GtkWidget *group = NULL;

  if (self->loading || section == NULL || ++*frames < 2)
    return section != NULL ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
  if (g_str_equal (section, "actions"))
    group = GTK_WIDGET (self->actions_group);
  else if (g_str_equal (section, "journal"))
    group = GTK_WIDGET (self->journal_group);
  else if (g_str_equal (section, "assessments"))
    group = GTK_WIDGET (self->scores_group);
  else if (g_str_equal (section, "shares"))
    group = GTK_WIDGET (self->shares_group);
  else if (g_str_equal (section, "courses"))
    group = GTK_WIDGET (self->courses_group);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->prefs_page));
       group != NULL && child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_SCROLLED_WINDOW (child))
      {
        GtkWidget *content = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (child));
        GtkAdjustment *adj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (child));
        double x, y;

        if (GTK_IS_VIEWPORT (content))
          content = gtk_viewport_get_child (GTK_VIEWPORT (content));
        if (gtk_widget_translate_coordinates (group, content, 0, 0, &x, &y))
          gtk_adjustment_set_value (adj, MAX (gtk_adjustment_get_lower (adj), y - 12));
        gtk_widget_child_focus (group, GTK_DIR_TAB_FORWARD);
      }
  g_object_set_data (G_OBJECT (self), "bw-section", NULL);
  return G_SOURCE_REMOVE;
}

void
bw_case_page_show_section (BwCasePage *self,
                           const char *section)
{
  g_return_if_fail (BW_IS_CASE_PAGE (self));

  if (g_object_get_data (G_OBJECT (self), "bw-section") == NULL)
    gtk_widget_add_tick_callback (GTK_WIDGET (self), show_section_tick, NULL, NULL);
  g_object_set_data_full (G_OBJECT (self), "bw-section", g_strdup (section), g_free);
  g_object_set_data_full (G_OBJECT (self), "bw-section-frames", g_new0 (int, 1), g_free);
}
