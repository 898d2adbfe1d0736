/* test-board-tiles.c — tiles paint what a direct drawing draws, and are
 * drawn again only where something changed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>
#include <stdlib.h>

#include "br-board.h"
#include "br-board-file.h"
#include "br-board-tiles.h"

#define WIDTH 700
#define HEIGHT 500

static BrBoard *
load_good (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "board", "good", "all-kinds.brboard", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  BrBoard *board = br_board_new_from_file (file, NULL, &error);

  g_assert_no_error (error);
  return board;
}

static void
init_options (BrRenderOptions *options,
              double           zoom,
              double           offset_x,
              double           offset_y)
{
  br_render_options_init (options);
  options->scale = zoom;
  options->offset_x = offset_x;
  options->offset_y = offset_y;
  options->background = FALSE;
}

/* A background, and a grid on whole pixels that moves with the view, as
 * the canvas draws them */
static void
underlay (cairo_t  *cr,
          gpointer  user_data)
{
  const BrRenderOptions *options = user_data;
  double step = 13.7 * options->scale;
  double ix = floor (options->offset_x), iy = floor (options->offset_y);
  double fx = options->offset_x - ix, fy = options->offset_y - iy;
  double cx1, cy1, cx2, cy2;

  cairo_set_source_rgb (cr, 1, 1, 0.9);
  cairo_paint (cr);
  cairo_clip_extents (cr, &cx1, &cy1, &cx2, &cy2);
  for (double k = ceil ((cx1 - ix - fx - 1) / step); ix + floor (fx + k * step) < cx2; k++)
    cairo_rectangle (cr, ix + floor (fx + k * step), cy1, 1, cy2 - cy1);
  for (double k = ceil ((cy1 - iy - fy - 1) / step); iy + floor (fy + k * step) < cy2; k++)
    cairo_rectangle (cr, cx1, iy + floor (fy + k * step), cx2 - cx1, 1);
  cairo_set_source_rgba (cr, 0.2, 0.2, 0.8, 0.3);
  cairo_fill (cr);
}

static cairo_surface_t *
new_target (const BrRenderOptions *options,
            int                    scale_factor,
            cairo_t              **cr)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                                         WIDTH * scale_factor, HEIGHT * scale_factor);

  cairo_surface_set_device_scale (surface, scale_factor, scale_factor);
  *cr = cairo_create (surface);
  underlay (*cr, (gpointer) options);
  return surface;
}

