/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-app-cases"
#include "config.h"

/* The case page's lists: the journal, actions, organisations, shares,
 * partner notes, life-domain scores, track history and courses, each
 * shown from a list model read off the main thread. */

#include <glib/gi18n.h>

#include "bw-case-page-private.h"
#include "bw-case-store-sharing.h"
#include "bw-date.h"
#include "bw-zrm-history-window.h"

void
_bw_case_page_draw_sparkline (GtkDrawingArea *area,
                cairo_t        *cr,
                int             width,
                int             height,
                gpointer        user_data)
{
  GArray *values = g_object_get_data (G_OBJECT (area), "values");
  GdkRGBA color;

  if (values == NULL || values->len == 0)
    return;

  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (area)), &color);
  gdk_cairo_set_source_rgba (cr, &color);
  cairo_set_line_width (cr, 1.5);

  for (guint i = 0; i < values->len; i++)
    {
      int v = g_array_index (values, int, i);
      double x = values->len == 1 ? width / 2.0 : 2 + (width - 4) * (double) i / (values->len - 1);
      double y = height - 2 - (height - 4) * (v - BW_SCORE_MIN) / (double) (BW_SCORE_MAX - BW_SCORE_MIN);

      if (i == 0)
        cairo_move_to (cr, x, y);
      else
        cairo_line_to (cr, x, y);
    }
  cairo_stroke (cr);

  /* A dot on the latest score. */
  {
    int v = g_array_index (values, int, values->len - 1);
    double x = values->len == 1 ? width / 2.0 : width - 2;
    double y = height - 2 - (height - 4) * (v - BW_SCORE_MIN) / (double) (BW_SCORE_MAX - BW_SCORE_MIN);
    cairo_arc (cr, x, y, 2.5, 0, 2 * G_PI);
    cairo_fill (cr);
  }
}

/* The score of domain @d in measurement @i, or of the last one before it
 * that scored it: 0 when none did. Sets *@at to that measurement. */
static int
scored_at_or_before (GListModel *assessments,
                     int         d,
                     gint        i,
                     gint       *at)
{
  for (; i >= 0; i--)
    {
      g_autoptr(BwAssessment) a = g_list_model_get_item (assessments, i);
      int v = bw_assessment_get_score (a, d);

      if (v != BW_SCORE_NONE)
        {
          *at = i;
          return v;
        }
    }
  *at = -1;
  return BW_SCORE_NONE;
}

static void
show_scores (BwCasePage *self,
             GListModel *assessments)
{
  guint n;

  g_set_object (&self->assessments, assessments);
  n = g_list_model_get_n_items (self->assessments);
  /* An open history follows its case, and closes when another is shown. */
  if (self->zrm_history != NULL && self->record != NULL && bw_case_get_id (self->record) == self->zrm_history_case)
    bw_zrm_history_window_set_measurements (BW_ZRM_HISTORY_WINDOW (self->zrm_history), self->assessments);
  else if (self->zrm_history != NULL)
    gtk_window_close (GTK_WINDOW (self->zrm_history));

  for (int d = 0; d < BW_DOMAIN_N; d++)
    {
      g_autoptr(GArray) values = g_array_new (FALSE, FALSE, sizeof (int));
      g_autofree char *subtitle = NULL;
      gint at = -1, before_at = -1;
      int now = n > 0 ? scored_at_or_before (self->assessments, d, (gint) n - 1, &at) : BW_SCORE_NONE;

      /* The sparkline has the measurements that scored the domain. */
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(BwAssessment) a = g_list_model_get_item (self->assessments, i);
          int v = bw_assessment_get_score (a, d);

          if (v != BW_SCORE_NONE)
            g_array_append_val (values, v);
        }

      if (n == 0)
        subtitle = g_strdup (_("Not assessed yet"));
      else if (now == BW_SCORE_NONE)
        subtitle = g_strdup (bw_score_label (BW_SCORE_NONE));
      else
        {
          g_autoptr(BwAssessment) last = g_list_model_get_item (self->assessments, at);
          g_autofree char *date = bw_date_to_display (bw_assessment_get_date (last));
          int before = at > 0 ? scored_at_or_before (self->assessments, d, at - 1, &before_at) : BW_SCORE_NONE;

          if (before != BW_SCORE_NONE)
            {
              const char *trend = now > before ? _("up") : now < before ? _("down") : _("same");

              /* TRANSLATORS: "4 · Sufficiently self-sufficient on 3 Mar 2026 (up from 3)" */
              subtitle = g_strdup_printf (_("%d · %s on %s (%s from %d)"), now, bw_score_label (now), date,
                                          trend, before);
            }
          else
            /* TRANSLATORS: "4 · Sufficiently self-sufficient on 3 Mar 2026" */
            subtitle = g_strdup_printf (_("%d · %s on %s"), now, bw_score_label (now), date);
        }
      adw_action_row_set_subtitle (self->score_rows[d], subtitle);
      /* What the level means in this domain, on hovering. */
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->score_rows[d]), bw_domain_level_description (d, now));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->sparklines[d]),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, subtitle, -1);
      g_object_set_data_full (G_OBJECT (self->sparklines[d]), "values",
                              g_steal_pointer (&values), (GDestroyNotify) g_array_unref);
      gtk_widget_queue_draw (self->sparklines[d]);
    }
}

