/* br-round-time.c — reading a round's time, its record, and formatting
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-round"

#include "br-round-private.h"

/* Everything below is computed from one reading of the clock: the closed
 * stretches of each phase, plus the open one of the current phase while
 * the round runs. */

static gint64
phase_elapsed_at (BrRound *self,
                  guint    index,
                  gint64   now)
{
  gint64 elapsed = self->slots[index].spent;

  if (self->state == BR_ROUND_RUNNING && index == self->current)
    elapsed += MAX (0, now - self->open_since);
  return elapsed;
}

static gint64
elapsed_at (BrRound *self,
            gint64   now)
{
  gint64 elapsed = 0;

  for (guint i = 0; i < self->n_slots; i++)
    elapsed += phase_elapsed_at (self, i, now);
  return elapsed;
}

static gint64
phase_remaining_at (BrRound *self,
                    gint64   now)
{
  if (self->n_slots == 0)
    return 0;
  return self->slots[self->current].budget * BR_USEC_PER_MINUTE
         - phase_elapsed_at (self, self->current, now);
}

static gint64
now (BrRound *self)
{
  return br_clock_get_time (self->clock);
}

/**
 * br_round_get_current_phase:
 * @self: a #BrRound
 *
 * Returns: the index of the current phase; 0 while idle, the last phase
 *   once the round completed
 */
guint
br_round_get_current_phase (BrRound *self)
{
  g_return_val_if_fail (BR_IS_ROUND (self), 0);
  return self->current;
}

/**
 * br_round_get_phase_elapsed:
 * @self: a #BrRound
 * @index: a phase's index
 *
 * Returns: the microseconds spent in the phase so far, overtime included
 */
gint64
br_round_get_phase_elapsed (BrRound *self,
                            guint    index)
{
  g_return_val_if_fail (BR_IS_ROUND (self), 0);
  g_return_val_if_fail (index < self->n_slots, 0);
  return phase_elapsed_at (self, index, now (self));
}

/**
 * br_round_get_phase_remaining:
 * @self: a #BrRound
 *
 * Returns: the current phase's budget minus its elapsed time, in
 *   microseconds; negative once the phase runs over
 */
gint64
br_round_get_phase_remaining (BrRound *self)
{
  g_return_val_if_fail (BR_IS_ROUND (self), 0);
  return phase_remaining_at (self, now (self));
}

/**
 * br_round_get_phase_overtime:
 * @self: a #BrRound
 *
 * Returns: how many microseconds the current phase has run past its
 *   budget; 0 if it has not
 */
gint64
br_round_get_phase_overtime (BrRound *self)
{
  g_return_val_if_fail (BR_IS_ROUND (self), 0);
  return MAX (0, -phase_remaining_at (self, now (self)));
}

/**
 * br_round_get_elapsed:
 * @self: a #BrRound
 *
 * Returns: the microseconds spent in all the phases so far
 */
gint64
br_round_get_elapsed (BrRound *self)
{
  g_return_val_if_fail (BR_IS_ROUND (self), 0);
  return elapsed_at (self, now (self));
}

/**
 * br_round_get_remaining:
 * @self: a #BrRound
 *
 * Returns: the round's length minus its elapsed time, in microseconds;
 *   negative once the round runs over
 */
gint64
br_round_get_remaining (BrRound *self)
{
  g_return_val_if_fail (BR_IS_ROUND (self), 0);
  return self->length * BR_USEC_PER_MINUTE - elapsed_at (self, now (self));
}

/**
 * br_round_get_overtime:
 * @self: a #BrRound
 *
 * Returns: how many microseconds the round has run past its length; 0 if
 *   it has not
 */
gint64
br_round_get_overtime (BrRound *self)
{
  g_return_val_if_fail (BR_IS_ROUND (self), 0);
  return MAX (0, elapsed_at (self, now (self)) - self->length * BR_USEC_PER_MINUTE);
}

