/* SPDX-License-Identifier: EUPL-1.2 */
/* The case store on a real SQLite file: schema and migrations, writes,
 * validation that changes nothing, full-text search, and a crash in the
 * middle of a write transaction. */
#define _GNU_SOURCE
#include "config.h"

#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "bw-case-list.h"
#include "bw-date.h"
#include "bw-db.h"
#include "bw-name-order.h"
#include "bw-case-store-household.h"
#include "bw-case-store-private.h"
#include "bw-case-store-retention.h"
#include "bw-case-store-work.h"
#include "bw-date.h"
#include "bw-demo-data.h"
#include "bw-retention.h"
#include "bw-validation.h"

#define BUURT_MARIA_GEWANDEN "BU09171000"
#define BUURT_VRIEHEIDE "BU09172004"

typedef struct {
  char *dir;
  char *path;
  BwCaseStore *store;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("bw-store-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "cases.db", NULL);
  f->store = bw_case_store_open (f->path, "Tester", &error);
  g_assert_no_error (error);
}

static void
remove_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d && (name = g_dir_read_name (d)))
    {
      g_autofree char *p = g_build_filename (dir, name, NULL);
      g_unlink (p);
    }
  g_rmdir (dir);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->store);
  remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static BwCase *
make_case (const char *name,
           const char *buurt)
{
  BwCase *c = bw_case_new ();

  bw_case_set_name (c, name);
  bw_case_set_buurt_code (c, buurt);
  bw_case_set_date_of_birth (c, "1984-03-21");
  bw_case_set_address (c, "Akerstraat-Noord 112, 6431 HS Hoensbroek");
  bw_case_set_status (c, BW_CASE_STATUS_ACTIVE);
  return c;
}

static int
append_row (void  *user_data,
            int    n,
            char **values,
            char **names)
{
  GString *s = user_data;

  for (int i = 0; i < n; i++)
    g_string_append_printf (s, "%s|", values[i] ? values[i] : "NULL");
  g_string_append_c (s, '\n');
  return 0;
}

/* Everything the user's data consists of, as text, to prove that a refused
 * write changed nothing. */
static char *
fingerprint (BwCaseStore *store)
{
  GString *s = g_string_new (NULL);
  const char *tables[] = { "cases", "journal", "actions", "assessments", "track_history",
                           "involvements", "case_fts", NULL };

  for (guint i = 0; tables[i]; i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM %s ORDER BY rowid", tables[i]);
      g_assert_cmpint (sqlite3_exec (bw_case_store_get_db (store), sql, append_row, s, NULL), ==, SQLITE_OK);
    }
  return g_string_free (s, FALSE);
}

/* The case list's query plan for @query, one line per step. */
static char *
case_query_plan (BwCaseStore       *store,
                 const BwCaseQuery *query)
{
  g_autofree char *sql = g_strconcat ("EXPLAIN QUERY PLAN ", bw_case_query_sql (query), NULL);
  GString *rows = g_string_new (NULL);

  g_assert_cmpint (sqlite3_exec (bw_case_store_get_db (store), sql, append_row, rows, NULL), ==, SQLITE_OK);
  g_test_message ("plan:\n%s", rows->str);
  return g_string_free (rows, FALSE);
}

static gint64
query_int (sqlite3    *db,
           const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 v = -1;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    v = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return v;
}

static guint
search_count (BwCaseStore *store,
              const char  *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  BwCaseQuery q;

  bw_case_query_init (&q);
  q.text = g_strdup (text);
  ids = bw_case_store_query_ids (store, &q, &error);
  bw_case_query_clear (&q);
  g_assert_no_error (error);
  return ids->len;
}

/* Schema */

