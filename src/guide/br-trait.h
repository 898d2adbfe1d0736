/* br-trait.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "br-guide-entry.h"

G_BEGIN_DECLS

#define BR_TYPE_TRAIT (br_trait_get_type ())

G_DECLARE_FINAL_TYPE (BrTrait, br_trait, BR, TRAIT, BrGuideEntry)

G_END_DECLS
