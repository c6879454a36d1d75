/* SPDX-License-Identifier: EUPL-1.2 */
/* Wrong data against a real server: a client that skips the desktop's
 * checks still cannot store a contact note from the future; corrected
 * notes and deleted cases travel and are audited. */
#include "config.h"

#include <string.h>

#include "bw-case-store-corrections.h"
#include "bw-case-store-sharing.h"
#include "bw-date.h"
#include "bw-record-json.h"
#include "sync-test-utils.h"

/* Today plus @days, in ISO form. */
static char *
day_from_today (int days)
{
  g_autoptr(GDateTime) now = bw_date_now_local ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, days);

  return bw_date_of (then);
}

/* A new case and its journal entry dated @date, as raw push JSON. */
static char *
push_case_and_note (const char *case_uuid,
                    const char *journal_uuid,
                    const char *date)
{
  g_autoptr(BwCase) record = bw_case_new ();
  g_autoptr(JsonObject) fields = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autofree char *case_fields = NULL;
  g_autofree char *case_change_id = g_uuid_string_random ();
  g_autofree char *journal_change_id = g_uuid_string_random ();

  bw_case_set_uuid (record, case_uuid);
  bw_case_set_name (record, "Toekomst Test");
  bw_case_set_buurt_code (record, BUURT);
  fields = bw_record_json_case_fields (record);
  node = json_node_init_object (json_node_alloc (), fields);
  case_fields = json_to_string (node, FALSE);
  return g_strdup_printf ("{\"changes\": ["
                          "{\"client_change_id\": \"%s\", \"type\": \"case\", \"uuid\": \"%s\","
                          " \"case_uuid\": \"%s\", \"base_revision\": 0, \"fields\": %s},"
                          "{\"client_change_id\": \"%s\", \"type\": \"journal\", \"uuid\": \"%s\","
                          " \"case_uuid\": \"%s\", \"base_revision\": 0, \"fields\":"
                          " {\"date\": \"%s\", \"author\": \"Anna\", \"text\": \"Afspraak\","
                          " \"shareable\": false}}]}",
                          case_change_id, case_uuid, case_uuid, case_fields,
                          journal_change_id, journal_uuid, case_uuid, date);
}

/* A hostile client pushes a note dated next week: the server refuses that
 * note (the case goes through), and a note dated today is accepted. */
static void
test_future_note_refused_by_server (Fixture       *f,
                                    gconstpointer  data)
{
  g_autofree char *token = new_token (f, "anna");
  g_autofree char *next_week = day_from_today (7);
  g_autofree char *today = bw_date_today ();

  {
    g_autofree char *case_uuid = g_uuid_string_random ();
    g_autofree char *journal_uuid = g_uuid_string_random ();
    g_autofree char *body = push_case_and_note (case_uuid, journal_uuid, next_week);
    guint status = 0;
    g_autofree char *answer = http_raw (f, "POST", "/api/v1/push", token, body, &status);

    g_assert_cmpuint (status, ==, 200);
    g_assert_nonnull (strstr (answer, "\"rejected\""));
    g_assert_nonnull (strstr (answer, "future"));
    g_assert_cmpint (server_count (f, "SELECT count(*) FROM records WHERE uuid = ?1", journal_uuid), ==, 0);
    g_assert_cmpint (server_count (f, "SELECT count(*) FROM records WHERE uuid = ?1", case_uuid), ==, 1);
  }
  {
    g_autofree char *case_uuid = g_uuid_string_random ();
    g_autofree char *journal_uuid = g_uuid_string_random ();
    g_autofree char *body = push_case_and_note (case_uuid, journal_uuid, today);
    guint status = 0;
    g_autofree char *answer = http_raw (f, "POST", "/api/v1/push", token, body, &status);

    g_assert_cmpuint (status, ==, 200);
    g_assert_null (strstr (answer, "\"rejected\""));
    g_assert_cmpint (server_count (f, "SELECT count(*) FROM records WHERE uuid = ?1", journal_uuid), ==, 1);
  }
}

static BwJournalEntry *
first_note (BwCaseStore *store,
            gint64       case_id)
{
  g_autoptr(GListModel) journal = bw_case_store_list_journal (store, case_id);

  g_assert_cmpuint (g_list_model_get_n_items (journal), ==, 1);
  return g_list_model_get_item (journal, 0);
}

/* A correction travels as an update of the note: the other desktop gets
 * the corrected text with the original, and the server's audit log has
 * the update. */
static void
test_correction_synced (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(BwCase) c = new_case (f->store_a, "Gerda Correctie");
  g_autoptr(BwJournalEntry) on_a = NULL;
  g_autoptr(BwJournalEntry) on_b = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  id = bw_case_store_add_journal (f->store_a, bw_case_get_id (c), NULL, "Gesprek met de buurman", &error);
  g_assert_cmpint (id, >, 0);
  sync_ok (f->sync_a);
  sync_ok (f->sync_b);

  g_assert_true (bw_case_store_correct_journal (f->store_a, id, "Gesprek met de zoon", &error));
  g_assert_no_error (error);
  sync_ok (f->sync_a);
  sync_ok (f->sync_b);

  on_a = first_note (f->store_a, bw_case_get_id (c));
  on_b = first_note (f->store_b, local_id (f->store_b, bw_case_get_uuid (c)));
  g_assert_cmpstr (bw_journal_entry_get_text (on_b), ==, "Gesprek met de zoon");
  g_assert_cmpstr (bw_record_get_text (BW_RECORD (on_b), "original_text"), ==, "Gesprek met de buurman");
  g_assert_nonnull (bw_record_get_text (BW_RECORD (on_b), "corrected_on"));
  g_assert_cmpint (server_count (f, "SELECT count(*) FROM audit_log WHERE action = 'update'"
                                    " AND record_uuid = ?1 AND detail LIKE '%text%'",
                                 bw_journal_entry_get_uuid (on_a)), ==, 1);
}

