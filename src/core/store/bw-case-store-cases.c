/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-store"
#include "config.h"

/* The case store's cases: reading, writing and searching them. */

#include <string.h>

#include <glib/gi18n-lib.h>

#include "bw-case-store-private.h"
#include "bw-date.h"
#include "bw-name-order.h"
#include "bw-snippet.h"
#include "bw-record-sql.h"
#include "bw-sqlite.h"
#include "bw-validation.h"

/* A case with its bookkeeping, the date of its last contact (?2 is
 * today: a note dated later, which only an older desktop could have
 * written, is no contact) and its fields in table order (case_from_row()
 * reads them). */
static const char *
case_select_sql (void)
{
  static char *sql;

  if (g_once_init_enter (&sql))
    g_once_init_leave (&sql, g_strdup_printf ("SELECT " BW_RECORD_SQL_BOOKKEEPING ","
                                              " (SELECT max (j.date) FROM journal j"
                                              "  WHERE j.case_id = r.id AND j.deleted = 0 AND j.date <= ?2), %s"
                                              " FROM cases r WHERE r.id = ?1 AND r.deleted = 0",
                                              bw_record_sql_columns (BW_RECORD_TYPE_CASE)));
  return sql;
}

/* One statement for the list per order, whatever the filters: unused
 * filters are bound as NULL, so no SQL is ever built from strings. In the
 * name order every column it reads is in the index cases_listing, which
 * keeps it off the table and needs no sorting; the other orders sort
 * what the filters leave, on the read thread. */
#define QUERY_FILTERS                                                        \
  " AND c.deleted = 0"                                                       \
  " AND (?1 IS NULL OR c.status = ?1)"                                       \
  " AND (?2 IS NULL OR c.buurt_code = ?2)"                                   \
  " AND (?3 IS NULL OR c.track = ?3)"                                        \
  " AND (?4 IS NULL OR c.has_debts = ?4)"                                   \
  " AND (?7 IS NULL OR c.owner = ?7)"
#define ORDER_BY_NAME " c.name COLLATE " BW_NAME_COLLATION ", c.id"
#define QUERY_IDS_SQL "SELECT c.id FROM cases c WHERE 1" QUERY_FILTERS
/* With a search text the full-text index drives: only the matches are
 * looked up and sorted (CROSS JOIN keeps that order), instead of walking
 * every case by name and asking the index about each. */
#define SEARCH_IDS_SQL                                                       \
  "SELECT c.id FROM case_fts f CROSS JOIN cases c ON c.id = f.rowid"        \
  " WHERE case_fts MATCH ?5" QUERY_FILTERS
/* The other orders sort by their key, then by the rank in the name order:
 * numbered while the index is read in that order, so that the sort
 * compares numbers, never names (10 times faster at 100,000 cases). */
#define RANKED(from)                                                         \
  "SELECT r.id FROM (SELECT c.id AS id, c.status AS status,"                \
  " row_number () OVER (ORDER BY" ORDER_BY_NAME ") AS rank FROM " from ") r"
#define RANKED_IDS RANKED ("cases c WHERE 1" QUERY_FILTERS)
#define RANKED_SEARCH                                                        \
  RANKED ("case_fts f CROSS JOIN cases c ON c.id = f.rowid"                 \
          " WHERE case_fts MATCH ?5" QUERY_FILTERS)
/* Without contact first, then the longest ago (?6 is today, as for the
 * last contact a case shows). */
#define ORDER_BY_CONTACT                                                     \
  " ORDER BY (SELECT max (j.date) FROM journal j"                            \
  "  WHERE j.case_id = r.id AND j.deleted = 0 AND j.date <= ?6), r.rank"
#define ORDER_BY_STATUS                                                      \
  " ORDER BY CASE r.status WHEN 'intake' THEN 0 WHEN 'active' THEN 1"        \
  " ELSE 2 END, r.rank"

static const char *const query_sql[][2] = {
  [BW_CASE_SORT_NAME] = { QUERY_IDS_SQL " ORDER BY" ORDER_BY_NAME,
                          SEARCH_IDS_SQL " ORDER BY" ORDER_BY_NAME },
  [BW_CASE_SORT_CONTACT] = { RANKED_IDS ORDER_BY_CONTACT, RANKED_SEARCH ORDER_BY_CONTACT },
  [BW_CASE_SORT_STATUS] = { RANKED_IDS ORDER_BY_STATUS, RANKED_SEARCH ORDER_BY_STATUS },
};

/* Cases */

gint64
bw_case_store_count_cases (BwCaseStore *self)
{
  sqlite3_stmt *stmt = bw_db_prepare (bw_case_store_conn (self), "SELECT count (*) FROM cases WHERE deleted = 0", NULL);
  gint64 n = 0;

  if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  if (stmt != NULL)
    sqlite3_reset (stmt);
  return n;
}

