/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-records"
#include "config.h"

#include "bw-team-member.h"

struct _BwTeamMember
{
  GObject parent_instance;

  gint64 id;
  char *name;
  char *role;
};

G_DEFINE_FINAL_TYPE (BwTeamMember, bw_team_member, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
bw_team_member_finalize (GObject *object)
{
  BwTeamMember *self = (BwTeamMember *) object;

  g_free (self->name);
  g_free (self->role);

  G_OBJECT_CLASS (bw_team_member_parent_class)->finalize (object);
}

static void
bw_team_member_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  BwTeamMember *self = BW_TEAM_MEMBER (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bw_team_member_class_init (BwTeamMemberClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = bw_team_member_finalize;
  object_class->get_property = bw_team_member_get_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                                            G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL,
                                               G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
bw_team_member_init (BwTeamMember *self)
{
}

BwTeamMember *
bw_team_member_new (gint64      id,
                    const char *name,
                    const char *role)
{
  BwTeamMember *self = g_object_new (BW_TYPE_TEAM_MEMBER, NULL);

  self->id = id;
  self->name = g_strdup (name);
  self->role = g_strdup (role);
  return self;
}

gint64
bw_team_member_get_id (BwTeamMember *self)
{
  g_return_val_if_fail (BW_IS_TEAM_MEMBER (self), 0);
  return self->id;
}

const char *
bw_team_member_get_name (BwTeamMember *self)
{
  g_return_val_if_fail (BW_IS_TEAM_MEMBER (self), NULL);
  return self->name;
}

const char *
bw_team_member_get_role (BwTeamMember *self)
{
  g_return_val_if_fail (BW_IS_TEAM_MEMBER (self), NULL);
  return self->role;
}
