/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-planning"
#include "config.h"

#include <glib/gi18n-lib.h>

#include "bw-date.h"
#include "bw-json-wire.h"
#include "bw-planning-private.h"
#include "bw-record-sql.h"
#include "bw-sqlite.h"
#include "bw-validation.h"

/* Offers */

BwOffer *
bw_planning_offer_from_row (sqlite3_stmt *stmt)
{
  BwOffer *offer = bw_offer_new ();

  bw_offer_set_id (offer, sqlite3_column_int64 (stmt, 0));
  bw_offer_set_uuid (offer, bw_sqlite_column_text (stmt, 1));
  bw_offer_set_revision (offer, sqlite3_column_int64 (stmt, 2));
  /* BW_PLANNING_OFFER_COLUMNS has the fields in table order. */
  bw_record_sql_read_fields (BW_RECORD (offer), stmt, 3);
  bw_offer_set_n_placed (offer, sqlite3_column_int (stmt, 14));
  bw_offer_set_n_waiting (offer, sqlite3_column_int (stmt, 15));
  return offer;
}

BwOffer *
bw_planning_get_offer (BwPlanning  *self,
                       const char  *uuid,
                       GError     **error)
{
  sqlite3_stmt *stmt;
  BwOffer *offer = NULL;

  g_return_val_if_fail (BW_IS_PLANNING (self), NULL);

  stmt = bw_db_prepare (bw_planning_db (self), "SELECT " BW_PLANNING_OFFER_COLUMNS " FROM offers o WHERE o.uuid = ?1 AND o.deleted = 0",
                        error);
  if (stmt == NULL)
    return NULL;
  bw_sqlite_bind_text (stmt, 1, uuid);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    offer = bw_planning_offer_from_row (stmt);
  sqlite3_reset (stmt);
  if (offer == NULL)
    bw_planning_refuse (error, BW_PLANNING_ERROR_NOT_FOUND, _("The offer no longer exists"));
  return offer;
}

gboolean
bw_planning_validate_offer (BwPlanning  *self,
                            BwOffer     *offer,
                            GError     **error)
{
  const char *code;
  BwNeighbourhood *buurt = NULL;

  g_return_val_if_fail (BW_IS_PLANNING (self), FALSE);
  g_return_val_if_fail (BW_IS_OFFER (offer), FALSE);

  if ((int) bw_offer_get_kind (offer) < 0 || bw_offer_get_kind (offer) >= BW_OFFER_KIND_N)
    return bw_planning_refuse (error, BW_PLANNING_ERROR_KIND, _("Choose the kind of training"));
  if ((int) bw_offer_get_status (offer) < 0 || bw_offer_get_status (offer) >= BW_OFFER_STATUS_N)
    return bw_planning_refuse (error, BW_PLANNING_ERROR_STATUS, _("Choose the status of the offer"));
  {
    /* The field table's limits (issue 12); the offer dialog shows them
     * next to the field before it gets here. */
    const struct { const char *field; const char *text; } texts[] = {
      { "title", bw_offer_get_title (offer) }, { "target_group", bw_offer_get_target_group (offer) },
      { "description", bw_offer_get_description (offer) }, { "trainer", bw_offer_get_trainer (offer) },
      { "partner", bw_offer_get_partner (offer) },
    };

    for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
      {
        g_autoptr(GError) too_long = NULL;

        if (!bw_validate_text_length ("offer", texts[i].field, texts[i].text, 0, &too_long))
          return bw_planning_refuse (error, BW_PLANNING_ERROR_TITLE, too_long->message);
        if (!bw_json_wire_text_is_clean (texts[i].text, -1))
          return bw_planning_refuse (error, BW_PLANNING_ERROR_TITLE, _("This text holds a character that cannot be saved"));
      }
  }
  code = bw_offer_get_buurt_code (offer);
  if (code != NULL)
    buurt = bw_case_store_find_neighbourhood (self->store, code);
  return bw_planning_rules_check_offer (bw_offer_get_title (offer), code, buurt != NULL,
                                bw_offer_get_capacity (offer), bw_offer_get_first_date (offer),
                                bw_offer_get_last_date (offer), error);
}

