/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <gio/gio.h>

#include "bw-case-store.h"

G_BEGIN_DECLS

/* Likely duplicates of a case about to be created: existing cases (open
 * or closed, not deleted) with the same date of birth and a similar name
 * (bw_case_names_similar()), or with the same address, compared without
 * case, spaces and punctuation. @candidate's own id is never a match.
 * Returns a GPtrArray of BwCase, most likely first (name and date of
 * birth before address alone), possibly empty; NULL with @error only on a
 * database error. Runs on any store thread: the page calls it through
 * bw_case_store_read_async(). */
GPtrArray *bw_case_store_find_duplicates (BwCaseStore  *self,
                                          BwCase       *candidate,
                                          GError      **error);

/* Whether two names are likely the same person's: equal once case,
 * accents, punctuation and word order are ignored ("Anna de Vries" and
 * "de vries, anna"), or at most two letters apart ("Ana de Vries"). */
gboolean   bw_case_names_similar         (const char   *a,
                                          const char   *b);

/* An address as compared for duplicates: lower case (ASCII), without
 * spaces, commas, dots and dashes; NULL for an empty address. */
char      *bw_case_address_key           (const char   *address);

G_END_DECLS
