/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-demo"
/* buurtwerk-demo: the demo accounts and the demo planning of the local
 * demo server that build-aux/run-app starts (and the test that holds a
 * fresh demo to a clean first sync, tests/sync/test-demo-first-sync.c).
 *
 * Everyone makes only what their role may make, and it reaches the
 * others through the server, as on a real working day: the trainer's
 * desktop plans the offers and their sessions, the team's desktop refers
 * its residents to them, the trainer places the referred. So every
 * desktop's first sync of a fresh demo has nothing refused and no
 * conflict. A tool for developers, never installed: its messages are not
 * translated (like the server's admin commands). */
#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "bw-case-store.h"
#include "bw-demo-data.h"
#include "bw-sync-engine.h"

static const char usage[] =
  "Usage:\n"
  "  buurtwerk-demo accounts --server-exe PATH --server-db PATH\n"
  "      adds the demo accounts (an existing login is left as it is)\n"
  "  buurtwerk-demo seed --server-exe PATH --server-db PATH --url URL --datadir DIR\n"
  "      fills DIR/buurtwerk.db (the team's desktop, account demo) and\n"
  "      DIR/as-trainer/buurtwerk.db (account trainer) and syncs them with the\n"
  "      server at URL (on this computer); nothing when DIR/buurtwerk.db\n"
  "      already holds data\n";

/* The demo accounts; all have the password buurtwerk-demo. */
#define DEMO_PASSWORD "buurtwerk-demo"

static const struct {
  const char *login;
  const char *name;
  const char *role;
  const char *team;
  const char *organisation;
} accounts[] = {
  { "demo", "Demo buurtteam", "buurtteam", "hoensbroek", NULL },
  /* A colleague in the same team, to hand cases over to. */
  { "collega", "Lotte Hendriks", "buurtteam", "hoensbroek", NULL },
  { "vsv", "Demo VSV-bureau", "partner", NULL, "vsv" },
  { "jeugdzorg", "Demo Jeugdzorg", "partner", NULL, "jeugdzorg" },
  { "coordinator", "Demo coördinator", "coordinator", "hoensbroek", NULL },
  { "trainer", "Demo trainer", "trainer", NULL, NULL },
};

static char *opt_server_exe, *opt_server_db, *opt_url, *opt_datadir;

static const GOptionEntry entries[] = {
  { "server-exe", 0, 0, G_OPTION_ARG_FILENAME, &opt_server_exe, "The buurtwerk-server program", "PATH" },
  { "server-db", 0, 0, G_OPTION_ARG_FILENAME, &opt_server_db, "The demo server's database", "PATH" },
  { "url", 0, 0, G_OPTION_ARG_STRING, &opt_url, "The demo server (on this computer)", "URL" },
  { "datadir", 0, 0, G_OPTION_ARG_FILENAME, &opt_datadir, "The folder of the demo desktops' databases", "DIR" },
  { NULL }
};

static int
fail (const char *what,
      const GError *error)
{
  g_printerr ("buurtwerk-demo: %s%s%s\n", what, error ? ": " : "", error ? error->message : "");
  return 1;
}

