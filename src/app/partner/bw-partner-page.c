/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-app-partner"
#include "config.h"

#include <glib/gi18n.h>

#include "bw-attachment.h"
#include "bw-attachment-open.h"
#include "bw-case-store-sharing.h"
#include "bw-date.h"
#include "bw-journal-entry.h"
#include "bw-partner-page.h"
#include "bw-sync-button.h"
#include "bw-assessment.h"
#include "bw-case-action.h"
#include "bw-track-change.h"
#include "bw-validation.h"
#include "bw-validation.h"

struct _BwPartnerPage
{
  GtkWidget parent_instance;

  BwCaseStore *store;
  BwSyncEngine *engine;
  GListStore *cases;              /* BwSharedCase, the list on screen */
  GtkSingleSelection *selection;
  BwSharedCase *current;          /* the case on screen, or NULL */
  GHashTable *drafts;             /* case uuid -> note typed on another case */

  /* template children */
  AdwLeaflet *leaflet;
  BwSyncButton *sync_button;
  GtkStack *list_stack;
  GtkListView *list_view;
  GtkStack *content_stack;
  AdwWindowTitle *title;
  AdwStatusPage *none_page;
  AdwPreferencesPage *detail_page;
  AdwActionRow *contact_row;
  AdwActionRow *end_row;
  AdwActionRow *parts_row;
  AdwPreferencesGroup *person_group;
  GtkListBox *person_list;
  AdwPreferencesGroup *track_group;
  GtkListBox *track_list;
  AdwPreferencesGroup *scores_group;
  GtkListBox *scores_list;
  AdwPreferencesGroup *debts_group;
  GtkListBox *debts_list;
  AdwPreferencesGroup *household_group;
  GtkListBox *household_list;
  AdwPreferencesGroup *journal_group;
  GtkListBox *journal_list;
  AdwPreferencesGroup *actions_group;
  GtkListBox *actions_list;
  AdwPreferencesGroup *attachments_group;
  GtkListBox *attachments_list;
  GtkListBox *notes_list;
  GtkTextView *note_view;
  GtkLabel *note_error;
};

G_DEFINE_FINAL_TYPE (BwPartnerPage, bw_partner_page, GTK_TYPE_WIDGET)

enum {
  SHOW_TOAST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
toast_text (BwPartnerPage *self,
            const char    *text)
{
  g_autoptr(AdwToast) toast = adw_toast_new (text);

  g_signal_emit (self, signals[SHOW_TOAST], 0, toast);
}

/* Rows */

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))))
    gtk_list_box_remove (list, child);
}

static void
add_row (GtkListBox *list,
         const char *title,
         const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle ? subtitle : "");
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  gtk_widget_add_css_class (row, "property");
  gtk_list_box_append (list, row);
}

/* A shared case field as a row; nothing when it was not sent. */
static void
add_text_field (BwPartnerPage *self,
                GtkListBox    *list,
                const char    *title,
                const char    *field)
{
  const char *text = bw_shared_case_get_text (self->current, field);

  if (text != NULL)
    add_row (list, title, text);
}

static void
add_date_field (BwPartnerPage *self,
                GtkListBox    *list,
                const char    *title,
                const char    *field)
{
  const char *text = bw_shared_case_get_text (self->current, field);

  if (text != NULL)
    {
      g_autofree char *date = bw_date_to_display (text);
      add_row (list, title, date);
    }
}

static char *
timestamp_to_display (const char *at)
{
  g_autofree char *day = at ? g_strndup (at, 10) : NULL;

  return bw_date_to_display (day);
}

static void
fill_person (BwPartnerPage *self)
{
  JsonObject *fields = bw_shared_case_get_fields (self->current);
  const char *code = bw_shared_case_get_text (self->current, "buurt_code");

  clear_list (self->person_list);
  add_text_field (self, self->person_list, _("Name"), "name");
  add_date_field (self, self->person_list, _("Date of birth"), "date_of_birth");
  add_text_field (self, self->person_list, _("Address"), "address");
  if (code != NULL)
    {
      BwNeighbourhood *nb = bw_case_store_find_neighbourhood (self->store, code);
      add_row (self->person_list, _("Neighbourhood"), nb ? bw_neighbourhood_get_name (nb) : code);
    }
  add_text_field (self, self->person_list, _("Phone"), "phone");
  add_text_field (self, self->person_list, _("E-mail"), "email");
  if (fields && json_object_has_member (fields, "household_size"))
    {
      g_autofree char *size = g_strdup_printf ("%" G_GINT64_FORMAT,
                                               json_object_get_int_member_with_default (fields, "household_size", 0));
      add_row (self->person_list, _("Number of people in the household"), size);
    }
  add_text_field (self, self->person_list, _("Household"), "household_note");
}

