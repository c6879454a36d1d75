/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-app-reports"
#include "config.h"

#include <math.h>

#include <stdlib.h>
#include <string.h>

#include <glib/gi18n.h>

#include "bw-csv-writer.h"
#include "bw-date.h"
#include "bw-enums.h"
#include "bw-export.h"
#include "bw-figures.h"
#include "bw-report-chart.h"
#include "bw-report-xlsx.h"
#include "bw-reports-page.h"
#include "bw-sync-button.h"

/* How far back a report can start, in months (the server's limit). */
#define N_MONTHS 60

struct _BwReportsPage
{
  GtkWidget parent_instance;

  BwCaseStore *store;
  BwSyncEngine *engine;
  BwReport *report;
  GCancellable *cancellable;
  GListStore *rows;              /* GtkStringObject: the months shown */
  GPtrArray *months;             /* "YYYY-MM", newest first, as the dropdowns list them */
  GPtrArray *areas;              /* "all", "noord", buurt codes */

  AdwViewSwitcher *view_switcher;
  GtkWidget *scroller;
  GtkDropDown *from_dropdown;
  GtkDropDown *to_dropdown;
  GtkDropDown *area_dropdown;
  GtkWidget *refresh_button;
  GtkWidget *export_button;
  GtkLabel *source_label;
  BwReportChart *chart;
  GtkColumnView *table;
  GtkWidget *period_heading;
  GtkListBox *period_list;
};

G_DEFINE_FINAL_TYPE (BwReportsPage, bw_reports_page, GTK_TYPE_WIDGET)

/* The table's columns: the month, then these series. */
static const struct {
  const char *series;
  const char *title;
} columns[] = {
  { "inflow", N_("Inflow") },
  { "outflow", N_("Outflow") },
  { "caseload", N_("Caseload") },
  { "with_debts", N_("With debts") },
  { "track:work", N_("To the work track") },
  { "track:development", N_("To development") },
  { "track:care", N_("To the care track") },
};

/* "2025-03" as the month it names: "mrt 2025". */
static char *
month_label (const char *month)
{
  g_autoptr(GDateTime) dt = g_date_time_new_local (atoi (month), atoi (month + 5), 1, 0, 0, 0);

  /* TRANSLATORS: a month in the reports, see strftime(3); "%b %Y" gives "Mar 2025" */
  return dt ? g_date_time_format (dt, _("%b %Y")) : g_strdup (month);
}

static char *
count_text (gint64 count)
{
  return count == BW_REPORT_HIDDEN ? bw_figures_format_count (0) : bw_figures_format_count (count);
}

