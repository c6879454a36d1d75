/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-server"
/* buurtwerk-server: the central sync server and its admin commands. */
#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <glib-unix.h>

#include "bw-date.h"
#include "bw-record-json.h"
#include "bw-retention.h"
#include "bw-server-log.h"
#include "bw-server-store.h"
#include "bw-sync-server.h"

static const char usage[] =
  "Usage:\n"
  "  buurtwerk-server serve --db PATH --listen HOST:PORT [--tls-cert F --tls-key F] [--max-body BYTES]\n"
  "                         [--max-connections N] [--max-connections-per-address N]\n"
  "                         [--header-timeout S] [--idle-timeout S] [--body-timeout S]\n"
  "                         [--rate PER_SECOND] [--burst N] [--workers N]\n"
  "                         [--retention-months N]\n"
  "  buurtwerk-server purge --db PATH [--retention-months N] [--today YYYY-MM-DD]\n"
  "  buurtwerk-server user add --db PATH --login L --name N --role buurtteam|trainer|partner|coordinator\n"
  "                            [--team T] [--organisation jeugdzorg|vsv]   (password on stdin)\n"
  "  buurtwerk-server user disable --db PATH --login L\n"
  "  buurtwerk-server token new --db PATH --login L [--hours H]\n"
  "  buurtwerk-server token revoke --db PATH [--login L]   (without --login: the token on stdin)\n"
  "  buurtwerk-server epoch renew --db PATH   (after restoring a backup)\n"
  "  buurtwerk-server migrate-db --from PATH --to postgresql://…   (into a new, empty database)\n"
  "PATH is an SQLite file, or a PostgreSQL database as a libpq URI: postgresql://USER@HOST/NAME\n"
  "(the password in ~/.pgpass or PGPASSFILE, never on the command line).\n";

static char *opt_db, *opt_listen, *opt_tls_cert, *opt_tls_key, *opt_login, *opt_name;
static char *opt_role, *opt_team, *opt_organisation;
static gint64 opt_max_body = BW_SYNC_SERVER_DEFAULT_MAX_BODY;
static int opt_hours = BW_SERVER_TOKEN_HOURS;
static int opt_max_connections = BW_SYNC_SERVER_DEFAULT_MAX_CONNECTIONS;
static int opt_max_per_address = BW_SYNC_SERVER_DEFAULT_MAX_PER_ADDRESS;
static int opt_header_timeout = BW_SYNC_SERVER_DEFAULT_HEADER_TIMEOUT;
static int opt_idle_timeout = BW_SYNC_SERVER_DEFAULT_IDLE_TIMEOUT;
static int opt_body_timeout = BW_SYNC_SERVER_DEFAULT_BODY_TIMEOUT;
static double opt_rate = BW_SYNC_SERVER_DEFAULT_RATE;
static double opt_burst = BW_SYNC_SERVER_DEFAULT_BURST;
static int opt_workers = BW_SYNC_SERVER_DEFAULT_WORKERS;
static int opt_retention_months = BW_RETENTION_DEFAULT_MONTHS;
static char *opt_today;
static char *opt_from, *opt_to;

