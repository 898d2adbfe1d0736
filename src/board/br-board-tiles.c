/* br-board-tiles.c — a board drawn once into tiles, painted many times
 *
 * The view's offset in device pixels, I + f, has a whole part I and a
 * fraction f. Tile (tx, ty) holds the device pixels u in [tx·T, (tx + 1)·T)
 * (and likewise in y), where u = board × zoom × scale + f: the whole
 * pixels of the offset only say where tiles land, so a pan by whole pixels
 * keeps every tile. A tile is drawn by the underlay and br_board_render()
 * themselves, in the target's coordinates moved by a whole number of
 * device pixels, and painted there with a matching device scale: painting
 * copies pixels, the ones drawing directly would have made. (I mod scale
 * is part of what tiles are drawn for: an underlay that rounds to whole
 * target units, as a grid does, moves with I only in steps of a unit.)
 * Tiles where no item is drawn are not kept: the target shows the
 * underlay there already.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-board"

#include <math.h>
#include <string.h>

#include "br-board-tiles.h"

#define T BR_TILE_SIZE

typedef struct {
  gint64 key;                   /* the hash table's key points here */
  gint64 tx, ty;
  cairo_surface_t *surface;     /* NULL: no item reaches into the tile */
} Tile;

struct _BrBoardTiles
{
  GHashTable *tiles;            /* gint64 * -> Tile * */

  /* What the tiles were drawn for */
  gboolean valid;
  double zoom;
  double phase_x, phase_y;      /* f, in device pixels */
  int residue_x, residue_y;     /* I mod scale_factor */
  int scale_factor;
  BrRenderStyle style;
  double min_text_size;

  double last_ix, last_iy;      /* I at the last paint: where the view goes */
  cairo_surface_t *frame;       /* the image of new views, while they come */
};

static void
tile_free (gpointer data)
{
  Tile *tile = data;

  g_clear_pointer (&tile->surface, cairo_surface_destroy);
  g_free (tile);
}

static inline gint64
tile_key (gint64 tx,
          gint64 ty)
{
  return (gint64) (((guint64) (guint32) (gint32) tx << 32) | (guint32) (gint32) ty);
}

BrBoardTiles *
br_board_tiles_new (void)
{
  BrBoardTiles *self = g_new0 (BrBoardTiles, 1);

  self->tiles = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, tile_free);
  return self;
}

void
br_board_tiles_free (BrBoardTiles *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->tiles);
  g_clear_pointer (&self->frame, cairo_surface_destroy);
  g_free (self);
}

guint
br_board_tiles_get_n_tiles (BrBoardTiles *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return g_hash_table_size (self->tiles);
}

/* The tiles (x0..x1, y0..y1) where what is drawn for items in @rect (board
 * units) can reach */
static void
tile_range (BrBoardTiles *self,
            const BrRect *rect,
            double       *x0,
            double       *y0,
            double       *x1,
            double       *y1)
{
  double k = self->zoom * self->scale_factor;

  *x0 = floor (((rect->x - BR_RENDER_MARGIN) * k + self->phase_x) / T);
  *y0 = floor (((rect->y - BR_RENDER_MARGIN) * k + self->phase_y) / T);
  *x1 = floor (((rect->x + rect->width + BR_RENDER_MARGIN) * k + self->phase_x) / T);
  *y1 = floor (((rect->y + rect->height + BR_RENDER_MARGIN) * k + self->phase_y) / T);
}

/**
 * br_board_tiles_invalidate:
 * @damage: (nullable): what changed, in board units (a #BrBoardChanges
 *   damage); %NULL for everything
 *
 * Forgets the tiles where what br_board_render() draws for the items in
 * @damage can reach.
 */
void
br_board_tiles_invalidate (BrBoardTiles *self,
                           const BrRect *damage)
{
  GHashTableIter iter;
  Tile *tile;
  double x0, y0, x1, y1;

  g_return_if_fail (self != NULL);

  if (damage == NULL || !self->valid)
    {
      g_hash_table_remove_all (self->tiles);
      self->valid = FALSE;
      return;
    }
  if (damage->width < 0 || damage->height < 0)
    return;

  tile_range (self, damage, &x0, &y0, &x1, &y1);
  g_hash_table_iter_init (&iter, self->tiles);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &tile))
    if (tile->tx >= x0 && tile->tx <= x1 && tile->ty >= y0 && tile->ty <= y1)
      g_hash_table_iter_remove (&iter);
}

