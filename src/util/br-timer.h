/* br-timer.h — injectable one-shot timeouts (no GTK)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * BrTimerFunc:
 * @user_data: what was given to br_timer_add()
 *
 * Called once when a timeout is due; the timeout is gone by then.
 */
typedef void (*BrTimerFunc) (gpointer user_data);

#define BR_TYPE_TIMER (br_timer_get_type ())

G_DECLARE_DERIVABLE_TYPE (BrTimer, br_timer, BR, TIMER, GObject)

struct _BrTimerClass
{
  GObjectClass parent_class;

  guint (*add)    (BrTimer     *self,
                   guint        interval_ms,
                   BrTimerFunc  func,
                   gpointer     user_data);
  void  (*remove) (BrTimer     *self,
                   guint        id);
};

guint    br_timer_add             (BrTimer     *self,
                                   guint        interval_ms,
                                   BrTimerFunc  func,
                                   gpointer     user_data);
void     br_timer_remove          (BrTimer     *self,
                                   guint        id);
BrTimer *br_timer_get_system      (void);

#define BR_TYPE_FAKE_TIMER (br_fake_timer_get_type ())

G_DECLARE_FINAL_TYPE (BrFakeTimer, br_fake_timer, BR, FAKE_TIMER, BrTimer)

BrFakeTimer *br_fake_timer_new           (void);
void         br_fake_timer_advance       (BrFakeTimer *self,
                                          guint        ms);
guint64      br_fake_timer_get_now       (BrFakeTimer *self);
guint        br_fake_timer_get_n_pending (BrFakeTimer *self);
gint64       br_fake_timer_get_next_due  (BrFakeTimer *self);

G_END_DECLS
