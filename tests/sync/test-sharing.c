/* SPDX-License-Identifier: EUPL-1.2 */
/* Consent-based sharing with partners, against the real buurtwerk-server on
 * 127.0.0.1 over real HTTP, with real SQLite files: per-field filtering,
 * nothing leaks to a partner, partner pushes are limited to its own notes,
 * withdrawal and expiry purge the partner's file, and the coordinator's
 * access history from the append-only audit log. */
#define _GNU_SOURCE
#include "config.h"

#include <locale.h>

#include <string.h>

#include <glib/gstdio.h>
#include <libsoup/soup.h>

#include "bw-audit-entry.h"
#include "bw-case-store-sharing.h"
#include "bw-date.h"
#include "bw-record-json.h"
#include "bw-validation.h"
#include "sync-test-utils.h"

/* Distinctive text, so that the partner's file can be searched for it. */
#define NAME "Ilse Quintelier-Zwaardvis"
#define ADDRESS "Zwaluwstaartstraat 77, Heerlen"
#define SHAREABLE_NOTE "Deelbaar gesprek over school QXJ"
#define PRIVATE_NOTE "Vertrouwelijk gesprek KLMW"
#define OUTCOME_NOTE "Stopt met het traject na ruzie met de werkgever"
#define PARTNER_NOTE "Notitie van VSV over leerplicht PPNQ"

typedef struct {
  Fixture f;               /* store_a/sync_a: anna (buurtteam); store_b/sync_b: vera (VSV) */
  BwCaseStore *store_c;    /* cor, coordinator of anna's team */
  BwSyncEngine *sync_c;
  char *vera_token, *anna_token, *carla_token, *dirk_token, *joost_token;
} SharingFixture;

/* The users and their tokens are made once (each costs a password hash,
 * slow under the sanitizers) in a template server database that every
 * test copies. */
static struct {
  char *dir;
  char *server_db;
  char *vera, *anna, *carla, *dirk, *joost, *cor;
} template;

static void
make_template (void)
{
  Fixture t = { 0 };
  g_autoptr(GError) error = NULL;

  if (template.dir != NULL)
    return;
  template.dir = g_dir_make_tmp ("bw-sharing-template-XXXXXX", &error);
  g_assert_no_error (error);
  template.server_db = bw_test_server_db_new (template.dir, "server.db");
  t.server_db = template.server_db;
  add_user (&t, "anna", "hoensbroek");
  add_user (&t, "carla", "heerlerheide");
  add_user_with_role (&t, "vera", "partner", NULL, "vsv");
  add_user_with_role (&t, "joost", "partner", NULL, "jeugdzorg");
  add_user_with_role (&t, "cor", "coordinator", "hoensbroek", NULL);
  add_user_with_role (&t, "dirk", "coordinator", "heerlerheide", NULL);
  template.vera = new_token (&t, "vera");
  template.anna = new_token (&t, "anna");
  template.carla = new_token (&t, "carla");
  template.dirk = new_token (&t, "dirk");
  template.joost = new_token (&t, "joost");
  template.cor = new_token (&t, "cor");
}

static void
drop_template (void)
{
  g_autofree char *wal = g_strconcat (template.server_db, "-wal", NULL);
  g_autofree char *shm = g_strconcat (template.server_db, "-shm", NULL);

  g_unlink (template.server_db);
  g_unlink (wal);
  g_unlink (shm);
  g_rmdir (template.dir);
}

static void
sharing_setup (SharingFixture *s,
               gconstpointer   data)
{
  Fixture *f = &s->f;
  g_autoptr(GError) error = NULL;

  make_template ();
  f->dir = g_dir_make_tmp ("bw-sharing-XXXXXX", &error);
  g_assert_no_error (error);
  f->server_db = bw_test_server_db_copy (template.server_db, f->dir, "server.db");
  start_server (f);
  f->store_a = open_store (f, "a.db", "Anna");
  f->store_b = open_store (f, "vsv.db", "Vera");
  s->store_c = open_store (f, "cor.db", "Cor");
  f->sync_a = bw_sync_engine_new (f->store_a, &error);
  g_assert_no_error (error);
  f->sync_b = bw_sync_engine_new (f->store_b, &error);
  g_assert_no_error (error);
  s->sync_c = bw_sync_engine_new (s->store_c, &error);
  g_assert_no_error (error);
  /* The partner logs in (its role comes with the login answer); the
   * others use a token, so their engines ask GET /me for their role. */
  login (f, f->sync_b, "vera");
  bw_sync_engine_set_server (f->sync_a, f->url, template.anna);
  bw_sync_engine_set_server (s->sync_c, f->url, template.cor);
  s->vera_token = g_strdup (template.vera);
  s->anna_token = g_strdup (template.anna);
  s->carla_token = g_strdup (template.carla);
  s->dirk_token = g_strdup (template.dirk);
  s->joost_token = g_strdup (template.joost);
}

static void
sharing_teardown (SharingFixture *s,
                  gconstpointer   data)
{
  g_clear_object (&s->sync_c);
  g_clear_object (&s->store_c);
  g_free (s->vera_token);
  g_free (s->anna_token);
  g_free (s->carla_token);
  g_free (s->dirk_token);
  g_free (s->joost_token);
  fixture_teardown (&s->f, data);
}