static void
test_schema_new (Fixture       *f,
                 gconstpointer  data)
{
  sqlite3 *db = bw_case_store_get_db (f->store);
  g_autofree char *db_id = bw_case_store_get_meta (f->store, "database_id");
  GStatBuf st;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (bw_case_store_get_schema_version (f->store), ==, bw_case_store_n_migrations);
  g_assert_cmpint (query_int (db, "PRAGMA user_version"), ==, bw_case_store_n_migrations);
  g_assert_cmpint (query_int (db, "PRAGMA foreign_keys"), ==, 1);
  g_assert_cmpint (query_int (db, "PRAGMA synchronous"), ==, 2); /* FULL */
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA journal_mode", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "wal");
  sqlite3_finalize (stmt);

  g_assert_cmpuint (g_list_model_get_n_items (bw_case_store_get_neighbourhoods (f->store)), ==, 57);
  g_assert_nonnull (bw_case_store_find_neighbourhood (f->store, BUURT_VRIEHEIDE));
  g_assert_true (g_uuid_string_is_valid (db_id));

  /* Personal data: only the owner may read the file. */
  g_assert_cmpint (g_stat (f->path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
}

/* Changes refused before the reasons were kept: the migration that adds
 * the column reads the reason from the old server's message, so that the
 * old rows too are shown in the user's language. */
static void
test_schema_migrates_refusal_codes (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("bw-migrate-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "old.db", NULL);
  g_autofree char *version = NULL;
  g_autoptr(BwCaseStore) store = NULL;
  sqlite3 *db = NULL;
  guint step = 0;

  while (step < bw_case_store_n_migrations &&
         strstr (bw_case_store_migrations[step], "sync_problems ADD COLUMN code") == NULL)
    step++;
  g_assert_cmpuint (step, <, bw_case_store_n_migrations);

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  for (guint i = 0; i < step; i++)
    g_assert_cmpint (sqlite3_exec (db, bw_case_store_migrations[i], NULL, NULL, NULL), ==, SQLITE_OK);
  version = g_strdup_printf ("PRAGMA user_version = %u;", step);
  g_assert_cmpint (sqlite3_exec (db, version, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db,
    "INSERT INTO sync_problems (type, uuid, case_uuid, message) VALUES"
    " ('offer', 'c0ffee00-0000-4000-8000-000000000001', 'c0ffee00-0000-4000-8000-000000000001',"
    "  'This account may not plan training offers'),"
    " ('enrolment', 'c0ffee00-0000-4000-8000-000000000002', 'c0ffee00-0000-4000-8000-000000000001',"
    "  'No such record'),"
    " ('case', 'c0ffee00-0000-4000-8000-000000000003', 'c0ffee00-0000-4000-8000-000000000003',"
    "  'Something this desktop never heard of');",
    NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  store = bw_case_store_open (path, "Tester", &error);
  g_assert_no_error (error);
  g_assert_cmpint (query_int (bw_case_store_get_db (store),
                              "SELECT count(*) FROM sync_problems WHERE type = 'offer' AND code = 'plan_role'"), ==, 1);
  g_assert_cmpint (query_int (bw_case_store_get_db (store),
                              "SELECT count(*) FROM sync_problems WHERE type = 'enrolment' AND code = 'not_found'"), ==, 1);
  /* Unknown stays unknown: shown with the server's words, marked so. */
  g_assert_cmpint (query_int (bw_case_store_get_db (store),
                              "SELECT count(*) FROM sync_problems WHERE type = 'case' AND code IS NULL"), ==, 1);

  g_clear_object (&store);
  remove_dir (dir);
}

static void
test_schema_migrates_v1 (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("bw-migrate-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "old.db", NULL);
  g_autoptr(BwCaseStore) store = NULL;
  g_autoptr(BwCase) c = NULL;
  sqlite3 *db = NULL;

  /* A database as version 1 of the schema left it, with a case in it. */
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, bw_case_store_migrations[0], NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db,
    "PRAGMA user_version = 1;"
    "INSERT INTO neighbourhoods (code, name) VALUES ('BU09172004', 'Vrieheide');"
    "INSERT INTO cases (id, uuid, created_at, updated_at, name, buurt_code, address)"
    "  VALUES (7, 'c0ffee00-0000-4000-8000-000000000007', '2024-01-01T00:00:00Z',"
    "          '2024-01-01T00:00:00Z', 'Marij Kurvers', 'BU09172004', 'Vrieheidestraat 3');"
    "INSERT INTO journal (uuid, case_id, created_at, updated_at, date, text)"
    "  VALUES ('c0ffee00-0000-4000-8000-000000000008', 7, '2024-01-02T00:00:00Z',"
    "          '2024-01-02T00:00:00Z', '2024-01-02', 'Huisbezoek: schuldhulpmaatje besproken');",
    NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  store = bw_case_store_open (path, "Tester", &error);
  g_assert_no_error (error);
  g_assert_cmpint (bw_case_store_get_schema_version (store), ==, (int) bw_case_store_n_migrations);

  /* Nothing was lost, and the old journal is searchable. */
  c = bw_case_store_get_case (store, 7, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (bw_case_get_name (c), ==, "Marij Kurvers");
  g_assert_cmpstr (bw_case_get_last_contact (c), ==, "2024-01-02");
  g_assert_cmpuint (search_count (store, "schuldhulpmaatje"), ==, 1);
  g_assert_cmpuint (search_count (store, "Kurvers"), ==, 1);
  /* The existing neighbourhood row stays; the list was not re-seeded over it. */
  g_assert_cmpuint (g_list_model_get_n_items (bw_case_store_get_neighbourhoods (store)), ==, 1);

  g_clear_object (&store);
  remove_dir (dir);
}

/* A database of schema version 17 (the last before the household,
 * debts, ZRM and attachments), filled with the demo data, migrates to
 * today's schema with nothing lost. Each migration after 17 adds its own
 * checks here. */
static void
test_schema_migrates_demo_v17 (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("bw-migrate-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "v17.db", NULL);
  g_autofree char *fixture = g_test_build_filename (G_TEST_DIST, "core", "data",
                                                    "desktop-v17-demo.sql", NULL);
  g_autofree char *sql = NULL;
  g_autoptr(BwCaseStore) store = NULL;
  BwDb *db = NULL;

  g_assert_true (g_file_get_contents (fixture, &sql, NULL, &error));
  /* Through BwDb: the dump's index uses the collation it installs. */
  db = bw_db_open (path, &(BwDbPolicy) { .flags = BW_DB_CREATE_PRIVATE }, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_exec (bw_db_get_handle (db), sql, NULL, NULL, NULL), ==, SQLITE_OK);
  /* The copy of the first measurement this desktop last had from the
   * server, as it was written before the ZRM. */
  g_assert_cmpint (sqlite3_exec (bw_db_get_handle (db),
    "INSERT INTO sync_base (uuid, type, case_uuid, server_revision, fields)"
    "  SELECT a.uuid, 'assessment', c.uuid, 1, json_object ('date', a.date, 'author', a.author,"
    "    'finances', a.finances, 'work_education', a.work_education, 'housing', a.housing,"
    "    'health', a.health, 'family', a.family, 'social_network', a.social_network,"
    "    'daily_activities', a.daily_activities, 'language', a.language)"
    "  FROM assessments a JOIN cases c ON c.id = a.case_id WHERE a.id = 1;",
    NULL, NULL, NULL), ==, SQLITE_OK);
  bw_db_close (db);

  store = bw_case_store_open (path, "Tester", &error);
  g_assert_no_error (error);
  g_assert_cmpint (bw_case_store_get_schema_version (store), ==, (int) bw_case_store_n_migrations);

  g_assert_cmpint (query_int (bw_case_store_get_db (store), "SELECT count(*) FROM cases"), ==, 40);
  g_assert_cmpint (query_int (bw_case_store_get_db (store), "SELECT count(*) FROM journal"), ==, 220);
  g_assert_cmpint (query_int (bw_case_store_get_db (store), "SELECT count(*) FROM assessments"), ==, 91);
  g_assert_cmpint (query_int (bw_case_store_get_db (store), "SELECT count(*) FROM outbox WHERE type <> 'debt'"), ==, 559);
  g_assert_cmpuint (search_count (store, "Heerlen"), >, 0);

  /* Debts per creditor: each case's old single amount became one open debt
   * of an unknown creditor, with the uuid every desktop derives from the
   * case's, in the outbox to reach the server; the case keeps its amount
   * for desktops not yet updated. */
  {
    sqlite3 *handle = bw_case_store_get_db (store);
    gint64 case_id = query_int (handle, "SELECT min(id) FROM cases WHERE debt_amount > 0 AND deleted = 0");
    gint64 amount = query_int (handle, "SELECT debt_amount FROM cases WHERE id = (SELECT min(id) FROM cases"
                                       " WHERE debt_amount > 0 AND deleted = 0)");
    g_autoptr(GListModel) debts = NULL;
    g_autoptr(GListModel) members = NULL;
    gint64 total = 0;
    guint n_creditors = 0;

    g_assert_cmpint (query_int (handle, "SELECT count(*) FROM cases WHERE debt_amount > 0"), >, 10);
    g_assert_cmpint (query_int (handle, "SELECT count(*) FROM debts"), ==,
                     query_int (handle, "SELECT count(*) FROM cases WHERE debt_amount > 0 AND deleted = 0"));
    g_assert_cmpint (query_int (handle, "SELECT count(*) FROM cases c WHERE debt_amount > 0 AND deleted = 0"
                                        " AND NOT EXISTS (SELECT 1 FROM debts d WHERE d.case_id = c.id"
                                        "  AND d.amount = c.debt_amount AND d.creditor = 'unknown'"
                                        "  AND d.status = 'open' AND d.deleted = 0 AND d.revision = 1"
                                        "  AND d.uuid = substr (c.uuid, 1, 14) || '8' || substr (c.uuid, 16))"), ==, 0);
    g_assert_cmpint (query_int (handle, "SELECT sum(amount) FROM debts"), ==,
                     query_int (handle, "SELECT sum(debt_amount) FROM cases WHERE deleted = 0"));
    g_assert_cmpint (query_int (handle, "SELECT count(DISTINCT uuid) FROM outbox WHERE type = 'debt'"), ==,
                     query_int (handle, "SELECT count(*) FROM debts"));
    g_assert_cmpint (query_int (handle, "SELECT count(*) FROM household_members"), ==, 0);

    debts = bw_case_store_list_debts (store, case_id);
    g_assert_cmpuint (g_list_model_get_n_items (debts), ==, 1);
    bw_debts_total_open (debts, &total, &n_creditors);
    g_assert_cmpint (total, ==, amount);
    g_assert_cmpuint (n_creditors, ==, 1);

    /* The search index was built again with the household's column: the
     * old journal is still found, and so is a new member by name. */
    g_assert_cmpuint (search_count (store, "Zwanetta"), ==, 0);
    g_assert_cmpint (bw_case_store_add_household_member (store, case_id, "Zwanetta Brouwers", "12-03-2011",
                                                         BW_RELATION_CHILD, NULL, NULL, &error), >, 0);
    g_assert_no_error (error);
    g_assert_cmpuint (search_count (store, "Zwanetta"), ==, 1);
    g_assert_cmpuint (search_count (store, "huisbezoek"), >, 0);
    members = bw_case_store_list_household (store, case_id);
    g_assert_cmpuint (g_list_model_get_n_items (members), ==, 1);
  }
  /* The ZRM (docs/zrm.md). The first measurement was finances 3, work 1,
   * housing 4, health 2, family 4, social network 2, daily activities 4,
   * language 4. The domains with the same meaning keep their score;
   * health is both health domains; the newer domains are not scored;
   * health and language are kept as they were. */
  {
    g_autoptr(GListModel) measurements = bw_case_store_list_assessments (store, 1);
    g_autoptr(BwAssessment) first = g_list_model_get_item (measurements, 0);
    const int expected[BW_DOMAIN_N] = {
      [BW_DOMAIN_FINANCES] = 3, [BW_DOMAIN_WORK_EDUCATION] = 1, [BW_DOMAIN_TIME_USE] = 4,
      [BW_DOMAIN_HOUSING] = 4, [BW_DOMAIN_DOMESTIC_RELATIONS] = 4, [BW_DOMAIN_MENTAL_HEALTH] = 2,
      [BW_DOMAIN_PHYSICAL_HEALTH] = 2, [BW_DOMAIN_SOCIAL_NETWORK] = 2,
    };

    g_assert_cmpstr (bw_assessment_get_date (first), ==, "2025-07-23");
    for (int d = 0; d < BW_DOMAIN_N; d++)
      {
        g_assert_cmpint (bw_assessment_get_score (first, d), ==, expected[d]);
        g_assert_null (bw_assessment_get_note (first, d));
        g_assert_null (bw_assessment_get_goal (first, d));
      }
    g_assert_cmpint (bw_record_get_int (BW_RECORD (first), "health"), ==, 2);
    g_assert_cmpint (bw_record_get_int (BW_RECORD (first), "language"), ==, 4);
  }
  /* And so for all 91: nothing scored where there was nothing. */
  g_assert_cmpint (query_int (bw_case_store_get_db (store),
                              "SELECT count(*) FROM assessments WHERE physical_health = health"
                              " AND mental_health = health AND health BETWEEN 1 AND 5"
                              " AND language BETWEEN 1 AND 5"), ==, 91);
  g_assert_cmpint (query_int (bw_case_store_get_db (store),
                              "SELECT count(*) FROM assessments WHERE substance_use + basic_adl"
                              " + instrumental_adl + participation + justice = 0"), ==, 91);
  /* The server's copy maps the same, so nothing is sent again (the
   * outbox above) and the base agrees with the row. */
  g_assert_cmpint (query_int (bw_case_store_get_db (store),
                              "SELECT json_extract (fields, '$.mental_health') * 10"
                              " + json_extract (fields, '$.physical_health') FROM sync_base"
                              " WHERE type = 'assessment'"), ==, 22);
  /* Old notes have no kind of contact and no duration. */
  g_assert_cmpint (query_int (bw_case_store_get_db (store),
                              "SELECT count(*) FROM journal WHERE contact_type = 'none'"
                              " AND duration_minutes = 0 AND contact_with IS NULL"), ==, 220);

  g_clear_object (&store);
  remove_dir (dir);
}

/* The household as persons and the debts per creditor: bad input is
 * refused with a message and writes nothing; a link is seen from both
 * cases; a paid-off debt leaves the open total; retention takes both
 * with the case. */
static void
test_household_and_debts (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BwCase) mother = make_case ("Wilhelmina Claessens", BUURT_VRIEHEIDE);
  g_autoptr(BwCase) son = make_case ("Roy Claessens", BUURT_VRIEHEIDE);
  g_autoptr(GListModel) members = NULL;
  g_autoptr(GListModel) of = NULL;
  g_autoptr(GListModel) debts = NULL;
  sqlite3 *db = bw_case_store_get_db (f->store);
  gint64 id, member, cjib;
  gint64 total = 0;
  guint n_creditors = 0;

  g_assert_true (bw_case_store_insert_case (f->store, mother, &error));
  g_assert_true (bw_case_store_insert_case (f->store, son, &error));
  g_assert_no_error (error);
  id = bw_case_get_id (mother);

  /* Refused, each with its reason, nothing written. */
  g_assert_cmpint (bw_case_store_add_household_member (f->store, id, "  ", NULL, BW_RELATION_CHILD, NULL, NULL,
                                                       &error), ==, 0);
  g_assert_error (error, BW_VALIDATION_ERROR, BW_VALIDATION_ERROR_NAME);
  g_clear_error (&error);
  g_assert_cmpint (bw_case_store_add_household_member (f->store, id, "Roy", "31-02-2004", BW_RELATION_CHILD,
                                                       NULL, NULL, &error), ==, 0);
  g_assert_error (error, BW_VALIDATION_ERROR, BW_VALIDATION_ERROR_DATE_OF_BIRTH);
  g_clear_error (&error);
  g_assert_cmpint (bw_case_store_add_household_member (f->store, id, "Roy", "1-1-2999", BW_RELATION_CHILD,
                                                       NULL, NULL, &error), ==, 0);
  g_assert_error (error, BW_VALIDATION_ERROR, BW_VALIDATION_ERROR_DATE_OF_BIRTH);
  g_clear_error (&error);
  /* A link to the case itself, or to a case that is not here. */
  g_assert_cmpint (bw_case_store_add_household_member (f->store, id, "Roy", NULL, BW_RELATION_CHILD, NULL,
                                                       bw_case_get_uuid (mother), &error), ==, 0);
  g_assert_error (error, BW_STORE_ERROR, BW_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (bw_case_store_add_household_member (f->store, id, "Roy", NULL, BW_RELATION_CHILD, NULL,
                                                       "c0ffee00-0000-4000-8000-00000000beef", &error), ==, 0);
  g_assert_error (error, BW_STORE_ERROR, BW_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM household_members"), ==, 0);

  member = bw_case_store_add_household_member (f->store, id, "Roy Claessens", "3-9-2004", BW_RELATION_CHILD,
                                               NULL, bw_case_get_uuid (son), &error);
  g_assert_no_error (error);
  members = bw_case_store_list_household (f->store, id);
  g_assert_cmpuint (g_list_model_get_n_items (members), ==, 1);
  {
    g_autoptr(BwHouseholdMember) m = g_list_model_get_item (members, 0);

    g_assert_cmpint (bw_household_member_get_linked_case_id (m), ==, bw_case_get_id (son));
    g_assert_cmpstr (bw_household_member_get_date_of_birth (m), ==, "2004-09-03");
  }
  /* From the son's case: he is in his mother's household. */
  of = bw_case_store_list_household_of (f->store, bw_case_get_uuid (son));
  g_assert_cmpuint (g_list_model_get_n_items (of), ==, 1);
  {
    g_autoptr(BwHouseholdMember) m = g_list_model_get_item (of, 0);

    g_assert_cmpint (bw_household_member_get_case_id (m), ==, id);
    g_assert_cmpstr (bw_household_member_get_case_name (m), ==, "Wilhelmina Claessens");
  }
  /* Removed: gone from the list and from search (a soft delete, for sync). */
  g_assert_true (bw_case_store_remove_household_member (f->store, member, &error));
  g_assert_no_error (error);
  g_clear_object (&of);
  of = bw_case_store_list_household_of (f->store, bw_case_get_uuid (son));
  g_assert_cmpuint (g_list_model_get_n_items (of), ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM case_fts WHERE case_fts MATCH 'household:roy'"), ==, 0);
  g_assert_cmpint (query_int (db, "SELECT deleted FROM household_members"), ==, 1);
  g_assert_cmpint (bw_case_store_add_household_member (f->store, id, "Zoë Claessens", NULL, BW_RELATION_SIBLING,
                                                       NULL, NULL, &error), >, 0);
  g_assert_cmpuint (search_count (f->store, "zoe"), ==, 1);

  /* Debts: refused without a name for another creditor, without an
   * amount, with more a month than the debt, with a wrong date. */
  g_assert_cmpint (bw_case_store_add_debt (f->store, id, BW_CREDITOR_OTHER, "", 10000, BW_DEBT_STATUS_OPEN, 0,
                                           NULL, NULL, &error), ==, 0);
  g_assert_error (error, BW_VALIDATION_ERROR, BW_VALIDATION_ERROR_ORGANISATION);
  g_clear_error (&error);
  g_assert_cmpint (bw_case_store_add_debt (f->store, id, BW_CREDITOR_CJIB, NULL, 0, BW_DEBT_STATUS_OPEN, 0,
                                           NULL, NULL, &error), ==, 0);
  g_assert_error (error, BW_VALIDATION_ERROR, BW_VALIDATION_ERROR_DEBT_AMOUNT);
  g_clear_error (&error);
  g_assert_cmpint (bw_case_store_add_debt (f->store, id, BW_CREDITOR_CJIB, NULL, 10000, BW_DEBT_STATUS_ARRANGEMENT,
                                           20000, NULL, NULL, &error), ==, 0);
  g_assert_error (error, BW_VALIDATION_ERROR, BW_VALIDATION_ERROR_DEBT_AMOUNT);
  g_clear_error (&error);
  g_assert_cmpint (bw_case_store_add_debt (f->store, id, BW_CREDITOR_CJIB, NULL, 10000, BW_DEBT_STATUS_OPEN, 0,
                                           "gisteren", NULL, &error), ==, 0);
  g_assert_error (error, BW_VALIDATION_ERROR, BW_VALIDATION_ERROR_DATE);
  g_clear_error (&error);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM debts"), ==, 0);

  cjib = bw_case_store_add_debt (f->store, id, BW_CREDITOR_CJIB, NULL, 38000, BW_DEBT_STATUS_OPEN, 0,
                                 "1-3-2025", NULL, &error);
  g_assert_cmpint (bw_case_store_add_debt (f->store, id, BW_CREDITOR_BELASTINGDIENST, NULL, 125050,
                                           BW_DEBT_STATUS_DEBT_HELP, 0, NULL, NULL, &error), >, 0);
  /* The same creditor twice is one creditor. */
  g_assert_cmpint (bw_case_store_add_debt (f->store, id, BW_CREDITOR_BELASTINGDIENST, NULL, 5000,
                                           BW_DEBT_STATUS_OPEN, 0, NULL, NULL, &error), >, 0);
  g_assert_no_error (error);
  debts = bw_case_store_list_debts (f->store, id);
  bw_debts_total_open (debts, &total, &n_creditors);
  g_assert_cmpint (total, ==, 168050);
  g_assert_cmpuint (n_creditors, ==, 2);
  g_assert_true (bw_case_store_set_debt_status (f->store, cjib, BW_DEBT_STATUS_PAID_OFF, &error));
  g_assert_no_error (error);
  g_clear_object (&debts);
  debts = bw_case_store_list_debts (f->store, id);
  bw_debts_total_open (debts, &total, &n_creditors);
  g_assert_cmpint (total, ==, 130050);
  g_assert_cmpuint (n_creditors, ==, 1);
  /* Paid off last in the list. */
  {
    g_autoptr(BwDebt) last = g_list_model_get_item (debts, 2);

    g_assert_cmpint (bw_debt_get_status (last), ==, BW_DEBT_STATUS_PAID_OFF);
  }

  /* Retention takes the household and the debts with the case. */
  g_assert_true (bw_retention_delete_case (bw_case_store_get_connection (f->store), bw_case_get_uuid (mother),
                                           FALSE, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM household_members"), ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM debts"), ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM outbox WHERE type IN ('debt', 'household_member')"), ==, 0);
}

/* The demo's households and debts agree with its cases: the debts of a
 * case add up to its estimated amount (besides one paid off now and then). */
static void
test_demo_household_and_debts (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  sqlite3 *db = bw_case_store_get_db (f->store);

  g_assert_true (bw_demo_data_fill (f->store, 40, 3, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM household_members"), >, 10);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM debts"), >, 10);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM cases c WHERE debt_amount <>"
                                  " (SELECT coalesce (sum (amount), 0) FROM debts d"
                                  "  WHERE d.case_id = c.id AND d.status <> 'paid_off')"), ==, 0);
  /* No member older than the rules allow, none in the future. */
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM household_members WHERE date_of_birth > date ('now')"
                                  " OR date_of_birth < '1900-01-01'"), ==, 0);
}

static void
test_schema_too_new (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("bw-new-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "future.db", NULL);
  g_autoptr(BwCaseStore) store = NULL;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA user_version = 99", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  store = bw_case_store_open (path, "Tester", &error);
  g_assert_error (error, BW_STORE_ERROR, BW_STORE_ERROR_TOO_NEW);
  g_assert_null (store);
  remove_dir (dir);
}

/* Writing */

static void
test_case_lifecycle (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BwCase) c = make_case ("Fatima el Amrani", BUURT_MARIA_GEWANDEN);
  g_autoptr(BwCase) stale = NULL;
  g_autoptr(BwCase) read = NULL;
  g_autoptr(GListModel) history = NULL;

  bw_case_set_track (c, BW_TRACK_DEVELOPMENT);
  g_assert_true (bw_case_store_insert_case (f->store, c, &error));
  g_assert_no_error (error);
  g_assert_cmpint (bw_case_get_id (c), >, 0);
  g_assert_cmpint (bw_case_get_revision (c), ==, 1);
  g_assert_true (g_uuid_string_is_valid (bw_case_get_uuid (c)));
  g_assert_cmpstr (bw_case_get_created_by (c), ==, "Tester");

  read = bw_case_store_get_case (f->store, bw_case_get_id (c), &error);
  g_assert_no_error (error);
  g_assert_true (bw_case_equal_content (c, read));
  g_clear_object (&read);

  /* An edit made on an older read is refused, not written over. */
  stale = bw_case_copy (c);
  bw_case_set_track (c, BW_TRACK_BASISBAAN);
  bw_case_set_has_debts (c, TRUE);
  bw_case_set_debt_amount (c, 1250050);
  bw_case_set_debt_route (c, BW_DEBT_ROUTE_KBL_AMICABLE);
  g_assert_true (bw_case_store_update_case (f->store, c, "Basisbaan bij de gemeente", &error));
  g_assert_no_error (error);
  g_assert_cmpint (bw_case_get_revision (c), ==, 2);

  bw_case_set_phone (stale, "06-12345678");
  g_assert_false (bw_case_store_update_case (f->store, stale, NULL, &error));
  g_assert_error (error, BW_STORE_ERROR, BW_STORE_ERROR_CONFLICT);
  g_clear_error (&error);
  read = bw_case_store_get_case (f->store, bw_case_get_id (c), &error);
  g_assert_null (bw_case_get_phone (read));
  g_assert_cmpint (bw_case_get_debt_amount (read), ==, 1250050);
  g_clear_object (&read);

  history = bw_case_store_list_track_history (f->store, bw_case_get_id (c));
  g_assert_cmpuint (g_list_model_get_n_items (history), ==, 2);
  {
    g_autoptr(BwTrackChange) last = g_list_model_get_item (history, 1);
    g_assert_cmpint (bw_track_change_get_track (last), ==, BW_TRACK_BASISBAAN);
    g_assert_cmpstr (bw_track_change_get_note (last), ==, "Basisbaan bij de gemeente");
  }

  /* Closing needs an outcome. */
  bw_case_set_status (c, BW_CASE_STATUS_CLOSED);
  g_assert_false (bw_case_store_update_case (f->store, c, NULL, &error));
  g_assert_error (error, BW_VALIDATION_ERROR, BW_VALIDATION_ERROR_OUTCOME);
  g_clear_error (&error);
  bw_case_set_outcome (c, BW_OUTCOME_BASISBAAN);
  g_assert_true (bw_case_store_update_case (f->store, c, NULL, &error));
  g_assert_no_error (error);
  read = bw_case_store_get_case (f->store, bw_case_get_id (c), &error);
  g_assert_cmpint (bw_case_get_status (read), ==, BW_CASE_STATUS_CLOSED);
  g_assert_cmpint (bw_case_get_outcome (read), ==, BW_OUTCOME_BASISBAAN);
  g_assert_nonnull (bw_case_get_closed_on (read));
  g_clear_object (&read);

  /* Reopening clears the outcome. */
  bw_case_set_status (c, BW_CASE_STATUS_ACTIVE);
  g_assert_true (bw_case_store_update_case (f->store, c, NULL, &error));
  read = bw_case_store_get_case (f->store, bw_case_get_id (c), &error);
  g_assert_cmpint (bw_case_get_outcome (read), ==, BW_OUTCOME_NONE);
  g_assert_null (bw_case_get_closed_on (read));
}

static void
test_sub_records (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BwCase) c = make_case ("Jan Hendriks", BUURT_VRIEHEIDE);
  g_autoptr(GListModel) journal = NULL;
  g_autoptr(GListModel) actions = NULL;
  g_autoptr(GListModel) assessments = NULL;
  g_autoptr(GListModel) orgs = NULL;
  g_autoptr(BwCase) read = NULL;
  g_autoptr(BwCaseAction) action = NULL;
  g_autoptr(BwInvolvement) inv = NULL;
  int scores[BW_DOMAIN_N] = { 2, 3, 4, 3, 3, 2, 3, 1 };
  gint64 id;

  g_assert_true (bw_case_store_insert_case (f->store, c, &error));
  id = bw_case_get_id (c);

  g_assert_cmpint (bw_case_store_add_journal (f->store, id, "3-2-2026", "Intakegesprek in buurthuis", &error), >, 0);
  g_assert_cmpint (bw_case_store_add_contact (f->store, id, "2026-03-10", "Telefonisch contact met WSP",
                                              BW_CONTACT_TYPE_PHONE, 15, "  Ilse van WSP ", &error), >, 0);
  g_assert_no_error (error);
  journal = bw_case_store_list_journal (f->store, id);
  g_assert_cmpuint (g_list_model_get_n_items (journal), ==, 2);
  /* The contact log: the note written without it has none. */
  {
    g_autoptr(BwJournalEntry) first = g_list_model_get_item (journal, 0);
    g_autoptr(BwJournalEntry) second = g_list_model_get_item (journal, 1);
    BwJournalEntry *call = g_str_equal (bw_journal_entry_get_date (first), "2026-03-10") ? first : second;
    BwJournalEntry *intake = call == first ? second : first;

    g_assert_cmpint (bw_journal_entry_get_contact_type (call), ==, BW_CONTACT_TYPE_PHONE);
    g_assert_cmpint (bw_journal_entry_get_duration_minutes (call), ==, 15);
    g_assert_cmpstr (bw_journal_entry_get_contact_with (call), ==, "Ilse van WSP");
    g_assert_cmpint (bw_journal_entry_get_contact_type (intake), ==, BW_CONTACT_TYPE_NONE);
    g_assert_cmpint (bw_journal_entry_get_duration_minutes (intake), ==, 0);
    g_assert_null (bw_journal_entry_get_contact_with (intake));
  }
  read = bw_case_store_get_case (f->store, id, &error);
  g_assert_cmpstr (bw_case_get_last_contact (read), ==, "2026-03-10");

  g_assert_cmpint (bw_case_store_add_action (f->store, id, "Aanmelden bij Schuldhulpmaatje", "Sanne", "1-4-2026", &error), >, 0);
  actions = bw_case_store_list_actions (f->store, id);
  action = g_list_model_get_item (actions, 0);
  g_assert_cmpstr (bw_case_action_get_due_date (action), ==, "2026-04-01");
  g_assert_true (bw_case_store_set_action_done (f->store, bw_case_action_get_id (action), TRUE, &error));
  g_clear_object (&actions);
  g_clear_object (&action);
  actions = bw_case_store_list_actions (f->store, id);
  action = g_list_model_get_item (actions, 0);
  g_assert_true (bw_case_action_get_done (action));
  g_assert_cmpint (bw_case_action_get_revision (action), ==, 2);

  g_assert_cmpint (bw_case_store_add_assessment (f->store, id, "2026-02-03", scores, &error), >, 0);
  scores[BW_DOMAIN_FINANCES] = 3;
  g_assert_cmpint (bw_case_store_add_assessment (f->store, id, "2026-05-03", scores, &error), >, 0);
  assessments = bw_case_store_list_assessments (f->store, id);
  g_assert_cmpuint (g_list_model_get_n_items (assessments), ==, 2);
  {
    g_autoptr(BwAssessment) first = g_list_model_get_item (assessments, 0);
    g_autoptr(BwAssessment) last = g_list_model_get_item (assessments, 1);
    g_assert_cmpint (bw_assessment_get_score (first, BW_DOMAIN_FINANCES), ==, 2);
    g_assert_cmpint (bw_assessment_get_score (last, BW_DOMAIN_FINANCES), ==, 3);
    g_assert_cmpint (bw_assessment_get_score (last, BW_DOMAIN_SUBSTANCE_USE), ==, 1);
    /* A domain left out is not scored. */
    g_assert_cmpint (bw_assessment_get_score (last, BW_DOMAIN_JUSTICE), ==, BW_SCORE_NONE);
  }

  g_assert_cmpint (bw_case_store_add_involvement (f->store, id, "WSP Parkstad", "Ilse Coenen", "jobcoach", &error), >, 0);
  orgs = bw_case_store_list_involvements (f->store, id);
  inv = g_list_model_get_item (orgs, 0);
  g_assert_true (bw_case_store_remove_involvement (f->store, bw_involvement_get_id (inv), &error));
  g_clear_object (&orgs);
  orgs = bw_case_store_list_involvements (f->store, id);
  g_assert_cmpuint (g_list_model_get_n_items (orgs), ==, 0);
  /* Soft-deleted, so that sync can pass the removal on. */
  g_assert_cmpint (query_int (bw_case_store_get_db (f->store),
                              "SELECT count(*) FROM involvements WHERE deleted = 1"), ==, 1);
}

static void
test_refusals_change_nothing (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BwCase) good = make_case ("Peter Schepers", BUURT_VRIEHEIDE);
  g_autofree char *before = NULL;
  g_autofree char *future = NULL;
  int bad_scores[BW_DOMAIN_N] = { 3, 3, 3, 6, 3, 3, 3, 3 };
  /* A measurement with no domain scored says nothing. */
  int zero_scores[BW_DOMAIN_N] = { 0 };
  struct {
    const char *name;
    const char *dob;
    const char *buurt;
    const char *email;
    const char *phone;
    int code;
  } bad[] = {
    { "", "1984-03-21", BUURT_VRIEHEIDE, NULL, NULL, BW_VALIDATION_ERROR_NAME },
    { "   ", "1984-03-21", BUURT_VRIEHEIDE, NULL, NULL, BW_VALIDATION_ERROR_NAME },
    { "Anna", "2999-01-01", BUURT_VRIEHEIDE, NULL, NULL, BW_VALIDATION_ERROR_DATE_OF_BIRTH },
    { "Anna", "1984-02-31", BUURT_VRIEHEIDE, NULL, NULL, BW_VALIDATION_ERROR_DATE_OF_BIRTH },
    { "Anna", "1984-03-21", "BU99999999", NULL, NULL, BW_VALIDATION_ERROR_NEIGHBOURHOOD },
    { "Anna", "1984-03-21", NULL, NULL, NULL, BW_VALIDATION_ERROR_NEIGHBOURHOOD },
    { "Anna", "1984-03-21", BUURT_VRIEHEIDE, "anna@", NULL, BW_VALIDATION_ERROR_EMAIL },
    { "Anna", "1984-03-21", BUURT_VRIEHEIDE, NULL, "06-12ab5678", BW_VALIDATION_ERROR_PHONE },
  };

  g_assert_true (bw_case_store_insert_case (f->store, good, &error));
  g_assert_cmpint (bw_case_store_add_journal (f->store, bw_case_get_id (good), NULL, "Eerste contact", &error), >, 0);
  before = fingerprint (f->store);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(BwCase) c = make_case (bad[i].name, bad[i].buurt);
      g_autoptr(BwCase) edit = bw_case_copy (good);
      g_autofree char *after = NULL;

      bw_case_set_date_of_birth (c, bad[i].dob);
      bw_case_set_email (c, bad[i].email);
      bw_case_set_phone (c, bad[i].phone);
      g_assert_false (bw_case_store_insert_case (f->store, c, &error));
      g_assert_error (error, BW_VALIDATION_ERROR, bad[i].code);
      g_assert_cmpstr (error->message, !=, "");
      g_clear_error (&error);

      /* The same bad values as an edit of an existing case. */
      bw_case_set_name (edit, bad[i].name);
      bw_case_set_date_of_birth (edit, bad[i].dob);
      bw_case_set_buurt_code (edit, bad[i].buurt);
      bw_case_set_email (edit, bad[i].email);
      bw_case_set_phone (edit, bad[i].phone);
      g_assert_false (bw_case_store_update_case (f->store, edit, NULL, &error));
      g_assert_error (error, BW_VALIDATION_ERROR, bad[i].code);
      g_clear_error (&error);

      after = fingerprint (f->store);
      g_assert_cmpstr (before, ==, after);
    }

  g_assert_cmpint (bw_case_store_add_assessment (f->store, bw_case_get_id (good), NULL, bad_scores, &error), ==, 0);
  g_assert_error (error, BW_VALIDATION_ERROR, BW_VALIDATION_ERROR_SCORE);
  g_clear_error (&error);
  g_assert_cmpint (bw_case_store_add_assessment (f->store, bw_case_get_id (good), NULL, zero_scores, &error), ==, 0);
  g_assert_error (error, BW_VALIDATION_ERROR, BW_VALIDATION_ERROR_SCORE);
  g_clear_error (&error);
  g_assert_cmpint (bw_case_store_add_journal (f->store, bw_case_get_id (good), NULL, "  \n ", &error), ==, 0);
  g_assert_error (error, BW_VALIDATION_ERROR, BW_VALIDATION_ERROR_TEXT);
  g_clear_error (&error);
  g_assert_cmpint (bw_case_store_add_journal (f->store, bw_case_get_id (good), "30-2-2026", "Gesprek", &error), ==, 0);
  g_assert_error (error, BW_VALIDATION_ERROR, BW_VALIDATION_ERROR_DATE);
  g_clear_error (&error);
  g_assert_cmpint (bw_case_store_add_action (f->store, 424242, "Bellen", NULL, NULL, &error), ==, 0);
  g_assert_error (error, BW_STORE_ERROR, BW_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  /* A contact of more than a day, and a ZRM measurement dated tomorrow. */
  g_assert_cmpint (bw_case_store_add_contact (f->store, bw_case_get_id (good), NULL, "Huisbezoek",
                                              BW_CONTACT_TYPE_HOME_VISIT, 24 * 60 + 1, NULL, &error), ==, 0);
  g_assert_error (error, BW_VALIDATION_ERROR, BW_VALIDATION_ERROR_DURATION);
  g_clear_error (&error);
  {
    /* Tomorrow in Heerlen, as the store counts: from 23:00 UTC the
     * machine's day is still Heerlen's yesterday. */
    g_autoptr(GDateTime) now = bw_date_now_local ();
    g_autoptr(GDateTime) later = g_date_time_add_days (now, 1);
    g_autofree char *tomorrow = g_date_time_format (later, "%Y-%m-%d");
    int scores[BW_DOMAIN_N] = { [BW_DOMAIN_HOUSING] = 3 };

    g_assert_cmpint (bw_case_store_add_assessment (f->store, bw_case_get_id (good), tomorrow, scores, &error), ==, 0);
    g_assert_error (error, BW_VALIDATION_ERROR, BW_VALIDATION_ERROR_DATE);
    g_clear_error (&error);
  }

  future = fingerprint (f->store);
  g_assert_cmpstr (before, ==, future);
}

/* Searching */

static void
test_search (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BwCase) a = make_case ("José Martens", BUURT_VRIEHEIDE);
  g_autoptr(BwCase) b = make_case ("Wilma Ubachs", BUURT_MARIA_GEWANDEN);
  const char *hostile[] = { "\"", "AND", "OR NOT", "*", "name:x", "(", "NEAR(a b)", "'; DROP TABLE cases; --", NULL };

  bw_case_set_address (b, "Kouvenderstraat 44, 6431 HJ Hoensbroek");
  g_assert_true (bw_case_store_insert_case (f->store, a, &error));
  g_assert_true (bw_case_store_insert_case (f->store, b, &error));
  g_assert_cmpint (bw_case_store_add_journal (f->store, bw_case_get_id (b), NULL,
                                              "Aangemeld voor taaltraject bij de bibliotheek", &error), >, 0);

  g_assert_cmpuint (search_count (f->store, "martens"), ==, 1);   /* name */
  g_assert_cmpuint (search_count (f->store, "jose"), ==, 1);      /* without the accent */
  g_assert_cmpuint (search_count (f->store, "mart"), ==, 1);      /* prefix */
  g_assert_cmpuint (search_count (f->store, "kouvender"), ==, 1); /* address */
  g_assert_cmpuint (search_count (f->store, "taaltraject"), ==, 1); /* journal */
  g_assert_cmpuint (search_count (f->store, "wilma taal"), ==, 1);  /* all words */
  g_assert_cmpuint (search_count (f->store, "wilma jose"), ==, 0);
  g_assert_cmpuint (search_count (f->store, "Hoensbroek"), ==, 2);

  /* Renaming updates the index. */
  bw_case_set_name (a, "José Meertens");
  g_assert_true (bw_case_store_update_case (f->store, a, NULL, &error));
  g_assert_cmpuint (search_count (f->store, "martens"), ==, 0);
  g_assert_cmpuint (search_count (f->store, "meertens"), ==, 1);

  /* Whatever is typed is a search, never FTS or SQL syntax. */
  for (guint i = 0; hostile[i]; i++)
    search_count (f->store, hostile[i]);
  g_assert_cmpint (bw_case_store_count_cases (f->store), ==, 2);

  /* A search costs what matches, not what is stored: the full-text index
   * drives and each match is looked up by its id; no case is visited by
   * walking the table or its name index. */
  {
    g_autofree char *plan = NULL;
    BwCaseQuery q;

    bw_case_query_init (&q);
    q.text = g_strdup ("martens");
    plan = case_query_plan (f->store, &q);
    bw_case_query_clear (&q);
    g_assert_nonnull (strstr (plan, "VIRTUAL TABLE"));
    g_assert_nonnull (strstr (plan, "SEARCH c USING INTEGER PRIMARY KEY"));
    g_assert_null (strstr (plan, "SCAN c"));
    g_assert_true (strstr (plan, "VIRTUAL TABLE") < strstr (plan, "SEARCH c"));
  }
}

/* The list without a search text reads one index in its order, whatever
 * the filters: no sort of every case and no lookup of each in the table
 * (that cost 0.7 s at 100,000 cases before the index held the filters). */
static void
test_case_list_plan (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  BwCaseQuery q;

  g_assert_true (bw_demo_data_fill (f->store, 50, 1, &error));
  g_assert_no_error (error);
  for (guint filters = 0; filters < 32; filters++)
    {
      g_autofree char *plan = NULL;

      bw_case_query_init (&q);
      q.status = (filters & 1) ? BW_CASE_STATUS_ACTIVE : -1;
      q.buurt_code = (filters & 2) ? g_strdup ("BU09170000") : NULL;
      q.track = (filters & 4) ? BW_TRACK_CARE : -1;
      q.has_debts = (filters & 8) ? 1 : -1;
      /* "Mijn casussen", "Per medewerker". */
      q.owner = (filters & 16) ? 7 : 0;
      plan = case_query_plan (f->store, &q);
      bw_case_query_clear (&q);
      g_assert_nonnull (strstr (plan, "SCAN c USING COVERING INDEX cases_listing"));
      g_assert_null (strstr (plan, "TEMP B-TREE"));
    }
}

/* Handing over writes only the case's assigned fields, each on its own,
 * and queues the case for the sync; a new case is its creator's once the
 * user id is known; the list filters by the responsible worker. */
static void
test_transfer_fields (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BwCase) mine = make_case ("Fatima El Idrissi", "BU09172004");
  g_autoptr(BwCase) other = make_case ("Jo Hermans", "BU09172004");
  g_autoptr(BwCase) read = NULL;
  g_autoptr(GArray) ids = NULL;
  sqlite3 *db = bw_case_store_get_db (f->store);
  gint64 revision;
  BwCaseQuery q;

  g_assert_true (bw_case_store_set_meta (f->store, "user_id", "7", &error));
  g_assert_true (bw_case_store_insert_case (f->store, mine, &error));
  g_assert_no_error (error);
  g_assert_cmpint (bw_record_get_int (BW_RECORD (mine), "owner"), ==, 7);
  bw_record_set_int (BW_RECORD (other), "owner", 9);
  g_assert_true (bw_case_store_insert_case (f->store, other, &error));
  g_assert_no_error (error);

  bw_case_query_init (&q);
  q.owner = 7;
  ids = bw_case_store_query_ids (f->store, &q, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 1);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, bw_case_get_id (mine));

  /* Refused, nothing changed: no note, yourself, nobody, both. */
  revision = bw_case_get_revision (mine);
  g_assert_false (bw_case_store_offer_transfer (f->store, bw_case_get_id (mine), 9, 0, "  ", &error));
  g_assert_error (error, BW_VALIDATION_ERROR, BW_VALIDATION_ERROR_TEXT);
  g_clear_error (&error);
  g_assert_false (bw_case_store_offer_transfer (f->store, bw_case_get_id (mine), 7, 0, "Graag", &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_false (bw_case_store_offer_transfer (f->store, bw_case_get_id (mine), 0, 0, "Graag", &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_false (bw_case_store_offer_transfer (f->store, bw_case_get_id (mine), 9, 3, "Graag", &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  read = bw_case_store_get_case (f->store, bw_case_get_id (mine), &error);
  g_assert_cmpint (bw_case_get_revision (read), ==, revision);
  g_clear_object (&read);

  g_assert_cmpint (sqlite3_exec (db, "DELETE FROM outbox", NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_true (bw_case_store_offer_transfer (f->store, bw_case_get_id (mine), 9, 0,
                                               " Zij kent de familie al. ", &error));
  g_assert_no_error (error);
  read = bw_case_store_get_case (f->store, bw_case_get_id (mine), &error);
  g_assert_cmpint (bw_record_get_int (BW_RECORD (read), "transfer_to_user"), ==, 9);
  g_assert_cmpint (bw_record_get_int (BW_RECORD (read), "owner"), ==, 7);
  g_assert_cmpstr (bw_record_get_text (BW_RECORD (read), "transfer_note"), ==, "Zij kent de familie al.");
  g_assert_cmpint (bw_case_get_revision (read), ==, revision + 1);
  g_assert_cmpint (query_int (db, "SELECT count (*) FROM outbox WHERE type = 'case'"), ==, 1);
  g_clear_object (&read);

  /* Saving the form does not undo it. */
  bw_case_set_phone (mine, "045 123 4567");
  bw_case_set_revision (mine, revision + 1);
  g_assert_true (bw_case_store_update_case (f->store, mine, NULL, &error));
  g_assert_no_error (error);
  read = bw_case_store_get_case (f->store, bw_case_get_id (mine), &error);
  g_assert_cmpint (bw_record_get_int (BW_RECORD (read), "transfer_to_user"), ==, 9);
  g_clear_object (&read);

  g_assert_true (bw_case_store_withdraw_transfer (f->store, bw_case_get_id (mine), &error));
  g_assert_no_error (error);
  read = bw_case_store_get_case (f->store, bw_case_get_id (mine), &error);
  g_assert_cmpint (bw_record_get_int (BW_RECORD (read), "transfer_to_user"), ==, 0);
  g_assert_null (bw_record_get_text (BW_RECORD (read), "transfer_note"));
  g_clear_object (&read);

  g_assert_true (bw_case_store_set_owner (f->store, bw_case_get_id (mine), 9, &error));
  g_assert_no_error (error);
  read = bw_case_store_get_case (f->store, bw_case_get_id (mine), &error);
  g_assert_cmpint (bw_record_get_int (BW_RECORD (read), "owner"), ==, 9);

  g_assert_false (bw_case_store_transfer_answer_dismissed (f->store, bw_case_get_uuid (read), "Geen ruimte"));
  g_assert_true (bw_case_store_dismiss_transfer_answer (f->store, bw_case_get_uuid (read), "Geen ruimte", &error));
  g_assert_true (bw_case_store_transfer_answer_dismissed (f->store, bw_case_get_uuid (read), "Geen ruimte"));
  g_assert_false (bw_case_store_transfer_answer_dismissed (f->store, bw_case_get_uuid (read), "Te vol"));
}

/* An action is done by a worker or by someone outside the system; done,
 * it has the day it was done, and undone none. */
static void
test_action_assignee (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BwCase) c = make_case ("Fatima El Idrissi", "BU09172004");
  g_autoptr(GListModel) actions = NULL;
  g_autoptr(BwCaseAction) action = NULL;
  g_autofree char *today = bw_date_today ();
  gint64 id;

  g_assert_true (bw_case_store_insert_case (f->store, c, &error));
  id = bw_case_store_add_assigned_action (f->store, bw_case_get_id (c), "Bellen met Woonpunt", 9, "Sanne",
                                          NULL, &error);
  g_assert_no_error (error);
  g_assert_true (bw_case_store_set_action_done (f->store, id, TRUE, &error));
  g_assert_no_error (error);
  actions = bw_case_store_list_actions (f->store, bw_case_get_id (c));
  action = g_list_model_get_item (actions, 0);
  g_assert_cmpint (bw_record_get_int (BW_RECORD (action), "assignee"), ==, 9);
  /* A worker, so no words for someone outside. */
  g_assert_null (bw_record_get_text (BW_RECORD (action), "owner"));
  g_assert_cmpstr (bw_record_get_text (BW_RECORD (action), "done_on"), ==, today);
  g_clear_object (&action);
  g_clear_object (&actions);

  g_assert_true (bw_case_store_set_action_done (f->store, id, FALSE, &error));
  actions = bw_case_store_list_actions (f->store, bw_case_get_id (c));
  action = g_list_model_get_item (actions, 0);
  g_assert_null (bw_record_get_text (BW_RECORD (action), "done_on"));
}

/* The coordinator's overview counts per worker: open cases, overdue
 * actions (theirs, not done, due before today), open cases without
 * contact for the team's weeks. */
static void
test_caseloads (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) loads = NULL;
  sqlite3 *db = bw_case_store_get_db (f->store);
  const char *names[] = { "Fatima El Idrissi", "Jo Hermans", "Piet de Vries" };
  gint64 ids[3];
  BwCaseload *bram, *anna;

  g_assert_cmpint (sqlite3_exec (db, "INSERT INTO team_users (id, name, role) VALUES"
                                     " (7, 'Anna de Vries', 'buurtteam'), (9, 'Bram Janssen', 'buurtteam'),"
                                     " (11, 'Cora Smeets', 'coordinator')", NULL, NULL, NULL), ==, SQLITE_OK);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(BwCase) c = make_case (names[i], "BU09172004");

      bw_record_set_int (BW_RECORD (c), "owner", i == 0 ? 7 : 9);
      bw_case_set_opened_on (c, "2020-01-01");
      if (i == 2)
        {
          bw_case_set_status (c, BW_CASE_STATUS_CLOSED);
          bw_case_set_outcome (c, BW_OUTCOME_WORK);
        }
      g_assert_true (bw_case_store_insert_case (f->store, c, &error));
      g_assert_no_error (error);
      ids[i] = bw_case_get_id (c);
    }
  /* Anna's case had contact today; Bram's open one never did. */
  g_assert_cmpint (bw_case_store_add_journal (f->store, ids[0], NULL, "Huisbezoek", &error), >, 0);
  g_assert_cmpint (bw_case_store_add_assigned_action (f->store, ids[0], "Bellen", 9, NULL, "1-1-2021", &error), >, 0);
  g_assert_cmpint (bw_case_store_add_assigned_action (f->store, ids[0], "Mailen", 9, NULL, "1-1-2099", &error), >, 0);
  g_assert_no_error (error);

  loads = bw_case_store_list_caseloads (f->store, &error);
  g_assert_no_error (error);
  /* The workers, by surname; never the coordinator. */
  g_assert_cmpuint (loads->len, ==, 2);
  bram = g_ptr_array_index (loads, 0);
  anna = g_ptr_array_index (loads, 1);
  g_assert_cmpstr (bram->name, ==, "Bram Janssen");
  g_assert_cmpuint (bram->open_cases, ==, 1);
  g_assert_cmpuint (bram->overdue_actions, ==, 1);
  g_assert_cmpuint (bram->without_contact, ==, 1);
  g_assert_cmpstr (anna->name, ==, "Anna de Vries");
  g_assert_cmpuint (anna->open_cases, ==, 1);
  g_assert_cmpuint (anna->overdue_actions, ==, 0);
  g_assert_cmpuint (anna->without_contact, ==, 0);
}

/* The names of the listed cases for @sort, joined with "|". */
static char *
listed_names (BwCaseStore *store,
              BwCaseSort   sort)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  GString *names = g_string_new (NULL);
  BwCaseQuery q;

  bw_case_query_init (&q);
  q.sort = sort;
  ids = bw_case_store_query_ids (store, &q, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(BwCase) c = bw_case_store_get_case (store, g_array_index (ids, gint64, i), &error);

      g_assert_no_error (error);
      g_string_append_printf (names, "%s%s", i ? "|" : "", bw_case_get_name (c));
    }
  return g_string_free (names, FALSE);
}

/* The three orders of the case list: by surname, without contact or
 * longest ago first, by status. Each reads the list's index; the contact
 * order looks each case's last note up in the index of notes. */
static void
test_case_list_sort (Fixture       *f,
                     gconstpointer  data)
{
  static const struct {
    const char *name;
    BwCaseStatus status;
    const char *contact;     /* or NULL */
  } cases[] = {
    { "Sjaak van der Heijden", BW_CASE_STATUS_ACTIVE, "2026-11-02" },
    { "Anna Aerts", BW_CASE_STATUS_CLOSED, "2026-03-15" },
    { "Piet de Vries", BW_CASE_STATUS_INTAKE, NULL },
    { "Mieke 't Hart", BW_CASE_STATUS_ACTIVE, "2026-06-30" },
  };
  g_autoptr(GError) error = NULL;
  g_autofree char *by_name = NULL;
  g_autofree char *by_contact = NULL;
  g_autofree char *by_status = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(BwCase) c = make_case (cases[i].name, "BU09172004");

      bw_case_set_status (c, cases[i].status);
      if (cases[i].status == BW_CASE_STATUS_CLOSED)
        bw_case_set_outcome (c, BW_OUTCOME_WORK);
      g_assert_true (bw_case_store_insert_case (f->store, c, &error));
      g_assert_no_error (error);
      if (cases[i].contact != NULL)
        {
          g_assert_cmpint (bw_case_store_add_journal (f->store, bw_case_get_id (c), cases[i].contact,
                                                      "Gesprek", &error), >, 0);
          g_assert_no_error (error);
        }
    }

  by_name = listed_names (f->store, BW_CASE_SORT_NAME);
  g_assert_cmpstr (by_name, ==, "Anna Aerts|Mieke 't Hart|Sjaak van der Heijden|Piet de Vries");
  by_contact = listed_names (f->store, BW_CASE_SORT_CONTACT);
  g_assert_cmpstr (by_contact, ==, "Piet de Vries|Anna Aerts|Mieke 't Hart|Sjaak van der Heijden");
  by_status = listed_names (f->store, BW_CASE_SORT_STATUS);
  g_assert_cmpstr (by_status, ==, "Piet de Vries|Mieke 't Hart|Sjaak van der Heijden|Anna Aerts");

  for (BwCaseSort sort = BW_CASE_SORT_CONTACT; sort <= BW_CASE_SORT_STATUS; sort++)
    {
      g_autofree char *plan = NULL;
      BwCaseQuery q;

      bw_case_query_init (&q);
      q.sort = sort;
      q.status = BW_CASE_STATUS_ACTIVE;
      plan = case_query_plan (f->store, &q);
      g_assert_nonnull (strstr (plan, "SCAN c USING COVERING INDEX cases_listing"));
      if (sort == BW_CASE_SORT_CONTACT)
        g_assert_nonnull (strstr (plan, "SEARCH j USING INDEX journal_contacts"));
    }
}

/* What a search result shows of the notes: the part of the note that
 * matches most of the typed words (the newest of those), each matching
 * word marked, found as the search finds it: by the start of a word,
 * without case or accents. */
static void
test_note_snippet (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BwCase) c = make_case ("Noor Zwetsloot", "BU09172004");
  g_autofree char *one = NULL;
  g_autofree char *two = NULL;
  g_autofree char *accent = NULL;
  g_autofree char *none = NULL;
  g_autofree char *cut = NULL;
  g_autoptr(GArray) ids = NULL;
  BwCaseQuery q;

  g_assert_true (bw_case_store_insert_case (f->store, c, &error));
  g_assert_no_error (error);
  g_assert_cmpint (bw_case_store_add_journal (f->store, bw_case_get_id (c), "2026-10-01",
                                              "Kennismaking in het buurthuis; interesse in taalcursus", &error), >, 0);
  g_assert_cmpint (bw_case_store_add_journal (f->store, bw_case_get_id (c), "2026-11-12",
                                              "Gebeld over de taalcursus en de huurachterstand bij Weller", &error), >, 0);
  g_assert_cmpint (bw_case_store_add_journal (f->store, bw_case_get_id (c), "2026-11-20",
                                              "Samen naar het café; daarna een lange wandeling door het park "
                                              "van Schinveld, langs de vijver, de speeltuin en het oude "
                                              "gemeentehuis, tot aan de bibliotheek en via de markt weer terug naar huis", &error), >, 0);
  g_assert_no_error (error);

  /* The newest note with the word, and only the words typed are marked. */
  one = bw_case_store_note_snippet (f->store, bw_case_get_id (c), "taal", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (one, ==, "Gebeld over de \002taalcursus\003 en de huurachterstand bij Weller");
  /* Two words: the note with both wins, whatever its age. */
  two = bw_case_store_note_snippet (f->store, bw_case_get_id (c), "Kennis TAAL", &error);
  g_assert_cmpstr (two, ==, "\002Kennismaking\003 in het buurthuis; interesse in \002taalcursus\003");
  /* Accents and case do not count. */
  accent = bw_case_store_note_snippet (f->store, bw_case_get_id (c), "cafe", &error);
  g_assert_nonnull (strstr (accent, "\002café\003"));
  /* A long note is cut around the match, and says so. */
  cut = bw_case_store_note_snippet (f->store, bw_case_get_id (c), "speeltuin", &error);
  g_assert_true (g_str_has_prefix (cut, "…"));
  g_assert_true (g_str_has_suffix (cut, "…"));
  g_assert_nonnull (strstr (cut, "\002speeltuin\003"));
  /* Found by the name only: no snippet. */
  none = bw_case_store_note_snippet (f->store, bw_case_get_id (c), "zwetsloot", &error);
  g_assert_no_error (error);
  g_assert_null (none);

  /* The search finds what the snippet shows. */
  bw_case_query_init (&q);
  q.text = g_strdup ("cafe");
  ids = bw_case_store_query_ids (f->store, &q, &error);
  bw_case_query_clear (&q);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 1);
}

static void
wait_for_list (BwCaseList *list)
{
  while (bw_case_list_get_loading (list))
    g_main_context_iteration (NULL, TRUE);
}

static void
test_case_list_model (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BwCaseList) list = NULL;
  g_autoptr(BwCase) first = NULL;
  g_autoptr(BwCase) c = NULL;
  BwCaseQuery q;
  guint all;

  g_assert_true (bw_demo_data_fill (f->store, 300, 1, &error));
  g_assert_no_error (error);
  g_assert_cmpint (bw_case_store_count_cases (f->store), ==, 300);

  list = bw_case_list_new (f->store);
  wait_for_list (list);
  all = g_list_model_get_n_items (G_LIST_MODEL (list));
  g_assert_cmpuint (all, ==, 300);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (list)) == BW_TYPE_CASE);

  /* Sorted by surname. */
  for (guint i = 1; i < all; i++)
    {
      g_autoptr(BwCase) prev = g_list_model_get_item (G_LIST_MODEL (list), i - 1);
      g_autoptr(BwCase) cur = g_list_model_get_item (G_LIST_MODEL (list), i);

      g_assert_cmpint (bw_name_compare (bw_case_get_name (prev), -1, bw_case_get_name (cur), -1), <=, 0);
    }

  bw_case_query_init (&q);
  q.status = BW_CASE_STATUS_CLOSED;
  bw_case_list_set_query (list, &q);
  wait_for_list (list);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), <, all);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      g_autoptr(BwCase) item = g_list_model_get_item (G_LIST_MODEL (list), i);
      g_assert_cmpint (bw_case_get_status (item), ==, BW_CASE_STATUS_CLOSED);
    }

  /* Debts and neighbourhood together. */
  q.status = -1;
  q.has_debts = 1;
  q.buurt_code = g_strdup (BUURT_VRIEHEIDE);
  bw_case_list_set_query (list, &q);
  wait_for_list (list);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      g_autoptr(BwCase) item = g_list_model_get_item (G_LIST_MODEL (list), i);
      g_assert_true (bw_case_get_has_debts (item));
      g_assert_cmpstr (bw_case_get_buurt_code (item), ==, BUURT_VRIEHEIDE);
    }
  bw_case_query_clear (&q);

  /* A new case matching the query appears by itself. */
  bw_case_query_init (&q);
  q.text = g_strdup ("Zwetsloot");
  bw_case_list_set_query (list, &q);
  wait_for_list (list);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);
  c = make_case ("Noor Zwetsloot", BUURT_VRIEHEIDE);
  g_assert_true (bw_case_store_insert_case (f->store, c, &error));
  g_assert_true (bw_case_list_get_loading (list));
  wait_for_list (list);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  first = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_cmpstr (bw_case_get_name (first), ==, "Noor Zwetsloot");
  g_assert_cmpuint (bw_case_list_find (list, bw_case_get_id (c)), ==, 0);
  bw_case_query_clear (&q);
}

