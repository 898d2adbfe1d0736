/* br-board-load.c — opening a board from any file that holds one
 *
 * The one place that tells the kinds of board file apart, by content
 * rather than by name: a PNG or SVG image an export left a board in, an
 * Excalidraw drawing (or a file named .excalidraw), or else a .brboard
 * document. Both the Whiteboard page's Open and the
 * command line's --export read boards through here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-board"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "br-board-export.h"
#include "br-board-file.h"
#include "br-board-load.h"
#include "br-file-util.h"

/* An Excalidraw drawing says so at its start: {"type": "excalidraw", ... */
static gboolean
looks_like_drawing (GBytes *bytes)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  gsize head = MIN (size, 256);

  return head > 0 && g_strstr_len (data, head, "\"excalidraw") != NULL &&
         g_strstr_len (data, head, "\"bar-raiser-board\"") == NULL;
}

/**
 * br_board_load:
 * @file: a .brboard file, a PNG or SVG image exported with its board, or
 *   an Excalidraw drawing
 * @out_source: (out) (optional): what kind of file it was
 * @out_report: (out caller-allocates) (optional): for a drawing, what the
 *   import left out; cleared otherwise
 *
 * Loads the board @file holds. Errors are #G_IO_ERROR, #BR_DOC_ERROR or
 * #BR_EXPORT_ERROR, and their message starts with the file's path and
 * ": ", then for a document error "LINE:COLUMN: JSON-PATH: ".
 *
 * Returns: (transfer full) (nullable): the board, with an empty history
 */
BrBoard *
br_board_load (GFile              *file,
               BrBoardSource      *out_source,
               BrExcalidrawReport *out_report,
               GCancellable       *cancellable,
               GError            **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  BrExportFormat image_format;
  BrBoardSource source;
  BrBoard *board;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (out_report != NULL)
    memset (out_report, 0, sizeof *out_report);

  /* The larger limit of the two; the board loader applies its own */
  bytes = br_file_load_limited (file, BR_EXPORT_MAX_FILE_SIZE, cancellable, error);
  if (bytes == NULL)
    return NULL;

  if (g_bytes_get_size (bytes) >= 5 && memcmp (g_bytes_get_data (bytes, NULL), "%PDF-", 5) == 0)
    {
      /* Exports write PDF too, but only as a picture */
      source = BR_BOARD_SOURCE_IMAGE;
      board = NULL;
      g_set_error_literal (&local_error, BR_EXPORT_ERROR, BR_EXPORT_ERROR_NO_BOARD,
                           _("A PDF holds no Bar Raiser board: open the board's .brboard file, "
                             "or a PNG or SVG export of it"));
    }
  else if (br_export_sniff_format (bytes, &image_format))
    {
      source = BR_BOARD_SOURCE_IMAGE;
      board = br_board_export_extract (bytes, &local_error);
    }
  else if (br_excalidraw_file_is_drawing (file) || looks_like_drawing (bytes))
    {
      source = BR_BOARD_SOURCE_DRAWING;
      board = br_excalidraw_parse (bytes, out_report, &local_error);
    }
  else
    {
      source = BR_BOARD_SOURCE_NATIVE;
      board = br_board_parse (bytes, &local_error);
    }

  if (board == NULL)
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "%s: ", name);
      return NULL;
    }
  if (out_source != NULL)
    *out_source = source;
  return board;
}
