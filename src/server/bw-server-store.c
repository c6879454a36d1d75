/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-server"
#include "config.h"

#include "bw-date.h"
#include "bw-sqlite.h"

#include "bw-db.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "bw-neighbourhood.h"
#include "bw-password.h"
#include "bw-planning-rules.h"
#include "bw-record-json.h"
#include "bw-retention.h"
#include "bw-server-store.h"
#include "bw-share.h"
#include "bw-share-filter.h"
#include "bw-validation.h"

G_DEFINE_QUARK (bw-server-error-quark, bw_server_error)

static const char * const role_keys[BW_ROLE_N] = {
  "buurtteam", "trainer", "partner", "coordinator",
};

const char *
bw_role_to_key (BwRole role)
{
  g_return_val_if_fail ((int) role >= 0 && role < BW_ROLE_N, NULL);
  return role_keys[role];
}

gboolean
bw_role_from_key (const char *key,
                  BwRole     *role)
{
  for (int i = 0; i < BW_ROLE_N; i++)
    if (g_strcmp0 (key, role_keys[i]) == 0)
      {
        *role = i;
        return TRUE;
      }
  return FALSE;
}

void
bw_server_user_free (BwServerUser *user)
{
  if (user == NULL)
    return;
  g_free (user->login);
  g_free (user->name);
  g_free (user->team);
  g_free (user->organisation);
  g_free (user->client);
  g_free (user->peer);
  g_free (user);
}

JsonObject *
bw_server_user_to_json (const BwServerUser *user)
{
  JsonObject *object = json_object_new ();

  json_object_set_int_member (object, "id", user->id);
  json_object_set_string_member (object, "login", user->login);
  json_object_set_string_member (object, "name", user->name);
  json_object_set_string_member (object, "role", bw_role_to_key (user->role));
  if (user->team)
    json_object_set_string_member (object, "team", user->team);
  else
    json_object_set_null_member (object, "team");
  if (user->organisation)
    json_object_set_string_member (object, "organisation", user->organisation);
  else
    json_object_set_null_member (object, "organisation");
  return object;
}

/* Each step runs in one transaction together with its user_version bump. */
static const char * const migrations[] = {
  /* 0 -> 1 */
  "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);\n"
  "CREATE TABLE teams (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);\n"
  "CREATE TABLE users (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  login TEXT NOT NULL UNIQUE,\n"
  "  name TEXT NOT NULL,\n"
  "  role TEXT NOT NULL CHECK (role IN ('buurtteam', 'trainer', 'partner', 'coordinator')),\n"
  "  team_id INTEGER REFERENCES teams (id),\n"
  "  organisation TEXT CHECK (organisation IS NULL OR organisation IN ('jeugdzorg', 'vsv')),\n"
  "  password_hash TEXT NOT NULL,\n"
  "  disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),\n"
  "  created_at TEXT NOT NULL\n"
  ");\n"
  "CREATE TABLE tokens (\n"
  "  token_hash TEXT PRIMARY KEY,\n"
  "  user_id INTEGER NOT NULL REFERENCES users (id),\n"
  "  created_at TEXT NOT NULL,\n"
  "  expires_at INTEGER NOT NULL,\n"
  "  revoked INTEGER NOT NULL DEFAULT 0 CHECK (revoked IN (0, 1))\n"
  ");\n"
  "CREATE INDEX tokens_by_user ON tokens (user_id);\n"
  "CREATE TABLE sequence (id INTEGER PRIMARY KEY CHECK (id = 1), last INTEGER NOT NULL);\n"
  "INSERT INTO sequence (id, last) VALUES (1, 0);\n"
  "CREATE TABLE records (\n"
  "  uuid TEXT PRIMARY KEY,\n"
  "  type TEXT NOT NULL,\n"
  "  case_uuid TEXT NOT NULL,\n"
  "  team_id INTEGER REFERENCES teams (id),\n"
  "  fields TEXT NOT NULL,\n"
  "  field_revs TEXT NOT NULL,\n"
  "  revision INTEGER NOT NULL CHECK (revision >= 1),\n"
  "  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),\n"
  "  seq INTEGER NOT NULL UNIQUE,\n"
  "  created_at TEXT NOT NULL,\n"
  "  created_by TEXT,\n"
  "  updated_at TEXT NOT NULL,\n"
  "  updated_by TEXT\n"
  ");\n"
  "CREATE INDEX records_by_team_seq ON records (team_id, seq);\n"
  "CREATE TABLE applied_changes (\n"
  "  user_id INTEGER NOT NULL REFERENCES users (id),\n"
  "  client_change_id TEXT NOT NULL,\n"
  "  answer TEXT NOT NULL,\n"
  "  applied_at TEXT NOT NULL,\n"
  "  PRIMARY KEY (user_id, client_change_id)\n"
  ");\n"
  "CREATE TABLE conflicts (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  record_uuid TEXT NOT NULL,\n"
  "  user_id INTEGER NOT NULL REFERENCES users (id),\n"
  "  client_change_id TEXT NOT NULL,\n"
  "  base_revision INTEGER NOT NULL,\n"
  "  server_revision INTEGER NOT NULL,\n"
  "  field TEXT NOT NULL,\n"
  "  server_value TEXT,\n"
  "  client_value TEXT,\n"
  "  created_at TEXT NOT NULL\n"
  ");\n"
  "CREATE INDEX conflicts_by_record ON conflicts (record_uuid);\n",

  /* 1 -> 2: sharing with partners and the audit log. The log is
   * append-only: triggers refuse every UPDATE and DELETE, and the only
   * writer is bw_server_store_audit(). */
  "CREATE INDEX records_by_type_case ON records (type, case_uuid);\n"
  "CREATE INDEX records_by_case ON records (case_uuid);\n"
  "CREATE TABLE audit_log (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  at TEXT NOT NULL,\n"
  "  user_id INTEGER,\n"
  "  role TEXT,\n"
  "  action TEXT NOT NULL CHECK (action IN ('deliver', 'open', 'create', 'update', 'delete',\n"
  "                                          'share', 'withdraw', 'denied', 'purge')),\n"
  "  record_type TEXT,\n"
  "  record_uuid TEXT,\n"
  "  case_uuid TEXT,\n"
  "  client TEXT,\n"
  "  peer TEXT,\n"
  "  detail TEXT\n"
  ");\n"
  "CREATE INDEX audit_log_by_case ON audit_log (case_uuid, id);\n"
  "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN\n"
  "  SELECT RAISE (ABORT, 'the audit log is append-only');\n"
  "END;\n"
  "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN\n"
  "  SELECT RAISE (ABORT, 'the audit log is append-only');\n"
  "END;\n",

  /* 2 -> 3: retention (docs/security.md). A purged case leaves only its
   * counts in aggregates and a tombstone in purges, which the feed sends
   * with a new sequence number so that desktops purge it too. */
  BW_RETENTION_AGGREGATES_SCHEMA
  "CREATE TABLE purges (\n"
  "  case_uuid TEXT PRIMARY KEY,\n"
  "  team_id INTEGER REFERENCES teams (id),\n"
  "  seq INTEGER NOT NULL UNIQUE,\n"
  "  purged_at TEXT NOT NULL\n"
  ");\n"
  "CREATE INDEX purges_by_team_seq ON purges (team_id, seq);\n",
};

struct _BwServerStore
{
  GObject parent_instance;

  BwDb *conn;
  sqlite3 *db;              /* conn's handle */
  char *epoch;
  GHashTable *buurt_codes;  /* the CBS buurten a case may be in */

  /* The access refusals of the push under way: one audit row per request,
   * naming the first refused change, however many were refused. */
  guint push_refused;
  char *refused_type;
  char *refused_uuid;
  char *refused_case;
  char *refused_code;
};

G_DEFINE_FINAL_TYPE (BwServerStore, bw_server_store, G_TYPE_OBJECT)

static void
bw_server_store_finalize (GObject *object)
{
  BwServerStore *self = (BwServerStore *) object;

  g_clear_pointer (&self->buurt_codes, g_hash_table_unref);
  g_free (self->refused_type);
  g_free (self->refused_uuid);
  g_free (self->refused_case);
  g_free (self->refused_code);
  g_clear_pointer (&self->conn, bw_db_close);
  g_free (self->epoch);

  G_OBJECT_CLASS (bw_server_store_parent_class)->finalize (object);
}

static void
bw_server_store_class_init (BwServerStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bw_server_store_finalize;
}

static void
bw_server_store_init (BwServerStore *self)
{
}

static char *
json_text (JsonObject *object)
{
  g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), object);

  return json_to_string (node, FALSE);
}

static char *
json_node_text (JsonNode *node)
{
  return json_to_string (node, FALSE);
}

/* What the server itself wrote; a parse failure means a damaged database. */
static JsonObject *
json_object_from_text (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonNode *root;

  if (text == NULL || !json_parser_load_from_data (parser, text, -1, NULL))
    return json_object_new ();
  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return json_object_new ();
  return json_object_ref (json_node_get_object (root));
}

/* Opening */

/* A database restored with cp, or made beforehand, may be readable by
 * others (0644), and SQLite gives a new -wal and -shm the database's mode.
 * chmod by path, never open() and close(): closing a descriptor of the
 * database drops every POSIX lock this process holds on it (see above). */
static gboolean
make_files_private (const char  *path,
                    GError     **error)
{
  static const char * const suffixes[] = { "", "-wal", "-shm" };

  for (gsize i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);
      GStatBuf st;

      if (g_lstat (file, &st) != 0 || (st.st_mode & (S_IRWXG | S_IRWXO)) == 0)
        continue;
      if (!S_ISREG (st.st_mode) || g_chmod (file, 0600) != 0)
        {
          int saved_errno = errno;

          g_set_error (error, BW_SERVER_ERROR, BW_SERVER_ERROR_NOT_PRIVATE,
                       "Other users may read the server database file %s (mode %03o) and it cannot be "
                       "made private: %s. Run chmod 600 on it (and its -wal and -shm) as its owner",
                       file, (guint) (st.st_mode & 0777),
                       S_ISREG (st.st_mode) ? g_strerror (saved_errno) : "not a regular file");
          return FALSE;
        }
      /* The log holds no path: it may name a person or a team. */
      g_message ("database file%s mode=%03o set to 600 (others could read it)",
                 suffixes[i], (guint) (st.st_mode & 0777));
    }
  return TRUE;
}

/* Step 0's C part: the identity is made with the database, in the same
 * transaction. */
static gboolean
create_epoch (BwDb      *db,
              gpointer   user_data,
              GError   **error)
{
  g_autofree char *epoch = g_uuid_string_random ();

  return bw_db_set_meta (db, "epoch", epoch, error);
}

