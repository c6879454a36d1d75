/* SPDX-License-Identifier: EUPL-1.2 */
/* The desktop against a hostile or broken server (issue 12, findings 1
 * and 2): a stand-in SoupServer on 127.0.0.1 answers what the real
 * buurtwerk-server now refuses to store or send.
 *
 *  - 80,000 nested '[' as the answer to the login and to the change feed:
 *    the engine reports an error and does not overflow its stack;
 *  - a page of the feed with unreadable records among good ones (a lone
 *    surrogate, an escaped NUL, an unknown field, a wrong type, no
 *    object at all): every good record arrives, each bad one is set
 *    aside and listed, the checkpoint moves past the page, the next sync
 *    does not fetch it again, and a later correct version replaces it;
 *  - a partner's snapshot (GET /shared) with unreadable pieces among good
 *    ones (a record and a note of a case, a whole case, no object at
 *    all): the other shared cases arrive, each bad piece is set aside and
 *    listed, the sync completes; a case still shared but unreadable keeps
 *    the copy the desktop had, and a later readable snapshot replaces
 *    what was set aside. */
#include "config.h"

#include <string.h>

#include <libsoup/soup.h>
#include <glib/gstdio.h>

#include "bw-case-store-private.h"
#include "bw-sync-engine.h"

#include "sync-test-utils.h"

#define DEPTH 80000

#define CASE_UUID "11111111-1111-4111-8111-111111111111"
#define J_BAD_SURROGATE "22222222-2222-4222-8222-222222222201"
#define J_GOOD_1 "22222222-2222-4222-8222-222222222202"
#define J_BAD_NUL "22222222-2222-4222-8222-222222222203"
#define A_BAD_UNKNOWN "33333333-3333-4333-8333-333333333304"
#define J_BAD_TYPE "22222222-2222-4222-8222-222222222205"
#define J_GOOD_2 "22222222-2222-4222-8222-222222222206"
#define C_REFUSED "55555555-5555-4555-8555-555555555507"

typedef struct {
  char *dir;
  BwCaseStore *store;
  BwSyncEngine *engine;
  SoupServer *server;
  char *url;
  GBytes *login_answer;
  GBytes *changes_answer;
  GBytes *shared_answer;
  GPtrArray *since_asked;
  GHashTable *feed;        /* since -> page text, for a feed of several pages */
} Hostile;

static void
answer (SoupServer        *server,
        SoupServerMessage *msg,
        const char        *path,
        GHashTable        *query,
        gpointer           user_data)
{
  Hostile *h = user_data;
  GBytes *body = NULL;
  static const char empty_push[] = "{\"epoch\": \"e1\", \"results\": []}";

  if (g_str_equal (path, "/api/v1/login"))
    body = h->login_answer;
  else if (g_str_equal (path, "/api/v1/changes"))
    {
      const char *since = query ? g_hash_table_lookup (query, "since") : NULL;
      const char *limit = query ? g_hash_table_lookup (query, "limit") : NULL;

      /* The probe for a server gone back (limit=1) is not a fetch. */
      if (g_strcmp0 (limit, "1") != 0)
        g_ptr_array_add (h->since_asked, g_strdup (since ? since : ""));
      body = h->changes_answer;
      if (h->feed != NULL)
        {
          const char *text = g_hash_table_lookup (h->feed, since ? since : "0");

          soup_server_message_set_status (msg, text ? SOUP_STATUS_OK : SOUP_STATUS_NOT_FOUND, NULL);
          if (text != NULL)
            soup_server_message_set_response (msg, "application/json", SOUP_MEMORY_COPY, text, strlen (text));
          /* Replaced after its first page: from now on it is another
           * server (another epoch), from the start of its feed. */
          if (g_strcmp0 (since, "1") == 0)
            g_hash_table_replace (h->feed, g_strdup ("0"), g_strdup (g_hash_table_lookup (h->feed, "replaced")));
          return;
        }
    }
  else if (g_str_equal (path, "/api/v1/shared"))
    body = h->shared_answer;
  if (h->feed != NULL && g_str_equal (path, "/api/v1/push"))
    {
      /* Every change taken, as a plain server would. */
      g_autoptr(GBytes) request = soup_message_body_flatten (soup_server_message_get_request_body (msg));
      g_autoptr(JsonNode) sent = json_from_string (g_bytes_get_data (request, NULL), NULL);
      JsonArray *changes = json_object_get_array_member (json_node_get_object (sent), "changes");
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;
      g_autofree char *text = NULL;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "epoch");
      json_builder_add_string_value (builder, "e2");
      json_builder_set_member_name (builder, "results");
      json_builder_begin_array (builder);
      for (guint i = 0; i < json_array_get_length (changes); i++)
        {
          JsonObject *change = json_array_get_object_element (changes, i);

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "client_change_id");
          json_builder_add_string_value (builder, json_object_get_string_member (change, "client_change_id"));
          json_builder_set_member_name (builder, "status");
          json_builder_add_string_value (builder, "applied");
          json_builder_set_member_name (builder, "revision");
          json_builder_add_int_value (builder, json_object_get_int_member (change, "base_revision") + 1);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
      root = json_builder_get_root (builder);
      text = json_to_string (root, FALSE);
      soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
      soup_server_message_set_response (msg, "application/json", SOUP_MEMORY_COPY, text, strlen (text));
      return;
    }
  if (body == NULL && g_str_equal (path, "/api/v1/push"))
    {
      soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
      soup_server_message_set_response (msg, "application/json", SOUP_MEMORY_STATIC,
                                        empty_push, strlen (empty_push));
      return;
    }
  if (body == NULL)
    {
      soup_server_message_set_status (msg, SOUP_STATUS_NOT_FOUND, NULL);
      return;
    }
  soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
  soup_server_message_set_response (msg, "application/json", SOUP_MEMORY_COPY,
                                    g_bytes_get_data (body, NULL), g_bytes_get_size (body));
}

