/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Removes @dir and everything in it (a test's temporary folder: its
 * databases hold demo residents, and a test leaves nothing behind). */
void bw_test_remove_dir (const char *dir);

G_END_DECLS
