/* br-board-query.c — spatial queries on a board, through its index
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-board"

#include <stdlib.h>

#include "br-board-private.h"

/* Half the widest stroke plus the arrowhead's reach beyond a path */
#define QUERY_MARGIN 12.0

/**
 * br_board_hit_test:
 * @tolerance: in board units (a few screen pixels divided by the zoom)
 *
 * Returns: (nullable): the topmost item at (@x, @y); see br_item_hit()
 *   for what counts as a hit
 */
const BrItem *
br_board_hit_test (BrBoard *self,
                   double   x,
                   double   y,
                   double   tolerance)
{
  double reach = MAX (tolerance, 0) + QUERY_MARGIN;
  BrRect rect = { x - reach, y - reach, 2 * reach, 2 * reach };
  BrItem *best = NULL;

  g_return_val_if_fail (BR_IS_BOARD (self), NULL);

  g_ptr_array_set_size (self->scratch, 0);
  br_board_index_query (self->index, &rect, self->scratch);
  for (guint i = 0; i < self->scratch->len; i++)
    {
      BrItem *item = g_ptr_array_index (self->scratch, i);

      if ((best == NULL || item->z > best->z) && br_item_hit (item, x, y, tolerance))
        best = item;
    }
  return best;
}

static int
compare_z (gconstpointer a,
           gconstpointer b)
{
  const BrItem *x = *(const BrItem * const *) a;
  const BrItem *y = *(const BrItem * const *) b;

  return (x->z > y->z) - (x->z < y->z);
}

/**
 * br_board_query_rect:
 * @contained: %TRUE for the items whose box lies inside @rect (rubber-band
 *   selection), %FALSE for those whose box touches it (culling)
 *
 * Returns: (transfer container) (element-type BrItem): the items, bottom first
 */
GPtrArray *
br_board_query_rect (BrBoard      *self,
                     const BrRect *rect,
                     gboolean      contained)
{
  GPtrArray *out = g_ptr_array_new ();

  g_return_val_if_fail (BR_IS_BOARD (self), out);

  br_board_index_query (self->index, rect, out);
  if (contained)
    {
      guint j = 0;

      for (guint i = 0; i < out->len; i++)
        {
          BrItem *item = g_ptr_array_index (out, i);
          BrRect box;

          br_item_get_bounds (item, &box);
          if (br_rect_contains_rect (rect, &box))
            out->pdata[j++] = item;
        }
      g_ptr_array_set_size (out, j);
    }
  if (out->len > 64 && out->len > self->items->len / 16)
    {
      /* Many items (a board zoomed out): put them in z-order by marking
       * their places in the board's list, without comparing them */
      g_autofree guint8 *in = g_malloc0 (self->items->len);
      guint j = 0;

      for (guint i = 0; i < out->len; i++)
        in[((BrItem *) g_ptr_array_index (out, i))->z] = 1;
      for (guint z = 0; z < self->items->len; z++)
        if (in[z])
          out->pdata[j++] = g_ptr_array_index (self->items, z);
    }
  else if (out->len > 1)
    qsort (out->pdata, out->len, sizeof (gpointer), compare_z);
  return out;
}

/**
 * br_board_find_bindable:
 * @radius: how far from an item's outline still binds
 * @exclude_id: (nullable): an item not to bind to (the arrow itself)
 *
 * Returns: (nullable): the item an arrow end dropped at (@x, @y) binds
 *   to: the nearest bindable item (0 away when inside), the topmost of
 *   equally near ones
 */
const BrItem *
br_board_find_bindable (BrBoard    *self,
                        double      x,
                        double      y,
                        double      radius,
                        const char *exclude_id)
{
  BrRect rect = { x - radius, y - radius, 2 * radius, 2 * radius };
  BrItem *best = NULL;
  double best_distance = G_MAXDOUBLE;

  g_return_val_if_fail (BR_IS_BOARD (self), NULL);

  g_ptr_array_set_size (self->scratch, 0);
  br_board_index_query (self->index, &rect, self->scratch);
  for (guint i = 0; i < self->scratch->len; i++)
    {
      BrItem *item = g_ptr_array_index (self->scratch, i);
      double d;

      if (!br_item_is_bindable (item) || g_strcmp0 (item->id, exclude_id) == 0)
        continue;
      d = br_item_distance (item, x, y);
      if (d > radius)
        continue;
      if (d < best_distance || (d == best_distance && item->z > best->z))
        {
          best = item;
          best_distance = d;
        }
    }
  return best;
}

/**
 * br_board_take_index_stats:
 * @stats: (out): what the spatial index did since the board was made or
 *   since the last call (for tests and benchmarks)
 */
void
br_board_take_index_stats (BrBoard           *self,
                           BrBoardIndexStats *stats)
{
  g_return_if_fail (BR_IS_BOARD (self));
  g_return_if_fail (stats != NULL);

  br_board_index_take_stats (self->index, stats);
}
