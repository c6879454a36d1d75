/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-records"
#include "config.h"

#include <string.h>

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "bw-report.h"

/* More would not be one answer of the server (60 months). */
#define MAX_MONTHS 60

struct _BwReport
{
  GObject parent_instance;

  GPtrArray *months;        /* char * */
  char *area;
  char *computed_at;
  GHashTable *series;       /* name -> gint64[n] */
  GPtrArray *names;         /* series names in the answer's order */
};

G_DEFINE_FINAL_TYPE (BwReport, bw_report, G_TYPE_OBJECT)

static void
bw_report_finalize (GObject *object)
{
  BwReport *self = (BwReport *) object;

  g_ptr_array_unref (self->months);
  g_free (self->area);
  g_free (self->computed_at);
  g_hash_table_unref (self->series);
  g_ptr_array_unref (self->names);

  G_OBJECT_CLASS (bw_report_parent_class)->finalize (object);
}

static void
bw_report_class_init (BwReportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bw_report_finalize;
}

static void
bw_report_init (BwReport *self)
{
  self->months = g_ptr_array_new_with_free_func (g_free);
  self->series = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->names = g_ptr_array_new_with_free_func (g_free);
}

static gboolean
invalid (GError    **error,
         const char *what)
{
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "Not a report: %s", what);
  return FALSE;
}

static gboolean
read_series (BwReport   *self,
             const char *name,
             JsonNode   *node,
             GError    **error)
{
  JsonArray *array;
  gint64 *counts;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node) ||
      json_array_get_length (array = json_node_get_array (node)) != self->months->len)
    return invalid (error, name);
  counts = g_new0 (gint64, MAX (self->months->len, 1));
  for (guint i = 0; i < self->months->len; i++)
    {
      JsonNode *n = json_array_get_element (array, i);

      if (JSON_NODE_HOLDS_NULL (n))
        counts[i] = BW_REPORT_HIDDEN;
      else if (JSON_NODE_HOLDS_VALUE (n) && json_node_get_value_type (n) == G_TYPE_INT64 && json_node_get_int (n) >= 0)
        counts[i] = json_node_get_int (n);
      else
        {
          g_free (counts);
          return invalid (error, name);
        }
    }
  g_hash_table_replace (self->series, g_strdup (name), counts);
  g_ptr_array_add (self->names, g_strdup (name));
  return TRUE;
}

static gboolean
read_group (BwReport   *self,
            JsonObject *root,
            const char *member,
            const char *prefix,
            GError    **error)
{
  JsonNode *node = json_object_get_member (root, member);
  JsonObjectIter iter;
  const char *key;
  JsonNode *value;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return invalid (error, member);
  json_object_iter_init (&iter, json_node_get_object (node));
  while (json_object_iter_next (&iter, &key, &value))
    {
      g_autofree char *name = g_strconcat (prefix, key, NULL);

      if (strlen (key) > 32 || !read_series (self, name, value, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
is_month (const char *text)
{
  return text != NULL && strlen (text) == 7 && g_ascii_isdigit (text[0]) && g_ascii_isdigit (text[1]) &&
         g_ascii_isdigit (text[2]) && g_ascii_isdigit (text[3]) && text[4] == '-' &&
         g_ascii_isdigit (text[5]) && g_ascii_isdigit (text[6]) &&
         (text[5] == '0' ? text[6] != '0' : (text[5] == '1' && text[6] <= '2'));
}

BwReport *
bw_report_parse (const char  *json,
                 GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(BwReport) self = g_object_new (BW_TYPE_REPORT, NULL);
  JsonObject *root;
  JsonNode *node;
  JsonArray *months;

  if (json == NULL || !json_parser_load_from_data (parser, json, -1, NULL) ||
      !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    return (invalid (error, "JSON"), NULL);
  root = json_node_get_object (json_parser_get_root (parser));
  node = json_object_get_member (root, "months");
  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node) ||
      json_array_get_length (months = json_node_get_array (node)) == 0 ||
      json_array_get_length (months) > MAX_MONTHS)
    return (invalid (error, "months"), NULL);
  for (guint i = 0; i < json_array_get_length (months); i++)
    {
      JsonNode *m = json_array_get_element (months, i);
      const char *text = JSON_NODE_HOLDS_VALUE (m) && json_node_get_value_type (m) == G_TYPE_STRING
                         ? json_node_get_string (m) : NULL;

      if (!is_month (text))
        return (invalid (error, "months"), NULL);
      g_ptr_array_add (self->months, g_strdup (text));
    }
  self->area = g_strdup (json_object_get_string_member_with_default (root, "area", "all"));
  self->computed_at = g_strdup (json_object_get_string_member_with_default (root, "computed_at", NULL));
  for (const char **s = (const char *[]) { "inflow", "outflow", "caseload", "with_debts", NULL }; *s; s++)
    if (!read_series (self, *s, json_object_get_member (root, *s), error))
      return NULL;
  if (!read_group (self, root, "outcomes", "outcome:", error) ||
      !read_group (self, root, "tracks_in", "track:", error))
    return NULL;
  return g_steal_pointer (&self);
}

guint
bw_report_get_n_months (BwReport *self)
{
  g_return_val_if_fail (BW_IS_REPORT (self), 0);
  return self->months->len;
}

const char *
bw_report_get_month (BwReport *self,
                     guint     i)
{
  g_return_val_if_fail (BW_IS_REPORT (self), NULL);
  return i < self->months->len ? g_ptr_array_index (self->months, i) : NULL;
}

const char *
bw_report_get_area (BwReport *self)
{
  g_return_val_if_fail (BW_IS_REPORT (self), NULL);
  return self->area;
}

const char *
bw_report_get_computed_at (BwReport *self)
{
  g_return_val_if_fail (BW_IS_REPORT (self), NULL);
  return self->computed_at;
}

const gint64 *
bw_report_get_series (BwReport   *self,
                      const char *name)
{
  g_return_val_if_fail (BW_IS_REPORT (self), NULL);
  return g_hash_table_lookup (self->series, name);
}