/* Everything a push could change on the server. */
static char *
dump_server (Fixture *f)
{
  static const char *queries[] = {
    "SELECT type, uuid, case_uuid, team_id, fields, field_revs, revision, deleted, seq FROM records"
    " ORDER BY uuid",
    "SELECT user_id, client_change_id, answer FROM applied_changes ORDER BY 1, 2",
    "SELECT record_uuid, field FROM conflicts ORDER BY id",
    "SELECT last FROM sequence",
    NULL,
  };

  return bw_test_server_db_dump (f->server_db, queries);
}

static char *
iso_day (int days_from_today)
{
  g_autofree char *today = bw_date_today ();
  int y, m, d;
  g_autoptr(GDate) date = NULL;
  char text[16];

  g_assert_cmpint (sscanf (today, "%d-%d-%d", &y, &m, &d), ==, 3);
  date = g_date_new_dmy (d, m, y);
  if (days_from_today >= 0)
    g_date_add_days (date, days_from_today);
  else
    g_date_subtract_days (date, -days_from_today);
  g_date_strftime (text, sizeof text, "%Y-%m-%d", date);
  return g_strdup (text);
}

/* A case on anna's desktop with debts, scores, a shareable and a private
 * journal note; synced. */
static BwCase *
make_case (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  BwCase *c = bw_case_new ();
  const int scores[BW_DOMAIN_N] = { 2, 3, 4, 2, 3, 4, 2, 3 };
  g_autoptr(GListModel) journal = NULL;
  gint64 id;

  bw_case_set_name (c, NAME);
  bw_case_set_address (c, ADDRESS);
  bw_case_set_buurt_code (c, BUURT);
  bw_case_set_status (c, BW_CASE_STATUS_ACTIVE);
  bw_case_set_track (c, BW_TRACK_DEVELOPMENT);
  bw_case_set_has_debts (c, TRUE);
  bw_case_set_debt_amount (c, 1234567);
  bw_case_set_debt_route (c, BW_DEBT_ROUTE_KBL_AMICABLE);
  bw_case_set_outcome_note (c, OUTCOME_NOTE);
  g_assert_true (bw_case_store_insert_case (f->store_a, c, &error));
  g_assert_no_error (error);
  id = bw_case_get_id (c);
  g_assert_cmpint (bw_case_store_add_journal (f->store_a, id, NULL, PRIVATE_NOTE, &error), >, 0);
  g_assert_cmpint (bw_case_store_add_journal (f->store_a, id, NULL, SHAREABLE_NOTE, &error), >, 0);
  g_assert_cmpint (bw_case_store_add_assessment (f->store_a, id, NULL, scores, &error), >, 0);
  g_assert_no_error (error);
  journal = bw_case_store_list_journal (f->store_a, id);
  for (guint i = 0; i < g_list_model_get_n_items (journal); i++)
    {
      g_autoptr(BwJournalEntry) entry = g_list_model_get_item (journal, i);

      if (g_str_equal (bw_journal_entry_get_text (entry), SHAREABLE_NOTE))
        g_assert_true (bw_case_store_set_journal_shareable (f->store_a, bw_journal_entry_get_id (entry),
                                                            TRUE, &error));
      g_assert_no_error (error);
    }
  sync_ok (f->sync_a);
  return c;
}

static BwShare *
share_with (Fixture     *f,
            BwCase      *c,
            const char  *organisation,
            const char  *first_part,
            ...)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *today = bw_date_today ();
  g_autofree char *end = iso_day (30);
  BwShare *share = bw_share_new ();
  const char *key = first_part;
  va_list args;

  bw_share_set_organisation (share, organisation);
  va_start (args, first_part);
  while (key != NULL)
    {
      BwSharePart part;

      g_assert_true (bw_share_part_from_key (key, &part));
      bw_share_set_part (share, part, TRUE);
      key = va_arg (args, const char *);
    }
  va_end (args);
  bw_share_set_consent_date (share, today);
  bw_share_set_consent_given_to (share, "Anna (buurtteam)");
  bw_share_set_consent_form (share, "written");
  bw_share_set_end_date (share, end);
  bw_share_set_team_contact (share, "Anna, 045 555 0101");
  g_assert_true (bw_case_store_add_share (f->store_a, bw_case_get_id (c), share, &error));
  g_assert_no_error (error);
  sync_ok (f->sync_a);
  return share;
}

/* The partner sees exactly the shared case, with only the shared parts:
 * on its desktop and in the raw answer. */