static gboolean
migrate (BwServerStore  *self,
         GError        **error)
{
  BwDbMigration steps[G_N_ELEMENTS (migrations)] = { { NULL, NULL } };
  g_autoptr(GError) local_error = NULL;

  for (gsize i = 0; i < G_N_ELEMENTS (migrations); i++)
    steps[i].sql = migrations[i];
  steps[0].func = create_epoch;
  if (!bw_db_migrate (self->conn, steps, G_N_ELEMENTS (steps), self, &local_error))
    {
      if (g_error_matches (local_error, BW_DB_ERROR, BW_DB_ERROR_TOO_NEW))
        g_set_error_literal (error, BW_SERVER_ERROR, BW_SERVER_ERROR_TOO_NEW,
                             "The server database was made by a newer buurtwerk-server");
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

/* The server's connection policy: an acknowledged push must survive a
 * power cut; only the server's user may read the file. Each connection is
 * used by one thread at a time (the request pool keeps one per worker). */
static const BwDbPolicy server_policy = {
  .flags = BW_DB_CREATE_PRIVATE | BW_DB_WAL | BW_DB_ONE_THREAD,
  .busy_timeout_ms = 5000,
  /* Record uuids are random, so inserts touch pages all over the
   * indexes: a larger page cache keeps pushes fast as the store grows. */
  .cache_size = -65536,
};

BwServerStore *
bw_server_store_open (const char  *path,
                      GError     **error)
{
  g_autoptr(BwServerStore) self = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  /* A database restored with cp may be readable by others: made private
   * before SQLite opens it (and gives a new -wal and -shm its mode). */
  if (!make_files_private (path, error))
    return NULL;

  self = g_object_new (BW_TYPE_SERVER_STORE, NULL);
  self->conn = bw_db_open (path, &server_policy, error);
  if (self->conn == NULL)
    return NULL;
  self->db = bw_db_get_handle (self->conn);
  if (!migrate (self, error))
    return NULL;

  self->epoch = bw_db_get_meta (self->conn, "epoch");
  if (self->epoch == NULL)
    {
      g_set_error_literal (error, BW_SERVER_ERROR, BW_SERVER_ERROR_FAILED,
                           "The server database has no epoch");
      return NULL;
    }

  /* The same list of buurten as the desktop's, so that the server refuses
   * what the desktop would refuse. */
  {
    g_autoptr(GListModel) buurten = bw_neighbourhood_load_geojson (NULL, error);

    if (buurten == NULL)
      return NULL;
    self->buurt_codes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
    for (guint i = 0; i < g_list_model_get_n_items (buurten); i++)
      {
        g_autoptr(BwNeighbourhood) buurt = g_list_model_get_item (buurten, i);

        g_hash_table_add (self->buurt_codes, g_strdup (bw_neighbourhood_get_code (buurt)));
      }
  }
  return g_steal_pointer (&self);
}

const char *
bw_server_store_get_epoch (BwServerStore *self)
{
  g_return_val_if_fail (BW_IS_SERVER_STORE (self), NULL);
  return self->epoch;
}

gboolean
bw_server_store_renew_epoch (BwServerStore  *self,
                             GError        **error)
{
  g_autofree char *epoch = g_uuid_string_random ();

  g_return_val_if_fail (BW_IS_SERVER_STORE (self), FALSE);

  if (!bw_db_set_meta (self->conn, "epoch", epoch, error))
    return FALSE;
  g_free (self->epoch);
  self->epoch = g_steal_pointer (&epoch);
  /* The operator's word that the database is the one to serve now. */
  return bw_server_store_save_served (self, error);
}

gint64
bw_server_store_get_last_seq (BwServerStore *self)
{
  sqlite3_stmt *stmt = bw_db_prepare (self->conn, "SELECT last FROM sequence WHERE id = 1", NULL);
  gint64 last = 0;

  if (stmt == NULL)
    return 0;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    last = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return last;
}

/* The first column of the first row of @sql, with @key bound to ?1, or 0
 * when there is none (and @error set only when SQLite refused the SQL). */
static gint64
bw_server_store_lookup_int64 (BwServerStore  *self,
                              const char     *sql,
                              const char     *key,
                              GError        **error)
{
  sqlite3_stmt *stmt = bw_db_prepare (self->conn, sql, error);
  gint64 value = 0;

  if (stmt == NULL)
    return 0;
  bw_sqlite_bind_text (stmt, 1, key);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return value;
}

/* What was served (finding: a restore without epoch renew) */

char *
bw_server_store_get_served_path (BwServerStore *self)
{
  g_return_val_if_fail (BW_IS_SERVER_STORE (self), NULL);
  return g_strconcat (bw_server_store_get_path (self), ".served", NULL);
}

gboolean
bw_server_store_check_served (BwServerStore  *self,
                              GError        **error)
{
  g_autofree char *path = bw_server_store_get_served_path (self);
  g_autofree char *text = NULL;
  g_autofree char *epoch = NULL;
  g_auto(GStrv) lines = NULL;
  gint64 served_seq = -1, last_seq;

  if (!g_file_get_contents (path, &text, NULL, NULL))
    return TRUE;   /* a new database, or one from before this check */
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (g_str_has_prefix (lines[i], "epoch="))
        {
          g_free (epoch);
          epoch = g_strdup (lines[i] + strlen ("epoch="));
        }
      else if (g_str_has_prefix (lines[i], "last_seq="))
        g_ascii_string_to_signed (lines[i] + strlen ("last_seq="), 10, 0, G_MAXINT64, &served_seq, NULL);
    }
  if (epoch == NULL || served_seq < 0)
    {
      g_set_error (error, BW_SERVER_ERROR, BW_SERVER_ERROR_WENT_BACK,
                   "The file %s is damaged. If the database was restored from a backup, run "
                   "buurtwerk-server epoch renew --db %s; otherwise remove that file. Then start again",
                   path, bw_server_store_get_path (self));
      return FALSE;
    }
  last_seq = bw_server_store_get_last_seq (self);
  if (!g_str_equal (epoch, self->epoch) || last_seq < served_seq)
    {
      g_set_error (error, BW_SERVER_ERROR, BW_SERVER_ERROR_WENT_BACK,
                   "The database went back: this server already served %s up to sequence %" G_GINT64_FORMAT
                   ", the database holds %s up to %" G_GINT64_FORMAT ". It was restored from a backup "
                   "or replaced. Desktops would miss changes: run buurtwerk-server epoch renew --db %s "
                   "(every desktop then pulls everything again) and start again",
                   g_str_equal (epoch, self->epoch) ? "this epoch" : "another epoch", served_seq,
                   g_str_equal (epoch, self->epoch) ? "it" : "its epoch", last_seq,
                   bw_server_store_get_path (self));
      return FALSE;
    }
  return TRUE;
}

gboolean
bw_server_store_save_served (BwServerStore  *self,
                             GError        **error)
{
  g_autofree char *path = bw_server_store_get_served_path (self);
  g_autofree char *text = g_strdup_printf ("epoch=%s\nlast_seq=%" G_GINT64_FORMAT "\n",
                                           self->epoch, bw_server_store_get_last_seq (self));

  /* Written to a temporary file, synced and renamed over the old one. */
  return g_file_set_contents_full (path, text, -1,
                                   G_FILE_SET_CONTENTS_CONSISTENT,
                                   0600, error);
}

/* Users and tokens */

static gint64
ensure_team (BwServerStore  *self,
             const char     *team,
             GError        **error)
{
  sqlite3_stmt *stmt = bw_db_prepare (self->conn, "INSERT OR IGNORE INTO teams (name) VALUES (?1)", error);

  if (stmt == NULL)
    return 0;
  bw_sqlite_bind_text (stmt, 1, team);
  if (!bw_db_step_done (self->conn, stmt, error))
    return 0;
  return bw_server_store_lookup_int64 (self, "SELECT id FROM teams WHERE name = ?1", team, error);
}

gint64
bw_server_store_add_user (BwServerStore  *self,
                          const char     *login,
                          const char     *name,
                          BwRole          role,
                          const char     *team,
                          const char     *organisation,
                          const char     *password,
                          GError        **error)
{
  g_autofree char *hash = NULL;
  g_autofree char *now = bw_date_format_utc (NULL);
  g_autoptr(BwServerUser) existing = NULL;
  sqlite3_stmt *stmt;
  gint64 team_id = 0;
  gint64 id;

  g_return_val_if_fail (BW_IS_SERVER_STORE (self), 0);

  if (login == NULL || *login == '\0' || name == NULL || *name == '\0')
    {
      g_set_error_literal (error, BW_SERVER_ERROR, BW_SERVER_ERROR_INVALID,
                           "A user needs a login and a name");
      return 0;
    }
  if (password == NULL || strlen (password) < 8)
    {
      g_set_error_literal (error, BW_SERVER_ERROR, BW_SERVER_ERROR_INVALID,
                           "A password has at least 8 characters");
      return 0;
    }
  if (role == BW_ROLE_BUURTTEAM && (team == NULL || *team == '\0'))
    {
      g_set_error_literal (error, BW_SERVER_ERROR, BW_SERVER_ERROR_INVALID,
                           "A buurtteam user needs a team (--team)");
      return 0;
    }
  if (role == BW_ROLE_PARTNER && g_strcmp0 (organisation, "jeugdzorg") != 0 &&
      g_strcmp0 (organisation, "vsv") != 0)
    {
      g_set_error_literal (error, BW_SERVER_ERROR, BW_SERVER_ERROR_INVALID,
                           "A partner needs an organisation: jeugdzorg or vsv (--organisation)");
      return 0;
    }
  if (organisation != NULL && role != BW_ROLE_PARTNER)
    {
      g_set_error_literal (error, BW_SERVER_ERROR, BW_SERVER_ERROR_INVALID,
                           "Only a partner has an organisation");
      return 0;
    }
  existing = bw_server_store_find_user (self, login, NULL);
  if (existing != NULL)
    {
      g_set_error_literal (error, BW_SERVER_ERROR, BW_SERVER_ERROR_EXISTS,
                           "That login exists already");
      return 0;
    }

  hash = bw_password_hash (password);

  if (!bw_db_begin (self->conn, error))
    return 0;
  if (team != NULL && *team != '\0' && (team_id = ensure_team (self, team, error)) == 0)
    goto fail;
  stmt = bw_db_prepare (self->conn,
                        "INSERT INTO users (login, name, role, team_id, organisation, password_hash, created_at)"
                        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)", error);
  if (stmt == NULL)
    goto fail;
  bw_sqlite_bind_text (stmt, 1, login);
  bw_sqlite_bind_text (stmt, 2, name);
  bw_sqlite_bind_text (stmt, 3, bw_role_to_key (role));
  if (team_id != 0)
    sqlite3_bind_int64 (stmt, 4, team_id);
  bw_sqlite_bind_text (stmt, 5, organisation);
  bw_sqlite_bind_text (stmt, 6, hash);
  bw_sqlite_bind_text (stmt, 7, now);
  if (!bw_db_step_done (self->conn, stmt, error))
    goto fail;
  id = sqlite3_last_insert_rowid (self->db);
  if (!bw_db_commit (self->conn, error))
    goto fail;
  return id;

fail:
  bw_db_rollback (self->conn);
  return 0;
}

gboolean
bw_server_store_disable_user (BwServerStore  *self,
                              const char     *login,
                              GError        **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (BW_IS_SERVER_STORE (self), FALSE);

  if (!bw_db_begin (self->conn, error))
    return FALSE;
  stmt = bw_db_prepare (self->conn, "UPDATE users SET disabled = 1 WHERE login = ?1", error);
  if (stmt == NULL)
    goto fail;
  bw_sqlite_bind_text (stmt, 1, login);
  if (!bw_db_step_done (self->conn, stmt, error))
    goto fail;
  if (sqlite3_changes (self->db) == 0)
    {
      g_set_error_literal (error, BW_SERVER_ERROR, BW_SERVER_ERROR_NOT_FOUND, "No such login");
      goto fail;
    }
  /* A disabled user's sessions end now, not when they expire. */
  if (!bw_server_store_revoke_user_tokens (self, login, error) || !bw_db_commit (self->conn, error))
    goto fail;
  return TRUE;

fail:
  bw_db_rollback (self->conn);
  return FALSE;
}

#define USER_COLUMNS \
  "u.id, u.login, u.name, u.role, u.team_id, t.name, u.organisation, u.disabled, u.password_hash"

static BwServerUser *
read_user (sqlite3_stmt *stmt)
{
  BwServerUser *user = g_new0 (BwServerUser, 1);

  user->id = sqlite3_column_int64 (stmt, 0);
  user->login = g_strdup (bw_sqlite_column_text (stmt, 1));
  user->name = g_strdup (bw_sqlite_column_text (stmt, 2));
  if (!bw_role_from_key (bw_sqlite_column_text (stmt, 3), &user->role))
    user->role = BW_ROLE_PARTNER;  /* the role that sees least */
  user->team_id = sqlite3_column_int64 (stmt, 4);
  user->team = g_strdup (bw_sqlite_column_text (stmt, 5));
  user->organisation = g_strdup (bw_sqlite_column_text (stmt, 6));
  user->disabled = sqlite3_column_int (stmt, 7) != 0;
  return user;
}

BwServerUser *
bw_server_store_find_user (BwServerStore  *self,
                           const char     *login,
                           char          **password_hash)
{
  sqlite3_stmt *stmt = bw_db_prepare (self->conn, "SELECT " USER_COLUMNS " FROM users u"
                                                  " LEFT JOIN teams t ON t.id = u.team_id WHERE u.login = ?1", NULL);
  BwServerUser *user = NULL;

  if (stmt == NULL)
    return NULL;
  bw_sqlite_bind_text (stmt, 1, login);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      user = read_user (stmt);
      if (password_hash != NULL)
        *password_hash = g_strdup (bw_sqlite_column_text (stmt, 8));
    }
  sqlite3_reset (stmt);
  return user;
}

char *
bw_server_store_new_token (BwServerStore  *self,
                           gint64          user_id,
                           gint64          expires_at,
                           GError        **error)
{
  g_autofree char *token = bw_token_new ();
  g_autofree char *hash = bw_token_hash (token);
  g_autofree char *now = bw_date_format_utc (NULL);
  sqlite3_stmt *stmt;

  stmt = bw_db_prepare (self->conn, "INSERT INTO tokens (token_hash, user_id, created_at, expires_at)"
                                    " VALUES (?1, ?2, ?3, ?4)", error);
  if (stmt == NULL)
    return NULL;
  bw_sqlite_bind_text (stmt, 1, hash);
  sqlite3_bind_int64 (stmt, 2, user_id);
  bw_sqlite_bind_text (stmt, 3, now);
  sqlite3_bind_int64 (stmt, 4, expires_at);
  if (!bw_db_step_done (self->conn, stmt, error))
    return NULL;
  return g_steal_pointer (&token);
}

