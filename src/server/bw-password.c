/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-server"
#include "config.h"

#include <stdio.h>
#include <string.h>

#include <nettle/memops.h>
#include <nettle/pbkdf2.h>

#include "bw-password.h"

#define SALT_LENGTH 16
#define HASH_LENGTH 32
#define TOKEN_LENGTH 32

static void
random_bytes (guint8 *buffer,
              gsize   length)
{
  /* GRand is not for secrets; the kernel's generator is. */
  FILE *urandom = fopen ("/dev/urandom", "rb");

  if (urandom == NULL || fread (buffer, 1, length, urandom) != length)
    g_error ("Cannot read /dev/urandom: no safe random numbers");
  fclose (urandom);
}

char *
bw_password_hash (const char *password)
{
  guint8 salt[SALT_LENGTH];
  guint8 hash[HASH_LENGTH];
  g_autofree char *salt64 = NULL;
  g_autofree char *hash64 = NULL;

  g_return_val_if_fail (password != NULL, NULL);

  random_bytes (salt, sizeof salt);
  pbkdf2_hmac_sha256 (strlen (password), (const guint8 *) password, BW_PASSWORD_ITERATIONS,
                      sizeof salt, salt, sizeof hash, hash);
  salt64 = g_base64_encode (salt, sizeof salt);
  hash64 = g_base64_encode (hash, sizeof hash);
  return g_strdup_printf ("pbkdf2-sha256$%u$%s$%s", BW_PASSWORD_ITERATIONS, salt64, hash64);
}

gboolean
bw_password_verify (const char *password,
                    const char *stored)
{
  g_auto(GStrv) parts = NULL;
  g_autofree guint8 *salt = NULL;
  g_autofree guint8 *expected = NULL;
  guint8 hash[HASH_LENGTH];
  gsize salt_length, expected_length;
  guint64 iterations;

  if (password == NULL || stored == NULL)
    return FALSE;
  parts = g_strsplit (stored, "$", -1);
  if (g_strv_length (parts) != 4 || !g_str_equal (parts[0], "pbkdf2-sha256") ||
      !g_ascii_string_to_unsigned (parts[1], 10, 1000, 10000000, &iterations, NULL))
    return FALSE;
  salt = g_base64_decode (parts[2], &salt_length);
  expected = g_base64_decode (parts[3], &expected_length);
  if (salt_length == 0 || expected_length != HASH_LENGTH)
    return FALSE;

  pbkdf2_hmac_sha256 (strlen (password), (const guint8 *) password, iterations,
                      salt_length, salt, sizeof hash, hash);
  return memeql_sec (hash, expected, HASH_LENGTH);
}

const char *
bw_password_dummy_hash (void)
{
  static char *dummy = NULL;

  if (g_once_init_enter (&dummy))
    {
      guint8 bytes[16];
      g_autofree char *random_password = NULL;

      random_bytes (bytes, sizeof bytes);
      random_password = g_base64_encode (bytes, sizeof bytes);
      g_once_init_leave (&dummy, bw_password_hash (random_password));
    }
  return dummy;
}

char *
bw_token_new (void)
{
  guint8 bytes[TOKEN_LENGTH];
  char *token;

  random_bytes (bytes, sizeof bytes);
  token = g_base64_encode (bytes, sizeof bytes);
  /* URL-safe and without padding, so it fits a header as it is. */
  g_strdelimit (token, "+", '-');
  g_strdelimit (token, "/", '_');
  g_strdelimit (token, "=", '\0');
  return token;
}

char *
bw_token_hash (const char *token)
{
  return g_compute_checksum_for_string (G_CHECKSUM_SHA256, token, -1);
}
