/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-app-cases"
#include "config.h"

#include <glib/gi18n.h>

#include "bw-case-ownership.h"
#include "bw-case-store-sharing.h"
#include "bw-transfer-dialog.h"

struct _BwCaseOwnership
{
  AdwPreferencesGroup parent_instance;

  BwCaseStore *store;
  BwSyncEngine *engine;
  GCancellable *cancellable;
  gint64 case_id;
  char *case_uuid;
  char *answer;              /* the declined transfer's reason, shown */
  GListModel *colleagues;    /* who it can be handed to */
  GListModel *teams;
  gboolean answering;

  GtkWidget *banner;
  GtkLabel *banner_label;
  GtkWidget *withdraw_button;
  GtkWidget *accept_button;
  GtkWidget *decline_button;
  GtkWidget *dismiss_button;
  AdwActionRow *owner_row;
  GtkWidget *hand_over_button;
};

G_DEFINE_FINAL_TYPE (BwCaseOwnership, bw_case_ownership, ADW_TYPE_PREFERENCES_GROUP)

enum {
  SHOW_TOAST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
toast (BwCaseOwnership *self,
       const char      *text)
{
  g_signal_emit (self, signals[SHOW_TOAST], 0, adw_toast_new (text));
}

/* What the case's fields mean, read on the store's read thread. */
typedef struct {
  gint64 case_id;
  char *case_uuid;
  gint64 owner, to_user, to_team;
  char *note;
  char *answer;
  gboolean closed;
  /* read */
  gint64 me;
  char *role;
  char *owner_name;
  char *to_name;
  gboolean answer_seen;
  GListModel *colleagues;
  GListModel *teams;
} Reading;

static void
reading_free (Reading *r)
{
  g_free (r->case_uuid);
  g_free (r->note);
  g_free (r->answer);
  g_free (r->role);
  g_free (r->owner_name);
  g_free (r->to_name);
  g_clear_object (&r->colleagues);
  g_clear_object (&r->teams);
  g_free (r);
}

static gpointer
read_names (BwCaseStore  *store,
            gpointer      data,
            GError      **error)
{
  Reading *r = data;
  g_autoptr(GListModel) members = bw_case_store_list_team_members (store);
  GListStore *colleagues = g_list_store_new (BW_TYPE_TEAM_MEMBER);

  r->me = bw_case_store_get_user_id (store);
  r->role = bw_case_store_dup_role (store);
  r->owner_name = bw_case_store_get_member_name (store, r->owner);
  r->to_name = r->to_team > 0 ? bw_case_store_get_team_name (store, r->to_team)
                              : bw_case_store_get_member_name (store, r->to_user);
  r->answer_seen = bw_case_store_transfer_answer_dismissed (store, r->case_uuid, r->answer);
  /* Handed to a worker of the team, not to oneself or who has it. */
  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(BwTeamMember) m = g_list_model_get_item (members, i);

      if (g_strcmp0 (bw_team_member_get_role (m), "buurtteam") == 0 &&
          bw_team_member_get_id (m) != r->me && bw_team_member_get_id (m) != r->owner)
        g_list_store_append (colleagues, m);
    }
  r->colleagues = G_LIST_MODEL (colleagues);
  r->teams = bw_case_store_list_other_teams (store);
  return r;
}

static void
show_reading (BwCaseOwnership *self,
              Reading         *r)
{
  gboolean pending = r->to_user > 0 || r->to_team > 0;
  gboolean to_me = r->to_user > 0 && r->to_user == r->me && r->to_team == 0;
  gboolean declined = !pending && r->answer != NULL && *r->answer != '\0' && !r->answer_seen;
  g_autofree char *text = NULL;

  if (r->owner > 0)
    adw_action_row_set_subtitle (self->owner_row, r->owner_name ? r->owner_name
                                                                : _("Not in the team list"));
  else
    adw_action_row_set_subtitle (self->owner_row, _("No one"));

  /* A member hands over; a coordinator reassigns from the team overview. */
  gtk_widget_set_visible (self->hand_over_button, r->me > 0 && g_strcmp0 (r->role, "buurtteam") == 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "ownership.hand-over",
                                 !pending && !r->closed && self->engine != NULL &&
                                 (g_list_model_get_n_items (r->colleagues) > 0 ||
                                  g_list_model_get_n_items (r->teams) > 0));

  if (to_me)
    text = g_strdup_printf (_("%s offers you this case: “%s”"),
                            r->owner_name ? r->owner_name : _("A colleague"), r->note ? r->note : "");
  else if (pending && r->to_team > 0)
    text = g_strdup_printf (_("Offered to team %s: “%s”"), r->to_name ? r->to_name : "?",
                            r->note ? r->note : "");
  else if (pending)
    text = g_strdup_printf (_("Offered to %s: “%s”"), r->to_name ? r->to_name : "?", r->note ? r->note : "");
  else if (declined)
    text = g_strdup_printf (_("The transfer was declined: “%s”"), r->answer);
  gtk_label_set_text (self->banner_label, text ? text : "");
  gtk_widget_set_visible (self->banner, text != NULL);
  gtk_widget_set_visible (self->accept_button, to_me);
  gtk_widget_set_visible (self->decline_button, to_me);
  gtk_widget_set_visible (self->withdraw_button, pending && !to_me);
  gtk_widget_set_visible (self->dismiss_button, declined);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "ownership.accept", to_me && !self->answering);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "ownership.decline", to_me && !self->answering);

  g_free (self->answer);
  self->answer = declined ? g_strdup (r->answer) : NULL;
  g_set_object (&self->colleagues, r->colleagues);
  g_set_object (&self->teams, r->teams);
}

