/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-sync"
#include "config.h"

/* The engine's requests to the server: the URL and headers, the checked
 * reading of an answer, the errors and the server's Retry-After; and the
 * login. */

#include <string.h>

#include <glib/gi18n-lib.h>

#include "bw-figures.h"
#include "bw-json-wire.h"
#include "bw-share.h"
#include "bw-sync-engine-private.h"

/* json_object_get_string_member_with_default() for the server's answers:
 * an object or array there reads as NULL, as a number does, instead of a
 * json-glib critical (found by fuzz-sync-client). */
const char *
bw_sync_member_string (JsonObject *object,
                       const char *name,
                       const char *fallback)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return fallback;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

/* json-glib 1.6 has no _with_default() getters for objects and arrays. */
JsonObject *
bw_sync_member_object (JsonObject *object,
                       const char *name,
                       JsonObject *fallback)
{
  JsonNode *node = json_object_get_member (object, name);

  return node && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : fallback;
}

JsonArray *
bw_sync_member_array (JsonObject *object,
                      const char *name,
                      JsonArray  *fallback)
{
  JsonNode *node = json_object_get_member (object, name);

  return node && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : fallback;
}

/* The longest wait a busy server may ask for (seconds). */
#define MAX_RETRY_AFTER 3600

/* Retry-After is seconds or an HTTP date (RFC 9110 10.2.3). */
static guint
parse_retry_after (SoupMessage *msg)
{
  const char *value = soup_message_headers_get_one (soup_message_get_response_headers (msg), "Retry-After");
  guint64 seconds;

  if (value == NULL)
    return DEFAULT_RETRY_AFTER;
  if (g_ascii_string_to_unsigned (value, 10, 0, G_MAXUINT32, &seconds, NULL))
    return CLAMP (seconds, 1, MAX_RETRY_AFTER);
  {
    g_autoptr(GDateTime) when = soup_date_time_new_from_http_string (value);
    g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

    if (when != NULL)
      return CLAMP (g_date_time_difference (when, now) / G_TIME_SPAN_SECOND, 1, MAX_RETRY_AFTER);
  }
  return DEFAULT_RETRY_AFTER;
}

/* The server's answers go through the wire check first: json-glib
 * recurses once per nesting level, so a hostile or broken server could
 * otherwise overflow the stack with deep nesting (issue 12). Escaped
 * controls and lone surrogates pass the check (BW_JSON_WIRE_ANY_ESCAPE)
 * so that one bad record is set aside rather than the whole page
 * refused; json-glib would silently cut a string at "\u0000", so that
 * escape becomes "\u0001" first, which the field check refuses. */
static void
defuse_nul_escapes (char  *data,
                    gsize  length)
{
  gboolean in_string = FALSE;

  for (gsize i = 0; i < length; i++)
    {
      if (!in_string)
        {
          in_string = data[i] == '"';
          continue;
        }
      if (data[i] == '"')
        in_string = FALSE;
      else if (data[i] == '\\' && i + 1 < length)
        {
          if (data[i + 1] == 'u' && i + 5 < length && memcmp (data + i + 2, "0000", 4) == 0)
            data[i + 5] = '1';
          i++;
        }
    }
}

static JsonNode *
parse_answer (GBytes  *body,
              GError **error)
{
  gsize size = 0;
  const char *data = body ? g_bytes_get_data (body, &size) : NULL;
  g_autofree char *copy = NULL;

  if (data == NULL || size == 0)
    {
      g_set_error_literal (error, BW_JSON_WIRE_ERROR, BW_JSON_WIRE_ERROR_SYNTAX, "empty");
      return NULL;
    }
  /* A NUL byte ends the search early, but the wire check refuses it. */
  if (g_strstr_len (data, size, "\\u0000") == NULL)
    return bw_json_wire_parse_object (data, size, BW_JSON_WIRE_ANY_ESCAPE, error);
  copy = g_memdup2 (data, size);
  defuse_nul_escapes (copy, size);
  return bw_json_wire_parse_object (copy, size, BW_JSON_WIRE_ANY_ESCAPE, error);
}

