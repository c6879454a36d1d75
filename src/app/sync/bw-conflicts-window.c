/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-app-sync"
#include "config.h"

#include <glib/gi18n.h>

#include "bw-conflicts-window.h"
#include "bw-date.h"
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
    { "household_member", N_("Member of the household") },
    { "debt", N_("Debt") },
    { "attachment", N_("Attachment") },
    { "offer", N_("Training offer") },
    { "session", N_("Training session") },
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
dismiss_cb (GtkButton         *button,
            BwConflictsWindow *self)
{
  BwSyncConflict *problem = g_object_get_data (G_OBJECT (button), "conflict");
  g_autoptr(GError) error = NULL;

  if (!bw_sync_engine_dismiss_problem (self->engine, bw_sync_conflict_get_id (problem), &error))
    adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
}

static gboolean
is_planning (const char *type)
{
  return g_strcmp0 (type, "offer") == 0 || g_strcmp0 (type, "session") == 0 ||
         g_strcmp0 (type, "enrolment") == 0 || g_strcmp0 (type, "attendance") == 0;
}

/* The refused record as a person knows it: what it is and whose or which
 * it is, from what this desktop holds of it. */
static char *
problem_title (BwSyncConflict *problem)
{
  const char *type = bw_sync_conflict_get_record_type (problem);
  const char *name = bw_sync_conflict_get_record_name (problem);
  const char *context = bw_sync_conflict_get_record_context (problem);
  g_autofree char *date = bw_date_to_display (bw_sync_conflict_get_record_date (problem));
  gboolean dated = date != NULL && *date != '\0';

  if (name == NULL)
    /* TRANSLATORS: %s is a kind of record, e.g. "Training offer" */
    return g_strdup_printf (_("%s (no longer on this computer)"), record_kind_label (type));
  if (g_strcmp0 (type, "case") == 0)
    /* TRANSLATORS: %s is the resident's name */
    return g_strdup_printf (_("Case of %s"), name);
  if (g_strcmp0 (type, "offer") == 0)
    /* TRANSLATORS: %s is the title of a training offer */
    return g_strdup_printf (_("Training offer “%s”"), name);
  if (g_strcmp0 (type, "session") == 0)
    return dated ?
      /* TRANSLATORS: a session of the training offer %1$s on the date %2$s */
      g_strdup_printf (_("Session of “%1$s” on %2$s"), name, date) :
      g_strdup_printf (_("Session of “%s”"), name);
  if (g_strcmp0 (type, "enrolment") == 0)
    return context ?
      /* TRANSLATORS: the enrolment of the resident %1$s in the training offer %2$s */
      g_strdup_printf (_("Enrolment of %1$s in “%2$s”"), name, context) :
      g_strdup_printf (_("Enrolment of %s"), name);
  if (g_strcmp0 (type, "attendance") == 0)
    return dated ?
      /* TRANSLATORS: the attendance of %1$s at the session on %2$s */
      g_strdup_printf (_("Attendance of %1$s on %2$s"), name, date) :
      g_strdup_printf (_("Attendance of %s"), name);
  if (g_strcmp0 (type, "journal") == 0 && dated)
    /* TRANSLATORS: a journal note of the date %1$s in the case of %2$s */
    return g_strdup_printf (_("Journal note of %1$s, case of %2$s"), date, name);
  if (g_strcmp0 (type, "assessment") == 0 && dated)
    /* TRANSLATORS: an assessment of the date %1$s in the case of %2$s */
    return g_strdup_printf (_("Assessment of %1$s, case of %2$s"), date, name);
  if (g_strcmp0 (type, "action") == 0 && context)
    /* TRANSLATORS: the action %1$s (what is to be done) in the case of %2$s */
    return g_strdup_printf (_("Action “%1$s”, case of %2$s"), context, name);
  if (g_strcmp0 (type, "involvement") == 0 && context)
    /* TRANSLATORS: the involved organisation %1$s in the case of %2$s */
    return g_strdup_printf (_("Involved organisation “%1$s”, case of %2$s"), context, name);
  if (g_strcmp0 (type, "household_member") == 0 && context)
    /* TRANSLATORS: the household member %1$s (a name) in the case of %2$s */
    return g_strdup_printf (_("Household member “%1$s”, case of %2$s"), context, name);
  /* TRANSLATORS: a kind of record (%1$s, e.g. "Journal note") in the case of %2$s */
  return g_strdup_printf (_("%1$s, case of %2$s"), record_kind_label (type), name);
}

/* What the server's reason means here, and what the person can do about
 * it, for this kind of record. @parent_refused: the offer a session,
 * enrolment or attendance hangs under was refused as well. */
