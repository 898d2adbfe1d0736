/* br-test-boards.h — random boards for round-trip tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "br-board.h"

G_BEGIN_DECLS

BrBoard *br_test_random_board (guint    n_items,
                               gboolean extreme);

G_END_DECLS
