/* br-canvas.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>
#include <adwaita.h>
#include <math.h>

#include "br-board-file.h"
#include "br-canvas-private.h"

/**
 * BrCanvas:
 *
 * The whiteboard's drawing surface. It draws a #BrBoard with the same
 * cairo code that exports use, through the spatial index so only what is
 * visible is drawn, and turns pointer gestures into board operations —
 * one undo step per gesture. Gestures call the tool API
 * (br_canvas_pointer_down/motion/up, in board coordinates), which tests
 * call too. The canvas.* actions carry the keyboard: tools, editing,
 * clipboard and zoom.
 */

G_DEFINE_FINAL_TYPE (BrCanvas, br_canvas, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_BOARD,
  PROP_TOOL,
  PROP_STENCIL,
  PROP_ZOOM,
  PROP_GRID,
  PROP_N_SELECTED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define CLIPBOARD_MIME "application/x-bar-raiser-board"
#define HANDLE_SIZE 8.0
#define GRID_STEP 20.0

/* ---------------------------------------------------------------------- */
/* Tools                                                                   */

static const GEnumValue tool_values[] = {
  { BR_TOOL_SELECT, "BR_TOOL_SELECT", "select" },
  { BR_TOOL_HAND, "BR_TOOL_HAND", "hand" },
  { BR_TOOL_RECTANGLE, "BR_TOOL_RECTANGLE", "rectangle" },
  { BR_TOOL_ROUNDED_RECTANGLE, "BR_TOOL_ROUNDED_RECTANGLE", "rounded-rectangle" },
  { BR_TOOL_ELLIPSE, "BR_TOOL_ELLIPSE", "ellipse" },
  { BR_TOOL_DIAMOND, "BR_TOOL_DIAMOND", "diamond" },
  { BR_TOOL_CYLINDER, "BR_TOOL_CYLINDER", "cylinder" },
  { BR_TOOL_CLOUD, "BR_TOOL_CLOUD", "cloud" },
  { BR_TOOL_HEXAGON, "BR_TOOL_HEXAGON", "hexagon" },
  { BR_TOOL_TEXT, "BR_TOOL_TEXT", "text" },
  { BR_TOOL_STENCIL, "BR_TOOL_STENCIL", "stencil" },
  { BR_TOOL_ARROW, "BR_TOOL_ARROW", "arrow" },
  { BR_TOOL_LINE, "BR_TOOL_LINE", "line" },
  { BR_TOOL_PEN, "BR_TOOL_PEN", "pen" },
  { BR_TOOL_ERASER, "BR_TOOL_ERASER", "eraser" },
  { 0, NULL, NULL }
};

GType
br_tool_get_type (void)
{
  static gsize type = 0;

  if (g_once_init_enter (&type))
    g_once_init_leave (&type, g_enum_register_static ("BrTool", tool_values));
  return type;
}

const char *
br_tool_to_string (BrTool tool)
{
  return (guint) tool < BR_N_TOOLS ? tool_values[tool].value_nick : NULL;
}

gboolean
br_tool_from_string (const char *name,
                     BrTool     *tool)
{
  for (guint i = 0; i < BR_N_TOOLS; i++)
    if (g_strcmp0 (tool_values[i].value_nick, name) == 0)
      {
        *tool = tool_values[i].value;
        return TRUE;
      }
  return FALSE;
}

/* ---------------------------------------------------------------------- */
/* View                                                                    */

static BrRenderStyle
render_style (void)
{
  return adw_style_manager_get_dark (adw_style_manager_get_default ()) ? BR_RENDER_DARK : BR_RENDER_LIGHT;
}

void
br_canvas_board_to_widget (BrCanvas *self,
                           double    bx,
                           double    by,
                           double   *wx,
                           double   *wy)
{
  *wx = bx * self->zoom + self->offset_x;
  *wy = by * self->zoom + self->offset_y;
}

void
br_canvas_widget_to_board (BrCanvas *self,
                           double    wx,
                           double    wy,
                           double   *bx,
                           double   *by)
{
  *bx = (wx - self->offset_x) / self->zoom;
  *by = (wy - self->offset_y) / self->zoom;
}

double
br_canvas_get_zoom (BrCanvas *self)
{
  g_return_val_if_fail (BR_IS_CANVAS (self), 1.0);
  return self->zoom;
}

static void
position_editor (BrCanvas *self);

/**
 * br_canvas_set_zoom:
 * @anchor_x: a widget point that stays where it is
 *
 * Zooms between 10% and 1000% around the anchor.
 */
void
br_canvas_set_zoom (BrCanvas *self,
                    double    zoom,
                    double    anchor_x,
                    double    anchor_y)
{
  double bx, by;

  g_return_if_fail (BR_IS_CANVAS (self));

  zoom = CLAMP (zoom, BR_VIEW_MIN_ZOOM, BR_VIEW_MAX_ZOOM);
  if (zoom == self->zoom)
    return;

  br_canvas_widget_to_board (self, anchor_x, anchor_y, &bx, &by);
  self->zoom = zoom;
  self->offset_x = anchor_x - bx * zoom;
  self->offset_y = anchor_y - by * zoom;
  self->view_set = TRUE;
  position_editor (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

void
br_canvas_pan (BrCanvas *self,
               double    dx,
               double    dy)
{
  g_return_if_fail (BR_IS_CANVAS (self));

  self->offset_x += dx;
  self->offset_y += dy;
  self->view_set = TRUE;
  position_editor (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static gboolean
board_bounds (BrCanvas *self,
              BrRect   *bounds)
{
  double x1 = G_MAXDOUBLE, y1 = G_MAXDOUBLE, x2 = -G_MAXDOUBLE, y2 = -G_MAXDOUBLE;
  guint n = self->board ? br_board_get_n_items (self->board) : 0;

  for (guint i = 0; i < n; i++)
    {
      const BrItem *item = br_board_get_item (self->board, i);

      x1 = MIN (x1, item->x);
      y1 = MIN (y1, item->y);
      x2 = MAX (x2, item->x + item->width);
      y2 = MAX (y2, item->y + item->height);
    }
  if (n == 0)
    return FALSE;
  bounds->x = x1;
  bounds->y = y1;
  bounds->width = x2 - x1;
  bounds->height = y2 - y1;
  return TRUE;
}

/**
 * br_canvas_zoom_to_fit:
 *
 * Shows the whole board (at most at 100%), or the origin of an empty one.
 */
void
br_canvas_zoom_to_fit (BrCanvas *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  BrRect b;
  double zoom;

  g_return_if_fail (BR_IS_CANVAS (self));

  if (width <= 0 || height <= 0)
    return;

  if (!board_bounds (self, &b))
    {
      self->zoom = 1.0;
      self->offset_x = width / 2.0;
      self->offset_y = height / 2.0;
    }
  else
    {
      zoom = MIN ((width - 48) / MAX (b.width, 1), (height - 48) / MAX (b.height, 1));
      self->zoom = CLAMP (MIN (zoom, 1.0), BR_VIEW_MIN_ZOOM, BR_VIEW_MAX_ZOOM);
      self->offset_x = width / 2.0 - (b.x + b.width / 2) * self->zoom;
      self->offset_y = height / 2.0 - (b.y + b.height / 2) * self->zoom;
    }
  self->view_set = TRUE;
  position_editor (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

gboolean
br_canvas_get_grid (BrCanvas *self)
{
  g_return_val_if_fail (BR_IS_CANVAS (self), FALSE);
  return self->grid;
}

void
br_canvas_set_grid (BrCanvas *self,
                    gboolean  grid)
{
  g_return_if_fail (BR_IS_CANVAS (self));

  grid = !!grid;
  if (self->grid == grid)
    return;
  self->grid = grid;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GRID]);
}

/* ---------------------------------------------------------------------- */
/* Drawing                                                                 */

static void
draw_grid (BrCanvas *self,
           cairo_t  *cr,
           int       width,
           int       height)
{
  double step = GRID_STEP * self->zoom;
  double bg[3];

  while (step < 8)
    step *= 5;
  br_palette_get_stroke (0, render_style (), bg);
  cairo_set_source_rgba (cr, bg[0], bg[1], bg[2], 0.12);
  for (double x = fmod (self->offset_x, step); x < width; x += step)
    cairo_rectangle (cr, floor (x), 0, 1, height);
  for (double y = fmod (self->offset_y, step); y < height; y += step)
    cairo_rectangle (cr, 0, floor (y), width, 1);
  cairo_fill (cr);
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
  GdkRGBA accent;
  BrRect box;
  static const double dash[] = { 4, 3 };

  selection_color (GTK_WIDGET (self), &accent);
  gdk_cairo_set_source_rgba (cr, &accent);
  cairo_set_line_width (cr, 1.5);

  /* A dashed box around each selected item */
  cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
  for (guint i = 0; i < self->selection->len; i++)
    {
      const BrItem *item = br_board_lookup (self->board, g_ptr_array_index (self->selection, i));
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
  if (_br_canvas_single_box (self, &box))
    {
      for (int h = 0; h < N_HANDLES; h++)
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
  if (self->selection->len == 1)
    {
      const BrItem *item = br_board_lookup (self->board, g_ptr_array_index (self->selection, 0));

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
  if (self->drag == DRAG_RUBBER_BAND)
    {
      double x1, y1, x2, y2;

      br_canvas_board_to_widget (self, self->rubber.x, self->rubber.y, &x1, &y1);
      br_canvas_board_to_widget (self, self->rubber.x + self->rubber.width,
                                 self->rubber.y + self->rubber.height, &x2, &y2);
      cairo_rectangle (cr, x1, y1, x2 - x1, y2 - y1);
      cairo_set_source_rgba (cr, accent.red, accent.green, accent.blue, 0.15);
      cairo_fill_preserve (cr);
      gdk_cairo_set_source_rgba (cr, &accent);
      cairo_stroke (cr);
    }

  /* The stroke being drawn */
  if (self->drag == DRAG_PEN && self->pen_points->len > 1)
    {
      double rgb[3];

      br_palette_get_stroke (self->style[BR_PROP_STROKE_COLOR], render_style (), rgb);
      cairo_set_source_rgb (cr, rgb[0], rgb[1], rgb[2]);
      cairo_set_line_width (cr, br_stroke_width_to_double (self->style[BR_PROP_STROKE_WIDTH]) * self->zoom);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      for (guint i = 0; i < self->pen_points->len; i++)
        {
          BrPoint *p = &g_array_index (self->pen_points, BrPoint, i);
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

static void
br_canvas_snapshot (GtkWidget   *widget,
                    GtkSnapshot *snapshot)
{
  BrCanvas *self = BR_CANVAS (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  graphene_rect_t bounds = GRAPHENE_RECT_INIT (0, 0, width, height);
  BrRenderOptions options;
  double bg[3];
  cairo_t *cr;

  if (width <= 0 || height <= 0)
    return;

  if (!self->view_set)
    br_canvas_zoom_to_fit (self);

  cr = gtk_snapshot_append_cairo (snapshot, &bounds);
  br_palette_get_background (render_style (), bg);
  cairo_set_source_rgb (cr, bg[0], bg[1], bg[2]);
  cairo_paint (cr);

  if (self->grid)
    draw_grid (self, cr, width, height);

  if (self->board != NULL)
    {
      br_render_options_init (&options);
      options.scale = self->zoom;
      options.offset_x = self->offset_x;
      options.offset_y = self->offset_y;
      options.style = render_style ();
      options.background = FALSE;
      br_board_render (self->board, cr, &options, NULL);
      draw_overlay (self, cr);
    }
  cairo_destroy (cr);

  if (self->editor != NULL)
    gtk_widget_snapshot_child (widget, self->editor, snapshot);
}

/* ---------------------------------------------------------------------- */
/* Selection                                                               */

void
_br_canvas_selection_changed (BrCanvas *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_SELECTED]);
}

GStrv
br_canvas_get_selection (BrCanvas *self)
{
  GStrv ids;

  g_return_val_if_fail (BR_IS_CANVAS (self), NULL);

  ids = g_new0 (char *, self->selection->len + 1);
  for (guint i = 0; i < self->selection->len; i++)
    ids[i] = g_strdup (g_ptr_array_index (self->selection, i));
  return ids;
}

void
br_canvas_set_selection (BrCanvas           *self,
                         const char * const *ids)
{
  g_return_if_fail (BR_IS_CANVAS (self));

  g_ptr_array_set_size (self->selection, 0);
  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    if (self->board != NULL && br_board_lookup (self->board, ids[i]) != NULL)
      g_ptr_array_add (self->selection, g_strdup (ids[i]));
  _br_canvas_selection_changed (self);
}

guint
br_canvas_get_n_selected (BrCanvas *self)
{
  g_return_val_if_fail (BR_IS_CANVAS (self), 0);
  return self->selection->len;
}

/* Items removed by an undo, a redo or a delete leave the selection */
static void
board_changed (BrBoard        *board,
               BrBoardChanges *changes,
               BrCanvas       *self)
{
  guint before = self->selection->len;

  for (guint i = self->selection->len; i > 0; i--)
    if (br_board_lookup (board, g_ptr_array_index (self->selection, i - 1)) == NULL)
      g_ptr_array_remove_index (self->selection, i - 1);
  if (self->selection->len != before)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_SELECTED]);

  if (self->editing_id != NULL && br_board_lookup (board, self->editing_id) == NULL)
    br_canvas_cancel_edit (self);

  position_editor (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* ---------------------------------------------------------------------- */
/* Inline label editing                                                    */

static void
position_editor (BrCanvas *self)
{
  if (self->editor != NULL)
    gtk_widget_queue_allocate (GTK_WIDGET (self));
}

static void
finish_edit (BrCanvas *self,
             gboolean  commit)
{
  GtkWidget *editor = self->editor;
  g_autofree char *id = g_steal_pointer (&self->editing_id);

  if (editor == NULL)
    return;

  self->editor = NULL;
  if (commit && self->board != NULL && br_board_lookup (self->board, id) != NULL)
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (editor));
      GtkTextIter start, end;
      g_autofree char *text = NULL;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
      br_board_set_label (self->board, id, text);
    }
  gtk_widget_unparent (editor);
  gtk_widget_grab_focus (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
br_canvas_commit_edit (BrCanvas *self)
{
  g_return_if_fail (BR_IS_CANVAS (self));
  finish_edit (self, TRUE);
}

void
br_canvas_cancel_edit (BrCanvas *self)
{
  g_return_if_fail (BR_IS_CANVAS (self));
  finish_edit (self, FALSE);
}

gboolean
br_canvas_is_editing (BrCanvas *self)
{
  g_return_val_if_fail (BR_IS_CANVAS (self), FALSE);
  return self->editor != NULL;
}

static gboolean
editor_key_pressed (GtkEventControllerKey *controller,
                    guint                  keyval,
                    guint                  keycode,
                    GdkModifierType        state,
                    BrCanvas              *self)
{
  if (keyval == GDK_KEY_Escape)
    {
      finish_edit (self, FALSE);
      return TRUE;
    }
  /* Enter commits; Shift+Enter makes a new line */
  if ((keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter) && !(state & GDK_SHIFT_MASK))
    {
      finish_edit (self, TRUE);
      return TRUE;
    }
  return FALSE;
}

static void
editor_focus_left (GtkEventControllerFocus *controller,
                   BrCanvas                *self)
{
  /* Clicking away commits, after the click has been handled */
  if (self->editor != NULL)
    finish_edit (self, TRUE);
}

/**
 * br_canvas_edit_label:
 * @id: an item with a label (not a freehand stroke)
 *
 * Opens an editor over the item's label. Enter or clicking away commits
 * (one undo step), Escape cancels, Shift+Enter starts a new line.
 */
gboolean
br_canvas_edit_label (BrCanvas   *self,
                      const char *id)
{
  const BrItem *item;
  GtkTextBuffer *buffer;
  GtkEventController *key, *focus;
  GtkTextIter start, end;

  g_return_val_if_fail (BR_IS_CANVAS (self), FALSE);

  if (self->board == NULL || (item = br_board_lookup (self->board, id)) == NULL ||
      item->kind == BR_ITEM_STROKE || item->locked)
    return FALSE;

  finish_edit (self, TRUE);

  self->editing_id = g_strdup (id);
  self->editor = gtk_text_view_new ();
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (self->editor), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_justification (GTK_TEXT_VIEW (self->editor), GTK_JUSTIFY_CENTER);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (self->editor), FALSE);
  gtk_widget_add_css_class (self->editor, "br-label-editor");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->editor),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Label"),
                                  -1);
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->editor));
  gtk_text_buffer_set_text (buffer, item->label, -1);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_select_range (buffer, &start, &end);

  key = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (key, GTK_PHASE_CAPTURE);
  g_signal_connect (key, "key-pressed", G_CALLBACK (editor_key_pressed), self);
  gtk_widget_add_controller (self->editor, key);
  focus = gtk_event_controller_focus_new ();
  g_signal_connect (focus, "leave", G_CALLBACK (editor_focus_left), self);
  gtk_widget_add_controller (self->editor, focus);

  gtk_widget_set_parent (self->editor, GTK_WIDGET (self));
  gtk_widget_grab_focus (self->editor);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  return TRUE;
}

static void
br_canvas_size_allocate (GtkWidget *widget,
                         int        width,
                         int        height,
                         int        baseline)
{
  BrCanvas *self = BR_CANVAS (widget);
  const BrItem *item;
  double x1, y1, x2, y2;
  int min_height, nat_height;
  GtkAllocation allocation;

  if (self->editor == NULL || self->board == NULL ||
      (item = br_board_lookup (self->board, self->editing_id)) == NULL)
    return;

  if (item->kind == BR_ITEM_ARROW)
    {
      double cx = (item->ends[0].x + item->ends[1].x) / 2;
      double cy = (item->ends[0].y + item->ends[1].y) / 2;

      br_canvas_board_to_widget (self, cx - 80, cy - 20, &x1, &y1);
      br_canvas_board_to_widget (self, cx + 80, cy + 20, &x2, &y2);
    }
  else
    {
      br_canvas_board_to_widget (self, item->x, item->y, &x1, &y1);
      br_canvas_board_to_widget (self, item->x + item->width, item->y + item->height, &x2, &y2);
    }

  allocation.width = MAX ((int) (x2 - x1) - 8, 60);
  gtk_widget_measure (self->editor, GTK_ORIENTATION_VERTICAL, allocation.width,
                      &min_height, &nat_height, NULL, NULL);
  allocation.height = MAX (nat_height, min_height);
  allocation.x = (int) ((x1 + x2) / 2 - allocation.width / 2.0);
  allocation.y = (int) ((y1 + y2) / 2 - allocation.height / 2.0);
  gtk_widget_size_allocate (self->editor, &allocation, -1);
}

/* ---------------------------------------------------------------------- */
/* The tool API                                                            */

void
br_canvas_pointer_down (BrCanvas        *self,
                        double           x,
                        double           y,
                        GdkModifierType  modifiers)
{
  g_return_if_fail (BR_IS_CANVAS (self));

  if (self->editor != NULL)
    finish_edit (self, TRUE);
  _br_canvas_tools_pointer_down (self, x, y, modifiers);
}

void
br_canvas_pointer_motion (BrCanvas        *self,
                          double           x,
                          double           y,
                          GdkModifierType  modifiers)
{
  g_return_if_fail (BR_IS_CANVAS (self));
  _br_canvas_tools_pointer_motion (self, x, y, modifiers);
}

void
br_canvas_pointer_up (BrCanvas        *self,
                      double           x,
                      double           y,
                      GdkModifierType  modifiers)
{
  g_return_if_fail (BR_IS_CANVAS (self));
  _br_canvas_tools_pointer_up (self, x, y, modifiers);
}

/* ---------------------------------------------------------------------- */
/* Event controllers: they only translate into the tool API                */

static void
drag_begin (GtkGestureDrag *gesture,
            double          wx,
            double          wy,
            BrCanvas       *self)
{
  double bx, by;

  gtk_widget_grab_focus (GTK_WIDGET (self));
  br_canvas_widget_to_board (self, wx, wy, &bx, &by);
  br_canvas_pointer_down (self, bx, by,
                          gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (gesture)));
}

static void
drag_update (GtkGestureDrag *gesture,
             double          dx,
             double          dy,
             BrCanvas       *self)
{
  double sx, sy, bx, by;

  gtk_gesture_drag_get_start_point (gesture, &sx, &sy);
  br_canvas_widget_to_board (self, sx + dx, sy + dy, &bx, &by);
  br_canvas_pointer_motion (self, bx, by,
                            gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (gesture)));
}

static void
drag_end (GtkGestureDrag *gesture,
          double          dx,
          double          dy,
          BrCanvas       *self)
{
  double sx, sy, bx, by;

  gtk_gesture_drag_get_start_point (gesture, &sx, &sy);
  br_canvas_widget_to_board (self, sx + dx, sy + dy, &bx, &by);
  br_canvas_pointer_up (self, bx, by,
                        gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (gesture)));
}

static void
pan_update (GtkGestureDrag *gesture,
            double          dx,
            double          dy,
            BrCanvas       *self)
{
  /* Middle-button drag pans, whatever the tool */
  br_canvas_pan (self, dx - self->pan_widget_x, dy - self->pan_widget_y);
  self->pan_widget_x = dx;
  self->pan_widget_y = dy;
}

static void
pan_begin (GtkGestureDrag *gesture,
           double          x,
           double          y,
           BrCanvas       *self)
{
  self->pan_widget_x = self->pan_widget_y = 0;
}

static void
double_click (GtkGestureClick *gesture,
              int              n_press,
              double           wx,
              double           wy,
              BrCanvas        *self)
{
  double bx, by;
  const BrItem *hit;

  if (n_press != 2 || self->board == NULL || self->tool != BR_TOOL_SELECT)
    return;
  br_canvas_widget_to_board (self, wx, wy, &bx, &by);
  hit = br_board_hit_test (self->board, bx, by, _br_canvas_tolerance (self));
  if (hit != NULL)
    br_canvas_edit_label (self, hit->id);
}

static gboolean
scrolled (GtkEventControllerScroll *controller,
          double                    dx,
          double                    dy,
          BrCanvas                 *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));
  GdkEvent *event = gtk_event_controller_get_current_event (GTK_EVENT_CONTROLLER (controller));
  double wx = gtk_widget_get_width (GTK_WIDGET (self)) / 2.0;
  double wy = gtk_widget_get_height (GTK_WIDGET (self)) / 2.0;

  if (event != NULL)
    {
      double ex, ey;
      GtkNative *native = gtk_widget_get_native (GTK_WIDGET (self));
      graphene_point_t in, out;

      if (gdk_event_get_position (event, &ex, &ey) && native != NULL)
        {
          double nx, ny;

          gtk_native_get_surface_transform (native, &nx, &ny);
          in = GRAPHENE_POINT_INIT (ex - nx, ey - ny);
          if (gtk_widget_compute_point (GTK_WIDGET (native), GTK_WIDGET (self), &in, &out))
            {
              wx = out.x;
              wy = out.y;
            }
        }
    }

  /* Ctrl+scroll zooms around the pointer; scrolling pans */
  if (state & GDK_CONTROL_MASK)
    br_canvas_set_zoom (self, self->zoom * pow (1.1, -dy), wx, wy);
  else if (state & GDK_SHIFT_MASK)
    br_canvas_pan (self, -dy * 40, -dx * 40);
  else
    br_canvas_pan (self, -dx * 40, -dy * 40);
  return TRUE;
}

