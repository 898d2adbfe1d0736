/* br-board-render.h — drawing boards with cairo (no GTK)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "br-board.h"

G_BEGIN_DECLS

/* How far beyond an item's box, in board units, what is drawn for it can
 * reach (arrowheads, arrow labels) */
#define BR_RENDER_MARGIN 120.0

typedef enum {
  BR_RENDER_LIGHT,
  BR_RENDER_DARK,
} BrRenderStyle;

/**
 * BrRenderTextFunc:
 * @cr: the context, its matrix mapping board units to device units
 * @item: the item whose label this is
 * @layout: the label laid out, in board units
 * @x: where the layout's top-left corner goes, in board units
 * @y: likewise
 * @rgb: the label's colour
 * @user_data: #BrRenderOptions.text_data
 *
 * Takes a label instead of drawing it: the SVG export writes labels as
 * text elements, where cairo would write the glyphs as shapes.
 */
typedef void (*BrRenderTextFunc) (cairo_t      *cr,
                                  const BrItem *item,
                                  PangoLayout  *layout,
                                  double        x,
                                  double        y,
                                  const double  rgb[3],
                                  gpointer      user_data);

/**
 * BrRenderOptions:
 * @scale: device units per board unit (the zoom), > 0
 * @offset_x: where board (0, 0) lands, in device units:
 *   device = board × scale + offset
 * @offset_y: likewise
 * @style: light or dark palette
 * @background: paint the background colour over the clip area first
 * @min_text_size: level of detail: labels whose font would be smaller than
 *   this on screen, in device units, are not drawn (4 by default)
 * @full_detail: draw every item in full whatever its size on screen,
 *   instead of small ones as plain boxes (exports; %FALSE by default)
 * @text_func: (nullable): when set, labels go to it instead of being drawn
 * @text_data: passed to @text_func
 * @hidden_label: (nullable): the id of an item whose label is not drawn
 *   (the canvas shows the label being edited in its editor instead)
 * @keep_layouts: keep each label laid out with its item for the next
 *   frame (%TRUE by default, for the canvas); an export, which draws every
 *   item once, lets each one go once it is drawn, so that the layouts of a
 *   whole board are never held at once
 */
typedef struct {
  double scale;
  double offset_x, offset_y;
  BrRenderStyle style;
  gboolean background;
  double min_text_size;
  gboolean full_detail;
  BrRenderTextFunc text_func;
  gpointer text_data;
  const char *hidden_label;
  gboolean keep_layouts;
} BrRenderOptions;

/**
 * BrRenderStats:
 *
 * What a render call drew (added to, never reset by the renderer).
 */
typedef struct {
  guint items_drawn;
  guint items_simplified;   /* drawn as a plain box or line: small on screen */
  guint layouts_drawn;      /* labels drawn */
  guint layouts_shaped;     /* labels laid out again (cache misses) */
} BrRenderStats;

void      br_render_options_init        (BrRenderOptions       *options);

void      br_palette_get_stroke         (guint                  index,
                                         BrRenderStyle          style,
                                         double                 rgb[3]);
void      br_palette_get_fill           (guint                  index,
                                         BrRenderStyle          style,
                                         double                 rgb[3]);
void      br_palette_get_background     (BrRenderStyle          style,
                                         double                 rgb[3]);

void      br_board_render               (BrBoard               *board,
                                         cairo_t               *cr,
                                         const BrRenderOptions *options,
                                         BrRenderStats         *stats);
void      br_board_render_items         (GPtrArray             *items,
                                         cairo_t               *cr,
                                         const BrRenderOptions *options,
                                         BrRenderStats         *stats);
void      br_item_render                (const BrItem          *item,
                                         cairo_t               *cr,
                                         const BrRenderOptions *options,
                                         BrRenderStats         *stats);

void      br_item_trace_outline         (cairo_t               *cr,
                                         const BrItem          *item);
void      br_stencil_draw_icon          (cairo_t               *cr,
                                         BrStencil              stencil,
                                         double                 cx,
                                         double                 cy,
                                         double                 size);

G_END_DECLS
