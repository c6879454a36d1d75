/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-sync"
#include "config.h"

/* The team's sync reads the server's change feed, page by page, one
 * page ahead: the next page is fetched and parsed while the one before
 * is applied (at most one of each at a time, applied in order). It starts
 * over when the server went back or was replaced. */

#include <glib/gi18n-lib.h>

#include "bw-retention.h"
#include "bw-sync-engine-private.h"

/* The protocol's own limit: the largest page, so that an initial sync of
 * 100,000 cases is about 100 requests and stays inside the server's
 * per-token burst (docs/sync-protocol.md, "Requests per token"). The
 * server also ends a page at its byte budget. */
#define PULL_LIMIT 1000

struct _BwPullPage {
  JsonArray *changes;
  char *epoch;
  gint64 next_since;
  gboolean more;
};

void
bw_pull_page_free (BwPullPage *page)
{
  g_clear_pointer (&page->changes, json_array_unref);
  g_free (page->epoch);
  g_free (page);
}

/* A purge tombstone of the feed: the server removed the case after its
 * retention period. Every trace goes here too (its counts are kept in the
 * local aggregates); a local change of it that was not sent is dropped and
 * shown among the refused changes. */
static gboolean
apply_purge (BwSyncEngine  *self,
             JsonObject    *entry,
             GError       **error)
{
  const char *case_uuid = bw_sync_member_string (entry, "case_uuid", NULL);
  gboolean pending;

  if (case_uuid == NULL || !bw_record_json_is_uuid (case_uuid))
    {
      g_set_error (error, BW_SYNC_ERROR, BW_SYNC_ERROR_PROTOCOL,
                   _("The server sent a record that cannot be read: %s"), "case_uuid");
      return FALSE;
    }
  pending = bw_retention_case_has_pending (self->db, case_uuid);
  if (!bw_retention_delete_case (self->db, case_uuid, TRUE, NULL, error))
    return FALSE;
  if (pending &&
      !bw_sync_record_problem (self->db, BW_RECORD_TYPE_CASE, case_uuid, case_uuid, "purged", NULL,
                               _("The case was removed after its retention period"), error))
    return FALSE;
  self->purged_cases = TRUE;
  return TRUE;
}

/* A feed entry about the team's transfers rather than a record. */
static gboolean
is_team_entry (JsonObject *entry)
{
  const char *type = bw_sync_member_string (entry, "type", NULL);

  return g_strcmp0 (type, "moved") == 0 || g_strcmp0 (type, "transfer_offer") == 0;
}

/* The records of a page, in order. With @alone each in a savepoint of its
 * own, so that one the tables refuse is set aside by itself. Without, a
 * refused record fails the whole page with *@record_fault set: a
 * savepoint per record would make FTS5 write its index out for every
 * record (its xSavepoint flushes), about 30 page writes each. */
static gboolean
apply_records (BwSyncEngine  *self,
               JsonArray     *changes,
               gboolean       alone,
               GHashTable    *changed,
               gboolean      *record_fault,
               GError       **error)
{
  for (guint i = 0; i < json_array_get_length (changes); i++)
    {
      JsonNode *node = json_array_get_element (changes, i);
      BwRecordEnvelope env = { 0 };
      g_autoptr(GError) parse_error = NULL;
      g_autoptr(GError) apply_error = NULL;
      gboolean ok;

      if (JSON_NODE_HOLDS_OBJECT (node) && is_team_entry (json_node_get_object (node)))
        {
          JsonObject *entry = json_node_get_object (node);

          if (bw_sync_entry_uuid (entry, "case_uuid") == NULL)
            {
              if (!bw_sync_set_aside (self->db, node, "case_uuid", error))
                return FALSE;
              continue;
            }
          if (!(g_str_equal (bw_sync_member_string (entry, "type", ""), "moved")
                ? bw_sync_apply_moved (self->db, entry, error)
                : bw_sync_apply_transfer_offer (self->db, entry, error)))
            return FALSE;
          self->purged_cases = TRUE;
          continue;
        }
      if (JSON_NODE_HOLDS_OBJECT (node) &&
          g_strcmp0 (bw_sync_member_string (json_node_get_object (node), "type", NULL), "purge") == 0)
        {
          if (bw_sync_entry_uuid (json_node_get_object (node), "case_uuid") == NULL)
            {
              if (!bw_sync_set_aside (self->db, node, "case_uuid", error))
                return FALSE;
              continue;
            }
          if (!apply_purge (self, json_node_get_object (node), error))
            return FALSE;
          continue;
        }
      if (!bw_sync_read_envelope (node, &env, &parse_error))
        {
          /* One record this desktop cannot read is set aside and shown;
           * it never stalls the feed (issue 12). */
          if (!bw_sync_set_aside (self->db, node, parse_error ? parse_error->message : NULL, error))
            return FALSE;
          continue;
        }
      if (alone)
        ok = bw_sync_apply_alone (self->db, &env, node, TRUE, changed, error);
      else if (!(ok = bw_sync_apply_record (self->db, &env, node, TRUE, changed, &apply_error)))
        {
          *record_fault = bw_sync_is_record_fault (apply_error);
          g_propagate_error (error, g_steal_pointer (&apply_error));
        }
      bw_record_envelope_clear (&env);
      if (!ok)
        return FALSE;
    }
  return TRUE;
}

