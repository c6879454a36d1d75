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

static const BwEnumEntry contact_types[BW_CONTACT_TYPE_N] = {
  { "none", N_("No kind of contact") },
  { "home_visit", N_("Home visit") },
  { "phone", N_("By phone") },
  { "office", N_("At the office") },
  { "digital", N_("Digital") },
  { "partner_meeting", N_("Meeting with a partner organisation") },
};

/* The ZRM's domains, in BwDomain order, by the English words the source
 * strings use; Dutch teams read the matrix's own names (po/nl.po). */
#define DOMAIN_KEY(name, key) [BW_DOMAIN_##name] = key,
#define DOMAIN_NOTE_KEY(name, key) [BW_DOMAIN_##name] = key "_note",
#define DOMAIN_GOAL_KEY(name, key) [BW_DOMAIN_##name] = key "_goal",
static const char * const domain_keys[BW_DOMAIN_N] = { BW_DOMAINS (DOMAIN_KEY) };
static const char * const domain_note_keys[BW_DOMAIN_N] = { BW_DOMAINS (DOMAIN_NOTE_KEY) };
static const char * const domain_goal_keys[BW_DOMAIN_N] = { BW_DOMAINS (DOMAIN_GOAL_KEY) };
#undef DOMAIN_KEY
#undef DOMAIN_NOTE_KEY
#undef DOMAIN_GOAL_KEY

static const char * const domain_labels[BW_DOMAIN_N] = {
  [BW_DOMAIN_FINANCES] = N_("Finances"),
  [BW_DOMAIN_WORK_EDUCATION] = N_("Work and education"),
  [BW_DOMAIN_TIME_USE] = N_("Time use"),
  [BW_DOMAIN_HOUSING] = N_("Housing"),
  [BW_DOMAIN_DOMESTIC_RELATIONS] = N_("Domestic relations"),
  [BW_DOMAIN_MENTAL_HEALTH] = N_("Mental health"),
  [BW_DOMAIN_PHYSICAL_HEALTH] = N_("Physical health"),
  [BW_DOMAIN_SUBSTANCE_USE] = N_("Substance use"),
  [BW_DOMAIN_BASIC_ADL] = N_("Basic ADL"),
  [BW_DOMAIN_INSTRUMENTAL_ADL] = N_("Instrumental ADL"),
  [BW_DOMAIN_SOCIAL_NETWORK] = N_("Social network"),
  [BW_DOMAIN_PARTICIPATION] = N_("Community participation"),
  [BW_DOMAIN_JUSTICE] = N_("Justice"),
};

static const char * const score_labels[BW_SCORE_MAX + 1] = {
  N_("Not scored"),
  N_("Acute problems"),
  N_("Not self-sufficient"),
  N_("Limited self-sufficiency"),
  N_("Sufficiently self-sufficient"),
  N_("Fully self-sufficient"),
};

/* The team's own short descriptions of each level (not the matrix's
 * official texts): enough to choose a level by, the note says the rest. */
