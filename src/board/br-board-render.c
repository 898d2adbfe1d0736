/* br-board-render.c — drawing items with cairo and labels with Pango
 *
 * The same code draws the canvas (through gtk_snapshot_append_cairo()) and
 * the PNG, SVG and PDF exports. Labels are laid out once, at board size,
 * and kept with the item (BrItem.render_cache) until their text, font size
 * or wrap width changes; zooming only changes the cairo matrix, so no
 * label is shaped again while panning or zooming. Use from the main thread.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-board"

#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "br-board-label.h"
#include "br-board-render.h"

/* Board units around the visible area still drawn */
#define CULL_MARGIN BR_RENDER_MARGIN

/* ink, red, orange, yellow, green, blue, purple, grey */
static const guint32 strokes[2][BR_PALETTE_SIZE] = {
  { 0x1e1e1e, 0xc01c28, 0xc64600, 0x9c6e03, 0x26a269, 0x1c71d8, 0x813d9c, 0x5e5c64 },
  { 0xeeeeec, 0xf66151, 0xffa348, 0xf8e45c, 0x8ff0a4, 0x99c1f1, 0xdc8add, 0xc0bfbc },
};
static const guint32 fills[2][BR_PALETTE_SIZE] = {
  { 0xf6f5f4, 0xffd6d6, 0xffe3c7, 0xfff3b0, 0xd4f5dc, 0xd3e5ff, 0xead6f5, 0xe6e6e6 },
  { 0x3d3846, 0x5c2626, 0x5c3a1e, 0x5a4f1a, 0x1f4a2c, 0x1e3a5f, 0x44284f, 0x3a3a3a },
};
static const guint32 backgrounds[2] = { 0xffffff, 0x1e1e1e };

static void
unpack (guint32 rgb,
        double  out[3])
{
  out[0] = ((rgb >> 16) & 0xff) / 255.0;
  out[1] = ((rgb >> 8) & 0xff) / 255.0;
  out[2] = (rgb & 0xff) / 255.0;
}

void
br_palette_get_stroke (guint         index,
                       BrRenderStyle style,
                       double        rgb[3])
{
  unpack (strokes[style == BR_RENDER_DARK][MIN (index, BR_PALETTE_SIZE - 1)], rgb);
}

void
br_palette_get_fill (guint         index,
                     BrRenderStyle style,
                     double        rgb[3])
{
  unpack (fills[style == BR_RENDER_DARK][MIN (index, BR_PALETTE_SIZE - 1)], rgb);
}

void
br_palette_get_background (BrRenderStyle style,
                           double        rgb[3])
{
  unpack (backgrounds[style == BR_RENDER_DARK], rgb);
}

void
br_render_options_init (BrRenderOptions *options)
{
  options->scale = 1;
  options->offset_x = 0;
  options->offset_y = 0;
  options->style = BR_RENDER_LIGHT;
  options->background = TRUE;
  options->min_text_size = 4;
  options->full_detail = FALSE;
  options->text_func = NULL;
  options->text_data = NULL;
  options->hidden_label = NULL;
  options->keep_layouts = TRUE;
}

static void
set_rgb (cairo_t      *cr,
         const double  rgb[3])
{
  cairo_set_source_rgb (cr, rgb[0], rgb[1], rgb[2]);
}

/* ---------------------------------------------------------------------- */
/* Labels                                                                  */

typedef struct {
  PangoLayout *layout;
  char *text;
  double width;
  BrFontSize font;
  int layout_width;     /* logical size in Pango units */
  int height;
} LabelCache;

static void
label_cache_free (gpointer data)
{
  LabelCache *cache = data;

  g_clear_object (&cache->layout);
  g_free (cache->text);
  g_free (cache);
}

/* The item's label laid out @width board units wide, from the cache when
 * nothing it depends on changed */
static LabelCache *
get_label (BrItem        *item,
           double         width,
           BrRenderStats *stats)
{
  LabelCache *cache = item->render_cache;

  width = br_item_label_wraps (item) ? MAX (width, 1.0) : -1;
  if (cache != NULL && cache->font == item->font_size && cache->width == width &&
      strcmp (cache->text, item->label) == 0)
    return cache;

  if (cache == NULL)
    {
      cache = g_new0 (LabelCache, 1);
      cache->layout = pango_layout_new (br_label_get_context ());
      item->render_cache = cache;
      item->render_cache_free = label_cache_free;
    }

  g_free (cache->text);
  cache->text = g_strdup (item->label);
  cache->width = width;
  cache->font = item->font_size;

  br_label_layout_setup (cache->layout, item, item->label, width);
  pango_layout_get_size (cache->layout, &cache->layout_width, &cache->height);
  if (stats)
    stats->layouts_shaped++;
  return cache;
}

