/* SPDX-License-Identifier: EUPL-1.2 */
/* The household's members and the debts per creditor (issue 17) against
 * the real buurtwerk-server on 127.0.0.1: they travel between the team's
 * desktops and are found by search there; a partner with only the
 * "household" part gets the members (without their link to a case) and
 * no debt; and the old single amount, migrated on two desktops of the
 * team, is one debt on the server, without a conflict. */
#include "config.h"

#include <string.h>

#include "bw-case-store-household.h"
#include "bw-case-store-sharing.h"
#include "bw-date.h"
#include "sync-test-utils.h"

#define MEMBER "Zwanetta Quintelier"
#define CREDITOR "Incassobureau QZWX"

static void
setup (Fixture       *f,
       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("bw-household-XXXXXX", &error);
  g_assert_no_error (error);
  f->server_db = bw_test_server_db_new (f->dir, "server.db");
  add_user (f, "anna", "hoensbroek");
  add_user (f, "bram", "hoensbroek");
  add_user_with_role (f, "vera", "partner", NULL, "vsv");
  start_server (f);
  f->store_a = open_store (f, "a.db", "Anna");
  f->store_b = open_store (f, "b.db", "Bram");
  f->sync_a = bw_sync_engine_new (f->store_a, &error);
  g_assert_no_error (error);
  f->sync_b = bw_sync_engine_new (f->store_b, &error);
  g_assert_no_error (error);
  login (f, f->sync_a, "anna");
}

static gint64
search_one (BwCaseStore *store,
            const char  *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  BwCaseQuery query;

  bw_case_query_init (&query);
  query.text = g_strdup (text);
  ids = bw_case_store_query_ids (store, &query, &error);
  bw_case_query_clear (&query);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 1);
  return g_array_index (ids, gint64, 0);
}

/* Members and debts go from anna's desktop to bram's, with the case;
 * bram's change of a debt comes back. */
static void
test_travel (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BwCase) c = new_case (f->store_a, "Wilma Quintelier");
  g_autoptr(GListModel) members = NULL;
  g_autoptr(GListModel) debts = NULL;
  gint64 id = bw_case_get_id (c);
  gint64 id_b, total = 0;
  guint n_creditors = 0;
  gint64 cjib_id = 0;

  login (f, f->sync_b, "bram");
  g_assert_cmpint (bw_case_store_add_household_member (f->store_a, id, MEMBER, "2012-05-01", BW_RELATION_CHILD,
                                                       NULL, NULL, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (bw_case_store_add_debt (f->store_a, id, BW_CREDITOR_CJIB, NULL, 45000, BW_DEBT_STATUS_OPEN,
                                           0, "1-3-2025", NULL, &error), >, 0);
  g_assert_cmpint (bw_case_store_add_debt (f->store_a, id, BW_CREDITOR_OTHER, CREDITOR, 120050,
                                           BW_DEBT_STATUS_ARRANGEMENT, 5000, NULL, "Via de deurwaarder", &error), >, 0);
  g_assert_no_error (error);
  sync_ok (f->sync_a);
  sync_ok (f->sync_b);

  /* On bram's desktop, and found there by the member's name. */
  id_b = local_id (f->store_b, bw_case_get_uuid (c));
  g_assert_cmpint (id_b, >, 0);
  g_assert_cmpint (search_one (f->store_b, "zwanetta"), ==, id_b);
  members = bw_case_store_list_household (f->store_b, id_b);
  g_assert_cmpuint (g_list_model_get_n_items (members), ==, 1);
  {
    g_autoptr(BwHouseholdMember) m = g_list_model_get_item (members, 0);

    g_assert_cmpstr (bw_household_member_get_name (m), ==, MEMBER);
    g_assert_cmpint (bw_household_member_get_relation (m), ==, BW_RELATION_CHILD);
    g_assert_cmpstr (bw_household_member_get_date_of_birth (m), ==, "2012-05-01");
  }
  debts = bw_case_store_list_debts (f->store_b, id_b);
  g_assert_cmpuint (g_list_model_get_n_items (debts), ==, 2);
  bw_debts_total_open (debts, &total, &n_creditors);
  g_assert_cmpint (total, ==, 165050);
  g_assert_cmpuint (n_creditors, ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(BwDebt) d = g_list_model_get_item (debts, i);

      if (bw_debt_get_creditor (d) == BW_CREDITOR_CJIB)
        {
          cjib_id = bw_record_get_id (BW_RECORD (d));
          g_assert_cmpstr (bw_debt_get_start_date (d), ==, "2025-03-01");
        }
      else
        {
          g_assert_cmpstr (bw_debt_get_creditor_label (d), ==, CREDITOR);
          g_assert_cmpint (bw_debt_get_monthly_amount (d), ==, 5000);
          g_assert_cmpstr (bw_debt_get_note (d), ==, "Via de deurwaarder");
        }
    }

  /* Bram records the CJIB debt paid off: on anna's desktop it no longer
   * counts in the open total. */
  g_assert_true (bw_case_store_set_debt_status (f->store_b, cjib_id, BW_DEBT_STATUS_PAID_OFF, &error));
  g_assert_no_error (error);
  sync_ok (f->sync_b);
  sync_ok (f->sync_a);
  g_clear_object (&debts);
  debts = bw_case_store_list_debts (f->store_a, id);
  bw_debts_total_open (debts, &total, &n_creditors);
  g_assert_cmpint (total, ==, 120050);
  g_assert_cmpuint (n_creditors, ==, 1);
  g_assert_cmpint (count_rows (f->store_a, "SELECT count(*) FROM sync_conflicts"), ==, 0);
}

static BwShare *
share_household (Fixture *f,
                 BwCase  *c)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *today = bw_date_today ();
  g_autoptr(GDateTime) now = bw_date_now_local ();
  g_autoptr(GDateTime) later = g_date_time_add_days (now, 30);
  g_autofree char *end = g_date_time_format (later, "%Y-%m-%d");
  BwShare *share = bw_share_new ();

  bw_share_set_organisation (share, "vsv");
  bw_share_set_part (share, BW_SHARE_PART_HOUSEHOLD, TRUE);
  bw_share_set_consent_date (share, today);
  bw_share_set_consent_given_to (share, "Anna (buurtteam)");
  bw_share_set_consent_form (share, "written");
  bw_share_set_end_date (share, end);
  bw_share_set_team_contact (share, "Anna, 045 555 0101");
  g_assert_true (bw_case_store_add_share (f->store_a, bw_case_get_id (c), share, &error));
  g_assert_no_error (error);
  return share;
}

