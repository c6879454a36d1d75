/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-server"
/* Token buckets for the server's limits (docs/sync-protocol.md, Limits). */
#include "config.h"

#include <math.h>

#include "bw-rate-limiter.h"

/* Forget full buckets once there are this many keys. */
#define PRUNE_AT 1024
/* Never more keys than this: an attacker who varies the key (a login, an
 * address) cannot grow the table without end. */
#define MAX_KEYS 65536

typedef struct {
  double tokens;
  gint64 updated;   /* monotonic µs */
} Bucket;

struct _BwRateLimiter
{
  GObject parent_instance;

  double rate;      /* per second */
  double burst;
  GHashTable *buckets;   /* char *key -> Bucket */
  guint prune_at;
};

G_DEFINE_FINAL_TYPE (BwRateLimiter, bw_rate_limiter, G_TYPE_OBJECT)

static void
bw_rate_limiter_finalize (GObject *object)
{
  BwRateLimiter *self = BW_RATE_LIMITER (object);

  g_hash_table_unref (self->buckets);
  G_OBJECT_CLASS (bw_rate_limiter_parent_class)->finalize (object);
}

static void
bw_rate_limiter_class_init (BwRateLimiterClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bw_rate_limiter_finalize;
}

static void
bw_rate_limiter_init (BwRateLimiter *self)
{
  self->buckets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->prune_at = PRUNE_AT;
}

BwRateLimiter *
bw_rate_limiter_new (double rate,
                     double burst)
{
  BwRateLimiter *self = g_object_new (BW_TYPE_RATE_LIMITER, NULL);

  g_return_val_if_fail (rate > 0 && burst >= 1, self);
  self->rate = rate;
  self->burst = burst;
  return self;
}

static void
refill (BwRateLimiter *self,
        Bucket        *bucket,
        gint64         now)
{
  bucket->tokens = MIN (self->burst, bucket->tokens + (now - bucket->updated) / (double) G_USEC_PER_SEC * self->rate);
  bucket->updated = now;
}

static void
prune (BwRateLimiter *self,
       gint64         now)
{
  GHashTableIter iter;
  Bucket *bucket;

  g_hash_table_iter_init (&iter, self->buckets);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &bucket))
    {
      refill (self, bucket, now);
      if (bucket->tokens >= self->burst)
        g_hash_table_iter_remove (&iter);
    }
  /* Many keys that are all still busy: look again when twice as many. */
  self->prune_at = MIN (MAX (PRUNE_AT, g_hash_table_size (self->buckets) * 2), MAX_KEYS);
}

/* The table is full of busy keys: forget the one with the most tokens
 * left, the one that has cost the least. */
static void
evict_one (BwRateLimiter *self)
{
  GHashTableIter iter;
  gpointer key, value;
  gpointer fullest = NULL;
  double most = -1;

  g_hash_table_iter_init (&iter, self->buckets);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (((Bucket *) value)->tokens > most)
      {
        most = ((Bucket *) value)->tokens;
        fullest = key;
      }
  if (fullest != NULL)
    g_hash_table_remove (self->buckets, fullest);
}

static gboolean
take_or_check (BwRateLimiter *self,
               const char    *key,
               gboolean       take,
               guint         *retry_after)
{
  gint64 now = g_get_monotonic_time ();
  Bucket *bucket = g_hash_table_lookup (self->buckets, key);

  if (bucket == NULL)
    {
      if (!take)
        return TRUE;
      if (g_hash_table_size (self->buckets) >= self->prune_at)
        prune (self, now);
      if (g_hash_table_size (self->buckets) >= MAX_KEYS)
        evict_one (self);
      bucket = g_new0 (Bucket, 1);
      bucket->tokens = self->burst;
      bucket->updated = now;
      g_hash_table_insert (self->buckets, g_strdup (key), bucket);
    }
  refill (self, bucket, now);
  if (bucket->tokens >= 1)
    {
      if (take)
        bucket->tokens -= 1;
      return TRUE;
    }
  if (retry_after)
    *retry_after = (guint) MAX (1, ceil ((1 - bucket->tokens) / self->rate));
  return FALSE;
}

gboolean
bw_rate_limiter_take (BwRateLimiter *self,
                      const char    *key,
                      guint         *retry_after)
{
  g_return_val_if_fail (BW_IS_RATE_LIMITER (self), TRUE);
  return take_or_check (self, key, TRUE, retry_after);
}

/* Returns a token taken by bw_rate_limiter_take(): a reservation that
 * turned out not to be needed. */
void
bw_rate_limiter_give_back (BwRateLimiter *self,
                           const char    *key)
{
  Bucket *bucket;

  g_return_if_fail (BW_IS_RATE_LIMITER (self));
  bucket = g_hash_table_lookup (self->buckets, key);
  if (bucket != NULL)
    {
      refill (self, bucket, g_get_monotonic_time ());
      bucket->tokens = MIN (self->burst, bucket->tokens + 1);
    }
}

gboolean
bw_rate_limiter_check (BwRateLimiter *self,
                       const char    *key,
                       guint         *retry_after)
{
  g_return_val_if_fail (BW_IS_RATE_LIMITER (self), TRUE);
  return take_or_check (self, key, FALSE, retry_after);
}

guint
bw_rate_limiter_get_n_keys (BwRateLimiter *self)
{
  g_return_val_if_fail (BW_IS_RATE_LIMITER (self), 0);
  return g_hash_table_size (self->buckets);
}
