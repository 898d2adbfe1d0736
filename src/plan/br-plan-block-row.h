/* br-plan-block-row.h — a block of the study plan on the Plan page: its
 * weeks, how many of its items are done, and its items once opened
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "br-block.h"
#include "br-progress.h"

G_BEGIN_DECLS

#define BR_TYPE_PLAN_BLOCK_ROW (br_plan_block_row_get_type ())

G_DECLARE_FINAL_TYPE (BrPlanBlockRow, br_plan_block_row, BR, PLAN_BLOCK_ROW, AdwExpanderRow)

GtkWidget  *br_plan_block_row_new              (BrBlock        *block);
BrBlock    *br_plan_block_row_get_block        (BrPlanBlockRow *self);
BrProgress *br_plan_block_row_get_progress     (BrPlanBlockRow *self);
void        br_plan_block_row_set_progress     (BrPlanBlockRow *self,
                                                BrProgress     *progress);
gboolean    br_plan_block_row_get_items_built  (BrPlanBlockRow *self);

G_END_DECLS
