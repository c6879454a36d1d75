/* SPDX-License-Identifier: EUPL-1.2 */
/* The sync engine against a real buurtwerk-server on 127.0.0.1, with real
 * SQLite files for two desktops: the sync faults of the brief, one by one. */
#include "config.h"

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <libsoup/soup.h>
#include <sqlite3.h>

#include "bw-case-store-private.h"
#include "bw-demo-data.h"
#include "bw-sync-engine.h"

#include "bw-validation.h"
#include "sync-test-utils.h"

/* Two desktops edit different fields of one case offline: both edits
 * survive, everywhere (faults 3 and 6). */
static void
test_different_fields_merge (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BwCase) created = new_case (f->store_a, "Wiel Schepers");
  g_autoptr(BwCase) on_a = NULL;
  g_autoptr(BwCase) on_b = NULL;
  g_autoptr(BwCase) final_a = NULL;
  g_autoptr(BwCase) final_b = NULL;
  const char *uuid = bw_case_get_uuid (created);

  g_assert_cmpuint (bw_sync_engine_count_pending (f->sync_a), ==, 1);
  sync_ok (f->sync_a);
  sync_ok (f->sync_b);

  on_a = get_by_uuid (f->store_a, uuid);
  on_b = get_by_uuid (f->store_b, uuid);
  g_assert_cmpstr (bw_case_get_name (on_b), ==, "Wiel Schepers");

  bw_case_set_phone (on_a, "06-11112222");
  g_assert_true (bw_case_store_update_case (f->store_a, on_a, NULL, &error));
  bw_case_set_address (on_b, "Schelsberg 12, Heerlen");
  bw_case_set_track (on_b, BW_TRACK_WORK);
  g_assert_true (bw_case_store_update_case (f->store_b, on_b, NULL, &error));
  g_assert_no_error (error);

  sync_ok (f->sync_a);
  sync_ok (f->sync_b);
  sync_ok (f->sync_a);

  final_a = get_by_uuid (f->store_a, uuid);
  final_b = get_by_uuid (f->store_b, uuid);
  for (BwCase **c = (BwCase *[]) { final_a, final_b, NULL }; *c; c++)
    {
      g_assert_cmpstr (bw_case_get_phone (*c), ==, "06-11112222");
      g_assert_cmpstr (bw_case_get_address (*c), ==, "Schelsberg 12, Heerlen");
      g_assert_cmpint (bw_case_get_track (*c), ==, BW_TRACK_WORK);
    }
  g_assert_cmpuint (g_list_model_get_n_items (bw_sync_engine_list_conflicts (f->sync_a)), ==, 0);
  /* The track change made on B travelled as its own record. */
  g_assert_cmpint (count_rows (f->store_a, "SELECT count(*) FROM track_history"), ==, 1);
}

/* The same field changed on both desktops: a conflict, both values kept,
 * nothing overwritten; a person decides and the outcome is the same on
 * both desktops (fault 3). */
static void
test_same_field_conflict (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BwCase) created = new_case (f->store_a, "Mia Kessels");
  g_autoptr(BwCase) on_a = NULL;
  g_autoptr(BwCase) on_b = NULL;
  g_autoptr(BwCase) after = NULL;
  g_autoptr(GListModel) conflicts = NULL;
  g_autoptr(BwSyncConflict) conflict = NULL;
  const char *uuid = bw_case_get_uuid (created);

  sync_ok (f->sync_a);
  sync_ok (f->sync_b);
  on_a = get_by_uuid (f->store_a, uuid);
  on_b = get_by_uuid (f->store_b, uuid);

  bw_case_set_phone (on_a, "06-11111111");
  g_assert_true (bw_case_store_update_case (f->store_a, on_a, NULL, &error));
  bw_case_set_phone (on_b, "06-22222222");
  g_assert_true (bw_case_store_update_case (f->store_b, on_b, NULL, &error));

  sync_ok (f->sync_a);
  sync_ok (f->sync_b);

  /* B keeps its own value on screen, and the server's is kept too. */
  after = get_by_uuid (f->store_b, uuid);
  g_assert_cmpstr (bw_case_get_phone (after), ==, "06-22222222");
  conflicts = bw_sync_engine_list_conflicts (f->sync_b);
  g_assert_cmpuint (g_list_model_get_n_items (conflicts), ==, 1);
  conflict = g_list_model_get_item (conflicts, 0);
  g_assert_cmpstr (bw_sync_conflict_get_field (conflict), ==, "phone");
  g_assert_cmpstr (bw_sync_conflict_get_server_value (conflict), ==, "\"06-11111111\"");
  g_assert_cmpstr (bw_sync_conflict_get_local_value (conflict), ==, "\"06-22222222\"");

  /* Unresolved, it is not pushed: A still has its value. */
  sync_ok (f->sync_b);
  sync_ok (f->sync_a);
  g_clear_object (&after);
  after = get_by_uuid (f->store_a, uuid);
  g_assert_cmpstr (bw_case_get_phone (after), ==, "06-11111111");

  /* The person on B keeps B's number: it reaches A. */
  g_assert_true (bw_sync_engine_resolve (f->sync_b, bw_sync_conflict_get_id (conflict),
                                         BW_CONFLICT_KEEP_MINE, NULL, &error));
  g_assert_no_error (error);
  sync_ok (f->sync_b);
  sync_ok (f->sync_a);
  g_clear_object (&after);
  after = get_by_uuid (f->store_a, uuid);
  g_assert_cmpstr (bw_case_get_phone (after), ==, "06-22222222");
  g_clear_object (&after);
  after = get_by_uuid (f->store_b, uuid);
  g_assert_cmpstr (bw_case_get_phone (after), ==, "06-22222222");
  g_assert_cmpuint (g_list_model_get_n_items (bw_sync_engine_list_conflicts (f->sync_b)), ==, 0);
}

