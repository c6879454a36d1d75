/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-store"
#include "config.h"

/* The places where courses are given. */

#include <glib/gi18n-lib.h>

#include "bw-case-store-private.h"
#include "bw-date.h"
#include "bw-record-sql.h"
#include "bw-sqlite.h"
#include "bw-validation.h"

/* Places */

/* The area a place may be in: Heerlen with a margin of about a kilometre
 * around its neighbourhoods. */
#define HEERLEN_MIN_LAT 50.80
#define HEERLEN_MAX_LAT 50.95
#define HEERLEN_MIN_LON 5.88
#define HEERLEN_MAX_LON 6.05

static gboolean
validate_place (BwCaseStore  *self,
                BwPlace      *place,
                GError      **error)
{
  double lat = bw_place_get_latitude (place);
  double lon = bw_place_get_longitude (place);

  if (!bw_validate_required_text (bw_place_get_name (place), BW_VALIDATION_ERROR_NAME,
                                  _("Enter the name of the place"), error))
    return FALSE;
  if (bw_case_store_find_neighbourhood (self, bw_place_get_buurt_code (place)) == NULL)
    {
      g_set_error (error, BW_VALIDATION_ERROR, BW_VALIDATION_ERROR_NEIGHBOURHOOD,
                   _("“%s” is not a neighbourhood of Heerlen; choose one from the list"),
                   bw_place_get_buurt_code (place) ? bw_place_get_buurt_code (place) : "");
      return FALSE;
    }
  if (!(lat >= HEERLEN_MIN_LAT && lat <= HEERLEN_MAX_LAT &&
        lon >= HEERLEN_MIN_LON && lon <= HEERLEN_MAX_LON))
    {
      /* The location comes from a click on the map, next to the buurt. */
      g_set_error (error, BW_VALIDATION_ERROR, BW_VALIDATION_ERROR_NEIGHBOURHOOD,
                   _("The place lies outside Heerlen; choose a location on the map of Heerlen"));
      return FALSE;
    }
  return TRUE;
}

static void
bind_place_content (sqlite3_stmt *stmt,
                    BwPlace      *place)
{
  const char *address = bw_place_get_address (place);

  bw_sqlite_bind_text (stmt, 10, bw_place_get_name (place));
  bw_sqlite_bind_text (stmt, 11, address && *address ? address : NULL);
  bw_sqlite_bind_text (stmt, 12, bw_place_get_buurt_code (place));
  bw_sqlite_bind_text (stmt, 13, bw_place_kind_to_key (bw_place_get_kind (place)));
  sqlite3_bind_double (stmt, 14, bw_place_get_latitude (place));
  sqlite3_bind_double (stmt, 15, bw_place_get_longitude (place));
}

GListModel *
bw_case_store_list_places (BwCaseStore *self)
{
  GListStore *list = g_list_store_new (BW_TYPE_PLACE);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (BW_IS_CASE_STORE (self), NULL);

  stmt = bw_db_prepare (bw_case_store_conn (self),
                        "SELECT id, uuid, revision, name, address, buurt_code, kind, lat, lon FROM places"
                        " WHERE deleted = 0 ORDER BY name COLLATE NOCASE, id", NULL);
  if (stmt == NULL)
    return G_LIST_MODEL (list);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autoptr(BwPlace) place = bw_place_new ();

      bw_place_set_id (place, sqlite3_column_int64 (stmt, 0));
      bw_place_set_uuid (place, bw_sqlite_column_text (stmt, 1));
      bw_place_set_revision (place, sqlite3_column_int64 (stmt, 2));
      bw_place_set_name (place, bw_sqlite_column_text (stmt, 3));
      bw_place_set_address (place, bw_sqlite_column_text (stmt, 4));
      bw_place_set_buurt_code (place, bw_sqlite_column_text (stmt, 5));
      bw_place_set_kind (place, bw_place_kind_from_key (bw_sqlite_column_text (stmt, 6)));
      bw_place_set_location (place, sqlite3_column_double (stmt, 7), sqlite3_column_double (stmt, 8));
      g_list_store_append (list, place);
    }
  sqlite3_reset (stmt);
  return G_LIST_MODEL (list);
}

