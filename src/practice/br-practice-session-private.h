/* br-practice-session-private.h — shared by the files of BrPracticeSession
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "br-practice-session.h"
#include "br-recorder.h"
#include "br-round-record.h"
#include "br-reference.h"
#include "br-timer.h"

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

  /* The design review (br-practice-session-findings.c) */
  BrReference *reference;
  gboolean findings_held;

  /* The recording of the round, written beside the practice boards */
  BrTimer *timer;
  BrRecorder *recorder;
  BrRecording *recovered;   /* of an interrupted round under review */
  BrBoard *recovered_board; /* the board it rebuilds, which the attempt keeps */
  BrBoard *board;
  gulong board_changed_id;
  guint write_id;
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

void     _br_practice_session_record_start (BrPracticeSession  *self,
                                            BrBoard            *board);
void     _br_practice_session_record_stop  (BrPracticeSession  *self);
void     _br_practice_session_record_phases (BrPracticeSession  *self,
                                             const BrRoundRecord *record);
gboolean _br_practice_session_record_save  (BrPracticeSession  *self,
                                            GError            **error);
void     _br_practice_session_record_drop  (BrPracticeSession  *self,
                                            gboolean            delete_file);

void       _br_practice_session_set_findings_held    (BrPracticeSession *self,
                                                      gboolean           held);
void       _br_practice_session_update_findings_held (BrPracticeSession *self);
GPtrArray *_br_practice_session_review_board         (BrPracticeSession *self,
                                                       BrBoard           *board);

G_END_DECLS