static void
test_conflict_take_theirs (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BwCase) created = new_case (f->store_a, "Lei Hermans");
  g_autoptr(BwCase) on_a = NULL;
  g_autoptr(BwCase) on_b = NULL;
  g_autoptr(BwCase) after = NULL;
  g_autoptr(GListModel) conflicts = NULL;
  g_autoptr(BwSyncConflict) conflict = NULL;
  const char *uuid = bw_case_get_uuid (created);

  sync_ok (f->sync_a);
  sync_ok (f->sync_b);
  on_a = get_by_uuid (f->store_a, uuid);
  on_b = get_by_uuid (f->store_b, uuid);
  bw_case_set_household_size (on_a, 3);
  g_assert_true (bw_case_store_update_case (f->store_a, on_a, NULL, &error));
  bw_case_set_household_size (on_b, 4);
  g_assert_true (bw_case_store_update_case (f->store_b, on_b, NULL, &error));
  sync_ok (f->sync_a);
  sync_ok (f->sync_b);

  conflicts = bw_sync_engine_list_conflicts (f->sync_b);
  g_assert_cmpuint (g_list_model_get_n_items (conflicts), ==, 1);
  conflict = g_list_model_get_item (conflicts, 0);
  g_assert_true (bw_sync_engine_resolve (f->sync_b, bw_sync_conflict_get_id (conflict),
                                         BW_CONFLICT_TAKE_THEIRS, NULL, &error));
  g_assert_no_error (error);
  after = get_by_uuid (f->store_b, uuid);
  g_assert_cmpint (bw_case_get_household_size (after), ==, 3);
  sync_ok (f->sync_b);
  g_assert_cmpint (count_rows (f->store_b, "SELECT count(*) FROM sync_conflicts"), ==, 0);
}

/* A proxy on loopback between client and server that loses the answer to
 * the first push after the server committed it. */
typedef struct {
  SoupServer *server;
  SoupSession *session;
  char *target;
  guint pushes_seen;
  guint drop_push_answers;
} Proxy;

static void
proxy_forwarded_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  SoupServerMessage *msg = user_data;
  Proxy *proxy = g_object_get_data (G_OBJECT (msg), "proxy");
  SoupMessage *forwarded = g_object_get_data (G_OBJECT (msg), "forwarded");
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) body = soup_session_send_and_read_finish (SOUP_SESSION (source), result, &error);
  gboolean is_push = g_str_has_suffix (g_uri_get_path (soup_server_message_get_uri (msg)), "/push");

  if (is_push && proxy->drop_push_answers > 0)
    {
      /* The server has committed; the reply never arrives. */
      proxy->drop_push_answers--;
      soup_server_message_set_status (msg, SOUP_STATUS_BAD_GATEWAY, NULL);
    }
  else if (body == NULL)
    soup_server_message_set_status (msg, SOUP_STATUS_BAD_GATEWAY, NULL);
  else
    {
      soup_server_message_set_status (msg, soup_message_get_status (forwarded), NULL);
      soup_server_message_set_response (msg, "application/json", SOUP_MEMORY_COPY,
                                        g_bytes_get_data (body, NULL), g_bytes_get_size (body));
    }
  soup_server_message_unpause (msg);
  g_object_unref (msg);
}

static void
proxy_handler (SoupServer        *server,
               SoupServerMessage *msg,
               const char        *path,
               GHashTable        *query,
               gpointer           user_data)
{
  Proxy *proxy = user_data;
  GUri *uri = soup_server_message_get_uri (msg);
  g_autofree char *url = g_strconcat (proxy->target, path, g_uri_get_query (uri) ? "?" : "",
                                      g_uri_get_query (uri) ? g_uri_get_query (uri) : "", NULL);
  SoupMessage *forwarded = soup_message_new (soup_server_message_get_method (msg), url);
  SoupMessageBody *body = soup_server_message_get_request_body (msg);
  const char *auth = soup_message_headers_get_one (soup_server_message_get_request_headers (msg), "Authorization");

  if (g_str_has_suffix (path, "/push"))
    proxy->pushes_seen++;
  if (auth)
    soup_message_headers_replace (soup_message_get_request_headers (forwarded), "Authorization", auth);
  if (body->length > 0)
    {
      g_autoptr(GBytes) bytes = soup_message_body_flatten (body);
      soup_message_set_request_body_from_bytes (forwarded, "application/json", bytes);
    }
  g_object_set_data (G_OBJECT (msg), "proxy", proxy);
  g_object_set_data_full (G_OBJECT (msg), "forwarded", forwarded, g_object_unref);
  soup_server_message_pause (msg);
  soup_session_send_and_read_async (proxy->session, forwarded, G_PRIORITY_DEFAULT, NULL,
                                    proxy_forwarded_cb, g_object_ref (msg));
}

static char *
proxy_start (Proxy      *proxy,
             const char *target)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSList) uris = NULL;
  char *url;

  proxy->target = g_strdup (target);
  proxy->session = soup_session_new ();
  proxy->server = soup_server_new (NULL, NULL);
  soup_server_add_handler (proxy->server, NULL, proxy_handler, proxy, NULL);
  g_assert_true (soup_server_listen_local (proxy->server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error));
  g_assert_no_error (error);
  uris = soup_server_get_uris (proxy->server);
  url = g_uri_to_string (uris->data);
  g_slist_free_full (g_steal_pointer (&uris), (GDestroyNotify) g_uri_unref);
  if (g_str_has_suffix (url, "/"))
    url[strlen (url) - 1] = '\0';
  return url;
}

static void
proxy_stop (Proxy *proxy)
{
  soup_server_disconnect (proxy->server);
  g_clear_object (&proxy->server);
  g_clear_object (&proxy->session);
  g_free (proxy->target);
}

