/* SPDX-License-Identifier: EUPL-1.2 */
/* Planning through the real buurtwerk-server: a trainer's desktop and a
 * buurtteam's desktops. The buurtteam refers a resident, the trainer sees
 * only the participant snapshot and places them, the buurtteam sees the
 * placement with one journal note; the trainer's database never holds a
 * case; what a role may not do is refused. */
#define _GNU_SOURCE
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "bw-buurt-figures.h"
#include "bw-date.h"
#include "bw-planning.h"
#include "bw-retention.h"
#include "bw-validation.h"
#include "sync-test-utils.h"

#define SECRET_NOTE "Schuld bij Enexis besproken, afspraak met Kredietbank"
#define SECRET_ADDRESS "Akerstraat-Noord 112"

typedef struct {
  BwCaseStore *store;
  BwSyncEngine *sync;
  BwPlanning *planning;
} Desktop;

static void
desktop_open (Fixture    *f,
              Desktop    *d,
              const char *file,
              const char *author,
              const char *login_name)
{
  g_autoptr(GError) error = NULL;

  d->store = open_store (f, file, author);
  d->sync = bw_sync_engine_new (d->store, &error);
  g_assert_no_error (error);
  login (f, d->sync, login_name);
  d->planning = bw_planning_new (d->store);
}

static void
desktop_close (Desktop *d)
{
  g_clear_object (&d->planning);
  g_clear_object (&d->sync);
  g_clear_object (&d->store);
}

/* Whether @needle occurs in the bytes of the database file or its WAL. */
static gboolean
file_bytes_contain (Fixture    *f,
                    const char *file,
                    const char *needle)
{
  const char *suffixes[] = { "", "-wal", NULL };

  for (guint i = 0; suffixes[i]; i++)
    {
      g_autofree char *path = g_strdup_printf ("%s/%s%s", f->dir, file, suffixes[i]);
      g_autofree char *bytes = NULL;
      gsize length = 0;

      if (!g_file_get_contents (path, &bytes, &length, NULL))
        continue;
      if (memmem (bytes, length, needle, strlen (needle)) != NULL)
        return TRUE;
    }
  return FALSE;
}

