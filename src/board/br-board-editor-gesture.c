/* br-board-editor-gesture.c — what a press, a drag and a release do, per
 * tool
 *
 * Everything here is in board coordinates. One gesture is one undo step:
 * it opens a transaction on the press and commits it on the release.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>

#include "br-board-editor-private.h"

#define CLICK_SLOP 4.0          /* pixels a click may wander */
#define BIND_RADIUS 24.0        /* pixels */

static BrItemKind
kind_for_tool (BrTool tool)
{
  switch (tool)
    {
    case BR_TOOL_ROUNDED_RECTANGLE: return BR_ITEM_ROUNDED_RECTANGLE;
    case BR_TOOL_ELLIPSE: return BR_ITEM_ELLIPSE;
    case BR_TOOL_DIAMOND: return BR_ITEM_DIAMOND;
    case BR_TOOL_CYLINDER: return BR_ITEM_CYLINDER;
    case BR_TOOL_CLOUD: return BR_ITEM_CLOUD;
    case BR_TOOL_HEXAGON: return BR_ITEM_HEXAGON;
    case BR_TOOL_TEXT: return BR_ITEM_TEXT;
    case BR_TOOL_STENCIL: return BR_ITEM_STENCIL;
    case BR_TOOL_RECTANGLE:
    default:
      return BR_ITEM_RECTANGLE;
    }
}

static BrRect
normalized (double x1,
            double y1,
            double x2,
            double y2)
{
  BrRect r = { MIN (x1, x2), MIN (y1, y2), fabs (x2 - x1), fabs (y2 - y1) };
  return r;
}

static gboolean
near (BrBoardEditor *self,
      double         x1,
      double         y1,
      double         x2,
      double         y2,
      double         pixels)
{
  return hypot (x2 - x1, y2 - y1) * self->zoom <= pixels;
}

static const char *
bind_target (BrBoardEditor     *self,
             double             x,
             double             y,
             BrEditorModifiers  modifiers,
             const char        *arrow_id)
{
  const BrItem *target;

  /* Ctrl places the end free */
  if (modifiers & BR_EDITOR_CTRL)
    return NULL;
  target = br_board_find_bindable (self->board, x, y, BIND_RADIUS / self->zoom, arrow_id);
  return target ? target->id : NULL;
}

static void
erase_at (BrBoardEditor *self,
          double         x,
          double         y)
{
  const BrItem *hit = br_board_hit_test (self->board, x, y, _br_board_editor_tolerance (self));

  if (hit != NULL && !hit->locked)
    {
      const char *ids[] = { hit->id, NULL };
      br_board_remove (self->board, ids);
    }
}

static void
begin_transaction (BrBoardEditor *self)
{
  br_board_begin_transaction (self->board);
  self->transaction = TRUE;
}

/* Ends the gesture's transaction, keeping or undoing what it did */
static void
end_transaction (BrBoardEditor *self,
                 gboolean       commit)
{
  if (!self->transaction)
    return;
  self->transaction = FALSE;
  if (self->board == NULL || !br_board_in_transaction (self->board))
    return;
  if (commit)
    br_board_commit (self->board);
  else
    br_board_rollback (self->board);
}

static void
reset_gesture (BrBoardEditor *self)
{
  self->drag = BR_DRAG_NONE;
  self->handle = BR_HANDLE_NONE;
  g_clear_pointer (&self->drag_item, g_free);
  g_clear_pointer (&self->bind_hover, g_free);
  g_clear_pointer (&self->selection_before, g_strfreev);
  g_array_set_size (self->pen_points, 0);
}

/**
 * br_board_editor_cancel_gesture:
 *
 * Drops the gesture in progress (Escape during a drag, or the board going
 * away): the board is put back as it was at the press, with no undo step,
 * and so is the selection. A pan keeps the view where it is; a freehand
 * stroke not yet released is dropped. Nothing happens when no gesture is
 * in progress.
 */
