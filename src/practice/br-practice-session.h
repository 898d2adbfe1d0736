/* br-practice-session.h — one practice session in progress (no GTK)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "br-attempt.h"
#include "br-question.h"
#include "br-round.h"

G_BEGIN_DECLS

/**
 * BrPracticeSessionState:
 * @BR_PRACTICE_SESSION_RUNNING: the round is on
 * @BR_PRACTICE_SESSION_REVIEW: the round ended; the attempt waits for the
 *   candidate's review
 */
typedef enum {
  BR_PRACTICE_SESSION_RUNNING,
  BR_PRACTICE_SESSION_REVIEW,
} BrPracticeSessionState;

#define BR_TYPE_PRACTICE_SESSION (br_practice_session_get_type ())

G_DECLARE_FINAL_TYPE (BrPracticeSession, br_practice_session, BR, PRACTICE_SESSION, GObject)

BrPracticeSession     *br_practice_session_new          (BrQuestion        *question,
                                                         guint              length);
BrQuestion            *br_practice_session_get_question (BrPracticeSession *self);
const char            *br_practice_session_get_question_id (BrPracticeSession *self);
guint                  br_practice_session_get_length   (BrPracticeSession *self);
BrPracticeSessionState br_practice_session_get_state    (BrPracticeSession *self);
BrAttempt             *br_practice_session_get_attempt  (BrPracticeSession *self);
gboolean               br_practice_session_finish       (BrPracticeSession *self,
                                                         BrRound           *round);

G_END_DECLS
