/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <glib-object.h>

#include "bw-enums.h"
#include "bw-record.h"

G_BEGIN_DECLS

#define BW_TYPE_ASSESSMENT (bw_assessment_get_type ())
G_DECLARE_FINAL_TYPE (BwAssessment, bw_assessment, BW, ASSESSMENT, BwRecord)

/* A ZRM measurement of a case on one date (docs/zrm.md): per domain a
 * score (1 acute problematiek ... 5 volledig zelfredzaam; 0 not scored),
 * a note and a goal. A BwRecord of the assessment's field table
 * (records/bw-field.c), with fields named by bw_domain_to_key(),
 * bw_domain_note_key() and bw_domain_goal_key(). */
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
const char   *bw_assessment_get_note     (BwAssessment *self,
                                          BwDomain      domain);
const char   *bw_assessment_get_goal     (BwAssessment *self,
                                          BwDomain      domain);
void          bw_assessment_set_score    (BwAssessment *self,
                                          BwDomain      domain,
                                          int           score);
void          bw_assessment_set_note     (BwAssessment *self,
                                          BwDomain      domain,
                                          const char   *note);
void          bw_assessment_set_goal     (BwAssessment *self,
                                          BwDomain      domain,
                                          const char   *goal);
/* How many domains are scored (not 0). */
guint         bw_assessment_count_scored (BwAssessment *self);

G_END_DECLS