static void
test_share_filtered (SharingFixture *s,
                     gconstpointer   data)
{
  Fixture *f = &s->f;
  g_autoptr(BwCase) c = make_case (f);
  g_autoptr(BwCase) other = new_case (f->store_a, "Niet gedeeld Persoon");
  g_autoptr(BwShare) share = NULL;
  g_autoptr(GListModel) shared = NULL;
  g_autoptr(BwSharedCase) one = NULL;
  g_autoptr(GListModel) journal = NULL;
  g_autoptr(GListModel) scores = NULL;
  g_autofree char *raw = NULL;
  g_autofree char *raw_jz = NULL;
  g_autofree char *role = NULL;
  guint status;

  sync_ok (f->sync_a);
  share = share_with (f, c, "vsv", "person", "track", NULL);
  sync_ok (f->sync_b);

  role = bw_case_store_dup_role (f->store_b);
  g_assert_cmpstr (role, ==, "partner");
  shared = bw_case_store_list_shared_cases (f->store_b);
  g_assert_cmpuint (g_list_model_get_n_items (shared), ==, 1);
  one = g_list_model_get_item (shared, 0);
  g_assert_cmpstr (bw_shared_case_get_case_uuid (one), ==, bw_case_get_uuid (c));
  g_assert_cmpstr (bw_shared_case_get_name (one), ==, NAME);
  g_assert_cmpstr (bw_shared_case_get_text (one, "address"), ==, ADDRESS);
  g_assert_cmpstr (bw_shared_case_get_text (one, "track"), ==, "development");
  g_assert_cmpstr (bw_shared_case_get_team_contact (one), ==, "Anna, 045 555 0101");
  g_assert_true (bw_shared_case_has_part (one, BW_SHARE_PART_PERSON));
  g_assert_false (bw_shared_case_has_part (one, BW_SHARE_PART_DEBTS));
  g_assert_false (bw_shared_case_has_field (one, "debt_amount"));
  g_assert_false (bw_shared_case_has_field (one, "has_debts"));
  g_assert_false (bw_shared_case_has_field (one, "language_need"));
  journal = bw_shared_case_list_journal (one);
  scores = bw_shared_case_list_assessments (one);
  g_assert_cmpuint (g_list_model_get_n_items (journal), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (scores), ==, 0);
  /* Never in the team's tables, never in the file. */
  g_assert_cmpint (count_rows (f->store_b, "SELECT count(*) FROM cases"), ==, 0);
  g_assert_false (desktop_file_contains (f, "vsv.db", "1234567"));
  g_assert_false (desktop_file_contains (f, "vsv.db", "kbl_amicable"));
  g_assert_false (desktop_file_contains (f, "vsv.db", SHAREABLE_NOTE));
  g_assert_false (desktop_file_contains (f, "vsv.db", PRIVATE_NOTE));
  g_assert_false (desktop_file_contains (f, "vsv.db", "Niet gedeeld"));
  /* "Cascadetraject" names status, track and outcome, not the team's
   * note on it. */
  g_assert_false (bw_shared_case_has_field (one, "outcome_note"));
  g_assert_false (desktop_file_contains (f, "vsv.db", OUTCOME_NOTE));

  /* The raw answer holds nothing else either. */
  raw = http_raw (f, "GET", "/api/v1/shared", s->vera_token, NULL, &status);
  g_assert_cmpuint (status, ==, 200);
  g_assert_nonnull (strstr (raw, NAME));
  g_assert_null (strstr (raw, "debt"));
  g_assert_null (strstr (raw, "finances"));
  g_assert_null (strstr (raw, "language_need"));
  g_assert_null (strstr (raw, SHAREABLE_NOTE));
  g_assert_null (strstr (raw, PRIVATE_NOTE));
  g_assert_null (strstr (raw, bw_case_get_uuid (other)));
  g_assert_null (strstr (raw, OUTCOME_NOTE));

  /* The journal goes only as a part, and only the notes marked
   * shareable. */
  g_clear_object (&share);
  share = share_with (f, c, "jeugdzorg", "journal", "assessments", NULL);
  raw_jz = http_raw (f, "GET", "/api/v1/shared", s->joost_token, NULL, &status);
  g_assert_cmpuint (status, ==, 200);
  g_assert_nonnull (strstr (raw_jz, SHAREABLE_NOTE));
  g_assert_nonnull (strstr (raw_jz, "finances"));
  g_assert_null (strstr (raw_jz, PRIVATE_NOTE));
  g_assert_null (strstr (raw_jz, NAME));
  g_assert_null (strstr (raw_jz, "debt"));
  /* VSV's view did not change by it. */
  g_free (raw);
  raw = http_raw (f, "GET", "/api/v1/shared", s->vera_token, NULL, &status);
  g_assert_null (strstr (raw, SHAREABLE_NOTE));

  /* A team member is not a partner: the snapshot does not exist for them. */
  {
    g_autofree char *team = http_raw (f, "GET", "/api/v1/shared", s->anna_token, NULL, &status);
    g_autofree char *unknown = http_raw (f, "GET", "/api/v1/no-such-path", s->anna_token, NULL, &status);

    g_assert_cmpuint (status, ==, 404);
    g_assert_cmpstr (team, ==, unknown);
  }
  /* Every delivery is in the audit log. */
  g_assert_cmpint (server_count (f, "SELECT count(*) FROM audit_log WHERE action = 'deliver' AND case_uuid = ?1",
                                 bw_case_get_uuid (c)), >=, 3);
}

/* A partner asking for what is not shared gets what a non-existent id
 * gets, and the attempt is logged. */