static void
test_refer_and_place (Fixture       *f,
                      gconstpointer  data)
{
  Desktop trainer = { 0 }, other_team = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(BwOffer) offer = bw_offer_new ();
  g_autoptr(BwSession) session = bw_session_new ();
  g_autoptr(BwCase) resident = NULL;
  g_autoptr(BwPlanning) planning_a = bw_planning_new (f->store_a);
  g_autoptr(BwPlanning) planning_b = bw_planning_new (f->store_b);
  g_autoptr(BwEnrolment) referral = NULL;
  g_autoptr(BwEnrolment) seen = NULL;
  g_autoptr(BwEnrolment) placed = NULL;
  g_autoptr(GListModel) list = NULL;
  gint64 case_id;

  add_trainer (f, "tessa");
  desktop_open (f, &trainer, "trainer.db", "Tessa", "tessa");

  /* The trainer plans a course with one session. */
  bw_offer_set_title (offer, "Taalcursus Nederlands");
  bw_offer_set_kind (offer, BW_OFFER_KIND_LANGUAGE);
  bw_offer_set_trainer (offer, "Tessa");
  bw_offer_set_buurt_code (offer, BUURT);
  bw_offer_set_capacity (offer, 12);
  bw_offer_set_status (offer, BW_OFFER_STATUS_OPEN);
  g_assert_true (bw_planning_save_offer (trainer.planning, offer, &error));
  g_assert_no_error (error);
  bw_session_set_offer_uuid (session, bw_offer_get_uuid (offer));
  bw_session_set_date (session, "2026-03-29");
  bw_session_set_start_time (session, "09:30");
  bw_session_set_end_time (session, "12:00");
  g_assert_true (bw_planning_save_session (trainer.planning, session, FALSE, NULL, &error));
  g_assert_no_error (error);
  sync_ok (trainer.sync);

  /* The buurtteam has a resident with debts and a private journal. */
  resident = new_case (f->store_a, "Sjra Janssen");
  bw_case_set_phone (resident, "045 571 2233");
  bw_case_set_address (resident, SECRET_ADDRESS);
  bw_case_set_has_debts (resident, TRUE);
  bw_case_set_debt_amount (resident, 1234567);
  bw_case_set_language_need (resident, BW_LANGUAGE_NEED_COURSE_NEEDED);
  g_assert_true (bw_case_store_update_case (f->store_a, resident, NULL, &error));
  g_assert_no_error (error);
  case_id = bw_case_get_id (resident);
  g_assert_cmpint (bw_case_store_add_journal (f->store_a, case_id, NULL, SECRET_NOTE, &error), >, 0);
  g_assert_no_error (error);
  sync_ok (f->sync_a);

  /* The buurtteam sees the offer and its session, and refers. */
  g_assert_cmpint (count_rows (f->store_a, "SELECT count(*) FROM offers"), ==, 1);
  g_assert_cmpint (count_rows (f->store_a, "SELECT count(*) FROM sessions"), ==, 1);
  referral = bw_planning_refer_case (planning_a, bw_offer_get_uuid (offer), case_id, &error);
  g_assert_no_error (error);
  sync_ok (f->sync_a);

  /* The trainer sees the referral: the snapshot only. */
  sync_ok (trainer.sync);
  seen = bw_planning_get_enrolment (trainer.planning, bw_enrolment_get_uuid (referral), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (bw_enrolment_get_name (seen), ==, "Sjra Janssen");
  g_assert_cmpstr (bw_enrolment_get_phone (seen), ==, "045 571 2233");
  g_assert_cmpstr (bw_enrolment_get_buurt_code (seen), ==, BUURT);
  g_assert_cmpint (bw_enrolment_get_language_need (seen), ==, BW_LANGUAGE_NEED_COURSE_NEEDED);
  g_assert_cmpint (bw_enrolment_get_status (seen), ==, BW_ENROLMENT_STATUS_REFERRED);
  g_assert_cmpint (count_rows (trainer.store, "SELECT count(*) FROM cases"), ==, 0);
  g_assert_cmpint (count_rows (trainer.store, "SELECT count(*) FROM journal"), ==, 0);
  g_assert_cmpint (count_rows (trainer.store, "SELECT count(*) FROM sync_pending"), ==, 0);

  /* ... and places it. */
  g_assert_true (bw_planning_place (trainer.planning, bw_enrolment_get_uuid (seen), &error));
  g_assert_no_error (error);
  sync_ok (trainer.sync);

  /* The buurtteam sees it placed, with one journal note, however often
   * it syncs. */
  sync_ok (f->sync_a);
  sync_ok (f->sync_a);
  placed = bw_planning_get_enrolment (planning_a, bw_enrolment_get_uuid (referral), &error);
  g_assert_no_error (error);
  g_assert_cmpint (bw_enrolment_get_status (placed), ==, BW_ENROLMENT_STATUS_PLACED);
  g_assert_cmpint (count_rows (f->store_a, "SELECT count(*) FROM journal WHERE text LIKE 'Placed in%'"), ==, 1);
  g_assert_cmpint (count_rows (f->store_a, "SELECT count(*) FROM journal WHERE text LIKE 'Referred to%'"), ==, 1);
  list = bw_planning_list_case_enrolments (planning_a, bw_case_get_uuid (resident));
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);

  /* A colleague of the same team gets the case, its notes and the
   * enrolment: still one note each, and no conflict. */
  sync_ok (f->sync_b);
  sync_ok (f->sync_b);
  sync_ok (f->sync_a);
  g_assert_cmpint (count_rows (f->store_b, "SELECT count(*) FROM journal WHERE text LIKE 'Placed in%'"), ==, 1);
  g_assert_cmpint (count_rows (f->store_b, "SELECT count(*) FROM journal WHERE text LIKE 'Referred to%'"), ==, 1);
  g_assert_cmpint (count_rows (f->store_a, "SELECT count(*) FROM journal WHERE text LIKE 'Placed in%'"), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (bw_sync_engine_list_conflicts (f->sync_b)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (bw_sync_engine_list_conflicts (f->sync_a)), ==, 0);

  /* The trainer's file never held the journal, the address or the debts. */
  sync_ok (trainer.sync);
  g_assert_cmpint (count_rows (trainer.store, "SELECT count(*) FROM cases"), ==, 0);
  g_assert_cmpint (count_rows (trainer.store, "SELECT count(*) FROM journal"), ==, 0);
  g_assert_false (file_bytes_contain (f, "trainer.db", SECRET_NOTE));
  g_assert_false (file_bytes_contain (f, "trainer.db", SECRET_ADDRESS));
  g_assert_false (file_bytes_contain (f, "trainer.db", "1234567"));
  /* (The check would find them: they are in the buurtteam's file.) */
  g_assert_true (file_bytes_contain (f, "a.db", SECRET_NOTE));

  /* Another team sees the offer, not the enrolment. */
  desktop_open (f, &other_team, "c.db", "Carla", "carla");
  sync_ok (other_team.sync);
  g_assert_cmpint (count_rows (other_team.store, "SELECT count(*) FROM offers"), ==, 1);
  g_assert_cmpint (count_rows (other_team.store, "SELECT count(*) FROM sessions"), ==, 1);
  g_assert_cmpint (count_rows (other_team.store, "SELECT count(*) FROM enrolments"), ==, 0);
  g_assert_cmpint (count_rows (other_team.store, "SELECT count(*) FROM cases"), ==, 0);

  desktop_close (&other_team);
  desktop_close (&trainer);
}

/* What a role may not do is refused by the server and set aside as a
 * problem on the desktop; nothing of it reaches anyone. */
static void
test_refusals (Fixture       *f,
               gconstpointer  data)
{
  Desktop trainer = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(BwCase) sneaky = NULL;
  g_autoptr(BwOffer) offer = bw_offer_new ();
  g_autoptr(BwPlanning) planning_a = bw_planning_new (f->store_a);

  add_trainer (f, "tessa");
  desktop_open (f, &trainer, "trainer.db", "Tessa", "tessa");

  /* A trainer may not push a case. */
  sneaky = new_case (trainer.store, "Niet van mij");
  sync_ok (trainer.sync);
  g_assert_cmpuint (g_list_model_get_n_items (bw_sync_engine_list_problems (trainer.sync)), ==, 1);
  sync_ok (f->sync_a);
  g_assert_cmpint (count_rows (f->store_a, "SELECT count(*) FROM cases"), ==, 0);

  /* A buurtteam member may not plan offers. */
  bw_offer_set_title (offer, "Zelf bedacht");
  bw_offer_set_buurt_code (offer, BUURT);
  bw_offer_set_capacity (offer, 5);
  g_assert_true (bw_planning_save_offer (planning_a, offer, &error));
  g_assert_no_error (error);
  sync_ok (f->sync_a);
  g_assert_cmpuint (g_list_model_get_n_items (bw_sync_engine_list_problems (f->sync_a)), ==, 1);
  sync_ok (trainer.sync);
  g_assert_cmpint (count_rows (trainer.store, "SELECT count(*) FROM offers"), ==, 0);

  desktop_close (&trainer);
}

/* The refused change of @uuid in @problems, or NULL. */
static BwSyncConflict *
problem_of (GListModel *problems,
            const char *uuid)
{
  for (guint i = 0; i < g_list_model_get_n_items (problems); i++)
    {
      g_autoptr(BwSyncConflict) p = g_list_model_get_item (problems, i);

      if (g_strcmp0 (bw_sync_conflict_get_uuid (p), uuid) == 0)
        return p;
    }
  return NULL;
}

/* The server refuses changes for different reasons; the desktop keeps
 * each one's stable reason key (what it translates) and what names its
 * record, and after "dismiss all" nothing is left and nothing is sent
 * again. */
static void
test_refusal_codes (Fixture       *f,
                    gconstpointer  data)
{
  Desktop coordinator = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(BwCase) resident = new_case (f->store_a, "Mariëlle Coumans");
  g_autoptr(BwCase) seen = NULL;
  g_autoptr(BwOffer) offer = bw_offer_new ();
  g_autoptr(BwSession) session = bw_session_new ();
  g_autoptr(BwEnrolment) referral = NULL;
  g_autoptr(BwPlanning) planning_a = bw_planning_new (f->store_a);
  g_autoptr(GListModel) problems = NULL;
  BwSyncConflict *p;

  sync_ok (f->sync_a);

  /* A value the desktop would never save (written past its checks), and
   * a course with a session a buurtteam member plans and refers to. */
  referral = make_refused_changes (f->store_a, planning_a, resident, offer, session);

  sync_ok (f->sync_a);
  problems = bw_sync_engine_list_problems (f->sync_a);
  g_assert_cmpuint (g_list_model_get_n_items (problems), ==, 4);

  p = problem_of (problems, bw_case_get_uuid (resident));
  g_assert_nonnull (p);
  g_assert_cmpstr (bw_sync_conflict_get_code (p), ==, "invalid_field");
  g_assert_cmpstr (bw_sync_conflict_get_field (p), ==, "email");
  g_assert_cmpstr (bw_sync_conflict_get_record_name (p), ==, "Mariëlle Coumans");

  p = problem_of (problems, bw_offer_get_uuid (offer));
  g_assert_nonnull (p);
  g_assert_cmpstr (bw_sync_conflict_get_code (p), ==, "plan_role");
  g_assert_cmpstr (bw_sync_conflict_get_record_name (p), ==, "Taalcafé Passart");

  p = problem_of (problems, bw_session_get_uuid (session));
  g_assert_nonnull (p);
  g_assert_cmpstr (bw_sync_conflict_get_code (p), ==, "plan_role");
  g_assert_cmpstr (bw_sync_conflict_get_record_name (p), ==, "Taalcafé Passart");
  g_assert_cmpstr (bw_sync_conflict_get_record_date (p), ==, "2027-01-12");

  /* The server has no such offer: the referral is not_found. */
  p = problem_of (problems, bw_enrolment_get_uuid (referral));
  g_assert_nonnull (p);
  g_assert_cmpstr (bw_sync_conflict_get_code (p), ==, "not_found");
  g_assert_cmpstr (bw_sync_conflict_get_record_name (p), ==, "Mariëlle Coumans");
  g_assert_cmpstr (bw_sync_conflict_get_record_context (p), ==, "Taalcafé Passart");

  /* Kept on disk with the change, not only in memory. */
  g_assert_cmpint (count_rows (f->store_a, "SELECT count(*) FROM sync_problems WHERE code = 'plan_role'"), ==, 2);

  /* A coordinator of the team reads the case but may not change it. */
  add_user_with_role (f, "cor", "coordinator", "hoensbroek", NULL);
  desktop_open (f, &coordinator, "coordinator.db", "Cor", "cor");
  sync_ok (coordinator.sync);
  seen = get_by_uuid (coordinator.store, bw_case_get_uuid (resident));
  g_assert_nonnull (seen);
  bw_case_set_phone (seen, "045 560 1234");
  g_assert_true (bw_case_store_update_case (coordinator.store, seen, NULL, &error));
  g_assert_no_error (error);
  sync_ok (coordinator.sync);
  {
    g_autoptr(GListModel) refused = bw_sync_engine_list_problems (coordinator.sync);

    g_assert_cmpuint (g_list_model_get_n_items (refused), ==, 1);
    p = problem_of (refused, bw_case_get_uuid (resident));
    g_assert_nonnull (p);
    g_assert_cmpstr (bw_sync_conflict_get_code (p), ==, "read_only");
  }

  /* Dismissed all at once: nothing left, nothing sent again. */
  g_assert_true (bw_sync_engine_dismiss_all_problems (f->sync_a, &error));
  g_assert_no_error (error);
  g_clear_object (&problems);
  problems = bw_sync_engine_list_problems (f->sync_a);
  g_assert_cmpuint (g_list_model_get_n_items (problems), ==, 0);
  sync_ok (f->sync_a);
  g_clear_object (&problems);
  problems = bw_sync_engine_list_problems (f->sync_a);
  g_assert_cmpuint (g_list_model_get_n_items (problems), ==, 0);
  g_assert_cmpint (count_rows (f->store_a, "SELECT count(*) FROM outbox"), ==, 0);

  desktop_close (&coordinator);
}

/* A case purged after its retention period takes the resident's
 * enrolments with it: they carry a snapshot of the person. Gone from the
 * server, the buurtteam's desktop and the trainer's, file bytes included. */
static void
test_purge_takes_enrolments (Fixture       *f,
                             gconstpointer  data)
{
  Desktop trainer = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(BwOffer) offer = bw_offer_new ();
  g_autoptr(BwCase) resident = NULL;
  g_autoptr(BwPlanning) planning_a = bw_planning_new (f->store_a);
  g_autoptr(BwEnrolment) referral = NULL;
  g_autofree char *today = bw_date_today ();
  g_autofree char *old_date = bw_retention_cutoff (today, 30);
  const char *argv[] = { server_exe, "purge", "--db", f->server_db, "--retention-months", "24",
                         "--today", today, NULL };
  g_autoptr(GSubprocess) proc = NULL;

  add_trainer (f, "tessa");
  desktop_open (f, &trainer, "trainer.db", "Tessa", "tessa");
  bw_offer_set_title (offer, "Digitale vaardigheden");
  bw_offer_set_kind (offer, BW_OFFER_KIND_DIGITAL);
  bw_offer_set_trainer (offer, "Tessa");
  bw_offer_set_buurt_code (offer, BUURT);
  bw_offer_set_capacity (offer, 8);
  bw_offer_set_status (offer, BW_OFFER_STATUS_OPEN);
  g_assert_true (bw_planning_save_offer (trainer.planning, offer, &error));
  g_assert_no_error (error);
  sync_ok (trainer.sync);

  resident = new_case (f->store_a, "Fieneke Vergetelheid");
  sync_ok (f->sync_a);
  referral = bw_planning_refer_case (planning_a, bw_offer_get_uuid (offer), bw_case_get_id (resident), &error);
  g_assert_no_error (error);
  g_assert_nonnull (referral);
  sync_ok (f->sync_a);
  sync_ok (trainer.sync);
  g_assert_cmpint (count_rows (trainer.store, "SELECT count(*) FROM enrolments"), ==, 1);

  /* The case was closed long ago. */
  bw_case_set_status (resident, BW_CASE_STATUS_CLOSED);
  bw_case_set_outcome (resident, BW_OUTCOME_WORK);
  bw_case_set_closed_on (resident, old_date);
  g_assert_true (bw_case_store_update_case (f->store_a, resident, NULL, &error));
  g_assert_no_error (error);
  sync_ok (f->sync_a);
  g_assert_cmpint (server_count (f, "SELECT count(*) FROM records WHERE type = 'enrolment'", NULL), ==, 1);

  proc = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDERR_SILENCE, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_wait_check (proc, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (server_count (f, "SELECT count(*) FROM records WHERE type = 'enrolment'", NULL), ==, 0);

  sync_ok (f->sync_a);
  sync_ok (trainer.sync);
  g_assert_cmpint (count_rows (f->store_a, "SELECT count(*) FROM enrolments"), ==, 0);
  g_assert_cmpint (count_rows (trainer.store, "SELECT count(*) FROM enrolments"), ==, 0);
  g_assert_cmpint (count_rows (trainer.store, "SELECT count(*) FROM offers"), ==, 1);
  g_assert_false (file_bytes_contain (f, "trainer.db", "Vergetelheid"));
  g_assert_false (file_bytes_contain (f, "a.db", "Vergetelheid"));

  desktop_close (&trainer);
}

/* A case in @buurt, active, with a language need. */
static void
add_language_case (BwCaseStore *store,
                   const char  *buurt,
                   guint        i)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BwCase) c = bw_case_new ();
  g_autofree char *name = g_strdup_printf ("Bewoner %u Taalvraag", i);

  bw_case_set_name (c, name);
  bw_case_set_buurt_code (c, buurt);
  bw_case_set_status (c, BW_CASE_STATUS_ACTIVE);
  bw_case_set_language_need (c, BW_LANGUAGE_NEED_COURSE_NEEDED);
  g_assert_true (bw_case_store_insert_case (store, c, &error));
  g_assert_no_error (error);
}

