/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define BW_TYPE_RATE_LIMITER (bw_rate_limiter_get_type ())
G_DECLARE_FINAL_TYPE (BwRateLimiter, bw_rate_limiter, BW, RATE_LIMITER, GObject)

/* Token buckets by key (a bearer token, a login, a peer address): each key
 * may spend @burst at once and gets @rate back per second. Buckets that
 * are full again are forgotten, and the table never holds more than 65,536
 * keys (the fullest bucket goes first), so it stays small. Main thread
 * only. */
BwRateLimiter *bw_rate_limiter_new   (double         rate,
                                      double         burst);
/* Takes one from @key's bucket. FALSE when it is empty; then
 * @retry_after (when not NULL) is the whole seconds until there is one. */
gboolean       bw_rate_limiter_take  (BwRateLimiter *self,
                                      const char    *key,
                                      guint         *retry_after);
/* Puts back one that bw_rate_limiter_take() took: a reservation that
 * was not needed after all. */
void           bw_rate_limiter_give_back (BwRateLimiter *self,
                                          const char    *key);
/* Whether @key could take one now, without taking it. */
gboolean       bw_rate_limiter_check (BwRateLimiter *self,
                                      const char    *key,
                                      guint         *retry_after);
guint          bw_rate_limiter_get_n_keys (BwRateLimiter *self);

G_END_DECLS