/* Deleting a case made by mistake: refused on the desktop while shared;
 * once deleted it reaches the server as a tombstone, audited with the
 * reason's field, and the other desktop loses the case. */
static void
test_delete_synced (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(BwCaseStore) store_c = NULL;
  g_autoptr(BwSyncEngine) sync_c = NULL;
  g_autoptr(BwCase) c = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *uuid = NULL;

  /* Authors as the server knows them: the signed-in user's name. */
  bw_case_store_set_author (f->store_a, "anna");
  bw_case_store_set_author (f->store_b, "bram");
  c = new_case (f->store_a, "Henk Vergissing");
  uuid = g_strdup (bw_case_get_uuid (c));
  sync_ok (f->sync_a);
  sync_ok (f->sync_b);
  g_assert_cmpint (local_id (f->store_b, uuid), >, 0);

  /* Bram did not create it: his desktop refuses. */
  g_assert_false (bw_case_store_delete_case (f->store_b, local_id (f->store_b, uuid), "Niet van mij", &error));
  g_assert_error (error, BW_STORE_ERROR, BW_STORE_ERROR_FAILED);
  g_clear_error (&error);

  g_assert_true (bw_case_store_delete_case (f->store_a, bw_case_get_id (c), "Dubbel aangemaakt", &error));
  g_assert_no_error (error);
  sync_ok (f->sync_a);
  g_assert_cmpint (server_count (f, "SELECT deleted FROM records WHERE uuid = ?1", uuid), ==, 1);
  g_assert_cmpint (server_count (f, "SELECT count(*) FROM audit_log WHERE action = 'delete' AND record_uuid = ?1"
                                    " AND detail LIKE '%deletion_reason%'", uuid), ==, 1);
  g_assert_cmpint (server_count (f, "SELECT count(*) FROM records WHERE uuid = ?1"
                                    " AND json_extract (fields, '$.deletion_reason') = 'Dubbel aangemaakt'", uuid), ==, 1);
  sync_ok (f->sync_b);
  g_assert_cmpint (bw_case_store_find_case_id (f->store_b, uuid), ==, 0);
  g_assert_cmpint (count_rows (f->store_b, "SELECT count(*) FROM cases WHERE deleted = 1"), ==, 1);

  /* A desktop that syncs for the first time gets the tombstone, not the case. */
  store_c = open_store (f, "c.db", "anna");
  sync_c = bw_sync_engine_new (store_c, &error);
  g_assert_no_error (error);
  login (f, sync_c, "anna");
  sync_ok (sync_c);
  g_assert_cmpint (bw_case_store_find_case_id (store_c, uuid), ==, 0);
  g_assert_cmpint (bw_case_store_count_cases (store_c), ==, 0);
}

/* A client that skips the desktop's checks: the server refuses to delete
 * someone else's case. */
static void
test_delete_refused_by_server (Fixture       *f,
                               gconstpointer  data)
{
  g_autofree char *token = new_token (f, "bram");
  g_autoptr(BwCase) c = new_case (f->store_a, "Ina Anders");
  g_autofree char *body = NULL;
  g_autofree char *answer = NULL;
  g_autofree char *change_id = g_uuid_string_random ();
  guint status = 0;

  sync_ok (f->sync_a);
  body = g_strdup_printf ("{\"changes\": [{\"client_change_id\": \"%s\", \"type\": \"case\","
                          " \"uuid\": \"%s\", \"case_uuid\": \"%s\", \"base_revision\": %" G_GINT64_FORMAT ","
                          " \"deleted\": true, \"fields\": {}}]}",
                          change_id, bw_case_get_uuid (c), bw_case_get_uuid (c),
                          server_count (f, "SELECT revision FROM records WHERE uuid = ?1", bw_case_get_uuid (c)));
  answer = http_raw (f, "POST", "/api/v1/push", token, body, &status);
  g_assert_cmpuint (status, ==, 200);
  g_assert_nonnull (strstr (answer, "\"rejected\""));
  g_assert_nonnull (strstr (answer, "forbidden"));
  g_assert_cmpint (server_count (f, "SELECT deleted FROM records WHERE uuid = ?1", bw_case_get_uuid (c)), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  server_exe = g_getenv ("BUURTWERK_SERVER");
  g_assert_nonnull (server_exe);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_setup, fn, fixture_teardown)
  ADD ("/wrong-data/future-note-refused-by-server", test_future_note_refused_by_server);
  ADD ("/wrong-data/correction-synced", test_correction_synced);
  ADD ("/wrong-data/delete-synced", test_delete_synced);
  ADD ("/wrong-data/delete-refused-by-server", test_delete_refused_by_server);
#undef ADD
  return g_test_run ();
}
