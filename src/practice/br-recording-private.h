/* br-recording-private.h — a recording's steps and the state they build
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "br-board-item.h"
#include "br-recording.h"

G_BEGIN_DECLS

/* What one step did, applied in this order: remove, set, add, order */
typedef struct {
  gint64 time;          /* ms from the start of the round */
  GPtrArray *remove;    /* char *: ids of items removed */
  GPtrArray *set;       /* BrItem *: the new content of items that stayed */
  GPtrArray *add;       /* BrItem *: items added */
  GArray *add_at;       /* guint: where each added item ends up, ascending */
  GPtrArray *order;     /* char *: the whole z-order afterwards, or NULL when
                         * the items that stayed kept their order */
} BrRecordingStep;

/* The items at one point of the recording, in z-order */
typedef struct {
  GPtrArray *items;     /* BrItem *, owned */
  GHashTable *by_id;    /* id -> BrItem * */
} BrRecordingState;

BrRecordingStep *_br_recording_step_new    (gint64            time);
void             _br_recording_step_free   (BrRecordingStep  *step);

void             _br_recording_state_init  (BrRecordingState *state);
void             _br_recording_state_clear (BrRecordingState *state);
void             _br_recording_state_copy  (BrRecordingState *dest,
                                            const BrRecordingState *src);
gboolean         _br_recording_state_apply (BrRecordingState *state,
                                            const BrRecordingStep *step,
                                            const char      **member,
                                            GError          **error);

gboolean         _br_recording_push_step   (BrRecording      *self,
                                            BrRecordingStep  *step,
                                            const char      **member,
                                            GError          **error);
GPtrArray       *_br_recording_get_steps   (BrRecording      *self);

G_END_DECLS
