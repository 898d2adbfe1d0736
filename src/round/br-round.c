/* br-round.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-round"

#include "br-round.h"
#include "br-round-private.h"

/**
 * BrRound:
 *
 * The round-timer engine: one practice interview round through the guide's
 * phases.
 *
 * While idle the round's length and each phase's budget (whole minutes) can
 * be set, each budget within its phase's range of minutes, so the length
 * stays between the round's minimum and maximum length. br_round_start() starts the first phase's clock; the round then
 * moves between running and paused, through the phases with
 * br_round_next_phase() and br_round_previous_phase(), and ends finished,
 * either past the last phase or stopped early.
 *
 * Time is never counted by ticks. The engine keeps, for each phase, the
 * microseconds of its closed stretches of running time, plus the clock time
 * at which the open stretch began while running; every reading is computed
 * from br_clock_get_time() at the moment it is asked for. The engine has no
 * timer of its own: #BrRoundTicker wakes a view up when the display should
 * change.
 *
 * The "state", "current-phase" and "length" properties notify only on a real
 * change. The #BrRound::changed signal follows every change of state, phase
 * or budget, not the passage of time.
 */

G_DEFINE_FINAL_TYPE (BrRound, br_round, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PHASES,
  PROP_CLOCK,
  PROP_STATE,
  PROP_CURRENT_PHASE,
  PROP_LENGTH,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* The length a round gets unless the guide cannot fit it: an onsite round */
#define DEFAULT_LENGTH BR_ROUND_ONSITE_LENGTH

GType
br_round_state_get_type (void)
{
  static gsize type_id;
  static const GEnumValue values[] = {
    { BR_ROUND_IDLE, "BR_ROUND_IDLE", "idle" },
    { BR_ROUND_RUNNING, "BR_ROUND_RUNNING", "running" },
    { BR_ROUND_PAUSED, "BR_ROUND_PAUSED", "paused" },
    { BR_ROUND_FINISHED, "BR_ROUND_FINISHED", "finished" },
    { 0, NULL, NULL }
  };

  if (g_once_init_enter (&type_id))
    {
      GType type = g_enum_register_static (g_intern_static_string ("BrRoundState"), values);

      g_once_init_leave (&type_id, type);
    }

  return type_id;
}

/* ---------------------------------------------------------------------- */
/* State changes                                                           */

static gboolean
is_started (BrRound *self)
{
  return self->state == BR_ROUND_RUNNING || self->state == BR_ROUND_PAUSED;
}

static void
set_state (BrRound      *self,
           BrRoundState  state)
{
  if (self->state == state)
    return;
  self->state = state;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

static void
set_current (BrRound *self,
             guint    current)
{
  if (self->current == current)
    return;
  self->current = current;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENT_PHASE]);
}

/* The length is the sum of the budgets: call after changing one */
static void
update_length (BrRound *self)
{
  guint length = 0;

  for (guint i = 0; i < self->n_slots; i++)
    length += self->slots[i].budget;

  if (self->length == length)
    return;
  self->length = length;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LENGTH]);
}

