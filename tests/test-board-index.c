/* test-board-index.c — the spatial index against brute-force scans
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>

#include "br-board.h"

#define SPAN 5000.0

static void
add_random_item (BrBoard *board)
{
  guint n = br_board_get_n_items (board);
  double x = g_test_rand_double_range (-SPAN, SPAN), y = g_test_rand_double_range (-SPAN, SPAN);
  int what = g_test_rand_int_range (0, 10);
  BrItem *item;

  if (what < 5)
    {
      BrItemKind kind = g_test_rand_int_range (0, BR_ITEM_TEXT + 1);
      double w = g_test_rand_double_range (0, 300), h = g_test_rand_double_range (0, 300);

      /* Now and then a very large one, or a flat one */
      if (g_test_rand_int_range (0, 50) == 0)
        w = g_test_rand_double_range (1e4, 1e5);
      if (g_test_rand_int_range (0, 20) == 0)
        h = 0;
      item = br_item_new (kind, x, y, w, h);
      item->filled = g_test_rand_bit ();
    }
  else if (what == 5)
    item = br_item_new_stencil (g_test_rand_int_range (0, BR_N_STENCILS), x, y, 120, 60);
  else if (what < 9)
    {
      double len = g_test_rand_int_range (0, 10) == 0 ? 8000 : 400;

      item = br_item_new_arrow (x, y, x + g_test_rand_double_range (-len, len), y + g_test_rand_double_range (-len, len));
      item->routing = g_test_rand_int_range (0, BR_N_ROUTINGS);
      if (n > 0 && g_test_rand_bit ())
        br_item_bind_end (item, BR_END_START, br_board_get_item (board, g_test_rand_int_range (0, n))->id);
      if (n > 0 && g_test_rand_bit ())
        br_item_bind_end (item, BR_END_END, br_board_get_item (board, g_test_rand_int_range (0, n))->id);
    }
  else
    {
      BrPoint pts[12];

      for (guint i = 0; i < G_N_ELEMENTS (pts); i++)
        pts[i] = (BrPoint) { x + g_test_rand_double_range (0, 200), y + g_test_rand_double_range (0, 200) };
      item = br_item_new_stroke (pts, G_N_ELEMENTS (pts), 1);
    }
  item->stroke_width = g_test_rand_int_range (0, BR_N_STROKE_WIDTHS);
  br_board_add_item (board, item);
}

static const BrItem *
brute_hit (BrBoard *board,
           double   x,
           double   y,
           double   tolerance)
{
  for (guint i = br_board_get_n_items (board); i-- > 0;)
    {
      const BrItem *item = br_board_get_item (board, i);

      if (br_item_hit (item, x, y, tolerance))
        return item;
    }
  return NULL;
}

static GPtrArray *
brute_rect (BrBoard      *board,
            const BrRect *rect,
            gboolean      contained)
{
  GPtrArray *out = g_ptr_array_new ();

  for (guint i = 0; i < br_board_get_n_items (board); i++)
    {
      const BrItem *item = br_board_get_item (board, i);
      BrRect box;

      br_item_get_bounds (item, &box);
      if (contained ? br_rect_contains_rect (rect, &box) : br_rect_intersects (rect, &box))
        g_ptr_array_add (out, (gpointer) item);
    }
  return out;
}

static const BrItem *
brute_bindable (BrBoard    *board,
                double      x,
                double      y,
                double      radius)
{
  const BrItem *best = NULL;
  double best_d = G_MAXDOUBLE;

  for (guint i = 0; i < br_board_get_n_items (board); i++)
    {
      const BrItem *item = br_board_get_item (board, i);
      double d;

      if (!br_item_is_bindable (item))
        continue;
      d = br_item_distance (item, x, y);
      if (d <= radius && d <= best_d)
        {
          best = item;
          best_d = d;
        }
    }
  return best;
}

