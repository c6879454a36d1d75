/* SPDX-License-Identifier: EUPL-1.2 */
/* A main() for the harnesses when they are built without libFuzzer (gcc,
 * the normal build): runs every file given, or every file in every
 * directory given, through LLVMFuzzerTestOneInput once. This is how the
 * seed corpus and each crash found earlier stay regression tests in
 * `meson test`, under any compiler and under valgrind. Prints TAP. */

#include <stdio.h>
#include <glib.h>
#include <glib/gstdio.h>

#include "fuzz-common.h"

static guint n_run;

static void
run_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  if (!g_file_get_contents (path, &contents, &length, &error))
    {
      printf ("not ok %u - %s: %s\n", ++n_run, path, error->message);
      exit (1);
    }
  /* A crash aborts here, and the test fails with the file in its log. */
  printf ("# %s\n", path);
  fflush (stdout);
  LLVMFuzzerTestOneInput ((const uint8_t *) contents, length);
  printf ("ok %u - %s\n", ++n_run, path);
}

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

int
main (int    argc,
      char **argv)
{
  LLVMFuzzerInitialize (&argc, &argv);

  for (int i = 1; i < argc; i++)
    {
      g_autoptr(GDir) dir = NULL;
      g_autoptr(GPtrArray) paths = NULL;
      const char *name;

      if (!g_file_test (argv[i], G_FILE_TEST_IS_DIR))
        {
          run_file (argv[i]);
          continue;
        }
      dir = g_dir_open (argv[i], 0, NULL);
      paths = g_ptr_array_new_with_free_func (g_free);
      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        g_ptr_array_add (paths, g_build_filename (argv[i], name, NULL));
      /* A stable order, so that a log reads the same run after run. */
      g_ptr_array_sort (paths, compare_paths);
      for (guint j = 0; j < paths->len; j++)
        run_file (g_ptr_array_index (paths, j));
    }
  printf ("1..%u\n", n_run);
  return 0;
}
