/* br-practice-session-review.c — the review of a practice session, and
 * keeping or dropping its attempt
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-practice"

#include <glib/gi18n-lib.h>

#include "br-board-file.h"
#include "br-file-util.h"
#include "br-practice-session-private.h"

/* The review --------------------------------------------------------------- */

/**
 * br_practice_session_get_complete:
 *
 * Returns: whether the attempt has a score for every rubric dimension
 */
gboolean
br_practice_session_get_complete (BrPracticeSession *self)
{
  g_return_val_if_fail (BR_IS_PRACTICE_SESSION (self), FALSE);
  return self->complete;
}

void
br_practice_session_set_score (BrPracticeSession *self,
                               const char        *dimension_id,
                               guint              score)
{
  g_return_if_fail (BR_IS_PRACTICE_SESSION (self));
  g_return_if_fail (self->attempt != NULL);

  br_attempt_set_score (self->attempt, dimension_id, score);
}

/**
 * br_practice_session_set_principle:
 *
 * Marks whether the answer showed the principle @principle_id; the
 * attempt lists its principles in the guide's order.
 */
void
br_practice_session_set_principle (BrPracticeSession *self,
                                   const char        *principle_id,
                                   gboolean           shown)
{
  const char * const *current;
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  GListModel *principles;

  g_return_if_fail (BR_IS_PRACTICE_SESSION (self));
  g_return_if_fail (self->attempt != NULL && self->guide != NULL);
  g_return_if_fail (principle_id != NULL);

  current = br_attempt_get_principles (self->attempt);
  principles = br_guide_get_principles (self->guide);
  for (guint i = 0; i < g_list_model_get_n_items (principles); i++)
    {
      g_autoptr(BrGuideEntry) principle = g_list_model_get_item (principles, i);
      const char *id = br_guide_entry_get_id (principle);
      gboolean on = g_str_equal (id, principle_id) ? shown
                                                   : current != NULL && g_strv_contains (current, id);

      if (on)
        g_ptr_array_add (ids, (gpointer) id);
    }
  g_ptr_array_add (ids, NULL);
  br_attempt_set_principles (self->attempt, (const char * const *) ids->pdata);
}

void
br_practice_session_set_notes (BrPracticeSession *self,
                               const char        *notes)
{
  g_return_if_fail (BR_IS_PRACTICE_SESSION (self));
  g_return_if_fail (self->attempt != NULL);

  br_attempt_set_notes (self->attempt, notes);
}

/* The board drawn during the session goes next to the history, as
 * boards/ID.brboard, and the attempt names it */
static gboolean
save_board (BrPracticeSession  *self,
            BrBoard            *board,
            GError            **error)
{
  const char *data_dir = br_practice_history_get_data_dir (self->history);
  g_autofree char *relative = NULL;
  g_autoptr(GFile) dir = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) parent = NULL;
  g_autoptr(GError) local_error = NULL;

  if (board == NULL || data_dir == NULL)
    return TRUE;

  relative = br_attempt_dup_default_board (self->attempt);
  dir = g_file_new_for_path (data_dir);
  file = g_file_resolve_relative_path (dir, relative);
  parent = g_file_get_parent (file);
  if (!g_file_make_directory_with_parents (parent, NULL, &local_error) &&
      !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (!br_board_save_to_file_full (board, file, BR_FILE_MODE_PRIVATE, NULL, error))
    return FALSE;
  br_attempt_set_board (self->attempt, relative);
  return TRUE;
}

/**
 * br_practice_session_save:
 * @board: (nullable): the board drawn during the session
 *
 * Saves the reviewed attempt: @board next to the history, the round's
 * recording beside it, the attempt
 * into the history (which schedules the question's next review), then
 * emits #BrPracticeSession::saved, resets the round and goes idle.
 *
 * The board of a round interrupted by a crash or a kill
 * (br_practice_session_review_interrupted()) is the one its recording
 * rebuilds, whatever @board is: what is on screen after a restart may be
 * anything by then.
 *
 * When the board or the history cannot be written nothing is kept in the
 * history, the session stays in review with its attempt, and @error says
 * why.
 *
 * Returns: (transfer full) (nullable): the saved attempt
 */
BrAttempt *
br_practice_session_save (BrPracticeSession  *self,
                          BrBoard            *board,
                          GError            **error)
{
  g_autoptr(BrAttempt) attempt = NULL;

  g_return_val_if_fail (BR_IS_PRACTICE_SESSION (self), NULL);
  g_return_val_if_fail (board == NULL || BR_IS_BOARD (board), NULL);

  if (self->state != BR_PRACTICE_SESSION_REVIEW || self->attempt == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_INITIALIZED,
                           _("There is no finished practice round to save"));
      return NULL;
    }

  attempt = g_object_ref (self->attempt);
  if (self->recovered_board != NULL)
    board = self->recovered_board;
  if (!save_board (self, board, error) ||
      !_br_practice_session_record_save (self, error) ||
      !br_practice_history_try_add_attempt (self->history, attempt, error))
    return NULL;

  g_signal_emit (self, _br_practice_session_signals[BR_PRACTICE_SESSION_SAVED], 0, attempt);
  _br_practice_session_set_state (self, BR_PRACTICE_SESSION_IDLE, NULL, 0, NULL);
  if (self->round != NULL)
    br_round_reset (self->round);
  return g_steal_pointer (&attempt);
}

/**
 * br_practice_session_discard:
 *
 * Ends the session without keeping an attempt, and resets the round.
 */
void
br_practice_session_discard (BrPracticeSession *self)
{
  g_return_if_fail (BR_IS_PRACTICE_SESSION (self));

  if (self->state == BR_PRACTICE_SESSION_IDLE)
    return;
  _br_practice_session_set_state (self, BR_PRACTICE_SESSION_IDLE, NULL, 0, NULL);
  if (self->round != NULL)
    br_round_reset (self->round);
}