static void
read_done (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(BwCaseOwnership) self = user_data;
  g_autoptr(GError) error = NULL;
  Reading *r = bw_case_store_read_finish (BW_CASE_STORE (source), result, &error);

  /* Another case by now: its own reading follows. */
  if (r == NULL || r->case_id != self->case_id)
    return;
  show_reading (self, r);
}

void
bw_case_ownership_show_case (BwCaseOwnership *self,
                             BwCase          *record)
{
  Reading *r;

  g_return_if_fail (BW_IS_CASE_OWNERSHIP (self));

  gtk_widget_set_visible (GTK_WIDGET (self), record != NULL && bw_case_get_id (record) > 0);
  if (record == NULL || bw_case_get_id (record) <= 0 || self->store == NULL)
    {
      self->case_id = 0;
      return;
    }
  self->case_id = bw_case_get_id (record);
  g_free (self->case_uuid);
  self->case_uuid = g_strdup (bw_case_get_uuid (record));
  r = g_new0 (Reading, 1);
  r->case_id = self->case_id;
  r->case_uuid = g_strdup (self->case_uuid);
  r->owner = bw_record_get_int (BW_RECORD (record), "owner");
  r->to_user = bw_record_get_int (BW_RECORD (record), "transfer_to_user");
  r->to_team = bw_record_get_int (BW_RECORD (record), "transfer_to_team");
  r->note = g_strdup (bw_record_get_text (BW_RECORD (record), "transfer_note"));
  r->answer = g_strdup (bw_record_get_text (BW_RECORD (record), "transfer_answer"));
  r->closed = bw_case_get_status (record) == BW_CASE_STATUS_CLOSED;
  bw_case_store_read_async (self->store, read_names, r, (GDestroyNotify) reading_free, self->cancellable,
                            read_done, g_object_ref (self));
}

void
bw_case_ownership_set_store (BwCaseOwnership *self,
                             BwCaseStore     *store)
{
  g_return_if_fail (BW_IS_CASE_OWNERSHIP (self));
  g_set_object (&self->store, store);
}

void
bw_case_ownership_set_engine (BwCaseOwnership *self,
                              BwSyncEngine    *engine)
{
  g_return_if_fail (BW_IS_CASE_OWNERSHIP (self));
  g_set_object (&self->engine, engine);
}

/* Handing over */

static void
hand_over_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  BwCaseOwnership *self = BW_CASE_OWNERSHIP (widget);
  BwTransferDialog *dialog;

  if (self->store == NULL || self->case_id == 0 || self->colleagues == NULL)
    return;
  dialog = bw_transfer_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), self->store, self->case_id,
                                   self->colleagues, self->teams);
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
withdraw_job (BwCaseStore  *store,
              gpointer      data,
              GError      **error)
{
  return bw_case_store_withdraw_transfer (store, *(gint64 *) data, error);
}

static void
write_done (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(BwCaseOwnership) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!bw_case_store_write_finish (BW_CASE_STORE (source), result, &error))
    toast (self, error->message);
}

static void
withdraw_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  BwCaseOwnership *self = BW_CASE_OWNERSHIP (widget);

  if (self->store == NULL || self->case_id == 0)
    return;
  bw_case_store_write_async (self->store, withdraw_job, g_memdup2 (&self->case_id, sizeof self->case_id),
                             g_free, NULL, write_done, g_object_ref (self));
}

typedef struct {
  char *uuid;
  char *answer;
} Dismissal;

static void
dismissal_free (Dismissal *d)
{
  g_free (d->uuid);
  g_free (d->answer);
  g_free (d);
}

static gboolean
dismiss_job (BwCaseStore  *store,
             gpointer      data,
             GError      **error)
{
  Dismissal *d = data;

  return bw_case_store_dismiss_transfer_answer (store, d->uuid, d->answer, error);
}

static void
dismiss_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  BwCaseOwnership *self = BW_CASE_OWNERSHIP (widget);
  Dismissal *d;

  if (self->store == NULL || self->case_uuid == NULL || self->answer == NULL)
    return;
  d = g_new0 (Dismissal, 1);
  d->uuid = g_strdup (self->case_uuid);
  d->answer = g_strdup (self->answer);
  /* Closed here and now; the store keeps it closed. */
  gtk_widget_set_visible (self->banner, FALSE);
  bw_case_store_write_async (self->store, dismiss_job, d, (GDestroyNotify) dismissal_free, NULL,
                             write_done, g_object_ref (self));
}

