/* br-clock.h — an injectable source of time for the round engine
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define BR_TYPE_CLOCK (br_clock_get_type ())

G_DECLARE_DERIVABLE_TYPE (BrClock, br_clock, BR, CLOCK, GObject)

struct _BrClockClass
{
  GObjectClass parent_class;

  /* Microseconds on a clock that never goes backwards and keeps counting
   * through a system suspend (CLOCK_BOOTTIME for the system clock). */
  gint64 (*get_time)      (BrClock *self);
  /* Microseconds since the Unix epoch, for dating things (when a round
   * started); may jump. %NULL means g_get_real_time(). */
  gint64 (*get_real_time) (BrClock *self);
};

gint64   br_clock_get_time          (BrClock *self);
gint64   br_clock_get_real_time     (BrClock *self);
BrClock *br_clock_get_system        (void);

#define BR_TYPE_FAKE_CLOCK (br_fake_clock_get_type ())

G_DECLARE_FINAL_TYPE (BrFakeClock, br_fake_clock, BR, FAKE_CLOCK, BrClock)

BrFakeClock *br_fake_clock_new      (gint64       start);
void         br_fake_clock_advance  (BrFakeClock *self,
                                     gint64       microseconds);
void         br_fake_clock_set_time (BrFakeClock *self,
                                     gint64       time);
void         br_fake_clock_set_real_time (BrFakeClock *self,
                                          gint64       real_time);

G_END_DECLS