static void
hostile_setup (Hostile       *h,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoslist(GUri) uris = NULL;

  h->dir = g_dir_make_tmp ("bw-hostile-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (h->dir, "desktop.db", NULL);
  h->store = bw_case_store_open (path, "Anna", &error);
  g_assert_no_error (error);
  h->engine = bw_sync_engine_new (h->store, &error);
  g_assert_no_error (error);
  h->since_asked = g_ptr_array_new_with_free_func (g_free);

  h->server = soup_server_new (NULL, NULL);
  soup_server_add_handler (h->server, "/api/v1", answer, h, NULL);
  soup_server_listen_local (h->server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error);
  g_assert_no_error (error);
  uris = soup_server_get_uris (h->server);
  h->url = g_strdup_printf ("http://127.0.0.1:%d", g_uri_get_port (uris->data));
  bw_sync_engine_set_server (h->engine, h->url, "test-token");
  bw_case_store_set_meta (h->store, "role", "buurtteam", NULL);
}

static void
hostile_teardown (Hostile       *h,
                  gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_clear_object (&h->engine);
  g_clear_object (&h->store);
  soup_server_disconnect (h->server);
  g_clear_object (&h->server);
  g_clear_pointer (&h->login_answer, g_bytes_unref);
  g_clear_pointer (&h->changes_answer, g_bytes_unref);
  g_clear_pointer (&h->shared_answer, g_bytes_unref);
  g_clear_pointer (&h->since_asked, g_ptr_array_unref);
  g_clear_pointer (&h->feed, g_hash_table_unref);
  dir = g_dir_open (h->dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (h->dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (h->dir);
  g_free (h->dir);
  g_free (h->url);
}

static GBytes *
deep_nesting (void)
{
  char *text = g_malloc (DEPTH);

  memset (text, '[', DEPTH);
  return g_bytes_new_take (text, DEPTH);
}

typedef struct {
  gboolean done;
  GError *error;
  char *token;
} LoginWait;

static void
login_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  LoginWait *wait = user_data;

  wait->token = bw_sync_engine_login_finish (BW_SYNC_ENGINE (source), result, &wait->error);
  wait->done = TRUE;
}

static void
test_deep_nesting (Hostile       *h,
                   gconstpointer  data)
{
  LoginWait wait = { 0 };
  g_autoptr(GError) error = NULL;

  h->login_answer = deep_nesting ();
  h->changes_answer = deep_nesting ();

  bw_sync_engine_login_async (h->engine, h->url, "anna", "geheim-wachtwoord", NULL, login_cb, &wait);
  while (!wait.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_null (wait.token);
  g_assert_error (wait.error, BW_SYNC_ERROR, BW_SYNC_ERROR_PROTOCOL);
  g_assert_nonnull (strstr (wait.error->message, "JSON"));
  g_clear_error (&wait.error);

  bw_sync_engine_set_server (h->engine, h->url, "test-token");
  error = try_sync (h->engine);
  g_assert_error (error, BW_SYNC_ERROR, BW_SYNC_ERROR_PROTOCOL);
  g_assert_cmpint (bw_sync_engine_get_state (h->engine), ==, BW_SYNC_STATE_ERROR);
  g_assert_cmpint (count_rows (h->store, "SELECT count(*) FROM sync_state WHERE key = 'since'"), ==, 0);
}

static char *
journal (const char *uuid,
         gint64      seq,
         const char *text_json,
         const char *extra)
{
  return g_strdup_printf ("{\"seq\": %" G_GINT64_FORMAT ", \"type\": \"journal\", \"uuid\": \"%s\","
                          " \"case_uuid\": \"" CASE_UUID "\", \"revision\": 1, \"deleted\": false,"
                          " \"created_at\": null, \"created_by\": null, \"updated_at\": null,"
                          " \"updated_by\": \"Bert\", \"fields\": {\"date\": \"2026-11-04\","
                          " \"author\": \"Bert\", \"text\": %s, \"shareable\": false%s}}",
                          seq, uuid, text_json, extra ? extra : "");
}

static void
set_page_text (Hostile *h,
               char    *text)
{
  g_clear_pointer (&h->changes_answer, g_bytes_unref);
  h->changes_answer = g_bytes_new_take (text, strlen (text));
}

static gint64
n_journal (Hostile    *h,
           const char *uuid)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM journal WHERE uuid = '%s'", uuid);

  return count_rows (h->store, sql);
}

static gint64
n_set_aside (Hostile    *h,
             const char *uuid)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM sync_set_aside WHERE uuid = '%s'", uuid);

  return count_rows (h->store, sql);
}

static void
test_poisoned_page (Hostile       *h,
                    gconstpointer  data)
{
  g_autofree char *kase =
    g_strdup ("{\"seq\": 1, \"type\": \"case\", \"uuid\": \"" CASE_UUID "\", \"case_uuid\": \"" CASE_UUID "\","
              " \"revision\": 1, \"deleted\": false, \"created_at\": null, \"created_by\": null,"
              " \"updated_at\": null, \"updated_by\": null, \"fields\": {\"name\": \"Sven de Bruijn\","
              " \"date_of_birth\": \"1991-12-04\", \"address\": null, \"buurt_code\": \"" BUURT "\","
              " \"phone\": null, \"email\": null, \"household_size\": 1, \"household_note\": null,"
              " \"status\": \"active\", \"track\": \"work\", \"opened_on\": \"2024-09-13\","
              " \"has_debts\": false, \"debt_amount\": 0, \"debt_route\": \"none\","
              " \"language_need\": \"none\", \"outcome\": \"none\", \"outcome_note\": null,"
              " \"closed_on\": null}}");
  g_autofree char *bad_surrogate = journal (J_BAD_SURROGATE, 2, "\"Huisbezoek \\ud800x\"", NULL);
  g_autofree char *good_1 = journal (J_GOOD_1, 3, "\"Eerste goede notitie\"", NULL);
  g_autofree char *bad_nul = journal (J_BAD_NUL, 4, "\"journal\\u0000x\"", NULL);
  g_autofree char *bad_unknown = journal (A_BAD_UNKNOWN, 5, "\"Onbekend veld\"", ", \"secret\": 1");
  g_autofree char *bad_type = journal (J_BAD_TYPE, 6, "42", NULL);
  g_autofree char *good_2 = journal (J_GOOD_2, 7, "\"Tweede goede notitie\"", NULL);
  /* Readable, but the tables refuse it: no such buurt (a foreign key).
   * The page is applied at once; this one sends it record by record. */
  g_autofree char *refused =
    g_strdup ("{\"seq\": 8, \"type\": \"case\", \"uuid\": \"" C_REFUSED "\", \"case_uuid\": \"" C_REFUSED "\","
              " \"revision\": 1, \"deleted\": false, \"created_at\": null, \"created_by\": null,"
              " \"updated_at\": null, \"updated_by\": null, \"fields\": {\"name\": \"Ergens Anders\","
              " \"date_of_birth\": null, \"address\": null, \"buurt_code\": \"BU99999999\","
              " \"phone\": null, \"email\": null, \"household_size\": 1, \"household_note\": null,"
              " \"status\": \"active\", \"track\": \"work\", \"opened_on\": \"2024-09-13\","
              " \"has_debts\": false, \"debt_amount\": 0, \"debt_route\": \"none\","
              " \"language_need\": \"none\", \"outcome\": \"none\", \"outcome_note\": null,"
              " \"closed_on\": null}}");
  /* Not even an object: nothing of it can be told but that it was there. */
  const char *garbage = "[1, 2]";
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) set_aside = NULL;

  set_page_text (h, g_strdup_printf ("{\"epoch\": \"e1\", \"changes\": [%s, %s, %s, %s, %s, %s, %s, %s, %s],"
                                     " \"next_since\": 8, \"more\": false}",
                                     kase, bad_surrogate, good_1, bad_nul, bad_unknown, garbage, bad_type,
                                     good_2, refused));
  error = try_sync (h->engine);
  g_assert_no_error (error);

  {
    g_autoptr(GListModel) l = bw_sync_engine_list_set_aside (h->engine);
    for (guint i = 0; i < g_list_model_get_n_items (l); i++)
      {
        g_autoptr(BwSyncConflict) c = g_list_model_get_item (l, i);
        g_test_message ("set aside: %s %s", bw_sync_conflict_get_uuid (c), bw_sync_conflict_get_message (c));
      }
  }
  /* Every good record arrived. */
  g_assert_cmpint (count_rows (h->store, "SELECT count(*) FROM cases WHERE uuid = '" CASE_UUID "'"), ==, 1);
  g_assert_cmpint (n_journal (h, J_GOOD_1), ==, 1);
  g_assert_cmpint (n_journal (h, J_GOOD_2), ==, 1);
  /* No bad one did, not even cut short at the NUL. */
  g_assert_cmpint (n_journal (h, J_BAD_SURROGATE), ==, 0);
  g_assert_cmpint (n_journal (h, J_BAD_NUL), ==, 0);
  g_assert_cmpint (n_journal (h, A_BAD_UNKNOWN), ==, 0);
  g_assert_cmpint (n_journal (h, J_BAD_TYPE), ==, 0);
  g_assert_cmpint (count_rows (h->store, "SELECT count(*) FROM journal WHERE text = 'journal'"), ==, 0);
  g_assert_cmpint (count_rows (h->store, "SELECT count(*) FROM cases WHERE uuid = '" C_REFUSED "'"), ==, 0);

  /* Each bad one is set aside and listed, with its seq. */
  g_assert_cmpint (count_rows (h->store, "SELECT count(*) FROM sync_set_aside"), ==, 6);
  g_assert_cmpint (n_set_aside (h, C_REFUSED), ==, 1);
  g_assert_cmpint (n_set_aside (h, J_BAD_SURROGATE), ==, 1);
  g_assert_cmpint (n_set_aside (h, J_BAD_NUL), ==, 1);
  g_assert_cmpint (n_set_aside (h, A_BAD_UNKNOWN), ==, 1);
  g_assert_cmpint (n_set_aside (h, J_BAD_TYPE), ==, 1);
  g_assert_cmpint (count_rows (h->store, "SELECT seq FROM sync_set_aside WHERE uuid = '" J_BAD_NUL "'"), ==, 4);
  g_assert_cmpint (count_rows (h->store, "SELECT count(*) FROM sync_set_aside WHERE uuid IS NULL"), ==, 1);
  set_aside = bw_sync_engine_list_set_aside (h->engine);
  g_assert_cmpuint (g_list_model_get_n_items (set_aside), ==, 6);
  {
    g_autoptr(BwSyncConflict) first = g_list_model_get_item (set_aside, 0);

    g_assert_cmpstr (bw_sync_conflict_get_record_type (first), ==, "journal");
    g_assert_cmpstr (bw_sync_conflict_get_uuid (first), ==, J_BAD_SURROGATE);
    g_assert_cmpstr (bw_sync_conflict_get_case_uuid (first), ==, CASE_UUID);
    /* The reason names the field, never its value. */
    g_assert_nonnull (strstr (bw_sync_conflict_get_message (first), "text"));
    g_assert_null (strstr (bw_sync_conflict_get_message (first), "Huisbezoek"));
  }

  /* The checkpoint moved past the page, and the sync ended well. */
  g_assert_cmpint (count_rows (h->store, "SELECT CAST (value AS INTEGER) FROM sync_state WHERE key = 'since'"),
                   ==, 8);
  g_assert_cmpint (bw_sync_engine_get_state (h->engine), !=, BW_SYNC_STATE_ERROR);

  /* The next sync asks from there on and does not fetch the page again. */
  set_page_text (h, g_strdup ("{\"epoch\": \"e1\", \"changes\": [], \"next_since\": 8, \"more\": false}"));
  g_ptr_array_set_size (h->since_asked, 0);
  g_clear_error (&error);
  error = try_sync (h->engine);
  g_assert_no_error (error);
  g_assert_cmpuint (h->since_asked->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (h->since_asked, 0), ==, "8");
  g_assert_cmpint (count_rows (h->store, "SELECT count(*) FROM sync_set_aside"), ==, 6);

  /* A later, correct version of a set-aside record replaces it. */
  {
    g_autofree char *fixed = journal (J_BAD_NUL, 9, "\"journal x\"", NULL);

    set_page_text (h, g_strdup_printf ("{\"epoch\": \"e1\", \"changes\": [%s], \"next_since\": 9,"
                                       " \"more\": false}", fixed));
  }
  g_clear_error (&error);
  error = try_sync (h->engine);
  g_assert_no_error (error);
  g_assert_cmpint (n_journal (h, J_BAD_NUL), ==, 1);
  g_assert_cmpint (n_set_aside (h, J_BAD_NUL), ==, 0);
  g_assert_cmpint (count_rows (h->store, "SELECT count(*) FROM sync_set_aside"), ==, 5);
}