/* Lets go of a layout made for this one drawing (see @keep_layouts) */
static void
release_label (BrItem                *item,
               gboolean               had_cache,
               const BrRenderOptions *options)
{
  if (options->keep_layouts || had_cache || item->render_cache == NULL)
    return;
  label_cache_free (item->render_cache);
  item->render_cache = NULL;
  item->render_cache_free = NULL;
}

static gboolean
text_visible (const BrItem          *item,
              const BrRenderOptions *options)
{
  return item->label[0] != '\0' &&
         br_font_size_to_double (item->font_size) * options->scale >= options->min_text_size;
}

/* Draws the label centred in the box (x, y, width, height) */
static void
draw_label (cairo_t               *cr,
            const BrItem          *item,
            double                 x,
            double                 y,
            double                 width,
            double                 height,
            const BrRenderOptions *options,
            BrRenderStats         *stats)
{
  LabelCache *cache;
  gboolean had_cache = item->render_cache != NULL;
  double rgb[3];

  if (!text_visible (item, options))
    return;
  if (options->hidden_label != NULL && strcmp (options->hidden_label, item->id) == 0)
    return;
  cache = get_label ((BrItem *) item, width, stats);
  br_palette_get_stroke (item->stroke_color, options->style, rgb);
  y += (height - (double) cache->height / PANGO_SCALE) / 2;
  if (!br_item_label_wraps (item))
    x += (width - (double) cache->layout_width / PANGO_SCALE) / 2;
  if (options->text_func != NULL)
    options->text_func (cr, item, cache->layout, x, y, rgb, options->text_data);
  else
    {
      set_rgb (cr, rgb);
      cairo_move_to (cr, x, y);
      pango_cairo_show_layout (cr, cache->layout);
    }
  if (stats)
    stats->layouts_drawn++;
  release_label ((BrItem *) item, had_cache, options);
}

/* ---------------------------------------------------------------------- */
/* Shapes                                                                  */

/* An elliptic arc from angle @a1 to @a2, clockwise on screen (y down) when
 * a2 > a1, counter-clockwise when a2 < a1 */
static void
ellipse_arc (cairo_t *cr,
             double   cx,
             double   cy,
             double   rx,
             double   ry,
             double   a1,
             double   a2)
{
  if (rx <= 0 || ry <= 0)
    {
      /* cairo_scale() by 0 would break the context: draw it flat */
      cairo_line_to (cr, cx + rx * cos (a1), cy + ry * sin (a1));
      cairo_line_to (cr, cx + rx * cos (a2), cy + ry * sin (a2));
      return;
    }
  cairo_save (cr);
  cairo_translate (cr, cx, cy);
  cairo_scale (cr, rx, ry);
  if (a2 >= a1)
    cairo_arc (cr, 0, 0, 1, a1, a2);
  else
    cairo_arc_negative (cr, 0, 0, 1, a1, a2);
  cairo_restore (cr);
}

static void
cloud_path (cairo_t *cr,
            double   x,
            double   y,
            double   w,
            double   h)
{
  guint n;
  const double *pts = br_cloud_outline (&n);

  cairo_move_to (cr, x + pts[0] * w, y + pts[1] * h);
  for (guint i = 2; i + 5 < n; i += 6)
    cairo_curve_to (cr, x + pts[i] * w, y + pts[i + 1] * h,
                    x + pts[i + 2] * w, y + pts[i + 3] * h,
                    x + pts[i + 4] * w, y + pts[i + 5] * h);
  cairo_close_path (cr);
}

/* Traces the outline of a closed shape; returns the height of a cylinder's
 * cap, so that the caller can draw its front rim */
