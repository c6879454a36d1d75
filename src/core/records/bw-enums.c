/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-records"
#include "config.h"

#include <glib/gi18n-lib.h>

#include "bw-enums.h"

typedef struct {
  const char *key;
  const char *label;
} BwEnumEntry;

static const BwEnumEntry case_statuses[BW_CASE_STATUS_N] = {
  { "intake", N_("Intake") },
  { "active", N_("Active") },
  { "closed", N_("Closed") },
};

static const BwEnumEntry tracks[BW_TRACK_N] = {
  { "none", N_("No track chosen") },
  { "work", N_("Work (WSP)") },
  { "development", N_("Development (WerkvoorHeerlen)") },
  { "beschut_werk", N_("Development: Beschut Werk") },
  { "basisbaan", N_("Development: Basisbaan") },
  { "care", N_("Care track") },
};

static const BwEnumEntry debt_routes[BW_DEBT_ROUTE_N] = {
  { "none", N_("No debt help yet") },
  { "team_shv", N_("Team schuldhulpverlening") },
  { "maatje", N_("Schuldhulpmaatje") },
  { "kbl_amicable", N_("KBL amicable arrangement") },
  { "kbl_statutory", N_("KBL statutory arrangement") },
};

static const BwEnumEntry language_needs[BW_LANGUAGE_NEED_N] = {
  { "none", N_("No language need") },
  { "suspected", N_("Low literacy suspected") },
  { "course_needed", N_("Language course needed") },
  { "in_course", N_("In a language course") },
};

static const BwEnumEntry outcomes[BW_OUTCOME_N] = {
  { "none", N_("No outcome") },
  { "work", N_("Work") },
  { "education", N_("Education") },
  { "basisbaan", N_("Basisbaan") },
  { "beschut_werk", N_("Beschut Werk") },
  { "care", N_("Care track") },
  /* Its pair is "moved_out_of_heerlen"; a move to another team's area is
   * "transferred". */
  { "moved", N_("Moved within Heerlen") },
  { "volunteering", N_("Volunteering") },
  { "no_contact", N_("No contact any more") },
  { "transferred", N_("Transferred") },
  { "moved_out_of_heerlen", N_("Moved out of Heerlen") },
  { "other", N_("Other") },
};

static const BwEnumEntry domains[BW_DOMAIN_N] = {
  { "finances", N_("Finances") },
  { "work_education", N_("Work and education") },
  { "housing", N_("Housing") },
  { "health", N_("Health") },
  { "family", N_("Family") },
  { "social_network", N_("Social network") },
  { "daily_activities", N_("Daily activities") },
  { "language", N_("Language") },
};

static const BwEnumEntry offer_kinds[BW_OFFER_KIND_N] = {
  { "language", N_("Language course") },
  { "digital", N_("Digital skills") },
  { "job_application", N_("Job-application training") },
  { "sector", N_("Sector training") },
  { "work_orientation", N_("Orientation on work") },
  { "other", N_("Other training") },
};

static const BwEnumEntry offer_statuses[BW_OFFER_STATUS_N] = {
  { "draft", N_("Draft") },
  { "open", N_("Open for enrolment") },
  { "full", N_("Full") },
  { "running", N_("Running") },
  { "completed", N_("Completed") },
  { "cancelled", N_("Cancelled") },
};

static const BwEnumEntry enrolment_statuses[BW_ENROLMENT_STATUS_N] = {
  { "referred", N_("Referred") },
  { "placed", N_("Placed") },
  { "waiting", N_("On the waiting list") },
  { "started", N_("Started") },
  { "completed", N_("Completed") },
  { "dropped_out", N_("Dropped out") },
};

static const BwEnumEntry attendance_statuses[BW_ATTENDANCE_N] = {
  { "present", N_("Present") },
  { "absent", N_("Absent") },
  { "excused", N_("Excused") },
};

static int
lookup (const BwEnumEntry *entries,
        int                n,
        const char        *key,
        int                fallback)
{
  if (key == NULL)
    return fallback;
  for (int i = 0; i < n; i++)
    if (g_str_equal (entries[i].key, key))
      return i;
  return fallback;
}

#define BW_ENUM_IMPL(prefix, Type, table, N, fallback)                        \
  const char *prefix##_to_key (Type v)                                        \
  {                                                                           \
    g_return_val_if_fail ((int) v >= 0 && (int) v < N, table[fallback].key);  \
    return table[v].key;                                                      \
  }                                                                           \
  Type prefix##_from_key (const char *key)                                    \
  {                                                                           \
    return (Type) lookup (table, N, key, fallback);                           \
  }                                                                           \
  const char *prefix##_label (Type v)                                         \
  {                                                                           \
    g_return_val_if_fail ((int) v >= 0 && (int) v < N, "");                   \
    return _(table[v].label);                                                 \
  }

