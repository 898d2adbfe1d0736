/* br-window-estimate.c — the estimator and the window's board: placing an
 * estimate note, and opening the estimator on one
 *
 *   win.open-estimate-note s   opens the estimator on the note's inputs,
 *                              linked to it (the canvas: a double click on
 *                              a note, Enter or canvas.open-estimate)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "bar-raiser"

#include "br-board-estimate.h"
#include "br-window-private.h"

static void
open_estimate_note_activated (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  BrWindow *self = BR_WINDOW (widget);
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  BrBoard *board = br_board_page_get_board (self->board_page);

  if (BR_IS_APPLICATION (app) && board != NULL)
    br_application_open_estimate_note (BR_APPLICATION (app), board, g_variant_get_string (parameter, NULL));
}

void
_br_window_estimate_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.open-estimate-note", "s", open_estimate_note_activated);
}

/**
 * br_window_get_board:
 *
 * Returns: (transfer none) (nullable): the board the Whiteboard page shows
 */
BrBoard *
br_window_get_board (BrWindow *self)
{
  g_return_val_if_fail (BR_IS_WINDOW (self), NULL);
  return br_board_page_get_board (self->board_page);
}

/**
 * br_window_place_estimate:
 * @estimate: what the note keeps and shows
 *
 * Places an estimate note in the middle of what the Whiteboard page shows,
 * selected, and shows the page; one undo step.
 *
 * Returns: (transfer full) (nullable): the note's id, %NULL when there is
 *   no board
 */
char *
br_window_place_estimate (BrWindow   *self,
                          BrEstimate *estimate)
{
  BrCanvas *canvas;
  BrBoard *board;
  const char *id;
  double cx, cy;

  g_return_val_if_fail (BR_IS_WINDOW (self), NULL);
  g_return_val_if_fail (BR_IS_ESTIMATE (estimate), NULL);

  board = br_board_page_get_board (self->board_page);
  if (board == NULL)
    return NULL;
  canvas = br_board_page_get_canvas (self->board_page);
  br_canvas_commit_edit (canvas);
  br_canvas_widget_to_board (canvas, gtk_widget_get_width (GTK_WIDGET (canvas)) / 2.0,
                             gtk_widget_get_height (GTK_WIDGET (canvas)) / 2.0, &cx, &cy);
  id = br_board_add_estimate_note (board, estimate, cx, cy);
  br_canvas_set_selection (canvas, (const char * const[]) { id, NULL });
  adw_view_stack_set_visible_child_name (self->stack, "whiteboard");
  return g_strdup (id);
}