gboolean
bw_case_store_insert_place (BwCaseStore  *self,
                            BwPlace      *place,
                            GError      **error)
{
  g_autofree char *now = bw_date_now_utc ();
  g_autofree char *uuid = NULL;
  sqlite3_stmt *stmt;
  gint64 id;

  g_return_val_if_fail (BW_IS_CASE_STORE (self), FALSE);
  g_return_val_if_fail (BW_IS_PLACE (place), FALSE);

  if (!validate_place (self, place, error))
    return FALSE;

  uuid = g_strdup (bw_place_get_uuid (place));
  if (uuid == NULL)
    uuid = g_uuid_string_random ();

  if (!bw_case_store_begin (self, error))
    return FALSE;
  stmt = bw_db_prepare (bw_case_store_conn (self),
                        "INSERT INTO places (uuid, revision, created_at, created_by, updated_at, updated_by,"
                        " name, address, buurt_code, kind, lat, lon)"
                        " VALUES (?1, 1, ?2, ?3, ?2, ?3, ?10, ?11, ?12, ?13, ?14, ?15)",
                        error);
  if (stmt == NULL)
    goto fail;
  bw_sqlite_bind_text (stmt, 1, uuid);
  bw_sqlite_bind_text (stmt, 2, now);
  bw_sqlite_bind_text (stmt, 3, bw_case_store_get_author (self));
  bind_place_content (stmt, place);
  if (!bw_db_step_done (bw_case_store_conn (self), stmt, error))
    goto fail;
  id = sqlite3_last_insert_rowid (bw_db_get_handle (bw_case_store_conn (self)));
  if (!bw_case_store_commit (self, error))
    return FALSE;

  bw_place_set_id (place, id);
  bw_place_set_uuid (place, uuid);
  bw_place_set_revision (place, 1);
  return TRUE;

fail:
  bw_case_store_rollback (self);
  return FALSE;
}

gboolean
bw_case_store_update_place (BwCaseStore  *self,
                            BwPlace      *place,
                            GError      **error)
{
  g_autofree char *now = bw_date_now_utc ();
  sqlite3_stmt *stmt;

  g_return_val_if_fail (BW_IS_CASE_STORE (self), FALSE);
  g_return_val_if_fail (BW_IS_PLACE (place), FALSE);

  if (!validate_place (self, place, error))
    return FALSE;

  if (!bw_case_store_begin (self, error))
    return FALSE;
  stmt = bw_db_prepare (bw_case_store_conn (self),
                        "UPDATE places SET revision = revision + 1, updated_at = ?2, updated_by = ?3,"
                        " name = ?10, address = ?11, buurt_code = ?12, kind = ?13, lat = ?14, lon = ?15"
                        " WHERE id = ?1 AND revision = ?4 AND deleted = 0",
                        error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, bw_place_get_id (place));
  bw_sqlite_bind_text (stmt, 2, now);
  bw_sqlite_bind_text (stmt, 3, bw_case_store_get_author (self));
  sqlite3_bind_int64 (stmt, 4, bw_place_get_revision (place));
  bind_place_content (stmt, place);
  if (!bw_db_step_done (bw_case_store_conn (self), stmt, error))
    goto fail;
  if (sqlite3_changes (bw_db_get_handle (bw_case_store_conn (self))) != 1)
    {
      g_set_error (error, BW_STORE_ERROR, BW_STORE_ERROR_CONFLICT,
                   _("This place was changed or removed elsewhere in the meantime; reload the map to see the latest version"));
      goto fail;
    }
  if (!bw_case_store_commit (self, error))
    return FALSE;

  bw_place_set_revision (place, bw_place_get_revision (place) + 1);
  return TRUE;

fail:
  bw_case_store_rollback (self);
  return FALSE;
}