static const GOptionEntry entries[] = {
  { "db", 0, 0, G_OPTION_ARG_FILENAME, &opt_db, "The server database", "PATH" },
  { "listen", 0, 0, G_OPTION_ARG_STRING, &opt_listen, "Address and port (port 0: any free one)", "HOST:PORT" },
  { "tls-cert", 0, 0, G_OPTION_ARG_FILENAME, &opt_tls_cert, "TLS certificate (PEM)", "FILE" },
  { "tls-key", 0, 0, G_OPTION_ARG_FILENAME, &opt_tls_key, "TLS private key (PEM)", "FILE" },
  { "max-body", 0, 0, G_OPTION_ARG_INT64, &opt_max_body, "Largest request body accepted", "BYTES" },
  { "max-connections", 0, 0, G_OPTION_ARG_INT, &opt_max_connections,
    "Open connections at most; a new one beyond is answered 503 (default 200)", "N" },
  { "max-connections-per-address", 0, 0, G_OPTION_ARG_INT, &opt_max_per_address,
    "Open connections from one IP address at most; beyond is answered 503 (default 50)", "N" },
  { "header-timeout", 0, 0, G_OPTION_ARG_INT, &opt_header_timeout,
    "Seconds a new connection has to send its first request's headers (default 10)", "S" },
  { "idle-timeout", 0, 0, G_OPTION_ARG_INT, &opt_idle_timeout,
    "Seconds a kept-alive connection may wait for its next request (default 60)", "S" },
  { "body-timeout", 0, 0, G_OPTION_ARG_INT, &opt_body_timeout,
    "Seconds a client has to send a request body (default 30)", "S" },
  { "rate", 0, 0, G_OPTION_ARG_DOUBLE, &opt_rate,
    "Requests per second per session token; beyond is answered 429 (default 20)", "PER_SECOND" },
  { "burst", 0, 0, G_OPTION_ARG_DOUBLE, &opt_burst,
    "Requests a session token may send at once before --rate applies (default 100)", "N" },
  { "workers", 0, 0, G_OPTION_ARG_INT, &opt_workers,
    "Threads for the database work of requests; 0: on the main loop (default 2)", "N" },
  { "retention-months", 0, 0, G_OPTION_ARG_INT, &opt_retention_months,
    "Closed cases are purged this many months after closing: the municipality's legal norm (default 24)", "N" },
  { "today", 0, 0, G_OPTION_ARG_STRING, &opt_today,
    "purge only: the date to count from instead of today (Europe/Amsterdam)", "YYYY-MM-DD" },
  { "login", 0, 0, G_OPTION_ARG_STRING, &opt_login, "The user's login", "L" },
  { "name", 0, 0, G_OPTION_ARG_STRING, &opt_name, "The user's name", "N" },
  { "role", 0, 0, G_OPTION_ARG_STRING, &opt_role, "buurtteam, trainer, partner or coordinator", "ROLE" },
  { "team", 0, 0, G_OPTION_ARG_STRING, &opt_team, "The buurtteam's team", "T" },
  { "organisation", 0, 0, G_OPTION_ARG_STRING, &opt_organisation, "A partner's organisation", "ORG" },
  { "hours", 0, 0, G_OPTION_ARG_INT, &opt_hours, "How long a new token is valid", "H" },
  { "from", 0, 0, G_OPTION_ARG_FILENAME, &opt_from, "migrate-db: the database to copy", "PATH" },
  { "to", 0, 0, G_OPTION_ARG_FILENAME, &opt_to, "migrate-db: the new database to copy into", "PATH" },
  { NULL }
};

static int
fail (const char *message)
{
  bw_server_log ("%s", message);
  return 1;
}

/* One line from stdin, without its newline: secrets never go on argv,
 * where every user of the machine can read them. */
static char *
read_secret_line (void)
{
  char buffer[1024];
  size_t length;

  if (fgets (buffer, sizeof buffer, stdin) == NULL)
    return NULL;
  length = strlen (buffer);
  while (length > 0 && (buffer[length - 1] == '\n' || buffer[length - 1] == '\r'))
    buffer[--length] = '\0';
  return g_strdup (buffer);
}

static gboolean
quit_on_signal (gpointer user_data)
{
  g_main_loop_quit (user_data);
  return G_SOURCE_REMOVE;
}

/* Retention: one purge, on the calling thread, logged without data. */
static gboolean
purge_now (BwServerStore  *store,
           const char     *today,
           GError        **error)
{
  g_autofree char *date = today ? g_strdup (today) : bw_server_today ();
  guint n = 0;

  if (!bw_server_store_purge (store, opt_retention_months, date, &n, error))
    return FALSE;
  bw_server_log ("purge cases=%u retention_months=%d today=%s",
                 n, opt_retention_months, date);
  return TRUE;
}

/* serve: the purge runs on its own thread with its own connection, never
 * on the main loop; a run still going when the next is due is skipped. */
static gint purge_running;

static gpointer
purge_thread (gpointer data)
{
  g_autofree char *path = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(BwServerStore) store = bw_server_store_open (path, &error);

  if (store == NULL || !purge_now (store, NULL, &error))
    bw_server_log ("error detail=\"purge: %s\"", error->message);
  g_atomic_int_set (&purge_running, 0);
  return NULL;
}

static gboolean
purge_due (gpointer data)
{
  BwServerStore *store = data;

  if (g_atomic_int_compare_and_exchange (&purge_running, 0, 1))
    g_thread_unref (g_thread_new ("purge", purge_thread, g_strdup (bw_server_store_get_path (store))));
  return G_SOURCE_CONTINUE;
}

/* What was served, kept beside the database (bw_server_store_check_served):
 * written when the last sequence moved, at most once a second, and at
 * stop. The feed's 409 sequence_ahead covers the second in between. */
static gint64 served_seq = -1;

static gboolean
save_served (gpointer data)
{
  BwServerStore *store = data;
  g_autoptr(GError) error = NULL;
  gint64 last_seq = bw_server_store_get_last_seq (store);

  if (last_seq == served_seq)
    return G_SOURCE_CONTINUE;
  if (!bw_server_store_save_served (store, &error))
    bw_server_log ("error detail=\"served state: %s\"", error->message);
  else
    served_seq = last_seq;
  return G_SOURCE_CONTINUE;
}

