/* SPDX-License-Identifier: EUPL-1.2 */
/* Fuzzes the reader of the server's reports per month
 * (src/core/records/bw-report.c), which a desktop parses from the server and
 * from its own kept copy: anything but a whole report is an error, never a
 * half one, and every count it gives is a count or hidden. */

#include <math.h>

#include "fuzz-common.h"
#include "bw-enums.h"
#include "bw-report.h"

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  bw_fuzz_setup_glib ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = g_strndup ((const char *) data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(BwReport) report = bw_report_parse (text, &error);
  gint64 cases, placed, days;
  double changes[BW_DOMAIN_N];

  g_assert ((report == NULL) != (error == NULL));
  if (report == NULL)
    return 0;
  g_assert_cmpuint (bw_report_get_n_months (report), >, 0);
  for (const char **s = (const char *[]) { "inflow", "outflow", "caseload", "with_debts", NULL }; *s; s++)
    {
      const gint64 *series = bw_report_get_series (report, *s);

      g_assert_nonnull (series);
      for (guint i = 0; i < bw_report_get_n_months (report); i++)
        g_assert_true (series[i] >= 0 || series[i] == BW_REPORT_HIDDEN);
    }
  if (bw_report_get_score_changes (report, &cases, changes))
    for (int d = 0; d < BW_DOMAIN_N; d++)
      g_assert_true (isnan (changes[d]) || fabs (changes[d]) <= 4);
  bw_report_get_placement (report, &placed, &days);
  for (guint i = 0; i < bw_report_get_n_courses (report); i++)
    {
      gint64 capacity, course_placed, attendance;

      g_assert_nonnull (bw_report_get_course (report, i, &capacity, &course_placed, &attendance));
      g_assert_true (attendance <= 100);
    }
  return 0;
}
