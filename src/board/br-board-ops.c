/* br-board-ops.c — the operations tools call: each one undo step
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-board"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "br-board-private.h"

/* The items of @ids that are on the board, each once */
static GPtrArray *
resolve (BrBoard            *self,
         const char * const *ids,
         gboolean            skip_locked)
{
  GPtrArray *out = g_ptr_array_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);

  for (guint i = 0; ids && ids[i]; i++)
    {
      BrItem *item = _br_board_lookup (self, ids[i]);

      if (item == NULL || (skip_locked && item->locked) || !g_hash_table_add (seen, item))
        continue;
      g_ptr_array_add (out, item);
    }
  return out;
}

static int
compare_z (gconstpointer a,
           gconstpointer b)
{
  const BrItem *x = *(const BrItem * const *) a;
  const BrItem *y = *(const BrItem * const *) b;

  return (x->z > y->z) - (x->z < y->z);
}

static GHashTable *
set_of (GPtrArray *items)
{
  GHashTable *set = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < items->len; i++)
    g_hash_table_add (set, g_ptr_array_index (items, i));
  return set;
}

/* Keeps an item within the limits a saved file must obey */
static void
sanitize (BrItem *item)
{
  BrRect box;

  item->kind = MIN ((guint) item->kind, BR_N_ITEM_KINDS - 1);
  item->stencil = MIN ((guint) item->stencil, BR_N_STENCILS - 1);
  item->stroke_color = MIN (item->stroke_color, BR_PALETTE_SIZE - 1);
  item->fill_color = MIN (item->fill_color, BR_PALETTE_SIZE - 1);
  item->filled = !!item->filled;
  item->locked = !!item->locked;
  item->stroke_width = MIN ((guint) item->stroke_width, BR_N_STROKE_WIDTHS - 1);
  item->line_style = MIN ((guint) item->line_style, BR_N_LINE_STYLES - 1);
  item->font_size = MIN ((guint) item->font_size, BR_N_FONT_SIZES - 1);
  item->routing = MIN ((guint) item->routing, BR_N_ROUTINGS - 1);
  item->heads = MIN ((guint) item->heads, BR_N_HEADS - 1);
  br_item_set_label (item, item->label);
  if (item->group != NULL && !br_id_is_name (item->group))
    g_clear_pointer (&item->group, g_free);
  br_item_set_component (item, item->component);
  if (!br_item_kind_is_shape (item->kind) && item->kind != BR_ITEM_TEXT)
    g_clear_pointer (&item->estimate, br_item_estimate_free);

  if (item->kind == BR_ITEM_ARROW || item->kind == BR_ITEM_STROKE)
    br_item_translate (item, 0, 0);   /* clamps the points */
  else
    {
      br_item_get_bounds (item, &box);
      br_item_set_box (item, &box);
    }
  if (item->kind != BR_ITEM_ARROW)
    for (guint i = 0; i < 2; i++)
      g_clear_pointer (&item->ends[i].item_id, g_free);
  if (item->kind == BR_ITEM_STROKE && item->n_points == 0)
    {
      item->points = g_new0 (BrPoint, 1);
      item->n_points = 1;
    }
  br_item_update_bounds (item);
}

/**
 * br_board_add_item:
 * @item: (transfer full): a new item; its id is kept when it is a valid id
 *   the board does not have, otherwise the board gives it a fresh one
 *
 * Adds the item on top. Arrow ends bound to items the board does not have
 * (or to arrows, strokes or the arrow itself) become free.
 *
 * Returns: the item's id, owned by the board
 */
const char *
br_board_add_item (BrBoard *self,
                   BrItem  *item)
{
  g_return_val_if_fail (BR_IS_BOARD (self), NULL);
  g_return_val_if_fail (item != NULL, NULL);

  sanitize (item);
  if (item->id == NULL || !br_id_is_name (item->id) ||
      g_hash_table_contains (self->by_id, item->id))
    {
      g_free (item->id);
      item->id = _br_board_new_id (self);
    }

  _br_board_op_begin (self);
  _br_board_insert (self, item, self->items->len);
  _br_board_op_end (self);
  return item->id;
}

/**
 * br_board_remove:
 *
 * Removes items. Arrows bound to a removed item that stay keep their end
 * where it was, free.
 */