gboolean
bw_server_store_revoke_token (BwServerStore  *self,
                              const char     *token,
                              GError        **error)
{
  g_autofree char *hash = bw_token_hash (token);
  sqlite3_stmt *stmt = bw_db_prepare (self->conn, "UPDATE tokens SET revoked = 1 WHERE token_hash = ?1", error);

  if (stmt == NULL)
    return FALSE;
  bw_sqlite_bind_text (stmt, 1, hash);
  if (!bw_db_step_done (self->conn, stmt, error))
    return FALSE;
  if (sqlite3_changes (self->db) == 0)
    {
      g_set_error_literal (error, BW_SERVER_ERROR, BW_SERVER_ERROR_NOT_FOUND, "No such token");
      return FALSE;
    }
  return TRUE;
}

gboolean
bw_server_store_revoke_user_tokens (BwServerStore  *self,
                                    const char     *login,
                                    GError        **error)
{
  sqlite3_stmt *stmt = bw_db_prepare (self->conn, "UPDATE tokens SET revoked = 1"
                                                  " WHERE user_id = (SELECT id FROM users WHERE login = ?1)", error);

  if (stmt == NULL)
    return FALSE;
  bw_sqlite_bind_text (stmt, 1, login);
  return bw_db_step_done (self->conn, stmt, error);
}

BwServerUser *
bw_server_store_authenticate (BwServerStore  *self,
                              const char     *token,
                              GError        **error)
{
  g_autofree char *hash = NULL;
  sqlite3_stmt *stmt;
  BwServerUser *user = NULL;

  if (token == NULL || *token == '\0' || strlen (token) > 128)
    goto unauthorized;

  /* Looked up by its hash, so neither the database nor the lookup's timing
   * gives the token away. */
  hash = bw_token_hash (token);
  stmt = bw_db_prepare (self->conn, "SELECT " USER_COLUMNS " FROM tokens k JOIN users u ON u.id = k.user_id"
                                    " LEFT JOIN teams t ON t.id = u.team_id"
                                    " WHERE k.token_hash = ?1 AND k.revoked = 0 AND k.expires_at > ?2"
                                    " AND u.disabled = 0", error);
  if (stmt == NULL)
    return NULL;
  bw_sqlite_bind_text (stmt, 1, hash);
  sqlite3_bind_int64 (stmt, 2, g_get_real_time () / G_USEC_PER_SEC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    user = read_user (stmt);
  sqlite3_reset (stmt);
  if (user != NULL)
    return user;

unauthorized:
  g_set_error_literal (error, BW_SERVER_ERROR, BW_SERVER_ERROR_UNAUTHORIZED,
                       "Sign in again: the token is missing, expired or revoked");
  return NULL;
}

/* Records */

typedef struct {
  BwRecordType type;
  char *uuid;
  char *case_uuid;
  gint64 team_id;
  JsonObject *fields;
  JsonObject *field_revs;
  gint64 revision;
  gboolean deleted;
  gint64 seq;
  char *created_at;
  char *created_by;
  char *updated_at;
  char *updated_by;
} Row;

static void
row_clear (Row *row)
{
  g_clear_pointer (&row->uuid, g_free);
  g_clear_pointer (&row->case_uuid, g_free);
  g_clear_pointer (&row->fields, json_object_unref);
  g_clear_pointer (&row->field_revs, json_object_unref);
  g_clear_pointer (&row->created_at, g_free);
  g_clear_pointer (&row->created_by, g_free);
  g_clear_pointer (&row->updated_at, g_free);
  g_clear_pointer (&row->updated_by, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Row, row_clear)

#define ROW_COLUMNS \
  "type, uuid, case_uuid, team_id, fields, field_revs, revision, deleted, seq, " \
  "created_at, created_by, updated_at, updated_by"

static void
read_row (sqlite3_stmt *stmt,
          Row          *row)
{
  if (!bw_record_type_from_key (bw_sqlite_column_text (stmt, 0), &row->type))
    row->type = BW_RECORD_TYPE_CASE;
  row->uuid = g_strdup (bw_sqlite_column_text (stmt, 1));
  row->case_uuid = g_strdup (bw_sqlite_column_text (stmt, 2));
  row->team_id = sqlite3_column_int64 (stmt, 3);
  row->fields = json_object_from_text (bw_sqlite_column_text (stmt, 4));
  row->field_revs = json_object_from_text (bw_sqlite_column_text (stmt, 5));
  row->revision = sqlite3_column_int64 (stmt, 6);
  row->deleted = sqlite3_column_int (stmt, 7) != 0;
  row->seq = sqlite3_column_int64 (stmt, 8);
  row->created_at = g_strdup (bw_sqlite_column_text (stmt, 9));
  row->created_by = g_strdup (bw_sqlite_column_text (stmt, 10));
  row->updated_at = g_strdup (bw_sqlite_column_text (stmt, 11));
  row->updated_by = g_strdup (bw_sqlite_column_text (stmt, 12));
}

/* TRUE and @row filled when the record exists. */
static gboolean
load_row (BwServerStore  *self,
          const char     *uuid,
          Row            *row,
          GError        **error)
{
  sqlite3_stmt *stmt = bw_db_prepare (self->conn, "SELECT " ROW_COLUMNS " FROM records WHERE uuid = ?1", error);
  gboolean found = FALSE;

  if (stmt == NULL)
    return FALSE;
  bw_sqlite_bind_text (stmt, 1, uuid);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      read_row (stmt, row);
      found = TRUE;
    }
  sqlite3_reset (stmt);
  return found;
}

/* Who sees what (docs/sync-protocol.md, Access). Every answer goes through
 * here or through the feed's filter, which says the same in SQL:
 * - a buurtteam member and a coordinator see their team's records (cases,
 *   the records under them, shares and partner notes, and the enrolments
 *   of their cases) and every offer and session, to refer residents; a
 *   coordinator only reads;
 * - a trainer sees the planning: offers, sessions, all enrolments (which
 *   carry only the participant snapshot) and attendance; never a case or
 *   anything under one;
 * - partners see shared cases only through the snapshot of
 *   bw_server_store_get_shared(), filtered per field, never here. */
static gboolean
user_sees (const BwServerUser *user,
           const Row          *row)
{
  switch (user->role)
    {
    case BW_ROLE_BUURTTEAM:
    case BW_ROLE_COORDINATOR:
      return user->team_id != 0 &&
             (row->team_id == user->team_id ||
              row->type == BW_RECORD_TYPE_OFFER || row->type == BW_RECORD_TYPE_SESSION);
    case BW_ROLE_TRAINER:
      return bw_record_type_is_planning (row->type);
    case BW_ROLE_PARTNER:
    case BW_ROLE_N:
    default:
      return FALSE;
    }
}

/* Of what a user sees, what they may change: a buurtteam member their
 * team's records but not the planning itself (offers, sessions,
 * attendance are the trainers'); a trainer the planning. */
static gboolean
user_may_change (const BwServerUser *user,
                 const Row          *row)
{
  if (!user_sees (user, row))
    return FALSE;
  if (user->role == BW_ROLE_BUURTTEAM)
    return row->team_id == user->team_id && row->type != BW_RECORD_TYPE_ATTENDANCE;
  return user->role == BW_ROLE_TRAINER;
}

/* Audit */

char *
bw_server_today (void)
{
  const char *test_today = g_getenv ("BUURTWERK_TEST_TODAY");

  if (test_today != NULL && bw_date_is_iso_date (test_today))
    return g_strdup (test_today);
  return bw_date_today ();
}

gboolean
bw_server_store_audit (BwServerStore       *self,
                       const BwServerUser  *user,
                       const char          *action,
                       const char          *record_type,
                       const char          *record_uuid,
                       const char          *case_uuid,
                       const char          *detail,
                       GError             **error)
{
  g_autofree char *now = bw_date_format_utc (NULL);
  sqlite3_stmt *stmt;

  /* Flooding: an account that repeats an "open" report, or the same
   * refused attempt, on one case within a minute does not write it again,
   * so nobody can bury a case's access history in junk. Only the case's
   * newest rows are looked at: bounded work. */
  if (user != NULL && bw_record_json_is_uuid (case_uuid) &&
      (g_str_equal (action, "open") || g_str_equal (action, "denied")))
    {
      g_autoptr(GDateTime) utc_now = g_date_time_new_now_utc ();
      g_autoptr(GDateTime) then = g_date_time_add_seconds (utc_now, -BW_SERVER_AUDIT_REPEAT_SECONDS);
      g_autofree char *since = bw_date_format_utc (then);
      gboolean repeat;

      stmt = bw_db_prepare (self->conn, "SELECT count(*) FROM (SELECT user_id, action, record_type, detail, at"
                                        " FROM audit_log WHERE case_uuid = ?1 ORDER BY id DESC LIMIT 50)"
                                        " WHERE user_id = ?2 AND action = ?3 AND at >= ?4 AND (?3 = 'open' OR"
                                        " (record_type IS ?5 AND detail IS ?6))", error);
      if (stmt == NULL)
        return FALSE;
      bw_sqlite_bind_text (stmt, 1, case_uuid);
      sqlite3_bind_int64 (stmt, 2, user->id);
      bw_sqlite_bind_text (stmt, 3, action);
      bw_sqlite_bind_text (stmt, 4, since);
      bw_sqlite_bind_text (stmt, 5, record_type);
      bw_sqlite_bind_text (stmt, 6, detail);
      if (sqlite3_step (stmt) != SQLITE_ROW)
        {
          sqlite3_reset (stmt);
          return bw_db_set_error (self->conn, 0, error);
        }
      repeat = sqlite3_column_int64 (stmt, 0) > 0;
      sqlite3_reset (stmt);
      if (repeat)
        return TRUE;
    }

  stmt = bw_db_prepare (self->conn, "INSERT INTO audit_log (at, user_id, role, action, record_type,"
                                    " record_uuid, case_uuid, client, peer, detail)"
                                    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)", error);
  if (stmt == NULL)
    return FALSE;
  bw_sqlite_bind_text (stmt, 1, now);
  if (user != NULL)
    {
      sqlite3_bind_int64 (stmt, 2, user->id);
      bw_sqlite_bind_text (stmt, 3, bw_role_to_key (user->role));
      bw_sqlite_bind_text (stmt, 8, user->client);
      bw_sqlite_bind_text (stmt, 9, user->peer);
    }
  bw_sqlite_bind_text (stmt, 4, action);
  bw_sqlite_bind_text (stmt, 5, record_type);
  /* Only well-formed uuids: whatever else a client sent is not kept. */
  bw_sqlite_bind_text (stmt, 6, bw_record_json_is_uuid (record_uuid) ? record_uuid : NULL);
  bw_sqlite_bind_text (stmt, 7, bw_record_json_is_uuid (case_uuid) ? case_uuid : NULL);
  bw_sqlite_bind_text (stmt, 10, detail);
  return bw_db_step_done (self->conn, stmt, error);
}

/* A denied attempt, in its own transaction (for reads, which have none). */
static void
audit_denied_now (BwServerStore       *self,
                  const BwServerUser  *user,
                  const char          *record_uuid,
                  const char          *case_uuid,
                  const char          *detail)
{
  g_autoptr(GError) error = NULL;

  if (!bw_db_begin (self->conn, &error) ||
      !bw_server_store_audit (self, user, "denied", NULL, record_uuid, case_uuid, detail, &error) ||
      !bw_db_commit (self->conn, &error))
    {
      bw_db_rollback (self->conn);
      g_warning ("The audit log could not be written: %s", error->message);
    }
}

/* The parts of @case_uuid actively shared with @organisation on @today
 * (the union of its active shares); FALSE when none is, or when the team
 * deleted the case: a partner then may neither write a note nor report an
 * opening, exactly as for a case that does not exist. */
static gboolean
active_share_parts (BwServerStore  *self,
                    const char     *case_uuid,
                    const char     *organisation,
                    const char     *today,
                    gboolean        parts[BW_SHARE_PART_N],
                    GError        **error)
{
  sqlite3_stmt *stmt = bw_db_prepare (self->conn, "SELECT json_extract (fields, '$.parts') FROM records"
                                                  " WHERE type = 'share' AND case_uuid = ?1 AND deleted = 0"
                                                  " AND json_extract (fields, '$.organisation') = ?2"
                                                  " AND json_extract (fields, '$.withdrawn_at') IS NULL"
                                                  " AND json_extract (fields, '$.end_date') >= ?3"
                                                  " AND EXISTS (SELECT 1 FROM records c WHERE c.uuid = ?1"
                                                  " AND c.type = 'case' AND c.deleted = 0)", error);
  gboolean found = FALSE;

  memset (parts, 0, sizeof (gboolean) * BW_SHARE_PART_N);
  if (stmt == NULL || organisation == NULL)
    return FALSE;
  bw_sqlite_bind_text (stmt, 1, case_uuid);
  bw_sqlite_bind_text (stmt, 2, organisation);
  bw_sqlite_bind_text (stmt, 3, today);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autoptr(BwShare) share = bw_share_new ();

      if (!bw_share_set_parts_json (share, bw_sqlite_column_text (stmt, 0)))
        continue;
      for (int i = 0; i < BW_SHARE_PART_N; i++)
        parts[i] |= bw_share_has_part (share, i);
      found = TRUE;
    }
  sqlite3_reset (stmt);
  return found;
}

