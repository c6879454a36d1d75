/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-records"
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

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


/* A string member, or @fallback when it is absent, null or anything but
 * a string. json_object_get_string_member_with_default() warns on an
 * object or array and returns NULL for a number, which the callers then
 * compared as a string; the file is outside input (found by fuzz-geojson). */
static const char *
string_member (JsonObject *object,
               const char *member,
               const char *fallback)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return fallback;
  return json_node_get_string (node);
}

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

static gboolean
is_buurt_code (const char *code)
{
  /* BU + 4-digit municipality + 4-digit wijk/buurt number. */
  if (code == NULL || strlen (code) != 10 || !g_str_has_prefix (code, "BU"))
    return FALSE;
  for (int i = 2; i < 10; i++)
    if (!g_ascii_isdigit (code[i]))
      return FALSE;
  return TRUE;
}

static int
compare_by_code (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  return g_strcmp0 (((BwNeighbourhood *) a)->code, ((BwNeighbourhood *) b)->code);
}

GListModel *
bw_neighbourhood_load_geojson (GBytes  *bytes,
                               GError **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GListStore) store = g_list_store_new (BW_TYPE_NEIGHBOURHOOD);
  g_autoptr(GBytes) owned = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  JsonObject *root;
  JsonArray *features;
  gsize size;
  const char *data;

  if (bytes == NULL)
    {
      owned = g_resources_lookup_data ("/nl/heerlen/Buurtwerk/core/heerlen_buurten.geojson",
                                       G_RESOURCE_LOOKUP_FLAGS_NONE, error);
      if (owned == NULL)
        return NULL;
      bytes = owned;
    }

  /* An empty file has no data pointer, and parses to no root at all: both
   * are a broken file, not a programming error (found by fuzz-geojson). */
  data = g_bytes_get_data (bytes, &size);
  if (!json_parser_load_from_data (parser, data ? data : "", size, error))
    return NULL;

  if (json_parser_get_root (parser) == NULL ||
      !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)) ||
      !(root = json_node_get_object (json_parser_get_root (parser))) ||
      !json_object_has_member (root, "features") ||
      !JSON_NODE_HOLDS_ARRAY (json_object_get_member (root, "features")))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("The neighbourhood file is not a GeoJSON feature collection"));
      return NULL;
    }

  features = json_object_get_array_member (root, "features");
  for (guint i = 0; i < json_array_get_length (features); i++)
    {
      JsonNode *node = json_array_get_element (features, i);
      JsonObject *props;
      const char *code;
      const char *name;

      if (!JSON_NODE_HOLDS_OBJECT (node) ||
          !json_object_has_member (json_node_get_object (node), "properties") ||
          !JSON_NODE_HOLDS_OBJECT (json_object_get_member (json_node_get_object (node), "properties")))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       _("Neighbourhood %u in the file has no properties"), i + 1);
          return NULL;
        }

      props = json_object_get_object_member (json_node_get_object (node), "properties");
      code = string_member (props, "code", NULL);
      name = string_member (props, "name", NULL);

      if (!is_buurt_code (code))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       _("Neighbourhood %u in the file has no valid CBS code"), i + 1);
          return NULL;
        }
      if (name == NULL || *name == '\0')
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       _("Neighbourhood %s in the file has no name"), code);
          return NULL;
        }
      if (g_hash_table_contains (seen, code))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       _("Neighbourhood %s appears twice in the file"), code);
          return NULL;
        }
      g_hash_table_add (seen, (gpointer) code);

      {
        g_autoptr(BwNeighbourhood) n =
          bw_neighbourhood_new (code, name,
                                string_member (props, "wijk_code", NULL),
                                string_member (props, "wijk_name", NULL),
                                string_member (props, "heerlen_noord", NULL));
        g_list_store_append (store, n);
      }
    }

  if (g_list_model_get_n_items (G_LIST_MODEL (store)) == 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("The neighbourhood file holds no neighbourhoods"));
      return NULL;
    }

  g_list_store_sort (store, compare_by_code, NULL);

  return G_LIST_MODEL (g_steal_pointer (&store));
}
