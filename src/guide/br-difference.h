/* br-difference.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "br-guide-entry.h"


G_BEGIN_DECLS

#define BR_TYPE_DIFFERENCE (br_difference_get_type ())

G_DECLARE_FINAL_TYPE (BrDifference, br_difference, BR, DIFFERENCE, BrGuideEntry)

const char * const *br_difference_get_points (BrDifference *self);

G_END_DECLS