static void
test_nothing_leaks (SharingFixture *s,
                    gconstpointer   data)
{
  Fixture *f = &s->f;
  g_autoptr(BwCase) c = new_case (f->store_a, NAME);
  g_autoptr(BwCase) shared_case = make_case (f);
  g_autoptr(BwShare) share = NULL;
  g_autofree char *guess = g_uuid_string_random ();
  g_autofree char *path_real = g_strconcat ("/api/v1/records/", bw_case_get_uuid (c), NULL);
  g_autofree char *path_guess = g_strconcat ("/api/v1/records/", guess, NULL);
  g_autofree char *path_shared = g_strconcat ("/api/v1/records/", bw_case_get_uuid (shared_case), NULL);
  g_autofree char *real = NULL, *guessed = NULL, *by_id = NULL, *feed = NULL;
  guint status_real, status_guess, status;

  sync_ok (f->sync_a);
  share = share_with (f, shared_case, "vsv", "person", NULL);

  real = http_raw (f, "GET", path_real, s->vera_token, NULL, &status_real);
  guessed = http_raw (f, "GET", path_guess, s->vera_token, NULL, &status_guess);
  by_id = http_raw (f, "GET", path_shared, s->vera_token, NULL, &status);
  g_assert_cmpuint (status_real, ==, 404);
  g_assert_cmpuint (status_guess, ==, 404);
  g_assert_cmpuint (status, ==, 404);
  g_assert_cmpstr (real, ==, guessed);
  g_assert_cmpstr (by_id, ==, guessed);

  /* The team feed holds nothing for a partner. */
  feed = http_raw (f, "GET", "/api/v1/changes?since=0", s->vera_token, NULL, &status);
  g_assert_cmpuint (status, ==, 200);
  g_assert_null (strstr (feed, bw_case_get_uuid (c)));
  g_assert_null (strstr (feed, NAME));

  /* Through push: a note on the unshared case and on a guessed one get the
   * same answer. */
  {
    g_autofree char *n1 = g_uuid_string_random (), *n2 = g_uuid_string_random ();
    g_autofree char *id1 = g_uuid_string_random (), *id2 = g_uuid_string_random ();
    g_autofree char *body1 = g_strdup_printf ("{\"changes\":[{\"client_change_id\":\"%s\",\"type\":\"partner_note\","
                                              "\"uuid\":\"%s\",\"case_uuid\":\"%s\",\"base_revision\":0,"
                                              "\"fields\":{\"organisation\":\"vsv\",\"text\":\"x\"}}]}",
                                              id1, n1, bw_case_get_uuid (c));
    g_autofree char *body2 = g_strdup_printf ("{\"changes\":[{\"client_change_id\":\"%s\",\"type\":\"partner_note\","
                                              "\"uuid\":\"%s\",\"case_uuid\":\"%s\",\"base_revision\":0,"
                                              "\"fields\":{\"organisation\":\"vsv\",\"text\":\"x\"}}]}",
                                              id2, n2, guess);
    g_autofree char *a1 = http_raw (f, "POST", "/api/v1/push", s->vera_token, body1, &status);
    g_autofree char *a2 = http_raw (f, "POST", "/api/v1/push", s->vera_token, body2, &status);
    g_autofree char *e1 = NULL, *e2 = NULL;

    g_assert_nonnull (strstr (a1, "\"not_found\""));
    /* The same answer but for the ids the client sent itself. */
    e1 = g_strdup (strstr (a1, "\"error\""));
    e2 = g_strdup (strstr (a2, "\"error\""));
    g_assert_cmpstr (e1, ==, e2);
  }

  /* Every attempt is in the audit log. */
  g_assert_cmpint (server_count (f, "SELECT count(*) FROM audit_log WHERE action = 'denied'"
                                    " AND record_uuid = ?1", bw_case_get_uuid (c)), ==, 1);
  g_assert_cmpint (server_count (f, "SELECT count(*) FROM audit_log WHERE action = 'denied'"
                                    " AND record_uuid = ?1", guess), >=, 1);
  g_assert_cmpint (server_count (f, "SELECT count(*) FROM audit_log WHERE action = 'denied'"
                                    " AND case_uuid = ?1 AND record_type = 'partner_note'",
                                 bw_case_get_uuid (c)), ==, 1);
}

static char *
push_one (const char *type,
          const char *uuid,
          const char *case_uuid,
          gint64      base_revision,
          const char *fields)
{
  g_autofree char *id = g_uuid_string_random ();

  return g_strdup_printf ("{\"client_change_id\":\"%s\",\"type\":\"%s\",\"uuid\":\"%s\",\"case_uuid\":\"%s\","
                          "\"base_revision\":%" G_GINT64_FORMAT ",\"fields\":%s}",
                          id, type, uuid, case_uuid, base_revision, fields);
}