static void
show_track_history (BwCasePage *self,
                    GListModel *history)
{
  guint n;

  for (guint i = 0; i < self->track_history_rows->len; i++)
    adw_expander_row_remove (self->track_history_row, g_ptr_array_index (self->track_history_rows, i));
  g_ptr_array_set_size (self->track_history_rows, 0);

  n = g_list_model_get_n_items (history);
  if (n == 0)
    {
      adw_expander_row_set_subtitle (self->track_history_row, _("No track changes yet"));
      return;
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BwTrackChange) change = g_list_model_get_item (history, i);
      g_autofree char *date = bw_date_to_display (bw_track_change_get_date (change));
      g_autofree char *subtitle = NULL;
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     bw_track_label (bw_track_change_get_track (change)));
      subtitle = bw_track_change_get_note (change)
        ? g_strdup_printf ("%s · %s · %s", date, bw_track_change_get_author (change) ?: "",
                           bw_track_change_get_note (change))
        : g_strdup_printf ("%s · %s", date, bw_track_change_get_author (change) ?: "");
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_expander_row_add_row (self->track_history_row, row);
      g_ptr_array_add (self->track_history_rows, row);
    }
  {
    /* TRANSLATORS: number of cascade-track changes */
    g_autofree char *count = g_strdup_printf (ngettext ("%u change", "%u changes", n), n);
    adw_expander_row_set_subtitle (self->track_history_row, count);
  }
}





static GtkWidget *
create_partner_note_row (gpointer item,
                         gpointer user_data)
{
  BwPartnerNote *note = item;
  g_autofree char *day = g_strndup (bw_partner_note_get_created_at (note) ?: "", 10);
  g_autofree char *date = bw_date_to_display (day);
  /* A partner's note: organisation · author · date. */
  g_autofree char *title = g_strdup_printf ("%s · %s · %s",
                                            bw_organisation_to_label (bw_partner_note_get_organisation (note)),
                                            bw_partner_note_get_created_by (note) ?: "", date);
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), bw_partner_note_get_text (note));
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  return row;
}

/* The characters of a note its row shows; a longer one is cut at a word
 * and read whole with "Hele notitie…". A label lays out all of its text
 * on every measure: a 20,000-character note in one paragraph held the
 * window for seconds. */
#define NOTE_ROW_CHARS 600

static void
read_whole_note (GtkButton *button,
                 gpointer   user_data)
{
  _bw_case_page_show_text (GTK_WIDGET (button), _("Journal Note"), g_object_get_data (G_OBJECT (button), "bw-note"));
}

