/* fuzz-export-extract.c — libFuzzer target for br_board_export_extract()
 *
 * Whatever the bytes, finding a board in an image must either return a
 * board or fail with a BR_EXPORT_ERROR (not an image, no board, damaged,
 * too large) or the board loader's BR_DOC_ERROR; it must not crash, leak,
 * read out of bounds or log a warning. A board that comes out must save
 * to a document that loads again to the same bytes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stddef.h>
#include <stdint.h>

#include "br-board-export.h"
#include "br-board-file.h"
#include "br-doc-error.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static gboolean initialized;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BrBoard) board = NULL;
  g_autoptr(BrBoard) again = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GBytes) saved_again = NULL;

  if (!initialized)
    {
      /* A critical or a warning is a bug too */
      g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
      initialized = TRUE;
    }

  bytes = g_bytes_new_static (data, size);
  board = br_board_export_extract (bytes, &error);
  if (board == NULL)
    {
      g_assert (error != NULL);
      g_assert (error->domain == BR_EXPORT_ERROR || error->domain == BR_DOC_ERROR);
      g_assert (error->message != NULL && g_utf8_validate (error->message, -1, NULL));
      return 0;
    }

  g_assert (error == NULL);
  saved = br_board_to_bytes (board);
  again = br_board_parse (saved, &error);
  g_assert (again != NULL && error == NULL);
  saved_again = br_board_to_bytes (again);
  g_assert (g_bytes_equal (saved, saved_again));
  return 0;
}
