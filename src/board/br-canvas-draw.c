/* br-canvas-draw.c — what the canvas draws: the board, the grid, and the
 * selection, handles, rubber band and stroke in progress over it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <adwaita.h>
#include <math.h>

#include "br-canvas-private.h"

#define HANDLE_SIZE BR_EDITOR_HANDLE_SIZE
#define GRID_STEP BR_EDITOR_GRID_STEP

/* Lines every GRID_STEP board units (or a multiple, zoomed out), one pixel
 * wide, on whole pixels, over the clip area */
static void
draw_grid (BrCanvas *self,
           cairo_t  *cr)
{
  double step = GRID_STEP * self->zoom;
  /* Lines at offset + k·step, rounded down as whole pixels + fraction so
   * that a pan by whole pixels moves them by exactly that (see BrBoardTiles) */
  double ix = floor (self->offset_x), iy = floor (self->offset_y);
  double fx = self->offset_x - ix, fy = self->offset_y - iy;
  double cx1, cy1, cx2, cy2;
  double bg[3];

  while (step < 8)
    step *= 5;
  br_palette_get_stroke (0, _br_canvas_render_style (), bg);
  cairo_set_source_rgba (cr, bg[0], bg[1], bg[2], 0.12);
  cairo_clip_extents (cr, &cx1, &cy1, &cx2, &cy2);
  for (double k = ceil ((cx1 - ix - fx - 1) / step); ix + floor (fx + k * step) < cx2; k++)
    cairo_rectangle (cr, ix + floor (fx + k * step), cy1, 1, cy2 - cy1);
  for (double k = ceil ((cy1 - iy - fy - 1) / step); iy + floor (fy + k * step) < cy2; k++)
    cairo_rectangle (cr, cx1, iy + floor (fy + k * step), cx2 - cx1, 1);
  cairo_fill (cr);
}

/* What lies under the items: the background and the grid (a
 * BrTileUnderlay: the tiles hold it too) */
static void
draw_underlay (cairo_t  *cr,
               gpointer  user_data)
{
  BrCanvas *self = user_data;
  double bg[3];

  br_palette_get_background (_br_canvas_render_style (), bg);
  cairo_set_source_rgb (cr, bg[0], bg[1], bg[2]);
  cairo_paint (cr);
  if (br_board_editor_get_grid (self->board_editor))
    draw_grid (self, cr);
}

static void
selection_color (GtkWidget *widget,
                 GdkRGBA   *color)
{
  if (!gtk_style_context_lookup_color (gtk_widget_get_style_context (widget), "accent_color", color))
    gdk_rgba_parse (color, "#3584e4");
}

