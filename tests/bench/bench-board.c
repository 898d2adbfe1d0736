/* bench-board.c — how the whiteboard model scales
 *
 * Builds boards of 1k / 10k / 50k shapes, each with a label, and as many
 * arrows bound between neighbours, and prints: hit-test time, the time of
 * a rectangle query for a viewport of ~500 items, render time into a
 * 1280x800 image with that viewport and with the whole board visible,
 * save and load times, resident memory, and what moving one item costs.
 * Not a test: it prints. Usage: bench-board [SIZES...]
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "br-board.h"
#include "br-board-file.h"
#include "br-board-render.h"
#include "bench-boards.h"

#define SPACING 200.0

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
  return g_array_index (values, double, values->len / 2);
}

static double
now_us (void)
{
  return g_get_monotonic_time ();
}

static double
cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static long
rss_kib (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return -1;
  line = strstr (status, "VmRSS:");
  return line ? atol (line + strlen ("VmRSS:")) : -1;
}


typedef struct {
  guint changed;
} Touch;

static void
on_changed (BrBoard        *board,
            BrBoardChanges *changes,
            Touch          *touch)
{
  touch->changed += changes->changed->len + changes->added->len + changes->removed->len;
}

/* Renders N frames of a 1280x800 viewport; returns the median ms */
static double
render_frames (BrBoard       *board,
               double         scale,
               double         x,
               double         y,
               guint          frames,
               double        *first_ms,
               BrRenderStats *stats)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1280, 800);
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  BrRenderOptions options;

  br_render_options_init (&options);
  options.scale = scale;
  options.offset_x = -x * scale;
  options.offset_y = -y * scale;

  for (guint i = 0; i < frames; i++)
    {
      cairo_t *cr = cairo_create (surface);
      double start = now_us (), ms;

      *stats = (BrRenderStats) { 0 };
      br_board_render (board, cr, &options, stats);
      cairo_surface_flush (surface);
      ms = (now_us () - start) / 1000.0;
      cairo_destroy (cr);
      if (i == 0)
        *first_ms = ms;
      else
        g_array_append_val (times, ms);
    }
  cairo_surface_destroy (surface);
  return median (times);
}

