/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-store"
#include "config.h"

#include "bw-date.h"
#include "bw-sqlite.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "bw-case-store-private.h"
#include "bw-record-sql.h"
#include "bw-retention.h"
#include "bw-validation.h"

G_DEFINE_QUARK (bw-store-error-quark, bw_store_error)

/* Every record table has the same bookkeeping columns, so that sync can
 * treat them alike. */
#define RECORD_COLUMNS                                    \
  "  id INTEGER PRIMARY KEY,\n"                           \
  "  uuid TEXT NOT NULL UNIQUE,\n"                        \
  "  revision INTEGER NOT NULL DEFAULT 1,\n"              \
  "  created_at TEXT NOT NULL,\n"                         \
  "  created_by TEXT,\n"                                  \
  "  updated_at TEXT NOT NULL,\n"                         \
  "  updated_by TEXT,\n"                                  \
  "  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),\n"

#define SCORE_COLUMN(name) "  " name " INTEGER NOT NULL CHECK (" name " BETWEEN 1 AND 5),\n"

const char * const bw_case_store_migrations[] = {
  /* 0 -> 1: the records */
  "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);\n"
  "CREATE TABLE neighbourhoods (\n"
  "  code TEXT PRIMARY KEY,\n"
  "  name TEXT NOT NULL,\n"
  "  wijk_code TEXT,\n"
  "  wijk_name TEXT,\n"
  "  heerlen_noord TEXT NOT NULL DEFAULT 'no'\n"
  ");\n"
  "CREATE TABLE cases (\n"
  RECORD_COLUMNS
  "  name TEXT NOT NULL CHECK (length(trim(name)) > 0),\n"
  "  date_of_birth TEXT,\n"
  "  address TEXT,\n"
  "  buurt_code TEXT NOT NULL REFERENCES neighbourhoods (code),\n"
  "  phone TEXT,\n"
  "  email TEXT,\n"
  "  household_size INTEGER NOT NULL DEFAULT 1 CHECK (household_size BETWEEN 1 AND 20),\n"
  "  household_note TEXT,\n"
  "  status TEXT NOT NULL DEFAULT 'intake' CHECK (status IN ('intake', 'active', 'closed')),\n"
  "  track TEXT NOT NULL DEFAULT 'none',\n"
  "  opened_on TEXT,\n"
  "  has_debts INTEGER NOT NULL DEFAULT 0,\n"
  "  debt_amount INTEGER NOT NULL DEFAULT 0 CHECK (debt_amount >= 0),\n"
  "  debt_route TEXT NOT NULL DEFAULT 'none',\n"
  "  language_need TEXT NOT NULL DEFAULT 'none',\n"
  "  outcome TEXT NOT NULL DEFAULT 'none',\n"
  "  outcome_note TEXT,\n"
  "  closed_on TEXT\n"
  ");\n"
  "CREATE INDEX cases_by_name ON cases (name COLLATE NOCASE);\n"
  "CREATE INDEX cases_by_buurt ON cases (buurt_code);\n"
  "CREATE TABLE journal (\n"
  RECORD_COLUMNS
  "  case_id INTEGER NOT NULL REFERENCES cases (id),\n"
  "  date TEXT NOT NULL,\n"
  "  author TEXT,\n"
  "  text TEXT NOT NULL\n"
  ");\n"
  "CREATE INDEX journal_by_case ON journal (case_id, date);\n"
  "CREATE TABLE actions (\n"
  RECORD_COLUMNS
  "  case_id INTEGER NOT NULL REFERENCES cases (id),\n"
  "  what TEXT NOT NULL,\n"
  "  owner TEXT,\n"
  "  due_date TEXT,\n"
  "  done INTEGER NOT NULL DEFAULT 0\n"
  ");\n"
  "CREATE INDEX actions_by_case ON actions (case_id);\n"
  "CREATE TABLE assessments (\n"
  RECORD_COLUMNS
  "  case_id INTEGER NOT NULL REFERENCES cases (id),\n"
  "  date TEXT NOT NULL,\n"
  "  author TEXT,\n"
  SCORE_COLUMN ("finances")
  SCORE_COLUMN ("work_education")
  SCORE_COLUMN ("housing")
  SCORE_COLUMN ("health")
  SCORE_COLUMN ("family")
  SCORE_COLUMN ("social_network")
  SCORE_COLUMN ("daily_activities")
  SCORE_COLUMN ("language")
  "  UNIQUE (case_id, uuid)\n"
  ");\n"
  "CREATE INDEX assessments_by_case ON assessments (case_id, date);\n"
  "CREATE TABLE track_history (\n"
  RECORD_COLUMNS
  "  case_id INTEGER NOT NULL REFERENCES cases (id),\n"
  "  date TEXT NOT NULL,\n"
  "  track TEXT NOT NULL,\n"
  "  author TEXT,\n"
  "  note TEXT\n"
  ");\n"
  "CREATE INDEX track_history_by_case ON track_history (case_id);\n"
  "CREATE TABLE involvements (\n"
  RECORD_COLUMNS
  "  case_id INTEGER NOT NULL REFERENCES cases (id),\n"
  "  organisation TEXT NOT NULL,\n"
  "  contact TEXT,\n"
  "  role TEXT\n"
  ");\n"
  "CREATE INDEX involvements_by_case ON involvements (case_id);\n",

  /* 1 -> 2: full-text search over names, addresses and journal text. The
   * index is kept by triggers so that every write path (the app, demo data,
   * later sync) keeps it right. */
  "CREATE VIRTUAL TABLE case_fts USING fts5 (name, address, notes,\n"
  "  tokenize = 'unicode61 remove_diacritics 2');\n"
  "INSERT INTO case_fts (rowid, name, address, notes)\n"
  "  SELECT id, name, coalesce (address, ''),\n"
  "         coalesce ((SELECT group_concat (text, ' ') FROM journal j\n"
  "                    WHERE j.case_id = cases.id AND j.deleted = 0), '')\n"
  "  FROM cases;\n"
  "CREATE TRIGGER cases_fts_insert AFTER INSERT ON cases BEGIN\n"
  "  INSERT INTO case_fts (rowid, name, address, notes)\n"
  "    VALUES (new.id, new.name, coalesce (new.address, ''), '');\n"
  "END;\n"
  "CREATE TRIGGER cases_fts_update AFTER UPDATE OF name, address ON cases BEGIN\n"
  "  UPDATE case_fts SET name = new.name, address = coalesce (new.address, '')\n"
  "    WHERE rowid = new.id;\n"
  "END;\n"
  "CREATE TRIGGER cases_fts_delete AFTER DELETE ON cases BEGIN\n"
  "  DELETE FROM case_fts WHERE rowid = old.id;\n"
  "END;\n"
  "CREATE TRIGGER journal_fts_insert AFTER INSERT ON journal BEGIN\n"
  "  UPDATE case_fts SET notes = coalesce ((SELECT group_concat (text, ' ') FROM journal\n"
  "    WHERE case_id = new.case_id AND deleted = 0), '') WHERE rowid = new.case_id;\n"
  "END;\n"
  "CREATE TRIGGER journal_fts_update AFTER UPDATE ON journal BEGIN\n"
  "  UPDATE case_fts SET notes = coalesce ((SELECT group_concat (text, ' ') FROM journal\n"
  "    WHERE case_id = new.case_id AND deleted = 0), '') WHERE rowid = new.case_id;\n"
  "END;\n",

  /* 2 -> 3: places where courses are held, shown on the map */
  "CREATE TABLE places (\n"
  RECORD_COLUMNS
  "  name TEXT NOT NULL CHECK (length(trim(name)) > 0),\n"
  "  address TEXT,\n"
  "  buurt_code TEXT NOT NULL REFERENCES neighbourhoods (code),\n"
  "  kind TEXT NOT NULL DEFAULT 'other',\n"
  "  lat REAL NOT NULL,\n"
  "  lon REAL NOT NULL\n"
  ");\n"
  "CREATE INDEX places_by_buurt ON places (buurt_code);\n",

  /* 3 -> 4: sync with the central server (docs/sync-protocol.md). Every
   * local change of a record marks it in the outbox by trigger, in the same
   * transaction as the change itself; changes that come from the server
   * are written with the 'applying' flag set inside the transaction and
   * leave no mark. Records written before this step are marked too, so a
   * first sync offers them to the server. */
  "CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT);\n"
  "CREATE TABLE sync_base (\n"
  "  uuid TEXT PRIMARY KEY,\n"
  "  type TEXT NOT NULL,\n"
  "  case_uuid TEXT NOT NULL,\n"
  "  server_revision INTEGER NOT NULL,\n"
  "  deleted INTEGER NOT NULL DEFAULT 0,\n"
  "  fields TEXT NOT NULL\n"
  ");\n"
  "CREATE TABLE outbox (id INTEGER PRIMARY KEY, type TEXT NOT NULL, uuid TEXT NOT NULL);\n"
  "CREATE INDEX outbox_by_uuid ON outbox (uuid);\n"
  "CREATE TABLE outbox_sending (\n"
  "  uuid TEXT PRIMARY KEY,\n"
  "  type TEXT NOT NULL,\n"
  "  client_change_id TEXT NOT NULL UNIQUE,\n"
  "  payload TEXT NOT NULL,\n"
  "  upto INTEGER NOT NULL\n"
  ");\n"
  "CREATE TABLE sync_conflicts (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  type TEXT NOT NULL,\n"
  "  uuid TEXT NOT NULL,\n"
  "  case_uuid TEXT,\n"
  "  field TEXT NOT NULL,\n"
  "  server_value TEXT,\n"
  "  local_value TEXT,\n"
  "  UNIQUE (uuid, field)\n"
  ");\n"
  "CREATE TABLE sync_problems (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  type TEXT NOT NULL,\n"
  "  uuid TEXT NOT NULL,\n"
  "  case_uuid TEXT,\n"
  "  message TEXT NOT NULL\n"
  ");\n"
  "CREATE TABLE sync_pending (uuid TEXT PRIMARY KEY, case_uuid TEXT NOT NULL, envelope TEXT NOT NULL);\n"
  "CREATE TRIGGER cases_outbox_insert AFTER INSERT ON cases\n"
  "  WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'applying') BEGIN\n"
  "  INSERT INTO outbox (type, uuid) VALUES ('case', new.uuid);\n"
  "END;\n"
  "CREATE TRIGGER cases_outbox_update AFTER UPDATE ON cases\n"
  "  WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'applying') BEGIN\n"
  "  INSERT INTO outbox (type, uuid) VALUES ('case', new.uuid);\n"
  "END;\n"
  "CREATE TRIGGER journal_outbox_insert AFTER INSERT ON journal\n"
  "  WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'applying') BEGIN\n"
  "  INSERT INTO outbox (type, uuid) VALUES ('journal', new.uuid);\n"
  "END;\n"
  "CREATE TRIGGER journal_outbox_update AFTER UPDATE ON journal\n"
  "  WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'applying') BEGIN\n"
  "  INSERT INTO outbox (type, uuid) VALUES ('journal', new.uuid);\n"
  "END;\n"
  "CREATE TRIGGER actions_outbox_insert AFTER INSERT ON actions\n"
  "  WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'applying') BEGIN\n"
  "  INSERT INTO outbox (type, uuid) VALUES ('action', new.uuid);\n"
  "END;\n"
  "CREATE TRIGGER actions_outbox_update AFTER UPDATE ON actions\n"
  "  WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'applying') BEGIN\n"
  "  INSERT INTO outbox (type, uuid) VALUES ('action', new.uuid);\n"
  "END;\n"
  "CREATE TRIGGER assessments_outbox_insert AFTER INSERT ON assessments\n"
  "  WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'applying') BEGIN\n"
  "  INSERT INTO outbox (type, uuid) VALUES ('assessment', new.uuid);\n"
  "END;\n"
  "CREATE TRIGGER assessments_outbox_update AFTER UPDATE ON assessments\n"
  "  WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'applying') BEGIN\n"
  "  INSERT INTO outbox (type, uuid) VALUES ('assessment', new.uuid);\n"
  "END;\n"
  "CREATE TRIGGER track_history_outbox_insert AFTER INSERT ON track_history\n"
  "  WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'applying') BEGIN\n"
  "  INSERT INTO outbox (type, uuid) VALUES ('track_change', new.uuid);\n"
  "END;\n"
  "CREATE TRIGGER track_history_outbox_update AFTER UPDATE ON track_history\n"
  "  WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'applying') BEGIN\n"
  "  INSERT INTO outbox (type, uuid) VALUES ('track_change', new.uuid);\n"
  "END;\n"
  "CREATE TRIGGER involvements_outbox_insert AFTER INSERT ON involvements\n"
  "  WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'applying') BEGIN\n"
  "  INSERT INTO outbox (type, uuid) VALUES ('involvement', new.uuid);\n"
  "END;\n"
  "CREATE TRIGGER involvements_outbox_update AFTER UPDATE ON involvements\n"
  "  WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'applying') BEGIN\n"
  "  INSERT INTO outbox (type, uuid) VALUES ('involvement', new.uuid);\n"
  "END;\n"
  "INSERT INTO outbox (type, uuid) SELECT 'case', uuid FROM cases;\n"
  "INSERT INTO outbox (type, uuid) SELECT 'journal', uuid FROM journal;\n"
  "INSERT INTO outbox (type, uuid) SELECT 'action', uuid FROM actions;\n"
  "INSERT INTO outbox (type, uuid) SELECT 'assessment', uuid FROM assessments;\n"
  "INSERT INTO outbox (type, uuid) SELECT 'track_change', uuid FROM track_history;\n"
  "INSERT INTO outbox (type, uuid) SELECT 'involvement', uuid FROM involvements;\n",

  /* Sharing with partners (docs/sync-protocol.md, "Sharing"). A team's
   * desktop keeps its shares and the partners' notes as synced records; a
   * partner's desktop keeps the snapshot of what is shared with it apart,
   * in shared_cases (no full-text index), and purges a case from it with
   * secure_delete when it is no longer shared. audit_outbox queues the
   * partner's "opened" reports until the next sync. */
  "ALTER TABLE journal ADD COLUMN shareable INTEGER NOT NULL DEFAULT 0 CHECK (shareable IN (0, 1));\n"
  "CREATE TABLE shares (\n"
  RECORD_COLUMNS
  "  case_id INTEGER NOT NULL REFERENCES cases (id),\n"
  "  organisation TEXT NOT NULL,\n"
  "  parts TEXT NOT NULL,\n"
  "  consent_date TEXT NOT NULL,\n"
  "  consent_given_to TEXT NOT NULL,\n"
  "  consent_form TEXT NOT NULL,\n"
  "  end_date TEXT NOT NULL,\n"
  "  team_contact TEXT NOT NULL,\n"
  "  withdrawn_at TEXT,\n"
  "  withdrawn_reason TEXT\n"
  ");\n"
  "CREATE INDEX shares_by_case ON shares (case_id);\n"
  "CREATE TABLE partner_notes (\n"
  RECORD_COLUMNS
  "  case_uuid TEXT NOT NULL,\n"
  "  organisation TEXT NOT NULL,\n"
  "  text TEXT NOT NULL\n"
  ");\n"
  "CREATE INDEX partner_notes_by_case ON partner_notes (case_uuid);\n"
  "CREATE TABLE shared_cases (\n"
  "  case_uuid TEXT PRIMARY KEY,\n"
  "  organisation TEXT NOT NULL,\n"
  "  parts TEXT NOT NULL,\n"
  "  end_date TEXT NOT NULL,\n"
  "  team_contact TEXT,\n"
  "  document TEXT NOT NULL,\n"
  "  received_at TEXT NOT NULL\n"
  ");\n"
  "CREATE TABLE audit_outbox (id INTEGER PRIMARY KEY, case_uuid TEXT NOT NULL, opened_at TEXT NOT NULL);\n"
  /* A share is only ever ended: its consent never changes, and a
   * withdrawal is final, whoever writes (the server refuses it too). */
  "CREATE TRIGGER shares_consent_fixed BEFORE UPDATE ON shares\n"
  "  WHEN new.organisation IS NOT old.organisation OR new.parts IS NOT old.parts\n"
  "    OR new.consent_date IS NOT old.consent_date OR new.consent_given_to IS NOT old.consent_given_to\n"
  "    OR new.consent_form IS NOT old.consent_form OR new.end_date IS NOT old.end_date\n"
  "    OR new.team_contact IS NOT old.team_contact OR new.case_id IS NOT old.case_id\n"
  "    OR (old.withdrawn_at IS NOT NULL AND (new.withdrawn_at IS NOT old.withdrawn_at\n"
  "        OR new.withdrawn_reason IS NOT old.withdrawn_reason)) BEGIN\n"
  "  SELECT RAISE (ABORT, 'the consent of a share cannot be changed');\n"
  "END;\n"
  "CREATE TRIGGER shares_outbox_insert AFTER INSERT ON shares\n"
  "  WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'applying') BEGIN\n"
  "  INSERT INTO outbox (type, uuid) VALUES ('share', new.uuid);\n"
  "END;\n"
  "CREATE TRIGGER shares_outbox_update AFTER UPDATE ON shares\n"
  "  WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'applying') BEGIN\n"
  "  INSERT INTO outbox (type, uuid) VALUES ('share', new.uuid);\n"
  "END;\n"
  "CREATE TRIGGER partner_notes_outbox_insert AFTER INSERT ON partner_notes\n"
  "  WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'applying') BEGIN\n"
  "  INSERT INTO outbox (type, uuid) VALUES ('partner_note', new.uuid);\n"
  "END;\n"
  "CREATE TRIGGER partner_notes_outbox_update AFTER UPDATE ON partner_notes\n"
  "  WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'applying') BEGIN\n"
  "  INSERT INTO outbox (type, uuid) VALUES ('partner_note', new.uuid);\n"
  "END;\n",

  /* 5 -> 6: training-offer planning (issue 6, docs/architecture.md).
   * Offers, their sessions, enrolments and attendance. They refer to each
   * other by uuid, not by local id, because they arrive through sync in
   * any order and a trainer's desktop has no cases: an enrolment names its
   * case by uuid and carries only a snapshot of what a trainer needs.
   * Dates and times are local (Europe/Amsterdam). */
  "CREATE TABLE offers (\n"
  RECORD_COLUMNS
  "  title TEXT NOT NULL CHECK (length(trim(title)) > 0),\n"
  "  kind TEXT NOT NULL DEFAULT 'other',\n"
  "  target_group TEXT,\n"
  "  description TEXT,\n"
  "  trainer TEXT,\n"
  "  partner TEXT,\n"
  "  buurt_code TEXT NOT NULL,\n"
  "  capacity INTEGER NOT NULL CHECK (capacity >= 1),\n"
  "  status TEXT NOT NULL DEFAULT 'draft',\n"
  "  first_date TEXT,\n"
  "  last_date TEXT\n"
  ");\n"
  "CREATE INDEX offers_by_buurt ON offers (buurt_code);\n"
  "CREATE TABLE sessions (\n"
  RECORD_COLUMNS
  "  offer_uuid TEXT NOT NULL,\n"
  "  date TEXT NOT NULL,\n"
  "  start_time TEXT NOT NULL,\n"
  "  end_time TEXT NOT NULL CHECK (end_time > start_time),\n"
  "  place_uuid TEXT,\n"
  "  place_name TEXT,\n"
  "  trainer TEXT\n"
  ");\n"
  "CREATE INDEX sessions_by_date ON sessions (date, start_time);\n"
  "CREATE INDEX sessions_by_offer ON sessions (offer_uuid, date);\n"
  "CREATE TABLE enrolments (\n"
  RECORD_COLUMNS
  "  offer_uuid TEXT NOT NULL,\n"
  "  case_uuid TEXT,\n"
  "  name TEXT NOT NULL CHECK (length(trim(name)) > 0),\n"
  "  phone TEXT,\n"
  "  email TEXT,\n"
  "  buurt_code TEXT,\n"
  "  language_need TEXT NOT NULL DEFAULT 'none',\n"
  "  status TEXT NOT NULL DEFAULT 'referred',\n"
  "  referred_at TEXT NOT NULL,\n"
  "  status_date TEXT,\n"
  "  outcome TEXT\n"
  ");\n"
  "CREATE INDEX enrolments_by_offer ON enrolments (offer_uuid, status, referred_at);\n"
  "CREATE INDEX enrolments_by_case ON enrolments (case_uuid);\n"
  "CREATE TABLE attendance (\n"
  RECORD_COLUMNS
  "  offer_uuid TEXT NOT NULL,\n"
  "  session_uuid TEXT NOT NULL,\n"
  "  enrolment_uuid TEXT NOT NULL,\n"
  "  status TEXT NOT NULL DEFAULT 'present',\n"
  "  UNIQUE (session_uuid, enrolment_uuid)\n"
  ");\n"
  "CREATE TRIGGER offers_outbox_insert AFTER INSERT ON offers\n"
  "  WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'applying') BEGIN\n"
  "  INSERT INTO outbox (type, uuid) VALUES ('offer', new.uuid);\n"
  "END;\n"
  "CREATE TRIGGER offers_outbox_update AFTER UPDATE ON offers\n"
  "  WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'applying') BEGIN\n"
  "  INSERT INTO outbox (type, uuid) VALUES ('offer', new.uuid);\n"
  "END;\n"
  "CREATE TRIGGER sessions_outbox_insert AFTER INSERT ON sessions\n"
  "  WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'applying') BEGIN\n"
  "  INSERT INTO outbox (type, uuid) VALUES ('session', new.uuid);\n"
  "END;\n"
  "CREATE TRIGGER sessions_outbox_update AFTER UPDATE ON sessions\n"
  "  WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'applying') BEGIN\n"
  "  INSERT INTO outbox (type, uuid) VALUES ('session', new.uuid);\n"
  "END;\n"
  "CREATE TRIGGER enrolments_outbox_insert AFTER INSERT ON enrolments\n"
  "  WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'applying') BEGIN\n"
  "  INSERT INTO outbox (type, uuid) VALUES ('enrolment', new.uuid);\n"
  "END;\n"
  "CREATE TRIGGER enrolments_outbox_update AFTER UPDATE ON enrolments\n"
  "  WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'applying') BEGIN\n"
  "  INSERT INTO outbox (type, uuid) VALUES ('enrolment', new.uuid);\n"
  "END;\n"
  "CREATE TRIGGER attendance_outbox_insert AFTER INSERT ON attendance\n"
  "  WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'applying') BEGIN\n"
  "  INSERT INTO outbox (type, uuid) VALUES ('attendance', new.uuid);\n"
  "END;\n"
  "CREATE TRIGGER attendance_outbox_update AFTER UPDATE ON attendance\n"
  "  WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'applying') BEGIN\n"
  "  INSERT INTO outbox (type, uuid) VALUES ('attendance', new.uuid);\n"
  "END;\n",

  /* Retention (docs/security.md): the counts of closed cases purged after
   * their retention period, per buurt and month; the same table as the
   * server's. */
  BW_RETENTION_AGGREGATES_SCHEMA,

  /* Records of the server's feed this desktop could not read, set aside
   * so that the feed goes on (issue 12): what can be told of them safely,
   * never their fields. */
  "CREATE TABLE sync_set_aside (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  type TEXT,\n"
  "  uuid TEXT UNIQUE,\n"
  "  case_uuid TEXT,\n"
  "  seq INTEGER,\n"
  "  reason TEXT NOT NULL,\n"
  "  noted_at TEXT NOT NULL\n"
  ");\n",

  /* The language a resident prefers to be contacted in. */
  "ALTER TABLE cases ADD COLUMN contact_language TEXT;\n",
};

