/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-server"
/* The PostgreSQL backend of the server's storage, through libpq: one
 * connection, prepared statements named by a counter, results read in
 * text (bytea unescaped when asked for). */
#include "config.h"

#include <string.h>

#include "bw-storage-private.h"

/* PostgreSQL's notices ("relation already exists, skipping") are not the
 * server's log. */
static void
ignore_notice (void       *arg,
               const char *message)
{
}

/* The URI as the log and the .served file may name it: without a
 * password, in the user part or as a parameter. Done on the text, since a
 * URI with several hosts (host1:5432,host2:5432) is no URI to GUri. */
static char *
location_without_password (const char *uri)
{
  GString *out = g_string_new (NULL);
  const char *rest = strstr (uri, "://");
  const char *at, *slash, *colon;
  g_auto(GStrv) params = NULL;
  const char *query;

  if (rest == NULL)
    return g_string_free (out, FALSE);
  rest += 3;
  g_string_append_len (out, uri, rest - uri);
  slash = strpbrk (rest, "/?");
  at = strchr (rest, '@');
  if (at != NULL && (slash == NULL || at < slash))
    {
      colon = memchr (rest, ':', at - rest);
      g_string_append_len (out, rest, (colon ? colon : at) - rest);
      rest = at;
    }
  query = strchr (rest, '?');
  g_string_append_len (out, rest, query ? (gsize) (query - rest) : strlen (rest));
  if (query == NULL)
    return g_string_free (out, FALSE);
  params = g_strsplit (query + 1, "&", -1);
  for (guint i = 0, n = 0; params[i] != NULL; i++)
    if (!g_str_has_prefix (params[i], "password="))
      g_string_append_printf (out, "%c%s", n++ ? '&' : '?', params[i]);
  return g_string_free (out, FALSE);
}

static void
clear_error (BwStorage *db)
{
  db->sqlstate[0] = '\0';
  g_clear_pointer (&db->message, g_free);
}

/* Keeps the error of @result (or of the connection) for set_error. */
static void
keep_error (BwStorage      *db,
            const PGresult *result)
{
  const char *state = result ? PQresultErrorField (result, PG_DIAG_SQLSTATE) : NULL;
  const char *message = result ? PQresultErrorField (result, PG_DIAG_MESSAGE_PRIMARY) : NULL;

  g_strlcpy (db->sqlstate, state ? state : "08000", sizeof db->sqlstate);
  g_free (db->message);
  if (message == NULL)
    message = PQerrorMessage (db->pg);
  db->message = g_strchomp (g_strdup (message != NULL && *message ? message : "no answer"));
  /* One log line per event. */
  g_strdelimit (db->message, "\r\n", ' ');
}

gboolean
bw_storage_pg_open (BwStorage   *db,
                    const char  *uri,
                    GError     **error)
{
  db->location = g_strdup (uri);
  db->display = location_without_password (uri);
  db->pg = PQconnectdb (uri);
  if (db->pg == NULL || PQstatus (db->pg) != CONNECTION_OK)
    {
      g_autofree char *reason = g_strchomp (g_strdup (db->pg ? PQerrorMessage (db->pg) : "out of memory"));

      g_strdelimit (reason, "\r\n", ' ');
      g_set_error (error, BW_DB_ERROR, BW_DB_ERROR_FAILED,
                   "Cannot connect to the PostgreSQL database %s: %s", db->display, reason);
      return FALSE;
    }
  PQsetNoticeProcessor (db->pg, ignore_notice, NULL);
  /* Times and text as the server writes them, whatever the role's
   * defaults. */
  return bw_storage_pg_exec (db, "SET client_encoding = 'UTF8'; SET TIME ZONE 'UTC';"
                             " SET standard_conforming_strings = on", error);
}

void
bw_storage_pg_close (BwStorage *db)
{
  g_clear_pointer (&db->pg, PQfinish);
}