static void
check_queries (BrBoard *board,
               guint    n_points)
{
  guint hits = 0, thin_checked = 0;

  for (guint i = 0; i < n_points; i++)
    {
      double x = g_test_rand_double_range (-SPAN - 500, SPAN + 500);
      double y = g_test_rand_double_range (-SPAN - 500, SPAN + 500);
      double tolerance = g_test_rand_double_range (0, 8);
      const BrItem *expected = brute_hit (board, x, y, tolerance);
      const BrItem *found = br_board_hit_test (board, x, y, tolerance);

      g_assert_true (found == expected);
      hits += found != NULL;

      if (i % 4 == 0)
        {
          expected = brute_bindable (board, x, y, 20);
          found = br_board_find_bindable (board, x, y, 20, NULL);
          g_assert_true (found == expected);
        }
    }

  /* Thin items are not hit inside their box, away from their path */
  for (guint i = 0; i < br_board_get_n_items (board); i++)
    {
      const BrItem *item = br_board_get_item (board, i);
      double cx = item->x + item->width / 2, cy = item->y + item->height / 2;

      if (item->kind != BR_ITEM_ARROW || item->routing != BR_ROUTING_STRAIGHT ||
          item->width < 100 || item->height < 100)
        continue;
      /* the box's centre is on a straight arrow, and two corners of four */
      g_assert_true (br_item_hit (item, cx, cy, 1));
      g_assert_cmpuint (br_item_hit (item, item->x, item->y, 1) +
                        br_item_hit (item, item->x + item->width, item->y, 1) +
                        br_item_hit (item, item->x, item->y + item->height, 1) +
                        br_item_hit (item, item->x + item->width, item->y + item->height, 1), ==, 2);
      thin_checked++;
    }

  for (guint i = 0; i < n_points / 10; i++)
    {
      BrRect rect = { g_test_rand_double_range (-SPAN, SPAN), g_test_rand_double_range (-SPAN, SPAN),
                      g_test_rand_double_range (0, 3000), g_test_rand_double_range (0, 3000) };
      gboolean contained = g_test_rand_bit ();
      g_autoptr(GPtrArray) expected = brute_rect (board, &rect, contained);
      g_autoptr(GPtrArray) found = br_board_query_rect (board, &rect, contained);

      g_assert_cmpuint (found->len, ==, expected->len);
      for (guint j = 0; j < found->len; j++)
        g_assert_true (g_ptr_array_index (found, j) == g_ptr_array_index (expected, j));
    }

  /* The whole board, and beyond the limits */
  {
    BrRect all = { -1e9, -1e9, 2e9, 2e9 };
    g_autoptr(GPtrArray) found = br_board_query_rect (board, &all, FALSE);

    g_assert_cmpuint (found->len, ==, br_board_get_n_items (board));
    for (guint j = 0; j < found->len; j++)
      g_assert_true (g_ptr_array_index (found, j) == br_board_get_item (board, j));
  }
  g_test_message ("%u items, %u of %u points hit something, %u long arrows checked off their path",
                  br_board_get_n_items (board), hits, n_points, thin_checked);
}

static void
test_random_boards (void)
{
  for (guint round = 0; round < 3; round++)
    {
      BrBoard *board = br_board_new ();

      for (guint i = 0; i < 3000; i++)
        add_random_item (board);
      check_queries (board, 2000);

      /* Move and resize a third, remove a tenth, undo some, check again */
      for (guint i = 0; i < 1000; i++)
        {
          const BrItem *item = br_board_get_item (board, g_test_rand_int_range (0, br_board_get_n_items (board)));
          const char *ids[] = { item->id, NULL };

          if (g_test_rand_bit ())
            br_board_move (board, ids, g_test_rand_double_range (-2000, 2000), g_test_rand_double_range (-2000, 2000));
          else
            br_board_set_box (board, item->id, &(BrRect) { g_test_rand_double_range (-SPAN, SPAN),
                                                           g_test_rand_double_range (-SPAN, SPAN),
                                                           g_test_rand_double_range (0, 600),
                                                           g_test_rand_double_range (0, 600) });
        }
      for (guint i = 0; i < 300; i++)
        {
          const BrItem *item = br_board_get_item (board, g_test_rand_int_range (0, br_board_get_n_items (board)));
          const char *ids[] = { item->id, NULL };

          br_board_remove (board, ids);
        }
      check_queries (board, 2000);
      for (guint i = 0; i < 200; i++)
        br_board_undo (board);
      check_queries (board, 1000);
      g_assert_finalize_object (board);
    }
}

