/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-records"
#include "config.h"

#include <glib/gi18n-lib.h>

#include "bw-place.h"

struct _BwPlace
{
  GObject parent_instance;

  gint64 id;
  char *uuid;
  gint64 revision;
  char *name;
  char *address;
  char *buurt_code;
  BwPlaceKind kind;
  double latitude;
  double longitude;
};

G_DEFINE_FINAL_TYPE (BwPlace, bw_place, G_TYPE_OBJECT)

static const struct {
  const char *key;
  const char *label;
} kinds[BW_PLACE_KIND_N] = {
  { "community_centre", N_("Community centre") },
  { "school", N_("School") },
  { "employer", N_("Employer") },
  { "other", N_("Other place") },
};

const char *
bw_place_kind_to_key (BwPlaceKind kind)
{
  g_return_val_if_fail (kind < BW_PLACE_KIND_N, NULL);
  return kinds[kind].key;
}

BwPlaceKind
bw_place_kind_from_key (const char *key)
{
  for (int i = 0; i < BW_PLACE_KIND_N; i++)
    if (g_strcmp0 (key, kinds[i].key) == 0)
      return i;
  return BW_PLACE_KIND_OTHER;
}

const char *
bw_place_kind_label (BwPlaceKind kind)
{
  g_return_val_if_fail (kind < BW_PLACE_KIND_N, NULL);
  return _(kinds[kind].label);
}

static void
bw_place_finalize (GObject *object)
{
  BwPlace *self = (BwPlace *) object;

  g_free (self->uuid);
  g_free (self->name);
  g_free (self->address);
  g_free (self->buurt_code);

  G_OBJECT_CLASS (bw_place_parent_class)->finalize (object);
}

static void
bw_place_class_init (BwPlaceClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bw_place_finalize;
}

static void
bw_place_init (BwPlace *self)
{
  self->kind = BW_PLACE_KIND_COMMUNITY_CENTRE;
}

BwPlace *
bw_place_new (void)
{
  return g_object_new (BW_TYPE_PLACE, NULL);
}

BwPlace *
bw_place_copy (BwPlace *self)
{
  BwPlace *copy;

  g_return_val_if_fail (BW_IS_PLACE (self), NULL);

  copy = bw_place_new ();
  copy->id = self->id;
  copy->uuid = g_strdup (self->uuid);
  copy->revision = self->revision;
  copy->name = g_strdup (self->name);
  copy->address = g_strdup (self->address);
  copy->buurt_code = g_strdup (self->buurt_code);
  copy->kind = self->kind;
  copy->latitude = self->latitude;
  copy->longitude = self->longitude;
  return copy;
}

#define STRING_ACCESSORS(field)                                    \
  const char *                                                     \
  bw_place_get_##field (BwPlace *self)                             \
  {                                                                \
    g_return_val_if_fail (BW_IS_PLACE (self), NULL);               \
    return self->field;                                            \
  }                                                                \
  void                                                             \
  bw_place_set_##field (BwPlace    *self,                          \
                        const char *value)                         \
  {                                                                \
    g_return_if_fail (BW_IS_PLACE (self));                         \
    if (self->field != value)                                      \
      {                                                            \
        g_free (self->field);                                      \
        self->field = g_strdup (value);                            \
      }                                                            \
  }

STRING_ACCESSORS (uuid)
STRING_ACCESSORS (name)
STRING_ACCESSORS (address)
STRING_ACCESSORS (buurt_code)

gint64
bw_place_get_id (BwPlace *self)
{
  g_return_val_if_fail (BW_IS_PLACE (self), 0);
  return self->id;
}

void
bw_place_set_id (BwPlace *self,
                 gint64   id)
{
  g_return_if_fail (BW_IS_PLACE (self));
  self->id = id;
}

gint64
bw_place_get_revision (BwPlace *self)
{
  g_return_val_if_fail (BW_IS_PLACE (self), 0);
  return self->revision;
}

void
bw_place_set_revision (BwPlace *self,
                       gint64   revision)
{
  g_return_if_fail (BW_IS_PLACE (self));
  self->revision = revision;
}

BwPlaceKind
bw_place_get_kind (BwPlace *self)
{
  g_return_val_if_fail (BW_IS_PLACE (self), BW_PLACE_KIND_OTHER);
  return self->kind;
}

void
bw_place_set_kind (BwPlace     *self,
                   BwPlaceKind  kind)
{
  g_return_if_fail (BW_IS_PLACE (self));
  g_return_if_fail (kind < BW_PLACE_KIND_N);
  self->kind = kind;
}

double
bw_place_get_latitude (BwPlace *self)
{
  g_return_val_if_fail (BW_IS_PLACE (self), 0);
  return self->latitude;
}

double
bw_place_get_longitude (BwPlace *self)
{
  g_return_val_if_fail (BW_IS_PLACE (self), 0);
  return self->longitude;
}

void
bw_place_set_location (BwPlace *self,
                       double   latitude,
                       double   longitude)
{
  g_return_if_fail (BW_IS_PLACE (self));
  self->latitude = latitude;
  self->longitude = longitude;
}
