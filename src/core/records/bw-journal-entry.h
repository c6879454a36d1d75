/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <glib-object.h>

#include "bw-enums.h"

G_BEGIN_DECLS

#define BW_TYPE_JOURNAL_ENTRY (bw_journal_entry_get_type ())
G_DECLARE_FINAL_TYPE (BwJournalEntry, bw_journal_entry, BW, JOURNAL_ENTRY, GObject)

/* A journal entry: a contact note on a case.
 * Immutable once built: the store creates these when it reads, and all
 * changes go through BwCaseStore. */

BwJournalEntry *bw_journal_entry_new (gint64 id,
  const char *uuid,
  gint64 revision,
  const char *date,
  const char *author,
  const char *text);

gint64 bw_journal_entry_get_id (const BwJournalEntry *self);
const char *bw_journal_entry_get_uuid (const BwJournalEntry *self);
gint64 bw_journal_entry_get_revision (const BwJournalEntry *self);
const char *bw_journal_entry_get_date (const BwJournalEntry *self);
const char *bw_journal_entry_get_author (const BwJournalEntry *self);
const char *bw_journal_entry_get_text (const BwJournalEntry *self);
/* Whether the team marked the entry as shareable with a partner (only when
 * the share includes the journal). Set once, by the code that builds it. */
gboolean bw_journal_entry_get_shareable (const BwJournalEntry *self);
void bw_journal_entry_set_shareable (BwJournalEntry *self,
  gboolean shareable);

G_END_DECLS