gboolean
br_board_remove (BrBoard            *self,
                 const char * const *ids)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GHashTable) set = NULL;

  g_return_val_if_fail (BR_IS_BOARD (self), FALSE);

  items = resolve (self, ids, FALSE);
  if (items->len == 0)
    return FALSE;
  set = set_of (items);

  _br_board_op_begin (self);

  /* Free the ends bound to what goes */
  for (guint i = 0; i < items->len; i++)
    {
      BrItem *item = g_ptr_array_index (items, i);
      g_autoptr(GPtrArray) arrows = NULL;

      if (item->arrows == NULL || item->arrows->len == 0)
        continue;
      arrows = g_ptr_array_copy (item->arrows, NULL, NULL);
      for (guint j = 0; j < arrows->len; j++)
        {
          BrItem *arrow = g_ptr_array_index (arrows, j);

          if (g_hash_table_contains (set, arrow))
            continue;
          _br_board_modify_begin (self, arrow);
          for (guint side = 0; side < 2; side++)
            if (g_strcmp0 (arrow->ends[side].item_id, item->id) == 0)
              _br_board_bind (self, arrow, side, NULL);
          _br_board_modify_end (self, arrow);
        }
    }

  /* Arrows first, so that undo puts the items they are bound to back
   * before them; from the top down, so that positions stay valid */
  g_ptr_array_sort (items, compare_z);
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = items->len; i-- > 0;)
      {
        BrItem *item = g_ptr_array_index (items, i);

        if (item != NULL && (item->kind == BR_ITEM_ARROW) == (pass == 0))
          {
            items->pdata[i] = NULL;
            _br_board_detach (self, item->z);
          }
      }

  _br_board_op_end (self);
  return TRUE;
}

/**
 * br_board_move:
 *
 * Moves items by (@dx, @dy). Locked items stay. Arrows bound to moved
 * items follow; a moved arrow keeps the ends bound to items that move with
 * it and frees the others.
 */
gboolean
br_board_move (BrBoard            *self,
               const char * const *ids,
               double              dx,
               double              dy)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GHashTable) set = NULL;

  g_return_val_if_fail (BR_IS_BOARD (self), FALSE);

  if (!(dx != 0 || dy != 0) || !isfinite (dx) || !isfinite (dy))
    return FALSE;
  items = resolve (self, ids, TRUE);
  if (items->len == 0)
    return FALSE;
  set = set_of (items);

  _br_board_op_begin (self);
  for (guint i = 0; i < items->len; i++)
    {
      BrItem *item = g_ptr_array_index (items, i);

      _br_board_modify_begin (self, item);
      if (item->kind == BR_ITEM_ARROW)
        for (guint side = 0; side < 2; side++)
          {
            BrItem *target = _br_board_lookup (self, item->ends[side].item_id);

            if (target != NULL && !g_hash_table_contains (set, target))
              _br_board_bind (self, item, side, NULL);
          }
      br_item_translate (item, dx, dy);
      _br_board_modify_end (self, item);
    }
  _br_board_op_end (self);
  return TRUE;
}

/**
 * br_board_set_box:
 * @box: the new box (what the eight resize handles set); a negative size
 *   flips it
 *
 * Resizes an item (not a locked one). Arrows bound to it follow.
 */
gboolean
br_board_set_box (BrBoard      *self,
                  const char   *id,
                  const BrRect *box)
{
  BrItem *item;
  BrRect old, now;

  g_return_val_if_fail (BR_IS_BOARD (self), FALSE);
  g_return_val_if_fail (box != NULL, FALSE);

  item = _br_board_lookup (self, id);
  if (item == NULL || item->locked)
    return FALSE;

  br_item_get_bounds (item, &old);
  _br_board_op_begin (self);
  _br_board_modify_begin (self, item);
  br_item_set_box (item, box);
  _br_board_modify_end (self, item);
  _br_board_op_end (self);
  br_item_get_bounds (item, &now);
  return memcmp (&old, &now, sizeof old) != 0;
}

/**
 * br_board_set_arrow_end:
 * @bind_to: (nullable): the item to bind the end to; %NULL (or an item that
 *   cannot be bound to) leaves it free at (@x, @y)
 */
