/* br-round-clock.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-round"

#include "br-round-clock.h"

/**
 * BrRoundClock:
 *
 * A #BrClock whose time is the time a round has run: it stands still
 * while the round is paused, so what is timed on it lines up with the
 * time the round's record gives each phase. It never goes backwards: once
 * the round is reset it stays at the last reading.
 */
struct _BrRoundClock
{
  BrClock parent_instance;

  BrRound *round;
  gint64 last;
};

G_DEFINE_FINAL_TYPE (BrRoundClock, br_round_clock, BR_TYPE_CLOCK)

static gint64
br_round_clock_get_time (BrClock *clock)
{
  BrRoundClock *self = BR_ROUND_CLOCK (clock);

  self->last = MAX (self->last, br_round_get_elapsed (self->round));
  return self->last;
}

static void
br_round_clock_finalize (GObject *object)
{
  BrRoundClock *self = BR_ROUND_CLOCK (object);

  g_clear_object (&self->round);

  G_OBJECT_CLASS (br_round_clock_parent_class)->finalize (object);
}

static void
br_round_clock_class_init (BrRoundClockClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  BrClockClass *clock_class = BR_CLOCK_CLASS (klass);

  object_class->finalize = br_round_clock_finalize;
  clock_class->get_time = br_round_clock_get_time;
}

static void
br_round_clock_init (BrRoundClock *self)
{
}

/**
 * br_round_clock_new:
 * @round: the round whose time to read
 *
 * Returns: (transfer full): a clock reading @round's elapsed time, in
 *   microseconds
 */
BrClock *
br_round_clock_new (BrRound *round)
{
  BrRoundClock *self;

  g_return_val_if_fail (BR_IS_ROUND (round), NULL);

  self = g_object_new (BR_TYPE_ROUND_CLOCK, NULL);
  self->round = g_object_ref (round);
  return BR_CLOCK (self);
}