static void
fill_track (BwPartnerPage *self)
{
  g_autoptr(GListModel) history = bw_shared_case_list_track_history (self->current);
  const char *status = bw_shared_case_get_text (self->current, "status");
  const char *track = bw_shared_case_get_text (self->current, "track");
  const char *outcome = bw_shared_case_get_text (self->current, "outcome");

  clear_list (self->track_list);
  if (status != NULL)
    add_row (self->track_list, _("Status"), bw_case_status_label (bw_case_status_from_key (status)));
  if (track != NULL)
    add_row (self->track_list, _("Cascade track"), bw_track_label (bw_track_from_key (track)));
  add_date_field (self, self->track_list, _("Opened on"), "opened_on");
  add_date_field (self, self->track_list, _("Closed on"), "closed_on");
  if (outcome != NULL)
    add_row (self->track_list, _("Outcome"), bw_outcome_label (bw_outcome_from_key (outcome)));
  add_text_field (self, self->track_list, _("Note on the outcome"), "outcome_note");

  for (guint i = 0; i < g_list_model_get_n_items (history); i++)
    {
      g_autoptr(BwTrackChange) change = g_list_model_get_item (history, i);
      g_autofree char *date = bw_date_to_display (bw_track_change_get_date (change));
      g_autofree char *title = g_strdup_printf ("%s · %s", date, bw_track_change_get_author (change) ?: "");
      const char *note = bw_track_change_get_note (change);
      g_autofree char *subtitle = note && *note
        ? g_strdup_printf ("%s — %s", bw_track_label (bw_track_change_get_track (change)), note)
        : g_strdup (bw_track_label (bw_track_change_get_track (change)));

      add_row (self->track_list, title, subtitle);
    }
}

static void
fill_scores (BwPartnerPage *self)
{
  g_autoptr(GListModel) assessments = bw_shared_case_list_assessments (self->current);
  const char *language = bw_shared_case_get_text (self->current, "language_need");

  clear_list (self->scores_list);
  if (language != NULL)
    add_row (self->scores_list, _("Language need"), bw_language_need_label (bw_language_need_from_key (language)));
  for (guint i = 0; i < g_list_model_get_n_items (assessments); i++)
    {
      g_autoptr(BwAssessment) a = g_list_model_get_item (assessments, i);
      g_autofree char *date = bw_date_to_display (bw_assessment_get_date (a));
      g_autofree char *title = g_strdup_printf ("%s · %s", date, bw_assessment_get_author (a) ?: "");
      g_autoptr(GString) scores = g_string_new (NULL);

      /* The scored ZRM domains, then the goals set in them. */
      for (int d = 0; d < BW_DOMAIN_N; d++)
        if (bw_assessment_get_score (a, d) != BW_SCORE_NONE)
          g_string_append_printf (scores, "%s%s %d", scores->len ? ", " : "", bw_domain_label (d),
                                  bw_assessment_get_score (a, d));
      for (int d = 0; d < BW_DOMAIN_N; d++)
        if (bw_assessment_get_goal (a, d) != NULL)
          /* TRANSLATORS: a ZRM domain and the goal set in it */
          g_string_append_printf (scores, _("\nGoal for %s: %s"), bw_domain_label (d), bw_assessment_get_goal (a, d));
      add_row (self->scores_list, title, scores->str);
    }
}

