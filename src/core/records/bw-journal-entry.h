/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <glib-object.h>

#include "bw-enums.h"
#include "bw-record.h"

G_BEGIN_DECLS

#define BW_TYPE_JOURNAL_ENTRY (bw_journal_entry_get_type ())
G_DECLARE_FINAL_TYPE (BwJournalEntry, bw_journal_entry, BW, JOURNAL_ENTRY, BwRecord)

/* A journal entry: a contact note on a case, a BwRecord of the journal's
 * field table (records/bw-field.c). The store creates these when it
 * reads, and all changes go through BwCaseStore. */
BwJournalEntry *bw_journal_entry_new (gint64      id,
                                      const char *uuid,
                                      gint64      revision,
                                      const char *date,
                                      const char *author,
                                      const char *text);

gint64      bw_journal_entry_get_id         (BwJournalEntry *self);
void        bw_journal_entry_set_id         (BwJournalEntry *self, gint64 id);
const char *bw_journal_entry_get_uuid       (BwJournalEntry *self);
void        bw_journal_entry_set_uuid       (BwJournalEntry *self, const char *uuid);
gint64      bw_journal_entry_get_revision   (BwJournalEntry *self);
void        bw_journal_entry_set_revision   (BwJournalEntry *self, gint64 revision);
const char *bw_journal_entry_get_created_at (BwJournalEntry *self);
void        bw_journal_entry_set_created_at (BwJournalEntry *self, const char *value);
const char *bw_journal_entry_get_created_by (BwJournalEntry *self);
void        bw_journal_entry_set_created_by (BwJournalEntry *self, const char *value);
const char *bw_journal_entry_get_updated_at (BwJournalEntry *self);
void        bw_journal_entry_set_updated_at (BwJournalEntry *self, const char *value);
const char *bw_journal_entry_get_updated_by (BwJournalEntry *self);
void        bw_journal_entry_set_updated_by (BwJournalEntry *self, const char *value);
gboolean    bw_journal_entry_get_deleted    (BwJournalEntry *self);
void        bw_journal_entry_set_deleted    (BwJournalEntry *self, gboolean deleted);

const char *bw_journal_entry_get_date       (BwJournalEntry *self);
const char *bw_journal_entry_get_author     (BwJournalEntry *self);
const char *bw_journal_entry_get_text       (BwJournalEntry *self);
/* Whether the team marked the entry as shareable with a partner (only when
 * the share includes the journal). */
gboolean    bw_journal_entry_get_shareable  (BwJournalEntry *self);
void        bw_journal_entry_set_shareable  (BwJournalEntry *self,
                                             gboolean        shareable);
/* The contact log: how, how many minutes (0: not said) and with whom
 * (NULL: no one besides the resident). Notes written before have
 * BW_CONTACT_TYPE_NONE. */
BwContactType bw_journal_entry_get_contact_type     (BwJournalEntry *self);
int           bw_journal_entry_get_duration_minutes (BwJournalEntry *self);
const char   *bw_journal_entry_get_contact_with     (BwJournalEntry *self);

G_END_DECLS
