/* br-recording.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-practice"

#include <glib/gi18n-lib.h>

#include "br-board-file-private.h"
#include "br-board-private.h"
#include "br-doc-error.h"
#include "br-recording-private.h"

/**
 * BrRecording:
 *
 * How a board was built during a practice round: a list of steps, each
 * with its time in milliseconds from the start of the round and what it
 * changed (items removed, items whose content changed, items added at
 * their place, and the whole z-order only when items were restacked).
 * The first step starts from an empty board.
 *
 * Seeking rebuilds the board from the nearest checkpoint (a copy of the
 * items every %CHECKPOINT_EVERY steps), so any point of a long recording
 * is a few steps away. A recording is only ever appended to.
 */

/* Steps between two checkpoints */
#define CHECKPOINT_EVERY 32

struct _BrRecording
{
  GObject parent_instance;

  GPtrArray *steps;          /* BrRecordingStep */
  GPtrArray *checkpoints;    /* BrRecordingState *: [k] is after k * CHECKPOINT_EVERY steps */
  BrRecordingState tail;     /* after every step */
  gint64 duration;
  GArray *phase_ends;        /* gint64: where each phase of the round ended, in ms */
};

G_DEFINE_FINAL_TYPE (BrRecording, br_recording, G_TYPE_OBJECT)

/* ---------------------------------------------------------------------- */
/* Steps and states                                                        */

BrRecordingStep *
_br_recording_step_new (gint64 time)
{
  BrRecordingStep *step = g_new0 (BrRecordingStep, 1);

  step->time = time;
  step->remove = g_ptr_array_new_with_free_func (g_free);
  step->set = g_ptr_array_new_with_free_func ((GDestroyNotify) br_item_free);
  step->add = g_ptr_array_new_with_free_func ((GDestroyNotify) br_item_free);
  step->add_at = g_array_new (FALSE, FALSE, sizeof (guint));
  return step;
}

void
_br_recording_step_free (BrRecordingStep *step)
{
  if (step == NULL)
    return;
  g_ptr_array_unref (step->remove);
  g_ptr_array_unref (step->set);
  g_ptr_array_unref (step->add);
  g_array_unref (step->add_at);
  g_clear_pointer (&step->order, g_ptr_array_unref);
  g_free (step);
}

void
_br_recording_state_init (BrRecordingState *state)
{
  state->items = g_ptr_array_new_with_free_func ((GDestroyNotify) br_item_free);
  state->by_id = g_hash_table_new (g_str_hash, g_str_equal);
}

void
_br_recording_state_clear (BrRecordingState *state)
{
  g_clear_pointer (&state->by_id, g_hash_table_unref);
  g_clear_pointer (&state->items, g_ptr_array_unref);
}

static void
state_free (BrRecordingState *state)
{
  _br_recording_state_clear (state);
  g_free (state);
}

void
_br_recording_state_copy (BrRecordingState       *dest,
                          const BrRecordingState *src)
{
  _br_recording_state_init (dest);
  for (guint i = 0; i < src->items->len; i++)
    {
      BrItem *copy = br_item_copy (g_ptr_array_index (src->items, i));

      g_ptr_array_add (dest->items, copy);
      g_hash_table_insert (dest->by_id, copy->id, copy);
    }
}

static guint
state_find (BrRecordingState *state,
            BrItem           *item)
{
  guint position = 0;

  if (!g_ptr_array_find (state->items, item, &position))
    g_assert_not_reached ();
  return position;
}

/* @item's bound ends name other items of the state that can be bound to */
static gboolean
check_item_bindings (BrRecordingState  *state,
                     const BrItem      *item,
                     GError           **error)
{
  for (guint side = 0; side < 2 && item->kind == BR_ITEM_ARROW; side++)
    {
      const char *target_id = item->ends[side].item_id;
      BrItem *target;

      if (target_id == NULL)
        continue;
      target = g_hash_table_lookup (state->by_id, target_id);
      if (target == NULL || target == item || !br_item_is_bindable (target))
        {
          g_set_error (error, BR_DOC_ERROR, BR_DOC_ERROR_UNKNOWN_REFERENCE,
                       _("the arrow “%s” is bound to “%s”, which is not an item it can be bound to at this step"),
                       item->id, target_id);
          return FALSE;
        }
    }
  return TRUE;
}

/* After @step: the arrows it set or added are bound to items there are,
 * and when it removed items, no arrow is left bound to one of them */
