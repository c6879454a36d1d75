/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <gio/gio.h>

#include "bw-case.h"
#include "bw-field.h"
#include "bw-share.h"

G_BEGIN_DECLS

/* A case's record as it goes on paper (GtkPrintOperation in the app, or a
 * PDF): a list of rows the printer lays out in order. Built without GTK
 * from what the desktop holds, with every field named by its record's
 * field table, so a new field or record type is printed without a change
 * here. */

typedef enum {
  BW_CASE_DOCUMENT_TITLE,
  BW_CASE_DOCUMENT_INTRO,         /* small print under the title */
  BW_CASE_DOCUMENT_HEADING,       /* a section */
  BW_CASE_DOCUMENT_SUBHEADING,    /* one record in a section */
  BW_CASE_DOCUMENT_FIELD,         /* label, value */
  BW_CASE_DOCUMENT_TEXT,          /* a paragraph */
  BW_CASE_DOCUMENT_TABLE_HEADER,  /* the cells of a table's head */
  BW_CASE_DOCUMENT_TABLE_ROW,
} BwCaseDocumentRow;

typedef enum {
  /* To another team or organisation: the parts the user chose. */
  BW_CASE_DOCUMENT_HANDOVER,
  /* The resident's right of access (AVG art. 15): everything held,
   * who received it, and the access history. */
  BW_CASE_DOCUMENT_ACCESS,
} BwCaseDocumentPurpose;

/* What the document is made of. children[type] are the live records of
 * each type whose parent is a case (bw_case_store_list_records()), or
 * NULL; team names the owner and assignees (BwTeamMember), may be NULL;
 * access_history (BwAuditEntry, newest first) only for ACCESS. */
typedef struct {
  BwCaseDocumentPurpose purpose;
  gboolean parts[BW_SHARE_PART_N];   /* HANDOVER: what to include */
  BwCase *case_record;
  GListModel *children[BW_RECORD_TYPE_N];
  GListModel *team;
  GListModel *access_history;
  const char *buurt_name;            /* the case's buurt, named */
  const char *printed_by;
} BwCaseDocumentSource;

#define BW_TYPE_CASE_DOCUMENT (bw_case_document_get_type ())
G_DECLARE_FINAL_TYPE (BwCaseDocument, bw_case_document, BW, CASE_DOCUMENT, GObject)

BwCaseDocument    *bw_case_document_build     (const BwCaseDocumentSource *source);

const char        *bw_case_document_get_title (BwCaseDocument *self);
guint              bw_case_document_get_n_rows (BwCaseDocument *self);
/* Row @index: its kind, and its cells (NULL-terminated; a table row has
 * as many as its head). */
BwCaseDocumentRow  bw_case_document_get_row   (BwCaseDocument      *self,
                                               guint                index,
                                               const char * const **cells);

G_END_DECLS
