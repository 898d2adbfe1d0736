/* br-recording.h — how a board was built during a practice round (no GTK)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "br-board.h"

G_BEGIN_DECLS

#define BR_RECORDING_FORMAT      "bar-raiser-recording"
#define BR_RECORDING_VERSION     1
#define BR_RECORDING_MAX_SIZE    (32 * 1024 * 1024)
#define BR_RECORDING_MAX_STEPS   100000
/* A day, in milliseconds: no round is longer */
#define BR_RECORDING_MAX_TIME    G_GINT64_CONSTANT (86400000)
/* As many as an attempt has */
#define BR_RECORDING_MAX_PHASES  16

/**
 * BrRecordingIdle:
 * @start: when the board stopped changing, in ms from the start
 * @end: when it changed again (or the recording ended)
 */
typedef struct {
  gint64 start;
  gint64 end;
} BrRecordingIdle;

#define BR_TYPE_RECORDING (br_recording_get_type ())

G_DECLARE_FINAL_TYPE (BrRecording, br_recording, BR, RECORDING, GObject)

BrRecording *br_recording_new              (void);
BrRecording *br_recording_parse            (GBytes       *bytes,
                                            GError      **error);
BrRecording *br_recording_load_file        (GFile        *file,
                                            GError      **error);
GBytes      *br_recording_to_bytes         (BrRecording  *self);

guint        br_recording_get_n_steps      (BrRecording  *self);
gint64       br_recording_get_step_time    (BrRecording  *self,
                                            guint         step);
gint64       br_recording_get_duration     (BrRecording  *self);
void         br_recording_set_duration     (BrRecording  *self,
                                            gint64        duration);
guint        br_recording_count_steps_at   (BrRecording  *self,
                                            gint64        time);
BrBoard     *br_recording_build_board      (BrRecording  *self,
                                            guint         n_steps);
GArray      *br_recording_find_idle        (BrRecording  *self,
                                            gint64        min_length);
const gint64 *br_recording_get_phase_ends  (BrRecording  *self,
                                            guint        *n_phases);
void         br_recording_set_phase_ends   (BrRecording  *self,
                                            const gint64 *ends,
                                            guint         n_phases);

/* For the recorder: one step, from what a board holds now */
gboolean     br_recording_append           (BrRecording  *self,
                                            gint64        time,
                                            BrBoard      *board,
                                            GHashTable   *touched);

G_END_DECLS