static void
add_period_row (BwReportsPage *self,
                const char    *title,
                const char    *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  /* "< 5" is text, not markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  gtk_list_box_append (self->period_list, row);
}

/* The figures of the whole period: the change in the life domains, the
 * time from referral to placement, and each course. */
static void
fill_period (BwReportsPage *self,
             BwReport      *report)
{
  GtkWidget *child;
  gint64 cases, placed, days;
  double changes[BW_DOMAIN_N];
  gboolean any = FALSE;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->period_list))))
    gtk_list_box_remove (self->period_list, child);
  if (report != NULL && bw_report_get_score_changes (report, &cases, changes))
    {
      g_autoptr(GString) text = g_string_new (NULL);
      g_autofree char *n = count_text (cases);
      g_autofree char *title = NULL;

      if (cases == BW_REPORT_HIDDEN)
        g_string_append (text, _("Too few cases with two measurements to show a change."));
      else
        for (int d = 0; d < BW_DOMAIN_N; d++)
          {
            if (text->len > 0)
              g_string_append (text, " · ");
            if (isnan (changes[d]))
              /* TRANSLATORS: a ZRM domain scored in too few cases to show its change */
              g_string_append_printf (text, _("%s too few"), bw_domain_label (d));
            else
              /* TRANSLATORS: a life domain and its mean change, e.g. "Finances +0,5" */
              g_string_append_printf (text, "%s %+.1f", bw_domain_label (d), changes[d]);
          }
      /* TRANSLATORS: %s is a count of cases, e.g. "12" or "< 5" */
      title = g_strdup_printf (_("Life domains, mean change from the first to the last measurement (%s cases)"), n);
      add_period_row (self, title, text->str);
      any = TRUE;
    }
  if (report != NULL && bw_report_get_placement (report, &placed, &days))
    {
      g_autofree char *n = count_text (placed);
      g_autofree char *text = NULL;

      if (days == BW_REPORT_HIDDEN)
        /* TRANSLATORS: %s is a count of residents, e.g. "< 5" */
        text = g_strdup_printf (_("%s placed: too few to show"), n);
      else
        /* TRANSLATORS: the median number of days, then a count of residents */
        text = g_strdup_printf (ngettext ("Median %d day (%s placed)", "Median %d days (%s placed)", (gulong) days),
                                (int) days, n);
      add_period_row (self, _("From referral to placement on a course"), text);
      any = TRUE;
    }
  for (guint i = 0; report != NULL && i < bw_report_get_n_courses (report); i++)
    {
      gint64 capacity, course_placed, attendance;
      const char *title = bw_report_get_course (report, i, &capacity, &course_placed, &attendance);
      g_autofree char *placed_text = count_text (course_placed);
      g_autofree char *attended = attendance == BW_REPORT_HIDDEN ? g_strdup (_("attendance not shown (too few marks)"))
                                  /* TRANSLATORS: the share of sessions attended, e.g. "80% attended" */
                                  : g_strdup_printf (_("%d%% attended"), (int) attendance);
      g_autofree char *text = NULL;

      /* TRANSLATORS: places, residents placed, then the attendance, e.g. "12 places · 5 placed · 80% attended" */
      text = g_strdup_printf (_("%d places · %s placed · %s"), (int) capacity, placed_text, attended);
      add_period_row (self, title, text);
      any = TRUE;
    }
  gtk_widget_set_visible (self->period_heading, any);
  gtk_widget_set_visible (GTK_WIDGET (self->period_list), any);
}

static void
show_report (BwReportsPage *self,
             BwReport      *report,
             const char    *problem)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *when = NULL;
  g_autofree char *text = NULL;

  g_set_object (&self->report, report);
  bw_report_chart_set_report (self->chart, report);
  fill_period (self, report);
  for (guint i = 0; report != NULL && i < bw_report_get_n_months (report); i++)
    g_ptr_array_add (items, gtk_string_object_new (bw_report_get_month (report, i)));
  g_list_store_splice (self->rows, 0, g_list_model_get_n_items (G_LIST_MODEL (self->rows)), items->pdata, items->len);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reports.export", report != NULL);

  if (report == NULL)
    text = g_strdup (problem ? problem : _("No figures yet: choose a period and an area, then Update."));
  else
    {
      when = bw_date_timestamp_to_display (bw_report_get_computed_at (report));
      /* TRANSLATORS: %s is a day and time, e.g. "5 dec 2026, 14:05" */
      text = g_strdup_printf (_("Counted by the server over every team and the cases removed after their retention period, on %s. Counts under 5 are shown as “< 5”."),
                              when);
      if (problem != NULL)
        {
          char *both = g_strdup_printf ("%s %s", problem, text);

          g_free (text);
          text = both;
        }
    }
  gtk_label_set_text (self->source_label, text);
}

static const char *
selected_month (BwReportsPage *self,
                GtkDropDown   *dropdown)
{
  guint i = gtk_drop_down_get_selected (dropdown);

  return i < self->months->len ? g_ptr_array_index (self->months, i) : NULL;
}

static void
report_fetched_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(BwReportsPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(BwReport) report = bw_sync_engine_fetch_report_finish (BW_SYNC_ENGINE (source), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reports.refresh", TRUE);
  if (report == NULL)
    {
      g_autofree char *problem = g_strdup_printf (_("The figures could not be updated: %s."), error->message);

      /* What was there stays, with its date. */
      show_report (self, self->report, problem);
      return;
    }
  show_report (self, report, NULL);
}

static void
refresh_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  BwReportsPage *self = BW_REPORTS_PAGE (widget);
  const char *from = selected_month (self, self->from_dropdown);
  const char *to = selected_month (self, self->to_dropdown);
  guint area = gtk_drop_down_get_selected (self->area_dropdown);

  if (self->engine == NULL || from == NULL || to == NULL || area >= self->areas->len)
    return;
  if (strcmp (from, to) > 0)
    {
      show_report (self, self->report, _("The first month comes after the last."));
      return;
    }
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  gtk_widget_action_set_enabled (widget, "reports.refresh", FALSE);
  bw_sync_engine_fetch_report_async (self->engine, from, to, g_ptr_array_index (self->areas, area),
                                     self->cancellable, report_fetched_cb, g_object_ref (self));
}

