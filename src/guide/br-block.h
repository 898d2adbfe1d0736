/* br-block.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "br-guide-entry.h"


G_BEGIN_DECLS

#define BR_TYPE_BLOCK (br_block_get_type ())

G_DECLARE_FINAL_TYPE (BrBlock, br_block, BR, BLOCK, BrGuideEntry)

guint br_block_get_first_week (BrBlock *self);
guint br_block_get_last_week (BrBlock *self);
GListModel *br_block_get_items (BrBlock *self);

G_END_DECLS
