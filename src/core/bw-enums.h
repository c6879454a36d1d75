#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The values are stored in SQLite by their key (a stable ASCII word), never by
 * number, so that reordering an enum never changes what a record means. */

typedef enum {
  BW_CASE_STATUS_INTAKE,
  BW_CASE_STATUS_ACTIVE,
  BW_CASE_STATUS_CLOSED,
  BW_CASE_STATUS_N
} BwCaseStatus;

/* The Cascademodel: work first, then development within a year, then care. */
typedef enum {
  BW_TRACK_NONE,
  BW_TRACK_WORK,
  BW_TRACK_DEVELOPMENT,
  BW_TRACK_BESCHUT_WERK,
  BW_TRACK_BASISBAAN,
  BW_TRACK_CARE,
  BW_TRACK_N
} BwTrack;

typedef enum {
  BW_DEBT_ROUTE_NONE,
  BW_DEBT_ROUTE_TEAM_SHV,
  BW_DEBT_ROUTE_MAATJE,
  BW_DEBT_ROUTE_KBL_AMICABLE,
  BW_DEBT_ROUTE_KBL_STATUTORY,
  BW_DEBT_ROUTE_N
} BwDebtRoute;

typedef enum {
  BW_LANGUAGE_NEED_NONE,
  BW_LANGUAGE_NEED_SUSPECTED,
  BW_LANGUAGE_NEED_COURSE_NEEDED,
  BW_LANGUAGE_NEED_IN_COURSE,
  BW_LANGUAGE_NEED_N
} BwLanguageNeed;

typedef enum {
  BW_OUTCOME_NONE,
  BW_OUTCOME_WORK,
  BW_OUTCOME_EDUCATION,
  BW_OUTCOME_BASISBAAN,
  BW_OUTCOME_BESCHUT_WERK,
  BW_OUTCOME_CARE,
  BW_OUTCOME_MOVED,
  BW_OUTCOME_OTHER,
  BW_OUTCOME_N
} BwOutcome;

/* Life domains, in the style of the Dutch self-sufficiency matrix. */
typedef enum {
  BW_DOMAIN_FINANCES,
  BW_DOMAIN_WORK_EDUCATION,
  BW_DOMAIN_HOUSING,
  BW_DOMAIN_HEALTH,
  BW_DOMAIN_FAMILY,
  BW_DOMAIN_SOCIAL_NETWORK,
  BW_DOMAIN_DAILY_ACTIVITIES,
  BW_DOMAIN_LANGUAGE,
  BW_DOMAIN_N
} BwDomain;

#define BW_SCORE_MIN 1
#define BW_SCORE_MAX 5

const char    *bw_case_status_to_key   (BwCaseStatus status);
BwCaseStatus   bw_case_status_from_key (const char *key);
const char    *bw_case_status_label    (BwCaseStatus status);

const char    *bw_track_to_key         (BwTrack track);
BwTrack        bw_track_from_key       (const char *key);
const char    *bw_track_label          (BwTrack track);
int            bw_track_cascade_level  (BwTrack track);

const char    *bw_debt_route_to_key    (BwDebtRoute route);
BwDebtRoute    bw_debt_route_from_key  (const char *key);
const char    *bw_debt_route_label     (BwDebtRoute route);

const char    *bw_language_need_to_key   (BwLanguageNeed need);
BwLanguageNeed bw_language_need_from_key (const char *key);
const char    *bw_language_need_label    (BwLanguageNeed need);

const char    *bw_outcome_to_key       (BwOutcome outcome);
BwOutcome      bw_outcome_from_key     (const char *key);
const char    *bw_outcome_label        (BwOutcome outcome);

const char    *bw_domain_to_key        (BwDomain domain);
const char    *bw_domain_label         (BwDomain domain);

G_END_DECLS
