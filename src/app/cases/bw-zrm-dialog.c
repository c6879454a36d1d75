/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-app-cases"
#include "config.h"

#include <glib/gi18n.h>

#include "bw-date.h"
#include "bw-validation.h"
#include "bw-zrm-dialog.h"

struct _BwZrmDialog
{
  AdwWindow parent_instance;

  BwCaseStore *store;
  gint64 case_id;
  gboolean writing;

  AdwEntryRow *date_row;
  GtkLabel *error_label;
  GtkWidget *save_button;
  AdwPreferencesGroup *domains_group;

  /* Per domain, built from the domain list: the row that shows the
   * chosen level and what it means, the level, the note and the goal. */
  AdwExpanderRow *domain_rows[BW_DOMAIN_N];
  AdwComboRow *level_rows[BW_DOMAIN_N];
  GtkLabel *meanings[BW_DOMAIN_N];
  AdwEntryRow *note_rows[BW_DOMAIN_N];
  AdwEntryRow *goal_rows[BW_DOMAIN_N];
};

G_DEFINE_FINAL_TYPE (BwZrmDialog, bw_zrm_dialog, ADW_TYPE_WINDOW)

typedef struct {
  gint64 case_id;
  BwAssessment *measurement;
} Measurement;

static void
measurement_free (Measurement *m)
{
  g_clear_object (&m->measurement);
  g_free (m);
}

/* On the store's write thread. */
static gboolean
save_job (BwCaseStore  *store,
          gpointer      data,
          GError      **error)
{
  Measurement *m = data;

  return bw_case_store_add_measurement (store, m->case_id, m->measurement, error) != 0;
}

static void
show_error (BwZrmDialog *self,
            const char  *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

static void
hide_error (BwZrmDialog *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
}

static void
save_done (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(BwZrmDialog) self = user_data;
  g_autoptr(GError) error = NULL;

  self->writing = FALSE;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "zrm.save", TRUE);
  if (!bw_case_store_write_finish (BW_CASE_STORE (source), result, &error))
    {
      show_error (self, error->message);
      return;
    }
  gtk_window_close (GTK_WINDOW (self));
}

/* The level chosen in row @d: its position is the score (0: not scored). */
static int
chosen_level (BwZrmDialog *self,
              int          d)
{
  guint pos = adw_combo_row_get_selected (self->level_rows[d]);

  return pos == GTK_INVALID_LIST_POSITION ? BW_SCORE_NONE : (int) pos;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  BwZrmDialog *self = BW_ZRM_DIALOG (widget);
  const char *typed = gtk_editable_get_text (GTK_EDITABLE (self->date_row));
  g_autoptr(BwAssessment) measurement = g_object_new (BW_TYPE_ASSESSMENT, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *today = bw_date_today ();
  g_autofree char *iso = NULL;
  Measurement *m;

  if (self->writing)
    return;
  /* An empty date is today, as in the journal. */
  iso = *typed ? bw_validate_date (typed, BW_VALIDATION_ERROR_DATE, &error) : g_strdup (today);
  if (iso == NULL)
    {
      show_error (self, error->message);
      return;
    }
  bw_record_set_text (BW_RECORD (measurement), "date", iso);
  for (int d = 0; d < BW_DOMAIN_N; d++)
    {
      g_autofree char *note = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->note_rows[d]))));
      g_autofree char *goal = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->goal_rows[d]))));

      bw_assessment_set_score (measurement, d, chosen_level (self, d));
      bw_assessment_set_note (measurement, d, note);
      bw_assessment_set_goal (measurement, d, goal);
    }
  /* Checked here first so that the dialog says it next to the date; the
   * store checks it again. */
  if (!bw_validate_measurement (measurement, today, &error))
    {
      show_error (self, error->message);
      return;
    }

  hide_error (self);
  m = g_new0 (Measurement, 1);
  m->case_id = self->case_id;
  m->measurement = g_steal_pointer (&measurement);
  self->writing = TRUE;
  gtk_widget_action_set_enabled (widget, "zrm.save", FALSE);
  bw_case_store_write_async (self->store, save_job, m, (GDestroyNotify) measurement_free, NULL,
                             save_done, g_object_ref (self));
}

/* The domain's row says the level chosen and what it means there. */
static void
show_level (BwZrmDialog *self,
            int          d)
{
  int score = chosen_level (self, d);
  const char *description = bw_domain_level_description (d, score);
  g_autofree char *subtitle = NULL;

  if (description == NULL)
    subtitle = g_strdup (bw_score_label (BW_SCORE_NONE));
  else
    /* TRANSLATORS: a ZRM level in a list, e.g. "2 · Not self-sufficient" */
    subtitle = g_strdup_printf (_("%d · %s"), score, bw_score_label (score));
  /* The level's name on the domain's row; what it means there under the
   * level and on hovering either. */
  adw_expander_row_set_subtitle (self->domain_rows[d], subtitle);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->domain_rows[d]), description);
  gtk_label_set_text (self->meanings[d], description ? description : "");
  gtk_widget_set_visible (GTK_WIDGET (self->meanings[d]), description != NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->level_rows[d]), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  description ? description : "", -1);
}

