/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* What kind of place it is; stored by key. */
typedef enum {
  BW_PLACE_KIND_COMMUNITY_CENTRE,
  BW_PLACE_KIND_SCHOOL,
  BW_PLACE_KIND_EMPLOYER,
  BW_PLACE_KIND_OTHER,
  BW_PLACE_KIND_N
} BwPlaceKind;

const char  *bw_place_kind_to_key   (BwPlaceKind kind);
BwPlaceKind  bw_place_kind_from_key (const char *key);
const char  *bw_place_kind_label    (BwPlaceKind kind);

#define BW_TYPE_PLACE (bw_place_get_type ())
G_DECLARE_FINAL_TYPE (BwPlace, bw_place, BW, PLACE, GObject)

/* A place where courses are held (community centre, school, employer),
 * shown as a marker on the map. A record with the usual bookkeeping: id,
 * uuid and revision are set by the store. */
BwPlace     *bw_place_new          (void);
BwPlace     *bw_place_copy         (BwPlace     *self);

gint64       bw_place_get_id       (BwPlace     *self);
void         bw_place_set_id       (BwPlace     *self,
                                    gint64       id);
const char  *bw_place_get_uuid     (BwPlace     *self);
void         bw_place_set_uuid     (BwPlace     *self,
                                    const char  *uuid);
gint64       bw_place_get_revision (BwPlace     *self);
void         bw_place_set_revision (BwPlace     *self,
                                    gint64       revision);
const char  *bw_place_get_name     (BwPlace     *self);
void         bw_place_set_name     (BwPlace     *self,
                                    const char  *name);
const char  *bw_place_get_address  (BwPlace     *self);
void         bw_place_set_address  (BwPlace     *self,
                                    const char  *address);
const char  *bw_place_get_buurt_code (BwPlace   *self);
void         bw_place_set_buurt_code (BwPlace   *self,
                                      const char *buurt_code);
BwPlaceKind  bw_place_get_kind     (BwPlace     *self);
void         bw_place_set_kind     (BwPlace     *self,
                                    BwPlaceKind  kind);
double       bw_place_get_latitude  (BwPlace    *self);
double       bw_place_get_longitude (BwPlace    *self);
void         bw_place_set_location  (BwPlace    *self,
                                     double      latitude,
                                     double      longitude);

G_END_DECLS
