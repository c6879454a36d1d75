/* SPDX-License-Identifier: EUPL-1.2 */
/* Wrong data: a contact note from the future is refused and is never the
 * case's last contact; likely duplicates of a new case are found; notes
 * are corrected with their history kept; a case made by mistake can be
 * deleted. */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "bw-case-store-corrections.h"
#include "bw-case-store-duplicates.h"
#include "bw-case-store-private.h"
#include "bw-case-store-sharing.h"
#include "bw-date.h"
#include "bw-validation.h"

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

  f->dir = g_dir_make_tmp ("bw-wrong-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "cases.db", NULL);
  f->store = bw_case_store_open (f->path, "Tester", &error);
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GDir) d = NULL;
  const char *name;

  g_clear_object (&f->store);
  d = g_dir_open (f->dir, 0, NULL);
  while (d && (name = g_dir_read_name (d)))
    {
      g_autofree char *p = g_build_filename (f->dir, name, NULL);
      g_unlink (p);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static BwCase *
add_case (Fixture    *f,
          const char *name,
          const char *dob,
          const char *address)
{
  g_autoptr(GError) error = NULL;
  BwCase *c = bw_case_new ();

  bw_case_set_name (c, name);
  bw_case_set_buurt_code (c, BUURT_VRIEHEIDE);
  bw_case_set_date_of_birth (c, dob);
  bw_case_set_address (c, address);
  bw_case_set_status (c, BW_CASE_STATUS_ACTIVE);
  g_assert_true (bw_case_store_insert_case (f->store, c, &error));
  g_assert_no_error (error);
  return c;
}

/* Today plus @days, in ISO form. */
static char *
day_from_today (int days)
{
  g_autoptr(GDateTime) now = bw_date_now_local ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, days);

  return bw_date_of (then);
}

static void
test_contact_date_rule (void)
{
  g_autofree char *today = bw_date_today ();
  g_autofree char *tomorrow = day_from_today (1);
  g_autofree char *yesterday = day_from_today (-1);
  g_autoptr(GError) error = NULL;

  g_assert_true (bw_validate_contact_date (today, today, &error));
  g_assert_true (bw_validate_contact_date (yesterday, today, &error));
  g_assert_no_error (error);
  g_assert_false (bw_validate_contact_date (tomorrow, today, &error));
  g_assert_error (error, BW_VALIDATION_ERROR, BW_VALIDATION_ERROR_DATE);
  g_assert_cmpstr (error->message, !=, "");
}

static void
test_future_note_refused (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(BwCase) c = add_case (f, "Anna de Vries", "1984-03-21", "Akerstraat 1");
  g_autofree char *yesterday = day_from_today (-1);
  g_autofree char *next_week = day_from_today (7);
  g_autofree char *typed = bw_date_to_entry_text (next_week);
  g_autoptr(GListModel) journal = NULL;
  g_autoptr(BwCase) read = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (bw_case_store_add_journal (f->store, bw_case_get_id (c), yesterday, "Gebeld", &error), >, 0);
  g_assert_no_error (error);

  /* As typed in the entry, and in ISO form: both refused. */
  g_assert_cmpint (bw_case_store_add_journal (f->store, bw_case_get_id (c), typed, "Afspraak", &error), ==, 0);
  g_assert_error (error, BW_VALIDATION_ERROR, BW_VALIDATION_ERROR_DATE);
  g_clear_error (&error);
  g_assert_cmpint (bw_case_store_add_journal (f->store, bw_case_get_id (c), next_week, "Afspraak", &error), ==, 0);
  g_assert_error (error, BW_VALIDATION_ERROR, BW_VALIDATION_ERROR_DATE);
  g_clear_error (&error);

  journal = bw_case_store_list_journal (f->store, bw_case_get_id (c));
  g_assert_cmpuint (g_list_model_get_n_items (journal), ==, 1);
  read = bw_case_store_get_case (f->store, bw_case_get_id (c), &error);
  g_assert_cmpstr (bw_case_get_last_contact (read), ==, yesterday);
}

/* A note from the future that an older desktop wrote and the sync brought
 * in is shown, but is not the last contact. */
static void
test_future_note_not_last_contact (Fixture       *f,
                                   gconstpointer  data)
{
  g_autoptr(BwCase) c = add_case (f, "Bram Janssen", "1970-01-02", "Kouvenderstraat 4");
  g_autofree char *yesterday = day_from_today (-1);
  g_autofree char *next_month = day_from_today (30);
  g_autofree char *sql = NULL;
  g_autoptr(BwCase) read = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *db = NULL;
  gint64 id;

  id = bw_case_store_add_journal (f->store, bw_case_get_id (c), yesterday, "Gesprek", &error);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  sql = g_strdup_printf ("UPDATE journal SET date = '%s' WHERE id = %" G_GINT64_FORMAT, next_month, id);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  read = bw_case_store_get_case (f->store, bw_case_get_id (c), &error);
  g_assert_no_error (error);
  g_assert_null (bw_case_get_last_contact (read));
}

