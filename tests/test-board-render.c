/* test-board-render.c — drawing boards into cairo image surfaces
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>

#include "br-board.h"
#include "br-board-file.h"
#include "br-board-render.h"

#define WIDTH 1000
#define HEIGHT 820

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

static cairo_surface_t *
render (BrBoard       *board,
        BrRenderStyle  style,
        double         scale,
        BrRenderStats *stats)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);
  BrRenderOptions options;

  br_render_options_init (&options);
  options.style = style;
  options.scale = scale;
  options.offset_x = 20;
  options.offset_y = 20;
  br_board_render (board, cr, &options, stats);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static guint32
pixel (cairo_surface_t *surface,
       int              x,
       int              y)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);

  return *(const guint32 *) (gconstpointer) (data + y * stride + 4 * x) & 0xffffff;
}

static double
luminance (guint32 rgb)
{
  return (0.2126 * ((rgb >> 16) & 0xff) + 0.7152 * ((rgb >> 8) & 0xff) + 0.0722 * (rgb & 0xff)) / 255.0;
}

static guint32
packed (const double rgb[3])
{
  return ((guint32) lround (rgb[0] * 255) << 16) | ((guint32) lround (rgb[1] * 255) << 8) | (guint32) lround (rgb[2] * 255);
}

/* Pixels of the board box (x, y, w, h), at scale 1 and offset 20, that
 * differ from @background, and that are darker (or lighter) than 0.5 */
static void
count_pixels (cairo_surface_t *surface,
              double           x,
              double           y,
              double           w,
              double           h,
              guint32          background,
              guint           *different,
              guint           *dark)
{
  *different = *dark = 0;
  for (int py = (int) y + 20; py < (int) (y + h) + 20; py++)
    for (int px = (int) x + 20; px < (int) (x + w) + 20; px++)
      {
        guint32 p = pixel (surface, px, py);

        *different += p != background;
        *dark += luminance (p) < 0.5;
      }
}

static void
check_style (BrRenderStyle style)
{
  g_autoptr(BrBoard) board = load_good ();
  BrRenderStats stats = { 0 };
  cairo_surface_t *surface = render (board, style, 1, &stats);
  double bg_rgb[3], fill_rgb[3];
  guint32 background;
  guint labelled = 0;
  guint different, dark;
  const BrItem *item;

  br_palette_get_background (style, bg_rgb);
  background = packed (bg_rgb);

  /* Every item leaves a mark inside its box */
  for (guint i = 0; i < br_board_get_n_items (board); i++)
    {
      item = br_board_get_item (board, i);
      count_pixels (surface, item->x, item->y, MAX (item->width, 2), MAX (item->height, 2),
                    background, &different, &dark);
      g_assert_cmpuint (different, >, 0);
      labelled += item->label[0] != '\0';
    }
  g_assert_cmpuint (stats.items_drawn, ==, br_board_get_n_items (board));
  g_assert_cmpuint (stats.layouts_drawn, ==, labelled);

  /* The background where nothing is */
  g_assert_cmphex (pixel (surface, WIDTH - 5, 5), ==, background);
  g_assert_cmphex (pixel (surface, 600, 420), ==, background);

  /* A filled shape's fill inside it */
  item = br_board_lookup (board, "box");
  br_palette_get_fill (item->fill_color, style, fill_rgb);
  g_assert_cmphex (pixel (surface, (int) (item->x + item->width / 2) + 20, (int) (item->y + item->height / 2) + 20),
                   ==, packed (fill_rgb));

  /* The label of an unfilled shape: ink inside, away from the outline */
  item = br_board_lookup (board, "svc");
  count_pixels (surface, item->x + 8, item->y + 8, item->width - 16, item->height - 16,
                background, &different, &dark);
  if (style == BR_RENDER_LIGHT)
    g_assert_cmpuint (dark, >, 30);
  else
    g_assert_cmpuint (different - dark, >, 30);

  cairo_surface_destroy (surface);
}

static void
test_light (void)
{
  check_style (BR_RENDER_LIGHT);
}

static void
test_dark (void)
{
  check_style (BR_RENDER_DARK);
}

