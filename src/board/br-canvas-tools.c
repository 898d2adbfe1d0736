/* br-canvas-tools.c — the tool API: presses, drags and releases go to the
 * board editor, which holds the tools, the selection and the gesture
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "br-canvas-private.h"

/* The keys held, as the editor knows them */
BrEditorModifiers
_br_canvas_modifiers (GdkModifierType state)
{
  BrEditorModifiers modifiers = BR_EDITOR_NO_MODIFIER;

  if (state & GDK_SHIFT_MASK)
    modifiers |= BR_EDITOR_SHIFT;
  if (state & GDK_CONTROL_MASK)
    modifiers |= BR_EDITOR_CTRL;
  if (state & GDK_ALT_MASK)
    modifiers |= BR_EDITOR_ALT;
  return modifiers;
}

/**
 * br_canvas_pointer_down:
 * @x: board point pressed
 *
 * Commits the label being typed, then starts a gesture with the current
 * tool (see #BrBoardEditor).
 */
void
br_canvas_pointer_down (BrCanvas        *self,
                        double           x,
                        double           y,
                        GdkModifierType  modifiers)
{
  g_return_if_fail (BR_IS_CANVAS (self));

  if (self->editor != NULL)
    _br_canvas_finish_edit (self, TRUE, FALSE);
  br_board_editor_pointer_down (self->board_editor, x, y, _br_canvas_modifiers (modifiers));
}

void
br_canvas_pointer_motion (BrCanvas        *self,
                          double           x,
                          double           y,
                          GdkModifierType  modifiers)
{
  g_return_if_fail (BR_IS_CANVAS (self));
  br_board_editor_pointer_motion (self->board_editor, x, y, _br_canvas_modifiers (modifiers));
}

void
br_canvas_pointer_up (BrCanvas        *self,
                      double           x,
                      double           y,
                      GdkModifierType  modifiers)
{
  g_return_if_fail (BR_IS_CANVAS (self));
  br_board_editor_pointer_up (self->board_editor, x, y, _br_canvas_modifiers (modifiers));
}

/**
 * br_canvas_get_bind_target:
 *
 * Returns: (nullable): the item the arrow end being dragged will bind to,
 *   highlighted on the canvas
 */
const char *
br_canvas_get_bind_target (BrCanvas *self)
{
  g_return_val_if_fail (BR_IS_CANVAS (self), NULL);
  return br_board_editor_get_bind_target (self->board_editor);
}

/**
 * br_canvas_place_stencil:
 * @x: board point of the stencil's centre
 *
 * Places a stencil of the default size, selects it and opens its label
 * for typing; one undo step.
 *
 * Returns: (nullable): the new item's id
 */
const char *
br_canvas_place_stencil (BrCanvas  *self,
                         BrStencil  stencil,
                         double     x,
                         double     y)
{
  g_return_val_if_fail (BR_IS_CANVAS (self), NULL);
  g_return_val_if_fail ((guint) stencil < BR_N_STENCILS, NULL);

  if (self->board == NULL)
    return NULL;

  br_canvas_commit_edit (self);
  /* The canvas first, so that the label editor opened next keeps the focus */
  gtk_widget_grab_focus (GTK_WIDGET (self));
  return br_board_editor_place_stencil (self->board_editor, stencil, x, y);
}
