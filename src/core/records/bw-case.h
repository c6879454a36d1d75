/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <glib-object.h>

#include "bw-enums.h"
#include "bw-record.h"

G_BEGIN_DECLS

#define BW_TYPE_CASE (bw_case_get_type ())
G_DECLARE_FINAL_TYPE (BwCase, bw_case, BW, CASE, BwRecord)

/* A resident's case: a BwRecord (the bookkeeping sync needs) whose fields
 * are the case's field table (records/bw-field.c), each also a property.
 * Dates are ISO 8601 strings ("1984-03-21"), timestamps ISO 8601 UTC.
 * Amounts are in euro cents. */

BwCase         *bw_case_new                 (void);
BwCase         *bw_case_copy                (BwCase *self);
gboolean        bw_case_equal_content       (BwCase *a, BwCase *b);

gint64          bw_case_get_id              (BwCase *self);
void            bw_case_set_id              (BwCase *self, gint64 id);
const char     *bw_case_get_uuid            (BwCase *self);
void            bw_case_set_uuid            (BwCase *self, const char *uuid);
gint64          bw_case_get_revision        (BwCase *self);
void            bw_case_set_revision        (BwCase *self, gint64 revision);
const char     *bw_case_get_created_at      (BwCase *self);
void            bw_case_set_created_at      (BwCase *self, const char *value);
const char     *bw_case_get_created_by      (BwCase *self);
void            bw_case_set_created_by      (BwCase *self, const char *value);
const char     *bw_case_get_updated_at      (BwCase *self);
void            bw_case_set_updated_at      (BwCase *self, const char *value);
const char     *bw_case_get_updated_by      (BwCase *self);
void            bw_case_set_updated_by      (BwCase *self, const char *value);
gboolean        bw_case_get_deleted         (BwCase *self);
void            bw_case_set_deleted         (BwCase *self, gboolean deleted);

const char     *bw_case_get_name            (BwCase *self);
void            bw_case_set_name            (BwCase *self, const char *name);
const char     *bw_case_get_date_of_birth   (BwCase *self);
void            bw_case_set_date_of_birth   (BwCase *self, const char *date);
const char     *bw_case_get_address         (BwCase *self);
void            bw_case_set_address         (BwCase *self, const char *address);
const char     *bw_case_get_buurt_code      (BwCase *self);
void            bw_case_set_buurt_code      (BwCase *self, const char *code);
const char     *bw_case_get_phone           (BwCase *self);
void            bw_case_set_phone           (BwCase *self, const char *phone);
const char     *bw_case_get_email           (BwCase *self);
void            bw_case_set_email           (BwCase *self, const char *email);
int             bw_case_get_household_size  (BwCase *self);
void            bw_case_set_household_size  (BwCase *self, int size);
const char     *bw_case_get_household_note  (BwCase *self);
void            bw_case_set_household_note  (BwCase *self, const char *note);

BwCaseStatus    bw_case_get_status          (BwCase *self);
void            bw_case_set_status          (BwCase *self, BwCaseStatus status);
BwTrack         bw_case_get_track           (BwCase *self);
void            bw_case_set_track           (BwCase *self, BwTrack track);
const char     *bw_case_get_opened_on       (BwCase *self);
void            bw_case_set_opened_on       (BwCase *self, const char *date);

gboolean        bw_case_get_has_debts       (BwCase *self);
void            bw_case_set_has_debts       (BwCase *self, gboolean has_debts);
gint64          bw_case_get_debt_amount     (BwCase *self);
void            bw_case_set_debt_amount     (BwCase *self, gint64 cents);
BwDebtRoute     bw_case_get_debt_route      (BwCase *self);
void            bw_case_set_debt_route      (BwCase *self, BwDebtRoute route);
BwLanguageNeed  bw_case_get_language_need   (BwCase *self);
void            bw_case_set_language_need   (BwCase *self, BwLanguageNeed need);

BwOutcome       bw_case_get_outcome         (BwCase *self);
void            bw_case_set_outcome         (BwCase *self, BwOutcome outcome);
const char     *bw_case_get_outcome_note    (BwCase *self);
void            bw_case_set_outcome_note    (BwCase *self, const char *note);
const char     *bw_case_get_closed_on       (BwCase *self);
void            bw_case_set_closed_on       (BwCase *self, const char *date);

/* Derived by the store when loading: the date of the latest journal entry. */
const char     *bw_case_get_last_contact    (BwCase *self);
void            bw_case_set_last_contact    (BwCase *self, const char *date);

G_END_DECLS
