/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-server"
/* The protocol's endpoints (docs/sync-protocol.md): what is refused
 * before a body is read, the routing, and the answers, the database work
 * of each running in the request pool. */
#include "config.h"

#include <string.h>

#include <libsoup/soup.h>

#include "bw-file-type.h"
#include "bw-json-wire.h"
#include "bw-rate-limiter.h"
#include "bw-record-json.h"
#include "bw-request-pool.h"
#include "bw-server-log.h"
#include "bw-sync-server-private.h"

#define STATUS_TOO_MANY_REQUESTS 429

void
bw_sync_server_respond_json (SoupServerMessage *msg,
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

void
bw_sync_server_respond_error (SoupServerMessage *msg,
                              guint              status,
                              const char        *code,
                              const char        *message)
{
  g_autoptr(JsonObject) body = json_object_new ();
  JsonObject *error = json_object_new ();

  json_object_set_string_member (error, "code", code);
  json_object_set_string_member (error, "message", message);
  json_object_set_object_member (body, "error", error);
  bw_sync_server_respond_json (msg, status, body);
}

/* 429: nothing was done; ask again after @seconds. (A connection over
 * the limits is refused by the listener, bw-listener.c.) */
void
bw_sync_server_respond_try_later (SoupServerMessage *msg,
                                  guint              seconds)
{
  g_autofree char *value = g_strdup_printf ("%u", seconds);

  bw_sync_server_respond_error (msg, STATUS_TOO_MANY_REQUESTS, "too_many_requests",
                                "Too many requests; try again later");
  soup_message_headers_replace (soup_server_message_get_response_headers (msg),
                                "Retry-After", value);
}

void
bw_sync_server_respond_gerror (SoupServerMessage *msg,
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
      bw_server_log ("error detail=\"%s\"", error->message);
      message = "The server could not do this; try again later";
    }
  bw_sync_server_respond_error (msg, status, code, message);
}

/* After an answer in the early handler: the connection closes after it.
 * libsoup 3.2 answers at once only a client that sent "Expect:
 * 100-continue"; from others it still reads the body before answering.
 * Never keep it: it is read and dropped. */
static void
refuse_body (SoupServerMessage *msg)
{
  soup_message_headers_replace (soup_server_message_get_response_headers (msg),
                                "Connection", "close");
  soup_message_body_set_accumulate (soup_server_message_get_request_body (msg), FALSE);
}

static gboolean
is_json_content_type (const char *type)
{
  return type != NULL && g_ascii_strcasecmp (type, "application/json") == 0;
}

/* A login or an opened report is small; the rest may be a push. */
static gsize
max_body_for (BwSyncServer *self,
              const char   *path)
{
  if (g_str_equal (path, "/api/v1/login") || g_str_equal (path, "/api/v1/audit/opened") ||
      g_str_equal (path, "/api/v1/audit/exported"))
    return MIN (self->max_body, BW_SYNC_SERVER_MAX_SMALL_BODY);
  return self->max_body;
}

/* Refuses a request before its body is read: from a web page, not JSON,
 * no length, or more than the limit. */
void
bw_sync_server_early_handler (SoupServer        *server,
                              SoupServerMessage *msg,
                              const char        *path,
                              GHashTable        *query,
                              gpointer           user_data)
{
  BwSyncServer *self = user_data;
  SoupMessageHeaders *headers = soup_server_message_get_request_headers (msg);

  /* No browser is a client: a page elsewhere must not be able to make
   * one send requests here. */
  if (soup_message_headers_get_one (headers, "Origin") != NULL)
    {
      bw_sync_server_respond_error (msg, SOUP_STATUS_FORBIDDEN, "forbidden_origin",
                                    "Requests from web pages are not accepted");
      refuse_body (msg);
      return;
    }
  if (soup_server_message_get_method (msg) == SOUP_METHOD_PUT && bw_sync_server_is_attachment_path (path))
    {
      /* The bytes of an attachment, in pieces of at most the body limit
       * (docs/sync-protocol.md, "Attachments"). */
      if (g_strcmp0 (soup_message_headers_get_content_type (headers, NULL), "application/octet-stream") != 0)
        {
          bw_sync_server_respond_error (msg, SOUP_STATUS_UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type",
                                        "Send the content as application/octet-stream");
          refuse_body (msg);
          return;
        }
      if (soup_message_headers_get_encoding (headers) == SOUP_ENCODING_CONTENT_LENGTH &&
          (guint64) soup_message_headers_get_content_length (headers) > self->max_body)
        {
          bw_sync_server_respond_error (msg, SOUP_STATUS_REQUEST_ENTITY_TOO_LARGE, "too_large",
                                        "The body is larger than this server accepts: send the content in pieces");
          refuse_body (msg);
        }
      return;
    }
  if (soup_server_message_get_method (msg) != SOUP_METHOD_POST)
    return;
  if (!is_json_content_type (soup_message_headers_get_content_type (headers, NULL)))
    {
      bw_sync_server_respond_error (msg, SOUP_STATUS_UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type",
                                    "Send the body as application/json");
      refuse_body (msg);
      return;
    }
  /* The framing (a plain Content-Length, or 411) is checked for every
   * path in got_headers(), after this. */
  if (soup_message_headers_get_encoding (headers) != SOUP_ENCODING_CONTENT_LENGTH)
    return;
  if ((guint64) soup_message_headers_get_content_length (headers) > max_body_for (self, path))
    {
      bw_sync_server_respond_error (msg, SOUP_STATUS_REQUEST_ENTITY_TOO_LARGE, "too_large",
                                    "The body is larger than this server accepts");
      soup_message_headers_replace (soup_server_message_get_response_headers (msg),
                                    "Connection", "close");
      refuse_body (msg);
    }
}