/* Copies a tile out of @surface, from its device pixel (x, y) */
static cairo_surface_t *
copy_tile (cairo_surface_t *surface,
           int              x,
           int              y,
           double           s)
{
  cairo_surface_t *tile = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, T, T);
  const guint8 *from = cairo_image_surface_get_data (surface);
  int from_stride = cairo_image_surface_get_stride (surface);
  guint8 *to = cairo_image_surface_get_data (tile);
  int to_stride = cairo_image_surface_get_stride (tile);

  for (int row = 0; row < T; row++)
    memcpy (to + row * to_stride, from + (y + row) * from_stride + x * 4, T * 4);
  cairo_surface_mark_dirty (tile);
  cairo_surface_set_device_scale (tile, s, s);
  return tile;
}

/* Draws the underlay and the items into @surface (of w × h device
 * pixels), which covers the device pixels u in [ux, ux + w) × [uy, uy + h),
 * and makes tiles of the tiles that lie wholly inside it: views of it
 * when it is kept for them (no copy), copies when not. An item on the
 * edge of two tiles is drawn once, not twice. */
static void
draw_region (BrBoardTiles          *self,
             cairo_surface_t       *surface,
             gboolean               keep,
             BrBoard               *board,
             const BrRenderOptions *options,
             double                 ix,
             double                 iy,
             double                 ux,
             double                 uy,
             guint                 *n_tiles,
             BrTileUnderlay         underlay,
             gpointer               user_data,
             BrTileStats           *stats)
{
  int w = cairo_image_surface_get_width (surface);
  int h = cairo_image_surface_get_height (surface);
  g_autoptr(GPtrArray) items = NULL;
  g_autofree gboolean *used = NULL;
  BrRenderStats render = { 0 };
  double s = self->scale_factor;
  double x1, y1, x2, y2;
  gint64 gx, gy;
  int nx, ny;
  BrRect visible;
  cairo_t *cr;

  cr = cairo_create (surface);
  if (underlay == NULL && !keep)
    {
      /* A surface used before, and nothing opaque to cover it */
      cairo_set_operator (cr, CAIRO_OPERATOR_CLEAR);
      cairo_paint (cr);
      cairo_set_operator (cr, CAIRO_OPERATOR_OVER);
    }

  /* The target's coordinates, moved by whole device pixels; what
   * br_board_render() would draw there */
  cairo_translate (cr, -(ux + ix) / s, -(uy + iy) / s);
  if (underlay != NULL)
    underlay (cr, user_data);
  cairo_clip_extents (cr, &x1, &y1, &x2, &y2);
  visible.x = (x1 - options->offset_x) / options->scale - BR_RENDER_MARGIN;
  visible.y = (y1 - options->offset_y) / options->scale - BR_RENDER_MARGIN;
  visible.width = (x2 - x1) / options->scale + 2 * BR_RENDER_MARGIN;
  visible.height = (y2 - y1) / options->scale + 2 * BR_RENDER_MARGIN;
  items = br_board_query_rect (board, &visible, FALSE);
  br_board_render_items (items, cr, options, &render);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  if (stats != NULL)
    {
      stats->render.items_drawn += render.items_drawn;
      stats->render.items_simplified += render.items_simplified;
      stats->render.layouts_drawn += render.layouts_drawn;
      stats->render.layouts_shaped += render.layouts_shaped;
    }

  /* The tiles wholly inside, and those of them that items reach into */
  gx = (gint64) ceil (ux / T);
  gy = (gint64) ceil (uy / T);
  nx = MAX ((gint64) floor ((ux + w) / T) - gx, 0);
  ny = MAX ((gint64) floor ((uy + h) / T) - gy, 0);
  *n_tiles = nx * ny;
  if (nx == 0 || ny == 0)
    return;

  used = g_new0 (gboolean, nx * ny);
  for (guint i = 0; i < items->len; i++)
    {
      BrRect box;
      double tx0, ty0, tx1, ty1;

      br_item_get_bounds (g_ptr_array_index (items, i), &box);
      tile_range (self, &box, &tx0, &ty0, &tx1, &ty1);
      for (gint64 ty = MAX (ty0, gy); ty <= MIN (ty1, gy + ny - 1); ty++)
        for (gint64 tx = MAX (tx0, gx); tx <= MIN (tx1, gx + nx - 1); tx++)
          used[(ty - gy) * nx + (tx - gx)] = TRUE;
    }

  for (int j = 0; j < ny; j++)
    for (int i = 0; i < nx; i++)
      {
        Tile *tile = g_new0 (Tile, 1);

        tile->tx = gx + i;
        tile->ty = gy + j;
        tile->key = tile_key (tile->tx, tile->ty);
        if (used[j * nx + i] && keep)
          tile->surface = cairo_surface_create_for_rectangle (surface, (tile->tx * T - ux) / s,
                                                              (tile->ty * T - uy) / s, T / s, T / s);
        else if (used[j * nx + i])
          tile->surface = copy_tile (surface, tile->tx * T - ux, tile->ty * T - uy, s);
        g_hash_table_replace (self->tiles, &tile->key, tile);
      }
}