static gboolean
check_bindings (BrRecordingState       *state,
                const BrRecordingStep  *step,
                GError                **error)
{
  GPtrArray *lists[] = { step->set, step->add };

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; i < lists[l]->len; i++)
      {
        const BrItem *content = g_ptr_array_index (lists[l], i);

        if (!check_item_bindings (state, g_hash_table_lookup (state->by_id, content->id), error))
          return FALSE;
      }

  if (step->remove->len > 0)
    for (guint i = 0; i < state->items->len; i++)
      if (!check_item_bindings (state, g_ptr_array_index (state->items, i), error))
        return FALSE;
  return TRUE;
}

/**
 * _br_recording_state_apply:
 * @member: (out): on failure, the member of the step that is wrong
 *
 * Applies @step to @state. A step that names an item the state does not
 * have (or adds one it has) is refused with a #BR_DOC_ERROR; @state is
 * then in an undefined state and must be dropped.
 */
gboolean
_br_recording_state_apply (BrRecordingState       *state,
                           const BrRecordingStep  *step,
                           const char            **member,
                           GError                **error)
{
  for (guint i = 0; i < step->remove->len; i++)
    {
      const char *id = g_ptr_array_index (step->remove, i);
      BrItem *item = g_hash_table_lookup (state->by_id, id);

      *member = "remove";
      if (item == NULL)
        return g_set_error (error, BR_DOC_ERROR, BR_DOC_ERROR_UNKNOWN_REFERENCE,
                            _("“%s” is not on the board at this step"), id), FALSE;
      g_hash_table_remove (state->by_id, id);
      g_ptr_array_remove_index (state->items, state_find (state, item));
    }

  for (guint i = 0; i < step->set->len; i++)
    {
      const BrItem *content = g_ptr_array_index (step->set, i);
      BrItem *item = g_hash_table_lookup (state->by_id, content->id);
      BrItem *copy;
      guint position;

      *member = "set";
      if (item == NULL)
        return g_set_error (error, BR_DOC_ERROR, BR_DOC_ERROR_UNKNOWN_REFERENCE,
                            _("“%s” is not on the board at this step"), content->id), FALSE;
      position = state_find (state, item);
      copy = br_item_copy (content);
      g_hash_table_replace (state->by_id, copy->id, copy);
      g_ptr_array_index (state->items, position) = copy;
      br_item_free (item);
    }

  for (guint i = 0; i < step->add->len; i++)
    {
      const BrItem *content = g_ptr_array_index (step->add, i);
      guint at = g_array_index (step->add_at, guint, i);
      BrItem *copy;

      *member = "add";
      if (g_hash_table_contains (state->by_id, content->id))
        return g_set_error (error, BR_DOC_ERROR, BR_DOC_ERROR_DUPLICATE_ID,
                            _("“%s” is already on the board at this step"), content->id), FALSE;
      if (step->order != NULL)
        at = state->items->len;
      else if (at > state->items->len)
        return g_set_error (error, BR_DOC_ERROR, BR_DOC_ERROR_RANGE,
                            _("“%s” is added at place %u, but the board has only %u items there"),
                            content->id, at, state->items->len), FALSE;
      copy = br_item_copy (content);
      g_ptr_array_insert (state->items, at, copy);
      g_hash_table_insert (state->by_id, copy->id, copy);
    }

  if (step->order != NULL)
    {
      g_autoptr(GPtrArray) ordered = NULL;
      g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

      *member = "order";
      if (step->order->len != state->items->len)
        return g_set_error (error, BR_DOC_ERROR, BR_DOC_ERROR_INVALID_VALUE,
                            _("the order lists %u items, but the board has %u at this step"),
                            step->order->len, state->items->len), FALSE;
      ordered = g_ptr_array_new_full (state->items->len, (GDestroyNotify) br_item_free);
      for (guint i = 0; i < step->order->len; i++)
        {
          const char *id = g_ptr_array_index (step->order, i);
          BrItem *item = g_hash_table_lookup (state->by_id, id);

          if (item == NULL || !g_hash_table_add (seen, (gpointer) id))
            return g_set_error (error, BR_DOC_ERROR, BR_DOC_ERROR_UNKNOWN_REFERENCE,
                                _("the order names “%s”, which is not on the board at this step or named twice"),
                                id), FALSE;
          g_ptr_array_add (ordered, item);
        }
      g_ptr_array_set_free_func (state->items, NULL);
      g_ptr_array_unref (state->items);
      state->items = g_steal_pointer (&ordered);
    }

  *member = NULL;
  return check_bindings (state, step, error);
}

