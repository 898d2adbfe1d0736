/* br-recorder.h — records a board's changes during a practice round (no GTK)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "br-board.h"
#include "br-clock.h"
#include "br-recording.h"

G_BEGIN_DECLS

#define BR_TYPE_RECORDER (br_recorder_get_type ())

G_DECLARE_FINAL_TYPE (BrRecorder, br_recorder, BR, RECORDER, GObject)

BrRecorder  *br_recorder_new           (BrBoard    *board,
                                        BrClock    *clock);
BrRecording *br_recorder_get_recording (BrRecorder *self);
BrBoard     *br_recorder_get_board     (BrRecorder *self);
gint64       br_recorder_get_elapsed   (BrRecorder *self);
void         br_recorder_set_board     (BrRecorder *self,
                                        BrBoard    *board);
void         br_recorder_stop          (BrRecorder *self);

G_END_DECLS