/* The server commits a push, the reply is lost, the client retries: one
 * record, applied once (fault 1). */
static void
test_lost_reply_applied_once (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BwCase) created = NULL;
  g_autoptr(BwCase) on_b = NULL;
  Proxy proxy = { 0 };
  g_autofree char *proxy_url = proxy_start (&proxy, f->url);

  /* A talks to the server through the proxy. */
  login_at (proxy_url, f->sync_a, "anna");

  created = new_case (f->store_a, "Truus Vankan");
  proxy.drop_push_answers = 1;
  error = try_sync (f->sync_a);
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpuint (bw_sync_engine_count_pending (f->sync_a), ==, 1);

  sync_ok (f->sync_a);
  g_assert_cmpuint (proxy.pushes_seen, >=, 2);
  /* The retry was recognised: the server's revision is still 1. */
  g_assert_cmpint (count_rows (f->store_a, "SELECT server_revision FROM sync_base WHERE type = 'case'"), ==, 1);

  sync_ok (f->sync_b);
  on_b = get_by_uuid (f->store_b, bw_case_get_uuid (created));
  g_assert_cmpstr (bw_case_get_name (on_b), ==, "Truus Vankan");
  g_assert_cmpint (count_rows (f->store_b, "SELECT count(*) FROM cases"), ==, 1);
  proxy_stop (&proxy);
}

/* Created here, the reply lost, then edited again before the next sync:
 * no conflict with our own creation (review finding). */
static void
test_lost_reply_then_edit (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BwCase) created = NULL;
  g_autoptr(BwCase) edit = NULL;
  g_autoptr(BwCase) on_b = NULL;
  Proxy proxy = { 0 };
  g_autofree char *proxy_url = proxy_start (&proxy, f->url);

  login_at (proxy_url, f->sync_a, "anna");
  created = new_case (f->store_a, "Jo Verloren");
  proxy.drop_push_answers = 1;
  error = try_sync (f->sync_a);
  g_assert_nonnull (error);
  g_clear_error (&error);

  edit = get_by_uuid (f->store_a, bw_case_get_uuid (created));
  bw_case_set_phone (edit, "06-31313131");
  g_assert_true (bw_case_store_update_case (f->store_a, edit, NULL, &error));
  sync_ok (f->sync_a);
  g_assert_cmpuint (g_list_model_get_n_items (bw_sync_engine_list_conflicts (f->sync_a)), ==, 0);

  sync_ok (f->sync_b);
  on_b = get_by_uuid (f->store_b, bw_case_get_uuid (created));
  g_assert_cmpstr (bw_case_get_phone (on_b), ==, "06-31313131");
  proxy_stop (&proxy);
}

/* Another team's desktop never receives the case (access on the server). */
static void
test_other_team_sees_nothing (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BwCaseStore) store_c = open_store (f, "c.db", "Carla");
  g_autoptr(BwSyncEngine) sync_c = bw_sync_engine_new (store_c, &error);
  g_autoptr(BwCase) created = new_case (f->store_a, "Sjef Palmen");

  sync_ok (f->sync_a);
  login (f, sync_c, "carla");
  sync_ok (sync_c);
  g_assert_cmpint (count_rows (store_c, "SELECT count(*) FROM cases"), ==, 0);
  g_assert_cmpint (local_id (store_c, bw_case_get_uuid (created)), ==, 0);
}

static void
answer_done (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  GError **error = user_data;

  bw_sync_engine_answer_transfer_finish (BW_SYNC_ENGINE (source), result, error);
  if (*error == NULL)
    *error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_EXISTS, "done");
}

/* Handed to another team: after the offer is accepted there, the new
 * team's desktop has the case with everything under it, and the old
 * team's desktops no longer have any of it (the feed's "moved"). */
static void
test_transfer_to_other_team (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BwCaseStore) store_c = open_store (f, "c.db", "Carla");
  g_autoptr(BwSyncEngine) sync_c = bw_sync_engine_new (store_c, &error);
  g_autoptr(BwCase) created = new_case (f->store_a, "Sjef Palmen");
  g_autoptr(GListModel) teams = NULL;
  g_autoptr(BwTeamMember) team = NULL;
  g_autoptr(GError) answered = NULL;
  gint64 id_c;

  g_assert_cmpint (bw_case_store_add_journal (f->store_a, bw_case_get_id (created), NULL,
                                              "Gesprek over de verhuizing naar Heerlerheide", &error), >, 0);
  g_assert_cmpint (bw_case_store_add_action (f->store_a, bw_case_get_id (created), "Inschrijven bij de gemeente",
                                             NULL, NULL, &error), >, 0);
  g_assert_no_error (error);
  login (f, sync_c, "carla");
  sync_ok (f->sync_a);
  sync_ok (f->sync_b);
  sync_ok (sync_c);
  g_assert_cmpint (local_id (f->store_b, bw_case_get_uuid (created)), >, 0);

  teams = bw_case_store_list_other_teams (f->store_a);
  g_assert_cmpuint (g_list_model_get_n_items (teams), ==, 1);
  team = g_list_model_get_item (teams, 0);
  g_assert_true (bw_case_store_offer_transfer (f->store_a, bw_case_get_id (created), 0,
                                               bw_team_member_get_id (team), "Verhuist naar Heerlerheide.",
                                               &error));
  g_assert_no_error (error);
  sync_ok (f->sync_a);
  /* Offered, not moved: still here, and not there yet. */
  sync_ok (sync_c);
  g_assert_cmpint (local_id (store_c, bw_case_get_uuid (created)), ==, 0);
  g_assert_cmpint (count_rows (store_c, "SELECT count(*) FROM incoming_transfers"), ==, 1);

  bw_sync_engine_answer_transfer_async (sync_c, bw_case_get_uuid (created), TRUE, NULL, NULL, answer_done, &answered);
  while (answered == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (answered, G_IO_ERROR, G_IO_ERROR_EXISTS);
  sync_ok (sync_c);
  id_c = local_id (store_c, bw_case_get_uuid (created));
  g_assert_cmpint (id_c, >, 0);
  g_assert_cmpint (count_rows (store_c, "SELECT count(*) FROM journal"), ==, 1);
  g_assert_cmpint (count_rows (store_c, "SELECT count(*) FROM actions"), ==, 1);
  g_assert_cmpint (count_rows (store_c, "SELECT count(*) FROM incoming_transfers"), ==, 0);

  /* The old team's desktops drop the case and what hangs off it. */
  sync_ok (f->sync_a);
  sync_ok (f->sync_b);
  for (BwCaseStore **store = (BwCaseStore *[]) { f->store_a, f->store_b, NULL }; *store; store++)
    {
      g_assert_cmpint (local_id (*store, bw_case_get_uuid (created)), ==, 0);
      g_assert_cmpint (count_rows (*store, "SELECT count(*) FROM cases"), ==, 0);
      g_assert_cmpint (count_rows (*store, "SELECT count(*) FROM journal"), ==, 0);
      g_assert_cmpint (count_rows (*store, "SELECT count(*) FROM actions"), ==, 0);
    }
}

