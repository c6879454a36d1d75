/* SPDX-License-Identifier: EUPL-1.2 */
/* The server side of the sync benchmark: a buurtwerk-server (in this
 * process) on 127.0.0.1 and a plain HTTP client. Pushes N cases in
 * batches, pulls them all as a new desktop would (the initial sync), then
 * times an incremental sync of 100 changes against the full store.
 * The client's own store is not involved: this measures the server, the
 * wire format and loopback HTTP. Prints figures; asserts nothing about
 * speed.
 *
 *   meson compile -C _build bench-sync && _build/bench/bench-sync [N]
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <libsoup/soup.h>

#include "bw-record-json.h"
#include "bw-server-store.h"
#include "bw-sync-server.h"

static SoupSession *session;
static char *base_url;

static double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

typedef struct {
  GBytes *body;
  GError *error;
  gboolean done;
} Reply;

static void
got_reply (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  Reply *reply = user_data;

  reply->body = soup_session_send_and_read_finish (SOUP_SESSION (source), result, &reply->error);
  reply->done = TRUE;
}

/* The server runs in this main loop too, so wait by iterating it. */
static JsonNode *
request (const char *method,
         const char *path,
         const char *token,
         char       *body)
{
  g_autofree char *uri = g_strconcat (base_url, path, NULL);
  g_autofree char *header = g_strconcat ("Bearer ", token, NULL);
  g_autoptr(SoupMessage) msg = soup_message_new (method, uri);
  g_autoptr(JsonParser) parser = json_parser_new ();
  Reply reply = { 0 };

  soup_message_headers_replace (soup_message_get_request_headers (msg), "Authorization", header);
  if (body != NULL)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_take (body, strlen (body));
      soup_message_set_request_body_from_bytes (msg, "application/json", bytes);
    }
  soup_session_send_and_read_async (session, msg, G_PRIORITY_DEFAULT, NULL, got_reply, &reply);
  while (!reply.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_no_error (reply.error);
  g_assert_cmpuint (soup_message_get_status (msg), ==, 200);
  g_assert_true (json_parser_load_from_data (parser, g_bytes_get_data (reply.body, NULL),
                                             g_bytes_get_size (reply.body), NULL));
  g_bytes_unref (reply.body);
  return json_node_copy (json_parser_get_root (parser));
}

static JsonObject *
new_change (const char *uuid,
            gint64      base_revision,
            JsonObject *fields)
{
  JsonObject *change = json_object_new ();
  g_autofree char *ccid = g_uuid_string_random ();

  json_object_set_string_member (change, "client_change_id", ccid);
  json_object_set_string_member (change, "type", "case");
  json_object_set_string_member (change, "uuid", uuid);
  json_object_set_string_member (change, "case_uuid", uuid);
  json_object_set_int_member (change, "base_revision", base_revision);
  json_object_set_object_member (change, "fields", fields);
  return change;
}

static char *
body_of (JsonArray *changes)
{
  g_autoptr(JsonObject) body = json_object_new ();
  g_autoptr(JsonNode) node = NULL;

  json_object_set_array_member (body, "changes", changes);
  node = json_node_init_object (json_node_alloc (), body);
  return json_to_string (node, FALSE);
}

/* Pulls everything from @since; returns the records seen. */
static guint
pull (const char *token,
      gint64     *since)
{
  gboolean more = TRUE;
  guint seen = 0;

  while (more)
    {
      g_autofree char *path = g_strdup_printf ("/api/v1/changes?since=%" G_GINT64_FORMAT "&limit=%d",
                                               *since, BW_SERVER_MAX_PAGE);
      g_autoptr(JsonNode) page = request ("GET", path, token, NULL);
      JsonObject *answer = json_node_get_object (page);
      JsonArray *changes = json_object_get_array_member (answer, "changes");

      /* Parse each record strictly, as the client does. */
      for (guint i = 0; i < json_array_get_length (changes); i++)
        {
          BwRecordEnvelope envelope = { 0 };
          g_autoptr(GError) error = NULL;

          if (!bw_record_envelope_parse (json_array_get_object_element (changes, i), &envelope, &error))
            g_error ("%s", error->message);
          bw_record_envelope_clear (&envelope);
        }
      seen += json_array_get_length (changes);
      *since = json_object_get_int_member (answer, "next_since");
      more = json_object_get_boolean_member (answer, "more");
    }
  return seen;
}