static JsonObject *
row_to_json (const Row *row)
{
  BwRecordEnvelope envelope = {
    .type = row->type,
    .uuid = row->uuid,
    .case_uuid = row->case_uuid,
    .revision = row->revision,
    .deleted = row->deleted,
    .seq = row->seq,
    .created_at = row->created_at,
    .created_by = row->created_by,
    .updated_at = row->updated_at,
    .updated_by = row->updated_by,
    .fields = row->fields,
  };

  return bw_record_envelope_to_json (&envelope);
}

JsonObject *
bw_server_store_get_record (BwServerStore       *self,
                            const BwServerUser  *user,
                            const char          *uuid,
                            GError             **error)
{
  g_auto(Row) row = { 0 };
  g_autoptr(GError) local_error = NULL;
  JsonObject *answer;

  if (!bw_record_json_is_uuid (uuid) || !load_row (self, uuid, &row, &local_error) ||
      !user_sees (user, &row))
    {
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        {
          /* Unknown, guessed or not the user's: the same answer, and the
           * attempt is in the audit log. */
          audit_denied_now (self, user, uuid, row.case_uuid, "get_record");
          g_set_error_literal (error, BW_SERVER_ERROR, BW_SERVER_ERROR_NOT_FOUND, "No such record");
        }
      return NULL;
    }
  answer = json_object_new ();
  json_object_set_string_member (answer, "epoch", self->epoch);
  json_object_set_object_member (answer, "record", row_to_json (&row));
  return answer;
}

/* A feed entry: the envelope written by json-glib, then the stored fields
 * text, which the server itself wrote as JSON, spliced in unparsed. */
static void
append_feed_entry (GString      *out,
                   sqlite3_stmt *stmt)
{
  g_autoptr(JsonObject) envelope = json_object_new ();
  g_autoptr(JsonNode) node = NULL;
  g_autofree char *text = NULL;
  gsize length;

  json_object_set_int_member (envelope, "seq", sqlite3_column_int64 (stmt, 8));
  json_object_set_string_member (envelope, "type", bw_sqlite_column_text (stmt, 0));
  if (g_str_equal (bw_sqlite_column_text (stmt, 0), "purge"))
    {
      /* A tombstone: the case uuid and nothing else. */
      json_object_set_string_member (envelope, "case_uuid", bw_sqlite_column_text (stmt, 2));
      node = json_node_init_object (json_node_alloc (), envelope);
      text = json_to_string (node, FALSE);
      g_string_append (out, text);
      return;
    }
  json_object_set_string_member (envelope, "uuid", bw_sqlite_column_text (stmt, 1));
  json_object_set_string_member (envelope, "case_uuid", bw_sqlite_column_text (stmt, 2));
  json_object_set_int_member (envelope, "revision", sqlite3_column_int64 (stmt, 6));
  json_object_set_boolean_member (envelope, "deleted", sqlite3_column_int (stmt, 7) != 0);
  json_object_set_string_member (envelope, "created_at", bw_sqlite_column_text (stmt, 9));
  json_object_set_string_member (envelope, "created_by", bw_sqlite_column_text (stmt, 10));
  json_object_set_string_member (envelope, "updated_at", bw_sqlite_column_text (stmt, 11));
  json_object_set_string_member (envelope, "updated_by", bw_sqlite_column_text (stmt, 12));
  node = json_node_init_object (json_node_alloc (), envelope);
  text = json_to_string (node, FALSE);
  length = strlen (text);
  g_assert (length > 2 && text[length - 1] == '}');
  g_string_append_len (out, text, length - 1);
  g_string_append (out, ",\"fields\":");
  g_string_append (out, bw_sqlite_column_text (stmt, 4));
  g_string_append_c (out, '}');
}

static gsize page_bytes_override;

void
bw_server_store_set_page_bytes (gsize bytes)
{
  g_atomic_pointer_set (&page_bytes_override, bytes);
}

char *
bw_server_store_get_changes (BwServerStore       *self,
                             const BwServerUser  *user,
                             gint64               since,
                             gint64               limit,
                             guint               *n_records,
                             gboolean            *more,
                             GError             **error)
{
  g_autoptr(GString) out = NULL;
  g_autoptr(JsonNode) epoch = NULL;
  g_autofree char *epoch_text = NULL;
  sqlite3_stmt *stmt;
  gint64 last_seq, next_since = since;
  gsize page_budget = (gsize) g_atomic_pointer_get (&page_bytes_override);
  guint n = 0;
  int rc;

  *more = FALSE;
  if (page_budget == 0)
    page_budget = BW_SERVER_PAGE_BYTES;
  if (limit < 1 || limit > BW_SERVER_MAX_PAGE || since < 0)
    {
      g_set_error (error, BW_SERVER_ERROR, BW_SERVER_ERROR_INVALID,
                   "limit must be 1 to %d and since at least 0", BW_SERVER_MAX_PAGE);
      return NULL;
    }

  /* One read transaction, so the page and the last sequence agree. */
  if (!bw_db_exec (self->conn, "BEGIN", error))
    return NULL;
  last_seq = bw_server_store_get_last_seq (self);
  if (since > last_seq)
    {
      /* The server went back (restored from a backup): never let the client
       * wait for numbers that will mean other changes. */
      bw_db_rollback (self->conn);
      g_set_error_literal (error, BW_SERVER_ERROR, BW_SERVER_ERROR_SEQUENCE_AHEAD,
                           "The client knows a later sequence than the server has: pull everything again");
      return NULL;
    }

  epoch = json_node_init_string (json_node_alloc (), self->epoch);
  epoch_text = json_to_string (epoch, FALSE);
  out = g_string_new ("{\"epoch\":");
  g_string_append (out, epoch_text);
  g_string_append (out, ",\"changes\":[");

  if (((user->role == BW_ROLE_BUURTTEAM || user->role == BW_ROLE_COORDINATOR) && user->team_id != 0) ||
      user->role == BW_ROLE_TRAINER)
    {
      /* The feed's form of user_sees(), with the purge tombstones in the
       * same order: a team's own, and for a trainer all of them (a case
       * uuid tells a trainer nothing; it removes the case's enrolments). */
      if (user->role != BW_ROLE_TRAINER)
        stmt = bw_db_prepare (self->conn, "SELECT " ROW_COLUMNS " FROM records WHERE seq > ?2"
                                          " AND (team_id = ?1 OR type IN ('offer', 'session'))"
                                          " UNION ALL SELECT 'purge', case_uuid, case_uuid, team_id, NULL, NULL, 0, 1,"
                                          " seq, purged_at, NULL, purged_at, NULL FROM purges"
                                          " WHERE team_id = ?1 AND seq > ?2 ORDER BY 9 LIMIT ?3", error);
      else
        stmt = bw_db_prepare (self->conn, "SELECT " ROW_COLUMNS " FROM records WHERE seq > ?2"
                                          " AND type IN ('offer', 'session', 'enrolment', 'attendance')"
                                          " UNION ALL SELECT 'purge', case_uuid, case_uuid, team_id, NULL, NULL, 0, 1,"
                                          " seq, purged_at, NULL, purged_at, NULL FROM purges"
                                          " WHERE seq > ?2 ORDER BY 9 LIMIT ?3", error);
      if (stmt == NULL)
        {
          bw_db_rollback (self->conn);
          return NULL;
        }
      sqlite3_bind_int64 (stmt, 1, user->team_id);
      sqlite3_bind_int64 (stmt, 2, since);
      sqlite3_bind_int64 (stmt, 3, limit + 1);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          /* By count and by bytes: the page that passed the budget ends
           * here, after at least one record, and the client asks again. */
          if (n == (guint) limit || (n > 0 && out->len >= page_budget))
            {
              *more = TRUE;
              break;
            }
          if (n > 0)
            g_string_append_c (out, ',');
          append_feed_entry (out, stmt);
          next_since = sqlite3_column_int64 (stmt, 8);
          n++;
        }
      sqlite3_reset (stmt);
      if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        {
          bw_db_set_error (self->conn, 0, error);
          bw_db_rollback (self->conn);
          return NULL;
        }
    }
  bw_db_commit (self->conn, NULL);

  /* Everything up to the last sequence has been seen (the rest was not
   * the user's), so the client can skip ahead. */
  if (!*more)
    next_since = last_seq;

  g_string_append_printf (out, "],\"next_since\":%" G_GINT64_FORMAT ",\"more\":%s}",
                          next_since, *more ? "true" : "false");
  *n_records = n;
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* Push */

typedef struct {
  const char *client_change_id;
  BwRecordType type;
  const char *uuid;
  const char *case_uuid;
  gint64 base_revision;
  gboolean has_deleted;
  gboolean deleted;
  JsonObject *fields;
} Change;

/* The structure of every change is checked before anything is written, so
 * that a malformed request changes nothing (400). */
static gboolean
parse_change (JsonNode  *node,
              guint      index,
              Change    *change,
              GError   **error)
{
  static const char *members[] = {
    "client_change_id", "type", "uuid", "case_uuid", "base_revision", "deleted", "fields", NULL
  };
  g_autoptr(GError) local_error = NULL;
  JsonObject *object;
  const char *type_key;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error (error, BW_SERVER_ERROR, BW_SERVER_ERROR_INVALID,
                   "changes[%u] must be an object", index);
      return FALSE;
    }
  object = json_node_get_object (node);
  if (!bw_json_check_members (object, members, &local_error) ||
      !bw_json_get_string (object, "client_change_id", FALSE, &change->client_change_id, &local_error) ||
      !bw_json_get_string (object, "type", FALSE, &type_key, &local_error) ||
      !bw_json_get_string (object, "uuid", FALSE, &change->uuid, &local_error) ||
      !bw_json_get_string (object, "case_uuid", FALSE, &change->case_uuid, &local_error) ||
      !bw_json_get_int (object, "base_revision", 0, G_MAXINT64, &change->base_revision, &local_error) ||
      !bw_json_get_object (object, "fields", &change->fields, &local_error))
    goto invalid;
  if ((change->has_deleted = json_object_has_member (object, "deleted")) &&
      !bw_json_get_bool (object, "deleted", &change->deleted, &local_error))
    goto invalid;
  if (!bw_record_type_from_key (type_key, &change->type))
    {
      g_set_error (error, BW_SERVER_ERROR, BW_SERVER_ERROR_INVALID,
                   "changes[%u]: unknown record type", index);
      return FALSE;
    }
  if (!bw_record_json_is_uuid (change->client_change_id) || !bw_record_json_is_uuid (change->uuid) ||
      !bw_record_json_is_uuid (change->case_uuid))
    {
      g_set_error (error, BW_SERVER_ERROR, BW_SERVER_ERROR_INVALID,
                   "changes[%u]: client_change_id, uuid and case_uuid must be lowercase UUIDs", index);
      return FALSE;
    }
  if (bw_record_type_is_root (change->type) && !g_str_equal (change->uuid, change->case_uuid))
    {
      g_set_error (error, BW_SERVER_ERROR, BW_SERVER_ERROR_INVALID,
                   "changes[%u]: a case's or offer's case_uuid is its own uuid", index);
      return FALSE;
    }
  return TRUE;

invalid:
  g_set_error (error, BW_SERVER_ERROR, BW_SERVER_ERROR_INVALID,
               "changes[%u]: %s", index, local_error->message);
  return FALSE;
}

static JsonObject *
new_result (const Change *change,
            const char   *status)
{
  JsonObject *result = json_object_new ();

  json_object_set_string_member (result, "client_change_id", change->client_change_id);
  json_object_set_string_member (result, "uuid", change->uuid);
  json_object_set_string_member (result, "status", status);
  return result;
}

static JsonObject *
rejected (const Change *change,
          const char   *code,
          const char   *message)
{
  JsonObject *result = new_result (change, "rejected");
  JsonObject *error = json_object_new ();

  json_object_set_string_member (error, "code", code);
  json_object_set_string_member (error, "message", message);
  json_object_set_object_member (result, "error", error);
  return result;
}

static gint64
next_seq (BwServerStore  *self,
          GError        **error)
{
  sqlite3_stmt *stmt = bw_db_prepare (self->conn, "UPDATE sequence SET last = last + 1 WHERE id = 1 RETURNING last",
                                            error);
  gint64 seq = 0;

  if (stmt == NULL)
    return 0;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    seq = sqlite3_column_int64 (stmt, 0);
  else
    bw_db_set_error (self->conn, 0, error);
  sqlite3_reset (stmt);
  return seq;
}

