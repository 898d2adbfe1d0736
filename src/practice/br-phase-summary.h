/* br-phase-summary.h — the board at the end of each phase of a practice
 * round, with what the phase added and what the design review found
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "br-attempt.h"
#include "br-guide.h"
#include "br-recording.h"

G_BEGIN_DECLS

#define BR_TYPE_PHASE_SUMMARY (br_phase_summary_get_type ())

G_DECLARE_FINAL_TYPE (BrPhaseSummary, br_phase_summary, BR, PHASE_SUMMARY, AdwBin)

GtkWidget  *br_phase_summary_new            (BrRecording    *recording,
                                             BrAttempt      *attempt,
                                             BrGuide        *guide);
const char *br_phase_summary_get_headline   (BrPhaseSummary *self);
guint       br_phase_summary_get_n_phases   (BrPhaseSummary *self);
BrBoard    *br_phase_summary_get_board      (BrPhaseSummary *self,
                                             guint           phase);
const char *br_phase_summary_get_figures    (BrPhaseSummary *self,
                                             guint           phase);
int         br_phase_summary_get_n_findings (BrPhaseSummary *self,
                                             guint           phase);

G_END_DECLS
