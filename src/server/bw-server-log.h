/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The server's log: one line per event on stderr, key=value words, never
 * personal data (users appear by id, records by nothing at all):
 *
 *   buurtwerk-server: 2026-11-25T12:00:00Z request method=POST path=/api/v1/push status=200 ...
 *
 * Events go through g_log_structured() in the server's log domain; the
 * binary installs bw_server_log_writer() to print them in that shape.
 * Without it (a test linking the library) GLib's own writer shows them. */
#define BW_SERVER_LOG_DOMAIN "buurtwerk-server"

/* One event, at G_LOG_LEVEL_MESSAGE: never fatal, not even under
 * G_DEBUG=fatal-warnings, and always shown. */
void              bw_server_log        (const char     *format,
                                        ...) G_GNUC_PRINTF (1, 2);

/* For g_log_set_writer_func(): "buurtwerk-server: <UTC time> <message>"
 * on stderr; another domain's message is prefixed with its domain. Debug
 * and info messages only when G_MESSAGES_DEBUG asks, as GLib's writer. */
GLogWriterOutput  bw_server_log_writer (GLogLevelFlags  log_level,
                                        const GLogField *fields,
                                        gsize           n_fields,
                                        gpointer        user_data);

G_END_DECLS
