/* br-board-editor.h — what the tools do to a board: the current tool, the
 * selection and the press/drag/release state machine, on board coordinates
 * (no GTK)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "br-board.h"

G_BEGIN_DECLS

/**
 * BrTool:
 *
 * What a press on the board does. Shapes are drawn by dragging (a click
 * places a shape of the default size); BR_TOOL_STENCIL places the editor's
 * current stencil; arrows and lines bind an end dropped on or near an item
 * (hold Ctrl to place it free).
 */
typedef enum {
  BR_TOOL_SELECT,
  BR_TOOL_HAND,
  BR_TOOL_RECTANGLE,
  BR_TOOL_ROUNDED_RECTANGLE,
  BR_TOOL_ELLIPSE,
  BR_TOOL_DIAMOND,
  BR_TOOL_CYLINDER,
  BR_TOOL_CLOUD,
  BR_TOOL_HEXAGON,
  BR_TOOL_TEXT,
  BR_TOOL_STENCIL,
  BR_TOOL_ARROW,
  BR_TOOL_LINE,
  BR_TOOL_PEN,
  BR_TOOL_ERASER,
  BR_N_TOOLS
} BrTool;

#define BR_TYPE_TOOL (br_tool_get_type ())
GType br_tool_get_type (void) G_GNUC_CONST;

const char *br_tool_to_string   (BrTool      tool);
gboolean    br_tool_from_string (const char *name,
                                 BrTool     *tool);

/**
 * BrEditorModifiers:
 * @BR_EDITOR_SHIFT: adds to the selection; keeps a shape square or a
 *   resized box's ratio
 * @BR_EDITOR_CTRL: places an arrow end free
 * @BR_EDITOR_ALT: reserved, carried through
 *
 * The keys held during a pointer event, without any toolkit's type.
 */
typedef enum {
  BR_EDITOR_NO_MODIFIER = 0,
  BR_EDITOR_SHIFT = 1 << 0,
  BR_EDITOR_CTRL = 1 << 1,
  BR_EDITOR_ALT = 1 << 2,
} BrEditorModifiers;

/**
 * BrEditorHandle:
 *
 * The resize handles of a selected box, clockwise from the top-left corner.
 */
typedef enum {
  BR_HANDLE_NONE = -1,
  BR_HANDLE_NW, BR_HANDLE_N, BR_HANDLE_NE, BR_HANDLE_E,
  BR_HANDLE_SE, BR_HANDLE_S, BR_HANDLE_SW, BR_HANDLE_W,
  BR_N_HANDLES
} BrEditorHandle;

/* A handle reaches this many pixels either side of its point */
#define BR_EDITOR_HANDLE_SIZE 8.0
/* The grid's step, in board units: what snapping rounds to */
#define BR_EDITOR_GRID_STEP   20.0

#define BR_TYPE_BOARD_EDITOR (br_board_editor_get_type ())

G_DECLARE_FINAL_TYPE (BrBoardEditor, br_board_editor, BR, BOARD_EDITOR, GObject)

BrBoardEditor *br_board_editor_new              (void);

BrBoard       *br_board_editor_get_board        (BrBoardEditor      *self);
void           br_board_editor_set_board        (BrBoardEditor      *self,
                                                 BrBoard            *board);
BrTool         br_board_editor_get_tool         (BrBoardEditor      *self);
void           br_board_editor_set_tool         (BrBoardEditor      *self,
                                                 BrTool              tool);
BrStencil      br_board_editor_get_stencil      (BrBoardEditor      *self);
void           br_board_editor_set_stencil      (BrBoardEditor      *self,
                                                 BrStencil           stencil);
/* Pixels per board unit: what the tolerances in pixels are measured at */
double         br_board_editor_get_zoom         (BrBoardEditor      *self);
void           br_board_editor_set_zoom         (BrBoardEditor      *self,
                                                 double              zoom);
/* Snapping to the grid */
gboolean       br_board_editor_get_grid         (BrBoardEditor      *self);
void           br_board_editor_set_grid         (BrBoardEditor      *self,
                                                 gboolean            grid);
double         br_board_editor_snap             (BrBoardEditor      *self,
                                                 double              v);
/* While held (Space), a press pans whatever the tool */
void           br_board_editor_set_pan_held     (BrBoardEditor      *self,
                                                 gboolean            held);
gboolean       br_board_editor_get_pan_held     (BrBoardEditor      *self);

