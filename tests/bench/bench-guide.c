/* bench-guide.c — how long loading the built-in guide takes
 *
 * Parses and validates the guide compiled into the app RUNS times (default
 * 200) and prints the median and the slowest load. Not a test: it prints.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdlib.h>

#include "br-guide.h"

static int
compare_gint64 (gconstpointer a,
                gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;
  return (x > y) - (x < y);
}

int
main (int   argc,
      char *argv[])
{
  int runs = argc > 1 ? atoi (argv[1]) : 200;
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GBytes) bytes = NULL;

  if (runs < 1)
    runs = 200;

  bytes = g_resources_lookup_data (APP_PATH "content/guide.json", 0, NULL);
  g_assert (bytes != NULL);

  for (int i = 0; i < runs; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(BrGuide) guide = NULL;
      gint64 start = g_get_monotonic_time ();
      gint64 spent;

      guide = br_guide_new_builtin (&error);
      spent = g_get_monotonic_time () - start;
      if (guide == NULL)
        {
          g_printerr ("bench-guide: %s\n", error->message);
          return 1;
        }
      g_array_append_val (times, spent);
    }

  g_array_sort (times, compare_gint64);
  g_print ("built-in guide: %" G_GSIZE_FORMAT " bytes, %d loads\n", g_bytes_get_size (bytes), runs);
  g_print ("median %.2f ms, slowest %.2f ms\n",
           g_array_index (times, gint64, times->len / 2) / 1000.0,
           g_array_index (times, gint64, times->len - 1) / 1000.0);
  return 0;
}
