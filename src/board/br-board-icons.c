/* br-board-icons.c — the stencils' icons, as small vector glyphs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-board"

#include <math.h>

#include "br-board-render.h"

static void
circle (cairo_t *cr,
        double   x,
        double   y,
        double   r)
{
  cairo_new_sub_path (cr);
  cairo_arc (cr, x, y, r, 0, 2 * G_PI);
}

static void
ellipse (cairo_t *cr,
         double   x,
         double   y,
         double   rx,
         double   ry,
         double   a1,
         double   a2)
{
  cairo_save (cr);
  cairo_translate (cr, x, y);
  cairo_scale (cr, rx, ry);
  cairo_new_sub_path (cr);
  cairo_arc (cr, 0, 0, 1, a1, a2);
  cairo_restore (cr);
}

static void
line (cairo_t *cr,
      double   x1,
      double   y1,
      double   x2,
      double   y2)
{
  cairo_move_to (cr, x1, y1);
  cairo_line_to (cr, x2, y2);
}

/* Each glyph is drawn in a unit box centred on 0, 0 ([-0.5, 0.5]²) */
static void
glyph (cairo_t   *cr,
       BrStencil  stencil)
{
  switch (stencil)
    {
    case BR_STENCIL_CLIENT:           /* a monitor */
      cairo_rectangle (cr, -0.5, -0.42, 1, 0.62);
      line (cr, 0, 0.2, 0, 0.42);
      line (cr, -0.25, 0.42, 0.25, 0.42);
      break;
    case BR_STENCIL_DNS:              /* a globe */
      circle (cr, 0, 0, 0.45);
      ellipse (cr, 0, 0, 0.18, 0.45, 0, 2 * G_PI);
      line (cr, -0.45, 0, 0.45, 0);
      break;
    case BR_STENCIL_CDN:              /* a node and its edges */
      circle (cr, 0, 0, 0.14);
      for (guint i = 0; i < 4; i++)
        {
          double a = G_PI / 4 + i * G_PI / 2;

          line (cr, 0.14 * cos (a), 0.14 * sin (a), 0.34 * cos (a), 0.34 * sin (a));
          circle (cr, 0.42 * cos (a), 0.42 * sin (a), 0.08);
        }
      break;
    case BR_STENCIL_LOAD_BALANCER:    /* one in, three out */
      line (cr, -0.5, 0, -0.1, 0);
      for (int i = -1; i <= 1; i++)
        {
          line (cr, -0.1, 0, 0.4, i * 0.35);
          line (cr, 0.4, i * 0.35, 0.28, i * 0.35 - 0.1);
          line (cr, 0.4, i * 0.35, 0.28, i * 0.35 + 0.1);
        }
      break;
    case BR_STENCIL_API_GATEWAY:      /* < / > */
      line (cr, -0.2, -0.3, -0.45, 0);
      cairo_line_to (cr, -0.2, 0.3);
      line (cr, 0.2, -0.3, 0.45, 0);
      cairo_line_to (cr, 0.2, 0.3);
      line (cr, 0.08, -0.35, -0.08, 0.35);
      break;
    case BR_STENCIL_SERVICE:          /* a gear */
      circle (cr, 0, 0, 0.2);
      circle (cr, 0, 0, 0.35);
      for (guint i = 0; i < 8; i++)
        {
          double a = i * G_PI / 4;

          line (cr, 0.35 * cos (a), 0.35 * sin (a), 0.48 * cos (a), 0.48 * sin (a));
        }
      break;
    case BR_STENCIL_WORKER:           /* a process: play in a circle */
      circle (cr, 0, 0, 0.45);
      cairo_move_to (cr, -0.12, -0.22);
      cairo_line_to (cr, 0.22, 0);
      cairo_line_to (cr, -0.12, 0.22);
      cairo_close_path (cr);
      break;
    case BR_STENCIL_CACHE:            /* a lightning bolt */
      cairo_move_to (cr, 0.1, -0.5);
      cairo_line_to (cr, -0.25, 0.05);
      cairo_line_to (cr, 0.02, 0.05);
      cairo_line_to (cr, -0.1, 0.5);
      cairo_line_to (cr, 0.25, -0.08);
      cairo_line_to (cr, -0.02, -0.08);
      cairo_close_path (cr);
      break;
    case BR_STENCIL_SQL_DATABASE:     /* a small cylinder */
      ellipse (cr, 0, -0.35, 0.4, 0.12, 0, 2 * G_PI);
      line (cr, -0.4, -0.35, -0.4, 0.35);
      line (cr, 0.4, -0.35, 0.4, 0.35);
      ellipse (cr, 0, 0.35, 0.4, 0.12, 0, G_PI);
      ellipse (cr, 0, 0, 0.4, 0.12, 0, G_PI);
      break;
    case BR_STENCIL_NOSQL_STORE:      /* stacked documents */
      cairo_rectangle (cr, -0.4, -0.2, 0.6, 0.65);
      line (cr, -0.25, -0.32, -0.25, -0.2);
      line (cr, -0.25, -0.32, 0.32, -0.32);
      cairo_line_to (cr, 0.32, 0.32);
      cairo_line_to (cr, 0.2, 0.32);
      line (cr, -0.1, -0.45, 0.45, -0.45);
      cairo_line_to (cr, 0.45, 0.2);
      break;
    case BR_STENCIL_MESSAGE_QUEUE:    /* messages in a pipe */
      cairo_rectangle (cr, -0.5, -0.25, 1, 0.5);
      for (guint i = 0; i < 3; i++)
        cairo_rectangle (cr, -0.4 + i * 0.28, -0.14, 0.2, 0.28);
      break;
    case BR_STENCIL_STREAM:           /* waves */
      for (int i = -1; i <= 1; i++)
        {
          cairo_move_to (cr, -0.5, i * 0.3);
          cairo_curve_to (cr, -0.25, i * 0.3 - 0.15, -0.05, i * 0.3 + 0.15, 0.2, i * 0.3);
          cairo_curve_to (cr, 0.3, i * 0.3 - 0.07, 0.4, i * 0.3 - 0.07, 0.5, i * 0.3);
        }
      break;
    case BR_STENCIL_OBJECT_STORAGE:   /* a bucket */
      ellipse (cr, 0, -0.3, 0.45, 0.12, 0, 2 * G_PI);
      line (cr, -0.45, -0.3, -0.32, 0.42);
      cairo_line_to (cr, 0.32, 0.42);
      cairo_line_to (cr, 0.45, -0.3);
      break;
    case BR_STENCIL_SEARCH_INDEX:     /* a magnifier */
      circle (cr, -0.1, -0.1, 0.3);
      line (cr, 0.12, 0.12, 0.45, 0.45);
      break;
    case BR_STENCIL_MONITORING:       /* a pulse */
      line (cr, -0.5, 0.05, -0.25, 0.05);
      cairo_line_to (cr, -0.12, -0.35);
      cairo_line_to (cr, 0.05, 0.4);
      cairo_line_to (cr, 0.2, -0.1);
      cairo_line_to (cr, 0.28, 0.05);
      cairo_line_to (cr, 0.5, 0.05);
      break;
    default:
      cairo_rectangle (cr, -0.4, -0.4, 0.8, 0.8);
      break;
    }
}

/**
 * br_stencil_draw_icon:
 * @size: the icon's width and height, in user units
 *
 * Strokes the stencil's icon centred on (@cx, @cy) with @cr's current
 * source (the stencil palette can draw its buttons with it too).
 */
void
br_stencil_draw_icon (cairo_t   *cr,
                      BrStencil  stencil,
                      double     cx,
                      double     cy,
                      double     size)
{
  g_return_if_fail (cr != NULL);

  if (!(size > 0) || !isfinite (size))
    return;

  cairo_save (cr);
  cairo_new_path (cr);
  cairo_translate (cr, cx, cy);
  cairo_scale (cr, size, size);
  glyph (cr, stencil);
  cairo_restore (cr);

  cairo_save (cr);
  cairo_set_line_width (cr, MAX (size / 14, 0.5));
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_stroke (cr);
  cairo_restore (cr);
}