static int
serve (BwServerStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BwSyncServer) server = NULL;
  g_autoptr(GTlsCertificate) certificate = NULL;
  g_autoptr(GMainLoop) loop = NULL;
  g_autofree char *host = NULL;
  g_autofree char *url = NULL;
  const char *colon;
  guint64 port;

  if (opt_listen == NULL || (colon = strrchr (opt_listen, ':')) == NULL ||
      !g_ascii_string_to_unsigned (colon + 1, 10, 0, 65535, &port, NULL))
    return fail ("--listen HOST:PORT is needed, for example --listen 127.0.0.1:8470");
  if ((opt_tls_cert == NULL) != (opt_tls_key == NULL))
    return fail ("--tls-cert and --tls-key go together");
  if (opt_max_body < 1024)
    return fail ("--max-body must be at least 1024 bytes");
  if (opt_workers < 0 || opt_workers > 64)
    return fail ("--workers must be 0 to 64");
  if (opt_max_connections < 1)
    return fail ("--max-connections must be at least 1");
  if (opt_max_per_address < 1)
    return fail ("--max-connections-per-address must be at least 1");
  if (opt_header_timeout < 1 || opt_header_timeout > 3600 ||
      opt_idle_timeout < 1 || opt_idle_timeout > 3600 ||
      opt_body_timeout < 1 || opt_body_timeout > 3600)
    return fail ("--header-timeout, --idle-timeout and --body-timeout must be 1 to 3600 seconds");
  if (!(opt_rate > 0) || !(opt_burst >= 1))
    return fail ("--rate must be above 0 and --burst at least 1");
  if (opt_retention_months < 1 || opt_retention_months > 1200)
    return fail ("--retention-months must be 1 to 1200");
  host = g_strndup (opt_listen, colon - opt_listen);

  /* A database that went back (a backup restored without epoch renew)
   * is not served: desktops would wait for sequence numbers that will
   * mean other changes. The operator renews the epoch and starts again. */
  if (!bw_server_store_check_served (store, &error))
    return fail (error->message);
  if (!bw_server_store_save_served (store, &error))
    return fail (error->message);
  served_seq = bw_server_store_get_last_seq (store);

  if (opt_tls_cert != NULL)
    {
      certificate = g_tls_certificate_new_from_files (opt_tls_cert, opt_tls_key, &error);
      if (certificate == NULL)
        return fail (error->message);
    }

  server = bw_sync_server_new (store, opt_max_body);
  bw_sync_server_set_limits (server, opt_max_connections, opt_rate, opt_burst);
  bw_sync_server_set_connection_limits (server, opt_max_per_address, opt_header_timeout,
                                        opt_idle_timeout, opt_body_timeout);
  bw_sync_server_set_workers (server, opt_workers);
  if (!bw_sync_server_listen (server, host, port, certificate, &error))
    return fail (error->message);

  url = bw_sync_server_get_url (server);
  /* The one line on stdout, for scripts and tests that need the port. */
  printf ("listening on %s\n", url);
  fflush (stdout);
  bw_server_log ("started epoch=%s last_seq=%" G_GINT64_FORMAT
                 " max_connections=%d max_per_address=%d header_timeout=%d idle_timeout=%d body_timeout=%d"
                 " rate=%g burst=%g workers=%d",
                 bw_server_store_get_epoch (store), bw_server_store_get_last_seq (store),
                 opt_max_connections, opt_max_per_address, opt_header_timeout, opt_idle_timeout,
                 opt_body_timeout, opt_rate, opt_burst, opt_workers);

  /* Retention: at start and then daily. */
  purge_due (store);
  g_timeout_add_seconds (24 * 60 * 60, purge_due, store);
  g_timeout_add_seconds (1, save_served, store);

  loop = g_main_loop_new (NULL, FALSE);
  g_unix_signal_add (SIGINT, quit_on_signal, loop);
  g_unix_signal_add (SIGTERM, quit_on_signal, loop);
  g_main_loop_run (loop);

  bw_sync_server_disconnect (server);
  save_served (store);
  /* Its workers' connections closed first: then the WAL is written into
   * the file, so a stopped server's database file is whole by itself (a
   * copy of it is a backup; docs/deployment.md). */
  g_clear_object (&server);
  if (!bw_server_store_checkpoint (store, &error))
    bw_server_log ("error detail=\"checkpoint: %s\"", error->message);
  bw_server_log ("stopped");
  return 0;
}

static int
user_add (BwServerStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *password = NULL;
  BwRole role;

  if (opt_login == NULL || opt_name == NULL || opt_role == NULL)
    return fail ("user add needs --login, --name and --role");
  if (!bw_role_from_key (opt_role, &role))
    return fail ("--role is one of buurtteam, trainer, partner, coordinator");
  if (isatty (STDIN_FILENO))
    fprintf (stderr, "Password: ");
  password = read_secret_line ();
  if (password == NULL)
    return fail ("The password is read from stdin; none was given");
  if (bw_server_store_add_user (store, opt_login, opt_name, role, opt_team, opt_organisation,
                                password, &error) == 0)
    return fail (error->message);
  memset (password, 0, strlen (password));
  return 0;
}

