/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-records"
#include "config.h"

#include "bw-session.h"

struct _BwSession
{
  GObject parent_instance;

  gint64 id;
  char *uuid;
  gint64 revision;
  gboolean deleted;
  char *offer_uuid;
  char *date;
  char *start_time;
  char *end_time;
  char *place_uuid;
  char *place_name;
  char *trainer;
  char *offer_title;
  char *buurt_code;
  gboolean has_conflict;
};

G_DEFINE_FINAL_TYPE (BwSession, bw_session, G_TYPE_OBJECT)

static void
bw_session_finalize (GObject *object)
{
  BwSession *self = (BwSession *) object;

  g_free (self->uuid);
  g_free (self->offer_uuid);
  g_free (self->date);
  g_free (self->start_time);
  g_free (self->end_time);
  g_free (self->place_uuid);
  g_free (self->place_name);
  g_free (self->trainer);
  g_free (self->offer_title);
  g_free (self->buurt_code);

  G_OBJECT_CLASS (bw_session_parent_class)->finalize (object);
}

static void
bw_session_class_init (BwSessionClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bw_session_finalize;
}

static void
bw_session_init (BwSession *self)
{
  self->revision = 0;
}

BwSession *
bw_session_new (void)
{
  return g_object_new (BW_TYPE_SESSION, NULL);
}

BwSession *
bw_session_copy (BwSession *self)
{
  BwSession *copy;

  g_return_val_if_fail (BW_IS_SESSION (self), NULL);

  copy = bw_session_new ();
  copy->id = self->id;
  copy->uuid = g_strdup (self->uuid);
  copy->revision = self->revision;
  copy->deleted = self->deleted;
  copy->offer_uuid = g_strdup (self->offer_uuid);
  copy->date = g_strdup (self->date);
  copy->start_time = g_strdup (self->start_time);
  copy->end_time = g_strdup (self->end_time);
  copy->place_uuid = g_strdup (self->place_uuid);
  copy->place_name = g_strdup (self->place_name);
  copy->trainer = g_strdup (self->trainer);
  copy->offer_title = g_strdup (self->offer_title);
  copy->buurt_code = g_strdup (self->buurt_code);
  copy->has_conflict = self->has_conflict;
  return copy;
}

gint64
bw_session_get_id (BwSession *self)
{
  g_return_val_if_fail (BW_IS_SESSION (self), 0);
  return self->id;
}

void
bw_session_set_id (BwSession *self,
                     gint64 id)
{
  g_return_if_fail (BW_IS_SESSION (self));
  self->id = id;
}

const char *
bw_session_get_uuid (BwSession *self)
{
  g_return_val_if_fail (BW_IS_SESSION (self), NULL);
  return self->uuid;
}

void
bw_session_set_uuid (BwSession *self,
                       const char *uuid)
{
  g_return_if_fail (BW_IS_SESSION (self));
  if (self->uuid != uuid)
    {
      g_free (self->uuid);
      self->uuid = (uuid != NULL && *uuid != '\0') ? g_strdup (uuid) : NULL;
    }
}

gint64
bw_session_get_revision (BwSession *self)
{
  g_return_val_if_fail (BW_IS_SESSION (self), 0);
  return self->revision;
}

void
bw_session_set_revision (BwSession *self,
                           gint64 revision)
{
  g_return_if_fail (BW_IS_SESSION (self));
  self->revision = revision;
}

gboolean
bw_session_get_deleted (BwSession *self)
{
  g_return_val_if_fail (BW_IS_SESSION (self), 0);
  return self->deleted;
}

void
bw_session_set_deleted (BwSession *self,
                          gboolean deleted)
{
  g_return_if_fail (BW_IS_SESSION (self));
  self->deleted = !!deleted;
}

const char *
bw_session_get_offer_uuid (BwSession *self)
{
  g_return_val_if_fail (BW_IS_SESSION (self), NULL);
  return self->offer_uuid;
}

void
bw_session_set_offer_uuid (BwSession *self,
                             const char *offer_uuid)
{
  g_return_if_fail (BW_IS_SESSION (self));
  if (self->offer_uuid != offer_uuid)
    {
      g_free (self->offer_uuid);
      self->offer_uuid = (offer_uuid != NULL && *offer_uuid != '\0') ? g_strdup (offer_uuid) : NULL;
    }
}

const char *
bw_session_get_date (BwSession *self)
{
  g_return_val_if_fail (BW_IS_SESSION (self), NULL);
  return self->date;
}

