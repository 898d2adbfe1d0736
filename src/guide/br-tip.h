/* br-tip.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "br-guide-entry.h"
#include "br-guide-types.h"
#include "br-guide-enums.h"


G_BEGIN_DECLS

#define BR_TYPE_TIP (br_tip_get_type ())

G_DECLARE_FINAL_TYPE (BrTip, br_tip, BR, TIP, BrGuideEntry)

BrTipKind br_tip_get_kind (BrTip *self);
const char * const *br_tip_get_principles (BrTip *self);

G_END_DECLS
