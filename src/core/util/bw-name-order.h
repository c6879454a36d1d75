/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The order of residents' names as a Dutch team files them: by surname,
 * with the tussenvoegsel after it ("Sjaak van der Heijden" under H,
 * "'t Hart" under H), then by the rest of the name. Letters compare
 * without case and accents ("Özdemir" with O). Names are one field, so
 * the surname is found in it: what follows the first run of
 * tussenvoegsels, else the last word; a name written "Heijden, Sjaak van
 * der" has it before the comma. */

/* A letter as names are ordered and searched: lower case, without its
 * accent ("Ö" is "o"), as the full-text index's tokenizer folds it. */
gunichar bw_name_fold         (gunichar    c);

/* Where the surname of @name (@len bytes, or -1) starts, in bytes. */
gsize  bw_name_surname_offset (const char *name,
                               gssize      len);

/* strcmp()-like order of two names (@a_len, @b_len bytes; -1: NUL
 * terminated). Distinct names never compare equal. */
int    bw_name_compare        (const char *a,
                               gssize      a_len,
                               const char *b,
                               gssize      b_len);

/* The name of the SQLite collation bw_db_open() installs with this order
 * on every connection. */
#define BW_NAME_COLLATION "bw_surname"

G_END_DECLS
