/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-records"
#include "config.h"

#include "bw-buurt-geojson.h"
#include "bw-neighbourhood.h"

struct _BwNeighbourhood
{
  GObject parent_instance;

  char *code;
  char *name;
  char *wijk_code;
  char *wijk_name;
  char *heerlen_noord;
};

G_DEFINE_FINAL_TYPE (BwNeighbourhood, bw_neighbourhood, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CODE,
  PROP_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];


static void
bw_neighbourhood_finalize (GObject *object)
{
  BwNeighbourhood *self = (BwNeighbourhood *) object;

  g_free (self->code);
  g_free (self->name);
  g_free (self->wijk_code);
  g_free (self->wijk_name);
  g_free (self->heerlen_noord);

  G_OBJECT_CLASS (bw_neighbourhood_parent_class)->finalize (object);
}

static void
bw_neighbourhood_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  BwNeighbourhood *self = BW_NEIGHBOURHOOD (object);

  switch (prop_id)
    {
    case PROP_CODE:
      g_value_set_string (value, self->code);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bw_neighbourhood_class_init (BwNeighbourhoodClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = bw_neighbourhood_finalize;
  object_class->get_property = bw_neighbourhood_get_property;

  /* "name" is a property so that AdwComboRow can show it through an
   * expression. */
  properties[PROP_CODE] = g_param_spec_string ("code", NULL, NULL, NULL,
                                                G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL,
                                                G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
bw_neighbourhood_init (BwNeighbourhood *self)
{
}

BwNeighbourhood *
bw_neighbourhood_new (const char *code,
                      const char *name,
                      const char *wijk_code,
                      const char *wijk_name,
                      const char *heerlen_noord)
{
  BwNeighbourhood *self = g_object_new (BW_TYPE_NEIGHBOURHOOD, NULL);

  self->code = g_strdup (code);
  self->name = g_strdup (name);
  self->wijk_code = g_strdup (wijk_code);
  self->wijk_name = g_strdup (wijk_name);
  self->heerlen_noord = g_strdup (heerlen_noord ? heerlen_noord : "no");

  return self;
}

const char *
bw_neighbourhood_get_code (BwNeighbourhood *self)
{
  g_return_val_if_fail (BW_IS_NEIGHBOURHOOD (self), NULL);
  return self->code;
}

const char *
bw_neighbourhood_get_name (BwNeighbourhood *self)
{
  g_return_val_if_fail (BW_IS_NEIGHBOURHOOD (self), NULL);
  return self->name;
}

const char *
bw_neighbourhood_get_wijk_code (BwNeighbourhood *self)
{
  g_return_val_if_fail (BW_IS_NEIGHBOURHOOD (self), NULL);
  return self->wijk_code;
}

const char *
bw_neighbourhood_get_wijk_name (BwNeighbourhood *self)
{
  g_return_val_if_fail (BW_IS_NEIGHBOURHOOD (self), NULL);
  return self->wijk_name;
}

const char *
bw_neighbourhood_get_heerlen_noord (BwNeighbourhood *self)
{
  g_return_val_if_fail (BW_IS_NEIGHBOURHOOD (self), NULL);
  return self->heerlen_noord;
}

gboolean
bw_neighbourhood_is_heerlen_noord (BwNeighbourhood *self)
{
  g_return_val_if_fail (BW_IS_NEIGHBOURHOOD (self), FALSE);
  return g_str_equal (self->heerlen_noord, "core") ||
         g_str_equal (self->heerlen_noord, "likely");
}

GListModel *
bw_neighbourhood_load_geojson (GBytes  *bytes,
                               GError **error)
{
  g_autoptr(GArray) buurten = bw_buurt_geojson_parse (bytes, NULL, error);
  g_autoptr(GListStore) store = NULL;

  if (buurten == NULL)
    return NULL;
  store = g_list_store_new (BW_TYPE_NEIGHBOURHOOD);
  /* Sorted by code already. */
  for (guint i = 0; i < buurten->len; i++)
    {
      const BwMapBuurt *b = &g_array_index (buurten, BwMapBuurt, i);
      g_autoptr(BwNeighbourhood) n = bw_neighbourhood_new (b->code, b->name, b->wijk_code,
                                                           b->wijk_name, b->heerlen_noord);

      g_list_store_append (store, n);
    }
  return G_LIST_MODEL (g_steal_pointer (&store));
}
