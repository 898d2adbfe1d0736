/* bench-boards.h — the boards the benchmarks measure
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "br-board.h"

BrBoard *bench_build_board (guint  n,
                            guint  side,
                            double spacing);
