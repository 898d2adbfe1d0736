/* br-round.h — the round-timer engine (no GTK)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "br-clock.h"
#include "br-phase.h"
#include "br-round-record.h"

G_BEGIN_DECLS

/**
 * BrRoundState:
 * @BR_ROUND_IDLE: not started; budgets and length can be edited
 * @BR_ROUND_RUNNING: the current phase's clock runs
 * @BR_ROUND_PAUSED: started, clock stopped
 * @BR_ROUND_FINISHED: moved past the last phase, or stopped; the record is final
 */
typedef enum {
  BR_ROUND_IDLE,
  BR_ROUND_RUNNING,
  BR_ROUND_PAUSED,
  BR_ROUND_FINISHED,
} BrRoundState;

#define BR_TYPE_ROUND_STATE (br_round_state_get_type ())

GType br_round_state_get_type (void) G_GNUC_CONST;

#define BR_TYPE_ROUND (br_round_get_type ())

G_DECLARE_FINAL_TYPE (BrRound, br_round, BR, ROUND, GObject)

#define BR_USEC_PER_MINUTE (G_USEC_PER_SEC * G_GINT64_CONSTANT (60))

/* The largest budget of one phase, in minutes (br_round_add_minute()) */
#define BR_ROUND_MAX_BUDGET 180

/* The usual lengths of a round, in minutes: the presets offered */
#define BR_ROUND_PHONE_SCREEN_LENGTH 45
#define BR_ROUND_ONSITE_LENGTH       60

BrRound       *br_round_new                  (GListModel  *phases,
                                              BrClock     *clock);

/* Set-up (allowed while idle; the setters return FALSE otherwise) */
guint          br_round_get_min_length       (BrRound     *self);
guint          br_round_get_max_length       (BrRound     *self);
guint          br_round_get_length           (BrRound     *self);
gboolean       br_round_set_length           (BrRound     *self,
                                              guint        minutes);
guint          br_round_get_n_phases         (BrRound     *self);
BrPhase       *br_round_get_phase            (BrRound     *self,
                                              guint        index);
guint          br_round_get_budget           (BrRound     *self,
                                              guint        index);
guint          br_round_get_min_budget       (BrRound     *self,
                                              guint        index);
guint          br_round_get_max_budget       (BrRound     *self,
                                              guint        index);
gboolean       br_round_set_budget           (BrRound     *self,
                                              guint        index,
                                              guint        minutes);

/* Control */
BrRoundState   br_round_get_state            (BrRound     *self);
gboolean       br_round_start                (BrRound     *self);
gboolean       br_round_pause                (BrRound     *self);
gboolean       br_round_resume               (BrRound     *self);
gboolean       br_round_next_phase           (BrRound     *self);
gboolean       br_round_previous_phase       (BrRound     *self);
gboolean       br_round_add_minute           (BrRound     *self);
gboolean       br_round_stop                 (BrRound     *self);
void           br_round_reset                (BrRound     *self);

/* Reading the time (all in microseconds, computed from the clock now) */
guint          br_round_get_current_phase    (BrRound     *self);
gint64         br_round_get_phase_elapsed    (BrRound     *self,
                                              guint        index);
gint64         br_round_get_phase_remaining  (BrRound     *self);
gint64         br_round_get_phase_overtime   (BrRound     *self);
gint64         br_round_get_elapsed          (BrRound     *self);
gint64         br_round_get_remaining        (BrRound     *self);
gint64         br_round_get_overtime         (BrRound     *self);
gint64         br_round_get_until_next_second (BrRound    *self);
gint64         br_round_get_until_phase_end  (BrRound     *self);

BrRoundRecord *br_round_get_record           (BrRound     *self);

char          *br_round_format_time          (gint64       microseconds);

G_END_DECLS
