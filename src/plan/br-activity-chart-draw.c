/* br-activity-chart-draw.c — BrActivityChart's geometry, drawing and
 * tooltips
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>

#include "br-activity-chart-private.h"

#define CELL        13   /* a day's square */
#define GAP         4    /* between squares: room for today's outline */
#define PITCH       (CELL + GAP)
#define RADIUS      3
#define LABEL_GAP   6    /* between the weekday initials and the grid */
#define MONTH_GAP   4    /* between the month names and the grid */
#define LEGEND_GAP  10   /* between the grid and the legend */
#define LEGEND_TEXT_GAP 6
#define RING_OFFSET 2.5f /* today's outline, around its cell */
#define RING_WIDTH  1.5f
#define RING_ROOM   3    /* for the outline past the grid's end */
#define GRID_WIDTH  (BR_ACTIVITY_CHART_N_WEEKS * PITCH - GAP)
#define GRID_HEIGHT (7 * PITCH - GAP)

/* The shades, from the theme: the foreground for an empty day, the accent
 * for the others, so that the light and dark styles both work */
static const float level_alpha[BR_ACTIVITY_CHART_N_LEVELS] = { 0.10f, 0.45f, 0.72f, 1.0f };

/* Where things are, left to right; mirrored for right-to-left text */
typedef struct {
  float x0, y0;          /* the chart's top left, centred in the widget */
  float width, height;
  float label_width;     /* the weekday initials' column */
  float text_height;     /* a line of text */
  float grid_x, grid_y;
  float legend_y;
  gboolean rtl;
} Geometry;

/* The layouts follow the widget's font when its Pango context changes */
static void
ensure_layouts (BrActivityChart *self)
{
  guint serial = pango_context_get_serial (gtk_widget_get_pango_context (GTK_WIDGET (self)));

  if (serial == self->context_serial)
    return;
  self->context_serial = serial;
  for (guint i = 0; i < G_N_ELEMENTS (self->weekday_layouts); i++)
    pango_layout_context_changed (self->weekday_layouts[i]);
  for (guint i = 0; i < G_N_ELEMENTS (self->month_layouts); i++)
    if (self->month_layouts[i] != NULL)
      pango_layout_context_changed (self->month_layouts[i]);
  pango_layout_context_changed (self->less_layout);
  pango_layout_context_changed (self->more_layout);
}

static int
layout_width (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_pixel_extents (layout, NULL, &logical);
  return logical.width;
}

static void
get_geometry (BrActivityChart *self,
              Geometry        *g)
{
  GtkWidget *widget = GTK_WIDGET (self);
  PangoRectangle logical;

  ensure_layouts (self);
  g->label_width = 0;
  for (guint i = 0; i < G_N_ELEMENTS (self->weekday_layouts); i++)
    g->label_width = MAX (g->label_width, layout_width (self->weekday_layouts[i]));
  pango_layout_get_pixel_extents (self->less_layout, NULL, &logical);
  g->text_height = logical.height;

  g->width = g->label_width + LABEL_GAP + GRID_WIDTH + RING_ROOM;
  g->height = g->text_height + MONTH_GAP + GRID_HEIGHT + LEGEND_GAP + MAX (g->text_height, CELL);
  g->x0 = MAX (0, floorf ((gtk_widget_get_width (widget) - g->width) / 2));
  g->y0 = MAX (0, floorf ((gtk_widget_get_height (widget) - g->height) / 2));
  g->grid_x = g->x0 + g->label_width + LABEL_GAP;
  g->grid_y = g->y0 + g->text_height + MONTH_GAP;
  g->legend_y = g->grid_y + GRID_HEIGHT + LEGEND_GAP;
  g->rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
}

/* The left of something @width wide at @x left to right */
static float
place_x (const Geometry *g,
         float           x,
         float           width)
{
  return g->rtl ? 2 * g->x0 + g->width - x - width : x;
}

static void
cell_rect (const Geometry  *g,
           guint            index,
           graphene_rect_t *rect)
{
  float x = g->grid_x + (index / 7) * PITCH;

  graphene_rect_init (rect, place_x (g, x, CELL), g->grid_y + (index % 7) * PITCH, CELL, CELL);
}

void
_br_activity_chart_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  Geometry g;

  get_geometry (BR_ACTIVITY_CHART (widget), &g);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *minimum = *natural = ceilf (g.width);
  else
    *minimum = *natural = ceilf (g.height);
}

static void
append_cell (GtkSnapshot           *snapshot,
             const graphene_rect_t *rect,
             const GdkRGBA         *color)
{
  GskRoundedRect rounded;

  gsk_rounded_rect_init_from_rect (&rounded, rect, RADIUS);
  gtk_snapshot_push_rounded_clip (snapshot, &rounded);
  gtk_snapshot_append_color (snapshot, color, rect);
  gtk_snapshot_pop (snapshot);
}

