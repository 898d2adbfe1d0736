/* bench-startup.c — time from start to the first painted frame, and
 * resident memory at idle, for Bar Raiser next to a bare
 * AdwApplicationWindow. Run it with a display, e.g.
 *
 *   xvfb-run -a -s '-screen 0 1280x800x24' _build/tests/bench/bench-startup [RUNS]
 *
 * Each program is started RUNS times (default 15), alternating, and the
 * medians are printed. This is a benchmark, not a test: it prints figures.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <gio/gio.h>
#include <stdlib.h>

typedef struct {
  const char *name;
  const char *path;
  GArray *startup_ms;
  GArray *rss_kb;
} Program;

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

static double
median (GArray *values)
{
  g_array_sort (values, compare_double);
  if (values->len == 0)
    return 0;
  if (values->len % 2)
    return g_array_index (values, double, values->len / 2);
  return (g_array_index (values, double, values->len / 2 - 1) +
          g_array_index (values, double, values->len / 2)) / 2;
}

static gboolean
run_once (Program  *program,
          GError  **error)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  g_autoptr(GSubprocess) process = NULL;
  g_autofree char *out = NULL;
  g_auto(GStrv) lines = NULL;
  gint64 start, frame = 0;
  long rss = -1;

  g_subprocess_launcher_setenv (launcher, "BR_BENCH_STARTUP", "1", TRUE);
  g_subprocess_launcher_setenv (launcher, "GSETTINGS_BACKEND", "memory", TRUE);
  g_subprocess_launcher_setenv (launcher, "GSETTINGS_SCHEMA_DIR", SCHEMA_DIR, TRUE);
  g_subprocess_launcher_setenv (launcher, "GSK_RENDERER", "cairo", FALSE);
  g_subprocess_launcher_setenv (launcher, "NO_AT_BRIDGE", "1", TRUE);

  start = g_get_monotonic_time ();
  process = g_subprocess_launcher_spawn (launcher, error, program->path, NULL);
  if (process == NULL)
    return FALSE;
  if (!g_subprocess_communicate_utf8 (process, NULL, NULL, &out, NULL, error))
    return FALSE;

  lines = g_strsplit (out, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    {
      if (g_str_has_prefix (lines[i], "first-frame-us "))
        frame = g_ascii_strtoll (lines[i] + 15, NULL, 10);
      else if (g_str_has_prefix (lines[i], "rss-kb "))
        rss = strtol (lines[i] + 7, NULL, 10);
    }

  if (frame == 0 || rss < 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   "%s printed no figures (is there a display?)", program->path);
      return FALSE;
    }

  g_array_append_val (program->startup_ms, ((double) { (frame - start) / 1000.0 }));
  g_array_append_val (program->rss_kb, ((double) { (double) rss }));
  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int runs = argc > 1 ? atoi (argv[1]) : 15;
  Program programs[] = {
    { "bare AdwApplicationWindow", BARE_PATH, NULL, NULL },
    { "Bar Raiser", APP_PATH_BIN, NULL, NULL },
  };
  double base_ms, base_kb;

  if (runs < 1)
    runs = 15;
  for (guint p = 0; p < G_N_ELEMENTS (programs); p++)
    {
      programs[p].startup_ms = g_array_new (FALSE, FALSE, sizeof (double));
      programs[p].rss_kb = g_array_new (FALSE, FALSE, sizeof (double));
    }

  /* One warm-up run each fills the page cache and the font cache */
  for (int r = -1; r < runs; r++)
    for (guint p = 0; p < G_N_ELEMENTS (programs); p++)
      {
        if (!run_once (&programs[p], &error))
          {
            g_printerr ("bench-startup: %s\n", error->message);
            return 1;
          }
        if (r < 0)
          {
            g_array_set_size (programs[p].startup_ms, 0);
            g_array_set_size (programs[p].rss_kb, 0);
          }
      }

  base_ms = median (programs[0].startup_ms);
  base_kb = median (programs[0].rss_kb);
  g_print ("%d runs each, medians\n", runs);
  g_print ("%-28s %14s %8s %14s %12s\n", "program", "first frame", "ratio", "RSS at idle", "difference");
  for (guint p = 0; p < G_N_ELEMENTS (programs); p++)
    {
      double ms = median (programs[p].startup_ms);
      double kb = median (programs[p].rss_kb);

      g_print ("%-28s %11.1f ms %7.2fx %11.1f MB %+9.1f MB\n",
               programs[p].name, ms, ms / base_ms, kb / 1024, (kb - base_kb) / 1024);
      g_array_unref (programs[p].startup_ms);
      g_array_unref (programs[p].rss_kb);
    }
  return 0;
}
