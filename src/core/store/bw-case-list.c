/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-store"
#include "config.h"

#include <string.h>

#include "bw-case-list.h"

/* Enough rows for several screens; beyond it the cache starts over. */
#define MAX_CACHED 4096
/* The rows read with each query, off the main thread: the first ones,
 * and as many around the last one asked for. GtkListView 4.8 keeps up to
 * 200 rows around what it shows, and asks for all of them after a
 * change. */
#define PREFETCH 256

struct _BwCaseList
{
  GObject parent_instance;

  BwCaseStore *store;
  BwCaseQuery query;
  GArray *ids;              /* gint64, in display order */
  GHashTable *cache;        /* gint64 * -> BwCase */
  /* Cached rows that changed since the last query. They are still shown
   * until the query brings them again, so that nothing is read on the
   * main thread meanwhile. */
  GHashTable *changed;      /* case ids */
  gboolean all_changed;
  /* For a search: the matching part of each row's notes, read with the
   * rows (NULL values: no note matches), for the text they were read
   * for. */
  GHashTable *snippets;     /* gint64 * -> char * */
  char *snippets_text;
  GCancellable *cancellable;
  gulong changed_handler;
  gboolean loading;
  guint last_asked;         /* the position get_item() was asked for last */
  guint n_read_on_demand;