void
bw_session_set_date (BwSession *self,
                       const char *date)
{
  g_return_if_fail (BW_IS_SESSION (self));
  if (self->date != date)
    {
      g_free (self->date);
      self->date = (date != NULL && *date != '\0') ? g_strdup (date) : NULL;
    }
}

const char *
bw_session_get_start_time (BwSession *self)
{
  g_return_val_if_fail (BW_IS_SESSION (self), NULL);
  return self->start_time;
}

void
bw_session_set_start_time (BwSession *self,
                             const char *start_time)
{
  g_return_if_fail (BW_IS_SESSION (self));
  if (self->start_time != start_time)
    {
      g_free (self->start_time);
      self->start_time = (start_time != NULL && *start_time != '\0') ? g_strdup (start_time) : NULL;
    }
}

const char *
bw_session_get_end_time (BwSession *self)
{
  g_return_val_if_fail (BW_IS_SESSION (self), NULL);
  return self->end_time;
}

void
bw_session_set_end_time (BwSession *self,
                           const char *end_time)
{
  g_return_if_fail (BW_IS_SESSION (self));
  if (self->end_time != end_time)
    {
      g_free (self->end_time);
      self->end_time = (end_time != NULL && *end_time != '\0') ? g_strdup (end_time) : NULL;
    }
}

const char *
bw_session_get_place_uuid (BwSession *self)
{
  g_return_val_if_fail (BW_IS_SESSION (self), NULL);
  return self->place_uuid;
}

void
bw_session_set_place_uuid (BwSession *self,
                             const char *place_uuid)
{
  g_return_if_fail (BW_IS_SESSION (self));
  if (self->place_uuid != place_uuid)
    {
      g_free (self->place_uuid);
      self->place_uuid = (place_uuid != NULL && *place_uuid != '\0') ? g_strdup (place_uuid) : NULL;
    }
}

const char *
bw_session_get_place_name (BwSession *self)
{
  g_return_val_if_fail (BW_IS_SESSION (self), NULL);
  return self->place_name;
}

void
bw_session_set_place_name (BwSession *self,
                             const char *place_name)
{
  g_return_if_fail (BW_IS_SESSION (self));
  if (self->place_name != place_name)
    {
      g_free (self->place_name);
      self->place_name = (place_name != NULL && *place_name != '\0') ? g_strdup (place_name) : NULL;
    }
}

const char *
bw_session_get_trainer (BwSession *self)
{
  g_return_val_if_fail (BW_IS_SESSION (self), NULL);
  return self->trainer;
}

void
bw_session_set_trainer (BwSession *self,
                          const char *trainer)
{
  g_return_if_fail (BW_IS_SESSION (self));
  if (self->trainer != trainer)
    {
      g_free (self->trainer);
      self->trainer = (trainer != NULL && *trainer != '\0') ? g_strdup (trainer) : NULL;
    }
}

const char *
bw_session_get_offer_title (BwSession *self)
{
  g_return_val_if_fail (BW_IS_SESSION (self), NULL);
  return self->offer_title;
}

void
bw_session_set_offer_title (BwSession *self,
                              const char *offer_title)
{
  g_return_if_fail (BW_IS_SESSION (self));
  if (self->offer_title != offer_title)
    {
      g_free (self->offer_title);
      self->offer_title = (offer_title != NULL && *offer_title != '\0') ? g_strdup (offer_title) : NULL;
    }
}

const char *
bw_session_get_buurt_code (BwSession *self)
{
  g_return_val_if_fail (BW_IS_SESSION (self), NULL);
  return self->buurt_code;
}

void
bw_session_set_buurt_code (BwSession *self,
                             const char *buurt_code)
{
  g_return_if_fail (BW_IS_SESSION (self));
  if (self->buurt_code != buurt_code)
    {
      g_free (self->buurt_code);
      self->buurt_code = (buurt_code != NULL && *buurt_code != '\0') ? g_strdup (buurt_code) : NULL;
    }
}

gboolean
bw_session_get_has_conflict (BwSession *self)
{
  g_return_val_if_fail (BW_IS_SESSION (self), 0);
  return self->has_conflict;
}

void
bw_session_set_has_conflict (BwSession *self,
                               gboolean has_conflict)
{
  g_return_if_fail (BW_IS_SESSION (self));
  self->has_conflict = !!has_conflict;
}