/* Offline: the edit stays and goes out at the next sync; the server stopped
 * and started again in between keeps everything. */
static void
test_offline_then_server_restart (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BwCase) created = NULL;
  g_autoptr(BwCase) on_b = NULL;

  sync_ok (f->sync_a);
  stop_server (f);
  created = new_case (f->store_a, "Gerda Bours");
  error = try_sync (f->sync_a);
  g_assert_error (error, BW_SYNC_ERROR, BW_SYNC_ERROR_OFFLINE);
  g_clear_error (&error);
  g_assert_cmpuint (bw_sync_engine_count_pending (f->sync_a), ==, 1);

  start_server (f);
  bw_sync_engine_set_server (f->sync_a, NULL, NULL);
  login (f, f->sync_a, "anna");
  bw_sync_engine_set_server (f->sync_b, NULL, NULL);
  login (f, f->sync_b, "bram");
  sync_ok (f->sync_a);
  sync_ok (f->sync_b);
  on_b = get_by_uuid (f->store_b, bw_case_get_uuid (created));
  g_assert_cmpstr (bw_case_get_name (on_b), ==, "Gerda Bours");
}

/* The server comes back from a backup: another database, its sequence
 * back at zero. The desktop notices and recovers; nothing is lost
 * (fault 7). */
static void
test_server_replaced (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BwCase) first = new_case (f->store_a, "Jo Lardinois");
  g_autoptr(BwCase) second = NULL;
  g_autoptr(BwCase) on_b = NULL;

  sync_ok (f->sync_a);
  stop_server (f);
  /* A new server: a new database, and nothing of the old one's. */
  g_free (f->server_db);
  f->server_db = bw_test_server_db_new (f->dir, "new-server.db");
  add_user (f, "anna", "hoensbroek");
  add_user (f, "bram", "hoensbroek");
  start_server (f);
  bw_sync_engine_set_server (f->sync_a, NULL, NULL);
  login (f, f->sync_a, "anna");
  bw_sync_engine_set_server (f->sync_b, NULL, NULL);
  login (f, f->sync_b, "bram");

  second = new_case (f->store_a, "Bep Vliegen");
  sync_ok (f->sync_a);
  sync_ok (f->sync_b);
  g_clear_object (&on_b);
  on_b = get_by_uuid (f->store_b, bw_case_get_uuid (first));
  g_assert_cmpstr (bw_case_get_name (on_b), ==, "Jo Lardinois");
  g_clear_object (&on_b);
  on_b = get_by_uuid (f->store_b, bw_case_get_uuid (second));
  g_assert_cmpstr (bw_case_get_name (on_b), ==, "Bep Vliegen");
}

/* A clean copy of the server's database (the server is stopped) and of
 * the file that records what it served. Restored together the server
 * cannot tell, and the desktops must notice; a database restored alone is
 * refused by the server itself (test-server-store-abuse). */
static char *
backup_server (Fixture *f)
{
  g_autofree char *served = bw_test_server_db_served_path (f->server_db);
  g_autofree char *served_text = NULL;
  g_autoptr(GError) error = NULL;
  char *backup = bw_test_server_db_copy (f->server_db, f->dir, "server.db.backup");
  g_autofree char *served_backup = g_build_filename (f->dir, "served.backup", NULL);

  g_file_get_contents (served, &served_text, NULL, &error);
  g_assert_no_error (error);
  g_file_set_contents (served_backup, served_text, -1, &error);
  g_assert_no_error (error);
  return backup;
}

static void
restore_server (Fixture    *f,
                const char *backup)
{
  g_autofree char *served = bw_test_server_db_served_path (f->server_db);
  g_autofree char *served_backup = g_build_filename (f->dir, "served.backup", NULL);
  g_autofree char *served_text = NULL;
  g_autoptr(GError) error = NULL;

  bw_test_server_db_restore (f->server_db, backup);
  g_file_get_contents (served_backup, &served_text, NULL, &error);
  g_assert_no_error (error);
  g_file_set_contents (served, served_text, -1, &error);
  g_assert_no_error (error);
}

/* The server is restored from a backup of its own database: same epoch,
 * but its sequence went back. The desktop notices (409 sequence_ahead)
 * and offers its records again instead of waiting forever (fault 7). */