static gboolean
write_row (BwServerStore  *self,
           const Row      *row,
           GError        **error)
{
  g_autofree char *fields = json_text (row->fields);
  g_autofree char *field_revs = json_text (row->field_revs);
  sqlite3_stmt *stmt = bw_db_prepare (self->conn, "INSERT OR REPLACE INTO records (" ROW_COLUMNS ")"
                                                  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
                                            error);

  if (stmt == NULL)
    return FALSE;
  bw_sqlite_bind_text (stmt, 1, bw_record_type_to_key (row->type));
  bw_sqlite_bind_text (stmt, 2, row->uuid);
  bw_sqlite_bind_text (stmt, 3, row->case_uuid);
  if (row->team_id != 0)
    sqlite3_bind_int64 (stmt, 4, row->team_id);
  bw_sqlite_bind_text (stmt, 5, fields);
  bw_sqlite_bind_text (stmt, 6, field_revs);
  sqlite3_bind_int64 (stmt, 7, row->revision);
  sqlite3_bind_int (stmt, 8, row->deleted ? 1 : 0);
  sqlite3_bind_int64 (stmt, 9, row->seq);
  bw_sqlite_bind_text (stmt, 10, row->created_at);
  bw_sqlite_bind_text (stmt, 11, row->created_by);
  bw_sqlite_bind_text (stmt, 12, row->updated_at);
  bw_sqlite_bind_text (stmt, 13, row->updated_by);
  return bw_db_step_done (self->conn, stmt, error);
}

/* Empty strings mean null on the wire; store one form only, so that
 * comparing values for conflicts compares meaning. */
static JsonObject *
normalise_fields (JsonObject *fields)
{
  JsonObject *copy = json_object_new ();
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;

  json_object_iter_init (&iter, fields);
  while (json_object_iter_next (&iter, &name, &node))
    {
      if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING &&
          *json_node_get_string (node) == '\0')
        json_object_set_null_member (copy, name);
      else
        json_object_set_member (copy, name, json_node_copy (node));
    }
  return copy;
}

/* Fields of a case are checked as a whole, as the desktop checks them. */
static gboolean
validate_record (BwServerStore  *self,
                 BwRecordType    type,
                 JsonObject     *fields,
                 GError        **error)
{
  g_autoptr(BwCase) record = NULL;

  if (bw_record_type_is_planning (type))
    return bw_planning_validate_record_fields (type, fields, self->buurt_codes, error);
  if (type != BW_RECORD_TYPE_CASE)
    return TRUE;
  record = bw_case_new ();
  if (!bw_record_json_apply_case_fields (record, fields, error) ||
      !bw_validate_case (record, error))
    return FALSE;
  if (!g_hash_table_contains (self->buurt_codes, bw_case_get_buurt_code (record)))
    {
      g_set_error_literal (error, BW_RECORD_JSON_ERROR, BW_RECORD_JSON_ERROR_INVALID_VALUE,
                           "The field “buurt_code” is not a known buurt of Heerlen");
      return FALSE;
    }
  return TRUE;
}

static gboolean
store_answer (BwServerStore       *self,
              const BwServerUser  *user,
              const Change        *change,
              JsonObject          *result,
              const char          *now,
              GError             **error)
{
  g_autofree char *answer = json_text (result);
  sqlite3_stmt *stmt = bw_db_prepare (self->conn, "INSERT INTO applied_changes (user_id, client_change_id, answer, applied_at)"
                                                  " VALUES (?1, ?2, ?3, ?4)", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, user->id);
  bw_sqlite_bind_text (stmt, 2, change->client_change_id);
  bw_sqlite_bind_text (stmt, 3, answer);
  bw_sqlite_bind_text (stmt, 4, now);
  return bw_db_step_done (self->conn, stmt, error);
}

static gboolean
record_conflict (BwServerStore       *self,
                 const BwServerUser  *user,
                 const Change        *change,
                 gint64               server_revision,
                 const char          *field,
                 JsonNode            *server_value,
                 JsonNode            *client_value,
                 const char          *now,
                 GError             **error)
{
  g_autofree char *server_text = json_node_text (server_value);
  g_autofree char *client_text = json_node_text (client_value);
  sqlite3_stmt *stmt = bw_db_prepare (self->conn, "INSERT INTO conflicts (record_uuid, user_id, client_change_id,"
                                                  " base_revision, server_revision, field, server_value, client_value,"
                                                  " created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)", error);

  if (stmt == NULL)
    return FALSE;
  bw_sqlite_bind_text (stmt, 1, change->uuid);
  sqlite3_bind_int64 (stmt, 2, user->id);
  bw_sqlite_bind_text (stmt, 3, change->client_change_id);
  sqlite3_bind_int64 (stmt, 4, change->base_revision);
  sqlite3_bind_int64 (stmt, 5, server_revision);
  bw_sqlite_bind_text (stmt, 6, field);
  bw_sqlite_bind_text (stmt, 7, server_text);
  bw_sqlite_bind_text (stmt, 8, client_text);
  bw_sqlite_bind_text (stmt, 9, now);
  return bw_db_step_done (self->conn, stmt, error);
}

static gint64
field_revision (const Row  *row,
                const char *field)
{
  if (json_object_has_member (row->field_revs, field))
    return json_object_get_int_member (row->field_revs, field);
  return 1;
}

/* A refusal that is an access attempt: the same answer as always, and
 * counted for the one "denied" row the push writes at its end, in its
 * transaction (push_audit_refused()). */
static JsonObject *
denied (BwServerStore       *self,
        const BwServerUser  *user,
        const Change        *change,
        const char          *code,
        const char          *message,
        GError             **error)
{
  if (self->push_refused++ == 0)
    {
      self->refused_type = g_strdup (bw_record_type_to_key (change->type));
      self->refused_uuid = g_strdup (change->uuid);
      self->refused_case = g_strdup (change->case_uuid);
      self->refused_code = g_strdup (code);
    }
  return rejected (change, code, message);
}

static void
push_refused_clear (BwServerStore *self)
{
  self->push_refused = 0;
  g_clear_pointer (&self->refused_type, g_free);
  g_clear_pointer (&self->refused_uuid, g_free);
  g_clear_pointer (&self->refused_case, g_free);
  g_clear_pointer (&self->refused_code, g_free);
}

static gboolean
push_audit_refused (BwServerStore       *self,
                    const BwServerUser  *user,
                    GError             **error)
{
  g_autofree char *detail = NULL;

  if (self->push_refused == 0)
    return TRUE;
  detail = self->push_refused == 1 ?
    g_strdup_printf ("push code=%s", self->refused_code) :
    g_strdup_printf ("push code=%s refused=%u", self->refused_code, self->push_refused);
  return bw_server_store_audit (self, user, "denied", self->refused_type, self->refused_uuid,
                                self->refused_case, detail, error);
}

static BwShare *
share_from_fields (JsonObject *fields)
{
  BwShare *share = bw_share_new ();
  g_autoptr(JsonNode) parts = json_node_copy (json_object_get_member (fields, "parts"));
  g_autofree char *parts_text = json_to_string (parts, FALSE);

#define TEXT_FIELD(name) \
  bw_share_set_##name (share, json_object_get_string_member_with_default (fields, #name, NULL));
  TEXT_FIELD (organisation)
  TEXT_FIELD (consent_date)
  TEXT_FIELD (consent_given_to)
  TEXT_FIELD (consent_form)
  TEXT_FIELD (end_date)
  TEXT_FIELD (team_contact)
  TEXT_FIELD (withdrawn_at)
  TEXT_FIELD (withdrawn_reason)
#undef TEXT_FIELD
  bw_share_set_parts_json (share, parts_text);
  return share;
}

/* What a partner may push: only partner notes of its own organisation, on
 * cases actively shared with it. Sets @refusal for anything else. */
static gboolean
check_partner_change (BwServerStore       *self,
                      const BwServerUser  *user,
                      const Change        *change,
                      JsonObject          *fields,
                      const Row           *row,
                      JsonObject         **refusal,
                      GError             **error)
{
  g_autofree char *today = bw_server_today ();
  g_autoptr(GError) local_error = NULL;
  gboolean parts[BW_SHARE_PART_N];
  const char *organisation;

  if (change->type != BW_RECORD_TYPE_PARTNER_NOTE)
    {
      *refusal = denied (self, user, change, "forbidden", "A partner may only add its own notes", error);
      return *refusal != NULL;
    }
  if (!active_share_parts (self, change->case_uuid, user->organisation, today, parts, &local_error) ||
      (row != NULL && (row->type != BW_RECORD_TYPE_PARTNER_NOTE ||
                       !g_str_equal (row->case_uuid, change->case_uuid) ||
                       g_strcmp0 (json_object_get_string_member_with_default (row->fields, "organisation", NULL),
                                  user->organisation) != 0)) ||
      (row == NULL && change->base_revision != 0))
    {
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      *refusal = denied (self, user, change, "not_found", "No such record", error);
      return *refusal != NULL;
    }
  organisation = json_object_has_member (fields, "organisation") &&
                 !json_object_get_null_member (fields, "organisation")
                 ? json_object_get_string_member (fields, "organisation") : NULL;
  if (json_object_has_member (fields, "organisation") &&
      g_strcmp0 (organisation, user->organisation) != 0)
    {
      *refusal = denied (self, user, change, "forbidden",
                         "A partner note carries the partner's own organisation", error);
      return *refusal != NULL;
    }
  return TRUE;
}

/* Who may create a planning record, and which team it belongs to (only
 * an enrolment of a case has one: the case's). FALSE with *@result set to
 * the rejection (or NULL with @error on a database failure). */
static gboolean
planning_create_access (BwServerStore       *self,
                        const BwServerUser  *user,
                        const Change        *change,
                        JsonObject          *fields,
                        gint64              *team_id,
                        JsonObject         **result,
                        GError             **error)
{
  g_auto(Row) parent = { 0 };
  g_autoptr(GError) local_error = NULL;
  JsonNode *ref;

  *team_id = 0;
  if (user->role != BW_ROLE_TRAINER &&
      !(user->role == BW_ROLE_BUURTTEAM && user->team_id != 0 && change->type == BW_RECORD_TYPE_ENROLMENT))
    {
      /* A buurtteam member sees offers and sessions but may not make them. */
      *result = user->role == BW_ROLE_BUURTTEAM && change->type != BW_RECORD_TYPE_ATTENDANCE ?
        rejected (change, "forbidden", "This account may not plan training offers") :
        rejected (change, "not_found", "No such record");
      return FALSE;
    }
  if (change->type == BW_RECORD_TYPE_OFFER)
    return TRUE;

  /* Sessions, enrolments and attendance hang under an existing offer. */
  if (!load_row (self, change->case_uuid, &parent, &local_error) || parent.type != BW_RECORD_TYPE_OFFER ||
      !user_sees (user, &parent))
    {
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        *result = rejected (change, "not_found", "No such record");
      return FALSE;
    }
  if (change->type != BW_RECORD_TYPE_ENROLMENT)
    return TRUE;

  /* A referral names a case of the member's own team; a trainer enrols
   * people without a case. */
  ref = json_object_get_member (fields, "case_ref");
  if (ref != NULL && !JSON_NODE_HOLDS_NULL (ref))
    {
      g_auto(Row) referred = { 0 };
      const char *case_uuid = json_node_get_string (ref);

      if (user->role != BW_ROLE_BUURTTEAM || !load_row (self, case_uuid, &referred, &local_error) ||
          referred.type != BW_RECORD_TYPE_CASE || !user_sees (user, &referred))
        {
          if (local_error != NULL)
            g_propagate_error (error, g_steal_pointer (&local_error));
          else
            *result = rejected (change, "not_found", "No such record");
          return FALSE;
        }
      *team_id = referred.team_id;
    }
  else if (user->role == BW_ROLE_BUURTTEAM)
    {
      *result = rejected (change, "invalid", "A referral names a case of the team (case_ref)");
      return FALSE;
    }
  return TRUE;
}

/* What a team member may push besides the case records: no partner notes
 * (the team reads them), and of a share only its withdrawal. */
