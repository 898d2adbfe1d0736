/* br-canvas-tools.c — what a press, a drag and a release do, per tool
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>

#include "br-canvas-private.h"

/* Everything here is in board coordinates. One gesture is one undo step:
 * it opens a transaction on the press and commits it on the release. */

#define HANDLE_SIZE 8.0         /* widget pixels */
#define CLICK_SLOP 4.0          /* widget pixels a click may wander */
#define BIND_RADIUS 24.0        /* widget pixels */
#define GRID_STEP 20.0          /* board units */

double
_br_canvas_tolerance (BrCanvas *self)
{
  return 6.0 / self->zoom;
}

static double
snap (BrCanvas *self,
      double    v)
{
  return self->grid ? round (v / GRID_STEP) * GRID_STEP : v;
}

gboolean
_br_canvas_is_selected (BrCanvas   *self,
                        const char *id)
{
  for (guint i = 0; i < self->selection->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->selection, i), id) == 0)
      return TRUE;
  return FALSE;
}

/* Selecting an item selects its whole group */
static void
add_to_selection (BrCanvas     *self,
                  const BrItem *item)
{
  if (item->group != NULL)
    {
      g_autoptr(GPtrArray) members = br_board_get_group (self->board, item->group);

      for (guint i = 0; members != NULL && i < members->len; i++)
        {
          const BrItem *member = g_ptr_array_index (members, i);
          if (!_br_canvas_is_selected (self, member->id))
            g_ptr_array_add (self->selection, g_strdup (member->id));
        }
    }
  if (!_br_canvas_is_selected (self, item->id))
    g_ptr_array_add (self->selection, g_strdup (item->id));
}

static void
remove_from_selection (BrCanvas     *self,
                       const BrItem *item)
{
  for (guint i = self->selection->len; i > 0; i--)
    {
      const BrItem *selected = br_board_lookup (self->board, g_ptr_array_index (self->selection, i - 1));

      if (selected == NULL || selected == item ||
          (item->group != NULL && g_strcmp0 (selected->group, item->group) == 0))
        g_ptr_array_remove_index (self->selection, i - 1);
    }
}

void
_br_canvas_select_only (BrCanvas   *self,
                        const char *id)
{
  const BrItem *item = id ? br_board_lookup (self->board, id) : NULL;

  g_ptr_array_set_size (self->selection, 0);
  if (item != NULL)
    add_to_selection (self, item);
  _br_canvas_selection_changed (self);
}

static GStrv
selection_ids (BrCanvas *self)
{
  GStrv ids = g_new0 (char *, self->selection->len + 1);

  for (guint i = 0; i < self->selection->len; i++)
    ids[i] = g_strdup (g_ptr_array_index (self->selection, i));
  return ids;
}

static gboolean
is_closed_shape (const BrItem *item)
{
  return item->kind != BR_ITEM_ARROW && item->kind != BR_ITEM_STROKE;
}

/**
 * _br_canvas_single_box:
 *
 * Returns: %TRUE when exactly one unlocked closed shape is selected, with
 *   its box: the case where resize handles are shown
 */