/* A good record whose case is not here (yet) waits for it, as before: it
 * is not set aside. */
static void
test_parked_not_set_aside (Hostile       *h,
                           gconstpointer  data)
{
  g_autofree char *good = journal (J_GOOD_1, 2, "\"Goede notitie\"", NULL);
  g_autoptr(GError) error = NULL;

  set_page_text (h, g_strdup_printf ("{\"epoch\": \"e1\", \"changes\": [%s], \"next_since\": 2,"
                                     " \"more\": false}", good));
  error = try_sync (h->engine);
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (h->store, "SELECT count(*) FROM sync_pending"), ==, 1);
  g_assert_cmpint (count_rows (h->store, "SELECT count(*) FROM sync_set_aside"), ==, 0);
}

/* A case of the feed, at @seq. */
static char *
feed_case (const char *uuid,
           gint64      seq,
           const char *name)
{
  return g_strdup_printf ("{\"seq\": %" G_GINT64_FORMAT ", \"type\": \"case\", \"uuid\": \"%s\", \"case_uuid\": \"%s\","
                          " \"revision\": 1, \"deleted\": false, \"created_at\": null, \"created_by\": null,"
                          " \"updated_at\": null, \"updated_by\": null, \"fields\": {\"name\": \"%s\","
                          " \"date_of_birth\": null, \"address\": null, \"buurt_code\": \"" BUURT "\","
                          " \"phone\": null, \"email\": null, \"household_size\": 1, \"household_note\": null,"
                          " \"status\": \"active\", \"track\": \"work\", \"opened_on\": \"2024-09-13\","
                          " \"has_debts\": false, \"debt_amount\": 0, \"debt_route\": \"none\","
                          " \"language_need\": \"none\", \"outcome\": \"none\", \"outcome_note\": null,"
                          " \"closed_on\": null}}", seq, uuid, uuid, name);
}

