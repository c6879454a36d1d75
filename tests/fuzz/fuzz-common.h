#pragma once

/* What every harness shares: libFuzzer's entry point and a quiet GLib.
 * The parsers report bad input through GError; a g_critical or g_warning
 * on bad input is itself a bug, so those abort (G_DEBUG=fatal-criticals
 * is set by the harnesses, not left to the caller's environment). */

#include <glib.h>
#include <stdint.h>
#include <stddef.h>

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);
int LLVMFuzzerInitialize (int *argc, char ***argv);

static inline void
bw_fuzz_setup_glib (void)
{
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING | G_LOG_LEVEL_ERROR);
  /* Messages the code logs on purpose (debug/info) would drown the
   * fuzzer's own output. */
  g_setenv ("G_MESSAGES_DEBUG", "", TRUE);
}

/* The input as a nul-terminated string, for the parsers that take C text. */
static inline char *
bw_fuzz_strndup (const uint8_t *data,
                 size_t         size)
{
  return g_strndup ((const char *) data, size);
}
