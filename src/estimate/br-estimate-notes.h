/* br-estimate-notes.h — a board's estimate notes in a report (no GTK)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "br-board.h"

G_BEGIN_DECLS

char     *br_board_estimates_to_text (BrBoard *board);
JsonNode *br_board_estimates_to_json (BrBoard *board);

G_END_DECLS
