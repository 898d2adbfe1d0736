/* br-estimate-link.c — an estimate kept in step with an estimate note
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-estimate"

#include "br-board-estimate.h"
#include "br-estimate-link.h"

/**
 * BrEstimateLink:
 *
 * Ties the estimator's estimate to one estimate note of a board: made, it
 * gives the estimate the note's inputs; then every change of the estimate
 * goes to the note (br_board_set_note_estimate()), and every change of the
 * note on the board (undo, redo) comes back to the estimate.
 *
 * One change is one undo step: characters typed into the same input one
 * after another join the step the first one made, as long as nothing else
 * changed the board in between; another input, or the whole estimate at
 * once (an example, Clear), starts a new step.
 *
 * The link holds the board weakly: when the board goes, or the note is not
 * on it (deleted, or its placing undone), changes of the estimate go
 * nowhere until it is back.
 */
struct _BrEstimateLink
{
  GObject parent_instance;

  GWeakRef board;
  char *note_id;
  BrEstimate *estimate;
  gulong estimate_handler; /* blocked while the board's change goes to it */
  gulong board_handler;    /* blocked while its change goes to the board */
  int last_input;          /* the input the last step changed, or -1 */
  guint64 last_state;      /* the board's state after that step */
};

G_DEFINE_FINAL_TYPE (BrEstimateLink, br_estimate_link, G_TYPE_OBJECT)

static const BrItem *
lookup_note (BrEstimateLink *self,
             BrBoard        *board)
{
  const BrItem *item = board != NULL ? br_board_lookup (board, self->note_id) : NULL;

  return item != NULL && item->estimate != NULL ? item : NULL;
}

/* The one input where the note and the estimate differ, -1 for none or
 * more than one */
static int
single_difference (const BrItemEstimate *note,
                   BrEstimate           *estimate)
{
  int found = -1;

  for (guint i = 0; i < BR_ESTIMATE_N_INPUTS; i++)
    if (g_strcmp0 (note->inputs[i], br_estimate_get_input (estimate, (BrEstimateInput) i)) != 0)
      {
        if (found >= 0)
          return -1;
        found = (int) i;
      }
  return found;
}

static void
estimate_changed (BrEstimateLink *self)
{
  g_autoptr(BrBoard) board = g_weak_ref_get (&self->board);
  const BrItem *note = lookup_note (self, board);
  int input;
  gboolean merge;

  if (note == NULL)
    return;

  input = single_difference (note->estimate, self->estimate);
  merge = input >= 0 && input == self->last_input && br_board_get_state (board) == self->last_state;

  g_signal_handler_block (board, self->board_handler);
  if (br_board_set_note_estimate (board, self->note_id, self->estimate, merge))
    {
      self->last_input = input;
      self->last_state = br_board_get_state (board);
    }
  g_signal_handler_unblock (board, self->board_handler);
}

static void
board_changed (BrEstimateLink       *self,
               const BrBoardChanges *changes,
               BrBoard              *board)
{
  const BrItem *note;
  gboolean touched = FALSE;

  for (guint i = 0; i < changes->changed->len && !touched; i++)
    touched = g_strcmp0 (g_ptr_array_index (changes->changed, i), self->note_id) == 0;
  for (guint i = 0; i < changes->added->len && !touched; i++)
    touched = g_strcmp0 (g_ptr_array_index (changes->added, i), self->note_id) == 0;
  if (!touched || (note = lookup_note (self, board)) == NULL)
    return;

  /* Undone or redone on the board: the estimator shows it */
  g_signal_handler_block (self->estimate, self->estimate_handler);
  br_item_estimate_apply (note->estimate, self->estimate);
  g_signal_handler_unblock (self->estimate, self->estimate_handler);
  self->last_input = -1;
}

static void
br_estimate_link_dispose (GObject *object)
{
  BrEstimateLink *self = BR_ESTIMATE_LINK (object);

  if (self->estimate != NULL)
    g_signal_handlers_disconnect_by_data (self->estimate, self);
  g_clear_object (&self->estimate);

  G_OBJECT_CLASS (br_estimate_link_parent_class)->dispose (object);
}

static void
br_estimate_link_finalize (GObject *object)
{
  BrEstimateLink *self = BR_ESTIMATE_LINK (object);

  g_weak_ref_clear (&self->board);
  g_free (self->note_id);

  G_OBJECT_CLASS (br_estimate_link_parent_class)->finalize (object);
}

static void
br_estimate_link_class_init (BrEstimateLinkClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = br_estimate_link_dispose;
  object_class->finalize = br_estimate_link_finalize;
}

static void
br_estimate_link_init (BrEstimateLink *self)
{
  g_weak_ref_init (&self->board, NULL);
  self->last_input = -1;
}

/**
 * br_estimate_link_new:
 * @board: the board that has the note
 * @note_id: an estimate note of @board
 * @estimate: the estimate to keep in step with it; it takes the note's
 *   inputs now
 *
 * Returns: (transfer full) (nullable): the link, or %NULL when @note_id
 *   is not an estimate note of @board
 */
BrEstimateLink *
br_estimate_link_new (BrBoard    *board,
                      const char *note_id,
                      BrEstimate *estimate)
{
  BrEstimateLink *self;
  const BrItem *note;

  g_return_val_if_fail (BR_IS_BOARD (board), NULL);
  g_return_val_if_fail (note_id != NULL, NULL);
  g_return_val_if_fail (BR_IS_ESTIMATE (estimate), NULL);

  note = br_board_lookup (board, note_id);
  if (note == NULL || note->estimate == NULL)
    return NULL;

  self = g_object_new (BR_TYPE_ESTIMATE_LINK, NULL);
  g_weak_ref_set (&self->board, board);
  self->note_id = g_strdup (note_id);
  self->estimate = g_object_ref (estimate);

  /* Before the link listens: nothing to pass back */
  br_item_estimate_apply (note->estimate, estimate);

  self->estimate_handler = g_signal_connect_object (estimate, "changed", G_CALLBACK (estimate_changed),
                                                    self, G_CONNECT_SWAPPED);
  self->board_handler = g_signal_connect_object (board, "changed", G_CALLBACK (board_changed),
                                                 self, G_CONNECT_SWAPPED);
  return self;
}

/**
 * br_estimate_link_dup_board:
 *
 * Returns: (transfer full) (nullable): the board, while it exists
 */
BrBoard *
br_estimate_link_dup_board (BrEstimateLink *self)
{
  g_return_val_if_fail (BR_IS_ESTIMATE_LINK (self), NULL);
  return g_weak_ref_get (&self->board);
}

const char *
br_estimate_link_get_note_id (BrEstimateLink *self)
{
  g_return_val_if_fail (BR_IS_ESTIMATE_LINK (self), NULL);
  return self->note_id;
}

BrEstimate *
br_estimate_link_get_estimate (BrEstimateLink *self)
{
  g_return_val_if_fail (BR_IS_ESTIMATE_LINK (self), NULL);
  return self->estimate;
}

/**
 * br_estimate_link_is_active:
 *
 * Returns: whether the board exists and has the note: whether a change of
 *   the estimate reaches it
 */
gboolean
br_estimate_link_is_active (BrEstimateLink *self)
{
  g_autoptr(BrBoard) board = NULL;

  g_return_val_if_fail (BR_IS_ESTIMATE_LINK (self), FALSE);
  board = g_weak_ref_get (&self->board);
  return lookup_note (self, board) != NULL;
}