static gboolean
apply_pull_batch (BwSyncEngine  *self,
                  gpointer       in,
                  gpointer      *out,
                  GError       **error)
{
  BwPullPage *batch = in;
  g_autoptr(GHashTable) changed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *since = g_strdup_printf ("%" G_GINT64_FORMAT, batch->next_since);
  g_autoptr(GError) batch_error = NULL;
  gboolean record_fault = FALSE;

  /* The whole page at once; only when the tables refuse one of its
   * records, again record by record. */
  if (!bw_db_savepoint (self->db, "page", error))
    return FALSE;
  if (!apply_records (self, batch->changes, FALSE, changed, &record_fault, &batch_error))
    {
      if (!record_fault)
        {
          g_propagate_error (error, g_steal_pointer (&batch_error));
          return FALSE;
        }
      g_hash_table_remove_all (changed);
      if (!bw_db_exec (self->db, "ROLLBACK TO page", error) ||
          !apply_records (self, batch->changes, TRUE, changed, NULL, error))
        return FALSE;
    }
  if (!bw_db_release (self->db, "page", error))
    return FALSE;
  /* Its records go here, not on the main thread with the task. */
  g_clear_pointer (&batch->changes, json_array_unref);

  if (!bw_sync_apply_parked (self->db, changed, error))
    return FALSE;
  if (self->purged_cases && !bw_retention_optimize_fts (self->db, error))
    return FALSE;

  /* The checkpoint moves in the same transaction as the records, so a
   * crash can neither skip a batch nor start over from zero (fault 2). */
  if (!bw_sync_state_set (self->db, "since", since, error) ||
      !bw_sync_state_set (self->db, "epoch", batch->epoch, error) ||
      !bw_sync_note_seq (self->db, batch->next_since, error))
    return FALSE;

  *out = bw_sync_hash_keys_to_array (changed);
  return TRUE;
}

/* The server was restored or replaced (another epoch): start the feed over
 * and offer everything here again; nothing local is thrown away (fault 7). */
gboolean
bw_sync_reset_for_new_epoch (BwSyncEngine  *self,
                             gpointer       in,
                             gpointer      *out,
                             GError       **error)
{
  return bw_db_exec (self->db,
                  "DELETE FROM sync_base;"
                  "DELETE FROM outbox_sending;"
                  "DELETE FROM sync_pending;"
                  "DELETE FROM sync_set_aside;"
                  "DELETE FROM sync_state WHERE key IN ('since', 'epoch', 'max_seq');"
                  "INSERT INTO outbox (type, uuid) SELECT 'case', uuid FROM cases;"
                  "INSERT INTO outbox (type, uuid) SELECT 'journal', uuid FROM journal;"
                  "INSERT INTO outbox (type, uuid) SELECT 'action', uuid FROM actions;"
                  "INSERT INTO outbox (type, uuid) SELECT 'assessment', uuid FROM assessments;"
                  "INSERT INTO outbox (type, uuid) SELECT 'track_change', uuid FROM track_history;"
                  "INSERT INTO outbox (type, uuid) SELECT 'involvement', uuid FROM involvements;"
                  "INSERT INTO outbox (type, uuid) SELECT 'household_member', uuid FROM household_members;"
                  "INSERT INTO outbox (type, uuid) SELECT 'debt', uuid FROM debts;"
                  "INSERT INTO outbox (type, uuid) SELECT 'share', uuid FROM shares;"
                  /* A team's desktop holds the partners' notes read-only. */
                  "INSERT INTO outbox (type, uuid) SELECT 'partner_note', uuid FROM partner_notes"
                  " WHERE EXISTS (SELECT 1 FROM meta WHERE key = 'role' AND value = 'partner');"
                  "INSERT INTO outbox (type, uuid) SELECT 'offer', uuid FROM offers;"
                  "INSERT INTO outbox (type, uuid) SELECT 'session', uuid FROM sessions;"
                  "INSERT INTO outbox (type, uuid) SELECT 'enrolment', uuid FROM enrolments;"
                  "INSERT INTO outbox (type, uuid) SELECT 'attendance', uuid FROM attendance;",
                  error);
}