void
br_board_editor_cancel_gesture (BrBoardEditor *self)
{
  g_auto(GStrv) before = NULL;
  g_auto(GStrv) now = NULL;

  g_return_if_fail (BR_IS_BOARD_EDITOR (self));

  if (self->drag == BR_DRAG_NONE)
    return;
  end_transaction (self, FALSE);
  before = g_steal_pointer (&self->selection_before);
  reset_gesture (self);

  now = br_board_editor_get_selection (self);
  if (before != NULL && !g_strv_equal ((const char * const *) before, (const char * const *) now))
    br_board_editor_set_selection (self, (const char * const *) before);
  _br_board_editor_redraw (self);
}

/**
 * br_board_editor_in_gesture:
 *
 * Returns: whether a press started a gesture whose release has not come
 *   (what Escape would cancel)
 */
gboolean
br_board_editor_in_gesture (BrBoardEditor *self)
{
  g_return_val_if_fail (BR_IS_BOARD_EDITOR (self), FALSE);
  return self->drag != BR_DRAG_NONE;
}

static void
press_select (BrBoardEditor     *self,
              double             x,
              double             y,
              BrEditorModifiers  modifiers)
{
  const BrItem *hit;
  BrEditorHandle handle = br_board_editor_handle_at (self, x, y);

  if (handle != BR_HANDLE_NONE)
    {
      br_board_editor_get_handles_box (self, &self->start_box);
      self->handle = handle;
      self->drag_item = g_strdup (g_ptr_array_index (self->selection, 0));
      self->drag = BR_DRAG_RESIZE;
      begin_transaction (self);
      return;
    }

  /* The end of a selected arrow */
  if (self->selection->len == 1)
    {
      const BrItem *arrow = br_board_lookup (self->board, g_ptr_array_index (self->selection, 0));

      if (arrow != NULL && arrow->kind == BR_ITEM_ARROW && !arrow->locked)
        for (int side = 0; side < 2; side++)
          if (near (self, x, y, arrow->ends[side].x, arrow->ends[side].y, BR_EDITOR_HANDLE_SIZE))
            {
              self->drag_item = g_strdup (arrow->id);
              self->drag_side = side;
              self->drag = BR_DRAG_ARROW_END;
              begin_transaction (self);
              return;
            }
    }

  hit = br_board_hit_test (self->board, x, y, _br_board_editor_tolerance (self));
  if (hit != NULL)
    {
      if (modifiers & BR_EDITOR_SHIFT)
        {
          if (br_board_editor_is_selected (self, hit->id))
            _br_board_editor_remove_from_selection (self, hit);
          else
            _br_board_editor_add_to_selection (self, hit);
          _br_board_editor_selection_changed (self);
        }
      else if (!br_board_editor_is_selected (self, hit->id))
        {
          g_ptr_array_set_size (self->selection, 0);
          _br_board_editor_add_to_selection (self, hit);
          _br_board_editor_selection_changed (self);
        }
      if (br_board_editor_is_selected (self, hit->id) && !hit->locked)
        {
          self->start_box.x = hit->x;
          self->start_box.y = hit->y;
          self->drag_item = g_strdup (hit->id);
          self->drag = BR_DRAG_MOVE;
          begin_transaction (self);
        }
      return;
    }

  if (!(modifiers & BR_EDITOR_SHIFT) && self->selection->len > 0)
    {
      g_ptr_array_set_size (self->selection, 0);
      _br_board_editor_selection_changed (self);
    }
  self->rubber = normalized (x, y, x, y);
  self->drag = BR_DRAG_RUBBER_BAND;
}

static void
press_shape (BrBoardEditor *self,
             double         x,
             double         y)
{
  BrItemKind kind = kind_for_tool (self->tool);
  BrItem *item;

  x = br_board_editor_snap (self, x);
  y = br_board_editor_snap (self, y);
  self->start_x = x;
  self->start_y = y;
  if (kind == BR_ITEM_STENCIL)
    item = br_item_new_stencil (self->stencil, x, y, 1, 1);
  else
    item = br_item_new (kind, x, y, 1, 1);
  _br_board_editor_apply_style (self, item);
  if (kind == BR_ITEM_TEXT)
    item->filled = FALSE;

  begin_transaction (self);
  self->drag_item = g_strdup (br_board_add_item (self->board, item));
  self->drag = BR_DRAG_CREATE_SHAPE;
}

