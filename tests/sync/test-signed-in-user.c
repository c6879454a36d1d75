/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-tests"
/* Who is signed in, against the real buurtwerk-server on 127.0.0.1: what
 * the desktop writes is signed with the name the server gives (/login,
 * GET /me), not with the computer's login name, also after a restart
 * offline; the role is asked at start and kept for an offline start. */
#include "config.h"

#include "bw-case-store-private.h"
#include "bw-journal-entry.h"
#include "bw-track-change.h"
#include "sync-test-utils.h"

#define ANNA "Anna de Vries"
#define TINA "Tina Jacobs"

static void
setup (Fixture       *f,
       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("bw-signed-in-XXXXXX", &error);
  g_assert_no_error (error);
  f->server_db = bw_test_server_db_new (f->dir, "server.db");
  add_named_user (f, "anna", ANNA, "buurtteam", "hoensbroek", NULL);
  add_named_user (f, "tina", TINA, "trainer", NULL, NULL);
  start_server (f);
  /* As the app opens it on a computer where the account is "root". */
  f->store_a = open_store (f, "a.db", "root");
  f->sync_a = bw_sync_engine_new (f->store_a, &error);
  g_assert_no_error (error);
}

static void
count_cb (BwSyncEngine *engine,
          guint        *n)
{
  (*n)++;
}

static char *
first_author (GListModel *children)
{
  g_autoptr(GObject) first = g_list_model_get_item (children, 0);

  g_assert_nonnull (first);
  return g_strdup (bw_record_get_text (BW_RECORD (first), "author"));
}

static void
test_signs_with_server_name (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BwCase) c = NULL;
  g_autoptr(GListModel) journal = NULL;
  g_autoptr(GListModel) tracks = NULL;
  g_autofree char *note_author = NULL;
  g_autofree char *track_author = NULL;
  g_autofree char *role = NULL;
  guint changed = 0;
  gint64 id;

  g_signal_connect (f->sync_a, "user-changed", G_CALLBACK (count_cb), &changed);
  g_assert_cmpstr (bw_case_store_get_author (f->store_a), ==, "root");
  login (f, f->sync_a, "anna");
  g_assert_cmpuint (changed, ==, 1);
  g_assert_cmpstr (bw_case_store_get_author (f->store_a), ==, ANNA);
  role = bw_case_store_get_meta (f->store_a, "role");
  g_assert_cmpstr (role, ==, "buurtteam");

  /* A case, a note and a change of track: each signed by Anna. */
  c = new_case (f->store_a, "Fenna Wetzels");
  id = bw_case_get_id (c);
  g_assert_cmpstr (bw_case_get_created_by (c), ==, ANNA);
  g_assert_cmpint (bw_case_store_add_journal (f->store_a, id, "2026-11-02", "Kennismaking in het buurthuis",
                                              &error), >, 0);
  g_assert_no_error (error);
  bw_case_set_track (c, BW_TRACK_WORK);
  g_assert_true (bw_case_store_update_case (f->store_a, c, NULL, &error));
  g_assert_no_error (error);
  journal = bw_case_store_list_journal (f->store_a, id);
  note_author = first_author (journal);
  g_assert_cmpstr (note_author, ==, ANNA);
  tracks = bw_case_store_list_track_history (f->store_a, id);
  track_author = first_author (tracks);
  g_assert_cmpstr (track_author, ==, ANNA);

  /* The server holds Anna's name, and nowhere the computer's. */
  sync_ok (f->sync_a);
  g_assert_cmpint (server_count (f, "SELECT count(*) FROM records WHERE type = 'journal' AND"
                                    " json_extract (fields, '$.author') = ?1", ANNA), ==, 1);
  g_assert_cmpint (server_count (f, "SELECT count(*) FROM records WHERE"
                                    " json_extract (fields, '$.author') = ?1 OR created_by = ?1"
                                    " OR updated_by = ?1", "root"), ==, 0);

  /* A restart without the server: still Anna, not the computer's name. */
  stop_server (f);
  g_clear_object (&f->sync_a);
  g_clear_object (&f->store_a);
  f->store_a = open_store (f, "a.db", "root");
  g_assert_cmpstr (bw_case_store_get_author (f->store_a), ==, ANNA);
  g_assert_cmpint (bw_case_store_add_journal (f->store_a, id, "2026-11-03", "Gebeld over de cursus", &error), >, 0);
  g_assert_no_error (error);
  g_clear_object (&journal);
  journal = bw_case_store_list_journal (f->store_a, id);
  g_clear_pointer (&note_author, g_free);
  note_author = first_author (journal);
  g_assert_cmpstr (note_author, ==, ANNA);
}

typedef struct {
  gboolean done;
  gboolean ok;
  GError *error;
} Refresh;

static void
refreshed_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  Refresh *r = user_data;

  r->ok = bw_sync_engine_refresh_user_finish (BW_SYNC_ENGINE (source), result, &r->error);
  r->done = TRUE;
}

/* FALSE with @error set when GET /me failed. */
static gboolean
refresh (BwSyncEngine  *engine,
         GError       **error)
{
  Refresh r = { 0 };

  bw_sync_engine_refresh_user_async (engine, NULL, refreshed_cb, &r);
  while (!r.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (r.ok == (r.error == NULL));
  if (r.error != NULL)
    g_propagate_error (error, r.error);
  return r.ok;
}

/* A session from before (a token, as from the keyring) and a database that
 * still says buurtteam: the start asks the server, and the role and name
 * it gives stay for a start without the server. */
static void
test_role_from_me_at_start (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *token = new_token (f, "tina");
  g_autofree char *role = NULL;
  g_autofree char *name = NULL;
  guint changed = 0;

  g_assert_true (bw_case_store_set_meta (f->store_a, "role", "buurtteam", &error));
  bw_sync_engine_set_server (f->sync_a, f->url, token);
  g_signal_connect (f->sync_a, "user-changed", G_CALLBACK (count_cb), &changed);
  g_assert_true (refresh (f->sync_a, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changed, ==, 1);
  role = bw_case_store_get_meta (f->store_a, "role");
  name = bw_case_store_get_meta (f->store_a, "user_name");
  g_assert_cmpstr (role, ==, "trainer");
  g_assert_cmpstr (name, ==, TINA);
  g_assert_cmpstr (bw_case_store_get_author (f->store_a), ==, TINA);

  /* Asked again: nothing changed, nothing is announced. */
  g_assert_true (refresh (f->sync_a, &error));
  g_assert_cmpuint (changed, ==, 1);

  /* Without the server the question fails, and what was known stays. */
  stop_server (f);
  g_assert_false (refresh (f->sync_a, &error));
  g_assert_nonnull (error);
  g_clear_pointer (&role, g_free);
  role = bw_case_store_get_meta (f->store_a, "role");
  g_assert_cmpstr (role, ==, "trainer");
  g_assert_cmpuint (changed, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  server_exe = g_getenv ("BUURTWERK_SERVER");
  g_test_add ("/signed-in-user/signs-with-server-name", Fixture, NULL, setup, test_signs_with_server_name,
              fixture_teardown);
  g_test_add ("/signed-in-user/role-from-me-at-start", Fixture, NULL, setup, test_role_from_me_at_start,
              fixture_teardown);
  return g_test_run ();
}
