/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-export"
#include "config.h"

#include <stdlib.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <xlsxwriter.h>

#include "bw-enums.h"
#include "bw-figures.h"
#include "bw-report-xlsx.h"

typedef struct {
  lxw_format *month;
  lxw_format *header;
} Formats;

/* One sheet: the months down, a column per series. */
static void
add_sheet (lxw_workbook  *workbook,
           const Formats *formats,
           BwReport      *report,
           const char    *title,
           const char   **series,
           const char   **headers,
           guint          n_series)
{
  lxw_worksheet *sheet = workbook_add_worksheet (workbook, title);

  worksheet_set_column (sheet, 0, 0, 12, NULL);
  worksheet_set_column (sheet, 1, n_series, 18, NULL);
  worksheet_write_string (sheet, 0, 0, _("Month"), formats->header);
  for (guint s = 0; s < n_series; s++)
    worksheet_write_string (sheet, 0, s + 1, headers[s], formats->header);
  for (guint i = 0; i < bw_report_get_n_months (report); i++)
    {
      const char *month = bw_report_get_month (report, i);
      lxw_datetime date = { .year = atoi (month), .month = atoi (month + 5), .day = 1 };

      worksheet_write_datetime (sheet, i + 1, 0, &date, formats->month);
      for (guint s = 0; s < n_series; s++)
        {
          const gint64 *counts = bw_report_get_series (report, series[s]);

          if (counts == NULL)
            continue;
          if (counts[i] == BW_REPORT_HIDDEN)
            {
              g_autofree char *hidden = bw_figures_format_count (0);

              worksheet_write_string (sheet, i + 1, s + 1, hidden, NULL);
            }
          else
            worksheet_write_number (sheet, i + 1, s + 1, (double) counts[i], NULL);
        }
    }
}

static void
remove_folder (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (dir);
}

GBytes *
bw_report_xlsx (BwReport  *report,
                GError   **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GPtrArray) outcome_keys = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) outcome_titles = g_ptr_array_new ();
  g_autoptr(GPtrArray) track_keys = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) track_titles = g_ptr_array_new ();
  lxw_workbook_options options = { 0 };
  lxw_workbook *workbook;
  lxw_error rc;
  Formats formats;
  char *contents = NULL;
  gsize length = 0;

  g_return_val_if_fail (BW_IS_REPORT (report), NULL);

  /* Personal data it is not, but the folder is private all the same. */
  if ((dir = g_dir_make_tmp ("bw-report-XXXXXX", error)) == NULL)
    return NULL;
  path = g_build_filename (dir, "report.xlsx", NULL);
  options.tmpdir = dir;
  workbook = workbook_new_opt (path, &options);
  if (workbook == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("The workbook could not be made"));
      remove_folder (dir);
      return NULL;
    }
  formats.header = workbook_add_format (workbook);
  format_set_bold (formats.header);
  formats.month = workbook_add_format (workbook);
  /* The month as Excel shows it in the user's own language. */
  format_set_num_format (formats.month, "mmm yyyy");

  {
    const char *series[] = { "inflow", "outflow", "caseload", "with_debts" };
    const char *headers[] = { _("Inflow"), _("Outflow"), _("Caseload"), _("With debts") };

    add_sheet (workbook, &formats, report, _("Inflow and outflow"), series, headers, G_N_ELEMENTS (series));
  }
  for (int o = BW_OUTCOME_NONE + 1; o < BW_OUTCOME_N; o++)
    {
      char *key = g_strconcat ("outcome:", bw_outcome_to_key (o), NULL);

      g_ptr_array_add (outcome_keys, key);
      g_ptr_array_add (outcome_titles, (gpointer) bw_outcome_label (o));
    }
  add_sheet (workbook, &formats, report, _("Outflow by outcome"), (const char **) outcome_keys->pdata,
             (const char **) outcome_titles->pdata, outcome_keys->len);
  for (int t = BW_TRACK_NONE + 1; t < BW_TRACK_N; t++)
    {
      char *key = g_strconcat ("track:", bw_track_to_key (t), NULL);

      g_ptr_array_add (track_keys, key);
      g_ptr_array_add (track_titles, (gpointer) bw_track_label (t));
    }
  add_sheet (workbook, &formats, report, _("Moves between tracks"), (const char **) track_keys->pdata,
             (const char **) track_titles->pdata, track_keys->len);

  rc = workbook_close (workbook);
  if (rc != LXW_NO_ERROR || !g_file_get_contents (path, &contents, &length, error))
    {
      if (rc != LXW_NO_ERROR)
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("The workbook could not be written: %s"),
                     lxw_strerror (rc));
      remove_folder (dir);
      return NULL;
    }
  remove_folder (dir);
  return g_bytes_new_take (contents, length);
}
