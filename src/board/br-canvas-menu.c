/* br-canvas-menu.c — the canvas's context menu: asked for by a right
 * click, the Menu key or Shift+F10, filled by the canvas's owner
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "br-canvas-private.h"

static guint context_menu_signal;

/* Asks the owner for a menu at a point of the widget */
static void
request_menu (BrCanvas *self,
              double    wx,
              double    wy)
{
  g_signal_emit (self, context_menu_signal, 0, wx, wy);
}

/* A right click selects what is under the pointer, unless it is part of
 * the selection already, then asks for the menu */
static void
secondary_pressed (GtkGestureClick *gesture,
                   int              n_press,
                   double           wx,
                   double           wy,
                   BrCanvas        *self)
{
  const BrItem *item;
  double bx, by;

  gtk_widget_grab_focus (GTK_WIDGET (self));
  br_canvas_commit_edit (self);
  br_canvas_widget_to_board (self, wx, wy, &bx, &by);
  item = br_board_editor_item_at (self->board_editor, bx, by);
  if (item != NULL && !br_board_editor_is_selected (self->board_editor, item->id))
    br_board_editor_select_only (self->board_editor, item->id);
  else if (item == NULL)
    br_board_editor_select_only (self->board_editor, NULL);
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  request_menu (self, wx, wy);
}

/* The keyboard's menu opens by the selection, or in the middle */
static void
menu_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  BrCanvas *self = BR_CANVAS (widget);
  double wx = gtk_widget_get_width (widget) / 2.0, wy = gtk_widget_get_height (widget) / 2.0;

  br_canvas_commit_edit (self);
  if (br_board_editor_get_n_selected (self->board_editor) > 0 && self->board != NULL)
    {
      const BrItem *item = br_board_lookup (self->board, br_board_editor_get_selected (self->board_editor, 0));

      if (item != NULL)
        {
          br_canvas_board_to_widget (self, item->x + item->width / 2, item->y + item->height, &wx, &wy);
          wx = CLAMP (wx, 0, gtk_widget_get_width (widget));
          wy = CLAMP (wy, 0, gtk_widget_get_height (widget));
        }
    }
  request_menu (self, wx, wy);
}

void
_br_canvas_menu_class_init (GtkWidgetClass *widget_class)
{
  /**
   * BrCanvas::context-menu:
   * @x: where, in widget coordinates
   * @y: likewise
   *
   * The user asked for a context menu (a right click, which selects the
   * item under the pointer first, the Menu key or Shift+F10); a handler
   * shows one with br_canvas_popup_menu().
   */
  context_menu_signal =
    g_signal_new ("context-menu", G_TYPE_FROM_CLASS (widget_class), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_DOUBLE, G_TYPE_DOUBLE);

  gtk_widget_class_install_action (widget_class, "canvas.context-menu", NULL, menu_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Menu, 0, "canvas.context-menu", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F10, GDK_SHIFT_MASK, "canvas.context-menu", NULL);
}

void
_br_canvas_menu_init (BrCanvas *self)
{
  GtkGesture *click = gtk_gesture_click_new ();

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_SECONDARY);
  g_signal_connect (click, "pressed", G_CALLBACK (secondary_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
}

void
_br_canvas_menu_allocate (BrCanvas *self)
{
  if (self->menu != NULL)
    gtk_popover_present (GTK_POPOVER (self->menu));
}

void
_br_canvas_menu_dispose (BrCanvas *self)
{
  g_clear_pointer (&self->menu, gtk_widget_unparent);
}

/**
 * br_canvas_popup_menu:
 * @model: the menu; its actions are looked up from the canvas up
 * @x: where it points, in widget coordinates
 * @y: likewise
 */
void
br_canvas_popup_menu (BrCanvas   *self,
                      GMenuModel *model,
                      double      x,
                      double      y)
{
  GdkRectangle at = { (int) x, (int) y, 1, 1 };

  g_return_if_fail (BR_IS_CANVAS (self));
  g_return_if_fail (G_IS_MENU_MODEL (model));

  if (self->menu == NULL)
    {
      self->menu = gtk_popover_menu_new_from_model (model);
      gtk_widget_set_parent (self->menu, GTK_WIDGET (self));
      gtk_popover_set_has_arrow (GTK_POPOVER (self->menu), FALSE);
      gtk_widget_set_halign (self->menu, GTK_ALIGN_START);
    }
  else
    gtk_popover_menu_set_menu_model (GTK_POPOVER_MENU (self->menu), model);
  gtk_popover_set_pointing_to (GTK_POPOVER (self->menu), &at);
  gtk_popover_popup (GTK_POPOVER (self->menu));
}

/**
 * br_canvas_get_menu:
 *
 * Returns: (transfer none) (nullable): the context menu's popover, once
 *   shown
 */
GtkWidget *
br_canvas_get_menu (BrCanvas *self)
{
  g_return_val_if_fail (BR_IS_CANVAS (self), NULL);
  return self->menu;
}