static void
pinch_begin (GtkGesture       *gesture,
             GdkEventSequence *sequence,
             BrCanvas         *self)
{
  self->pinch_start_zoom = self->zoom;
}

static void
pinch_scale_changed (GtkGestureZoom *gesture,
                     double          scale,
                     BrCanvas       *self)
{
  double cx, cy;

  if (!gtk_gesture_get_bounding_box_center (GTK_GESTURE (gesture), &cx, &cy))
    {
      cx = gtk_widget_get_width (GTK_WIDGET (self)) / 2.0;
      cy = gtk_widget_get_height (GTK_WIDGET (self)) / 2.0;
    }
  br_canvas_set_zoom (self, self->pinch_start_zoom * scale, cx, cy);
}

static gboolean
key_pressed (GtkEventControllerKey *controller,
             guint                  keyval,
             guint                  keycode,
             GdkModifierType        state,
             BrCanvas              *self)
{
  if (keyval == GDK_KEY_space && !self->space_held)
    {
      /* Space+drag pans */
      self->space_held = TRUE;
      gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "grab");
      return TRUE;
    }
  if (keyval == GDK_KEY_Escape && self->selection->len > 0)
    {
      g_ptr_array_set_size (self->selection, 0);
      _br_canvas_selection_changed (self);
      return TRUE;
    }
  return FALSE;
}

