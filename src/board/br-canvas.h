/* br-canvas.h — the whiteboard's drawing surface
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "br-board.h"
#include "br-board-editor.h"
#include "br-board-render.h"
#include "br-review.h"

G_BEGIN_DECLS

#define BR_TYPE_CANVAS (br_canvas_get_type ())

G_DECLARE_FINAL_TYPE (BrCanvas, br_canvas, BR, CANVAS, GtkWidget)

GtkWidget   *br_canvas_new                (void);

BrBoard     *br_canvas_get_board          (BrCanvas         *self);
void         br_canvas_set_board          (BrCanvas         *self,
                                           BrBoard          *board);
/* The tools, the selection and the gesture, which the canvas shows */
BrBoardEditor *br_canvas_get_board_editor (BrCanvas         *self);

BrTool       br_canvas_get_tool           (BrCanvas         *self);
void         br_canvas_set_tool           (BrCanvas         *self,
                                           BrTool            tool);
BrStencil    br_canvas_get_stencil        (BrCanvas         *self);
void         br_canvas_set_stencil        (BrCanvas         *self,
                                           BrStencil         stencil);

/* The style new items get, and that the style controls apply to the selection */
guint        br_canvas_get_style_value    (BrCanvas         *self,
                                           BrItemProperty    property);
void         br_canvas_set_style_value    (BrCanvas         *self,
                                           BrItemProperty    property,
                                           guint             value);

/* The view: device = board × zoom + offset */
double       br_canvas_get_zoom           (BrCanvas         *self);
void         br_canvas_set_zoom           (BrCanvas         *self,
                                           double            zoom,
                                           double            anchor_x,
                                           double            anchor_y);
void         br_canvas_zoom_to_fit        (BrCanvas         *self);
void         br_canvas_pan                (BrCanvas         *self,
                                           double            dx,
                                           double            dy);
void         br_canvas_scroll             (BrCanvas         *self,
                                           double            dx,
                                           double            dy,
                                           GdkModifierType   modifiers);
void         br_canvas_pointer_over       (BrCanvas         *self,
                                           gboolean          inside,
                                           double            wx,
                                           double            wy);
void         br_canvas_board_to_widget    (BrCanvas         *self,
                                           double            bx,
                                           double            by,
                                           double           *wx,
                                           double           *wy);
void         br_canvas_widget_to_board    (BrCanvas         *self,
                                           double            wx,
                                           double            wy,
                                           double           *bx,
                                           double           *by);
gboolean     br_canvas_get_grid           (BrCanvas         *self);
void         br_canvas_set_grid           (BrCanvas         *self,
                                           gboolean          grid);

/* Selection */
GStrv        br_canvas_get_selection      (BrCanvas         *self);
void         br_canvas_set_selection      (BrCanvas         *self,
                                           const char * const *ids);
guint        br_canvas_get_n_selected     (BrCanvas         *self);

/* The tool API: what the gesture controllers call, and what tests call,
 * in BOARD coordinates */
void         br_canvas_pointer_down       (BrCanvas         *self,
                                           double            x,
                                           double            y,
                                           GdkModifierType   modifiers);
void         br_canvas_pointer_motion     (BrCanvas         *self,
                                           double            x,
                                           double            y,
                                           GdkModifierType   modifiers);
void         br_canvas_pointer_up         (BrCanvas         *self,
                                           double            x,
                                           double            y,
                                           GdkModifierType   modifiers);

/* Places a stencil centred at a board point, as dropped from the palette */
const char  *br_canvas_place_stencil      (BrCanvas         *self,
                                           BrStencil         stencil,
                                           double            x,
                                           double            y);

/* What the stencil palette's drag source carries: this prefix and the
 * stencil's name */
#define BR_CANVAS_STENCIL_DRAG_PREFIX "bar-raiser-stencil:"

/* Inline label editing */
gboolean     br_canvas_edit_label         (BrCanvas         *self,
                                           const char       *id);
gboolean     br_canvas_is_editing         (BrCanvas         *self);
const char  *br_canvas_get_bind_target    (BrCanvas         *self);
GtkWidget   *br_canvas_get_editor         (BrCanvas         *self);
void         br_canvas_commit_edit        (BrCanvas         *self);
void         br_canvas_cancel_edit        (BrCanvas         *self);

/* The traffic overlay (br-canvas-traffic.c) */
void         br_canvas_set_traffic        (BrCanvas         *self,
                                           BrReview         *review);
BrReview    *br_canvas_get_traffic        (BrCanvas         *self);
char        *br_canvas_format_traffic     (const BrReviewNode *node);
void         br_canvas_popup_menu         (BrCanvas         *self,
                                           GMenuModel       *model,
                                           double            x,
                                           double            y);
GtkWidget   *br_canvas_get_menu           (BrCanvas         *self);
void         br_canvas_reveal_items       (BrCanvas         *self,
                                           const char * const *ids);

/* Estimate notes: the estimator, linked to the note */
gboolean     br_canvas_open_estimate      (BrCanvas         *self,
                                           const char       *id);

G_END_DECLS
