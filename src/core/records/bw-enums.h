/* SPDX-License-Identifier: EUPL-1.2 */
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
  BW_OUTCOME_VOLUNTEERING,
  BW_OUTCOME_NO_CONTACT,
  BW_OUTCOME_TRANSFERRED,
  BW_OUTCOME_MOVED_OUT_OF_HEERLEN,
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

/* Training-offer planning (issue 6). */
typedef enum {
  BW_OFFER_KIND_LANGUAGE,
  BW_OFFER_KIND_DIGITAL,
  BW_OFFER_KIND_JOB_APPLICATION,
  BW_OFFER_KIND_SECTOR,
  BW_OFFER_KIND_WORK_ORIENTATION,
  BW_OFFER_KIND_OTHER,
  BW_OFFER_KIND_N
} BwOfferKind;

typedef enum {
  BW_OFFER_STATUS_DRAFT,
  BW_OFFER_STATUS_OPEN,
  BW_OFFER_STATUS_FULL,
  BW_OFFER_STATUS_RUNNING,
  BW_OFFER_STATUS_COMPLETED,
  BW_OFFER_STATUS_CANCELLED,
  BW_OFFER_STATUS_N
} BwOfferStatus;

typedef enum {
  BW_ENROLMENT_STATUS_REFERRED,
  BW_ENROLMENT_STATUS_PLACED,
  BW_ENROLMENT_STATUS_WAITING,
  BW_ENROLMENT_STATUS_STARTED,
  BW_ENROLMENT_STATUS_COMPLETED,
  BW_ENROLMENT_STATUS_DROPPED_OUT,
  BW_ENROLMENT_STATUS_N
} BwEnrolmentStatus;

typedef enum {
  BW_ATTENDANCE_PRESENT,
  BW_ATTENDANCE_ABSENT,
  BW_ATTENDANCE_EXCUSED,
  BW_ATTENDANCE_N
} BwAttendanceStatus;

/* The _from_key() functions fall back to the first value for an unknown
 * key; _is_key() tells whether @key is one of the stable keys. */
const char        *bw_offer_kind_to_key          (BwOfferKind kind);
BwOfferKind        bw_offer_kind_from_key        (const char *key);
const char        *bw_offer_kind_label           (BwOfferKind kind);
gboolean           bw_offer_kind_is_key          (const char *key);

const char        *bw_offer_status_to_key        (BwOfferStatus status);
BwOfferStatus      bw_offer_status_from_key      (const char *key);
const char        *bw_offer_status_label         (BwOfferStatus status);
gboolean           bw_offer_status_is_key        (const char *key);

const char        *bw_enrolment_status_to_key    (BwEnrolmentStatus status);
BwEnrolmentStatus  bw_enrolment_status_from_key  (const char *key);
const char        *bw_enrolment_status_label     (BwEnrolmentStatus status);
gboolean           bw_enrolment_status_is_key    (const char *key);

const char        *bw_attendance_status_to_key   (BwAttendanceStatus status);
BwAttendanceStatus bw_attendance_status_from_key (const char *key);
const char        *bw_attendance_status_label    (BwAttendanceStatus status);
gboolean           bw_attendance_status_is_key   (const char *key);

/* The household and debts of a case (issue 17). */
typedef enum {
  BW_RELATION_PARTNER,
  BW_RELATION_CHILD,
  BW_RELATION_PARENT,
  BW_RELATION_SIBLING,
  BW_RELATION_OTHER,
  BW_RELATION_N
} BwRelation;

/* The creditors a team meets most; "unknown" is the old single amount
 * of a case (issue 17's migration). */
typedef enum {
  BW_CREDITOR_BELASTINGDIENST,
  BW_CREDITOR_CJIB,
  BW_CREDITOR_ZORGVERZEKERAAR,
  BW_CREDITOR_WONINGCORPORATIE,
  BW_CREDITOR_ENERGIELEVERANCIER,
  BW_CREDITOR_GEMEENTE,
  BW_CREDITOR_DUO,
  BW_CREDITOR_TELECOM,
  BW_CREDITOR_OTHER,
  BW_CREDITOR_UNKNOWN,
  BW_CREDITOR_N
} BwCreditor;

/* Paid off and written off are no longer open debts. */
typedef enum {
  BW_DEBT_STATUS_OPEN,
  BW_DEBT_STATUS_ARRANGEMENT,
  BW_DEBT_STATUS_DEBT_HELP,
  BW_DEBT_STATUS_PAID_OFF,
  BW_DEBT_STATUS_WRITTEN_OFF,
  BW_DEBT_STATUS_N
} BwDebtStatus;

const char        *bw_relation_to_key            (BwRelation relation);
BwRelation         bw_relation_from_key          (const char *key);
const char        *bw_relation_label             (BwRelation relation);
gboolean           bw_relation_is_key            (const char *key);

const char        *bw_creditor_to_key            (BwCreditor creditor);
BwCreditor         bw_creditor_from_key          (const char *key);
const char        *bw_creditor_label             (BwCreditor creditor);
gboolean           bw_creditor_is_key            (const char *key);

const char        *bw_debt_status_to_key         (BwDebtStatus status);
BwDebtStatus       bw_debt_status_from_key       (const char *key);
const char        *bw_debt_status_label          (BwDebtStatus status);
gboolean           bw_debt_status_is_key         (const char *key);
/* Whether a debt of @status counts as open (the case's total). */
gboolean           bw_debt_status_is_open        (BwDebtStatus status);

G_END_DECLS