static int
token_new (BwServerStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BwServerUser) user = NULL;
  g_autofree char *token = NULL;

  if (opt_login == NULL)
    return fail ("token new needs --login");
  if (opt_hours < 1 || opt_hours > 24 * 366)
    return fail ("--hours must be 1 to 8784");
  user = bw_server_store_find_user (store, opt_login, NULL);
  if (user == NULL || user->disabled)
    return fail ("No such login, or the account is disabled");
  token = bw_server_store_new_token (store, user->id,
                                     g_get_real_time () / G_USEC_PER_SEC + (gint64) opt_hours * 3600,
                                     &error);
  if (token == NULL)
    return fail (error->message);
  printf ("%s\n", token);
  return 0;
}

static int
token_revoke (BwServerStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *token = NULL;

  if (opt_login != NULL)
    {
      if (bw_server_store_find_user (store, opt_login, NULL) == NULL)
        return fail ("No such login");
      if (!bw_server_store_revoke_user_tokens (store, opt_login, &error))
        return fail (error->message);
      return 0;
    }
  token = read_secret_line ();
  if (token == NULL || !bw_server_store_revoke_token (store, token, &error))
    return fail (error ? error->message : "The token is read from stdin; none was given");
  return 0;
}

/* migrate-db: the source as it is (migrated to this version first), into
 * a new database. Serve neither while it runs. */
static int
migrate_db (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BwServerStore) from = NULL;
  g_autoptr(BwServerStore) to = NULL;
  g_autoptr(GString) report = g_string_new (NULL);

  if (opt_from == NULL || opt_to == NULL)
    return fail ("migrate-db needs --from and --to");
  if (g_str_equal (opt_from, opt_to))
    return fail ("--from and --to are the same database");
  from = bw_server_store_open (opt_from, &error);
  if (from == NULL)
    return fail (error->message);
  to = bw_server_store_open (opt_to, &error);
  if (to == NULL)
    return fail (error->message);
  if (!bw_server_store_copy_into (from, to, report, &error))
    return fail (error->message);
  bw_server_log ("migrate-db done epoch=%s last_seq=%" G_GINT64_FORMAT " %s",
                 bw_server_store_get_epoch (to), bw_server_store_get_last_seq (to), report->str);
  return 0;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BwServerStore) store = NULL;
  g_autofree char *command = NULL;

  setlocale (LC_ALL, "");
  /* Every log line, ours and GLib's, in the server's one shape. */
  g_log_set_writer_func (bw_server_log_writer, NULL, NULL);

  if (argc >= 2 && (g_str_equal (argv[1], "serve") || g_str_equal (argv[1], "purge") ||
                    g_str_equal (argv[1], "migrate-db")))
    command = g_strdup (argv[1]);
  else if (argc >= 3)
    command = g_strdup_printf ("%s %s", argv[1], argv[2]);
  else
    {
      fputs (usage, stderr);
      return 2;
    }

  context = g_option_context_new (command);
  g_option_context_add_main_entries (context, entries, NULL);
  g_option_context_set_summary (context, usage);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return fail (error->message);
  if (g_str_equal (command, "migrate-db"))
    return migrate_db ();
  if (opt_db == NULL)
    return fail ("--db PATH is needed");

  store = bw_server_store_open (opt_db, &error);
  if (store == NULL)
    return fail (error->message);

  if (g_str_equal (command, "serve"))
    return serve (store);
  if (g_str_equal (command, "purge"))
    {
      if (opt_retention_months < 1 || opt_retention_months > 1200)
        return fail ("--retention-months must be 1 to 1200");
      if (opt_today != NULL && !bw_date_is_iso_date (opt_today))
        return fail ("--today must be a date YYYY-MM-DD");
      if (!purge_now (store, opt_today, &error))
        return fail (error->message);
      return 0;
    }
  if (g_str_equal (command, "user add"))
    return user_add (store);
  if (g_str_equal (command, "user disable"))
    {
      if (opt_login == NULL)
        return fail ("user disable needs --login");
      if (!bw_server_store_disable_user (store, opt_login, &error))
        return fail (error->message);
      return 0;
    }
  if (g_str_equal (command, "token new"))
    return token_new (store);
  if (g_str_equal (command, "token revoke"))
    return token_revoke (store);
  if (g_str_equal (command, "epoch renew"))
    {
      if (!bw_server_store_renew_epoch (store, &error))
        return fail (error->message);
      printf ("%s\n", bw_server_store_get_epoch (store));
      return 0;
    }

  fputs (usage, stderr);
  return 2;
}
