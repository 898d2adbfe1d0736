/* br-test-locale.c — see br-test-locale.h
 *
 * The estimator must read and write numbers the same way in every locale;
 * the test of that runs in German, where the decimal separator is a comma.
 * Build machines often have only C.UTF-8, so when de_DE.UTF-8 is missing
 * it is compiled once with localedef into a temporary folder that LOCPATH
 * points at (glibc reads LOCPATH at each setlocale()).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <locale.h>
#include <stdlib.h>

#include "br-test-locale.h"

#define GERMAN "de_DE.UTF-8"

static char *locale_dir;

/**
 * br_test_german_locale_path:
 *
 * Returns: (nullable): the LOCPATH folder that holds the German locale
 *   this process compiled, or %NULL when the system has it (or none)
 */
const char *
br_test_german_locale_path (void)
{
  return locale_dir;
}

static gboolean
compile_german (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *target = NULL;
  g_autofree char *err = NULL;
  int status = 0;

  locale_dir = g_dir_make_tmp ("bar-raiser-locale-XXXXXX", &error);
  if (locale_dir == NULL)
    return FALSE;
  target = g_build_filename (locale_dir, GERMAN, NULL);
  {
    const char *argv[] = { "localedef", "-i", "de_DE", "-f", "UTF-8", target, NULL };

    if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL,
                       NULL, NULL, NULL, &err, &status, &error))
      {
        g_test_message ("localedef: %s", error->message);
        return FALSE;
      }
  }
  /* localedef exits 1 on mere warnings; what counts is whether it made one */
  if (!g_file_test (target, G_FILE_TEST_IS_DIR))
    {
      g_test_message ("localedef made no locale: %s", err);
      return FALSE;
    }
  g_setenv ("LOCPATH", locale_dir, TRUE);
  return TRUE;
}

/**
 * br_test_use_german_locale:
 *
 * Switches the whole process to de_DE.UTF-8, compiling it if need be.
 *
 * Returns: whether it could; the caller skips its test when not
 */
gboolean
br_test_use_german_locale (void)
{
  if (setlocale (LC_ALL, GERMAN) != NULL)
    return TRUE;
  if (locale_dir == NULL && !compile_german ())
    return FALSE;
  return setlocale (LC_ALL, GERMAN) != NULL;
}