/* A partner changes nothing but its own notes; those reach the team. */
static void
test_partner_push (SharingFixture *s,
                   gconstpointer   data)
{
  Fixture *f = &s->f;
  g_autoptr(BwCase) c = make_case (f);
  g_autoptr(BwCase) unshared = new_case (f->store_a, "Ander Persoon");
  g_autoptr(BwShare) share = NULL;
  g_autofree char *before = NULL, *after = NULL, *answer = NULL, *body = NULL;
  g_autofree char *c1 = NULL, *c2 = NULL, *c3 = NULL, *c4 = NULL, *c5 = NULL;
  g_autofree char *j = g_uuid_string_random (), *n1 = g_uuid_string_random ();
  g_autofree char *n2 = g_uuid_string_random (), *sh = g_uuid_string_random ();
  g_autoptr(GError) error = NULL;
  const char *uuid = bw_case_get_uuid (c);
  guint status;

  sync_ok (f->sync_a);
  share = share_with (f, c, "vsv", "person", "track", NULL);
  sync_ok (f->sync_b);

  before = dump_server (f);
  c1 = push_one ("case", uuid, uuid, 1, "{\"phone\":\"06 1234 5678\"}");
  c2 = push_one ("journal", j, uuid, 0, "{\"date\":\"2026-01-05\",\"author\":null,\"text\":\"x\",\"shareable\":true}");
  c3 = push_one ("partner_note", n1, bw_case_get_uuid (unshared), 0, "{\"organisation\":\"vsv\",\"text\":\"x\"}");
  c4 = push_one ("partner_note", n2, uuid, 0, "{\"organisation\":\"jeugdzorg\",\"text\":\"x\"}");
  c5 = push_one ("share", sh, uuid, 0,
                 "{\"organisation\":\"vsv\",\"parts\":[\"debts\"],\"consent_date\":\"2026-01-01\","
                 "\"consent_given_to\":\"x\",\"consent_form\":\"verbal\",\"end_date\":\"2099-01-01\","
                 "\"team_contact\":\"x\",\"withdrawn_at\":null,\"withdrawn_reason\":null}");
  body = g_strdup_printf ("{\"changes\":[%s,%s,%s,%s,%s]}", c1, c2, c3, c4, c5);
  answer = http_raw (f, "POST", "/api/v1/push", s->vera_token, body, &status);
  g_assert_cmpuint (status, ==, 200);
  g_assert_null (strstr (answer, "\"applied\""));
  {
    g_autoptr(JsonNode) node = json_from_string (answer, NULL);
    JsonArray *results = json_object_get_array_member (json_node_get_object (node), "results");

    g_assert_cmpuint (json_array_get_length (results), ==, 5);
    for (guint i = 0; i < 5; i++)
      g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (results, i), "status"),
                       ==, "rejected");
  }
  after = dump_server (f);
  g_assert_cmpstr (before, ==, after);

  /* A note through the partner's desktop on the shared case arrives. */
  g_assert_false (bw_case_store_add_partner_note (f->store_b, bw_case_get_uuid (unshared), "x", &error));
  g_assert_error (error, BW_STORE_ERROR, BW_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_true (bw_case_store_add_partner_note (f->store_b, uuid, PARTNER_NOTE, &error));
  g_assert_no_error (error);
  sync_ok (f->sync_b);
  sync_ok (f->sync_a);
  {
    g_autoptr(GListModel) notes = bw_case_store_list_partner_notes (f->store_a, uuid);
    g_autoptr(BwPartnerNote) note = NULL;
    g_autoptr(BwSharedCase) one = bw_case_store_get_shared_case (f->store_b, uuid);

    g_assert_cmpuint (g_list_model_get_n_items (notes), ==, 1);
    note = g_list_model_get_item (notes, 0);
    g_assert_cmpstr (bw_partner_note_get_text (note), ==, PARTNER_NOTE);
    g_assert_cmpstr (bw_partner_note_get_organisation (note), ==, "vsv");
    g_assert_cmpuint (g_list_model_get_n_items (bw_shared_case_get_notes (one)), ==, 1);
  }
  /* The team reads partner notes; it does not write them. */
  {
    g_autofree char *n3 = g_uuid_string_random ();
    g_autofree char *one = push_one ("partner_note", n3, uuid, 0, "{\"organisation\":\"vsv\",\"text\":\"x\"}");
    g_autofree char *team_body = g_strdup_printf ("{\"changes\":[%s]}", one);
    g_autofree char *team = http_raw (f, "POST", "/api/v1/push", s->anna_token, team_body, &status);

    g_assert_nonnull (strstr (team, "\"forbidden\""));
  }
}

/* A share's consent is fixed; it is only ever ended. */
static void
test_share_rules (SharingFixture *s,
                  gconstpointer   data)
{
  Fixture *f = &s->f;
  g_autoptr(BwCase) c = new_case (f->store_a, NAME);
  g_autoptr(BwShare) bad = bw_share_new ();
  g_autoptr(BwShare) share = NULL;
  g_autoptr(GListModel) shares = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *today = bw_date_today ();
  g_autofree char *yesterday = iso_day (-1);
  g_autofree char *tomorrow = iso_day (1);
  guint status;

  /* Refused input writes nothing. */
  bw_share_set_organisation (bad, "vsv");
  bw_share_set_consent_date (bad, today);
  bw_share_set_consent_given_to (bad, "Anna");
  bw_share_set_end_date (bad, tomorrow);
  bw_share_set_team_contact (bad, "Anna");
  g_assert_false (bw_case_store_add_share (f->store_a, bw_case_get_id (c), bad, &error));
  g_assert_error (error, BW_VALIDATION_ERROR, BW_VALIDATION_ERROR_SHARE_PARTS);
  g_clear_error (&error);
  bw_share_set_part (bad, BW_SHARE_PART_PERSON, TRUE);
  bw_share_set_end_date (bad, yesterday);
  g_assert_false (bw_case_store_add_share (f->store_a, bw_case_get_id (c), bad, &error));
  g_assert_error (error, BW_VALIDATION_ERROR, BW_VALIDATION_ERROR_END_DATE);
  g_clear_error (&error);
  bw_share_set_end_date (bad, tomorrow);
  bw_share_set_consent_date (bad, tomorrow);
  g_assert_false (bw_case_store_add_share (f->store_a, bw_case_get_id (c), bad, &error));
  g_assert_error (error, BW_VALIDATION_ERROR, BW_VALIDATION_ERROR_CONSENT_DATE);
  g_clear_error (&error);
  bw_share_set_consent_date (bad, today);
  bw_share_set_organisation (bad, "politie");
  g_assert_false (bw_case_store_add_share (f->store_a, bw_case_get_id (c), bad, &error));
  g_assert_error (error, BW_VALIDATION_ERROR, BW_VALIDATION_ERROR_SHARE_ORGANISATION);
  g_clear_error (&error);
  g_assert_cmpint (count_rows (f->store_a, "SELECT count(*) FROM shares"), ==, 0);

  share = share_with (f, c, "vsv", "person", NULL);
  /* The consent cannot be edited here ... */
  g_assert_cmpint (sqlite3_exec (bw_case_store_get_db (f->store_a),
                                 "UPDATE shares SET consent_given_to = 'iemand anders'", NULL, NULL, NULL),
                   !=, SQLITE_OK);
  /* ... nor on the server. */
  {
    g_autofree char *change = push_one ("share", bw_share_get_uuid (share), bw_case_get_uuid (c), 1,
                                        "{\"consent_given_to\":\"iemand anders\"}");
    g_autofree char *body = g_strdup_printf ("{\"changes\":[%s]}", change);
    g_autofree char *answer = http_raw (f, "POST", "/api/v1/push", s->anna_token, body, &status);

    g_assert_nonnull (strstr (answer, "\"rejected\""));
    g_assert_nonnull (strstr (answer, "cannot be changed"));
  }
  g_assert_true (bw_case_store_withdraw_share (f->store_a, bw_share_get_id (share), "ingetrokken", &error));
  g_assert_no_error (error);
  g_assert_false (bw_case_store_withdraw_share (f->store_a, bw_share_get_id (share), NULL, &error));
  g_assert_error (error, BW_STORE_ERROR, BW_STORE_ERROR_CONFLICT);
  sync_ok (f->sync_a);
  shares = bw_case_store_list_shares (f->store_a, bw_case_get_id (c));
  g_assert_cmpuint (g_list_model_get_n_items (shares), ==, 1);
  {
    g_autoptr(BwShare) stored = g_list_model_get_item (shares, 0);

    g_assert_cmpstr (bw_share_get_withdrawn_at (stored), ==, today);
    g_assert_false (bw_share_is_active (stored, today));
  }
}