static void
key_released (GtkEventControllerKey *controller,
              guint                  keyval,
              guint                  keycode,
              GdkModifierType        state,
              BrCanvas              *self)
{
  if (keyval == GDK_KEY_space)
    {
      self->space_held = FALSE;
      gtk_widget_set_cursor (GTK_WIDGET (self), NULL);
    }
}

/* ---------------------------------------------------------------------- */
/* Actions                                                                 */

static GStrv
selected_ids (BrCanvas *self)
{
  return br_canvas_get_selection (self);
}

static void
tool_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  BrTool tool;

  if (br_tool_from_string (g_variant_get_string (parameter, NULL), &tool))
    br_canvas_set_tool (BR_CANVAS (widget), tool);
}

static void
stencil_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  const char *name = g_variant_get_string (parameter, NULL);
  const char * const *names = br_stencil_names ();

  for (guint i = 0; names[i] != NULL; i++)
    if (g_str_equal (names[i], name))
      {
        br_canvas_set_stencil (BR_CANVAS (widget), i);
        br_canvas_set_tool (BR_CANVAS (widget), BR_TOOL_STENCIL);
      }
}

static void
undo_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  BrCanvas *self = BR_CANVAS (widget);

  if (self->board != NULL)
    br_board_undo (self->board);
}