static cairo_surface_t *
draw_direct (BrBoard               *board,
             const BrRenderOptions *options,
             int                    scale_factor)
{
  cairo_t *cr;
  cairo_surface_t *surface = new_target (options, scale_factor, &cr);

  br_board_render (board, cr, options, NULL);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static cairo_surface_t *
draw_tiled (BrBoardTiles          *tiles,
            BrBoard               *board,
            const BrRenderOptions *options,
            int                    scale_factor,
            BrTileStats           *stats)
{
  cairo_t *cr;
  cairo_surface_t *surface = new_target (options, scale_factor, &cr);

  *stats = (BrTileStats) { 0 };
  br_board_tiles_paint (tiles, board, cr, options, WIDTH, HEIGHT, scale_factor,
                        underlay, (gpointer) options, stats);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

/* The largest difference of one channel of one pixel; how many bytes
 * differ by more than a rounding, and how many are not the background's */
static int
max_difference (cairo_surface_t *a,
                cairo_surface_t *b,
                guint           *n_different,
                guint           *n_drawn)
{
  const guint8 *pa = cairo_image_surface_get_data (a);
  const guint8 *pb = cairo_image_surface_get_data (b);
  int stride = cairo_image_surface_get_stride (a);
  int width = cairo_image_surface_get_width (a);
  int height = cairo_image_surface_get_height (a);
  int worst = 0;

  *n_drawn = *n_different = 0;
  for (int y = 0; y < height; y++)
    for (int x = 0; x < 4 * width; x++)
      {
        int d = abs (pa[y * stride + x] - pb[y * stride + x]);

        worst = MAX (worst, d);
        if (d > 2)
          (*n_different)++;
        if (pa[y * stride + x] < 0xe0)
          (*n_drawn)++;
      }
  return worst;
}

static void
assert_same (BrBoardTiles          *tiles,
             BrBoard               *board,
             const BrRenderOptions *options,
             int                    scale_factor,
             BrTileStats           *stats)
{
  cairo_surface_t *direct = draw_direct (board, options, scale_factor);
  cairo_surface_t *tiled = draw_tiled (tiles, board, options, scale_factor, stats);
  guint n_different, n_drawn;
  int worst = max_difference (direct, tiled, &n_different, &n_drawn);

  /* The same pixels, but for the rounding of a few antialiased ones: cairo
   * flattens a curve that lies outside the surface it draws on into a
   * straight line, so where a curved outline crosses the edge of a tile,
   * pixels near it can round a little differently */
  g_test_message ("worst %d, %u of %u bytes differ", worst, n_different, n_drawn);
  g_assert_cmpint (worst, <=, 32);
  g_assert_cmpuint (n_different, <=, n_drawn / 1000);
  /* Not a blank view that would pass whatever happens */
  g_assert_cmpuint (n_drawn, >, 10000);
  cairo_surface_destroy (direct);
  cairo_surface_destroy (tiled);
}

static void
test_same_pixels (void)
{
  g_autoptr(BrBoard) board = load_good ();
  struct {
    double zoom, x, y;
    int scale_factor;
  } views[] = {
    { 1, 20, 20, 1 },
    { 1, 20.25, 19.5, 1 },
    { 0.37, -3.7, 301.1, 1 },
    { 2.5, -180, -95, 1 },
    { 1, 20.25, 19.5, 2 },
    { 1.7, 20.75, -19.5, 3 },
    { 0.1, 300, 200, 1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      g_autoptr(BrBoardTiles) tiles = br_board_tiles_new ();
      BrRenderOptions options;
      BrTileStats stats;

      g_test_message ("view %u", i);
      init_options (&options, views[i].zoom, views[i].x, views[i].y);

      /* A new view is drawn directly, */
      assert_same (tiles, board, &options, views[i].scale_factor, &stats);
      g_assert_cmpuint (stats.direct, ==, 1);
      g_assert_cmpuint (stats.tiles_drawn, ==, 0);

      /* into tiles when it is painted again, */
      assert_same (tiles, board, &options, views[i].scale_factor, &stats);
      g_assert_cmpuint (stats.direct, ==, 0);
      g_assert_cmpuint (stats.tiles_drawn, >, 0);
      g_assert_cmpuint (stats.tiles_painted, >, 0);

      /* and then comes from them */
      assert_same (tiles, board, &options, views[i].scale_factor, &stats);
      g_assert_cmpuint (stats.tiles_drawn, ==, 0);
      g_assert_cmpuint (stats.tiles_painted, >, 0);
    }
}

static void
test_pan (void)
{
  g_autoptr(BrBoard) board = load_good ();
  g_autoptr(BrBoardTiles) tiles = br_board_tiles_new ();
  BrRenderOptions options;
  BrTileStats stats;
  guint first;

  init_options (&options, 1, 20.5, 20);
  assert_same (tiles, board, &options, 1, &stats);
  assert_same (tiles, board, &options, 1, &stats);
  first = stats.tiles_drawn;
  g_assert_cmpuint (first, >, 0);

  /* A pan by whole pixels that uncovers no tile draws none, but draws the
   * column it will uncover next, ahead, once */
  options.offset_x -= 1;
  assert_same (tiles, board, &options, 1, &stats);
  g_assert_cmpuint (stats.tiles_drawn, ==, 0);
  g_assert_cmpuint (stats.tiles_ahead, >, 0);
  g_assert_cmpuint (stats.tiles_ahead, <=, HEIGHT / BR_TILE_SIZE + 2);
  options.offset_x -= 1;
  assert_same (tiles, board, &options, 1, &stats);
  g_assert_cmpuint (stats.tiles_drawn + stats.tiles_ahead, ==, 0);

  /* so that a pan by a whole tile finds it there */
  options.offset_x -= BR_TILE_SIZE;
  assert_same (tiles, board, &options, 1, &stats);
  g_assert_cmpuint (stats.tiles_drawn, ==, 0);
  options.offset_x += BR_TILE_SIZE;

  /* A pan across both edges of tiles at once draws at most a column and
   * a row */
  options.offset_x -= 2 * BR_TILE_SIZE + 5;
  options.offset_y -= BR_TILE_SIZE + 3;
  assert_same (tiles, board, &options, 1, &stats);
  g_assert_cmpuint (stats.tiles_drawn, >, 0);
  g_assert_cmpuint (stats.tiles_drawn, <, first);
  options.offset_x += 2 * BR_TILE_SIZE + 5;
  options.offset_y += BR_TILE_SIZE + 3;
  assert_same (tiles, board, &options, 1, &stats);
  options.offset_x += 2;

  /* A little there and back: all still there */
  options.offset_x += 7;
  options.offset_y += 3;
  assert_same (tiles, board, &options, 1, &stats);
  options.offset_x -= 7;
  options.offset_y -= 3;
  assert_same (tiles, board, &options, 1, &stats);
  g_assert_cmpuint (stats.tiles_drawn, ==, 0);

  /* Whole pixels at scale 2, where the grid moves in steps of two */
  {
    g_autoptr(BrBoardTiles) tiles2 = br_board_tiles_new ();
    BrRenderOptions options2;

    init_options (&options2, 0.8, 11, 7);
    assert_same (tiles2, board, &options2, 2, &stats);
    for (int i = 0; i < 4; i++)
      {
        /* By one pixel: drawn anew; by two, from tiles */
        options2.offset_x += 0.5;
        options2.offset_y -= 1.5;
        assert_same (tiles2, board, &options2, 2, &stats);
        assert_same (tiles2, board, &options2, 2, &stats);
        options2.offset_x += 1;
        options2.offset_y -= 2;
        assert_same (tiles2, board, &options2, 2, &stats);
        g_assert_cmpuint (stats.direct, ==, 0);
      }
  }

  /* A fraction of a pixel moves every tile's content */
  options.offset_x += 0.25;
  assert_same (tiles, board, &options, 1, &stats);
  g_assert_cmpuint (stats.direct, ==, 1);
  assert_same (tiles, board, &options, 1, &stats);
  g_assert_cmpuint (stats.tiles_drawn, ==, first);

  /* So does a zoom, and another style */
  options.scale = 1.25;
  assert_same (tiles, board, &options, 1, &stats);
  g_assert_cmpuint (stats.direct, ==, 1);
  options.style = BR_RENDER_DARK;
  assert_same (tiles, board, &options, 1, &stats);
  g_assert_cmpuint (stats.direct, ==, 1);
  assert_same (tiles, board, &options, 1, &stats);
  g_assert_cmpuint (stats.tiles_drawn, >, 0);

  /* The cache keeps the area and a ring of tiles around it */
  for (int i = 0; i < 40; i++)
    {
      options.offset_x -= 97;
      cairo_surface_destroy (draw_tiled (tiles, board, &options, 1, &stats));
    }
  g_assert_cmpuint (br_board_tiles_get_n_tiles (tiles), <=,
                    (WIDTH / BR_TILE_SIZE + 4) * (HEIGHT / BR_TILE_SIZE + 4));
}

static void
on_changed (BrBoard        *board,
            BrBoardChanges *changes,
            BrBoardTiles   *tiles)
{
  br_board_tiles_invalidate (tiles, &changes->damage);
}

static void
test_changes (void)
{
  g_autoptr(BrBoard) board = load_good ();
  g_autoptr(BrBoardTiles) tiles = br_board_tiles_new ();
  BrRenderOptions options;
  BrTileStats stats;
  const char *ids[2] = { NULL, NULL };
  guint all;

  g_signal_connect (board, "changed", G_CALLBACK (on_changed), tiles);
  init_options (&options, 0.5, 10, 10);
  assert_same (tiles, board, &options, 1, &stats);
  assert_same (tiles, board, &options, 1, &stats);
  all = stats.tiles_drawn;

  /* Moving one shape (and the arrows bound to it) draws the tiles around
   * it again, and the picture is the board's new one */
  ids[0] = br_board_get_item (board, 0)->id;
  g_assert_true (br_board_move (board, ids, 15, 10));
  assert_same (tiles, board, &options, 1, &stats);
  g_assert_cmpuint (stats.tiles_drawn, >, 0);
  g_assert_cmpuint (stats.tiles_drawn, <=, all);

  g_assert_true (br_board_undo (board));
  assert_same (tiles, board, &options, 1, &stats);

  /* A change far away draws nothing again */
  {
    BrItem *far = br_item_new (BR_ITEM_RECTANGLE, 50000, 50000, 10, 10);

    br_board_add_item (board, far);
    assert_same (tiles, board, &options, 1, &stats);
    g_assert_cmpuint (stats.tiles_drawn, ==, 0);
  }

  br_board_tiles_invalidate (tiles, NULL);
  assert_same (tiles, board, &options, 1, &stats);
  g_assert_cmpuint (stats.direct, ==, 1);
  assert_same (tiles, board, &options, 1, &stats);
  g_assert_cmpuint (stats.tiles_drawn, ==, all);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/board-tiles/same-pixels", test_same_pixels);
  g_test_add_func ("/board-tiles/pan", test_pan);
  g_test_add_func ("/board-tiles/changes", test_changes);

  return g_test_run ();
}