static void
problem_texts (const char  *type,
               const char  *code,
               gboolean     parent_refused,
               const char **what,
               const char **advice)
{
  gboolean planning = is_planning (type);

  *what = NULL;
  *advice = NULL;
  if (code == NULL)
    return;
  if (g_str_equal (code, "not_found"))
    {
      if (parent_refused)
        {
          *what = _("The server refused its training offer, so it cannot take this either.");
          *advice = _("It stays on this computer only. Dismiss it together with the offer.");
        }
      else if (planning && !g_str_equal (type, "offer"))
        {
          *what = _("The server does not know the training offer this belongs to, or this account may not see it.");
          *advice = _("It stays on this computer only. If the offer was removed, dismiss this message.");
        }
      else if (planning)
        {
          *what = _("The server does not know this training offer, or this account may not see it.");
          *advice = _("It stays on this computer only. If the offer was removed, dismiss this message.");
        }
      else
        {
          *what = _("The server does not know this case, or this account may not see it.");
          *advice = _("It stays on this computer only. If the case moved to another team, tell them what you changed.");
        }
    }
  else if (g_str_equal (code, "purged"))
    {
      *what = _("The case was removed after its retention period.");
      *advice = _("It does not come back; dismiss this message.");
    }
  else if (g_str_equal (code, "wrong_case"))
    {
      *what = _("The server holds this record under another case or offer.");
      *advice = _("It stays on this computer only. If this happens again, tell the application manager.");
    }
  else if (g_str_equal (code, "invalid_field"))
    {
      *what = _("The server did not accept a value in this record.");
      *advice = planning ? _("Open the training offer under Planning, correct it and save it again.")
                         : _("Open the case, correct the value and save it again.");
    }
  else if (g_str_equal (code, "field_too_long") || g_str_equal (code, "too_large"))
    {
      *what = _("A text in this record is too long for the server.");
      *advice = planning ? _("Open the training offer under Planning, shorten the text and save it again.")
                         : _("Open the case, shorten the text and save it again.");
    }
  else if (g_str_equal (code, "new_record_deleted"))
    {
      *what = _("This record was removed before it reached the server.");
      *advice = _("Nothing is lost; dismiss this message.");
    }
  else if (g_str_equal (code, "case_ref_fixed"))
    {
      *what = _("Whom an enrolment is for cannot change.");
      *advice = _("Refer the right resident from their own case.");
    }
  else if (g_str_equal (code, "referral_without_case"))
    {
      *what = _("A referral by the buurtteam must name the resident’s case.");
      *advice = _("Refer the resident from their case.");
    }
  else if (g_str_equal (code, "share_not_deleted"))
    {
      *what = _("A share is ended by withdrawing it, not by removing it.");
      *advice = _("Withdraw the share in the case, with the reason.");
    }
  else if (g_str_equal (code, "share_consent_fixed"))
    {
      *what = _("The consent of a share cannot be changed.");
      *advice = _("Withdraw the share in the case and record a new one.");
    }
  else if (g_str_equal (code, "attachment_file_fixed"))
    {
      *what = _("The file of an attachment cannot be changed.");
      *advice = _("Add the new file as a new attachment.");
    }
  else if (g_str_equal (code, "share_withdrawn"))
    {
      *what = _("This share was withdrawn already.");
      *advice = _("Nothing more is needed; dismiss this message.");
    }
  else if (g_str_equal (code, "share_withdrawal_incomplete"))
    {
      *what = _("The withdrawal of this share has no date.");
      *advice = _("Withdraw the share again in the case.");
    }
  else if (g_str_equal (code, "create_case_role"))
    {
      *what = _("This account may not register cases.");
      *advice = _("Buurtteam members register cases. It stays on this computer only.");
    }
  else if (g_str_equal (code, "plan_role"))
    {
      *what = _("This account may not plan training offers.");
      *advice = _("Trainers of WerkvoorHeerlen plan offers and sessions; ask one of them. It stays on this computer only.");
    }
  else if (g_str_equal (code, "change_role"))
    {
      *what = _("This account may not change this record.");
      *advice = planning ? _("Trainers change the planning; ask one of them. It stays on this computer only.")
                         : _("It stays on this computer only.");
    }
  else if (g_str_equal (code, "read_only"))
    {
      *what = _("This account may read, not change.");
      *advice = _("It stays on this computer only.");
    }
  else if (g_str_equal (code, "partner_notes_only"))
    {
      *what = _("A partner adds only their own notes.");
      *advice = _("It stays on this computer only.");
    }
  else if (g_str_equal (code, "partner_note_organisation"))
    {
      *what = _("A note of a partner carries the partner’s own organisation.");
      *advice = _("It stays on this computer only.");
    }
  else if (g_str_equal (code, "partner_note_team"))
    {
      *what = _("Notes of a partner are written by the partner.");
      *advice = _("Write a journal note in the case instead.");
    }
  else if (g_str_equal (code, "delete_not_author"))
    {
      *what = _("Only the one who registered a case may delete it.");
      *advice = _("The case stays. Ask its author, or close it with an outcome.");
    }
  else if (g_str_equal (code, "delete_shared"))
    {
      *what = _("A case shared with a partner cannot be deleted.");
      *advice = _("Withdraw the share in the case first, then delete it again.");
    }
  else if (g_str_equal (code, "delete_enrolled"))
    {
      *what = _("A case referred to a course cannot be deleted.");
      *advice = _("The case stays; close it with an outcome instead.");
    }
  else if (g_str_equal (code, "moved"))
    {
      *what = _("The case was handed over to another team.");
      *advice = _("It is no longer on this computer. Tell the new team what you changed.");
    }
  else if (g_str_equal (code, "assigned_by_server"))
    {
      *what = _("Who is responsible for a case changes only by a transfer or the coordinator.");
      *advice = _("Offer the case to a colleague with Hand Over… instead.");
    }
  else if (g_str_equal (code, "owner_not_in_team"))
    {
      *what = _("That colleague does not work in this case’s team (any more).");
      *advice = _("Choose another colleague.");
    }
  else if (g_str_equal (code, "transfer_incomplete"))
    {
      *what = _("A transfer needs a note for the one who takes the case over.");
      *advice = _("Hand the case over again, with a note.");
    }
  else if (g_str_equal (code, "transfer_unknown_team"))
    {
      *what = _("The server does not know that team.");
      *advice = _("Synchronise, then choose the team again.");
    }
}