static void
fill_debts (BwPartnerPage *self)
{
  JsonObject *fields = bw_shared_case_get_fields (self->current);
  const char *route = bw_shared_case_get_text (self->current, "debt_route");

  clear_list (self->debts_list);
  if (fields && json_object_has_member (fields, "has_debts"))
    add_row (self->debts_list, _("Has debts"),
             json_object_get_boolean_member_with_default (fields, "has_debts", FALSE) ? _("Yes") : _("No"));
  if (route != NULL)
    add_row (self->debts_list, _("Debt help route"), bw_debt_route_label (bw_debt_route_from_key (route)));
  /* Per creditor (issue 17): the open total first, then each debt. */
  {
    g_autoptr(GListModel) debts = bw_shared_case_list_debts (self->current);
    gint64 total = 0;
    guint n_creditors = 0;

    bw_debts_total_open (debts, &total, &n_creditors);
    if (n_creditors > 0)
      {
        g_autofree char *amount = bw_format_amount (total);
        g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%1$s to %2$u creditor",
                                                              "%1$s to %2$u creditors", n_creditors),
                                                 amount, n_creditors);

        add_row (self->debts_list, _("Open debts"), text);
      }
    for (guint i = 0; i < g_list_model_get_n_items (debts); i++)
      {
        g_autoptr(BwDebt) debt = g_list_model_get_item (debts, i);
        g_autofree char *amount = bw_format_amount (bw_debt_get_amount (debt));
        g_autofree char *text = g_strdup_printf ("%s · %s", amount, bw_debt_status_label (bw_debt_get_status (debt)));

        add_row (self->debts_list, bw_debt_get_creditor_label (debt), text);
      }
  }
}

static void
fill_household (BwPartnerPage *self)
{
  g_autoptr(GListModel) members = bw_shared_case_list_household (self->current);

  clear_list (self->household_list);
  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(BwHouseholdMember) member = g_list_model_get_item (members, i);
      g_autoptr(GString) subtitle = g_string_new (bw_relation_label (bw_household_member_get_relation (member)));

      if (bw_household_member_get_date_of_birth (member))
        {
          g_autofree char *dob = bw_date_to_display (bw_household_member_get_date_of_birth (member));

          g_string_append_printf (subtitle, " · %s", dob);
        }
      if (bw_household_member_get_phone (member))
        g_string_append_printf (subtitle, " · %s", bw_household_member_get_phone (member));
      add_row (self->household_list, bw_household_member_get_name (member), subtitle->str);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->household_list), g_list_model_get_n_items (members) > 0);
  adw_preferences_group_set_description (self->household_group,
                                         g_list_model_get_n_items (members) ? NULL
                                         : _("No household members recorded."));
}

static void
fill_journal (BwPartnerPage *self)
{
  g_autoptr(GListModel) journal = bw_shared_case_list_journal (self->current);

  clear_list (self->journal_list);
  for (guint i = 0; i < g_list_model_get_n_items (journal); i++)
    {
      g_autoptr(BwJournalEntry) entry = g_list_model_get_item (journal, i);
      g_autofree char *date = bw_date_to_display (bw_journal_entry_get_date (entry));
      g_autofree char *title = g_strdup_printf ("%s · %s", date, bw_journal_entry_get_author (entry) ?: "");

      add_row (self->journal_list, title, bw_journal_entry_get_text (entry));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->journal_list), g_list_model_get_n_items (journal) > 0);
  adw_preferences_group_set_description (self->journal_group,
                                         g_list_model_get_n_items (journal) ? NULL
                                         : _("No journal notes are marked shareable yet."));
}

static void
fill_actions (BwPartnerPage *self)
{
  g_autoptr(GListModel) actions = bw_shared_case_list_actions (self->current);

  clear_list (self->actions_list);
  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(BwCaseAction) action = g_list_model_get_item (actions, i);
      g_autofree char *due = bw_date_to_display (bw_case_action_get_due_date (action));
      g_autoptr(GString) subtitle = g_string_new (bw_case_action_get_owner (action));

      if (bw_case_action_get_due_date (action))
        g_string_append_printf (subtitle, "%s%s %s", subtitle->len ? " · " : "", _("Due date"), due);
      if (bw_case_action_get_done (action))
        g_string_append_printf (subtitle, "%s%s", subtitle->len ? " · " : "", _("Done"));
      add_row (self->actions_list, bw_case_action_get_what (action), subtitle->str);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->actions_list), g_list_model_get_n_items (actions) > 0);
  adw_preferences_group_set_description (self->actions_group,
                                         g_list_model_get_n_items (actions) ? NULL : _("No actions yet."));
}

