/* br-attempt.h — one practice attempt and its self-review (no GTK)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "br-attempt-finding.h"
#include "br-round-record.h"

G_BEGIN_DECLS

#define BR_ATTEMPT_MIN_SCORE 1
#define BR_ATTEMPT_MAX_SCORE 4
#define BR_ATTEMPT_MAX_PHASES 16
#define BR_ATTEMPT_MAX_LENGTH 600          /* minutes */
#define BR_ATTEMPT_MAX_SECONDS (24 * 3600)  /* a phase's budget or actual time */

/**
 * BrAttemptPhase:
 * @phase_id: the guide's phase id, "phases/requirements"
 * @budget: seconds the round gave the phase
 * @actual: seconds the candidate spent in it
 */
typedef struct {
  char *phase_id;
  guint budget;
  guint actual;
} BrAttemptPhase;

#define BR_TYPE_ATTEMPT (br_attempt_get_type ())

G_DECLARE_FINAL_TYPE (BrAttempt, br_attempt, BR, ATTEMPT, GObject)

BrAttempt    *br_attempt_new                 (const char          *question_id,
                                              GDateTime           *started,
                                              guint                length);
BrAttempt    *br_attempt_new_from_record     (const char          *question_id,
                                              const BrRoundRecord *record);

const char   *br_attempt_get_id              (BrAttempt           *self);
const char   *br_attempt_get_question_id     (BrAttempt           *self);
GDateTime    *br_attempt_get_started         (BrAttempt           *self);
void          br_attempt_get_date            (BrAttempt           *self,
                                              GDate               *out_date);
guint         br_attempt_get_length          (BrAttempt           *self);
gboolean      br_attempt_get_completed       (BrAttempt           *self);
void          br_attempt_set_completed       (BrAttempt           *self,
                                              gboolean             completed);

guint         br_attempt_get_n_phases        (BrAttempt           *self);
const BrAttemptPhase *br_attempt_get_phase   (BrAttempt           *self,
                                              guint                index);
void          br_attempt_add_phase           (BrAttempt           *self,
                                              const char          *phase_id,
                                              guint                budget,
                                              guint                actual);

guint         br_attempt_get_score           (BrAttempt           *self,
                                              const char          *dimension_id);
void          br_attempt_set_score           (BrAttempt           *self,
                                              const char          *dimension_id,
                                              guint                score);
char        **br_attempt_dup_scored_dimensions (BrAttempt         *self);
gboolean      br_attempt_get_average_score   (BrAttempt           *self,
                                              double              *out_average);

const char * const *br_attempt_get_principles (BrAttempt          *self);
void          br_attempt_set_principles      (BrAttempt           *self,
                                              const char * const  *principle_ids);
const char   *br_attempt_get_notes           (BrAttempt           *self);
void          br_attempt_set_notes           (BrAttempt           *self,
                                              const char          *notes);
const char   *br_attempt_get_board           (BrAttempt           *self);
void          br_attempt_set_board           (BrAttempt           *self,
                                              const char          *board_path);
char         *br_attempt_dup_default_board   (BrAttempt           *self);

guint         br_attempt_get_n_findings      (BrAttempt           *self);
const BrAttemptFinding *br_attempt_get_finding (BrAttempt         *self,
                                              guint                index);
void          br_attempt_set_findings        (BrAttempt           *self,
                                              GPtrArray           *findings);
gboolean      br_attempt_equal_findings      (BrAttempt           *self,
                                              BrAttempt           *other);

G_END_DECLS