typedef struct {
  BwCaseList *list;
  guint n_signals;
  guint removed;
  guint added;
  guint largest;
  guint n_items;            /* as the signals tell it */
} Changes;

static void
changes_cb (GListModel *model,
            guint       position,
            guint       removed,
            guint       added,
            Changes    *c)
{
  c->n_signals++;
  c->removed += removed;
  c->added += added;
  c->largest = MAX (c->largest, MAX (removed, added));
  c->n_items = c->n_items - removed + added;
  /* The model is what the signals so far say, at every step. */
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, c->n_items);
}

static void
assert_list_is_query (Fixture    *f,
                      BwCaseList *list)
{
  g_autoptr(GError) error = NULL;
  BwCaseQuery q;
  g_autoptr(GArray) ids = NULL;

  bw_case_query_init (&q);
  ids = bw_case_store_query_ids (f->store, &q, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, ids->len);
  for (guint i = 0; i < ids->len; i++)
    g_assert_cmpint (bw_case_list_get_id (list, i), ==, g_array_index (ids, gint64, i));
}

/* The list tells what changed and nothing else: new cases spread over
 * the list (as a sync brings them) are told as small additions, a
 * renamed case as taken out where it was and added where it goes, so that
 * the view keeps every other row as it is. */
static void
test_case_list_changes (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BwCaseList) list = NULL;
  const char *surnames[] = { "Aarts", "Bakker", "Claessens", "Dassen", "Erkens", "Frissen", "Geurts",
                             "Hermans", "Jacobs", "Knops", "Lemmens", "Meijers", "Nijsten", "Ortmans",
                             "Paulissen", "Quaedvlieg", "Ramakers", "Smeets", "Thewissen", "Vaessen" };
  Changes c = { 0 };
  g_autoptr(BwCase) renamed = NULL;

  g_assert_true (bw_demo_data_fill (f->store, 300, 1, &error));
  g_assert_no_error (error);
  list = bw_case_list_new (f->store);
  wait_for_list (list);
  c.n_items = g_list_model_get_n_items (G_LIST_MODEL (list));
  g_signal_connect (list, "items-changed", G_CALLBACK (changes_cb), &c);

  for (guint i = 0; i < G_N_ELEMENTS (surnames); i++)
    {
      g_autofree char *name = g_strdup_printf ("Noor %s", surnames[i]);
      g_autoptr(BwCase) added = make_case (name, BUURT_VRIEHEIDE);

      /* The surnames all start with the same letter: give each its own
       * place. */
      g_free (name);
      name = g_strdup_printf ("Nieuw %c%s", 'A' + i, surnames[i] + 1);
      bw_case_set_name (added, name);
      g_assert_true (bw_case_store_insert_case (f->store, added, &error));
      g_assert_no_error (error);
    }
  wait_for_list (list);
  assert_list_is_query (f, list);
  g_assert_cmpuint (c.added, ==, G_N_ELEMENTS (surnames));
  g_assert_cmpuint (c.removed, ==, 0);
  g_assert_cmpuint (c.largest, <=, G_N_ELEMENTS (surnames));

  /* The third case gets a name that sorts last. */
  c.added = c.removed = c.largest = c.n_signals = 0;
  renamed = g_list_model_get_item (G_LIST_MODEL (list), 2);
  bw_case_set_name (renamed, "Laatste Zzyzx");
  g_assert_true (bw_case_store_update_case (f->store, renamed, NULL, &error));
  g_assert_no_error (error);
  wait_for_list (list);
  assert_list_is_query (f, list);
  g_assert_cmpuint (c.removed, ==, 1);
  g_assert_cmpuint (c.added, ==, 1);
  g_assert_cmpuint (bw_case_list_find (list, bw_case_get_id (renamed)), >=, 300);

  /* And back to the front: again one row out, one in. */
  c.added = c.removed = c.largest = c.n_signals = 0;
  bw_case_set_name (renamed, "Eerste Aaaa");
  g_assert_true (bw_case_store_update_case (f->store, renamed, NULL, &error));
  wait_for_list (list);
  assert_list_is_query (f, list);
  g_assert_cmpuint (c.removed, ==, 1);
  g_assert_cmpuint (c.added, ==, 1);
  g_assert_cmpuint (bw_case_list_find (list, bw_case_get_id (renamed)), ==, 0);

  g_signal_handlers_disconnect_by_func (list, changes_cb, &c);
}

