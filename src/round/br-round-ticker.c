/* br-round-ticker.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-round"

#include "br-round-ticker.h"

/**
 * BrRoundTicker:
 *
 * Wakes a view up when the running round's display changes: once a
 * second, just after the current phase's elapsed time passes a whole
 * second, and when the phase's budget is used up.
 *
 * While the round runs the ticker has exactly one timeout on its
 * #BrTimer, due after the delay the round computes from its clock
 * (br_round_get_until_next_second(), and br_round_get_until_phase_end()
 * when that comes first), rounded up to the millisecond so that it is
 * never early; each wake-up, and each change of the round, replaces it.
 * Nothing is counted: a late wake-up (a busy main loop, a suspend) only
 * makes that one tick late, and the next one is aligned again. While the
 * round is idle, paused or finished the ticker has no timeout at all, so
 * the process does not wake up for it.
 *
 * The timer is br_timer_get_system() unless one is given at construction
 * (tests give a #BrFakeTimer and move it with the round's #BrFakeClock).
 * The system timer's timeouts run in the default main context at
 * %G_PRIORITY_DEFAULT: the same as input events, so a busy idle handler
 * cannot hold a second back, and above GTK's layout and drawing
 * (%G_PRIORITY_HIGH_IDLE + 10 and + 20), so a label changed in
 * #BrRoundTicker::tick is drawn in the frame that follows, not one later.
 * A tick handler only updates a few labels, so it cannot starve anything
 * at that priority.
 */

struct _BrRoundTicker
{
  GObject parent_instance;

  BrRound *round;
  BrTimer *timer;
  guint timeout_id;       /* exactly while the round runs */
  guint64 n_wakeups;

  /* The current phase had time left when last seen: its end is still to
   * be announced */
  gboolean armed;
  guint armed_phase;
};

G_DEFINE_FINAL_TYPE (BrRoundTicker, br_round_ticker, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ROUND,
  PROP_TIMER,
  N_PROPS
};

