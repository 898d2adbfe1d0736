/* br-test-boards.c — random boards for round-trip tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "br-test-boards.h"

static double
random_coord (gboolean extreme)
{
  switch (g_test_rand_int_range (0, extreme ? 6 : 5))
    {
    case 0: return g_test_rand_int_range (-1000, 1000);
    case 1: return g_test_rand_double_range (-1e7, 1e7);
    case 2: return 1.0 / g_test_rand_int_range (1, 1000);
    case 3: return g_test_rand_bit () ? 1e7 : -1e7;
    case 4: return g_test_rand_double_range (-5000, 5000);
    default: return g_test_rand_double_range (-1e-300, 1e-300);
    }
}

/**
 * br_test_random_board:
 * @n_items: how many items
 * @extreme: also numbers near the smallest doubles, moves that make
 *   arbitrary doubles, and a saved view (for the native format, which
 *   keeps every double exactly)
 *
 * A board with every kind of item, stencil, arrow (bound or free) and
 * stroke, in random styles, with labels that need escaping, from
 * g_test_rand_*() so that a failure replays with its seed.
 */
BrBoard *
br_test_random_board (guint    n_items,
                      gboolean extreme)
{
  static const char * const labels[] = {
    "", "API", "Quote \" and backslash \\", "Line\nbreak\ttab", "Ünïcödé — ✓ 🚀",
    "<b>not markup</b> & co", "a b c d e f g h i j k l m n o p",
  };
  BrBoard *board = br_board_new ();

  for (guint i = 0; i < n_items; i++)
    {
      guint count = br_board_get_n_items (board);
      int what = g_test_rand_int_range (0, 10);
      BrItem *item;

      if (what < 5)
        item = br_item_new (g_test_rand_int_range (0, BR_ITEM_TEXT + 1), random_coord (extreme), random_coord (extreme),
                            g_test_rand_double_range (0, 1e6), g_test_rand_double_range (0, 300));
      else if (what == 5)
        item = br_item_new_stencil (g_test_rand_int_range (0, BR_N_STENCILS), random_coord (extreme),
                                    random_coord (extreme), g_test_rand_double_range (0, 500), 60);
      else if (what < 9)
        {
          item = br_item_new_arrow (random_coord (extreme), random_coord (extreme),
                                    random_coord (extreme), random_coord (extreme));
          item->routing = g_test_rand_int_range (0, BR_N_ROUTINGS);
          item->heads = g_test_rand_int_range (0, BR_N_HEADS);
          if (count > 0 && g_test_rand_bit ())
            br_item_bind_end (item, BR_END_START, br_board_get_item (board, g_test_rand_int_range (0, count))->id);
          if (count > 0 && g_test_rand_bit ())
            br_item_bind_end (item, BR_END_END, br_board_get_item (board, g_test_rand_int_range (0, count))->id);
        }
      else
        {
          BrPoint pts[5];

          for (guint j = 0; j < G_N_ELEMENTS (pts); j++)
            pts[j] = (BrPoint) { random_coord (extreme), random_coord (extreme) };
          item = br_item_new_stroke (pts, G_N_ELEMENTS (pts), g_test_rand_int_range (0, 3));
        }
      item->stroke_color = g_test_rand_int_range (0, BR_PALETTE_SIZE);
      item->fill_color = g_test_rand_int_range (0, BR_PALETTE_SIZE);
      item->filled = g_test_rand_bit ();
      item->stroke_width = g_test_rand_int_range (0, BR_N_STROKE_WIDTHS);
      item->line_style = g_test_rand_int_range (0, BR_N_LINE_STYLES);
      item->font_size = g_test_rand_int_range (0, BR_N_FONT_SIZES);
      item->locked = g_test_rand_int_range (0, 10) == 0;
      if (g_test_rand_int_range (0, 5) == 0)
        item->group = g_strdup_printf ("g%d", g_test_rand_int_range (0, 5));
      /* A stencil without a label shows its kind */
      if (item->kind != BR_ITEM_STENCIL || g_test_rand_bit ())
        br_item_set_label (item, labels[g_test_rand_int_range (0, G_N_ELEMENTS (labels))]);
      br_board_add_item (board, item);
    }

  if (!extreme)
    return board;

  /* Moves make arbitrary doubles */
  for (guint i = 0; i < n_items / 4; i++)
    {
      const char *ids[] = { br_board_get_item (board, g_test_rand_int_range (0, n_items))->id, NULL };

      br_board_move (board, ids, g_test_rand_double_range (-100, 100), g_test_rand_double_range (-100, 100));
    }
  if (g_test_rand_bit ())
    br_board_set_view (board, &(BrView) { random_coord (TRUE), random_coord (TRUE), g_test_rand_double_range (0.1, 10) });
  return board;
}