#define CASE_B "11111111-1111-4111-8111-111111111112"

/* The server is replaced between two pages of one sync: the desktop
 * reads the next page while it applies the one before, and still starts
 * over from the new server's first page, once, after the page it was
 * applying is in; the sync ends well with the new server's records. */
static void
test_replaced_mid_feed (Hostile       *h,
                        gconstpointer  data)
{
  g_autofree char *a = feed_case (CASE_UUID, 1, "Sven de Bruijn");
  g_autofree char *b = feed_case (CASE_B, 2, "Anouk Peters");
  g_autoptr(GError) error = NULL;

  h->feed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_hash_table_insert (h->feed, g_strdup ("0"),
                       g_strdup_printf ("{\"epoch\": \"e1\", \"changes\": [%s], \"next_since\": 1, \"more\": true}", a));
  g_hash_table_insert (h->feed, g_strdup ("1"),
                       g_strdup_printf ("{\"epoch\": \"e2\", \"changes\": [%s], \"next_since\": 2, \"more\": false}", b));
  g_hash_table_insert (h->feed, g_strdup ("replaced"),
                       g_strdup_printf ("{\"epoch\": \"e2\", \"changes\": [%s, %s], \"next_since\": 2, \"more\": false}",
                                        a, b));
  error = try_sync (h->engine);
  g_assert_no_error (error);
  g_assert_cmpuint (h->since_asked->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (h->since_asked, 0), ==, "0");
  g_assert_cmpstr (g_ptr_array_index (h->since_asked, 1), ==, "1");
  g_assert_cmpstr (g_ptr_array_index (h->since_asked, 2), ==, "0");
  g_assert_cmpint (count_rows (h->store, "SELECT count(*) FROM cases WHERE uuid IN ('" CASE_UUID "', '" CASE_B "')"),
                   ==, 2);
  g_assert_cmpint (count_rows (h->store, "SELECT CAST (value AS INTEGER) FROM sync_state WHERE key = 'since'"),
                   ==, 2);
  g_assert_cmpint (count_rows (h->store, "SELECT count(*) FROM sync_state WHERE key = 'epoch' AND value = 'e2'"),
                   ==, 1);
  g_assert_cmpint (bw_sync_engine_get_state (h->engine), !=, BW_SYNC_STATE_ERROR);
}

