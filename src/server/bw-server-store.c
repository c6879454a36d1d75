/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-server"
/* The server store: its schema and migrations, opening, the epoch and
 * the sequence, and what was served. The other jobs are in
 * bw-server-store-*.c; bw-server-store-private.h is what they share. */
#include "config.h"

#include <errno.h>
#include <string.h>

#include <glib/gstdio.h>

#include "bw-storage.h"
#include "bw-neighbourhood.h"
#include "bw-retention.h"
#include "bw-server-store-private.h"

G_DEFINE_QUARK (bw-server-error-quark, bw_server_error)

/* Each step runs in one transaction together with its user_version bump. */
static const char * const sqlite_migrations[] = {
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

  /* 3 -> 4: the feed reads each of its streams (a team's records, the
   * offers and sessions everyone sees, a trainer's types) in sequence
   * order from an index, so a page costs what it holds
   * (docs/sync-protocol.md). */
  "CREATE INDEX records_by_type_seq ON records (type, seq);\n",

  /* 4 -> 5: who is responsible for a case and handing it over
   * (docs/sync-protocol.md, "Ownership and transfer"). A case becomes its
   * creator's (the name matched within the team); every case is sent
   * again once with its owner. A team has its follow-up settings. */
  "CREATE TABLE moves (\n"
  "  case_uuid TEXT NOT NULL,\n"
  "  team_id INTEGER NOT NULL REFERENCES teams (id),\n"
  "  seq INTEGER NOT NULL UNIQUE,\n"
  "  moved_at TEXT NOT NULL\n"
  ");\n"
  "CREATE INDEX moves_by_team_seq ON moves (team_id, seq);\n"
  "CREATE INDEX moves_by_case ON moves (case_uuid, team_id);\n"
  "CREATE TABLE transfer_offers (\n"
  "  case_uuid TEXT PRIMARY KEY,\n"
  "  to_team INTEGER NOT NULL REFERENCES teams (id),\n"
  "  from_name TEXT NOT NULL,\n"
  "  from_team TEXT NOT NULL,\n"
  "  buurt_code TEXT,\n"
  "  note TEXT,\n"
  "  open INTEGER NOT NULL CHECK (open IN (0, 1)),\n"
  "  seq INTEGER NOT NULL UNIQUE,\n"
  "  offered_at TEXT NOT NULL\n"
  ");\n"
  "CREATE INDEX transfer_offers_by_team_seq ON transfer_offers (to_team, seq);\n"
  "ALTER TABLE teams ADD COLUMN reassess_months INTEGER NOT NULL DEFAULT 3\n"
  "  CHECK (reassess_months BETWEEN 1 AND 24);\n"
  "ALTER TABLE teams ADD COLUMN contact_weeks INTEGER NOT NULL DEFAULT 6\n"
  "  CHECK (contact_weeks BETWEEN 1 AND 52);\n"
  "UPDATE records SET\n"
  "  fields = json_set (fields, '$.owner', coalesce ((SELECT u.id FROM users u\n"
  "    WHERE u.name = records.created_by AND u.team_id = records.team_id AND u.role = 'buurtteam'\n"
  "    ORDER BY u.id LIMIT 1), 0)),\n"
  "  seq = seq + (SELECT last FROM sequence)\n"
  "  WHERE type = 'case';\n"
  "UPDATE sequence SET last = max (last, coalesce ((SELECT max (seq) FROM records), 0));\n",

  /* 5 -> 6: the audit log's actions become a table its rows refer to, so
   * a new action is one INSERT instead of rebuilding the log, and gains
   * "export" (a desktop's report of an export, POST /api/v1/audit/exported).
   * The rows are copied as they are; DROP TABLE fires no trigger. */
  "CREATE TABLE audit_actions (action TEXT PRIMARY KEY) WITHOUT ROWID;\n"
  "INSERT INTO audit_actions (action) VALUES ('deliver'), ('open'), ('create'), ('update'), ('delete'),\n"
  "  ('share'), ('withdraw'), ('denied'), ('purge'), ('export');\n"
  "CREATE TABLE audit_log_new (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  at TEXT NOT NULL,\n"
  "  user_id INTEGER,\n"
  "  role TEXT,\n"
  "  action TEXT NOT NULL REFERENCES audit_actions (action),\n"
  "  record_type TEXT,\n"
  "  record_uuid TEXT,\n"
  "  case_uuid TEXT,\n"
  "  client TEXT,\n"
  "  peer TEXT,\n"
  "  detail TEXT\n"
  ");\n"
  "INSERT INTO audit_log_new SELECT id, at, user_id, role, action, record_type, record_uuid, case_uuid,\n"
  "  client, peer, detail FROM audit_log;\n"
  "DROP TABLE audit_log;\n"
  "ALTER TABLE audit_log_new RENAME TO audit_log;\n"
  "CREATE INDEX audit_log_by_case ON audit_log (case_uuid, id);\n"
  "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN\n"
  "  SELECT RAISE (ABORT, 'the audit log is append-only');\n"
  "END;\n"
  "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN\n"
  "  SELECT RAISE (ABORT, 'the audit log is append-only');\n"
  "END;\n",

  /* 6 -> 7: failed logins are counted in the database, so that several
   * server processes on it count the same attempts
   * (bw-server-store-throttle.c). */
  "CREATE TABLE throttle (key TEXT PRIMARY KEY, tokens REAL NOT NULL, updated REAL NOT NULL) WITHOUT ROWID;\n"
  "CREATE INDEX throttle_by_updated ON throttle (updated);\n",

  /* 7 -> 8: the bytes of an attachment record (issue 17), apart
   * from the feed (docs/sync-protocol.md, "Attachments"). An upload in
   * progress holds what arrived so far (complete = 0). The bytes go with
   * their record: deleted, or purged with its case. */
  "CREATE TABLE attachment_content (\n"
  "  uuid TEXT PRIMARY KEY,\n"
  "  data BLOB NOT NULL,\n"
  "  complete INTEGER NOT NULL DEFAULT 0 CHECK (complete IN (0, 1))\n"
  ");\n"
  /* A push writes a new record with INSERT, a known one with UPDATE. */
  "CREATE TRIGGER attachment_content_removed AFTER INSERT ON records\n"
  "  WHEN new.type = 'attachment' AND new.deleted = 1 BEGIN\n"
  "  DELETE FROM attachment_content WHERE uuid = new.uuid;\n"
  "END;\n"
  "CREATE TRIGGER attachment_content_removed_update AFTER UPDATE OF deleted ON records\n"
  "  WHEN new.type = 'attachment' AND new.deleted = 1 BEGIN\n"
  "  DELETE FROM attachment_content WHERE uuid = new.uuid;\n"
  "END;\n"
  "CREATE TRIGGER attachment_content_purged AFTER DELETE ON records\n"
  "  WHEN old.type = 'attachment' BEGIN\n"
  "  DELETE FROM attachment_content WHERE uuid = old.uuid;\n"
  "END;\n",

  /* 8 -> 9: the ZRM (docs/zrm.md): a measurement written before it has "health"
   * for both health domains, as the desktops map their copies in their
   * own migration; the other old keys already are ZRM domains, or kept
   * ("language"). No seq changes: every desktop maps the same. */
  "UPDATE records SET\n"
  "  fields = json_set (fields,\n"
  "    '$.mental_health', json_extract (fields, '$.health'),\n"
  "    '$.physical_health', json_extract (fields, '$.health')),\n"
  "  field_revs = json_set (field_revs,\n"
  "    '$.mental_health', coalesce (json_extract (field_revs, '$.health'), revision),\n"
  "    '$.physical_health', coalesce (json_extract (field_revs, '$.health'), revision))\n"
  "  WHERE type = 'assessment' AND json_type (fields, '$.health') = 'integer'\n"
  "    AND json_type (fields, '$.physical_health') IS NULL;\n",
};