/* The files a share covers; each is fetched from the server when opened. */
static void
fill_attachments (BwPartnerPage *self)
{
  g_autoptr(GListModel) attachments = bw_shared_case_list_attachments (self->current);
  guint n = g_list_model_get_n_items (attachments);

  clear_list (self->attachments_list);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BwAttachment) a = g_list_model_get_item (attachments, i);
      g_autofree char *size = bw_attachment_format_size (bw_attachment_get_size (a));
      g_autofree char *label = g_strdup_printf (_("Open %s"), bw_attachment_get_file_name (a));
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *button = gtk_button_new_from_icon_name ("document-open-symbolic");

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), bw_attachment_get_file_name (a));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   bw_attachment_get_share_uuid (a) ? _("Signed consent form") : size);
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_set_tooltip_text (button, label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "partner.open-attachment");
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button),
                                              g_variant_new_string (bw_attachment_get_uuid (a)));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      gtk_widget_set_name (row, bw_attachment_get_uuid (a));
      gtk_list_box_append (self->attachments_list, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->attachments_group), n > 0);
}

typedef struct {
  BwPartnerPage *self;
  char *file_name;
  char *media_type;
} AttachmentOpen;

static void
attachment_open_free (AttachmentOpen *o)
{
  g_clear_object (&o->self);
  g_free (o->file_name);
  g_free (o->media_type);
  g_free (o);
}

static void
attachment_shown_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(BwPartnerPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = bw_attachment_open_finish (result, &error);

  if (path == NULL)
    toast_text (self, error->message);
}

static void
attachment_fetched_cb (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  AttachmentOpen *o = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = bw_sync_engine_fetch_attachment_finish (BW_SYNC_ENGINE (source), result, &error);

  if (bytes == NULL)
    toast_text (o->self, error->message);
  else
    bw_attachment_open_async (GTK_WIDGET (o->self), bytes, o->file_name, o->media_type, attachment_shown_cb,
                              g_object_ref (o->self));
  attachment_open_free (o);
}

/* Fetched each time: the server audits every opening by a partner, and
 * the partner's desktop never keeps a copy beyond the viewer's. */
static void
open_attachment_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  BwPartnerPage *self = BW_PARTNER_PAGE (widget);
  const char *uuid = g_variant_get_string (parameter, NULL);
  g_autoptr(GListModel) attachments = NULL;

  if (self->current == NULL || self->engine == NULL)
    return;
  attachments = bw_shared_case_list_attachments (self->current);
  for (guint i = 0; i < g_list_model_get_n_items (attachments); i++)
    {
      g_autoptr(BwAttachment) a = g_list_model_get_item (attachments, i);
      AttachmentOpen *o;

      if (g_strcmp0 (bw_attachment_get_uuid (a), uuid) != 0)
        continue;
      o = g_new0 (AttachmentOpen, 1);
      o->self = g_object_ref (self);
      o->file_name = g_strdup (bw_attachment_get_file_name (a));
      o->media_type = g_strdup (bw_attachment_get_media_type (a));
      bw_sync_engine_fetch_attachment_async (self->engine, uuid, bw_attachment_get_sha256 (a), NULL,
                                             attachment_fetched_cb, o);
      return;
    }
}

static void
fill_notes (BwPartnerPage *self)
{
  GListModel *notes = bw_shared_case_get_notes (self->current);

  clear_list (self->notes_list);
  for (guint i = 0; notes && i < g_list_model_get_n_items (notes); i++)
    {
      g_autoptr(BwPartnerNote) note = g_list_model_get_item (notes, i);
      g_autofree char *date = timestamp_to_display (bw_partner_note_get_created_at (note));
      g_autofree char *title = g_strdup_printf ("%s · %s", date, bw_partner_note_get_created_by (note) ?: "");

      add_row (self->notes_list, title, bw_partner_note_get_text (note));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->notes_list), notes && g_list_model_get_n_items (notes) > 0);
}

