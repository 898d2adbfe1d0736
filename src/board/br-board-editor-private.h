/* br-board-editor-private.h — shared by the files of BrBoardEditor
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "br-board-editor.h"

G_BEGIN_DECLS

typedef enum {
  BR_DRAG_NONE,
  BR_DRAG_PAN,
  BR_DRAG_MOVE,
  BR_DRAG_RESIZE,
  BR_DRAG_RUBBER_BAND,
  BR_DRAG_CREATE_SHAPE,
  BR_DRAG_ARROW,
  BR_DRAG_ARROW_END,
  BR_DRAG_PEN,
  BR_DRAG_ERASE,
} BrDragMode;

struct _BrBoardEditor
{
  GObject parent_instance;

  BrBoard *board;
  gulong changed_id;

  BrTool tool;
  BrStencil stencil;
  guint style[BR_PROP_LOCKED + 1];   /* indexed by BrItemProperty */
  double zoom;
  gboolean grid;
  gboolean pan_held;

  GPtrArray *selection;              /* of char *, item ids */

  /* The gesture in progress */
  BrDragMode drag;
  double start_x, start_y;
  BrEditorHandle handle;
  BrRect start_box;
  char *drag_item;                   /* the item created, moved or resized */
  BrArrowSide drag_side;
  char *bind_hover;                  /* the item an arrow end will bind to */
  GArray *pen_points;                /* of BrPoint */
  BrRect rubber;
  gboolean transaction;              /* the gesture's transaction is open */
  GStrv selection_before;            /* what Escape selects again */

  /* The label being edited */
  char *editing_id;
  gboolean edit_transaction;
};

/* br-board-editor.c */
void     _br_board_editor_selection_changed (BrBoardEditor *self);
void     _br_board_editor_redraw            (BrBoardEditor *self);
void     _br_board_editor_pan               (BrBoardEditor *self,
                                             double         dx,
                                             double         dy);
void     _br_board_editor_notify_editing    (BrBoardEditor *self);
void     _br_board_editor_message           (BrBoardEditor *self,
                                             const char    *text);
void     _br_board_editor_add_to_selection  (BrBoardEditor *self,
                                             const BrItem  *item);
void     _br_board_editor_remove_from_selection (BrBoardEditor *self,
                                             const BrItem  *item);
void     _br_board_editor_apply_style       (BrBoardEditor *self,
                                             BrItem        *item);
double   _br_board_editor_tolerance         (BrBoardEditor *self);
void     _br_board_editor_default_size      (BrItemKind     kind,
                                             double        *width,
                                             double        *height);

/* br-board-editor-label.c */
void     _br_board_editor_finish_label_edit (BrBoardEditor *self,
                                             gboolean       commit,
                                             const char    *text);

G_END_DECLS
