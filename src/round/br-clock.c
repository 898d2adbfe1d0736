/* br-clock.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-round"

#include <time.h>

#include "br-clock.h"

/**
 * BrClock:
 *
 * Where the round engine reads the time. A clock gives microseconds on a
 * scale that never goes backwards; only differences between two readings
 * mean anything.
 *
 * br_clock_get_system() is the real clock: CLOCK_BOOTTIME, which keeps
 * counting while the machine is suspended, as an interview would. Tests use
 * a #BrFakeClock and move it by hand, so they can run hours of virtual time
 * in a moment.
 */

G_DEFINE_ABSTRACT_TYPE (BrClock, br_clock, G_TYPE_OBJECT)

static void
br_clock_class_init (BrClockClass *klass)
{
}

static void
br_clock_init (BrClock *self)
{
}

/**
 * br_clock_get_time:
 * @self: a #BrClock
 *
 * Reads the clock.
 *
 * Returns: the time in microseconds; never less than an earlier reading
 */
gint64
br_clock_get_time (BrClock *self)
{
  g_return_val_if_fail (BR_IS_CLOCK (self), 0);
  g_return_val_if_fail (BR_CLOCK_GET_CLASS (self)->get_time != NULL, 0);

  return BR_CLOCK_GET_CLASS (self)->get_time (self);
}

/**
 * br_clock_get_real_time:
 * @self: a #BrClock
 *
 * Reads the calendar time, to date things with (when a round started).
 * Unlike br_clock_get_time() it may jump when the system time is set.
 *
 * Returns: microseconds since the Unix epoch
 */
gint64
br_clock_get_real_time (BrClock *self)
{
  g_return_val_if_fail (BR_IS_CLOCK (self), 0);

  if (BR_CLOCK_GET_CLASS (self)->get_real_time == NULL)
    return g_get_real_time ();
  return BR_CLOCK_GET_CLASS (self)->get_real_time (self);
}

/* ---------------------------------------------------------------------- */
/* The system clock                                                        */

#define BR_TYPE_SYSTEM_CLOCK (br_system_clock_get_type ())

G_DECLARE_FINAL_TYPE (BrSystemClock, br_system_clock, BR, SYSTEM_CLOCK, BrClock)

struct _BrSystemClock
{
  BrClock parent_instance;

  /* Chosen once, so that readings never mix two clocks */
  gboolean use_boottime;
};

G_DEFINE_FINAL_TYPE (BrSystemClock, br_system_clock, BR_TYPE_CLOCK)

#ifdef CLOCK_BOOTTIME
static gboolean
read_boottime (gint64 *out)
{
  struct timespec ts;

  if (clock_gettime (CLOCK_BOOTTIME, &ts) != 0)
    return FALSE;
  *out = (gint64) ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
  return TRUE;
}
#endif

static gint64
br_system_clock_get_time (BrClock *clock)
{
#ifdef CLOCK_BOOTTIME
  BrSystemClock *self = BR_SYSTEM_CLOCK (clock);
  gint64 now;

  if (self->use_boottime && read_boottime (&now))
    return now;
#endif

  return g_get_monotonic_time ();
}

static void
br_system_clock_class_init (BrSystemClockClass *klass)
{
  BrClockClass *clock_class = BR_CLOCK_CLASS (klass);

  clock_class->get_time = br_system_clock_get_time;
}

static void
br_system_clock_init (BrSystemClock *self)
{
#ifdef CLOCK_BOOTTIME
  gint64 now;

  self->use_boottime = read_boottime (&now);
#endif
}

/**
 * br_clock_get_system:
 *
 * The real clock: CLOCK_BOOTTIME where the system has it (it counts
 * through a suspend), else g_get_monotonic_time().
 *
 * Returns: (transfer none): the system clock, shared for the life of the
 *   process
 */
BrClock *
br_clock_get_system (void)
{
  static BrClock *system_clock;

  if (g_once_init_enter (&system_clock))
    g_once_init_leave (&system_clock, g_object_new (BR_TYPE_SYSTEM_CLOCK, NULL));

  return system_clock;
}

/* ---------------------------------------------------------------------- */
/* The fake clock                                                          */

/**
 * BrFakeClock:
 *
 * A clock for tests: it stands still until it is told to move, and it only
 * moves forward. Its calendar time moves with it; it starts at the real
 * time the clock was made, unless br_fake_clock_set_real_time() sets it.
 */
struct _BrFakeClock
{
  BrClock parent_instance;

  gint64 now;
  gint64 real_minus_now;   /* calendar time = now + this */
};

G_DEFINE_FINAL_TYPE (BrFakeClock, br_fake_clock, BR_TYPE_CLOCK)

static gint64
br_fake_clock_get_time (BrClock *clock)
{
  return BR_FAKE_CLOCK (clock)->now;
}

static gint64
br_fake_clock_get_real_time (BrClock *clock)
{
  BrFakeClock *self = BR_FAKE_CLOCK (clock);

  return self->now + self->real_minus_now;
}

static void
br_fake_clock_class_init (BrFakeClockClass *klass)
{
  BrClockClass *clock_class = BR_CLOCK_CLASS (klass);

  clock_class->get_time = br_fake_clock_get_time;
  clock_class->get_real_time = br_fake_clock_get_real_time;
}

static void
br_fake_clock_init (BrFakeClock *self)
{
}

/**
 * br_fake_clock_new:
 * @start: the time the clock reads at first, in microseconds
 *
 * Returns: (transfer full): a new fake clock
 */
BrFakeClock *
br_fake_clock_new (gint64 start)
{
  BrFakeClock *self = g_object_new (BR_TYPE_FAKE_CLOCK, NULL);

  self->now = start;
  self->real_minus_now = g_get_real_time () - start;
  return self;
}

/**
 * br_fake_clock_advance:
 * @self: a #BrFakeClock
 * @microseconds: how far to move, not negative
 *
 * Moves the clock forward.
 */
void
br_fake_clock_advance (BrFakeClock *self,
                       gint64       microseconds)
{
  g_return_if_fail (BR_IS_FAKE_CLOCK (self));
  g_return_if_fail (microseconds >= 0);
  g_return_if_fail (self->now <= G_MAXINT64 - microseconds);

  self->now += microseconds;
}

/**
 * br_fake_clock_set_time:
 * @self: a #BrFakeClock
 * @time: the new reading, not before the current one
 *
 * Moves the clock to @time. A clock never goes backwards, so an earlier
 * @time is a programming error.
 */
void
br_fake_clock_set_time (BrFakeClock *self,
                        gint64       time)
{
  g_return_if_fail (BR_IS_FAKE_CLOCK (self));
  g_return_if_fail (time >= self->now);

  self->now = time;
}

/**
 * br_fake_clock_set_real_time:
 * @self: a #BrFakeClock
 * @real_time: the calendar time it reads now, in microseconds since the
 *   Unix epoch
 *
 * Sets the calendar time; from then on it moves with the clock.
 */
void
br_fake_clock_set_real_time (BrFakeClock *self,
                             gint64       real_time)
{
  g_return_if_fail (BR_IS_FAKE_CLOCK (self));

  self->real_minus_now = real_time - self->now;
}