/* The partner's snapshot */

#define SHARED_A "44444444-4444-4444-8444-444444444401"
#define SHARED_B "44444444-4444-4444-8444-444444444402"
#define SHARED_C "44444444-4444-4444-8444-444444444403"
#define SJ_GOOD "55555555-5555-4555-8555-555555555501"
#define SJ_BAD "55555555-5555-4555-8555-555555555502"
#define SN_GOOD "66666666-6666-4666-8666-666666666601"
#define SN_BAD "66666666-6666-4666-8666-666666666602"

/* One shared case of a snapshot, with @case_json as its case fields. */
static char *
shared_entry (const char *case_uuid,
              const char *case_json,
              const char *records,
              const char *notes)
{
  return g_strdup_printf ("{\"case_uuid\": \"%s\", \"revision\": 3, \"organisation\": \"vsv\","
                          " \"parts\": [\"person\", \"journal\"], \"end_date\": \"2099-12-31\","
                          " \"team_contact\": \"Sanne, 045 555 0101\", \"case\": %s,"
                          " \"records\": [%s], \"notes\": [%s]}",
                          case_uuid, case_json, records ? records : "", notes ? notes : "");
}

static char *
shared_person (const char *name_json)
{
  return g_strdup_printf ("{\"name\": %s, \"date_of_birth\": \"1991-12-04\", \"address\": null,"
                          " \"buurt_code\": \"" BUURT "\", \"phone\": null, \"email\": null,"
                          " \"household_size\": 1, \"household_note\": null}", name_json);
}

