/* br-board-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define BR_TYPE_BOARD_PAGE (br_board_page_get_type ())

G_DECLARE_FINAL_TYPE (BrBoardPage, br_board_page, BR, BOARD_PAGE, AdwBin)

G_END_DECLS