static void
bench (guint n)
{
  guint side = (guint) ceil (sqrt (n));
  long rss_before = rss_kib (), rss_after;
  double start, first_ms, frame_ms, world = side * SPACING;
  g_autoptr(BrBoard) board = NULL;
  g_autoptr(BrBoard) loaded = NULL;
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  BrRenderStats stats;
  BrRect viewport;
  guint hits = 0, found = 0;
  Touch touch = { 0 };
  BrBoardIndexStats index_stats;
  double build_ms, view_w, view_h, view_scale;

  start = now_us ();
  board = bench_build_board (n, side, SPACING);
  build_ms = (now_us () - start) / 1000.0;
  rss_after = rss_kib ();

  g_print ("\n== %u shapes + %u arrows (%u items, %u labels), built in %.0f ms\n",
           n, n, br_board_get_n_items (board), n + n / 4, build_ms);
  g_print ("resident memory: %.1f MiB for the board (%.1f MiB total)\n",
           (rss_after - rss_before) / 1024.0, rss_after / 1024.0);

  /* Hit tests: batches of 100 random points, median per call */
  for (guint batch = 0; batch < 200; batch++)
    {
      double xs[100], ys[100];

      for (guint i = 0; i < 100; i++)
        {
          xs[i] = g_random_double_range (0, world);
          ys[i] = g_random_double_range (0, world);
        }
      start = now_us ();
      for (guint i = 0; i < 100; i++)
        hits += br_board_hit_test (board, xs[i], ys[i], 4) != NULL;
      {
        double per_call = (now_us () - start) / 100.0;
        g_array_append_val (times, per_call);
      }
    }
  g_print ("hit test: %.2f us median (%u of 20000 points hit an item)\n", median (times), hits);

  /* A viewport of about 500 items: 16x10 grid cells hold 160 shapes and
   * their arrows, plus what the margins reach */
  view_w = 20 * SPACING;
  view_h = 12.5 * SPACING;
  view_scale = 1280 / view_w;
  g_array_set_size (times, 0);
  for (guint i = 0; i < 200; i++)
    {
      g_autoptr(GPtrArray) items = NULL;
      double t;

      viewport = (BrRect) { g_random_double_range (0, MAX (world - view_w, 1)),
                            g_random_double_range (0, MAX (world - view_h, 1)), view_w, view_h };
      start = now_us ();
      items = br_board_query_rect (board, &viewport, FALSE);
      t = now_us () - start;
      g_array_append_val (times, t);
      found += items->len;
    }
  g_print ("rectangle query (viewport %.0fx%.0f): %.0f us median, %u items on average\n",
           view_w, view_h, median (times), found / 200);

  frame_ms = render_frames (board, view_scale, MIN (world - view_w, world / 3), MIN (world - view_h, world / 3),
                            11, &first_ms, &stats);
  g_print ("render 1280x800, ~500-item viewport (zoom %.0f%%): %.1f ms a frame (first %.1f ms); "
           "%u items, %u labels drawn\n",
           view_scale * 100, frame_ms, first_ms, stats.items_drawn, stats.layouts_drawn);
  frame_ms = render_frames (board, MIN (1280 / world, 800 / world), 0, 0, 5, &first_ms, &stats);
  g_print ("render 1280x800, whole board (zoom %.1f%%): %.1f ms a frame (first %.1f ms); "
           "%u items, %u simplified, %u labels drawn\n",
           MIN (1280 / world, 800 / world) * 100, frame_ms, first_ms, stats.items_drawn,
           stats.items_simplified, stats.layouts_drawn);

  /* Save and load */
  dir = g_dir_make_tmp ("bench-board-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "board.brboard", NULL);
  file = g_file_new_for_path (path);
  start = now_us ();
  bytes = br_board_to_bytes (board);
  g_print ("serialize: %.1f ms (%.1f MiB)", (now_us () - start) / 1000.0,
           g_bytes_get_size (bytes) / 1048576.0);
  start = now_us ();
  if (!br_board_save_to_file (board, file, NULL, &error))
    g_error ("%s", error->message);
  g_print ("; save to a file: %.1f ms\n", (now_us () - start) / 1000.0);

  /* Loading, five times: the median of the wall clock, and of the CPU time,
   * which a busy machine inflates less */
  g_array_set_size (times, 0);
  {
    g_autoptr(GArray) cpu = g_array_new (FALSE, FALSE, sizeof (double));

    for (guint i = 0; i < 5; i++)
      {
        double c0 = cpu_ms (), t, c;

        start = now_us ();
        loaded = br_board_new_from_file (file, NULL, &error);
        g_assert_no_error (error);
        t = (now_us () - start) / 1000.0;
        c = cpu_ms () - c0;
        g_array_append_val (times, t);
        g_array_append_val (cpu, c);
        g_clear_object (&loaded);
      }
    g_print ("load from the file: %.1f ms median (CPU %.1f ms)\n", median (times), median (cpu));
  }
  g_unlink (path);
  g_rmdir (dir);

  /* Moving one item: how much it touches, and how long it takes */
  g_signal_connect (board, "changed", G_CALLBACK (on_changed), &touch);
  g_array_set_size (times, 0);
  br_board_take_index_stats (board, &index_stats);   /* what building it did */
  index_stats = (BrBoardIndexStats) { 0 };
  for (guint i = 0; i < 1000; i++)
    {
      const char *ids[] = { br_board_get_item (board, g_random_int_range (0, n))->id, NULL };
      BrBoardIndexStats one;
      double t;

      start = now_us ();
      br_board_move (board, ids, 3, 2);
      t = now_us () - start;
      g_array_append_val (times, t);
      br_board_take_index_stats (board, &one);
      index_stats.updates += one.updates;
      index_stats.reindexed += one.reindexed;
      index_stats.cells += one.cells;
    }
  g_print ("move one shape: %.1f us median; touched on average: %.1f items (the shape and its arrows), "
           "%.1f items updated in the index, %.1f of them re-indexed, %.1f index cells; undo steps kept: %u\n",
           median (times), touch.changed / 1000.0, index_stats.updates / 1000.0,
           index_stats.reindexed / 1000.0, index_stats.cells / 1000.0, br_board_get_n_undo_steps (board));

  /* A drag: 200 motion events in one transaction */
  {
    const char *ids[] = { br_board_get_item (board, n / 2)->id, NULL };

    start = now_us ();
    br_board_begin_transaction (board);
    for (guint i = 0; i < 200; i++)
      br_board_move (board, ids, 1, 1);
    br_board_commit (board);
    g_print ("drag of 200 motion events: %.2f ms in all; undo: ", (now_us () - start) / 1000.0);
    start = now_us ();
    br_board_undo (board);
    g_print ("%.0f us\n", now_us () - start);
  }
}

int
main (int   argc,
      char *argv[])
{
  static const guint sizes[] = { 1000, 10000, 50000 };

  g_print ("bench-board: the whiteboard model (cairo image surface, no display)\n");
  if (argc > 1)
    for (int i = 1; i < argc; i++)
      bench ((guint) atoi (argv[i]));
  else
    for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
      bench (sizes[i]);
  return 0;
}