static void fetch_page (GTask *task);
static void start_over (BwSyncEngine *self, GTask *task, const char *why);

static void pull_applied_cb (GObject *source, GAsyncResult *result, gpointer user_data);

/* Applies @page (@task is taken), and fetches the next one meanwhile:
 * never more than one page waits. */
static void
apply_page (GTask      *task,
            BwPullPage *page)
{
  BwSyncRun *run = g_task_get_task_data (task);

  if (page->more)
    {
      run->since = page->next_since;
      fetch_page (g_object_ref (task));
    }
  run->applying = TRUE;
  bw_sync_engine_run_db (g_task_get_source_object (task), apply_pull_batch, page,
                         (GDestroyNotify) bw_pull_page_free, pull_applied_cb, task);
}

/* Nothing is being applied: apply the page that waits, or let the fetch
 * out go on, or start over, or go on to the push (@task is taken). */
static void
pull_next (GTask *task)
{
  BwSyncRun *run = g_task_get_task_data (task);

  if (run->restart_why != NULL)
    {
      const char *why = run->restart_why;

      /* The fetch out finds it and starts over itself. */
      if (run->fetching)
        {
          g_object_unref (task);
          return;
        }
      run->restart_why = NULL;
      start_over (g_task_get_source_object (task), task, why);
    }
  else if (run->ready != NULL)
    apply_page (task, g_steal_pointer (&run->ready));
  else if (run->fetching)
    g_object_unref (task);
  else
    bw_sync_run_push (task);
}

static void
pull_applied_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  BwSyncEngine *self = BW_SYNC_ENGINE (source);
  g_autoptr(GTask) task = user_data;
  BwSyncRun *run = g_task_get_task_data (task);
  g_autoptr(GPtrArray) changed = NULL;
  g_autoptr(GError) error = NULL;

  run->applying = FALSE;
  changed = g_task_propagate_pointer (G_TASK (result), &error);
  if (run->failed)
    return;
  if (error != NULL)
    {
      bw_sync_run_fail (task, g_steal_pointer (&error));
      return;
    }
  bw_sync_engine_announce_changes (self, changed);
  if (self->purged_cases)
    {
      /* Cases went after their retention period: out of the file and the
       * WAL, and every list and the map count again. */
      self->purged_cases = FALSE;
      bw_sync_engine_checkpoint_after_purge (self);
      bw_case_store_emit_changed (self->store, 0);
    }
  pull_next (g_steal_pointer (&task));
}

static void
reset_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;

  if (bw_sync_run_step_finish (task, result, NULL))
    bw_sync_run_pull (g_steal_pointer (&task));
}

/* The server went back or was replaced: forget what it told us, offer
 * everything local again, and pull from the start; once per sync.
 * Nothing of the feed is in flight. */
static void
start_over (BwSyncEngine *self,
            GTask        *task,
            const char   *why)
{
  BwSyncRun *run = g_task_get_task_data (task);

  g_message ("Sync: %s; syncing again from the start", why);
  run->reset_done = TRUE;
  g_clear_pointer (&run->ready, bw_pull_page_free);
  bw_sync_engine_run_db (self, bw_sync_reset_for_new_epoch, NULL, NULL, reset_done_cb, task);
}

/* Start over (@task is taken), now or once the page being applied is in:
 * its transaction is not undone, the reset comes after it. */
static void
start_over_when_idle (GTask      *task,
                      const char *why)
{
  BwSyncRun *run = g_task_get_task_data (task);

  g_clear_pointer (&run->ready, bw_pull_page_free);
  if (run->applying)
    {
      g_debug ("Sync: starting over after the page being applied");
      run->restart_why = why;
      g_object_unref (task);
      return;
    }
  start_over (g_task_get_source_object (task), task, why);
}

/* A request of the feed failed (@task is taken). 409: a server restored
 * from a backup that kept its epoch; start over, as for a new epoch, once
 * per sync (fault 7). */
static void
pull_failed (GTask      *task,
             GError     *error,
             const char *why)
{
  BwSyncRun *run = g_task_get_task_data (task);

  if (g_error_matches (error, BW_SYNC_ERROR, BW_SYNC_ERROR_SEQUENCE_AHEAD) && !run->reset_done)
    {
      g_error_free (error);
      start_over_when_idle (task, why);
      return;
    }
  bw_sync_run_fail (task, error);
  g_object_unref (task);
}

