/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-app-cases"
#include "config.h"

#include <glib/gi18n.h>

#include "bw-owner-filter.h"

struct _BwOwnerFilter
{
  GtkWidget parent_instance;

  BwCaseStore *store;
  GCancellable *cancellable;
  GArray *ids;               /* per position: 0 everyone, then user ids */
  gboolean filling;

  GtkDropDown *dropdown;
  GtkStringList *names;
};

G_DEFINE_FINAL_TYPE (BwOwnerFilter, bw_owner_filter, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_OWNER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

gint64
bw_owner_filter_get_owner (BwOwnerFilter *self)
{
  guint position;

  g_return_val_if_fail (BW_IS_OWNER_FILTER (self), 0);

  position = gtk_drop_down_get_selected (self->dropdown);
  return position < self->ids->len ? g_array_index (self->ids, gint64, position) : 0;
}

void
bw_owner_filter_set_owner (BwOwnerFilter *self,
                           gint64         owner)
{
  g_return_if_fail (BW_IS_OWNER_FILTER (self));

  /* Position 1 may be "My cases": the same worker, in words. */
  for (guint i = 0; i < self->ids->len; i++)
    if (g_array_index (self->ids, gint64, i) == owner)
      {
        gtk_drop_down_set_selected (self->dropdown, i);
        return;
      }
}

typedef struct {
  gint64 me;
  GListModel *members;
} Team;

static void
team_free (Team *t)
{
  g_clear_object (&t->members);
  g_free (t);
}

static gpointer
read_team (BwCaseStore  *store,
           gpointer      data,
           GError      **error)
{
  Team *t = g_new0 (Team, 1);

  t->me = bw_case_store_get_user_id (store);
  t->members = bw_case_store_list_team_members (store);
  return t;
}

static void
team_read (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(BwOwnerFilter) self = user_data;
  g_autoptr(GError) error = NULL;
  Team *t = bw_case_store_read_finish (BW_CASE_STORE (source), result, &error);
  gint64 chosen, zero = 0;
  guint n_workers = 0;

  if (t == NULL)
    return;
  if (self->ids == NULL)
    {
      team_free (t);
      return;
    }
  chosen = bw_owner_filter_get_owner (self);
  self->filling = TRUE;
  g_array_set_size (self->ids, 0);
  gtk_string_list_splice (self->names, 0, g_list_model_get_n_items (G_LIST_MODEL (self->names)), NULL);
  gtk_string_list_append (self->names, _("All workers"));
  g_array_append_val (self->ids, zero);
  for (guint i = 0; i < g_list_model_get_n_items (t->members); i++)
    {
      g_autoptr(BwTeamMember) m = g_list_model_get_item (t->members, i);
      gint64 id = bw_team_member_get_id (m);

      /* Cases belong to workers, never to the coordinator. */
      if (g_strcmp0 (bw_team_member_get_role (m), "buurtteam") != 0)
        continue;
      if (id == t->me)
        {
          gtk_string_list_splice (self->names, 1, 0, (const char *const[]) { _("My cases"), NULL });
          g_array_insert_val (self->ids, 1, id);
        }
      else
        {
          gtk_string_list_append (self->names, bw_team_member_get_name (m));
          g_array_append_val (self->ids, id);
        }
      n_workers++;
    }
  gtk_drop_down_set_selected (self->dropdown, 0);
  bw_owner_filter_set_owner (self, chosen);
  self->filling = FALSE;
  gtk_widget_set_visible (GTK_WIDGET (self), n_workers > 0);
  if (bw_owner_filter_get_owner (self) != chosen)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OWNER]);
  team_free (t);
}

void
bw_owner_filter_reload (BwOwnerFilter *self)
{
  g_return_if_fail (BW_IS_OWNER_FILTER (self));

  if (self->store == NULL)
    return;
  bw_case_store_read_async (self->store, read_team, NULL, NULL, self->cancellable, team_read,
                            g_object_ref (self));
}

void
bw_owner_filter_set_store (BwOwnerFilter *self,
                           BwCaseStore   *store)
{
  g_return_if_fail (BW_IS_OWNER_FILTER (self));

  g_set_object (&self->store, store);
  bw_owner_filter_reload (self);
}

static void
selected_changed (BwOwnerFilter *self)
{
  if (!self->filling)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OWNER]);
}

static void
bw_owner_filter_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_OWNER:
      g_value_set_int64 (value, bw_owner_filter_get_owner (BW_OWNER_FILTER (object)));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bw_owner_filter_dispose (GObject *object)
{
  BwOwnerFilter *self = BW_OWNER_FILTER (object);

  /* A read still on its way finds nothing to fill. */
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->store);
  g_clear_pointer (&self->ids, g_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), BW_TYPE_OWNER_FILTER);
  G_OBJECT_CLASS (bw_owner_filter_parent_class)->dispose (object);
}

static void
bw_owner_filter_class_init (BwOwnerFilterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bw_owner_filter_dispose;
  object_class->get_property = bw_owner_filter_get_property;

  properties[PROP_OWNER] = g_param_spec_int64 ("owner", NULL, NULL, 0, G_MAXINT64, 0,
                                               G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY |
                                               G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/nl/heerlen/Buurtwerk/ui/bw-owner-filter.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, BwOwnerFilter, dropdown);
  gtk_widget_class_bind_template_child (widget_class, BwOwnerFilter, names);
}

static void
bw_owner_filter_init (BwOwnerFilter *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->cancellable = g_cancellable_new ();
  gtk_drop_down_set_expression (self->dropdown,
                                gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string"));
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
  g_signal_connect_swapped (self->dropdown, "notify::selected", G_CALLBACK (selected_changed), self);
}
