/* br-round-budget.c — sharing a round's minutes out among its phases
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-round"

#include "br-round-private.h"

/*
 * _br_round_allocate:
 * @min: (array length=n): each phase's minimum, in minutes
 * @max: (array length=n): each phase's maximum, not below its minimum
 * @n: the number of phases
 * @length: the round's length in minutes
 * @budgets: (out caller-allocates) (array length=n): where to put each
 *   phase's budget; untouched when the length is refused
 *
 * Shares @length minutes out among the phases. A length of Σmin gives every
 * phase its minimum, Σmax every phase its maximum; in between, every phase
 * goes the same fraction (@length - Σmin) / (Σmax - Σmin) of the way from
 * its minimum to its maximum, so a phase with a wider range gets more of
 * the extra minutes.
 *
 * Those exact shares are rarely whole minutes. Each phase first gets its
 * share rounded down, then the minutes that rounding lost are handed out
 * one each to the phases with the largest fractional parts (the largest
 * remainder method); on a tie the earlier phase wins, so the result is
 * deterministic. The budgets then add up to @length exactly, and none
 * leaves its phase's range: a phase only gains a minute when its share had
 * a fractional part, that is, when it was below its maximum.
 *
 * When Σmax equals Σmin the only length accepted is that sum.
 *
 * Returns: %FALSE when @length is outside [Σmin, Σmax]
 */
gboolean
_br_round_allocate (const guint *min,
                    const guint *max,
                    guint        n,
                    guint        length,
                    guint       *budgets)
{
  g_autofree guint64 *remainder = NULL;
  guint64 sum_min = 0;
  guint64 sum_max = 0;
  guint64 extra;
  guint64 span;
  guint64 handed_out = 0;

  for (guint i = 0; i < n; i++)
    {
      g_return_val_if_fail (min[i] <= max[i], FALSE);
      sum_min += min[i];
      sum_max += max[i];
    }

  if (length < sum_min || length > sum_max)
    return FALSE;

  extra = length - sum_min;
  span = sum_max - sum_min;
  remainder = g_new0 (guint64, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    {
      /* extra <= span and the range <= 600 in a valid guide: no overflow */
      guint64 share = extra * (guint64) (max[i] - min[i]);
      guint64 whole = span > 0 ? share / span : 0;

      budgets[i] = min[i] + (guint) whole;
      remainder[i] = span > 0 ? share % span : 0;
      handed_out += whole;
    }

  /* Fewer than n minutes are left, and at least that many phases have a
   * remainder, so every round of this loop finds one. */
  for (guint64 left = extra - handed_out; left > 0; left--)
    {
      guint best = G_MAXUINT;

      for (guint i = 0; i < n; i++)
        if (remainder[i] > 0 && (best == G_MAXUINT || remainder[i] > remainder[best]))
          best = i;

      g_assert (best != G_MAXUINT);
      budgets[best]++;
      remainder[best] = 0;
    }

  return TRUE;
}
