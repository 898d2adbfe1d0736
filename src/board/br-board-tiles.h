/* br-board-tiles.h — a board drawn once into tiles, painted many times (no GTK)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "br-board-render.h"

G_BEGIN_DECLS

/**
 * BrBoardTiles:
 *
 * A cache of the board's items drawn into square image tiles of
 * %BR_TILE_SIZE device pixels, for a view that pans more than it changes.
 * Tiles are laid on the device pixel grid, so painting one copies pixels
 * and a pan by whole pixels draws only the tiles it uncovers. A tile holds
 * what lies under the items too (a #BrTileUnderlay: the background, a
 * grid), so that it is opaque and its pixels are those of drawing the
 * underlay and then br_board_render() directly (but for the rounding of a
 * few antialiased pixels where a curve crosses the edge of a tile: cairo
 * simplifies what lies outside the surface it draws on). A change of zoom, of
 * the fraction of a pixel in the offset, of the style or of the scale
 * factor makes every tile stale: such a view is drawn as one image of the
 * area, which keeps the tiles that lie inside it, and the others are drawn
 * when it is painted again. A change of the board makes stale only the
 * tiles it damaged (br_board_tiles_invalidate()).
 */
typedef struct _BrBoardTiles BrBoardTiles;

#define BR_TILE_SIZE 128

/**
 * BrTileUnderlay:
 * @cr: the context of a tile, in the target's units and position
 *
 * Draws what lies under the items, opaquely, over @cr's whole clip area,
 * the same wherever the clip is. When it depends on anything but the view,
 * call br_board_tiles_invalidate() (with %NULL) when that changes.
 */
typedef void (*BrTileUnderlay) (cairo_t  *cr,
                                gpointer  user_data);

/**
 * BrTileStats:
 * @direct: views drawn as one image of the area, not from tiles (a new
 *   zoom...)
 * @tiles_painted: tiles painted on the target (those with items in them)
 * @tiles_drawn: tiles of the area whose items were drawn (not from the cache)
 * @tiles_ahead: tiles drawn ahead of a pan, outside the area
 * @render: what drawing those tiles, or directly, drew
 *
 * What br_board_tiles_paint() did (added to, never reset).
 */
typedef struct {
  guint direct;
  guint tiles_painted;
  guint tiles_drawn;
  guint tiles_ahead;
  BrRenderStats render;
} BrTileStats;

BrBoardTiles *br_board_tiles_new         (void);
void          br_board_tiles_free        (BrBoardTiles          *self);
void          br_board_tiles_invalidate  (BrBoardTiles          *self,
                                          const BrRect          *damage);
void          br_board_tiles_paint       (BrBoardTiles          *self,
                                          BrBoard               *board,
                                          cairo_t               *cr,
                                          const BrRenderOptions *options,
                                          int                    width,
                                          int                    height,
                                          int                    scale_factor,
                                          BrTileUnderlay         underlay,
                                          gpointer               user_data,
                                          BrTileStats           *stats);
guint         br_board_tiles_get_n_tiles (BrBoardTiles          *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BrBoardTiles, br_board_tiles_free)

G_END_DECLS