const guint bw_case_store_n_migrations = G_N_ELEMENTS (bw_case_store_migrations);

/* A case with its bookkeeping, the date of its last contact and its
 * fields in table order (case_from_row() reads them). */
static const char *
case_select_sql (void)
{
  static char *sql;

  if (g_once_init_enter (&sql))
    g_once_init_leave (&sql, g_strdup_printf ("SELECT " BW_RECORD_SQL_BOOKKEEPING ","
                                              " (SELECT max (j.date) FROM journal j"
                                              "  WHERE j.case_id = r.id AND j.deleted = 0), %s"
                                              " FROM cases r WHERE r.id = ? AND r.deleted = 0",
                                              bw_record_sql_columns (BW_RECORD_TYPE_CASE)));
  return sql;
}

/* One statement for the list, whatever the filters: unused filters are
 * bound as NULL, so no SQL is ever built from strings. */
#define QUERY_IDS_SQL                                                        \
  "SELECT c.id FROM cases c WHERE c.deleted = 0"                             \
  " AND (?1 IS NULL OR c.status = ?1)"                                       \
  " AND (?2 IS NULL OR c.buurt_code = ?2)"                                   \
  " AND (?3 IS NULL OR c.track = ?3)"                                        \
  " AND (?4 IS NULL OR c.has_debts = ?4)"                                    \
  " AND (?5 IS NULL OR c.id IN (SELECT rowid FROM case_fts WHERE case_fts MATCH ?5))" \
  " ORDER BY c.name COLLATE NOCASE, c.id"

