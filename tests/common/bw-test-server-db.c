/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-tests"
#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>

#ifdef HAVE_POSTGRESQL
#include "bw-test-postgresql.h"
#endif
#include "bw-test-server-db.h"

gboolean
bw_test_server_db_is_postgresql (void)
{
#ifdef HAVE_POSTGRESQL
  return bw_test_postgresql_wanted ();
#else
  return FALSE;
#endif
}

char *
bw_test_server_db_new (const char *dir,
                       const char *name)
{
  g_autoptr(GError) error = NULL;
  char *location;

  if (!bw_test_server_db_is_postgresql ())
    return g_build_filename (dir, name, NULL);
  g_setenv ("STATE_DIRECTORY", dir, TRUE);
#ifdef HAVE_POSTGRESQL
  location = bw_test_postgresql_new_database (&error);
#else
  location = NULL;
#endif
  g_assert_no_error (error);
  return location;
}

/* @location with the database @name instead of its own. */
static char *
with_database (const char *location,
               const char *name)
{
  g_autoptr(GUri) uri = g_uri_parse (location, G_URI_FLAGS_ENCODED, NULL);
  g_autofree char *path = g_strconcat ("/", name, NULL);

  g_assert_nonnull (uri);
  return g_uri_join (G_URI_FLAGS_ENCODED, g_uri_get_scheme (uri), g_uri_get_userinfo (uri),
                     g_uri_get_host (uri), g_uri_get_port (uri), path, g_uri_get_query (uri), NULL);
}

char *
bw_test_server_db_name (const char *location)
{
  g_autoptr(GUri) uri = g_uri_parse (location, G_URI_FLAGS_ENCODED, NULL);

  g_assert_nonnull (uri);
  return g_strdup (g_uri_get_path (uri) + 1);
}

void
bw_test_server_db_cluster_exec (const char *location,
                                const char *sql)
{
  g_autofree char *admin = with_database (location, "postgres");
  g_autoptr(GError) error = bw_test_server_db_try_exec (admin, sql);

  g_assert_no_error (error);
}

char *
bw_test_server_db_copy (const char *location,
                        const char *dir,
                        const char *name)
{
  g_autoptr(GError) error = NULL;

  if (bw_storage_location_is_postgresql (location))
    {
      static guint n;
      g_autofree char *from = bw_test_server_db_name (location);
      g_autofree char *to = g_strdup_printf ("%s_%s_%u", from, name, ++n);
      g_autofree char *sql = NULL;

      /* A database name is a word: the file name's dots and dashes go. */
      g_strcanon (to, "abcdefghijklmnopqrstuvwxyz0123456789_", '_');
      sql = g_strdup_printf ("CREATE DATABASE %s TEMPLATE %s", to, from);
      bw_test_server_db_cluster_exec (location, sql);
      return with_database (location, to);
    }
  {
    g_autofree char *path = g_build_filename (dir, name, NULL);
    g_autoptr(GFile) from = g_file_new_for_path (location);
    g_autoptr(GFile) to = g_file_new_for_path (path);

    g_file_copy (from, to, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, &error);
    g_assert_no_error (error);
    g_chmod (path, 0600);
    return g_steal_pointer (&path);
  }
}

void
bw_test_server_db_drop (const char *location)
{
  static const char * const suffixes[] = { "", "-wal", "-shm" };

  if (bw_storage_location_is_postgresql (location))
    {
      g_autofree char *name = bw_test_server_db_name (location);
      /* FORCE: a stopped server's sessions may not be gone yet. */
      g_autofree char *sql = g_strdup_printf ("DROP DATABASE %s WITH (FORCE)", name);

      bw_test_server_db_cluster_exec (location, sql);
      return;
    }
  for (gsize s = 0; s < G_N_ELEMENTS (suffixes); s++)
    {
      g_autofree char *path = g_strconcat (location, suffixes[s], NULL);

      g_unlink (path);
    }
}

void
bw_test_server_db_restore (const char *location,
                           const char *backup)
{
  if (bw_storage_location_is_postgresql (location))
    {
      g_autofree char *name = bw_test_server_db_name (location);
      g_autofree char *from = bw_test_server_db_name (backup);
      g_autofree char *create = g_strdup_printf ("CREATE DATABASE %s TEMPLATE %s", name, from);

      bw_test_server_db_drop (location);
      bw_test_server_db_cluster_exec (location, create);
      return;
    }
  {
    g_autofree char *wal = g_strconcat (location, "-wal", NULL);
    g_autofree char *shm = g_strconcat (location, "-shm", NULL);
    g_autoptr(GFile) from = g_file_new_for_path (backup);
    g_autoptr(GFile) to = g_file_new_for_path (location);
    g_autoptr(GError) error = NULL;

    g_file_copy (from, to, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, &error);
    g_assert_no_error (error);
    g_unlink (wal);
    g_unlink (shm);
  }
}

char *
bw_test_server_db_served_path (const char *location)
{
  g_autoptr(BwStorage) db = bw_test_server_db_open (location);

  return bw_storage_get_sidecar_path (db, ".served");
}

BwStorage *
bw_test_server_db_open (const char *location)
{
  static const BwDbPolicy policy = { .flags = BW_DB_ONE_THREAD, .busy_timeout_ms = 5000 };
  g_autoptr(GError) error = NULL;
  BwStorage *db = bw_storage_open (location, &policy, &error);

  g_assert_no_error (error);
  return db;
}

gint64
bw_test_server_db_count (const char *location,
                         const char *sql,
                         const char *arg)
{
  g_autoptr(BwStorage) db = bw_test_server_db_open (location);
  g_autoptr(GError) error = NULL;
  g_autoptr(BwStorageStmt) stmt = bw_storage_prepare (db, sql, &error);

  g_assert_no_error (error);
  if (arg != NULL)
    bw_storage_bind_text (stmt, 1, arg);
  if (bw_storage_step (stmt) == BW_STORAGE_ROW)
    return bw_storage_column_int64 (stmt, 0);
  return -1;
}

char *
bw_test_server_db_dump (const char         *location,
                        const char * const *queries)
{
  GString *dump = g_string_new (NULL);
  g_autoptr(BwStorage) db = bw_test_server_db_open (location);

  for (gsize q = 0; queries[q] != NULL; q++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(BwStorageStmt) stmt = bw_storage_prepare (db, queries[q], &error);

      g_assert_no_error (error);
      while (bw_storage_step (stmt) == BW_STORAGE_ROW)
        {
          for (int c = 0; c < bw_storage_column_count (stmt); c++)
            g_string_append_printf (dump, "%s|", bw_storage_column_text (stmt, c));
          g_string_append_c (dump, '\n');
        }
      g_string_append (dump, "--\n");
    }
  return g_string_free (dump, FALSE);
}

GError *
bw_test_server_db_try_exec (const char *location,
                            const char *sql)
{
  g_autoptr(BwStorage) db = bw_test_server_db_open (location);
  GError *error = NULL;

  bw_storage_exec (db, sql, &error);
  return error;
}

gboolean
bw_test_server_db_skip_on_postgresql (const char *why)
{
  if (!bw_test_server_db_is_postgresql ())
    return FALSE;
  g_test_skip (why);
  return TRUE;
}
