/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <glib-object.h>

#include "bw-enums.h"

G_BEGIN_DECLS

#define BW_TYPE_ASSESSMENT (bw_assessment_get_type ())
G_DECLARE_FINAL_TYPE (BwAssessment, bw_assessment, BW, ASSESSMENT, GObject)

/* The life-domain scores of a case on one date (1 = acute problem, 5 = fully
 * self-sufficient). A score of 0 means "not assessed this time". */

BwAssessment *bw_assessment_new        (gint64      id,
                                        const char *uuid,
                                        gint64      revision,
                                        const char *date,
                                        const char *author,
                                        const int   scores[BW_DOMAIN_N]);

gint64        bw_assessment_get_id       (BwAssessment *self);
const char   *bw_assessment_get_uuid     (BwAssessment *self);
gint64        bw_assessment_get_revision (BwAssessment *self);
const char   *bw_assessment_get_date     (BwAssessment *self);
const char   *bw_assessment_get_author   (BwAssessment *self);
int           bw_assessment_get_score    (BwAssessment *self,
                                          BwDomain      domain);

G_END_DECLS
