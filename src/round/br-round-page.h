/* br-round-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "br-round-ticker.h"

G_BEGIN_DECLS

#define BR_TYPE_ROUND_PAGE (br_round_page_get_type ())

G_DECLARE_FINAL_TYPE (BrRoundPage, br_round_page, BR, ROUND_PAGE, AdwBin)

BrRoundTicker *br_round_page_get_ticker (BrRoundPage   *self);
void           br_round_page_set_ticker (BrRoundPage   *self,
                                         BrRoundTicker *ticker);

G_END_DECLS