/* ---------------------------------------------------------------------- */
/* The object                                                              */

static void
br_recording_finalize (GObject *object)
{
  BrRecording *self = (BrRecording *) object;

  g_clear_pointer (&self->steps, g_ptr_array_unref);
  g_clear_pointer (&self->checkpoints, g_ptr_array_unref);
  _br_recording_state_clear (&self->tail);
  g_clear_pointer (&self->phase_ends, g_array_unref);

  G_OBJECT_CLASS (br_recording_parent_class)->finalize (object);
}

static void
br_recording_class_init (BrRecordingClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = br_recording_finalize;
}

static void
br_recording_init (BrRecording *self)
{
  BrRecordingState *empty = g_new0 (BrRecordingState, 1);

  self->steps = g_ptr_array_new_with_free_func ((GDestroyNotify) _br_recording_step_free);
  self->checkpoints = g_ptr_array_new_with_free_func ((GDestroyNotify) state_free);
  _br_recording_state_init (empty);
  g_ptr_array_add (self->checkpoints, empty);
  _br_recording_state_init (&self->tail);
  self->phase_ends = g_array_new (FALSE, FALSE, sizeof (gint64));
}

/**
 * br_recording_new:
 *
 * Returns: (transfer full): an empty recording
 */
BrRecording *
br_recording_new (void)
{
  return g_object_new (BR_TYPE_RECORDING, NULL);
}

/**
 * _br_recording_push_step:
 * @step: (transfer full): the next step
 * @member: (out): on failure, the member of @step that is wrong
 *
 * Applies @step to the recording's last state and keeps it. A step that
 * does not apply is refused with a #BR_DOC_ERROR and @self must then be
 * dropped.
 *
 * Returns: %TRUE if @step applied
 */
gboolean
_br_recording_push_step (BrRecording      *self,
                         BrRecordingStep  *step,
                         const char      **member,
                         GError          **error)
{
  if (!_br_recording_state_apply (&self->tail, step, member, error))
    {
      _br_recording_step_free (step);
      return FALSE;
    }
  g_ptr_array_add (self->steps, step);
  self->duration = MAX (self->duration, step->time);

  if (self->steps->len % CHECKPOINT_EVERY == 0)
    {
      BrRecordingState *checkpoint = g_new0 (BrRecordingState, 1);

      _br_recording_state_copy (checkpoint, &self->tail);
      g_ptr_array_add (self->checkpoints, checkpoint);
    }
  return TRUE;
}

GPtrArray *
_br_recording_get_steps (BrRecording *self)
{
  return self->steps;
}

guint
br_recording_get_n_steps (BrRecording *self)
{
  g_return_val_if_fail (BR_IS_RECORDING (self), 0);
  return self->steps->len;
}

/**
 * br_recording_get_step_time:
 *
 * Returns: when step @step happened, in ms from the start of the round
 */
gint64
br_recording_get_step_time (BrRecording *self,
                            guint        step)
{
  g_return_val_if_fail (BR_IS_RECORDING (self), 0);
  g_return_val_if_fail (step < self->steps->len, 0);
  return ((BrRecordingStep *) g_ptr_array_index (self->steps, step))->time;
}

/**
 * br_recording_get_duration:
 *
 * Returns: how long the recording lasts, in ms: at least until its last
 *   step, and until the end of the round once that is set
 */
gint64
br_recording_get_duration (BrRecording *self)
{
  g_return_val_if_fail (BR_IS_RECORDING (self), 0);
  return self->duration;
}

/**
 * br_recording_set_duration:
 * @duration: in ms; never less than the last step's time
 */
void
br_recording_set_duration (BrRecording *self,
                           gint64       duration)
{
  g_return_if_fail (BR_IS_RECORDING (self));

  duration = CLAMP (duration, 0, BR_RECORDING_MAX_TIME);
  if (self->steps->len > 0)
    duration = MAX (duration, br_recording_get_step_time (self, self->steps->len - 1));
  self->duration = duration;
}

/**
 * br_recording_count_steps_at:
 * @time: in ms from the start
 *
 * Returns: how many steps had happened at @time (those at @time included)
 */