static void
fill_detail (BwPartnerPage *self)
{
  BwSharedCase *c = self->current;
  const char *name = bw_shared_case_get_name (c);
  g_autofree char *end = bw_date_to_display (bw_shared_case_get_end_date (c));
  g_autoptr(GString) parts = g_string_new (NULL);

  adw_window_title_set_title (self->title, name ? name : _("Shared case"));
  adw_window_title_set_subtitle (self->title, bw_organisation_to_label (bw_shared_case_get_organisation (c)));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->contact_row),
                                 bw_shared_case_get_team_contact (c) ?: _("Contact person"));
  adw_action_row_set_subtitle (self->contact_row, _("Call the buurtteam with questions about this case."));
  adw_action_row_set_subtitle (self->end_row, end);
  for (int i = 0; i < BW_SHARE_PART_N; i++)
    if (bw_shared_case_has_part (c, i))
      g_string_append_printf (parts, "%s%s", parts->len ? ", " : "", bw_share_part_to_label (i));
  adw_action_row_set_subtitle (self->parts_row, parts->str);

  /* Only what was shared is on screen at all. */
  gtk_widget_set_visible (GTK_WIDGET (self->person_group), bw_shared_case_has_part (c, BW_SHARE_PART_PERSON));
  gtk_widget_set_visible (GTK_WIDGET (self->track_group), bw_shared_case_has_part (c, BW_SHARE_PART_TRACK));
  gtk_widget_set_visible (GTK_WIDGET (self->scores_group), bw_shared_case_has_part (c, BW_SHARE_PART_ASSESSMENTS));
  gtk_widget_set_visible (GTK_WIDGET (self->debts_group), bw_shared_case_has_part (c, BW_SHARE_PART_DEBTS));
  gtk_widget_set_visible (GTK_WIDGET (self->household_group), bw_shared_case_has_part (c, BW_SHARE_PART_HOUSEHOLD));
  gtk_widget_set_visible (GTK_WIDGET (self->journal_group), bw_shared_case_has_part (c, BW_SHARE_PART_JOURNAL));
  gtk_widget_set_visible (GTK_WIDGET (self->actions_group), bw_shared_case_has_part (c, BW_SHARE_PART_ACTIONS));
  fill_person (self);
  fill_track (self);
  fill_scores (self);
  fill_debts (self);
  fill_household (self);
  fill_journal (self);
  fill_actions (self);
  fill_attachments (self);
  fill_notes (self);
}

/* The note being typed, kept per case until it is added */

static char *
buffer_text (BwPartnerPage *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->note_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
stash_draft (BwPartnerPage *self)
{
  g_autofree char *text = NULL;

  if (self->current == NULL)
    return;
  text = buffer_text (self);
  if (*text != '\0')
    g_hash_table_replace (self->drafts, g_strdup (bw_shared_case_get_case_uuid (self->current)),
                          g_steal_pointer (&text));
  else
    g_hash_table_remove (self->drafts, bw_shared_case_get_case_uuid (self->current));
}

static void
show_case (BwPartnerPage *self,
           BwSharedCase  *c)
{
  g_autoptr(GError) error = NULL;
  const char *draft;

  stash_draft (self);
  g_set_object (&self->current, c);
  draft = g_hash_table_lookup (self->drafts, bw_shared_case_get_case_uuid (c));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->note_view), draft ? draft : "", -1);
  g_hash_table_remove (self->drafts, bw_shared_case_get_case_uuid (c));
  gtk_widget_set_visible (GTK_WIDGET (self->note_error), FALSE);
  fill_detail (self);
  gtk_stack_set_visible_child_name (self->content_stack, "case");
  adw_leaflet_set_visible_child (self->leaflet, gtk_widget_get_parent (GTK_WIDGET (self->content_stack)));

  /* Every opening is in the audit log (sent at the next sync). */
  if (!bw_case_store_report_case_opened (self->store, bw_shared_case_get_case_uuid (c), &error))
    g_warning ("Could not record the opening of a shared case: %s", error->message);
}