static double
shape_path (cairo_t    *cr,
            BrItemKind  kind,
            double      x,
            double      y,
            double      w,
            double      h)
{
  double cx = x + w / 2, cy = y + h / 2;

  switch (kind)
    {
    case BR_ITEM_ROUNDED_RECTANGLE:
      {
        double r = MIN (12.0, MIN (w, h) / 4);

        cairo_new_sub_path (cr);
        cairo_arc (cr, x + w - r, y + r, r, -G_PI / 2, 0);
        cairo_arc (cr, x + w - r, y + h - r, r, 0, G_PI / 2);
        cairo_arc (cr, x + r, y + h - r, r, G_PI / 2, G_PI);
        cairo_arc (cr, x + r, y + r, r, G_PI, 3 * G_PI / 2);
        cairo_close_path (cr);
      }
      return 0;
    case BR_ITEM_ELLIPSE:
      cairo_new_sub_path (cr);
      ellipse_arc (cr, cx, cy, w / 2, h / 2, 0, 2 * G_PI);
      cairo_close_path (cr);
      return 0;
    case BR_ITEM_DIAMOND:
      cairo_move_to (cr, cx, y);
      cairo_line_to (cr, x + w, cy);
      cairo_line_to (cr, cx, y + h);
      cairo_line_to (cr, x, cy);
      cairo_close_path (cr);
      return 0;
    case BR_ITEM_HEXAGON:
      {
        double inset = MIN (w / 4, h / 2);

        cairo_move_to (cr, x + inset, y);
        cairo_line_to (cr, x + w - inset, y);
        cairo_line_to (cr, x + w, cy);
        cairo_line_to (cr, x + w - inset, y + h);
        cairo_line_to (cr, x + inset, y + h);
        cairo_line_to (cr, x, cy);
        cairo_close_path (cr);
      }
      return 0;
    case BR_ITEM_CYLINDER:
      {
        double cap = MIN (h * 0.3, w * 0.5);

        cairo_move_to (cr, x, y + cap / 2);
        cairo_line_to (cr, x, y + h - cap / 2);
        /* the bottom's front, left to right; the top's back, right to left */
        ellipse_arc (cr, cx, y + h - cap / 2, w / 2, cap / 2, G_PI, 0);
        cairo_line_to (cr, x + w, y + cap / 2);
        ellipse_arc (cr, cx, y + cap / 2, w / 2, cap / 2, 0, -G_PI);
        cairo_close_path (cr);
        return cap;
      }
    case BR_ITEM_CLOUD:
      cloud_path (cr, x, y, w, h);
      return 0;
    case BR_ITEM_RECTANGLE:
    default:
      cairo_rectangle (cr, x, y, w, h);
      return 0;
    }
}

/**
 * br_item_trace_outline:
 *
 * Adds @item's outline to @cr's path, in board units (the box for text,
 * nothing for arrows and strokes): what the canvas highlights when an
 * arrow end is about to bind to it.
 */
void
br_item_trace_outline (cairo_t      *cr,
                       const BrItem *item)
{
  BrItemKind kind = item->kind == BR_ITEM_STENCIL ? br_stencil_get_base_shape (item->stencil) : item->kind;

  if (item->kind == BR_ITEM_ARROW || item->kind == BR_ITEM_STROKE)
    return;
  if (item->kind == BR_ITEM_TEXT)
    cairo_rectangle (cr, item->x, item->y, item->width, item->height);
  else
    shape_path (cr, kind, item->x, item->y, item->width, item->height);
}

static void
set_line (cairo_t               *cr,
          const BrItem          *item,
          const BrRenderOptions *options)
{
  double width = br_stroke_width_to_double (item->stroke_width);
  /* never thinner than a pixel on screen, or it fades away zoomed out */
  double line = MAX (width, 0.75 / options->scale);

  cairo_set_line_width (cr, line);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  switch (item->line_style)
    {
    case BR_LINE_DASHED:
      {
        double dashes[] = { 4 * line + 4, 3 * line + 3 };
        cairo_set_dash (cr, dashes, 2, 0);
        cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
      }
      break;
    case BR_LINE_DOTTED:
      {
        double dots[] = { 0, 2 * line + 2 };
        cairo_set_dash (cr, dots, 2, 0);
        cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
      }
      break;
    default:
      cairo_set_dash (cr, NULL, 0, 0);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
      break;
    }
}