static void
press_arrow (BrBoardEditor     *self,
             double             x,
             double             y,
             BrEditorModifiers  modifiers)
{
  BrItem *item = br_item_new_arrow (x, y, x, y);
  const char *id;

  _br_board_editor_apply_style (self, item);
  /* An arrow takes the chosen heads (one by default); a line none */
  item->heads = self->tool == BR_TOOL_ARROW
                ? (self->style[BR_PROP_HEADS] != BR_HEADS_NONE ? self->style[BR_PROP_HEADS] : BR_HEADS_END)
                : BR_HEADS_NONE;
  item->routing = self->style[BR_PROP_ROUTING];
  begin_transaction (self);
  id = br_board_add_item (self->board, item);
  self->drag_item = g_strdup (id);
  br_board_set_arrow_end (self->board, id, BR_END_START, x, y,
                          bind_target (self, x, y, modifiers, id));
  self->drag = BR_DRAG_ARROW;
}

/**
 * br_board_editor_pointer_down:
 * @x: board point pressed
 *
 * Starts a gesture with the current tool: a label being edited is
 * committed first, and a gesture whose release never came is kept.
 */
void
br_board_editor_pointer_down (BrBoardEditor     *self,
                              double             x,
                              double             y,
                              BrEditorModifiers  modifiers)
{
  g_return_if_fail (BR_IS_BOARD_EDITOR (self));

  _br_board_editor_finish_label_edit (self, TRUE, NULL);
  end_transaction (self, TRUE);
  reset_gesture (self);
  self->start_x = x;
  self->start_y = y;

  if (self->board == NULL)
    return;
  self->selection_before = br_board_editor_get_selection (self);

  if (self->pan_held || self->tool == BR_TOOL_HAND)
    {
      self->drag = BR_DRAG_PAN;
      return;
    }

  switch (self->tool)
    {
    case BR_TOOL_SELECT:
      press_select (self, x, y, modifiers);
      break;

    case BR_TOOL_RECTANGLE:
    case BR_TOOL_ROUNDED_RECTANGLE:
    case BR_TOOL_ELLIPSE:
    case BR_TOOL_DIAMOND:
    case BR_TOOL_CYLINDER:
    case BR_TOOL_CLOUD:
    case BR_TOOL_HEXAGON:
    case BR_TOOL_TEXT:
    case BR_TOOL_STENCIL:
      press_shape (self, x, y);
      break;

    case BR_TOOL_ARROW:
    case BR_TOOL_LINE:
      press_arrow (self, x, y, modifiers);
      break;

    case BR_TOOL_PEN:
      {
        BrPoint p = { x, y };

        g_array_append_val (self->pen_points, p);
        self->drag = BR_DRAG_PEN;
      }
      break;

    case BR_TOOL_ERASER:
      begin_transaction (self);
      self->drag = BR_DRAG_ERASE;
      erase_at (self, x, y);
      break;

    case BR_TOOL_HAND:
    case BR_N_TOOLS:
    default:
      break;
    }

  _br_board_editor_redraw (self);
}

static BrRect
resized_box (BrBoardEditor     *self,
             double             x,
             double             y,
             BrEditorModifiers  modifiers)
{
  BrRect b = self->start_box;
  double left = b.x, top = b.y, right = b.x + b.width, bottom = b.y + b.height;
  BrEditorHandle h = self->handle;

  x = br_board_editor_snap (self, x);
  y = br_board_editor_snap (self, y);
  switch (h)
    {
    case BR_HANDLE_NW: left = x; top = y; break;
    case BR_HANDLE_N: top = y; break;
    case BR_HANDLE_NE: right = x; top = y; break;
    case BR_HANDLE_E: right = x; break;
    case BR_HANDLE_SE: right = x; bottom = y; break;
    case BR_HANDLE_S: bottom = y; break;
    case BR_HANDLE_SW: left = x; bottom = y; break;
    case BR_HANDLE_W: left = x; break;
    case BR_HANDLE_NONE:
    case BR_N_HANDLES:
    default:
      break;
    }

  b = normalized (left, top, right, bottom);

  /* Shift keeps the ratio, by the larger of the two changes */
  if ((modifiers & BR_EDITOR_SHIFT) && self->start_box.width > 0 && self->start_box.height > 0)
    {
      double ratio = self->start_box.width / self->start_box.height;

      if (b.width / ratio > b.height)
        b.height = b.width / ratio;
      else
        b.width = b.height * ratio;
      if (h == BR_HANDLE_NW || h == BR_HANDLE_W || h == BR_HANDLE_SW)
        b.x = right - b.width;
      if (h == BR_HANDLE_NW || h == BR_HANDLE_N || h == BR_HANDLE_NE)
        b.y = bottom - b.height;
    }

  b.width = MAX (b.width, 1);
  b.height = MAX (b.height, 1);
  return b;
}