static void
set_note_subtitle (AdwActionRow *row,
                   const char   *text)
{
  g_autofree char *shown = NULL;
  GtkWidget *whole;
  const char *cut;

  adw_action_row_set_subtitle_lines (row, 0);
  if (text == NULL || g_utf8_strlen (text, -1) <= NOTE_ROW_CHARS)
    {
      adw_action_row_set_subtitle (row, text ? text : "");
      return;
    }
  cut = g_utf8_offset_to_pointer (text, NOTE_ROW_CHARS);
  for (const char *p = cut; p > text + NOTE_ROW_CHARS / 2; p = g_utf8_prev_char (p))
    if (g_unichar_isspace (g_utf8_get_char (p)))
      {
        cut = p;
        break;
      }
  shown = g_strdup_printf ("%.*s …", (int) (cut - text), text);
  adw_action_row_set_subtitle (row, shown);

  whole = gtk_button_new_with_mnemonic (_("_Whole Note…"));
  gtk_widget_set_valign (whole, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (whole, "flat");
  gtk_widget_set_name (whole, "whole-note");
  g_object_set_data_full (G_OBJECT (whole), "bw-note", g_strdup (text), g_free);
  g_signal_connect (whole, "clicked", G_CALLBACK (read_whole_note), NULL);
  adw_action_row_add_suffix (row, whole);
}

/* The contact log of a note: "Home visit, 45 min, with daughter"; NULL
 * for a note that says none of it (as those written before). */
char *
_bw_case_page_contact_text (BwJournalEntry *entry)
{
  BwContactType kind = bw_journal_entry_get_contact_type (entry);
  int minutes = bw_journal_entry_get_duration_minutes (entry);
  const char *with = bw_journal_entry_get_contact_with (entry);
  g_autoptr(GString) text = g_string_new (NULL);

  if (kind != BW_CONTACT_TYPE_NONE)
    g_string_append (text, bw_contact_type_label (kind));
  if (minutes > 0)
    {
      if (text->len > 0)
        g_string_append (text, ", ");
      /* TRANSLATORS: how long a contact took */
      g_string_append_printf (text, ngettext ("%d min", "%d min", minutes), minutes);
    }
  if (with != NULL && *with != '\0')
    {
      if (text->len > 0)
        g_string_append (text, ", ");
      /* TRANSLATORS: who took part in a contact besides the resident */
      g_string_append_printf (text, _("with %s"), with);
    }
  return text->len > 0 ? g_string_free (g_steal_pointer (&text), FALSE) : NULL;
}

static GtkWidget *
create_journal_row (gpointer item,
                    gpointer user_data)
{
  BwCasePage *self = user_data;
  BwJournalEntry *entry = item;
  GtkWidget *shareable = gtk_check_button_new ();
  g_autofree char *date = bw_date_to_display (bw_journal_entry_get_date (entry));
  g_autofree char *contact = _bw_case_page_contact_text (entry);
  g_autofree char *title = contact
    ? g_strdup_printf ("%s · %s · %s", date, bw_journal_entry_get_author (entry) ?: "", contact)
    : g_strdup_printf ("%s · %s", date, bw_journal_entry_get_author (entry) ?: "");
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  set_note_subtitle (ADW_ACTION_ROW (row), bw_journal_entry_get_text (entry));

  /* Whether partners who get the journal see this entry. */
  gtk_check_button_set_active (GTK_CHECK_BUTTON (shareable), bw_journal_entry_get_shareable (entry));
  gtk_widget_set_valign (shareable, GTK_ALIGN_CENTER);
  gtk_check_button_set_label (GTK_CHECK_BUTTON (shareable), _("Shareable"));
  gtk_widget_add_css_class (shareable, "caption");
  gtk_widget_set_tooltip_text (shareable, _("Shareable with partners"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (shareable), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Shareable with partners"), -1);
  g_object_set_data (G_OBJECT (shareable), "entry-id", GSIZE_TO_POINTER (bw_journal_entry_get_id (entry)));
  g_signal_connect_object (shareable, "notify::active", G_CALLBACK (_bw_case_page_journal_shareable_toggled), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), shareable);
  _bw_case_page_add_correction (self, ADW_ACTION_ROW (row), entry);
  return row;
}


#define ASSIGNEE_NAME "bw-assignee-name"

void
_bw_case_page_name_assignees (BwCaseStore *store,
                              GListModel  *actions)
{
  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(BwRecord) action = g_list_model_get_item (actions, i);
      gint64 assignee = bw_record_get_int (action, "assignee");

      if (assignee > 0)
        g_object_set_data_full (G_OBJECT (action), ASSIGNEE_NAME,
                                bw_case_store_get_member_name (store, assignee), g_free);
    }
}

static void
assignee_chosen (BwCasePage *self)
{
  /* The free-text "Who" is for someone outside the team. */
  gtk_widget_set_visible (GTK_WIDGET (self->action_owner_entry),
                          !gtk_widget_get_visible (GTK_WIDGET (self->action_assignee_dropdown)) ||
                          _bw_case_page_get_assignee (self) == 0);
}

gint64
_bw_case_page_get_assignee (BwCasePage *self)
{
  guint position = gtk_drop_down_get_selected (self->action_assignee_dropdown);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->action_assignee_dropdown)) ||
      position >= self->assignee_ids->len)
    return 0;
  return g_array_index (self->assignee_ids, gint64, position);
}

