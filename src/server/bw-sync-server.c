#include "config.h"

#include <stdio.h>
#include <string.h>

#include <libsoup/soup.h>

#include "bw-password.h"
#include "bw-record-json.h"
#include "bw-sync-server.h"

struct _BwSyncServer
{
  GObject parent_instance;

  BwServerStore *store;
  SoupServer *server;
  gsize max_body;
  gboolean https;
};

G_DEFINE_FINAL_TYPE (BwSyncServer, bw_sync_server, G_TYPE_OBJECT)

/* Per request, for the log line. */
#define DATA_STARTED "bw-started"
#define DATA_USER "bw-user"
#define DATA_EXTRA "bw-extra"
#define DATA_ABORTED "bw-aborted"

static void
bw_sync_server_dispose (GObject *object)
{
  BwSyncServer *self = (BwSyncServer *) object;

  if (self->server)
    soup_server_disconnect (self->server);
  g_clear_object (&self->server);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (bw_sync_server_parent_class)->dispose (object);
}

static void
bw_sync_server_class_init (BwSyncServerClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = bw_sync_server_dispose;
}

static void
bw_sync_server_init (BwSyncServer *self)
{
}

/* One line per event on stderr, key=value words, never personal data:
 * users appear by id, records by nothing at all. */
static void
log_line (const char *format,
          ...) G_GNUC_PRINTF (1, 2);

static void
log_line (const char *format,
          ...)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *stamp = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
  g_autofree char *text = NULL;
  va_list args;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);
  fprintf (stderr, "buurtwerk-server: %s %s\n", stamp, text);
  fflush (stderr);
}

static void
respond_json (SoupServerMessage *msg,
              guint              status,
              JsonObject        *body)
{
  g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), body);
  char *text = json_to_string (node, FALSE);

  soup_server_message_set_status (msg, status, NULL);
  soup_message_headers_replace (soup_server_message_get_response_headers (msg),
                                "Cache-Control", "no-store");
  soup_server_message_set_response (msg, "application/json", SOUP_MEMORY_TAKE, text, strlen (text));
}

static void
respond_error (SoupServerMessage *msg,
               guint              status,
               const char        *code,
               const char        *message)
{
  g_autoptr(JsonObject) body = json_object_new ();
  JsonObject *error = json_object_new ();

  json_object_set_string_member (error, "code", code);
  json_object_set_string_member (error, "message", message);
  json_object_set_object_member (body, "error", error);
  respond_json (msg, status, body);
}

static void
respond_gerror (SoupServerMessage *msg,
                const GError      *error)
{
  guint status = SOUP_STATUS_INTERNAL_SERVER_ERROR;
  const char *code = "failed";
  const char *message = error->message;

  if (error->domain == BW_SERVER_ERROR)
    switch ((BwServerError) error->code)
      {
      case BW_SERVER_ERROR_INVALID:
        status = SOUP_STATUS_BAD_REQUEST, code = "invalid";
        break;
      case BW_SERVER_ERROR_UNAUTHORIZED:
        status = SOUP_STATUS_UNAUTHORIZED, code = "unauthorized";
        break;
      case BW_SERVER_ERROR_NOT_FOUND:
        status = SOUP_STATUS_NOT_FOUND, code = "not_found";
        break;
      case BW_SERVER_ERROR_TOO_LARGE:
        status = SOUP_STATUS_REQUEST_ENTITY_TOO_LARGE, code = "too_large";
        break;
      case BW_SERVER_ERROR_SEQUENCE_AHEAD:
        status = SOUP_STATUS_CONFLICT, code = "sequence_ahead";
        break;
      case BW_SERVER_ERROR_FAILED:
      case BW_SERVER_ERROR_EXISTS:
      case BW_SERVER_ERROR_TOO_NEW:
      default:
        break;
      }
  if (status == SOUP_STATUS_INTERNAL_SERVER_ERROR)
    {
      /* The details are for the log, not for the client. */
      log_line ("error detail=\"%s\"", error->message);
      message = "The server could not do this; try again later";
    }
  respond_error (msg, status, code, message);
}