static GError *
http_error (SoupMessage *msg,
            GBytes      *body,
            GError      *transport_error,
            guint       *retry_after)
{
  guint status;
  g_autoptr(JsonNode) node = NULL;
  const char *message = NULL;

  if (transport_error != NULL)
    {
      if (g_error_matches (transport_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return g_error_copy (transport_error);
      return g_error_new (BW_SYNC_ERROR, BW_SYNC_ERROR_OFFLINE,
                          _("The server cannot be reached (%s); your work is kept here and sent later"),
                          transport_error->message);
    }

  status = soup_message_get_status (msg);
  if (body != NULL && g_bytes_get_size (body) > 0)
    {
      node = parse_answer (body, NULL);
      if (node != NULL)
        {
          JsonObject *err = bw_sync_member_object (json_node_get_object (node), "error", NULL);
          if (err)
            message = bw_sync_member_string (err, "message", NULL);
          /* Shown to the user: clean text of a sensible length only. */
          if (message != NULL && (strlen (message) > 500 || !bw_json_wire_text_is_clean (message, -1)))
            message = NULL;
        }
    }

  if (status == 429 || status == SOUP_STATUS_SERVICE_UNAVAILABLE)
    {
      /* Nothing was done: the changes stay in the outbox and go, with the
       * same client change ids, when the app tries again. */
      *retry_after = parse_retry_after (msg);
      return g_error_new (BW_SYNC_ERROR, BW_SYNC_ERROR_RETRY_LATER,
                          g_dngettext (GETTEXT_PACKAGE,
                                       "The server is busy; trying again in %u second",
                                       "The server is busy; trying again in %u seconds", *retry_after),
                          *retry_after);
    }
  if (status == SOUP_STATUS_REQUEST_ENTITY_TOO_LARGE)
    return g_error_new_literal (BW_SYNC_ERROR, BW_SYNC_ERROR_TOO_LARGE,
                                _("The server refused the changes as too large"));
  if (status == SOUP_STATUS_CONFLICT)
    return g_error_new_literal (BW_SYNC_ERROR, BW_SYNC_ERROR_SEQUENCE_AHEAD,
                                _("The server went back to an earlier state; synchronising again from the start"));
  if (status == SOUP_STATUS_NOT_FOUND)
    return g_error_new_literal (BW_SYNC_ERROR, BW_SYNC_ERROR_NOT_FOUND,
                                _("The server does not have this, or it is not (any more) yours to see"));
  if (status == SOUP_STATUS_UNAUTHORIZED)
    return g_error_new_literal (BW_SYNC_ERROR, BW_SYNC_ERROR_UNAUTHORIZED,
                                _("Log in again: the server did not accept the login or the session ended"));
  return g_error_new (BW_SYNC_ERROR, BW_SYNC_ERROR_PROTOCOL,
                      _("The server answered with an error (%u): %s"), status,
                      message ? message : soup_message_get_reason_phrase (msg));
}

typedef struct {
  SoupMessage *msg;
  GBytes *body;
} HttpCall;

static void
http_call_free (HttpCall *call)
{
  g_clear_object (&call->msg);
  g_clear_pointer (&call->body, g_bytes_unref);
  g_free (call);
}

/* A feed page is half a megabyte of JSON: it is checked and parsed here,
 * on a worker thread, never on the main loop. */
static void
parse_thread (GTask        *task,
              gpointer      source,
              gpointer      task_data,
              GCancellable *cancellable)
{
  HttpCall *call = task_data;
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GError) parse_error = NULL;

  node = parse_answer (call->body, &parse_error);
  if (node == NULL)
    {
      if (g_error_matches (parse_error, BW_JSON_WIRE_ERROR, BW_JSON_WIRE_ERROR_DEPTH))
        g_task_return_new_error (task, BW_SYNC_ERROR, BW_SYNC_ERROR_PROTOCOL,
                                 _("The server’s answer is not valid JSON: it is nested too deeply"));
      else
        g_task_return_new_error (task, BW_SYNC_ERROR, BW_SYNC_ERROR_PROTOCOL,
                                 _("The server’s answer is not valid JSON"));
      return;
    }
  g_task_return_pointer (task, json_object_ref (json_node_get_object (node)),
                         (GDestroyNotify) json_object_unref);
}

static void
http_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  BwSyncEngine *self = g_task_get_source_object (task);
  HttpCall *call = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) body = soup_session_send_and_read_finish (SOUP_SESSION (source), result, &error);

  if (body == NULL || soup_message_get_status (call->msg) != SOUP_STATUS_OK)
    {
      g_task_return_error (task, http_error (call->msg, body, error, &self->retry_after));
      return;
    }
  call->body = g_steal_pointer (&body);
  g_task_run_in_thread (task, parse_thread);
}

