/* br-startup-probe.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdio.h>

#include "br-startup-probe.h"

/* When BR_BENCH_STARTUP is set (only tests/bench/bench-startup sets it), the
 * window prints the monotonic time of its first painted frame, waits for
 * the application to settle, prints its resident memory and closes. In a
 * normal run this is one getenv() per window. */

#define IDLE_SECONDS 3

static long
resident_kb (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return -1;
  line = strstr (status, "VmRSS:");
  return line ? strtol (line + strlen ("VmRSS:"), NULL, 10) : -1;
}

static gboolean
report_memory (gpointer user_data)
{
  GtkWindow *window = user_data;

  g_print ("rss-kb %ld\n", resident_kb ());
  fflush (stdout);
  gtk_window_close (window);
  return G_SOURCE_REMOVE;
}

static void
after_paint (GdkFrameClock *clock,
             GtkWindow     *window)
{
  g_print ("first-frame-us %" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  fflush (stdout);
  g_signal_handlers_disconnect_by_func (clock, after_paint, window);
  g_timeout_add_seconds_full (G_PRIORITY_DEFAULT, IDLE_SECONDS, report_memory,
                              g_object_ref (window), g_object_unref);
}

static void
window_mapped (GtkWidget *widget)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);

  g_signal_handlers_disconnect_by_func (widget, window_mapped, NULL);
  g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint), widget);
}

/**
 * br_startup_probe_attach:
 * @window: a window about to be shown
 *
 * Makes @window report its start-up figures when the benchmark asks.
 */
void
br_startup_probe_attach (GtkWindow *window)
{
  if (g_getenv ("BR_BENCH_STARTUP") == NULL)
    return;
  g_signal_connect (window, "map", G_CALLBACK (window_mapped), NULL);
}