void
br_board_editor_pointer_motion (BrBoardEditor     *self,
                                double             x,
                                double             y,
                                BrEditorModifiers  modifiers)
{
  g_return_if_fail (BR_IS_BOARD_EDITOR (self));

  if (self->board == NULL)
    return;

  switch (self->drag)
    {
    case BR_DRAG_PAN:
      /* Keep the grabbed board point under the pointer */
      _br_board_editor_pan (self, x - self->start_x, y - self->start_y);
      return;

    case BR_DRAG_MOVE:
      {
        g_auto(GStrv) ids = br_board_editor_get_selection (self);
        /* Snap the grabbed item's corner, move everything by the same */
        double want_x = br_board_editor_snap (self, self->start_box.x + x - self->start_x);
        double want_y = br_board_editor_snap (self, self->start_box.y + y - self->start_y);
        const BrItem *grabbed = br_board_lookup (self->board, self->drag_item);

        if (grabbed != NULL && ids[0] != NULL)
          br_board_move (self->board, (const char * const *) ids, want_x - grabbed->x, want_y - grabbed->y);
      }
      break;

    case BR_DRAG_RESIZE:
      {
        BrRect box = resized_box (self, x, y, modifiers);
        br_board_set_box (self->board, self->drag_item, &box);
      }
      break;

    case BR_DRAG_RUBBER_BAND:
      self->rubber = normalized (self->start_x, self->start_y, x, y);
      break;

    case BR_DRAG_CREATE_SHAPE:
      {
        BrRect box = normalized (self->start_x, self->start_y,
                                 br_board_editor_snap (self, x), br_board_editor_snap (self, y));

        if (modifiers & BR_EDITOR_SHIFT)
          box.width = box.height = MAX (box.width, box.height);
        box.width = MAX (box.width, 1);
        box.height = MAX (box.height, 1);
        br_board_set_box (self->board, self->drag_item, &box);
      }
      break;

    case BR_DRAG_ARROW:
    case BR_DRAG_ARROW_END:
      {
        const char *target = bind_target (self, x, y, modifiers, self->drag_item);

        /* The shape the end will bind to is highlighted until the release */
        if (g_strcmp0 (target, self->bind_hover) != 0)
          {
            g_free (self->bind_hover);
            self->bind_hover = g_strdup (target);
          }
        br_board_set_arrow_end (self->board, self->drag_item,
                                self->drag == BR_DRAG_ARROW ? BR_END_END : self->drag_side, x, y, target);
      }
      break;

    case BR_DRAG_PEN:
      {
        BrPoint p = { x, y };

        if (self->pen_points->len < BR_BOARD_MAX_POINTS)
          g_array_append_val (self->pen_points, p);
      }
      break;

    case BR_DRAG_ERASE:
      erase_at (self, x, y);
      break;

    case BR_DRAG_NONE:
    default:
      return;
    }

  _br_board_editor_redraw (self);
}

static void
release_shape (BrBoardEditor *self,
               gboolean       click)
{
  const BrItem *item = br_board_lookup (self->board, self->drag_item);
  g_autofree char *id = g_strdup (self->drag_item);

  /* A click places a shape of the default size, centred there */
  if (item != NULL && (click || item->width < 8 || item->height < 8))
    {
      BrRect box;

      _br_board_editor_default_size (item->kind, &box.width, &box.height);
      box.x = br_board_editor_snap (self, self->start_x - box.width / 2);
      box.y = br_board_editor_snap (self, self->start_y - box.height / 2);
      br_board_set_box (self->board, id, &box);
    }
  end_transaction (self, TRUE);
  br_board_editor_select_only (self, id);
  br_board_editor_set_tool (self, BR_TOOL_SELECT);
  /* Type the label straight away */
  br_board_editor_begin_label_edit (self, id);
}

