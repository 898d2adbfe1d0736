/* br-replay-summary.h — how the time of a practice round went, phase by phase (no GTK)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "br-attempt.h"
#include "br-recording.h"

G_BEGIN_DECLS

/* Stretches without a change from this long are worth pointing out */
#define BR_REPLAY_LONG_IDLE G_GINT64_CONSTANT (120000)

/**
 * BrReplayPhase:
 * @phase_id: the guide's phase id
 * @start: when the phase began, in ms from the start of the round
 * @end: when it ended
 * @n_steps: how many steps of the recording had happened at @end
 * @components_added: shapes and stencils added during the phase
 * @arrows_added: arrows added during the phase
 * @n_long_idle: stretches of at least %BR_REPLAY_LONG_IDLE without a
 *   change that overlap the phase
 * @long_idle: how much of the phase those stretches took, in ms
 */
typedef struct {
  const char *phase_id;
  gint64 start;
  gint64 end;
  guint n_steps;
  guint components_added;
  guint arrows_added;
  guint n_long_idle;
  gint64 long_idle;
} BrReplayPhase;

GArray *br_replay_phases_from_attempt   (BrAttempt   *attempt,
                                         BrRecording *recording);
void    br_replay_summarize             (BrRecording *recording,
                                         GArray      *phases);
gint64  br_replay_first_component_time  (BrRecording *recording);

G_END_DECLS
