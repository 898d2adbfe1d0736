/* bench-canvas.c — the canvas's own frame work, as GTK does it
 *
 * Builds boards of N items with N bound arrows and labels, puts them on a
 * 1280×800 BrCanvas, and measures per frame: the canvas's snapshot (what
 * GTK asks the widget for) and drawing the resulting render node with
 * cairo, as GskCairoRenderer does, while panning across a viewport of
 * about 500 items and with the whole board visible. It needs a display:
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

#include "br-canvas.h"
#include "bench-boards.h"

#define SPACING 180.0
#define FRAMES 60


/* One frame: the widget's snapshot, then drawing its node with cairo */
static void
frame (GtkWidget       *canvas,
       cairo_surface_t *surface,
       double          *snapshot_ms,
       double          *draw_ms)
{
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  GskRenderNode *node;
  gint64 t0, t1, t2;
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

  *snapshot_ms += (t1 - t0) / 1000.0;
  *draw_ms += (t2 - t1) / 1000.0;
}

static void
measure (guint n)
{
  guint side = (guint) ceil (sqrt (n));
  g_autoptr(BrBoard) board = bench_build_board (n, side, SPACING);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *canvas = br_canvas_new ();
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1280, 800);
  double snap = 0, draw = 0;

  br_canvas_set_board (BR_CANVAS (canvas), board);
  gtk_window_set_child (GTK_WINDOW (window), canvas);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  while (gtk_widget_get_width (canvas) < 1000)
    g_main_context_iteration (NULL, TRUE);

  /* Panning at 100%: about 7×5 cells of 180 units = ~35 shapes + arrows per
   * screen; zoom to 50% for a viewport of about 500 items */
  br_canvas_set_zoom (BR_CANVAS (canvas), 0.5, 0, 0);
  frame (canvas, surface, &snap, &draw);   /* warm the caches */
  snap = draw = 0;
  for (guint i = 0; i < FRAMES; i++)
    {
      br_canvas_pan (BR_CANVAS (canvas), -7, -3);
      frame (canvas, surface, &snap, &draw);
    }
  g_print ("%6u items + %6u arrows  panning (~500 visible)  snapshot %6.2f ms  cairo draw %6.2f ms  total %6.2f ms/frame\n",
           n, n, snap / FRAMES, draw / FRAMES, (snap + draw) / FRAMES);

  br_canvas_zoom_to_fit (BR_CANVAS (canvas));
  frame (canvas, surface, &snap, &draw);
  snap = draw = 0;
  for (guint i = 0; i < FRAMES / 3; i++)
    {
      br_canvas_pan (BR_CANVAS (canvas), i % 2 ? 1 : -1, 0);
      frame (canvas, surface, &snap, &draw);
    }
  g_print ("%6u items + %6u arrows  whole board (zoom %3.0f%%)   snapshot %6.2f ms  cairo draw %6.2f ms  total %6.2f ms/frame\n",
           n, n, br_canvas_get_zoom (BR_CANVAS (canvas)) * 100,
           snap / (FRAMES / 3), draw / (FRAMES / 3), (snap + draw) / (FRAMES / 3));

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