/* PostgreSQL's schema: SQLite's at version 9, in one step, since no
 * PostgreSQL database is older; from version 10 on, each step has its text
 * for both. The types are PostgreSQL's (BIGINT for SQLite's 64-bit
 * INTEGER, BYTEA, DOUBLE PRECISION). The store reads fields with
 * json_extract() as on SQLite, defined here with SQLite's answers: a
 * string unquoted, a boolean 1 or 0, JSON null as NULL. */
static const char pg_schema[] =
  "CREATE FUNCTION json_extract (doc TEXT, path TEXT) RETURNS TEXT\n"
  "  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$\n"
  "  SELECT CASE jsonb_typeof (v) WHEN 'string' THEN v #>> '{}'\n"
  "    WHEN 'boolean' THEN CASE WHEN v = 'true'::jsonb THEN '1' ELSE '0' END\n"
  "    WHEN 'null' THEN NULL ELSE v::text END\n"
  "  FROM (SELECT doc::jsonb #> string_to_array (substr (path, 3), '.') AS v) AS x\n"
  "$$;\n"
  /* The figures count with sum() over a comparison, as SQLite does. */
  "CREATE FUNCTION bw_add_true (n BIGINT, b BOOLEAN) RETURNS BIGINT\n"
  "  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT n + CASE WHEN b THEN 1 ELSE 0 END $$;\n"
  "CREATE AGGREGATE sum (BOOLEAN) (SFUNC = bw_add_true, STYPE = BIGINT, INITCOND = '0');\n"
  "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);\n"
  "CREATE TABLE teams (\n"
  "  id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,\n"
  "  name TEXT NOT NULL UNIQUE,\n"
  "  reassess_months INTEGER NOT NULL DEFAULT 3 CHECK (reassess_months BETWEEN 1 AND 24),\n"
  "  contact_weeks INTEGER NOT NULL DEFAULT 6 CHECK (contact_weeks BETWEEN 1 AND 52)\n"
  ");\n"
  "CREATE TABLE users (\n"
  "  id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,\n"
  "  login TEXT NOT NULL UNIQUE,\n"
  "  name TEXT NOT NULL,\n"
  "  role TEXT NOT NULL CHECK (role IN ('buurtteam', 'trainer', 'partner', 'coordinator')),\n"
  "  team_id BIGINT REFERENCES teams (id),\n"
  "  organisation TEXT CHECK (organisation IS NULL OR organisation IN ('jeugdzorg', 'vsv')),\n"
  "  password_hash TEXT NOT NULL,\n"
  "  disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),\n"
  "  created_at TEXT NOT NULL\n"
  ");\n"
  "CREATE TABLE tokens (\n"
  "  token_hash TEXT PRIMARY KEY,\n"
  "  user_id BIGINT NOT NULL REFERENCES users (id),\n"
  "  created_at TEXT NOT NULL,\n"
  "  expires_at BIGINT NOT NULL,\n"
  "  revoked INTEGER NOT NULL DEFAULT 0 CHECK (revoked IN (0, 1))\n"
  ");\n"
  "CREATE INDEX tokens_by_user ON tokens (user_id);\n"
  "CREATE TABLE sequence (id INTEGER PRIMARY KEY CHECK (id = 1), last BIGINT NOT NULL);\n"
  "INSERT INTO sequence (id, last) VALUES (1, 0);\n"
  "CREATE TABLE records (\n"
  "  uuid TEXT PRIMARY KEY,\n"
  "  type TEXT NOT NULL,\n"
  "  case_uuid TEXT NOT NULL,\n"
  "  team_id BIGINT REFERENCES teams (id),\n"
  "  fields TEXT NOT NULL,\n"
  "  field_revs TEXT NOT NULL,\n"
  "  revision BIGINT NOT NULL CHECK (revision >= 1),\n"
  "  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),\n"
  "  seq BIGINT NOT NULL UNIQUE,\n"
  "  created_at TEXT NOT NULL,\n"
  "  created_by TEXT,\n"
  "  updated_at TEXT NOT NULL,\n"
  "  updated_by TEXT\n"
  ");\n"
  "CREATE INDEX records_by_team_seq ON records (team_id, seq);\n"
  "CREATE INDEX records_by_type_case ON records (type, case_uuid);\n"
  "CREATE INDEX records_by_case ON records (case_uuid);\n"
  "CREATE INDEX records_by_type_seq ON records (type, seq);\n"
  "CREATE TABLE applied_changes (\n"
  "  user_id BIGINT NOT NULL REFERENCES users (id),\n"
  "  client_change_id TEXT NOT NULL,\n"
  "  answer TEXT NOT NULL,\n"
  "  applied_at TEXT NOT NULL,\n"
  "  PRIMARY KEY (user_id, client_change_id)\n"
  ");\n"
  "CREATE TABLE conflicts (\n"
  "  id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,\n"
  "  record_uuid TEXT NOT NULL,\n"
  "  user_id BIGINT NOT NULL REFERENCES users (id),\n"
  "  client_change_id TEXT NOT NULL,\n"
  "  base_revision BIGINT NOT NULL,\n"
  "  server_revision BIGINT NOT NULL,\n"
  "  field TEXT NOT NULL,\n"
  "  server_value TEXT,\n"
  "  client_value TEXT,\n"
  "  created_at TEXT NOT NULL\n"
  ");\n"
  "CREATE INDEX conflicts_by_record ON conflicts (record_uuid);\n"
  BW_RETENTION_AGGREGATES_SCHEMA
  "CREATE TABLE purges (\n"
  "  case_uuid TEXT PRIMARY KEY,\n"
  "  team_id BIGINT REFERENCES teams (id),\n"
  "  seq BIGINT NOT NULL UNIQUE,\n"
  "  purged_at TEXT NOT NULL\n"
  ");\n"
  "CREATE INDEX purges_by_team_seq ON purges (team_id, seq);\n"
  "CREATE TABLE moves (\n"
  "  case_uuid TEXT NOT NULL,\n"
  "  team_id BIGINT NOT NULL REFERENCES teams (id),\n"
  "  seq BIGINT NOT NULL UNIQUE,\n"
  "  moved_at TEXT NOT NULL\n"
  ");\n"
  "CREATE INDEX moves_by_team_seq ON moves (team_id, seq);\n"
  "CREATE INDEX moves_by_case ON moves (case_uuid, team_id);\n"
  "CREATE TABLE transfer_offers (\n"
  "  case_uuid TEXT PRIMARY KEY,\n"
  "  to_team BIGINT NOT NULL REFERENCES teams (id),\n"
  "  from_name TEXT NOT NULL,\n"
  "  from_team TEXT NOT NULL,\n"
  "  buurt_code TEXT,\n"
  "  note TEXT,\n"
  "  open INTEGER NOT NULL CHECK (open IN (0, 1)),\n"
  "  seq BIGINT NOT NULL UNIQUE,\n"
  "  offered_at TEXT NOT NULL\n"
  ");\n"
  "CREATE INDEX transfer_offers_by_team_seq ON transfer_offers (to_team, seq);\n"
  "CREATE TABLE audit_actions (action TEXT PRIMARY KEY);\n"
  "INSERT INTO audit_actions (action) VALUES ('deliver'), ('open'), ('create'), ('update'), ('delete'),\n"
  "  ('share'), ('withdraw'), ('denied'), ('purge'), ('export');\n"
  "CREATE TABLE audit_log (\n"
  "  id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,\n"
  "  at TEXT NOT NULL,\n"
  "  user_id BIGINT,\n"
  "  role TEXT,\n"
  "  action TEXT NOT NULL REFERENCES audit_actions (action),\n"
  "  record_type TEXT,\n"
  "  record_uuid TEXT,\n"
  "  case_uuid TEXT,\n"
  "  client TEXT,\n"
  "  peer TEXT,\n"
  "  detail TEXT\n"
  ");\n"
  "CREATE INDEX audit_log_by_case ON audit_log (case_uuid, id);\n"
  /* Append-only as on SQLite; TRUNCATE too, which fires no row trigger. */
  "CREATE FUNCTION audit_log_append_only () RETURNS trigger LANGUAGE plpgsql AS $$\n"
  "BEGIN\n"
  "  RAISE EXCEPTION 'the audit log is append-only';\n"
  "END $$;\n"
  "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log\n"
  "  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only ();\n"
  "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log\n"
  "  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only ();\n"
  "CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log\n"
  "  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only ();\n"
  "CREATE TABLE throttle (key TEXT PRIMARY KEY, tokens DOUBLE PRECISION NOT NULL,\n"
  "  updated DOUBLE PRECISION NOT NULL);\n"
  "CREATE INDEX throttle_by_updated ON throttle (updated);\n"
  "CREATE TABLE attachment_content (\n"
  "  uuid TEXT PRIMARY KEY,\n"
  "  data BYTEA NOT NULL,\n"
  "  complete INTEGER NOT NULL DEFAULT 0 CHECK (complete IN (0, 1))\n"
  ");\n"
  "CREATE FUNCTION attachment_content_gone () RETURNS trigger LANGUAGE plpgsql AS $$\n"
  "BEGIN\n"
  "  IF TG_OP = 'DELETE' THEN\n"
  "    DELETE FROM attachment_content WHERE uuid = OLD.uuid;\n"
  "    RETURN OLD;\n"
  "  END IF;\n"
  "  DELETE FROM attachment_content WHERE uuid = NEW.uuid;\n"
  "  RETURN NEW;\n"
  "END $$;\n"
  "CREATE TRIGGER attachment_content_removed AFTER INSERT OR UPDATE OF deleted ON records\n"
  "  FOR EACH ROW WHEN (NEW.type = 'attachment' AND NEW.deleted = 1)\n"
  "  EXECUTE FUNCTION attachment_content_gone ();\n"
  "CREATE TRIGGER attachment_content_purged AFTER DELETE ON records\n"
  "  FOR EACH ROW WHEN (OLD.type = 'attachment')\n"
  "  EXECUTE FUNCTION attachment_content_gone ();\n";

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
  g_clear_pointer (&self->conn, bw_storage_close);
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

