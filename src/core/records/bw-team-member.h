/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define BW_TYPE_TEAM_MEMBER (bw_team_member_get_type ())
G_DECLARE_FINAL_TYPE (BwTeamMember, bw_team_member, BW, TEAM_MEMBER, GObject)

/* A worker or coordinator of the user's team, or another team, as the
 * server's GET /api/v1/team names them: an id and a name, nothing else
 * (docs/sync-protocol.md, "Ownership and transfer"). A team has the role
 * NULL. The "name" property is for lists and dropdowns. */

BwTeamMember *bw_team_member_new      (gint64      id,
                                       const char *name,
                                       const char *role);
gint64        bw_team_member_get_id   (BwTeamMember *self);
const char   *bw_team_member_get_name (BwTeamMember *self);
/* "buurtteam" or "coordinator"; NULL for a team. */
const char   *bw_team_member_get_role (BwTeamMember *self);

G_END_DECLS
