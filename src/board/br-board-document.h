/* br-board-document.h — one open board: its file, title, unsaved state,
 * draft and autosave (no GTK)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "br-board.h"
#include "br-board-draft.h"
#include "br-board-load.h"
#include "br-timer.h"

G_BEGIN_DECLS

/* Autosave: a draft is written this long after the last change... */
#define BR_BOARD_DOCUMENT_AUTOSAVE_DELAY_MS    1000
/* ...and at most this long after the first change not yet written */
#define BR_BOARD_DOCUMENT_AUTOSAVE_DEADLINE_MS 2000

/**
 * BrDraftRestore:
 * @BR_DRAFT_RESTORE_NONE: no draft was left over: a new, empty board
 * @BR_DRAFT_RESTORE_RESTORED: the board is a draft left by a crash
 * @BR_DRAFT_RESTORE_DAMAGED: a draft could not be read and was set aside;
 *   the board is a new, empty one (or another draft's)
 *
 * What br_board_document_new_restoring() found.
 */
typedef enum {
  BR_DRAFT_RESTORE_NONE,
  BR_DRAFT_RESTORE_RESTORED,
  BR_DRAFT_RESTORE_DAMAGED,
} BrDraftRestore;

#define BR_TYPE_BOARD_DOCUMENT (br_board_document_get_type ())

G_DECLARE_FINAL_TYPE (BrBoardDocument, br_board_document, BR, BOARD_DOCUMENT, GObject)

BrBoardDocument *br_board_document_new            (BrBoardDraft     *draft);
BrBoardDocument *br_board_document_new_restoring  (GFile            *drafts_dir,
                                                   BrDraftRestore   *out_restore);

BrBoard         *br_board_document_get_board      (BrBoardDocument  *self);
GFile           *br_board_document_get_file       (BrBoardDocument  *self);
const char      *br_board_document_get_name       (BrBoardDocument  *self);
const char      *br_board_document_get_title      (BrBoardDocument  *self);
gboolean         br_board_document_get_modified   (BrBoardDocument  *self);
gboolean         br_board_document_get_loading    (BrBoardDocument  *self);
gboolean         br_board_document_get_busy       (BrBoardDocument  *self);
const GError    *br_board_document_get_save_error (BrBoardDocument  *self);
BrBoardDraft    *br_board_document_get_draft      (BrBoardDocument  *self);
BrDraftRestore   br_board_document_get_draft_restore (BrBoardDocument *self);
BrTimer         *br_board_document_get_timer      (BrBoardDocument  *self);
void             br_board_document_set_timer      (BrBoardDocument  *self,
                                                   BrTimer          *timer);

void             br_board_document_reset          (BrBoardDocument  *self,
                                                   const char       *name);
gboolean         br_board_document_load           (BrBoardDocument  *self,
                                                   GFile            *file,
                                                   BrBoardSource    *out_source,
                                                   char            **out_message,
                                                   GError          **error);
void             br_board_document_load_async     (BrBoardDocument  *self,
                                                   GFile            *file,
                                                   GCancellable     *cancellable,
                                                   GAsyncReadyCallback callback,
                                                   gpointer          user_data);
gboolean         br_board_document_load_finish    (BrBoardDocument  *self,
                                                   GAsyncResult     *result,
                                                   BrBoardSource    *out_source,
                                                   char            **out_message,
                                                   GError          **error);
gboolean         br_board_document_open_copy      (BrBoardDocument  *self,
                                                   GFile            *file,
                                                   const char       *name,
                                                   GError          **error);
void             br_board_document_open_copy_async (BrBoardDocument *self,
                                                   GFile            *file,
                                                   const char       *name,
                                                   GCancellable     *cancellable,
                                                   GAsyncReadyCallback callback,
                                                   gpointer          user_data);
gboolean         br_board_document_open_copy_finish (BrBoardDocument *self,
                                                   GAsyncResult     *result,
                                                   GError          **error);
gboolean         br_board_document_save_as        (BrBoardDocument  *self,
                                                   GFile            *file,
                                                   GError          **error);
void             br_board_document_save_async     (BrBoardDocument  *self,
                                                   GCancellable     *cancellable,
                                                   GAsyncReadyCallback callback,
                                                   gpointer          user_data);
void             br_board_document_save_as_async  (BrBoardDocument  *self,
                                                   GFile            *file,
                                                   GCancellable     *cancellable,
                                                   GAsyncReadyCallback callback,
                                                   gpointer          user_data);
gboolean         br_board_document_save_finish    (BrBoardDocument  *self,
                                                   GAsyncResult     *result,
                                                   GError          **error);

void             br_board_document_mark_kept      (BrBoardDocument  *self);
void             br_board_document_mark_discarded (BrBoardDocument  *self);
void             br_board_document_flush_draft    (BrBoardDocument  *self);
void             br_board_document_close          (BrBoardDocument  *self);

G_END_DECLS