static void
test_server_restored_from_backup (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BwCase) first = new_case (f->store_a, "Nel Lemmens");
  g_autoptr(BwCase) later = NULL;
  g_autoptr(BwCase) on_b = NULL;
  g_autofree char *backup = NULL;

  sync_ok (f->sync_a);
  stop_server (f);
  backup = backup_server (f);
  start_server (f);
  login (f, f->sync_a, "anna");
  login (f, f->sync_b, "bram");

  later = new_case (f->store_a, "Door Mertens");
  {
    g_autoptr(GError) e = NULL;
    g_autoptr(BwCase) more = new_case (f->store_a, "Piet Frijns");
    (void) e;
    sync_ok (f->sync_a);
  }

  stop_server (f);
  restore_server (f, backup);
  start_server (f);
  login (f, f->sync_a, "anna");
  login (f, f->sync_b, "bram");

  sync_ok (f->sync_a);
  sync_ok (f->sync_b);
  on_b = get_by_uuid (f->store_b, bw_case_get_uuid (later));
  g_assert_cmpstr (bw_case_get_name (on_b), ==, "Door Mertens");
  g_assert_cmpint (bw_case_store_count_cases (f->store_b), ==, 3);
  g_assert_cmpint (count_rows (f->store_a, "SELECT count(*) FROM sync_conflicts"), ==, 0);
  (void) error;
  (void) first;
}

static void
exec_sql (BwCaseStore *store,
          const char  *sql)
{
  char *err = NULL;

  if (sqlite3_exec (bw_case_store_get_db (store), sql, NULL, NULL, &err) != SQLITE_OK)
    g_error ("%s: %s", sql, err);
}

/* Removed here while another desktop edited it: the removal is not undone
 * silently by the next pull (review finding). */
static void
test_local_delete_kept (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BwCase) c = new_case (f->store_a, "Jo Dassen");
  gint64 inv = bw_case_store_add_involvement (f->store_a, bw_case_get_id (c), "Jeugdzorg", "Piet", NULL, &error);

  g_assert_no_error (error);
  sync_ok (f->sync_a);
  sync_ok (f->sync_b);
  exec_sql (f->store_b, "UPDATE involvements SET contact = 'Nieuw', revision = revision + 1");
  sync_ok (f->sync_b);
  g_assert_true (bw_case_store_remove_involvement (f->store_a, inv, &error));
  g_clear_error (&error);
  error = try_sync (f->sync_a);
  g_assert_no_error (error);

  /* Still removed here, and a person is asked about the other edit. */
  g_assert_cmpint (count_rows (f->store_a, "SELECT deleted FROM involvements"), ==, 1);
  g_assert_cmpint (count_rows (f->store_a, "SELECT count(*) FROM sync_conflicts WHERE field = 'deleted'"), ==, 1);
}

typedef struct {
  Fixture *f;
  const char *uuid;
  gboolean done;
} Race;

static void
race_progress_cb (GObject    *object,
                  GParamSpec *pspec,
                  Race       *race)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BwCase) on_b = NULL;

  /* Between A's pull and A's push. */
  if (race->done || bw_sync_engine_get_progress (BW_SYNC_ENGINE (object)) != 0.75)
    return;
  race->done = TRUE;
  on_b = get_by_uuid (race->f->store_b, race->uuid);
  bw_case_set_email (on_b, "b@voorbeeld.nl");
  g_assert_true (bw_case_store_update_case (race->f->store_b, on_b, NULL, &error));
  sync_ok (race->f->sync_b);
}

/* Another desktop's change that lands between this desktop's pull and
 * push still reaches it (review finding). */
static void
test_change_between_pull_and_push (Fixture       *f,
                                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BwCase) c = new_case (f->store_a, "Jo Bemelmans");
  g_autoptr(BwCase) on_a = NULL;
  g_autoptr(BwCase) final_a = NULL;
  Race race = { f, bw_case_get_uuid (c), FALSE };

  sync_ok (f->sync_a);
  sync_ok (f->sync_b);
  on_a = get_by_uuid (f->store_a, race.uuid);
  bw_case_set_phone (on_a, "06-12345678");
  g_assert_true (bw_case_store_update_case (f->store_a, on_a, NULL, &error));
  g_signal_connect (f->sync_a, "notify::progress", G_CALLBACK (race_progress_cb), &race);
  sync_ok (f->sync_a);
  g_assert_true (race.done);
  sync_ok (f->sync_a);

  final_a = get_by_uuid (f->store_a, race.uuid);
  g_assert_cmpstr (bw_case_get_email (final_a), ==, "b@voorbeeld.nl");
  g_assert_cmpstr (bw_case_get_phone (final_a), ==, "06-12345678");
}

/* Demo cases go to the local demo server of make run, never to a real
 * one; the refusal happens before any connection is made. */
static void
test_demo_data_stays_local (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (bw_demo_data_fill (f->store_a, 5, 1, &error));
  g_assert_true (bw_case_store_set_meta (f->store_a, "demo_data", "added", &error));

  bw_sync_engine_set_server (f->sync_a, "https://buurtwerk.example.org", "token");
  error = try_sync (f->sync_a);
  g_assert_error (error, BW_SYNC_ERROR, BW_SYNC_ERROR_DEMO_DATA);
  g_clear_error (&error);

  /* The demo server on this computer takes them. */
  login (f, f->sync_a, "anna");
  sync_ok (f->sync_a);
}

/* Restored from a backup, and other desktops pushed the sequence past what
 * this one saw before it syncs: the server refuses its change as based on
 * a state it no longer has; the desktop starts over and the edit arrives
 * (fault 7, review finding). */
