/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-records"
/* A resident's case: a BwRecord of the case's field table, with typed
 * accessors for the code that knows its fields by name. A field that only
 * the table, the store and a page's binding know needs none. */
#include "config.h"

#include "bw-case.h"

struct _BwCase
{
  BwRecord parent_instance;

  /* Derived by the store when loading; never synced. */
  char *last_contact;
};

G_DEFINE_FINAL_TYPE (BwCase, bw_case, BW_TYPE_RECORD)

static void
bw_case_finalize (GObject *object)
{
  BwCase *self = (BwCase *) object;

  g_free (self->last_contact);

  G_OBJECT_CLASS (bw_case_parent_class)->finalize (object);
}

static void
bw_case_class_init (BwCaseClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bw_case_finalize;
  bw_record_class_set_type (BW_RECORD_CLASS (klass), BW_RECORD_TYPE_CASE);
}

static void
bw_case_init (BwCase *self)
{
}

BwCase *
bw_case_new (void)
{
  return g_object_new (BW_TYPE_CASE, NULL);
}

BwCase *
bw_case_copy (BwCase *self)
{
  BwCase *copy;

  g_return_val_if_fail (BW_IS_CASE (self), NULL);

  copy = BW_CASE (bw_record_copy (BW_RECORD (self)));
  copy->last_contact = g_strdup (self->last_contact);
  return copy;
}

/* TRUE when what a user can edit is the same; bookkeeping is ignored. */
gboolean
bw_case_equal_content (BwCase *a,
                       BwCase *b)
{
  return bw_record_equal_content (BW_RECORD (a), BW_RECORD (b));
}

BW_RECORD_DEFINE_BOOKKEEPING (BwCase, bw_case)

#define TEXT_ACCESSORS(f)                                                 \
  const char *bw_case_get_##f (BwCase *self)                              \
  {                                                                       \
    return bw_record_get_text (BW_RECORD (self), #f);                     \
  }                                                                       \
  void bw_case_set_##f (BwCase *self, const char *value)                  \
  {                                                                       \
    bw_record_set_text (BW_RECORD (self), #f, value);                     \
  }
#define INT_ACCESSORS(Type, f)                                            \
  Type bw_case_get_##f (BwCase *self)                                     \
  {                                                                       \
    return (Type) bw_record_get_int (BW_RECORD (self), #f);               \
  }                                                                       \
  void bw_case_set_##f (BwCase *self, Type value)                         \
  {                                                                       \
    bw_record_set_int (BW_RECORD (self), #f, value);                      \
  }
#define ENUM_ACCESSORS(Type, f)                                           \
  Type bw_case_get_##f (BwCase *self)                                     \
  {                                                                       \
    return (Type) bw_record_get_enum (BW_RECORD (self), #f);              \
  }                                                                       \
  void bw_case_set_##f (BwCase *self, Type value)                         \
  {                                                                       \
    bw_record_set_enum (BW_RECORD (self), #f, value);                     \
  }

TEXT_ACCESSORS (name)
TEXT_ACCESSORS (date_of_birth)
TEXT_ACCESSORS (address)
TEXT_ACCESSORS (buurt_code)
TEXT_ACCESSORS (phone)
TEXT_ACCESSORS (email)
TEXT_ACCESSORS (household_note)
TEXT_ACCESSORS (opened_on)
TEXT_ACCESSORS (outcome_note)
TEXT_ACCESSORS (closed_on)
INT_ACCESSORS (int, household_size)
INT_ACCESSORS (gint64, debt_amount)
ENUM_ACCESSORS (BwCaseStatus, status)
ENUM_ACCESSORS (BwTrack, track)
ENUM_ACCESSORS (BwDebtRoute, debt_route)
ENUM_ACCESSORS (BwLanguageNeed, language_need)
ENUM_ACCESSORS (BwOutcome, outcome)

gboolean
bw_case_get_has_debts (BwCase *self)
{
  return bw_record_get_bool (BW_RECORD (self), "has_debts");
}

void
bw_case_set_has_debts (BwCase   *self,
                       gboolean  has_debts)
{
  bw_record_set_bool (BW_RECORD (self), "has_debts", has_debts);
}

const char *
bw_case_get_last_contact (BwCase *self)
{
  g_return_val_if_fail (BW_IS_CASE (self), NULL);
  return self->last_contact;
}

void
bw_case_set_last_contact (BwCase     *self,
                          const char *date)
{
  g_return_if_fail (BW_IS_CASE (self));
  g_free (self->last_contact);
  self->last_contact = date && *date ? g_strdup (date) : NULL;
}
