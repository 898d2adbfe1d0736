/* br-plan-item-row.h — a study item on the Plan page: its check box, its
 * state and its note, following the user's progress
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "br-progress.h"
#include "br-study-item.h"

G_BEGIN_DECLS

#define BR_TYPE_PLAN_ITEM_ROW (br_plan_item_row_get_type ())

G_DECLARE_FINAL_TYPE (BrPlanItemRow, br_plan_item_row, BR, PLAN_ITEM_ROW, AdwActionRow)

GtkWidget   *br_plan_item_row_new          (BrStudyItem   *item);
BrStudyItem *br_plan_item_row_get_item     (BrPlanItemRow *self);
BrProgress  *br_plan_item_row_get_progress (BrPlanItemRow *self);
void         br_plan_item_row_set_progress (BrPlanItemRow *self,
                                            BrProgress    *progress);

G_END_DECLS
