/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What a search result shows of a case's notes: the part of one note
 * around the words that were searched for, as the full-text index finds
 * them (each typed word matches the start of a word, without case or
 * accents). The matching words are between BW_SNIPPET_MARK_START and
 * BW_SNIPPET_MARK_END, control characters no saved text holds; "…"
 * stands for what is left out. */

#define BW_SNIPPET_MARK_START '\002'
#define BW_SNIPPET_MARK_END   '\003'

/* The snippet of the note in @notes (NULL-terminated, newest first) that
 * matches the most of the words in @typed, the newest of those; NULL
 * when no note matches any. */
char  *bw_snippet_find  (const char *const *notes,
                         const char        *typed);

G_END_DECLS
