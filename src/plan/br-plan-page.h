/* br-plan-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "br-guide.h"
#include "br-progress.h"
#include "br-practice-history.h"

G_BEGIN_DECLS

#define BR_TYPE_PLAN_PAGE (br_plan_page_get_type ())

G_DECLARE_FINAL_TYPE (BrPlanPage, br_plan_page, BR, PLAN_PAGE, AdwBin)

BrGuide *br_plan_page_get_guide (BrPlanPage *self);
void     br_plan_page_set_guide (BrPlanPage *self,
                                 BrGuide    *guide);
gboolean br_plan_page_show      (BrPlanPage *self,
                                 const char *target);
BrProgress *br_plan_page_get_progress (BrPlanPage *self);
void     br_plan_page_set_progress (BrPlanPage *self,
                                 BrProgress *progress);
BrPracticeHistory *br_plan_page_get_practice (BrPlanPage *self);
void     br_plan_page_set_practice (BrPlanPage *self,
                                 BrPracticeHistory *practice);

G_END_DECLS