static void
level_changed (AdwComboRow *row,
               GParamSpec  *pspec,
               BwZrmDialog *self)
{
  for (int d = 0; d < BW_DOMAIN_N; d++)
    if (self->level_rows[d] == row)
      show_level (self, d);
  hide_error (self);
}

static GListModel *
level_names (void)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  gtk_string_list_append (list, bw_score_label (BW_SCORE_NONE));
  for (int score = BW_SCORE_MIN; score <= BW_SCORE_MAX; score++)
    {
      /* TRANSLATORS: a ZRM level in a list, e.g. "2 · Not self-sufficient" */
      g_autofree char *name = g_strdup_printf (_("%d · %s"), score, bw_score_label (score));

      gtk_string_list_append (list, name);
    }
  return G_LIST_MODEL (list);
}

static void
add_domain_rows (BwZrmDialog *self)
{
  for (int d = 0; d < BW_DOMAIN_N; d++)
    {
      GtkWidget *expander = adw_expander_row_new ();
      GtkWidget *level = adw_combo_row_new ();
      GtkWidget *meaning = gtk_label_new (NULL);
      GtkWidget *note = adw_entry_row_new ();
      GtkWidget *goal = adw_entry_row_new ();
      g_autoptr(GListModel) names = level_names ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), bw_domain_label (d));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (expander), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (level), _("Level"));
      adw_combo_row_set_model (ADW_COMBO_ROW (level), names);
      /* The level's name in full, under "Level". */
      adw_combo_row_set_use_subtitle (ADW_COMBO_ROW (level), TRUE);
      gtk_label_set_wrap (GTK_LABEL (meaning), TRUE);
      gtk_label_set_xalign (GTK_LABEL (meaning), 0);
      gtk_widget_set_margin_start (meaning, 12);
      gtk_widget_set_margin_end (meaning, 12);
      gtk_widget_set_margin_top (meaning, 8);
      gtk_widget_set_margin_bottom (meaning, 8);
      gtk_widget_add_css_class (meaning, "dim-label");
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (note), _("Note"));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (goal), _("Goal"));
      /* The field names a screen reader and a test find them by. */
      gtk_widget_set_name (level, bw_domain_to_key (d));
      gtk_widget_set_name (note, bw_domain_note_key (d));
      gtk_widget_set_name (goal, bw_domain_goal_key (d));
      adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), level);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), meaning);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), note);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), goal);
      adw_preferences_group_add (self->domains_group, expander);
      self->domain_rows[d] = ADW_EXPANDER_ROW (expander);
      self->level_rows[d] = ADW_COMBO_ROW (level);
      self->meanings[d] = GTK_LABEL (meaning);
      self->note_rows[d] = ADW_ENTRY_ROW (note);
      self->goal_rows[d] = ADW_ENTRY_ROW (goal);
      show_level (self, d);
      g_signal_connect_object (level, "notify::selected", G_CALLBACK (level_changed), self, 0);
    }
}

static void
bw_zrm_dialog_dispose (GObject *object)
{
  BwZrmDialog *self = BW_ZRM_DIALOG (object);

  g_clear_object (&self->store);
  gtk_widget_dispose_template (GTK_WIDGET (self), BW_TYPE_ZRM_DIALOG);
  G_OBJECT_CLASS (bw_zrm_dialog_parent_class)->dispose (object);
}

static void
bw_zrm_dialog_class_init (BwZrmDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bw_zrm_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/nl/heerlen/Buurtwerk/ui/bw-zrm-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, BwZrmDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, BwZrmDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, BwZrmDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, BwZrmDialog, domains_group);
  gtk_widget_class_install_action (widget_class, "zrm.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
bw_zrm_dialog_init (BwZrmDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  add_domain_rows (self);
  g_signal_connect_swapped (self->date_row, "changed", G_CALLBACK (hide_error), self);
}

BwZrmDialog *
bw_zrm_dialog_new (GtkWindow    *parent,
                   BwCaseStore  *store,
                   gint64        case_id,
                   BwAssessment *last)
{
  BwZrmDialog *self = g_object_new (BW_TYPE_ZRM_DIALOG, "transient-for", parent, NULL);
  g_autofree char *today = bw_date_today ();
  g_autofree char *shown = bw_date_to_entry_text (today);

  self->store = g_object_ref (store);
  self->case_id = case_id;
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), shown);
  /* A new measurement starts from the last: most domains move slowly,
   * and the goals are followed until they are reached. Notes are of
   * their day and start empty. */
  for (int d = 0; last != NULL && d < BW_DOMAIN_N; d++)
    {
      adw_combo_row_set_selected (self->level_rows[d], bw_assessment_get_score (last, d));
      if (bw_assessment_get_goal (last, d) != NULL)
        gtk_editable_set_text (GTK_EDITABLE (self->goal_rows[d]), bw_assessment_get_goal (last, d));
    }
  return self;
}
