/* br-board-preview.h — a board drawn to fit, read-only: replays and
 * thumbnails
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "br-board.h"

G_BEGIN_DECLS

#define BR_TYPE_BOARD_PREVIEW (br_board_preview_get_type ())

G_DECLARE_FINAL_TYPE (BrBoardPreview, br_board_preview, BR, BOARD_PREVIEW, GtkWidget)

GtkWidget *br_board_preview_new        (BrBoard        *board);
BrBoard   *br_board_preview_get_board  (BrBoardPreview *self);
void       br_board_preview_set_board  (BrBoardPreview *self,
                                        BrBoard        *board);
void       br_board_preview_set_extent (BrBoardPreview *self,
                                        const BrRect   *extent);
gboolean   br_board_preview_measure         (BrBoard        *board,
                                        BrRect         *out_extent);

G_END_DECLS