static void
removed_cb (BwSyncEngine  *engine,
            char         **case_uuids,
            char        ***removed)
{
  g_strfreev (*removed);
  *removed = g_strdupv (case_uuids);
}

/* Withdrawal: the partner's next sync removes the case from the file. */
static void
test_withdraw_purges (SharingFixture *s,
                      gconstpointer   data)
{
  Fixture *f = &s->f;
  g_autoptr(BwCase) c = make_case (f);
  g_autoptr(BwShare) share = share_with (f, c, "vsv", "person", "track", "journal", NULL);
  g_autoptr(GListModel) after = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) removed = NULL;

  sync_ok (f->sync_b);
  g_assert_true (bw_case_store_add_partner_note (f->store_b, bw_case_get_uuid (c), PARTNER_NOTE, &error));
  g_assert_no_error (error);
  sync_ok (f->sync_b);
  g_assert_true (bw_case_store_report_case_opened (f->store_b, bw_case_get_uuid (c), &error));
  g_assert_no_error (error);
  /* Offline for a moment: a second note stays queued with the case. */
  g_assert_true (bw_case_store_add_partner_note (f->store_b, bw_case_get_uuid (c), "Nog niet verstuurd RRTQ",
                                                 &error));
  g_assert_true (desktop_file_contains (f, "vsv.db", ADDRESS));
  g_assert_true (desktop_file_contains (f, "vsv.db", SHAREABLE_NOTE));

  g_assert_true (bw_case_store_withdraw_share (f->store_a, bw_share_get_id (share), NULL, &error));
  g_assert_no_error (error);
  sync_ok (f->sync_a);
  g_signal_connect (f->sync_b, "shared-cases-removed", G_CALLBACK (removed_cb), &removed);
  {
    g_autoptr(GError) sync_error = try_sync (f->sync_b);
    g_assert_no_error (sync_error);
  }
  /* The app is told, to say "no longer shared with you". */
  g_assert_nonnull (removed);
  g_assert_cmpuint (g_strv_length (removed), ==, 1);
  g_assert_cmpstr (removed[0], ==, bw_case_get_uuid (c));

  after = bw_case_store_list_shared_cases (f->store_b);
  g_assert_cmpuint (g_list_model_get_n_items (after), ==, 0);
  g_assert_null (bw_case_store_get_shared_case (f->store_b, bw_case_get_uuid (c)));
  g_assert_cmpint (count_rows (f->store_b, "SELECT count(*) FROM partner_notes"), ==, 0);
  g_assert_cmpint (count_rows (f->store_b, "SELECT count(*) FROM outbox"), ==, 0);
  g_assert_cmpint (count_rows (f->store_b, "SELECT count(*) FROM sync_base"), ==, 0);
  g_assert_cmpint (count_rows (f->store_b, "SELECT count(*) FROM audit_outbox"), ==, 0);
  /* Not only hidden: gone from the file and its WAL. */
  g_assert_false (desktop_file_contains (f, "vsv.db", NAME));
  g_assert_false (desktop_file_contains (f, "vsv.db", ADDRESS));
  g_assert_false (desktop_file_contains (f, "vsv.db", SHAREABLE_NOTE));
  g_assert_false (desktop_file_contains (f, "vsv.db", PARTNER_NOTE));
  g_assert_false (desktop_file_contains (f, "vsv.db", "Nog niet verstuurd RRTQ"));
  /* A note on it now is refused. */
  g_assert_false (bw_case_store_add_partner_note (f->store_b, bw_case_get_uuid (c), "x", &error));
  g_assert_error (error, BW_STORE_ERROR, BW_STORE_ERROR_NOT_FOUND);
}

/* A share past its end date is not delivered, and the partner's copy goes
 * at its next sync. The server's "today" is moved with the test-only
 * BUURTWERK_TEST_TODAY. */
