/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <glib-object.h>

#include "bw-enums.h"
#include "bw-record.h"

G_BEGIN_DECLS

#define BW_TYPE_ASSESSMENT (bw_assessment_get_type ())
G_DECLARE_FINAL_TYPE (BwAssessment, bw_assessment, BW, ASSESSMENT, BwRecord)

/* The life-domain scores of a case on one date (1 = acute problem, 5 = fully
 * self-sufficient). A score of 0 means "not assessed this time". A
 * BwRecord of the assessment's field table (records/bw-field.c), with a
 * field per domain, named by bw_domain_to_key(). */
BwAssessment *bw_assessment_new        (gint64      id,
                                        const char *uuid,
                                        gint64      revision,
                                        const char *date,
                                        const char *author,
                                        const int   scores[BW_DOMAIN_N]);

gint64      bw_assessment_get_id         (BwAssessment *self);
void        bw_assessment_set_id         (BwAssessment *self, gint64 id);
const char *bw_assessment_get_uuid       (BwAssessment *self);
void        bw_assessment_set_uuid       (BwAssessment *self, const char *uuid);
gint64      bw_assessment_get_revision   (BwAssessment *self);
void        bw_assessment_set_revision   (BwAssessment *self, gint64 revision);
const char *bw_assessment_get_created_at (BwAssessment *self);
void        bw_assessment_set_created_at (BwAssessment *self, const char *value);
const char *bw_assessment_get_created_by (BwAssessment *self);
void        bw_assessment_set_created_by (BwAssessment *self, const char *value);
const char *bw_assessment_get_updated_at (BwAssessment *self);
void        bw_assessment_set_updated_at (BwAssessment *self, const char *value);
const char *bw_assessment_get_updated_by (BwAssessment *self);
void        bw_assessment_set_updated_by (BwAssessment *self, const char *value);
gboolean    bw_assessment_get_deleted    (BwAssessment *self);
void        bw_assessment_set_deleted    (BwAssessment *self, gboolean deleted);

const char   *bw_assessment_get_date     (BwAssessment *self);
const char   *bw_assessment_get_author   (BwAssessment *self);
int           bw_assessment_get_score    (BwAssessment *self,
                                          BwDomain      domain);

G_END_DECLS