  /* While a change is told in parts (replace_ids()): the rows before
   * split_at are ids', the rest are split_old's from split_old_at on. */
  GArray *split_old;
  guint split_at;
  guint split_old_at;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (BwCaseList, bw_case_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_LOADING,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GType
bw_case_list_get_item_type (GListModel *model)
{
  return BW_TYPE_CASE;
}

static guint
n_ids (BwCaseList *self)
{
  if (self->split_old != NULL)
    return self->split_at + (self->split_old->len - self->split_old_at);
  return self->ids->len;
}

static gint64
id_at (BwCaseList *self,
       guint       position)
{
  if (self->split_old != NULL && position >= self->split_at)
    return g_array_index (self->split_old, gint64, position - self->split_at + self->split_old_at);
  return g_array_index (self->ids, gint64, position);
}

static guint
bw_case_list_get_n_items (GListModel *model)
{
  return n_ids (BW_CASE_LIST (model));
}

static gpointer
bw_case_list_get_item (GListModel *model,
                       guint       position)
{
  BwCaseList *self = BW_CASE_LIST (model);
  gint64 id;
  BwCase *c;

  if (position >= n_ids (self))
    return NULL;

  self->last_asked = position;
  id = id_at (self, position);
  c = g_hash_table_lookup (self->cache, &id);
  if (c == NULL)
    {
      g_autoptr(GError) error = NULL;

      self->n_read_on_demand++;
      c = bw_case_store_get_case (self->store, id, &error);
      if (c == NULL)
        {
          /* Removed since the query ran: show an empty row until the
           * refresh that is already on its way. */
          g_debug ("Case %" G_GINT64_FORMAT " vanished: %s", id, error->message);
          c = bw_case_new ();
          bw_case_set_id (c, id);
        }
      if (g_hash_table_size (self->cache) >= MAX_CACHED)
        g_hash_table_remove_all (self->cache);
      g_hash_table_insert (self->cache, g_memdup2 (&id, sizeof id), c);
    }
  return g_object_ref (c);
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = bw_case_list_get_item_type;
  iface->get_n_items = bw_case_list_get_n_items;
  iface->get_item = bw_case_list_get_item;
}

static void
set_loading (BwCaseList *self,
             gboolean    loading)
{
  if (self->loading == loading)
    return;
  self->loading = loading;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static gboolean
same_ids (GArray *a,
          GArray *b)
{
  /* An empty GArray may have no data at all, and memcmp() must not be
   * given NULL even for zero bytes (UBSan in run-sanitized-tests). */
  return a->len == b->len &&
         (a->len == 0 || memcmp (a->data, b->data, a->len * sizeof (gint64)) == 0);
}

/* One change of the list, in the order they are told: the old rows
 * [old_pos, old_pos + removed) became the new rows [pos, pos + added). */
typedef struct {
  guint pos;
  guint old_pos;
  guint removed;
  guint added;
} Run;

/* A query and the rows it brings along, on the store's read thread. */
typedef struct {
  BwCaseQuery query;
  GHashTable *known;        /* gint64 *: rows cached and still valid */
  guint around;             /* prefetch around this position too */
  GArray *old_ids;          /* the ids shown when it was asked */
  GArray *ids;
  GPtrArray *rows;          /* BwCase */
  GHashTable *snippets;     /* gint64 * -> char *, with a search text */
  GArray *runs;             /* Run: from old_ids to ids, or NULL: too many */
} Query;

static void
query_free (Query *q)
{
  bw_case_query_clear (&q->query);
  g_clear_pointer (&q->known, g_hash_table_unref);
  g_clear_pointer (&q->old_ids, g_array_unref);
  g_clear_pointer (&q->ids, g_array_unref);
  g_clear_pointer (&q->rows, g_ptr_array_unref);
  g_clear_pointer (&q->snippets, g_hash_table_unref);
  g_clear_pointer (&q->runs, g_array_unref);
  g_free (q);
}

/* Beyond this many separate changes one change over the whole range is
 * cheaper to tell (and replace_ids() tells it in two steps). */
#define MAX_RUNS 256

static GHashTable *
positions_of (GArray *ids,
              guint   from,
              guint   to)
{
  GHashTable *positions = g_hash_table_new (g_int64_hash, g_int64_equal);

  for (guint i = from; i < to; i++)
    g_hash_table_insert (positions, &g_array_index (ids, gint64, i), GUINT_TO_POINTER (i));
  return positions;
}

/* The changes from @old to @now (both in the list's order) as runs of
 * removed and added rows, so that the rows that stay are never told as
 * changed: GtkListView keeps their widgets, and the row it follows (the
 * focus, the top one) stays where it is. A case that moved (renamed) is
 * removed where it was and added where it is; of two that cross, the one
 * that moves less far is the one moved. NULL when the runs would be more
 * than MAX_RUNS. */
static GArray *
diff_ids (GArray *old,
          GArray *now)
{
  g_autoptr(GArray) runs = g_array_new (FALSE, FALSE, sizeof (Run));
  g_autoptr(GHashTable) in_old = NULL;
  g_autoptr(GHashTable) in_now = NULL;
  /* Taken out of their old place early, to be added where met in @now;
   * and added early, to be taken out where met in @old. */
  g_autoptr(GHashTable) moved_down = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GHashTable) moved_up = g_hash_table_new (g_int64_hash, g_int64_equal);
  guint prefix = 0, suffix = 0, i, j, old_end, now_end;

  while (prefix < old->len && prefix < now->len &&
         g_array_index (old, gint64, prefix) == g_array_index (now, gint64, prefix))
    prefix++;
  while (suffix < old->len - prefix && suffix < now->len - prefix &&
         g_array_index (old, gint64, old->len - 1 - suffix) == g_array_index (now, gint64, now->len - 1 - suffix))
    suffix++;
  old_end = old->len - suffix;
  now_end = now->len - suffix;
  in_old = positions_of (old, prefix, old_end);
  in_now = positions_of (now, prefix, now_end);

  i = j = prefix;
  while (i < old_end || j < now_end)
    {
      Run run = { .pos = j, .old_pos = i };

      if (i < old_end && j < now_end && g_array_index (old, gint64, i) == g_array_index (now, gint64, j))
        {
          i++, j++;
          continue;
        }
      while (i < old_end || j < now_end)
        {
          gint64 *o = i < old_end ? &g_array_index (old, gint64, i) : NULL;
          gint64 *n = j < now_end ? &g_array_index (now, gint64, j) : NULL;
          gpointer at;

          if (o != NULL && n != NULL && *o == *n)
            break;
          if (o != NULL && (!g_hash_table_contains (in_now, o) || g_hash_table_contains (moved_up, o)))
            i++;
          else if (n != NULL && (!g_hash_table_contains (in_old, n) || g_hash_table_contains (moved_down, n)))
            j++;
          else if (o == NULL)
            j++;
          else if (n == NULL)
            i++;
          else if ((at = g_hash_table_lookup (in_old, n)), GPOINTER_TO_UINT (at) - i >
                   GPOINTER_TO_UINT (g_hash_table_lookup (in_now, o)) - j)
            {
              /* @n comes from further below than @o goes: add it here. */
              g_hash_table_add (moved_up, n);
              j++;
            }
          else
            {
              g_hash_table_add (moved_down, o);
              i++;
            }
        }
      run.removed = i - run.old_pos;
      run.added = j - run.pos;
      g_array_append_val (runs, run);
      if (runs->len > MAX_RUNS)
        return NULL;
    }
  return g_steal_pointer (&runs);
}

static GHashTable *
snippets_new (void)
{
  return g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
}

/* Reads the rows at positions [@from, @to) not known yet, and for a
 * search the snippets of all of them (a note may have changed). */
static void
prefetch (BwCaseStore *store,
          Query       *q,
          guint        from,
          guint        to)
{
  for (guint i = from; i < MIN (to, q->ids->len); i++)
    {
      gint64 id = g_array_index (q->ids, gint64, i);
      BwCase *c;

      if (q->snippets != NULL && !g_hash_table_contains (q->snippets, &id))
        g_hash_table_insert (q->snippets, g_memdup2 (&id, sizeof id),
                             bw_case_store_note_snippet (store, id, q->query.text, NULL));

      if (g_hash_table_contains (q->known, &id))
        continue;
      c = bw_case_store_get_case (store, id, NULL);
      if (c != NULL)
        g_ptr_array_add (q->rows, c);
    }
}

static gpointer
run_query (BwCaseStore  *store,
           gpointer      data,
           GError      **error)
{
  Query *q = data;

  q->ids = bw_case_store_query_ids (store, &q->query, error);
  if (q->ids == NULL)
    return NULL;
  if (!same_ids (q->old_ids, q->ids))
    q->runs = diff_ids (q->old_ids, q->ids);
  q->rows = g_ptr_array_new_with_free_func (g_object_unref);
  if (q->query.text != NULL)
    q->snippets = snippets_new ();
  prefetch (store, q, 0, PREFETCH);
  prefetch (store, q, MAX (PREFETCH, q->around - PREFETCH / 2), q->around + PREFETCH / 2);
  return q;
}

/* Whether @a and @b are the same version of one case. */
static gboolean
same_version (BwCase *a,
              BwCase *b)
{
  return bw_case_get_revision (a) == bw_case_get_revision (b) &&
         g_strcmp0 (bw_case_get_updated_at (a), bw_case_get_updated_at (b)) == 0;
}

/* Takes @ids, and tells the view what changed: each of @runs, or without
 * them (too many) the rows between the unchanged start and end. When a
 * row the view follows (the top one, the focus) is among many replaced
 * ones, GtkListView 4.8 looks for it among the new rows by asking for each
 * of them, which would read them all on the main thread: then the old
 * rows go in a first change and the new ones come in a second, and the
 * view reads only the rows it shows. */
static void
replace_ids (BwCaseList *self,
             GArray     *ids,
             GArray     *runs)
{
  GArray *old = self->ids;
  guint prefix = 0, suffix = 0, removed, added;

  if (runs != NULL)
    {
      /* Each change as it is: while they are told, the rows before
       * split_at are already the new ones. */
      self->ids = ids;
      self->split_old = old;
      for (guint r = 0; r < runs->len; r++)
        {
          const Run *run = &g_array_index (runs, Run, r);

          self->split_at = run->pos + run->added;
          self->split_old_at = run->old_pos + run->removed;
          g_list_model_items_changed (G_LIST_MODEL (self), run->pos, run->removed, run->added);
        }
      self->split_old = NULL;
      g_array_unref (old);
      return;
    }

  while (prefix < old->len && prefix < ids->len &&
         g_array_index (old, gint64, prefix) == g_array_index (ids, gint64, prefix))
    prefix++;
  while (suffix < old->len - prefix && suffix < ids->len - prefix &&
         g_array_index (old, gint64, old->len - 1 - suffix) == g_array_index (ids, gint64, ids->len - 1 - suffix))
    suffix++;
  removed = old->len - prefix - suffix;
  added = ids->len - prefix - suffix;

  self->ids = ids;
  if (removed > 0 && added > PREFETCH)
    {
      /* Between the two changes: the start, then the end. */
      self->split_old = old;
      self->split_at = prefix;
      self->split_old_at = old->len - suffix;
      g_list_model_items_changed (G_LIST_MODEL (self), prefix, removed, 0);
      self->split_old = NULL;
      removed = 0;
    }
  g_array_unref (old);
  g_list_model_items_changed (G_LIST_MODEL (self), prefix, removed, added);
}

/* Keeps the snippets @q read, and marks the rows whose snippet changed
 * for redrawing. */
static void
take_snippets (BwCaseList *self,
               Query      *q,
               GHashTable *redraw)
{
  GHashTableIter iter;
  gpointer key, value;

  if (g_strcmp0 (self->snippets_text, q->query.text) != 0)
    {
      /* Every row shown had the old text's snippet, or none. */
      g_hash_table_iter_init (&iter, self->snippets);
      while (g_hash_table_iter_next (&iter, &key, &value))
        if (value != NULL)
          g_hash_table_add (redraw, g_memdup2 (key, sizeof (gint64)));
      g_hash_table_remove_all (self->snippets);
      g_free (self->snippets_text);
      self->snippets_text = g_strdup (q->query.text);
    }
  if (q->snippets == NULL)
    return;
  g_hash_table_iter_init (&iter, q->snippets);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      gpointer old = NULL;

      if (!g_hash_table_lookup_extended (self->snippets, key, NULL, &old) || g_strcmp0 (old, value) != 0)
        g_hash_table_add (redraw, g_memdup2 (key, sizeof (gint64)));
      g_hash_table_iter_steal (&iter);
      g_hash_table_replace (self->snippets, key, value);
    }
}

static void
query_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(BwCaseList) self = user_data;
  g_autoptr(GError) error = NULL;
  Query *q;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GHashTable) redraw = NULL;
  g_autoptr(GHashTable) fresh = NULL;
  guint old_len;

  q = bw_case_store_read_finish (BW_CASE_STORE (source), result, &error);
  /* A newer query is on its way: this one's answer is stale. */
  if (g_task_get_cancellable (G_TASK (result)) != self->cancellable ||
      g_cancellable_is_cancelled (self->cancellable))
    return;
  if (q == NULL)
    {
      g_warning ("Could not list the cases: %s", error->message);
      set_loading (self, FALSE);
      return;
    }
  ids = g_steal_pointer (&q->ids);
  redraw = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  fresh = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  for (guint i = 0; i < q->rows->len; i++)
    {
      BwCase *c = g_ptr_array_index (q->rows, i);
      gint64 id = bw_case_get_id (c);

      g_hash_table_insert (fresh, g_memdup2 (&id, sizeof id), c);
    }
  /* The rows to redraw: those changed (after "everything may have
   * changed", those shown whose revision moved); what changed and was not
   * read again leaves the cache, to be read when shown. */
  if (self->all_changed)
    {
      GHashTableIter iter;
      gpointer key, value;

      g_hash_table_iter_init (&iter, self->cache);
      while (g_hash_table_iter_next (&iter, &key, &value))
        {
          BwCase *now = g_hash_table_lookup (fresh, key);

          if (now == NULL || !same_version (value, now))
            g_hash_table_add (redraw, g_memdup2 (key, sizeof (gint64)));
        }
      g_hash_table_remove_all (self->cache);
    }
  else
    {
      GHashTableIter iter;
      gpointer key;

      g_hash_table_iter_init (&iter, self->changed);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        {
          g_hash_table_remove (self->cache, key);
          g_hash_table_remove (self->snippets, key);
          g_hash_table_add (redraw, g_memdup2 (key, sizeof (gint64)));
        }
    }
  for (guint i = 0; i < q->rows->len; i++)
    {
      BwCase *c = g_ptr_array_index (q->rows, i);
      gint64 id = bw_case_get_id (c);

      if (g_hash_table_size (self->cache) >= MAX_CACHED)
        g_hash_table_remove_all (self->cache);
      g_hash_table_insert (self->cache, g_memdup2 (&id, sizeof id), g_object_ref (c));
    }
  take_snippets (self, q, redraw);

  if (!same_ids (self->ids, ids))
    {
      /* Rows added are drawn anyway. */
      for (guint r = 0; q->runs != NULL && r < q->runs->len; r++)
        {
          const Run *run = &g_array_index (q->runs, Run, r);

          for (guint k = run->pos; k < run->pos + run->added; k++)
            g_hash_table_remove (redraw, &g_array_index (ids, gint64, k));
        }
      old_len = self->ids->len;
      replace_ids (self, g_steal_pointer (&ids), q->runs);
      if (old_len != self->ids->len)
        g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
    }
  /* The rows that stayed but changed: redrawn one by one (found in one
   * pass over the rows). */
  for (guint i = 0; i < self->ids->len && g_hash_table_size (redraw) > 0; i++)
    if (g_hash_table_remove (redraw, &g_array_index (self->ids, gint64, i)))
      g_list_model_items_changed (G_LIST_MODEL (self), i, 1, 1);
  g_hash_table_remove_all (self->changed);
  self->all_changed = FALSE;
  set_loading (self, FALSE);
}

