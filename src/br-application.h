/* br-application.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "br-guide.h"
#include "br-board.h"
#include "br-board-document.h"
#include "br-estimate.h"
#include "br-estimate-link.h"
#include "br-practice-history.h"
#include "br-practice-session.h"
#include "br-progress.h"
#include "br-round-ticker.h"

G_BEGIN_DECLS

#define BR_TYPE_APPLICATION (br_application_get_type ())

G_DECLARE_FINAL_TYPE (BrApplication, br_application, BR, APPLICATION, AdwApplication)

BrApplication *br_application_new              (void);
GSettings     *br_application_get_settings     (BrApplication *self);
BrGuide       *br_application_get_guide        (BrApplication *self);
const char    *br_application_get_guide_error  (BrApplication *self);
BrRoundTicker *br_application_get_ticker       (BrApplication *self);
BrProgress    *br_application_get_progress     (BrApplication *self);
const char    *br_application_get_progress_error (BrApplication *self);
BrRound       *br_application_get_round        (BrApplication *self);
BrPracticeHistory *br_application_get_practice (BrApplication *self);
const char    *br_application_get_practice_error (BrApplication *self);
gboolean       br_application_claim_data_error_notice (BrApplication *self);
BrPracticeSession *br_application_get_practice_session (BrApplication *self);
gboolean       br_application_load_guide_file  (BrApplication *self,
                                                GFile         *file,
                                                GError       **error);
void           br_application_use_builtin_guide (BrApplication *self);
BrEstimate    *br_application_get_estimate     (BrApplication *self);
void           br_application_open_estimate_note (BrApplication *self,
                                                  BrBoard       *board,
                                                  const char    *note_id);
BrEstimateLink *br_application_get_estimate_link (BrApplication *self);

BrBoardDocument *br_application_open_board_document  (BrApplication   *self);
void          br_application_close_board_document    (BrApplication   *self,
                                                      BrBoardDocument *document);
GListModel   *br_application_get_board_documents     (BrApplication   *self);

G_END_DECLS
