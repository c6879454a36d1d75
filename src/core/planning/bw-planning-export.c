/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-planning"
#include "config.h"

#include <glib/gi18n-lib.h>

#include "bw-csv-writer.h"
#include "bw-ics-writer.h"
#include "bw-planning-private.h"

/* Export */

char *
bw_planning_export_offer_ics (BwPlanning  *self,
                              const char  *offer_uuid,
                              GError     **error)
{
  g_autoptr(BwOffer) offer = NULL;
  g_autoptr(GListModel) sessions = NULL;

  g_return_val_if_fail (BW_IS_PLANNING (self), NULL);

  offer = bw_planning_get_offer (self, offer_uuid, error);
  if (offer == NULL)
    return NULL;
  sessions = bw_planning_list_sessions (self, NULL, NULL, NULL, NULL, NULL, offer_uuid);
  return bw_ics_writer_sessions (sessions, NULL);
}

char *
bw_planning_export_trainer_ics (BwPlanning  *self,
                                const char  *trainer,
                                GError     **error)
{
  g_autoptr(GListModel) sessions = NULL;

  g_return_val_if_fail (BW_IS_PLANNING (self), NULL);

  if (trainer == NULL || *trainer == '\0')
    {
      bw_planning_refuse (error, BW_PLANNING_ERROR_NAME, _("Choose a trainer"));
      return NULL;
    }
  sessions = bw_planning_list_sessions (self, NULL, NULL, trainer, NULL, NULL, NULL);
  return bw_ics_writer_sessions (sessions, NULL);
}

char *
bw_planning_export_participants_csv (BwPlanning  *self,
                                     const char  *offer_uuid,
                                     GError     **error)
{
  g_autoptr(BwOffer) offer = NULL;
  g_autoptr(GListModel) list = NULL;
  GString *out;
  const char *header[] = {
    _("Name"), _("Phone"), _("E-mail"), _("Buurt"), _("Language need"), _("Status"),
    _("Waiting list"), _("Outcome"),
  };

  g_return_val_if_fail (BW_IS_PLANNING (self), NULL);

  offer = bw_planning_get_offer (self, offer_uuid, error);
  if (offer == NULL)
    return NULL;
  list = bw_planning_list_enrolments (self, offer_uuid);
  out = bw_csv_writer_new ();
  bw_csv_writer_append_row (out, header, G_N_ELEMENTS (header));
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(BwEnrolment) e = g_list_model_get_item (list, i);
      BwNeighbourhood *nb = bw_case_store_find_neighbourhood (self->store, bw_enrolment_get_buurt_code (e));
      g_autofree char *position = bw_enrolment_get_waiting_position (e) > 0 ?
        g_strdup_printf ("%d", bw_enrolment_get_waiting_position (e)) : NULL;
      const char *row[] = {
        bw_enrolment_get_name (e), bw_enrolment_get_phone (e), bw_enrolment_get_email (e),
        nb ? bw_neighbourhood_get_name (nb) : bw_enrolment_get_buurt_code (e),
        bw_language_need_label (bw_enrolment_get_language_need (e)),
        bw_enrolment_status_label (bw_enrolment_get_status (e)), position, bw_enrolment_get_outcome (e),
      };

      bw_csv_writer_append_row (out, row, G_N_ELEMENTS (row));
    }
  return g_string_free (out, FALSE);
}

