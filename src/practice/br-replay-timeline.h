/* br-replay-timeline.h — the band under the replay's scrubber: the
 * round's phases by name and the stretches without a change
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "br-recording.h"

G_BEGIN_DECLS

#define BR_TYPE_REPLAY_TIMELINE (br_replay_timeline_get_type ())

G_DECLARE_FINAL_TYPE (BrReplayTimeline, br_replay_timeline, BR, REPLAY_TIMELINE, GtkWidget)

GtkWidget   *br_replay_timeline_new         (void);
void         br_replay_timeline_set_scale   (BrReplayTimeline *self,
                                             GtkRange         *scale);
void         br_replay_timeline_set_content (BrReplayTimeline *self,
                                             gint64            duration,
                                             const gint64     *phase_starts,
                                             const char * const *phase_names,
                                             guint             n_phases,
                                             GArray           *idle);
guint        br_replay_timeline_get_n_phases (BrReplayTimeline *self);
const char  *br_replay_timeline_describe_at (BrReplayTimeline *self,
                                             gint64            time);

G_END_DECLS
