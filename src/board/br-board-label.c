/* br-board-label.c — where labels go, how they are laid out, and the box a
 * shape needs to hold its label
 *
 * One place decides a label's text area (inside the outline: a cylinder's
 * body, a hexagon's middle, a cloud's belly, the part of a stencil under
 * its icon) and the Pango settings it is laid out with, so the renderer,
 * the exports, the canvas's label editor and the "grow to fit" rule agree.
 *
 * Labels of shapes wrap at word boundaries only, never inside a word and
 * never with a hyphen; a shape grows when its label would not fit.
 * Standalone text never wraps: it breaks only where a line break was typed,
 * and its box is the size of its text.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-board"

#include <math.h>
#include <pango/pangocairo.h>

#include "br-board-label.h"

/* Board units between a label and the edge of its text area */
#define PAD_X 4.0
#define PAD_Y 3.0
/* The smallest box a standalone text has */
#define TEXT_MIN_WIDTH 20.0
/* How far a shape may grow for its label (a label has at most a few
 * thousand characters; this only bounds the search) */
#define MAX_GROWTH 1e6

PangoContext *
br_label_get_context (void)
{
  static PangoContext *context;

  if (context == NULL)
    {
      cairo_font_options_t *font_options = cairo_font_options_create ();

      /* Laid out once for every zoom: no hinting that depends on the size */
      cairo_font_options_set_hint_metrics (font_options, CAIRO_HINT_METRICS_OFF);
      cairo_font_options_set_hint_style (font_options, CAIRO_HINT_STYLE_NONE);
      context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
      pango_cairo_context_set_font_options (context, font_options);
      cairo_font_options_destroy (font_options);
    }
  return context;
}

/**
 * br_item_label_wraps:
 *
 * Returns: whether @item's label wraps to its text area: every item but
 *   standalone text, which keeps the lines it was typed with
 */
gboolean
br_item_label_wraps (const BrItem *item)
{
  return item->kind != BR_ITEM_TEXT;
}

/**
 * br_label_layout_setup:
 * @width: the width to wrap at, in board units (ignored for standalone
 *   text, which does not wrap)
 *
 * Sets @layout up to show @text as @item's label, in board units: the
 * item's font size, centred, wrapped at word boundaries with no hyphens.
 */
void
br_label_layout_setup (PangoLayout  *layout,
                       const BrItem *item,
                       const char   *text,
                       double        width)
{
  PangoFontDescription *font = pango_font_description_from_string ("Sans");
  PangoAttrList *attrs = pango_attr_list_new ();

  pango_font_description_set_absolute_size (font, br_font_size_to_double (item->font_size) * PANGO_SCALE);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);

  /* A word too long for its line runs past it rather than being cut with
   * a hyphen ("CloudFro-nt"); shapes grow so that it never has to */
  pango_attr_list_insert (attrs, pango_attr_insert_hyphens_new (FALSE));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);

  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
  if (br_item_label_wraps (item))
    pango_layout_set_width (layout, (int) (MAX (width, 1.0) * PANGO_SCALE));
  else
    pango_layout_set_width (layout, -1);
  pango_layout_set_text (layout, text, -1);
}

/* The band of the body a label may use, as fractions: horizontally
 * [x0, x0 + width], vertically [y0, y1] */
typedef struct {
  double x0, width, y0, y1;
} Band;

/* The text area of a shape of @kind in the box (x, y, w, h) */
static void
shape_text_area (BrItemKind  kind,
                 gboolean    stencil,
                 gboolean    labelled,
                 double      x,
                 double      y,
                 double      w,
                 double      h,
                 BrRect     *area)
{
  Band band = { 0, 1, 0, 1 };

  if (kind == BR_ITEM_CYLINDER)
    {
      /* Below the top cap's front rim, above the bottom's curve */
      double cap = MIN (h * 0.3, w * 0.5);

      y += cap;
      h = MAX (h - cap * 1.5, 0);
    }

  if (kind == BR_ITEM_ROUNDED_RECTANGLE)
    {
      /* Clear of the rounded corners */
      double r = MIN (12.0, MIN (w, h) / 4) * (1 - M_SQRT1_2);

      x += r;
      y += r;
      w = MAX (w - 2 * r, 0);
      h = MAX (h - 2 * r, 0);
    }

  /* A stencil's icon takes the top of its body, its label the bottom */
  if (stencil && labelled)
    band.y0 = 0.55;

  switch (kind)
    {
    case BR_ITEM_ELLIPSE:
      if (stencil && labelled)
        band.x0 = 0.5 - 0.5 * sqrt (1 - 0.9 * 0.9);
      else
        {
          band.x0 = band.y0 = 0.5 - M_SQRT1_2 / 2;
          band.y1 = 0.5 + M_SQRT1_2 / 2;
        }
      break;
    case BR_ITEM_DIAMOND:
      if (stencil && labelled)
        band.x0 = 0.5 - 0.5 * 0.2;
      else
        {
          band.x0 = band.y0 = 0.25;
          band.y1 = 0.75;
        }
      break;
    case BR_ITEM_HEXAGON:
      {
        /* The slanted sides come in by `inset` at the top and bottom */
        double inset = w > 0 ? MIN (w / 4, h / 2) / w : 0;
        double reach = 0.6;

        if (stencil && labelled)
          reach = 1.0;
        else
          {
            band.y0 = 0.5 - reach / 2;
            band.y1 = 0.5 + reach / 2;
          }
        band.x0 = inset * reach;
      }
      break;
    case BR_ITEM_CLOUD:
      band.x0 = 0.22;
      band.y0 = MAX (band.y0, 0.42);
      band.y1 = 0.84;
      break;
    default:
      break;
    }
  band.width = 1 - 2 * band.x0;

  area->x = x + w * band.x0 + PAD_X;
  area->width = MAX (w * band.width - 2 * PAD_X, 1.0);
  area->y = y + h * band.y0 + PAD_Y;
  area->height = MAX (h * (band.y1 - band.y0) - 2 * PAD_Y, 1.0);
}

