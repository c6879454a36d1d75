/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-store"
#include "config.h"

/* The case store's schema: each step of the migrations, in order. */

#include "bw-case-store-private.h"
#include "bw-retention.h"

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

/* The names of a case's live household members, for its search index. */
#define BW_HOUSEHOLD_FTS_TEXT(case_id)                                       \
  "coalesce ((SELECT group_concat (name, ' ') FROM household_members m"     \
  " WHERE m.case_id = " case_id " AND m.deleted = 0), '')"

#define SCORE_COLUMN(name) "  " name " INTEGER NOT NULL CHECK (" name " BETWEEN 1 AND 5),\n"
/* A ZRM domain: its score (0: not scored), note and goal. */
#define ZRM_COLUMNS(name)                                                     \
  "  " name " INTEGER NOT NULL DEFAULT 0 CHECK (" name " BETWEEN 0 AND 5),\n" \
  "  " name "_note TEXT,\n"                                                  \
  "  " name "_goal TEXT,\n"
#define OLD_SCORE_COLUMN(name) "  " name " INTEGER NOT NULL DEFAULT 0 CHECK (" name " BETWEEN 0 AND 5),\n"

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

  /* The search index takes what the sync engine applies once per
   * transaction, not per record: every statement that wrote into FTS5
   * through a trigger made it write its index out (its savepoint method
   * flushes), about 25 page writes a record. While the engine applies,
   * the triggers note the case; bw_case_store_index_pending() indexes
   * the noted cases before the engine commits. */
  "CREATE TABLE fts_pending (case_id INTEGER PRIMARY KEY);\n"
  "DROP TRIGGER cases_fts_insert;\n"
  "DROP TRIGGER cases_fts_update;\n"
  "DROP TRIGGER journal_fts_insert;\n"
  "DROP TRIGGER journal_fts_update;\n"
  "CREATE TRIGGER cases_fts_insert AFTER INSERT ON cases\n"
  "  WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'applying') BEGIN\n"
  "  INSERT INTO case_fts (rowid, name, address, notes)\n"
  "    VALUES (new.id, new.name, coalesce (new.address, ''), '');\n"
  "END;\n"
  "CREATE TRIGGER cases_fts_update AFTER UPDATE OF name, address ON cases\n"
  "  WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'applying') BEGIN\n"
  "  UPDATE case_fts SET name = new.name, address = coalesce (new.address, '')\n"
  "    WHERE rowid = new.id;\n"
  "END;\n"
  "CREATE TRIGGER journal_fts_insert AFTER INSERT ON journal\n"
  "  WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'applying') BEGIN\n"
  "  UPDATE case_fts SET notes = coalesce ((SELECT group_concat (text, ' ') FROM journal\n"
  "    WHERE case_id = new.case_id AND deleted = 0), '') WHERE rowid = new.case_id;\n"
  "END;\n"
  "CREATE TRIGGER journal_fts_update AFTER UPDATE ON journal\n"
  "  WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'applying') BEGIN\n"
  "  UPDATE case_fts SET notes = coalesce ((SELECT group_concat (text, ' ') FROM journal\n"
  "    WHERE case_id = new.case_id AND deleted = 0), '') WHERE rowid = new.case_id;\n"
  "END;\n"
  "CREATE TRIGGER cases_fts_insert_applied AFTER INSERT ON cases\n"
  "  WHEN EXISTS (SELECT 1 FROM sync_state WHERE key = 'applying') BEGIN\n"
  "  INSERT OR IGNORE INTO fts_pending (case_id) VALUES (new.id);\n"
  "END;\n"
  "CREATE TRIGGER cases_fts_update_applied AFTER UPDATE OF name, address ON cases\n"
  "  WHEN EXISTS (SELECT 1 FROM sync_state WHERE key = 'applying') BEGIN\n"
  "  INSERT OR IGNORE INTO fts_pending (case_id) VALUES (new.id);\n"
  "END;\n"
  "CREATE TRIGGER journal_fts_applied AFTER INSERT ON journal\n"
  "  WHEN EXISTS (SELECT 1 FROM sync_state WHERE key = 'applying') BEGIN\n"
  "  INSERT OR IGNORE INTO fts_pending (case_id) VALUES (new.case_id);\n"
  "END;\n"
  "CREATE TRIGGER journal_fts_update_applied AFTER UPDATE ON journal\n"
  "  WHEN EXISTS (SELECT 1 FROM sync_state WHERE key = 'applying') BEGIN\n"
  "  INSERT OR IGNORE INTO fts_pending (case_id) VALUES (new.case_id);\n"
  "END;\n",

  /* The case list's query reads only this index, in its order: with the
   * name alone it looked up every case in the table for its filters
   * (0.7 s at 100,000 cases, 0.02 s from this index). */
  "DROP INDEX cases_by_name;\n"
  "CREATE INDEX cases_listing ON cases\n"
  "  (name COLLATE NOCASE, id, deleted, status, buurt_code, track, has_debts);\n",

  /* A refused change keeps the server's stable reason key (or the
   * desktop's own, "too_large"), so that it is shown in the user's
   * language; the server's English message stays only as the fallback
   * for a key this desktop does not know. Rows refused before keep the
   * server's message alone: the messages of that server name their
   * reason. The field is the one the server names for a wrong value. */
  "ALTER TABLE sync_problems ADD COLUMN code TEXT;\n"
  "ALTER TABLE sync_problems ADD COLUMN field TEXT;\n"
  "UPDATE sync_problems SET code = CASE message\n"
  "  WHEN 'No such record' THEN 'not_found'\n"
  "  WHEN 'This account may not plan training offers' THEN 'plan_role'\n"
  "  WHEN 'This account may not create cases' THEN 'create_case_role'\n"
  "  WHEN 'This account may not change this record' THEN 'change_role'\n"
  "  WHEN 'This account reads only' THEN 'read_only'\n"
  "  WHEN 'The case was removed after its retention period' THEN 'purged'\n"
  "  WHEN 'The record has another type or case' THEN 'wrong_case'\n"
  "  WHEN 'A new record cannot be deleted' THEN 'new_record_deleted'\n"
  "  WHEN 'The field “case_ref” cannot change' THEN 'case_ref_fixed'\n"
  "  WHEN 'A referral names a case of the team (case_ref)' THEN 'referral_without_case'\n"
  "  WHEN 'A share is withdrawn, not deleted' THEN 'share_not_deleted'\n"
  "  WHEN 'The consent of a share cannot be changed: withdraw it and record a new share'\n"
  "    THEN 'share_consent_fixed'\n"
  "  WHEN 'This share was withdrawn already' THEN 'share_withdrawn'\n"
  "  WHEN 'The field “withdrawn_at” is missing' THEN 'share_withdrawal_incomplete'\n"
  "  WHEN 'A partner may only add its own notes' THEN 'partner_notes_only'\n"
  "  WHEN 'A partner note carries the partner''s own organisation' THEN 'partner_note_organisation'\n"
  "  WHEN 'Partner notes are written by the partner only' THEN 'partner_note_team'\n"
  "  END;\n",

  /* Corrected notes: the text as first written and the day of the last
   * correction (bw_case_store_correct_journal()). */
  "ALTER TABLE journal ADD COLUMN corrected_on TEXT;\n"
  "ALTER TABLE journal ADD COLUMN original_text TEXT;\n",

  /* A case deleted by mistake says why (bw_case_store_delete_case()). */
  "ALTER TABLE cases ADD COLUMN deletion_reason TEXT;\n",

  /* The case list in a team's order: by surname (bw-name-order.h). The
   * collation is installed on every connection by bw_db_open(); a tool
   * without it (the sqlite3 shell) can read the cases, not change them. */
  "DROP INDEX cases_listing;\n"
  "CREATE INDEX cases_listing ON cases\n"
  "  (name COLLATE bw_surname, id, deleted, status, buurt_code, track, has_debts);\n"
  /* Each case's last contact, for the list's order by it, without
   * reading the journal's rows (3 times faster at 100,000 cases). */
  "CREATE INDEX journal_contacts ON journal (case_id, date) WHERE deleted = 0;\n",

  /* My work (docs/sync-protocol.md, "Ownership and transfer"): who is
   * responsible for a case and who does an action, the team's workers
   * and the other teams as GET /api/v1/team names them, and the transfers
   * another team offers this user's team. "Mijn werk" reads each of its
   * sections from an index. */
  "ALTER TABLE cases ADD COLUMN owner INTEGER NOT NULL DEFAULT 0;\n"
  "ALTER TABLE cases ADD COLUMN transfer_to_user INTEGER NOT NULL DEFAULT 0;\n"
  "ALTER TABLE cases ADD COLUMN transfer_to_team INTEGER NOT NULL DEFAULT 0;\n"
  "ALTER TABLE cases ADD COLUMN transfer_note TEXT;\n"
  "ALTER TABLE cases ADD COLUMN transfer_answer TEXT;\n"
  "ALTER TABLE actions ADD COLUMN assignee INTEGER NOT NULL DEFAULT 0;\n"
  "ALTER TABLE actions ADD COLUMN done_on TEXT;\n"
  "CREATE INDEX cases_by_owner ON cases (owner, status) WHERE deleted = 0;\n"
  "CREATE INDEX cases_by_transfer ON cases (transfer_to_user) WHERE transfer_to_user <> 0;\n"
  "CREATE INDEX actions_by_assignee ON actions (assignee, done, due_date) WHERE deleted = 0;\n"
  "CREATE TABLE team_users (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  name TEXT NOT NULL,\n"
  "  role TEXT NOT NULL\n"
  ");\n"
  "CREATE TABLE teams (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  name TEXT NOT NULL,\n"
  "  own INTEGER NOT NULL DEFAULT 0\n"
  ");\n"
  "CREATE TABLE incoming_transfers (\n"
  "  case_uuid TEXT PRIMARY KEY,\n"
  "  to_user INTEGER NOT NULL DEFAULT 0,\n"
  "  from_name TEXT NOT NULL,\n"
  "  from_team TEXT NOT NULL,\n"
  "  buurt_code TEXT,\n"
  "  note TEXT NOT NULL,\n"
  "  offered_at TEXT NOT NULL\n"
  ");\n",

  /* The case list per responsible worker ("Mijn casussen", "Per
   * medewerker"): the owner in the list's covering index too. */
  "DROP INDEX cases_listing;\n"
  "CREATE INDEX cases_listing ON cases\n"
  "  (name COLLATE bw_surname, id, deleted, status, buurt_code, track, has_debts, owner);\n",

  /* Every export to a file is reported to the server's audit log at the
   * next sync (POST /api/v1/audit/exported); this queues the reports made
   * offline. case_uuid: the case whose access history was exported. */
  "CREATE TABLE export_outbox (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  what TEXT NOT NULL,\n"
  "  case_uuid TEXT,\n"
  "  exported_at TEXT NOT NULL\n"
  ");\n",
  /* The household as persons and the debts per creditor (issue 17,
   * docs/sync-protocol.md, "Household and debts"). A member may name a
   * case of their own by uuid (it may arrive later through sync). Search
   * finds a case by its members' names, in a column of its own. */
  "CREATE TABLE household_members (\n"
  RECORD_COLUMNS
  "  case_id INTEGER NOT NULL REFERENCES cases (id),\n"
  "  name TEXT NOT NULL CHECK (length(trim(name)) > 0),\n"
  "  date_of_birth TEXT,\n"
  "  relation TEXT NOT NULL DEFAULT 'other',\n"
  "  phone TEXT,\n"
  "  linked_case_uuid TEXT\n"
  ");\n"
  "CREATE INDEX household_members_by_case ON household_members (case_id);\n"
  "CREATE INDEX household_members_by_link ON household_members (linked_case_uuid)\n"
  "  WHERE linked_case_uuid IS NOT NULL;\n"
  "CREATE TABLE debts (\n"
  RECORD_COLUMNS
  "  case_id INTEGER NOT NULL REFERENCES cases (id),\n"
  "  creditor TEXT NOT NULL DEFAULT 'unknown',\n"
  "  creditor_name TEXT,\n"
  "  amount INTEGER NOT NULL DEFAULT 0 CHECK (amount >= 0),\n"
  "  status TEXT NOT NULL DEFAULT 'open',\n"
  "  monthly_amount INTEGER NOT NULL DEFAULT 0 CHECK (monthly_amount >= 0),\n"
  "  start_date TEXT,\n"
  "  note TEXT\n"
  ");\n"
  "CREATE INDEX debts_by_case ON debts (case_id);\n"
  "CREATE TRIGGER household_members_outbox_insert AFTER INSERT ON household_members\n"
  "  WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'applying') BEGIN\n"
  "  INSERT INTO outbox (type, uuid) VALUES ('household_member', new.uuid);\n"
  "END;\n"
  "CREATE TRIGGER household_members_outbox_update AFTER UPDATE ON household_members\n"
  "  WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'applying') BEGIN\n"
  "  INSERT INTO outbox (type, uuid) VALUES ('household_member', new.uuid);\n"
  "END;\n"
  "CREATE TRIGGER debts_outbox_insert AFTER INSERT ON debts\n"
  "  WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'applying') BEGIN\n"
  "  INSERT INTO outbox (type, uuid) VALUES ('debt', new.uuid);\n"
  "END;\n"
  "CREATE TRIGGER debts_outbox_update AFTER UPDATE ON debts\n"
  "  WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'applying') BEGIN\n"
  "  INSERT INTO outbox (type, uuid) VALUES ('debt', new.uuid);\n"
  "END;\n"
  "DROP TABLE case_fts;\n"
  "CREATE VIRTUAL TABLE case_fts USING fts5 (name, address, notes, household,\n"
  "  tokenize = 'unicode61 remove_diacritics 2');\n"
  "INSERT INTO case_fts (rowid, name, address, notes, household)\n"
  "  SELECT id, name, coalesce (address, ''),\n"
  "         coalesce ((SELECT group_concat (text, ' ') FROM journal j\n"
  "                    WHERE j.case_id = cases.id AND j.deleted = 0), ''), ''\n"
  "  FROM cases;\n"
  "CREATE TRIGGER household_fts_insert AFTER INSERT ON household_members\n"
  "  WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'applying') BEGIN\n"
  "  UPDATE case_fts SET household = " BW_HOUSEHOLD_FTS_TEXT ("new.case_id") " WHERE rowid = new.case_id;\n"
  "END;\n"
  "CREATE TRIGGER household_fts_update AFTER UPDATE ON household_members\n"
  "  WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'applying') BEGIN\n"
  "  UPDATE case_fts SET household = " BW_HOUSEHOLD_FTS_TEXT ("new.case_id") " WHERE rowid = new.case_id;\n"
  "END;\n"
  "CREATE TRIGGER household_fts_applied AFTER INSERT ON household_members\n"
  "  WHEN EXISTS (SELECT 1 FROM sync_state WHERE key = 'applying') BEGIN\n"
  "  INSERT OR IGNORE INTO fts_pending (case_id) VALUES (new.case_id);\n"
  "END;\n"
  "CREATE TRIGGER household_fts_update_applied AFTER UPDATE ON household_members\n"
  "  WHEN EXISTS (SELECT 1 FROM sync_state WHERE key = 'applying') BEGIN\n"
  "  INSERT OR IGNORE INTO fts_pending (case_id) VALUES (new.case_id);\n"
  "END;\n"
  /* The old single amount becomes one debt of an unknown creditor, open.
   * Its uuid comes from the case's (the version digit 8, RFC 9562's
   * custom uuid; desktops make random version 4 uuids), so that every
   * desktop of the team makes the same record and the server keeps one;
   * the trigger above puts it in the outbox. The case keeps debt_amount,
   * for desktops not yet updated. */
  "INSERT INTO debts (uuid, created_at, created_by, updated_at, updated_by, case_id,\n"
  "                   creditor, amount, status)\n"
  "  SELECT CASE WHEN substr (uuid, 15, 1) <> '8'\n"
  "              THEN substr (uuid, 1, 14) || '8' || substr (uuid, 16)\n"
  "              ELSE lower (substr (hex (randomblob (16)), 1, 8) || '-' || substr (hex (randomblob (2)), 1, 4)\n"
  "                          || '-4' || substr (hex (randomblob (2)), 2, 3) || '-a'\n"
  "                          || substr (hex (randomblob (2)), 2, 3) || '-' || hex (randomblob (6))) END,\n"
  "         strftime ('%Y-%m-%dT%H:%M:%fZ', 'now'), updated_by,\n"
  "         strftime ('%Y-%m-%dT%H:%M:%fZ', 'now'), updated_by, id,\n"
  "         'unknown', debt_amount, 'open'\n"
  "  FROM cases WHERE debt_amount > 0 AND deleted = 0;\n",
  /* The ZRM (docs/zrm.md): 13 domains, each with a note and a goal, and 0
   * for a domain not scored, so the table is made anew (a CHECK cannot be
   * changed). The old scores map onto the domains: those with the same
   * meaning keep their column (family is huiselijke relaties,
   * daily_activities tijdsbesteding), health goes to both health domains
   * and is kept, as language is (no ZRM domain). The server maps its
   * copies the same way at its start, so nothing is sent again; the
   * copies this desktop last had from the server (sync_base) follow. */
  "CREATE TABLE assessments_zrm (\n"
  RECORD_COLUMNS
  "  case_id INTEGER NOT NULL REFERENCES cases (id),\n"
  "  date TEXT NOT NULL,\n"
  "  author TEXT,\n"
  ZRM_COLUMNS ("finances")
  ZRM_COLUMNS ("work_education")
  ZRM_COLUMNS ("daily_activities")
  ZRM_COLUMNS ("housing")
  ZRM_COLUMNS ("family")
  ZRM_COLUMNS ("mental_health")
  ZRM_COLUMNS ("physical_health")
  ZRM_COLUMNS ("substance_use")
  ZRM_COLUMNS ("basic_adl")
  ZRM_COLUMNS ("instrumental_adl")
  ZRM_COLUMNS ("social_network")
  ZRM_COLUMNS ("participation")
  ZRM_COLUMNS ("justice")
  OLD_SCORE_COLUMN ("health")
  OLD_SCORE_COLUMN ("language")
  "  UNIQUE (case_id, uuid)\n"
  ");\n"
  "INSERT INTO assessments_zrm (id, uuid, revision, created_at, created_by, updated_at, updated_by,\n"
  "    deleted, case_id, date, author, finances, work_education, daily_activities, housing, family,\n"
  "    mental_health, physical_health, social_network, health, language)\n"
  "  SELECT id, uuid, revision, created_at, created_by, updated_at, updated_by,\n"
  "    deleted, case_id, date, author, finances, work_education, daily_activities, housing, family,\n"
  "    health, health, social_network, health, language FROM assessments;\n"
  "DROP TABLE assessments;\n"
  "ALTER TABLE assessments_zrm RENAME TO assessments;\n"
  "CREATE INDEX assessments_by_case ON assessments (case_id, date);\n"
  "CREATE TRIGGER assessments_outbox_insert AFTER INSERT ON assessments\n"
  "  WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'applying') BEGIN\n"
  "  INSERT INTO outbox (type, uuid) VALUES ('assessment', new.uuid);\n"
  "END;\n"
  "CREATE TRIGGER assessments_outbox_update AFTER UPDATE ON assessments\n"
  "  WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'applying') BEGIN\n"
  "  INSERT INTO outbox (type, uuid) VALUES ('assessment', new.uuid);\n"
  "END;\n"
  "UPDATE sync_base SET fields = json_set (fields,\n"
  "    '$.mental_health', json_extract (fields, '$.health'),\n"
  "    '$.physical_health', json_extract (fields, '$.health'))\n"
  "  WHERE type = 'assessment' AND json_type (fields, '$.health') = 'integer'\n"
  "    AND json_type (fields, '$.physical_health') IS NULL;\n"
  /* The journal as a contact log; notes written before have no kind. */
  "ALTER TABLE journal ADD COLUMN contact_type TEXT NOT NULL DEFAULT 'none';\n"
  "ALTER TABLE journal ADD COLUMN duration_minutes INTEGER NOT NULL DEFAULT 0\n"
  "  CHECK (duration_minutes BETWEEN 0 AND 1440);\n"
  "ALTER TABLE journal ADD COLUMN contact_with TEXT;\n",
  /* Attachments (issue 17): a file's description is a record under its
   * case and travels in the feed; its bytes stay in attachment_blobs and
   * travel over their own endpoints (docs/sync-protocol.md,
   * "Attachments"). A blob is "upload" until the server has it all,
   * "partial" while a download is under way, "done" after. */
  "CREATE TABLE attachments (\n"
  RECORD_COLUMNS
  "  case_id INTEGER NOT NULL REFERENCES cases (id),\n"
  "  file_name TEXT NOT NULL,\n"
  "  media_type TEXT NOT NULL,\n"
  "  size INTEGER NOT NULL,\n"
  "  sha256 TEXT NOT NULL,\n"
  "  share_uuid TEXT,\n"
  "  part TEXT NOT NULL DEFAULT 'none',\n"
  "  description TEXT\n"
  ");\n"
  "CREATE INDEX attachments_by_case ON attachments (case_id);\n"
  "CREATE TABLE attachment_blobs (\n"
  "  uuid TEXT PRIMARY KEY,\n"
  "  data BLOB NOT NULL,\n"
  "  state TEXT NOT NULL CHECK (state IN ('upload', 'partial', 'done'))\n"
  ");\n"
  "CREATE TRIGGER attachments_outbox_insert AFTER INSERT ON attachments\n"
  "  WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'applying') BEGIN\n"
  "  INSERT INTO outbox (type, uuid) VALUES ('attachment', new.uuid);\n"
  "END;\n"
  "CREATE TRIGGER attachments_outbox_update AFTER UPDATE ON attachments\n"
  "  WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'applying') BEGIN\n"
  "  INSERT INTO outbox (type, uuid) VALUES ('attachment', new.uuid);\n"
  "END;\n"
  /* The bytes go with their record: removed, purged or deleted. */
  "CREATE TRIGGER attachments_blob_removed AFTER UPDATE OF deleted ON attachments\n"
  "  WHEN new.deleted = 1 BEGIN\n"
  "  DELETE FROM attachment_blobs WHERE uuid = new.uuid;\n"
  "END;\n"
  "CREATE TRIGGER attachments_blob_purged AFTER DELETE ON attachments BEGIN\n"
  "  DELETE FROM attachment_blobs WHERE uuid = old.uuid;\n"
  "END;\n",
};

const guint bw_case_store_n_migrations = G_N_ELEMENTS (bw_case_store_migrations);

gboolean
bw_case_store_index_pending (BwDb    *db,
                             GError **error)
{
  /* One statement, so FTS5 writes its index out once. */
  return bw_db_exec (db,
                     "INSERT OR REPLACE INTO case_fts (rowid, name, address, notes, household)"
                     " SELECT c.id, c.name, coalesce (c.address, ''),"
                     "        coalesce ((SELECT group_concat (text, ' ') FROM journal j"
                     "                   WHERE j.case_id = c.id AND j.deleted = 0), ''),"
                     "        " BW_HOUSEHOLD_FTS_TEXT ("c.id")
                     " FROM fts_pending p JOIN cases c ON c.id = p.case_id;"
                     "DELETE FROM fts_pending;", error);
}