static void
test_restore_overtaken (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BwCase) c = new_case (f->store_a, "Jo Restore");
  g_autofree char *backup = NULL;
  g_autofree char *uuid = g_strdup (bw_case_get_uuid (c));

  sync_ok (f->sync_a);
  sync_ok (f->sync_b);
  stop_server (f);
  backup = backup_server (f);
  start_server (f);
  login (f, f->sync_a, "anna");
  login (f, f->sync_b, "bram");
  {
    g_autoptr(BwCase) a = get_by_uuid (f->store_a, uuid);
    bw_case_set_phone (a, "06-10000000");
    g_assert_true (bw_case_store_update_case (f->store_a, a, NULL, &error));
    sync_ok (f->sync_a);
  }

  stop_server (f);
  restore_server (f, backup);
  start_server (f);
  login (f, f->sync_a, "anna");
  login (f, f->sync_b, "bram");
  for (int i = 0; i < 3; i++)
    {
      g_autofree char *name = g_strdup_printf ("Nieuw %d", i);
      g_autoptr(BwCase) x = new_case (f->store_b, name);
    }
  sync_ok (f->sync_b);
  {
    g_autoptr(BwCase) a = get_by_uuid (f->store_a, uuid);
    bw_case_set_phone (a, "06-20000000");
    g_assert_true (bw_case_store_update_case (f->store_a, a, NULL, &error));
  }
  sync_ok (f->sync_a);
  g_assert_cmpuint (g_list_model_get_n_items (bw_sync_engine_list_problems (f->sync_a)), ==, 0);

  /* The server lost a change it had: which phone number is right is for a
   * person to say; the local one is kept meanwhile. */
  {
    g_autoptr(GListModel) conflicts = bw_sync_engine_list_conflicts (f->sync_a);
    g_autoptr(BwSyncConflict) conflict = NULL;
    g_autoptr(BwCase) a = get_by_uuid (f->store_a, uuid);

    g_assert_cmpuint (g_list_model_get_n_items (conflicts), ==, 1);
    conflict = g_list_model_get_item (conflicts, 0);
    g_assert_cmpstr (bw_sync_conflict_get_field (conflict), ==, "phone");
    g_assert_cmpstr (bw_case_get_phone (a), ==, "06-20000000");
    g_assert_true (bw_sync_engine_resolve (f->sync_a, bw_sync_conflict_get_id (conflict),
                                           BW_CONFLICT_KEEP_MINE, NULL, &error));
  }
  sync_ok (f->sync_a);
  sync_ok (f->sync_b);
  {
    g_autoptr(BwCase) b = get_by_uuid (f->store_b, uuid);
    g_assert_cmpstr (bw_case_get_phone (b), ==, "06-20000000");
  }
}

/* One change larger than the server takes: it is set aside and shown, and
 * the rest of the outbox still goes through (fault 8). */
static void
test_oversized_change_set_aside (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BwCase) big = new_case (f->store_a, "Jo Lang");
  g_autoptr(BwCase) small = NULL;
  g_autofree char *huge = g_strnfill (5 * 1024 * 1024, 'x');
  g_autoptr(GListModel) problems = NULL;

  /* The store refuses it now (issue 12); a database written before that
   * may still hold one. */
  g_assert_cmpint (bw_case_store_add_journal (f->store_a, bw_case_get_id (big), NULL, huge, &error), ==, 0);
  g_assert_error (error, BW_VALIDATION_ERROR, BW_VALIDATION_ERROR_TEXT);
  g_clear_error (&error);
  g_assert_cmpint (bw_case_store_add_journal (f->store_a, bw_case_get_id (big), NULL, "kort", &error), >, 0);
  exec_sql (f->store_a, "UPDATE journal SET text = replace (hex (zeroblob (2621440)), '0', 'x')");
  small = new_case (f->store_a, "Jo Kort");
  sync_ok (f->sync_a);

  problems = bw_sync_engine_list_problems (f->sync_a);
  g_assert_cmpuint (g_list_model_get_n_items (problems), ==, 1);
  sync_ok (f->sync_b);
  g_assert_cmpint (bw_case_store_count_cases (f->store_b), ==, 2);
  g_assert_cmpint (count_rows (f->store_b, "SELECT count(*) FROM journal"), ==, 0);
}

/* Edited here, deleted on the other desktop: nothing is deleted without a
 * person's word, and "keep mine" brings the record back everywhere. */
static void
test_keep_mine_over_deletion (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BwCase) c = new_case (f->store_a, "Jo Frozen");
  g_autoptr(GListModel) conflicts = NULL;
  gboolean decided = FALSE;

  bw_case_store_add_involvement (f->store_a, bw_case_get_id (c), "Jeugdzorg", "Piet", NULL, &error);
  g_assert_no_error (error);
  sync_ok (f->sync_a);
  sync_ok (f->sync_b);

  exec_sql (f->store_a, "UPDATE involvements SET contact = 'Mijn', revision = revision + 1");
  g_assert_true (bw_case_store_remove_involvement (f->store_b, count_rows (f->store_b, "SELECT id FROM involvements"),
                                                   &error));
  sync_ok (f->sync_b);
  sync_ok (f->sync_a);
  g_assert_cmpint (count_rows (f->store_a, "SELECT deleted FROM involvements"), ==, 0);

  conflicts = bw_sync_engine_list_conflicts (f->sync_a);
  for (guint i = 0; i < g_list_model_get_n_items (conflicts); i++)
    {
      g_autoptr(BwSyncConflict) k = g_list_model_get_item (conflicts, i);
      if (g_str_equal (bw_sync_conflict_get_field (k), "deleted"))
        {
          g_assert_true (bw_sync_engine_resolve (f->sync_a, bw_sync_conflict_get_id (k),
                                                 BW_CONFLICT_KEEP_MINE, NULL, &error));
          decided = TRUE;
        }
    }
  g_assert_true (decided);
  sync_ok (f->sync_a);
  sync_ok (f->sync_b);
  g_assert_cmpint (count_rows (f->store_a, "SELECT deleted FROM involvements"), ==, 0);
  g_assert_cmpint (count_rows (f->store_b, "SELECT deleted FROM involvements"), ==, 0);
  g_assert_cmpint (count_rows (f->store_b, "SELECT contact = 'Mijn' FROM involvements"), ==, 1);
}