static void
close_case (BwPartnerPage *self,
            gboolean       no_longer_shared)
{
  if (self->current == NULL)
    return;
  /* The text typed for a case that is no longer shared cannot be added. */
  g_hash_table_remove (self->drafts, bw_shared_case_get_case_uuid (self->current));
  g_clear_object (&self->current);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->note_view), "", 0);
  /* Nothing of it stays on screen, not even hidden. */
  for (GtkListBox **l = (GtkListBox *[]) { self->person_list, self->track_list, self->scores_list,
                                           self->debts_list, self->journal_list, self->actions_list,
                                           self->attachments_list, self->notes_list, NULL }; *l; l++)
    clear_list (*l);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->contact_row), _("Contact person"));
  adw_action_row_set_subtitle (self->end_row, "");
  adw_action_row_set_subtitle (self->parts_row, "");
  adw_window_title_set_title (self->title, "");
  adw_window_title_set_subtitle (self->title, NULL);
  if (no_longer_shared)
    {
      adw_status_page_set_icon_name (self->none_page, "action-unavailable-symbolic");
      adw_status_page_set_title (self->none_page, _("No Longer Shared"));
      adw_status_page_set_description (self->none_page,
                                       _("This case is no longer shared with your organisation."));
      toast_text (self, _("This case is no longer shared with your organisation."));
    }
  gtk_stack_set_visible_child_name (self->content_stack, "none");
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
}

static void
reset_none_page (BwPartnerPage *self)
{
  adw_status_page_set_icon_name (self->none_page, "nl.heerlen.Buurtwerk-symbolic");
  adw_status_page_set_title (self->none_page, _("No Case Selected"));
  adw_status_page_set_description (self->none_page, _("Choose a shared case from the list."));
}

/* The list */

static void
reload (BwPartnerPage *self)
{
  g_autoptr(GListModel) fresh = NULL;
  guint n;
  gboolean found = FALSE;

  if (self->store == NULL)
    return;
  fresh = bw_case_store_list_shared_cases (self->store);
  n = g_list_model_get_n_items (fresh);
  {
    g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

    for (guint i = 0; i < n; i++)
      g_ptr_array_add (items, g_list_model_get_item (fresh, i));
    g_list_store_splice (self->cases, 0, g_list_model_get_n_items (G_LIST_MODEL (self->cases)),
                         items->pdata, items->len);
  }
  gtk_stack_set_visible_child_name (self->list_stack, n > 0 ? "list" : "empty");

  if (self->current == NULL)
    return;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BwSharedCase) c = g_list_model_get_item (fresh, i);

      if (g_str_equal (bw_shared_case_get_case_uuid (c), bw_shared_case_get_case_uuid (self->current)))
        {
          /* Newer data for the case on screen; what is typed stays. */
          g_set_object (&self->current, c);
          fill_detail (self);
          gtk_single_selection_set_selected (self->selection, i);
          found = TRUE;
          break;
        }
    }
  if (!found)
    close_case (self, TRUE);
}

static void
store_changed_cb (BwPartnerPage *self,
                  gint64         case_id,
                  BwCaseStore   *store)
{
  /* The snapshot is replaced as a whole (case-changed 0) and notes are
   * added: both show on the list and the case. */
  reload (self);
}

static void
removed_cb (BwPartnerPage *self,
            GStrv          uuids,
            BwSyncEngine  *engine)
{
  if (self->current == NULL || uuids == NULL)
    return;
  if (g_strv_contains ((const char * const *) uuids, bw_shared_case_get_case_uuid (self->current)))
    close_case (self, TRUE);
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              BwPartnerPage            *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *details = gtk_label_new (NULL);

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (name, "heading");
  gtk_label_set_xalign (GTK_LABEL (details), 0);
  gtk_label_set_wrap (GTK_LABEL (details), TRUE);
  gtk_widget_add_css_class (details, "dim-label");
  gtk_widget_add_css_class (details, "caption");
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), details);
  gtk_list_item_set_child (item, box);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             BwPartnerPage            *self)
{
  BwSharedCase *c = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *name = gtk_widget_get_first_child (box);
  GtkWidget *details = gtk_widget_get_next_sibling (name);
  g_autofree char *end = bw_date_to_display (bw_shared_case_get_end_date (c));
  /* TRANSLATORS: under a shared case: until a date, then the team contact */
  g_autofree char *text = g_strdup_printf (_("Shared until %s · Contact: %s"), end,
                                           bw_shared_case_get_team_contact (c) ?: "");

  gtk_label_set_text (GTK_LABEL (name), bw_shared_case_get_name (c) ?: _("Shared case (name not shared)"));
  gtk_label_set_text (GTK_LABEL (details), text);
}

static void
activated_cb (GtkListView   *view,
              guint          position,
              BwPartnerPage *self)
{
  bw_partner_page_open (self, position);
}

/* Actions */