gboolean
_br_canvas_single_box (BrCanvas *self,
                       BrRect   *box)
{
  const BrItem *item;

  if (self->selection->len != 1)
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
handle_position (const BrRect *box,
                 Handle        handle,
                 double       *x,
                 double       *y)
{
  static const double fx[] = { 0, 0.5, 1, 1, 1, 0.5, 0, 0 };
  static const double fy[] = { 0, 0, 0, 0.5, 1, 1, 1, 0.5 };

  *x = box->x + fx[handle] * box->width;
  *y = box->y + fy[handle] * box->height;
}

Handle
_br_canvas_handle_at (BrCanvas *self,
                      double    x,
                      double    y)
{
  BrRect box;
  double reach = HANDLE_SIZE / self->zoom;

  if (!_br_canvas_single_box (self, &box))
    return HANDLE_NONE;

  for (int h = 0; h < N_HANDLES; h++)
    {
      double hx, hy;

      handle_position (&box, h, &hx, &hy);
      if (fabs (x - hx) <= reach && fabs (y - hy) <= reach)
        return h;
    }
  return HANDLE_NONE;
}

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

static void
apply_style (BrCanvas *self,
             BrItem   *item)
{
  item->stroke_color = self->style[BR_PROP_STROKE_COLOR];
  item->fill_color = self->style[BR_PROP_FILL_COLOR];
  item->filled = self->style[BR_PROP_FILLED] != 0;
  item->stroke_width = self->style[BR_PROP_STROKE_WIDTH];
  item->line_style = self->style[BR_PROP_LINE_STYLE];
}

static void
default_size (BrItemKind  kind,
              double     *width,
              double     *height)
{
  switch (kind)
    {
    case BR_ITEM_TEXT:
      *width = 200;
      *height = 40;
      break;
    case BR_ITEM_STENCIL:
      *width = 150;
      *height = 90;
      break;
    case BR_ITEM_ELLIPSE:
    case BR_ITEM_DIAMOND:
    case BR_ITEM_HEXAGON:
      *width = 140;
      *height = 100;
      break;
    case BR_ITEM_CYLINDER:
      *width = 110;
      *height = 130;
      break;
    default:
      *width = 160;
      *height = 90;
      break;
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

static const char *
bind_target (BrCanvas        *self,
             double           x,
             double           y,
             GdkModifierType  modifiers,
             const char      *arrow_id)
{
  const BrItem *target;

  /* Ctrl places the end free */
  if (modifiers & GDK_CONTROL_MASK)
    return NULL;
  target = br_board_find_bindable (self->board, x, y, BIND_RADIUS / self->zoom, arrow_id);
  return target ? target->id : NULL;
}

static gboolean
near (BrCanvas *self,
      double    x1,
      double    y1,
      double    x2,
      double    y2,
      double    pixels)
{
  return hypot (x2 - x1, y2 - y1) * self->zoom <= pixels;
}

static void
erase_at (BrCanvas *self,
          double    x,
          double    y)
{
  const BrItem *hit = br_board_hit_test (self->board, x, y, _br_canvas_tolerance (self));

  if (hit != NULL && !hit->locked)
    {
      const char *ids[] = { hit->id, NULL };
      br_board_remove (self->board, ids);
    }
}

void
_br_canvas_tools_pointer_down (BrCanvas        *self,
                               double           x,
                               double           y,
                               GdkModifierType  modifiers)
{
  self->start_x = self->last_x = x;
  self->start_y = self->last_y = y;
  self->drag = DRAG_NONE;
  g_clear_pointer (&self->drag_item, g_free);

  if (self->board == NULL)
    return;

  if (self->space_held || self->tool == BR_TOOL_HAND)
    {
      self->drag = DRAG_PAN;
      return;
    }

  switch (self->tool)
    {
    case BR_TOOL_SELECT:
      {
        const BrItem *hit;
        Handle handle = _br_canvas_handle_at (self, x, y);

        if (handle != HANDLE_NONE)
          {
            _br_canvas_single_box (self, &self->start_box);
            self->handle = handle;
            self->drag_item = g_strdup (g_ptr_array_index (self->selection, 0));
            self->drag = DRAG_RESIZE;
            br_board_begin_transaction (self->board);
            return;
          }

        /* The end of a selected arrow */
        if (self->selection->len == 1)
          {
            const BrItem *arrow = br_board_lookup (self->board, g_ptr_array_index (self->selection, 0));

            if (arrow != NULL && arrow->kind == BR_ITEM_ARROW && !arrow->locked)
              for (int side = 0; side < 2; side++)
                if (near (self, x, y, arrow->ends[side].x, arrow->ends[side].y, HANDLE_SIZE))
                  {
                    self->drag_item = g_strdup (arrow->id);
                    self->drag_side = side;
                    self->drag = DRAG_ARROW_END;
                    br_board_begin_transaction (self->board);
                    return;
                  }
          }

        hit = br_board_hit_test (self->board, x, y, _br_canvas_tolerance (self));
        if (hit != NULL)
          {
            if (modifiers & GDK_SHIFT_MASK)
              {
                if (_br_canvas_is_selected (self, hit->id))
                  remove_from_selection (self, hit);
                else
                  add_to_selection (self, hit);
                _br_canvas_selection_changed (self);
              }
            else if (!_br_canvas_is_selected (self, hit->id))
              {
                g_ptr_array_set_size (self->selection, 0);
                add_to_selection (self, hit);
                _br_canvas_selection_changed (self);
              }
            if (_br_canvas_is_selected (self, hit->id) && !hit->locked)
              {
                self->start_box.x = hit->x;
                self->start_box.y = hit->y;
                self->drag = DRAG_MOVE;
                br_board_begin_transaction (self->board);
              }
            return;
          }

        if (!(modifiers & GDK_SHIFT_MASK) && self->selection->len > 0)
          {
            g_ptr_array_set_size (self->selection, 0);
            _br_canvas_selection_changed (self);
          }
        self->rubber = normalized (x, y, x, y);
        self->drag = DRAG_RUBBER_BAND;
      }
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
      {
        BrItemKind kind = kind_for_tool (self->tool);
        BrItem *item;

        x = snap (self, x);
        y = snap (self, y);
        self->start_x = self->last_x = x;
        self->start_y = self->last_y = y;
        if (kind == BR_ITEM_STENCIL)
          item = br_item_new_stencil (self->stencil, x, y, 1, 1);
        else
          item = br_item_new (kind, x, y, 1, 1);
        apply_style (self, item);
        if (kind == BR_ITEM_TEXT)
          item->filled = FALSE;

        br_board_begin_transaction (self->board);
        self->drag_item = g_strdup (br_board_add_item (self->board, item));
        self->drag = DRAG_CREATE_SHAPE;
      }
      break;

    case BR_TOOL_ARROW:
    case BR_TOOL_LINE:
      {
        BrItem *item = br_item_new_arrow (x, y, x, y);
        const char *id;

        apply_style (self, item);
        /* An arrow takes the chosen heads (one by default); a line none */
        item->heads = self->tool == BR_TOOL_ARROW
                      ? (self->style[BR_PROP_HEADS] != BR_HEADS_NONE ? self->style[BR_PROP_HEADS] : BR_HEADS_END)
                      : BR_HEADS_NONE;
        item->routing = self->style[BR_PROP_ROUTING];
        br_board_begin_transaction (self->board);
        id = br_board_add_item (self->board, item);
        self->drag_item = g_strdup (id);
        br_board_set_arrow_end (self->board, id, BR_END_START, x, y,
                                bind_target (self, x, y, modifiers, id));
        self->drag = DRAG_ARROW;
      }
      break;

    case BR_TOOL_PEN:
      {
        BrPoint p = { x, y };

        g_array_set_size (self->pen_points, 0);
        g_array_append_val (self->pen_points, p);
        self->drag = DRAG_PEN;
      }
      break;

    case BR_TOOL_ERASER:
      br_board_begin_transaction (self->board);
      self->drag = DRAG_ERASE;
      erase_at (self, x, y);
      break;

    case BR_TOOL_HAND:
    case BR_N_TOOLS:
    default:
      break;
    }

  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static BrRect
resized_box (BrCanvas        *self,
             double           x,
             double           y,
             GdkModifierType  modifiers)
{
  BrRect b = self->start_box;
  double left = b.x, top = b.y, right = b.x + b.width, bottom = b.y + b.height;

  x = snap (self, x);
  y = snap (self, y);
  switch (self->handle)
    {
    case HANDLE_NW: left = x; top = y; break;
    case HANDLE_N: top = y; break;
    case HANDLE_NE: right = x; top = y; break;
    case HANDLE_E: right = x; break;
    case HANDLE_SE: right = x; bottom = y; break;
    case HANDLE_S: bottom = y; break;
    case HANDLE_SW: left = x; bottom = y; break;
    case HANDLE_W: left = x; break;
    case HANDLE_NONE:
    case N_HANDLES:
    default:
      break;
    }

  b = normalized (left, top, right, bottom);

  /* Shift keeps the ratio, by the larger of the two changes */
  if ((modifiers & GDK_SHIFT_MASK) && self->start_box.width > 0 && self->start_box.height > 0)
    {
      double ratio = self->start_box.width / self->start_box.height;

      if (b.width / ratio > b.height)
        b.height = b.width / ratio;
      else
        b.width = b.height * ratio;
      if (self->handle == HANDLE_NW || self->handle == HANDLE_W || self->handle == HANDLE_SW)
        b.x = right - b.width;
      if (self->handle == HANDLE_NW || self->handle == HANDLE_N || self->handle == HANDLE_NE)
        b.y = bottom - b.height;
    }

  b.width = MAX (b.width, 1);
  b.height = MAX (b.height, 1);
  return b;
}

void
_br_canvas_tools_pointer_motion (BrCanvas        *self,
                                 double           x,
                                 double           y,
                                 GdkModifierType  modifiers)
{
  if (self->board == NULL)
    return;

  switch (self->drag)
    {
    case DRAG_PAN:
      /* Keep the grabbed board point under the pointer */
      br_canvas_pan (self, (x - self->start_x) * self->zoom, (y - self->start_y) * self->zoom);
      return;

    case DRAG_MOVE:
      {
        g_auto(GStrv) ids = selection_ids (self);
        /* Snap the first item's corner, move everything by the same */
        double want_x = snap (self, self->start_box.x + x - self->start_x);
        double want_y = snap (self, self->start_box.y + y - self->start_y);
        const BrItem *first = br_board_lookup (self->board, ids[0]);

        if (first != NULL)
          br_board_move (self->board, (const char * const *) ids, want_x - first->x, want_y - first->y);
      }
      break;

    case DRAG_RESIZE:
      {
        BrRect box = resized_box (self, x, y, modifiers);
        br_board_set_box (self->board, self->drag_item, &box);
      }
      break;

    case DRAG_RUBBER_BAND:
      self->rubber = normalized (self->start_x, self->start_y, x, y);
      break;

    case DRAG_CREATE_SHAPE:
      {
        BrRect box = normalized (self->start_x, self->start_y, snap (self, x), snap (self, y));

        if (modifiers & GDK_SHIFT_MASK)
          box.width = box.height = MAX (box.width, box.height);
        box.width = MAX (box.width, 1);
        box.height = MAX (box.height, 1);
        br_board_set_box (self->board, self->drag_item, &box);
      }
      break;

    case DRAG_ARROW:
    case DRAG_ARROW_END:
      {
        const char *target = bind_target (self, x, y, modifiers, self->drag_item);

        /* The shape the end will bind to is highlighted until the release */
        if (g_strcmp0 (target, self->bind_hover) != 0)
          {
            g_free (self->bind_hover);
            self->bind_hover = g_strdup (target);
          }
        br_board_set_arrow_end (self->board, self->drag_item,
                                self->drag == DRAG_ARROW ? BR_END_END : self->drag_side, x, y, target);
      }
      break;

    case DRAG_PEN:
      {
        BrPoint p = { x, y };

        if (self->pen_points->len < BR_BOARD_MAX_POINTS)
          g_array_append_val (self->pen_points, p);
      }
      break;

    case DRAG_ERASE:
      erase_at (self, x, y);
      break;

    case DRAG_NONE:
    default:
      return;
    }

  self->last_x = x;
  self->last_y = y;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
_br_canvas_tools_pointer_up (BrCanvas        *self,
                             double           x,
                             double           y,
                             GdkModifierType  modifiers)
{
  DragMode drag = self->drag;
  gboolean click;

  if (self->board == NULL || drag == DRAG_NONE)
    return;

  _br_canvas_tools_pointer_motion (self, x, y, modifiers);
  click = near (self, self->start_x, self->start_y, x, y, CLICK_SLOP);
  self->drag = DRAG_NONE;

  switch (drag)
    {
    case DRAG_MOVE:
    case DRAG_RESIZE:
    case DRAG_ARROW_END:
    case DRAG_ERASE:
      br_board_commit (self->board);
      break;

    case DRAG_RUBBER_BAND:
      {
        g_autoptr(GPtrArray) items = NULL;

        if (click)
          break;
        items = br_board_query_rect (self->board, &self->rubber, TRUE);
        for (guint i = 0; i < items->len; i++)
          add_to_selection (self, g_ptr_array_index (items, i));
        _br_canvas_selection_changed (self);
      }
      break;

    case DRAG_CREATE_SHAPE:
      {
        const BrItem *item = br_board_lookup (self->board, self->drag_item);
        g_autofree char *id = g_strdup (self->drag_item);

        /* A click places a shape of the default size, centred there */
        if (item != NULL && (click || item->width < 8 || item->height < 8))
          {
            BrRect box;

            default_size (item->kind, &box.width, &box.height);
            box.x = snap (self, self->start_x - box.width / 2);
            box.y = snap (self, self->start_y - box.height / 2);
            br_board_set_box (self->board, id, &box);
          }
        br_board_commit (self->board);
        _br_canvas_select_only (self, id);
        br_canvas_set_tool (self, BR_TOOL_SELECT);
        /* Type the label straight away */
        br_canvas_edit_label (self, id);
      }
      break;

    case DRAG_ARROW:
      {
        const BrItem *arrow = br_board_lookup (self->board, self->drag_item);
        g_autofree char *id = g_strdup (self->drag_item);

        if (arrow == NULL || near (self, arrow->ends[0].x, arrow->ends[0].y,
                                   arrow->ends[1].x, arrow->ends[1].y, CLICK_SLOP))
          {
            /* Too short to be meant: nothing happened */
            br_board_rollback (self->board);
            break;
          }
        br_board_commit (self->board);
        _br_canvas_select_only (self, id);
        br_canvas_set_tool (self, BR_TOOL_SELECT);
      }
      break;

    case DRAG_PEN:
      if (self->pen_points->len >= 2)
        {
          BrItem *stroke = br_item_new_stroke ((const BrPoint *) self->pen_points->data,
                                               self->pen_points->len, 2);
          apply_style (self, stroke);
          br_board_add_item (self->board, stroke);
        }
      g_array_set_size (self->pen_points, 0);
      break;

    case DRAG_PAN:
    case DRAG_NONE:
    default:
      break;
    }

  g_clear_pointer (&self->drag_item, g_free);
  g_clear_pointer (&self->bind_hover, g_free);
  gtk_widget_queue_draw (GTK_WIDGET (self));
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
  return self->bind_hover;
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
  BrItem *item;
  double width, height;
  const char *id;

  g_return_val_if_fail (BR_IS_CANVAS (self), NULL);
  g_return_val_if_fail ((guint) stencil < BR_N_STENCILS, NULL);

  if (self->board == NULL)
    return NULL;

  br_canvas_commit_edit (self);
  default_size (BR_ITEM_STENCIL, &width, &height);
  item = br_item_new_stencil (stencil, snap (self, x - width / 2), snap (self, y - height / 2), width, height);
  apply_style (self, item);
  id = br_board_add_item (self->board, item);
  _br_canvas_select_only (self, id);
  br_canvas_set_tool (self, BR_TOOL_SELECT);
  gtk_widget_grab_focus (GTK_WIDGET (self));
  /* Type the label straight away; its default name is selected */
  br_canvas_edit_label (self, id);
  return id;
}