/* What the server itself wrote; a parse failure means a damaged database. */
JsonObject *
bw_server_json_object_from_text (const char *text)
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
create_epoch (BwStorage  *db,
              gpointer    user_data,
              GError    **error)
{
  g_autofree char *epoch = g_uuid_string_random ();

  return bw_storage_set_meta (db, "epoch", epoch, error);
}

static gboolean
migrate (BwServerStore  *self,
         GError        **error)
{
  BwStorageMigration steps[G_N_ELEMENTS (sqlite_migrations)] = { { NULL, NULL, NULL } };
  g_autoptr(GError) local_error = NULL;

  for (gsize i = 0; i < G_N_ELEMENTS (sqlite_migrations); i++)
    steps[i].sqlite = sqlite_migrations[i];
  steps[0].postgresql = pg_schema;
  steps[0].func = create_epoch;
  if (!bw_storage_migrate (self->conn, steps, G_N_ELEMENTS (steps), self, &local_error))
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
  if (!bw_storage_location_is_postgresql (path) && !make_files_private (path, error))
    return NULL;

  self = g_object_new (BW_TYPE_SERVER_STORE, NULL);
  self->conn = bw_storage_open (path, &server_policy, error);
  if (self->conn == NULL)
    return NULL;
  if (!migrate (self, error))
    return NULL;

  self->epoch = bw_storage_get_meta (self->conn, "epoch");
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

  if (!bw_storage_set_meta (self->conn, "epoch", epoch, error))
    return FALSE;
  g_free (self->epoch);
  self->epoch = g_steal_pointer (&epoch);
  /* The operator's word that the database is the one to serve now. */
  return bw_server_store_save_served (self, error);
}