static void
test_hit_rules (void)
{
  BrBoard *board = br_board_new ();
  BrItem *arrow = br_item_new_arrow (0, 0, 100, 100);
  const char *rect, *ellipse, *line;
  BrPoint pts[] = { { 300, 0 }, { 400, 0 } };

  rect = br_board_add_item (board, br_item_new (BR_ITEM_RECTANGLE, 0, 0, 100, 100));
  ellipse = br_board_add_item (board, br_item_new (BR_ITEM_ELLIPSE, 200, 0, 100, 100));
  line = br_board_add_item (board, arrow);
  br_board_add_item (board, br_item_new_stroke (pts, 2, 0));

  /* Inside an unfilled shape hits it; the arrow on top wins on its path */
  g_assert_cmpstr (br_board_hit_test (board, 80, 20, 2)->id, ==, rect);
  g_assert_cmpstr (br_board_hit_test (board, 50, 50, 2)->id, ==, line);
  g_assert_cmpstr (br_board_hit_test (board, 103, 50, 4)->id, ==, rect);
  g_assert_null (br_board_hit_test (board, 106, 50, 4));
  /* An ellipse's box corner is not the ellipse */
  g_assert_null (br_board_hit_test (board, 203, 3, 1));
  g_assert_cmpstr (br_board_hit_test (board, 250, 50, 1)->id, ==, ellipse);
  /* Strokes are hit near their path */
  g_assert_nonnull (br_board_hit_test (board, 350, 3, 2));
  g_assert_null (br_board_hit_test (board, 350, 10, 2));

  /* Binding: inside wins at distance 0; near counts within the radius;
   * arrows and strokes never bind */
  g_assert_cmpstr (br_board_find_bindable (board, 50, 50, 10, NULL)->id, ==, rect);
  g_assert_cmpstr (br_board_find_bindable (board, 195, 50, 10, NULL)->id, ==, ellipse);
  g_assert_null (br_board_find_bindable (board, 350, 0, 10, NULL));
  g_assert_null (br_board_find_bindable (board, 50, 50, 10, rect));
  g_assert_finalize_object (board);
}

/* A grid of side × side shapes 200 units apart, each bound by an arrow
 * to its right-hand neighbour and to the one below */
static BrBoard *
grid_board (guint side)
{
  BrBoard *board = br_board_new ();
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < side * side; i++)
    g_ptr_array_add (ids, g_strdup (br_board_add_item (board, br_item_new (BR_ITEM_RECTANGLE, (i % side) * 200.0,
                                                                           (i / side) * 200.0, 120, 70))));
  for (guint i = 0; i < side * side; i++)
    for (guint d = 0; d < 2; d++)
      {
        guint j = d == 0 ? i + 1 : i + side;
        BrItem *arrow;

        if ((d == 0 && (i + 1) % side == 0) || j >= side * side)
          continue;
        arrow = br_item_new_arrow (0, 0, 1, 1);
        br_item_bind_end (arrow, BR_END_START, g_ptr_array_index (ids, i));
        br_item_bind_end (arrow, BR_END_END, g_ptr_array_index (ids, j));
        br_board_add_item (board, arrow);
      }
  br_board_clear_history (board);
  return board;
}

/* Moving one shape among many re-indexes only it and the four arrows bound
 * to it, whatever the size of the board: a count, not a time */
static void
test_move_touches_little (void)
{
  guint sides[] = { 10, 100 };

  for (guint k = 0; k < G_N_ELEMENTS (sides); k++)
    {
      guint side = sides[k];
      g_autoptr(BrBoard) board = grid_board (side);
      const char *ids[] = { br_board_get_item (board, side * (side / 2) + side / 2)->id, NULL };
      BrBoardIndexStats stats;

      g_assert_cmpuint (br_board_get_n_items (board), ==, side * side + 2 * side * (side - 1));

      /* Far: into other cells */
      br_board_take_index_stats (board, &stats);
      g_assert_true (br_board_move (board, ids, 1000, 700));
      br_board_take_index_stats (board, &stats);
      g_assert_cmpuint (stats.updates, ==, 1 + 4);
      g_assert_cmpuint (stats.reindexed, >=, 1);
      g_assert_cmpuint (stats.reindexed, <=, 1 + 4);
      g_assert_cmpuint (stats.cells, >=, 2);
      g_assert_cmpuint (stats.cells, <=, 8 * stats.reindexed);

      /* A nudge inside its cells: the index is asked, and nothing moves */
      g_assert_true (br_board_move (board, ids, 0.5, 0.5));
      br_board_take_index_stats (board, &stats);
      g_assert_cmpuint (stats.updates, ==, 1 + 4);
      g_assert_cmpuint (stats.cells, <=, 8 * stats.reindexed);

      /* Undo touches the same */
      g_assert_true (br_board_undo (board));
      g_assert_true (br_board_undo (board));
      br_board_take_index_stats (board, &stats);
      g_assert_cmpuint (stats.updates, <=, 2 * (1 + 4));
      g_assert_cmpuint (stats.cells, <=, 8 * stats.reindexed);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/board-index/hit-rules", test_hit_rules);
  g_test_add_func ("/board-index/random-boards", test_random_boards);
  g_test_add_func ("/board-index/move-touches-little", test_move_touches_little);

  return g_test_run ();
}
