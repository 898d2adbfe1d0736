/* br-attempt-view.h — a saved practice attempt, and the history list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "br-attempt.h"
#include "br-guide.h"
#include "br-practice-history.h"

G_BEGIN_DECLS

#define BR_TYPE_ATTEMPT_VIEW (br_attempt_view_get_type ())

G_DECLARE_FINAL_TYPE (BrAttemptView, br_attempt_view, BR, ATTEMPT_VIEW, AdwBin)

GtkWidget *br_attempt_view_new            (BrGuide             *guide,
                                           BrPracticeHistory   *history,
                                           BrAttempt           *attempt);
char      *br_attempt_view_format_started (BrAttempt           *attempt);
char      *br_attempt_view_format_summary (BrAttempt           *attempt);
void       br_attempt_view_add_phase_rows (AdwPreferencesGroup *group,
                                           BrGuide             *guide,
                                           BrAttempt           *attempt);
char      *br_attempt_view_format_findings (BrAttempt          *attempt);
void       br_attempt_view_add_finding_rows (AdwPreferencesGroup *group,
                                           BrAttempt           *attempt,
                                           const char          *empty);
GtkWidget *br_attempt_view_attempt_row    (BrGuide             *guide,
                                           BrAttempt           *attempt,
                                           gboolean             show_question);
GtkWidget *br_attempt_view_build_history  (BrGuide             *guide,
                                           BrPracticeHistory   *history);

G_END_DECLS
