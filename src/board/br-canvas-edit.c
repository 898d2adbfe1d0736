/* br-canvas-edit.c — typing a label straight onto the board
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "br-canvas-private.h"

void
_br_canvas_position_editor (BrCanvas *self)
{
  if (self->editor != NULL)
    gtk_widget_queue_allocate (GTK_WIDGET (self));
}

void
_br_canvas_finish_edit (BrCanvas *self,
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
  _br_canvas_finish_edit (self, TRUE);
}

void
br_canvas_cancel_edit (BrCanvas *self)
{
  g_return_if_fail (BR_IS_CANVAS (self));
  _br_canvas_finish_edit (self, FALSE);
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
      _br_canvas_finish_edit (self, FALSE);
      return TRUE;
    }
  /* Enter commits; Shift+Enter makes a new line */
  if ((keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter) && !(state & GDK_SHIFT_MASK))
    {
      _br_canvas_finish_edit (self, TRUE);
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
    _br_canvas_finish_edit (self, TRUE);
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

  _br_canvas_finish_edit (self, TRUE);

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

void
_br_canvas_size_allocate (GtkWidget *widget,
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
