/* bench-recording.c — practice recordings: size of a long round, seek time
 *
 * Records a 60-minute round on a board that grows to 300 items (shapes with
 * labels, arrows bound between them, drags, relabels, restacks and
 * deletes: 2,000 steps), then prints the recording's size on disk, the
 * time to load it, and the worst and mean time to rebuild the board at a
 * random point (a seek), as the replay view does.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdio.h>
#include <time.h>

#include "br-board-render.h"
#include "br-recorder.h"

#define STEPS 2000
#define SECOND G_GINT64_CONSTANT (1000000)

static const char *
pick (BrBoard *board,
      GRand   *rand)
{
  guint n = br_board_get_n_items (board);

  for (guint tries = 0; n > 0 && tries < 16; tries++)
    {
      const BrItem *item = br_board_get_item (board, g_rand_int_range (rand, 0, n));

      if (br_item_is_bindable (item))
        return item->id;
    }
  return NULL;
}

/* The thread's CPU time, which other jobs on the machine inflate less
 * than the wall clock */
static double
cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

int
main (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  g_autoptr(BrFakeClock) clock = br_fake_clock_new (0);
  g_autoptr(BrBoard) board = br_board_new ();
  g_autoptr(BrRecorder) recorder = br_recorder_new (board, BR_CLOCK (clock));
  g_autoptr(BrRecording) loaded = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  BrRecording *recording = br_recorder_get_recording (recorder);
  double worst = 0, total = 0, cpu_worst = 0, cpu_total = 0;
  gint64 start;
  guint seeks = 200;

  while (br_recording_get_n_steps (recording) < STEPS)
    {
      const char *id = pick (board, rand);
      const char *ids[2] = { id, NULL };
      guint n = br_board_get_n_items (board);
      guint what = g_rand_int_range (rand, 0, 10);

      /* A step every 1.8 s: an hour */
      br_fake_clock_set_time (clock, (br_recording_get_n_steps (recording) + 1) * (60 * 60 * SECOND / STEPS));
      if (n < 300 && (what < 3 || id == NULL))
        {
          g_autofree char *label = g_strdup_printf ("Service %u", n);
          BrItem *item = br_item_new (BR_ITEM_RECTANGLE, g_rand_double_range (rand, 0, 3000),
                                      g_rand_double_range (rand, 0, 2000), 140, 70);

          br_item_set_label (item, label);
          br_board_add_item (board, item);
        }
      else if (what < 5 && n < 300)
        {
          const char *to = pick (board, rand);
          g_autofree char *arrow = NULL;

          if (to == NULL || g_strcmp0 (to, id) == 0)
            continue;
          arrow = g_strdup (br_board_add_item (board, br_item_new_arrow (0, 0, 10, 10)));
          br_board_begin_transaction (board);
          br_board_set_arrow_end (board, arrow, BR_END_START, 0, 0, id);
          br_board_set_arrow_end (board, arrow, BR_END_END, 0, 0, to);
          br_board_commit (board);
        }
      else if (what < 8)
        {
          br_board_begin_transaction (board);
          for (guint i = 0; i < 20; i++)
            br_board_move (board, ids, 2, 1);
          br_board_commit (board);
        }
      else if (what < 9)
        br_board_set_label (board, id, "Orders database (primary)");
      else if (n >= 290)
        br_board_remove (board, ids);
      else
        br_board_reorder (board, ids, BR_REORDER_TO_FRONT);
    }
  br_recorder_stop (recorder);

  bytes = br_recording_to_bytes (recording);
  start = g_get_monotonic_time ();
  loaded = br_recording_parse (bytes, &error);
  g_assert_no_error (error);
  printf ("recording: %u steps over %.0f minutes, %u items at the end\n",
          br_recording_get_n_steps (loaded), br_recording_get_duration (loaded) / 60000.0,
          br_board_get_n_items (board));
  printf ("size on disk: %.1f KB\n", g_bytes_get_size (bytes) / 1000.0);
  printf ("load (parse and check every step): %.1f ms\n", (g_get_monotonic_time () - start) / 1000.0);

  for (guint i = 0; i < seeks; i++)
    {
      guint n = g_rand_int_range (rand, 0, STEPS + 1);
      g_autoptr(BrBoard) then = NULL;
      double ms, cpu;

      start = g_get_monotonic_time ();
      cpu = cpu_ms ();
      then = br_recording_build_board (loaded, n);
      cpu = cpu_ms () - cpu;
      ms = (g_get_monotonic_time () - start) / 1000.0;
      worst = MAX (worst, ms);
      total += ms;
      cpu_worst = MAX (cpu_worst, cpu);
      cpu_total += cpu;
    }
  printf ("seek to a random step: mean %.2f ms, worst %.2f ms; CPU mean %.2f ms, worst %.2f ms (%u seeks)\n",
          total / seeks, worst, cpu_total / seeks, cpu_worst, seeks);

  /* A replay's frame when the position reaches a new step: the board
   * rebuilt from its checkpoint and drawn whole, fitted to a 900x500
   * view as the replay view draws it */
  total = worst = cpu_total = cpu_worst = 0;
  /* The first frame also loads the fonts: one before, not counted */
  for (guint n = STEPS / 2 - 1; n < STEPS / 2 + seeks; n++)
    {
      g_autoptr(BrBoard) then = NULL;
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 900, 500);
      cairo_t *cr = cairo_create (surface);
      BrRenderOptions options;
      double x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;
      double ms, cpu;

      start = g_get_monotonic_time ();
      cpu = cpu_ms ();
      then = br_recording_build_board (loaded, n);
      for (guint i = 0; i < br_board_get_n_items (then); i++)
        {
          BrRect box;

          br_item_get_bounds (br_board_get_item (then, i), &box);
          x0 = MIN (x0, box.x);
          y0 = MIN (y0, box.y);
          x1 = MAX (x1, box.x + box.width);
          y1 = MAX (y1, box.y + box.height);
        }
      br_render_options_init (&options);
      options.keep_layouts = FALSE;
      options.background = TRUE;
      options.scale = MIN (876 / MAX (x1 - x0, 1), 476 / MAX (y1 - y0, 1));
      options.offset_x = 12 - x0 * options.scale;
      options.offset_y = 12 - y0 * options.scale;
      br_board_render (then, cr, &options, NULL);
      cairo_surface_flush (surface);
      cpu = cpu_ms () - cpu;
      ms = (g_get_monotonic_time () - start) / 1000.0;
      if (n >= STEPS / 2)
        {
          worst = MAX (worst, ms);
          total += ms;
          cpu_worst = MAX (cpu_worst, cpu);
          cpu_total += cpu;
        }
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }
  printf ("replay frame at a new step (rebuild and draw the whole board, 900x500): mean %.2f ms, worst %.2f ms; CPU mean %.2f ms, worst %.2f ms (%u frames)\n",
          total / seeks, worst, cpu_total / seeks, cpu_worst, seeks);
  return 0;
}
