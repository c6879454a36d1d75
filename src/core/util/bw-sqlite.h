/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

/* Small SQLite helpers shared by the desktop's and the server's stores. */

/* Binds @text, or NULL as SQL NULL. */
static inline void
bw_sqlite_bind_text (sqlite3_stmt *stmt,
                     int           index,
                     const char   *text)
{
  if (text == NULL)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
}

static inline const char *
bw_sqlite_column_text (sqlite3_stmt *stmt,
                       int           index)
{
  return (const char *) sqlite3_column_text (stmt, index);
}

G_END_DECLS