static JsonObject *
check_team_change (const Change  *change,
                   JsonObject    *fields,
                   const Row     *row)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;

  if (change->type == BW_RECORD_TYPE_PARTNER_NOTE)
    return rejected (change, "forbidden", "Partner notes are written by the partner only");
  if (change->type != BW_RECORD_TYPE_SHARE || row == NULL)
    return NULL;

  /* A share is only ever ended: its consent fields never change, it is
   * never deleted, and a withdrawal is final. */
  if (change->has_deleted)
    return rejected (change, "invalid", "A share is withdrawn, not deleted");
  json_object_iter_init (&iter, fields);
  while (json_object_iter_next (&iter, &name, &node))
    if (!g_str_equal (name, "withdrawn_at") && !g_str_equal (name, "withdrawn_reason"))
      {
        JsonNode *server_value = json_object_get_member (row->fields, name);

        if (server_value == NULL || !json_node_equal (server_value, node))
          return rejected (change, "invalid",
                           "The consent of a share cannot be changed: withdraw it and record a new share");
      }
  if (!JSON_NODE_HOLDS_NULL (json_object_get_member (row->fields, "withdrawn_at")))
    {
      json_object_iter_init (&iter, fields);
      while (json_object_iter_next (&iter, &name, &node))
        if (!json_node_equal (json_object_get_member (row->fields, name), node))
          return rejected (change, "invalid", "This share was withdrawn already");
      return NULL;
    }
  node = json_object_get_member (fields, "withdrawn_at");
  if (json_object_get_size (fields) > 0 && (node == NULL || JSON_NODE_HOLDS_NULL (node)))
    return rejected (change, "invalid", "The field “withdrawn_at” is missing");
  return NULL;
}

static char *
audit_fields_detail (const char *prefix,
                     GPtrArray  *names)
{
  GString *detail = g_string_new (prefix);

  for (guint i = 0; names != NULL && i < names->len; i++)
    g_string_append_printf (detail, "%s%s", i == 0 ? " fields=" : ",",
                            (const char *) g_ptr_array_index (names, i));
  return g_string_free (detail, FALSE);
}

static JsonObject *
apply_create (BwServerStore       *self,
              const BwServerUser  *user,
              const Change        *change,
              JsonObject          *fields,
              const char          *now,
              GError             **error)
{
  g_auto(Row) row = { 0 };
  g_autoptr(GError) invalid = NULL;
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;
  JsonObject *result;

  if (change->type == BW_RECORD_TYPE_CASE)
    {
      if (user->role != BW_ROLE_BUURTTEAM || user->team_id == 0)
        return rejected (change, "forbidden", "This account may not create cases");
      row.team_id = user->team_id;
    }
  else if (bw_record_type_is_planning (change->type))
    {
      JsonObject *result = NULL;

      if (!planning_create_access (self, user, change, fields, &row.team_id, &result, error))
        return result;
    }
  else
    {
      g_auto(Row) parent = { 0 };
      g_autoptr(GError) local_error = NULL;

      if (!load_row (self, change->case_uuid, &parent, &local_error))
        {
          if (local_error != NULL)
            {
              g_propagate_error (error, g_steal_pointer (&local_error));
              return NULL;
            }
          return denied (self, user, change, "not_found", "No such record", error);
        }
      /* A partner's note was checked against the active shares before. */
      if ((user->role != BW_ROLE_PARTNER && !user_may_change (user, &parent)) ||
          parent.type != BW_RECORD_TYPE_CASE)
        return denied (self, user, change, "not_found", "No such record", error);
      row.team_id = parent.team_id;
    }

  if (change->has_deleted && change->deleted)
    return rejected (change, "invalid", "A new record cannot be deleted");
  if (!bw_record_json_check_fields (change->type, fields, TRUE, &invalid) ||
      !validate_record (self, change->type, fields, &invalid))
    return rejected (change, "invalid", invalid->message);
  if (change->type == BW_RECORD_TYPE_SHARE)
    {
      g_autoptr(BwShare) share = share_from_fields (fields);
      g_autofree char *today = bw_server_today ();

      if (!bw_share_validate_new (share, today, &invalid))
        return rejected (change, "invalid", invalid->message);
    }

  row.type = change->type;
  row.uuid = g_strdup (change->uuid);
  row.case_uuid = g_strdup (change->case_uuid);
  row.fields = json_object_ref (fields);
  row.field_revs = json_object_new ();
  json_object_iter_init (&iter, fields);
  while (json_object_iter_next (&iter, &name, &node))
    json_object_set_int_member (row.field_revs, name, 1);
  json_object_set_int_member (row.field_revs, "deleted", 1);
  row.revision = 1;
  row.created_at = g_strdup (now);
  row.created_by = g_strdup (user->name);
  row.updated_at = g_strdup (now);
  row.updated_by = g_strdup (user->name);
  if ((row.seq = next_seq (self, error)) == 0 || !write_row (self, &row, error))
    return NULL;
  {
    g_autofree char *detail = NULL;

    if (change->type == BW_RECORD_TYPE_SHARE)
      {
        JsonNode *parts = json_object_get_member (fields, "parts");
        g_autofree char *parts_text = json_to_string (parts, FALSE);

        detail = g_strdup_printf ("organisation=%s parts=%s end_date=%s",
                                  json_object_get_string_member (fields, "organisation"), parts_text,
                                  json_object_get_string_member (fields, "end_date"));
      }
    if (!bw_server_store_audit (self, user, change->type == BW_RECORD_TYPE_SHARE ? "share" : "create",
                                bw_record_type_to_key (change->type), change->uuid, change->case_uuid,
                                detail, error))
      return NULL;
  }

  result = new_result (change, "applied");
  json_object_set_int_member (result, "revision", row.revision);
  json_object_set_int_member (result, "seq", row.seq);
  return result;
}

static JsonObject *
conflict_entry (const char *field,
                JsonNode   *server_value,
                JsonNode   *client_value)
{
  JsonObject *entry = json_object_new ();

  json_object_set_string_member (entry, "field", field);
  json_object_set_member (entry, "server_value", json_node_copy (server_value));
  json_object_set_member (entry, "client_value", json_node_copy (client_value));
  return entry;
}

static JsonObject *
apply_update (BwServerStore       *self,
              const BwServerUser  *user,
              const Change        *change,
              Row                 *row,
              JsonObject          *fields,
              const char          *now,
              GError             **error)
{
  g_autoptr(JsonObject) merged = json_object_new ();
  g_autoptr(JsonArray) conflicts = json_array_new ();
  g_autoptr(GPtrArray) applied = g_ptr_array_new ();
  g_autoptr(GError) invalid = NULL;
  gboolean set_deleted = row->deleted;
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;
  JsonObject *result;
  gint64 server_revision = row->revision;

  if (row->type != change->type || !g_str_equal (row->case_uuid, change->case_uuid))
    return rejected (change, "wrong_case", "The record has another type or case");
  /* A partner's change was checked against its shares (check_partner_change()). */
  if (user->role != BW_ROLE_PARTNER && !user_may_change (user, row))
    return rejected (change, "forbidden", "This account may not change this record");
  /* Who an enrolment is for never changes: it decides who sees it. */
  if (row->type == BW_RECORD_TYPE_ENROLMENT && json_object_has_member (fields, "case_ref") &&
      !json_node_equal (json_object_get_member (fields, "case_ref"),
                        json_object_get_member (row->fields, "case_ref")))
    return rejected (change, "invalid", "The field “case_ref” cannot change");
  if (change->base_revision > row->revision)
    /* The client knows a later state than the server has: the server went
     * back (a restored backup). Its own code, so that clients start over. */
    return rejected (change, "stale_base",
                     "base_revision is newer than the server's revision: pull everything again");

  /* Start from the server's fields; take the client's where the server did
   * not change them after base_revision. */
  json_object_iter_init (&iter, row->fields);
  while (json_object_iter_next (&iter, &name, &node))
    json_object_set_member (merged, name, json_node_copy (node));

  json_object_iter_init (&iter, fields);
  while (json_object_iter_next (&iter, &name, &node))
    {
      JsonNode *server_value = json_object_get_member (row->fields, name);

      if (server_value != NULL && json_node_equal (server_value, node))
        continue;
      if (server_value != NULL && field_revision (row, name) > change->base_revision)
        {
          json_array_add_object_element (conflicts, conflict_entry (name, server_value, node));
          continue;
        }
      json_object_set_member (merged, name, json_node_copy (node));
      g_ptr_array_add (applied, (gpointer) name);
    }

  /* Deleting what someone changed since, or changing what someone deleted
   * since, is for a person to decide: the server keeps its state. */
  {
    g_autoptr(JsonNode) server_deleted = json_node_init_boolean (json_node_alloc (), row->deleted);
    g_autoptr(JsonNode) client_deleted = NULL;

    if (change->has_deleted && change->deleted && !row->deleted)
      {
        client_deleted = json_node_init_boolean (json_node_alloc (), TRUE);
        if (row->revision > change->base_revision)
          json_array_add_object_element (conflicts,
                                         conflict_entry ("deleted", server_deleted, client_deleted));
        else
          set_deleted = TRUE;
      }
    else if (row->deleted && (!change->has_deleted || !change->deleted) &&
             field_revision (row, "deleted") > change->base_revision)
      {
        client_deleted = json_node_init_boolean (json_node_alloc (), FALSE);
        json_array_add_object_element (conflicts,
                                       conflict_entry ("deleted", server_deleted, client_deleted));
      }
    else if (row->deleted && change->has_deleted && !change->deleted)
      set_deleted = FALSE;
  }

  if (applied->len > 0 && !validate_record (self, row->type, merged, &invalid))
    return rejected (change, "invalid", invalid->message);

  if (applied->len > 0 || set_deleted != row->deleted)
    {
      gint64 revision = row->revision + 1;
      gboolean newly_deleted = set_deleted && !row->deleted;
      gboolean restored = !set_deleted && row->deleted;

      for (guint i = 0; i < applied->len; i++)
        json_object_set_int_member (row->field_revs, g_ptr_array_index (applied, i), revision);
      if (set_deleted != row->deleted)
        json_object_set_int_member (row->field_revs, "deleted", revision);
      g_clear_pointer (&row->fields, json_object_unref);
      row->fields = json_object_ref (merged);
      row->deleted = set_deleted;
      row->revision = revision;
      g_free (row->updated_at);
      row->updated_at = g_strdup (now);
      g_free (row->updated_by);
      row->updated_by = g_strdup (user->name);
      if ((row->seq = next_seq (self, error)) == 0 || !write_row (self, row, error))
        return NULL;
      {
        g_autofree char *detail = audit_fields_detail (restored ? "restored" : "", applied);
        const char *action = "update";

        if (newly_deleted)
          action = "delete";
        else if (row->type == BW_RECORD_TYPE_SHARE &&
                 g_ptr_array_find_with_equal_func (applied, "withdrawn_at", g_str_equal, NULL))
          action = "withdraw";
        if (!bw_server_store_audit (self, user, action, bw_record_type_to_key (row->type), row->uuid,
                                    row->case_uuid, detail, error))
          return NULL;
      }
    }

  result = new_result (change, json_array_get_length (conflicts) > 0 ? "conflict" : "applied");
  json_object_set_int_member (result, "revision", row->revision);
  json_object_set_int_member (result, "seq", row->seq);
  if (json_array_get_length (conflicts) > 0)
    {
      for (guint i = 0; i < json_array_get_length (conflicts); i++)
        {
          JsonObject *entry = json_array_get_object_element (conflicts, i);

          if (!record_conflict (self, user, change, server_revision,
                                json_object_get_string_member (entry, "field"),
                                json_object_get_member (entry, "server_value"),
                                json_object_get_member (entry, "client_value"), now, error))
            return NULL;
        }
      json_object_set_array_member (result, "conflicts", json_array_ref (conflicts));
      json_object_set_object_member (result, "record", row_to_json (row));
    }
  return result;
}

