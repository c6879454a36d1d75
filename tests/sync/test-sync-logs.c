/* SPDX-License-Identifier: EUPL-1.2 */
/* Logs hold no personal data: a full sync of the demo data, desktop ->
 * the real buurtwerk-server -> a second desktop, with everything that is
 * logged captured (the server's stderr, and on the desktop side every
 * g_log message at every level, G_MESSAGES_DEBUG=all, and g_printerr),
 * then searched for the residents' names, addresses, phone
 * numbers, e-mail addresses and journal notes. */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "bw-case-store-private.h"
#include "bw-demo-data.h"
#include "bw-sync-engine.h"

#include "sync-test-utils.h"

static GMutex captured_lock;
static GString *captured;

static void
capture (const char *text)
{
  g_mutex_lock (&captured_lock);
  g_string_append (captured, text);
  g_string_append_c (captured, '\n');
  g_mutex_unlock (&captured_lock);
}

static GLogWriterOutput
capture_writer (GLogLevelFlags   log_level,
                const GLogField *fields,
                gsize            n_fields,
                gpointer         user_data)
{
  for (gsize i = 0; i < n_fields; i++)
    if (fields[i].length < 0)
      capture (fields[i].value);
    else
      {
        g_autofree char *value = g_strndup (fields[i].value, fields[i].length);
        capture (value);
      }
  /* Warnings and worse still reach the test log (and fail the test). */
  if (log_level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    return g_log_writer_default (log_level, fields, n_fields, user_data);
  return G_LOG_WRITER_HANDLED;
}

static void
capture_print (const char *text)
{
  capture (text);
}

/* The personal data in @store: every value of @sql of 6 characters or
 * more (shorter ones would match by chance). */
static void
collect (BwCaseStore *store,
         const char  *sql,
         GPtrArray   *values)
{
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (bw_case_store_get_db (store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *text = (const char *) sqlite3_column_text (stmt, 0);

      if (text != NULL && strlen (text) >= 6)
        g_ptr_array_add (values, g_strdup (text));
    }
  sqlite3_finalize (stmt);
}

static void
test_no_personal_data_in_logs (void)
{
  Fixture fixture = { 0 };
  Fixture *f = &fixture;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) personal = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *server_log_path = NULL;
  g_autofree char *server_log = NULL;
  g_autofree char *desktop_log = NULL;
  guint checked = 0;

  g_debug ("log capture: started");
  fixture_setup_full (f, "server.log");
  server_log_path = g_build_filename (f->dir, "server.log", NULL);

  /* The app's demo data: about 300 cases with their journals. */
  g_assert_true (bw_demo_data_fill (f->store_a, 300, 917, &error));
  g_assert_no_error (error);
  sync_ok (f->sync_a);
  sync_ok (f->sync_b);
  g_assert_cmpint (bw_case_store_count_cases (f->store_b), ==, bw_case_store_count_cases (f->store_a));
  stop_server (f);

  collect (f->store_a, "SELECT name FROM cases", personal);
  collect (f->store_a, "SELECT address FROM cases", personal);
  collect (f->store_a, "SELECT phone FROM cases", personal);
  collect (f->store_a, "SELECT email FROM cases", personal);
  collect (f->store_a, "SELECT text FROM journal", personal);
  collect (f->store_a, "SELECT household_note FROM cases", personal);
  g_assert_cmpuint (personal->len, >, 600);

  g_assert_true (g_file_get_contents (server_log_path, &server_log, NULL, &error));
  g_assert_no_error (error);
  g_mutex_lock (&captured_lock);
  desktop_log = g_strdup (captured->str);
  g_mutex_unlock (&captured_lock);

  /* The capture works: the server logged the sync, the desktop side what
   * it logged. */
  g_assert_nonnull (strstr (server_log, "request method=POST path=/api/v1/push status=200"));
  g_assert_nonnull (strstr (server_log, "request method=GET path=/api/v1/changes status=200"));
  g_assert_nonnull (strstr (desktop_log, "log capture: started"));

  for (guint i = 0; i < personal->len; i++)
    {
      const char *value = g_ptr_array_index (personal, i);

      if (strstr (server_log, value) != NULL)
        g_error ("The server's log holds personal data (value %u)", i);
      if (strstr (desktop_log, value) != NULL)
        g_error ("The desktop's log holds personal data (value %u)", i);
      checked++;
    }
  g_test_message ("%u personal values checked against %zu bytes of server log and %zu of desktop log",
                  checked, strlen (server_log), strlen (desktop_log));

  fixture_teardown (f, NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("G_MESSAGES_DEBUG", "all", TRUE);
  captured = g_string_new (NULL);
  g_log_set_writer_func (capture_writer, NULL, NULL);
  /* (g_print carries the TAP output of the test itself.) */
  g_set_printerr_handler (capture_print);

  server_exe = g_getenv ("BUURTWERK_SERVER");
  g_test_init (&argc, &argv, NULL);
  g_assert_nonnull (server_exe);

  g_test_add_func ("/sync/no-personal-data-in-logs", test_no_personal_data_in_logs);
  return g_test_run ();
}
