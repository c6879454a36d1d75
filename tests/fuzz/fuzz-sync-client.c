/* SPDX-License-Identifier: EUPL-1.2 */
/* Fuzzes the desktop's parsing of server answers (src/core/
 * bw-sync-engine.c) through its public entry points: a BwSyncEngine on a
 * case store in a temporary directory talks to a stand-in server on
 * 127.0.0.1 that answers with the input. The first byte picks which answer
 * is the input:
 *
 *   'L'  the answer to POST /api/v1/login
 *   'C'  a page of GET /api/v1/changes (push answers stay empty); it
 *        may hold purge tombstones ({"seq","type":"purge","case_uuid"}),
 *        which delete a case the same page brought (corpus changes-purge)
 *   'P'  the answer to POST /api/v1/push, after a new local case (the
 *        feed answers an empty page)
 *   'S'  the partner's snapshot, GET /api/v1/shared (the desktop is a
 *        partner's; opened reports and pushes answer empty)
 *
 * A broken answer must end in an error (BW_SYNC_ERROR_PROTOCOL or such),
 * never a crash or a warning. */

#include <libsoup/soup.h>
#include <glib/gstdio.h>

#include "fuzz-common.h"
#include "bw-case-store.h"
#include "bw-sync-engine.h"

static char *tmp_dir;
static BwCaseStore *store;
static BwSyncEngine *engine;
static SoupServer *server;
static char *base_url;
static GBytes *login_answer;
static GBytes *changes_answer;
static GBytes *push_answer;
static GBytes *shared_answer;

static const char empty_page[] =
  "{\"epoch\": \"fuzz-epoch\", \"changes\": [], \"next_since\": 0, \"more\": false}";
static const char empty_push[] = "{\"epoch\": \"fuzz-epoch\", \"results\": []}";
static const char empty_shared[] = "{\"epoch\": \"fuzz-epoch\", \"cases\": []}";

static void
remove_tmp_dir (void)
{
  g_autoptr(GDir) dir = g_dir_open (tmp_dir, 0, NULL);
  const char *name;

  g_clear_object (&engine);
  g_clear_object (&store);
  if (server != NULL)
    soup_server_disconnect (server);
  g_clear_object (&server);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (tmp_dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (tmp_dir);
  g_clear_pointer (&tmp_dir, g_free);
  g_clear_pointer (&base_url, g_free);
  g_clear_pointer (&login_answer, g_bytes_unref);
  g_clear_pointer (&changes_answer, g_bytes_unref);
  g_clear_pointer (&push_answer, g_bytes_unref);
  g_clear_pointer (&shared_answer, g_bytes_unref);
}

static void
answer (SoupServer        *soup_server,
        SoupServerMessage *msg,
        const char        *path,
        GHashTable        *query,
        gpointer           user_data)
{
  GBytes *body;

  if (g_str_equal (path, "/api/v1/login"))
    body = login_answer;
  else if (g_str_equal (path, "/api/v1/changes"))
    body = changes_answer;
  else if (g_str_equal (path, "/api/v1/push"))
    body = push_answer;
  else if (g_str_equal (path, "/api/v1/shared"))
    body = shared_answer;
  else if (g_str_equal (path, "/api/v1/audit/opened"))
    body = push_answer;
  else
    {
      soup_server_message_set_status (msg, SOUP_STATUS_NOT_FOUND, NULL);
      return;
    }
  soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
  soup_server_message_set_response (msg, "application/json", SOUP_MEMORY_COPY,
                                    g_bytes_get_data (body, NULL), g_bytes_get_size (body));
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoslist(GUri) uris = NULL;

  bw_fuzz_setup_glib ();
  tmp_dir = g_dir_make_tmp ("bw-fuzz-client-XXXXXX", &error);
  g_assert_no_error (error);
  atexit (remove_tmp_dir);

  path = g_build_filename (tmp_dir, "desktop.db", NULL);
  store = bw_case_store_open (path, "Anna", &error);
  g_assert_no_error (error);
  engine = bw_sync_engine_new (store, &error);
  g_assert_no_error (error);

  server = soup_server_new (NULL, NULL);
  soup_server_add_handler (server, "/api/v1", answer, NULL, NULL);
  soup_server_listen_local (server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error);
  g_assert_no_error (error);
  uris = soup_server_get_uris (server);
  base_url = g_strdup_printf ("http://127.0.0.1:%d", g_uri_get_port (uris->data));
  bw_sync_engine_set_server (engine, base_url, "fuzz-token");
  return 0;
}

typedef struct {
  gboolean done;
  GError *error;
  char *token;
} Wait;

static void
login_done (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  Wait *wait = user_data;

  wait->token = bw_sync_engine_login_finish (BW_SYNC_ENGINE (source), result, &wait->error);
  wait->done = TRUE;
}

static void
sync_done (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  Wait *wait = user_data;

  bw_sync_engine_sync_finish (BW_SYNC_ENGINE (source), result, &wait->error);
  wait->done = TRUE;
}

static void
add_local_case (void)
{
  g_autoptr(BwCase) record = bw_case_new ();
  g_autoptr(GError) error = NULL;

  bw_case_set_name (record, "Fuzz Testpersoon");
  bw_case_set_buurt_code (record, "BU09172004");
  bw_case_set_status (record, BW_CASE_STATUS_ACTIVE);
  bw_case_store_insert_case (store, record, &error);
  g_assert_no_error (error);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) input = NULL;
  Wait wait = { 0 };

  if (size < 1 || (data[0] != 'L' && data[0] != 'C' && data[0] != 'P' && data[0] != 'S'))
    return 0;
  input = g_bytes_new (data + 1, size - 1);

  g_clear_pointer (&login_answer, g_bytes_unref);
  g_clear_pointer (&changes_answer, g_bytes_unref);
  g_clear_pointer (&push_answer, g_bytes_unref);
  g_clear_pointer (&shared_answer, g_bytes_unref);
  login_answer = g_bytes_ref (input);
  changes_answer = data[0] == 'C' ? g_bytes_ref (input) : g_bytes_new_static (empty_page, strlen (empty_page));
  push_answer = data[0] == 'P' ? g_bytes_ref (input) : g_bytes_new_static (empty_push, strlen (empty_push));
  shared_answer = data[0] == 'S' ? g_bytes_ref (input) : g_bytes_new_static (empty_shared, strlen (empty_shared));

  if (data[0] == 'L')
    {
      bw_sync_engine_login_async (engine, base_url, "anna", "geheim-wachtwoord", NULL, login_done, &wait);
      while (!wait.done)
        g_main_context_iteration (NULL, TRUE);
      g_assert ((wait.token == NULL) != (wait.error == NULL));
      g_free (wait.token);
      /* Back to the token the other answers are sent with. */
      bw_sync_engine_set_server (engine, base_url, "fuzz-token");
    }
  else
    {
      /* The role decides which sync runs (a login answer may have set
       * another). */
      bw_case_store_set_meta (store, "role", data[0] == 'S' ? "partner" : "buurtteam", NULL);
      bw_case_store_set_meta (store, "organisation", data[0] == 'S' ? "vsv" : NULL, NULL);
      if (data[0] == 'P')
        add_local_case ();
      bw_sync_engine_sync_async (engine, NULL, sync_done, &wait);
      while (!wait.done)
        g_main_context_iteration (NULL, TRUE);
    }
  g_clear_error (&wait.error);
  return 0;
}