static void
pull_received_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  BwSyncEngine *self = BW_SYNC_ENGINE (source);
  g_autoptr(GTask) task = user_data;
  BwSyncRun *run = g_task_get_task_data (task);
  GError *error = NULL;
  g_autoptr(JsonObject) answer = bw_sync_engine_http_json_finish (self, result, &error);
  const char *epoch;
  JsonArray *changes;
  JsonNode *next_since;
  gboolean more;
  BwPullPage *page;

  run->fetching = FALSE;
  if (run->failed)
    {
      g_clear_error (&error);
      return;
    }
  if (run->restart_why != NULL)
    {
      /* Asked before the server was found to have gone back. */
      g_clear_error (&error);
      if (!run->applying)
        pull_next (g_steal_pointer (&task));
      return;
    }
  if (answer == NULL)
    {
      pull_failed (g_steal_pointer (&task), error, "the server's sequence went back");
      return;
    }
  epoch = bw_sync_member_string (answer, "epoch", NULL);
  changes = bw_sync_member_array (answer, "changes", NULL);
  next_since = json_object_get_member (answer, "next_since");
  /* json_object_get_int_member() warns on an object or array; a broken
   * answer is the server's fault, not a programming error (fuzz-sync-client). */
  if (epoch == NULL || changes == NULL || next_since == NULL ||
      !JSON_NODE_HOLDS_VALUE (next_since) || json_node_get_value_type (next_since) != G_TYPE_INT64)
    {
      bw_sync_run_fail_protocol (task, _("The server’s change feed could not be read"));
      return;
    }

  if (run->epoch != NULL && !g_str_equal (run->epoch, epoch))
    {
      if (run->reset_done)
        {
          bw_sync_run_fail_protocol (task, _("The server keeps changing its identity"));
          return;
        }
      start_over_when_idle (g_steal_pointer (&task), "the server's database changed (restored or replaced)");
      return;
    }

  /* "more" on a page that does not move the feed forward would have us
   * ask for the same page for ever (found by fuzz-sync-client). */
  more = json_object_get_boolean_member_with_default (answer, "more", FALSE);
  if (more && json_node_get_int (next_since) <= run->since)
    {
      bw_sync_run_fail_protocol (task, _("The server’s change feed could not be read"));
      return;
    }

  page = g_new0 (BwPullPage, 1);
  page->changes = json_array_ref (changes);
  page->epoch = g_strdup (epoch);
  page->next_since = json_node_get_int (next_since);
  page->more = more;
  g_free (run->epoch);
  run->epoch = g_strdup (epoch);
  run->batches++;
  bw_sync_engine_set_state (self, BW_SYNC_STATE_SYNCING, MIN (0.7, 0.05 * run->batches));

  if (run->applying)
    run->ready = page;
  else
    apply_page (g_steal_pointer (&task), page);
}

static void
fetch_page (GTask *task)
{
  BwSyncRun *run = g_task_get_task_data (task);
  g_autofree char *query = g_strdup_printf ("changes?since=%" G_GINT64_FORMAT "&limit=%d", run->since, PULL_LIMIT);

  run->fetching = TRUE;
  bw_sync_engine_request (task, "GET", query, NULL, pull_received_cb);
}

static void
probe_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  BwSyncEngine *self = BW_SYNC_ENGINE (source);
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;
  g_autoptr(JsonObject) answer = bw_sync_engine_http_json_finish (self, result, &error);

  if (answer == NULL)
    pull_failed (g_steal_pointer (&task), error,
                 "the server's sequence went back (restored from a backup)");
  else
    bw_sync_run_pull (g_steal_pointer (&task));
}

void
bw_sync_run_pull (GTask *task)
{
  BwSyncEngine *self = g_task_get_source_object (task);
  BwSyncRun *run = g_task_get_task_data (task);
  g_autofree char *since = NULL;
  g_autofree char *max_seq = NULL;
  g_autofree char *query = NULL;

  g_mutex_lock (&self->lock);
  since = bw_sync_state_get (self->db, "since");
  max_seq = bw_sync_state_get (self->db, "max_seq");
  g_free (run->epoch);
  run->epoch = bw_sync_state_get (self->db, "epoch");
  g_mutex_unlock (&self->lock);

  /* Once per sync: does the server still know the latest change we saw?
   * Only one that was restored from a backup answers 409 here. */
  if (!run->probed && max_seq != NULL &&
      g_ascii_strtoll (max_seq, NULL, 10) > (since ? g_ascii_strtoll (since, NULL, 10) : 0))
    {
      run->probed = TRUE;
      query = g_strdup_printf ("changes?since=%s&limit=1", max_seq);
      bw_sync_engine_request (task, "GET", query, NULL, probe_done_cb);
      return;
    }
  run->probed = TRUE;
  run->since = since ? g_ascii_strtoll (since, NULL, 10) : 0;
  fetch_page (task);
}
