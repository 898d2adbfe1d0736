/* br-window-private.h — shared by the files of BrWindow
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "br-window.h"
#include "br-application.h"
#include "br-board-page.h"
#include "br-plan-page.h"
#include "br-round-page.h"

G_BEGIN_DECLS

struct _BrWindow
{
  AdwApplicationWindow parent_instance;

  GSettings *settings;
  BrRoundTicker *ticker;      /* the application's, followed */
  GSignalGroup *ticker_signals; /* its "tick" */
  GSignalGroup *round_signals;  /* its round's "changed" */
  gboolean stop_confirmed;    /* closing after "Stop the round?" */
  gboolean board_confirmed;   /* closing after the board's work was saved or discarded */
  BrPracticeSession *session; /* the application's, followed */
  GBinding *findings_held;    /* session -> the Whiteboard's findings panel */
  GtkWidget *review;          /* the review sheet, while it is open */
  char *pending_attempt;      /* whose board opens once the board's work is safe */
  GListModel *toasts;         /* the toast overlay's children, for their buttons' names */

  /* Template widgets */
  AdwViewSwitcherTitle *switcher_title;
  AdwViewSwitcherBar *switcher_bar;
  GtkButton *round_button;
  GtkLabel *round_button_label;
  AdwToastOverlay *toast_overlay;
  AdwViewStack *stack;
  BrPlanPage *plan_page;
  BrBoardPage *board_page;
  BrApplication *board_app;        /* which owns board_document */
  BrBoardDocument *board_document; /* the application's, shown on board_page */
  BrRoundPage *round_page;
};

void br_window_class_install_actions (GtkWidgetClass *widget_class);
gboolean _br_window_close_idle       (gpointer        window);

/* br-window-practice.c */
void _br_window_practice_init            (BrWindow       *self,
                                          BrApplication  *app);
void _br_window_practice_dispose         (BrWindow       *self);
gboolean _br_window_practice_close_request (BrWindow     *self);
/* The practice actions, and the template callbacks the practice code handles */
void _br_window_practice_install_actions (GtkWidgetClass *widget_class);

/* br-window-estimate.c */
void _br_window_estimate_install_actions (GtkWidgetClass *widget_class);

G_END_DECLS