gboolean
br_board_set_arrow_end (BrBoard     *self,
                        const char  *arrow_id,
                        BrArrowSide  side,
                        double       x,
                        double       y,
                        const char  *bind_to)
{
  BrItem *arrow, *target;

  g_return_val_if_fail (BR_IS_BOARD (self), FALSE);
  g_return_val_if_fail (side == BR_END_START || side == BR_END_END, FALSE);

  arrow = _br_board_lookup (self, arrow_id);
  if (arrow == NULL || arrow->kind != BR_ITEM_ARROW)
    return FALSE;
  target = _br_board_lookup (self, bind_to);
  if (target != NULL && (target == arrow || !br_item_is_bindable (target)))
    target = NULL;
  x = br_board_clamp_coord (x);
  y = br_board_clamp_coord (y);

  if (target != NULL && g_strcmp0 (arrow->ends[side].item_id, target->id) == 0)
    return FALSE;
  if (target == NULL && arrow->ends[side].item_id == NULL &&
      arrow->ends[side].x == x && arrow->ends[side].y == y)
    return FALSE;

  _br_board_op_begin (self);
  _br_board_modify_begin (self, arrow);
  _br_board_bind (self, arrow, side, target ? target->id : NULL);
  arrow->ends[side].x = x;
  arrow->ends[side].y = y;
  _br_board_modify_end (self, arrow);
  _br_board_op_end (self);
  return TRUE;
}

gboolean
br_board_set_label (BrBoard    *self,
                    const char *id,
                    const char *label)
{
  BrItem *item;

  g_return_val_if_fail (BR_IS_BOARD (self), FALSE);

  item = _br_board_lookup (self, id);
  if (item == NULL || g_strcmp0 (item->label, label ? label : "") == 0)
    return FALSE;

  _br_board_op_begin (self);
  _br_board_modify_begin (self, item);
  br_item_set_label (item, label);
  _br_board_modify_end (self, item);
  _br_board_op_end (self);
  return TRUE;
}

/* Sets @property of @item to @value; FALSE when it does not apply or is so already */
static gboolean
apply_property (BrItem         *item,
                BrItemProperty  property,
                guint           value)
{
#define SET(field, type) \
  G_STMT_START { if ((guint) item->field == value) return FALSE; item->field = (type) value; return TRUE; } G_STMT_END

  switch (property)
    {
    case BR_PROP_STROKE_COLOR: SET (stroke_color, guint8);
    case BR_PROP_FILL_COLOR: SET (fill_color, guint8);
    case BR_PROP_FILLED: SET (filled, gboolean);
    case BR_PROP_STROKE_WIDTH: SET (stroke_width, BrStrokeWidth);
    case BR_PROP_LINE_STYLE: SET (line_style, BrLineStyle);
    case BR_PROP_FONT_SIZE: SET (font_size, BrFontSize);
    case BR_PROP_LOCKED: SET (locked, gboolean);
    case BR_PROP_ROUTING:
      if (item->kind != BR_ITEM_ARROW)
        return FALSE;
      SET (routing, BrRouting);
    case BR_PROP_HEADS:
      if (item->kind != BR_ITEM_ARROW)
        return FALSE;
      SET (heads, BrHeads);
    case BR_PROP_STENCIL:
      if (item->kind != BR_ITEM_STENCIL)
        return FALSE;
      SET (stencil, BrStencil);
    default:
      return FALSE;
    }
#undef SET
}

static guint
property_limit (BrItemProperty property)
{
  switch (property)
    {
    case BR_PROP_STROKE_COLOR:
    case BR_PROP_FILL_COLOR: return BR_PALETTE_SIZE;
    case BR_PROP_FILLED:
    case BR_PROP_LOCKED: return 2;
    case BR_PROP_STROKE_WIDTH: return BR_N_STROKE_WIDTHS;
    case BR_PROP_LINE_STYLE: return BR_N_LINE_STYLES;
    case BR_PROP_FONT_SIZE: return BR_N_FONT_SIZES;
    case BR_PROP_ROUTING: return BR_N_ROUTINGS;
    case BR_PROP_HEADS: return BR_N_HEADS;
    case BR_PROP_STENCIL: return BR_N_STENCILS;
    default: return 0;
    }
}

/**
 * br_board_set_property:
 *
 * Sets a style property (colour, fill, stroke, routing, lock...) of the
 * items it applies to. Works on locked items too (to unlock them).
 */
