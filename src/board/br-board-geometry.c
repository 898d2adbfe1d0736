/* br-board-geometry.c — boxes, outlines, hit tests and bindings of items
 *
 * Hit testing (br_item_hit()): a closed shape is hit anywhere inside its
 * outline, filled or not, and within @tolerance outside it (ellipses and
 * diamonds by their exact outline; cylinders, clouds, hexagons, stencils
 * and text by their box). Aiming at the inside of an unfilled box is what
 * people do, and a hollow hit area makes small shapes hard to grab. Arrows
 * and strokes are thin: they are hit only within @tolerance plus half their
 * stroke width of their path, never anywhere else in their box.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-board"

#include <math.h>

#include "br-board-item.h"

double
br_board_clamp_coord (double value)
{
  if (isnan (value))
    return 0.0;
  /* + 0.0 turns -0 into 0, so that files round-trip byte for byte */
  return CLAMP (value, -BR_BOARD_MAX_COORD, BR_BOARD_MAX_COORD) + 0.0;
}

double
br_board_clamp_size (double value)
{
  if (isnan (value))
    return 0.0;
  return CLAMP (value, 0.0, BR_BOARD_MAX_SIZE) + 0.0;
}

gboolean
br_rect_intersects (const BrRect *a,
                    const BrRect *b)
{
  return a->x <= b->x + b->width && b->x <= a->x + a->width &&
         a->y <= b->y + b->height && b->y <= a->y + a->height;
}

gboolean
br_rect_contains_rect (const BrRect *outer,
                       const BrRect *inner)
{
  return inner->x >= outer->x && inner->y >= outer->y &&
         inner->x + inner->width <= outer->x + outer->width &&
         inner->y + inner->height <= outer->y + outer->height;
}

/* Grows @acc to hold @other; an @acc with a negative width is empty */
void
br_rect_union (BrRect       *acc,
               const BrRect *other)
{
  double x1, y1;

  if (acc->width < 0)
    {
      *acc = *other;
      return;
    }
  x1 = MAX (acc->x + acc->width, other->x + other->width);
  y1 = MAX (acc->y + acc->height, other->y + other->height);
  acc->x = MIN (acc->x, other->x);
  acc->y = MIN (acc->y, other->y);
  acc->width = x1 - acc->x;
  acc->height = y1 - acc->y;
}

gboolean
br_item_kind_is_shape (BrItemKind kind)
{
  return kind <= BR_ITEM_HEXAGON || kind == BR_ITEM_STENCIL;
}

/**
 * br_item_is_bindable:
 *
 * Returns: whether an arrow end may be bound to @item (closed shapes,
 *   stencils and text; not arrows or strokes)
 */
gboolean
br_item_is_bindable (const BrItem *item)
{
  return item->kind != BR_ITEM_ARROW && item->kind != BR_ITEM_STROKE;
}

/* The shape an item's outline has, for bindings and hits */
static BrItemKind
outline_kind (const BrItem *item)
{
  if (item->kind == BR_ITEM_STENCIL)
    return br_stencil_get_base_shape (item->stencil);
  return item->kind;
}

void
br_item_get_bounds (const BrItem *item,
                    BrRect       *out)
{
  out->x = item->x;
  out->y = item->y;
  out->width = item->width;
  out->height = item->height;
}

/**
 * br_item_get_path:
 * @out: the points of the arrow's route
 *
 * Returns: the number of points: 2 for a straight arrow, 4 for an elbow
 *   (horizontal, vertical, horizontal through the middle)
 */
guint
br_item_get_path (const BrItem *arrow,
                  BrPoint       out[4])
{
  const BrArrowEnd *s = &arrow->ends[0], *e = &arrow->ends[1];

  out[0].x = s->x;
  out[0].y = s->y;
  if (arrow->routing == BR_ROUTING_ELBOW)
    {
      double mid = s->x + (e->x - s->x) / 2;

      out[1].x = mid;
      out[1].y = s->y;
      out[2].x = mid;
      out[2].y = e->y;
      out[3].x = e->x;
      out[3].y = e->y;
      return 4;
    }
  out[1].x = e->x;
  out[1].y = e->y;
  return 2;
}

static void
bounds_of_points (BrItem        *item,
                  const BrPoint *points,
                  guint          n)
{
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;

  for (guint i = 0; i < n; i++)
    {
      if (i == 0 || points[i].x < x0)
        x0 = points[i].x;
      if (i == 0 || points[i].y < y0)
        y0 = points[i].y;
      if (i == 0 || points[i].x > x1)
        x1 = points[i].x;
      if (i == 0 || points[i].y > y1)
        y1 = points[i].y;
    }
  item->x = x0;
  item->y = y0;
  item->width = x1 - x0;
  item->height = y1 - y0;
}

