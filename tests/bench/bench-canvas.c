/* bench-canvas.c — the canvas's own frame work, as GTK does it
 *
 * Builds boards of N items with N bound arrows and labels, puts them on a
 * 1280×800 BrCanvas, and measures per frame: the canvas's snapshot (what
 * GTK asks the widget for) and drawing the resulting render node with
 * cairo, as GskCairoRenderer does, while panning across a viewport of
 * about 500 items and with the whole board visible, and for a zoom step,
 * which draws every tile of the view again. Times are the mean over the
 * frames, the slowest frame, and the thread's CPU time (which a busy
 * machine inflates less than the wall clock). It needs a display:
 *
 *   xvfb-run -a -s '-screen 0 1280x800x24' _build/tests/bench/bench-canvas [N...]
 *
 * It prints figures; it is not a test.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <adwaita.h>
#include <math.h>
#include <stdlib.h>
#include <time.h>

#include "br-canvas.h"
#include "bench-boards.h"

#define SPACING 180.0
#define FRAMES 60


typedef struct {
  double snapshot, draw, cpu, worst;
  guint frames;
} Times;

static double
cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

/* One frame: the widget's snapshot, then drawing its node with cairo */
static void
frame (GtkWidget       *canvas,
       cairo_surface_t *surface,
       Times           *times)
{
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  GskRenderNode *node;
  gint64 t0, t1, t2;
  double c0 = cpu_ms ();
  cairo_t *cr;

  t0 = g_get_monotonic_time ();
  GTK_WIDGET_GET_CLASS (canvas)->snapshot (canvas, snapshot);
  node = gtk_snapshot_free_to_node (snapshot);
  t1 = g_get_monotonic_time ();
  cr = cairo_create (surface);
  if (node != NULL)
    gsk_render_node_draw (node, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  t2 = g_get_monotonic_time ();
  g_clear_pointer (&node, gsk_render_node_unref);

  times->snapshot += (t1 - t0) / 1000.0;
  times->draw += (t2 - t1) / 1000.0;
  times->cpu += cpu_ms () - c0;
  times->worst = MAX (times->worst, (t2 - t0) / 1000.0);
  times->frames++;
}

static void
report (guint        n,
        const char  *what,
        const Times *t)
{
  g_print ("%6u items + %6u arrows  %-40s snapshot %6.2f ms  cairo draw %6.2f ms  total %6.2f ms/frame"
           "  (slowest %6.2f ms, CPU %6.2f ms)\n",
           n, n, what, t->snapshot / t->frames, t->draw / t->frames,
           (t->snapshot + t->draw) / t->frames, t->worst, t->cpu / t->frames);
}

/* A new view is drawn directly; the next frame of it draws the tiles */
static void
settle (guint            n,
        const char      *what,
        GtkWidget       *canvas,
        cairo_surface_t *surface)
{
  g_autofree char *first = g_strdup_printf ("%s: first frame", what);
  g_autofree char *second = g_strdup_printf ("%s: tiles drawn", what);
  Times t = { 0 };

  frame (canvas, surface, &t);
  report (n, first, &t);
  t = (Times) { 0 };
  frame (canvas, surface, &t);
  report (n, second, &t);
}

static void
measure (guint n)
{
  guint side = (guint) ceil (sqrt (n));
  g_autoptr(BrBoard) board = bench_build_board (n, side, SPACING);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *canvas = br_canvas_new ();
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1280, 800);
  g_autofree char *what = NULL;
  Times t = { 0 };
  double zoom;

  br_canvas_set_board (BR_CANVAS (canvas), board);
  gtk_window_set_child (GTK_WINDOW (window), canvas);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  while (gtk_widget_get_width (canvas) < 1000)
    g_main_context_iteration (NULL, TRUE);

  /* Panning at 100%: about 7×5 cells of 180 units = ~35 shapes + arrows per
   * screen; zoom to 50% for a viewport of about 500 items */
  br_canvas_set_zoom (BR_CANVAS (canvas), 0.5, 0, 0);
  settle (n, "new view (~500 visible)", canvas, surface);
  t = (Times) { 0 };
  for (guint i = 0; i < FRAMES; i++)
    {
      br_canvas_pan (BR_CANVAS (canvas), -7, -3);
      frame (canvas, surface, &t);
    }
  report (n, "panning (~500 visible)", &t);

  /* A zoom step draws everything in view again */
  t = (Times) { 0 };
  for (guint i = 0; i < FRAMES / 3; i++)
    {
      br_canvas_set_zoom (BR_CANVAS (canvas), i % 2 ? 0.5 : 0.505, 640, 400);
      frame (canvas, surface, &t);
    }
  report (n, "zoom steps (~500 visible)", &t);

  br_canvas_zoom_to_fit (BR_CANVAS (canvas));
  zoom = br_canvas_get_zoom (BR_CANVAS (canvas));
  settle (n, "new view (whole board)", canvas, surface);
  t = (Times) { 0 };
  for (guint i = 0; i < FRAMES / 3; i++)
    {
      br_canvas_pan (BR_CANVAS (canvas), i % 2 ? 1 : -1, 0);
      frame (canvas, surface, &t);
    }
  what = g_strdup_printf ("whole board (zoom %.0f%%), panning", zoom * 100);
  report (n, what, &t);

  t = (Times) { 0 };
  for (guint i = 0; i < FRAMES / 3; i++)
    {
      br_canvas_set_zoom (BR_CANVAS (canvas), i % 2 ? zoom : zoom * 1.01, 640, 400);
      frame (canvas, surface, &t);
    }
  report (n, "whole board, zoom steps", &t);

  cairo_surface_destroy (surface);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  static const guint sizes[] = { 1000, 10000, 50000 };

  gtk_init ();
  adw_init ();

  if (argc > 1)
    for (int i = 1; i < argc; i++)
      measure ((guint) atoi (argv[i]));
  else
    for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
      measure (sizes[i]);
  return 0;
}
