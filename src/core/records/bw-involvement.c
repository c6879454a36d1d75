/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-records"
#include "config.h"

#include "bw-involvement.h"

struct _BwInvolvement
{
  GObject parent_instance;

  gint64 id;
  char *uuid;
  gint64 revision;
  char *organisation;
  char *contact;
  char *role;
};

G_DEFINE_FINAL_TYPE (BwInvolvement, bw_involvement, G_TYPE_OBJECT)

static void
bw_involvement_finalize (GObject *object)
{
  BwInvolvement *self = (BwInvolvement *) object;

  g_free (self->uuid);
  g_free (self->organisation);
  g_free (self->contact);
  g_free (self->role);

  G_OBJECT_CLASS (bw_involvement_parent_class)->finalize (object);
}

static void
bw_involvement_class_init (BwInvolvementClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bw_involvement_finalize;
}

static void
bw_involvement_init (BwInvolvement *self)
{
}

BwInvolvement *
bw_involvement_new (gint64 id,
  const char *uuid,
  gint64 revision,
  const char *organisation,
  const char *contact,
  const char *role)
{
  BwInvolvement *self = g_object_new (BW_TYPE_INVOLVEMENT, NULL);

  self->id = id;
  self->uuid = g_strdup (uuid);
  self->revision = revision;
  self->organisation = g_strdup (organisation);
  self->contact = g_strdup (contact);
  self->role = g_strdup (role);

  return self;
}

gint64
bw_involvement_get_id (const BwInvolvement *self)
{
  g_return_val_if_fail (BW_IS_INVOLVEMENT ((gpointer) self), 0);
  return self->id;
}

const char *
bw_involvement_get_uuid (const BwInvolvement *self)
{
  g_return_val_if_fail (BW_IS_INVOLVEMENT ((gpointer) self), 0);
  return self->uuid;
}

gint64
bw_involvement_get_revision (const BwInvolvement *self)
{
  g_return_val_if_fail (BW_IS_INVOLVEMENT ((gpointer) self), 0);
  return self->revision;
}

const char *
bw_involvement_get_organisation (const BwInvolvement *self)
{
  g_return_val_if_fail (BW_IS_INVOLVEMENT ((gpointer) self), 0);
  return self->organisation;
}

const char *
bw_involvement_get_contact (const BwInvolvement *self)
{
  g_return_val_if_fail (BW_IS_INVOLVEMENT ((gpointer) self), 0);
  return self->contact;
}

const char *
bw_involvement_get_role (const BwInvolvement *self)
{
  g_return_val_if_fail (BW_IS_INVOLVEMENT ((gpointer) self), 0);
  return self->role;
}
