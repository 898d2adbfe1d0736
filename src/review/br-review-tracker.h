/* br-review-tracker.h — the review of a board kept up to date with it (no GTK)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "br-review.h"

G_BEGIN_DECLS

#define BR_REVIEW_MIN_MULTIPLIER 0.1
#define BR_REVIEW_MAX_MULTIPLIER 100.0

#define BR_TYPE_REVIEW_TRACKER (br_review_tracker_get_type ())

G_DECLARE_FINAL_TYPE (BrReviewTracker, br_review_tracker, BR, REVIEW_TRACKER, GObject)

BrReviewTracker *br_review_tracker_new            (BrReference     *reference);

BrBoard         *br_review_tracker_get_board      (BrReviewTracker *self);
void             br_review_tracker_set_board      (BrReviewTracker *self,
                                                   BrBoard         *board);
double           br_review_tracker_get_multiplier (BrReviewTracker *self);
void             br_review_tracker_set_multiplier (BrReviewTracker *self,
                                                   double           multiplier);
void             br_review_tracker_set_drill      (BrReviewTracker *self,
                                                   BrDrillKind      kind,
                                                   const char      *item_id,
                                                   double           factor);
BrDrillKind      br_review_tracker_get_drill      (BrReviewTracker *self,
                                                   const char     **item_id,
                                                   double          *factor);
gboolean         br_review_tracker_get_stale      (BrReviewTracker *self);
BrReview        *br_review_tracker_get_review     (BrReviewTracker *self);
BrReview        *br_review_tracker_peek_review    (BrReviewTracker *self);

G_END_DECLS
