/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-export"
/* A case's record on paper, from the field tables (bw-field.c): each
 * field by its label and formatted value, each record type as a section.
 * What goes in is decided here, once: for a handover the parts the user
 * chose, as a partner would receive them (journal notes only when marked
 * shareable); for the right of access everything the desktop holds. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "bw-audit-entry.h"
#include "bw-case-document.h"
#include "bw-date.h"
#include "bw-journal-entry.h"
#include "bw-record.h"
#include "bw-retention.h"
#include "bw-team-member.h"

struct _BwCaseDocument
{
  GObject parent_instance;

  char *title;
  GArray *kinds;       /* BwCaseDocumentRow */
  GPtrArray *cells;    /* GStrv */
};

G_DEFINE_FINAL_TYPE (BwCaseDocument, bw_case_document, G_TYPE_OBJECT)

static void
bw_case_document_finalize (GObject *object)
{
  BwCaseDocument *self = BW_CASE_DOCUMENT (object);

  g_free (self->title);
  g_array_unref (self->kinds);
  g_ptr_array_unref (self->cells);

  G_OBJECT_CLASS (bw_case_document_parent_class)->finalize (object);
}

static void
bw_case_document_class_init (BwCaseDocumentClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bw_case_document_finalize;
}

static void
bw_case_document_init (BwCaseDocument *self)
{
  self->kinds = g_array_new (FALSE, FALSE, sizeof (BwCaseDocumentRow));
  self->cells = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
}

static void
add_row (BwCaseDocument    *self,
         BwCaseDocumentRow  kind,
         const char        *first,
         ...)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  va_list args;

  va_start (args, first);
  for (const char *cell = first; cell != NULL; cell = va_arg (args, const char *))
    g_strv_builder_add (builder, cell);
  va_end (args);
  g_array_append_val (self->kinds, kind);
  g_ptr_array_add (self->cells, g_strv_builder_end (builder));
}

/* Someone of the team by id, as the team list names them. */
static const char *
member_name (GListModel *team,
             gint64      id)
{
  for (guint i = 0; team != NULL && i < g_list_model_get_n_items (team); i++)
    {
      g_autoptr(BwTeamMember) member = g_list_model_get_item (team, i);

      if (bw_team_member_get_id (member) == id)
        return bw_team_member_get_name (member);
    }
  return NULL;
}

/* Every field of @record that has a value, in its table's order. For a
 * case in a handover only the fields of the chosen parts. */
static void
add_fields (BwCaseDocument             *self,
            const BwCaseDocumentSource *source,
            BwRecord                   *record)
{
  const BwRecordSpec *spec = bw_record_spec (bw_record_get_record_type (record));
  gboolean whole = source->purpose == BW_CASE_DOCUMENT_ACCESS;

  for (const BwField *field = spec->fields; field->key != NULL; field++)
    {
      g_autofree char *value = NULL;

      if (!whole && spec->type == BW_RECORD_TYPE_CASE && (field->part < 0 || !source->parts[field->part]))
        continue;
      /* A worker and a buurt by name; codes say nothing on paper. */
      if (g_str_equal (field->key, "buurt_code") && source->buurt_name != NULL)
        value = g_strdup (source->buurt_name);
      else if (field->kind == BW_FIELD_INT && field->min == 0 && field->max == G_MAXINT32)
        {
          const char *name = member_name (source->team, bw_record_get_int (record, field->key));

          value = name ? g_strdup (name) : NULL;
        }
      else
        value = bw_field_format_value (field, record);
      if (value != NULL)
        add_row (self, BW_CASE_DOCUMENT_FIELD, bw_field_label (spec->type, field->key), value, NULL);
    }
}