/* One connection and its transaction state. */
typedef struct {
  BwCaseStore *owner;
  BwDb *conn;
  guint transaction_depth;
  GHashTable *pending_changes; /* case ids changed in the open transaction */
  /* The write thread's only: what its running job committed, announced on
   * the main thread when the job is done. */
  GHashTable *committed;
} StoreSession;

struct _BwCaseStore
{
  GObject parent_instance;

  char *path;
  char *author;
  int schema_version;

  /* The connection of the thread that opened the store, and that of the
   * write thread (write_async()); each thread sees only its own through
   * session(). */
  StoreSession main;
  StoreSession writer;
  GThreadPool *write_pool;
  /* Reads for the views (read_async()), on the reader connection. */
  StoreSession reading;
  GThreadPool *read_pool;

  GListModel *neighbourhoods;

  /* The read thread's connection (read only). */
  BwDb *reader;
};

G_DEFINE_FINAL_TYPE (BwCaseStore, bw_case_store, G_TYPE_OBJECT)

enum {
  CASE_CHANGED,
  PLANNING_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The session of the job this thread is running, if any. */
static GPrivate job_session = G_PRIVATE_INIT (NULL);
/* Set for good in the store's job threads: a store finalized there must
 * not wait for its own thread. */
static GPrivate in_job_thread = G_PRIVATE_INIT (NULL);

static inline StoreSession *
session (BwCaseStore *self)
{
  StoreSession *s = g_private_get (&job_session);

  return s != NULL && s->owner == self ? s : &self->main;
}

static inline BwDb *
conn (BwCaseStore *self)
{
  return session (self)->conn;
}

static void
session_init (StoreSession *session,
              BwCaseStore  *owner)
{
  session->owner = owner;
  session->pending_changes = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  session->committed = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
}

static void
session_clear (StoreSession *session)
{
  g_clear_pointer (&session->pending_changes, g_hash_table_unref);
  g_clear_pointer (&session->committed, g_hash_table_unref);
  g_clear_pointer (&session->conn, bw_db_close);
}

static void read_job_run (gpointer data, gpointer user_data);

static void write_job_run (gpointer data, gpointer user_data);

static void
bw_case_store_finalize (GObject *object)
{
  BwCaseStore *self = (BwCaseStore *) object;

  /* Queued jobs hold a reference, so none is left; the last job's thread
   * may be the one finalizing. */
  if (self->write_pool != NULL)
    g_thread_pool_free (self->write_pool, FALSE, g_private_get (&in_job_thread) == NULL);
  if (self->read_pool != NULL)
    g_thread_pool_free (self->read_pool, FALSE, g_private_get (&in_job_thread) == NULL);
  g_clear_object (&self->neighbourhoods);
  g_clear_pointer (&self->reader, bw_db_close);
  session_clear (&self->reading);
  session_clear (&self->writer);
  session_clear (&self->main);
  g_free (self->path);
  g_free (self->author);

  G_OBJECT_CLASS (bw_case_store_parent_class)->finalize (object);
}

static void
bw_case_store_class_init (BwCaseStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bw_case_store_finalize;

  /**
   * BwCaseStore::case-changed:
   * @case_id: the case that changed, or 0 when many did
   *
   * Emitted on the main thread after a transaction that touched a case (or
   * its journal, actions, scores, ...) has been committed.
   */
  signals[CASE_CHANGED] =
    g_signal_new ("case-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
  /**
   * BwCaseStore::planning-changed:
   *
   * Emitted on the main thread after a transaction that changed training
   * offers, sessions, enrolments or attendance has been committed.
   */
  signals[PLANNING_CHANGED] =
    g_signal_new ("planning-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
bw_case_store_init (BwCaseStore *self)
{
  session_init (&self->main, self);
  session_init (&self->writer, self);
  session_init (&self->reading, self);
}

sqlite3 *
bw_case_store_get_db (BwCaseStore *self)
{
  return bw_db_get_handle (conn (self));
}

BwDb *
bw_case_store_get_connection (BwCaseStore *self)
{
  return conn (self);
}

void
bw_case_store_emit_changed (BwCaseStore *self,
                            gint64       case_id)
{
  g_return_if_fail (BW_IS_CASE_STORE (self));

  /* On the write thread the views hear it when the job is done. */
  if (session (self) == &self->writer)
    g_hash_table_add (self->writer.committed, g_memdup2 (&case_id, sizeof case_id));
  else
    g_signal_emit (self, signals[CASE_CHANGED], 0, case_id);
}

/* What bw_case_store_note_planning_change() adds to the changed ids. */
#define PLANNING_ID ((gint64) -1)

/* Announces @ids (gint64 *) on this thread: the planning, then one signal
 * per case, or one for many cases (0) when more than a batch changed. */
static void
announce (BwCaseStore *self,
          GHashTable  *ids)
{
  g_autoptr(GList) changed = NULL;
  gint64 many = 0, planning = PLANNING_ID;

  if (g_hash_table_remove (ids, &planning))
    g_signal_emit (self, signals[PLANNING_CHANGED], 0);
  if (g_hash_table_size (ids) == 0)
    return;
  if (g_hash_table_size (ids) > 16 || g_hash_table_contains (ids, &many))
    {
      g_hash_table_remove_all (ids);
      g_signal_emit (self, signals[CASE_CHANGED], 0, (gint64) 0);
      return;
    }
  changed = g_hash_table_get_keys (ids);
  for (GList *l = changed; l; l = l->next)
    g_signal_emit (self, signals[CASE_CHANGED], 0, *(gint64 *) l->data);
  g_hash_table_remove_all (ids);
}

/* Transactions */

gboolean
bw_case_store_begin (BwCaseStore  *self,
                     GError      **error)
{
  g_return_val_if_fail (BW_IS_CASE_STORE (self), FALSE);

  if (!(session (self)->transaction_depth == 0 ? bw_db_begin (conn (self), error)
                                     : bw_db_savepoint (conn (self), "nested", error)))
    return FALSE;
  session (self)->transaction_depth++;
  return TRUE;
}

gboolean
bw_case_store_commit (BwCaseStore  *self,
                      GError      **error)
{
  StoreSession *s;
  GHashTableIter iter;
  gpointer key;

  g_return_val_if_fail (BW_IS_CASE_STORE (self), FALSE);
  s = session (self);
  g_return_val_if_fail (s->transaction_depth > 0, FALSE);

  if (s->transaction_depth > 1)
    {
      if (!bw_db_release (s->conn, "nested", error))
        return FALSE;
      s->transaction_depth--;
      return TRUE;
    }

  if (!bw_db_commit (s->conn, error))
    {
      bw_case_store_rollback (self);
      return FALSE;
    }
  s->transaction_depth = 0;

  /* Tell the views only what is on disk, and only on the main thread. */
  if (s == &self->main)
    {
      announce (self, s->pending_changes);
      return TRUE;
    }
  g_hash_table_iter_init (&iter, s->pending_changes);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      g_hash_table_iter_steal (&iter);
      g_hash_table_add (s->committed, key);
    }
  return TRUE;
}

void
bw_case_store_rollback (BwCaseStore *self)
{
  g_return_if_fail (BW_IS_CASE_STORE (self));

  if (session (self)->transaction_depth == 0)
    return;
  if (session (self)->transaction_depth > 1)
    {
      bw_db_rollback_to (conn (self), "nested");
      session (self)->transaction_depth--;
      return;
    }
  bw_db_rollback (conn (self));
  session (self)->transaction_depth = 0;
  g_hash_table_remove_all (session (self)->pending_changes);
}

void
bw_case_store_note_change (BwCaseStore *self,
                           gint64       case_id)
{
  g_hash_table_add (session (self)->pending_changes, g_memdup2 (&case_id, sizeof case_id));
}

void
bw_case_store_note_planning_change (BwCaseStore *self)
{
  bw_case_store_note_change (self, PLANNING_ID);
}

/* Opening and migrating */

static gboolean
migrate (BwCaseStore  *self,
         GError      **error)
{
  g_autofree BwDbMigration *steps = g_new0 (BwDbMigration, bw_case_store_n_migrations);
  g_autoptr(GError) local_error = NULL;

  for (guint i = 0; i < bw_case_store_n_migrations; i++)
    steps[i].sql = bw_case_store_migrations[i];
  if (!bw_db_migrate (conn (self), steps, bw_case_store_n_migrations, NULL, &local_error))
    {
      if (g_error_matches (local_error, BW_DB_ERROR, BW_DB_ERROR_TOO_NEW))
        g_set_error (error, BW_STORE_ERROR, BW_STORE_ERROR_TOO_NEW,
                     _("The case database was made by a newer version of Buurtwerk; update Buurtwerk to open it"));
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  self->schema_version = bw_case_store_n_migrations;
  return TRUE;
}

static gboolean
seed_identity_and_neighbourhoods (BwCaseStore  *self,
                                  GError      **error)
{
  g_autofree char *db_id = bw_case_store_get_meta (self, "database_id");
  g_autoptr(GListModel) from_file = NULL;
  sqlite3_stmt *stmt;
  guint n;

  if (db_id == NULL)
    {
      g_autofree char *uuid = g_uuid_string_random ();
      if (!bw_case_store_set_meta (self, "database_id", uuid, error))
        return FALSE;
    }

  stmt = bw_db_prepare (conn (self), "SELECT count (*) FROM neighbourhoods", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_step (stmt);
  n = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);
  if (n > 0)
    return TRUE;

  /* The CBS list is data the team may correct later, so it lives in the
   * database, seeded once from the shipped file. */
  from_file = bw_neighbourhood_load_geojson (NULL, error);
  if (from_file == NULL)
    return FALSE;

  if (!bw_case_store_begin (self, error))
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (from_file); i++)
    {
      g_autoptr(BwNeighbourhood) nb = g_list_model_get_item (from_file, i);

      stmt = bw_db_prepare (conn (self),
                            "INSERT INTO neighbourhoods (code, name, wijk_code, wijk_name, heerlen_noord) "
                            "VALUES (?, ?, ?, ?, ?)", error);
      if (stmt == NULL)
        goto fail;
      bw_sqlite_bind_text (stmt, 1, bw_neighbourhood_get_code (nb));
      bw_sqlite_bind_text (stmt, 2, bw_neighbourhood_get_name (nb));
      bw_sqlite_bind_text (stmt, 3, bw_neighbourhood_get_wijk_code (nb));
      bw_sqlite_bind_text (stmt, 4, bw_neighbourhood_get_wijk_name (nb));
      bw_sqlite_bind_text (stmt, 5, bw_neighbourhood_get_heerlen_noord (nb));
      if (!bw_db_step_done (conn (self), stmt, error))
        goto fail;
    }
  return bw_case_store_commit (self, error);

fail:
  bw_case_store_rollback (self);
  return FALSE;
}

static gboolean
load_neighbourhoods (BwCaseStore  *self,
                     GError      **error)
{
  g_autoptr(GListStore) list = g_list_store_new (BW_TYPE_NEIGHBOURHOOD);
  sqlite3_stmt *stmt;
  int rc;

  stmt = bw_db_prepare (conn (self),
                        "SELECT code, name, wijk_code, wijk_name, heerlen_noord FROM neighbourhoods "
                        "ORDER BY name COLLATE NOCASE", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(BwNeighbourhood) nb =
        bw_neighbourhood_new (bw_sqlite_column_text (stmt, 0), bw_sqlite_column_text (stmt, 1),
                              bw_sqlite_column_text (stmt, 2), bw_sqlite_column_text (stmt, 3),
                              bw_sqlite_column_text (stmt, 4));
      g_list_store_append (list, nb);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return bw_db_set_error_from_handle (bw_db_get_handle (conn (self)), rc, error);

  g_set_object (&self->neighbourhoods, G_LIST_MODEL (list));
  return TRUE;
}

/* The case store's connection policy: an acknowledged save survives a power
 * cut (docs/sync-protocol.md, "Durability"); only the user may read the
 * file (special-category personal data). */
static const BwDbPolicy store_policy = {
  .flags = BW_DB_CREATE_PRIVATE | BW_DB_WAL,
  .busy_timeout_ms = 5000,
  /* Big enough for the FTS index pages a batch touches. */
  .cache_size = -32768,
};

/* The worker threads' reads (the case list). */
static const BwDbPolicy reader_policy = {
  .flags = BW_DB_READ_ONLY | BW_DB_ONE_THREAD,
  .busy_timeout_ms = 5000,
};

BwCaseStore *
bw_case_store_open (const char  *path,
                    const char  *author,
                    GError     **error)
{
  g_autoptr(BwCaseStore) self = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  self = g_object_new (BW_TYPE_CASE_STORE, NULL);
  self->path = g_strdup (path);
  self->author = g_strdup (author ? author : g_get_user_name ());

  self->main.conn = bw_db_open (path, &store_policy, error);
  if (self->main.conn == NULL)
    return NULL;
  self->write_pool = g_thread_pool_new (write_job_run, self, 1, FALSE, NULL);
  self->read_pool = g_thread_pool_new (read_job_run, self, 1, FALSE, NULL);

  if (!migrate (self, error) ||
      !seed_identity_and_neighbourhoods (self, error) ||
      !load_neighbourhoods (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

/* Writes off the main thread */

/* A job for the write or the read thread. */
typedef struct {
  gpointer func;                /* BwCaseStoreWriteFunc or BwCaseStoreReadFunc */
  gpointer data;
  GDestroyNotify destroy;
  /* A write's caller, called after the views heard of its changes. */
  GAsyncReadyCallback callback;
  gpointer user_data;
  /* Filled in on the write thread. */
  GHashTable *committed;
} Job;

static void
job_free (gpointer data)
{
  Job *job = data;

  if (job->destroy != NULL)
    job->destroy (job->data);
  g_clear_pointer (&job->committed, g_hash_table_unref);
  g_free (job);
}

static void
queue_job (BwCaseStore         *self,
           GThreadPool         *pool,
           gpointer             source_tag,
           gpointer             func,
           gpointer             data,
           GDestroyNotify       destroy,
           GCancellable        *cancellable,
           GAsyncReadyCallback  done,
           GAsyncReadyCallback  callback,
           gpointer             user_data)
{
  Job *job = g_new0 (Job, 1);
  GTask *task;

  job->func = func;
  job->data = data;
  job->destroy = destroy;
  job->callback = callback;
  job->user_data = user_data;
  task = done != NULL ? g_task_new (self, cancellable, done, NULL)
                      : g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, job, job_free);
  g_thread_pool_push (pool, task, NULL);
}

/* On the write thread, one job at a time, in the order they were queued. */
static void
write_job_run (gpointer data,
               gpointer user_data)
{
  GTask *task = data;
  BwCaseStore *self = user_data;
  Job *job = g_task_get_task_data (task);
  BwCaseStoreWriteFunc func = job->func;
  GError *error = NULL;
  gboolean ok;

  g_private_set (&in_job_thread, GINT_TO_POINTER (TRUE));
  g_private_set (&job_session, &self->writer);
  if (self->writer.conn == NULL)
    self->writer.conn = bw_db_open (self->path, &store_policy, &error);
  ok = self->writer.conn != NULL && bw_case_store_begin (self, &error);
  if (ok)
    {
      ok = func (self, job->data, &error);
      if (ok)
        ok = bw_case_store_commit (self, &error);
      else
        bw_case_store_rollback (self);
    }
  /* What was committed is announced even when a later step failed. */
  job->committed = g_steal_pointer (&self->writer.committed);
  self->writer.committed = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_private_set (&job_session, NULL);

  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
  g_object_unref (task);
}

/* Back on the thread that queued the job: first the views hear what
 * changed, then the caller gets the result. */
static void
write_job_done (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  BwCaseStore *self = BW_CASE_STORE (source);
  Job *job = g_task_get_task_data (G_TASK (result));

  announce (self, job->committed);
  if (job->callback != NULL)
    job->callback (source, result, job->user_data);
}

void
bw_case_store_write_async (BwCaseStore          *self,
                           BwCaseStoreWriteFunc  func,
                           gpointer              data,
                           GDestroyNotify        destroy,
                           GCancellable         *cancellable,
                           GAsyncReadyCallback   callback,
                           gpointer              user_data)
{
  g_return_if_fail (BW_IS_CASE_STORE (self));
  g_return_if_fail (func != NULL);

  queue_job (self, self->write_pool, bw_case_store_write_async, func, data, destroy, cancellable,
             write_job_done, callback, user_data);
}

gboolean
bw_case_store_write_finish (BwCaseStore   *self,
                            GAsyncResult  *result,
                            GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/* Reads off the main thread */

/* On the read thread, one job at a time, in order. */
static void
read_job_run (gpointer data,
              gpointer user_data)
{
  GTask *task = data;
  BwCaseStore *self = user_data;
  Job *job = g_task_get_task_data (task);
  BwCaseStoreReadFunc func = job->func;
  GError *error = NULL;
  gpointer result = NULL;

  g_private_set (&in_job_thread, GINT_TO_POINTER (TRUE));
  if (self->reader == NULL)
    self->reader = bw_db_open (self->path, &reader_policy, &error);
  if (self->reader != NULL)
    {
      self->reading.conn = self->reader;
      g_private_set (&job_session, &self->reading);
      result = func (self, job->data, &error);
      g_private_set (&job_session, NULL);
      self->reading.conn = NULL;
    }

  if (error != NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, result, NULL);
  g_object_unref (task);
}

void
bw_case_store_read_async (BwCaseStore         *self,
                          BwCaseStoreReadFunc  func,
                          gpointer             data,
                          GDestroyNotify       destroy,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_return_if_fail (BW_IS_CASE_STORE (self));
  g_return_if_fail (func != NULL);

  queue_job (self, self->read_pool, bw_case_store_read_async, func, data, destroy, cancellable,
             NULL, callback, user_data);
}

gpointer
bw_case_store_read_finish (BwCaseStore   *self,
                           GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

const char *
bw_case_store_get_path (BwCaseStore *self)
{
  g_return_val_if_fail (BW_IS_CASE_STORE (self), NULL);
  return self->path;
}

gboolean
bw_case_store_check_private (BwCaseStore  *self,
                             GError      **error)
{
  static const char * const suffixes[] = { "", "-wal", "-shm" };
  g_autofree char *dir = NULL;
  GStatBuf st;

  g_return_val_if_fail (BW_IS_CASE_STORE (self), FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *path = g_strconcat (self->path, suffixes[i], NULL);

      if (g_stat (path, &st) == 0 && (st.st_mode & (S_IRWXG | S_IRWXO)) != 0)
        {
          g_set_error (error, BW_STORE_ERROR, BW_STORE_ERROR_NOT_PRIVATE,
                       _("Other users of this computer can read the case database %s (permissions %03o). "
                         "Make it private with “chmod 600 %s”, and keep Buurtwerk on a disk with full-disk encryption."),
                       path, (guint) (st.st_mode & 0777), path);
          return FALSE;
        }
    }
  dir = g_path_get_dirname (self->path);
  if (g_stat (dir, &st) == 0 && (st.st_mode & S_ISVTX) == 0 &&
      (st.st_mode & (S_IRGRP | S_IXGRP | S_IROTH | S_IXOTH)) != 0)
    {
      g_set_error (error, BW_STORE_ERROR, BW_STORE_ERROR_NOT_PRIVATE,
                   _("Other users of this computer can open the folder %s that holds the case database (permissions %03o). "
                     "Make it private with “chmod 700 %s”, and keep Buurtwerk on a disk with full-disk encryption."),
                   dir, (guint) (st.st_mode & 0777), dir);
      return FALSE;
    }
  return TRUE;
}

const char *
bw_case_store_get_author (BwCaseStore *self)
{
  g_return_val_if_fail (BW_IS_CASE_STORE (self), NULL);
  return self->author;
}

void
bw_case_store_set_author (BwCaseStore *self,
                          const char  *author)
{
  g_return_if_fail (BW_IS_CASE_STORE (self));
  g_return_if_fail (author != NULL);

  g_free (self->author);
  self->author = g_strdup (author);
}

int
bw_case_store_get_schema_version (BwCaseStore *self)
{
  g_return_val_if_fail (BW_IS_CASE_STORE (self), 0);
  return self->schema_version;
}

char *
bw_case_store_get_meta (BwCaseStore *self,
                        const char  *key)
{
  g_return_val_if_fail (BW_IS_CASE_STORE (self), NULL);
  return bw_db_get_meta (conn (self), key);
}

gboolean
bw_case_store_set_meta (BwCaseStore  *self,
                        const char   *key,
                        const char   *value,
                        GError      **error)
{
  g_return_val_if_fail (BW_IS_CASE_STORE (self), FALSE);
  return bw_db_set_meta (conn (self), key, value, error);
}

/* Neighbourhoods */

GListModel *
bw_case_store_get_neighbourhoods (BwCaseStore *self)
{
  g_return_val_if_fail (BW_IS_CASE_STORE (self), NULL);
  return self->neighbourhoods;
}

BwNeighbourhood *
bw_case_store_find_neighbourhood (BwCaseStore *self,
                                  const char  *code)
{
  guint n;

  g_return_val_if_fail (BW_IS_CASE_STORE (self), NULL);

  if (code == NULL)
    return NULL;
  n = g_list_model_get_n_items (self->neighbourhoods);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BwNeighbourhood) nb = g_list_model_get_item (self->neighbourhoods, i);
      if (g_str_equal (bw_neighbourhood_get_code (nb), code))
        return nb;
    }
  return NULL;
}

/* Cases */

gint64
bw_case_store_count_cases (BwCaseStore *self)
{
  sqlite3_stmt *stmt = bw_db_prepare (conn (self), "SELECT count (*) FROM cases WHERE deleted = 0", NULL);
  gint64 n = 0;

  if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  if (stmt != NULL)
    sqlite3_reset (stmt);
  return n;
}

static BwCase *
case_from_row (sqlite3_stmt *stmt)
{
  BwCase *c = bw_case_new ();

  bw_record_sql_read_bookkeeping (BW_RECORD (c), stmt);
  bw_case_set_last_contact (c, bw_sqlite_column_text (stmt, BW_RECORD_SQL_N_BOOKKEEPING));
  bw_record_sql_read_fields (BW_RECORD (c), stmt, BW_RECORD_SQL_N_BOOKKEEPING + 1);
  return c;
}

BwCase *
bw_case_store_get_case (BwCaseStore  *self,
                        gint64        id,
                        GError      **error)
{
  sqlite3_stmt *stmt;
  BwCase *c = NULL;
  int rc;

  g_return_val_if_fail (BW_IS_CASE_STORE (self), NULL);

  stmt = bw_db_prepare (conn (self), case_select_sql (), error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    c = case_from_row (stmt);
  else if (rc == SQLITE_DONE)
    g_set_error (error, BW_STORE_ERROR, BW_STORE_ERROR_NOT_FOUND,
                 _("This case does not exist (any more)"));
  else
    bw_db_set_error_from_handle (bw_db_get_handle (conn (self)), rc, error);
  sqlite3_reset (stmt);
  return c;
}

gint64
bw_case_store_find_case_id (BwCaseStore *self,
                            const char  *uuid)
{
  sqlite3_stmt *stmt = bw_db_prepare (conn (self), "SELECT id FROM cases WHERE uuid = ? AND deleted = 0", NULL);
  gint64 id = 0;

  if (stmt == NULL)
    return 0;
  bw_sqlite_bind_text (stmt, 1, uuid);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return id;
}

/* What is saved is what the server accepts: line ends as "\n", no other
 * control characters (bw_text_normalise()). */
static void
normalise_case_texts (BwCase *record)
{
  static const struct {
    const char *(*get) (BwCase *);
    void (*set) (BwCase *, const char *);
  } texts[] = {
    { bw_case_get_name, bw_case_set_name },
    { bw_case_get_address, bw_case_set_address },
    { bw_case_get_phone, bw_case_set_phone },
    { bw_case_get_email, bw_case_set_email },
    { bw_case_get_household_note, bw_case_set_household_note },
    { bw_case_get_outcome_note, bw_case_set_outcome_note },
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      const char *text = texts[i].get (record);
      g_autofree char *clean = bw_text_normalise (text);

      if (g_strcmp0 (text, clean) != 0)
        texts[i].set (record, clean);
    }
}

static gboolean
validate_for_store (BwCaseStore  *self,
                    BwCase       *record,
                    GError      **error)
{
  normalise_case_texts (record);
  if (!bw_validate_case (record, error))
    return FALSE;
  if (bw_case_store_find_neighbourhood (self, bw_case_get_buurt_code (record)) == NULL)
    {
      g_set_error (error, BW_VALIDATION_ERROR, BW_VALIDATION_ERROR_NEIGHBOURHOOD,
                   _("“%s” is not a neighbourhood of Heerlen; choose one from the list"),
                   bw_case_get_buurt_code (record));
      return FALSE;
    }
  return TRUE;
}

static gint64
insert_track_change (BwCaseStore  *self,
                     const char   *case_uuid,
                     const char   *date,
                     BwTrack       track,
                     const char   *note,
                     GError      **error)
{
  g_autoptr(BwTrackChange) change = g_object_new (BW_TYPE_TRACK_CHANGE, NULL);

  bw_record_set_text (BW_RECORD (change), "date", date);
  bw_record_set_enum (BW_RECORD (change), "track", track);
  bw_record_set_text (BW_RECORD (change), "author", self->author);
  bw_record_set_text (BW_RECORD (change), "note", note);
  return bw_case_store_insert_child (self, BW_RECORD (change), case_uuid, error);
}

gboolean
bw_case_store_insert_case (BwCaseStore  *self,
                           BwCase       *record,
                           GError      **error)
{
  g_autofree char *now = bw_date_now_utc ();
  g_autofree char *uuid = NULL;
  g_autofree char *today = bw_date_today ();
  sqlite3_stmt *stmt;
  gint64 id;

  g_return_val_if_fail (BW_IS_CASE_STORE (self), FALSE);
  g_return_val_if_fail (BW_IS_CASE (record), FALSE);

  if (!validate_for_store (self, record, error))
    return FALSE;

  uuid = g_strdup (bw_case_get_uuid (record));
  if (uuid == NULL)
    uuid = g_uuid_string_random ();
  if (bw_case_get_opened_on (record) == NULL)
    bw_case_set_opened_on (record, today);
  if (bw_case_get_status (record) == BW_CASE_STATUS_CLOSED && bw_case_get_closed_on (record) == NULL)
    bw_case_set_closed_on (record, today);

  if (!bw_case_store_begin (self, error))
    return FALSE;

  stmt = bw_db_prepare (conn (self), bw_record_sql_insert (BW_RECORD_TYPE_CASE), error);
  if (stmt == NULL)
    goto fail;
  bw_sqlite_bind_text (stmt, 1, uuid);
  bw_sqlite_bind_text (stmt, 2, now);
  bw_sqlite_bind_text (stmt, 3, self->author);
  bw_record_sql_bind_fields (BW_RECORD (record), stmt);
  if (!bw_db_step_done (conn (self), stmt, error))
    goto fail;
  id = sqlite3_last_insert_rowid (bw_db_get_handle (conn (self)));

  if (bw_case_get_track (record) != BW_TRACK_NONE &&
      insert_track_change (self, uuid, bw_case_get_opened_on (record),
                           bw_case_get_track (record), NULL, error) == 0)
    goto fail;

  bw_case_store_note_change (self, id);
  if (!bw_case_store_commit (self, error))
    return FALSE;

  bw_case_set_id (record, id);
  bw_case_set_uuid (record, uuid);
  bw_case_set_revision (record, 1);
  bw_case_set_created_at (record, now);
  bw_case_set_created_by (record, self->author);
  bw_case_set_updated_at (record, now);
  bw_case_set_updated_by (record, self->author);
  return TRUE;

fail:
  bw_case_store_rollback (self);
  return FALSE;
}

gboolean
bw_case_store_update_case (BwCaseStore  *self,
                           BwCase       *record,
                           const char   *track_note,
                           GError      **error)
{
  g_autofree char *now = bw_date_now_utc ();
  g_autofree char *today = bw_date_today ();
  g_autoptr(BwCase) stored = NULL;
  sqlite3_stmt *stmt;
  gint64 id = bw_case_get_id (record);

  g_return_val_if_fail (BW_IS_CASE_STORE (self), FALSE);
  g_return_val_if_fail (BW_IS_CASE (record), FALSE);

  if (!validate_for_store (self, record, error))
    return FALSE;

  if (!bw_case_store_begin (self, error))
    return FALSE;

  stored = bw_case_store_get_case (self, id, error);
  if (stored == NULL)
    goto fail;
  if (bw_case_get_revision (stored) != bw_case_get_revision (record))
    {
      g_set_error (error, BW_STORE_ERROR, BW_STORE_ERROR_CONFLICT,
                   _("This case was changed elsewhere in the meantime; your changes were kept on screen. Reload the case to see the latest version."));
      goto fail;
    }

  if (bw_case_get_status (record) == BW_CASE_STATUS_CLOSED)
    {
      if (bw_case_get_closed_on (record) == NULL)
        bw_case_set_closed_on (record, today);
    }
  else
    {
      /* Reopened: the old outcome no longer describes the case. */
      bw_case_set_closed_on (record, NULL);
      bw_case_set_outcome (record, BW_OUTCOME_NONE);
      bw_case_set_outcome_note (record, NULL);
    }

  stmt = bw_db_prepare (conn (self), bw_record_sql_update (BW_RECORD_TYPE_CASE), error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, id);
  bw_sqlite_bind_text (stmt, 2, now);
  bw_sqlite_bind_text (stmt, 3, self->author);
  sqlite3_bind_int64 (stmt, 4, bw_case_get_revision (record));
  bw_record_sql_bind_fields (BW_RECORD (record), stmt);
  if (!bw_db_step_done (conn (self), stmt, error))
    goto fail;

  if (bw_case_get_track (stored) != bw_case_get_track (record) &&
      insert_track_change (self, bw_case_get_uuid (record), today, bw_case_get_track (record), track_note, error) == 0)
    goto fail;

  bw_case_store_note_change (self, id);
  if (!bw_case_store_commit (self, error))
    return FALSE;

  bw_case_set_revision (record, bw_case_get_revision (record) + 1);
  bw_case_set_updated_at (record, now);
  bw_case_set_updated_by (record, self->author);
  return TRUE;

fail:
  bw_case_store_rollback (self);
  return FALSE;
}

/* Searching */

void
bw_case_query_init (BwCaseQuery *query)
{
  memset (query, 0, sizeof *query);
  query->status = -1;
  query->track = -1;
  query->has_debts = -1;
}

void
bw_case_query_clear (BwCaseQuery *query)
{
  g_clear_pointer (&query->text, g_free);
  g_clear_pointer (&query->buurt_code, g_free);
}

void
bw_case_query_copy (const BwCaseQuery *src,
                    BwCaseQuery       *dest)
{
  *dest = *src;
  dest->text = g_strdup (src->text);
  dest->buurt_code = g_strdup (src->buurt_code);
}

/* Turns what a person typed into an FTS5 query: every word must match as a
 * prefix, and nothing typed is read as FTS syntax. */
static char *
build_match_expression (const char *text)
{
  g_autoptr(GString) match = g_string_new (NULL);
  g_auto(GStrv) words = NULL;

  if (text == NULL)
    return NULL;
  words = g_strsplit_set (text, " \t\n,;:", -1);
  for (guint i = 0; words[i]; i++)
    {
      g_autofree char *word = g_strstrip (g_strdup (words[i]));
      g_autoptr(GString) quoted = NULL;

      if (*word == '\0')
        continue;
      quoted = g_string_new (word);
      g_string_replace (quoted, "\"", "\"\"", 0);
      if (match->len > 0)
        g_string_append_c (match, ' ');
      g_string_append_printf (match, "\"%s\"*", quoted->str);
    }
  return match->len > 0 ? g_strdup (match->str) : NULL;
}

static GArray *
run_query_ids (sqlite3            *db,
               sqlite3_stmt       *stmt,
               const BwCaseQuery  *query,
               GCancellable       *cancellable,
               GError            **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *match = build_match_expression (query->text);
  int rc;

  if (query->status >= 0)
    bw_sqlite_bind_text (stmt, 1, bw_case_status_to_key (query->status));
  bw_sqlite_bind_text (stmt, 2, query->buurt_code);
  if (query->track >= 0)
    bw_sqlite_bind_text (stmt, 3, bw_track_to_key (query->track));
  if (query->has_debts >= 0)
    sqlite3_bind_int (stmt, 4, query->has_debts ? 1 : 0);
  bw_sqlite_bind_text (stmt, 5, match);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
      if ((ids->len & 0xfff) == 0 && g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          sqlite3_reset (stmt);
          return NULL;
        }
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      bw_db_set_error_from_handle (db, rc, error);
      return NULL;
    }
  return g_steal_pointer (&ids);
}

GArray *
bw_case_store_query_ids (BwCaseStore        *self,
                         const BwCaseQuery  *query,
                         GError            **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (BW_IS_CASE_STORE (self), NULL);

  stmt = bw_db_prepare (conn (self), QUERY_IDS_SQL, error);
  if (stmt == NULL)
    return NULL;
  return run_query_ids (bw_db_get_handle (conn (self)), stmt, query, NULL, error);
}

/* Sub-records of a case */

char *
bw_case_store_dup_live_case_uuid (BwCaseStore  *self,
                gint64        case_id,
                GError      **error)
{
  g_autoptr(BwDbStatement) stmt = bw_db_prepare (conn (self), "SELECT uuid FROM cases WHERE id = ? AND deleted = 0",
                                                 error);
  char *uuid = NULL;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, case_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    uuid = g_strdup (bw_sqlite_column_text (stmt, 0));
  if (uuid == NULL)
    g_set_error (error, BW_STORE_ERROR, BW_STORE_ERROR_NOT_FOUND,
                 _("This case does not exist (any more)"));
  return uuid;
}

gint64
bw_case_store_insert_child (BwCaseStore  *self,
                            BwRecord     *record,
                            const char   *case_uuid,
                            GError      **error)
{
  g_autofree char *uuid = g_uuid_string_random ();
  g_autofree char *now = bw_date_now_utc ();
  g_autoptr(BwDbStatement) stmt = NULL;
  gint64 id;

  stmt = bw_db_prepare (conn (self), bw_record_sql_insert (bw_record_get_record_type (record)), error);
  if (stmt == NULL)
    return 0;
  bw_sqlite_bind_text (stmt, 1, uuid);
  bw_sqlite_bind_text (stmt, 2, now);
  bw_sqlite_bind_text (stmt, 3, self->author);
  bw_sqlite_bind_text (stmt, 4, case_uuid);
  bw_record_sql_bind_fields (record, stmt);
  if (!bw_db_step_done (conn (self), stmt, error))
    return 0;
  id = sqlite3_last_insert_rowid (bw_db_get_handle (conn (self)));
  bw_record_set_id (record, id);
  bw_record_set_uuid (record, uuid);
  bw_record_set_revision (record, 1);
  bw_record_set_created_at (record, now);
  bw_record_set_created_by (record, self->author);
  bw_record_set_updated_at (record, now);
  bw_record_set_updated_by (record, self->author);
  return id;
}

/* Adds @record under the live case @case_id in one transaction. */
static gint64
add_child (BwCaseStore  *self,
           gint64        case_id,
           BwRecord     *record,
           GError      **error)
{
  g_autofree char *case_uuid = NULL;
  gint64 id;

  if (!bw_case_store_begin (self, error))
    return 0;
  case_uuid = bw_case_store_dup_live_case_uuid (self, case_id, error);
  id = case_uuid != NULL ? bw_case_store_insert_child (self, record, case_uuid, error) : 0;
  if (id == 0)
    {
      bw_case_store_rollback (self);
      return 0;
    }
  bw_case_store_note_change (self, case_id);
  if (!bw_case_store_commit (self, error))
    return 0;
  return id;
}

/* The live records of @type under case @case_id in @order: a row is the
 * bookkeeping and the fields in table order (child_from_row() reads it).
 * Interned, so the text is built once per list. */
static const char *
child_rows_sql (BwRecordType  type,
                const char   *order)
{
  g_autofree char *sql = g_strdup_printf ("SELECT " BW_RECORD_SQL_BOOKKEEPING ", %s FROM %s r"
                                          " WHERE r.case_id = ? AND r.deleted = 0 ORDER BY %s",
                                          bw_record_sql_columns (type), bw_record_spec (type)->table,
                                          order);

  return g_intern_string (sql);
}

static GListModel *
list_children (BwCaseStore  *self,
               BwRecordType  type,
               GType         gtype,
               gint64        case_id,
               const char   *order)
{
  GListStore *list = g_list_store_new (gtype);
  sqlite3_stmt *stmt = bw_db_prepare (conn (self), child_rows_sql (type, order), NULL);

  if (stmt == NULL)
    return G_LIST_MODEL (list);
  sqlite3_bind_int64 (stmt, 1, case_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autoptr(BwRecord) record = g_object_new (gtype, NULL);

      bw_record_sql_read_bookkeeping (record, stmt);
      bw_record_sql_read_fields (record, stmt, BW_RECORD_SQL_N_BOOKKEEPING);
      g_list_store_append (list, record);
    }
  sqlite3_reset (stmt);
  return G_LIST_MODEL (list);
}

GListModel *
bw_case_store_list_journal (BwCaseStore *self,
                            gint64       case_id)
{
  return list_children (self, BW_RECORD_TYPE_JOURNAL, BW_TYPE_JOURNAL_ENTRY, case_id,
                        "r.date DESC, r.id DESC");
}

gint64
bw_case_store_add_journal (BwCaseStore  *self,
                           gint64        case_id,
                           const char   *date,
                           const char   *text,
                           GError      **error)
{
  g_autofree char *iso = NULL;
  g_autofree char *clean = NULL;
  g_autoptr(BwJournalEntry) entry = NULL;

  g_return_val_if_fail (BW_IS_CASE_STORE (self), 0);

  if (!bw_validate_required_text (text, BW_VALIDATION_ERROR_TEXT,
                                  _("Write what was discussed before adding the note"), error))
    return 0;
  clean = bw_text_normalise (text);
  if (!bw_validate_text_length ("journal", "text", clean, BW_VALIDATION_ERROR_TEXT, error))
    return 0;
  text = clean;
  iso = date ? bw_validate_date (date, BW_VALIDATION_ERROR_DATE, error) : bw_date_today ();
  if (iso == NULL)
    return 0;

  entry = g_object_new (BW_TYPE_JOURNAL_ENTRY, NULL);
  bw_record_set_text (BW_RECORD (entry), "date", iso);
  bw_record_set_text (BW_RECORD (entry), "author", self->author);
  bw_record_set_text (BW_RECORD (entry), "text", text);
  return add_child (self, case_id, BW_RECORD (entry), error);
}

GListModel *
bw_case_store_list_actions (BwCaseStore *self,
                            gint64       case_id)
{
  return list_children (self, BW_RECORD_TYPE_ACTION, BW_TYPE_CASE_ACTION, case_id,
                        "r.done, r.due_date IS NULL, r.due_date, r.id");
}

gint64
bw_case_store_add_action (BwCaseStore  *self,
                          gint64        case_id,
                          const char   *what,
                          const char   *owner,
                          const char   *due_date,
                          GError      **error)
{
  g_autofree char *iso = NULL;
  g_autoptr(BwCaseAction) action = NULL;

  g_return_val_if_fail (BW_IS_CASE_STORE (self), 0);

  if (!bw_validate_required_text (what, BW_VALIDATION_ERROR_TEXT,
                                  _("Describe the action"), error))
    return 0;
  if (due_date != NULL && *due_date != '\0')
    {
      iso = bw_validate_date (due_date, BW_VALIDATION_ERROR_DATE, error);
      if (iso == NULL)
        return 0;
    }

  action = g_object_new (BW_TYPE_CASE_ACTION, NULL);
  bw_record_set_text (BW_RECORD (action), "what", what);
  bw_record_set_text (BW_RECORD (action), "owner", owner && *owner ? owner : NULL);
  bw_record_set_text (BW_RECORD (action), "due_date", iso);
  return add_child (self, case_id, BW_RECORD (action), error);
}

gboolean
bw_case_store_change_child (BwCaseStore          *self,
                            const BwChildChange  *change,
                            gint64                id,
                            gconstpointer         data,
                            GError              **error)
{
  g_autofree char *find_sql = g_strdup_printf ("SELECT case_id%s%s FROM %s WHERE id = ?1 AND deleted = 0",
                                               change->extra ? ", " : "", change->extra ? change->extra : "",
                                               change->table);
  g_autofree char *update_sql = g_strdup_printf ("UPDATE %s SET %s, revision = revision + 1,"
                                                 " updated_at = ?2, updated_by = ?3 WHERE id = ?1%s%s%s",
                                                 change->table, change->assign,
                                                 change->unchanged_if ? " AND NOT (" : "",
                                                 change->unchanged_if ? change->unchanged_if : "",
                                                 change->unchanged_if ? ")" : "");
  g_autofree char *now = bw_date_now_utc ();
  g_autoptr(BwDbStatement) find = NULL;
  g_autoptr(BwDbStatement) update = NULL;
  gint64 case_id = 0;

  g_return_val_if_fail (BW_IS_CASE_STORE (self), FALSE);

  if (!bw_case_store_begin (self, error))
    return FALSE;
  find = bw_db_prepare (conn (self), find_sql, error);
  if (find == NULL)
    goto fail;
  sqlite3_bind_int64 (find, 1, id);
  if (sqlite3_step (find) == SQLITE_ROW)
    {
      case_id = sqlite3_column_int64 (find, 0);
      if (change->check != NULL && !change->check (find, error))
        goto fail;
    }
  g_clear_pointer (&find, bw_db_statement_release);
  if (case_id == 0)
    {
      g_set_error_literal (error, BW_STORE_ERROR, BW_STORE_ERROR_NOT_FOUND, change->not_found);
      goto fail;
    }

  update = bw_db_prepare (conn (self), update_sql, error);
  if (update == NULL)
    goto fail;
  sqlite3_bind_int64 (update, 1, id);
  bw_sqlite_bind_text (update, 2, now);
  bw_sqlite_bind_text (update, 3, self->author);
  if (change->bind != NULL)
    change->bind (update, data);
  if (!bw_db_step_done (conn (self), update, error))
    goto fail;
  bw_case_store_note_change (self, case_id);
  return bw_case_store_commit (self, error);

fail:
  bw_case_store_rollback (self);
  return FALSE;
}

void
bw_case_store_bind_flag (sqlite3_stmt  *stmt,
                         gconstpointer  data)
{
  sqlite3_bind_int (stmt, 4, GPOINTER_TO_INT (data) ? 1 : 0);
}

gboolean
bw_case_store_set_action_done (BwCaseStore  *self,
                               gint64        action_id,
                               gboolean      done,
                               GError      **error)
{
  const BwChildChange change = {
    .table = "actions", .assign = "done = ?4", .bind = bw_case_store_bind_flag,
    .not_found = _("This action does not exist (any more)"),
  };

  return bw_case_store_change_child (self, &change, action_id, GINT_TO_POINTER (done), error);
}

gboolean
bw_case_store_remove_involvement (BwCaseStore  *self,
                                  gint64        involvement_id,
                                  GError      **error)
{
  /* A soft delete, so that sync can tell the other desktops. */
  const BwChildChange change = {
    .table = "involvements", .assign = "deleted = 1",
    .not_found = _("This organisation is no longer involved"),
  };

  return bw_case_store_change_child (self, &change, involvement_id, NULL, error);
}

GListModel *
bw_case_store_list_assessments (BwCaseStore *self,
                                gint64       case_id)
{
  return list_children (self, BW_RECORD_TYPE_ASSESSMENT, BW_TYPE_ASSESSMENT, case_id,
                        "r.date, r.id");
}

gint64
bw_case_store_add_assessment (BwCaseStore  *self,
                              gint64        case_id,
                              const char   *date,
                              const int     scores[BW_DOMAIN_N],
                              GError      **error)
{
  g_autofree char *iso = NULL;
  g_autoptr(BwAssessment) assessment = NULL;

  g_return_val_if_fail (BW_IS_CASE_STORE (self), 0);

  for (int d = 0; d < BW_DOMAIN_N; d++)
    if (!bw_validate_score (scores[d], error))
      {
        g_prefix_error (error, "%s: ", bw_domain_label (d));
        return 0;
      }
  iso = date ? bw_validate_date (date, BW_VALIDATION_ERROR_DATE, error) : bw_date_today ();
  if (iso == NULL)
    return 0;

  assessment = g_object_new (BW_TYPE_ASSESSMENT, NULL);
  bw_record_set_text (BW_RECORD (assessment), "date", iso);
  bw_record_set_text (BW_RECORD (assessment), "author", self->author);
  for (int d = 0; d < BW_DOMAIN_N; d++)
    bw_record_set_int (BW_RECORD (assessment), bw_domain_to_key (d), scores[d]);
  return add_child (self, case_id, BW_RECORD (assessment), error);
}

GListModel *
bw_case_store_list_track_history (BwCaseStore *self,
                                  gint64       case_id)
{
  return list_children (self, BW_RECORD_TYPE_TRACK_CHANGE, BW_TYPE_TRACK_CHANGE, case_id,
                        "r.date, r.id");
}

GListModel *
bw_case_store_list_involvements (BwCaseStore *self,
                                 gint64       case_id)
{
  return list_children (self, BW_RECORD_TYPE_INVOLVEMENT, BW_TYPE_INVOLVEMENT, case_id,
                        "r.organisation COLLATE NOCASE");
}

gint64
bw_case_store_add_involvement (BwCaseStore  *self,
                               gint64        case_id,
                               const char   *organisation,
                               const char   *contact,
                               const char   *role,
                               GError      **error)
{
  g_autoptr(BwInvolvement) involvement = NULL;

  g_return_val_if_fail (BW_IS_CASE_STORE (self), 0);

  if (!bw_validate_required_text (organisation, BW_VALIDATION_ERROR_ORGANISATION,
                                  _("Enter the organisation’s name"), error))
    return 0;

  involvement = g_object_new (BW_TYPE_INVOLVEMENT, NULL);
  bw_record_set_text (BW_RECORD (involvement), "organisation", organisation);
  bw_record_set_text (BW_RECORD (involvement), "contact", contact && *contact ? contact : NULL);
  bw_record_set_text (BW_RECORD (involvement), "role", role && *role ? role : NULL);
  return add_child (self, case_id, BW_RECORD (involvement), error);
}

/* Places */

/* The area a place may be in: Heerlen with a margin of about a kilometre
 * around its neighbourhoods. */
#define HEERLEN_MIN_LAT 50.80
#define HEERLEN_MAX_LAT 50.95
#define HEERLEN_MIN_LON 5.88
#define HEERLEN_MAX_LON 6.05

static gboolean
validate_place (BwCaseStore  *self,
                BwPlace      *place,
                GError      **error)
{
  double lat = bw_place_get_latitude (place);
  double lon = bw_place_get_longitude (place);

  if (!bw_validate_required_text (bw_place_get_name (place), BW_VALIDATION_ERROR_NAME,
                                  _("Enter the name of the place"), error))
    return FALSE;
  if (bw_case_store_find_neighbourhood (self, bw_place_get_buurt_code (place)) == NULL)
    {
      g_set_error (error, BW_VALIDATION_ERROR, BW_VALIDATION_ERROR_NEIGHBOURHOOD,
                   _("“%s” is not a neighbourhood of Heerlen; choose one from the list"),
                   bw_place_get_buurt_code (place) ? bw_place_get_buurt_code (place) : "");
      return FALSE;
    }
  if (!(lat >= HEERLEN_MIN_LAT && lat <= HEERLEN_MAX_LAT &&
        lon >= HEERLEN_MIN_LON && lon <= HEERLEN_MAX_LON))
    {
      /* The location comes from a click on the map, next to the buurt. */
      g_set_error (error, BW_VALIDATION_ERROR, BW_VALIDATION_ERROR_NEIGHBOURHOOD,
                   _("The place lies outside Heerlen; choose a location on the map of Heerlen"));
      return FALSE;
    }
  return TRUE;
}

static void
bind_place_content (sqlite3_stmt *stmt,
                    BwPlace      *place)
{
  const char *address = bw_place_get_address (place);

  bw_sqlite_bind_text (stmt, 10, bw_place_get_name (place));
  bw_sqlite_bind_text (stmt, 11, address && *address ? address : NULL);
  bw_sqlite_bind_text (stmt, 12, bw_place_get_buurt_code (place));
  bw_sqlite_bind_text (stmt, 13, bw_place_kind_to_key (bw_place_get_kind (place)));
  sqlite3_bind_double (stmt, 14, bw_place_get_latitude (place));
  sqlite3_bind_double (stmt, 15, bw_place_get_longitude (place));
}

GListModel *
bw_case_store_list_places (BwCaseStore *self)
{
  GListStore *list = g_list_store_new (BW_TYPE_PLACE);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (BW_IS_CASE_STORE (self), NULL);

  stmt = bw_db_prepare (conn (self),
                        "SELECT id, uuid, revision, name, address, buurt_code, kind, lat, lon FROM places"
                        " WHERE deleted = 0 ORDER BY name COLLATE NOCASE, id", NULL);
  if (stmt == NULL)
    return G_LIST_MODEL (list);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autoptr(BwPlace) place = bw_place_new ();

      bw_place_set_id (place, sqlite3_column_int64 (stmt, 0));
      bw_place_set_uuid (place, bw_sqlite_column_text (stmt, 1));
      bw_place_set_revision (place, sqlite3_column_int64 (stmt, 2));
      bw_place_set_name (place, bw_sqlite_column_text (stmt, 3));
      bw_place_set_address (place, bw_sqlite_column_text (stmt, 4));
      bw_place_set_buurt_code (place, bw_sqlite_column_text (stmt, 5));
      bw_place_set_kind (place, bw_place_kind_from_key (bw_sqlite_column_text (stmt, 6)));
      bw_place_set_location (place, sqlite3_column_double (stmt, 7), sqlite3_column_double (stmt, 8));
      g_list_store_append (list, place);
    }
  sqlite3_reset (stmt);
  return G_LIST_MODEL (list);
}

gboolean
bw_case_store_insert_place (BwCaseStore  *self,
                            BwPlace      *place,
                            GError      **error)
{
  g_autofree char *now = bw_date_now_utc ();
  g_autofree char *uuid = NULL;
  sqlite3_stmt *stmt;
  gint64 id;

  g_return_val_if_fail (BW_IS_CASE_STORE (self), FALSE);
  g_return_val_if_fail (BW_IS_PLACE (place), FALSE);

  if (!validate_place (self, place, error))
    return FALSE;

  uuid = g_strdup (bw_place_get_uuid (place));
  if (uuid == NULL)
    uuid = g_uuid_string_random ();

  if (!bw_case_store_begin (self, error))
    return FALSE;
  stmt = bw_db_prepare (conn (self),
                        "INSERT INTO places (uuid, revision, created_at, created_by, updated_at, updated_by,"
                        " name, address, buurt_code, kind, lat, lon)"
                        " VALUES (?1, 1, ?2, ?3, ?2, ?3, ?10, ?11, ?12, ?13, ?14, ?15)",
                        error);
  if (stmt == NULL)
    goto fail;
  bw_sqlite_bind_text (stmt, 1, uuid);
  bw_sqlite_bind_text (stmt, 2, now);
  bw_sqlite_bind_text (stmt, 3, self->author);
  bind_place_content (stmt, place);
  if (!bw_db_step_done (conn (self), stmt, error))
    goto fail;
  id = sqlite3_last_insert_rowid (bw_db_get_handle (conn (self)));
  if (!bw_case_store_commit (self, error))
    return FALSE;

  bw_place_set_id (place, id);
  bw_place_set_uuid (place, uuid);
  bw_place_set_revision (place, 1);
  return TRUE;

fail:
  bw_case_store_rollback (self);
  return FALSE;
}

gboolean
bw_case_store_update_place (BwCaseStore  *self,
                            BwPlace      *place,
                            GError      **error)
{
  g_autofree char *now = bw_date_now_utc ();
  sqlite3_stmt *stmt;

  g_return_val_if_fail (BW_IS_CASE_STORE (self), FALSE);
  g_return_val_if_fail (BW_IS_PLACE (place), FALSE);

  if (!validate_place (self, place, error))
    return FALSE;

  if (!bw_case_store_begin (self, error))
    return FALSE;
  stmt = bw_db_prepare (conn (self),
                        "UPDATE places SET revision = revision + 1, updated_at = ?2, updated_by = ?3,"
                        " name = ?10, address = ?11, buurt_code = ?12, kind = ?13, lat = ?14, lon = ?15"
                        " WHERE id = ?1 AND revision = ?4 AND deleted = 0",
                        error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, bw_place_get_id (place));
  bw_sqlite_bind_text (stmt, 2, now);
  bw_sqlite_bind_text (stmt, 3, self->author);
  sqlite3_bind_int64 (stmt, 4, bw_place_get_revision (place));
  bind_place_content (stmt, place);
  if (!bw_db_step_done (conn (self), stmt, error))
    goto fail;
  if (sqlite3_changes (bw_db_get_handle (conn (self))) != 1)
    {
      g_set_error (error, BW_STORE_ERROR, BW_STORE_ERROR_CONFLICT,
                   _("This place was changed or removed elsewhere in the meantime; reload the map to see the latest version"));
      goto fail;
    }
  if (!bw_case_store_commit (self, error))
    return FALSE;

  bw_place_set_revision (place, bw_place_get_revision (place) + 1);
  return TRUE;

fail:
  bw_case_store_rollback (self);
  return FALSE;
}