/* The stored answer of a change already applied, or NULL. */
static JsonObject *
find_answer (BwServerStore       *self,
             const BwServerUser  *user,
             const char          *client_change_id,
             GError             **error)
{
  sqlite3_stmt *stmt = bw_db_prepare (self->conn, "SELECT answer FROM applied_changes"
                                                  " WHERE user_id = ?1 AND client_change_id = ?2", error);
  JsonObject *answer = NULL;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, user->id);
  bw_sqlite_bind_text (stmt, 2, client_change_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    answer = json_object_from_text (bw_sqlite_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return answer;
}

/* The team of a purged case, or 0 when @case_uuid was not purged. */
static gint64
purged_case_team (BwServerStore  *self,
                  const char     *case_uuid,
                  GError        **error)
{
  return bw_server_store_lookup_int64 (self, "SELECT team_id FROM purges WHERE case_uuid = ?1", case_uuid, error);
}

static JsonObject *
apply_change (BwServerStore       *self,
              const BwServerUser  *user,
              const Change        *change,
              const char          *now,
              GError             **error)
{
  g_autoptr(JsonObject) previous = NULL;
  g_autoptr(JsonObject) fields = NULL;
  g_autoptr(GError) invalid = NULL;
  g_autoptr(GError) local_error = NULL;
  g_auto(Row) row = { 0 };
  JsonObject *result;
  gboolean found;

  /* A retry of a change already applied (its answer was lost) gets the
   * same answer and writes nothing. */
  previous = find_answer (self, user, change->client_change_id, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  if (previous != NULL)
    {
      json_object_set_string_member (previous, "original_status",
                                     json_object_get_string_member (previous, "status"));
      json_object_set_string_member (previous, "status", "duplicate");
      return g_steal_pointer (&previous);
    }

  if (!bw_record_json_check_fields (change->type, change->fields, FALSE, &invalid))
    return rejected (change, "invalid", invalid->message);
  fields = normalise_fields (change->fields);

  found = load_row (self, change->uuid, &row, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  if (user->role == BW_ROLE_PARTNER)
    {
      JsonObject *refusal = NULL;

      if (!check_partner_change (self, user, change, fields, found ? &row : NULL, &refusal, error))
        return NULL;
      if (refusal != NULL)
        return refusal;
    }
  else if (user->role == BW_ROLE_COORDINATOR)
    return denied (self, user, change, "forbidden", "This account reads only", error);
  else
    {
      JsonObject *refusal;

      /* A record the user may not touch answers exactly like one that does
       * not exist. */
      if (found && !user_sees (user, &row))
        return denied (self, user, change, "not_found", "No such record", error);
      /* A change to a case of the team that was purged after its
       * retention period (or a record under it) never brings it back. */
      if (!found)
        {
          gint64 purged_team = purged_case_team (self, change->case_uuid, &local_error);

          if (local_error != NULL)
            {
              g_propagate_error (error, g_steal_pointer (&local_error));
              return NULL;
            }
          if (purged_team != 0 && purged_team == user->team_id)
            return rejected (change, "purged", "The case was removed after its retention period");
        }
      if (!found && change->base_revision != 0)
        return denied (self, user, change, "not_found", "No such record", error);
      /* A partner note on a case the user does not see (a trainer's, or
       * another team's) is not_found like any record under such a case;
       * only the case's own team gets forbidden (they read the notes). */
      if (change->type == BW_RECORD_TYPE_PARTNER_NOTE)
        {
          g_auto(Row) parent = { 0 };

          if (!load_row (self, change->case_uuid, &parent, &local_error) ||
              parent.type != BW_RECORD_TYPE_CASE || !user_sees (user, &parent))
            {
              if (local_error != NULL)
                {
                  g_propagate_error (error, g_steal_pointer (&local_error));
                  return NULL;
                }
              return denied (self, user, change, "not_found", "No such record", error);
            }
        }
      if ((refusal = check_team_change (change, fields, found ? &row : NULL)) != NULL)
        return refusal;
    }

  if (found)
    result = apply_update (self, user, change, &row, fields, now, error);
  else
    result = apply_create (self, user, change, fields, now, error);
  if (result == NULL)
    return NULL;

  /* Rejections wrote nothing and are checked again on a retry. */
  if (!g_str_equal (json_object_get_string_member (result, "status"), "rejected") &&
      !store_answer (self, user, change, result, now, error))
    {
      json_object_unref (result);
      return NULL;
    }
  return result;
}

JsonObject *
bw_server_store_push (BwServerStore       *self,
                      const BwServerUser  *user,
                      JsonNode            *request,
                      GError             **error)
{
  static const char *members[] = { "changes", NULL };
  g_autoptr(JsonObject) answer = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree Change *changes = NULL;
  g_autofree char *now = bw_date_format_utc (NULL);
  JsonArray *results;
  JsonArray *array;
  JsonObject *object;
  guint n;

  g_return_val_if_fail (BW_IS_SERVER_STORE (self), NULL);

  if (request == NULL || !JSON_NODE_HOLDS_OBJECT (request))
    {
      g_set_error_literal (error, BW_SERVER_ERROR, BW_SERVER_ERROR_INVALID,
                           "The body must be a JSON object");
      return NULL;
    }
  object = json_node_get_object (request);
  if (!bw_json_check_members (object, members, &local_error) ||
      !bw_json_get_array (object, "changes", &array, &local_error))
    {
      g_set_error_literal (error, BW_SERVER_ERROR, BW_SERVER_ERROR_INVALID, local_error->message);
      return NULL;
    }
  n = json_array_get_length (array);
  if (n > BW_SERVER_MAX_PUSH)
    {
      g_set_error (error, BW_SERVER_ERROR, BW_SERVER_ERROR_TOO_LARGE,
                   "A push holds at most %d changes", BW_SERVER_MAX_PUSH);
      return NULL;
    }
  changes = g_new0 (Change, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    if (!parse_change (json_array_get_element (array, i), i, &changes[i], error))
      return NULL;

  answer = json_object_new ();
  json_object_set_string_member (answer, "epoch", self->epoch);
  results = json_array_new ();
  json_object_set_array_member (answer, "results", results);

  /* One transaction for the batch: answered means on disk. */
  if (!bw_db_begin (self->conn, error))
    return NULL;
  push_refused_clear (self);
  for (guint i = 0; i < n; i++)
    {
      JsonObject *result = apply_change (self, user, &changes[i], now, error);

      if (result == NULL)
        {
          push_refused_clear (self);
          bw_db_rollback (self->conn);
          return NULL;
        }
      json_array_add_object_element (results, result);
    }
  if (!push_audit_refused (self, user, error) || !bw_db_commit (self->conn, error))
    {
      push_refused_clear (self);
      bw_db_rollback (self->conn);
      return NULL;
    }
  push_refused_clear (self);
  return g_steal_pointer (&answer);
}

/* Sharing with partners */

typedef struct {
  char *case_uuid;
  gboolean parts[BW_SHARE_PART_N];
  char *end_date;
  char *team_contact;
} SharedCase;

static void
shared_case_free (SharedCase *shared)
{
  g_free (shared->case_uuid);
  g_free (shared->end_date);
  g_free (shared->team_contact);
  g_free (shared);
}

static JsonArray *
parts_to_json (const gboolean parts[BW_SHARE_PART_N])
{
  JsonArray *array = json_array_new ();

  for (int i = 0; i < BW_SHARE_PART_N; i++)
    if (parts[i])
      json_array_add_string_element (array, bw_share_part_to_key (i));
  return array;
}

static char *
parts_detail (const gboolean parts[BW_SHARE_PART_N])
{
  g_autoptr(JsonArray) array = parts_to_json (parts);
  g_autoptr(GString) detail = g_string_new ("parts=");

  for (guint i = 0; i < json_array_get_length (array); i++)
    g_string_append_printf (detail, "%s%s", i ? "," : "", json_array_get_string_element (array, i));
  return g_strdup (detail->str);
}

/* Every case actively shared with @organisation on @today, the shares of
 * one case merged: the union of their parts, the latest end date and the
 * contact person of the share that runs longest. */
static GPtrArray *
list_shared_cases (BwServerStore  *self,
                   const char     *organisation,
                   const char     *today,
                   GError        **error)
{
  g_autoptr(GPtrArray) cases = g_ptr_array_new_with_free_func ((GDestroyNotify) shared_case_free);
  sqlite3_stmt *stmt = bw_db_prepare (self->conn, "SELECT case_uuid, fields FROM records"
                                                  " WHERE type = 'share' AND deleted = 0"
                                                  " AND json_extract (fields, '$.organisation') = ?1"
                                                  " AND json_extract (fields, '$.withdrawn_at') IS NULL"
                                                  " AND json_extract (fields, '$.end_date') >= ?2"
                                                  " ORDER BY case_uuid, json_extract (fields, '$.end_date')", error);
  SharedCase *current = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;
  bw_sqlite_bind_text (stmt, 1, organisation);
  bw_sqlite_bind_text (stmt, 2, today);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(JsonObject) fields = json_object_from_text (bw_sqlite_column_text (stmt, 1));
      g_autoptr(BwShare) share = share_from_fields (fields);

      if (current == NULL || !g_str_equal (current->case_uuid, bw_sqlite_column_text (stmt, 0)))
        {
          current = g_new0 (SharedCase, 1);
          current->case_uuid = g_strdup (bw_sqlite_column_text (stmt, 0));
          g_ptr_array_add (cases, current);
        }
      for (int i = 0; i < BW_SHARE_PART_N; i++)
        current->parts[i] |= bw_share_has_part (share, i);
      g_free (current->end_date);
      current->end_date = g_strdup (bw_share_get_end_date (share));
      g_free (current->team_contact);
      current->team_contact = g_strdup (bw_share_get_team_contact (share));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      bw_db_set_error (self->conn, 0, error);
      return NULL;
    }
  return g_steal_pointer (&cases);
}

/* One shared case as the partner receives it. */
static JsonObject *
shared_case_to_json (BwServerStore       *self,
                     const BwServerUser  *user,
                     const SharedCase    *shared,
                     GError             **error)
{
  g_auto(Row) case_row = { 0 };
  g_autoptr(JsonObject) entry = json_object_new ();
  g_autoptr(GError) local_error = NULL;
  JsonArray *records = json_array_new ();
  JsonArray *notes = json_array_new ();
  sqlite3_stmt *stmt;
  int rc;

  json_object_set_array_member (entry, "records", records);
  json_object_set_array_member (entry, "notes", notes);
  if (!load_row (self, shared->case_uuid, &case_row, &local_error) ||
      case_row.type != BW_RECORD_TYPE_CASE || case_row.deleted)
    {
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;   /* a share of a case that is gone delivers nothing */
    }

  json_object_set_string_member (entry, "case_uuid", shared->case_uuid);
  json_object_set_int_member (entry, "revision", case_row.revision);
  json_object_set_string_member (entry, "organisation", user->organisation);
  json_object_set_array_member (entry, "parts", parts_to_json (shared->parts));
  json_object_set_string_member (entry, "end_date", shared->end_date);
  json_object_set_string_member (entry, "team_contact", shared->team_contact);
  json_object_set_object_member (entry, "case",
                                 bw_share_filter_record (BW_RECORD_TYPE_CASE, case_row.fields, shared->parts));

  stmt = bw_db_prepare (self->conn, "SELECT " ROW_COLUMNS " FROM records WHERE case_uuid = ?1 AND deleted = 0"
                                    " AND type <> 'case' ORDER BY seq", error);
  if (stmt == NULL)
    return NULL;
  bw_sqlite_bind_text (stmt, 1, shared->case_uuid);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_auto(Row) row = { 0 };
      g_autoptr(JsonObject) filtered = NULL;

      read_row (stmt, &row);
      if (row.type == BW_RECORD_TYPE_PARTNER_NOTE)
        {
          /* Only the notes of the partner's own organisation. */
          if (g_strcmp0 (json_object_get_string_member_with_default (row.fields, "organisation", NULL),
                         user->organisation) == 0)
            json_array_add_object_element (notes, row_to_json (&row));
          continue;
        }
      filtered = bw_share_filter_record (row.type, row.fields, shared->parts);
      if (filtered == NULL)
        continue;
      g_clear_pointer (&row.fields, json_object_unref);
      row.fields = g_steal_pointer (&filtered);
      json_array_add_object_element (records, row_to_json (&row));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      bw_db_set_error (self->conn, 0, error);
      return NULL;
    }
  return g_steal_pointer (&entry);
}

JsonObject *
bw_server_store_get_shared (BwServerStore       *self,
                            const BwServerUser  *user,
                            guint               *n_cases,
                            GError             **error)
{
  g_autoptr(JsonObject) answer = NULL;
  g_autoptr(GPtrArray) shared = NULL;
  g_autofree char *today = bw_server_today ();
  JsonArray *cases;

  g_return_val_if_fail (BW_IS_SERVER_STORE (self), NULL);

  *n_cases = 0;
  if (user->role != BW_ROLE_PARTNER || user->organisation == NULL)
    {
      /* The same answer as an unknown path. */
      g_set_error_literal (error, BW_SERVER_ERROR, BW_SERVER_ERROR_NOT_FOUND, "No such path");
      return NULL;
    }

  answer = json_object_new ();
  json_object_set_string_member (answer, "epoch", self->epoch);
  json_object_set_string_member (answer, "organisation", user->organisation);
  json_object_set_string_member (answer, "today", today);
  cases = json_array_new ();
  json_object_set_array_member (answer, "cases", cases);

  /* One transaction: the snapshot and its "deliver" rows together. */
  if (!bw_db_begin (self->conn, error))
    return NULL;
  if ((shared = list_shared_cases (self, user->organisation, today, error)) == NULL)
    goto fail;
  for (guint i = 0; i < shared->len; i++)
    {
      SharedCase *one = g_ptr_array_index (shared, i);
      g_autoptr(GError) local_error = NULL;
      g_autofree char *detail = NULL;
      JsonObject *entry = shared_case_to_json (self, user, one, &local_error);

      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          goto fail;
        }
      if (entry == NULL)
        continue;
      json_array_add_object_element (cases, entry);
      detail = parts_detail (one->parts);
      if (!bw_server_store_audit (self, user, "deliver", "case", one->case_uuid, one->case_uuid,
                                  detail, error))
        goto fail;
    }
  if (!bw_db_commit (self->conn, error))
    goto fail;
  *n_cases = json_array_get_length (cases);
  return g_steal_pointer (&answer);

fail:
  bw_db_rollback (self->conn);
  return NULL;
}

gboolean
bw_server_store_report_opened (BwServerStore       *self,
                               const BwServerUser  *user,
                               const char          *case_uuid,
                               const char          *opened_at,
                               GError             **error)
{
  g_autofree char *today = bw_server_today ();
  g_autofree char *detail = NULL;
  gboolean parts[BW_SHARE_PART_N];
  gboolean shared;

  g_return_val_if_fail (BW_IS_SERVER_STORE (self), FALSE);

  if (!bw_db_begin (self->conn, error))
    return FALSE;
  shared = user->role == BW_ROLE_PARTNER && bw_record_json_is_uuid (case_uuid) &&
           active_share_parts (self, case_uuid, user->organisation, today, parts, NULL);
  /* Only a timestamp the client made goes in, checked for its form. */
  if (opened_at != NULL && strlen (opened_at) <= 40)
    {
      g_autoptr(GDateTime) when = g_date_time_new_from_iso8601 (opened_at, NULL);

      if (when != NULL)
        {
          g_autofree char *stamp = g_date_time_format_iso8601 (when);
          detail = g_strdup_printf ("opened_at=%s", stamp);
        }
    }
  if (!bw_server_store_audit (self, user, shared ? "open" : "denied", "case", case_uuid, case_uuid,
                              shared ? detail : "opened", error) ||
      !bw_db_commit (self->conn, error))
    {
      bw_db_rollback (self->conn);
      return FALSE;
    }
  if (!shared)
    {
      g_set_error_literal (error, BW_SERVER_ERROR, BW_SERVER_ERROR_NOT_FOUND, "No such record");
      return FALSE;
    }
  return TRUE;
}

JsonObject *
bw_server_store_access_history (BwServerStore       *self,
                                const BwServerUser  *user,
                                const char          *case_uuid,
                                gint64               before,
                                gint64               limit,
                                GError             **error)
{
  gint64 last_id = 0;
  guint n = 0;
  gboolean more = FALSE;
  g_auto(Row) row = { 0 };
  g_autoptr(GError) local_error = NULL;
  g_autoptr(JsonObject) answer = NULL;
  JsonArray *entries;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (BW_IS_SERVER_STORE (self), NULL);

  if (limit < 1 || limit > BW_SERVER_HISTORY_MAX_PAGE || before < 0)
    {
      g_set_error (error, BW_SERVER_ERROR, BW_SERVER_ERROR_INVALID,
                   "limit must be 1 to %d and before at least 0", BW_SERVER_HISTORY_MAX_PAGE);
      return NULL;
    }
  if (user->role != BW_ROLE_COORDINATOR || !bw_record_json_is_uuid (case_uuid) ||
      !load_row (self, case_uuid, &row, &local_error) || row.type != BW_RECORD_TYPE_CASE ||
      !user_sees (user, &row))
    {
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
      audit_denied_now (self, user, case_uuid, case_uuid, "access_history");
      g_set_error_literal (error, BW_SERVER_ERROR, BW_SERVER_ERROR_NOT_FOUND, "No such record");
      return NULL;
    }

  answer = json_object_new ();
  json_object_set_string_member (answer, "epoch", self->epoch);
  json_object_set_string_member (answer, "case_uuid", case_uuid);
  entries = json_array_new ();
  json_object_set_array_member (answer, "entries", entries);
  stmt = bw_db_prepare (self->conn, "SELECT a.id, a.at, a.user_id, u.name, a.role, a.action, a.record_type,"
                                    " a.record_uuid, a.client, a.peer, a.detail FROM audit_log a"
                                    " LEFT JOIN users u ON u.id = a.user_id"
                                    " WHERE a.case_uuid = ?1 AND (?2 = 0 OR a.id < ?2) ORDER BY a.id DESC LIMIT ?3",
                              error);
  if (stmt == NULL)
    return NULL;
  bw_sqlite_bind_text (stmt, 1, case_uuid);
  sqlite3_bind_int64 (stmt, 2, before);
  sqlite3_bind_int64 (stmt, 3, limit + 1);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      JsonObject *entry;

      if (n == (guint) limit)
        {
          more = TRUE;
          break;
        }
      n++;
      last_id = sqlite3_column_int64 (stmt, 0);
      entry = json_object_new ();
      static const char *names[] = {
        NULL, "at", NULL, "user_name", "role", "action", "record_type", "record_uuid", "client",
        "peer", "detail",
      };

      json_object_set_int_member (entry, "id", sqlite3_column_int64 (stmt, 0));
      json_object_set_int_member (entry, "user_id", sqlite3_column_int64 (stmt, 2));
      for (int c = 1; c < (int) G_N_ELEMENTS (names); c++)
        if (names[c] != NULL)
          {
            if (sqlite3_column_type (stmt, c) == SQLITE_NULL)
              json_object_set_null_member (entry, names[c]);
            else
              json_object_set_string_member (entry, names[c], bw_sqlite_column_text (stmt, c));
          }
      json_array_add_object_element (entries, entry);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      bw_db_set_error (self->conn, 0, error);
      return NULL;
    }
  /* The next page: the rows older than the last one of this page. */
  json_object_set_boolean_member (answer, "more", more);
  if (more)
    json_object_set_int_member (answer, "next_before", last_id);
  else
    json_object_set_null_member (answer, "next_before");
  return g_steal_pointer (&answer);
}