int
main (int   argc,
      char *argv[])
{
  guint n = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 100000;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("bw-bench-sync-XXXXXX", NULL);
  g_autofree char *db = g_build_filename (dir, "server.db", NULL);
  g_autoptr(BwServerStore) store = NULL;
  g_autoptr(BwSyncServer) server = NULL;
  g_autoptr(BwServerUser) user = NULL;
  g_autofree char *token = NULL;
  g_autoptr(GPtrArray) uuids = g_ptr_array_new_with_free_func (g_free);
  gint64 start, since = 0;
  guint seen;
  double ms;

  store = bw_server_store_open (db, &error);
  g_assert_no_error (error);
  bw_server_store_add_user (store, "bench", "Bench", BW_ROLE_BUURTTEAM, "Noord", NULL,
                            "benchmark-password", &error);
  g_assert_no_error (error);
  user = bw_server_store_find_user (store, "bench", NULL);
  token = bw_server_store_new_token (store, user->id, g_get_real_time () / G_USEC_PER_SEC + 3600, &error);
  g_assert_no_error (error);
  server = bw_sync_server_new (store, 64 * 1024 * 1024);
  bw_sync_server_listen (server, "127.0.0.1", 0, NULL, &error);
  g_assert_no_error (error);
  base_url = bw_sync_server_get_url (server);
  session = soup_session_new ();

  g_print ("Sync server, %u cases, over %s\n", n, base_url);

  /* Fill, through the protocol, in batches of the maximum size. */
  start = g_get_monotonic_time ();
  for (guint done = 0; done < n;)
    {
      JsonArray *changes = json_array_new ();
      g_autoptr(JsonNode) answer = NULL;

      for (guint i = 0; i < BW_SERVER_MAX_PUSH && done < n; i++, done++)
        {
          g_autoptr(BwCase) record = bw_case_new ();
          char *uuid = g_uuid_string_random ();
          g_autofree char *name = g_strdup_printf ("Bewoner %u", done);

          bw_case_set_uuid (record, uuid);
          bw_case_set_name (record, name);
          bw_case_set_buurt_code (record, "BU09171000");
          bw_case_set_address (record, "Akerstraat 1");
          bw_case_set_phone (record, "045 000 0000");
          json_array_add_object_element (changes, new_change (uuid, 0, bw_record_json_case_fields (record)));
          g_ptr_array_add (uuids, uuid);
        }
      answer = request ("POST", "/api/v1/push", token, body_of (changes));
    }
  ms = ms_since (start);
  g_print ("  push %u new cases (batches of %d)   %9.0f ms  %8.0f records/s\n",
           n, BW_SERVER_MAX_PUSH, ms, n / (ms / 1000.0));

  /* A new desktop: everything from 0. */
  start = g_get_monotonic_time ();
  seen = pull (token, &since);
  ms = ms_since (start);
  g_assert_cmpuint (seen, ==, n);
  g_print ("  initial sync (pull %u)             %9.0f ms  %8.0f records/s\n",
           seen, ms, seen / (ms / 1000.0));

  /* 100 edits by another desktop, then an incremental sync: one push and
   * one pull against the full store. */
  {
    JsonArray *changes = json_array_new ();
    g_autoptr(JsonNode) answer = NULL;
    double push_ms;

    for (guint i = 0; i < 100 && i < n; i++)
      {
        JsonObject *fields = json_object_new ();
        g_autofree char *phone = g_strdup_printf ("046 %03u 0000", i);

        json_object_set_string_member (fields, "phone", phone);
        json_array_add_object_element (changes, new_change (g_ptr_array_index (uuids, i * (n / 100)), 1, fields));
      }
    start = g_get_monotonic_time ();
    answer = request ("POST", "/api/v1/push", token, body_of (changes));
    push_ms = ms_since (start);
    start = g_get_monotonic_time ();
    seen = pull (token, &since);
    ms = ms_since (start);
    g_print ("  incremental: push 100 changes       %9.1f ms\n", push_ms);
    g_print ("  incremental: pull %3u changes       %9.1f ms\n", seen, ms);
  }

  bw_sync_server_disconnect (server);
  g_clear_object (&session);
  g_clear_object (&server);
  g_clear_object (&store);
  {
    const char *suffixes[] = { "", "-wal", "-shm" };

    for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
      {
        g_autofree char *path = g_strconcat (db, suffixes[i], NULL);
        g_remove (path);
      }
    g_rmdir (dir);
  }
  g_free (base_url);
  return 0;
}
