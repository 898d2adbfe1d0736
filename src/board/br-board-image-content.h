/* br-board-image-content.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "br-board.h"
#include "br-board-render.h"

G_BEGIN_DECLS

#define BR_TYPE_BOARD_IMAGE_CONTENT (br_board_image_content_get_type ())

G_DECLARE_FINAL_TYPE (BrBoardImageContent, br_board_image_content, BR, BOARD_IMAGE_CONTENT, GdkContentProvider)

GdkContentProvider *br_board_image_content_new (BrBoard       *board,
                                                double         scale);

G_END_DECLS
