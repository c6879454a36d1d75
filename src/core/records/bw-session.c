/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-records"
/* A session of an offer: a BwRecord of the session's field table. */
#include "config.h"

#include "bw-session.h"

struct _BwSession
{
  BwRecord parent_instance;

  /* Filled in by the store (or the parent link); not fields. */
  char *offer_uuid;
  char *offer_title;
  char *buurt_code;
  gboolean has_conflict;
};

G_DEFINE_FINAL_TYPE (BwSession, bw_session, BW_TYPE_RECORD)

static void
bw_session_finalize (GObject *object)
{
  BwSession *self = (BwSession *) object;

  g_free (self->offer_uuid);
  g_free (self->offer_title);
  g_free (self->buurt_code);

  G_OBJECT_CLASS (bw_session_parent_class)->finalize (object);
}

static void
bw_session_class_init (BwSessionClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bw_session_finalize;
  bw_record_class_set_type (BW_RECORD_CLASS (klass), BW_RECORD_TYPE_SESSION);
}

static void
bw_session_init (BwSession *self)
{
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

  copy = BW_SESSION (bw_record_copy (BW_RECORD (self)));
  copy->offer_uuid = g_strdup (self->offer_uuid);
  copy->offer_title = g_strdup (self->offer_title);
  copy->buurt_code = g_strdup (self->buurt_code);
  copy->has_conflict = self->has_conflict;
  return copy;
}

BW_RECORD_DEFINE_BOOKKEEPING (BwSession, bw_session)

const char *
bw_session_get_date (BwSession *self)
{
  return bw_record_get_text (BW_RECORD (self), "date");
}

void
bw_session_set_date (BwSession *self,
                     const char *date)
{
  bw_record_set_text (BW_RECORD (self), "date", date);
}

const char *
bw_session_get_start_time (BwSession *self)
{
  return bw_record_get_text (BW_RECORD (self), "start_time");
}

void
bw_session_set_start_time (BwSession *self,
                           const char *start_time)
{
  bw_record_set_text (BW_RECORD (self), "start_time", start_time);
}

const char *
bw_session_get_end_time (BwSession *self)
{
  return bw_record_get_text (BW_RECORD (self), "end_time");
}

void
bw_session_set_end_time (BwSession *self,
                         const char *end_time)
{
  bw_record_set_text (BW_RECORD (self), "end_time", end_time);
}

const char *
bw_session_get_place_uuid (BwSession *self)
{
  return bw_record_get_text (BW_RECORD (self), "place_uuid");
}

void
bw_session_set_place_uuid (BwSession *self,
                           const char *place_uuid)
{
  bw_record_set_text (BW_RECORD (self), "place_uuid", place_uuid);
}

const char *
bw_session_get_place_name (BwSession *self)
{
  return bw_record_get_text (BW_RECORD (self), "place_name");
}

void
bw_session_set_place_name (BwSession *self,
                           const char *place_name)
{
  bw_record_set_text (BW_RECORD (self), "place_name", place_name);
}

const char *
bw_session_get_trainer (BwSession *self)
{
  return bw_record_get_text (BW_RECORD (self), "trainer");
}

void
bw_session_set_trainer (BwSession *self,
                        const char *trainer)
{
  bw_record_set_text (BW_RECORD (self), "trainer", trainer);
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