/* The query runs on the store's read thread, and brings along the rows
 * the view will ask for first, so that redrawing after a change reads
 * nothing on the main thread. */
static void
refresh (BwCaseList *self)
{
  Query *q = g_new0 (Query, 1);
  GHashTableIter iter;
  gpointer key;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  bw_case_query_copy (&self->query, &q->query);
  q->around = MAX (self->last_asked, PREFETCH / 2);
  q->old_ids = g_array_ref (self->ids);
  q->known = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_hash_table_iter_init (&iter, self->cache);
  while (!self->all_changed && g_hash_table_iter_next (&iter, &key, NULL))
    if (!g_hash_table_contains (self->changed, key))
      g_hash_table_add (q->known, g_memdup2 (key, sizeof (gint64)));
  set_loading (self, TRUE);
  bw_case_store_read_async (self->store, run_query, q, (GDestroyNotify) query_free, self->cancellable,
                            query_done_cb, g_object_ref (self));
}

static void
store_case_changed_cb (BwCaseList  *self,
                       gint64       case_id,
                       BwCaseStore *store)
{
  if (case_id == 0)
    self->all_changed = TRUE;
  else
    g_hash_table_add (self->changed, g_memdup2 (&case_id, sizeof case_id));
  /* A change may move a case in or out of the filter, so ask again. */
  refresh (self);
}