gboolean
bw_storage_pg_in_transaction (BwStorage *db)
{
  return PQtransactionStatus (db->pg) != PQTRANS_IDLE;
}

char *
bw_storage_pg_translate (const char *sql)
{
  GString *out = g_string_sized_new (strlen (sql) + 16);
  guint bare = 0;

  for (const char *p = sql; *p; p++)
    {
      if (*p == '\'' || *p == '"')
        {
          const char quote = *p;
          const char *end = strchr (p + 1, quote);

          /* A doubled quote inside is two quoted runs in a row. */
          end = end ? end : p + strlen (p) - 1;
          g_string_append_len (out, p, end - p + 1);
          p = end;
        }
      else if (p[0] == '-' && p[1] == '-')
        {
          const char *end = strchr (p, '\n');

          end = end ? end : p + strlen (p) - 1;
          g_string_append_len (out, p, end - p + 1);
          p = end;
        }
      else if (*p == '?')
        {
          if (g_ascii_isdigit (p[1]))
            g_string_append_c (out, '$');
          else
            g_string_append_printf (out, "$%u", ++bare);
        }
      else
        g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

/* The highest parameter number in translated @sql. */
static int
count_params (const char *sql)
{
  int n = 0;

  for (const char *p = strchr (sql, '$'); p != NULL; p = strchr (p + 1, '$'))
    if (g_ascii_isdigit (p[1]))
      n = MAX (n, (int) g_ascii_strtoll (p + 1, NULL, 10));
  return n;
}

/* Whether $@number is in translated @sql. */
static gboolean
uses_param (const char *sql,
            int         number)
{
  for (const char *p = strchr (sql, '$'); p != NULL; p = strchr (p + 1, '$'))
    if (g_ascii_isdigit (p[1]) && g_ascii_strtoll (p + 1, NULL, 10) == number)
      return TRUE;
  return FALSE;
}

/* A connection that broke (PostgreSQL restarted, a failover, a network
 * cut) is made again once, when the work that found it broken was not in
 * a transaction: then nothing was lost and the work can run again. The
 * session's statements are prepared again as they are next used. */
static gboolean
reconnect (BwStorage *db,
           gboolean   was_idle)
{
  if (!was_idle || PQstatus (db->pg) != CONNECTION_BAD)
    return FALSE;
  PQreset (db->pg);
  if (PQstatus (db->pg) != CONNECTION_OK)
    return FALSE;
  db->session++;
  g_message ("database connection made again");
  return bw_storage_pg_exec (db, "SET client_encoding = 'UTF8'; SET TIME ZONE 'UTC';"
                             " SET standard_conforming_strings = on", NULL);
}

static gboolean
prepare_in_session (BwStorageStmt *stmt)
{
  BwStorage *db = stmt->db;
  PGresult *result = PQprepare (db->pg, stmt->name, stmt->text, stmt->n_params, stmt->types);
  gboolean ok = PQresultStatus (result) == PGRES_COMMAND_OK;

  if (!ok)
    keep_error (db, result);
  else
    stmt->session = db->session;
  PQclear (result);
  return ok;
}

BwStorageStmt *
bw_storage_pg_prepare (BwStorage   *db,
                       const char  *sql,
                       GError     **error)
{
  BwStorageStmt *stmt = g_new0 (BwStorageStmt, 1);
  gboolean was_idle = !db->in_transaction;

  stmt->db = db;
  stmt->name = g_strdup_printf ("bw%u", ++db->n_prepared);
  stmt->text = bw_storage_pg_translate (sql);
  stmt->n_params = count_params (stmt->text);
  stmt->types = g_new0 (Oid, MAX (stmt->n_params, 1));
  stmt->values = g_new0 (char *, MAX (stmt->n_params, 1));
  stmt->lengths = g_new0 (int, MAX (stmt->n_params, 1));
  stmt->formats = g_new0 (int, MAX (stmt->n_params, 1));
  stmt->row = -1;
  /* PostgreSQL infers each parameter's type from where it is used; one a
   * statement shares with others but does not use (the trainer's feed has
   * no team) is text. */
  for (int i = 0; i < stmt->n_params; i++)
    if (!uses_param (stmt->text, i + 1))
      stmt->types[i] = 25;   /* TEXTOID */
  if (!prepare_in_session (stmt) && !(reconnect (db, was_idle) && prepare_in_session (stmt)))
    {
      bw_storage_pg_stmt_free (stmt);
      g_free (stmt);
      bw_storage_pg_set_error (db, error);
      return NULL;
    }
  return stmt;
}

void
bw_storage_pg_stmt_free (BwStorageStmt *stmt)
{
  bw_storage_pg_reset (stmt);
  bw_storage_pg_clear_bindings (stmt);
  g_free (stmt->values);
  g_free (stmt->lengths);
  g_free (stmt->formats);
  g_free (stmt->types);
  g_free (stmt->text);
  g_free (stmt->name);
}

void
bw_storage_pg_bind (BwStorageStmt *stmt,
                    int            index,
                    char          *value,
                    int            length,
                    int            format)
{
  if (index < 1 || index > stmt->n_params)
    {
      g_free (value);
      return;
    }
  g_free (stmt->values[index - 1]);
  stmt->values[index - 1] = value;
  stmt->lengths[index - 1] = length;
  stmt->formats[index - 1] = format;
}

void
bw_storage_pg_clear_bindings (BwStorageStmt *stmt)
{
  for (int i = 0; i < stmt->n_params; i++)
    {
      g_clear_pointer (&stmt->values[i], g_free);
      stmt->formats[i] = 0;
    }
}

static void
clear_row (BwStorageStmt *stmt)
{
  g_clear_pointer (&stmt->blobs, g_ptr_array_unref);
}

void
bw_storage_pg_reset (BwStorageStmt *stmt)
{
  clear_row (stmt);
  g_clear_pointer (&stmt->result, PQclear);
  stmt->row = -1;
}

int
bw_storage_pg_step (BwStorageStmt *stmt)
{
  BwStorage *db = stmt->db;

  clear_row (stmt);
  if (stmt->result == NULL)
    {
      gboolean was_idle = !db->in_transaction;
      ExecStatusType status;

      for (guint attempt = 0; ; attempt++)
        {
          if (stmt->session == db->session || prepare_in_session (stmt))
            {
              stmt->result = PQexecPrepared (db->pg, stmt->name, stmt->n_params,
                                             (const char * const *) stmt->values, stmt->lengths,
                                             stmt->formats, 0);
              status = PQresultStatus (stmt->result);
              if (status == PGRES_TUPLES_OK || status == PGRES_COMMAND_OK)
                break;
              keep_error (db, stmt->result);
              g_clear_pointer (&stmt->result, PQclear);
            }
          if (attempt > 0 || !reconnect (db, was_idle))
            return 1;
        }
      clear_error (db);
      db->changes = g_ascii_strtoll (PQcmdTuples (stmt->result), NULL, 10);
      stmt->row = -1;
    }
  if (stmt->row + 1 < PQntuples (stmt->result))
    {
      stmt->row++;
      return BW_STORAGE_ROW;
    }
  stmt->row = PQntuples (stmt->result);
  return BW_STORAGE_DONE;
}

const char *
bw_storage_pg_column_text (BwStorageStmt *stmt,
                           int            column)
{
  if (stmt->result == NULL || stmt->row < 0 || stmt->row >= PQntuples (stmt->result) ||
      column < 0 || column >= PQnfields (stmt->result) ||
      PQgetisnull (stmt->result, stmt->row, column))
    return NULL;
  return PQgetvalue (stmt->result, stmt->row, column);
}

static void
bytes_unref (gpointer bytes)
{
  if (bytes != NULL)
    g_bytes_unref (bytes);
}

const void *
bw_storage_pg_column_blob (BwStorageStmt *stmt,
                           int            column,
                           gsize         *size)
{
  const char *text = bw_storage_pg_column_text (stmt, column);
  GBytes *blob;

  *size = 0;
  if (text == NULL)
    return NULL;
  /* Only a bytea column is escaped; any other is its text. */
  if (PQftype (stmt->result, column) != 17 /* BYTEAOID */)
    {
      *size = strlen (text);
      return text;
    }
  if (stmt->blobs == NULL)
    stmt->blobs = g_ptr_array_new_with_free_func (bytes_unref);
  while (stmt->blobs->len <= (guint) column)
    g_ptr_array_add (stmt->blobs, NULL);
  blob = g_ptr_array_index (stmt->blobs, column);
  if (blob == NULL)
    {
      size_t length = 0;
      unsigned char *bytes = PQunescapeBytea ((const unsigned char *) text, &length);

      blob = bytes ? g_bytes_new_with_free_func (bytes, length, PQfreemem, bytes) : g_bytes_new (NULL, 0);
      g_ptr_array_index (stmt->blobs, column) = blob;
    }
  return g_bytes_get_data (blob, size);
}

gboolean
bw_storage_pg_column_is_blob (BwStorageStmt *stmt,
                              int            column)
{
  return stmt->result != NULL && PQftype (stmt->result, column) == 17;   /* BYTEAOID */
}

int
bw_storage_pg_column_count (BwStorageStmt *stmt)
{
  return stmt->result != NULL ? PQnfields (stmt->result) : 0;
}

const char *
bw_storage_pg_column_name (BwStorageStmt *stmt,
                           int            column)
{
  return stmt->result != NULL ? PQfname (stmt->result, column) : NULL;
}

gboolean
bw_storage_pg_exec (BwStorage   *db,
                    const char  *sql,
                    GError     **error)
{
  gboolean was_idle = !db->in_transaction;
  PGresult *result = PQexec (db->pg, sql);
  ExecStatusType status = PQresultStatus (result);

  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
    {
      keep_error (db, result);
      PQclear (result);
      if (reconnect (db, was_idle))
        return bw_storage_pg_exec (db, sql, error);
      return bw_storage_pg_set_error (db, error);
    }
  /* A transaction in which a statement failed answers COMMIT with
   * ROLLBACK: nothing was written, which the caller must hear. */
  if (g_str_equal (sql, "COMMIT") && g_str_equal (PQcmdStatus (result), "ROLLBACK"))
    {
      PQclear (result);
      g_strlcpy (db->sqlstate, "25P02", sizeof db->sqlstate);
      g_free (db->message);
      db->message = g_strdup ("the transaction failed earlier and was rolled back");
      return bw_storage_pg_set_error (db, error);
    }
  clear_error (db);
  PQclear (result);
  return TRUE;
}

static int
error_code (const char *state)
{
  if (g_str_has_prefix (state, "23"))
    return BW_DB_ERROR_CONSTRAINT;
  if (g_str_equal (state, "40001") || g_str_equal (state, "40P01") || g_str_equal (state, "55P03") ||
      g_str_has_prefix (state, "08") || g_str_equal (state, "57P01"))
    return BW_DB_ERROR_BUSY;
  if (g_str_equal (state, "53100"))
    return BW_DB_ERROR_FULL;
  if (g_str_has_prefix (state, "XX00"))
    return BW_DB_ERROR_CORRUPT;
  if (g_str_has_prefix (state, "22"))
    return BW_DB_ERROR_VALUE;
  return BW_DB_ERROR_FAILED;
}

gboolean
bw_storage_pg_set_error (BwStorage  *db,
                         GError    **error)
{
  const char *state = db->sqlstate[0] ? db->sqlstate : "XX000";

  g_set_error (error, BW_DB_ERROR, error_code (state),
               "The database could not be written or read: %s (%s)",
               db->message ? db->message : "unknown error", state);
  return FALSE;
}
