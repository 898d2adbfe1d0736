/* br-sm2.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>

#include "br-sm2.h"

/**
 * br_sm2_state_init:
 *
 * A question never reviewed: no repetitions, no interval, easiness 2.5.
 */
void
br_sm2_state_init (BrSm2State *state)
{
  state->repetitions = 0;
  state->interval = 0;
  state->easiness = BR_SM2_INITIAL_EASINESS;
}

/**
 * br_sm2_grade_from_score:
 * @average_score: the attempt's average rubric score, 1 to 4
 *
 * Maps a self-review to an SM-2 grade (0 to 5). The rubric's four levels
 * map to grades 1, 3, 4 and 5:
 *
 * | score | meaning (rubric)        | SM-2 grade                          |
 * |-------|-------------------------|-------------------------------------|
 * | 1     | missing or wrong        | 1: failed, the answer barely came   |
 * | 2     | partial                 | 3: passed, with serious difficulty  |
 * | 3     | solid                   | 4: passed after some hesitation     |
 * | 4     | strong, bar-raising     | 5: perfect                          |
 *
 * Averages in between are interpolated linearly between those points and
 * rounded to the nearest grade, halves up: 1.5 -> 2, 1.75 -> 2.5 -> 3,
 * 2.4 -> 3.4 -> 3, 2.5 -> 3.5 -> 4, 3.5 -> 4.5 -> 5. Scores below 1 count as
 * 1, above 4 as 4. The gap between 1 and 2 is wider on purpose: an answer
 * scored "partial" on average is a pass (it may come back later), anything
 * lower is relearned from the start.
 *
 * Returns: the SM-2 grade, 1 to 5
 */
guint
br_sm2_grade_from_score (double average_score)
{
  double grade;

  if (isnan (average_score) || average_score <= 1.0)
    return 1;
  if (average_score >= 4.0)
    return 5;

  if (average_score <= 2.0)
    grade = 1.0 + 2.0 * (average_score - 1.0);
  else
    grade = 3.0 + (average_score - 2.0);

  /* Halves up; the small epsilon keeps 2.4999999 from binary fractions at 2.5 */
  return (guint) floor (grade + 0.5 + 1e-9);
}

/**
 * br_sm2_review:
 * @state: the question's state before the review
 * @grade: the review's grade, 0 to 5 (more counts as 5)
 * @out: (out caller-allocates): the state after the review; may be @state
 *
 * The classic SM-2 rule (P. Wozniak, 1990), in the order Wikipedia gives it:
 *
 * - grade >= 3 (a pass): the interval becomes 1 day after the first pass,
 *   6 days after the second, then round(interval * EF) with the easiness
 *   before this review, halves rounded up; repetitions += 1;
 * - grade < 3 (a fail): repetitions = 0 and the interval is 1 day;
 * - either way EF' = EF + (0.1 - (5 - q) * (0.08 + (5 - q) * 0.02)), and
 *   never below 1.3.
 *
 * EF changes by a whole number of hundredths (+0.10, 0, -0.14, -0.32,
 * -0.54, -0.80 for grades 5 to 0), so it is computed in hundredths, and the
 * results are exact: no drift through floating point.
 */
void
br_sm2_review (const BrSm2State *state,
               guint             grade,
               BrSm2State       *out)
{
  gint64 ef;       /* hundredths */
  gint64 interval;
  guint repetitions;
  gint64 miss;

  g_return_if_fail (state != NULL);
  g_return_if_fail (out != NULL);

  grade = MIN (grade, 5);
  miss = 5 - (gint64) grade;

  ef = (gint64) llround (CLAMP (state->easiness, BR_SM2_MIN_EASINESS, BR_SM2_MAX_EASINESS) * 100.0);
  repetitions = state->repetitions;

  if (grade >= 3)
    {
      if (repetitions == 0)
        interval = 1;
      else if (repetitions == 1)
        interval = 6;
      else
        interval = ((gint64) MAX (state->interval, 1) * ef + 50) / 100;
      repetitions = repetitions < G_MAXUINT ? repetitions + 1 : repetitions;
    }
  else
    {
      repetitions = 0;
      interval = 1;
    }

  ef += 10 - miss * (8 + miss * 2);
  ef = CLAMP (ef, (gint64) (BR_SM2_MIN_EASINESS * 100 + 0.5), (gint64) (BR_SM2_MAX_EASINESS * 100 + 0.5));

  out->repetitions = repetitions;
  out->interval = (guint) CLAMP (interval, 1, BR_SM2_MAX_INTERVAL);
  out->easiness = (double) ef / 100.0;
}

/**
 * br_sm2_next_due:
 * @reviewed: the day of the review
 * @interval: days until the next review
 * @out_due: (out caller-allocates): @reviewed + @interval days
 */
void
br_sm2_next_due (const GDate *reviewed,
                 guint        interval,
                 GDate       *out_due)
{
  g_return_if_fail (reviewed != NULL && g_date_valid (reviewed));
  g_return_if_fail (out_due != NULL);

  *out_due = *reviewed;
  g_date_add_days (out_due, MIN (interval, BR_SM2_MAX_INTERVAL));
}
