/* br-attempt-finding.h — a design-review finding kept with a practice
 * attempt (no GTK)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "br-review.h"

G_BEGIN_DECLS

#define BR_ATTEMPT_MAX_FINDINGS      256
#define BR_ATTEMPT_MAX_FINDING_ITEMS 16

/**
 * BrAttemptFinding:
 * @rule_id: the rule that found it, "single-point-of-failure"
 * @severity: how much it matters
 * @message: what is wrong, as the review said it then
 * @question: the bar raiser's follow-up question
 * @items: (array zero-terminated=1): the ids of the board items it concerns
 *
 * What the design review said about the board when the round ended. The
 * words are kept as they were written, so the history shows what the
 * candidate saw even after the rules change.
 */
typedef struct {
  char *rule_id;
  BrReviewSeverity severity;
  char *message;
  char *question;
  GStrv items;
} BrAttemptFinding;

#define BR_TYPE_ATTEMPT_FINDING (br_attempt_finding_get_type ())

GType             br_attempt_finding_get_type   (void) G_GNUC_CONST;
BrAttemptFinding *br_attempt_finding_new        (const char             *rule_id,
                                                 BrReviewSeverity        severity,
                                                 const char             *message,
                                                 const char             *question,
                                                 const char * const     *items);
BrAttemptFinding *br_attempt_finding_copy       (const BrAttemptFinding *self);
void              br_attempt_finding_free       (BrAttemptFinding       *self);
gboolean          br_attempt_finding_equal      (const BrAttemptFinding *a,
                                                 const BrAttemptFinding *b);
gboolean          br_attempt_finding_rule_id_is_valid (const char       *rule_id);
GPtrArray        *br_attempt_findings_from_review (BrReview             *review);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BrAttemptFinding, br_attempt_finding_free)

G_END_DECLS
