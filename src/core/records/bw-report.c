/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-records"
#include "config.h"

#include <string.h>

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include <math.h>

#include "bw-enums.h"
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

  gboolean has_scores;
  gint64 score_cases;
  double score_changes[BW_DOMAIN_N];
  GArray *courses;          /* Course */
  gboolean has_placement;
  gint64 placed;
  gint64 median_days;
};

typedef struct {
  char *title;
  gint64 capacity;
  gint64 placed;
  gint64 attendance;
} Course;

static void
course_clear (Course *c)
{
  g_free (c->title);
}

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
  g_array_unref (self->courses);

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
  self->courses = g_array_new (FALSE, TRUE, sizeof (Course));
  g_array_set_clear_func (self->courses, (GDestroyNotify) course_clear);
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

      if (strlen (key) > 32)
        return invalid (error, member);
      if (!read_series (self, name, value, error))
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

/* A count of the answer: a whole number from 0, or null (hidden). */
static gboolean
read_count (JsonObject *object,
            const char *member,
            gint64     *out)
{
  JsonNode *node = object ? json_object_get_member (object, member) : NULL;

  if (node != NULL && JSON_NODE_HOLDS_NULL (node))
    return (*out = BW_REPORT_HIDDEN, TRUE);
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64 ||
      json_node_get_int (node) < 0)
    return FALSE;
  *out = json_node_get_int (node);
  return TRUE;
}

/* @member of @object if it is an object, else NULL (never a warning:
 * the answer is the server's, not trusted). */
static JsonObject *
object_member (JsonObject *object,
               const char *member)
{
  JsonNode *node = object ? json_object_get_member (object, member) : NULL;

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static gboolean
read_period (BwReport    *self,
             JsonObject  *root,
             GError     **error)
{
  JsonObject *scores = object_member (root, "score_changes");
  JsonObject *placement = object_member (root, "referral_to_placement");
  JsonNode *courses_node = json_object_get_member (root, "courses");
  JsonArray *courses = courses_node && JSON_NODE_HOLDS_ARRAY (courses_node) ? json_node_get_array (courses_node) : NULL;

  /* An older server sends none of these. */
  if (scores != NULL)
    {
      JsonObject *domains = object_member (scores, "domains");

      if (domains == NULL || !read_count (scores, "cases", &self->score_cases))
        return invalid (error, "score_changes");
      for (int d = 0; d < BW_DOMAIN_N; d++)
        {
          JsonNode *n = json_object_get_member (domains, bw_domain_to_key (d));

          if (n == NULL || JSON_NODE_HOLDS_NULL (n))
            self->score_changes[d] = NAN;
          else if (JSON_NODE_HOLDS_VALUE (n) && (json_node_get_value_type (n) == G_TYPE_DOUBLE ||
                                                 json_node_get_value_type (n) == G_TYPE_INT64) &&
                   fabs (json_node_get_double (n)) <= 4)
            self->score_changes[d] = json_node_get_double (n);
          else
            return invalid (error, "score_changes");
        }
      self->has_scores = TRUE;
    }
  if (placement != NULL)
    {
      if (!read_count (placement, "placed", &self->placed) ||
          !read_count (placement, "median_days", &self->median_days))
        return invalid (error, "referral_to_placement");
      self->has_placement = TRUE;
    }
  for (guint i = 0; courses != NULL && i < json_array_get_length (courses) && i < 1000; i++)
    {
      JsonNode *node = json_array_get_element (courses, i);
      JsonObject *c = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
      JsonNode *t = c ? json_object_get_member (c, "title") : NULL;
      const char *title = t && JSON_NODE_HOLDS_VALUE (t) && json_node_get_value_type (t) == G_TYPE_STRING
                          ? json_node_get_string (t) : NULL;
      Course course = { 0 };

      if (title == NULL || !g_utf8_validate (title, -1, NULL) || g_utf8_strlen (title, -1) > 200 ||
          !read_count (c, "capacity", &course.capacity) || !read_count (c, "placed", &course.placed) ||
          !read_count (c, "attendance_percent", &course.attendance) || course.attendance > 100)
        return invalid (error, "courses");
      course.title = g_strdup (title);
      g_array_append_val (self->courses, course);
    }
  return TRUE;
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

  /* An empty text parses, with no root at all. */
  if (json == NULL || !json_parser_load_from_data (parser, json, -1, NULL) ||
      json_parser_get_root (parser) == NULL || !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
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
  {
    JsonNode *area = json_object_get_member (root, "area");
    JsonNode *at = json_object_get_member (root, "computed_at");

    self->area = g_strdup (area && JSON_NODE_HOLDS_VALUE (area) && json_node_get_value_type (area) == G_TYPE_STRING
                           ? json_node_get_string (area) : "all");
    self->computed_at = g_strdup (at && JSON_NODE_HOLDS_VALUE (at) && json_node_get_value_type (at) == G_TYPE_STRING
                                  ? json_node_get_string (at) : NULL);
  }
  for (const char **s = (const char *[]) { "inflow", "outflow", "caseload", "with_debts", NULL }; *s; s++)
    if (!read_series (self, *s, json_object_get_member (root, *s), error))
      return NULL;
  if (!read_group (self, root, "outcomes", "outcome:", error) ||
      !read_group (self, root, "tracks_in", "track:", error) || !read_period (self, root, error))
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

gboolean
bw_report_get_score_changes (BwReport *self,
                             gint64   *cases,
                             double    changes[])
{
  g_return_val_if_fail (BW_IS_REPORT (self), FALSE);
  *cases = self->score_cases;
  memcpy (changes, self->score_changes, sizeof self->score_changes);
  return self->has_scores;
}

guint
bw_report_get_n_courses (BwReport *self)
{
  g_return_val_if_fail (BW_IS_REPORT (self), 0);
  return self->courses->len;
}

const char *
bw_report_get_course (BwReport *self,
                      guint     i,
                      gint64   *capacity,
                      gint64   *placed,
                      gint64   *attendance_percent)
{
  const Course *c;

  g_return_val_if_fail (BW_IS_REPORT (self) && i < self->courses->len, NULL);
  c = &g_array_index (self->courses, Course, i);
  *capacity = c->capacity;
  *placed = c->placed;
  *attendance_percent = c->attendance;
  return c->title;
}

gboolean
bw_report_get_placement (BwReport *self,
                         gint64   *placed,
                         gint64   *median_days)
{
  g_return_val_if_fail (BW_IS_REPORT (self), FALSE);
  *placed = self->placed;
  *median_days = self->median_days;
  return self->has_placement;
}