/* Shared with the "household" part only: the partner gets the members,
 * not the debts, and not which member has a case of their own. */
static void
test_partner_household_only (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BwCase) c = new_case (f->store_a, "Wilma Quintelier");
  g_autoptr(BwCase) son = new_case (f->store_a, "Rik Quintelier");
  g_autoptr(BwShare) share = NULL;
  g_autoptr(GListModel) shared = NULL;
  g_autoptr(BwSharedCase) one = NULL;
  g_autoptr(GListModel) members = NULL;
  g_autoptr(GListModel) debts = NULL;
  g_autofree char *raw = NULL;
  g_autofree char *token = NULL;
  guint status;

  g_assert_cmpint (bw_case_store_add_household_member (f->store_a, bw_case_get_id (c), MEMBER, NULL,
                                                       BW_RELATION_CHILD, "06-11112222", NULL, &error), >, 0);
  g_assert_cmpint (bw_case_store_add_household_member (f->store_a, bw_case_get_id (c), "Rik Quintelier", NULL,
                                                       BW_RELATION_CHILD, NULL, bw_case_get_uuid (son), &error), >, 0);
  g_assert_cmpint (bw_case_store_add_debt (f->store_a, bw_case_get_id (c), BW_CREDITOR_OTHER, CREDITOR, 99900,
                                           BW_DEBT_STATUS_OPEN, 0, NULL, NULL, &error), >, 0);
  g_assert_no_error (error);
  share = share_household (f, c);
  sync_ok (f->sync_a);

  login (f, f->sync_b, "vera");
  sync_ok (f->sync_b);
  shared = bw_case_store_list_shared_cases (f->store_b);
  g_assert_cmpuint (g_list_model_get_n_items (shared), ==, 1);
  one = g_list_model_get_item (shared, 0);
  g_assert_true (bw_shared_case_has_part (one, BW_SHARE_PART_HOUSEHOLD));
  g_assert_false (bw_shared_case_has_part (one, BW_SHARE_PART_DEBTS));
  members = bw_shared_case_list_household (one);
  debts = bw_shared_case_list_debts (one);
  g_assert_cmpuint (g_list_model_get_n_items (members), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (debts), ==, 0);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(BwHouseholdMember) m = g_list_model_get_item (members, i);

      g_assert_null (bw_household_member_get_linked_case_uuid (m));
    }
  /* Not the person part either: no name of the resident. */
  g_assert_null (bw_shared_case_get_name (one));
  g_assert_false (desktop_file_contains (f, "b.db", CREDITOR));
  g_assert_false (desktop_file_contains (f, "b.db", bw_case_get_uuid (son)));

  token = new_token (f, "vera");
  raw = http_raw (f, "GET", "/api/v1/shared", token, NULL, &status);
  g_assert_cmpuint (status, ==, 200);
  g_assert_nonnull (strstr (raw, MEMBER));
  g_assert_null (strstr (raw, CREDITOR));
  g_assert_null (strstr (raw, "creditor"));
  g_assert_null (strstr (raw, "linked_case_uuid"));
  g_assert_null (strstr (raw, bw_case_get_uuid (son)));
  g_assert_null (strstr (raw, "Wilma"));
}