static void
draw_shape (cairo_t               *cr,
            const BrItem          *item,
            const BrRenderOptions *options,
            BrRenderStats         *stats)
{
  BrItemKind kind = item->kind == BR_ITEM_STENCIL ? br_stencil_get_base_shape (item->stencil) : item->kind;
  double x = item->x, y = item->y, w = item->width, h = item->height;
  double stroke[3], fill[3], cap;

  br_palette_get_stroke (item->stroke_color, options->style, stroke);
  br_palette_get_fill (item->fill_color, options->style, fill);

  if (item->kind != BR_ITEM_TEXT)
    {
      cap = shape_path (cr, kind, x, y, w, h);
      if (item->filled)
        {
          set_rgb (cr, fill);
          cairo_fill_preserve (cr);
        }
      set_line (cr, item, options);
      set_rgb (cr, stroke);
      cairo_stroke (cr);
      if (cap > 0)
        {
          cairo_new_path (cr);
          ellipse_arc (cr, x + w / 2, y + cap / 2, w / 2, cap / 2, 0, G_PI);
          cairo_stroke (cr);
          y += cap;
          h -= cap;
        }
    }
  else if (item->filled)
    {
      set_rgb (cr, fill);
      cairo_rectangle (cr, x, y, w, h);
      cairo_fill (cr);
    }

  if (item->kind == BR_ITEM_STENCIL)
    {
      double size = MIN (MIN (h * 0.4, w * 0.4), 32.0);

      if (options->full_detail || size * options->scale >= 3)
        {
          set_rgb (cr, stroke);
          cairo_set_dash (cr, NULL, 0, 0);
          br_stencil_draw_icon (cr, item->stencil, x + w / 2,
                                item->label[0] ? y + h * 0.32 : y + h / 2, size);
        }
    }

  if (item->label[0] != '\0')
    {
      BrRect area;

      br_item_get_text_area (item, TRUE, &area);
      draw_label (cr, item, area.x, area.y, area.width, area.height, options, stats);
    }
}

/* ---------------------------------------------------------------------- */
/* Arrows and strokes                                                      */

static void
arrowhead (cairo_t       *cr,
           const BrPoint *tip,
           const BrPoint *from,
           double         line)
{
  double dx = tip->x - from->x, dy = tip->y - from->y;
  double len = hypot (dx, dy), size = 8 + 2.5 * line;
  double ux, uy;

  if (len <= 0)
    return;
  ux = dx / len;
  uy = dy / len;
  cairo_move_to (cr, tip->x, tip->y);
  cairo_line_to (cr, tip->x - size * ux + size * 0.45 * uy, tip->y - size * uy - size * 0.45 * ux);
  cairo_line_to (cr, tip->x - size * ux - size * 0.45 * uy, tip->y - size * uy + size * 0.45 * ux);
  cairo_close_path (cr);
  cairo_fill (cr);
}

static void
draw_arrow (cairo_t               *cr,
            const BrItem          *item,
            const BrRenderOptions *options,
            BrRenderStats         *stats)
{
  BrPoint path[4];
  guint n = br_item_get_path (item, path);
  double stroke[3];
  double line = MAX (br_stroke_width_to_double (item->stroke_width), 0.75 / options->scale);

  br_palette_get_stroke (item->stroke_color, options->style, stroke);
  set_rgb (cr, stroke);
  set_line (cr, item, options);
  cairo_move_to (cr, path[0].x, path[0].y);
  for (guint i = 1; i < n; i++)
    cairo_line_to (cr, path[i].x, path[i].y);
  cairo_stroke (cr);

  if (item->heads == BR_HEADS_END || item->heads == BR_HEADS_BOTH)
    arrowhead (cr, &path[n - 1], &path[n - 2], line);
  if (item->heads == BR_HEADS_START || item->heads == BR_HEADS_BOTH)
    arrowhead (cr, &path[0], &path[1], line);

  if (text_visible (item, options))
    {
      /* On the middle of the middle segment, over a patch of background */
      guint mid = (n - 1) / 2;
      double cx = (path[mid].x + path[mid + 1].x) / 2, cy = (path[mid].y + path[mid + 1].y) / 2;
      gboolean had_cache = item->render_cache != NULL;
      LabelCache *cache = get_label ((BrItem *) item, BR_ARROW_LABEL_WIDTH, stats);
      PangoRectangle ink;
      double bg[3];

      pango_layout_get_pixel_extents (cache->layout, NULL, &ink);
      br_palette_get_background (options->style, bg);
      set_rgb (cr, bg);
      cairo_rectangle (cr, cx - ink.width / 2.0 - 3, cy - ink.height / 2.0 - 1, ink.width + 6, ink.height + 2);
      cairo_fill (cr);
      draw_label (cr, item, cx - BR_ARROW_LABEL_WIDTH / 2, cy - ink.height / 2.0, BR_ARROW_LABEL_WIDTH, ink.height,
                  options, stats);
      release_label ((BrItem *) item, had_cache, options);
    }
}