static cairo_surface_t *
new_surface (int    width,
             int    height,
             double s)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);

  cairo_surface_set_device_scale (surface, s, s);
  return surface;
}

/* Draws the tiles of (tx0..tx1, ty0..ty1) that are not in the cache, a
 * rectangle of them at a time; returns how many rectangles */
static guint
draw_missing (BrBoardTiles          *self,
              BrBoard               *board,
              const BrRenderOptions *options,
              double                 ix,
              double                 iy,
              gint64                 tx0,
              gint64                 ty0,
              gint64                 tx1,
              gint64                 ty1,
              gboolean               ahead,
              BrTileUnderlay         underlay,
              gpointer               user_data,
              BrTileStats           *stats)
{
  int nx = tx1 - tx0 + 1, ny = ty1 - ty0 + 1;
  g_autofree guint8 *missing = g_new0 (guint8, nx * ny);
  guint n = 0, drawn;
  cairo_surface_t *surface;

  for (int j = 0; j < ny; j++)
    for (int i = 0; i < nx; i++)
      {
        gint64 key = tile_key (tx0 + i, ty0 + j);

        missing[j * nx + i] = !g_hash_table_contains (self->tiles, &key);
      }

  for (int j = 0; j < ny; j++)
    for (int i = 0; i < nx; i++)
      {
        int w = 0, h = 1;
        gboolean grows = TRUE;

        if (!missing[j * nx + i])
          continue;
        while (i + w < nx && missing[j * nx + i + w])
          w++;
        while (grows && j + h < ny)
          {
            for (int k = 0; k < w && grows; k++)
              grows = missing[(j + h) * nx + i + k];
            if (grows)
              h++;
          }
        for (int b = 0; b < h; b++)
          memset (missing + (j + b) * nx + i, 0, w);
        surface = new_surface (w * T, h * T, self->scale_factor);
        draw_region (self, surface, TRUE, board, options, ix, iy, (tx0 + i) * T, (ty0 + j) * T,
                     &drawn, underlay, user_data, stats);
        cairo_surface_destroy (surface);
        if (stats != NULL && ahead)
          stats->tiles_ahead += drawn;
        else if (stats != NULL)
          stats->tiles_drawn += drawn;
        n++;
      }
  return n;
}

static int
residue (double i,
         int    s)
{
  return (int) (i - s * floor (i / s));
}

/**
 * br_board_tiles_paint:
 * @cr: the target, in the same units as @options (logical pixels)
 * @options: the view; its background is not painted
 * @width: the width of the target's area to fill, from 0, in its units
 * @height: likewise
 * @scale_factor: device pixels per unit of the target
 * @underlay: (nullable) (scope call): draws what lies under the items,
 *   opaquely; without one, tiles are transparent, and pixels where items
 *   overlap the edge of another may differ from a direct drawing by a
 *   little rounding
 *
 * Paints the underlay and the items of @board over the area. A view
 * painted before (but for a pan by whole pixels) comes from tiles, and
 * only the tiles that are not in the cache are drawn, in as few surfaces
 * as there are rectangles of them, and a pan that drew none draws the
 * strip of tiles it will uncover next; tiles that are more than one tile
 * away from the area leave the cache. A view that changed otherwise is
 * drawn as one image of the area, which keeps the tiles inside it.
 */