/* Crash safety: a child process is killed with SIGKILL in the middle of a
 * write transaction. The database must come back consistent, holding exactly
 * what was committed before. */

#define COMMITTED_BEFORE_CRASH 20

static int rows_in_batch;

static void
pause_mid_transaction (void          *user_data,
                       int            op,
                       const char    *db_name,
                       const char    *table,
                       sqlite3_int64  rowid)
{
  if (++rows_in_batch == 100)
    {
      /* Deep inside an open transaction: tell the parent, then wait to die. */
      if (write (STDOUT_FILENO, "R", 1) != 1)
        _exit (3);
      for (;;)
        pause ();
    }
}

static int
crash_child (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BwCaseStore) store = bw_case_store_open (path, "Kind", &error);

  if (store == NULL)
    return 2;
  for (int i = 0; i < COMMITTED_BEFORE_CRASH; i++)
    {
      g_autofree char *name = g_strdup_printf ("Vastgelegd %d", i);
      g_autoptr(BwCase) c = make_case (name, BUURT_VRIEHEIDE);
      if (!bw_case_store_insert_case (store, c, &error) ||
          !bw_case_store_add_journal (store, bw_case_get_id (c), NULL, "Gesprek gevoerd", &error))
        return 2;
    }

  sqlite3_update_hook (bw_case_store_get_db (store), pause_mid_transaction, NULL);
  if (!bw_case_store_begin (store, &error))
    return 2;
  for (int i = 0; ; i++)
    {
      g_autofree char *name = g_strdup_printf ("Halverwege %d", i);
      g_autoptr(BwCase) c = make_case (name, BUURT_VRIEHEIDE);
      bw_case_set_track (c, BW_TRACK_WORK);
      if (!bw_case_store_insert_case (store, c, &error) ||
          !bw_case_store_add_journal (store, bw_case_get_id (c), NULL, "Niet bewaard", &error))
        return 2;
    }
  return 0;
}