static void
draw_overlay (BrCanvas *self,
              cairo_t  *cr)
{
  BrBoardEditor *editor = self->board_editor;
  guint n_selected = br_board_editor_get_n_selected (editor);
  const char *bind_target = br_board_editor_get_bind_target (editor);
  const BrPoint *pen_points;
  guint n_pen_points;
  GdkRGBA accent;
  BrRect box, rubber;
  static const double dash[] = { 4, 3 };

  selection_color (GTK_WIDGET (self), &accent);
  gdk_cairo_set_source_rgba (cr, &accent);
  cairo_set_line_width (cr, 1.5);

  /* The shape an arrow end being dragged will bind to */
  if (bind_target != NULL)
    {
      const BrItem *target = br_board_lookup (self->board, bind_target);

      if (target != NULL)
        {
          cairo_save (cr);
          cairo_translate (cr, self->offset_x, self->offset_y);
          cairo_scale (cr, self->zoom, self->zoom);
          br_item_trace_outline (cr, target);
          cairo_restore (cr);
          cairo_save (cr);
          cairo_set_line_width (cr, 4);
          cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
          cairo_set_source_rgba (cr, accent.red, accent.green, accent.blue, 0.45);
          cairo_stroke (cr);
          cairo_restore (cr);
        }
    }

  /* A dashed box around each selected item */
  cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
  for (guint i = 0; i < n_selected; i++)
    {
      const BrItem *item = br_board_lookup (self->board, br_board_editor_get_selected (editor, i));
      double x1, y1, x2, y2;

      if (item == NULL)
        continue;
      br_canvas_board_to_widget (self, item->x, item->y, &x1, &y1);
      br_canvas_board_to_widget (self, item->x + item->width, item->y + item->height, &x2, &y2);
      cairo_rectangle (cr, floor (x1) - 3.5, floor (y1) - 3.5, ceil (x2 - x1) + 7, ceil (y2 - y1) + 7);
    }
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);

  /* Resize handles of a single shape */
  if (br_board_editor_get_handles_box (editor, &box))
    {
      for (int h = 0; h < BR_N_HANDLES; h++)
        {
          static const double fx[] = { 0, 0.5, 1, 1, 1, 0.5, 0, 0 };
          static const double fy[] = { 0, 0, 0, 0.5, 1, 1, 1, 0.5 };
          double wx, wy;

          br_canvas_board_to_widget (self, box.x + fx[h] * box.width, box.y + fy[h] * box.height, &wx, &wy);
          cairo_rectangle (cr, round (wx) - HANDLE_SIZE / 2 + 0.5, round (wy) - HANDLE_SIZE / 2 + 0.5,
                           HANDLE_SIZE - 1, HANDLE_SIZE - 1);
        }
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_fill_preserve (cr);
      gdk_cairo_set_source_rgba (cr, &accent);
      cairo_stroke (cr);
    }

  /* The ends of a single arrow */
  if (n_selected == 1)
    {
      const BrItem *item = br_board_lookup (self->board, br_board_editor_get_selected (editor, 0));

      if (item != NULL && item->kind == BR_ITEM_ARROW)
        {
          for (int side = 0; side < 2; side++)
            {
              double wx, wy;

              br_canvas_board_to_widget (self, item->ends[side].x, item->ends[side].y, &wx, &wy);
              cairo_new_sub_path (cr);
              cairo_arc (cr, wx, wy, HANDLE_SIZE / 2, 0, 2 * G_PI);
            }
          cairo_set_source_rgb (cr, 1, 1, 1);
          cairo_fill_preserve (cr);
          gdk_cairo_set_source_rgba (cr, &accent);
          cairo_stroke (cr);
        }
    }

  /* The rubber band */
  if (br_board_editor_get_rubber_band (editor, &rubber))
    {
      double x1, y1, x2, y2;

      br_canvas_board_to_widget (self, rubber.x, rubber.y, &x1, &y1);
      br_canvas_board_to_widget (self, rubber.x + rubber.width,
                                 rubber.y + rubber.height, &x2, &y2);
      cairo_rectangle (cr, x1, y1, x2 - x1, y2 - y1);
      cairo_set_source_rgba (cr, accent.red, accent.green, accent.blue, 0.15);
      cairo_fill_preserve (cr);
      gdk_cairo_set_source_rgba (cr, &accent);
      cairo_stroke (cr);
    }

  /* The stroke being drawn */
  pen_points = br_board_editor_get_pen_points (editor, &n_pen_points);
  if (n_pen_points > 1)
    {
      double rgb[3];

      br_palette_get_stroke (br_board_editor_get_style_value (editor, BR_PROP_STROKE_COLOR),
                             _br_canvas_render_style (), rgb);
      cairo_set_source_rgb (cr, rgb[0], rgb[1], rgb[2]);
      cairo_set_line_width (cr, br_stroke_width_to_double (br_board_editor_get_style_value (editor, BR_PROP_STROKE_WIDTH)) * self->zoom);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      for (guint i = 0; i < n_pen_points; i++)
        {
          const BrPoint *p = &pen_points[i];
          double wx, wy;

          br_canvas_board_to_widget (self, p->x, p->y, &wx, &wy);
          if (i == 0)
            cairo_move_to (cr, wx, wy);
          else
            cairo_line_to (cr, wx, wy);
        }
      cairo_stroke (cr);
    }
}

void
_br_canvas_snapshot (GtkWidget   *widget,
                    GtkSnapshot *snapshot)
{
  BrCanvas *self = BR_CANVAS (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  graphene_rect_t bounds = GRAPHENE_RECT_INIT (0, 0, width, height);
  BrRenderOptions options;
  cairo_t *cr;

  if (width <= 0 || height <= 0)
    return;

  if (!self->view_set)
    br_canvas_zoom_to_fit (self);

  cr = gtk_snapshot_append_cairo (snapshot, &bounds);
  if (self->board == NULL)
    draw_underlay (cr, self);
  else
    {
      /* The board comes from tiles drawn at this zoom: a pan by whole
       * pixels draws only the tiles it uncovers */
      br_render_options_init (&options);
      options.scale = self->zoom;
      options.offset_x = self->offset_x;
      options.offset_y = self->offset_y;
      options.style = _br_canvas_render_style ();
      options.background = FALSE;
      options.hidden_label = self->editing_id;
      br_board_tiles_paint (self->tiles, self->board, cr, &options, width, height,
                            gtk_widget_get_scale_factor (widget), draw_underlay, self, NULL);
      _br_canvas_draw_traffic (self, cr, width, height);
      draw_overlay (self, cr);
    }
  cairo_destroy (cr);

  if (self->editor != NULL)
    gtk_widget_snapshot_child (widget, self->editor, snapshot);
}