/* Export */

static char *
report_csv (BwReport *report)
{
  GString *out = bw_csv_writer_new ();
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) header = g_ptr_array_new_with_free_func (g_free);

  for (const char **s = (const char *[]) { "inflow", "outflow", "caseload", "with_debts", NULL }; *s; s++)
    g_ptr_array_add (names, g_strdup (*s));
  /* The outcomes and tracks in the order people know them (the enums'). */
  for (int o = BW_OUTCOME_NONE + 1; o < BW_OUTCOME_N; o++)
    {
      g_autofree char *name = g_strconcat ("outcome:", bw_outcome_to_key (o), NULL);

      if (bw_report_get_series (report, name) != NULL)
        g_ptr_array_add (names, g_steal_pointer (&name));
    }
  for (int t = BW_TRACK_NONE + 1; t < BW_TRACK_N; t++)
    {
      g_autofree char *name = g_strconcat ("track:", bw_track_to_key (t), NULL);

      if (bw_report_get_series (report, name) != NULL)
        g_ptr_array_add (names, g_steal_pointer (&name));
    }
  g_ptr_array_add (header, g_strdup (_("Month")));
  for (guint k = 0; k < names->len; k++)
    {
      const char *name = g_ptr_array_index (names, k);

      if (g_str_has_prefix (name, "outcome:"))
        /* TRANSLATORS: a column of the exported report: the outflow with an outcome, e.g. "Outflow: Work" */
        g_ptr_array_add (header, g_strdup_printf (_("Outflow: %s"), bw_outcome_label (bw_outcome_from_key (name + 8))));
      else if (g_str_has_prefix (name, "track:"))
        /* TRANSLATORS: a column of the exported report, e.g. "To the track: Care track" */
        g_ptr_array_add (header, g_strdup_printf (_("To the track: %s"), bw_track_label (bw_track_from_key (name + 6))));
      else
        for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
          if (g_str_equal (columns[c].series, name))
            g_ptr_array_add (header, g_strdup (_(columns[c].title)));
    }
  bw_csv_writer_append_row (out, (const char * const *) header->pdata, header->len);
  for (guint i = 0; i < bw_report_get_n_months (report); i++)
    {
      g_autoptr(GPtrArray) row = g_ptr_array_new_with_free_func (g_free);

      g_ptr_array_add (row, month_label (bw_report_get_month (report, i)));
      for (guint k = 0; k < names->len; k++)
        g_ptr_array_add (row, count_text (bw_report_get_series (report, g_ptr_array_index (names, k))[i]));
      bw_csv_writer_append_row (out, (const char * const *) row->pdata, row->len);
    }
  return g_string_free (out, FALSE);
}

/* The workbook is made off the main thread: libxlsxwriter writes files. */
static void
make_xlsx_thread (GTask        *task,
                  gpointer      source,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  GError *error = NULL;
  GBytes *bytes = bw_report_xlsx (BW_REPORT (task_data), &error);

  if (bytes == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, bytes, (GDestroyNotify) g_bytes_unref);
}

static void
xlsx_made_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      data)
{
  g_autoptr(GFile) file = data;
  BwReportsPage *self = BW_REPORTS_PAGE (source);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_task_propagate_pointer (G_TASK (result), &error);

  if (bytes == NULL)
    {
      bw_export_show_failure (GTK_WIDGET (self), error);
      return;
    }
  bw_export_save (GTK_WIDGET (self), self->store, "report_xlsx", file, bytes);
}

