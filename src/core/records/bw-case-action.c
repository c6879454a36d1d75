/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-records"
/* An agreed action on a case: a BwRecord of the action's field table. */
#include "config.h"

#include "bw-case-action.h"

struct _BwCaseAction
{
  BwRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (BwCaseAction, bw_case_action, BW_TYPE_RECORD)

static void
bw_case_action_class_init (BwCaseActionClass *klass)
{
  bw_record_class_set_type (BW_RECORD_CLASS (klass), BW_RECORD_TYPE_ACTION);
}

static void
bw_case_action_init (BwCaseAction *self)
{
}

BwCaseAction *
bw_case_action_new (gint64      id,
                    const char *uuid,
                    gint64      revision,
                    const char *what,
                    const char *owner,
                    const char *due_date,
                    gboolean    done)
{
  BwRecord *self = g_object_new (BW_TYPE_CASE_ACTION, NULL);

  bw_record_set_id (self, id);
  bw_record_set_uuid (self, uuid);
  bw_record_set_revision (self, revision);
  bw_record_set_text (self, "what", what);
  bw_record_set_text (self, "owner", owner);
  bw_record_set_text (self, "due_date", due_date);
  bw_record_set_bool (self, "done", done);
  return BW_CASE_ACTION (self);
}

BW_RECORD_DEFINE_BOOKKEEPING (BwCaseAction, bw_case_action)

const char *
bw_case_action_get_what (BwCaseAction *self)
{
  return bw_record_get_text (BW_RECORD (self), "what");
}

const char *
bw_case_action_get_owner (BwCaseAction *self)
{
  return bw_record_get_text (BW_RECORD (self), "owner");
}

const char *
bw_case_action_get_due_date (BwCaseAction *self)
{
  return bw_record_get_text (BW_RECORD (self), "due_date");
}

gboolean
bw_case_action_get_done (BwCaseAction *self)
{
  return bw_record_get_bool (BW_RECORD (self), "done");
}
