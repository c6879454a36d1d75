/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-records"
/* A journal entry: a BwRecord of the journal's field table. */
#include "config.h"

#include "bw-journal-entry.h"

struct _BwJournalEntry
{
  BwRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (BwJournalEntry, bw_journal_entry, BW_TYPE_RECORD)

static void
bw_journal_entry_class_init (BwJournalEntryClass *klass)
{
  bw_record_class_set_type (BW_RECORD_CLASS (klass), BW_RECORD_TYPE_JOURNAL);
}

static void
bw_journal_entry_init (BwJournalEntry *self)
{
}

BwJournalEntry *
bw_journal_entry_new (gint64      id,
                      const char *uuid,
                      gint64      revision,
                      const char *date,
                      const char *author,
                      const char *text)
{
  BwRecord *self = g_object_new (BW_TYPE_JOURNAL_ENTRY, NULL);

  bw_record_set_id (self, id);
  bw_record_set_uuid (self, uuid);
  bw_record_set_revision (self, revision);
  bw_record_set_text (self, "date", date);
  bw_record_set_text (self, "author", author);
  bw_record_set_text (self, "text", text);
  return BW_JOURNAL_ENTRY (self);
}

BW_RECORD_DEFINE_BOOKKEEPING (BwJournalEntry, bw_journal_entry)

const char *
bw_journal_entry_get_date (BwJournalEntry *self)
{
  return bw_record_get_text (BW_RECORD (self), "date");
}

const char *
bw_journal_entry_get_author (BwJournalEntry *self)
{
  return bw_record_get_text (BW_RECORD (self), "author");
}

const char *
bw_journal_entry_get_text (BwJournalEntry *self)
{
  return bw_record_get_text (BW_RECORD (self), "text");
}

gboolean
bw_journal_entry_get_shareable (BwJournalEntry *self)
{
  return bw_record_get_bool (BW_RECORD (self), "shareable");
}

void
bw_journal_entry_set_shareable (BwJournalEntry *self,
                                gboolean        shareable)
{
  bw_record_set_bool (BW_RECORD (self), "shareable", shareable);
}

BwContactType
bw_journal_entry_get_contact_type (BwJournalEntry *self)
{
  g_return_val_if_fail (BW_IS_JOURNAL_ENTRY (self), BW_CONTACT_TYPE_NONE);
  return (BwContactType) bw_record_get_enum (BW_RECORD (self), "contact_type");
}

int
bw_journal_entry_get_duration_minutes (BwJournalEntry *self)
{
  g_return_val_if_fail (BW_IS_JOURNAL_ENTRY (self), 0);
  return (int) bw_record_get_int (BW_RECORD (self), "duration_minutes");
}

const char *
bw_journal_entry_get_contact_with (BwJournalEntry *self)
{
  g_return_val_if_fail (BW_IS_JOURNAL_ENTRY (self), NULL);
  return bw_record_get_text (BW_RECORD (self), "contact_with");
}