static void
test_level_of_detail (void)
{
  g_autoptr(BrBoard) board = load_good ();
  BrRenderStats stats = { 0 };
  cairo_surface_t *surface;
  const char *ids[] = { "svc", NULL };

  /* Zoomed far out: no text at all */
  surface = render (board, BR_RENDER_LIGHT, 0.1, &stats);
  g_assert_cmpuint (stats.items_drawn, ==, br_board_get_n_items (board));
  g_assert_cmpuint (stats.layouts_drawn, ==, 0);
  g_assert_cmpuint (stats.layouts_shaped, ==, 0);
  cairo_surface_destroy (surface);

  /* 14 px small labels at 0.25: 3.5 px, skipped; 28 px large ones drawn */
  stats = (BrRenderStats) { 0 };
  surface = render (board, BR_RENDER_LIGHT, 0.25, &stats);
  g_assert_cmpuint (stats.layouts_drawn, >, 0);
  g_assert_cmpuint (stats.layouts_drawn, <, 20);
  cairo_surface_destroy (surface);

  /* Labels are laid out once: not again when drawn again or zoomed */
  stats = (BrRenderStats) { 0 };
  cairo_surface_destroy (render (board, BR_RENDER_LIGHT, 1, &stats));
  g_assert_cmpuint (stats.layouts_shaped, >, 0);
  stats = (BrRenderStats) { 0 };
  cairo_surface_destroy (render (board, BR_RENDER_LIGHT, 1, &stats));
  cairo_surface_destroy (render (board, BR_RENDER_DARK, 2.5, &stats));
  g_assert_cmpuint (stats.layouts_shaped, ==, 0);
  g_assert_cmpuint (stats.layouts_drawn, >, 0);

  /* ...until the label, its font or its box changes */
  br_board_set_label (board, "svc", "Payment service");
  cairo_surface_destroy (render (board, BR_RENDER_LIGHT, 1, &stats));
  g_assert_cmpuint (stats.layouts_shaped, ==, 1);
  br_board_set_property (board, ids, BR_PROP_FONT_SIZE, BR_FONT_LARGE);
  br_board_set_box (board, "svc", &(BrRect) { 480, 40, 200, 70 });
  cairo_surface_destroy (render (board, BR_RENDER_LIGHT, 1, &stats));
  g_assert_cmpuint (stats.layouts_shaped, ==, 2);
  /* undo keeps the cache slot and notices the change */
  br_board_undo (board);
  br_board_undo (board);
  cairo_surface_destroy (render (board, BR_RENDER_LIGHT, 1, &stats));
  g_assert_cmpuint (stats.layouts_shaped, ==, 3);
}

static void
test_culling (void)
{
  g_autoptr(BrBoard) board = br_board_new ();
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 400, 300);
  cairo_t *cr = cairo_create (surface);
  BrRenderOptions options;
  BrRenderStats stats = { 0 };

  for (guint i = 0; i < 100; i++)
    for (guint j = 0; j < 100; j++)
      br_board_add_item (board, br_item_new (BR_ITEM_RECTANGLE, i * 200, j * 200, 100, 100));

  br_render_options_init (&options);
  br_board_render (board, cr, &options, &stats);
  /* 400×300 plus the margin: a few items, not 10,000 */
  g_assert_cmpuint (stats.items_drawn, >=, 6);
  g_assert_cmpuint (stats.items_drawn, <=, 20);

  /* Far away: nothing */
  stats = (BrRenderStats) { 0 };
  options.offset_x = -1e6;
  br_board_render (board, cr, &options, &stats);
  g_assert_cmpuint (stats.items_drawn, ==, 0);

  /* Whole board at 2%: every item, each a dot */
  stats = (BrRenderStats) { 0 };
  options.offset_x = 0;
  options.scale = 0.015;
  br_board_render (board, cr, &options, &stats);
  g_assert_cmpuint (stats.items_drawn, ==, 10000);
  g_assert_cmpuint (stats.items_simplified, ==, 10000);

  /* A scale of 0 or NaN draws nothing and breaks nothing */
  options.scale = 0;
  br_board_render (board, cr, &options, &stats);
  options.scale = NAN;
  br_board_render (board, cr, &options, &stats);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_degenerate (void)
{
  g_autoptr(BrBoard) board = br_board_new ();
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 200, 200);
  cairo_t *cr = cairo_create (surface);
  BrRenderOptions options;
  BrPoint point = { 5, 5 };

  /* Flat and empty shapes of every kind, a one-point stroke, a zero arrow */
  for (BrItemKind kind = 0; kind <= BR_ITEM_TEXT; kind++)
    {
      BrItem *item = br_item_new (kind, 10, 10, kind % 2 ? 0 : 50, kind % 3 ? 0 : 50);

      br_item_set_label (item, "label");
      item->filled = TRUE;
      br_board_add_item (board, item);
    }
  for (BrStencil s = 0; s < BR_N_STENCILS; s++)
    br_board_add_item (board, br_item_new_stencil (s, 10, 10, 0, 40));
  br_board_add_item (board, br_item_new_stroke (&point, 1, 3));
  br_board_add_item (board, br_item_new_arrow (5, 5, 5, 5));

  br_render_options_init (&options);
  for (double scale = 0.01; scale < 50; scale *= 3)
    {
      options.scale = scale;
      br_board_render (board, cr, &options, NULL);
      g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
    }

  /* The icons alone */
  for (BrStencil s = 0; s < BR_N_STENCILS; s++)
    br_stencil_draw_icon (cr, s, 100, 100, 40);
  br_stencil_draw_icon (cr, 0, 100, 100, 0);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/board-render/light", test_light);
  g_test_add_func ("/board-render/dark", test_dark);
  g_test_add_func ("/board-render/level-of-detail", test_level_of_detail);
  g_test_add_func ("/board-render/culling", test_culling);
  g_test_add_func ("/board-render/degenerate", test_degenerate);

  return g_test_run ();
}
