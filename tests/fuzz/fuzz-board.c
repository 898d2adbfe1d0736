/* fuzz-board.c — libFuzzer target for br_board_parse()
 *
 * Whatever the bytes, the loader must either return a board or fail with a
 * BR_DOC_ERROR; it must not crash, leak, read out of bounds or log a
 * warning. A board that loads must hold only valid bindings, save to a
 * document that loads again to the same bytes, and answer spatial queries.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stddef.h>
#include <stdint.h>

#include "br-board.h"
#include "br-board-file.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

static void
check (BrBoard *board)
{
  g_autoptr(GBytes) saved = br_board_to_bytes (board);
  g_autoptr(GError) error = NULL;
  g_autoptr(BrBoard) again = NULL;
  g_autoptr(GBytes) saved_again = NULL;
  g_autoptr(GPtrArray) all = NULL;
  BrRect everything = { -2e7, -2e7, 4e7, 4e7 };

  for (guint i = 0; i < br_board_get_n_items (board); i++)
    {
      const BrItem *item = br_board_get_item (board, i);

      g_assert (item->id != NULL && br_board_lookup (board, item->id) == item);
      for (guint side = 0; side < 2; side++)
        if (item->ends[side].item_id != NULL)
          {
            const BrItem *target = br_board_lookup (board, item->ends[side].item_id);

            g_assert (item->kind == BR_ITEM_ARROW);
            g_assert (target != NULL && target != item && br_item_is_bindable (target));
          }
      br_board_hit_test (board, item->x, item->y, 4);
    }

  all = br_board_query_rect (board, &everything, FALSE);
  g_assert (all->len == br_board_get_n_items (board));

  again = br_board_parse (saved, &error);
  g_assert (again != NULL && error == NULL);
  saved_again = br_board_to_bytes (again);
  g_assert (g_bytes_equal (saved, saved_again));
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static gboolean initialized;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BrBoard) board = NULL;

  if (!initialized)
    {
      /* A critical or a warning is a bug too */
      g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
      initialized = TRUE;
    }

  bytes = g_bytes_new_static (data, size);
  board = br_board_parse (bytes, &error);
  if (board == NULL)
    {
      g_assert (error != NULL && error->domain == BR_DOC_ERROR);
      return 0;
    }

  g_assert (error == NULL);
  check (board);
  return 0;
}
