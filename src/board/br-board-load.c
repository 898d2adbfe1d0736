/* br-board-load.c — opening a board from any file that holds one
 *
 * The one place that tells the kinds of board file apart: a PDF (which
 * holds no board), a PNG or SVG image an export left a board in, by their
 * signature; then by name, a .excalidraw drawing or a .brboard document;
 * else by what the JSON's root object says: a "format" for a board, a
 * "type" "excalidraw" for a drawing. Both the Whiteboard page's Open and the
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
#include "br-json-parse.h"

/* What a JSON document says it is: a board has a "format", a drawing the
 * "type" "excalidraw" (or "excalidraw/clipboard"), wherever they are in
 * the root object. Sniffing bytes took a board whose "format" came after
 * an id like "excalidraw-logo" for a drawing. */
static gboolean
is_drawing (GFile  *file,
            GBytes *bytes)
{
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *name = g_file_get_basename (file);
  gsize size, name_length = name ? strlen (name) : 0;
  const char *data = g_bytes_get_data (bytes, &size);
  JsonObject *object;
  JsonNode *type;

  /* The name, when it says */
  if (br_excalidraw_file_is_drawing (file))
    return TRUE;
  if (name_length > strlen (BR_BOARD_SUFFIX) &&
      g_ascii_strcasecmp (name + name_length - strlen (BR_BOARD_SUFFIX), BR_BOARD_SUFFIX) == 0)
    return FALSE;

  /* Otherwise the root: a text that does not parse goes to the board
   * loader, which says where it is wrong */
  root = br_json_parse_shallow (size ? data : "", size, NULL);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return FALSE;
  object = json_node_get_object (root);
  if (json_object_has_member (object, "format"))
    return FALSE;
  type = json_object_get_member (object, "type");
  return type != NULL && JSON_NODE_HOLDS_VALUE (type) && json_node_get_value_type (type) == G_TYPE_STRING &&
         g_str_has_prefix (json_node_get_string (type), "excalidraw");
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
  else if (is_drawing (file, bytes))
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