static const char * const level_descriptions[BW_DOMAIN_N][BW_SCORE_MAX] = {
  [BW_DOMAIN_FINANCES] = {
    N_("No income, or debts growing fast; basic needs go unpaid."),
    N_("Little income or debts, without a plan to pay them off."),
    N_("Income covers the basics; debts are in a payment plan or debt help."),
    N_("Income covers the basics; bills are paid on time, sometimes with help."),
    N_("Enough income and no problem debts; manages money alone."),
  },
  [BW_DOMAIN_WORK_EDUCATION] = {
    N_("No work, study or daytime activity, and no prospect of one."),
    N_("No work or study; looking, but not yet able to keep it up."),
    N_("Some work, voluntary work or a course, not enough to live on."),
    N_("Work or study with a contract, possibly with some support."),
    N_("Stable work or study that suits them, without support."),
  },
  [BW_DOMAIN_TIME_USE] = {
    N_("No rhythm of day and night; the days have no content."),
    N_("Hardly any daily structure; most time is spent without purpose."),
    N_("Some structure, but much of the day is unfilled."),
    N_("A regular day with enough to do, most of the time."),
    N_("A full, satisfying day that they arrange themselves."),
  },
  [BW_DOMAIN_HOUSING] = {
    N_("Homeless, or about to be evicted."),
    N_("A temporary or unsafe place to stay, or serious rent arrears."),
    N_("A home, but insecure: arrears, nuisance or unsuitable for the household."),
    N_("A stable home; small problems are being solved."),
    N_("A safe, suitable home, secured for the long term."),
  },
  [BW_DOMAIN_DOMESTIC_RELATIONS] = {
    N_("Violence, abuse or neglect at home."),
    N_("Serious tension or conflict at home that nobody can resolve."),
    N_("Tension at home; the household copes with help."),
    N_("Relations at home are mostly supportive."),
    N_("Relations at home are good; they support each other."),
  },
  [BW_DOMAIN_MENTAL_HEALTH] = {
    N_("A mental crisis: a danger to themselves or others."),
    N_("Serious mental problems, without treatment or not helped by it."),
    N_("Mental problems that limit daily life; in treatment."),
    N_("Mild complaints, manageable in their own way or with some support."),
    N_("No mental complaints beyond the usual ups and downs."),
  },
  [BW_DOMAIN_PHYSICAL_HEALTH] = {
    N_("An acute or untreated serious illness or injury."),
    N_("Chronic illness or pain, hardly treated, that limits a lot."),
    N_("Health problems that limit daily life; under treatment."),
    N_("Minor health problems, treated and under control."),
    N_("Healthy, or a condition that does not limit daily life."),
  },
  [BW_DOMAIN_SUBSTANCE_USE] = {
    N_("Addiction that seriously harms health, home or safety."),
    N_("Alcohol, drugs or gambling cause serious problems; no help."),
    N_("Use causes problems; help has started or is accepted."),
    N_("Use under control; problems now and then."),
    N_("No use, or use without problems."),
  },
  [BW_DOMAIN_BASIC_ADL] = {
    N_("Cannot wash, dress, eat or use the toilet, and gets no care."),
    N_("Needs help with personal care and gets too little of it."),
    N_("Manages personal care with regular help."),
    N_("Manages personal care alone, with a little help now and then."),
    N_("Takes care of themselves fully, without help."),
  },
  [BW_DOMAIN_INSTRUMENTAL_ADL] = {
    N_("Cannot shop, cook, clean or keep up the post, and nobody helps."),
    N_("The household is not kept up; the help is too little."),
    N_("Runs the household with regular help."),
    N_("Runs the household mostly alone; some help with paperwork."),
    N_("Runs the household and the paperwork fully alone."),
  },
  [BW_DOMAIN_SOCIAL_NETWORK] = {
    N_("Isolated, or the people around them do them harm."),
    N_("Hardly any contacts; nobody to turn to."),
    N_("A few contacts, not enough support when it is needed."),
    N_("A network that helps in most situations."),
    N_("A good, supportive network that they also give to."),
  },
  [BW_DOMAIN_PARTICIPATION] = {
    N_("Takes no part in society; feels shut out or hostile."),
    N_("Hardly any contact outside the home."),
    N_("Some activities outside the home, now and then."),
    N_("Takes part in activities, a club or the neighbourhood."),
    N_("Active in the neighbourhood or society, of their own accord."),
  },
  [BW_DOMAIN_JUSTICE] = {
    N_("A recent arrest or detention, or an acute conflict with the law."),
    N_("Offences go on, or open cases without any help."),
    N_("Open cases or fines, with probation or other help."),
    N_("No new offences; old matters are being settled."),
    N_("No contact with police or justice in recent years."),
  },
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
BW_ENUM_IMPL (bw_contact_type, BwContactType, contact_types, BW_CONTACT_TYPE_N, BW_CONTACT_TYPE_NONE)

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
  return domain_keys[domain];
}

const char *
bw_domain_note_key (BwDomain domain)
{
  g_return_val_if_fail ((int) domain >= 0 && domain < BW_DOMAIN_N, NULL);
  return domain_note_keys[domain];
}

const char *
bw_domain_goal_key (BwDomain domain)
{
  g_return_val_if_fail ((int) domain >= 0 && domain < BW_DOMAIN_N, NULL);
  return domain_goal_keys[domain];
}

const char *
bw_domain_label (BwDomain domain)
{
  g_return_val_if_fail ((int) domain >= 0 && domain < BW_DOMAIN_N, "");
  return _(domain_labels[domain]);
}

const char *
bw_score_label (int score)
{
  g_return_val_if_fail (score >= BW_SCORE_NONE && score <= BW_SCORE_MAX, "");
  return _(score_labels[score]);
}

const char *
bw_domain_level_description (BwDomain domain,
                             int      score)
{
  g_return_val_if_fail ((int) domain >= 0 && domain < BW_DOMAIN_N, NULL);
  if (score < BW_SCORE_MIN || score > BW_SCORE_MAX)
    return NULL;
  return _(level_descriptions[domain][score - 1]);
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