/* The style new items get, and that setting it applies to the selection */
guint          br_board_editor_get_style_value  (BrBoardEditor      *self,
                                                 BrItemProperty      property);
void           br_board_editor_set_style_value  (BrBoardEditor      *self,
                                                 BrItemProperty      property,
                                                 guint               value);

/* Selection (item ids, in the order selected) */
guint          br_board_editor_get_n_selected   (BrBoardEditor      *self);
const char    *br_board_editor_get_selected     (BrBoardEditor      *self,
                                                 guint               index);
GStrv          br_board_editor_get_selection    (BrBoardEditor      *self);
void           br_board_editor_set_selection    (BrBoardEditor      *self,
                                                 const char * const *ids);
gboolean       br_board_editor_is_selected      (BrBoardEditor      *self,
                                                 const char         *id);
void           br_board_editor_select_only      (BrBoardEditor      *self,
                                                 const char         *id);
void           br_board_editor_select_all       (BrBoardEditor      *self);
gboolean       br_board_editor_get_handles_box  (BrBoardEditor      *self,
                                                 BrRect             *box);
BrEditorHandle br_board_editor_handle_at        (BrBoardEditor      *self,
                                                 double              x,
                                                 double              y);
const BrItem  *br_board_editor_item_at          (BrBoardEditor      *self,
                                                 double              x,
                                                 double              y);

/* The gesture: press, motions, release, in board coordinates */
void           br_board_editor_pointer_down     (BrBoardEditor      *self,
                                                 double              x,
                                                 double              y,
                                                 BrEditorModifiers   modifiers);
void           br_board_editor_pointer_motion   (BrBoardEditor      *self,
                                                 double              x,
                                                 double              y,
                                                 BrEditorModifiers   modifiers);
void           br_board_editor_pointer_up       (BrBoardEditor      *self,
                                                 double              x,
                                                 double              y,
                                                 BrEditorModifiers   modifiers);
void           br_board_editor_cancel_gesture   (BrBoardEditor      *self);
gboolean       br_board_editor_in_gesture       (BrBoardEditor      *self);

/* What the gesture in progress shows */
gboolean       br_board_editor_get_rubber_band  (BrBoardEditor      *self,
                                                 BrRect             *rect);
const BrPoint *br_board_editor_get_pen_points   (BrBoardEditor      *self,
                                                 guint              *n_points);
const char    *br_board_editor_get_bind_target  (BrBoardEditor      *self);

/* Commands on the selection, each one undo step */
gboolean       br_board_editor_delete_selection (BrBoardEditor      *self);
gboolean       br_board_editor_duplicate_selection (BrBoardEditor   *self);
gboolean       br_board_editor_group_selection  (BrBoardEditor      *self);
gboolean       br_board_editor_ungroup_selection (BrBoardEditor     *self);
gboolean       br_board_editor_reorder_selection (BrBoardEditor     *self,
                                                 BrReorder           how);
gboolean       br_board_editor_toggle_lock      (BrBoardEditor      *self);
gboolean       br_board_editor_nudge            (BrBoardEditor      *self,
                                                 double              dx,
                                                 double              dy);
const char    *br_board_editor_place_stencil    (BrBoardEditor      *self,
                                                 BrStencil           stencil,
                                                 double              x,
                                                 double              y);

/* The label being edited: one undo step from begin to commit */
gboolean       br_board_editor_begin_label_edit (BrBoardEditor      *self,
                                                 const char         *id);
const char    *br_board_editor_get_editing_id   (BrBoardEditor      *self);
void           br_board_editor_set_label_text   (BrBoardEditor      *self,
                                                 const char         *text);
void           br_board_editor_commit_label_edit (BrBoardEditor     *self,
                                                 const char         *text);
void           br_board_editor_cancel_label_edit (BrBoardEditor     *self);

/* Clipboard payloads, in the .brboard format */
#define BR_BOARD_EDITOR_CLIPBOARD_MIME "application/x-bar-raiser-board"

BrBoard       *br_board_editor_copy             (BrBoardEditor      *self,
                                                 gboolean            whole_board_if_none,
                                                 GBytes            **payload,
                                                 char              **text);
gboolean       br_board_editor_paste            (BrBoardEditor      *self,
                                                 GBytes             *payload,
                                                 GError            **error);
gboolean       br_board_editor_paste_text       (BrBoardEditor      *self,
                                                 const char         *text,
                                                 double              cx,
                                                 double              cy);

G_END_DECLS
