/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-planning"
#include "config.h"

#include "bw-date.h"
#include "bw-planning-private.h"
#include "bw-record-sql.h"
#include "bw-sqlite.h"

G_DEFINE_FINAL_TYPE (BwPlanning, bw_planning, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The object */

static void
store_changed_cb (BwCaseStore *store,
                  gint64       case_id,
                  BwPlanning  *self)
{
  /* 0 means many records changed at once, as after a sync. */
  if (case_id == 0)
    g_signal_emit (self, signals[CHANGED], 0);
}

static void
planning_changed_cb (BwCaseStore *store,
                     BwPlanning  *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
bw_planning_finalize (GObject *object)
{
  BwPlanning *self = (BwPlanning *) object;

  g_clear_object (&self->store);
  G_OBJECT_CLASS (bw_planning_parent_class)->finalize (object);
}

static void
bw_planning_class_init (BwPlanningClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bw_planning_finalize;

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
bw_planning_init (BwPlanning *self)
{
}

BwPlanning *
bw_planning_new (BwCaseStore *store)
{
  BwPlanning *self;

  g_return_val_if_fail (BW_IS_CASE_STORE (store), NULL);

  self = g_object_new (BW_TYPE_PLANNING, NULL);
  self->store = g_object_ref (store);
  g_signal_connect_object (store, "case-changed", G_CALLBACK (store_changed_cb), self, 0);
  g_signal_connect_object (store, "planning-changed", G_CALLBACK (planning_changed_cb), self, 0);
  return self;
}

BwCaseStore *
bw_planning_get_store (BwPlanning *self)
{
  g_return_val_if_fail (BW_IS_PLANNING (self), NULL);
  return self->store;
}

gboolean
bw_planning_begin (BwPlanning  *self,
                   GError     **error)
{
  return bw_case_store_begin (self->store, error);
}

gboolean
bw_planning_commit (BwPlanning  *self,
                    GArray      *noted_cases,
                    GError     **error)
{
  /* Announced by the store once on disk, on the main thread, also when
   * this runs in a write job on the store's write thread. */
  bw_case_store_note_planning_change (self->store);
  for (guint i = 0; noted_cases && i < noted_cases->len; i++)
    bw_case_store_note_change (self->store, g_array_index (noted_cases, gint64, i));
  return bw_case_store_commit (self->store, error);
}

gboolean
bw_planning_rollback (BwPlanning *self)
{
  bw_case_store_rollback (self->store);
  return FALSE;
}

gboolean
bw_planning_delete_record (BwPlanning    *self,
                           BwRecordType   type,
                           const char    *uuid,
                           gboolean      *deleted,
                           GError       **error)
{
  g_autofree char *now = bw_date_now_utc ();
  sqlite3_stmt *stmt = bw_db_prepare (bw_planning_db (self), bw_record_sql_delete (type), error);

  if (stmt == NULL)
    return FALSE;
  bw_sqlite_bind_text (stmt, 1, uuid);
  bw_sqlite_bind_text (stmt, 2, now);
  bw_sqlite_bind_text (stmt, 3, bw_case_store_get_author (self->store));
  if (!bw_db_step_done (bw_planning_db (self), stmt, error))
    return FALSE;
  *deleted = sqlite3_changes (bw_planning_handle (self)) == 1;
  return TRUE;
}

/* Live lists: a GListStore that runs its query again on every "changed". */

typedef enum {
  LIST_OFFERS,
  LIST_SESSIONS,
  LIST_ENROLMENTS,
  LIST_CASE_ENROLMENTS,
} ListKind;

typedef struct {
  ListKind kind;
  int status;
  char *args[6];
} ListQuery;

static void
list_query_free (ListQuery *q)
{
  for (guint i = 0; i < G_N_ELEMENTS (q->args); i++)
    g_free (q->args[i]);
  g_free (q);
}

static GPtrArray *
run_list_query (BwPlanning *self,
                ListQuery  *q)
{
  GPtrArray *items = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt = NULL;

  switch (q->kind)
    {
    case LIST_OFFERS:
      stmt = bw_db_prepare (bw_planning_db (self), "SELECT " BW_PLANNING_OFFER_COLUMNS " FROM offers o WHERE o.deleted = 0"
                                                   " AND (?1 IS NULL OR o.status = ?1) AND (?2 IS NULL OR o.buurt_code = ?2)"
                                                   " AND (?3 IS NULL OR lower (o.trainer) = lower (?3))"
                                                   " ORDER BY o.title COLLATE NOCASE, o.id", NULL);
      if (stmt == NULL)
        break;
      bw_sqlite_bind_text (stmt, 1, q->status >= 0 ? bw_offer_status_to_key (q->status) : NULL);
      bw_sqlite_bind_text (stmt, 2, q->args[0]);
      bw_sqlite_bind_text (stmt, 3, q->args[1]);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        g_ptr_array_add (items, bw_planning_offer_from_row (stmt));
      break;

    case LIST_SESSIONS:
      stmt = bw_db_prepare (bw_planning_db (self), "SELECT " BW_PLANNING_SESSION_COLUMNS " FROM sessions s JOIN offers o ON o.uuid = s.offer_uuid"
                                                   " WHERE s.deleted = 0 AND o.deleted = 0"
                                                   " AND (o.status <> 'cancelled' OR ?6 IS NOT NULL)"
                                                   " AND (?1 IS NULL OR s.date >= ?1) AND (?2 IS NULL OR s.date < ?2)"
                                                   " AND (?3 IS NULL OR lower (s.trainer) = lower (?3))"
                                                   " AND (?4 IS NULL OR s.place_uuid = ?4)"
                                                   " AND (?5 IS NULL OR o.buurt_code = ?5)"
                                                   " AND (?6 IS NULL OR s.offer_uuid = ?6)"
                                                   " ORDER BY s.date, s.start_time, s.id", NULL);
      if (stmt == NULL)
        break;
      for (int i = 0; i < 6; i++)
        bw_sqlite_bind_text (stmt, i + 1, q->args[i]);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        g_ptr_array_add (items, bw_planning_session_from_row (stmt));
      break;

    case LIST_ENROLMENTS:
    case LIST_CASE_ENROLMENTS:
      stmt = bw_db_prepare (bw_planning_db (self), "SELECT " BW_PLANNING_ENROLMENT_COLUMNS " FROM enrolments e"
                                                   " LEFT JOIN offers o ON o.uuid = e.offer_uuid WHERE e.deleted = 0"
                                                   " AND (?1 IS NULL OR e.offer_uuid = ?1) AND (?2 IS NULL OR e.case_uuid = ?2)"
                                                   " ORDER BY CASE WHEN e.status IN " BW_PLANNING_OCCUPYING " THEN 0"
                                                   "   WHEN e.status = 'waiting' THEN 1 WHEN e.status = 'referred' THEN 2 ELSE 3 END,"
                                                   " e.referred_at, e.id", NULL);
      if (stmt == NULL)
        break;
      bw_sqlite_bind_text (stmt, 1, q->args[0]);
      bw_sqlite_bind_text (stmt, 2, q->args[1]);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        g_ptr_array_add (items, bw_planning_enrolment_from_row (stmt));
      break;

    default:
      g_assert_not_reached ();
    }
  if (stmt != NULL)
    sqlite3_reset (stmt);
  return items;
}

static void
refresh_list_cb (BwPlanning *self,
                 GListStore *list)
{
  ListQuery *q = g_object_get_data (G_OBJECT (list), "bw-planning-query");
  g_autoptr(GPtrArray) items = run_list_query (self, q);

  g_list_store_splice (list, 0, g_list_model_get_n_items (G_LIST_MODEL (list)),
                       items->pdata, items->len);
}

static GListModel *
live_list (BwPlanning *self,
           GType       type,
           ListQuery  *q)
{
  GListStore *list = g_list_store_new (type);

  g_object_set_data_full (G_OBJECT (list), "bw-planning-query", q, (GDestroyNotify) list_query_free);
  refresh_list_cb (self, list);
  g_signal_connect_object (self, "changed", G_CALLBACK (refresh_list_cb), list, 0);
  return G_LIST_MODEL (list);
}

GListModel *
bw_planning_list_offers (BwPlanning *self,
                         int         status,
                         const char *buurt_code,
                         const char *trainer)
{
  ListQuery *q = g_new0 (ListQuery, 1);

  g_return_val_if_fail (BW_IS_PLANNING (self), NULL);
  q->kind = LIST_OFFERS;
  q->status = status >= 0 && status < BW_OFFER_STATUS_N ? status : -1;
  q->args[0] = g_strdup (buurt_code);
  q->args[1] = g_strdup (trainer);
  return live_list (self, BW_TYPE_OFFER, q);
}

GListModel *
bw_planning_list_sessions (BwPlanning *self,
                           const char *from,
                           const char *to,
                           const char *trainer,
                           const char *place_uuid,
                           const char *buurt_code,
                           const char *offer_uuid)
{
  ListQuery *q = g_new0 (ListQuery, 1);

  g_return_val_if_fail (BW_IS_PLANNING (self), NULL);
  q->kind = LIST_SESSIONS;
  q->args[0] = g_strdup (from);
  q->args[1] = g_strdup (to);
  q->args[2] = g_strdup (trainer);
  q->args[3] = g_strdup (place_uuid);
  q->args[4] = g_strdup (buurt_code);
  q->args[5] = g_strdup (offer_uuid);
  return live_list (self, BW_TYPE_SESSION, q);
}

GListModel *
bw_planning_list_enrolments (BwPlanning *self,
                             const char *offer_uuid)
{
  ListQuery *q = g_new0 (ListQuery, 1);

  g_return_val_if_fail (BW_IS_PLANNING (self), NULL);
  g_return_val_if_fail (offer_uuid != NULL, NULL);
  q->kind = LIST_ENROLMENTS;
  q->args[0] = g_strdup (offer_uuid);
  return live_list (self, BW_TYPE_ENROLMENT, q);
}

GListModel *
bw_planning_list_case_enrolments (BwPlanning *self,
                                  const char *case_uuid)
{
  ListQuery *q = g_new0 (ListQuery, 1);

  g_return_val_if_fail (BW_IS_PLANNING (self), NULL);
  g_return_val_if_fail (case_uuid != NULL, NULL);
  q->kind = LIST_CASE_ENROLMENTS;
  q->args[1] = g_strdup (case_uuid);
  return live_list (self, BW_TYPE_ENROLMENT, q);
}