void
bw_sync_engine_http_json_async (BwSyncEngine        *self,
                                const char          *method,
                                const char          *base_url,
                                const char          *path_and_query,
                                JsonObject          *body,
                                gboolean             with_token,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);
  g_autofree char *base = g_strdup (base_url);
  g_autofree char *url = NULL;
  HttpCall *call = g_new0 (HttpCall, 1);
  gsize len = strlen (base);

  while (len > 0 && base[len - 1] == '/')
    base[--len] = '\0';
  url = g_strconcat (base, "/api/v1/", path_and_query, NULL);
  call->msg = soup_message_new (method, url);
  g_task_set_task_data (task, call, (GDestroyNotify) http_call_free);
  if (call->msg == NULL)
    {
      g_task_return_new_error (task, BW_SYNC_ERROR, BW_SYNC_ERROR_NOT_CONFIGURED,
                               _("The server address is not valid"));
      return;
    }
  if (with_token && self->token)
    {
      g_autofree char *auth = g_strconcat ("Bearer ", self->token, NULL);
      soup_message_headers_replace (soup_message_get_request_headers (call->msg), "Authorization", auth);
    }
  if (self->client_id != NULL)
    soup_message_headers_replace (soup_message_get_request_headers (call->msg), "X-Buurtwerk-Client",
                                  self->client_id);
  if (body != NULL)
    {
      char *text = bw_sync_object_to_string (body);
      g_autoptr(GBytes) bytes = g_bytes_new_take (text, strlen (text));
      soup_message_set_request_body_from_bytes (call->msg, "application/json", bytes);
    }
  soup_session_send_and_read_async (self->session, call->msg, G_PRIORITY_DEFAULT, cancellable,
                                    http_done_cb, g_steal_pointer (&task));
}

JsonObject *
bw_sync_engine_http_json_finish (BwSyncEngine  *self,
                                 GAsyncResult  *result,
                                 GError       **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}

/* Login */

/* The role and organisation of the signed-in user, which decide what a
 * sync does: a partner pulls the snapshot of what is shared with it, the
 * others the team feed. Their name signs what this desktop writes from now
 * on, also after a restart offline (bw_case_store_open() reads it). */
