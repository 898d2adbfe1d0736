/* br-canvas-private.h — shared by the files of BrCanvas
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "br-board-tiles.h"
#include "br-canvas.h"

G_BEGIN_DECLS

typedef enum {
  DRAG_NONE,
  DRAG_PAN,
  DRAG_MOVE,
  DRAG_RESIZE,
  DRAG_RUBBER_BAND,
  DRAG_CREATE_SHAPE,
  DRAG_ARROW,
  DRAG_ARROW_END,
  DRAG_PEN,
  DRAG_ERASE,
} DragMode;

/* Handles of a selected box, clockwise from the top-left corner */
typedef enum {
  HANDLE_NONE = -1,
  HANDLE_NW, HANDLE_N, HANDLE_NE, HANDLE_E,
  HANDLE_SE, HANDLE_S, HANDLE_SW, HANDLE_W,
  N_HANDLES
} Handle;

struct _BrCanvas
{
  GtkWidget parent_instance;

  BrBoard *board;
  gulong changed_id;

  BrTool tool;
  BrStencil stencil;
  guint style[BR_PROP_LOCKED + 1];   /* indexed by BrItemProperty */

  /* The view: widget = board × zoom + offset */
  double zoom;
  double offset_x, offset_y;
  gboolean grid;
  gboolean view_set;                 /* centred once a size is known */

  GPtrArray *selection;              /* of char *, item ids */

  /* The items drawn at the current zoom (br-canvas-draw.c) */
  BrBoardTiles *tiles;

  /* The gesture in progress, in board coordinates */
  DragMode drag;
  double start_x, start_y;
  double last_x, last_y;
  Handle handle;
  BrRect start_box;
  char *drag_item;                   /* the item created or resized */
  BrArrowSide drag_side;
  char *bind_hover;                  /* the item an arrow end will bind to */
  GArray *pen_points;                /* of BrPoint */
  BrRect rubber;
  gboolean space_held;
  double pan_start_offset_x, pan_start_offset_y;
  double pan_widget_x, pan_widget_y;
  double pinch_start_zoom;

  /* Inline label editing (br-canvas-edit.c) */
  GtkWidget *editor;                 /* a GtkTextView, or NULL */
  char *editing_id;
  GtkTextTag *editor_tag;            /* the label's font and colour */
  gboolean editor_transaction;       /* the edit's transaction is open */
  gboolean finishing;
  GPtrArray *retired;                /* finished editors still parented */
  guint retire_id;
  char *double_click_id;             /* the item to edit once idle */
  guint double_click_source;

  /* Where the pointer is over the canvas, for Ctrl+scroll */
  gboolean pointer_inside;
  double pointer_x, pointer_y;
};

/* br-canvas.c */
BrRenderStyle _br_canvas_render_style   (void);
void     _br_canvas_editing_changed       (BrCanvas        *self);

/* br-canvas-draw.c */
void     _br_canvas_snapshot              (GtkWidget       *widget,
                                           GtkSnapshot     *snapshot);

/* br-canvas-edit.c */
void     _br_canvas_position_editor       (BrCanvas        *self);
void     _br_canvas_finish_edit           (BrCanvas        *self,
                                           gboolean         commit,
                                           gboolean         refocus);
void     _br_canvas_drop_editors          (BrCanvas        *self);
void     _br_canvas_size_allocate         (GtkWidget       *widget,
                                           int              width,
                                           int              height,
                                           int              baseline);

/* br-canvas-events.c */
void     _br_canvas_add_controllers       (BrCanvas        *self);

/* br-canvas-actions.c */
void     _br_canvas_install_actions       (GtkWidgetClass  *widget_class);

/* br-canvas-tools.c */
void     _br_canvas_tools_pointer_down    (BrCanvas        *self,
                                           double           x,
                                           double           y,
                                           GdkModifierType  modifiers);
void     _br_canvas_tools_pointer_motion  (BrCanvas        *self,
                                           double           x,
                                           double           y,
                                           GdkModifierType  modifiers);
void     _br_canvas_tools_pointer_up      (BrCanvas        *self,
                                           double           x,
                                           double           y,
                                           GdkModifierType  modifiers);
Handle   _br_canvas_handle_at             (BrCanvas        *self,
                                           double           x,
                                           double           y);
gboolean _br_canvas_single_box            (BrCanvas        *self,
                                           BrRect          *box);
gboolean _br_canvas_is_selected           (BrCanvas        *self,
                                           const char      *id);
void     _br_canvas_select_only           (BrCanvas        *self,
                                           const char      *id);
void     _br_canvas_selection_changed     (BrCanvas        *self);
double   _br_canvas_tolerance             (BrCanvas        *self);

void _br_canvas_message (BrCanvas   *self,
                        const char *text);

G_END_DECLS
