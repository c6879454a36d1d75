/* SPDX-License-Identifier: EUPL-1.2 */
/* The database layer (src/core/util/bw-db.c): the connection policy, the
 * statement cache, the error mapping, transactions and savepoints, and the
 * migration runner on a database an older schema left. */
#include "config.h"

#include <string.h>
#include <sys/stat.h>

#include <glib/gstdio.h>

#include "bw-db.h"
#include "bw-name-order.h"
#include "bw-sqlite.h"

typedef struct {
  char *dir;
  char *path;
  BwDb *db;
} Fixture;

static const BwDbPolicy desktop_policy = {
  .flags = BW_DB_CREATE_PRIVATE | BW_DB_WAL,
  .busy_timeout_ms = 5000,
};

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("bw-db-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "test.db", NULL);
  f->db = bw_db_open (f->path, &desktop_policy, &error);
  g_assert_no_error (error);
  g_assert_nonnull (f->db);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GDir) d = NULL;
  const char *name;

  g_clear_pointer (&f->db, bw_db_close);
  d = g_dir_open (f->dir, 0, NULL);
  while (d && (name = g_dir_read_name (d)))
    {
      g_autofree char *p = g_build_filename (f->dir, name, NULL);
      g_unlink (p);
    }
  g_rmdir (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static gint64
query_int (BwDb       *db,
           const char *sql)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BwDbStatement) stmt = bw_db_prepare (db, sql, &error);

  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return sqlite3_column_int64 (stmt, 0);
}

static char *
query_text (BwDb       *db,
            const char *sql)
{
  g_autoptr(BwDbStatement) stmt = bw_db_prepare (db, sql, NULL);

  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return g_strdup ((const char *) sqlite3_column_text (stmt, 0));
}

