/* br-round-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "br-guide.h"

G_BEGIN_DECLS

#define BR_TYPE_ROUND_PAGE (br_round_page_get_type ())

G_DECLARE_FINAL_TYPE (BrRoundPage, br_round_page, BR, ROUND_PAGE, AdwBin)

BrGuide *br_round_page_get_guide (BrRoundPage *self);
void     br_round_page_set_guide (BrRoundPage *self,
                                  BrGuide     *guide);

G_END_DECLS