static void
append_text (GtkSnapshot   *snapshot,
             PangoLayout   *layout,
             float          x,
             float          y,
             const GdkRGBA *color)
{
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

/* Where each month's name goes, left to right, in @x (NAN where it does
 * not show): above the column where the month begins, but never past the
 * grid's end, so a month that begins in the last column still shows in
 * full. Placed right to left, a name that would run into the one after it
 * is left out: the later month, the current one at the end, wins. */
static void
place_month_labels (BrActivityChart *self,
                    const Geometry  *g,
                    float            x[BR_ACTIVITY_CHART_N_WEEKS])
{
  float end = g->grid_x + GRID_WIDTH;
  float next = end + GAP;   /* where the name after this one begins */

  for (int col = BR_ACTIVITY_CHART_N_WEEKS - 1; col >= 0; col--)
    {
      PangoLayout *layout = self->month_layouts[col];
      float width;

      x[col] = NAN;
      if (layout == NULL)
        continue;
      width = layout_width (layout);
      x[col] = MIN (g->grid_x + col * PITCH, end - width);
      if (x[col] + width + GAP > next || x[col] < g->grid_x)
        {
          x[col] = NAN;
          continue;
        }
      next = x[col];
    }
}

static void
append_labels (BrActivityChart *self,
               GtkSnapshot     *snapshot,
               const Geometry  *g,
               const GdkRGBA   *color)
{
  GDateWeekday first = _br_activity_chart_effective_first_weekday (self);
  float month_x[BR_ACTIVITY_CHART_N_WEEKS];

  /* A weekday initial, centred, beside each row */
  for (guint row = 0; row < 7; row++)
    {
      PangoLayout *layout = self->weekday_layouts[(first - 1 + row) % 7];
      float width = layout_width (layout);
      float x = g->x0 + (g->label_width - width) / 2;

      append_text (snapshot, layout, place_x (g, x, width),
                   g->grid_y + row * PITCH + (CELL - g->text_height) / 2, color);
    }

  /* The months' names, each from the column where it starts */
  place_month_labels (self, g, month_x);
  for (guint col = 0; col < BR_ACTIVITY_CHART_N_WEEKS; col++)
    {
      PangoLayout *layout = self->month_layouts[col];

      if (!isnan (month_x[col]))
        append_text (snapshot, layout, place_x (g, month_x[col], layout_width (layout)), g->y0, color);
    }
}

/**
 * br_activity_chart_get_month_rect:
 * @month: a month
 * @rect: (out): where its name is drawn, in widget coordinates
 *
 * Returns: %TRUE if @month's name shows above the grid
 */
gboolean
br_activity_chart_get_month_rect (BrActivityChart *self,
                                  GDateMonth       month,
                                  graphene_rect_t *rect)
{
  float month_x[BR_ACTIVITY_CHART_N_WEEKS];
  Geometry g;

  g_return_val_if_fail (BR_IS_ACTIVITY_CHART (self), FALSE);
  g_return_val_if_fail (rect != NULL, FALSE);

  get_geometry (self, &g);
  place_month_labels (self, &g, month_x);
  for (guint col = 0; col < BR_ACTIVITY_CHART_N_WEEKS; col++)
    if (self->month_of[col] == month && !isnan (month_x[col]))
      {
        float width = layout_width (self->month_layouts[col]);

        graphene_rect_init (rect, place_x (&g, month_x[col], width), g.y0, width, g.text_height);
        return TRUE;
      }
  return FALSE;
}

/* "Less ▢▢▢▢ More", at the grid's end */
static void
append_legend (BrActivityChart *self,
               GtkSnapshot     *snapshot,
               const Geometry  *g,
               const GdkRGBA   *levels,
               const GdkRGBA   *text)
{
  float more_width = layout_width (self->more_layout);
  float less_width = layout_width (self->less_layout);
  float text_y = g->legend_y + (CELL - g->text_height) / 2;
  float x = g->grid_x + GRID_WIDTH - more_width;

  append_text (snapshot, self->more_layout, place_x (g, x, more_width), text_y, text);
  x -= LEGEND_TEXT_GAP + CELL;
  for (int level = BR_ACTIVITY_CHART_N_LEVELS - 1; level >= 0; level--)
    {
      graphene_rect_t rect = GRAPHENE_RECT_INIT (place_x (g, x, CELL), g->legend_y, CELL, CELL);

      append_cell (snapshot, &rect, &levels[level]);
      x -= PITCH;
    }
  x += PITCH - LEGEND_TEXT_GAP - less_width;
  append_text (snapshot, self->less_layout, place_x (g, x, less_width), text_y, text);
}

void
_br_activity_chart_snapshot (GtkWidget   *widget,
                             GtkSnapshot *snapshot)
{
  BrActivityChart *self = BR_ACTIVITY_CHART (widget);
  GtkStyleContext *context = gtk_widget_get_style_context (widget);
  GdkRGBA fg, accent, text, outline;
  GdkRGBA levels[BR_ACTIVITY_CHART_N_LEVELS];
  graphene_rect_t rect;
  GskRoundedRect ring;
  Geometry g;

  get_geometry (self, &g);

  gtk_style_context_get_color (context, &fg);
  if (!gtk_style_context_lookup_color (context, "accent_bg_color", &accent))
    gdk_rgba_parse (&accent, "#3584e4");
  for (guint i = 0; i < BR_ACTIVITY_CHART_N_LEVELS; i++)
    {
      levels[i] = i == 0 ? fg : accent;
      levels[i].alpha *= level_alpha[i];
    }
  text = fg;
  text.alpha *= 0.55f;
  outline = fg;
  outline.alpha *= 0.8f;

  append_labels (self, snapshot, &g, &text);
  for (guint i = 0; i < self->n_days; i++)
    {
      cell_rect (&g, i, &rect);
      append_cell (snapshot, &rect, &levels[br_activity_chart_level_for_count (self->counts[i])]);
    }

  /* Today, outlined in the gap around its cell */
  if (self->n_days > 0)
    {
      cell_rect (&g, self->n_days - 1, &rect);
      graphene_rect_inset (&rect, -RING_OFFSET, -RING_OFFSET);
      gsk_rounded_rect_init_from_rect (&ring, &rect, RADIUS + RING_OFFSET);
      gtk_snapshot_append_border (snapshot, &ring, (float[4]) { RING_WIDTH, RING_WIDTH, RING_WIDTH, RING_WIDTH },
                                  (GdkRGBA[4]) { outline, outline, outline, outline });
    }

  append_legend (self, snapshot, &g, levels, &text);
}

/**
 * br_activity_chart_get_day_rect:
 * @day: a valid date
 * @rect: (out): where @day's cell is, in widget coordinates
 *
 * Returns: %TRUE if @day is shown
 */
gboolean
br_activity_chart_get_day_rect (BrActivityChart *self,
                                const GDate     *day,
                                graphene_rect_t *rect)
{
  Geometry g;
  gint64 index;

  g_return_val_if_fail (BR_IS_ACTIVITY_CHART (self), FALSE);
  g_return_val_if_fail (day != NULL && g_date_valid (day), FALSE);
  g_return_val_if_fail (rect != NULL, FALSE);

  index = (gint64) g_date_get_julian (day) - g_date_get_julian (&self->first);
  if (index < 0 || index >= self->n_days)
    return FALSE;
  get_geometry (self, &g);
  cell_rect (&g, index, rect);
  return TRUE;
}

/**
 * br_activity_chart_get_day_at:
 * @x: a point in widget coordinates
 * @day: (out caller-allocates): the day of the cell at (@x, @y)
 *
 * Returns: %TRUE if there is a day's cell at (@x, @y)
 */
gboolean
br_activity_chart_get_day_at (BrActivityChart *self,
                              double           x,
                              double           y,
                              GDate           *day)
{
  Geometry g;
  double col, row;

  g_return_val_if_fail (BR_IS_ACTIVITY_CHART (self), FALSE);
  g_return_val_if_fail (day != NULL, FALSE);

  get_geometry (self, &g);
  if (g.rtl)
    x = 2 * g.x0 + g.width - x;
  col = floor ((x - g.grid_x) / PITCH);
  row = floor ((y - g.grid_y) / PITCH);
  if (col < 0 || col >= BR_ACTIVITY_CHART_N_WEEKS || row < 0 || row >= 7 ||
      x - g.grid_x - col * PITCH >= CELL || y - g.grid_y - row * PITCH >= CELL ||
      (guint) (col * 7 + row) >= self->n_days)
    return FALSE;

  *day = self->first;
  g_date_add_days (day, (guint) (col * 7 + row));
  return TRUE;
}

gboolean
_br_activity_chart_query_tooltip (GtkWidget  *widget,
                                  int         x,
                                  int         y,
                                  gboolean    keyboard_mode,
                                  GtkTooltip *tooltip)
{
  BrActivityChart *self = BR_ACTIVITY_CHART (widget);
  g_autofree char *text = NULL;
  graphene_rect_t rect;
  GDate day;

  if (keyboard_mode)
    {
      gtk_tooltip_set_text (tooltip, self->summary);
      return TRUE;
    }
  if (!br_activity_chart_get_day_at (self, x, y, &day) ||
      !br_activity_chart_get_day_rect (self, &day, &rect))
    return FALSE;

  text = br_activity_chart_dup_day_text (self, &day);
  gtk_tooltip_set_text (tooltip, text);
  /* Moving to another cell asks again */
  gtk_tooltip_set_tip_area (tooltip, &(GdkRectangle) { floorf (rect.origin.x), floorf (rect.origin.y),
                                                       CELL, CELL });
  return TRUE;
}