static char *
shared_journal (const char *uuid,
                const char *case_uuid,
                const char *text_json)
{
  return g_strdup_printf ("{\"type\": \"journal\", \"uuid\": \"%s\", \"case_uuid\": \"%s\", \"revision\": 1,"
                          " \"deleted\": false, \"created_at\": null, \"created_by\": null,"
                          " \"updated_at\": null, \"updated_by\": \"Sanne\", \"fields\": {\"date\": \"2026-11-04\","
                          " \"author\": \"Sanne\", \"text\": %s, \"shareable\": true}}", uuid, case_uuid, text_json);
}

static char *
shared_note (const char *uuid,
             const char *case_uuid,
             const char *extra)
{
  return g_strdup_printf ("{\"type\": \"partner_note\", \"uuid\": \"%s\", \"case_uuid\": \"%s\", \"revision\": 1,"
                          " \"deleted\": false, \"created_at\": null, \"created_by\": null,"
                          " \"updated_at\": null, \"updated_by\": \"Vera\", \"fields\": {\"organisation\": \"vsv\","
                          " \"text\": \"Gesprek op school gehad\"%s}}", uuid, case_uuid, extra ? extra : "");
}

static void
set_snapshot (Hostile    *h,
              const char *entries)
{
  g_autofree char *text = g_strdup_printf ("{\"epoch\": \"e1\", \"organisation\": \"vsv\","
                                           " \"today\": \"2026-11-25\", \"cases\": [%s]}", entries);

  g_clear_pointer (&h->shared_answer, g_bytes_unref);
  h->shared_answer = g_bytes_new (text, strlen (text));
}

static gint64
n_shared (Hostile    *h,
          const char *case_uuid)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM shared_cases WHERE case_uuid = '%s'", case_uuid);

  return count_rows (h->store, sql);
}

