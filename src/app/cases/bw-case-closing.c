/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-app-cases"
#include "config.h"

#include <glib/gi18n.h>

#include "bw-case-closing.h"
#include "bw-case-store-sharing.h"

BwCaseClosing *
bw_case_closing_new (void)
{
  BwCaseClosing *closing = g_new0 (BwCaseClosing, 1);

  closing->action_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  closing->share_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  closing->share_organisations = g_ptr_array_new_with_free_func (g_free);
  closing->enrolment_uuids = g_ptr_array_new_with_free_func (g_free);
  closing->course_titles = g_ptr_array_new_with_free_func (g_free);
  return closing;
}

void
bw_case_closing_free (BwCaseClosing *closing)
{
  if (closing == NULL)
    return;
  g_free (closing->outcome_note);
  g_array_unref (closing->action_ids);
  g_free (closing->actions_reason);
  g_array_unref (closing->share_ids);
  g_ptr_array_unref (closing->share_organisations);
  g_free (closing->shares_reason);
  g_ptr_array_unref (closing->enrolment_uuids);
  g_ptr_array_unref (closing->course_titles);
  g_free (closing->courses_reason);
  g_free (closing);
}

static char *
join_names (GPtrArray *names)
{
  g_autoptr(GString) s = g_string_new (NULL);

  for (guint i = 0; i < names->len; i++)
    g_string_append_printf (s, "%s%s", i > 0 ? ", " : "", (const char *) names->pdata[i]);
  return g_string_free (g_steal_pointer (&s), FALSE);
}

gboolean
bw_case_closing_apply (BwCaseClosing  *closing,
                       BwCaseStore    *store,
                       BwPlanning     *planning,
                       gint64          case_id,
                       GError        **error)
{
  g_autoptr(GString) note = g_string_new (NULL);

  /* TRANSLATORS: the journal note of a closed case; %s is its outcome */
  g_string_append_printf (note, _("Case closed: %s."), bw_outcome_label (closing->outcome));

  for (guint i = 0; i < closing->action_ids->len; i++)
    if (!bw_case_store_set_action_done (store, g_array_index (closing->action_ids, gint64, i), TRUE, error))
      return FALSE;
  if (closing->action_ids->len > 0)
    /* TRANSLATORS: in the journal note of a closed case */
    g_string_append_printf (note, "\n%s %s %s", _("Open actions marked as done."), _("Reason:"),
                            closing->actions_reason);

  for (guint i = 0; i < closing->share_ids->len; i++)
    if (!bw_case_store_withdraw_share (store, g_array_index (closing->share_ids, gint64, i),
                                       closing->shares_reason, error))
      return FALSE;
  if (closing->share_ids->len > 0)
    {
      g_autofree char *names = join_names (closing->share_organisations);
      /* TRANSLATORS: in the journal note of a closed case; %s are the partners */
      g_autofree char *line = g_strdup_printf (_("Shares with %s withdrawn."), names);

      g_string_append_printf (note, "\n%s %s %s", line, _("Reason:"), closing->shares_reason);
    }

  for (guint i = 0; i < closing->enrolment_uuids->len; i++)
    {
      if (planning == NULL)
        {
          g_set_error_literal (error, BW_STORE_ERROR, BW_STORE_ERROR_FAILED,
                               _("The course places cannot be changed here"));
          return FALSE;
        }
      if (!bw_planning_set_enrolment_status (planning, closing->enrolment_uuids->pdata[i],
                                             BW_ENROLMENT_STATUS_DROPPED_OUT, NULL, error))
        return FALSE;
    }
  if (closing->enrolment_uuids->len > 0)
    {
      g_autofree char *names = join_names (closing->course_titles);
      /* TRANSLATORS: in the journal note of a closed case; %s are the courses */
      g_autofree char *line = g_strdup_printf (_("Dropped out of %s."), names);

      g_string_append_printf (note, "\n%s %s %s", line, _("Reason:"), closing->courses_reason);
    }

  return bw_case_store_add_journal (store, case_id, NULL, note->str, error) != 0;
}

gboolean
bw_case_closing_note_reopened (BwCaseStore  *store,
                               gint64        case_id,
                               const char   *reason,
                               GError      **error)
{
  /* TRANSLATORS: the journal note of a reopened case; %s is the reason */
  g_autofree char *note = g_strdup_printf (_("Case reopened. Reason: %s"), reason);

  return bw_case_store_add_journal (store, case_id, NULL, note, error) != 0;
}