/**
 * br_item_update_bounds:
 *
 * Derives the box of an arrow (from its ends) or a stroke (from its
 * points); does nothing for other items.
 */
void
br_item_update_bounds (BrItem *item)
{
  if (item->kind == BR_ITEM_ARROW)
    {
      BrPoint ends[2] = { { item->ends[0].x, item->ends[0].y }, { item->ends[1].x, item->ends[1].y } };

      bounds_of_points (item, ends, 2);
    }
  else if (item->kind == BR_ITEM_STROKE)
    bounds_of_points (item, item->points, item->n_points);
}

/* The cloud's outline, as fractions of its box: a start point, then cubic
 * Bézier curves of three points each. The renderer draws it from here. */
static const double cloud_points[] = {
  0.25, 0.88,
  0.04, 0.88, -0.02, 0.55, 0.17, 0.50,
  0.10, 0.24, 0.38, 0.10, 0.50, 0.27,
  0.58, 0.03, 0.92, 0.08, 0.86, 0.38,
  1.04, 0.42, 1.04, 0.86, 0.80, 0.88,
};

const double *
br_cloud_outline (guint *n_values)
{
  *n_values = G_N_ELEMENTS (cloud_points);
  return cloud_points;
}

#define CURVE_STEPS 12
#define MAX_OUTLINE (1 + 4 * CURVE_STEPS + 2 * CURVE_STEPS + 4)

/* The outline of a hexagon, a cloud or a cylinder as a polygon around the
 * box's centre (curves flattened); returns the number of points */
static guint
outline_polygon (BrItemKind  kind,
                 double      hw,
                 double      hh,
                 BrPoint     out[MAX_OUTLINE])
{
  guint n = 0;

  switch (kind)
    {
    case BR_ITEM_HEXAGON:
      {
        double inset = MIN (hw / 2, hh);

        out[n++] = (BrPoint) { -hw + inset, -hh };
        out[n++] = (BrPoint) { hw - inset, -hh };
        out[n++] = (BrPoint) { hw, 0 };
        out[n++] = (BrPoint) { hw - inset, hh };
        out[n++] = (BrPoint) { -hw + inset, hh };
        out[n++] = (BrPoint) { -hw, 0 };
      }
      break;
    case BR_ITEM_CLOUD:
      {
        double w = 2 * hw, h = 2 * hh;
#define CX(i) (cloud_points[i] * w - hw)
#define CY(i) (cloud_points[i] * h - hh)
        out[n++] = (BrPoint) { CX (0), CY (1) };
        for (guint c = 2; c + 5 < G_N_ELEMENTS (cloud_points); c += 6)
          for (guint step = 1; step <= CURVE_STEPS; step++)
            {
              double t = (double) step / CURVE_STEPS, u = 1 - t;
              double b0 = u * u * u, b1 = 3 * u * u * t, b2 = 3 * u * t * t, b3 = t * t * t;

              out[n++] = (BrPoint) {
                b0 * CX (c - 2) + b1 * CX (c) + b2 * CX (c + 2) + b3 * CX (c + 4),
                b0 * CY (c - 1) + b1 * CY (c + 1) + b2 * CY (c + 3) + b3 * CY (c + 5),
              };
            }
#undef CX
#undef CY
      }
      break;
    case BR_ITEM_CYLINDER:
      {
        /* as the renderer draws it: an elliptic cap on top, the front
         * half of one at the bottom */
        double ry = MIN (hh * 0.6, hw) / 2;

        for (guint step = 0; step <= CURVE_STEPS; step++)
          {
            double a = G_PI + G_PI * step / CURVE_STEPS;
            out[n++] = (BrPoint) { hw * cos (a), -hh + ry + ry * sin (a) };
          }
        for (guint step = 0; step <= CURVE_STEPS; step++)
          {
            double a = G_PI * step / CURVE_STEPS;
            out[n++] = (BrPoint) { hw * cos (a), hh - ry + ry * sin (a) };
          }
      }
      break;
    default:
      break;
    }
  return n;
}

/* How far the ray from the centre along (ux, uy) runs before it leaves
 * the polygon for good: the farthest crossing, for outlines with dents */
static double
ray_polygon (const BrPoint *p,
             guint          n,
             double         ux,
             double         uy)
{
  double best = -1;

  for (guint i = 0; i < n; i++)
    {
      const BrPoint *a = &p[i], *b = &p[(i + 1) % n];
      double ex = b->x - a->x, ey = b->y - a->y;
      double denom = ux * ey - uy * ex;
      double t, s;

      if (fabs (denom) < 1e-12)
        continue;
      t = (a->x * ey - a->y * ex) / denom;
      s = (a->x * uy - a->y * ux) / denom;
      if (t >= 0 && s >= -1e-9 && s <= 1 + 1e-9)
        best = MAX (best, t);
    }
  return best;
}