static char *
problem_subtitle (BwSyncConflict *problem,
                  GHashTable     *refused)
{
  const char *type = bw_sync_conflict_get_record_type (problem);
  const char *case_uuid = bw_sync_conflict_get_case_uuid (problem);
  gboolean parent_refused = is_planning (type) && g_strcmp0 (type, "offer") != 0 &&
                            case_uuid != NULL && g_hash_table_contains (refused, case_uuid);
  const char *code = bw_sync_conflict_get_code (problem);
  const char *field = bw_sync_conflict_get_field (problem);
  const char *what, *advice;
  BwRecordType record_type;

  problem_texts (type, code, parent_refused, &what, &advice);
  /* The field the server named, by its label. */
  if (what != NULL && field != NULL && bw_record_type_from_key (type, &record_type))
    {
      g_autofree char *named = NULL;

      if (g_str_equal (code, "invalid_field"))
        /* TRANSLATORS: %s is the label of a field, e.g. "E-mail" */
        named = g_strdup_printf (_("The server did not accept the value of “%s”."),
                                 bw_field_label (record_type, field));
      else if (g_str_equal (code, "field_too_long"))
        /* TRANSLATORS: %s is the label of a field, e.g. "Description" */
        named = g_strdup_printf (_("The text of “%s” is too long for the server."),
                                 bw_field_label (record_type, field));
      if (named != NULL)
        return g_strdup_printf ("%s\n%s", named, advice);
    }
  if (what != NULL)
    return g_strdup_printf ("%s\n%s", what, advice);
  /* A reason this desktop does not know (a newer server): its own
   * English words, said to be that. */
  if (bw_sync_conflict_get_message (problem) != NULL)
    /* TRANSLATORS: %s is the server's own message, in English */
    return g_strdup_printf (_("The server refused this change. Its message (not translated): %s"),
                            bw_sync_conflict_get_message (problem));
  return g_strdup (_("The server refused this change."));
}

static void
add_problem_row (BwConflictsWindow *self,
                 BwSyncConflict    *problem,
                 GHashTable        *refused)
{
  g_autofree char *title = problem_title (problem);
  g_autofree char *subtitle = problem_subtitle (problem, refused);
  g_autofree char *label = g_strdup_printf (_("Dismiss the message about %s"), title);
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             decision_button (self, problem, _("_Dismiss"), label, G_CALLBACK (dismiss_cb)));
  adw_preferences_group_add (self->problems_group, row);
  g_ptr_array_add (self->rows, row);
}

static void
dismiss_all_response_cb (AdwMessageDialog  *dialog,
                         const char        *response,
                         BwConflictsWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "dismiss-all"))
    return;
  if (!bw_sync_engine_dismiss_all_problems (self->engine, &error))
    adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
}

/* Asks first: what is ignored is not sent again. */
static void
dismiss_all_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  BwConflictsWindow *self = BW_CONFLICTS_WINDOW (widget);
  g_autoptr(GListModel) problems = bw_sync_engine_list_problems (self->engine);
  guint n = g_list_model_get_n_items (problems);
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  if (n == 0)
    return;
  body = g_strdup_printf (ngettext ("The refused change stays on this computer only and is not sent again.",
                                    "The %u refused changes stay on this computer only and are not sent again.",
                                    n), n);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Dismiss All Refused Changes?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "dismiss-all", _("_Dismiss All"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "dismiss-all", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (dismiss_all_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
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
  g_autoptr(GHashTable) refused = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

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
      g_hash_table_add (refused, g_strdup (bw_sync_conflict_get_uuid (p)));
    }
  for (guint i = 0; i < n_problems; i++)
    {
      g_autoptr(BwSyncConflict) p = g_list_model_get_item (problems, i);
      add_problem_row (self, p, refused);
    }
  for (guint i = 0; i < n_set_aside; i++)
    {
      g_autoptr(BwSyncConflict) r = g_list_model_get_item (set_aside, i);
      add_set_aside_row (self, r);
    }
  /* "Conflicts" only when there is something to decide between. */
  gtk_window_set_title (GTK_WINDOW (self), n_conflicts > 0 || n_problems + n_set_aside == 0
                                           ? _("Sync Conflicts") : _("Sync Problems"));
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
  gtk_widget_class_install_action (widget_class, "conflicts.dismiss-all", NULL, dismiss_all_action);
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
