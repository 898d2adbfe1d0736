/* fuzz-excalidraw.c — libFuzzer target for br_excalidraw_parse()
 *
 * Whatever the bytes, the import must either return a board or fail with a
 * BR_DOC_ERROR; it must not crash, leak, read out of bounds or log a
 * warning. A board that loads must hold only valid bindings and answer
 * spatial queries, and writing it as a drawing must give one that reads
 * back to the same items, kinds and bindings, with nothing left out.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "br-board.h"
#include "br-excalidraw.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

static void
check (BrBoard *board)
{
  g_autoptr(GBytes) drawing = br_excalidraw_to_bytes (board);
  g_autoptr(GError) error = NULL;
  g_autoptr(BrBoard) again = NULL;
  g_autoptr(GPtrArray) all = NULL;
  BrRect everything = { -2e7, -2e7, 4e7, 4e7 };
  BrExcalidrawReport report;

  for (guint i = 0; i < br_board_get_n_items (board); i++)
    {
      const BrItem *item = br_board_get_item (board, i);

      g_assert (item->id != NULL && br_id_is_name (item->id) && br_board_lookup (board, item->id) == item);
      g_assert (item->group == NULL || br_id_is_name (item->group));
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

  /* Our own drawing reads back whole */
  again = br_excalidraw_parse (drawing, &report, &error);
  g_assert (again != NULL && error == NULL);
  g_assert (br_excalidraw_report_to_message (&report) == NULL);
  g_assert (report.rotated == 0 && report.unbound == 0 && report.extra_labels == 0);
  g_assert (br_board_get_n_items (again) == br_board_get_n_items (board));
  for (guint i = 0; i < br_board_get_n_items (board); i++)
    {
      const BrItem *a = br_board_get_item (board, i), *b = br_board_get_item (again, i);

      g_assert (strcmp (a->id, b->id) == 0 && a->kind == b->kind);
      g_assert (g_strcmp0 (a->group, b->group) == 0);
      g_assert (a->kind == BR_ITEM_STROKE || strcmp (a->label, b->label) == 0);
      for (guint side = 0; side < 2; side++)
        g_assert (g_strcmp0 (a->ends[side].item_id, b->ends[side].item_id) == 0);
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static gboolean initialized;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BrBoard) board = NULL;
  g_autofree char *message = NULL;
  BrExcalidrawReport report;

  if (!initialized)
    {
      /* A critical or a warning is a bug too */
      g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
      initialized = TRUE;
    }

  bytes = g_bytes_new_static (data, size);
  board = br_excalidraw_parse (bytes, &report, &error);
  if (board == NULL)
    {
      g_assert (error != NULL && error->domain == BR_DOC_ERROR);
      return 0;
    }

  g_assert (error == NULL);
  message = br_excalidraw_report_to_message (&report);
  check (board);
  return 0;
}