static void
draw_stroke (cairo_t               *cr,
             const BrItem          *item,
             const BrRenderOptions *options)
{
  double stroke[3];

  br_palette_get_stroke (item->stroke_color, options->style, stroke);
  set_rgb (cr, stroke);
  set_line (cr, item, options);
  cairo_move_to (cr, item->points[0].x, item->points[0].y);
  if (item->n_points == 1)
    cairo_line_to (cr, item->points[0].x, item->points[0].y);
  for (guint i = 1; i < item->n_points; i++)
    cairo_line_to (cr, item->points[i].x, item->points[i].y);
  cairo_stroke (cr);
}

/* ---------------------------------------------------------------------- */
/* Entry points                                                            */

static gboolean
options_valid (const BrRenderOptions *options)
{
  return options->scale > 0 && isfinite (options->scale) &&
         isfinite (options->offset_x) && isfinite (options->offset_y);
}

/* Level of detail: items smaller than this on screen, in device units, are
 * drawn as plain boxes and lines, gathered by colour and drawn in one go
 * after the others (a whole board zoomed out is thousands of them) */
#define SIMPLE_SIZE 8.0

typedef struct {
  GArray *fills[BR_PALETTE_SIZE];    /* BrRect */
  GArray *boxes[BR_PALETTE_SIZE];    /* BrRect, outlined */
  GArray *lines[BR_PALETTE_SIZE];    /* BrPoint pairs */
} Batch;

static void
batch_clear (Batch *batch)
{
  for (guint i = 0; i < BR_PALETTE_SIZE; i++)
    {
      g_clear_pointer (&batch->fills[i], g_array_unref);
      g_clear_pointer (&batch->boxes[i], g_array_unref);
      g_clear_pointer (&batch->lines[i], g_array_unref);
    }
}

static void
batch_add (GArray      **array,
           gconstpointer data,
           guint         size,
           guint         n)
{
  if (*array == NULL)
    *array = g_array_sized_new (FALSE, FALSE, size, 256);
  g_array_append_vals (*array, data, n);
}

static void
simplify (Batch        *batch,
          const BrItem *item)
{
  BrRect box;

  br_item_get_bounds (item, &box);
  if (item->kind == BR_ITEM_ARROW)
    {
      BrPoint ends[2] = { { item->ends[0].x, item->ends[0].y }, { item->ends[1].x, item->ends[1].y } };

      batch_add (&batch->lines[item->stroke_color], ends, sizeof (BrPoint), 2);
    }
  else if (item->kind == BR_ITEM_STROKE)
    batch_add (&batch->boxes[item->stroke_color], &box, sizeof box, 1);
  else if (item->filled)
    batch_add (&batch->fills[item->fill_color], &box, sizeof box, 1);
  else if (item->kind != BR_ITEM_TEXT)
    batch_add (&batch->boxes[item->stroke_color], &box, sizeof box, 1);
}

static void
batch_draw (Batch                 *batch,
            cairo_t               *cr,
            const BrRenderOptions *options)
{
  double min_size = 1 / options->scale, rgb[3];

  cairo_set_dash (cr, NULL, 0, 0);
  cairo_set_line_width (cr, 0.75 / options->scale);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
  for (guint c = 0; c < BR_PALETTE_SIZE; c++)
    {
      if (batch->fills[c] != NULL)
        {
          cairo_new_path (cr);
          for (guint i = 0; i < batch->fills[c]->len; i++)
            {
              const BrRect *r = &g_array_index (batch->fills[c], BrRect, i);

              cairo_rectangle (cr, r->x, r->y, MAX (r->width, min_size), MAX (r->height, min_size));
            }
          br_palette_get_fill (c, options->style, rgb);
          set_rgb (cr, rgb);
          cairo_fill (cr);
        }
      if (batch->boxes[c] != NULL || batch->lines[c] != NULL)
        {
          cairo_new_path (cr);
          for (guint i = 0; batch->boxes[c] && i < batch->boxes[c]->len; i++)
            {
              const BrRect *r = &g_array_index (batch->boxes[c], BrRect, i);

              cairo_rectangle (cr, r->x, r->y, r->width, r->height);
            }
          for (guint i = 0; batch->lines[c] && i + 1 < batch->lines[c]->len; i += 2)
            {
              const BrPoint *p = &g_array_index (batch->lines[c], BrPoint, i);

              cairo_move_to (cr, p[0].x, p[0].y);
              cairo_line_to (cr, p[1].x, p[1].y);
            }
          br_palette_get_stroke (c, options->style, rgb);
          set_rgb (cr, rgb);
          cairo_stroke (cr);
        }
    }
}

