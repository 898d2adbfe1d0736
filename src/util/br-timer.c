/* br-timer.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-util"

#include "br-timer.h"

/**
 * BrTimer:
 *
 * Where a model asks to be called back later (a board document's
 * autosave). br_timer_get_system() runs timeouts on the thread-default
 * main context with g_timeout_add_once(); tests use a #BrFakeTimer and
 * move its time by hand, so that "two seconds later" takes no time and
 * never depends on how loaded the machine is.
 *
 * Timeouts fire once. An id is never 0; removing an id that already fired
 * or was removed is a programming error, as with g_source_remove(): keep
 * ids with g_clear_handle_id()-style code that zeroes them when they fire.
 */

G_DEFINE_ABSTRACT_TYPE (BrTimer, br_timer, G_TYPE_OBJECT)

static void
br_timer_class_init (BrTimerClass *klass)
{
}

static void
br_timer_init (BrTimer *self)
{
}

/**
 * br_timer_add:
 * @interval_ms: how long from now, in milliseconds
 * @func: called once, then the timeout is gone
 *
 * Returns: the timeout's id, never 0
 */
guint
br_timer_add (BrTimer     *self,
              guint        interval_ms,
              BrTimerFunc  func,
              gpointer     user_data)
{
  g_return_val_if_fail (BR_IS_TIMER (self), 0);
  g_return_val_if_fail (func != NULL, 0);

  return BR_TIMER_GET_CLASS (self)->add (self, interval_ms, func, user_data);
}

/**
 * br_timer_remove:
 * @id: a timeout that has not fired yet
 *
 * Cancels the timeout: its function is not called.
 */
void
br_timer_remove (BrTimer *self,
                 guint    id)
{
  g_return_if_fail (BR_IS_TIMER (self));
  g_return_if_fail (id != 0);

  BR_TIMER_GET_CLASS (self)->remove (self, id);
}

/* ---------------------------------------------------------------------- */
/* The system timer                                                        */

#define BR_TYPE_SYSTEM_TIMER (br_system_timer_get_type ())

G_DECLARE_FINAL_TYPE (BrSystemTimer, br_system_timer, BR, SYSTEM_TIMER, BrTimer)

struct _BrSystemTimer
{
  BrTimer parent_instance;
};

G_DEFINE_FINAL_TYPE (BrSystemTimer, br_system_timer, BR_TYPE_TIMER)

static guint
system_add (BrTimer     *timer,
            guint        interval_ms,
            BrTimerFunc  func,
            gpointer     user_data)
{
  return g_timeout_add_once (interval_ms, func, user_data);
}

static void
system_remove (BrTimer *timer,
               guint    id)
{
  g_source_remove (id);
}

static void
br_system_timer_class_init (BrSystemTimerClass *klass)
{
  BR_TIMER_CLASS (klass)->add = system_add;
  BR_TIMER_CLASS (klass)->remove = system_remove;
}

static void
br_system_timer_init (BrSystemTimer *self)
{
}

/**
 * br_timer_get_system:
 *
 * Returns: (transfer none): the timer of the main loop, shared
 */
BrTimer *
br_timer_get_system (void)
{
  static BrTimer *system;

  if (g_once_init_enter (&system))
    g_once_init_leave (&system, g_object_new (BR_TYPE_SYSTEM_TIMER, NULL));
  return system;
}

/* ---------------------------------------------------------------------- */
/* The fake timer                                                          */

typedef struct {
  guint id;
  guint64 due;
  BrTimerFunc func;
  gpointer user_data;
} Pending;

struct _BrFakeTimer
{
  BrTimer parent_instance;

  guint64 now;        /* milliseconds since the timer was made */
  guint next_id;
  GArray *pending;    /* Pending, in the order they were added */
};

G_DEFINE_FINAL_TYPE (BrFakeTimer, br_fake_timer, BR_TYPE_TIMER)