static void
test_names_similar (void)
{
  g_assert_true (bw_case_names_similar ("Anna de Vries", "Anna de Vries"));
  g_assert_true (bw_case_names_similar ("Anna de Vries", "de Vries, anna"));
  g_assert_true (bw_case_names_similar ("Anna de Vries", "Ana de Vries"));
  g_assert_true (bw_case_names_similar ("Ewa Zając", "ewa zajac"));
  g_assert_false (bw_case_names_similar ("Anna de Vries", "Bram de Vries"));
  g_assert_false (bw_case_names_similar ("Anna de Vries", ""));
}

static gboolean
has_case (GPtrArray *found,
          BwCase    *c)
{
  for (guint i = 0; i < found->len; i++)
    if (bw_case_get_id (g_ptr_array_index (found, i)) == bw_case_get_id (c))
      return TRUE;
  return FALSE;
}

static void
test_find_duplicates (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(BwCase) anna = add_case (f, "Anna de Vries", "1984-03-21", "Akerstraat 12, Hoensbroek");
  g_autoptr(BwCase) namesake = add_case (f, "Anna de Vries", "1990-01-01", "Kouvenderstraat 4");
  g_autoptr(BwCase) neighbour = add_case (f, "Piet Smeets", "1955-05-05", "Kouvenderstraat 7");
  g_autoptr(BwCase) twin = add_case (f, "Bram de Vries", "1984-03-21", "Elders 1");
  g_autoptr(BwCase) candidate = bw_case_new ();
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GError) error = NULL;

  /* The same person, typed a little differently. */
  bw_case_set_name (candidate, "de Vries, Ana");
  bw_case_set_date_of_birth (candidate, "1984-03-21");
  found = bw_case_store_find_duplicates (f->store, candidate, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 1);
  g_assert_true (has_case (found, anna));
  /* Same birthday, other name; same name, other birthday: not found. */
  g_assert_false (has_case (found, twin));
  g_assert_false (has_case (found, namesake));
  g_clear_pointer (&found, g_ptr_array_unref);

  /* Someone else at the same address, typed in another case and spacing. */
  bw_case_set_name (candidate, "Nieuwe Bewoner");
  bw_case_set_date_of_birth (candidate, NULL);
  bw_case_set_address (candidate, "  kouvenderstraat   7 ");
  found = bw_case_store_find_duplicates (f->store, candidate, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 1);
  g_assert_true (has_case (found, neighbour));
  g_clear_pointer (&found, g_ptr_array_unref);

  /* Nothing alike: nothing found. */
  bw_case_set_address (candidate, "Schandelerstraat 3");
  found = bw_case_store_find_duplicates (f->store, candidate, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 0);
}

static BwJournalEntry *
journal_entry (Fixture *f,
               gint64   case_id,
               gint64   id)
{
  g_autoptr(GListModel) journal = bw_case_store_list_journal (f->store, case_id);

  for (guint i = 0; i < g_list_model_get_n_items (journal); i++)
    {
      g_autoptr(BwJournalEntry) e = g_list_model_get_item (journal, i);

      if (bw_journal_entry_get_id (e) == id)
        return g_steal_pointer (&e);
    }
  return NULL;
}

static void
test_correct_note (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(BwCase) c = add_case (f, "Carla Peters", "1980-02-02", "Akerstraat 3");
  g_autoptr(BwJournalEntry) entry = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *today = bw_date_today ();
  gint64 id;
  gint64 revision;

  id = bw_case_store_add_journal (f->store, bw_case_get_id (c), NULL, "Gebeld met Anna over de huur", &error);
  g_assert_cmpint (id, >, 0);
  entry = journal_entry (f, bw_case_get_id (c), id);
  revision = bw_record_get_revision (BW_RECORD (entry));
  g_assert_null (bw_record_get_text (BW_RECORD (entry), "corrected_on"));
  g_clear_object (&entry);

  /* Empty: refused, nothing changes. */
  g_assert_false (bw_case_store_correct_journal (f->store, id, "  ", &error));
  g_assert_error (error, BW_VALIDATION_ERROR, BW_VALIDATION_ERROR_TEXT);
  g_clear_error (&error);

  g_assert_true (bw_case_store_correct_journal (f->store, id, "Gebeld met Carla over de huur", &error));
  g_assert_no_error (error);
  entry = journal_entry (f, bw_case_get_id (c), id);
  g_assert_cmpstr (bw_journal_entry_get_text (entry), ==, "Gebeld met Carla over de huur");
  g_assert_cmpstr (bw_record_get_text (BW_RECORD (entry), "original_text"), ==, "Gebeld met Anna over de huur");
  g_assert_cmpstr (bw_record_get_text (BW_RECORD (entry), "corrected_on"), ==, today);
  g_assert_cmpint (bw_record_get_revision (BW_RECORD (entry)), ==, revision + 1);
  g_clear_object (&entry);

  /* A second correction keeps the text as first written. */
  g_assert_true (bw_case_store_correct_journal (f->store, id, "Gebeld met Carla over de huurschuld", &error));
  entry = journal_entry (f, bw_case_get_id (c), id);
  g_assert_cmpstr (bw_journal_entry_get_text (entry), ==, "Gebeld met Carla over de huurschuld");
  g_assert_cmpstr (bw_record_get_text (BW_RECORD (entry), "original_text"), ==, "Gebeld met Anna over de huur");
}