static void
redo_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  BrCanvas *self = BR_CANVAS (widget);

  if (self->board != NULL)
    br_board_redo (self->board);
}

static void
delete_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  BrCanvas *self = BR_CANVAS (widget);
  g_auto(GStrv) ids = selected_ids (self);

  if (self->board != NULL && ids[0] != NULL)
    br_board_remove (self->board, (const char * const *) ids);
}

static void
duplicate_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  BrCanvas *self = BR_CANVAS (widget);
  g_auto(GStrv) ids = selected_ids (self);
  g_auto(GStrv) copies = NULL;

  if (self->board == NULL || ids[0] == NULL)
    return;
  copies = br_board_duplicate (self->board, (const char * const *) ids, 20, 20);
  br_canvas_set_selection (self, (const char * const *) copies);
}

static void
select_all_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  BrCanvas *self = BR_CANVAS (widget);

  g_ptr_array_set_size (self->selection, 0);
  for (guint i = 0; self->board != NULL && i < br_board_get_n_items (self->board); i++)
    g_ptr_array_add (self->selection, g_strdup (br_board_get_item (self->board, i)->id));
  _br_canvas_selection_changed (self);
}

static void
group_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  BrCanvas *self = BR_CANVAS (widget);
  g_auto(GStrv) ids = selected_ids (self);

  if (self->board != NULL && g_strv_length (ids) >= 2)
    g_free (br_board_group (self->board, (const char * const *) ids));
}