/* Refuses a body before it is read: no length, or more than the limit. */
static void
early_handler (SoupServer        *server,
               SoupServerMessage *msg,
               const char        *path,
               GHashTable        *query,
               gpointer           user_data)
{
  BwSyncServer *self = user_data;
  SoupMessageHeaders *headers = soup_server_message_get_request_headers (msg);

  if (soup_server_message_get_method (msg) != SOUP_METHOD_POST)
    return;
  if (soup_message_headers_get_encoding (headers) != SOUP_ENCODING_CONTENT_LENGTH)
    {
      respond_error (msg, SOUP_STATUS_LENGTH_REQUIRED, "length_required",
                     "Send the body with a Content-Length");
      return;
    }
  if ((guint64) soup_message_headers_get_content_length (headers) > self->max_body)
    {
      respond_error (msg, SOUP_STATUS_REQUEST_ENTITY_TOO_LARGE, "too_large",
                     "The body is larger than this server accepts");
      soup_message_headers_replace (soup_server_message_get_response_headers (msg),
                                    "Connection", "close");
      /* libsoup 3.2 answers at once only a client that sent "Expect:
       * 100-continue"; from others it still reads the body before
       * answering. Never keep it: it is read and dropped. */
      soup_message_body_set_accumulate (soup_server_message_get_request_body (msg), FALSE);
    }
}

/* The body as a JSON node, or NULL after answering 400/413. */
static JsonNode *
read_body (BwSyncServer      *self,
           SoupServerMessage *msg)
{
  SoupMessageBody *body = soup_server_message_get_request_body (msg);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  JsonNode *root;

  if (body->length > (goffset) self->max_body)
    {
      respond_error (msg, SOUP_STATUS_REQUEST_ENTITY_TOO_LARGE, "too_large",
                     "The body is larger than this server accepts");
      return NULL;
    }
  bytes = soup_message_body_flatten (body);
  if (!g_utf8_validate (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL) ||
      !json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error))
    {
      respond_error (msg, SOUP_STATUS_BAD_REQUEST, "malformed", "The body is not valid JSON");
      return NULL;
    }
  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      respond_error (msg, SOUP_STATUS_BAD_REQUEST, "malformed", "The body must be a JSON object");
      return NULL;
    }
  return json_node_copy (root);
}

static BwServerUser *
authenticate (BwSyncServer      *self,
              SoupServerMessage *msg)
{
  const char *header = soup_message_headers_get_one (soup_server_message_get_request_headers (msg),
                                                     "Authorization");
  g_autoptr(GError) error = NULL;
  BwServerUser *user = NULL;

  if (header != NULL && g_ascii_strncasecmp (header, "Bearer ", 7) == 0)
    user = bw_server_store_authenticate (self->store, header + 7, &error);
  if (user == NULL)
    {
      soup_message_headers_replace (soup_server_message_get_response_headers (msg),
                                    "WWW-Authenticate", "Bearer");
      respond_error (msg, SOUP_STATUS_UNAUTHORIZED, "unauthorized",
                     "Sign in again: the token is missing, expired or revoked");
      return NULL;
    }
  g_object_set_data (G_OBJECT (msg), DATA_USER, GINT_TO_POINTER ((int) user->id));
  /* Where the request came from, for the audit log: the desktop's
   * database id (only a well-formed uuid is kept) and the peer address. */
  {
    const char *client = soup_message_headers_get_one (soup_server_message_get_request_headers (msg),
                                                       "X-Buurtwerk-Client");

    if (bw_record_json_is_uuid (client))
      user->client = g_strdup (client);
    user->peer = g_strdup (soup_server_message_get_remote_host (msg));
  }
  return user;
}

/* Login: the password hash runs on a worker thread while the request is
 * paused, so that other requests go on meanwhile. */

typedef struct {
  BwSyncServer *self;
  SoupServerMessage *msg;
  BwServerUser *user;     /* NULL when the login is unknown */
  char *password;
  char *hash;
  gulong disconnected_id;
  gboolean disconnected;  /* the client went away while we hashed */
} LoginData;

static void
login_data_free (LoginData *data)
{
  g_clear_signal_handler (&data->disconnected_id, data->msg);
  g_object_unref (data->self);
  g_object_unref (data->msg);
  bw_server_user_free (data->user);
  if (data->password)
    memset (data->password, 0, strlen (data->password));
  g_free (data->password);
  g_free (data->hash);
  g_free (data);
}

static void
verify_in_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  LoginData *data = task_data;

  g_task_return_boolean (task, bw_password_verify (data->password, data->hash));
}

