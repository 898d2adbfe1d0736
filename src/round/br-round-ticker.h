/* br-round-ticker.h — wakes up once a second while a round runs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "br-round.h"
#include "br-timer.h"

G_BEGIN_DECLS

#define BR_TYPE_ROUND_TICKER (br_round_ticker_get_type ())

G_DECLARE_FINAL_TYPE (BrRoundTicker, br_round_ticker, BR, ROUND_TICKER, GObject)

BrRoundTicker *br_round_ticker_new            (BrRound       *round);
BrRoundTicker *br_round_ticker_new_with_timer (BrRound       *round,
                                               BrTimer       *timer);
BrRound       *br_round_ticker_get_round      (BrRoundTicker *self);
BrTimer       *br_round_ticker_get_timer      (BrRoundTicker *self);
guint64        br_round_ticker_get_n_wakeups  (BrRoundTicker *self);

G_END_DECLS
