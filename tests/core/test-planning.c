/* SPDX-License-Identifier: EUPL-1.2 */
/* Training-offer planning on a real SQLite file, no display: conflicts,
 * recurrence across DST, capacity and the waiting list, refusals that
 * change nothing, journal notes exactly once, demand per buurt. */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "bw-buurt-figures.h"
#include "bw-csv-writer.h"
#include "bw-demo-data.h"
#include "bw-ics-writer.h"
#include "bw-case-store-private.h"
#include "bw-planning-private.h"
#include "bw-record-json.h"

#define PASSART "BU09172100"
#define MEEZENBROEK "BU09173202"
#define PLACE_A "11111111-1111-4111-8111-111111111111"
#define PLACE_B "22222222-2222-4222-8222-222222222222"

typedef struct {
  char *dir;
  char *path;
  BwCaseStore *store;
  BwPlanning *planning;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("bw-planning-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "cases.db", NULL);
  f->store = bw_case_store_open (f->path, "Tester", &error);
  g_assert_no_error (error);
  f->planning = bw_planning_new (f->store);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GDir) d = NULL;
  const char *name;

  g_clear_object (&f->planning);
  g_clear_object (&f->store);
  d = g_dir_open (f->dir, 0, NULL);
  while (d && (name = g_dir_read_name (d)))
    {
      g_autofree char *p = g_build_filename (f->dir, name, NULL);
      g_unlink (p);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static int
append_row (void  *user_data,
            int    n,
            char **values,
            char **names)
{
  GString *s = user_data;

  for (int i = 0; i < n; i++)
    g_string_append_printf (s, "%s|", values[i] ? values[i] : "NULL");
  g_string_append_c (s, '\n');
  return 0;
}

/* Everything written, as text, to prove that a refusal changed nothing. */
static char *
fingerprint (BwCaseStore *store)
{
  GString *s = g_string_new (NULL);
  const char *tables[] = { "cases", "journal", "offers", "sessions", "enrolments",
                           "attendance", "outbox", NULL };

  for (guint i = 0; tables[i]; i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM %s ORDER BY rowid", tables[i]);
      g_assert_cmpint (sqlite3_exec (bw_case_store_get_db (store), sql, append_row, s, NULL), ==, SQLITE_OK);
    }
  return g_string_free (s, FALSE);
}

static gint64
query_int (BwCaseStore *store,
           const char  *sql,
           const char  *arg)
{
  sqlite3_stmt *stmt = NULL;
  gint64 v = -1;

  g_assert_cmpint (sqlite3_prepare_v2 (bw_case_store_get_db (store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (arg)
    sqlite3_bind_text (stmt, 1, arg, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    v = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return v;
}

static BwOffer *
make_offer (Fixture    *f,
            const char *title,
            const char *trainer,
            int         capacity)
{
  g_autoptr(GError) error = NULL;
  BwOffer *offer = bw_offer_new ();

  bw_offer_set_title (offer, title);
  bw_offer_set_kind (offer, BW_OFFER_KIND_LANGUAGE);
  bw_offer_set_trainer (offer, trainer);
  bw_offer_set_buurt_code (offer, PASSART);
  bw_offer_set_capacity (offer, capacity);
  bw_offer_set_status (offer, BW_OFFER_STATUS_OPEN);
  bw_offer_set_first_date (offer, "2026-01-05");
  bw_offer_set_last_date (offer, "2026-12-18");
  g_assert_true (bw_planning_save_offer (f->planning, offer, &error));
  g_assert_no_error (error);
  g_assert_nonnull (bw_offer_get_uuid (offer));
  return offer;
}

static BwSession *
make_session (BwOffer    *offer,
              const char *date,
              const char *start,
              const char *end,
              const char *place)
{
  BwSession *s = bw_session_new ();

  bw_session_set_offer_uuid (s, bw_offer_get_uuid (offer));
  bw_session_set_date (s, date);
  bw_session_set_start_time (s, start);
  bw_session_set_end_time (s, end);
  bw_session_set_place_uuid (s, place);
  bw_session_set_place_name (s, place ? "Buurthuis" : NULL);
  return s;
}

static BwSession *
save_session (Fixture    *f,
              BwOffer    *offer,
              const char *date,
              const char *start,
              const char *end,
              const char *place,
              guint       expect_conflicts)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) conflicts = NULL;
  BwSession *s = make_session (offer, date, start, end, place);

  g_assert_true (bw_planning_save_session (f->planning, s, expect_conflicts > 0, &conflicts, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (conflicts->len, ==, expect_conflicts);
  return s;
}

static gboolean
stored_conflict (Fixture   *f,
                 BwSession *s)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BwSession) read = bw_planning_get_session (f->planning, bw_session_get_uuid (s), &error);

  g_assert_no_error (error);
  return bw_session_get_has_conflict (read);
}

/* Conflicts */

static void
test_conflicts (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(BwOffer) a = make_offer (f, "Taalcursus Nederlands", "Anja Hermans", 12);
  g_autoptr(BwOffer) b = make_offer (f, "Digitale vaardigheden", "Ruud Janssen", 10);
  g_autoptr(BwSession) first = save_session (f, a, "2026-03-03", "09:00", "10:00", PLACE_A, 0);
  g_autoptr(BwSession) touching = NULL;
  g_autoptr(BwSession) other = NULL;
  g_autoptr(BwSession) same_place = NULL;
  g_autoptr(BwSession) probe = NULL;
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *text = NULL;

  /* Touching intervals, same trainer and place: no conflict either side. */
  touching = save_session (f, a, "2026-03-03", "10:00", "11:00", PLACE_A, 0);
  g_clear_object (&touching);
  touching = save_session (f, a, "2026-03-03", "08:00", "09:00", PLACE_A, 0);
  g_assert_false (stored_conflict (f, first));
  g_assert_false (stored_conflict (f, touching));

  /* A different trainer at a different place overlapping: fine. */
  other = save_session (f, b, "2026-03-03", "09:30", "10:30", PLACE_B, 0);

  /* Overlap by one minute at the edge, same trainer, other place. */
  probe = make_session (a, "2026-03-03", "09:59", "10:30", PLACE_B);
  before = fingerprint (f->store);
  g_assert_false (bw_planning_save_session (f->planning, probe, FALSE, &conflicts, &error));
  g_assert_error (error, BW_PLANNING_ERROR, BW_PLANNING_ERROR_NEEDS_CONFIRMATION);
  g_clear_error (&error);
  /* Overlaps the 09:00 one (trainer), the touching 10:00 one (trainer)
   * and b's session at place B (place). */
  g_assert_cmpuint (conflicts->len, ==, 3);
  {
    guint trainer = 0, place = 0;

    for (guint i = 0; i < conflicts->len; i++)
      {
        BwPlanningConflict *c = g_ptr_array_index (conflicts, i);

        if (bw_planning_conflict_get_kind (c) == BW_PLANNING_CONFLICT_TRAINER)
          trainer++;
        if (bw_planning_conflict_get_kind (c) == BW_PLANNING_CONFLICT_PLACE)
          {
            place++;
            g_assert_cmpstr (bw_planning_conflict_get_other_uuid (c), ==, bw_session_get_uuid (other));
            g_assert_cmpstr (bw_planning_conflict_get_other_title (c), ==, "Digitale vaardigheden");
          }
        text = bw_planning_conflict_describe (c);
        g_assert_true (text != NULL && *text != '\0');
        g_clear_pointer (&text, g_free);
      }
    g_assert_cmpuint (trainer, ==, 2);
    g_assert_cmpuint (place, ==, 1);
  }
  g_clear_pointer (&conflicts, g_ptr_array_unref);
  {
    g_autofree char *after = fingerprint (f->store);
    g_assert_cmpstr (before, ==, after);
  }

  /* Confirmed: stored and marked, and so is the other side. */
  same_place = make_session (b, "2026-03-03", "10:30", "10:45", PLACE_A);
  g_assert_true (bw_planning_save_session (f->planning, same_place, TRUE, &conflicts, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (conflicts->len, ==, 1);
  g_assert_cmpint (bw_planning_conflict_get_kind (g_ptr_array_index (conflicts, 0)), ==,
                   BW_PLANNING_CONFLICT_PLACE);
  g_clear_pointer (&conflicts, g_ptr_array_unref);
  g_assert_true (stored_conflict (f, same_place));
  {
    g_autoptr(BwSession) ten = NULL;
    g_autoptr(GListModel) week = bw_planning_list_sessions (f->planning, "2026-03-02", "2026-03-09",
                                                            NULL, NULL, NULL, NULL);
    guint marked = 0;

    g_assert_cmpuint (g_list_model_get_n_items (week), ==, 5);
    for (guint i = 0; i < 5; i++)
      {
        g_autoptr(BwSession) s = g_list_model_get_item (week, i);
        marked += bw_session_get_has_conflict (s);
      }
    g_assert_cmpuint (marked, ==, 2);

    /* Moving the other one away clears both marks ... */
    bw_session_set_start_time (same_place, "11:00");
    bw_session_set_end_time (same_place, "12:00");
    g_assert_true (bw_planning_save_session (f->planning, same_place, FALSE, &conflicts, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (conflicts->len, ==, 0);
    g_clear_pointer (&conflicts, g_ptr_array_unref);
    g_assert_false (stored_conflict (f, same_place));

    /* ... the live list followed ... */
    marked = 0;
    for (guint i = 0; i < g_list_model_get_n_items (week); i++)
      {
        g_autoptr(BwSession) s = g_list_model_get_item (week, i);
        marked += bw_session_get_has_conflict (s);
      }
    g_assert_cmpuint (marked, ==, 0);

    /* ... and deleting the other side clears a mark too. */
    ten = make_session (b, "2026-03-03", "11:00", "11:30", PLACE_B);
    g_assert_true (bw_planning_save_session (f->planning, ten, TRUE, NULL, &error));
    g_assert_true (stored_conflict (f, ten));
    g_assert_true (bw_planning_delete_session (f->planning, bw_session_get_uuid (same_place), &error));
    g_assert_no_error (error);
    g_assert_false (stored_conflict (f, ten));
    conflicts = bw_planning_session_conflicts (f->planning, bw_session_get_uuid (ten), &error);
    g_assert_no_error (error);
    g_assert_cmpuint (conflicts->len, ==, 0);
    g_clear_pointer (&conflicts, g_ptr_array_unref);
  }

  /* Outside the offer's period: a conflict to confirm, not a refusal. */
  g_clear_object (&probe);
  probe = make_session (a, "2026-12-22", "09:00", "10:00", NULL);
  g_assert_false (bw_planning_save_session (f->planning, probe, FALSE, &conflicts, &error));
  g_assert_error (error, BW_PLANNING_ERROR, BW_PLANNING_ERROR_NEEDS_CONFIRMATION);
  g_clear_error (&error);
  g_assert_cmpuint (conflicts->len, ==, 1);
  g_assert_cmpint (bw_planning_conflict_get_kind (g_ptr_array_index (conflicts, 0)), ==,
                   BW_PLANNING_CONFLICT_OUTSIDE_PERIOD);
  g_clear_pointer (&conflicts, g_ptr_array_unref);
  g_assert_true (bw_planning_save_session (f->planning, probe, TRUE, NULL, &error));
  g_assert_true (stored_conflict (f, probe));
  /* The session defaulted to the offer's trainer. */
  g_assert_cmpstr (bw_session_get_trainer (probe), ==, "Anja Hermans");
}

/* Refusals */

static void
test_refusals (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(BwOffer) offer = make_offer (f, "Sollicitatietraining", "Anja Hermans", 2);
  g_autoptr(BwOffer) cancelled = make_offer (f, "Zorg-oriëntatie", "Ruud Janssen", 8);
  g_autofree char *before = NULL;
  g_autoptr(GError) error = NULL;
  struct {
    const char *date, *start, *end;
    int code;
  } bad[] = {
    { "2026-02-31", "09:00", "10:00", BW_PLANNING_ERROR_DATE },
    { "2026-02-30", "09:00", "10:00", BW_PLANNING_ERROR_DATE },
    { "31-02-2026", "09:00", "10:00", BW_PLANNING_ERROR_DATE },
    { "2026-03-03", "10:00", "09:00", BW_PLANNING_ERROR_END_TIME },
    { "2026-03-03", "10:00", "10:00", BW_PLANNING_ERROR_END_TIME },
    { "2026-03-03", "9.30", "10:00", BW_PLANNING_ERROR_START_TIME },
    { "2026-03-03", "09:00", "24:00", BW_PLANNING_ERROR_END_TIME },
    /* The spring-forward gap of 2026: 02:00-03:00 on 29 March. */
    { "2026-03-29", "02:30", "04:00", BW_PLANNING_ERROR_START_TIME },
    { "2026-03-29", "01:00", "02:15", BW_PLANNING_ERROR_END_TIME },
  };

  bw_offer_set_status (cancelled, BW_OFFER_STATUS_CANCELLED);
  g_assert_true (bw_planning_save_offer (f->planning, cancelled, &error));
  g_assert_no_error (error);
  before = fingerprint (f->store);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(BwSession) s = make_session (offer, bad[i].date, bad[i].start, bad[i].end, NULL);

      g_assert_false (bw_planning_save_session (f->planning, s, TRUE, NULL, &error));
      g_assert_error (error, BW_PLANNING_ERROR, bad[i].code);
      g_test_message ("%s %s-%s: %s", bad[i].date, bad[i].start, bad[i].end, error->message);
      g_clear_error (&error);
    }
  {
    g_autoptr(BwSession) s = make_session (cancelled, "2026-03-03", "09:00", "10:00", NULL);

    g_assert_false (bw_planning_save_session (f->planning, s, TRUE, NULL, &error));
    g_assert_error (error, BW_PLANNING_ERROR, BW_PLANNING_ERROR_OFFER);
    g_clear_error (&error);
    g_assert_false (bw_planning_add_recurring_sessions (f->planning, s, 1, 8, NULL, TRUE, NULL, NULL, &error));
    g_assert_error (error, BW_PLANNING_ERROR, BW_PLANNING_ERROR_OFFER);
    g_clear_error (&error);
  }
  /* A series with one session in the gap is refused as a whole. */
  {
    g_autoptr(BwSession) s = make_session (offer, "2026-03-15", "02:30", "03:30", NULL);

    g_assert_false (bw_planning_add_recurring_sessions (f->planning, s, 1, 4, NULL, TRUE, NULL, NULL, &error));
    g_assert_error (error, BW_PLANNING_ERROR, BW_PLANNING_ERROR_START_TIME);
    g_assert_nonnull (strstr (error->message, "2026-03-29"));
    g_clear_error (&error);
  }
  /* Offers: no title, an unknown buurt, capacity 0, a period backwards. */
  {
    g_autoptr(BwOffer) o = bw_offer_copy (offer);

    bw_offer_set_title (o, "   ");
    g_assert_false (bw_planning_save_offer (f->planning, o, &error));
    g_assert_error (error, BW_PLANNING_ERROR, BW_PLANNING_ERROR_TITLE);
    g_clear_error (&error);
    bw_offer_set_title (o, "Sollicitatietraining");
    bw_offer_set_buurt_code (o, "BU99999999");
    g_assert_false (bw_planning_save_offer (f->planning, o, &error));
    g_assert_error (error, BW_PLANNING_ERROR, BW_PLANNING_ERROR_BUURT);
    g_clear_error (&error);
    bw_offer_set_buurt_code (o, PASSART);
    bw_offer_set_capacity (o, 0);
    g_assert_false (bw_planning_save_offer (f->planning, o, &error));
    g_assert_error (error, BW_PLANNING_ERROR, BW_PLANNING_ERROR_CAPACITY);
    g_clear_error (&error);
    bw_offer_set_capacity (o, 2);
    bw_offer_set_last_date (o, "2025-12-31");
    g_assert_false (bw_planning_save_offer (f->planning, o, &error));
    g_assert_error (error, BW_PLANNING_ERROR, BW_PLANNING_ERROR_PERIOD);
    g_clear_error (&error);
    bw_offer_set_last_date (o, "2026-02-31");
    g_assert_false (bw_planning_save_offer (f->planning, o, &error));
    g_assert_error (error, BW_PLANNING_ERROR, BW_PLANNING_ERROR_PERIOD);
    g_clear_error (&error);
    /* A stale revision. */
    bw_offer_set_last_date (o, "2026-12-31");
    bw_offer_set_revision (o, 99);
    g_assert_false (bw_planning_save_offer (f->planning, o, &error));
    g_assert_error (error, BW_PLANNING_ERROR, BW_PLANNING_ERROR_CHANGED);
    g_clear_error (&error);
  }
  /* Unknown keys on the wire. */
  g_assert_false (bw_offer_kind_is_key ("cooking"));
  g_assert_false (bw_offer_status_is_key ("maybe"));
  g_assert_true (bw_offer_status_is_key ("cancelled"));

  {
    g_autofree char *after = fingerprint (f->store);
    g_assert_cmpstr (before, ==, after);
  }
}

/* What the field table's SQL stores: trimmed text, no empty trainer, the
 * session's offer, and a stale revision refused without a change. */
static void
test_stored_forms (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BwOffer) offer = make_offer (f, "  Taalcafé  ", "   ", 8);
  g_autoptr(BwOffer) other = make_offer (f, "Digitaal spreekuur", "Ruud Janssen", 8);
  g_autoptr(BwSession) s = save_session (f, offer, "2026-03-03", "09:00", "10:00", NULL, 0);
  g_autoptr(BwSession) stale = bw_session_copy (s);
  g_autoptr(BwSession) read = NULL;
  g_autofree char *before = NULL;

  g_assert_cmpint (query_int (f->store, "SELECT count (*) FROM offers WHERE uuid = ?1"
                              " AND title = 'Taalcafé' AND trainer IS NULL", bw_offer_get_uuid (offer)), ==, 1);
  g_assert_cmpstr (bw_offer_get_title (offer), ==, "  Taalcafé  ");

  /* An update may move a session to another offer. */
  bw_session_set_offer_uuid (s, bw_offer_get_uuid (other));
  bw_session_set_start_time (s, "09:30");
  g_assert_true (bw_planning_save_session (f->planning, s, FALSE, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (bw_session_get_revision (s), ==, 2);
  read = bw_planning_get_session (f->planning, bw_session_get_uuid (s), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (bw_session_get_offer_uuid (read), ==, bw_offer_get_uuid (other));
  g_assert_cmpstr (bw_session_get_start_time (read), ==, "09:30");
  g_assert_cmpstr (bw_session_get_trainer (read), ==, "Ruud Janssen");

  before = fingerprint (f->store);
  bw_session_set_end_time (stale, "11:00");
  g_assert_false (bw_planning_save_session (f->planning, stale, FALSE, NULL, &error));
  g_assert_error (error, BW_PLANNING_ERROR, BW_PLANNING_ERROR_CHANGED);
  g_clear_error (&error);
  {
    g_autofree char *after = fingerprint (f->store);
    g_assert_cmpstr (before, ==, after);
  }
}

/* Recurrence across both DST changes of 2026 */

static void
check_utc (const char *date,
           const char *time,
           int         utc_hour,
           int         utc_minute)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) local = bw_planning_local_time (date, time, &error);
  g_autoptr(GDateTime) utc = NULL;

  g_assert_no_error (error);
  utc = g_date_time_to_utc (local);
  g_assert_cmpint (g_date_time_get_hour (utc), ==, utc_hour);
  g_assert_cmpint (g_date_time_get_minute (utc), ==, utc_minute);
}

static void
test_recurrence_dst (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(BwOffer) offer = make_offer (f, "Taalcursus Nederlands", "Anja Hermans", 12);
  g_autoptr(BwSession) first = make_session (offer, "2026-03-15", "09:30", "12:00", PLACE_A);
  g_autoptr(GPtrArray) created = NULL;
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autoptr(GError) error = NULL;
  const char *spring[] = { "2026-03-15", "2026-03-22", "2026-03-29", "2026-04-05" };

  /* Sundays around the spring change: 9:30 local each week. */
  g_assert_true (bw_planning_add_recurring_sessions (f->planning, first, 1, 4, NULL, FALSE,
                                                     &conflicts, &created, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (created->len, ==, 4);
  g_assert_cmpuint (conflicts->len, ==, 0);
  for (guint i = 0; i < 4; i++)
    {
      BwSession *s = g_ptr_array_index (created, i);
      g_autoptr(BwSession) read = bw_planning_get_session (f->planning, bw_session_get_uuid (s), &error);

      g_assert_no_error (error);
      g_assert_cmpstr (bw_session_get_date (read), ==, spring[i]);
      g_assert_cmpstr (bw_session_get_start_time (read), ==, "09:30");
      g_assert_cmpstr (bw_session_get_end_time (read), ==, "12:00");
    }
  /* Its instant moves: 08:30 UTC in winter time, 07:30 UTC in summer time. */
  check_utc ("2026-03-22", "09:30", 8, 30);
  check_utc ("2026-03-29", "09:30", 7, 30);
  check_utc ("2026-03-29", "01:59", 0, 59);
  check_utc ("2026-03-29", "03:00", 1, 0);
  check_utc ("2026-10-25", "09:30", 8, 30);
  check_utc ("2026-10-18", "09:30", 7, 30);
  /* The hour that happens twice in autumn is a valid time; GLib takes
   * its second occurrence (winter time). */
  check_utc ("2026-10-25", "02:30", 1, 30);
  g_clear_pointer (&created, g_ptr_array_unref);
  g_clear_pointer (&conflicts, g_ptr_array_unref);

  /* Every other week until a date, across the autumn change. */
  g_clear_object (&first);
  first = make_session (offer, "2026-10-11", "09:30", "12:00", PLACE_A);
  g_assert_true (bw_planning_add_recurring_sessions (f->planning, first, 2, 0, "2026-11-08", FALSE,
                                                     &conflicts, &created, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (created->len, ==, 3);
  g_assert_cmpstr (bw_session_get_date (g_ptr_array_index (created, 1)), ==, "2026-10-25");
  g_assert_cmpstr (bw_session_get_date (g_ptr_array_index (created, 2)), ==, "2026-11-08");
  g_clear_pointer (&created, g_ptr_array_unref);
  g_clear_pointer (&conflicts, g_ptr_array_unref);

  /* The course: every Tuesday 9:30-12:00 for 8 weeks. */
  g_clear_object (&first);
  first = make_session (offer, "2026-09-01", "09:30", "12:00", PLACE_A);
  g_assert_true (bw_planning_add_recurring_sessions (f->planning, first, 1, 8, NULL, FALSE,
                                                     &conflicts, &created, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (created->len, ==, 8);
  g_assert_cmpstr (bw_session_get_date (g_ptr_array_index (created, 7)), ==, "2026-10-20");
  g_clear_pointer (&conflicts, g_ptr_array_unref);

  /* The same series again collides with itself week by week: all or
   * nothing until confirmed. */
  {
    g_autofree char *before = fingerprint (f->store);
    g_autofree char *after = NULL;

    g_assert_false (bw_planning_add_recurring_sessions (f->planning, first, 1, 8, NULL, FALSE,
                                                        &conflicts, NULL, &error));
    g_assert_error (error, BW_PLANNING_ERROR, BW_PLANNING_ERROR_NEEDS_CONFIRMATION);
    g_clear_error (&error);
    /* Trainer and place, for each of the 8 weeks. */
    g_assert_cmpuint (conflicts->len, ==, 16);
    after = fingerprint (f->store);
    g_assert_cmpstr (before, ==, after);
  }
}

/* Capacity and the waiting list */

static gint64
add_case (Fixture    *f,
          const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BwCase) c = bw_case_new ();

  bw_case_set_name (c, name);
  bw_case_set_buurt_code (c, PASSART);
  bw_case_set_status (c, BW_CASE_STATUS_ACTIVE);
  bw_case_set_phone (c, "045 123 4567");
  bw_case_set_has_debts (c, TRUE);
  bw_case_set_debt_amount (c, 1234500);
  bw_case_set_language_need (c, BW_LANGUAGE_NEED_COURSE_NEEDED);
  g_assert_true (bw_case_store_insert_case (f->store, c, &error));
  g_assert_no_error (error);
  return bw_case_get_id (c);
}

static BwEnrolmentStatus
status_of (Fixture     *f,
           BwEnrolment *e)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BwEnrolment) read = bw_planning_get_enrolment (f->planning, bw_enrolment_get_uuid (e), &error);

  g_assert_no_error (error);
  return bw_enrolment_get_status (read);
}

static gint64
journal_count (Fixture    *f,
               gint64      case_id)
{
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, case_id);

  return query_int (f->store, "SELECT count (*) FROM journal WHERE case_id = ?1", id);
}

static void
test_waiting_list (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(BwOffer) offer = make_offer (f, "Taalcursus Nederlands", "Anja Hermans", 12);
  g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) list = bw_planning_list_enrolments (f->planning, bw_offer_get_uuid (offer));
  gint64 case_ids[16];
  g_autofree char *before = NULL;

  /* 14 residents referred, 12 placed and 2 waiting, in referral order. */
  for (int i = 0; i < 14; i++)
    {
      g_autofree char *name = g_strdup_printf ("Bewoner %02d", i);
      BwEnrolment *e;

      case_ids[i] = add_case (f, name);
      e = bw_planning_refer_case (f->planning, bw_offer_get_uuid (offer), case_ids[i], &error);
      g_assert_no_error (error);
      g_assert_cmpint (bw_enrolment_get_status (e), ==, BW_ENROLMENT_STATUS_REFERRED);
      /* Only the snapshot: name, contact, buurt, language need. */
      g_assert_cmpstr (bw_enrolment_get_name (e), ==, name);
      g_assert_cmpstr (bw_enrolment_get_phone (e), ==, "045 123 4567");
      g_assert_cmpint (bw_enrolment_get_language_need (e), ==, BW_LANGUAGE_NEED_COURSE_NEEDED);
      g_ptr_array_add (people, e);
      g_assert_cmpint (journal_count (f, case_ids[i]), ==, 1);
    }
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 14);
  /* Referring twice is refused. */
  g_assert_null (bw_planning_refer_case (f->planning, bw_offer_get_uuid (offer), case_ids[0], &error));
  g_assert_error (error, BW_PLANNING_ERROR, BW_PLANNING_ERROR_CASE);
  g_clear_error (&error);

  for (int i = 0; i < 14; i++)
    {
      g_assert_true (bw_planning_place (f->planning, bw_enrolment_get_uuid (g_ptr_array_index (people, i)), &error));
      g_assert_no_error (error);
    }
  for (int i = 0; i < 14; i++)
    g_assert_cmpint (status_of (f, g_ptr_array_index (people, i)), ==,
                     i < 12 ? BW_ENROLMENT_STATUS_PLACED : BW_ENROLMENT_STATUS_WAITING);
  {
    g_autoptr(BwOffer) read = bw_planning_get_offer (f->planning, bw_offer_get_uuid (offer), &error);
    g_autoptr(BwEnrolment) w = bw_planning_get_enrolment (f->planning,
                                                          bw_enrolment_get_uuid (g_ptr_array_index (people, 13)), &error);

    g_assert_cmpint (bw_offer_get_n_placed (read), ==, 12);
    g_assert_cmpint (bw_offer_get_n_waiting (read), ==, 2);
    g_assert_cmpint (bw_enrolment_get_waiting_position (w), ==, 2);
  }
  /* Placed and waiting each noted once. */
  g_assert_cmpint (journal_count (f, case_ids[0]), ==, 2);
  g_assert_cmpint (journal_count (f, case_ids[13]), ==, 2);

  /* Capacity below the number placed: refused, nothing written. */
  before = fingerprint (f->store);
  bw_offer_set_capacity (offer, 11);
  g_assert_false (bw_planning_save_offer (f->planning, offer, &error));
  g_assert_error (error, BW_PLANNING_ERROR, BW_PLANNING_ERROR_CAPACITY);
  g_clear_error (&error);
  {
    g_autofree char *after = fingerprint (f->store);
    g_assert_cmpstr (before, ==, after);
  }

  /* One drops out: the first waiting one moves up, with one journal note. */
  g_assert_true (bw_planning_set_enrolment_status (f->planning,
                                                   bw_enrolment_get_uuid (g_ptr_array_index (people, 3)),
                                                   BW_ENROLMENT_STATUS_DROPPED_OUT, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (status_of (f, g_ptr_array_index (people, 12)), ==, BW_ENROLMENT_STATUS_PLACED);
  g_assert_cmpint (status_of (f, g_ptr_array_index (people, 13)), ==, BW_ENROLMENT_STATUS_WAITING);
  g_assert_cmpint (journal_count (f, case_ids[12]), ==, 3);
  g_assert_cmpint (query_int (f->store, "SELECT count (*) FROM journal WHERE text LIKE 'Moved up%'", NULL), ==, 1);
  g_assert_cmpint (journal_count (f, case_ids[3]), ==, 3);

  /* Noting the same status again writes nothing (the sync path). */
  {
    gint64 noted = -1;

    g_assert_true (bw_planning_note_status_change (bw_case_store_get_connection (f->store),
                                                   bw_enrolment_get_uuid (g_ptr_array_index (people, 12)),
                                                   "waiting", "Someone", &noted, &error));
    g_assert_no_error (error);
    g_assert_cmpint (noted, ==, 0);
    g_assert_cmpint (journal_count (f, case_ids[12]), ==, 3);
  }

  /* Two more wait; then two places free up at once (capacity 12 -> 14):
   * the first two move up, in order. */
  for (int i = 14; i < 16; i++)
    {
      g_autofree char *name = g_strdup_printf ("Bewoner %02d", i);
      BwEnrolment *e;

      case_ids[i] = add_case (f, name);
      e = bw_planning_refer_case (f->planning, bw_offer_get_uuid (offer), case_ids[i], &error);
      g_assert_no_error (error);
      g_ptr_array_add (people, e);
      g_assert_true (bw_planning_place (f->planning, bw_enrolment_get_uuid (e), &error));
      g_assert_cmpint (status_of (f, e), ==, BW_ENROLMENT_STATUS_WAITING);
    }
  {
    g_autoptr(BwOffer) read = bw_planning_get_offer (f->planning, bw_offer_get_uuid (offer), &error);

    bw_offer_set_capacity (read, 14);
    g_assert_true (bw_planning_save_offer (f->planning, read, &error));
    g_assert_no_error (error);
  }
  g_assert_cmpint (status_of (f, g_ptr_array_index (people, 13)), ==, BW_ENROLMENT_STATUS_PLACED);
  g_assert_cmpint (status_of (f, g_ptr_array_index (people, 14)), ==, BW_ENROLMENT_STATUS_PLACED);
  g_assert_cmpint (status_of (f, g_ptr_array_index (people, 15)), ==, BW_ENROLMENT_STATUS_WAITING);

  /* Two drop out at once ... by removing one and one dropping out, with
   * one more waiting: each frees a place for the next in line. */
  {
    g_autofree char *name = g_strdup ("Bewoner 16");
    gint64 id = add_case (f, name);
    BwEnrolment *e = bw_planning_refer_case (f->planning, bw_offer_get_uuid (offer), id, &error);

    g_assert_no_error (error);
    g_ptr_array_add (people, e);
    g_assert_true (bw_planning_place (f->planning, bw_enrolment_get_uuid (e), &error));
  }
  g_assert_true (bw_planning_remove_enrolment (f->planning, bw_enrolment_get_uuid (g_ptr_array_index (people, 0)),
                                               &error));
  g_assert_no_error (error);
  g_assert_cmpint (status_of (f, g_ptr_array_index (people, 15)), ==, BW_ENROLMENT_STATUS_PLACED);
  g_assert_cmpint (status_of (f, g_ptr_array_index (people, 16)), ==, BW_ENROLMENT_STATUS_WAITING);

  /* Completion with an outcome; attendance per session. */
  {
    BwEnrolment *e = g_ptr_array_index (people, 1);
    g_autoptr(BwSession) s = save_session (f, offer, "2026-09-01", "09:30", "12:00", NULL, 0);
    BwAttendanceStatus att;
    g_autoptr(BwEnrolment) read = NULL;

    g_assert_false (bw_planning_get_attendance (f->planning, bw_session_get_uuid (s),
                                                bw_enrolment_get_uuid (e), &att));
    g_assert_true (bw_planning_set_attendance (f->planning, bw_session_get_uuid (s), bw_enrolment_get_uuid (e),
                                               BW_ATTENDANCE_EXCUSED, &error));
    g_assert_true (bw_planning_set_attendance (f->planning, bw_session_get_uuid (s), bw_enrolment_get_uuid (e),
                                               BW_ATTENDANCE_PRESENT, &error));
    g_assert_no_error (error);
    g_assert_true (bw_planning_get_attendance (f->planning, bw_session_get_uuid (s),
                                               bw_enrolment_get_uuid (e), &att));
    g_assert_cmpint (att, ==, BW_ATTENDANCE_PRESENT);
    g_assert_cmpint (query_int (f->store, "SELECT count (*) FROM attendance", NULL), ==, 1);
    g_assert_true (bw_planning_set_enrolment_status (f->planning, bw_enrolment_get_uuid (e),
                                                     BW_ENROLMENT_STATUS_COMPLETED, "Doorgestroomd naar B1", &error));
    g_assert_no_error (error);
    read = bw_planning_get_enrolment (f->planning, bw_enrolment_get_uuid (e), &error);
    g_assert_cmpstr (bw_enrolment_get_outcome (read), ==, "Doorgestroomd naar B1");
  }

  /* The case page's list. */
  {
    g_autoptr(BwCase) c = bw_case_store_get_case (f->store, case_ids[12], &error);
    g_autoptr(GListModel) mine = bw_planning_list_case_enrolments (f->planning, bw_case_get_uuid (c));

    g_assert_cmpuint (g_list_model_get_n_items (mine), ==, 1);
  }
}

/* Journal notes: written once per enrolment and status, with the same uuid
 * whichever desktop writes them. */
static void
test_journal_once (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(BwOffer) offer = make_offer (f, "Digitale vaardigheden", "Ruud Janssen", 1);
  gint64 a = add_case (f, "Bewoner A");
  gint64 b = add_case (f, "Bewoner B");
  g_autoptr(BwEnrolment) ea = bw_planning_refer_case (f->planning, bw_offer_get_uuid (offer), a, NULL);
  g_autoptr(BwEnrolment) eb = bw_planning_refer_case (f->planning, bw_offer_get_uuid (offer), b, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *uuid = NULL;

  g_assert_true (bw_planning_place (f->planning, bw_enrolment_get_uuid (ea), &error));
  g_assert_true (bw_planning_place (f->planning, bw_enrolment_get_uuid (eb), &error));
  g_assert_cmpint (status_of (f, eb), ==, BW_ENROLMENT_STATUS_WAITING);
  g_assert_true (bw_planning_set_enrolment_status (f->planning, bw_enrolment_get_uuid (ea),
                                                   BW_ENROLMENT_STATUS_DROPPED_OUT, NULL, &error));
  g_assert_no_error (error);
  /* referred, waiting, moved up */
  g_assert_cmpint (journal_count (f, b), ==, 3);
  uuid = bw_planning_journal_uuid (bw_enrolment_get_uuid (eb), "placed");
  g_assert_true (bw_record_json_is_uuid (uuid));
  g_assert_cmpint (query_int (f->store, "SELECT count (*) FROM journal WHERE uuid = ?1", uuid), ==, 1);
  /* A second drop-out of nobody: nothing moves, nothing is noted. */
  g_assert_true (bw_planning_set_enrolment_status (f->planning, bw_enrolment_get_uuid (ea),
                                                   BW_ENROLMENT_STATUS_DROPPED_OUT, NULL, &error));
  g_assert_cmpint (journal_count (f, b), ==, 3);
  g_assert_cmpint (journal_count (f, a), ==, 3);
  /* The notes are in the outbox: they sync. */
  g_assert_cmpint (query_int (f->store, "SELECT count (*) FROM outbox WHERE uuid = ?1", uuid), ==, 1);
}

/* Demand and supply */

static void
test_demand (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(BwOffer) offer = make_offer (f, "Taalcursus Nederlands", "Anja Hermans", 12);
  g_autoptr(BwOffer) draft = bw_offer_new ();
  g_autoptr(GPtrArray) demand = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BwBuurtFigures) figures = NULL;

  bw_offer_set_title (draft, "Nog niet open");
  bw_offer_set_buurt_code (draft, PASSART);
  bw_offer_set_capacity (draft, 30);
  g_assert_true (bw_planning_save_offer (f->planning, draft, &error));
  add_case (f, "Bewoner A");
  add_case (f, "Bewoner B");

  demand = bw_planning_demand_by_buurt (f->planning, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (demand->len, ==, 1);
  {
    BwTrainingDemand *d = g_ptr_array_index (demand, 0);

    g_assert_cmpstr (d->buurt_code, ==, PASSART);
    g_assert_cmpint (d->demand[BW_TRAINING_NEED_LANGUAGE], ==, 2);
    g_assert_cmpint (d->places[BW_TRAINING_NEED_LANGUAGE], ==, 12);   /* the draft does not count */
    g_assert_cmpint (d->places[BW_TRAINING_NEED_WORK], ==, 0);
  }
  figures = bw_buurt_figures_compute (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpint (bw_buurt_figures_get (figures, PASSART, BW_FIGURE_TRAINING_PLACES), ==, 12);
  g_assert_cmpint (bw_buurt_figures_get (figures, MEEZENBROEK, BW_FIGURE_TRAINING_PLACES), ==, 0);
  g_assert_cmpint (bw_buurt_figures_get_total (figures, BW_FIGURE_TRAINING_PLACES), ==, 12);
}

/* The list models follow the writes. */
static void
test_lists (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(BwOffer) a = make_offer (f, "Taalcursus Nederlands", "Anja Hermans", 12);
  g_autoptr(GListModel) all = bw_planning_list_offers (f->planning, -1, NULL, NULL);
  g_autoptr(GListModel) open = bw_planning_list_offers (f->planning, BW_OFFER_STATUS_OPEN, PASSART, NULL);
  g_autoptr(GListModel) ruud = bw_planning_list_offers (f->planning, -1, NULL, "ruud janssen");
  g_autoptr(GListModel) place_a = bw_planning_list_sessions (f->planning, NULL, NULL, NULL, PLACE_A, NULL, NULL);
  g_autoptr(BwOffer) b = NULL;
  g_autoptr(BwSession) s = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (all), ==, 1);
  b = make_offer (f, "Digitale vaardigheden", "Ruud Janssen", 10);
  g_assert_cmpuint (g_list_model_get_n_items (all), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (open), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (ruud), ==, 1);
  s = save_session (f, b, "2026-03-03", "09:00", "10:00", PLACE_A, 0);
  g_assert_cmpuint (g_list_model_get_n_items (place_a), ==, 1);
  /* A cancelled offer's sessions leave the week view. */
  bw_offer_set_status (b, BW_OFFER_STATUS_CANCELLED);
  g_assert_true (bw_planning_save_offer (f->planning, b, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (place_a), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (open), ==, 1);
}

/* Export */

/* Checks the RFC 5545 rules every line must follow; returns the unfolded
 * content lines. */
static GPtrArray *
check_ics (const char *ics)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);
  const char *p = ics;

  g_assert_true (g_utf8_validate (ics, -1, NULL));
  while (*p)
    {
      const char *crlf = strstr (p, "\r\n");
      gsize length;

      g_assert_nonnull (crlf);                   /* every line ends in CRLF */
      length = crlf - p;
      g_assert_cmpuint (length, <=, 75);         /* octets, without CRLF */
      g_assert_null (memchr (p, '\n', length));  /* no bare LF */
      g_assert_true (g_utf8_validate (p, length, NULL)); /* no split character */
      if (*p == ' ')
        {
          /* A continuation: unfold into the line before. */
          char *last;

          g_assert_cmpuint (lines->len, >, 0);
          last = g_ptr_array_index (lines, lines->len - 1);
          lines->pdata[lines->len - 1] = g_strdup_printf ("%s%.*s", last, (int) length - 1, p + 1);
          g_free (last);
        }
      else
        g_ptr_array_add (lines, g_strndup (p, length));
      p = crlf + 2;
    }
  return lines;
}

static gboolean
has_line (GPtrArray  *lines,
          const char *line)
{
  for (guint i = 0; i < lines->len; i++)
    if (g_str_equal (g_ptr_array_index (lines, i), line))
      return TRUE;
  return FALSE;
}

static void
test_export_ics (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(BwOffer) offer = make_offer (f, "Taalcursus Nederlands; niveau A2, met “oefenen”\\thuis", "Anja Hermans", 12);
  g_autoptr(BwOffer) long_offer = NULL;
  g_autoptr(BwSession) s = make_session (offer, "2026-03-29", "09:30", "12:00", PLACE_A);
  g_autoptr(BwSession) l = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autofree char *ics = NULL;
  g_autofree char *uid = NULL;
  g_autofree char *folded = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  GString *title = g_string_new (NULL);

  bw_session_set_place_name (s, "Buurthuis De Koumen, zaal 2\nachteringang");
  g_assert_true (bw_planning_save_session (f->planning, s, FALSE, NULL, &error));
  g_assert_no_error (error);

  /* A long title of two-byte characters, so that a fold falls inside one
   * character unless the writer takes care. */
  g_string_append (title, "X");
  for (int i = 0; i < 60; i++)
    g_string_append (title, "ë");
  long_offer = make_offer (f, title->str, "Anja Hermans", 5);
  l = make_session (long_offer, "2026-10-27", "13:00", "15:30", NULL);
  g_assert_true (bw_planning_save_session (f->planning, l, FALSE, NULL, &error));
  g_assert_no_error (error);

  ics = bw_planning_export_trainer_ics (f->planning, "Anja Hermans", &error);
  g_assert_no_error (error);
  g_test_message ("%s", ics);
  lines = check_ics (ics);

  g_assert_cmpstr (g_ptr_array_index (lines, 0), ==, "BEGIN:VCALENDAR");
  g_assert_cmpstr (g_ptr_array_index (lines, lines->len - 1), ==, "END:VCALENDAR");
  g_assert_true (has_line (lines, "VERSION:2.0"));
  g_assert_true (g_str_has_prefix (g_ptr_array_index (lines, 2), "PRODID:"));
  g_assert_true (has_line (lines, "BEGIN:VTIMEZONE"));
  g_assert_true (has_line (lines, "TZID:Europe/Amsterdam"));
  g_assert_true (has_line (lines, "BEGIN:DAYLIGHT"));
  g_assert_true (has_line (lines, "BEGIN:STANDARD"));
  g_assert_true (has_line (lines, "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"));
  g_assert_true (has_line (lines, "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"));
  uid = g_strdup_printf ("UID:%s@buurtwerk", bw_session_get_uuid (s));
  g_assert_true (has_line (lines, uid));
  /* Local time with its zone, across DST: 09:30 on the day summer time
   * starts stays 09:30. */
  g_assert_true (has_line (lines, "DTSTART;TZID=Europe/Amsterdam:20260329T093000"));
  g_assert_true (has_line (lines, "DTEND;TZID=Europe/Amsterdam:20260329T120000"));
  g_assert_true (has_line (lines, "DTSTART;TZID=Europe/Amsterdam:20261027T130000"));
  /* Escaping: backslash, semicolon, comma, newline. */
  g_assert_true (has_line (lines, "SUMMARY:Taalcursus Nederlands\\; niveau A2\\, met “oefenen”\\\\thuis"));
  g_assert_true (has_line (lines, "LOCATION:Buurthuis De Koumen\\, zaal 2\\nachteringang"));
  g_assert_true (has_line (lines, "DESCRIPTION:Trainer: Anja Hermans"));
  {
    g_autofree char *summary = g_strconcat ("SUMMARY:", title->str, NULL);
    g_assert_true (has_line (lines, summary));
    /* It was folded: the raw text has it over more than one line. */
    g_assert_null (strstr (ics, summary));
  }
  for (guint i = 0; i < lines->len; i++)
    if (g_str_has_prefix (g_ptr_array_index (lines, i), "DTSTAMP:"))
      {
        const char *stamp = g_ptr_array_index (lines, i);
        g_assert_cmpuint (strlen (stamp), ==, strlen ("DTSTAMP:20261125T151500Z"));
        g_assert_true (g_str_has_suffix (stamp, "Z"));
      }

  /* Folding on its own: 75 octets exactly stays one line; 76 folds. */
  {
    g_autofree char *seventy_five = g_strnfill (75, 'a');
    g_autofree char *seventy_six = g_strnfill (76, 'a');

    bw_ics_writer_append_line (out, seventy_five);
    g_assert_cmpuint (out->len, ==, 77);
    g_string_truncate (out, 0);
    bw_ics_writer_append_line (out, seventy_six);
    folded = g_strdup_printf ("%s\r\n a\r\n", seventy_five);
    g_assert_cmpstr (out->str, ==, folded);
  }
  /* A three-byte character across the 75th octet moves whole to the next
   * line. */
  {
    g_autofree char *pad = g_strnfill (74, 'a');
    g_autofree char *line = g_strconcat (pad, "€b", NULL);
    g_autofree char *expected = g_strconcat (pad, "\r\n €b\r\n", NULL);

    g_string_truncate (out, 0);
    bw_ics_writer_append_line (out, line);
    g_assert_cmpstr (out->str, ==, expected);
  }
  g_string_free (title, TRUE);

  /* Unknown offer: an error, no file. */
  g_assert_null (bw_planning_export_offer_ics (f->planning, "33333333-3333-4333-8333-333333333333", &error));
  g_assert_error (error, BW_PLANNING_ERROR, BW_PLANNING_ERROR_NOT_FOUND);
  g_clear_error (&error);
  /* One offer's file has only its own session. */
  g_clear_pointer (&ics, g_free);
  ics = bw_planning_export_offer_ics (f->planning, bw_offer_get_uuid (offer), &error);
  g_assert_no_error (error);
  g_clear_pointer (&lines, g_ptr_array_unref);
  lines = check_ics (ics);
  g_assert_true (has_line (lines, uid));
  g_assert_false (has_line (lines, "DTSTART;TZID=Europe/Amsterdam:20261027T130000"));
}

static void
test_export_csv (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(BwOffer) offer = make_offer (f, "Sollicitatietraining", "Anja Hermans", 1);
  g_autoptr(BwEnrolment) a = bw_enrolment_new ();
  g_autoptr(BwEnrolment) b = bw_enrolment_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = NULL;
  g_auto(GStrv) rows = NULL;

  bw_enrolment_set_offer_uuid (a, bw_offer_get_uuid (offer));
  bw_enrolment_set_name (a, "Janssen, \"Sjra\"");
  bw_enrolment_set_phone (a, "+31 6 12345678");
  bw_enrolment_set_email (a, "=HYPERLINK(\"http://x\")");
  bw_enrolment_set_buurt_code (a, PASSART);
  g_assert_true (bw_planning_add_enrolment (f->planning, a, &error));
  g_assert_no_error (error);
  bw_enrolment_set_offer_uuid (b, bw_offer_get_uuid (offer));
  bw_enrolment_set_name (b, "Zoë Meertens\nvan der Berg");
  bw_enrolment_set_phone (b, "@home");
  g_assert_true (bw_planning_add_enrolment (f->planning, b, &error));
  g_assert_true (bw_planning_place (f->planning, bw_enrolment_get_uuid (a), &error));
  g_assert_true (bw_planning_place (f->planning, bw_enrolment_get_uuid (b), &error));
  g_assert_no_error (error);

  csv = bw_planning_export_participants_csv (f->planning, bw_offer_get_uuid (offer), &error);
  g_assert_no_error (error);
  g_test_message ("%s", csv);
  g_assert_true (g_str_has_prefix (csv, "\xEF\xBB\xBF" "Name,Phone,E-mail,Buurt,"));
  g_assert_true (g_str_has_suffix (csv, "\r\n"));
  rows = g_strsplit (csv, "\r\n", -1);
  g_assert_cmpuint (g_strv_length (rows), ==, 4);  /* header, 2 rows, "" */
  g_assert_cmpstr (rows[1], ==,
                   "\"Janssen, \"\"Sjra\"\"\",'+31 6 12345678,\"'=HYPERLINK(\"\"http://x\"\")\","
                   "Passart,No language need,Placed,,");
  g_assert_cmpstr (rows[2], ==, "\"Zoë Meertens\nvan der Berg\",'@home,,,No language need,On the waiting list,1,");

  {
    g_autofree char *plain = bw_csv_writer_field ("plain");
    g_autofree char *minus = bw_csv_writer_field ("-2+3");
    g_autofree char *spaced = bw_csv_writer_field (" leading");
    g_autofree char *empty = bw_csv_writer_field (NULL);

    g_assert_cmpstr (plain, ==, "plain");
    g_assert_cmpstr (minus, ==, "'-2+3");
    g_assert_cmpstr (spaced, ==, "\" leading\"");
    g_assert_cmpstr (empty, ==, "");
  }
}

/* The demo planning the app shows on first start. */
static void
test_demo (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) offers = NULL;
  g_autoptr(GListModel) week = NULL;
  g_autoptr(BwOffer) course = NULL;
  guint marked = 0;

  g_assert_true (bw_demo_data_fill (f->store, 300, 7, &error));
  g_assert_true (bw_demo_data_fill_planning (f->store, "2026-11-25", &error));
  g_assert_no_error (error);

  offers = bw_planning_list_offers (f->planning, -1, NULL, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (offers), ==, 4);
  g_assert_cmpint (query_int (f->store, "SELECT count (*) FROM places", NULL), ==, 3);
  course = g_list_model_get_item (offers, 3);
  g_assert_cmpstr (bw_offer_get_title (course), ==, "Taalcursus Nederlands (A1–A2)");
  g_assert_cmpint (bw_offer_get_n_placed (course), ==, 12);
  g_assert_cmpint (bw_offer_get_n_waiting (course), ==, 2);

  /* Next week holds the deliberate double booking, marked on both sides. */
  week = bw_planning_list_sessions (f->planning, "2026-11-30", "2026-12-07", NULL, NULL, NULL, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (week), >=, 4);
  for (guint i = 0; i < g_list_model_get_n_items (week); i++)
    {
      g_autoptr(BwSession) s = g_list_model_get_item (week, i);

      marked += bw_session_get_has_conflict (s);
      g_assert_nonnull (bw_session_get_place_name (s));
    }
  g_assert_cmpuint (marked, ==, 2);

  /* The same store content and week give the same planning. */
  {
    g_autofree char *path = g_build_filename (f->dir, "again.db", NULL);
    g_autoptr(BwCaseStore) again = bw_case_store_open (path, "Tester", &error);
    const char *sql = "SELECT group_concat (title || kind || capacity || first_date, '|') FROM"
                      " (SELECT * FROM offers ORDER BY title)";
    const char *sql2 = "SELECT group_concat (date || start_time || coalesce (place_name, ''), '|') FROM"
                       " (SELECT * FROM sessions ORDER BY date, start_time, place_name)";
    const char *sql3 = "SELECT group_concat (name || status, '|') FROM (SELECT * FROM enrolments ORDER BY name)";

    g_assert_true (bw_demo_data_fill (again, 300, 7, &error));
    g_assert_true (bw_demo_data_fill_planning (again, "2026-11-23", &error));
    g_assert_no_error (error);
    for (const char **q = (const char *[]) { sql, sql2, sql3, NULL }; *q; q++)
      {
        g_autofree char *a = NULL;
        g_autofree char *b = NULL;
        sqlite3_stmt *stmt = NULL;

        sqlite3_prepare_v2 (bw_case_store_get_db (f->store), *q, -1, &stmt, NULL);
        sqlite3_step (stmt);
        a = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
        sqlite3_finalize (stmt);
        sqlite3_prepare_v2 (bw_case_store_get_db (again), *q, -1, &stmt, NULL);
        sqlite3_step (stmt);
        b = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
        sqlite3_finalize (stmt);
        g_assert_nonnull (a);
        g_assert_cmpstr (a, ==, b);
      }
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/planning/conflicts", test_conflicts);
  ADD ("/planning/refusals-change-nothing", test_refusals);
  ADD ("/planning/stored-forms", test_stored_forms);
  ADD ("/planning/recurrence-dst", test_recurrence_dst);
  ADD ("/planning/waiting-list", test_waiting_list);
  ADD ("/planning/journal-once", test_journal_once);
  ADD ("/planning/demand", test_demand);
  ADD ("/planning/lists", test_lists);
  ADD ("/planning/export-ics", test_export_ics);
  ADD ("/planning/export-csv", test_export_csv);
  ADD ("/planning/demo", test_demo);
#undef ADD

  return g_test_run ();
}