guint
br_recording_count_steps_at (BrRecording *self,
                             gint64       time)
{
  guint low = 0, high;

  g_return_val_if_fail (BR_IS_RECORDING (self), 0);

  /* The first step later than @time; steps are in time order */
  high = self->steps->len;
  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (br_recording_get_step_time (self, middle) <= time)
        low = middle + 1;
      else
        high = middle;
    }
  return low;
}

/**
 * br_recording_build_board:
 * @n_steps: how many steps to apply, at most br_recording_get_n_steps()
 *
 * Rebuilds the board as it stood after @n_steps steps, from the nearest
 * checkpoint before it.
 *
 * Returns: (transfer full): a new board with no history
 */
BrBoard *
br_recording_build_board (BrRecording *self,
                          guint        n_steps)
{
  BrRecordingState state;
  BrBoard *board;
  guint checkpoint;

  g_return_val_if_fail (BR_IS_RECORDING (self), NULL);

  n_steps = MIN (n_steps, self->steps->len);
  checkpoint = MIN (n_steps / CHECKPOINT_EVERY, self->checkpoints->len - 1);
  _br_recording_state_copy (&state, g_ptr_array_index (self->checkpoints, checkpoint));
  for (guint i = checkpoint * CHECKPOINT_EVERY; i < n_steps; i++)
    {
      g_autoptr(GError) error = NULL;
      const char *member;

      /* Every step was checked when it was taken */
      if (!_br_recording_state_apply (&state, g_ptr_array_index (self->steps, i), &member, &error))
        g_error ("a checked recording failed at step %u: %s", i, error->message);
    }

  board = br_board_new ();
  g_ptr_array_set_free_func (state.items, NULL);
  _br_board_load (board, state.items);
  g_ptr_array_set_size (state.items, 0);
  _br_recording_state_clear (&state);
  return board;
}

/**
 * br_recording_find_idle:
 * @min_length: the shortest stretch to report, in ms
 *
 * Finds the stretches of at least @min_length in which the board did not
 * change: before the first step, between steps, and after the last one
 * until the end of the recording.
 *
 * Returns: (transfer full) (element-type BrRecordingIdle): the stretches,
 *   in time order
 */
GArray *
br_recording_find_idle (BrRecording *self,
                        gint64       min_length)
{
  GArray *stretches;
  gint64 last = 0;

  g_return_val_if_fail (BR_IS_RECORDING (self), NULL);

  stretches = g_array_new (FALSE, FALSE, sizeof (BrRecordingIdle));
  for (guint i = 0; i <= self->steps->len; i++)
    {
      gint64 time = i < self->steps->len ? br_recording_get_step_time (self, i) : self->duration;

      if (time - last >= min_length && time > last)
        {
          BrRecordingIdle idle = { last, time };

          g_array_append_val (stretches, idle);
        }
      last = MAX (last, time);
    }
  return stretches;
}

/**
 * br_recording_get_phase_ends:
 * @n_phases: (out): how many phases the round had, 0 when the recording
 *   does not say (it was made before phases were kept with it)
 *
 * Returns: (array length=n_phases) (transfer none) (nullable): where each
 *   phase of the round ended, in ms on the recording's time line
 */
const gint64 *
br_recording_get_phase_ends (BrRecording *self,
                             guint       *n_phases)
{
  g_return_val_if_fail (BR_IS_RECORDING (self), NULL);
  g_return_val_if_fail (n_phases != NULL, NULL);

  *n_phases = self->phase_ends->len;
  return self->phase_ends->len > 0 ? &g_array_index (self->phase_ends, gint64, 0) : NULL;
}

/**
 * br_recording_set_phase_ends:
 * @ends: (array length=n_phases) (nullable): where each phase of the
 *   round ended, in ms from the start, never decreasing
 * @n_phases: how many, at most %BR_RECORDING_MAX_PHASES
 *
 * Keeps the round's phase boundaries with the recording, to the
 * millisecond on the same clock as the steps, so that a step taken just
 * after the candidate moved on counts in the phase it was taken in. An
 * end earlier than the one before it is taken as that one.
 */
void
br_recording_set_phase_ends (BrRecording  *self,
                             const gint64 *ends,
                             guint         n_phases)
{
  gint64 last = 0;

  g_return_if_fail (BR_IS_RECORDING (self));
  g_return_if_fail (ends != NULL || n_phases == 0);
  g_return_if_fail (n_phases <= BR_RECORDING_MAX_PHASES);

  g_array_set_size (self->phase_ends, 0);
  for (guint i = 0; i < n_phases; i++)
    {
      last = CLAMP (ends[i], last, BR_RECORDING_MAX_TIME);
      g_array_append_val (self->phase_ends, last);
    }
}