/* Answering a transfer offered to me */

static void
sync_done (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  /* The application's own syncs report their problems. */
  if (!bw_sync_engine_sync_finish (BW_SYNC_ENGINE (source), result, &error))
    g_debug ("Sync after a transfer answer: %s", error->message);
}

static void
answer_done (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(BwCaseOwnership) self = user_data;
  g_autoptr(GError) error = NULL;

  self->answering = FALSE;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "ownership.accept", TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "ownership.decline", TRUE);
  if (!bw_sync_engine_answer_transfer_finish (BW_SYNC_ENGINE (source), result, &error))
    {
      toast (self, error->message);
      return;
    }
  /* The case as it is now comes with a sync: the application's, or (in
   * a window without one) the engine's own. */
  if (!gtk_widget_activate_action (GTK_WIDGET (self), "app.sync", NULL))
    bw_sync_engine_sync_async (BW_SYNC_ENGINE (source), NULL, sync_done, NULL);
}

static void
answer (BwCaseOwnership *self,
        gboolean         accept,
        const char      *note)
{
  if (self->engine == NULL || self->case_uuid == NULL || self->answering)
    return;
  self->answering = TRUE;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "ownership.accept", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "ownership.decline", FALSE);
  bw_sync_engine_answer_transfer_async (self->engine, self->case_uuid, accept, note, NULL,
                                        answer_done, g_object_ref (self));
}

static void
accept_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  answer (BW_CASE_OWNERSHIP (widget), TRUE, NULL);
}

static void
reason_changed (GtkEditable      *entry,
                AdwMessageDialog *dialog)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  /* The one who offered it hears why. */
  adw_message_dialog_set_response_enabled (dialog, "decline", *text != '\0');
}

static void
decline_response (AdwMessageDialog *dialog,
                  const char       *response,
                  BwCaseOwnership  *self)
{
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  g_autofree char *reason = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  if (g_str_equal (response, "decline") && *reason != '\0')
    answer (self, FALSE, reason);
}

static void
decline_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  BwCaseOwnership *self = BW_CASE_OWNERSHIP (widget);
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                              _("Decline the Case?"),
                                              _("Say why, for the colleague who offered it. The case stays with them."));
  GtkWidget *entry = gtk_entry_new ();

  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Reason"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Reason"), -1);
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "decline", _("_Decline"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "decline",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "decline");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "decline", FALSE);
  g_signal_connect (entry, "changed", G_CALLBACK (reason_changed), dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (decline_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
bw_case_ownership_dispose (GObject *object)
{
  BwCaseOwnership *self = BW_CASE_OWNERSHIP (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->store);
  g_clear_object (&self->engine);
  g_clear_object (&self->colleagues);
  g_clear_object (&self->teams);
  g_clear_pointer (&self->case_uuid, g_free);
  g_clear_pointer (&self->answer, g_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), BW_TYPE_CASE_OWNERSHIP);
  G_OBJECT_CLASS (bw_case_ownership_parent_class)->dispose (object);
}

static void
bw_case_ownership_class_init (BwCaseOwnershipClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bw_case_ownership_dispose;

  signals[SHOW_TOAST] = g_signal_new ("show-toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                      NULL, NULL, NULL, G_TYPE_NONE, 1, ADW_TYPE_TOAST);

  gtk_widget_class_set_template_from_resource (widget_class, "/nl/heerlen/Buurtwerk/ui/bw-case-ownership.ui");
  gtk_widget_class_bind_template_child (widget_class, BwCaseOwnership, banner);
  gtk_widget_class_bind_template_child (widget_class, BwCaseOwnership, banner_label);
  gtk_widget_class_bind_template_child (widget_class, BwCaseOwnership, withdraw_button);
  gtk_widget_class_bind_template_child (widget_class, BwCaseOwnership, accept_button);
  gtk_widget_class_bind_template_child (widget_class, BwCaseOwnership, decline_button);
  gtk_widget_class_bind_template_child (widget_class, BwCaseOwnership, dismiss_button);
  gtk_widget_class_bind_template_child (widget_class, BwCaseOwnership, owner_row);
  gtk_widget_class_bind_template_child (widget_class, BwCaseOwnership, hand_over_button);
  gtk_widget_class_install_action (widget_class, "ownership.hand-over", NULL, hand_over_action);
  gtk_widget_class_install_action (widget_class, "ownership.withdraw", NULL, withdraw_action);
  gtk_widget_class_install_action (widget_class, "ownership.accept", NULL, accept_action);
  gtk_widget_class_install_action (widget_class, "ownership.decline", NULL, decline_action);
  gtk_widget_class_install_action (widget_class, "ownership.dismiss", NULL, dismiss_action);
}

static void
bw_case_ownership_init (BwCaseOwnership *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}