/* Retention */

typedef struct {
  char *uuid;
  gint64 team_id;
  JsonObject *fields;
} PurgeCandidate;

static void
purge_candidate_free (PurgeCandidate *candidate)
{
  g_free (candidate->uuid);
  g_clear_pointer (&candidate->fields, json_object_unref);
  g_free (candidate);
}

/* The enrolments of the case ?1 and their attendance (server records). */
#define PURGE_ENROLMENT_RECORDS                                                          \
  "(type = 'enrolment' AND json_extract (fields, '$.case_ref') = ?1)"                    \
  " OR (type = 'attendance' AND json_extract (fields, '$.enrolment_uuid') IN"           \
  " (SELECT uuid FROM records WHERE type = 'enrolment' AND json_extract (fields, '$.case_ref') = ?1))"

static gboolean
purge_one (BwServerStore  *self,
           PurgeCandidate *candidate,
           const char     *detail,
           const char     *now,
           GError        **error)
{
  static const char *statements[] = {
    "INSERT OR IGNORE INTO temp.purged_uuids (uuid) SELECT uuid FROM records WHERE case_uuid = ?1",
    "DELETE FROM conflicts WHERE record_uuid IN (SELECT uuid FROM records WHERE case_uuid = ?1)",
    "DELETE FROM records WHERE case_uuid = ?1",
    /* The resident's enrolments hang under their offers but carry a
     * snapshot of the person (case_ref): they go too, with their
     * attendance. */
    "INSERT OR IGNORE INTO temp.purged_uuids (uuid) SELECT uuid FROM records WHERE " PURGE_ENROLMENT_RECORDS,
    "DELETE FROM conflicts WHERE record_uuid IN (SELECT uuid FROM records WHERE " PURGE_ENROLMENT_RECORDS ")",
    "DELETE FROM records WHERE " PURGE_ENROLMENT_RECORDS,
  };
  JsonObject *fields = candidate->fields;
  sqlite3_stmt *stmt;
  gint64 seq;

  if (!bw_retention_fold (self->conn,
                          json_object_get_string_member_with_default (fields, "buurt_code", NULL),
                          json_object_get_string_member_with_default (fields, "closed_on", NULL),
                          json_object_get_string_member_with_default (fields, "track", NULL),
                          json_object_get_string_member_with_default (fields, "outcome", NULL),
                          json_object_get_boolean_member_with_default (fields, "has_debts", FALSE),
                          error))
    return FALSE;
  for (gsize i = 0; i < G_N_ELEMENTS (statements); i++)
    {
      if ((stmt = bw_db_prepare (self->conn, statements[i], error)) == NULL)
        return FALSE;
      bw_sqlite_bind_text (stmt, 1, candidate->uuid);
      if (!bw_db_step_done (self->conn, stmt, error))
        return FALSE;
    }
  if ((seq = next_seq (self, error)) == 0)
    return FALSE;
  stmt = bw_db_prepare (self->conn, "INSERT INTO purges (case_uuid, team_id, seq, purged_at) VALUES (?1, ?2, ?3, ?4)"
                                    " ON CONFLICT (case_uuid) DO UPDATE SET seq = excluded.seq,"
                                    " purged_at = excluded.purged_at", error);
  if (stmt == NULL)
    return FALSE;
  bw_sqlite_bind_text (stmt, 1, candidate->uuid);
  if (candidate->team_id != 0)
    sqlite3_bind_int64 (stmt, 2, candidate->team_id);
  sqlite3_bind_int64 (stmt, 3, seq);
  bw_sqlite_bind_text (stmt, 4, now);
  if (!bw_db_step_done (self->conn, stmt, error))
    return FALSE;
  return bw_server_store_audit (self, NULL, "purge", "case", candidate->uuid, candidate->uuid,
                                detail, error);
}

gboolean
bw_server_store_purge (BwServerStore  *self,
                       guint           months,
                       const char     *today,
                       guint          *n_purged,
                       GError        **error)
{
  g_autofree char *cutoff = NULL;
  g_autofree char *detail = NULL;
  g_autofree char *now = bw_date_format_utc (NULL);
  g_autoptr(GPtrArray) candidates = g_ptr_array_new_with_free_func ((GDestroyNotify) purge_candidate_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (BW_IS_SERVER_STORE (self), FALSE);
  if (months < 1 || today == NULL || !bw_date_is_iso_date (today))
    {
      g_set_error_literal (error, BW_SERVER_ERROR, BW_SERVER_ERROR_INVALID,
                           "The retention needs at least 1 month and a date YYYY-MM-DD");
      return FALSE;
    }
  cutoff = bw_retention_cutoff (today, months);
  detail = g_strdup_printf ("retention=%um", months);
  *n_purged = 0;

  /* The freed pages are overwritten, so the text is in no free page. */
  if (!bw_db_exec (self->conn, "PRAGMA secure_delete = ON", error) ||
      !bw_db_exec (self->conn, "CREATE TEMP TABLE IF NOT EXISTS purged_uuids (uuid TEXT PRIMARY KEY)", error) ||
      !bw_db_begin (self->conn, error))
    return FALSE;
  if (!bw_db_exec (self->conn, "DELETE FROM temp.purged_uuids", error))
    goto fail;

  stmt = bw_db_prepare (self->conn, "SELECT uuid, team_id, fields FROM records WHERE type = 'case'"
                                    " AND json_extract (fields, '$.status') = 'closed'"
                                    " AND json_extract (fields, '$.closed_on') < ?1", error);
  if (stmt == NULL)
    goto fail;
  bw_sqlite_bind_text (stmt, 1, cutoff);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PurgeCandidate *candidate = g_new0 (PurgeCandidate, 1);

      candidate->uuid = g_strdup (bw_sqlite_column_text (stmt, 0));
      candidate->team_id = sqlite3_column_int64 (stmt, 1);
      candidate->fields = json_object_from_text (bw_sqlite_column_text (stmt, 2));
      g_ptr_array_add (candidates, candidate);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      bw_db_set_error (self->conn, 0, error);
      goto fail;
    }

  for (guint i = 0; i < candidates->len; i++)
    if (!purge_one (self, g_ptr_array_index (candidates, i), detail, now, error))
      goto fail;
  /* Stored push answers name the records and may hold their content (a
   * conflict's answer holds the server's record). */
  if (candidates->len > 0 &&
      !bw_db_exec (self->conn, "DELETE FROM applied_changes WHERE json_extract (answer, '$.uuid')"
                   " IN (SELECT uuid FROM temp.purged_uuids)", error))
    goto fail;
  if (!bw_db_exec (self->conn, "DELETE FROM temp.purged_uuids", error) ||
      !bw_db_commit (self->conn, error))
    goto fail;
  *n_purged = candidates->len;

  /* The WAL still holds the pages as they were: write them into the file
   * and truncate it. */
  if (candidates->len > 0)
    bw_db_exec (self->conn, "PRAGMA wal_checkpoint(TRUNCATE)", NULL);
  return TRUE;

fail:
  bw_db_rollback (self->conn);
  return FALSE;
}

const char *
bw_server_store_get_path (BwServerStore *self)
{
  g_return_val_if_fail (BW_IS_SERVER_STORE (self), NULL);
  return sqlite3_db_filename (self->db, "main");
}
