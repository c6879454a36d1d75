/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-app-cases"
/* A selection of one case of a BwCaseList, by id (see the header). */
#include "config.h"

#include "bw-case-selection.h"

struct _BwCaseSelection
{
  GObject parent_instance;

  BwCaseList *cases;
  gint64 selected_id;       /* 0: none */
  guint position;           /* of selected_id in cases, or G_MAXUINT */
};

static void list_model_iface_init (GListModelInterface *iface);
static void selection_model_iface_init (GtkSelectionModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (BwCaseSelection, bw_case_selection, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init)
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_SELECTION_MODEL, selection_model_iface_init))

static GType
get_item_type (GListModel *model)
{
  return g_list_model_get_item_type (G_LIST_MODEL (BW_CASE_SELECTION (model)->cases));
}

static guint
get_n_items (GListModel *model)
{
  return g_list_model_get_n_items (G_LIST_MODEL (BW_CASE_SELECTION (model)->cases));
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  return g_list_model_get_item (G_LIST_MODEL (BW_CASE_SELECTION (model)->cases), position);
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

/* Selects @id, and tells the view which rows changed their state. */
static void
select_case (BwCaseSelection *self,
             gint64           id)
{
  guint old = self->position;

  self->selected_id = id;
  self->position = id != 0 ? bw_case_list_find (self->cases, id) : G_MAXUINT;
  if (self->position == G_MAXUINT)
    self->selected_id = 0;
  if (old == self->position)
    return;
  if (old != G_MAXUINT)
    gtk_selection_model_selection_changed (GTK_SELECTION_MODEL (self), old, 1);
  if (self->position != G_MAXUINT)
    gtk_selection_model_selection_changed (GTK_SELECTION_MODEL (self), self->position, 1);
}

static gboolean
is_selected (GtkSelectionModel *model,
             guint              position)
{
  return BW_CASE_SELECTION (model)->position == position;
}

static GtkBitset *
get_selection_in_range (GtkSelectionModel *model,
                        guint              position,
                        guint              n_items)
{
  BwCaseSelection *self = BW_CASE_SELECTION (model);
  GtkBitset *set = gtk_bitset_new_empty ();

  if (self->position != G_MAXUINT && self->position >= position && self->position - position < n_items)
    gtk_bitset_add (set, self->position);
  return set;
}

static gboolean
select_item (GtkSelectionModel *model,
             guint              position,
             gboolean           unselect_rest)
{
  BwCaseSelection *self = BW_CASE_SELECTION (model);
  gint64 id = bw_case_list_get_id (self->cases, position);

  if (id == 0)
    return FALSE;
  select_case (self, id);
  return TRUE;
}

static gboolean
unselect_item (GtkSelectionModel *model,
               guint              position)
{
  BwCaseSelection *self = BW_CASE_SELECTION (model);

  if (self->position == position)
    select_case (self, 0);
  return TRUE;
}

static gboolean
unselect_all (GtkSelectionModel *model)
{
  select_case (BW_CASE_SELECTION (model), 0);
  return TRUE;
}

static void
selection_model_iface_init (GtkSelectionModelInterface *iface)
{
  iface->is_selected = is_selected;
  iface->get_selection_in_range = get_selection_in_range;
  iface->select_item = select_item;
  iface->unselect_item = unselect_item;
  iface->unselect_all = unselect_all;
}

static void
items_changed_cb (BwCaseSelection *self,
                  guint            position,
                  guint            removed,
                  guint            added)
{
  guint old = self->position;

  /* Before the change it stays, after it moves along; within it, it is
   * found again by id (a list changes in many small runs during a sync:
   * no search of every row for each). A case that left the list is no
   * longer selected. */
  if (self->selected_id == 0)
    self->position = G_MAXUINT;
  else if (old != G_MAXUINT && old < position)
    self->position = old;
  else if (old != G_MAXUINT && old >= position + removed)
    self->position = old - removed + added;
  else
    self->position = bw_case_list_find (self->cases, self->selected_id);
  if (self->position == G_MAXUINT)
    self->selected_id = 0;
  g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
  /* Rows outside the changed range keep their state unless they were
   * the selected one. */
  if (old != G_MAXUINT && old != self->position && (old < position || old >= position + added) &&
      old < get_n_items (G_LIST_MODEL (self)))
    gtk_selection_model_selection_changed (GTK_SELECTION_MODEL (self), old, 1);
  if (self->position != G_MAXUINT && self->position != old &&
      (self->position < position || self->position >= position + added))
    gtk_selection_model_selection_changed (GTK_SELECTION_MODEL (self), self->position, 1);
}

static void
bw_case_selection_dispose (GObject *object)
{
  BwCaseSelection *self = BW_CASE_SELECTION (object);

  if (self->cases != NULL)
    g_signal_handlers_disconnect_by_func (self->cases, items_changed_cb, self);
  g_clear_object (&self->cases);
  G_OBJECT_CLASS (bw_case_selection_parent_class)->dispose (object);
}

static void
bw_case_selection_class_init (BwCaseSelectionClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = bw_case_selection_dispose;
}

static void
bw_case_selection_init (BwCaseSelection *self)
{
  self->position = G_MAXUINT;
}

BwCaseSelection *
bw_case_selection_new (BwCaseList *cases)
{
  BwCaseSelection *self;

  g_return_val_if_fail (BW_IS_CASE_LIST (cases), NULL);

  self = g_object_new (BW_TYPE_CASE_SELECTION, NULL);
  self->cases = g_object_ref (cases);
  g_signal_connect_swapped (cases, "items-changed", G_CALLBACK (items_changed_cb), self);
  return self;
}

void
bw_case_selection_select_id (BwCaseSelection *self,
                             gint64           id)
{
  g_return_if_fail (BW_IS_CASE_SELECTION (self));
  select_case (self, id);
}

gint64
bw_case_selection_get_selected_id (BwCaseSelection *self)
{
  g_return_val_if_fail (BW_IS_CASE_SELECTION (self), 0);
  return self->selected_id;
}
