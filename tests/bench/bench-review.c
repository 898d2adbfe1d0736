/* bench-review.c — the design review on a large board
 *
 * Builds a board of N components (clients with an entry load, load
 * balancers, services, caches, databases, queues...) and N arrows bound
 * between neighbours, and measures: the full analysis (br_review_new()),
 * the re-analysis after editing one component (the edit, then the
 * tracker's review, as the board page does at the next frame) or moving
 * one, after moving the traffic slider, and the
 * traffic overlay's own drawing per panning frame, at 100% (about 35
 * components in view) and at 50% (about 500), on a 1280×800 canvas. Times
 * are medians over the runs, with the slowest. It needs a display:
 *
 *   xvfb-run -a -s '-screen 0 1280x800x24' _build/tests/bench/bench-review [N...]
 *
 * It prints figures; it is not a test.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <adwaita.h>
#include <math.h>
#include <stdlib.h>

#include "br-board-component.h"
#include "br-canvas-private.h"
#include "br-review-tracker.h"
#include "bench-boards.h"

#include <time.h>

#define SPACING 180.0
#define RUNS 15
#define FRAMES 60

static int
compare (const void *a,
         const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

/* The CPU time of each run, which a machine busy with other jobs inflates
 * less than the wall clock, is in cpu[] */
static double cpu[RUNS > FRAMES ? RUNS : FRAMES];

static void
report (guint       n,
        const char *what,
        double     *times,
        guint       count,
        double      target)
{
  qsort (times, count, sizeof (double), compare);
  qsort (cpu, count, sizeof (double), compare);
  g_print ("%6u components + %6u arrows  %-44s median %7.3f ms  slowest %7.3f ms  CPU median %7.3f ms  (target <= %g ms)\n",
           n, n, what, times[count / 2], times[count - 1], cpu[count / 2], target);
}

/* Every shape a component: one in fifty a client sending 20 requests/s,
 * the others in a cycle of types */
static void
type_board (BrBoard *board)
{
  static const BrStencil types[] = {
    BR_STENCIL_LOAD_BALANCER, BR_STENCIL_SERVICE, BR_STENCIL_CACHE, BR_STENCIL_SERVICE,
    BR_STENCIL_SQL_DATABASE, BR_STENCIL_WORKER, BR_STENCIL_MESSAGE_QUEUE, BR_STENCIL_NOSQL_STORE,
  };
  g_autoptr(GPtrArray) clients = g_ptr_array_new ();
  GPtrArray *typed[G_N_ELEMENTS (types)];

  for (guint t = 0; t < G_N_ELEMENTS (types); t++)
    typed[t] = g_ptr_array_new ();
  for (guint i = 0, k = 0; i < br_board_get_n_items (board); i++)
    {
      const BrItem *item = br_board_get_item (board, i);

      if (!br_item_can_be_component (item))
        continue;
      if (k % 50 == 0)
        g_ptr_array_add (clients, item->id);
      else if (item->kind != BR_ITEM_STENCIL)
        g_ptr_array_add (typed[k % G_N_ELEMENTS (types)], item->id);
      k++;
    }
  g_ptr_array_add (clients, NULL);
  br_board_set_field (board, (const char * const *) clients->pdata, BR_FIELD_TYPE, BR_STENCIL_CLIENT, NULL);
  br_board_set_field (board, (const char * const *) clients->pdata, BR_FIELD_ENTRY_RATE, 20, NULL);
  for (guint t = 0; t < G_N_ELEMENTS (types); t++)
    {
      g_ptr_array_add (typed[t], NULL);
      br_board_set_field (board, (const char * const *) typed[t]->pdata, BR_FIELD_TYPE, types[t], NULL);
      g_ptr_array_unref (typed[t]);
    }
  br_board_clear_history (board);
}

static double
overlay_ms (BrCanvas        *canvas,
            cairo_surface_t *surface,
            double          *cpu_time)
{
  cairo_t *cr = cairo_create (surface);
  gint64 t0 = g_get_monotonic_time ();
  double c0 = cpu_ms ();

  _br_canvas_draw_traffic (canvas, cr, 1280, 800);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  *cpu_time = cpu_ms () - c0;
  return (g_get_monotonic_time () - t0) / 1000.0;
}

static void
measure_overlay (guint            n,
                 BrCanvas        *canvas,
                 double           zoom,
                 const char      *what)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1280, 800);
  double times[FRAMES];

  br_canvas_set_zoom (canvas, zoom, 0, 0);
  br_canvas_pan (canvas, 200, 200);
  /* The first frame lays the captions out */
  overlay_ms (canvas, surface, &cpu[0]);
  for (guint i = 0; i < FRAMES; i++)
    {
      br_canvas_pan (canvas, -7, -3);
      times[i] = overlay_ms (canvas, surface, &cpu[i]);
    }
  report (n, what, times, FRAMES, 0.5);
  cairo_surface_destroy (surface);
}