static int
add_accounts (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (accounts); i++)
    {
      g_autoptr(GPtrArray) argv = g_ptr_array_new ();
      g_autoptr(GSubprocess) proc = NULL;
      g_autoptr(GError) error = NULL;

      g_ptr_array_add (argv, opt_server_exe);
      g_ptr_array_add (argv, "user");
      g_ptr_array_add (argv, "add");
      g_ptr_array_add (argv, "--db");
      g_ptr_array_add (argv, opt_server_db);
      g_ptr_array_add (argv, "--login");
      g_ptr_array_add (argv, (char *) accounts[i].login);
      g_ptr_array_add (argv, "--name");
      g_ptr_array_add (argv, (char *) accounts[i].name);
      g_ptr_array_add (argv, "--role");
      g_ptr_array_add (argv, (char *) accounts[i].role);
      if (accounts[i].team != NULL)
        {
          g_ptr_array_add (argv, "--team");
          g_ptr_array_add (argv, (char *) accounts[i].team);
        }
      if (accounts[i].organisation != NULL)
        {
          g_ptr_array_add (argv, "--organisation");
          g_ptr_array_add (argv, (char *) accounts[i].organisation);
        }
      g_ptr_array_add (argv, NULL);

      /* The password on stdin, as the admin command wants it; an
       * existing login is refused by it and stays as it is. */
      proc = g_subprocess_newv ((const char * const *) argv->pdata,
                                G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_SILENCE |
                                G_SUBPROCESS_FLAGS_STDERR_SILENCE, &error);
      if (proc == NULL ||
          !g_subprocess_communicate_utf8 (proc, DEMO_PASSWORD "\n", NULL, NULL, NULL, &error))
        return fail ("the server's user add could not run", error);
    }
  return 0;
}

/* A short session for @login, from the server's admin command: secrets
 * never go on a command line. */
static char *
new_token (const char  *login,
           GError     **error)
{
  const char *argv[] = { opt_server_exe, "token", "new", "--db", opt_server_db, "--login", login,
                         "--hours", "1", NULL };
  g_autoptr(GSubprocess) proc = NULL;
  g_autofree char *out = NULL;

  proc = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDOUT_PIPE, error);
  if (proc == NULL || !g_subprocess_communicate_utf8 (proc, NULL, NULL, &out, NULL, error))
    return NULL;
  if (!g_subprocess_get_successful (proc) || out == NULL || *g_strstrip (out) == '\0')
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "no session for the demo account %s", login);
      return NULL;
    }
  return g_steal_pointer (&out);
}

typedef struct {
  gboolean done;
  GError *error;
} SyncWait;

static void
sync_done (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  SyncWait *wait = user_data;

  bw_sync_engine_sync_finish (BW_SYNC_ENGINE (source), result, &wait->error);
  wait->done = TRUE;
}

/* One sync to its end; anything refused, set aside or in conflict is an
 * error: the demo must start clean. */
static gboolean
sync_clean (BwSyncEngine  *engine,
            const char    *who,
            GError       **error)
{
  SyncWait wait = { 0 };
  g_autoptr(GListModel) problems = NULL;
  g_autoptr(GListModel) conflicts = NULL;
  g_autoptr(GListModel) set_aside = NULL;

  bw_sync_engine_sync_async (engine, NULL, sync_done, &wait);
  while (!wait.done)
    g_main_context_iteration (NULL, TRUE);
  if (wait.error != NULL)
    {
      g_propagate_prefixed_error (error, wait.error, "the %s desktop's sync: ", who);
      return FALSE;
    }
  problems = bw_sync_engine_list_problems (engine);
  conflicts = bw_sync_engine_list_conflicts (engine);
  set_aside = bw_sync_engine_list_set_aside (engine);
  if (g_list_model_get_n_items (problems) + g_list_model_get_n_items (conflicts) +
      g_list_model_get_n_items (set_aside) > 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   "the %s desktop's sync: %u refused, %u in conflict, %u set aside", who,
                   g_list_model_get_n_items (problems), g_list_model_get_n_items (conflicts),
                   g_list_model_get_n_items (set_aside));
      return FALSE;
    }
  return TRUE;
}

static BwSyncEngine *
engine_for (BwCaseStore  *store,
            const char   *login,
            GError      **error)
{
  g_autoptr(BwSyncEngine) engine = bw_sync_engine_new (store, error);
  g_autofree char *token = NULL;

  if (engine == NULL)
    return NULL;
  token = new_token (login, error);
  if (token == NULL)
    return NULL;
  bw_sync_engine_set_server (engine, opt_url, token);
  return g_steal_pointer (&engine);
}

