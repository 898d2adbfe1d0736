/* br-review-dialog.h — the self-review sheet at the end of a practice round
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "br-practice-session.h"

G_BEGIN_DECLS

#define BR_TYPE_REVIEW_DIALOG (br_review_dialog_get_type ())

G_DECLARE_FINAL_TYPE (BrReviewDialog, br_review_dialog, BR, REVIEW_DIALOG, AdwWindow)

BrReviewDialog *br_review_dialog_new         (BrPracticeSession *session);
BrAttempt      *br_review_dialog_get_attempt (BrReviewDialog *self);
gboolean        br_review_dialog_get_complete (BrReviewDialog *self);
void            br_review_dialog_set_score   (BrReviewDialog *self,
                                              const char     *dimension_id,
                                              guint           score);
void            br_review_dialog_set_principle (BrReviewDialog *self,
                                              const char     *principle_id,
                                              gboolean        shown);
gboolean        br_review_dialog_save        (BrReviewDialog *self);
void            br_review_dialog_set_notes   (BrReviewDialog *self,
                                              const char     *notes);

G_END_DECLS