gint64
bw_planning_count_occupying (BwPlanning *self,
                             const char *offer_uuid)
{
  sqlite3_stmt *stmt = bw_db_prepare (bw_planning_db (self), "SELECT count (*) FROM enrolments WHERE offer_uuid = ?1"
                                                             " AND deleted = 0 AND status IN " BW_PLANNING_OCCUPYING, NULL);
  gint64 n = 0;

  if (stmt == NULL)
    return 0;
  bw_sqlite_bind_text (stmt, 1, offer_uuid);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return n;
}

gboolean
bw_planning_save_offer (BwPlanning  *self,
                        BwOffer     *offer,
                        GError     **error)
{
  g_autofree char *now = bw_date_now_utc ();
  g_autofree char *uuid = NULL;
  g_autoptr(GArray) noted = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(BwOffer) stored = NULL;
  g_autofree char *title = NULL;
  g_autofree char *trainer = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (BW_IS_PLANNING (self), FALSE);
  g_return_val_if_fail (BW_IS_OFFER (offer), FALSE);

  if (!bw_planning_validate_offer (self, offer, error))
    return FALSE;

  /* Stored trimmed, with no trainer rather than an empty one; the
   * caller's offer keeps what was typed. */
  stored = bw_offer_copy (offer);
  title = g_strstrip (g_strdup (bw_offer_get_title (offer)));
  trainer = g_strstrip (g_strdup (bw_offer_get_trainer (offer) ? bw_offer_get_trainer (offer) : ""));
  bw_offer_set_title (stored, title);
  bw_offer_set_trainer (stored, *trainer ? trainer : NULL);

  if (!bw_planning_begin (self, error))
    return FALSE;
  if (bw_offer_get_uuid (offer) == NULL)
    {
      uuid = g_uuid_string_random ();
      stmt = bw_db_prepare (bw_planning_db (self), bw_record_sql_insert (BW_RECORD_TYPE_OFFER), error);
      if (stmt == NULL)
        return bw_planning_rollback (self);
      bw_sqlite_bind_text (stmt, 1, uuid);
    }
  else
    {
      gint64 placed = bw_planning_count_occupying (self, bw_offer_get_uuid (offer));

      if (bw_offer_get_capacity (offer) < placed)
        {
          g_set_error (error, BW_PLANNING_ERROR, BW_PLANNING_ERROR_CAPACITY,
                       g_dngettext (GETTEXT_PACKAGE,
                                    "The number of places cannot be lower than the %d person placed",
                                    "The number of places cannot be lower than the %d people placed",
                                    placed),
                       (int) placed);
          return bw_planning_rollback (self);
        }
      stmt = bw_db_prepare (bw_planning_db (self), bw_record_sql_update (BW_RECORD_TYPE_OFFER), error);
      if (stmt == NULL)
        return bw_planning_rollback (self);
      sqlite3_bind_int64 (stmt, 1, bw_offer_get_id (offer));
      sqlite3_bind_int64 (stmt, 4, bw_offer_get_revision (offer));
    }
  bw_sqlite_bind_text (stmt, 2, now);
  bw_sqlite_bind_text (stmt, 3, bw_case_store_get_author (self->store));
  bw_record_sql_bind_fields (BW_RECORD (stored), stmt);
  if (!bw_db_step_done (bw_planning_db (self), stmt, error))
    return bw_planning_rollback (self);

  if (uuid != NULL)
    {
      bw_offer_set_id (offer, sqlite3_last_insert_rowid (bw_planning_handle (self)));
      bw_offer_set_uuid (offer, uuid);
      bw_offer_set_revision (offer, 1);
    }
  else
    {
      if (sqlite3_changes (bw_planning_handle (self)) != 1)
        {
          bw_planning_refuse (error, BW_PLANNING_ERROR_CHANGED,
                              _("The offer was changed elsewhere in the meantime; reload it"));
          return bw_planning_rollback (self);
        }
      /* More places: the waiting list moves up. */
      if (!bw_planning_promote_waiting (self, bw_offer_get_uuid (offer), noted, error))
        return bw_planning_rollback (self);
      bw_offer_set_revision (offer, bw_offer_get_revision (offer) + 1);
    }
  return bw_planning_commit (self, noted, error);
}