/* Draws one item in board units (the matrix is already set up), or adds
 * it to @batch when it is small on screen */
static void
render_one (const BrItem          *item,
            cairo_t               *cr,
            const BrRenderOptions *options,
            Batch                 *batch,
            BrRenderStats         *stats)
{
  double size = MAX (item->width, item->height) * options->scale;

  if (stats)
    stats->items_drawn++;

  if (batch != NULL && size < SIMPLE_SIZE && !text_visible (item, options))
    {
      simplify (batch, item);
      if (stats)
        stats->items_simplified++;
      return;
    }

  switch (item->kind)
    {
    case BR_ITEM_ARROW:
      draw_arrow (cr, item, options, stats);
      break;
    case BR_ITEM_STROKE:
      draw_stroke (cr, item, options);
      break;
    default:
      draw_shape (cr, item, options, stats);
      break;
    }
}

static void
begin (cairo_t               *cr,
       const BrRenderOptions *options)
{
  cairo_save (cr);
  cairo_translate (cr, options->offset_x, options->offset_y);
  cairo_scale (cr, options->scale, options->scale);
}

/**
 * br_item_render:
 *
 * Draws one item (the canvas keeps a render node per item).
 */
void
br_item_render (const BrItem          *item,
                cairo_t               *cr,
                const BrRenderOptions *options,
                BrRenderStats         *stats)
{
  g_return_if_fail (item != NULL && cr != NULL && options != NULL);

  if (!options_valid (options))
    return;
  begin (cr, options);
  render_one (item, cr, options, NULL, stats);
  cairo_restore (cr);
}

/**
 * br_board_render_items:
 * @items: (element-type BrItem): items in z-order (an export of the selection)
 */
void
br_board_render_items (GPtrArray             *items,
                       cairo_t               *cr,
                       const BrRenderOptions *options,
                       BrRenderStats         *stats)
{
  Batch batch = { { NULL } };

  g_return_if_fail (items != NULL && cr != NULL && options != NULL);

  if (!options_valid (options))
    return;
  if (options->background)
    {
      double bg[3];

      br_palette_get_background (options->style, bg);
      set_rgb (cr, bg);
      cairo_paint (cr);
    }
  begin (cr, options);
  for (guint i = 0; i < items->len; i++)
    render_one (g_ptr_array_index (items, i), cr, options, options->full_detail ? NULL : &batch, stats);
  batch_draw (&batch, cr, options);
  cairo_restore (cr);
  batch_clear (&batch);
}

/**
 * br_board_render:
 *
 * Draws the items of @board that reach into @cr's clip area (found through
 * the spatial index), bottom first.
 */
void
br_board_render (BrBoard               *board,
                 cairo_t               *cr,
                 const BrRenderOptions *options,
                 BrRenderStats         *stats)
{
  g_autoptr(GPtrArray) items = NULL;
  double x1, y1, x2, y2;
  BrRect visible;

  g_return_if_fail (BR_IS_BOARD (board) && cr != NULL && options != NULL);

  if (!options_valid (options))
    return;
  cairo_clip_extents (cr, &x1, &y1, &x2, &y2);
  visible.x = (x1 - options->offset_x) / options->scale - CULL_MARGIN;
  visible.y = (y1 - options->offset_y) / options->scale - CULL_MARGIN;
  visible.width = (x2 - x1) / options->scale + 2 * CULL_MARGIN;
  visible.height = (y2 - y1) / options->scale + 2 * CULL_MARGIN;

  items = br_board_query_rect (board, &visible, FALSE);
  br_board_render_items (items, cr, options, stats);
}
