/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-records"
#include "config.h"

#include "bw-case-action.h"

struct _BwCaseAction
{
  GObject parent_instance;

  gint64 id;
  char *uuid;
  gint64 revision;
  char *what;
  char *owner;
  char *due_date;
  gboolean done;
};

G_DEFINE_FINAL_TYPE (BwCaseAction, bw_case_action, G_TYPE_OBJECT)

static void
bw_case_action_finalize (GObject *object)
{
  BwCaseAction *self = (BwCaseAction *) object;

  g_free (self->uuid);
  g_free (self->what);
  g_free (self->owner);
  g_free (self->due_date);

  G_OBJECT_CLASS (bw_case_action_parent_class)->finalize (object);
}

static void
bw_case_action_class_init (BwCaseActionClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bw_case_action_finalize;
}

static void
bw_case_action_init (BwCaseAction *self)
{
}

BwCaseAction *
bw_case_action_new (gint64 id,
  const char *uuid,
  gint64 revision,
  const char *what,
  const char *owner,
  const char *due_date,
  gboolean done)
{
  BwCaseAction *self = g_object_new (BW_TYPE_CASE_ACTION, NULL);

  self->id = id;
  self->uuid = g_strdup (uuid);
  self->revision = revision;
  self->what = g_strdup (what);
  self->owner = g_strdup (owner);
  self->due_date = g_strdup (due_date);
  self->done = done;

  return self;
}

gint64
bw_case_action_get_id (const BwCaseAction *self)
{
  g_return_val_if_fail (BW_IS_CASE_ACTION ((gpointer) self), 0);
  return self->id;
}

const char *
bw_case_action_get_uuid (const BwCaseAction *self)
{
  g_return_val_if_fail (BW_IS_CASE_ACTION ((gpointer) self), 0);
  return self->uuid;
}

gint64
bw_case_action_get_revision (const BwCaseAction *self)
{
  g_return_val_if_fail (BW_IS_CASE_ACTION ((gpointer) self), 0);
  return self->revision;
}

const char *
bw_case_action_get_what (const BwCaseAction *self)
{
  g_return_val_if_fail (BW_IS_CASE_ACTION ((gpointer) self), 0);
  return self->what;
}

const char *
bw_case_action_get_owner (const BwCaseAction *self)
{
  g_return_val_if_fail (BW_IS_CASE_ACTION ((gpointer) self), 0);
  return self->owner;
}

const char *
bw_case_action_get_due_date (const BwCaseAction *self)
{
  g_return_val_if_fail (BW_IS_CASE_ACTION ((gpointer) self), 0);
  return self->due_date;
}

gboolean
bw_case_action_get_done (const BwCaseAction *self)
{
  g_return_val_if_fail (BW_IS_CASE_ACTION ((gpointer) self), 0);
  return self->done;
}
