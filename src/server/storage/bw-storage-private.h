/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <sqlite3.h>

#include "config.h"

#ifdef HAVE_POSTGRESQL
#include <libpq-fe.h>
#else
/* Built without PostgreSQL: bw-storage-no-postgresql.c refuses it. */
typedef struct pg_conn PGconn;
typedef struct pg_result PGresult;
typedef unsigned int Oid;
#endif

#include "bw-storage.h"

G_BEGIN_DECLS

/* What bw-storage.c (the calls, and SQLite through BwDb) and
 * bw-storage-postgresql.c (libpq) share. */

struct _BwStorage
{
  BwStorageBackend backend;
  char *location;
  char *display;
  GHashTable *statements;   /* char *sql -> BwStorageStmt *, owned */

  /* SQLite */
  BwDb *sqlite;

  /* PostgreSQL */
  PGconn *pg;
  guint n_prepared;         /* names the next prepared statement */
  guint session;            /* counts reconnections: statements prepare again */
  gboolean in_transaction;  /* between begin and commit or rollback */
  char sqlstate[6];         /* of the last error, "" when none */
  char *message;            /* of the last error */
  gint64 changes;
};

struct _BwStorageStmt
{
  BwStorage *db;

  /* SQLite */
  sqlite3_stmt *sqlite;

  /* PostgreSQL */
  char *name;
  char *text;               /* the SQL with $N */
  Oid *types;
  guint session;            /* the session it was prepared in */
  int n_params;
  char **values;            /* owned; NULL is SQL NULL */
  int *lengths;
  int *formats;             /* 1 for a blob, sent as bytes */
  PGresult *result;
  int row;                  /* the current row, -1 before the first */
  GPtrArray *blobs;         /* the unescaped bytea of this row, by column */
};

gboolean       bw_storage_pg_open      (BwStorage      *db,
                                        const char     *uri,
                                        GError        **error);
void           bw_storage_pg_close     (BwStorage      *db);
BwStorageStmt *bw_storage_pg_prepare   (BwStorage      *db,
                                        const char     *sql,
                                        GError        **error);
void           bw_storage_pg_stmt_free (BwStorageStmt  *stmt);
void           bw_storage_pg_bind      (BwStorageStmt  *stmt,
                                        int             index,
                                        char           *value,
                                        int             length,
                                        int             format);
int            bw_storage_pg_step      (BwStorageStmt  *stmt);
void           bw_storage_pg_reset     (BwStorageStmt  *stmt);
void           bw_storage_pg_clear_bindings (BwStorageStmt *stmt);
const char    *bw_storage_pg_column_text (BwStorageStmt *stmt,
                                        int             column);
const void    *bw_storage_pg_column_blob (BwStorageStmt *stmt,
                                        int             column,
                                        gsize          *size);
gboolean       bw_storage_pg_column_is_blob (BwStorageStmt *stmt,
                                        int             column);
int            bw_storage_pg_column_count (BwStorageStmt *stmt);
const char    *bw_storage_pg_column_name (BwStorageStmt *stmt,
                                        int             column);
gboolean       bw_storage_pg_exec      (BwStorage      *db,
                                        const char     *sql,
                                        GError        **error);
gboolean       bw_storage_pg_set_error (BwStorage      *db,
                                        GError        **error);
gboolean       bw_storage_pg_in_transaction (BwStorage *db);
/* @sql with ?N (and a bare ?) as $N, outside quotes and comments. */
char          *bw_storage_pg_translate (const char     *sql);

G_END_DECLS
