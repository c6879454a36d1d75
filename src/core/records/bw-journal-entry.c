/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-records"
#include "config.h"

#include "bw-journal-entry.h"

struct _BwJournalEntry
{
  GObject parent_instance;

  gint64 id;
  char *uuid;
  gint64 revision;
  char *date;
  char *author;
  char *text;
  gboolean shareable;
};

G_DEFINE_FINAL_TYPE (BwJournalEntry, bw_journal_entry, G_TYPE_OBJECT)

static void
bw_journal_entry_finalize (GObject *object)
{
  BwJournalEntry *self = (BwJournalEntry *) object;

  g_free (self->uuid);
  g_free (self->date);
  g_free (self->author);
  g_free (self->text);

  G_OBJECT_CLASS (bw_journal_entry_parent_class)->finalize (object);
}

static void
bw_journal_entry_class_init (BwJournalEntryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bw_journal_entry_finalize;
}

static void
bw_journal_entry_init (BwJournalEntry *self)
{
}

BwJournalEntry *
bw_journal_entry_new (gint64 id,
  const char *uuid,
  gint64 revision,
  const char *date,
  const char *author,
  const char *text)
{
  BwJournalEntry *self = g_object_new (BW_TYPE_JOURNAL_ENTRY, NULL);

  self->id = id;
  self->uuid = g_strdup (uuid);
  self->revision = revision;
  self->date = g_strdup (date);
  self->author = g_strdup (author);
  self->text = g_strdup (text);

  return self;
}

gint64
bw_journal_entry_get_id (const BwJournalEntry *self)
{
  g_return_val_if_fail (BW_IS_JOURNAL_ENTRY ((gpointer) self), 0);
  return self->id;
}

const char *
bw_journal_entry_get_uuid (const BwJournalEntry *self)
{
  g_return_val_if_fail (BW_IS_JOURNAL_ENTRY ((gpointer) self), 0);
  return self->uuid;
}

gint64
bw_journal_entry_get_revision (const BwJournalEntry *self)
{
  g_return_val_if_fail (BW_IS_JOURNAL_ENTRY ((gpointer) self), 0);
  return self->revision;
}

const char *
bw_journal_entry_get_date (const BwJournalEntry *self)
{
  g_return_val_if_fail (BW_IS_JOURNAL_ENTRY ((gpointer) self), 0);
  return self->date;
}

const char *
bw_journal_entry_get_author (const BwJournalEntry *self)
{
  g_return_val_if_fail (BW_IS_JOURNAL_ENTRY ((gpointer) self), 0);
  return self->author;
}

const char *
bw_journal_entry_get_text (const BwJournalEntry *self)
{
  g_return_val_if_fail (BW_IS_JOURNAL_ENTRY ((gpointer) self), 0);
  return self->text;
}

gboolean
bw_journal_entry_get_shareable (const BwJournalEntry *self)
{
  g_return_val_if_fail (BW_IS_JOURNAL_ENTRY ((BwJournalEntry *) self), FALSE);
  return self->shareable;
}

void
bw_journal_entry_set_shareable (BwJournalEntry *self,
  gboolean shareable)
{
  g_return_if_fail (BW_IS_JOURNAL_ENTRY (self));
  self->shareable = shareable;
}
