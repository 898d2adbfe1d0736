/* br-application-private.h — shared by the files of BrApplication
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "br-application.h"
#include "br-estimate-link.h"
#include "br-estimate-window.h"
#include "br-reference.h"

G_BEGIN_DECLS

struct _BrApplication
{
  AdwApplication parent_instance;

  GSettings *settings;
  BrGuide *guide;
  char *guide_error;
  GFile *guide_option;   /* --guide FILE, for this run only */

  BrProgress *progress;  /* the user's study progress */
  char *progress_error;  /* why it could not be read at start-up, or NULL */

  BrPracticeHistory *practice; /* attempts and review schedules */
  char *practice_error;  /* why it could not be read at start-up, or NULL */
  gboolean data_error_noticed; /* a window told of the two errors above */
  BrPracticeSession *session; /* the practice flow, on this round and guide */
  BrRoundTicker *ticker; /* and through it, the round */
  guint inhibit_cookie;
  GtkWidget *finish_dialog; /* asking before Next ends the round */

  BrEstimate *estimate;  /* what the estimator shows */
  BrReference *reference; /* the reference numbers, loaded with the estimator */
  char *reference_error; /* why they could not be, or NULL */
  BrEstimateWindow *estimate_window; /* while it is open */
  BrEstimateLink *estimate_link; /* the note the estimate is kept in step with */
  BrBoard *entry_load_board; /* followed, to enable app.estimate-entry-load */
  guint entry_load_idle;

  GListStore *board_documents; /* BrBoardDocument: what the windows show */
};

void _br_application_boards_dispose (BrApplication *self);

void _br_application_round_startup (BrApplication *self);
void _br_application_round_dispose (BrApplication *self);
void _br_application_new_round     (BrApplication *self);

void _br_application_practice_startup       (BrApplication *self);
void _br_application_practice_dispose       (BrApplication *self);
void _br_application_practice_time_up       (BrApplication *self);
void _br_application_add_command_line_options (BrApplication *self);
int  _br_application_handle_command_line      (BrApplication *self,
                                               GVariantDict  *options);

void _br_application_estimate_startup         (BrApplication *self);
void _br_application_estimate_dispose         (BrApplication *self);
GtkWindow *_br_application_main_window       (BrApplication *self);
BrEstimateWindow *_br_application_ensure_estimate_window (BrApplication *self);

/* br-application-estimate-board.c */
void _br_application_estimate_board_startup   (BrApplication *self);
void _br_application_estimate_board_dispose   (BrApplication *self);
void _br_application_estimate_window_made     (BrApplication *self);
void _br_application_estimate_unlink          (BrApplication *self);
int  _br_application_estimate_command_line    (char         **words,
                                               gboolean       json);
int  _br_application_review_command_line      (const char    *board_path,
                                               gboolean       json,
                                               const char    *multiplier_text,
                                               const char    *fail_on_text);

G_END_DECLS