/* The server's own words (the client translates by code). */
static const char *
wire_error_message (const GError *error)
{
  if (error->domain == BW_JSON_WIRE_ERROR)
    switch ((BwJsonWireError) error->code)
      {
      case BW_JSON_WIRE_ERROR_DEPTH:
        return "The body is nested too deeply";
      case BW_JSON_WIRE_ERROR_ENCODING:
        return "The body holds text that is not valid UTF-8";
      case BW_JSON_WIRE_ERROR_CONTROL:
        return "The body holds NUL or a control character other than tab and newline";
      case BW_JSON_WIRE_ERROR_NOT_OBJECT:
        return "The body must be a JSON object";
      case BW_JSON_WIRE_ERROR_SYNTAX:
      default:
        break;
      }
  return "The body is not valid JSON";
}

/* The body as a JSON node holding an object, or NULL after answering
 * 400/413. Checked as RFC 8259 JSON before json-glib parses it: depth,
 * UTF-8, NUL and control characters (bw-json-wire.c). */
JsonNode *
bw_sync_server_read_body (BwSyncServer      *self,
                          SoupServerMessage *msg)
{
  SoupMessageBody *body = soup_server_message_get_request_body (msg);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  JsonNode *root;

  GUri *uri = soup_server_message_get_uri (msg);

  if (body->length > (goffset) max_body_for (self, g_uri_get_path (uri)))
    {
      bw_sync_server_respond_error (msg, SOUP_STATUS_REQUEST_ENTITY_TOO_LARGE, "too_large",
                                    "The body is larger than this server accepts");
      return NULL;
    }
  bytes = soup_message_body_flatten (body);
  root = bw_json_wire_parse_bytes (bytes, BW_JSON_WIRE_STRICT, &error);
  if (root == NULL)
    {
      bw_sync_server_respond_error (msg, SOUP_STATUS_BAD_REQUEST, "malformed", wire_error_message (error));
      return NULL;
    }
  return root;
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
  if (user == NULL && error != NULL && !g_error_matches (error, BW_SERVER_ERROR, BW_SERVER_ERROR_UNAUTHORIZED))
    {
      /* A database that failed is no reason to sign in again: the desktop
       * tries later. */
      bw_server_log ("error detail=\"%s\"", error->message);
      soup_message_headers_replace (soup_server_message_get_response_headers (msg), "Retry-After", "5");
      bw_sync_server_respond_error (msg, SOUP_STATUS_SERVICE_UNAVAILABLE, "unavailable",
                                    "The server cannot reach its database; try again later");
      return NULL;
    }
  if (user == NULL)
    {
      soup_message_headers_replace (soup_server_message_get_response_headers (msg),
                                    "WWW-Authenticate", "Bearer");
      bw_sync_server_respond_error (msg, SOUP_STATUS_UNAUTHORIZED, "unauthorized",
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

/* Whether @query (NULL: none) names no other parameter than @a and @b. */
static gboolean
query_has_only (GHashTable *query,
                const char *a,
                const char *b)
{
  return query == NULL ||
         g_hash_table_size (query) == (guint) g_hash_table_contains (query, a) +
                                      (guint) g_hash_table_contains (query, b);
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

/* The database work of the feed, a push and a record runs in the request
 * pool while the message is paused; authentication and parsing stay here
 * (they are short and touch no disk). */

typedef enum {
  WORK_CHANGES,
  WORK_PUSH,
  WORK_RECORD,
  WORK_SHARED,
  WORK_OPENED,
  WORK_EXPORTED,
  WORK_HISTORY,
  WORK_FIGURES,
  WORK_TEAM,
  WORK_TRANSFER,
  WORK_REPORT,
  WORK_TEAM_HISTORY,
  WORK_ATTACHMENT_PUT,
  WORK_ATTACHMENT_GET,
} WorkKind;

typedef struct {
  BwSyncServer *self;
  SoupServerMessage *msg;
  WorkKind kind;
  BwServerUser *user;
  gint64 since;
  gint64 limit;
  JsonNode *request;
  char *uuid;
  char *opened_at;            /* or exported_at */
  char *what;                 /* what was exported */
  char *from, *to, *area;     /* a report's period and area */
  char *action, *role, *since_date;   /* the team history's filters */
  GBytes *bytes;              /* an attachment's piece, sent or answered */
  gint64 total;               /* and its whole size */
  char *media_type;
  /* the answer */
  char *text;
  JsonObject *answer;
  guint n_records;
  gboolean more;
  GError *error;
  gulong disconnected_id;
  gboolean disconnected;
} Work;

static void
work_free (Work *work)
{
  g_clear_signal_handler (&work->disconnected_id, work->msg);
  g_object_unref (work->self);
  g_object_unref (work->msg);
  bw_server_user_free (work->user);
  g_clear_pointer (&work->request, json_node_unref);
  g_free (work->uuid);
  g_free (work->opened_at);
  g_free (work->what);
  g_free (work->from);
  g_free (work->to);
  g_free (work->area);
  g_free (work->action);
  g_free (work->role);
  g_free (work->since_date);
  g_clear_pointer (&work->bytes, g_bytes_unref);
  g_free (work->media_type);
  g_free (work->text);
  g_clear_pointer (&work->answer, json_object_unref);
  g_clear_error (&work->error);
  g_free (work);
}

static void
work_in_thread (BwServerStore *store,
                const GError  *open_error,
                gpointer       data)
{
  Work *work = data;

  if (store == NULL)
    {
      work->error = g_error_new (BW_SERVER_ERROR, BW_SERVER_ERROR_FAILED,
                                 "The worker could not open the database: %s", open_error->message);
      return;
    }
  switch (work->kind)
    {
    case WORK_CHANGES:
      work->text = bw_server_store_get_changes (store, work->user, work->since, work->limit,
                                                &work->n_records, &work->more, &work->error);
      break;
    case WORK_PUSH:
      work->answer = bw_server_store_push (store, work->user, work->request, &work->error);
      break;
    case WORK_RECORD:
      work->answer = bw_server_store_get_record (store, work->user, work->uuid, &work->error);
      break;
    case WORK_SHARED:
      work->answer = bw_server_store_get_shared (store, work->user, &work->n_records, &work->error);
      break;
    case WORK_OPENED:
      if (bw_server_store_report_opened (store, work->user, work->uuid, work->opened_at, &work->error))
        {
          work->answer = json_object_new ();
          json_object_set_string_member (work->answer, "epoch", bw_server_store_get_epoch (store));
        }
      break;
    case WORK_EXPORTED:
      if (bw_server_store_report_exported (store, work->user, work->what, work->uuid, work->opened_at,
                                           &work->error))
        {
          work->answer = json_object_new ();
          json_object_set_string_member (work->answer, "epoch", bw_server_store_get_epoch (store));
        }
      break;
    case WORK_HISTORY:
      work->answer = bw_server_store_access_history (store, work->user, work->uuid, work->since,
                                                     work->limit, &work->error);
      break;
    case WORK_FIGURES:
      work->answer = bw_server_store_get_figures (store, work->user, &work->error);
      break;
    case WORK_TEAM:
      work->answer = bw_server_store_get_team (store, work->user, &work->error);
      break;
    case WORK_TRANSFER:
      work->answer = bw_server_store_answer_transfer (store, work->user, work->request, &work->error);
      break;
    case WORK_REPORT:
      work->answer = bw_server_store_get_report (store, work->user, work->from, work->to, work->area,
                                                 &work->error);
      break;
    case WORK_TEAM_HISTORY:
      work->answer = bw_server_store_team_access_history (store, work->user, work->action, work->role,
                                                          work->since_date, work->since, work->limit,
                                                          &work->error);
      break;
    case WORK_ATTACHMENT_PUT:
      work->answer = bw_server_store_put_attachment (store, work->user, work->uuid, work->since, work->total,
                                                     work->bytes, &work->error);
      break;
    case WORK_ATTACHMENT_GET:
      {
        GBytes *piece = bw_server_store_get_attachment (store, work->user, work->uuid, work->since,
                                                        &work->total, &work->media_type, &work->error);

        g_clear_pointer (&work->bytes, g_bytes_unref);
        work->bytes = piece;
      }
      break;
    default:
      g_assert_not_reached ();
    }
}

/* Whether @kind may write: these take the pool's writer turn (the audit
 * log is written by record reads, snapshots and opened reports too). */
static gboolean
work_writes (WorkKind kind)
{
  return kind != WORK_CHANGES && kind != WORK_FIGURES && kind != WORK_TEAM && kind != WORK_REPORT &&
         kind != WORK_TEAM_HISTORY;
}

static void
respond_push (SoupServerMessage *msg,
              JsonObject        *answer)
{
  guint counts[3] = { 0 };
  JsonArray *results = json_object_get_array_member (answer, "results");

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
  bw_sync_server_respond_json (msg, SOUP_STATUS_OK, answer);
}

/* The bytes from work->since on: 200 for the whole, 206 for the rest
 * after a break (Range). Never shown by a browser as a page. */
static void
respond_attachment (Work *work)
{
  SoupMessageHeaders *headers = soup_server_message_get_response_headers (work->msg);
  gsize size = 0;
  gconstpointer data = g_bytes_get_data (work->bytes, &size);

  soup_message_headers_replace (headers, "Cache-Control", "no-store");
  soup_message_headers_replace (headers, "X-Content-Type-Options", "nosniff");
  soup_message_headers_replace (headers, "Content-Disposition", "attachment");
  soup_message_headers_replace (headers, "Accept-Ranges", "bytes");
  if (work->since > 0)
    {
      g_autofree char *range = g_strdup_printf ("bytes %" G_GINT64_FORMAT "-%" G_GINT64_FORMAT "/%" G_GINT64_FORMAT,
                                                work->since, work->total - 1, work->total);

      soup_message_headers_replace (headers, "Content-Range", range);
      soup_server_message_set_status (work->msg, SOUP_STATUS_PARTIAL_CONTENT, NULL);
    }
  else
    soup_server_message_set_status (work->msg, SOUP_STATUS_OK, NULL);
  soup_server_message_set_response (work->msg, work->media_type, SOUP_MEMORY_COPY, data, size);
  g_object_set_data_full (G_OBJECT (work->msg), DATA_EXTRA, g_strdup_printf ("bytes=%" G_GSIZE_FORMAT, size),
                          g_free);
}

static void
respond_work (Work *work)
{
  SoupServerMessage *msg = work->msg;

  if (work->error != NULL)
    {
      bw_sync_server_respond_gerror (msg, work->error);
      return;
    }
  switch (work->kind)
    {
    case WORK_CHANGES:
      g_object_set_data_full (G_OBJECT (msg), DATA_EXTRA,
                              g_strdup_printf ("records=%u more=%d", work->n_records, work->more), g_free);
      soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
      soup_message_headers_replace (soup_server_message_get_response_headers (msg),
                                    "Cache-Control", "no-store");
      soup_server_message_set_response (msg, "application/json", SOUP_MEMORY_TAKE,
                                        work->text, strlen (work->text));
      work->text = NULL;
      break;
    case WORK_PUSH:
      respond_push (msg, work->answer);
      break;
    case WORK_SHARED:
      g_object_set_data_full (G_OBJECT (msg), DATA_EXTRA, g_strdup_printf ("cases=%u", work->n_records),
                              g_free);
      bw_sync_server_respond_json (msg, SOUP_STATUS_OK, work->answer);
      break;
    case WORK_RECORD:
    case WORK_OPENED:
    case WORK_EXPORTED:
    case WORK_HISTORY:
    case WORK_FIGURES:
    case WORK_TEAM:
    case WORK_TRANSFER:
    case WORK_REPORT:
    case WORK_TEAM_HISTORY:
    case WORK_ATTACHMENT_PUT:
      bw_sync_server_respond_json (msg, SOUP_STATUS_OK, work->answer);
      break;
    case WORK_ATTACHMENT_GET:
      respond_attachment (work);
      break;
    default:
      g_assert_not_reached ();
    }
}

static gboolean
work_done (gpointer data)
{
  Work *work = data;

  /* A push is committed even when nobody is left to hear it: the retry
   * gets "duplicate". */
  if (!work->disconnected)
    {
      respond_work (work);
      soup_server_message_unpause (work->msg);
    }
  work_free (work);
  return G_SOURCE_REMOVE;
}

static void
work_disconnected (SoupServerMessage *msg,
                   gpointer           user_data)
{
  Work *work = user_data;

  work->disconnected = TRUE;
}

/* Takes @user. */
static Work *
work_new (BwSyncServer      *self,
          SoupServerMessage *msg,
          WorkKind           kind,
          BwServerUser      *user)
{
  Work *work = g_new0 (Work, 1);

  work->self = g_object_ref (self);
  work->msg = g_object_ref (msg);
  work->kind = kind;
  work->user = user;
  return work;
}

static void
work_start (Work *work)
{
  BwSyncServer *self = work->self;

  if (self->pool == NULL)
    {
      /* A database without a file (in memory): here, at once. */
      work_in_thread (self->store, NULL, work);
      respond_work (work);
      work_free (work);
      return;
    }
  work->disconnected_id = g_signal_connect (work->msg, "disconnected", G_CALLBACK (work_disconnected), work);
  soup_server_message_pause (work->msg);
  bw_request_pool_run (self->pool, work_in_thread, work_done, work, work_writes (work->kind));
}

static void
handle_changes (BwSyncServer      *self,
                SoupServerMessage *msg,
                GHashTable        *query)
{
  g_autoptr(BwServerUser) user = authenticate (self, msg);
  gint64 since, limit;
  Work *work;

  if (user == NULL)
    return;
  if (!query_has_only (query, "since", "limit"))
    {
      bw_sync_server_respond_error (msg, SOUP_STATUS_BAD_REQUEST, "invalid", "Unknown query parameter");
      return;
    }
  if (!parse_query_int (query, "since", 0, &since) ||
      !parse_query_int (query, "limit", BW_SERVER_DEFAULT_PAGE, &limit))
    {
      bw_sync_server_respond_error (msg, SOUP_STATUS_BAD_REQUEST, "invalid", "since and limit must be numbers");
      return;
    }
  work = work_new (self, msg, WORK_CHANGES, g_steal_pointer (&user));
  work->since = since;
  work->limit = limit;
  work_start (work);
}

static void
handle_push (BwSyncServer      *self,
             SoupServerMessage *msg)
{
  g_autoptr(BwServerUser) user = authenticate (self, msg);
  g_autoptr(JsonNode) root = NULL;
  Work *work;

  if (user == NULL || (root = bw_sync_server_read_body (self, msg)) == NULL)
    return;
  work = work_new (self, msg, WORK_PUSH, g_steal_pointer (&user));
  work->request = g_steal_pointer (&root);
  work_start (work);
}

static void
handle_record (BwSyncServer      *self,
               SoupServerMessage *msg,
               const char        *uuid)
{
  g_autoptr(BwServerUser) user = authenticate (self, msg);
  Work *work;

  if (user == NULL)
    return;
  work = work_new (self, msg, WORK_RECORD, g_steal_pointer (&user));
  work->uuid = g_strdup (uuid);
  work_start (work);
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
  bw_sync_server_respond_json (msg, SOUP_STATUS_OK, answer);
}

static void
handle_shared (BwSyncServer      *self,
               SoupServerMessage *msg)
{
  g_autoptr(BwServerUser) user = authenticate (self, msg);

  if (user == NULL)
    return;
  work_start (work_new (self, msg, WORK_SHARED, g_steal_pointer (&user)));
}

static void
handle_figures (BwSyncServer      *self,
                SoupServerMessage *msg)
{
  g_autoptr(BwServerUser) user = authenticate (self, msg);

  if (user == NULL)
    return;
  work_start (work_new (self, msg, WORK_FIGURES, g_steal_pointer (&user)));
}

static void
handle_team (BwSyncServer      *self,
             SoupServerMessage *msg)
{
  g_autoptr(BwServerUser) user = authenticate (self, msg);

  if (user == NULL)
    return;
  work_start (work_new (self, msg, WORK_TEAM, g_steal_pointer (&user)));
}

static void
handle_report (BwSyncServer      *self,
               SoupServerMessage *msg,
               GHashTable        *query)
{
  g_autoptr(BwServerUser) user = authenticate (self, msg);
  const char *from = query ? g_hash_table_lookup (query, "from") : NULL;
  const char *to = query ? g_hash_table_lookup (query, "to") : NULL;
  const char *area = query ? g_hash_table_lookup (query, "area") : NULL;
  Work *work;

  if (user == NULL)
    return;
  if (from == NULL || to == NULL || g_hash_table_size (query) != 2 + (area != NULL))
    {
      bw_sync_server_respond_error (msg, SOUP_STATUS_BAD_REQUEST, "invalid", "from and to are months (YYYY-MM)");
      return;
    }
  work = work_new (self, msg, WORK_REPORT, g_steal_pointer (&user));
  work->from = g_strdup (from);
  work->to = g_strdup (to);
  work->area = g_strdup (area ? area : "all");
  work_start (work);
}

static void
handle_transfer_answer (BwSyncServer      *self,
                        SoupServerMessage *msg)
{
  g_autoptr(BwServerUser) user = authenticate (self, msg);
  g_autoptr(JsonNode) root = NULL;
  Work *work;

  if (user == NULL || (root = bw_sync_server_read_body (self, msg)) == NULL)
    return;
  work = work_new (self, msg, WORK_TRANSFER, g_steal_pointer (&user));
  work->request = g_steal_pointer (&root);
  work_start (work);
}

static void
handle_opened (BwSyncServer      *self,
               SoupServerMessage *msg)
{
  static const char *members[] = { "case_uuid", "opened_at", NULL };
  g_autoptr(BwServerUser) user = authenticate (self, msg);
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) error = NULL;
  const char *case_uuid, *opened_at = NULL;
  JsonObject *object;
  Work *work;

  if (user == NULL || (root = bw_sync_server_read_body (self, msg)) == NULL)
    return;
  object = json_node_get_object (root);
  if (!bw_json_check_members (object, members, &error) ||
      !bw_json_get_string (object, "case_uuid", FALSE, &case_uuid, &error) ||
      (json_object_has_member (object, "opened_at") &&
       !bw_json_get_string (object, "opened_at", TRUE, &opened_at, &error)))
    {
      bw_sync_server_respond_error (msg, SOUP_STATUS_BAD_REQUEST, "invalid", error->message);
      return;
    }
  work = work_new (self, msg, WORK_OPENED, g_steal_pointer (&user));
  work->uuid = g_strdup (case_uuid);
  work->opened_at = g_strdup (opened_at);
  work_start (work);
}

static void
handle_exported (BwSyncServer      *self,
                 SoupServerMessage *msg)
{
  static const char *members[] = { "what", "case_uuid", "exported_at", NULL };
  g_autoptr(BwServerUser) user = authenticate (self, msg);
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) error = NULL;
  const char *what, *case_uuid = NULL, *exported_at = NULL;
  JsonObject *object;
  Work *work;

  if (user == NULL || (root = bw_sync_server_read_body (self, msg)) == NULL)
    return;
  object = json_node_get_object (root);
  if (!bw_json_check_members (object, members, &error) ||
      !bw_json_get_string (object, "what", FALSE, &what, &error) ||
      (json_object_has_member (object, "case_uuid") &&
       !bw_json_get_string (object, "case_uuid", TRUE, &case_uuid, &error)) ||
      (json_object_has_member (object, "exported_at") &&
       !bw_json_get_string (object, "exported_at", TRUE, &exported_at, &error)))
    {
      bw_sync_server_respond_error (msg, SOUP_STATUS_BAD_REQUEST, "invalid", error->message);
      return;
    }
  work = work_new (self, msg, WORK_EXPORTED, g_steal_pointer (&user));
  work->what = g_strdup (what);
  work->uuid = g_strdup (case_uuid);
  work->opened_at = g_strdup (exported_at);
  work_start (work);
}

static void
handle_access_history (BwSyncServer      *self,
                       SoupServerMessage *msg,
                       const char        *case_uuid,
                       GHashTable        *query)
{
  g_autoptr(BwServerUser) user = authenticate (self, msg);
  gint64 before, limit;
  Work *work;

  if (user == NULL)
    return;
  /* A page: ?limit=N&before=ID (docs/sync-protocol.md). */
  if (!query_has_only (query, "limit", "before") ||
      !parse_query_int (query, "before", 0, &before) ||
      !parse_query_int (query, "limit", BW_SERVER_HISTORY_DEFAULT_PAGE, &limit))
    {
      bw_sync_server_respond_error (msg, SOUP_STATUS_BAD_REQUEST, "invalid", "before and limit must be numbers");
      return;
    }
  work = work_new (self, msg, WORK_HISTORY, g_steal_pointer (&user));
  work->uuid = g_strdup (case_uuid);
  work->since = before;
  work->limit = limit;
  work_start (work);
}

static void
handle_team_history (BwSyncServer      *self,
                     SoupServerMessage *msg,
                     GHashTable        *query)
{
  static const char *known[] = { "action", "role", "since", "before", "limit", NULL };
  g_autoptr(BwServerUser) user = authenticate (self, msg);
  gint64 before, limit;
  GHashTableIter iter;
  gpointer key;
  Work *work;

  if (user == NULL)
    return;
  if (query != NULL)
    {
      g_hash_table_iter_init (&iter, query);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        if (!g_strv_contains (known, key))
          {
            bw_sync_server_respond_error (msg, SOUP_STATUS_BAD_REQUEST, "invalid", "Unknown parameter");
            return;
          }
    }
  if (!parse_query_int (query, "before", 0, &before) ||
      !parse_query_int (query, "limit", BW_SERVER_HISTORY_DEFAULT_PAGE, &limit))
    {
      bw_sync_server_respond_error (msg, SOUP_STATUS_BAD_REQUEST, "invalid", "before and limit must be numbers");
      return;
    }
  work = work_new (self, msg, WORK_TEAM_HISTORY, g_steal_pointer (&user));
  work->action = g_strdup (query ? g_hash_table_lookup (query, "action") : NULL);
  work->role = g_strdup (query ? g_hash_table_lookup (query, "role") : NULL);
  work->since_date = g_strdup (query ? g_hash_table_lookup (query, "since") : NULL);
  work->since = before;
  work->limit = limit;
  work_start (work);
}

#define ATTACHMENTS_PREFIX "/api/v1/attachments/"
#define CONTENT_SUFFIX "/content"

gboolean
bw_sync_server_is_attachment_path (const char *path)
{
  return g_str_has_prefix (path, ATTACHMENTS_PREFIX) && g_str_has_suffix (path, CONTENT_SUFFIX) &&
         strlen (path) > strlen (ATTACHMENTS_PREFIX) + strlen (CONTENT_SUFFIX);
}

/* A plain decimal number of at most 15 digits. */
static gboolean
parse_offset (const char *text,
              gsize       length,
              gint64     *value)
{
  g_autofree char *copy = g_strndup (text, length);
  guint64 number;

  if (length == 0 || length > 15 || !g_ascii_isdigit (*copy) ||
      !g_ascii_string_to_unsigned (copy, 10, 0, G_MAXINT64, &number, NULL))
    return FALSE;
  *value = (gint64) number;
  return TRUE;
}

/* "bytes START-END/TOTAL", or "bytes STAR/TOTAL" (START -1) to ask how far
 * an upload got. */
static gboolean
parse_content_range (const char *value,
                     gint64     *start,
                     gint64     *end,
                     gint64     *total)
{
  const char *dash, *slash;

  if (value == NULL || !g_str_has_prefix (value, "bytes ") || (slash = strchr (value, '/')) == NULL ||
      !parse_offset (slash + 1, strlen (slash + 1), total))
    return FALSE;
  value += strlen ("bytes ");
  if (value + 1 == slash && *value == '*')
    {
      *start = *end = -1;
      return TRUE;
    }
  dash = strchr (value, '-');
  return dash != NULL && dash < slash && parse_offset (value, dash - value, start) &&
         parse_offset (dash + 1, slash - dash - 1, end) && *start <= *end && *end < *total;
}

static void
handle_attachment (BwSyncServer      *self,
                   SoupServerMessage *msg,
                   const char        *path)
{
  g_autoptr(BwServerUser) user = authenticate (self, msg);
  g_autofree char *uuid = NULL;
  SoupMessageHeaders *headers = soup_server_message_get_request_headers (msg);
  gint64 start = 0, end = 0, total = 0;
  Work *work;

  if (user == NULL)
    return;
  uuid = g_strndup (path + strlen (ATTACHMENTS_PREFIX),
                    strlen (path) - strlen (ATTACHMENTS_PREFIX) - strlen (CONTENT_SUFFIX));
  if (soup_server_message_get_method (msg) == SOUP_METHOD_GET)
    {
      const char *range = soup_message_headers_get_one (headers, "Range");

      /* Only "bytes=N-": the rest after a broken download. */
      if (range != NULL && (!g_str_has_prefix (range, "bytes=") || !g_str_has_suffix (range, "-") ||
                            !parse_offset (range + 6, strlen (range) - 7, &start)))
        {
          bw_sync_server_respond_error (msg, SOUP_STATUS_BAD_REQUEST, "invalid", "Range must be bytes=N-");
          return;
        }
      work = work_new (self, msg, WORK_ATTACHMENT_GET, g_steal_pointer (&user));
      work->uuid = g_steal_pointer (&uuid);
      work->since = start;
      work_start (work);
      return;
    }

  if (!parse_content_range (soup_message_headers_get_one (headers, "Content-Range"), &start, &end, &total) ||
      total > BW_FILE_TYPE_MAX_SIZE)
    {
      bw_sync_server_respond_error (msg, SOUP_STATUS_BAD_REQUEST, "invalid",
                                    "Content-Range must be bytes START-END/TOTAL or bytes */TOTAL, "
                                    "TOTAL at most the largest attachment");
      return;
    }
  {
    SoupMessageBody *body = soup_server_message_get_request_body (msg);

    if ((start < 0 && body->length != 0) || (start >= 0 && body->length != end - start + 1) ||
        body->length > (goffset) self->max_body)
      {
        bw_sync_server_respond_error (msg, SOUP_STATUS_BAD_REQUEST, "invalid",
                                      "The body is not the range Content-Range names");
        return;
      }
    work = work_new (self, msg, WORK_ATTACHMENT_PUT, g_steal_pointer (&user));
    work->uuid = g_steal_pointer (&uuid);
    work->since = start;
    work->total = total;
    work->bytes = start >= 0 ? soup_message_body_flatten (body) : NULL;
    work_start (work);
  }
}

#define CASES_PREFIX "/api/v1/cases/"
#define ACCESS_HISTORY_SUFFIX "/access-history"

gboolean
bw_sync_server_is_access_history_path (const char *path)
{
  return g_str_has_prefix (path, CASES_PREFIX) && g_str_has_suffix (path, ACCESS_HISTORY_SUFFIX) &&
         strlen (path) > strlen (CASES_PREFIX) + strlen (ACCESS_HISTORY_SUFFIX);
}

void
bw_sync_server_api_handler (SoupServer        *server,
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
           g_str_equal (path, "/api/v1/figures") || g_str_equal (path, "/api/v1/team") ||
           g_str_equal (path, "/api/v1/reports") || g_str_equal (path, "/api/v1/access-history") ||
           bw_sync_server_is_access_history_path (path))
    expected = SOUP_METHOD_GET;
  else if (g_str_equal (path, "/api/v1/audit/opened") || g_str_equal (path, "/api/v1/audit/exported") ||
           g_str_equal (path, "/api/v1/transfers/answer"))
    expected = SOUP_METHOD_POST;
  else if (bw_sync_server_is_attachment_path (path))
    expected = method == SOUP_METHOD_PUT ? SOUP_METHOD_PUT : SOUP_METHOD_GET;
  else
    {
      bw_sync_server_respond_error (msg, SOUP_STATUS_NOT_FOUND, "not_found", "No such path");
      return;
    }
  if (method != expected)
    {
      soup_message_headers_replace (soup_server_message_get_response_headers (msg), "Allow", expected);
      bw_sync_server_respond_error (msg, SOUP_STATUS_METHOD_NOT_ALLOWED, "method_not_allowed",
                                    "This path does not take that method");
      return;
    }

  /* Per bearer token (a wrong one too): over the rate, nothing is done. */
  if (!g_str_equal (path, "/api/v1/login"))
    {
      const char *header = soup_message_headers_get_one (soup_server_message_get_request_headers (msg),
                                                         "Authorization");
      guint wait = 0;

      if (header != NULL && g_ascii_strncasecmp (header, "Bearer ", 7) == 0 &&
          !bw_rate_limiter_take (self->requests, header + 7, &wait))
        {
          bw_sync_server_respond_try_later (msg, wait);
          return;
        }
    }

  if (g_str_equal (path, "/api/v1/login"))
    bw_sync_server_handle_login (self, msg);
  else if (g_str_equal (path, "/api/v1/push"))
    handle_push (self, msg);
  else if (g_str_equal (path, "/api/v1/changes"))
    handle_changes (self, msg, query);
  else if (g_str_equal (path, "/api/v1/me"))
    handle_me (self, msg);
  else if (g_str_equal (path, "/api/v1/shared"))
    handle_shared (self, msg);
  else if (g_str_equal (path, "/api/v1/figures"))
    handle_figures (self, msg);
  else if (g_str_equal (path, "/api/v1/audit/opened"))
    handle_opened (self, msg);
  else if (g_str_equal (path, "/api/v1/audit/exported"))
    handle_exported (self, msg);
  else if (g_str_equal (path, "/api/v1/team"))
    handle_team (self, msg);
  else if (g_str_equal (path, "/api/v1/reports"))
    handle_report (self, msg, query);
  else if (g_str_equal (path, "/api/v1/access-history"))
    handle_team_history (self, msg, query);
  else if (g_str_equal (path, "/api/v1/transfers/answer"))
    handle_transfer_answer (self, msg);
  else if (bw_sync_server_is_attachment_path (path))
    handle_attachment (self, msg, path);
  else if (bw_sync_server_is_access_history_path (path))
    {
      g_autofree char *uuid = g_strndup (path + strlen (CASES_PREFIX),
                                         strlen (path) - strlen (CASES_PREFIX) - strlen (ACCESS_HISTORY_SUFFIX));
      handle_access_history (self, msg, uuid, query);
    }
  else
    handle_record (self, msg, path + strlen ("/api/v1/records/"));
}
