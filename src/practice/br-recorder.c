/* br-recorder.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-practice"

#include "br-recorder.h"

/**
 * BrRecorder:
 *
 * Follows a board during a practice round and appends one step to its
 * #BrRecording for every change, timed on an injectable #BrClock from the
 * moment the recorder was made. The changes of one gesture (a drag is a
 * transaction on the board) become one step when the gesture ends, so a
 * recording holds about as many steps as the undo history. A board that
 * already has items when recording starts gives a first step that adds
 * them.
 */
struct _BrRecorder
{
  GObject parent_instance;

  BrBoard *board;
  BrClock *clock;
  BrRecording *recording;
  GHashTable *touched;   /* ids changed since the last step */
  gint64 start;          /* µs on the clock */
  gulong changed_id;
  gulong committed_id;
  gboolean pending;
};

G_DEFINE_FINAL_TYPE (BrRecorder, br_recorder, G_TYPE_OBJECT)

static void
flush (BrRecorder *self)
{
  if (!self->pending || self->board == NULL)
    return;
  br_recording_append (self->recording, br_recorder_get_elapsed (self),
                       self->board, self->touched);
  g_hash_table_remove_all (self->touched);
  self->pending = FALSE;
}

static void
touch (BrRecorder *self,
       GPtrArray  *ids)
{
  for (guint i = 0; ids != NULL && i < ids->len; i++)
    g_hash_table_add (self->touched, g_strdup (g_ptr_array_index (ids, i)));
}

static void
board_changed (BrRecorder           *self,
               const BrBoardChanges *changes)
{
  touch (self, changes->added);
  touch (self, changes->removed);
  touch (self, changes->changed);
  self->pending = TRUE;
  /* A gesture in progress is one step when it ends */
  if (!br_board_in_transaction (self->board))
    flush (self);
}

static void
board_committed (BrRecorder *self)
{
  flush (self);
}

static void
disconnect (BrRecorder *self)
{
  if (self->board == NULL)
    return;
  g_clear_signal_handler (&self->changed_id, self->board);
  g_clear_signal_handler (&self->committed_id, self->board);
  g_clear_object (&self->board);
}

static void
br_recorder_dispose (GObject *object)
{
  BrRecorder *self = (BrRecorder *) object;

  disconnect (self);

  G_OBJECT_CLASS (br_recorder_parent_class)->dispose (object);
}

static void
br_recorder_finalize (GObject *object)
{
  BrRecorder *self = (BrRecorder *) object;

  g_clear_object (&self->clock);
  g_clear_object (&self->recording);
  g_clear_pointer (&self->touched, g_hash_table_unref);

  G_OBJECT_CLASS (br_recorder_parent_class)->finalize (object);
}

static void
br_recorder_class_init (BrRecorderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = br_recorder_dispose;
  object_class->finalize = br_recorder_finalize;
}

static void
br_recorder_init (BrRecorder *self)
{
  self->recording = br_recording_new ();
  self->touched = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/**
 * br_recorder_new:
 * @clock: (nullable): the time source; %NULL for the system's
 *
 * Starts recording @board now.
 *
 * Returns: (transfer full): the recorder
 */
BrRecorder *
br_recorder_new (BrBoard *board,
                 BrClock *clock)
{
  BrRecorder *self;

  g_return_val_if_fail (BR_IS_BOARD (board), NULL);
  g_return_val_if_fail (clock == NULL || BR_IS_CLOCK (clock), NULL);

  self = g_object_new (BR_TYPE_RECORDER, NULL);
  self->board = g_object_ref (board);
  self->clock = clock != NULL ? g_object_ref (clock) : g_object_ref (br_clock_get_system ());
  self->start = br_clock_get_time (self->clock);
  self->changed_id = g_signal_connect_swapped (board, "changed", G_CALLBACK (board_changed), self);
  self->committed_id = g_signal_connect_swapped (board, "committed", G_CALLBACK (board_committed), self);

  /* What is on the board already is where the recording starts */
  if (br_board_get_n_items (board) > 0)
    {
      self->pending = TRUE;
      flush (self);
    }
  return self;
}

/**
 * br_recorder_get_recording:
 *
 * Returns: (transfer none): the recording so far
 */
BrRecording *
br_recorder_get_recording (BrRecorder *self)
{
  g_return_val_if_fail (BR_IS_RECORDER (self), NULL);
  return self->recording;
}

/**
 * br_recorder_get_board:
 *
 * Returns: (transfer none) (nullable): the board, or %NULL once stopped
 */
BrBoard *
br_recorder_get_board (BrRecorder *self)
{
  g_return_val_if_fail (BR_IS_RECORDER (self), NULL);
  return self->board;
}

/**
 * br_recorder_get_elapsed:
 *
 * Returns: the time since recording started, in ms
 */
gint64
br_recorder_get_elapsed (BrRecorder *self)
{
  g_return_val_if_fail (BR_IS_RECORDER (self), 0);
  return (br_clock_get_time (self->clock) - self->start) / 1000;
}

/**
 * br_recorder_set_board:
 * @board: the board to follow from now on
 *
 * Follows @board instead (the candidate opened another board during the
 * round): what is still pending on the old board is recorded, then one
 * step turns the recording into @board as it is.
 */
void
br_recorder_set_board (BrRecorder *self,
                       BrBoard    *board)
{
  g_return_if_fail (BR_IS_RECORDER (self));
  g_return_if_fail (BR_IS_BOARD (board));

  if (self->board == board || self->board == NULL)
    return;
  flush (self);
  disconnect (self);
  self->board = g_object_ref (board);
  self->changed_id = g_signal_connect_swapped (board, "changed", G_CALLBACK (board_changed), self);
  self->committed_id = g_signal_connect_swapped (board, "committed", G_CALLBACK (board_committed), self);

  /* An item of the new board may have the id of one of the old board's */
  for (guint i = 0; i < br_board_get_n_items (board); i++)
    g_hash_table_add (self->touched, g_strdup (br_board_get_item (board, i)->id));
  self->pending = TRUE;
  flush (self);
}

/**
 * br_recorder_stop:
 *
 * Records what is still pending (a gesture cut short), sets the
 * recording's duration to now and lets go of the board.
 */
void
br_recorder_stop (BrRecorder *self)
{
  g_return_if_fail (BR_IS_RECORDER (self));

  if (self->board == NULL)
    return;
  flush (self);
  br_recording_set_duration (self->recording, br_recorder_get_elapsed (self));
  disconnect (self);
}
