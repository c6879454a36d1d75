/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Passwords and bearer tokens. Passwords are stored as
 * "pbkdf2-sha256$ITERATIONS$SALT$HASH" (base64 salt and hash): PBKDF2-HMAC-
 * SHA256 from nettle with a random 16-byte salt, never a home-made scheme.
 * Tokens are random and only their SHA-256 is stored, so a copy of the
 * database holds no usable token. */

#define BW_PASSWORD_ITERATIONS 200000

char     *bw_password_hash        (const char *password);
/* Constant-time; FALSE for a malformed @stored too. Slow by design: call it
 * off the main loop. */
gboolean  bw_password_verify      (const char *password,
                                   const char *stored);
/* A hash of a random password, so that an unknown login costs the same
 * time as a known one. */
const char *bw_password_dummy_hash (void);

/* 32 random bytes, URL-safe base64 without padding. */
char     *bw_token_new            (void);
/* Hex SHA-256 of a token: what the database keeps. */
char     *bw_token_hash           (const char *token);

G_END_DECLS
