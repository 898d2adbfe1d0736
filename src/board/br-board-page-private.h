/* br-board-page-private.h — shared by the files of BrBoardPage
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "br-board-page.h"

G_BEGIN_DECLS

struct _BrBoardPage
{
  AdwBin parent_instance;

  BrBoard *board;
  GFile *file;                /* where the board was opened from or saved to */
  guint64 saved_serial;       /* the board's serial when last saved or opened */
  gboolean restored;          /* the board came back from a draft: unsaved */
  char *name;                 /* the file's display name */
  char *import_name;          /* the name of a board with no file yet: an imported image or drawing, a practice question */
  char *title;
  GSimpleActionGroup *actions;

  /* Autosave */
  BrBoardDraft *draft;
  guint64 draft_serial;       /* the serial the draft holds */
  guint debounce_id;
  guint deadline_id;
  guint restored_toast_id;
  char *restore_message;      /* the toast to show once the page is shown */
  AdwToast *restore_toast;    /* shown, until the board is seen or replaced */
  gboolean discard_confirmed; /* the user chose to discard: no draft kept */

  /* A Save/Discard/Cancel question, or a Save As on its behalf */
  BrBoardPageDone pending_done;
  gpointer pending_data;
  GtkNativeDialog *chooser;

  gboolean updating_style;
  GPtrArray *swatches;        /* the colour swatches, redrawn on a style change */

  /* Template widgets */
  BrCanvas *canvas;
  AdwFlap *flap;              /* the side panel of a practice session */
  GtkToggleButton *panel_button;
  GtkLabel *title_label;
  GtkBox *tool_box;
  GtkMenuButton *stencil_button;
  GtkMenuButton *style_button;
  GtkLabel *zoom_label;
};

/* br-board-page.c */
void _br_board_page_export_activated      (BrBoardPage *self);

/* br-board-page-controls.c */
void _br_board_page_build_stencil_popover (BrBoardPage *self);
void _br_board_page_build_style_popover   (BrBoardPage *self);
void _br_board_page_sync_style            (BrBoardPage *self);
void _br_board_page_redraw_swatches       (BrBoardPage *self);

/* br-board-page-drafts.c */
void _br_board_page_remove_draft          (BrBoardPage *self);

/* br-board-page-files.c */
void _br_board_page_files_init            (BrBoardPage *self);
void _br_board_page_files_dispose         (BrBoardPage *self);
void _br_board_page_board_changed         (BrBoardPage *self);
void _br_board_page_update_title         (BrBoardPage *self,
                                           gboolean     file_changed);
void _br_board_page_set_board             (BrBoardPage *self,
                                           BrBoard     *board,
                                           GFile       *file,
                                           gboolean     modified);
void _br_board_page_new_activated         (BrBoardPage *self);
void _br_board_page_open_activated        (BrBoardPage *self);
void _br_board_page_save_activated        (BrBoardPage *self);
void _br_board_page_save_as_activated     (BrBoardPage *self);
void _br_board_page_emit_toast            (BrBoardPage *self,
                                           AdwToast    *toast);

void     _br_board_page_dismiss_restore_toast (BrBoardPage *self);

void     _br_board_page_sync_stencil_button   (BrBoardPage *self);

G_END_DECLS
