/* br-board-index.c — hierarchical uniform grid over item boxes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-board"

#include <math.h>
#include <string.h>

#include "br-board-index.h"

/* 64 · 2^19 ≈ 3.4e7 board units: more than the largest box (2e7) */
#define N_LEVELS 20
#define BASE_CELL 64.0

typedef struct {
  gint64 key;           /* the hash table's key points here */
  GPtrArray *items;     /* BrItem *, borrowed */
  gint64 cx, cy;
} Cell;

typedef struct {
  GHashTable *cells;    /* gint64 * -> Cell * */
  guint n_items;
} Level;

struct _BrBoardIndex
{
  Level levels[N_LEVELS];
  guint n_items;
  guint stamp;
  BrBoardIndexStats stats;
};

static void
cell_free (gpointer data)
{
  Cell *cell = data;

  g_ptr_array_unref (cell->items);
  g_free (cell);
}

/* g_int64_hash() folds the halves together (cx ^ cy), so that whole
 * diagonals of cells collide: mix the bits properly (MurmurHash3's fmix64) */
static guint
cell_hash (gconstpointer key)
{
  guint64 h = *(const guint64 *) key;

  h ^= h >> 33;
  h *= G_GUINT64_CONSTANT (0xff51afd7ed558ccd);
  h ^= h >> 33;
  h *= G_GUINT64_CONSTANT (0xc4ceb9fe1a85ec53);
  h ^= h >> 33;
  return (guint) h;
}

BrBoardIndex *
br_board_index_new (void)
{
  BrBoardIndex *self = g_new0 (BrBoardIndex, 1);

  for (guint i = 0; i < N_LEVELS; i++)
    self->levels[i].cells = g_hash_table_new_full (cell_hash, g_int64_equal, NULL, cell_free);
  return self;
}

void
br_board_index_free (BrBoardIndex *self)
{
  if (self == NULL)
    return;
  for (guint i = 0; i < N_LEVELS; i++)
    g_hash_table_unref (self->levels[i].cells);
  g_free (self);
}

guint
br_board_index_get_n_items (BrBoardIndex *self)
{
  return self->n_items;
}

/**
 * br_board_index_take_stats:
 * @stats: (out): what the index did since it was made or since the last
 *   call
 */
void
br_board_index_take_stats (BrBoardIndex      *self,
                           BrBoardIndexStats *stats)
{
  *stats = self->stats;
  self->stats = (BrBoardIndexStats) { 0 };
}

static inline double
cell_size (int level)
{
  return ldexp (BASE_CELL, level);
}

static inline gint64
cell_coord (double v,
            double size)
{
  return (gint64) floor (v / size);
}

static inline gint64
cell_key (gint64 cx,
          gint64 cy)
{
  return (gint64) (((guint64) (guint32) (gint32) cx << 32) | (guint32) (gint32) cy);
}

static int
level_for (const BrItem *item)
{
  double size = MAX (item->width, item->height);
  int level = 0;

  while (level < N_LEVELS - 1 && size > cell_size (level))
    level++;
  return level;
}

static void
cells_for (const BrItem *item,
           int           level,
           gint64        cells[4])
{
  double size = cell_size (level);

  cells[0] = cell_coord (item->x, size);
  cells[1] = cell_coord (item->y, size);
  cells[2] = cell_coord (item->x + item->width, size);
  cells[3] = cell_coord (item->y + item->height, size);
}

static void
add_to_cells (BrBoardIndex *self,
              BrItem       *item)
{
  Level *level = &self->levels[item->index_level];

  for (gint64 cx = item->index_cells[0]; cx <= item->index_cells[2]; cx++)
    for (gint64 cy = item->index_cells[1]; cy <= item->index_cells[3]; cy++)
      {
        gint64 key = cell_key (cx, cy);
        Cell *cell = g_hash_table_lookup (level->cells, &key);

        if (cell == NULL)
          {
            cell = g_new (Cell, 1);
            cell->key = key;
            cell->cx = cx;
            cell->cy = cy;
            cell->items = g_ptr_array_new ();
            g_hash_table_insert (level->cells, &cell->key, cell);
          }
        g_ptr_array_add (cell->items, item);
        self->stats.cells++;
      }
  level->n_items++;
  self->n_items++;
}

static void
remove_from_cells (BrBoardIndex *self,
                   BrItem       *item)
{
  Level *level = &self->levels[item->index_level];

  for (gint64 cx = item->index_cells[0]; cx <= item->index_cells[2]; cx++)
    for (gint64 cy = item->index_cells[1]; cy <= item->index_cells[3]; cy++)
      {
        gint64 key = cell_key (cx, cy);
        Cell *cell = g_hash_table_lookup (level->cells, &key);
        guint i;

        g_assert (cell != NULL);
        for (i = 0; i < cell->items->len; i++)
          if (g_ptr_array_index (cell->items, i) == item)
            break;
        g_assert (i < cell->items->len);
        g_ptr_array_remove_index_fast (cell->items, i);
        if (cell->items->len == 0)
          g_hash_table_remove (level->cells, &key);
        self->stats.cells++;
      }
  level->n_items--;
  self->n_items--;
}