static void
ungroup_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  BrCanvas *self = BR_CANVAS (widget);
  g_auto(GStrv) ids = selected_ids (self);

  if (self->board != NULL && ids[0] != NULL)
    br_board_ungroup (self->board, (const char * const *) ids);
}

static void
reorder_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  BrCanvas *self = BR_CANVAS (widget);
  g_auto(GStrv) ids = selected_ids (self);
  BrReorder how = BR_REORDER_FORWARD;

  if (g_str_equal (action_name, "canvas.send-backward"))
    how = BR_REORDER_BACKWARD;
  else if (g_str_equal (action_name, "canvas.bring-to-front"))
    how = BR_REORDER_TO_FRONT;
  else if (g_str_equal (action_name, "canvas.send-to-back"))
    how = BR_REORDER_TO_BACK;
  if (self->board != NULL && ids[0] != NULL)
    br_board_reorder (self->board, (const char * const *) ids, how);
}

static void
lock_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  BrCanvas *self = BR_CANVAS (widget);
  g_auto(GStrv) ids = selected_ids (self);
  const BrItem *first;

  if (self->board == NULL || ids[0] == NULL || (first = br_board_lookup (self->board, ids[0])) == NULL)
    return;
  /* Toggles, following the first selected item */
  br_board_set_property (self->board, (const char * const *) ids, BR_PROP_LOCKED, !first->locked);
}

static void
nudge_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  BrCanvas *self = BR_CANVAS (widget);
  g_auto(GStrv) ids = selected_ids (self);
  int dx, dy;

  g_variant_get (parameter, "(ii)", &dx, &dy);
  if (self->board != NULL && ids[0] != NULL)
    br_board_move (self->board, (const char * const *) ids, dx, dy);
}

static void
zoom_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  BrCanvas *self = BR_CANVAS (widget);
  double cx = gtk_widget_get_width (widget) / 2.0;
  double cy = gtk_widget_get_height (widget) / 2.0;

  if (g_str_equal (action_name, "canvas.zoom-in"))
    br_canvas_set_zoom (self, self->zoom * 1.25, cx, cy);
  else if (g_str_equal (action_name, "canvas.zoom-out"))
    br_canvas_set_zoom (self, self->zoom / 1.25, cx, cy);
  else if (g_str_equal (action_name, "canvas.zoom-reset"))
    br_canvas_set_zoom (self, 1.0, cx, cy);
  else
    br_canvas_zoom_to_fit (self);
}

static void
grid_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  br_canvas_set_grid (BR_CANVAS (widget), !br_canvas_get_grid (BR_CANVAS (widget)));
}

static void
edit_label_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  BrCanvas *self = BR_CANVAS (widget);

  if (self->selection->len == 1)
    br_canvas_edit_label (self, g_ptr_array_index (self->selection, 0));
}

static gboolean
property_from_name (const char     *name,
                    BrItemProperty *property)
{
  static const struct { const char *name; BrItemProperty property; } names[] = {
    { "stroke-color", BR_PROP_STROKE_COLOR },
    { "fill-color", BR_PROP_FILL_COLOR },
    { "filled", BR_PROP_FILLED },
    { "stroke-width", BR_PROP_STROKE_WIDTH },
    { "line-style", BR_PROP_LINE_STYLE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_str_equal (names[i].name, name))
      {
        *property = names[i].property;
        return TRUE;
      }
  return FALSE;
}

static void
set_style_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  BrCanvas *self = BR_CANVAS (widget);
  const char *name;
  guint32 value;
  BrItemProperty property;

  g_variant_get (parameter, "(&su)", &name, &value);
  if (property_from_name (name, &property))
    br_canvas_set_style_value (self, property, value);
}

/* Clipboard: the board format for Bar Raiser, the labels as plain text
 * for everything else */

static void
copy_selection (BrCanvas *self)
{
  g_auto(GStrv) ids = selected_ids (self);
  g_autoptr(BrBoard) copy = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  GdkContentProvider *providers[2];
  g_autoptr(GdkContentProvider) provider = NULL;

  if (self->board == NULL || ids[0] == NULL)
    return;

  copy = br_board_copy_items (self->board, (const char * const *) ids);
  bytes = br_board_to_bytes (copy);
  for (guint i = 0; i < br_board_get_n_items (copy); i++)
    {
      const char *label = br_board_get_item (copy, i)->label;

      if (label[0] != '\0')
        g_string_append_printf (text, "%s%s", text->len ? "\n" : "", label);
    }

  providers[0] = gdk_content_provider_new_for_bytes (CLIPBOARD_MIME, bytes);
  providers[1] = gdk_content_provider_new_typed (G_TYPE_STRING, text->str);
  provider = gdk_content_provider_new_union (providers, G_N_ELEMENTS (providers));
  gdk_clipboard_set_content (gtk_widget_get_clipboard (GTK_WIDGET (self)), provider);
}

static void
copy_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  copy_selection (BR_CANVAS (widget));
}

static void
cut_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  copy_selection (BR_CANVAS (widget));
  delete_activated (widget, "canvas.delete", NULL);
}

static void
paste_board_bytes (BrCanvas *self,
                   GBytes   *bytes)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BrBoard) source = br_board_parse (bytes, &error);
  g_auto(GStrv) ids = NULL;

  if (source == NULL)
    {
      g_debug ("Not pasting a board: %s", error->message);
      return;
    }
  ids = br_board_paste (self->board, source, 20, 20);
  br_canvas_set_selection (self, (const char * const *) ids);
}