static void
export_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    BwReportsPage   *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL && self->report != NULL)
    {
      g_autofree char *name = g_file_get_basename (file);

      /* A name ending in .csv asks for CSV; anything else is a workbook. */
      if (g_str_has_suffix (name, ".csv"))
        {
          char *text = report_csv (self->report);
          g_autoptr(GBytes) bytes = g_bytes_new_take (text, strlen (text));

          bw_export_save (GTK_WIDGET (self), self->store, "report_csv", file, bytes);
        }
      else
        {
          g_autoptr(GTask) task = g_task_new (self, NULL, xlsx_made_cb, g_object_ref (file));

          g_task_set_task_data (task, g_object_ref (self->report), g_object_unref);
          g_task_run_in_thread (task, make_xlsx_thread);
        }
    }
  g_object_unref (chooser);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  /* TRANSLATORS: the suggested name of the exported report; keep it a file name */
  GtkFileChooserNative *chooser = bw_export_chooser_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                         _("Export Report"), _("_Save"),
                                                         _("report-per-month.xlsx"));
  g_autoptr(GtkFileFilter) xlsx = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) csv = gtk_file_filter_new ();

  gtk_file_filter_set_name (xlsx, _("Excel workbook (.xlsx)"));
  gtk_file_filter_add_suffix (xlsx, "xlsx");
  gtk_file_filter_set_name (csv, _("CSV file (.csv), for any spreadsheet"));
  gtk_file_filter_add_suffix (csv, "csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), xlsx);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), csv);
  g_signal_connect (chooser, "response", G_CALLBACK (export_response_cb), widget);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* The table */

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), GPOINTER_TO_INT (data) < 0 ? 0 : 1);
  gtk_list_item_set_child (item, label);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              BwReportsPage            *self)
{
  int column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "bw-column"));
  const char *month = gtk_string_object_get_string (gtk_list_item_get_item (item));
  g_autofree char *text = NULL;

  if (column < 0)
    text = month_label (month);
  else if (self->report != NULL)
    {
      const gint64 *series = bw_report_get_series (self->report, columns[column].series);

      for (guint i = 0; series != NULL && i < bw_report_get_n_months (self->report); i++)
        if (g_str_equal (bw_report_get_month (self->report, i), month))
          text = count_text (series[i]);
    }
  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), text ? text : "");
}

static void
add_column (BwReportsPage *self,
            int            column,
            const char    *title)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) col = NULL;

  g_object_set_data (G_OBJECT (factory), "bw-column", GINT_TO_POINTER (column));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), GINT_TO_POINTER (column));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), self);
  col = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_expand (col, column < 0);
  gtk_column_view_append_column (self->table, col);
}

static void
setup_choices (BwReportsPage *self)
{
  g_autoptr(GDateTime) now = bw_date_now_local ();
  g_autoptr(GtkStringList) months = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) months_to = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) areas = gtk_string_list_new (NULL);
  int current = g_date_time_get_year (now) * 12 + g_date_time_get_month (now) - 1;

  for (int m = current; m > current - N_MONTHS; m--)
    {
      char *key = g_strdup_printf ("%04d-%02d", m / 12, m % 12 + 1);
      g_autofree char *label = month_label (key);

      g_ptr_array_add (self->months, key);
      gtk_string_list_append (months, label);
      gtk_string_list_append (months_to, label);
    }
  gtk_drop_down_set_model (self->from_dropdown, G_LIST_MODEL (months));
  gtk_drop_down_set_model (self->to_dropdown, G_LIST_MODEL (months_to));
  /* The last twelve months. */
  gtk_drop_down_set_selected (self->from_dropdown, 11);
  gtk_drop_down_set_selected (self->to_dropdown, 0);

  g_ptr_array_add (self->areas, g_strdup ("all"));
  gtk_string_list_append (areas, _("All of Heerlen"));
  g_ptr_array_add (self->areas, g_strdup ("noord"));
  gtk_string_list_append (areas, _("Heerlen-Noord"));
  if (self->store != NULL)
    {
      GListModel *buurten = bw_case_store_get_neighbourhoods (self->store);

      for (guint i = 0; i < g_list_model_get_n_items (buurten); i++)
        {
          g_autoptr(BwNeighbourhood) nb = g_list_model_get_item (buurten, i);

          g_ptr_array_add (self->areas, g_strdup (bw_neighbourhood_get_code (nb)));
          gtk_string_list_append (areas, bw_neighbourhood_get_name (nb));
        }
    }
  gtk_drop_down_set_expression (self->area_dropdown,
                                gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string"));
  gtk_drop_down_set_model (self->area_dropdown, G_LIST_MODEL (areas));
  gtk_drop_down_set_selected (self->area_dropdown, 1);
}