typedef struct {
  BwPartnerPage *page;
  char *case_uuid;
  char *text;
} NoteWrite;

static void
note_write_free (NoteWrite *w)
{
  g_clear_object (&w->page);
  g_free (w->case_uuid);
  g_free (w->text);
  g_free (w);
}

static gboolean
add_note_job (BwCaseStore  *store,
              gpointer      data,
              GError      **error)
{
  NoteWrite *w = data;

  return bw_case_store_add_partner_note (store, w->case_uuid, w->text, error);
}

static void
note_written_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  NoteWrite *w = user_data;
  BwPartnerPage *self = w->page;
  g_autoptr(GError) error = NULL;

  if (!bw_case_store_write_finish (BW_CASE_STORE (source), result, &error) && self->store == NULL)
    g_warning ("A partner note could not be saved after its page closed: %s", error->message);
  else if (error != NULL)
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->note_view);

      /* The text goes back where it was typed, if that case is still
       * shown; otherwise it waits as that case's draft. */
      if (self->current != NULL &&
          g_strcmp0 (bw_shared_case_get_case_uuid (self->current), w->case_uuid) == 0)
        {
          if (gtk_text_buffer_get_char_count (buffer) == 0)
            gtk_text_buffer_set_text (buffer, w->text, -1);
          gtk_label_set_text (self->note_error, error->message);
          gtk_widget_set_visible (GTK_WIDGET (self->note_error), TRUE);
        }
      else
        {
          g_hash_table_replace (self->drafts, g_strdup (w->case_uuid), g_strdup (w->text));
          toast_text (self, error->message);
        }
    }
  else if (self->store != NULL)
    toast_text (self, _("Note added"));
  note_write_free (w);
}

static void
add_note_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  BwPartnerPage *self = BW_PARTNER_PAGE (widget);
  NoteWrite *w;

  if (self->current == NULL)
    return;
  /* Written on the store's write thread; the text is put back if the
   * store refuses it. */
  w = g_new0 (NoteWrite, 1);
  w->page = g_object_ref (self);
  w->case_uuid = g_strdup (bw_shared_case_get_case_uuid (self->current));
  w->text = buffer_text (self);
  gtk_widget_set_visible (GTK_WIDGET (self->note_error), FALSE);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->note_view), "", 0);
  bw_case_store_write_async (self->store, add_note_job, w, NULL, NULL, note_written_cb, w);
}

static void
show_list_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  BwPartnerPage *self = BW_PARTNER_PAGE (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

/* Public */

void
bw_partner_page_set_store (BwPartnerPage *self,
                           BwCaseStore   *store)
{
  g_return_if_fail (BW_IS_PARTNER_PAGE (self));
  g_return_if_fail (self->store == NULL);

  self->store = g_object_ref (store);
  g_signal_connect_object (store, "case-changed", G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
  reload (self);
}

void
bw_partner_page_set_engine (BwPartnerPage *self,
                            BwSyncEngine  *engine)
{
  g_return_if_fail (BW_IS_PARTNER_PAGE (self));

  if (self->engine == engine)
    return;
  if (self->engine)
    g_signal_handlers_disconnect_by_data (self->engine, self);
  g_set_object (&self->engine, engine);
  bw_sync_button_set_engine (self->sync_button, engine);
  if (engine)
    g_signal_connect_object (engine, "shared-cases-removed", G_CALLBACK (removed_cb), self, G_CONNECT_SWAPPED);
}

GListModel *
bw_partner_page_get_cases (BwPartnerPage *self)
{
  g_return_val_if_fail (BW_IS_PARTNER_PAGE (self), NULL);
  return G_LIST_MODEL (self->cases);
}

void
bw_partner_page_open (BwPartnerPage *self,
                      guint          position)
{
  g_autoptr(BwSharedCase) c = NULL;

  g_return_if_fail (BW_IS_PARTNER_PAGE (self));
  c = g_list_model_get_item (G_LIST_MODEL (self->cases), position);
  if (c == NULL)
    return;
  reset_none_page (self);
  gtk_single_selection_set_selected (self->selection, position);
  show_case (self, c);
}

const char *
bw_partner_page_get_case_uuid (BwPartnerPage *self)
{
  g_return_val_if_fail (BW_IS_PARTNER_PAGE (self), NULL);
  return self->current ? bw_shared_case_get_case_uuid (self->current) : NULL;
}

gboolean
bw_partner_page_get_dirty (BwPartnerPage *self)
{
  g_return_val_if_fail (BW_IS_PARTNER_PAGE (self), FALSE);
  return gtk_text_buffer_get_char_count (gtk_text_view_get_buffer (self->note_view)) > 0 ||
         g_hash_table_size (self->drafts) > 0;
}

gboolean
bw_partner_page_save (BwPartnerPage *self)
{
  GHashTableIter iter;
  gpointer key, value;
  gboolean ok = TRUE;

  g_return_val_if_fail (BW_IS_PARTNER_PAGE (self), FALSE);

  g_hash_table_iter_init (&iter, self->drafts);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      g_autoptr(GError) error = NULL;

      if (bw_case_store_add_partner_note (self->store, key, value, &error))
        g_hash_table_iter_remove (&iter);
      else
        {
          toast_text (self, error->message);
          ok = FALSE;
        }
    }
  if (self->current && gtk_text_buffer_get_char_count (gtk_text_view_get_buffer (self->note_view)) > 0)
    {
      gtk_widget_activate_action (GTK_WIDGET (self), "partner.add-note", NULL);
      ok = ok && gtk_text_buffer_get_char_count (gtk_text_view_get_buffer (self->note_view)) == 0;
    }
  return ok;
}

void
bw_partner_page_discard (BwPartnerPage *self)
{
  g_return_if_fail (BW_IS_PARTNER_PAGE (self));
  g_hash_table_remove_all (self->drafts);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->note_view), "", 0);
}