static void
paste_bytes_ready (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(BrCanvas) self = user_data;
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(GOutputStream) memory = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  stream = gdk_clipboard_read_finish (GDK_CLIPBOARD (source), result, NULL, &error);
  if (stream == NULL || self->board == NULL)
    return;
  memory = g_memory_output_stream_new_resizable ();
  if (g_output_stream_splice (memory, stream, G_OUTPUT_STREAM_SPLICE_CLOSE_SOURCE |
                              G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET, NULL, &error) < 0)
    return;
  bytes = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (memory));
  paste_board_bytes (self, bytes);
}

static void
paste_text_ready (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(BrCanvas) self = user_data;
  g_autofree char *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, NULL);
  BrItem *item;
  const char *id;
  double cx, cy;

  if (text == NULL || text[0] == '\0' || self->board == NULL)
    return;

  /* Plain text becomes a text item in the middle of the view */
  br_canvas_widget_to_board (self, gtk_widget_get_width (GTK_WIDGET (self)) / 2.0,
                             gtk_widget_get_height (GTK_WIDGET (self)) / 2.0, &cx, &cy);
  item = br_item_new (BR_ITEM_TEXT, cx - 100, cy - 20, 200, 40);
  br_item_set_label (item, text);
  item->filled = FALSE;
  id = br_board_add_item (self->board, item);
  _br_canvas_select_only (self, id);
}

static void
paste_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  BrCanvas *self = BR_CANVAS (widget);
  GdkClipboard *clipboard = gtk_widget_get_clipboard (widget);
  GdkContentFormats *formats = gdk_clipboard_get_formats (clipboard);

  if (self->board == NULL)
    return;
  if (gdk_content_formats_contain_mime_type (formats, CLIPBOARD_MIME))
    {
      static const char *mimes[] = { CLIPBOARD_MIME, NULL };
      gdk_clipboard_read_async (clipboard, mimes, G_PRIORITY_DEFAULT, NULL,
                                paste_bytes_ready, g_object_ref (self));
    }
  else
    gdk_clipboard_read_text_async (clipboard, NULL, paste_text_ready, g_object_ref (self));
}

/* ---------------------------------------------------------------------- */
/* Object                                                                  */

static void
br_canvas_dispose (GObject *object)
{
  BrCanvas *self = BR_CANVAS (object);

  if (self->editor != NULL)
    {
      gtk_widget_unparent (self->editor);
      self->editor = NULL;
    }
  g_clear_pointer (&self->editing_id, g_free);
  if (self->board != NULL)
    g_clear_signal_handler (&self->changed_id, self->board);
  g_clear_object (&self->board);

  G_OBJECT_CLASS (br_canvas_parent_class)->dispose (object);
}

static void
br_canvas_finalize (GObject *object)
{
  BrCanvas *self = BR_CANVAS (object);

  g_clear_pointer (&self->selection, g_ptr_array_unref);
  g_clear_pointer (&self->pen_points, g_array_unref);
  g_clear_pointer (&self->drag_item, g_free);

  G_OBJECT_CLASS (br_canvas_parent_class)->finalize (object);
}

