/* br-board-editor-commands.c — what the keyboard and the menus do to the
 * selection: delete, duplicate, group, order, lock, nudge
 *
 * Each is one undo step, and first commits the label being edited, so that
 * it never acts on a half-edited item, nor inside the edit's step.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "br-board-editor-private.h"

#define DUPLICATE_OFFSET 20.0

/* The selection's ids, the label edit committed; NULL when there is
 * nothing to act on */
static GStrv
acting_on (BrBoardEditor *self)
{
  _br_board_editor_finish_label_edit (self, TRUE, NULL);
  if (self->board == NULL || self->selection->len == 0)
    return NULL;
  return br_board_editor_get_selection (self);
}

/**
 * br_board_editor_delete_selection:
 *
 * Removes the selected items; arrows bound to them keep a free end.
 *
 * Returns: whether anything was removed
 */
gboolean
br_board_editor_delete_selection (BrBoardEditor *self)
{
  g_auto(GStrv) ids = NULL;

  g_return_val_if_fail (BR_IS_BOARD_EDITOR (self), FALSE);

  ids = acting_on (self);
  return ids != NULL && br_board_remove (self->board, (const char * const *) ids);
}

/**
 * br_board_editor_duplicate_selection:
 *
 * Copies the selected items 20 units down and right, and selects the
 * copies.
 *
 * Returns: whether anything was copied
 */
gboolean
br_board_editor_duplicate_selection (BrBoardEditor *self)
{
  g_auto(GStrv) ids = NULL;
  g_auto(GStrv) copies = NULL;

  g_return_val_if_fail (BR_IS_BOARD_EDITOR (self), FALSE);

  if ((ids = acting_on (self)) == NULL)
    return FALSE;
  copies = br_board_duplicate (self->board, (const char * const *) ids,
                               DUPLICATE_OFFSET, DUPLICATE_OFFSET);
  br_board_editor_set_selection (self, (const char * const *) copies);
  return copies != NULL && copies[0] != NULL;
}

/**
 * br_board_editor_group_selection:
 *
 * Groups two or more selected items: selecting one selects them all.
 *
 * Returns: whether a group was made
 */
gboolean
br_board_editor_group_selection (BrBoardEditor *self)
{
  g_auto(GStrv) ids = NULL;
  g_autofree char *group = NULL;

  g_return_val_if_fail (BR_IS_BOARD_EDITOR (self), FALSE);

  if ((ids = acting_on (self)) == NULL || g_strv_length (ids) < 2)
    return FALSE;
  group = br_board_group (self->board, (const char * const *) ids);
  return group != NULL;
}

gboolean
br_board_editor_ungroup_selection (BrBoardEditor *self)
{
  g_auto(GStrv) ids = NULL;

  g_return_val_if_fail (BR_IS_BOARD_EDITOR (self), FALSE);

  ids = acting_on (self);
  return ids != NULL && br_board_ungroup (self->board, (const char * const *) ids);
}

gboolean
br_board_editor_reorder_selection (BrBoardEditor *self,
                                   BrReorder      how)
{
  g_auto(GStrv) ids = NULL;

  g_return_val_if_fail (BR_IS_BOARD_EDITOR (self), FALSE);

  ids = acting_on (self);
  return ids != NULL && br_board_reorder (self->board, (const char * const *) ids, how);
}

/**
 * br_board_editor_toggle_lock:
 *
 * Locks the selected items, or unlocks them, following the first one
 * selected.
 *
 * Returns: whether anything changed
 */
gboolean
br_board_editor_toggle_lock (BrBoardEditor *self)
{
  g_auto(GStrv) ids = NULL;
  const BrItem *first;

  g_return_val_if_fail (BR_IS_BOARD_EDITOR (self), FALSE);

  if ((ids = acting_on (self)) == NULL || (first = br_board_lookup (self->board, ids[0])) == NULL)
    return FALSE;
  return br_board_set_property (self->board, (const char * const *) ids, BR_PROP_LOCKED, !first->locked);
}

/**
 * br_board_editor_nudge:
 * @dx: board units across
 *
 * Moves the selection, as the arrow keys do.
 *
 * Returns: whether anything moved
 */
gboolean
br_board_editor_nudge (BrBoardEditor *self,
                       double         dx,
                       double         dy)
{
  g_auto(GStrv) ids = NULL;

  g_return_val_if_fail (BR_IS_BOARD_EDITOR (self), FALSE);

  ids = acting_on (self);
  return ids != NULL && br_board_move (self->board, (const char * const *) ids, dx, dy);
}

/**
 * br_board_editor_place_stencil:
 * @x: board point of the stencil's centre
 *
 * Places a stencil of the default size, selects it and begins editing its
 * label; one undo step.
 *
 * Returns: (nullable): the new item's id
 */
const char *
br_board_editor_place_stencil (BrBoardEditor *self,
                               BrStencil      stencil,
                               double         x,
                               double         y)
{
  BrItem *item;
  double width, height;
  const char *id;

  g_return_val_if_fail (BR_IS_BOARD_EDITOR (self), NULL);
  g_return_val_if_fail ((guint) stencil < BR_N_STENCILS, NULL);

  if (self->board == NULL)
    return NULL;

  _br_board_editor_finish_label_edit (self, TRUE, NULL);
  _br_board_editor_default_size (BR_ITEM_STENCIL, &width, &height);
  item = br_item_new_stencil (stencil, br_board_editor_snap (self, x - width / 2),
                              br_board_editor_snap (self, y - height / 2), width, height);
  _br_board_editor_apply_style (self, item);
  id = br_board_add_item (self->board, item);
  br_board_editor_select_only (self, id);
  br_board_editor_set_tool (self, BR_TOOL_SELECT);
  /* Type the label straight away; its default name is selected */
  br_board_editor_begin_label_edit (self, id);
  return id;
}