void
br_board_index_insert (BrBoardIndex *self,
                       BrItem       *item)
{
  g_return_if_fail (item->index_level < 0);

  item->index_level = level_for (item);
  cells_for (item, item->index_level, item->index_cells);
  item->index_stamp = 0;
  add_to_cells (self, item);
  self->stats.updates++;
  self->stats.reindexed++;
}

void
br_board_index_remove (BrBoardIndex *self,
                       BrItem       *item)
{
  g_return_if_fail (item->index_level >= 0);

  remove_from_cells (self, item);
  item->index_level = -1;
  self->stats.updates++;
  self->stats.reindexed++;
}

/**
 * br_board_index_update:
 *
 * Call after an item's box changed. Does nothing when it is still in the
 * same cells.
 */
void
br_board_index_update (BrBoardIndex *self,
                       BrItem       *item)
{
  int level = level_for (item);
  gint64 cells[4];

  g_return_if_fail (item->index_level >= 0);

  self->stats.updates++;
  cells_for (item, level, cells);
  if (level == item->index_level && memcmp (cells, item->index_cells, sizeof cells) == 0)
    return;

  self->stats.reindexed++;
  remove_from_cells (self, item);
  item->index_level = level;
  memcpy (item->index_cells, cells, sizeof cells);
  add_to_cells (self, item);
}

static void
collect (GPtrArray    *items,
         const BrRect *rect,
         guint         stamp,
         GPtrArray    *out)
{
  for (guint i = 0; i < items->len; i++)
    {
      BrItem *item = g_ptr_array_index (items, i);
      BrRect box;

      if (item->index_stamp == stamp)
        continue;
      item->index_stamp = stamp;
      br_item_get_bounds (item, &box);
      if (br_rect_intersects (&box, rect))
        g_ptr_array_add (out, item);
    }
}

static void
reset_stamps (BrBoardIndex *self)
{
  for (guint l = 0; l < N_LEVELS; l++)
    {
      GHashTableIter iter;
      Cell *cell;

      g_hash_table_iter_init (&iter, self->levels[l].cells);
      while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &cell))
        for (guint i = 0; i < cell->items->len; i++)
          ((BrItem *) g_ptr_array_index (cell->items, i))->index_stamp = 0;
    }
}

/**
 * br_board_index_query:
 * @out: receives each item whose box touches @rect, once, in no order
 */
void
br_board_index_query (BrBoardIndex *self,
                      const BrRect *rect,
                      GPtrArray    *out)
{
  double qx0, qy0, qx1, qy1;

  if (isnan (rect->x) || isnan (rect->y) || isnan (rect->width) || isnan (rect->height))
    return;
  /* Items never leave ±BR_BOARD_MAX_COORD: clamp, so cell numbers stay small */
  qx0 = CLAMP (rect->x, -2 * BR_BOARD_MAX_COORD, 2 * BR_BOARD_MAX_COORD);
  qy0 = CLAMP (rect->y, -2 * BR_BOARD_MAX_COORD, 2 * BR_BOARD_MAX_COORD);
  qx1 = CLAMP (rect->x + rect->width, -2 * BR_BOARD_MAX_COORD, 2 * BR_BOARD_MAX_COORD);
  qy1 = CLAMP (rect->y + rect->height, -2 * BR_BOARD_MAX_COORD, 2 * BR_BOARD_MAX_COORD);

  if (++self->stamp == 0)
    {
      reset_stamps (self);
      self->stamp = 1;
    }

  for (int l = 0; l < N_LEVELS; l++)
    {
      Level *level = &self->levels[l];
      double size = cell_size (l);
      gint64 x0, y0, x1, y1;

      if (level->n_items == 0)
        continue;

      /* An item is in every cell its box touches */
      x0 = cell_coord (qx0, size);
      y0 = cell_coord (qy0, size);
      x1 = cell_coord (qx1, size);
      y1 = cell_coord (qy1, size);

      if ((double) (x1 - x0 + 1) * (double) (y1 - y0 + 1) > g_hash_table_size (level->cells))
        {
          /* A large area on a fine level: visit the cells there are */
          GHashTableIter iter;
          Cell *cell;

          g_hash_table_iter_init (&iter, level->cells);
          while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &cell))
            if (cell->cx >= x0 && cell->cx <= x1 && cell->cy >= y0 && cell->cy <= y1)
              collect (cell->items, rect, self->stamp, out);
          continue;
        }

      for (gint64 cx = x0; cx <= x1; cx++)
        for (gint64 cy = y0; cy <= y1; cy++)
          {
            gint64 key = cell_key (cx, cy);
            Cell *cell = g_hash_table_lookup (level->cells, &key);

            if (cell != NULL)
              collect (cell->items, rect, self->stamp, out);
          }
    }
}