/* How far from the centre, along the unit vector (ux, uy), the outline is */
static double
outline_distance (BrItemKind kind,
                  double     hw,
                  double     hh,
                  double     ux,
                  double     uy)
{
  double ax = fabs (ux), ay = fabs (uy);

  if ((hw <= 0 && ax > 0) || (hh <= 0 && ay > 0))
    {
      /* A flat shape: the ray only runs along it if it is parallel */
      if (hw <= 0 && hh <= 0)
        return 0;
      if (hw <= 0)
        return ax > 0 ? 0 : hh;
      return ay > 0 ? 0 : hw;
    }

  switch (kind)
    {
    case BR_ITEM_ELLIPSE:
      {
        double q = (ax / MAX (hw, 1e-300)) * (ax / MAX (hw, 1e-300)) +
                   (ay / MAX (hh, 1e-300)) * (ay / MAX (hh, 1e-300));
        return q > 0 ? 1.0 / sqrt (q) : 0;
      }
    case BR_ITEM_DIAMOND:
      {
        double q = (hw > 0 ? ax / hw : 0) + (hh > 0 ? ay / hh : 0);
        return q > 0 ? 1.0 / q : 0;
      }
    case BR_ITEM_HEXAGON:
    case BR_ITEM_CLOUD:
    case BR_ITEM_CYLINDER:
      {
        BrPoint polygon[MAX_OUTLINE];
        guint n = outline_polygon (kind, hw, hh, polygon);
        double s = ray_polygon (polygon, n, ux, uy);

        if (s >= 0)
          return s;
      }
      G_GNUC_FALLTHROUGH;
    default:
      {
        double s = G_MAXDOUBLE;

        if (ax > 0)
          s = MIN (s, hw / ax);
        if (ay > 0)
          s = MIN (s, hh / ay);
        return s == G_MAXDOUBLE ? 0 : s;
      }
    }
}

/**
 * br_item_outline_point:
 * @toward_x: where the line through the centre comes from
 *
 * Sets @out to the point where the ray from @item's centre toward
 * (@toward_x, @toward_y) crosses the outline: exact for rectangles,
 * ellipses and diamonds, the box for other shapes. When the point is the
 * centre itself the ray points right.
 */
void
br_item_outline_point (const BrItem *item,
                       double        toward_x,
                       double        toward_y,
                       BrPoint      *out)
{
  double hw = item->width / 2, hh = item->height / 2;
  double cx = item->x + hw, cy = item->y + hh;
  double dx = toward_x - cx, dy = toward_y - cy;
  double len = hypot (dx, dy);
  double ux = 1, uy = 0, s;

  if (len > 0 && isfinite (len))
    {
      ux = dx / len;
      uy = dy / len;
    }
  s = outline_distance (outline_kind (item), hw, hh, ux, uy);
  out->x = cx + ux * s;
  out->y = cy + uy * s;
}

static double
segment_distance (const BrPoint *a,
                  const BrPoint *b,
                  double         x,
                  double         y)
{
  double vx = b->x - a->x, vy = b->y - a->y;
  double len2 = vx * vx + vy * vy;
  double t = 0;

  if (len2 > 0)
    t = CLAMP (((x - a->x) * vx + (y - a->y) * vy) / len2, 0.0, 1.0);
  return hypot (x - (a->x + t * vx), y - (a->y + t * vy));
}

static double
polyline_distance (const BrPoint *points,
                   guint          n,
                   double         x,
                   double         y)
{
  double best;

  if (n == 0)
    return G_MAXDOUBLE;
  best = hypot (x - points[0].x, y - points[0].y);
  for (guint i = 0; i + 1 < n; i++)
    best = MIN (best, segment_distance (&points[i], &points[i + 1], x, y));
  return best;
}

static double
thin_distance (const BrItem *item,
               double        x,
               double        y)
{
  if (item->kind == BR_ITEM_ARROW)
    {
      BrPoint path[4];
      guint n = br_item_get_path (item, path);

      return polyline_distance (path, n, x, y);
    }
  return polyline_distance (item->points, item->n_points, x, y);
}