/* A desktop killed (SIGKILL) in the middle of a sync resumes without loss
 * or duplicates (fault 2). */
static int
child_sync (const char *path,
            const char *url)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BwCaseStore) store = bw_case_store_open (path, "Anna", &error);
  g_autoptr(BwSyncEngine) engine = store ? bw_sync_engine_new (store, &error) : NULL;
  gboolean done = FALSE;

  if (engine == NULL)
    return 2;
  bw_sync_engine_login_async (engine, url, "anna", "geheim-wachtwoord", NULL, login_done, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  if (write (STDOUT_FILENO, "S", 1) != 1)
    return 3;
  g_clear_error (&error);
  error = try_sync (engine);
  return error ? 1 : 0;
}

static void
test_killed_mid_sync (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *self_exe = g_file_read_link ("/proc/self/exe", NULL);
  const char *argv[5] = { NULL };
  int out_fd, status;
  char byte;
  GPid pid;
  gint64 cases_a;

  g_assert_true (bw_demo_data_fill (f->store_a, 150, 3, &error));
  g_assert_no_error (error);
  cases_a = bw_case_store_count_cases (f->store_a);

  argv[0] = self_exe;
  argv[1] = "--sync-child";
  argv[2] = bw_case_store_get_path (f->store_a);
  argv[3] = f->url;
  for (guint delay = 0; delay < 3; delay++)
    {
      g_assert_true (g_spawn_async_with_pipes (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD,
                                               NULL, NULL, &pid, NULL, &out_fd, NULL, &error));
      g_assert_cmpint (read (out_fd, &byte, 1), ==, 1);
      g_usleep ((delay == 2 ? 1 : delay + 1) * 150 * 1000);
      kill (pid, SIGKILL);
      waitpid (pid, &status, 0);
      close (out_fd);
      g_spawn_close_pid (pid);
    }

  /* Usually work is left for the restarted desktop; how much depends on
   * the machine's speed, so it is reported, not asserted. */
  g_test_message ("pending after the kills: %u", bw_sync_engine_count_pending (f->sync_a));

  /* The desktop starts again and finishes the job. */
  sync_ok (f->sync_a);
  sync_ok (f->sync_b);
  g_assert_cmpint (bw_case_store_count_cases (f->store_b), ==, cases_a);
  g_assert_cmpint (count_rows (f->store_b, "SELECT count(*) FROM journal"), ==,
                   count_rows (f->store_a, "SELECT count(*) FROM journal"));
  g_assert_cmpint (count_rows (f->store_a, "SELECT count(*) FROM sync_conflicts"), ==, 0);
  /* Every case reached the server once: revision 1 unless changed later. */
  g_assert_cmpint (count_rows (f->store_a, "SELECT count(*) FROM sync_base WHERE type = 'case'"), ==, cases_a);
}

/* Syncs until the server stops saying "busy", waiting what it asks;
 * returns how many times it said so. */
static guint
sync_through_busy (BwSyncEngine *engine)
{
  guint busy = 0;

  for (;;)
    {
      g_autoptr(GError) error = try_sync (engine);

      if (error == NULL)
        return busy;
      g_assert_error (error, BW_SYNC_ERROR, BW_SYNC_ERROR_RETRY_LATER);
      g_assert_nonnull (strstr (error->message, "busy"));
      g_assert_cmpuint (bw_sync_engine_get_retry_after (engine), >=, 1);
      g_assert_cmpuint (bw_sync_engine_get_retry_after (engine), <=, 60);
      g_assert_cmpuint (++busy, <, 20);
      /* A sync asks a few times (feed, probe, pushes): wait for some more
       * than the one request Retry-After is about. */
      g_usleep ((bw_sync_engine_get_retry_after (engine) + 3) * G_USEC_PER_SEC);
    }
}

/* A server over its rate answers 429 in the middle of a push: nothing is
 * lost or sent twice; the desktop waits what the server asks (Retry-After)
 * and ends with exactly its records on the server, each applied once. */