static void
test_crash_mid_transaction (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("bw-crash-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "crash.db", NULL);
  const char *argv[4] = { NULL };
  g_autoptr(BwCaseStore) store = NULL;
  g_autofree char *self_exe = g_file_read_link ("/proc/self/exe", NULL);
  GPid pid;
  int out_fd;
  char byte = 0;
  int status;
  sqlite3 *db;

  argv[0] = self_exe;
  argv[1] = "--crash-child";
  argv[2] = path;
  g_assert_true (g_spawn_async_with_pipes (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD,
                                           NULL, NULL, &pid, NULL, &out_fd, NULL, &error));
  g_assert_no_error (error);

  /* Wait until the child is in the middle of its transaction. */
  g_assert_cmpint (read (out_fd, &byte, 1), ==, 1);
  g_assert_cmpint (byte, ==, 'R');
  kill (pid, SIGKILL);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFSIGNALED (status));
  close (out_fd);
  g_spawn_close_pid (pid);

  store = bw_case_store_open (path, "Tester", &error);
  g_assert_no_error (error);
  db = bw_case_store_get_db (store);

  {
    sqlite3_stmt *stmt = NULL;
    g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "ok");
    sqlite3_finalize (stmt);
  }
  g_assert_cmpint (query_int (db, "PRAGMA foreign_key_check"), ==, -1);

  /* Exactly what was committed, none of the half-written batch. */
  g_assert_cmpint (bw_case_store_count_cases (store), ==, COMMITTED_BEFORE_CRASH);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM journal"), ==, COMMITTED_BEFORE_CRASH);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM track_history"), ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM case_fts"), ==, COMMITTED_BEFORE_CRASH);
  g_assert_cmpuint (search_count (store, "Halverwege"), ==, 0);
  g_assert_cmpuint (search_count (store, "Vastgelegd"), ==, COMMITTED_BEFORE_CRASH);

  /* And it takes new writes. */
  {
    g_autoptr(BwCase) c = make_case ("Na de crash", BUURT_VRIEHEIDE);
    g_assert_true (bw_case_store_insert_case (store, c, &error));
    g_assert_no_error (error);
  }

  g_clear_object (&store);
  remove_dir (dir);
}

