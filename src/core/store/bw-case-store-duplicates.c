/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-store"
#include "config.h"

/* Likely duplicates of a new case: a resident who is already known must
 * not get a second case by mistake. */

#include <string.h>

#include "bw-case-store-duplicates.h"
#include "bw-case-store-private.h"
#include "bw-sqlite.h"

/* The address key in SQL, the same as bw_case_address_key(): SQLite's
 * lower() folds ASCII only, as g_ascii_strdown() does. */
#define ADDRESS_KEY_SQL(col) \
  "lower (replace (replace (replace (replace (" col ", ' ', ''), ',', ''), '.', ''), '-', ''))"

#define DUPLICATES_SQL                                                       \
  "SELECT id, name, date_of_birth FROM cases"                               \
  " WHERE deleted = 0 AND id != ?3"                                         \
  "   AND ((?1 IS NOT NULL AND date_of_birth = ?1)"                         \
  "        OR (?2 IS NOT NULL AND " ADDRESS_KEY_SQL ("address") " = ?2))"   \
  " ORDER BY id"

char *
bw_case_address_key (const char *address)
{
  GString *key;

  if (address == NULL)
    return NULL;
  key = g_string_new (NULL);
  for (const char *p = address; *p; p++)
    if (!strchr (" ,.-", *p))
      g_string_append_c (key, g_ascii_tolower (*p));
  if (key->len == 0)
    {
      g_string_free (key, TRUE);
      return NULL;
    }
  return g_string_free (key, FALSE);
}

static int
compare_words (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

/* Lower case without accents, only letters and digits, the words sorted:
 * "de Vries, Anna" -> "anna de vries". */
static char *
name_key (const char *name)
{
  g_autofree char *folded = g_utf8_casefold (name ? name : "", -1);
  g_autofree char *ascii = g_str_to_ascii (folded, "C");
  g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func (g_free);
  GString *word = g_string_new (NULL);

  for (const char *p = ascii;; p++)
    {
      if (*p != '\0' && g_ascii_isalnum (*p))
        {
          g_string_append_c (word, *p);
          continue;
        }
      if (word->len > 0)
        g_ptr_array_add (words, g_strdup (word->str));
      g_string_truncate (word, 0);
      if (*p == '\0')
        break;
    }
  g_string_free (word, TRUE);
  g_ptr_array_sort (words, compare_words);
  g_ptr_array_add (words, NULL);
  return g_strjoinv (" ", (char **) words->pdata);
}

/* Levenshtein distance, stopping early above @limit. */
static guint
distance (const char *a,
          const char *b,
          guint       limit)
{
  gsize la = strlen (a), lb = strlen (b);
  g_autofree guint *row = NULL;

  if ((la > lb ? la - lb : lb - la) > limit)
    return limit + 1;
  row = g_new (guint, lb + 1);
  for (gsize j = 0; j <= lb; j++)
    row[j] = j;
  for (gsize i = 1; i <= la; i++)
    {
      guint diagonal = row[0];
      guint best;

      row[0] = i;
      best = row[0];
      for (gsize j = 1; j <= lb; j++)
        {
          guint above = row[j];
          guint cost = a[i - 1] == b[j - 1] ? 0 : 1;

          row[j] = MIN (MIN (row[j] + 1, row[j - 1] + 1), diagonal + cost);
          diagonal = above;
          best = MIN (best, row[j]);
        }
      if (best > limit)
        return limit + 1;
    }
  return row[lb];
}

gboolean
bw_case_names_similar (const char *a,
                       const char *b)
{
  g_autofree char *ka = name_key (a);
  g_autofree char *kb = name_key (b);

  if (*ka == '\0' || *kb == '\0')
    return FALSE;
  return distance (ka, kb, 2) <= 2;
}

GPtrArray *
bw_case_store_find_duplicates (BwCaseStore  *self,
                               BwCase       *candidate,
                               GError      **error)
{
  g_autoptr(GPtrArray) by_name = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) by_address = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) same_person = g_array_new (FALSE, FALSE, sizeof (gboolean));
  g_autofree char *address = NULL;
  const char *dob;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (BW_IS_CASE_STORE (self), NULL);
  g_return_val_if_fail (BW_IS_CASE (candidate), NULL);

  dob = bw_case_get_date_of_birth (candidate);
  address = bw_case_address_key (bw_case_get_address (candidate));
  stmt = bw_db_prepare (bw_case_store_conn (self), DUPLICATES_SQL, error);
  if (stmt == NULL)
    return NULL;
  bw_sqlite_bind_text (stmt, 1, dob && *dob ? dob : NULL);
  bw_sqlite_bind_text (stmt, 2, address);
  sqlite3_bind_int64 (stmt, 3, bw_case_get_id (candidate));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      const char *other_dob = bw_sqlite_column_text (stmt, 2);
      gboolean person = dob != NULL && g_strcmp0 (other_dob, dob) == 0 &&
                        bw_case_names_similar (bw_case_get_name (candidate), bw_sqlite_column_text (stmt, 1));

      g_array_append_val (ids, id);
      g_array_append_val (same_person, person);
    }
  if (rc != SQLITE_DONE)
    {
      bw_db_set_error_from_handle (bw_db_get_handle (bw_case_store_conn (self)), rc, error);
      sqlite3_reset (stmt);
      return NULL;
    }
  sqlite3_reset (stmt);

  /* The rows were read to the end first: get_case() uses the same
   * connection's statements. */
  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      gboolean person = g_array_index (same_person, gboolean, i);
      g_autoptr(BwCase) found = NULL;
      g_autofree char *found_address = NULL;

      found = bw_case_store_get_case (self, id, error);
      if (found == NULL)
        return NULL;
      found_address = bw_case_address_key (bw_case_get_address (found));
      if (person)
        g_ptr_array_add (by_name, g_steal_pointer (&found));
      else if (address != NULL && g_strcmp0 (found_address, address) == 0)
        g_ptr_array_add (by_address, g_steal_pointer (&found));
    }
  g_ptr_array_extend_and_steal (by_name, g_steal_pointer (&by_address));
  return g_steal_pointer (&by_name);
}
