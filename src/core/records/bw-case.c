/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-records"
#include "config.h"

#include "bw-case.h"

struct _BwCase
{
  GObject parent_instance;

  gint64 id;
  char *uuid;
  gint64 revision;
  char *created_at;
  char *created_by;
  char *updated_at;
  char *updated_by;
  gboolean deleted;

  char *name;
  char *date_of_birth;
  char *address;
  char *buurt_code;
  char *phone;
  char *email;
  int household_size;
  char *household_note;

  BwCaseStatus status;
  BwTrack track;
  char *opened_on;

  gboolean has_debts;
  gint64 debt_amount;
  BwDebtRoute debt_route;
  BwLanguageNeed language_need;

  BwOutcome outcome;
  char *outcome_note;
  char *closed_on;

  char *last_contact;
};

G_DEFINE_FINAL_TYPE (BwCase, bw_case, G_TYPE_OBJECT)

/* The string fields, listed once so that copy, compare and finalize cannot
 * forget one. Bookkeeping fields come first; content fields after. */
#define BW_CASE_BOOKKEEPING_STRINGS(X) \
  X (uuid) X (created_at) X (created_by) X (updated_at) X (updated_by) X (last_contact)
#define BW_CASE_CONTENT_STRINGS(X) \
  X (name) X (date_of_birth) X (address) X (buurt_code) X (phone) X (email) \
  X (household_note) X (opened_on) X (outcome_note) X (closed_on)
#define BW_CASE_CONTENT_SCALARS(X) \
  X (household_size) X (status) X (track) X (has_debts) X (debt_amount) \
  X (debt_route) X (language_need) X (outcome)

static void
bw_case_finalize (GObject *object)
{
  BwCase *self = (BwCase *) object;

#define FREE_FIELD(f) g_clear_pointer (&self->f, g_free);
  BW_CASE_BOOKKEEPING_STRINGS (FREE_FIELD)
  BW_CASE_CONTENT_STRINGS (FREE_FIELD)
#undef FREE_FIELD

  G_OBJECT_CLASS (bw_case_parent_class)->finalize (object);
}

static void
bw_case_class_init (BwCaseClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bw_case_finalize;
}

static void
bw_case_init (BwCase *self)
{
  self->household_size = 1;
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

  copy = bw_case_new ();
  copy->id = self->id;
  copy->revision = self->revision;
  copy->deleted = self->deleted;
#define COPY_STRING(f) copy->f = g_strdup (self->f);
#define COPY_SCALAR(f) copy->f = self->f;
  BW_CASE_BOOKKEEPING_STRINGS (COPY_STRING)
  BW_CASE_CONTENT_STRINGS (COPY_STRING)
  BW_CASE_CONTENT_SCALARS (COPY_SCALAR)
#undef COPY_STRING
#undef COPY_SCALAR

  return copy;
}

/* TRUE when what a user can edit is the same; bookkeeping is ignored. */
gboolean
bw_case_equal_content (BwCase *a,
                       BwCase *b)
{
  g_return_val_if_fail (BW_IS_CASE (a) && BW_IS_CASE (b), FALSE);

#define CMP_STRING(f) if (g_strcmp0 (a->f, b->f) != 0) return FALSE;
#define CMP_SCALAR(f) if (a->f != b->f) return FALSE;
  BW_CASE_CONTENT_STRINGS (CMP_STRING)
  BW_CASE_CONTENT_SCALARS (CMP_SCALAR)
#undef CMP_STRING
#undef CMP_SCALAR

  return TRUE;
}

/* Empty strings are stored as NULL so that "not filled in" has one form. */
static void
set_string (char       **field,
            const char  *value)
{
  if (value != NULL && *value == '\0')
    value = NULL;
  if (g_strcmp0 (*field, value) == 0)
    return;
  g_free (*field);
  *field = g_strdup (value);
}

#define STRING_ACCESSORS(f)                                   \
  const char *bw_case_get_##f (BwCase *self)                  \
  {                                                           \
    g_return_val_if_fail (BW_IS_CASE (self), NULL);           \
    return self->f;                                           \
  }                                                           \
  void bw_case_set_##f (BwCase *self, const char *value)      \
  {                                                           \
    g_return_if_fail (BW_IS_CASE (self));                     \
    set_string (&self->f, value);                             \
  }

#define SCALAR_ACCESSORS(Type, f)                             \
  Type bw_case_get_##f (BwCase *self)                         \
  {                                                           \
    g_return_val_if_fail (BW_IS_CASE (self), (Type) 0);       \
    return self->f;                                           \
  }                                                           \
  void bw_case_set_##f (BwCase *self, Type value)             \
  {                                                           \
    g_return_if_fail (BW_IS_CASE (self));                     \
    self->f = value;                                          \
  }

BW_CASE_BOOKKEEPING_STRINGS (STRING_ACCESSORS)
BW_CASE_CONTENT_STRINGS (STRING_ACCESSORS)

SCALAR_ACCESSORS (gint64, id)
SCALAR_ACCESSORS (gint64, revision)
SCALAR_ACCESSORS (gboolean, deleted)
SCALAR_ACCESSORS (int, household_size)
SCALAR_ACCESSORS (BwCaseStatus, status)
SCALAR_ACCESSORS (BwTrack, track)
SCALAR_ACCESSORS (gboolean, has_debts)
SCALAR_ACCESSORS (gint64, debt_amount)
SCALAR_ACCESSORS (BwDebtRoute, debt_route)
SCALAR_ACCESSORS (BwLanguageNeed, language_need)
SCALAR_ACCESSORS (BwOutcome, outcome)