/* The data must be private: a database file (or its WAL) that group or
 * others can read, or a folder they can open, is reported with what to do;
 * 0600 in a 0700 folder is not. */
/* Writes off the main thread */

typedef struct {
  BwCase *edited;
  const char *note;
} WriteData;

static gboolean
write_case_and_note (BwCaseStore  *store,
                     gpointer      data,
                     GError      **error)
{
  WriteData *w = data;

  g_assert_false (g_main_context_is_owner (g_main_context_default ()));
  return bw_case_store_update_case (store, w->edited, NULL, error) &&
         bw_case_store_add_journal (store, bw_case_get_id (w->edited), NULL, w->note, error) != 0;
}

typedef struct {
  gboolean done;
  gboolean ok;
  GError *error;
  guint changed_before_done;
  guint ticks;
} WriteResult;

static void
write_done (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  WriteResult *r = user_data;

  r->ok = bw_case_store_write_finish (BW_CASE_STORE (source), result, &r->error);
  r->done = TRUE;
}

static void
count_changed (BwCaseStore *store,
               gint64       case_id,
               WriteResult *r)
{
  g_assert_true (g_main_context_is_owner (g_main_context_default ()));
  if (!r->done)
    r->changed_before_done++;
}

static gboolean
tick (gpointer user_data)
{
  WriteResult *r = user_data;

  r->ticks++;
  return G_SOURCE_CONTINUE;
}

/* A write job runs on the write thread in one transaction; while another
 * connection holds the write lock (the sync applying a feed), the main
 * loop keeps running; the views hear of the change on the main thread
 * before the caller does; a refused job changes nothing. */