static gboolean
inside_shape (const BrItem *item,
              double        x,
              double        y,
              double        grow)
{
  double hw = item->width / 2 + grow, hh = item->height / 2 + grow;
  double dx = fabs (x - (item->x + item->width / 2));
  double dy = fabs (y - (item->y + item->height / 2));

  if (dx > hw || dy > hh)
    return FALSE;
  if (hw <= 0 || hh <= 0)
    return dx <= hw && dy <= hh;

  switch (outline_kind (item))
    {
    case BR_ITEM_ELLIPSE:
      return (dx / hw) * (dx / hw) + (dy / hh) * (dy / hh) <= 1.0;
    case BR_ITEM_DIAMOND:
      /* grown by grow·√2 along the axes ≈ grow away from the edges */
      return dx / (hw + grow * 0.4143) + dy / (hh + grow * 0.4143) <= 1.0;
    default:
      return TRUE;
    }
}

/**
 * br_item_hit:
 * @tolerance: how far outside, in board units, still counts
 *
 * See the top of this file for what counts as a hit.
 */
gboolean
br_item_hit (const BrItem *item,
             double        x,
             double        y,
             double        tolerance)
{
  double reach = tolerance + br_stroke_width_to_double (item->stroke_width) / 2;

  if (x < item->x - reach || x > item->x + item->width + reach ||
      y < item->y - reach || y > item->y + item->height + reach)
    return FALSE;

  if (item->kind == BR_ITEM_ARROW || item->kind == BR_ITEM_STROKE)
    return thin_distance (item, x, y) <= reach;
  return inside_shape (item, x, y, reach);
}

/**
 * br_item_distance:
 *
 * Returns: how far (@x, @y) is from @item: 0 inside a closed shape, else
 *   the distance to its outline along the line to its centre; for thin
 *   items the distance to their path
 */
double
br_item_distance (const BrItem *item,
                  double        x,
                  double        y)
{
  BrPoint p;

  if (item->kind == BR_ITEM_ARROW || item->kind == BR_ITEM_STROKE)
    return thin_distance (item, x, y);
  if (inside_shape (item, x, y, 0))
    return 0;
  br_item_outline_point (item, x, y, &p);
  return hypot (x - p.x, y - p.y);
}

/**
 * br_item_translate:
 *
 * Moves an item (for an arrow, the stored positions of both ends: the
 * board derives bound ends again).
 */
void
br_item_translate (BrItem *item,
                   double  dx,
                   double  dy)
{
  switch (item->kind)
    {
    case BR_ITEM_ARROW:
      for (guint i = 0; i < 2; i++)
        {
          item->ends[i].x = br_board_clamp_coord (item->ends[i].x + dx);
          item->ends[i].y = br_board_clamp_coord (item->ends[i].y + dy);
        }
      br_item_update_bounds (item);
      break;
    case BR_ITEM_STROKE:
      for (guint i = 0; i < item->n_points; i++)
        {
          item->points[i].x = br_board_clamp_coord (item->points[i].x + dx);
          item->points[i].y = br_board_clamp_coord (item->points[i].y + dy);
        }
      br_item_update_bounds (item);
      break;
    default:
      item->x = br_board_clamp_coord (item->x + dx);
      item->y = br_board_clamp_coord (item->y + dy);
      break;
    }
}

static void
map_point (const BrRect *from,
           const BrRect *to,
           double       *x,
           double       *y)
{
  double fx = from->width > 0 ? (*x - from->x) / from->width : 0;
  double fy = from->height > 0 ? (*y - from->y) / from->height : 0;

  *x = br_board_clamp_coord (to->x + fx * to->width);
  *y = br_board_clamp_coord (to->y + fy * to->height);
}

/**
 * br_item_set_box:
 * @box: the new box; a negative width or height flips it
 *
 * Resizes an item: a shape takes the box, an arrow's ends and a stroke's
 * points are scaled from the old box into the new one.
 */
void
br_item_set_box (BrItem       *item,
                 const BrRect *box)
{
  BrRect b = *box, old;

  if (b.width < 0)
    {
      b.x += b.width;
      b.width = -b.width;
    }
  if (b.height < 0)
    {
      b.y += b.height;
      b.height = -b.height;
    }
  b.x = br_board_clamp_coord (b.x);
  b.y = br_board_clamp_coord (b.y);
  b.width = br_board_clamp_size (b.width);
  b.height = br_board_clamp_size (b.height);

  br_item_get_bounds (item, &old);
  switch (item->kind)
    {
    case BR_ITEM_ARROW:
      for (guint i = 0; i < 2; i++)
        map_point (&old, &b, &item->ends[i].x, &item->ends[i].y);
      br_item_update_bounds (item);
      break;
    case BR_ITEM_STROKE:
      for (guint i = 0; i < item->n_points; i++)
        map_point (&old, &b, &item->points[i].x, &item->points[i].y);
      br_item_update_bounds (item);
      break;
    default:
      item->x = b.x;
      item->y = b.y;
      item->width = b.width;
      item->height = b.height;
      break;
    }
}