/* The section title of a record type under a case. */
static const char *
section_title (BwRecordType type)
{
  switch ((int) type)
    {
    case BW_RECORD_TYPE_JOURNAL:
      return _("Journal");
    case BW_RECORD_TYPE_ACTION:
      return _("Agreed actions");
    case BW_RECORD_TYPE_ASSESSMENT:
      return _("Life-domain scores");
    case BW_RECORD_TYPE_TRACK_CHANGE:
      return _("Cascade track history");
    case BW_RECORD_TYPE_INVOLVEMENT:
      return _("Organisations involved");
    case BW_RECORD_TYPE_SHARE:
      return _("Shared with (recipients)");
    case BW_RECORD_TYPE_HOUSEHOLD_MEMBER:
      return _("Household members");
    case BW_RECORD_TYPE_DEBT:
      return _("Debts per creditor");
    default:
      return bw_audit_record_type_to_label (bw_record_type_to_key (type));
    }
}

/* The title of one record in its section: its date when it has one. */
static char *
record_heading (BwRecord *record,
                guint     number)
{
  const BwField *date = bw_record_spec_field (bw_record_get_record_type (record), "date");
  const char *value = date ? bw_record_get_text (record, "date") : NULL;

  if (value != NULL && *value != '\0')
    return bw_date_to_display (value);
  return g_strdup_printf ("%u", number);
}

static gboolean
type_included (const BwCaseDocumentSource *source,
               BwRecordType                type)
{
  const BwRecordSpec *spec = bw_record_spec (type);

  if (source->purpose == BW_CASE_DOCUMENT_ACCESS)
    return TRUE;
  return spec->part >= 0 && source->parts[spec->part];
}

static void
add_children (BwCaseDocument             *self,
              const BwCaseDocumentSource *source,
              BwRecordType                type)
{
  GListModel *records = source->children[type];
  guint shown = 0;

  if (records == NULL || !type_included (source, type))
    return;
  for (guint i = 0; i < g_list_model_get_n_items (records); i++)
    {
      g_autoptr(BwRecord) record = g_list_model_get_item (records, i);
      g_autofree char *heading = NULL;

      /* A partner, and so a handover, gets a note only when it is
       * marked shareable. */
      if (source->purpose == BW_CASE_DOCUMENT_HANDOVER && type == BW_RECORD_TYPE_JOURNAL &&
          !bw_journal_entry_get_shareable (BW_JOURNAL_ENTRY (record)))
        continue;
      if (shown++ == 0)
        add_row (self, BW_CASE_DOCUMENT_HEADING, section_title (type), NULL);
      heading = record_heading (record, shown);
      add_row (self, BW_CASE_DOCUMENT_SUBHEADING, heading, NULL);
      add_fields (self, source, record);
    }
}

static void
add_access_history (BwCaseDocument *self,
                    GListModel     *entries)
{
  guint n = entries ? g_list_model_get_n_items (entries) : 0;

  add_row (self, BW_CASE_DOCUMENT_HEADING, _("Who saw or changed this record"), NULL);
  add_row (self, BW_CASE_DOCUMENT_TEXT,
           _("From the server's access log: every opening by a partner organisation, every change, every "
             "share and export, and every refused attempt, with the person and their role."), NULL);
  if (n == 0)
    {
      add_row (self, BW_CASE_DOCUMENT_TEXT, _("The log holds nothing about this record."), NULL);
      return;
    }
  add_row (self, BW_CASE_DOCUMENT_TABLE_HEADER, _("When"), _("Who"), _("Role"), _("Action"), _("What"), NULL);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BwAuditEntry) entry = g_list_model_get_item (entries, i);
      g_autofree char *at = bw_audit_entry_format_at (entry);
      const char *who = bw_audit_entry_get_user_name (entry);

      add_row (self, BW_CASE_DOCUMENT_TABLE_ROW, at, who ? who : "",
               bw_audit_role_to_label (bw_audit_entry_get_role (entry)),
               bw_audit_action_to_label (bw_audit_entry_get_action (entry)),
               bw_audit_record_type_to_label (bw_audit_entry_get_record_type (entry)), NULL);
    }
}