static void
test_write_async (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BwCase) c = make_case ("Anouk Brouwers", BUURT_MARIA_GEWANDEN);
  g_autoptr(BwCase) stored = NULL;
  g_autoptr(GListModel) journal = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  WriteData w = { NULL, "Huisbezoek afgesproken" };
  WriteResult r = { 0 };
  sqlite3 *blocker = NULL;
  guint tick_id;
  gulong handler;

  g_assert_true (bw_case_store_insert_case (f->store, c, &error));
  handler = g_signal_connect (f->store, "case-changed", G_CALLBACK (count_changed), &r);

  /* Another connection holds the write lock, as the sync engine's does
   * while it applies a batch. */
  g_assert_cmpint (sqlite3_open (f->path, &blocker), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (blocker, "BEGIN IMMEDIATE", NULL, NULL, NULL), ==, SQLITE_OK);

  w.edited = bw_case_copy (c);
  bw_case_set_phone (w.edited, "045 123 4567");
  bw_case_store_write_async (f->store, write_case_and_note, &w, NULL, NULL, write_done, &r);
  tick_id = g_timeout_add (5, tick, &r);
  while (r.ticks < 20)
    g_main_context_iteration (NULL, TRUE);
  /* The main loop ran on while the job waited for the lock. */
  g_assert_false (r.done);
  g_assert_cmpint (sqlite3_exec (blocker, "COMMIT", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (blocker);
  while (!r.done)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (tick_id);
  g_assert_no_error (r.error);
  g_assert_true (r.ok);
  g_assert_cmpuint (r.changed_before_done, ==, 1);
  stored = bw_case_store_get_case (f->store, bw_case_get_id (c), &error);
  g_assert_cmpstr (bw_case_get_phone (stored), ==, "045 123 4567");
  g_assert_cmpint (bw_case_get_revision (stored), ==, bw_case_get_revision (w.edited));
  journal = bw_case_store_list_journal (f->store, bw_case_get_id (c));
  g_assert_cmpuint (g_list_model_get_n_items (journal), ==, 1);

  /* A job whose second step is refused leaves nothing of its first. */
  before = fingerprint (f->store);
  g_clear_object (&w.edited);
  w.edited = bw_case_copy (stored);
  bw_case_set_phone (w.edited, "045 765 4321");
  w.note = "   ";
  r = (WriteResult) { 0 };
  bw_case_store_write_async (f->store, write_case_and_note, &w, NULL, NULL, write_done, &r);
  while (!r.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (r.ok);
  g_assert_error (r.error, BW_VALIDATION_ERROR, BW_VALIDATION_ERROR_TEXT);
  g_assert_cmpuint (r.changed_before_done, ==, 0);
  after = fingerprint (f->store);
  g_assert_cmpstr (before, ==, after);

  g_clear_error (&r.error);
  g_clear_object (&w.edited);
  g_signal_handler_disconnect (f->store, handler);
}

static void
test_check_private (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);
  GStatBuf st;

  g_assert_cmpint (g_stat (f->path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_true (bw_case_store_check_private (f->store, &error));
  g_assert_no_error (error);

  /* A copied-in file readable by everyone. */
  g_assert_cmpint (g_chmod (f->path, 0644), ==, 0);
  g_assert_false (bw_case_store_check_private (f->store, &error));
  g_assert_error (error, BW_STORE_ERROR, BW_STORE_ERROR_NOT_PRIVATE);
  g_assert_nonnull (strstr (error->message, f->path));
  g_assert_nonnull (strstr (error->message, "chmod 600"));
  g_clear_error (&error);
  g_assert_cmpint (g_chmod (f->path, 0640), ==, 0);
  g_assert_false (bw_case_store_check_private (f->store, &error));
  g_clear_error (&error);
  g_assert_cmpint (g_chmod (f->path, 0600), ==, 0);
  g_assert_true (bw_case_store_check_private (f->store, NULL));

  /* The WAL too. */
  if (g_file_test (wal, G_FILE_TEST_EXISTS))
    {
      g_assert_cmpint (g_chmod (wal, 0604), ==, 0);
      g_assert_false (bw_case_store_check_private (f->store, &error));
      g_assert_error (error, BW_STORE_ERROR, BW_STORE_ERROR_NOT_PRIVATE);
      g_clear_error (&error);
      g_assert_cmpint (g_chmod (wal, 0600), ==, 0);
    }

  /* A shared folder (a shared home). */
  g_assert_cmpint (g_chmod (f->dir, 0755), ==, 0);
  g_assert_false (bw_case_store_check_private (f->store, &error));
  g_assert_error (error, BW_STORE_ERROR, BW_STORE_ERROR_NOT_PRIVATE);
  g_assert_nonnull (strstr (error->message, "chmod 700"));
  g_clear_error (&error);
  /* ... but not a sticky one such as /tmp, where the file's mode counts. */
  g_assert_cmpint (g_chmod (f->dir, 01777), ==, 0);
  g_assert_true (bw_case_store_check_private (f->store, NULL));
  g_assert_cmpint (g_chmod (f->dir, 0700), ==, 0);
  g_assert_true (bw_case_store_check_private (f->store, NULL));
}

/* Desktop-local retention: a closed case past the period goes, with its
 * counts kept in the aggregates and nothing left in the full-text index
 * or the file; one with a change still waiting to be pushed stays (on a
 * desktop that synced); recent, open and never-closed cases stay. */
static BwCase *
retention_case (BwCaseStore *store,
                const char  *name,
                BwCaseStatus status,
                const char  *closed_on)
{
  g_autoptr(GError) error = NULL;
  BwCase *c = bw_case_new ();

  bw_case_set_name (c, name);
  bw_case_set_buurt_code (c, BUURT_VRIEHEIDE);
  bw_case_set_track (c, BW_TRACK_DEVELOPMENT);
  bw_case_set_status (c, status);
  if (status == BW_CASE_STATUS_CLOSED)
    {
      bw_case_set_outcome (c, BW_OUTCOME_EDUCATION);
      bw_case_set_closed_on (c, closed_on);
    }
  g_assert_true (bw_case_store_insert_case (store, c, &error));
  g_assert_no_error (error);
  return c;
}

static gboolean
file_has (const char *path,
          const char *needle)
{
  g_autofree char *data = NULL;
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *wal_data = NULL;
  gsize length = 0, wal_length = 0;

  g_file_get_contents (path, &data, &length, NULL);
  g_file_get_contents (wal, &wal_data, &wal_length, NULL);
  return (data && memmem (data, length, needle, strlen (needle))) ||
         (wal_data && memmem (wal_data, wal_length, needle, strlen (needle)));
}

static void
test_retention_local (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  const char *today = "2026-11-25";
  sqlite3 *db = bw_case_store_get_db (f->store);
  g_autoptr(BwCase) old = retention_case (f->store, "Quirijn Verjaardsma", BW_CASE_STATUS_CLOSED, "2024-05-10");
  g_autoptr(BwCase) pending = retention_case (f->store, "Wachtend Ouder", BW_CASE_STATUS_CLOSED, "2024-04-02");
  g_autoptr(BwCase) recent = retention_case (f->store, "Recent Dicht", BW_CASE_STATUS_CLOSED, "2025-12-01");
  g_autoptr(BwCase) open = retention_case (f->store, "Nog Lopend", BW_CASE_STATUS_ACTIVE, NULL);
  guint n = 99;

  bw_case_store_add_journal (f->store, bw_case_get_id (old), "2024-05-01",
                             "Zeldzaamwoord gesprek over de afronding", &error);
  g_assert_no_error (error);

  /* Bad input changes nothing. */
  g_assert_false (bw_case_store_purge_closed (f->store, 24, "2026-13-45", &n, &error));
  g_assert_error (error, BW_STORE_ERROR, BW_STORE_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM cases"), ==, 4);

  /* As after a sync: only "pending" waits to be pushed. */
  g_assert_cmpint (sqlite3_exec (db, "INSERT INTO sync_state (key, value) VALUES ('epoch', 'e');"
                                     "DELETE FROM outbox;", NULL, NULL, NULL), ==, SQLITE_OK);
  bw_case_store_add_journal (f->store, bw_case_get_id (pending), "2024-04-01", "nog te versturen", &error);
  g_assert_no_error (error);

  g_assert_true (bw_case_store_purge_closed (f->store, 24, today, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpint (bw_case_store_find_case_id (f->store, bw_case_get_uuid (old)), ==, 0);
  g_assert_cmpint (bw_case_store_find_case_id (f->store, bw_case_get_uuid (pending)), >, 0);
  g_assert_cmpint (bw_case_store_find_case_id (f->store, bw_case_get_uuid (recent)), >, 0);
  g_assert_cmpint (bw_case_store_find_case_id (f->store, bw_case_get_uuid (open)), >, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM journal WHERE text LIKE 'Zeldzaamwoord%'"), ==, 0);
  g_assert_cmpuint (search_count (f->store, "verjaardsma"), ==, 0);
  g_assert_cmpuint (search_count (f->store, "zeldzaamwoord"), ==, 0);
  g_assert_cmpuint (search_count (f->store, "wachtend"), ==, 1);
  g_assert_false (file_has (f->path, "Quirijn Verjaardsma"));
  g_assert_false (file_has (f->path, "verjaardsma"));
  g_assert_false (file_has (f->path, "Zeldzaamwoord"));
  g_assert_false (file_has (f->path, "zeldzaamwoord"));

  g_assert_cmpint (bw_case_store_get_aggregate (f->store, BUURT_VRIEHEIDE, "2024-05", "closed", "all"), ==, 1);
  g_assert_cmpint (bw_case_store_get_aggregate (f->store, BUURT_VRIEHEIDE, "2024-05", "outcome", "education"), ==, 1);
  g_assert_cmpint (bw_case_store_get_aggregate (f->store, BUURT_VRIEHEIDE, "2024-05", "track", "development"), ==, 1);
  g_assert_cmpint (bw_case_store_get_aggregate (f->store, BUURT_VRIEHEIDE, "2024-05", "debts", "no"), ==, 1);
  /* And the month it was opened (the reports count it in that month). */
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM aggregates WHERE month = '2024-05' AND measure = 'opened'"),
                   ==, 1);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM aggregates"), ==, 5);

  /* Once pushed, it goes too; the cut-off is exact to the day. */
  g_assert_cmpint (sqlite3_exec (db, "DELETE FROM outbox", NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_true (bw_case_store_purge_closed (f->store, 24, "2026-04-02", &n, &error));
  g_assert_cmpuint (n, ==, 0);
  g_assert_true (bw_case_store_purge_closed (f->store, 24, "2026-04-03", &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpint (bw_case_store_get_aggregate (f->store, BUURT_VRIEHEIDE, "2024-04", "closed", "all"), ==, 1);
}

static void
test_retention_never_synced (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BwCase) old = retention_case (f->store, "Nooit Gesynct", BW_CASE_STATUS_CLOSED, "2020-01-01");
  guint n = 0;

  /* Never synced: everything "waits", which does not keep it. */
  g_assert_true (bw_case_store_purge_closed (f->store, 24, "2026-11-25", &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpint (bw_case_store_find_case_id (f->store, bw_case_get_uuid (old)), ==, 0);
  g_assert_cmpint (query_int (bw_case_store_get_db (f->store), "SELECT count(*) FROM outbox"), ==, 0);
}

typedef struct {
  GMutex lock;
  GCond cond;
  gboolean release;
  gboolean started;
  guint runs;
} ReadGate;

/* The first job: holds the read thread until the test lets it go. */
static gpointer
read_held (BwCaseStore  *store,
           gpointer      data,
           GError      **error)
{
  ReadGate *gate = data;

  g_mutex_lock (&gate->lock);
  gate->started = TRUE;
  g_cond_broadcast (&gate->cond);
  while (!gate->release)
    g_cond_wait (&gate->cond, &gate->lock);
  g_mutex_unlock (&gate->lock);
  return GINT_TO_POINTER (1);
}

static gpointer
read_counted (BwCaseStore  *store,
              gpointer      data,
              GError      **error)
{
  ReadGate *gate = data;

  g_atomic_int_inc (&gate->runs);
  return GINT_TO_POINTER (1);
}

static void
read_finished (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  GError **out = user_data;
  GError *error = NULL;

  bw_case_store_read_finish (BW_CASE_STORE (source), result, &error);
  *out = error ? error : g_error_new_literal (G_IO_ERROR, G_IO_ERROR_NONE, "done");
}

/* A read asked again before its turn (the case list after every feed
 * page) is never run: its answer would be thrown away. */
static void
test_read_cancelled_not_run (Fixture       *f,
                             gconstpointer  data)
{
  ReadGate gate = { 0 };
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  GError *first = NULL, *second = NULL, *third = NULL;

  g_mutex_init (&gate.lock);
  g_cond_init (&gate.cond);
  bw_case_store_read_async (f->store, read_held, &gate, NULL, NULL, read_finished, &first);
  g_mutex_lock (&gate.lock);
  while (!gate.started)
    g_cond_wait (&gate.cond, &gate.lock);
  g_mutex_unlock (&gate.lock);

  bw_case_store_read_async (f->store, read_counted, &gate, NULL, cancellable, read_finished, &second);
  bw_case_store_read_async (f->store, read_counted, &gate, NULL, NULL, read_finished, &third);
  g_cancellable_cancel (cancellable);
  g_mutex_lock (&gate.lock);
  gate.release = TRUE;
  g_cond_broadcast (&gate.cond);
  g_mutex_unlock (&gate.lock);

  while (first == NULL || second == NULL || third == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (second, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_error (third, G_IO_ERROR, G_IO_ERROR_NONE);
  g_assert_cmpuint (gate.runs, ==, 1);
  g_error_free (first);
  g_error_free (second);
  g_error_free (third);
  g_mutex_clear (&gate.lock);
  g_cond_clear (&gate.cond);
}

/* "My work" */

static char *
days_from_today (int days)
{
  g_autofree char *today = bw_date_today ();
  g_autoptr(GDate) d = g_date_new ();

  g_date_set_parse (d, today);
  g_assert_true (g_date_valid (d));
  if (days >= 0)
    g_date_add_days (d, days);
  else
    g_date_subtract_days (d, -days);
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (d), g_date_get_month (d), g_date_get_day (d));
}

static void
exec_sql (BwCaseStore *store,
          const char  *sql)
{
  char *msg = NULL;

  if (sqlite3_exec (bw_case_store_get_db (store), sql, NULL, NULL, &msg) != SQLITE_OK)
    g_error ("%s: %s", sql, msg);
}

static gint64
insert_owned_case (BwCaseStore *store,
                   const char  *name,
                   gint64       owner)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BwCase) c = make_case (name, BUURT_VRIEHEIDE);
  g_autofree char *sql = NULL;

  g_assert_true (bw_case_store_insert_case (store, c, &error));
  g_assert_no_error (error);
  sql = g_strdup_printf ("UPDATE cases SET owner = %" G_GINT64_FORMAT " WHERE id = %" G_GINT64_FORMAT,
                         owner, bw_case_get_id (c));
  exec_sql (store, sql);
  return bw_case_get_id (c);
}

static gint64
add_assigned_action (BwCaseStore *store,
                     gint64       case_id,
                     const char  *what,
                     int          due_in_days,
                     gint64       assignee)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *due = days_from_today (due_in_days);
  g_autofree char *sql = NULL;
  gint64 id = bw_case_store_add_action (store, case_id, what, NULL, due, &error);

  g_assert_no_error (error);
  sql = g_strdup_printf ("UPDATE actions SET assignee = %" G_GINT64_FORMAT " WHERE id = %" G_GINT64_FORMAT,
                         assignee, id);
  exec_sql (store, sql);
  return id;
}

/* The texts of @section's items, joined with "|". */
static char *
work_texts (BwCaseStore   *store,
            BwWorkSection  section,
            gint64         user)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *today = bw_date_today ();
  g_autoptr(GListModel) items = bw_case_store_list_work (store, section, user, today, &error);
  GString *s = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(BwWorkItem) item = g_list_model_get_item (items, i);

      g_assert_cmpint (bw_work_item_get_section (item), ==, section);
      g_string_append_printf (s, "%s%s:%s", i ? "|" : "", bw_work_item_get_name (item),
                              bw_work_item_get_text (item) ? bw_work_item_get_text (item) : "");
    }
  return g_string_free (s, FALSE);
}

static void
test_my_work (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *today = bw_date_today ();
  g_autofree char *in_ten = days_from_today (10);
  g_autofree char *recent = days_from_today (-3);
  g_autofree char *long_ago = days_from_today (-120);
  g_autofree char *sql = NULL;
  gint64 mine, other, closed, late, done_id;
  int scores[BW_DOMAIN_N] = { 2, 3, 4, 3, 3, 2, 3, 1 };

  mine = insert_owned_case (f->store, "Anna de Vries", 7);
  other = insert_owned_case (f->store, "Bram Janssen", 8);
  closed = insert_owned_case (f->store, "Cor Smeets", 7);

  late = add_assigned_action (f->store, mine, "Bel de WSP", -2, 7);
  done_id = add_assigned_action (f->store, mine, "Al gedaan", -5, 7);
  g_assert_true (bw_case_store_set_action_done (f->store, done_id, TRUE, &error));
  add_assigned_action (f->store, other, "Voor een collega", -2, 8);
  /* Assigned to no one on my case: mine to follow up; on a colleague's
   * case: not. */
  add_assigned_action (f->store, mine, "Zonder uitvoerder", -1, 0);
  add_assigned_action (f->store, other, "Niet van mij", -1, 0);
  add_assigned_action (f->store, other, "Voor mij bij een collega", 0, 7);
  add_assigned_action (f->store, mine, "Volgende maand", 40, 7);
  add_assigned_action (f->store, closed, "Van een gesloten casus", -3, 7);
  exec_sql (f->store, "UPDATE cases SET status = 'closed', outcome = 'work' WHERE name = 'Cor Smeets'");

  /* Recent contact and a recent assessment for one case only; the other
   * had contact long ago. */
  g_assert_cmpint (bw_case_store_add_journal (f->store, mine, recent, "Huisbezoek", &error), >, 0);
  g_assert_cmpint (bw_case_store_add_journal (f->store, other, long_ago, "Telefoon", &error), >, 0);
  g_assert_cmpint (bw_case_store_add_assessment (f->store, mine, recent, scores, &error), >, 0);
  g_assert_no_error (error);

  sql = g_strdup_printf ("INSERT INTO shares (uuid, created_at, updated_at, case_id, organisation, parts,"
                         " consent_date, consent_given_to, consent_form, end_date, team_contact, withdrawn_at)"
                         " VALUES ('5ba7e000-0000-4000-8000-000000000001', 'x', 'x', %1$" G_GINT64_FORMAT
                         ", 'jeugdzorg', 'person', '%2$s', 'Anna', 'written', '%3$s', 'Sanne', NULL),"
                         " ('5ba7e000-0000-4000-8000-000000000002', 'x', 'x', %1$" G_GINT64_FORMAT
                         ", 'vsv', 'person', '%2$s', 'Anna', 'written', '%3$s', 'Sanne', '%2$s'),"
                         " ('5ba7e000-0000-4000-8000-000000000003', 'x', 'x', %1$" G_GINT64_FORMAT
                         ", 'vsv', 'person', '%2$s', 'Anna', 'written', '2099-01-01', 'Sanne', NULL);"
                         "INSERT INTO offers (uuid, created_at, updated_at, title, buurt_code, capacity)"
                         " VALUES ('0ffe0000-0000-4000-8000-000000000001', 'x', 'x', 'Taal op de werkvloer',"
                         " 'BU09172004', 8);"
                         "INSERT INTO enrolments (uuid, created_at, updated_at, offer_uuid, case_uuid, name,"
                         " status, referred_at) SELECT '0e000000-0000-4000-8000-000000000001', 'x', 'x',"
                         " '0ffe0000-0000-4000-8000-000000000001', uuid, name, 'waiting', '%2$sT09:00:00Z'"
                         " FROM cases WHERE id = %1$" G_GINT64_FORMAT ";"
                         "UPDATE cases SET transfer_to_user = 7, transfer_note = 'Neem jij haar over?'"
                         " WHERE id = %4$" G_GINT64_FORMAT ";"
                         "INSERT INTO incoming_transfers (case_uuid, from_name, from_team, note, offered_at)"
                         " VALUES ('7a000000-0000-4000-8000-000000000001', 'Piet', 'Team Zuid', 'Verhuist',"
                         " '2026-12-01T10:00:00Z');",
                         mine, today, in_ten, other);
  exec_sql (f->store, sql);

  {
    g_autofree char *overdue = work_texts (f->store, BW_WORK_OVERDUE, 7);
    g_autofree char *no_contact = work_texts (f->store, BW_WORK_NO_CONTACT, 7);
    g_autofree char *reassess = work_texts (f->store, BW_WORK_REASSESS, 7);
    g_autofree char *shares = work_texts (f->store, BW_WORK_SHARES_ENDING, 7);
    g_autofree char *waiting = work_texts (f->store, BW_WORK_WAITING_LIST, 7);
    g_autofree char *transfers = work_texts (f->store, BW_WORK_TRANSFERS, 7);
    g_autofree char *week = work_texts (f->store, BW_WORK_THIS_WEEK, 7);
    g_autofree char *colleague = work_texts (f->store, BW_WORK_OVERDUE, 8);
    g_autofree char *nobody = work_texts (f->store, BW_WORK_OVERDUE, 0);

    g_assert_cmpstr (overdue, ==, "Anna de Vries:Bel de WSP|Anna de Vries:Zonder uitvoerder");
    g_assert_cmpstr (week, ==, "Bram Janssen:Voor mij bij een collega");
    g_assert_cmpstr (colleague, ==, "Bram Janssen:Voor een collega|Bram Janssen:Niet van mij");
    g_assert_cmpstr (nobody, ==, "");
    /* The closed case is nobody's work; the open one has had contact. */
    g_assert_cmpstr (no_contact, ==, "");
    g_assert_cmpstr (reassess, ==, "");
    g_assert_cmpstr (shares, ==, "Anna de Vries:jeugdzorg");
    g_assert_cmpstr (waiting, ==, "Anna de Vries:Taal op de werkvloer");
    g_assert_cmpstr (transfers, ==, "Bram Janssen:Neem jij haar over?|Team Zuid:Verhuist");
  }
  {
    g_autofree char *no_contact = work_texts (f->store, BW_WORK_NO_CONTACT, 8);
    g_autofree char *reassess = work_texts (f->store, BW_WORK_REASSESS, 8);

    g_assert_cmpstr (no_contact, ==, "Bram Janssen:");
    g_assert_cmpstr (reassess, ==, "Bram Janssen:");
  }

  /* Done from My work: off the list, with the day it was done. */
  {
    g_autoptr(GListModel) actions = NULL;
    g_autoptr(BwCaseAction) action = NULL;
    g_autofree char *overdue = NULL;
    g_autofree char *done_on = NULL;

    g_assert_true (bw_case_store_set_action_done (f->store, late, TRUE, &error));
    g_assert_no_error (error);
    overdue = work_texts (f->store, BW_WORK_OVERDUE, 7);
    g_assert_cmpstr (overdue, ==, "Anna de Vries:Zonder uitvoerder");
    sql = (g_free (sql), g_strdup_printf ("SELECT done_on FROM actions WHERE id = %" G_GINT64_FORMAT, late));
    {
      sqlite3_stmt *stmt = NULL;

      g_assert_cmpint (sqlite3_prepare_v2 (bw_case_store_get_db (f->store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
      done_on = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      sqlite3_finalize (stmt);
    }
    g_assert_cmpstr (done_on, ==, today);
    g_assert_true (bw_case_store_set_action_done (f->store, late, FALSE, &error));
    g_assert_cmpint (query_int (bw_case_store_get_db (f->store), sql), ==, 0);
  }
}

/* Every section reads from an index: no scan of cases, actions, shares,
 * enrolments or the journal. */
static void
test_my_work_plan (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (bw_demo_data_fill (f->store, 50, 1, &error));
  g_assert_no_error (error);
  for (guint s = 0; s < BW_WORK_N_SECTIONS; s++)
    {
      g_autofree char *sql = g_strconcat ("EXPLAIN QUERY PLAN ", bw_case_store_work_sql (s), NULL);
      GString *rows = g_string_new (NULL);
      g_auto(GStrv) lines = NULL;
      g_autofree char *plan = NULL;

      g_assert_cmpint (sqlite3_exec (bw_case_store_get_db (f->store), sql, append_row, rows, NULL), ==, SQLITE_OK);
      g_test_message ("plan of section %u:\n%s", s, rows->str);
      lines = g_strsplit (rows->str, "\n", -1);
      plan = g_string_free (rows, FALSE);
      for (char **l = lines; *l; l++)
        {
          /* Only the small incoming_transfers table (t) may be read whole. */
          if (strstr (*l, "SCAN ") != NULL && strstr (*l, "SCAN t|") == NULL && strstr (*l, "USING") == NULL &&
              strstr (*l, "SUBQUERY") == NULL && strstr (*l, "SCAN (subquery") == NULL)
            g_error ("section %u scans a table: %s", s, *l);
        }
      /* My cases through their owner, never all unassigned actions. */
      if (s != BW_WORK_TRANSFERS)
        g_assert_true (strstr (plan, "cases_by_owner") != NULL);
      if (s == BW_WORK_OVERDUE || s == BW_WORK_THIS_WEEK)
        g_assert_true (strstr (plan, "actions_by_case") != NULL);
    }
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 3 && g_str_equal (argv[1], "--crash-child"))
    return crash_child (argv[2]);

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/store/schema/new", Fixture, NULL, fixture_setup, test_schema_new, fixture_teardown);
  g_test_add ("/store/read-cancelled-not-run", Fixture, NULL, fixture_setup, test_read_cancelled_not_run,
              fixture_teardown);
  g_test_add_func ("/store/schema/migrates-v1", test_schema_migrates_v1);
  g_test_add_func ("/store/schema/migrates-refusal-codes", test_schema_migrates_refusal_codes);
  g_test_add_func ("/store/schema/migrates-demo-v17", test_schema_migrates_demo_v17);
  g_test_add_func ("/store/schema/too-new", test_schema_too_new);
  g_test_add ("/store/case/lifecycle", Fixture, NULL, fixture_setup, test_case_lifecycle, fixture_teardown);
  g_test_add ("/store/case/household-and-debts", Fixture, NULL, fixture_setup, test_household_and_debts,
              fixture_teardown);
  g_test_add ("/store/demo/household-and-debts", Fixture, NULL, fixture_setup, test_demo_household_and_debts,
              fixture_teardown);
  g_test_add ("/store/case/sub-records", Fixture, NULL, fixture_setup, test_sub_records, fixture_teardown);
  g_test_add ("/store/case/refusals-change-nothing", Fixture, NULL, fixture_setup,
              test_refusals_change_nothing, fixture_teardown);
  g_test_add ("/store/retention/local", Fixture, NULL, fixture_setup, test_retention_local, fixture_teardown);
  g_test_add ("/store/retention/never-synced", Fixture, NULL, fixture_setup, test_retention_never_synced,
              fixture_teardown);
  g_test_add ("/store/search", Fixture, NULL, fixture_setup, test_search, fixture_teardown);
  g_test_add ("/store/case-list-plan", Fixture, NULL, fixture_setup, test_case_list_plan, fixture_teardown);
  g_test_add ("/store/my-work", Fixture, NULL, fixture_setup, test_my_work, fixture_teardown);
  g_test_add ("/store/my-work-plan", Fixture, NULL, fixture_setup, test_my_work_plan, fixture_teardown);
  g_test_add ("/store/note-snippet", Fixture, NULL, fixture_setup, test_note_snippet, fixture_teardown);
  g_test_add ("/store/transfer-fields", Fixture, NULL, fixture_setup, test_transfer_fields, fixture_teardown);
  g_test_add ("/store/caseloads", Fixture, NULL, fixture_setup, test_caseloads, fixture_teardown);
  g_test_add ("/store/action-assignee", Fixture, NULL, fixture_setup, test_action_assignee, fixture_teardown);
  g_test_add ("/store/case-list-sort", Fixture, NULL, fixture_setup, test_case_list_sort, fixture_teardown);
  g_test_add ("/store/case-list", Fixture, NULL, fixture_setup, test_case_list_model, fixture_teardown);
  g_test_add ("/store/case-list-changes", Fixture, NULL, fixture_setup, test_case_list_changes, fixture_teardown);
  g_test_add_func ("/store/crash-mid-transaction", test_crash_mid_transaction);
  g_test_add ("/store/write-async", Fixture, NULL, fixture_setup, test_write_async, fixture_teardown);
  g_test_add ("/store/check-private", Fixture, NULL, fixture_setup, test_check_private, fixture_teardown);

  return g_test_run ();
}