gboolean
br_board_set_property (BrBoard            *self,
                       const char * const *ids,
                       BrItemProperty      property,
                       guint               value)
{
  g_autoptr(GPtrArray) items = NULL;
  gboolean changed = FALSE;

  g_return_val_if_fail (BR_IS_BOARD (self), FALSE);
  g_return_val_if_fail (value < property_limit (property), FALSE);

  items = resolve (self, ids, FALSE);
  _br_board_op_begin (self);
  for (guint i = 0; i < items->len; i++)
    {
      BrItem *item = g_ptr_array_index (items, i);
      BrItem probe = *item;

      /* Try on a shallow copy first, so nothing is recorded for no change */
      if (!apply_property (&probe, property, value))
        continue;
      _br_board_modify_begin (self, item);
      apply_property (item, property, value);
      _br_board_modify_end (self, item);
      changed = TRUE;
    }
  _br_board_op_end (self);
  return changed;
}

gboolean
br_board_reorder (BrBoard            *self,
                  const char * const *ids,
                  BrReorder           how)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GHashTable) set = NULL;
  guint n;
  gboolean changed = FALSE;

  g_return_val_if_fail (BR_IS_BOARD (self), FALSE);

  items = resolve (self, ids, FALSE);
  if (items->len == 0)
    return FALSE;
  set = set_of (items);
  g_ptr_array_sort (items, compare_z);
  n = self->items->len;

  _br_board_op_begin (self);
  for (guint k = 0; k < items->len; k++)
    {
      gboolean up = how == BR_REORDER_FORWARD || how == BR_REORDER_TO_BACK;
      BrItem *item = g_ptr_array_index (items, up ? items->len - 1 - k : k);
      guint z = item->z;
      guint to = z;

      switch (how)
        {
        case BR_REORDER_TO_FRONT:
          to = n - 1;
          break;
        case BR_REORDER_TO_BACK:
          to = 0;
          break;
        case BR_REORDER_FORWARD:
          if (z + 1 < n && !g_hash_table_contains (set, g_ptr_array_index (self->items, z + 1)))
            to = z + 1;
          break;
        case BR_REORDER_BACKWARD:
          if (z > 0 && !g_hash_table_contains (set, g_ptr_array_index (self->items, z - 1)))
            to = z - 1;
          break;
        default:
          break;
        }
      if (to != z)
        {
          _br_board_restack (self, z, to);
          changed = TRUE;
        }
    }
  _br_board_op_end (self);
  return changed;
}

static gboolean
set_group (BrBoard   *self,
           GPtrArray *items,
           const char *group)
{
  gboolean changed = FALSE;

  _br_board_op_begin (self);
  for (guint i = 0; i < items->len; i++)
    {
      BrItem *item = g_ptr_array_index (items, i);

      if (g_strcmp0 (item->group, group) == 0)
        continue;
      _br_board_modify_begin (self, item);
      g_free (item->group);
      item->group = g_strdup (group);
      _br_board_modify_end (self, item);
      changed = TRUE;
    }
  _br_board_op_end (self);
  return changed;
}

/**
 * br_board_group:
 *
 * Returns: (transfer full) (nullable): the new group's id, or %NULL when
 *   @ids names no item
 */
char *
br_board_group (BrBoard            *self,
                const char * const *ids)
{
  g_autoptr(GPtrArray) items = NULL;
  char *group;

  g_return_val_if_fail (BR_IS_BOARD (self), NULL);

  items = resolve (self, ids, FALSE);
  if (items->len == 0)
    return NULL;
  group = _br_board_new_group (self);
  set_group (self, items, group);
  return group;
}

gboolean
br_board_ungroup (BrBoard            *self,
                  const char * const *ids)
{
  g_autoptr(GPtrArray) items = NULL;

  g_return_val_if_fail (BR_IS_BOARD (self), FALSE);

  items = resolve (self, ids, FALSE);
  return set_group (self, items, NULL);
}

/**
 * br_board_copy_items:
 *
 * Returns: (transfer full): a new board with copies of the items (same ids,
 *   same order); arrow ends bound to items left out are free. For the
 *   clipboard: save it with br_board_to_bytes().
 */
