/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-app-cases"
#include "config.h"

#include <glib/gi18n.h>

#include "bw-assessment.h"
#include "bw-date.h"
#include "bw-field.h"
#include "bw-zrm-chart.h"
#include "bw-zrm-history-window.h"

struct _BwZrmHistoryWindow
{
  AdwWindow parent_instance;

  GListModel *measurements;
  GtkWidget *charts[BW_DOMAIN_N];
  GtkLabel *latest[BW_DOMAIN_N];

  AdwViewSwitcherTitle *switcher_title;
  AdwViewStack *stack;
  GtkFlowBox *charts_box;
  GtkColumnView *table;
};

G_DEFINE_FINAL_TYPE (BwZrmHistoryWindow, bw_zrm_history_window, ADW_TYPE_WINDOW)

/* The table: a row per field (the domains, then the scores from before
 * the ZRM when any measurement has them), a column per measurement. */

static void
setup_label (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_margin_start (label, 6);
  gtk_widget_set_margin_end (label, 6);
  gtk_list_item_set_child (item, label);
}

static void
bind_domain (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  const char *key = gtk_string_object_get_string (gtk_list_item_get_item (item));

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)),
                      bw_field_label (BW_RECORD_TYPE_ASSESSMENT, key));
}

static void
bind_score (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            BwAssessment             *measurement)
{
  const char *key = gtk_string_object_get_string (gtk_list_item_get_item (item));
  GtkLabel *label = GTK_LABEL (gtk_list_item_get_child (item));
  int score = (int) bw_record_get_int (BW_RECORD (measurement), key);
  g_autoptr(GString) more = g_string_new (NULL);

  if (score == BW_SCORE_NONE)
    {
      /* TRANSLATORS: a cell of the ZRM table: the domain was not scored */
      gtk_label_set_text (label, C_("score", "–"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      bw_score_label (BW_SCORE_NONE), -1);
    }
  else
    {
      g_autofree char *text = g_strdup_printf ("%d · %s", score, bw_score_label (score));

      gtk_label_set_text (label, text);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL);
    }
  /* The domain's note and goal of that day, to read on hovering. */
  for (int d = 0; d < BW_DOMAIN_N; d++)
    if (g_str_equal (key, bw_domain_to_key (d)))
      {
        if (bw_assessment_get_note (measurement, d) != NULL)
          /* TRANSLATORS: a ZRM domain's note in the table's tooltip */
          g_string_append_printf (more, _("Note: %s"), bw_assessment_get_note (measurement, d));
        if (bw_assessment_get_goal (measurement, d) != NULL)
          {
            if (more->len > 0)
              g_string_append_c (more, '\n');
            /* TRANSLATORS: a ZRM domain's goal in the table's tooltip */
            g_string_append_printf (more, _("Goal: %s"), bw_assessment_get_goal (measurement, d));
          }
      }
  gtk_widget_set_tooltip_text (GTK_WIDGET (label), more->len ? more->str : NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  more->str, -1);
}

static gboolean
any_scored (GListModel *measurements,
            const char *key)
{
  for (guint i = 0; i < g_list_model_get_n_items (measurements); i++)
    {
      g_autoptr(BwAssessment) a = g_list_model_get_item (measurements, i);

      if (bw_record_get_int (BW_RECORD (a), key) != BW_SCORE_NONE)
        return TRUE;
    }
  return FALSE;
}

static void
fill_table (BwZrmHistoryWindow *self)
{
  GListModel *columns = gtk_column_view_get_columns (self->table);
  GtkStringList *rows = gtk_string_list_new (NULL);
  g_autoptr(GtkListItemFactory) domain_factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) domain_column = NULL;
  g_autoptr(GtkNoSelection) selection = NULL;
  guint n = g_list_model_get_n_items (self->measurements);

  while (g_list_model_get_n_items (columns) > 0)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, 0);

      gtk_column_view_remove_column (self->table, column);
    }

  for (int d = 0; d < BW_DOMAIN_N; d++)
    gtk_string_list_append (rows, bw_domain_to_key (d));
  for (const char * const *old = (const char * const[]) { "health", "language", NULL }; *old; old++)
    if (any_scored (self->measurements, *old))
      gtk_string_list_append (rows, *old);
  selection = gtk_no_selection_new (G_LIST_MODEL (rows));
  gtk_column_view_set_model (self->table, GTK_SELECTION_MODEL (selection));

  g_signal_connect (domain_factory, "setup", G_CALLBACK (setup_label), NULL);
  g_signal_connect (domain_factory, "bind", G_CALLBACK (bind_domain), NULL);
  domain_column = gtk_column_view_column_new (_("Life domain"), g_object_ref (domain_factory));
  gtk_column_view_append_column (self->table, domain_column);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BwAssessment) a = g_list_model_get_item (self->measurements, i);
      g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkColumnViewColumn) column = NULL;
      g_autofree char *title = bw_date_to_display (bw_assessment_get_date (a));

      g_signal_connect (factory, "setup", G_CALLBACK (setup_label), NULL);
      g_signal_connect_data (factory, "bind", G_CALLBACK (bind_score), g_object_ref (a),
                             (GClosureNotify) (void (*) (void)) g_object_unref, 0);
      column = gtk_column_view_column_new (title, g_object_ref (factory));
      gtk_column_view_append_column (self->table, column);
    }
}

