/* br-canvas-traffic.c — the traffic overlay: each component's load and
 * utilisation next to it, over-capacity components in the theme's warning
 * and error colours, busier arrows drawn heavier
 *
 * The overlay is drawn from a review computed before the frame (the board
 * page's BrReviewTracker, once per frame at most): a frame only looks up
 * the components in view. Their captions are laid out once per review and
 * kept, so a panning frame only paints them. Exports never draw it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>
#include <math.h>

#include "br-canvas-private.h"
#include "br-units.h"

/* Captions are skipped when this many components are in view, or below
 * this zoom: they could not be read (the colours stay) */
#define MAX_CAPTIONS 400
#define MIN_CAPTION_ZOOM 0.3

static void
theme_color (BrCanvas   *self,
             const char *name,
             const char *fallback,
             GdkRGBA    *color)
{
  if (!gtk_style_context_lookup_color (gtk_widget_get_style_context (GTK_WIDGET (self)), name, color))
    gdk_rgba_parse (color, fallback);
}

/**
 * br_canvas_format_traffic:
 *
 * Returns: a component's caption on the overlay: "12k/s · 80%", or the
 *   load alone when its capacity is unknown, "down" when drilled down
 */
char *
br_canvas_format_traffic (const BrReviewNode *node)
{
  g_autofree char *load = NULL;

  if (node->down)
    /* Translators: a component taken down by a failure drill, on the traffic overlay */
    return g_strdup (_("down"));
  load = br_units_format (node->in, BR_UNIT_RATE, 2);
  if (node->utilization > 0)
    /* Translators: a component's load and utilisation on the traffic overlay: "12k/s · 80%" */
    return g_strdup_printf (_("%s · %.0f%%"), load, node->utilization * 100.0);
  return g_steal_pointer (&load);
}

static PangoLayout *
caption_layout (BrCanvas           *self,
                const BrReviewNode *node)
{
  PangoLayout *layout;
  g_autofree char *text = NULL;

  if (self->traffic_layouts == NULL)
    self->traffic_layouts = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
  layout = g_hash_table_lookup (self->traffic_layouts, node->item_id);
  if (layout != NULL)
    return layout;

  text = br_canvas_format_traffic (node);
  layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
  g_hash_table_insert (self->traffic_layouts, (gpointer) node->item_id, layout);
  return layout;
}

static void
draw_arrow (BrCanvas           *self,
            cairo_t            *cr,
            const BrItem       *item,
            const BrReviewEdge *edge,
            double              busiest,
            const GdkRGBA      *color)
{
  BrPoint path[4];
  guint n = br_item_get_path (item, path);
  double load = edge->read + edge->write;
  double width;

  if (!(load > 0) || edge->cut)
    return;
  /* 2 to 12 pixels, by the arrow's share of the busiest arrow's load on a
   * log scale: a thousand times less is still visible */
  width = 2.0 + 10.0 * CLAMP (1.0 + log10 (load / busiest) / 3.0, 0.0, 1.0);
  for (guint i = 0; i < n; i++)
    {
      double wx, wy;

      br_canvas_board_to_widget (self, path[i].x, path[i].y, &wx, &wy);
      if (i == 0)
        cairo_move_to (cr, wx, wy);
      else
        cairo_line_to (cr, wx, wy);
    }
  cairo_set_line_width (cr, width);
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, 0.35);
  cairo_stroke (cr);
}

static void
draw_component (BrCanvas           *self,
                cairo_t            *cr,
                const BrItem       *item,
                const BrReviewNode *node,
                gboolean            captions,
                const GdkRGBA      *warning,
                const GdkRGBA      *error)
{
  const GdkRGBA *color = node->down || node->saturated || node->utilization >= 1.0 ? error
                       : node->utilization > 0.7 ? warning : NULL;
  double x1, y1, x2, y2;

  br_canvas_board_to_widget (self, item->x, item->y, &x1, &y1);
  br_canvas_board_to_widget (self, item->x + item->width, item->y + item->height, &x2, &y2);

  if (color != NULL)
    {
      cairo_save (cr);
      cairo_translate (cr, self->offset_x, self->offset_y);
      cairo_scale (cr, self->zoom, self->zoom);
      br_item_trace_outline (cr, item);
      cairo_restore (cr);
      cairo_set_source_rgba (cr, color->red, color->green, color->blue, 0.2);
      cairo_fill_preserve (cr);
      gdk_cairo_set_source_rgba (cr, color);
      cairo_set_line_width (cr, 3);
      cairo_stroke (cr);
    }

  if (captions && (node->in > 0 || node->down))
    {
      PangoLayout *layout = caption_layout (self, node);
      int width, height;
      double cx, cy;

      pango_layout_get_pixel_size (layout, &width, &height);
      cx = round ((x1 + x2 - width) / 2.0);
      cy = round (y2 + 4);
      cairo_rectangle (cr, cx - 4, cy - 1, width + 8, height + 2);
      if (color != NULL)
        gdk_cairo_set_source_rgba (cr, color);
      else
        cairo_set_source_rgba (cr, 0.2, 0.2, 0.2, 0.85);
      cairo_fill (cr);
      /* Dark text on a light theme colour (the dark style's warning yellow) */
      if (color != NULL && 0.2126 * color->red + 0.7152 * color->green + 0.0722 * color->blue > 0.5)
        cairo_set_source_rgb (cr, 0, 0, 0);
      else
        cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_move_to (cr, cx, cy);
      pango_cairo_show_layout (cr, layout);
    }
}