static int
seed (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *team_path = g_build_filename (opt_datadir, "buurtwerk.db", NULL);
  g_autofree char *trainer_dir = g_build_filename (opt_datadir, "as-trainer", NULL);
  g_autofree char *trainer_path = g_build_filename (trainer_dir, "buurtwerk.db", NULL);
  g_autoptr(BwCaseStore) team = NULL;
  g_autoptr(BwCaseStore) trainer = NULL;
  g_autoptr(BwSyncEngine) team_sync = NULL;
  g_autoptr(BwSyncEngine) trainer_sync = NULL;
  g_autofree char *team_demo = NULL;
  g_autofree char *trainer_demo = NULL;

  if (g_mkdir_with_parents (trainer_dir, 0700) != 0)
    return fail ("cannot create the trainer's folder", NULL);
  team = bw_case_store_open (team_path, "Demo buurtteam", &error);
  if (team == NULL)
    return fail ("the team's database", error);
  team_demo = bw_case_store_get_meta (team, "demo_data");
  if (team_demo != NULL || bw_case_store_count_cases (team) > 0)
    return 0;   /* seeded before, or real data: never touched again */
  trainer = bw_case_store_open (trainer_path, "Demo trainer", &error);
  if (trainer == NULL)
    return fail ("the trainer's database", error);
  trainer_demo = bw_case_store_get_meta (trainer, "demo_data");

  if ((team_sync = engine_for (team, "demo", &error)) == NULL ||
      (trainer_sync = engine_for (trainer, "trainer", &error)) == NULL)
    return fail ("the demo server", error);

  /* 1. The trainer plans the offers and their sessions (this week's and
   *    around it) and sends them. */
  if (trainer_demo == NULL &&
      (!bw_demo_data_fill_offers (trainer, NULL, &error) ||
       !bw_case_store_set_meta (trainer, "demo_data", "added", &error)))
    return fail ("the trainer's demo planning", error);
  if (!sync_clean (trainer_sync, "trainer's", &error))
    return fail ("the demo planning", error);

  /* 2. The team's desktop: its demo cases go to the server and the offers
   *    arrive; then it refers residents to them, as a member does. */
  if (!bw_demo_data_fill (team, BW_DEMO_CASES, BW_DEMO_SEED, &error) ||
      !bw_case_store_set_meta (team, "demo_data", "added", &error) ||
      !sync_clean (team_sync, "team's", &error) ||
      !bw_demo_data_refer (team, &error) ||
      !sync_clean (team_sync, "team's", &error))
    return fail ("the team's demo cases and referrals", error);

  /* 3. The trainer receives the referrals and places them. */
  if (!sync_clean (trainer_sync, "trainer's", &error) ||
      !bw_demo_data_place (trainer, &error) ||
      !sync_clean (trainer_sync, "trainer's", &error))
    return fail ("the trainer's placements", error);
  return 0;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  const char *command;

  setlocale (LC_ALL, "");
  /* The journal notes of the referrals are written in the language of the
   * demo, as the app writes them (BUURTWERK_LOCALEDIR: the build tree's). */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("BUURTWERK_LOCALEDIR") ? g_getenv ("BUURTWERK_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  if (argc < 2 || (!g_str_equal (argv[1], "accounts") && !g_str_equal (argv[1], "seed")))
    {
      fputs (usage, stderr);
      return 2;
    }
  command = argv[1];
  context = g_option_context_new (command);
  g_option_context_add_main_entries (context, entries, NULL);
  g_option_context_set_summary (context, usage);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return fail ("options", error);
  if (opt_server_exe == NULL || opt_server_db == NULL)
    return fail ("--server-exe and --server-db are needed", NULL);
  if (g_str_equal (command, "accounts"))
    return add_accounts ();
  if (opt_url == NULL || opt_datadir == NULL)
    return fail ("seed needs --url and --datadir", NULL);
  return seed ();
}