void
_bw_case_page_set_assignees (BwCasePage *self,
                             GListModel *members,
                             gint64      me)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  gint64 chosen = self->assignee_ids->len > 0 ? _bw_case_page_get_assignee (self) : me;
  gint64 outside = 0;
  guint position = 0;

  g_array_set_size (self->assignee_ids, 0);
  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(BwTeamMember) m = g_list_model_get_item (members, i);
      gint64 id = bw_team_member_get_id (m);

      if (g_strcmp0 (bw_team_member_get_role (m), "buurtteam") != 0)
        continue;
      /* Oneself first: most actions are one's own. */
      if (id == me)
        {
          gtk_string_list_splice (names, 0, 0, (const char *const[]) { bw_team_member_get_name (m), NULL });
          g_array_prepend_val (self->assignee_ids, id);
        }
      else
        {
          gtk_string_list_append (names, bw_team_member_get_name (m));
          g_array_append_val (self->assignee_ids, id);
        }
    }
  gtk_widget_set_visible (GTK_WIDGET (self->action_assignee_dropdown), self->assignee_ids->len > 0);
  gtk_string_list_append (names, _("Someone outside the team"));
  g_array_append_val (self->assignee_ids, outside);
  for (guint i = 0; i < self->assignee_ids->len; i++)
    if (g_array_index (self->assignee_ids, gint64, i) == chosen)
      position = i;
  if (gtk_drop_down_get_expression (self->action_assignee_dropdown) == NULL)
    {
      gtk_drop_down_set_expression (self->action_assignee_dropdown,
                                    gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string"));
      g_signal_connect_swapped (self->action_assignee_dropdown, "notify::selected",
                                G_CALLBACK (assignee_chosen), self);
    }
  gtk_drop_down_set_model (self->action_assignee_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->action_assignee_dropdown, position);
  assignee_chosen (self);
}

static GtkWidget *
create_action_row (gpointer item,
                   gpointer user_data)
{
  BwCasePage *self = user_data;
  BwCaseAction *action = item;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();
  g_autofree char *due = bw_date_to_display (bw_case_action_get_due_date (action));
  const char *done_on = bw_record_get_text (BW_RECORD (action), "done_on");
  /* A worker by name, or someone outside in words. */
  const char *who = g_object_get_data (G_OBJECT (action), ASSIGNEE_NAME);
  g_autofree char *when = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *check_label = g_strdup_printf (_("Done: %s"), bw_case_action_get_what (action));
  g_autofree char *today = bw_date_today ();

  if (who == NULL)
    who = bw_case_action_get_owner (action);
  if (bw_case_action_get_done (action) && done_on != NULL)
    {
      g_autofree char *date = bw_date_to_display (done_on);

      /* TRANSLATORS: the day an action was done */
      when = g_strdup_printf (_("done %s"), date);
    }
  else if (bw_case_action_get_due_date (action))
    when = g_strdup_printf (_("before %s"), due);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), bw_case_action_get_what (action));
  if (who != NULL && when != NULL)
    /* TRANSLATORS: "<who> · before <date>" or "<who> · done <date>" */
    subtitle = g_strdup_printf (_("%s · %s"), who, when);
  else
    subtitle = g_strdup (who != NULL ? who : when);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle ? subtitle : "");

  if (!bw_case_action_get_done (action) && bw_case_action_get_due_date (action) &&
      g_strcmp0 (bw_case_action_get_due_date (action), today) < 0)
    gtk_widget_add_css_class (row, "overdue");

  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), bw_case_action_get_done (action));
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, check_label, -1);
  g_object_set_data_full (G_OBJECT (check), "action", g_object_ref (action), g_object_unref);
  g_signal_connect (check, "toggled", G_CALLBACK (_bw_case_page_action_done_toggled), self);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  return row;
}