/* Draws the overlay over the board, in widget coordinates */
void
_br_canvas_draw_traffic (BrCanvas *self,
                         cairo_t  *cr,
                         int       width,
                         int       height)
{
  g_autoptr(GPtrArray) items = NULL;
  GdkRGBA accent, warning, error;
  BrRect view;
  double bx1, by1, bx2, by2;
  double busiest = 0;
  guint n_components = 0;
  gboolean captions;

  if (self->traffic == NULL || self->board == NULL)
    return;

  br_canvas_widget_to_board (self, 0, 0, &bx1, &by1);
  br_canvas_widget_to_board (self, width, height, &bx2, &by2);
  view.x = bx1 - BR_RENDER_MARGIN;
  view.y = by1 - BR_RENDER_MARGIN;
  view.width = bx2 - bx1 + 2 * BR_RENDER_MARGIN;
  view.height = by2 - by1 + 2 * BR_RENDER_MARGIN;
  items = br_board_query_rect (self->board, &view, FALSE);

  theme_color (self, "accent_color", "#3584e4", &accent);
  theme_color (self, "warning_color", "#9c6e03", &warning);
  theme_color (self, "error_color", "#c01c28", &error);

  for (guint i = 0; i < br_review_get_n_edges (self->traffic); i++)
    {
      const BrReviewEdge *edge = br_review_get_edge (self->traffic, i);

      busiest = MAX (busiest, edge->read + edge->write);
    }
  for (guint i = 0; i < items->len; i++)
    if (br_item_can_be_component (g_ptr_array_index (items, i)))
      n_components++;
  captions = self->zoom >= MIN_CAPTION_ZOOM && n_components <= MAX_CAPTIONS;

  cairo_save (cr);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  for (guint i = 0; i < items->len; i++)
    {
      const BrItem *item = g_ptr_array_index (items, i);

      if (item->kind == BR_ITEM_ARROW && busiest > 0)
        {
          const BrReviewEdge *edge = br_review_find_edge (self->traffic, item->id);

          if (edge != NULL)
            draw_arrow (self, cr, item, edge, busiest, &accent);
        }
      else if (br_item_can_be_component (item))
        {
          const BrReviewNode *node = br_review_find_node (self->traffic, item->id);

          if (node != NULL)
            draw_component (self, cr, item, node, captions, &warning, &error);
        }
    }
  cairo_restore (cr);
}

/**
 * br_canvas_set_traffic:
 * @review: (nullable): the review whose traffic to show over the board,
 *   or %NULL for no overlay
 *
 * Shows the traffic overlay, drawn from @review until the next call.
 */
void
br_canvas_set_traffic (BrCanvas *self,
                       BrReview *review)
{
  g_return_if_fail (BR_IS_CANVAS (self));

  if (self->traffic == review)
    return;
  if (review != NULL)
    br_review_ref (review);
  g_clear_pointer (&self->traffic, br_review_unref);
  self->traffic = review;
  /* The captions of the last review */
  g_clear_pointer (&self->traffic_layouts, g_hash_table_unref);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * br_canvas_get_traffic:
 *
 * Returns: (transfer none) (nullable): the review the overlay shows
 */
BrReview *
br_canvas_get_traffic (BrCanvas *self)
{
  g_return_val_if_fail (BR_IS_CANVAS (self), NULL);
  return self->traffic;
}

/**
 * br_canvas_reveal_items:
 * @ids: a %NULL-terminated list of items
 *
 * Brings the items into view: pans so that they are centred when they are
 * not all in view, and zooms out when they would not fit.
 */
void
br_canvas_reveal_items (BrCanvas           *self,
                        const char * const *ids)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  double x1 = G_MAXDOUBLE, y1 = G_MAXDOUBLE, x2 = -G_MAXDOUBLE, y2 = -G_MAXDOUBLE;
  double wx1, wy1, wx2, wy2;
  gboolean any = FALSE;

  g_return_if_fail (BR_IS_CANVAS (self));

  for (guint i = 0; self->board != NULL && ids != NULL && ids[i] != NULL; i++)
    {
      const BrItem *item = br_board_lookup (self->board, ids[i]);
      BrRect box;

      if (item == NULL)
        continue;
      br_item_get_bounds (item, &box);
      x1 = MIN (x1, box.x);
      y1 = MIN (y1, box.y);
      x2 = MAX (x2, box.x + box.width);
      y2 = MAX (y2, box.y + box.height);
      any = TRUE;
    }
  if (!any || width <= 0 || height <= 0)
    return;

  br_canvas_board_to_widget (self, x1, y1, &wx1, &wy1);
  br_canvas_board_to_widget (self, x2, y2, &wx2, &wy2);
  if (wx1 >= 0 && wy1 >= 0 && wx2 <= width && wy2 <= height)
    return;
  if (wx2 - wx1 > width - 48 || wy2 - wy1 > height - 48)
    {
      double zoom = MIN ((width - 48) / MAX (x2 - x1, 1), (height - 48) / MAX (y2 - y1, 1));

      br_canvas_set_zoom (self, zoom, width / 2.0, height / 2.0);
      br_canvas_board_to_widget (self, x1, y1, &wx1, &wy1);
      br_canvas_board_to_widget (self, x2, y2, &wx2, &wy2);
    }
  br_canvas_pan (self, width / 2.0 - (wx1 + wx2) / 2.0, height / 2.0 - (wy1 + wy2) / 2.0);
}
