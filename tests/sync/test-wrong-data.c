/* SPDX-License-Identifier: EUPL-1.2 */
/* Wrong data against a real server: a client that skips the desktop's
 * checks still cannot store a contact note from the future; corrected
 * notes and deleted cases travel and are audited. */
#include "config.h"

#include <string.h>

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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  server_exe = g_getenv ("BUURTWERK_SERVER");
  g_assert_nonnull (server_exe);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_setup, fn, fixture_teardown)
  ADD ("/wrong-data/future-note-refused-by-server", test_future_note_refused_by_server);
#undef ADD
  return g_test_run ();
}
