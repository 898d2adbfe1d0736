/* br-estimate-load.h — an estimate as the load a board's clients put on
 * the design (no GTK)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "br-board.h"
#include "br-estimate.h"

G_BEGIN_DECLS

GStrv     br_board_find_clients        (BrBoard     *board);
gboolean  br_estimate_use_as_entry_load (BrEstimate *estimate,
                                         BrBoard    *board,
                                         char      **summary,
                                         GError    **error);

G_END_DECLS