static void
bw_case_list_dispose (GObject *object)
{
  BwCaseList *self = (BwCaseList *) object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_signal_handler (&self->changed_handler, self->store);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (bw_case_list_parent_class)->dispose (object);
}

static void
bw_case_list_finalize (GObject *object)
{
  BwCaseList *self = (BwCaseList *) object;

  bw_case_query_clear (&self->query);
  g_array_unref (self->ids);
  g_hash_table_unref (self->cache);
  g_hash_table_unref (self->changed);
  g_hash_table_unref (self->snippets);
  g_free (self->snippets_text);

  G_OBJECT_CLASS (bw_case_list_parent_class)->finalize (object);
}

static void
bw_case_list_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  BwCaseList *self = BW_CASE_LIST (object);

  switch (prop_id)
    {
    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;
    case PROP_N_ITEMS:
      g_value_set_uint (value, self->ids->len);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bw_case_list_class_init (BwCaseListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = bw_case_list_dispose;
  object_class->finalize = bw_case_list_finalize;
  object_class->get_property = bw_case_list_get_property;

  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
bw_case_list_init (BwCaseList *self)
{
  bw_case_query_init (&self->query);
  self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->cache = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  self->changed = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->snippets = snippets_new ();
}

BwCaseList *
bw_case_list_new (BwCaseStore *store)
{
  BwCaseList *self;

  g_return_val_if_fail (BW_IS_CASE_STORE (store), NULL);

  self = g_object_new (BW_TYPE_CASE_LIST, NULL);
  self->store = g_object_ref (store);
  self->changed_handler = g_signal_connect_object (store, "case-changed",
                                                   G_CALLBACK (store_case_changed_cb), self,
                                                   G_CONNECT_SWAPPED);
  refresh (self);
  return self;
}

BwCaseStore *
bw_case_list_get_store (BwCaseList *self)
{
  g_return_val_if_fail (BW_IS_CASE_LIST (self), NULL);
  return self->store;
}

void
bw_case_list_set_query (BwCaseList        *self,
                        const BwCaseQuery *query)
{
  g_return_if_fail (BW_IS_CASE_LIST (self));
  g_return_if_fail (query != NULL);

  bw_case_query_clear (&self->query);
  bw_case_query_copy (query, &self->query);
  refresh (self);
}

const BwCaseQuery *
bw_case_list_get_query (BwCaseList *self)
{
  g_return_val_if_fail (BW_IS_CASE_LIST (self), NULL);
  return &self->query;
}

gboolean
bw_case_list_get_loading (BwCaseList *self)
{
  g_return_val_if_fail (BW_IS_CASE_LIST (self), FALSE);
  return self->loading;
}

guint
bw_case_list_get_n_read_on_demand (BwCaseList *self)
{
  g_return_val_if_fail (BW_IS_CASE_LIST (self), 0);
  return self->n_read_on_demand;
}

gint64
bw_case_list_get_id (BwCaseList *self,
                     guint       position)
{
  g_return_val_if_fail (BW_IS_CASE_LIST (self), 0);
  return position < n_ids (self) ? id_at (self, position) : 0;
}

guint
bw_case_list_find (BwCaseList *self,
                   gint64      id)
{
  g_return_val_if_fail (BW_IS_CASE_LIST (self), G_MAXUINT);

  for (guint i = 0, n = n_ids (self); i < n; i++)
    if (id_at (self, i) == id)
      return i;
  return G_MAXUINT;
}

const char *
bw_case_list_get_snippet (BwCaseList *self,
                          gint64      id)
{
  gpointer snippet = NULL;

  g_return_val_if_fail (BW_IS_CASE_LIST (self), NULL);

  if (self->snippets_text == NULL)
    return NULL;
  if (!g_hash_table_lookup_extended (self->snippets, &id, NULL, &snippet))
    {
      /* Not brought by a query: read here, as get_item() does. */
      snippet = bw_case_store_note_snippet (self->store, id, self->snippets_text, NULL);
      if (g_hash_table_size (self->snippets) >= MAX_CACHED)
        g_hash_table_remove_all (self->snippets);
      g_hash_table_insert (self->snippets, g_memdup2 (&id, sizeof id), snippet);
    }
  return snippet;
}
