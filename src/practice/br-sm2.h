/* br-sm2.h — the SM-2 spaced repetition rule, as pure functions (no GTK)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define BR_SM2_INITIAL_EASINESS 2.5
#define BR_SM2_MIN_EASINESS     1.3
#define BR_SM2_MAX_EASINESS     10.0
/* The longest interval scheduled, in days (about ten years) */
#define BR_SM2_MAX_INTERVAL     3650

/**
 * BrSm2State:
 * @repetitions: successful reviews in a row (grade 3 or more)
 * @interval: days until the next review
 * @easiness: the easiness factor, at least 1.3
 *
 * What SM-2 remembers of one question.
 */
typedef struct {
  guint repetitions;
  guint interval;
  double easiness;
} BrSm2State;

void     br_sm2_state_init        (BrSm2State       *state);
guint    br_sm2_grade_from_score  (double            average_score);
void     br_sm2_review            (const BrSm2State *state,
                                   guint             grade,
                                   BrSm2State       *out);
void     br_sm2_next_due          (const GDate      *reviewed,
                                   guint             interval,
                                   GDate            *out_due);

G_END_DECLS
