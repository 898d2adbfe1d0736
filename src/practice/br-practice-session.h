/* br-practice-session.h — the practice flow as a model (no GTK)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "br-attempt.h"
#include "br-board.h"
#include "br-guide.h"
#include "br-practice-history.h"
#include "br-recording.h"
#include "br-reference.h"
#include "br-round.h"
#include "br-timer.h"

G_BEGIN_DECLS

/**
 * BrPracticeSessionState:
 * @BR_PRACTICE_SESSION_IDLE: no session; a question can be picked and started
 * @BR_PRACTICE_SESSION_RUNNING: the round is on
 * @BR_PRACTICE_SESSION_REVIEW: the round ended; the attempt waits for the
 *   candidate's review
 */
typedef enum {
  BR_PRACTICE_SESSION_IDLE,
  BR_PRACTICE_SESSION_RUNNING,
  BR_PRACTICE_SESSION_REVIEW,
} BrPracticeSessionState;

#define BR_TYPE_PRACTICE_SESSION_STATE (br_practice_session_state_get_type ())
GType br_practice_session_state_get_type (void) G_GNUC_CONST;

/* The round phase from which a practice round shows the design review's
 * findings (see br_practice_session_get_findings_held()) */
#define BR_PRACTICE_FINDINGS_PHASE "phases/detailed"

#define BR_TYPE_PRACTICE_SESSION (br_practice_session_get_type ())

G_DECLARE_FINAL_TYPE (BrPracticeSession, br_practice_session, BR, PRACTICE_SESSION, GObject)

BrPracticeSession     *br_practice_session_new          (BrPracticeHistory *history);

BrPracticeHistory     *br_practice_session_get_history  (BrPracticeSession *self);
BrGuide               *br_practice_session_get_guide    (BrPracticeSession *self);
void                   br_practice_session_set_guide    (BrPracticeSession *self,
                                                         BrGuide           *guide);
BrRound               *br_practice_session_get_round    (BrPracticeSession *self);
void                   br_practice_session_set_round    (BrPracticeSession *self,
                                                         BrRound           *round);
void                   br_practice_session_set_rand     (BrPracticeSession *self,
                                                         GRand             *rand);
void                   br_practice_session_set_seed     (BrPracticeSession *self,
                                                         guint32            seed);

/* Pick */
BrQuestion            *br_practice_session_get_candidate (BrPracticeSession *self);
BrQuestion            *br_practice_session_pick         (BrPracticeSession *self,
                                                         const char        *question_id,
                                                         GError           **error);
BrQuestion            *br_practice_session_pick_surprise (BrPracticeSession *self,
                                                         const GDate       *today);

/* The flow */
BrPracticeSessionState br_practice_session_get_state    (BrPracticeSession *self);
gboolean               br_practice_session_get_active   (BrPracticeSession *self);
BrQuestion            *br_practice_session_get_question (BrPracticeSession *self);
const char            *br_practice_session_get_question_id (BrPracticeSession *self);
guint                  br_practice_session_get_length   (BrPracticeSession *self);
BrAttempt             *br_practice_session_get_attempt  (BrPracticeSession *self);
void                   br_practice_session_start        (BrPracticeSession *self,
                                                         BrQuestion        *question,
                                                         guint              length);
void                   br_practice_session_start_on_board (BrPracticeSession *self,
                                                         BrQuestion        *question,
                                                         guint              length,
                                                         BrBoard           *board);
gboolean               br_practice_session_end          (BrPracticeSession *self);

/* The recording of the round */
void                   br_practice_session_set_board    (BrPracticeSession *self,
                                                         BrBoard           *board);
BrRecording           *br_practice_session_get_recording (BrPracticeSession *self);
BrTimer               *br_practice_session_get_timer    (BrPracticeSession *self);
BrAttempt             *br_practice_session_load_interrupted (BrPracticeSession *self,
                                                         BrRecording      **out_recording,
                                                         GError           **error);
void                   br_practice_session_discard_interrupted (BrPracticeSession *self);
gboolean               br_practice_session_get_interrupted (BrPracticeSession *self);
void                   br_practice_session_review_interrupted (BrPracticeSession *self,
                                                         BrAttempt         *attempt,
                                                         BrRecording       *recording);
void                   br_practice_session_set_timer    (BrPracticeSession *self,
                                                         BrTimer           *timer);

/* The design review's findings */
gboolean               br_practice_session_get_findings_held (BrPracticeSession *self);
void                   br_practice_session_set_reference (BrPracticeSession *self,
                                                         BrReference       *reference);

/* The review */
gboolean               br_practice_session_get_complete (BrPracticeSession *self);
void                   br_practice_session_set_score    (BrPracticeSession *self,
                                                         const char        *dimension_id,
                                                         guint              score);
void                   br_practice_session_set_principle (BrPracticeSession *self,
                                                         const char        *principle_id,
                                                         gboolean           shown);
void                   br_practice_session_set_notes    (BrPracticeSession *self,
                                                         const char        *notes);
BrAttempt             *br_practice_session_save         (BrPracticeSession *self,
                                                         BrBoard           *board,
                                                         GError           **error);
void                   br_practice_session_discard      (BrPracticeSession *self);

G_END_DECLS