static void
test_expired (SharingFixture *s,
              gconstpointer   data)
{
  Fixture *f = &s->f;
  g_autoptr(BwCase) c = make_case (f);
  g_autoptr(BwShare) share = share_with (f, c, "vsv", "person", NULL);
  g_autofree char *after_end = iso_day (31);
  g_autofree char *raw = NULL;
  g_autoptr(GListModel) list = NULL;
  guint status;

  sync_ok (f->sync_b);
  list = bw_case_store_list_shared_cases (f->store_b);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  g_clear_object (&list);

  stop_server (f);
  g_setenv ("BUURTWERK_TEST_TODAY", after_end, TRUE);
  start_server (f);
  g_unsetenv ("BUURTWERK_TEST_TODAY");
  login (f, f->sync_b, "vera");

  raw = http_raw (f, "GET", "/api/v1/shared", s->vera_token, NULL, &status);
  g_assert_cmpuint (status, ==, 200);
  g_assert_null (strstr (raw, bw_case_get_uuid (c)));
  g_assert_null (strstr (raw, NAME));
  sync_ok (f->sync_b);
  list = bw_case_store_list_shared_cases (f->store_b);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 0);
  g_assert_false (desktop_file_contains (f, "vsv.db", ADDRESS));
}

typedef struct {
  gboolean done;
  GListModel *entries;
  GError *error;
} HistoryWait;

static void
history_done (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  HistoryWait *wait = user_data;

  wait->entries = bw_sync_engine_access_history_finish (BW_SYNC_ENGINE (source), result, &wait->error);
  wait->done = TRUE;
}

static GListModel *
access_history (BwSyncEngine  *engine,
                const char    *case_uuid,
                GError       **error)
{
  HistoryWait wait = { 0 };

  bw_sync_engine_access_history_async (engine, case_uuid, NULL, history_done, &wait);
  while (!wait.done)
    g_main_context_iteration (NULL, TRUE);
  if (wait.error)
    g_propagate_error (error, wait.error);
  return wait.entries;
}

static gboolean
has_action (GListModel *entries,
            const char *action,
            const char *role)
{
  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(BwAuditEntry) entry = g_list_model_get_item (entries, i);

      if (g_str_equal (bw_audit_entry_get_action (entry), action) &&
          g_strcmp0 (bw_audit_entry_get_role (entry), role) == 0)
        return TRUE;
    }
  return FALSE;
}

/* The coordinator sees the whole access history of its team's case; no
 * one else does; the log cannot be changed. */