static void
text_area_for_box (const BrItem *item,
                   gboolean      labelled,
                   const BrRect *box,
                   BrRect       *area)
{
  BrItemKind kind = item->kind == BR_ITEM_STENCIL ? br_stencil_get_base_shape (item->stencil) : item->kind;

  if (item->kind == BR_ITEM_TEXT)
    {
      area->x = box->x + PAD_X;
      area->y = box->y + PAD_Y;
      area->width = MAX (box->width - 2 * PAD_X, 1.0);
      area->height = MAX (box->height - 2 * PAD_Y, 1.0);
      return;
    }
  shape_text_area (kind, item->kind == BR_ITEM_STENCIL, labelled,
                   box->x, box->y, box->width, box->height, area);
}

/**
 * br_item_get_text_area:
 * @labelled: lay it out as for a label (a stencil without one centres its
 *   icon and has no text area of its own)
 *
 * Sets @area to the part of @item's box its label is laid out in, in board
 * units. For an arrow, a box #BR_ARROW_LABEL_WIDTH wide around the middle
 * of its route, one line high.
 */
void
br_item_get_text_area (const BrItem *item,
                       gboolean      labelled,
                       BrRect       *area)
{
  if (item->kind == BR_ITEM_ARROW || item->kind == BR_ITEM_STROKE)
    {
      BrPoint path[4];
      guint n = item->kind == BR_ITEM_ARROW ? br_item_get_path (item, path) : 0;
      double cx = item->x + item->width / 2, cy = item->y + item->height / 2;
      double line = br_font_size_to_double (item->font_size) * 1.25;

      if (n >= 2)
        {
          guint mid = (n - 1) / 2;

          cx = (path[mid].x + path[mid + 1].x) / 2;
          cy = (path[mid].y + path[mid + 1].y) / 2;
        }
      area->x = cx - BR_ARROW_LABEL_WIDTH / 2;
      area->y = cy - line / 2;
      area->width = BR_ARROW_LABEL_WIDTH;
      area->height = line;
      return;
    }
  {
    BrRect box = { item->x, item->y, item->width, item->height };
    text_area_for_box (item, labelled, &box, area);
  }
}

/**
 * br_item_measure_label:
 * @width: the width to wrap at (ignored for standalone text)
 * @text_width: (out) (optional): the widest line, in board units
 * @text_height: (out) (optional): the height of all the lines
 *
 * Measures @text laid out as @item's label would be.
 */
void
br_item_measure_label (const BrItem *item,
                       const char   *text,
                       double        width,
                       double       *text_width,
                       double       *text_height)
{
  g_autoptr(PangoLayout) layout = pango_layout_new (br_label_get_context ());
  PangoRectangle logical;

  br_label_layout_setup (layout, item, text, width);
  pango_layout_get_extents (layout, NULL, &logical);
  if (text_width)
    *text_width = (double) logical.width / PANGO_SCALE;
  if (text_height)
    *text_height = (double) logical.height / PANGO_SCALE;
}

/**
 * br_item_longest_word:
 *
 * Returns: the width of the widest word of @text in @item's font: the
 *   narrowest a text area can be without a word running over its edge
 */
