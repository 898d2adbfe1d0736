/* br-board-editor-label.c — which item's label is being edited
 *
 * What is typed goes to the board as it is typed, inside one transaction,
 * and the shape grows to hold it; so a draft keeps it, and ending the edit,
 * whichever way, is one undo step (none when nothing changed). The text
 * entry itself belongs to the view, which passes the text on.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "br-board-editor-private.h"
#include "br-board-label.h"

/**
 * _br_board_editor_finish_label_edit:
 * @commit: keep what was typed (else the label and the item's size are
 *   put back as they were)
 * @text: (nullable): the label's final text, when committing
 */
void
_br_board_editor_finish_label_edit (BrBoardEditor *self,
                                    gboolean       commit,
                                    const char    *text)
{
  g_autofree char *id = NULL;

  if (self->editing_id == NULL)
    return;

  id = g_steal_pointer (&self->editing_id);
  if (self->board != NULL)
    {
      if (commit && text != NULL)
        br_board_set_label_fitted (self->board, id, text);
      if (self->edit_transaction && br_board_in_transaction (self->board))
        {
          if (commit)
            br_board_commit (self->board);
          else
            br_board_rollback (self->board);
        }
    }
  self->edit_transaction = FALSE;
  _br_board_editor_notify_editing (self);
}

/**
 * br_board_editor_begin_label_edit:
 * @id: an item with a label (not a freehand stroke, not locked)
 *
 * Commits the label being edited, if any, and starts editing @id's.
 *
 * Returns: whether the edit began
 */
gboolean
br_board_editor_begin_label_edit (BrBoardEditor *self,
                                  const char    *id)
{
  const BrItem *item;

  g_return_val_if_fail (BR_IS_BOARD_EDITOR (self), FALSE);

  _br_board_editor_finish_label_edit (self, TRUE, NULL);

  if (self->board == NULL || id == NULL || (item = br_board_lookup (self->board, id)) == NULL ||
      item->kind == BR_ITEM_STROKE || item->locked)
    return FALSE;

  self->editing_id = g_strdup (id);
  br_board_begin_transaction (self->board);
  self->edit_transaction = TRUE;
  _br_board_editor_notify_editing (self);
  return TRUE;
}

/**
 * br_board_editor_get_editing_id:
 *
 * Returns: (nullable): the item whose label is being edited
 */
const char *
br_board_editor_get_editing_id (BrBoardEditor *self)
{
  g_return_val_if_fail (BR_IS_BOARD_EDITOR (self), NULL);
  return self->editing_id;
}

/**
 * br_board_editor_set_label_text:
 *
 * Puts what is typed so far on the board, growing the shape to hold it.
 */
void
br_board_editor_set_label_text (BrBoardEditor *self,
                                const char    *text)
{
  g_return_if_fail (BR_IS_BOARD_EDITOR (self));
  g_return_if_fail (text != NULL);

  if (self->editing_id == NULL || self->board == NULL)
    return;
  br_board_set_label_fitted (self->board, self->editing_id, text);
}

/**
 * br_board_editor_commit_label_edit:
 * @text: (nullable): the final text, or %NULL to keep what was set
 *
 * Ends the edit, keeping the label: one undo step.
 */
void
br_board_editor_commit_label_edit (BrBoardEditor *self,
                                   const char    *text)
{
  g_return_if_fail (BR_IS_BOARD_EDITOR (self));
  _br_board_editor_finish_label_edit (self, TRUE, text);
}

/**
 * br_board_editor_cancel_label_edit:
 *
 * Ends the edit, putting the label and the item's size back as they were.
 */
void
br_board_editor_cancel_label_edit (BrBoardEditor *self)
{
  g_return_if_fail (BR_IS_BOARD_EDITOR (self));
  _br_board_editor_finish_label_edit (self, FALSE, NULL);
}