static void
br_canvas_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  BrCanvas *self = BR_CANVAS (object);

  switch (prop_id)
    {
    case PROP_BOARD:
      g_value_set_object (value, self->board);
      break;
    case PROP_TOOL:
      g_value_set_enum (value, self->tool);
      break;
    case PROP_STENCIL:
      g_value_set_uint (value, self->stencil);
      break;
    case PROP_ZOOM:
      g_value_set_double (value, self->zoom);
      break;
    case PROP_GRID:
      g_value_set_boolean (value, self->grid);
      break;
    case PROP_N_SELECTED:
      g_value_set_uint (value, self->selection->len);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
br_canvas_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  BrCanvas *self = BR_CANVAS (object);

  switch (prop_id)
    {
    case PROP_BOARD:
      br_canvas_set_board (self, g_value_get_object (value));
      break;
    case PROP_TOOL:
      br_canvas_set_tool (self, g_value_get_enum (value));
      break;
    case PROP_STENCIL:
      br_canvas_set_stencil (self, g_value_get_uint (value));
      break;
    case PROP_ZOOM:
      br_canvas_set_zoom (self, g_value_get_double (value),
                          gtk_widget_get_width (GTK_WIDGET (self)) / 2.0,
                          gtk_widget_get_height (GTK_WIDGET (self)) / 2.0);
      break;
    case PROP_GRID:
      br_canvas_set_grid (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
add_key (GtkWidgetClass  *widget_class,
         guint            keyval,
         GdkModifierType  mods,
         const char      *action,
         const char      *format,
         ...)
{
  GtkShortcutTrigger *trigger = gtk_keyval_trigger_new (keyval, mods);
  GtkShortcutAction *shortcut_action = gtk_named_action_new (action);
  GtkShortcut *shortcut = gtk_shortcut_new (trigger, shortcut_action);

  if (format != NULL)
    {
      va_list args;
      va_start (args, format);
      gtk_shortcut_set_arguments (shortcut, g_variant_new_va (format, NULL, &args));
      va_end (args);
    }
  gtk_widget_class_add_shortcut (widget_class, shortcut);
  g_object_unref (shortcut);
}

static void
br_canvas_class_init (BrCanvasClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  static const struct { guint key; const char *tool; } tool_keys[] = {
    { GDK_KEY_v, "select" }, { GDK_KEY_h, "hand" }, { GDK_KEY_r, "rectangle" },
    { GDK_KEY_o, "ellipse" }, { GDK_KEY_d, "diamond" }, { GDK_KEY_c, "cylinder" },
    { GDK_KEY_a, "arrow" }, { GDK_KEY_l, "line" }, { GDK_KEY_t, "text" },
    { GDK_KEY_p, "pen" }, { GDK_KEY_e, "eraser" },
    /* As in Excalidraw where it fits */
    { GDK_KEY_1, "select" }, { GDK_KEY_2, "rectangle" }, { GDK_KEY_3, "diamond" },
    { GDK_KEY_4, "ellipse" }, { GDK_KEY_5, "arrow" }, { GDK_KEY_6, "line" },
    { GDK_KEY_7, "pen" }, { GDK_KEY_8, "text" }, { GDK_KEY_9, "cylinder" },
  };

  object_class->dispose = br_canvas_dispose;
  object_class->finalize = br_canvas_finalize;
  object_class->get_property = br_canvas_get_property;
  object_class->set_property = br_canvas_set_property;

  widget_class->snapshot = br_canvas_snapshot;
  widget_class->size_allocate = br_canvas_size_allocate;

  properties[PROP_BOARD] =
    g_param_spec_object ("board", NULL, NULL, BR_TYPE_BOARD,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TOOL] =
    g_param_spec_enum ("tool", NULL, NULL, BR_TYPE_TOOL, BR_TOOL_SELECT,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STENCIL] =
    g_param_spec_uint ("stencil", NULL, NULL, 0, BR_N_STENCILS - 1, BR_STENCIL_SERVICE,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL, BR_VIEW_MIN_ZOOM, BR_VIEW_MAX_ZOOM, 1.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_GRID] =
    g_param_spec_boolean ("grid", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_SELECTED] =
    g_param_spec_uint ("n-selected", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "canvas.tool", "s", tool_activated);
  gtk_widget_class_install_action (widget_class, "canvas.stencil", "s", stencil_activated);
  gtk_widget_class_install_action (widget_class, "canvas.undo", NULL, undo_activated);
  gtk_widget_class_install_action (widget_class, "canvas.redo", NULL, redo_activated);
  gtk_widget_class_install_action (widget_class, "canvas.delete", NULL, delete_activated);
  gtk_widget_class_install_action (widget_class, "canvas.duplicate", NULL, duplicate_activated);
  gtk_widget_class_install_action (widget_class, "canvas.select-all", NULL, select_all_activated);
  gtk_widget_class_install_action (widget_class, "canvas.group", NULL, group_activated);
  gtk_widget_class_install_action (widget_class, "canvas.ungroup", NULL, ungroup_activated);
  gtk_widget_class_install_action (widget_class, "canvas.bring-forward", NULL, reorder_activated);
  gtk_widget_class_install_action (widget_class, "canvas.send-backward", NULL, reorder_activated);
  gtk_widget_class_install_action (widget_class, "canvas.bring-to-front", NULL, reorder_activated);
  gtk_widget_class_install_action (widget_class, "canvas.send-to-back", NULL, reorder_activated);
  gtk_widget_class_install_action (widget_class, "canvas.lock", NULL, lock_activated);
  gtk_widget_class_install_action (widget_class, "canvas.nudge", "(ii)", nudge_activated);
  gtk_widget_class_install_action (widget_class, "canvas.cut", NULL, cut_activated);
  gtk_widget_class_install_action (widget_class, "canvas.copy", NULL, copy_activated);
  gtk_widget_class_install_action (widget_class, "canvas.paste", NULL, paste_activated);
  gtk_widget_class_install_action (widget_class, "canvas.zoom-in", NULL, zoom_activated);
  gtk_widget_class_install_action (widget_class, "canvas.zoom-out", NULL, zoom_activated);
  gtk_widget_class_install_action (widget_class, "canvas.zoom-reset", NULL, zoom_activated);
  gtk_widget_class_install_action (widget_class, "canvas.zoom-fit", NULL, zoom_activated);
  gtk_widget_class_install_action (widget_class, "canvas.grid", NULL, grid_activated);
  gtk_widget_class_install_action (widget_class, "canvas.edit-label", NULL, edit_label_activated);
  gtk_widget_class_install_action (widget_class, "canvas.set-style", "(su)", set_style_activated);

  for (guint i = 0; i < G_N_ELEMENTS (tool_keys); i++)
    add_key (widget_class, tool_keys[i].key, 0, "canvas.tool", "s", tool_keys[i].tool);
  add_key (widget_class, GDK_KEY_Delete, 0, "canvas.delete", NULL);
  add_key (widget_class, GDK_KEY_BackSpace, 0, "canvas.delete", NULL);
  add_key (widget_class, GDK_KEY_d, GDK_CONTROL_MASK, "canvas.duplicate", NULL);
  add_key (widget_class, GDK_KEY_a, GDK_CONTROL_MASK, "canvas.select-all", NULL);
  add_key (widget_class, GDK_KEY_g, GDK_CONTROL_MASK, "canvas.group", NULL);
  add_key (widget_class, GDK_KEY_g, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "canvas.ungroup", NULL);
  add_key (widget_class, GDK_KEY_G, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "canvas.ungroup", NULL);
  add_key (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "canvas.undo", NULL);
  add_key (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "canvas.redo", NULL);
  add_key (widget_class, GDK_KEY_Z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "canvas.redo", NULL);
  add_key (widget_class, GDK_KEY_y, GDK_CONTROL_MASK, "canvas.redo", NULL);
  add_key (widget_class, GDK_KEY_bracketright, GDK_CONTROL_MASK, "canvas.bring-forward", NULL);
  add_key (widget_class, GDK_KEY_bracketleft, GDK_CONTROL_MASK, "canvas.send-backward", NULL);
  add_key (widget_class, GDK_KEY_bracketright, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "canvas.bring-to-front", NULL);
  add_key (widget_class, GDK_KEY_bracketleft, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "canvas.send-to-back", NULL);
  add_key (widget_class, GDK_KEY_braceright, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "canvas.bring-to-front", NULL);
  add_key (widget_class, GDK_KEY_braceleft, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "canvas.send-to-back", NULL);
  add_key (widget_class, GDK_KEY_l, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "canvas.lock", NULL);
  add_key (widget_class, GDK_KEY_L, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "canvas.lock", NULL);
  add_key (widget_class, GDK_KEY_x, GDK_CONTROL_MASK, "canvas.cut", NULL);
  add_key (widget_class, GDK_KEY_c, GDK_CONTROL_MASK, "canvas.copy", NULL);
  add_key (widget_class, GDK_KEY_v, GDK_CONTROL_MASK, "canvas.paste", NULL);
  add_key (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "canvas.zoom-in", NULL);
  add_key (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "canvas.zoom-in", NULL);
  add_key (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK, "canvas.zoom-in", NULL);
  add_key (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "canvas.zoom-out", NULL);
  add_key (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK, "canvas.zoom-out", NULL);
  add_key (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "canvas.zoom-reset", NULL);
  add_key (widget_class, GDK_KEY_exclam, GDK_SHIFT_MASK, "canvas.zoom-fit", NULL);
  add_key (widget_class, GDK_KEY_1, GDK_SHIFT_MASK, "canvas.zoom-fit", NULL);
  add_key (widget_class, GDK_KEY_apostrophe, GDK_CONTROL_MASK, "canvas.grid", NULL);
  add_key (widget_class, GDK_KEY_F2, 0, "canvas.edit-label", NULL);
  add_key (widget_class, GDK_KEY_Return, 0, "canvas.edit-label", NULL);
  add_key (widget_class, GDK_KEY_Left, 0, "canvas.nudge", "(ii)", -1, 0);
  add_key (widget_class, GDK_KEY_Right, 0, "canvas.nudge", "(ii)", 1, 0);
  add_key (widget_class, GDK_KEY_Up, 0, "canvas.nudge", "(ii)", 0, -1);
  add_key (widget_class, GDK_KEY_Down, 0, "canvas.nudge", "(ii)", 0, 1);
  add_key (widget_class, GDK_KEY_Left, GDK_SHIFT_MASK, "canvas.nudge", "(ii)", -10, 0);
  add_key (widget_class, GDK_KEY_Right, GDK_SHIFT_MASK, "canvas.nudge", "(ii)", 10, 0);
  add_key (widget_class, GDK_KEY_Up, GDK_SHIFT_MASK, "canvas.nudge", "(ii)", 0, -10);
  add_key (widget_class, GDK_KEY_Down, GDK_SHIFT_MASK, "canvas.nudge", "(ii)", 0, 10);

  gtk_widget_class_set_css_name (widget_class, "canvas");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
br_canvas_init (BrCanvas *self)
{
  GtkGesture *drag, *pan, *click, *pinch;
  GtkEventController *scroll, *key;

  self->zoom = 1.0;
  self->tool = BR_TOOL_SELECT;
  self->stencil = BR_STENCIL_SERVICE;
  self->style[BR_PROP_FILLED] = 1;
  self->style[BR_PROP_STROKE_WIDTH] = BR_STROKE_MEDIUM;
  self->selection = g_ptr_array_new_with_free_func (g_free);
  self->pen_points = g_array_new (FALSE, FALSE, sizeof (BrPoint));

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Whiteboard"),
                                  -1);

  drag = gtk_gesture_drag_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (drag), GDK_BUTTON_PRIMARY);
  g_signal_connect (drag, "drag-begin", G_CALLBACK (drag_begin), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (drag_update), self);
  g_signal_connect (drag, "drag-end", G_CALLBACK (drag_end), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));

  pan = gtk_gesture_drag_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (pan), GDK_BUTTON_MIDDLE);
  g_signal_connect (pan, "drag-begin", G_CALLBACK (pan_begin), self);
  g_signal_connect (pan, "drag-update", G_CALLBACK (pan_update), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (pan));

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "pressed", G_CALLBACK (double_click), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  pinch = gtk_gesture_zoom_new ();
  g_signal_connect (pinch, "begin", G_CALLBACK (pinch_begin), self);
  g_signal_connect (pinch, "scale-changed", G_CALLBACK (pinch_scale_changed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (pinch));

  scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  g_signal_connect (scroll, "scroll", G_CALLBACK (scrolled), self);
  gtk_widget_add_controller (GTK_WIDGET (self), scroll);

  key = gtk_event_controller_key_new ();
  g_signal_connect (key, "key-pressed", G_CALLBACK (key_pressed), self);
  g_signal_connect (key, "key-released", G_CALLBACK (key_released), self);
  gtk_widget_add_controller (GTK_WIDGET (self), key);

  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (gtk_widget_queue_draw), self, G_CONNECT_SWAPPED);
}

