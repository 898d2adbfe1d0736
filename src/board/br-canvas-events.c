/* br-canvas-events.c — pointer, scroll, pinch and key events; they only
 * translate into the tool API and the view
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>
#include <string.h>

#include "br-canvas-private.h"

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

/* Opens the editor once the double click's events are all handled: the
 * drag gesture's press would otherwise take the focus back from it */
static gboolean
edit_after_double_click (gpointer data)
{
  BrCanvas *self = data;
  g_autofree char *id = g_steal_pointer (&self->double_click_id);

  self->double_click_source = 0;
  /* An estimate note opens the estimator; its label follows its inputs */
  if (id != NULL && self->board != NULL && br_board_lookup (self->board, id) != NULL &&
      !br_canvas_open_estimate (self, id))
    br_canvas_edit_label (self, id);
  return G_SOURCE_REMOVE;
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

  if (n_press != 2 || self->board == NULL || br_board_editor_get_tool (self->board_editor) != BR_TOOL_SELECT)
    return;
  br_canvas_widget_to_board (self, wx, wy, &bx, &by);
  hit = br_board_editor_item_at (self->board_editor, bx, by);
  if (hit == NULL)
    return;
  g_free (self->double_click_id);
  self->double_click_id = g_strdup (hit->id);
  if (self->double_click_source == 0)
    self->double_click_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, edit_after_double_click, self, NULL);
}

/* The pointer's place, for Ctrl+scroll: scroll events do not carry one
 * that is reliable across backends */
/**
 * br_canvas_pointer_over:
 * @inside: whether the pointer is over the canvas
 * @wx: where, in widget coordinates
 *
 * Tells the canvas where the pointer hovers (the motion controller does).
 */
void
br_canvas_pointer_over (BrCanvas *self,
                        gboolean  inside,
                        double    wx,
                        double    wy)
{
  g_return_if_fail (BR_IS_CANVAS (self));
  self->pointer_inside = inside;
  self->pointer_x = wx;
  self->pointer_y = wy;
}

static void
pointer_moved (GtkEventControllerMotion *controller,
               double                    x,
               double                    y,
               BrCanvas                 *self)
{
  br_canvas_pointer_over (self, TRUE, x, y);
}

static void
pointer_left (GtkEventControllerMotion *controller,
              BrCanvas                 *self)
{
  br_canvas_pointer_over (self, FALSE, 0, 0);
}

/**
 * br_canvas_scroll:
 * @dx: scroll steps across
 * @dy: scroll steps down
 * @modifiers: Ctrl zooms, Shift pans sideways
 *
 * What scrolling over the canvas does: it pans; with Ctrl it zooms around
 * the pointer (around the middle when the pointer is not over the canvas).
 */
void
br_canvas_scroll (BrCanvas        *self,
                  double           dx,
                  double           dy,
                  GdkModifierType  modifiers)
{
  double wx = gtk_widget_get_width (GTK_WIDGET (self)) / 2.0;
  double wy = gtk_widget_get_height (GTK_WIDGET (self)) / 2.0;

  g_return_if_fail (BR_IS_CANVAS (self));

  if (self->pointer_inside)
    {
      wx = self->pointer_x;
      wy = self->pointer_y;
    }
  if (modifiers & GDK_CONTROL_MASK)
    br_canvas_set_zoom (self, self->zoom * pow (1.1, -dy), wx, wy);
  else if (modifiers & GDK_SHIFT_MASK)
    br_canvas_pan (self, -dy * 40, -dx * 40);
  else
    br_canvas_pan (self, -dx * 40, -dy * 40);
}

static gboolean
scrolled (GtkEventControllerScroll *controller,
          double                    dx,
          double                    dy,
          BrCanvas                 *self)
{
  br_canvas_scroll (self, dx, dy,
                    gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller)));
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
  if (keyval == GDK_KEY_space && !br_board_editor_get_pan_held (self->board_editor))
    {
      /* Space+drag pans */
      br_board_editor_set_pan_held (self->board_editor, TRUE);
      gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "grab");
      return TRUE;
    }
  if (keyval == GDK_KEY_Escape && br_board_editor_get_n_selected (self->board_editor) > 0)
    {
      br_board_editor_select_only (self->board_editor, NULL);
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
      br_board_editor_set_pan_held (self->board_editor, FALSE);
      gtk_widget_set_cursor (GTK_WIDGET (self), NULL);
    }
}

/* A stencil dragged from the palette lands where it is dropped */
static gboolean
dropped (GtkDropTarget *target,
         const GValue  *value,
         double         wx,
         double         wy,
         BrCanvas      *self)
{
  const char *text = G_VALUE_HOLDS_STRING (value) ? g_value_get_string (value) : NULL;
  const char * const *names = br_stencil_names ();
  double bx, by;

  if (text == NULL || !g_str_has_prefix (text, BR_CANVAS_STENCIL_DRAG_PREFIX))
    return FALSE;
  text += strlen (BR_CANVAS_STENCIL_DRAG_PREFIX);

  br_canvas_widget_to_board (self, wx, wy, &bx, &by);
  for (guint i = 0; names[i] != NULL; i++)
    if (g_str_equal (names[i], text))
      return br_canvas_place_stencil (self, i, bx, by) != NULL;
  return FALSE;
}

void
_br_canvas_add_controllers (BrCanvas *self)
{
  GtkDropTarget *drop;
  GtkGesture *drag, *pan, *click, *pinch;
  GtkEventController *scroll, *key, *motion;

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
  g_signal_connect (click, "released", G_CALLBACK (double_click), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  pinch = gtk_gesture_zoom_new ();
  g_signal_connect (pinch, "begin", G_CALLBACK (pinch_begin), self);
  g_signal_connect (pinch, "scale-changed", G_CALLBACK (pinch_scale_changed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (pinch));

  scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  g_signal_connect (scroll, "scroll", G_CALLBACK (scrolled), self);
  gtk_widget_add_controller (GTK_WIDGET (self), scroll);

  motion = gtk_event_controller_motion_new ();
  g_signal_connect (motion, "enter", G_CALLBACK (pointer_moved), self);
  g_signal_connect (motion, "motion", G_CALLBACK (pointer_moved), self);
  g_signal_connect (motion, "leave", G_CALLBACK (pointer_left), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);

  drop = gtk_drop_target_new (G_TYPE_STRING, GDK_ACTION_COPY);
  g_signal_connect (drop, "drop", G_CALLBACK (dropped), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));

  key = gtk_event_controller_key_new ();
  g_signal_connect (key, "key-pressed", G_CALLBACK (key_pressed), self);
  g_signal_connect (key, "key-released", G_CALLBACK (key_released), self);
  gtk_widget_add_controller (GTK_WIDGET (self), key);
}