static void
test_access_history (SharingFixture *s,
                     gconstpointer   data)
{
  Fixture *f = &s->f;
  g_autoptr(BwCase) c = make_case (f);
  g_autoptr(BwShare) share = share_with (f, c, "vsv", "person", NULL);
  g_autoptr(GListModel) entries = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_strdup_printf ("/api/v1/cases/%s/access-history", bw_case_get_uuid (c));
  g_autofree char *guess_uuid = g_uuid_string_random ();
  g_autofree char *guess_path = g_strdup_printf ("/api/v1/cases/%s/access-history", guess_uuid);
  guint status;

  sync_ok (f->sync_b);
  g_assert_true (bw_case_store_report_case_opened (f->store_b, bw_case_get_uuid (c), &error));
  g_assert_no_error (error);
  sync_ok (f->sync_b);
  g_assert_cmpint (count_rows (f->store_b, "SELECT count(*) FROM audit_outbox"), ==, 0);
  bw_case_set_phone (c, "045 123 4567");
  g_assert_true (bw_case_store_update_case (f->store_a, c, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (bw_case_store_withdraw_share (f->store_a, bw_share_get_id (share), NULL, &error));
  sync_ok (f->sync_a);
  sync_ok (f->sync_b);
  /* The coordinator reads the team feed like the team. */
  sync_ok (s->sync_c);
  g_assert_cmpint (local_id (s->store_c, bw_case_get_uuid (c)), >, 0);

  entries = access_history (s->sync_c, bw_case_get_uuid (c), &error);
  g_assert_no_error (error);
  g_assert_true (has_action (entries, "create", "buurtteam"));
  g_assert_true (has_action (entries, "share", "buurtteam"));
  g_assert_true (has_action (entries, "deliver", "partner"));
  g_assert_true (has_action (entries, "open", "partner"));
  g_assert_true (has_action (entries, "update", "buurtteam"));
  g_assert_true (has_action (entries, "withdraw", "buurtteam"));
  {
    g_autoptr(BwAuditEntry) newest = g_list_model_get_item (entries, 0);
    g_autoptr(BwAuditEntry) oldest = g_list_model_get_item (entries, g_list_model_get_n_items (entries) - 1);

    /* Newest first, with names, and the desktop it came from. */
    g_assert_cmpstr (bw_audit_entry_get_action (oldest), ==, "create");
    g_assert_cmpstr (bw_audit_entry_get_user_name (oldest), ==, "anna");
    g_assert_cmpstr (bw_audit_entry_get_peer (oldest), ==, "127.0.0.1");
    g_assert_true (bw_record_json_is_uuid (bw_audit_entry_get_client (oldest)));
    g_assert_cmpstr (bw_audit_entry_get_at (newest), >=, bw_audit_entry_get_at (oldest));
  }
  {
    g_autofree char *csv = bw_audit_entries_to_csv (entries);

    g_assert_true (g_str_has_prefix (csv, "\xEF\xBB\xBF" "When,Who,Role,Action,"));
    g_assert_nonnull (strstr (csv, ",Partner,Opened by partner,"));
  }

  /* Another team's coordinator, a buurtteam member, a partner: as if the
   * case did not exist. */
  {
    g_autofree char *unknown = http_raw (f, "GET", guess_path, s->dirk_token, NULL, &status);
    g_autofree char *other = http_raw (f, "GET", path, s->dirk_token, NULL, &status);
    g_autofree char *team = http_raw (f, "GET", path, s->anna_token, NULL, &status);
    g_autofree char *partner = http_raw (f, "GET", path, s->vera_token, NULL, &status);

    g_assert_cmpuint (status, ==, 404);
    g_assert_cmpstr (other, ==, unknown);
    g_assert_cmpstr (team, ==, unknown);
    g_assert_cmpstr (partner, ==, unknown);
  }

  /* Append-only: the triggers refuse any change. */
  {
    g_autofree char *before = NULL;
    g_autoptr(GError) update = bw_test_server_db_try_exec (f->server_db, "UPDATE audit_log SET action = 'open'");
    g_autoptr(GError) delete = bw_test_server_db_try_exec (f->server_db, "DELETE FROM audit_log");

    g_assert_nonnull (update);
    g_assert_nonnull (strstr (update->message, "append-only"));
    g_assert_nonnull (delete);
    g_assert_nonnull (strstr (delete->message, "append-only"));
    g_assert_cmpint (server_count (f, "SELECT count(*) FROM audit_log WHERE case_uuid = ?1",
                                   bw_case_get_uuid (c)), >=, (gint64) g_list_model_get_n_items (entries));
  }
}

/* RFC 4180 quoting of the export, through the one CSV writer: with its
 * byte order mark and its formula-injection guard, so that a name or
 * detail that a spreadsheet would run as a formula is written as text. */
static void
test_csv (void)
{
  const char *json = "{\"entries\": ["
                     "{\"at\": \"2026-11-25T10:00:00Z\", \"user_name\": \"De Vries, Anna\", \"role\": \"buurtteam\","
                     " \"action\": \"update\", \"record_type\": \"case\", \"record_uuid\": null, \"client\": null,"
                     " \"peer\": \"127.0.0.1\", \"detail\": \"zei \\\"hallo\\\"\\nen ging\"},"
                     "{\"at\": \"2026-11-25T09:00:00Z\", \"user_name\": \"=HYPERLINK(\\\"http://x\\\")\", \"role\": \"partner\","
                     " \"action\": \"open\", \"detail\": \"@SUM(A1)\"}]}";
  g_autoptr(JsonNode) node = json_from_string (json, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) entries = bw_audit_entries_from_json (json_node_get_object (node), &error);
  g_autofree char *csv = NULL;

  g_assert_no_error (error);
  setlocale (LC_NUMERIC, "C");
  csv = bw_audit_entries_to_csv (entries);
  {
    /* As the window shows it: labels, and Heerlen's time (UTC+1 in
     * November), whatever the machine's zone. */
    const char *at_1 = "25-11-2026 11:00:00";
    const char *at_2 = "25-11-2026 10:00:00";
    g_autofree char *want = g_strdup_printf ("\xEF\xBB\xBF"
                                             "When,Who,Role,Action,Record,Record id,Desktop,Address,Detail\r\n"
                                             "%s,\"De Vries, Anna\",Buurtteam,Changed,Case,,,127.0.0.1,"
                                             "\"zei \"\"hallo\"\"\nen ging\"\r\n"
                                             "%s,\"'=HYPERLINK(\"\"http://x\"\")\",Partner,Opened by partner,,,,,'@SUM(A1)\r\n",
                                             at_1, at_2);

    g_assert_cmpstr (csv, ==, want);
  }

  /* Where a comma is the decimal mark (Dutch), a spreadsheet splits on
   * ";": one column a field, not all in one. */
  if (setlocale (LC_NUMERIC, "nl_NL.UTF-8") != NULL)
    {
      g_autofree char *nl = bw_audit_entries_to_csv (entries);

      setlocale (LC_NUMERIC, "C");
      g_assert_true (g_str_has_prefix (nl, "\xEF\xBB\xBF" "When;Who;Role;Action;"));
      g_assert_nonnull (strstr (nl, ";\"De Vries, Anna\";Buurtteam;Changed;Case;;;127.0.0.1;"));
    }
  else
    g_test_message ("no nl_NL.UTF-8 locale: the Dutch separator is not checked");

  /* Not the protocol: refused. */
  {
    g_autoptr(JsonNode) bad = json_from_string ("{\"entries\": [{\"at\": 3}]}", NULL);
    g_autoptr(GListModel) none = bw_audit_entries_from_json (json_node_get_object (bad), &error);

    g_assert_null (none);
    g_assert_nonnull (error);
  }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  server_exe = g_getenv ("BUURTWERK_SERVER");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, SharingFixture, NULL, sharing_setup, func, sharing_teardown)
  ADD ("/sharing/filtered-per-field", test_share_filtered);
  ADD ("/sharing/nothing-leaks", test_nothing_leaks);
  ADD ("/sharing/partner-push", test_partner_push);
  ADD ("/sharing/share-rules", test_share_rules);
  ADD ("/sharing/withdraw-purges", test_withdraw_purges);
  ADD ("/sharing/expired", test_expired);
  ADD ("/sharing/access-history", test_access_history);
#undef ADD
  g_test_add_func ("/sharing/csv", test_csv);
  status = g_test_run ();
  if (template.dir != NULL)
    drop_template ();
  return status;
}
