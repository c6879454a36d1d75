/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-store"
#include "config.h"

#include "bw-record-sql.h"

typedef struct {
  char *select;
  char *upsert;
  char *insert;
  char *update;
  char *delete;
  char *columns;
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

/* The parent's column, or NULL for a type without a parent. */
static const char *
parent_column (const BwRecordSpec *spec)
{
  switch (spec->parent)
    {
    case BW_PARENT_CASE_ID:
      return "case_id";
    case BW_PARENT_CASE_UUID:
      return "case_uuid";
    case BW_PARENT_OFFER_UUID:
      return "offer_uuid";
    case BW_PARENT_NONE:
    default:
      return NULL;
    }
}

/* The parent's value from its uuid in parameter @n. */
static void
append_parent_value (GString            *sql,
                     const BwRecordSpec *spec,
                     int                 n)
{
  if (spec->parent == BW_PARENT_CASE_ID)
    g_string_append_printf (sql, "(SELECT id FROM cases WHERE uuid = ?%d)", n);
  else
    g_string_append_printf (sql, "?%d", n);
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
  const char *parent = parent_column (spec);

  g_string_append_printf (sql, "INSERT INTO %s (uuid, ", spec->table);
  if (parent != NULL)
    g_string_append_printf (sql, "%s, ", parent);
  g_string_append (sql, "created_at, created_by, updated_at, updated_by, deleted");
  for (const BwField *field = spec->fields; field->key; field++)
    g_string_append_printf (sql, ", %s", bw_field_column (field));

  g_string_append (sql, ") VALUES (?1, ");
  if (parent != NULL)
    {
      append_parent_value (sql, spec, 2);
      g_string_append (sql, ", ");
    }
  g_string_append (sql, "?5, ?6, ?5, ?6, ?4");
  for (const BwField *field = spec->fields; field->key; field++)
    if (field->kind == BW_FIELD_INT && !field->required)
      /* A number an older server leaves out reads as 0. */
      g_string_append_printf (sql, ", coalesce (json_extract (?3, '$.%s'), 0)", field->key);
    else if (field->kind == BW_FIELD_ENUM && !field->required && field->to_key != NULL)
      /* And an enum it leaves out as its first value. */
      g_string_append_printf (sql, ", coalesce (json_extract (?3, '$.%s'), '%s')", field->key,
                              field->to_key (0));
    else
      g_string_append_printf (sql, ", json_extract (?3, '$.%s')", field->key);

  g_string_append (sql, ") ON CONFLICT (uuid) DO UPDATE SET revision = revision + 1,"
                        " updated_at = excluded.updated_at, updated_by = excluded.updated_by,"
                        " deleted = excluded.deleted");
  for (const BwField *field = spec->fields; field->key; field++)
    g_string_append_printf (sql, ", %s = excluded.%s", bw_field_column (field), bw_field_column (field));
  return g_string_free (sql, FALSE);
}

static char *
build_columns (const BwRecordSpec *spec)
{
  GString *sql = g_string_new (NULL);

  for (const BwField *field = spec->fields; field->key; field++)
    g_string_append_printf (sql, "%sr.%s", field == spec->fields ? "" : ", ", bw_field_column (field));
  return g_string_free (sql, FALSE);
}

static char *
build_insert (const BwRecordSpec *spec)
{
  GString *sql = g_string_new (NULL);
  const char *parent = parent_column (spec);

  g_string_append_printf (sql, "INSERT INTO %s (uuid, revision, created_at, created_by, updated_at,"
                               " updated_by", spec->table);
  if (parent != NULL)
    g_string_append_printf (sql, ", %s", parent);
  for (const BwField *field = spec->fields; field->key; field++)
    g_string_append_printf (sql, ", %s", bw_field_column (field));
  g_string_append (sql, ") VALUES (?1, 1, ?2, ?3, ?2, ?3");
  if (parent != NULL)
    {
      g_string_append (sql, ", ");
      append_parent_value (sql, spec, 4);
    }
  for (const BwField *field = spec->fields; field->key; field++)
    g_string_append_printf (sql, ", :%s", bw_field_column (field));
  g_string_append (sql, ")");
  return g_string_free (sql, FALSE);
}

static char *
build_update (const BwRecordSpec *spec)
{
  GString *sql = g_string_new (NULL);
  const char *parent = parent_column (spec);

  /* Every numbered parameter comes before the first named one: SQLite
   * numbers a name after the highest number seen so far. */
  g_string_append_printf (sql, "UPDATE %s SET revision = ?4 + 1, updated_at = ?2, updated_by = ?3",
                          spec->table);
  if (parent != NULL)
    {
      g_string_append_printf (sql, ", %s = ", parent);
      append_parent_value (sql, spec, 5);
    }
  for (const BwField *field = spec->fields; field->key; field++)
    if (!field->assigned)
      g_string_append_printf (sql, ", %s = :%s", bw_field_column (field), bw_field_column (field));
  g_string_append (sql, " WHERE id = ?1 AND revision = ?4 AND deleted = 0");
  return g_string_free (sql, FALSE);
}

static char *
build_delete (const BwRecordSpec *spec)
{
  return g_strdup_printf ("UPDATE %s SET deleted = 1, revision = revision + 1, updated_at = ?2,"
                          " updated_by = ?3 WHERE uuid = ?1 AND deleted = 0", spec->table);
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
          built[type].insert = build_insert (bw_record_spec (type));
          built[type].update = build_update (bw_record_spec (type));
          built[type].delete = build_delete (bw_record_spec (type));
          built[type].columns = build_columns (bw_record_spec (type));
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

const char *
bw_record_sql_insert (BwRecordType type)
{
  g_return_val_if_fail ((int) type >= 0 && type < BW_RECORD_TYPE_N, NULL);
  return record_sql ()[type].insert;
}

const char *
bw_record_sql_update (BwRecordType type)
{
  g_return_val_if_fail ((int) type >= 0 && type < BW_RECORD_TYPE_N, NULL);
  return record_sql ()[type].update;
}

const char *
bw_record_sql_delete (BwRecordType type)
{
  g_return_val_if_fail ((int) type >= 0 && type < BW_RECORD_TYPE_N, NULL);
  return record_sql ()[type].delete;
}

const char *
bw_record_sql_columns (BwRecordType type)
{
  g_return_val_if_fail ((int) type >= 0 && type < BW_RECORD_TYPE_N, NULL);
  return record_sql ()[type].columns;
}

void
bw_record_sql_bind_fields (BwRecord     *record,
                           sqlite3_stmt *stmt)
{
  const BwRecordSpec *spec;

  g_return_if_fail (BW_IS_RECORD (record));

  spec = bw_record_spec (bw_record_get_record_type (record));
  for (const BwField *field = spec->fields; field->key; field++)
    {
      g_autofree char *name = g_strconcat (":", bw_field_column (field), NULL);
      int index = sqlite3_bind_parameter_index (stmt, name);
      const char *text = NULL;

      /* Saving a record's form leaves the assigned fields alone. */
      if (index == 0 && field->assigned)
        continue;
      g_return_if_fail (index > 0);
      switch (field->kind)
        {
        case BW_FIELD_INT:
          sqlite3_bind_int64 (stmt, index, bw_record_get_int (record, field->key));
          continue;
        case BW_FIELD_BOOL:
          sqlite3_bind_int (stmt, index, bw_record_get_bool (record, field->key) ? 1 : 0);
          continue;
        case BW_FIELD_ENUM:
          text = bw_record_get_enum_key (record, field->key);
          break;
        case BW_FIELD_TEXT:
        case BW_FIELD_DATE:
        case BW_FIELD_TIME:
        case BW_FIELD_UUID:
        case BW_FIELD_PARTS:
        default:
          text = bw_record_get_text (record, field->key);
          break;
        }
      if (text == NULL)
        sqlite3_bind_null (stmt, index);
      else
        sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
    }
}

void
bw_record_sql_read_fields (BwRecord     *record,
                           sqlite3_stmt *stmt,
                           int           first)
{
  const BwRecordSpec *spec;
  int column = first;

  g_return_if_fail (BW_IS_RECORD (record));

  spec = bw_record_spec (bw_record_get_record_type (record));
  for (const BwField *field = spec->fields; field->key; field++, column++)
    switch (field->kind)
      {
      case BW_FIELD_INT:
        bw_record_set_int (record, field->key, sqlite3_column_int64 (stmt, column));
        break;
      case BW_FIELD_BOOL:
        bw_record_set_bool (record, field->key, sqlite3_column_int (stmt, column) != 0);
        break;
      case BW_FIELD_ENUM:
        {
          const char *key = (const char *) sqlite3_column_text (stmt, column);

          /* An unknown key (a newer desktop's) reads as the default, as
           * the typed _from_key() functions always did. */
          if (!bw_record_set_enum_key (record, field->key, key) && field->to_key != NULL)
            bw_record_set_enum (record, field->key, field->from_key (key));
          break;
        }
      case BW_FIELD_TEXT:
      case BW_FIELD_DATE:
      case BW_FIELD_TIME:
      case BW_FIELD_UUID:
      case BW_FIELD_PARTS:
      default:
        bw_record_set_text (record, field->key, (const char *) sqlite3_column_text (stmt, column));
        break;
      }
}

void
bw_record_sql_read_bookkeeping (BwRecord     *record,
                                sqlite3_stmt *stmt)
{
  bw_record_set_id (record, sqlite3_column_int64 (stmt, 0));
  bw_record_set_uuid (record, (const char *) sqlite3_column_text (stmt, 1));
  bw_record_set_revision (record, sqlite3_column_int64 (stmt, 2));
  bw_record_set_created_at (record, (const char *) sqlite3_column_text (stmt, 3));
  bw_record_set_created_by (record, (const char *) sqlite3_column_text (stmt, 4));
  bw_record_set_updated_at (record, (const char *) sqlite3_column_text (stmt, 5));
  bw_record_set_updated_by (record, (const char *) sqlite3_column_text (stmt, 6));
  bw_record_set_deleted (record, sqlite3_column_int (stmt, 7));
}
