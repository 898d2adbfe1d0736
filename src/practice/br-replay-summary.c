/* br-replay-summary.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-practice"

#include "br-board-component.h"
#include "br-recording-private.h"
#include "br-replay-summary.h"

/**
 * br_replay_phases_from_attempt:
 * @recording: (nullable): the round's recording
 *
 * Places the round's phases on the recording's time line: where
 * @recording says each phase ended (to the millisecond, on the clock its
 * steps were timed on), or for a recording that does not say, end to end,
 * each lasting the seconds the attempt says the candidate spent in it.
 *
 * Returns: (transfer full) (element-type BrReplayPhase): one entry per
 *   phase of @attempt, in order; its phase ids belong to @attempt
 */
GArray *
br_replay_phases_from_attempt (BrAttempt   *attempt,
                               BrRecording *recording)
{
  GArray *phases;
  const gint64 *ends = NULL;
  guint n_ends = 0;
  gint64 at = 0;

  g_return_val_if_fail (BR_IS_ATTEMPT (attempt), NULL);
  g_return_val_if_fail (recording == NULL || BR_IS_RECORDING (recording), NULL);

  if (recording != NULL)
    ends = br_recording_get_phase_ends (recording, &n_ends);
  /* Phases that do not match the attempt's are not this round's */
  if (n_ends != br_attempt_get_n_phases (attempt))
    ends = NULL;

  phases = g_array_new (FALSE, TRUE, sizeof (BrReplayPhase));
  for (guint i = 0; i < br_attempt_get_n_phases (attempt); i++)
    {
      const BrAttemptPhase *attempt_phase = br_attempt_get_phase (attempt, i);
      BrReplayPhase phase = { 0, };

      phase.phase_id = attempt_phase->phase_id;
      phase.start = at;
      phase.end = ends != NULL ? MAX (ends[i], at) : at + (gint64) attempt_phase->actual * 1000;
      at = phase.end;
      g_array_append_val (phases, phase);
    }
  return phases;
}

static gboolean
is_component (const BrItem *item)
{
  return br_item_can_be_component (item);
}

/**
 * br_replay_summarize:
 * @phases: (element-type BrReplayPhase): phases with their start and end
 *
 * Fills in the figures of each phase from @recording: the steps done by
 * its end, what was added during it, and the long stretches without a
 * change. A step exactly at a boundary belongs to the phase that ends
 * there.
 */
void
br_replay_summarize (BrRecording *recording,
                     GArray      *phases)
{
  GPtrArray *steps;
  g_autoptr(GArray) idle = NULL;

  g_return_if_fail (BR_IS_RECORDING (recording));
  g_return_if_fail (phases != NULL);

  steps = _br_recording_get_steps (recording);
  idle = br_recording_find_idle (recording, BR_REPLAY_LONG_IDLE);

  for (guint p = 0; p < phases->len; p++)
    {
      BrReplayPhase *phase = &g_array_index (phases, BrReplayPhase, p);
      guint first = p == 0 ? 0 : br_recording_count_steps_at (recording, phase->start);

      phase->n_steps = br_recording_count_steps_at (recording, phase->end);
      phase->components_added = 0;
      phase->arrows_added = 0;
      for (guint i = first; i < phase->n_steps; i++)
        {
          BrRecordingStep *step = g_ptr_array_index (steps, i);

          for (guint j = 0; j < step->add->len; j++)
            {
              const BrItem *item = g_ptr_array_index (step->add, j);

              if (item->kind == BR_ITEM_ARROW)
                phase->arrows_added++;
              else if (is_component (item))
                phase->components_added++;
            }
        }

      phase->n_long_idle = 0;
      phase->long_idle = 0;
      for (guint i = 0; i < idle->len; i++)
        {
          const BrRecordingIdle *stretch = &g_array_index (idle, BrRecordingIdle, i);
          gint64 overlap = MIN (stretch->end, phase->end) - MAX (stretch->start, phase->start);

          if (overlap > 0)
            {
              phase->n_long_idle++;
              phase->long_idle += overlap;
            }
        }
    }
}

/**
 * br_replay_first_component_time:
 *
 * Returns: when the first shape or stencil was added, in ms from the
 *   start, or -1 when none was
 */
gint64
br_replay_first_component_time (BrRecording *recording)
{
  GPtrArray *steps;

  g_return_val_if_fail (BR_IS_RECORDING (recording), -1);

  steps = _br_recording_get_steps (recording);
  for (guint i = 0; i < steps->len; i++)
    {
      BrRecordingStep *step = g_ptr_array_index (steps, i);

      for (guint j = 0; j < step->add->len; j++)
        if (is_component (g_ptr_array_index (step->add, j)))
          return step->time;
    }
  return -1;
}
