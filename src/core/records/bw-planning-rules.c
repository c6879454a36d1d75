/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-records"
/* The planning's rules that need no database: local time, an offer's and
 * a session's own fields. The desktop's planning and the server share
 * them, so they live beside the records, not in the desktop store. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "bw-date.h"
#include "bw-planning-rules.h"

#define MAX_CAPACITY 10000

G_DEFINE_QUARK (bw-planning-error-quark, bw_planning_error)

gboolean
bw_planning_refuse (GError    **error,
        int         code,
        const char *message)
{
  g_set_error_literal (error, BW_PLANNING_ERROR, code, message);
  return FALSE;
}

/* Local time */

GDateTime *
bw_planning_local_time (const char  *date,
                        const char  *time,
                        GError     **error)
{
  GDateTime *result;

  if (!bw_date_is_iso_date (date))
    {
      g_set_error (error, BW_PLANNING_ERROR, BW_PLANNING_ERROR_DATE,
                   _("“%s” is not a date that exists"), date ? date : "");
      return NULL;
    }
  if (!bw_date_is_iso_time (time))
    {
      g_set_error (error, BW_PLANNING_ERROR, BW_PLANNING_ERROR_START_TIME,
                   _("“%s” is not a time; write it as 09:30"), time ? time : "");
      return NULL;
    }
  /* NULL for a time in the spring-forward gap: refused, not shifted. */
  result = bw_date_local_time (date, time);
  if (result == NULL)
    {
      g_set_error (error, BW_PLANNING_ERROR, BW_PLANNING_ERROR_START_TIME,
                   _("%s does not exist on %s: the clocks go forward from 02:00 to 03:00"),
                   time, date);
      return NULL;
    }
  return result;
}

/* The fields of an offer alone: the same rules for the desktop and, via
 * bw_planning_validate_record_fields(), the server. */
gboolean
bw_planning_rules_check_offer (const char  *title,
                       const char  *buurt_code,
                       gboolean     buurt_known,
                       gint64       capacity,
                       const char  *first_date,
                       const char  *last_date,
                       GError     **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (title ? title : ""));

  if (*stripped == '\0')
    return bw_planning_refuse (error, BW_PLANNING_ERROR_TITLE, _("Give the offer a title"));
  if (buurt_code == NULL || !buurt_known)
    return bw_planning_refuse (error, BW_PLANNING_ERROR_BUURT, _("Choose a buurt of Heerlen for the offer"));
  if (capacity < 1 || capacity > MAX_CAPACITY)
    return bw_planning_refuse (error, BW_PLANNING_ERROR_CAPACITY, _("The number of places must be at least 1"));
  if ((first_date != NULL && !bw_date_is_iso_date (first_date)) ||
      (last_date != NULL && !bw_date_is_iso_date (last_date)))
    return bw_planning_refuse (error, BW_PLANNING_ERROR_PERIOD, _("The period of the offer has a date that does not exist"));
  if (first_date != NULL && last_date != NULL && strcmp (last_date, first_date) < 0)
    return bw_planning_refuse (error, BW_PLANNING_ERROR_PERIOD, _("The last date of the offer is before its first date"));
  return TRUE;
}

gboolean
bw_planning_rules_check_times (const char  *date,
             const char  *start_time,
             const char  *end_time,
             GError     **error)
{
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) end = NULL;
  GError *local_error = NULL;

  start = bw_planning_local_time (date, start_time, error);
  if (start == NULL)
    return FALSE;
  end = bw_planning_local_time (date, end_time, &local_error);
  if (end == NULL)
    {
      /* The same message, but about the end time. */
      if (local_error->code == BW_PLANNING_ERROR_START_TIME)
        local_error->code = BW_PLANNING_ERROR_END_TIME;
      g_propagate_error (error, local_error);
      return FALSE;
    }
  if (strcmp (end_time, start_time) <= 0)
    return bw_planning_refuse (error, BW_PLANNING_ERROR_END_TIME, _("The session must end after it starts"));
  return TRUE;
}
/* The server's check */

static const char *
json_text_member (JsonObject *fields,
                  const char *name)
{
  JsonNode *node = json_object_get_member (fields, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return *json_node_get_string (node) ? json_node_get_string (node) : NULL;
}

gboolean
bw_planning_validate_record_fields (BwRecordType   type,
                                    JsonObject    *fields,
                                    GHashTable    *buurt_codes,
                                    GError       **error)
{
  g_return_val_if_fail (fields != NULL, FALSE);

  switch (type)
    {
    case BW_RECORD_TYPE_OFFER:
      {
        const char *code = json_text_member (fields, "buurt_code");
        JsonNode *capacity = json_object_get_member (fields, "capacity");

        return bw_planning_rules_check_offer (json_text_member (fields, "title"), code,
                                      code != NULL && buurt_codes != NULL &&
                                      g_hash_table_contains (buurt_codes, code),
                                      capacity && JSON_NODE_HOLDS_VALUE (capacity) &&
                                      json_node_get_value_type (capacity) == G_TYPE_INT64 ?
                                        json_node_get_int (capacity) : 0,
                                      json_text_member (fields, "first_date"),
                                      json_text_member (fields, "last_date"), error);
      }
    case BW_RECORD_TYPE_SESSION:
      return bw_planning_rules_check_times (json_text_member (fields, "date"), json_text_member (fields, "start_time"),
                          json_text_member (fields, "end_time"), error);
    case BW_RECORD_TYPE_CASE:
    case BW_RECORD_TYPE_JOURNAL:
    case BW_RECORD_TYPE_ACTION:
    case BW_RECORD_TYPE_ASSESSMENT:
    case BW_RECORD_TYPE_TRACK_CHANGE:
    case BW_RECORD_TYPE_INVOLVEMENT:
    case BW_RECORD_TYPE_HOUSEHOLD_MEMBER:
    case BW_RECORD_TYPE_DEBT:
    case BW_RECORD_TYPE_ATTACHMENT:
    case BW_RECORD_TYPE_ENROLMENT:
    case BW_RECORD_TYPE_ATTENDANCE:
    case BW_RECORD_TYPE_N:
    default:
      return TRUE;
    }
}
