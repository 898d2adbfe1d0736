/* fuzz-main.c — replays inputs through a fuzz target without libFuzzer
 *
 * Usage: fuzz-TARGET-replay FILE-OR-DIRECTORY...
 *
 * Every file named, and every file in the directories named (not
 * recursively), is given to LLVMFuzzerTestOneInput() in a buffer of exactly
 * its size, so that a sanitizer build catches reads past the end. This is
 * how the seed corpora and the malformed fixtures run in every build.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

static gboolean
replay_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree uint8_t *data = NULL;
  gsize size;

  if (!g_file_get_contents (path, &contents, &size, &error))
    {
      g_printerr ("%s\n", error->message);
      return FALSE;
    }

  /* g_file_get_contents() adds a NUL; the target must not rely on it */
  data = g_malloc (MAX (size, 1));
  memcpy (data, contents, size);
  g_clear_pointer (&contents, g_free);

  g_print ("%s (%" G_GSIZE_FORMAT " bytes)\n", path, size);
  LLVMFuzzerTestOneInput (data, size);
  return TRUE;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static gboolean
replay_dir (const char *path,
            guint      *n_inputs)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = g_dir_open (path, 0, &error);
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  const char *name;
  gboolean ok = TRUE;

  if (dir == NULL)
    {
      g_printerr ("%s\n", error->message);
      return FALSE;
    }

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file = g_build_filename (path, name, NULL);

      if (g_file_test (file, G_FILE_TEST_IS_REGULAR))
        g_ptr_array_add (files, g_steal_pointer (&file));
    }

  /* The same order every run */
  g_ptr_array_sort (files, compare_names);
  for (guint i = 0; i < files->len; i++)
    {
      if (replay_file (g_ptr_array_index (files, i)))
        (*n_inputs)++;
      else
        ok = FALSE;
    }
  return ok;
}

int
main (int   argc,
      char *argv[])
{
  guint n_inputs = 0;
  gboolean ok = TRUE;

  if (argc < 2)
    {
      g_printerr ("Usage: %s FILE-OR-DIRECTORY...\n", argv[0]);
      return 2;
    }

  for (int i = 1; i < argc; i++)
    {
      if (g_file_test (argv[i], G_FILE_TEST_IS_DIR))
        ok &= replay_dir (argv[i], &n_inputs);
      else if (replay_file (argv[i]))
        n_inputs++;
      else
        ok = FALSE;
    }

  g_print ("replayed %u inputs\n", n_inputs);
  return ok && n_inputs > 0 ? 0 : 1;
}