enum {
  TICK,
  PHASE_OVER,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
clear_timeout (BrRoundTicker *self)
{
  if (self->timeout_id != 0)
    br_timer_remove (self->timer, self->timeout_id);
  self->timeout_id = 0;
}

static void update (BrRoundTicker *self);

static void
on_wakeup (gpointer user_data)
{
  g_autoptr(BrRoundTicker) self = g_object_ref (user_data);
  guint phase;

  self->timeout_id = 0;   /* fired, so gone */
  self->n_wakeups++;
  g_signal_emit (self, signals[TICK], 0);

  /* A tick handler may have changed the round: look again */
  phase = br_round_get_current_phase (self->round);
  if (br_round_get_state (self->round) == BR_ROUND_RUNNING &&
      br_round_get_until_phase_end (self->round) == 0 &&
      self->armed && self->armed_phase == phase)
    {
      self->armed = FALSE;
      g_signal_emit (self, signals[PHASE_OVER], 0, phase);
    }

  update (self);
}

/* Makes the timeout match the round: none unless it runs, else one that
 * is due at the next whole second of the phase or at its end. */
static void
update (BrRoundTicker *self)
{
  gint64 until_end;
  gint64 delay;

  if (self->round == NULL || br_round_get_state (self->round) != BR_ROUND_RUNNING)
    {
      /* Time does not pass while paused, so the armed phase stays armed */
      clear_timeout (self);
      return;
    }

  until_end = br_round_get_until_phase_end (self->round);
  if (until_end > 0)
    {
      self->armed = TRUE;
      self->armed_phase = br_round_get_current_phase (self->round);
    }
  else if (self->armed_phase != br_round_get_current_phase (self->round))
    self->armed = FALSE;   /* came into a phase that was over already */

  delay = br_round_get_until_next_second (self->round);
  if (self->armed)
    delay = MIN (delay, until_end);

  /* Rounded up to the millisecond, so the wake-up is never early */
  clear_timeout (self);
  self->timeout_id = br_timer_add (self->timer, (guint) ((delay + 999) / 1000),
                                   on_wakeup, self);
}

static void
on_round_changed (BrRoundTicker *self,
                  BrRound       *round)
{
  update (self);
}

static void
on_round_notify_state (BrRoundTicker *self,
                       GParamSpec    *pspec,
                       BrRound       *round)
{
  update (self);
}

static void
br_round_ticker_constructed (GObject *object)
{
  BrRoundTicker *self = BR_ROUND_TICKER (object);

  G_OBJECT_CLASS (br_round_ticker_parent_class)->constructed (object);

  g_return_if_fail (BR_IS_ROUND (self->round));

  if (self->timer == NULL)
    self->timer = g_object_ref (br_timer_get_system ());

  g_signal_connect_object (self->round, "changed",
                           G_CALLBACK (on_round_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->round, "notify::state",
                           G_CALLBACK (on_round_notify_state), self, G_CONNECT_SWAPPED);
  update (self);
}

static void
br_round_ticker_dispose (GObject *object)
{
  BrRoundTicker *self = BR_ROUND_TICKER (object);

  if (self->timer != NULL)
    clear_timeout (self);
  if (self->round != NULL)
    g_signal_handlers_disconnect_by_data (self->round, self);
  g_clear_object (&self->round);
  g_clear_object (&self->timer);

  G_OBJECT_CLASS (br_round_ticker_parent_class)->dispose (object);
}

static void
br_round_ticker_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  BrRoundTicker *self = BR_ROUND_TICKER (object);

  switch (prop_id)
    {
    case PROP_ROUND:
      g_value_set_object (value, self->round);
      break;
    case PROP_TIMER:
      g_value_set_object (value, self->timer);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
br_round_ticker_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  BrRoundTicker *self = BR_ROUND_TICKER (object);

  switch (prop_id)
    {
    case PROP_ROUND:
      self->round = g_value_dup_object (value);
      break;
    case PROP_TIMER:
      self->timer = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
br_round_ticker_class_init (BrRoundTickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = br_round_ticker_constructed;
  object_class->dispose = br_round_ticker_dispose;
  object_class->get_property = br_round_ticker_get_property;
  object_class->set_property = br_round_ticker_set_property;

  properties[PROP_ROUND] =
    g_param_spec_object ("round", NULL, NULL, BR_TYPE_ROUND,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * BrRoundTicker:timer:
   *
   * What the ticker's wake-ups are timed with: br_timer_get_system() when
   * none is given.
   */
  properties[PROP_TIMER] =
    g_param_spec_object ("timer", NULL, NULL, BR_TYPE_TIMER,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * BrRoundTicker::tick:
   * @self: the ticker
   *
   * Emitted on each wake-up while the round runs, just after the current
   * phase's elapsed time passed a whole second: time to redraw the time.
   */
  signals[TICK] =
    g_signal_new ("tick",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  /**
   * BrRoundTicker::phase-over:
   * @self: the ticker
   * @phase: the index of the phase
   *
   * Emitted once when the running phase's budget is used up. Going back
   * to a phase that was over already does not emit it again; adding a
   * minute to it does, when that minute is used up.
   */
  signals[PHASE_OVER] =
    g_signal_new ("phase-over",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_UINT);
}

static void
br_round_ticker_init (BrRoundTicker *self)
{
}

/**
 * br_round_ticker_new:
 * @round: the round to watch
 *
 * Creates a ticker for @round on the system timer: its wake-ups happen in
 * the default main context.
 *
 * Returns: (transfer full): a new ticker
 */
BrRoundTicker *
br_round_ticker_new (BrRound *round)
{
  return br_round_ticker_new_with_timer (round, NULL);
}

/**
 * br_round_ticker_new_with_timer:
 * @round: the round to watch
 * @timer: (nullable): what to time the wake-ups with, %NULL for
 *   br_timer_get_system()
 *
 * Returns: (transfer full): a new ticker
 */
BrRoundTicker *
br_round_ticker_new_with_timer (BrRound *round,
                                BrTimer *timer)
{
  g_return_val_if_fail (BR_IS_ROUND (round), NULL);
  g_return_val_if_fail (timer == NULL || BR_IS_TIMER (timer), NULL);

  return g_object_new (BR_TYPE_ROUND_TICKER, "round", round, "timer", timer, NULL);
}

/**
 * br_round_ticker_get_timer:
 * @self: a #BrRoundTicker
 *
 * Returns: (transfer none): the timer the wake-ups are timed with
 */
BrTimer *
br_round_ticker_get_timer (BrRoundTicker *self)
{
  g_return_val_if_fail (BR_IS_ROUND_TICKER (self), NULL);
  return self->timer;
}

/**
 * br_round_ticker_get_round:
 * @self: a #BrRoundTicker
 *
 * Returns: (transfer none): the round
 */
BrRound *
br_round_ticker_get_round (BrRoundTicker *self)
{
  g_return_val_if_fail (BR_IS_ROUND_TICKER (self), NULL);
  return self->round;
}

/**
 * br_round_ticker_get_n_wakeups:
 * @self: a #BrRoundTicker
 *
 * Returns: how many times the ticker has woken up
 */
guint64
br_round_ticker_get_n_wakeups (BrRoundTicker *self)
{
  g_return_val_if_fail (BR_IS_ROUND_TICKER (self), 0);
  return self->n_wakeups;
}
