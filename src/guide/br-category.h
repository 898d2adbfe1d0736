/* br-category.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "br-guide-entry.h"


G_BEGIN_DECLS

#define BR_TYPE_CATEGORY (br_category_get_type ())

G_DECLARE_FINAL_TYPE (BrCategory, br_category, BR, CATEGORY, BrGuideEntry)


G_END_DECLS