static void
fill_charts (BwZrmHistoryWindow *self)
{
  guint n = g_list_model_get_n_items (self->measurements);
  g_autoptr(BwAssessment) last = n > 0 ? g_list_model_get_item (self->measurements, n - 1) : NULL;

  for (int d = 0; d < BW_DOMAIN_N; d++)
    {
      int score = last ? bw_assessment_get_score (last, d) : BW_SCORE_NONE;
      const char *description = bw_domain_level_description (d, score);
      g_autofree char *latest = NULL;

      bw_zrm_chart_set_measurements (BW_ZRM_CHART (self->charts[d]), self->measurements);
      if (score == BW_SCORE_NONE)
        latest = g_strdup (bw_score_label (BW_SCORE_NONE));
      else
        /* TRANSLATORS: under a ZRM chart: the last level, e.g. "Now 3 · Limited self-sufficiency" */
        latest = g_strdup_printf (_("Now %d · %s"), score, bw_score_label (score));
      gtk_label_set_text (self->latest[d], latest);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->latest[d]), description);
    }
}

static void
add_charts (BwZrmHistoryWindow *self)
{
  for (int d = 0; d < BW_DOMAIN_N; d++)
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      GtkWidget *title = gtk_label_new (bw_domain_label (d));
      GtkWidget *latest = gtk_label_new (NULL);
      GtkWidget *chart = bw_zrm_chart_new (d);

      gtk_label_set_xalign (GTK_LABEL (title), 0);
      gtk_widget_add_css_class (title, "heading");
      gtk_label_set_xalign (GTK_LABEL (latest), 0);
      gtk_label_set_ellipsize (GTK_LABEL (latest), PANGO_ELLIPSIZE_END);
      gtk_widget_add_css_class (latest, "dim-label");
      gtk_widget_add_css_class (latest, "caption");
      gtk_widget_set_margin_top (chart, 6);
      gtk_widget_set_name (chart, bw_domain_to_key (d));
      gtk_box_append (GTK_BOX (box), title);
      gtk_box_append (GTK_BOX (box), latest);
      gtk_box_append (GTK_BOX (box), chart);
      gtk_widget_add_css_class (box, "card");
      gtk_widget_set_margin_top (chart, 6);
      for (GtkWidget *w = title; w; w = w == title ? latest : NULL)
        {
          gtk_widget_set_margin_start (w, 12);
          gtk_widget_set_margin_end (w, 12);
        }
      gtk_widget_set_margin_top (title, 10);
      gtk_widget_set_margin_start (chart, 6);
      gtk_widget_set_margin_end (chart, 6);
      gtk_widget_set_margin_bottom (chart, 6);
      gtk_flow_box_append (self->charts_box, box);
      self->charts[d] = chart;
      self->latest[d] = GTK_LABEL (latest);
    }
}

static void
bw_zrm_history_window_dispose (GObject *object)
{
  BwZrmHistoryWindow *self = BW_ZRM_HISTORY_WINDOW (object);

  g_clear_object (&self->measurements);
  gtk_widget_dispose_template (GTK_WIDGET (self), BW_TYPE_ZRM_HISTORY_WINDOW);
  G_OBJECT_CLASS (bw_zrm_history_window_parent_class)->dispose (object);
}

static void
bw_zrm_history_window_class_init (BwZrmHistoryWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bw_zrm_history_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/nl/heerlen/Buurtwerk/ui/bw-zrm-history-window.ui");
  gtk_widget_class_bind_template_child (widget_class, BwZrmHistoryWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, BwZrmHistoryWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, BwZrmHistoryWindow, charts_box);
  gtk_widget_class_bind_template_child (widget_class, BwZrmHistoryWindow, table);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
bw_zrm_history_window_init (BwZrmHistoryWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  add_charts (self);
}

BwZrmHistoryWindow *
bw_zrm_history_window_new (GtkWindow  *parent,
                           const char *case_name,
                           GListModel *measurements)
{
  BwZrmHistoryWindow *self = g_object_new (BW_TYPE_ZRM_HISTORY_WINDOW, "transient-for", parent, NULL);

  /* Whose history it is, as the window list and a screen reader name it. */
  adw_view_switcher_title_set_subtitle (self->switcher_title, case_name);
  bw_zrm_history_window_set_measurements (self, measurements);
  return self;
}

void
bw_zrm_history_window_set_measurements (BwZrmHistoryWindow *self,
                                        GListModel         *measurements)
{
  g_return_if_fail (BW_IS_ZRM_HISTORY_WINDOW (self));
  g_return_if_fail (G_IS_LIST_MODEL (measurements));

  g_set_object (&self->measurements, measurements);
  fill_charts (self);
  fill_table (self);
}
