/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-records"
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "bw-field.h"
#include "bw-figures.h"

const char *
bw_figures_key_to_string (BwFiguresKey key)
{
  static const char * const keys[BW_FIGURES_N] = {
    "open_cases", "debts", "track_work", "track_development", "track_care", "training_demand",
    "need_language", "need_digital", "need_work",
  };

  g_return_val_if_fail ((int) key >= 0 && key < BW_FIGURES_N, NULL);
  return keys[key];
}

/* A view named after @type's desktop table over the server's records of
 * that type: the uuid stands for the local id, the case's uuid for its
 * case_id, and each field is read from the record's fields by its key.
 * PostgreSQL compares by type, so there a number or a boolean is cast to
 * one (SQLite's json_extract already answers them as numbers). */
static void
append_view (GString      *sql,
             BwRecordType  type,
             gboolean      postgresql)
{
  const BwRecordSpec *spec = bw_record_spec (type);

  g_string_append_printf (sql, postgresql ? "CREATE OR REPLACE TEMP VIEW %s AS SELECT uuid AS id,"
                                            " case_uuid AS case_id, deleted"
                                          : "CREATE TEMP VIEW IF NOT EXISTS %s AS SELECT uuid AS id,"
                                            " case_uuid AS case_id, deleted", spec->table);
  for (const BwField *field = spec->fields; field->key != NULL; field++)
    if (postgresql && (field->kind == BW_FIELD_INT || field->kind == BW_FIELD_BOOL))
      g_string_append_printf (sql, ", CAST (json_extract (fields, '$.%s') AS BIGINT) AS %s",
                              field->key, bw_field_column (field));
    else
      g_string_append_printf (sql, ", json_extract (fields, '$.%s') AS %s", field->key, bw_field_column (field));
  g_string_append_printf (sql, " FROM %s WHERE type = '%s';\n", postgresql ? "records" : "main.records",
                          bw_record_type_to_key (type));
}

const char *
bw_figures_views_sql (gboolean postgresql)
{
  static char *sql[2];
  int i = postgresql ? 1 : 0;

  if (g_once_init_enter (&sql[i]))
    {
      GString *s = g_string_new (NULL);

      append_view (s, BW_RECORD_TYPE_CASE, postgresql);
      append_view (s, BW_RECORD_TYPE_ASSESSMENT, postgresql);
      g_once_init_leave (&sql[i], g_string_free (s, FALSE));
    }
  return sql[i];
}

char *
bw_figures_format_count (gint64 count)
{
  if (count < BW_FIGURES_MIN_SHOWN)
    /* TRANSLATORS: a count too small to show, so that no one can be singled out */
    return g_strdup (_("< 5"));
  /* The ' flag groups thousands as the locale does: "2.585" in Dutch. */
  return g_strdup_printf ("%'" G_GINT64_FORMAT, count);
}

void
bw_figures_suppress (gint64 *counts,
                     guint   n_rows,
                     guint   n_columns)
{
  for (guint col = 0; col < n_columns; col++)
    {
      guint n_suppressed = 0;
      gint64 *smallest = NULL;

      for (guint row = 0; row < n_rows; row++)
        {
          gint64 *count = &counts[row * n_columns + col];

          if (*count < BW_FIGURES_MIN_SHOWN)
            {
              *count = BW_FIGURES_SUPPRESSED;
              n_suppressed++;
            }
          else if (smallest == NULL || *count < *smallest)
            smallest = count;
        }
      if (n_suppressed == 1 && smallest != NULL)
        *smallest = BW_FIGURES_SUPPRESSED;
    }
}

/* One row of counts: every key present, each a count or null. */
static gboolean
read_counts (JsonNode *node,
             gint64   *counts)
{
  JsonObject *object;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return FALSE;
  object = json_node_get_object (node);
  for (guint k = 0; k < BW_FIGURES_N; k++)
    {
      JsonNode *value = json_object_get_member (object, bw_figures_key_to_string (k));

      if (value == NULL)
        return FALSE;
      if (JSON_NODE_HOLDS_NULL (value))
        counts[k] = BW_FIGURES_SUPPRESSED;
      else if (JSON_NODE_HOLDS_VALUE (value) && json_node_get_value_type (value) == G_TYPE_INT64 &&
               json_node_get_int (value) >= 0)
        counts[k] = json_node_get_int (value);
      else
        return FALSE;
    }
  return TRUE;
}

GHashTable *
bw_figures_parse (const char  *json,
                  gint64       totals[BW_FIGURES_N],
                  char       **computed_at,
                  GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GHashTable) by_code = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  JsonObject *root, *buurten;
  JsonObjectIter iter;
  const char *code;
  JsonNode *node;

  /* An empty text parses, to no root at all. */
  if (json == NULL || !json_parser_load_from_data (parser, json, -1, NULL) ||
      json_parser_get_root (parser) == NULL || !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    goto invalid;
  root = json_node_get_object (json_parser_get_root (parser));
  node = json_object_get_member (root, "buurten");
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    goto invalid;
  buurten = json_node_get_object (node);
  /* Heerlen has 57 buurten; a region a few hundred. */
  if (json_object_get_size (buurten) > 1000)
    goto invalid;
  json_object_iter_init (&iter, buurten);
  while (json_object_iter_next (&iter, &code, &node))
    {
      g_autofree gint64 *counts = g_new0 (gint64, BW_FIGURES_N);

      if (strlen (code) > 16 || !read_counts (node, counts))
        goto invalid;
      g_hash_table_insert (by_code, g_strdup (code), g_steal_pointer (&counts));
    }
  node = json_object_get_member (root, "totals");
  if (node == NULL || !read_counts (node, totals))
    goto invalid;
  node = json_object_get_member (root, "computed_at");
  if (computed_at != NULL)
    *computed_at = node != NULL && JSON_NODE_HOLDS_VALUE (node) &&
                   json_node_get_value_type (node) == G_TYPE_STRING
                   ? g_strdup (json_node_get_string (node)) : NULL;
  return g_steal_pointer (&by_code);

invalid:
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       _("The figures from the server cannot be read"));
  return NULL;
}

GHashTable *
bw_figures_read_kept (BwDb   *db,
                      gint64  totals[BW_FIGURES_N])
{
  g_autofree char *json = bw_db_get_meta (db, BW_FIGURES_META_KEY);
  g_autoptr(GError) error = NULL;
  GHashTable *by_code;

  if (json == NULL)
    return NULL;
  by_code = bw_figures_parse (json, totals, NULL, &error);
  if (by_code == NULL)
    g_warning ("The server's figures that were kept: %s", error->message);
  return by_code;
}
