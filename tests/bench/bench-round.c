/* bench-round.c — what a running round costs: wake-ups and CPU time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs a real round (system clock) with a #BrRoundTicker for N seconds
 * (argv[1], default 20), then pauses it for N/2 seconds, and prints for
 * each part the main loop's wake-ups per minute (polls that returned,
 * counted by a poll function wrapped around GLib's), the ticker's wake-ups
 * per minute, how late after the whole second the ticks came, and the
 * process's CPU time (user + system, getrusage) as a share of the wall
 * time. The target: one wake-up a second while running, aligned to the
 * second, under 0.5% CPU; none while paused.
 *
 * Each part also has one wake-up of its own: the timeout that ends it.
 */
#include <errno.h>
#include <stdlib.h>
#include <sys/resource.h>

#include "br-guide.h"
#include "br-round.h"
#include "br-round-ticker.h"

static GPollFunc default_poll;
static guint64 n_polls;

static gint
counting_poll (GPollFD *fds,
               guint    n_fds,
               gint     timeout)
{
  gint result = default_poll (fds, n_fds, timeout);

  n_polls++;
  return result;
}

typedef struct {
  guint64 n_ticks;
  gint64 late_sum;      /* microseconds past the whole second, at each tick */
  gint64 late_max;
  char *last_text;      /* what a view would show */
} Ticks;

static void
on_tick (BrRoundTicker *ticker,
         Ticks         *ticks)
{
  BrRound *round = br_round_ticker_get_round (ticker);
  gint64 late = G_USEC_PER_SEC - br_round_get_until_next_second (round);

  /* late is in [0, 1 s): a tick that came before its second would show
   * as almost a whole second late */
  ticks->n_ticks++;
  ticks->late_sum += late;
  ticks->late_max = MAX (ticks->late_max, late);

  /* The work a view does on a tick: format the phase's and the round's
   * time */
  g_free (ticks->last_text);
  ticks->last_text = br_round_format_time (br_round_get_phase_remaining (round));
  g_free (br_round_format_time (br_round_get_remaining (round)));
}

static gint64
cpu_time (void)
{
  struct rusage usage;

  if (getrusage (RUSAGE_SELF, &usage) != 0)
    g_error ("getrusage: %s", g_strerror (errno));

  return (gint64) usage.ru_utime.tv_sec * G_USEC_PER_SEC + usage.ru_utime.tv_usec
         + (gint64) usage.ru_stime.tv_sec * G_USEC_PER_SEC + usage.ru_stime.tv_usec;
}

static gboolean
quit_loop (gpointer user_data)
{
  g_main_loop_quit (user_data);
  return G_SOURCE_REMOVE;
}

static void
measure (const char    *what,
         BrRoundTicker *ticker,
         Ticks         *ticks,
         guint          seconds)
{
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  guint64 polls_before = n_polls;
  guint64 wakeups_before = br_round_ticker_get_n_wakeups (ticker);
  gint64 wall_before, cpu_before, wall, cpu;
  double minutes;
  guint64 wakeups;

  *ticks = (Ticks) { .last_text = ticks->last_text };

  g_timeout_add_full (G_PRIORITY_DEFAULT, seconds * 1000, quit_loop, loop, NULL);
  cpu_before = cpu_time ();
  wall_before = g_get_monotonic_time ();
  g_main_loop_run (loop);
  wall = g_get_monotonic_time () - wall_before;
  cpu = cpu_time () - cpu_before;

  minutes = wall / (60.0 * G_USEC_PER_SEC);
  wakeups = br_round_ticker_get_n_wakeups (ticker) - wakeups_before;

  g_print ("%s for %.1f s:\n", what, wall / (double) G_USEC_PER_SEC);
  g_print ("  main-loop wake-ups: %6.1f a minute (%" G_GUINT64_FORMAT ")\n",
           (n_polls - polls_before) / minutes, n_polls - polls_before);
  g_print ("  ticker wake-ups:    %6.1f a minute (%" G_GUINT64_FORMAT ", %" G_GUINT64_FORMAT " ticks)\n",
           wakeups / minutes, wakeups, ticks->n_ticks);
  if (ticks->n_ticks > 0)
    g_print ("  ticks after the whole second: mean %.0f us, max %" G_GINT64_FORMAT " us\n",
             ticks->late_sum / (double) ticks->n_ticks, ticks->late_max);
  g_print ("  CPU: %.3f %% (user + system %.2f ms)\n",
           100.0 * cpu / wall, cpu / 1000.0);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BrGuide) guide = NULL;
  g_autoptr(BrRound) round = NULL;
  g_autoptr(BrRoundTicker) ticker = NULL;
  Ticks ticks = { 0 };
  guint seconds = 20;

  if (argc > 1)
    {
      seconds = (guint) strtoul (argv[1], NULL, 10);
      if (seconds < 2 || seconds > 24 * 3600)
        {
          g_printerr ("usage: %s [SECONDS, 2 or more; default 20]\n", argv[0]);
          return 2;
        }
    }

  guide = br_guide_new_builtin (&error);
  if (guide == NULL)
    g_error ("The built-in guide: %s", error->message);

  default_poll = g_main_context_get_poll_func (NULL);
  g_main_context_set_poll_func (NULL, counting_poll);

  round = br_round_new (br_guide_get_phases (guide), NULL);
  ticker = br_round_ticker_new (round);
  g_signal_connect (ticker, "tick", G_CALLBACK (on_tick), &ticks);

  g_print ("bench-round: a %u-minute round on the system clock\n", br_round_get_length (round));
  br_round_start (round);
  measure ("Running", ticker, &ticks, seconds);
  g_print ("  the phase shows %s left\n", ticks.last_text);

  br_round_pause (round);
  measure ("Paused", ticker, &ticks, seconds / 2);

  br_round_stop (round);
  g_free (ticks.last_text);
  return 0;
}
