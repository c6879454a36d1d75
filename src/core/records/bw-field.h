/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The record types, by their stable key on the wire ("case", "journal",
 * "action", "assessment", "track_change", "involvement", "share",
 * "partner_note", "household_member", "debt", "attachment", "offer",
 * "session", "enrolment", "attendance"). */
typedef enum {
  BW_RECORD_TYPE_CASE,
  BW_RECORD_TYPE_JOURNAL,
  BW_RECORD_TYPE_ACTION,
  BW_RECORD_TYPE_ASSESSMENT,
  BW_RECORD_TYPE_TRACK_CHANGE,
  BW_RECORD_TYPE_INVOLVEMENT,
  BW_RECORD_TYPE_SHARE,
  BW_RECORD_TYPE_PARTNER_NOTE,
  BW_RECORD_TYPE_HOUSEHOLD_MEMBER,
  BW_RECORD_TYPE_DEBT,
  /* A file on a case or on one of its shares (issue 17); its bytes travel
   * over their own endpoints, never in the feed. */
  BW_RECORD_TYPE_ATTACHMENT,
  /* Training-offer planning: an offer is a root record like a case (its
   * case_uuid is its own uuid); sessions, enrolments and attendance carry
   * their offer's uuid as case_uuid. */
  BW_RECORD_TYPE_OFFER,
  BW_RECORD_TYPE_SESSION,
  BW_RECORD_TYPE_ENROLMENT,
  BW_RECORD_TYPE_ATTENDANCE,
  BW_RECORD_TYPE_N
} BwRecordType;

const char *bw_record_type_to_key   (BwRecordType  type);
gboolean    bw_record_type_from_key (const char   *key,
                                     BwRecordType *type);
/* Whether @type's case_uuid is its own uuid (case, offer). */
gboolean    bw_record_type_is_root  (BwRecordType  type);
/* Whether @type belongs to the planning (offer, session, enrolment,
 * attendance), whose parent is an offer rather than a case. */
gboolean    bw_record_type_is_planning (BwRecordType type);

/* The most characters a text field may hold, by its kind: names,
 * addresses and the like; a sentence or a paragraph; a journal or
 * partner note. */
#define BW_FIELD_SHORT_TEXT 200
#define BW_FIELD_LONG_TEXT 2000
#define BW_FIELD_NOTE_TEXT 20000

/* The most a debt may be, in cents: € 10.000.000. */
#define BW_DEBT_MAX_CENTS ((gint64) 10000000 * 100)

typedef enum {
  BW_FIELD_TEXT,
  BW_FIELD_DATE,      /* YYYY-MM-DD */
  BW_FIELD_TIME,      /* HH:MM, local */
  BW_FIELD_UUID,
  BW_FIELD_INT,
  BW_FIELD_BOOL,
  BW_FIELD_ENUM,      /* a stable key; is_key() says which */
  BW_FIELD_PARTS,     /* a non-empty array of distinct share part keys */
} BwFieldKind;

/* One field of a record type: the one place where a field is defined.
 * The wire format, validation, the desktop's tables and sync SQL, the
 * server's share filter and the labels all come from here
 * (docs/architecture.md, "Adding a field"). */
typedef struct {
  const char *key;        /* on the wire; also the SQL column unless @column */
  BwFieldKind kind;
  /* Text and dates: required ones may not be null or empty; others may
   * be null. Numbers, booleans and enums are never null. */
  gboolean required;
  gint64 min, max;        /* BW_FIELD_INT */
  gboolean (*is_key) (const char *key);   /* BW_FIELD_ENUM */
  /* An enum with a C type: its value and its stable key both ways. NULL
   * for an enum kept as its key alone (a share's organisation). */
  const char *(*to_key) (int value);
  int (*from_key) (const char *key);
  const char *(*to_label) (int value);   /* translated, for people */
  guint max_chars;        /* BW_FIELD_TEXT */
  const char *column;     /* NULL: the same as @key */
  int part;               /* the BwSharePart a partner sees it in, or -1 */
  /* Set by its own call (a transfer, a reassignment) or by the server,
   * never by saving the record's form: a form read before the server set
   * it must not write it back (the case's owner). */
  gboolean assigned;
  gboolean cents;         /* BW_FIELD_INT: an amount of money in cents */
  const char *label;      /* marked for translation; bw_field_label() translates it */
} BwField;

/* How a record type's rows hang under their parent in the desktop's
 * tables (the server keeps every type in one table). */
typedef enum {
  BW_PARENT_NONE,         /* a root: case, offer */
  BW_PARENT_CASE_ID,      /* case_id, the local id of its case */
  BW_PARENT_CASE_UUID,    /* case_uuid: partner notes (also on a partner's desktop) */
  BW_PARENT_OFFER_UUID,   /* offer_uuid: the planning */
} BwParentLink;

typedef struct {
  BwRecordType type;
  const char *table;      /* the desktop's table */
  BwParentLink parent;
  /* The part a partner sees a whole record of this type in, or -1; for a
   * case it is per field. */
  int part;
  const BwField *fields;  /* ends with a NULL key */
  GType (*get_type) (void);   /* the BwRecord subclass */
} BwRecordSpec;

const BwRecordSpec *bw_record_spec       (BwRecordType  type);
const BwField      *bw_record_spec_field (BwRecordType  type,
                                          const char   *key);
guint               bw_record_spec_n_fields (BwRecordType type);
/* The column of @field in the desktop's table. */
const char         *bw_field_column      (const BwField *field);
/* @record's value of @field as people read it: a date as "5 dec 2026",
 * an enum by its translated label, a boolean as yes or no; NULL when it
 * is empty or an identifier (a uuid, a user id) that says nothing. */
char               *bw_field_format_value (const BwField *field,
                                           gpointer       record);
/* The translated label of field @key of @type; @key itself when unknown. */
const char         *bw_field_label       (BwRecordType  type,
                                          const char   *key);

G_END_DECLS