/* What the migration writes for a case with the old single amount (its
 * INSERT, in the outbox by trigger), as on a desktop being updated. */
static void
migrate_debt_amount (BwCaseStore *store)
{
  const char *step = NULL;
  char *err = NULL;

  for (guint i = 0; i < bw_case_store_n_migrations; i++)
    if ((step = strstr (bw_case_store_migrations[i], "INSERT INTO debts (uuid")) != NULL)
      break;
  g_assert_nonnull (step);
  g_assert_cmpint (sqlite3_exec (bw_case_store_get_db (store), step, NULL, NULL, &err), ==, SQLITE_OK);
  g_assert_null (err);
}

static void
test_migrated_once (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BwCase) c = bw_case_new ();
  g_autofree char *sql = NULL;

  login (f, f->sync_b, "bram");
  bw_case_set_name (c, "Wilma Quintelier");
  bw_case_set_buurt_code (c, BUURT);
  bw_case_set_has_debts (c, TRUE);
  bw_case_set_debt_amount (c, 1234500);
  g_assert_true (bw_case_store_insert_case (f->store_a, c, &error));
  g_assert_no_error (error);
  sync_ok (f->sync_a);
  sync_ok (f->sync_b);

  /* Both desktops are updated before either syncs again. */
  migrate_debt_amount (f->store_a);
  migrate_debt_amount (f->store_b);
  sync_ok (f->sync_a);
  sync_ok (f->sync_b);
  sync_ok (f->sync_a);

  g_assert_cmpint (server_count (f, "SELECT count(*) FROM records WHERE type = 'debt' AND case_uuid = ?1",
                                 bw_case_get_uuid (c)), ==, 1);
  g_assert_cmpint (server_count (f, "SELECT count(*) FROM records WHERE type = 'debt' AND case_uuid = ?1"
                                    " AND CAST (json_extract (fields, '$.amount') AS INTEGER) = 1234500"
                                    " AND json_extract (fields, '$.creditor') = 'unknown'",
                                 bw_case_get_uuid (c)), ==, 1);
  for (BwCaseStore **s = (BwCaseStore *[]) { f->store_a, f->store_b, NULL }; *s; s++)
    {
      g_assert_cmpint (count_rows (*s, "SELECT count(*) FROM debts"), ==, 1);
      g_assert_cmpint (count_rows (*s, "SELECT count(*) FROM sync_conflicts"), ==, 0);
      g_assert_cmpint (count_rows (*s, "SELECT count(*) FROM sync_problems"), ==, 0);
      g_assert_cmpint (count_rows (*s, "SELECT count(*) FROM outbox"), ==, 0);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  server_exe = g_getenv ("BUURTWERK_SERVER");

  g_test_add ("/household-sync/travel", Fixture, NULL, setup, test_travel, fixture_teardown);
  g_test_add ("/household-sync/partner-household-only", Fixture, NULL, setup, test_partner_household_only,
              fixture_teardown);
  g_test_add ("/household-sync/migrated-once", Fixture, NULL, setup, test_migrated_once, fixture_teardown);
  return g_test_run ();
}