/* Set-up */

static void
bw_partner_page_dispose (GObject *object)
{
  BwPartnerPage *self = BW_PARTNER_PAGE (object);

  if (self->engine)
    g_signal_handlers_disconnect_by_data (self->engine, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), BW_TYPE_PARTNER_PAGE);
  g_clear_object (&self->engine);
  g_clear_object (&self->store);
  g_clear_object (&self->current);
  g_clear_object (&self->selection);
  g_clear_object (&self->cases);
  g_clear_pointer (&self->drafts, g_hash_table_unref);

  G_OBJECT_CLASS (bw_partner_page_parent_class)->dispose (object);
}

static void
bw_partner_page_class_init (BwPartnerPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bw_partner_page_dispose;

  /* Feedback for the window's toast overlay. */
  signals[SHOW_TOAST] = g_signal_new ("show-toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                      0, NULL, NULL, NULL, G_TYPE_NONE, 1, ADW_TYPE_TOAST);

  g_type_ensure (BW_TYPE_SYNC_BUTTON);
  gtk_widget_class_set_template_from_resource (widget_class, "/nl/heerlen/Buurtwerk/ui/bw-partner-page.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

#define BIND(name) gtk_widget_class_bind_template_child (widget_class, BwPartnerPage, name)
  BIND (leaflet);
  BIND (sync_button);
  BIND (list_stack);
  BIND (list_view);
  BIND (content_stack);
  BIND (title);
  BIND (none_page);
  BIND (detail_page);
  BIND (contact_row);
  BIND (end_row);
  BIND (parts_row);
  BIND (person_group);
  BIND (person_list);
  BIND (track_group);
  BIND (track_list);
  BIND (scores_group);
  BIND (scores_list);
  BIND (debts_group);
  BIND (debts_list);
  BIND (household_group);
  BIND (household_list);
  BIND (journal_group);
  BIND (journal_list);
  BIND (actions_group);
  BIND (actions_list);
  BIND (attachments_group);
  BIND (attachments_list);
  BIND (notes_list);
  BIND (note_view);
  BIND (note_error);
#undef BIND

  gtk_widget_class_install_action (widget_class, "partner.add-note", NULL, add_note_action);
  gtk_widget_class_install_action (widget_class, "partner.open-attachment", "s", open_attachment_action);
  gtk_widget_class_install_action (widget_class, "partner.show-list", NULL, show_list_action);
}

static void
bw_partner_page_init (BwPartnerPage *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  self->drafts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->cases = g_list_store_new (BW_TYPE_SHARED_CASE);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->cases)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect (self->list_view, "activate", G_CALLBACK (activated_cb), self);
}