/**
 * br_round_get_until_next_second:
 * @self: a #BrRound
 *
 * How long until the current phase's elapsed time reaches its next whole
 * second, which is when a display of it changes. A view that wakes up
 * after this long shows each second as it begins.
 *
 * Returns: microseconds, 1 to 1000000, while the round runs; -1 otherwise
 */
gint64
br_round_get_until_next_second (BrRound *self)
{
  g_return_val_if_fail (BR_IS_ROUND (self), -1);

  if (self->state != BR_ROUND_RUNNING)
    return -1;
  return G_USEC_PER_SEC - phase_elapsed_at (self, self->current, now (self)) % G_USEC_PER_SEC;
}

/**
 * br_round_get_until_phase_end:
 * @self: a #BrRound
 *
 * Returns: microseconds until the current phase's budget is used up, 0 if
 *   it already is, while the round runs; -1 otherwise
 */
gint64
br_round_get_until_phase_end (BrRound *self)
{
  g_return_val_if_fail (BR_IS_ROUND (self), -1);

  if (self->state != BR_ROUND_RUNNING)
    return -1;
  return MAX (0, phase_remaining_at (self, now (self)));
}

/**
 * br_round_get_record:
 * @self: a #BrRound
 *
 * The round so far: each phase's id, budget and actual time, the start
 * time (%NULL while idle), the overtime (the round's elapsed time past its
 * length, or 0) and whether it completed. Valid in any state; once the
 * round is finished, it is the final record.
 *
 * Returns: (transfer full): a new record
 */
BrRoundRecord *
br_round_get_record (BrRound *self)
{
  BrRoundRecord *record;
  gint64 at;
  gint64 total = 0;

  g_return_val_if_fail (BR_IS_ROUND (self), NULL);

  at = now (self);
  record = br_round_record_new ();
  record->started = self->started ? g_date_time_ref (self->started) : NULL;
  record->length = self->length;
  record->completed = self->completed;

  g_array_set_size (record->phases, self->n_slots);
  for (guint i = 0; i < self->n_slots; i++)
    {
      BrRoundRecordPhase *phase = &g_array_index (record->phases, BrRoundRecordPhase, i);

      phase->phase_id = g_strdup (br_guide_entry_get_id (BR_GUIDE_ENTRY (self->slots[i].phase)));
      phase->budget = self->slots[i].budget;
      phase->actual = phase_elapsed_at (self, i, at);
      total += phase->actual;
    }
  record->overtime = MAX (0, total - self->length * BR_USEC_PER_MINUTE);

  return record;
}

/**
 * br_round_format_time:
 * @microseconds: a duration, of either sign
 *
 * Formats the absolute value of @microseconds as "m:ss", or "h:mm:ss" from
 * one hour, with no sign: the caller shows overtime its own way (the Round
 * page writes "+" in front). A part of a second counts as a whole one, the
 * way a countdown shows it: a fresh five-minute phase reads "5:00", and so
 * does one with 4:59.2 left; the display reads "0:00" only when the time is
 * up. At the whole seconds when a #BrRoundTicker wakes up, the rounding
 * makes no difference.
 *
 * Returns: (transfer full): the text
 */
char *
br_round_format_time (gint64 microseconds)
{
  guint64 magnitude;
  guint64 seconds;

  /* Negating G_MININT64 would overflow: negate in unsigned arithmetic */
  magnitude = microseconds < 0 ? 0 - (guint64) microseconds : (guint64) microseconds;
  seconds = magnitude / G_USEC_PER_SEC + (magnitude % G_USEC_PER_SEC != 0);

  if (seconds < 3600)
    return g_strdup_printf ("%u:%02u", (guint) (seconds / 60), (guint) (seconds % 60));

  return g_strdup_printf ("%" G_GUINT64_FORMAT ":%02u:%02u", seconds / 3600,
                          (guint) (seconds / 60 % 60), (guint) (seconds % 60));
}
