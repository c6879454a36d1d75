/* SPDX-License-Identifier: EUPL-1.2 */
#include "config.h"

#include "bw-record-sql.h"

typedef struct {
  char *select;
  char *upsert;
} RecordSql;

/* A field's value in a row, as JSON. */
static void
append_json_value (GString       *sql,
                   const BwField *field)
{
  const char *column = bw_field_column (field);

  switch (field->kind)
    {
    case BW_FIELD_BOOL:
      g_string_append_printf (sql, "json (CASE WHEN r.%s THEN 'true' ELSE 'false' END)", column);
      break;
    case BW_FIELD_PARTS:
      g_string_append_printf (sql, "json (r.%s)", column);
      break;
    case BW_FIELD_TEXT:
    case BW_FIELD_DATE:
    case BW_FIELD_TIME:
    case BW_FIELD_UUID:
    case BW_FIELD_INT:
    case BW_FIELD_ENUM:
    default:
      g_string_append_printf (sql, "r.%s", column);
      break;
    }
}

static char *
build_select (const BwRecordSpec *spec)
{
  GString *sql = g_string_new ("SELECT r.deleted, json_object (");
  const char *parent = "r.uuid";

  for (const BwField *field = spec->fields; field->key; field++)
    {
      g_string_append_printf (sql, "%s'%s', ", field == spec->fields ? "" : ", ", field->key);
      append_json_value (sql, field);
    }
  switch (spec->parent)
    {
    case BW_PARENT_CASE_ID:
      parent = "c.uuid";
      break;
    case BW_PARENT_CASE_UUID:
      parent = "r.case_uuid";
      break;
    case BW_PARENT_OFFER_UUID:
      parent = "r.offer_uuid";
      break;
    case BW_PARENT_NONE:
    default:
      break;
    }
  g_string_append_printf (sql, "), %s FROM %s r", parent, spec->table);
  if (spec->parent == BW_PARENT_CASE_ID)
    g_string_append (sql, " JOIN cases c ON c.id = r.case_id");
  g_string_append (sql, " WHERE r.uuid = ?1");
  return g_string_free (sql, FALSE);
}

static char *
build_upsert (const BwRecordSpec *spec)
{
  GString *sql = g_string_new (NULL);

  g_string_append_printf (sql, "INSERT INTO %s (uuid, ", spec->table);
  switch (spec->parent)
    {
    case BW_PARENT_CASE_ID:
      g_string_append (sql, "case_id, ");
      break;
    case BW_PARENT_CASE_UUID:
      g_string_append (sql, "case_uuid, ");
      break;
    case BW_PARENT_OFFER_UUID:
      g_string_append (sql, "offer_uuid, ");
      break;
    case BW_PARENT_NONE:
    default:
      break;
    }
  g_string_append (sql, "created_at, created_by, updated_at, updated_by, deleted");
  for (const BwField *field = spec->fields; field->key; field++)
    g_string_append_printf (sql, ", %s", bw_field_column (field));

  g_string_append (sql, ") VALUES (?1, ");
  switch (spec->parent)
    {
    case BW_PARENT_CASE_ID:
      g_string_append (sql, "(SELECT id FROM cases WHERE uuid = ?2), ");
      break;
    case BW_PARENT_CASE_UUID:
    case BW_PARENT_OFFER_UUID:
      g_string_append (sql, "?2, ");
      break;
    case BW_PARENT_NONE:
    default:
      break;
    }
  g_string_append (sql, "?5, ?6, ?5, ?6, ?4");
  for (const BwField *field = spec->fields; field->key; field++)
    g_string_append_printf (sql, ", json_extract (?3, '$.%s')", field->key);

  g_string_append (sql, ") ON CONFLICT (uuid) DO UPDATE SET revision = revision + 1,"
                        " updated_at = excluded.updated_at, updated_by = excluded.updated_by,"
                        " deleted = excluded.deleted");
  for (const BwField *field = spec->fields; field->key; field++)
    g_string_append_printf (sql, ", %s = excluded.%s", bw_field_column (field), bw_field_column (field));
  return g_string_free (sql, FALSE);
}

/* Built once, on whichever thread asks first (the sync engine's worker
 * or the main thread), and kept for the life of the process. */
static RecordSql *
record_sql (void)
{
  static RecordSql *sql;

  if (g_once_init_enter (&sql))
    {
      RecordSql *built = g_new0 (RecordSql, BW_RECORD_TYPE_N);

      for (int type = 0; type < BW_RECORD_TYPE_N; type++)
        {
          built[type].select = build_select (bw_record_spec (type));
          built[type].upsert = build_upsert (bw_record_spec (type));
        }
      g_once_init_leave (&sql, built);
    }
  return sql;
}

const char *
bw_record_sql_select (BwRecordType type)
{
  g_return_val_if_fail ((int) type >= 0 && type < BW_RECORD_TYPE_N, NULL);
  return record_sql ()[type].select;
}

const char *
bw_record_sql_upsert (BwRecordType type)
{
  g_return_val_if_fail ((int) type >= 0 && type < BW_RECORD_TYPE_N, NULL);
  return record_sql ()[type].upsert;
}