static void
login_verified (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  LoginData *data = g_task_get_task_data (G_TASK (result));
  BwSyncServer *self = data->self;
  gboolean ok = g_task_propagate_boolean (G_TASK (result), NULL);

  /* Nobody to answer, and no token to make for nobody. */
  if (data->disconnected)
    return;

  if (!ok || data->user == NULL || data->user->disabled)
    {
      /* One answer for a wrong password, an unknown login and a disabled
       * account: the client learns nothing about which. */
      respond_error (data->msg, SOUP_STATUS_UNAUTHORIZED, "unauthorized",
                     "The login or password is wrong, or the account is disabled");
    }
  else
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
      g_autoptr(GDateTime) expires = g_date_time_add_hours (now, BW_SERVER_TOKEN_HOURS);
      g_autofree char *token = bw_server_store_new_token (self->store, data->user->id,
                                                          g_date_time_to_unix (expires), &error);

      g_object_set_data (G_OBJECT (data->msg), DATA_USER, GINT_TO_POINTER ((int) data->user->id));
      if (token == NULL)
        respond_gerror (data->msg, error);
      else
        {
          g_autoptr(JsonObject) body = json_object_new ();
          g_autofree char *expires_at = g_date_time_format (expires, "%Y-%m-%dT%H:%M:%SZ");

          json_object_set_string_member (body, "token", token);
          json_object_set_string_member (body, "expires_at", expires_at);
          json_object_set_string_member (body, "epoch", bw_server_store_get_epoch (self->store));
          json_object_set_object_member (body, "user", bw_server_user_to_json (data->user));
          respond_json (data->msg, SOUP_STATUS_OK, body);
        }
    }
  soup_server_message_unpause (data->msg);
}

static void
login_disconnected (SoupServerMessage *msg,
                    gpointer           user_data)
{
  LoginData *data = user_data;

  data->disconnected = TRUE;
}

static void
handle_login (BwSyncServer      *self,
              SoupServerMessage *msg)
{
  static const char *members[] = { "login", "password", NULL };
  g_autoptr(JsonNode) root = read_body (self, msg);
  g_autoptr(GError) error = NULL;
  g_autoptr(GTask) task = NULL;
  const char *login, *password;
  JsonObject *object;
  LoginData *data;

  if (root == NULL)
    return;
  object = json_node_get_object (root);
  if (!bw_json_check_members (object, members, &error) ||
      !bw_json_get_string (object, "login", FALSE, &login, &error) ||
      !bw_json_get_string (object, "password", FALSE, &password, &error))
    {
      respond_error (msg, SOUP_STATUS_BAD_REQUEST, "invalid", error->message);
      return;
    }

  data = g_new0 (LoginData, 1);
  data->self = g_object_ref (self);
  data->msg = g_object_ref (msg);
  data->user = bw_server_store_find_user (self->store, login, &data->hash);
  if (data->user == NULL)
    data->hash = g_strdup (bw_password_dummy_hash ());
  data->password = g_strdup (password);
  data->disconnected_id = g_signal_connect (msg, "disconnected", G_CALLBACK (login_disconnected), data);

  soup_server_message_pause (msg);
  task = g_task_new (NULL, NULL, login_verified, NULL);
  g_task_set_task_data (task, data, (GDestroyNotify) login_data_free);
  g_task_run_in_thread (task, verify_in_thread);
}

static gboolean
parse_query_int (GHashTable  *query,
                 const char  *name,
                 gint64       fallback,
                 gint64      *value)
{
  const char *text = query ? g_hash_table_lookup (query, name) : NULL;
  guint64 number;

  if (text == NULL)
    {
      *value = fallback;
      return TRUE;
    }
  if (!g_ascii_string_to_unsigned (text, 10, 0, G_MAXINT64, &number, NULL))
    return FALSE;
  *value = number;
  return TRUE;
}

static void
handle_changes (BwSyncServer      *self,
                SoupServerMessage *msg,
                GHashTable        *query)
{
  g_autoptr(BwServerUser) user = authenticate (self, msg);
  g_autoptr(GError) error = NULL;
  gint64 since, limit;
  gboolean more;
  guint n_records;
  char *answer;

  if (user == NULL)
    return;
  if (query != NULL)
    {
      GHashTableIter iter;
      const char *key;

      g_hash_table_iter_init (&iter, query);
      while (g_hash_table_iter_next (&iter, (gpointer *) &key, NULL))
        if (!g_str_equal (key, "since") && !g_str_equal (key, "limit"))
          {
            respond_error (msg, SOUP_STATUS_BAD_REQUEST, "invalid", "Unknown query parameter");
            return;
          }
    }
  if (!parse_query_int (query, "since", 0, &since) ||
      !parse_query_int (query, "limit", BW_SERVER_DEFAULT_PAGE, &limit))
    {
      respond_error (msg, SOUP_STATUS_BAD_REQUEST, "invalid", "since and limit must be numbers");
      return;
    }
  answer = bw_server_store_get_changes (self->store, user, since, limit, &n_records, &more, &error);
  if (answer == NULL)
    {
      respond_gerror (msg, error);
      return;
    }
  g_object_set_data_full (G_OBJECT (msg), DATA_EXTRA,
                          g_strdup_printf ("records=%u more=%d", n_records, more), g_free);
  soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
  soup_message_headers_replace (soup_server_message_get_response_headers (msg),
                                "Cache-Control", "no-store");
  soup_server_message_set_response (msg, "application/json", SOUP_MEMORY_TAKE, answer, strlen (answer));
}

