/* br-question-picker.h — "Surprise me": a weighted random question (no GTK)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "br-guide.h"
#include "br-practice-history.h"

G_BEGIN_DECLS

/* How many of the newest attempts the weak spots are measured over */
#define BR_QUESTION_PICKER_WINDOW 20

double      br_question_picker_get_weight (BrGuide           *guide,
                                           BrPracticeHistory *history,
                                           BrQuestion        *question,
                                           const GDate       *today);
BrQuestion *br_question_picker_pick       (BrGuide           *guide,
                                           BrPracticeHistory *history,
                                           const GDate       *today,
                                           GRand             *rand);

G_END_DECLS