double
br_item_longest_word (const BrItem *item,
                      const char   *text)
{
  g_autoptr(PangoLayout) layout = pango_layout_new (br_label_get_context ());
  PangoLayoutIter *iter;
  double widest = 0;

  /* Wrapped one board unit wide, every word is a line of its own */
  br_label_layout_setup (layout, item, text, 1.0);
  pango_layout_set_width (layout, PANGO_SCALE);
  iter = pango_layout_get_iter (layout);
  do
    {
      PangoRectangle ink;

      /* the logical extent would count the trailing space */
      pango_layout_iter_get_line_extents (iter, &ink, NULL);
      widest = MAX (widest, (double) ink.width / PANGO_SCALE);
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  return widest;
}

/* The smallest size >= @from for which @grows (monotone in it) reaches @need */
typedef double (*Measure) (const BrItem *item, const BrRect *box, double size);

static double
area_width_at (const BrItem *item,
               const BrRect *box,
               double        width)
{
  BrRect b = *box, area;

  b.width = width;
  text_area_for_box (item, TRUE, &b, &area);
  return area.width;
}

static double
area_height_at (const BrItem *item,
                const BrRect *box,
                double        height)
{
  BrRect b = *box, area;

  b.height = height;
  text_area_for_box (item, TRUE, &b, &area);
  return area.height;
}

static double
grow_until (const BrItem *item,
            const BrRect *box,
            double        from,
            double        need,
            Measure       measure)
{
  double lo = from, hi = MAX (from, 1.0);

  if (measure (item, box, from) >= need)
    return from;
  while (measure (item, box, hi) < need && hi < MAX_GROWTH)
    hi *= 2;
  hi = MIN (hi, MAX_GROWTH);
  /* to within a hundredth of a unit, then whole units up */
  for (int i = 0; i < 64 && hi - lo > 0.01; i++)
    {
      double mid = (lo + hi) / 2;

      if (measure (item, box, mid) >= need)
        hi = mid;
      else
        lo = mid;
    }
  return ceil (hi);
}

/**
 * br_item_fit_label:
 * @box: (out): the box @item needs to show @text
 *
 * Works out the box @item needs for @text as its label. A shape keeps its
 * centre and only grows: wide enough for its longest word, tall enough for
 * the wrapped lines. Standalone text takes the size of its lines, around
 * the same centre. Arrows and strokes keep theirs.
 *
 * Returns: whether @box differs from @item's box
 */
gboolean
br_item_fit_label (const BrItem *item,
                   const char   *text,
                   BrRect       *box)
{
  double cx = item->x + item->width / 2, cy = item->y + item->height / 2;

  box->x = item->x;
  box->y = item->y;
  box->width = item->width;
  box->height = item->height;

  if (item->kind == BR_ITEM_ARROW || item->kind == BR_ITEM_STROKE)
    return FALSE;

  if (item->kind == BR_ITEM_TEXT)
    {
      double tw, th;

      br_item_measure_label (item, text, -1, &tw, &th);
      box->width = MAX (ceil (tw + 2 * PAD_X), TEXT_MIN_WIDTH);
      box->height = ceil (th + 2 * PAD_Y);
    }
  else if (text[0] != '\0')
    {
      double word = br_item_longest_word (item, text);

      /* Growing the height can narrow a hexagon's band: settle both */
      for (int round = 0; round < 3; round++)
        {
          BrRect area;
          double th;

          box->width = grow_until (item, box, box->width, word, area_width_at);
          text_area_for_box (item, TRUE, box, &area);
          br_item_measure_label (item, text, area.width, NULL, &th);
          box->height = grow_until (item, box, box->height, th, area_height_at);
          text_area_for_box (item, TRUE, box, &area);
          if (area.width >= word - 0.01)
            break;
        }
    }

  box->x = cx - box->width / 2;
  box->y = cy - box->height / 2;
  return box->width != item->width || box->height != item->height ||
         box->x != item->x || box->y != item->y;
}

/**
 * br_board_set_label_fitted:
 *
 * Sets an item's label and, where it would not fit, grows the item to hold
 * it (see br_item_fit_label()); one undo step, or part of the transaction
 * that is open.
 *
 * Returns: whether anything changed
 */
gboolean
br_board_set_label_fitted (BrBoard    *board,
                           const char *id,
                           const char *text)
{
  const BrItem *item;
  gboolean changed;
  BrRect box;

  g_return_val_if_fail (BR_IS_BOARD (board), FALSE);

  if ((item = br_board_lookup (board, id)) == NULL)
    return FALSE;
  text = text ? text : "";

  br_board_begin_transaction (board);
  changed = br_board_set_label (board, id, text);
  item = br_board_lookup (board, id);
  if (item != NULL && !item->locked && br_item_fit_label (item, text, &box))
    changed |= br_board_set_box (board, id, &box);
  br_board_commit (board);
  return changed;
}
