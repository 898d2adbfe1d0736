/* br-board-load.h — opening a board from any file that holds one (no GTK)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "br-board.h"
#include "br-excalidraw.h"

G_BEGIN_DECLS

/**
 * BrBoardSource:
 * @BR_BOARD_SOURCE_NATIVE: a .brboard file: the board's own file
 * @BR_BOARD_SOURCE_IMAGE: a PNG or SVG image with a board inside: the
 *   board is a copy, saved elsewhere
 * @BR_BOARD_SOURCE_DRAWING: an Excalidraw drawing, imported: the board is
 *   a copy, saved elsewhere
 *
 * What kind of file a board was loaded from.
 */
typedef enum {
  BR_BOARD_SOURCE_NATIVE,
  BR_BOARD_SOURCE_IMAGE,
  BR_BOARD_SOURCE_DRAWING,
} BrBoardSource;

BrBoard *br_board_load (GFile              *file,
                        BrBoardSource      *out_source,
                        BrExcalidrawReport *out_report,
                        GCancellable       *cancellable,
                        GError            **error);

G_END_DECLS
