/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-app"
#include "config.h"

#include <locale.h>

#include <glib/gi18n.h>

#include "bw-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(BwApplication) app = NULL;

  const char *localedir = g_getenv ("BUURTWERK_LOCALEDIR");

  setlocale (LC_ALL, "");
  /* BUURTWERK_LOCALEDIR lets the build tree's translations be used before
   * installation (make run, the screenshot script). */
  bindtextdomain (GETTEXT_PACKAGE, localedir ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_set_application_name (_("Buurtwerk"));

  app = bw_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