gint64
bw_server_store_get_last_seq (BwServerStore *self)
{
  BwStorageStmt *stmt = bw_storage_prepare (self->conn, "SELECT last FROM sequence WHERE id = 1", NULL);
  gint64 last = 0;

  if (stmt == NULL)
    return 0;
  if (bw_storage_step (stmt) == BW_STORAGE_ROW)
    last = bw_storage_column_int64 (stmt, 0);
  bw_storage_reset (stmt);
  return last;
}

gint64
bw_server_store_next_seq (BwServerStore  *self,
                          GError        **error)
{
  BwStorageStmt *stmt = bw_storage_prepare (self->conn, "UPDATE sequence SET last = last + 1 WHERE id = 1 RETURNING last",
                                      error);
  gint64 seq = 0;

  if (stmt == NULL)
    return 0;
  if (bw_storage_step (stmt) == BW_STORAGE_ROW)
    seq = bw_storage_column_int64 (stmt, 0);
  else
    bw_storage_set_error (self->conn, 0, error);
  bw_storage_reset (stmt);
  return seq;
}

gboolean
bw_server_store_checkpoint (BwServerStore  *self,
                            GError        **error)
{
  g_return_val_if_fail (BW_IS_SERVER_STORE (self), FALSE);
  if (bw_storage_get_backend (self->conn) != BW_STORAGE_SQLITE)
    return TRUE;
  return bw_storage_exec (self->conn, "PRAGMA wal_checkpoint(TRUNCATE)", error);
}

