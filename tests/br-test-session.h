/* br-test-session.h — a practice session on a fake clock, with its
 * guide, round and history in a temporary folder, for the session tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "br-clock.h"
#include "br-practice-session.h"

typedef struct {
  BrGuide *guide;
  BrFakeClock *clock;
  BrRound *round;
  BrPracticeHistory *history;
  BrPracticeSession *session;
  char *dir;
  guint n_state;
  guint n_saved;
  BrAttempt *saved;
} Fixture;

void        br_test_session_set_up    (Fixture       *f,
                                       gconstpointer  data);
void        br_test_session_tear_down (Fixture       *f,
                                       gconstpointer  data);
BrQuestion *br_test_session_question  (Fixture       *f,
                                       guint          index);
void        br_test_session_score_all (Fixture       *f,
                                       guint          score);