BrBoard *
br_board_copy_items (BrBoard            *self,
                     const char * const *ids)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GHashTable) set = NULL;
  g_autoptr(GPtrArray) copies = g_ptr_array_new ();
  BrBoard *copy = br_board_new ();

  g_return_val_if_fail (BR_IS_BOARD (self), copy);

  items = resolve (self, ids, FALSE);
  set = set_of (items);
  g_ptr_array_sort (items, compare_z);
  for (guint i = 0; i < items->len; i++)
    {
      BrItem *item = br_item_copy (g_ptr_array_index (items, i));

      for (guint side = 0; side < 2; side++)
        if (!g_hash_table_contains (set, _br_board_lookup (self, item->ends[side].item_id)))
          g_clear_pointer (&item->ends[side].item_id, g_free);
      g_ptr_array_add (copies, item);
    }
  _br_board_load (copy, copies);
  return copy;
}

/**
 * br_board_paste:
 * @source: the items to paste (a board from the clipboard, or
 *   br_board_copy_items())
 *
 * Adds copies of every item of @source on top, moved by (@dx, @dy), with
 * fresh ids and fresh groups. Arrows between pasted items are bound to the
 * copies.
 *
 * Returns: (transfer full): the new ids, in z-order
 */
GStrv
br_board_paste (BrBoard *self,
                BrBoard *source,
                double   dx,
                double   dy)
{
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_autoptr(GHashTable) groups = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_autoptr(GStrvBuilder) out = g_strv_builder_new ();
  g_autoptr(GPtrArray) arrows = g_ptr_array_new ();
  g_autoptr(GPtrArray) ends = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (BR_IS_BOARD (self), NULL);
  g_return_val_if_fail (BR_IS_BOARD (source), NULL);
  g_return_val_if_fail (self != source, NULL);

  if (!isfinite (dx) || !isfinite (dy))
    dx = dy = 0;

  /* The id counter only grows, so fresh ids do not collide either */
  for (guint i = 0; i < source->items->len; i++)
    g_hash_table_insert (ids, ((BrItem *) g_ptr_array_index (source->items, i))->id,
                         _br_board_new_id (self));

  _br_board_op_begin (self);
  for (guint i = 0; i < source->items->len; i++)
    {
      const BrItem *original = g_ptr_array_index (source->items, i);
      BrItem *item = br_item_copy (original);

      g_free (item->id);
      item->id = g_strdup (g_hash_table_lookup (ids, original->id));
      if (item->group != NULL)
        {
          const char *group = g_hash_table_lookup (groups, item->group);

          if (group == NULL)
            {
              group = _br_board_new_group (self);
              g_hash_table_insert (groups, original->group, (char *) group);
            }
          g_free (item->group);
          item->group = g_strdup (group);
        }

      /* Arrows are bound once every item they may be bound to is here */
      if (item->kind == BR_ITEM_ARROW)
        {
          g_ptr_array_add (arrows, item);
          for (guint side = 0; side < 2; side++)
            g_ptr_array_add (ends, g_steal_pointer (&item->ends[side].item_id));
        }
      br_item_translate (item, dx, dy);
      sanitize (item);
      _br_board_insert (self, item, self->items->len);
      g_strv_builder_add (out, item->id);
    }

  for (guint i = 0; i < arrows->len; i++)
    {
      BrItem *arrow = g_ptr_array_index (arrows, i);
      const char *start = g_ptr_array_index (ends, 2 * i);
      const char *end = g_ptr_array_index (ends, 2 * i + 1);

      if (start == NULL && end == NULL)
        continue;
      _br_board_modify_begin (self, arrow);
      _br_board_bind (self, arrow, BR_END_START, start ? g_hash_table_lookup (ids, start) : NULL);
      _br_board_bind (self, arrow, BR_END_END, end ? g_hash_table_lookup (ids, end) : NULL);
      _br_board_modify_end (self, arrow);
    }
  _br_board_op_end (self);

  return g_strv_builder_end (out);
}

/**
 * br_board_duplicate:
 *
 * Pastes copies of the items, moved by (@dx, @dy); see br_board_paste().
 *
 * Returns: (transfer full): the new ids
 */
GStrv
br_board_duplicate (BrBoard            *self,
                    const char * const *ids,
                    double              dx,
                    double              dy)
{
  g_autoptr(BrBoard) copy = NULL;

  g_return_val_if_fail (BR_IS_BOARD (self), NULL);

  copy = br_board_copy_items (self, ids);
  return br_board_paste (self, copy, dx, dy);
}