gboolean
bw_sync_engine_store_user (BwSyncEngine *self,
                           JsonObject   *user)
{
  const char *role = user ? bw_sync_member_string (user, "role", NULL) : NULL;
  const char *organisation = user ? bw_sync_member_string (user, "organisation", NULL) : NULL;
  const char *name = user ? bw_sync_member_string (user, "name", NULL) : NULL;
  g_autofree char *old_role = NULL;
  g_autofree char *old_name = NULL;
  g_autofree char *clean_name = NULL;

  if (role == NULL || strlen (role) > 32)
    return FALSE;
  if (organisation != NULL && !bw_organisation_is_key (organisation))
    organisation = NULL;
  /* A name that could not sign a note (empty, too long, control
   * characters) is not taken: the one known before stays. */
  if (name != NULL && strlen (name) <= BW_SYNC_USER_NAME_MAX)
    {
      clean_name = g_strstrip (g_strdup (name));
      for (const char *p = clean_name; *p; p = g_utf8_next_char (p))
        if (g_unichar_iscntrl (g_utf8_get_char (p)))
          {
            g_clear_pointer (&clean_name, g_free);
            break;
          }
      if (clean_name != NULL && *clean_name == '\0')
        g_clear_pointer (&clean_name, g_free);
    }
  old_role = bw_case_store_get_meta (self->store, "role");
  old_name = bw_case_store_get_meta (self->store, "user_name");
  bw_case_store_set_meta (self->store, "role", role, NULL);
  /* Who "mine" is: the owner and assignee ids the server uses. */
  {
    JsonNode *id = json_object_get_member (user, "id");

    if (id != NULL && JSON_NODE_HOLDS_VALUE (id) && json_node_get_value_type (id) == G_TYPE_INT64 &&
        json_node_get_int (id) > 0)
      {
        g_autofree char *text = g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (id));

        bw_case_store_set_meta (self->store, "user_id", text, NULL);
      }
  }
  bw_case_store_set_meta (self->store, "organisation", organisation, NULL);
  /* Only a trainer's desktop shows the server's figures. */
  if (!g_str_equal (role, "trainer"))
    bw_case_store_set_meta (self->store, BW_FIGURES_META_KEY, NULL, NULL);
  if (clean_name != NULL)
    {
      bw_case_store_set_meta (self->store, "user_name", clean_name, NULL);
      if (g_strcmp0 (bw_case_store_get_author (self->store), clean_name) != 0)
        bw_case_store_set_author (self->store, clean_name);
    }
  if (g_strcmp0 (old_role, role) != 0 || (clean_name != NULL && g_strcmp0 (old_name, clean_name) != 0))
    bw_sync_engine_emit_user_changed (self);
  return TRUE;
}

static void
me_refreshed_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  BwSyncEngine *self = BW_SYNC_ENGINE (source);
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonObject) answer = bw_sync_engine_http_json_finish (self, result, &error);

  if (answer == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else if (!bw_sync_engine_store_user (self, bw_sync_member_object (answer, "user", NULL)))
    g_task_return_new_error (task, BW_SYNC_ERROR, BW_SYNC_ERROR_PROTOCOL,
                             _("The server’s answer is not valid JSON"));
  else
    g_task_return_boolean (task, TRUE);
}

void
bw_sync_engine_refresh_user_async (BwSyncEngine        *self,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);

  g_task_set_source_tag (task, bw_sync_engine_refresh_user_async);
  if (!bw_sync_engine_is_configured (self))
    {
      g_task_return_new_error (task, BW_SYNC_ERROR, BW_SYNC_ERROR_NOT_CONFIGURED,
                               _("Set the server address and log in under Preferences to sync"));
      return;
    }
  bw_sync_engine_http_json_async (self, "GET", self->base_url, "me", NULL, TRUE, cancellable,
                                  me_refreshed_cb, g_steal_pointer (&task));
}

gboolean
bw_sync_engine_refresh_user_finish (BwSyncEngine  *self,
                                    GAsyncResult  *result,
                                    GError       **error)
{
  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
login_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  BwSyncEngine *self = BW_SYNC_ENGINE (source);
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonObject) answer = bw_sync_engine_http_json_finish (self, result, &error);
  const char *token;

  if (answer == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  token = bw_sync_member_string (answer, "token", NULL);
  if (token == NULL)
    {
      g_task_return_new_error (task, BW_SYNC_ERROR, BW_SYNC_ERROR_PROTOCOL,
                               _("The server’s answer to the login has no session"));
      return;
    }
  bw_sync_engine_set_server (self, g_task_get_task_data (task), token);
  bw_sync_engine_store_user (self, bw_sync_member_object (answer, "user", NULL));
  g_task_return_pointer (task, g_strdup (token), g_free);
}

void
bw_sync_engine_login_async (BwSyncEngine        *self,
                            const char          *base_url,
                            const char          *login,
                            const char          *password,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);
  g_autoptr(JsonObject) body = json_object_new ();

  g_task_set_task_data (task, g_strdup (base_url), g_free);
  json_object_set_string_member (body, "login", login);
  json_object_set_string_member (body, "password", password);
  bw_sync_engine_http_json_async (self, "POST", base_url, "login", body, FALSE, cancellable,
                                  login_done_cb, g_steal_pointer (&task));
}

char *
bw_sync_engine_login_finish (BwSyncEngine  *self,
                             GAsyncResult  *result,
                             GError       **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}