static GtkWidget *
create_org_row (gpointer item,
                gpointer user_data)
{
  BwCasePage *self = user_data;
  BwInvolvement *inv = item;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  g_autofree char *label = g_strdup_printf (_("Remove %s"), bw_involvement_get_organisation (inv));
  g_autoptr(GString) subtitle = g_string_new (bw_involvement_get_contact (inv));

  if (bw_involvement_get_role (inv))
    g_string_append_printf (subtitle, "%s%s", subtitle->len ? " · " : "", bw_involvement_get_role (inv));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), bw_involvement_get_organisation (inv));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_object_set_data_full (G_OBJECT (remove), "involvement", g_object_ref (inv), g_object_unref);
  g_signal_connect (remove, "clicked", G_CALLBACK (_bw_case_page_remove_organisation_clicked), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
  return row;
}

/* The resident's courses */

static GtkWidget *
create_course_row (gpointer item,
                   gpointer user_data)
{
  BwEnrolment *e = item;
  GtkWidget *row = adw_action_row_new ();
  g_autoptr(GString) subtitle = g_string_new (NULL);

  if (bw_enrolment_get_status (e) == BW_ENROLMENT_STATUS_WAITING && bw_enrolment_get_waiting_position (e) > 0)
    g_string_append_printf (subtitle, _("Waiting list, number %d"), bw_enrolment_get_waiting_position (e));
  else
    g_string_append (subtitle, bw_enrolment_status_label (bw_enrolment_get_status (e)));
  if (bw_enrolment_get_outcome (e) && *bw_enrolment_get_outcome (e))
    g_string_append_printf (subtitle, " (%s)", bw_enrolment_get_outcome (e));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), bw_enrolment_get_offer_title (e));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
  return row;
}

static void
courses_changed_cb (BwCasePage *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->courses_list),
                          self->enrolments && g_list_model_get_n_items (self->enrolments) > 0);
}

void
_bw_case_page_fill_courses (BwCasePage *self)
{
  const char *uuid = self->record ? bw_case_get_uuid (self->record) : NULL;

  if (self->enrolments)
    g_signal_handlers_disconnect_by_data (self->enrolments, self);
  g_clear_object (&self->enrolments);
  if (self->planning != NULL && uuid != NULL)
    {
      self->enrolments = bw_planning_list_case_enrolments (self->planning, uuid);
      g_signal_connect_swapped (self->enrolments, "items-changed", G_CALLBACK (courses_changed_cb), self);
    }
  gtk_list_box_bind_model (self->courses_list, self->enrolments, create_course_row, self, NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->courses_group), self->planning != NULL && uuid != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "case.refer-to-course", self->planning != NULL && uuid != NULL);
  courses_changed_cb (self);
}

