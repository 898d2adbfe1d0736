/* br-progress-activity.c — the days the user studied: marking them, the
 * streak, and the activity of a span of days
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-progress"

#include <glib/gi18n-lib.h>

#include "br-progress-private.h"

/* The longest span br_progress_get_activity() returns, in days */
#define MAX_ACTIVITY_SPAN 36600

/* ---------------------------------------------------------------------- */
/* Activity                                                                */

/**
 * br_progress_mark_active_day:
 * @day: a valid date
 *
 * Counts one more thing done on @day (a practice attempt, say), and saves.
 */
void
br_progress_mark_active_day (BrProgress  *self,
                             const GDate *day)
{
  gpointer key;
  guint count;

  g_return_if_fail (BR_IS_PROGRESS (self));
  g_return_if_fail (day != NULL && g_date_valid (day));

  key = GUINT_TO_POINTER (g_date_get_julian (day));
  count = GPOINTER_TO_UINT (g_hash_table_lookup (self->data.activity, key));
  if (count < G_MAXINT32)
    count++;
  g_hash_table_insert (self->data.activity, key, GUINT_TO_POINTER (count));
  _br_progress_changed (self);
}

/**
 * br_progress_mark_active_today:
 *
 * br_progress_mark_active_day() for today, local time.
 */
void
br_progress_mark_active_today (BrProgress *self)
{
  GDate today;

  _br_progress_set_today (&today, NULL);
  br_progress_mark_active_day (self, &today);
}

/**
 * br_progress_get_day_count:
 *
 * Returns: how many things were done on @day, 0 if it was not a study day
 */
guint
br_progress_get_day_count (BrProgress  *self,
                           const GDate *day)
{
  g_return_val_if_fail (BR_IS_PROGRESS (self), 0);
  g_return_val_if_fail (day != NULL && g_date_valid (day), 0);

  return GPOINTER_TO_UINT (g_hash_table_lookup (self->data.activity,
                                                GUINT_TO_POINTER (g_date_get_julian (day))));
}

/**
 * br_progress_get_streak:
 * @today: today's date
 *
 * Returns: the number of consecutive study days that end today, or
 *   yesterday when nothing was done today yet (the streak is not lost
 *   before the day is over); 0 when neither was a study day
 */
guint
br_progress_get_streak (BrProgress  *self,
                        const GDate *today)
{
  guint julian;
  guint streak = 0;

  g_return_val_if_fail (BR_IS_PROGRESS (self), 0);
  g_return_val_if_fail (today != NULL && g_date_valid (today), 0);

  julian = g_date_get_julian (today);
  if (!g_hash_table_contains (self->data.activity, GUINT_TO_POINTER (julian)))
    julian--;
  while (julian >= 1 && g_hash_table_contains (self->data.activity, GUINT_TO_POINTER (julian)))
    {
      streak++;
      julian--;
    }
  return streak;
}

/**
 * br_progress_get_activity:
 * @first: the first day
 * @last: the last day, not before @first
 *
 * For a heat-map of the study days.
 *
 * Returns: (transfer full) (element-type guint): one count per day from
 *   @first to @last included (at most 36,600 days); empty when @last is
 *   before @first
 */
GArray *
br_progress_get_activity (BrProgress  *self,
                          const GDate *first,
                          const GDate *last)
{
  GArray *counts = g_array_new (FALSE, TRUE, sizeof (guint));
  guint from, to;

  g_return_val_if_fail (BR_IS_PROGRESS (self), counts);
  g_return_val_if_fail (first != NULL && g_date_valid (first), counts);
  g_return_val_if_fail (last != NULL && g_date_valid (last), counts);

  from = g_date_get_julian (first);
  to = g_date_get_julian (last);
  if (to < from)
    return counts;
  to = MIN (to, from + MAX_ACTIVITY_SPAN - 1);

  g_array_set_size (counts, to - from + 1);
  for (guint julian = from; julian <= to; julian++)
    g_array_index (counts, guint, julian - from) =
      GPOINTER_TO_UINT (g_hash_table_lookup (self->data.activity, GUINT_TO_POINTER (julian)));
  return counts;
}
