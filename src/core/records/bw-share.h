/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <glib-object.h>

#include "bw-record.h"

G_BEGIN_DECLS

/* The parts of a case that can be shared with a partner, by their stable
 * key on the wire and in the database. */
typedef enum {
  BW_SHARE_PART_PERSON,       /* name, address, contact details, household */
  BW_SHARE_PART_TRACK,        /* status, cascade track and its history, outcome */
  BW_SHARE_PART_ASSESSMENTS,  /* life-domain scores, language need */
  BW_SHARE_PART_DEBTS,        /* debts and the debt-help route */
  BW_SHARE_PART_JOURNAL,      /* journal entries marked shareable */
  BW_SHARE_PART_ACTIONS,      /* agreed actions */
  BW_SHARE_PART_HOUSEHOLD,    /* the household's members */
  BW_SHARE_PART_N
} BwSharePart;

const char *bw_share_part_to_key   (BwSharePart  part);
gboolean    bw_share_part_from_key (const char  *key,
                                    BwSharePart *part);
const char *bw_share_part_to_label (BwSharePart  part);

/* The partner organisations ("jeugdzorg", "vsv"), the keys the server
 * uses for its users' organisations. */
gboolean    bw_organisation_is_key   (const char *key);
const char *bw_organisation_to_label (const char *key);

/* How the resident gave consent: "written", "verbal", "digital". */
gboolean    bw_consent_form_is_key   (const char *key);
const char *bw_consent_form_to_label (const char *key);

#define BW_TYPE_SHARE (bw_share_get_type ())
G_DECLARE_FINAL_TYPE (BwShare, bw_share, BW, SHARE, BwRecord)

/* A share of a case with a partner organisation, on the resident's
 * consent. Its consent fields never change after it is created; a share is
 * only ever ended (withdrawn). Built by the caller for a new share and by
 * the store when it reads. A BwRecord of the share's field table
 * (records/bw-field.c); its parts are the "parts" field, a JSON array of
 * part keys, read and set here as a set. */
BwShare     *bw_share_new                 (void);

gint64       bw_share_get_id              (BwShare     *self);
void         bw_share_set_id              (BwShare     *self,
                                           gint64       id);
const char  *bw_share_get_uuid            (BwShare     *self);
void         bw_share_set_uuid            (BwShare     *self,
                                           const char  *uuid);
gint64       bw_share_get_revision        (BwShare     *self);
void         bw_share_set_revision        (BwShare     *self,
                                           gint64       revision);
const char  *bw_share_get_case_uuid       (BwShare     *self);
void         bw_share_set_case_uuid       (BwShare     *self,
                                           const char  *case_uuid);
const char  *bw_share_get_organisation    (BwShare     *self);
void         bw_share_set_organisation    (BwShare     *self,
                                           const char  *organisation);
gboolean     bw_share_has_part            (BwShare     *self,
                                           BwSharePart  part);
void         bw_share_set_part            (BwShare     *self,
                                           BwSharePart  part,
                                           gboolean     shared);
/* The parts as a JSON array text ("[\"person\",\"track\"]"), in
 * BwSharePart order; set_parts_json returns FALSE for anything else. */
char        *bw_share_dup_parts_json      (BwShare     *self);
gboolean     bw_share_set_parts_json      (BwShare     *self,
                                           const char  *json);
const char  *bw_share_get_consent_date    (BwShare     *self);
void         bw_share_set_consent_date    (BwShare     *self,
                                           const char  *date);
const char  *bw_share_get_consent_given_to (BwShare    *self);
void         bw_share_set_consent_given_to (BwShare    *self,
                                            const char *text);
const char  *bw_share_get_consent_form    (BwShare     *self);
void         bw_share_set_consent_form    (BwShare     *self,
                                           const char  *form);
const char  *bw_share_get_end_date        (BwShare     *self);
void         bw_share_set_end_date        (BwShare     *self,
                                           const char  *date);
const char  *bw_share_get_team_contact    (BwShare     *self);
void         bw_share_set_team_contact    (BwShare     *self,
                                           const char  *text);
const char  *bw_share_get_withdrawn_at    (BwShare     *self);
void         bw_share_set_withdrawn_at    (BwShare     *self,
                                           const char  *date);
const char  *bw_share_get_withdrawn_reason (BwShare    *self);
void         bw_share_set_withdrawn_reason (BwShare    *self,
                                            const char *text);
const char  *bw_share_get_created_at      (BwShare     *self);
void         bw_share_set_created_at      (BwShare     *self,
                                           const char  *stamp);
const char  *bw_share_get_created_by      (BwShare     *self);
void         bw_share_set_created_by      (BwShare     *self,
                                           const char  *name);
const char  *bw_share_get_updated_at      (BwShare     *self);
void         bw_share_set_updated_at      (BwShare     *self,
                                           const char  *stamp);
const char  *bw_share_get_updated_by      (BwShare     *self);
void         bw_share_set_updated_by      (BwShare     *self,
                                           const char  *name);
gboolean     bw_share_get_deleted         (BwShare     *self);
void         bw_share_set_deleted         (BwShare     *self,
                                           gboolean     deleted);

/* Active on @today (ISO date): not withdrawn and end date not passed. */
gboolean     bw_share_is_active           (BwShare     *self,
                                           const char  *today);

/* The rules for a new share (BW_VALIDATION_ERROR, the code names the
 * field): at least one part, a known organisation and consent form, the
 * consent date not after @today, the end date not before the consent date
 * and not before @today, whom consent was given to and the team contact
 * filled in. */
gboolean     bw_share_validate_new        (BwShare     *self,
                                           const char  *today,
                                           GError     **error);

G_END_DECLS
