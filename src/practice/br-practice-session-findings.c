/* br-practice-session-findings.c — the design review during and after a
 * practice round: when the findings may be shown, and what the attempt
 * keeps of them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-practice"

#include "br-practice-session-private.h"

/* The index of the phase from which findings are shown, or the number of
 * phases when the round has no such phase (then they are never held) */
static guint
findings_phase (BrRound *round)
{
  guint n = br_round_get_n_phases (round);

  for (guint i = 0; i < n; i++)
    {
      BrPhase *phase = br_round_get_phase (round, i);

      if (g_strcmp0 (br_guide_entry_get_id (BR_GUIDE_ENTRY (phase)), BR_PRACTICE_FINDINGS_PHASE) == 0)
        return i;
    }
  return n;
}

/* Held while the round runs (or pauses) in a phase before Detailed Design:
 * requirements and the high-level design are the candidate's own */
void
_br_practice_session_update_findings_held (BrPracticeSession *self)
{
  gboolean held = FALSE;

  if (self->state == BR_PRACTICE_SESSION_RUNNING && self->round != NULL)
    {
      BrRoundState state = br_round_get_state (self->round);

      held = (state == BR_ROUND_RUNNING || state == BR_ROUND_PAUSED) &&
             br_round_get_current_phase (self->round) < findings_phase (self->round);
    }
  _br_practice_session_set_findings_held (self, held);
}

/**
 * br_practice_session_get_findings_held:
 *
 * Whether the design review's findings are held back: while the round
 * runs in a phase before Detailed Design (BR_PRACTICE_FINDINGS_PHASE), so
 * that the review does not coach the candidate through the requirements
 * and the high-level design. From that phase on, and outside a round,
 * they are shown. The findings of a round that ended earlier are still
 * kept with its attempt.
 *
 * Returns: whether a findings panel should hide the findings
 */
gboolean
br_practice_session_get_findings_held (BrPracticeSession *self)
{
  g_return_val_if_fail (BR_IS_PRACTICE_SESSION (self), FALSE);
  return self->findings_held;
}

/**
 * br_practice_session_set_reference:
 * @reference: (nullable): the reference numbers the end-of-round review
 *   uses, or %NULL for the ones compiled into the app
 */
void
br_practice_session_set_reference (BrPracticeSession *self,
                                   BrReference       *reference)
{
  g_return_if_fail (BR_IS_PRACTICE_SESSION (self));

  g_clear_pointer (&self->reference, br_reference_unref);
  if (reference != NULL)
    self->reference = br_reference_ref (reference);
}

/* @board as the round ends, reviewed at today's load without a drill:
 * its findings, worst first, for the attempt (none without a board) */
GPtrArray *
_br_practice_session_review_board (BrPracticeSession *self,
                                   BrBoard           *board)
{
  g_autoptr(BrReview) review = NULL;

  if (board == NULL)
    return NULL;
  if (self->reference == NULL)
    {
      g_autoptr(GError) error = NULL;

      /* Built in and checked by the tests: it cannot fail */
      self->reference = br_reference_new_builtin (&error);
      if (self->reference == NULL)
        {
          g_critical ("The built-in reference: %s", error->message);
          return NULL;
        }
    }
  review = br_review_new (board, self->reference, 1.0, NULL);
  return br_attempt_findings_from_review (review);
}