BwCaseDocument *
bw_case_document_build (const BwCaseDocumentSource *source)
{
  g_autoptr(BwCaseDocument) self = g_object_new (BW_TYPE_CASE_DOCUMENT, NULL);
  g_autoptr(GDateTime) now = bw_date_now_local ();
  g_autofree char *today = bw_date_of (now);
  g_autofree char *printed = bw_date_to_display (today);
  g_autofree char *intro = NULL;
  const char *name;

  g_return_val_if_fail (source != NULL && BW_IS_CASE (source->case_record), NULL);

  name = bw_case_get_name (source->case_record);
  if (source->purpose == BW_CASE_DOCUMENT_ACCESS)
    {
      /* TRANSLATORS: %s is the resident's name */
      self->title = g_strdup_printf (_("Everything held on %s (right of access, GDPR article 15)"), name);
      /* TRANSLATORS: %s is a date; addressed to the resident */
      intro = g_strdup_printf (_("This is everything the neighbourhood team of the municipality of Heerlen held "
                                 "about you in Buurtwerk on %s: your details, the notes and agreements about "
                                 "you, the organisations it was shared with on your consent, and who saw or "
                                 "changed it. The team keeps it to support you in the neighbourhood approach of "
                                 "Heerlen-Noord, and removes it %d months after your case is closed. You may ask "
                                 "the team to correct or remove what is wrong, or to stop sharing it."),
                               printed, BW_RETENTION_DEFAULT_MONTHS);
    }
  else
    {
      /* TRANSLATORS: %s is the resident's name */
      self->title = g_strdup_printf (_("Handover of %s"), name);
      /* TRANSLATORS: %s is a date */
      intro = g_strdup_printf (_("The parts of the case chosen for the handover, as held on %s. Confidential: "
                                 "only for the team or organisation that takes the case over, with the "
                                 "resident's consent."), printed);
    }
  add_row (self, BW_CASE_DOCUMENT_TITLE, self->title, NULL);
  add_row (self, BW_CASE_DOCUMENT_INTRO, intro, NULL);
  if (source->printed_by != NULL)
    {
      /* TRANSLATORS: %s is a worker's name */
      g_autofree char *by = g_strdup_printf (_("Printed by %s"), source->printed_by);

      add_row (self, BW_CASE_DOCUMENT_INTRO, by, NULL);
    }

  add_row (self, BW_CASE_DOCUMENT_HEADING, _("The case"), NULL);
  add_fields (self, source, BW_RECORD (source->case_record));
  for (BwRecordType type = 0; type < BW_RECORD_TYPE_N; type++)
    if (bw_record_spec (type)->parent == BW_PARENT_CASE_ID)
      add_children (self, source, type);
  if (source->purpose == BW_CASE_DOCUMENT_ACCESS)
    add_access_history (self, source->access_history);
  return g_steal_pointer (&self);
}

const char *
bw_case_document_get_title (BwCaseDocument *self)
{
  g_return_val_if_fail (BW_IS_CASE_DOCUMENT (self), NULL);
  return self->title;
}

guint
bw_case_document_get_n_rows (BwCaseDocument *self)
{
  g_return_val_if_fail (BW_IS_CASE_DOCUMENT (self), 0);
  return self->kinds->len;
}

BwCaseDocumentRow
bw_case_document_get_row (BwCaseDocument      *self,
                          guint                index,
                          const char * const **cells)
{
  g_return_val_if_fail (BW_IS_CASE_DOCUMENT (self), BW_CASE_DOCUMENT_TEXT);
  g_return_val_if_fail (index < self->kinds->len, BW_CASE_DOCUMENT_TEXT);

  if (cells != NULL)
    *cells = (const char * const *) g_ptr_array_index (self->cells, index);
  return g_array_index (self->kinds, BwCaseDocumentRow, index);
}