static void
measure (guint n)
{
  guint side = (guint) ceil (sqrt (n));
  g_autoptr(BrBoard) board = bench_build_board (n, side, SPACING);
  g_autoptr(GError) error = NULL;
  g_autoptr(BrReference) reference = br_reference_new_builtin (&error);
  g_autoptr(BrReviewTracker) tracker = NULL;
  GtkWidget *window = gtk_window_new ();
  GtkWidget *canvas = br_canvas_new ();
  double times[RUNS];
  const BrItem *edited = NULL;
  const char *ids[2] = { NULL, NULL };
  double break_at = 0;

  g_assert_no_error (error);
  type_board (board);

  for (guint r = 0; r < RUNS; r++)
    {
      gint64 t0 = g_get_monotonic_time ();
      double c0 = cpu_ms ();
      BrReview *review = br_review_new (board, reference, 1.0, NULL);

      times[r] = (g_get_monotonic_time () - t0) / 1000.0;
      cpu[r] = cpu_ms () - c0;
      if (r == 0)
        {
          br_review_get_break_point (review, &break_at, NULL, NULL);
          g_print ("%6u components + %6u arrows  review: %u components, %u arrows, %u findings, break point %.3gx\n",
                   n, n, br_review_get_n_nodes (review), br_review_get_n_edges (review),
                   br_review_get_n_findings (review), break_at);
        }
      br_review_unref (review);
    }
  report (n, "full analysis", times, RUNS, 30);

  /* One component in the middle of the board */
  for (guint i = br_board_get_n_items (board) / 4; edited == NULL; i++)
    if (br_item_can_be_component (br_board_get_item (board, i)))
      edited = br_board_get_item (board, i);
  ids[0] = edited->id;
  tracker = br_review_tracker_new (reference);
  br_review_tracker_set_board (tracker, board);
  br_review_tracker_get_review (tracker);
  for (guint r = 0; r < RUNS; r++)
    {
      gint64 t0 = g_get_monotonic_time ();
      double c0 = cpu_ms ();

      br_board_set_field (board, ids, BR_FIELD_REPLICAS, 2 + r % 2, NULL);
      br_review_tracker_get_review (tracker);
      times[r] = (g_get_monotonic_time () - t0) / 1000.0;
      cpu[r] = cpu_ms () - c0;
    }
  report (n, "edit one component, then re-analysis", times, RUNS, 5);

  /* A drag: the review reads nothing that moves */
  for (guint r = 0; r < RUNS; r++)
    {
      gint64 t0 = g_get_monotonic_time ();
      double c0 = cpu_ms ();

      br_board_move (board, ids, r % 2 ? 5 : -5, 0);
      br_review_tracker_get_review (tracker);
      times[r] = (g_get_monotonic_time () - t0) / 1000.0;
      cpu[r] = cpu_ms () - c0;
    }
  report (n, "move one component, then re-analysis", times, RUNS, 5);

  /* The slider: another multiplier, the same board */
  for (guint r = 0; r < RUNS; r++)
    {
      gint64 t0 = g_get_monotonic_time ();
      double c0 = cpu_ms ();

      br_review_tracker_set_multiplier (tracker, r % 2 ? 2.0 : 3.0);
      br_review_tracker_get_review (tracker);
      times[r] = (g_get_monotonic_time () - t0) / 1000.0;
      cpu[r] = cpu_ms () - c0;
    }
  report (n, "slider moved, then re-analysis", times, RUNS, 16.7);

  br_canvas_set_board (BR_CANVAS (canvas), board);
  gtk_window_set_child (GTK_WINDOW (window), canvas);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  while (gtk_widget_get_width (canvas) < 1000)
    g_main_context_iteration (NULL, TRUE);
  br_canvas_set_traffic (BR_CANVAS (canvas), br_review_tracker_get_review (tracker));
  measure_overlay (n, BR_CANVAS (canvas), 1.0, "overlay, panning at 100% (~35 in view)");
  measure_overlay (n, BR_CANVAS (canvas), 0.5, "overlay, panning at 50% (~500 in view)");
  br_canvas_set_traffic (BR_CANVAS (canvas), NULL);
  br_review_tracker_set_board (tracker, NULL);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_init ();
  adw_init ();

  if (argc > 1)
    for (int i = 1; i < argc; i++)
      measure ((guint) atoi (argv[i]));
  else
    measure (10000);
  return 0;
}
