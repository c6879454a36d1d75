/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-records"
/* A ZRM measurement: a BwRecord of the assessment's field table, whose
 * fields are named by bw_domain_to_key(), _note_key() and _goal_key(). */
#include "config.h"

#include "bw-assessment.h"

struct _BwAssessment
{
  BwRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (BwAssessment, bw_assessment, BW_TYPE_RECORD)

static void
bw_assessment_class_init (BwAssessmentClass *klass)
{
  bw_record_class_set_type (BW_RECORD_CLASS (klass), BW_RECORD_TYPE_ASSESSMENT);
}

static void
bw_assessment_init (BwAssessment *self)
{
}

BwAssessment *
bw_assessment_new (gint64      id,
                   const char *uuid,
                   gint64      revision,
                   const char *date,
                   const char *author,
                   const int   scores[BW_DOMAIN_N])
{
  BwRecord *self = g_object_new (BW_TYPE_ASSESSMENT, NULL);

  bw_record_set_id (self, id);
  bw_record_set_uuid (self, uuid);
  bw_record_set_revision (self, revision);
  bw_record_set_text (self, "date", date);
  bw_record_set_text (self, "author", author);
  for (int d = 0; d < BW_DOMAIN_N; d++)
    bw_record_set_int (self, bw_domain_to_key (d), scores[d]);
  return BW_ASSESSMENT (self);
}

BW_RECORD_DEFINE_BOOKKEEPING (BwAssessment, bw_assessment)

const char *
bw_assessment_get_date (BwAssessment *self)
{
  return bw_record_get_text (BW_RECORD (self), "date");
}

const char *
bw_assessment_get_author (BwAssessment *self)
{
  return bw_record_get_text (BW_RECORD (self), "author");
}

int
bw_assessment_get_score (BwAssessment *self,
                         BwDomain      domain)
{
  g_return_val_if_fail (BW_IS_ASSESSMENT (self), 0);
  g_return_val_if_fail ((int) domain >= 0 && domain < BW_DOMAIN_N, 0);
  return (int) bw_record_get_int (BW_RECORD (self), bw_domain_to_key (domain));
}

const char *
bw_assessment_get_note (BwAssessment *self,
                        BwDomain      domain)
{
  g_return_val_if_fail (BW_IS_ASSESSMENT (self), NULL);
  g_return_val_if_fail ((int) domain >= 0 && domain < BW_DOMAIN_N, NULL);
  return bw_record_get_text (BW_RECORD (self), bw_domain_note_key (domain));
}

const char *
bw_assessment_get_goal (BwAssessment *self,
                        BwDomain      domain)
{
  g_return_val_if_fail (BW_IS_ASSESSMENT (self), NULL);
  g_return_val_if_fail ((int) domain >= 0 && domain < BW_DOMAIN_N, NULL);
  return bw_record_get_text (BW_RECORD (self), bw_domain_goal_key (domain));
}

void
bw_assessment_set_score (BwAssessment *self,
                         BwDomain      domain,
                         int           score)
{
  g_return_if_fail (BW_IS_ASSESSMENT (self));
  g_return_if_fail ((int) domain >= 0 && domain < BW_DOMAIN_N);
  bw_record_set_int (BW_RECORD (self), bw_domain_to_key (domain), score);
}

/* Empty text is no note: stored as null. */
void
bw_assessment_set_note (BwAssessment *self,
                        BwDomain      domain,
                        const char   *note)
{
  g_return_if_fail (BW_IS_ASSESSMENT (self));
  g_return_if_fail ((int) domain >= 0 && domain < BW_DOMAIN_N);
  bw_record_set_text (BW_RECORD (self), bw_domain_note_key (domain), note && *note ? note : NULL);
}

void
bw_assessment_set_goal (BwAssessment *self,
                        BwDomain      domain,
                        const char   *goal)
{
  g_return_if_fail (BW_IS_ASSESSMENT (self));
  g_return_if_fail ((int) domain >= 0 && domain < BW_DOMAIN_N);
  bw_record_set_text (BW_RECORD (self), bw_domain_goal_key (domain), goal && *goal ? goal : NULL);
}

guint
bw_assessment_count_scored (BwAssessment *self)
{
  guint n = 0;

  for (int d = 0; d < BW_DOMAIN_N; d++)
    if (bw_assessment_get_score (self, d) != BW_SCORE_NONE)
      n++;
  return n;
}