static void
bw_reports_page_dispose (GObject *object)
{
  BwReportsPage *self = BW_REPORTS_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), BW_TYPE_REPORTS_PAGE);
  g_clear_object (&self->report);
  g_clear_object (&self->engine);
  g_clear_object (&self->store);
  g_clear_object (&self->rows);
  g_clear_pointer (&self->months, g_ptr_array_unref);
  g_clear_pointer (&self->areas, g_ptr_array_unref);

  G_OBJECT_CLASS (bw_reports_page_parent_class)->dispose (object);
}

static void
bw_reports_page_class_init (BwReportsPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = bw_reports_page_dispose;

  g_type_ensure (BW_TYPE_REPORT_CHART);
  g_type_ensure (BW_TYPE_SYNC_BUTTON);
  gtk_widget_class_set_template_from_resource (widget_class, "/nl/heerlen/Buurtwerk/ui/bw-reports-page.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, BwReportsPage, view_switcher);
  gtk_widget_class_bind_template_child (widget_class, BwReportsPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, BwReportsPage, from_dropdown);
  gtk_widget_class_bind_template_child (widget_class, BwReportsPage, to_dropdown);
  gtk_widget_class_bind_template_child (widget_class, BwReportsPage, area_dropdown);
  gtk_widget_class_bind_template_child (widget_class, BwReportsPage, refresh_button);
  gtk_widget_class_bind_template_child (widget_class, BwReportsPage, export_button);
  gtk_widget_class_bind_template_child (widget_class, BwReportsPage, source_label);
  gtk_widget_class_bind_template_child (widget_class, BwReportsPage, chart);
  gtk_widget_class_bind_template_child (widget_class, BwReportsPage, table);
  gtk_widget_class_bind_template_child (widget_class, BwReportsPage, period_heading);
  gtk_widget_class_bind_template_child (widget_class, BwReportsPage, period_list);
  gtk_widget_class_install_action (widget_class, "reports.refresh", NULL, refresh_action);
  gtk_widget_class_install_action (widget_class, "reports.export", NULL, export_action);
}

static void
bw_reports_page_init (BwReportsPage *self)
{
  g_autoptr(GtkNoSelection) selection = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = g_list_store_new (GTK_TYPE_STRING_OBJECT);
  self->months = g_ptr_array_new_with_free_func (g_free);
  self->areas = g_ptr_array_new_with_free_func (g_free);
  selection = gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->rows)));
  gtk_column_view_set_model (self->table, GTK_SELECTION_MODEL (selection));
  add_column (self, -1, _("Month"));
  for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
    add_column (self, c, _(columns[c].title));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reports.export", FALSE);
}

void
bw_reports_page_set_store (BwReportsPage *self,
                           BwCaseStore   *store)
{
  g_return_if_fail (BW_IS_REPORTS_PAGE (self));

  g_set_object (&self->store, store);
  setup_choices (self);
  show_report (self, NULL, NULL);
}

void
bw_reports_page_set_sync_engine (BwReportsPage *self,
                                 BwSyncEngine  *engine)
{
  g_autoptr(BwReport) kept = NULL;

  g_return_if_fail (BW_IS_REPORTS_PAGE (self));

  g_set_object (&self->engine, engine);
  /* The last report, for a start without the server. */
  if (engine != NULL && self->report == NULL && (kept = bw_sync_engine_read_kept_report (engine)) != NULL)
    show_report (self, kept, NULL);
}

void
bw_reports_page_set_stack (BwReportsPage *self,
                           AdwViewStack  *stack)
{
  g_return_if_fail (BW_IS_REPORTS_PAGE (self));
  adw_view_switcher_set_stack (self->view_switcher, stack);
}

BwReport *
bw_reports_page_get_report (BwReportsPage *self)
{
  g_return_val_if_fail (BW_IS_REPORTS_PAGE (self), NULL);
  return self->report;
}