static guint
fake_add (BrTimer     *timer,
          guint        interval_ms,
          BrTimerFunc  func,
          gpointer     user_data)
{
  BrFakeTimer *self = BR_FAKE_TIMER (timer);
  Pending pending = { ++self->next_id, self->now + interval_ms, func, user_data };

  g_array_append_val (self->pending, pending);
  return pending.id;
}

static void
fake_remove (BrTimer *timer,
             guint    id)
{
  BrFakeTimer *self = BR_FAKE_TIMER (timer);

  for (guint i = 0; i < self->pending->len; i++)
    if (g_array_index (self->pending, Pending, i).id == id)
      {
        g_array_remove_index (self->pending, i);
        return;
      }
  g_critical ("No timeout with id %u", id);
}

static void
br_fake_timer_finalize (GObject *object)
{
  BrFakeTimer *self = BR_FAKE_TIMER (object);

  g_array_unref (self->pending);

  G_OBJECT_CLASS (br_fake_timer_parent_class)->finalize (object);
}

static void
br_fake_timer_class_init (BrFakeTimerClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = br_fake_timer_finalize;
  BR_TIMER_CLASS (klass)->add = fake_add;
  BR_TIMER_CLASS (klass)->remove = fake_remove;
}

static void
br_fake_timer_init (BrFakeTimer *self)
{
  self->pending = g_array_new (FALSE, FALSE, sizeof (Pending));
}

BrFakeTimer *
br_fake_timer_new (void)
{
  return g_object_new (BR_TYPE_FAKE_TIMER, NULL);
}

/* The index of the timeout due first (the one added first among equals),
 * or -1 when none is due by @until */
static int
find_due (BrFakeTimer *self,
          guint64      until)
{
  int found = -1;

  for (guint i = 0; i < self->pending->len; i++)
    {
      const Pending *p = &g_array_index (self->pending, Pending, i);

      if (p->due <= until &&
          (found < 0 || p->due < g_array_index (self->pending, Pending, found).due))
        found = (int) i;
    }
  return found;
}

/**
 * br_fake_timer_advance:
 * @ms: how far to move time, in milliseconds
 *
 * Moves time forward, calling each timeout as its time comes, in the
 * order they are due (time stands at a timeout's due time while it runs,
 * so a timeout it adds is measured from there). Timeouts added or removed
 * by the callbacks count.
 */
void
br_fake_timer_advance (BrFakeTimer *self,
                       guint        ms)
{
  guint64 until;
  int index;

  g_return_if_fail (BR_IS_FAKE_TIMER (self));

  until = self->now + ms;
  g_object_ref (self);
  while ((index = find_due (self, until)) >= 0)
    {
      Pending p = g_array_index (self->pending, Pending, index);

      g_array_remove_index (self->pending, index);
      self->now = MAX (self->now, p.due);
      p.func (p.user_data);
    }
  self->now = until;
  g_object_unref (self);
}

/**
 * br_fake_timer_get_now:
 *
 * Returns: the milliseconds the timer was advanced by, in all
 */
guint64
br_fake_timer_get_now (BrFakeTimer *self)
{
  g_return_val_if_fail (BR_IS_FAKE_TIMER (self), 0);
  return self->now;
}

guint
br_fake_timer_get_n_pending (BrFakeTimer *self)
{
  g_return_val_if_fail (BR_IS_FAKE_TIMER (self), 0);
  return self->pending->len;
}

/**
 * br_fake_timer_get_next_due:
 *
 * Returns: in how many milliseconds the next timeout is due, or -1 when
 *   none is pending
 */
gint64
br_fake_timer_get_next_due (BrFakeTimer *self)
{
  int index;

  g_return_val_if_fail (BR_IS_FAKE_TIMER (self), -1);

  index = find_due (self, G_MAXUINT64);
  if (index < 0)
    return -1;
  return (gint64) (g_array_index (self->pending, Pending, index).due - self->now);
}
