/* br-board-render.h — drawing boards with cairo (no GTK)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

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
 * BrRenderOptions:
 * @scale: device units per board unit (the zoom), > 0
 * @offset_x: where board (0, 0) lands, in device units:
 *   device = board × scale + offset
 * @offset_y: likewise
 * @style: light or dark palette
 * @background: paint the background colour over the clip area first
 * @min_text_size: level of detail: labels whose font would be smaller than
 *   this on screen, in device units, are not drawn (4 by default)
 */
typedef struct {
  double scale;
  double offset_x, offset_y;
  BrRenderStyle style;
  gboolean background;
  double min_text_size;
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

void      br_stencil_draw_icon          (cairo_t               *cr,
                                         BrStencil              stencil,
                                         double                 cx,
                                         double                 cy,
                                         double                 size);

G_END_DECLS
