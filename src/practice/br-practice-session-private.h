/* br-practice-session-private.h — shared by the files of BrPracticeSession
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "br-practice-session.h"

G_BEGIN_DECLS

struct _BrPracticeSession
{
  GObject parent_instance;

  BrPracticeHistory *history;
  BrGuide *guide;
  BrRound *round;
  GRand *rand;

  BrQuestion *candidate;
  BrPracticeSessionState state;
  BrQuestion *question;
  guint length;
  BrAttempt *attempt;
  gboolean complete;
};

enum {
  BR_PRACTICE_SESSION_SAVED,
  BR_PRACTICE_SESSION_N_SIGNALS
};

extern guint _br_practice_session_signals[BR_PRACTICE_SESSION_N_SIGNALS];

void _br_practice_session_set_state (BrPracticeSession      *self,
                                     BrPracticeSessionState  state,
                                     BrQuestion             *question,
                                     guint                   length,
                                     BrAttempt              *attempt);

G_END_DECLS
