/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-records"
#include "config.h"

#include <string.h>

#include "bw-assessment.h"

struct _BwAssessment
{
  GObject parent_instance;

  gint64 id;
  char *uuid;
  gint64 revision;
  char *date;
  char *author;
  int scores[BW_DOMAIN_N];
};

G_DEFINE_FINAL_TYPE (BwAssessment, bw_assessment, G_TYPE_OBJECT)

static void
bw_assessment_finalize (GObject *object)
{
  BwAssessment *self = (BwAssessment *) object;

  g_free (self->uuid);
  g_free (self->date);
  g_free (self->author);

  G_OBJECT_CLASS (bw_assessment_parent_class)->finalize (object);
}

static void
bw_assessment_class_init (BwAssessmentClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bw_assessment_finalize;
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
  BwAssessment *self = g_object_new (BW_TYPE_ASSESSMENT, NULL);

  self->id = id;
  self->uuid = g_strdup (uuid);
  self->revision = revision;
  self->date = g_strdup (date);
  self->author = g_strdup (author);
  memcpy (self->scores, scores, sizeof self->scores);

  return self;
}

gint64
bw_assessment_get_id (BwAssessment *self)
{
  g_return_val_if_fail (BW_IS_ASSESSMENT (self), 0);
  return self->id;
}

const char *
bw_assessment_get_uuid (BwAssessment *self)
{
  g_return_val_if_fail (BW_IS_ASSESSMENT (self), NULL);
  return self->uuid;
}

gint64
bw_assessment_get_revision (BwAssessment *self)
{
  g_return_val_if_fail (BW_IS_ASSESSMENT (self), 0);
  return self->revision;
}

const char *
bw_assessment_get_date (BwAssessment *self)
{
  g_return_val_if_fail (BW_IS_ASSESSMENT (self), NULL);
  return self->date;
}

const char *
bw_assessment_get_author (BwAssessment *self)
{
  g_return_val_if_fail (BW_IS_ASSESSMENT (self), NULL);
  return self->author;
}

int
bw_assessment_get_score (BwAssessment *self,
                         BwDomain      domain)
{
  g_return_val_if_fail (BW_IS_ASSESSMENT (self), 0);
  g_return_val_if_fail (domain < BW_DOMAIN_N, 0);
  return self->scores[domain];
}