static void
release_arrow (BrBoardEditor *self)
{
  const BrItem *arrow = br_board_lookup (self->board, self->drag_item);
  g_autofree char *id = g_strdup (self->drag_item);

  if (arrow == NULL || near (self, arrow->ends[0].x, arrow->ends[0].y,
                             arrow->ends[1].x, arrow->ends[1].y, CLICK_SLOP))
    {
      /* Too short to be meant: nothing happened */
      end_transaction (self, FALSE);
      return;
    }
  end_transaction (self, TRUE);
  br_board_editor_select_only (self, id);
  br_board_editor_set_tool (self, BR_TOOL_SELECT);
}

void
br_board_editor_pointer_up (BrBoardEditor     *self,
                            double             x,
                            double             y,
                            BrEditorModifiers  modifiers)
{
  BrDragMode drag;
  gboolean click;

  g_return_if_fail (BR_IS_BOARD_EDITOR (self));

  drag = self->drag;
  if (self->board == NULL || drag == BR_DRAG_NONE)
    return;

  br_board_editor_pointer_motion (self, x, y, modifiers);
  click = near (self, self->start_x, self->start_y, x, y, CLICK_SLOP);
  self->drag = BR_DRAG_NONE;

  switch (drag)
    {
    case BR_DRAG_MOVE:
    case BR_DRAG_RESIZE:
    case BR_DRAG_ARROW_END:
    case BR_DRAG_ERASE:
      end_transaction (self, TRUE);
      break;

    case BR_DRAG_RUBBER_BAND:
      {
        g_autoptr(GPtrArray) items = NULL;

        if (click)
          break;
        items = br_board_query_rect (self->board, &self->rubber, TRUE);
        for (guint i = 0; i < items->len; i++)
          _br_board_editor_add_to_selection (self, g_ptr_array_index (items, i));
        _br_board_editor_selection_changed (self);
      }
      break;

    case BR_DRAG_CREATE_SHAPE:
      release_shape (self, click);
      break;

    case BR_DRAG_ARROW:
      release_arrow (self);
      break;

    case BR_DRAG_PEN:
      if (self->pen_points->len >= 2)
        {
          BrItem *stroke = br_item_new_stroke ((const BrPoint *) self->pen_points->data,
                                               self->pen_points->len, 2);
          _br_board_editor_apply_style (self, stroke);
          br_board_add_item (self->board, stroke);
        }
      break;

    case BR_DRAG_PAN:
    case BR_DRAG_NONE:
    default:
      break;
    }

  reset_gesture (self);
  _br_board_editor_redraw (self);
}

/**
 * br_board_editor_get_rubber_band:
 *
 * Returns: whether a rubber band is being dragged, and its rectangle
 */
gboolean
br_board_editor_get_rubber_band (BrBoardEditor *self,
                                 BrRect        *rect)
{
  g_return_val_if_fail (BR_IS_BOARD_EDITOR (self), FALSE);

  if (self->drag != BR_DRAG_RUBBER_BAND)
    return FALSE;
  *rect = self->rubber;
  return TRUE;
}

/**
 * br_board_editor_get_pen_points:
 * @n_points: (out): how many
 *
 * Returns: (nullable) (array length=n_points): the freehand stroke being
 *   drawn, not yet on the board
 */
const BrPoint *
br_board_editor_get_pen_points (BrBoardEditor *self,
                                guint         *n_points)
{
  g_return_val_if_fail (BR_IS_BOARD_EDITOR (self), NULL);

  *n_points = self->drag == BR_DRAG_PEN ? self->pen_points->len : 0;
  return *n_points > 0 ? (const BrPoint *) self->pen_points->data : NULL;
}

/**
 * br_board_editor_get_bind_target:
 *
 * Returns: (nullable): the item the arrow end being dragged will bind to
 */
const char *
br_board_editor_get_bind_target (BrBoardEditor *self)
{
  g_return_val_if_fail (BR_IS_BOARD_EDITOR (self), NULL);
  return self->bind_hover;
}
