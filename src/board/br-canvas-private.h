/* br-canvas-private.h — shared by the files of BrCanvas
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "br-board-tiles.h"
#include "br-canvas.h"

G_BEGIN_DECLS

struct _BrCanvas
{
  GtkWidget parent_instance;

  BrBoard *board;
  gulong changed_id;

  /* The tools, the selection and the gesture */
  BrBoardEditor *board_editor;

  /* The view: widget = board × zoom + offset */
  double zoom;
  double offset_x, offset_y;
  gboolean view_set;                 /* centred once a size is known */

  /* The items drawn at the current zoom (br-canvas-draw.c) */
  BrBoardTiles *tiles;

  double pan_widget_x, pan_widget_y;
  double pinch_start_zoom;

  /* Inline label editing (br-canvas-edit.c) */
  GtkWidget *editor;                 /* a GtkTextView, or NULL */
  char *editing_id;                  /* the item the editor is over */
  GtkTextTag *editor_tag;            /* the label's font and colour */
  gboolean finishing;
  GPtrArray *retired;                /* finished editors still parented */
  guint retire_id;
  char *double_click_id;             /* the item to edit once idle */
  guint double_click_source;

  /* The traffic overlay (br-canvas-traffic.c) */
  BrReview *traffic;
  GHashTable *traffic_layouts;       /* node id -> PangoLayout of its caption */
  GtkWidget *menu;                   /* the context menu, once shown */

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
void     _br_canvas_editing_id_changed    (BrCanvas        *self);
void     _br_canvas_size_allocate         (GtkWidget       *widget,
                                           int              width,
                                           int              height,
                                           int              baseline);

/* br-canvas-traffic.c */
void     _br_canvas_draw_traffic          (BrCanvas        *self,
                                           cairo_t         *cr,
                                           int              width,
                                           int              height);

/* br-canvas-menu.c */
void     _br_canvas_menu_class_init       (GtkWidgetClass  *widget_class);
void     _br_canvas_menu_init             (BrCanvas        *self);
void     _br_canvas_menu_allocate         (BrCanvas        *self);
void     _br_canvas_menu_dispose          (BrCanvas        *self);

/* br-canvas-events.c */
void     _br_canvas_add_controllers       (BrCanvas        *self);

/* br-canvas-actions.c */
void     _br_canvas_install_actions       (GtkWidgetClass  *widget_class);

/* br-canvas-tools.c */
BrEditorModifiers _br_canvas_modifiers    (GdkModifierType  state);

void _br_canvas_message (BrCanvas   *self,
                        const char *text);

G_END_DECLS