void
br_board_tiles_paint (BrBoardTiles          *self,
                      BrBoard               *board,
                      cairo_t               *cr,
                      const BrRenderOptions *options,
                      int                    width,
                      int                    height,
                      int                    scale_factor,
                      BrTileUnderlay         underlay,
                      gpointer               user_data,
                      BrTileStats           *stats)
{
  double s = MAX (scale_factor, 1);
  double ox, oy, ix, iy;
  gint64 tx0, ty0, tx1, ty1;
  guint drawn;
  GHashTableIter iter;
  Tile *tile;

  g_return_if_fail (self != NULL && BR_IS_BOARD (board) && cr != NULL && options != NULL);

  if (!(options->scale > 0 && isfinite (options->scale) &&
        isfinite (options->offset_x) && isfinite (options->offset_y)) ||
      width <= 0 || height <= 0)
    return;

  ox = options->offset_x * s;
  oy = options->offset_y * s;
  ix = floor (ox);
  iy = floor (oy);

  if (!self->valid || self->zoom != options->scale || self->phase_x != ox - ix ||
      self->phase_y != oy - iy || self->scale_factor != (int) s ||
      self->residue_x != residue (ix, s) || self->residue_y != residue (iy, s) ||
      self->style != options->style || self->min_text_size != options->min_text_size)
    {
      g_hash_table_remove_all (self->tiles);
      self->valid = TRUE;
      self->zoom = options->scale;
      self->phase_x = ox - ix;
      self->phase_y = oy - iy;
      self->residue_x = residue (ix, s);
      self->residue_y = residue (iy, s);
      self->scale_factor = (int) s;
      self->style = options->style;
      self->min_text_size = options->min_text_size;
      self->last_ix = ix;
      self->last_iy = iy;

      /* A new view, and maybe one of many (a zoom, a pinch): draw just
       * the area, which costs less than tiles reaching past its edges,
       * and keep the tiles that lie inside it; the others are drawn when
       * the view is painted again */
      if (self->frame == NULL ||
          cairo_image_surface_get_width (self->frame) != (int) (width * s) ||
          cairo_image_surface_get_height (self->frame) != (int) (height * s))
        {
          g_clear_pointer (&self->frame, cairo_surface_destroy);
          self->frame = new_surface (width * s, height * s, s);
        }
      cairo_surface_set_device_scale (self->frame, s, s);
      draw_region (self, self->frame, FALSE, board, options, ix, iy, -ix, -iy,
                   &drawn, underlay, user_data, stats);
      cairo_set_source_surface (cr, self->frame, 0, 0);
      cairo_rectangle (cr, 0, 0, width, height);
      cairo_fill (cr);
      if (stats != NULL)
        stats->direct++;
      return;
    }

  /* The view settled: the image of new views is not needed until the next */
  g_clear_pointer (&self->frame, cairo_surface_destroy);

  tx0 = (gint64) floor (-ix / T);
  ty0 = (gint64) floor (-iy / T);
  tx1 = (gint64) floor ((width * s - ix - 1) / T);
  ty1 = (gint64) floor ((height * s - iy - 1) / T);

  drawn = draw_missing (self, board, options, ix, iy, tx0, ty0, tx1, ty1, FALSE, underlay, user_data, stats);

  for (gint64 ty = ty0; ty <= ty1; ty++)
    for (gint64 tx = tx0; tx <= tx1; tx++)
      {
        gint64 key = tile_key (tx, ty);
        double x = (tx * T + ix) / s, y = (ty * T + iy) / s;

        tile = g_hash_table_lookup (self->tiles, &key);
        if (tile->surface == NULL)
          {
            /* Only what lies under the items */
            if (underlay != NULL)
              {
                cairo_save (cr);
                cairo_rectangle (cr, x, y, T / s, T / s);
                cairo_clip (cr);
                underlay (cr, user_data);
                cairo_restore (cr);
              }
            continue;
          }
        cairo_set_source_surface (cr, tile->surface, x, y);
        cairo_rectangle (cr, x, y, T / s, T / s);
        cairo_fill (cr);
        if (stats != NULL)
          stats->tiles_painted++;
      }

  /* A pan that drew nothing draws the tiles it will uncover next, a column
   * or a row of them: a frame draws at most one such strip */
  if (drawn == 0 && ix != self->last_ix)
    {
      gint64 column = ix < self->last_ix ? tx1 + 1 : tx0 - 1;

      drawn = draw_missing (self, board, options, ix, iy, column, ty0, column, ty1, TRUE,
                            underlay, user_data, stats);
    }
  if (drawn == 0 && iy != self->last_iy)
    {
      gint64 row = iy < self->last_iy ? ty1 + 1 : ty0 - 1;

      draw_missing (self, board, options, ix, iy, tx0, row, tx1, row, TRUE, underlay, user_data, stats);
    }
  self->last_ix = ix;
  self->last_iy = iy;

  /* Keep a ring of tiles around the area for a pan back and forth */
  g_hash_table_iter_init (&iter, self->tiles);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &tile))
    if (tile->tx < tx0 - 1 || tile->tx > tx1 + 1 || tile->ty < ty0 - 1 || tile->ty > ty1 + 1)
      g_hash_table_iter_remove (&iter);
}