static void
handle_push (BwSyncServer      *self,
             SoupServerMessage *msg)
{
  g_autoptr(BwServerUser) user = authenticate (self, msg);
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(JsonObject) answer = NULL;
  g_autoptr(GError) error = NULL;
  guint counts[3] = { 0 };
  JsonArray *results;

  if (user == NULL || (root = read_body (self, msg)) == NULL)
    return;
  answer = bw_server_store_push (self->store, user, root, &error);
  if (answer == NULL)
    {
      respond_gerror (msg, error);
      return;
    }
  results = json_object_get_array_member (answer, "results");
  for (guint i = 0; i < json_array_get_length (results); i++)
    {
      const char *status = json_object_get_string_member (json_array_get_object_element (results, i),
                                                          "status");
      if (g_str_equal (status, "applied"))
        counts[0]++;
      else if (g_str_equal (status, "conflict"))
        counts[1]++;
      else if (g_str_equal (status, "rejected"))
        counts[2]++;
    }
  g_object_set_data_full (G_OBJECT (msg), DATA_EXTRA,
                          g_strdup_printf ("changes=%u applied=%u conflict=%u rejected=%u",
                                           json_array_get_length (results),
                                           counts[0], counts[1], counts[2]),
                          g_free);
  respond_json (msg, SOUP_STATUS_OK, answer);
}

static void
handle_record (BwSyncServer      *self,
               SoupServerMessage *msg,
               const char        *uuid)
{
  g_autoptr(BwServerUser) user = authenticate (self, msg);
  g_autoptr(JsonObject) answer = NULL;
  g_autoptr(GError) error = NULL;

  if (user == NULL)
    return;
  answer = bw_server_store_get_record (self->store, user, uuid, &error);
  if (answer == NULL)
    respond_gerror (msg, error);
  else
    respond_json (msg, SOUP_STATUS_OK, answer);
}

static void
handle_me (BwSyncServer      *self,
           SoupServerMessage *msg)
{
  g_autoptr(BwServerUser) user = authenticate (self, msg);
  g_autoptr(JsonObject) answer = NULL;

  if (user == NULL)
    return;
  answer = json_object_new ();
  json_object_set_string_member (answer, "epoch", bw_server_store_get_epoch (self->store));
  json_object_set_object_member (answer, "user", bw_server_user_to_json (user));
  respond_json (msg, SOUP_STATUS_OK, answer);
}

static void
handle_shared (BwSyncServer      *self,
               SoupServerMessage *msg)
{
  g_autoptr(BwServerUser) user = authenticate (self, msg);
  g_autoptr(JsonObject) answer = NULL;
  g_autoptr(GError) error = NULL;
  guint n_cases = 0;

  if (user == NULL)
    return;
  answer = bw_server_store_get_shared (self->store, user, &n_cases, &error);
  if (answer == NULL)
    {
      respond_gerror (msg, error);
      return;
    }
  g_object_set_data_full (G_OBJECT (msg), DATA_EXTRA, g_strdup_printf ("cases=%u", n_cases), g_free);
  respond_json (msg, SOUP_STATUS_OK, answer);
}

static void
handle_opened (BwSyncServer      *self,
               SoupServerMessage *msg)
{
  static const char *members[] = { "case_uuid", "opened_at", NULL };
  g_autoptr(BwServerUser) user = authenticate (self, msg);
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(JsonObject) answer = NULL;
  g_autoptr(GError) error = NULL;
  const char *case_uuid, *opened_at = NULL;
  JsonObject *object;

  if (user == NULL || (root = read_body (self, msg)) == NULL)
    return;
  object = json_node_get_object (root);
  if (!bw_json_check_members (object, members, &error) ||
      !bw_json_get_string (object, "case_uuid", FALSE, &case_uuid, &error) ||
      (json_object_has_member (object, "opened_at") &&
       !bw_json_get_string (object, "opened_at", TRUE, &opened_at, &error)))
    {
      respond_error (msg, SOUP_STATUS_BAD_REQUEST, "invalid", error->message);
      return;
    }
  if (!bw_server_store_report_opened (self->store, user, case_uuid, opened_at, &error))
    {
      respond_gerror (msg, error);
      return;
    }
  answer = json_object_new ();
  json_object_set_string_member (answer, "epoch", bw_server_store_get_epoch (self->store));
  respond_json (msg, SOUP_STATUS_OK, answer);
}