static void
test_policy (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *mode = query_text (f->db, "PRAGMA journal_mode");
  GStatBuf st;

  g_assert_cmpstr (mode, ==, "wal");
  g_assert_cmpint (query_int (f->db, "PRAGMA synchronous"), ==, 2);   /* FULL */
  g_assert_cmpint (query_int (f->db, "PRAGMA foreign_keys"), ==, 1);
  g_assert_cmpint (g_stat (f->path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  /* Secure delete and the page cache where a store asks for them. */
  {
    const BwDbPolicy policy = {
      .flags = BW_DB_SECURE_DELETE | BW_DB_ONE_THREAD,
      .busy_timeout_ms = 10000,
      .cache_size = -4096,
    };
    g_autoptr(GError) error = NULL;
    g_autoptr(BwDb) other = bw_db_open (f->path, &policy, &error);

    g_assert_no_error (error);
    g_assert_cmpint (query_int (other, "PRAGMA secure_delete"), ==, 1);
    g_assert_cmpint (query_int (other, "PRAGMA cache_size"), ==, -4096);
    g_assert_cmpint (query_int (other, "PRAGMA synchronous"), ==, 2);
  }

  /* A missing file is created only when asked for. */
  {
    const BwDbPolicy policy = { .flags = 0 };
    g_autofree char *missing = g_build_filename (f->dir, "missing.db", NULL);
    g_autoptr(GError) error = NULL;
    g_autoptr(BwDb) none = bw_db_open (missing, &policy, &error);

    g_assert_null (none);
    g_assert_error (error, BW_DB_ERROR, BW_DB_ERROR_FAILED);
    g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  }
}

static void
test_cache_reuse (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  BwDbStatement *first;
  BwDbStatement *again;
  g_autofree char *sql = NULL;

  g_assert_true (bw_db_exec (f->db, "CREATE TABLE t (k TEXT PRIMARY KEY, v INTEGER)", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (bw_db_get_n_cached (f->db), ==, 0);

  first = bw_db_prepare (f->db, "INSERT INTO t (k, v) VALUES (?1, ?2)", &error);
  g_assert_no_error (error);
  sqlite3_bind_text (first, 1, "a", -1, SQLITE_STATIC);
  sqlite3_bind_int (first, 2, 1);
  g_assert_true (bw_db_step_done (f->db, first, &error));

  /* The same text from another buffer: the same statement, its bindings
   * cleared. */
  sql = g_strdup ("INSERT INTO t (k, v) VALUES (?1, ?2)");
  again = bw_db_prepare (f->db, sql, &error);
  g_assert_true (again == first);
  g_assert_cmpuint (bw_db_get_n_cached (f->db), ==, 1);
  g_assert_cmpint (sqlite3_bind_parameter_count (again), ==, 2);
  sqlite3_bind_text (again, 1, "b", -1, SQLITE_STATIC);
  g_assert_true (bw_db_step_done (f->db, again, &error));
  g_assert_cmpint (query_int (f->db, "SELECT count (*) FROM t WHERE v IS NULL"), ==, 1);

  /* A read released by g_autoptr holds no read transaction open. */
  {
    g_autoptr(BwDbStatement) read = bw_db_prepare (f->db, "SELECT k FROM t ORDER BY k", &error);

    g_assert_cmpint (sqlite3_step (read), ==, SQLITE_ROW);
    g_assert_true (sqlite3_stmt_busy (read));
  }
  {
    BwDbStatement *read = bw_db_prepare (f->db, "SELECT k FROM t ORDER BY k", &error);

    g_assert_false (sqlite3_stmt_busy (read));
    g_assert_cmpuint (bw_db_get_n_cached (f->db), ==, 3);  /* + count (*) */
  }

  /* Bad SQL is an error, and nothing is cached for it. */
  g_assert_null (bw_db_prepare (f->db, "SELEKT 1", &error));
  g_assert_error (error, BW_DB_ERROR, BW_DB_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "syntax error"));
  g_assert_cmpuint (bw_db_get_n_cached (f->db), ==, 3);
}

static void
test_error_constraint (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  BwDbStatement *stmt;

  g_assert_true (bw_db_exec (f->db, "CREATE TABLE p (id INTEGER PRIMARY KEY);"
                                    "CREATE TABLE c (p_id INTEGER NOT NULL REFERENCES p (id),"
                                    "                n INTEGER CHECK (n > 0));"
                                    "INSERT INTO p (id) VALUES (1)", &error));
  g_assert_no_error (error);

  /* Unique, foreign key (the policy turns them on), check. */
  g_assert_false (bw_db_exec (f->db, "INSERT INTO p (id) VALUES (1)", &error));
  g_assert_error (error, BW_DB_ERROR, BW_DB_ERROR_CONSTRAINT);
  g_assert_true (g_str_has_prefix (error->message, "The database could not be written or read: "));
  g_assert_nonnull (strstr (error->message, "UNIQUE"));
  g_clear_error (&error);

  stmt = bw_db_prepare (f->db, "INSERT INTO c (p_id, n) VALUES (?1, ?2)", &error);
  sqlite3_bind_int (stmt, 1, 2);
  sqlite3_bind_int (stmt, 2, 1);
  g_assert_false (bw_db_step_done (f->db, stmt, &error));
  g_assert_error (error, BW_DB_ERROR, BW_DB_ERROR_CONSTRAINT);
  g_assert_nonnull (strstr (error->message, "FOREIGN KEY"));
  g_clear_error (&error);

  stmt = bw_db_prepare (f->db, "INSERT INTO c (p_id, n) VALUES (?1, ?2)", &error);
  sqlite3_bind_int (stmt, 1, 1);
  sqlite3_bind_int (stmt, 2, 0);
  g_assert_false (bw_db_step_done (f->db, stmt, &error));
  g_assert_error (error, BW_DB_ERROR, BW_DB_ERROR_CONSTRAINT);
  g_clear_error (&error);

  /* The helper on its own: a code and no connection. */
  g_assert_false (bw_db_set_error_from_handle (NULL, SQLITE_FULL, &error));
  g_assert_error (error, BW_DB_ERROR, BW_DB_ERROR_FULL);
  g_clear_error (&error);
  g_assert_false (bw_db_set_error_from_handle (NULL, SQLITE_CORRUPT, &error));
  g_assert_error (error, BW_DB_ERROR, BW_DB_ERROR_CORRUPT);
}

static void
test_error_busy (Fixture       *f,
                 gconstpointer  data)
{
  const BwDbPolicy impatient = { .flags = BW_DB_ONE_THREAD, .busy_timeout_ms = 50 };
  g_autoptr(GError) error = NULL;
  g_autoptr(BwDb) other = NULL;

  g_assert_true (bw_db_exec (f->db, "CREATE TABLE t (v INTEGER)", &error));
  other = bw_db_open (f->path, &impatient, &error);
  g_assert_no_error (error);

  /* One connection holds the write lock: the other gives up after its
   * busy timeout, with an error that says so. */
  g_assert_true (bw_db_begin (f->db, &error));
  g_assert_true (bw_db_exec (f->db, "INSERT INTO t (v) VALUES (1)", &error));
  g_assert_false (bw_db_begin (other, &error));
  g_assert_error (error, BW_DB_ERROR, BW_DB_ERROR_BUSY);
  g_assert_nonnull (strstr (error->message, "another program"));
  g_clear_error (&error);

  g_assert_true (bw_db_commit (f->db, &error));
  g_assert_true (bw_db_begin (other, &error));
  g_assert_true (bw_db_exec (other, "INSERT INTO t (v) VALUES (2)", &error));
  g_assert_true (bw_db_commit (other, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (f->db, "SELECT sum (v) FROM t"), ==, 3);

  /* Not a database at all. */
  {
    g_autofree char *junk = g_build_filename (f->dir, "junk.db", NULL);
    g_autoptr(BwDb) bad = NULL;

    g_assert_true (g_file_set_contents (junk, "this is no database, only text that is long enough "
                                              "to fill a header of one hundred bytes, and more ...",
                                        -1, NULL));
    bad = bw_db_open (junk, &desktop_policy, &error);
    g_assert_null (bad);
    g_assert_error (error, BW_DB_ERROR, BW_DB_ERROR_CORRUPT);
  }
}

static void
test_savepoint_rollback (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (bw_db_exec (f->db, "CREATE TABLE t (v INTEGER)", &error));
  g_assert_true (bw_db_begin (f->db, &error));
  g_assert_true (bw_db_exec (f->db, "INSERT INTO t (v) VALUES (1)", &error));

  /* The inner part is undone, the outer part stays. */
  g_assert_true (bw_db_savepoint (f->db, "record", &error));
  g_assert_true (bw_db_exec (f->db, "INSERT INTO t (v) VALUES (10)", &error));
  g_assert_cmpint (query_int (f->db, "SELECT sum (v) FROM t"), ==, 11);
  bw_db_rollback_to (f->db, "record");
  g_assert_cmpint (query_int (f->db, "SELECT sum (v) FROM t"), ==, 1);

  g_assert_true (bw_db_savepoint (f->db, "record", &error));
  g_assert_true (bw_db_exec (f->db, "INSERT INTO t (v) VALUES (100)", &error));
  g_assert_true (bw_db_release (f->db, "record", &error));
  g_assert_true (bw_db_commit (f->db, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (f->db, "SELECT sum (v) FROM t"), ==, 101);

  /* A rolled back transaction leaves nothing. */
  g_assert_true (bw_db_begin (f->db, &error));
  g_assert_true (bw_db_exec (f->db, "INSERT INTO t (v) VALUES (1000)", &error));
  bw_db_rollback (f->db);
  g_assert_cmpint (query_int (f->db, "SELECT sum (v) FROM t"), ==, 101);
  /* Rolling back with no transaction open is harmless. */
  bw_db_rollback (f->db);
}

/* The meta table both schemas have: a value replaced, NULL kept as NULL,
 * an absent key read as NULL. */
static void
test_meta (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *cleared = NULL;
  g_autofree char *absent = NULL;

  g_assert_true (bw_db_exec (f->db, "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)", &error));
  g_assert_true (bw_db_set_meta (f->db, "role", "partner", &error));
  first = bw_db_get_meta (f->db, "role");
  g_assert_true (bw_db_set_meta (f->db, "role", "coordinator", &error));
  second = bw_db_get_meta (f->db, "role");
  g_assert_true (bw_db_set_meta (f->db, "role", NULL, &error));
  g_assert_no_error (error);
  cleared = bw_db_get_meta (f->db, "role");
  absent = bw_db_get_meta (f->db, "epoch");
  g_assert_cmpstr (first, ==, "partner");
  g_assert_cmpstr (second, ==, "coordinator");
  g_assert_null (cleared);
  g_assert_null (absent);
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM meta"), ==, 1);
}

static gboolean
seed_identity (BwDb      *db,
               gpointer   user_data,
               GError   **error)
{
  BwDbStatement *stmt = bw_db_prepare (db, "INSERT INTO meta (key, value) VALUES ('id', ?1)", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, user_data, -1, SQLITE_TRANSIENT);
  return bw_db_step_done (db, stmt, error);
}

static gboolean
fail_step (BwDb      *db,
           gpointer   user_data,
           GError   **error)
{
  return bw_db_exec (db, "INSERT INTO no_such_table VALUES (1)", error);
}

static const BwDbMigration steps[] = {
  { "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);"
    "CREATE TABLE cases (id INTEGER PRIMARY KEY, name TEXT NOT NULL);", seed_identity },
  { "ALTER TABLE cases ADD COLUMN phone TEXT;", NULL },
  { NULL, NULL },   /* a step may be empty: only the version moves */
  { "CREATE INDEX cases_by_name ON cases (name);", NULL },
};

static void
test_migrate_from_old (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  sqlite3 *raw = NULL;

  /* A database as the old runner left it at version 1: the step's SQL and
   * the version set by hand, and a row written since. */
  g_assert_cmpint (sqlite3_open (f->path, &raw), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (raw, steps[0].sql, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (raw, "INSERT INTO meta VALUES ('id', 'old');"
                                      "INSERT INTO cases (id, name) VALUES (7, 'Marij Kurvers');"
                                      "PRAGMA user_version = 1", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (raw);

  g_assert_cmpint (bw_db_get_user_version (f->db), ==, 1);
  g_assert_true (bw_db_migrate (f->db, steps, G_N_ELEMENTS (steps), "new", &error));
  g_assert_no_error (error);
  g_assert_cmpint (bw_db_get_user_version (f->db), ==, 4);
  /* Step 0 did not run again: the old identity and the row are kept. */
  {
    g_autofree char *id = query_text (f->db, "SELECT value FROM meta WHERE key = 'id'");
    g_assert_cmpstr (id, ==, "old");
  }
  g_assert_cmpint (query_int (f->db, "SELECT count (*) FROM cases WHERE phone IS NULL"), ==, 1);
  g_assert_cmpint (query_int (f->db, "SELECT count (*) FROM sqlite_master WHERE name = 'cases_by_name'"), ==, 1);

  /* Once more: nothing to do. */
  g_assert_true (bw_db_migrate (f->db, steps, G_N_ELEMENTS (steps), "new", &error));
  g_assert_cmpint (bw_db_get_user_version (f->db), ==, 4);

  /* A program that knows fewer steps refuses the newer database. */
  g_assert_false (bw_db_migrate (f->db, steps, 2, NULL, &error));
  g_assert_error (error, BW_DB_ERROR, BW_DB_ERROR_TOO_NEW);
  g_assert_cmpint (bw_db_get_user_version (f->db), ==, 4);
}

static void
test_migrate_fresh_and_failed (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  const BwDbMigration broken[] = {
    steps[0],
    { "ALTER TABLE cases ADD COLUMN email TEXT;", fail_step },
  };

  /* A new database runs every step; the C step writes in the same
   * transaction as the SQL. */
  g_assert_true (bw_db_migrate (f->db, broken, 1, "fresh", &error));
  g_assert_no_error (error);
  {
    g_autofree char *id = query_text (f->db, "SELECT value FROM meta WHERE key = 'id'");
    g_assert_cmpstr (id, ==, "fresh");
  }

  /* A failing step is undone whole: no column, no version. */
  g_assert_false (bw_db_migrate (f->db, broken, G_N_ELEMENTS (broken), NULL, &error));
  g_assert_error (error, BW_DB_ERROR, BW_DB_ERROR_FAILED);
  g_assert_cmpint (bw_db_get_user_version (f->db), ==, 1);
  g_assert_cmpint (query_int (f->db, "SELECT count (*) FROM pragma_table_info ('cases')"
                                     " WHERE name = 'email'"), ==, 0);
  g_assert_true (sqlite3_get_autocommit (bw_db_get_handle (f->db)));
}

/* Residents' names in a team's order: by surname, tussenvoegsel after it,
 * without case or accents; the same order in SQL through the collation
 * every connection has. */
static void
test_name_order (Fixture       *f,
                 gconstpointer  data)
{
  static const char *const sorted[] = {
    "Fatima Amrani",
    "Anna Boer",          /* same surname: then by the whole name */
    "Jan Boer",
    "Jan de Boer",
    "Fatima El Amrani",   /* "El" belongs to the surname */
    "Mieke 't Hart",
    "Heijden, Anna van der",
    "Sjaak van der Heijden",
    "Marie-José Janssen",
    "Ömer Özdemir",       /* with the O, not after the Z */
    "Pieter Peters",
    "De Vries",           /* without a first name */
    "Piet de Vries",
    "Zoë Zeelen",
  };
  g_autoptr(GString) got = g_string_new (NULL);
  g_autoptr(GString) want = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(BwDbStatement) stmt = NULL;

  g_assert_cmpuint (bw_name_surname_offset ("Sjaak van der Heijden", -1), ==, strlen ("Sjaak van der "));
  g_assert_cmpuint (bw_name_surname_offset ("Jan Willem Jansen", -1), ==, strlen ("Jan Willem "));
  g_assert_cmpuint (bw_name_surname_offset ("Van Dijk", -1), ==, strlen ("Van "));
  g_assert_cmpuint (bw_name_surname_offset ("Cher", -1), ==, 0);
  g_assert_cmpuint (bw_name_surname_offset ("Mohamed Ben Ali", -1), ==, strlen ("Mohamed "));
  g_assert_cmpuint (bw_name_surname_offset ("", -1), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (sorted); i++)
    for (guint j = 0; j < G_N_ELEMENTS (sorted); j++)
      {
        int r = bw_name_compare (sorted[i], -1, sorted[j], -1);

        if ((i < j && r >= 0) || (i > j && r <= 0) || (i == j && r != 0))
          g_error ("“%s” and “%s” compare as %d", sorted[i], sorted[j], r);
      }
  /* Invalid UTF-8 still has a place. */
  g_assert_cmpint (bw_name_compare ("Jan \xff", -1, "Jan \xfe", -1), >, 0);

  g_assert_true (bw_db_exec (f->db, "CREATE TABLE names (name TEXT)", &error));
  g_assert_no_error (error);
  for (guint i = G_N_ELEMENTS (sorted); i-- > 0;)
    {
      g_autoptr(BwDbStatement) insert = bw_db_prepare (f->db, "INSERT INTO names VALUES (?)", &error);

      g_assert_no_error (error);
      bw_sqlite_bind_text (insert, 1, sorted[i]);
      g_assert_cmpint (sqlite3_step (insert), ==, SQLITE_DONE);
      g_string_append_printf (want, "%s|", sorted[G_N_ELEMENTS (sorted) - 1 - i]);
    }
  stmt = bw_db_prepare (f->db, "SELECT name FROM names ORDER BY name COLLATE " BW_NAME_COLLATION, &error);
  g_assert_no_error (error);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_string_append_printf (got, "%s|", (const char *) sqlite3_column_text (stmt, 0));
  g_assert_cmpstr (got->str, ==, want->str);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_setup, fn, fixture_teardown)
  ADD ("/db/policy", test_policy);
  ADD ("/db/cache-reuse", test_cache_reuse);
  ADD ("/db/error/constraint", test_error_constraint);
  ADD ("/db/error/busy", test_error_busy);
  ADD ("/db/savepoint-rollback", test_savepoint_rollback);
  ADD ("/db/meta", test_meta);
  ADD ("/db/migrate/from-old-version", test_migrate_from_old);
  ADD ("/db/migrate/fresh-and-failed", test_migrate_fresh_and_failed);
  ADD ("/db/name-order", test_name_order);
#undef ADD

  return g_test_run ();
}
