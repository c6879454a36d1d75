/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

/* What every harness shares: libFuzzer's entry points and a quiet GLib.
 * The parsers report bad input through GError; a g_critical or g_warning
 * on bad input is itself a bug, so those abort. */

#include <glib.h>
#include <stdlib.h>
#include <stdint.h>
#include <stddef.h>

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);
int LLVMFuzzerInitialize (int *argc, char ***argv);

/* Warnings and criticals abort() (SIGABRT, which libFuzzer catches and
 * saves the input for; GLib's own fatal handling raises SIGTRAP, which it
 * does not). Messages and debug output are dropped: they would drown the
 * fuzzer's own. */
static GLogWriterOutput
bw_fuzz_log_writer (GLogLevelFlags   level,
                    const GLogField *fields,
                    gsize            n_fields,
                    gpointer         user_data)
{
  if (level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    {
      g_log_writer_standard_streams (level, fields, n_fields, user_data);
      abort ();
    }
  return G_LOG_WRITER_HANDLED;
}

static inline void
bw_fuzz_setup_glib (void)
{
  g_log_set_writer_func (bw_fuzz_log_writer, NULL, NULL);
}

/* The input as a nul-terminated string, for the parsers that take C text. */
static inline char *
bw_fuzz_strndup (const uint8_t *data,
                 size_t         size)
{
  return g_strndup ((const char *) data, size);
}