BW_ENUM_IMPL (bw_case_status, BwCaseStatus, case_statuses, BW_CASE_STATUS_N, BW_CASE_STATUS_INTAKE)
BW_ENUM_IMPL (bw_track, BwTrack, tracks, BW_TRACK_N, BW_TRACK_NONE)
BW_ENUM_IMPL (bw_debt_route, BwDebtRoute, debt_routes, BW_DEBT_ROUTE_N, BW_DEBT_ROUTE_NONE)
BW_ENUM_IMPL (bw_language_need, BwLanguageNeed, language_needs, BW_LANGUAGE_NEED_N, BW_LANGUAGE_NEED_NONE)
BW_ENUM_IMPL (bw_outcome, BwOutcome, outcomes, BW_OUTCOME_N, BW_OUTCOME_NONE)

#define BW_ENUM_IS_KEY(prefix, table, N)                                      \
  gboolean prefix##_is_key (const char *key)                                  \
  {                                                                           \
    return lookup (table, N, key, -1) >= 0;                                   \
  }

BW_ENUM_IMPL (bw_offer_kind, BwOfferKind, offer_kinds, BW_OFFER_KIND_N, BW_OFFER_KIND_LANGUAGE)
BW_ENUM_IS_KEY (bw_offer_kind, offer_kinds, BW_OFFER_KIND_N)
BW_ENUM_IMPL (bw_offer_status, BwOfferStatus, offer_statuses, BW_OFFER_STATUS_N, BW_OFFER_STATUS_DRAFT)
BW_ENUM_IS_KEY (bw_offer_status, offer_statuses, BW_OFFER_STATUS_N)
BW_ENUM_IMPL (bw_enrolment_status, BwEnrolmentStatus, enrolment_statuses, BW_ENROLMENT_STATUS_N,
              BW_ENROLMENT_STATUS_REFERRED)
BW_ENUM_IS_KEY (bw_enrolment_status, enrolment_statuses, BW_ENROLMENT_STATUS_N)
BW_ENUM_IMPL (bw_attendance_status, BwAttendanceStatus, attendance_statuses, BW_ATTENDANCE_N,
              BW_ATTENDANCE_PRESENT)
BW_ENUM_IS_KEY (bw_attendance_status, attendance_statuses, BW_ATTENDANCE_N)

const char *
bw_domain_to_key (BwDomain domain)
{
  g_return_val_if_fail ((int) domain >= 0 && domain < BW_DOMAIN_N, NULL);
  return domains[domain].key;
}

const char *
bw_domain_label (BwDomain domain)
{
  g_return_val_if_fail ((int) domain >= 0 && domain < BW_DOMAIN_N, "");
  return _(domains[domain].label);
}

int
bw_track_cascade_level (BwTrack track)
{
  switch (track)
    {
    case BW_TRACK_WORK:
      return 1;
    case BW_TRACK_DEVELOPMENT:
    case BW_TRACK_BESCHUT_WERK:
    case BW_TRACK_BASISBAAN:
      return 2;
    case BW_TRACK_CARE:
      return 3;
    case BW_TRACK_NONE:
    case BW_TRACK_N:
    default:
      return 0;
    }
}

/* The household and debts of a case (issue 17). */
static const BwEnumEntry relations[BW_RELATION_N] = {
  { "partner", N_("Partner") },
  { "child", N_("Child") },
  { "parent", N_("Parent") },
  { "sibling", N_("Brother or sister") },
  { "other", N_("Other") },
};

static const BwEnumEntry creditors[BW_CREDITOR_N] = {
  { "belastingdienst", N_("Belastingdienst") },
  { "cjib", N_("CJIB") },
  { "zorgverzekeraar", N_("Health insurer") },
  { "woningcorporatie", N_("Housing association") },
  { "energieleverancier", N_("Energy supplier") },
  { "gemeente", N_("Municipality") },
  { "duo", N_("DUO") },
  { "telecom", N_("Telecom provider") },
  { "other", N_("Other creditor") },
  { "unknown", N_("Creditor unknown") },
};

static const BwEnumEntry debt_statuses[BW_DEBT_STATUS_N] = {
  { "open", N_("Open") },
  { "arrangement", N_("Payment arrangement") },
  { "debt_help", N_("In debt help") },
  { "paid_off", N_("Paid off") },
  { "written_off", N_("Written off") },
};

BW_ENUM_IMPL (bw_relation, BwRelation, relations, BW_RELATION_N, BW_RELATION_OTHER)
BW_ENUM_IS_KEY (bw_relation, relations, BW_RELATION_N)
BW_ENUM_IMPL (bw_creditor, BwCreditor, creditors, BW_CREDITOR_N, BW_CREDITOR_UNKNOWN)
BW_ENUM_IS_KEY (bw_creditor, creditors, BW_CREDITOR_N)
BW_ENUM_IMPL (bw_debt_status, BwDebtStatus, debt_statuses, BW_DEBT_STATUS_N, BW_DEBT_STATUS_OPEN)
BW_ENUM_IS_KEY (bw_debt_status, debt_statuses, BW_DEBT_STATUS_N)

gboolean
bw_debt_status_is_open (BwDebtStatus status)
{
  return status != BW_DEBT_STATUS_PAID_OFF && status != BW_DEBT_STATUS_WRITTEN_OFF;
}
