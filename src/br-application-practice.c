/* br-application-practice.c — practice sessions and their history
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "bar-raiser"

#include <glib/gi18n.h>

#include "br-application-private.h"
#include "br-board-file.h"

/* The application owns the practice history (practice.json next to the
 * study progress) and the session in progress: a question, the round it
 * started, and once the round has ended the attempt waiting for its
 * review. Windows show the session (the board, the card, the review
 * sheet) and call back here to save or discard it. */

static BrRound *
get_round (BrApplication *self)
{
  return self->ticker ? br_round_ticker_get_round (self->ticker) : NULL;
}

static void
set_session (BrApplication     *self,
             BrPracticeSession *session)
{
  if (g_set_object (&self->session, session))
    g_object_notify (G_OBJECT (self), "practice-session");
}

/* A practice file that cannot be read is moved aside by the store, the
 * user is told where it went, and the history starts empty */
void
_br_application_practice_startup (BrApplication *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data_dir = g_build_filename (g_get_user_data_dir (), "bar-raiser", NULL);

  self->practice = br_practice_history_new (data_dir);
  if (!br_practice_history_load (self->practice, &error))
    {
      g_debug ("Practice history: %s", error->message);
      self->practice_error = g_strdup (error->message);
    }
}

void
_br_application_practice_dispose (BrApplication *self)
{
  g_clear_object (&self->session);
  g_clear_object (&self->practice);
  g_clear_pointer (&self->practice_error, g_free);
}

/* The round reached the end of its last phase: the session's review is due */
void
_br_application_practice_time_up (BrApplication *self)
{
  if (self->session != NULL &&
      br_practice_session_get_state (self->session) == BR_PRACTICE_SESSION_RUNNING)
    br_application_end_practice (self);
}

/* The round was reset by hand while a session ran: the session goes too */
void
_br_application_practice_round_changed (BrApplication *self,
                                        BrRoundState   state)
{
  if (state == BR_ROUND_IDLE && self->session != NULL &&
      br_practice_session_get_state (self->session) == BR_PRACTICE_SESSION_RUNNING)
    set_session (self, NULL);
}

/**
 * br_application_get_practice:
 *
 * Returns: (transfer none): the user's practice history
 */
BrPracticeHistory *
br_application_get_practice (BrApplication *self)
{
  g_return_val_if_fail (BR_IS_APPLICATION (self), NULL);
  return self->practice;
}

/**
 * br_application_get_practice_error:
 *
 * Returns: (nullable): what happened to a practice file that could not be
 *   read at start-up, in plain words, or %NULL
 */
const char *
br_application_get_practice_error (BrApplication *self)
{
  g_return_val_if_fail (BR_IS_APPLICATION (self), NULL);
  return self->practice_error;
}

/**
 * br_application_get_practice_session:
 *
 * Returns: (transfer none) (nullable): the practice session in progress
 */
BrPracticeSession *
br_application_get_practice_session (BrApplication *self)
{
  g_return_val_if_fail (BR_IS_APPLICATION (self), NULL);
  return self->session;
}

/**
 * br_application_start_practice:
 * @question: the question to practice
 * @length: the round's length in minutes
 *
 * Starts a session: the round restarts at @length (kept within what the
 * phases allow) and runs. A session already in progress is dropped.
 */
void
br_application_start_practice (BrApplication *self,
                               BrQuestion    *question,
                               guint          length)
{
  g_autoptr(BrPracticeSession) session = NULL;
  BrRound *round;

  g_return_if_fail (BR_IS_APPLICATION (self));
  g_return_if_fail (BR_IS_QUESTION (question));

  set_session (self, NULL);
  round = get_round (self);
  g_return_if_fail (round != NULL);

  br_round_reset (round);
  length = CLAMP (length, br_round_get_min_length (round), br_round_get_max_length (round));
  br_round_set_length (round, length);
  session = br_practice_session_new (question, br_round_get_length (round));
  set_session (self, session);
  br_round_start (round);
}

/**
 * br_application_end_practice:
 *
 * Ends the session's round and builds its attempt; the session then
 * waits for the review (its state becomes %BR_PRACTICE_SESSION_REVIEW).
 */
void
br_application_end_practice (BrApplication *self)
{
  g_return_if_fail (BR_IS_APPLICATION (self));

  if (self->session == NULL || get_round (self) == NULL)
    return;
  br_practice_session_finish (self->session, get_round (self));
}

/**
 * br_application_save_practice:
 * @board: (nullable): the board drawn during the session
 *
 * Saves the reviewed attempt of the session: @board goes next to the
 * history (boards/ID.brboard), the attempt into the history, which
 * schedules the question's next review, and today counts as a study day.
 * The session ends and the round is reset.
 *
 * When the board cannot be written nothing is saved, the session stays,
 * and @error says why.
 *
 * Returns: (transfer none) (nullable): the saved attempt
 */
BrAttempt *
br_application_save_practice (BrApplication  *self,
                              BrBoard        *board,
                              GError        **error)
{
  g_autoptr(BrPracticeSession) session = NULL;
  BrAttempt *attempt;

  g_return_val_if_fail (BR_IS_APPLICATION (self), NULL);
  g_return_val_if_fail (board == NULL || BR_IS_BOARD (board), NULL);

  if (self->session == NULL || (attempt = br_practice_session_get_attempt (self->session)) == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_INITIALIZED,
                           _("There is no finished practice round to save"));
      return NULL;
    }

  if (board != NULL && br_practice_history_get_data_dir (self->practice) != NULL)
    {
      g_autofree char *relative = br_attempt_dup_default_board (attempt);
      g_autoptr(GFile) dir = g_file_new_for_path (br_practice_history_get_data_dir (self->practice));
      g_autoptr(GFile) file = g_file_resolve_relative_path (dir, relative);
      g_autoptr(GFile) parent = g_file_get_parent (file);
      g_autoptr(GError) local_error = NULL;

      if (!g_file_make_directory_with_parents (parent, NULL, &local_error) &&
          !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
      if (!br_board_save_to_file_full (board, file, BR_FILE_MODE_PRIVATE, NULL, error))
        return NULL;
      br_attempt_set_board (attempt, relative);
    }

  session = g_object_ref (self->session);
  br_practice_history_add_attempt (self->practice, attempt);
  if (self->progress != NULL)
    br_progress_mark_active_today (self->progress);

  set_session (self, NULL);
  if (get_round (self) != NULL)
    br_round_reset (get_round (self));
  return attempt;
}

/**
 * br_application_discard_practice:
 *
 * Ends the session without keeping an attempt, and resets the round.
 */
void
br_application_discard_practice (BrApplication *self)
{
  g_return_if_fail (BR_IS_APPLICATION (self));

  if (self->session == NULL)
    return;
  set_session (self, NULL);
  if (get_round (self) != NULL)
    br_round_reset (get_round (self));
}