static void
test_busy_server_mid_push (Fixture       *f,
                           gconstpointer  data)
{
  /* First one request per 50 s after a burst of 3: the feed, the probe
   * and one push go through, the next push is refused whatever the speed
   * of this machine. */
  const char *strict[] = { "--rate", "0.02", "--burst", "3", "--retention-months", "1200", NULL };
  /* Then busy, but less. (The demo data has cases closed years ago, which
   * a restart with the default retention would purge: counted here is
   * what was pushed.) */
  const char *busy_limits[] = { "--rate", "1", "--burst", "4", "--retention-months", "1200", NULL };
  g_autoptr(GError) error = NULL;
  gint64 records, on_server;
  guint busy;

  stop_server (f);
  start_server_full (f, strict, NULL);
  login (f, f->sync_a, "anna");

  /* About 300 demo cases with their journals, actions and scores: several
   * pushes of 500. */
  g_assert_true (bw_demo_data_fill (f->store_a, 300, 7, &error));
  g_assert_no_error (error);
  records = count_rows (f->store_a, "SELECT count (DISTINCT uuid) FROM outbox");
  g_assert_cmpint (records, >, 3 * 500);

  {
    g_autoptr(GError) busy_error = try_sync (f->sync_a);

    g_assert_error (busy_error, BW_SYNC_ERROR, BW_SYNC_ERROR_RETRY_LATER);
    /* What the server asked: about 50 s, less the time a slow machine
     * (a sanitizer build) took to get here. */
    g_assert_cmpuint (bw_sync_engine_get_retry_after (f->sync_a), >=, 10);
    g_assert_cmpuint (bw_sync_engine_get_retry_after (f->sync_a), <=, 50);
  }
  on_server = server_count (f, "SELECT count(*) FROM records", NULL);
  g_assert_cmpint (on_server, >, 0);
  g_assert_cmpint (on_server, <, records);
  g_assert_cmpuint (bw_sync_engine_count_pending (f->sync_a), >, 0);

  /* The same server database, less strict (on a new port: log in again;
   * the outbox and the frozen push are the desktop's, untouched). */
  stop_server (f);
  start_server_full (f, busy_limits, NULL);
  login (f, f->sync_a, "anna");
  login (f, f->sync_b, "bram");
  busy = sync_through_busy (f->sync_a);
  g_test_message ("server busy %u more times", busy);
  g_assert_cmpuint (bw_sync_engine_count_pending (f->sync_a), ==, 0);
  g_assert_cmpint (server_count (f, "SELECT count(*) FROM records", NULL), ==, records);
  /* Applied once each: a second application would be revision 2. */
  g_assert_cmpint (server_count (f, "SELECT max (revision) FROM records", NULL), ==, 1);
  g_assert_cmpint (server_count (f, "SELECT count(*) FROM applied_changes", NULL), ==, records);

  /* The other desktop, as busy, ends with the same cases. */
  sync_through_busy (f->sync_b);
  g_assert_cmpint (bw_case_store_count_cases (f->store_b), ==, bw_case_store_count_cases (f->store_a));
  g_assert_cmpint (count_rows (f->store_b, "SELECT count(*) FROM journal"), ==,
                   count_rows (f->store_a, "SELECT count(*) FROM journal"));
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

/* What arrives through the feed is found by search on the other desktop,
 * by name, address and journal text, and a rename there replaces the old
 * name in the index: the engine indexes once per page, not per record. */
static void
test_search_finds_pulled (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BwCase) created = new_case (f->store_a, "Zwanetta Kwartelkoning");
  g_autoptr(BwCase) on_a = NULL;
  const char *uuid = bw_case_get_uuid (created);

  bw_case_set_address (created, "Schelsberg 12, Heerlen");
  g_assert_true (bw_case_store_update_case (f->store_a, created, NULL, &error));
  g_assert_cmpint (bw_case_store_add_journal (f->store_a, bw_case_get_id (created), NULL,
                                              "Aangemeld bij het schuldhulpmaatje", &error), >, 0);
  g_assert_no_error (error);
  sync_ok (f->sync_a);
  sync_ok (f->sync_b);

  g_assert_cmpuint (search_count (f->store_b, "kwartelkoning"), ==, 1);
  g_assert_cmpuint (search_count (f->store_b, "schelsberg"), ==, 1);
  g_assert_cmpuint (search_count (f->store_b, "schuldhulpmaatje"), ==, 1);
  g_assert_cmpint (count_rows (f->store_b, "SELECT count(*) FROM fts_pending"), ==, 0);

  on_a = get_by_uuid (f->store_a, uuid);
  bw_case_set_name (on_a, "Zwanetta Houtsnip");
  g_assert_true (bw_case_store_update_case (f->store_a, on_a, NULL, &error));
  g_assert_cmpint (bw_case_store_add_journal (f->store_a, bw_case_get_id (on_a), NULL,
                                              "Taalcursus gestart", &error), >, 0);
  g_assert_no_error (error);
  sync_ok (f->sync_a);
  sync_ok (f->sync_b);

  g_assert_cmpuint (search_count (f->store_b, "houtsnip"), ==, 1);
  g_assert_cmpuint (search_count (f->store_b, "kwartelkoning"), ==, 0);
  g_assert_cmpuint (search_count (f->store_b, "taalcursus schuldhulpmaatje"), ==, 1);
  /* The index holds one row for the case, not one per version. */
  g_assert_cmpint (count_rows (f->store_b, "SELECT count(*) FROM case_fts WHERE case_fts MATCH 'zwanetta'"), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  server_exe = g_getenv ("BUURTWERK_SERVER");
  if (argc == 4 && g_str_equal (argv[1], "--sync-child"))
    return child_sync (argv[2], argv[3]);

  g_test_init (&argc, &argv, NULL);
  g_assert_nonnull (server_exe);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/sync/different-fields-merge", test_different_fields_merge);
  ADD ("/sync/search-finds-pulled", test_search_finds_pulled);
  ADD ("/sync/same-field-conflict", test_same_field_conflict);
  ADD ("/sync/transfer-to-other-team", test_transfer_to_other_team);
  ADD ("/sync/conflict-take-theirs", test_conflict_take_theirs);
  ADD ("/sync/lost-reply-applied-once", test_lost_reply_applied_once);
  ADD ("/sync/lost-reply-then-edit", test_lost_reply_then_edit);
  ADD ("/sync/other-team-sees-nothing", test_other_team_sees_nothing);
  ADD ("/sync/offline-then-server-restart", test_offline_then_server_restart);
  ADD ("/sync/server-replaced", test_server_replaced);
  ADD ("/sync/server-restored-from-backup", test_server_restored_from_backup);
  ADD ("/sync/restore-overtaken", test_restore_overtaken);
  ADD ("/sync/local-delete-kept", test_local_delete_kept);
  ADD ("/sync/keep-mine-over-deletion", test_keep_mine_over_deletion);
  ADD ("/sync/oversized-change-set-aside", test_oversized_change_set_aside);
  ADD ("/sync/demo-data-stays-local", test_demo_data_stays_local);
  ADD ("/sync/change-between-pull-and-push", test_change_between_pull_and_push);
  ADD ("/sync/killed-mid-sync", test_killed_mid_sync);
  ADD ("/sync/busy-server-mid-push", test_busy_server_mid_push);
#undef ADD

  return g_test_run ();
}
