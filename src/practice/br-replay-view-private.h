/* br-replay-view-private.h — shared by the files of BrReplayView
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "br-board-preview.h"
#include "br-replay-timeline.h"
#include "br-replay-view.h"

G_BEGIN_DECLS

#define BR_REPLAY_VIEW_N_SPEEDS 7
extern const guint _br_replay_view_speeds[BR_REPLAY_VIEW_N_SPEEDS];

#define BR_REPLAY_VIEW_DEFAULT_SPEED 3

struct _BrReplayView
{
  AdwBin parent_instance;

  GtkStack *stack;
  AdwStatusPage *status_page;
  BrBoardPreview *preview;
  GtkScale *scale;
  BrReplayTimeline *timeline;
  GtkAdjustment *adjustment;
  GtkButton *play_button;
  GtkLabel *time_label;
  GtkLabel *phase_label;
  GtkMenuButton *phase_button;
  GtkDropDown *speed_dropdown;

  BrRecording *recording;
  GArray *phases;          /* BrReplayPhase */
  GPtrArray *phase_names;  /* char *, one per phase */
  GArray *idle;            /* BrRecordingIdle: the stretches played fast */
  double position;         /* ms from the start of the round */
  guint n_shown;
  gboolean playing;
  guint speed_index;
  guint tick_id;
  gint64 last_frame;
  gboolean moving_scale;
};

gint64   _br_replay_view_get_duration    (BrReplayView          *self);
void     _br_replay_view_set_position    (BrReplayView          *self,
                                          double                 position);
void     _br_replay_view_update_actions  (BrReplayView          *self);
gboolean _br_replay_view_tick            (GtkWidget             *widget,
                                          GdkFrameClock         *frame_clock,
                                          gpointer               user_data);
gboolean _br_replay_view_key_pressed     (GtkEventControllerKey *controller,
                                          guint                  keyval,
                                          guint                  keycode,
                                          GdkModifierType        state,
                                          BrReplayView          *self);
void     _br_replay_view_install_actions (GtkWidgetClass        *widget_class);

G_END_DECLS
