/* br-board-editor-selection.c — which items are selected, and what can be
 * grabbed of them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>

#include "br-board-editor-private.h"

gboolean
br_board_editor_is_selected (BrBoardEditor *self,
                             const char    *id)
{
  g_return_val_if_fail (BR_IS_BOARD_EDITOR (self), FALSE);

  for (guint i = 0; i < self->selection->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->selection, i), id) == 0)
      return TRUE;
  return FALSE;
}

/* Selecting an item selects its whole group */
void
_br_board_editor_add_to_selection (BrBoardEditor *self,
                                   const BrItem  *item)
{
  if (item->group != NULL)
    {
      g_autoptr(GPtrArray) members = br_board_get_group (self->board, item->group);

      for (guint i = 0; members != NULL && i < members->len; i++)
        {
          const BrItem *member = g_ptr_array_index (members, i);
          if (!br_board_editor_is_selected (self, member->id))
            g_ptr_array_add (self->selection, g_strdup (member->id));
        }
    }
  if (!br_board_editor_is_selected (self, item->id))
    g_ptr_array_add (self->selection, g_strdup (item->id));
}

void
_br_board_editor_remove_from_selection (BrBoardEditor *self,
                                        const BrItem  *item)
{
  for (guint i = self->selection->len; i > 0; i--)
    {
      const BrItem *selected = br_board_lookup (self->board, g_ptr_array_index (self->selection, i - 1));

      if (selected == NULL || selected == item ||
          (item->group != NULL && g_strcmp0 (selected->group, item->group) == 0))
        g_ptr_array_remove_index (self->selection, i - 1);
    }
}

guint
br_board_editor_get_n_selected (BrBoardEditor *self)
{
  g_return_val_if_fail (BR_IS_BOARD_EDITOR (self), 0);
  return self->selection->len;
}

/**
 * br_board_editor_get_selected:
 * @index: less than br_board_editor_get_n_selected()
 *
 * Returns: the id of the @index-th item selected
 */
const char *
br_board_editor_get_selected (BrBoardEditor *self,
                              guint          index)
{
  g_return_val_if_fail (BR_IS_BOARD_EDITOR (self), NULL);
  g_return_val_if_fail (index < self->selection->len, NULL);
  return g_ptr_array_index (self->selection, index);
}

/**
 * br_board_editor_get_selection:
 *
 * Returns: (transfer full): the ids of the items selected, in the order
 *   they were selected
 */
GStrv
br_board_editor_get_selection (BrBoardEditor *self)
{
  GStrv ids;

  g_return_val_if_fail (BR_IS_BOARD_EDITOR (self), NULL);

  ids = g_new0 (char *, self->selection->len + 1);
  for (guint i = 0; i < self->selection->len; i++)
    ids[i] = g_strdup (g_ptr_array_index (self->selection, i));
  return ids;
}

/**
 * br_board_editor_set_selection:
 * @ids: (nullable): item ids; those not on the board are left out
 */
void
br_board_editor_set_selection (BrBoardEditor      *self,
                               const char * const *ids)
{
  g_return_if_fail (BR_IS_BOARD_EDITOR (self));

  g_ptr_array_set_size (self->selection, 0);
  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    if (self->board != NULL && br_board_lookup (self->board, ids[i]) != NULL &&
        !br_board_editor_is_selected (self, ids[i]))
      g_ptr_array_add (self->selection, g_strdup (ids[i]));
  _br_board_editor_selection_changed (self);
}

/**
 * br_board_editor_select_only:
 * @id: (nullable): an item, with its group; %NULL clears the selection
 */
void
br_board_editor_select_only (BrBoardEditor *self,
                             const char    *id)
{
  const BrItem *item;

  g_return_if_fail (BR_IS_BOARD_EDITOR (self));

  item = id != NULL && self->board != NULL ? br_board_lookup (self->board, id) : NULL;
  g_ptr_array_set_size (self->selection, 0);
  if (item != NULL)
    _br_board_editor_add_to_selection (self, item);
  _br_board_editor_selection_changed (self);
}

void
br_board_editor_select_all (BrBoardEditor *self)
{
  g_return_if_fail (BR_IS_BOARD_EDITOR (self));

  g_ptr_array_set_size (self->selection, 0);
  for (guint i = 0; self->board != NULL && i < br_board_get_n_items (self->board); i++)
    g_ptr_array_add (self->selection, g_strdup (br_board_get_item (self->board, i)->id));
  _br_board_editor_selection_changed (self);
}

static gboolean
is_closed_shape (const BrItem *item)
{
  return item->kind != BR_ITEM_ARROW && item->kind != BR_ITEM_STROKE;
}

/**
 * br_board_editor_get_handles_box:
 *
 * Returns: %TRUE when exactly one unlocked closed shape is selected, with
 *   its box: the case where resize handles are shown
 */
gboolean
br_board_editor_get_handles_box (BrBoardEditor *self,
                                 BrRect        *box)
{
  const BrItem *item;

  g_return_val_if_fail (BR_IS_BOARD_EDITOR (self), FALSE);

  if (self->selection->len != 1 || self->board == NULL)
    return FALSE;
  item = br_board_lookup (self->board, g_ptr_array_index (self->selection, 0));
  if (item == NULL || !is_closed_shape (item) || item->locked)
    return FALSE;
  box->x = item->x;
  box->y = item->y;
  box->width = item->width;
  box->height = item->height;
  return TRUE;
}

static void
handle_position (const BrRect   *box,
                 BrEditorHandle  handle,
                 double         *x,
                 double         *y)
{
  static const double fx[] = { 0, 0.5, 1, 1, 1, 0.5, 0, 0 };
  static const double fy[] = { 0, 0, 0, 0.5, 1, 1, 1, 0.5 };

  *x = box->x + fx[handle] * box->width;
  *y = box->y + fy[handle] * box->height;
}

/**
 * br_board_editor_handle_at:
 *
 * Returns: the resize handle of the selected shape at a board point
 */
BrEditorHandle
br_board_editor_handle_at (BrBoardEditor *self,
                           double         x,
                           double         y)
{
  BrRect box;
  double reach;

  g_return_val_if_fail (BR_IS_BOARD_EDITOR (self), BR_HANDLE_NONE);

  reach = BR_EDITOR_HANDLE_SIZE / self->zoom;
  if (!br_board_editor_get_handles_box (self, &box))
    return BR_HANDLE_NONE;

  for (int h = 0; h < BR_N_HANDLES; h++)
    {
      double hx, hy;

      handle_position (&box, h, &hx, &hy);
      if (fabs (x - hx) <= reach && fabs (y - hy) <= reach)
        return h;
    }
  return BR_HANDLE_NONE;
}

/**
 * br_board_editor_item_at:
 *
 * Returns: (nullable): the topmost item a click at a board point means, a
 *   few pixels of slack included
 */
const BrItem *
br_board_editor_item_at (BrBoardEditor *self,
                         double         x,
                         double         y)
{
  g_return_val_if_fail (BR_IS_BOARD_EDITOR (self), NULL);

  if (self->board == NULL)
    return NULL;
  return br_board_hit_test (self->board, x, y, _br_board_editor_tolerance (self));
}