void
_bw_case_page_refer_to_course_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  BwCasePage *self = BW_CASE_PAGE (widget);
  g_autoptr(GListModel) offers = NULL;
  g_autoptr(GtkStringList) titles = gtk_string_list_new (NULL);
  GtkWidget *dialog;
  GtkWidget *dropdown;
  GtkRoot *root = gtk_widget_get_root (widget);

  if (self->planning == NULL || self->record == NULL)
    return;
  offers = bw_planning_list_offers (self->planning, BW_OFFER_STATUS_OPEN, NULL, NULL);
  if (g_list_model_get_n_items (offers) == 0)
    {
      _bw_case_page_toast_text (self, _("There is no offer open for enrolment"));
      return;
    }
  for (guint i = 0; i < g_list_model_get_n_items (offers); i++)
    {
      g_autoptr(BwOffer) o = g_list_model_get_item (offers, i);
      g_autofree char *label = g_strdup_printf ("%s (%d/%d)", bw_offer_get_title (o),
                                                bw_offer_get_n_placed (o), bw_offer_get_capacity (o));

      gtk_string_list_append (titles, label);
    }
  dropdown = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&titles)), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Course"), -1);
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, _("Refer to Course"),
                                   _("The trainer receives the resident’s name, contact details, neighbourhood and language need; nothing else of the case."));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), dropdown);
  g_object_set_data_full (G_OBJECT (dialog), "offers", g_object_ref (offers), g_object_unref);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "refer", _("_Refer"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "refer", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "refer");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (_bw_case_page_refer_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
bw_case_page_set_planning (BwCasePage *self,
                           BwPlanning *planning)
{
  g_return_if_fail (BW_IS_CASE_PAGE (self));
  g_set_object (&self->planning, planning);
  _bw_case_page_fill_courses (self);
}



static GtkWidget *
create_share_row (gpointer item,
                  gpointer user_data)
{
  BwCasePage *self = user_data;
  BwShare *share = item;
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *today = bw_date_today ();
  g_autoptr(GString) subtitle = g_string_new (NULL);

  for (int i = 0; i < BW_SHARE_PART_N; i++)
    if (bw_share_has_part (share, i))
      g_string_append_printf (subtitle, "%s%s", subtitle->len ? ", " : "", bw_share_part_to_label (i));
  if (bw_share_get_withdrawn_at (share) != NULL)
    {
      g_autofree char *when = bw_date_to_display (bw_share_get_withdrawn_at (share));
      /* TRANSLATORS: a share's state, then a date */
      g_string_append_printf (subtitle, " · %s %s", _("withdrawn on"), when);
    }
  else
    {
      g_autofree char *until = bw_date_to_display (bw_share_get_end_date (share));
      g_string_append_printf (subtitle, " · %s %s",
                              bw_share_is_active (share, today) ? _("until") : _("ended on"), until);
    }

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 bw_organisation_to_label (bw_share_get_organisation (share)));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
  if (bw_share_is_active (share, today))
    {
      GtkWidget *withdraw = gtk_button_new_with_mnemonic (_("_Withdraw…"));
      g_autofree char *label =
        g_strdup_printf (_("Withdraw the share with %s"),
                         bw_organisation_to_label (bw_share_get_organisation (share)));

      gtk_widget_set_valign (withdraw, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (withdraw, label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (withdraw), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      g_object_set_data_full (G_OBJECT (withdraw), "share", g_object_ref (share), g_object_unref);
      g_signal_connect (withdraw, "clicked", G_CALLBACK (_bw_case_page_withdraw_clicked), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), withdraw);
    }
  return row;
}

/* Binds @model to @list, which shows only when it has rows. */
static void
bind_list (GtkListBox                   *list,
           GListModel                   *model,
           GtkListBoxCreateWidgetFunc    create,
           BwCasePage                   *self)
{
  gtk_list_box_bind_model (list, model, create, self, NULL);
  gtk_widget_set_visible (GTK_WIDGET (list), g_list_model_get_n_items (model) > 0);
}

static void
show_partner_notes (BwCasePage *self,
                    GListModel *notes)
{
  gtk_list_box_bind_model (self->partner_notes_list, notes, create_partner_note_row, self, NULL);
  /* Only a case shared with a partner can have them. */
  gtk_widget_set_visible (GTK_WIDGET (self->partner_notes_group),
                          !self->is_new && g_list_model_get_n_items (notes) > 0);
}

void
_bw_case_page_show_part (BwCasePage      *self,
                         BwCasePageParts  part,
                         GListModel      *model)
{
  switch (part)
    {
    case BW_CASE_PAGE_PART_JOURNAL:
      bind_list (self->journal_list, model, create_journal_row, self);
      break;
    case BW_CASE_PAGE_PART_ACTIONS:
      bind_list (self->actions_list, model, create_action_row, self);
      break;
    case BW_CASE_PAGE_PART_ORGANISATIONS:
      bind_list (self->orgs_list, model, create_org_row, self);
      break;
    case BW_CASE_PAGE_PART_SHARES:
      bind_list (self->shares_list, model, create_share_row, self);
      break;
    case BW_CASE_PAGE_PART_PARTNER_NOTES:
      show_partner_notes (self, model);
      break;
    case BW_CASE_PAGE_PART_SCORES:
      show_scores (self, model);
      break;
    case BW_CASE_PAGE_PART_TRACKS:
      show_track_history (self, model);
      break;
    default:
      g_return_if_reached ();
    }
}

/* A new case: nothing to read. */
void
_bw_case_page_show_empty_lists (BwCasePage *self)
{
  g_autoptr(GListModel) none = G_LIST_MODEL (g_list_store_new (G_TYPE_OBJECT));

  bind_list (self->journal_list, none, create_journal_row, self);
  bind_list (self->actions_list, none, create_action_row, self);
  bind_list (self->orgs_list, none, create_org_row, self);
  bind_list (self->shares_list, none, create_share_row, self);
  show_partner_notes (self, none);
  show_scores (self, none);
  show_track_history (self, none);
  _bw_case_page_fill_courses (self);
}