/* ---------------------------------------------------------------------- */
/* Recording a board                                                       */

static gboolean
same_order (GPtrArray *a,
            GPtrArray *b)
{
  if (a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    if (g_strcmp0 (g_ptr_array_index (a, i), g_ptr_array_index (b, i)) != 0)
      return FALSE;
  return TRUE;
}

/**
 * br_recording_append:
 * @time: when, in ms from the start; not before the last step
 * @board: the board as it is now
 * @touched: (element-type utf8 utf8): ids of the items that may have been
 *   added, removed or changed since the last step
 *
 * Records what changed on @board since the last step as one step: the
 * touched items that are gone, those whose content changed, those that are
 * new with their place, and the whole z-order only when the items that
 * stayed were restacked.
 *
 * Returns: %TRUE if a step was added, %FALSE when nothing had changed
 */
gboolean
br_recording_append (BrRecording *self,
                     gint64       time,
                     BrBoard     *board,
                     GHashTable  *touched)
{
  g_autoptr(GPtrArray) before = g_ptr_array_new ();  /* ids that stayed, old order */
  g_autoptr(GPtrArray) after = g_ptr_array_new ();   /* ids that stayed, new order */
  g_autoptr(GPtrArray) all = g_ptr_array_new ();     /* every id, new order */
  g_autoptr(GError) error = NULL;
  BrRecordingStep *step;
  const char *member;
  GHashTableIter iter;
  const char *id;
  guint n;

  g_return_val_if_fail (BR_IS_RECORDING (self), FALSE);
  g_return_val_if_fail (BR_IS_BOARD (board), FALSE);

  time = CLAMP (time, self->duration, BR_RECORDING_MAX_TIME);
  step = _br_recording_step_new (time);

  for (guint i = 0; i < self->tail.items->len; i++)
    {
      const BrItem *old = g_ptr_array_index (self->tail.items, i);

      if (br_board_lookup (board, old->id) == NULL)
        g_ptr_array_add (step->remove, g_strdup (old->id));
      else
        g_ptr_array_add (before, old->id);
    }

  n = br_board_get_n_items (board);
  for (guint i = 0; i < n; i++)
    {
      const BrItem *item = br_board_get_item (board, i);

      g_ptr_array_add (all, item->id);
      if (g_hash_table_contains (self->tail.by_id, item->id))
        g_ptr_array_add (after, item->id);
    }
  if (!same_order (before, after))
    {
      step->order = g_ptr_array_new_full (n, g_free);
      for (guint i = 0; i < n; i++)
        g_ptr_array_add (step->order, g_strdup (g_ptr_array_index (all, i)));
    }

  /* New items at their places, in ascending order */
  for (guint i = 0; i < n; i++)
    {
      const BrItem *item = br_board_get_item (board, i);

      if (!g_hash_table_contains (self->tail.by_id, item->id))
        {
          g_ptr_array_add (step->add, br_item_copy (item));
          g_array_append_val (step->add_at, i);
        }
    }

  /* Items that stayed and whose content changed */
  if (touched != NULL)
    {
      g_hash_table_iter_init (&iter, touched);
      while (g_hash_table_iter_next (&iter, (gpointer *) &id, NULL))
        {
          const BrItem *old = g_hash_table_lookup (self->tail.by_id, id);
          const BrItem *item = br_board_lookup (board, id);
          g_autoptr(GString) a = NULL;
          g_autoptr(GString) b = NULL;

          if (old == NULL || item == NULL)
            continue;
          a = g_string_new (NULL);
          b = g_string_new (NULL);
          _br_board_write_item (a, old);
          _br_board_write_item (b, item);
          if (!g_str_equal (a->str, b->str))
            g_ptr_array_add (step->set, br_item_copy (item));
        }
    }

  if (step->remove->len == 0 && step->set->len == 0 && step->add->len == 0 && step->order == NULL)
    {
      _br_recording_step_free (step);
      return FALSE;
    }

  if (!_br_recording_push_step (self, step, &member, &error))
    g_error ("a recorded step does not apply: %s", error->message);
  return TRUE;
}