static void
handle_access_history (BwSyncServer      *self,
                       SoupServerMessage *msg,
                       const char        *case_uuid)
{
  g_autoptr(BwServerUser) user = authenticate (self, msg);
  g_autoptr(JsonObject) answer = NULL;
  g_autoptr(GError) error = NULL;

  if (user == NULL)
    return;
  answer = bw_server_store_access_history (self->store, user, case_uuid, &error);
  if (answer == NULL)
    respond_gerror (msg, error);
  else
    respond_json (msg, SOUP_STATUS_OK, answer);
}

#define CASES_PREFIX "/api/v1/cases/"
#define ACCESS_HISTORY_SUFFIX "/access-history"

static gboolean
is_access_history_path (const char *path)
{
  return g_str_has_prefix (path, CASES_PREFIX) && g_str_has_suffix (path, ACCESS_HISTORY_SUFFIX) &&
         strlen (path) > strlen (CASES_PREFIX) + strlen (ACCESS_HISTORY_SUFFIX);
}

static void
api_handler (SoupServer        *server,
             SoupServerMessage *msg,
             const char        *path,
             GHashTable        *query,
             gpointer           user_data)
{
  BwSyncServer *self = user_data;
  const char *method = soup_server_message_get_method (msg);
  const char *expected = NULL;

  /* The early handler already answered (411, 413). */
  if (soup_server_message_get_status (msg) != 0)
    return;

  if (g_str_equal (path, "/api/v1/login"))
    expected = SOUP_METHOD_POST;
  else if (g_str_equal (path, "/api/v1/push"))
    expected = SOUP_METHOD_POST;
  else if (g_str_equal (path, "/api/v1/changes") || g_str_has_prefix (path, "/api/v1/records/") ||
           g_str_equal (path, "/api/v1/me") || g_str_equal (path, "/api/v1/shared") ||
           is_access_history_path (path))
    expected = SOUP_METHOD_GET;
  else if (g_str_equal (path, "/api/v1/audit/opened"))
    expected = SOUP_METHOD_POST;
  else
    {
      respond_error (msg, SOUP_STATUS_NOT_FOUND, "not_found", "No such path");
      return;
    }
  if (method != expected)
    {
      soup_message_headers_replace (soup_server_message_get_response_headers (msg), "Allow", expected);
      respond_error (msg, SOUP_STATUS_METHOD_NOT_ALLOWED, "method_not_allowed",
                     "This path does not take that method");
      return;
    }

  if (g_str_equal (path, "/api/v1/login"))
    handle_login (self, msg);
  else if (g_str_equal (path, "/api/v1/push"))
    handle_push (self, msg);
  else if (g_str_equal (path, "/api/v1/changes"))
    handle_changes (self, msg, query);
  else if (g_str_equal (path, "/api/v1/me"))
    handle_me (self, msg);
  else if (g_str_equal (path, "/api/v1/shared"))
    handle_shared (self, msg);
  else if (g_str_equal (path, "/api/v1/audit/opened"))
    handle_opened (self, msg);
  else if (is_access_history_path (path))
    {
      g_autofree char *uuid = g_strndup (path + strlen (CASES_PREFIX),
                                         strlen (path) - strlen (CASES_PREFIX) - strlen (ACCESS_HISTORY_SUFFIX));
      handle_access_history (self, msg, uuid);
    }
  else
    handle_record (self, msg, path + strlen ("/api/v1/records/"));
}

static void
request_started (SoupServer        *server,
                 SoupServerMessage *msg,
                 gpointer           user_data)
{
  gint64 *started = g_new (gint64, 1);

  *started = g_get_monotonic_time ();
  g_object_set_data_full (G_OBJECT (msg), DATA_STARTED, started, g_free);
}