static void
removed_cb (BwSyncEngine  *engine,
            char         **uuids,
            gpointer       user_data)
{
  guint *n_removed = user_data;

  *n_removed += g_strv_length (uuids);
}

static void
test_poisoned_snapshot (Hostile       *h,
                        gconstpointer  data)
{
  g_autofree char *person_a = shared_person ("\"Sven de Bruijn\"");
  g_autofree char *person_b_bad = shared_person ("\"Mila \\ud800 Janssen\"");
  g_autofree char *person_b = shared_person ("\"Mila Janssen\"");
  g_autofree char *person_c = shared_person ("\"Daan Smeets\"");
  g_autofree char *journal_good = shared_journal (SJ_GOOD, SHARED_A, "\"Gaat weer naar school\"");
  g_autofree char *journal_bad = shared_journal (SJ_BAD, SHARED_A, "\"journal\\u0000x\"");
  g_autofree char *note_good = shared_note (SN_GOOD, SHARED_A, NULL);
  g_autofree char *note_bad = shared_note (SN_BAD, SHARED_A, ", \"secret\": 1");
  g_autofree char *records_a = g_strconcat (journal_bad, ", ", journal_good, NULL);
  g_autofree char *notes_a = g_strconcat (note_good, ", ", note_bad, NULL);
  g_autofree char *entry_a = shared_entry (SHARED_A, person_a, records_a, notes_a);
  g_autofree char *entry_b_bad = shared_entry (SHARED_B, person_b_bad, NULL, NULL);
  g_autofree char *entry_b = shared_entry (SHARED_B, person_b, NULL, NULL);
  g_autofree char *entry_c = shared_entry (SHARED_C, person_c, NULL, NULL);
  g_autofree char *entries = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) set_aside = NULL;
  guint n_removed = 0;

  bw_case_store_set_meta (h->store, "role", "partner", NULL);
  g_signal_connect (h->engine, "shared-cases-removed", G_CALLBACK (removed_cb), &n_removed);

  /* A: one record and one note that cannot be read; B: a case name with a
   * lone surrogate; then no object at all; C: good. */
  entries = g_strjoin (", ", entry_a, entry_b_bad, "42", entry_c, NULL);
  set_snapshot (h, entries);
  error = try_sync (h->engine);
  g_assert_no_error (error);
  g_assert_cmpint (bw_sync_engine_get_state (h->engine), !=, BW_SYNC_STATE_ERROR);

  /* The readable shared cases arrived, A without its bad record. */
  g_assert_cmpint (n_shared (h, SHARED_A), ==, 1);
  g_assert_cmpint (n_shared (h, SHARED_C), ==, 1);
  g_assert_cmpint (n_shared (h, SHARED_B), ==, 0);
  g_assert_cmpint (count_rows (h->store, "SELECT json_array_length (document, '$.records') FROM shared_cases"
                                         " WHERE case_uuid = '" SHARED_A "'"), ==, 1);
  g_assert_cmpint (count_rows (h->store, "SELECT count(*) FROM shared_cases, json_each (document, '$.records')"
                                         " WHERE case_uuid = '" SHARED_A "'"
                                         " AND json_extract (value, '$.uuid') = '" SJ_GOOD "'"), ==, 1);
  g_assert_cmpint (count_rows (h->store, "SELECT count(*) FROM partner_notes WHERE uuid = '" SN_GOOD "'"), ==, 1);
  g_assert_cmpint (count_rows (h->store, "SELECT count(*) FROM partner_notes WHERE uuid = '" SN_BAD "'"), ==, 0);

  /* Each bad piece is set aside and listed: the record, the note, the
   * case B as a case, and the entry that was no object. */
  g_assert_cmpint (count_rows (h->store, "SELECT count(*) FROM sync_set_aside"), ==, 4);
  g_assert_cmpint (n_set_aside (h, SJ_BAD), ==, 1);
  g_assert_cmpint (n_set_aside (h, SN_BAD), ==, 1);
  g_assert_cmpint (n_set_aside (h, SHARED_B), ==, 1);
  g_assert_cmpint (count_rows (h->store, "SELECT count(*) FROM sync_set_aside WHERE uuid IS NULL"), ==, 1);
  set_aside = bw_sync_engine_list_set_aside (h->engine);
  g_assert_cmpuint (g_list_model_get_n_items (set_aside), ==, 4);
  for (guint i = 0; i < g_list_model_get_n_items (set_aside); i++)
    {
      g_autoptr(BwSyncConflict) c = g_list_model_get_item (set_aside, i);
      const char *uuid = bw_sync_conflict_get_uuid (c);

      g_test_message ("set aside: %s %s %s", bw_sync_conflict_get_record_type (c), uuid,
                      bw_sync_conflict_get_message (c));
      if (g_strcmp0 (uuid, SJ_BAD) == 0)
        {
          g_assert_cmpstr (bw_sync_conflict_get_record_type (c), ==, "journal");
          g_assert_cmpstr (bw_sync_conflict_get_case_uuid (c), ==, SHARED_A);
          /* The field is named, its value never. */
          g_assert_nonnull (strstr (bw_sync_conflict_get_message (c), "text"));
          g_assert_null (strstr (bw_sync_conflict_get_message (c), "journal"));
        }
      else if (g_strcmp0 (uuid, SHARED_B) == 0)
        {
          g_assert_cmpstr (bw_sync_conflict_get_record_type (c), ==, "case");
          g_assert_cmpstr (bw_sync_conflict_get_case_uuid (c), ==, SHARED_B);
          g_assert_null (strstr (bw_sync_conflict_get_message (c), "Mila"));
        }
      else if (g_strcmp0 (uuid, SN_BAD) == 0)
        g_assert_cmpstr (bw_sync_conflict_get_record_type (c), ==, "partner_note");
    }
  g_assert_cmpuint (n_removed, ==, 0);

  /* B readable again, A unreadable as a whole: B arrives and is no longer
   * set aside; A is still shared, so the copy here stays as it was. */
  g_clear_pointer (&entries, g_free);
  {
    g_autofree char *entry_a_bad = shared_entry (SHARED_A, person_b_bad, journal_good, note_good);

    entries = g_strjoin (", ", entry_a_bad, entry_b, entry_c, NULL);
  }
  set_snapshot (h, entries);
  g_clear_error (&error);
  error = try_sync (h->engine);
  g_assert_no_error (error);
  g_assert_cmpint (n_shared (h, SHARED_B), ==, 1);
  g_assert_cmpint (n_shared (h, SHARED_A), ==, 1);
  g_assert_cmpint (count_rows (h->store, "SELECT count(*) FROM shared_cases WHERE case_uuid = '" SHARED_A "'"
                                         " AND json_extract (document, '$.case.name') = 'Sven de Bruijn'"), ==, 1);
  g_assert_cmpint (count_rows (h->store, "SELECT count(*) FROM partner_notes WHERE uuid = '" SN_GOOD "'"), ==, 1);
  g_assert_cmpint (count_rows (h->store, "SELECT count(*) FROM sync_set_aside"), ==, 1);
  g_assert_cmpint (n_set_aside (h, SHARED_A), ==, 1);
  g_assert_cmpuint (n_removed, ==, 0);

  /* No longer shared at all: A goes, with what was set aside of it. */
  g_clear_pointer (&entries, g_free);
  entries = g_strjoin (", ", entry_b, entry_c, NULL);
  set_snapshot (h, entries);
  g_clear_error (&error);
  error = try_sync (h->engine);
  g_assert_no_error (error);
  g_assert_cmpint (n_shared (h, SHARED_A), ==, 0);
  g_assert_cmpint (count_rows (h->store, "SELECT count(*) FROM partner_notes WHERE case_uuid = '" SHARED_A "'"),
                   ==, 0);
  g_assert_cmpint (count_rows (h->store, "SELECT count(*) FROM sync_set_aside"), ==, 0);
  g_assert_cmpuint (n_removed, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/hostile-server/deep-nesting", Hostile, NULL, hostile_setup, test_deep_nesting,
              hostile_teardown);
  g_test_add ("/hostile-server/poisoned-page", Hostile, NULL, hostile_setup, test_poisoned_page,
              hostile_teardown);
  g_test_add ("/hostile-server/poisoned-snapshot", Hostile, NULL, hostile_setup, test_poisoned_snapshot,
              hostile_teardown);
  g_test_add ("/hostile-server/replaced-mid-feed", Hostile, NULL, hostile_setup, test_replaced_mid_feed,
              hostile_teardown);
  g_test_add ("/hostile-server/parked-not-set-aside", Hostile, NULL, hostile_setup, test_parked_not_set_aside,
              hostile_teardown);
  return g_test_run ();
}