static const BwTrainingDemand *
demand_in (GPtrArray  *demand,
           const char *buurt)
{
  for (guint i = 0; i < demand->len; i++)
    if (g_str_equal (((BwTrainingDemand *) g_ptr_array_index (demand, i))->buurt_code, buurt))
      return g_ptr_array_index (demand, i);
  return NULL;
}

/* A trainer holds no cases, yet sees each neighbourhood's demand: the
 * server counts it over every team, by the same definition as a team's
 * desktop, and suppresses small counts (and one more where a single one
 * could be found back from the total). */
static void
test_trainer_demand (Fixture       *f,
                     gconstpointer  data)
{
  const char *many = "BU09171000", *few = "BU09171001", *some = "BU09172004";
  Desktop trainer = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(BwPlanning) planning_a = bw_planning_new (f->store_a);
  g_autoptr(GPtrArray) team_demand = NULL;
  g_autoptr(GPtrArray) demand = NULL;
  g_autoptr(BwBuurtFigures) figures = NULL;
  g_autofree char *token = NULL;
  g_autofree char *body = NULL;
  guint status = 0;
  guint n = 0;

  for (guint i = 0; i < 7; i++)
    add_language_case (f->store_a, many, n++);
  for (guint i = 0; i < 2; i++)
    add_language_case (f->store_a, few, n++);
  for (guint i = 0; i < 6; i++)
    add_language_case (f->store_a, some, n++);
  sync_ok (f->sync_a);

  add_trainer (f, "tessa");
  desktop_open (f, &trainer, "trainer.db", "Tessa", "tessa");
  sync_ok (trainer.sync);
  g_assert_cmpint (count_rows (trainer.store, "SELECT count(*) FROM cases"), ==, 0);

  /* The demand the trainer sees is the team's own count... */
  team_demand = bw_planning_demand_by_buurt (planning_a, &error);
  g_assert_no_error (error);
  demand = bw_planning_demand_by_buurt (trainer.planning, &error);
  g_assert_no_error (error);
  g_assert_cmpint (demand_in (demand, many)->demand[BW_TRAINING_NEED_LANGUAGE], ==, 7);
  g_assert_cmpint (demand_in (team_demand, many)->demand[BW_TRAINING_NEED_LANGUAGE], ==, 7);
  /* ...but 2 is not shown, and 6 neither: with 2 hidden alone, the total
   * of 15 would give it away. */
  g_assert_cmpint (demand_in (demand, few)->demand[BW_TRAINING_NEED_LANGUAGE], ==, BW_FIGURES_SUPPRESSED);
  g_assert_cmpint (demand_in (demand, some)->demand[BW_TRAINING_NEED_LANGUAGE], ==, BW_FIGURES_SUPPRESSED);
  g_assert_cmpint (demand_in (team_demand, some)->demand[BW_TRAINING_NEED_LANGUAGE], ==, 6);

  /* The map's figures too, and its total. */
  figures = bw_buurt_figures_compute (trainer.store, &error);
  g_assert_no_error (error);
  g_assert_cmpint (bw_buurt_figures_get (figures, many, BW_FIGURE_OPEN_CASES), ==, 7);
  g_assert_cmpint (bw_buurt_figures_get (figures, few, BW_FIGURE_OPEN_CASES), ==, BW_FIGURES_SUPPRESSED);
  g_assert_cmpint (bw_buurt_figures_get_total (figures, BW_FIGURE_OPEN_CASES), ==, 15);

  /* What the server sent holds no name and no identifier of a case. */
  token = new_token (f, "tessa");
  body = http_raw (f, "GET", "/api/v1/figures", token, NULL, &status);
  g_assert_cmpuint (status, ==, 200);
  g_assert_null (strstr (body, "Bewoner"));
  g_assert_null (strstr (body, "Taalvraag"));
  {
    g_autofree char *database_id = bw_case_store_get_meta (f->store_a, "database_id");

    g_assert_null (strstr (body, database_id));
  }
  {
    g_autoptr(BwCase) one = bw_case_store_get_case (f->store_a, 1, &error);

    g_assert_no_error (error);
    g_assert_null (strstr (body, bw_case_get_uuid (one)));
  }
  g_clear_pointer (&body, g_free);
  g_clear_pointer (&token, g_free);

  /* A buurtteam member counts their own cases: the path does not exist
   * for them. */
  token = new_token (f, "anna");
  body = http_raw (f, "GET", "/api/v1/figures", token, NULL, &status);
  g_assert_cmpuint (status, ==, 404);

  /* Offline, the trainer keeps the last figures. */
  stop_server (f);
  g_clear_pointer (&demand, g_ptr_array_unref);
  demand = bw_planning_demand_by_buurt (trainer.planning, &error);
  g_assert_no_error (error);
  g_assert_cmpint (demand_in (demand, many)->demand[BW_TRAINING_NEED_LANGUAGE], ==, 7);

  desktop_close (&trainer);
}

int
main (int   argc,
      char *argv[])
{
  server_exe = g_getenv ("BUURTWERK_SERVER");
  g_test_init (&argc, &argv, NULL);
  g_assert_nonnull (server_exe);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/planning-sync/refer-and-place", test_refer_and_place);
  ADD ("/planning-sync/refusals", test_refusals);
  ADD ("/planning-sync/refusal-codes", test_refusal_codes);
  ADD ("/planning-sync/purge-takes-enrolments", test_purge_takes_enrolments);
  ADD ("/planning-sync/trainer-demand", test_trainer_demand);
#undef ADD

  return g_test_run ();
}
