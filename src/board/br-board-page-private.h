/* br-board-page-private.h — shared by the files of BrBoardPage
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "br-board-page.h"
#include "br-board-document.h"
#include "br-review-panel.h"
#include "br-review-tracker.h"

G_BEGIN_DECLS

struct _BrBoardPage
{
  AdwBin parent_instance;

  BrBoardDocument *document;  /* the board shown, its file and draft */
  GSignalGroup *document_signals;
  GSignalGroup *board_signals;
  GCancellable *load_cancellable;  /* the Open running, if any */
  char *title;                /* the document's title, after "• " while modified */
  GSimpleActionGroup *actions;

  /* The restored draft's notice */
  guint restored_toast_id;
  char *restore_message;      /* the toast to show once the page is shown */
  AdwToast *restore_toast;    /* shown, until the board is seen or replaced */

  /* A Save/Discard/Cancel question, or a Save As on its behalf */
  BrBoardPageDone pending_done;
  gpointer pending_data;
  GtkNativeDialog *chooser;
  GtkFileFilter *drawings_filter; /* Save As's Excalidraw type, while it is open */
  gboolean chooser_for_pending;   /* that Save As answers the question */

  GPtrArray *swatches;        /* the colour swatches, redrawn on a style change */

  /* Template widgets */
  BrCanvas *canvas;
  AdwFlap *flap;              /* the side panel of a practice session */
  GtkToggleButton *panel_button;
  GtkLabel *title_label;
  GtkSpinner *spinner;        /* while a board is read */
  GtkBox *tool_box;
  GtkMenuButton *stencil_button;
  GtkMenuButton *style_button;
  GtkLabel *zoom_label;

  /* The design review (br-board-page-review.c) */
  BrReviewTracker *tracker;
  guint review_tick_id;
  gboolean traffic;
  GtkRevealer *traffic_revealer;
  GtkScale *traffic_scale;
  GtkLabel *multiplier_label;
  GtkLabel *break_label;
  GtkRevealer *drill_revealer;
  GtkLabel *drill_label;
  GtkRevealer *review_revealer;
  BrReviewPanel *review_panel;
};

/* br-board-page.c */
void _br_board_page_export_activated      (BrBoardPage *self);

/* br-board-page-controls.c */
void _br_board_page_build_stencil_popover (BrBoardPage *self);
void _br_board_page_build_style_popover   (BrBoardPage *self);
void _br_board_page_sync_style            (BrBoardPage *self);
void _br_board_page_redraw_swatches       (BrBoardPage *self);

/* br-board-page-review.c */
void _br_board_page_review_class_init     (GtkWidgetClass *widget_class);
void _br_board_page_review_init           (BrBoardPage *self);
void _br_board_page_review_dispose        (BrBoardPage *self);

/* br-board-page-drafts.c */
void _br_board_page_drafts_init           (BrBoardPage *self);
void _br_board_page_drafts_dispose        (BrBoardPage *self);
void _br_board_page_document_restored     (BrBoardPage *self);

/* br-board-page-files.c */
void _br_board_page_files_dispose         (BrBoardPage *self);
void _br_board_page_new_activated         (BrBoardPage *self);
void _br_board_page_open_activated        (BrBoardPage *self);
void _br_board_page_save_activated        (BrBoardPage *self);
void _br_board_page_save_as_activated     (BrBoardPage *self);
void _br_board_page_emit_toast            (BrBoardPage *self,
                                           AdwToast    *toast);

void     _br_board_page_dismiss_restore_toast (BrBoardPage *self);

void     _br_board_page_sync_stencil_button   (BrBoardPage *self);

G_END_DECLS
