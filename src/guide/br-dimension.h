/* br-dimension.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "br-guide-entry.h"


G_BEGIN_DECLS

#define BR_TYPE_DIMENSION (br_dimension_get_type ())

G_DECLARE_FINAL_TYPE (BrDimension, br_dimension, BR, DIMENSION, BrGuideEntry)

const char * const *br_dimension_get_levels (BrDimension *self);

G_END_DECLS
