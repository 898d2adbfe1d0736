/* bench-boards.c — the boards the benchmarks measure: N shapes and
 * stencils with labels on a grid, and N arrows bound between neighbours
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "bench-boards.h"

BrBoard *
bench_build_board (guint  n,
                   guint  side,
                   double spacing)
{
  static const char * const words[] = { "Orders", "Users", "Payments", "Search", "Feed", "Inventory" };
  BrBoard *board = br_board_new ();
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < n; i++)
    {
      double x = (i % side) * spacing, y = (i / side) * spacing;
      BrItem *item;
      g_autofree char *label = g_strdup_printf ("%s %u", words[i % G_N_ELEMENTS (words)], i);

      if (i % 3 == 0)
        item = br_item_new_stencil (i % BR_N_STENCILS, x, y, 120, 70);
      else
        item = br_item_new (i % 7, x, y, 120, 70);
      br_item_set_label (item, label);
      g_ptr_array_add (ids, g_strdup (br_board_add_item (board, item)));
    }
  for (guint i = 0; i < n; i++)
    {
      /* to the right-hand neighbour, or the one below */
      guint j = (i % side + 1 < side && (i % 2 == 0 || i + side >= n)) ? i + 1 : i + side;
      BrItem *arrow = br_item_new_arrow (0, 0, 1, 1);

      if (j >= n)
        j = (i + 1) % n;
      br_item_bind_end (arrow, BR_END_START, g_ptr_array_index (ids, i));
      br_item_bind_end (arrow, BR_END_END, g_ptr_array_index (ids, j));
      arrow->routing = i % 5 == 0 ? BR_ROUTING_ELBOW : BR_ROUTING_STRAIGHT;
      arrow->line_style = i % 4 == 0 ? BR_LINE_DASHED : BR_LINE_SOLID;
      if (i % 4 == 0)
        br_item_set_label (arrow, "async");
      br_board_add_item (board, arrow);
    }
  br_board_clear_history (board);
  return board;
}
