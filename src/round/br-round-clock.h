/* br-round-clock.h — a clock that reads a round's elapsed time (no GTK)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "br-clock.h"
#include "br-round.h"

G_BEGIN_DECLS

#define BR_TYPE_ROUND_CLOCK (br_round_clock_get_type ())

G_DECLARE_FINAL_TYPE (BrRoundClock, br_round_clock, BR, ROUND_CLOCK, BrClock)

BrClock *br_round_clock_new (BrRound *round);

G_END_DECLS