/* The first column of the first row of @sql, with @key bound to ?1, or 0
 * when there is none (and @error set only when SQLite refused the SQL). */
gint64
bw_server_store_lookup_int64 (BwServerStore  *self,
                              const char     *sql,
                              const char     *key,
                              GError        **error)
{
  BwStorageStmt *stmt = bw_storage_prepare (self->conn, sql, error);
  gint64 value = 0;

  if (stmt == NULL)
    return 0;
  bw_storage_bind_text (stmt, 1, key);
  if (bw_storage_step (stmt) == BW_STORAGE_ROW)
    value = bw_storage_column_int64 (stmt, 0);
  bw_storage_reset (stmt);
  return value;
}

/* What was served (finding: a restore without epoch renew) */

char *
bw_server_store_get_served_path (BwServerStore *self)
{
  g_return_val_if_fail (BW_IS_SERVER_STORE (self), NULL);
  /* Beside the database: a restore of the database leaves it as it was. */
  return bw_storage_get_sidecar_path (self->conn, ".served");
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
                   path, bw_storage_get_display_location (self->conn));
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
                   bw_storage_get_display_location (self->conn));
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

const char *
bw_server_store_get_path (BwServerStore *self)
{
  g_return_val_if_fail (BW_IS_SERVER_STORE (self), NULL);
  return bw_storage_get_location (self->conn);
}