GtkWidget *
br_canvas_new (void)
{
  return g_object_new (BR_TYPE_CANVAS, NULL);
}

BrBoard *
br_canvas_get_board (BrCanvas *self)
{
  g_return_val_if_fail (BR_IS_CANVAS (self), NULL);
  return self->board;
}

void
br_canvas_set_board (BrCanvas *self,
                     BrBoard  *board)
{
  g_return_if_fail (BR_IS_CANVAS (self));
  g_return_if_fail (board == NULL || BR_IS_BOARD (board));

  if (self->board == board)
    return;

  finish_edit (self, FALSE);
  if (self->board != NULL)
    g_clear_signal_handler (&self->changed_id, self->board);
  g_set_object (&self->board, board);
  if (board != NULL)
    self->changed_id = g_signal_connect (board, "changed", G_CALLBACK (board_changed), self);

  g_ptr_array_set_size (self->selection, 0);
  self->drag = DRAG_NONE;
  self->view_set = FALSE;
  if (board != NULL)
    {
      BrView view;

      /* Come back where the board was last looked at */
      if (br_board_get_view (board, &view))
        {
          self->zoom = CLAMP (view.zoom, BR_VIEW_MIN_ZOOM, BR_VIEW_MAX_ZOOM);
          self->offset_x = -view.x * self->zoom;
          self->offset_y = -view.y * self->zoom;
          self->view_set = TRUE;
        }
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BOARD]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_SELECTED]);
}

BrTool
br_canvas_get_tool (BrCanvas *self)
{
  g_return_val_if_fail (BR_IS_CANVAS (self), BR_TOOL_SELECT);
  return self->tool;
}

void
br_canvas_set_tool (BrCanvas *self,
                    BrTool    tool)
{
  static const char *cursors[] = {
    [BR_TOOL_SELECT] = NULL, [BR_TOOL_HAND] = "grab", [BR_TOOL_TEXT] = "text",
    [BR_TOOL_ERASER] = "not-allowed",
  };

  g_return_if_fail (BR_IS_CANVAS (self));
  g_return_if_fail ((guint) tool < BR_N_TOOLS);

  if (self->tool == tool)
    return;
  self->tool = tool;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self),
                                   (guint) tool < G_N_ELEMENTS (cursors) && cursors[tool] ? cursors[tool]
                                   : tool == BR_TOOL_SELECT ? NULL : "crosshair");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOOL]);
}

BrStencil
br_canvas_get_stencil (BrCanvas *self)
{
  g_return_val_if_fail (BR_IS_CANVAS (self), BR_STENCIL_SERVICE);
  return self->stencil;
}

void
br_canvas_set_stencil (BrCanvas  *self,
                       BrStencil  stencil)
{
  g_return_if_fail (BR_IS_CANVAS (self));
  g_return_if_fail ((guint) stencil < BR_N_STENCILS);

  if (self->stencil == stencil)
    return;
  self->stencil = stencil;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STENCIL]);
}

guint
br_canvas_get_style_value (BrCanvas       *self,
                           BrItemProperty  property)
{
  g_return_val_if_fail (BR_IS_CANVAS (self), 0);
  g_return_val_if_fail ((guint) property <= BR_PROP_LOCKED, 0);
  return self->style[property];
}

/**
 * br_canvas_set_style_value:
 *
 * Sets the style for new items and applies it to the selection (one undo
 * step).
 */
void
br_canvas_set_style_value (BrCanvas       *self,
                           BrItemProperty  property,
                           guint           value)
{
  g_auto(GStrv) ids = NULL;

  g_return_if_fail (BR_IS_CANVAS (self));
  g_return_if_fail ((guint) property <= BR_PROP_LOCKED);

  self->style[property] = value;
  ids = br_canvas_get_selection (self);
  if (self->board != NULL && ids[0] != NULL)
    br_board_set_property (self->board, (const char * const *) ids, property, value);
}