static void
emit_changed (BrRound *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

/* Adds the open stretch to the current phase; the caller then changes
 * the state or the phase, and reopens with open_since = now if it runs. */
static void
close_stretch (BrRound *self,
               gint64   now)
{
  if (self->state == BR_ROUND_RUNNING)
    self->slots[self->current].spent += MAX (0, now - self->open_since);
}

static gboolean
allocate (BrRound  *self,
          guint     length,
          gboolean  emit)
{
  g_autofree guint *min = g_new (guint, MAX (self->n_slots, 1));
  g_autofree guint *max = g_new (guint, MAX (self->n_slots, 1));
  g_autofree guint *budgets = g_new (guint, MAX (self->n_slots, 1));
  gboolean changed = FALSE;

  for (guint i = 0; i < self->n_slots; i++)
    {
      min[i] = self->slots[i].min;
      max[i] = self->slots[i].max;
    }

  if (!_br_round_allocate (min, max, self->n_slots, length, budgets))
    return FALSE;

  for (guint i = 0; i < self->n_slots; i++)
    if (self->slots[i].budget != budgets[i])
      {
        self->slots[i].budget = budgets[i];
        changed = TRUE;
      }

  update_length (self);
  if (changed && emit)
    emit_changed (self);
  return TRUE;
}

/* ---------------------------------------------------------------------- */
/* GObject                                                                 */

static void
br_round_constructed (GObject *object)
{
  BrRound *self = BR_ROUND (object);
  guint64 min_length = 0;
  guint64 max_length = 0;

  G_OBJECT_CLASS (br_round_parent_class)->constructed (object);

  if (self->clock == NULL)
    self->clock = g_object_ref (br_clock_get_system ());

  if (self->model != NULL)
    {
      self->n_slots = g_list_model_get_n_items (self->model);
      self->slots = g_new0 (BrRoundSlot, MAX (self->n_slots, 1));
      for (guint i = 0; i < self->n_slots; i++)
        {
          BrRoundSlot *slot = &self->slots[i];

          slot->phase = g_list_model_get_item (self->model, i);
          slot->min = br_phase_get_min_minutes (slot->phase);
          slot->max = MAX (slot->min, br_phase_get_max_minutes (slot->phase));
          slot->budget = slot->min;
          min_length += slot->min;
          max_length += slot->max;
        }
      g_clear_object (&self->model);
    }

  self->min_length = (guint) MIN (min_length, G_MAXUINT);
  self->max_length = (guint) MIN (max_length, G_MAXUINT);

  if (self->min_length <= DEFAULT_LENGTH && DEFAULT_LENGTH <= self->max_length)
    allocate (self, DEFAULT_LENGTH, FALSE);
  else
    allocate (self, self->min_length, FALSE);
}

static void
br_round_finalize (GObject *object)
{
  BrRound *self = BR_ROUND (object);

  for (guint i = 0; i < self->n_slots; i++)
    g_clear_object (&self->slots[i].phase);
  g_clear_pointer (&self->slots, g_free);
  g_clear_pointer (&self->started, g_date_time_unref);
  g_clear_object (&self->model);
  g_clear_object (&self->clock);

  G_OBJECT_CLASS (br_round_parent_class)->finalize (object);
}

static void
br_round_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  BrRound *self = BR_ROUND (object);

  switch (prop_id)
    {
    case PROP_CLOCK:
      g_value_set_object (value, self->clock);
      break;
    case PROP_STATE:
      g_value_set_enum (value, self->state);
      break;
    case PROP_CURRENT_PHASE:
      g_value_set_uint (value, self->current);
      break;
    case PROP_LENGTH:
      g_value_set_uint (value, self->length);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
br_round_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  BrRound *self = BR_ROUND (object);

  switch (prop_id)
    {
    case PROP_PHASES:
      self->model = g_value_dup_object (value);
      break;
    case PROP_CLOCK:
      self->clock = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
br_round_class_init (BrRoundClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = br_round_constructed;
  object_class->finalize = br_round_finalize;
  object_class->get_property = br_round_get_property;
  object_class->set_property = br_round_set_property;

  /**
   * BrRound:phases:
   *
   * The phases, a #GListModel of #BrPhase. The round takes the phases it
   * holds at construction; later changes to the model are not followed.
   */
  properties[PROP_PHASES] =
    g_param_spec_object ("phases", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /**
   * BrRound:clock:
   *
   * Where the round reads the time; the system clock when %NULL is given.
   */
  properties[PROP_CLOCK] =
    g_param_spec_object ("clock", NULL, NULL, BR_TYPE_CLOCK,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATE] =
    g_param_spec_enum ("state", NULL, NULL, BR_TYPE_ROUND_STATE, BR_ROUND_IDLE,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CURRENT_PHASE] =
    g_param_spec_uint ("current-phase", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LENGTH] =
    g_param_spec_uint ("length", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * BrRound::changed:
   * @self: the round
   *
   * Emitted after the state, the current phase or a budget changed, once
   * per call that changed them. Not emitted as time passes.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
br_round_init (BrRound *self)
{
  self->state = BR_ROUND_IDLE;
}

/**
 * br_round_new:
 * @phases: a #GListModel of #BrPhase, e.g. br_guide_get_phases()
 * @clock: (nullable): where to read the time; %NULL for the system clock
 *
 * Creates an idle round over the phases @phases holds now. Its length is
 * 60 minutes (an onsite round) when the phases allow it, else their
 * minimum.
 *
 * Returns: (transfer full): a new round
 */
BrRound *
br_round_new (GListModel *phases,
              BrClock    *clock)
{
  g_return_val_if_fail (G_IS_LIST_MODEL (phases), NULL);
  g_return_val_if_fail (g_type_is_a (g_list_model_get_item_type (phases), BR_TYPE_PHASE), NULL);
  g_return_val_if_fail (clock == NULL || BR_IS_CLOCK (clock), NULL);

  return g_object_new (BR_TYPE_ROUND, "phases", phases, "clock", clock, NULL);
}

/* ---------------------------------------------------------------------- */
/* Set-up                                                                  */

/**
 * br_round_get_min_length:
 * @self: a #BrRound
 *
 * Returns: the sum of the phases' minimum minutes
 */
guint
br_round_get_min_length (BrRound *self)
{
  g_return_val_if_fail (BR_IS_ROUND (self), 0);
  return self->min_length;
}

/**
 * br_round_get_max_length:
 * @self: a #BrRound
 *
 * Returns: the sum of the phases' maximum minutes
 */
guint
br_round_get_max_length (BrRound *self)
{
  g_return_val_if_fail (BR_IS_ROUND (self), 0);
  return self->max_length;
}

/**
 * br_round_get_length:
 * @self: a #BrRound
 *
 * Returns: the round's length in minutes: the sum of the phases' budgets
 */
guint
br_round_get_length (BrRound *self)
{
  g_return_val_if_fail (BR_IS_ROUND (self), 0);
  return self->length;
}

/**
 * br_round_set_length:
 * @self: a #BrRound
 * @minutes: the length, between the minimum and maximum length
 *
 * Shares @minutes out among the phases: every phase gets a whole number
 * of minutes inside its own range, in proportion to that range, and the
 * budgets add up to @minutes exactly. Any budgets edited one by one are
 * replaced.
 *
 * Returns: %FALSE, changing nothing, when the round is not idle or
 *   @minutes is out of range
 */
gboolean
br_round_set_length (BrRound *self,
                     guint    minutes)
{
  g_return_val_if_fail (BR_IS_ROUND (self), FALSE);

  if (self->state != BR_ROUND_IDLE)
    return FALSE;

  return allocate (self, minutes, TRUE);
}

/**
 * br_round_get_n_phases:
 * @self: a #BrRound
 *
 * Returns: the number of phases
 */
guint
br_round_get_n_phases (BrRound *self)
{
  g_return_val_if_fail (BR_IS_ROUND (self), 0);
  return self->n_slots;
}

/**
 * br_round_get_phase:
 * @self: a #BrRound
 * @index: a phase's index
 *
 * Returns: (transfer none): the phase at @index
 */
BrPhase *
br_round_get_phase (BrRound *self,
                    guint    index)
{
  g_return_val_if_fail (BR_IS_ROUND (self), NULL);
  g_return_val_if_fail (index < self->n_slots, NULL);
  return self->slots[index].phase;
}

/**
 * br_round_get_budget:
 * @self: a #BrRound
 * @index: a phase's index
 *
 * Returns: the phase's budget in minutes
 */
guint
br_round_get_budget (BrRound *self,
                     guint    index)
{
  g_return_val_if_fail (BR_IS_ROUND (self), 0);
  g_return_val_if_fail (index < self->n_slots, 0);
  return self->slots[index].budget;
}

/**
 * br_round_get_min_budget:
 * @self: a #BrRound
 * @index: a phase's index
 *
 * Returns: the fewest minutes the phase's budget can be set to: the
 *   guide's minimum for the phase
 */
guint
br_round_get_min_budget (BrRound *self,
                         guint    index)
{
  g_return_val_if_fail (BR_IS_ROUND (self), 0);
  g_return_val_if_fail (index < self->n_slots, 0);
  return self->slots[index].min;
}

/**
 * br_round_get_max_budget:
 * @self: a #BrRound
 * @index: a phase's index
 *
 * Returns: the most minutes the phase's budget can be set to: the guide's
 *   maximum for the phase (never below its minimum)
 */
guint
br_round_get_max_budget (BrRound *self,
                         guint    index)
{
  g_return_val_if_fail (BR_IS_ROUND (self), 0);
  g_return_val_if_fail (index < self->n_slots, 0);
  return self->slots[index].max;
}

/**
 * br_round_set_budget:
 * @self: a #BrRound
 * @index: a phase's index
 * @minutes: the budget, from br_round_get_min_budget() to
 *   br_round_get_max_budget()
 *
 * Sets one phase's budget within the guide's range for the phase, as an
 * interviewer would keep it. The length becomes the sum of the budgets,
 * so it stays between the minimum and maximum length. (While the round
 * runs, br_round_add_minute() may take a phase past its range.)
 *
 * Returns: %FALSE, changing nothing, when the round is not idle or
 *   @minutes is outside the phase's range
 */
gboolean
br_round_set_budget (BrRound *self,
                     guint    index,
                     guint    minutes)
{
  g_return_val_if_fail (BR_IS_ROUND (self), FALSE);
  g_return_val_if_fail (index < self->n_slots, FALSE);

  if (self->state != BR_ROUND_IDLE || minutes < self->slots[index].min || minutes > self->slots[index].max)
    return FALSE;

  if (self->slots[index].budget != minutes)
    {
      self->slots[index].budget = minutes;
      update_length (self);
      emit_changed (self);
    }
  return TRUE;
}

/* ---------------------------------------------------------------------- */
/* Control                                                                 */

/**
 * br_round_get_state:
 * @self: a #BrRound
 *
 * Returns: the round's state
 */
BrRoundState
br_round_get_state (BrRound *self)
{
  g_return_val_if_fail (BR_IS_ROUND (self), BR_ROUND_IDLE);
  return self->state;
}

/* The local date and time @real_time microseconds after the Unix epoch */
static GDateTime *
new_local_date (gint64 real_time)
{
  g_autoptr(GDateTime) seconds = g_date_time_new_from_unix_local (real_time / G_USEC_PER_SEC);

  return g_date_time_add (seconds, real_time % G_USEC_PER_SEC);
}

/**
 * br_round_start:
 * @self: a #BrRound
 *
 * Starts the first phase's clock, and notes the calendar time from the
 * round's clock (br_clock_get_real_time()).
 *
 * Returns: %FALSE, changing nothing, unless the round was idle (and has
 *   phases)
 */
gboolean
br_round_start (BrRound *self)
{
  g_return_val_if_fail (BR_IS_ROUND (self), FALSE);

  if (self->state != BR_ROUND_IDLE || self->n_slots == 0)
    return FALSE;

  for (guint i = 0; i < self->n_slots; i++)
    {
      self->slots[i].planned = self->slots[i].budget;
      self->slots[i].spent = 0;
    }
  g_clear_pointer (&self->started, g_date_time_unref);
  self->started = new_local_date (br_clock_get_real_time (self->clock));
  self->start_time = br_clock_get_time (self->clock);
  self->open_since = self->start_time;
  self->completed = FALSE;
  set_current (self, 0);
  set_state (self, BR_ROUND_RUNNING);
  emit_changed (self);
  return TRUE;
}

/**
 * br_round_pause:
 * @self: a #BrRound
 *
 * Stops the clock; br_round_resume() starts it again.
 *
 * Returns: %FALSE, changing nothing, unless the round was running
 */
gboolean
br_round_pause (BrRound *self)
{
  g_return_val_if_fail (BR_IS_ROUND (self), FALSE);

  if (self->state != BR_ROUND_RUNNING)
    return FALSE;

  close_stretch (self, br_clock_get_time (self->clock));
  set_state (self, BR_ROUND_PAUSED);
  emit_changed (self);
  return TRUE;
}

/**
 * br_round_resume:
 * @self: a #BrRound
 *
 * Starts the clock again after br_round_pause().
 *
 * Returns: %FALSE, changing nothing, unless the round was paused
 */
gboolean
br_round_resume (BrRound *self)
{
  g_return_val_if_fail (BR_IS_ROUND (self), FALSE);

  if (self->state != BR_ROUND_PAUSED)
    return FALSE;

  self->open_since = br_clock_get_time (self->clock);
  set_state (self, BR_ROUND_RUNNING);
  emit_changed (self);
  return TRUE;
}

/**
 * br_round_next_phase:
 * @self: a #BrRound
 *
 * Moves on to the next phase, which starts counting at once if the round
 * runs. From the last phase, finishes the round as completed.
 *
 * Returns: %FALSE, changing nothing, unless the round was running or paused
 */
gboolean
br_round_next_phase (BrRound *self)
{
  gint64 now;

  g_return_val_if_fail (BR_IS_ROUND (self), FALSE);

  if (!is_started (self))
    return FALSE;

  now = br_clock_get_time (self->clock);
  close_stretch (self, now);
  self->open_since = now;

  if (self->current + 1 < self->n_slots)
    set_current (self, self->current + 1);
  else
    {
      self->completed = TRUE;
      set_state (self, BR_ROUND_FINISHED);
    }
  emit_changed (self);
  return TRUE;
}

/**
 * br_round_previous_phase:
 * @self: a #BrRound
 *
 * Goes back one phase; its time then grows again from where it was.
 *
 * Returns: %FALSE, changing nothing, unless the round was running or
 *   paused past its first phase
 */
gboolean
br_round_previous_phase (BrRound *self)
{
  gint64 now;

  g_return_val_if_fail (BR_IS_ROUND (self), FALSE);

  if (!is_started (self) || self->current == 0)
    return FALSE;

  now = br_clock_get_time (self->clock);
  close_stretch (self, now);
  self->open_since = now;
  set_current (self, self->current - 1);
  emit_changed (self);
  return TRUE;
}

/**
 * br_round_add_minute:
 * @self: a #BrRound
 *
 * Gives the current phase one more minute; the round grows by a minute.
 *
 * Returns: %FALSE, changing nothing, unless the round was running or
 *   paused and the budget was below %BR_ROUND_MAX_BUDGET
 */
gboolean
br_round_add_minute (BrRound *self)
{
  g_return_val_if_fail (BR_IS_ROUND (self), FALSE);

  if (!is_started (self) || self->slots[self->current].budget >= BR_ROUND_MAX_BUDGET)
    return FALSE;

  self->slots[self->current].budget++;
  update_length (self);
  emit_changed (self);
  return TRUE;
}

/**
 * br_round_stop:
 * @self: a #BrRound
 *
 * Ends the round early: it is finished, not completed.
 *
 * Returns: %FALSE, changing nothing, unless the round was running or paused
 */
gboolean
br_round_stop (BrRound *self)
{
  g_return_val_if_fail (BR_IS_ROUND (self), FALSE);

  if (!is_started (self))
    return FALSE;

  close_stretch (self, br_clock_get_time (self->clock));
  self->completed = FALSE;
  set_state (self, BR_ROUND_FINISHED);
  emit_changed (self);
  return TRUE;
}

/**
 * br_round_reset:
 * @self: a #BrRound
 *
 * Makes the round idle again, at its first phase with no time spent. The
 * budgets go back to what they were when the round started, so minutes
 * added with br_round_add_minute() are dropped. An idle round is left as
 * it is.
 */
void
br_round_reset (BrRound *self)
{
  g_return_if_fail (BR_IS_ROUND (self));

  if (self->state == BR_ROUND_IDLE)
    return;

  for (guint i = 0; i < self->n_slots; i++)
    {
      self->slots[i].budget = self->slots[i].planned;
      self->slots[i].spent = 0;
    }
  g_clear_pointer (&self->started, g_date_time_unref);
  self->completed = FALSE;
  update_length (self);
  set_current (self, 0);
  set_state (self, BR_ROUND_IDLE);
  emit_changed (self);
}
