/* br-board-document-private.h — shared by the files of BrBoardDocument
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "br-board-document.h"

G_BEGIN_DECLS

typedef struct _BrDraftGate BrDraftGate;

struct _BrBoardDocument
{
  GObject parent_instance;

  BrBoard *board;
  GFile *file;              /* where the board was opened from or saved to */
  char *name;               /* the file's display name, or the name of a board with no file */
  char *title;              /* the name, or "Untitled Board" */
  guint64 saved_state;      /* the board's state (br_board_get_state()) when saved or opened */
  gboolean unsaved;         /* not on disk at all: restored from a draft, imported */
  gboolean modified;        /* as last notified */
  guint n_loading;
  guint n_saving;           /* saves and draft writes */
  GError *save_error;

  /* Autosave */
  BrTimer *timer;
  BrBoardDraft *draft;
  BrDraftGate *gate;        /* one write or removal of the draft at a time */
  BrDraftRestore draft_restore;
  guint64 draft_serial;     /* the board's serial the draft holds */
  guint delay_id;
  guint deadline_id;
  gboolean discarded;       /* the user chose to discard: no draft kept on close */
  gboolean closed;
};

typedef enum {
  PROP_0,
  PROP_BOARD,
  PROP_FILE,
  PROP_NAME,
  PROP_TITLE,
  PROP_MODIFIED,
  PROP_LOADING,
  PROP_BUSY,
  PROP_SAVE_ERROR,
  N_PROPS
} BrBoardDocumentProperty;

enum {
  DRAFT_FAILED,
  N_SIGNALS
};

extern GParamSpec *_br_board_document_properties[N_PROPS];
extern guint _br_board_document_signals[N_SIGNALS];

/* br-board-document.c */
gboolean _br_board_document_compute_modified (BrBoardDocument *self);
char    *_br_board_document_display_name  (GFile           *file);
void     _br_board_document_set_board     (BrBoardDocument *self,
                                           BrBoard         *board,
                                           GFile           *file,
                                           const char      *name,
                                           gboolean         unsaved);
void     _br_board_document_saved         (BrBoardDocument *self,
                                           GFile           *file,
                                           const char      *name,
                                           guint64          state);
void     _br_board_document_set_save_error (BrBoardDocument *self,
                                            const GError    *error);
void     _br_board_document_add_busy      (BrBoardDocument *self,
                                           gboolean         loading,
                                           int              delta);

/* br-board-document-drafts.c */
BrDraftGate *_br_draft_gate_new           (void);
void     _br_draft_gate_unref             (BrDraftGate     *gate);
void     _br_board_document_remove_draft  (BrBoardDocument *self);
void     _br_board_document_schedule_autosave (BrBoardDocument *self);
void     _br_board_document_take_draft    (BrBoardDocument *self,
                                           BrBoardDraft    *draft);

G_END_DECLS