static void
request_finished (SoupServer        *server,
                  SoupServerMessage *msg,
                  gpointer           user_data)
{
  gint64 *started = g_object_get_data (G_OBJECT (msg), DATA_STARTED);
  const char *extra = g_object_get_data (G_OBJECT (msg), DATA_EXTRA);
  int user = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (msg), DATA_USER));
  GUri *uri = soup_server_message_get_uri (msg);
  const char *path = uri ? g_uri_get_path (uri) : "-";

  /* Record uuids in paths are not personal data, but keep the line short
   * and the same for every record. */
  if (g_str_has_prefix (path, "/api/v1/records/"))
    path = "/api/v1/records/*";
  else if (is_access_history_path (path))
    path = "/api/v1/cases/*/access-history";
  log_line ("request method=%s path=%s status=%u%s user=%d ms=%" G_GINT64_FORMAT "%s%s",
            soup_server_message_get_method (msg), path,
            soup_server_message_get_status (msg),
            g_object_get_data (G_OBJECT (msg), DATA_ABORTED) ? " aborted=1" : "", user,
            started ? (g_get_monotonic_time () - *started) / 1000 : -1,
            extra ? " " : "", extra ? extra : "");
}

/* The client went away before the answer was written. */
static void
request_aborted (SoupServer        *server,
                 SoupServerMessage *msg,
                 gpointer           user_data)
{
  g_object_set_data (G_OBJECT (msg), DATA_ABORTED, GINT_TO_POINTER (TRUE));
  request_finished (server, msg, user_data);
}

BwSyncServer *
bw_sync_server_new (BwServerStore *store,
                    gsize          max_body)
{
  BwSyncServer *self;

  g_return_val_if_fail (BW_IS_SERVER_STORE (store), NULL);

  self = g_object_new (BW_TYPE_SYNC_SERVER, NULL);
  self->store = g_object_ref (store);
  self->max_body = max_body > 0 ? max_body : BW_SYNC_SERVER_DEFAULT_MAX_BODY;
  return self;
}

gboolean
bw_sync_server_listen (BwSyncServer     *self,
                       const char       *host,
                       guint             port,
                       GTlsCertificate  *certificate,
                       GError          **error)
{
  g_autoptr(GInetAddress) inet = NULL;
  g_autoptr(GSocketAddress) address = NULL;

  g_return_val_if_fail (BW_IS_SYNC_SERVER (self), FALSE);
  g_return_val_if_fail (self->server == NULL, FALSE);

  inet = g_inet_address_new_from_string (host);
  if (inet == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   "Listen on an IP address such as 127.0.0.1, not “%s”", host);
      return FALSE;
    }
  address = g_inet_socket_address_new (inet, port);

  /* Made now, so that the first unknown login costs no more than any. */
  bw_password_dummy_hash ();

  self->server = soup_server_new ("server-header", "buurtwerk-server",
                                  "tls-certificate", certificate, NULL);
  self->https = certificate != NULL;
  soup_server_add_early_handler (self->server, "/api", early_handler, self, NULL);
  soup_server_add_handler (self->server, "/api", api_handler, self, NULL);
  g_signal_connect (self->server, "request-started", G_CALLBACK (request_started), self);
  g_signal_connect (self->server, "request-finished", G_CALLBACK (request_finished), self);
  g_signal_connect (self->server, "request-aborted", G_CALLBACK (request_aborted), self);

  if (!soup_server_listen (self->server, address,
                           self->https ? SOUP_SERVER_LISTEN_HTTPS : 0, error))
    {
      g_clear_object (&self->server);
      return FALSE;
    }
  return TRUE;
}

guint
bw_sync_server_get_port (BwSyncServer *self)
{
  GSList *uris;
  guint port = 0;

  g_return_val_if_fail (BW_IS_SYNC_SERVER (self), 0);

  if (self->server == NULL)
    return 0;
  uris = soup_server_get_uris (self->server);
  if (uris != NULL)
    port = g_uri_get_port (uris->data);
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);
  return port;
}

char *
bw_sync_server_get_url (BwSyncServer *self)
{
  GSList *uris;
  char *url = NULL;

  g_return_val_if_fail (BW_IS_SYNC_SERVER (self), NULL);

  if (self->server == NULL)
    return NULL;
  uris = soup_server_get_uris (self->server);
  if (uris != NULL)
    url = g_strdup_printf ("%s://%s:%d", self->https ? "https" : "http",
                           g_uri_get_host (uris->data), g_uri_get_port (uris->data));
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);
  return url;
}

void
bw_sync_server_disconnect (BwSyncServer *self)
{
  g_return_if_fail (BW_IS_SYNC_SERVER (self));

  if (self->server)
    soup_server_disconnect (self->server);
}
