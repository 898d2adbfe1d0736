/* br-board-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "br-board.h"
#include "br-board-document.h"
#include "br-board-draft.h"
#include "br-canvas.h"
#include "br-review-panel.h"
#include "br-review-tracker.h"

G_BEGIN_DECLS

#define BR_TYPE_BOARD_PAGE (br_board_page_get_type ())

G_DECLARE_FINAL_TYPE (BrBoardPage, br_board_page, BR, BOARD_PAGE, AdwBin)

/**
 * BrBoardPageDone:
 * @proceed: %TRUE when the unsaved work was saved or discarded, %FALSE
 *   when the user cancelled
 */
typedef void (*BrBoardPageDone) (BrBoardPage *page,
                                 gboolean     proceed,
                                 gpointer     user_data);

BrBoardDocument *br_board_page_get_document   (BrBoardPage     *self);
void          br_board_page_set_document      (BrBoardPage     *self,
                                               BrBoardDocument *document);
BrBoard      *br_board_page_get_board         (BrBoardPage     *self);
BrCanvas     *br_board_page_get_canvas        (BrBoardPage     *self);
GFile        *br_board_page_get_file          (BrBoardPage     *self);
const char   *br_board_page_get_title         (BrBoardPage     *self);
gboolean      br_board_page_get_modified      (BrBoardPage     *self);
GActionGroup *br_board_page_get_action_group  (BrBoardPage     *self);
BrBoardDraft *br_board_page_get_draft         (BrBoardPage     *self);

void          br_board_page_new_board         (BrBoardPage     *self);
gboolean      br_board_page_open_file         (BrBoardPage     *self,
                                               GFile           *file,
                                               GError         **error);
gboolean      br_board_page_save_to_file      (BrBoardPage     *self,
                                               GFile           *file,
                                               GError         **error);
gboolean      br_board_page_export_excalidraw (BrBoardPage     *self,
                                               GFile           *file,
                                               GError         **error);
void          br_board_page_request_open      (BrBoardPage     *self,
                                               GFile           *file);
void          br_board_page_confirm_discard   (BrBoardPage     *self,
                                               BrBoardPageDone  done,
                                               gpointer         user_data);
void          br_board_page_flush_draft       (BrBoardPage     *self);
void          br_board_page_new_titled_board  (BrBoardPage     *self,
                                               const char      *title);
void          br_board_page_open_copy_async   (BrBoardPage     *self,
                                               GFile           *file,
                                               const char      *title,
                                               GAsyncReadyCallback callback,
                                               gpointer         user_data);
gboolean      br_board_page_open_copy_finish  (BrBoardPage     *self,
                                               GAsyncResult    *result,
                                               GError         **error);
void          br_board_page_mark_kept         (BrBoardPage     *self);
void          br_board_page_set_side_panel    (BrBoardPage     *self,
                                               GtkWidget       *panel);
GtkWidget    *br_board_page_get_side_panel    (BrBoardPage     *self);

gboolean      br_board_page_has_restore_notice (BrBoardPage *self);

/* The design review (br-board-page-review.c) */
BrReviewTracker *br_board_page_get_review_tracker (BrBoardPage *self);
BrReviewPanel *br_board_page_get_review_panel  (BrBoardPage     *self);
GtkLabel     *br_board_page_get_break_label   (BrBoardPage     *self);
GtkRange     *br_board_page_get_traffic_scale (BrBoardPage     *self);

G_END_DECLS