static BwCase *
case_from_row (sqlite3_stmt *stmt)
{
  BwCase *c = bw_case_new ();

  bw_record_sql_read_bookkeeping (BW_RECORD (c), stmt);
  bw_case_set_last_contact (c, bw_sqlite_column_text (stmt, BW_RECORD_SQL_N_BOOKKEEPING));
  bw_record_sql_read_fields (BW_RECORD (c), stmt, BW_RECORD_SQL_N_BOOKKEEPING + 1);
  return c;
}

BwCase *
bw_case_store_get_case (BwCaseStore  *self,
                        gint64        id,
                        GError      **error)
{
  sqlite3_stmt *stmt;
  BwCase *c = NULL;
  int rc;

  g_return_val_if_fail (BW_IS_CASE_STORE (self), NULL);

  stmt = bw_db_prepare (bw_case_store_conn (self), case_select_sql (), error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  {
    g_autofree char *today = bw_date_today ();

    bw_sqlite_bind_text (stmt, 2, today);
  }
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    c = case_from_row (stmt);
  else if (rc == SQLITE_DONE)
    g_set_error (error, BW_STORE_ERROR, BW_STORE_ERROR_NOT_FOUND,
                 _("This case does not exist (any more)"));
  else
    bw_db_set_error_from_handle (bw_db_get_handle (bw_case_store_conn (self)), rc, error);
  sqlite3_reset (stmt);
  return c;
}

gint64
bw_case_store_find_case_id (BwCaseStore *self,
                            const char  *uuid)
{
  sqlite3_stmt *stmt = bw_db_prepare (bw_case_store_conn (self), "SELECT id FROM cases WHERE uuid = ? AND deleted = 0", NULL);
  gint64 id = 0;

  if (stmt == NULL)
    return 0;
  bw_sqlite_bind_text (stmt, 1, uuid);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return id;
}

/* What is saved is what the server accepts: line ends as "\n", no other
 * control characters (bw_text_normalise()). */
static void
normalise_case_texts (BwCase *record)
{
  static const struct {
    const char *(*get) (BwCase *);
    void (*set) (BwCase *, const char *);
  } texts[] = {
    { bw_case_get_name, bw_case_set_name },
    { bw_case_get_address, bw_case_set_address },
    { bw_case_get_phone, bw_case_set_phone },
    { bw_case_get_email, bw_case_set_email },
    { bw_case_get_household_note, bw_case_set_household_note },
    { bw_case_get_outcome_note, bw_case_set_outcome_note },
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      const char *text = texts[i].get (record);
      g_autofree char *clean = bw_text_normalise (text);

      if (g_strcmp0 (text, clean) != 0)
        texts[i].set (record, clean);
    }
}

static gboolean
validate_for_store (BwCaseStore  *self,
                    BwCase       *record,
                    GError      **error)
{
  normalise_case_texts (record);
  if (!bw_validate_case (record, error))
    return FALSE;
  if (bw_case_store_find_neighbourhood (self, bw_case_get_buurt_code (record)) == NULL)
    {
      g_set_error (error, BW_VALIDATION_ERROR, BW_VALIDATION_ERROR_NEIGHBOURHOOD,
                   _("“%s” is not a neighbourhood of Heerlen; choose one from the list"),
                   bw_case_get_buurt_code (record));
      return FALSE;
    }
  return TRUE;
}

static gint64
insert_track_change (BwCaseStore  *self,
                     const char   *case_uuid,
                     const char   *date,
                     BwTrack       track,
                     const char   *note,
                     GError      **error)
{
  g_autoptr(BwTrackChange) change = g_object_new (BW_TYPE_TRACK_CHANGE, NULL);

  bw_record_set_text (BW_RECORD (change), "date", date);
  bw_record_set_enum (BW_RECORD (change), "track", track);
  bw_record_set_text (BW_RECORD (change), "author", bw_case_store_get_author (self));
  bw_record_set_text (BW_RECORD (change), "note", note);
  return bw_case_store_insert_child (self, BW_RECORD (change), case_uuid, error);
}

gboolean
bw_case_store_insert_case (BwCaseStore  *self,
                           BwCase       *record,
                           GError      **error)
{
  g_autofree char *now = bw_date_now_utc ();
  g_autofree char *uuid = NULL;
  g_autofree char *today = bw_date_today ();
  sqlite3_stmt *stmt;
  gint64 id;

  g_return_val_if_fail (BW_IS_CASE_STORE (self), FALSE);
  g_return_val_if_fail (BW_IS_CASE (record), FALSE);

  if (!validate_for_store (self, record, error))
    return FALSE;

  uuid = g_strdup (bw_case_get_uuid (record));
  if (uuid == NULL)
    uuid = g_uuid_string_random ();
  if (bw_case_get_opened_on (record) == NULL)
    bw_case_set_opened_on (record, today);
  if (bw_case_get_status (record) == BW_CASE_STATUS_CLOSED && bw_case_get_closed_on (record) == NULL)
    bw_case_set_closed_on (record, today);
  /* A new case is its creator's (the server's rule too); before anyone
   * signed in the server sets it. */
  if (bw_record_get_int (BW_RECORD (record), "owner") == 0)
    bw_record_set_int (BW_RECORD (record), "owner", bw_case_store_get_user_id (self));

  if (!bw_case_store_begin (self, error))
    return FALSE;

  stmt = bw_db_prepare (bw_case_store_conn (self), bw_record_sql_insert (BW_RECORD_TYPE_CASE), error);
  if (stmt == NULL)
    goto fail;
  bw_sqlite_bind_text (stmt, 1, uuid);
  bw_sqlite_bind_text (stmt, 2, now);
  bw_sqlite_bind_text (stmt, 3, bw_case_store_get_author (self));
  bw_record_sql_bind_fields (BW_RECORD (record), stmt);
  if (!bw_db_step_done (bw_case_store_conn (self), stmt, error))
    goto fail;
  id = sqlite3_last_insert_rowid (bw_db_get_handle (bw_case_store_conn (self)));

  if (bw_case_get_track (record) != BW_TRACK_NONE &&
      insert_track_change (self, uuid, bw_case_get_opened_on (record),
                           bw_case_get_track (record), NULL, error) == 0)
    goto fail;

  bw_case_store_note_change (self, id);
  if (!bw_case_store_commit (self, error))
    return FALSE;

  bw_case_set_id (record, id);
  bw_case_set_uuid (record, uuid);
  bw_case_set_revision (record, 1);
  bw_case_set_created_at (record, now);
  bw_case_set_created_by (record, bw_case_store_get_author (self));
  bw_case_set_updated_at (record, now);
  bw_case_set_updated_by (record, bw_case_store_get_author (self));
  return TRUE;

fail:
  bw_case_store_rollback (self);
  return FALSE;
}

gboolean
bw_case_store_update_case (BwCaseStore  *self,
                           BwCase       *record,
                           const char   *track_note,
                           GError      **error)
{
  g_autofree char *now = bw_date_now_utc ();
  g_autofree char *today = bw_date_today ();
  g_autoptr(BwCase) stored = NULL;
  sqlite3_stmt *stmt;
  gint64 id = bw_case_get_id (record);

  g_return_val_if_fail (BW_IS_CASE_STORE (self), FALSE);
  g_return_val_if_fail (BW_IS_CASE (record), FALSE);

  if (!validate_for_store (self, record, error))
    return FALSE;

  if (!bw_case_store_begin (self, error))
    return FALSE;

  stored = bw_case_store_get_case (self, id, error);
  if (stored == NULL)
    goto fail;
  if (bw_case_get_revision (stored) != bw_case_get_revision (record))
    {
      g_set_error (error, BW_STORE_ERROR, BW_STORE_ERROR_CONFLICT,
                   _("This case was changed elsewhere in the meantime; your changes were kept on screen. Reload the case to see the latest version."));
      goto fail;
    }

  if (bw_case_get_status (record) == BW_CASE_STATUS_CLOSED)
    {
      if (bw_case_get_closed_on (record) == NULL)
        bw_case_set_closed_on (record, today);
    }
  else
    {
      /* Reopened: the old outcome no longer describes the case. */
      bw_case_set_closed_on (record, NULL);
      bw_case_set_outcome (record, BW_OUTCOME_NONE);
      bw_case_set_outcome_note (record, NULL);
    }

  stmt = bw_db_prepare (bw_case_store_conn (self), bw_record_sql_update (BW_RECORD_TYPE_CASE), error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, id);
  bw_sqlite_bind_text (stmt, 2, now);
  bw_sqlite_bind_text (stmt, 3, bw_case_store_get_author (self));
  sqlite3_bind_int64 (stmt, 4, bw_case_get_revision (record));
  bw_record_sql_bind_fields (BW_RECORD (record), stmt);
  if (!bw_db_step_done (bw_case_store_conn (self), stmt, error))
    goto fail;

  if (bw_case_get_track (stored) != bw_case_get_track (record) &&
      insert_track_change (self, bw_case_get_uuid (record), today, bw_case_get_track (record), track_note, error) == 0)
    goto fail;

  bw_case_store_note_change (self, id);
  if (!bw_case_store_commit (self, error))
    return FALSE;

  bw_case_set_revision (record, bw_case_get_revision (record) + 1);
  bw_case_set_updated_at (record, now);
  bw_case_set_updated_by (record, bw_case_store_get_author (self));
  return TRUE;

fail:
  bw_case_store_rollback (self);
  return FALSE;
}

/* Searching */

void
bw_case_query_init (BwCaseQuery *query)
{
  memset (query, 0, sizeof *query);
  query->status = -1;
  query->track = -1;
  query->has_debts = -1;
}

void
bw_case_query_clear (BwCaseQuery *query)
{
  g_clear_pointer (&query->text, g_free);
  g_clear_pointer (&query->buurt_code, g_free);
}

void
bw_case_query_copy (const BwCaseQuery *src,
                    BwCaseQuery       *dest)
{
  *dest = *src;
  dest->text = g_strdup (src->text);
  dest->buurt_code = g_strdup (src->buurt_code);
}

/* Turns what a person typed into an FTS5 query: every word must match as a
 * prefix, and nothing typed is read as FTS syntax. */
static char *
build_match_expression (const char *text)
{
  g_autoptr(GString) match = g_string_new (NULL);
  g_auto(GStrv) words = NULL;

  if (text == NULL)
    return NULL;
  words = g_strsplit_set (text, " \t\n,;:", -1);
  for (guint i = 0; words[i]; i++)
    {
      g_autofree char *word = g_strstrip (g_strdup (words[i]));
      g_autoptr(GString) quoted = NULL;

      if (*word == '\0')
        continue;
      quoted = g_string_new (word);
      g_string_replace (quoted, "\"", "\"\"", 0);
      if (match->len > 0)
        g_string_append_c (match, ' ');
      g_string_append_printf (match, "\"%s\"*", quoted->str);
    }
  return match->len > 0 ? g_strdup (match->str) : NULL;
}

const char *
bw_case_query_sql (const BwCaseQuery *query)
{
  g_autofree char *match = build_match_expression (query->text);
  guint sort = query->sort < G_N_ELEMENTS (query_sql) ? query->sort : BW_CASE_SORT_NAME;

  return query_sql[sort][match != NULL];
}

/* The case's notes, newest first (the index journal_contacts has them in
 * that order). */
#define NOTES_SQL                                                            \
  "SELECT text FROM journal WHERE case_id = ?1 AND deleted = 0"             \
  " ORDER BY date DESC, id DESC"

char *
bw_case_store_note_snippet (BwCaseStore  *self,
                            gint64        case_id,
                            const char   *text,
                            GError      **error)
{
  g_autoptr(BwDbStatement) stmt = NULL;
  g_autoptr(GPtrArray) notes = g_ptr_array_new_with_free_func (g_free);
  int rc;

  g_return_val_if_fail (BW_IS_CASE_STORE (self), NULL);

  /* Read and matched here, not by the full-text index's snippet(): that
   * costs a search per row (1 ms at 100,000 cases for a prefix), this
   * reads a few notes through an index. */
  stmt = bw_db_prepare (bw_case_store_conn (self), NOTES_SQL, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, case_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (notes, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  if (rc != SQLITE_DONE)
    {
      bw_db_set_error (bw_case_store_conn (self), rc, error);
      return NULL;
    }
  g_ptr_array_add (notes, NULL);
  return bw_snippet_find ((const char *const *) notes->pdata, text);
}

GArray *
bw_case_store_query_ids (BwCaseStore        *self,
                         const BwCaseQuery  *query,
                         GError            **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *match = NULL;
  g_autoptr(BwDbStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (BW_IS_CASE_STORE (self), NULL);

  match = build_match_expression (query->text);
  stmt = bw_db_prepare (bw_case_store_conn (self), bw_case_query_sql (query), error);
  if (stmt == NULL)
    return NULL;
  if (query->status >= 0)
    bw_sqlite_bind_text (stmt, 1, bw_case_status_to_key (query->status));
  bw_sqlite_bind_text (stmt, 2, query->buurt_code);
  if (query->track >= 0)
    bw_sqlite_bind_text (stmt, 3, bw_track_to_key (query->track));
  if (query->has_debts >= 0)
    sqlite3_bind_int (stmt, 4, query->has_debts ? 1 : 0);
  if (match != NULL)
    bw_sqlite_bind_text (stmt, 5, match);
  if (query->owner > 0)
    sqlite3_bind_int64 (stmt, 7, query->owner);
  if (query->sort == BW_CASE_SORT_CONTACT)
    {
      g_autofree char *today = bw_date_today ();

      bw_sqlite_bind_text (stmt, 6, today);
    }

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  if (rc != SQLITE_DONE)
    {
      bw_db_set_error (bw_case_store_conn (self), rc, error);
      return NULL;
    }
  return g_steal_pointer (&ids);
}