static void
run_sql (Fixture    *f,
         const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

static void
test_delete_case (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(BwCase) mistake = add_case (f, "Dirk Vergissing", "1977-07-07", "Akerstraat 5");
  g_autoptr(BwCase) shared = add_case (f, "Eva Gedeeld", "1978-08-08", "Akerstraat 6");
  g_autoptr(BwCase) enrolled = add_case (f, "Fleur Cursus", "1979-09-09", "Akerstraat 7");
  g_autoptr(BwShare) share = bw_share_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *today = bw_date_today ();
  g_autofree char *end = day_from_today (30);
  g_autofree char *sql = NULL;
  gint64 before = bw_case_store_count_cases (f->store);

  /* No reason: refused. */
  g_assert_false (bw_case_store_delete_case (f->store, bw_case_get_id (mistake), "  ", &error));
  g_assert_error (error, BW_VALIDATION_ERROR, BW_VALIDATION_ERROR_TEXT);
  g_clear_error (&error);

  /* Someone else's case: refused. */
  bw_case_store_set_author (f->store, "Iemand Anders");
  g_assert_false (bw_case_store_delete_case (f->store, bw_case_get_id (mistake), "Dubbel aangemaakt", &error));
  g_assert_error (error, BW_STORE_ERROR, BW_STORE_ERROR_FAILED);
  g_clear_error (&error);
  bw_case_store_set_author (f->store, "Tester");

  /* Shared with a partner: refused until the share is withdrawn. */
  bw_share_set_organisation (share, "vsv");
  bw_share_set_part (share, BW_SHARE_PART_PERSON, TRUE);
  bw_share_set_consent_date (share, today);
  bw_share_set_consent_given_to (share, "Tester");
  bw_share_set_consent_form (share, "written");
  bw_share_set_end_date (share, end);
  bw_share_set_team_contact (share, "Tester");
  g_assert_true (bw_case_store_add_share (f->store, bw_case_get_id (shared), share, &error));
  g_assert_no_error (error);
  g_assert_false (bw_case_store_delete_case (f->store, bw_case_get_id (shared), "Vergissing", &error));
  g_assert_error (error, BW_STORE_ERROR, BW_STORE_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_true (bw_case_store_withdraw_share (f->store, bw_share_get_id (share), "Vergissing", &error));
  g_assert_true (bw_case_store_delete_case (f->store, bw_case_get_id (shared), "Vergissing", &error));
  g_assert_no_error (error);

  /* Referred to a course: refused. */
  sql = g_strdup_printf ("INSERT INTO enrolments (uuid, created_at, updated_at, offer_uuid, case_uuid, name,"
                         " referred_at) VALUES ('e-1', 'x', 'x', 'o-1', '%s', 'Fleur', '%s')",
                         bw_case_get_uuid (enrolled), today);
  run_sql (f, sql);
  g_assert_false (bw_case_store_delete_case (f->store, bw_case_get_id (enrolled), "Vergissing", &error));
  g_assert_error (error, BW_STORE_ERROR, BW_STORE_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_cmpint (bw_case_store_count_cases (f->store), ==, before - 1);

  /* Its author, with a reason: gone from the cases, kept as a tombstone
   * with the reason. */
  g_assert_true (bw_case_store_delete_case (f->store, bw_case_get_id (mistake), "Dubbel aangemaakt", &error));
  g_assert_no_error (error);
  g_assert_null (bw_case_store_get_case (f->store, bw_case_get_id (mistake), &error));
  g_assert_error (error, BW_STORE_ERROR, BW_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (bw_case_store_count_cases (f->store), ==, before - 2);
  {
    sqlite3 *db = NULL;
    sqlite3_stmt *stmt = NULL;

    g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT deleted, deletion_reason FROM cases WHERE id = ?1", -1,
                                         &stmt, NULL), ==, SQLITE_OK);
    sqlite3_bind_int64 (stmt, 1, bw_case_get_id (mistake));
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 1);
    g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 1), ==, "Dubbel aangemaakt");
    sqlite3_finalize (stmt);
    sqlite3_close (db);
  }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/wrong-data/contact-date-rule", test_contact_date_rule);
  g_test_add ("/wrong-data/future-note-refused", Fixture, NULL, fixture_setup,
              test_future_note_refused, fixture_teardown);
  g_test_add ("/wrong-data/future-note-not-last-contact", Fixture, NULL, fixture_setup,
              test_future_note_not_last_contact, fixture_teardown);
  g_test_add_func ("/wrong-data/names-similar", test_names_similar);
  g_test_add ("/wrong-data/find-duplicates", Fixture, NULL, fixture_setup,
              test_find_duplicates, fixture_teardown);
  g_test_add ("/wrong-data/correct-note", Fixture, NULL, fixture_setup,
              test_correct_note, fixture_teardown);
  g_test_add ("/wrong-data/delete-case", Fixture, NULL, fixture_setup,
              test_delete_case, fixture_teardown);
  return g_test_run ();
}
