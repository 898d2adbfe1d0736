/* br-replay-view.h — how the board was built during a practice round,
 * played back on its time line
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "br-attempt.h"
#include "br-guide.h"
#include "br-recording.h"

G_BEGIN_DECLS

/* Stretches without a change from this long are marked on the time line
 * and played back in about %BR_REPLAY_IDLE_PLAY_MS */
#define BR_REPLAY_IDLE_COMPRESS G_GINT64_CONSTANT (30000)
#define BR_REPLAY_IDLE_PLAY_MS  1000.0

#define BR_TYPE_REPLAY_VIEW (br_replay_view_get_type ())

G_DECLARE_FINAL_TYPE (BrReplayView, br_replay_view, BR, REPLAY_VIEW, AdwBin)

GtkWidget   *br_replay_view_new            (void);
void         br_replay_view_set_recording  (BrReplayView *self,
                                            BrRecording  *recording,
                                            BrAttempt    *attempt,
                                            BrGuide      *guide);
void         br_replay_view_set_error      (BrReplayView *self,
                                            const GError *error);
gboolean     br_replay_view_get_has_recording (BrReplayView *self);
const char  *br_replay_view_get_status     (BrReplayView *self);

gint64       br_replay_view_get_position   (BrReplayView *self);
void         br_replay_view_seek           (BrReplayView *self,
                                            gint64        position);
guint        br_replay_view_get_n_steps_shown (BrReplayView *self);
BrBoard     *br_replay_view_get_board      (BrReplayView *self);
gboolean     br_replay_view_get_playing    (BrReplayView *self);
void         br_replay_view_set_playing    (BrReplayView *self,
                                            gboolean      playing);
guint        br_replay_view_get_speed      (BrReplayView *self);
void         br_replay_view_set_speed      (BrReplayView *self,
                                            guint         speed);
void         br_replay_view_advance        (BrReplayView *self,
                                            double        ms);

GtkWindow   *br_replay_view_present        (GtkWindow    *parent,
                                            BrRecording  *recording,
                                            const GError *error,
                                            BrAttempt    *attempt,
                                            BrGuide      *guide);

G_END_DECLS
